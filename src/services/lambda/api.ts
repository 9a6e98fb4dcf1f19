/**
 * What other services may ask of Lambda through `runtime.api<LambdaApi>('lambda')`:
 * asynchronous invocations (S3 notifications, SNS, EventBridge targets, CloudWatch
 * alarm actions) and synchronous ones
 * (Firehose transforms, CloudFormation custom resources).
 */
export interface LambdaApi {
  /** Queues an Event invocation with AWS's retry rules; answers at once. */
  invokeAsync(request: { functionArn: string; payload: string; sourceArn?: string; sourceAccount: string }): { requestId: string };
  /** A RequestResponse invocation; throws AwsError (ResourceNotFoundException, TooManyRequestsException) like Invoke. */
  invoke(request: { functionArn: string; payload: string; account?: string }): Promise<{ payload: Buffer; functionError?: string; executedVersion: string }>;
  /** A function as S3 event notifications see it: its resource policy, and a way to invoke it (S3 reaches it through runtime.optionalApi<LambdaApi>). */
  functionForS3(functionArn: string): { policy?: string; invokeAsync(payload: string): void } | undefined;
  /** Whether a function (or the version/alias an ARN names) exists (Logs subscription filters check it). */
  functionExists(functionArn: string): boolean;
}
