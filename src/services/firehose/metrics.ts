import type { Runtime } from '../../core/runtime.js';
import type { StandardUnit } from '../cloudwatch/api.js';
import { MinuteMetrics } from '../cloudwatch/minute-metrics.js';

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

/** AWS/Firehose metrics by DeliveryStreamName, one statistic set a metric a minute of clock time. */
export class FirehoseMetrics {
  private readonly minutes: MinuteMetrics;

  constructor(runtime: Runtime) {
    this.minutes = new MinuteMetrics(runtime, 'AWS/Firehose');
  }

  record(stream: { arn: string; account: string; region: string; name: string }, metric: keyof typeof UNITS & string, value: number): void {
    this.minutes.add(stream.account, stream.region, metric, value, UNITS[metric]!, [{ name: 'DeliveryStreamName', value: stream.name }]);
  }

  close(): void {
    this.minutes.close();
  }
}
