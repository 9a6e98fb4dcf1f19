/**
 * SSE-C: objects encrypted with keys their callers provide (x-amz-server-side-encryption-
 * customer-algorithm, -key, -key-MD5, and the x-amz-copy-source- forms for a copy's source).
 * The body is stored encrypted with the key (AES-256 in counter mode, so a range or a part reads
 * from any offset). Each piece written (a whole object, a part) has its own counter start,
 * derived from the id of the blob it was first written to and kept in the object's metadata
 * (`cipherId`), so the bytes stay readable wherever they are copied as they are (replicas).
 * As S3 does, only a salted HMAC of the key is kept, to tell a right key from a wrong one: S3
 * never stores the key, and a read without it cannot be answered.
 */
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { Cipher } from 'node:crypto';
import { AwsError } from '../../core/errors.js';
import { sameSecret } from '../../core/secrets.js';
import type { BlobCipher } from './blobs.js';
import { accessDenied, invalidArgument, invalidRequest } from './errors.js';

/** What an object (or an upload) keeps of its customer key. */
export interface SealedCustomerKey {
  salt: string;
  hmac: string;
  /** A whole object's counter start: the id of the blob its body was encrypted for. */
  cipherId?: string;
}

/** One piece of an object as it was encrypted: its size and the id its counter start derives from. */
export interface CipherPiece {
  size: number;
  cipherId: string;
}

/** A key a request provided, checked. */
export interface CustomerKey {
  key: Buffer;
  /** base64 MD5 of the key, as S3 echoes it (x-amz-server-side-encryption-customer-key-MD5). */
  md5: string;
}

interface CustomerKeyMembers {
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  CopySourceSSECustomerAlgorithm?: string;
  CopySourceSSECustomerKey?: string;
  CopySourceSSECustomerKeyMD5?: string;
  ServerSideEncryption?: string;
}

const SSE_HEADER = 'x-amz-server-side-encryption';

/**
 * The customer key a request provides for the object it writes or reads (`target`) or for a
 * copy's source (`source`), checked as S3 checks it; undefined when it provides none.
 */
export function requestedCustomerKey(input: CustomerKeyMembers, which: 'target' | 'source' = 'target'): CustomerKey | undefined {
  const algorithm = which === 'target' ? input.SSECustomerAlgorithm : input.CopySourceSSECustomerAlgorithm;
  const encoded = which === 'target' ? input.SSECustomerKey : input.CopySourceSSECustomerKey;
  const md5 = which === 'target' ? input.SSECustomerKeyMD5 : input.CopySourceSSECustomerKeyMD5;
  if (algorithm === undefined && encoded === undefined && md5 === undefined) return undefined;
  if (algorithm === undefined) {
    throw invalidArgument('Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.', SSE_HEADER, 'null');
  }
  if (algorithm !== 'AES256') {
    throw new AwsError('InvalidEncryptionAlgorithmError', 'The Encryption request you specified is not valid. Supported value: AES256.', 400, {
      fields: { ArgumentName: SSE_HEADER, ArgumentValue: algorithm },
    });
  }
  if (which === 'target' && input.ServerSideEncryption !== undefined) {
    throw invalidArgument('Server Side Encryption with Customer provided key is incompatible with the encryption method specified', SSE_HEADER, input.ServerSideEncryption);
  }
  if (encoded === undefined) {
    throw invalidArgument('Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.', SSE_HEADER, 'null');
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    throw invalidArgument('The secret key was invalid for the specified algorithm.', SSE_HEADER, 'null');
  }
  if (md5 === undefined) {
    throw invalidArgument('Requests specifying Server Side Encryption with Customer provided keys must provide the client calculated MD5 of the secret key.', SSE_HEADER, 'null');
  }
  const computed = createHash('md5').update(key).digest('base64');
  if (md5 !== computed) {
    throw invalidArgument('The calculated MD5 hash of the key did not match the hash that was provided.', SSE_HEADER, 'null');
  }
  return { key, md5: computed };
}

/** What is kept of a key: a random salt and the HMAC of the key under it. */
export function sealCustomerKey(key: CustomerKey): SealedCustomerKey {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), hmac: createHmac('sha256', salt).update(key.key).digest('base64') };
}

function isSealedKey(sealed: SealedCustomerKey, key: CustomerKey): boolean {
  return sameSecret(createHmac('sha256', Buffer.from(sealed.salt, 'base64')).update(key.key).digest('base64'), sealed.hmac);
}

/**
 * The key to read an object stored under `sealed` (undefined: stored without a customer key)
 * with, from what a request gave, or S3's refusal: no key for an SSE-C object, a key for
 * another object, the wrong key.
 */
export function readingKey(sealed: SealedCustomerKey | undefined, given: CustomerKey | undefined): CustomerKey | undefined {
  if (!sealed) {
    if (given) throw invalidRequest('The encryption parameters are not applicable to this object.');
    return undefined;
  }
  if (!given) throw invalidRequest('The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.');
  if (!isSealedKey(sealed, given)) throw accessDenied('Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.');
  return given;
}

/** How an object's bytes were encrypted: by part for a multipart object, else as one piece (objects from before cipherIds: by segment). */
export function cipherLayout(object: { size: number; segments: Array<{ id: string; size: number }>; meta: { parts?: Array<{ size: number; cipherId?: string }>; sse?: { customerKey?: SealedCustomerKey } } }): CipherPiece[] {
  const parts = object.meta.parts;
  if (parts?.length && parts.every((p) => p.cipherId !== undefined)) return parts.map((p) => ({ size: p.size, cipherId: p.cipherId! }));
  const whole = object.meta.sse?.customerKey?.cipherId;
  if (whole !== undefined) return [{ size: object.size, cipherId: whole }];
  return object.segments.map((s) => ({ size: s.size, cipherId: s.id }));
}

/** Decrypts an object's bytes from absolute offset `start` on, piece by piece as they were encrypted. */
class ObjectKeystream {
  private index = 0;
  private pieceStart = 0;
  private current: Cipher | undefined;

  constructor(
    private readonly key: CustomerKey,
    private readonly layout: CipherPiece[],
    private offset: number,
  ) {}

  update(chunk: Buffer): Buffer {
    const out: Buffer[] = [];
    let at = 0;
    while (at < chunk.length) {
      while (this.index < this.layout.length && this.offset >= this.pieceStart + this.layout[this.index]!.size) {
        this.pieceStart += this.layout[this.index]!.size;
        this.index++;
        this.current = undefined;
      }
      const piece = this.layout[this.index];
      if (!piece) throw new Error('read past the end of an encrypted object');
      this.current ??= keystreamAt(this.key, piece.cipherId, this.offset - this.pieceStart);
      const take = Math.min(chunk.length - at, this.pieceStart + piece.size - this.offset);
      out.push(this.current.update(chunk.subarray(at, at + take)));
      at += take;
      this.offset += take;
    }
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }
}

/** A stream decrypting an object's bytes read from absolute offset `start`. */
export function objectDecipher(key: CustomerKey, layout: CipherPiece[], start: number): Transform {
  const keystream = new ObjectKeystream(key, layout, start);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        callback(null, keystream.update(chunk));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

/** An object's bytes from absolute offset `start`, decrypted (small bodies read whole). */
export function decryptObjectBytes(key: CustomerKey, layout: CipherPiece[], start: number, data: Buffer): Buffer {
  return new ObjectKeystream(key, layout, start).update(data);
}

/** The cipher an upload's parts are written with: the key of every part must be the one the upload began with. */
export function partCipher(sealed: SealedCustomerKey | undefined, given: CustomerKey | undefined): BlobCipher | undefined {
  if (!sealed) {
    if (given) throw invalidRequest('The encryption parameters are not applicable to this object.');
    return undefined;
  }
  if (!given) throw invalidRequest('The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.');
  if (!isSealedKey(sealed, given)) throw invalidRequest('The provided encryption parameters did not match the ones used originally.');
  return customerCipher(given);
}

/** AES-256-CTR under the customer's key, its counter at `offset` of a piece whose start derives from `cipherId`. */
function keystreamAt(key: CustomerKey, cipherId: string, offset: number): Cipher {
  const start = createHash('sha256').update(`nimbus-s3-sse-c:${cipherId}`).digest().subarray(0, 16);
  const counter = (BigInt(`0x${start.toString('hex')}`) + BigInt(Math.floor(offset / 16))) % (1n << 128n);
  const iv = Buffer.from(counter.toString(16).padStart(32, '0'), 'hex');
  const cipher = createCipheriv('aes-256-ctr', key.key, iv);
  // Within a block: run the keystream over the bytes before the offset.
  const skip = offset % 16;
  if (skip) cipher.update(Buffer.alloc(skip));
  return cipher;
}

/** The cipher a new blob is written with: its counter start derives from the blob's own id (recorded as the piece's cipherId). */
export function customerCipher(key: CustomerKey): BlobCipher {
  return {
    apply(id, offset, data) {
      return keystreamAt(key, id, offset).update(data);
    },
    stream(id, offset) {
      const cipher = keystreamAt(key, id, offset);
      return new Transform({
        transform(chunk: Buffer, _encoding, callback: TransformCallback) {
          callback(null, cipher.update(chunk));
        },
      });
    },
  };
}

/** What a response says of an object's encryption: SSE-S3 or SSE-KMS headers, or SSE-C's algorithm and key MD5 (never both). */
export function encryptionMembers(
  sse: { algorithm: string; kmsKeyId?: string; bucketKeyEnabled?: boolean; customerKey?: SealedCustomerKey } | undefined,
  given?: CustomerKey,
): { ServerSideEncryption?: any; SSEKMSKeyId?: string; BucketKeyEnabled?: boolean; SSECustomerAlgorithm?: string; SSECustomerKeyMD5?: string } {
  if (sse?.customerKey) return given ? { SSECustomerAlgorithm: 'AES256', SSECustomerKeyMD5: given.md5 } : {};
  return { ServerSideEncryption: sse?.algorithm ?? 'AES256', SSEKMSKeyId: sse?.kmsKeyId, BucketKeyEnabled: sse?.bucketKeyEnabled };
}
