import { startShardSource, type ExhaustedBatch, type ShardConsumerOptions, type ShardStream } from './shard-source.js';
import type { RunningSource, SourceRecord } from './source.js';

/**
 * DynamoDB Streams as a source, for Pipes (and Lambda event source mappings): shards read in order,
 * a closed shard's children after it, StartingPosition TRIM_HORIZON or LATEST, a failing batch
 * retried on the clock until MaximumRetryAttempts or MaximumRecordAgeInSeconds, then described to
 * the consumer's dead-letter queue. Records are DynamoDB stream records (eventID, eventName,
 * dynamodb.Keys/NewImage/OldImage...) with the stream's ARN as eventSourceARN.
 */

/** arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label> */
const STREAM_ARN = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[a-zA-Z0-9_.-]{3,255}\/stream\/[^/]+$/;

export function isDynamoDbStreamArn(arn: string): boolean {
  return STREAM_ARN.test(arn);
}

type Position = { type: 'TRIM_HORIZON' } | { type: 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'; sequenceNumber: string };

/** The reading side of DynamoDB Streams this source needs (DynamoDbStreamsApi in services/dynamodbstreams/api.ts satisfies it). */
export interface StreamShardReader {
  shards(streamArn: string): Array<{ shardId: string; parentShardId?: string; closed: boolean }>;
  latestPosition(streamArn: string, shardId: string): Position;
  readShard(request: { streamArn: string; shardId: string; position: Position; limit: number }): {
    records: Array<{ sequenceNumber: string; approximateCreationTime: number; record: Record<string, unknown> }>;
    endOfShard: boolean;
  };
  onRecords(streamArn: string, listener: () => void): () => void;
}

/** What a batch given up on was, for the dead-letter queue (AWS's DDBStreamBatchInfo). */
export type ExhaustedStreamBatch = ExhaustedBatch;

export interface DynamoDbStreamSourceOptions extends ShardConsumerOptions {
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
  stream: StreamShardReader;
}

/** A DynamoDB stream read shard by shard through the shared shard walker (shard-source.ts). */
export function startDynamoDbStreamSource(options: DynamoDbStreamSourceOptions): RunningSource {
  const { stream, streamArn } = options;
  // LATEST is pinned when the source starts: each shard there then (closed ones too, whose records
  // are all older) is checkpointed at its newest record, so a restart keeps to it; shards that come
  // later are read whole.
  if (options.startingPosition === 'LATEST') {
    try {
      for (const shard of stream.shards(streamArn)) {
        if (options.checkpoints.load(shard.shardId) !== undefined) continue;
        const latest = stream.latestPosition(streamArn, shard.shardId);
        if (latest.type !== 'TRIM_HORIZON') options.checkpoints.save(shard.shardId, latest.sequenceNumber);
      }
    } catch (error) {
      options.log.warn({ streamArn, err: String(error) }, 'could not list the shards');
    }
  }
  const shards: ShardStream<Position> = {
    shards: () => stream.shards(streamArn).map((shard) => ({ shardId: shard.shardId, parents: shard.parentShardId ? [shard.parentShardId] : [], closed: shard.closed })),
    start: () => ({ type: 'TRIM_HORIZON' }),
    after: (sequenceNumber) => ({ type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber }),
    read(shardId, position, limit) {
      const read = stream.readShard({ streamArn, shardId, position, limit });
      return {
        endOfShard: read.endOfShard,
        records: read.records.map((r) => {
          const record = sourceRecord(r, streamArn);
          const dynamodb = record.event.dynamodb as { SequenceNumber: string; ApproximateCreationDateTime: number; Keys?: Record<string, unknown> };
          // Parallel batches keep each item's changes in order: the item's key picks its batch.
          return { sequenceNumber: dynamodb.SequenceNumber, arrivedAt: dynamodb.ApproximateCreationDateTime * 1000, orderingKey: itemKey(dynamodb.Keys), record };
        }),
      };
    },
    onRecords: (listener) => stream.onRecords(streamArn, listener),
  };
  return startShardSource(shards, options);
}

/** An item's key as one text, its attributes in name order. */
function itemKey(keys: Record<string, unknown> | undefined): string {
  if (!keys) return '';
  return JSON.stringify(Object.keys(keys).sort().map((name) => [name, keys[name]]));
}

/** A stream record as a pipe hands it on: the record with the stream's ARN as eventSourceARN. */
function sourceRecord(read: { record: Record<string, unknown> }, streamArn: string): SourceRecord {
  const event = { ...read.record, eventSourceARN: streamArn };
  return { event, data: event };
}
