/**
 * CBOR (RFC 8949), as the Smithy RPC v2 CBOR protocol uses it.
 *
 * Encoding maps JavaScript values to the shortest CBOR form: integers to
 * major types 0/1, other numbers to floats, strings to text strings, Buffers
 * and Uint8Arrays to byte strings, arrays, plain objects and Maps to maps,
 * Dates to tag 1 (epoch seconds), and CborFloat / CborTag for callers that
 * need a float where an integer would fit, or a tag of their choosing.
 *
 * Decoding accepts every well-formed item, definite and indefinite length,
 * half/single/double floats, tags (tag 1 becomes a Date; others a CborTag),
 * and the simple values. 64-bit integers beyond 2^53 become bigints.
 */

/** A number that must be written as a float (e.g. a `double` member holding 5). */
export class CborFloat {
  constructor(readonly value: number) {}
}

/** A tagged item other than tag 1 (epoch time). */
export class CborTag {
  constructor(
    readonly tag: number,
    readonly value: unknown,
  ) {}
}

/** Thrown on malformed input; protocol codecs turn it into a SerializationException. */
export class CborError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CborError';
  }
}

// ---------------------------------------------------------------- encoding

class Writer {
  private buffer = Buffer.allocUnsafe(256);
  private length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + bytes) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** The initial byte and argument of an item (major type 0–7). */
  head(major: number, argument: number | bigint): void {
    const type = major << 5;
    if (typeof argument === 'bigint') {
      if (argument < 2n ** 32n) {
        this.head(major, Number(argument));
        return;
      }
      this.reserve(9);
      this.buffer[this.length++] = type | 27;
      this.buffer.writeBigUInt64BE(argument, this.length);
      this.length += 8;
      return;
    }
    if (argument < 24) {
      this.byte(type | argument);
    } else if (argument < 0x100) {
      this.reserve(2);
      this.buffer[this.length++] = type | 24;
      this.buffer[this.length++] = argument;
    } else if (argument < 0x10000) {
      this.reserve(3);
      this.buffer[this.length++] = type | 25;
      this.buffer.writeUInt16BE(argument, this.length);
      this.length += 2;
    } else if (argument < 0x100000000) {
      this.reserve(5);
      this.buffer[this.length++] = type | 26;
      this.buffer.writeUInt32BE(argument, this.length);
      this.length += 4;
    } else {
      this.head(major, BigInt(argument));
    }
  }

  float64(value: number): void {
    this.reserve(9);
    this.buffer[this.length++] = 0xfb;
    this.buffer.writeDoubleBE(value, this.length);
    this.length += 8;
  }

  float32(value: number): void {
    this.reserve(5);
    this.buffer[this.length++] = 0xfa;
    this.buffer.writeFloatBE(value, this.length);
    this.length += 4;
  }

  result(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
}

export function encodeCbor(value: unknown): Buffer {
  const writer = new Writer();
  writeItem(writer, value);
  return writer.result();
}

function writeItem(writer: Writer, value: unknown): void {
  if (value === null) return writer.byte(0xf6);
  if (value === undefined) return writer.byte(0xf7);
  switch (typeof value) {
    case 'boolean':
      return writer.byte(value ? 0xf5 : 0xf4);
    case 'number':
      return writeNumber(writer, value, false);
    case 'bigint':
      if (value >= 0n) return writer.head(0, value);
      return writer.head(1, -1n - value);
    case 'string': {
      const bytes = Buffer.from(value, 'utf8');
      writer.head(3, bytes.length);
      return writer.bytes(bytes);
    }
    default:
      break;
  }
  if (value instanceof CborFloat) return writeNumber(writer, value.value, true);
  if (value instanceof Date) {
    writer.head(6, 1);
    const seconds = value.getTime() / 1000;
    return writeNumber(writer, seconds, !Number.isInteger(seconds));
  }
  if (value instanceof CborTag) {
    writer.head(6, value.tag);
    return writeItem(writer, value.value);
  }
  if (value instanceof Uint8Array) {
    writer.head(2, value.length);
    return writer.bytes(value);
  }
  if (Array.isArray(value)) {
    writer.head(4, value.length);
    for (const item of value) writeItem(writer, item);
    return;
  }
  if (value instanceof Map) {
    writer.head(5, value.size);
    for (const [key, item] of value) {
      writeItem(writer, key);
      writeItem(writer, item);
    }
    return;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    writer.head(5, entries.length);
    for (const [key, item] of entries) {
      writeItem(writer, key);
      writeItem(writer, item);
    }
    return;
  }
  throw new CborError(`cannot encode a ${typeof value} as CBOR`);
}

function writeNumber(writer: Writer, value: number, asFloat: boolean): void {
  if (!asFloat && Number.isSafeInteger(value) && !Object.is(value, -0)) {
    if (value >= 0) writer.head(0, value);
    else writer.head(1, -1 - value);
    return;
  }
  // The shortest float that holds the value exactly (NaN and the infinities fit in single precision).
  if (Number.isNaN(value) || !Number.isFinite(value) || Math.fround(value) === value) writer.float32(value);
  else writer.float64(value);
}

// ---------------------------------------------------------------- decoding

const BREAK = Symbol('break');

class Reader {
  offset = 0;
  constructor(readonly data: Buffer) {}

  need(bytes: number): void {
    if (this.offset + bytes > this.data.length) throw new CborError(`unexpected end of CBOR data at byte ${this.offset}`);
  }

  uint8(): number {
    this.need(1);
    return this.data[this.offset++];
  }

  /** The argument that follows an initial byte with additional info `info`; -1 for indefinite length. */
  argument(info: number): number | bigint {
    if (info < 24) return info;
    switch (info) {
      case 24:
        return this.uint8();
      case 25: {
        this.need(2);
        const value = this.data.readUInt16BE(this.offset);
        this.offset += 2;
        return value;
      }
      case 26: {
        this.need(4);
        const value = this.data.readUInt32BE(this.offset);
        this.offset += 4;
        return value;
      }
      case 27: {
        this.need(8);
        const value = this.data.readBigUInt64BE(this.offset);
        this.offset += 8;
        return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
      }
      case 31:
        return -1;
      default:
        throw new CborError(`reserved additional information ${info} at byte ${this.offset - 1}`);
    }
  }

  take(length: number): Buffer {
    this.need(length);
    const slice = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}

/** Decodes exactly one CBOR data item; trailing bytes are an error. */
export function decodeCbor(data: Buffer | Uint8Array): unknown {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const reader = new Reader(buffer);
  const value = readItem(reader, 0);
  if (value === BREAK) throw new CborError('unexpected break code');
  if (reader.offset !== buffer.length) throw new CborError(`${buffer.length - reader.offset} bytes of trailing data after the CBOR item`);
  return value;
}

const MAX_DEPTH = 256;

function readItem(reader: Reader, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new CborError('CBOR data nested too deeply');
  const initial = reader.uint8();
  const major = initial >> 5;
  const info = initial & 0x1f;
  switch (major) {
    case 0: {
      const value = reader.argument(info);
      if (value === -1) throw new CborError('indefinite length is not allowed for an integer');
      return value;
    }
    case 1: {
      const value = reader.argument(info);
      if (value === -1) throw new CborError('indefinite length is not allowed for an integer');
      if (typeof value === 'bigint') {
        const negative = -1n - value;
        return negative >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(negative) : negative;
      }
      return -1 - value;
    }
    case 2:
    case 3: {
      const length = reader.argument(info);
      let bytes: Buffer;
      if (length === -1) {
        const chunks: Buffer[] = [];
        for (;;) {
          const next = reader.uint8();
          if (next === 0xff) break;
          if (next >> 5 !== major || (next & 0x1f) === 31) throw new CborError('an indefinite-length string may only hold definite strings of its own type');
          chunks.push(reader.take(toLength(reader.argument(next & 0x1f))));
        }
        bytes = Buffer.concat(chunks);
      } else {
        bytes = Buffer.from(reader.take(toLength(length)));
      }
      return major === 2 ? bytes : decodeUtf8(bytes);
    }
    case 4: {
      const length = reader.argument(info);
      const items: unknown[] = [];
      if (length === -1) {
        for (;;) {
          const item = readItem(reader, depth + 1);
          if (item === BREAK) break;
          items.push(item);
        }
      } else {
        const count = toLength(length);
        for (let i = 0; i < count; i++) items.push(readDefined(reader, depth + 1));
      }
      return items;
    }
    case 5: {
      const length = reader.argument(info);
      const out: Record<string, unknown> = {};
      const readEntry = (key: unknown): void => {
        const name = typeof key === 'string' ? key : typeof key === 'number' || typeof key === 'bigint' ? String(key) : undefined;
        if (name === undefined) throw new CborError('map keys must be strings or integers');
        const item = readDefined(reader, depth + 1);
        Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
      };
      if (length === -1) {
        for (;;) {
          const key = readItem(reader, depth + 1);
          if (key === BREAK) break;
          readEntry(key);
        }
      } else {
        const count = toLength(length);
        for (let i = 0; i < count; i++) readEntry(readDefined(reader, depth + 1));
      }
      return out;
    }
    case 6: {
      const tag = reader.argument(info);
      if (tag === -1) throw new CborError('indefinite length is not allowed for a tag');
      const value = readDefined(reader, depth + 1);
      if (tag === 1) {
        const seconds = typeof value === 'bigint' ? Number(value) : value;
        if (typeof seconds !== 'number') throw new CborError('tag 1 (epoch time) must hold a number');
        return new Date(seconds * 1000);
      }
      return new CborTag(Number(tag), value);
    }
    default:
      return readSimple(reader, info);
  }
}

function readDefined(reader: Reader, depth: number): unknown {
  const item = readItem(reader, depth);
  if (item === BREAK) throw new CborError('unexpected break code');
  return item;
}

function readSimple(reader: Reader, info: number): unknown {
  switch (info) {
    case 20:
      return false;
    case 21:
      return true;
    case 22:
      return null;
    case 23:
      return undefined;
    case 24: {
      const value = reader.uint8();
      if (value < 32) throw new CborError('invalid two-byte simple value');
      return undefined;
    }
    case 25: {
      const half = reader.take(2).readUInt16BE(0);
      return halfToNumber(half);
    }
    case 26:
      return reader.take(4).readFloatBE(0);
    case 27:
      return reader.take(8).readDoubleBE(0);
    case 31:
      return BREAK;
    default:
      if (info < 20) return undefined; // unassigned simple values
      throw new CborError(`reserved simple value ${info}`);
  }
}

function halfToNumber(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function toLength(value: number | bigint): number {
  if (typeof value === 'bigint' || value < 0) throw new CborError('length too large');
  return value;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CborError('a text string is not valid UTF-8');
  }
}
