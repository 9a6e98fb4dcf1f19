// Generated from models/ssm.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddTagsToResourceRequest {
  ResourceId: string;
  ResourceType: "Document" | "ManagedInstance" | "MaintenanceWindow" | "Parameter" | "PatchBaseline" | "OpsItem" | "OpsMetadata" | "Automation" | "Association";
  Tags: Array<TagShape>;
}

export interface AddTagsToResourceResult {
}

export interface AssociateOpsItemRelatedItemRequest {
  AssociationType: string;
  OpsItemId: string;
  ResourceType: string;
  ResourceUri: string;
}

export interface AssociateOpsItemRelatedItemResponse {
  AssociationId?: string;
}

export interface CancelCommandRequest {
  CommandId: string;
  InstanceIds?: Array<string>;
}

export interface CancelCommandResult {
}

export interface CancelMaintenanceWindowExecutionRequest {
  WindowExecutionId: string;
}

export interface CancelMaintenanceWindowExecutionResult {
  WindowExecutionId?: string;
}

export interface CreateActivationRequest {
  DefaultInstanceName?: string;
  Description?: string;
  ExpirationDate?: Date;
  IamRole: string;
  RegistrationLimit?: number;
  RegistrationMetadata?: Array<RegistrationMetadataItem>;
  Tags?: Array<TagShape>;
}

export interface CreateActivationResult {
  ActivationCode?: string;
  ActivationId?: string;
}

export interface CreateAssociationRequest {
  AlarmConfiguration?: AlarmConfiguration;
  ApplyOnlyAtCronInterval?: boolean;
  AssociationDispatchAssumeRole?: string;
  AssociationName?: string;
  AutomationTargetParameterName?: string;
  CalendarNames?: Array<string>;
  ComplianceSeverity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "UNSPECIFIED";
  DocumentVersion?: string;
  Duration?: number;
  InstanceId?: string;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name: string;
  OutputLocation?: InstanceAssociationOutputLocation;
  Parameters?: Record<string, Array<string>>;
  ScheduleExpression?: string;
  ScheduleOffset?: number;
  SyncCompliance?: "AUTO" | "MANUAL";
  Tags?: Array<TagShape>;
  TargetLocations?: Array<TargetLocation>;
  TargetMaps?: Array<Record<string, Array<string>>>;
  Targets?: Array<Target>;
}

export interface CreateAssociationResult {
  AssociationDescription?: AssociationDescription;
}

export interface CreateAssociationBatchRequest {
  AssociationDispatchAssumeRole?: string;
  Entries: Array<CreateAssociationBatchRequestEntry>;
}

export interface CreateAssociationBatchResult {
  Failed?: Array<FailedCreateAssociation>;
  Successful?: Array<AssociationDescription>;
}

export interface CreateDocumentRequest {
  Attachments?: Array<AttachmentsSource>;
  Content: string;
  DisplayName?: string;
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentType?: "Command" | "Policy" | "Automation" | "Session" | "Package" | "ApplicationConfiguration" | "ApplicationConfigurationSchema" | "DeploymentStrategy" | "ChangeCalendar" | "Automation.ChangeTemplate" | "ProblemAnalysis" | "ProblemAnalysisTemplate" | "CloudFormation" | "ConformancePackTemplate" | "QuickSetup" | "ManualApprovalPolicy" | "AutoApprovalPolicy";
  Name: string;
  Requires?: Array<DocumentRequires>;
  Tags?: Array<TagShape>;
  TargetType?: string;
  VersionName?: string;
}

export interface CreateDocumentResult {
  DocumentDescription?: DocumentDescription;
}

export interface CreateMaintenanceWindowRequest {
  AllowUnassociatedTargets: boolean;
  ClientToken?: string;
  Cutoff: number;
  Description?: string;
  Duration: number;
  EndDate?: string;
  Name: string;
  Schedule: string;
  ScheduleOffset?: number;
  ScheduleTimezone?: string;
  StartDate?: string;
  Tags?: Array<TagShape>;
}

export interface CreateMaintenanceWindowResult {
  WindowId?: string;
}

export interface CreateOpsItemRequest {
  AccountId?: string;
  ActualEndTime?: Date;
  ActualStartTime?: Date;
  Category?: string;
  Description: string;
  Notifications?: Array<OpsItemNotification>;
  OperationalData?: Record<string, OpsItemDataValue>;
  OpsItemType?: string;
  PlannedEndTime?: Date;
  PlannedStartTime?: Date;
  Priority?: number;
  RelatedOpsItems?: Array<RelatedOpsItem>;
  Severity?: string;
  Source: string;
  Tags?: Array<TagShape>;
  Title: string;
}

export interface CreateOpsItemResponse {
  OpsItemArn?: string;
  OpsItemId?: string;
}

export interface CreateOpsMetadataRequest {
  Metadata?: Record<string, MetadataValue>;
  ResourceId: string;
  Tags?: Array<TagShape>;
}

export interface CreateOpsMetadataResult {
  OpsMetadataArn?: string;
}

export interface CreatePatchBaselineRequest {
  ApprovalRules?: PatchRuleGroup;
  ApprovedPatches?: Array<string>;
  ApprovedPatchesComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  ApprovedPatchesEnableNonSecurity?: boolean;
  AvailableSecurityUpdatesComplianceStatus?: "COMPLIANT" | "NON_COMPLIANT";
  ClientToken?: string;
  Description?: string;
  GlobalFilters?: PatchFilterGroup;
  Name: string;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  RejectedPatches?: Array<string>;
  RejectedPatchesAction?: "ALLOW_AS_DEPENDENCY" | "BLOCK";
  Sources?: Array<PatchSource>;
  Tags?: Array<TagShape>;
}

export interface CreatePatchBaselineResult {
  BaselineId?: string;
}

export interface CreateResourceDataSyncRequest {
  S3Destination?: ResourceDataSyncS3Destination;
  SyncName: string;
  SyncSource?: ResourceDataSyncSource;
  SyncType?: string;
}

export interface CreateResourceDataSyncResult {
}

export interface DeleteActivationRequest {
  ActivationId: string;
}

export interface DeleteActivationResult {
}

export interface DeleteAssociationRequest {
  AssociationId?: string;
  InstanceId?: string;
  Name?: string;
}

export interface DeleteAssociationResult {
}

export interface DeleteDocumentRequest {
  DocumentVersion?: string;
  Force?: boolean;
  Name: string;
  VersionName?: string;
}

export interface DeleteDocumentResult {
}

export interface DeleteInventoryRequest {
  ClientToken?: string;
  DryRun?: boolean;
  SchemaDeleteOption?: "DisableSchema" | "DeleteSchema";
  TypeName: string;
}

export interface DeleteInventoryResult {
  DeletionId?: string;
  DeletionSummary?: InventoryDeletionSummary;
  TypeName?: string;
}

export interface DeleteMaintenanceWindowRequest {
  WindowId: string;
}

export interface DeleteMaintenanceWindowResult {
  WindowId?: string;
}

export interface DeleteOpsItemRequest {
  OpsItemId: string;
}

export interface DeleteOpsItemResponse {
}

export interface DeleteOpsMetadataRequest {
  OpsMetadataArn: string;
}

export interface DeleteOpsMetadataResult {
}

export interface DeleteParameterRequest {
  Name: string;
}

export interface DeleteParameterResult {
}

export interface DeleteParametersRequest {
  Names: Array<string>;
}

export interface DeleteParametersResult {
  DeletedParameters?: Array<string>;
  InvalidParameters?: Array<string>;
}

export interface DeletePatchBaselineRequest {
  BaselineId: string;
}

export interface DeletePatchBaselineResult {
  BaselineId?: string;
}

export interface DeleteResourceDataSyncRequest {
  SyncName: string;
  SyncType?: string;
}

export interface DeleteResourceDataSyncResult {
}

export interface DeleteResourcePolicyRequest {
  PolicyHash: string;
  PolicyId: string;
  ResourceArn: string;
}

export interface DeleteResourcePolicyResponse {
}

export interface DeregisterManagedInstanceRequest {
  InstanceId: string;
}

export interface DeregisterManagedInstanceResult {
}

export interface DeregisterPatchBaselineForPatchGroupRequest {
  BaselineId: string;
  PatchGroup: string;
}

export interface DeregisterPatchBaselineForPatchGroupResult {
  BaselineId?: string;
  PatchGroup?: string;
}

export interface DeregisterTargetFromMaintenanceWindowRequest {
  Safe?: boolean;
  WindowId: string;
  WindowTargetId: string;
}

export interface DeregisterTargetFromMaintenanceWindowResult {
  WindowId?: string;
  WindowTargetId?: string;
}

export interface DeregisterTaskFromMaintenanceWindowRequest {
  WindowId: string;
  WindowTaskId: string;
}

export interface DeregisterTaskFromMaintenanceWindowResult {
  WindowId?: string;
  WindowTaskId?: string;
}

export interface DescribeActivationsRequest {
  Filters?: Array<DescribeActivationsFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeActivationsResult {
  ActivationList?: Array<Activation>;
  NextToken?: string;
}

export interface DescribeAssociationRequest {
  AssociationId?: string;
  AssociationVersion?: string;
  InstanceId?: string;
  Name?: string;
}

export interface DescribeAssociationResult {
  AssociationDescription?: AssociationDescription;
}

export interface DescribeAssociationExecutionsRequest {
  AssociationId: string;
  Filters?: Array<AssociationExecutionFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeAssociationExecutionsResult {
  AssociationExecutions?: Array<AssociationExecution>;
  NextToken?: string;
}

export interface DescribeAssociationExecutionTargetsRequest {
  AssociationId: string;
  ExecutionId: string;
  Filters?: Array<AssociationExecutionTargetsFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeAssociationExecutionTargetsResult {
  AssociationExecutionTargets?: Array<AssociationExecutionTarget>;
  NextToken?: string;
}

export interface DescribeAutomationExecutionsRequest {
  Filters?: Array<AutomationExecutionFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeAutomationExecutionsResult {
  AutomationExecutionMetadataList?: Array<AutomationExecutionMetadata>;
  NextToken?: string;
}

export interface DescribeAutomationStepExecutionsRequest {
  AutomationExecutionId: string;
  Filters?: Array<StepExecutionFilter>;
  MaxResults?: number;
  NextToken?: string;
  ReverseOrder?: boolean;
}

export interface DescribeAutomationStepExecutionsResult {
  NextToken?: string;
  StepExecutions?: Array<StepExecution>;
}

export interface DescribeAvailablePatchesRequest {
  Filters?: Array<PatchOrchestratorFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeAvailablePatchesResult {
  NextToken?: string;
  Patches?: Array<Patch>;
}

export interface DescribeDocumentRequest {
  DocumentVersion?: string;
  Name: string;
  VersionName?: string;
}

export interface DescribeDocumentResult {
  Document?: DocumentDescription;
}

export interface DescribeDocumentPermissionRequest {
  MaxResults?: number;
  Name: string;
  NextToken?: string;
  PermissionType: "Share";
}

export interface DescribeDocumentPermissionResponse {
  AccountIds?: Array<string>;
  AccountSharingInfoList?: Array<AccountSharingInfo>;
  NextToken?: string;
}

export interface DescribeEffectiveInstanceAssociationsRequest {
  InstanceId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeEffectiveInstanceAssociationsResult {
  Associations?: Array<InstanceAssociation>;
  NextToken?: string;
}

export interface DescribeEffectivePatchesForPatchBaselineRequest {
  BaselineId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeEffectivePatchesForPatchBaselineResult {
  EffectivePatches?: Array<EffectivePatch>;
  NextToken?: string;
}

export interface DescribeInstanceAssociationsStatusRequest {
  InstanceId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInstanceAssociationsStatusResult {
  InstanceAssociationStatusInfos?: Array<InstanceAssociationStatusInfo>;
  NextToken?: string;
}

export interface DescribeInstanceInformationRequest {
  Filters?: Array<InstanceInformationStringFilter>;
  InstanceInformationFilterList?: Array<InstanceInformationFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInstanceInformationResult {
  InstanceInformationList?: Array<InstanceInformation>;
  NextToken?: string;
}

export interface DescribeInstancePatchesRequest {
  Filters?: Array<PatchOrchestratorFilter>;
  InstanceId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInstancePatchesResult {
  NextToken?: string;
  Patches?: Array<PatchComplianceData>;
}

export interface DescribeInstancePatchStatesRequest {
  InstanceIds: Array<string>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInstancePatchStatesResult {
  InstancePatchStates?: Array<InstancePatchState>;
  NextToken?: string;
}

export interface DescribeInstancePatchStatesForPatchGroupRequest {
  Filters?: Array<InstancePatchStateFilter>;
  MaxResults?: number;
  NextToken?: string;
  PatchGroup: string;
}

export interface DescribeInstancePatchStatesForPatchGroupResult {
  InstancePatchStates?: Array<InstancePatchState>;
  NextToken?: string;
}

export interface DescribeInstancePropertiesRequest {
  FiltersWithOperator?: Array<InstancePropertyStringFilter>;
  InstancePropertyFilterList?: Array<InstancePropertyFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInstancePropertiesResult {
  InstanceProperties?: Array<InstanceProperty>;
  NextToken?: string;
}

export interface DescribeInventoryDeletionsRequest {
  DeletionId?: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeInventoryDeletionsResult {
  InventoryDeletions?: Array<InventoryDeletionStatusItem>;
  NextToken?: string;
}

export interface DescribeMaintenanceWindowExecutionsRequest {
  Filters?: Array<MaintenanceWindowFilter>;
  MaxResults?: number;
  NextToken?: string;
  WindowId: string;
}

export interface DescribeMaintenanceWindowExecutionsResult {
  NextToken?: string;
  WindowExecutions?: Array<MaintenanceWindowExecution>;
}

export interface DescribeMaintenanceWindowExecutionTaskInvocationsRequest {
  Filters?: Array<MaintenanceWindowFilter>;
  MaxResults?: number;
  NextToken?: string;
  TaskId: string;
  WindowExecutionId: string;
}

export interface DescribeMaintenanceWindowExecutionTaskInvocationsResult {
  NextToken?: string;
  WindowExecutionTaskInvocationIdentities?: Array<MaintenanceWindowExecutionTaskInvocationIdentity>;
}

export interface DescribeMaintenanceWindowExecutionTasksRequest {
  Filters?: Array<MaintenanceWindowFilter>;
  MaxResults?: number;
  NextToken?: string;
  WindowExecutionId: string;
}

export interface DescribeMaintenanceWindowExecutionTasksResult {
  NextToken?: string;
  WindowExecutionTaskIdentities?: Array<MaintenanceWindowExecutionTaskIdentity>;
}

export interface DescribeMaintenanceWindowsRequest {
  Filters?: Array<MaintenanceWindowFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribeMaintenanceWindowsResult {
  NextToken?: string;
  WindowIdentities?: Array<MaintenanceWindowIdentity>;
}

export interface DescribeMaintenanceWindowScheduleRequest {
  Filters?: Array<PatchOrchestratorFilter>;
  MaxResults?: number;
  NextToken?: string;
  ResourceType?: "INSTANCE" | "RESOURCE_GROUP";
  Targets?: Array<Target>;
  WindowId?: string;
}

export interface DescribeMaintenanceWindowScheduleResult {
  NextToken?: string;
  ScheduledWindowExecutions?: Array<ScheduledWindowExecution>;
}

export interface DescribeMaintenanceWindowsForTargetRequest {
  MaxResults?: number;
  NextToken?: string;
  ResourceType: "INSTANCE" | "RESOURCE_GROUP";
  Targets: Array<Target>;
}

export interface DescribeMaintenanceWindowsForTargetResult {
  NextToken?: string;
  WindowIdentities?: Array<MaintenanceWindowIdentityForTarget>;
}

export interface DescribeMaintenanceWindowTargetsRequest {
  Filters?: Array<MaintenanceWindowFilter>;
  MaxResults?: number;
  NextToken?: string;
  WindowId: string;
}

export interface DescribeMaintenanceWindowTargetsResult {
  NextToken?: string;
  Targets?: Array<MaintenanceWindowTarget>;
}

export interface DescribeMaintenanceWindowTasksRequest {
  Filters?: Array<MaintenanceWindowFilter>;
  MaxResults?: number;
  NextToken?: string;
  WindowId: string;
}

export interface DescribeMaintenanceWindowTasksResult {
  NextToken?: string;
  Tasks?: Array<MaintenanceWindowTask>;
}

export interface DescribeOpsItemsRequest {
  MaxResults?: number;
  NextToken?: string;
  OpsItemFilters?: Array<OpsItemFilter>;
}

export interface DescribeOpsItemsResponse {
  NextToken?: string;
  OpsItemSummaries?: Array<OpsItemSummary>;
}

export interface DescribeParametersRequest {
  Filters?: Array<ParametersFilter>;
  MaxResults?: number;
  NextToken?: string;
  ParameterFilters?: Array<ParameterStringFilter>;
  Shared?: boolean;
}

export interface DescribeParametersResult {
  NextToken?: string;
  Parameters?: Array<ParameterMetadata>;
}

export interface DescribePatchBaselinesRequest {
  Filters?: Array<PatchOrchestratorFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribePatchBaselinesResult {
  BaselineIdentities?: Array<PatchBaselineIdentity>;
  NextToken?: string;
}

export interface DescribePatchGroupsRequest {
  Filters?: Array<PatchOrchestratorFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface DescribePatchGroupsResult {
  Mappings?: Array<PatchGroupPatchBaselineMapping>;
  NextToken?: string;
}

export interface DescribePatchGroupStateRequest {
  PatchGroup: string;
}

export interface DescribePatchGroupStateResult {
  Instances?: number;
  InstancesWithAvailableSecurityUpdates?: number;
  InstancesWithCriticalNonCompliantPatches?: number;
  InstancesWithFailedPatches?: number;
  InstancesWithInstalledOtherPatches?: number;
  InstancesWithInstalledPatches?: number;
  InstancesWithInstalledPendingRebootPatches?: number;
  InstancesWithInstalledRejectedPatches?: number;
  InstancesWithMissingPatches?: number;
  InstancesWithNotApplicablePatches?: number;
  InstancesWithOtherNonCompliantPatches?: number;
  InstancesWithSecurityNonCompliantPatches?: number;
  InstancesWithUnreportedNotApplicablePatches?: number;
}

export interface DescribePatchPropertiesRequest {
  MaxResults?: number;
  NextToken?: string;
  OperatingSystem: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  PatchSet?: "OS" | "APPLICATION";
  Property: "PRODUCT" | "PRODUCT_FAMILY" | "CLASSIFICATION" | "MSRC_SEVERITY" | "PRIORITY" | "SEVERITY";
}

export interface DescribePatchPropertiesResult {
  NextToken?: string;
  Properties?: Array<Record<string, string>>;
}

export interface DescribeSessionsRequest {
  Filters?: Array<SessionFilter>;
  MaxResults?: number;
  NextToken?: string;
  State: "Active" | "History";
}

export interface DescribeSessionsResponse {
  NextToken?: string;
  Sessions?: Array<Session>;
}

export interface DisassociateOpsItemRelatedItemRequest {
  AssociationId: string;
  OpsItemId: string;
}

export interface DisassociateOpsItemRelatedItemResponse {
}

export interface GetAccessTokenRequest {
  AccessRequestId: string;
}

export interface GetAccessTokenResponse {
  AccessRequestStatus?: "Approved" | "Rejected" | "Revoked" | "Expired" | "Pending";
  Credentials?: Credentials;
}

export interface GetAutomationExecutionRequest {
  AutomationExecutionId: string;
}

export interface GetAutomationExecutionResult {
  AutomationExecution?: AutomationExecution;
}

export interface GetCalendarStateRequest {
  AtTime?: string;
  CalendarNames: Array<string>;
}

export interface GetCalendarStateResponse {
  AtTime?: string;
  NextTransitionTime?: string;
  State?: "OPEN" | "CLOSED";
}

export interface GetCommandInvocationRequest {
  CommandId: string;
  InstanceId: string;
  PluginName?: string;
}

export interface GetCommandInvocationResult {
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  CommandId?: string;
  Comment?: string;
  DocumentName?: string;
  DocumentVersion?: string;
  ExecutionElapsedTime?: string;
  ExecutionEndDateTime?: string;
  ExecutionStartDateTime?: string;
  InstanceId?: string;
  PluginName?: string;
  ResponseCode?: number;
  StandardErrorContent?: string;
  StandardErrorUrl?: string;
  StandardOutputContent?: string;
  StandardOutputUrl?: string;
  Status?: "Pending" | "InProgress" | "Delayed" | "Success" | "Cancelled" | "TimedOut" | "Failed" | "Cancelling";
  StatusDetails?: string;
}

export interface GetConnectionStatusRequest {
  Target: string;
}

export interface GetConnectionStatusResponse {
  Status?: "connected" | "notconnected";
  Target?: string;
}

export interface GetDefaultPatchBaselineRequest {
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
}

export interface GetDefaultPatchBaselineResult {
  BaselineId?: string;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
}

export interface GetDeployablePatchSnapshotForInstanceRequest {
  BaselineOverride?: BaselineOverride;
  InstanceId: string;
  SnapshotId: string;
  UseS3DualStackEndpoint?: boolean;
}

export interface GetDeployablePatchSnapshotForInstanceResult {
  InstanceId?: string;
  Product?: string;
  SnapshotDownloadUrl?: string;
  SnapshotId?: string;
}

export interface GetDocumentRequest {
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentVersion?: string;
  Name: string;
  VersionName?: string;
}

export interface GetDocumentResult {
  AttachmentsContent?: Array<AttachmentContent>;
  Content?: string;
  CreatedDate?: Date;
  DisplayName?: string;
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentType?: "Command" | "Policy" | "Automation" | "Session" | "Package" | "ApplicationConfiguration" | "ApplicationConfigurationSchema" | "DeploymentStrategy" | "ChangeCalendar" | "Automation.ChangeTemplate" | "ProblemAnalysis" | "ProblemAnalysisTemplate" | "CloudFormation" | "ConformancePackTemplate" | "QuickSetup" | "ManualApprovalPolicy" | "AutoApprovalPolicy";
  DocumentVersion?: string;
  Name?: string;
  Requires?: Array<DocumentRequires>;
  ReviewStatus?: "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";
  Status?: "Creating" | "Active" | "Updating" | "Deleting" | "Failed";
  StatusInformation?: string;
  VersionName?: string;
}

export interface GetExecutionPreviewRequest {
  ExecutionPreviewId: string;
}

export interface GetExecutionPreviewResponse {
  EndedAt?: Date;
  ExecutionPreview?: ExecutionPreview;
  ExecutionPreviewId?: string;
  Status?: "Pending" | "InProgress" | "Success" | "Failed";
  StatusMessage?: string;
}

export interface GetInventoryRequest {
  Aggregators?: Array<InventoryAggregator>;
  Filters?: Array<InventoryFilter>;
  MaxResults?: number;
  NextToken?: string;
  ResultAttributes?: Array<ResultAttribute>;
}

export interface GetInventoryResult {
  Entities?: Array<InventoryResultEntity>;
  NextToken?: string;
}

export interface GetInventorySchemaRequest {
  Aggregator?: boolean;
  MaxResults?: number;
  NextToken?: string;
  SubType?: boolean;
  TypeName?: string;
}

export interface GetInventorySchemaResult {
  NextToken?: string;
  Schemas?: Array<InventoryItemSchema>;
}

export interface GetMaintenanceWindowRequest {
  WindowId: string;
}

export interface GetMaintenanceWindowResult {
  AllowUnassociatedTargets?: boolean;
  CreatedDate?: Date;
  Cutoff?: number;
  Description?: string;
  Duration?: number;
  Enabled?: boolean;
  EndDate?: string;
  ModifiedDate?: Date;
  Name?: string;
  NextExecutionTime?: string;
  Schedule?: string;
  ScheduleOffset?: number;
  ScheduleTimezone?: string;
  StartDate?: string;
  WindowId?: string;
}

export interface GetMaintenanceWindowExecutionRequest {
  WindowExecutionId: string;
}

export interface GetMaintenanceWindowExecutionResult {
  EndTime?: Date;
  StartTime?: Date;
  Status?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  StatusDetails?: string;
  TaskIds?: Array<string>;
  WindowExecutionId?: string;
}

export interface GetMaintenanceWindowExecutionTaskRequest {
  TaskId: string;
  WindowExecutionId: string;
}

export interface GetMaintenanceWindowExecutionTaskResult {
  AlarmConfiguration?: AlarmConfiguration;
  EndTime?: Date;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Priority?: number;
  ServiceRole?: string;
  StartTime?: Date;
  Status?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  StatusDetails?: string;
  TaskArn?: string;
  TaskExecutionId?: string;
  TaskParameters?: Array<Record<string, MaintenanceWindowTaskParameterValueExpression>>;
  TriggeredAlarms?: Array<AlarmStateInformation>;
  Type?: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  WindowExecutionId?: string;
}

export interface GetMaintenanceWindowExecutionTaskInvocationRequest {
  InvocationId: string;
  TaskId: string;
  WindowExecutionId: string;
}

export interface GetMaintenanceWindowExecutionTaskInvocationResult {
  EndTime?: Date;
  ExecutionId?: string;
  InvocationId?: string;
  OwnerInformation?: string;
  Parameters?: string;
  StartTime?: Date;
  Status?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  StatusDetails?: string;
  TaskExecutionId?: string;
  TaskType?: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  WindowExecutionId?: string;
  WindowTargetId?: string;
}

export interface GetMaintenanceWindowTaskRequest {
  WindowId: string;
  WindowTaskId: string;
}

export interface GetMaintenanceWindowTaskResult {
  AlarmConfiguration?: AlarmConfiguration;
  CutoffBehavior?: "CONTINUE_TASK" | "CANCEL_TASK";
  Description?: string;
  LoggingInfo?: LoggingInfo;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  Priority?: number;
  ServiceRoleArn?: string;
  Targets?: Array<Target>;
  TaskArn?: string;
  TaskInvocationParameters?: MaintenanceWindowTaskInvocationParameters;
  TaskParameters?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  TaskType?: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  WindowId?: string;
  WindowTaskId?: string;
}

export interface GetOpsItemRequest {
  OpsItemArn?: string;
  OpsItemId: string;
}

export interface GetOpsItemResponse {
  OpsItem?: OpsItem;
}

export interface GetOpsMetadataRequest {
  MaxResults?: number;
  NextToken?: string;
  OpsMetadataArn: string;
}

export interface GetOpsMetadataResult {
  Metadata?: Record<string, MetadataValue>;
  NextToken?: string;
  ResourceId?: string;
}

export interface GetOpsSummaryRequest {
  Aggregators?: Array<OpsAggregator>;
  Filters?: Array<OpsFilter>;
  MaxResults?: number;
  NextToken?: string;
  ResultAttributes?: Array<OpsResultAttribute>;
  SyncName?: string;
}

export interface GetOpsSummaryResult {
  Entities?: Array<OpsEntity>;
  NextToken?: string;
}

export interface GetParameterRequest {
  Name: string;
  WithDecryption?: boolean;
}

export interface GetParameterResult {
  Parameter?: Parameter;
}

export interface GetParameterHistoryRequest {
  MaxResults?: number;
  Name: string;
  NextToken?: string;
  WithDecryption?: boolean;
}

export interface GetParameterHistoryResult {
  NextToken?: string;
  Parameters?: Array<ParameterHistory>;
}

export interface GetParametersRequest {
  Names: Array<string>;
  WithDecryption?: boolean;
}

export interface GetParametersResult {
  InvalidParameters?: Array<string>;
  Parameters?: Array<Parameter>;
}

export interface GetParametersByPathRequest {
  MaxResults?: number;
  NextToken?: string;
  ParameterFilters?: Array<ParameterStringFilter>;
  Path: string;
  Recursive?: boolean;
  WithDecryption?: boolean;
}

export interface GetParametersByPathResult {
  NextToken?: string;
  Parameters?: Array<Parameter>;
}

export interface GetPatchBaselineRequest {
  BaselineId: string;
}

export interface GetPatchBaselineResult {
  ApprovalRules?: PatchRuleGroup;
  ApprovedPatches?: Array<string>;
  ApprovedPatchesComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  ApprovedPatchesEnableNonSecurity?: boolean;
  AvailableSecurityUpdatesComplianceStatus?: "COMPLIANT" | "NON_COMPLIANT";
  BaselineId?: string;
  CreatedDate?: Date;
  Description?: string;
  GlobalFilters?: PatchFilterGroup;
  ModifiedDate?: Date;
  Name?: string;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  PatchGroups?: Array<string>;
  RejectedPatches?: Array<string>;
  RejectedPatchesAction?: "ALLOW_AS_DEPENDENCY" | "BLOCK";
  Sources?: Array<PatchSource>;
}

export interface GetPatchBaselineForPatchGroupRequest {
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  PatchGroup: string;
}

export interface GetPatchBaselineForPatchGroupResult {
  BaselineId?: string;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  PatchGroup?: string;
}

export interface GetResourcePoliciesRequest {
  MaxResults?: number;
  NextToken?: string;
  ResourceArn: string;
}

export interface GetResourcePoliciesResponse {
  NextToken?: string;
  Policies?: Array<GetResourcePoliciesResponseEntry>;
}

export interface GetServiceSettingRequest {
  SettingId: string;
}

export interface GetServiceSettingResult {
  ServiceSetting?: ServiceSetting;
}

export interface LabelParameterVersionRequest {
  Labels: Array<string>;
  Name: string;
  ParameterVersion?: number;
}

export interface LabelParameterVersionResult {
  InvalidLabels?: Array<string>;
  ParameterVersion?: number;
}

export interface ListAssociationsRequest {
  AssociationFilterList?: Array<AssociationFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListAssociationsResult {
  Associations?: Array<Association>;
  NextToken?: string;
}

export interface ListAssociationVersionsRequest {
  AssociationId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListAssociationVersionsResult {
  AssociationVersions?: Array<AssociationVersionInfo>;
  NextToken?: string;
}

export interface ListCommandInvocationsRequest {
  CommandId?: string;
  Details?: boolean;
  Filters?: Array<CommandFilter>;
  InstanceId?: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListCommandInvocationsResult {
  CommandInvocations?: Array<CommandInvocation>;
  NextToken?: string;
}

export interface ListCommandsRequest {
  CommandId?: string;
  Filters?: Array<CommandFilter>;
  InstanceId?: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListCommandsResult {
  Commands?: Array<Command>;
  NextToken?: string;
}

export interface ListComplianceItemsRequest {
  Filters?: Array<ComplianceStringFilter>;
  MaxResults?: number;
  NextToken?: string;
  ResourceIds?: Array<string>;
  ResourceTypes?: Array<string>;
}

export interface ListComplianceItemsResult {
  ComplianceItems?: Array<ComplianceItem>;
  NextToken?: string;
}

export interface ListComplianceSummariesRequest {
  Filters?: Array<ComplianceStringFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListComplianceSummariesResult {
  ComplianceSummaryItems?: Array<ComplianceSummaryItem>;
  NextToken?: string;
}

export interface ListDocumentMetadataHistoryRequest {
  DocumentVersion?: string;
  MaxResults?: number;
  Metadata: "DocumentReviews";
  Name: string;
  NextToken?: string;
}

export interface ListDocumentMetadataHistoryResponse {
  Author?: string;
  DocumentVersion?: string;
  Metadata?: DocumentMetadataResponseInfo;
  Name?: string;
  NextToken?: string;
}

export interface ListDocumentsRequest {
  DocumentFilterList?: Array<DocumentFilter>;
  Filters?: Array<DocumentKeyValuesFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListDocumentsResult {
  DocumentIdentifiers?: Array<DocumentIdentifier>;
  NextToken?: string;
}

export interface ListDocumentVersionsRequest {
  MaxResults?: number;
  Name: string;
  NextToken?: string;
}

export interface ListDocumentVersionsResult {
  DocumentVersions?: Array<DocumentVersionInfo>;
  NextToken?: string;
}

export interface ListInventoryEntriesRequest {
  Filters?: Array<InventoryFilter>;
  InstanceId: string;
  MaxResults?: number;
  NextToken?: string;
  TypeName: string;
}

export interface ListInventoryEntriesResult {
  CaptureTime?: string;
  Entries?: Array<Record<string, string>>;
  InstanceId?: string;
  NextToken?: string;
  SchemaVersion?: string;
  TypeName?: string;
}

export interface ListNodesRequest {
  Filters?: Array<NodeFilter>;
  MaxResults?: number;
  NextToken?: string;
  SyncName?: string;
}

export interface ListNodesResult {
  NextToken?: string;
  Nodes?: Array<Node>;
}

export interface ListNodesSummaryRequest {
  Aggregators: Array<NodeAggregator>;
  Filters?: Array<NodeFilter>;
  MaxResults?: number;
  NextToken?: string;
  SyncName?: string;
}

export interface ListNodesSummaryResult {
  NextToken?: string;
  Summary?: Array<Record<string, string>>;
}

export interface ListOpsItemEventsRequest {
  Filters?: Array<OpsItemEventFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListOpsItemEventsResponse {
  NextToken?: string;
  Summaries?: Array<OpsItemEventSummary>;
}

export interface ListOpsItemRelatedItemsRequest {
  Filters?: Array<OpsItemRelatedItemsFilter>;
  MaxResults?: number;
  NextToken?: string;
  OpsItemId?: string;
}

export interface ListOpsItemRelatedItemsResponse {
  NextToken?: string;
  Summaries?: Array<OpsItemRelatedItemSummary>;
}

export interface ListOpsMetadataRequest {
  Filters?: Array<OpsMetadataFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListOpsMetadataResult {
  NextToken?: string;
  OpsMetadataList?: Array<OpsMetadata>;
}

export interface ListResourceComplianceSummariesRequest {
  Filters?: Array<ComplianceStringFilter>;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListResourceComplianceSummariesResult {
  NextToken?: string;
  ResourceComplianceSummaryItems?: Array<ResourceComplianceSummaryItem>;
}

export interface ListResourceDataSyncRequest {
  MaxResults?: number;
  NextToken?: string;
  SyncType?: string;
}

export interface ListResourceDataSyncResult {
  NextToken?: string;
  ResourceDataSyncItems?: Array<ResourceDataSyncItem>;
}

export interface ListTagsForResourceRequest {
  ResourceId: string;
  ResourceType: "Document" | "ManagedInstance" | "MaintenanceWindow" | "Parameter" | "PatchBaseline" | "OpsItem" | "OpsMetadata" | "Automation" | "Association";
}

export interface ListTagsForResourceResult {
  TagList?: Array<TagShape>;
}

export interface ModifyDocumentPermissionRequest {
  AccountIdsToAdd?: Array<string>;
  AccountIdsToRemove?: Array<string>;
  Name: string;
  PermissionType: "Share";
  SharedDocumentVersion?: string;
}

export interface ModifyDocumentPermissionResponse {
}

export interface PutComplianceItemsRequest {
  ComplianceType: string;
  ExecutionSummary: ComplianceExecutionSummary;
  ItemContentHash?: string;
  Items: Array<ComplianceItemEntry>;
  ResourceId: string;
  ResourceType: string;
  UploadType?: "COMPLETE" | "PARTIAL";
}

export interface PutComplianceItemsResult {
}

export interface PutInventoryRequest {
  InstanceId: string;
  Items: Array<InventoryItem>;
}

export interface PutInventoryResult {
  Message?: string;
}

export interface PutParameterRequest {
  AllowedPattern?: string;
  DataType?: string;
  Description?: string;
  KeyId?: string;
  Name: string;
  Overwrite?: boolean;
  Policies?: string;
  Tags?: Array<TagShape>;
  Tier?: "Standard" | "Advanced" | "Intelligent-Tiering";
  Type?: "String" | "StringList" | "SecureString";
  Value: string;
}

export interface PutParameterResult {
  Tier?: "Standard" | "Advanced" | "Intelligent-Tiering";
  Version?: number;
}

export interface PutResourcePolicyRequest {
  Policy: string;
  PolicyHash?: string;
  PolicyId?: string;
  ResourceArn: string;
}

export interface PutResourcePolicyResponse {
  PolicyHash?: string;
  PolicyId?: string;
}

export interface RegisterDefaultPatchBaselineRequest {
  BaselineId: string;
}

export interface RegisterDefaultPatchBaselineResult {
  BaselineId?: string;
}

export interface RegisterPatchBaselineForPatchGroupRequest {
  BaselineId: string;
  PatchGroup: string;
}

export interface RegisterPatchBaselineForPatchGroupResult {
  BaselineId?: string;
  PatchGroup?: string;
}

export interface RegisterTargetWithMaintenanceWindowRequest {
  ClientToken?: string;
  Description?: string;
  Name?: string;
  OwnerInformation?: string;
  ResourceType: "INSTANCE" | "RESOURCE_GROUP";
  Targets: Array<Target>;
  WindowId: string;
}

export interface RegisterTargetWithMaintenanceWindowResult {
  WindowTargetId?: string;
}

export interface RegisterTaskWithMaintenanceWindowRequest {
  AlarmConfiguration?: AlarmConfiguration;
  ClientToken?: string;
  CutoffBehavior?: "CONTINUE_TASK" | "CANCEL_TASK";
  Description?: string;
  LoggingInfo?: LoggingInfo;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  Priority?: number;
  ServiceRoleArn?: string;
  Targets?: Array<Target>;
  TaskArn: string;
  TaskInvocationParameters?: MaintenanceWindowTaskInvocationParameters;
  TaskParameters?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  TaskType: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  WindowId: string;
}

export interface RegisterTaskWithMaintenanceWindowResult {
  WindowTaskId?: string;
}

export interface RemoveTagsFromResourceRequest {
  ResourceId: string;
  ResourceType: "Document" | "ManagedInstance" | "MaintenanceWindow" | "Parameter" | "PatchBaseline" | "OpsItem" | "OpsMetadata" | "Automation" | "Association";
  TagKeys: Array<string>;
}

export interface RemoveTagsFromResourceResult {
}

export interface ResetServiceSettingRequest {
  SettingId: string;
}

export interface ResetServiceSettingResult {
  ServiceSetting?: ServiceSetting;
}

export interface ResumeSessionRequest {
  SessionId: string;
}

export interface ResumeSessionResponse {
  SessionId?: string;
  StreamUrl?: string;
  TokenValue?: string;
}

export interface SendAutomationSignalRequest {
  AutomationExecutionId: string;
  Payload?: Record<string, Array<string>>;
  SignalType: "Approve" | "Reject" | "StartStep" | "StopStep" | "Resume" | "Revoke";
}

export interface SendAutomationSignalResult {
}

export interface SendCommandRequest {
  AlarmConfiguration?: AlarmConfiguration;
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  Comment?: string;
  DocumentHash?: string;
  DocumentHashType?: "Sha256" | "Sha1";
  DocumentName: string;
  DocumentVersion?: string;
  InstanceIds?: Array<string>;
  MaxConcurrency?: string;
  MaxErrors?: string;
  NotificationConfig?: NotificationConfig;
  OutputS3BucketName?: string;
  OutputS3KeyPrefix?: string;
  OutputS3Region?: string;
  Parameters?: Record<string, Array<string>>;
  ServiceRoleArn?: string;
  Targets?: Array<Target>;
  TimeoutSeconds?: number;
}

export interface SendCommandResult {
  Command?: Command;
}

export interface StartAccessRequestRequest {
  Reason: string;
  Tags?: Array<TagShape>;
  Targets: Array<Target>;
}

export interface StartAccessRequestResponse {
  AccessRequestId?: string;
}

export interface StartAssociationsOnceRequest {
  AssociationIds: Array<string>;
}

export interface StartAssociationsOnceResult {
}

export interface StartAutomationExecutionRequest {
  AlarmConfiguration?: AlarmConfiguration;
  ClientToken?: string;
  DocumentName: string;
  DocumentVersion?: string;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Mode?: "Auto" | "Interactive";
  Parameters?: Record<string, Array<string>>;
  Tags?: Array<TagShape>;
  TargetLocations?: Array<TargetLocation>;
  TargetLocationsURL?: string;
  TargetMaps?: Array<Record<string, Array<string>>>;
  TargetParameterName?: string;
  Targets?: Array<Target>;
}

export interface StartAutomationExecutionResult {
  AutomationExecutionId?: string;
}

export interface StartChangeRequestExecutionRequest {
  AutoApprove?: boolean;
  ChangeDetails?: string;
  ChangeRequestName?: string;
  ClientToken?: string;
  DocumentName: string;
  DocumentVersion?: string;
  Parameters?: Record<string, Array<string>>;
  Runbooks: Array<Runbook>;
  ScheduledEndTime?: Date;
  ScheduledTime?: Date;
  Tags?: Array<TagShape>;
}

export interface StartChangeRequestExecutionResult {
  AutomationExecutionId?: string;
}

export interface StartExecutionPreviewRequest {
  DocumentName: string;
  DocumentVersion?: string;
  ExecutionInputs?: ExecutionInputs;
}

export interface StartExecutionPreviewResponse {
  ExecutionPreviewId?: string;
}

export interface StartSessionRequest {
  DocumentName?: string;
  Parameters?: Record<string, Array<string>>;
  Reason?: string;
  Target: string;
}

export interface StartSessionResponse {
  SessionId?: string;
  StreamUrl?: string;
  TokenValue?: string;
}

export interface StopAutomationExecutionRequest {
  AutomationExecutionId: string;
  Type?: "Complete" | "Cancel";
}

export interface StopAutomationExecutionResult {
}

export interface TerminateSessionRequest {
  SessionId: string;
}

export interface TerminateSessionResponse {
  SessionId?: string;
}

export interface UnlabelParameterVersionRequest {
  Labels: Array<string>;
  Name: string;
  ParameterVersion: number;
}

export interface UnlabelParameterVersionResult {
  InvalidLabels?: Array<string>;
  RemovedLabels?: Array<string>;
}

export interface UpdateAssociationRequest {
  AlarmConfiguration?: AlarmConfiguration;
  ApplyOnlyAtCronInterval?: boolean;
  AssociationDispatchAssumeRole?: string;
  AssociationId: string;
  AssociationName?: string;
  AssociationVersion?: string;
  AutomationTargetParameterName?: string;
  CalendarNames?: Array<string>;
  ComplianceSeverity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "UNSPECIFIED";
  DocumentVersion?: string;
  Duration?: number;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  OutputLocation?: InstanceAssociationOutputLocation;
  Parameters?: Record<string, Array<string>>;
  ScheduleExpression?: string;
  ScheduleOffset?: number;
  SyncCompliance?: "AUTO" | "MANUAL";
  TargetLocations?: Array<TargetLocation>;
  TargetMaps?: Array<Record<string, Array<string>>>;
  Targets?: Array<Target>;
}

export interface UpdateAssociationResult {
  AssociationDescription?: AssociationDescription;
}

export interface UpdateAssociationStatusRequest {
  AssociationStatus: AssociationStatus;
  InstanceId: string;
  Name: string;
}

export interface UpdateAssociationStatusResult {
  AssociationDescription?: AssociationDescription;
}

export interface UpdateDocumentRequest {
  Attachments?: Array<AttachmentsSource>;
  Content: string;
  DisplayName?: string;
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentVersion?: string;
  Name: string;
  TargetType?: string;
  VersionName?: string;
}

export interface UpdateDocumentResult {
  DocumentDescription?: DocumentDescription;
}

export interface UpdateDocumentDefaultVersionRequest {
  DocumentVersion: string;
  Name: string;
}

export interface UpdateDocumentDefaultVersionResult {
  Description?: DocumentDefaultVersionDescription;
}

export interface UpdateDocumentMetadataRequest {
  DocumentReviews: DocumentReviews;
  DocumentVersion?: string;
  Name: string;
}

export interface UpdateDocumentMetadataResponse {
}

export interface UpdateMaintenanceWindowRequest {
  AllowUnassociatedTargets?: boolean;
  Cutoff?: number;
  Description?: string;
  Duration?: number;
  Enabled?: boolean;
  EndDate?: string;
  Name?: string;
  Replace?: boolean;
  Schedule?: string;
  ScheduleOffset?: number;
  ScheduleTimezone?: string;
  StartDate?: string;
  WindowId: string;
}

export interface UpdateMaintenanceWindowResult {
  AllowUnassociatedTargets?: boolean;
  Cutoff?: number;
  Description?: string;
  Duration?: number;
  Enabled?: boolean;
  EndDate?: string;
  Name?: string;
  Schedule?: string;
  ScheduleOffset?: number;
  ScheduleTimezone?: string;
  StartDate?: string;
  WindowId?: string;
}

export interface UpdateMaintenanceWindowTargetRequest {
  Description?: string;
  Name?: string;
  OwnerInformation?: string;
  Replace?: boolean;
  Targets?: Array<Target>;
  WindowId: string;
  WindowTargetId: string;
}

export interface UpdateMaintenanceWindowTargetResult {
  Description?: string;
  Name?: string;
  OwnerInformation?: string;
  Targets?: Array<Target>;
  WindowId?: string;
  WindowTargetId?: string;
}

export interface UpdateMaintenanceWindowTaskRequest {
  AlarmConfiguration?: AlarmConfiguration;
  CutoffBehavior?: "CONTINUE_TASK" | "CANCEL_TASK";
  Description?: string;
  LoggingInfo?: LoggingInfo;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  Priority?: number;
  Replace?: boolean;
  ServiceRoleArn?: string;
  Targets?: Array<Target>;
  TaskArn?: string;
  TaskInvocationParameters?: MaintenanceWindowTaskInvocationParameters;
  TaskParameters?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  WindowId: string;
  WindowTaskId: string;
}

export interface UpdateMaintenanceWindowTaskResult {
  AlarmConfiguration?: AlarmConfiguration;
  CutoffBehavior?: "CONTINUE_TASK" | "CANCEL_TASK";
  Description?: string;
  LoggingInfo?: LoggingInfo;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  Priority?: number;
  ServiceRoleArn?: string;
  Targets?: Array<Target>;
  TaskArn?: string;
  TaskInvocationParameters?: MaintenanceWindowTaskInvocationParameters;
  TaskParameters?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  WindowId?: string;
  WindowTaskId?: string;
}

export interface UpdateManagedInstanceRoleRequest {
  IamRole: string;
  InstanceId: string;
}

export interface UpdateManagedInstanceRoleResult {
}

export interface UpdateOpsItemRequest {
  ActualEndTime?: Date;
  ActualStartTime?: Date;
  Category?: string;
  Description?: string;
  Notifications?: Array<OpsItemNotification>;
  OperationalData?: Record<string, OpsItemDataValue>;
  OperationalDataToDelete?: Array<string>;
  OpsItemArn?: string;
  OpsItemId: string;
  PlannedEndTime?: Date;
  PlannedStartTime?: Date;
  Priority?: number;
  RelatedOpsItems?: Array<RelatedOpsItem>;
  Severity?: string;
  Status?: "Open" | "InProgress" | "Resolved" | "Pending" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "CompletedWithSuccess" | "CompletedWithFailure" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "PendingApproval" | "Approved" | "Revoked" | "Rejected" | "Closed";
  Title?: string;
}

export interface UpdateOpsItemResponse {
}

export interface UpdateOpsMetadataRequest {
  KeysToDelete?: Array<string>;
  MetadataToUpdate?: Record<string, MetadataValue>;
  OpsMetadataArn: string;
}

export interface UpdateOpsMetadataResult {
  OpsMetadataArn?: string;
}

export interface UpdatePatchBaselineRequest {
  ApprovalRules?: PatchRuleGroup;
  ApprovedPatches?: Array<string>;
  ApprovedPatchesComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  ApprovedPatchesEnableNonSecurity?: boolean;
  AvailableSecurityUpdatesComplianceStatus?: "COMPLIANT" | "NON_COMPLIANT";
  BaselineId: string;
  Description?: string;
  GlobalFilters?: PatchFilterGroup;
  Name?: string;
  RejectedPatches?: Array<string>;
  RejectedPatchesAction?: "ALLOW_AS_DEPENDENCY" | "BLOCK";
  Replace?: boolean;
  Sources?: Array<PatchSource>;
}

export interface UpdatePatchBaselineResult {
  ApprovalRules?: PatchRuleGroup;
  ApprovedPatches?: Array<string>;
  ApprovedPatchesComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  ApprovedPatchesEnableNonSecurity?: boolean;
  AvailableSecurityUpdatesComplianceStatus?: "COMPLIANT" | "NON_COMPLIANT";
  BaselineId?: string;
  CreatedDate?: Date;
  Description?: string;
  GlobalFilters?: PatchFilterGroup;
  ModifiedDate?: Date;
  Name?: string;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  RejectedPatches?: Array<string>;
  RejectedPatchesAction?: "ALLOW_AS_DEPENDENCY" | "BLOCK";
  Sources?: Array<PatchSource>;
}

export interface UpdateResourceDataSyncRequest {
  SyncName: string;
  SyncSource: ResourceDataSyncSource;
  SyncType: string;
}

export interface UpdateResourceDataSyncResult {
}

export interface UpdateServiceSettingRequest {
  SettingId: string;
  SettingValue: string;
}

export interface UpdateServiceSettingResult {
}

export interface AccessDeniedException {
  Message: string;
}

export interface AlreadyExistsException {
  Message?: string;
}

export interface AssociatedInstances {
}

export interface AssociationAlreadyExists {
}

export interface AssociationDoesNotExist {
  Message?: string;
}

export interface AssociationExecutionDoesNotExist {
  Message?: string;
}

export interface AssociationLimitExceeded {
}

export interface AssociationVersionLimitExceeded {
  Message?: string;
}

export interface AutomationDefinitionNotApprovedException {
  Message?: string;
}

export interface AutomationDefinitionNotFoundException {
  Message?: string;
}

export interface AutomationDefinitionVersionNotFoundException {
  Message?: string;
}

export interface AutomationExecutionLimitExceededException {
  Message?: string;
}

export interface AutomationExecutionNotFoundException {
  Message?: string;
}

export interface AutomationStepNotFoundException {
  Message?: string;
}

export interface ComplianceTypeCountLimitExceededException {
  Message?: string;
}

export interface CustomSchemaCountLimitExceededException {
  Message?: string;
}

export interface DocumentAlreadyExists {
  Message?: string;
}

export interface DocumentLimitExceeded {
  Message?: string;
}

export interface DocumentPermissionLimit {
  Message?: string;
}

export interface DocumentVersionLimitExceeded {
  Message?: string;
}

export interface DoesNotExistException {
  Message?: string;
}

export interface DuplicateDocumentContent {
  Message?: string;
}

export interface DuplicateDocumentVersionName {
  Message?: string;
}

export interface DuplicateInstanceId {
}

export interface FeatureNotAvailableException {
  Message?: string;
}

export interface HierarchyLevelLimitExceededException {
  message?: string;
}

export interface HierarchyTypeMismatchException {
  message?: string;
}

export interface IdempotentParameterMismatch {
  Message?: string;
}

export interface IncompatiblePolicyException {
  message?: string;
}

export interface InternalServerError {
  Message?: string;
}

export interface InvalidActivation {
  Message?: string;
}

export interface InvalidActivationId {
  Message?: string;
}

export interface InvalidAggregatorException {
  Message?: string;
}

export interface InvalidAllowedPatternException {
  message?: string;
}

export interface InvalidAssociation {
  Message?: string;
}

export interface InvalidAssociationVersion {
  Message?: string;
}

export interface InvalidAutomationExecutionParametersException {
  Message?: string;
}

export interface InvalidAutomationSignalException {
  Message?: string;
}

export interface InvalidAutomationStatusUpdateException {
  Message?: string;
}

export interface InvalidCommandId {
}

export interface InvalidDeleteInventoryParametersException {
  Message?: string;
}

export interface InvalidDeletionIdException {
  Message?: string;
}

export interface InvalidDocument {
  Message?: string;
}

export interface InvalidDocumentContent {
  Message?: string;
}

export interface InvalidDocumentOperation {
  Message?: string;
}

export interface InvalidDocumentSchemaVersion {
  Message?: string;
}

export interface InvalidDocumentType {
  Message?: string;
}

export interface InvalidDocumentVersion {
  Message?: string;
}

export interface InvalidFilter {
  Message?: string;
}

export interface InvalidFilterKey {
}

export interface InvalidFilterOption {
  message?: string;
}

export interface InvalidFilterValue {
  Message?: string;
}

export interface InvalidInstanceId {
  Message?: string;
}

export interface InvalidInstanceInformationFilterValue {
  message?: string;
}

export interface InvalidInstancePropertyFilterValue {
  message?: string;
}

export interface InvalidInventoryGroupException {
  Message?: string;
}

export interface InvalidInventoryItemContextException {
  Message?: string;
}

export interface InvalidInventoryRequestException {
  Message?: string;
}

export interface InvalidItemContentException {
  Message?: string;
  TypeName?: string;
}

export interface InvalidKeyId {
  message?: string;
}

export interface InvalidNextToken {
  Message?: string;
}

export interface InvalidNotificationConfig {
  Message?: string;
}

export interface InvalidOptionException {
  Message?: string;
}

export interface InvalidOutputFolder {
}

export interface InvalidOutputLocation {
}

export interface InvalidParameters {
  Message?: string;
}

export interface InvalidPermissionType {
  Message?: string;
}

export interface InvalidPluginName {
}

export interface InvalidPolicyAttributeException {
  message?: string;
}

export interface InvalidPolicyTypeException {
  message?: string;
}

export interface InvalidResourceId {
}

export interface InvalidResourceType {
}

export interface InvalidResultAttributeException {
  Message?: string;
}

export interface InvalidRole {
  Message?: string;
}

export interface InvalidSchedule {
  Message?: string;
}

export interface InvalidTag {
  Message?: string;
}

export interface InvalidTarget {
  Message?: string;
}

export interface InvalidTargetMaps {
  Message?: string;
}

export interface InvalidTypeNameException {
  Message?: string;
}

export interface InvalidUpdate {
  Message?: string;
}

export interface InvocationDoesNotExist {
}

export interface ItemContentMismatchException {
  Message?: string;
  TypeName?: string;
}

export interface ItemSizeLimitExceededException {
  Message?: string;
  TypeName?: string;
}

export interface MalformedResourcePolicyDocumentException {
  Message?: string;
}

export interface MaxDocumentSizeExceeded {
  Message?: string;
}

export interface NoLongerSupportedException {
  Message?: string;
}

export interface OpsItemAccessDeniedException {
  Message?: string;
}

export interface OpsItemAlreadyExistsException {
  Message?: string;
  OpsItemId?: string;
}

export interface OpsItemConflictException {
  Message?: string;
}

export interface OpsItemInvalidParameterException {
  Message?: string;
  ParameterNames?: Array<string>;
}

export interface OpsItemLimitExceededException {
  Limit?: number;
  LimitType?: string;
  Message?: string;
  ResourceTypes?: Array<string>;
}

export interface OpsItemNotFoundException {
  Message?: string;
}

export interface OpsItemRelatedItemAlreadyExistsException {
  Message?: string;
  OpsItemId?: string;
  ResourceUri?: string;
}

export interface OpsItemRelatedItemAssociationNotFoundException {
  Message?: string;
}

export interface OpsMetadataAlreadyExistsException {
  message?: string;
}

export interface OpsMetadataInvalidArgumentException {
  message?: string;
}

export interface OpsMetadataKeyLimitExceededException {
  message?: string;
}

export interface OpsMetadataLimitExceededException {
  message?: string;
}

export interface OpsMetadataNotFoundException {
  message?: string;
}

export interface OpsMetadataTooManyUpdatesException {
  message?: string;
}

export interface ParameterAlreadyExists {
  message?: string;
}

export interface ParameterLimitExceeded {
  message?: string;
}

export interface ParameterMaxVersionLimitExceeded {
  message?: string;
}

export interface ParameterNotFound {
  message?: string;
}

export interface ParameterPatternMismatchException {
  message?: string;
}

export interface ParameterVersionLabelLimitExceeded {
  message?: string;
}

export interface ParameterVersionNotFound {
  message?: string;
}

export interface PoliciesLimitExceededException {
  message?: string;
}

export interface ResourceDataSyncAlreadyExistsException {
  SyncName?: string;
}

export interface ResourceDataSyncConflictException {
  Message?: string;
}

export interface ResourceDataSyncCountExceededException {
  Message?: string;
}

export interface ResourceDataSyncInvalidConfigurationException {
  Message?: string;
}

export interface ResourceDataSyncNotFoundException {
  Message?: string;
  SyncName?: string;
  SyncType?: string;
}

export interface ResourceInUseException {
  Message?: string;
}

export interface ResourceLimitExceededException {
  Message?: string;
}

export interface ResourceNotFoundException {
  Message?: string;
}

export interface ResourcePolicyConflictException {
  Message?: string;
}

export interface ResourcePolicyInvalidParameterException {
  Message?: string;
  ParameterNames?: Array<string>;
}

export interface ResourcePolicyLimitExceededException {
  Limit?: number;
  LimitType?: string;
  Message?: string;
}

export interface ResourcePolicyNotFoundException {
  Message?: string;
}

export interface ServiceQuotaExceededException {
  Message: string;
  QuotaCode: string;
  ResourceId?: string;
  ResourceType?: string;
  ServiceCode: string;
}

export interface ServiceSettingNotFound {
  Message?: string;
}

export interface StatusUnchanged {
}

export interface SubTypeCountLimitExceededException {
  Message?: string;
}

export interface TargetInUseException {
  Message?: string;
}

export interface TargetNotConnected {
  Message?: string;
}

export interface ThrottlingException {
  Message: string;
  QuotaCode?: string;
  ServiceCode?: string;
}

export interface TooManyTagsError {
}

export interface TooManyUpdates {
  Message?: string;
}

export interface TotalSizeLimitExceededException {
  Message?: string;
}

export interface UnsupportedCalendarException {
  Message?: string;
}

export interface UnsupportedFeatureRequiredException {
  Message?: string;
}

export interface UnsupportedInventoryItemContextException {
  Message?: string;
  TypeName?: string;
}

export interface UnsupportedInventorySchemaVersionException {
  Message?: string;
}

export interface UnsupportedOperatingSystem {
  Message?: string;
}

export interface UnsupportedOperationException {
  Message?: string;
}

export interface UnsupportedParameterType {
  message?: string;
}

export interface UnsupportedPlatformType {
  Message?: string;
}

export interface ValidationException {
  Message?: string;
  ReasonCode?: string;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface RegistrationMetadataItem {
  Key: string;
  Value: string;
}

export interface AlarmConfiguration {
  Alarms: Array<Alarm>;
  IgnorePollAlarmFailure?: boolean;
}

export interface InstanceAssociationOutputLocation {
  S3Location?: S3OutputLocation;
}

export interface TargetLocation {
  Accounts?: Array<string>;
  ExcludeAccounts?: Array<string>;
  ExecutionRoleName?: string;
  IncludeChildOrganizationUnits?: boolean;
  Regions?: Array<string>;
  TargetLocationAlarmConfiguration?: AlarmConfiguration;
  TargetLocationMaxConcurrency?: string;
  TargetLocationMaxErrors?: string;
  Targets?: Array<Target>;
  TargetsMaxConcurrency?: string;
  TargetsMaxErrors?: string;
}

export interface Target {
  Key?: string;
  Values?: Array<string>;
}

export interface AssociationDescription {
  AlarmConfiguration?: AlarmConfiguration;
  ApplyOnlyAtCronInterval?: boolean;
  AssociationDispatchAssumeRole?: string;
  AssociationId?: string;
  AssociationName?: string;
  AssociationVersion?: string;
  AutomationTargetParameterName?: string;
  CalendarNames?: Array<string>;
  ComplianceSeverity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "UNSPECIFIED";
  Date?: Date;
  DocumentVersion?: string;
  Duration?: number;
  InstanceId?: string;
  LastExecutionDate?: Date;
  LastSuccessfulExecutionDate?: Date;
  LastUpdateAssociationDate?: Date;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  OutputLocation?: InstanceAssociationOutputLocation;
  Overview?: AssociationOverview;
  Parameters?: Record<string, Array<string>>;
  ScheduleExpression?: string;
  ScheduleOffset?: number;
  Status?: AssociationStatus;
  SyncCompliance?: "AUTO" | "MANUAL";
  TargetLocations?: Array<TargetLocation>;
  TargetMaps?: Array<Record<string, Array<string>>>;
  Targets?: Array<Target>;
  TriggeredAlarms?: Array<AlarmStateInformation>;
}

export interface CreateAssociationBatchRequestEntry {
  AlarmConfiguration?: AlarmConfiguration;
  ApplyOnlyAtCronInterval?: boolean;
  AssociationName?: string;
  AutomationTargetParameterName?: string;
  CalendarNames?: Array<string>;
  ComplianceSeverity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "UNSPECIFIED";
  DocumentVersion?: string;
  Duration?: number;
  InstanceId?: string;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name: string;
  OutputLocation?: InstanceAssociationOutputLocation;
  Parameters?: Record<string, Array<string>>;
  ScheduleExpression?: string;
  ScheduleOffset?: number;
  SyncCompliance?: "AUTO" | "MANUAL";
  TargetLocations?: Array<TargetLocation>;
  TargetMaps?: Array<Record<string, Array<string>>>;
  Targets?: Array<Target>;
}

export interface FailedCreateAssociation {
  Entry?: CreateAssociationBatchRequestEntry;
  Fault?: "Client" | "Server" | "Unknown";
  Message?: string;
}

export interface AttachmentsSource {
  Key?: "SourceUrl" | "S3FileUrl" | "AttachmentReference";
  Name?: string;
  Values?: Array<string>;
}

export interface DocumentRequires {
  Name: string;
  RequireType?: string;
  Version?: string;
  VersionName?: string;
}

export interface DocumentDescription {
  ApprovedVersion?: string;
  AttachmentsInformation?: Array<AttachmentInformation>;
  Author?: string;
  Category?: Array<string>;
  CategoryEnum?: Array<string>;
  CreatedDate?: Date;
  DefaultVersion?: string;
  Description?: string;
  DisplayName?: string;
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentType?: "Command" | "Policy" | "Automation" | "Session" | "Package" | "ApplicationConfiguration" | "ApplicationConfigurationSchema" | "DeploymentStrategy" | "ChangeCalendar" | "Automation.ChangeTemplate" | "ProblemAnalysis" | "ProblemAnalysisTemplate" | "CloudFormation" | "ConformancePackTemplate" | "QuickSetup" | "ManualApprovalPolicy" | "AutoApprovalPolicy";
  DocumentVersion?: string;
  Hash?: string;
  HashType?: "Sha256" | "Sha1";
  LatestVersion?: string;
  Name?: string;
  Owner?: string;
  Parameters?: Array<DocumentParameter>;
  PendingReviewVersion?: string;
  PlatformTypes?: Array<"Windows" | "Linux" | "MacOS">;
  Requires?: Array<DocumentRequires>;
  ReviewInformation?: Array<ReviewInformation>;
  ReviewStatus?: "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";
  SchemaVersion?: string;
  Sha1?: string;
  Status?: "Creating" | "Active" | "Updating" | "Deleting" | "Failed";
  StatusInformation?: string;
  Tags?: Array<TagShape>;
  TargetType?: string;
  VersionName?: string;
}

export interface OpsItemNotification {
  Arn?: string;
}

export interface OpsItemDataValue {
  Type?: "SearchableString" | "String";
  Value?: string;
}

export interface RelatedOpsItem {
  OpsItemId: string;
}

export interface MetadataValue {
  Value?: string;
}

export interface PatchRuleGroup {
  PatchRules: Array<PatchRule>;
}

export interface PatchFilterGroup {
  PatchFilters: Array<PatchFilter>;
}

export interface PatchSource {
  Configuration: string;
  Name: string;
  Products: Array<string>;
}

export interface ResourceDataSyncS3Destination {
  AWSKMSKeyARN?: string;
  BucketName: string;
  DestinationDataSharing?: ResourceDataSyncDestinationDataSharing;
  Prefix?: string;
  Region: string;
  SyncFormat: "JsonSerDe";
}

export interface ResourceDataSyncSource {
  AwsOrganizationsSource?: ResourceDataSyncAwsOrganizationsSource;
  EnableAllOpsDataSources?: boolean;
  IncludeFutureRegions?: boolean;
  SourceRegions: Array<string>;
  SourceType: string;
}

export interface InventoryDeletionSummary {
  RemainingCount?: number;
  SummaryItems?: Array<InventoryDeletionSummaryItem>;
  TotalCount?: number;
}

export interface DescribeActivationsFilter {
  FilterKey?: "ActivationIds" | "DefaultInstanceName" | "IamRole";
  FilterValues?: Array<string>;
}

export interface Activation {
  ActivationId?: string;
  CreatedDate?: Date;
  DefaultInstanceName?: string;
  Description?: string;
  ExpirationDate?: Date;
  Expired?: boolean;
  IamRole?: string;
  RegistrationLimit?: number;
  RegistrationsCount?: number;
  Tags?: Array<TagShape>;
}

export interface AssociationExecutionFilter {
  Key: "ExecutionId" | "Status" | "CreatedTime";
  Type: "EQUAL" | "LESS_THAN" | "GREATER_THAN";
  Value: string;
}

export interface AssociationExecution {
  AlarmConfiguration?: AlarmConfiguration;
  AssociationId?: string;
  AssociationVersion?: string;
  CreatedTime?: Date;
  DetailedStatus?: string;
  ExecutionId?: string;
  LastExecutionDate?: Date;
  ResourceCountByStatus?: string;
  Status?: string;
  TriggeredAlarms?: Array<AlarmStateInformation>;
}

export interface AssociationExecutionTargetsFilter {
  Key: "Status" | "ResourceId" | "ResourceType";
  Value: string;
}

export interface AssociationExecutionTarget {
  AssociationId?: string;
  AssociationVersion?: string;
  DetailedStatus?: string;
  ExecutionId?: string;
  LastExecutionDate?: Date;
  OutputSource?: OutputSource;
  ResourceId?: string;
  ResourceType?: string;
  Status?: string;
}

export interface AutomationExecutionFilter {
  Key: "DocumentNamePrefix" | "ExecutionStatus" | "ExecutionId" | "ParentExecutionId" | "CurrentAction" | "StartTimeBefore" | "StartTimeAfter" | "AutomationType" | "TagKey" | "TargetResourceGroup" | "AutomationSubtype" | "OpsItemId";
  Values: Array<string>;
}

export interface AutomationExecutionMetadata {
  AlarmConfiguration?: AlarmConfiguration;
  AssociationId?: string;
  AutomationExecutionId?: string;
  AutomationExecutionStatus?: "Pending" | "InProgress" | "Waiting" | "Success" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "PendingApproval" | "Approved" | "Rejected" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "CompletedWithSuccess" | "CompletedWithFailure" | "Exited";
  AutomationSubtype?: "ChangeRequest" | "AccessRequest";
  AutomationType?: "CrossAccount" | "Local";
  ChangeRequestName?: string;
  CurrentAction?: string;
  CurrentStepName?: string;
  DocumentName?: string;
  DocumentVersion?: string;
  ExecutedBy?: string;
  ExecutionEndTime?: Date;
  ExecutionStartTime?: Date;
  FailureMessage?: string;
  LogFile?: string;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Mode?: "Auto" | "Interactive";
  OpsItemId?: string;
  Outputs?: Record<string, Array<string>>;
  ParentAutomationExecutionId?: string;
  ResolvedTargets?: ResolvedTargets;
  Runbooks?: Array<Runbook>;
  ScheduledTime?: Date;
  Target?: string;
  TargetLocationsURL?: string;
  TargetMaps?: Array<Record<string, Array<string>>>;
  TargetParameterName?: string;
  Targets?: Array<Target>;
  TriggeredAlarms?: Array<AlarmStateInformation>;
}

export interface StepExecutionFilter {
  Key: "StartTimeBefore" | "StartTimeAfter" | "StepExecutionStatus" | "StepExecutionId" | "StepName" | "Action" | "ParentStepExecutionId" | "ParentStepIteration" | "ParentStepIteratorValue";
  Values: Array<string>;
}

export interface StepExecution {
  Action?: string;
  ExecutionEndTime?: Date;
  ExecutionStartTime?: Date;
  FailureDetails?: FailureDetails;
  FailureMessage?: string;
  Inputs?: Record<string, string>;
  IsCritical?: boolean;
  IsEnd?: boolean;
  MaxAttempts?: number;
  NextStep?: string;
  OnFailure?: string;
  Outputs?: Record<string, Array<string>>;
  OverriddenParameters?: Record<string, Array<string>>;
  ParentStepDetails?: ParentStepDetails;
  Response?: string;
  ResponseCode?: string;
  StepExecutionId?: string;
  StepName?: string;
  StepStatus?: "Pending" | "InProgress" | "Waiting" | "Success" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "PendingApproval" | "Approved" | "Rejected" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "CompletedWithSuccess" | "CompletedWithFailure" | "Exited";
  TargetLocation?: TargetLocation;
  Targets?: Array<Target>;
  TimeoutSeconds?: number;
  TriggeredAlarms?: Array<AlarmStateInformation>;
  ValidNextSteps?: Array<string>;
}

export interface PatchOrchestratorFilter {
  Key?: string;
  Values?: Array<string>;
}

export interface Patch {
  AdvisoryIds?: Array<string>;
  Arch?: string;
  BugzillaIds?: Array<string>;
  CVEIds?: Array<string>;
  Classification?: string;
  ContentUrl?: string;
  Description?: string;
  Epoch?: number;
  Id?: string;
  KbNumber?: string;
  Language?: string;
  MsrcNumber?: string;
  MsrcSeverity?: string;
  Name?: string;
  Product?: string;
  ProductFamily?: string;
  Release?: string;
  ReleaseDate?: Date;
  Repository?: string;
  Severity?: string;
  Title?: string;
  Vendor?: string;
  Version?: string;
}

export interface AccountSharingInfo {
  AccountId?: string;
  SharedDocumentVersion?: string;
}

export interface InstanceAssociation {
  AssociationId?: string;
  AssociationVersion?: string;
  Content?: string;
  InstanceId?: string;
}

export interface EffectivePatch {
  Patch?: Patch;
  PatchStatus?: PatchStatus;
}

export interface InstanceAssociationStatusInfo {
  AssociationId?: string;
  AssociationName?: string;
  AssociationVersion?: string;
  DetailedStatus?: string;
  DocumentVersion?: string;
  ErrorCode?: string;
  ExecutionDate?: Date;
  ExecutionSummary?: string;
  InstanceId?: string;
  Name?: string;
  OutputUrl?: InstanceAssociationOutputUrl;
  Status?: string;
}

export interface InstanceInformationStringFilter {
  Key: string;
  Values: Array<string>;
}

export interface InstanceInformationFilter {
  key: "InstanceIds" | "AgentVersion" | "PingStatus" | "PlatformTypes" | "ActivationIds" | "IamRole" | "ResourceType" | "AssociationStatus";
  valueSet: Array<string>;
}

export interface InstanceInformation {
  ActivationId?: string;
  AgentVersion?: string;
  AssociationOverview?: InstanceAggregatedAssociationOverview;
  AssociationStatus?: string;
  ComputerName?: string;
  IPAddress?: string;
  IamRole?: string;
  InstanceId?: string;
  IsLatestVersion?: boolean;
  LastAssociationExecutionDate?: Date;
  LastPingDateTime?: Date;
  LastSuccessfulAssociationExecutionDate?: Date;
  Name?: string;
  PingStatus?: "Online" | "ConnectionLost" | "Inactive";
  PlatformName?: string;
  PlatformType?: "Windows" | "Linux" | "MacOS";
  PlatformVersion?: string;
  RegistrationDate?: Date;
  ResourceType?: "ManagedInstance" | "EC2Instance";
  SourceId?: string;
  SourceType?: "AWS::EC2::Instance" | "AWS::IoT::Thing" | "AWS::SSM::ManagedInstance";
}

export interface PatchComplianceData {
  CVEIds?: string;
  Classification: string;
  InstalledTime: Date;
  KBId: string;
  Severity: string;
  State: "INSTALLED" | "INSTALLED_OTHER" | "INSTALLED_PENDING_REBOOT" | "INSTALLED_REJECTED" | "MISSING" | "NOT_APPLICABLE" | "FAILED" | "AVAILABLE_SECURITY_UPDATE";
  Title: string;
}

export interface InstancePatchState {
  AvailableSecurityUpdateCount?: number;
  BaselineId: string;
  CriticalNonCompliantCount?: number;
  FailedCount?: number;
  InstallOverrideList?: string;
  InstalledCount?: number;
  InstalledOtherCount?: number;
  InstalledPendingRebootCount?: number;
  InstalledRejectedCount?: number;
  InstanceId: string;
  LastNoRebootInstallOperationTime?: Date;
  MissingCount?: number;
  NotApplicableCount?: number;
  Operation: "Scan" | "Install";
  OperationEndTime: Date;
  OperationStartTime: Date;
  OtherNonCompliantCount?: number;
  OwnerInformation?: string;
  PatchGroup: string;
  RebootOption?: "RebootIfNeeded" | "NoReboot";
  SecurityNonCompliantCount?: number;
  SnapshotId?: string;
  UnreportedNotApplicableCount?: number;
}

export interface InstancePatchStateFilter {
  Key: string;
  Type: "Equal" | "NotEqual" | "LessThan" | "GreaterThan";
  Values: Array<string>;
}

export interface InstancePropertyStringFilter {
  Key: string;
  Operator?: "Equal" | "NotEqual" | "BeginWith" | "LessThan" | "GreaterThan";
  Values: Array<string>;
}

export interface InstancePropertyFilter {
  key: "InstanceIds" | "AgentVersion" | "PingStatus" | "PlatformTypes" | "DocumentName" | "ActivationIds" | "IamRole" | "ResourceType" | "AssociationStatus";
  valueSet: Array<string>;
}

export interface InstanceProperty {
  ActivationId?: string;
  AgentVersion?: string;
  Architecture?: string;
  AssociationOverview?: InstanceAggregatedAssociationOverview;
  AssociationStatus?: string;
  ComputerName?: string;
  IPAddress?: string;
  IamRole?: string;
  InstanceId?: string;
  InstanceRole?: string;
  InstanceState?: string;
  InstanceType?: string;
  KeyName?: string;
  LastAssociationExecutionDate?: Date;
  LastPingDateTime?: Date;
  LastSuccessfulAssociationExecutionDate?: Date;
  LaunchTime?: Date;
  Name?: string;
  PingStatus?: "Online" | "ConnectionLost" | "Inactive";
  PlatformName?: string;
  PlatformType?: "Windows" | "Linux" | "MacOS";
  PlatformVersion?: string;
  RegistrationDate?: Date;
  ResourceType?: string;
  SourceId?: string;
  SourceType?: "AWS::EC2::Instance" | "AWS::IoT::Thing" | "AWS::SSM::ManagedInstance";
}

export interface InventoryDeletionStatusItem {
  DeletionId?: string;
  DeletionStartTime?: Date;
  DeletionSummary?: InventoryDeletionSummary;
  LastStatus?: "InProgress" | "Complete";
  LastStatusMessage?: string;
  LastStatusUpdateTime?: Date;
  TypeName?: string;
}

export interface MaintenanceWindowFilter {
  Key?: string;
  Values?: Array<string>;
}

export interface MaintenanceWindowExecution {
  EndTime?: Date;
  StartTime?: Date;
  Status?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  StatusDetails?: string;
  WindowExecutionId?: string;
  WindowId?: string;
}

export interface MaintenanceWindowExecutionTaskInvocationIdentity {
  EndTime?: Date;
  ExecutionId?: string;
  InvocationId?: string;
  OwnerInformation?: string;
  Parameters?: string;
  StartTime?: Date;
  Status?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  StatusDetails?: string;
  TaskExecutionId?: string;
  TaskType?: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  WindowExecutionId?: string;
  WindowTargetId?: string;
}

export interface MaintenanceWindowExecutionTaskIdentity {
  AlarmConfiguration?: AlarmConfiguration;
  EndTime?: Date;
  StartTime?: Date;
  Status?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  StatusDetails?: string;
  TaskArn?: string;
  TaskExecutionId?: string;
  TaskType?: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  TriggeredAlarms?: Array<AlarmStateInformation>;
  WindowExecutionId?: string;
}

export interface MaintenanceWindowIdentity {
  Cutoff?: number;
  Description?: string;
  Duration?: number;
  Enabled?: boolean;
  EndDate?: string;
  Name?: string;
  NextExecutionTime?: string;
  Schedule?: string;
  ScheduleOffset?: number;
  ScheduleTimezone?: string;
  StartDate?: string;
  WindowId?: string;
}

export interface ScheduledWindowExecution {
  ExecutionTime?: string;
  Name?: string;
  WindowId?: string;
}

export interface MaintenanceWindowIdentityForTarget {
  Name?: string;
  WindowId?: string;
}

export interface MaintenanceWindowTarget {
  Description?: string;
  Name?: string;
  OwnerInformation?: string;
  ResourceType?: "INSTANCE" | "RESOURCE_GROUP";
  Targets?: Array<Target>;
  WindowId?: string;
  WindowTargetId?: string;
}

export interface MaintenanceWindowTask {
  AlarmConfiguration?: AlarmConfiguration;
  CutoffBehavior?: "CONTINUE_TASK" | "CANCEL_TASK";
  Description?: string;
  LoggingInfo?: LoggingInfo;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  Priority?: number;
  ServiceRoleArn?: string;
  Targets?: Array<Target>;
  TaskArn?: string;
  TaskParameters?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  Type?: "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
  WindowId?: string;
  WindowTaskId?: string;
}

export interface OpsItemFilter {
  Key: "Status" | "CreatedBy" | "Source" | "Priority" | "Title" | "OpsItemId" | "CreatedTime" | "LastModifiedTime" | "ActualStartTime" | "ActualEndTime" | "PlannedStartTime" | "PlannedEndTime" | "OperationalData" | "OperationalDataKey" | "OperationalDataValue" | "ResourceId" | "AutomationId" | "Category" | "Severity" | "OpsItemType" | "AccessRequestByRequesterArn" | "AccessRequestByRequesterId" | "AccessRequestByApproverArn" | "AccessRequestByApproverId" | "AccessRequestBySourceAccountId" | "AccessRequestBySourceOpsItemId" | "AccessRequestBySourceRegion" | "AccessRequestByIsReplica" | "AccessRequestByTargetResourceId" | "ChangeRequestByRequesterArn" | "ChangeRequestByRequesterName" | "ChangeRequestByApproverArn" | "ChangeRequestByApproverName" | "ChangeRequestByTemplate" | "ChangeRequestByTargetsResourceGroup" | "InsightByType" | "AccountId";
  Operator: "Equal" | "Contains" | "GreaterThan" | "LessThan";
  Values: Array<string>;
}

export interface OpsItemSummary {
  ActualEndTime?: Date;
  ActualStartTime?: Date;
  Category?: string;
  CreatedBy?: string;
  CreatedTime?: Date;
  LastModifiedBy?: string;
  LastModifiedTime?: Date;
  OperationalData?: Record<string, OpsItemDataValue>;
  OpsItemId?: string;
  OpsItemType?: string;
  PlannedEndTime?: Date;
  PlannedStartTime?: Date;
  Priority?: number;
  Severity?: string;
  Source?: string;
  Status?: "Open" | "InProgress" | "Resolved" | "Pending" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "CompletedWithSuccess" | "CompletedWithFailure" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "PendingApproval" | "Approved" | "Revoked" | "Rejected" | "Closed";
  Title?: string;
}

export interface ParametersFilter {
  Key: "Name" | "Type" | "KeyId";
  Values: Array<string>;
}

export interface ParameterStringFilter {
  Key: string;
  Option?: string;
  Values?: Array<string>;
}

export interface ParameterMetadata {
  ARN?: string;
  AllowedPattern?: string;
  DataType?: string;
  Description?: string;
  KeyId?: string;
  LastModifiedDate?: Date;
  LastModifiedUser?: string;
  Name?: string;
  Policies?: Array<ParameterInlinePolicy>;
  Tier?: "Standard" | "Advanced" | "Intelligent-Tiering";
  Type?: "String" | "StringList" | "SecureString";
  Version?: number;
}

export interface PatchBaselineIdentity {
  BaselineDescription?: string;
  BaselineId?: string;
  BaselineName?: string;
  DefaultBaseline?: boolean;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
}

export interface PatchGroupPatchBaselineMapping {
  BaselineIdentity?: PatchBaselineIdentity;
  PatchGroup?: string;
}

export interface SessionFilter {
  key: "InvokedAfter" | "InvokedBefore" | "Target" | "Owner" | "Status" | "SessionId" | "AccessType";
  value: string;
}

export interface Session {
  AccessType?: "Standard" | "JustInTime";
  Details?: string;
  DocumentName?: string;
  EndDate?: Date;
  MaxSessionDuration?: string;
  OutputUrl?: SessionManagerOutputUrl;
  Owner?: string;
  Reason?: string;
  SessionId?: string;
  StartDate?: Date;
  Status?: "Connected" | "Connecting" | "Disconnected" | "Terminated" | "Terminating" | "Failed";
  Target?: string;
}

export interface Credentials {
  AccessKeyId: string;
  ExpirationTime: Date;
  SecretAccessKey: string;
  SessionToken: string;
}

export interface AutomationExecution {
  AlarmConfiguration?: AlarmConfiguration;
  AssociationId?: string;
  AutomationExecutionId?: string;
  AutomationExecutionStatus?: "Pending" | "InProgress" | "Waiting" | "Success" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "PendingApproval" | "Approved" | "Rejected" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "CompletedWithSuccess" | "CompletedWithFailure" | "Exited";
  AutomationSubtype?: "ChangeRequest" | "AccessRequest";
  ChangeRequestName?: string;
  CurrentAction?: string;
  CurrentStepName?: string;
  DocumentName?: string;
  DocumentVersion?: string;
  ExecutedBy?: string;
  ExecutionEndTime?: Date;
  ExecutionStartTime?: Date;
  FailureMessage?: string;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Mode?: "Auto" | "Interactive";
  OpsItemId?: string;
  Outputs?: Record<string, Array<string>>;
  Parameters?: Record<string, Array<string>>;
  ParentAutomationExecutionId?: string;
  ProgressCounters?: ProgressCounters;
  ResolvedTargets?: ResolvedTargets;
  Runbooks?: Array<Runbook>;
  ScheduledTime?: Date;
  StepExecutions?: Array<StepExecution>;
  StepExecutionsTruncated?: boolean;
  Target?: string;
  TargetLocations?: Array<TargetLocation>;
  TargetLocationsURL?: string;
  TargetMaps?: Array<Record<string, Array<string>>>;
  TargetParameterName?: string;
  Targets?: Array<Target>;
  TriggeredAlarms?: Array<AlarmStateInformation>;
  Variables?: Record<string, Array<string>>;
}

export interface CloudWatchOutputConfig {
  CloudWatchLogGroupName?: string;
  CloudWatchOutputEnabled?: boolean;
}

export interface BaselineOverride {
  ApprovalRules?: PatchRuleGroup;
  ApprovedPatches?: Array<string>;
  ApprovedPatchesComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  ApprovedPatchesEnableNonSecurity?: boolean;
  AvailableSecurityUpdatesComplianceStatus?: "COMPLIANT" | "NON_COMPLIANT";
  GlobalFilters?: PatchFilterGroup;
  OperatingSystem?: "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";
  RejectedPatches?: Array<string>;
  RejectedPatchesAction?: "ALLOW_AS_DEPENDENCY" | "BLOCK";
  Sources?: Array<PatchSource>;
}

export interface AttachmentContent {
  Hash?: string;
  HashType?: "Sha256";
  Name?: string;
  Size?: number;
  Url?: string;
}

export interface ExecutionPreview {
  Automation?: AutomationExecutionPreview;
}

export interface InventoryAggregator {
  Aggregators?: Array<InventoryAggregator>;
  Expression?: string;
  Groups?: Array<InventoryGroup>;
}

export interface InventoryFilter {
  Key: string;
  Type?: "Equal" | "NotEqual" | "BeginWith" | "LessThan" | "GreaterThan" | "Exists";
  Values: Array<string>;
}

export interface ResultAttribute {
  TypeName: string;
}

export interface InventoryResultEntity {
  Data?: Record<string, InventoryResultItem>;
  Id?: string;
}

export interface InventoryItemSchema {
  Attributes: Array<InventoryItemAttribute>;
  DisplayName?: string;
  TypeName: string;
  Version?: string;
}

export interface MaintenanceWindowTaskParameterValueExpression {
  Values?: Array<string>;
}

export interface AlarmStateInformation {
  Name: string;
  State: "UNKNOWN" | "ALARM";
}

export interface LoggingInfo {
  S3BucketName: string;
  S3KeyPrefix?: string;
  S3Region: string;
}

export interface MaintenanceWindowTaskInvocationParameters {
  Automation?: MaintenanceWindowAutomationParameters;
  Lambda?: MaintenanceWindowLambdaParameters;
  RunCommand?: MaintenanceWindowRunCommandParameters;
  StepFunctions?: MaintenanceWindowStepFunctionsParameters;
}

export interface OpsItem {
  ActualEndTime?: Date;
  ActualStartTime?: Date;
  Category?: string;
  CreatedBy?: string;
  CreatedTime?: Date;
  Description?: string;
  LastModifiedBy?: string;
  LastModifiedTime?: Date;
  Notifications?: Array<OpsItemNotification>;
  OperationalData?: Record<string, OpsItemDataValue>;
  OpsItemArn?: string;
  OpsItemId?: string;
  OpsItemType?: string;
  PlannedEndTime?: Date;
  PlannedStartTime?: Date;
  Priority?: number;
  RelatedOpsItems?: Array<RelatedOpsItem>;
  Severity?: string;
  Source?: string;
  Status?: "Open" | "InProgress" | "Resolved" | "Pending" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "CompletedWithSuccess" | "CompletedWithFailure" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "PendingApproval" | "Approved" | "Revoked" | "Rejected" | "Closed";
  Title?: string;
  Version?: string;
}

export interface OpsAggregator {
  AggregatorType?: string;
  Aggregators?: Array<OpsAggregator>;
  AttributeName?: string;
  Filters?: Array<OpsFilter>;
  TypeName?: string;
  Values?: Record<string, string>;
}

export interface OpsFilter {
  Key: string;
  Type?: "Equal" | "NotEqual" | "BeginWith" | "LessThan" | "GreaterThan" | "Exists";
  Values: Array<string>;
}

export interface OpsResultAttribute {
  TypeName: string;
}

export interface OpsEntity {
  Data?: Record<string, OpsEntityItem>;
  Id?: string;
}

export interface Parameter {
  ARN?: string;
  DataType?: string;
  LastModifiedDate?: Date;
  Name?: string;
  Selector?: string;
  SourceResult?: string;
  Type?: "String" | "StringList" | "SecureString";
  Value?: string;
  Version?: number;
}

export interface ParameterHistory {
  AllowedPattern?: string;
  DataType?: string;
  Description?: string;
  KeyId?: string;
  Labels?: Array<string>;
  LastModifiedDate?: Date;
  LastModifiedUser?: string;
  Name?: string;
  Policies?: Array<ParameterInlinePolicy>;
  Tier?: "Standard" | "Advanced" | "Intelligent-Tiering";
  Type?: "String" | "StringList" | "SecureString";
  Value?: string;
  Version?: number;
}

export interface GetResourcePoliciesResponseEntry {
  Policy?: string;
  PolicyHash?: string;
  PolicyId?: string;
}

export interface ServiceSetting {
  ARN?: string;
  LastModifiedDate?: Date;
  LastModifiedUser?: string;
  SettingId?: string;
  SettingValue?: string;
  Status?: string;
}

export interface AssociationFilter {
  key: "InstanceId" | "Name" | "AssociationId" | "AssociationStatusName" | "LastExecutedBefore" | "LastExecutedAfter" | "AssociationName" | "ResourceGroupName";
  value: string;
}

export interface Association {
  AssociationId?: string;
  AssociationName?: string;
  AssociationVersion?: string;
  DocumentVersion?: string;
  Duration?: number;
  InstanceId?: string;
  LastExecutionDate?: Date;
  Name?: string;
  Overview?: AssociationOverview;
  ScheduleExpression?: string;
  ScheduleOffset?: number;
  TargetMaps?: Array<Record<string, Array<string>>>;
  Targets?: Array<Target>;
}

export interface AssociationVersionInfo {
  ApplyOnlyAtCronInterval?: boolean;
  AssociationDispatchAssumeRole?: string;
  AssociationId?: string;
  AssociationName?: string;
  AssociationVersion?: string;
  CalendarNames?: Array<string>;
  ComplianceSeverity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "UNSPECIFIED";
  CreatedDate?: Date;
  DocumentVersion?: string;
  Duration?: number;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Name?: string;
  OutputLocation?: InstanceAssociationOutputLocation;
  Parameters?: Record<string, Array<string>>;
  ScheduleExpression?: string;
  ScheduleOffset?: number;
  SyncCompliance?: "AUTO" | "MANUAL";
  TargetLocations?: Array<TargetLocation>;
  TargetMaps?: Array<Record<string, Array<string>>>;
  Targets?: Array<Target>;
}

export interface CommandFilter {
  key: "InvokedAfter" | "InvokedBefore" | "Status" | "ExecutionStage" | "DocumentName";
  value: string;
}

export interface CommandInvocation {
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  CommandId?: string;
  CommandPlugins?: Array<CommandPlugin>;
  Comment?: string;
  DocumentName?: string;
  DocumentVersion?: string;
  InstanceId?: string;
  InstanceName?: string;
  NotificationConfig?: NotificationConfig;
  RequestedDateTime?: Date;
  ServiceRole?: string;
  StandardErrorUrl?: string;
  StandardOutputUrl?: string;
  Status?: "Pending" | "InProgress" | "Delayed" | "Success" | "Cancelled" | "TimedOut" | "Failed" | "Cancelling";
  StatusDetails?: string;
  TraceOutput?: string;
}

export interface Command {
  AlarmConfiguration?: AlarmConfiguration;
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  CommandId?: string;
  Comment?: string;
  CompletedCount?: number;
  DeliveryTimedOutCount?: number;
  DocumentName?: string;
  DocumentVersion?: string;
  ErrorCount?: number;
  ExpiresAfter?: Date;
  InstanceIds?: Array<string>;
  MaxConcurrency?: string;
  MaxErrors?: string;
  NotificationConfig?: NotificationConfig;
  OutputS3BucketName?: string;
  OutputS3KeyPrefix?: string;
  OutputS3Region?: string;
  Parameters?: Record<string, Array<string>>;
  RequestedDateTime?: Date;
  ServiceRole?: string;
  Status?: "Pending" | "InProgress" | "Success" | "Cancelled" | "Failed" | "TimedOut" | "Cancelling";
  StatusDetails?: string;
  TargetCount?: number;
  Targets?: Array<Target>;
  TimeoutSeconds?: number;
  TriggeredAlarms?: Array<AlarmStateInformation>;
}

export interface ComplianceStringFilter {
  Key?: string;
  Type?: "EQUAL" | "NOT_EQUAL" | "BEGIN_WITH" | "LESS_THAN" | "GREATER_THAN";
  Values?: Array<string>;
}

export interface ComplianceItem {
  ComplianceType?: string;
  Details?: Record<string, string>;
  ExecutionSummary?: ComplianceExecutionSummary;
  Id?: string;
  ResourceId?: string;
  ResourceType?: string;
  Severity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  Status?: "COMPLIANT" | "NON_COMPLIANT";
  Title?: string;
}

export interface ComplianceSummaryItem {
  ComplianceType?: string;
  CompliantSummary?: CompliantSummary;
  NonCompliantSummary?: NonCompliantSummary;
}

export interface DocumentMetadataResponseInfo {
  ReviewerResponse?: Array<DocumentReviewerResponseSource>;
}

export interface DocumentFilter {
  key: "Name" | "Owner" | "PlatformTypes" | "DocumentType";
  value: string;
}

export interface DocumentKeyValuesFilter {
  Key?: string;
  Values?: Array<string>;
}

export interface DocumentIdentifier {
  Author?: string;
  CreatedDate?: Date;
  DisplayName?: string;
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentType?: "Command" | "Policy" | "Automation" | "Session" | "Package" | "ApplicationConfiguration" | "ApplicationConfigurationSchema" | "DeploymentStrategy" | "ChangeCalendar" | "Automation.ChangeTemplate" | "ProblemAnalysis" | "ProblemAnalysisTemplate" | "CloudFormation" | "ConformancePackTemplate" | "QuickSetup" | "ManualApprovalPolicy" | "AutoApprovalPolicy";
  DocumentVersion?: string;
  Name?: string;
  Owner?: string;
  PlatformTypes?: Array<"Windows" | "Linux" | "MacOS">;
  Requires?: Array<DocumentRequires>;
  ReviewStatus?: "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";
  SchemaVersion?: string;
  Tags?: Array<TagShape>;
  TargetType?: string;
  VersionName?: string;
}

export interface DocumentVersionInfo {
  CreatedDate?: Date;
  DisplayName?: string;
  DocumentFormat?: "YAML" | "JSON" | "TEXT";
  DocumentVersion?: string;
  IsDefaultVersion?: boolean;
  Name?: string;
  ReviewStatus?: "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";
  Status?: "Creating" | "Active" | "Updating" | "Deleting" | "Failed";
  StatusInformation?: string;
  VersionName?: string;
}

export interface NodeFilter {
  Key: "AgentType" | "AgentVersion" | "ComputerName" | "InstanceId" | "InstanceStatus" | "IpAddress" | "ManagedStatus" | "PlatformName" | "PlatformType" | "PlatformVersion" | "ResourceType" | "OrganizationalUnitId" | "OrganizationalUnitPath" | "Region" | "AccountId";
  Type?: "Equal" | "NotEqual" | "BeginWith";
  Values: Array<string>;
}

export interface Node {
  CaptureTime?: Date;
  Id?: string;
  NodeType?: NodeType;
  Owner?: NodeOwnerInfo;
  Region?: string;
}

export interface NodeAggregator {
  AggregatorType: "Count";
  Aggregators?: Array<NodeAggregator>;
  AttributeName: "AgentVersion" | "PlatformName" | "PlatformType" | "PlatformVersion" | "Region" | "ResourceType";
  TypeName: "Instance";
}

export interface OpsItemEventFilter {
  Key: "OpsItemId";
  Operator: "Equal";
  Values: Array<string>;
}

export interface OpsItemEventSummary {
  CreatedBy?: OpsItemIdentity;
  CreatedTime?: Date;
  Detail?: string;
  DetailType?: string;
  EventId?: string;
  OpsItemId?: string;
  Source?: string;
}

export interface OpsItemRelatedItemsFilter {
  Key: "ResourceType" | "AssociationId" | "ResourceUri";
  Operator: "Equal";
  Values: Array<string>;
}

export interface OpsItemRelatedItemSummary {
  AssociationId?: string;
  AssociationType?: string;
  CreatedBy?: OpsItemIdentity;
  CreatedTime?: Date;
  LastModifiedBy?: OpsItemIdentity;
  LastModifiedTime?: Date;
  OpsItemId?: string;
  ResourceType?: string;
  ResourceUri?: string;
}

export interface OpsMetadataFilter {
  Key: string;
  Values: Array<string>;
}

export interface OpsMetadata {
  CreationDate?: Date;
  LastModifiedDate?: Date;
  LastModifiedUser?: string;
  OpsMetadataArn?: string;
  ResourceId?: string;
}

export interface ResourceComplianceSummaryItem {
  ComplianceType?: string;
  CompliantSummary?: CompliantSummary;
  ExecutionSummary?: ComplianceExecutionSummary;
  NonCompliantSummary?: NonCompliantSummary;
  OverallSeverity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  ResourceId?: string;
  ResourceType?: string;
  Status?: "COMPLIANT" | "NON_COMPLIANT";
}

export interface ResourceDataSyncItem {
  LastStatus?: "Successful" | "Failed" | "InProgress";
  LastSuccessfulSyncTime?: Date;
  LastSyncStatusMessage?: string;
  LastSyncTime?: Date;
  S3Destination?: ResourceDataSyncS3Destination;
  SyncCreatedTime?: Date;
  SyncLastModifiedTime?: Date;
  SyncName?: string;
  SyncSource?: ResourceDataSyncSourceWithState;
  SyncType?: string;
}

export interface ComplianceExecutionSummary {
  ExecutionId?: string;
  ExecutionTime: Date;
  ExecutionType?: string;
}

export interface ComplianceItemEntry {
  Details?: Record<string, string>;
  Id?: string;
  Severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  Status: "COMPLIANT" | "NON_COMPLIANT";
  Title?: string;
}

export interface InventoryItem {
  CaptureTime: string;
  Content?: Array<Record<string, string>>;
  ContentHash?: string;
  Context?: Record<string, string>;
  SchemaVersion: string;
  TypeName: string;
}

export interface NotificationConfig {
  NotificationArn?: string;
  NotificationEvents?: Array<"All" | "InProgress" | "Success" | "TimedOut" | "Cancelled" | "Failed">;
  NotificationType?: "Command" | "Invocation";
}

export interface Runbook {
  DocumentName: string;
  DocumentVersion?: string;
  MaxConcurrency?: string;
  MaxErrors?: string;
  Parameters?: Record<string, Array<string>>;
  TargetLocations?: Array<TargetLocation>;
  TargetMaps?: Array<Record<string, Array<string>>>;
  TargetParameterName?: string;
  Targets?: Array<Target>;
}

export interface ExecutionInputs {
  Automation?: AutomationExecutionInputs;
}

export interface AssociationStatus {
  AdditionalInfo?: string;
  Date: Date;
  Message: string;
  Name: "Pending" | "Success" | "Failed";
}

export interface DocumentDefaultVersionDescription {
  DefaultVersion?: string;
  DefaultVersionName?: string;
  Name?: string;
}

export interface DocumentReviews {
  Action: "SendForReview" | "UpdateReview" | "Approve" | "Reject";
  Comment?: Array<DocumentReviewCommentSource>;
}

export interface Alarm {
  Name: string;
}

export interface S3OutputLocation {
  OutputS3BucketName?: string;
  OutputS3KeyPrefix?: string;
  OutputS3Region?: string;
}

export interface AssociationOverview {
  AssociationStatusAggregatedCount?: Record<string, number>;
  DetailedStatus?: string;
  Status?: string;
}

export interface AttachmentInformation {
  Name?: string;
}

export interface DocumentParameter {
  DefaultValue?: string;
  Description?: string;
  Name?: string;
  Type?: "String" | "StringList";
}

export interface ReviewInformation {
  ReviewedTime?: Date;
  Reviewer?: string;
  Status?: "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";
}

export interface PatchRule {
  ApproveAfterDays?: number;
  ApproveUntilDate?: string;
  ComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  EnableNonSecurity?: boolean;
  PatchFilterGroup: PatchFilterGroup;
}

export interface PatchFilter {
  Key: "ARCH" | "ADVISORY_ID" | "BUGZILLA_ID" | "PATCH_SET" | "PRODUCT" | "PRODUCT_FAMILY" | "CLASSIFICATION" | "CVE_ID" | "EPOCH" | "MSRC_SEVERITY" | "NAME" | "PATCH_ID" | "SECTION" | "PRIORITY" | "REPOSITORY" | "RELEASE" | "SEVERITY" | "SECURITY" | "VERSION";
  Values: Array<string>;
}

export interface ResourceDataSyncDestinationDataSharing {
  DestinationDataSharingType?: string;
}

export interface ResourceDataSyncAwsOrganizationsSource {
  OrganizationSourceType: string;
  OrganizationalUnits?: Array<ResourceDataSyncOrganizationalUnit>;
}

export interface InventoryDeletionSummaryItem {
  Count?: number;
  RemainingCount?: number;
  Version?: string;
}

export interface OutputSource {
  OutputSourceId?: string;
  OutputSourceType?: string;
}

export interface ResolvedTargets {
  ParameterValues?: Array<string>;
  Truncated?: boolean;
}

export interface FailureDetails {
  Details?: Record<string, Array<string>>;
  FailureStage?: string;
  FailureType?: string;
}

export interface ParentStepDetails {
  Action?: string;
  Iteration?: number;
  IteratorValue?: string;
  StepExecutionId?: string;
  StepName?: string;
}

export interface PatchStatus {
  ApprovalDate?: Date;
  ComplianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  DeploymentStatus?: "APPROVED" | "PENDING_APPROVAL" | "EXPLICIT_APPROVED" | "EXPLICIT_REJECTED";
}

export interface InstanceAssociationOutputUrl {
  S3OutputUrl?: S3OutputUrl;
}

export interface InstanceAggregatedAssociationOverview {
  DetailedStatus?: string;
  InstanceAssociationStatusAggregatedCount?: Record<string, number>;
}

export interface ParameterInlinePolicy {
  PolicyStatus?: string;
  PolicyText?: string;
  PolicyType?: string;
}

export interface SessionManagerOutputUrl {
  CloudWatchOutputUrl?: string;
  S3OutputUrl?: string;
}

export interface ProgressCounters {
  CancelledSteps?: number;
  FailedSteps?: number;
  SuccessSteps?: number;
  TimedOutSteps?: number;
  TotalSteps?: number;
}

export interface AutomationExecutionPreview {
  Regions?: Array<string>;
  StepPreviews?: Record<string, number>;
  TargetPreviews?: Array<TargetPreview>;
  TotalAccounts?: number;
}

export interface InventoryGroup {
  Filters: Array<InventoryFilter>;
  Name: string;
}

export interface InventoryResultItem {
  CaptureTime?: string;
  Content: Array<Record<string, string>>;
  ContentHash?: string;
  SchemaVersion: string;
  TypeName: string;
}

export interface InventoryItemAttribute {
  DataType: "string" | "number";
  Name: string;
}

export interface MaintenanceWindowAutomationParameters {
  DocumentVersion?: string;
  Parameters?: Record<string, Array<string>>;
}

export interface MaintenanceWindowLambdaParameters {
  ClientContext?: string;
  Payload?: Buffer;
  Qualifier?: string;
}

export interface MaintenanceWindowRunCommandParameters {
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  Comment?: string;
  DocumentHash?: string;
  DocumentHashType?: "Sha256" | "Sha1";
  DocumentVersion?: string;
  NotificationConfig?: NotificationConfig;
  OutputS3BucketName?: string;
  OutputS3KeyPrefix?: string;
  Parameters?: Record<string, Array<string>>;
  ServiceRoleArn?: string;
  TimeoutSeconds?: number;
}

export interface MaintenanceWindowStepFunctionsParameters {
  Input?: string;
  Name?: string;
}

export interface OpsEntityItem {
  CaptureTime?: string;
  Content?: Array<Record<string, string>>;
}

export interface CommandPlugin {
  Name?: string;
  Output?: string;
  OutputS3BucketName?: string;
  OutputS3KeyPrefix?: string;
  OutputS3Region?: string;
  ResponseCode?: number;
  ResponseFinishDateTime?: Date;
  ResponseStartDateTime?: Date;
  StandardErrorUrl?: string;
  StandardOutputUrl?: string;
  Status?: "Pending" | "InProgress" | "Success" | "TimedOut" | "Cancelled" | "Failed";
  StatusDetails?: string;
}

export interface CompliantSummary {
  CompliantCount?: number;
  SeveritySummary?: SeveritySummary;
}

export interface NonCompliantSummary {
  NonCompliantCount?: number;
  SeveritySummary?: SeveritySummary;
}

export interface DocumentReviewerResponseSource {
  Comment?: Array<DocumentReviewCommentSource>;
  CreateTime?: Date;
  ReviewStatus?: "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";
  Reviewer?: string;
  UpdatedTime?: Date;
}

export interface NodeType {
  Instance?: InstanceInfo;
}

export interface NodeOwnerInfo {
  AccountId?: string;
  OrganizationalUnitId?: string;
  OrganizationalUnitPath?: string;
}

export interface OpsItemIdentity {
  Arn?: string;
}

export interface ResourceDataSyncSourceWithState {
  AwsOrganizationsSource?: ResourceDataSyncAwsOrganizationsSource;
  EnableAllOpsDataSources?: boolean;
  IncludeFutureRegions?: boolean;
  SourceRegions?: Array<string>;
  SourceType?: string;
  State?: string;
}

export interface AutomationExecutionInputs {
  Parameters?: Record<string, Array<string>>;
  TargetLocations?: Array<TargetLocation>;
  TargetLocationsURL?: string;
  TargetMaps?: Array<Record<string, Array<string>>>;
  TargetParameterName?: string;
  Targets?: Array<Target>;
}

export interface DocumentReviewCommentSource {
  Content?: string;
  Type?: "Comment";
}

export interface ResourceDataSyncOrganizationalUnit {
  OrganizationalUnitId?: string;
}

export interface S3OutputUrl {
  OutputUrl?: string;
}

export interface TargetPreview {
  Count?: number;
  TargetType?: string;
}

export interface SeveritySummary {
  CriticalCount?: number;
  HighCount?: number;
  InformationalCount?: number;
  LowCount?: number;
  MediumCount?: number;
  UnspecifiedCount?: number;
}

export interface InstanceInfo {
  AgentType?: string;
  AgentVersion?: string;
  ComputerName?: string;
  InstanceStatus?: string;
  IpAddress?: string;
  ManagedStatus?: "All" | "Managed" | "Unmanaged";
  PlatformName?: string;
  PlatformType?: "Windows" | "Linux" | "MacOS";
  PlatformVersion?: string;
  ResourceType?: "ManagedInstance" | "EC2Instance";
}

/** Every operation of Amazon Simple Systems Manager (SSM); a provider implements the ones it serves. */
export interface SsmOperations {
  AddTagsToResource(input: AddTagsToResourceRequest, context: RequestContext): AddTagsToResourceResult | Promise<AddTagsToResourceResult>;
  AssociateOpsItemRelatedItem(input: AssociateOpsItemRelatedItemRequest, context: RequestContext): AssociateOpsItemRelatedItemResponse | Promise<AssociateOpsItemRelatedItemResponse>;
  CancelCommand(input: CancelCommandRequest, context: RequestContext): CancelCommandResult | Promise<CancelCommandResult>;
  CancelMaintenanceWindowExecution(input: CancelMaintenanceWindowExecutionRequest, context: RequestContext): CancelMaintenanceWindowExecutionResult | Promise<CancelMaintenanceWindowExecutionResult>;
  CreateActivation(input: CreateActivationRequest, context: RequestContext): CreateActivationResult | Promise<CreateActivationResult>;
  CreateAssociation(input: CreateAssociationRequest, context: RequestContext): CreateAssociationResult | Promise<CreateAssociationResult>;
  CreateAssociationBatch(input: CreateAssociationBatchRequest, context: RequestContext): CreateAssociationBatchResult | Promise<CreateAssociationBatchResult>;
  CreateDocument(input: CreateDocumentRequest, context: RequestContext): CreateDocumentResult | Promise<CreateDocumentResult>;
  CreateMaintenanceWindow(input: CreateMaintenanceWindowRequest, context: RequestContext): CreateMaintenanceWindowResult | Promise<CreateMaintenanceWindowResult>;
  CreateOpsItem(input: CreateOpsItemRequest, context: RequestContext): CreateOpsItemResponse | Promise<CreateOpsItemResponse>;
  CreateOpsMetadata(input: CreateOpsMetadataRequest, context: RequestContext): CreateOpsMetadataResult | Promise<CreateOpsMetadataResult>;
  CreatePatchBaseline(input: CreatePatchBaselineRequest, context: RequestContext): CreatePatchBaselineResult | Promise<CreatePatchBaselineResult>;
  CreateResourceDataSync(input: CreateResourceDataSyncRequest, context: RequestContext): CreateResourceDataSyncResult | Promise<CreateResourceDataSyncResult>;
  DeleteActivation(input: DeleteActivationRequest, context: RequestContext): DeleteActivationResult | Promise<DeleteActivationResult>;
  DeleteAssociation(input: DeleteAssociationRequest, context: RequestContext): DeleteAssociationResult | Promise<DeleteAssociationResult>;
  DeleteDocument(input: DeleteDocumentRequest, context: RequestContext): DeleteDocumentResult | Promise<DeleteDocumentResult>;
  DeleteInventory(input: DeleteInventoryRequest, context: RequestContext): DeleteInventoryResult | Promise<DeleteInventoryResult>;
  DeleteMaintenanceWindow(input: DeleteMaintenanceWindowRequest, context: RequestContext): DeleteMaintenanceWindowResult | Promise<DeleteMaintenanceWindowResult>;
  DeleteOpsItem(input: DeleteOpsItemRequest, context: RequestContext): DeleteOpsItemResponse | Promise<DeleteOpsItemResponse>;
  DeleteOpsMetadata(input: DeleteOpsMetadataRequest, context: RequestContext): DeleteOpsMetadataResult | Promise<DeleteOpsMetadataResult>;
  DeleteParameter(input: DeleteParameterRequest, context: RequestContext): DeleteParameterResult | Promise<DeleteParameterResult>;
  DeleteParameters(input: DeleteParametersRequest, context: RequestContext): DeleteParametersResult | Promise<DeleteParametersResult>;
  DeletePatchBaseline(input: DeletePatchBaselineRequest, context: RequestContext): DeletePatchBaselineResult | Promise<DeletePatchBaselineResult>;
  DeleteResourceDataSync(input: DeleteResourceDataSyncRequest, context: RequestContext): DeleteResourceDataSyncResult | Promise<DeleteResourceDataSyncResult>;
  DeleteResourcePolicy(input: DeleteResourcePolicyRequest, context: RequestContext): DeleteResourcePolicyResponse | Promise<DeleteResourcePolicyResponse>;
  DeregisterManagedInstance(input: DeregisterManagedInstanceRequest, context: RequestContext): DeregisterManagedInstanceResult | Promise<DeregisterManagedInstanceResult>;
  DeregisterPatchBaselineForPatchGroup(input: DeregisterPatchBaselineForPatchGroupRequest, context: RequestContext): DeregisterPatchBaselineForPatchGroupResult | Promise<DeregisterPatchBaselineForPatchGroupResult>;
  DeregisterTargetFromMaintenanceWindow(input: DeregisterTargetFromMaintenanceWindowRequest, context: RequestContext): DeregisterTargetFromMaintenanceWindowResult | Promise<DeregisterTargetFromMaintenanceWindowResult>;
  DeregisterTaskFromMaintenanceWindow(input: DeregisterTaskFromMaintenanceWindowRequest, context: RequestContext): DeregisterTaskFromMaintenanceWindowResult | Promise<DeregisterTaskFromMaintenanceWindowResult>;
  DescribeActivations(input: DescribeActivationsRequest, context: RequestContext): DescribeActivationsResult | Promise<DescribeActivationsResult>;
  DescribeAssociation(input: DescribeAssociationRequest, context: RequestContext): DescribeAssociationResult | Promise<DescribeAssociationResult>;
  DescribeAssociationExecutions(input: DescribeAssociationExecutionsRequest, context: RequestContext): DescribeAssociationExecutionsResult | Promise<DescribeAssociationExecutionsResult>;
  DescribeAssociationExecutionTargets(input: DescribeAssociationExecutionTargetsRequest, context: RequestContext): DescribeAssociationExecutionTargetsResult | Promise<DescribeAssociationExecutionTargetsResult>;
  DescribeAutomationExecutions(input: DescribeAutomationExecutionsRequest, context: RequestContext): DescribeAutomationExecutionsResult | Promise<DescribeAutomationExecutionsResult>;
  DescribeAutomationStepExecutions(input: DescribeAutomationStepExecutionsRequest, context: RequestContext): DescribeAutomationStepExecutionsResult | Promise<DescribeAutomationStepExecutionsResult>;
  DescribeAvailablePatches(input: DescribeAvailablePatchesRequest, context: RequestContext): DescribeAvailablePatchesResult | Promise<DescribeAvailablePatchesResult>;
  DescribeDocument(input: DescribeDocumentRequest, context: RequestContext): DescribeDocumentResult | Promise<DescribeDocumentResult>;
  DescribeDocumentPermission(input: DescribeDocumentPermissionRequest, context: RequestContext): DescribeDocumentPermissionResponse | Promise<DescribeDocumentPermissionResponse>;
  DescribeEffectiveInstanceAssociations(input: DescribeEffectiveInstanceAssociationsRequest, context: RequestContext): DescribeEffectiveInstanceAssociationsResult | Promise<DescribeEffectiveInstanceAssociationsResult>;
  DescribeEffectivePatchesForPatchBaseline(input: DescribeEffectivePatchesForPatchBaselineRequest, context: RequestContext): DescribeEffectivePatchesForPatchBaselineResult | Promise<DescribeEffectivePatchesForPatchBaselineResult>;
  DescribeInstanceAssociationsStatus(input: DescribeInstanceAssociationsStatusRequest, context: RequestContext): DescribeInstanceAssociationsStatusResult | Promise<DescribeInstanceAssociationsStatusResult>;
  DescribeInstanceInformation(input: DescribeInstanceInformationRequest, context: RequestContext): DescribeInstanceInformationResult | Promise<DescribeInstanceInformationResult>;
  DescribeInstancePatches(input: DescribeInstancePatchesRequest, context: RequestContext): DescribeInstancePatchesResult | Promise<DescribeInstancePatchesResult>;
  DescribeInstancePatchStates(input: DescribeInstancePatchStatesRequest, context: RequestContext): DescribeInstancePatchStatesResult | Promise<DescribeInstancePatchStatesResult>;
  DescribeInstancePatchStatesForPatchGroup(input: DescribeInstancePatchStatesForPatchGroupRequest, context: RequestContext): DescribeInstancePatchStatesForPatchGroupResult | Promise<DescribeInstancePatchStatesForPatchGroupResult>;
  DescribeInstanceProperties(input: DescribeInstancePropertiesRequest, context: RequestContext): DescribeInstancePropertiesResult | Promise<DescribeInstancePropertiesResult>;
  DescribeInventoryDeletions(input: DescribeInventoryDeletionsRequest, context: RequestContext): DescribeInventoryDeletionsResult | Promise<DescribeInventoryDeletionsResult>;
  DescribeMaintenanceWindowExecutions(input: DescribeMaintenanceWindowExecutionsRequest, context: RequestContext): DescribeMaintenanceWindowExecutionsResult | Promise<DescribeMaintenanceWindowExecutionsResult>;
  DescribeMaintenanceWindowExecutionTaskInvocations(input: DescribeMaintenanceWindowExecutionTaskInvocationsRequest, context: RequestContext): DescribeMaintenanceWindowExecutionTaskInvocationsResult | Promise<DescribeMaintenanceWindowExecutionTaskInvocationsResult>;
  DescribeMaintenanceWindowExecutionTasks(input: DescribeMaintenanceWindowExecutionTasksRequest, context: RequestContext): DescribeMaintenanceWindowExecutionTasksResult | Promise<DescribeMaintenanceWindowExecutionTasksResult>;
  DescribeMaintenanceWindows(input: DescribeMaintenanceWindowsRequest, context: RequestContext): DescribeMaintenanceWindowsResult | Promise<DescribeMaintenanceWindowsResult>;
  DescribeMaintenanceWindowSchedule(input: DescribeMaintenanceWindowScheduleRequest, context: RequestContext): DescribeMaintenanceWindowScheduleResult | Promise<DescribeMaintenanceWindowScheduleResult>;
  DescribeMaintenanceWindowsForTarget(input: DescribeMaintenanceWindowsForTargetRequest, context: RequestContext): DescribeMaintenanceWindowsForTargetResult | Promise<DescribeMaintenanceWindowsForTargetResult>;
  DescribeMaintenanceWindowTargets(input: DescribeMaintenanceWindowTargetsRequest, context: RequestContext): DescribeMaintenanceWindowTargetsResult | Promise<DescribeMaintenanceWindowTargetsResult>;
  DescribeMaintenanceWindowTasks(input: DescribeMaintenanceWindowTasksRequest, context: RequestContext): DescribeMaintenanceWindowTasksResult | Promise<DescribeMaintenanceWindowTasksResult>;
  DescribeOpsItems(input: DescribeOpsItemsRequest, context: RequestContext): DescribeOpsItemsResponse | Promise<DescribeOpsItemsResponse>;
  DescribeParameters(input: DescribeParametersRequest, context: RequestContext): DescribeParametersResult | Promise<DescribeParametersResult>;
  DescribePatchBaselines(input: DescribePatchBaselinesRequest, context: RequestContext): DescribePatchBaselinesResult | Promise<DescribePatchBaselinesResult>;
  DescribePatchGroups(input: DescribePatchGroupsRequest, context: RequestContext): DescribePatchGroupsResult | Promise<DescribePatchGroupsResult>;
  DescribePatchGroupState(input: DescribePatchGroupStateRequest, context: RequestContext): DescribePatchGroupStateResult | Promise<DescribePatchGroupStateResult>;
  DescribePatchProperties(input: DescribePatchPropertiesRequest, context: RequestContext): DescribePatchPropertiesResult | Promise<DescribePatchPropertiesResult>;
  DescribeSessions(input: DescribeSessionsRequest, context: RequestContext): DescribeSessionsResponse | Promise<DescribeSessionsResponse>;
  DisassociateOpsItemRelatedItem(input: DisassociateOpsItemRelatedItemRequest, context: RequestContext): DisassociateOpsItemRelatedItemResponse | Promise<DisassociateOpsItemRelatedItemResponse>;
  GetAccessToken(input: GetAccessTokenRequest, context: RequestContext): GetAccessTokenResponse | Promise<GetAccessTokenResponse>;
  GetAutomationExecution(input: GetAutomationExecutionRequest, context: RequestContext): GetAutomationExecutionResult | Promise<GetAutomationExecutionResult>;
  GetCalendarState(input: GetCalendarStateRequest, context: RequestContext): GetCalendarStateResponse | Promise<GetCalendarStateResponse>;
  GetCommandInvocation(input: GetCommandInvocationRequest, context: RequestContext): GetCommandInvocationResult | Promise<GetCommandInvocationResult>;
  GetConnectionStatus(input: GetConnectionStatusRequest, context: RequestContext): GetConnectionStatusResponse | Promise<GetConnectionStatusResponse>;
  GetDefaultPatchBaseline(input: GetDefaultPatchBaselineRequest, context: RequestContext): GetDefaultPatchBaselineResult | Promise<GetDefaultPatchBaselineResult>;
  GetDeployablePatchSnapshotForInstance(input: GetDeployablePatchSnapshotForInstanceRequest, context: RequestContext): GetDeployablePatchSnapshotForInstanceResult | Promise<GetDeployablePatchSnapshotForInstanceResult>;
  GetDocument(input: GetDocumentRequest, context: RequestContext): GetDocumentResult | Promise<GetDocumentResult>;
  GetExecutionPreview(input: GetExecutionPreviewRequest, context: RequestContext): GetExecutionPreviewResponse | Promise<GetExecutionPreviewResponse>;
  GetInventory(input: GetInventoryRequest, context: RequestContext): GetInventoryResult | Promise<GetInventoryResult>;
  GetInventorySchema(input: GetInventorySchemaRequest, context: RequestContext): GetInventorySchemaResult | Promise<GetInventorySchemaResult>;
  GetMaintenanceWindow(input: GetMaintenanceWindowRequest, context: RequestContext): GetMaintenanceWindowResult | Promise<GetMaintenanceWindowResult>;
  GetMaintenanceWindowExecution(input: GetMaintenanceWindowExecutionRequest, context: RequestContext): GetMaintenanceWindowExecutionResult | Promise<GetMaintenanceWindowExecutionResult>;
  GetMaintenanceWindowExecutionTask(input: GetMaintenanceWindowExecutionTaskRequest, context: RequestContext): GetMaintenanceWindowExecutionTaskResult | Promise<GetMaintenanceWindowExecutionTaskResult>;
  GetMaintenanceWindowExecutionTaskInvocation(input: GetMaintenanceWindowExecutionTaskInvocationRequest, context: RequestContext): GetMaintenanceWindowExecutionTaskInvocationResult | Promise<GetMaintenanceWindowExecutionTaskInvocationResult>;
  GetMaintenanceWindowTask(input: GetMaintenanceWindowTaskRequest, context: RequestContext): GetMaintenanceWindowTaskResult | Promise<GetMaintenanceWindowTaskResult>;
  GetOpsItem(input: GetOpsItemRequest, context: RequestContext): GetOpsItemResponse | Promise<GetOpsItemResponse>;
  GetOpsMetadata(input: GetOpsMetadataRequest, context: RequestContext): GetOpsMetadataResult | Promise<GetOpsMetadataResult>;
  GetOpsSummary(input: GetOpsSummaryRequest, context: RequestContext): GetOpsSummaryResult | Promise<GetOpsSummaryResult>;
  GetParameter(input: GetParameterRequest, context: RequestContext): GetParameterResult | Promise<GetParameterResult>;
  GetParameterHistory(input: GetParameterHistoryRequest, context: RequestContext): GetParameterHistoryResult | Promise<GetParameterHistoryResult>;
  GetParameters(input: GetParametersRequest, context: RequestContext): GetParametersResult | Promise<GetParametersResult>;
  GetParametersByPath(input: GetParametersByPathRequest, context: RequestContext): GetParametersByPathResult | Promise<GetParametersByPathResult>;
  GetPatchBaseline(input: GetPatchBaselineRequest, context: RequestContext): GetPatchBaselineResult | Promise<GetPatchBaselineResult>;
  GetPatchBaselineForPatchGroup(input: GetPatchBaselineForPatchGroupRequest, context: RequestContext): GetPatchBaselineForPatchGroupResult | Promise<GetPatchBaselineForPatchGroupResult>;
  GetResourcePolicies(input: GetResourcePoliciesRequest, context: RequestContext): GetResourcePoliciesResponse | Promise<GetResourcePoliciesResponse>;
  GetServiceSetting(input: GetServiceSettingRequest, context: RequestContext): GetServiceSettingResult | Promise<GetServiceSettingResult>;
  LabelParameterVersion(input: LabelParameterVersionRequest, context: RequestContext): LabelParameterVersionResult | Promise<LabelParameterVersionResult>;
  ListAssociations(input: ListAssociationsRequest, context: RequestContext): ListAssociationsResult | Promise<ListAssociationsResult>;
  ListAssociationVersions(input: ListAssociationVersionsRequest, context: RequestContext): ListAssociationVersionsResult | Promise<ListAssociationVersionsResult>;
  ListCommandInvocations(input: ListCommandInvocationsRequest, context: RequestContext): ListCommandInvocationsResult | Promise<ListCommandInvocationsResult>;
  ListCommands(input: ListCommandsRequest, context: RequestContext): ListCommandsResult | Promise<ListCommandsResult>;
  ListComplianceItems(input: ListComplianceItemsRequest, context: RequestContext): ListComplianceItemsResult | Promise<ListComplianceItemsResult>;
  ListComplianceSummaries(input: ListComplianceSummariesRequest, context: RequestContext): ListComplianceSummariesResult | Promise<ListComplianceSummariesResult>;
  ListDocumentMetadataHistory(input: ListDocumentMetadataHistoryRequest, context: RequestContext): ListDocumentMetadataHistoryResponse | Promise<ListDocumentMetadataHistoryResponse>;
  ListDocuments(input: ListDocumentsRequest, context: RequestContext): ListDocumentsResult | Promise<ListDocumentsResult>;
  ListDocumentVersions(input: ListDocumentVersionsRequest, context: RequestContext): ListDocumentVersionsResult | Promise<ListDocumentVersionsResult>;
  ListInventoryEntries(input: ListInventoryEntriesRequest, context: RequestContext): ListInventoryEntriesResult | Promise<ListInventoryEntriesResult>;
  ListNodes(input: ListNodesRequest, context: RequestContext): ListNodesResult | Promise<ListNodesResult>;
  ListNodesSummary(input: ListNodesSummaryRequest, context: RequestContext): ListNodesSummaryResult | Promise<ListNodesSummaryResult>;
  ListOpsItemEvents(input: ListOpsItemEventsRequest, context: RequestContext): ListOpsItemEventsResponse | Promise<ListOpsItemEventsResponse>;
  ListOpsItemRelatedItems(input: ListOpsItemRelatedItemsRequest, context: RequestContext): ListOpsItemRelatedItemsResponse | Promise<ListOpsItemRelatedItemsResponse>;
  ListOpsMetadata(input: ListOpsMetadataRequest, context: RequestContext): ListOpsMetadataResult | Promise<ListOpsMetadataResult>;
  ListResourceComplianceSummaries(input: ListResourceComplianceSummariesRequest, context: RequestContext): ListResourceComplianceSummariesResult | Promise<ListResourceComplianceSummariesResult>;
  ListResourceDataSync(input: ListResourceDataSyncRequest, context: RequestContext): ListResourceDataSyncResult | Promise<ListResourceDataSyncResult>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResult | Promise<ListTagsForResourceResult>;
  ModifyDocumentPermission(input: ModifyDocumentPermissionRequest, context: RequestContext): ModifyDocumentPermissionResponse | Promise<ModifyDocumentPermissionResponse>;
  PutComplianceItems(input: PutComplianceItemsRequest, context: RequestContext): PutComplianceItemsResult | Promise<PutComplianceItemsResult>;
  PutInventory(input: PutInventoryRequest, context: RequestContext): PutInventoryResult | Promise<PutInventoryResult>;
  PutParameter(input: PutParameterRequest, context: RequestContext): PutParameterResult | Promise<PutParameterResult>;
  PutResourcePolicy(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResponse | Promise<PutResourcePolicyResponse>;
  RegisterDefaultPatchBaseline(input: RegisterDefaultPatchBaselineRequest, context: RequestContext): RegisterDefaultPatchBaselineResult | Promise<RegisterDefaultPatchBaselineResult>;
  RegisterPatchBaselineForPatchGroup(input: RegisterPatchBaselineForPatchGroupRequest, context: RequestContext): RegisterPatchBaselineForPatchGroupResult | Promise<RegisterPatchBaselineForPatchGroupResult>;
  RegisterTargetWithMaintenanceWindow(input: RegisterTargetWithMaintenanceWindowRequest, context: RequestContext): RegisterTargetWithMaintenanceWindowResult | Promise<RegisterTargetWithMaintenanceWindowResult>;
  RegisterTaskWithMaintenanceWindow(input: RegisterTaskWithMaintenanceWindowRequest, context: RequestContext): RegisterTaskWithMaintenanceWindowResult | Promise<RegisterTaskWithMaintenanceWindowResult>;
  RemoveTagsFromResource(input: RemoveTagsFromResourceRequest, context: RequestContext): RemoveTagsFromResourceResult | Promise<RemoveTagsFromResourceResult>;
  ResetServiceSetting(input: ResetServiceSettingRequest, context: RequestContext): ResetServiceSettingResult | Promise<ResetServiceSettingResult>;
  ResumeSession(input: ResumeSessionRequest, context: RequestContext): ResumeSessionResponse | Promise<ResumeSessionResponse>;
  SendAutomationSignal(input: SendAutomationSignalRequest, context: RequestContext): SendAutomationSignalResult | Promise<SendAutomationSignalResult>;
  SendCommand(input: SendCommandRequest, context: RequestContext): SendCommandResult | Promise<SendCommandResult>;
  StartAccessRequest(input: StartAccessRequestRequest, context: RequestContext): StartAccessRequestResponse | Promise<StartAccessRequestResponse>;
  StartAssociationsOnce(input: StartAssociationsOnceRequest, context: RequestContext): StartAssociationsOnceResult | Promise<StartAssociationsOnceResult>;
  StartAutomationExecution(input: StartAutomationExecutionRequest, context: RequestContext): StartAutomationExecutionResult | Promise<StartAutomationExecutionResult>;
  StartChangeRequestExecution(input: StartChangeRequestExecutionRequest, context: RequestContext): StartChangeRequestExecutionResult | Promise<StartChangeRequestExecutionResult>;
  StartExecutionPreview(input: StartExecutionPreviewRequest, context: RequestContext): StartExecutionPreviewResponse | Promise<StartExecutionPreviewResponse>;
  StartSession(input: StartSessionRequest, context: RequestContext): StartSessionResponse | Promise<StartSessionResponse>;
  StopAutomationExecution(input: StopAutomationExecutionRequest, context: RequestContext): StopAutomationExecutionResult | Promise<StopAutomationExecutionResult>;
  TerminateSession(input: TerminateSessionRequest, context: RequestContext): TerminateSessionResponse | Promise<TerminateSessionResponse>;
  UnlabelParameterVersion(input: UnlabelParameterVersionRequest, context: RequestContext): UnlabelParameterVersionResult | Promise<UnlabelParameterVersionResult>;
  UpdateAssociation(input: UpdateAssociationRequest, context: RequestContext): UpdateAssociationResult | Promise<UpdateAssociationResult>;
  UpdateAssociationStatus(input: UpdateAssociationStatusRequest, context: RequestContext): UpdateAssociationStatusResult | Promise<UpdateAssociationStatusResult>;
  UpdateDocument(input: UpdateDocumentRequest, context: RequestContext): UpdateDocumentResult | Promise<UpdateDocumentResult>;
  UpdateDocumentDefaultVersion(input: UpdateDocumentDefaultVersionRequest, context: RequestContext): UpdateDocumentDefaultVersionResult | Promise<UpdateDocumentDefaultVersionResult>;
  UpdateDocumentMetadata(input: UpdateDocumentMetadataRequest, context: RequestContext): UpdateDocumentMetadataResponse | Promise<UpdateDocumentMetadataResponse>;
  UpdateMaintenanceWindow(input: UpdateMaintenanceWindowRequest, context: RequestContext): UpdateMaintenanceWindowResult | Promise<UpdateMaintenanceWindowResult>;
  UpdateMaintenanceWindowTarget(input: UpdateMaintenanceWindowTargetRequest, context: RequestContext): UpdateMaintenanceWindowTargetResult | Promise<UpdateMaintenanceWindowTargetResult>;
  UpdateMaintenanceWindowTask(input: UpdateMaintenanceWindowTaskRequest, context: RequestContext): UpdateMaintenanceWindowTaskResult | Promise<UpdateMaintenanceWindowTaskResult>;
  UpdateManagedInstanceRole(input: UpdateManagedInstanceRoleRequest, context: RequestContext): UpdateManagedInstanceRoleResult | Promise<UpdateManagedInstanceRoleResult>;
  UpdateOpsItem(input: UpdateOpsItemRequest, context: RequestContext): UpdateOpsItemResponse | Promise<UpdateOpsItemResponse>;
  UpdateOpsMetadata(input: UpdateOpsMetadataRequest, context: RequestContext): UpdateOpsMetadataResult | Promise<UpdateOpsMetadataResult>;
  UpdatePatchBaseline(input: UpdatePatchBaselineRequest, context: RequestContext): UpdatePatchBaselineResult | Promise<UpdatePatchBaselineResult>;
  UpdateResourceDataSync(input: UpdateResourceDataSyncRequest, context: RequestContext): UpdateResourceDataSyncResult | Promise<UpdateResourceDataSyncResult>;
  UpdateServiceSetting(input: UpdateServiceSettingRequest, context: RequestContext): UpdateServiceSettingResult | Promise<UpdateServiceSettingResult>;
}
