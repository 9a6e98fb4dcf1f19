import { startShardSource, type ShardConsumerOptions, type ShardStream } from './shard-source.js';
import { parsedPayload, type RunningSource, type SourceRecord } from './source.js';

/** The reading side of Kinesis this source needs (KinesisApi in services/kinesis/api.ts satisfies it). */
export interface ShardReader {
  streamExists(streamArn: string): boolean;
  shards(streamArn: string): Array<{ shardId: string; parentShardId?: string; adjacentParentShardId?: string; closed: boolean }>;
  readShard(request: { streamArn: string; shardId: string; position: ShardStart; limit: number }): {
    records: Array<{ sequenceNumber: string; partitionKey: string; data: Buffer; approximateArrivalTimestamp: number; encryptionType?: 'NONE' | 'KMS' }>;
    endOfShard: boolean;
  };
  onRecords(streamArn: string, listener: () => void): () => void;
}

export type ShardStart =
  | { type: 'TRIM_HORIZON' }
  | { type: 'LATEST' }
  | { type: 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'; sequenceNumber: string }
  | { type: 'AT_TIMESTAMP'; timestamp: number };

export type { ExhaustedBatch, ShardCheckpoints } from './shard-source.js';

export interface KinesisSourceOptions extends ShardConsumerOptions {
  region: string;
  /** The role the consumer reads with, reported as invokeIdentityArn. */
  roleArn: string;
  /** Pipes hand records on flat; Lambda nests the Kinesis fields under `kinesis` (filters read both flat). */
  recordShape?: 'pipes' | 'lambda';
  startingPosition: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
  startingPositionTimestamp?: number;
  stream: ShardReader;
}

/** A Kinesis stream read shard by shard through the shared shard walker (shard-source.ts). */
export function startKinesisSource(options: KinesisSourceOptions): RunningSource {
  const { stream, streamArn } = options;
  // LATEST is pinned when the source starts: records put from then on are read.
  const startedAt = options.clock.now();
  const initial: ShardStart =
    options.startingPosition === 'TRIM_HORIZON'
      ? { type: 'TRIM_HORIZON' }
      : { type: 'AT_TIMESTAMP', timestamp: options.startingPosition === 'AT_TIMESTAMP' ? (options.startingPositionTimestamp ?? startedAt) : startedAt };
  const shards: ShardStream<ShardStart> = {
    shards: () =>
      stream.shards(streamArn).map((shard) => ({
        shardId: shard.shardId,
        parents: [shard.parentShardId, shard.adjacentParentShardId].filter((p): p is string => Boolean(p)),
        closed: shard.closed,
      })),
    start: () => initial,
    after: (sequenceNumber) => ({ type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber }),
    read(shardId, position, limit) {
      const read = stream.readShard({ streamArn, shardId, position, limit });
      return {
        endOfShard: read.endOfShard,
        records: read.records.map((record) => ({
          sequenceNumber: record.sequenceNumber,
          arrivedAt: record.approximateArrivalTimestamp,
          orderingKey: record.partitionKey,
          record: kinesisRecord(record, shardId, options),
        })),
      };
    },
    onRecords: (listener) => stream.onRecords(streamArn, listener),
  };
  return startShardSource(shards, options);
}

/** A record as EventBridge Pipes hands it on (flat), or as Lambda does (the Kinesis fields under `kinesis`). */
function kinesisRecord(
  record: { sequenceNumber: string; partitionKey: string; data: Buffer; approximateArrivalTimestamp: number },
  shardId: string,
  options: KinesisSourceOptions,
): SourceRecord {
  const data = record.data.toString('base64');
  const envelope = {
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${shardId}:${record.sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: options.roleArn,
    awsRegion: options.region,
    eventSourceARN: options.streamArn,
  };
  const fields = {
    kinesisSchemaVersion: '1.0',
    partitionKey: record.partitionKey,
    sequenceNumber: record.sequenceNumber,
    data,
    approximateArrivalTimestamp: record.approximateArrivalTimestamp / 1000,
  };
  const event: Record<string, unknown> = options.recordShape === 'lambda' ? { kinesis: fields, ...envelope } : { ...envelope, ...fields };
  // Data that is not JSON stays base64 for filters and templates, as AWS leaves it.
  const parsed = parsedPayload(record.data.toString('utf8'));
  return { event, data: { ...envelope, ...fields, data: typeof parsed === 'string' ? data : parsed } };
}
