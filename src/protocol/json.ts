import { AwsError } from '../core/errors.js';
import type { Model, Operation, Shape, ShapeRef } from './model.js';
import { eventStreamBody, eventStreamMember, isAsyncIterable, type EventStreamEvent } from './event-stream.js';
import type { ProtocolCodec, ResponseMeta, WireResponse } from './types.js';
import { decodeBase64, mapEntries, parseTimestamp, setOwn, toBuffer, toDate } from './values.js';

/**
 * awsJson1_0 / awsJson1_1: POST /, `X-Amz-Target: <targetPrefix>.<Operation>`,
 * the input and output as JSON documents. Timestamps are epoch seconds and
 * blobs base64.
 */
export const jsonCodec: ProtocolCodec = {
  name: 'json',

  operationName(model, request) {
    const target = request.headers['x-amz-target'];
    if (!target) return undefined;
    const dot = target.lastIndexOf('.');
    if (dot < 0) return undefined;
    const prefix = target.slice(0, dot);
    if (model.metadata.targetPrefix && prefix !== model.metadata.targetPrefix) return undefined;
    const name = target.slice(dot + 1);
    return model.operation(name) ? name : undefined;
  },

  parse(model, operation, request) {
    const text = request.body.length ? request.body.toString('utf8') : '{}';
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new AwsError('SerializationException', 'Start of structure or map found where not expected.', 400);
    }
    if (!operation.input) return {};
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
      throw new AwsError('SerializationException', 'Start of structure or map found where not expected.', 400);
    }
    return readJsonValue(model, operation.input, document, '') as Record<string, unknown>;
  },

  serialize(model, operation, output, meta) {
    const streamMember = eventStreamMember(model, operation.output);
    if (streamMember && isAsyncIterable(output?.[streamMember])) {
      return jsonEventStream(model, operation, output!, streamMember, meta);
    }
    const body = operation.output ? writeJsonValue(model, operation.output, output ?? {}) : {};
    return {
      status: 200,
      headers: {
        'content-type': contentType(model),
        'x-amzn-requestid': meta.requestId,
      },
      body: JSON.stringify(body ?? {}),
    };
  },

  serializeError(model, _operation, error, meta) {
    return jsonError(model, error, meta, contentType(model));
  },
};

/** An output with an event stream: an initial-response event with the other members, then the events. */
function jsonEventStream(model: Model, operation: Operation, output: Record<string, unknown>, member: string, meta: ResponseMeta): WireResponse {
  const outputShape = model.resolve(operation.output!);
  const { [member]: events, ...rest } = output;
  const writePayload = Object.assign((ref: ShapeRef, value: unknown) => Buffer.from(JSON.stringify(writeJsonValue(model, ref, value) ?? {})), {
    contentType: 'application/json',
  });
  const initial = Buffer.from(JSON.stringify(writeJsonValue(model, operation.output!, rest) ?? {}));
  const streamShape = model.resolve(outputShape.members![member]);
  return {
    status: 200,
    headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': meta.requestId },
    body: eventStreamBody(model, streamShape, events as AsyncIterable<EventStreamEvent>, writePayload, initial),
  };
}

function contentType(model: Model): string {
  return `application/x-amz-json-${model.metadata.jsonVersion ?? '1.0'}`;
}

/** The JSON error document shared by awsJson and restJson1. */
export function jsonError(model: Model, error: AwsError, meta: ResponseMeta, type: string): WireResponse {
  const shape = model.errorShape(error.code);
  const body: Record<string, unknown> = {
    __type: error.code,
    message: error.message,
  };
  if (shape && Object.keys(error.fields).length) {
    Object.assign(body, writeJsonValue(model, { shape: shape.name }, error.fields) as object);
  }
  const headers: Record<string, string> = {
    'content-type': type,
    'x-amzn-requestid': meta.requestId,
    ...error.headers,
  };
  if (model.metadata.awsQueryCompatible) {
    // Clients of a service that moved from query to JSON keep seeing the old code.
    headers['x-amzn-query-error'] = `${error.queryCode ?? model.queryErrorCode(error.code)};${error.senderFault ? 'Sender' : 'Receiver'}`;
  }
  return { status: error.status, headers, body: JSON.stringify(body) };
}

function typeMismatch(path: string, expected: string): AwsError {
  const where = path ? ` at '${path}'` : '';
  return new AwsError('SerializationException', `Unexpected value type${where}: expected ${expected}.`, 400);
}

const wireNameIndex = new WeakMap<Shape, Map<string, { name: string; member: ShapeRef }>>();

/** A structure's members by the name they have on the wire. */
function membersByWireName(shape: Shape): Map<string, { name: string; member: ShapeRef }> {
  let index = wireNameIndex.get(shape);
  if (!index) {
    index = new Map();
    for (const [name, member] of Object.entries(shape.members ?? {})) index.set(member.locationName ?? name, { name, member });
    wireNameIndex.set(shape, index);
  }
  return index;
}

/** Nesting deeper than any service accepts; past it a document is refused rather than read (or overflow the stack). */
const MAX_NESTING = 1000;

/** JSON document → provider values, guided by the shape. Unknown members are dropped. */
export function readJsonValue(model: Model, ref: ShapeRef, value: unknown, path: string, depth = 0): unknown {
  if (value === null || value === undefined) return undefined;
  if (depth > MAX_NESTING) throw new AwsError('SerializationException', `The document is nested more than ${MAX_NESTING} levels deep.`, 400);
  const shape: Shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw typeMismatch(path, 'a structure');
      if (shape.document) return value;
      const out: Record<string, unknown> = {};
      const source = value as Record<string, unknown>;
      // Walk the members the document has (a union such as DynamoDB's AttributeValue has ten and sets one).
      const byWireName = membersByWireName(shape);
      for (const wireName of Object.keys(source)) {
        const entry = byWireName.get(wireName);
        if (!entry) continue;
        const parsed = readJsonValue(model, entry.member, source[wireName], join(path, entry.name), depth + 1);
        if (parsed !== undefined) out[entry.name] = parsed;
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) throw typeMismatch(path, 'a list');
      return value.map((item, index) => readJsonValue(model, shape.member!, item, `${path}.${index + 1}.member`, depth + 1) ?? null);
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) throw typeMismatch(path, 'a map');
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const parsed = readJsonValue(model, shape.value!, item, `${path}.${key}`, depth + 1);
        if (parsed !== undefined) setOwn(out, key, parsed);
      }
      return out;
    }
    case 'string':
      if (typeof value !== 'string') throw typeMismatch(path, 'a string');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw typeMismatch(path, 'a boolean');
      return value;
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw typeMismatch(path, 'an integer');
      return value;
    case 'float':
    case 'double':
    case 'bigdecimal':
      if (typeof value === 'number') return value;
      // Smithy allows the strings NaN and Infinity for floating point members.
      if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
      throw typeMismatch(path, 'a number');
    case 'timestamp': {
      const date = typeof value === 'number' || typeof value === 'string' ? parseTimestamp(value, ref.timestampFormat ?? shape.timestampFormat) : undefined;
      if (!date) throw typeMismatch(path, 'a timestamp');
      return date;
    }
    case 'blob':
      if (typeof value !== 'string') throw typeMismatch(path, 'base64 data');
      return decodeBase64(value, path || 'the payload');
    default:
      return value;
  }
}

/** Provider values → JSON document. Undefined and null members are left out. */
export function writeJsonValue(model: Model, ref: ShapeRef, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (shape.document) return toJsonSafe(value);
      const out: Record<string, unknown> = {};
      const source = value as Record<string, unknown>;
      const members = shape.members ?? {};
      for (const name of Object.keys(source)) {
        if (!Object.prototype.hasOwnProperty.call(members, name)) continue;
        const member = members[name];
        if (member.location) continue; // rest bindings are written elsewhere
        const written = writeJsonValue(model, member, source[name]);
        if (written !== undefined) out[member.locationName ?? name] = written;
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return value.map((item) => writeJsonValue(model, shape.member!, item) ?? null);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of mapEntries(value)) {
        const written = writeJsonValue(model, shape.value!, item);
        if (written !== undefined) setOwn(out, key, written);
      }
      return out;
    }
    case 'timestamp': {
      const format = ref.timestampFormat ?? shape.timestampFormat;
      const date = toDate(value);
      if (format === 'iso8601') return date.toISOString();
      if (format === 'rfc822') return date.toUTCString();
      return date.getTime() / 1000;
    }
    case 'blob':
      return toBuffer(value).toString('base64');
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const number = Number(value);
      // JSON has no NaN or Infinity: Smithy writes them as strings.
      return Number.isFinite(number) ? number : String(number);
    }
    default:
      return value;
  }
}

/** Chosen members of a structure (a REST body's members, by their wire names) as a JSON object. */
export function writeJsonMembers(model: Model, value: Record<string, unknown>, members: Array<{ name: string; ref: ShapeRef; wireName: string }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { name, ref, wireName } of members) {
    const written = writeJsonValue(model, ref, value[name]);
    if (written !== undefined) out[wireName] = written;
  }
  return out;
}

/** Untyped values (documents, error fields the model does not know) as JSON. */
export function toJsonSafe(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return toBuffer(value).toString('base64');
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value instanceof Map) return toJsonSafe(Object.fromEntries(value));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) setOwn(out, key, toJsonSafe(item));
    return out;
  }
  return value;
}

function join(path: string, name: string): string {
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  return path ? `${path}.${camel}` : camel;
}

export type { Operation };
