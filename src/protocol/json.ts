import { isUtf8 } from 'node:buffer';
import { AwsError } from '../core/errors.js';
import { readDocument, writeDocument, type DocumentFormat } from './document.js';
import { eventStreamBody, eventStreamMember, isAsyncIterable, type EventStreamEvent } from './event-stream.js';
import { checkJsonNesting } from './json-nesting.js';
import type { Model, Operation, ShapeRef } from './model.js';
import type { ProtocolCodec, ResponseMeta, WireResponse } from './types.js';
import { decodeBase64, parseTimestamp, setOwn, toBuffer } from './values.js';

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
    // Bytes that are not UTF-8 decode to U+FFFD; AWS's JSON services refuse the body rather than store the replacement.
    if (text.includes('\uFFFD') && !isUtf8(request.body)) throw new AwsError('SerializationException', '', 400);
    checkJsonNesting(text);
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
  const writePayload = eventPayloadWriter(model);
  const initial = Buffer.from(JSON.stringify(writeJsonValue(model, operation.output!, rest) ?? {}));
  const streamShape = model.resolve(outputShape.members![member]);
  return {
    status: 200,
    headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': meta.requestId },
    body: eventStreamBody(model, streamShape, events as AsyncIterable<EventStreamEvent>, writePayload, initial),
  };
}

/** Event payloads: a member marked `eventpayload` is the frame's raw body; otherwise the event is a JSON document. */
export function eventPayloadWriter(model: Model, contentType = 'application/json') {
  return Object.assign(
    (ref: ShapeRef, value: unknown) => {
      const shape = model.resolve(ref);
      const raw = Object.entries(shape.members ?? {}).find(([, member]) => member.eventpayload);
      if (raw) {
        const [name, member] = raw;
        const inner = (value as Record<string, unknown> | undefined)?.[name];
        const rawShape = model.resolve(member);
        if (rawShape.type === 'string') return { body: Buffer.from(String(inner ?? ''), 'utf8'), contentType: 'text/plain' };
        // A structure as the payload is the frame's whole JSON document.
        if (rawShape.type === 'structure') return Buffer.from(JSON.stringify(writeJsonValue(model, member, inner ?? {}) ?? {}));
        return { body: inner === undefined ? Buffer.alloc(0) : toBuffer(inner), contentType: 'application/octet-stream' };
      }
      return Buffer.from(JSON.stringify(writeJsonValue(model, ref, value) ?? {}));
    },
    { contentType },
  );
}

function contentType(model: Model): string {
  return `application/x-amz-json-${model.metadata.jsonVersion ?? '1.0'}`;
}

/** The JSON error document shared by awsJson and restJson1. */
export function jsonError(model: Model, error: AwsError, meta: ResponseMeta, type: string): WireResponse {
  const shape = model.errorShape(error.code);
  // The message goes under the member name the error's shape gives it: most say `message`, some
  // (DynamoDB's TransactionCanceledException) `Message`, as AWS sends them. An error AWS sends
  // without a message (SerializationException for undecodable bytes) has no message member.
  const members = shape?.shape.members;
  const messageMember = members && !('message' in members) && 'Message' in members ? 'Message' : 'message';
  const body: Record<string, unknown> = error.message ? { __type: error.code, [messageMember]: error.message } : { __type: error.code };
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

/** JSON's way with what documents carry differently: base64 blobs, epoch-second timestamps, NaN as a string. */
const JSON_FORMAT: DocumentFormat = {
  locationNames: true,
  awsTypeErrors: true,
  readBlob: (value, path) => (typeof value === 'string' ? decodeBase64(value, path) : undefined),
  readTimestamp: (value, ref, shape) =>
    typeof value === 'number' || typeof value === 'string' ? parseTimestamp(value, ref.timestampFormat ?? shape.timestampFormat) : undefined,
  readFloat(value) {
    if (typeof value === 'number') return value;
    // Smithy allows the strings NaN and Infinity for floating point members.
    if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
    return undefined;
  },
  writeBlob: (value) => value.toString('base64'),
  writeTimestamp(date, ref, shape) {
    const format = ref.timestampFormat ?? shape.timestampFormat;
    if (format === 'iso8601') return date.toISOString();
    if (format === 'rfc822') return date.toUTCString();
    return date.getTime() / 1000;
  },
  // JSON has no NaN or Infinity: Smithy writes them as strings.
  writeFloat: (value) => (Number.isFinite(value) ? value : String(value)),
  writeUntyped: (value) => toJsonSafe(value),
};

/** JSON document → provider values, guided by the shape. Unknown members are dropped. */
export function readJsonValue(model: Model, ref: ShapeRef, value: unknown, path: string): unknown {
  return readDocument(JSON_FORMAT, model, ref, value, path);
}

/** Provider values → JSON document. Undefined and null members are left out. */
export function writeJsonValue(model: Model, ref: ShapeRef, value: unknown): unknown {
  return writeDocument(JSON_FORMAT, model, ref, value);
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


export type { Operation };
