// Generated from models/cloudformation.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface ActivateOrganizationsAccessInput {
}

export interface ActivateOrganizationsAccessOutput {
}

export interface ActivateTypeInput {
  AutoUpdate?: boolean;
  ExecutionRoleArn?: string;
  LoggingConfig?: LoggingConfig;
  MajorVersion?: number;
  PublicTypeArn?: string;
  PublisherId?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  TypeNameAlias?: string;
  VersionBump?: "MAJOR" | "MINOR";
}

export interface ActivateTypeOutput {
  Arn?: string;
}

export interface BatchDescribeTypeConfigurationsInput {
  TypeConfigurationIdentifiers: Array<TypeConfigurationIdentifier>;
}

export interface BatchDescribeTypeConfigurationsOutput {
  Errors?: Array<BatchDescribeTypeConfigurationsError>;
  TypeConfigurations?: Array<TypeConfigurationDetails>;
  UnprocessedTypeConfigurations?: Array<TypeConfigurationIdentifier>;
}

export interface CancelUpdateStackInput {
  ClientRequestToken?: string;
  StackName: string;
}

export interface ContinueUpdateRollbackInput {
  ClientRequestToken?: string;
  ResourcesToSkip?: Array<string>;
  RoleARN?: string;
  StackName: string;
}

export interface ContinueUpdateRollbackOutput {
}

export interface CreateChangeSetInput {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  ChangeSetName: string;
  ChangeSetType?: "CREATE" | "UPDATE" | "IMPORT";
  ClientToken?: string;
  DeploymentMode?: "REVERT_DRIFT";
  Description?: string;
  ImportExistingResources?: boolean;
  IncludeNestedStacks?: boolean;
  NotificationARNs?: Array<string>;
  OnStackFailure?: "DO_NOTHING" | "ROLLBACK" | "DELETE";
  Parameters?: Array<Parameter>;
  ResourceTypes?: Array<string>;
  ResourcesToImport?: Array<ResourceToImport>;
  RoleARN?: string;
  RollbackConfiguration?: RollbackConfiguration;
  StackName: string;
  Tags?: Array<TagShape>;
  TemplateBody?: string;
  TemplateURL?: string;
  UsePreviousTemplate?: boolean;
}

export interface CreateChangeSetOutput {
  Id?: string;
  StackId?: string;
}

export interface CreateGeneratedTemplateInput {
  GeneratedTemplateName: string;
  Resources?: Array<ResourceDefinition>;
  StackName?: string;
  TemplateConfiguration?: TemplateConfiguration;
}

export interface CreateGeneratedTemplateOutput {
  GeneratedTemplateId?: string;
}

export interface CreateStackInput {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  ClientRequestToken?: string;
  DisableRollback?: boolean;
  EnableTerminationProtection?: boolean;
  NotificationARNs?: Array<string>;
  OnFailure?: "DO_NOTHING" | "ROLLBACK" | "DELETE";
  Parameters?: Array<Parameter>;
  ResourceTypes?: Array<string>;
  RetainExceptOnCreate?: boolean;
  RoleARN?: string;
  RollbackConfiguration?: RollbackConfiguration;
  StackName: string;
  StackPolicyBody?: string;
  StackPolicyURL?: string;
  Tags?: Array<TagShape>;
  TemplateBody?: string;
  TemplateURL?: string;
  TimeoutInMinutes?: number;
}

export interface CreateStackOutput {
  OperationId?: string;
  StackId?: string;
}

export interface CreateStackInstancesInput {
  Accounts?: Array<string>;
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  DeploymentTargets?: DeploymentTargets;
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  ParameterOverrides?: Array<Parameter>;
  Regions: Array<string>;
  StackSetName: string;
}

export interface CreateStackInstancesOutput {
  OperationId?: string;
}

export interface CreateStackRefactorInput {
  Description?: string;
  EnableStackCreation?: boolean;
  ResourceMappings?: Array<ResourceMapping>;
  StackDefinitions: Array<StackDefinition>;
}

export interface CreateStackRefactorOutput {
  StackRefactorId: string;
}

export interface CreateStackSetInput {
  AdministrationRoleARN?: string;
  AutoDeployment?: AutoDeployment;
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  ClientRequestToken?: string;
  Description?: string;
  ExecutionRoleName?: string;
  ManagedExecution?: ManagedExecution;
  Parameters?: Array<Parameter>;
  PermissionModel?: "SERVICE_MANAGED" | "SELF_MANAGED";
  StackId?: string;
  StackSetName: string;
  Tags?: Array<TagShape>;
  TemplateBody?: string;
  TemplateURL?: string;
}

export interface CreateStackSetOutput {
  StackSetId?: string;
}

export interface DeactivateOrganizationsAccessInput {
}

export interface DeactivateOrganizationsAccessOutput {
}

export interface DeactivateTypeInput {
  Arn?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
}

export interface DeactivateTypeOutput {
}

export interface DeleteChangeSetInput {
  ChangeSetName: string;
  StackName?: string;
}

export interface DeleteChangeSetOutput {
}

export interface DeleteGeneratedTemplateInput {
  GeneratedTemplateName: string;
}

export interface DeleteStackInput {
  ClientRequestToken?: string;
  DeletionMode?: "STANDARD" | "FORCE_DELETE_STACK";
  RetainResources?: Array<string>;
  RoleARN?: string;
  StackName: string;
}

export interface DeleteStackInstancesInput {
  Accounts?: Array<string>;
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  DeploymentTargets?: DeploymentTargets;
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  Regions: Array<string>;
  RetainStacks: boolean;
  StackSetName: string;
}

export interface DeleteStackInstancesOutput {
  OperationId?: string;
}

export interface DeleteStackSetInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  StackSetName: string;
}

export interface DeleteStackSetOutput {
}

export interface DeregisterTypeInput {
  Arn?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  VersionId?: string;
}

export interface DeregisterTypeOutput {
}

export interface DescribeAccountLimitsInput {
  NextToken?: string;
}

export interface DescribeAccountLimitsOutput {
  AccountLimits?: Array<AccountLimit>;
  NextToken?: string;
}

export interface DescribeChangeSetInput {
  ChangeSetName: string;
  IncludePropertyValues?: boolean;
  NextToken?: string;
  StackName?: string;
}

export interface DescribeChangeSetOutput {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  ChangeSetId?: string;
  ChangeSetName?: string;
  Changes?: Array<Change>;
  CreationTime?: Date;
  DeploymentMode?: "REVERT_DRIFT";
  Description?: string;
  ExecutionStatus?: "UNAVAILABLE" | "AVAILABLE" | "EXECUTE_IN_PROGRESS" | "EXECUTE_COMPLETE" | "EXECUTE_FAILED" | "OBSOLETE";
  ImportExistingResources?: boolean;
  IncludeNestedStacks?: boolean;
  NextToken?: string;
  NotificationARNs?: Array<string>;
  OnStackFailure?: "DO_NOTHING" | "ROLLBACK" | "DELETE";
  Parameters?: Array<Parameter>;
  ParentChangeSetId?: string;
  RollbackConfiguration?: RollbackConfiguration;
  RootChangeSetId?: string;
  StackDriftStatus?: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
  StackId?: string;
  StackName?: string;
  Status?: "CREATE_PENDING" | "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "DELETE_PENDING" | "DELETE_IN_PROGRESS" | "DELETE_COMPLETE" | "DELETE_FAILED" | "FAILED";
  StatusReason?: string;
  Tags?: Array<TagShape>;
}

export interface DescribeChangeSetHooksInput {
  ChangeSetName: string;
  LogicalResourceId?: string;
  NextToken?: string;
  StackName?: string;
}

export interface DescribeChangeSetHooksOutput {
  ChangeSetId?: string;
  ChangeSetName?: string;
  Hooks?: Array<ChangeSetHook>;
  NextToken?: string;
  StackId?: string;
  StackName?: string;
  Status?: "PLANNING" | "PLANNED" | "UNAVAILABLE";
}

export interface DescribeEventsInput {
  ChangeSetName?: string;
  Filters?: EventFilter;
  NextToken?: string;
  OperationId?: string;
  StackName?: string;
}

export interface DescribeEventsOutput {
  NextToken?: string;
  OperationEvents?: Array<OperationEvent>;
}

export interface DescribeGeneratedTemplateInput {
  GeneratedTemplateName: string;
}

export interface DescribeGeneratedTemplateOutput {
  CreationTime?: Date;
  GeneratedTemplateId?: string;
  GeneratedTemplateName?: string;
  LastUpdatedTime?: Date;
  Progress?: TemplateProgress;
  Resources?: Array<ResourceDetail>;
  StackId?: string;
  Status?: "CREATE_PENDING" | "UPDATE_PENDING" | "DELETE_PENDING" | "CREATE_IN_PROGRESS" | "UPDATE_IN_PROGRESS" | "DELETE_IN_PROGRESS" | "FAILED" | "COMPLETE";
  StatusReason?: string;
  TemplateConfiguration?: TemplateConfiguration;
  TotalWarnings?: number;
}

export interface DescribeOrganizationsAccessInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
}

export interface DescribeOrganizationsAccessOutput {
  Status?: "ENABLED" | "DISABLED" | "DISABLED_PERMANENTLY";
}

export interface DescribePublisherInput {
  PublisherId?: string;
}

export interface DescribePublisherOutput {
  IdentityProvider?: "AWS_Marketplace" | "GitHub" | "Bitbucket";
  PublisherId?: string;
  PublisherProfile?: string;
  PublisherStatus?: "VERIFIED" | "UNVERIFIED";
}

export interface DescribeResourceScanInput {
  ResourceScanId: string;
}

export interface DescribeResourceScanOutput {
  EndTime?: Date;
  PercentageCompleted?: number;
  ResourceScanId?: string;
  ResourceTypes?: Array<string>;
  ResourcesRead?: number;
  ResourcesScanned?: number;
  ScanFilters?: Array<ScanFilter>;
  StartTime?: Date;
  Status?: "IN_PROGRESS" | "FAILED" | "COMPLETE" | "EXPIRED";
  StatusReason?: string;
}

export interface DescribeStackDriftDetectionStatusInput {
  StackDriftDetectionId: string;
}

export interface DescribeStackDriftDetectionStatusOutput {
  DetectionStatus: "DETECTION_IN_PROGRESS" | "DETECTION_FAILED" | "DETECTION_COMPLETE";
  DetectionStatusReason?: string;
  DriftedStackResourceCount?: number;
  StackDriftDetectionId: string;
  StackDriftStatus?: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
  StackId: string;
  Timestamp: Date;
}

export interface DescribeStackEventsInput {
  NextToken?: string;
  StackName: string;
}

export interface DescribeStackEventsOutput {
  NextToken?: string;
  StackEvents?: Array<StackEvent>;
}

export interface DescribeStackInstanceInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  StackInstanceAccount: string;
  StackInstanceRegion: string;
  StackSetName: string;
}

export interface DescribeStackInstanceOutput {
  StackInstance?: StackInstance;
}

export interface DescribeStackRefactorInput {
  StackRefactorId: string;
}

export interface DescribeStackRefactorOutput {
  Description?: string;
  ExecutionStatus?: "UNAVAILABLE" | "AVAILABLE" | "OBSOLETE" | "EXECUTE_IN_PROGRESS" | "EXECUTE_COMPLETE" | "EXECUTE_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ExecutionStatusReason?: string;
  StackIds?: Array<string>;
  StackRefactorId?: string;
  Status?: "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "CREATE_FAILED" | "DELETE_IN_PROGRESS" | "DELETE_COMPLETE" | "DELETE_FAILED";
  StatusReason?: string;
}

export interface DescribeStackResourceInput {
  LogicalResourceId: string;
  StackName: string;
}

export interface DescribeStackResourceOutput {
  StackResourceDetail?: StackResourceDetail;
}

export interface DescribeStackResourceDriftsInput {
  MaxResults?: number;
  NextToken?: string;
  StackName: string;
  StackResourceDriftStatusFilters?: Array<"IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED">;
}

export interface DescribeStackResourceDriftsOutput {
  NextToken?: string;
  StackResourceDrifts: Array<StackResourceDrift>;
}

export interface DescribeStackResourcesInput {
  LogicalResourceId?: string;
  PhysicalResourceId?: string;
  StackName?: string;
}

export interface DescribeStackResourcesOutput {
  StackResources?: Array<StackResource>;
}

export interface DescribeStacksInput {
  NextToken?: string;
  StackName?: string;
}

export interface DescribeStacksOutput {
  NextToken?: string;
  Stacks?: Array<Stack>;
}

export interface DescribeStackSetInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  StackSetName: string;
}

export interface DescribeStackSetOutput {
  StackSet?: StackSet;
}

export interface DescribeStackSetOperationInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  OperationId: string;
  StackSetName: string;
}

export interface DescribeStackSetOperationOutput {
  StackSetOperation?: StackSetOperation;
}

export interface DescribeTypeInput {
  Arn?: string;
  PublicVersionNumber?: string;
  PublisherId?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  VersionId?: string;
}

export interface DescribeTypeOutput {
  Arn?: string;
  AutoUpdate?: boolean;
  ConfigurationSchema?: string;
  DefaultVersionId?: string;
  DeprecatedStatus?: "LIVE" | "DEPRECATED";
  Description?: string;
  DocumentationUrl?: string;
  ExecutionRoleArn?: string;
  IsActivated?: boolean;
  IsDefaultVersion?: boolean;
  LastUpdated?: Date;
  LatestPublicVersion?: string;
  LoggingConfig?: LoggingConfig;
  OriginalTypeArn?: string;
  OriginalTypeName?: string;
  ProvisioningType?: "NON_PROVISIONABLE" | "IMMUTABLE" | "FULLY_MUTABLE";
  PublicVersionNumber?: string;
  PublisherId?: string;
  RequiredActivatedTypes?: Array<RequiredActivatedType>;
  Schema?: string;
  SourceUrl?: string;
  TimeCreated?: Date;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  TypeTestsStatus?: "PASSED" | "FAILED" | "IN_PROGRESS" | "NOT_TESTED";
  TypeTestsStatusDescription?: string;
  Visibility?: "PUBLIC" | "PRIVATE";
}

export interface DescribeTypeRegistrationInput {
  RegistrationToken: string;
}

export interface DescribeTypeRegistrationOutput {
  Description?: string;
  ProgressStatus?: "COMPLETE" | "IN_PROGRESS" | "FAILED";
  TypeArn?: string;
  TypeVersionArn?: string;
}

export interface DetectStackDriftInput {
  LogicalResourceIds?: Array<string>;
  StackName: string;
}

export interface DetectStackDriftOutput {
  StackDriftDetectionId: string;
}

export interface DetectStackResourceDriftInput {
  LogicalResourceId: string;
  StackName: string;
}

export interface DetectStackResourceDriftOutput {
  StackResourceDrift: StackResourceDrift;
}

export interface DetectStackSetDriftInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  StackSetName: string;
}

export interface DetectStackSetDriftOutput {
  OperationId?: string;
}

export interface EstimateTemplateCostInput {
  Parameters?: Array<Parameter>;
  TemplateBody?: string;
  TemplateURL?: string;
}

export interface EstimateTemplateCostOutput {
  Url?: string;
}

export interface ExecuteChangeSetInput {
  ChangeSetName: string;
  ClientRequestToken?: string;
  DisableRollback?: boolean;
  RetainExceptOnCreate?: boolean;
  StackName?: string;
}

export interface ExecuteChangeSetOutput {
}

export interface ExecuteStackRefactorInput {
  StackRefactorId: string;
}

export interface GetGeneratedTemplateInput {
  Format?: "JSON" | "YAML";
  GeneratedTemplateName: string;
}

export interface GetGeneratedTemplateOutput {
  Status?: "CREATE_PENDING" | "UPDATE_PENDING" | "DELETE_PENDING" | "CREATE_IN_PROGRESS" | "UPDATE_IN_PROGRESS" | "DELETE_IN_PROGRESS" | "FAILED" | "COMPLETE";
  TemplateBody?: string;
}

export interface GetHookResultInput {
  HookResultId?: string;
}

export interface GetHookResultOutput {
  Annotations?: Array<Annotation>;
  FailureMode?: "FAIL" | "WARN";
  HookResultId?: string;
  HookStatusReason?: string;
  InvocationPoint?: "PRE_PROVISION";
  InvokedAt?: Date;
  OriginalTypeName?: string;
  Status?: "HOOK_IN_PROGRESS" | "HOOK_COMPLETE_SUCCEEDED" | "HOOK_COMPLETE_FAILED" | "HOOK_FAILED";
  Target?: HookTarget;
  TypeArn?: string;
  TypeConfigurationVersionId?: string;
  TypeName?: string;
  TypeVersionId?: string;
}

export interface GetStackPolicyInput {
  StackName: string;
}

export interface GetStackPolicyOutput {
  StackPolicyBody?: string;
}

export interface GetTemplateInput {
  ChangeSetName?: string;
  StackName?: string;
  TemplateStage?: "Original" | "Processed";
}

export interface GetTemplateOutput {
  StagesAvailable?: Array<"Original" | "Processed">;
  TemplateBody?: string;
}

export interface GetTemplateSummaryInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  StackName?: string;
  StackSetName?: string;
  TemplateBody?: string;
  TemplateSummaryConfig?: TemplateSummaryConfig;
  TemplateURL?: string;
}

export interface GetTemplateSummaryOutput {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  CapabilitiesReason?: string;
  DeclaredTransforms?: Array<string>;
  Description?: string;
  Metadata?: string;
  Parameters?: Array<ParameterDeclaration>;
  ResourceIdentifierSummaries?: Array<ResourceIdentifierSummary>;
  ResourceTypes?: Array<string>;
  Version?: string;
  Warnings?: Warnings;
}

export interface ImportStacksToStackSetInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  OrganizationalUnitIds?: Array<string>;
  StackIds?: Array<string>;
  StackIdsUrl?: string;
  StackSetName: string;
}

export interface ImportStacksToStackSetOutput {
  OperationId?: string;
}

export interface ListChangeSetsInput {
  NextToken?: string;
  StackName: string;
}

export interface ListChangeSetsOutput {
  NextToken?: string;
  Summaries?: Array<ChangeSetSummary>;
}

export interface ListExportsInput {
  NextToken?: string;
}

export interface ListExportsOutput {
  Exports?: Array<Export>;
  NextToken?: string;
}

export interface ListGeneratedTemplatesInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListGeneratedTemplatesOutput {
  NextToken?: string;
  Summaries?: Array<TemplateSummary>;
}

export interface ListHookResultsInput {
  NextToken?: string;
  Status?: "HOOK_IN_PROGRESS" | "HOOK_COMPLETE_SUCCEEDED" | "HOOK_COMPLETE_FAILED" | "HOOK_FAILED";
  TargetId?: string;
  TargetType?: "CHANGE_SET" | "STACK" | "RESOURCE" | "CLOUD_CONTROL";
  TypeArn?: string;
}

export interface ListHookResultsOutput {
  HookResults?: Array<HookResultSummary>;
  NextToken?: string;
  TargetId?: string;
  TargetType?: "CHANGE_SET" | "STACK" | "RESOURCE" | "CLOUD_CONTROL";
}

export interface ListImportsInput {
  ExportName: string;
  NextToken?: string;
}

export interface ListImportsOutput {
  Imports?: Array<string>;
  NextToken?: string;
}

export interface ListResourceScanRelatedResourcesInput {
  MaxResults?: number;
  NextToken?: string;
  ResourceScanId: string;
  Resources: Array<ScannedResourceIdentifier>;
}

export interface ListResourceScanRelatedResourcesOutput {
  NextToken?: string;
  RelatedResources?: Array<ScannedResource>;
}

export interface ListResourceScanResourcesInput {
  MaxResults?: number;
  NextToken?: string;
  ResourceIdentifier?: string;
  ResourceScanId: string;
  ResourceTypePrefix?: string;
  TagKey?: string;
  TagValue?: string;
}

export interface ListResourceScanResourcesOutput {
  NextToken?: string;
  Resources?: Array<ScannedResource>;
}

export interface ListResourceScansInput {
  MaxResults?: number;
  NextToken?: string;
  ScanTypeFilter?: "FULL" | "PARTIAL";
}

export interface ListResourceScansOutput {
  NextToken?: string;
  ResourceScanSummaries?: Array<ResourceScanSummary>;
}

export interface ListStackInstanceResourceDriftsInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  MaxResults?: number;
  NextToken?: string;
  OperationId: string;
  StackInstanceAccount: string;
  StackInstanceRegion: string;
  StackInstanceResourceDriftStatuses?: Array<"IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED">;
  StackSetName: string;
}

export interface ListStackInstanceResourceDriftsOutput {
  NextToken?: string;
  Summaries?: Array<StackInstanceResourceDriftsSummary>;
}

export interface ListStackInstancesInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  Filters?: Array<StackInstanceFilter>;
  MaxResults?: number;
  NextToken?: string;
  StackInstanceAccount?: string;
  StackInstanceRegion?: string;
  StackSetName: string;
}

export interface ListStackInstancesOutput {
  NextToken?: string;
  Summaries?: Array<StackInstanceSummary>;
}

export interface ListStackRefactorActionsInput {
  MaxResults?: number;
  NextToken?: string;
  StackRefactorId: string;
}

export interface ListStackRefactorActionsOutput {
  NextToken?: string;
  StackRefactorActions: Array<StackRefactorAction>;
}

export interface ListStackRefactorsInput {
  ExecutionStatusFilter?: Array<"UNAVAILABLE" | "AVAILABLE" | "OBSOLETE" | "EXECUTE_IN_PROGRESS" | "EXECUTE_COMPLETE" | "EXECUTE_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED">;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListStackRefactorsOutput {
  NextToken?: string;
  StackRefactorSummaries: Array<StackRefactorSummary>;
}

export interface ListStackResourcesInput {
  NextToken?: string;
  StackName: string;
}

export interface ListStackResourcesOutput {
  NextToken?: string;
  StackResourceSummaries?: Array<StackResourceSummary>;
}

export interface ListStacksInput {
  NextToken?: string;
  StackStatusFilter?: Array<"CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_FAILED" | "ROLLBACK_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "UPDATE_IN_PROGRESS" | "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS" | "UPDATE_COMPLETE" | "UPDATE_FAILED" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "REVIEW_IN_PROGRESS" | "IMPORT_IN_PROGRESS" | "IMPORT_COMPLETE" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE">;
}

export interface ListStacksOutput {
  NextToken?: string;
  StackSummaries?: Array<StackSummary>;
}

export interface ListStackSetAutoDeploymentTargetsInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  MaxResults?: number;
  NextToken?: string;
  StackSetName: string;
}

export interface ListStackSetAutoDeploymentTargetsOutput {
  NextToken?: string;
  Summaries?: Array<StackSetAutoDeploymentTargetSummary>;
}

export interface ListStackSetOperationResultsInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  Filters?: Array<OperationResultFilter>;
  MaxResults?: number;
  NextToken?: string;
  OperationId: string;
  StackSetName: string;
}

export interface ListStackSetOperationResultsOutput {
  NextToken?: string;
  Summaries?: Array<StackSetOperationResultSummary>;
}

export interface ListStackSetOperationsInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  MaxResults?: number;
  NextToken?: string;
  StackSetName: string;
}

export interface ListStackSetOperationsOutput {
  NextToken?: string;
  Summaries?: Array<StackSetOperationSummary>;
}

export interface ListStackSetsInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  MaxResults?: number;
  NextToken?: string;
  Status?: "ACTIVE" | "DELETED";
}

export interface ListStackSetsOutput {
  NextToken?: string;
  Summaries?: Array<StackSetSummary>;
}

export interface ListTypeRegistrationsInput {
  MaxResults?: number;
  NextToken?: string;
  RegistrationStatusFilter?: "COMPLETE" | "IN_PROGRESS" | "FAILED";
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeArn?: string;
  TypeName?: string;
}

export interface ListTypeRegistrationsOutput {
  NextToken?: string;
  RegistrationTokenList?: Array<string>;
}

export interface ListTypesInput {
  DeprecatedStatus?: "LIVE" | "DEPRECATED";
  Filters?: TypeFilters;
  MaxResults?: number;
  NextToken?: string;
  ProvisioningType?: "NON_PROVISIONABLE" | "IMMUTABLE" | "FULLY_MUTABLE";
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  Visibility?: "PUBLIC" | "PRIVATE";
}

export interface ListTypesOutput {
  NextToken?: string;
  TypeSummaries?: Array<TypeSummary>;
}

export interface ListTypeVersionsInput {
  Arn?: string;
  DeprecatedStatus?: "LIVE" | "DEPRECATED";
  MaxResults?: number;
  NextToken?: string;
  PublisherId?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
}

export interface ListTypeVersionsOutput {
  NextToken?: string;
  TypeVersionSummaries?: Array<TypeVersionSummary>;
}

export interface PublishTypeInput {
  Arn?: string;
  PublicVersionNumber?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
}

export interface PublishTypeOutput {
  PublicTypeArn?: string;
}

export interface RecordHandlerProgressInput {
  BearerToken: string;
  ClientRequestToken?: string;
  CurrentOperationStatus?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED";
  ErrorCode?: "NotUpdatable" | "InvalidRequest" | "AccessDenied" | "InvalidCredentials" | "AlreadyExists" | "NotFound" | "ResourceConflict" | "Throttling" | "ServiceLimitExceeded" | "NotStabilized" | "GeneralServiceException" | "ServiceInternalError" | "NetworkFailure" | "InternalFailure" | "InvalidTypeConfiguration" | "HandlerInternalFailure" | "NonCompliant" | "Unknown" | "UnsupportedTarget";
  OperationStatus: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED";
  ResourceModel?: string;
  StatusMessage?: string;
}

export interface RecordHandlerProgressOutput {
}

export interface RegisterPublisherInput {
  AcceptTermsAndConditions?: boolean;
  ConnectionArn?: string;
}

export interface RegisterPublisherOutput {
  PublisherId?: string;
}

export interface RegisterTypeInput {
  ClientRequestToken?: string;
  ExecutionRoleArn?: string;
  LoggingConfig?: LoggingConfig;
  SchemaHandlerPackage: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName: string;
}

export interface RegisterTypeOutput {
  RegistrationToken?: string;
}

export interface RollbackStackInput {
  ClientRequestToken?: string;
  RetainExceptOnCreate?: boolean;
  RoleARN?: string;
  StackName: string;
}

export interface RollbackStackOutput {
  OperationId?: string;
  StackId?: string;
}

export interface SetStackPolicyInput {
  StackName: string;
  StackPolicyBody?: string;
  StackPolicyURL?: string;
}

export interface SetTypeConfigurationInput {
  Configuration: string;
  ConfigurationAlias?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeArn?: string;
  TypeName?: string;
}

export interface SetTypeConfigurationOutput {
  ConfigurationArn?: string;
}

export interface SetTypeDefaultVersionInput {
  Arn?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  VersionId?: string;
}

export interface SetTypeDefaultVersionOutput {
}

export interface SignalResourceInput {
  LogicalResourceId: string;
  StackName: string;
  Status: "SUCCESS" | "FAILURE";
  UniqueId: string;
}

export interface StartResourceScanInput {
  ClientRequestToken?: string;
  ScanFilters?: Array<ScanFilter>;
}

export interface StartResourceScanOutput {
  ResourceScanId?: string;
}

export interface StopStackSetOperationInput {
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  OperationId: string;
  StackSetName: string;
}

export interface StopStackSetOperationOutput {
}

export interface TestTypeInput {
  Arn?: string;
  LogDeliveryBucket?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  VersionId?: string;
}

export interface TestTypeOutput {
  TypeVersionArn?: string;
}

export interface UpdateGeneratedTemplateInput {
  AddResources?: Array<ResourceDefinition>;
  GeneratedTemplateName: string;
  NewGeneratedTemplateName?: string;
  RefreshAllResources?: boolean;
  RemoveResources?: Array<string>;
  TemplateConfiguration?: TemplateConfiguration;
}

export interface UpdateGeneratedTemplateOutput {
  GeneratedTemplateId?: string;
}

export interface UpdateStackInput {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  ClientRequestToken?: string;
  DisableRollback?: boolean;
  NotificationARNs?: Array<string>;
  Parameters?: Array<Parameter>;
  ResourceTypes?: Array<string>;
  RetainExceptOnCreate?: boolean;
  RoleARN?: string;
  RollbackConfiguration?: RollbackConfiguration;
  StackName: string;
  StackPolicyBody?: string;
  StackPolicyDuringUpdateBody?: string;
  StackPolicyDuringUpdateURL?: string;
  StackPolicyURL?: string;
  Tags?: Array<TagShape>;
  TemplateBody?: string;
  TemplateURL?: string;
  UsePreviousTemplate?: boolean;
}

export interface UpdateStackOutput {
  OperationId?: string;
  StackId?: string;
}

export interface UpdateStackInstancesInput {
  Accounts?: Array<string>;
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  DeploymentTargets?: DeploymentTargets;
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  ParameterOverrides?: Array<Parameter>;
  Regions: Array<string>;
  StackSetName: string;
}

export interface UpdateStackInstancesOutput {
  OperationId?: string;
}

export interface UpdateStackSetInput {
  Accounts?: Array<string>;
  AdministrationRoleARN?: string;
  AutoDeployment?: AutoDeployment;
  CallAs?: "SELF" | "DELEGATED_ADMIN";
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  DeploymentTargets?: DeploymentTargets;
  Description?: string;
  ExecutionRoleName?: string;
  ManagedExecution?: ManagedExecution;
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  Parameters?: Array<Parameter>;
  PermissionModel?: "SERVICE_MANAGED" | "SELF_MANAGED";
  Regions?: Array<string>;
  StackSetName: string;
  Tags?: Array<TagShape>;
  TemplateBody?: string;
  TemplateURL?: string;
  UsePreviousTemplate?: boolean;
}

export interface UpdateStackSetOutput {
  OperationId?: string;
}

export interface UpdateTerminationProtectionInput {
  EnableTerminationProtection: boolean;
  StackName: string;
}

export interface UpdateTerminationProtectionOutput {
  StackId?: string;
}

export interface ValidateTemplateInput {
  TemplateBody?: string;
  TemplateURL?: string;
}

export interface ValidateTemplateOutput {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  CapabilitiesReason?: string;
  DeclaredTransforms?: Array<string>;
  Description?: string;
  Parameters?: Array<TemplateParameter>;
}

export interface AlreadyExistsException {
}

export interface CFNRegistryException {
  Message?: string;
}

export interface ChangeSetNotFoundException {
}

export interface ConcurrentResourcesLimitExceededException {
}

export interface CreatedButModifiedException {
}

export interface GeneratedTemplateNotFoundException {
}

export interface HookResultNotFoundException {
}

export interface InsufficientCapabilitiesException {
}

export interface InvalidChangeSetStatusException {
}

export interface InvalidOperationException {
}

export interface InvalidStateTransitionException {
}

export interface LimitExceededException {
}

export interface NameAlreadyExistsException {
}

export interface OperationIdAlreadyExistsException {
}

export interface OperationInProgressException {
}

export interface OperationNotFoundException {
}

export interface OperationStatusCheckFailedException {
}

export interface ResourceScanInProgressException {
}

export interface ResourceScanLimitExceededException {
}

export interface ResourceScanNotFoundException {
}

export interface StackInstanceNotFoundException {
}

export interface StackNotFoundException {
}

export interface StackRefactorNotFoundException {
}

export interface StackSetNotEmptyException {
}

export interface StackSetNotFoundException {
}

export interface StaleRequestException {
}

export interface TokenAlreadyExistsException {
}

export interface TypeConfigurationNotFoundException {
}

export interface TypeNotFoundException {
}

export interface LoggingConfig {
  LogGroupName: string;
  LogRoleArn: string;
}

export interface TypeConfigurationIdentifier {
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeArn?: string;
  TypeConfigurationAlias?: string;
  TypeConfigurationArn?: string;
  TypeName?: string;
}

export interface BatchDescribeTypeConfigurationsError {
  ErrorCode?: string;
  ErrorMessage?: string;
  TypeConfigurationIdentifier?: TypeConfigurationIdentifier;
}

export interface TypeConfigurationDetails {
  Alias?: string;
  Arn?: string;
  Configuration?: string;
  IsDefaultConfiguration?: boolean;
  LastUpdated?: Date;
  TypeArn?: string;
  TypeName?: string;
}

export interface Parameter {
  ParameterKey?: string;
  ParameterValue?: string;
  ResolvedValue?: string;
  UsePreviousValue?: boolean;
}

export interface ResourceToImport {
  LogicalResourceId: string;
  ResourceIdentifier: Record<string, string>;
  ResourceType: string;
}

export interface RollbackConfiguration {
  MonitoringTimeInMinutes?: number;
  RollbackTriggers?: Array<RollbackTrigger>;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface ResourceDefinition {
  LogicalResourceId?: string;
  ResourceIdentifier: Record<string, string>;
  ResourceType: string;
}

export interface TemplateConfiguration {
  DeletionPolicy?: "DELETE" | "RETAIN";
  UpdateReplacePolicy?: "DELETE" | "RETAIN";
}

export interface DeploymentTargets {
  AccountFilterType?: "NONE" | "INTERSECTION" | "DIFFERENCE" | "UNION";
  Accounts?: Array<string>;
  AccountsUrl?: string;
  OrganizationalUnitIds?: Array<string>;
}

export interface StackSetOperationPreferences {
  ConcurrencyMode?: "STRICT_FAILURE_TOLERANCE" | "SOFT_FAILURE_TOLERANCE";
  FailureToleranceCount?: number;
  FailureTolerancePercentage?: number;
  MaxConcurrentCount?: number;
  MaxConcurrentPercentage?: number;
  RegionConcurrencyType?: "SEQUENTIAL" | "PARALLEL";
  RegionOrder?: Array<string>;
}

export interface ResourceMapping {
  Destination: ResourceLocation;
  Source: ResourceLocation;
}

export interface StackDefinition {
  StackName?: string;
  TemplateBody?: string;
  TemplateURL?: string;
}

export interface AutoDeployment {
  DependsOn?: Array<string>;
  Enabled?: boolean;
  RetainStacksOnAccountRemoval?: boolean;
}

export interface ManagedExecution {
  Active?: boolean;
}

export interface AccountLimit {
  Name?: string;
  Value?: number;
}

export interface Change {
  HookInvocationCount?: number;
  ResourceChange?: ResourceChange;
  Type?: "Resource";
}

export interface ChangeSetHook {
  FailureMode?: "FAIL" | "WARN";
  InvocationPoint?: "PRE_PROVISION";
  TargetDetails?: ChangeSetHookTargetDetails;
  TypeConfigurationVersionId?: string;
  TypeName?: string;
  TypeVersionId?: string;
}

export interface EventFilter {
  FailedEvents?: boolean;
}

export interface OperationEvent {
  ClientRequestToken?: string;
  DetailedStatus?: "CONFIGURATION_COMPLETE" | "VALIDATION_FAILED";
  EndTime?: Date;
  EventId?: string;
  EventType?: "STACK_EVENT" | "PROGRESS_EVENT" | "VALIDATION_ERROR" | "PROVISIONING_ERROR" | "HOOK_INVOCATION_ERROR";
  HookFailureMode?: "FAIL" | "WARN";
  HookInvocationPoint?: "PRE_PROVISION";
  HookStatus?: "HOOK_IN_PROGRESS" | "HOOK_COMPLETE_SUCCEEDED" | "HOOK_COMPLETE_FAILED" | "HOOK_FAILED";
  HookStatusReason?: string;
  HookType?: string;
  LogicalResourceId?: string;
  OperationId?: string;
  OperationStatus?: "IN_PROGRESS" | "SUCCEEDED" | "FAILED";
  OperationType?: "CREATE_STACK" | "UPDATE_STACK" | "DELETE_STACK" | "CONTINUE_ROLLBACK" | "ROLLBACK" | "CREATE_CHANGESET";
  PhysicalResourceId?: string;
  ResourceProperties?: string;
  ResourceStatus?: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "DELETE_SKIPPED" | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE" | "IMPORT_FAILED" | "IMPORT_COMPLETE" | "IMPORT_IN_PROGRESS" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE" | "EXPORT_FAILED" | "EXPORT_COMPLETE" | "EXPORT_IN_PROGRESS" | "EXPORT_ROLLBACK_IN_PROGRESS" | "EXPORT_ROLLBACK_FAILED" | "EXPORT_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ResourceStatusReason?: string;
  ResourceType?: string;
  StackId?: string;
  StartTime?: Date;
  Timestamp?: Date;
  ValidationFailureMode?: "FAIL" | "WARN";
  ValidationName?: string;
  ValidationPath?: string;
  ValidationStatus?: "FAILED" | "SKIPPED";
  ValidationStatusReason?: string;
}

export interface TemplateProgress {
  ResourcesFailed?: number;
  ResourcesPending?: number;
  ResourcesProcessing?: number;
  ResourcesSucceeded?: number;
}

export interface ResourceDetail {
  LogicalResourceId?: string;
  ResourceIdentifier?: Record<string, string>;
  ResourceStatus?: "PENDING" | "IN_PROGRESS" | "FAILED" | "COMPLETE";
  ResourceStatusReason?: string;
  ResourceType?: string;
  Warnings?: Array<WarningDetail>;
}

export interface ScanFilter {
  Types?: Array<string>;
}

export interface StackEvent {
  ClientRequestToken?: string;
  DetailedStatus?: "CONFIGURATION_COMPLETE" | "VALIDATION_FAILED";
  EventId: string;
  HookFailureMode?: "FAIL" | "WARN";
  HookInvocationId?: string;
  HookInvocationPoint?: "PRE_PROVISION";
  HookStatus?: "HOOK_IN_PROGRESS" | "HOOK_COMPLETE_SUCCEEDED" | "HOOK_COMPLETE_FAILED" | "HOOK_FAILED";
  HookStatusReason?: string;
  HookType?: string;
  LogicalResourceId?: string;
  OperationId?: string;
  PhysicalResourceId?: string;
  ResourceProperties?: string;
  ResourceStatus?: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "DELETE_SKIPPED" | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE" | "IMPORT_FAILED" | "IMPORT_COMPLETE" | "IMPORT_IN_PROGRESS" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE" | "EXPORT_FAILED" | "EXPORT_COMPLETE" | "EXPORT_IN_PROGRESS" | "EXPORT_ROLLBACK_IN_PROGRESS" | "EXPORT_ROLLBACK_FAILED" | "EXPORT_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ResourceStatusReason?: string;
  ResourceType?: string;
  StackId: string;
  StackName: string;
  Timestamp: Date;
}

export interface StackInstance {
  Account?: string;
  DriftStatus?: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
  LastDriftCheckTimestamp?: Date;
  LastOperationId?: string;
  OrganizationalUnitId?: string;
  ParameterOverrides?: Array<Parameter>;
  Region?: string;
  StackId?: string;
  StackInstanceStatus?: StackInstanceComprehensiveStatus;
  StackSetId?: string;
  Status?: "CURRENT" | "OUTDATED" | "INOPERABLE";
  StatusReason?: string;
}

export interface StackResourceDetail {
  Description?: string;
  DriftInformation?: StackResourceDriftInformation;
  LastUpdatedTimestamp: Date;
  LogicalResourceId: string;
  Metadata?: string;
  ModuleInfo?: ModuleInfo;
  PhysicalResourceId?: string;
  ResourceStatus: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "DELETE_SKIPPED" | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE" | "IMPORT_FAILED" | "IMPORT_COMPLETE" | "IMPORT_IN_PROGRESS" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE" | "EXPORT_FAILED" | "EXPORT_COMPLETE" | "EXPORT_IN_PROGRESS" | "EXPORT_ROLLBACK_IN_PROGRESS" | "EXPORT_ROLLBACK_FAILED" | "EXPORT_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ResourceStatusReason?: string;
  ResourceType: string;
  StackId?: string;
  StackName?: string;
}

export interface StackResourceDrift {
  ActualProperties?: string;
  DriftStatusReason?: string;
  ExpectedProperties?: string;
  LogicalResourceId: string;
  ModuleInfo?: ModuleInfo;
  PhysicalResourceId?: string;
  PhysicalResourceIdContext?: Array<PhysicalResourceIdContextKeyValuePair>;
  PropertyDifferences?: Array<PropertyDifference>;
  ResourceType: string;
  StackId: string;
  StackResourceDriftStatus: "IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED";
  Timestamp: Date;
}

export interface StackResource {
  Description?: string;
  DriftInformation?: StackResourceDriftInformation;
  LogicalResourceId: string;
  ModuleInfo?: ModuleInfo;
  PhysicalResourceId?: string;
  ResourceStatus: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "DELETE_SKIPPED" | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE" | "IMPORT_FAILED" | "IMPORT_COMPLETE" | "IMPORT_IN_PROGRESS" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE" | "EXPORT_FAILED" | "EXPORT_COMPLETE" | "EXPORT_IN_PROGRESS" | "EXPORT_ROLLBACK_IN_PROGRESS" | "EXPORT_ROLLBACK_FAILED" | "EXPORT_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ResourceStatusReason?: string;
  ResourceType: string;
  StackId?: string;
  StackName?: string;
  Timestamp: Date;
}

export interface Stack {
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  ChangeSetId?: string;
  CreationTime: Date;
  DeletionMode?: "STANDARD" | "FORCE_DELETE_STACK";
  DeletionTime?: Date;
  Description?: string;
  DetailedStatus?: "CONFIGURATION_COMPLETE" | "VALIDATION_FAILED";
  DisableRollback?: boolean;
  DriftInformation?: StackDriftInformation;
  EnableTerminationProtection?: boolean;
  LastOperations?: Array<OperationEntry>;
  LastUpdatedTime?: Date;
  NotificationARNs?: Array<string>;
  Outputs?: Array<Output>;
  Parameters?: Array<Parameter>;
  ParentId?: string;
  RetainExceptOnCreate?: boolean;
  RoleARN?: string;
  RollbackConfiguration?: RollbackConfiguration;
  RootId?: string;
  StackId?: string;
  StackName: string;
  StackStatus: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_FAILED" | "ROLLBACK_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "UPDATE_IN_PROGRESS" | "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS" | "UPDATE_COMPLETE" | "UPDATE_FAILED" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "REVIEW_IN_PROGRESS" | "IMPORT_IN_PROGRESS" | "IMPORT_COMPLETE" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE";
  StackStatusReason?: string;
  Tags?: Array<TagShape>;
  TimeoutInMinutes?: number;
}

export interface StackSet {
  AdministrationRoleARN?: string;
  AutoDeployment?: AutoDeployment;
  Capabilities?: Array<"CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND">;
  Description?: string;
  ExecutionRoleName?: string;
  ManagedExecution?: ManagedExecution;
  OrganizationalUnitIds?: Array<string>;
  Parameters?: Array<Parameter>;
  PermissionModel?: "SERVICE_MANAGED" | "SELF_MANAGED";
  Regions?: Array<string>;
  StackSetARN?: string;
  StackSetDriftDetectionDetails?: StackSetDriftDetectionDetails;
  StackSetId?: string;
  StackSetName?: string;
  Status?: "ACTIVE" | "DELETED";
  Tags?: Array<TagShape>;
  TemplateBody?: string;
}

export interface StackSetOperation {
  Action?: "CREATE" | "UPDATE" | "DELETE" | "DETECT_DRIFT";
  AdministrationRoleARN?: string;
  CreationTimestamp?: Date;
  DeploymentTargets?: DeploymentTargets;
  EndTimestamp?: Date;
  ExecutionRoleName?: string;
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  RetainStacks?: boolean;
  StackSetDriftDetectionDetails?: StackSetDriftDetectionDetails;
  StackSetId?: string;
  Status?: "RUNNING" | "SUCCEEDED" | "FAILED" | "STOPPING" | "STOPPED" | "QUEUED";
  StatusDetails?: StackSetOperationStatusDetails;
  StatusReason?: string;
}

export interface RequiredActivatedType {
  OriginalTypeName?: string;
  PublisherId?: string;
  SupportedMajorVersions?: Array<number>;
  TypeNameAlias?: string;
}

export interface Annotation {
  AnnotationName?: string;
  RemediationLink?: string;
  RemediationMessage?: string;
  SeverityLevel?: "INFORMATIONAL" | "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
  Status?: "PASSED" | "FAILED" | "SKIPPED";
  StatusMessage?: string;
}

export interface HookTarget {
  Action: "CREATE" | "UPDATE" | "DELETE" | "IMPORT";
  TargetId: string;
  TargetType: "RESOURCE";
  TargetTypeName: string;
}

export interface TemplateSummaryConfig {
  TreatUnrecognizedResourceTypesAsWarnings?: boolean;
}

export interface ParameterDeclaration {
  DefaultValue?: string;
  Description?: string;
  NoEcho?: boolean;
  ParameterConstraints?: ParameterConstraints;
  ParameterKey?: string;
  ParameterType?: string;
}

export interface ResourceIdentifierSummary {
  LogicalResourceIds?: Array<string>;
  ResourceIdentifiers?: Array<string>;
  ResourceType?: string;
}

export interface Warnings {
  UnrecognizedResourceTypes?: Array<string>;
}

export interface ChangeSetSummary {
  ChangeSetId?: string;
  ChangeSetName?: string;
  CreationTime?: Date;
  Description?: string;
  ExecutionStatus?: "UNAVAILABLE" | "AVAILABLE" | "EXECUTE_IN_PROGRESS" | "EXECUTE_COMPLETE" | "EXECUTE_FAILED" | "OBSOLETE";
  ImportExistingResources?: boolean;
  IncludeNestedStacks?: boolean;
  ParentChangeSetId?: string;
  RootChangeSetId?: string;
  StackId?: string;
  StackName?: string;
  Status?: "CREATE_PENDING" | "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "DELETE_PENDING" | "DELETE_IN_PROGRESS" | "DELETE_COMPLETE" | "DELETE_FAILED" | "FAILED";
  StatusReason?: string;
}

export interface Export {
  ExportingStackId?: string;
  Name?: string;
  Value?: string;
}

export interface TemplateSummary {
  CreationTime?: Date;
  GeneratedTemplateId?: string;
  GeneratedTemplateName?: string;
  LastUpdatedTime?: Date;
  NumberOfResources?: number;
  Status?: "CREATE_PENDING" | "UPDATE_PENDING" | "DELETE_PENDING" | "CREATE_IN_PROGRESS" | "UPDATE_IN_PROGRESS" | "DELETE_IN_PROGRESS" | "FAILED" | "COMPLETE";
  StatusReason?: string;
}

export interface HookResultSummary {
  FailureMode?: "FAIL" | "WARN";
  HookExecutionTarget?: string;
  HookResultId?: string;
  HookStatusReason?: string;
  InvocationPoint?: "PRE_PROVISION";
  InvokedAt?: Date;
  Status?: "HOOK_IN_PROGRESS" | "HOOK_COMPLETE_SUCCEEDED" | "HOOK_COMPLETE_FAILED" | "HOOK_FAILED";
  TargetId?: string;
  TargetType?: "CHANGE_SET" | "STACK" | "RESOURCE" | "CLOUD_CONTROL";
  TypeArn?: string;
  TypeConfigurationVersionId?: string;
  TypeName?: string;
  TypeVersionId?: string;
}

export interface ScannedResourceIdentifier {
  ResourceIdentifier: Record<string, string>;
  ResourceType: string;
}

export interface ScannedResource {
  ManagedByStack?: boolean;
  ResourceIdentifier?: Record<string, string>;
  ResourceType?: string;
}

export interface ResourceScanSummary {
  EndTime?: Date;
  PercentageCompleted?: number;
  ResourceScanId?: string;
  ScanType?: "FULL" | "PARTIAL";
  StartTime?: Date;
  Status?: "IN_PROGRESS" | "FAILED" | "COMPLETE" | "EXPIRED";
  StatusReason?: string;
}

export interface StackInstanceResourceDriftsSummary {
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  PhysicalResourceIdContext?: Array<PhysicalResourceIdContextKeyValuePair>;
  PropertyDifferences?: Array<PropertyDifference>;
  ResourceType: string;
  StackId: string;
  StackResourceDriftStatus: "IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED";
  Timestamp: Date;
}

export interface StackInstanceFilter {
  Name?: "DETAILED_STATUS" | "LAST_OPERATION_ID" | "DRIFT_STATUS";
  Values?: string;
}

export interface StackInstanceSummary {
  Account?: string;
  DriftStatus?: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
  LastDriftCheckTimestamp?: Date;
  LastOperationId?: string;
  OrganizationalUnitId?: string;
  Region?: string;
  StackId?: string;
  StackInstanceStatus?: StackInstanceComprehensiveStatus;
  StackSetId?: string;
  Status?: "CURRENT" | "OUTDATED" | "INOPERABLE";
  StatusReason?: string;
}

export interface StackRefactorAction {
  Action?: "MOVE" | "CREATE";
  Description?: string;
  Detection?: "AUTO" | "MANUAL";
  DetectionReason?: string;
  Entity?: "RESOURCE" | "STACK";
  PhysicalResourceId?: string;
  ResourceIdentifier?: string;
  ResourceMapping?: ResourceMapping;
  TagResources?: Array<TagShape>;
  UntagResources?: Array<string>;
}

export interface StackRefactorSummary {
  Description?: string;
  ExecutionStatus?: "UNAVAILABLE" | "AVAILABLE" | "OBSOLETE" | "EXECUTE_IN_PROGRESS" | "EXECUTE_COMPLETE" | "EXECUTE_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ExecutionStatusReason?: string;
  StackRefactorId?: string;
  Status?: "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "CREATE_FAILED" | "DELETE_IN_PROGRESS" | "DELETE_COMPLETE" | "DELETE_FAILED";
  StatusReason?: string;
}

export interface StackResourceSummary {
  DriftInformation?: StackResourceDriftInformationSummary;
  LastUpdatedTimestamp: Date;
  LogicalResourceId: string;
  ModuleInfo?: ModuleInfo;
  PhysicalResourceId?: string;
  ResourceStatus: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "DELETE_SKIPPED" | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE" | "IMPORT_FAILED" | "IMPORT_COMPLETE" | "IMPORT_IN_PROGRESS" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE" | "EXPORT_FAILED" | "EXPORT_COMPLETE" | "EXPORT_IN_PROGRESS" | "EXPORT_ROLLBACK_IN_PROGRESS" | "EXPORT_ROLLBACK_FAILED" | "EXPORT_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "UPDATE_ROLLBACK_FAILED" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED";
  ResourceStatusReason?: string;
  ResourceType: string;
}

export interface StackSummary {
  CreationTime: Date;
  DeletionTime?: Date;
  DriftInformation?: StackDriftInformationSummary;
  LastOperations?: Array<OperationEntry>;
  LastUpdatedTime?: Date;
  ParentId?: string;
  RootId?: string;
  StackId?: string;
  StackName: string;
  StackStatus: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_FAILED" | "ROLLBACK_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "UPDATE_IN_PROGRESS" | "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS" | "UPDATE_COMPLETE" | "UPDATE_FAILED" | "UPDATE_ROLLBACK_IN_PROGRESS" | "UPDATE_ROLLBACK_FAILED" | "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS" | "UPDATE_ROLLBACK_COMPLETE" | "REVIEW_IN_PROGRESS" | "IMPORT_IN_PROGRESS" | "IMPORT_COMPLETE" | "IMPORT_ROLLBACK_IN_PROGRESS" | "IMPORT_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_COMPLETE";
  StackStatusReason?: string;
  TemplateDescription?: string;
}

export interface StackSetAutoDeploymentTargetSummary {
  OrganizationalUnitId?: string;
  Regions?: Array<string>;
}

export interface OperationResultFilter {
  Name?: "OPERATION_RESULT_STATUS";
  Values?: string;
}

export interface StackSetOperationResultSummary {
  Account?: string;
  AccountGateResult?: AccountGateResult;
  OrganizationalUnitId?: string;
  Region?: string;
  Status?: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  StatusReason?: string;
}

export interface StackSetOperationSummary {
  Action?: "CREATE" | "UPDATE" | "DELETE" | "DETECT_DRIFT";
  CreationTimestamp?: Date;
  EndTimestamp?: Date;
  OperationId?: string;
  OperationPreferences?: StackSetOperationPreferences;
  Status?: "RUNNING" | "SUCCEEDED" | "FAILED" | "STOPPING" | "STOPPED" | "QUEUED";
  StatusDetails?: StackSetOperationStatusDetails;
  StatusReason?: string;
}

export interface StackSetSummary {
  AutoDeployment?: AutoDeployment;
  Description?: string;
  DriftStatus?: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
  LastDriftCheckTimestamp?: Date;
  ManagedExecution?: ManagedExecution;
  PermissionModel?: "SERVICE_MANAGED" | "SELF_MANAGED";
  StackSetId?: string;
  StackSetName?: string;
  Status?: "ACTIVE" | "DELETED";
}

export interface TypeFilters {
  Category?: "REGISTERED" | "ACTIVATED" | "THIRD_PARTY" | "AWS_TYPES";
  PublisherId?: string;
  TypeNamePrefix?: string;
}

export interface TypeSummary {
  DefaultVersionId?: string;
  Description?: string;
  IsActivated?: boolean;
  LastUpdated?: Date;
  LatestPublicVersion?: string;
  OriginalTypeName?: string;
  PublicVersionNumber?: string;
  PublisherId?: string;
  PublisherIdentity?: "AWS_Marketplace" | "GitHub" | "Bitbucket";
  PublisherName?: string;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeArn?: string;
  TypeName?: string;
}

export interface TypeVersionSummary {
  Arn?: string;
  Description?: string;
  IsDefaultVersion?: boolean;
  PublicVersionNumber?: string;
  TimeCreated?: Date;
  Type?: "RESOURCE" | "MODULE" | "HOOK";
  TypeName?: string;
  VersionId?: string;
}

export interface TemplateParameter {
  DefaultValue?: string;
  Description?: string;
  NoEcho?: boolean;
  ParameterKey?: string;
}

export interface RollbackTrigger {
  Arn: string;
  Type: string;
}

export interface ResourceLocation {
  LogicalResourceId: string;
  StackName: string;
}

export interface ResourceChange {
  Action?: "Add" | "Modify" | "Remove" | "Import" | "Dynamic" | "SyncWithActual";
  AfterContext?: string;
  BeforeContext?: string;
  ChangeSetId?: string;
  Details?: Array<ResourceChangeDetail>;
  LogicalResourceId?: string;
  ModuleInfo?: ModuleInfo;
  PhysicalResourceId?: string;
  PolicyAction?: "Delete" | "Retain" | "Snapshot" | "ReplaceAndDelete" | "ReplaceAndRetain" | "ReplaceAndSnapshot";
  PreviousDeploymentContext?: string;
  Replacement?: "True" | "False" | "Conditional";
  ResourceDriftIgnoredAttributes?: Array<ResourceDriftIgnoredAttribute>;
  ResourceDriftStatus?: "IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED";
  ResourceType?: string;
  Scope?: Array<"Properties" | "Metadata" | "CreationPolicy" | "UpdatePolicy" | "DeletionPolicy" | "UpdateReplacePolicy" | "Tags">;
}

export interface ChangeSetHookTargetDetails {
  ResourceTargetDetails?: ChangeSetHookResourceTargetDetails;
  TargetType?: "RESOURCE";
}

export interface WarningDetail {
  Properties?: Array<WarningProperty>;
  Type?: "MUTUALLY_EXCLUSIVE_PROPERTIES" | "UNSUPPORTED_PROPERTIES" | "MUTUALLY_EXCLUSIVE_TYPES" | "EXCLUDED_PROPERTIES" | "EXCLUDED_RESOURCES";
}

export interface StackInstanceComprehensiveStatus {
  DetailedStatus?: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED" | "INOPERABLE" | "SKIPPED_SUSPENDED_ACCOUNT" | "FAILED_IMPORT";
}

export interface StackResourceDriftInformation {
  LastCheckTimestamp?: Date;
  StackResourceDriftStatus: "IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED";
}

export interface ModuleInfo {
  LogicalIdHierarchy?: string;
  TypeHierarchy?: string;
}

export interface PhysicalResourceIdContextKeyValuePair {
  Key: string;
  Value: string;
}

export interface PropertyDifference {
  ActualValue: string;
  DifferenceType: "ADD" | "REMOVE" | "NOT_EQUAL";
  ExpectedValue: string;
  PropertyPath: string;
}

export interface StackDriftInformation {
  LastCheckTimestamp?: Date;
  StackDriftStatus: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
}

export interface OperationEntry {
  OperationId?: string;
  OperationType?: "CREATE_STACK" | "UPDATE_STACK" | "DELETE_STACK" | "CONTINUE_ROLLBACK" | "ROLLBACK" | "CREATE_CHANGESET";
}

export interface Output {
  Description?: string;
  ExportName?: string;
  OutputKey?: string;
  OutputValue?: string;
}

export interface StackSetDriftDetectionDetails {
  DriftDetectionStatus?: "COMPLETED" | "FAILED" | "PARTIAL_SUCCESS" | "IN_PROGRESS" | "STOPPED";
  DriftStatus?: "DRIFTED" | "IN_SYNC" | "NOT_CHECKED";
  DriftedStackInstancesCount?: number;
  FailedStackInstancesCount?: number;
  InProgressStackInstancesCount?: number;
  InSyncStackInstancesCount?: number;
  LastDriftCheckTimestamp?: Date;
  TotalStackInstancesCount?: number;
}

export interface StackSetOperationStatusDetails {
  FailedStackInstancesCount?: number;
}

export interface ParameterConstraints {
  AllowedValues?: Array<string>;
}

export interface StackResourceDriftInformationSummary {
  LastCheckTimestamp?: Date;
  StackResourceDriftStatus: "IN_SYNC" | "MODIFIED" | "DELETED" | "NOT_CHECKED" | "UNKNOWN" | "UNSUPPORTED";
}

export interface StackDriftInformationSummary {
  LastCheckTimestamp?: Date;
  StackDriftStatus: "DRIFTED" | "IN_SYNC" | "UNKNOWN" | "NOT_CHECKED";
}

export interface AccountGateResult {
  Status?: "SUCCEEDED" | "FAILED" | "SKIPPED";
  StatusReason?: string;
}

export interface ResourceChangeDetail {
  CausingEntity?: string;
  ChangeSource?: "ResourceReference" | "ParameterReference" | "ResourceAttribute" | "DirectModification" | "Automatic" | "NoModification";
  Evaluation?: "Static" | "Dynamic";
  Target?: ResourceTargetDefinition;
}

export interface ResourceDriftIgnoredAttribute {
  Path?: string;
  Reason?: "MANAGED_BY_AWS" | "WRITE_ONLY_PROPERTY";
}

export interface ChangeSetHookResourceTargetDetails {
  LogicalResourceId?: string;
  ResourceAction?: "Add" | "Modify" | "Remove" | "Import" | "Dynamic" | "SyncWithActual";
  ResourceType?: string;
}

export interface WarningProperty {
  Description?: string;
  PropertyPath?: string;
  Required?: boolean;
}

export interface ResourceTargetDefinition {
  AfterValue?: string;
  AfterValueFrom?: "TEMPLATE";
  Attribute?: "Properties" | "Metadata" | "CreationPolicy" | "UpdatePolicy" | "DeletionPolicy" | "UpdateReplacePolicy" | "Tags";
  AttributeChangeType?: "Add" | "Remove" | "Modify" | "SyncWithActual";
  BeforeValue?: string;
  BeforeValueFrom?: "PREVIOUS_DEPLOYMENT_STATE" | "ACTUAL_STATE";
  Drift?: LiveResourceDrift;
  Name?: string;
  Path?: string;
  RequiresRecreation?: "Never" | "Conditionally" | "Always";
}

export interface LiveResourceDrift {
  ActualValue?: string;
  DriftDetectionTimestamp?: Date;
  PreviousValue?: string;
}

/** Every operation of AWS CloudFormation; a provider implements the ones it serves. */
export interface CloudformationOperations {
  ActivateOrganizationsAccess(input: ActivateOrganizationsAccessInput, context: RequestContext): ActivateOrganizationsAccessOutput | Promise<ActivateOrganizationsAccessOutput>;
  ActivateType(input: ActivateTypeInput, context: RequestContext): ActivateTypeOutput | Promise<ActivateTypeOutput>;
  BatchDescribeTypeConfigurations(input: BatchDescribeTypeConfigurationsInput, context: RequestContext): BatchDescribeTypeConfigurationsOutput | Promise<BatchDescribeTypeConfigurationsOutput>;
  CancelUpdateStack(input: CancelUpdateStackInput, context: RequestContext): void | Promise<void>;
  ContinueUpdateRollback(input: ContinueUpdateRollbackInput, context: RequestContext): ContinueUpdateRollbackOutput | Promise<ContinueUpdateRollbackOutput>;
  CreateChangeSet(input: CreateChangeSetInput, context: RequestContext): CreateChangeSetOutput | Promise<CreateChangeSetOutput>;
  CreateGeneratedTemplate(input: CreateGeneratedTemplateInput, context: RequestContext): CreateGeneratedTemplateOutput | Promise<CreateGeneratedTemplateOutput>;
  CreateStack(input: CreateStackInput, context: RequestContext): CreateStackOutput | Promise<CreateStackOutput>;
  CreateStackInstances(input: CreateStackInstancesInput, context: RequestContext): CreateStackInstancesOutput | Promise<CreateStackInstancesOutput>;
  CreateStackRefactor(input: CreateStackRefactorInput, context: RequestContext): CreateStackRefactorOutput | Promise<CreateStackRefactorOutput>;
  CreateStackSet(input: CreateStackSetInput, context: RequestContext): CreateStackSetOutput | Promise<CreateStackSetOutput>;
  DeactivateOrganizationsAccess(input: DeactivateOrganizationsAccessInput, context: RequestContext): DeactivateOrganizationsAccessOutput | Promise<DeactivateOrganizationsAccessOutput>;
  DeactivateType(input: DeactivateTypeInput, context: RequestContext): DeactivateTypeOutput | Promise<DeactivateTypeOutput>;
  DeleteChangeSet(input: DeleteChangeSetInput, context: RequestContext): DeleteChangeSetOutput | Promise<DeleteChangeSetOutput>;
  DeleteGeneratedTemplate(input: DeleteGeneratedTemplateInput, context: RequestContext): void | Promise<void>;
  DeleteStack(input: DeleteStackInput, context: RequestContext): void | Promise<void>;
  DeleteStackInstances(input: DeleteStackInstancesInput, context: RequestContext): DeleteStackInstancesOutput | Promise<DeleteStackInstancesOutput>;
  DeleteStackSet(input: DeleteStackSetInput, context: RequestContext): DeleteStackSetOutput | Promise<DeleteStackSetOutput>;
  DeregisterType(input: DeregisterTypeInput, context: RequestContext): DeregisterTypeOutput | Promise<DeregisterTypeOutput>;
  DescribeAccountLimits(input: DescribeAccountLimitsInput, context: RequestContext): DescribeAccountLimitsOutput | Promise<DescribeAccountLimitsOutput>;
  DescribeChangeSet(input: DescribeChangeSetInput, context: RequestContext): DescribeChangeSetOutput | Promise<DescribeChangeSetOutput>;
  DescribeChangeSetHooks(input: DescribeChangeSetHooksInput, context: RequestContext): DescribeChangeSetHooksOutput | Promise<DescribeChangeSetHooksOutput>;
  DescribeEvents(input: DescribeEventsInput, context: RequestContext): DescribeEventsOutput | Promise<DescribeEventsOutput>;
  DescribeGeneratedTemplate(input: DescribeGeneratedTemplateInput, context: RequestContext): DescribeGeneratedTemplateOutput | Promise<DescribeGeneratedTemplateOutput>;
  DescribeOrganizationsAccess(input: DescribeOrganizationsAccessInput, context: RequestContext): DescribeOrganizationsAccessOutput | Promise<DescribeOrganizationsAccessOutput>;
  DescribePublisher(input: DescribePublisherInput, context: RequestContext): DescribePublisherOutput | Promise<DescribePublisherOutput>;
  DescribeResourceScan(input: DescribeResourceScanInput, context: RequestContext): DescribeResourceScanOutput | Promise<DescribeResourceScanOutput>;
  DescribeStackDriftDetectionStatus(input: DescribeStackDriftDetectionStatusInput, context: RequestContext): DescribeStackDriftDetectionStatusOutput | Promise<DescribeStackDriftDetectionStatusOutput>;
  DescribeStackEvents(input: DescribeStackEventsInput, context: RequestContext): DescribeStackEventsOutput | Promise<DescribeStackEventsOutput>;
  DescribeStackInstance(input: DescribeStackInstanceInput, context: RequestContext): DescribeStackInstanceOutput | Promise<DescribeStackInstanceOutput>;
  DescribeStackRefactor(input: DescribeStackRefactorInput, context: RequestContext): DescribeStackRefactorOutput | Promise<DescribeStackRefactorOutput>;
  DescribeStackResource(input: DescribeStackResourceInput, context: RequestContext): DescribeStackResourceOutput | Promise<DescribeStackResourceOutput>;
  DescribeStackResourceDrifts(input: DescribeStackResourceDriftsInput, context: RequestContext): DescribeStackResourceDriftsOutput | Promise<DescribeStackResourceDriftsOutput>;
  DescribeStackResources(input: DescribeStackResourcesInput, context: RequestContext): DescribeStackResourcesOutput | Promise<DescribeStackResourcesOutput>;
  DescribeStacks(input: DescribeStacksInput, context: RequestContext): DescribeStacksOutput | Promise<DescribeStacksOutput>;
  DescribeStackSet(input: DescribeStackSetInput, context: RequestContext): DescribeStackSetOutput | Promise<DescribeStackSetOutput>;
  DescribeStackSetOperation(input: DescribeStackSetOperationInput, context: RequestContext): DescribeStackSetOperationOutput | Promise<DescribeStackSetOperationOutput>;
  DescribeType(input: DescribeTypeInput, context: RequestContext): DescribeTypeOutput | Promise<DescribeTypeOutput>;
  DescribeTypeRegistration(input: DescribeTypeRegistrationInput, context: RequestContext): DescribeTypeRegistrationOutput | Promise<DescribeTypeRegistrationOutput>;
  DetectStackDrift(input: DetectStackDriftInput, context: RequestContext): DetectStackDriftOutput | Promise<DetectStackDriftOutput>;
  DetectStackResourceDrift(input: DetectStackResourceDriftInput, context: RequestContext): DetectStackResourceDriftOutput | Promise<DetectStackResourceDriftOutput>;
  DetectStackSetDrift(input: DetectStackSetDriftInput, context: RequestContext): DetectStackSetDriftOutput | Promise<DetectStackSetDriftOutput>;
  EstimateTemplateCost(input: EstimateTemplateCostInput, context: RequestContext): EstimateTemplateCostOutput | Promise<EstimateTemplateCostOutput>;
  ExecuteChangeSet(input: ExecuteChangeSetInput, context: RequestContext): ExecuteChangeSetOutput | Promise<ExecuteChangeSetOutput>;
  ExecuteStackRefactor(input: ExecuteStackRefactorInput, context: RequestContext): void | Promise<void>;
  GetGeneratedTemplate(input: GetGeneratedTemplateInput, context: RequestContext): GetGeneratedTemplateOutput | Promise<GetGeneratedTemplateOutput>;
  GetHookResult(input: GetHookResultInput, context: RequestContext): GetHookResultOutput | Promise<GetHookResultOutput>;
  GetStackPolicy(input: GetStackPolicyInput, context: RequestContext): GetStackPolicyOutput | Promise<GetStackPolicyOutput>;
  GetTemplate(input: GetTemplateInput, context: RequestContext): GetTemplateOutput | Promise<GetTemplateOutput>;
  GetTemplateSummary(input: GetTemplateSummaryInput, context: RequestContext): GetTemplateSummaryOutput | Promise<GetTemplateSummaryOutput>;
  ImportStacksToStackSet(input: ImportStacksToStackSetInput, context: RequestContext): ImportStacksToStackSetOutput | Promise<ImportStacksToStackSetOutput>;
  ListChangeSets(input: ListChangeSetsInput, context: RequestContext): ListChangeSetsOutput | Promise<ListChangeSetsOutput>;
  ListExports(input: ListExportsInput, context: RequestContext): ListExportsOutput | Promise<ListExportsOutput>;
  ListGeneratedTemplates(input: ListGeneratedTemplatesInput, context: RequestContext): ListGeneratedTemplatesOutput | Promise<ListGeneratedTemplatesOutput>;
  ListHookResults(input: ListHookResultsInput, context: RequestContext): ListHookResultsOutput | Promise<ListHookResultsOutput>;
  ListImports(input: ListImportsInput, context: RequestContext): ListImportsOutput | Promise<ListImportsOutput>;
  ListResourceScanRelatedResources(input: ListResourceScanRelatedResourcesInput, context: RequestContext): ListResourceScanRelatedResourcesOutput | Promise<ListResourceScanRelatedResourcesOutput>;
  ListResourceScanResources(input: ListResourceScanResourcesInput, context: RequestContext): ListResourceScanResourcesOutput | Promise<ListResourceScanResourcesOutput>;
  ListResourceScans(input: ListResourceScansInput, context: RequestContext): ListResourceScansOutput | Promise<ListResourceScansOutput>;
  ListStackInstanceResourceDrifts(input: ListStackInstanceResourceDriftsInput, context: RequestContext): ListStackInstanceResourceDriftsOutput | Promise<ListStackInstanceResourceDriftsOutput>;
  ListStackInstances(input: ListStackInstancesInput, context: RequestContext): ListStackInstancesOutput | Promise<ListStackInstancesOutput>;
  ListStackRefactorActions(input: ListStackRefactorActionsInput, context: RequestContext): ListStackRefactorActionsOutput | Promise<ListStackRefactorActionsOutput>;
  ListStackRefactors(input: ListStackRefactorsInput, context: RequestContext): ListStackRefactorsOutput | Promise<ListStackRefactorsOutput>;
  ListStackResources(input: ListStackResourcesInput, context: RequestContext): ListStackResourcesOutput | Promise<ListStackResourcesOutput>;
  ListStacks(input: ListStacksInput, context: RequestContext): ListStacksOutput | Promise<ListStacksOutput>;
  ListStackSetAutoDeploymentTargets(input: ListStackSetAutoDeploymentTargetsInput, context: RequestContext): ListStackSetAutoDeploymentTargetsOutput | Promise<ListStackSetAutoDeploymentTargetsOutput>;
  ListStackSetOperationResults(input: ListStackSetOperationResultsInput, context: RequestContext): ListStackSetOperationResultsOutput | Promise<ListStackSetOperationResultsOutput>;
  ListStackSetOperations(input: ListStackSetOperationsInput, context: RequestContext): ListStackSetOperationsOutput | Promise<ListStackSetOperationsOutput>;
  ListStackSets(input: ListStackSetsInput, context: RequestContext): ListStackSetsOutput | Promise<ListStackSetsOutput>;
  ListTypeRegistrations(input: ListTypeRegistrationsInput, context: RequestContext): ListTypeRegistrationsOutput | Promise<ListTypeRegistrationsOutput>;
  ListTypes(input: ListTypesInput, context: RequestContext): ListTypesOutput | Promise<ListTypesOutput>;
  ListTypeVersions(input: ListTypeVersionsInput, context: RequestContext): ListTypeVersionsOutput | Promise<ListTypeVersionsOutput>;
  PublishType(input: PublishTypeInput, context: RequestContext): PublishTypeOutput | Promise<PublishTypeOutput>;
  RecordHandlerProgress(input: RecordHandlerProgressInput, context: RequestContext): RecordHandlerProgressOutput | Promise<RecordHandlerProgressOutput>;
  RegisterPublisher(input: RegisterPublisherInput, context: RequestContext): RegisterPublisherOutput | Promise<RegisterPublisherOutput>;
  RegisterType(input: RegisterTypeInput, context: RequestContext): RegisterTypeOutput | Promise<RegisterTypeOutput>;
  RollbackStack(input: RollbackStackInput, context: RequestContext): RollbackStackOutput | Promise<RollbackStackOutput>;
  SetStackPolicy(input: SetStackPolicyInput, context: RequestContext): void | Promise<void>;
  SetTypeConfiguration(input: SetTypeConfigurationInput, context: RequestContext): SetTypeConfigurationOutput | Promise<SetTypeConfigurationOutput>;
  SetTypeDefaultVersion(input: SetTypeDefaultVersionInput, context: RequestContext): SetTypeDefaultVersionOutput | Promise<SetTypeDefaultVersionOutput>;
  SignalResource(input: SignalResourceInput, context: RequestContext): void | Promise<void>;
  StartResourceScan(input: StartResourceScanInput, context: RequestContext): StartResourceScanOutput | Promise<StartResourceScanOutput>;
  StopStackSetOperation(input: StopStackSetOperationInput, context: RequestContext): StopStackSetOperationOutput | Promise<StopStackSetOperationOutput>;
  TestType(input: TestTypeInput, context: RequestContext): TestTypeOutput | Promise<TestTypeOutput>;
  UpdateGeneratedTemplate(input: UpdateGeneratedTemplateInput, context: RequestContext): UpdateGeneratedTemplateOutput | Promise<UpdateGeneratedTemplateOutput>;
  UpdateStack(input: UpdateStackInput, context: RequestContext): UpdateStackOutput | Promise<UpdateStackOutput>;
  UpdateStackInstances(input: UpdateStackInstancesInput, context: RequestContext): UpdateStackInstancesOutput | Promise<UpdateStackInstancesOutput>;
  UpdateStackSet(input: UpdateStackSetInput, context: RequestContext): UpdateStackSetOutput | Promise<UpdateStackSetOutput>;
  UpdateTerminationProtection(input: UpdateTerminationProtectionInput, context: RequestContext): UpdateTerminationProtectionOutput | Promise<UpdateTerminationProtectionOutput>;
  ValidateTemplate(input: ValidateTemplateInput, context: RequestContext): ValidateTemplateOutput | Promise<ValidateTemplateOutput>;
}
