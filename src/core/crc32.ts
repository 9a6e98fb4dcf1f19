/**
 * The two reflected 32-bit CRCs AWS uses on the wire: CRC32 (polynomial 0xEDB88320: S3
 * checksums, DynamoDB's x-amz-crc32 response header, PNG chunks) and CRC32C (0x82F63B78:
 * S3 checksums). Node has zlib.crc32 from 20.15 on, and no CRC32C at all: the native CRC32
 * is used where there is one, the tables (eight bytes a step) otherwise.
 */
import zlib from 'node:zlib';

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

function crc32Tables(poly: number): Uint32Array[] {
  const tables: Uint32Array[] = [];
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t0[n] = c >>> 0;
  }
  tables.push(t0);
  for (let t = 1; t < 8; t++) {
    const prev = tables[t - 1]!;
    const next = new Uint32Array(256);
    for (let n = 0; n < 256; n++) next[n] = (prev[n]! >>> 8) ^ t0[prev[n]! & 0xff]!;
    tables.push(next);
  }
  return tables;
}

const CRC32_TABLES = crc32Tables(0xedb88320);
const CRC32C_TABLES = crc32Tables(0x82f63b78);

function continueCrc(tables: Uint32Array[], crc: number, data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let c = ~crc >>> 0;
  let i = 0;
  const n = data.length;
  const end8 = n - (n % 8);
  while (i < end8) {
    const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ c;
    c =
      t7[a & 0xff]! ^
      t6[(a >>> 8) & 0xff]! ^
      t5[(a >>> 16) & 0xff]! ^
      t4[a >>> 24]! ^
      t3[data[i + 4]!]! ^
      t2[data[i + 5]!]! ^
      t1[data[i + 6]!]! ^
      t0[data[i + 7]!]!;
    i += 8;
  }
  while (i < n) c = (c >>> 8) ^ t0[(c ^ data[i++]!) & 0xff]!;
  return ~c >>> 0;
}

/** CRC32 of `data`; pass a previous result as `previous` to continue it over more data. */
export function crc32(data: Uint8Array, previous = 0): number {
  return nativeCrc32 ? nativeCrc32(data, previous) : continueCrc(CRC32_TABLES, previous, data);
}

/** CRC32C (Castagnoli) of `data`, continued from `previous` like crc32. */
export function crc32c(data: Uint8Array, previous = 0): number {
  return continueCrc(CRC32C_TABLES, previous, data);
}
