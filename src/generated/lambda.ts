// Generated from models/lambda.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddLayerVersionPermissionRequest {
  Action: string;
  LayerName: string;
  OrganizationId?: string;
  Principal: string;
  RevisionId?: string;
  StatementId: string;
  VersionNumber: number;
}

export interface AddLayerVersionPermissionResponse {
  RevisionId?: string;
  Statement?: string;
}

export interface AddPermissionRequest {
  Action: string;
  EventSourceToken?: string;
  FunctionName: string;
  FunctionUrlAuthType?: "NONE" | "AWS_IAM";
  InvokedViaFunctionUrl?: boolean;
  Principal: string;
  PrincipalOrgID?: string;
  Qualifier?: string;
  RevisionId?: string;
  SourceAccount?: string;
  SourceArn?: string;
  StatementId: string;
}

export interface AddPermissionResponse {
  Statement?: string;
}

export interface CheckpointDurableExecutionRequest {
  CheckpointToken: string;
  ClientToken?: string;
  DurableExecutionArn: string;
  Updates?: Array<OperationUpdate>;
}

export interface CheckpointDurableExecutionResponse {
  CheckpointToken?: string;
  NewExecutionState: CheckpointUpdatedExecutionState;
}

export interface CreateAliasRequest {
  Description?: string;
  FunctionName: string;
  FunctionVersion: string;
  Name: string;
  RoutingConfig?: AliasRoutingConfiguration;
}

export interface AliasConfiguration {
  AliasArn?: string;
  Description?: string;
  FunctionVersion?: string;
  Name?: string;
  RevisionId?: string;
  RoutingConfig?: AliasRoutingConfiguration;
}

export interface CreateCapacityProviderRequest {
  CapacityProviderName: string;
  CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
  InstanceRequirements?: InstanceRequirements;
  KmsKeyArn?: string;
  PermissionsConfig: CapacityProviderPermissionsConfig;
  Tags?: Record<string, string>;
  VpcConfig: CapacityProviderVpcConfig;
}

export interface CreateCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}

export interface CreateCodeSigningConfigRequest {
  AllowedPublishers: AllowedPublishers;
  CodeSigningPolicies?: CodeSigningPolicies;
  Description?: string;
  Tags?: Record<string, string>;
}

export interface CreateCodeSigningConfigResponse {
  CodeSigningConfig: CodeSigningConfig;
}

export interface CreateEventSourceMappingRequest {
  AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
  BatchSize?: number;
  BisectBatchOnFunctionError?: boolean;
  DestinationConfig?: DestinationConfig;
  DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
  Enabled?: boolean;
  EventSourceArn?: string;
  FilterCriteria?: FilterCriteria;
  FunctionName: string;
  FunctionResponseTypes?: Array<"ReportBatchItemFailures">;
  KMSKeyArn?: string;
  LoggingConfig?: EventSourceMappingLoggingConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  MetricsConfig?: EventSourceMappingMetricsConfig;
  ParallelizationFactor?: number;
  ProvisionedPollerConfig?: ProvisionedPollerConfig;
  Queues?: Array<string>;
  ScalingConfig?: ScalingConfig;
  SelfManagedEventSource?: SelfManagedEventSource;
  SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
  SourceAccessConfigurations?: Array<SourceAccessConfiguration>;
  StartingPosition?: "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";
  StartingPositionTimestamp?: Date;
  Tags?: Record<string, string>;
  Topics?: Array<string>;
  TumblingWindowInSeconds?: number;
}

export interface EventSourceMappingConfiguration {
  AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
  BatchSize?: number;
  BisectBatchOnFunctionError?: boolean;
  DestinationConfig?: DestinationConfig;
  DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
  EventSourceArn?: string;
  EventSourceMappingArn?: string;
  FilterCriteria?: FilterCriteria;
  FilterCriteriaError?: FilterCriteriaError;
  FunctionArn?: string;
  FunctionResponseTypes?: Array<"ReportBatchItemFailures">;
  KMSKeyArn?: string;
  LastModified?: Date;
  LastProcessingResult?: string;
  LoggingConfig?: EventSourceMappingLoggingConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  MetricsConfig?: EventSourceMappingMetricsConfig;
  ParallelizationFactor?: number;
  ProvisionedPollerConfig?: ProvisionedPollerConfig;
  Queues?: Array<string>;
  ScalingConfig?: ScalingConfig;
  SelfManagedEventSource?: SelfManagedEventSource;
  SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
  SourceAccessConfigurations?: Array<SourceAccessConfiguration>;
  StartingPosition?: "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";
  StartingPositionTimestamp?: Date;
  State?: string;
  StateTransitionReason?: string;
  Topics?: Array<string>;
  TumblingWindowInSeconds?: number;
  UUID?: string;
}

export interface CreateFunctionRequest {
  Architectures?: Array<"x86_64" | "arm64">;
  CapacityProviderConfig?: CapacityProviderConfig;
  Code: FunctionCode;
  CodeSigningConfigArn?: string;
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  DurableConfig?: DurableConfig;
  Environment?: Environment;
  EphemeralStorage?: EphemeralStorage;
  FileSystemConfigs?: Array<FileSystemConfig>;
  FunctionName: string;
  Handler?: string;
  ImageConfig?: ImageConfig;
  KMSKeyArn?: string;
  Layers?: Array<string>;
  LoggingConfig?: LoggingConfig;
  MemorySize?: number;
  PackageType?: "Zip" | "Image";
  Publish?: boolean;
  PublishTo?: "LATEST_PUBLISHED";
  Role: string;
  Runtime?: "nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0";
  SnapStart?: SnapStart;
  Tags?: Record<string, string>;
  TenancyConfig?: TenancyConfig;
  Timeout?: number;
  TracingConfig?: TracingConfig;
  VpcConfig?: VpcConfig;
}

export interface FunctionConfiguration {
  Architectures?: Array<"x86_64" | "arm64">;
  CapacityProviderConfig?: CapacityProviderConfig;
  CodeSha256?: string;
  CodeSize?: number;
  ConfigSha256?: string;
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  DurableConfig?: DurableConfig;
  Environment?: EnvironmentResponse;
  EphemeralStorage?: EphemeralStorage;
  FileSystemConfigs?: Array<FileSystemConfig>;
  FunctionArn?: string;
  FunctionName?: string;
  Handler?: string;
  ImageConfigResponse?: ImageConfigResponse;
  KMSKeyArn?: string;
  LastModified?: string;
  LastUpdateStatus?: "Successful" | "Failed" | "InProgress";
  LastUpdateStatusReason?: string;
  LastUpdateStatusReasonCode?: "EniLimitExceeded" | "InsufficientRolePermissions" | "InvalidConfiguration" | "InternalError" | "SubnetOutOfIPAddresses" | "InvalidSubnet" | "InvalidSecurityGroup" | "ImageDeleted" | "ImageAccessDenied" | "InvalidImage" | "KMSKeyAccessDenied" | "KMSKeyNotFound" | "InvalidStateKMSKey" | "DisabledKMSKey" | "EFSIOError" | "EFSMountConnectivityError" | "EFSMountFailure" | "EFSMountTimeout" | "InvalidRuntime" | "InvalidZipFileException" | "FunctionError" | "VcpuLimitExceeded" | "CapacityProviderScalingLimitExceeded" | "InsufficientCapacity" | "EC2RequestLimitExceeded" | "FunctionError.InitTimeout" | "FunctionError.RuntimeInitError" | "FunctionError.ExtensionInitError" | "FunctionError.InvalidEntryPoint" | "FunctionError.InvalidWorkingDirectory" | "FunctionError.PermissionDenied" | "FunctionError.TooManyExtensions" | "FunctionError.InitResourceExhausted" | "DisallowedByVpcEncryptionControl";
  Layers?: Array<Layer>;
  LoggingConfig?: LoggingConfig;
  MasterArn?: string;
  MemorySize?: number;
  PackageType?: "Zip" | "Image";
  RevisionId?: string;
  Role?: string;
  Runtime?: "nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0";
  RuntimeVersionConfig?: RuntimeVersionConfig;
  SigningJobArn?: string;
  SigningProfileVersionArn?: string;
  SnapStart?: SnapStartResponse;
  State?: "Pending" | "Active" | "Inactive" | "Failed" | "Deactivating" | "Deactivated" | "ActiveNonInvocable" | "Deleting";
  StateReason?: string;
  StateReasonCode?: "Idle" | "Creating" | "Restoring" | "EniLimitExceeded" | "InsufficientRolePermissions" | "InvalidConfiguration" | "InternalError" | "SubnetOutOfIPAddresses" | "InvalidSubnet" | "InvalidSecurityGroup" | "ImageDeleted" | "ImageAccessDenied" | "InvalidImage" | "KMSKeyAccessDenied" | "KMSKeyNotFound" | "InvalidStateKMSKey" | "DisabledKMSKey" | "EFSIOError" | "EFSMountConnectivityError" | "EFSMountFailure" | "EFSMountTimeout" | "InvalidRuntime" | "InvalidZipFileException" | "FunctionError" | "DrainingDurableExecutions" | "VcpuLimitExceeded" | "CapacityProviderScalingLimitExceeded" | "InsufficientCapacity" | "EC2RequestLimitExceeded" | "FunctionError.InitTimeout" | "FunctionError.RuntimeInitError" | "FunctionError.ExtensionInitError" | "FunctionError.InvalidEntryPoint" | "FunctionError.InvalidWorkingDirectory" | "FunctionError.PermissionDenied" | "FunctionError.TooManyExtensions" | "FunctionError.InitResourceExhausted" | "DisallowedByVpcEncryptionControl";
  TenancyConfig?: TenancyConfig;
  Timeout?: number;
  TracingConfig?: TracingConfigResponse;
  Version?: string;
  VpcConfig?: VpcConfigResponse;
}

export interface CreateFunctionUrlConfigRequest {
  AuthType: "NONE" | "AWS_IAM";
  Cors?: Cors;
  FunctionName: string;
  InvokeMode?: "BUFFERED" | "RESPONSE_STREAM";
  Qualifier?: string;
}

export interface CreateFunctionUrlConfigResponse {
  AuthType: "NONE" | "AWS_IAM";
  Cors?: Cors;
  CreationTime: string;
  FunctionArn: string;
  FunctionUrl: string;
  InvokeMode?: "BUFFERED" | "RESPONSE_STREAM";
}

export interface DeleteAliasRequest {
  FunctionName: string;
  Name: string;
}

export interface DeleteCapacityProviderRequest {
  CapacityProviderName: string;
}

export interface DeleteCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}

export interface DeleteCodeSigningConfigRequest {
  CodeSigningConfigArn: string;
}

export interface DeleteCodeSigningConfigResponse {
}

export interface DeleteEventSourceMappingRequest {
  UUID: string;
}

export interface DeleteFunctionRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface DeleteFunctionResponse {
  StatusCode?: number;
}

export interface DeleteFunctionCodeSigningConfigRequest {
  FunctionName: string;
}

export interface DeleteFunctionConcurrencyRequest {
  FunctionName: string;
}

export interface DeleteFunctionEventInvokeConfigRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface DeleteFunctionUrlConfigRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface DeleteLayerVersionRequest {
  LayerName: string;
  VersionNumber: number;
}

export interface DeleteProvisionedConcurrencyConfigRequest {
  FunctionName: string;
  Qualifier: string;
}

export interface GetAccountSettingsRequest {
}

export interface GetAccountSettingsResponse {
  AccountLimit?: AccountLimit;
  AccountUsage?: AccountUsage;
}

export interface GetAliasRequest {
  FunctionName: string;
  Name: string;
}

export interface GetCapacityProviderRequest {
  CapacityProviderName: string;
}

export interface GetCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}

export interface GetCodeSigningConfigRequest {
  CodeSigningConfigArn: string;
}

export interface GetCodeSigningConfigResponse {
  CodeSigningConfig: CodeSigningConfig;
}

export interface GetDurableExecutionRequest {
  DurableExecutionArn: string;
}

export interface GetDurableExecutionResponse {
  DurableExecutionArn: string;
  DurableExecutionName: string;
  EndTimestamp?: Date;
  Error?: ErrorObject;
  FunctionArn: string;
  InputPayload?: string;
  Result?: string;
  StartTimestamp: Date;
  Status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "STOPPED";
  TraceHeader?: TraceHeader;
  Version?: string;
}

export interface GetDurableExecutionHistoryRequest {
  DurableExecutionArn: string;
  IncludeExecutionData?: boolean;
  Marker?: string;
  MaxItems?: number;
  ReverseOrder?: boolean;
}

export interface GetDurableExecutionHistoryResponse {
  Events: Array<EventShape>;
  NextMarker?: string;
}

export interface GetDurableExecutionStateRequest {
  CheckpointToken: string;
  DurableExecutionArn: string;
  Marker?: string;
  MaxItems?: number;
}

export interface GetDurableExecutionStateResponse {
  NextMarker?: string;
  Operations: Array<Operation>;
}

export interface GetEventSourceMappingRequest {
  UUID: string;
}

export interface GetFunctionRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface GetFunctionResponse {
  Code?: FunctionCodeLocation;
  Concurrency?: Concurrency;
  Configuration?: FunctionConfiguration;
  Tags?: Record<string, string>;
  TagsError?: TagsError;
}

export interface GetFunctionCodeSigningConfigRequest {
  FunctionName: string;
}

export interface GetFunctionCodeSigningConfigResponse {
  CodeSigningConfigArn: string;
  FunctionName: string;
}

export interface GetFunctionConcurrencyRequest {
  FunctionName: string;
}

export interface GetFunctionConcurrencyResponse {
  ReservedConcurrentExecutions?: number;
}

export interface GetFunctionConfigurationRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface GetFunctionEventInvokeConfigRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface FunctionEventInvokeConfig {
  DestinationConfig?: DestinationConfig;
  FunctionArn?: string;
  LastModified?: Date;
  MaximumEventAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
}

export interface GetFunctionRecursionConfigRequest {
  FunctionName: string;
}

export interface GetFunctionRecursionConfigResponse {
  RecursiveLoop?: "Allow" | "Terminate";
}

export interface GetFunctionScalingConfigRequest {
  FunctionName: string;
  Qualifier: string;
}

export interface GetFunctionScalingConfigResponse {
  AppliedFunctionScalingConfig?: FunctionScalingConfig;
  FunctionArn?: string;
  RequestedFunctionScalingConfig?: FunctionScalingConfig;
}

export interface GetFunctionUrlConfigRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface GetFunctionUrlConfigResponse {
  AuthType: "NONE" | "AWS_IAM";
  Cors?: Cors;
  CreationTime: string;
  FunctionArn: string;
  FunctionUrl: string;
  InvokeMode?: "BUFFERED" | "RESPONSE_STREAM";
  LastModifiedTime: string;
}

export interface GetLayerVersionRequest {
  LayerName: string;
  VersionNumber: number;
}

export interface GetLayerVersionResponse {
  CompatibleArchitectures?: Array<"x86_64" | "arm64">;
  CompatibleRuntimes?: Array<"nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0">;
  Content?: LayerVersionContentOutput;
  CreatedDate?: string;
  Description?: string;
  LayerArn?: string;
  LayerVersionArn?: string;
  LicenseInfo?: string;
  Version?: number;
}

export interface GetLayerVersionByArnRequest {
  Arn: string;
}

export interface GetLayerVersionPolicyRequest {
  LayerName: string;
  VersionNumber: number;
}

export interface GetLayerVersionPolicyResponse {
  Policy?: string;
  RevisionId?: string;
}

export interface GetPolicyRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface GetPolicyResponse {
  Policy?: string;
  RevisionId?: string;
}

export interface GetProvisionedConcurrencyConfigRequest {
  FunctionName: string;
  Qualifier: string;
}

export interface GetProvisionedConcurrencyConfigResponse {
  AllocatedProvisionedConcurrentExecutions?: number;
  AvailableProvisionedConcurrentExecutions?: number;
  LastModified?: string;
  RequestedProvisionedConcurrentExecutions?: number;
  Status?: "IN_PROGRESS" | "READY" | "FAILED";
  StatusReason?: string;
}

export interface GetRuntimeManagementConfigRequest {
  FunctionName: string;
  Qualifier?: string;
}

export interface GetRuntimeManagementConfigResponse {
  FunctionArn?: string;
  RuntimeVersionArn?: string;
  UpdateRuntimeOn?: "Auto" | "Manual" | "FunctionUpdate";
}

export interface InvocationRequest {
  ClientContext?: string;
  DurableExecutionName?: string;
  FunctionName: string;
  InvocationType?: "Event" | "RequestResponse" | "DryRun";
  LogType?: "None" | "Tail";
  Payload?: Buffer;
  Qualifier?: string;
  TenantId?: string;
}

export interface InvocationResponse {
  DurableExecutionArn?: string;
  ExecutedVersion?: string;
  FunctionError?: string;
  LogResult?: string;
  Payload?: Buffer;
  StatusCode?: number;
}

export interface InvokeAsyncRequest {
  FunctionName: string;
  InvokeArgs: Buffer | Readable;
}

export interface InvokeAsyncResponse {
  Status?: number;
}

export interface InvokeWithResponseStreamRequest {
  ClientContext?: string;
  FunctionName: string;
  InvocationType?: "RequestResponse" | "DryRun";
  LogType?: "None" | "Tail";
  Payload?: Buffer;
  Qualifier?: string;
  TenantId?: string;
}

export interface InvokeWithResponseStreamResponse {
  EventStream?: InvokeWithResponseStreamResponseEvent;
  ExecutedVersion?: string;
  ResponseStreamContentType?: string;
  StatusCode?: number;
}

export interface ListAliasesRequest {
  FunctionName: string;
  FunctionVersion?: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListAliasesResponse {
  Aliases?: Array<AliasConfiguration>;
  NextMarker?: string;
}

export interface ListCapacityProvidersRequest {
  Marker?: string;
  MaxItems?: number;
  State?: "Pending" | "Active" | "Failed" | "Deleting";
}

export interface ListCapacityProvidersResponse {
  CapacityProviders: Array<CapacityProvider>;
  NextMarker?: string;
}

export interface ListCodeSigningConfigsRequest {
  Marker?: string;
  MaxItems?: number;
}

export interface ListCodeSigningConfigsResponse {
  CodeSigningConfigs?: Array<CodeSigningConfig>;
  NextMarker?: string;
}

export interface ListDurableExecutionsByFunctionRequest {
  DurableExecutionName?: string;
  FunctionName: string;
  Marker?: string;
  MaxItems?: number;
  Qualifier?: string;
  ReverseOrder?: boolean;
  StartedAfter?: Date;
  StartedBefore?: Date;
  Statuses?: Array<"RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "STOPPED">;
}

export interface ListDurableExecutionsByFunctionResponse {
  DurableExecutions?: Array<Execution>;
  NextMarker?: string;
}

export interface ListEventSourceMappingsRequest {
  EventSourceArn?: string;
  FunctionName?: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListEventSourceMappingsResponse {
  EventSourceMappings?: Array<EventSourceMappingConfiguration>;
  NextMarker?: string;
}

export interface ListFunctionEventInvokeConfigsRequest {
  FunctionName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListFunctionEventInvokeConfigsResponse {
  FunctionEventInvokeConfigs?: Array<FunctionEventInvokeConfig>;
  NextMarker?: string;
}

export interface ListFunctionsRequest {
  FunctionVersion?: "ALL";
  Marker?: string;
  MasterRegion?: string;
  MaxItems?: number;
}

export interface ListFunctionsResponse {
  Functions?: Array<FunctionConfiguration>;
  NextMarker?: string;
}

export interface ListFunctionsByCodeSigningConfigRequest {
  CodeSigningConfigArn: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListFunctionsByCodeSigningConfigResponse {
  FunctionArns?: Array<string>;
  NextMarker?: string;
}

export interface ListFunctionUrlConfigsRequest {
  FunctionName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListFunctionUrlConfigsResponse {
  FunctionUrlConfigs: Array<FunctionUrlConfig>;
  NextMarker?: string;
}

export interface ListFunctionVersionsByCapacityProviderRequest {
  CapacityProviderName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListFunctionVersionsByCapacityProviderResponse {
  CapacityProviderArn: string;
  FunctionVersions: Array<FunctionVersionsByCapacityProviderListItem>;
  NextMarker?: string;
}

export interface ListLayersRequest {
  CompatibleArchitecture?: "x86_64" | "arm64";
  CompatibleRuntime?: "nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0";
  Marker?: string;
  MaxItems?: number;
}

export interface ListLayersResponse {
  Layers?: Array<LayersListItem>;
  NextMarker?: string;
}

export interface ListLayerVersionsRequest {
  CompatibleArchitecture?: "x86_64" | "arm64";
  CompatibleRuntime?: "nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0";
  LayerName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListLayerVersionsResponse {
  LayerVersions?: Array<LayerVersionsListItem>;
  NextMarker?: string;
}

export interface ListProvisionedConcurrencyConfigsRequest {
  FunctionName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListProvisionedConcurrencyConfigsResponse {
  NextMarker?: string;
  ProvisionedConcurrencyConfigs?: Array<ProvisionedConcurrencyConfigListItem>;
}

export interface ListTagsRequest {
  Resource: string;
}

export interface ListTagsResponse {
  Tags?: Record<string, string>;
}

export interface ListVersionsByFunctionRequest {
  FunctionName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListVersionsByFunctionResponse {
  NextMarker?: string;
  Versions?: Array<FunctionConfiguration>;
}

export interface PublishLayerVersionRequest {
  CompatibleArchitectures?: Array<"x86_64" | "arm64">;
  CompatibleRuntimes?: Array<"nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0">;
  Content: LayerVersionContentInput;
  Description?: string;
  LayerName: string;
  LicenseInfo?: string;
}

export interface PublishLayerVersionResponse {
  CompatibleArchitectures?: Array<"x86_64" | "arm64">;
  CompatibleRuntimes?: Array<"nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0">;
  Content?: LayerVersionContentOutput;
  CreatedDate?: string;
  Description?: string;
  LayerArn?: string;
  LayerVersionArn?: string;
  LicenseInfo?: string;
  Version?: number;
}

export interface PublishVersionRequest {
  CodeSha256?: string;
  Description?: string;
  FunctionName: string;
  PublishTo?: "LATEST_PUBLISHED";
  RevisionId?: string;
}

export interface PutFunctionCodeSigningConfigRequest {
  CodeSigningConfigArn: string;
  FunctionName: string;
}

export interface PutFunctionCodeSigningConfigResponse {
  CodeSigningConfigArn: string;
  FunctionName: string;
}

export interface PutFunctionConcurrencyRequest {
  FunctionName: string;
  ReservedConcurrentExecutions: number;
}

export interface Concurrency {
  ReservedConcurrentExecutions?: number;
}

export interface PutFunctionEventInvokeConfigRequest {
  DestinationConfig?: DestinationConfig;
  FunctionName: string;
  MaximumEventAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  Qualifier?: string;
}

export interface PutFunctionRecursionConfigRequest {
  FunctionName: string;
  RecursiveLoop: "Allow" | "Terminate";
}

export interface PutFunctionRecursionConfigResponse {
  RecursiveLoop?: "Allow" | "Terminate";
}

export interface PutFunctionScalingConfigRequest {
  FunctionName: string;
  FunctionScalingConfig?: FunctionScalingConfig;
  Qualifier: string;
}

export interface PutFunctionScalingConfigResponse {
  FunctionState?: "Pending" | "Active" | "Inactive" | "Failed" | "Deactivating" | "Deactivated" | "ActiveNonInvocable" | "Deleting";
}

export interface PutProvisionedConcurrencyConfigRequest {
  FunctionName: string;
  ProvisionedConcurrentExecutions: number;
  Qualifier: string;
}

export interface PutProvisionedConcurrencyConfigResponse {
  AllocatedProvisionedConcurrentExecutions?: number;
  AvailableProvisionedConcurrentExecutions?: number;
  LastModified?: string;
  RequestedProvisionedConcurrentExecutions?: number;
  Status?: "IN_PROGRESS" | "READY" | "FAILED";
  StatusReason?: string;
}

export interface PutRuntimeManagementConfigRequest {
  FunctionName: string;
  Qualifier?: string;
  RuntimeVersionArn?: string;
  UpdateRuntimeOn: "Auto" | "Manual" | "FunctionUpdate";
}

export interface PutRuntimeManagementConfigResponse {
  FunctionArn: string;
  RuntimeVersionArn?: string;
  UpdateRuntimeOn: "Auto" | "Manual" | "FunctionUpdate";
}

export interface RemoveLayerVersionPermissionRequest {
  LayerName: string;
  RevisionId?: string;
  StatementId: string;
  VersionNumber: number;
}

export interface RemovePermissionRequest {
  FunctionName: string;
  Qualifier?: string;
  RevisionId?: string;
  StatementId: string;
}

export interface SendDurableExecutionCallbackFailureRequest {
  CallbackId: string;
  Error?: ErrorObject;
}

export interface SendDurableExecutionCallbackFailureResponse {
}

export interface SendDurableExecutionCallbackHeartbeatRequest {
  CallbackId: string;
}

export interface SendDurableExecutionCallbackHeartbeatResponse {
}

export interface SendDurableExecutionCallbackSuccessRequest {
  CallbackId: string;
  Result?: Buffer;
}

export interface SendDurableExecutionCallbackSuccessResponse {
}

export interface StopDurableExecutionRequest {
  DurableExecutionArn: string;
  Error?: ErrorObject;
}

export interface StopDurableExecutionResponse {
  StopTimestamp: Date;
}

export interface TagResourceRequest {
  Resource: string;
  Tags: Record<string, string>;
}

export interface UntagResourceRequest {
  Resource: string;
  TagKeys: Array<string>;
}

export interface UpdateAliasRequest {
  Description?: string;
  FunctionName: string;
  FunctionVersion?: string;
  Name: string;
  RevisionId?: string;
  RoutingConfig?: AliasRoutingConfiguration;
}

export interface UpdateCapacityProviderRequest {
  CapacityProviderName: string;
  CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
}

export interface UpdateCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}

export interface UpdateCodeSigningConfigRequest {
  AllowedPublishers?: AllowedPublishers;
  CodeSigningConfigArn: string;
  CodeSigningPolicies?: CodeSigningPolicies;
  Description?: string;
}

export interface UpdateCodeSigningConfigResponse {
  CodeSigningConfig: CodeSigningConfig;
}

export interface UpdateEventSourceMappingRequest {
  AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
  BatchSize?: number;
  BisectBatchOnFunctionError?: boolean;
  DestinationConfig?: DestinationConfig;
  DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
  Enabled?: boolean;
  FilterCriteria?: FilterCriteria;
  FunctionName?: string;
  FunctionResponseTypes?: Array<"ReportBatchItemFailures">;
  KMSKeyArn?: string;
  LoggingConfig?: EventSourceMappingLoggingConfig;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRecordAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  MetricsConfig?: EventSourceMappingMetricsConfig;
  ParallelizationFactor?: number;
  ProvisionedPollerConfig?: ProvisionedPollerConfig;
  ScalingConfig?: ScalingConfig;
  SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
  SourceAccessConfigurations?: Array<SourceAccessConfiguration>;
  TumblingWindowInSeconds?: number;
  UUID: string;
}

export interface UpdateFunctionCodeRequest {
  Architectures?: Array<"x86_64" | "arm64">;
  DryRun?: boolean;
  FunctionName: string;
  ImageUri?: string;
  Publish?: boolean;
  PublishTo?: "LATEST_PUBLISHED";
  RevisionId?: string;
  S3Bucket?: string;
  S3Key?: string;
  S3ObjectVersion?: string;
  SourceKMSKeyArn?: string;
  ZipFile?: Buffer;
}

export interface UpdateFunctionConfigurationRequest {
  CapacityProviderConfig?: CapacityProviderConfig;
  DeadLetterConfig?: DeadLetterConfig;
  Description?: string;
  DurableConfig?: DurableConfig;
  Environment?: Environment;
  EphemeralStorage?: EphemeralStorage;
  FileSystemConfigs?: Array<FileSystemConfig>;
  FunctionName: string;
  Handler?: string;
  ImageConfig?: ImageConfig;
  KMSKeyArn?: string;
  Layers?: Array<string>;
  LoggingConfig?: LoggingConfig;
  MemorySize?: number;
  RevisionId?: string;
  Role?: string;
  Runtime?: "nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0";
  SnapStart?: SnapStart;
  Timeout?: number;
  TracingConfig?: TracingConfig;
  VpcConfig?: VpcConfig;
}

export interface UpdateFunctionEventInvokeConfigRequest {
  DestinationConfig?: DestinationConfig;
  FunctionName: string;
  MaximumEventAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
  Qualifier?: string;
}

export interface UpdateFunctionUrlConfigRequest {
  AuthType?: "NONE" | "AWS_IAM";
  Cors?: Cors;
  FunctionName: string;
  InvokeMode?: "BUFFERED" | "RESPONSE_STREAM";
  Qualifier?: string;
}

export interface UpdateFunctionUrlConfigResponse {
  AuthType: "NONE" | "AWS_IAM";
  Cors?: Cors;
  CreationTime: string;
  FunctionArn: string;
  FunctionUrl: string;
  InvokeMode?: "BUFFERED" | "RESPONSE_STREAM";
  LastModifiedTime: string;
}

export interface CallbackTimeoutException {
  Message?: string;
  Type?: string;
}

export interface CapacityProviderLimitExceededException {
  Type?: string;
  message?: string;
}

export interface CodeSigningConfigNotFoundException {
  Message?: string;
  Type?: string;
}

export interface CodeStorageExceededException {
  Type?: string;
  message?: string;
}

export interface CodeVerificationFailedException {
  Message?: string;
  Type?: string;
}

export interface DurableExecutionAlreadyStartedException {
  Message?: string;
  Type?: string;
}

export interface EC2AccessDeniedException {
  Message?: string;
  Type?: string;
}

export interface EC2ThrottledException {
  Message?: string;
  Type?: string;
}

export interface EC2UnexpectedException {
  EC2ErrorCode?: string;
  Message?: string;
  Type?: string;
}

export interface EFSIOException {
  Message?: string;
  Type?: string;
}

export interface EFSMountConnectivityException {
  Message?: string;
  Type?: string;
}

export interface EFSMountFailureException {
  Message?: string;
  Type?: string;
}

export interface EFSMountTimeoutException {
  Message?: string;
  Type?: string;
}

export interface ENILimitReachedException {
  Message?: string;
  Type?: string;
}

export interface FunctionVersionsPerCapacityProviderLimitExceededException {
  Type?: string;
  message?: string;
}

export interface InvalidCodeSignatureException {
  Message?: string;
  Type?: string;
}

export interface InvalidParameterValueException {
  Type?: string;
  message?: string;
}

export interface InvalidRequestContentException {
  Type?: string;
  message?: string;
}

export interface InvalidRuntimeException {
  Message?: string;
  Type?: string;
}

export interface InvalidSecurityGroupIDException {
  Message?: string;
  Type?: string;
}

export interface InvalidSubnetIDException {
  Message?: string;
  Type?: string;
}

export interface InvalidZipFileException {
  Message?: string;
  Type?: string;
}

export interface KMSAccessDeniedException {
  Message?: string;
  Type?: string;
}

export interface KMSDisabledException {
  Message?: string;
  Type?: string;
}

export interface KMSInvalidStateException {
  Message?: string;
  Type?: string;
}

export interface KMSNotFoundException {
  Message?: string;
  Type?: string;
}

export interface NoPublishedVersionException {
  Message?: string;
  Type?: string;
}

export interface PolicyLengthExceededException {
  Type?: string;
  message?: string;
}

export interface PreconditionFailedException {
  Type?: string;
  message?: string;
}

export interface ProvisionedConcurrencyConfigNotFoundException {
  Type?: string;
  message?: string;
}

export interface RecursiveInvocationException {
  Message?: string;
  Type?: string;
}

export interface RequestTooLargeException {
  Type?: string;
  message?: string;
}

export interface ResourceConflictException {
  Type?: string;
  message?: string;
}

export interface ResourceInUseException {
  Message?: string;
  Type?: string;
}

export interface ResourceNotFoundException {
  Message?: string;
  Type?: string;
}

export interface ResourceNotReadyException {
  Type?: string;
  message?: string;
}

export interface S3FilesMountConnectivityException {
  Message?: string;
  Type?: string;
}

export interface S3FilesMountFailureException {
  Message?: string;
  Type?: string;
}

export interface S3FilesMountTimeoutException {
  Message?: string;
  Type?: string;
}

export interface SerializedRequestEntityTooLargeException {
  Type?: string;
  message?: string;
}

export interface ServiceException {
  Message?: string;
  Type?: string;
}

export interface SnapStartException {
  Message?: string;
  Type?: string;
}

export interface SnapStartNotReadyException {
  Message?: string;
  Type?: string;
}

export interface SnapStartTimeoutException {
  Message?: string;
  Type?: string;
}

export interface SubnetIPAddressLimitReachedException {
  Message?: string;
  Type?: string;
}

export interface TooManyRequestsException {
  Reason?: "ConcurrentInvocationLimitExceeded" | "FunctionInvocationRateLimitExceeded" | "ReservedFunctionConcurrentInvocationLimitExceeded" | "ReservedFunctionInvocationRateLimitExceeded" | "CallerRateLimitExceeded" | "ConcurrentSnapshotCreateLimitExceeded";
  Type?: string;
  message?: string;
  retryAfterSeconds?: string;
}

export interface UnsupportedMediaTypeException {
  Type?: string;
  message?: string;
}

export interface OperationUpdate {
  Action: "START" | "SUCCEED" | "FAIL" | "RETRY" | "CANCEL";
  CallbackOptions?: CallbackOptions;
  ChainedInvokeOptions?: ChainedInvokeOptions;
  ContextOptions?: ContextOptions;
  Error?: ErrorObject;
  Id: string;
  Name?: string;
  ParentId?: string;
  Payload?: string;
  StepOptions?: StepOptions;
  SubType?: string;
  Type: "EXECUTION" | "CONTEXT" | "STEP" | "WAIT" | "CALLBACK" | "CHAINED_INVOKE";
  WaitOptions?: WaitOptions;
}

export interface CheckpointUpdatedExecutionState {
  NextMarker?: string;
  Operations?: Array<Operation>;
}

export interface AliasRoutingConfiguration {
  AdditionalVersionWeights?: Record<string, number>;
}

export interface CapacityProviderScalingConfig {
  MaxVCpuCount?: number;
  ScalingMode?: "Auto" | "Manual";
  ScalingPolicies?: Array<TargetTrackingScalingPolicy>;
}

export interface InstanceRequirements {
  AllowedInstanceTypes?: Array<string>;
  Architectures?: Array<"x86_64" | "arm64">;
  ExcludedInstanceTypes?: Array<string>;
}

export interface CapacityProviderPermissionsConfig {
  CapacityProviderOperatorRoleArn: string;
}

export interface CapacityProviderVpcConfig {
  SecurityGroupIds: Array<string>;
  SubnetIds: Array<string>;
}

export interface CapacityProvider {
  CapacityProviderArn: string;
  CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
  InstanceRequirements?: InstanceRequirements;
  KmsKeyArn?: string;
  LastModified?: string;
  PermissionsConfig: CapacityProviderPermissionsConfig;
  State: "Pending" | "Active" | "Failed" | "Deleting";
  VpcConfig: CapacityProviderVpcConfig;
}

export interface AllowedPublishers {
  SigningProfileVersionArns: Array<string>;
}

export interface CodeSigningPolicies {
  UntrustedArtifactOnDeployment?: "Warn" | "Enforce";
}

export interface CodeSigningConfig {
  AllowedPublishers: AllowedPublishers;
  CodeSigningConfigArn: string;
  CodeSigningConfigId: string;
  CodeSigningPolicies: CodeSigningPolicies;
  Description?: string;
  LastModified: string;
}

export interface AmazonManagedKafkaEventSourceConfig {
  ConsumerGroupId?: string;
  SchemaRegistryConfig?: KafkaSchemaRegistryConfig;
}

export interface DestinationConfig {
  OnFailure?: OnFailure;
  OnSuccess?: OnSuccess;
}

export interface DocumentDBEventSourceConfig {
  CollectionName?: string;
  DatabaseName?: string;
  FullDocument?: "UpdateLookup" | "Default";
}

export interface FilterCriteria {
  Filters?: Array<Filter>;
}

export interface EventSourceMappingLoggingConfig {
  SystemLogLevel?: "DEBUG" | "INFO" | "WARN";
}

export interface EventSourceMappingMetricsConfig {
  Metrics?: Array<"EventCount" | "ErrorCount" | "KafkaMetrics">;
}

export interface ProvisionedPollerConfig {
  MaximumPollers?: number;
  MinimumPollers?: number;
  PollerGroupName?: string;
}

export interface ScalingConfig {
  MaximumConcurrency?: number;
}

export interface SelfManagedEventSource {
  Endpoints?: Record<string, Array<string>>;
}

export interface SelfManagedKafkaEventSourceConfig {
  ConsumerGroupId?: string;
  SchemaRegistryConfig?: KafkaSchemaRegistryConfig;
}

export interface SourceAccessConfiguration {
  Type?: "BASIC_AUTH" | "VPC_SUBNET" | "VPC_SECURITY_GROUP" | "SASL_SCRAM_512_AUTH" | "SASL_SCRAM_256_AUTH" | "VIRTUAL_HOST" | "CLIENT_CERTIFICATE_TLS_AUTH" | "SERVER_ROOT_CA_CERTIFICATE";
  URI?: string;
}

export interface FilterCriteriaError {
  ErrorCode?: string;
  Message?: string;
}

export interface CapacityProviderConfig {
  LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig;
}

export interface FunctionCode {
  ImageUri?: string;
  S3Bucket?: string;
  S3Key?: string;
  S3ObjectVersion?: string;
  SourceKMSKeyArn?: string;
  ZipFile?: Buffer;
}

export interface DeadLetterConfig {
  TargetArn?: string;
}

export interface DurableConfig {
  ExecutionTimeout?: number;
  RetentionPeriodInDays?: number;
}

export interface Environment {
  Variables?: Record<string, string>;
}

export interface EphemeralStorage {
  Size: number;
}

export interface FileSystemConfig {
  Arn: string;
  LocalMountPath: string;
}

export interface ImageConfig {
  Command?: Array<string>;
  EntryPoint?: Array<string>;
  WorkingDirectory?: string;
}

export interface LoggingConfig {
  ApplicationLogLevel?: "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR" | "FATAL";
  LogFormat?: "JSON" | "Text";
  LogGroup?: string;
  SystemLogLevel?: "DEBUG" | "INFO" | "WARN";
}

export interface SnapStart {
  ApplyOn?: "PublishedVersions" | "None";
}

export interface TenancyConfig {
  TenantIsolationMode: "PER_TENANT";
}

export interface TracingConfig {
  Mode?: "Active" | "PassThrough";
}

export interface VpcConfig {
  Ipv6AllowedForDualStack?: boolean;
  SecurityGroupIds?: Array<string>;
  SubnetIds?: Array<string>;
}

export interface EnvironmentResponse {
  Error?: EnvironmentError;
  Variables?: Record<string, string>;
}

export interface ImageConfigResponse {
  Error?: ImageConfigError;
  ImageConfig?: ImageConfig;
}

export interface Layer {
  Arn?: string;
  CodeSize?: number;
  SigningJobArn?: string;
  SigningProfileVersionArn?: string;
}

export interface RuntimeVersionConfig {
  Error?: RuntimeVersionError;
  RuntimeVersionArn?: string;
}

export interface SnapStartResponse {
  ApplyOn?: "PublishedVersions" | "None";
  OptimizationStatus?: "On" | "Off";
}

export interface TracingConfigResponse {
  Mode?: "Active" | "PassThrough";
}

export interface VpcConfigResponse {
  Ipv6AllowedForDualStack?: boolean;
  SecurityGroupIds?: Array<string>;
  SubnetIds?: Array<string>;
  VpcId?: string;
}

export interface Cors {
  AllowCredentials?: boolean;
  AllowHeaders?: Array<string>;
  AllowMethods?: Array<string>;
  AllowOrigins?: Array<string>;
  ExposeHeaders?: Array<string>;
  MaxAge?: number;
}

export interface AccountLimit {
  CodeSizeUnzipped?: number;
  CodeSizeZipped?: number;
  ConcurrentExecutions?: number;
  TotalCodeSize?: number;
  UnreservedConcurrentExecutions?: number;
}

export interface AccountUsage {
  FunctionCount?: number;
  TotalCodeSize?: number;
}

export interface ErrorObject {
  ErrorData?: string;
  ErrorMessage?: string;
  ErrorType?: string;
  StackTrace?: Array<string>;
}

export interface TraceHeader {
  XAmznTraceId?: string;
}

export interface EventShape {
  CallbackFailedDetails?: CallbackFailedDetails;
  CallbackStartedDetails?: CallbackStartedDetails;
  CallbackSucceededDetails?: CallbackSucceededDetails;
  CallbackTimedOutDetails?: CallbackTimedOutDetails;
  ChainedInvokeFailedDetails?: ChainedInvokeFailedDetails;
  ChainedInvokeStartedDetails?: ChainedInvokeStartedDetails;
  ChainedInvokeStoppedDetails?: ChainedInvokeStoppedDetails;
  ChainedInvokeSucceededDetails?: ChainedInvokeSucceededDetails;
  ChainedInvokeTimedOutDetails?: ChainedInvokeTimedOutDetails;
  ContextFailedDetails?: ContextFailedDetails;
  ContextStartedDetails?: ContextStartedDetails;
  ContextSucceededDetails?: ContextSucceededDetails;
  EventId?: number;
  EventTimestamp?: Date;
  EventType?: "ExecutionStarted" | "ExecutionSucceeded" | "ExecutionFailed" | "ExecutionTimedOut" | "ExecutionStopped" | "ContextStarted" | "ContextSucceeded" | "ContextFailed" | "WaitStarted" | "WaitSucceeded" | "WaitCancelled" | "StepStarted" | "StepSucceeded" | "StepFailed" | "ChainedInvokeStarted" | "ChainedInvokeSucceeded" | "ChainedInvokeFailed" | "ChainedInvokeTimedOut" | "ChainedInvokeStopped" | "CallbackStarted" | "CallbackSucceeded" | "CallbackFailed" | "CallbackTimedOut" | "InvocationCompleted";
  ExecutionFailedDetails?: ExecutionFailedDetails;
  ExecutionStartedDetails?: ExecutionStartedDetails;
  ExecutionStoppedDetails?: ExecutionStoppedDetails;
  ExecutionSucceededDetails?: ExecutionSucceededDetails;
  ExecutionTimedOutDetails?: ExecutionTimedOutDetails;
  Id?: string;
  InvocationCompletedDetails?: InvocationCompletedDetails;
  Name?: string;
  ParentId?: string;
  StepFailedDetails?: StepFailedDetails;
  StepStartedDetails?: StepStartedDetails;
  StepSucceededDetails?: StepSucceededDetails;
  SubType?: string;
  WaitCancelledDetails?: WaitCancelledDetails;
  WaitStartedDetails?: WaitStartedDetails;
  WaitSucceededDetails?: WaitSucceededDetails;
}

export interface Operation {
  CallbackDetails?: CallbackDetails;
  ChainedInvokeDetails?: ChainedInvokeDetails;
  ContextDetails?: ContextDetails;
  EndTimestamp?: Date;
  ExecutionDetails?: ExecutionDetails;
  Id: string;
  Name?: string;
  ParentId?: string;
  StartTimestamp: Date;
  Status: "STARTED" | "PENDING" | "READY" | "SUCCEEDED" | "FAILED" | "CANCELLED" | "TIMED_OUT" | "STOPPED";
  StepDetails?: StepDetails;
  SubType?: string;
  Type: "EXECUTION" | "CONTEXT" | "STEP" | "WAIT" | "CALLBACK" | "CHAINED_INVOKE";
  WaitDetails?: WaitDetails;
}

export interface FunctionCodeLocation {
  ImageUri?: string;
  Location?: string;
  RepositoryType?: string;
  ResolvedImageUri?: string;
  SourceKMSKeyArn?: string;
}

export interface TagsError {
  ErrorCode: string;
  Message: string;
}

export interface FunctionScalingConfig {
  MaxExecutionEnvironments?: number;
  MinExecutionEnvironments?: number;
}

export interface LayerVersionContentOutput {
  CodeSha256?: string;
  CodeSize?: number;
  Location?: string;
  SigningJobArn?: string;
  SigningProfileVersionArn?: string;
}

export interface InvokeWithResponseStreamResponseEvent {
  InvokeComplete?: InvokeWithResponseStreamCompleteEvent;
  PayloadChunk?: InvokeResponseStreamUpdate;
}

export interface Execution {
  DurableExecutionArn: string;
  DurableExecutionName: string;
  EndTimestamp?: Date;
  FunctionArn: string;
  StartTimestamp: Date;
  Status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "STOPPED";
}

export interface FunctionUrlConfig {
  AuthType: "NONE" | "AWS_IAM";
  Cors?: Cors;
  CreationTime: string;
  FunctionArn: string;
  FunctionUrl: string;
  InvokeMode?: "BUFFERED" | "RESPONSE_STREAM";
  LastModifiedTime: string;
}

export interface FunctionVersionsByCapacityProviderListItem {
  FunctionArn: string;
  State: "Pending" | "Active" | "Inactive" | "Failed" | "Deactivating" | "Deactivated" | "ActiveNonInvocable" | "Deleting";
}

export interface LayersListItem {
  LatestMatchingVersion?: LayerVersionsListItem;
  LayerArn?: string;
  LayerName?: string;
}

export interface LayerVersionsListItem {
  CompatibleArchitectures?: Array<"x86_64" | "arm64">;
  CompatibleRuntimes?: Array<"nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0">;
  CreatedDate?: string;
  Description?: string;
  LayerVersionArn?: string;
  LicenseInfo?: string;
  Version?: number;
}

export interface ProvisionedConcurrencyConfigListItem {
  AllocatedProvisionedConcurrentExecutions?: number;
  AvailableProvisionedConcurrentExecutions?: number;
  FunctionArn?: string;
  LastModified?: string;
  RequestedProvisionedConcurrentExecutions?: number;
  Status?: "IN_PROGRESS" | "READY" | "FAILED";
  StatusReason?: string;
}

export interface LayerVersionContentInput {
  S3Bucket?: string;
  S3Key?: string;
  S3ObjectVersion?: string;
  ZipFile?: Buffer;
}

export interface CallbackOptions {
  HeartbeatTimeoutSeconds?: number;
  TimeoutSeconds?: number;
}

export interface ChainedInvokeOptions {
  FunctionName: string;
  TenantId?: string;
}

export interface ContextOptions {
  ReplayChildren?: boolean;
}

export interface StepOptions {
  NextAttemptDelaySeconds?: number;
}

export interface WaitOptions {
  WaitSeconds?: number;
}

export interface TargetTrackingScalingPolicy {
  PredefinedMetricType: "LambdaCapacityProviderAverageCPUUtilization";
  TargetValue: number;
}

export interface KafkaSchemaRegistryConfig {
  AccessConfigs?: Array<KafkaSchemaRegistryAccessConfig>;
  EventRecordFormat?: "JSON" | "SOURCE";
  SchemaRegistryURI?: string;
  SchemaValidationConfigs?: Array<KafkaSchemaValidationConfig>;
}

export interface OnFailure {
  Destination?: string;
}

export interface OnSuccess {
  Destination?: string;
}

export interface Filter {
  Pattern?: string;
}

export interface LambdaManagedInstancesCapacityProviderConfig {
  CapacityProviderArn: string;
  ExecutionEnvironmentMemoryGiBPerVCpu?: number;
  PerExecutionEnvironmentMaxConcurrency?: number;
}

export interface EnvironmentError {
  ErrorCode?: string;
  Message?: string;
}

export interface ImageConfigError {
  ErrorCode?: string;
  Message?: string;
}

export interface RuntimeVersionError {
  ErrorCode?: string;
  Message?: string;
}

export interface CallbackFailedDetails {
  Error: EventError;
}

export interface CallbackStartedDetails {
  CallbackId: string;
  HeartbeatTimeout?: number;
  Timeout?: number;
}

export interface CallbackSucceededDetails {
  Result: EventResult;
}

export interface CallbackTimedOutDetails {
  Error: EventError;
}

export interface ChainedInvokeFailedDetails {
  Error: EventError;
}

export interface ChainedInvokeStartedDetails {
  DurableExecutionArn?: string;
  ExecutedVersion?: string;
  FunctionName: string;
  Input?: EventInput;
  TenantId?: string;
}

export interface ChainedInvokeStoppedDetails {
  Error: EventError;
}

export interface ChainedInvokeSucceededDetails {
  Result: EventResult;
}

export interface ChainedInvokeTimedOutDetails {
  Error: EventError;
}

export interface ContextFailedDetails {
  Error: EventError;
}

export interface ContextStartedDetails {
}

export interface ContextSucceededDetails {
  Result: EventResult;
}

export interface ExecutionFailedDetails {
  Error: EventError;
}

export interface ExecutionStartedDetails {
  ExecutionTimeout: number;
  Input: EventInput;
}

export interface ExecutionStoppedDetails {
  Error: EventError;
}

export interface ExecutionSucceededDetails {
  Result: EventResult;
}

export interface ExecutionTimedOutDetails {
  Error?: EventError;
}

export interface InvocationCompletedDetails {
  EndTimestamp: Date;
  Error?: EventError;
  RequestId: string;
  StartTimestamp: Date;
}

export interface StepFailedDetails {
  Error: EventError;
  RetryDetails: RetryDetails;
}

export interface StepStartedDetails {
}

export interface StepSucceededDetails {
  Result: EventResult;
  RetryDetails: RetryDetails;
}

export interface WaitCancelledDetails {
  Error?: EventError;
}

export interface WaitStartedDetails {
  Duration: number;
  ScheduledEndTimestamp: Date;
}

export interface WaitSucceededDetails {
  Duration?: number;
}

export interface CallbackDetails {
  CallbackId?: string;
  Error?: ErrorObject;
  Result?: string;
}

export interface ChainedInvokeDetails {
  Error?: ErrorObject;
  Result?: string;
}

export interface ContextDetails {
  Error?: ErrorObject;
  ReplayChildren?: boolean;
  Result?: string;
}

export interface ExecutionDetails {
  InputPayload?: string;
}

export interface StepDetails {
  Attempt?: number;
  Error?: ErrorObject;
  NextAttemptTimestamp?: Date;
  Result?: string;
}

export interface WaitDetails {
  ScheduledEndTimestamp?: Date;
}

export interface InvokeWithResponseStreamCompleteEvent {
  ErrorCode?: string;
  ErrorDetails?: string;
  LogResult?: string;
}

export interface InvokeResponseStreamUpdate {
  Payload?: Buffer;
}

export interface KafkaSchemaRegistryAccessConfig {
  Type?: "BASIC_AUTH" | "CLIENT_CERTIFICATE_TLS_AUTH" | "SERVER_ROOT_CA_CERTIFICATE";
  URI?: string;
}

export interface KafkaSchemaValidationConfig {
  Attribute?: "KEY" | "VALUE";
}

export interface EventError {
  Payload?: ErrorObject;
  Truncated?: boolean;
}

export interface EventResult {
  Payload?: string;
  Truncated?: boolean;
}

export interface EventInput {
  Payload?: string;
  Truncated?: boolean;
}

export interface RetryDetails {
  CurrentAttempt?: number;
  NextAttemptDelaySeconds?: number;
}

/** Every operation of AWS Lambda; a provider implements the ones it serves. */
export interface LambdaOperations {
  AddLayerVersionPermission(input: AddLayerVersionPermissionRequest, context: RequestContext): AddLayerVersionPermissionResponse | Promise<AddLayerVersionPermissionResponse>;
  AddPermission(input: AddPermissionRequest, context: RequestContext): AddPermissionResponse | Promise<AddPermissionResponse>;
  CheckpointDurableExecution(input: CheckpointDurableExecutionRequest, context: RequestContext): CheckpointDurableExecutionResponse | Promise<CheckpointDurableExecutionResponse>;
  CreateAlias(input: CreateAliasRequest, context: RequestContext): AliasConfiguration | Promise<AliasConfiguration>;
  CreateCapacityProvider(input: CreateCapacityProviderRequest, context: RequestContext): CreateCapacityProviderResponse | Promise<CreateCapacityProviderResponse>;
  CreateCodeSigningConfig(input: CreateCodeSigningConfigRequest, context: RequestContext): CreateCodeSigningConfigResponse | Promise<CreateCodeSigningConfigResponse>;
  CreateEventSourceMapping(input: CreateEventSourceMappingRequest, context: RequestContext): EventSourceMappingConfiguration | Promise<EventSourceMappingConfiguration>;
  CreateFunction(input: CreateFunctionRequest, context: RequestContext): FunctionConfiguration | Promise<FunctionConfiguration>;
  CreateFunctionUrlConfig(input: CreateFunctionUrlConfigRequest, context: RequestContext): CreateFunctionUrlConfigResponse | Promise<CreateFunctionUrlConfigResponse>;
  DeleteAlias(input: DeleteAliasRequest, context: RequestContext): void | Promise<void>;
  DeleteCapacityProvider(input: DeleteCapacityProviderRequest, context: RequestContext): DeleteCapacityProviderResponse | Promise<DeleteCapacityProviderResponse>;
  DeleteCodeSigningConfig(input: DeleteCodeSigningConfigRequest, context: RequestContext): DeleteCodeSigningConfigResponse | Promise<DeleteCodeSigningConfigResponse>;
  DeleteEventSourceMapping(input: DeleteEventSourceMappingRequest, context: RequestContext): EventSourceMappingConfiguration | Promise<EventSourceMappingConfiguration>;
  DeleteFunction(input: DeleteFunctionRequest, context: RequestContext): DeleteFunctionResponse | Promise<DeleteFunctionResponse>;
  DeleteFunctionCodeSigningConfig(input: DeleteFunctionCodeSigningConfigRequest, context: RequestContext): void | Promise<void>;
  DeleteFunctionConcurrency(input: DeleteFunctionConcurrencyRequest, context: RequestContext): void | Promise<void>;
  DeleteFunctionEventInvokeConfig(input: DeleteFunctionEventInvokeConfigRequest, context: RequestContext): void | Promise<void>;
  DeleteFunctionUrlConfig(input: DeleteFunctionUrlConfigRequest, context: RequestContext): void | Promise<void>;
  DeleteLayerVersion(input: DeleteLayerVersionRequest, context: RequestContext): void | Promise<void>;
  DeleteProvisionedConcurrencyConfig(input: DeleteProvisionedConcurrencyConfigRequest, context: RequestContext): void | Promise<void>;
  GetAccountSettings(input: GetAccountSettingsRequest, context: RequestContext): GetAccountSettingsResponse | Promise<GetAccountSettingsResponse>;
  GetAlias(input: GetAliasRequest, context: RequestContext): AliasConfiguration | Promise<AliasConfiguration>;
  GetCapacityProvider(input: GetCapacityProviderRequest, context: RequestContext): GetCapacityProviderResponse | Promise<GetCapacityProviderResponse>;
  GetCodeSigningConfig(input: GetCodeSigningConfigRequest, context: RequestContext): GetCodeSigningConfigResponse | Promise<GetCodeSigningConfigResponse>;
  GetDurableExecution(input: GetDurableExecutionRequest, context: RequestContext): GetDurableExecutionResponse | Promise<GetDurableExecutionResponse>;
  GetDurableExecutionHistory(input: GetDurableExecutionHistoryRequest, context: RequestContext): GetDurableExecutionHistoryResponse | Promise<GetDurableExecutionHistoryResponse>;
  GetDurableExecutionState(input: GetDurableExecutionStateRequest, context: RequestContext): GetDurableExecutionStateResponse | Promise<GetDurableExecutionStateResponse>;
  GetEventSourceMapping(input: GetEventSourceMappingRequest, context: RequestContext): EventSourceMappingConfiguration | Promise<EventSourceMappingConfiguration>;
  GetFunction(input: GetFunctionRequest, context: RequestContext): GetFunctionResponse | Promise<GetFunctionResponse>;
  GetFunctionCodeSigningConfig(input: GetFunctionCodeSigningConfigRequest, context: RequestContext): GetFunctionCodeSigningConfigResponse | Promise<GetFunctionCodeSigningConfigResponse>;
  GetFunctionConcurrency(input: GetFunctionConcurrencyRequest, context: RequestContext): GetFunctionConcurrencyResponse | Promise<GetFunctionConcurrencyResponse>;
  GetFunctionConfiguration(input: GetFunctionConfigurationRequest, context: RequestContext): FunctionConfiguration | Promise<FunctionConfiguration>;
  GetFunctionEventInvokeConfig(input: GetFunctionEventInvokeConfigRequest, context: RequestContext): FunctionEventInvokeConfig | Promise<FunctionEventInvokeConfig>;
  GetFunctionRecursionConfig(input: GetFunctionRecursionConfigRequest, context: RequestContext): GetFunctionRecursionConfigResponse | Promise<GetFunctionRecursionConfigResponse>;
  GetFunctionScalingConfig(input: GetFunctionScalingConfigRequest, context: RequestContext): GetFunctionScalingConfigResponse | Promise<GetFunctionScalingConfigResponse>;
  GetFunctionUrlConfig(input: GetFunctionUrlConfigRequest, context: RequestContext): GetFunctionUrlConfigResponse | Promise<GetFunctionUrlConfigResponse>;
  GetLayerVersion(input: GetLayerVersionRequest, context: RequestContext): GetLayerVersionResponse | Promise<GetLayerVersionResponse>;
  GetLayerVersionByArn(input: GetLayerVersionByArnRequest, context: RequestContext): GetLayerVersionResponse | Promise<GetLayerVersionResponse>;
  GetLayerVersionPolicy(input: GetLayerVersionPolicyRequest, context: RequestContext): GetLayerVersionPolicyResponse | Promise<GetLayerVersionPolicyResponse>;
  GetPolicy(input: GetPolicyRequest, context: RequestContext): GetPolicyResponse | Promise<GetPolicyResponse>;
  GetProvisionedConcurrencyConfig(input: GetProvisionedConcurrencyConfigRequest, context: RequestContext): GetProvisionedConcurrencyConfigResponse | Promise<GetProvisionedConcurrencyConfigResponse>;
  GetRuntimeManagementConfig(input: GetRuntimeManagementConfigRequest, context: RequestContext): GetRuntimeManagementConfigResponse | Promise<GetRuntimeManagementConfigResponse>;
  Invoke(input: InvocationRequest, context: RequestContext): InvocationResponse | Promise<InvocationResponse>;
  InvokeAsync(input: InvokeAsyncRequest, context: RequestContext): InvokeAsyncResponse | Promise<InvokeAsyncResponse>;
  InvokeWithResponseStream(input: InvokeWithResponseStreamRequest, context: RequestContext): InvokeWithResponseStreamResponse | Promise<InvokeWithResponseStreamResponse>;
  ListAliases(input: ListAliasesRequest, context: RequestContext): ListAliasesResponse | Promise<ListAliasesResponse>;
  ListCapacityProviders(input: ListCapacityProvidersRequest, context: RequestContext): ListCapacityProvidersResponse | Promise<ListCapacityProvidersResponse>;
  ListCodeSigningConfigs(input: ListCodeSigningConfigsRequest, context: RequestContext): ListCodeSigningConfigsResponse | Promise<ListCodeSigningConfigsResponse>;
  ListDurableExecutionsByFunction(input: ListDurableExecutionsByFunctionRequest, context: RequestContext): ListDurableExecutionsByFunctionResponse | Promise<ListDurableExecutionsByFunctionResponse>;
  ListEventSourceMappings(input: ListEventSourceMappingsRequest, context: RequestContext): ListEventSourceMappingsResponse | Promise<ListEventSourceMappingsResponse>;
  ListFunctionEventInvokeConfigs(input: ListFunctionEventInvokeConfigsRequest, context: RequestContext): ListFunctionEventInvokeConfigsResponse | Promise<ListFunctionEventInvokeConfigsResponse>;
  ListFunctions(input: ListFunctionsRequest, context: RequestContext): ListFunctionsResponse | Promise<ListFunctionsResponse>;
  ListFunctionsByCodeSigningConfig(input: ListFunctionsByCodeSigningConfigRequest, context: RequestContext): ListFunctionsByCodeSigningConfigResponse | Promise<ListFunctionsByCodeSigningConfigResponse>;
  ListFunctionUrlConfigs(input: ListFunctionUrlConfigsRequest, context: RequestContext): ListFunctionUrlConfigsResponse | Promise<ListFunctionUrlConfigsResponse>;
  ListFunctionVersionsByCapacityProvider(input: ListFunctionVersionsByCapacityProviderRequest, context: RequestContext): ListFunctionVersionsByCapacityProviderResponse | Promise<ListFunctionVersionsByCapacityProviderResponse>;
  ListLayers(input: ListLayersRequest, context: RequestContext): ListLayersResponse | Promise<ListLayersResponse>;
  ListLayerVersions(input: ListLayerVersionsRequest, context: RequestContext): ListLayerVersionsResponse | Promise<ListLayerVersionsResponse>;
  ListProvisionedConcurrencyConfigs(input: ListProvisionedConcurrencyConfigsRequest, context: RequestContext): ListProvisionedConcurrencyConfigsResponse | Promise<ListProvisionedConcurrencyConfigsResponse>;
  ListTags(input: ListTagsRequest, context: RequestContext): ListTagsResponse | Promise<ListTagsResponse>;
  ListVersionsByFunction(input: ListVersionsByFunctionRequest, context: RequestContext): ListVersionsByFunctionResponse | Promise<ListVersionsByFunctionResponse>;
  PublishLayerVersion(input: PublishLayerVersionRequest, context: RequestContext): PublishLayerVersionResponse | Promise<PublishLayerVersionResponse>;
  PublishVersion(input: PublishVersionRequest, context: RequestContext): FunctionConfiguration | Promise<FunctionConfiguration>;
  PutFunctionCodeSigningConfig(input: PutFunctionCodeSigningConfigRequest, context: RequestContext): PutFunctionCodeSigningConfigResponse | Promise<PutFunctionCodeSigningConfigResponse>;
  PutFunctionConcurrency(input: PutFunctionConcurrencyRequest, context: RequestContext): Concurrency | Promise<Concurrency>;
  PutFunctionEventInvokeConfig(input: PutFunctionEventInvokeConfigRequest, context: RequestContext): FunctionEventInvokeConfig | Promise<FunctionEventInvokeConfig>;
  PutFunctionRecursionConfig(input: PutFunctionRecursionConfigRequest, context: RequestContext): PutFunctionRecursionConfigResponse | Promise<PutFunctionRecursionConfigResponse>;
  PutFunctionScalingConfig(input: PutFunctionScalingConfigRequest, context: RequestContext): PutFunctionScalingConfigResponse | Promise<PutFunctionScalingConfigResponse>;
  PutProvisionedConcurrencyConfig(input: PutProvisionedConcurrencyConfigRequest, context: RequestContext): PutProvisionedConcurrencyConfigResponse | Promise<PutProvisionedConcurrencyConfigResponse>;
  PutRuntimeManagementConfig(input: PutRuntimeManagementConfigRequest, context: RequestContext): PutRuntimeManagementConfigResponse | Promise<PutRuntimeManagementConfigResponse>;
  RemoveLayerVersionPermission(input: RemoveLayerVersionPermissionRequest, context: RequestContext): void | Promise<void>;
  RemovePermission(input: RemovePermissionRequest, context: RequestContext): void | Promise<void>;
  SendDurableExecutionCallbackFailure(input: SendDurableExecutionCallbackFailureRequest, context: RequestContext): SendDurableExecutionCallbackFailureResponse | Promise<SendDurableExecutionCallbackFailureResponse>;
  SendDurableExecutionCallbackHeartbeat(input: SendDurableExecutionCallbackHeartbeatRequest, context: RequestContext): SendDurableExecutionCallbackHeartbeatResponse | Promise<SendDurableExecutionCallbackHeartbeatResponse>;
  SendDurableExecutionCallbackSuccess(input: SendDurableExecutionCallbackSuccessRequest, context: RequestContext): SendDurableExecutionCallbackSuccessResponse | Promise<SendDurableExecutionCallbackSuccessResponse>;
  StopDurableExecution(input: StopDurableExecutionRequest, context: RequestContext): StopDurableExecutionResponse | Promise<StopDurableExecutionResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): void | Promise<void>;
  UpdateAlias(input: UpdateAliasRequest, context: RequestContext): AliasConfiguration | Promise<AliasConfiguration>;
  UpdateCapacityProvider(input: UpdateCapacityProviderRequest, context: RequestContext): UpdateCapacityProviderResponse | Promise<UpdateCapacityProviderResponse>;
  UpdateCodeSigningConfig(input: UpdateCodeSigningConfigRequest, context: RequestContext): UpdateCodeSigningConfigResponse | Promise<UpdateCodeSigningConfigResponse>;
  UpdateEventSourceMapping(input: UpdateEventSourceMappingRequest, context: RequestContext): EventSourceMappingConfiguration | Promise<EventSourceMappingConfiguration>;
  UpdateFunctionCode(input: UpdateFunctionCodeRequest, context: RequestContext): FunctionConfiguration | Promise<FunctionConfiguration>;
  UpdateFunctionConfiguration(input: UpdateFunctionConfigurationRequest, context: RequestContext): FunctionConfiguration | Promise<FunctionConfiguration>;
  UpdateFunctionEventInvokeConfig(input: UpdateFunctionEventInvokeConfigRequest, context: RequestContext): FunctionEventInvokeConfig | Promise<FunctionEventInvokeConfig>;
  UpdateFunctionUrlConfig(input: UpdateFunctionUrlConfigRequest, context: RequestContext): UpdateFunctionUrlConfigResponse | Promise<UpdateFunctionUrlConfigResponse>;
}
