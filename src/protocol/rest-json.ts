/**
 * restJson1 (botocore `rest-json`): HTTP bindings from the model (see
 * rest-binding.ts) plus a JSON document body, or a raw payload member.
 * JSON defaults: timestamps epoch seconds, blobs base64, member keys from
 * `locationName`.
 */
import { AwsError } from '../core/errors.js';
import type { Model, Operation, ShapeRef } from './model.js';
import type { ProtocolCodec, ResponseMeta, WireRequest, WireResponse } from './types.js';
import {
  fillIdempotencyTokens,
  isBodyValue,
  isRawPayload,
  rawPayloadBody,
  rawPayloadContentType,
  readHttpBindings,
  readRawPayload,
  responseBodyMembers,
  responseStatus,
  setHeader,
  shapeBindings,
  statusHasNoBody,
  writeExtraHeaders,
  writeHeaderBindings,
  type MemberBinding,
} from './rest-binding.js';
import { matchOperation } from './rest-routes.js';
import { eventPayloadWriter, readJsonValue, toJsonSafe, writeJsonMembers, writeJsonValue } from './json.js';
import { checkJsonNesting } from './json-nesting.js';
import { eventStreamBody, isAsyncIterable, type EventStreamEvent } from './event-stream.js';
import { toBuffer } from './values.js';

const JSON_CONTENT_TYPE = 'application/json';

function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, 400);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as JSON: an object, unless `anyValue` (a document payload may be a string, number, list...). */
function parseJsonDocument(body: Buffer, anyValue = false): Record<string, unknown> | undefined {
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  checkJsonNesting(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw serializationError(`Could not parse request body into json: ${(error as Error).message}`);
  }
  if (anyValue) return doc as Record<string, unknown>;
  if (!isPlainObject(doc)) throw serializationError('Could not parse request body into json: the body is not a JSON object.');
  return doc;
}

function readBodyMembers(model: Model, members: MemberBinding[], doc: Record<string, unknown>, input: Record<string, unknown>): void {
  for (const member of members) {
    if (!Object.prototype.hasOwnProperty.call(doc, member.wireName)) continue;
    const value = readJsonValue(model, member.ref, doc[member.wireName], member.name);
    if (value !== undefined) input[member.name] = value;
  }
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
        const doc = parseJsonDocument(request.body, Boolean(payload.shape.document));
        if (doc !== undefined) {
          const value = readJsonValue(model, payload.ref, doc, payload.name);
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
      return { status, headers, body: JSON.stringify(writeJsonValue(model, payload.ref, value) ?? {}) };
    }
    const body = responseBodyMembers(bindings);
    if (body.length === 0) return { status, headers };
    setHeader(headers, 'Content-Type', JSON_CONTENT_TYPE);
    return { status, headers, body: JSON.stringify(writeJsonMembers(model, values, body)) };
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
      Object.assign(body, writeJsonMembers(model, fields, bindings.body));
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
