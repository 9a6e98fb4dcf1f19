import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum, StandardUnit } from '../cloudwatch/api.js';

const PERIOD_MS = 60_000;

/** What AWS/Kinesis publishes a stream (dimension StreamName), with its unit. */
const UNITS: Record<string, StandardUnit> = {
  IncomingRecords: 'Count',
  IncomingBytes: 'Bytes',
  'PutRecord.Success': 'Count',
  'PutRecord.Bytes': 'Bytes',
  'PutRecords.Success': 'Count',
  'PutRecords.Bytes': 'Bytes',
  'PutRecords.Records': 'Count',
  'PutRecords.TotalRecords': 'Count',
  'PutRecords.SuccessfulRecords': 'Count',
  'PutRecords.FailedRecords': 'Count',
  'PutRecords.ThrottledRecords': 'Count',
  WriteProvisionedThroughputExceeded: 'Count',
  'GetRecords.Success': 'Count',
  'GetRecords.Records': 'Count',
  'GetRecords.Bytes': 'Bytes',
  'GetRecords.IteratorAgeMilliseconds': 'Milliseconds',
  ReadProvisionedThroughputExceeded: 'Count',
  'SubscribeToShard.Success': 'Count',
  'SubscribeToShardEvent.Records': 'Count',
  'SubscribeToShardEvent.Bytes': 'Bytes',
  'SubscribeToShardEvent.MillisBehindLatest': 'Milliseconds',
  // Shard-level (dimensions StreamName and ShardId), published for the ones EnableEnhancedMonitoring named.
  OutgoingBytes: 'Bytes',
  OutgoingRecords: 'Count',
  IteratorAgeMilliseconds: 'Milliseconds',
};

export type KinesisMetricName = keyof typeof UNITS;

interface Sample {
  count: number;
  sum: number;
  min: number;
  max: number;
}

interface StreamSamples {
  account: string;
  region: string;
  stream: string;
  /** Set for a shard-level entry. */
  shardId?: string;
  samples: Map<string, Sample>;
}

/**
 * AWS/Kinesis stream-level metrics: what each call did is gathered in memory and published to
 * CloudWatch once a minute of clock time, as statistic sets (AWS publishes a minute's figures too).
 * The tick runs only while there is something to publish: CloudWatch is not loaded before.
 */
export class StreamMetrics {
  private readonly pending = new Map<string, StreamSamples>();
  private timer: Timer | undefined;

  constructor(private readonly runtime: Runtime) {}

  record(account: string, region: string, stream: string, name: KinesisMetricName, value: number, shardId?: string): void {
    const key = shardId === undefined ? `${account}/${region}/${stream}` : `${account}/${region}/${stream}/${shardId}`;
    let entry = this.pending.get(key);
    if (!entry) this.pending.set(key, (entry = { account, region, stream, shardId, samples: new Map() }));
    const sample = entry.samples.get(name);
    if (sample) {
      sample.count += 1;
      sample.sum += value;
      if (value < sample.min) sample.min = value;
      if (value > sample.max) sample.max = value;
    } else {
      entry.samples.set(name, { count: 1, sum: value, min: value, max: value });
    }
    this.timer ??= this.runtime.clock.every(PERIOD_MS, (due) => this.publish(due));
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.pending.clear();
  }

  private publish(due: number): void {
    if (!this.pending.size) {
      this.timer?.cancel();
      this.timer = undefined;
      return;
    }
    const entries = [...this.pending.values()];
    this.pending.clear();
    void this.runtime
      .optionalApi<CloudWatchApi>('cloudwatch')
      .then((cloudwatch) => {
        if (!cloudwatch) return;
        for (const entry of entries) {
          const dimensions = [{ name: 'StreamName', value: entry.stream }];
          if (entry.shardId !== undefined) dimensions.push({ name: 'ShardId', value: entry.shardId });
          const metricData: ServiceMetricDatum[] = [...entry.samples].map(([metricName, s]) => ({
            metricName,
            dimensions,
            unit: UNITS[metricName],
            timestamp: due - PERIOD_MS,
            statistics: { sampleCount: s.count, sum: s.sum, minimum: s.min, maximum: s.max },
          }));
          cloudwatch.putMetricData({ account: entry.account, region: entry.region, namespace: 'AWS/Kinesis', metricData });
        }
      })
      .catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'AWS/Kinesis metrics were not published'));
  }
}
