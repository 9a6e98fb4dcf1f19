import { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';
import type { CallerIdentity } from '../core/identity.js';
import { AwsError, isAwsError, notImplemented } from '../core/errors.js';
import { requestId as newRequestId } from '../core/ids.js';
import type { Provider, Runtime } from '../core/runtime.js';
import { accountForAccessKey } from '../core/settings.js';
import type { ProtocolName, WireRequest, WireResponse } from '../core/wire.js';
import type { ServiceRouting } from '../generated/catalog.js';
import { codecFor, placeholderModel } from '../protocol/codecs.js';
import { loadModel, type Model, type Operation } from '../protocol/model.js';
import type { ProtocolCodec } from '../protocol/types.js';
import { validateInput, validationException } from '../protocol/validate.js';
import { isAwsChunked } from './aws-chunked.js';
import { identityError, identityRefusal } from './caller-identity.js';
import {
  applyCors,
  crossOrigin,
  hostAllowed,
  hostRefusalMessage,
  isPreflight,
  originAllowed,
  originRefusalMessage,
  preflightResponse,
  refusal,
} from './browser-boundary.js';
import { authErrorInProtocol, errorResponse, guessProtocol, toAwsError, unknownOperation } from './errors-in-protocol.js';
import { handleInternalRoute, streamsBody } from './internal-routes.js';
import { decodeRequestCompression, formActionOf, readPayload, readWhole, streamPayload } from './request-body.js';
import { send } from './respond.js';
import type { RequestEntry } from '../core/request-log.js';
import { isClientGone, isHealthPath, resourceOf } from './request-log.js';
import { chooseProtocol, Router } from './routing.js';
import { checkPresignedExpiry, checkRequestTime, payloadHashToVerify, verifySignature } from './signature-check.js';
import { parseSigV4, SigV4Error, type SigV4Request } from './sigv4.js';

export type NodeRequest = IncomingMessage | Http2ServerRequest;
export type NodeResponse = ServerResponse | Http2ServerResponse;

/** One request on its way through the pipeline: what each step found, for the steps after it. */
interface Call {
  readonly runtime: Runtime;
  readonly req: NodeRequest;
  readonly requestId: string;
  readonly started: number;
  readonly method: string;
  /** Raw path as received, without the query string. */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly headers: Record<string, string>;
  /** The Host (or :authority) header as sent, with its port; this server's address when absent. */
  readonly hostHeader: string;
  /** The host name alone, without port or brackets. */
  readonly host: string;
  readonly browser: BrowserCall;
  /** Who is calling: a SigV4 (or S3 SigV2) signature, or none. */
  signature?: SigV4Request;
  /** A malformed signature, answered once the protocol the request speaks is known. */
  signatureError?: SigV4Error;
  /** The identity IAM or STS issued the signing key to; undefined for root and default keys. */
  caller?: CallerIdentity;
  /** The body, read once when a step needs it whole. */
  body?: Buffer;
  /** The Action of an unsigned form request, which names its service by nothing else. */
  formAction?: string;
  route?: ServiceRouting;
  protocol: ProtocolName;
  /** The path the service's model expects (S3 virtual hosts become path style). */
  path: string;
  service?: Provider;
  /**
   * The request log's entry (and, later, the CloudTrail event): made whole when the call is, so
   * it keeps one shape, and handed to the log as it is, without a copy.
   */
  readonly record: RequestEntry;
}

/** What the browser boundary found about a request (see browser-boundary.ts). */
interface BrowserCall {
  hostAllowed: boolean;
  /** The origin of a cross-origin browser request; undefined for same-origin and non-browser clients. */
  foreignOrigin: string | undefined;
  /** Whether --cors-origins lets that origin in. */
  originAllowed: boolean;
}

const routers = new WeakMap<Runtime, Router>();

function routerOf(runtime: Runtime): Router {
  let router = routers.get(runtime);
  if (!router) routers.set(runtime, (router = new Router(runtime.addressing, (model) => runtime.implements(model))));
  return router;
}

/**
 * The one request pipeline, step by step: internal routes → which service → the browser
 * boundary → who is calling (SigV4) → parse → validate → operation → serialize → record.
 */
export async function handleRequest(runtime: Runtime, req: NodeRequest, res: NodeResponse): Promise<void> {
  const call = receive(runtime, req);
  try {
    const response = isInternalRoute(call.rawPath) ? await internalRoute(call) : await awsCall(call);
    call.record.status = response.status;
    const withCors = !response.corsApplied && call.browser.originAllowed ? applyCors(call.browser.foreignOrigin!, response) : response;
    await send(res, call.method, withCors);
  } catch (error) {
    // A client that hangs up mid-request is its own business, not a failure of ours.
    if (isClientGone(error, req)) runtime.log.debug({ id: call.requestId, err: String(error) }, 'client closed the connection');
    else runtime.log.error({ err: error instanceof Error ? error.stack : String(error) }, 'gateway failure');
    if (!res.headersSent) {
      call.record.status = 500;
      res.statusCode = 500;
      res.end();
    } else {
      res.destroy();
    }
  } finally {
    record(call);
  }
}

/** The listener's request as a Call: path, query, headers, and what the browser boundary makes of them. */
function receive(runtime: Runtime, req: NodeRequest): Call {
  const target = req.url ?? '/';
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const headers = flattenHeaders(req.headers);
  const givenHost = headers.host ?? headers[':authority'];
  const hostHeader = givenHost ?? `${runtime.options.host}:${runtime.options.port}`;
  const foreignOrigin = crossOrigin(headers, givenHost);
  const requestId = newRequestId();
  const method = req.method ?? 'GET';
  return {
    runtime,
    req,
    requestId,
    started: performance.now(),
    method,
    rawPath,
    query: new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1)),
    headers,
    hostHeader,
    host: hostHeader.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''),
    browser: {
      hostAllowed: hostAllowed(runtime.options, givenHost),
      foreignOrigin,
      originAllowed: foreignOrigin !== undefined && originAllowed(runtime.options, foreignOrigin),
    },
    protocol: 'json',
    path: rawPath,
    record: { id: requestId, method, path: rawPath, service: '-', op: '-', status: 0, ms: 0, resource: undefined, code: undefined, message: undefined },
  };
}

function isInternalRoute(path: string): boolean {
  return path.startsWith('/_nimbus/') || path.startsWith('/_localstack/');
}

/** /_nimbus/* (and /_localstack/health): behind the same browser boundary as the AWS APIs. */
async function internalRoute(call: Call): Promise<WireResponse> {
  call.record.service = 'nimbus';
  const { browser } = call;
  let response: WireResponse;
  if (!browser.hostAllowed) response = refusal(hostRefusalMessage(call.hostHeader), 'application/json');
  else if (browser.foreignOrigin !== undefined && !browser.originAllowed) response = refusal(originRefusalMessage(browser.foreignOrigin), 'application/json');
  else if (isPreflight(call.method, call.headers)) response = preflightResponse(call.headers);
  else {
    const streamed = streamsBody(call.method, call.rawPath);
    const body = streamed ? Buffer.alloc(0) : await readWhole(call.req, call.runtime.options.maxBodyBytes);
    return handleInternalRoute(call.runtime, { method: call.method, path: call.rawPath, query: call.query, headers: call.headers, body, bodyStream: streamed ? (call.req as Readable) : undefined });
  }
  call.req.resume();
  return response;
}

/** A call of an AWS API: the steps from identifying the caller to the service's answer. */
async function awsCall(call: Call): Promise<WireResponse> {
  identifyCaller(call);
  try {
    await whichService(call);
  } catch (error) {
    // Reading an unsigned form to find its Action can fail (too large, cut short): a query-protocol answer.
    if (!isAwsError(error)) throw error;
    call.req.resume();
    return errorResponse(placeholderModel('query'), 'query', undefined, error, call.requestId);
  }
  const { route, runtime } = call;
  if (!call.browser.hostAllowed) return refuseHost(call);
  if (isPreflight(call.method, call.headers)) return preflight(call);
  if (!route) return noSuchService(call);
  call.record.service = route.model;
  const model = loadModel(route.model);
  const codec = codecFor(call.protocol);
  if (!codec) {
    return errorResponse(model, 'json', undefined, new AwsError('NotImplemented', `The ${call.protocol} protocol of ${model.metadata.serviceId} is not supported by Nimbus yet; use the JSON or query protocol.`, 501, { senderFault: false }), call.requestId);
  }
  let response: WireResponse;
  try {
    call.service = runtime.implements(route.model) ? (runtime.startedProvider(route.model) ?? (await runtime.provider(route.model))) : undefined;
    if (call.browser.foreignOrigin !== undefined && !call.browser.originAllowed && !(await resourceAllowsOrigin(call))) {
      call.req.resume();
      return refusal(originRefusalMessage(call.browser.foreignOrigin));
    }
    response = await operate(call, model, codec);
  } catch (error) {
    // An error may leave part of a request body unread; drain it so the connection stays usable.
    if (!call.req.readableEnded) call.req.resume();
    const awsError = authErrorInProtocol(toAwsError(error, runtime), call.protocol, route.queryCompatible);
    call.record.code = awsError.code;
    call.record.message = awsError.message;
    response = errorResponse(model, call.protocol, codec, awsError, call.requestId);
  }
  await serviceHeaders(call, response);
  return response;
}

/** Who is calling: the signature, parsed (checked later, once the body is read). */
function identifyCaller(call: Call): void {
  try {
    call.signature = parseSigV4(call.headers, call.query);
    // Free when IAM and STS never ran: the registry has no resolvers then.
    call.caller = call.runtime.identities.resolve(call.signature?.credential.accessKeyId);
  } catch (error) {
    if (!(error instanceof SigV4Error)) throw error;
    call.signatureError = error;
  }
}

/** Which service, and in which of its protocols; an unsigned form request names it only by its Action. */
async function whichService(call: Call): Promise<void> {
  const { headers, runtime } = call;
  const contentType = headers['content-type'] ?? '';
  // Only a POST can be a query-protocol call; the body of an S3 PUT is the object whatever its type.
  if (!call.signature && !headers['x-amz-target'] && call.method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded')) {
    call.formAction = formActionOf(await readBody(call), headers, bodyLimit(call));
  }
  const router = routerOf(runtime);
  call.route = router.resolve({
    signingName: call.signature?.credential.service || undefined,
    target: headers['x-amz-target'],
    host: call.host,
    path: call.rawPath,
    contentType,
    action: () => call.query.get('Action') ?? call.formAction,
  });
  call.protocol = call.route ? chooseProtocol(call.route, headers) : guessProtocol(headers, contentType);
  if (call.route) call.path = router.modelPath(call.route, call.host, call.rawPath);
}

function refuseHost(call: Call): WireResponse {
  call.req.resume();
  const model = call.route ? loadModel(call.route.model) : placeholderModel(call.protocol);
  const code = call.protocol === 'query' || call.protocol === 'rest-xml' ? 'AccessDenied' : 'AccessDeniedException';
  return errorResponse(model, call.protocol, undefined, new AwsError(code, hostRefusalMessage(call.hostHeader), 403), call.requestId);
}

/** A browser preflight: the service's own CORS rules answer it if it has any, else the origins the user allowed. */
async function preflight(call: Call): Promise<WireResponse> {
  call.req.resume();
  const { route, runtime } = call;
  call.record.op = 'Preflight';
  if (route && runtime.implements(route.model)) {
    const service = await runtime.provider(route.model)!;
    call.record.service = route.model;
    if (service.http?.cors) {
      const answer = await service.http.cors.preflight(wireOf(call), contextOf(call, 'OPTIONS'));
      if (answer) return { ...answer, corsApplied: true };
    }
  }
  if (call.browser.originAllowed) return preflightResponse(call.headers);
  return refusal(originRefusalMessage(call.headers.origin));
}

function noSuchService(call: Call): WireResponse {
  if (call.formAction) {
    return errorResponse(placeholderModel('query'), 'query', undefined, new AwsError('InvalidAction', `The action ${call.formAction} is not valid for this web service.`, 400), call.requestId);
  }
  const name = call.signature?.credential.service ?? 'unknown';
  call.record.service = name;
  return errorResponse(placeholderModel(call.protocol), call.protocol, undefined, new AwsError('NotImplemented', `Service ${name} is not available in Nimbus.`, 501, { senderFault: false }), call.requestId);
}

/**
 * A cross-origin request the user did not allow may still be one a resource's own CORS
 * configuration allows (S3 bucket CORS, function URL CORS), or a read of such a resource,
 * which a browser keeps from the page unless the resource's CORS headers say otherwise.
 */
async function resourceAllowsOrigin(call: Call): Promise<boolean> {
  const cors = call.service?.http?.cors;
  if (!cors) return false;
  if (call.method === 'GET' || call.method === 'HEAD') return true;
  if (!call.headers.origin) return false;
  const headers = await cors.headers(wireOf(call), contextOf(call, '-'));
  return Boolean(headers && Object.keys(headers).some((name) => name.toLowerCase() === 'access-control-allow-origin'));
}

/** Authenticate, parse, validate, run the operation, serialize its answer. */
async function operate(call: Call, model: Model, codec: ProtocolCodec): Promise<WireResponse> {
  const { service, runtime } = call;
  // Requests the service answers itself (S3 website endpoints, browser POST uploads, function URLs).
  const serveHttp = service?.http?.serveHttp;
  if (serveHttp) {
    const raw: WireRequest = { ...wireOf(call), bodyStream: call.req as Readable };
    const answer = await serveHttp(raw, contextOf(call, '-'));
    if (answer) {
      call.record.op = answer.operation;
      return answer.response;
    }
  }
  if (call.signatureError) throw new AwsError(call.signatureError.code, call.signatureError.message, call.signatureError.status);
  const wire = wireOf(call);
  const isRest = call.protocol === 'rest-json' || call.protocol === 'rest-xml';
  if (!isRest) wire.body = decodeRequestCompression(await readBody(call), call.headers, bodyLimit(call));

  const operationName = codec.operationName(model, wire);
  if (!operationName) throw unknownOperation(model, call.protocol, wire);
  const operation = model.operation(operationName)!;
  call.record.op = operationName;
  if (isRest) await readRestPayload(call, model, operation, wire);

  authenticate(call, wire);
  const context = contextOf(call, operationName);
  const input = codec.parse(model, operation, wire);
  if (runtime.requestLog.enabled) call.record.resource = resourceOf(input);
  if (!service) throw notImplemented(model.metadata.serviceId, operationName);
  validate(service, model, operation, input, context);
  // --enforce-iam: the caller's policies must allow what the operation does (services/authorization.ts).
  const authorizing = runtime.authorizer?.(context, input, { sourceIp: call.req.socket?.remoteAddress, secureTransport: false });
  const authorized = authorizing instanceof Promise ? await authorizing : authorizing;
  const handler = service.operations[operationName];
  if (!handler) throw notImplemented(model.metadata.serviceId, operationName);
  // Most handlers answer synchronously; awaiting only a promise saves a turn of the microtask queue.
  let output: Record<string, unknown> | undefined;
  try {
    const answer = handler(input, context);
    output = (answer instanceof Promise ? await answer : answer) as Record<string, unknown> | undefined;
  } finally {
    // The authorizer's word that the operation is over (an IAM change it caches around).
    authorized?.();
  }
  return codec.serialize(model, operation, output, { requestId: call.requestId });
}

/** A REST body: streamed to the service when the operation's payload is a stream (a 5 GiB upload never sits in memory), else read whole. */
async function readRestPayload(call: Call, model: Model, operation: Operation, wire: WireRequest): Promise<void> {
  if (!hasStreamingInput(model, operation)) {
    wire.body = await readBody(call);
    return;
  }
  // A step before read it whole (an unsigned form POST, to find its Action): stream what it read.
  if (call.body !== undefined) {
    wire.bodyStream = Readable.from([call.body]);
    return;
  }
  if (isAwsChunked(call.headers)) {
    const decoder = streamPayload(call.req, call.headers);
    wire.bodyStream = decoder;
    wire.trailers = decoder.trailers;
  } else {
    wire.bodyStream = call.req as Readable;
  }
}

/**
 * Presigned URLs expire on the clock; a key IAM or STS issued must be active (and a session's
 * token right and unexpired); with --verify-signatures, the signature must be the secret's
 * (the issued key's own, else the shared one) and current.
 */
function authenticate(call: Call, wire: WireRequest): void {
  const { signature, runtime, caller } = call;
  if (signature?.kind === 'presigned') checkPresignedExpiry(signature, runtime.clock.now());
  const token = call.headers['x-amz-security-token'] ?? call.query.get('X-Amz-Security-Token') ?? undefined;
  if (caller) {
    const refusal = identityRefusal(caller, token, runtime.clock.now());
    if (refusal) throw identityError(refusal, call.protocol, caller.accessKeyId);
  } else if (token !== undefined && signature && runtime.options.enforceIam) {
    // Under enforcement a session no one here issued (or one swept long after it expired) is not root's.
    throw identityError('invalid-token', call.protocol, signature.credential.accessKeyId);
  }
  if (!runtime.options.verifySignatures) return;
  if (!signature) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  checkRequestTime(signature, runtime.clock.now());
  const payloadHash = payloadHashToVerify(signature, call.headers, wire.body);
  verifySignature({ method: wire.method, path: call.rawPath, query: call.query, headers: call.headers, payloadHash }, signature, caller?.secretAccessKey ?? runtime.options.secretAccessKey);
}

/** The model's constraints the service enforces, worded as the service words them. */
function validate(service: Provider, model: Model, operation: Operation, input: Record<string, unknown>, context: RequestContext): void {
  const enforced = service.enforcedConstraints;
  const violations = validateInput(model, operation.input, input).filter((v) => !enforced || enforced.includes(v.kind));
  if (violations.length) throw service.validationError?.(violations, context) ?? validationException(violations);
}

/** Headers the service adds to every answer (DynamoDB's CRC32), and its own CORS headers. */
async function serviceHeaders(call: Call, response: WireResponse): Promise<void> {
  const hooks = call.service?.http;
  if (hooks?.responseHeaders) {
    // Encoded once here, so a header computed from the bytes and the bytes sent are the same.
    if (typeof response.body === 'string') response.body = Buffer.from(response.body, 'utf8');
    const extraHeaders = hooks.responseHeaders(response);
    if (extraHeaders) Object.assign(response.headers, extraHeaders);
  }
  if (!hooks?.cors || !call.headers.origin) return;
  try {
    const cors = await hooks.cors.headers(wireOf(call), contextOf(call, call.record.op));
    // A resource's own rules decide; where they say nothing, an origin the user allowed keeps the default.
    if (cors && (Object.keys(cors).length > 0 || !call.browser.originAllowed)) {
      for (const name of Object.keys(response.headers)) if (name.toLowerCase().startsWith('access-control-')) delete response.headers[name];
      Object.assign(response.headers, cors);
      response.corsApplied = true;
    }
  } catch (error) {
    call.runtime.log.warn({ err: String(error) }, 'service CORS rules failed; using the default');
  }
}

/** The request log's line; CloudTrail will record its event here too, off the hot path. */
function record(call: Call): void {
  const { record, runtime } = call;
  const log = runtime.requestLog;
  if (!log.enabled) return;
  // Health probes come every second from some tools: a line each only at debug.
  if (record.service === 'nimbus' && !log.verbose && call.method === 'GET' && isHealthPath(call.rawPath)) return;
  record.ms = Math.round((performance.now() - call.started) * 10) / 10;
  log.record(record);
}

/**
 * The most an RPC body (JSON, query, CBOR) may hold: AWS's largest such requests (DynamoDB's
 * batches) stay under 16 MB, and reading and parsing more would hold the event loop for seconds.
 * REST bodies (a Lambda zip inline, an S3 document) keep the --max-body-bytes limit.
 */
const RPC_BODY_LIMIT = 16 * 1024 * 1024;

function bodyLimit(call: Call): number {
  const rest = call.protocol === 'rest-json' || call.protocol === 'rest-xml';
  return rest ? call.runtime.options.maxBodyBytes : Math.min(call.runtime.options.maxBodyBytes, RPC_BODY_LIMIT);
}

async function readBody(call: Call): Promise<Buffer> {
  call.body ??= await readPayload(call.req, call.headers, isAwsChunked(call.headers), bodyLimit(call));
  return call.body;
}

/** The request as a codec or a hook sees it (the body is added by the step that reads it). */
function wireOf(call: Call): WireRequest {
  return { method: call.method, path: call.path, query: call.query, headers: call.headers, body: Buffer.alloc(0), host: call.host };
}

/** Who is calling what, as every handler and hook is told. */
function contextOf(call: Call, operation: string): RequestContext {
  const { signature, runtime } = call;
  return {
    requestId: call.requestId,
    accountId: call.caller?.account ?? accountForAccessKey(signature?.credential.accessKeyId, runtime.options.account),
    region: signature?.credential.region || runtime.options.region,
    accessKeyId: signature?.credential.accessKeyId,
    caller: call.caller,
    service: call.route?.model ?? '-',
    operation,
    protocol: call.protocol,
    host: call.hostHeader,
    endpoint: runtime.endpoint,
    headers: call.headers,
    runtime,
  };
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
