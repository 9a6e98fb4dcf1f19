import { createHash } from 'node:crypto';
import { openToken, sealToken } from '../../core/pagination.js';

/**
 * Sequence numbers, hash keys and shard iterators: the identifiers Kinesis hands out.
 *
 * A sequence number is a 56-digit decimal string, as AWS's are: "49", the shard's creation
 * (epoch seconds, 10 digits), the shard's index (10 digits) and the record's counter in the shard
 * (34 digits). Within a shard they increase with the counter, and each names the shard it came from.
 */

export const MAX_HASH_KEY = (1n << 128n) - 1n;

export function shardId(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}

/** The index a shard id names, or undefined for what is no shard id. */
export function shardIndexOf(id: string): number | undefined {
  const match = /^(?:shardId-)?(\d{1,12})$/.exec(id);
  if (!match) return undefined;
  const index = Number(match[1]);
  return index < 2_147_483_648 ? index : undefined;
}

export function sequenceNumber(shardCreatedAt: number, shardIndex: number, counter: number): string {
  return `49${String(Math.floor(shardCreatedAt / 1000)).padStart(10, '0')}${String(shardIndex).padStart(10, '0')}${String(counter).padStart(34, '0')}`;
}

export interface ParsedSequence {
  shardCreatedSeconds: number;
  shardIndex: number;
  counter: number;
}

export function parseSequenceNumber(value: string): ParsedSequence | undefined {
  if (!/^49\d{54}$/.test(value)) return undefined;
  const counter = Number(value.slice(22));
  if (!Number.isSafeInteger(counter)) return undefined;
  return { shardCreatedSeconds: Number(value.slice(2, 12)), shardIndex: Number(value.slice(12, 22)), counter };
}

/** The 128-bit hash key a partition key maps to: its MD5 as an unsigned integer. */
export function hashKeyOf(partitionKey: string): bigint {
  const digest = createHash('md5').update(partitionKey, 'utf8').digest();
  return (digest.readBigUInt64BE(0) << 64n) | digest.readBigUInt64BE(8);
}

/** Evenly divided hash-key ranges for `count` shards, as CreateStream and UpdateShardCount make them. */
export function uniformRanges(count: number): Array<{ start: bigint; end: bigint }> {
  const width = (MAX_HASH_KEY + 1n) / BigInt(count);
  return Array.from({ length: count }, (_, i) => ({
    start: width * BigInt(i),
    end: i === count - 1 ? MAX_HASH_KEY : width * BigInt(i + 1) - 1n,
  }));
}

/** Where a shard iterator points: after a counter in one shard of one stream, made at a time. */
export interface IteratorPosition {
  account: string;
  region: string;
  stream: string;
  /** The stream's creation time: a stream deleted and made again is another stream. */
  streamCreatedAt: number;
  shardIndex: number;
  afterCounter: number;
  createdAt: number;
}

/**
 * An iterator is opaque to clients: the position sealed (core/pagination.ts), so that a changed
 * or made-up iterator is refused ("Invalid ShardIterator.") rather than read.
 */
export function encodeIterator(position: IteratorPosition): string {
  return sealToken('kinesis-iterator', [position.account, position.region, position.stream, position.streamCreatedAt, position.shardIndex, position.afterCounter, position.createdAt]);
}

export function decodeIterator(iterator: string): IteratorPosition | undefined {
  const fields = openToken('kinesis-iterator', iterator);
  if (!Array.isArray(fields)) return undefined;
  const [account, region, stream, streamCreatedAt, shardIndex, afterCounter, createdAt] = fields as unknown[];
  if (typeof account !== 'string' || typeof region !== 'string' || typeof stream !== 'string') return undefined;
  if (![streamCreatedAt, shardIndex, afterCounter, createdAt].every((n) => Number.isSafeInteger(n))) return undefined;
  return { account, region, stream, streamCreatedAt: streamCreatedAt as number, shardIndex: shardIndex as number, afterCounter: afterCounter as number, createdAt: createdAt as number };
}
