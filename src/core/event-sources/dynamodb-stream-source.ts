import type { Clock } from '../clock.js';
import type { ShardCheckpoints } from './kinesis-source.js';
import { Naps, type BatchHandler, type RecordFilter, type RunningSource, type SourceLog, type SourceRecord } from './source.js';

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
export interface ExhaustedStreamBatch {
  shardId: string;
  streamArn: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  approximateArrivalOfFirstRecord: string;
  approximateArrivalOfLastRecord: string;
  batchSize: number;
  attempts: number;
  condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
  error: unknown;
}

export interface DynamoDbStreamSourceOptions {
  streamArn: string;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
  /** -1: retry until the records expire. */
  maximumRetryAttempts: number;
  /** -1: no limit but the stream's retention. */
  maximumRecordAgeInSeconds: number;
  filter: RecordFilter;
  stream: StreamShardReader;
  checkpoints: ShardCheckpoints;
  clock: Clock;
  handler: BatchHandler;
  onExhausted(batch: ExhaustedStreamBatch): Promise<void> | void;
  log: SourceLog;
}

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;
/** An idle shard is looked at again at least this often; a write wakes it sooner (onRecords). */
const IDLE_POLL_MS = 5_000;

export function startDynamoDbStreamSource(options: DynamoDbStreamSourceOptions): RunningSource {
  const { stream, streamArn } = options;
  const naps = new Naps(options.clock);
  let stopped = false;
  const readers = new Map<string, Promise<void>>();
  const finished = new Set<string>();
  // LATEST is pinned when the source starts, for the shards there then; later shards are read whole.
  const startingShards = new Set<string>();
  const latest = new Map<string, Position>();
  try {
    for (const shard of stream.shards(streamArn)) {
      startingShards.add(shard.shardId);
      if (options.startingPosition === 'LATEST' && !shard.closed) latest.set(shard.shardId, stream.latestPosition(streamArn, shard.shardId));
    }
  } catch (error) {
    options.log.warn({ streamArn, err: String(error) }, 'could not list the shards');
  }
  const unsubscribe = stream.onRecords(streamArn, () => naps.wake());

  const startReadyShards = (): void => {
    if (stopped) return;
    let shards: ReturnType<StreamShardReader['shards']>;
    try {
      shards = stream.shards(streamArn);
    } catch (error) {
      options.log.warn({ streamArn, err: String(error) }, 'could not list the shards');
      return;
    }
    const known = new Set(shards.map((s) => s.shardId));
    for (const shard of shards) {
      if (readers.has(shard.shardId)) continue;
      // LATEST skips the closed shards that were there at the start: their records are older.
      if (options.startingPosition === 'LATEST' && startingShards.has(shard.shardId) && shard.closed && !options.checkpoints.load(shard.shardId)) {
        finished.add(shard.shardId);
        continue;
      }
      if (shard.parentShardId && known.has(shard.parentShardId) && !finished.has(shard.parentShardId)) continue;
      readers.set(
        shard.shardId,
        readShard(shard.shardId).catch((error: unknown) => options.log.warn({ streamArn, shardId: shard.shardId, err: String(error) }, 'stopped reading the shard')),
      );
    }
  };

  const readShard = async (shardId: string): Promise<void> => {
    const saved = options.checkpoints.load(shardId);
    let position: Position = saved ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: saved } : (latest.get(shardId) ?? { type: 'TRIM_HORIZON' });
    while (!stopped) {
      let read: ReturnType<StreamShardReader['readShard']>;
      try {
        read = stream.readShard({ streamArn, shardId, position, limit: options.batchSize });
        if (read.records.length && read.records.length < options.batchSize && options.maximumBatchingWindowInSeconds > 0) {
          await naps.sleep(options.maximumBatchingWindowInSeconds * 1000);
          if (stopped) return;
          read = stream.readShard({ streamArn, shardId, position, limit: options.batchSize });
        }
      } catch (error) {
        options.log.warn({ streamArn, shardId, err: String(error) }, 'could not read the shard');
        await naps.sleep(IDLE_POLL_MS);
        continue;
      }
      if (!read.records.length) {
        if (read.endOfShard) {
          finished.add(shardId);
          startReadyShards();
          return;
        }
        await naps.sleep(IDLE_POLL_MS);
        startReadyShards();
        continue;
      }
      const records = read.records.map((r) => sourceRecord(r, streamArn));
      const accepted = records.filter((r) => options.filter(r.data));
      if (accepted.length) await deliver(shardId, accepted);
      if (stopped) return;
      const last = read.records[read.records.length - 1]!.sequenceNumber;
      options.checkpoints.save(shardId, last);
      position = { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: last };
    }
  };

  const sequenceOf = (record: SourceRecord) => (record.event.dynamodb as { SequenceNumber: string }).SequenceNumber;
  const createdAt = (record: SourceRecord) => (record.event.dynamodb as { ApproximateCreationDateTime: number }).ApproximateCreationDateTime * 1000;

  const deliver = async (shardId: string, batch: SourceRecord[]): Promise<void> => {
    let records = batch;
    for (let attempt = 1; ; attempt++) {
      let error: unknown;
      try {
        const failed = (await options.handler(records))?.failed ?? [];
        if (!failed.length) return;
        const first = Math.min(...failed.map((r) => records.indexOf(r)).filter((i) => i >= 0));
        if (Number.isFinite(first) && first > 0) {
          options.checkpoints.save(shardId, sequenceOf(records[first - 1]!));
          records = records.slice(first);
        }
        error = new Error(`${failed.length} of ${records.length} records failed`);
      } catch (thrown) {
        error = thrown;
      }
      const retriesUsed = attempt - 1;
      const tooOld = options.maximumRecordAgeInSeconds !== -1 && options.clock.now() - createdAt(records[0]!) > options.maximumRecordAgeInSeconds * 1000;
      const outOfRetries = options.maximumRetryAttempts !== -1 && retriesUsed >= options.maximumRetryAttempts;
      if (tooOld || outOfRetries) {
        options.log.warn({ streamArn, shardId, attempts: attempt, err: String(error) }, 'batch given up on');
        const iso = (r: SourceRecord) => new Date(createdAt(r)).toISOString();
        await options.onExhausted({
          shardId,
          streamArn,
          startSequenceNumber: sequenceOf(records[0]!),
          endSequenceNumber: sequenceOf(records[records.length - 1]!),
          approximateArrivalOfFirstRecord: iso(records[0]!),
          approximateArrivalOfLastRecord: iso(records[records.length - 1]!),
          batchSize: records.length,
          attempts: attempt,
          condition: tooOld ? 'RecordAgeExceeded' : 'RetryAttemptsExhausted',
          error,
        });
        return;
      }
      await naps.sleep(Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** retriesUsed));
      if (stopped) return;
    }
  };

  startReadyShards();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      naps.wake();
      await Promise.all(readers.values());
    },
  };
}

/** A stream record as a pipe hands it on: the record with the stream's ARN as eventSourceARN. */
function sourceRecord(read: { record: Record<string, unknown> }, streamArn: string): SourceRecord {
  const event = { ...read.record, eventSourceARN: streamArn };
  return { event, data: event };
}

/** What a stream source's dead-letter queue receives for a batch given up on (AWS's DDBStreamBatchInfo). */
export function streamFailureRecord(batch: ExhaustedStreamBatch, consumerArn: string, now: number): Record<string, unknown> {
  const error = batch.error as { errorCode?: string; errorMessage?: string } | undefined;
  return {
    context: {
      partnerResourceArn: consumerArn,
      condition: batch.condition,
      errorCode: error?.errorCode,
      errorMessage: error?.errorMessage ?? (batch.error instanceof Error ? batch.error.message : String(batch.error)),
      approximateInvokeCount: batch.attempts,
    },
    version: '1.0',
    timestamp: new Date(now).toISOString(),
    DDBStreamBatchInfo: {
      shardId: batch.shardId,
      startSequenceNumber: batch.startSequenceNumber,
      endSequenceNumber: batch.endSequenceNumber,
      approximateArrivalOfFirstRecord: batch.approximateArrivalOfFirstRecord,
      approximateArrivalOfLastRecord: batch.approximateArrivalOfLastRecord,
      batchSize: batch.batchSize,
      streamArn: batch.streamArn,
    },
  };
}
