import { AwsError } from '../core/errors.js';
import { CborError, CborFloat, decodeCbor, encodeCbor } from './cbor.js';
import type { Model, Operation, Shape, ShapeRef } from './model.js';
import type { ProtocolCodec, ResponseMeta, WireResponse } from './types.js';
import { parseTimestamp, toBuffer, toDate } from './values.js';

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
    const service = decodeURIComponent(match[1]);
    const name = decodeURIComponent(match[2]);
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

/** The smithy namespace of a service's shapes, e.g. com.amazonaws.cloudwatch. */
export function smithyNamespace(model: Model): string {
  return `com.amazonaws.${model.metadata.serviceId.toLowerCase().replace(/\s+/g, '')}`;
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

function typeMismatch(path: string, expected: string): AwsError {
  const where = path ? ` at '${path}'` : '';
  return new AwsError('SerializationException', `Unexpected value type${where}: expected ${expected}.`, 400);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value) && !(value instanceof Date);
}

/** Decoded CBOR → provider values, guided by the shape. Unknown members are dropped. */
export function readCborValue(model: Model, ref: ShapeRef, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return undefined;
  const shape: Shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (!isMap(value)) throw typeMismatch(path, 'a structure');
      if (shape.document) return value;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (!Object.prototype.hasOwnProperty.call(value, name)) continue;
        const parsed = readCborValue(model, member, value[name], join(path, name));
        if (parsed !== undefined) out[name] = parsed;
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) throw typeMismatch(path, 'a list');
      return value.map((item, index) => readCborValue(model, shape.member!, item, `${path}.${index + 1}.member`) ?? null);
    case 'map': {
      if (!isMap(value)) throw typeMismatch(path, 'a map');
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const parsed = readCborValue(model, shape.value!, item, `${path}.${key}`);
        if (parsed !== undefined) out[key] = parsed;
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
    case 'biginteger': {
      const number = typeof value === 'bigint' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isInteger(number)) throw typeMismatch(path, 'an integer');
      return number;
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const number = typeof value === 'bigint' ? Number(value) : value;
      if (typeof number !== 'number') throw typeMismatch(path, 'a number');
      return number;
    }
    case 'timestamp': {
      if (value instanceof Date) return value;
      const date = typeof value === 'number' ? parseTimestamp(value) : undefined;
      if (!date) throw typeMismatch(path, 'a timestamp');
      return date;
    }
    case 'blob':
      if (Buffer.isBuffer(value)) return value;
      if (typeof value === 'string') return Buffer.from(value, 'utf8');
      throw typeMismatch(path, 'a byte string');
    default:
      return value;
  }
}

/** Provider values → CBOR-ready values (Dates for timestamps, Buffers for blobs, CborFloat for floats). */
export function writeCborValue(model: Model, ref: ShapeRef, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (shape.document) return value;
      const out: Record<string, unknown> = {};
      const source = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const written = writeCborValue(model, member, source[name]);
        if (written !== undefined) out[name] = written;
      }
      return out;
    }
    case 'list':
      return (value as unknown[]).map((item) => writeCborValue(model, shape.member!, item) ?? null);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const written = writeCborValue(model, shape.value!, item);
        if (written !== undefined) out[key] = written;
      }
      return out;
    }
    case 'timestamp':
      return toDate(value);
    case 'blob':
      return toBuffer(value);
    case 'float':
    case 'double':
      return new CborFloat(Number(value));
    default:
      return value;
  }
}

function join(path: string, name: string): string {
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  return path ? `${path}.${camel}` : camel;
}

export type { Operation };
