/**
 * What restJson1 and restXml share: the HTTP bindings of the botocore model.
 *
 * - routing (rest-routes.ts): an operation is found by matching method, path
 *   and the query literals of its `http.requestUri` template;
 * - request binding: members with `location` uri / querystring / header /
 *   headers are read from the request (the body is left to each codec);
 * - response binding: header / headers members, the statusCode member and a
 *   raw (blob, string or streaming) payload.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AwsError } from '../core/errors.js';
import type { Model, Operation, Shape, ShapeRef, TimestampFormat } from './model.js';
import { routeOf } from './rest-routes.js';
import type { WireRequest } from './types.js';
import { decodeBase64, formatTimestamp, mapEntries, parseTimestamp, setOwn, toBuffer } from './values.js';

// ---------------------------------------------------------------------------
// Members by location

export interface MemberBinding {
  /** Member name (the key in the input/output object). */
  name: string;
  ref: ShapeRef;
  shape: Shape;
  /** `locationName` or the member name: the label, query key, header name or element/key name. */
  wireName: string;
}

export interface ShapeBindings {
  uri: MemberBinding[];
  query: MemberBinding[];
  header: MemberBinding[];
  /** `location: headers`: maps bound to every header starting with `wireName`. */
  prefixHeaders: MemberBinding[];
  statusCode?: MemberBinding;
  /** Members serialized into the body document (empty when there is a payload member). */
  body: MemberBinding[];
  /** The `payload` member: the whole body. */
  payload?: MemberBinding;
}

const bindingCache = new WeakMap<Shape, ShapeBindings>();

/** The members of a structure, split by where they travel on the wire. */
export function shapeBindings(model: Model, shape: Shape): ShapeBindings {
  let cached = bindingCache.get(shape);
  if (cached) return cached;
  cached = { uri: [], query: [], header: [], prefixHeaders: [], body: [] };
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    const binding: MemberBinding = { name, ref, shape: model.resolve(ref), wireName: ref.locationName ?? name };
    switch (ref.location) {
      case 'uri':
        cached.uri.push(binding);
        break;
      case 'querystring':
        cached.query.push(binding);
        break;
      case 'header':
        cached.header.push(binding);
        break;
      case 'headers':
        cached.prefixHeaders.push(binding);
        break;
      case 'statusCode':
        cached.statusCode = binding;
        break;
      default:
        if (shape.payload === name) cached.payload = binding;
        else if (!shape.payload) cached.body.push(binding);
    }
  }
  bindingCache.set(shape, cached);
  return cached;
}

/**
 * The members a response carries in its body: in a response, Smithy ignores URI and query
 * bindings (a shape shared by input and output), so those members travel in the body too.
 */
export function responseBodyMembers(b: ShapeBindings): MemberBinding[] {
  if (b.payload || (!b.uri.length && !b.query.length)) return b.body;
  const unbound = [...b.uri, ...b.query].map((m) => ({ ...m, ref: { ...m.ref, location: undefined, locationName: undefined }, wireName: m.name }));
  return [...b.body, ...unbound];
}

/** The payload member's value is raw bytes (or a stream), not a document. */
export function isRawPayload(binding: MemberBinding): boolean {
  return binding.shape.type === 'blob' || binding.shape.type === 'string';
}

export function isStreaming(binding: MemberBinding): boolean {
  return Boolean(binding.ref.streaming || binding.shape.streaming);
}

export function timestampFormatOf(ref: ShapeRef, shape: Shape, fallback: TimestampFormat): TimestampFormat {
  return ref.timestampFormat ?? shape.timestampFormat ?? fallback;
}

export { mapEntries, setOwn };

// ---------------------------------------------------------------------------
// Request binding

/** How a codec reports a value it cannot read (AWS's code differs per protocol). */
export type InvalidValue = (message: string) => AwsError;

function isIntegerType(type: Shape['type']): boolean {
  return type === 'integer' || type === 'long' || type === 'short' || type === 'byte' || type === 'biginteger';
}

function isFloatType(type: Shape['type']): boolean {
  return type === 'float' || type === 'double' || type === 'bigdecimal';
}

/** A scalar written as text (URI label, query value, header, XML text). */
export function scalarFromString(
  shape: Shape,
  ref: ShapeRef,
  text: string,
  defaultTimestamp: TimestampFormat,
  where: string,
  invalid: InvalidValue,
): unknown {
  const type = shape.type;
  if (isIntegerType(type)) {
    const trimmed = text.trim();
    if (!/^[+-]?\d+$/.test(trimmed)) throw invalid(`Value '${text}' for ${where} is not a valid integer.`);
    return Number(trimmed);
  }
  if (isFloatType(type)) {
    const trimmed = text.trim();
    if (trimmed === 'NaN') return Number.NaN;
    if (trimmed === 'Infinity') return Number.POSITIVE_INFINITY;
    if (trimmed === '-Infinity') return Number.NEGATIVE_INFINITY;
    const n = Number(trimmed);
    if (trimmed === '' || Number.isNaN(n)) throw invalid(`Value '${text}' for ${where} is not a valid number.`);
    return n;
  }
  switch (type) {
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      throw invalid(`Value '${text}' for ${where} is not a valid boolean.`);
    }
    case 'timestamp': {
      const date = parseTimestamp(text, timestampFormatOf(ref, shape, defaultTimestamp));
      if (!date) throw invalid(`Value '${text}' for ${where} is not a valid timestamp.`);
      return date;
    }
    case 'blob':
      try {
        return decodeBase64(text, where);
      } catch {
        throw invalid(`Value for ${where} is not valid base64.`);
      }
    default:
      return text;
  }
}

/**
 * Splits a list header (`a, b, "c,d"`): quoted items may hold commas, and
 * HTTP dates hold one comma each.
 */
export function splitHeaderList(value: string, httpDates: boolean): string[] {
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '\\' && i + 1 < value.length) current += value[++i];
      else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (c === ',') {
      items.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current.trim());
  if (!httpDates) return items;
  // "Mon, 01 Jan 2024 00:00:00 GMT, Tue, 02 Jan ..." → pairs.
  const dates: string[] = [];
  for (let i = 0; i < items.length; i += 2) dates.push(items.slice(i, i + 2).join(', '));
  return dates;
}

function headerValue(model: Model, binding: MemberBinding, text: string, invalid: InvalidValue): unknown {
  const { ref, shape } = binding;
  const where = `header ${binding.wireName}`;
  if (shape.type === 'list' && shape.member) {
    const memberRef = shape.member;
    const memberShape = model.resolve(memberRef);
    const httpDates = memberShape.type === 'timestamp' && timestampFormatOf(memberRef, memberShape, 'rfc822') === 'rfc822';
    return splitHeaderList(text, httpDates)
      .filter((item) => item !== '')
      .map((item) => scalarFromString(memberShape, memberRef, item, 'rfc822', where, invalid));
  }
  if (shape.type === 'string' && ref.jsonvalue) {
    try {
      return JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    } catch {
      throw invalid(`Value for ${where} is not base64-encoded JSON.`);
    }
  }
  return scalarFromString(shape, ref, text, 'rfc822', where, invalid);
}

function queryValues(binding: MemberBinding, model: Model, values: string[], invalid: InvalidValue): unknown {
  const where = `query parameter ${binding.wireName}`;
  if (binding.shape.type === 'list' && binding.shape.member) {
    const memberRef = binding.shape.member;
    const memberShape = model.resolve(memberRef);
    return values.map((v) => scalarFromString(memberShape, memberRef, v, 'iso8601', where, invalid));
  }
  return scalarFromString(binding.shape, binding.ref, values[0], 'iso8601', where, invalid);
}

function decodeLabel(raw: string, name: string, invalid: InvalidValue): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalid(`The URI label ${name} is not properly percent-encoded.`);
  }
}

/**
 * Reads the uri, querystring, header and headers members of the operation's
 * input. Returns the partial input and the input shape's bindings, so the
 * codec can read the body (document members or payload).
 */
export function readHttpBindings(
  model: Model,
  operation: Operation,
  request: WireRequest,
  invalid: InvalidValue,
): { input: Record<string, unknown>; bindings?: ShapeBindings; shape?: Shape } {
  const input: Record<string, unknown> = {};
  if (!operation.input) return { input };
  const shape = model.resolve(operation.input);
  const b = shapeBindings(model, shape);

  if (b.uri.length) {
    const route = routeOf(model, operation);
    const match = route?.regex.exec(request.path || '/');
    if (route && match) {
      route.labels.forEach((label, i) => {
        const binding = b.uri.find((m) => m.wireName === label.name);
        if (!binding) return;
        const text = decodeLabel(match[i + 1], label.name, invalid);
        input[binding.name] = scalarFromString(binding.shape, binding.ref, text, 'iso8601', `URI label ${label.name}`, invalid);
      });
    }
  }

  // A map bound to the query string takes every parameter nothing else claims.
  const boundQueryKeys = new Set<string>(['x-id']);
  for (const [key] of routeOf(model, operation)?.queryLiterals ?? []) boundQueryKeys.add(key);
  for (const binding of b.query) if (binding.shape.type !== 'map') boundQueryKeys.add(binding.wireName);
  for (const binding of b.query) {
    if (binding.shape.type === 'map') {
      const valueRef = binding.shape.value;
      const valueShape = valueRef ? model.resolve(valueRef) : undefined;
      const map: Record<string, unknown> = {};
      let any = false;
      for (const key of new Set(request.query.keys())) {
        if (boundQueryKeys.has(key)) continue;
        const values = request.query.getAll(key);
        if (valueShape?.type === 'list') setOwn(map, key, values);
        else setOwn(map, key, values[0]);
        any = true;
      }
      if (any) input[binding.name] = map;
      continue;
    }
    const values = request.query.getAll(binding.wireName);
    if (values.length === 0) continue;
    input[binding.name] = queryValues(binding, model, values, invalid);
  }

  for (const binding of b.header) {
    const text = request.headers[binding.wireName.toLowerCase()];
    if (text === undefined) continue;
    input[binding.name] = headerValue(model, binding, text, invalid);
  }

  for (const binding of b.prefixHeaders) {
    const prefix = binding.wireName.toLowerCase();
    const map: Record<string, unknown> = {};
    let any = false;
    for (const [name, value] of Object.entries(request.headers)) {
      if (!name.startsWith(prefix) || name.length === prefix.length) continue;
      setOwn(map, name.slice(prefix.length), value);
      any = true;
    }
    if (any) input[binding.name] = map;
  }

  // Trailing headers (aws-chunked x-amz-checksum-*) arrive after the body: they fill their
  // header members once the body stream has ended, before whoever reads it sees the end.
  const trailers = request.trailers;
  if (trailers && request.bodyStream && b.header.length) {
    request.bodyStream.once('end', () => {
      for (const binding of b.header) {
        const text = trailers[binding.wireName.toLowerCase()];
        if (text === undefined || input[binding.name] !== undefined) continue;
        try {
          input[binding.name] = headerValue(model, binding, text, invalid);
        } catch {
          // A malformed trailer value is left for the service to find missing.
        }
      }
    });
  }

  return { input, bindings: b, shape };
}

/** The payload member's raw value: a stream, the bytes, or text. */
export function readRawPayload(binding: MemberBinding, request: WireRequest): unknown {
  if (isStreaming(binding)) return request.bodyStream ?? request.body;
  if (request.bodyStream) return request.bodyStream;
  if (request.body.length === 0) return undefined;
  return binding.shape.type === 'string' ? request.body.toString('utf8') : request.body;
}

/** Idempotency tokens the client left out are generated, as the SDKs do. */
export function fillIdempotencyTokens(shape: Shape | undefined, input: Record<string, unknown>): void {
  if (!shape?.members) return;
  for (const [name, ref] of Object.entries(shape.members)) {
    if (ref.idempotencyToken && input[name] === undefined) input[name] = randomUUID();
  }
}

// ---------------------------------------------------------------------------
// Response binding

/** Case-insensitive header lookup in a response header record. */
export function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return key;
  return undefined;
}

/** Sets a header, replacing any spelling of the same name. */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  const existing = findHeader(headers, name);
  if (existing !== undefined && existing !== name) delete headers[existing];
  headers[name] = value;
}

function quoteListItem(text: string): string {
  return /[",]/.test(text) ? `"${text.replace(/(["\\])/g, '\\$1')}"` : text;
}

/** A scalar as header text. */
export function scalarToHeader(ref: ShapeRef, shape: Shape, value: unknown): string {
  switch (shape.type) {
    case 'timestamp':
      return String(formatTimestamp(value, timestampFormatOf(ref, shape, 'rfc822')));
    case 'blob':
      return toBuffer(value).toString('base64');
    case 'boolean':
      return value === true || value === 'true' ? 'true' : 'false';
    case 'string':
      if (ref.jsonvalue) {
        return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64');
      }
      return String(value);
    default:
      return formatNumberText(shape, value);
  }
}

/** Numbers as text, with the names AWS uses for non-finite floats. */
export function formatNumberText(shape: Shape, value: unknown): string {
  if (typeof value === 'number' && isFloatType(shape.type) && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  }
  return String(value);
}

/** Writes the header and headers members of an output (or error) structure. */
export function writeHeaderBindings(model: Model, b: ShapeBindings, values: Record<string, unknown>, headers: Record<string, string>): void {
  for (const binding of b.header) {
    const value = values[binding.name];
    if (value === undefined || value === null) continue;
    let text: string;
    if (binding.shape.type === 'list' && binding.shape.member) {
      if (!Array.isArray(value)) continue;
      const memberRef = binding.shape.member;
      const memberShape = model.resolve(memberRef);
      text = value
        .filter((v) => v !== undefined && v !== null)
        .map((v) => {
          const item = scalarToHeader(memberRef, memberShape, v);
          return memberShape.type === 'timestamp' ? item : quoteListItem(item);
        })
        .join(', ');
    } else {
      text = scalarToHeader(binding.ref, binding.shape, value);
    }
    setHeader(headers, binding.wireName, text);
  }
  for (const binding of b.prefixHeaders) {
    const value = values[binding.name];
    if (value === undefined || value === null) continue;
    for (const [key, item] of mapEntries(value)) {
      if (item === undefined || item === null) continue;
      setHeader(headers, `${binding.wireName}${key}`, String(item));
    }
  }
}

/**
 * A status the model does not bind, set by a service on its output (S3's 206 Partial
 * Content for a ranged GetObject): `output[RESPONSE_STATUS] = 206`.
 */
export const RESPONSE_STATUS: unique symbol = Symbol.for('nimbus.responseStatus');

/**
 * Response headers the model does not bind, set by a service on its output (Lambda's
 * Invoke answers its raw payload as application/json): `output[RESPONSE_HEADERS] = {...}`.
 * Header members the model binds win over these.
 */
export const RESPONSE_HEADERS: unique symbol = Symbol.for('nimbus.responseHeaders');

/** Adds a service's RESPONSE_HEADERS to the response headers (bound members already set stay). */
export function writeExtraHeaders(output: Record<string, unknown> | undefined, headers: Record<string, string>): void {
  const extra = output ? (output as Record<symbol, unknown>)[RESPONSE_HEADERS] : undefined;
  if (!extra || typeof extra !== 'object') return;
  for (const [name, value] of Object.entries(extra as Record<string, unknown>)) {
    if (typeof value !== 'string' || findHeader(headers, name) !== undefined) continue;
    headers[name] = value;
  }
}

/** `statusCode` member, else a RESPONSE_STATUS the service set, else the operation's `http.responseCode`, else 200. */
export function responseStatus(operation: Operation, b: ShapeBindings | undefined, output: Record<string, unknown> | undefined): number {
  const override = output ? (output as Record<symbol, unknown>)[RESPONSE_STATUS] : undefined;
  if (typeof override === 'number' && Number.isInteger(override) && override >= 100 && override <= 999) return override;
  if (b?.statusCode && output) {
    const value = Number(output[b.statusCode.name]);
    if (Number.isInteger(value) && value >= 100 && value <= 999) return value;
  }
  return operation.http.responseCode ?? 200;
}

/** True for a value that is already a body: bytes or a stream. */
export function isBodyValue(value: unknown): value is Buffer | Uint8Array | Readable {
  return Buffer.isBuffer(value) || value instanceof Uint8Array || value instanceof Readable;
}

/** A raw payload as the response body: streams pass through untouched. */
export function rawPayloadBody(value: unknown): Buffer | Readable | string {
  if (value instanceof Readable) return value;
  if (typeof value === 'string') return value;
  return toBuffer(value);
}

/** The content type a raw payload gets when no header member set one. */
export function rawPayloadContentType(binding: MemberBinding): string {
  return binding.shape.type === 'string' ? 'text/plain' : 'application/octet-stream';
}

/** Statuses that never carry a body. */
export function statusHasNoBody(status: number): boolean {
  return status === 204 || status === 304 || (status >= 100 && status < 200);
}

/** S3's `x-amz-id-2` / HostId: an opaque base64 string, derived from the request id. */
export function hostId(requestId: string): string {
  return createHash('sha256').update(requestId).digest('base64');
}
