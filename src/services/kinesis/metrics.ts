import type { Runtime } from '../../core/runtime.js';
import type { StandardUnit } from '../cloudwatch/api.js';
import { MinuteMetrics } from '../cloudwatch/minute-metrics.js';

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

/**
 * AWS/Kinesis metrics by StreamName (and ShardId for shard-level ones), one statistic set a metric
 * a minute of clock time, as AWS publishes a minute's figures.
 */
export class StreamMetrics {
  private readonly minutes: MinuteMetrics;

  constructor(runtime: Runtime) {
    this.minutes = new MinuteMetrics(runtime, 'AWS/Kinesis');
  }

  record(account: string, region: string, stream: string, name: KinesisMetricName, value: number, shardId?: string): void {
    const dimensions = [{ name: 'StreamName', value: stream }];
    if (shardId !== undefined) dimensions.push({ name: 'ShardId', value: shardId });
    this.minutes.add(account, region, name, value, UNITS[name]!, dimensions);
  }

  close(): void {
    this.minutes.close();
  }
}
