/**
 * What other services may ask of SQS (S3 event notifications, SNS fan-out,
 * EventBridge targets, Lambda destinations, dead-letter queues), through
 * `runtime.api<SqsApi>('sqs')`.
 */
export interface SqsQueueInfo {
  arn: string;
  account: string;
  region: string;
  name: string;
  fifo: boolean;
  /** The queue's VisibilityTimeout (Lambda refuses a mapping whose function's timeout is longer). */
  visibilityTimeoutSeconds?: number;
  /** The queue's access policy document (JSON text), if it has one. */
  policy?: string;
}

export interface SqsDelivery {
  body: string;
  /** String message attributes (SNS raw delivery, EventBridge targets). */
  attributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Buffer }>;
  groupId?: string;
  deduplicationId?: string;
  delaySeconds?: number;
  /** The sending service's principal, reported as SenderId (e.g. the S3 service's id). */
  senderId?: string;
  /** The sender's X-Ray header, kept as the AWSTraceHeader system attribute (SNS and Lambda pass it on for recursive loop detection). */
  traceHeader?: string;
}

export interface SqsApi extends SqsConsumerApi {
  /** The queue an ARN names, or undefined when there is none. */
  queueByArn(arn: string): SqsQueueInfo | undefined;
  /** Enqueues a message as SendMessage would, with the queue's size and FIFO rules. Throws AwsError when it cannot. */
  deliver(queueArn: string, message: SqsDelivery): { messageId: string };
}

/** A message as a poller on AWS's side receives it: every system and message attribute. */
export interface SqsConsumedMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  /** System attributes (SentTimestamp, ApproximateReceiveCount, MessageGroupId, SequenceNumber...). */
  attributes: Record<string, string>;
  messageAttributes: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Buffer }>;
}

/**
 * What a poller on AWS's side (EventBridge Pipes, Lambda event source mappings) asks of a queue.
 * These run through ReceiveMessage's and DeleteMessage's own code paths, so visibility timeouts,
 * redrive policies (maxReceiveCount) and FIFO group locking hold as they do for any consumer.
 */
export interface SqsConsumerApi {
  /**
   * Receives up to `maxMessages` (1 to 10), waiting up to `waitSeconds` (0 to 20) on the clock for
   * the first to arrive; resolves with none when `signal` aborts the wait. The visibility timeout
   * is the queue's unless given. Throws QueueDoesNotExist when the queue is gone.
   */
  receiveBatch(request: { queueArn: string; maxMessages: number; waitSeconds: number; visibilityTimeoutSeconds?: number; signal?: AbortSignal }): Promise<SqsConsumedMessage[]>;
  /** Deletes received messages by receipt handle (a stale handle is ignored, as DeleteMessage does). */
  deleteMessages(queueArn: string, receiptHandles: string[]): void;
  /** ChangeMessageVisibility: 0 makes a received message visible again at once. */
  changeMessageVisibility(queueArn: string, receiptHandle: string, timeoutSeconds: number): void;
}
