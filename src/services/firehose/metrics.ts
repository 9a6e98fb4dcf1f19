import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum, StandardUnit } from '../cloudwatch/api.js';

const MINUTE_MS = 60_000;

/** The AWS/Firehose metrics Nimbus reports, with their units. */
const UNITS: Record<string, StandardUnit> = {
  IncomingBytes: 'Bytes',
  IncomingRecords: 'Count',
  IncomingPutRequests: 'Count',
  'PutRecord.Requests': 'Count',
  'PutRecord.Bytes': 'Bytes',
  'PutRecordBatch.Requests': 'Count',
  'PutRecordBatch.Records': 'Count',
  'PutRecordBatch.Bytes': 'Bytes',
  'DeliveryToS3.Records': 'Count',
  'DeliveryToS3.Bytes': 'Bytes',
  'DeliveryToS3.Success': 'Count',
  'DeliveryToS3.DataFreshness': 'Seconds',
  'BackupToS3.Records': 'Count',
  'BackupToS3.Bytes': 'Bytes',
  'BackupToS3.Success': 'Count',
  'DeliveryToHttpEndpoint.Records': 'Count',
  'DeliveryToHttpEndpoint.Bytes': 'Bytes',
  'DeliveryToHttpEndpoint.Success': 'Count',
  'ExecuteProcessing.Success': 'Count',
  'ExecuteProcessing.Duration': 'Milliseconds',
  'SucceedProcessing.Records': 'Count',
  'SucceedProcessing.Bytes': 'Bytes',
  'PartitionCount': 'Count',
  'DataReadFromKinesisStream.Records': 'Count',
  'DataReadFromKinesisStream.Bytes': 'Bytes',
};

interface MinuteOfStream {
  account: string;
  region: string;
  streamName: string;
  minute: number;
  /** Metric → [sample count, sum, minimum, maximum]. */
  values: Map<string, [number, number, number, number]>;
}

/**
 * AWS/Firehose metrics by DeliveryStreamName, gathered per minute of clock time and handed to
 * CloudWatch as one statistic set a metric a minute; the tick runs only while there is activity.
 */
export class FirehoseMetrics {
  private readonly pending = new Map<string, MinuteOfStream>();
  private timer: Timer | undefined;

  constructor(private readonly runtime: Runtime) {}

  record(stream: { arn: string; account: string; region: string; name: string }, metric: keyof typeof UNITS & string, value: number): void {
    if (!this.runtime.implements('cloudwatch')) return;
    const now = this.runtime.clock.now();
    const minuteStart = now - (now % MINUTE_MS);
    const key = `${stream.arn} ${minuteStart}`;
    let minute = this.pending.get(key);
    if (!minute) {
      minute = { account: stream.account, region: stream.region, streamName: stream.name, minute: minuteStart, values: new Map() };
      this.pending.set(key, minute);
    }
    const current = minute.values.get(metric);
    if (current) {
      current[0]++;
      current[1] += value;
      current[2] = Math.min(current[2], value);
      current[3] = Math.max(current[3], value);
    } else {
      minute.values.set(metric, [1, value, value, value]);
    }
    this.timer ??= this.runtime.clock.every(MINUTE_MS, (due) => this.flush(due), minuteStart + MINUTE_MS);
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.pending.clear();
  }

  private flush(due: number): void {
    const closed: MinuteOfStream[] = [];
    for (const [key, minute] of this.pending) {
      if (minute.minute + MINUTE_MS > due) continue;
      closed.push(minute);
      this.pending.delete(key);
    }
    if (!this.pending.size) {
      this.timer?.cancel();
      this.timer = undefined;
    }
    if (closed.length) this.publish(closed).catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'AWS/Firehose metrics were not published'));
  }

  private async publish(minutes: MinuteOfStream[]): Promise<void> {
    const cloudwatch = await this.runtime.api<CloudWatchApi>('cloudwatch');
    for (const minute of minutes) {
      const dimensions = [{ name: 'DeliveryStreamName', value: minute.streamName }];
      const metricData: ServiceMetricDatum[] = [];
      for (const [metricName, [sampleCount, sum, minimum, maximum]] of minute.values) {
        metricData.push({ metricName, dimensions, statistics: { sampleCount, sum, minimum, maximum }, unit: UNITS[metricName], timestamp: minute.minute });
      }
      cloudwatch.putMetricData({ account: minute.account, region: minute.region, namespace: 'AWS/Firehose', metricData });
    }
  }
}
