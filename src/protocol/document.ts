import { AwsError } from '../core/errors.js';
import { MemberPath } from './member-path.js';
import type { Model, Shape, ShapeRef } from './model.js';
import { mapEntries, setOwn, toBuffer, toDate } from './values.js';

/**
 * Walking a decoded document (JSON or CBOR) against the model, both ways.
 * Structures, lists, maps, strings, booleans and integers read the same in
 * every document protocol; what differs (blobs, timestamps, floats, member
 * names) is the format's.
 */
export interface DocumentFormat {
  /** Honour `locationName` for member names (JSON does; RPC v2 CBOR uses member names). */
  locationNames: boolean;
  /** A value of the wrong kind is refused in the words of AWS's JSON services ("STRING_VALUE can not be converted to an Integer"). */
  awsTypeErrors?: boolean;
  /** `path` names the value if it is not a valid blob (written as the payload when empty). */
  readBlob(value: unknown, path: MemberPath): Buffer | undefined;
  readTimestamp(value: unknown, ref: ShapeRef, shape: Shape): Date | undefined;
  /** A float member's value, or undefined when the value is not a number in this format. */
  readFloat(value: unknown): number | undefined;
  writeBlob(value: Buffer): unknown;
  writeTimestamp(value: Date, ref: ShapeRef, shape: Shape): unknown;
  writeFloat(value: number): unknown;
  /** Untyped values (documents) as the format carries them. */
  writeUntyped(value: unknown): unknown;
}

/** Nesting deeper than any service accepts; past it a document is refused rather than read (or overflow the stack). */
const MAX_NESTING = 1000;

export function typeMismatch(path: MemberPath | string, expected: string, value?: unknown, shape?: Shape): AwsError {
  const aws = shape ? awsMismatchMessage(value, shape) : undefined;
  if (aws) return new AwsError('SerializationException', aws, 400);
  const written = String(path);
  const where = written ? ` at '${written}'` : '';
  return new AwsError('SerializationException', `Unexpected value type${where}: expected ${expected}.`, 400);
}

/** The Java type AWS's JSON deserializer names in its errors, with the article it writes. */
const JAVA_TYPES: Partial<Record<Shape['type'], string>> = {
  string: 'a String', integer: 'an Integer', long: 'a Long', short: 'a Short', byte: 'a Byte',
  float: 'a Float', double: 'a Double', bigdecimal: 'a BigDecimal', biginteger: 'a BigInteger', boolean: 'a Boolean',
};

/**
 * AWS's own words for a JSON value of the wrong kind ("STRING_VALUE can not be converted to an
 * Integer", "Start of structure or map found where not expected."), as its services answer them.
 */
function awsMismatchMessage(value: unknown, shape: Shape): string | undefined {
  if (Array.isArray(value)) return 'Start of list found where not expected.';
  if (isObject(value)) return 'Start of structure or map found where not expected.';
  const token = typeof value === 'string' ? 'STRING_VALUE' : typeof value === 'number' || typeof value === 'bigint' ? 'NUMBER_VALUE' : value === true ? 'TRUE_VALUE' : value === false ? 'FALSE_VALUE' : undefined;
  const target = JAVA_TYPES[shape.type];
  if (!token || !target) return undefined;
  // A number that is not whole, for an integer member, is not a conversion AWS names this way.
  if (token === 'NUMBER_VALUE' && shape.type !== 'string' && shape.type !== 'boolean') return undefined;
  // AWS writes "an Boolean" when a string is given for a boolean (and "a Boolean" for a number).
  return `${token} can not be converted to ${token === 'STRING_VALUE' && shape.type === 'boolean' ? 'an Boolean' : target}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value) && !(value instanceof Date);
}

const memberIndexes = new WeakMap<DocumentFormat, WeakMap<Shape, Map<string, { name: string; member: ShapeRef }>>>();

/** A structure's members by the name they have on the wire in this format. */
function membersByWireName(format: DocumentFormat, shape: Shape): Map<string, { name: string; member: ShapeRef }> {
  let byShape = memberIndexes.get(format);
  if (!byShape) {
    byShape = new WeakMap();
    memberIndexes.set(format, byShape);
  }
  let index = byShape.get(shape);
  if (!index) {
    index = new Map();
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      index.set(format.locationNames ? (member.locationName ?? name) : name, { name, member });
    }
    byShape.set(shape, index);
  }
  return index;
}

/** Decoded document → provider values, guided by the shape. Unknown members are dropped. `path` names the value in errors. */
export function readDocument(format: DocumentFormat, model: Model, ref: ShapeRef, value: unknown, path: string): unknown {
  return readValue(format, model, ref, value, new MemberPath(path), 0);
}

function readValue(format: DocumentFormat, model: Model, ref: ShapeRef, value: unknown, path: MemberPath, depth: number): unknown {
  if (value === null || value === undefined) return undefined;
  if (depth > MAX_NESTING) throw new AwsError('SerializationException', `The document is nested more than ${MAX_NESTING} levels deep.`, 400);
  const shape: Shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      // A document is any JSON value: a string, number, boolean or list as much as an object.
      if (shape.document) return value;
      if (!isObject(value)) throw typeMismatch(path, 'a structure');
      const out: Record<string, unknown> = {};
      // Walk the members the document has (a union such as DynamoDB's AttributeValue has ten and sets one).
      const byWireName = membersByWireName(format, shape);
      for (const wireName of Object.keys(value)) {
        const entry = byWireName.get(wireName);
        if (!entry) continue;
        path.member(entry.name);
        const parsed = readValue(format, model, entry.member, value[wireName], path, depth + 1);
        path.leave();
        if (parsed !== undefined) out[entry.name] = parsed;
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) throw typeMismatch(path, 'a list', value, format.awsTypeErrors ? shape : undefined);
      const out = new Array<unknown>(value.length);
      for (let index = 0; index < value.length; index++) {
        path.item(index);
        out[index] = readValue(format, model, shape.member!, value[index], path, depth + 1) ?? null;
        path.leave();
      }
      return out;
    }
    case 'map': {
      if (!isObject(value)) throw typeMismatch(path, 'a map');
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        path.text(key);
        const parsed = readValue(format, model, shape.value!, item, path, depth + 1);
        path.leave();
        if (parsed !== undefined) setOwn(out, key, parsed);
      }
      return out;
    }
    case 'string':
      if (typeof value !== 'string') throw typeMismatch(path, 'a string', value, format.awsTypeErrors ? shape : undefined);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw typeMismatch(path, 'a boolean', value, format.awsTypeErrors ? shape : undefined);
      return value;
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger': {
      const number = typeof value === 'bigint' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isInteger(number)) throw typeMismatch(path, 'an integer', value, format.awsTypeErrors ? shape : undefined);
      return number;
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const number = format.readFloat(value);
      if (number === undefined) throw typeMismatch(path, 'a number', value, format.awsTypeErrors ? shape : undefined);
      return number;
    }
    case 'timestamp': {
      const date = format.readTimestamp(value, ref, shape);
      if (!date) throw typeMismatch(path, 'a timestamp');
      return date;
    }
    case 'blob': {
      const bytes = format.readBlob(value, path);
      if (!bytes) throw typeMismatch(path, 'a blob');
      return bytes;
    }
    default:
      return value;
  }
}

/** Provider values → a document. Undefined and null members are left out. */
export function writeDocument(format: DocumentFormat, model: Model, ref: ShapeRef, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (shape.document) return format.writeUntyped(value);
      const out: Record<string, unknown> = {};
      const source = value as Record<string, unknown>;
      const members = shape.members ?? {};
      for (const name of Object.keys(source)) {
        if (!Object.prototype.hasOwnProperty.call(members, name)) continue;
        const member = members[name];
        if (member.location) continue; // rest bindings are written elsewhere
        const written = writeDocument(format, model, member, source[name]);
        if (written !== undefined) out[format.locationNames ? (member.locationName ?? name) : name] = written;
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return value.map((item) => writeDocument(format, model, shape.member!, item) ?? null);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of mapEntries(value)) {
        const written = writeDocument(format, model, shape.value!, item);
        if (written !== undefined) setOwn(out, key, written);
      }
      return out;
    }
    case 'timestamp':
      return format.writeTimestamp(toDate(value), ref, shape);
    case 'blob':
      return format.writeBlob(toBuffer(value));
    case 'float':
    case 'double':
    case 'bigdecimal':
      return format.writeFloat(Number(value));
    default:
      return value;
  }
}
