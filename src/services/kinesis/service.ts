import type { Timer } from '../../core/clock.js';
import type { RequestContext } from '../../core/context.js';
import { arn, parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { WorkSlices } from '../../core/work-slices.js';
import { invalidArgument, streamNotFound } from './errors.js';
import { StreamMetrics } from './metrics.js';
import { sequenceNumber, shardId } from './sequence.js';
import { KinesisState, type ShardRow, type StreamRow } from './state.js';
import { ShardThrottle } from './throughput.js';

/** AWS's default: 500 shards an account in the larger regions (DescribeLimits answers it). */
export const SHARD_LIMIT = 500;
export const ON_DEMAND_STREAM_LIMIT = 50;
export const ON_DEMAND_DEFAULT_SHARDS = 4;
export const DEFAULT_RETENTION_HOURS = 24;
const HOUR_MS = 3_600_000;
/** How much expired data one sweep deletes a stream, so a sweep never holds the event loop long. */
const SWEEP_BATCH = 5_000;

/** Which stream a request names: StreamName, StreamARN or both (which must agree). */
export interface StreamReference {
  StreamName?: string;
  StreamARN?: string;
}

/** What every Kinesis operation group shares: the state, the clock, the listeners, the throttle, the metrics. */
export class KinesisService {
  readonly state: KinesisState;
  readonly clock: Runtime['clock'];
  readonly throttle: ShardThrottle;
  readonly metrics: StreamMetrics;
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly transitions = new Map<string, Timer>();
  private sweeper: Timer | undefined;
  private sweeping = false;

  constructor(readonly runtime: Runtime) {
    this.state = new KinesisState(runtime.store);
    this.clock = runtime.clock;
    this.throttle = new ShardThrottle(runtime.options.kinesisThroughputLimits ?? false);
    this.metrics = new StreamMetrics(runtime);
    this.resumeTransitions();
  }

  get statusDelayMs(): number {
    return this.runtime.options.kinesisStatusDelayMs ?? 0;
  }

  close(): void {
    for (const timer of this.transitions.values()) timer.cancel();
    this.transitions.clear();
    this.sweeper?.cancel();
    this.sweeper = undefined;
    this.metrics.close();
    this.listeners.clear();
  }

  streamArn(account: string, region: string, name: string): string {
    return arn({ service: 'kinesis', region, account, resource: `stream/${name}` });
  }

  /** The account, region and name a request's StreamName/StreamARN point at. */
  target(input: StreamReference, context: Pick<RequestContext, 'accountId' | 'region'>): { account: string; region: string; name: string } {
    if (input.StreamARN !== undefined) {
      const parsed = parseArn(input.StreamARN);
      const name = parsed?.resource.startsWith('stream/') ? parsed.resource.slice('stream/'.length) : undefined;
      if (!parsed || parsed.service !== 'kinesis' || !name || name.includes('/')) throw invalidArgument(`StreamARN ${input.StreamARN} is invalid.`);
      if (input.StreamName !== undefined && input.StreamName !== name) {
        throw invalidArgument(`StreamARN ${input.StreamARN} and StreamName ${input.StreamName} do not refer to the same stream.`);
      }
      return { account: parsed.account, region: parsed.region, name };
    }
    if (input.StreamName === undefined) throw invalidArgument('Either StreamName or StreamARN should be provided.');
    return { account: context.accountId, region: context.region, name: input.StreamName };
  }

  /** The stream a request names, or ResourceNotFoundException as Kinesis words it. */
  requireStream(input: StreamReference, context: Pick<RequestContext, 'accountId' | 'region'>): StreamRow {
    const { account, region, name } = this.target(input, context);
    const stream = this.state.stream(account, region, name);
    if (!stream) throw streamNotFound(name, account);
    return stream;
  }

  streamByArn(streamArn: string): StreamRow | undefined {
    const parsed = parseArn(streamArn);
    if (!parsed || parsed.service !== 'kinesis' || !parsed.resource.startsWith('stream/')) return undefined;
    return this.state.stream(parsed.account, parsed.region, parsed.resource.slice('stream/'.length));
  }

  // ---- shards ----

  /** Shards still kept: a closed shard goes once its every record is past the retention period. */
  liveShards(stream: StreamRow): ShardRow[] {
    const horizon = this.clock.now() - stream.retentionHours * HOUR_MS;
    return this.state.shards(stream.id).filter((shard) => shard.closedAt === undefined || shard.closedAt >= horizon);
  }

  openShards(stream: StreamRow): ShardRow[] {
    return this.state.shards(stream.id).filter((shard) => shard.closedAt === undefined);
  }

  shard(stream: StreamRow, index: number): ShardRow | undefined {
    return this.liveShards(stream).find((shard) => shard.index === index);
  }

  startingSequence(shard: ShardRow): string {
    return sequenceNumber(shard.createdAt, shard.index, 0);
  }

  sequenceOf(shard: ShardRow, counter: number): string {
    return sequenceNumber(shard.createdAt, shard.index, counter);
  }

  /** A shard as DescribeStream and ListShards show it. */
  describeShard(shard: ShardRow) {
    return {
      ShardId: shardId(shard.index),
      ParentShardId: shard.parentIndex === undefined ? undefined : shardId(shard.parentIndex),
      AdjacentParentShardId: shard.adjacentParentIndex === undefined ? undefined : shardId(shard.adjacentParentIndex),
      HashKeyRange: { StartingHashKey: shard.startHash.toString(), EndingHashKey: shard.endHash.toString() },
      SequenceNumberRange: {
        StartingSequenceNumber: this.startingSequence(shard),
        EndingSequenceNumber: shard.closedAt === undefined ? undefined : this.sequenceOf(shard, shard.lastCounter),
      },
    };
  }

  /** The shards that took over from a closed one, as GetRecords and SubscribeToShard name them. */
  childShards(stream: StreamRow, parent: ShardRow) {
    return this.state
      .shards(stream.id)
      .filter((shard) => shard.parentIndex === parent.index || shard.adjacentParentIndex === parent.index)
      .map((shard) => ({
        ShardId: shardId(shard.index),
        ParentShards: [shard.parentIndex, shard.adjacentParentIndex].filter((i): i is number => i !== undefined).map(shardId),
        HashKeyRange: { StartingHashKey: shard.startHash.toString(), EndingHashKey: shard.endHash.toString() },
      }));
  }

  // ---- status transitions ----

  /** Moves a stream to `status` now, and to `then` (or away, for DELETING) after the status delay on the clock. */
  transition(stream: StreamRow, status: StreamRow['status'], after?: () => void): void {
    const finish = () => {
      this.transitions.delete(stream.arn);
      const current = this.state.streamById(stream.id);
      if (!current) return;
      if (current.status === 'DELETING') {
        this.state.deleteStream(current);
        this.notify(current.arn);
        this.listeners.delete(current.arn);
        return;
      }
      current.status = 'ACTIVE';
      this.state.updateStream(current);
      after?.();
    };
    stream.status = status;
    this.state.updateStream(stream);
    this.transitions.get(stream.arn)?.cancel();
    if (this.statusDelayMs === 0) finish();
    else this.transitions.set(stream.arn, this.clock.setTimeout(finish, this.statusDelayMs));
  }

  /** Streams a restart caught half-way through a change finish it. */
  private resumeTransitions(): void {
    for (const stream of this.state.allStreams()) {
      if (stream.status !== 'ACTIVE') this.transition(stream, stream.status);
    }
    if (this.state.allStreams().length) this.startSweeping();
  }

  // ---- retention ----

  /** Once an hour of clock time, records past their stream's retention are deleted (reads skip them already). */
  startSweeping(): void {
    this.sweeper ??= this.clock.every(HOUR_MS, () => this.sweep());
  }

  private sweep(): void {
    if (this.sweeping) return;
    const streams = this.state.allStreams();
    if (!streams.length) {
      this.sweeper?.cancel();
      this.sweeper = undefined;
      return;
    }
    this.sweeping = true;
    this.sweepStreams(streams, this.clock.now())
      .catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'expired Kinesis records were not swept'))
      .finally(() => {
        this.sweeping = false;
      });
  }

  /** Deletes in batches, yielding between them, until nothing past retention is left. */
  private async sweepStreams(streams: StreamRow[], now: number): Promise<void> {
    const slices = new WorkSlices();
    const sweeper = this.sweeper;
    for (const stream of streams) {
      const horizon = now - stream.retentionHours * HOUR_MS;
      for (;;) {
        // The service may close, or the stream go, while the sweep yields.
        if (this.sweeper !== sweeper || this.state.streamById(stream.id) === undefined) return;
        const deleted = this.state.expireRecords(stream.id, horizon, SWEEP_BATCH);
        if (deleted < SWEEP_BATCH) break;
        if (slices.due()) await slices.pause();
      }
      for (const shard of this.state.shards(stream.id)) {
        if (shard.closedAt !== undefined && shard.closedAt < horizon) this.state.dropShard(shard);
      }
    }
  }

  // ---- listeners ----

  onRecords(streamArn: string, listener: () => void): () => void {
    let set = this.listeners.get(streamArn);
    if (!set) this.listeners.set(streamArn, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && this.listeners.get(streamArn) === set) this.listeners.delete(streamArn);
    };
  }

  notify(streamArn: string): void {
    const set = this.listeners.get(streamArn);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener();
      } catch (error) {
        this.runtime.log.warn({ err: String(error) }, 'a Kinesis record listener failed');
      }
    }
  }
}
