// Generated from models/cloudtrail.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddTagsRequest {
  ResourceId: string;
  TagsList: Array<TagShape>;
}

export interface AddTagsResponse {
}

export interface CancelQueryRequest {
  EventDataStore?: string;
  EventDataStoreOwnerAccountId?: string;
  QueryId: string;
}

export interface CancelQueryResponse {
  EventDataStoreOwnerAccountId?: string;
  QueryId: string;
  QueryStatus: "QUEUED" | "RUNNING" | "FINISHED" | "FAILED" | "CANCELLED" | "TIMED_OUT";
}

export interface CreateChannelRequest {
  Destinations: Array<Destination>;
  Name: string;
  Source: string;
  Tags?: Array<TagShape>;
}

export interface CreateChannelResponse {
  ChannelArn?: string;
  Destinations?: Array<Destination>;
  Name?: string;
  Source?: string;
  Tags?: Array<TagShape>;
}

export interface CreateDashboardRequest {
  Name: string;
  RefreshSchedule?: RefreshSchedule;
  TagsList?: Array<TagShape>;
  TerminationProtectionEnabled?: boolean;
  Widgets?: Array<RequestWidget>;
}

export interface CreateDashboardResponse {
  DashboardArn?: string;
  Name?: string;
  RefreshSchedule?: RefreshSchedule;
  TagsList?: Array<TagShape>;
  TerminationProtectionEnabled?: boolean;
  Type?: "MANAGED" | "CUSTOM";
  Widgets?: Array<Widget>;
}

export interface CreateEventDataStoreRequest {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  BillingMode?: "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";
  KmsKeyId?: string;
  MultiRegionEnabled?: boolean;
  Name: string;
  OrganizationEnabled?: boolean;
  RetentionPeriod?: number;
  StartIngestion?: boolean;
  TagsList?: Array<TagShape>;
  TerminationProtectionEnabled?: boolean;
}

export interface CreateEventDataStoreResponse {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  BillingMode?: "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";
  CreatedTimestamp?: Date;
  EventDataStoreArn?: string;
  KmsKeyId?: string;
  MultiRegionEnabled?: boolean;
  Name?: string;
  OrganizationEnabled?: boolean;
  RetentionPeriod?: number;
  Status?: "CREATED" | "ENABLED" | "PENDING_DELETION" | "STARTING_INGESTION" | "STOPPING_INGESTION" | "STOPPED_INGESTION";
  TagsList?: Array<TagShape>;
  TerminationProtectionEnabled?: boolean;
  UpdatedTimestamp?: Date;
}

export interface CreateTrailRequest {
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  EnableLogFileValidation?: boolean;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  IsOrganizationTrail?: boolean;
  KmsKeyId?: string;
  Name: string;
  S3BucketName: string;
  S3KeyPrefix?: string;
  SnsTopicName?: string;
  TagsList?: Array<TagShape>;
}

export interface CreateTrailResponse {
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  IsOrganizationTrail?: boolean;
  KmsKeyId?: string;
  LogFileValidationEnabled?: boolean;
  Name?: string;
  S3BucketName?: string;
  S3KeyPrefix?: string;
  SnsTopicARN?: string;
  SnsTopicName?: string;
  TrailARN?: string;
}

export interface DeleteChannelRequest {
  Channel: string;
}

export interface DeleteChannelResponse {
}

export interface DeleteDashboardRequest {
  DashboardId: string;
}

export interface DeleteDashboardResponse {
}

export interface DeleteEventDataStoreRequest {
  EventDataStore: string;
}

export interface DeleteEventDataStoreResponse {
}

export interface DeleteResourcePolicyRequest {
  ResourceArn: string;
}

export interface DeleteResourcePolicyResponse {
}

export interface DeleteTrailRequest {
  Name: string;
}

export interface DeleteTrailResponse {
}

export interface DeregisterOrganizationDelegatedAdminRequest {
  DelegatedAdminAccountId: string;
}

export interface DeregisterOrganizationDelegatedAdminResponse {
}

export interface DescribeQueryRequest {
  EventDataStore?: string;
  EventDataStoreOwnerAccountId?: string;
  QueryAlias?: string;
  QueryId?: string;
  RefreshId?: string;
}

export interface DescribeQueryResponse {
  DeliveryS3Uri?: string;
  DeliveryStatus?: "SUCCESS" | "FAILED" | "FAILED_SIGNING_FILE" | "PENDING" | "RESOURCE_NOT_FOUND" | "ACCESS_DENIED" | "ACCESS_DENIED_SIGNING_FILE" | "CANCELLED" | "UNKNOWN";
  ErrorMessage?: string;
  EventDataStoreOwnerAccountId?: string;
  Prompt?: string;
  QueryId?: string;
  QueryStatistics?: QueryStatisticsForDescribeQuery;
  QueryStatus?: "QUEUED" | "RUNNING" | "FINISHED" | "FAILED" | "CANCELLED" | "TIMED_OUT";
  QueryString?: string;
}

export interface DescribeTrailsRequest {
  includeShadowTrails?: boolean;
  trailNameList?: Array<string>;
}

export interface DescribeTrailsResponse {
  trailList?: Array<Trail>;
}

export interface DisableFederationRequest {
  EventDataStore: string;
}

export interface DisableFederationResponse {
  EventDataStoreArn?: string;
  FederationStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED";
}

export interface EnableFederationRequest {
  EventDataStore: string;
  FederationRoleArn: string;
}

export interface EnableFederationResponse {
  EventDataStoreArn?: string;
  FederationRoleArn?: string;
  FederationStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED";
}

export interface GenerateQueryRequest {
  EventDataStores: Array<string>;
  Prompt: string;
}

export interface GenerateQueryResponse {
  EventDataStoreOwnerAccountId?: string;
  QueryAlias?: string;
  QueryStatement?: string;
}

export interface GetChannelRequest {
  Channel: string;
}

export interface GetChannelResponse {
  ChannelArn?: string;
  Destinations?: Array<Destination>;
  IngestionStatus?: IngestionStatus;
  Name?: string;
  Source?: string;
  SourceConfig?: SourceConfig;
}

export interface GetDashboardRequest {
  DashboardId: string;
}

export interface GetDashboardResponse {
  CreatedTimestamp?: Date;
  DashboardArn?: string;
  LastRefreshFailureReason?: string;
  LastRefreshId?: string;
  RefreshSchedule?: RefreshSchedule;
  Status?: "CREATING" | "CREATED" | "UPDATING" | "UPDATED" | "DELETING";
  TerminationProtectionEnabled?: boolean;
  Type?: "MANAGED" | "CUSTOM";
  UpdatedTimestamp?: Date;
  Widgets?: Array<Widget>;
}

export interface GetEventConfigurationRequest {
  EventDataStore?: string;
  TrailName?: string;
}

export interface GetEventConfigurationResponse {
  AggregationConfigurations?: Array<AggregationConfiguration>;
  ContextKeySelectors?: Array<ContextKeySelector>;
  EventDataStoreArn?: string;
  MaxEventSize?: "Standard" | "Large";
  TrailARN?: string;
}

export interface GetEventDataStoreRequest {
  EventDataStore: string;
}

export interface GetEventDataStoreResponse {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  BillingMode?: "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";
  CreatedTimestamp?: Date;
  EventDataStoreArn?: string;
  FederationRoleArn?: string;
  FederationStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED";
  KmsKeyId?: string;
  MultiRegionEnabled?: boolean;
  Name?: string;
  OrganizationEnabled?: boolean;
  PartitionKeys?: Array<PartitionKey>;
  RetentionPeriod?: number;
  Status?: "CREATED" | "ENABLED" | "PENDING_DELETION" | "STARTING_INGESTION" | "STOPPING_INGESTION" | "STOPPED_INGESTION";
  TerminationProtectionEnabled?: boolean;
  UpdatedTimestamp?: Date;
}

export interface GetEventSelectorsRequest {
  TrailName: string;
}

export interface GetEventSelectorsResponse {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  EventSelectors?: Array<EventSelector>;
  TrailARN?: string;
}

export interface GetImportRequest {
  ImportId: string;
}

export interface GetImportResponse {
  CreatedTimestamp?: Date;
  Destinations?: Array<string>;
  EndEventTime?: Date;
  ImportId?: string;
  ImportSource?: ImportSource;
  ImportStatistics?: ImportStatistics;
  ImportStatus?: "INITIALIZING" | "IN_PROGRESS" | "FAILED" | "STOPPED" | "COMPLETED";
  StartEventTime?: Date;
  UpdatedTimestamp?: Date;
}

export interface GetInsightSelectorsRequest {
  EventDataStore?: string;
  TrailName?: string;
}

export interface GetInsightSelectorsResponse {
  EventDataStoreArn?: string;
  InsightSelectors?: Array<InsightSelector>;
  InsightsDestination?: string;
  TrailARN?: string;
}

export interface GetQueryResultsRequest {
  EventDataStore?: string;
  EventDataStoreOwnerAccountId?: string;
  MaxQueryResults?: number;
  NextToken?: string;
  QueryId: string;
}

export interface GetQueryResultsResponse {
  ErrorMessage?: string;
  NextToken?: string;
  QueryResultRows?: Array<Array<Record<string, string>>>;
  QueryStatistics?: QueryStatistics;
  QueryStatus?: "QUEUED" | "RUNNING" | "FINISHED" | "FAILED" | "CANCELLED" | "TIMED_OUT";
}

export interface GetResourcePolicyRequest {
  ResourceArn: string;
}

export interface GetResourcePolicyResponse {
  DelegatedAdminResourcePolicy?: string;
  ResourceArn?: string;
  ResourcePolicy?: string;
}

export interface GetTrailRequest {
  Name: string;
}

export interface GetTrailResponse {
  Trail?: Trail;
}

export interface GetTrailStatusRequest {
  Name: string;
}

export interface GetTrailStatusResponse {
  IsLogging?: boolean;
  LatestCloudWatchLogsDeliveryError?: string;
  LatestCloudWatchLogsDeliveryTime?: Date;
  LatestDeliveryAttemptSucceeded?: string;
  LatestDeliveryAttemptTime?: string;
  LatestDeliveryError?: string;
  LatestDeliveryTime?: Date;
  LatestDigestDeliveryError?: string;
  LatestDigestDeliveryTime?: Date;
  LatestNotificationAttemptSucceeded?: string;
  LatestNotificationAttemptTime?: string;
  LatestNotificationError?: string;
  LatestNotificationTime?: Date;
  StartLoggingTime?: Date;
  StopLoggingTime?: Date;
  TimeLoggingStarted?: string;
  TimeLoggingStopped?: string;
}

export interface ListChannelsRequest {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListChannelsResponse {
  Channels?: Array<Channel>;
  NextToken?: string;
}

export interface ListDashboardsRequest {
  MaxResults?: number;
  NamePrefix?: string;
  NextToken?: string;
  Type?: "MANAGED" | "CUSTOM";
}

export interface ListDashboardsResponse {
  Dashboards?: Array<DashboardDetail>;
  NextToken?: string;
}

export interface ListEventDataStoresRequest {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListEventDataStoresResponse {
  EventDataStores?: Array<EventDataStore>;
  NextToken?: string;
}

export interface ListImportFailuresRequest {
  ImportId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListImportFailuresResponse {
  Failures?: Array<ImportFailureListItem>;
  NextToken?: string;
}

export interface ListImportsRequest {
  Destination?: string;
  ImportStatus?: "INITIALIZING" | "IN_PROGRESS" | "FAILED" | "STOPPED" | "COMPLETED";
  MaxResults?: number;
  NextToken?: string;
}

export interface ListImportsResponse {
  Imports?: Array<ImportsListItem>;
  NextToken?: string;
}

export interface ListInsightsDataRequest {
  DataType: "InsightsEvents";
  Dimensions?: Record<string, string>;
  EndTime?: Date;
  InsightSource: string;
  MaxResults?: number;
  NextToken?: string;
  StartTime?: Date;
}

export interface ListInsightsDataResponse {
  Events?: Array<EventShape>;
  NextToken?: string;
}

export interface ListInsightsMetricDataRequest {
  DataType?: "FillWithZeros" | "NonZeroData";
  EndTime?: Date;
  ErrorCode?: string;
  EventName: string;
  EventSource: string;
  InsightType: "ApiCallRateInsight" | "ApiErrorRateInsight";
  MaxResults?: number;
  NextToken?: string;
  Period?: number;
  StartTime?: Date;
  TrailName?: string;
}

export interface ListInsightsMetricDataResponse {
  ErrorCode?: string;
  EventName?: string;
  EventSource?: string;
  InsightType?: "ApiCallRateInsight" | "ApiErrorRateInsight";
  NextToken?: string;
  Timestamps?: Array<Date>;
  TrailARN?: string;
  Values?: Array<number>;
}

export interface ListPublicKeysRequest {
  EndTime?: Date;
  NextToken?: string;
  StartTime?: Date;
}

export interface ListPublicKeysResponse {
  NextToken?: string;
  PublicKeyList?: Array<PublicKey>;
}

export interface ListQueriesRequest {
  EndTime?: Date;
  EventDataStore: string;
  MaxResults?: number;
  NextToken?: string;
  QueryStatus?: "QUEUED" | "RUNNING" | "FINISHED" | "FAILED" | "CANCELLED" | "TIMED_OUT";
  StartTime?: Date;
}

export interface ListQueriesResponse {
  NextToken?: string;
  Queries?: Array<Query>;
}

export interface ListTagsRequest {
  NextToken?: string;
  ResourceIdList: Array<string>;
}

export interface ListTagsResponse {
  NextToken?: string;
  ResourceTagList?: Array<ResourceTag>;
}

export interface ListTrailsRequest {
  NextToken?: string;
}

export interface ListTrailsResponse {
  NextToken?: string;
  Trails?: Array<TrailInfo>;
}

export interface LookupEventsRequest {
  EndTime?: Date;
  EventCategory?: "insight";
  LookupAttributes?: Array<LookupAttribute>;
  MaxResults?: number;
  NextToken?: string;
  StartTime?: Date;
}

export interface LookupEventsResponse {
  Events?: Array<EventShape>;
  NextToken?: string;
}

export interface PutEventConfigurationRequest {
  AggregationConfigurations?: Array<AggregationConfiguration>;
  ContextKeySelectors?: Array<ContextKeySelector>;
  EventDataStore?: string;
  MaxEventSize?: "Standard" | "Large";
  TrailName?: string;
}

export interface PutEventConfigurationResponse {
  AggregationConfigurations?: Array<AggregationConfiguration>;
  ContextKeySelectors?: Array<ContextKeySelector>;
  EventDataStoreArn?: string;
  MaxEventSize?: "Standard" | "Large";
  TrailARN?: string;
}

export interface PutEventSelectorsRequest {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  EventSelectors?: Array<EventSelector>;
  TrailName: string;
}

export interface PutEventSelectorsResponse {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  EventSelectors?: Array<EventSelector>;
  TrailARN?: string;
}

export interface PutInsightSelectorsRequest {
  EventDataStore?: string;
  InsightSelectors: Array<InsightSelector>;
  InsightsDestination?: string;
  TrailName?: string;
}

export interface PutInsightSelectorsResponse {
  EventDataStoreArn?: string;
  InsightSelectors?: Array<InsightSelector>;
  InsightsDestination?: string;
  TrailARN?: string;
}

export interface PutResourcePolicyRequest {
  ResourceArn: string;
  ResourcePolicy: string;
}

export interface PutResourcePolicyResponse {
  DelegatedAdminResourcePolicy?: string;
  ResourceArn?: string;
  ResourcePolicy?: string;
}

export interface RegisterOrganizationDelegatedAdminRequest {
  MemberAccountId: string;
}

export interface RegisterOrganizationDelegatedAdminResponse {
}

export interface RemoveTagsRequest {
  ResourceId: string;
  TagsList: Array<TagShape>;
}

export interface RemoveTagsResponse {
}

export interface RestoreEventDataStoreRequest {
  EventDataStore: string;
}

export interface RestoreEventDataStoreResponse {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  BillingMode?: "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";
  CreatedTimestamp?: Date;
  EventDataStoreArn?: string;
  KmsKeyId?: string;
  MultiRegionEnabled?: boolean;
  Name?: string;
  OrganizationEnabled?: boolean;
  RetentionPeriod?: number;
  Status?: "CREATED" | "ENABLED" | "PENDING_DELETION" | "STARTING_INGESTION" | "STOPPING_INGESTION" | "STOPPED_INGESTION";
  TerminationProtectionEnabled?: boolean;
  UpdatedTimestamp?: Date;
}

export interface SearchSampleQueriesRequest {
  MaxResults?: number;
  NextToken?: string;
  SearchPhrase: string;
}

export interface SearchSampleQueriesResponse {
  NextToken?: string;
  SearchResults?: Array<SearchSampleQueriesSearchResult>;
}

export interface StartDashboardRefreshRequest {
  DashboardId: string;
  QueryParameterValues?: Record<string, string>;
}

export interface StartDashboardRefreshResponse {
  RefreshId?: string;
}

export interface StartEventDataStoreIngestionRequest {
  EventDataStore: string;
}

export interface StartEventDataStoreIngestionResponse {
}

export interface StartImportRequest {
  Destinations?: Array<string>;
  EndEventTime?: Date;
  ImportId?: string;
  ImportSource?: ImportSource;
  StartEventTime?: Date;
}

export interface StartImportResponse {
  CreatedTimestamp?: Date;
  Destinations?: Array<string>;
  EndEventTime?: Date;
  ImportId?: string;
  ImportSource?: ImportSource;
  ImportStatus?: "INITIALIZING" | "IN_PROGRESS" | "FAILED" | "STOPPED" | "COMPLETED";
  StartEventTime?: Date;
  UpdatedTimestamp?: Date;
}

export interface StartLoggingRequest {
  Name: string;
}

export interface StartLoggingResponse {
}

export interface StartQueryRequest {
  DeliveryS3Uri?: string;
  EventDataStoreOwnerAccountId?: string;
  QueryAlias?: string;
  QueryParameters?: Array<string>;
  QueryStatement?: string;
}

export interface StartQueryResponse {
  EventDataStoreOwnerAccountId?: string;
  QueryId?: string;
}

export interface StopEventDataStoreIngestionRequest {
  EventDataStore: string;
}

export interface StopEventDataStoreIngestionResponse {
}

export interface StopImportRequest {
  ImportId: string;
}

export interface StopImportResponse {
  CreatedTimestamp?: Date;
  Destinations?: Array<string>;
  EndEventTime?: Date;
  ImportId?: string;
  ImportSource?: ImportSource;
  ImportStatistics?: ImportStatistics;
  ImportStatus?: "INITIALIZING" | "IN_PROGRESS" | "FAILED" | "STOPPED" | "COMPLETED";
  StartEventTime?: Date;
  UpdatedTimestamp?: Date;
}

export interface StopLoggingRequest {
  Name: string;
}

export interface StopLoggingResponse {
}

export interface UpdateChannelRequest {
  Channel: string;
  Destinations?: Array<Destination>;
  Name?: string;
}

export interface UpdateChannelResponse {
  ChannelArn?: string;
  Destinations?: Array<Destination>;
  Name?: string;
  Source?: string;
}

export interface UpdateDashboardRequest {
  DashboardId: string;
  RefreshSchedule?: RefreshSchedule;
  TerminationProtectionEnabled?: boolean;
  Widgets?: Array<RequestWidget>;
}

export interface UpdateDashboardResponse {
  CreatedTimestamp?: Date;
  DashboardArn?: string;
  Name?: string;
  RefreshSchedule?: RefreshSchedule;
  TerminationProtectionEnabled?: boolean;
  Type?: "MANAGED" | "CUSTOM";
  UpdatedTimestamp?: Date;
  Widgets?: Array<Widget>;
}

export interface UpdateEventDataStoreRequest {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  BillingMode?: "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";
  EventDataStore: string;
  KmsKeyId?: string;
  MultiRegionEnabled?: boolean;
  Name?: string;
  OrganizationEnabled?: boolean;
  RetentionPeriod?: number;
  TerminationProtectionEnabled?: boolean;
}

export interface UpdateEventDataStoreResponse {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  BillingMode?: "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";
  CreatedTimestamp?: Date;
  EventDataStoreArn?: string;
  FederationRoleArn?: string;
  FederationStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED";
  KmsKeyId?: string;
  MultiRegionEnabled?: boolean;
  Name?: string;
  OrganizationEnabled?: boolean;
  RetentionPeriod?: number;
  Status?: "CREATED" | "ENABLED" | "PENDING_DELETION" | "STARTING_INGESTION" | "STOPPING_INGESTION" | "STOPPED_INGESTION";
  TerminationProtectionEnabled?: boolean;
  UpdatedTimestamp?: Date;
}

export interface UpdateTrailRequest {
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  EnableLogFileValidation?: boolean;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  IsOrganizationTrail?: boolean;
  KmsKeyId?: string;
  Name: string;
  S3BucketName?: string;
  S3KeyPrefix?: string;
  SnsTopicName?: string;
}

export interface UpdateTrailResponse {
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  IsOrganizationTrail?: boolean;
  KmsKeyId?: string;
  LogFileValidationEnabled?: boolean;
  Name?: string;
  S3BucketName?: string;
  S3KeyPrefix?: string;
  SnsTopicARN?: string;
  SnsTopicName?: string;
  TrailARN?: string;
}

export interface AccessDeniedException {
}

export interface AccountHasOngoingImportException {
}

export interface AccountNotFoundException {
}

export interface AccountNotRegisteredException {
}

export interface AccountRegisteredException {
}

export interface CannotDelegateManagementAccountException {
}

export interface ChannelARNInvalidException {
}

export interface ChannelAlreadyExistsException {
}

export interface ChannelExistsForEDSException {
}

export interface ChannelMaxLimitExceededException {
}

export interface ChannelNotFoundException {
}

export interface CloudTrailARNInvalidException {
}

export interface CloudTrailAccessNotEnabledException {
}

export interface CloudTrailInvalidClientTokenIdException {
}

export interface CloudWatchLogsDeliveryUnavailableException {
}

export interface ConcurrentModificationException {
}

export interface ConflictException {
}

export interface DelegatedAdminAccountLimitExceededException {
}

export interface EventDataStoreARNInvalidException {
}

export interface EventDataStoreAlreadyExistsException {
}

export interface EventDataStoreFederationEnabledException {
}

export interface EventDataStoreHasOngoingImportException {
}

export interface EventDataStoreMaxLimitExceededException {
}

export interface EventDataStoreNotFoundException {
}

export interface EventDataStoreTerminationProtectedException {
}

export interface GenerateResponseException {
}

export interface ImportNotFoundException {
}

export interface InactiveEventDataStoreException {
}

export interface InactiveQueryException {
}

export interface InsightNotEnabledException {
}

export interface InsufficientDependencyServiceAccessPermissionException {
}

export interface InsufficientEncryptionPolicyException {
}

export interface InsufficientIAMAccessPermissionException {
}

export interface InsufficientS3BucketPolicyException {
}

export interface InsufficientSnsTopicPolicyException {
}

export interface InvalidCloudWatchLogsLogGroupArnException {
}

export interface InvalidCloudWatchLogsRoleArnException {
}

export interface InvalidDateRangeException {
}

export interface InvalidEventCategoryException {
}

export interface InvalidEventDataStoreCategoryException {
}

export interface InvalidEventDataStoreStatusException {
}

export interface InvalidEventSelectorsException {
}

export interface InvalidHomeRegionException {
}

export interface InvalidImportSourceException {
}

export interface InvalidInsightSelectorsException {
}

export interface InvalidKmsKeyIdException {
}

export interface InvalidLookupAttributesException {
}

export interface InvalidMaxResultsException {
}

export interface InvalidNextTokenException {
}

export interface InvalidParameterCombinationException {
}

export interface InvalidParameterException {
}

export interface InvalidQueryStatementException {
}

export interface InvalidQueryStatusException {
}

export interface InvalidS3BucketNameException {
}

export interface InvalidS3PrefixException {
}

export interface InvalidSnsTopicNameException {
}

export interface InvalidSourceException {
}

export interface InvalidTagParameterException {
}

export interface InvalidTimeRangeException {
}

export interface InvalidTokenException {
}

export interface InvalidTrailNameException {
}

export interface KmsException {
}

export interface KmsKeyDisabledException {
}

export interface KmsKeyNotFoundException {
}

export interface MaxConcurrentQueriesException {
}

export interface MaximumNumberOfTrailsExceededException {
}

export interface NoManagementAccountSLRExistsException {
}

export interface NotOrganizationManagementAccountException {
}

export interface NotOrganizationMasterAccountException {
}

export interface OperationNotPermittedException {
}

export interface OrganizationNotInAllFeaturesModeException {
}

export interface OrganizationsNotInUseException {
}

export interface QueryIdNotFoundException {
}

export interface ResourceARNNotValidException {
}

export interface ResourceNotFoundException {
}

export interface ResourcePolicyNotFoundException {
}

export interface ResourcePolicyNotValidException {
}

export interface ResourceTypeNotSupportedException {
}

export interface S3BucketDoesNotExistException {
}

export interface ServiceQuotaExceededException {
}

export interface TagsLimitExceededException {
}

export interface ThrottlingException {
}

export interface TrailAlreadyExistsException {
}

export interface TrailNotFoundException {
}

export interface TrailNotProvidedException {
}

export interface UnsupportedOperationException {
}

export interface TagShape {
  Key: string;
  Value?: string;
}

export interface Destination {
  Location: string;
  Type: "EVENT_DATA_STORE" | "AWS_SERVICE";
}

export interface RefreshSchedule {
  Frequency?: RefreshScheduleFrequency;
  Status?: "ENABLED" | "DISABLED";
  TimeOfDay?: string;
}

export interface RequestWidget {
  QueryParameters?: Array<string>;
  QueryStatement: string;
  ViewProperties: Record<string, string>;
}

export interface Widget {
  QueryAlias?: string;
  QueryParameters?: Array<string>;
  QueryStatement?: string;
  ViewProperties?: Record<string, string>;
}

export interface AdvancedEventSelector {
  FieldSelectors: Array<AdvancedFieldSelector>;
  Name?: string;
}

export interface QueryStatisticsForDescribeQuery {
  BytesScanned?: number;
  CreationTime?: Date;
  EventsMatched?: number;
  EventsScanned?: number;
  ExecutionTimeInMillis?: number;
}

export interface Trail {
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  HasCustomEventSelectors?: boolean;
  HasInsightSelectors?: boolean;
  HomeRegion?: string;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  IsOrganizationTrail?: boolean;
  KmsKeyId?: string;
  LogFileValidationEnabled?: boolean;
  Name?: string;
  S3BucketName?: string;
  S3KeyPrefix?: string;
  SnsTopicARN?: string;
  SnsTopicName?: string;
  TrailARN?: string;
}

export interface IngestionStatus {
  LatestIngestionAttemptEventID?: string;
  LatestIngestionAttemptTime?: Date;
  LatestIngestionErrorCode?: string;
  LatestIngestionSuccessEventID?: string;
  LatestIngestionSuccessTime?: Date;
}

export interface SourceConfig {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  ApplyToAllRegions?: boolean;
}

export interface AggregationConfiguration {
  EventCategory: "Data";
  Templates: Array<"API_ACTIVITY" | "RESOURCE_ACCESS" | "USER_ACTIONS">;
}

export interface ContextKeySelector {
  Equals: Array<string>;
  Type: "TagContext" | "RequestContext";
}

export interface PartitionKey {
  Name: string;
  Type: string;
}

export interface EventSelector {
  DataResources?: Array<DataResource>;
  ExcludeManagementEventSources?: Array<string>;
  IncludeManagementEvents?: boolean;
  ReadWriteType?: "ReadOnly" | "WriteOnly" | "All";
}

export interface ImportSource {
  S3: S3ImportSource;
}

export interface ImportStatistics {
  EventsCompleted?: number;
  FailedEntries?: number;
  FilesCompleted?: number;
  PrefixesCompleted?: number;
  PrefixesFound?: number;
}

export interface InsightSelector {
  EventCategories?: Array<"Management" | "Data">;
  InsightType?: "ApiCallRateInsight" | "ApiErrorRateInsight";
}

export interface QueryStatistics {
  BytesScanned?: number;
  ResultsCount?: number;
  TotalResultsCount?: number;
}

export interface Channel {
  ChannelArn?: string;
  Name?: string;
}

export interface DashboardDetail {
  DashboardArn?: string;
  Type?: "MANAGED" | "CUSTOM";
}

export interface EventDataStore {
  AdvancedEventSelectors?: Array<AdvancedEventSelector>;
  CreatedTimestamp?: Date;
  EventDataStoreArn?: string;
  MultiRegionEnabled?: boolean;
  Name?: string;
  OrganizationEnabled?: boolean;
  RetentionPeriod?: number;
  Status?: "CREATED" | "ENABLED" | "PENDING_DELETION" | "STARTING_INGESTION" | "STOPPING_INGESTION" | "STOPPED_INGESTION";
  TerminationProtectionEnabled?: boolean;
  UpdatedTimestamp?: Date;
}

export interface ImportFailureListItem {
  ErrorMessage?: string;
  ErrorType?: string;
  LastUpdatedTime?: Date;
  Location?: string;
  Status?: "FAILED" | "RETRY" | "SUCCEEDED";
}

export interface ImportsListItem {
  CreatedTimestamp?: Date;
  Destinations?: Array<string>;
  ImportId?: string;
  ImportStatus?: "INITIALIZING" | "IN_PROGRESS" | "FAILED" | "STOPPED" | "COMPLETED";
  UpdatedTimestamp?: Date;
}

export interface EventShape {
  AccessKeyId?: string;
  CloudTrailEvent?: string;
  EventId?: string;
  EventName?: string;
  EventSource?: string;
  EventTime?: Date;
  ReadOnly?: string;
  Resources?: Array<Resource>;
  Username?: string;
}

export interface PublicKey {
  Fingerprint?: string;
  ValidityEndTime?: Date;
  ValidityStartTime?: Date;
  Value?: Buffer;
}

export interface Query {
  CreationTime?: Date;
  QueryId?: string;
  QueryStatus?: "QUEUED" | "RUNNING" | "FINISHED" | "FAILED" | "CANCELLED" | "TIMED_OUT";
}

export interface ResourceTag {
  ResourceId?: string;
  TagsList?: Array<TagShape>;
}

export interface TrailInfo {
  HomeRegion?: string;
  Name?: string;
  TrailARN?: string;
}

export interface LookupAttribute {
  AttributeKey: "EventId" | "EventName" | "ReadOnly" | "Username" | "ResourceType" | "ResourceName" | "EventSource" | "AccessKeyId";
  AttributeValue: string;
}

export interface SearchSampleQueriesSearchResult {
  Description?: string;
  Name?: string;
  Relevance?: number;
  SQL?: string;
}

export interface RefreshScheduleFrequency {
  Unit?: "HOURS" | "DAYS";
  Value?: number;
}

export interface AdvancedFieldSelector {
  EndsWith?: Array<string>;
  Equals?: Array<string>;
  Field: string;
  NotEndsWith?: Array<string>;
  NotEquals?: Array<string>;
  NotStartsWith?: Array<string>;
  StartsWith?: Array<string>;
}

export interface DataResource {
  Type?: string;
  Values?: Array<string>;
}

export interface S3ImportSource {
  S3BucketAccessRoleArn: string;
  S3BucketRegion: string;
  S3LocationUri: string;
}

export interface Resource {
  ResourceName?: string;
  ResourceType?: string;
}

/** Every operation of AWS CloudTrail; a provider implements the ones it serves. */
export interface CloudtrailOperations {
  AddTags(input: AddTagsRequest, context: RequestContext): AddTagsResponse | Promise<AddTagsResponse>;
  CancelQuery(input: CancelQueryRequest, context: RequestContext): CancelQueryResponse | Promise<CancelQueryResponse>;
  CreateChannel(input: CreateChannelRequest, context: RequestContext): CreateChannelResponse | Promise<CreateChannelResponse>;
  CreateDashboard(input: CreateDashboardRequest, context: RequestContext): CreateDashboardResponse | Promise<CreateDashboardResponse>;
  CreateEventDataStore(input: CreateEventDataStoreRequest, context: RequestContext): CreateEventDataStoreResponse | Promise<CreateEventDataStoreResponse>;
  CreateTrail(input: CreateTrailRequest, context: RequestContext): CreateTrailResponse | Promise<CreateTrailResponse>;
  DeleteChannel(input: DeleteChannelRequest, context: RequestContext): DeleteChannelResponse | Promise<DeleteChannelResponse>;
  DeleteDashboard(input: DeleteDashboardRequest, context: RequestContext): DeleteDashboardResponse | Promise<DeleteDashboardResponse>;
  DeleteEventDataStore(input: DeleteEventDataStoreRequest, context: RequestContext): DeleteEventDataStoreResponse | Promise<DeleteEventDataStoreResponse>;
  DeleteResourcePolicy(input: DeleteResourcePolicyRequest, context: RequestContext): DeleteResourcePolicyResponse | Promise<DeleteResourcePolicyResponse>;
  DeleteTrail(input: DeleteTrailRequest, context: RequestContext): DeleteTrailResponse | Promise<DeleteTrailResponse>;
  DeregisterOrganizationDelegatedAdmin(input: DeregisterOrganizationDelegatedAdminRequest, context: RequestContext): DeregisterOrganizationDelegatedAdminResponse | Promise<DeregisterOrganizationDelegatedAdminResponse>;
  DescribeQuery(input: DescribeQueryRequest, context: RequestContext): DescribeQueryResponse | Promise<DescribeQueryResponse>;
  DescribeTrails(input: DescribeTrailsRequest, context: RequestContext): DescribeTrailsResponse | Promise<DescribeTrailsResponse>;
  DisableFederation(input: DisableFederationRequest, context: RequestContext): DisableFederationResponse | Promise<DisableFederationResponse>;
  EnableFederation(input: EnableFederationRequest, context: RequestContext): EnableFederationResponse | Promise<EnableFederationResponse>;
  GenerateQuery(input: GenerateQueryRequest, context: RequestContext): GenerateQueryResponse | Promise<GenerateQueryResponse>;
  GetChannel(input: GetChannelRequest, context: RequestContext): GetChannelResponse | Promise<GetChannelResponse>;
  GetDashboard(input: GetDashboardRequest, context: RequestContext): GetDashboardResponse | Promise<GetDashboardResponse>;
  GetEventConfiguration(input: GetEventConfigurationRequest, context: RequestContext): GetEventConfigurationResponse | Promise<GetEventConfigurationResponse>;
  GetEventDataStore(input: GetEventDataStoreRequest, context: RequestContext): GetEventDataStoreResponse | Promise<GetEventDataStoreResponse>;
  GetEventSelectors(input: GetEventSelectorsRequest, context: RequestContext): GetEventSelectorsResponse | Promise<GetEventSelectorsResponse>;
  GetImport(input: GetImportRequest, context: RequestContext): GetImportResponse | Promise<GetImportResponse>;
  GetInsightSelectors(input: GetInsightSelectorsRequest, context: RequestContext): GetInsightSelectorsResponse | Promise<GetInsightSelectorsResponse>;
  GetQueryResults(input: GetQueryResultsRequest, context: RequestContext): GetQueryResultsResponse | Promise<GetQueryResultsResponse>;
  GetResourcePolicy(input: GetResourcePolicyRequest, context: RequestContext): GetResourcePolicyResponse | Promise<GetResourcePolicyResponse>;
  GetTrail(input: GetTrailRequest, context: RequestContext): GetTrailResponse | Promise<GetTrailResponse>;
  GetTrailStatus(input: GetTrailStatusRequest, context: RequestContext): GetTrailStatusResponse | Promise<GetTrailStatusResponse>;
  ListChannels(input: ListChannelsRequest, context: RequestContext): ListChannelsResponse | Promise<ListChannelsResponse>;
  ListDashboards(input: ListDashboardsRequest, context: RequestContext): ListDashboardsResponse | Promise<ListDashboardsResponse>;
  ListEventDataStores(input: ListEventDataStoresRequest, context: RequestContext): ListEventDataStoresResponse | Promise<ListEventDataStoresResponse>;
  ListImportFailures(input: ListImportFailuresRequest, context: RequestContext): ListImportFailuresResponse | Promise<ListImportFailuresResponse>;
  ListImports(input: ListImportsRequest, context: RequestContext): ListImportsResponse | Promise<ListImportsResponse>;
  ListInsightsData(input: ListInsightsDataRequest, context: RequestContext): ListInsightsDataResponse | Promise<ListInsightsDataResponse>;
  ListInsightsMetricData(input: ListInsightsMetricDataRequest, context: RequestContext): ListInsightsMetricDataResponse | Promise<ListInsightsMetricDataResponse>;
  ListPublicKeys(input: ListPublicKeysRequest, context: RequestContext): ListPublicKeysResponse | Promise<ListPublicKeysResponse>;
  ListQueries(input: ListQueriesRequest, context: RequestContext): ListQueriesResponse | Promise<ListQueriesResponse>;
  ListTags(input: ListTagsRequest, context: RequestContext): ListTagsResponse | Promise<ListTagsResponse>;
  ListTrails(input: ListTrailsRequest, context: RequestContext): ListTrailsResponse | Promise<ListTrailsResponse>;
  LookupEvents(input: LookupEventsRequest, context: RequestContext): LookupEventsResponse | Promise<LookupEventsResponse>;
  PutEventConfiguration(input: PutEventConfigurationRequest, context: RequestContext): PutEventConfigurationResponse | Promise<PutEventConfigurationResponse>;
  PutEventSelectors(input: PutEventSelectorsRequest, context: RequestContext): PutEventSelectorsResponse | Promise<PutEventSelectorsResponse>;
  PutInsightSelectors(input: PutInsightSelectorsRequest, context: RequestContext): PutInsightSelectorsResponse | Promise<PutInsightSelectorsResponse>;
  PutResourcePolicy(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResponse | Promise<PutResourcePolicyResponse>;
  RegisterOrganizationDelegatedAdmin(input: RegisterOrganizationDelegatedAdminRequest, context: RequestContext): RegisterOrganizationDelegatedAdminResponse | Promise<RegisterOrganizationDelegatedAdminResponse>;
  RemoveTags(input: RemoveTagsRequest, context: RequestContext): RemoveTagsResponse | Promise<RemoveTagsResponse>;
  RestoreEventDataStore(input: RestoreEventDataStoreRequest, context: RequestContext): RestoreEventDataStoreResponse | Promise<RestoreEventDataStoreResponse>;
  SearchSampleQueries(input: SearchSampleQueriesRequest, context: RequestContext): SearchSampleQueriesResponse | Promise<SearchSampleQueriesResponse>;
  StartDashboardRefresh(input: StartDashboardRefreshRequest, context: RequestContext): StartDashboardRefreshResponse | Promise<StartDashboardRefreshResponse>;
  StartEventDataStoreIngestion(input: StartEventDataStoreIngestionRequest, context: RequestContext): StartEventDataStoreIngestionResponse | Promise<StartEventDataStoreIngestionResponse>;
  StartImport(input: StartImportRequest, context: RequestContext): StartImportResponse | Promise<StartImportResponse>;
  StartLogging(input: StartLoggingRequest, context: RequestContext): StartLoggingResponse | Promise<StartLoggingResponse>;
  StartQuery(input: StartQueryRequest, context: RequestContext): StartQueryResponse | Promise<StartQueryResponse>;
  StopEventDataStoreIngestion(input: StopEventDataStoreIngestionRequest, context: RequestContext): StopEventDataStoreIngestionResponse | Promise<StopEventDataStoreIngestionResponse>;
  StopImport(input: StopImportRequest, context: RequestContext): StopImportResponse | Promise<StopImportResponse>;
  StopLogging(input: StopLoggingRequest, context: RequestContext): StopLoggingResponse | Promise<StopLoggingResponse>;
  UpdateChannel(input: UpdateChannelRequest, context: RequestContext): UpdateChannelResponse | Promise<UpdateChannelResponse>;
  UpdateDashboard(input: UpdateDashboardRequest, context: RequestContext): UpdateDashboardResponse | Promise<UpdateDashboardResponse>;
  UpdateEventDataStore(input: UpdateEventDataStoreRequest, context: RequestContext): UpdateEventDataStoreResponse | Promise<UpdateEventDataStoreResponse>;
  UpdateTrail(input: UpdateTrailRequest, context: RequestContext): UpdateTrailResponse | Promise<UpdateTrailResponse>;
}
