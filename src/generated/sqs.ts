// Generated from models/sqs.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddPermissionRequest {
  AWSAccountIds: Array<string>;
  Actions: Array<string>;
  Label: string;
  QueueUrl: string;
}

export interface CancelMessageMoveTaskRequest {
  TaskHandle: string;
}

export interface CancelMessageMoveTaskResult {
  ApproximateNumberOfMessagesMoved?: number;
}

export interface ChangeMessageVisibilityRequest {
  QueueUrl: string;
  ReceiptHandle: string;
  VisibilityTimeout: number;
}

export interface ChangeMessageVisibilityBatchRequest {
  Entries: Array<ChangeMessageVisibilityBatchRequestEntry>;
  QueueUrl: string;
}

export interface ChangeMessageVisibilityBatchResult {
  Failed: Array<BatchResultErrorEntry>;
  Successful: Array<ChangeMessageVisibilityBatchResultEntry>;
}

export interface CreateQueueRequest {
  Attributes?: Record<string, string>;
  QueueName: string;
  tags?: Record<string, string>;
}

export interface CreateQueueResult {
  QueueUrl?: string;
}

export interface DeleteMessageRequest {
  QueueUrl: string;
  ReceiptHandle: string;
}

export interface DeleteMessageBatchRequest {
  Entries: Array<DeleteMessageBatchRequestEntry>;
  QueueUrl: string;
}

export interface DeleteMessageBatchResult {
  Failed: Array<BatchResultErrorEntry>;
  Successful: Array<DeleteMessageBatchResultEntry>;
}

export interface DeleteQueueRequest {
  QueueUrl: string;
}

export interface GetQueueAttributesRequest {
  AttributeNames?: Array<"All" | "Policy" | "VisibilityTimeout" | "MaximumMessageSize" | "MessageRetentionPeriod" | "ApproximateNumberOfMessages" | "ApproximateNumberOfMessagesNotVisible" | "CreatedTimestamp" | "LastModifiedTimestamp" | "QueueArn" | "ApproximateNumberOfMessagesDelayed" | "DelaySeconds" | "ReceiveMessageWaitTimeSeconds" | "RedrivePolicy" | "FifoQueue" | "ContentBasedDeduplication" | "KmsMasterKeyId" | "KmsDataKeyReusePeriodSeconds" | "DeduplicationScope" | "FifoThroughputLimit" | "RedriveAllowPolicy" | "SqsManagedSseEnabled">;
  QueueUrl: string;
}

export interface GetQueueAttributesResult {
  Attributes?: Record<string, string>;
}

export interface GetQueueUrlRequest {
  QueueName: string;
  QueueOwnerAWSAccountId?: string;
}

export interface GetQueueUrlResult {
  QueueUrl?: string;
}

export interface ListDeadLetterSourceQueuesRequest {
  MaxResults?: number;
  NextToken?: string;
  QueueUrl: string;
}

export interface ListDeadLetterSourceQueuesResult {
  NextToken?: string;
  queueUrls: Array<string>;
}

export interface ListMessageMoveTasksRequest {
  MaxResults?: number;
  SourceArn: string;
}

export interface ListMessageMoveTasksResult {
  Results?: Array<ListMessageMoveTasksResultEntry>;
}

export interface ListQueuesRequest {
  MaxResults?: number;
  NextToken?: string;
  QueueNamePrefix?: string;
}

export interface ListQueuesResult {
  NextToken?: string;
  QueueUrls?: Array<string>;
}

export interface ListQueueTagsRequest {
  QueueUrl: string;
}

export interface ListQueueTagsResult {
  Tags?: Record<string, string>;
}

export interface PurgeQueueRequest {
  QueueUrl: string;
}

export interface ReceiveMessageRequest {
  AttributeNames?: Array<"All" | "Policy" | "VisibilityTimeout" | "MaximumMessageSize" | "MessageRetentionPeriod" | "ApproximateNumberOfMessages" | "ApproximateNumberOfMessagesNotVisible" | "CreatedTimestamp" | "LastModifiedTimestamp" | "QueueArn" | "ApproximateNumberOfMessagesDelayed" | "DelaySeconds" | "ReceiveMessageWaitTimeSeconds" | "RedrivePolicy" | "FifoQueue" | "ContentBasedDeduplication" | "KmsMasterKeyId" | "KmsDataKeyReusePeriodSeconds" | "DeduplicationScope" | "FifoThroughputLimit" | "RedriveAllowPolicy" | "SqsManagedSseEnabled">;
  MaxNumberOfMessages?: number;
  MessageAttributeNames?: Array<string>;
  MessageSystemAttributeNames?: Array<"All" | "SenderId" | "SentTimestamp" | "ApproximateReceiveCount" | "ApproximateFirstReceiveTimestamp" | "SequenceNumber" | "MessageDeduplicationId" | "MessageGroupId" | "AWSTraceHeader" | "DeadLetterQueueSourceArn">;
  QueueUrl: string;
  ReceiveRequestAttemptId?: string;
  VisibilityTimeout?: number;
  WaitTimeSeconds?: number;
}

export interface ReceiveMessageResult {
  Messages?: Array<Message>;
}

export interface RemovePermissionRequest {
  Label: string;
  QueueUrl: string;
}

export interface SendMessageRequest {
  DelaySeconds?: number;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageBody: string;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
  MessageSystemAttributes?: Record<string, MessageSystemAttributeValue>;
  QueueUrl: string;
}

export interface SendMessageResult {
  MD5OfMessageAttributes?: string;
  MD5OfMessageBody?: string;
  MD5OfMessageSystemAttributes?: string;
  MessageId?: string;
  SequenceNumber?: string;
}

export interface SendMessageBatchRequest {
  Entries: Array<SendMessageBatchRequestEntry>;
  QueueUrl: string;
}

export interface SendMessageBatchResult {
  Failed: Array<BatchResultErrorEntry>;
  Successful: Array<SendMessageBatchResultEntry>;
}

export interface SetQueueAttributesRequest {
  Attributes: Record<string, string>;
  QueueUrl: string;
}

export interface StartMessageMoveTaskRequest {
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
  SourceArn: string;
}

export interface StartMessageMoveTaskResult {
  TaskHandle?: string;
}

export interface TagQueueRequest {
  QueueUrl: string;
  Tags: Record<string, string>;
}

export interface UntagQueueRequest {
  QueueUrl: string;
  TagKeys: Array<string>;
}

export interface BatchEntryIdsNotDistinct {
  message?: string;
}

export interface BatchRequestTooLong {
  message?: string;
}

export interface EmptyBatchRequest {
  message?: string;
}

export interface InvalidAddress {
  message?: string;
}

export interface InvalidAttributeName {
  message?: string;
}

export interface InvalidAttributeValue {
  message?: string;
}

export interface InvalidBatchEntryId {
  message?: string;
}

export interface InvalidIdFormat {
}

export interface InvalidMessageContents {
  message?: string;
}

export interface InvalidSecurity {
  message?: string;
}

export interface KmsAccessDenied {
  message?: string;
}

export interface KmsDisabled {
  message?: string;
}

export interface KmsInvalidKeyUsage {
  message?: string;
}

export interface KmsInvalidState {
  message?: string;
}

export interface KmsNotFound {
  message?: string;
}

export interface KmsOptInRequired {
  message?: string;
}

export interface KmsThrottled {
  message?: string;
}

export interface MessageNotInflight {
}

export interface OverLimit {
  message?: string;
}

export interface PurgeQueueInProgress {
  message?: string;
}

export interface QueueDeletedRecently {
  message?: string;
}

export interface QueueDoesNotExist {
  message?: string;
}

export interface QueueNameExists {
  message?: string;
}

export interface ReceiptHandleIsInvalid {
  message?: string;
}

export interface RequestThrottled {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface TooManyEntriesInBatchRequest {
  message?: string;
}

export interface UnsupportedOperation {
  message?: string;
}

export interface ChangeMessageVisibilityBatchRequestEntry {
  Id: string;
  ReceiptHandle: string;
  VisibilityTimeout?: number;
}

export interface BatchResultErrorEntry {
  Code: string;
  Id: string;
  Message?: string;
  SenderFault: boolean;
}

export interface ChangeMessageVisibilityBatchResultEntry {
  Id: string;
}

export interface DeleteMessageBatchRequestEntry {
  Id: string;
  ReceiptHandle: string;
}

export interface DeleteMessageBatchResultEntry {
  Id: string;
}

export interface ListMessageMoveTasksResultEntry {
  ApproximateNumberOfMessagesMoved?: number;
  ApproximateNumberOfMessagesToMove?: number;
  DestinationArn?: string;
  FailureReason?: string;
  MaxNumberOfMessagesPerSecond?: number;
  SourceArn?: string;
  StartedTimestamp?: number;
  Status?: string;
  TaskHandle?: string;
}

export interface Message {
  Attributes?: Record<string, string>;
  Body?: string;
  MD5OfBody?: string;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageId?: string;
  ReceiptHandle?: string;
}

export interface MessageAttributeValue {
  BinaryListValues?: Array<Buffer>;
  BinaryValue?: Buffer;
  DataType: string;
  StringListValues?: Array<string>;
  StringValue?: string;
}

export interface MessageSystemAttributeValue {
  BinaryListValues?: Array<Buffer>;
  BinaryValue?: Buffer;
  DataType: string;
  StringListValues?: Array<string>;
  StringValue?: string;
}

export interface SendMessageBatchRequestEntry {
  DelaySeconds?: number;
  Id: string;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageBody: string;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
  MessageSystemAttributes?: Record<string, MessageSystemAttributeValue>;
}

export interface SendMessageBatchResultEntry {
  Id: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageBody: string;
  MD5OfMessageSystemAttributes?: string;
  MessageId: string;
  SequenceNumber?: string;
}

/** Every operation of Amazon Simple Queue Service; a provider implements the ones it serves. */
export interface SqsOperations {
  AddPermission(input: AddPermissionRequest, context: RequestContext): void | Promise<void>;
  CancelMessageMoveTask(input: CancelMessageMoveTaskRequest, context: RequestContext): CancelMessageMoveTaskResult | Promise<CancelMessageMoveTaskResult>;
  ChangeMessageVisibility(input: ChangeMessageVisibilityRequest, context: RequestContext): void | Promise<void>;
  ChangeMessageVisibilityBatch(input: ChangeMessageVisibilityBatchRequest, context: RequestContext): ChangeMessageVisibilityBatchResult | Promise<ChangeMessageVisibilityBatchResult>;
  CreateQueue(input: CreateQueueRequest, context: RequestContext): CreateQueueResult | Promise<CreateQueueResult>;
  DeleteMessage(input: DeleteMessageRequest, context: RequestContext): void | Promise<void>;
  DeleteMessageBatch(input: DeleteMessageBatchRequest, context: RequestContext): DeleteMessageBatchResult | Promise<DeleteMessageBatchResult>;
  DeleteQueue(input: DeleteQueueRequest, context: RequestContext): void | Promise<void>;
  GetQueueAttributes(input: GetQueueAttributesRequest, context: RequestContext): GetQueueAttributesResult | Promise<GetQueueAttributesResult>;
  GetQueueUrl(input: GetQueueUrlRequest, context: RequestContext): GetQueueUrlResult | Promise<GetQueueUrlResult>;
  ListDeadLetterSourceQueues(input: ListDeadLetterSourceQueuesRequest, context: RequestContext): ListDeadLetterSourceQueuesResult | Promise<ListDeadLetterSourceQueuesResult>;
  ListMessageMoveTasks(input: ListMessageMoveTasksRequest, context: RequestContext): ListMessageMoveTasksResult | Promise<ListMessageMoveTasksResult>;
  ListQueues(input: ListQueuesRequest, context: RequestContext): ListQueuesResult | Promise<ListQueuesResult>;
  ListQueueTags(input: ListQueueTagsRequest, context: RequestContext): ListQueueTagsResult | Promise<ListQueueTagsResult>;
  PurgeQueue(input: PurgeQueueRequest, context: RequestContext): void | Promise<void>;
  ReceiveMessage(input: ReceiveMessageRequest, context: RequestContext): ReceiveMessageResult | Promise<ReceiveMessageResult>;
  RemovePermission(input: RemovePermissionRequest, context: RequestContext): void | Promise<void>;
  SendMessage(input: SendMessageRequest, context: RequestContext): SendMessageResult | Promise<SendMessageResult>;
  SendMessageBatch(input: SendMessageBatchRequest, context: RequestContext): SendMessageBatchResult | Promise<SendMessageBatchResult>;
  SetQueueAttributes(input: SetQueueAttributesRequest, context: RequestContext): void | Promise<void>;
  StartMessageMoveTask(input: StartMessageMoveTaskRequest, context: RequestContext): StartMessageMoveTaskResult | Promise<StartMessageMoveTaskResult>;
  TagQueue(input: TagQueueRequest, context: RequestContext): void | Promise<void>;
  UntagQueue(input: UntagQueueRequest, context: RequestContext): void | Promise<void>;
}
