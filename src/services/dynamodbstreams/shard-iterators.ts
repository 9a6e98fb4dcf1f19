import { openToken, sealToken } from '../../core/pagination.js';

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

/**
 * Iterators read as AWS's do (`<stream ARN>|1|<opaque>`); the opaque part is the position sealed
 * for that stream (core/pagination.ts), so a changed or made-up iterator is refused instead of read.
 */
export function encodeIterator(position: IteratorPosition): string {
  const opaque = sealToken(purposeOf(position.streamArn), [position.shardId, position.afterSeq, position.trimHorizon ? 1 : 0, position.issuedAt]);
  return `${position.streamArn}|1|${opaque}`;
}

export function decodeIterator(iterator: string): IteratorPosition | undefined {
  const parts = iterator.split('|');
  if (parts.length !== 3 || parts[1] !== '1') return undefined;
  const [streamArn, , opaque] = parts as [string, string, string];
  const fields = openToken(purposeOf(streamArn), opaque);
  if (!Array.isArray(fields)) return undefined;
  const [shardId, afterSeq, trimHorizon, issuedAt] = fields as unknown[];
  if (typeof shardId !== 'string' || !Number.isSafeInteger(afterSeq) || !Number.isSafeInteger(issuedAt)) return undefined;
  return { streamArn, shardId, afterSeq: afterSeq as number, trimHorizon: trimHorizon === 1, issuedAt: issuedAt as number };
}

/** An iterator is good only for the stream it names. */
function purposeOf(streamArn: string): string {
  return `dynamodb-stream-iterator ${streamArn}`;
}
