import { createHash } from 'node:crypto';
import { ServerResponse, type IncomingMessage } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { Readable } from 'node:stream';
import { pipeline as pipeStreams } from 'node:stream/promises';
import { gunzipSync } from 'node:zlib';
import type { RequestContext } from '../core/context.js';
import { AwsError, internalError, isAwsError, notImplemented } from '../core/errors.js';
import { requestId as newRequestId } from '../core/ids.js';
import { accountForAccessKey } from '../core/settings.js';
import type { Provider, Runtime } from '../core/runtime.js';
import { codecFor, placeholderModel } from '../protocol/codecs.js';
import { loadModel, type Model, type Operation } from '../protocol/model.js';
import type { ProtocolCodec, ProtocolName, WireRequest, WireResponse } from '../protocol/types.js';
import { validateInput, validationException } from '../protocol/validate.js';
import { AwsChunkedDecoder, isAwsChunked } from './aws-chunked.js';
import { applyCors, crossOrigin, hostAllowed, hostRefusalMessage, isPreflight, originAllowed, originRefusalMessage, preflightResponse, refusal } from './browser-boundary.js';
import { handleInternalRoute } from './internal-routes.js';
import { chooseProtocol, resolveService } from './routing.js';
import { checkPresignedExpiry, checkRequestTime, parseSigV4, SigV4Error, verifySignature, type SigV4Request } from './sigv4.js';

export type NodeRequest = IncomingMessage | Http2ServerRequest;
export type NodeResponse = ServerResponse | Http2ServerResponse;

/**
 * The one request pipeline: internal routes → which service → who is calling
 * (SigV4) → parse → validate → operation → serialize → record.
 */
export async function handleRequest(runtime: Runtime, req: NodeRequest, res: NodeResponse): Promise<void> {
  const started = performance.now();
  const requestId = newRequestId();
  const target = req.url ?? '/';
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const searchParams = new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1));
  const headers = flattenHeaders(req.headers);
  const givenHost = headers.host ?? headers[':authority'];
  const hostHeader = givenHost ?? `${runtime.options.host}:${runtime.options.port}`;
  const host = hostHeader.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const record: CallRecord = { method: req.method ?? 'GET', path: rawPath, service: '-', operation: '-', status: 0 };
  const browser: BrowserCall = {
    hostAllowed: hostAllowed(runtime.options, givenHost),
    foreignOrigin: crossOrigin(headers, givenHost),
    originAllowed: false,
  };
  if (browser.foreignOrigin !== undefined) browser.originAllowed = originAllowed(runtime.options, browser.foreignOrigin);

  try {
    if (rawPath.startsWith('/_nimbus/') || rawPath.startsWith('/_localstack/')) {
      record.service = 'nimbus';
      let response: WireResponse;
      if (!browser.hostAllowed) response = refusal(hostRefusalMessage(hostHeader), 'application/json');
      else if (browser.foreignOrigin !== undefined && !browser.originAllowed) response = refusal(originRefusalMessage(browser.foreignOrigin), 'application/json');
      else if (isPreflight(req.method ?? '', headers)) response = preflightResponse(headers);
      else {
        const body = await readWhole(req, runtime.options.maxBodyBytes);
        response = await handleInternalRoute(runtime, { method: req.method ?? 'GET', path: rawPath, query: searchParams, headers, body });
      }
      if (response.status === 403) req.resume();
      record.status = response.status;
      await send(res, req.method ?? 'GET', browser.originAllowed ? applyCors(browser.foreignOrigin!, response) : response);
      return;
    }
    const response = await serve(runtime, req, headers, host, hostHeader, rawPath, searchParams, requestId, record, browser);
    record.status = response.status;
    const withCors = !response.corsApplied && browser.originAllowed ? applyCors(browser.foreignOrigin!, response) : response;
    await send(res, req.method ?? 'GET', withCors);
  } catch (error) {
    runtime.log.error({ err: error instanceof Error ? error.stack : String(error) }, 'gateway failure');
    if (!res.headersSent) {
      record.status = 500;
      res.statusCode = 500;
      res.end();
    } else {
      res.destroy();
    }
  } finally {
    runtime.log.info(
      { id: requestId, service: record.service, op: record.operation, status: record.status, ms: Math.round(performance.now() - started) },
      `${record.method} ${record.path}`,
    );
  }
}

/** What the browser boundary found about a request (see browser-boundary.ts). */
interface BrowserCall {
  hostAllowed: boolean;
  /** The origin of a cross-origin browser request; undefined for same-origin and non-browser clients. */
  foreignOrigin: string | undefined;
  /** Whether --cors-origins lets that origin in. */
  originAllowed: boolean;
}

interface CallRecord {
  method: string;
  path: string;
  service: string;
  operation: string;
  status: number;
}

async function serve(
  runtime: Runtime,
  req: NodeRequest,
  headers: Record<string, string>,
  host: string,
  hostHeader: string,
  rawPath: string,
  query: URLSearchParams,
  requestId: string,
  record: CallRecord,
  browser: BrowserCall,
): Promise<WireResponse> {
  // Who is calling. A malformed signature is answered in the protocol the request looks like.
  let signature: SigV4Request | undefined;
  let signatureError: SigV4Error | undefined;
  try {
    signature = parseSigV4(headers, query);
  } catch (error) {
    if (!(error instanceof SigV4Error)) throw error;
    signatureError = error;
  }

  const chunked = isAwsChunked(headers);
  let body: Buffer | undefined;
  const readBody = async (): Promise<Buffer> => {
    body ??= await readPayload(req, headers, chunked, runtime.options.maxBodyBytes);
    return body;
  };
  const contentType = headers['content-type'] ?? '';
  // An unsigned form request names its service only by its Action.
  let formAction: string | undefined;
  // Only a POST can be a query-protocol call; the body of an S3 PUT is the object whatever its type.
  if (!signature && !headers['x-amz-target'] && req.method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded')) {
    formAction = formActionOf(await readBody(), headers, runtime.options.maxBodyBytes);
  }
  const route = resolveService({
    signingName: signature?.credential.service || undefined,
    target: headers['x-amz-target'],
    host,
    path: rawPath,
    contentType,
    action: () => query.get('Action') ?? formAction,
  });

  if (!browser.hostAllowed) {
    req.resume();
    const protocol = route ? chooseProtocol(route, headers) : guessProtocol(headers, contentType);
    const model = route ? loadModel(route.model) : placeholderModel(protocol);
    const code = protocol === 'query' || protocol === 'rest-xml' ? 'AccessDenied' : 'AccessDeniedException';
    return errorResponse(model, protocol, undefined, new AwsError(code, hostRefusalMessage(hostHeader), 403), requestId);
  }

  // A browser preflight: the service's own CORS rules answer it if it has any, else the origins the user allowed.
  if (isPreflight(req.method ?? '', headers)) {
    req.resume();
    if (route && runtime.implements(route.model)) {
      const service = await runtime.provider(route.model)!;
      if (service.cors) {
        const path = route.model === 's3' ? s3PathStyle(host, rawPath) : rawPath;
        const wire: WireRequest = { method: 'OPTIONS', path, query, headers, body: Buffer.alloc(0), host };
        const context = requestContext(runtime, signature, requestId, route.model, 'OPTIONS', 'rest-xml', hostHeader, headers);
        const answer = await service.cors.preflight(wire, context);
        if (answer) {
          record.service = route.model;
          record.operation = 'Preflight';
          return { ...answer, corsApplied: true };
        }
      }
    }
    if (browser.originAllowed) return preflightResponse(headers);
    record.operation = 'Preflight';
    return refusal(originRefusalMessage(headers.origin));
  }

  const guessedProtocol = guessProtocol(headers, contentType);
  if (!route && formAction) {
    return errorResponse(placeholderModel('query'), 'query', undefined, new AwsError('InvalidAction', `The action ${formAction} is not valid for this web service.`, 400), requestId);
  }
  if (!route) {
    const service = signature?.credential.service ?? 'unknown';
    record.service = service;
    return errorResponse(placeholderModel(guessedProtocol), guessedProtocol, undefined, new AwsError('NotImplemented', `Service ${service} is not available in Nimbus.`, 501, { senderFault: false }), requestId);
  }
  record.service = route.model;
  const model = loadModel(route.model);
  const protocol = chooseProtocol(route, headers);
  const codec = codecFor(protocol);
  if (!codec) {
    return errorResponse(model, 'json', undefined, new AwsError('NotImplemented', `The ${protocol} protocol of ${model.metadata.serviceId} is not supported by Nimbus yet; use the JSON or query protocol.`, 501, { senderFault: false }), requestId);
  }

  const path = route.model === 's3' ? s3PathStyle(host, rawPath) : rawPath;
  let service: Provider | undefined;
  let response: WireResponse;
  try {
    service = runtime.implements(route.model) ? (runtime.startedProvider(route.model) ?? (await runtime.provider(route.model))) : undefined;
    if (browser.foreignOrigin !== undefined && !browser.originAllowed && !(await resourceAllowsOrigin())) {
      req.resume();
      return refusal(originRefusalMessage(browser.foreignOrigin));
    }
    response = await callOperation();
  } catch (error) {
    // An error may leave part of a request body unread; drain it so the connection stays usable.
    if (!req.readableEnded) req.resume();
    const awsError = authErrorInProtocol(toAwsError(error, runtime), protocol, route.queryCompatible);
    response = errorResponse(model, protocol, codec, awsError, requestId);
  }
  if (service?.responseHeaders) {
    // Encoded once here, so a header computed from the bytes and the bytes sent are the same.
    if (typeof response.body === 'string') response.body = Buffer.from(response.body, 'utf8');
    const extraHeaders = service.responseHeaders(response);
    if (extraHeaders) Object.assign(response.headers, extraHeaders);
  }
  if (service?.cors && headers.origin) {
    try {
      const wire: WireRequest = { method: req.method ?? 'GET', path, query, headers, body: Buffer.alloc(0), host };
      const context = requestContext(runtime, signature, requestId, route.model, record.operation, protocol, hostHeader, headers);
      const cors = await service.cors.headers(wire, context);
      // A resource's own rules decide; where they say nothing, an origin the user allowed keeps the default.
      if (cors && (Object.keys(cors).length > 0 || !browser.originAllowed)) {
        for (const name of Object.keys(response.headers)) if (name.toLowerCase().startsWith('access-control-')) delete response.headers[name];
        Object.assign(response.headers, cors);
        response.corsApplied = true;
      }
    } catch (error) {
      runtime.log.warn({ err: String(error) }, 'service CORS rules failed; using the default');
    }
  }
  return response;

  /**
   * A cross-origin request the user did not allow may still be one a resource's own CORS
   * configuration allows (S3 bucket CORS, function URL CORS), or a read of such a resource,
   * which a browser keeps from the page unless the resource's CORS headers say otherwise.
   */
  async function resourceAllowsOrigin(): Promise<boolean> {
    if (!service?.cors || !route) return false;
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD') return true;
    if (!headers.origin) return false;
    const wire: WireRequest = { method, path, query, headers, body: Buffer.alloc(0), host };
    const context = requestContext(runtime, signature, requestId, route.model, '-', protocol, hostHeader, headers);
    const cors = await service.cors.headers(wire, context);
    return Boolean(cors && Object.keys(cors).some((name) => name.toLowerCase() === 'access-control-allow-origin'));
  }

  async function callOperation(): Promise<WireResponse> {
    if (!route || !codec) throw new Error('unreachable');
    // Requests the service answers itself (S3 website endpoints, browser POST uploads).
    if (service?.serveHttp) {
      const raw: WireRequest = { method: req.method ?? 'GET', path, query, headers, body: Buffer.alloc(0), bodyStream: req as Readable, host };
      const context = requestContext(runtime, signature, requestId, route.model, '-', protocol, hostHeader, headers);
      const answer = await service.serveHttp(raw, context);
      if (answer) {
        record.operation = answer.operation;
        return answer.response;
      }
    }
    if (signatureError) throw new AwsError(signatureError.code, signatureError.message, signatureError.status);
    const wire: WireRequest = { method: req.method ?? 'GET', path, query, headers, body: Buffer.alloc(0), host };
    const isRest = protocol === 'rest-json' || protocol === 'rest-xml';
    if (!isRest) wire.body = decodeRequestCompression(await readBody(), headers, runtime.options.maxBodyBytes);

    const operationName = codec.operationName(model, wire);
    if (!operationName) throw unknownOperation(model, protocol, wire);
    const operation = model.operation(operationName)!;
    record.operation = operationName;

    if (isRest) {
      if (hasStreamingInput(model, operation)) {
        if (chunked) {
          const decoder = streamPayload(req, headers);
          wire.bodyStream = decoder;
          wire.trailers = decoder.trailers;
        } else {
          wire.bodyStream = req as Readable;
        }
      } else {
        wire.body = await readBody();
      }
    }

    const accountId = accountForAccessKey(signature?.credential.accessKeyId, runtime.options.account);
    const region = signature?.credential.region || runtime.options.region;
    if (signature?.kind === 'presigned') checkPresignedExpiry(signature, runtime.clock.now());
    if (runtime.options.verifySignatures) {
      if (!signature) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
      checkRequestTime(signature, runtime.clock.now());
      verifySignature({ method: wire.method, path: rawPath, query, headers, payloadHash: payloadHashToVerify(signature, headers, wire.body) }, signature, runtime.options.secretAccessKey);
    }

    const context: RequestContext = {
      requestId,
      accountId,
      region,
      accessKeyId: signature?.credential.accessKeyId,
      service: route.model,
      operation: operationName,
      protocol,
      host: hostHeader,
      endpoint: runtime.endpoint,
      headers,
      runtime,
    };
    const input = codec.parse(model, operation, wire);
    if (!service) throw notImplemented(model.metadata.serviceId, operationName);
    const enforced = service.enforcedConstraints;
    const violations = validateInput(model, operation.input, input).filter((v) => !enforced || enforced.includes(v.kind));
    if (violations.length) throw service.validationError?.(violations, context) ?? validationException(violations);
    const handler = service.operations[operationName];
    if (!handler) throw notImplemented(model.metadata.serviceId, operationName);
    // Most handlers answer synchronously; awaiting only a promise saves a turn of the microtask queue.
    const answer = handler(input, context);
    const output = (answer instanceof Promise ? await answer : answer) as Record<string, unknown> | undefined;
    const serialized = codec.serialize(model, operation, output, { requestId });
    return serialized;
  }
}

/**
 * The payload hash a signature is checked against. S3 signs its x-amz-content-sha256 header (a
 * hex digest S3 checks against the body, or UNSIGNED-PAYLOAD / STREAMING-*), and that header must
 * then be one of the signed headers, or anyone could swap it. Every other service signs the hash of
 * the body as it arrived, whatever a header claims.
 */
function payloadHashToVerify(signature: SigV4Request, headers: Record<string, string>, body: Buffer): string {
  if (signature.signatureVersion === 2) return '';
  const declared = headers['x-amz-content-sha256'];
  if (signature.credential.service === 's3') {
    if (declared !== undefined && signature.kind === 'header' && !signature.signedHeaders.includes('x-amz-content-sha256')) {
      throw new SigV4Error('AccessDenied', 'There were headers present in the request which were not signed', 403, { HeadersNotSigned: 'x-amz-content-sha256' });
    }
    if (declared !== undefined) return declared;
  }
  return createHash('sha256').update(body).digest('hex');
}

function guessProtocol(headers: Record<string, string>, contentType: string): ProtocolName {
  return headers['x-amz-target'] ? 'json' : contentType.startsWith('application/x-www-form-urlencoded') ? 'query' : 'rest-xml';
}

/** The Action of an unsigned query-protocol body (gzip'd ones too: CloudWatch compresses PutMetricData). */
function formActionOf(body: Buffer, headers: Record<string, string>, limit: number): string | undefined {
  let form: Buffer;
  try {
    form = decodeRequestCompression(body, headers, limit);
  } catch {
    return undefined;
  }
  return new URLSearchParams(form.toString('utf8')).get('Action') ?? undefined;
}

/** Who is calling, for hooks that run before an operation is known (preflights, serveHttp, CORS). */
function requestContext(
  runtime: Runtime,
  signature: SigV4Request | undefined,
  requestId: string,
  service: string,
  operation: string,
  protocol: ProtocolName,
  hostHeader: string,
  headers: Record<string, string>,
): RequestContext {
  return {
    requestId,
    accountId: accountForAccessKey(signature?.credential.accessKeyId, runtime.options.account),
    region: signature?.credential.region || runtime.options.region,
    accessKeyId: signature?.credential.accessKeyId,
    service,
    operation,
    protocol,
    host: hostHeader,
    endpoint: runtime.endpoint,
    headers,
    runtime,
  };
}

function toAwsError(error: unknown, runtime: Runtime): AwsError {
  if (isAwsError(error)) return error;
  if (error instanceof SigV4Error) return new AwsError(error.code, error.message, error.status);
  runtime.log.error({ err: error instanceof Error ? error.stack : String(error) }, 'operation failed');
  return internalError(error);
}

/** What JSON services (DynamoDB, Lambda, SQS over JSON...) call the SigV4 failures that query services and S3 call by bare names. */
const JSON_AUTH_CODES: Record<string, string> = {
  SignatureDoesNotMatch: 'InvalidSignatureException',
  IncompleteSignature: 'IncompleteSignatureException',
  MissingAuthenticationToken: 'MissingAuthenticationTokenException',
};

/**
 * A signature failure in the words of the protocol the request came in. Plain JSON services answer a
 * bad or missing signature with 400; SQS over JSON (query-compatible) and REST JSON services keep 403.
 */
function authErrorInProtocol(error: AwsError, protocol: ProtocolName, queryCompatible: boolean): AwsError {
  const code = JSON_AUTH_CODES[error.code];
  if (!code || protocol === 'query' || protocol === 'rest-xml') return error;
  const status = (protocol === 'json' || protocol === 'smithy-rpc-v2-cbor') && !queryCompatible ? 400 : error.status;
  return new AwsError(code, error.message, status);
}

function errorResponse(model: Model, protocol: ProtocolName, codec: ProtocolCodec | undefined, error: AwsError, requestId: string): WireResponse {
  const serializer = codec ?? codecFor(protocol) ?? codecFor('json')!;
  return serializer.serializeError(model, undefined, error, { requestId });
}

function unknownOperation(model: Model, protocol: ProtocolName, wire: WireRequest): AwsError {
  const service = model.metadata.serviceId;
  if (protocol === 'query') {
    const action = new URLSearchParams(wire.body.toString('utf8')).get('Action') ?? wire.query.get('Action');
    if (!action) return new AwsError('MissingAction', `No Action parameter was given for ${service}.`, 400);
    return new AwsError('InvalidAction', `The action ${action} is not valid for this web service (${service}).`, 400);
  }
  if (protocol === 'json') {
    const target = wire.headers['x-amz-target'] ?? '';
    return new AwsError('UnknownOperationException', `Operation ${target || '(none)'} is not an operation of ${service}.`, 400);
  }
  return new AwsError('UnknownOperationException', `No operation of ${service} matches ${wire.method} ${wire.path}.`, 400);
}

function hasStreamingInput(model: Model, operation: Operation): boolean {
  if (!operation.input) return false;
  const input = model.resolve(operation.input);
  if (!input.payload) return false;
  const payload = input.members?.[input.payload];
  if (!payload) return false;
  const shape = model.resolve(payload);
  return Boolean(shape.streaming || payload.streaming) && shape.type === 'blob';
}

/** Virtual-host S3 requests (`<bucket>.s3.localhost`, `<bucket>.localhost`) become path style. */
function s3PathStyle(host: string, path: string): string {
  const lower = host.toLowerCase();
  const s3Label = /\.s3([.-][a-z0-9-]+)*\.localhost$|\.s3\.amazonaws\.com$|\.s3([.-][a-z0-9-]+)*\.amazonaws\.com$/;
  let bucket: string | undefined;
  const match = s3Label.exec(lower);
  if (match) bucket = host.slice(0, match.index);
  else if (lower.endsWith('.localhost') && !lower.startsWith('s3.')) bucket = host.slice(0, -'.localhost'.length);
  if (!bucket) return path;
  return `/${bucket}${path === '/' ? '' : path}` || '/';
}


/** Node gives header names lowercased already (HTTP/2 requires it); only repeated headers come as arrays. */
function flattenHeaders(raw: NodeRequest['headers']): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    headers[name] = typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/**
 * Operations with the requestcompression trait (CloudWatch PutMetricData) may
 * arrive gzip'd, announced by Content-Encoding. Only RPC bodies are decoded:
 * for S3 and other rest services the encoding describes the stored object.
 */
function decodeRequestCompression(body: Buffer, headers: Record<string, string>, limit: number): Buffer {
  const encodings = (headers['content-encoding'] ?? '').split(',').map((token) => token.trim().toLowerCase());
  if (!encodings.includes('gzip') || !body.length) return body;
  try {
    return gunzipSync(body, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
    throw new AwsError('SerializationException', 'The request body is declared gzip but could not be decompressed.', 400);
  }
}

function tooLarge(limit: number): AwsError {
  return new AwsError('RequestEntityTooLarge', `Request body is larger than the ${limit} bytes Nimbus accepts for this request.`, 413);
}

/** The whole body, read with events (an async iterator per request costs more than the read itself). */
function readWhole(stream: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (stream.readableEnded) {
      resolve(Buffer.alloc(0));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        stream.destroy();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => {
      done();
      reject(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

async function readPayload(req: NodeRequest, headers: Record<string, string>, chunked: boolean, limit: number): Promise<Buffer> {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!chunked) return readWhole(req as Readable, limit);
  return readWhole(streamPayload(req, headers), limit);
}

function streamPayload(req: NodeRequest, headers: Record<string, string>): AwsChunkedDecoder {
  const decodedLength = Number(headers['x-amz-decoded-content-length']);
  const decoder = new AwsChunkedDecoder({ decodedContentLength: Number.isFinite(decodedLength) ? decodedLength : undefined });
  (req as Readable).pipe(decoder);
  (req as Readable).on('error', (error) => decoder.destroy(error));
  return decoder;
}

async function send(res: NodeResponse, method: string, response: WireResponse): Promise<void> {
  const body = response.body;
  if (res instanceof ServerResponse && method !== 'HEAD' && (typeof body === 'string' || Buffer.isBuffer(body))) {
    sendWhole(res, response, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
    return;
  }
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (method === 'HEAD' || body === undefined) {
    if (body instanceof Readable) body.destroy();
    res.end();
    return;
  }
  if (body instanceof Readable) {
    await pipeStreams(body, res as unknown as NodeJS.WritableStream);
    return;
  }
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (!res.hasHeader('content-length')) res.setHeader('content-length', buffer.length);
  res.end(buffer);
}

/** An HTTP/1.1 answer held whole: status and headers in one writeHead, as a flat list (cheaper than a setHeader each). */
function sendWhole(res: ServerResponse, response: WireResponse, body: Buffer): void {
  const flat: string[] = [];
  let hasLength = false;
  for (const name in response.headers) {
    flat.push(name, response.headers[name]);
    if (name.length === 14 && name.toLowerCase() === 'content-length') hasLength = true;
  }
  if (!hasLength) flat.push('content-length', String(body.length));
  res.writeHead(response.status, flat);
  res.end(body);
}
