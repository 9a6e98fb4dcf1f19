// Generated from models/elasticbeanstalk.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AbortEnvironmentUpdateMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
}

export interface ApplyEnvironmentManagedActionRequest {
  ActionId: string;
  EnvironmentId?: string;
  EnvironmentName?: string;
}

export interface ApplyEnvironmentManagedActionResult {
  ActionDescription?: string;
  ActionId?: string;
  ActionType?: "InstanceRefresh" | "PlatformUpdate" | "Unknown";
  Status?: string;
}

export interface AssociateEnvironmentOperationsRoleMessage {
  EnvironmentName: string;
  OperationsRole: string;
}

export interface CheckDNSAvailabilityMessage {
  CNAMEPrefix: string;
}

export interface CheckDNSAvailabilityResultMessage {
  Available?: boolean;
  FullyQualifiedCNAME?: string;
}

export interface ComposeEnvironmentsMessage {
  ApplicationName?: string;
  GroupName?: string;
  VersionLabels?: Array<string>;
}

export interface EnvironmentDescriptionsMessage {
  Environments?: Array<EnvironmentDescription>;
  NextToken?: string;
}

export interface CreateApplicationMessage {
  ApplicationName: string;
  Description?: string;
  ResourceLifecycleConfig?: ApplicationResourceLifecycleConfig;
  Tags?: Array<TagShape>;
}

export interface ApplicationDescriptionMessage {
  Application?: ApplicationDescription;
}

export interface CreateApplicationVersionMessage {
  ApplicationName: string;
  AutoCreateApplication?: boolean;
  BuildConfiguration?: BuildConfiguration;
  Description?: string;
  Process?: boolean;
  SourceBuildInformation?: SourceBuildInformation;
  SourceBundle?: S3Location;
  Tags?: Array<TagShape>;
  VersionLabel: string;
}

export interface ApplicationVersionDescriptionMessage {
  ApplicationVersion?: ApplicationVersionDescription;
}

export interface CreateConfigurationTemplateMessage {
  ApplicationName: string;
  Description?: string;
  EnvironmentId?: string;
  OptionSettings?: Array<ConfigurationOptionSetting>;
  PlatformArn?: string;
  SolutionStackName?: string;
  SourceConfiguration?: SourceConfiguration;
  Tags?: Array<TagShape>;
  TemplateName: string;
}

export interface ConfigurationSettingsDescription {
  ApplicationName?: string;
  DateCreated?: Date;
  DateUpdated?: Date;
  DeploymentStatus?: "deployed" | "pending" | "failed";
  Description?: string;
  EnvironmentName?: string;
  OptionSettings?: Array<ConfigurationOptionSetting>;
  PlatformArn?: string;
  SolutionStackName?: string;
  TemplateName?: string;
}

export interface CreateEnvironmentMessage {
  ApplicationName: string;
  CNAMEPrefix?: string;
  Description?: string;
  EnvironmentName?: string;
  GroupName?: string;
  OperationsRole?: string;
  OptionSettings?: Array<ConfigurationOptionSetting>;
  OptionsToRemove?: Array<OptionSpecification>;
  PlatformArn?: string;
  SolutionStackName?: string;
  Tags?: Array<TagShape>;
  TemplateName?: string;
  Tier?: EnvironmentTier;
  VersionLabel?: string;
}

export interface EnvironmentDescription {
  AbortableOperationInProgress?: boolean;
  ApplicationName?: string;
  CNAME?: string;
  DateCreated?: Date;
  DateUpdated?: Date;
  Description?: string;
  EndpointURL?: string;
  EnvironmentArn?: string;
  EnvironmentId?: string;
  EnvironmentLinks?: Array<EnvironmentLink>;
  EnvironmentName?: string;
  Health?: "Green" | "Yellow" | "Red" | "Grey";
  HealthStatus?: "NoData" | "Unknown" | "Pending" | "Ok" | "Info" | "Warning" | "Degraded" | "Severe" | "Suspended";
  OperationsRole?: string;
  PlatformArn?: string;
  Resources?: EnvironmentResourcesDescription;
  SolutionStackName?: string;
  Status?: "Aborting" | "Launching" | "Updating" | "LinkingFrom" | "LinkingTo" | "Ready" | "Terminating" | "Terminated";
  TemplateName?: string;
  Tier?: EnvironmentTier;
  VersionLabel?: string;
}

export interface CreatePlatformVersionRequest {
  EnvironmentName?: string;
  OptionSettings?: Array<ConfigurationOptionSetting>;
  PlatformDefinitionBundle: S3Location;
  PlatformName: string;
  PlatformVersion: string;
  Tags?: Array<TagShape>;
}

export interface CreatePlatformVersionResult {
  Builder?: Builder;
  PlatformSummary?: PlatformSummary;
}

export interface CreateStorageLocationResultMessage {
  S3Bucket?: string;
}

export interface DeleteApplicationMessage {
  ApplicationName: string;
  TerminateEnvByForce?: boolean;
}

export interface DeleteApplicationVersionMessage {
  ApplicationName: string;
  DeleteSourceBundle?: boolean;
  VersionLabel: string;
}

export interface DeleteConfigurationTemplateMessage {
  ApplicationName: string;
  TemplateName: string;
}

export interface DeleteEnvironmentConfigurationMessage {
  ApplicationName: string;
  EnvironmentName: string;
}

export interface DeletePlatformVersionRequest {
  PlatformArn?: string;
}

export interface DeletePlatformVersionResult {
  PlatformSummary?: PlatformSummary;
}

export interface DescribeAccountAttributesResult {
  ResourceQuotas?: ResourceQuotas;
}

export interface DescribeApplicationsMessage {
  ApplicationNames?: Array<string>;
}

export interface ApplicationDescriptionsMessage {
  Applications?: Array<ApplicationDescription>;
}

export interface DescribeApplicationVersionsMessage {
  ApplicationName?: string;
  MaxRecords?: number;
  NextToken?: string;
  VersionLabels?: Array<string>;
}

export interface ApplicationVersionDescriptionsMessage {
  ApplicationVersions?: Array<ApplicationVersionDescription>;
  NextToken?: string;
}

export interface DescribeConfigurationOptionsMessage {
  ApplicationName?: string;
  EnvironmentName?: string;
  Options?: Array<OptionSpecification>;
  PlatformArn?: string;
  SolutionStackName?: string;
  TemplateName?: string;
}

export interface ConfigurationOptionsDescription {
  Options?: Array<ConfigurationOptionDescription>;
  PlatformArn?: string;
  SolutionStackName?: string;
}

export interface DescribeConfigurationSettingsMessage {
  ApplicationName: string;
  EnvironmentName?: string;
  TemplateName?: string;
}

export interface ConfigurationSettingsDescriptions {
  ConfigurationSettings?: Array<ConfigurationSettingsDescription>;
}

export interface DescribeEnvironmentHealthRequest {
  AttributeNames?: Array<"Status" | "Color" | "Causes" | "ApplicationMetrics" | "InstancesHealth" | "All" | "HealthStatus" | "RefreshedAt">;
  EnvironmentId?: string;
  EnvironmentName?: string;
}

export interface DescribeEnvironmentHealthResult {
  ApplicationMetrics?: ApplicationMetrics;
  Causes?: Array<string>;
  Color?: string;
  EnvironmentName?: string;
  HealthStatus?: string;
  InstancesHealth?: InstanceHealthSummary;
  RefreshedAt?: Date;
  Status?: "Green" | "Yellow" | "Red" | "Grey";
}

export interface DescribeEnvironmentManagedActionHistoryRequest {
  EnvironmentId?: string;
  EnvironmentName?: string;
  MaxItems?: number;
  NextToken?: string;
}

export interface DescribeEnvironmentManagedActionHistoryResult {
  ManagedActionHistoryItems?: Array<ManagedActionHistoryItem>;
  NextToken?: string;
}

export interface DescribeEnvironmentManagedActionsRequest {
  EnvironmentId?: string;
  EnvironmentName?: string;
  Status?: "Scheduled" | "Pending" | "Running" | "Unknown";
}

export interface DescribeEnvironmentManagedActionsResult {
  ManagedActions?: Array<ManagedAction>;
}

export interface DescribeEnvironmentResourcesMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
}

export interface EnvironmentResourceDescriptionsMessage {
  EnvironmentResources?: EnvironmentResourceDescription;
}

export interface DescribeEnvironmentsMessage {
  ApplicationName?: string;
  EnvironmentIds?: Array<string>;
  EnvironmentNames?: Array<string>;
  IncludeDeleted?: boolean;
  IncludedDeletedBackTo?: Date;
  MaxRecords?: number;
  NextToken?: string;
  VersionLabel?: string;
}

export interface DescribeEventsMessage {
  ApplicationName?: string;
  EndTime?: Date;
  EnvironmentId?: string;
  EnvironmentName?: string;
  MaxRecords?: number;
  NextToken?: string;
  PlatformArn?: string;
  RequestId?: string;
  Severity?: "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR" | "FATAL";
  StartTime?: Date;
  TemplateName?: string;
  VersionLabel?: string;
}

export interface EventDescriptionsMessage {
  Events?: Array<EventDescription>;
  NextToken?: string;
}

export interface DescribeInstancesHealthRequest {
  AttributeNames?: Array<"HealthStatus" | "Color" | "Causes" | "ApplicationMetrics" | "RefreshedAt" | "LaunchedAt" | "System" | "Deployment" | "AvailabilityZone" | "InstanceType" | "All">;
  EnvironmentId?: string;
  EnvironmentName?: string;
  NextToken?: string;
}

export interface DescribeInstancesHealthResult {
  InstanceHealthList?: Array<SingleInstanceHealth>;
  NextToken?: string;
  RefreshedAt?: Date;
}

export interface DescribePlatformVersionRequest {
  PlatformArn?: string;
}

export interface DescribePlatformVersionResult {
  PlatformDescription?: PlatformDescription;
}

export interface DisassociateEnvironmentOperationsRoleMessage {
  EnvironmentName: string;
}

export interface ListAvailableSolutionStacksResultMessage {
  SolutionStackDetails?: Array<SolutionStackDescription>;
  SolutionStacks?: Array<string>;
}

export interface ListPlatformBranchesRequest {
  Filters?: Array<SearchFilter>;
  MaxRecords?: number;
  NextToken?: string;
}

export interface ListPlatformBranchesResult {
  NextToken?: string;
  PlatformBranchSummaryList?: Array<PlatformBranchSummary>;
}

export interface ListPlatformVersionsRequest {
  Filters?: Array<PlatformFilter>;
  MaxRecords?: number;
  NextToken?: string;
}

export interface ListPlatformVersionsResult {
  NextToken?: string;
  PlatformSummaryList?: Array<PlatformSummary>;
}

export interface ListTagsForResourceMessage {
  ResourceArn: string;
}

export interface ResourceTagsDescriptionMessage {
  ResourceArn?: string;
  ResourceTags?: Array<TagShape>;
}

export interface RebuildEnvironmentMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
}

export interface RequestEnvironmentInfoMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
  InfoType: "tail" | "bundle" | "analyze";
}

export interface RestartAppServerMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
}

export interface RetrieveEnvironmentInfoMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
  InfoType: "tail" | "bundle" | "analyze";
}

export interface RetrieveEnvironmentInfoResultMessage {
  EnvironmentInfo?: Array<EnvironmentInfoDescription>;
}

export interface SwapEnvironmentCNAMEsMessage {
  DestinationEnvironmentId?: string;
  DestinationEnvironmentName?: string;
  SourceEnvironmentId?: string;
  SourceEnvironmentName?: string;
}

export interface TerminateEnvironmentMessage {
  EnvironmentId?: string;
  EnvironmentName?: string;
  ForceTerminate?: boolean;
  TerminateResources?: boolean;
}

export interface UpdateApplicationMessage {
  ApplicationName: string;
  Description?: string;
}

export interface UpdateApplicationResourceLifecycleMessage {
  ApplicationName: string;
  ResourceLifecycleConfig: ApplicationResourceLifecycleConfig;
}

export interface ApplicationResourceLifecycleDescriptionMessage {
  ApplicationName?: string;
  ResourceLifecycleConfig?: ApplicationResourceLifecycleConfig;
}

export interface UpdateApplicationVersionMessage {
  ApplicationName: string;
  Description?: string;
  VersionLabel: string;
}

export interface UpdateConfigurationTemplateMessage {
  ApplicationName: string;
  Description?: string;
  OptionSettings?: Array<ConfigurationOptionSetting>;
  OptionsToRemove?: Array<OptionSpecification>;
  TemplateName: string;
}

export interface UpdateEnvironmentMessage {
  ApplicationName?: string;
  Description?: string;
  EnvironmentId?: string;
  EnvironmentName?: string;
  GroupName?: string;
  OptionSettings?: Array<ConfigurationOptionSetting>;
  OptionsToRemove?: Array<OptionSpecification>;
  PlatformArn?: string;
  SolutionStackName?: string;
  TemplateName?: string;
  Tier?: EnvironmentTier;
  VersionLabel?: string;
}

export interface UpdateTagsForResourceMessage {
  ResourceArn: string;
  TagsToAdd?: Array<TagShape>;
  TagsToRemove?: Array<string>;
}

export interface ValidateConfigurationSettingsMessage {
  ApplicationName: string;
  EnvironmentName?: string;
  OptionSettings: Array<ConfigurationOptionSetting>;
  TemplateName?: string;
}

export interface ConfigurationSettingsValidationMessages {
  Messages?: Array<ValidationMessage>;
}

export interface CodeBuildNotInServiceRegionException {
}

export interface ElasticBeanstalkServiceException {
  message?: string;
}

export interface InsufficientPrivilegesException {
}

export interface InvalidRequestException {
}

export interface ManagedActionInvalidStateException {
}

export interface OperationInProgressException {
}

export interface PlatformVersionStillReferencedException {
}

export interface ResourceNotFoundException {
}

export interface ResourceTypeNotSupportedException {
}

export interface S3LocationNotInServiceRegionException {
}

export interface S3SubscriptionRequiredException {
}

export interface SourceBundleDeletionException {
}

export interface TooManyApplicationVersionsException {
}

export interface TooManyApplicationsException {
}

export interface TooManyBucketsException {
}

export interface TooManyConfigurationTemplatesException {
}

export interface TooManyEnvironmentsException {
}

export interface TooManyPlatformsException {
}

export interface TooManyTagsException {
}

export interface ApplicationResourceLifecycleConfig {
  ServiceRole?: string;
  VersionLifecycleConfig?: ApplicationVersionLifecycleConfig;
}

export interface TagShape {
  Key?: string;
  Value?: string;
}

export interface ApplicationDescription {
  ApplicationArn?: string;
  ApplicationName?: string;
  ConfigurationTemplates?: Array<string>;
  DateCreated?: Date;
  DateUpdated?: Date;
  Description?: string;
  ResourceLifecycleConfig?: ApplicationResourceLifecycleConfig;
  Versions?: Array<string>;
}

export interface BuildConfiguration {
  ArtifactName?: string;
  CodeBuildServiceRole: string;
  ComputeType?: "BUILD_GENERAL1_SMALL" | "BUILD_GENERAL1_MEDIUM" | "BUILD_GENERAL1_LARGE";
  Image: string;
  TimeoutInMinutes?: number;
}

export interface SourceBuildInformation {
  SourceLocation: string;
  SourceRepository: "CodeCommit" | "S3";
  SourceType: "Git" | "Zip";
}

export interface S3Location {
  S3Bucket?: string;
  S3Key?: string;
}

export interface ApplicationVersionDescription {
  ApplicationName?: string;
  ApplicationVersionArn?: string;
  BuildArn?: string;
  DateCreated?: Date;
  DateUpdated?: Date;
  Description?: string;
  SourceBuildInformation?: SourceBuildInformation;
  SourceBundle?: S3Location;
  Status?: "Processed" | "Unprocessed" | "Failed" | "Processing" | "Building";
  VersionLabel?: string;
}

export interface ConfigurationOptionSetting {
  Namespace?: string;
  OptionName?: string;
  ResourceName?: string;
  Value?: string;
}

export interface SourceConfiguration {
  ApplicationName?: string;
  TemplateName?: string;
}

export interface OptionSpecification {
  Namespace?: string;
  OptionName?: string;
  ResourceName?: string;
}

export interface EnvironmentTier {
  Name?: string;
  Type?: string;
  Version?: string;
}

export interface EnvironmentLink {
  EnvironmentName?: string;
  LinkName?: string;
}

export interface EnvironmentResourcesDescription {
  LoadBalancer?: LoadBalancerDescription;
}

export interface Builder {
  ARN?: string;
}

export interface PlatformSummary {
  OperatingSystemName?: string;
  OperatingSystemVersion?: string;
  PlatformArn?: string;
  PlatformBranchLifecycleState?: string;
  PlatformBranchName?: string;
  PlatformCategory?: string;
  PlatformLifecycleState?: string;
  PlatformOwner?: string;
  PlatformStatus?: "Creating" | "Failed" | "Ready" | "Deleting" | "Deleted";
  PlatformVersion?: string;
  SupportedAddonList?: Array<string>;
  SupportedTierList?: Array<string>;
}

export interface ResourceQuotas {
  ApplicationQuota?: ResourceQuota;
  ApplicationVersionQuota?: ResourceQuota;
  ConfigurationTemplateQuota?: ResourceQuota;
  CustomPlatformQuota?: ResourceQuota;
  EnvironmentQuota?: ResourceQuota;
}

export interface ConfigurationOptionDescription {
  ChangeSeverity?: string;
  DefaultValue?: string;
  MaxLength?: number;
  MaxValue?: number;
  MinValue?: number;
  Name?: string;
  Namespace?: string;
  Regex?: OptionRestrictionRegex;
  UserDefined?: boolean;
  ValueOptions?: Array<string>;
  ValueType?: "Scalar" | "List";
}

export interface ApplicationMetrics {
  Duration?: number;
  Latency?: Latency;
  RequestCount?: number;
  StatusCodes?: StatusCodes;
}

export interface InstanceHealthSummary {
  Degraded?: number;
  Info?: number;
  NoData?: number;
  Ok?: number;
  Pending?: number;
  Severe?: number;
  Unknown?: number;
  Warning?: number;
}

export interface ManagedActionHistoryItem {
  ActionDescription?: string;
  ActionId?: string;
  ActionType?: "InstanceRefresh" | "PlatformUpdate" | "Unknown";
  ExecutedTime?: Date;
  FailureDescription?: string;
  FailureType?: "UpdateCancelled" | "CancellationFailed" | "RollbackFailed" | "RollbackSuccessful" | "InternalFailure" | "InvalidEnvironmentState" | "PermissionsError";
  FinishedTime?: Date;
  Status?: "Completed" | "Failed" | "Unknown";
}

export interface ManagedAction {
  ActionDescription?: string;
  ActionId?: string;
  ActionType?: "InstanceRefresh" | "PlatformUpdate" | "Unknown";
  Status?: "Scheduled" | "Pending" | "Running" | "Unknown";
  WindowStartTime?: Date;
}

export interface EnvironmentResourceDescription {
  AutoScalingGroups?: Array<AutoScalingGroup>;
  EnvironmentName?: string;
  Instances?: Array<Instance>;
  LaunchConfigurations?: Array<LaunchConfiguration>;
  LaunchTemplates?: Array<LaunchTemplate>;
  LoadBalancers?: Array<LoadBalancer>;
  Queues?: Array<Queue>;
  Triggers?: Array<Trigger>;
}

export interface EventDescription {
  ApplicationName?: string;
  EnvironmentName?: string;
  EventDate?: Date;
  Message?: string;
  PlatformArn?: string;
  RequestId?: string;
  Severity?: "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR" | "FATAL";
  TemplateName?: string;
  VersionLabel?: string;
}

export interface SingleInstanceHealth {
  ApplicationMetrics?: ApplicationMetrics;
  AvailabilityZone?: string;
  Causes?: Array<string>;
  Color?: string;
  Deployment?: Deployment;
  HealthStatus?: string;
  InstanceId?: string;
  InstanceType?: string;
  LaunchedAt?: Date;
  System?: SystemStatus;
}

export interface PlatformDescription {
  CustomAmiList?: Array<CustomAmi>;
  DateCreated?: Date;
  DateUpdated?: Date;
  Description?: string;
  Frameworks?: Array<PlatformFramework>;
  Maintainer?: string;
  OperatingSystemName?: string;
  OperatingSystemVersion?: string;
  PlatformArn?: string;
  PlatformBranchLifecycleState?: string;
  PlatformBranchName?: string;
  PlatformCategory?: string;
  PlatformLifecycleState?: string;
  PlatformName?: string;
  PlatformOwner?: string;
  PlatformStatus?: "Creating" | "Failed" | "Ready" | "Deleting" | "Deleted";
  PlatformVersion?: string;
  ProgrammingLanguages?: Array<PlatformProgrammingLanguage>;
  SolutionStackName?: string;
  SupportedAddonList?: Array<string>;
  SupportedTierList?: Array<string>;
}

export interface SolutionStackDescription {
  PermittedFileTypes?: Array<string>;
  SolutionStackName?: string;
}

export interface SearchFilter {
  Attribute?: string;
  Operator?: string;
  Values?: Array<string>;
}

export interface PlatformBranchSummary {
  BranchName?: string;
  BranchOrder?: number;
  LifecycleState?: string;
  PlatformName?: string;
  SupportedTierList?: Array<string>;
}

export interface PlatformFilter {
  Operator?: string;
  Type?: string;
  Values?: Array<string>;
}

export interface EnvironmentInfoDescription {
  Ec2InstanceId?: string;
  InfoType?: "tail" | "bundle" | "analyze";
  Message?: string;
  SampleTimestamp?: Date;
}

export interface ValidationMessage {
  Message?: string;
  Namespace?: string;
  OptionName?: string;
  Severity?: "error" | "warning";
}

export interface ApplicationVersionLifecycleConfig {
  MaxAgeRule?: MaxAgeRule;
  MaxCountRule?: MaxCountRule;
}

export interface LoadBalancerDescription {
  Domain?: string;
  Listeners?: Array<Listener>;
  LoadBalancerName?: string;
}

export interface ResourceQuota {
  Maximum?: number;
}

export interface OptionRestrictionRegex {
  Label?: string;
  Pattern?: string;
}

export interface Latency {
  P10?: number;
  P50?: number;
  P75?: number;
  P85?: number;
  P90?: number;
  P95?: number;
  P99?: number;
  P999?: number;
}

export interface StatusCodes {
  Status2xx?: number;
  Status3xx?: number;
  Status4xx?: number;
  Status5xx?: number;
}

export interface AutoScalingGroup {
  Name?: string;
}

export interface Instance {
  Id?: string;
}

export interface LaunchConfiguration {
  Name?: string;
}

export interface LaunchTemplate {
  Id?: string;
}

export interface LoadBalancer {
  Name?: string;
}

export interface Queue {
  Name?: string;
  URL?: string;
}

export interface Trigger {
  Name?: string;
}

export interface Deployment {
  DeploymentId?: number;
  DeploymentTime?: Date;
  Status?: string;
  VersionLabel?: string;
}

export interface SystemStatus {
  CPUUtilization?: CPUUtilization;
  LoadAverage?: Array<number>;
}

export interface CustomAmi {
  ImageId?: string;
  VirtualizationType?: string;
}

export interface PlatformFramework {
  Name?: string;
  Version?: string;
}

export interface PlatformProgrammingLanguage {
  Name?: string;
  Version?: string;
}

export interface MaxAgeRule {
  DeleteSourceFromS3?: boolean;
  Enabled: boolean;
  MaxAgeInDays?: number;
}

export interface MaxCountRule {
  DeleteSourceFromS3?: boolean;
  Enabled: boolean;
  MaxCount?: number;
}

export interface Listener {
  Port?: number;
  Protocol?: string;
}

export interface CPUUtilization {
  IOWait?: number;
  IRQ?: number;
  Idle?: number;
  Nice?: number;
  Privileged?: number;
  SoftIRQ?: number;
  System?: number;
  User?: number;
}

/** Every operation of AWS Elastic Beanstalk; a provider implements the ones it serves. */
export interface ElasticbeanstalkOperations {
  AbortEnvironmentUpdate(input: AbortEnvironmentUpdateMessage, context: RequestContext): void | Promise<void>;
  ApplyEnvironmentManagedAction(input: ApplyEnvironmentManagedActionRequest, context: RequestContext): ApplyEnvironmentManagedActionResult | Promise<ApplyEnvironmentManagedActionResult>;
  AssociateEnvironmentOperationsRole(input: AssociateEnvironmentOperationsRoleMessage, context: RequestContext): void | Promise<void>;
  CheckDNSAvailability(input: CheckDNSAvailabilityMessage, context: RequestContext): CheckDNSAvailabilityResultMessage | Promise<CheckDNSAvailabilityResultMessage>;
  ComposeEnvironments(input: ComposeEnvironmentsMessage, context: RequestContext): EnvironmentDescriptionsMessage | Promise<EnvironmentDescriptionsMessage>;
  CreateApplication(input: CreateApplicationMessage, context: RequestContext): ApplicationDescriptionMessage | Promise<ApplicationDescriptionMessage>;
  CreateApplicationVersion(input: CreateApplicationVersionMessage, context: RequestContext): ApplicationVersionDescriptionMessage | Promise<ApplicationVersionDescriptionMessage>;
  CreateConfigurationTemplate(input: CreateConfigurationTemplateMessage, context: RequestContext): ConfigurationSettingsDescription | Promise<ConfigurationSettingsDescription>;
  CreateEnvironment(input: CreateEnvironmentMessage, context: RequestContext): EnvironmentDescription | Promise<EnvironmentDescription>;
  CreatePlatformVersion(input: CreatePlatformVersionRequest, context: RequestContext): CreatePlatformVersionResult | Promise<CreatePlatformVersionResult>;
  CreateStorageLocation(input: Record<string, never>, context: RequestContext): CreateStorageLocationResultMessage | Promise<CreateStorageLocationResultMessage>;
  DeleteApplication(input: DeleteApplicationMessage, context: RequestContext): void | Promise<void>;
  DeleteApplicationVersion(input: DeleteApplicationVersionMessage, context: RequestContext): void | Promise<void>;
  DeleteConfigurationTemplate(input: DeleteConfigurationTemplateMessage, context: RequestContext): void | Promise<void>;
  DeleteEnvironmentConfiguration(input: DeleteEnvironmentConfigurationMessage, context: RequestContext): void | Promise<void>;
  DeletePlatformVersion(input: DeletePlatformVersionRequest, context: RequestContext): DeletePlatformVersionResult | Promise<DeletePlatformVersionResult>;
  DescribeAccountAttributes(input: Record<string, never>, context: RequestContext): DescribeAccountAttributesResult | Promise<DescribeAccountAttributesResult>;
  DescribeApplications(input: DescribeApplicationsMessage, context: RequestContext): ApplicationDescriptionsMessage | Promise<ApplicationDescriptionsMessage>;
  DescribeApplicationVersions(input: DescribeApplicationVersionsMessage, context: RequestContext): ApplicationVersionDescriptionsMessage | Promise<ApplicationVersionDescriptionsMessage>;
  DescribeConfigurationOptions(input: DescribeConfigurationOptionsMessage, context: RequestContext): ConfigurationOptionsDescription | Promise<ConfigurationOptionsDescription>;
  DescribeConfigurationSettings(input: DescribeConfigurationSettingsMessage, context: RequestContext): ConfigurationSettingsDescriptions | Promise<ConfigurationSettingsDescriptions>;
  DescribeEnvironmentHealth(input: DescribeEnvironmentHealthRequest, context: RequestContext): DescribeEnvironmentHealthResult | Promise<DescribeEnvironmentHealthResult>;
  DescribeEnvironmentManagedActionHistory(input: DescribeEnvironmentManagedActionHistoryRequest, context: RequestContext): DescribeEnvironmentManagedActionHistoryResult | Promise<DescribeEnvironmentManagedActionHistoryResult>;
  DescribeEnvironmentManagedActions(input: DescribeEnvironmentManagedActionsRequest, context: RequestContext): DescribeEnvironmentManagedActionsResult | Promise<DescribeEnvironmentManagedActionsResult>;
  DescribeEnvironmentResources(input: DescribeEnvironmentResourcesMessage, context: RequestContext): EnvironmentResourceDescriptionsMessage | Promise<EnvironmentResourceDescriptionsMessage>;
  DescribeEnvironments(input: DescribeEnvironmentsMessage, context: RequestContext): EnvironmentDescriptionsMessage | Promise<EnvironmentDescriptionsMessage>;
  DescribeEvents(input: DescribeEventsMessage, context: RequestContext): EventDescriptionsMessage | Promise<EventDescriptionsMessage>;
  DescribeInstancesHealth(input: DescribeInstancesHealthRequest, context: RequestContext): DescribeInstancesHealthResult | Promise<DescribeInstancesHealthResult>;
  DescribePlatformVersion(input: DescribePlatformVersionRequest, context: RequestContext): DescribePlatformVersionResult | Promise<DescribePlatformVersionResult>;
  DisassociateEnvironmentOperationsRole(input: DisassociateEnvironmentOperationsRoleMessage, context: RequestContext): void | Promise<void>;
  ListAvailableSolutionStacks(input: Record<string, never>, context: RequestContext): ListAvailableSolutionStacksResultMessage | Promise<ListAvailableSolutionStacksResultMessage>;
  ListPlatformBranches(input: ListPlatformBranchesRequest, context: RequestContext): ListPlatformBranchesResult | Promise<ListPlatformBranchesResult>;
  ListPlatformVersions(input: ListPlatformVersionsRequest, context: RequestContext): ListPlatformVersionsResult | Promise<ListPlatformVersionsResult>;
  ListTagsForResource(input: ListTagsForResourceMessage, context: RequestContext): ResourceTagsDescriptionMessage | Promise<ResourceTagsDescriptionMessage>;
  RebuildEnvironment(input: RebuildEnvironmentMessage, context: RequestContext): void | Promise<void>;
  RequestEnvironmentInfo(input: RequestEnvironmentInfoMessage, context: RequestContext): void | Promise<void>;
  RestartAppServer(input: RestartAppServerMessage, context: RequestContext): void | Promise<void>;
  RetrieveEnvironmentInfo(input: RetrieveEnvironmentInfoMessage, context: RequestContext): RetrieveEnvironmentInfoResultMessage | Promise<RetrieveEnvironmentInfoResultMessage>;
  SwapEnvironmentCNAMEs(input: SwapEnvironmentCNAMEsMessage, context: RequestContext): void | Promise<void>;
  TerminateEnvironment(input: TerminateEnvironmentMessage, context: RequestContext): EnvironmentDescription | Promise<EnvironmentDescription>;
  UpdateApplication(input: UpdateApplicationMessage, context: RequestContext): ApplicationDescriptionMessage | Promise<ApplicationDescriptionMessage>;
  UpdateApplicationResourceLifecycle(input: UpdateApplicationResourceLifecycleMessage, context: RequestContext): ApplicationResourceLifecycleDescriptionMessage | Promise<ApplicationResourceLifecycleDescriptionMessage>;
  UpdateApplicationVersion(input: UpdateApplicationVersionMessage, context: RequestContext): ApplicationVersionDescriptionMessage | Promise<ApplicationVersionDescriptionMessage>;
  UpdateConfigurationTemplate(input: UpdateConfigurationTemplateMessage, context: RequestContext): ConfigurationSettingsDescription | Promise<ConfigurationSettingsDescription>;
  UpdateEnvironment(input: UpdateEnvironmentMessage, context: RequestContext): EnvironmentDescription | Promise<EnvironmentDescription>;
  UpdateTagsForResource(input: UpdateTagsForResourceMessage, context: RequestContext): void | Promise<void>;
  ValidateConfigurationSettings(input: ValidateConfigurationSettingsMessage, context: RequestContext): ConfigurationSettingsValidationMessages | Promise<ConfigurationSettingsValidationMessages>;
}
