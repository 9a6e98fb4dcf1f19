import type { AttributeValue } from './attribute-values.js';
import { parseNumber } from './numbers.js';

/**
 * Keys as byte strings whose bytewise order is DynamoDB's order: strings by
 * their UTF-8 bytes, binaries bytewise, numbers numerically. SQLite compares
 * BLOBs with memcmp, so a sort-key range is an index range scan.
 *
 * Numbers: one byte for the sign class (negative 0x01, zero 0x02, positive
 * 0x03), one for the magnitude (complemented when negative), then one byte a
 * digit (d+1, or 10−d when negative, closed by 0xFF so that a longer negative
 * coefficient sorts first).
 */
export function encodeNumber(text: string): Buffer {
  const n = parseNumber(text);
  if (!n.digits) return Buffer.from([0x02]);
  const magnitude = n.digits.length - 1 + n.exponent + 130; // −130..125 → 0..255
  const out = Buffer.alloc(2 + n.digits.length + (n.negative ? 1 : 0));
  out[0] = n.negative ? 0x01 : 0x03;
  out[1] = n.negative ? 255 - magnitude : magnitude;
  for (let i = 0; i < n.digits.length; i++) {
    const d = n.digits.charCodeAt(i) - 48;
    out[2 + i] = n.negative ? 10 - d : d + 1;
  }
  if (n.negative) out[out.length - 1] = 0xff;
  return out;
}

export function encodeKey(value: AttributeValue): Buffer {
  if (value.S !== undefined) return Buffer.from(value.S, 'utf8');
  if (value.N !== undefined) return encodeNumber(value.N);
  return value.B!;
}

/**
 * The partition key's place in the scan order and its parallel-scan segment: 32-bit FNV-1a
 * of its bytes, then mixed (MurmurHash3's finalizer) so that similar keys (item-1, item-2...)
 * spread over the whole range and each of N segments gets about 1/N of the partitions.
 */
export function hashKey(bytes: Buffer): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return mixHash(hash >>> 0);
}

/** MurmurHash3's 32-bit finalizer: a bijection, so stores written with the bare FNV-1a value migrate in place. */
export function mixHash(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One attribute of a multi-attribute key (a GSI's partition or sort key of up to four
 * attributes): its encoded bytes with every 0x00 written 0x00 0xFF, then 0x00 0x01.
 * Concatenated, such parts sort attribute by attribute, a shorter value before a longer
 * one it begins, and a byte prefix of the escaped value is a prefix of the value.
 */
export function escapeKeyPart(raw: Buffer): Buffer {
  let zeros = 0;
  for (const byte of raw) if (byte === 0) zeros++;
  const out = Buffer.alloc(raw.length + zeros);
  let at = 0;
  for (const byte of raw) {
    out[at++] = byte;
    if (byte === 0) out[at++] = 0xff;
  }
  return out;
}

const PART_END = Buffer.from([0x00, 0x01]);

/**
 * The bytes of a key made of the given attribute values: a single attribute keeps the
 * plain encoding (what tables and single-attribute indexes have always stored); several
 * are joined as escaped, terminated parts.
 */
export function encodeKeyParts(values: AttributeValue[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  if (values.length === 1) return encodeKey(values[0]);
  return Buffer.concat(values.flatMap((value) => [escapeKeyPart(encodeKey(value)), PART_END]));
}

/** The leading parts of a multi-attribute key: every part whole (escaped and terminated). */
export function encodeKeyPrefix(values: AttributeValue[]): Buffer {
  return Buffer.concat(values.flatMap((value) => [escapeKeyPart(encodeKey(value)), PART_END]));
}
