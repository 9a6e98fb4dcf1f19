// Generated from models/dynamodb.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface BatchExecuteStatementInput {
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  Statements: Array<BatchStatementRequest>;
}

export interface BatchExecuteStatementOutput {
  ConsumedCapacity?: Array<ConsumedCapacity>;
  Responses?: Array<BatchStatementResponse>;
}

export interface BatchGetItemInput {
  RequestItems: Record<string, KeysAndAttributes>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
}

export interface BatchGetItemOutput {
  ConsumedCapacity?: Array<ConsumedCapacity>;
  Responses?: Record<string, Array<Record<string, AttributeValue>>>;
  UnprocessedKeys?: Record<string, KeysAndAttributes>;
}

export interface BatchWriteItemInput {
  RequestItems: Record<string, Array<WriteRequest>>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnItemCollectionMetrics?: "SIZE" | "NONE";
}

export interface BatchWriteItemOutput {
  ConsumedCapacity?: Array<ConsumedCapacity>;
  ItemCollectionMetrics?: Record<string, Array<ItemCollectionMetrics>>;
  UnprocessedItems?: Record<string, Array<WriteRequest>>;
}

export interface CreateBackupInput {
  BackupName: string;
  TableName: string;
}

export interface CreateBackupOutput {
  BackupDetails?: BackupDetails;
}

export interface CreateGlobalTableInput {
  GlobalTableName: string;
  ReplicationGroup: Array<Replica>;
}

export interface CreateGlobalTableOutput {
  GlobalTableDescription?: GlobalTableDescription;
}

export interface CreateTableInput {
  AttributeDefinitions?: Array<AttributeDefinition>;
  BillingMode?: "PROVISIONED" | "PAY_PER_REQUEST";
  DeletionProtectionEnabled?: boolean;
  GlobalSecondaryIndexes?: Array<GlobalSecondaryIndex>;
  GlobalTableSettingsReplicationMode?: "ENABLED" | "DISABLED" | "ENABLED_WITH_OVERRIDES";
  GlobalTableSourceArn?: string;
  KeySchema?: Array<KeySchemaElement>;
  LocalSecondaryIndexes?: Array<LocalSecondaryIndex>;
  OnDemandThroughput?: OnDemandThroughput;
  ProvisionedThroughput?: ProvisionedThroughput;
  ResourcePolicy?: string;
  SSESpecification?: SSESpecification;
  StreamSpecification?: StreamSpecification;
  TableClass?: "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
  TableName: string;
  Tags?: Array<TagShape>;
  WarmThroughput?: WarmThroughput;
}

export interface CreateTableOutput {
  TableDescription?: TableDescription;
}

export interface DeleteBackupInput {
  BackupArn: string;
}

export interface DeleteBackupOutput {
  BackupDescription?: BackupDescription;
}

export interface DeleteItemInput {
  ConditionExpression?: string;
  ConditionalOperator?: "AND" | "OR";
  Expected?: Record<string, ExpectedAttributeValue>;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Key: Record<string, AttributeValue>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnItemCollectionMetrics?: "SIZE" | "NONE";
  ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
}

export interface DeleteItemOutput {
  Attributes?: Record<string, AttributeValue>;
  ConsumedCapacity?: ConsumedCapacity;
  ItemCollectionMetrics?: ItemCollectionMetrics;
}

export interface DeleteResourcePolicyInput {
  ExpectedRevisionId?: string;
  ResourceArn: string;
}

export interface DeleteResourcePolicyOutput {
  RevisionId?: string;
}

export interface DeleteTableInput {
  TableName: string;
}

export interface DeleteTableOutput {
  TableDescription?: TableDescription;
}

export interface DescribeBackupInput {
  BackupArn: string;
}

export interface DescribeBackupOutput {
  BackupDescription?: BackupDescription;
}

export interface DescribeContinuousBackupsInput {
  TableName: string;
}

export interface DescribeContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription;
}

export interface DescribeContributorInsightsInput {
  IndexName?: string;
  TableName: string;
}

export interface DescribeContributorInsightsOutput {
  ContributorInsightsMode?: "ACCESSED_AND_THROTTLED_KEYS" | "THROTTLED_KEYS";
  ContributorInsightsRuleList?: Array<string>;
  ContributorInsightsStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED" | "FAILED";
  FailureException?: FailureException;
  IndexName?: string;
  LastUpdateDateTime?: Date;
  TableName?: string;
}

export interface DescribeEndpointsRequest {
}

export interface DescribeEndpointsResponse {
  Endpoints: Array<Endpoint>;
}

export interface DescribeExportInput {
  ExportArn: string;
}

export interface DescribeExportOutput {
  ExportDescription?: ExportDescription;
}

export interface DescribeGlobalTableInput {
  GlobalTableName: string;
}

export interface DescribeGlobalTableOutput {
  GlobalTableDescription?: GlobalTableDescription;
}

export interface DescribeGlobalTableSettingsInput {
  GlobalTableName: string;
}

export interface DescribeGlobalTableSettingsOutput {
  GlobalTableName?: string;
  ReplicaSettings?: Array<ReplicaSettingsDescription>;
}

export interface DescribeImportInput {
  ImportArn: string;
}

export interface DescribeImportOutput {
  ImportTableDescription: ImportTableDescription;
}

export interface DescribeKinesisStreamingDestinationInput {
  TableName: string;
}

export interface DescribeKinesisStreamingDestinationOutput {
  KinesisDataStreamDestinations?: Array<KinesisDataStreamDestination>;
  TableName?: string;
}

export interface DescribeLimitsInput {
}

export interface DescribeLimitsOutput {
  AccountMaxReadCapacityUnits?: number;
  AccountMaxWriteCapacityUnits?: number;
  TableMaxReadCapacityUnits?: number;
  TableMaxWriteCapacityUnits?: number;
}

export interface DescribeTableInput {
  TableName: string;
}

export interface DescribeTableOutput {
  Table?: TableDescription;
}

export interface DescribeTableReplicaAutoScalingInput {
  TableName: string;
}

export interface DescribeTableReplicaAutoScalingOutput {
  TableAutoScalingDescription?: TableAutoScalingDescription;
}

export interface DescribeTimeToLiveInput {
  TableName: string;
}

export interface DescribeTimeToLiveOutput {
  TimeToLiveDescription?: TimeToLiveDescription;
}

export interface KinesisStreamingDestinationInput {
  EnableKinesisStreamingConfiguration?: EnableKinesisStreamingConfiguration;
  StreamArn: string;
  TableName: string;
}

export interface KinesisStreamingDestinationOutput {
  DestinationStatus?: "ENABLING" | "ACTIVE" | "DISABLING" | "DISABLED" | "ENABLE_FAILED" | "UPDATING";
  EnableKinesisStreamingConfiguration?: EnableKinesisStreamingConfiguration;
  StreamArn?: string;
  TableName?: string;
}

export interface ExecuteStatementInput {
  ConsistentRead?: boolean;
  Limit?: number;
  NextToken?: string;
  Parameters?: Array<AttributeValue>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  Statement: string;
}

export interface ExecuteStatementOutput {
  ConsumedCapacity?: ConsumedCapacity;
  Items?: Array<Record<string, AttributeValue>>;
  LastEvaluatedKey?: Record<string, AttributeValue>;
  NextToken?: string;
}

export interface ExecuteTransactionInput {
  ClientRequestToken?: string;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  TransactStatements: Array<ParameterizedStatement>;
}

export interface ExecuteTransactionOutput {
  ConsumedCapacity?: Array<ConsumedCapacity>;
  Responses?: Array<ItemResponse>;
}

export interface ExportTableToPointInTimeInput {
  ClientToken?: string;
  ExportFormat?: "DYNAMODB_JSON" | "ION";
  ExportTime?: Date;
  ExportType?: "FULL_EXPORT" | "INCREMENTAL_EXPORT";
  IncrementalExportSpecification?: IncrementalExportSpecification;
  S3Bucket: string;
  S3BucketOwner?: string;
  S3Prefix?: string;
  S3SseAlgorithm?: "AES256" | "KMS";
  S3SseKmsKeyId?: string;
  TableArn: string;
}

export interface ExportTableToPointInTimeOutput {
  ExportDescription?: ExportDescription;
}

export interface GetItemInput {
  AttributesToGet?: Array<string>;
  ConsistentRead?: boolean;
  ExpressionAttributeNames?: Record<string, string>;
  Key: Record<string, AttributeValue>;
  ProjectionExpression?: string;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  TableName: string;
}

export interface GetItemOutput {
  ConsumedCapacity?: ConsumedCapacity;
  Item?: Record<string, AttributeValue>;
}

export interface GetResourcePolicyInput {
  ResourceArn: string;
}

export interface GetResourcePolicyOutput {
  Policy?: string;
  RevisionId?: string;
}

export interface ImportTableInput {
  ClientToken?: string;
  InputCompressionType?: "GZIP" | "ZSTD" | "NONE";
  InputFormat: "DYNAMODB_JSON" | "ION" | "CSV";
  InputFormatOptions?: InputFormatOptions;
  S3BucketSource: S3BucketSource;
  TableCreationParameters: TableCreationParameters;
}

export interface ImportTableOutput {
  ImportTableDescription: ImportTableDescription;
}

export interface ListBackupsInput {
  BackupType?: "USER" | "SYSTEM" | "AWS_BACKUP" | "ALL";
  ExclusiveStartBackupArn?: string;
  Limit?: number;
  TableName?: string;
  TimeRangeLowerBound?: Date;
  TimeRangeUpperBound?: Date;
}

export interface ListBackupsOutput {
  BackupSummaries?: Array<BackupSummary>;
  LastEvaluatedBackupArn?: string;
}

export interface ListContributorInsightsInput {
  MaxResults?: number;
  NextToken?: string;
  TableName?: string;
}

export interface ListContributorInsightsOutput {
  ContributorInsightsSummaries?: Array<ContributorInsightsSummary>;
  NextToken?: string;
}

export interface ListExportsInput {
  MaxResults?: number;
  NextToken?: string;
  TableArn?: string;
}

export interface ListExportsOutput {
  ExportSummaries?: Array<ExportSummary>;
  NextToken?: string;
}

export interface ListGlobalTablesInput {
  ExclusiveStartGlobalTableName?: string;
  Limit?: number;
  RegionName?: string;
}

export interface ListGlobalTablesOutput {
  GlobalTables?: Array<GlobalTable>;
  LastEvaluatedGlobalTableName?: string;
}

export interface ListImportsInput {
  NextToken?: string;
  PageSize?: number;
  TableArn?: string;
}

export interface ListImportsOutput {
  ImportSummaryList?: Array<ImportSummary>;
  NextToken?: string;
}

export interface ListTablesInput {
  ExclusiveStartTableName?: string;
  Limit?: number;
}

export interface ListTablesOutput {
  LastEvaluatedTableName?: string;
  TableNames?: Array<string>;
}

export interface ListTagsOfResourceInput {
  NextToken?: string;
  ResourceArn: string;
}

export interface ListTagsOfResourceOutput {
  NextToken?: string;
  Tags?: Array<TagShape>;
}

export interface PutItemInput {
  ConditionExpression?: string;
  ConditionalOperator?: "AND" | "OR";
  Expected?: Record<string, ExpectedAttributeValue>;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Item: Record<string, AttributeValue>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnItemCollectionMetrics?: "SIZE" | "NONE";
  ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
}

export interface PutItemOutput {
  Attributes?: Record<string, AttributeValue>;
  ConsumedCapacity?: ConsumedCapacity;
  ItemCollectionMetrics?: ItemCollectionMetrics;
}

export interface PutResourcePolicyInput {
  ConfirmRemoveSelfResourceAccess?: boolean;
  ExpectedRevisionId?: string;
  Policy: string;
  ResourceArn: string;
}

export interface PutResourcePolicyOutput {
  RevisionId?: string;
}

export interface QueryInput {
  AttributesToGet?: Array<string>;
  ConditionalOperator?: "AND" | "OR";
  ConsistentRead?: boolean;
  ExclusiveStartKey?: Record<string, AttributeValue>;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  FilterExpression?: string;
  IndexName?: string;
  KeyConditionExpression?: string;
  KeyConditions?: Record<string, Condition>;
  Limit?: number;
  ProjectionExpression?: string;
  QueryFilter?: Record<string, Condition>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ScanIndexForward?: boolean;
  Select?: "ALL_ATTRIBUTES" | "ALL_PROJECTED_ATTRIBUTES" | "SPECIFIC_ATTRIBUTES" | "COUNT";
  TableName: string;
}

export interface QueryOutput {
  ConsumedCapacity?: ConsumedCapacity;
  Count?: number;
  Items?: Array<Record<string, AttributeValue>>;
  LastEvaluatedKey?: Record<string, AttributeValue>;
  ScannedCount?: number;
}

export interface RestoreTableFromBackupInput {
  BackupArn: string;
  BillingModeOverride?: "PROVISIONED" | "PAY_PER_REQUEST";
  GlobalSecondaryIndexOverride?: Array<GlobalSecondaryIndex>;
  LocalSecondaryIndexOverride?: Array<LocalSecondaryIndex>;
  OnDemandThroughputOverride?: OnDemandThroughput;
  ProvisionedThroughputOverride?: ProvisionedThroughput;
  SSESpecificationOverride?: SSESpecification;
  TargetTableName: string;
}

export interface RestoreTableFromBackupOutput {
  TableDescription?: TableDescription;
}

export interface RestoreTableToPointInTimeInput {
  BillingModeOverride?: "PROVISIONED" | "PAY_PER_REQUEST";
  GlobalSecondaryIndexOverride?: Array<GlobalSecondaryIndex>;
  LocalSecondaryIndexOverride?: Array<LocalSecondaryIndex>;
  OnDemandThroughputOverride?: OnDemandThroughput;
  ProvisionedThroughputOverride?: ProvisionedThroughput;
  RestoreDateTime?: Date;
  SSESpecificationOverride?: SSESpecification;
  SourceTableArn?: string;
  SourceTableName?: string;
  TargetTableName: string;
  UseLatestRestorableTime?: boolean;
}

export interface RestoreTableToPointInTimeOutput {
  TableDescription?: TableDescription;
}

export interface ScanInput {
  AttributesToGet?: Array<string>;
  ConditionalOperator?: "AND" | "OR";
  ConsistentRead?: boolean;
  ExclusiveStartKey?: Record<string, AttributeValue>;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  FilterExpression?: string;
  IndexName?: string;
  Limit?: number;
  ProjectionExpression?: string;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ScanFilter?: Record<string, Condition>;
  Segment?: number;
  Select?: "ALL_ATTRIBUTES" | "ALL_PROJECTED_ATTRIBUTES" | "SPECIFIC_ATTRIBUTES" | "COUNT";
  TableName: string;
  TotalSegments?: number;
}

export interface ScanOutput {
  ConsumedCapacity?: ConsumedCapacity;
  Count?: number;
  Items?: Array<Record<string, AttributeValue>>;
  LastEvaluatedKey?: Record<string, AttributeValue>;
  ScannedCount?: number;
}

export interface TagResourceInput {
  ResourceArn: string;
  Tags: Array<TagShape>;
}

export interface TransactGetItemsInput {
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  TransactItems: Array<TransactGetItem>;
}

export interface TransactGetItemsOutput {
  ConsumedCapacity?: Array<ConsumedCapacity>;
  Responses?: Array<ItemResponse>;
}

export interface TransactWriteItemsInput {
  ClientRequestToken?: string;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnItemCollectionMetrics?: "SIZE" | "NONE";
  TransactItems: Array<TransactWriteItem>;
}

export interface TransactWriteItemsOutput {
  ConsumedCapacity?: Array<ConsumedCapacity>;
  ItemCollectionMetrics?: Record<string, Array<ItemCollectionMetrics>>;
}

export interface UntagResourceInput {
  ResourceArn: string;
  TagKeys: Array<string>;
}

export interface UpdateContinuousBackupsInput {
  PointInTimeRecoverySpecification: PointInTimeRecoverySpecification;
  TableName: string;
}

export interface UpdateContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription;
}

export interface UpdateContributorInsightsInput {
  ContributorInsightsAction: "ENABLE" | "DISABLE";
  ContributorInsightsMode?: "ACCESSED_AND_THROTTLED_KEYS" | "THROTTLED_KEYS";
  IndexName?: string;
  TableName: string;
}

export interface UpdateContributorInsightsOutput {
  ContributorInsightsMode?: "ACCESSED_AND_THROTTLED_KEYS" | "THROTTLED_KEYS";
  ContributorInsightsStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED" | "FAILED";
  IndexName?: string;
  TableName?: string;
}

export interface UpdateGlobalTableInput {
  GlobalTableName: string;
  ReplicaUpdates: Array<ReplicaUpdate>;
}

export interface UpdateGlobalTableOutput {
  GlobalTableDescription?: GlobalTableDescription;
}

export interface UpdateGlobalTableSettingsInput {
  GlobalTableBillingMode?: "PROVISIONED" | "PAY_PER_REQUEST";
  GlobalTableGlobalSecondaryIndexSettingsUpdate?: Array<GlobalTableGlobalSecondaryIndexSettingsUpdate>;
  GlobalTableName: string;
  GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate?: AutoScalingSettingsUpdate;
  GlobalTableProvisionedWriteCapacityUnits?: number;
  ReplicaSettingsUpdate?: Array<ReplicaSettingsUpdate>;
}

export interface UpdateGlobalTableSettingsOutput {
  GlobalTableName?: string;
  ReplicaSettings?: Array<ReplicaSettingsDescription>;
}

export interface UpdateItemInput {
  AttributeUpdates?: Record<string, AttributeValueUpdate>;
  ConditionExpression?: string;
  ConditionalOperator?: "AND" | "OR";
  Expected?: Record<string, ExpectedAttributeValue>;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Key: Record<string, AttributeValue>;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnItemCollectionMetrics?: "SIZE" | "NONE";
  ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
  UpdateExpression?: string;
}

export interface UpdateItemOutput {
  Attributes?: Record<string, AttributeValue>;
  ConsumedCapacity?: ConsumedCapacity;
  ItemCollectionMetrics?: ItemCollectionMetrics;
}

export interface UpdateKinesisStreamingDestinationInput {
  StreamArn: string;
  TableName: string;
  UpdateKinesisStreamingConfiguration?: UpdateKinesisStreamingConfiguration;
}

export interface UpdateKinesisStreamingDestinationOutput {
  DestinationStatus?: "ENABLING" | "ACTIVE" | "DISABLING" | "DISABLED" | "ENABLE_FAILED" | "UPDATING";
  StreamArn?: string;
  TableName?: string;
  UpdateKinesisStreamingConfiguration?: UpdateKinesisStreamingConfiguration;
}

export interface UpdateTableInput {
  AttributeDefinitions?: Array<AttributeDefinition>;
  BillingMode?: "PROVISIONED" | "PAY_PER_REQUEST";
  DeletionProtectionEnabled?: boolean;
  GlobalSecondaryIndexUpdates?: Array<GlobalSecondaryIndexUpdate>;
  GlobalTableSettingsReplicationMode?: "ENABLED" | "DISABLED" | "ENABLED_WITH_OVERRIDES";
  GlobalTableWitnessUpdates?: Array<GlobalTableWitnessGroupUpdate>;
  MultiRegionConsistency?: "EVENTUAL" | "STRONG";
  OnDemandThroughput?: OnDemandThroughput;
  ProvisionedThroughput?: ProvisionedThroughput;
  ReplicaUpdates?: Array<ReplicationGroupUpdate>;
  SSESpecification?: SSESpecification;
  StreamSpecification?: StreamSpecification;
  TableClass?: "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
  TableName: string;
  WarmThroughput?: WarmThroughput;
}

export interface UpdateTableOutput {
  TableDescription?: TableDescription;
}

export interface UpdateTableReplicaAutoScalingInput {
  GlobalSecondaryIndexUpdates?: Array<GlobalSecondaryIndexAutoScalingUpdate>;
  ProvisionedWriteCapacityAutoScalingUpdate?: AutoScalingSettingsUpdate;
  ReplicaUpdates?: Array<ReplicaAutoScalingUpdate>;
  TableName: string;
}

export interface UpdateTableReplicaAutoScalingOutput {
  TableAutoScalingDescription?: TableAutoScalingDescription;
}

export interface UpdateTimeToLiveInput {
  TableName: string;
  TimeToLiveSpecification: TimeToLiveSpecification;
}

export interface UpdateTimeToLiveOutput {
  TimeToLiveSpecification?: TimeToLiveSpecification;
}

export interface BackupInUseException {
  message?: string;
}

export interface BackupNotFoundException {
  message?: string;
}

export interface ConditionalCheckFailedException {
  Item?: Record<string, AttributeValue>;
  message?: string;
}

export interface ContinuousBackupsUnavailableException {
  message?: string;
}

export interface DuplicateItemException {
  message?: string;
}

export interface ExportConflictException {
  message?: string;
}

export interface ExportNotFoundException {
  message?: string;
}

export interface GlobalTableAlreadyExistsException {
  message?: string;
}

export interface GlobalTableNotFoundException {
  message?: string;
}

export interface IdempotentParameterMismatchException {
  Message?: string;
}

export interface ImportConflictException {
  message?: string;
}

export interface ImportNotFoundException {
  message?: string;
}

export interface IndexNotFoundException {
  message?: string;
}

export interface InternalServerError {
  message?: string;
}

export interface InvalidExportTimeException {
  message?: string;
}

export interface InvalidRestoreTimeException {
  message?: string;
}

export interface ItemCollectionSizeLimitExceededException {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface PointInTimeRecoveryUnavailableException {
  message?: string;
}

export interface PolicyNotFoundException {
  message?: string;
}

export interface ProvisionedThroughputExceededException {
  ThrottlingReasons?: Array<ThrottlingReason>;
  message?: string;
}

export interface ReplicaAlreadyExistsException {
  message?: string;
}

export interface ReplicaNotFoundException {
  message?: string;
}

export interface ReplicatedWriteConflictException {
  message?: string;
}

export interface RequestLimitExceeded {
  ThrottlingReasons?: Array<ThrottlingReason>;
  message?: string;
}

export interface ResourceInUseException {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface TableAlreadyExistsException {
  message?: string;
}

export interface TableInUseException {
  message?: string;
}

export interface TableNotFoundException {
  message?: string;
}

export interface ThrottlingException {
  message?: string;
  throttlingReasons?: Array<ThrottlingReason>;
}

export interface TransactionCanceledException {
  CancellationReasons?: Array<CancellationReason>;
  Message?: string;
}

export interface TransactionConflictException {
  message?: string;
}

export interface TransactionInProgressException {
  Message?: string;
}

export interface BatchStatementRequest {
  ConsistentRead?: boolean;
  Parameters?: Array<AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  Statement: string;
}

export interface ConsumedCapacity {
  CapacityUnits?: number;
  GlobalSecondaryIndexes?: Record<string, Capacity>;
  LocalSecondaryIndexes?: Record<string, Capacity>;
  ReadCapacityUnits?: number;
  Table?: Capacity;
  TableName?: string;
  WriteCapacityUnits?: number;
}

export interface BatchStatementResponse {
  Error?: BatchStatementError;
  Item?: Record<string, AttributeValue>;
  TableName?: string;
}

export interface KeysAndAttributes {
  AttributesToGet?: Array<string>;
  ConsistentRead?: boolean;
  ExpressionAttributeNames?: Record<string, string>;
  Keys: Array<Record<string, AttributeValue>>;
  ProjectionExpression?: string;
}

export interface AttributeValue {
  B?: Buffer;
  BOOL?: boolean;
  BS?: Array<Buffer>;
  L?: Array<AttributeValue>;
  M?: Record<string, AttributeValue>;
  N?: string;
  NS?: Array<string>;
  NULL?: boolean;
  S?: string;
  SS?: Array<string>;
}

export interface WriteRequest {
  DeleteRequest?: DeleteRequest;
  PutRequest?: PutRequest;
}

export interface ItemCollectionMetrics {
  ItemCollectionKey?: Record<string, AttributeValue>;
  SizeEstimateRangeGB?: Array<number>;
}

export interface BackupDetails {
  BackupArn: string;
  BackupCreationDateTime: Date;
  BackupExpiryDateTime?: Date;
  BackupName: string;
  BackupSizeBytes?: number;
  BackupStatus: "CREATING" | "DELETED" | "AVAILABLE";
  BackupType: "USER" | "SYSTEM" | "AWS_BACKUP";
}

export interface Replica {
  RegionName?: string;
}

export interface GlobalTableDescription {
  CreationDateTime?: Date;
  GlobalTableArn?: string;
  GlobalTableName?: string;
  GlobalTableStatus?: "CREATING" | "ACTIVE" | "DELETING" | "UPDATING";
  ReplicationGroup?: Array<ReplicaDescription>;
}

export interface AttributeDefinition {
  AttributeName: string;
  AttributeType: "S" | "N" | "B";
}

export interface GlobalSecondaryIndex {
  IndexName: string;
  KeySchema: Array<KeySchemaElement>;
  OnDemandThroughput?: OnDemandThroughput;
  Projection: Projection;
  ProvisionedThroughput?: ProvisionedThroughput;
  WarmThroughput?: WarmThroughput;
}

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: "HASH" | "RANGE";
}

export interface LocalSecondaryIndex {
  IndexName: string;
  KeySchema: Array<KeySchemaElement>;
  Projection: Projection;
}

export interface OnDemandThroughput {
  MaxReadRequestUnits?: number;
  MaxWriteRequestUnits?: number;
}

export interface ProvisionedThroughput {
  ReadCapacityUnits: number;
  WriteCapacityUnits: number;
}

export interface SSESpecification {
  Enabled?: boolean;
  KMSMasterKeyId?: string;
  SSEType?: "AES256" | "KMS";
}

export interface StreamSpecification {
  StreamEnabled: boolean;
  StreamViewType?: "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES" | "KEYS_ONLY";
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface WarmThroughput {
  ReadUnitsPerSecond?: number;
  WriteUnitsPerSecond?: number;
}

export interface TableDescription {
  ArchivalSummary?: ArchivalSummary;
  AttributeDefinitions?: Array<AttributeDefinition>;
  BillingModeSummary?: BillingModeSummary;
  CreationDateTime?: Date;
  DeletionProtectionEnabled?: boolean;
  GlobalSecondaryIndexes?: Array<GlobalSecondaryIndexDescription>;
  GlobalTableSettingsReplicationMode?: "ENABLED" | "DISABLED" | "ENABLED_WITH_OVERRIDES";
  GlobalTableVersion?: string;
  GlobalTableWitnesses?: Array<GlobalTableWitnessDescription>;
  ItemCount?: number;
  KeySchema?: Array<KeySchemaElement>;
  LatestStreamArn?: string;
  LatestStreamLabel?: string;
  LocalSecondaryIndexes?: Array<LocalSecondaryIndexDescription>;
  MultiRegionConsistency?: "EVENTUAL" | "STRONG";
  OnDemandThroughput?: OnDemandThroughput;
  ProvisionedThroughput?: ProvisionedThroughputDescription;
  Replicas?: Array<ReplicaDescription>;
  RestoreSummary?: RestoreSummary;
  SSEDescription?: SSEDescription;
  StreamSpecification?: StreamSpecification;
  TableArn?: string;
  TableClassSummary?: TableClassSummary;
  TableId?: string;
  TableName?: string;
  TableSizeBytes?: number;
  TableStatus?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE" | "INACCESSIBLE_ENCRYPTION_CREDENTIALS" | "ARCHIVING" | "ARCHIVED" | "REPLICATION_NOT_AUTHORIZED";
  WarmThroughput?: TableWarmThroughputDescription;
}

export interface BackupDescription {
  BackupDetails?: BackupDetails;
  SourceTableDetails?: SourceTableDetails;
  SourceTableFeatureDetails?: SourceTableFeatureDetails;
}

export interface ExpectedAttributeValue {
  AttributeValueList?: Array<AttributeValue>;
  ComparisonOperator?: "EQ" | "NE" | "IN" | "LE" | "LT" | "GE" | "GT" | "BETWEEN" | "NOT_NULL" | "NULL" | "CONTAINS" | "NOT_CONTAINS" | "BEGINS_WITH";
  Exists?: boolean;
  Value?: AttributeValue;
}

export interface ContinuousBackupsDescription {
  ContinuousBackupsStatus: "ENABLED" | "DISABLED";
  PointInTimeRecoveryDescription?: PointInTimeRecoveryDescription;
}

export interface FailureException {
  ExceptionDescription?: string;
  ExceptionName?: string;
}

export interface Endpoint {
  Address: string;
  CachePeriodInMinutes: number;
}

export interface ExportDescription {
  BilledSizeBytes?: number;
  ClientToken?: string;
  EndTime?: Date;
  ExportArn?: string;
  ExportFormat?: "DYNAMODB_JSON" | "ION";
  ExportManifest?: string;
  ExportStatus?: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  ExportTime?: Date;
  ExportType?: "FULL_EXPORT" | "INCREMENTAL_EXPORT";
  FailureCode?: string;
  FailureMessage?: string;
  IncrementalExportSpecification?: IncrementalExportSpecification;
  ItemCount?: number;
  S3Bucket?: string;
  S3BucketOwner?: string;
  S3Prefix?: string;
  S3SseAlgorithm?: "AES256" | "KMS";
  S3SseKmsKeyId?: string;
  StartTime?: Date;
  TableArn?: string;
  TableId?: string;
}

export interface ReplicaSettingsDescription {
  RegionName: string;
  ReplicaBillingModeSummary?: BillingModeSummary;
  ReplicaGlobalSecondaryIndexSettings?: Array<ReplicaGlobalSecondaryIndexSettingsDescription>;
  ReplicaProvisionedReadCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ReplicaProvisionedReadCapacityUnits?: number;
  ReplicaProvisionedWriteCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ReplicaProvisionedWriteCapacityUnits?: number;
  ReplicaStatus?: "CREATING" | "CREATION_FAILED" | "UPDATING" | "DELETING" | "ACTIVE" | "REGION_DISABLED" | "INACCESSIBLE_ENCRYPTION_CREDENTIALS" | "ARCHIVING" | "ARCHIVED" | "REPLICATION_NOT_AUTHORIZED";
  ReplicaTableClassSummary?: TableClassSummary;
}

export interface ImportTableDescription {
  ClientToken?: string;
  CloudWatchLogGroupArn?: string;
  EndTime?: Date;
  ErrorCount?: number;
  FailureCode?: string;
  FailureMessage?: string;
  ImportArn?: string;
  ImportStatus?: "IN_PROGRESS" | "COMPLETED" | "CANCELLING" | "CANCELLED" | "FAILED";
  ImportedItemCount?: number;
  InputCompressionType?: "GZIP" | "ZSTD" | "NONE";
  InputFormat?: "DYNAMODB_JSON" | "ION" | "CSV";
  InputFormatOptions?: InputFormatOptions;
  ProcessedItemCount?: number;
  ProcessedSizeBytes?: number;
  S3BucketSource?: S3BucketSource;
  StartTime?: Date;
  TableArn?: string;
  TableCreationParameters?: TableCreationParameters;
  TableId?: string;
}

export interface KinesisDataStreamDestination {
  ApproximateCreationDateTimePrecision?: "MILLISECOND" | "MICROSECOND";
  DestinationStatus?: "ENABLING" | "ACTIVE" | "DISABLING" | "DISABLED" | "ENABLE_FAILED" | "UPDATING";
  DestinationStatusDescription?: string;
  StreamArn?: string;
}

export interface TableAutoScalingDescription {
  Replicas?: Array<ReplicaAutoScalingDescription>;
  TableName?: string;
  TableStatus?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE" | "INACCESSIBLE_ENCRYPTION_CREDENTIALS" | "ARCHIVING" | "ARCHIVED" | "REPLICATION_NOT_AUTHORIZED";
}

export interface TimeToLiveDescription {
  AttributeName?: string;
  TimeToLiveStatus?: "ENABLING" | "DISABLING" | "ENABLED" | "DISABLED";
}

export interface EnableKinesisStreamingConfiguration {
  ApproximateCreationDateTimePrecision?: "MILLISECOND" | "MICROSECOND";
}

export interface ParameterizedStatement {
  Parameters?: Array<AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  Statement: string;
}

export interface ItemResponse {
  Item?: Record<string, AttributeValue>;
}

export interface IncrementalExportSpecification {
  ExportFromTime?: Date;
  ExportToTime?: Date;
  ExportViewType?: "NEW_IMAGE" | "NEW_AND_OLD_IMAGES";
}

export interface InputFormatOptions {
  Csv?: CsvOptions;
}

export interface S3BucketSource {
  S3Bucket: string;
  S3BucketOwner?: string;
  S3KeyPrefix?: string;
}

export interface TableCreationParameters {
  AttributeDefinitions: Array<AttributeDefinition>;
  BillingMode?: "PROVISIONED" | "PAY_PER_REQUEST";
  GlobalSecondaryIndexes?: Array<GlobalSecondaryIndex>;
  KeySchema: Array<KeySchemaElement>;
  OnDemandThroughput?: OnDemandThroughput;
  ProvisionedThroughput?: ProvisionedThroughput;
  SSESpecification?: SSESpecification;
  TableName: string;
}

export interface BackupSummary {
  BackupArn?: string;
  BackupCreationDateTime?: Date;
  BackupExpiryDateTime?: Date;
  BackupName?: string;
  BackupSizeBytes?: number;
  BackupStatus?: "CREATING" | "DELETED" | "AVAILABLE";
  BackupType?: "USER" | "SYSTEM" | "AWS_BACKUP";
  TableArn?: string;
  TableId?: string;
  TableName?: string;
}

export interface ContributorInsightsSummary {
  ContributorInsightsMode?: "ACCESSED_AND_THROTTLED_KEYS" | "THROTTLED_KEYS";
  ContributorInsightsStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED" | "FAILED";
  IndexName?: string;
  TableName?: string;
}

export interface ExportSummary {
  ExportArn?: string;
  ExportStatus?: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  ExportType?: "FULL_EXPORT" | "INCREMENTAL_EXPORT";
}

export interface GlobalTable {
  GlobalTableName?: string;
  ReplicationGroup?: Array<Replica>;
}

export interface ImportSummary {
  CloudWatchLogGroupArn?: string;
  EndTime?: Date;
  ImportArn?: string;
  ImportStatus?: "IN_PROGRESS" | "COMPLETED" | "CANCELLING" | "CANCELLED" | "FAILED";
  InputFormat?: "DYNAMODB_JSON" | "ION" | "CSV";
  S3BucketSource?: S3BucketSource;
  StartTime?: Date;
  TableArn?: string;
}

export interface Condition {
  AttributeValueList?: Array<AttributeValue>;
  ComparisonOperator: "EQ" | "NE" | "IN" | "LE" | "LT" | "GE" | "GT" | "BETWEEN" | "NOT_NULL" | "NULL" | "CONTAINS" | "NOT_CONTAINS" | "BEGINS_WITH";
}

export interface TransactGetItem {
  Get: Get;
}

export interface TransactWriteItem {
  ConditionCheck?: ConditionCheck;
  Delete?: Delete;
  Put?: Put;
  Update?: Update;
}

export interface PointInTimeRecoverySpecification {
  PointInTimeRecoveryEnabled: boolean;
  RecoveryPeriodInDays?: number;
}

export interface ReplicaUpdate {
  Create?: CreateReplicaAction;
  Delete?: DeleteReplicaAction;
}

export interface GlobalTableGlobalSecondaryIndexSettingsUpdate {
  IndexName: string;
  ProvisionedWriteCapacityAutoScalingSettingsUpdate?: AutoScalingSettingsUpdate;
  ProvisionedWriteCapacityUnits?: number;
}

export interface AutoScalingSettingsUpdate {
  AutoScalingDisabled?: boolean;
  AutoScalingRoleArn?: string;
  MaximumUnits?: number;
  MinimumUnits?: number;
  ScalingPolicyUpdate?: AutoScalingPolicyUpdate;
}

export interface ReplicaSettingsUpdate {
  RegionName: string;
  ReplicaGlobalSecondaryIndexSettingsUpdate?: Array<ReplicaGlobalSecondaryIndexSettingsUpdate>;
  ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate?: AutoScalingSettingsUpdate;
  ReplicaProvisionedReadCapacityUnits?: number;
  ReplicaTableClass?: "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
}

export interface AttributeValueUpdate {
  Action?: "ADD" | "PUT" | "DELETE";
  Value?: AttributeValue;
}

export interface UpdateKinesisStreamingConfiguration {
  ApproximateCreationDateTimePrecision?: "MILLISECOND" | "MICROSECOND";
}

export interface GlobalSecondaryIndexUpdate {
  Create?: CreateGlobalSecondaryIndexAction;
  Delete?: DeleteGlobalSecondaryIndexAction;
  Update?: UpdateGlobalSecondaryIndexAction;
}

export interface GlobalTableWitnessGroupUpdate {
  Create?: CreateGlobalTableWitnessGroupMemberAction;
  Delete?: DeleteGlobalTableWitnessGroupMemberAction;
}

export interface ReplicationGroupUpdate {
  Create?: CreateReplicationGroupMemberAction;
  Delete?: DeleteReplicationGroupMemberAction;
  Update?: UpdateReplicationGroupMemberAction;
}

export interface GlobalSecondaryIndexAutoScalingUpdate {
  IndexName?: string;
  ProvisionedWriteCapacityAutoScalingUpdate?: AutoScalingSettingsUpdate;
}

export interface ReplicaAutoScalingUpdate {
  RegionName: string;
  ReplicaGlobalSecondaryIndexUpdates?: Array<ReplicaGlobalSecondaryIndexAutoScalingUpdate>;
  ReplicaProvisionedReadCapacityAutoScalingUpdate?: AutoScalingSettingsUpdate;
}

export interface TimeToLiveSpecification {
  AttributeName: string;
  Enabled: boolean;
}

export interface ThrottlingReason {
  reason?: string;
  resource?: string;
}

export interface CancellationReason {
  Code?: string;
  Item?: Record<string, AttributeValue>;
  Message?: string;
}

export interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface BatchStatementError {
  Code?: "ConditionalCheckFailed" | "ItemCollectionSizeLimitExceeded" | "RequestLimitExceeded" | "ValidationError" | "ProvisionedThroughputExceeded" | "TransactionConflict" | "ThrottlingError" | "InternalServerError" | "ResourceNotFound" | "AccessDenied" | "DuplicateItem";
  Item?: Record<string, AttributeValue>;
  Message?: string;
}

export interface DeleteRequest {
  Key: Record<string, AttributeValue>;
}

export interface PutRequest {
  Item: Record<string, AttributeValue>;
}

export interface ReplicaDescription {
  GlobalSecondaryIndexes?: Array<ReplicaGlobalSecondaryIndexDescription>;
  GlobalTableSettingsReplicationMode?: "ENABLED" | "DISABLED" | "ENABLED_WITH_OVERRIDES";
  KMSMasterKeyId?: string;
  OnDemandThroughputOverride?: OnDemandThroughputOverride;
  ProvisionedThroughputOverride?: ProvisionedThroughputOverride;
  RegionName?: string;
  ReplicaArn?: string;
  ReplicaInaccessibleDateTime?: Date;
  ReplicaStatus?: "CREATING" | "CREATION_FAILED" | "UPDATING" | "DELETING" | "ACTIVE" | "REGION_DISABLED" | "INACCESSIBLE_ENCRYPTION_CREDENTIALS" | "ARCHIVING" | "ARCHIVED" | "REPLICATION_NOT_AUTHORIZED";
  ReplicaStatusDescription?: string;
  ReplicaStatusPercentProgress?: string;
  ReplicaTableClassSummary?: TableClassSummary;
  WarmThroughput?: TableWarmThroughputDescription;
}

export interface Projection {
  NonKeyAttributes?: Array<string>;
  ProjectionType?: "ALL" | "KEYS_ONLY" | "INCLUDE";
}

export interface ArchivalSummary {
  ArchivalBackupArn?: string;
  ArchivalDateTime?: Date;
  ArchivalReason?: string;
}

export interface BillingModeSummary {
  BillingMode?: "PROVISIONED" | "PAY_PER_REQUEST";
  LastUpdateToPayPerRequestDateTime?: Date;
}

export interface GlobalSecondaryIndexDescription {
  Backfilling?: boolean;
  IndexArn?: string;
  IndexName?: string;
  IndexSizeBytes?: number;
  IndexStatus?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE";
  ItemCount?: number;
  KeySchema?: Array<KeySchemaElement>;
  OnDemandThroughput?: OnDemandThroughput;
  Projection?: Projection;
  ProvisionedThroughput?: ProvisionedThroughputDescription;
  WarmThroughput?: GlobalSecondaryIndexWarmThroughputDescription;
}

export interface GlobalTableWitnessDescription {
  RegionName?: string;
  WitnessStatus?: "CREATING" | "DELETING" | "ACTIVE";
}

export interface LocalSecondaryIndexDescription {
  IndexArn?: string;
  IndexName?: string;
  IndexSizeBytes?: number;
  ItemCount?: number;
  KeySchema?: Array<KeySchemaElement>;
  Projection?: Projection;
}

export interface ProvisionedThroughputDescription {
  LastDecreaseDateTime?: Date;
  LastIncreaseDateTime?: Date;
  NumberOfDecreasesToday?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface RestoreSummary {
  RestoreDateTime: Date;
  RestoreInProgress: boolean;
  SourceBackupArn?: string;
  SourceTableArn?: string;
}

export interface SSEDescription {
  InaccessibleEncryptionDateTime?: Date;
  KMSMasterKeyArn?: string;
  SSEType?: "AES256" | "KMS";
  Status?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED" | "UPDATING";
}

export interface TableClassSummary {
  LastUpdateDateTime?: Date;
  TableClass?: "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
}

export interface TableWarmThroughputDescription {
  ReadUnitsPerSecond?: number;
  Status?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE" | "INACCESSIBLE_ENCRYPTION_CREDENTIALS" | "ARCHIVING" | "ARCHIVED" | "REPLICATION_NOT_AUTHORIZED";
  WriteUnitsPerSecond?: number;
}

export interface SourceTableDetails {
  BillingMode?: "PROVISIONED" | "PAY_PER_REQUEST";
  ItemCount?: number;
  KeySchema: Array<KeySchemaElement>;
  OnDemandThroughput?: OnDemandThroughput;
  ProvisionedThroughput: ProvisionedThroughput;
  TableArn?: string;
  TableCreationDateTime: Date;
  TableId: string;
  TableName: string;
  TableSizeBytes?: number;
}

export interface SourceTableFeatureDetails {
  GlobalSecondaryIndexes?: Array<GlobalSecondaryIndexInfo>;
  LocalSecondaryIndexes?: Array<LocalSecondaryIndexInfo>;
  SSEDescription?: SSEDescription;
  StreamDescription?: StreamSpecification;
  TimeToLiveDescription?: TimeToLiveDescription;
}

export interface PointInTimeRecoveryDescription {
  EarliestRestorableDateTime?: Date;
  LatestRestorableDateTime?: Date;
  PointInTimeRecoveryStatus?: "ENABLED" | "DISABLED";
  RecoveryPeriodInDays?: number;
}

export interface ReplicaGlobalSecondaryIndexSettingsDescription {
  IndexName: string;
  IndexStatus?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE";
  ProvisionedReadCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ProvisionedReadCapacityUnits?: number;
  ProvisionedWriteCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ProvisionedWriteCapacityUnits?: number;
}

export interface AutoScalingSettingsDescription {
  AutoScalingDisabled?: boolean;
  AutoScalingRoleArn?: string;
  MaximumUnits?: number;
  MinimumUnits?: number;
  ScalingPolicies?: Array<AutoScalingPolicyDescription>;
}

export interface ReplicaAutoScalingDescription {
  GlobalSecondaryIndexes?: Array<ReplicaGlobalSecondaryIndexAutoScalingDescription>;
  RegionName?: string;
  ReplicaProvisionedReadCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ReplicaProvisionedWriteCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ReplicaStatus?: "CREATING" | "CREATION_FAILED" | "UPDATING" | "DELETING" | "ACTIVE" | "REGION_DISABLED" | "INACCESSIBLE_ENCRYPTION_CREDENTIALS" | "ARCHIVING" | "ARCHIVED" | "REPLICATION_NOT_AUTHORIZED";
}

export interface CsvOptions {
  Delimiter?: string;
  HeaderList?: Array<string>;
}

export interface Get {
  ExpressionAttributeNames?: Record<string, string>;
  Key: Record<string, AttributeValue>;
  ProjectionExpression?: string;
  TableName: string;
}

export interface ConditionCheck {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Key: Record<string, AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
}

export interface Delete {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Key: Record<string, AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
}

export interface Put {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Item: Record<string, AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
}

export interface Update {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Key: Record<string, AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
  TableName: string;
  UpdateExpression: string;
}

export interface CreateReplicaAction {
  RegionName: string;
}

export interface DeleteReplicaAction {
  RegionName: string;
}

export interface AutoScalingPolicyUpdate {
  PolicyName?: string;
  TargetTrackingScalingPolicyConfiguration: AutoScalingTargetTrackingScalingPolicyConfigurationUpdate;
}

export interface ReplicaGlobalSecondaryIndexSettingsUpdate {
  IndexName: string;
  ProvisionedReadCapacityAutoScalingSettingsUpdate?: AutoScalingSettingsUpdate;
  ProvisionedReadCapacityUnits?: number;
}

export interface CreateGlobalSecondaryIndexAction {
  IndexName: string;
  KeySchema: Array<KeySchemaElement>;
  OnDemandThroughput?: OnDemandThroughput;
  Projection: Projection;
  ProvisionedThroughput?: ProvisionedThroughput;
  WarmThroughput?: WarmThroughput;
}

export interface DeleteGlobalSecondaryIndexAction {
  IndexName: string;
}

export interface UpdateGlobalSecondaryIndexAction {
  IndexName: string;
  OnDemandThroughput?: OnDemandThroughput;
  ProvisionedThroughput?: ProvisionedThroughput;
  WarmThroughput?: WarmThroughput;
}

export interface CreateGlobalTableWitnessGroupMemberAction {
  RegionName: string;
}

export interface DeleteGlobalTableWitnessGroupMemberAction {
  RegionName: string;
}

export interface CreateReplicationGroupMemberAction {
  GlobalSecondaryIndexes?: Array<ReplicaGlobalSecondaryIndex>;
  KMSMasterKeyId?: string;
  OnDemandThroughputOverride?: OnDemandThroughputOverride;
  ProvisionedThroughputOverride?: ProvisionedThroughputOverride;
  RegionName: string;
  TableClassOverride?: "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
}

export interface DeleteReplicationGroupMemberAction {
  RegionName: string;
}

export interface UpdateReplicationGroupMemberAction {
  GlobalSecondaryIndexes?: Array<ReplicaGlobalSecondaryIndex>;
  KMSMasterKeyId?: string;
  OnDemandThroughputOverride?: OnDemandThroughputOverride;
  ProvisionedThroughputOverride?: ProvisionedThroughputOverride;
  RegionName: string;
  TableClassOverride?: "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
}

export interface ReplicaGlobalSecondaryIndexAutoScalingUpdate {
  IndexName?: string;
  ProvisionedReadCapacityAutoScalingUpdate?: AutoScalingSettingsUpdate;
}

export interface ReplicaGlobalSecondaryIndexDescription {
  IndexName?: string;
  OnDemandThroughputOverride?: OnDemandThroughputOverride;
  ProvisionedThroughputOverride?: ProvisionedThroughputOverride;
  WarmThroughput?: GlobalSecondaryIndexWarmThroughputDescription;
}

export interface OnDemandThroughputOverride {
  MaxReadRequestUnits?: number;
}

export interface ProvisionedThroughputOverride {
  ReadCapacityUnits?: number;
}

export interface GlobalSecondaryIndexWarmThroughputDescription {
  ReadUnitsPerSecond?: number;
  Status?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE";
  WriteUnitsPerSecond?: number;
}

export interface GlobalSecondaryIndexInfo {
  IndexName?: string;
  KeySchema?: Array<KeySchemaElement>;
  OnDemandThroughput?: OnDemandThroughput;
  Projection?: Projection;
  ProvisionedThroughput?: ProvisionedThroughput;
}

export interface LocalSecondaryIndexInfo {
  IndexName?: string;
  KeySchema?: Array<KeySchemaElement>;
  Projection?: Projection;
}

export interface AutoScalingPolicyDescription {
  PolicyName?: string;
  TargetTrackingScalingPolicyConfiguration?: AutoScalingTargetTrackingScalingPolicyConfigurationDescription;
}

export interface ReplicaGlobalSecondaryIndexAutoScalingDescription {
  IndexName?: string;
  IndexStatus?: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE";
  ProvisionedReadCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
  ProvisionedWriteCapacityAutoScalingSettings?: AutoScalingSettingsDescription;
}

export interface AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
  DisableScaleIn?: boolean;
  ScaleInCooldown?: number;
  ScaleOutCooldown?: number;
  TargetValue: number;
}

export interface ReplicaGlobalSecondaryIndex {
  IndexName: string;
  OnDemandThroughputOverride?: OnDemandThroughputOverride;
  ProvisionedThroughputOverride?: ProvisionedThroughputOverride;
}

export interface AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
  DisableScaleIn?: boolean;
  ScaleInCooldown?: number;
  ScaleOutCooldown?: number;
  TargetValue: number;
}

/** Every operation of Amazon DynamoDB; a provider implements the ones it serves. */
export interface DynamodbOperations {
  BatchExecuteStatement(input: BatchExecuteStatementInput, context: RequestContext): BatchExecuteStatementOutput | Promise<BatchExecuteStatementOutput>;
  BatchGetItem(input: BatchGetItemInput, context: RequestContext): BatchGetItemOutput | Promise<BatchGetItemOutput>;
  BatchWriteItem(input: BatchWriteItemInput, context: RequestContext): BatchWriteItemOutput | Promise<BatchWriteItemOutput>;
  CreateBackup(input: CreateBackupInput, context: RequestContext): CreateBackupOutput | Promise<CreateBackupOutput>;
  CreateGlobalTable(input: CreateGlobalTableInput, context: RequestContext): CreateGlobalTableOutput | Promise<CreateGlobalTableOutput>;
  CreateTable(input: CreateTableInput, context: RequestContext): CreateTableOutput | Promise<CreateTableOutput>;
  DeleteBackup(input: DeleteBackupInput, context: RequestContext): DeleteBackupOutput | Promise<DeleteBackupOutput>;
  DeleteItem(input: DeleteItemInput, context: RequestContext): DeleteItemOutput | Promise<DeleteItemOutput>;
  DeleteResourcePolicy(input: DeleteResourcePolicyInput, context: RequestContext): DeleteResourcePolicyOutput | Promise<DeleteResourcePolicyOutput>;
  DeleteTable(input: DeleteTableInput, context: RequestContext): DeleteTableOutput | Promise<DeleteTableOutput>;
  DescribeBackup(input: DescribeBackupInput, context: RequestContext): DescribeBackupOutput | Promise<DescribeBackupOutput>;
  DescribeContinuousBackups(input: DescribeContinuousBackupsInput, context: RequestContext): DescribeContinuousBackupsOutput | Promise<DescribeContinuousBackupsOutput>;
  DescribeContributorInsights(input: DescribeContributorInsightsInput, context: RequestContext): DescribeContributorInsightsOutput | Promise<DescribeContributorInsightsOutput>;
  DescribeEndpoints(input: DescribeEndpointsRequest, context: RequestContext): DescribeEndpointsResponse | Promise<DescribeEndpointsResponse>;
  DescribeExport(input: DescribeExportInput, context: RequestContext): DescribeExportOutput | Promise<DescribeExportOutput>;
  DescribeGlobalTable(input: DescribeGlobalTableInput, context: RequestContext): DescribeGlobalTableOutput | Promise<DescribeGlobalTableOutput>;
  DescribeGlobalTableSettings(input: DescribeGlobalTableSettingsInput, context: RequestContext): DescribeGlobalTableSettingsOutput | Promise<DescribeGlobalTableSettingsOutput>;
  DescribeImport(input: DescribeImportInput, context: RequestContext): DescribeImportOutput | Promise<DescribeImportOutput>;
  DescribeKinesisStreamingDestination(input: DescribeKinesisStreamingDestinationInput, context: RequestContext): DescribeKinesisStreamingDestinationOutput | Promise<DescribeKinesisStreamingDestinationOutput>;
  DescribeLimits(input: DescribeLimitsInput, context: RequestContext): DescribeLimitsOutput | Promise<DescribeLimitsOutput>;
  DescribeTable(input: DescribeTableInput, context: RequestContext): DescribeTableOutput | Promise<DescribeTableOutput>;
  DescribeTableReplicaAutoScaling(input: DescribeTableReplicaAutoScalingInput, context: RequestContext): DescribeTableReplicaAutoScalingOutput | Promise<DescribeTableReplicaAutoScalingOutput>;
  DescribeTimeToLive(input: DescribeTimeToLiveInput, context: RequestContext): DescribeTimeToLiveOutput | Promise<DescribeTimeToLiveOutput>;
  DisableKinesisStreamingDestination(input: KinesisStreamingDestinationInput, context: RequestContext): KinesisStreamingDestinationOutput | Promise<KinesisStreamingDestinationOutput>;
  EnableKinesisStreamingDestination(input: KinesisStreamingDestinationInput, context: RequestContext): KinesisStreamingDestinationOutput | Promise<KinesisStreamingDestinationOutput>;
  ExecuteStatement(input: ExecuteStatementInput, context: RequestContext): ExecuteStatementOutput | Promise<ExecuteStatementOutput>;
  ExecuteTransaction(input: ExecuteTransactionInput, context: RequestContext): ExecuteTransactionOutput | Promise<ExecuteTransactionOutput>;
  ExportTableToPointInTime(input: ExportTableToPointInTimeInput, context: RequestContext): ExportTableToPointInTimeOutput | Promise<ExportTableToPointInTimeOutput>;
  GetItem(input: GetItemInput, context: RequestContext): GetItemOutput | Promise<GetItemOutput>;
  GetResourcePolicy(input: GetResourcePolicyInput, context: RequestContext): GetResourcePolicyOutput | Promise<GetResourcePolicyOutput>;
  ImportTable(input: ImportTableInput, context: RequestContext): ImportTableOutput | Promise<ImportTableOutput>;
  ListBackups(input: ListBackupsInput, context: RequestContext): ListBackupsOutput | Promise<ListBackupsOutput>;
  ListContributorInsights(input: ListContributorInsightsInput, context: RequestContext): ListContributorInsightsOutput | Promise<ListContributorInsightsOutput>;
  ListExports(input: ListExportsInput, context: RequestContext): ListExportsOutput | Promise<ListExportsOutput>;
  ListGlobalTables(input: ListGlobalTablesInput, context: RequestContext): ListGlobalTablesOutput | Promise<ListGlobalTablesOutput>;
  ListImports(input: ListImportsInput, context: RequestContext): ListImportsOutput | Promise<ListImportsOutput>;
  ListTables(input: ListTablesInput, context: RequestContext): ListTablesOutput | Promise<ListTablesOutput>;
  ListTagsOfResource(input: ListTagsOfResourceInput, context: RequestContext): ListTagsOfResourceOutput | Promise<ListTagsOfResourceOutput>;
  PutItem(input: PutItemInput, context: RequestContext): PutItemOutput | Promise<PutItemOutput>;
  PutResourcePolicy(input: PutResourcePolicyInput, context: RequestContext): PutResourcePolicyOutput | Promise<PutResourcePolicyOutput>;
  Query(input: QueryInput, context: RequestContext): QueryOutput | Promise<QueryOutput>;
  RestoreTableFromBackup(input: RestoreTableFromBackupInput, context: RequestContext): RestoreTableFromBackupOutput | Promise<RestoreTableFromBackupOutput>;
  RestoreTableToPointInTime(input: RestoreTableToPointInTimeInput, context: RequestContext): RestoreTableToPointInTimeOutput | Promise<RestoreTableToPointInTimeOutput>;
  Scan(input: ScanInput, context: RequestContext): ScanOutput | Promise<ScanOutput>;
  TagResource(input: TagResourceInput, context: RequestContext): void | Promise<void>;
  TransactGetItems(input: TransactGetItemsInput, context: RequestContext): TransactGetItemsOutput | Promise<TransactGetItemsOutput>;
  TransactWriteItems(input: TransactWriteItemsInput, context: RequestContext): TransactWriteItemsOutput | Promise<TransactWriteItemsOutput>;
  UntagResource(input: UntagResourceInput, context: RequestContext): void | Promise<void>;
  UpdateContinuousBackups(input: UpdateContinuousBackupsInput, context: RequestContext): UpdateContinuousBackupsOutput | Promise<UpdateContinuousBackupsOutput>;
  UpdateContributorInsights(input: UpdateContributorInsightsInput, context: RequestContext): UpdateContributorInsightsOutput | Promise<UpdateContributorInsightsOutput>;
  UpdateGlobalTable(input: UpdateGlobalTableInput, context: RequestContext): UpdateGlobalTableOutput | Promise<UpdateGlobalTableOutput>;
  UpdateGlobalTableSettings(input: UpdateGlobalTableSettingsInput, context: RequestContext): UpdateGlobalTableSettingsOutput | Promise<UpdateGlobalTableSettingsOutput>;
  UpdateItem(input: UpdateItemInput, context: RequestContext): UpdateItemOutput | Promise<UpdateItemOutput>;
  UpdateKinesisStreamingDestination(input: UpdateKinesisStreamingDestinationInput, context: RequestContext): UpdateKinesisStreamingDestinationOutput | Promise<UpdateKinesisStreamingDestinationOutput>;
  UpdateTable(input: UpdateTableInput, context: RequestContext): UpdateTableOutput | Promise<UpdateTableOutput>;
  UpdateTableReplicaAutoScaling(input: UpdateTableReplicaAutoScalingInput, context: RequestContext): UpdateTableReplicaAutoScalingOutput | Promise<UpdateTableReplicaAutoScalingOutput>;
  UpdateTimeToLive(input: UpdateTimeToLiveInput, context: RequestContext): UpdateTimeToLiveOutput | Promise<UpdateTimeToLiveOutput>;
}
