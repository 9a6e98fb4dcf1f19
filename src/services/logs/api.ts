/**
 * What other services may ask of CloudWatch Logs, through
 * `runtime.api<LogsApi>('logs')` (Lambda writing function logs to
 * /aws/lambda/<name>, CloudTrail trails, ECS containers), and what Logs needs
 * of the services its subscription filters and export tasks deliver to, so
 * they can plug in when they land:
 *
 *   Lambda:   runtime.api<LogsLambdaTarget>('lambda').invokeAsync(...)
 *   Kinesis:  runtime.api<LogsKinesisTarget>('kinesis').putRecord(...)
 *   Firehose: runtime.api<LogsFirehoseTarget>('firehose').putRecord(...)
 *   S3:       runtime.api<LogsS3Target>('s3').putObject(...)
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
}

/** An asynchronous invocation, as subscription filters (and alarm actions) make it. */
export interface LogsLambdaInvoke {
  functionArn: string;
  /** `{"awslogs":{"data":"<base64 of the gzip'd payload>"}}`. */
  payload: string;
  /** The log group's ARN, for the function's resource policy (principal logs.amazonaws.com). */
  sourceArn: string;
  sourceAccount: string;
}

export interface LogsLambdaTarget {
  invokeAsync(request: LogsLambdaInvoke): unknown | Promise<unknown>;
  /** Whether the function exists (PutSubscriptionFilter refuses destinations that do not). */
  functionExists?(functionArn: string): boolean;
}

export interface LogsKinesisTarget {
  /** One record: the gzip'd subscription payload as Data. */
  putRecord(request: { streamArn: string; data: Buffer; partitionKey: string }): unknown | Promise<unknown>;
  streamExists?(streamArn: string): boolean;
}

export interface LogsFirehoseTarget {
  putRecord(request: { deliveryStreamArn: string; data: Buffer }): unknown | Promise<unknown>;
  deliveryStreamExists?(deliveryStreamArn: string): boolean;
}

export interface LogsS3Target {
  /** Writes an object as the logs service principal (the bucket policy must allow logs.<region>.amazonaws.com). */
  putObject(request: {
    account: string;
    region: string;
    bucket: string;
    key: string;
    body: Buffer;
    contentType?: string;
    contentEncoding?: string;
    /** The service principal writing: the bucket policy must allow it (S3Api.putObject checks). */
    servicePrincipal?: string;
  }): unknown | Promise<unknown>;
  bucketExists?(request: { account: string; region: string; bucket: string }): boolean;
}
