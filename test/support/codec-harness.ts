import { Readable } from 'node:stream';
import { AwsError } from '../../src/core/errors.js';
import type { Model } from '../../src/protocol/model.js';
import type { ProtocolCodec, WireRequest, WireResponse } from '../../src/protocol/types.js';

/**
 * A gateway in miniature for testing a protocol codec with a real SDK client
 * and no server: the client's HttpRequest is turned into the WireRequest a
 * gateway would build, run through operationName → parse → a fake service →
 * serialize, and the WireResponse handed back for the client to parse.
 */
export type SdkRequest = {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
  hostname?: string;
};

export interface Exchange {
  operation?: string;
  input?: Record<string, unknown>;
  wire?: WireRequest;
  response?: WireResponse;
}

export type FakeService = (
  operation: string,
  input: Record<string, unknown>,
) => Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;

export const HARNESS_REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';

function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The query string the SDK's node handler writes for `request.query`. */
export function sdkQueryString(query: SdkRequest['query']): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined) parts.push(encodeComponent(key));
    else if (Array.isArray(value)) for (const item of value) parts.push(`${encodeComponent(key)}=${encodeComponent(item)}`);
    else parts.push(`${encodeComponent(key)}=${encodeComponent(value)}`);
  }
  return parts.join('&');
}

export async function bodyBuffer(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  throw new Error(`unexpected body ${String(body)}`);
}

/** The request as a gateway would hand it over; the body is set once the operation is known. */
export function toWire(request: SdkRequest): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  return {
    method: request.method,
    path: request.path,
    query: new URLSearchParams(sdkQueryString(request.query)),
    headers,
    body: Buffer.alloc(0),
    host: request.hostname ?? 'localhost',
  };
}

/** A WireRequest written by hand: `wireRequest('GET', '/bucket?list-type=2')`. */
export function wireRequest(method: string, pathAndQuery: string, headers: Record<string, string> = {}, body = ''): WireRequest {
  const q = pathAndQuery.indexOf('?');
  return {
    method,
    path: q === -1 ? pathAndQuery : pathAndQuery.slice(0, q),
    query: new URLSearchParams(q === -1 ? '' : pathAndQuery.slice(q + 1)),
    headers,
    body: Buffer.from(body),
    host: 'localhost',
  };
}

/** A request for an operation built from its own template (labels filled, required header/query members set). */
export function requestFromTemplate(model: Model, name: string): WireRequest {
  const op = model.operation(name)!;
  const [pathTemplate, queryTemplate = ''] = op.http.requestUri.split('?');
  const path = pathTemplate.replace(/\{[^}]+\+\}/g, 'a/b/c').replace(/\{[^}]+\}/g, 'x');
  const query = new URLSearchParams(queryTemplate);
  const headers: Record<string, string> = {};
  const input = op.input ? model.resolve(op.input) : undefined;
  for (const member of input?.required ?? []) {
    const ref = input!.members![member];
    if (ref.location === 'header') headers[(ref.locationName ?? member).toLowerCase()] = '1';
    if (ref.location === 'querystring') query.set(ref.locationName ?? member, '1');
  }
  return { method: op.http.method, path, query, headers, body: Buffer.alloc(0), host: 'localhost' };
}

function streamsPayload(model: Model, operationName: string): boolean {
  const operation = model.operation(operationName)!;
  const input = operation.input ? model.resolve(operation.input) : undefined;
  const payload = input?.payload ? input.members![input.payload] : undefined;
  return Boolean(payload && (payload.streaming || model.resolve(payload).streaming));
}

export function toSdkResponse(response: WireResponse) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) headers[name.toLowerCase()] = value;
  const body = response.body instanceof Readable ? response.body : Readable.from(response.body === undefined ? [] : [Buffer.from(response.body)]);
  return { statusCode: response.status, headers, body };
}

/**
 * A requestHandler for an SDK v3 client that runs `codec` against `service`.
 * Like the gateway, it reads JSON and query bodies before naming the
 * operation, and hands streaming payloads over as a stream.
 */
export function codecTransport(model: Model, codec: ProtocolCodec, service: FakeService, requestId = HARNESS_REQUEST_ID) {
  const exchange: Exchange = {};
  const rest = codec.name === 'rest-json' || codec.name === 'rest-xml';
  const requestHandler = {
    handle: async (request: SdkRequest) => {
      const wire = toWire(request);
      exchange.wire = wire;
      if (!rest) wire.body = await bodyBuffer(request.body);
      const name = codec.operationName(model, wire);
      exchange.operation = name;
      if (!name) throw new Error('no operation matched');
      const operation = model.operation(name)!;
      if (rest) {
        if (streamsPayload(model, name) && request.body instanceof Readable) wire.bodyStream = request.body;
        else wire.body = await bodyBuffer(request.body);
      }
      let response: WireResponse;
      try {
        const input = codec.parse(model, operation, wire);
        exchange.input = input;
        response = codec.serialize(model, operation, await service(name, input), { requestId });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        response = codec.serializeError(model, operation, error, { requestId });
      }
      exchange.response = response;
      return { response: toSdkResponse(response) };
    },
  };
  return { requestHandler: requestHandler as never, exchange };
}

export const HARNESS_CLIENT = {
  region: 'us-east-1',
  endpoint: 'http://localhost:4566',
  maxAttempts: 1,
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
};
