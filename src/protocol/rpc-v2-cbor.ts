import { AwsError } from '../core/errors.js';
import { CborError, CborFloat, decodeCbor, encodeCbor } from './cbor.js';
import { readDocument, writeDocument, type DocumentFormat } from './document.js';
import type { Model, Operation, ShapeRef } from './model.js';
import type { ProtocolCodec, ResponseMeta, WireResponse } from './types.js';
import { parseTimestamp } from './values.js';

/**
 * Smithy RPC v2 CBOR: `POST /service/<ServiceName>/operation/<Operation>`
 * with `smithy-protocol: rpc-v2-cbor`, the input and output as CBOR maps
 * keyed by member name. Timestamps are tag 1 (epoch seconds), blobs byte
 * strings. Errors carry `__type` (the error's shape id) and, for services
 * that were once query services, the `x-amzn-query-error` header.
 */
const OPERATION_PATH = /^\/service\/([^/]+)\/operation\/([^/]+)$/;

export const rpcV2CborCodec: ProtocolCodec = {
  name: 'smithy-rpc-v2-cbor',

  operationName(model, request) {
    const match = OPERATION_PATH.exec(request.path);
    if (!match || request.method !== 'POST') return undefined;
    const service = decodePathSegment(match[1]);
    const name = decodePathSegment(match[2]);
    if (service === undefined || name === undefined) return undefined;
    if (model.metadata.targetPrefix && service !== model.metadata.targetPrefix && service !== model.metadata.serviceId.replace(/ /g, '')) {
      return undefined;
    }
    return model.operation(name) ? name : undefined;
  },

  parse(model, operation, request) {
    if (!operation.input) return {};
    if (!request.body.length) return {};
    let document: unknown;
    try {
      document = decodeCbor(request.body);
    } catch (error) {
      if (error instanceof CborError) throw new AwsError('SerializationException', `The request body is not valid CBOR: ${error.message}.`, 400);
      throw error;
    }
    if (document === null || document === undefined) return {};
    if (typeof document !== 'object' || Array.isArray(document) || Buffer.isBuffer(document) || document instanceof Date) {
      throw new AwsError('SerializationException', 'The request body must be a CBOR map.', 400);
    }
    return readCborValue(model, operation.input, document, '') as Record<string, unknown>;
  },

  serialize(model, operation, output, meta) {
    const headers: Record<string, string> = {
      'smithy-protocol': 'rpc-v2-cbor',
      'x-amzn-requestid': meta.requestId,
    };
    if (!operation.output) return { status: 200, headers, body: Buffer.alloc(0) };
    headers['content-type'] = 'application/cbor';
    const value = writeCborValue(model, operation.output, output ?? {}) ?? {};
    return { status: 200, headers, body: encodeCbor(value) };
  },

  serializeError(model, _operation, error, meta) {
    return cborError(model, error, meta);
  },
};

/** A percent-decoded path segment, or undefined when its escapes are broken (the request then names no operation). */
function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The smithy namespace of a service's shapes, e.g. com.amazonaws.cloudwatch. */
export function smithyNamespace(model: Model): string {
  const service = model.metadata.serviceId ?? model.metadata.targetPrefix ?? model.metadata.endpointPrefix ?? '';
  return `com.amazonaws.${service.toLowerCase().replace(/\s+/g, '')}`;
}

function cborError(model: Model, error: AwsError, meta: ResponseMeta): WireResponse {
  const shape = model.errorShape(error.code);
  const shapeName = shape?.name ?? error.code;
  const body: Record<string, unknown> = { __type: `${smithyNamespace(model)}#${shapeName}`, message: error.message };
  if (shape && Object.keys(error.fields).length) {
    Object.assign(body, writeCborValue(model, { shape: shape.name }, error.fields) as object);
  }
  const headers: Record<string, string> = {
    'content-type': 'application/cbor',
    'smithy-protocol': 'rpc-v2-cbor',
    'x-amzn-requestid': meta.requestId,
    ...error.headers,
  };
  if (model.metadata.awsQueryCompatible) {
    headers['x-amzn-query-error'] = `${error.queryCode ?? model.queryErrorCode(error.code)};${error.senderFault ? 'Sender' : 'Receiver'}`;
  }
  return { status: error.status, headers, body: encodeCbor(body) };
}

/** CBOR carries bytes, tagged epoch timestamps and floats natively; members go by their model names. */
const CBOR_FORMAT: DocumentFormat = {
  locationNames: false,
  readBlob(value) {
    if (Buffer.isBuffer(value)) return value;
    if (typeof value === 'string') return Buffer.from(value, 'utf8');
    return undefined;
  },
  readTimestamp(value) {
    if (value instanceof Date) return value;
    return typeof value === 'number' ? parseTimestamp(value) : undefined;
  },
  readFloat(value) {
    const number = typeof value === 'bigint' ? Number(value) : value;
    return typeof number === 'number' ? number : undefined;
  },
  writeBlob: (value) => value,
  writeTimestamp: (value) => value,
  writeFloat: (value) => new CborFloat(value),
  writeUntyped: (value) => value,
};

/** Decoded CBOR → provider values, guided by the shape. Unknown members are dropped. */
export function readCborValue(model: Model, ref: ShapeRef, value: unknown, path: string): unknown {
  return readDocument(CBOR_FORMAT, model, ref, value, path);
}

/** Provider values → CBOR-ready values (Dates for timestamps, Buffers for blobs, CborFloat for floats). */
export function writeCborValue(model: Model, ref: ShapeRef, value: unknown): unknown {
  return writeDocument(CBOR_FORMAT, model, ref, value);
}

export type { Operation };
