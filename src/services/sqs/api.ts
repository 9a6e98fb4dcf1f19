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
}

export interface SqsApi {
  /** The queue an ARN names, or undefined when there is none. */
  queueByArn(arn: string): SqsQueueInfo | undefined;
  /** Enqueues a message as SendMessage would, with the queue's size and FIFO rules. Throws AwsError when it cannot. */
  deliver(queueArn: string, message: SqsDelivery): { messageId: string };
}
