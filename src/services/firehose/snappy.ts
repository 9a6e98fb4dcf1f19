/**
 * Snappy, as Firehose writes it: the framing format for CompressionFormat Snappy, and Hadoop's block
 * format for HADOOP_SNAPPY, around raw Snappy blocks. No npm package for Snappy is both pure JS and
 * kept up, so this is a small greedy encoder (4-byte hash matches, copies with 2-byte offsets):
 * its output is valid Snappy that any decoder reads, if a little larger than the C++ encoder's.
 */
import { crc32c } from '../../core/crc32.js';

const BLOCK = 65_536;
const HASH_BITS = 14;

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

class ByteWriter {
  private buffer: Buffer;
  length = 0;
  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(16, capacity));
  }
  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
  byte(b: number): void {
    this.reserve(1);
    this.buffer[this.length++] = b;
  }
  bytes(source: Uint8Array, start = 0, end = source.length): void {
    this.reserve(end - start);
    this.buffer.set(source.subarray(start, end), this.length);
    this.length += end - start;
  }
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function literal(out: ByteWriter, input: Uint8Array, start: number, end: number): void {
  const n = end - start - 1;
  if (n < 0) return;
  if (n < 60) out.byte(n << 2);
  else if (n < 0x100) (out.byte(60 << 2), out.byte(n));
  else if (n < 0x10000) (out.byte(61 << 2), out.byte(n & 0xff), out.byte(n >>> 8));
  else (out.byte(62 << 2), out.byte(n & 0xff), out.byte((n >>> 8) & 0xff), out.byte(n >>> 16));
  out.bytes(input, start, end);
}

function copy(out: ByteWriter, offset: number, length: number): void {
  while (length > 0) {
    const n = Math.min(length, 64);
    out.byte(((n - 1) << 2) | 2);
    out.byte(offset & 0xff);
    out.byte(offset >>> 8);
    length -= n;
  }
}

/** One raw Snappy block of the whole input (matches stay within 64 KiB windows). */
export function snappyRaw(input: Uint8Array): Buffer {
  const out = new ByteWriter(input.length + (input.length >>> 5) + 16);
  for (const b of varint(input.length)) out.byte(b);
  const table = new Int32Array(1 << HASH_BITS);
  for (let blockStart = 0; blockStart < input.length; blockStart += BLOCK) {
    const blockEnd = Math.min(input.length, blockStart + BLOCK);
    table.fill(-1);
    let pending = blockStart;
    let i = blockStart;
    while (i + 4 <= blockEnd) {
      const word = input[i]! | (input[i + 1]! << 8) | (input[i + 2]! << 16) | (input[i + 3]! << 24);
      const slot = Math.imul(word, 0x1e35a7bd) >>> (32 - HASH_BITS);
      const candidate = table[slot]!;
      table[slot] = i;
      if (
        candidate >= blockStart &&
        input[candidate] === input[i] &&
        input[candidate + 1] === input[i + 1] &&
        input[candidate + 2] === input[i + 2] &&
        input[candidate + 3] === input[i + 3]
      ) {
        let length = 4;
        while (i + length < blockEnd && input[candidate + length] === input[i + length]) length++;
        literal(out, input, pending, i);
        copy(out, i - candidate, length);
        i += length;
        pending = i;
      } else {
        i++;
      }
    }
    literal(out, input, pending, blockEnd);
  }
  return out.result();
}

const STREAM_IDENTIFIER = Buffer.from([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]);

function maskedCrc(data: Uint8Array): number {
  const crc = crc32c(data);
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}

/** Snappy's framing format: the stream identifier, then a compressed chunk per 64 KiB with its masked CRC-32C. */
export function snappyFramed(input: Uint8Array): Buffer {
  const chunks: Buffer[] = [STREAM_IDENTIFIER];
  for (let start = 0; start < input.length; start += BLOCK) {
    const piece = input.subarray(start, Math.min(input.length, start + BLOCK));
    const compressed = snappyRaw(piece);
    const header = Buffer.alloc(8);
    header[0] = 0x00;
    header.writeUIntLE(compressed.length + 4, 1, 3);
    header.writeUInt32LE(maskedCrc(piece), 4);
    chunks.push(header, compressed);
  }
  return Buffer.concat(chunks);
}

/** Hadoop's block format: the uncompressed length, then length-prefixed raw Snappy chunks (big-endian). */
export function hadoopSnappy(input: Uint8Array): Buffer {
  const chunks: Buffer[] = [];
  const total = Buffer.alloc(4);
  total.writeUInt32BE(input.length);
  chunks.push(total);
  for (let start = 0; start < input.length; start += BLOCK) {
    const compressed = snappyRaw(input.subarray(start, Math.min(input.length, start + BLOCK)));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(compressed.length);
    chunks.push(length, compressed);
  }
  return Buffer.concat(chunks);
}

/** Reads a raw Snappy block (tests check what the encoder writes with it). */
export function snappyUncompress(input: Uint8Array): Buffer {
  let at = 0;
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    const b = input[at++]!;
    length |= (b & 0x7f) << shift;
    if (b < 0x80) break;
  }
  const out = Buffer.alloc(length);
  let o = 0;
  while (at < input.length) {
    const tag = input[at++]!;
    const type = tag & 3;
    if (type === 0) {
      let n = tag >>> 2;
      if (n >= 60) {
        const extra = n - 59;
        n = 0;
        for (let k = 0; k < extra; k++) n |= input[at++]! << (8 * k);
      }
      n += 1;
      out.set(input.subarray(at, at + n), o);
      at += n;
      o += n;
    } else {
      let n: number;
      let offset: number;
      if (type === 1) {
        n = ((tag >>> 2) & 7) + 4;
        offset = ((tag >>> 5) << 8) | input[at++]!;
      } else if (type === 2) {
        n = (tag >>> 2) + 1;
        offset = input[at]! | (input[at + 1]! << 8);
        at += 2;
      } else {
        n = (tag >>> 2) + 1;
        offset = (input[at]! | (input[at + 1]! << 8) | (input[at + 2]! << 16) | (input[at + 3]! << 24)) >>> 0;
        at += 4;
      }
      for (let k = 0; k < n; k++, o++) out[o] = out[o - offset]!;
    }
  }
  return out;
}
