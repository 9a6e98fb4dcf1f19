/**
 * What other services may ask of CloudWatch, through
 * `runtime.api<CloudWatchApi>('cloudwatch')`: publishing AWS/<Service>
 * metrics (Lambda Invocations, SQS queue depth, Logs metric filters), and
 * reading them back.
 *
 * It also names what CloudWatch needs of the services its alarm actions
 * target, so they can plug in when they land: SNS offers
 * `runtime.api<AlarmSnsTarget>('sns')`, Lambda `runtime.api<AlarmLambdaTarget>('lambda')`.
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
  getStatistic(request: {
    account: string;
    region: string;
    namespace: string;
    metricName: string;
    dimensions?: Array<{ name: string; value: string }>;
    statistic: string;
    period: number;
    start: number;
    end: number;
  }): Array<{ timestamp: number; value: number }>;
}

/** An alarm's notification as SNS must publish it (the Message is AWS's alarm JSON). */
export interface AlarmSnsPublish {
  topicArn: string;
  subject: string;
  message: string;
  /** The alarm's account and region, the caller SNS checks the topic policy against. */
  account: string;
  region: string;
}

/** What SNS must offer for alarm actions: `runtime.api<AlarmSnsTarget>('sns').publish(...)`. */
export interface AlarmSnsTarget {
  publish(request: AlarmSnsPublish): { messageId: string } | Promise<{ messageId: string }>;
}

/** An asynchronous invocation of a function by CloudWatch alarms (the event is AWS's alarm event JSON). */
export interface AlarmLambdaInvoke {
  functionArn: string;
  payload: string;
  /** The alarm's ARN, for the function's resource policy (principal lambda.alarms.cloudwatch.amazonaws.com). */
  sourceArn: string;
  sourceAccount: string;
}

/** What Lambda must offer for alarm actions: `runtime.api<AlarmLambdaTarget>('lambda').invokeAsync(...)`. */
export interface AlarmLambdaTarget {
  invokeAsync(request: AlarmLambdaInvoke): unknown | Promise<unknown>;
}
