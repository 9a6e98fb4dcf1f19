// Generated from models/cloudwatch.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface DeleteAlarmMuteRuleInput {
  AlarmMuteRuleName: string;
}

export interface DeleteAlarmsInput {
  AlarmNames: Array<string>;
}

export interface DeleteAnomalyDetectorInput {
  Dimensions?: Array<Dimension>;
  MetricMathAnomalyDetector?: MetricMathAnomalyDetector;
  MetricName?: string;
  Namespace?: string;
  SingleMetricAnomalyDetector?: SingleMetricAnomalyDetector;
  Stat?: string;
}

export interface DeleteAnomalyDetectorOutput {
}

export interface DeleteDashboardsInput {
  DashboardNames: Array<string>;
}

export interface DeleteDashboardsOutput {
}

export interface DeleteInsightRulesInput {
  RuleNames: Array<string>;
}

export interface DeleteInsightRulesOutput {
  Failures?: Array<PartialFailure>;
}

export interface DeleteMetricStreamInput {
  Name: string;
}

export interface DeleteMetricStreamOutput {
}

export interface DescribeAlarmContributorsInput {
  AlarmName: string;
  NextToken?: string;
}

export interface DescribeAlarmContributorsOutput {
  AlarmContributors: Array<AlarmContributor>;
  NextToken?: string;
}

export interface DescribeAlarmHistoryInput {
  AlarmContributorId?: string;
  AlarmName?: string;
  AlarmTypes?: Array<"CompositeAlarm" | "MetricAlarm">;
  EndDate?: Date;
  HistoryItemType?: "ConfigurationUpdate" | "StateUpdate" | "Action" | "AlarmContributorStateUpdate" | "AlarmContributorAction";
  MaxRecords?: number;
  NextToken?: string;
  ScanBy?: "TimestampDescending" | "TimestampAscending";
  StartDate?: Date;
}

export interface DescribeAlarmHistoryOutput {
  AlarmHistoryItems?: Array<AlarmHistoryItem>;
  NextToken?: string;
}

export interface DescribeAlarmsInput {
  ActionPrefix?: string;
  AlarmNamePrefix?: string;
  AlarmNames?: Array<string>;
  AlarmTypes?: Array<"CompositeAlarm" | "MetricAlarm">;
  ChildrenOfAlarmName?: string;
  MaxRecords?: number;
  NextToken?: string;
  ParentsOfAlarmName?: string;
  StateValue?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
}

export interface DescribeAlarmsOutput {
  CompositeAlarms?: Array<CompositeAlarm>;
  MetricAlarms?: Array<MetricAlarm>;
  NextToken?: string;
}

export interface DescribeAlarmsForMetricInput {
  Dimensions?: Array<Dimension>;
  ExtendedStatistic?: string;
  MetricName: string;
  Namespace: string;
  Period?: number;
  Statistic?: "SampleCount" | "Average" | "Sum" | "Minimum" | "Maximum";
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface DescribeAlarmsForMetricOutput {
  MetricAlarms?: Array<MetricAlarm>;
}

export interface DescribeAnomalyDetectorsInput {
  AnomalyDetectorTypes?: Array<"SINGLE_METRIC" | "METRIC_MATH">;
  Dimensions?: Array<Dimension>;
  MaxResults?: number;
  MetricName?: string;
  Namespace?: string;
  NextToken?: string;
}

export interface DescribeAnomalyDetectorsOutput {
  AnomalyDetectors?: Array<AnomalyDetector>;
  NextToken?: string;
}

export interface DescribeInsightRulesInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInsightRulesOutput {
  InsightRules?: Array<InsightRule>;
  NextToken?: string;
}

export interface DisableAlarmActionsInput {
  AlarmNames: Array<string>;
}

export interface DisableInsightRulesInput {
  RuleNames: Array<string>;
}

export interface DisableInsightRulesOutput {
  Failures?: Array<PartialFailure>;
}

export interface EnableAlarmActionsInput {
  AlarmNames: Array<string>;
}

export interface EnableInsightRulesInput {
  RuleNames: Array<string>;
}

export interface EnableInsightRulesOutput {
  Failures?: Array<PartialFailure>;
}

export interface GetAlarmMuteRuleInput {
  AlarmMuteRuleName: string;
}

export interface GetAlarmMuteRuleOutput {
  AlarmMuteRuleArn?: string;
  Description?: string;
  ExpireDate?: Date;
  LastUpdatedTimestamp?: Date;
  MuteTargets?: MuteTargets;
  MuteType?: string;
  Name?: string;
  Rule?: Rule;
  StartDate?: Date;
  Status?: "SCHEDULED" | "ACTIVE" | "EXPIRED";
}

export interface GetDashboardInput {
  DashboardName: string;
}

export interface GetDashboardOutput {
  DashboardArn?: string;
  DashboardBody?: string;
  DashboardName?: string;
}

export interface GetInsightRuleReportInput {
  EndTime: Date;
  MaxContributorCount?: number;
  Metrics?: Array<string>;
  OrderBy?: string;
  Period: number;
  RuleName: string;
  StartTime: Date;
}

export interface GetInsightRuleReportOutput {
  AggregateValue?: number;
  AggregationStatistic?: string;
  ApproximateUniqueCount?: number;
  Contributors?: Array<InsightRuleContributor>;
  KeyLabels?: Array<string>;
  MetricDatapoints?: Array<InsightRuleMetricDatapoint>;
}

export interface GetMetricDataInput {
  EndTime: Date;
  LabelOptions?: LabelOptions;
  MaxDatapoints?: number;
  MetricDataQueries: Array<MetricDataQuery>;
  NextToken?: string;
  ScanBy?: "TimestampDescending" | "TimestampAscending";
  StartTime: Date;
}

export interface GetMetricDataOutput {
  Messages?: Array<MessageData>;
  MetricDataResults?: Array<MetricDataResult>;
  NextToken?: string;
}

export interface GetMetricStatisticsInput {
  Dimensions?: Array<Dimension>;
  EndTime: Date;
  ExtendedStatistics?: Array<string>;
  MetricName: string;
  Namespace: string;
  Period: number;
  StartTime: Date;
  Statistics?: Array<"SampleCount" | "Average" | "Sum" | "Minimum" | "Maximum">;
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface GetMetricStatisticsOutput {
  Datapoints?: Array<Datapoint>;
  Label?: string;
}

export interface GetMetricStreamInput {
  Name: string;
}

export interface GetMetricStreamOutput {
  Arn?: string;
  CreationDate?: Date;
  ExcludeFilters?: Array<MetricStreamFilter>;
  FirehoseArn?: string;
  IncludeFilters?: Array<MetricStreamFilter>;
  IncludeLinkedAccountsMetrics?: boolean;
  LastUpdateDate?: Date;
  Name?: string;
  OutputFormat?: "json" | "opentelemetry0.7" | "opentelemetry1.0";
  RoleArn?: string;
  State?: string;
  StatisticsConfigurations?: Array<MetricStreamStatisticsConfiguration>;
}

export interface GetMetricWidgetImageInput {
  MetricWidget: string;
  OutputFormat?: string;
}

export interface GetMetricWidgetImageOutput {
  MetricWidgetImage?: Buffer;
}

export interface GetOTelEnrichmentInput {
}

export interface GetOTelEnrichmentOutput {
  Status: "Running" | "Stopped";
}

export interface ListAlarmMuteRulesInput {
  AlarmName?: string;
  MaxRecords?: number;
  NextToken?: string;
  Statuses?: Array<"SCHEDULED" | "ACTIVE" | "EXPIRED">;
}

export interface ListAlarmMuteRulesOutput {
  AlarmMuteRuleSummaries?: Array<AlarmMuteRuleSummary>;
  NextToken?: string;
}

export interface ListDashboardsInput {
  DashboardNamePrefix?: string;
  NextToken?: string;
}

export interface ListDashboardsOutput {
  DashboardEntries?: Array<DashboardEntry>;
  NextToken?: string;
}

export interface ListManagedInsightRulesInput {
  MaxResults?: number;
  NextToken?: string;
  ResourceARN: string;
}

export interface ListManagedInsightRulesOutput {
  ManagedRules?: Array<ManagedRuleDescription>;
  NextToken?: string;
}

export interface ListMetricsInput {
  Dimensions?: Array<DimensionFilter>;
  IncludeLinkedAccounts?: boolean;
  MetricName?: string;
  Namespace?: string;
  NextToken?: string;
  OwningAccount?: string;
  RecentlyActive?: "PT3H";
}

export interface ListMetricsOutput {
  Metrics?: Array<Metric>;
  NextToken?: string;
  OwningAccounts?: Array<string>;
}

export interface ListMetricStreamsInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListMetricStreamsOutput {
  Entries?: Array<MetricStreamEntry>;
  NextToken?: string;
}

export interface ListTagsForResourceInput {
  ResourceARN: string;
}

export interface ListTagsForResourceOutput {
  Tags?: Array<TagShape>;
}

export interface PutAlarmMuteRuleInput {
  Description?: string;
  ExpireDate?: Date;
  MuteTargets?: MuteTargets;
  Name: string;
  Rule: Rule;
  StartDate?: Date;
  Tags?: Array<TagShape>;
}

export interface PutAnomalyDetectorInput {
  Configuration?: AnomalyDetectorConfiguration;
  Dimensions?: Array<Dimension>;
  MetricCharacteristics?: MetricCharacteristics;
  MetricMathAnomalyDetector?: MetricMathAnomalyDetector;
  MetricName?: string;
  Namespace?: string;
  SingleMetricAnomalyDetector?: SingleMetricAnomalyDetector;
  Stat?: string;
}

export interface PutAnomalyDetectorOutput {
}

export interface PutCompositeAlarmInput {
  ActionsEnabled?: boolean;
  ActionsSuppressor?: string;
  ActionsSuppressorExtensionPeriod?: number;
  ActionsSuppressorWaitPeriod?: number;
  AlarmActions?: Array<string>;
  AlarmDescription?: string;
  AlarmName: string;
  AlarmRule: string;
  InsufficientDataActions?: Array<string>;
  OKActions?: Array<string>;
  Tags?: Array<TagShape>;
}

export interface PutDashboardInput {
  DashboardBody: string;
  DashboardName: string;
  Tags?: Array<TagShape>;
}

export interface PutDashboardOutput {
  DashboardValidationMessages?: Array<DashboardValidationMessage>;
}

export interface PutInsightRuleInput {
  ApplyOnTransformedLogs?: boolean;
  RuleDefinition: string;
  RuleName: string;
  RuleState?: string;
  Tags?: Array<TagShape>;
}

export interface PutInsightRuleOutput {
}

export interface PutManagedInsightRulesInput {
  ManagedRules: Array<ManagedRule>;
}

export interface PutManagedInsightRulesOutput {
  Failures?: Array<PartialFailure>;
}

export interface PutMetricAlarmInput {
  ActionsEnabled?: boolean;
  AlarmActions?: Array<string>;
  AlarmDescription?: string;
  AlarmName: string;
  ComparisonOperator?: "GreaterThanOrEqualToThreshold" | "GreaterThanThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold" | "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
  DatapointsToAlarm?: number;
  Dimensions?: Array<Dimension>;
  EvaluateLowSampleCountPercentile?: string;
  EvaluationCriteria?: EvaluationCriteria;
  EvaluationInterval?: number;
  EvaluationPeriods?: number;
  ExtendedStatistic?: string;
  InsufficientDataActions?: Array<string>;
  MetricName?: string;
  Metrics?: Array<MetricDataQuery>;
  Namespace?: string;
  OKActions?: Array<string>;
  Period?: number;
  Statistic?: "SampleCount" | "Average" | "Sum" | "Minimum" | "Maximum";
  Tags?: Array<TagShape>;
  Threshold?: number;
  ThresholdMetricId?: string;
  TreatMissingData?: string;
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface PutMetricDataInput {
  EntityMetricData?: Array<EntityMetricData>;
  MetricData?: Array<MetricDatum>;
  Namespace: string;
  StrictEntityValidation?: boolean;
}

export interface PutMetricStreamInput {
  ExcludeFilters?: Array<MetricStreamFilter>;
  FirehoseArn: string;
  IncludeFilters?: Array<MetricStreamFilter>;
  IncludeLinkedAccountsMetrics?: boolean;
  Name: string;
  OutputFormat: "json" | "opentelemetry0.7" | "opentelemetry1.0";
  RoleArn: string;
  StatisticsConfigurations?: Array<MetricStreamStatisticsConfiguration>;
  Tags?: Array<TagShape>;
}

export interface PutMetricStreamOutput {
  Arn?: string;
}

export interface SetAlarmStateInput {
  AlarmName: string;
  StateReason: string;
  StateReasonData?: string;
  StateValue: "OK" | "ALARM" | "INSUFFICIENT_DATA";
}

export interface StartMetricStreamsInput {
  Names: Array<string>;
}

export interface StartMetricStreamsOutput {
}

export interface StartOTelEnrichmentInput {
}

export interface StartOTelEnrichmentOutput {
}

export interface StopMetricStreamsInput {
  Names: Array<string>;
}

export interface StopMetricStreamsOutput {
}

export interface StopOTelEnrichmentInput {
}

export interface StopOTelEnrichmentOutput {
}

export interface TagResourceInput {
  ResourceARN: string;
  Tags: Array<TagShape>;
}

export interface TagResourceOutput {
}

export interface UntagResourceInput {
  ResourceARN: string;
  TagKeys: Array<string>;
}

export interface UntagResourceOutput {
}

export interface ConcurrentModificationException {
}

export interface ConflictException {
  Message?: string;
}

export interface DashboardInvalidInputError {
  dashboardValidationMessages?: Array<DashboardValidationMessage>;
  message?: string;
}

export interface DashboardNotFoundError {
  message?: string;
}

export interface InternalServiceFault {
  Message?: string;
}

export interface InvalidFormatFault {
  message?: string;
}

export interface InvalidNextToken {
  message?: string;
}

export interface InvalidParameterCombinationException {
  message?: string;
}

export interface InvalidParameterValueException {
  message?: string;
}

export interface LimitExceededException {
}

export interface LimitExceededFault {
  message?: string;
}

export interface MissingRequiredParameterException {
  message?: string;
}

export interface ResourceNotFound {
  message?: string;
}

export interface ResourceNotFoundException {
  ResourceId?: string;
  ResourceType?: string;
}

export interface Dimension {
  Name: string;
  Value: string;
}

export interface MetricMathAnomalyDetector {
  MetricDataQueries?: Array<MetricDataQuery>;
}

export interface SingleMetricAnomalyDetector {
  AccountId?: string;
  Dimensions?: Array<Dimension>;
  MetricName?: string;
  Namespace?: string;
  Stat?: string;
}

export interface PartialFailure {
  ExceptionType?: string;
  FailureCode?: string;
  FailureDescription?: string;
  FailureResource?: string;
}

export interface AlarmContributor {
  ContributorAttributes: Record<string, string>;
  ContributorId: string;
  StateReason: string;
  StateTransitionedTimestamp?: Date;
}

export interface AlarmHistoryItem {
  AlarmContributorAttributes?: Record<string, string>;
  AlarmContributorId?: string;
  AlarmName?: string;
  AlarmType?: "CompositeAlarm" | "MetricAlarm";
  HistoryData?: string;
  HistoryItemType?: "ConfigurationUpdate" | "StateUpdate" | "Action" | "AlarmContributorStateUpdate" | "AlarmContributorAction";
  HistorySummary?: string;
  Timestamp?: Date;
}

export interface CompositeAlarm {
  ActionsEnabled?: boolean;
  ActionsSuppressedBy?: "WaitPeriod" | "ExtensionPeriod" | "Alarm";
  ActionsSuppressedReason?: string;
  ActionsSuppressor?: string;
  ActionsSuppressorExtensionPeriod?: number;
  ActionsSuppressorWaitPeriod?: number;
  AlarmActions?: Array<string>;
  AlarmArn?: string;
  AlarmConfigurationUpdatedTimestamp?: Date;
  AlarmDescription?: string;
  AlarmName?: string;
  AlarmRule?: string;
  InsufficientDataActions?: Array<string>;
  OKActions?: Array<string>;
  StateReason?: string;
  StateReasonData?: string;
  StateTransitionedTimestamp?: Date;
  StateUpdatedTimestamp?: Date;
  StateValue?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
}

export interface MetricAlarm {
  ActionsEnabled?: boolean;
  AlarmActions?: Array<string>;
  AlarmArn?: string;
  AlarmConfigurationUpdatedTimestamp?: Date;
  AlarmDescription?: string;
  AlarmName?: string;
  ComparisonOperator?: "GreaterThanOrEqualToThreshold" | "GreaterThanThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold" | "LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold";
  DatapointsToAlarm?: number;
  Dimensions?: Array<Dimension>;
  EvaluateLowSampleCountPercentile?: string;
  EvaluationCriteria?: EvaluationCriteria;
  EvaluationInterval?: number;
  EvaluationPeriods?: number;
  EvaluationState?: "PARTIAL_DATA" | "EVALUATION_FAILURE" | "EVALUATION_ERROR";
  ExtendedStatistic?: string;
  InsufficientDataActions?: Array<string>;
  MetricName?: string;
  Metrics?: Array<MetricDataQuery>;
  Namespace?: string;
  OKActions?: Array<string>;
  Period?: number;
  StateReason?: string;
  StateReasonData?: string;
  StateTransitionedTimestamp?: Date;
  StateUpdatedTimestamp?: Date;
  StateValue?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
  Statistic?: "SampleCount" | "Average" | "Sum" | "Minimum" | "Maximum";
  Threshold?: number;
  ThresholdMetricId?: string;
  TreatMissingData?: string;
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface AnomalyDetector {
  Configuration?: AnomalyDetectorConfiguration;
  Dimensions?: Array<Dimension>;
  MetricCharacteristics?: MetricCharacteristics;
  MetricMathAnomalyDetector?: MetricMathAnomalyDetector;
  MetricName?: string;
  Namespace?: string;
  SingleMetricAnomalyDetector?: SingleMetricAnomalyDetector;
  Stat?: string;
  StateValue?: "PENDING_TRAINING" | "TRAINED_INSUFFICIENT_DATA" | "TRAINED";
}

export interface InsightRule {
  ApplyOnTransformedLogs?: boolean;
  Definition: string;
  ManagedRule?: boolean;
  Name: string;
  Schema: string;
  State: string;
}

export interface MuteTargets {
  AlarmNames: Array<string>;
}

export interface Rule {
  Schedule: Schedule;
}

export interface InsightRuleContributor {
  ApproximateAggregateValue: number;
  Datapoints: Array<InsightRuleContributorDatapoint>;
  Keys: Array<string>;
}

export interface InsightRuleMetricDatapoint {
  Average?: number;
  MaxContributorValue?: number;
  Maximum?: number;
  Minimum?: number;
  SampleCount?: number;
  Sum?: number;
  Timestamp: Date;
  UniqueContributors?: number;
}

export interface LabelOptions {
  Timezone?: string;
}

export interface MetricDataQuery {
  AccountId?: string;
  Expression?: string;
  Id: string;
  Label?: string;
  MetricStat?: MetricStat;
  Period?: number;
  ReturnData?: boolean;
}

export interface MessageData {
  Code?: string;
  Value?: string;
}

export interface MetricDataResult {
  Id?: string;
  Label?: string;
  Messages?: Array<MessageData>;
  StatusCode?: "Complete" | "InternalError" | "PartialData" | "Forbidden";
  Timestamps?: Array<Date>;
  Values?: Array<number>;
}

export interface Datapoint {
  Average?: number;
  ExtendedStatistics?: Record<string, number>;
  Maximum?: number;
  Minimum?: number;
  SampleCount?: number;
  Sum?: number;
  Timestamp?: Date;
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface MetricStreamFilter {
  MetricNames?: Array<string>;
  Namespace?: string;
}

export interface MetricStreamStatisticsConfiguration {
  AdditionalStatistics: Array<string>;
  IncludeMetrics: Array<MetricStreamStatisticsMetric>;
}

export interface AlarmMuteRuleSummary {
  AlarmMuteRuleArn?: string;
  ExpireDate?: Date;
  LastUpdatedTimestamp?: Date;
  MuteType?: string;
  Status?: "SCHEDULED" | "ACTIVE" | "EXPIRED";
}

export interface DashboardEntry {
  DashboardArn?: string;
  DashboardName?: string;
  LastModified?: Date;
  Size?: number;
}

export interface ManagedRuleDescription {
  ResourceARN?: string;
  RuleState?: ManagedRuleState;
  TemplateName?: string;
}

export interface DimensionFilter {
  Name: string;
  Value?: string;
}

export interface Metric {
  Dimensions?: Array<Dimension>;
  MetricName?: string;
  Namespace?: string;
}

export interface MetricStreamEntry {
  Arn?: string;
  CreationDate?: Date;
  FirehoseArn?: string;
  LastUpdateDate?: Date;
  Name?: string;
  OutputFormat?: "json" | "opentelemetry0.7" | "opentelemetry1.0";
  State?: string;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface AnomalyDetectorConfiguration {
  ExcludedTimeRanges?: Array<Range>;
  MetricTimezone?: string;
}

export interface MetricCharacteristics {
  PeriodicSpikes?: boolean;
}

export interface DashboardValidationMessage {
  DataPath?: string;
  Message?: string;
}

export interface ManagedRule {
  ResourceARN: string;
  Tags?: Array<TagShape>;
  TemplateName: string;
}

export interface EvaluationCriteria {
  PromQLCriteria?: AlarmPromQLCriteria;
}

export interface EntityMetricData {
  Entity?: Entity;
  MetricData?: Array<MetricDatum>;
}

export interface MetricDatum {
  Counts?: Array<number>;
  Dimensions?: Array<Dimension>;
  MetricName: string;
  StatisticValues?: StatisticSet;
  StorageResolution?: number;
  Timestamp?: Date;
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
  Value?: number;
  Values?: Array<number>;
}

export interface Schedule {
  Duration: string;
  Expression: string;
  Timezone?: string;
}

export interface InsightRuleContributorDatapoint {
  ApproximateValue: number;
  Timestamp: Date;
}

export interface MetricStat {
  Metric: Metric;
  Period: number;
  Stat: string;
  Unit?: "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";
}

export interface MetricStreamStatisticsMetric {
  MetricName: string;
  Namespace: string;
}

export interface ManagedRuleState {
  RuleName: string;
  State: string;
}

export interface Range {
  EndTime: Date;
  StartTime: Date;
}

export interface AlarmPromQLCriteria {
  PendingPeriod?: number;
  Query: string;
  RecoveryPeriod?: number;
}

export interface Entity {
  Attributes?: Record<string, string>;
  KeyAttributes?: Record<string, string>;
}

export interface StatisticSet {
  Maximum: number;
  Minimum: number;
  SampleCount: number;
  Sum: number;
}

/** Every operation of Amazon CloudWatch; a provider implements the ones it serves. */
export interface CloudwatchOperations {
  DeleteAlarmMuteRule(input: DeleteAlarmMuteRuleInput, context: RequestContext): void | Promise<void>;
  DeleteAlarms(input: DeleteAlarmsInput, context: RequestContext): void | Promise<void>;
  DeleteAnomalyDetector(input: DeleteAnomalyDetectorInput, context: RequestContext): DeleteAnomalyDetectorOutput | Promise<DeleteAnomalyDetectorOutput>;
  DeleteDashboards(input: DeleteDashboardsInput, context: RequestContext): DeleteDashboardsOutput | Promise<DeleteDashboardsOutput>;
  DeleteInsightRules(input: DeleteInsightRulesInput, context: RequestContext): DeleteInsightRulesOutput | Promise<DeleteInsightRulesOutput>;
  DeleteMetricStream(input: DeleteMetricStreamInput, context: RequestContext): DeleteMetricStreamOutput | Promise<DeleteMetricStreamOutput>;
  DescribeAlarmContributors(input: DescribeAlarmContributorsInput, context: RequestContext): DescribeAlarmContributorsOutput | Promise<DescribeAlarmContributorsOutput>;
  DescribeAlarmHistory(input: DescribeAlarmHistoryInput, context: RequestContext): DescribeAlarmHistoryOutput | Promise<DescribeAlarmHistoryOutput>;
  DescribeAlarms(input: DescribeAlarmsInput, context: RequestContext): DescribeAlarmsOutput | Promise<DescribeAlarmsOutput>;
  DescribeAlarmsForMetric(input: DescribeAlarmsForMetricInput, context: RequestContext): DescribeAlarmsForMetricOutput | Promise<DescribeAlarmsForMetricOutput>;
  DescribeAnomalyDetectors(input: DescribeAnomalyDetectorsInput, context: RequestContext): DescribeAnomalyDetectorsOutput | Promise<DescribeAnomalyDetectorsOutput>;
  DescribeInsightRules(input: DescribeInsightRulesInput, context: RequestContext): DescribeInsightRulesOutput | Promise<DescribeInsightRulesOutput>;
  DisableAlarmActions(input: DisableAlarmActionsInput, context: RequestContext): void | Promise<void>;
  DisableInsightRules(input: DisableInsightRulesInput, context: RequestContext): DisableInsightRulesOutput | Promise<DisableInsightRulesOutput>;
  EnableAlarmActions(input: EnableAlarmActionsInput, context: RequestContext): void | Promise<void>;
  EnableInsightRules(input: EnableInsightRulesInput, context: RequestContext): EnableInsightRulesOutput | Promise<EnableInsightRulesOutput>;
  GetAlarmMuteRule(input: GetAlarmMuteRuleInput, context: RequestContext): GetAlarmMuteRuleOutput | Promise<GetAlarmMuteRuleOutput>;
  GetDashboard(input: GetDashboardInput, context: RequestContext): GetDashboardOutput | Promise<GetDashboardOutput>;
  GetInsightRuleReport(input: GetInsightRuleReportInput, context: RequestContext): GetInsightRuleReportOutput | Promise<GetInsightRuleReportOutput>;
  GetMetricData(input: GetMetricDataInput, context: RequestContext): GetMetricDataOutput | Promise<GetMetricDataOutput>;
  GetMetricStatistics(input: GetMetricStatisticsInput, context: RequestContext): GetMetricStatisticsOutput | Promise<GetMetricStatisticsOutput>;
  GetMetricStream(input: GetMetricStreamInput, context: RequestContext): GetMetricStreamOutput | Promise<GetMetricStreamOutput>;
  GetMetricWidgetImage(input: GetMetricWidgetImageInput, context: RequestContext): GetMetricWidgetImageOutput | Promise<GetMetricWidgetImageOutput>;
  GetOTelEnrichment(input: GetOTelEnrichmentInput, context: RequestContext): GetOTelEnrichmentOutput | Promise<GetOTelEnrichmentOutput>;
  ListAlarmMuteRules(input: ListAlarmMuteRulesInput, context: RequestContext): ListAlarmMuteRulesOutput | Promise<ListAlarmMuteRulesOutput>;
  ListDashboards(input: ListDashboardsInput, context: RequestContext): ListDashboardsOutput | Promise<ListDashboardsOutput>;
  ListManagedInsightRules(input: ListManagedInsightRulesInput, context: RequestContext): ListManagedInsightRulesOutput | Promise<ListManagedInsightRulesOutput>;
  ListMetrics(input: ListMetricsInput, context: RequestContext): ListMetricsOutput | Promise<ListMetricsOutput>;
  ListMetricStreams(input: ListMetricStreamsInput, context: RequestContext): ListMetricStreamsOutput | Promise<ListMetricStreamsOutput>;
  ListTagsForResource(input: ListTagsForResourceInput, context: RequestContext): ListTagsForResourceOutput | Promise<ListTagsForResourceOutput>;
  PutAlarmMuteRule(input: PutAlarmMuteRuleInput, context: RequestContext): void | Promise<void>;
  PutAnomalyDetector(input: PutAnomalyDetectorInput, context: RequestContext): PutAnomalyDetectorOutput | Promise<PutAnomalyDetectorOutput>;
  PutCompositeAlarm(input: PutCompositeAlarmInput, context: RequestContext): void | Promise<void>;
  PutDashboard(input: PutDashboardInput, context: RequestContext): PutDashboardOutput | Promise<PutDashboardOutput>;
  PutInsightRule(input: PutInsightRuleInput, context: RequestContext): PutInsightRuleOutput | Promise<PutInsightRuleOutput>;
  PutManagedInsightRules(input: PutManagedInsightRulesInput, context: RequestContext): PutManagedInsightRulesOutput | Promise<PutManagedInsightRulesOutput>;
  PutMetricAlarm(input: PutMetricAlarmInput, context: RequestContext): void | Promise<void>;
  PutMetricData(input: PutMetricDataInput, context: RequestContext): void | Promise<void>;
  PutMetricStream(input: PutMetricStreamInput, context: RequestContext): PutMetricStreamOutput | Promise<PutMetricStreamOutput>;
  SetAlarmState(input: SetAlarmStateInput, context: RequestContext): void | Promise<void>;
  StartMetricStreams(input: StartMetricStreamsInput, context: RequestContext): StartMetricStreamsOutput | Promise<StartMetricStreamsOutput>;
  StartOTelEnrichment(input: StartOTelEnrichmentInput, context: RequestContext): StartOTelEnrichmentOutput | Promise<StartOTelEnrichmentOutput>;
  StopMetricStreams(input: StopMetricStreamsInput, context: RequestContext): StopMetricStreamsOutput | Promise<StopMetricStreamsOutput>;
  StopOTelEnrichment(input: StopOTelEnrichmentInput, context: RequestContext): StopOTelEnrichmentOutput | Promise<StopOTelEnrichmentOutput>;
  TagResource(input: TagResourceInput, context: RequestContext): TagResourceOutput | Promise<TagResourceOutput>;
  UntagResource(input: UntagResourceInput, context: RequestContext): UntagResourceOutput | Promise<UntagResourceOutput>;
}
