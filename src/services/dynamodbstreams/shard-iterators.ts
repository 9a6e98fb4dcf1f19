import { createHash } from 'node:crypto';

/** A shard iterator lives 15 minutes of clock time. */
export const ITERATOR_LIFETIME_MS = 15 * 60 * 1000;

/** Where an iterator points: after a sequence number, or at the shard's trim horizon. */
export interface IteratorPosition {
  streamArn: string;
  shardId: string;
  afterSeq: number;
  /** TRIM_HORIZON: start at the oldest record still kept, whatever retention has dropped since. */
  trimHorizon: boolean;
  issuedAt: number;
}

const DIGEST_BYTES = 12;

/**
 * Iterators read as AWS's do (`<stream ARN>|1|<opaque>`); the opaque part is the position as JSON
 * with a digest, so a changed or made-up iterator is refused instead of read.
 */
export function encodeIterator(position: IteratorPosition): string {
  const body = Buffer.from(JSON.stringify([position.shardId, position.afterSeq, position.trimHorizon ? 1 : 0, position.issuedAt]));
  return `${position.streamArn}|1|${Buffer.concat([digestOf(position.streamArn, body), body]).toString('base64')}`;
}

export function decodeIterator(iterator: string): IteratorPosition | undefined {
  const parts = iterator.split('|');
  if (parts.length !== 3 || parts[1] !== '1') return undefined;
  const [streamArn, , opaque] = parts as [string, string, string];
  const raw = Buffer.from(opaque, 'base64');
  if (raw.length <= DIGEST_BYTES) return undefined;
  const body = raw.subarray(DIGEST_BYTES);
  if (!raw.subarray(0, DIGEST_BYTES).equals(digestOf(streamArn, body))) return undefined;
  try {
    const [shardId, afterSeq, trimHorizon, issuedAt] = JSON.parse(body.toString('utf8')) as unknown[];
    if (typeof shardId !== 'string' || !Number.isSafeInteger(afterSeq) || !Number.isSafeInteger(issuedAt)) return undefined;
    return { streamArn, shardId, afterSeq: afterSeq as number, trimHorizon: trimHorizon === 1, issuedAt: issuedAt as number };
  } catch {
    return undefined;
  }
}

function digestOf(streamArn: string, body: Buffer): Buffer {
  return createHash('sha256').update('dynamodb-stream-iterator').update(streamArn).update(body).digest().subarray(0, DIGEST_BYTES);
}
