/**
 * What other services may ask of EventBridge, through `runtime.api<EventsApi>('events')` (or
 * `optionalApi`): putting events on a bus on an AWS service's behalf (S3 buckets with EventBridge
 * notifications on, CloudWatch alarm state changes, CloudTrail later), and delivering a payload to
 * one target as EventBridge delivers to a rule's target. EventBridge Scheduler and Pipes use the
 * latter for their targets, as on AWS, where they ride on EventBridge's target machinery.
 */

/** An event an AWS service sends (source `aws.s3`...), as PutEvents entries carry it. */
export interface ServiceEvent {
  source: string;
  detailType: string;
  /** The detail, as JSON text. */
  detail: string;
  resources: string[];
  region: string;
  account: string;
  time: Date;
}

/** One delivery to one target, as a rule's target (or a schedule's, or a pipe's) receives it. */
export interface TargetDelivery {
  /** The target's ARN: a Lambda function (or version/alias), SQS queue, SNS topic, event bus, Kinesis stream, Firehose delivery stream, log group, API destination, or a service EventBridge records (ECS cluster, state machine, ...). */
  arn: string;
  /** The payload exactly as the target receives it (Input/InputPath/InputTransformer already applied). */
  input: string;
  /** Who delivers: the account and region of the rule, schedule or pipe. */
  account: string;
  region: string;
  /** The role the target is invoked with (stored; checked once IAM lands). */
  roleArn?: string;
  /** What is delivering, for the target's view of the sender (a rule ARN, schedule ARN or pipe ARN). */
  sourceArn: string;
  /** The target parameters of PutTargets / CreateSchedule / CreatePipe, as their wire names spell them. */
  sqsParameters?: { MessageGroupId?: string; MessageDeduplicationId?: string };
  kinesisParameters?: { PartitionKey?: string };
  httpParameters?: { PathParameterValues?: string[]; HeaderParameters?: Record<string, string>; QueryStringParameters?: Record<string, string> };
  /** Everything else the caller gave (EcsParameters, SageMakerPipelineParameters, ...), recorded for targets Nimbus does not run. */
  otherParameters?: Record<string, unknown>;
}

/** Why a delivery failed, as EventBridge reports it in a dead-letter message's attributes. */
export interface TargetFailure {
  /** ERROR_CODE, e.g. `SDK_CLIENT_ERROR`, `RESOURCE_NOT_FOUND`, `NO_PERMISSIONS`, `THROTTLING`. */
  errorCode: string;
  /** ERROR_MESSAGE. */
  errorMessage: string;
  /** Whether AWS would retry it (throttling and 5xx are retried; a missing resource is not). */
  retryable: boolean;
}

/** A delivery to a target Nimbus does not run yet (ECS, Step Functions, Batch...), kept for a user to read. */
export interface RecordedTargetDelivery {
  account: string;
  region: string;
  targetArn: string;
  /** The rule, schedule or pipe that delivered. */
  sourceArn: string;
  input: string;
  /** The target's parameters (EcsParameters...) and its role, as given. */
  details: Record<string, unknown>;
  deliveredAt: number;
}

export interface EventsApi {
  /** Puts the events on the default bus of their account and region, where its rules match them. */
  putEventsFromService(entries: ServiceEvent[]): void | Promise<void>;
  /**
   * Delivers once, no retries (the caller owns its retry policy and dead-letter queue). Resolves
   * when the target accepted the payload; rejects with a TargetFailure when it did not.
   */
  deliverToTarget(delivery: TargetDelivery): Promise<void>;
  /** What was delivered to targets Nimbus records instead of running, newest last (the /_nimbus/events/deliveries view). */
  recordedDeliveries(filter: { targetArn?: string }): RecordedTargetDelivery[];
  /** An event bus's resource policy (PutPermission), for --enforce-iam's resource side; undefined for a missing bus. */
  busPolicy?(busArn: string): { policy?: string } | undefined;
}
