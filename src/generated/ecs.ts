// Generated from models/ecs.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface ContinueServiceDeploymentRequest {
  action?: "ROLLBACK" | "CONTINUE";
  hookId: string;
  serviceDeploymentArn: string;
}

export interface ContinueServiceDeploymentResponse {
  serviceDeploymentArn?: string;
}

export interface CreateCapacityProviderRequest {
  autoScalingGroupProvider?: AutoScalingGroupProvider;
  cluster?: string;
  managedInstancesProvider?: CreateManagedInstancesProviderConfiguration;
  name: string;
  tags?: Array<TagShape>;
}

export interface CreateCapacityProviderResponse {
  capacityProvider?: CapacityProvider;
}

export interface CreateClusterRequest {
  capacityProviders?: Array<string>;
  clusterName?: string;
  configuration?: ClusterConfiguration;
  defaultCapacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  serviceConnectDefaults?: ClusterServiceConnectDefaultsRequest;
  settings?: Array<ClusterSetting>;
  tags?: Array<TagShape>;
}

export interface CreateClusterResponse {
  cluster?: Cluster;
}

export interface CreateDaemonRequest {
  capacityProviderArns: Array<string>;
  clientToken?: string;
  clusterArn?: string;
  daemonName: string;
  daemonTaskDefinitionArn: string;
  deploymentConfiguration?: DaemonDeploymentConfiguration;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  propagateTags?: "DAEMON" | "NONE";
  tags?: Array<TagShape>;
}

export interface CreateDaemonResponse {
  createdAt?: Date;
  daemonArn?: string;
  deploymentArn?: string;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS";
}

export interface CreateExpressGatewayServiceRequest {
  cluster?: string;
  cpu?: string;
  executionRoleArn: string;
  healthCheckPath?: string;
  infrastructureRoleArn: string;
  memory?: string;
  networkConfiguration?: ExpressGatewayServiceNetworkConfiguration;
  primaryContainer: ExpressGatewayContainer;
  scalingTarget?: ExpressGatewayScalingTarget;
  serviceName?: string;
  tags?: Array<TagShape>;
  taskRoleArn?: string;
}

export interface CreateExpressGatewayServiceResponse {
  service?: ECSExpressGatewayService;
}

export interface CreateServiceRequest {
  availabilityZoneRebalancing?: "ENABLED" | "DISABLED";
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  clientToken?: string;
  cluster?: string;
  deploymentConfiguration?: DeploymentConfiguration;
  deploymentController?: DeploymentController;
  desiredCount?: number;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  healthCheckGracePeriodSeconds?: number;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  loadBalancers?: Array<LoadBalancer>;
  networkConfiguration?: NetworkConfiguration;
  placementConstraints?: Array<PlacementConstraint>;
  placementStrategy?: Array<PlacementStrategy>;
  platformVersion?: string;
  propagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  role?: string;
  schedulingStrategy?: "REPLICA" | "DAEMON";
  serviceConnectConfiguration?: ServiceConnectConfiguration;
  serviceName: string;
  serviceRegistries?: Array<ServiceRegistry>;
  tags?: Array<TagShape>;
  taskDefinition?: string;
  volumeConfigurations?: Array<ServiceVolumeConfiguration>;
  vpcLatticeConfigurations?: Array<VpcLatticeConfiguration>;
}

export interface CreateServiceResponse {
  service?: Service;
}

export interface CreateTaskSetRequest {
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  clientToken?: string;
  cluster: string;
  externalId?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  loadBalancers?: Array<LoadBalancer>;
  networkConfiguration?: NetworkConfiguration;
  platformVersion?: string;
  scale?: Scale;
  service: string;
  serviceRegistries?: Array<ServiceRegistry>;
  tags?: Array<TagShape>;
  taskDefinition: string;
}

export interface CreateTaskSetResponse {
  taskSet?: TaskSet;
}

export interface DeleteAccountSettingRequest {
  name: "serviceLongArnFormat" | "taskLongArnFormat" | "containerInstanceLongArnFormat" | "awsvpcTrunking" | "containerInsights" | "fargateFIPSMode" | "tagResourceAuthorization" | "fargateTaskRetirementWaitPeriod" | "guardDutyActivate" | "defaultLogDriverMode" | "fargateEventWindows";
  principalArn?: string;
}

export interface DeleteAccountSettingResponse {
  setting?: Setting;
}

export interface DeleteAttributesRequest {
  attributes: Array<Attribute>;
  cluster?: string;
}

export interface DeleteAttributesResponse {
  attributes?: Array<Attribute>;
}

export interface DeleteCapacityProviderRequest {
  capacityProvider: string;
  cluster?: string;
}

export interface DeleteCapacityProviderResponse {
  capacityProvider?: CapacityProvider;
}

export interface DeleteClusterRequest {
  cluster: string;
}

export interface DeleteClusterResponse {
  cluster?: Cluster;
}

export interface DeleteDaemonRequest {
  daemonArn: string;
}

export interface DeleteDaemonResponse {
  createdAt?: Date;
  daemonArn?: string;
  deploymentArn?: string;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS";
  updatedAt?: Date;
}

export interface DeleteDaemonTaskDefinitionRequest {
  daemonTaskDefinition: string;
}

export interface DeleteDaemonTaskDefinitionResponse {
  daemonTaskDefinitionArn?: string;
}

export interface DeleteExpressGatewayServiceRequest {
  serviceArn: string;
}

export interface DeleteExpressGatewayServiceResponse {
  service?: ECSExpressGatewayService;
}

export interface DeleteServiceRequest {
  cluster?: string;
  force?: boolean;
  service: string;
}

export interface DeleteServiceResponse {
  service?: Service;
}

export interface DeleteTaskDefinitionsRequest {
  taskDefinitions: Array<string>;
}

export interface DeleteTaskDefinitionsResponse {
  failures?: Array<Failure>;
  taskDefinitions?: Array<TaskDefinition>;
}

export interface DeleteTaskSetRequest {
  cluster: string;
  force?: boolean;
  service: string;
  taskSet: string;
}

export interface DeleteTaskSetResponse {
  taskSet?: TaskSet;
}

export interface DeregisterContainerInstanceRequest {
  cluster?: string;
  containerInstance: string;
  force?: boolean;
}

export interface DeregisterContainerInstanceResponse {
  containerInstance?: ContainerInstance;
}

export interface DeregisterTaskDefinitionRequest {
  taskDefinition: string;
}

export interface DeregisterTaskDefinitionResponse {
  taskDefinition?: TaskDefinition;
}

export interface DescribeCapacityProvidersRequest {
  capacityProviders?: Array<string>;
  cluster?: string;
  include?: Array<"TAGS">;
  maxResults?: number;
  nextToken?: string;
}

export interface DescribeCapacityProvidersResponse {
  capacityProviders?: Array<CapacityProvider>;
  failures?: Array<Failure>;
  nextToken?: string;
}

export interface DescribeClustersRequest {
  clusters?: Array<string>;
  include?: Array<"ATTACHMENTS" | "CONFIGURATIONS" | "SETTINGS" | "STATISTICS" | "TAGS">;
}

export interface DescribeClustersResponse {
  clusters?: Array<Cluster>;
  failures?: Array<Failure>;
}

export interface DescribeContainerInstancesRequest {
  cluster?: string;
  containerInstances: Array<string>;
  include?: Array<"TAGS" | "CONTAINER_INSTANCE_HEALTH">;
}

export interface DescribeContainerInstancesResponse {
  containerInstances?: Array<ContainerInstance>;
  failures?: Array<Failure>;
}

export interface DescribeDaemonRequest {
  daemonArn: string;
}

export interface DescribeDaemonResponse {
  daemon?: DaemonDetail;
}

export interface DescribeDaemonDeploymentsRequest {
  daemonDeploymentArns: Array<string>;
}

export interface DescribeDaemonDeploymentsResponse {
  daemonDeployments?: Array<DaemonDeployment>;
  failures?: Array<Failure>;
}

export interface DescribeDaemonRevisionsRequest {
  daemonRevisionArns: Array<string>;
}

export interface DescribeDaemonRevisionsResponse {
  daemonRevisions?: Array<DaemonRevision>;
  failures?: Array<Failure>;
}

export interface DescribeDaemonTaskDefinitionRequest {
  daemonTaskDefinition: string;
}

export interface DescribeDaemonTaskDefinitionResponse {
  daemonTaskDefinition?: DaemonTaskDefinition;
}

export interface DescribeExpressGatewayServiceRequest {
  include?: Array<"TAGS">;
  serviceArn: string;
}

export interface DescribeExpressGatewayServiceResponse {
  service?: ECSExpressGatewayService;
}

export interface DescribeServiceDeploymentsRequest {
  serviceDeploymentArns: Array<string>;
}

export interface DescribeServiceDeploymentsResponse {
  failures?: Array<Failure>;
  serviceDeployments?: Array<ServiceDeployment>;
}

export interface DescribeServiceRevisionsRequest {
  serviceRevisionArns: Array<string>;
}

export interface DescribeServiceRevisionsResponse {
  failures?: Array<Failure>;
  serviceRevisions?: Array<ServiceRevision>;
}

export interface DescribeServicesRequest {
  cluster?: string;
  include?: Array<"TAGS">;
  services: Array<string>;
}

export interface DescribeServicesResponse {
  failures?: Array<Failure>;
  services?: Array<Service>;
}

export interface DescribeTaskDefinitionRequest {
  include?: Array<"TAGS">;
  taskDefinition: string;
}

export interface DescribeTaskDefinitionResponse {
  tags?: Array<TagShape>;
  taskDefinition?: TaskDefinition;
}

export interface DescribeTasksRequest {
  cluster?: string;
  include?: Array<"TAGS">;
  tasks: Array<string>;
}

export interface DescribeTasksResponse {
  failures?: Array<Failure>;
  tasks?: Array<Task>;
}

export interface DescribeTaskSetsRequest {
  cluster: string;
  include?: Array<"TAGS">;
  service: string;
  taskSets?: Array<string>;
}

export interface DescribeTaskSetsResponse {
  failures?: Array<Failure>;
  taskSets?: Array<TaskSet>;
}

export interface DiscoverPollEndpointRequest {
  cluster?: string;
  containerInstance?: string;
}

export interface DiscoverPollEndpointResponse {
  endpoint?: string;
  serviceConnectEndpoint?: string;
  telemetryEndpoint?: string;
}

export interface ExecuteCommandRequest {
  cluster?: string;
  command: string;
  container?: string;
  interactive: boolean;
  task: string;
}

export interface ExecuteCommandResponse {
  clusterArn?: string;
  containerArn?: string;
  containerName?: string;
  interactive?: boolean;
  session?: Session;
  taskArn?: string;
}

export interface GetTaskProtectionRequest {
  cluster: string;
  tasks?: Array<string>;
}

export interface GetTaskProtectionResponse {
  failures?: Array<Failure>;
  protectedTasks?: Array<ProtectedTask>;
}

export interface ListAccountSettingsRequest {
  effectiveSettings?: boolean;
  maxResults?: number;
  name?: "serviceLongArnFormat" | "taskLongArnFormat" | "containerInstanceLongArnFormat" | "awsvpcTrunking" | "containerInsights" | "fargateFIPSMode" | "tagResourceAuthorization" | "fargateTaskRetirementWaitPeriod" | "guardDutyActivate" | "defaultLogDriverMode" | "fargateEventWindows";
  nextToken?: string;
  principalArn?: string;
  value?: string;
}

export interface ListAccountSettingsResponse {
  nextToken?: string;
  settings?: Array<Setting>;
}

export interface ListAttributesRequest {
  attributeName?: string;
  attributeValue?: string;
  cluster?: string;
  maxResults?: number;
  nextToken?: string;
  targetType: "container-instance";
}

export interface ListAttributesResponse {
  attributes?: Array<Attribute>;
  nextToken?: string;
}

export interface ListClustersRequest {
  maxResults?: number;
  nextToken?: string;
}

export interface ListClustersResponse {
  clusterArns?: Array<string>;
  nextToken?: string;
}

export interface ListContainerInstancesRequest {
  cluster?: string;
  filter?: string;
  maxResults?: number;
  nextToken?: string;
  status?: "ACTIVE" | "DRAINING" | "REGISTERING" | "DEREGISTERING" | "REGISTRATION_FAILED";
}

export interface ListContainerInstancesResponse {
  containerInstanceArns?: Array<string>;
  nextToken?: string;
}

export interface ListDaemonDeploymentsRequest {
  createdAt?: CreatedAt;
  daemonArn: string;
  maxResults?: number;
  nextToken?: string;
  status?: Array<"PENDING" | "SUCCESSFUL" | "STOPPED" | "STOP_REQUESTED" | "IN_PROGRESS" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_SUCCESSFUL" | "ROLLBACK_FAILED">;
}

export interface ListDaemonDeploymentsResponse {
  daemonDeployments?: Array<DaemonDeploymentSummary>;
  nextToken?: string;
}

export interface ListDaemonsRequest {
  capacityProviderArns?: Array<string>;
  clusterArn?: string;
  maxResults?: number;
  nextToken?: string;
}

export interface ListDaemonsResponse {
  daemonSummariesList?: Array<DaemonSummary>;
  nextToken?: string;
}

export interface ListDaemonTaskDefinitionsRequest {
  family?: string;
  familyPrefix?: string;
  maxResults?: number;
  nextToken?: string;
  revision?: "LAST_REGISTERED";
  sort?: "ASC" | "DESC";
  status?: "ACTIVE" | "DELETE_IN_PROGRESS" | "ALL";
}

export interface ListDaemonTaskDefinitionsResponse {
  daemonTaskDefinitions?: Array<DaemonTaskDefinitionSummary>;
  nextToken?: string;
}

export interface ListServiceDeploymentsRequest {
  cluster?: string;
  createdAt?: CreatedAt;
  maxResults?: number;
  nextToken?: string;
  service: string;
  status?: Array<"PENDING" | "SUCCESSFUL" | "STOPPED" | "STOP_REQUESTED" | "IN_PROGRESS" | "ROLLBACK_REQUESTED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_SUCCESSFUL" | "ROLLBACK_FAILED">;
}

export interface ListServiceDeploymentsResponse {
  nextToken?: string;
  serviceDeployments?: Array<ServiceDeploymentBrief>;
}

export interface ListServicesRequest {
  cluster?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  maxResults?: number;
  nextToken?: string;
  resourceManagementType?: "CUSTOMER" | "ECS";
  schedulingStrategy?: "REPLICA" | "DAEMON";
}

export interface ListServicesResponse {
  nextToken?: string;
  serviceArns?: Array<string>;
}

export interface ListServicesByNamespaceRequest {
  maxResults?: number;
  namespace: string;
  nextToken?: string;
}

export interface ListServicesByNamespaceResponse {
  nextToken?: string;
  serviceArns?: Array<string>;
}

export interface ListTagsForResourceRequest {
  resourceArn: string;
}

export interface ListTagsForResourceResponse {
  tags?: Array<TagShape>;
}

export interface ListTaskDefinitionFamiliesRequest {
  familyPrefix?: string;
  maxResults?: number;
  nextToken?: string;
  status?: "ACTIVE" | "INACTIVE" | "ALL";
}

export interface ListTaskDefinitionFamiliesResponse {
  families?: Array<string>;
  nextToken?: string;
}

export interface ListTaskDefinitionsRequest {
  familyPrefix?: string;
  maxResults?: number;
  nextToken?: string;
  sort?: "ASC" | "DESC";
  status?: "ACTIVE" | "INACTIVE" | "DELETE_IN_PROGRESS";
}

export interface ListTaskDefinitionsResponse {
  nextToken?: string;
  taskDefinitionArns?: Array<string>;
}

export interface ListTasksRequest {
  cluster?: string;
  containerInstance?: string;
  daemonName?: string;
  desiredStatus?: "RUNNING" | "PENDING" | "STOPPED";
  family?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  maxResults?: number;
  nextToken?: string;
  serviceName?: string;
  startedBy?: string;
}

export interface ListTasksResponse {
  nextToken?: string;
  taskArns?: Array<string>;
}

export interface PutAccountSettingRequest {
  name: "serviceLongArnFormat" | "taskLongArnFormat" | "containerInstanceLongArnFormat" | "awsvpcTrunking" | "containerInsights" | "fargateFIPSMode" | "tagResourceAuthorization" | "fargateTaskRetirementWaitPeriod" | "guardDutyActivate" | "defaultLogDriverMode" | "fargateEventWindows";
  principalArn?: string;
  value: string;
}

export interface PutAccountSettingResponse {
  setting?: Setting;
}

export interface PutAccountSettingDefaultRequest {
  name: "serviceLongArnFormat" | "taskLongArnFormat" | "containerInstanceLongArnFormat" | "awsvpcTrunking" | "containerInsights" | "fargateFIPSMode" | "tagResourceAuthorization" | "fargateTaskRetirementWaitPeriod" | "guardDutyActivate" | "defaultLogDriverMode" | "fargateEventWindows";
  value: string;
}

export interface PutAccountSettingDefaultResponse {
  setting?: Setting;
}

export interface PutAttributesRequest {
  attributes: Array<Attribute>;
  cluster?: string;
}

export interface PutAttributesResponse {
  attributes?: Array<Attribute>;
}

export interface PutClusterCapacityProvidersRequest {
  capacityProviders: Array<string>;
  cluster: string;
  defaultCapacityProviderStrategy: Array<CapacityProviderStrategyItem>;
}

export interface PutClusterCapacityProvidersResponse {
  cluster?: Cluster;
}

export interface RegisterContainerInstanceRequest {
  attributes?: Array<Attribute>;
  cluster?: string;
  containerInstanceArn?: string;
  instanceIdentityDocument?: string;
  instanceIdentityDocumentSignature?: string;
  platformDevices?: Array<PlatformDevice>;
  tags?: Array<TagShape>;
  totalResources?: Array<Resource>;
  versionInfo?: VersionInfo;
}

export interface RegisterContainerInstanceResponse {
  containerInstance?: ContainerInstance;
}

export interface RegisterDaemonTaskDefinitionRequest {
  containerDefinitions: Array<DaemonContainerDefinition>;
  cpu?: string;
  executionRoleArn?: string;
  family: string;
  memory?: string;
  tags?: Array<TagShape>;
  taskRoleArn?: string;
  volumes?: Array<DaemonVolume>;
}

export interface RegisterDaemonTaskDefinitionResponse {
  daemonTaskDefinitionArn?: string;
}

export interface RegisterTaskDefinitionRequest {
  containerDefinitions: Array<ContainerDefinition>;
  cpu?: string;
  enableFaultInjection?: boolean;
  ephemeralStorage?: EphemeralStorage;
  executionRoleArn?: string;
  family: string;
  inferenceAccelerators?: Array<InferenceAccelerator>;
  ipcMode?: "host" | "task" | "none";
  memory?: string;
  networkMode?: "bridge" | "host" | "awsvpc" | "none";
  pidMode?: "host" | "task";
  placementConstraints?: Array<TaskDefinitionPlacementConstraint>;
  proxyConfiguration?: ProxyConfiguration;
  requiresCompatibilities?: Array<"EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES">;
  runtimePlatform?: RuntimePlatform;
  tags?: Array<TagShape>;
  taskRoleArn?: string;
  volumes?: Array<Volume>;
}

export interface RegisterTaskDefinitionResponse {
  tags?: Array<TagShape>;
  taskDefinition?: TaskDefinition;
}

export interface RunTaskRequest {
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  clientToken?: string;
  cluster?: string;
  count?: number;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  group?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  networkConfiguration?: NetworkConfiguration;
  overrides?: TaskOverride;
  placementConstraints?: Array<PlacementConstraint>;
  placementStrategy?: Array<PlacementStrategy>;
  platformVersion?: string;
  propagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  referenceId?: string;
  startedBy?: string;
  tags?: Array<TagShape>;
  taskDefinition: string;
  volumeConfigurations?: Array<TaskVolumeConfiguration>;
}

export interface RunTaskResponse {
  failures?: Array<Failure>;
  tasks?: Array<Task>;
}

export interface StartTaskRequest {
  cluster?: string;
  containerInstances: Array<string>;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  group?: string;
  networkConfiguration?: NetworkConfiguration;
  overrides?: TaskOverride;
  propagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  referenceId?: string;
  startedBy?: string;
  tags?: Array<TagShape>;
  taskDefinition: string;
  volumeConfigurations?: Array<TaskVolumeConfiguration>;
}

export interface StartTaskResponse {
  failures?: Array<Failure>;
  tasks?: Array<Task>;
}

export interface StopServiceDeploymentRequest {
  serviceDeploymentArn: string;
  stopType?: "ABORT" | "ROLLBACK";
}

export interface StopServiceDeploymentResponse {
  serviceDeploymentArn?: string;
}

export interface StopTaskRequest {
  cluster?: string;
  reason?: string;
  task: string;
}

export interface StopTaskResponse {
  task?: Task;
}

export interface SubmitAttachmentStateChangesRequest {
  attachments: Array<AttachmentStateChange>;
  cluster?: string;
}

export interface SubmitAttachmentStateChangesResponse {
  acknowledgment?: string;
}

export interface SubmitContainerStateChangeRequest {
  cluster?: string;
  containerName?: string;
  exitCode?: number;
  networkBindings?: Array<NetworkBinding>;
  reason?: string;
  runtimeId?: string;
  status?: string;
  task?: string;
}

export interface SubmitContainerStateChangeResponse {
  acknowledgment?: string;
}

export interface SubmitTaskStateChangeRequest {
  attachments?: Array<AttachmentStateChange>;
  cluster?: string;
  containers?: Array<ContainerStateChange>;
  executionStoppedAt?: Date;
  managedAgents?: Array<ManagedAgentStateChange>;
  pullStartedAt?: Date;
  pullStoppedAt?: Date;
  reason?: string;
  status?: string;
  task?: string;
}

export interface SubmitTaskStateChangeResponse {
  acknowledgment?: string;
}

export interface TagResourceRequest {
  resourceArn: string;
  tags: Array<TagShape>;
}

export interface TagResourceResponse {
}

export interface UntagResourceRequest {
  resourceArn: string;
  tagKeys: Array<string>;
}

export interface UntagResourceResponse {
}

export interface UpdateCapacityProviderRequest {
  autoScalingGroupProvider?: AutoScalingGroupProviderUpdate;
  cluster?: string;
  managedInstancesProvider?: UpdateManagedInstancesProviderConfiguration;
  name: string;
}

export interface UpdateCapacityProviderResponse {
  capacityProvider?: CapacityProvider;
}

export interface UpdateClusterRequest {
  cluster: string;
  configuration?: ClusterConfiguration;
  serviceConnectDefaults?: ClusterServiceConnectDefaultsRequest;
  settings?: Array<ClusterSetting>;
}

export interface UpdateClusterResponse {
  cluster?: Cluster;
}

export interface UpdateClusterSettingsRequest {
  cluster: string;
  settings: Array<ClusterSetting>;
}

export interface UpdateClusterSettingsResponse {
  cluster?: Cluster;
}

export interface UpdateContainerAgentRequest {
  cluster?: string;
  containerInstance: string;
}

export interface UpdateContainerAgentResponse {
  containerInstance?: ContainerInstance;
}

export interface UpdateContainerInstancesStateRequest {
  cluster?: string;
  containerInstances: Array<string>;
  status: "ACTIVE" | "DRAINING" | "REGISTERING" | "DEREGISTERING" | "REGISTRATION_FAILED";
}

export interface UpdateContainerInstancesStateResponse {
  containerInstances?: Array<ContainerInstance>;
  failures?: Array<Failure>;
}

export interface UpdateDaemonRequest {
  capacityProviderArns: Array<string>;
  daemonArn: string;
  daemonTaskDefinitionArn: string;
  deploymentConfiguration?: DaemonDeploymentConfiguration;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  propagateTags?: "DAEMON" | "NONE";
}

export interface UpdateDaemonResponse {
  createdAt?: Date;
  daemonArn?: string;
  deploymentArn?: string;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS";
  updatedAt?: Date;
}

export interface UpdateExpressGatewayServiceRequest {
  cpu?: string;
  executionRoleArn?: string;
  healthCheckPath?: string;
  memory?: string;
  networkConfiguration?: ExpressGatewayServiceNetworkConfiguration;
  primaryContainer?: ExpressGatewayContainer;
  scalingTarget?: ExpressGatewayScalingTarget;
  serviceArn: string;
  taskRoleArn?: string;
}

export interface UpdateExpressGatewayServiceResponse {
  service?: UpdatedExpressGatewayService;
}

export interface UpdateServiceRequest {
  availabilityZoneRebalancing?: "ENABLED" | "DISABLED";
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  cluster?: string;
  deploymentConfiguration?: DeploymentConfiguration;
  deploymentController?: DeploymentController;
  desiredCount?: number;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  forceNewDeployment?: boolean;
  healthCheckGracePeriodSeconds?: number;
  loadBalancers?: Array<LoadBalancer>;
  networkConfiguration?: NetworkConfiguration;
  placementConstraints?: Array<PlacementConstraint>;
  placementStrategy?: Array<PlacementStrategy>;
  platformVersion?: string;
  propagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  service: string;
  serviceConnectConfiguration?: ServiceConnectConfiguration;
  serviceRegistries?: Array<ServiceRegistry>;
  taskDefinition?: string;
  volumeConfigurations?: Array<ServiceVolumeConfiguration>;
  vpcLatticeConfigurations?: Array<VpcLatticeConfiguration>;
}

export interface UpdateServiceResponse {
  service?: Service;
}

export interface UpdateServicePrimaryTaskSetRequest {
  cluster: string;
  primaryTaskSet: string;
  service: string;
}

export interface UpdateServicePrimaryTaskSetResponse {
  taskSet?: TaskSet;
}

export interface UpdateTaskProtectionRequest {
  cluster: string;
  expiresInMinutes?: number;
  protectionEnabled: boolean;
  tasks: Array<string>;
}

export interface UpdateTaskProtectionResponse {
  failures?: Array<Failure>;
  protectedTasks?: Array<ProtectedTask>;
}

export interface UpdateTaskSetRequest {
  cluster: string;
  scale: Scale;
  service: string;
  taskSet: string;
}

export interface UpdateTaskSetResponse {
  taskSet?: TaskSet;
}

export interface AccessDeniedException {
  message?: string;
}

export interface AttributeLimitExceededException {
  message?: string;
}

export interface BlockedException {
  message?: string;
}

export interface ClientException {
  message?: string;
}

export interface ClusterContainsCapacityProviderException {
  message?: string;
}

export interface ClusterContainsContainerInstancesException {
  message?: string;
}

export interface ClusterContainsServicesException {
  message?: string;
}

export interface ClusterContainsTasksException {
  message?: string;
}

export interface ClusterNotFoundException {
  message?: string;
}

export interface ConflictException {
  message?: string;
  resourceIds?: Array<string>;
}

export interface DaemonNotActiveException {
  message?: string;
}

export interface DaemonNotFoundException {
  message?: string;
}

export interface InvalidParameterException {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface MissingVersionException {
  message?: string;
}

export interface NamespaceNotFoundException {
  message?: string;
}

export interface NoUpdateAvailableException {
  message?: string;
}

export interface PlatformTaskDefinitionIncompatibilityException {
  message?: string;
}

export interface PlatformUnknownException {
  message?: string;
}

export interface ResourceInUseException {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface ServerException {
  message?: string;
}

export interface ServiceDeploymentNotFoundException {
  message?: string;
}

export interface ServiceNotActiveException {
  message?: string;
}

export interface ServiceNotFoundException {
  message?: string;
}

export interface TargetNotConnectedException {
  message?: string;
}

export interface TargetNotFoundException {
  message?: string;
}

export interface TaskSetNotFoundException {
  message?: string;
}

export interface UnsupportedFeatureException {
  message?: string;
}

export interface UpdateInProgressException {
  message?: string;
}

export interface AutoScalingGroupProvider {
  autoScalingGroupArn: string;
  managedDraining?: "ENABLED" | "DISABLED";
  managedScaling?: ManagedScaling;
  managedTerminationProtection?: "ENABLED" | "DISABLED";
}

export interface CreateManagedInstancesProviderConfiguration {
  autoRepairConfiguration?: AutoRepairConfiguration;
  infrastructureOptimization?: InfrastructureOptimization;
  infrastructureRoleArn: string;
  instanceLaunchTemplate: InstanceLaunchTemplate;
  propagateTags?: "CAPACITY_PROVIDER" | "NONE";
}

export interface TagShape {
  key?: string;
  value?: string;
}

export interface CapacityProvider {
  autoScalingGroupProvider?: AutoScalingGroupProvider;
  capacityProviderArn?: string;
  cluster?: string;
  managedInstancesProvider?: ManagedInstancesProvider;
  name?: string;
  status?: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "INACTIVE";
  tags?: Array<TagShape>;
  type?: "EC2_AUTOSCALING" | "MANAGED_INSTANCES" | "FARGATE" | "FARGATE_SPOT";
  updateStatus?: "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "CREATE_FAILED" | "DELETE_IN_PROGRESS" | "DELETE_COMPLETE" | "DELETE_FAILED" | "UPDATE_IN_PROGRESS" | "UPDATE_COMPLETE" | "UPDATE_FAILED";
  updateStatusReason?: string;
}

export interface ClusterConfiguration {
  executeCommandConfiguration?: ExecuteCommandConfiguration;
  managedStorageConfiguration?: ManagedStorageConfiguration;
}

export interface CapacityProviderStrategyItem {
  base?: number;
  capacityProvider: string;
  weight?: number;
}

export interface ClusterServiceConnectDefaultsRequest {
  namespace: string;
}

export interface ClusterSetting {
  name?: "containerInsights";
  value?: string;
}

export interface Cluster {
  activeServicesCount?: number;
  attachments?: Array<Attachment>;
  attachmentsStatus?: string;
  capacityProviders?: Array<string>;
  clusterArn?: string;
  clusterName?: string;
  configuration?: ClusterConfiguration;
  defaultCapacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  pendingTasksCount?: number;
  registeredContainerInstancesCount?: number;
  runningTasksCount?: number;
  serviceConnectDefaults?: ClusterServiceConnectDefaults;
  settings?: Array<ClusterSetting>;
  statistics?: Array<KeyValuePair>;
  status?: string;
  tags?: Array<TagShape>;
}

export interface DaemonDeploymentConfiguration {
  alarms?: DaemonAlarmConfiguration;
  bakeTimeInMinutes?: number;
  drainPercent?: number;
}

export interface ExpressGatewayServiceNetworkConfiguration {
  securityGroups?: Array<string>;
  subnets?: Array<string>;
}

export interface ExpressGatewayContainer {
  awsLogsConfiguration?: ExpressGatewayServiceAwsLogsConfiguration;
  command?: Array<string>;
  containerPort?: number;
  environment?: Array<KeyValuePair>;
  image: string;
  repositoryCredentials?: ExpressGatewayRepositoryCredentials;
  secrets?: Array<Secret>;
}

export interface ExpressGatewayScalingTarget {
  autoScalingMetric?: "AVERAGE_CPU" | "AVERAGE_MEMORY" | "REQUEST_COUNT_PER_TARGET";
  autoScalingTargetValue?: number;
  maxTaskCount?: number;
  minTaskCount?: number;
}

export interface ECSExpressGatewayService {
  activeConfigurations?: Array<ExpressGatewayServiceConfiguration>;
  cluster?: string;
  createdAt?: Date;
  currentDeployment?: string;
  infrastructureRoleArn?: string;
  serviceArn?: string;
  serviceName?: string;
  status?: ExpressGatewayServiceStatus;
  tags?: Array<TagShape>;
  updatedAt?: Date;
}

export interface DeploymentConfiguration {
  alarms?: DeploymentAlarms;
  bakeTimeInMinutes?: number;
  canaryConfiguration?: CanaryConfiguration;
  deploymentCircuitBreaker?: DeploymentCircuitBreaker;
  lifecycleHooks?: Array<DeploymentLifecycleHook>;
  linearConfiguration?: LinearConfiguration;
  maximumPercent?: number;
  minimumHealthyPercent?: number;
  strategy?: "ROLLING" | "BLUE_GREEN" | "LINEAR" | "CANARY";
}

export interface DeploymentController {
  type: "ECS" | "CODE_DEPLOY" | "EXTERNAL";
}

export interface LoadBalancer {
  advancedConfiguration?: AdvancedConfiguration;
  containerName?: string;
  containerPort?: number;
  loadBalancerName?: string;
  targetGroupArn?: string;
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

export interface ServiceConnectConfiguration {
  accessLogConfiguration?: ServiceConnectAccessLogConfiguration;
  enabled: boolean;
  logConfiguration?: LogConfiguration;
  namespace?: string;
  services?: Array<ServiceConnectService>;
}

export interface ServiceRegistry {
  containerName?: string;
  containerPort?: number;
  port?: number;
  registryArn?: string;
}

export interface ServiceVolumeConfiguration {
  managedEBSVolume?: ServiceManagedEBSVolumeConfiguration;
  name: string;
}

export interface VpcLatticeConfiguration {
  portName: string;
  roleArn: string;
  targetGroupArn: string;
}

export interface Service {
  availabilityZoneRebalancing?: "ENABLED" | "DISABLED";
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  clusterArn?: string;
  createdAt?: Date;
  createdBy?: string;
  currentServiceDeployment?: string;
  currentServiceRevisions?: Array<ServiceCurrentRevisionSummary>;
  deploymentConfiguration?: DeploymentConfiguration;
  deploymentController?: DeploymentController;
  deployments?: Array<Deployment>;
  desiredCount?: number;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  events?: Array<ServiceEvent>;
  healthCheckGracePeriodSeconds?: number;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  loadBalancers?: Array<LoadBalancer>;
  networkConfiguration?: NetworkConfiguration;
  pendingCount?: number;
  placementConstraints?: Array<PlacementConstraint>;
  placementStrategy?: Array<PlacementStrategy>;
  platformFamily?: string;
  platformVersion?: string;
  propagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  resourceManagementType?: "CUSTOMER" | "ECS";
  roleArn?: string;
  runningCount?: number;
  schedulingStrategy?: "REPLICA" | "DAEMON";
  serviceArn?: string;
  serviceName?: string;
  serviceRegistries?: Array<ServiceRegistry>;
  status?: string;
  tags?: Array<TagShape>;
  taskDefinition?: string;
  taskSets?: Array<TaskSet>;
}

export interface Scale {
  unit?: "PERCENT";
  value?: number;
}

export interface TaskSet {
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  clusterArn?: string;
  computedDesiredCount?: number;
  createdAt?: Date;
  externalId?: string;
  fargateEphemeralStorage?: DeploymentEphemeralStorage;
  id?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  loadBalancers?: Array<LoadBalancer>;
  networkConfiguration?: NetworkConfiguration;
  pendingCount?: number;
  platformFamily?: string;
  platformVersion?: string;
  runningCount?: number;
  scale?: Scale;
  serviceArn?: string;
  serviceRegistries?: Array<ServiceRegistry>;
  stabilityStatus?: "STEADY_STATE" | "STABILIZING";
  stabilityStatusAt?: Date;
  startedBy?: string;
  status?: string;
  tags?: Array<TagShape>;
  taskDefinition?: string;
  taskSetArn?: string;
  updatedAt?: Date;
}

export interface Setting {
  name?: "serviceLongArnFormat" | "taskLongArnFormat" | "containerInstanceLongArnFormat" | "awsvpcTrunking" | "containerInsights" | "fargateFIPSMode" | "tagResourceAuthorization" | "fargateTaskRetirementWaitPeriod" | "guardDutyActivate" | "defaultLogDriverMode" | "fargateEventWindows";
  principalArn?: string;
  type?: "user" | "aws_managed";
  value?: string;
}

export interface Attribute {
  name: string;
  targetId?: string;
  targetType?: "container-instance";
  value?: string;
}

export interface Failure {
  arn?: string;
  detail?: string;
  reason?: string;
}

export interface TaskDefinition {
  compatibilities?: Array<"EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES">;
  containerDefinitions?: Array<ContainerDefinition>;
  cpu?: string;
  deleteRequestedAt?: Date;
  deregisteredAt?: Date;
  enableFaultInjection?: boolean;
  ephemeralStorage?: EphemeralStorage;
  executionRoleArn?: string;
  family?: string;
  inferenceAccelerators?: Array<InferenceAccelerator>;
  ipcMode?: "host" | "task" | "none";
  memory?: string;
  networkMode?: "bridge" | "host" | "awsvpc" | "none";
  pidMode?: "host" | "task";
  placementConstraints?: Array<TaskDefinitionPlacementConstraint>;
  proxyConfiguration?: ProxyConfiguration;
  registeredAt?: Date;
  registeredBy?: string;
  requiresAttributes?: Array<Attribute>;
  requiresCompatibilities?: Array<"EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES">;
  revision?: number;
  runtimePlatform?: RuntimePlatform;
  status?: "ACTIVE" | "INACTIVE" | "DELETE_IN_PROGRESS";
  taskDefinitionArn?: string;
  taskRoleArn?: string;
  volumes?: Array<Volume>;
}

export interface ContainerInstance {
  agentConnected?: boolean;
  agentUpdateStatus?: "PENDING" | "STAGING" | "STAGED" | "UPDATING" | "UPDATED" | "FAILED";
  attachments?: Array<Attachment>;
  attributes?: Array<Attribute>;
  capacityProviderName?: string;
  containerInstanceArn?: string;
  ec2InstanceId?: string;
  healthStatus?: ContainerInstanceHealthStatus;
  pendingTasksCount?: number;
  registeredAt?: Date;
  registeredResources?: Array<Resource>;
  remainingResources?: Array<Resource>;
  runningTasksCount?: number;
  status?: string;
  statusReason?: string;
  tags?: Array<TagShape>;
  version?: number;
  versionInfo?: VersionInfo;
}

export interface DaemonDetail {
  clusterArn?: string;
  createdAt?: Date;
  currentRevisions?: Array<DaemonRevisionDetail>;
  daemonArn?: string;
  deploymentArn?: string;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS";
  updatedAt?: Date;
}

export interface DaemonDeployment {
  alarms?: DaemonDeploymentAlarms;
  circuitBreaker?: DaemonCircuitBreaker;
  clusterArn?: string;
  createdAt?: Date;
  daemonDeploymentArn?: string;
  deploymentConfiguration?: DaemonDeploymentConfiguration;
  finishedAt?: Date;
  rollback?: DaemonRollback;
  sourceDaemonRevisions?: Array<DaemonDeploymentRevisionDetail>;
  startedAt?: Date;
  status?: "PENDING" | "SUCCESSFUL" | "STOPPED" | "STOP_REQUESTED" | "IN_PROGRESS" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_SUCCESSFUL" | "ROLLBACK_FAILED";
  statusReason?: string;
  stoppedAt?: Date;
  targetDaemonRevision?: DaemonDeploymentRevisionDetail;
}

export interface DaemonRevision {
  clusterArn?: string;
  containerImages?: Array<DaemonContainerImage>;
  createdAt?: Date;
  daemonArn?: string;
  daemonRevisionArn?: string;
  daemonTaskDefinitionArn?: string;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  propagateTags?: "DAEMON" | "NONE";
}

export interface DaemonTaskDefinition {
  containerDefinitions?: Array<DaemonContainerDefinition>;
  cpu?: string;
  daemonTaskDefinitionArn?: string;
  deleteRequestedAt?: Date;
  executionRoleArn?: string;
  family?: string;
  memory?: string;
  registeredAt?: Date;
  registeredBy?: string;
  revision?: number;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS" | "DELETED";
  taskRoleArn?: string;
  volumes?: Array<DaemonVolume>;
}

export interface ServiceDeployment {
  alarms?: ServiceDeploymentAlarms;
  clusterArn?: string;
  createdAt?: Date;
  deploymentCircuitBreaker?: ServiceDeploymentCircuitBreaker;
  deploymentConfiguration?: DeploymentConfiguration;
  finishedAt?: Date;
  lifecycleHookDetails?: Array<DeploymentLifecycleHookDetail>;
  lifecycleStage?: "RECONCILE_SERVICE" | "PRE_SCALE_UP" | "SCALE_UP" | "POST_SCALE_UP" | "TEST_TRAFFIC_SHIFT" | "POST_TEST_TRAFFIC_SHIFT" | "PRODUCTION_TRAFFIC_SHIFT" | "POST_PRODUCTION_TRAFFIC_SHIFT" | "BAKE_TIME" | "CLEAN_UP";
  rollback?: Rollback;
  serviceArn?: string;
  serviceDeploymentArn?: string;
  sourceServiceRevisions?: Array<ServiceRevisionSummary>;
  startedAt?: Date;
  status?: "PENDING" | "SUCCESSFUL" | "STOPPED" | "STOP_REQUESTED" | "IN_PROGRESS" | "ROLLBACK_REQUESTED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_SUCCESSFUL" | "ROLLBACK_FAILED";
  statusReason?: string;
  stoppedAt?: Date;
  targetServiceRevision?: ServiceRevisionSummary;
  updatedAt?: Date;
}

export interface ServiceRevision {
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  clusterArn?: string;
  containerImages?: Array<ContainerImage>;
  createdAt?: Date;
  ecsManagedResources?: ECSManagedResources;
  fargateEphemeralStorage?: DeploymentEphemeralStorage;
  guardDutyEnabled?: boolean;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  loadBalancers?: Array<LoadBalancer>;
  networkConfiguration?: NetworkConfiguration;
  platformFamily?: string;
  platformVersion?: string;
  resolvedConfiguration?: ResolvedConfiguration;
  serviceArn?: string;
  serviceConnectConfiguration?: ServiceConnectConfiguration;
  serviceRegistries?: Array<ServiceRegistry>;
  serviceRevisionArn?: string;
  taskDefinition?: string;
  volumeConfigurations?: Array<ServiceVolumeConfiguration>;
  vpcLatticeConfigurations?: Array<VpcLatticeConfiguration>;
}

export interface Task {
  attachments?: Array<Attachment>;
  attributes?: Array<Attribute>;
  availabilityZone?: string;
  capacityProviderName?: string;
  clusterArn?: string;
  connectivity?: "CONNECTED" | "DISCONNECTED";
  connectivityAt?: Date;
  containerInstanceArn?: string;
  containers?: Array<Container>;
  cpu?: string;
  createdAt?: Date;
  desiredStatus?: string;
  enableExecuteCommand?: boolean;
  ephemeralStorage?: EphemeralStorage;
  executionStoppedAt?: Date;
  fargateEphemeralStorage?: TaskEphemeralStorage;
  group?: string;
  healthStatus?: "HEALTHY" | "UNHEALTHY" | "UNKNOWN";
  inferenceAccelerators?: Array<InferenceAccelerator>;
  lastStatus?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  memory?: string;
  overrides?: TaskOverride;
  platformFamily?: string;
  platformVersion?: string;
  pullStartedAt?: Date;
  pullStoppedAt?: Date;
  startedAt?: Date;
  startedBy?: string;
  stopCode?: "TaskFailedToStart" | "EssentialContainerExited" | "UserInitiated" | "ServiceSchedulerInitiated" | "SpotInterruption" | "TerminationNotice";
  stoppedAt?: Date;
  stoppedReason?: string;
  stoppingAt?: Date;
  tags?: Array<TagShape>;
  taskArn?: string;
  taskDefinitionArn?: string;
  version?: number;
}

export interface Session {
  sessionId?: string;
  streamUrl?: string;
  tokenValue?: string;
}

export interface ProtectedTask {
  expirationDate?: Date;
  protectionEnabled?: boolean;
  taskArn?: string;
}

export interface CreatedAt {
  after?: Date;
  before?: Date;
}

export interface DaemonDeploymentSummary {
  clusterArn?: string;
  createdAt?: Date;
  daemonArn?: string;
  daemonDeploymentArn?: string;
  finishedAt?: Date;
  startedAt?: Date;
  status?: "PENDING" | "SUCCESSFUL" | "STOPPED" | "STOP_REQUESTED" | "IN_PROGRESS" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_SUCCESSFUL" | "ROLLBACK_FAILED";
  statusReason?: string;
  stoppedAt?: Date;
  targetDaemonRevisionArn?: string;
}

export interface DaemonSummary {
  createdAt?: Date;
  daemonArn?: string;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS";
  updatedAt?: Date;
}

export interface DaemonTaskDefinitionSummary {
  arn?: string;
  deleteRequestedAt?: Date;
  registeredAt?: Date;
  registeredBy?: string;
  status?: "ACTIVE" | "DELETE_IN_PROGRESS" | "DELETED";
}

export interface ServiceDeploymentBrief {
  clusterArn?: string;
  createdAt?: Date;
  finishedAt?: Date;
  serviceArn?: string;
  serviceDeploymentArn?: string;
  startedAt?: Date;
  status?: "PENDING" | "SUCCESSFUL" | "STOPPED" | "STOP_REQUESTED" | "IN_PROGRESS" | "ROLLBACK_REQUESTED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_SUCCESSFUL" | "ROLLBACK_FAILED";
  statusReason?: string;
  targetServiceRevisionArn?: string;
}

export interface PlatformDevice {
  id: string;
  type: "GPU";
}

export interface Resource {
  doubleValue?: number;
  integerValue?: number;
  longValue?: number;
  name?: string;
  stringSetValue?: Array<string>;
  type?: string;
}

export interface VersionInfo {
  agentHash?: string;
  agentVersion?: string;
  dockerVersion?: string;
}

export interface DaemonContainerDefinition {
  command?: Array<string>;
  cpu?: number;
  dependsOn?: Array<ContainerDependency>;
  entryPoint?: Array<string>;
  environment?: Array<KeyValuePair>;
  environmentFiles?: Array<EnvironmentFile>;
  essential?: boolean;
  firelensConfiguration?: FirelensConfiguration;
  healthCheck?: HealthCheck;
  image: string;
  interactive?: boolean;
  linuxParameters?: DaemonLinuxParameters;
  logConfiguration?: LogConfiguration;
  memory?: number;
  memoryReservation?: number;
  mountPoints?: Array<MountPoint>;
  name?: string;
  privileged?: boolean;
  pseudoTerminal?: boolean;
  readonlyRootFilesystem?: boolean;
  repositoryCredentials?: RepositoryCredentials;
  restartPolicy?: ContainerRestartPolicy;
  secrets?: Array<Secret>;
  startTimeout?: number;
  stopTimeout?: number;
  systemControls?: Array<SystemControl>;
  ulimits?: Array<Ulimit>;
  user?: string;
  workingDirectory?: string;
}

export interface DaemonVolume {
  host?: HostVolumeProperties;
  name?: string;
}

export interface ContainerDefinition {
  command?: Array<string>;
  cpu?: number;
  credentialSpecs?: Array<string>;
  dependsOn?: Array<ContainerDependency>;
  disableNetworking?: boolean;
  dnsSearchDomains?: Array<string>;
  dnsServers?: Array<string>;
  dockerLabels?: Record<string, string>;
  dockerSecurityOptions?: Array<string>;
  entryPoint?: Array<string>;
  environment?: Array<KeyValuePair>;
  environmentFiles?: Array<EnvironmentFile>;
  essential?: boolean;
  extraHosts?: Array<HostEntry>;
  firelensConfiguration?: FirelensConfiguration;
  healthCheck?: HealthCheck;
  hostname?: string;
  image?: string;
  interactive?: boolean;
  links?: Array<string>;
  linuxParameters?: LinuxParameters;
  logConfiguration?: LogConfiguration;
  memory?: number;
  memoryReservation?: number;
  mountPoints?: Array<MountPoint>;
  name?: string;
  portMappings?: Array<PortMapping>;
  privileged?: boolean;
  pseudoTerminal?: boolean;
  readonlyRootFilesystem?: boolean;
  repositoryCredentials?: RepositoryCredentials;
  resourceRequirements?: Array<ResourceRequirement>;
  restartPolicy?: ContainerRestartPolicy;
  secrets?: Array<Secret>;
  startTimeout?: number;
  stopTimeout?: number;
  systemControls?: Array<SystemControl>;
  ulimits?: Array<Ulimit>;
  user?: string;
  versionConsistency?: "enabled" | "disabled";
  volumesFrom?: Array<VolumeFrom>;
  workingDirectory?: string;
}

export interface EphemeralStorage {
  sizeInGiB: number;
}

export interface InferenceAccelerator {
  deviceName: string;
  deviceType: string;
}

export interface TaskDefinitionPlacementConstraint {
  expression?: string;
  type?: "memberOf";
}

export interface ProxyConfiguration {
  containerName: string;
  properties?: Array<KeyValuePair>;
  type?: "APPMESH";
}

export interface RuntimePlatform {
  cpuArchitecture?: "X86_64" | "ARM64";
  operatingSystemFamily?: "WINDOWS_SERVER_2019_FULL" | "WINDOWS_SERVER_2019_CORE" | "WINDOWS_SERVER_2016_FULL" | "WINDOWS_SERVER_2004_CORE" | "WINDOWS_SERVER_2022_CORE" | "WINDOWS_SERVER_2022_FULL" | "WINDOWS_SERVER_2025_CORE" | "WINDOWS_SERVER_2025_FULL" | "WINDOWS_SERVER_20H2_CORE" | "LINUX";
}

export interface Volume {
  configuredAtLaunch?: boolean;
  dockerVolumeConfiguration?: DockerVolumeConfiguration;
  efsVolumeConfiguration?: EFSVolumeConfiguration;
  fsxWindowsFileServerVolumeConfiguration?: FSxWindowsFileServerVolumeConfiguration;
  host?: HostVolumeProperties;
  name?: string;
  s3filesVolumeConfiguration?: S3FilesVolumeConfiguration;
}

export interface TaskOverride {
  containerOverrides?: Array<ContainerOverride>;
  cpu?: string;
  ephemeralStorage?: EphemeralStorage;
  executionRoleArn?: string;
  inferenceAcceleratorOverrides?: Array<InferenceAcceleratorOverride>;
  memory?: string;
  taskRoleArn?: string;
}

export interface TaskVolumeConfiguration {
  managedEBSVolume?: TaskManagedEBSVolumeConfiguration;
  name: string;
}

export interface AttachmentStateChange {
  attachmentArn: string;
  status: string;
}

export interface NetworkBinding {
  bindIP?: string;
  containerPort?: number;
  containerPortRange?: string;
  hostPort?: number;
  hostPortRange?: string;
  protocol?: "tcp" | "udp";
}

export interface ContainerStateChange {
  containerName?: string;
  exitCode?: number;
  imageDigest?: string;
  networkBindings?: Array<NetworkBinding>;
  reason?: string;
  runtimeId?: string;
  status?: string;
}

export interface ManagedAgentStateChange {
  containerName: string;
  managedAgentName: "ExecuteCommandAgent";
  reason?: string;
  status: string;
}

export interface AutoScalingGroupProviderUpdate {
  managedDraining?: "ENABLED" | "DISABLED";
  managedScaling?: ManagedScaling;
  managedTerminationProtection?: "ENABLED" | "DISABLED";
}

export interface UpdateManagedInstancesProviderConfiguration {
  autoRepairConfiguration?: AutoRepairConfiguration;
  infrastructureOptimization?: InfrastructureOptimization;
  infrastructureRoleArn: string;
  instanceLaunchTemplate: InstanceLaunchTemplateUpdate;
  propagateTags?: "CAPACITY_PROVIDER" | "NONE";
}

export interface UpdatedExpressGatewayService {
  cluster?: string;
  createdAt?: Date;
  serviceArn?: string;
  serviceName?: string;
  status?: ExpressGatewayServiceStatus;
  targetConfiguration?: ExpressGatewayServiceConfiguration;
  updatedAt?: Date;
}

export interface ManagedScaling {
  instanceWarmupPeriod?: number;
  maximumScalingStepSize?: number;
  minimumScalingStepSize?: number;
  status?: "ENABLED" | "DISABLED";
  targetCapacity?: number;
}

export interface AutoRepairConfiguration {
  actionsStatus?: "ENABLED" | "DISABLED";
}

export interface InfrastructureOptimization {
  scaleInAfter?: number;
}

export interface InstanceLaunchTemplate {
  capacityOptionType?: "ON_DEMAND" | "SPOT" | "RESERVED";
  capacityReservations?: CapacityReservationRequest;
  ec2InstanceProfileArn: string;
  fipsEnabled?: boolean;
  instanceMetadataTagsPropagation?: boolean;
  instanceRequirements?: InstanceRequirementsRequest;
  localStorageConfiguration?: ManagedInstancesLocalStorageConfiguration;
  monitoring?: "BASIC" | "DETAILED";
  networkConfiguration: ManagedInstancesNetworkConfiguration;
  storageConfiguration?: ManagedInstancesStorageConfiguration;
}

export interface ManagedInstancesProvider {
  autoRepairConfiguration?: AutoRepairConfiguration;
  infrastructureOptimization?: InfrastructureOptimization;
  infrastructureRoleArn?: string;
  instanceLaunchTemplate?: InstanceLaunchTemplate;
  propagateTags?: "CAPACITY_PROVIDER" | "NONE";
}

export interface ExecuteCommandConfiguration {
  kmsKeyId?: string;
  logConfiguration?: ExecuteCommandLogConfiguration;
  logging?: "NONE" | "DEFAULT" | "OVERRIDE";
}

export interface ManagedStorageConfiguration {
  fargateEphemeralStorageKmsKeyId?: string;
  kmsKeyId?: string;
}

export interface Attachment {
  details?: Array<KeyValuePair>;
  id?: string;
  status?: string;
  type?: string;
}

export interface ClusterServiceConnectDefaults {
  namespace?: string;
}

export interface KeyValuePair {
  name?: string;
  value?: string;
}

export interface DaemonAlarmConfiguration {
  alarmNames?: Array<string>;
  enable?: boolean;
}

export interface ExpressGatewayServiceAwsLogsConfiguration {
  logGroup: string;
  logStreamPrefix: string;
}

export interface ExpressGatewayRepositoryCredentials {
  credentialsParameter?: string;
}

export interface Secret {
  name: string;
  valueFrom: string;
}

export interface ExpressGatewayServiceConfiguration {
  cpu?: string;
  createdAt?: Date;
  executionRoleArn?: string;
  healthCheckPath?: string;
  ingressPaths?: Array<IngressPathSummary>;
  memory?: string;
  networkConfiguration?: ExpressGatewayServiceNetworkConfiguration;
  primaryContainer?: ExpressGatewayContainer;
  scalingTarget?: ExpressGatewayScalingTarget;
  serviceRevisionArn?: string;
  taskRoleArn?: string;
}

export interface ExpressGatewayServiceStatus {
  statusCode?: "ACTIVE" | "DRAINING" | "INACTIVE";
  statusReason?: string;
}

export interface DeploymentAlarms {
  alarmNames: Array<string>;
  enable: boolean;
  rollback: boolean;
}

export interface CanaryConfiguration {
  canaryBakeTimeInMinutes?: number;
  canaryPercent?: number;
}

export interface DeploymentCircuitBreaker {
  enable: boolean;
  rollback: boolean;
}

export interface DeploymentLifecycleHook {
  hookDetails?: unknown;
  hookTargetArn?: string;
  lifecycleStages?: Array<"RECONCILE_SERVICE" | "PRE_SCALE_UP" | "POST_SCALE_UP" | "TEST_TRAFFIC_SHIFT" | "POST_TEST_TRAFFIC_SHIFT" | "PRE_PRODUCTION_TRAFFIC_SHIFT" | "PRODUCTION_TRAFFIC_SHIFT" | "POST_PRODUCTION_TRAFFIC_SHIFT">;
  roleArn?: string;
  targetType?: "AWS_LAMBDA" | "PAUSE";
  timeoutConfiguration?: DeploymentLifecycleHookTimeoutConfiguration;
}

export interface LinearConfiguration {
  stepBakeTimeInMinutes?: number;
  stepPercent?: number;
}

export interface AdvancedConfiguration {
  alternateTargetGroupArn?: string;
  productionListenerRule?: string;
  roleArn?: string;
  testListenerRule?: string;
}

export interface AwsVpcConfiguration {
  assignPublicIp?: "ENABLED" | "DISABLED";
  securityGroups?: Array<string>;
  subnets: Array<string>;
}

export interface ServiceConnectAccessLogConfiguration {
  format: "TEXT" | "JSON";
  includeQueryParameters?: "DISABLED" | "ENABLED";
}

export interface LogConfiguration {
  logDriver: "json-file" | "syslog" | "journald" | "gelf" | "fluentd" | "awslogs" | "splunk" | "awsfirelens";
  options?: Record<string, string>;
  secretOptions?: Array<Secret>;
}

export interface ServiceConnectService {
  clientAliases?: Array<ServiceConnectClientAlias>;
  discoveryName?: string;
  ingressPortOverride?: number;
  portName: string;
  timeout?: TimeoutConfiguration;
  tls?: ServiceConnectTlsConfiguration;
}

export interface ServiceManagedEBSVolumeConfiguration {
  encrypted?: boolean;
  filesystemType?: "ext3" | "ext4" | "xfs" | "ntfs";
  iops?: number;
  kmsKeyId?: string;
  roleArn: string;
  sizeInGiB?: number;
  snapshotId?: string;
  tagSpecifications?: Array<EBSTagSpecification>;
  throughput?: number;
  volumeInitializationRate?: number;
  volumeType?: string;
}

export interface ServiceCurrentRevisionSummary {
  arn?: string;
  pendingTaskCount?: number;
  requestedTaskCount?: number;
  runningTaskCount?: number;
}

export interface Deployment {
  capacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  createdAt?: Date;
  desiredCount?: number;
  failedTasks?: number;
  fargateEphemeralStorage?: DeploymentEphemeralStorage;
  id?: string;
  launchType?: "EC2" | "FARGATE" | "EXTERNAL" | "MANAGED_INSTANCES";
  networkConfiguration?: NetworkConfiguration;
  pendingCount?: number;
  platformFamily?: string;
  platformVersion?: string;
  rolloutState?: "COMPLETED" | "FAILED" | "IN_PROGRESS";
  rolloutStateReason?: string;
  runningCount?: number;
  serviceConnectConfiguration?: ServiceConnectConfiguration;
  serviceConnectResources?: Array<ServiceConnectServiceResource>;
  status?: string;
  taskDefinition?: string;
  updatedAt?: Date;
  volumeConfigurations?: Array<ServiceVolumeConfiguration>;
  vpcLatticeConfigurations?: Array<VpcLatticeConfiguration>;
}

export interface ServiceEvent {
  createdAt?: Date;
  id?: string;
  message?: string;
}

export interface DeploymentEphemeralStorage {
  kmsKeyId?: string;
}

export interface ContainerInstanceHealthStatus {
  details?: Array<InstanceHealthCheckResult>;
  overallStatus?: "OK" | "IMPAIRED" | "INSUFFICIENT_DATA" | "INITIALIZING";
}

export interface DaemonRevisionDetail {
  arn?: string;
  capacityProviders?: Array<DaemonCapacityProvider>;
  totalRunningCount?: number;
}

export interface DaemonDeploymentAlarms {
  alarmNames?: Array<string>;
  status?: "TRIGGERED" | "MONITORING" | "MONITORING_COMPLETE" | "DISABLED";
  triggeredAlarmNames?: Array<string>;
}

export interface DaemonCircuitBreaker {
  failureCount?: number;
  status?: "TRIGGERED" | "MONITORING" | "MONITORING_COMPLETE" | "DISABLED";
  threshold?: number;
}

export interface DaemonRollback {
  reason?: string;
  rollbackCapacityProviders?: Array<string>;
  rollbackTargetDaemonRevisionArn?: string;
  startedAt?: Date;
}

export interface DaemonDeploymentRevisionDetail {
  arn?: string;
  capacityProviders?: Array<DaemonDeploymentCapacityProvider>;
  totalDrainingInstanceCount?: number;
  totalRunningInstanceCount?: number;
}

export interface DaemonContainerImage {
  containerName?: string;
  image?: string;
  imageDigest?: string;
}

export interface ServiceDeploymentAlarms {
  alarmNames?: Array<string>;
  status?: "TRIGGERED" | "MONITORING" | "MONITORING_COMPLETE" | "DISABLED";
  triggeredAlarmNames?: Array<string>;
}

export interface ServiceDeploymentCircuitBreaker {
  failureCount?: number;
  status?: "TRIGGERED" | "MONITORING" | "MONITORING_COMPLETE" | "DISABLED";
  threshold?: number;
}

export interface DeploymentLifecycleHookDetail {
  expiresAt?: Date;
  hookId?: string;
  status?: "AWAITING_ACTION" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "TIMED_OUT";
  targetArn?: string;
  targetType?: "AWS_LAMBDA" | "PAUSE";
  timeoutAction?: "ROLLBACK" | "CONTINUE";
}

export interface Rollback {
  reason?: string;
  serviceRevisionArn?: string;
  startedAt?: Date;
}

export interface ServiceRevisionSummary {
  arn?: string;
  pendingTaskCount?: number;
  requestedProductionTrafficWeight?: number;
  requestedTaskCount?: number;
  requestedTestTrafficWeight?: number;
  runningTaskCount?: number;
}

export interface ContainerImage {
  containerName?: string;
  image?: string;
  imageDigest?: string;
}

export interface ECSManagedResources {
  autoScaling?: ManagedAutoScaling;
  ingressPaths?: Array<ManagedIngressPath>;
  logGroups?: Array<ManagedLogGroup>;
  metricAlarms?: Array<ManagedMetricAlarm>;
  serviceSecurityGroups?: Array<ManagedSecurityGroup>;
}

export interface ResolvedConfiguration {
  loadBalancers?: Array<ServiceRevisionLoadBalancer>;
}

export interface Container {
  containerArn?: string;
  cpu?: string;
  exitCode?: number;
  gpuIds?: Array<string>;
  healthStatus?: "HEALTHY" | "UNHEALTHY" | "UNKNOWN";
  image?: string;
  imageDigest?: string;
  lastStatus?: string;
  managedAgents?: Array<ManagedAgent>;
  memory?: string;
  memoryReservation?: string;
  name?: string;
  networkBindings?: Array<NetworkBinding>;
  networkInterfaces?: Array<NetworkInterface>;
  reason?: string;
  runtimeId?: string;
  taskArn?: string;
}

export interface TaskEphemeralStorage {
  kmsKeyId?: string;
  sizeInGiB?: number;
}

export interface ContainerDependency {
  condition: "START" | "COMPLETE" | "SUCCESS" | "HEALTHY";
  containerName: string;
}

export interface EnvironmentFile {
  type: "s3";
  value: string;
}

export interface FirelensConfiguration {
  options?: Record<string, string>;
  type: "fluentd" | "fluentbit";
}

export interface HealthCheck {
  command: Array<string>;
  interval?: number;
  retries?: number;
  startPeriod?: number;
  timeout?: number;
}

export interface DaemonLinuxParameters {
  capabilities?: KernelCapabilities;
  devices?: Array<Device>;
  initProcessEnabled?: boolean;
  tmpfs?: Array<Tmpfs>;
}

export interface MountPoint {
  containerPath?: string;
  readOnly?: boolean;
  sourceVolume?: string;
}

export interface RepositoryCredentials {
  credentialsParameter: string;
}

export interface ContainerRestartPolicy {
  enabled: boolean;
  ignoredExitCodes?: Array<number>;
  restartAttemptPeriod?: number;
}

export interface SystemControl {
  namespace?: string;
  value?: string;
}

export interface Ulimit {
  hardLimit: number;
  name: "core" | "cpu" | "data" | "fsize" | "locks" | "memlock" | "msgqueue" | "nice" | "nofile" | "nproc" | "rss" | "rtprio" | "rttime" | "sigpending" | "stack";
  softLimit: number;
}

export interface HostVolumeProperties {
  sourcePath?: string;
}

export interface HostEntry {
  hostname: string;
  ipAddress: string;
}

export interface LinuxParameters {
  capabilities?: KernelCapabilities;
  devices?: Array<Device>;
  initProcessEnabled?: boolean;
  maxSwap?: number;
  sharedMemorySize?: number;
  swappiness?: number;
  tmpfs?: Array<Tmpfs>;
}

export interface PortMapping {
  appProtocol?: "http" | "http2" | "grpc";
  containerPort?: number;
  containerPortRange?: string;
  hostPort?: number;
  name?: string;
  protocol?: "tcp" | "udp";
}

export interface ResourceRequirement {
  type: "GPU" | "InferenceAccelerator";
  value: string;
}

export interface VolumeFrom {
  readOnly?: boolean;
  sourceContainer?: string;
}

export interface DockerVolumeConfiguration {
  autoprovision?: boolean;
  driver?: string;
  driverOpts?: Record<string, string>;
  labels?: Record<string, string>;
  scope?: "task" | "shared";
}

export interface EFSVolumeConfiguration {
  authorizationConfig?: EFSAuthorizationConfig;
  fileSystemId: string;
  rootDirectory?: string;
  transitEncryption?: "ENABLED" | "DISABLED";
  transitEncryptionPort?: number;
}

export interface FSxWindowsFileServerVolumeConfiguration {
  authorizationConfig: FSxWindowsFileServerAuthorizationConfig;
  fileSystemId: string;
  rootDirectory: string;
}

export interface S3FilesVolumeConfiguration {
  accessPointArn?: string;
  fileSystemArn: string;
  rootDirectory?: string;
  transitEncryptionPort?: number;
}

export interface ContainerOverride {
  command?: Array<string>;
  cpu?: number;
  environment?: Array<KeyValuePair>;
  environmentFiles?: Array<EnvironmentFile>;
  memory?: number;
  memoryReservation?: number;
  name?: string;
  resourceRequirements?: Array<ResourceRequirement>;
}

export interface InferenceAcceleratorOverride {
  deviceName?: string;
  deviceType?: string;
}

export interface TaskManagedEBSVolumeConfiguration {
  encrypted?: boolean;
  filesystemType?: "ext3" | "ext4" | "xfs" | "ntfs";
  iops?: number;
  kmsKeyId?: string;
  roleArn: string;
  sizeInGiB?: number;
  snapshotId?: string;
  tagSpecifications?: Array<EBSTagSpecification>;
  terminationPolicy?: TaskManagedEBSVolumeTerminationPolicy;
  throughput?: number;
  volumeInitializationRate?: number;
  volumeType?: string;
}

export interface InstanceLaunchTemplateUpdate {
  capacityReservations?: CapacityReservationRequest;
  ec2InstanceProfileArn?: string;
  instanceMetadataTagsPropagation?: boolean;
  instanceRequirements?: InstanceRequirementsRequest;
  localStorageConfiguration?: ManagedInstancesLocalStorageConfiguration;
  monitoring?: "BASIC" | "DETAILED";
  networkConfiguration?: ManagedInstancesNetworkConfiguration;
  storageConfiguration?: ManagedInstancesStorageConfiguration;
}

export interface CapacityReservationRequest {
  reservationGroupArn?: string;
  reservationPreference?: "RESERVATIONS_ONLY" | "RESERVATIONS_FIRST" | "RESERVATIONS_EXCLUDED";
}

export interface InstanceRequirementsRequest {
  acceleratorCount?: AcceleratorCountRequest;
  acceleratorManufacturers?: Array<"amazon-web-services" | "amd" | "nvidia" | "xilinx" | "habana">;
  acceleratorNames?: Array<"a100" | "inferentia" | "k520" | "k80" | "m60" | "radeon-pro-v520" | "t4" | "vu9p" | "v100" | "a10g" | "h100" | "t4g">;
  acceleratorTotalMemoryMiB?: AcceleratorTotalMemoryMiBRequest;
  acceleratorTypes?: Array<"gpu" | "fpga" | "inference">;
  allowedInstanceTypes?: Array<string>;
  bareMetal?: "included" | "required" | "excluded";
  baselineEbsBandwidthMbps?: BaselineEbsBandwidthMbpsRequest;
  burstablePerformance?: "included" | "required" | "excluded";
  cpuManufacturers?: Array<"intel" | "amd" | "amazon-web-services">;
  excludedInstanceTypes?: Array<string>;
  instanceGenerations?: Array<"current" | "previous">;
  localStorage?: "included" | "required" | "excluded";
  localStorageTypes?: Array<"hdd" | "ssd">;
  maxSpotPriceAsPercentageOfOptimalOnDemandPrice?: number;
  memoryGiBPerVCpu?: MemoryGiBPerVCpuRequest;
  memoryMiB: MemoryMiBRequest;
  networkBandwidthGbps?: NetworkBandwidthGbpsRequest;
  networkInterfaceCount?: NetworkInterfaceCountRequest;
  onDemandMaxPricePercentageOverLowestPrice?: number;
  requireHibernateSupport?: boolean;
  spotMaxPricePercentageOverLowestPrice?: number;
  totalLocalStorageGB?: TotalLocalStorageGBRequest;
  vCpuCount: VCpuCountRangeRequest;
}

export interface ManagedInstancesLocalStorageConfiguration {
  useLocalStorage?: boolean;
}

export interface ManagedInstancesNetworkConfiguration {
  securityGroups?: Array<string>;
  subnets?: Array<string>;
}

export interface ManagedInstancesStorageConfiguration {
  storageSizeGiB?: number;
}

export interface ExecuteCommandLogConfiguration {
  cloudWatchEncryptionEnabled?: boolean;
  cloudWatchLogGroupName?: string;
  s3BucketName?: string;
  s3EncryptionEnabled?: boolean;
  s3KeyPrefix?: string;
}

export interface IngressPathSummary {
  accessType: "PUBLIC" | "PRIVATE";
  endpoint: string;
}

export interface DeploymentLifecycleHookTimeoutConfiguration {
  action?: "ROLLBACK" | "CONTINUE";
  timeoutInMinutes?: number;
}

export interface ServiceConnectClientAlias {
  dnsName?: string;
  port: number;
  testTrafficRules?: ServiceConnectTestTrafficRules;
}

export interface TimeoutConfiguration {
  idleTimeoutSeconds?: number;
  perRequestTimeoutSeconds?: number;
}

export interface ServiceConnectTlsConfiguration {
  issuerCertificateAuthority: ServiceConnectTlsCertificateAuthority;
  kmsKey?: string;
  roleArn?: string;
}

export interface EBSTagSpecification {
  propagateTags?: "TASK_DEFINITION" | "SERVICE" | "NONE";
  resourceType: "volume";
  tags?: Array<TagShape>;
}

export interface ServiceConnectServiceResource {
  discoveryArn?: string;
  discoveryName?: string;
}

export interface InstanceHealthCheckResult {
  lastStatusChange?: Date;
  lastUpdated?: Date;
  status?: "OK" | "IMPAIRED" | "INSUFFICIENT_DATA" | "INITIALIZING";
  statusReason?: string;
  type?: "CONTAINER_RUNTIME" | "ACCELERATED_COMPUTE" | "DAEMON";
}

export interface DaemonCapacityProvider {
  arn?: string;
  runningCount?: number;
}

export interface DaemonDeploymentCapacityProvider {
  arn?: string;
  drainingInstanceCount?: number;
  runningInstanceCount?: number;
}

export interface ManagedAutoScaling {
  applicationAutoScalingPolicies?: Array<ManagedApplicationAutoScalingPolicy>;
  scalableTarget?: ManagedScalableTarget;
}

export interface ManagedIngressPath {
  accessType: "PUBLIC" | "PRIVATE";
  certificate?: ManagedCertificate;
  endpoint: string;
  listener?: ManagedListener;
  loadBalancer?: ManagedLoadBalancer;
  loadBalancerSecurityGroups?: Array<ManagedSecurityGroup>;
  rule?: ManagedListenerRule;
  targetGroups?: Array<ManagedTargetGroup>;
}

export interface ManagedLogGroup {
  arn?: string;
  logGroupName: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ManagedMetricAlarm {
  arn?: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ManagedSecurityGroup {
  arn?: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ServiceRevisionLoadBalancer {
  productionListenerRule?: string;
  targetGroupArn?: string;
}

export interface ManagedAgent {
  lastStartedAt?: Date;
  lastStatus?: string;
  name?: "ExecuteCommandAgent";
  reason?: string;
}

export interface NetworkInterface {
  attachmentId?: string;
  ipv6Address?: string;
  privateIpv4Address?: string;
}

export interface KernelCapabilities {
  add?: Array<string>;
  drop?: Array<string>;
}

export interface Device {
  containerPath?: string;
  hostPath: string;
  permissions?: Array<"read" | "write" | "mknod">;
}

export interface Tmpfs {
  containerPath: string;
  mountOptions?: Array<string>;
  size: number;
}

export interface EFSAuthorizationConfig {
  accessPointId?: string;
  iam?: "ENABLED" | "DISABLED";
}

export interface FSxWindowsFileServerAuthorizationConfig {
  credentialsParameter: string;
  domain: string;
}

export interface TaskManagedEBSVolumeTerminationPolicy {
  deleteOnTermination: boolean;
}

export interface AcceleratorCountRequest {
  max?: number;
  min?: number;
}

export interface AcceleratorTotalMemoryMiBRequest {
  max?: number;
  min?: number;
}

export interface BaselineEbsBandwidthMbpsRequest {
  max?: number;
  min?: number;
}

export interface MemoryGiBPerVCpuRequest {
  max?: number;
  min?: number;
}

export interface MemoryMiBRequest {
  max?: number;
  min: number;
}

export interface NetworkBandwidthGbpsRequest {
  max?: number;
  min?: number;
}

export interface NetworkInterfaceCountRequest {
  max?: number;
  min?: number;
}

export interface TotalLocalStorageGBRequest {
  max?: number;
  min?: number;
}

export interface VCpuCountRangeRequest {
  max?: number;
  min: number;
}

export interface ServiceConnectTestTrafficRules {
  header: ServiceConnectTestTrafficHeaderRules;
}

export interface ServiceConnectTlsCertificateAuthority {
  awsPcaAuthorityArn?: string;
}

export interface ManagedApplicationAutoScalingPolicy {
  arn?: string;
  metric: string;
  policyType: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  targetValue: number;
  updatedAt: Date;
}

export interface ManagedScalableTarget {
  arn?: string;
  maxCapacity: number;
  minCapacity: number;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ManagedCertificate {
  arn?: string;
  domainName: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ManagedListener {
  arn?: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ManagedLoadBalancer {
  arn?: string;
  scheme: string;
  securityGroupIds?: Array<string>;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  subnetIds?: Array<string>;
  updatedAt: Date;
}

export interface ManagedListenerRule {
  arn?: string;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ManagedTargetGroup {
  arn?: string;
  healthCheckPath: string;
  healthCheckPort: number;
  port: number;
  status: "PROVISIONING" | "ACTIVE" | "DEPROVISIONING" | "DELETED" | "FAILED";
  statusReason?: string;
  updatedAt: Date;
}

export interface ServiceConnectTestTrafficHeaderRules {
  name: string;
  value?: ServiceConnectTestTrafficHeaderMatchRules;
}

export interface ServiceConnectTestTrafficHeaderMatchRules {
  exact: string;
}

/** Every operation of Amazon EC2 Container Service; a provider implements the ones it serves. */
export interface EcsOperations {
  ContinueServiceDeployment(input: ContinueServiceDeploymentRequest, context: RequestContext): ContinueServiceDeploymentResponse | Promise<ContinueServiceDeploymentResponse>;
  CreateCapacityProvider(input: CreateCapacityProviderRequest, context: RequestContext): CreateCapacityProviderResponse | Promise<CreateCapacityProviderResponse>;
  CreateCluster(input: CreateClusterRequest, context: RequestContext): CreateClusterResponse | Promise<CreateClusterResponse>;
  CreateDaemon(input: CreateDaemonRequest, context: RequestContext): CreateDaemonResponse | Promise<CreateDaemonResponse>;
  CreateExpressGatewayService(input: CreateExpressGatewayServiceRequest, context: RequestContext): CreateExpressGatewayServiceResponse | Promise<CreateExpressGatewayServiceResponse>;
  CreateService(input: CreateServiceRequest, context: RequestContext): CreateServiceResponse | Promise<CreateServiceResponse>;
  CreateTaskSet(input: CreateTaskSetRequest, context: RequestContext): CreateTaskSetResponse | Promise<CreateTaskSetResponse>;
  DeleteAccountSetting(input: DeleteAccountSettingRequest, context: RequestContext): DeleteAccountSettingResponse | Promise<DeleteAccountSettingResponse>;
  DeleteAttributes(input: DeleteAttributesRequest, context: RequestContext): DeleteAttributesResponse | Promise<DeleteAttributesResponse>;
  DeleteCapacityProvider(input: DeleteCapacityProviderRequest, context: RequestContext): DeleteCapacityProviderResponse | Promise<DeleteCapacityProviderResponse>;
  DeleteCluster(input: DeleteClusterRequest, context: RequestContext): DeleteClusterResponse | Promise<DeleteClusterResponse>;
  DeleteDaemon(input: DeleteDaemonRequest, context: RequestContext): DeleteDaemonResponse | Promise<DeleteDaemonResponse>;
  DeleteDaemonTaskDefinition(input: DeleteDaemonTaskDefinitionRequest, context: RequestContext): DeleteDaemonTaskDefinitionResponse | Promise<DeleteDaemonTaskDefinitionResponse>;
  DeleteExpressGatewayService(input: DeleteExpressGatewayServiceRequest, context: RequestContext): DeleteExpressGatewayServiceResponse | Promise<DeleteExpressGatewayServiceResponse>;
  DeleteService(input: DeleteServiceRequest, context: RequestContext): DeleteServiceResponse | Promise<DeleteServiceResponse>;
  DeleteTaskDefinitions(input: DeleteTaskDefinitionsRequest, context: RequestContext): DeleteTaskDefinitionsResponse | Promise<DeleteTaskDefinitionsResponse>;
  DeleteTaskSet(input: DeleteTaskSetRequest, context: RequestContext): DeleteTaskSetResponse | Promise<DeleteTaskSetResponse>;
  DeregisterContainerInstance(input: DeregisterContainerInstanceRequest, context: RequestContext): DeregisterContainerInstanceResponse | Promise<DeregisterContainerInstanceResponse>;
  DeregisterTaskDefinition(input: DeregisterTaskDefinitionRequest, context: RequestContext): DeregisterTaskDefinitionResponse | Promise<DeregisterTaskDefinitionResponse>;
  DescribeCapacityProviders(input: DescribeCapacityProvidersRequest, context: RequestContext): DescribeCapacityProvidersResponse | Promise<DescribeCapacityProvidersResponse>;
  DescribeClusters(input: DescribeClustersRequest, context: RequestContext): DescribeClustersResponse | Promise<DescribeClustersResponse>;
  DescribeContainerInstances(input: DescribeContainerInstancesRequest, context: RequestContext): DescribeContainerInstancesResponse | Promise<DescribeContainerInstancesResponse>;
  DescribeDaemon(input: DescribeDaemonRequest, context: RequestContext): DescribeDaemonResponse | Promise<DescribeDaemonResponse>;
  DescribeDaemonDeployments(input: DescribeDaemonDeploymentsRequest, context: RequestContext): DescribeDaemonDeploymentsResponse | Promise<DescribeDaemonDeploymentsResponse>;
  DescribeDaemonRevisions(input: DescribeDaemonRevisionsRequest, context: RequestContext): DescribeDaemonRevisionsResponse | Promise<DescribeDaemonRevisionsResponse>;
  DescribeDaemonTaskDefinition(input: DescribeDaemonTaskDefinitionRequest, context: RequestContext): DescribeDaemonTaskDefinitionResponse | Promise<DescribeDaemonTaskDefinitionResponse>;
  DescribeExpressGatewayService(input: DescribeExpressGatewayServiceRequest, context: RequestContext): DescribeExpressGatewayServiceResponse | Promise<DescribeExpressGatewayServiceResponse>;
  DescribeServiceDeployments(input: DescribeServiceDeploymentsRequest, context: RequestContext): DescribeServiceDeploymentsResponse | Promise<DescribeServiceDeploymentsResponse>;
  DescribeServiceRevisions(input: DescribeServiceRevisionsRequest, context: RequestContext): DescribeServiceRevisionsResponse | Promise<DescribeServiceRevisionsResponse>;
  DescribeServices(input: DescribeServicesRequest, context: RequestContext): DescribeServicesResponse | Promise<DescribeServicesResponse>;
  DescribeTaskDefinition(input: DescribeTaskDefinitionRequest, context: RequestContext): DescribeTaskDefinitionResponse | Promise<DescribeTaskDefinitionResponse>;
  DescribeTasks(input: DescribeTasksRequest, context: RequestContext): DescribeTasksResponse | Promise<DescribeTasksResponse>;
  DescribeTaskSets(input: DescribeTaskSetsRequest, context: RequestContext): DescribeTaskSetsResponse | Promise<DescribeTaskSetsResponse>;
  DiscoverPollEndpoint(input: DiscoverPollEndpointRequest, context: RequestContext): DiscoverPollEndpointResponse | Promise<DiscoverPollEndpointResponse>;
  ExecuteCommand(input: ExecuteCommandRequest, context: RequestContext): ExecuteCommandResponse | Promise<ExecuteCommandResponse>;
  GetTaskProtection(input: GetTaskProtectionRequest, context: RequestContext): GetTaskProtectionResponse | Promise<GetTaskProtectionResponse>;
  ListAccountSettings(input: ListAccountSettingsRequest, context: RequestContext): ListAccountSettingsResponse | Promise<ListAccountSettingsResponse>;
  ListAttributes(input: ListAttributesRequest, context: RequestContext): ListAttributesResponse | Promise<ListAttributesResponse>;
  ListClusters(input: ListClustersRequest, context: RequestContext): ListClustersResponse | Promise<ListClustersResponse>;
  ListContainerInstances(input: ListContainerInstancesRequest, context: RequestContext): ListContainerInstancesResponse | Promise<ListContainerInstancesResponse>;
  ListDaemonDeployments(input: ListDaemonDeploymentsRequest, context: RequestContext): ListDaemonDeploymentsResponse | Promise<ListDaemonDeploymentsResponse>;
  ListDaemons(input: ListDaemonsRequest, context: RequestContext): ListDaemonsResponse | Promise<ListDaemonsResponse>;
  ListDaemonTaskDefinitions(input: ListDaemonTaskDefinitionsRequest, context: RequestContext): ListDaemonTaskDefinitionsResponse | Promise<ListDaemonTaskDefinitionsResponse>;
  ListServiceDeployments(input: ListServiceDeploymentsRequest, context: RequestContext): ListServiceDeploymentsResponse | Promise<ListServiceDeploymentsResponse>;
  ListServices(input: ListServicesRequest, context: RequestContext): ListServicesResponse | Promise<ListServicesResponse>;
  ListServicesByNamespace(input: ListServicesByNamespaceRequest, context: RequestContext): ListServicesByNamespaceResponse | Promise<ListServicesByNamespaceResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  ListTaskDefinitionFamilies(input: ListTaskDefinitionFamiliesRequest, context: RequestContext): ListTaskDefinitionFamiliesResponse | Promise<ListTaskDefinitionFamiliesResponse>;
  ListTaskDefinitions(input: ListTaskDefinitionsRequest, context: RequestContext): ListTaskDefinitionsResponse | Promise<ListTaskDefinitionsResponse>;
  ListTasks(input: ListTasksRequest, context: RequestContext): ListTasksResponse | Promise<ListTasksResponse>;
  PutAccountSetting(input: PutAccountSettingRequest, context: RequestContext): PutAccountSettingResponse | Promise<PutAccountSettingResponse>;
  PutAccountSettingDefault(input: PutAccountSettingDefaultRequest, context: RequestContext): PutAccountSettingDefaultResponse | Promise<PutAccountSettingDefaultResponse>;
  PutAttributes(input: PutAttributesRequest, context: RequestContext): PutAttributesResponse | Promise<PutAttributesResponse>;
  PutClusterCapacityProviders(input: PutClusterCapacityProvidersRequest, context: RequestContext): PutClusterCapacityProvidersResponse | Promise<PutClusterCapacityProvidersResponse>;
  RegisterContainerInstance(input: RegisterContainerInstanceRequest, context: RequestContext): RegisterContainerInstanceResponse | Promise<RegisterContainerInstanceResponse>;
  RegisterDaemonTaskDefinition(input: RegisterDaemonTaskDefinitionRequest, context: RequestContext): RegisterDaemonTaskDefinitionResponse | Promise<RegisterDaemonTaskDefinitionResponse>;
  RegisterTaskDefinition(input: RegisterTaskDefinitionRequest, context: RequestContext): RegisterTaskDefinitionResponse | Promise<RegisterTaskDefinitionResponse>;
  RunTask(input: RunTaskRequest, context: RequestContext): RunTaskResponse | Promise<RunTaskResponse>;
  StartTask(input: StartTaskRequest, context: RequestContext): StartTaskResponse | Promise<StartTaskResponse>;
  StopServiceDeployment(input: StopServiceDeploymentRequest, context: RequestContext): StopServiceDeploymentResponse | Promise<StopServiceDeploymentResponse>;
  StopTask(input: StopTaskRequest, context: RequestContext): StopTaskResponse | Promise<StopTaskResponse>;
  SubmitAttachmentStateChanges(input: SubmitAttachmentStateChangesRequest, context: RequestContext): SubmitAttachmentStateChangesResponse | Promise<SubmitAttachmentStateChangesResponse>;
  SubmitContainerStateChange(input: SubmitContainerStateChangeRequest, context: RequestContext): SubmitContainerStateChangeResponse | Promise<SubmitContainerStateChangeResponse>;
  SubmitTaskStateChange(input: SubmitTaskStateChangeRequest, context: RequestContext): SubmitTaskStateChangeResponse | Promise<SubmitTaskStateChangeResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  UpdateCapacityProvider(input: UpdateCapacityProviderRequest, context: RequestContext): UpdateCapacityProviderResponse | Promise<UpdateCapacityProviderResponse>;
  UpdateCluster(input: UpdateClusterRequest, context: RequestContext): UpdateClusterResponse | Promise<UpdateClusterResponse>;
  UpdateClusterSettings(input: UpdateClusterSettingsRequest, context: RequestContext): UpdateClusterSettingsResponse | Promise<UpdateClusterSettingsResponse>;
  UpdateContainerAgent(input: UpdateContainerAgentRequest, context: RequestContext): UpdateContainerAgentResponse | Promise<UpdateContainerAgentResponse>;
  UpdateContainerInstancesState(input: UpdateContainerInstancesStateRequest, context: RequestContext): UpdateContainerInstancesStateResponse | Promise<UpdateContainerInstancesStateResponse>;
  UpdateDaemon(input: UpdateDaemonRequest, context: RequestContext): UpdateDaemonResponse | Promise<UpdateDaemonResponse>;
  UpdateExpressGatewayService(input: UpdateExpressGatewayServiceRequest, context: RequestContext): UpdateExpressGatewayServiceResponse | Promise<UpdateExpressGatewayServiceResponse>;
  UpdateService(input: UpdateServiceRequest, context: RequestContext): UpdateServiceResponse | Promise<UpdateServiceResponse>;
  UpdateServicePrimaryTaskSet(input: UpdateServicePrimaryTaskSetRequest, context: RequestContext): UpdateServicePrimaryTaskSetResponse | Promise<UpdateServicePrimaryTaskSetResponse>;
  UpdateTaskProtection(input: UpdateTaskProtectionRequest, context: RequestContext): UpdateTaskProtectionResponse | Promise<UpdateTaskProtectionResponse>;
  UpdateTaskSet(input: UpdateTaskSetRequest, context: RequestContext): UpdateTaskSetResponse | Promise<UpdateTaskSetResponse>;
}
