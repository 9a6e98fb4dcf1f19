import type { Clock } from '../clock.js';
import { Naps, parsedPayload, type BatchHandler, type RecordFilter, type RunningSource, type SourceLog, type SourceRecord } from './source.js';

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

/** Where each shard was read to, kept by the consumer in its store so a restart resumes there. */
export interface ShardCheckpoints {
  load(shardId: string): string | undefined;
  save(shardId: string, sequenceNumber: string): void;
}

/** What a batch that used up its retries was, for the consumer's dead-letter queue. */
export interface ExhaustedBatch {
  shardId: string;
  streamArn: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  approximateArrivalOfFirstRecord: string;
  approximateArrivalOfLastRecord: string;
  batchSize: number;
  attempts: number;
  /** Why it was given up on, as AWS names the condition in a failure record. */
  condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
  error: unknown;
}

export interface KinesisSourceOptions {
  streamArn: string;
  region: string;
  /** The role the consumer reads with, reported as invokeIdentityArn. */
  roleArn: string;
  /** Pipes hand records on flat; Lambda nests the Kinesis fields under `kinesis` (filters read both flat). */
  recordShape?: 'pipes' | 'lambda';
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  startingPosition: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
  startingPositionTimestamp?: number;
  /** -1: retry until the records expire. */
  maximumRetryAttempts: number;
  /** -1: no limit but the stream's retention. */
  maximumRecordAgeInSeconds: number;
  filter: RecordFilter;
  stream: ShardReader;
  checkpoints: ShardCheckpoints;
  clock: Clock;
  handler: BatchHandler;
  /** A batch given up on (retries or age): the consumer sends its description to its dead-letter queue. */
  onExhausted(batch: ExhaustedBatch): Promise<void> | void;
  log: SourceLog;
}

/** Retries of a failing batch back off from one second, doubling, to at most a minute. */
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;
/** An idle shard is looked at again at least this often; a put wakes it sooner (onRecords). */
const IDLE_POLL_MS = 5_000;

/**
 * Reads a stream shard by shard, each in order, one batch at a time per shard: a batch is retried
 * (on the clock) until the handler takes it, it has used MaximumRetryAttempts, or its records are
 * older than MaximumRecordAgeInSeconds; then its description goes to `onExhausted` and the shard
 * moves on. A closed shard's children start once it has been read to its end.
 */
export function startKinesisSource(options: KinesisSourceOptions): RunningSource {
  const { stream, streamArn } = options;
  const naps = new Naps(options.clock);
  let stopped = false;
  const readers = new Map<string, Promise<void>>();
  const finished = new Set<string>();
  // LATEST is pinned when the source starts: records put from then on are read.
  const startedAt = options.clock.now();
  const initial: ShardStart =
    options.startingPosition === 'TRIM_HORIZON'
      ? { type: 'TRIM_HORIZON' }
      : { type: 'AT_TIMESTAMP', timestamp: options.startingPosition === 'AT_TIMESTAMP' ? (options.startingPositionTimestamp ?? startedAt) : startedAt };

  const unsubscribe = stream.onRecords(streamArn, () => naps.wake());

  const startReadyShards = (): void => {
    if (stopped) return;
    let shards: ReturnType<ShardReader['shards']>;
    try {
      shards = stream.shards(streamArn);
    } catch (error) {
      options.log.warn({ streamArn, err: String(error) }, 'could not list the shards');
      return;
    }
    const known = new Set(shards.map((s) => s.shardId));
    for (const shard of shards) {
      if (readers.has(shard.shardId)) continue;
      const parents = [shard.parentShardId, shard.adjacentParentShardId].filter((p): p is string => Boolean(p) && known.has(p!));
      if (parents.some((p) => !finished.has(p))) continue;
      readers.set(
        shard.shardId,
        readShard(shard.shardId).catch((error: unknown) => options.log.warn({ streamArn, shardId: shard.shardId, err: String(error) }, 'stopped reading the shard')),
      );
    }
  };

  const readShard = async (shardId: string): Promise<void> => {
    const saved = options.checkpoints.load(shardId);
    let position: ShardStart = saved ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: saved } : initial;
    while (!stopped) {
      let read: ReturnType<ShardReader['readShard']>;
      try {
        read = stream.readShard({ streamArn, shardId, position, limit: options.batchSize });
        if (read.records.length && read.records.length < options.batchSize && options.maximumBatchingWindowInSeconds > 0) {
          // Gather for the batching window, then read the batch whole from the same place.
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
        continue;
      }
      const records = read.records.map((record) => kinesisRecord(record, shardId, options));
      const accepted = records.filter((r) => options.filter(r.data));
      if (accepted.length) await deliver(shardId, accepted);
      if (stopped) return;
      const last = read.records[read.records.length - 1]!.sequenceNumber;
      options.checkpoints.save(shardId, last);
      position = { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: last };
    }
  };

  /** Hands a batch over until it is taken or given up on; returns early only when stopping. */
  const deliver = async (shardId: string, batch: SourceRecord[]): Promise<void> => {
    let records = batch;
    for (let attempt = 1; ; attempt++) {
      let error: unknown;
      try {
        const failed = (await options.handler(records))?.failed ?? [];
        if (!failed.length) return;
        // A partial failure: what came before the first failed record is done; retry from it.
        const first = Math.min(...failed.map((r) => records.indexOf(r)).filter((i) => i >= 0));
        if (Number.isFinite(first) && first > 0) {
          options.checkpoints.save(shardId, records[first - 1]!.data.sequenceNumber as string);
          records = records.slice(first);
        }
        error = new Error(`${failed.length} of ${records.length} records failed`);
      } catch (thrown) {
        error = thrown;
      }
      const retriesUsed = attempt - 1;
      const oldest = (records[0]!.data.approximateArrivalTimestamp as number) * 1000;
      const tooOld = options.maximumRecordAgeInSeconds !== -1 && options.clock.now() - oldest > options.maximumRecordAgeInSeconds * 1000;
      const outOfRetries = options.maximumRetryAttempts !== -1 && retriesUsed >= options.maximumRetryAttempts;
      if (tooOld || outOfRetries) {
        options.log.warn({ streamArn, shardId, attempts: attempt, err: String(error) }, 'batch given up on');
        await options.onExhausted(exhausted(shardId, records, attempt, tooOld ? 'RecordAgeExceeded' : 'RetryAttemptsExhausted', error));
        return;
      }
      await naps.sleep(Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** retriesUsed));
      if (stopped) return;
    }
  };

  const exhausted = (shardId: string, records: SourceRecord[], attempts: number, condition: ExhaustedBatch['condition'], error: unknown): ExhaustedBatch => {
    const first = records[0]!.data;
    const last = records[records.length - 1]!.data;
    const iso = (seconds: unknown) => new Date((seconds as number) * 1000).toISOString();
    return {
      shardId,
      streamArn,
      startSequenceNumber: first.sequenceNumber as string,
      endSequenceNumber: last.sequenceNumber as string,
      approximateArrivalOfFirstRecord: iso(first.approximateArrivalTimestamp),
      approximateArrivalOfLastRecord: iso(last.approximateArrivalTimestamp),
      batchSize: records.length,
      attempts,
      condition,
      error,
    };
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
