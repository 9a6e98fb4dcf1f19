/**
 * What other services may ask of Kinesis Data Streams through `runtime.api<KinesisApi>('kinesis')`:
 * producers on AWS's side (Logs subscription filters, EventBridge targets, DynamoDB's Kinesis
 * streaming destinations, Firehose) put records; consumers on AWS's side (Firehose with a stream as
 * its source, EventBridge Pipes, Lambda event source mappings) read shards in order, each keeping
 * its own position, as a KCL consumer would.
 */

/** A record as GetRecords returns it. */
export interface KinesisRecordView {
  sequenceNumber: string;
  partitionKey: string;
  data: Buffer;
  /** Milliseconds since the epoch, on the virtual clock. */
  approximateArrivalTimestamp: number;
  encryptionType?: 'NONE' | 'KMS';
}

export interface KinesisShardView {
  shardId: string;
  parentShardId?: string;
  adjacentParentShardId?: string;
  /** A closed shard (split or merged) takes no new records; once read to its end, read its children. */
  closed: boolean;
}

/** Where a reader starts in a shard. */
export type ShardPosition =
  | { type: 'TRIM_HORIZON' }
  | { type: 'LATEST' }
  | { type: 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'; sequenceNumber: string }
  | { type: 'AT_TIMESTAMP'; timestamp: number };

export interface KinesisApi {
  /** Whether a stream with this ARN exists and is not being deleted. */
  streamExists(streamArn: string): boolean;
  /** A stream's or consumer's resource policy (PutResourcePolicy), for --enforce-iam's resource side. */
  resourcePolicy?(resourceArn: string): string | undefined;
  /** PutRecord's rules (size limits, shard by MD5 of the key, throughput switch); throws AwsError as PutRecord would. */
  putRecord(request: { streamArn: string; data: Buffer; partitionKey: string; explicitHashKey?: string }): { shardId: string; sequenceNumber: string };
  /** The stream's shards, open and closed, parents before children. Throws ResourceNotFoundException. */
  shards(streamArn: string): KinesisShardView[];
  /**
   * Up to `limit` records of one shard from a position, oldest first; `endOfShard` when the shard is
   * closed and everything in it has been read (its children hold what follows). Records past the
   * retention period are gone, as on AWS.
   */
  readShard(request: { streamArn: string; shardId: string; position: ShardPosition; limit: number }): { records: KinesisRecordView[]; endOfShard: boolean; millisBehindLatest: number };
  /** Calls `listener` whenever records arrive on the stream, so pollers need not spin on an idle stream. Returns an unsubscribe function. */
  onRecords(streamArn: string, listener: () => void): () => void;
}
