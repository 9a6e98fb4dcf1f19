/**
 * What other services may ask of CloudWatch Logs, through
 * `runtime.api<LogsApi>('logs')` (Lambda writing function logs to
 * /aws/lambda/<name>, CloudTrail trails, ECS containers), and what Logs needs
 * of Kinesis and Firehose, which subscription filters deliver to, until those
 * services land with contracts of their own:
 *
 *   Kinesis:  runtime.api<LogsKinesisTarget>('kinesis').putRecord(...)
 *   Firehose: runtime.api<LogsFirehoseTarget>('firehose').putRecord(...)
 */
export interface LogsApi {
  /** Creates the group and the stream if they do not exist (no error when they do). */
  ensureStream(request: { account: string; region: string; logGroupName: string; logStreamName: string }): void;
  /**
   * Ingests events as PutLogEvents does (metric filters, subscriptions and
   * Live Tail see them), creating the group and stream when missing. Events
   * need not be sorted. Returns how many were accepted.
   */
  putLogEvents(request: {
    account: string;
    region: string;
    logGroupName: string;
    logStreamName: string;
    events: Array<{ timestamp: number; message: string }>;
  }): { accepted: number };
  /**
   * Up to `limit` events of a log group with start <= timestamp <= end, oldest first, after the
   * event `after` (the last one of the previous slice); undefined when the group does not exist.
   * (CloudWatch Contributor Insights rules read their log groups through it.)
   */
  readEvents(request: {
    account: string;
    region: string;
    logGroupName: string;
    start: number;
    end: number;
    after?: { timestamp: number; seq: number };
    limit: number;
  }): Array<{ timestamp: number; seq: number; ingestedAt: number; message: string }> | undefined;
  /** The names of the log groups that start with `prefix` (all of them without one), in name order. */
  logGroupNames(request: { account: string; region: string; prefix?: string }): string[];
}

/*
 * Kinesis and Firehose are not served yet, so what subscription filters need of them is written
 * here until those services define it in their own api.ts (Lambda and S3 already do: LambdaApi, S3Api).
 */
export interface LogsKinesisTarget {
  /** One record: the gzip'd subscription payload as Data. */
  putRecord(request: { streamArn: string; data: Buffer; partitionKey: string }): unknown | Promise<unknown>;
  streamExists?(streamArn: string): boolean;
}

export interface LogsFirehoseTarget {
  putRecord(request: { deliveryStreamArn: string; data: Buffer }): unknown | Promise<unknown>;
  deliveryStreamExists?(deliveryStreamArn: string): boolean;
}
