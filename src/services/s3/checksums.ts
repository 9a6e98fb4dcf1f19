/**
 * The checksums S3 computes and verifies: CRC32 and CRC32C (core/crc32.ts), CRC64NVME (written
 * here: no package we ship has it), SHA1 and SHA256 (node:crypto), and MD5 for ETags. CRCs are
 * table-driven and can be combined, so a multipart upload's full-object CRC comes from its
 * parts' CRCs without reading the parts again.
 */
import { createHash, type Hash } from 'node:crypto';
import { crc32, crc32c } from '../../core/crc32.js';

export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'];

/** Raw digest length in bytes, as S3 checks the base64 values it is sent. */
export const DIGEST_BYTES: Record<ChecksumAlgorithm, number> = { CRC32: 4, CRC32C: 4, CRC64NVME: 8, SHA1: 20, SHA256: 32 };

/** The input member / header name part for an algorithm: ChecksumCRC32 ↔ x-amz-checksum-crc32. */
export function checksumMember(algorithm: ChecksumAlgorithm): `Checksum${ChecksumAlgorithm}` {
  return `Checksum${algorithm}`;
}

// ---------------------------------------------------------------------------
// CRC64NVME (reflected polynomial 0x9A6C9329AC4BC9B5), kept as two 32-bit halves

const CRC64_POLY_HI = 0x9a6c9329;
const CRC64_POLY_LO = 0xac4bc9b5;

function crc64Tables(): { hi: Uint32Array[]; lo: Uint32Array[] } {
  const hi: Uint32Array[] = [];
  const lo: Uint32Array[] = [];
  const h0 = new Uint32Array(256);
  const l0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let h = 0;
    let l = n;
    for (let k = 0; k < 8; k++) {
      const lsb = l & 1;
      l = ((l >>> 1) | ((h & 1) << 31)) >>> 0;
      h = h >>> 1;
      if (lsb) {
        h = (h ^ CRC64_POLY_HI) >>> 0;
        l = (l ^ CRC64_POLY_LO) >>> 0;
      }
    }
    h0[n] = h;
    l0[n] = l;
  }
  hi.push(h0);
  lo.push(l0);
  for (let t = 1; t < 8; t++) {
    const ph = hi[t - 1]!;
    const pl = lo[t - 1]!;
    const nh = new Uint32Array(256);
    const nl = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      // next[n] = (prev[n] >> 8) ^ t0[prev[n] & 0xff]
      const idx = pl[n]! & 0xff;
      const sh = ph[n]! >>> 8;
      const sl = ((pl[n]! >>> 8) | ((ph[n]! & 0xff) << 24)) >>> 0;
      nh[n] = (sh ^ h0[idx]!) >>> 0;
      nl[n] = (sl ^ l0[idx]!) >>> 0;
    }
    hi.push(nh);
    lo.push(nl);
  }
  return { hi, lo };
}

const CRC64 = crc64Tables();

/** Updates a CRC64NVME state given as [hi, lo] (already inverted: start from [~0, ~0]). */
function crc64Update(state: [number, number], data: Uint8Array): void {
  const H = CRC64.hi;
  const L = CRC64.lo;
  const [h0, h1, h2, h3, h4, h5, h6, h7] = H as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const [l0, l1, l2, l3, l4, l5, l6, l7] = L as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let hi = state[0];
  let lo = state[1];
  let i = 0;
  const n = data.length;
  const end8 = n - (n % 8);
  while (i < end8) {
    // XOR the low 8 bytes of the state with the next 8 input bytes (little-endian), then look up.
    const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ lo;
    const b = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) ^ hi;
    const b0 = a & 0xff;
    const b1 = (a >>> 8) & 0xff;
    const b2 = (a >>> 16) & 0xff;
    const b3 = a >>> 24;
    const b4 = b & 0xff;
    const b5 = (b >>> 8) & 0xff;
    const b6 = (b >>> 16) & 0xff;
    const b7 = b >>> 24;
    hi = h7[b0]! ^ h6[b1]! ^ h5[b2]! ^ h4[b3]! ^ h3[b4]! ^ h2[b5]! ^ h1[b6]! ^ h0[b7]!;
    lo = l7[b0]! ^ l6[b1]! ^ l5[b2]! ^ l4[b3]! ^ l3[b4]! ^ l2[b5]! ^ l1[b6]! ^ l0[b7]!;
    i += 8;
  }
  while (i < n) {
    const idx = (lo ^ data[i++]!) & 0xff;
    const sl = ((lo >>> 8) | ((hi & 0xff) << 24)) >>> 0;
    const sh = hi >>> 8;
    hi = (sh ^ h0[idx]!) >>> 0;
    lo = (sl ^ l0[idx]!) >>> 0;
  }
  state[0] = hi >>> 0;
  state[1] = lo >>> 0;
}

// ---------------------------------------------------------------------------
// Streaming hashers

export interface Hasher {
  update(data: Uint8Array): void;
  /** The raw digest (big-endian for CRCs, as S3 base64-encodes them). */
  digest(): Buffer;
}

class Crc32Hasher implements Hasher {
  private crc = 0;
  constructor(private readonly continueCrc: (data: Uint8Array, previous: number) => number) {}
  update(data: Uint8Array): void {
    this.crc = this.continueCrc(data, this.crc);
  }
  digest(): Buffer {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(this.crc >>> 0);
    return out;
  }
}

class Crc64Hasher implements Hasher {
  private readonly state: [number, number] = [0xffffffff, 0xffffffff];
  update(data: Uint8Array): void {
    crc64Update(this.state, data);
  }
  digest(): Buffer {
    const out = Buffer.alloc(8);
    out.writeUInt32BE(~this.state[0] >>> 0, 0);
    out.writeUInt32BE(~this.state[1] >>> 0, 4);
    return out;
  }
}

class NodeHasher implements Hasher {
  private readonly hash: Hash;
  constructor(algorithm: string) {
    this.hash = createHash(algorithm);
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  digest(): Buffer {
    return this.hash.digest();
  }
}

export function createHasher(algorithm: ChecksumAlgorithm | 'MD5'): Hasher {
  switch (algorithm) {
    case 'CRC32':
      return new Crc32Hasher(crc32);
    case 'CRC32C':
      return new Crc32Hasher(crc32c);
    case 'CRC64NVME':
      return new Crc64Hasher();
    case 'SHA1':
      return new NodeHasher('sha1');
    case 'SHA256':
      return new NodeHasher('sha256');
    case 'MD5':
      return new NodeHasher('md5');
  }
}

// ---------------------------------------------------------------------------
// Combining CRCs: crc(A ‖ B) from crc(A), crc(B) and len(B), by GF(2) matrix powers (as zlib's
// crc32_combine), on BigInt since this runs once per part, not per byte.

function gf2Times(mat: bigint[], vec: bigint): bigint {
  let sum = 0n;
  let i = 0;
  while (vec) {
    if (vec & 1n) sum ^= mat[i]!;
    vec >>= 1n;
    i++;
  }
  return sum;
}

function gf2Square(mat: bigint[]): bigint[] {
  return mat.map((row) => gf2Times(mat, row));
}

function crcCombine(crc1: bigint, crc2: bigint, len2: number, poly: bigint, width: number): bigint {
  if (len2 <= 0) return crc1;
  // Operator for one zero bit, then squared to two and four bits.
  let odd: bigint[] = [poly];
  let row = 1n;
  for (let n = 1; n < width; n++) {
    odd.push(row);
    row <<= 1n;
  }
  let even = gf2Square(odd);
  odd = gf2Square(even);
  let len = BigInt(len2);
  do {
    even = gf2Square(odd);
    if (len & 1n) crc1 = gf2Times(even, crc1);
    len >>= 1n;
    if (!len) break;
    odd = gf2Square(even);
    if (len & 1n) crc1 = gf2Times(odd, crc1);
    len >>= 1n;
  } while (len);
  return crc1 ^ crc2;
}

const COMBINE_PARAMS: Partial<Record<ChecksumAlgorithm, { poly: bigint; width: number }>> = {
  CRC32: { poly: 0xedb88320n, width: 32 },
  CRC32C: { poly: 0x82f63b78n, width: 32 },
  CRC64NVME: { poly: 0x9a6c9329ac4bc9b5n, width: 64 },
};

export function canCombine(algorithm: ChecksumAlgorithm): boolean {
  return COMBINE_PARAMS[algorithm] !== undefined;
}

/** The full-object CRC of consecutive parts, from each part's raw CRC and size. */
export function combineCrcs(algorithm: ChecksumAlgorithm, parts: Array<{ digest: Buffer; size: number }>): Buffer {
  const params = COMBINE_PARAMS[algorithm];
  if (!params) throw new Error(`${algorithm} cannot be combined`);
  const bytes = params.width / 8;
  let crc = 0n;
  let first = true;
  for (const part of parts) {
    const value = BigInt(`0x${part.digest.toString('hex') || '0'}`);
    crc = first ? value : crcCombine(crc, value, part.size, params.poly, params.width);
    first = false;
  }
  const out = Buffer.alloc(bytes);
  let rest = crc;
  for (let i = bytes - 1; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** S3's composite checksum of a multipart object: the checksum of the parts' raw checksums, `-N`. */
export function compositeChecksum(algorithm: ChecksumAlgorithm, partDigests: Buffer[]): string {
  const hasher = createHasher(algorithm);
  for (const digest of partDigests) hasher.update(digest);
  return `${hasher.digest().toString('base64')}-${partDigests.length}`;
}
