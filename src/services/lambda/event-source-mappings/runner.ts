/**
 * The seam between event source mappings' control plane (operations.ts, engine.ts, state.ts: the
 * mappings, their states, the SQS runner) and the stream runner (stream-runner.ts: Kinesis and
 * DynamoDB Streams through core/event-sources/shard-source.ts). The engine starts one runner per
 * enabled mapping and stops it when the mapping is disabled, updated or deleted.
 *
 * CONTRACT (issue #18): both sides build on these types.
 */
import type { RunningSource } from '../../../core/event-sources/source.js';
import type { Runtime } from '../../../core/runtime.js';

/** A mapping's settings as its runner reads them (defaults already applied, validated). */
export interface EventSourceMapping {
  uuid: string;
  /** arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid> */
  arn: string;
  account: string;
  region: string;
  /** The function's ARN, qualified when the mapping names a version or alias. */
  functionArn: string;
  eventSourceArn: string;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  startingPosition?: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
  /** Epoch ms (AT_TIMESTAMP). */
  startingPositionTimestamp?: number;
  /** Streams: 1–10. */
  parallelizationFactor: number;
  /** Streams: -1 (until the record expires) to 10,000. */
  maximumRetryAttempts: number;
  /** Streams: -1 (no limit) or 60–604,800. */
  maximumRecordAgeInSeconds: number;
  bisectBatchOnFunctionError: boolean;
  /** FunctionResponseTypes includes ReportBatchItemFailures. */
  reportBatchItemFailures: boolean;
  /** Streams: 0 (none) to 900. */
  tumblingWindowInSeconds: number;
  /** DestinationConfig.OnFailure.Destination (streams: SQS, SNS or S3 ARN). */
  onFailureDestination?: string;
  /** FilterCriteria.Filters[].Pattern, as given. */
  filterPatterns: string[];
  /** SQS: ScalingConfig.MaximumConcurrency (2–1,000). */
  maximumConcurrency?: number;
  /** The function's execution role: Kinesis records name it as invokeIdentityArn. */
  executionRoleArn?: string;
  /** MetricsConfig.Metrics includes EventCount: the mapping publishes its event counts (PolledEventCount...). */
  eventCountMetrics?: boolean;
}

/** What the engine gives a runner. */
export interface MappingRunnerHost {
  runtime: Runtime;
  /**
   * Invokes the mapping's function synchronously with one batch's event, as AWS's pollers do (the
   * runner decides about retries). Resolves with the function's answer, `ok` false for a function
   * error (then `functionError` is Unhandled or Handled); rejects with the AwsError of an invocation
   * that could not run (TooManyRequestsException, ResourceNotFoundException...).
   * `traceHeader` is the record's X-Ray header (SQS AWSTraceHeader), for recursive loop detection.
   */
  invokeFunction(event: Record<string, unknown>, options?: { traceHeader?: string }): Promise<{ ok: boolean; payload: Buffer; functionError?: string; executedVersion?: string }>;
  /** LastProcessingResult as GetEventSourceMapping shows it ('OK', 'PROBLEM: Function call failed', 'No records processed'). */
  setLastProcessingResult(result: string): void;
  log: { warn(fields: Record<string, unknown>, message: string): void };
}

/** Starts a runner for a mapping whose source is of its kind. */
export type StartMappingRunner = (host: MappingRunnerHost, mapping: EventSourceMapping) => RunningSource;
