// Generated from models/pipes.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface CreatePipeRequest {
  Description?: string;
  DesiredState?: "RUNNING" | "STOPPED";
  Enrichment?: string;
  EnrichmentParameters?: PipeEnrichmentParameters;
  KmsKeyIdentifier?: string;
  LogConfiguration?: PipeLogConfigurationParameters;
  Name: string;
  RoleArn: string;
  Source: string;
  SourceParameters?: PipeSourceParameters;
  Tags?: Record<string, string>;
  Target: string;
  TargetParameters?: PipeTargetParameters;
}

export interface CreatePipeResponse {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED";
  LastModifiedTime?: Date;
  Name?: string;
}

export interface DeletePipeRequest {
  Name: string;
}

export interface DeletePipeResponse {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED" | "DELETED";
  LastModifiedTime?: Date;
  Name?: string;
}

export interface DescribePipeRequest {
  Name: string;
}

export interface DescribePipeResponse {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  Description?: string;
  DesiredState?: "RUNNING" | "STOPPED" | "DELETED";
  Enrichment?: string;
  EnrichmentParameters?: PipeEnrichmentParameters;
  KmsKeyIdentifier?: string;
  LastModifiedTime?: Date;
  LogConfiguration?: PipeLogConfiguration;
  Name?: string;
  RoleArn?: string;
  Source?: string;
  SourceParameters?: PipeSourceParameters;
  StateReason?: string;
  Tags?: Record<string, string>;
  Target?: string;
  TargetParameters?: PipeTargetParameters;
}

export interface ListPipesRequest {
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED";
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
  SourcePrefix?: string;
  TargetPrefix?: string;
}

export interface ListPipesResponse {
  NextToken?: string;
  Pipes?: Array<Pipe>;
}

export interface ListTagsForResourceRequest {
  resourceArn: string;
}

export interface ListTagsForResourceResponse {
  tags?: Record<string, string>;
}

export interface StartPipeRequest {
  Name: string;
}

export interface StartPipeResponse {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED";
  LastModifiedTime?: Date;
  Name?: string;
}

export interface StopPipeRequest {
  Name: string;
}

export interface StopPipeResponse {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED";
  LastModifiedTime?: Date;
  Name?: string;
}

export interface TagResourceRequest {
  resourceArn: string;
  tags: Record<string, string>;
}

export interface TagResourceResponse {
}

export interface UntagResourceRequest {
  resourceArn: string;
  tagKeys: Array<string>;
}

export interface UntagResourceResponse {
}

export interface UpdatePipeRequest {
  Description?: string;
  DesiredState?: "RUNNING" | "STOPPED";
  Enrichment?: string;
  EnrichmentParameters?: PipeEnrichmentParameters;
  KmsKeyIdentifier?: string;
  LogConfiguration?: PipeLogConfigurationParameters;
  Name: string;
  RoleArn: string;
  SourceParameters?: UpdatePipeSourceParameters;
  Target?: string;
  TargetParameters?: PipeTargetParameters;
}

export interface UpdatePipeResponse {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED";
  LastModifiedTime?: Date;
  Name?: string;
}

export interface ConflictException {
  message: string;
  resourceId: string;
  resourceType: string;
}

export interface InternalException {
  message: string;
  retryAfterSeconds?: number;
}

export interface NotFoundException {
  message?: string;
}

export interface ServiceQuotaExceededException {
  message: string;
  quotaCode: string;
  resourceId: string;
  resourceType: string;
  serviceCode: string;
}

export interface ThrottlingException {
  message: string;
  quotaCode?: string;
  retryAfterSeconds?: number;
  serviceCode?: string;
}

export interface ValidationException {
  fieldList?: Array<ValidationExceptionField>;
  message?: string;
}

export interface PipeEnrichmentParameters {
  HttpParameters?: PipeEnrichmentHttpParameters;
  InputTemplate?: string;
}

export interface PipeLogConfigurationParameters {
  CloudwatchLogsLogDestination?: CloudwatchLogsLogDestinationParameters;
  FirehoseLogDestination?: FirehoseLogDestinationParameters;
  IncludeExecutionData?: Array<"ALL">;
  Level: "OFF" | "ERROR" | "INFO" | "TRACE";
  S3LogDestination?: S3LogDestinationParameters;
}

export interface PipeSourceParameters {
  ActiveMQBrokerParameters?: PipeSourceActiveMQBrokerParameters;
  DynamoDBStreamParameters?: PipeSourceDynamoDBStreamParameters;
  FilterCriteria?: FilterCriteria;
  KinesisStreamParameters?: PipeSourceKinesisStreamParameters;
  ManagedStreamingKafkaParameters?: PipeSourceManagedStreamingKafkaParameters;
  RabbitMQBrokerParameters?: PipeSourceRabbitMQBrokerParameters;
  SelfManagedKafkaParameters?: PipeSourceSelfManagedKafkaParameters;
  SqsQueueParameters?: PipeSourceSqsQueueParameters;
}

export interface PipeTargetParameters {
  BatchJobParameters?: PipeTargetBatchJobParameters;
  CloudWatchLogsParameters?: PipeTargetCloudWatchLogsParameters;
  EcsTaskParameters?: PipeTargetEcsTaskParameters;
  EventBridgeEventBusParameters?: PipeTargetEventBridgeEventBusParameters;
  HttpParameters?: PipeTargetHttpParameters;
  InputTemplate?: string;
  KinesisStreamParameters?: PipeTargetKinesisStreamParameters;
  LambdaFunctionParameters?: PipeTargetLambdaFunctionParameters;
  RedshiftDataParameters?: PipeTargetRedshiftDataParameters;
  SageMakerPipelineParameters?: PipeTargetSageMakerPipelineParameters;
  SqsQueueParameters?: PipeTargetSqsQueueParameters;
  StepFunctionStateMachineParameters?: PipeTargetStateMachineParameters;
  TimestreamParameters?: PipeTargetTimestreamParameters;
}

export interface PipeLogConfiguration {
  CloudwatchLogsLogDestination?: CloudwatchLogsLogDestination;
  FirehoseLogDestination?: FirehoseLogDestination;
  IncludeExecutionData?: Array<"ALL">;
  Level?: "OFF" | "ERROR" | "INFO" | "TRACE";
  S3LogDestination?: S3LogDestination;
}

export interface Pipe {
  Arn?: string;
  CreationTime?: Date;
  CurrentState?: "RUNNING" | "STOPPED" | "CREATING" | "UPDATING" | "DELETING" | "STARTING" | "STOPPING" | "CREATE_FAILED" | "UPDATE_FAILED" | "START_FAILED" | "STOP_FAILED" | "DELETE_FAILED" | "CREATE_ROLLBACK_FAILED" | "DELETE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_FAILED";
  DesiredState?: "RUNNING" | "STOPPED";
  Enrichment?: string;
  LastModifiedTime?: Date;
  Name?: string;
  Source?: string;
  StateReason?: string;
  Target?: string;
}

export interface UpdatePipeSourceParameters {
  ActiveMQBrokerParameters?: UpdatePipeSourceActiveMQBrokerParameters;
  DynamoDBStreamParameters?: UpdatePipeSourceDynamoDBStreamParameters;
  FilterCriteria?: FilterCriteria;
  KinesisStreamParameters?: UpdatePipeSourceKinesisStreamParameters;
  ManagedStreamingKafkaParameters?: UpdatePipeSourceManagedStreamingKafkaParameters;
  RabbitMQBrokerParameters?: UpdatePipeSourceRabbitMQBrokerParameters;
  SelfManagedKafkaParameters?: UpdatePipeSourceSelfManagedKafkaParameters;
  SqsQueueParameters?: UpdatePipeSourceSqsQueueParameters;
}

export interface ValidationExceptionField {
  message: string;
  name: string;
}

export interface PipeEnrichmentHttpParameters {
  HeaderParameters?: Record<string, string>;
  PathParameterValues?: Array<string>;
  QueryStringParameters?: Record<string, string>;
}

export interface CloudwatchLogsLogDestinationParameters {
  LogGroupArn: string;
}

export interface FirehoseLogDestinationParameters {
  DeliveryStreamArn: string;
}

export interface S3LogDestinationParameters {
  BucketName: string;
  BucketOwner: string;
  OutputFormat?: "json" | "plain" | "w3c";
  Prefix?: string;
}

export interface PipeSourceActiveMQBrokerParameters {
  BatchSize?: number;
  Credentials: MQBrokerAccessCredentials;
  MaximumBatchingWindowInSeconds?: number;
  QueueName: string;
}

export interface PipeSourceDynamoDBStreamParameters {
  BatchSize?: number;
  DeadLetterConfig?: DeadLetterConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  OnPartialBatchItemFailure?: "AUTOMATIC_BISECT";
  ParallelizationFactor?: number;
  StartingPosition: "TRIM_HORIZON" | "LATEST";
}

export interface FilterCriteria {
  Filters?: Array<Filter>;
}

export interface PipeSourceKinesisStreamParameters {
  BatchSize?: number;
  DeadLetterConfig?: DeadLetterConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  OnPartialBatchItemFailure?: "AUTOMATIC_BISECT";
  ParallelizationFactor?: number;
  StartingPosition: "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";
  StartingPositionTimestamp?: Date;
}

export interface PipeSourceManagedStreamingKafkaParameters {
  BatchSize?: number;
  ConsumerGroupID?: string;
  Credentials?: MSKAccessCredentials;
  MaximumBatchingWindowInSeconds?: number;
  StartingPosition?: "TRIM_HORIZON" | "LATEST";
  TopicName: string;
}

export interface PipeSourceRabbitMQBrokerParameters {
  BatchSize?: number;
  Credentials: MQBrokerAccessCredentials;
  MaximumBatchingWindowInSeconds?: number;
  QueueName: string;
  VirtualHost?: string;
}

export interface PipeSourceSelfManagedKafkaParameters {
  AdditionalBootstrapServers?: Array<string>;
  BatchSize?: number;
  ConsumerGroupID?: string;
  Credentials?: SelfManagedKafkaAccessConfigurationCredentials;
  MaximumBatchingWindowInSeconds?: number;
  ServerRootCaCertificate?: string;
  StartingPosition?: "TRIM_HORIZON" | "LATEST";
  TopicName: string;
  Vpc?: SelfManagedKafkaAccessConfigurationVpc;
}

export interface PipeSourceSqsQueueParameters {
  BatchSize?: number;
  MaximumBatchingWindowInSeconds?: number;
}

export interface PipeTargetBatchJobParameters {
  ArrayProperties?: BatchArrayProperties;
  ContainerOverrides?: BatchContainerOverrides;
  DependsOn?: Array<BatchJobDependency>;
  JobDefinition: string;
  JobName: string;
  Parameters?: Record<string, string>;
  RetryStrategy?: BatchRetryStrategy;
}

export interface PipeTargetCloudWatchLogsParameters {
  LogStreamName?: string;
  Timestamp?: string;
}

export interface PipeTargetEcsTaskParameters {
  CapacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  EnableECSManagedTags?: boolean;
  EnableExecuteCommand?: boolean;
  Group?: string;
  LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
  NetworkConfiguration?: NetworkConfiguration;
  Overrides?: EcsTaskOverride;
  PlacementConstraints?: Array<PlacementConstraint>;
  PlacementStrategy?: Array<PlacementStrategy>;
  PlatformVersion?: string;
  PropagateTags?: "TASK_DEFINITION";
  ReferenceId?: string;
  Tags?: Array<TagShape>;
  TaskCount?: number;
  TaskDefinitionArn: string;
}

export interface PipeTargetEventBridgeEventBusParameters {
  DetailType?: string;
  EndpointId?: string;
  Resources?: Array<string>;
  Source?: string;
  Time?: string;
}

export interface PipeTargetHttpParameters {
  HeaderParameters?: Record<string, string>;
  PathParameterValues?: Array<string>;
  QueryStringParameters?: Record<string, string>;
}

export interface PipeTargetKinesisStreamParameters {
  PartitionKey: string;
}

export interface PipeTargetLambdaFunctionParameters {
  InvocationType?: "REQUEST_RESPONSE" | "FIRE_AND_FORGET";
}

export interface PipeTargetRedshiftDataParameters {
  Database: string;
  DbUser?: string;
  SecretManagerArn?: string;
  Sqls: Array<string>;
  StatementName?: string;
  WithEvent?: boolean;
}

export interface PipeTargetSageMakerPipelineParameters {
  PipelineParameterList?: Array<SageMakerPipelineParameter>;
}

export interface PipeTargetSqsQueueParameters {
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}

export interface PipeTargetStateMachineParameters {
  InvocationType?: "REQUEST_RESPONSE" | "FIRE_AND_FORGET";
}

export interface PipeTargetTimestreamParameters {
  DimensionMappings: Array<DimensionMapping>;
  EpochTimeUnit?: "MILLISECONDS" | "SECONDS" | "MICROSECONDS" | "NANOSECONDS";
  MultiMeasureMappings?: Array<MultiMeasureMapping>;
  SingleMeasureMappings?: Array<SingleMeasureMapping>;
  TimeFieldType?: "EPOCH" | "TIMESTAMP_FORMAT";
  TimeValue: string;
  TimestampFormat?: string;
  VersionValue: string;
}

export interface CloudwatchLogsLogDestination {
  LogGroupArn?: string;
}

export interface FirehoseLogDestination {
  DeliveryStreamArn?: string;
}

export interface S3LogDestination {
  BucketName?: string;
  BucketOwner?: string;
  OutputFormat?: "json" | "plain" | "w3c";
  Prefix?: string;
}

export interface UpdatePipeSourceActiveMQBrokerParameters {
  BatchSize?: number;
  Credentials: MQBrokerAccessCredentials;
  MaximumBatchingWindowInSeconds?: number;
}

export interface UpdatePipeSourceDynamoDBStreamParameters {
  BatchSize?: number;
  DeadLetterConfig?: DeadLetterConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  OnPartialBatchItemFailure?: "AUTOMATIC_BISECT";
  ParallelizationFactor?: number;
}

export interface UpdatePipeSourceKinesisStreamParameters {
  BatchSize?: number;
  DeadLetterConfig?: DeadLetterConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  OnPartialBatchItemFailure?: "AUTOMATIC_BISECT";
  ParallelizationFactor?: number;
}

export interface UpdatePipeSourceManagedStreamingKafkaParameters {
  BatchSize?: number;
  Credentials?: MSKAccessCredentials;
  MaximumBatchingWindowInSeconds?: number;
}

export interface UpdatePipeSourceRabbitMQBrokerParameters {
  BatchSize?: number;
  Credentials: MQBrokerAccessCredentials;
  MaximumBatchingWindowInSeconds?: number;
}

export interface UpdatePipeSourceSelfManagedKafkaParameters {
  BatchSize?: number;
  Credentials?: SelfManagedKafkaAccessConfigurationCredentials;
  MaximumBatchingWindowInSeconds?: number;
  ServerRootCaCertificate?: string;
  Vpc?: SelfManagedKafkaAccessConfigurationVpc;
}

export interface UpdatePipeSourceSqsQueueParameters {
  BatchSize?: number;
  MaximumBatchingWindowInSeconds?: number;
}

export interface MQBrokerAccessCredentials {
  BasicAuth?: string;
}

export interface DeadLetterConfig {
  Arn?: string;
}

export interface Filter {
  Pattern?: string;
}

export interface MSKAccessCredentials {
  ClientCertificateTlsAuth?: string;
  SaslScram512Auth?: string;
}

export interface SelfManagedKafkaAccessConfigurationCredentials {
  BasicAuth?: string;
  ClientCertificateTlsAuth?: string;
  SaslScram256Auth?: string;
  SaslScram512Auth?: string;
}

export interface SelfManagedKafkaAccessConfigurationVpc {
  SecurityGroup?: Array<string>;
  Subnets?: Array<string>;
}

export interface BatchArrayProperties {
  Size?: number;
}

export interface BatchContainerOverrides {
  Command?: Array<string>;
  Environment?: Array<BatchEnvironmentVariable>;
  InstanceType?: string;
  ResourceRequirements?: Array<BatchResourceRequirement>;
}

export interface BatchJobDependency {
  JobId?: string;
  Type?: "N_TO_N" | "SEQUENTIAL";
}

export interface BatchRetryStrategy {
  Attempts?: number;
}

export interface CapacityProviderStrategyItem {
  base?: number;
  capacityProvider: string;
  weight?: number;
}

export interface NetworkConfiguration {
  awsvpcConfiguration?: AwsVpcConfiguration;
}

export interface EcsTaskOverride {
  ContainerOverrides?: Array<EcsContainerOverride>;
  Cpu?: string;
  EphemeralStorage?: EcsEphemeralStorage;
  ExecutionRoleArn?: string;
  InferenceAcceleratorOverrides?: Array<EcsInferenceAcceleratorOverride>;
  Memory?: string;
  TaskRoleArn?: string;
}

export interface PlacementConstraint {
  expression?: string;
  type?: "distinctInstance" | "memberOf";
}

export interface PlacementStrategy {
  field?: string;
  type?: "random" | "spread" | "binpack";
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface SageMakerPipelineParameter {
  Name: string;
  Value: string;
}

export interface DimensionMapping {
  DimensionName: string;
  DimensionValue: string;
  DimensionValueType: "VARCHAR";
}

export interface MultiMeasureMapping {
  MultiMeasureAttributeMappings: Array<MultiMeasureAttributeMapping>;
  MultiMeasureName: string;
}

export interface SingleMeasureMapping {
  MeasureName: string;
  MeasureValue: string;
  MeasureValueType: "DOUBLE" | "BIGINT" | "VARCHAR" | "BOOLEAN" | "TIMESTAMP";
}

export interface BatchEnvironmentVariable {
  Name?: string;
  Value?: string;
}

export interface BatchResourceRequirement {
  Type: "GPU" | "MEMORY" | "VCPU";
  Value: string;
}

export interface AwsVpcConfiguration {
  AssignPublicIp?: "ENABLED" | "DISABLED";
  SecurityGroups?: Array<string>;
  Subnets: Array<string>;
}

export interface EcsContainerOverride {
  Command?: Array<string>;
  Cpu?: number;
  Environment?: Array<EcsEnvironmentVariable>;
  EnvironmentFiles?: Array<EcsEnvironmentFile>;
  Memory?: number;
  MemoryReservation?: number;
  Name?: string;
  ResourceRequirements?: Array<EcsResourceRequirement>;
}

export interface EcsEphemeralStorage {
  sizeInGiB: number;
}

export interface EcsInferenceAcceleratorOverride {
  deviceName?: string;
  deviceType?: string;
}

export interface MultiMeasureAttributeMapping {
  MeasureValue: string;
  MeasureValueType: "DOUBLE" | "BIGINT" | "VARCHAR" | "BOOLEAN" | "TIMESTAMP";
  MultiMeasureAttributeName: string;
}

export interface EcsEnvironmentVariable {
  name?: string;
  value?: string;
}

export interface EcsEnvironmentFile {
  type: "s3";
  value: string;
}

export interface EcsResourceRequirement {
  type: "GPU" | "InferenceAccelerator";
  value: string;
}

/** Every operation of Amazon EventBridge Pipes; a provider implements the ones it serves. */
export interface PipesOperations {
  CreatePipe(input: CreatePipeRequest, context: RequestContext): CreatePipeResponse | Promise<CreatePipeResponse>;
  DeletePipe(input: DeletePipeRequest, context: RequestContext): DeletePipeResponse | Promise<DeletePipeResponse>;
  DescribePipe(input: DescribePipeRequest, context: RequestContext): DescribePipeResponse | Promise<DescribePipeResponse>;
  ListPipes(input: ListPipesRequest, context: RequestContext): ListPipesResponse | Promise<ListPipesResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  StartPipe(input: StartPipeRequest, context: RequestContext): StartPipeResponse | Promise<StartPipeResponse>;
  StopPipe(input: StopPipeRequest, context: RequestContext): StopPipeResponse | Promise<StopPipeResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  UpdatePipe(input: UpdatePipeRequest, context: RequestContext): UpdatePipeResponse | Promise<UpdatePipeResponse>;
}
