/**
 * Receiving an object body (PutObject, UploadPart, POST uploads): streamed to a blob while
 * its MD5 (the ETag) and checksums are computed, then checked against what the client
 * claimed: Content-MD5, x-amz-checksum-* (as a header or an aws-chunked trailer) and a hex
 * x-amz-content-sha256.
 */
import { AwsError } from '../../core/errors.js';
import { SizeLimitExceeded, SMALL_BLOB, type BlobCipher } from './blobs.js';
import { CHECKSUM_ALGORITHMS, checksumMember, createHasher, DIGEST_BYTES, type ChecksumAlgorithm, type Hasher } from './checksums.js';
import { badDigest, invalidRequest } from './errors.js';
import { MAX_OBJECT_SIZE, type S3Service } from './service.js';
import type { Segment } from './state.js';

const SUPPORTED = new Set<string>(CHECKSUM_ALGORITHMS);

export interface ReceivedBody {
  segment: Segment;
  md5: Buffer;
  /** Raw digests of every algorithm computed. */
  checksums: Map<ChecksumAlgorithm, Buffer>;
  /** The algorithm the client used (or S3's default, CRC64NVME). */
  algorithm: ChecksumAlgorithm;
  /** Whether the client sent a checksum (S3 reports checksums the client asked for). */
  clientChecksum: boolean;
}

/** The checksum algorithm a request uses, from its headers; fails on contradictions. */
export function requestedChecksum(input: Record<string, unknown>, headers: Record<string, string>): ChecksumAlgorithm | undefined {
  const given = CHECKSUM_ALGORITHMS.filter((a) => input[checksumMember(a)] !== undefined);
  if (given.length > 1) throw invalidRequest('Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
  const trailer = headers['x-amz-trailer']?.trim().toLowerCase();
  let fromTrailer: ChecksumAlgorithm | undefined;
  if (trailer) {
    const match = /^x-amz-checksum-([a-z0-9]+)$/.exec(trailer);
    const name = match?.[1]?.toUpperCase();
    if (!name || !SUPPORTED.has(name)) throw invalidRequest('The value specified in the x-amz-trailer header is not supported');
    fromTrailer = name as ChecksumAlgorithm;
  }
  const sdk = typeof input.ChecksumAlgorithm === 'string' ? input.ChecksumAlgorithm.toUpperCase() : undefined;
  if (sdk !== undefined && !SUPPORTED.has(sdk)) throw invalidRequest('Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]');
  const named = given[0] ?? fromTrailer;
  if (named && sdk && named !== sdk) throw invalidRequest('Value for x-amz-sdk-checksum-algorithm header is invalid.');
  return named ?? (sdk as ChecksumAlgorithm | undefined);
}

function decodeClaim(algorithm: ChecksumAlgorithm, value: string): Buffer {
  const raw = Buffer.from(value, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || raw.length !== DIGEST_BYTES[algorithm]) {
    throw invalidRequest(`Value for x-amz-checksum-${algorithm.toLowerCase()} header is invalid.`);
  }
  return raw;
}

function decodeContentMd5(value: string): Buffer {
  const raw = Buffer.from(value, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || raw.length !== 16) {
    throw new AwsError('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400, { fields: { 'Content-MD5': value } });
  }
  return raw;
}

/**
 * Streams the body into a new blob and checks it. `input` is the operation input: trailing
 * checksums are bound to it once the body has ended. `also` adds algorithms to compute
 * (a multipart upload's own algorithm, S3's default).
 */
export async function receiveBody(
  service: S3Service,
  body: unknown,
  input: Record<string, unknown>,
  headers: Record<string, string>,
  options: { also?: ChecksumAlgorithm[]; maxSize?: number; cipher?: BlobCipher } = {},
): Promise<ReceivedBody> {
  const requested = requestedChecksum(input, headers);
  const algorithm = requested ?? 'CRC64NVME';
  const contentMd5 = typeof input.ContentMD5 === 'string' ? decodeContentMd5(input.ContentMD5) : undefined;
  for (const a of CHECKSUM_ALGORITHMS) {
    const claim = input[checksumMember(a)];
    if (typeof claim === 'string') decodeClaim(a, claim);
  }
  const algorithms = new Set<ChecksumAlgorithm>([algorithm, ...(options.also ?? [])]);
  const contentSha256 = headers['x-amz-content-sha256'];
  const verifySha256 = contentSha256 !== undefined && /^[0-9a-f]{64}$/i.test(contentSha256);
  if (verifySha256) algorithms.add('SHA256');
  const hashers = new Map<ChecksumAlgorithm, Hasher>([...algorithms].map((a) => [a, createHasher(a)]));
  const md5 = createHasher('MD5');
  const maxSize = options.maxSize ?? MAX_OBJECT_SIZE;
  const declared = Number(headers['x-amz-decoded-content-length'] ?? headers['content-length']);
  if (Number.isFinite(declared) && declared > maxSize) {
    (service.bodyStream(body)).resume();
    throw entityTooLarge(declared, maxSize);
  }
  let segment: Segment;
  try {
    if (Number.isFinite(declared) && declared <= SMALL_BLOB) {
      // Small bodies: read whole (the HTTP layer and the aws-chunked decoder hold them to the declared length).
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of service.bodyStream(body)) {
        size += (chunk as Buffer).length;
        if (size > maxSize) throw new SizeLimitExceeded(size);
        chunks.push(chunk as Buffer);
      }
      const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      md5.update(data);
      for (const hasher of hashers.values()) hasher.update(data);
      segment = service.blobs.writeBuffer(data, options.cipher);
    } else {
      segment = await service.blobs.write(service.bodyStream(body), [md5, ...hashers.values()], maxSize, options.cipher);
    }
  } catch (error) {
    if (error instanceof SizeLimitExceeded) throw entityTooLarge(error.size, maxSize);
    throw error;
  }
  try {
    // A plain body must be as long as its Content-Length said (aws-chunked bodies are held to
    // their decoded length by the decoder): a body that a layer before us had already read
    // arrives empty, and must not be stored as an empty object.
    const plainLength = plainContentLength(headers);
    if (plainLength !== undefined && segment.size !== plainLength) {
      throw new AwsError('IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.', 400);
    }
    const md5Digest = md5.digest();
    const checksums = new Map<ChecksumAlgorithm, Buffer>([...hashers].map(([a, h]) => [a, h.digest()]));
    if (contentMd5 && !contentMd5.equals(md5Digest)) {
      throw new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400, {
        fields: { ExpectedDigest: contentMd5.toString('hex'), CalculatedDigest: md5Digest.toString('base64') },
      });
    }
    if (verifySha256) {
      const computed = checksums.get('SHA256')!.toString('hex');
      if (computed !== contentSha256!.toLowerCase()) {
        throw new AwsError('XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", 400, {
          fields: { ClientComputedContentSHA256: contentSha256, S3ComputedContentSHA256: computed },
        });
      }
    }
    let clientChecksum = false;
    for (const a of CHECKSUM_ALGORITHMS) {
      const claim = input[checksumMember(a)];
      if (typeof claim !== 'string') continue;
      clientChecksum = true;
      const expected = decodeClaim(a, claim);
      let actual = checksums.get(a);
      if (!actual) {
        // A trailer for an algorithm that was not announced: S3 still checks it.
        throw invalidRequest(`Value for x-amz-checksum-${a.toLowerCase()} trailing header is invalid.`);
      }
      if (!expected.equals(actual)) throw badDigest(a);
      actual = undefined;
    }
    if (requested) clientChecksum = true;
    return { segment, md5: md5Digest, checksums, algorithm, clientChecksum };
  } catch (error) {
    service.release([segment]);
    throw error;
  }
}

/** The Content-Length of a body sent as is (not aws-chunked), when the request gives one. */
function plainContentLength(headers: Record<string, string>): number | undefined {
  if (headers['content-length'] === undefined || headers['x-amz-decoded-content-length'] !== undefined) return undefined;
  if ((headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-')) return undefined;
  if ((headers['content-encoding'] ?? '').toLowerCase().includes('aws-chunked')) return undefined;
  const length = Number(headers['content-length']);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

function entityTooLarge(size: number, max: number): AwsError {
  return new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, {
    fields: { ProposedSize: size, MaxSizeAllowed: max },
  });
}
