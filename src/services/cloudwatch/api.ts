/**
 * What other services may ask of CloudWatch, through
 * `runtime.api<CloudWatchApi>('cloudwatch')`: publishing AWS/<Service>
 * metrics (Lambda Invocations, SQS queue depth, Logs metric filters), and
 * reading them back. (What alarm actions need of SNS and Lambda is theirs to
 * define: SnsApi in sns/api.ts, LambdaApi in lambda/api.ts.)
 */
export type StandardUnit =
  | 'Seconds' | 'Microseconds' | 'Milliseconds' | 'Bytes' | 'Kilobytes' | 'Megabytes' | 'Gigabytes' | 'Terabytes'
  | 'Bits' | 'Kilobits' | 'Megabits' | 'Gigabits' | 'Terabits' | 'Percent' | 'Count' | 'Bytes/Second'
  | 'Kilobytes/Second' | 'Megabytes/Second' | 'Gigabytes/Second' | 'Terabytes/Second' | 'Bits/Second'
  | 'Kilobits/Second' | 'Megabits/Second' | 'Gigabits/Second' | 'Terabits/Second' | 'Count/Second' | 'None';

export interface ServiceMetricDatum {
  metricName: string;
  /** Up to 30. */
  dimensions?: Array<{ name: string; value: string }>;
  /** One of value, values (with optional counts) or statistics. */
  value?: number;
  values?: number[];
  counts?: number[];
  statistics?: { sampleCount: number; sum: number; minimum: number; maximum: number };
  unit?: StandardUnit;
  /** Epoch ms; default now (clock time). */
  timestamp?: number;
  /** 1 (high resolution) or 60 (default). */
  storageResolution?: 1 | 60;
}

export interface ServiceMetricData {
  account: string;
  region: string;
  /** e.g. AWS/Lambda; service namespaces may start with AWS/, which PutMetricData refuses to users. */
  namespace: string;
  metricData: ServiceMetricDatum[];
}

export interface CloudWatchApi {
  /** Stores data points as PutMetricData does (without its reserved-namespace check); alarms see them at their next evaluation. */
  putMetricData(request: ServiceMetricData): void;
  /** One statistic per period over [start, end), periods with no data left out, oldest first. */
  getStatistic(request: StatisticRequest): Array<{ timestamp: number; value: number }>;
  /** An alarm's current state (metric or composite alarm), or undefined when there is no such alarm (CodeDeploy watches a group's alarms). */
  alarmState(request: { account: string; region: string; alarmName: string }): 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' | undefined;
}

/** A statistic of one metric over a range: epoch ms, period in seconds, a statistic as GetMetricData names it (Sum, p99...). */
export interface StatisticRequest {
  account: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions?: Array<{ name: string; value: string }>;
  statistic: string;
  period: number;
  start: number;
  end: number;
}
