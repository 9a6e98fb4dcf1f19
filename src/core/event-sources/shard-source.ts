import type { Clock } from '../clock.js';
import { Naps, type BatchOutcome, type RecordFilter, type RunningSource, type SourceLog, type SourceRecord } from './source.js';

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
  /** How many times the consumer was called with these records (bisected halves count the calls of the whole). */
  attempts: number;
  /** Why it was given up on, as AWS names the condition in a failure record. */
  condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
  /** The last failure (undefined when the records were too old to be handed over at all). */
  error: unknown;
  /** The records themselves, as handed over (Lambda's S3 failure destination carries the whole event). */
  records: SourceRecord[];
}

/** A tumbling window of a shard: [start, end) in epoch ms, by the records' arrival. */
export interface ShardWindow {
  start: number;
  end: number;
}

/** What the consumer is told about a batch besides its records. */
export interface ShardBatchContext {
  shardId: string;
  /** When the batch's newest record arrived in the stream, epoch ms (IteratorAge); undefined for a window's final call. */
  lastArrivedAt?: number;
  /** With tumbling windows: the window every record of the batch belongs to. */
  window?: ShardWindow;
  /** The window is over: this call (with no records) closes it. */
  finalForWindow?: boolean;
}

/** Resolves when the batch is processed (with the records that failed, if only some did); rejects when it failed whole. */
export type ShardBatchHandler = (records: SourceRecord[], context: ShardBatchContext) => Promise<void | BatchOutcome>;

/** The consumer's settings every sharded source shares (Pipes' and Lambda's stream parameters). */
export interface ShardConsumerOptions {
  streamArn: string;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  /** -1: retry until the records expire. */
  maximumRetryAttempts: number;
  /** -1: no limit but the stream's retention. */
  maximumRecordAgeInSeconds: number;
  /** 1 (default) to 10: batches of one shard in flight at once, each record's key kept to one of them, in order. */
  parallelizationFactor?: number;
  /** A batch that fails whole is split in two and each half tried on its own (splitting uses no retry). */
  bisectBatchOnFunctionError?: boolean;
  /**
   * Whether a failure is the consumer's own (a function error: counts against MaximumRetryAttempts
   * and may be bisected) or one before it ran (a throttle: retried until the records are too old).
   * Unset: every failure is the consumer's.
   */
  isFunctionError?: (error: unknown) => boolean;
  /** Tumbling windows: batches never mix windows, and a window's end is marked by a final call. */
  tumblingWindow?: {
    seconds: number;
    /** The start of the window a shard had open when the consumer last stopped (kept in its store). */
    open(shardId: string): number | undefined;
  };
  filter: RecordFilter;
  checkpoints: ShardCheckpoints;
  clock: Clock;
  handler: ShardBatchHandler;
  /** A batch given up on (retries or age): the consumer sends its description to its dead-letter queue. */
  onExhausted(batch: ExhaustedBatch): Promise<void> | void;
  log: SourceLog;
}

/** A record as read, and as handed on. */
export interface ReadRecord {
  sequenceNumber: string;
  /** When it arrived in the stream, epoch ms. */
  arrivedAt: number;
  /** What order is kept by when a shard is processed in parallel (Kinesis: partition key; DynamoDB: the item's key). */
  orderingKey: string;
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
/** GetRecords returns at most 10,000 records. */
const MAX_READ = 10_000;
/** An idle shard is looked at again at least this often; new records wake it sooner (onRecords). */
const IDLE_POLL_MS = 5_000;

/** How many calls and counted failures records have been through (bisected halves inherit their whole's). */
interface Tries {
  invocations: number;
  failures: number;
  lastError: unknown;
}

/**
 * Reads a stream shard by shard, each in order: a batch is retried (on the clock) until the
 * handler takes it, it has used MaximumRetryAttempts, or its records are older than
 * MaximumRecordAgeInSeconds; then its description goes to `onExhausted` and the shard moves on. A
 * closed shard's children start once it has been read to its end. Partial failures checkpoint
 * what came before the first failed record and retry from it. With a ParallelizationFactor above
 * one, up to that many batches of a shard are in flight, each record's key always in the same
 * one, so the records of a key keep their order; the shard's checkpoint moves once all are done.
 */
export function startShardSource<Position>(stream: ShardStream<Position>, options: ShardConsumerOptions): RunningSource {
  const { streamArn } = options;
  // New records end an idle wait (or a batching window's, to see whether the batch is full); a retry's backoff waits its time.
  const idle = new Naps(options.clock);
  const backoff = new Naps(options.clock);
  const lanes = options.tumblingWindow ? 1 : Math.max(1, Math.min(10, options.parallelizationFactor ?? 1));
  const windowMs = options.tumblingWindow ? options.tumblingWindow.seconds * 1000 : 0;
  const isFunctionError = options.isFunctionError ?? (() => true);
  let stopped = false;
  const readers = new Map<string, Promise<void>>();
  const finished = new Set<string>();
  const unsubscribe = stream.onRecords(() => idle.wake());

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

  const windowOf = (record: ReadRecord): ShardWindow => {
    const start = record.arrivedAt - (record.arrivedAt % windowMs);
    return { start, end: start + windowMs };
  };

  const readShard = async (shardId: string, from: Position): Promise<void> => {
    let position = from;
    const openStart = options.tumblingWindow?.open(shardId);
    let openWindow: ShardWindow | undefined = openStart === undefined ? undefined : { start: openStart, end: openStart + windowMs };
    const closeWindow = async (): Promise<void> => {
      const window = openWindow!;
      await deliver(shardId, [], { shardId, window, finalForWindow: true }, { invocations: 0, failures: 0, lastError: undefined });
      if (!stopped) openWindow = undefined;
    };
    while (!stopped) {
      let read: ReturnType<ShardStream<Position>['read']>;
      // A read takes a batch for each lane, at most what one GetRecords returns.
      const limit = Math.min(MAX_READ, options.batchSize * lanes);
      try {
        read = stream.read(shardId, position, limit);
        if (read.records.length && read.records.length < limit && options.maximumBatchingWindowInSeconds > 0) {
          // Gather until the batching window ends or the batch is full, then read it whole from the same place.
          const windowEnds = options.clock.now() + options.maximumBatchingWindowInSeconds * 1000;
          while (options.clock.now() < windowEnds && read.records.length < limit) {
            await idle.sleep(windowEnds - options.clock.now());
            if (stopped) return;
            read = stream.read(shardId, position, limit);
          }
        }
      } catch (error) {
        options.log.warn({ streamArn, shardId, err: String(error) }, 'could not read the shard');
        await backoff.sleep(IDLE_POLL_MS);
        continue;
      }
      let records = read.records;
      if (windowMs && records.length) {
        const window = windowOf(records[0]!);
        // A record of a later window means the open one is over: close it first.
        if (openWindow && openWindow.start !== window.start) {
          await closeWindow();
          continue;
        }
        openWindow = window;
        records = records.filter((r) => r.arrivedAt < window.end);
      }
      if (!records.length) {
        if (openWindow && (read.endOfShard || options.clock.now() >= openWindow.end)) {
          await closeWindow();
          continue;
        }
        if (read.endOfShard) {
          finished.add(shardId);
          startReadyShards();
          return;
        }
        await idle.sleep(openWindow ? Math.max(1, Math.min(IDLE_POLL_MS, openWindow.end - options.clock.now())) : IDLE_POLL_MS);
        // A shard that appeared meanwhile (a rollover, a reshard) is started.
        startReadyShards();
        continue;
      }
      const accepted = records.filter((r) => options.filter(r.record.data));
      if (accepted.length) await deliverChunk(shardId, accepted, openWindow);
      if (stopped) return;
      const last = records[records.length - 1]!.sequenceNumber;
      options.checkpoints.save(shardId, last);
      position = stream.after(last);
    }
  };

  /** One read's records: one batch, or with parallelization one lane a key, each lane's batches in order. */
  const deliverChunk = async (shardId: string, records: ReadRecord[], window: ShardWindow | undefined): Promise<void> => {
    const fresh = (): Tries => ({ invocations: 0, failures: 0, lastError: undefined });
    if (lanes === 1) {
      await deliver(shardId, records, { shardId, window }, fresh());
      return;
    }
    const byLane: ReadRecord[][] = Array.from({ length: lanes }, () => []);
    for (const record of records) byLane[laneOf(record.orderingKey, lanes)]!.push(record);
    await Promise.all(
      byLane.map(async (laneRecords) => {
        for (let i = 0; i < laneRecords.length && !stopped; i += options.batchSize) {
          await deliver(shardId, laneRecords.slice(i, i + options.batchSize), { shardId }, fresh());
        }
      }),
    );
  };

  const tooOld = (record: ReadRecord): boolean => options.maximumRecordAgeInSeconds !== -1 && options.clock.now() - record.arrivedAt > options.maximumRecordAgeInSeconds * 1000;

  const giveUp = async (shardId: string, records: ReadRecord[], tries: Tries, condition: ExhaustedBatch['condition']): Promise<void> => {
    options.log.warn({ streamArn, shardId, attempts: tries.invocations, condition, err: String(tries.lastError) }, 'batch given up on');
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
      attempts: tries.invocations,
      condition,
      error: tries.lastError,
      records: records.map((r) => r.record),
    });
  };

  /**
   * Hands a batch over until it is taken or given up on; returns early only when stopping. A
   * window's final call has no records: it is retried until it is taken (or out of retries).
   */
  const deliver = async (shardId: string, batch: ReadRecord[], context: ShardBatchContext, tries: Tries): Promise<void> => {
    let records = batch;
    const final = context.finalForWindow === true;
    for (;;) {
      if (!final && tooOld(records[0]!)) return giveUp(shardId, records, tries, 'RecordAgeExceeded');
      let error: unknown;
      let whole = true;
      tries.invocations++;
      try {
        const handed = records.map((r) => r.record);
        const lastArrivedAt = records.length ? records[records.length - 1]!.arrivedAt : undefined;
        const failed = (await options.handler(handed, { ...context, lastArrivedAt }))?.failed ?? [];
        if (!failed.length) return;
        // A partial failure: what came before the first failed record is done; retry from it.
        whole = false;
        const first = Math.min(...failed.map((r) => handed.indexOf(r)).filter((i) => i >= 0));
        if (Number.isFinite(first) && first > 0) {
          // Only a lone lane's records are contiguous in the shard: then the checkpoint may move.
          if (lanes === 1) options.checkpoints.save(shardId, records[first - 1]!.sequenceNumber);
          records = records.slice(first);
        }
        error = new Error(`${failed.length} of ${handed.length} records failed`);
      } catch (thrown) {
        error = thrown;
      }
      tries.lastError = error;
      if (stopped) return;
      const counts = isFunctionError(error);
      if (whole && counts && options.bisectBatchOnFunctionError && records.length > 1) {
        // Each half goes on with the tries of the whole: splitting is not a retry.
        const half = Math.ceil(records.length / 2);
        await deliver(shardId, records.slice(0, half), context, { ...tries });
        if (stopped) return;
        await deliver(shardId, records.slice(half), context, { ...tries, invocations: tries.invocations });
        return;
      }
      if (counts) tries.failures++;
      const outOfRetries = counts && options.maximumRetryAttempts !== -1 && tries.failures > options.maximumRetryAttempts;
      if (outOfRetries) {
        if (final) {
          options.log.warn({ streamArn, shardId, window: context.window, err: String(error) }, "window's final call given up on");
          return;
        }
        return giveUp(shardId, records, tries, 'RetryAttemptsExhausted');
      }
      if (!final && tooOld(records[0]!)) return giveUp(shardId, records, tries, 'RecordAgeExceeded');
      await backoff.sleep(Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, tries.invocations - 1)));
      if (stopped) return;
    }
  };

  startReadyShards();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      idle.wake();
      backoff.wake();
      await Promise.all(readers.values());
    },
  };
}

/** The lane a key's records go to: a stable hash (FNV-1a) of the key. */
function laneOf(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}

/** A batch's place in its stream, as failure records name it under KinesisBatchInfo or DDBStreamBatchInfo. */
export function batchInfo(batch: ExhaustedBatch): Record<string, unknown> {
  return {
    shardId: batch.shardId,
    startSequenceNumber: batch.startSequenceNumber,
    endSequenceNumber: batch.endSequenceNumber,
    approximateArrivalOfFirstRecord: batch.approximateArrivalOfFirstRecord,
    approximateArrivalOfLastRecord: batch.approximateArrivalOfLastRecord,
    batchSize: batch.batchSize,
    streamArn: batch.streamArn,
  };
}

/**
 * What a pipe's dead-letter queue receives for a batch given up on: AWS's invocation context and
 * the batch's description under KinesisBatchInfo or DDBStreamBatchInfo.
 */
export function batchFailureRecord(batch: ExhaustedBatch, infoKey: 'KinesisBatchInfo' | 'DDBStreamBatchInfo', consumerArn: string, now: number): Record<string, unknown> {
  const error = batch.error as { errorCode?: string; errorMessage?: string } | undefined;
  return {
    context: {
      partnerResourceArn: consumerArn,
      condition: batch.condition,
      errorCode: error?.errorCode,
      errorMessage: error?.errorMessage ?? (batch.error instanceof Error ? batch.error.message : batch.error === undefined ? undefined : String(batch.error)),
      approximateInvokeCount: batch.attempts,
    },
    version: '1.0',
    timestamp: new Date(now).toISOString(),
    [infoKey]: batchInfo(batch),
  };
}
