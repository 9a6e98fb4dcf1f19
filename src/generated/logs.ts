// Generated from models/logs.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AssociateKmsKeyRequest {
  kmsKeyId: string;
  logGroupName?: string;
  resourceIdentifier?: string;
}

export interface AssociateSourceToS3TableIntegrationRequest {
  dataSource: DataSource;
  integrationArn: string;
}

export interface AssociateSourceToS3TableIntegrationResponse {
  identifier?: string;
}

export interface CancelExportTaskRequest {
  taskId: string;
}

export interface CancelImportTaskRequest {
  importId: string;
}

export interface CancelImportTaskResponse {
  creationTime?: number;
  importId?: string;
  importStatistics?: ImportStatistics;
  importStatus?: "IN_PROGRESS" | "CANCELLED" | "COMPLETED" | "FAILED";
  lastUpdatedTime?: number;
}

export interface CreateDeliveryRequest {
  deliveryDestinationArn: string;
  deliverySourceName: string;
  fieldDelimiter?: string;
  recordFields?: Array<string>;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
  tags?: Record<string, string>;
}

export interface CreateDeliveryResponse {
  delivery?: Delivery;
}

export interface CreateExportTaskRequest {
  destination: string;
  destinationPrefix?: string;
  from: number;
  logGroupName: string;
  logStreamNamePrefix?: string;
  taskName?: string;
  to: number;
}

export interface CreateExportTaskResponse {
  taskId?: string;
}

export interface CreateImportTaskRequest {
  importFilter?: ImportFilter;
  importRoleArn: string;
  importSourceArn: string;
}

export interface CreateImportTaskResponse {
  creationTime?: number;
  importDestinationArn?: string;
  importId?: string;
}

export interface CreateLogAnomalyDetectorRequest {
  anomalyVisibilityTime?: number;
  detectorName?: string;
  evaluationFrequency?: "ONE_MIN" | "FIVE_MIN" | "TEN_MIN" | "FIFTEEN_MIN" | "THIRTY_MIN" | "ONE_HOUR";
  filterPattern?: string;
  kmsKeyId?: string;
  logGroupArnList: Array<string>;
  tags?: Record<string, string>;
}

export interface CreateLogAnomalyDetectorResponse {
  anomalyDetectorArn?: string;
}

export interface CreateLogGroupRequest {
  deletionProtectionEnabled?: boolean;
  kmsKeyId?: string;
  logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";
  logGroupName: string;
  tags?: Record<string, string>;
}

export interface CreateLogStreamRequest {
  logGroupName: string;
  logStreamName: string;
}

export interface CreateLookupTableRequest {
  description?: string;
  kmsKeyId?: string;
  lookupTableName: string;
  tableBody: string;
  tags?: Record<string, string>;
}

export interface CreateLookupTableResponse {
  createdAt?: number;
  lookupTableArn?: string;
}

export interface CreateScheduledQueryRequest {
  description?: string;
  destinationConfiguration?: DestinationConfiguration;
  executionRoleArn: string;
  logGroupIdentifiers?: Array<string>;
  name: string;
  queryLanguage: "CWLI" | "SQL" | "PPL";
  queryString: string;
  scheduleEndTime?: number;
  scheduleExpression: string;
  scheduleStartTime?: number;
  startTimeOffset?: number;
  state?: "ENABLED" | "DISABLED";
  tags?: Record<string, string>;
  timezone?: string;
}

export interface CreateScheduledQueryResponse {
  scheduledQueryArn?: string;
  state?: "ENABLED" | "DISABLED";
}

export interface DeleteAccountPolicyRequest {
  policyName: string;
  policyType: "DATA_PROTECTION_POLICY" | "SUBSCRIPTION_FILTER_POLICY" | "FIELD_INDEX_POLICY" | "TRANSFORMER_POLICY" | "METRIC_EXTRACTION_POLICY";
}

export interface DeleteDataProtectionPolicyRequest {
  logGroupIdentifier: string;
}

export interface DeleteDeliveryRequest {
  id: string;
}

export interface DeleteDeliveryDestinationRequest {
  name: string;
}

export interface DeleteDeliveryDestinationPolicyRequest {
  deliveryDestinationName: string;
}

export interface DeleteDeliverySourceRequest {
  name: string;
}

export interface DeleteDestinationRequest {
  destinationName: string;
}

export interface DeleteIndexPolicyRequest {
  logGroupIdentifier: string;
}

export interface DeleteIndexPolicyResponse {
}

export interface DeleteIntegrationRequest {
  force?: boolean;
  integrationName: string;
}

export interface DeleteIntegrationResponse {
}

export interface DeleteLogAnomalyDetectorRequest {
  anomalyDetectorArn: string;
}

export interface DeleteLogGroupRequest {
  logGroupName: string;
}

export interface DeleteLogStreamRequest {
  logGroupName: string;
  logStreamName: string;
}

export interface DeleteLookupTableRequest {
  lookupTableArn: string;
}

export interface DeleteMetricFilterRequest {
  filterName: string;
  logGroupName: string;
}

export interface DeleteQueryDefinitionRequest {
  queryDefinitionId: string;
}

export interface DeleteQueryDefinitionResponse {
  success?: boolean;
}

export interface DeleteResourcePolicyRequest {
  expectedRevisionId?: string;
  policyName?: string;
  resourceArn?: string;
}

export interface DeleteRetentionPolicyRequest {
  logGroupName: string;
}

export interface DeleteScheduledQueryRequest {
  identifier: string;
}

export interface DeleteScheduledQueryResponse {
}

export interface DeleteSubscriptionFilterRequest {
  filterName: string;
  logGroupName: string;
}

export interface DeleteTransformerRequest {
  logGroupIdentifier: string;
}

export interface DescribeAccountPoliciesRequest {
  accountIdentifiers?: Array<string>;
  nextToken?: string;
  policyName?: string;
  policyType: "DATA_PROTECTION_POLICY" | "SUBSCRIPTION_FILTER_POLICY" | "FIELD_INDEX_POLICY" | "TRANSFORMER_POLICY" | "METRIC_EXTRACTION_POLICY";
}

export interface DescribeAccountPoliciesResponse {
  accountPolicies?: Array<AccountPolicy>;
  nextToken?: string;
}

export interface DescribeConfigurationTemplatesRequest {
  deliveryDestinationTypes?: Array<"S3" | "CWL" | "FH" | "XRAY">;
  limit?: number;
  logTypes?: Array<string>;
  nextToken?: string;
  resourceTypes?: Array<string>;
  service?: string;
}

export interface DescribeConfigurationTemplatesResponse {
  configurationTemplates?: Array<ConfigurationTemplate>;
  nextToken?: string;
}

export interface DescribeDeliveriesRequest {
  limit?: number;
  nextToken?: string;
}

export interface DescribeDeliveriesResponse {
  deliveries?: Array<Delivery>;
  nextToken?: string;
}

export interface DescribeDeliveryDestinationsRequest {
  limit?: number;
  nextToken?: string;
}

export interface DescribeDeliveryDestinationsResponse {
  deliveryDestinations?: Array<DeliveryDestination>;
  nextToken?: string;
}

export interface DescribeDeliverySourcesRequest {
  limit?: number;
  nextToken?: string;
}

export interface DescribeDeliverySourcesResponse {
  deliverySources?: Array<DeliverySource>;
  nextToken?: string;
}

export interface DescribeDestinationsRequest {
  DestinationNamePrefix?: string;
  limit?: number;
  nextToken?: string;
}

export interface DescribeDestinationsResponse {
  destinations?: Array<Destination>;
  nextToken?: string;
}

export interface DescribeExportTasksRequest {
  limit?: number;
  nextToken?: string;
  statusCode?: "CANCELLED" | "COMPLETED" | "FAILED" | "PENDING" | "PENDING_CANCEL" | "RUNNING";
  taskId?: string;
}

export interface DescribeExportTasksResponse {
  exportTasks?: Array<ExportTask>;
  nextToken?: string;
}

export interface DescribeFieldIndexesRequest {
  logGroupIdentifiers: Array<string>;
  nextToken?: string;
}

export interface DescribeFieldIndexesResponse {
  fieldIndexes?: Array<FieldIndex>;
  nextToken?: string;
}

export interface DescribeImportTaskBatchesRequest {
  batchImportStatus?: Array<"IN_PROGRESS" | "CANCELLED" | "COMPLETED" | "FAILED">;
  importId: string;
  limit?: number;
  nextToken?: string;
}

export interface DescribeImportTaskBatchesResponse {
  importBatches?: Array<ImportBatch>;
  importId?: string;
  importSourceArn?: string;
  nextToken?: string;
}

export interface DescribeImportTasksRequest {
  importId?: string;
  importSourceArn?: string;
  importStatus?: "IN_PROGRESS" | "CANCELLED" | "COMPLETED" | "FAILED";
  limit?: number;
  nextToken?: string;
}

export interface DescribeImportTasksResponse {
  imports?: Array<Import>;
  nextToken?: string;
}

export interface DescribeIndexPoliciesRequest {
  logGroupIdentifiers: Array<string>;
  nextToken?: string;
}

export interface DescribeIndexPoliciesResponse {
  indexPolicies?: Array<IndexPolicy>;
  nextToken?: string;
}

export interface DescribeLogGroupsRequest {
  accountIdentifiers?: Array<string>;
  includeLinkedAccounts?: boolean;
  limit?: number;
  logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";
  logGroupIdentifiers?: Array<string>;
  logGroupNamePattern?: string;
  logGroupNamePrefix?: string;
  nextToken?: string;
}

export interface DescribeLogGroupsResponse {
  logGroups?: Array<LogGroup>;
  nextToken?: string;
}

export interface DescribeLogStreamsRequest {
  descending?: boolean;
  limit?: number;
  logGroupIdentifier?: string;
  logGroupName?: string;
  logStreamNamePrefix?: string;
  nextToken?: string;
  orderBy?: "LogStreamName" | "LastEventTime";
}

export interface DescribeLogStreamsResponse {
  logStreams?: Array<LogStream>;
  nextToken?: string;
}

export interface DescribeLookupTablesRequest {
  lookupTableNamePrefix?: string;
  maxResults?: number;
  nextToken?: string;
}

export interface DescribeLookupTablesResponse {
  lookupTables?: Array<LookupTable>;
  nextToken?: string;
}

export interface DescribeMetricFiltersRequest {
  filterNamePrefix?: string;
  limit?: number;
  logGroupName?: string;
  metricName?: string;
  metricNamespace?: string;
  nextToken?: string;
}

export interface DescribeMetricFiltersResponse {
  metricFilters?: Array<MetricFilter>;
  nextToken?: string;
}

export interface DescribeQueriesRequest {
  logGroupName?: string;
  maxResults?: number;
  nextToken?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  status?: "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled" | "Timeout" | "Unknown";
}

export interface DescribeQueriesResponse {
  nextToken?: string;
  queries?: Array<QueryInfo>;
}

export interface DescribeQueryDefinitionsRequest {
  maxResults?: number;
  nextToken?: string;
  queryDefinitionNamePrefix?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
}

export interface DescribeQueryDefinitionsResponse {
  nextToken?: string;
  queryDefinitions?: Array<QueryDefinition>;
}

export interface DescribeResourcePoliciesRequest {
  limit?: number;
  nextToken?: string;
  policyScope?: "ACCOUNT" | "RESOURCE";
  resourceArn?: string;
}

export interface DescribeResourcePoliciesResponse {
  nextToken?: string;
  resourcePolicies?: Array<ResourcePolicy>;
}

export interface DescribeSubscriptionFiltersRequest {
  filterNamePrefix?: string;
  limit?: number;
  logGroupName: string;
  nextToken?: string;
}

export interface DescribeSubscriptionFiltersResponse {
  nextToken?: string;
  subscriptionFilters?: Array<SubscriptionFilter>;
}

export interface DisassociateKmsKeyRequest {
  logGroupName?: string;
  resourceIdentifier?: string;
}

export interface DisassociateSourceFromS3TableIntegrationRequest {
  identifier: string;
}

export interface DisassociateSourceFromS3TableIntegrationResponse {
  identifier?: string;
}

export interface FilterLogEventsRequest {
  endTime?: number;
  filterPattern?: string;
  interleaved?: boolean;
  limit?: number;
  logGroupIdentifier?: string;
  logGroupName?: string;
  logStreamNamePrefix?: string;
  logStreamNames?: Array<string>;
  nextToken?: string;
  startTime?: number;
  unmask?: boolean;
}

export interface FilterLogEventsResponse {
  events?: Array<FilteredLogEvent>;
  nextToken?: string;
  searchedLogStreams?: Array<SearchedLogStream>;
}

export interface GetDataProtectionPolicyRequest {
  logGroupIdentifier: string;
}

export interface GetDataProtectionPolicyResponse {
  lastUpdatedTime?: number;
  logGroupIdentifier?: string;
  policyDocument?: string;
}

export interface GetDeliveryRequest {
  id: string;
}

export interface GetDeliveryResponse {
  delivery?: Delivery;
}

export interface GetDeliveryDestinationRequest {
  name: string;
}

export interface GetDeliveryDestinationResponse {
  deliveryDestination?: DeliveryDestination;
}

export interface GetDeliveryDestinationPolicyRequest {
  deliveryDestinationName: string;
}

export interface GetDeliveryDestinationPolicyResponse {
  policy?: Policy;
}

export interface GetDeliverySourceRequest {
  name: string;
}

export interface GetDeliverySourceResponse {
  deliverySource?: DeliverySource;
}

export interface GetIntegrationRequest {
  integrationName: string;
}

export interface GetIntegrationResponse {
  integrationDetails?: IntegrationDetails;
  integrationName?: string;
  integrationStatus?: "PROVISIONING" | "ACTIVE" | "FAILED";
  integrationType?: "OPENSEARCH";
}

export interface GetLogAnomalyDetectorRequest {
  anomalyDetectorArn: string;
}

export interface GetLogAnomalyDetectorResponse {
  anomalyDetectorStatus?: "INITIALIZING" | "TRAINING" | "ANALYZING" | "FAILED" | "DELETED" | "PAUSED";
  anomalyVisibilityTime?: number;
  creationTimeStamp?: number;
  detectorName?: string;
  evaluationFrequency?: "ONE_MIN" | "FIVE_MIN" | "TEN_MIN" | "FIFTEEN_MIN" | "THIRTY_MIN" | "ONE_HOUR";
  filterPattern?: string;
  kmsKeyId?: string;
  lastModifiedTimeStamp?: number;
  logGroupArnList?: Array<string>;
}

export interface GetLogEventsRequest {
  endTime?: number;
  limit?: number;
  logGroupIdentifier?: string;
  logGroupName?: string;
  logStreamName: string;
  nextToken?: string;
  startFromHead?: boolean;
  startTime?: number;
  unmask?: boolean;
}

export interface GetLogEventsResponse {
  events?: Array<OutputLogEvent>;
  nextBackwardToken?: string;
  nextForwardToken?: string;
}

export interface GetLogFieldsRequest {
  dataSourceName: string;
  dataSourceType: string;
}

export interface GetLogFieldsResponse {
  logFields?: Array<LogFieldsListItem>;
}

export interface GetLogGroupFieldsRequest {
  logGroupIdentifier?: string;
  logGroupName?: string;
  time?: number;
}

export interface GetLogGroupFieldsResponse {
  logGroupFields?: Array<LogGroupField>;
}

export interface GetLogObjectRequest {
  logObjectPointer: string;
  unmask?: boolean;
}

export interface GetLogObjectResponse {
  fieldStream?: GetLogObjectResponseStream;
}

export interface GetLogRecordRequest {
  logRecordPointer: string;
  unmask?: boolean;
}

export interface GetLogRecordResponse {
  logRecord?: Record<string, string>;
}

export interface GetLookupTableRequest {
  lookupTableArn: string;
}

export interface GetLookupTableResponse {
  description?: string;
  kmsKeyId?: string;
  lastUpdatedTime?: number;
  lookupTableArn?: string;
  lookupTableName?: string;
  sizeBytes?: number;
  tableBody?: string;
}

export interface GetQueryResultsRequest {
  maxItems?: number;
  nextToken?: string;
  queryId: string;
}

export interface GetQueryResultsResponse {
  encryptionKey?: string;
  nextToken?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  results?: Array<Array<ResultField>>;
  statistics?: QueryStatistics;
  status?: "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled" | "Timeout" | "Unknown";
}

export interface GetScheduledQueryRequest {
  identifier: string;
}

export interface GetScheduledQueryResponse {
  creationTime?: number;
  description?: string;
  destinationConfiguration?: DestinationConfiguration;
  executionRoleArn?: string;
  lastExecutionStatus?: "Running" | "InvalidQuery" | "Complete" | "Failed" | "Timeout";
  lastTriggeredTime?: number;
  lastUpdatedTime?: number;
  logGroupIdentifiers?: Array<string>;
  name?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  queryString?: string;
  scheduleEndTime?: number;
  scheduleExpression?: string;
  scheduleStartTime?: number;
  scheduledQueryArn?: string;
  startTimeOffset?: number;
  state?: "ENABLED" | "DISABLED";
  timezone?: string;
}

export interface GetScheduledQueryHistoryRequest {
  endTime: number;
  executionStatuses?: Array<"Running" | "InvalidQuery" | "Complete" | "Failed" | "Timeout">;
  identifier: string;
  maxResults?: number;
  nextToken?: string;
  startTime: number;
}

export interface GetScheduledQueryHistoryResponse {
  name?: string;
  nextToken?: string;
  scheduledQueryArn?: string;
  triggerHistory?: Array<TriggerHistoryRecord>;
}

export interface GetTransformerRequest {
  logGroupIdentifier: string;
}

export interface GetTransformerResponse {
  creationTime?: number;
  lastModifiedTime?: number;
  logGroupIdentifier?: string;
  transformerConfig?: Array<Processor>;
}

export interface ListAggregateLogGroupSummariesRequest {
  accountIdentifiers?: Array<string>;
  dataSources?: Array<DataSourceFilter>;
  groupBy: "DATA_SOURCE_NAME_TYPE_AND_FORMAT" | "DATA_SOURCE_NAME_AND_TYPE";
  includeLinkedAccounts?: boolean;
  limit?: number;
  logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";
  logGroupNamePattern?: string;
  nextToken?: string;
}

export interface ListAggregateLogGroupSummariesResponse {
  aggregateLogGroupSummaries?: Array<AggregateLogGroupSummary>;
  nextToken?: string;
}

export interface ListAnomaliesRequest {
  anomalyDetectorArn?: string;
  limit?: number;
  nextToken?: string;
  suppressionState?: "SUPPRESSED" | "UNSUPPRESSED";
}

export interface ListAnomaliesResponse {
  anomalies?: Array<Anomaly>;
  nextToken?: string;
}

export interface ListIntegrationsRequest {
  integrationNamePrefix?: string;
  integrationStatus?: "PROVISIONING" | "ACTIVE" | "FAILED";
  integrationType?: "OPENSEARCH";
}

export interface ListIntegrationsResponse {
  integrationSummaries?: Array<IntegrationSummary>;
}

export interface ListLogAnomalyDetectorsRequest {
  filterLogGroupArn?: string;
  limit?: number;
  nextToken?: string;
}

export interface ListLogAnomalyDetectorsResponse {
  anomalyDetectors?: Array<AnomalyDetector>;
  nextToken?: string;
}

export interface ListLogGroupsRequest {
  accountIdentifiers?: Array<string>;
  dataSources?: Array<DataSourceFilter>;
  fieldIndexNames?: Array<string>;
  includeLinkedAccounts?: boolean;
  limit?: number;
  logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";
  logGroupNamePattern?: string;
  logGroupTags?: Array<TagFilter>;
  nextToken?: string;
}

export interface ListLogGroupsResponse {
  logGroups?: Array<LogGroupSummary>;
  nextToken?: string;
}

export interface ListLogGroupsForQueryRequest {
  maxResults?: number;
  nextToken?: string;
  queryId: string;
}

export interface ListLogGroupsForQueryResponse {
  logGroupIdentifiers?: Array<string>;
  nextToken?: string;
}

export interface ListScheduledQueriesRequest {
  maxResults?: number;
  nextToken?: string;
  state?: "ENABLED" | "DISABLED";
}

export interface ListScheduledQueriesResponse {
  nextToken?: string;
  scheduledQueries?: Array<ScheduledQuerySummary>;
}

export interface ListSourcesForS3TableIntegrationRequest {
  integrationArn: string;
  maxResults?: number;
  nextToken?: string;
}

export interface ListSourcesForS3TableIntegrationResponse {
  nextToken?: string;
  sources?: Array<S3TableIntegrationSource>;
}

export interface ListTagsForResourceRequest {
  resourceArn: string;
}

export interface ListTagsForResourceResponse {
  tags?: Record<string, string>;
}

export interface ListTagsLogGroupRequest {
  logGroupName: string;
}

export interface ListTagsLogGroupResponse {
  tags?: Record<string, string>;
}

export interface PutAccountPolicyRequest {
  policyDocument: string;
  policyName: string;
  policyType: "DATA_PROTECTION_POLICY" | "SUBSCRIPTION_FILTER_POLICY" | "FIELD_INDEX_POLICY" | "TRANSFORMER_POLICY" | "METRIC_EXTRACTION_POLICY";
  scope?: "ALL";
  selectionCriteria?: string;
}

export interface PutAccountPolicyResponse {
  accountPolicy?: AccountPolicy;
}

export interface PutBearerTokenAuthenticationRequest {
  bearerTokenAuthenticationEnabled: boolean;
  logGroupIdentifier: string;
}

export interface PutDataProtectionPolicyRequest {
  logGroupIdentifier: string;
  policyDocument: string;
}

export interface PutDataProtectionPolicyResponse {
  lastUpdatedTime?: number;
  logGroupIdentifier?: string;
  policyDocument?: string;
}

export interface PutDeliveryDestinationRequest {
  deliveryDestinationConfiguration?: DeliveryDestinationConfiguration;
  deliveryDestinationType?: "S3" | "CWL" | "FH" | "XRAY";
  name: string;
  outputFormat?: "json" | "plain" | "w3c" | "raw" | "parquet";
  tags?: Record<string, string>;
}

export interface PutDeliveryDestinationResponse {
  deliveryDestination?: DeliveryDestination;
}

export interface PutDeliveryDestinationPolicyRequest {
  deliveryDestinationName: string;
  deliveryDestinationPolicy: string;
}

export interface PutDeliveryDestinationPolicyResponse {
  policy?: Policy;
}

export interface PutDeliverySourceRequest {
  deliverySourceConfiguration?: Record<string, string>;
  logType: string;
  name: string;
  resourceArn: string;
  tags?: Record<string, string>;
}

export interface PutDeliverySourceResponse {
  deliverySource?: DeliverySource;
}

export interface PutDestinationRequest {
  destinationName: string;
  roleArn: string;
  tags?: Record<string, string>;
  targetArn: string;
}

export interface PutDestinationResponse {
  destination?: Destination;
}

export interface PutDestinationPolicyRequest {
  accessPolicy: string;
  destinationName: string;
  forceUpdate?: boolean;
}

export interface PutIndexPolicyRequest {
  logGroupIdentifier: string;
  policyDocument: string;
}

export interface PutIndexPolicyResponse {
  indexPolicy?: IndexPolicy;
}

export interface PutIntegrationRequest {
  integrationName: string;
  integrationType: "OPENSEARCH";
  resourceConfig: ResourceConfig;
}

export interface PutIntegrationResponse {
  integrationName?: string;
  integrationStatus?: "PROVISIONING" | "ACTIVE" | "FAILED";
}

export interface PutLogEventsRequest {
  entity?: Entity;
  logEvents: Array<InputLogEvent>;
  logGroupName: string;
  logStreamName: string;
  sequenceToken?: string;
}

export interface PutLogEventsResponse {
  nextSequenceToken?: string;
  rejectedEntityInfo?: RejectedEntityInfo;
  rejectedLogEventsInfo?: RejectedLogEventsInfo;
}

export interface PutLogGroupDeletionProtectionRequest {
  deletionProtectionEnabled: boolean;
  logGroupIdentifier: string;
}

export interface PutMetricFilterRequest {
  applyOnTransformedLogs?: boolean;
  emitSystemFieldDimensions?: Array<string>;
  fieldSelectionCriteria?: string;
  filterName: string;
  filterPattern: string;
  logGroupName: string;
  metricTransformations: Array<MetricTransformation>;
}

export interface PutQueryDefinitionRequest {
  clientToken?: string;
  logGroupNames?: Array<string>;
  name: string;
  parameters?: Array<QueryParameter>;
  queryDefinitionId?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  queryString: string;
}

export interface PutQueryDefinitionResponse {
  queryDefinitionId?: string;
}

export interface PutResourcePolicyRequest {
  expectedRevisionId?: string;
  policyDocument?: string;
  policyName?: string;
  resourceArn?: string;
}

export interface PutResourcePolicyResponse {
  resourcePolicy?: ResourcePolicy;
  revisionId?: string;
}

export interface PutRetentionPolicyRequest {
  logGroupName: string;
  retentionInDays: number;
}

export interface PutSubscriptionFilterRequest {
  applyOnTransformedLogs?: boolean;
  destinationArn: string;
  distribution?: "Random" | "ByLogStream";
  emitSystemFields?: Array<string>;
  fieldSelectionCriteria?: string;
  filterName: string;
  filterPattern: string;
  logGroupName: string;
  roleArn?: string;
}

export interface PutTransformerRequest {
  logGroupIdentifier: string;
  transformerConfig: Array<Processor>;
}

export interface StartLiveTailRequest {
  logEventFilterPattern?: string;
  logGroupIdentifiers: Array<string>;
  logStreamNamePrefixes?: Array<string>;
  logStreamNames?: Array<string>;
}

export interface StartLiveTailResponse {
  responseStream?: StartLiveTailResponseStream;
}

export interface StartQueryRequest {
  endTime: number;
  limit?: number;
  logGroupIdentifiers?: Array<string>;
  logGroupName?: string;
  logGroupNames?: Array<string>;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  queryString: string;
  startTime: number;
}

export interface StartQueryResponse {
  queryId?: string;
}

export interface StopQueryRequest {
  queryId: string;
}

export interface StopQueryResponse {
  success?: boolean;
}

export interface TagLogGroupRequest {
  logGroupName: string;
  tags: Record<string, string>;
}

export interface TagResourceRequest {
  resourceArn: string;
  tags: Record<string, string>;
}

export interface TestMetricFilterRequest {
  filterPattern: string;
  logEventMessages: Array<string>;
}

export interface TestMetricFilterResponse {
  matches?: Array<MetricFilterMatchRecord>;
}

export interface TestTransformerRequest {
  logEventMessages: Array<string>;
  transformerConfig: Array<Processor>;
}

export interface TestTransformerResponse {
  transformedLogs?: Array<TransformedLogRecord>;
}

export interface UntagLogGroupRequest {
  logGroupName: string;
  tags: Array<string>;
}

export interface UntagResourceRequest {
  resourceArn: string;
  tagKeys: Array<string>;
}

export interface UpdateAnomalyRequest {
  anomalyDetectorArn: string;
  anomalyId?: string;
  baseline?: boolean;
  patternId?: string;
  suppressionPeriod?: SuppressionPeriod;
  suppressionType?: "LIMITED" | "INFINITE";
}

export interface UpdateDeliveryConfigurationRequest {
  fieldDelimiter?: string;
  id: string;
  recordFields?: Array<string>;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
}

export interface UpdateDeliveryConfigurationResponse {
}

export interface UpdateLogAnomalyDetectorRequest {
  anomalyDetectorArn: string;
  anomalyVisibilityTime?: number;
  enabled: boolean;
  evaluationFrequency?: "ONE_MIN" | "FIVE_MIN" | "TEN_MIN" | "FIFTEEN_MIN" | "THIRTY_MIN" | "ONE_HOUR";
  filterPattern?: string;
}

export interface UpdateLookupTableRequest {
  description?: string;
  kmsKeyId?: string;
  lookupTableArn: string;
  tableBody: string;
}

export interface UpdateLookupTableResponse {
  lastUpdatedTime?: number;
  lookupTableArn?: string;
}

export interface UpdateScheduledQueryRequest {
  description?: string;
  destinationConfiguration?: DestinationConfiguration;
  executionRoleArn: string;
  identifier: string;
  logGroupIdentifiers?: Array<string>;
  queryLanguage: "CWLI" | "SQL" | "PPL";
  queryString: string;
  scheduleEndTime?: number;
  scheduleExpression: string;
  scheduleStartTime?: number;
  startTimeOffset?: number;
  state?: "ENABLED" | "DISABLED";
  timezone?: string;
}

export interface UpdateScheduledQueryResponse {
  creationTime?: number;
  description?: string;
  destinationConfiguration?: DestinationConfiguration;
  executionRoleArn?: string;
  lastExecutionStatus?: "Running" | "InvalidQuery" | "Complete" | "Failed" | "Timeout";
  lastTriggeredTime?: number;
  lastUpdatedTime?: number;
  logGroupIdentifiers?: Array<string>;
  name?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  queryString?: string;
  scheduleEndTime?: number;
  scheduleExpression?: string;
  scheduleStartTime?: number;
  scheduledQueryArn?: string;
  startTimeOffset?: number;
  state?: "ENABLED" | "DISABLED";
  timezone?: string;
}

export interface AccessDeniedException {
}

export interface ConflictException {
}

export interface DataAlreadyAcceptedException {
  expectedSequenceToken?: string;
}

export interface InternalServerException {
}

export interface InternalStreamingException {
  message?: string;
}

export interface InvalidOperationException {
}

export interface InvalidParameterException {
}

export interface InvalidSequenceTokenException {
  expectedSequenceToken?: string;
}

export interface LimitExceededException {
}

export interface MalformedQueryException {
  queryCompileError?: QueryCompileError;
}

export interface OperationAbortedException {
}

export interface ResourceAlreadyExistsException {
}

export interface ResourceNotFoundException {
}

export interface ServiceQuotaExceededException {
}

export interface ServiceUnavailableException {
}

export interface SessionStreamingException {
  message?: string;
}

export interface SessionTimeoutException {
  message?: string;
}

export interface ThrottlingException {
}

export interface TooManyTagsException {
  message?: string;
  resourceName?: string;
}

export interface UnrecognizedClientException {
}

export interface ValidationException {
}

export interface DataSource {
  name: string;
  type?: string;
}

export interface ImportStatistics {
  bytesImported?: number;
}

export interface S3DeliveryConfiguration {
  enableHiveCompatiblePath?: boolean;
  suffixPath?: string;
}

export interface Delivery {
  arn?: string;
  deliveryDestinationArn?: string;
  deliveryDestinationType?: "S3" | "CWL" | "FH" | "XRAY";
  deliverySourceName?: string;
  fieldDelimiter?: string;
  id?: string;
  recordFields?: Array<string>;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
  tags?: Record<string, string>;
}

export interface ImportFilter {
  endEventTime?: number;
  startEventTime?: number;
}

export interface DestinationConfiguration {
  s3Configuration: S3Configuration;
}

export interface AccountPolicy {
  accountId?: string;
  lastUpdatedTime?: number;
  policyDocument?: string;
  policyName?: string;
  policyType?: "DATA_PROTECTION_POLICY" | "SUBSCRIPTION_FILTER_POLICY" | "FIELD_INDEX_POLICY" | "TRANSFORMER_POLICY" | "METRIC_EXTRACTION_POLICY";
  scope?: "ALL";
  selectionCriteria?: string;
}

export interface ConfigurationTemplate {
  allowedActionForAllowVendedLogsDeliveryForResource?: string;
  allowedFieldDelimiters?: Array<string>;
  allowedFields?: Array<RecordField>;
  allowedOutputFormats?: Array<"json" | "plain" | "w3c" | "raw" | "parquet">;
  allowedSuffixPathFields?: Array<string>;
  defaultDeliveryConfigValues?: ConfigurationTemplateDeliveryConfigValues;
  deliveryDestinationType?: "S3" | "CWL" | "FH" | "XRAY";
  deliverySourceConfiguration?: Array<DeliverySourceConfigurationSchema>;
  logType?: string;
  resourceType?: string;
  s3TablesIntegration?: S3TablesIntegration;
  service?: string;
}

export interface DeliveryDestination {
  arn?: string;
  deliveryDestinationConfiguration?: DeliveryDestinationConfiguration;
  deliveryDestinationType?: "S3" | "CWL" | "FH" | "XRAY";
  name?: string;
  outputFormat?: "json" | "plain" | "w3c" | "raw" | "parquet";
  tags?: Record<string, string>;
}

export interface DeliverySource {
  arn?: string;
  deliverySourceConfiguration?: Record<string, string>;
  logType?: string;
  name?: string;
  resourceArns?: Array<string>;
  service?: string;
  status?: "ACTIVE" | "INACTIVE";
  statusReason?: "RESOURCE_DELETED";
  tags?: Record<string, string>;
}

export interface Destination {
  accessPolicy?: string;
  arn?: string;
  creationTime?: number;
  destinationName?: string;
  roleArn?: string;
  targetArn?: string;
}

export interface ExportTask {
  destination?: string;
  destinationPrefix?: string;
  executionInfo?: ExportTaskExecutionInfo;
  from?: number;
  logGroupName?: string;
  status?: ExportTaskStatus;
  taskId?: string;
  taskName?: string;
  to?: number;
}

export interface FieldIndex {
  fieldIndexName?: string;
  firstEventTime?: number;
  lastEventTime?: number;
  lastScanTime?: number;
  logGroupIdentifier?: string;
  type?: "FACET" | "FIELD_INDEX";
}

export interface ImportBatch {
  batchId: string;
  errorMessage?: string;
  status: "IN_PROGRESS" | "CANCELLED" | "COMPLETED" | "FAILED";
}

export interface Import {
  creationTime?: number;
  errorMessage?: string;
  importDestinationArn?: string;
  importFilter?: ImportFilter;
  importId?: string;
  importSourceArn?: string;
  importStatistics?: ImportStatistics;
  importStatus?: "IN_PROGRESS" | "CANCELLED" | "COMPLETED" | "FAILED";
  lastUpdatedTime?: number;
}

export interface IndexPolicy {
  lastUpdateTime?: number;
  logGroupIdentifier?: string;
  policyDocument?: string;
  policyName?: string;
  source?: "ACCOUNT" | "LOG_GROUP";
}

export interface LogGroup {
  arn?: string;
  bearerTokenAuthenticationEnabled?: boolean;
  creationTime?: number;
  dataProtectionStatus?: "ACTIVATED" | "DELETED" | "ARCHIVED" | "DISABLED";
  deletionProtectionEnabled?: boolean;
  inheritedProperties?: Array<"ACCOUNT_DATA_PROTECTION">;
  kmsKeyId?: string;
  logGroupArn?: string;
  logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";
  logGroupName?: string;
  metricFilterCount?: number;
  retentionInDays?: number;
  storedBytes?: number;
}

export interface LogStream {
  arn?: string;
  creationTime?: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  logStreamName?: string;
  storedBytes?: number;
  uploadSequenceToken?: string;
}

export interface LookupTable {
  description?: string;
  kmsKeyId?: string;
  lastUpdatedTime?: number;
  lookupTableArn?: string;
  lookupTableName?: string;
  recordsCount?: number;
  sizeBytes?: number;
  tableFields?: Array<string>;
}

export interface MetricFilter {
  applyOnTransformedLogs?: boolean;
  creationTime?: number;
  emitSystemFieldDimensions?: Array<string>;
  fieldSelectionCriteria?: string;
  filterName?: string;
  filterPattern?: string;
  logGroupName?: string;
  metricTransformations?: Array<MetricTransformation>;
}

export interface QueryInfo {
  bytesScanned?: number;
  createTime?: number;
  logGroupName?: string;
  queryDuration?: number;
  queryId?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  queryString?: string;
  status?: "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled" | "Timeout" | "Unknown";
  userIdentity?: string;
}

export interface QueryDefinition {
  lastModified?: number;
  logGroupNames?: Array<string>;
  name?: string;
  parameters?: Array<QueryParameter>;
  queryDefinitionId?: string;
  queryLanguage?: "CWLI" | "SQL" | "PPL";
  queryString?: string;
}

export interface ResourcePolicy {
  lastUpdatedTime?: number;
  policyDocument?: string;
  policyName?: string;
  policyScope?: "ACCOUNT" | "RESOURCE";
  resourceArn?: string;
  revisionId?: string;
}

export interface SubscriptionFilter {
  applyOnTransformedLogs?: boolean;
  creationTime?: number;
  destinationArn?: string;
  distribution?: "Random" | "ByLogStream";
  emitSystemFields?: Array<string>;
  fieldSelectionCriteria?: string;
  filterName?: string;
  filterPattern?: string;
  logGroupName?: string;
  roleArn?: string;
}

export interface FilteredLogEvent {
  eventId?: string;
  ingestionTime?: number;
  logStreamName?: string;
  message?: string;
  timestamp?: number;
}

export interface SearchedLogStream {
  logStreamName?: string;
  searchedCompletely?: boolean;
}

export interface Policy {
  deliveryDestinationPolicy?: string;
}

export interface IntegrationDetails {
  openSearchIntegrationDetails?: OpenSearchIntegrationDetails;
}

export interface OutputLogEvent {
  ingestionTime?: number;
  message?: string;
  timestamp?: number;
}

export interface LogFieldsListItem {
  logFieldName?: string;
  logFieldType?: LogFieldType;
}

export interface LogGroupField {
  name?: string;
  percent?: number;
}

export interface GetLogObjectResponseStream {
  InternalStreamingException?: InternalStreamingException;
  fields?: FieldsData;
}

export interface ResultField {
  field?: string;
  value?: string;
}

export interface QueryStatistics {
  bytesScanned?: number;
  estimatedBytesSkipped?: number;
  estimatedRecordsSkipped?: number;
  logGroupsScanned?: number;
  recordsMatched?: number;
  recordsScanned?: number;
}

export interface TriggerHistoryRecord {
  destinations?: Array<ScheduledQueryDestination>;
  errorMessage?: string;
  executionStatus?: "Running" | "InvalidQuery" | "Complete" | "Failed" | "Timeout";
  queryId?: string;
  triggeredTimestamp?: number;
}

export interface Processor {
  addKeys?: AddKeys;
  copyValue?: CopyValue;
  csv?: CSV;
  dateTimeConverter?: DateTimeConverter;
  deleteKeys?: DeleteKeys;
  grok?: Grok;
  listToMap?: ListToMap;
  lowerCaseString?: LowerCaseString;
  moveKeys?: MoveKeys;
  parseCloudfront?: ParseCloudfront;
  parseJSON?: ParseJSON;
  parseKeyValue?: ParseKeyValue;
  parsePostgres?: ParsePostgres;
  parseRoute53?: ParseRoute53;
  parseToOCSF?: ParseToOCSF;
  parseVPC?: ParseVPC;
  parseWAF?: ParseWAF;
  renameKeys?: RenameKeys;
  splitString?: SplitString;
  substituteString?: SubstituteString;
  trimString?: TrimString;
  typeConverter?: TypeConverter;
  upperCaseString?: UpperCaseString;
}

export interface DataSourceFilter {
  name: string;
  type?: string;
}

export interface AggregateLogGroupSummary {
  groupingIdentifiers?: Array<GroupingIdentifier>;
  logGroupCount?: number;
}

export interface Anomaly {
  active: boolean;
  anomalyDetectorArn: string;
  anomalyId: string;
  description: string;
  firstSeen: number;
  histogram: Record<string, number>;
  isPatternLevelSuppression?: boolean;
  lastSeen: number;
  logGroupArnList: Array<string>;
  logSamples: Array<LogEvent>;
  patternId: string;
  patternRegex?: string;
  patternString: string;
  patternTokens: Array<PatternToken>;
  priority?: string;
  state: "Active" | "Suppressed" | "Baseline";
  suppressed?: boolean;
  suppressedDate?: number;
  suppressedUntil?: number;
}

export interface IntegrationSummary {
  integrationName?: string;
  integrationStatus?: "PROVISIONING" | "ACTIVE" | "FAILED";
  integrationType?: "OPENSEARCH";
}

export interface AnomalyDetector {
  anomalyDetectorArn?: string;
  anomalyDetectorStatus?: "INITIALIZING" | "TRAINING" | "ANALYZING" | "FAILED" | "DELETED" | "PAUSED";
  anomalyVisibilityTime?: number;
  creationTimeStamp?: number;
  detectorName?: string;
  evaluationFrequency?: "ONE_MIN" | "FIVE_MIN" | "TEN_MIN" | "FIFTEEN_MIN" | "THIRTY_MIN" | "ONE_HOUR";
  filterPattern?: string;
  kmsKeyId?: string;
  lastModifiedTimeStamp?: number;
  logGroupArnList?: Array<string>;
}

export interface TagFilter {
  key: string;
  values?: Array<string>;
}

export interface LogGroupSummary {
  logGroupArn?: string;
  logGroupClass?: "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";
  logGroupName?: string;
}

export interface ScheduledQuerySummary {
  creationTime?: number;
  destinationConfiguration?: DestinationConfiguration;
  lastExecutionStatus?: "Running" | "InvalidQuery" | "Complete" | "Failed" | "Timeout";
  lastTriggeredTime?: number;
  lastUpdatedTime?: number;
  name?: string;
  scheduleExpression?: string;
  scheduledQueryArn?: string;
  state?: "ENABLED" | "DISABLED";
  timezone?: string;
}

export interface S3TableIntegrationSource {
  createdTimeStamp?: number;
  dataSource?: DataSource;
  identifier?: string;
  parentSourceIdentifier?: string;
  status?: "ACTIVE" | "UNHEALTHY" | "FAILED" | "DATA_SOURCE_DELETE_IN_PROGRESS";
  statusReason?: string;
}

export interface DeliveryDestinationConfiguration {
  destinationResourceArn: string;
}

export interface ResourceConfig {
  openSearchResourceConfig?: OpenSearchResourceConfig;
}

export interface Entity {
  attributes?: Record<string, string>;
  keyAttributes?: Record<string, string>;
}

export interface InputLogEvent {
  message: string;
  timestamp: number;
}

export interface RejectedEntityInfo {
  errorType: "InvalidEntity" | "InvalidTypeValue" | "InvalidKeyAttributes" | "InvalidAttributes" | "EntitySizeTooLarge" | "UnsupportedLogGroupType" | "MissingRequiredFields";
}

export interface RejectedLogEventsInfo {
  expiredLogEventEndIndex?: number;
  tooNewLogEventStartIndex?: number;
  tooOldLogEventEndIndex?: number;
}

export interface MetricTransformation {
  defaultValue?: number;
  dimensions?: Record<string, string>;
  metricName: string;
  metricNamespace: string;
  metricValue: string;
  unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface QueryParameter {
  defaultValue?: string;
  description?: string;
  name: string;
}

export interface StartLiveTailResponseStream {
  SessionStreamingException?: SessionStreamingException;
  SessionTimeoutException?: SessionTimeoutException;
  sessionStart?: LiveTailSessionStart;
  sessionUpdate?: LiveTailSessionUpdate;
}

export interface MetricFilterMatchRecord {
  eventMessage?: string;
  eventNumber?: number;
  extractedValues?: Record<string, string>;
}

export interface TransformedLogRecord {
  eventMessage?: string;
  eventNumber?: number;
  transformedEventMessage?: string;
}

export interface SuppressionPeriod {
  suppressionUnit?: "SECONDS" | "MINUTES" | "HOURS";
  value?: number;
}

export interface QueryCompileError {
  location?: QueryCompileErrorLocation;
  message?: string;
}

export interface S3Configuration {
  destinationIdentifier: string;
  kmsKeyId?: string;
  ownerAccountId?: string;
  roleArn: string;
}

export interface RecordField {
  mandatory?: boolean;
  name?: string;
}

export interface ConfigurationTemplateDeliveryConfigValues {
  fieldDelimiter?: string;
  recordFields?: Array<string>;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
}

export interface DeliverySourceConfigurationSchema {
  defaultValue: string;
  keyName: string;
  maxValue?: number;
  minValue?: number;
  supportedValues?: Array<string>;
  valueType: "string" | "boolean" | "int" | "double" | "long";
}

export interface S3TablesIntegration {
  datasourceName?: string;
  datasourceType?: string;
}

export interface ExportTaskExecutionInfo {
  completionTime?: number;
  creationTime?: number;
}

export interface ExportTaskStatus {
  code?: "CANCELLED" | "COMPLETED" | "FAILED" | "PENDING" | "PENDING_CANCEL" | "RUNNING";
  message?: string;
}

export interface OpenSearchIntegrationDetails {
  accessPolicy?: OpenSearchDataAccessPolicy;
  application?: OpenSearchApplication;
  collection?: OpenSearchCollection;
  dataSource?: OpenSearchDataSource;
  encryptionPolicy?: OpenSearchEncryptionPolicy;
  lifecyclePolicy?: OpenSearchLifecyclePolicy;
  networkPolicy?: OpenSearchNetworkPolicy;
  workspace?: OpenSearchWorkspace;
}

export interface LogFieldType {
  element?: LogFieldType;
  fields?: Array<LogFieldsListItem>;
  type?: string;
}

export interface FieldsData {
  data?: Buffer;
}

export interface ScheduledQueryDestination {
  destinationIdentifier?: string;
  destinationType?: "S3";
  errorMessage?: string;
  processedIdentifier?: string;
  status?: "IN_PROGRESS" | "CLIENT_ERROR" | "FAILED" | "COMPLETE";
}

export interface AddKeys {
  entries: Array<AddKeyEntry>;
}

export interface CopyValue {
  entries: Array<CopyValueEntry>;
}

export interface CSV {
  columns?: Array<string>;
  delimiter?: string;
  destination?: string;
  quoteCharacter?: string;
  source?: string;
}

export interface DateTimeConverter {
  locale?: string;
  matchPatterns: Array<string>;
  source: string;
  sourceTimezone?: string;
  target: string;
  targetFormat?: string;
  targetTimezone?: string;
}

export interface DeleteKeys {
  withKeys: Array<string>;
}

export interface Grok {
  match: string;
  source?: string;
}

export interface ListToMap {
  flatten?: boolean;
  flattenedElement?: "first" | "last";
  key: string;
  source: string;
  target?: string;
  valueKey?: string;
}

export interface LowerCaseString {
  withKeys: Array<string>;
}

export interface MoveKeys {
  entries: Array<MoveKeyEntry>;
}

export interface ParseCloudfront {
  source?: string;
}

export interface ParseJSON {
  destination?: string;
  source?: string;
}

export interface ParseKeyValue {
  destination?: string;
  fieldDelimiter?: string;
  keyPrefix?: string;
  keyValueDelimiter?: string;
  nonMatchValue?: string;
  overwriteIfExists?: boolean;
  source?: string;
}

export interface ParsePostgres {
  source?: string;
}

export interface ParseRoute53 {
  source?: string;
}

export interface ParseToOCSF {
  eventSource: "CloudTrail" | "Route53Resolver" | "VPCFlow" | "EKSAudit" | "AWSWAF";
  mappingVersion?: string;
  ocsfVersion: "V1.1" | "V1.5";
  source?: string;
}

export interface ParseVPC {
  source?: string;
}

export interface ParseWAF {
  source?: string;
}

export interface RenameKeys {
  entries: Array<RenameKeyEntry>;
}

export interface SplitString {
  entries: Array<SplitStringEntry>;
}

export interface SubstituteString {
  entries: Array<SubstituteStringEntry>;
}

export interface TrimString {
  withKeys: Array<string>;
}

export interface TypeConverter {
  entries: Array<TypeConverterEntry>;
}

export interface UpperCaseString {
  withKeys: Array<string>;
}

export interface GroupingIdentifier {
  key?: string;
  value?: string;
}

export interface LogEvent {
  message?: string;
  timestamp?: number;
}

export interface PatternToken {
  dynamicTokenPosition?: number;
  enumerations?: Record<string, number>;
  inferredTokenName?: string;
  isDynamic?: boolean;
  tokenString?: string;
}

export interface OpenSearchResourceConfig {
  applicationArn?: string;
  dashboardViewerPrincipals: Array<string>;
  dataSourceRoleArn: string;
  kmsKeyArn?: string;
  retentionDays: number;
}

export interface LiveTailSessionStart {
  logEventFilterPattern?: string;
  logGroupIdentifiers?: Array<string>;
  logStreamNamePrefixes?: Array<string>;
  logStreamNames?: Array<string>;
  requestId?: string;
  sessionId?: string;
}

export interface LiveTailSessionUpdate {
  sessionMetadata?: LiveTailSessionMetadata;
  sessionResults?: Array<LiveTailSessionLogEvent>;
}

export interface QueryCompileErrorLocation {
  endCharOffset?: number;
  startCharOffset?: number;
}

export interface OpenSearchDataAccessPolicy {
  policyName?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchApplication {
  applicationArn?: string;
  applicationEndpoint?: string;
  applicationId?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchCollection {
  collectionArn?: string;
  collectionEndpoint?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchDataSource {
  dataSourceName?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchEncryptionPolicy {
  policyName?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchLifecyclePolicy {
  policyName?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchNetworkPolicy {
  policyName?: string;
  status?: OpenSearchResourceStatus;
}

export interface OpenSearchWorkspace {
  status?: OpenSearchResourceStatus;
  workspaceId?: string;
}

export interface AddKeyEntry {
  key: string;
  overwriteIfExists?: boolean;
  value: string;
}

export interface CopyValueEntry {
  overwriteIfExists?: boolean;
  source: string;
  target: string;
}

export interface MoveKeyEntry {
  overwriteIfExists?: boolean;
  source: string;
  target: string;
}

export interface RenameKeyEntry {
  key: string;
  overwriteIfExists?: boolean;
  renameTo: string;
}

export interface SplitStringEntry {
  delimiter: string;
  source: string;
}

export interface SubstituteStringEntry {
  from: string;
  source: string;
  to: string;
}

export interface TypeConverterEntry {
  key: string;
  type: "boolean" | "integer" | "double" | "string";
}

export interface LiveTailSessionMetadata {
  sampled?: boolean;
}

export interface LiveTailSessionLogEvent {
  ingestionTime?: number;
  logGroupIdentifier?: string;
  logStreamName?: string;
  message?: string;
  timestamp?: number;
}

export interface OpenSearchResourceStatus {
  status?: "ACTIVE" | "NOT_FOUND" | "ERROR";
  statusMessage?: string;
}

/** Every operation of Amazon CloudWatch Logs; a provider implements the ones it serves. */
export interface LogsOperations {
  AssociateKmsKey(input: AssociateKmsKeyRequest, context: RequestContext): void | Promise<void>;
  AssociateSourceToS3TableIntegration(input: AssociateSourceToS3TableIntegrationRequest, context: RequestContext): AssociateSourceToS3TableIntegrationResponse | Promise<AssociateSourceToS3TableIntegrationResponse>;
  CancelExportTask(input: CancelExportTaskRequest, context: RequestContext): void | Promise<void>;
  CancelImportTask(input: CancelImportTaskRequest, context: RequestContext): CancelImportTaskResponse | Promise<CancelImportTaskResponse>;
  CreateDelivery(input: CreateDeliveryRequest, context: RequestContext): CreateDeliveryResponse | Promise<CreateDeliveryResponse>;
  CreateExportTask(input: CreateExportTaskRequest, context: RequestContext): CreateExportTaskResponse | Promise<CreateExportTaskResponse>;
  CreateImportTask(input: CreateImportTaskRequest, context: RequestContext): CreateImportTaskResponse | Promise<CreateImportTaskResponse>;
  CreateLogAnomalyDetector(input: CreateLogAnomalyDetectorRequest, context: RequestContext): CreateLogAnomalyDetectorResponse | Promise<CreateLogAnomalyDetectorResponse>;
  CreateLogGroup(input: CreateLogGroupRequest, context: RequestContext): void | Promise<void>;
  CreateLogStream(input: CreateLogStreamRequest, context: RequestContext): void | Promise<void>;
  CreateLookupTable(input: CreateLookupTableRequest, context: RequestContext): CreateLookupTableResponse | Promise<CreateLookupTableResponse>;
  CreateScheduledQuery(input: CreateScheduledQueryRequest, context: RequestContext): CreateScheduledQueryResponse | Promise<CreateScheduledQueryResponse>;
  DeleteAccountPolicy(input: DeleteAccountPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteDataProtectionPolicy(input: DeleteDataProtectionPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteDelivery(input: DeleteDeliveryRequest, context: RequestContext): void | Promise<void>;
  DeleteDeliveryDestination(input: DeleteDeliveryDestinationRequest, context: RequestContext): void | Promise<void>;
  DeleteDeliveryDestinationPolicy(input: DeleteDeliveryDestinationPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteDeliverySource(input: DeleteDeliverySourceRequest, context: RequestContext): void | Promise<void>;
  DeleteDestination(input: DeleteDestinationRequest, context: RequestContext): void | Promise<void>;
  DeleteIndexPolicy(input: DeleteIndexPolicyRequest, context: RequestContext): DeleteIndexPolicyResponse | Promise<DeleteIndexPolicyResponse>;
  DeleteIntegration(input: DeleteIntegrationRequest, context: RequestContext): DeleteIntegrationResponse | Promise<DeleteIntegrationResponse>;
  DeleteLogAnomalyDetector(input: DeleteLogAnomalyDetectorRequest, context: RequestContext): void | Promise<void>;
  DeleteLogGroup(input: DeleteLogGroupRequest, context: RequestContext): void | Promise<void>;
  DeleteLogStream(input: DeleteLogStreamRequest, context: RequestContext): void | Promise<void>;
  DeleteLookupTable(input: DeleteLookupTableRequest, context: RequestContext): void | Promise<void>;
  DeleteMetricFilter(input: DeleteMetricFilterRequest, context: RequestContext): void | Promise<void>;
  DeleteQueryDefinition(input: DeleteQueryDefinitionRequest, context: RequestContext): DeleteQueryDefinitionResponse | Promise<DeleteQueryDefinitionResponse>;
  DeleteResourcePolicy(input: DeleteResourcePolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteRetentionPolicy(input: DeleteRetentionPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteScheduledQuery(input: DeleteScheduledQueryRequest, context: RequestContext): DeleteScheduledQueryResponse | Promise<DeleteScheduledQueryResponse>;
  DeleteSubscriptionFilter(input: DeleteSubscriptionFilterRequest, context: RequestContext): void | Promise<void>;
  DeleteTransformer(input: DeleteTransformerRequest, context: RequestContext): void | Promise<void>;
  DescribeAccountPolicies(input: DescribeAccountPoliciesRequest, context: RequestContext): DescribeAccountPoliciesResponse | Promise<DescribeAccountPoliciesResponse>;
  DescribeConfigurationTemplates(input: DescribeConfigurationTemplatesRequest, context: RequestContext): DescribeConfigurationTemplatesResponse | Promise<DescribeConfigurationTemplatesResponse>;
  DescribeDeliveries(input: DescribeDeliveriesRequest, context: RequestContext): DescribeDeliveriesResponse | Promise<DescribeDeliveriesResponse>;
  DescribeDeliveryDestinations(input: DescribeDeliveryDestinationsRequest, context: RequestContext): DescribeDeliveryDestinationsResponse | Promise<DescribeDeliveryDestinationsResponse>;
  DescribeDeliverySources(input: DescribeDeliverySourcesRequest, context: RequestContext): DescribeDeliverySourcesResponse | Promise<DescribeDeliverySourcesResponse>;
  DescribeDestinations(input: DescribeDestinationsRequest, context: RequestContext): DescribeDestinationsResponse | Promise<DescribeDestinationsResponse>;
  DescribeExportTasks(input: DescribeExportTasksRequest, context: RequestContext): DescribeExportTasksResponse | Promise<DescribeExportTasksResponse>;
  DescribeFieldIndexes(input: DescribeFieldIndexesRequest, context: RequestContext): DescribeFieldIndexesResponse | Promise<DescribeFieldIndexesResponse>;
  DescribeImportTaskBatches(input: DescribeImportTaskBatchesRequest, context: RequestContext): DescribeImportTaskBatchesResponse | Promise<DescribeImportTaskBatchesResponse>;
  DescribeImportTasks(input: DescribeImportTasksRequest, context: RequestContext): DescribeImportTasksResponse | Promise<DescribeImportTasksResponse>;
  DescribeIndexPolicies(input: DescribeIndexPoliciesRequest, context: RequestContext): DescribeIndexPoliciesResponse | Promise<DescribeIndexPoliciesResponse>;
  DescribeLogGroups(input: DescribeLogGroupsRequest, context: RequestContext): DescribeLogGroupsResponse | Promise<DescribeLogGroupsResponse>;
  DescribeLogStreams(input: DescribeLogStreamsRequest, context: RequestContext): DescribeLogStreamsResponse | Promise<DescribeLogStreamsResponse>;
  DescribeLookupTables(input: DescribeLookupTablesRequest, context: RequestContext): DescribeLookupTablesResponse | Promise<DescribeLookupTablesResponse>;
  DescribeMetricFilters(input: DescribeMetricFiltersRequest, context: RequestContext): DescribeMetricFiltersResponse | Promise<DescribeMetricFiltersResponse>;
  DescribeQueries(input: DescribeQueriesRequest, context: RequestContext): DescribeQueriesResponse | Promise<DescribeQueriesResponse>;
  DescribeQueryDefinitions(input: DescribeQueryDefinitionsRequest, context: RequestContext): DescribeQueryDefinitionsResponse | Promise<DescribeQueryDefinitionsResponse>;
  DescribeResourcePolicies(input: DescribeResourcePoliciesRequest, context: RequestContext): DescribeResourcePoliciesResponse | Promise<DescribeResourcePoliciesResponse>;
  DescribeSubscriptionFilters(input: DescribeSubscriptionFiltersRequest, context: RequestContext): DescribeSubscriptionFiltersResponse | Promise<DescribeSubscriptionFiltersResponse>;
  DisassociateKmsKey(input: DisassociateKmsKeyRequest, context: RequestContext): void | Promise<void>;
  DisassociateSourceFromS3TableIntegration(input: DisassociateSourceFromS3TableIntegrationRequest, context: RequestContext): DisassociateSourceFromS3TableIntegrationResponse | Promise<DisassociateSourceFromS3TableIntegrationResponse>;
  FilterLogEvents(input: FilterLogEventsRequest, context: RequestContext): FilterLogEventsResponse | Promise<FilterLogEventsResponse>;
  GetDataProtectionPolicy(input: GetDataProtectionPolicyRequest, context: RequestContext): GetDataProtectionPolicyResponse | Promise<GetDataProtectionPolicyResponse>;
  GetDelivery(input: GetDeliveryRequest, context: RequestContext): GetDeliveryResponse | Promise<GetDeliveryResponse>;
  GetDeliveryDestination(input: GetDeliveryDestinationRequest, context: RequestContext): GetDeliveryDestinationResponse | Promise<GetDeliveryDestinationResponse>;
  GetDeliveryDestinationPolicy(input: GetDeliveryDestinationPolicyRequest, context: RequestContext): GetDeliveryDestinationPolicyResponse | Promise<GetDeliveryDestinationPolicyResponse>;
  GetDeliverySource(input: GetDeliverySourceRequest, context: RequestContext): GetDeliverySourceResponse | Promise<GetDeliverySourceResponse>;
  GetIntegration(input: GetIntegrationRequest, context: RequestContext): GetIntegrationResponse | Promise<GetIntegrationResponse>;
  GetLogAnomalyDetector(input: GetLogAnomalyDetectorRequest, context: RequestContext): GetLogAnomalyDetectorResponse | Promise<GetLogAnomalyDetectorResponse>;
  GetLogEvents(input: GetLogEventsRequest, context: RequestContext): GetLogEventsResponse | Promise<GetLogEventsResponse>;
  GetLogFields(input: GetLogFieldsRequest, context: RequestContext): GetLogFieldsResponse | Promise<GetLogFieldsResponse>;
  GetLogGroupFields(input: GetLogGroupFieldsRequest, context: RequestContext): GetLogGroupFieldsResponse | Promise<GetLogGroupFieldsResponse>;
  GetLogObject(input: GetLogObjectRequest, context: RequestContext): GetLogObjectResponse | Promise<GetLogObjectResponse>;
  GetLogRecord(input: GetLogRecordRequest, context: RequestContext): GetLogRecordResponse | Promise<GetLogRecordResponse>;
  GetLookupTable(input: GetLookupTableRequest, context: RequestContext): GetLookupTableResponse | Promise<GetLookupTableResponse>;
  GetQueryResults(input: GetQueryResultsRequest, context: RequestContext): GetQueryResultsResponse | Promise<GetQueryResultsResponse>;
  GetScheduledQuery(input: GetScheduledQueryRequest, context: RequestContext): GetScheduledQueryResponse | Promise<GetScheduledQueryResponse>;
  GetScheduledQueryHistory(input: GetScheduledQueryHistoryRequest, context: RequestContext): GetScheduledQueryHistoryResponse | Promise<GetScheduledQueryHistoryResponse>;
  GetTransformer(input: GetTransformerRequest, context: RequestContext): GetTransformerResponse | Promise<GetTransformerResponse>;
  ListAggregateLogGroupSummaries(input: ListAggregateLogGroupSummariesRequest, context: RequestContext): ListAggregateLogGroupSummariesResponse | Promise<ListAggregateLogGroupSummariesResponse>;
  ListAnomalies(input: ListAnomaliesRequest, context: RequestContext): ListAnomaliesResponse | Promise<ListAnomaliesResponse>;
  ListIntegrations(input: ListIntegrationsRequest, context: RequestContext): ListIntegrationsResponse | Promise<ListIntegrationsResponse>;
  ListLogAnomalyDetectors(input: ListLogAnomalyDetectorsRequest, context: RequestContext): ListLogAnomalyDetectorsResponse | Promise<ListLogAnomalyDetectorsResponse>;
  ListLogGroups(input: ListLogGroupsRequest, context: RequestContext): ListLogGroupsResponse | Promise<ListLogGroupsResponse>;
  ListLogGroupsForQuery(input: ListLogGroupsForQueryRequest, context: RequestContext): ListLogGroupsForQueryResponse | Promise<ListLogGroupsForQueryResponse>;
  ListScheduledQueries(input: ListScheduledQueriesRequest, context: RequestContext): ListScheduledQueriesResponse | Promise<ListScheduledQueriesResponse>;
  ListSourcesForS3TableIntegration(input: ListSourcesForS3TableIntegrationRequest, context: RequestContext): ListSourcesForS3TableIntegrationResponse | Promise<ListSourcesForS3TableIntegrationResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  ListTagsLogGroup(input: ListTagsLogGroupRequest, context: RequestContext): ListTagsLogGroupResponse | Promise<ListTagsLogGroupResponse>;
  PutAccountPolicy(input: PutAccountPolicyRequest, context: RequestContext): PutAccountPolicyResponse | Promise<PutAccountPolicyResponse>;
  PutBearerTokenAuthentication(input: PutBearerTokenAuthenticationRequest, context: RequestContext): void | Promise<void>;
  PutDataProtectionPolicy(input: PutDataProtectionPolicyRequest, context: RequestContext): PutDataProtectionPolicyResponse | Promise<PutDataProtectionPolicyResponse>;
  PutDeliveryDestination(input: PutDeliveryDestinationRequest, context: RequestContext): PutDeliveryDestinationResponse | Promise<PutDeliveryDestinationResponse>;
  PutDeliveryDestinationPolicy(input: PutDeliveryDestinationPolicyRequest, context: RequestContext): PutDeliveryDestinationPolicyResponse | Promise<PutDeliveryDestinationPolicyResponse>;
  PutDeliverySource(input: PutDeliverySourceRequest, context: RequestContext): PutDeliverySourceResponse | Promise<PutDeliverySourceResponse>;
  PutDestination(input: PutDestinationRequest, context: RequestContext): PutDestinationResponse | Promise<PutDestinationResponse>;
  PutDestinationPolicy(input: PutDestinationPolicyRequest, context: RequestContext): void | Promise<void>;
  PutIndexPolicy(input: PutIndexPolicyRequest, context: RequestContext): PutIndexPolicyResponse | Promise<PutIndexPolicyResponse>;
  PutIntegration(input: PutIntegrationRequest, context: RequestContext): PutIntegrationResponse | Promise<PutIntegrationResponse>;
  PutLogEvents(input: PutLogEventsRequest, context: RequestContext): PutLogEventsResponse | Promise<PutLogEventsResponse>;
  PutLogGroupDeletionProtection(input: PutLogGroupDeletionProtectionRequest, context: RequestContext): void | Promise<void>;
  PutMetricFilter(input: PutMetricFilterRequest, context: RequestContext): void | Promise<void>;
  PutQueryDefinition(input: PutQueryDefinitionRequest, context: RequestContext): PutQueryDefinitionResponse | Promise<PutQueryDefinitionResponse>;
  PutResourcePolicy(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResponse | Promise<PutResourcePolicyResponse>;
  PutRetentionPolicy(input: PutRetentionPolicyRequest, context: RequestContext): void | Promise<void>;
  PutSubscriptionFilter(input: PutSubscriptionFilterRequest, context: RequestContext): void | Promise<void>;
  PutTransformer(input: PutTransformerRequest, context: RequestContext): void | Promise<void>;
  StartLiveTail(input: StartLiveTailRequest, context: RequestContext): StartLiveTailResponse | Promise<StartLiveTailResponse>;
  StartQuery(input: StartQueryRequest, context: RequestContext): StartQueryResponse | Promise<StartQueryResponse>;
  StopQuery(input: StopQueryRequest, context: RequestContext): StopQueryResponse | Promise<StopQueryResponse>;
  TagLogGroup(input: TagLogGroupRequest, context: RequestContext): void | Promise<void>;
  TagResource(input: TagResourceRequest, context: RequestContext): void | Promise<void>;
  TestMetricFilter(input: TestMetricFilterRequest, context: RequestContext): TestMetricFilterResponse | Promise<TestMetricFilterResponse>;
  TestTransformer(input: TestTransformerRequest, context: RequestContext): TestTransformerResponse | Promise<TestTransformerResponse>;
  UntagLogGroup(input: UntagLogGroupRequest, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): void | Promise<void>;
  UpdateAnomaly(input: UpdateAnomalyRequest, context: RequestContext): void | Promise<void>;
  UpdateDeliveryConfiguration(input: UpdateDeliveryConfigurationRequest, context: RequestContext): UpdateDeliveryConfigurationResponse | Promise<UpdateDeliveryConfigurationResponse>;
  UpdateLogAnomalyDetector(input: UpdateLogAnomalyDetectorRequest, context: RequestContext): void | Promise<void>;
  UpdateLookupTable(input: UpdateLookupTableRequest, context: RequestContext): UpdateLookupTableResponse | Promise<UpdateLookupTableResponse>;
  UpdateScheduledQuery(input: UpdateScheduledQueryRequest, context: RequestContext): UpdateScheduledQueryResponse | Promise<UpdateScheduledQueryResponse>;
}
