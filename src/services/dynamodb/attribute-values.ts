import { invalidParameter, validation } from './errors.js';
import { compareNumbers, normalizeNumber, parseNumber } from './numbers.js';
import { ownValue, setOwnValue } from '../../core/keyed-record.js';

/** An attribute value as the JSON codec hands it over: exactly one member set; B and BS are Buffers. */
export interface AttributeValue {
  S?: string;
  N?: string;
  B?: Buffer;
  SS?: string[];
  NS?: string[];
  BS?: Buffer[];
  M?: Record<string, AttributeValue>;
  L?: AttributeValue[];
  NULL?: boolean;
  BOOL?: boolean;
}
export type Item = Record<string, AttributeValue>;
export type TypeName = 'S' | 'N' | 'B' | 'SS' | 'NS' | 'BS' | 'M' | 'L' | 'NULL' | 'BOOL';

const TYPE_NAMES: ReadonlySet<string> = new Set<TypeName>(['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL']);
/** DynamoDB documents nest at most 32 levels. */
export const MAX_DEPTH = 32;
export const MAX_ITEM_SIZE = 400 * 1024;

export function typeOf(value: AttributeValue): TypeName {
  if (value.S !== undefined) return 'S';
  if (value.N !== undefined) return 'N';
  if (value.M !== undefined) return 'M';
  if (value.L !== undefined) return 'L';
  if (value.B !== undefined) return 'B';
  if (value.BOOL !== undefined) return 'BOOL';
  if (value.NULL !== undefined) return 'NULL';
  if (value.SS !== undefined) return 'SS';
  if (value.NS !== undefined) return 'NS';
  return 'BS';
}

const SET_NAMES: Record<string, string> = { SS: 'string', NS: 'number', BS: 'binary' };

/**
 * Checks a value from a request and returns it normalized (numbers in
 * canonical form). Throws DynamoDB's ValidationException otherwise.
 */
export function checkValue(value: unknown, depth = 1): AttributeValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw validation('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  }
  const av = value as AttributeValue;
  let type: TypeName | undefined;
  let count = 0;
  // The members present (one, normally), rather than all ten types.
  for (const name in av) {
    if ((av as Record<string, unknown>)[name] === undefined || !TYPE_NAMES.has(name)) continue;
    count++;
    type = name as TypeName;
  }
  if (count === 0) throw validation('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  // AWS reads numbers as it decodes the value, so an unreadable one is reported before a second datatype.
  if (count > 1 && typeof av.N === 'string') normalizeNumber(av.N);
  if (count > 1) throw validation('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
  if (depth > MAX_DEPTH) throw validation('Nesting Levels have exceeded supported limits');
  switch (type!) {
    case 'S':
    case 'B':
    case 'BOOL':
      return av;
    case 'NULL':
      if (av.NULL !== true) throw invalidParameter('Null attribute value types must have the value of true');
      return av;
    case 'N':
      return { N: normalizeNumber(av.N!) };
    case 'SS': {
      const members = av.SS!;
      if (!members.length) throw invalidParameter('An string set  may not be empty');
      if (members.some((m) => m === null)) throw validation('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
      if (new Set(members).size !== members.length) throw duplicates(members, 'SS');
      return av;
    }
    case 'NS': {
      const members = av.NS!;
      if (!members.length) throw invalidParameter('An number set  may not be empty');
      const normalized = members.map((m) => (m === null ? notANumber() : normalizeNumber(m)));
      if (new Set(normalized).size !== normalized.length) throw duplicates(members, 'NS');
      return { NS: normalized };
    }
    case 'BS': {
      const members = av.BS!;
      if (!members.length) throw invalidParameter('Binary sets should not be empty');
      const seen = new Set(members.map((m) => (m ? m.toString('base64') : '')));
      if (seen.size !== members.length) throw duplicates(members.map((m) => (m ? m.toString('base64') : '')), 'BS');
      return av;
    }
    case 'L': {
      const list = av.L!;
      return { L: list.map((element) => checkValue(element, depth + 1)) };
    }
    case 'M': {
      const out: Record<string, AttributeValue> = {};
      for (const [name, element] of Object.entries(av.M!)) setOwnValue(out, name, checkValue(element, depth + 1));
      return { M: out };
    }
  }
}

function notANumber(): never {
  throw validation('The parameter cannot be converted to a numeric value');
}

/** AWS words a duplicate differently for each set type. */
function duplicates(members: string[], type: 'SS' | 'NS' | 'BS') {
  if (type === 'NS') return validation('Input collection contains duplicates');
  return invalidParameter(`Input collection [${members.join(', ')}]${type === 'BS' ? 'of type BS' : ''} contains duplicates.`);
}

/** Checks every attribute of an item (attribute names must not be empty). */
export function checkItem(item: Record<string, unknown>): Item {
  const out: Item = {};
  for (const [name, value] of Object.entries(item)) {
    if (name === '') throw invalidParameter('An AttributeValue may not contain an empty attribute name');
    setOwnValue(out, name, checkValue(value));
  }
  return out;
}

/** Digits pair up in base 100 around the decimal point; one more byte, and one for a negative sign. */
function numberSize(text: string): number {
  if (/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(text)) {
    // Canonical text (every stored number is): read the digit positions without re-parsing.
    const negative = text.charCodeAt(0) === 45;
    const body = negative ? text.slice(1) : text;
    if (body === '0') return 1;
    const point = body.indexOf('.');
    const whole = point < 0 ? body : body.slice(0, point);
    const fraction = point < 0 ? '' : body.slice(point + 1);
    let high: number;
    let low: number;
    if (whole !== '0') {
      high = whole.length - 1;
      if (fraction) low = -fraction.length;
      else {
        let zeros = 0;
        while (whole.charCodeAt(whole.length - 1 - zeros) === 48) zeros++;
        low = zeros;
      }
    } else {
      let zeros = 0;
      while (fraction.charCodeAt(zeros) === 48) zeros++;
      high = -(zeros + 1);
      low = -fraction.length;
    }
    return Math.floor(high / 2) - Math.floor(low / 2) + 1 + 1 + (negative ? 1 : 0);
  }
  const n = parseNumber(text);
  if (!n.digits) return 1;
  // Digits are stored in base-100 pairs aligned on the decimal point, plus one byte.
  const high = n.digits.length - 1 + n.exponent;
  const low = n.exponent;
  const pairs = Math.floor(high / 2) - Math.floor(low / 2) + 1;
  return pairs + 1 + (n.negative ? 1 : 0);
}

/** Size of a value as DynamoDB counts it toward the 400 KB item limit and capacity. */
export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S, 'utf8');
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s, 'utf8'), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.length, 0);
  if (value.L !== undefined) return value.L.reduce((sum, v) => sum + 1 + valueSize(v), 3);
  let size = 3;
  for (const [name, v] of Object.entries(value.M ?? {})) size += Buffer.byteLength(name, 'utf8') + 1 + valueSize(v);
  return size;
}

export function itemSize(item: Item): number {
  let size = 0;
  for (const name in item) size += Buffer.byteLength(name, 'utf8') + valueSize(item[name]);
  return size;
}

/** Deep equality as DynamoDB compares values (sets ignore order). */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  if (type !== typeOf(b)) return false;
  switch (type) {
    case 'S':
      return a.S === b.S;
    case 'N':
      return compareNumbers(a.N!, b.N!) === 0;
    case 'B':
      return a.B!.equals(b.B!);
    case 'BOOL':
      return a.BOOL === b.BOOL;
    case 'NULL':
      return true;
    case 'SS':
      return sameMembers(a.SS!, b.SS!, (x) => x);
    case 'NS':
      return sameMembers(a.NS!, b.NS!, (x) => normalizeNumber(x));
    case 'BS':
      return sameMembers(a.BS!, b.BS!, (x) => x.toString('base64'));
    case 'L':
      return a.L!.length === b.L!.length && a.L!.every((v, i) => valuesEqual(v, b.L![i]));
    case 'M': {
      const ka = Object.keys(a.M!);
      if (ka.length !== Object.keys(b.M!).length) return false;
      return ka.every((k) => ownValue(b.M, k) !== undefined && valuesEqual(a.M![k], b.M![k]));
    }
  }
}

function sameMembers<T>(a: T[], b: T[], key: (value: T) => string): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a.map(key));
  return b.every((v) => set.has(key(v)));
}

/** Orders two scalar values of the same type (S by UTF-8 bytes, N numerically, B bytewise). */
export function compareScalars(a: AttributeValue, b: AttributeValue): number {
  if (a.N !== undefined) return compareNumbers(a.N, b.N!);
  if (a.S !== undefined) return Buffer.compare(Buffer.from(a.S, 'utf8'), Buffer.from(b.S!, 'utf8'));
  return Buffer.compare(a.B!, b.B!);
}

/** Item → JSON text for the store (binaries as base64, the wire form). */
export function serializeItem(item: Item): string {
  // A replacer slows JSON.stringify down for every value: only items holding binaries need one.
  return hasBinary(item) ? JSON.stringify(item, bufferAsBase64) : JSON.stringify(item);
}

function hasBinary(item: Record<string, AttributeValue>): boolean {
  for (const name in item) {
    const value = item[name];
    if (value.B !== undefined || value.BS !== undefined) return true;
    if (value.M !== undefined && hasBinary(value.M)) return true;
    if (value.L !== undefined && value.L.some((element) => hasBinary({ element }))) return true;
  }
  return false;
}

function bufferAsBase64(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return Buffer.isBuffer(raw) ? raw.toString('base64') : value;
}

/** JSON text from the store → item, binaries back to Buffers. */
export function deserializeItem(text: string): Item {
  const item = JSON.parse(text) as Item;
  if (text.includes('"B')) reviveBinaries(item);
  return item;
}

function reviveBinaries(item: Record<string, AttributeValue>): void {
  for (const name in item) reviveValue(item[name]);
}

function reviveValue(value: AttributeValue): void {
  if (typeof value.B === 'string') value.B = Buffer.from(value.B as unknown as string, 'base64');
  else if (value.BS) value.BS = (value.BS as unknown as string[]).map((b) => Buffer.from(b, 'base64'));
  else if (value.L) value.L.forEach(reviveValue);
  else if (value.M) reviveBinaries(value.M);
}

/** A deep copy, so that changes to a working item never touch the stored one. */
export function cloneValue(value: AttributeValue): AttributeValue {
  if (value.L) return { L: value.L.map(cloneValue) };
  if (value.M) {
    const out: Record<string, AttributeValue> = {};
    for (const k in value.M) setOwnValue(out, k, cloneValue(value.M[k]));
    return { M: out };
  }
  if (value.SS) return { SS: [...value.SS] };
  if (value.NS) return { NS: [...value.NS] };
  if (value.BS) return { BS: [...value.BS] };
  return { ...value };
}

export function cloneItem(item: Item): Item {
  const out: Item = {};
  for (const k in item) setOwnValue(out, k, cloneValue(item[k]));
  return out;
}
