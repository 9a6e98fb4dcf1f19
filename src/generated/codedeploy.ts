// Generated from models/codedeploy.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddTagsToOnPremisesInstancesInput {
  instanceNames: Array<string>;
  tags: Array<TagShape>;
}

export interface BatchGetApplicationRevisionsInput {
  applicationName: string;
  revisions: Array<RevisionLocation>;
}

export interface BatchGetApplicationRevisionsOutput {
  applicationName?: string;
  errorMessage?: string;
  revisions?: Array<RevisionInfo>;
}

export interface BatchGetApplicationsInput {
  applicationNames: Array<string>;
}

export interface BatchGetApplicationsOutput {
  applicationsInfo?: Array<ApplicationInfo>;
}

export interface BatchGetDeploymentGroupsInput {
  applicationName: string;
  deploymentGroupNames: Array<string>;
}

export interface BatchGetDeploymentGroupsOutput {
  deploymentGroupsInfo?: Array<DeploymentGroupInfo>;
  errorMessage?: string;
}

export interface BatchGetDeploymentInstancesInput {
  deploymentId: string;
  instanceIds: Array<string>;
}

export interface BatchGetDeploymentInstancesOutput {
  errorMessage?: string;
  instancesSummary?: Array<InstanceSummary>;
}

export interface BatchGetDeploymentsInput {
  deploymentIds: Array<string>;
}

export interface BatchGetDeploymentsOutput {
  deploymentsInfo?: Array<DeploymentInfo>;
}

export interface BatchGetDeploymentTargetsInput {
  deploymentId: string;
  targetIds: Array<string>;
}

export interface BatchGetDeploymentTargetsOutput {
  deploymentTargets?: Array<DeploymentTarget>;
}

export interface BatchGetOnPremisesInstancesInput {
  instanceNames: Array<string>;
}

export interface BatchGetOnPremisesInstancesOutput {
  instanceInfos?: Array<InstanceInfo>;
}

export interface ContinueDeploymentInput {
  deploymentId?: string;
  deploymentWaitType?: "READY_WAIT" | "TERMINATION_WAIT";
}

export interface CreateApplicationInput {
  applicationName: string;
  computePlatform?: "Server" | "Lambda" | "ECS";
  tags?: Array<TagShape>;
}

export interface CreateApplicationOutput {
  applicationId?: string;
}

export interface CreateDeploymentInput {
  applicationName: string;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  deploymentConfigName?: string;
  deploymentGroupName?: string;
  description?: string;
  fileExistsBehavior?: "DISALLOW" | "OVERWRITE" | "RETAIN";
  ignoreApplicationStopFailures?: boolean;
  overrideAlarmConfiguration?: AlarmConfiguration;
  revision?: RevisionLocation;
  targetInstances?: TargetInstances;
  updateOutdatedInstancesOnly?: boolean;
}

export interface CreateDeploymentOutput {
  deploymentId?: string;
}

export interface CreateDeploymentConfigInput {
  computePlatform?: "Server" | "Lambda" | "ECS";
  deploymentConfigName: string;
  minimumHealthyHosts?: MinimumHealthyHosts;
  trafficRoutingConfig?: TrafficRoutingConfig;
  zonalConfig?: ZonalConfig;
}

export interface CreateDeploymentConfigOutput {
  deploymentConfigId?: string;
}

export interface CreateDeploymentGroupInput {
  alarmConfiguration?: AlarmConfiguration;
  applicationName: string;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  autoScalingGroups?: Array<string>;
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  deploymentConfigName?: string;
  deploymentGroupName: string;
  deploymentStyle?: DeploymentStyle;
  ec2TagFilters?: Array<EC2TagFilter>;
  ec2TagSet?: EC2TagSet;
  ecsServices?: Array<ECSService>;
  loadBalancerInfo?: LoadBalancerInfo;
  onPremisesInstanceTagFilters?: Array<TagFilter>;
  onPremisesTagSet?: OnPremisesTagSet;
  outdatedInstancesStrategy?: "UPDATE" | "IGNORE";
  serviceRoleArn: string;
  tags?: Array<TagShape>;
  terminationHookEnabled?: boolean;
  triggerConfigurations?: Array<TriggerConfig>;
}

export interface CreateDeploymentGroupOutput {
  deploymentGroupId?: string;
}

export interface DeleteApplicationInput {
  applicationName: string;
}

export interface DeleteDeploymentConfigInput {
  deploymentConfigName: string;
}

export interface DeleteDeploymentGroupInput {
  applicationName: string;
  deploymentGroupName: string;
}

export interface DeleteDeploymentGroupOutput {
  hooksNotCleanedUp?: Array<AutoScalingGroup>;
}

export interface DeleteGitHubAccountTokenInput {
  tokenName?: string;
}

export interface DeleteGitHubAccountTokenOutput {
  tokenName?: string;
}

export interface DeleteResourcesByExternalIdInput {
  externalId?: string;
}

export interface DeleteResourcesByExternalIdOutput {
}

export interface DeregisterOnPremisesInstanceInput {
  instanceName: string;
}

export interface GetApplicationInput {
  applicationName: string;
}

export interface GetApplicationOutput {
  application?: ApplicationInfo;
}

export interface GetApplicationRevisionInput {
  applicationName: string;
  revision: RevisionLocation;
}

export interface GetApplicationRevisionOutput {
  applicationName?: string;
  revision?: RevisionLocation;
  revisionInfo?: GenericRevisionInfo;
}

export interface GetDeploymentInput {
  deploymentId: string;
}

export interface GetDeploymentOutput {
  deploymentInfo?: DeploymentInfo;
}

export interface GetDeploymentConfigInput {
  deploymentConfigName: string;
}

export interface GetDeploymentConfigOutput {
  deploymentConfigInfo?: DeploymentConfigInfo;
}

export interface GetDeploymentGroupInput {
  applicationName: string;
  deploymentGroupName: string;
}

export interface GetDeploymentGroupOutput {
  deploymentGroupInfo?: DeploymentGroupInfo;
}

export interface GetDeploymentInstanceInput {
  deploymentId: string;
  instanceId: string;
}

export interface GetDeploymentInstanceOutput {
  instanceSummary?: InstanceSummary;
}

export interface GetDeploymentTargetInput {
  deploymentId: string;
  targetId: string;
}

export interface GetDeploymentTargetOutput {
  deploymentTarget?: DeploymentTarget;
}

export interface GetOnPremisesInstanceInput {
  instanceName: string;
}

export interface GetOnPremisesInstanceOutput {
  instanceInfo?: InstanceInfo;
}

export interface ListApplicationRevisionsInput {
  applicationName: string;
  deployed?: "include" | "exclude" | "ignore";
  nextToken?: string;
  s3Bucket?: string;
  s3KeyPrefix?: string;
  sortBy?: "registerTime" | "firstUsedTime" | "lastUsedTime";
  sortOrder?: "ascending" | "descending";
}

export interface ListApplicationRevisionsOutput {
  nextToken?: string;
  revisions?: Array<RevisionLocation>;
}

export interface ListApplicationsInput {
  nextToken?: string;
}

export interface ListApplicationsOutput {
  applications?: Array<string>;
  nextToken?: string;
}

export interface ListDeploymentConfigsInput {
  nextToken?: string;
}

export interface ListDeploymentConfigsOutput {
  deploymentConfigsList?: Array<string>;
  nextToken?: string;
}

export interface ListDeploymentGroupsInput {
  applicationName: string;
  nextToken?: string;
}

export interface ListDeploymentGroupsOutput {
  applicationName?: string;
  deploymentGroups?: Array<string>;
  nextToken?: string;
}

export interface ListDeploymentInstancesInput {
  deploymentId: string;
  instanceStatusFilter?: Array<"Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown" | "Ready">;
  instanceTypeFilter?: Array<"Blue" | "Green">;
  nextToken?: string;
}

export interface ListDeploymentInstancesOutput {
  instancesList?: Array<string>;
  nextToken?: string;
}

export interface ListDeploymentsInput {
  applicationName?: string;
  createTimeRange?: TimeRange;
  deploymentGroupName?: string;
  externalId?: string;
  includeOnlyStatuses?: Array<"Created" | "Queued" | "InProgress" | "Baking" | "Succeeded" | "Failed" | "Stopped" | "Ready">;
  nextToken?: string;
}

export interface ListDeploymentsOutput {
  deployments?: Array<string>;
  nextToken?: string;
}

export interface ListDeploymentTargetsInput {
  deploymentId: string;
  nextToken?: string;
  targetFilters?: Record<string, Array<string>>;
}

export interface ListDeploymentTargetsOutput {
  nextToken?: string;
  targetIds?: Array<string>;
}

export interface ListGitHubAccountTokenNamesInput {
  nextToken?: string;
}

export interface ListGitHubAccountTokenNamesOutput {
  nextToken?: string;
  tokenNameList?: Array<string>;
}

export interface ListOnPremisesInstancesInput {
  nextToken?: string;
  registrationStatus?: "Registered" | "Deregistered";
  tagFilters?: Array<TagFilter>;
}

export interface ListOnPremisesInstancesOutput {
  instanceNames?: Array<string>;
  nextToken?: string;
}

export interface ListTagsForResourceInput {
  NextToken?: string;
  ResourceArn: string;
}

export interface ListTagsForResourceOutput {
  NextToken?: string;
  Tags?: Array<TagShape>;
}

export interface PutLifecycleEventHookExecutionStatusInput {
  deploymentId?: string;
  lifecycleEventHookExecutionId?: string;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown";
}

export interface PutLifecycleEventHookExecutionStatusOutput {
  lifecycleEventHookExecutionId?: string;
}

export interface RegisterApplicationRevisionInput {
  applicationName: string;
  description?: string;
  revision: RevisionLocation;
}

export interface RegisterOnPremisesInstanceInput {
  iamSessionArn?: string;
  iamUserArn?: string;
  instanceName: string;
}

export interface RemoveTagsFromOnPremisesInstancesInput {
  instanceNames: Array<string>;
  tags: Array<TagShape>;
}

export interface SkipWaitTimeForInstanceTerminationInput {
  deploymentId?: string;
}

export interface StopDeploymentInput {
  autoRollbackEnabled?: boolean;
  deploymentId: string;
}

export interface StopDeploymentOutput {
  status?: "Pending" | "Succeeded";
  statusMessage?: string;
}

export interface TagResourceInput {
  ResourceArn: string;
  Tags: Array<TagShape>;
}

export interface TagResourceOutput {
}

export interface UntagResourceInput {
  ResourceArn: string;
  TagKeys: Array<string>;
}

export interface UntagResourceOutput {
}

export interface UpdateApplicationInput {
  applicationName?: string;
  newApplicationName?: string;
}

export interface UpdateDeploymentGroupInput {
  alarmConfiguration?: AlarmConfiguration;
  applicationName: string;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  autoScalingGroups?: Array<string>;
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  currentDeploymentGroupName: string;
  deploymentConfigName?: string;
  deploymentStyle?: DeploymentStyle;
  ec2TagFilters?: Array<EC2TagFilter>;
  ec2TagSet?: EC2TagSet;
  ecsServices?: Array<ECSService>;
  loadBalancerInfo?: LoadBalancerInfo;
  newDeploymentGroupName?: string;
  onPremisesInstanceTagFilters?: Array<TagFilter>;
  onPremisesTagSet?: OnPremisesTagSet;
  outdatedInstancesStrategy?: "UPDATE" | "IGNORE";
  serviceRoleArn?: string;
  terminationHookEnabled?: boolean;
  triggerConfigurations?: Array<TriggerConfig>;
}

export interface UpdateDeploymentGroupOutput {
  hooksNotCleanedUp?: Array<AutoScalingGroup>;
}

export interface AlarmsLimitExceededException {
}

export interface ApplicationAlreadyExistsException {
}

export interface ApplicationDoesNotExistException {
}

export interface ApplicationLimitExceededException {
}

export interface ApplicationNameRequiredException {
}

export interface ArnNotSupportedException {
}

export interface BatchLimitExceededException {
}

export interface BucketNameFilterRequiredException {
}

export interface DeploymentAlreadyCompletedException {
}

export interface DeploymentAlreadyStartedException {
}

export interface DeploymentConfigAlreadyExistsException {
}

export interface DeploymentConfigDoesNotExistException {
}

export interface DeploymentConfigInUseException {
}

export interface DeploymentConfigLimitExceededException {
}

export interface DeploymentConfigNameRequiredException {
}

export interface DeploymentDoesNotExistException {
}

export interface DeploymentGroupAlreadyExistsException {
}

export interface DeploymentGroupDoesNotExistException {
}

export interface DeploymentGroupLimitExceededException {
}

export interface DeploymentGroupNameRequiredException {
}

export interface DeploymentIdRequiredException {
}

export interface DeploymentIsNotInReadyStateException {
}

export interface DeploymentLimitExceededException {
}

export interface DeploymentNotStartedException {
}

export interface DeploymentTargetDoesNotExistException {
}

export interface DeploymentTargetIdRequiredException {
}

export interface DeploymentTargetListSizeExceededException {
}

export interface DescriptionTooLongException {
}

export interface ECSServiceMappingLimitExceededException {
}

export interface GitHubAccountTokenDoesNotExistException {
}

export interface GitHubAccountTokenNameRequiredException {
}

export interface IamArnRequiredException {
}

export interface IamSessionArnAlreadyRegisteredException {
}

export interface IamUserArnAlreadyRegisteredException {
}

export interface IamUserArnRequiredException {
}

export interface InstanceDoesNotExistException {
}

export interface InstanceIdRequiredException {
}

export interface InstanceLimitExceededException {
}

export interface InstanceNameAlreadyRegisteredException {
}

export interface InstanceNameRequiredException {
}

export interface InstanceNotRegisteredException {
}

export interface InvalidAlarmConfigException {
}

export interface InvalidApplicationNameException {
}

export interface InvalidArnException {
}

export interface InvalidAutoRollbackConfigException {
}

export interface InvalidAutoScalingGroupException {
}

export interface InvalidBlueGreenDeploymentConfigurationException {
}

export interface InvalidBucketNameFilterException {
}

export interface InvalidComputePlatformException {
}

export interface InvalidDeployedStateFilterException {
}

export interface InvalidDeploymentConfigNameException {
}

export interface InvalidDeploymentGroupNameException {
}

export interface InvalidDeploymentIdException {
}

export interface InvalidDeploymentInstanceTypeException {
}

export interface InvalidDeploymentStatusException {
}

export interface InvalidDeploymentStyleException {
}

export interface InvalidDeploymentTargetIdException {
}

export interface InvalidDeploymentWaitTypeException {
}

export interface InvalidEC2TagCombinationException {
}

export interface InvalidEC2TagException {
}

export interface InvalidECSServiceException {
}

export interface InvalidExternalIdException {
}

export interface InvalidFileExistsBehaviorException {
}

export interface InvalidGitHubAccountTokenException {
}

export interface InvalidGitHubAccountTokenNameException {
}

export interface InvalidIamSessionArnException {
}

export interface InvalidIamUserArnException {
}

export interface InvalidIgnoreApplicationStopFailuresValueException {
}

export interface InvalidInputException {
}

export interface InvalidInstanceIdException {
}

export interface InvalidInstanceNameException {
}

export interface InvalidInstanceStatusException {
}

export interface InvalidInstanceTypeException {
}

export interface InvalidKeyPrefixFilterException {
}

export interface InvalidLifecycleEventHookExecutionIdException {
}

export interface InvalidLifecycleEventHookExecutionStatusException {
}

export interface InvalidLoadBalancerInfoException {
}

export interface InvalidMinimumHealthyHostValueException {
}

export interface InvalidNextTokenException {
}

export interface InvalidOnPremisesTagCombinationException {
}

export interface InvalidOperationException {
}

export interface InvalidRegistrationStatusException {
}

export interface InvalidRevisionException {
}

export interface InvalidRoleException {
}

export interface InvalidSortByException {
}

export interface InvalidSortOrderException {
}

export interface InvalidTagException {
}

export interface InvalidTagFilterException {
}

export interface InvalidTagsToAddException {
}

export interface InvalidTargetException {
}

export interface InvalidTargetFilterNameException {
}

export interface InvalidTargetGroupPairException {
}

export interface InvalidTargetInstancesException {
}

export interface InvalidTimeRangeException {
}

export interface InvalidTrafficRoutingConfigurationException {
}

export interface InvalidTriggerConfigException {
}

export interface InvalidUpdateOutdatedInstancesOnlyValueException {
}

export interface InvalidZonalDeploymentConfigurationException {
}

export interface LifecycleEventAlreadyCompletedException {
}

export interface LifecycleHookLimitExceededException {
}

export interface MultipleIamArnsProvidedException {
}

export interface OperationNotSupportedException {
}

export interface ResourceArnRequiredException {
}

export interface ResourceValidationException {
}

export interface RevisionDoesNotExistException {
}

export interface RevisionRequiredException {
}

export interface RoleRequiredException {
}

export interface TagLimitExceededException {
}

export interface TagRequiredException {
}

export interface TagSetListLimitExceededException {
}

export interface ThrottlingException {
}

export interface TriggerTargetsLimitExceededException {
}

export interface UnsupportedActionForDeploymentTypeException {
}

export interface TagShape {
  Key?: string;
  Value?: string;
}

export interface RevisionLocation {
  appSpecContent?: AppSpecContent;
  gitHubLocation?: GitHubLocation;
  revisionType?: "S3" | "GitHub" | "String" | "AppSpecContent";
  s3Location?: S3Location;
  string?: RawString;
}

export interface RevisionInfo {
  genericRevisionInfo?: GenericRevisionInfo;
  revisionLocation?: RevisionLocation;
}

export interface ApplicationInfo {
  applicationId?: string;
  applicationName?: string;
  computePlatform?: "Server" | "Lambda" | "ECS";
  createTime?: Date;
  gitHubAccountName?: string;
  linkedToGitHub?: boolean;
}

export interface DeploymentGroupInfo {
  alarmConfiguration?: AlarmConfiguration;
  applicationName?: string;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  autoScalingGroups?: Array<AutoScalingGroup>;
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  computePlatform?: "Server" | "Lambda" | "ECS";
  deploymentConfigName?: string;
  deploymentGroupId?: string;
  deploymentGroupName?: string;
  deploymentStyle?: DeploymentStyle;
  ec2TagFilters?: Array<EC2TagFilter>;
  ec2TagSet?: EC2TagSet;
  ecsServices?: Array<ECSService>;
  lastAttemptedDeployment?: LastDeploymentInfo;
  lastSuccessfulDeployment?: LastDeploymentInfo;
  loadBalancerInfo?: LoadBalancerInfo;
  onPremisesInstanceTagFilters?: Array<TagFilter>;
  onPremisesTagSet?: OnPremisesTagSet;
  outdatedInstancesStrategy?: "UPDATE" | "IGNORE";
  serviceRoleArn?: string;
  targetRevision?: RevisionLocation;
  terminationHookEnabled?: boolean;
  triggerConfigurations?: Array<TriggerConfig>;
}

export interface InstanceSummary {
  deploymentId?: string;
  instanceId?: string;
  instanceType?: "Blue" | "Green";
  lastUpdatedAt?: Date;
  lifecycleEvents?: Array<LifecycleEvent>;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown" | "Ready";
}

export interface DeploymentInfo {
  additionalDeploymentStatusInfo?: string;
  applicationName?: string;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  completeTime?: Date;
  computePlatform?: "Server" | "Lambda" | "ECS";
  createTime?: Date;
  creator?: "user" | "autoscaling" | "codeDeployRollback" | "CodeDeploy" | "CodeDeployAutoUpdate" | "CloudFormation" | "CloudFormationRollback" | "autoscalingTermination";
  deploymentConfigName?: string;
  deploymentGroupName?: string;
  deploymentId?: string;
  deploymentOverview?: DeploymentOverview;
  deploymentStatusMessages?: Array<string>;
  deploymentStyle?: DeploymentStyle;
  description?: string;
  errorInformation?: ErrorInformation;
  externalId?: string;
  fileExistsBehavior?: "DISALLOW" | "OVERWRITE" | "RETAIN";
  ignoreApplicationStopFailures?: boolean;
  instanceTerminationWaitTimeStarted?: boolean;
  loadBalancerInfo?: LoadBalancerInfo;
  overrideAlarmConfiguration?: AlarmConfiguration;
  previousRevision?: RevisionLocation;
  relatedDeployments?: RelatedDeployments;
  revision?: RevisionLocation;
  rollbackInfo?: RollbackInfo;
  startTime?: Date;
  status?: "Created" | "Queued" | "InProgress" | "Baking" | "Succeeded" | "Failed" | "Stopped" | "Ready";
  targetInstances?: TargetInstances;
  updateOutdatedInstancesOnly?: boolean;
}

export interface DeploymentTarget {
  cloudFormationTarget?: CloudFormationTarget;
  deploymentTargetType?: "InstanceTarget" | "LambdaTarget" | "ECSTarget" | "CloudFormationTarget";
  ecsTarget?: ECSTarget;
  instanceTarget?: InstanceTarget;
  lambdaTarget?: LambdaTarget;
}

export interface InstanceInfo {
  deregisterTime?: Date;
  iamSessionArn?: string;
  iamUserArn?: string;
  instanceArn?: string;
  instanceName?: string;
  registerTime?: Date;
  tags?: Array<TagShape>;
}

export interface AutoRollbackConfiguration {
  enabled?: boolean;
  events?: Array<"DEPLOYMENT_FAILURE" | "DEPLOYMENT_STOP_ON_ALARM" | "DEPLOYMENT_STOP_ON_REQUEST">;
}

export interface AlarmConfiguration {
  alarms?: Array<Alarm>;
  enabled?: boolean;
  ignorePollAlarmFailure?: boolean;
}

export interface TargetInstances {
  autoScalingGroups?: Array<string>;
  ec2TagSet?: EC2TagSet;
  tagFilters?: Array<EC2TagFilter>;
}

export interface MinimumHealthyHosts {
  type?: "HOST_COUNT" | "FLEET_PERCENT";
  value?: number;
}

export interface TrafficRoutingConfig {
  timeBasedCanary?: TimeBasedCanary;
  timeBasedLinear?: TimeBasedLinear;
  type?: "TimeBasedCanary" | "TimeBasedLinear" | "AllAtOnce";
}

export interface ZonalConfig {
  firstZoneMonitorDurationInSeconds?: number;
  minimumHealthyHostsPerZone?: MinimumHealthyHostsPerZone;
  monitorDurationInSeconds?: number;
}

export interface BlueGreenDeploymentConfiguration {
  deploymentReadyOption?: DeploymentReadyOption;
  greenFleetProvisioningOption?: GreenFleetProvisioningOption;
  terminateBlueInstancesOnDeploymentSuccess?: BlueInstanceTerminationOption;
}

export interface DeploymentStyle {
  deploymentOption?: "WITH_TRAFFIC_CONTROL" | "WITHOUT_TRAFFIC_CONTROL";
  deploymentType?: "IN_PLACE" | "BLUE_GREEN";
}

export interface EC2TagFilter {
  Key?: string;
  Type?: "KEY_ONLY" | "VALUE_ONLY" | "KEY_AND_VALUE";
  Value?: string;
}

export interface EC2TagSet {
  ec2TagSetList?: Array<Array<EC2TagFilter>>;
}

export interface ECSService {
  clusterName?: string;
  serviceName?: string;
}

export interface LoadBalancerInfo {
  elbInfoList?: Array<ELBInfo>;
  targetGroupInfoList?: Array<TargetGroupInfo>;
  targetGroupPairInfoList?: Array<TargetGroupPairInfo>;
}

export interface TagFilter {
  Key?: string;
  Type?: "KEY_ONLY" | "VALUE_ONLY" | "KEY_AND_VALUE";
  Value?: string;
}

export interface OnPremisesTagSet {
  onPremisesTagSetList?: Array<Array<TagFilter>>;
}

export interface TriggerConfig {
  triggerEvents?: Array<"DeploymentStart" | "DeploymentSuccess" | "DeploymentFailure" | "DeploymentStop" | "DeploymentRollback" | "DeploymentReady" | "InstanceStart" | "InstanceSuccess" | "InstanceFailure" | "InstanceReady">;
  triggerName?: string;
  triggerTargetArn?: string;
}

export interface AutoScalingGroup {
  hook?: string;
  name?: string;
  terminationHook?: string;
}

export interface GenericRevisionInfo {
  deploymentGroups?: Array<string>;
  description?: string;
  firstUsedTime?: Date;
  lastUsedTime?: Date;
  registerTime?: Date;
}

export interface DeploymentConfigInfo {
  computePlatform?: "Server" | "Lambda" | "ECS";
  createTime?: Date;
  deploymentConfigId?: string;
  deploymentConfigName?: string;
  minimumHealthyHosts?: MinimumHealthyHosts;
  trafficRoutingConfig?: TrafficRoutingConfig;
  zonalConfig?: ZonalConfig;
}

export interface TimeRange {
  end?: Date;
  start?: Date;
}

export interface AppSpecContent {
  content?: string;
  sha256?: string;
}

export interface GitHubLocation {
  commitId?: string;
  repository?: string;
}

export interface S3Location {
  bucket?: string;
  bundleType?: "tar" | "tgz" | "zip" | "YAML" | "JSON";
  eTag?: string;
  key?: string;
  version?: string;
}

export interface RawString {
  content?: string;
  sha256?: string;
}

export interface LastDeploymentInfo {
  createTime?: Date;
  deploymentId?: string;
  endTime?: Date;
  status?: "Created" | "Queued" | "InProgress" | "Baking" | "Succeeded" | "Failed" | "Stopped" | "Ready";
}

export interface LifecycleEvent {
  diagnostics?: Diagnostics;
  endTime?: Date;
  lifecycleEventName?: string;
  startTime?: Date;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown";
}

export interface DeploymentOverview {
  Failed?: number;
  InProgress?: number;
  Pending?: number;
  Ready?: number;
  Skipped?: number;
  Succeeded?: number;
}

export interface ErrorInformation {
  code?: "AGENT_ISSUE" | "ALARM_ACTIVE" | "APPLICATION_MISSING" | "AUTOSCALING_VALIDATION_ERROR" | "AUTO_SCALING_CONFIGURATION" | "AUTO_SCALING_IAM_ROLE_PERMISSIONS" | "CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND" | "CUSTOMER_APPLICATION_UNHEALTHY" | "DEPLOYMENT_GROUP_MISSING" | "ECS_UPDATE_ERROR" | "ELASTIC_LOAD_BALANCING_INVALID" | "ELB_INVALID_INSTANCE" | "HEALTH_CONSTRAINTS" | "HEALTH_CONSTRAINTS_INVALID" | "HOOK_EXECUTION_FAILURE" | "IAM_ROLE_MISSING" | "IAM_ROLE_PERMISSIONS" | "INTERNAL_ERROR" | "INVALID_ECS_SERVICE" | "INVALID_LAMBDA_CONFIGURATION" | "INVALID_LAMBDA_FUNCTION" | "INVALID_REVISION" | "MANUAL_STOP" | "MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION" | "MISSING_ELB_INFORMATION" | "MISSING_GITHUB_TOKEN" | "NO_EC2_SUBSCRIPTION" | "NO_INSTANCES" | "OVER_MAX_INSTANCES" | "RESOURCE_LIMIT_EXCEEDED" | "REVISION_MISSING" | "THROTTLED" | "TIMEOUT" | "CLOUDFORMATION_STACK_FAILURE";
  message?: string;
}

export interface RelatedDeployments {
  autoUpdateOutdatedInstancesDeploymentIds?: Array<string>;
  autoUpdateOutdatedInstancesRootDeploymentId?: string;
}

export interface RollbackInfo {
  rollbackDeploymentId?: string;
  rollbackMessage?: string;
  rollbackTriggeringDeploymentId?: string;
}

export interface CloudFormationTarget {
  deploymentId?: string;
  lastUpdatedAt?: Date;
  lifecycleEvents?: Array<LifecycleEvent>;
  resourceType?: string;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown" | "Ready";
  targetId?: string;
  targetVersionWeight?: number;
}

export interface ECSTarget {
  deploymentId?: string;
  lastUpdatedAt?: Date;
  lifecycleEvents?: Array<LifecycleEvent>;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown" | "Ready";
  targetArn?: string;
  targetId?: string;
  taskSetsInfo?: Array<ECSTaskSet>;
}

export interface InstanceTarget {
  deploymentId?: string;
  instanceLabel?: "Blue" | "Green";
  lastUpdatedAt?: Date;
  lifecycleEvents?: Array<LifecycleEvent>;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown" | "Ready";
  targetArn?: string;
  targetId?: string;
}

export interface LambdaTarget {
  deploymentId?: string;
  lambdaFunctionInfo?: LambdaFunctionInfo;
  lastUpdatedAt?: Date;
  lifecycleEvents?: Array<LifecycleEvent>;
  status?: "Pending" | "InProgress" | "Succeeded" | "Failed" | "Skipped" | "Unknown" | "Ready";
  targetArn?: string;
  targetId?: string;
}

export interface Alarm {
  name?: string;
}

export interface TimeBasedCanary {
  canaryInterval?: number;
  canaryPercentage?: number;
}

export interface TimeBasedLinear {
  linearInterval?: number;
  linearPercentage?: number;
}

export interface MinimumHealthyHostsPerZone {
  type?: "HOST_COUNT" | "FLEET_PERCENT";
  value?: number;
}

export interface DeploymentReadyOption {
  actionOnTimeout?: "CONTINUE_DEPLOYMENT" | "STOP_DEPLOYMENT";
  waitTimeInMinutes?: number;
}

export interface GreenFleetProvisioningOption {
  action?: "DISCOVER_EXISTING" | "COPY_AUTO_SCALING_GROUP";
}

export interface BlueInstanceTerminationOption {
  action?: "TERMINATE" | "KEEP_ALIVE";
  terminationWaitTimeInMinutes?: number;
}

export interface ELBInfo {
  name?: string;
}

export interface TargetGroupInfo {
  name?: string;
}

export interface TargetGroupPairInfo {
  prodTrafficRoute?: TrafficRoute;
  targetGroups?: Array<TargetGroupInfo>;
  testTrafficRoute?: TrafficRoute;
}

export interface Diagnostics {
  errorCode?: "Success" | "ScriptMissing" | "ScriptNotExecutable" | "ScriptTimedOut" | "ScriptFailed" | "UnknownError";
  logTail?: string;
  message?: string;
  scriptName?: string;
}

export interface ECSTaskSet {
  desiredCount?: number;
  identifer?: string;
  pendingCount?: number;
  runningCount?: number;
  status?: string;
  targetGroup?: TargetGroupInfo;
  taskSetLabel?: "Blue" | "Green";
  trafficWeight?: number;
}

export interface LambdaFunctionInfo {
  currentVersion?: string;
  functionAlias?: string;
  functionName?: string;
  targetVersion?: string;
  targetVersionWeight?: number;
}

export interface TrafficRoute {
  listenerArns?: Array<string>;
}

/** Every operation of AWS CodeDeploy; a provider implements the ones it serves. */
export interface CodedeployOperations {
  AddTagsToOnPremisesInstances(input: AddTagsToOnPremisesInstancesInput, context: RequestContext): void | Promise<void>;
  BatchGetApplicationRevisions(input: BatchGetApplicationRevisionsInput, context: RequestContext): BatchGetApplicationRevisionsOutput | Promise<BatchGetApplicationRevisionsOutput>;
  BatchGetApplications(input: BatchGetApplicationsInput, context: RequestContext): BatchGetApplicationsOutput | Promise<BatchGetApplicationsOutput>;
  BatchGetDeploymentGroups(input: BatchGetDeploymentGroupsInput, context: RequestContext): BatchGetDeploymentGroupsOutput | Promise<BatchGetDeploymentGroupsOutput>;
  BatchGetDeploymentInstances(input: BatchGetDeploymentInstancesInput, context: RequestContext): BatchGetDeploymentInstancesOutput | Promise<BatchGetDeploymentInstancesOutput>;
  BatchGetDeployments(input: BatchGetDeploymentsInput, context: RequestContext): BatchGetDeploymentsOutput | Promise<BatchGetDeploymentsOutput>;
  BatchGetDeploymentTargets(input: BatchGetDeploymentTargetsInput, context: RequestContext): BatchGetDeploymentTargetsOutput | Promise<BatchGetDeploymentTargetsOutput>;
  BatchGetOnPremisesInstances(input: BatchGetOnPremisesInstancesInput, context: RequestContext): BatchGetOnPremisesInstancesOutput | Promise<BatchGetOnPremisesInstancesOutput>;
  ContinueDeployment(input: ContinueDeploymentInput, context: RequestContext): void | Promise<void>;
  CreateApplication(input: CreateApplicationInput, context: RequestContext): CreateApplicationOutput | Promise<CreateApplicationOutput>;
  CreateDeployment(input: CreateDeploymentInput, context: RequestContext): CreateDeploymentOutput | Promise<CreateDeploymentOutput>;
  CreateDeploymentConfig(input: CreateDeploymentConfigInput, context: RequestContext): CreateDeploymentConfigOutput | Promise<CreateDeploymentConfigOutput>;
  CreateDeploymentGroup(input: CreateDeploymentGroupInput, context: RequestContext): CreateDeploymentGroupOutput | Promise<CreateDeploymentGroupOutput>;
  DeleteApplication(input: DeleteApplicationInput, context: RequestContext): void | Promise<void>;
  DeleteDeploymentConfig(input: DeleteDeploymentConfigInput, context: RequestContext): void | Promise<void>;
  DeleteDeploymentGroup(input: DeleteDeploymentGroupInput, context: RequestContext): DeleteDeploymentGroupOutput | Promise<DeleteDeploymentGroupOutput>;
  DeleteGitHubAccountToken(input: DeleteGitHubAccountTokenInput, context: RequestContext): DeleteGitHubAccountTokenOutput | Promise<DeleteGitHubAccountTokenOutput>;
  DeleteResourcesByExternalId(input: DeleteResourcesByExternalIdInput, context: RequestContext): DeleteResourcesByExternalIdOutput | Promise<DeleteResourcesByExternalIdOutput>;
  DeregisterOnPremisesInstance(input: DeregisterOnPremisesInstanceInput, context: RequestContext): void | Promise<void>;
  GetApplication(input: GetApplicationInput, context: RequestContext): GetApplicationOutput | Promise<GetApplicationOutput>;
  GetApplicationRevision(input: GetApplicationRevisionInput, context: RequestContext): GetApplicationRevisionOutput | Promise<GetApplicationRevisionOutput>;
  GetDeployment(input: GetDeploymentInput, context: RequestContext): GetDeploymentOutput | Promise<GetDeploymentOutput>;
  GetDeploymentConfig(input: GetDeploymentConfigInput, context: RequestContext): GetDeploymentConfigOutput | Promise<GetDeploymentConfigOutput>;
  GetDeploymentGroup(input: GetDeploymentGroupInput, context: RequestContext): GetDeploymentGroupOutput | Promise<GetDeploymentGroupOutput>;
  GetDeploymentInstance(input: GetDeploymentInstanceInput, context: RequestContext): GetDeploymentInstanceOutput | Promise<GetDeploymentInstanceOutput>;
  GetDeploymentTarget(input: GetDeploymentTargetInput, context: RequestContext): GetDeploymentTargetOutput | Promise<GetDeploymentTargetOutput>;
  GetOnPremisesInstance(input: GetOnPremisesInstanceInput, context: RequestContext): GetOnPremisesInstanceOutput | Promise<GetOnPremisesInstanceOutput>;
  ListApplicationRevisions(input: ListApplicationRevisionsInput, context: RequestContext): ListApplicationRevisionsOutput | Promise<ListApplicationRevisionsOutput>;
  ListApplications(input: ListApplicationsInput, context: RequestContext): ListApplicationsOutput | Promise<ListApplicationsOutput>;
  ListDeploymentConfigs(input: ListDeploymentConfigsInput, context: RequestContext): ListDeploymentConfigsOutput | Promise<ListDeploymentConfigsOutput>;
  ListDeploymentGroups(input: ListDeploymentGroupsInput, context: RequestContext): ListDeploymentGroupsOutput | Promise<ListDeploymentGroupsOutput>;
  ListDeploymentInstances(input: ListDeploymentInstancesInput, context: RequestContext): ListDeploymentInstancesOutput | Promise<ListDeploymentInstancesOutput>;
  ListDeployments(input: ListDeploymentsInput, context: RequestContext): ListDeploymentsOutput | Promise<ListDeploymentsOutput>;
  ListDeploymentTargets(input: ListDeploymentTargetsInput, context: RequestContext): ListDeploymentTargetsOutput | Promise<ListDeploymentTargetsOutput>;
  ListGitHubAccountTokenNames(input: ListGitHubAccountTokenNamesInput, context: RequestContext): ListGitHubAccountTokenNamesOutput | Promise<ListGitHubAccountTokenNamesOutput>;
  ListOnPremisesInstances(input: ListOnPremisesInstancesInput, context: RequestContext): ListOnPremisesInstancesOutput | Promise<ListOnPremisesInstancesOutput>;
  ListTagsForResource(input: ListTagsForResourceInput, context: RequestContext): ListTagsForResourceOutput | Promise<ListTagsForResourceOutput>;
  PutLifecycleEventHookExecutionStatus(input: PutLifecycleEventHookExecutionStatusInput, context: RequestContext): PutLifecycleEventHookExecutionStatusOutput | Promise<PutLifecycleEventHookExecutionStatusOutput>;
  RegisterApplicationRevision(input: RegisterApplicationRevisionInput, context: RequestContext): void | Promise<void>;
  RegisterOnPremisesInstance(input: RegisterOnPremisesInstanceInput, context: RequestContext): void | Promise<void>;
  RemoveTagsFromOnPremisesInstances(input: RemoveTagsFromOnPremisesInstancesInput, context: RequestContext): void | Promise<void>;
  SkipWaitTimeForInstanceTermination(input: SkipWaitTimeForInstanceTerminationInput, context: RequestContext): void | Promise<void>;
  StopDeployment(input: StopDeploymentInput, context: RequestContext): StopDeploymentOutput | Promise<StopDeploymentOutput>;
  TagResource(input: TagResourceInput, context: RequestContext): TagResourceOutput | Promise<TagResourceOutput>;
  UntagResource(input: UntagResourceInput, context: RequestContext): UntagResourceOutput | Promise<UntagResourceOutput>;
  UpdateApplication(input: UpdateApplicationInput, context: RequestContext): void | Promise<void>;
  UpdateDeploymentGroup(input: UpdateDeploymentGroupInput, context: RequestContext): UpdateDeploymentGroupOutput | Promise<UpdateDeploymentGroupOutput>;
}
