import type { Clock } from '../clock.js';
import { Naps, type BatchHandler, type RecordFilter, type RunningSource, type SourceLog, type SourceRecord } from './source.js';

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

/** The consumer's settings every sharded source shares (Pipes' and Lambda's stream parameters). */
export interface ShardConsumerOptions {
  streamArn: string;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  /** -1: retry until the records expire. */
  maximumRetryAttempts: number;
  /** -1: no limit but the stream's retention. */
  maximumRecordAgeInSeconds: number;
  filter: RecordFilter;
  checkpoints: ShardCheckpoints;
  clock: Clock;
  handler: BatchHandler;
  /** A batch given up on (retries or age): the consumer sends its description to its dead-letter queue. */
  onExhausted(batch: ExhaustedBatch): Promise<void> | void;
  log: SourceLog;
}

/** A record as read, and as handed on. */
export interface ReadRecord {
  sequenceNumber: string;
  /** When it arrived in the stream, epoch ms. */
  arrivedAt: number;
  record: SourceRecord;
}

/** What differs between streams (Kinesis, DynamoDB Streams): how shards are listed and read. */
export interface ShardStream<Position> {
  shards(): Array<{ shardId: string; parents: string[]; closed: boolean }>;
  /** Where a shard with no checkpoint starts; undefined when it is skipped (finished at once). */
  start(shard: { shardId: string; closed: boolean }): Position | undefined;
  after(sequenceNumber: string): Position;
  read(shardId: string, position: Position, limit: number): { records: ReadRecord[]; endOfShard: boolean };
  onRecords(listener: () => void): () => void;
}

/** Retries of a failing batch back off from one second, doubling, to at most a minute. */
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;
/** An idle shard is looked at again at least this often; new records wake it sooner (onRecords). */
const IDLE_POLL_MS = 5_000;

/**
 * Reads a stream shard by shard, each in order, one batch at a time per shard: a batch is retried
 * (on the clock) until the handler takes it, it has used MaximumRetryAttempts, or its records are
 * older than MaximumRecordAgeInSeconds; then its description goes to `onExhausted` and the shard
 * moves on. A closed shard's children start once it has been read to its end. Partial failures
 * checkpoint what came before the first failed record and retry from it.
 */
export function startShardSource<Position>(stream: ShardStream<Position>, options: ShardConsumerOptions): RunningSource {
  const { streamArn } = options;
  const naps = new Naps(options.clock);
  let stopped = false;
  const readers = new Map<string, Promise<void>>();
  const finished = new Set<string>();
  const unsubscribe = stream.onRecords(() => naps.wake());

  const startReadyShards = (): void => {
    if (stopped) return;
    let shards: ReturnType<ShardStream<Position>['shards']>;
    try {
      shards = stream.shards();
    } catch (error) {
      options.log.warn({ streamArn, err: String(error) }, 'could not list the shards');
      return;
    }
    const known = new Set(shards.map((s) => s.shardId));
    for (const shard of shards) {
      if (readers.has(shard.shardId) || finished.has(shard.shardId)) continue;
      if (shard.parents.some((p) => known.has(p) && !finished.has(p))) continue;
      const saved = options.checkpoints.load(shard.shardId);
      const position = saved !== undefined ? stream.after(saved) : stream.start(shard);
      if (position === undefined) {
        finished.add(shard.shardId);
        continue;
      }
      readers.set(
        shard.shardId,
        readShard(shard.shardId, position).catch((error: unknown) => options.log.warn({ streamArn, shardId: shard.shardId, err: String(error) }, 'stopped reading the shard')),
      );
    }
  };

  const readShard = async (shardId: string, from: Position): Promise<void> => {
    let position = from;
    while (!stopped) {
      let read: ReturnType<ShardStream<Position>['read']>;
      try {
        read = stream.read(shardId, position, options.batchSize);
        if (read.records.length && read.records.length < options.batchSize && options.maximumBatchingWindowInSeconds > 0) {
          // Gather for the batching window, then read the batch whole from the same place.
          await naps.sleep(options.maximumBatchingWindowInSeconds * 1000);
          if (stopped) return;
          read = stream.read(shardId, position, options.batchSize);
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
        // A shard that appeared meanwhile (a rollover, a reshard) is started.
        startReadyShards();
        continue;
      }
      const accepted = read.records.filter((r) => options.filter(r.record.data));
      if (accepted.length) await deliver(shardId, accepted);
      if (stopped) return;
      const last = read.records[read.records.length - 1]!.sequenceNumber;
      options.checkpoints.save(shardId, last);
      position = stream.after(last);
    }
  };

  /** Hands a batch over until it is taken or given up on; returns early only when stopping. */
  const deliver = async (shardId: string, batch: ReadRecord[]): Promise<void> => {
    let records = batch;
    for (let attempt = 1; ; attempt++) {
      let error: unknown;
      try {
        const handed = records.map((r) => r.record);
        const failed = (await options.handler(handed))?.failed ?? [];
        if (!failed.length) return;
        // A partial failure: what came before the first failed record is done; retry from it.
        const first = Math.min(...failed.map((r) => handed.indexOf(r)).filter((i) => i >= 0));
        if (Number.isFinite(first) && first > 0) {
          options.checkpoints.save(shardId, records[first - 1]!.sequenceNumber);
          records = records.slice(first);
        }
        error = new Error(`${failed.length} of ${records.length} records failed`);
      } catch (thrown) {
        error = thrown;
      }
      const retriesUsed = attempt - 1;
      const tooOld = options.maximumRecordAgeInSeconds !== -1 && options.clock.now() - records[0]!.arrivedAt > options.maximumRecordAgeInSeconds * 1000;
      const outOfRetries = options.maximumRetryAttempts !== -1 && retriesUsed >= options.maximumRetryAttempts;
      if (tooOld || outOfRetries) {
        options.log.warn({ streamArn, shardId, attempts: attempt, err: String(error) }, 'batch given up on');
        const first = records[0]!;
        const last = records[records.length - 1]!;
        await options.onExhausted({
          shardId,
          streamArn,
          startSequenceNumber: first.sequenceNumber,
          endSequenceNumber: last.sequenceNumber,
          approximateArrivalOfFirstRecord: new Date(first.arrivedAt).toISOString(),
          approximateArrivalOfLastRecord: new Date(last.arrivedAt).toISOString(),
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

/**
 * What a stream consumer's dead-letter queue receives for a batch given up on: AWS's invocation
 * context and the batch's description under KinesisBatchInfo or DDBStreamBatchInfo.
 */
export function batchFailureRecord(batch: ExhaustedBatch, infoKey: 'KinesisBatchInfo' | 'DDBStreamBatchInfo', consumerArn: string, now: number): Record<string, unknown> {
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
    [infoKey]: {
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
