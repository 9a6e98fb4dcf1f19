// Generated from models/kinesis.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddTagsToStreamInput {
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
  Tags: Record<string, string>;
}

export interface CreateStreamInput {
  MaxRecordSizeInKiB?: number;
  ShardCount?: number;
  StreamModeDetails?: StreamModeDetails;
  StreamName: string;
  Tags?: Record<string, string>;
  WarmThroughputMiBps?: number;
}

export interface DecreaseStreamRetentionPeriodInput {
  RetentionPeriodHours: number;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface DeleteResourcePolicyInput {
  ResourceARN: string;
  StreamId?: string;
}

export interface DeleteStreamInput {
  EnforceConsumerDeletion?: boolean;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface DeregisterStreamConsumerInput {
  ConsumerARN?: string;
  ConsumerName?: string;
  StreamARN?: string;
  StreamId?: string;
}

export interface DescribeAccountSettingsInput {
}

export interface DescribeAccountSettingsOutput {
  MinimumThroughputBillingCommitment?: MinimumThroughputBillingCommitmentOutput;
}

export interface DescribeLimitsInput {
}

export interface DescribeLimitsOutput {
  OnDemandStreamCount: number;
  OnDemandStreamCountLimit: number;
  OpenShardCount: number;
  ShardLimit: number;
}

export interface DescribeStreamInput {
  ExclusiveStartShardId?: string;
  Limit?: number;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface DescribeStreamOutput {
  StreamDescription: StreamDescription;
}

export interface DescribeStreamConsumerInput {
  ConsumerARN?: string;
  ConsumerName?: string;
  StreamARN?: string;
  StreamId?: string;
}

export interface DescribeStreamConsumerOutput {
  ConsumerDescription: ConsumerDescription;
}

export interface DescribeStreamSummaryInput {
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface DescribeStreamSummaryOutput {
  StreamDescriptionSummary: StreamDescriptionSummary;
}

export interface DisableEnhancedMonitoringInput {
  ShardLevelMetrics: Array<"IncomingBytes" | "IncomingRecords" | "OutgoingBytes" | "OutgoingRecords" | "WriteProvisionedThroughputExceeded" | "ReadProvisionedThroughputExceeded" | "IteratorAgeMilliseconds" | "ALL">;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface EnhancedMonitoringOutput {
  CurrentShardLevelMetrics?: Array<"IncomingBytes" | "IncomingRecords" | "OutgoingBytes" | "OutgoingRecords" | "WriteProvisionedThroughputExceeded" | "ReadProvisionedThroughputExceeded" | "IteratorAgeMilliseconds" | "ALL">;
  DesiredShardLevelMetrics?: Array<"IncomingBytes" | "IncomingRecords" | "OutgoingBytes" | "OutgoingRecords" | "WriteProvisionedThroughputExceeded" | "ReadProvisionedThroughputExceeded" | "IteratorAgeMilliseconds" | "ALL">;
  StreamARN?: string;
  StreamName?: string;
}

export interface EnableEnhancedMonitoringInput {
  ShardLevelMetrics: Array<"IncomingBytes" | "IncomingRecords" | "OutgoingBytes" | "OutgoingRecords" | "WriteProvisionedThroughputExceeded" | "ReadProvisionedThroughputExceeded" | "IteratorAgeMilliseconds" | "ALL">;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface GetRecordsInput {
  Limit?: number;
  ShardIterator: string;
  StreamARN?: string;
  StreamId?: string;
}

export interface GetRecordsOutput {
  ChildShards?: Array<ChildShard>;
  MillisBehindLatest?: number;
  NextShardIterator?: string;
  Records: Array<RecordShape>;
}

export interface GetResourcePolicyInput {
  ResourceARN: string;
  StreamId?: string;
}

export interface GetResourcePolicyOutput {
  Policy: string;
}

export interface GetShardIteratorInput {
  ShardId: string;
  ShardIteratorType: "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER" | "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";
  StartingSequenceNumber?: string;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
  Timestamp?: Date;
}

export interface GetShardIteratorOutput {
  ShardIterator?: string;
}

export interface IncreaseStreamRetentionPeriodInput {
  RetentionPeriodHours: number;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface ListShardsInput {
  ExclusiveStartShardId?: string;
  MaxResults?: number;
  NextToken?: string;
  ShardFilter?: ShardFilter;
  StreamARN?: string;
  StreamCreationTimestamp?: Date;
  StreamId?: string;
  StreamName?: string;
}

export interface ListShardsOutput {
  NextToken?: string;
  Shards?: Array<Shard>;
}

export interface ListStreamConsumersInput {
  MaxResults?: number;
  NextToken?: string;
  StreamARN: string;
  StreamCreationTimestamp?: Date;
  StreamId?: string;
}

export interface ListStreamConsumersOutput {
  Consumers?: Array<Consumer>;
  NextToken?: string;
}

export interface ListStreamsInput {
  ExclusiveStartStreamName?: string;
  Limit?: number;
  NextToken?: string;
}

export interface ListStreamsOutput {
  HasMoreStreams: boolean;
  NextToken?: string;
  StreamNames: Array<string>;
  StreamSummaries?: Array<StreamSummary>;
}

export interface ListTagsForResourceInput {
  ResourceARN: string;
  StreamId?: string;
}

export interface ListTagsForResourceOutput {
  Tags?: Array<TagShape>;
}

export interface ListTagsForStreamInput {
  ExclusiveStartTagKey?: string;
  Limit?: number;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface ListTagsForStreamOutput {
  HasMoreTags: boolean;
  Tags: Array<TagShape>;
}

export interface MergeShardsInput {
  AdjacentShardToMerge: string;
  ShardToMerge: string;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface PutRecordInput {
  Data: Buffer;
  ExplicitHashKey?: string;
  PartitionKey: string;
  SequenceNumberForOrdering?: string;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface PutRecordOutput {
  EncryptionType?: "NONE" | "KMS";
  SequenceNumber: string;
  ShardId: string;
}

export interface PutRecordsInput {
  Records: Array<PutRecordsRequestEntry>;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface PutRecordsOutput {
  EncryptionType?: "NONE" | "KMS";
  FailedRecordCount?: number;
  Records: Array<PutRecordsResultEntry>;
}

export interface PutResourcePolicyInput {
  Policy: string;
  ResourceARN: string;
  StreamId?: string;
}

export interface RegisterStreamConsumerInput {
  ConsumerName: string;
  StreamARN: string;
  StreamId?: string;
  Tags?: Record<string, string>;
}

export interface RegisterStreamConsumerOutput {
  Consumer: Consumer;
}

export interface RemoveTagsFromStreamInput {
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
  TagKeys: Array<string>;
}

export interface SplitShardInput {
  NewStartingHashKey: string;
  ShardToSplit: string;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface StartStreamEncryptionInput {
  EncryptionType: "NONE" | "KMS";
  KeyId: string;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface StopStreamEncryptionInput {
  EncryptionType: "NONE" | "KMS";
  KeyId: string;
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
}

export interface SubscribeToShardInput {
  ConsumerARN: string;
  ShardId: string;
  StartingPosition: StartingPosition;
  StreamId?: string;
}

export interface SubscribeToShardOutput {
  EventStream: SubscribeToShardEventStream;
}

export interface TagResourceInput {
  ResourceARN: string;
  StreamId?: string;
  Tags: Record<string, string>;
}

export interface UntagResourceInput {
  ResourceARN: string;
  StreamId?: string;
  TagKeys: Array<string>;
}

export interface UpdateAccountSettingsInput {
  MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentInput;
}

export interface UpdateAccountSettingsOutput {
  MinimumThroughputBillingCommitment?: MinimumThroughputBillingCommitmentOutput;
}

export interface UpdateMaxRecordSizeInput {
  MaxRecordSizeInKiB: number;
  StreamARN?: string;
  StreamId?: string;
}

export interface UpdateShardCountInput {
  ScalingType: "UNIFORM_SCALING";
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
  TargetShardCount: number;
}

export interface UpdateShardCountOutput {
  CurrentShardCount?: number;
  StreamARN?: string;
  StreamName?: string;
  TargetShardCount?: number;
}

export interface UpdateStreamModeInput {
  StreamARN: string;
  StreamId?: string;
  StreamModeDetails: StreamModeDetails;
  WarmThroughputMiBps?: number;
}

export interface UpdateStreamWarmThroughputInput {
  StreamARN?: string;
  StreamId?: string;
  StreamName?: string;
  WarmThroughputMiBps: number;
}

export interface UpdateStreamWarmThroughputOutput {
  StreamARN?: string;
  StreamName?: string;
  WarmThroughput?: WarmThroughputObject;
}

export interface AccessDeniedException {
  message?: string;
}

export interface ExpiredIteratorException {
  message?: string;
}

export interface ExpiredNextTokenException {
  message?: string;
}

export interface InternalFailureException {
  message?: string;
}

export interface InvalidArgumentException {
  message?: string;
}

export interface KMSAccessDeniedException {
  message?: string;
}

export interface KMSDisabledException {
  message?: string;
}

export interface KMSInvalidStateException {
  message?: string;
}

export interface KMSNotFoundException {
  message?: string;
}

export interface KMSOptInRequired {
  message?: string;
}

export interface KMSThrottlingException {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface ProvisionedThroughputExceededException {
  message?: string;
}

export interface ResourceInUseException {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface ValidationException {
  message?: string;
}

export interface StreamModeDetails {
  StreamMode: "PROVISIONED" | "ON_DEMAND";
}

export interface MinimumThroughputBillingCommitmentOutput {
  EarliestAllowedEndAt?: Date;
  EndedAt?: Date;
  StartedAt?: Date;
  Status: "ENABLED" | "DISABLED" | "ENABLED_UNTIL_EARLIEST_ALLOWED_END";
}

export interface StreamDescription {
  EncryptionType?: "NONE" | "KMS";
  EnhancedMonitoring: Array<EnhancedMetrics>;
  HasMoreShards: boolean;
  KeyId?: string;
  RetentionPeriodHours: number;
  Shards: Array<Shard>;
  StreamARN: string;
  StreamCreationTimestamp: Date;
  StreamModeDetails?: StreamModeDetails;
  StreamName: string;
  StreamStatus: "CREATING" | "DELETING" | "ACTIVE" | "UPDATING";
}

export interface ConsumerDescription {
  ConsumerARN: string;
  ConsumerCreationTimestamp: Date;
  ConsumerName: string;
  ConsumerStatus: "CREATING" | "DELETING" | "ACTIVE";
  StreamARN: string;
}

export interface StreamDescriptionSummary {
  ConsumerCount?: number;
  EncryptionType?: "NONE" | "KMS";
  EnhancedMonitoring: Array<EnhancedMetrics>;
  KeyId?: string;
  MaxRecordSizeInKiB?: number;
  OpenShardCount: number;
  RetentionPeriodHours: number;
  StreamARN: string;
  StreamCreationTimestamp: Date;
  StreamId?: string;
  StreamModeDetails?: StreamModeDetails;
  StreamName: string;
  StreamStatus: "CREATING" | "DELETING" | "ACTIVE" | "UPDATING";
  WarmThroughput?: WarmThroughputObject;
}

export interface ChildShard {
  HashKeyRange: HashKeyRange;
  ParentShards: Array<string>;
  ShardId: string;
}

export interface RecordShape {
  ApproximateArrivalTimestamp?: Date;
  Data: Buffer;
  EncryptionType?: "NONE" | "KMS";
  PartitionKey: string;
  SequenceNumber: string;
}

export interface ShardFilter {
  ShardId?: string;
  Timestamp?: Date;
  Type: "AFTER_SHARD_ID" | "AT_TRIM_HORIZON" | "FROM_TRIM_HORIZON" | "AT_LATEST" | "AT_TIMESTAMP" | "FROM_TIMESTAMP";
}

export interface Shard {
  AdjacentParentShardId?: string;
  HashKeyRange: HashKeyRange;
  ParentShardId?: string;
  SequenceNumberRange: SequenceNumberRange;
  ShardId: string;
}

export interface Consumer {
  ConsumerARN: string;
  ConsumerCreationTimestamp: Date;
  ConsumerName: string;
  ConsumerStatus: "CREATING" | "DELETING" | "ACTIVE";
}

export interface StreamSummary {
  StreamARN: string;
  StreamCreationTimestamp?: Date;
  StreamModeDetails?: StreamModeDetails;
  StreamName: string;
  StreamStatus: "CREATING" | "DELETING" | "ACTIVE" | "UPDATING";
}

export interface TagShape {
  Key: string;
  Value?: string;
}

export interface PutRecordsRequestEntry {
  Data: Buffer;
  ExplicitHashKey?: string;
  PartitionKey: string;
}

export interface PutRecordsResultEntry {
  ErrorCode?: string;
  ErrorMessage?: string;
  SequenceNumber?: string;
  ShardId?: string;
}

export interface StartingPosition {
  SequenceNumber?: string;
  Timestamp?: Date;
  Type: "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER" | "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";
}

export interface SubscribeToShardEventStream {
  InternalFailureException?: InternalFailureException;
  KMSAccessDeniedException?: KMSAccessDeniedException;
  KMSDisabledException?: KMSDisabledException;
  KMSInvalidStateException?: KMSInvalidStateException;
  KMSNotFoundException?: KMSNotFoundException;
  KMSOptInRequired?: KMSOptInRequired;
  KMSThrottlingException?: KMSThrottlingException;
  ResourceInUseException?: ResourceInUseException;
  ResourceNotFoundException?: ResourceNotFoundException;
  SubscribeToShardEvent: SubscribeToShardEvent;
}

export interface MinimumThroughputBillingCommitmentInput {
  Status: "ENABLED" | "DISABLED";
}

export interface WarmThroughputObject {
  CurrentMiBps?: number;
  TargetMiBps?: number;
}

export interface EnhancedMetrics {
  ShardLevelMetrics?: Array<"IncomingBytes" | "IncomingRecords" | "OutgoingBytes" | "OutgoingRecords" | "WriteProvisionedThroughputExceeded" | "ReadProvisionedThroughputExceeded" | "IteratorAgeMilliseconds" | "ALL">;
}

export interface HashKeyRange {
  EndingHashKey: string;
  StartingHashKey: string;
}

export interface SequenceNumberRange {
  EndingSequenceNumber?: string;
  StartingSequenceNumber: string;
}

export interface SubscribeToShardEvent {
  ChildShards?: Array<ChildShard>;
  ContinuationSequenceNumber: string;
  MillisBehindLatest: number;
  Records: Array<RecordShape>;
}

/** Every operation of Amazon Kinesis; a provider implements the ones it serves. */
export interface KinesisOperations {
  AddTagsToStream(input: AddTagsToStreamInput, context: RequestContext): void | Promise<void>;
  CreateStream(input: CreateStreamInput, context: RequestContext): void | Promise<void>;
  DecreaseStreamRetentionPeriod(input: DecreaseStreamRetentionPeriodInput, context: RequestContext): void | Promise<void>;
  DeleteResourcePolicy(input: DeleteResourcePolicyInput, context: RequestContext): void | Promise<void>;
  DeleteStream(input: DeleteStreamInput, context: RequestContext): void | Promise<void>;
  DeregisterStreamConsumer(input: DeregisterStreamConsumerInput, context: RequestContext): void | Promise<void>;
  DescribeAccountSettings(input: DescribeAccountSettingsInput, context: RequestContext): DescribeAccountSettingsOutput | Promise<DescribeAccountSettingsOutput>;
  DescribeLimits(input: DescribeLimitsInput, context: RequestContext): DescribeLimitsOutput | Promise<DescribeLimitsOutput>;
  DescribeStream(input: DescribeStreamInput, context: RequestContext): DescribeStreamOutput | Promise<DescribeStreamOutput>;
  DescribeStreamConsumer(input: DescribeStreamConsumerInput, context: RequestContext): DescribeStreamConsumerOutput | Promise<DescribeStreamConsumerOutput>;
  DescribeStreamSummary(input: DescribeStreamSummaryInput, context: RequestContext): DescribeStreamSummaryOutput | Promise<DescribeStreamSummaryOutput>;
  DisableEnhancedMonitoring(input: DisableEnhancedMonitoringInput, context: RequestContext): EnhancedMonitoringOutput | Promise<EnhancedMonitoringOutput>;
  EnableEnhancedMonitoring(input: EnableEnhancedMonitoringInput, context: RequestContext): EnhancedMonitoringOutput | Promise<EnhancedMonitoringOutput>;
  GetRecords(input: GetRecordsInput, context: RequestContext): GetRecordsOutput | Promise<GetRecordsOutput>;
  GetResourcePolicy(input: GetResourcePolicyInput, context: RequestContext): GetResourcePolicyOutput | Promise<GetResourcePolicyOutput>;
  GetShardIterator(input: GetShardIteratorInput, context: RequestContext): GetShardIteratorOutput | Promise<GetShardIteratorOutput>;
  IncreaseStreamRetentionPeriod(input: IncreaseStreamRetentionPeriodInput, context: RequestContext): void | Promise<void>;
  ListShards(input: ListShardsInput, context: RequestContext): ListShardsOutput | Promise<ListShardsOutput>;
  ListStreamConsumers(input: ListStreamConsumersInput, context: RequestContext): ListStreamConsumersOutput | Promise<ListStreamConsumersOutput>;
  ListStreams(input: ListStreamsInput, context: RequestContext): ListStreamsOutput | Promise<ListStreamsOutput>;
  ListTagsForResource(input: ListTagsForResourceInput, context: RequestContext): ListTagsForResourceOutput | Promise<ListTagsForResourceOutput>;
  ListTagsForStream(input: ListTagsForStreamInput, context: RequestContext): ListTagsForStreamOutput | Promise<ListTagsForStreamOutput>;
  MergeShards(input: MergeShardsInput, context: RequestContext): void | Promise<void>;
  PutRecord(input: PutRecordInput, context: RequestContext): PutRecordOutput | Promise<PutRecordOutput>;
  PutRecords(input: PutRecordsInput, context: RequestContext): PutRecordsOutput | Promise<PutRecordsOutput>;
  PutResourcePolicy(input: PutResourcePolicyInput, context: RequestContext): void | Promise<void>;
  RegisterStreamConsumer(input: RegisterStreamConsumerInput, context: RequestContext): RegisterStreamConsumerOutput | Promise<RegisterStreamConsumerOutput>;
  RemoveTagsFromStream(input: RemoveTagsFromStreamInput, context: RequestContext): void | Promise<void>;
  SplitShard(input: SplitShardInput, context: RequestContext): void | Promise<void>;
  StartStreamEncryption(input: StartStreamEncryptionInput, context: RequestContext): void | Promise<void>;
  StopStreamEncryption(input: StopStreamEncryptionInput, context: RequestContext): void | Promise<void>;
  SubscribeToShard(input: SubscribeToShardInput, context: RequestContext): SubscribeToShardOutput | Promise<SubscribeToShardOutput>;
  TagResource(input: TagResourceInput, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceInput, context: RequestContext): void | Promise<void>;
  UpdateAccountSettings(input: UpdateAccountSettingsInput, context: RequestContext): UpdateAccountSettingsOutput | Promise<UpdateAccountSettingsOutput>;
  UpdateMaxRecordSize(input: UpdateMaxRecordSizeInput, context: RequestContext): void | Promise<void>;
  UpdateShardCount(input: UpdateShardCountInput, context: RequestContext): UpdateShardCountOutput | Promise<UpdateShardCountOutput>;
  UpdateStreamMode(input: UpdateStreamModeInput, context: RequestContext): void | Promise<void>;
  UpdateStreamWarmThroughput(input: UpdateStreamWarmThroughputInput, context: RequestContext): UpdateStreamWarmThroughputOutput | Promise<UpdateStreamWarmThroughputOutput>;
}
