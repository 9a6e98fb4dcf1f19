/**
 * restJson1 (botocore `rest-json`): HTTP bindings from the model (see
 * rest-binding.ts) plus a JSON document body, or a raw payload member.
 * JSON defaults: timestamps epoch seconds, blobs base64, member keys from
 * `locationName`.
 */
import { AwsError } from '../core/errors.js';
import type { Model, Operation, Shape, ShapeRef } from './model.js';
import type { ProtocolCodec, ResponseMeta, WireRequest, WireResponse } from './types.js';
import {
  fillIdempotencyTokens,
  isBodyValue,
  isRawPayload,
  mapEntries,
  matchOperation,
  rawPayloadBody,
  rawPayloadContentType,
  readHttpBindings,
  readRawPayload,
  responseStatus,
  setHeader,
  setOwn,
  shapeBindings,
  statusHasNoBody,
  timestampFormatOf,
  writeExtraHeaders,
  writeHeaderBindings,
  type MemberBinding,
} from './rest-binding.js';
import { eventStreamBody, isAsyncIterable, type EventStreamEvent } from './event-stream.js';
import { decodeBase64, formatTimestamp, parseTimestamp, toBuffer } from './values.js';

const JSON_CONTENT_TYPE = 'application/json';

function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, 400);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function mismatch(path: string, expected: string, value: unknown): AwsError {
  return serializationError(`Unexpected value at ${path}: expected ${expected}, got ${describe(value)}.`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// JSON → values

function readJson(model: Model, ref: ShapeRef, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = model.resolve(ref);
  if (shape.document) return value;
  switch (shape.type) {
    case 'structure': {
      if (!isPlainObject(value)) throw mismatch(path, 'an object', value);
      const out: Record<string, unknown> = {};
      for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
        const key = memberRef.locationName ?? name;
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        const parsed = readJson(model, memberRef, value[key], `${path}.${name}`);
        if (parsed !== undefined) out[name] = parsed;
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) throw mismatch(path, 'an array', value);
      return value.map((item, i) => (item === null ? null : readJson(model, shape.member!, item, `${path}[${i}]`)));
    }
    case 'map': {
      if (!isPlainObject(value)) throw mismatch(path, 'an object', value);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        setOwn(out, key, item === null ? null : readJson(model, shape.value!, item, `${path}.${key}`));
      }
      return out;
    }
    case 'string':
      if (typeof value !== 'string') throw mismatch(path, 'a string', value);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch(path, 'a boolean', value);
      return value;
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw mismatch(path, 'an integer', value);
      return value;
    case 'float':
    case 'double':
    case 'bigdecimal':
      if (typeof value === 'number') return value;
      if (value === 'NaN') return Number.NaN;
      if (value === 'Infinity') return Number.POSITIVE_INFINITY;
      if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
      throw mismatch(path, 'a number', value);
    case 'timestamp': {
      if (typeof value !== 'number' && typeof value !== 'string') throw mismatch(path, 'a timestamp', value);
      const date = parseTimestamp(value, timestampFormatOf(ref, shape, 'unixTimestamp'));
      if (!date) throw mismatch(path, 'a timestamp', value);
      return date;
    }
    case 'blob':
      if (typeof value !== 'string') throw mismatch(path, 'a base64 string', value);
      return decodeBase64(value, path);
    default:
      return value;
  }
}

function parseJsonDocument(body: Buffer): Record<string, unknown> | undefined {
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw serializationError(`Could not parse request body into json: ${(error as Error).message}`);
  }
  if (!isPlainObject(doc)) throw serializationError('Could not parse request body into json: the body is not a JSON object.');
  return doc;
}

function readBodyMembers(model: Model, members: MemberBinding[], doc: Record<string, unknown>, input: Record<string, unknown>): void {
  for (const member of members) {
    if (!Object.prototype.hasOwnProperty.call(doc, member.wireName)) continue;
    const value = readJson(model, member.ref, doc[member.wireName], member.name);
    if (value !== undefined) input[member.name] = value;
  }
}

// ---------------------------------------------------------------------------
// values → JSON

function writeJson(model: Model, ref: ShapeRef, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = model.resolve(ref);
  if (shape.document) return toJsonSafe(value);
  switch (shape.type) {
    case 'structure':
      return writeJsonStructure(model, shape, value as Record<string, unknown>);
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return value.map((item) => (item === null || item === undefined ? null : writeJson(model, shape.member!, item)));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of mapEntries(value)) {
        const written = writeJson(model, shape.value!, item);
        if (written !== undefined) setOwn(out, key, written);
      }
      return out;
    }
    case 'timestamp':
      return formatTimestamp(value, timestampFormatOf(ref, shape, 'unixTimestamp'));
    case 'blob':
      return toBuffer(value).toString('base64');
    case 'boolean':
      return value === true || value === 'true';
    case 'string':
      return String(value);
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const n = Number(value);
      if (Number.isNaN(n)) return 'NaN';
      if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
      return n;
    }
    default:
      return Number(value);
  }
}

function writeJsonStructure(model: Model, shape: Shape, value: Record<string, unknown>, only?: MemberBinding[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const members = only ?? Object.entries(shape.members ?? {}).map(([name, ref]) => ({ name, ref, wireName: ref.locationName ?? name }));
  for (const { name, ref, wireName } of members) {
    const written = writeJson(model, ref, value[name]);
    if (written !== undefined) out[wireName] = written;
  }
  return out;
}

/** Untyped values (error fields the model does not know) as JSON. */
function toJsonSafe(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return toBuffer(value).toString('base64');
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value instanceof Map) return toJsonSafe(Object.fromEntries(value));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, toJsonSafe(v));
    return out;
  }
  return value;
}

/** Event payloads: a member marked `eventpayload` is the frame's raw body; otherwise the event is a JSON document. */
function eventPayloadWriter(model: Model) {
  return Object.assign(
    (ref: ShapeRef, value: unknown) => {
      const shape = model.resolve(ref);
      const raw = Object.entries(shape.members ?? {}).find(([, member]) => member.eventpayload);
      if (raw) {
        const [name, member] = raw;
        const inner = (value as Record<string, unknown> | undefined)?.[name];
        const rawShape = model.resolve(member);
        if (rawShape.type === 'string') return { body: Buffer.from(String(inner ?? ''), 'utf8'), contentType: 'text/plain' };
        return { body: inner === undefined ? Buffer.alloc(0) : toBuffer(inner), contentType: 'application/octet-stream' };
      }
      return Buffer.from(JSON.stringify(writeJson(model, ref, value) ?? {}));
    },
    { contentType: JSON_CONTENT_TYPE },
  );
}

function findHeaderValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((h) => h.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

// ---------------------------------------------------------------------------
// The codec

export const restJsonCodec: ProtocolCodec = {
  name: 'rest-json',

  operationName(model: Model, request: WireRequest): string | undefined {
    return matchOperation(model, request);
  },

  parse(model: Model, operation: Operation, request: WireRequest): Record<string, unknown> {
    const { input, bindings, shape } = readHttpBindings(model, operation, request, serializationError);
    if (!bindings || !shape) return input;
    const payload = bindings.payload;
    if (payload) {
      if (isRawPayload(payload)) {
        const raw = readRawPayload(payload, request);
        if (raw !== undefined) input[payload.name] = raw;
      } else {
        const doc = parseJsonDocument(request.body);
        if (doc !== undefined) {
          const value = readJson(model, payload.ref, doc, payload.name);
          if (value !== undefined) input[payload.name] = value;
        }
      }
    } else if (bindings.body.length) {
      const doc = parseJsonDocument(request.body);
      if (doc) readBodyMembers(model, bindings.body, doc, input);
    }
    fillIdempotencyTokens(shape, input);
    return input;
  },

  serialize(model: Model, operation: Operation, output: Record<string, unknown> | undefined, meta: ResponseMeta): WireResponse {
    const headers: Record<string, string> = { 'x-amzn-RequestId': meta.requestId };
    if (!operation.output) return { status: responseStatus(operation, undefined, output), headers };
    const shape = model.resolve(operation.output);
    const bindings = shapeBindings(model, shape);
    const values = output ?? {};
    writeHeaderBindings(model, bindings, values, headers);
    writeExtraHeaders(output, headers);
    const status = responseStatus(operation, bindings, output);
    if (statusHasNoBody(status)) return { status, headers };

    const payload = bindings.payload;
    if (payload) {
      const value = values[payload.name];
      if (value === undefined || value === null) return { status, headers };
      if (payload.shape.eventstream && isAsyncIterable(value)) {
        // An event stream payload (Lambda InvokeWithResponseStream): one frame an event; the output's other members are headers.
        setHeader(headers, 'Content-Type', findHeaderValue(headers, 'content-type') ?? 'application/vnd.amazon.eventstream');
        return { status, headers, body: eventStreamBody(model, payload.shape, value as AsyncIterable<EventStreamEvent>, eventPayloadWriter(model)) };
      }
      if (isRawPayload(payload) || isBodyValue(value)) {
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
          headers['Content-Type'] = rawPayloadContentType(payload);
        }
        return { status, headers, body: rawPayloadBody(value) };
      }
      setHeader(headers, 'Content-Type', JSON_CONTENT_TYPE);
      return { status, headers, body: JSON.stringify(writeJson(model, payload.ref, value) ?? {}) };
    }
    if (bindings.body.length === 0) return { status, headers };
    setHeader(headers, 'Content-Type', JSON_CONTENT_TYPE);
    return { status, headers, body: JSON.stringify(writeJsonStructure(model, shape, values, bindings.body)) };
  },

  serializeError(model: Model, _operation: Operation | undefined, error: AwsError, meta: ResponseMeta): WireResponse {
    const headers: Record<string, string> = {
      'x-amzn-RequestId': meta.requestId,
      'x-amzn-ErrorType': error.code,
      'Content-Type': JSON_CONTENT_TYPE,
    };
    const fields = error.fields ?? {};
    const body: Record<string, unknown> = {};
    let messageKey = 'message';
    const modelled = model.errorShape(error.code);
    if (modelled) {
      const shape = modelled.shape;
      const bindings = shapeBindings(model, shape);
      writeHeaderBindings(model, bindings, fields, headers);
      Object.assign(body, writeJsonStructure(model, shape, fields, bindings.body));
      // Error shapes spell the message `message` or `Message` (Lambda); write the one the model has.
      const messageMember = bindings.body.find((m) => m.name === 'message' || m.name === 'Message');
      if (messageMember) messageKey = messageMember.wireName;
      // Lambda-style `Type`: who is at fault, as AWS reports it.
      const typeMember = bindings.body.find((m) => m.name === 'Type');
      if (typeMember && body[typeMember.wireName] === undefined) body[typeMember.wireName] = error.senderFault ? 'User' : 'Service';
    } else {
      Object.assign(body, toJsonSafe(fields));
    }
    if (body[messageKey] === undefined) body[messageKey] = error.message;
    for (const [name, value] of Object.entries(error.headers ?? {})) setHeader(headers, name, value);
    return { status: error.status, headers, body: JSON.stringify(body) };
  },
};
