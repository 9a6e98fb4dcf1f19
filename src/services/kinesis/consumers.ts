import type { Timer } from '../../core/clock.js';
import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import type * as Kinesis from '../../generated/kinesis.js';
import { invalidArgument, limitExceeded, resourceInUse, resourceNotFound, shardNotFound } from './errors.js';
import { counterBefore, readAfter, recordShape } from './records.js';
import { shardIndexOf } from './sequence.js';
import type { KinesisService } from './service.js';
import type { ConsumerRow, ShardRow, StreamRow } from './state.js';
import type { ShardPosition } from './api.js';

export const MAX_CONSUMERS = 20;
/** A subscription delivers for five minutes of clock time, then ends; the consumer subscribes again. */
export const SUBSCRIPTION_LIFETIME_MS = 300_000;
/** A second subscription to the same shard by the same consumer is refused this long after the first. */
const RESUBSCRIBE_AFTER_MS = 5_000;
/** An idle subscription still gets an event this often, so the consumer knows it is alive. */
const HEARTBEAT_MS = 5_000;
const EVENT_RECORD_LIMIT = 10_000;

interface Subscription {
  startedAt: number;
  end: () => void;
}

/** RegisterStreamConsumer, Describe/List/DeregisterStreamConsumer, SubscribeToShard. */
export class Consumers {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly timers = new Set<Timer>();

  constructor(private readonly service: KinesisService) {
    for (const consumer of service.state.unsettledConsumers()) this.settle(consumer);
  }

  close(): void {
    for (const timer of this.timers) timer.cancel();
    this.timers.clear();
    for (const subscription of this.subscriptions.values()) subscription.end();
    this.subscriptions.clear();
  }

  private consumerArn(stream: StreamRow, name: string, createdAt: number): string {
    return `${stream.arn}/consumer/${name}:${Math.floor(createdAt / 1000)}`;
  }

  /** Moves a consumer to ACTIVE (or away, when DELETING) after the status delay on the clock. */
  private settle(consumer: ConsumerRow): void {
    const finish = () => {
      const current = this.service.state.consumerByArn(consumer.arn);
      if (!current) return;
      if (current.status === 'DELETING') this.service.state.deleteConsumer(current.arn);
      else this.service.state.updateConsumer({ ...current, status: 'ACTIVE' });
    };
    const delay = this.service.statusDelayMs;
    if (delay === 0) return finish();
    const timer = this.service.clock.setTimeout(() => {
      this.timers.delete(timer);
      finish();
    }, delay);
    this.timers.add(timer);
  }

  private notFound(name: string, stream: StreamRow): Error {
    return resourceNotFound(`Consumer ${name} under stream ${stream.name} under account ${stream.account} not found.`);
  }

  /** The consumer a request names: by ConsumerARN, or by StreamARN and ConsumerName. */
  private requireConsumer(input: { ConsumerARN?: string; StreamARN?: string; ConsumerName?: string }, context: { accountId: string; region: string }): { consumer: ConsumerRow; stream: StreamRow } {
    if (input.ConsumerARN !== undefined) {
      const streamArn = input.ConsumerARN.replace(/\/consumer\/.*$/, '');
      const stream = this.service.streamByArn(streamArn);
      const consumer = this.service.state.consumerByArn(input.ConsumerARN);
      if (!stream || !consumer) throw resourceNotFound(`Consumer ${input.ConsumerARN} not found.`);
      return { consumer, stream };
    }
    if (input.StreamARN === undefined || input.ConsumerName === undefined) {
      throw invalidArgument('Either ConsumerARN, or both StreamARN and ConsumerName, should be provided.');
    }
    const stream = this.service.requireStream({ StreamARN: input.StreamARN }, context);
    const consumer = this.service.state.consumerByName(stream.id, input.ConsumerName);
    if (!consumer) throw this.notFound(input.ConsumerName, stream);
    return { consumer, stream };
  }

  operations(): Partial<Kinesis.KinesisOperations> {
    const service = this.service;
    const describe = (consumer: ConsumerRow) => ({
      ConsumerName: consumer.name,
      ConsumerARN: consumer.arn,
      ConsumerStatus: consumer.status,
      ConsumerCreationTimestamp: new Date(consumer.createdAt),
    });
    return {
      RegisterStreamConsumer: (input, context) => {
        const stream = service.requireStream({ StreamARN: input.StreamARN }, context);
        if (service.state.consumerByName(stream.id, input.ConsumerName)) {
          throw resourceInUse(`Consumer ${input.ConsumerName} under stream ${stream.name} under account ${stream.account} already exists.`);
        }
        if (service.state.consumers(stream.id).length >= MAX_CONSUMERS) {
          throw limitExceeded(`Stream ${stream.name} under account ${stream.account} already has ${MAX_CONSUMERS} registered consumers, the limit.`);
        }
        const now = service.clock.now();
        const consumer: ConsumerRow = { arn: this.consumerArn(stream, input.ConsumerName, now), streamId: stream.id, name: input.ConsumerName, status: 'CREATING', createdAt: now, tags: { ...(input.Tags ?? {}) } };
        service.state.insertConsumer(consumer);
        const answer = describe(consumer);
        this.settle(consumer);
        return { Consumer: answer };
      },

      DescribeStreamConsumer: (input, context) => {
        const { consumer, stream } = this.requireConsumer(input, context);
        return { ConsumerDescription: { ...describe(consumer), StreamARN: stream.arn } };
      },

      ListStreamConsumers: (input, context) => {
        const stream = service.requireStream({ StreamARN: input.StreamARN }, context);
        let consumers = service.state.consumers(stream.id);
        if (input.NextToken !== undefined) {
          const after = decodePageToken(input.NextToken, isAfterKey, () => invalidArgument('Invalid NextToken.')).after;
          consumers = consumers.filter((c) => c.name > after);
        }
        const limit = input.MaxResults ?? 100;
        const page = consumers.slice(0, limit);
        return { Consumers: page.map(describe), NextToken: consumers.length > limit ? encodePageToken({ after: page[page.length - 1]!.name }) : undefined };
      },

      DeregisterStreamConsumer: (input, context) => {
        const { consumer } = this.requireConsumer(input, context);
        for (const [key, subscription] of this.subscriptions) if (key.startsWith(`${consumer.arn}\u0000`)) subscription.end();
        service.state.updateConsumer({ ...consumer, status: 'DELETING' });
        this.settle(consumer);
      },

      SubscribeToShard: (input, context) => {
        const { consumer, stream } = this.requireConsumer({ ConsumerARN: input.ConsumerARN }, context);
        if (consumer.status !== 'ACTIVE') {
          throw resourceInUse(
            `Consumer ${consumer.name} with creation timestamp ${Math.floor(consumer.createdAt / 1000)} under stream: ${stream.name} , account ${stream.account} is not in ACTIVE status.`,
          );
        }
        const index = shardIndexOf(input.ShardId);
        const shard = index === undefined ? undefined : service.shard(stream, index);
        if (!shard) throw shardNotFound(input.ShardId, stream.name, stream.account);
        const start = input.StartingPosition;
        let position: ShardPosition;
        if (start.Type === 'AT_SEQUENCE_NUMBER' || start.Type === 'AFTER_SEQUENCE_NUMBER') {
          if (start.SequenceNumber === undefined) throw invalidArgument(`StartingPosition of type ${start.Type} needs a SequenceNumber.`);
          position = { type: start.Type, sequenceNumber: start.SequenceNumber };
        } else if (start.Type === 'AT_TIMESTAMP') {
          if (!start.Timestamp) throw invalidArgument('StartingPosition of type AT_TIMESTAMP needs a Timestamp.');
          position = { type: 'AT_TIMESTAMP', timestamp: start.Timestamp.getTime() };
        } else {
          position = { type: start.Type };
        }
        const afterCounter = counterBefore(service, stream, shard, position, { operation: 'SubscribeToShard' });
        const key = `${consumer.arn}\u0000${shard.index}`;
        const now = service.clock.now();
        const existing = this.subscriptions.get(key);
        if (existing && now - existing.startedAt < RESUBSCRIBE_AFTER_MS) throw resourceInUse(`Another active subscription exists for this consumer: ${consumer.arn}`);
        existing?.end();
        service.metrics.record(stream.account, stream.region, stream.name, 'SubscribeToShard.Success', 1);
        return { EventStream: this.events(key, stream, shard, afterCounter, now) } as unknown as Kinesis.SubscribeToShardOutput;
      },
    };
  }

  /** The events of one subscription: what the shard has after the position, then what arrives, for five minutes. */
  private events(key: string, stream: StreamRow, shard: ShardRow, startAfter: number, startedAt: number): AsyncIterable<Record<string, unknown>> {
    const service = this.service;
    const subscriptions = this.subscriptions;
    let wake: (() => void) | undefined;
    let ended = false;
    const subscription: Subscription = {
      startedAt,
      end: () => {
        ended = true;
        wake?.();
      },
    };
    subscriptions.set(key, subscription);
    return {
      async *[Symbol.asyncIterator]() {
        let afterCounter = startAfter;
        const unsubscribe = service.onRecords(stream.arn, () => wake?.());
        const lifetime = service.clock.at(startedAt + SUBSCRIPTION_LIFETIME_MS, () => subscription.end());
        try {
          let first = true;
          for (;;) {
            if (ended) return;
            const current = service.state.stream(stream.account, stream.region, stream.name);
            const currentShard = current && current.id === stream.id ? service.shard(current, shard.index) : undefined;
            if (!current || !currentShard) return;
            const read = readAfter(service, current, currentShard, afterCounter, EVENT_RECORD_LIMIT);
            if (read.records.length || first || read.endOfShard) {
              first = false;
              afterCounter = read.afterCounter;
              const metric = service.metrics.record.bind(service.metrics, current.account, current.region, current.name);
              metric('SubscribeToShardEvent.Records', read.records.length);
              metric('SubscribeToShardEvent.Bytes', read.bytes);
              metric('SubscribeToShardEvent.MillisBehindLatest', read.millisBehindLatest);
              yield {
                SubscribeToShardEvent: {
                  Records: read.records.map((record) => recordShape(service, current, currentShard, record)),
                  // At a closed shard's end there is nothing to continue from: the children follow.
                  ContinuationSequenceNumber: read.endOfShard ? undefined : service.sequenceOf(currentShard, afterCounter),
                  MillisBehindLatest: read.millisBehindLatest,
                  ChildShards: read.endOfShard ? service.childShards(current, currentShard) : undefined,
                },
              };
              if (read.endOfShard) return;
              if (read.records.length) continue;
            }
            let heartbeat: Timer | undefined;
            const woken = await new Promise<'records' | 'heartbeat'>((resolve) => {
              wake = () => resolve('records');
              heartbeat = service.clock.setTimeout(() => resolve('heartbeat'), HEARTBEAT_MS);
            });
            wake = undefined;
            heartbeat?.cancel();
            if (woken === 'heartbeat' && !ended) first = true;
          }
        } finally {
          lifetime.cancel();
          unsubscribe();
          if (subscriptions.get(key) === subscription) subscriptions.delete(key);
        }
      },
    };
  }
}
