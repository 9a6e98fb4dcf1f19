/**
 * What other services may ask of Lambda through `runtime.api<LambdaApi>('lambda')`:
 * asynchronous invocations (S3 notifications, SNS, EventBridge targets, CloudWatch
 * alarm actions) and synchronous ones
 * (Firehose transforms, CloudFormation custom resources).
 */
export interface LambdaApi {
  /** Queues an Event invocation with AWS's retry rules; answers at once. */
  invokeAsync(request: { functionArn: string; payload: string; sourceArn?: string; sourceAccount: string; traceHeader?: string }): { requestId: string };
  /** A RequestResponse invocation; throws AwsError (ResourceNotFoundException, TooManyRequestsException) like Invoke. */
  invoke(request: { functionArn: string; payload: string; account?: string }): Promise<{ payload: Buffer; functionError?: string; executedVersion: string }>;
  /** A function as S3 event notifications see it: its resource policy, and a way to invoke it (S3 reaches it through runtime.optionalApi<LambdaApi>). */
  functionForS3(functionArn: string): { policy?: string; invokeAsync(payload: string): void } | undefined;
  /** Whether a function (or the version/alias an ARN names) exists (Logs subscription filters check it). */
  functionExists(functionArn: string): boolean;
  /** An alias as CodeDeploy's traffic shifting reads it (the function named by name or ARN), or undefined when the function or the alias does not exist. */
  alias(request: { functionName: string; alias: string; account: string; region: string }): LambdaAliasRouting | undefined;
  /** Points an alias at a version, with at most one other version weighted (0–1) beside it; throws AwsError as UpdateAlias does. */
  routeAlias(request: { functionName: string; alias: string; account: string; region: string; functionVersion: string; additionalVersionWeights?: Record<string, number> }): LambdaAliasRouting;
}

/** An alias' routing, and the function's published versions (what a deployment may move it to). */
export interface LambdaAliasRouting {
  functionArn: string;
  aliasArn: string;
  functionVersion: string;
  additionalVersionWeights?: Record<string, number>;
  publishedVersions: string[];
}
