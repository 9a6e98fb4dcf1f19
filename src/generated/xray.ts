// Generated from models/xray.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface BatchGetTracesRequest {
  NextToken?: string;
  TraceIds: Array<string>;
}

export interface BatchGetTracesResult {
  NextToken?: string;
  Traces?: Array<Trace>;
  UnprocessedTraceIds?: Array<string>;
}

export interface CancelTraceRetrievalRequest {
  RetrievalToken: string;
}

export interface CancelTraceRetrievalResult {
}

export interface CreateGroupRequest {
  FilterExpression?: string;
  GroupName: string;
  InsightsConfiguration?: InsightsConfiguration;
  Tags?: Array<TagShape>;
}

export interface CreateGroupResult {
  Group?: Group;
}

export interface CreateSamplingRuleRequest {
  SamplingRule: SamplingRule;
  Tags?: Array<TagShape>;
}

export interface CreateSamplingRuleResult {
  SamplingRuleRecord?: SamplingRuleRecord;
}

export interface DeleteGroupRequest {
  GroupARN?: string;
  GroupName?: string;
}

export interface DeleteGroupResult {
}

export interface DeleteResourcePolicyRequest {
  PolicyName: string;
  PolicyRevisionId?: string;
}

export interface DeleteResourcePolicyResult {
}

export interface DeleteSamplingRuleRequest {
  RuleARN?: string;
  RuleName?: string;
}

export interface DeleteSamplingRuleResult {
  SamplingRuleRecord?: SamplingRuleRecord;
}

export interface GetEncryptionConfigRequest {
}

export interface GetEncryptionConfigResult {
  EncryptionConfig?: EncryptionConfig;
}

export interface GetGroupRequest {
  GroupARN?: string;
  GroupName?: string;
}

export interface GetGroupResult {
  Group?: Group;
}

export interface GetGroupsRequest {
  NextToken?: string;
}

export interface GetGroupsResult {
  Groups?: Array<GroupSummary>;
  NextToken?: string;
}

export interface GetIndexingRulesRequest {
  NextToken?: string;
}

export interface GetIndexingRulesResult {
  IndexingRules?: Array<IndexingRule>;
  NextToken?: string;
}

export interface GetInsightRequest {
  InsightId: string;
}

export interface GetInsightResult {
  Insight?: Insight;
}

export interface GetInsightEventsRequest {
  InsightId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface GetInsightEventsResult {
  InsightEvents?: Array<InsightEvent>;
  NextToken?: string;
}

export interface GetInsightImpactGraphRequest {
  EndTime: Date;
  InsightId: string;
  NextToken?: string;
  StartTime: Date;
}

export interface GetInsightImpactGraphResult {
  EndTime?: Date;
  InsightId?: string;
  NextToken?: string;
  ServiceGraphEndTime?: Date;
  ServiceGraphStartTime?: Date;
  Services?: Array<InsightImpactGraphService>;
  StartTime?: Date;
}

export interface GetInsightSummariesRequest {
  EndTime: Date;
  GroupARN?: string;
  GroupName?: string;
  MaxResults?: number;
  NextToken?: string;
  StartTime: Date;
  States?: Array<"ACTIVE" | "CLOSED">;
}

export interface GetInsightSummariesResult {
  InsightSummaries?: Array<InsightSummary>;
  NextToken?: string;
}

export interface GetRetrievedTracesGraphRequest {
  NextToken?: string;
  RetrievalToken: string;
}

export interface GetRetrievedTracesGraphResult {
  NextToken?: string;
  RetrievalStatus?: "SCHEDULED" | "RUNNING" | "COMPLETE" | "FAILED" | "CANCELLED" | "TIMEOUT";
  Services?: Array<RetrievedService>;
}

export interface GetSamplingRulesRequest {
  NextToken?: string;
}

export interface GetSamplingRulesResult {
  NextToken?: string;
  SamplingRuleRecords?: Array<SamplingRuleRecord>;
}

export interface GetSamplingStatisticSummariesRequest {
  NextToken?: string;
}

export interface GetSamplingStatisticSummariesResult {
  NextToken?: string;
  SamplingStatisticSummaries?: Array<SamplingStatisticSummary>;
}

export interface GetSamplingTargetsRequest {
  SamplingBoostStatisticsDocuments?: Array<SamplingBoostStatisticsDocument>;
  SamplingStatisticsDocuments: Array<SamplingStatisticsDocument>;
}

export interface GetSamplingTargetsResult {
  LastRuleModification?: Date;
  SamplingTargetDocuments?: Array<SamplingTargetDocument>;
  UnprocessedBoostStatistics?: Array<UnprocessedStatistics>;
  UnprocessedStatistics?: Array<UnprocessedStatistics>;
}

export interface GetServiceGraphRequest {
  EndTime: Date;
  GroupARN?: string;
  GroupName?: string;
  NextToken?: string;
  StartTime: Date;
}

export interface GetServiceGraphResult {
  ContainsOldGroupVersions?: boolean;
  EndTime?: Date;
  NextToken?: string;
  Services?: Array<Service>;
  StartTime?: Date;
}

export interface GetTimeSeriesServiceStatisticsRequest {
  EndTime: Date;
  EntitySelectorExpression?: string;
  ForecastStatistics?: boolean;
  GroupARN?: string;
  GroupName?: string;
  NextToken?: string;
  Period?: number;
  StartTime: Date;
}

export interface GetTimeSeriesServiceStatisticsResult {
  ContainsOldGroupVersions?: boolean;
  NextToken?: string;
  TimeSeriesServiceStatistics?: Array<TimeSeriesServiceStatistics>;
}

export interface GetTraceGraphRequest {
  NextToken?: string;
  TraceIds: Array<string>;
}

export interface GetTraceGraphResult {
  NextToken?: string;
  Services?: Array<Service>;
}

export interface GetTraceSegmentDestinationRequest {
}

export interface GetTraceSegmentDestinationResult {
  Destination?: "XRay" | "CloudWatchLogs";
  Status?: "PENDING" | "ACTIVE";
}

export interface GetTraceSummariesRequest {
  EndTime: Date;
  FilterExpression?: string;
  NextToken?: string;
  Sampling?: boolean;
  SamplingStrategy?: SamplingStrategy;
  StartTime: Date;
  TimeRangeType?: "TraceId" | "Event" | "Service";
}

export interface GetTraceSummariesResult {
  ApproximateTime?: Date;
  NextToken?: string;
  TraceSummaries?: Array<TraceSummary>;
  TracesProcessedCount?: number;
}

export interface ListResourcePoliciesRequest {
  NextToken?: string;
}

export interface ListResourcePoliciesResult {
  NextToken?: string;
  ResourcePolicies?: Array<ResourcePolicy>;
}

export interface ListRetrievedTracesRequest {
  NextToken?: string;
  RetrievalToken: string;
  TraceFormat?: "XRAY" | "OTEL";
}

export interface ListRetrievedTracesResult {
  NextToken?: string;
  RetrievalStatus?: "SCHEDULED" | "RUNNING" | "COMPLETE" | "FAILED" | "CANCELLED" | "TIMEOUT";
  TraceFormat?: "XRAY" | "OTEL";
  Traces?: Array<RetrievedTrace>;
}

export interface ListTagsForResourceRequest {
  NextToken?: string;
  ResourceARN: string;
}

export interface ListTagsForResourceResponse {
  NextToken?: string;
  Tags?: Array<TagShape>;
}

export interface PutEncryptionConfigRequest {
  KeyId?: string;
  Type: "NONE" | "KMS";
}

export interface PutEncryptionConfigResult {
  EncryptionConfig?: EncryptionConfig;
}

export interface PutResourcePolicyRequest {
  BypassPolicyLockoutCheck?: boolean;
  PolicyDocument: string;
  PolicyName: string;
  PolicyRevisionId?: string;
}

export interface PutResourcePolicyResult {
  ResourcePolicy?: ResourcePolicy;
}

export interface PutTelemetryRecordsRequest {
  EC2InstanceId?: string;
  Hostname?: string;
  ResourceARN?: string;
  TelemetryRecords: Array<TelemetryRecord>;
}

export interface PutTelemetryRecordsResult {
}

export interface PutTraceSegmentsRequest {
  TraceSegmentDocuments: Array<string>;
}

export interface PutTraceSegmentsResult {
  UnprocessedTraceSegments?: Array<UnprocessedTraceSegment>;
}

export interface StartTraceRetrievalRequest {
  EndTime: Date;
  StartTime: Date;
  TraceIds: Array<string>;
}

export interface StartTraceRetrievalResult {
  RetrievalToken?: string;
}

export interface TagResourceRequest {
  ResourceARN: string;
  Tags: Array<TagShape>;
}

export interface TagResourceResponse {
}

export interface UntagResourceRequest {
  ResourceARN: string;
  TagKeys: Array<string>;
}

export interface UntagResourceResponse {
}

export interface UpdateGroupRequest {
  FilterExpression?: string;
  GroupARN?: string;
  GroupName?: string;
  InsightsConfiguration?: InsightsConfiguration;
}

export interface UpdateGroupResult {
  Group?: Group;
}

export interface UpdateIndexingRuleRequest {
  Name: string;
  Rule: IndexingRuleValueUpdate;
}

export interface UpdateIndexingRuleResult {
  IndexingRule?: IndexingRule;
}

export interface UpdateSamplingRuleRequest {
  SamplingRuleUpdate: SamplingRuleUpdate;
}

export interface UpdateSamplingRuleResult {
  SamplingRuleRecord?: SamplingRuleRecord;
}

export interface UpdateTraceSegmentDestinationRequest {
  Destination?: "XRay" | "CloudWatchLogs";
}

export interface UpdateTraceSegmentDestinationResult {
  Destination?: "XRay" | "CloudWatchLogs";
  Status?: "PENDING" | "ACTIVE";
}

export interface InvalidPolicyRevisionIdException {
  Message?: string;
}

export interface InvalidRequestException {
  Message?: string;
}

export interface LockoutPreventionException {
  Message?: string;
}

export interface MalformedPolicyDocumentException {
  Message?: string;
}

export interface PolicyCountLimitExceededException {
  Message?: string;
}

export interface PolicySizeLimitExceededException {
  Message?: string;
}

export interface ResourceNotFoundException {
  Message?: string;
  ResourceName?: string;
}

export interface RuleLimitExceededException {
  Message?: string;
}

export interface ThrottledException {
  Message?: string;
}

export interface TooManyTagsException {
  Message?: string;
  ResourceName?: string;
}

export interface Trace {
  Duration?: number;
  Id?: string;
  LimitExceeded?: boolean;
  Segments?: Array<Segment>;
}

export interface InsightsConfiguration {
  InsightsEnabled?: boolean;
  NotificationsEnabled?: boolean;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface Group {
  FilterExpression?: string;
  GroupARN?: string;
  GroupName?: string;
  InsightsConfiguration?: InsightsConfiguration;
}

export interface SamplingRule {
  Attributes?: Record<string, string>;
  FixedRate: number;
  HTTPMethod: string;
  Host: string;
  Priority: number;
  ReservoirSize: number;
  ResourceARN: string;
  RuleARN?: string;
  RuleName?: string;
  SamplingRateBoost?: SamplingRateBoost;
  ServiceName: string;
  ServiceType: string;
  URLPath: string;
  Version: number;
}

export interface SamplingRuleRecord {
  CreatedAt?: Date;
  ModifiedAt?: Date;
  SamplingRule?: SamplingRule;
}

export interface EncryptionConfig {
  KeyId?: string;
  Status?: "UPDATING" | "ACTIVE";
  Type?: "NONE" | "KMS";
}

export interface GroupSummary {
  FilterExpression?: string;
  GroupARN?: string;
  GroupName?: string;
  InsightsConfiguration?: InsightsConfiguration;
}

export interface IndexingRule {
  ModifiedAt?: Date;
  Name?: string;
  Rule?: IndexingRuleValue;
}

export interface Insight {
  Categories?: Array<"FAULT">;
  ClientRequestImpactStatistics?: RequestImpactStatistics;
  EndTime?: Date;
  GroupARN?: string;
  GroupName?: string;
  InsightId?: string;
  RootCauseServiceId?: ServiceId;
  RootCauseServiceRequestImpactStatistics?: RequestImpactStatistics;
  StartTime?: Date;
  State?: "ACTIVE" | "CLOSED";
  Summary?: string;
  TopAnomalousServices?: Array<AnomalousService>;
}

export interface InsightEvent {
  ClientRequestImpactStatistics?: RequestImpactStatistics;
  EventTime?: Date;
  RootCauseServiceRequestImpactStatistics?: RequestImpactStatistics;
  Summary?: string;
  TopAnomalousServices?: Array<AnomalousService>;
}

export interface InsightImpactGraphService {
  AccountId?: string;
  Edges?: Array<InsightImpactGraphEdge>;
  Name?: string;
  Names?: Array<string>;
  ReferenceId?: number;
  Type?: string;
}

export interface InsightSummary {
  Categories?: Array<"FAULT">;
  ClientRequestImpactStatistics?: RequestImpactStatistics;
  EndTime?: Date;
  GroupARN?: string;
  GroupName?: string;
  InsightId?: string;
  LastUpdateTime?: Date;
  RootCauseServiceId?: ServiceId;
  RootCauseServiceRequestImpactStatistics?: RequestImpactStatistics;
  StartTime?: Date;
  State?: "ACTIVE" | "CLOSED";
  Summary?: string;
  TopAnomalousServices?: Array<AnomalousService>;
}

export interface RetrievedService {
  Links?: Array<GraphLink>;
  Service?: Service;
}

export interface SamplingStatisticSummary {
  BorrowCount?: number;
  RequestCount?: number;
  RuleName?: string;
  SampledCount?: number;
  Timestamp?: Date;
}

export interface SamplingBoostStatisticsDocument {
  AnomalyCount: number;
  RuleName: string;
  SampledAnomalyCount: number;
  ServiceName: string;
  Timestamp: Date;
  TotalCount: number;
}

export interface SamplingStatisticsDocument {
  BorrowCount?: number;
  ClientID: string;
  RequestCount: number;
  RuleName: string;
  SampledCount: number;
  Timestamp: Date;
}

export interface SamplingTargetDocument {
  FixedRate?: number;
  Interval?: number;
  ReservoirQuota?: number;
  ReservoirQuotaTTL?: Date;
  RuleName?: string;
  SamplingBoost?: SamplingBoost;
}

export interface UnprocessedStatistics {
  ErrorCode?: string;
  Message?: string;
  RuleName?: string;
}

export interface Service {
  AccountId?: string;
  DurationHistogram?: Array<HistogramEntry>;
  Edges?: Array<Edge>;
  EndTime?: Date;
  Name?: string;
  Names?: Array<string>;
  ReferenceId?: number;
  ResponseTimeHistogram?: Array<HistogramEntry>;
  Root?: boolean;
  StartTime?: Date;
  State?: string;
  SummaryStatistics?: ServiceStatistics;
  Type?: string;
}

export interface TimeSeriesServiceStatistics {
  EdgeSummaryStatistics?: EdgeStatistics;
  ResponseTimeHistogram?: Array<HistogramEntry>;
  ServiceForecastStatistics?: ForecastStatistics;
  ServiceSummaryStatistics?: ServiceStatistics;
  Timestamp?: Date;
}

export interface SamplingStrategy {
  Name?: "PartialScan" | "FixedRate";
  Value?: number;
}

export interface TraceSummary {
  Annotations?: Record<string, Array<ValueWithServiceIds>>;
  AvailabilityZones?: Array<AvailabilityZoneDetail>;
  Duration?: number;
  EntryPoint?: ServiceId;
  ErrorRootCauses?: Array<ErrorRootCause>;
  FaultRootCauses?: Array<FaultRootCause>;
  HasError?: boolean;
  HasFault?: boolean;
  HasThrottle?: boolean;
  Http?: Http;
  Id?: string;
  InstanceIds?: Array<InstanceIdDetail>;
  IsPartial?: boolean;
  MatchedEventTime?: Date;
  ResourceARNs?: Array<ResourceARNDetail>;
  ResponseTime?: number;
  ResponseTimeRootCauses?: Array<ResponseTimeRootCause>;
  Revision?: number;
  ServiceIds?: Array<ServiceId>;
  StartTime?: Date;
  Users?: Array<TraceUser>;
}

export interface ResourcePolicy {
  LastUpdatedTime?: Date;
  PolicyDocument?: string;
  PolicyName?: string;
  PolicyRevisionId?: string;
}

export interface RetrievedTrace {
  Duration?: number;
  Id?: string;
  Spans?: Array<Span>;
}

export interface TelemetryRecord {
  BackendConnectionErrors?: BackendConnectionErrors;
  SegmentsReceivedCount?: number;
  SegmentsRejectedCount?: number;
  SegmentsSentCount?: number;
  SegmentsSpilloverCount?: number;
  Timestamp: Date;
}

export interface UnprocessedTraceSegment {
  ErrorCode?: string;
  Id?: string;
  Message?: string;
}

export interface IndexingRuleValueUpdate {
  Probabilistic?: ProbabilisticRuleValueUpdate;
}

export interface SamplingRuleUpdate {
  Attributes?: Record<string, string>;
  FixedRate?: number;
  HTTPMethod?: string;
  Host?: string;
  Priority?: number;
  ReservoirSize?: number;
  ResourceARN?: string;
  RuleARN?: string;
  RuleName?: string;
  SamplingRateBoost?: SamplingRateBoost;
  ServiceName?: string;
  ServiceType?: string;
  URLPath?: string;
}

export interface Segment {
  Document?: string;
  Id?: string;
}

export interface SamplingRateBoost {
  CooldownWindowMinutes: number;
  MaxRate: number;
}

export interface IndexingRuleValue {
  Probabilistic?: ProbabilisticRuleValue;
}

export interface RequestImpactStatistics {
  FaultCount?: number;
  OkCount?: number;
  TotalCount?: number;
}

export interface ServiceId {
  AccountId?: string;
  Name?: string;
  Names?: Array<string>;
  Type?: string;
}

export interface AnomalousService {
  ServiceId?: ServiceId;
}

export interface InsightImpactGraphEdge {
  ReferenceId?: number;
}

export interface GraphLink {
  DestinationTraceIds?: Array<string>;
  ReferenceType?: string;
  SourceTraceId?: string;
}

export interface SamplingBoost {
  BoostRate: number;
  BoostRateTTL: Date;
}

export interface HistogramEntry {
  Count?: number;
  Value?: number;
}

export interface Edge {
  Aliases?: Array<Alias>;
  EdgeType?: string;
  EndTime?: Date;
  ReceivedEventAgeHistogram?: Array<HistogramEntry>;
  ReferenceId?: number;
  ResponseTimeHistogram?: Array<HistogramEntry>;
  StartTime?: Date;
  SummaryStatistics?: EdgeStatistics;
}

export interface ServiceStatistics {
  ErrorStatistics?: ErrorStatistics;
  FaultStatistics?: FaultStatistics;
  OkCount?: number;
  TotalCount?: number;
  TotalResponseTime?: number;
}

export interface EdgeStatistics {
  ErrorStatistics?: ErrorStatistics;
  FaultStatistics?: FaultStatistics;
  OkCount?: number;
  TotalCount?: number;
  TotalResponseTime?: number;
}

export interface ForecastStatistics {
  FaultCountHigh?: number;
  FaultCountLow?: number;
}

export interface ValueWithServiceIds {
  AnnotationValue?: AnnotationValue;
  ServiceIds?: Array<ServiceId>;
}

export interface AvailabilityZoneDetail {
  Name?: string;
}

export interface ErrorRootCause {
  ClientImpacting?: boolean;
  Services?: Array<ErrorRootCauseService>;
}

export interface FaultRootCause {
  ClientImpacting?: boolean;
  Services?: Array<FaultRootCauseService>;
}

export interface Http {
  ClientIp?: string;
  HttpMethod?: string;
  HttpStatus?: number;
  HttpURL?: string;
  UserAgent?: string;
}

export interface InstanceIdDetail {
  Id?: string;
}

export interface ResourceARNDetail {
  ARN?: string;
}

export interface ResponseTimeRootCause {
  ClientImpacting?: boolean;
  Services?: Array<ResponseTimeRootCauseService>;
}

export interface TraceUser {
  ServiceIds?: Array<ServiceId>;
  UserName?: string;
}

export interface Span {
  Document?: string;
  Id?: string;
}

export interface BackendConnectionErrors {
  ConnectionRefusedCount?: number;
  HTTPCode4XXCount?: number;
  HTTPCode5XXCount?: number;
  OtherCount?: number;
  TimeoutCount?: number;
  UnknownHostCount?: number;
}

export interface ProbabilisticRuleValueUpdate {
  DesiredSamplingPercentage: number;
}

export interface ProbabilisticRuleValue {
  ActualSamplingPercentage?: number;
  DesiredSamplingPercentage: number;
}

export interface Alias {
  Name?: string;
  Names?: Array<string>;
  Type?: string;
}

export interface ErrorStatistics {
  OtherCount?: number;
  ThrottleCount?: number;
  TotalCount?: number;
}

export interface FaultStatistics {
  OtherCount?: number;
  TotalCount?: number;
}

export interface AnnotationValue {
  BooleanValue?: boolean;
  NumberValue?: number;
  StringValue?: string;
}

export interface ErrorRootCauseService {
  AccountId?: string;
  EntityPath?: Array<ErrorRootCauseEntity>;
  Inferred?: boolean;
  Name?: string;
  Names?: Array<string>;
  Type?: string;
}

export interface FaultRootCauseService {
  AccountId?: string;
  EntityPath?: Array<FaultRootCauseEntity>;
  Inferred?: boolean;
  Name?: string;
  Names?: Array<string>;
  Type?: string;
}

export interface ResponseTimeRootCauseService {
  AccountId?: string;
  EntityPath?: Array<ResponseTimeRootCauseEntity>;
  Inferred?: boolean;
  Name?: string;
  Names?: Array<string>;
  Type?: string;
}

export interface ErrorRootCauseEntity {
  Exceptions?: Array<RootCauseException>;
  Name?: string;
  Remote?: boolean;
}

export interface FaultRootCauseEntity {
  Exceptions?: Array<RootCauseException>;
  Name?: string;
  Remote?: boolean;
}

export interface ResponseTimeRootCauseEntity {
  Coverage?: number;
  Name?: string;
  Remote?: boolean;
}

export interface RootCauseException {
  Message?: string;
  Name?: string;
}

/** Every operation of AWS X-Ray; a provider implements the ones it serves. */
export interface XrayOperations {
  BatchGetTraces(input: BatchGetTracesRequest, context: RequestContext): BatchGetTracesResult | Promise<BatchGetTracesResult>;
  CancelTraceRetrieval(input: CancelTraceRetrievalRequest, context: RequestContext): CancelTraceRetrievalResult | Promise<CancelTraceRetrievalResult>;
  CreateGroup(input: CreateGroupRequest, context: RequestContext): CreateGroupResult | Promise<CreateGroupResult>;
  CreateSamplingRule(input: CreateSamplingRuleRequest, context: RequestContext): CreateSamplingRuleResult | Promise<CreateSamplingRuleResult>;
  DeleteGroup(input: DeleteGroupRequest, context: RequestContext): DeleteGroupResult | Promise<DeleteGroupResult>;
  DeleteResourcePolicy(input: DeleteResourcePolicyRequest, context: RequestContext): DeleteResourcePolicyResult | Promise<DeleteResourcePolicyResult>;
  DeleteSamplingRule(input: DeleteSamplingRuleRequest, context: RequestContext): DeleteSamplingRuleResult | Promise<DeleteSamplingRuleResult>;
  GetEncryptionConfig(input: GetEncryptionConfigRequest, context: RequestContext): GetEncryptionConfigResult | Promise<GetEncryptionConfigResult>;
  GetGroup(input: GetGroupRequest, context: RequestContext): GetGroupResult | Promise<GetGroupResult>;
  GetGroups(input: GetGroupsRequest, context: RequestContext): GetGroupsResult | Promise<GetGroupsResult>;
  GetIndexingRules(input: GetIndexingRulesRequest, context: RequestContext): GetIndexingRulesResult | Promise<GetIndexingRulesResult>;
  GetInsight(input: GetInsightRequest, context: RequestContext): GetInsightResult | Promise<GetInsightResult>;
  GetInsightEvents(input: GetInsightEventsRequest, context: RequestContext): GetInsightEventsResult | Promise<GetInsightEventsResult>;
  GetInsightImpactGraph(input: GetInsightImpactGraphRequest, context: RequestContext): GetInsightImpactGraphResult | Promise<GetInsightImpactGraphResult>;
  GetInsightSummaries(input: GetInsightSummariesRequest, context: RequestContext): GetInsightSummariesResult | Promise<GetInsightSummariesResult>;
  GetRetrievedTracesGraph(input: GetRetrievedTracesGraphRequest, context: RequestContext): GetRetrievedTracesGraphResult | Promise<GetRetrievedTracesGraphResult>;
  GetSamplingRules(input: GetSamplingRulesRequest, context: RequestContext): GetSamplingRulesResult | Promise<GetSamplingRulesResult>;
  GetSamplingStatisticSummaries(input: GetSamplingStatisticSummariesRequest, context: RequestContext): GetSamplingStatisticSummariesResult | Promise<GetSamplingStatisticSummariesResult>;
  GetSamplingTargets(input: GetSamplingTargetsRequest, context: RequestContext): GetSamplingTargetsResult | Promise<GetSamplingTargetsResult>;
  GetServiceGraph(input: GetServiceGraphRequest, context: RequestContext): GetServiceGraphResult | Promise<GetServiceGraphResult>;
  GetTimeSeriesServiceStatistics(input: GetTimeSeriesServiceStatisticsRequest, context: RequestContext): GetTimeSeriesServiceStatisticsResult | Promise<GetTimeSeriesServiceStatisticsResult>;
  GetTraceGraph(input: GetTraceGraphRequest, context: RequestContext): GetTraceGraphResult | Promise<GetTraceGraphResult>;
  GetTraceSegmentDestination(input: GetTraceSegmentDestinationRequest, context: RequestContext): GetTraceSegmentDestinationResult | Promise<GetTraceSegmentDestinationResult>;
  GetTraceSummaries(input: GetTraceSummariesRequest, context: RequestContext): GetTraceSummariesResult | Promise<GetTraceSummariesResult>;
  ListResourcePolicies(input: ListResourcePoliciesRequest, context: RequestContext): ListResourcePoliciesResult | Promise<ListResourcePoliciesResult>;
  ListRetrievedTraces(input: ListRetrievedTracesRequest, context: RequestContext): ListRetrievedTracesResult | Promise<ListRetrievedTracesResult>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  PutEncryptionConfig(input: PutEncryptionConfigRequest, context: RequestContext): PutEncryptionConfigResult | Promise<PutEncryptionConfigResult>;
  PutResourcePolicy(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResult | Promise<PutResourcePolicyResult>;
  PutTelemetryRecords(input: PutTelemetryRecordsRequest, context: RequestContext): PutTelemetryRecordsResult | Promise<PutTelemetryRecordsResult>;
  PutTraceSegments(input: PutTraceSegmentsRequest, context: RequestContext): PutTraceSegmentsResult | Promise<PutTraceSegmentsResult>;
  StartTraceRetrieval(input: StartTraceRetrievalRequest, context: RequestContext): StartTraceRetrievalResult | Promise<StartTraceRetrievalResult>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  UpdateGroup(input: UpdateGroupRequest, context: RequestContext): UpdateGroupResult | Promise<UpdateGroupResult>;
  UpdateIndexingRule(input: UpdateIndexingRuleRequest, context: RequestContext): UpdateIndexingRuleResult | Promise<UpdateIndexingRuleResult>;
  UpdateSamplingRule(input: UpdateSamplingRuleRequest, context: RequestContext): UpdateSamplingRuleResult | Promise<UpdateSamplingRuleResult>;
  UpdateTraceSegmentDestination(input: UpdateTraceSegmentDestinationRequest, context: RequestContext): UpdateTraceSegmentDestinationResult | Promise<UpdateTraceSegmentDestinationResult>;
}
