/**
 * Delivery streams with a Kinesis stream as their source read it as a KCL consumer would: each shard
 * from where the delivery stream was created (its DeliveryStartTimestamp), its position kept in the
 * store with the records it read, parents before children. They read when Kinesis says records
 * arrived, and once a second of clock time in case they missed it.
 */
import type { Timer } from '../../core/clock.js';
import type { KinesisApi, ShardPosition } from '../kinesis/api.js';
import type { DeliveryStream } from './model.js';
import type { FirehoseService } from './service.js';

const POLL_EVERY_MS = 1_000;
const READ_LIMIT = 10_000;

interface Reader {
  unsubscribe: () => void;
  timer: Timer;
  reading: boolean;
  again: boolean;
}

export class KinesisSources {
  private readonly readers = new Map<string, Reader>();

  constructor(private readonly service: FirehoseService) {}

  /** Starts reading for every active Kinesis-sourced stream (after a restart). */
  resume(): void {
    for (const stream of this.service.state.allStreams()) {
      if (stream.status === 'ACTIVE') void this.start(stream);
    }
  }

  async start(stream: DeliveryStream): Promise<void> {
    const streamArn = stream.source?.kinesis?.KinesisStreamARN;
    if (!streamArn || this.readers.has(stream.arn)) return;
    const kinesis = await this.service.runtime.optionalApi<KinesisApi>('kinesis');
    if (!kinesis?.readShard || this.readers.has(stream.arn) || this.service.closed) return;
    const reader: Reader = { unsubscribe: () => {}, timer: this.service.clock.every(POLL_EVERY_MS, () => this.read(stream.arn, kinesis)), reading: false, again: false };
    this.readers.set(stream.arn, reader);
    try {
      reader.unsubscribe = kinesis.onRecords(streamArn, () => setImmediate(() => this.read(stream.arn, kinesis)));
    } catch {
      // The source stream is gone: the poll finds nothing to read.
    }
    this.read(stream.arn, kinesis);
  }

  stop(deliveryStreamArn: string): void {
    const reader = this.readers.get(deliveryStreamArn);
    if (!reader) return;
    reader.unsubscribe();
    reader.timer.cancel();
    this.readers.delete(deliveryStreamArn);
  }

  close(): void {
    for (const arn of [...this.readers.keys()]) this.stop(arn);
  }

  private read(deliveryStreamArn: string, kinesis: KinesisApi): void {
    const reader = this.readers.get(deliveryStreamArn);
    if (!reader) return;
    if (reader.reading) {
      reader.again = true;
      return;
    }
    reader.reading = true;
    try {
      do {
        reader.again = false;
        const stream = this.service.state.stream(deliveryStreamArn);
        if (!stream?.source?.kinesis) return this.stop(deliveryStreamArn);
        this.readShards(stream, kinesis);
      } while (reader.again);
    } catch (error) {
      this.service.runtime.log.debug({ err: String(error), stream: deliveryStreamArn }, 'Firehose could not read its Kinesis source');
    } finally {
      reader.reading = false;
    }
  }

  private readShards(stream: DeliveryStream, kinesis: KinesisApi): void {
    const source = stream.source!.kinesis!;
    const positions = this.service.state.sourcePositions(stream.arn);
    const shards = kinesis.shards(source.KinesisStreamARN);
    const known = new Set(shards.map((s) => s.shardId));
    const finished = (shardId: string | undefined) => !shardId || !known.has(shardId) || positions.get(shardId)?.finished === true;
    for (const shard of shards) {
      if (positions.get(shard.shardId)?.finished) continue;
      if (!finished(shard.parentShardId) || !finished(shard.adjacentParentShardId)) continue;
      for (;;) {
        const saved = positions.get(shard.shardId)?.sequenceNumber;
        const position: ShardPosition = saved
          ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: saved }
          : shard.parentShardId && known.has(shard.parentShardId)
            ? { type: 'TRIM_HORIZON' }
            : { type: 'AT_TIMESTAMP', timestamp: source.DeliveryStartTimestamp };
        const { records, endOfShard } = kinesis.readShard({ streamArn: source.KinesisStreamARN, shardId: shard.shardId, position, limit: READ_LIMIT });
        const last = records[records.length - 1]?.sequenceNumber;
        if (records.length === 0 && !endOfShard) break;
        this.service.state.bufferFromShard(stream.arn, shard.shardId, records.map((r) => ({
            data: r.data,
            arrivedAt: r.approximateArrivalTimestamp,
            kinesis: { shardId: shard.shardId, partitionKey: r.partitionKey, sequenceNumber: r.sequenceNumber, subsequenceNumber: 0, approximateArrivalTimestamp: r.approximateArrivalTimestamp },
          })), last, endOfShard && records.length < READ_LIMIT);
        positions.set(shard.shardId, { sequenceNumber: last ?? saved, finished: endOfShard && records.length < READ_LIMIT });
        if (records.length > 0) {
          const bytes = records.reduce((n, r) => n + r.data.length, 0);
          this.service.metrics.record(stream, 'DataReadFromKinesisStream.Records', records.length);
          this.service.metrics.record(stream, 'DataReadFromKinesisStream.Bytes', bytes);
          this.service.buffers.added(stream, bytes);
        }
        if (records.length < READ_LIMIT) break;
      }
    }
  }
}
