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

export type FakeService = (operation: string, input: Record<string, unknown>) => Record<string, unknown> | undefined;

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

export async function toWire(request: SdkRequest): Promise<WireRequest> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  return {
    method: request.method,
    path: request.path,
    query: new URLSearchParams(sdkQueryString(request.query)),
    headers,
    body: await bodyBuffer(request.body),
    host: request.hostname ?? 'localhost',
  };
}

export function toSdkResponse(response: WireResponse) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) headers[name.toLowerCase()] = value;
  const body = response.body instanceof Readable ? response.body : Readable.from(response.body === undefined ? [] : [Buffer.from(response.body)]);
  return { statusCode: response.status, headers, body };
}

/** A requestHandler for an SDK v3 client that runs `codec` against `service`. */
export function codecTransport(model: Model, codec: ProtocolCodec, service: FakeService) {
  const exchange: Exchange = {};
  const requestHandler = {
    handle: async (request: SdkRequest) => {
      const wire = await toWire(request);
      exchange.wire = wire;
      const name = codec.operationName(model, wire);
      exchange.operation = name;
      if (!name) throw new Error('no operation matched');
      const operation = model.operation(name)!;
      let response: WireResponse;
      try {
        const input = codec.parse(model, operation, wire);
        exchange.input = input;
        response = codec.serialize(model, operation, service(name, input), { requestId: HARNESS_REQUEST_ID });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        response = codec.serializeError(model, operation, error, { requestId: HARNESS_REQUEST_ID });
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
