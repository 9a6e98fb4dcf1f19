// Generated from models/events.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface ActivateEventSourceRequest {
  Name: string;
}

export interface CancelReplayRequest {
  ReplayName: string;
}

export interface CancelReplayResponse {
  ReplayArn?: string;
  State?: "STARTING" | "RUNNING" | "CANCELLING" | "COMPLETED" | "CANCELLED" | "FAILED";
  StateReason?: string;
}

export interface CreateApiDestinationRequest {
  ConnectionArn: string;
  Description?: string;
  HttpMethod: "POST" | "GET" | "HEAD" | "OPTIONS" | "PUT" | "PATCH" | "DELETE";
  InvocationEndpoint: string;
  InvocationRateLimitPerSecond?: number;
  Name: string;
}

export interface CreateApiDestinationResponse {
  ApiDestinationArn?: string;
  ApiDestinationState?: "ACTIVE" | "INACTIVE";
  CreationTime?: Date;
  LastModifiedTime?: Date;
}

export interface CreateArchiveRequest {
  ArchiveName: string;
  Description?: string;
  EventPattern?: string;
  EventSourceArn: string;
  KmsKeyIdentifier?: string;
  RetentionDays?: number;
}

export interface CreateArchiveResponse {
  ArchiveArn?: string;
  CreationTime?: Date;
  State?: "ENABLED" | "DISABLED" | "CREATING" | "UPDATING" | "CREATE_FAILED" | "UPDATE_FAILED";
  StateReason?: string;
}

export interface CreateConnectionRequest {
  AuthParameters: CreateConnectionAuthRequestParameters;
  AuthorizationType: "BASIC" | "OAUTH_CLIENT_CREDENTIALS" | "API_KEY";
  Description?: string;
  InvocationConnectivityParameters?: ConnectivityResourceParameters;
  KmsKeyIdentifier?: string;
  Name: string;
}

export interface CreateConnectionResponse {
  ConnectionArn?: string;
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  CreationTime?: Date;
  LastModifiedTime?: Date;
}

export interface CreateEndpointRequest {
  Description?: string;
  EventBuses: Array<EndpointEventBus>;
  Name: string;
  ReplicationConfig?: ReplicationConfig;
  RoleArn?: string;
  RoutingConfig: RoutingConfig;
}

export interface CreateEndpointResponse {
  Arn?: string;
  EventBuses?: Array<EndpointEventBus>;
  Name?: string;
  ReplicationConfig?: ReplicationConfig;
  RoleArn?: string;
  RoutingConfig?: RoutingConfig;
  State?: "ACTIVE" | "CREATING" | "UPDATING" | "DELETING" | "CREATE_FAILED" | "UPDATE_FAILED" | "DELETE_FAILED";
}

export interface CreateEventBusRequest {
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  EventSourceName?: string;
  KmsKeyIdentifier?: string;
  LogConfig?: LogConfig;
  Name: string;
  Tags?: Array<TagShape>;
}

export interface CreateEventBusResponse {
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  EventBusArn?: string;
  KmsKeyIdentifier?: string;
  LogConfig?: LogConfig;
}

export interface CreatePartnerEventSourceRequest {
  Account: string;
  Name: string;
}

export interface CreatePartnerEventSourceResponse {
  EventSourceArn?: string;
}

export interface DeactivateEventSourceRequest {
  Name: string;
}

export interface DeauthorizeConnectionRequest {
  Name: string;
}

export interface DeauthorizeConnectionResponse {
  ConnectionArn?: string;
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  CreationTime?: Date;
  LastAuthorizedTime?: Date;
  LastModifiedTime?: Date;
}

export interface DeleteApiDestinationRequest {
  Name: string;
}

export interface DeleteApiDestinationResponse {
}

export interface DeleteArchiveRequest {
  ArchiveName: string;
}

export interface DeleteArchiveResponse {
}

export interface DeleteConnectionRequest {
  Name: string;
}

export interface DeleteConnectionResponse {
  ConnectionArn?: string;
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  CreationTime?: Date;
  LastAuthorizedTime?: Date;
  LastModifiedTime?: Date;
}

export interface DeleteEndpointRequest {
  Name: string;
}

export interface DeleteEndpointResponse {
}

export interface DeleteEventBusRequest {
  Name: string;
}

export interface DeletePartnerEventSourceRequest {
  Account: string;
  Name: string;
}

export interface DeleteRuleRequest {
  EventBusName?: string;
  Force?: boolean;
  Name: string;
}

export interface DescribeApiDestinationRequest {
  Name: string;
}

export interface DescribeApiDestinationResponse {
  ApiDestinationArn?: string;
  ApiDestinationState?: "ACTIVE" | "INACTIVE";
  ConnectionArn?: string;
  CreationTime?: Date;
  Description?: string;
  HttpMethod?: "POST" | "GET" | "HEAD" | "OPTIONS" | "PUT" | "PATCH" | "DELETE";
  InvocationEndpoint?: string;
  InvocationRateLimitPerSecond?: number;
  LastModifiedTime?: Date;
  Name?: string;
}

export interface DescribeArchiveRequest {
  ArchiveName: string;
}

export interface DescribeArchiveResponse {
  ArchiveArn?: string;
  ArchiveName?: string;
  CreationTime?: Date;
  Description?: string;
  EventCount?: number;
  EventPattern?: string;
  EventSourceArn?: string;
  KmsKeyIdentifier?: string;
  RetentionDays?: number;
  SizeBytes?: number;
  State?: "ENABLED" | "DISABLED" | "CREATING" | "UPDATING" | "CREATE_FAILED" | "UPDATE_FAILED";
  StateReason?: string;
}

export interface DescribeConnectionRequest {
  Name: string;
}

export interface DescribeConnectionResponse {
  AuthParameters?: ConnectionAuthResponseParameters;
  AuthorizationType?: "BASIC" | "OAUTH_CLIENT_CREDENTIALS" | "API_KEY";
  ConnectionArn?: string;
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  CreationTime?: Date;
  Description?: string;
  InvocationConnectivityParameters?: DescribeConnectionConnectivityParameters;
  KmsKeyIdentifier?: string;
  LastAuthorizedTime?: Date;
  LastModifiedTime?: Date;
  Name?: string;
  SecretArn?: string;
  StateReason?: string;
}

export interface DescribeEndpointRequest {
  HomeRegion?: string;
  Name: string;
}

export interface DescribeEndpointResponse {
  Arn?: string;
  CreationTime?: Date;
  Description?: string;
  EndpointId?: string;
  EndpointUrl?: string;
  EventBuses?: Array<EndpointEventBus>;
  LastModifiedTime?: Date;
  Name?: string;
  ReplicationConfig?: ReplicationConfig;
  RoleArn?: string;
  RoutingConfig?: RoutingConfig;
  State?: "ACTIVE" | "CREATING" | "UPDATING" | "DELETING" | "CREATE_FAILED" | "UPDATE_FAILED" | "DELETE_FAILED";
  StateReason?: string;
}

export interface DescribeEventBusRequest {
  Name?: string;
}

export interface DescribeEventBusResponse {
  Arn?: string;
  CreationTime?: Date;
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  KmsKeyIdentifier?: string;
  LastModifiedTime?: Date;
  LogConfig?: LogConfig;
  Name?: string;
  Policy?: string;
}

export interface DescribeEventSourceRequest {
  Name: string;
}

export interface DescribeEventSourceResponse {
  Arn?: string;
  CreatedBy?: string;
  CreationTime?: Date;
  ExpirationTime?: Date;
  Name?: string;
  State?: "PENDING" | "ACTIVE" | "DELETED";
}

export interface DescribePartnerEventSourceRequest {
  Name: string;
}

export interface DescribePartnerEventSourceResponse {
  Arn?: string;
  Name?: string;
}

export interface DescribeReplayRequest {
  ReplayName: string;
}

export interface DescribeReplayResponse {
  Description?: string;
  Destination?: ReplayDestination;
  EventEndTime?: Date;
  EventLastReplayedTime?: Date;
  EventSourceArn?: string;
  EventStartTime?: Date;
  ReplayArn?: string;
  ReplayEndTime?: Date;
  ReplayName?: string;
  ReplayStartTime?: Date;
  State?: "STARTING" | "RUNNING" | "CANCELLING" | "COMPLETED" | "CANCELLED" | "FAILED";
  StateReason?: string;
}

export interface DescribeRuleRequest {
  EventBusName?: string;
  Name: string;
}

export interface DescribeRuleResponse {
  Arn?: string;
  CreatedBy?: string;
  Description?: string;
  EventBusName?: string;
  EventPattern?: string;
  ManagedBy?: string;
  Name?: string;
  RoleArn?: string;
  ScheduleExpression?: string;
  State?: "ENABLED" | "DISABLED" | "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";
}

export interface DisableRuleRequest {
  EventBusName?: string;
  Name: string;
}

export interface EnableRuleRequest {
  EventBusName?: string;
  Name: string;
}

export interface ListApiDestinationsRequest {
  ConnectionArn?: string;
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListApiDestinationsResponse {
  ApiDestinations?: Array<ApiDestination>;
  NextToken?: string;
}

export interface ListArchivesRequest {
  EventSourceArn?: string;
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
  State?: "ENABLED" | "DISABLED" | "CREATING" | "UPDATING" | "CREATE_FAILED" | "UPDATE_FAILED";
}

export interface ListArchivesResponse {
  Archives?: Array<Archive>;
  NextToken?: string;
}

export interface ListConnectionsRequest {
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListConnectionsResponse {
  Connections?: Array<Connection>;
  NextToken?: string;
}

export interface ListEndpointsRequest {
  HomeRegion?: string;
  MaxResults?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListEndpointsResponse {
  Endpoints?: Array<Endpoint>;
  NextToken?: string;
}

export interface ListEventBusesRequest {
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListEventBusesResponse {
  EventBuses?: Array<EventBus>;
  NextToken?: string;
}

export interface ListEventSourcesRequest {
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListEventSourcesResponse {
  EventSources?: Array<EventSource>;
  NextToken?: string;
}

export interface ListPartnerEventSourceAccountsRequest {
  EventSourceName: string;
  Limit?: number;
  NextToken?: string;
}

export interface ListPartnerEventSourceAccountsResponse {
  NextToken?: string;
  PartnerEventSourceAccounts?: Array<PartnerEventSourceAccount>;
}

export interface ListPartnerEventSourcesRequest {
  Limit?: number;
  NamePrefix: string;
  NextToken?: string;
}

export interface ListPartnerEventSourcesResponse {
  NextToken?: string;
  PartnerEventSources?: Array<PartnerEventSource>;
}

export interface ListReplaysRequest {
  EventSourceArn?: string;
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
  State?: "STARTING" | "RUNNING" | "CANCELLING" | "COMPLETED" | "CANCELLED" | "FAILED";
}

export interface ListReplaysResponse {
  NextToken?: string;
  Replays?: Array<Replay>;
}

export interface ListRuleNamesByTargetRequest {
  EventBusName?: string;
  Limit?: number;
  NextToken?: string;
  TargetArn: string;
}

export interface ListRuleNamesByTargetResponse {
  NextToken?: string;
  RuleNames?: Array<string>;
}

export interface ListRulesRequest {
  EventBusName?: string;
  Limit?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListRulesResponse {
  NextToken?: string;
  Rules?: Array<Rule>;
}

export interface ListTagsForResourceRequest {
  ResourceARN: string;
}

export interface ListTagsForResourceResponse {
  Tags?: Array<TagShape>;
}

export interface ListTargetsByRuleRequest {
  EventBusName?: string;
  Limit?: number;
  NextToken?: string;
  Rule: string;
}

export interface ListTargetsByRuleResponse {
  NextToken?: string;
  Targets?: Array<Target>;
}

export interface PutEventsRequest {
  EndpointId?: string;
  Entries: Array<PutEventsRequestEntry>;
}

export interface PutEventsResponse {
  Entries?: Array<PutEventsResultEntry>;
  FailedEntryCount?: number;
}

export interface PutPartnerEventsRequest {
  Entries: Array<PutPartnerEventsRequestEntry>;
}

export interface PutPartnerEventsResponse {
  Entries?: Array<PutPartnerEventsResultEntry>;
  FailedEntryCount?: number;
}

export interface PutPermissionRequest {
  Action?: string;
  Condition?: Condition;
  EventBusName?: string;
  Policy?: string;
  Principal?: string;
  StatementId?: string;
}

export interface PutRuleRequest {
  Description?: string;
  EventBusName?: string;
  EventPattern?: string;
  Name: string;
  RoleArn?: string;
  ScheduleExpression?: string;
  State?: "ENABLED" | "DISABLED" | "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";
  Tags?: Array<TagShape>;
}

export interface PutRuleResponse {
  RuleArn?: string;
}

export interface PutTargetsRequest {
  EventBusName?: string;
  Rule: string;
  Targets: Array<Target>;
}

export interface PutTargetsResponse {
  FailedEntries?: Array<PutTargetsResultEntry>;
  FailedEntryCount?: number;
}

export interface RemovePermissionRequest {
  EventBusName?: string;
  RemoveAllPermissions?: boolean;
  StatementId?: string;
}

export interface RemoveTargetsRequest {
  EventBusName?: string;
  Force?: boolean;
  Ids: Array<string>;
  Rule: string;
}

export interface RemoveTargetsResponse {
  FailedEntries?: Array<RemoveTargetsResultEntry>;
  FailedEntryCount?: number;
}

export interface StartReplayRequest {
  Description?: string;
  Destination: ReplayDestination;
  EventEndTime: Date;
  EventSourceArn: string;
  EventStartTime: Date;
  ReplayName: string;
}

export interface StartReplayResponse {
  ReplayArn?: string;
  ReplayStartTime?: Date;
  State?: "STARTING" | "RUNNING" | "CANCELLING" | "COMPLETED" | "CANCELLED" | "FAILED";
  StateReason?: string;
}

export interface TagResourceRequest {
  ResourceARN: string;
  Tags: Array<TagShape>;
}

export interface TagResourceResponse {
}

export interface TestEventPatternRequest {
  Event: string;
  EventPattern: string;
}

export interface TestEventPatternResponse {
  Result?: boolean;
}

export interface UntagResourceRequest {
  ResourceARN: string;
  TagKeys: Array<string>;
}

export interface UntagResourceResponse {
}

export interface UpdateApiDestinationRequest {
  ConnectionArn?: string;
  Description?: string;
  HttpMethod?: "POST" | "GET" | "HEAD" | "OPTIONS" | "PUT" | "PATCH" | "DELETE";
  InvocationEndpoint?: string;
  InvocationRateLimitPerSecond?: number;
  Name: string;
}

export interface UpdateApiDestinationResponse {
  ApiDestinationArn?: string;
  ApiDestinationState?: "ACTIVE" | "INACTIVE";
  CreationTime?: Date;
  LastModifiedTime?: Date;
}

export interface UpdateArchiveRequest {
  ArchiveName: string;
  Description?: string;
  EventPattern?: string;
  KmsKeyIdentifier?: string;
  RetentionDays?: number;
}

export interface UpdateArchiveResponse {
  ArchiveArn?: string;
  CreationTime?: Date;
  State?: "ENABLED" | "DISABLED" | "CREATING" | "UPDATING" | "CREATE_FAILED" | "UPDATE_FAILED";
  StateReason?: string;
}

export interface UpdateConnectionRequest {
  AuthParameters?: UpdateConnectionAuthRequestParameters;
  AuthorizationType?: "BASIC" | "OAUTH_CLIENT_CREDENTIALS" | "API_KEY";
  Description?: string;
  InvocationConnectivityParameters?: ConnectivityResourceParameters;
  KmsKeyIdentifier?: string;
  Name: string;
}

export interface UpdateConnectionResponse {
  ConnectionArn?: string;
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  CreationTime?: Date;
  LastAuthorizedTime?: Date;
  LastModifiedTime?: Date;
}

export interface UpdateEndpointRequest {
  Description?: string;
  EventBuses?: Array<EndpointEventBus>;
  Name: string;
  ReplicationConfig?: ReplicationConfig;
  RoleArn?: string;
  RoutingConfig?: RoutingConfig;
}

export interface UpdateEndpointResponse {
  Arn?: string;
  EndpointId?: string;
  EndpointUrl?: string;
  EventBuses?: Array<EndpointEventBus>;
  Name?: string;
  ReplicationConfig?: ReplicationConfig;
  RoleArn?: string;
  RoutingConfig?: RoutingConfig;
  State?: "ACTIVE" | "CREATING" | "UPDATING" | "DELETING" | "CREATE_FAILED" | "UPDATE_FAILED" | "DELETE_FAILED";
}

export interface UpdateEventBusRequest {
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  KmsKeyIdentifier?: string;
  LogConfig?: LogConfig;
  Name?: string;
}

export interface UpdateEventBusResponse {
  Arn?: string;
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  KmsKeyIdentifier?: string;
  LogConfig?: LogConfig;
  Name?: string;
}

export interface AccessDeniedException {
}

export interface ConcurrentModificationException {
}

export interface IllegalStatusException {
}

export interface InternalException {
}

export interface InvalidEventPatternException {
}

export interface InvalidStateException {
}

export interface LimitExceededException {
}

export interface ManagedRuleException {
}

export interface OperationDisabledException {
}

export interface PolicyLengthExceededException {
}

export interface ResourceAlreadyExistsException {
}

export interface ResourceNotFoundException {
}

export interface ThrottlingException {
}

export interface CreateConnectionAuthRequestParameters {
  ApiKeyAuthParameters?: CreateConnectionApiKeyAuthRequestParameters;
  BasicAuthParameters?: CreateConnectionBasicAuthRequestParameters;
  ConnectivityParameters?: ConnectivityResourceParameters;
  InvocationHttpParameters?: ConnectionHttpParameters;
  OAuthParameters?: CreateConnectionOAuthRequestParameters;
}

export interface ConnectivityResourceParameters {
  ResourceParameters: ConnectivityResourceConfigurationArn;
}

export interface EndpointEventBus {
  EventBusArn: string;
}

export interface ReplicationConfig {
  State?: "ENABLED" | "DISABLED";
}

export interface RoutingConfig {
  FailoverConfig: FailoverConfig;
}

export interface DeadLetterConfig {
  Arn?: string;
}

export interface LogConfig {
  IncludeDetail?: "NONE" | "FULL";
  Level?: "OFF" | "ERROR" | "INFO" | "TRACE";
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface ConnectionAuthResponseParameters {
  ApiKeyAuthParameters?: ConnectionApiKeyAuthResponseParameters;
  BasicAuthParameters?: ConnectionBasicAuthResponseParameters;
  ConnectivityParameters?: DescribeConnectionConnectivityParameters;
  InvocationHttpParameters?: ConnectionHttpParameters;
  OAuthParameters?: ConnectionOAuthResponseParameters;
}

export interface DescribeConnectionConnectivityParameters {
  ResourceParameters: DescribeConnectionResourceParameters;
}

export interface ReplayDestination {
  Arn: string;
  FilterArns?: Array<string>;
}

export interface ApiDestination {
  ApiDestinationArn?: string;
  ApiDestinationState?: "ACTIVE" | "INACTIVE";
  ConnectionArn?: string;
  CreationTime?: Date;
  HttpMethod?: "POST" | "GET" | "HEAD" | "OPTIONS" | "PUT" | "PATCH" | "DELETE";
  InvocationEndpoint?: string;
  InvocationRateLimitPerSecond?: number;
  LastModifiedTime?: Date;
  Name?: string;
}

export interface Archive {
  ArchiveName?: string;
  CreationTime?: Date;
  EventCount?: number;
  EventSourceArn?: string;
  RetentionDays?: number;
  SizeBytes?: number;
  State?: "ENABLED" | "DISABLED" | "CREATING" | "UPDATING" | "CREATE_FAILED" | "UPDATE_FAILED";
  StateReason?: string;
}

export interface Connection {
  AuthorizationType?: "BASIC" | "OAUTH_CLIENT_CREDENTIALS" | "API_KEY";
  ConnectionArn?: string;
  ConnectionState?: "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";
  CreationTime?: Date;
  LastAuthorizedTime?: Date;
  LastModifiedTime?: Date;
  Name?: string;
  StateReason?: string;
}

export interface Endpoint {
  Arn?: string;
  CreationTime?: Date;
  Description?: string;
  EndpointId?: string;
  EndpointUrl?: string;
  EventBuses?: Array<EndpointEventBus>;
  LastModifiedTime?: Date;
  Name?: string;
  ReplicationConfig?: ReplicationConfig;
  RoleArn?: string;
  RoutingConfig?: RoutingConfig;
  State?: "ACTIVE" | "CREATING" | "UPDATING" | "DELETING" | "CREATE_FAILED" | "UPDATE_FAILED" | "DELETE_FAILED";
  StateReason?: string;
}

export interface EventBus {
  Arn?: string;
  CreationTime?: Date;
  Description?: string;
  LastModifiedTime?: Date;
  Name?: string;
  Policy?: string;
}

export interface EventSource {
  Arn?: string;
  CreatedBy?: string;
  CreationTime?: Date;
  ExpirationTime?: Date;
  Name?: string;
  State?: "PENDING" | "ACTIVE" | "DELETED";
}

export interface PartnerEventSourceAccount {
  Account?: string;
  CreationTime?: Date;
  ExpirationTime?: Date;
  State?: "PENDING" | "ACTIVE" | "DELETED";
}

export interface PartnerEventSource {
  Arn?: string;
  Name?: string;
}

export interface Replay {
  EventEndTime?: Date;
  EventLastReplayedTime?: Date;
  EventSourceArn?: string;
  EventStartTime?: Date;
  ReplayEndTime?: Date;
  ReplayName?: string;
  ReplayStartTime?: Date;
  State?: "STARTING" | "RUNNING" | "CANCELLING" | "COMPLETED" | "CANCELLED" | "FAILED";
  StateReason?: string;
}

export interface Rule {
  Arn?: string;
  Description?: string;
  EventBusName?: string;
  EventPattern?: string;
  ManagedBy?: string;
  Name?: string;
  RoleArn?: string;
  ScheduleExpression?: string;
  State?: "ENABLED" | "DISABLED" | "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";
}

export interface Target {
  AppSyncParameters?: AppSyncParameters;
  Arn: string;
  BatchParameters?: BatchParameters;
  DeadLetterConfig?: DeadLetterConfig;
  EcsParameters?: EcsParameters;
  HttpParameters?: HttpParameters;
  Id: string;
  Input?: string;
  InputPath?: string;
  InputTransformer?: InputTransformer;
  KinesisParameters?: KinesisParameters;
  RedshiftDataParameters?: RedshiftDataParameters;
  RetryPolicy?: RetryPolicy;
  RoleArn?: string;
  RunCommandParameters?: RunCommandParameters;
  SageMakerPipelineParameters?: SageMakerPipelineParameters;
  SqsParameters?: SqsParameters;
}

export interface PutEventsRequestEntry {
  Detail?: string;
  DetailType?: string;
  EventBusName?: string;
  Resources?: Array<string>;
  Source?: string;
  Time?: Date;
  TraceHeader?: string;
}

export interface PutEventsResultEntry {
  ErrorCode?: string;
  ErrorMessage?: string;
  EventId?: string;
}

export interface PutPartnerEventsRequestEntry {
  Detail?: string;
  DetailType?: string;
  Resources?: Array<string>;
  Source?: string;
  Time?: Date;
}

export interface PutPartnerEventsResultEntry {
  ErrorCode?: string;
  ErrorMessage?: string;
  EventId?: string;
}

export interface Condition {
  Key: string;
  Type: string;
  Value: string;
}

export interface PutTargetsResultEntry {
  ErrorCode?: string;
  ErrorMessage?: string;
  TargetId?: string;
}

export interface RemoveTargetsResultEntry {
  ErrorCode?: string;
  ErrorMessage?: string;
  TargetId?: string;
}

export interface UpdateConnectionAuthRequestParameters {
  ApiKeyAuthParameters?: UpdateConnectionApiKeyAuthRequestParameters;
  BasicAuthParameters?: UpdateConnectionBasicAuthRequestParameters;
  ConnectivityParameters?: ConnectivityResourceParameters;
  InvocationHttpParameters?: ConnectionHttpParameters;
  OAuthParameters?: UpdateConnectionOAuthRequestParameters;
}

export interface CreateConnectionApiKeyAuthRequestParameters {
  ApiKeyName: string;
  ApiKeyValue: string;
}

export interface CreateConnectionBasicAuthRequestParameters {
  Password: string;
  Username: string;
}

export interface ConnectionHttpParameters {
  BodyParameters?: Array<ConnectionBodyParameter>;
  HeaderParameters?: Array<ConnectionHeaderParameter>;
  QueryStringParameters?: Array<ConnectionQueryStringParameter>;
}

export interface CreateConnectionOAuthRequestParameters {
  AuthorizationEndpoint: string;
  ClientParameters: CreateConnectionOAuthClientRequestParameters;
  HttpMethod: "GET" | "POST" | "PUT";
  OAuthHttpParameters?: ConnectionHttpParameters;
}

export interface ConnectivityResourceConfigurationArn {
  ResourceConfigurationArn: string;
}

export interface FailoverConfig {
  Primary: Primary;
  Secondary: Secondary;
}

export interface ConnectionApiKeyAuthResponseParameters {
  ApiKeyName?: string;
}

export interface ConnectionBasicAuthResponseParameters {
  Username?: string;
}

export interface ConnectionOAuthResponseParameters {
  AuthorizationEndpoint?: string;
  ClientParameters?: ConnectionOAuthClientResponseParameters;
  HttpMethod?: "GET" | "POST" | "PUT";
  OAuthHttpParameters?: ConnectionHttpParameters;
}

export interface DescribeConnectionResourceParameters {
  ResourceAssociationArn: string;
  ResourceConfigurationArn: string;
}

export interface AppSyncParameters {
  GraphQLOperation?: string;
}

export interface BatchParameters {
  ArrayProperties?: BatchArrayProperties;
  JobDefinition: string;
  JobName: string;
  RetryStrategy?: BatchRetryStrategy;
}

export interface EcsParameters {
  CapacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  EnableECSManagedTags?: boolean;
  EnableExecuteCommand?: boolean;
  Group?: string;
  LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
  NetworkConfiguration?: NetworkConfiguration;
  PlacementConstraints?: Array<PlacementConstraint>;
  PlacementStrategy?: Array<PlacementStrategy>;
  PlatformVersion?: string;
  PropagateTags?: "TASK_DEFINITION";
  ReferenceId?: string;
  Tags?: Array<TagShape>;
  TaskCount?: number;
  TaskDefinitionArn: string;
}

export interface HttpParameters {
  HeaderParameters?: Record<string, string>;
  PathParameterValues?: Array<string>;
  QueryStringParameters?: Record<string, string>;
}

export interface InputTransformer {
  InputPathsMap?: Record<string, string>;
  InputTemplate: string;
}

export interface KinesisParameters {
  PartitionKeyPath: string;
}

export interface RedshiftDataParameters {
  Database: string;
  DbUser?: string;
  SecretManagerArn?: string;
  Sql?: string;
  Sqls?: Array<string>;
  StatementName?: string;
  WithEvent?: boolean;
}

export interface RetryPolicy {
  MaximumEventAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
}

export interface RunCommandParameters {
  RunCommandTargets: Array<RunCommandTarget>;
}

export interface SageMakerPipelineParameters {
  PipelineParameterList?: Array<SageMakerPipelineParameter>;
}

export interface SqsParameters {
  MessageGroupId?: string;
}

export interface UpdateConnectionApiKeyAuthRequestParameters {
  ApiKeyName?: string;
  ApiKeyValue?: string;
}

export interface UpdateConnectionBasicAuthRequestParameters {
  Password?: string;
  Username?: string;
}

export interface UpdateConnectionOAuthRequestParameters {
  AuthorizationEndpoint?: string;
  ClientParameters?: UpdateConnectionOAuthClientRequestParameters;
  HttpMethod?: "GET" | "POST" | "PUT";
  OAuthHttpParameters?: ConnectionHttpParameters;
}

export interface ConnectionBodyParameter {
  IsValueSecret?: boolean;
  Key?: string;
  Value?: string;
}

export interface ConnectionHeaderParameter {
  IsValueSecret?: boolean;
  Key?: string;
  Value?: string;
}

export interface ConnectionQueryStringParameter {
  IsValueSecret?: boolean;
  Key?: string;
  Value?: string;
}

export interface CreateConnectionOAuthClientRequestParameters {
  ClientID: string;
  ClientSecret: string;
}

export interface Primary {
  HealthCheck: string;
}

export interface Secondary {
  Route: string;
}

export interface ConnectionOAuthClientResponseParameters {
  ClientID?: string;
}

export interface BatchArrayProperties {
  Size?: number;
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

export interface PlacementConstraint {
  expression?: string;
  type?: "distinctInstance" | "memberOf";
}

export interface PlacementStrategy {
  field?: string;
  type?: "random" | "spread" | "binpack";
}

export interface RunCommandTarget {
  Key: string;
  Values: Array<string>;
}

export interface SageMakerPipelineParameter {
  Name: string;
  Value: string;
}

export interface UpdateConnectionOAuthClientRequestParameters {
  ClientID?: string;
  ClientSecret?: string;
}

export interface AwsVpcConfiguration {
  AssignPublicIp?: "ENABLED" | "DISABLED";
  SecurityGroups?: Array<string>;
  Subnets: Array<string>;
}

/** Every operation of Amazon EventBridge; a provider implements the ones it serves. */
export interface EventsOperations {
  ActivateEventSource(input: ActivateEventSourceRequest, context: RequestContext): void | Promise<void>;
  CancelReplay(input: CancelReplayRequest, context: RequestContext): CancelReplayResponse | Promise<CancelReplayResponse>;
  CreateApiDestination(input: CreateApiDestinationRequest, context: RequestContext): CreateApiDestinationResponse | Promise<CreateApiDestinationResponse>;
  CreateArchive(input: CreateArchiveRequest, context: RequestContext): CreateArchiveResponse | Promise<CreateArchiveResponse>;
  CreateConnection(input: CreateConnectionRequest, context: RequestContext): CreateConnectionResponse | Promise<CreateConnectionResponse>;
  CreateEndpoint(input: CreateEndpointRequest, context: RequestContext): CreateEndpointResponse | Promise<CreateEndpointResponse>;
  CreateEventBus(input: CreateEventBusRequest, context: RequestContext): CreateEventBusResponse | Promise<CreateEventBusResponse>;
  CreatePartnerEventSource(input: CreatePartnerEventSourceRequest, context: RequestContext): CreatePartnerEventSourceResponse | Promise<CreatePartnerEventSourceResponse>;
  DeactivateEventSource(input: DeactivateEventSourceRequest, context: RequestContext): void | Promise<void>;
  DeauthorizeConnection(input: DeauthorizeConnectionRequest, context: RequestContext): DeauthorizeConnectionResponse | Promise<DeauthorizeConnectionResponse>;
  DeleteApiDestination(input: DeleteApiDestinationRequest, context: RequestContext): DeleteApiDestinationResponse | Promise<DeleteApiDestinationResponse>;
  DeleteArchive(input: DeleteArchiveRequest, context: RequestContext): DeleteArchiveResponse | Promise<DeleteArchiveResponse>;
  DeleteConnection(input: DeleteConnectionRequest, context: RequestContext): DeleteConnectionResponse | Promise<DeleteConnectionResponse>;
  DeleteEndpoint(input: DeleteEndpointRequest, context: RequestContext): DeleteEndpointResponse | Promise<DeleteEndpointResponse>;
  DeleteEventBus(input: DeleteEventBusRequest, context: RequestContext): void | Promise<void>;
  DeletePartnerEventSource(input: DeletePartnerEventSourceRequest, context: RequestContext): void | Promise<void>;
  DeleteRule(input: DeleteRuleRequest, context: RequestContext): void | Promise<void>;
  DescribeApiDestination(input: DescribeApiDestinationRequest, context: RequestContext): DescribeApiDestinationResponse | Promise<DescribeApiDestinationResponse>;
  DescribeArchive(input: DescribeArchiveRequest, context: RequestContext): DescribeArchiveResponse | Promise<DescribeArchiveResponse>;
  DescribeConnection(input: DescribeConnectionRequest, context: RequestContext): DescribeConnectionResponse | Promise<DescribeConnectionResponse>;
  DescribeEndpoint(input: DescribeEndpointRequest, context: RequestContext): DescribeEndpointResponse | Promise<DescribeEndpointResponse>;
  DescribeEventBus(input: DescribeEventBusRequest, context: RequestContext): DescribeEventBusResponse | Promise<DescribeEventBusResponse>;
  DescribeEventSource(input: DescribeEventSourceRequest, context: RequestContext): DescribeEventSourceResponse | Promise<DescribeEventSourceResponse>;
  DescribePartnerEventSource(input: DescribePartnerEventSourceRequest, context: RequestContext): DescribePartnerEventSourceResponse | Promise<DescribePartnerEventSourceResponse>;
  DescribeReplay(input: DescribeReplayRequest, context: RequestContext): DescribeReplayResponse | Promise<DescribeReplayResponse>;
  DescribeRule(input: DescribeRuleRequest, context: RequestContext): DescribeRuleResponse | Promise<DescribeRuleResponse>;
  DisableRule(input: DisableRuleRequest, context: RequestContext): void | Promise<void>;
  EnableRule(input: EnableRuleRequest, context: RequestContext): void | Promise<void>;
  ListApiDestinations(input: ListApiDestinationsRequest, context: RequestContext): ListApiDestinationsResponse | Promise<ListApiDestinationsResponse>;
  ListArchives(input: ListArchivesRequest, context: RequestContext): ListArchivesResponse | Promise<ListArchivesResponse>;
  ListConnections(input: ListConnectionsRequest, context: RequestContext): ListConnectionsResponse | Promise<ListConnectionsResponse>;
  ListEndpoints(input: ListEndpointsRequest, context: RequestContext): ListEndpointsResponse | Promise<ListEndpointsResponse>;
  ListEventBuses(input: ListEventBusesRequest, context: RequestContext): ListEventBusesResponse | Promise<ListEventBusesResponse>;
  ListEventSources(input: ListEventSourcesRequest, context: RequestContext): ListEventSourcesResponse | Promise<ListEventSourcesResponse>;
  ListPartnerEventSourceAccounts(input: ListPartnerEventSourceAccountsRequest, context: RequestContext): ListPartnerEventSourceAccountsResponse | Promise<ListPartnerEventSourceAccountsResponse>;
  ListPartnerEventSources(input: ListPartnerEventSourcesRequest, context: RequestContext): ListPartnerEventSourcesResponse | Promise<ListPartnerEventSourcesResponse>;
  ListReplays(input: ListReplaysRequest, context: RequestContext): ListReplaysResponse | Promise<ListReplaysResponse>;
  ListRuleNamesByTarget(input: ListRuleNamesByTargetRequest, context: RequestContext): ListRuleNamesByTargetResponse | Promise<ListRuleNamesByTargetResponse>;
  ListRules(input: ListRulesRequest, context: RequestContext): ListRulesResponse | Promise<ListRulesResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  ListTargetsByRule(input: ListTargetsByRuleRequest, context: RequestContext): ListTargetsByRuleResponse | Promise<ListTargetsByRuleResponse>;
  PutEvents(input: PutEventsRequest, context: RequestContext): PutEventsResponse | Promise<PutEventsResponse>;
  PutPartnerEvents(input: PutPartnerEventsRequest, context: RequestContext): PutPartnerEventsResponse | Promise<PutPartnerEventsResponse>;
  PutPermission(input: PutPermissionRequest, context: RequestContext): void | Promise<void>;
  PutRule(input: PutRuleRequest, context: RequestContext): PutRuleResponse | Promise<PutRuleResponse>;
  PutTargets(input: PutTargetsRequest, context: RequestContext): PutTargetsResponse | Promise<PutTargetsResponse>;
  RemovePermission(input: RemovePermissionRequest, context: RequestContext): void | Promise<void>;
  RemoveTargets(input: RemoveTargetsRequest, context: RequestContext): RemoveTargetsResponse | Promise<RemoveTargetsResponse>;
  StartReplay(input: StartReplayRequest, context: RequestContext): StartReplayResponse | Promise<StartReplayResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  TestEventPattern(input: TestEventPatternRequest, context: RequestContext): TestEventPatternResponse | Promise<TestEventPatternResponse>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  UpdateApiDestination(input: UpdateApiDestinationRequest, context: RequestContext): UpdateApiDestinationResponse | Promise<UpdateApiDestinationResponse>;
  UpdateArchive(input: UpdateArchiveRequest, context: RequestContext): UpdateArchiveResponse | Promise<UpdateArchiveResponse>;
  UpdateConnection(input: UpdateConnectionRequest, context: RequestContext): UpdateConnectionResponse | Promise<UpdateConnectionResponse>;
  UpdateEndpoint(input: UpdateEndpointRequest, context: RequestContext): UpdateEndpointResponse | Promise<UpdateEndpointResponse>;
  UpdateEventBus(input: UpdateEventBusRequest, context: RequestContext): UpdateEventBusResponse | Promise<UpdateEventBusResponse>;
}
