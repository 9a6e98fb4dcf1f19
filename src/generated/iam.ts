// Generated from models/iam.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AcceptDelegationRequestRequest {
  DelegationRequestId: string;
}

export interface AddClientIDToOpenIDConnectProviderRequest {
  ClientID: string;
  OpenIDConnectProviderArn: string;
}

export interface AddRoleToInstanceProfileRequest {
  InstanceProfileName: string;
  RoleName: string;
}

export interface AddUserToGroupRequest {
  GroupName: string;
  UserName: string;
}

export interface AssociateDelegationRequestRequest {
  DelegationRequestId: string;
}

export interface AttachGroupPolicyRequest {
  GroupName: string;
  PolicyArn: string;
}

export interface AttachRolePolicyRequest {
  PolicyArn: string;
  RoleName: string;
}

export interface AttachUserPolicyRequest {
  PolicyArn: string;
  UserName: string;
}

export interface ChangePasswordRequest {
  NewPassword: string;
  OldPassword: string;
}

export interface CreateAccessKeyRequest {
  UserName?: string;
}

export interface CreateAccessKeyResponse {
  AccessKey: AccessKey;
}

export interface CreateAccountAliasRequest {
  AccountAlias: string;
}

export interface CreateDelegationRequestRequest {
  Description: string;
  NotificationChannel: string;
  OnlySendByOwner?: boolean;
  OwnerAccountId?: string;
  Permissions: DelegationPermission;
  RedirectUrl?: string;
  RequestMessage?: string;
  RequestorWorkflowId: string;
  SessionDuration: number;
}

export interface CreateDelegationRequestResponse {
  ConsoleDeepLink?: string;
  DelegationRequestId?: string;
}

export interface CreateGroupRequest {
  GroupName: string;
  Path?: string;
}

export interface CreateGroupResponse {
  Group: Group;
}

export interface CreateInstanceProfileRequest {
  InstanceProfileName: string;
  Path?: string;
  Tags?: Array<TagShape>;
}

export interface CreateInstanceProfileResponse {
  InstanceProfile: InstanceProfile;
}

export interface CreateLoginProfileRequest {
  Password?: string;
  PasswordResetRequired?: boolean;
  UserName?: string;
}

export interface CreateLoginProfileResponse {
  LoginProfile: LoginProfile;
}

export interface CreateOpenIDConnectProviderRequest {
  ClientIDList?: Array<string>;
  Tags?: Array<TagShape>;
  ThumbprintList?: Array<string>;
  Url: string;
}

export interface CreateOpenIDConnectProviderResponse {
  OpenIDConnectProviderArn?: string;
  Tags?: Array<TagShape>;
}

export interface CreatePolicyRequest {
  Description?: string;
  Path?: string;
  PolicyDocument: string;
  PolicyName: string;
  Tags?: Array<TagShape>;
}

export interface CreatePolicyResponse {
  Policy?: Policy;
}

export interface CreatePolicyVersionRequest {
  PolicyArn: string;
  PolicyDocument: string;
  SetAsDefault?: boolean;
}

export interface CreatePolicyVersionResponse {
  PolicyVersion?: PolicyVersion;
}

export interface CreateRoleRequest {
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  Path?: string;
  PermissionsBoundary?: string;
  RoleName: string;
  Tags?: Array<TagShape>;
}

export interface CreateRoleResponse {
  Role: Role;
}

export interface CreateSAMLProviderRequest {
  AddPrivateKey?: string;
  AssertionEncryptionMode?: "Required" | "Allowed";
  Name: string;
  SAMLMetadataDocument: string;
  Tags?: Array<TagShape>;
}

export interface CreateSAMLProviderResponse {
  SAMLProviderArn?: string;
  Tags?: Array<TagShape>;
}

export interface CreateServiceLinkedRoleRequest {
  AWSServiceName: string;
  CustomSuffix?: string;
  Description?: string;
}

export interface CreateServiceLinkedRoleResponse {
  Role?: Role;
}

export interface CreateServiceSpecificCredentialRequest {
  CredentialAgeDays?: number;
  ServiceName: string;
  UserName: string;
}

export interface CreateServiceSpecificCredentialResponse {
  ServiceSpecificCredential?: ServiceSpecificCredential;
}

export interface CreateUserRequest {
  Path?: string;
  PermissionsBoundary?: string;
  Tags?: Array<TagShape>;
  UserName: string;
}

export interface CreateUserResponse {
  User?: User;
}

export interface CreateVirtualMFADeviceRequest {
  Path?: string;
  Tags?: Array<TagShape>;
  VirtualMFADeviceName: string;
}

export interface CreateVirtualMFADeviceResponse {
  VirtualMFADevice: VirtualMFADevice;
}

export interface DeactivateMFADeviceRequest {
  SerialNumber: string;
  UserName?: string;
}

export interface DeleteAccessKeyRequest {
  AccessKeyId: string;
  UserName?: string;
}

export interface DeleteAccountAliasRequest {
  AccountAlias: string;
}

export interface DeleteGroupRequest {
  GroupName: string;
}

export interface DeleteGroupPolicyRequest {
  GroupName: string;
  PolicyName: string;
}

export interface DeleteInstanceProfileRequest {
  InstanceProfileName: string;
}

export interface DeleteLoginProfileRequest {
  UserName?: string;
}

export interface DeleteOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: string;
}

export interface DeletePolicyRequest {
  PolicyArn: string;
}

export interface DeletePolicyVersionRequest {
  PolicyArn: string;
  VersionId: string;
}

export interface DeleteRoleRequest {
  RoleName: string;
}

export interface DeleteRolePermissionsBoundaryRequest {
  RoleName: string;
}

export interface DeleteRolePolicyRequest {
  PolicyName: string;
  RoleName: string;
}

export interface DeleteSAMLProviderRequest {
  SAMLProviderArn: string;
}

export interface DeleteServerCertificateRequest {
  ServerCertificateName: string;
}

export interface DeleteServiceLinkedRoleRequest {
  RoleName: string;
}

export interface DeleteServiceLinkedRoleResponse {
  DeletionTaskId: string;
}

export interface DeleteServiceSpecificCredentialRequest {
  ServiceSpecificCredentialId: string;
  UserName?: string;
}

export interface DeleteSigningCertificateRequest {
  CertificateId: string;
  UserName?: string;
}

export interface DeleteSSHPublicKeyRequest {
  SSHPublicKeyId: string;
  UserName: string;
}

export interface DeleteUserRequest {
  UserName: string;
}

export interface DeleteUserPermissionsBoundaryRequest {
  UserName: string;
}

export interface DeleteUserPolicyRequest {
  PolicyName: string;
  UserName: string;
}

export interface DeleteVirtualMFADeviceRequest {
  SerialNumber: string;
}

export interface DetachGroupPolicyRequest {
  GroupName: string;
  PolicyArn: string;
}

export interface DetachRolePolicyRequest {
  PolicyArn: string;
  RoleName: string;
}

export interface DetachUserPolicyRequest {
  PolicyArn: string;
  UserName: string;
}

export interface DisableOrganizationsRootCredentialsManagementRequest {
}

export interface DisableOrganizationsRootCredentialsManagementResponse {
  EnabledFeatures?: Array<"RootCredentialsManagement" | "RootSessions">;
  OrganizationId?: string;
}

export interface DisableOrganizationsRootSessionsRequest {
}

export interface DisableOrganizationsRootSessionsResponse {
  EnabledFeatures?: Array<"RootCredentialsManagement" | "RootSessions">;
  OrganizationId?: string;
}

export interface EnableMFADeviceRequest {
  AuthenticationCode1: string;
  AuthenticationCode2: string;
  SerialNumber: string;
  UserName: string;
}

export interface EnableOrganizationsRootCredentialsManagementRequest {
}

export interface EnableOrganizationsRootCredentialsManagementResponse {
  EnabledFeatures?: Array<"RootCredentialsManagement" | "RootSessions">;
  OrganizationId?: string;
}

export interface EnableOrganizationsRootSessionsRequest {
}

export interface EnableOrganizationsRootSessionsResponse {
  EnabledFeatures?: Array<"RootCredentialsManagement" | "RootSessions">;
  OrganizationId?: string;
}

export interface EnableOutboundWebIdentityFederationResponse {
  IssuerIdentifier?: string;
}

export interface GenerateCredentialReportResponse {
  Description?: string;
  State?: "STARTED" | "INPROGRESS" | "COMPLETE";
}

export interface GenerateOrganizationsAccessReportRequest {
  EntityPath: string;
  OrganizationsPolicyId?: string;
}

export interface GenerateOrganizationsAccessReportResponse {
  JobId?: string;
}

export interface GenerateServiceLastAccessedDetailsRequest {
  Arn: string;
  Granularity?: "SERVICE_LEVEL" | "ACTION_LEVEL";
}

export interface GenerateServiceLastAccessedDetailsResponse {
  JobId?: string;
}

export interface GetAccessKeyLastUsedRequest {
  AccessKeyId: string;
}

export interface GetAccessKeyLastUsedResponse {
  AccessKeyLastUsed?: AccessKeyLastUsed;
  UserName?: string;
}

export interface GetAccountAuthorizationDetailsRequest {
  Filter?: Array<"User" | "Role" | "Group" | "LocalManagedPolicy" | "AWSManagedPolicy">;
  Marker?: string;
  MaxItems?: number;
}

export interface GetAccountAuthorizationDetailsResponse {
  GroupDetailList?: Array<GroupDetail>;
  IsTruncated?: boolean;
  Marker?: string;
  Policies?: Array<ManagedPolicyDetail>;
  RoleDetailList?: Array<RoleDetail>;
  UserDetailList?: Array<UserDetail>;
}

export interface GetAccountPasswordPolicyResponse {
  PasswordPolicy: PasswordPolicy;
}

export interface GetAccountSummaryResponse {
  SummaryMap?: Record<string, number>;
}

export interface GetContextKeysForCustomPolicyRequest {
  PolicyInputList: Array<string>;
}

export interface GetContextKeysForPolicyResponse {
  ContextKeyNames?: Array<string>;
}

export interface GetContextKeysForPrincipalPolicyRequest {
  PolicyInputList?: Array<string>;
  PolicySourceArn: string;
}

export interface GetCredentialReportResponse {
  Content?: Buffer;
  GeneratedTime?: Date;
  ReportFormat?: "text/csv";
}

export interface GetDelegationRequestRequest {
  DelegationPermissionCheck?: boolean;
  DelegationRequestId: string;
}

export interface GetDelegationRequestResponse {
  DelegationRequest?: DelegationRequest;
  PermissionCheckResult?: "ALLOWED" | "DENIED" | "UNSURE";
  PermissionCheckStatus?: "COMPLETE" | "IN_PROGRESS" | "FAILED";
}

export interface GetGroupRequest {
  GroupName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface GetGroupResponse {
  Group: Group;
  IsTruncated?: boolean;
  Marker?: string;
  Users: Array<User>;
}

export interface GetGroupPolicyRequest {
  GroupName: string;
  PolicyName: string;
}

export interface GetGroupPolicyResponse {
  GroupName: string;
  PolicyDocument: string;
  PolicyName: string;
}

export interface GetHumanReadableSummaryRequest {
  EntityArn: string;
  Locale?: string;
}

export interface GetHumanReadableSummaryResponse {
  Locale?: string;
  SummaryContent?: string;
  SummaryState?: "AVAILABLE" | "NOT_AVAILABLE" | "NOT_SUPPORTED" | "FAILED";
}

export interface GetInstanceProfileRequest {
  InstanceProfileName: string;
}

export interface GetInstanceProfileResponse {
  InstanceProfile: InstanceProfile;
}

export interface GetLoginProfileRequest {
  UserName?: string;
}

export interface GetLoginProfileResponse {
  LoginProfile: LoginProfile;
}

export interface GetMFADeviceRequest {
  SerialNumber: string;
  UserName?: string;
}

export interface GetMFADeviceResponse {
  Certifications?: Record<string, string>;
  EnableDate?: Date;
  SerialNumber: string;
  UserName?: string;
}

export interface GetOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: string;
}

export interface GetOpenIDConnectProviderResponse {
  ClientIDList?: Array<string>;
  CreateDate?: Date;
  Tags?: Array<TagShape>;
  ThumbprintList?: Array<string>;
  Url?: string;
}

export interface GetOrganizationsAccessReportRequest {
  JobId: string;
  Marker?: string;
  MaxItems?: number;
  SortKey?: "SERVICE_NAMESPACE_ASCENDING" | "SERVICE_NAMESPACE_DESCENDING" | "LAST_AUTHENTICATED_TIME_ASCENDING" | "LAST_AUTHENTICATED_TIME_DESCENDING";
}

export interface GetOrganizationsAccessReportResponse {
  AccessDetails?: Array<AccessDetail>;
  ErrorDetails?: ErrorDetails;
  IsTruncated?: boolean;
  JobCompletionDate?: Date;
  JobCreationDate: Date;
  JobStatus: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  Marker?: string;
  NumberOfServicesAccessible?: number;
  NumberOfServicesNotAccessed?: number;
}

export interface GetOutboundWebIdentityFederationInfoResponse {
  IssuerIdentifier?: string;
  JwtVendingEnabled?: boolean;
}

export interface GetPolicyRequest {
  PolicyArn: string;
}

export interface GetPolicyResponse {
  Policy?: Policy;
}

export interface GetPolicyVersionRequest {
  PolicyArn: string;
  VersionId: string;
}

export interface GetPolicyVersionResponse {
  PolicyVersion?: PolicyVersion;
}

export interface GetRoleRequest {
  RoleName: string;
}

export interface GetRoleResponse {
  Role: Role;
}

export interface GetRolePolicyRequest {
  PolicyName: string;
  RoleName: string;
}

export interface GetRolePolicyResponse {
  PolicyDocument: string;
  PolicyName: string;
  RoleName: string;
}

export interface GetSAMLProviderRequest {
  SAMLProviderArn: string;
}

export interface GetSAMLProviderResponse {
  AssertionEncryptionMode?: "Required" | "Allowed";
  CreateDate?: Date;
  PrivateKeyList?: Array<SAMLPrivateKey>;
  SAMLMetadataDocument?: string;
  SAMLProviderUUID?: string;
  Tags?: Array<TagShape>;
  ValidUntil?: Date;
}

export interface GetServerCertificateRequest {
  ServerCertificateName: string;
}

export interface GetServerCertificateResponse {
  ServerCertificate: ServerCertificate;
}

export interface GetServiceLastAccessedDetailsRequest {
  JobId: string;
  Marker?: string;
  MaxItems?: number;
}

export interface GetServiceLastAccessedDetailsResponse {
  Error?: ErrorDetails;
  IsTruncated?: boolean;
  JobCompletionDate: Date;
  JobCreationDate: Date;
  JobStatus: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  JobType?: "SERVICE_LEVEL" | "ACTION_LEVEL";
  Marker?: string;
  ServicesLastAccessed: Array<ServiceLastAccessed>;
}

export interface GetServiceLastAccessedDetailsWithEntitiesRequest {
  JobId: string;
  Marker?: string;
  MaxItems?: number;
  ServiceNamespace: string;
}

export interface GetServiceLastAccessedDetailsWithEntitiesResponse {
  EntityDetailsList: Array<EntityDetails>;
  Error?: ErrorDetails;
  IsTruncated?: boolean;
  JobCompletionDate: Date;
  JobCreationDate: Date;
  JobStatus: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  Marker?: string;
}

export interface GetServiceLinkedRoleDeletionStatusRequest {
  DeletionTaskId: string;
}

export interface GetServiceLinkedRoleDeletionStatusResponse {
  Reason?: DeletionTaskFailureReasonType;
  Status: "SUCCEEDED" | "IN_PROGRESS" | "FAILED" | "NOT_STARTED";
}

export interface GetSSHPublicKeyRequest {
  Encoding: "SSH" | "PEM";
  SSHPublicKeyId: string;
  UserName: string;
}

export interface GetSSHPublicKeyResponse {
  SSHPublicKey?: SSHPublicKey;
}

export interface GetUserRequest {
  UserName?: string;
}

export interface GetUserResponse {
  User: User;
}

export interface GetUserPolicyRequest {
  PolicyName: string;
  UserName: string;
}

export interface GetUserPolicyResponse {
  PolicyDocument: string;
  PolicyName: string;
  UserName: string;
}

export interface ListAccessKeysRequest {
  Marker?: string;
  MaxItems?: number;
  UserName?: string;
}

export interface ListAccessKeysResponse {
  AccessKeyMetadata: Array<AccessKeyMetadata>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListAccountAliasesRequest {
  Marker?: string;
  MaxItems?: number;
}

export interface ListAccountAliasesResponse {
  AccountAliases: Array<string>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListAttachedGroupPoliciesRequest {
  GroupName: string;
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
}

export interface ListAttachedGroupPoliciesResponse {
  AttachedPolicies?: Array<AttachedPolicy>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListAttachedRolePoliciesRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
  RoleName: string;
}

export interface ListAttachedRolePoliciesResponse {
  AttachedPolicies?: Array<AttachedPolicy>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListAttachedUserPoliciesRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
  UserName: string;
}

export interface ListAttachedUserPoliciesResponse {
  AttachedPolicies?: Array<AttachedPolicy>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListDelegationRequestsRequest {
  Marker?: string;
  MaxItems?: number;
  OwnerId?: string;
}

export interface ListDelegationRequestsResponse {
  DelegationRequests?: Array<DelegationRequest>;
  Marker?: string;
  isTruncated?: boolean;
}

export interface ListEntitiesForPolicyRequest {
  EntityFilter?: "User" | "Role" | "Group" | "LocalManagedPolicy" | "AWSManagedPolicy";
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
  PolicyArn: string;
  PolicyUsageFilter?: "PermissionsPolicy" | "PermissionsBoundary";
}

export interface ListEntitiesForPolicyResponse {
  IsTruncated?: boolean;
  Marker?: string;
  PolicyGroups?: Array<PolicyGroup>;
  PolicyRoles?: Array<PolicyRole>;
  PolicyUsers?: Array<PolicyUser>;
}

export interface ListGroupPoliciesRequest {
  GroupName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListGroupPoliciesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  PolicyNames: Array<string>;
}

export interface ListGroupsRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
}

export interface ListGroupsResponse {
  Groups: Array<Group>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListGroupsForUserRequest {
  Marker?: string;
  MaxItems?: number;
  UserName: string;
}

export interface ListGroupsForUserResponse {
  Groups: Array<Group>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListInstanceProfilesRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
}

export interface ListInstanceProfilesResponse {
  InstanceProfiles: Array<InstanceProfile>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListInstanceProfilesForRoleRequest {
  Marker?: string;
  MaxItems?: number;
  RoleName: string;
}

export interface ListInstanceProfilesForRoleResponse {
  InstanceProfiles: Array<InstanceProfile>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListInstanceProfileTagsRequest {
  InstanceProfileName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListInstanceProfileTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListMFADevicesRequest {
  Marker?: string;
  MaxItems?: number;
  UserName?: string;
}

export interface ListMFADevicesResponse {
  IsTruncated?: boolean;
  MFADevices: Array<MFADevice>;
  Marker?: string;
}

export interface ListMFADeviceTagsRequest {
  Marker?: string;
  MaxItems?: number;
  SerialNumber: string;
}

export interface ListMFADeviceTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListOpenIDConnectProvidersRequest {
}

export interface ListOpenIDConnectProvidersResponse {
  OpenIDConnectProviderList?: Array<OpenIDConnectProviderListEntry>;
}

export interface ListOpenIDConnectProviderTagsRequest {
  Marker?: string;
  MaxItems?: number;
  OpenIDConnectProviderArn: string;
}

export interface ListOpenIDConnectProviderTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListOrganizationsFeaturesRequest {
}

export interface ListOrganizationsFeaturesResponse {
  EnabledFeatures?: Array<"RootCredentialsManagement" | "RootSessions">;
  OrganizationId?: string;
}

export interface ListPoliciesRequest {
  Marker?: string;
  MaxItems?: number;
  OnlyAttached?: boolean;
  PathPrefix?: string;
  PolicyUsageFilter?: "PermissionsPolicy" | "PermissionsBoundary";
  Scope?: "All" | "AWS" | "Local";
}

export interface ListPoliciesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Policies?: Array<Policy>;
}

export interface ListPoliciesGrantingServiceAccessRequest {
  Arn: string;
  Marker?: string;
  ServiceNamespaces: Array<string>;
}

export interface ListPoliciesGrantingServiceAccessResponse {
  IsTruncated?: boolean;
  Marker?: string;
  PoliciesGrantingServiceAccess: Array<ListPoliciesGrantingServiceAccessEntry>;
}

export interface ListPolicyTagsRequest {
  Marker?: string;
  MaxItems?: number;
  PolicyArn: string;
}

export interface ListPolicyTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListPolicyVersionsRequest {
  Marker?: string;
  MaxItems?: number;
  PolicyArn: string;
}

export interface ListPolicyVersionsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Versions?: Array<PolicyVersion>;
}

export interface ListRolePoliciesRequest {
  Marker?: string;
  MaxItems?: number;
  RoleName: string;
}

export interface ListRolePoliciesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  PolicyNames: Array<string>;
}

export interface ListRolesRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
}

export interface ListRolesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Roles: Array<Role>;
}

export interface ListRoleTagsRequest {
  Marker?: string;
  MaxItems?: number;
  RoleName: string;
}

export interface ListRoleTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListSAMLProvidersRequest {
}

export interface ListSAMLProvidersResponse {
  SAMLProviderList?: Array<SAMLProviderListEntry>;
}

export interface ListSAMLProviderTagsRequest {
  Marker?: string;
  MaxItems?: number;
  SAMLProviderArn: string;
}

export interface ListSAMLProviderTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListServerCertificatesRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
}

export interface ListServerCertificatesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  ServerCertificateMetadataList: Array<ServerCertificateMetadata>;
}

export interface ListServerCertificateTagsRequest {
  Marker?: string;
  MaxItems?: number;
  ServerCertificateName: string;
}

export interface ListServerCertificateTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListServiceSpecificCredentialsRequest {
  AllUsers?: boolean;
  Marker?: string;
  MaxItems?: number;
  ServiceName?: string;
  UserName?: string;
}

export interface ListServiceSpecificCredentialsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  ServiceSpecificCredentials?: Array<ServiceSpecificCredentialMetadata>;
}

export interface ListSigningCertificatesRequest {
  Marker?: string;
  MaxItems?: number;
  UserName?: string;
}

export interface ListSigningCertificatesResponse {
  Certificates: Array<SigningCertificate>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface ListSSHPublicKeysRequest {
  Marker?: string;
  MaxItems?: number;
  UserName?: string;
}

export interface ListSSHPublicKeysResponse {
  IsTruncated?: boolean;
  Marker?: string;
  SSHPublicKeys?: Array<SSHPublicKeyMetadata>;
}

export interface ListUserPoliciesRequest {
  Marker?: string;
  MaxItems?: number;
  UserName: string;
}

export interface ListUserPoliciesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  PolicyNames: Array<string>;
}

export interface ListUsersRequest {
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
}

export interface ListUsersResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Users: Array<User>;
}

export interface ListUserTagsRequest {
  Marker?: string;
  MaxItems?: number;
  UserName: string;
}

export interface ListUserTagsResponse {
  IsTruncated?: boolean;
  Marker?: string;
  Tags: Array<TagShape>;
}

export interface ListVirtualMFADevicesRequest {
  AssignmentStatus?: "Assigned" | "Unassigned" | "Any";
  Marker?: string;
  MaxItems?: number;
}

export interface ListVirtualMFADevicesResponse {
  IsTruncated?: boolean;
  Marker?: string;
  VirtualMFADevices: Array<VirtualMFADevice>;
}

export interface PutGroupPolicyRequest {
  GroupName: string;
  PolicyDocument: string;
  PolicyName: string;
}

export interface PutRolePermissionsBoundaryRequest {
  PermissionsBoundary: string;
  RoleName: string;
}

export interface PutRolePolicyRequest {
  PolicyDocument: string;
  PolicyName: string;
  RoleName: string;
}

export interface PutUserPermissionsBoundaryRequest {
  PermissionsBoundary: string;
  UserName: string;
}

export interface PutUserPolicyRequest {
  PolicyDocument: string;
  PolicyName: string;
  UserName: string;
}

export interface RejectDelegationRequestRequest {
  DelegationRequestId: string;
  Notes?: string;
}

export interface RemoveClientIDFromOpenIDConnectProviderRequest {
  ClientID: string;
  OpenIDConnectProviderArn: string;
}

export interface RemoveRoleFromInstanceProfileRequest {
  InstanceProfileName: string;
  RoleName: string;
}

export interface RemoveUserFromGroupRequest {
  GroupName: string;
  UserName: string;
}

export interface ResetServiceSpecificCredentialRequest {
  ServiceSpecificCredentialId: string;
  UserName?: string;
}

export interface ResetServiceSpecificCredentialResponse {
  ServiceSpecificCredential?: ServiceSpecificCredential;
}

export interface ResyncMFADeviceRequest {
  AuthenticationCode1: string;
  AuthenticationCode2: string;
  SerialNumber: string;
  UserName: string;
}

export interface SendDelegationTokenRequest {
  DelegationRequestId: string;
}

export interface SetDefaultPolicyVersionRequest {
  PolicyArn: string;
  VersionId: string;
}

export interface SetSecurityTokenServicePreferencesRequest {
  GlobalEndpointTokenVersion: "v1Token" | "v2Token";
}

export interface SimulateCustomPolicyRequest {
  ActionNames: Array<string>;
  CallerArn?: string;
  ContextEntries?: Array<ContextEntry>;
  Marker?: string;
  MaxItems?: number;
  PermissionsBoundaryPolicyInputList?: Array<string>;
  PolicyInputList: Array<string>;
  ResourceArns?: Array<string>;
  ResourceHandlingOption?: string;
  ResourceOwner?: string;
  ResourcePolicy?: string;
}

export interface SimulatePolicyResponse {
  EvaluationResults?: Array<EvaluationResult>;
  IsTruncated?: boolean;
  Marker?: string;
}

export interface SimulatePrincipalPolicyRequest {
  ActionNames: Array<string>;
  CallerArn?: string;
  ContextEntries?: Array<ContextEntry>;
  Marker?: string;
  MaxItems?: number;
  PermissionsBoundaryPolicyInputList?: Array<string>;
  PolicyInputList?: Array<string>;
  PolicySourceArn: string;
  ResourceArns?: Array<string>;
  ResourceHandlingOption?: string;
  ResourceOwner?: string;
  ResourcePolicy?: string;
}

export interface TagInstanceProfileRequest {
  InstanceProfileName: string;
  Tags: Array<TagShape>;
}

export interface TagMFADeviceRequest {
  SerialNumber: string;
  Tags: Array<TagShape>;
}

export interface TagOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: string;
  Tags: Array<TagShape>;
}

export interface TagPolicyRequest {
  PolicyArn: string;
  Tags: Array<TagShape>;
}

export interface TagRoleRequest {
  RoleName: string;
  Tags: Array<TagShape>;
}

export interface TagSAMLProviderRequest {
  SAMLProviderArn: string;
  Tags: Array<TagShape>;
}

export interface TagServerCertificateRequest {
  ServerCertificateName: string;
  Tags: Array<TagShape>;
}

export interface TagUserRequest {
  Tags: Array<TagShape>;
  UserName: string;
}

export interface UntagInstanceProfileRequest {
  InstanceProfileName: string;
  TagKeys: Array<string>;
}

export interface UntagMFADeviceRequest {
  SerialNumber: string;
  TagKeys: Array<string>;
}

export interface UntagOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: string;
  TagKeys: Array<string>;
}

export interface UntagPolicyRequest {
  PolicyArn: string;
  TagKeys: Array<string>;
}

export interface UntagRoleRequest {
  RoleName: string;
  TagKeys: Array<string>;
}

export interface UntagSAMLProviderRequest {
  SAMLProviderArn: string;
  TagKeys: Array<string>;
}

export interface UntagServerCertificateRequest {
  ServerCertificateName: string;
  TagKeys: Array<string>;
}

export interface UntagUserRequest {
  TagKeys: Array<string>;
  UserName: string;
}

export interface UpdateAccessKeyRequest {
  AccessKeyId: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName?: string;
}

export interface UpdateAccountPasswordPolicyRequest {
  AllowUsersToChangePassword?: boolean;
  HardExpiry?: boolean;
  MaxPasswordAge?: number;
  MinimumPasswordLength?: number;
  PasswordReusePrevention?: number;
  RequireLowercaseCharacters?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
  RequireUppercaseCharacters?: boolean;
}

export interface UpdateAssumeRolePolicyRequest {
  PolicyDocument: string;
  RoleName: string;
}

export interface UpdateDelegationRequestRequest {
  DelegationRequestId: string;
  Notes?: string;
}

export interface UpdateGroupRequest {
  GroupName: string;
  NewGroupName?: string;
  NewPath?: string;
}

export interface UpdateLoginProfileRequest {
  Password?: string;
  PasswordResetRequired?: boolean;
  UserName: string;
}

export interface UpdateOpenIDConnectProviderThumbprintRequest {
  OpenIDConnectProviderArn: string;
  ThumbprintList: Array<string>;
}

export interface UpdateRoleRequest {
  Description?: string;
  MaxSessionDuration?: number;
  RoleName: string;
}

export interface UpdateRoleResponse {
}

export interface UpdateRoleDescriptionRequest {
  Description: string;
  RoleName: string;
}

export interface UpdateRoleDescriptionResponse {
  Role?: Role;
}

export interface UpdateSAMLProviderRequest {
  AddPrivateKey?: string;
  AssertionEncryptionMode?: "Required" | "Allowed";
  RemovePrivateKey?: string;
  SAMLMetadataDocument?: string;
  SAMLProviderArn: string;
}

export interface UpdateSAMLProviderResponse {
  SAMLProviderArn?: string;
}

export interface UpdateServerCertificateRequest {
  NewPath?: string;
  NewServerCertificateName?: string;
  ServerCertificateName: string;
}

export interface UpdateServiceSpecificCredentialRequest {
  ServiceSpecificCredentialId: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName?: string;
}

export interface UpdateSigningCertificateRequest {
  CertificateId: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName?: string;
}

export interface UpdateSSHPublicKeyRequest {
  SSHPublicKeyId: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName: string;
}

export interface UpdateUserRequest {
  NewPath?: string;
  NewUserName?: string;
  UserName: string;
}

export interface UploadServerCertificateRequest {
  CertificateBody: string;
  CertificateChain?: string;
  Path?: string;
  PrivateKey: string;
  ServerCertificateName: string;
  Tags?: Array<TagShape>;
}

export interface UploadServerCertificateResponse {
  ServerCertificateMetadata?: ServerCertificateMetadata;
  Tags?: Array<TagShape>;
}

export interface UploadSigningCertificateRequest {
  CertificateBody: string;
  UserName?: string;
}

export interface UploadSigningCertificateResponse {
  Certificate: SigningCertificate;
}

export interface UploadSSHPublicKeyRequest {
  SSHPublicKeyBody: string;
  UserName: string;
}

export interface UploadSSHPublicKeyResponse {
  SSHPublicKey?: SSHPublicKey;
}

export interface AccountNotManagementOrDelegatedAdministratorException {
}

export interface CallerIsNotManagementAccountException {
}

export interface ConcurrentModificationException {
  message?: string;
}

export interface CredentialReportExpiredException {
  message?: string;
}

export interface CredentialReportNotPresentException {
  message?: string;
}

export interface CredentialReportNotReadyException {
  message?: string;
}

export interface DeleteConflictException {
  message?: string;
}

export interface DuplicateCertificateException {
  message?: string;
}

export interface DuplicateSSHPublicKeyException {
  message?: string;
}

export interface EntityAlreadyExistsException {
  message?: string;
}

export interface EntityTemporarilyUnmodifiableException {
  message?: string;
}

export interface FeatureDisabledException {
  message?: string;
}

export interface FeatureEnabledException {
  message?: string;
}

export interface InvalidAuthenticationCodeException {
  message?: string;
}

export interface InvalidCertificateException {
  message?: string;
}

export interface InvalidInputException {
  message?: string;
}

export interface InvalidPublicKeyException {
  message?: string;
}

export interface InvalidUserTypeException {
  message?: string;
}

export interface KeyPairMismatchException {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface MalformedCertificateException {
  message?: string;
}

export interface MalformedPolicyDocumentException {
  message?: string;
}

export interface NoSuchEntityException {
  message?: string;
}

export interface OpenIdIdpCommunicationErrorException {
  message?: string;
}

export interface OrganizationNotFoundException {
}

export interface OrganizationNotInAllFeaturesModeException {
}

export interface PasswordPolicyViolationException {
  message?: string;
}

export interface PolicyEvaluationException {
  message?: string;
}

export interface PolicyNotAttachableException {
  message?: string;
}

export interface ReportGenerationLimitExceededException {
  message?: string;
}

export interface ServiceAccessNotEnabledException {
}

export interface ServiceFailureException {
  message?: string;
}

export interface ServiceNotSupportedException {
  message?: string;
}

export interface UnmodifiableEntityException {
  message?: string;
}

export interface UnrecognizedPublicKeyEncodingException {
  message?: string;
}

export interface AccessKey {
  AccessKeyId: string;
  CreateDate?: Date;
  SecretAccessKey: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName: string;
}

export interface DelegationPermission {
  Parameters?: Array<PolicyParameter>;
  PolicyTemplateArn?: string;
}

export interface Group {
  Arn: string;
  CreateDate: Date;
  GroupId: string;
  GroupName: string;
  Path: string;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface InstanceProfile {
  Arn: string;
  CreateDate: Date;
  InstanceProfileId: string;
  InstanceProfileName: string;
  Path: string;
  Roles: Array<Role>;
  Tags?: Array<TagShape>;
}

export interface LoginProfile {
  CreateDate: Date;
  PasswordResetRequired?: boolean;
  UserName: string;
}

export interface Policy {
  Arn?: string;
  AttachmentCount?: number;
  CreateDate?: Date;
  DefaultVersionId?: string;
  Description?: string;
  IsAttachable?: boolean;
  Path?: string;
  PermissionsBoundaryUsageCount?: number;
  PolicyId?: string;
  PolicyName?: string;
  Tags?: Array<TagShape>;
  UpdateDate?: Date;
}

export interface PolicyVersion {
  CreateDate?: Date;
  Document?: string;
  IsDefaultVersion?: boolean;
  VersionId?: string;
}

export interface Role {
  Arn: string;
  AssumeRolePolicyDocument?: string;
  CreateDate: Date;
  Description?: string;
  MaxSessionDuration?: number;
  Path: string;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  RoleId: string;
  RoleLastUsed?: RoleLastUsed;
  RoleName: string;
  Tags?: Array<TagShape>;
}

export interface ServiceSpecificCredential {
  CreateDate: Date;
  ExpirationDate?: Date;
  ServiceCredentialAlias?: string;
  ServiceCredentialSecret?: string;
  ServiceName: string;
  ServicePassword?: string;
  ServiceSpecificCredentialId: string;
  ServiceUserName?: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName: string;
}

export interface User {
  Arn: string;
  CreateDate: Date;
  PasswordLastUsed?: Date;
  Path: string;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: Array<TagShape>;
  UserId: string;
  UserName: string;
}

export interface VirtualMFADevice {
  Base32StringSeed?: Buffer;
  EnableDate?: Date;
  QRCodePNG?: Buffer;
  SerialNumber: string;
  Tags?: Array<TagShape>;
  User?: User;
}

export interface AccessKeyLastUsed {
  LastUsedDate?: Date;
  Region: string;
  ServiceName: string;
}

export interface GroupDetail {
  Arn?: string;
  AttachedManagedPolicies?: Array<AttachedPolicy>;
  CreateDate?: Date;
  GroupId?: string;
  GroupName?: string;
  GroupPolicyList?: Array<PolicyDetail>;
  Path?: string;
}

export interface ManagedPolicyDetail {
  Arn?: string;
  AttachmentCount?: number;
  CreateDate?: Date;
  DefaultVersionId?: string;
  Description?: string;
  IsAttachable?: boolean;
  Path?: string;
  PermissionsBoundaryUsageCount?: number;
  PolicyId?: string;
  PolicyName?: string;
  PolicyVersionList?: Array<PolicyVersion>;
  UpdateDate?: Date;
}

export interface RoleDetail {
  Arn?: string;
  AssumeRolePolicyDocument?: string;
  AttachedManagedPolicies?: Array<AttachedPolicy>;
  CreateDate?: Date;
  InstanceProfileList?: Array<InstanceProfile>;
  Path?: string;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  RoleId?: string;
  RoleLastUsed?: RoleLastUsed;
  RoleName?: string;
  RolePolicyList?: Array<PolicyDetail>;
  Tags?: Array<TagShape>;
}

export interface UserDetail {
  Arn?: string;
  AttachedManagedPolicies?: Array<AttachedPolicy>;
  CreateDate?: Date;
  GroupList?: Array<string>;
  Path?: string;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: Array<TagShape>;
  UserId?: string;
  UserName?: string;
  UserPolicyList?: Array<PolicyDetail>;
}

export interface PasswordPolicy {
  AllowUsersToChangePassword?: boolean;
  ExpirePasswords?: boolean;
  HardExpiry?: boolean;
  MaxPasswordAge?: number;
  MinimumPasswordLength?: number;
  PasswordReusePrevention?: number;
  RequireLowercaseCharacters?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
  RequireUppercaseCharacters?: boolean;
}

export interface DelegationRequest {
  ApproverId?: string;
  CreateDate?: Date;
  DelegationRequestId?: string;
  Description?: string;
  ExpirationTime?: Date;
  Notes?: string;
  OnlySendByOwner?: boolean;
  OwnerAccountId?: string;
  OwnerId?: string;
  PermissionPolicy?: string;
  Permissions?: DelegationPermission;
  RedirectUrl?: string;
  RejectionReason?: string;
  RequestMessage?: string;
  RequestorId?: string;
  RequestorName?: string;
  RolePermissionRestrictionArns?: Array<string>;
  SessionDuration?: number;
  State?: "UNASSIGNED" | "ASSIGNED" | "PENDING_APPROVAL" | "FINALIZED" | "ACCEPTED" | "REJECTED" | "EXPIRED";
  UpdatedTime?: Date;
}

export interface AccessDetail {
  EntityPath?: string;
  LastAuthenticatedTime?: Date;
  Region?: string;
  ServiceName: string;
  ServiceNamespace: string;
  TotalAuthenticatedEntities?: number;
}

export interface ErrorDetails {
  Code: string;
  Message: string;
}

export interface SAMLPrivateKey {
  KeyId?: string;
  Timestamp?: Date;
}

export interface ServerCertificate {
  CertificateBody: string;
  CertificateChain?: string;
  ServerCertificateMetadata: ServerCertificateMetadata;
  Tags?: Array<TagShape>;
}

export interface ServiceLastAccessed {
  LastAuthenticated?: Date;
  LastAuthenticatedEntity?: string;
  LastAuthenticatedRegion?: string;
  ServiceName: string;
  ServiceNamespace: string;
  TotalAuthenticatedEntities?: number;
  TrackedActionsLastAccessed?: Array<TrackedActionLastAccessed>;
}

export interface EntityDetails {
  EntityInfo: EntityInfo;
  LastAuthenticated?: Date;
}

export interface DeletionTaskFailureReasonType {
  Reason?: string;
  RoleUsageList?: Array<RoleUsageType>;
}

export interface SSHPublicKey {
  Fingerprint: string;
  SSHPublicKeyBody: string;
  SSHPublicKeyId: string;
  Status: "Active" | "Inactive" | "Expired";
  UploadDate?: Date;
  UserName: string;
}

export interface AccessKeyMetadata {
  AccessKeyId?: string;
  CreateDate?: Date;
  Status?: "Active" | "Inactive" | "Expired";
  UserName?: string;
}

export interface AttachedPolicy {
  PolicyArn?: string;
  PolicyName?: string;
}

export interface PolicyGroup {
  GroupId?: string;
  GroupName?: string;
}

export interface PolicyRole {
  RoleId?: string;
  RoleName?: string;
}

export interface PolicyUser {
  UserId?: string;
  UserName?: string;
}

export interface MFADevice {
  EnableDate: Date;
  SerialNumber: string;
  UserName: string;
}

export interface OpenIDConnectProviderListEntry {
  Arn?: string;
}

export interface ListPoliciesGrantingServiceAccessEntry {
  Policies?: Array<PolicyGrantingServiceAccess>;
  ServiceNamespace?: string;
}

export interface SAMLProviderListEntry {
  Arn?: string;
  CreateDate?: Date;
  ValidUntil?: Date;
}

export interface ServerCertificateMetadata {
  Arn: string;
  Expiration?: Date;
  Path: string;
  ServerCertificateId: string;
  ServerCertificateName: string;
  UploadDate?: Date;
}

export interface ServiceSpecificCredentialMetadata {
  CreateDate: Date;
  ExpirationDate?: Date;
  ServiceCredentialAlias?: string;
  ServiceName: string;
  ServiceSpecificCredentialId: string;
  ServiceUserName?: string;
  Status: "Active" | "Inactive" | "Expired";
  UserName: string;
}

export interface SigningCertificate {
  CertificateBody: string;
  CertificateId: string;
  Status: "Active" | "Inactive" | "Expired";
  UploadDate?: Date;
  UserName: string;
}

export interface SSHPublicKeyMetadata {
  SSHPublicKeyId: string;
  Status: "Active" | "Inactive" | "Expired";
  UploadDate: Date;
  UserName: string;
}

export interface ContextEntry {
  ContextKeyName?: string;
  ContextKeyType?: "string" | "stringList" | "numeric" | "numericList" | "boolean" | "booleanList" | "ip" | "ipList" | "binary" | "binaryList" | "date" | "dateList";
  ContextKeyValues?: Array<string>;
}

export interface EvaluationResult {
  EvalActionName: string;
  EvalDecision: "allowed" | "explicitDeny" | "implicitDeny";
  EvalDecisionDetails?: Record<string, "allowed" | "explicitDeny" | "implicitDeny">;
  EvalResourceName?: string;
  MatchedStatements?: Array<Statement>;
  MissingContextValues?: Array<string>;
  OrganizationsDecisionDetail?: OrganizationsDecisionDetail;
  PermissionsBoundaryDecisionDetail?: PermissionsBoundaryDecisionDetail;
  ResourceSpecificResults?: Array<ResourceSpecificResult>;
}

export interface PolicyParameter {
  Name?: string;
  Type?: "string" | "stringList";
  Values?: Array<string>;
}

export interface AttachedPermissionsBoundary {
  PermissionsBoundaryArn?: string;
  PermissionsBoundaryType?: "PermissionsBoundaryPolicy";
}

export interface RoleLastUsed {
  LastUsedDate?: Date;
  Region?: string;
}

export interface PolicyDetail {
  PolicyDocument?: string;
  PolicyName?: string;
}

export interface TrackedActionLastAccessed {
  ActionName?: string;
  LastAccessedEntity?: string;
  LastAccessedRegion?: string;
  LastAccessedTime?: Date;
}

export interface EntityInfo {
  Arn: string;
  Id: string;
  Name: string;
  Path?: string;
  Type: "USER" | "ROLE" | "GROUP";
}

export interface RoleUsageType {
  Region?: string;
  Resources?: Array<string>;
}

export interface PolicyGrantingServiceAccess {
  EntityName?: string;
  EntityType?: "USER" | "ROLE" | "GROUP";
  PolicyArn?: string;
  PolicyName: string;
  PolicyType: "INLINE" | "MANAGED";
}

export interface Statement {
  EndPosition?: Position;
  SourcePolicyId?: string;
  SourcePolicyType?: "user" | "group" | "role" | "aws-managed" | "user-managed" | "resource" | "none";
  StartPosition?: Position;
}

export interface OrganizationsDecisionDetail {
  AllowedByOrganizations?: boolean;
}

export interface PermissionsBoundaryDecisionDetail {
  AllowedByPermissionsBoundary?: boolean;
}

export interface ResourceSpecificResult {
  EvalDecisionDetails?: Record<string, "allowed" | "explicitDeny" | "implicitDeny">;
  EvalResourceDecision: "allowed" | "explicitDeny" | "implicitDeny";
  EvalResourceName: string;
  MatchedStatements?: Array<Statement>;
  MissingContextValues?: Array<string>;
  PermissionsBoundaryDecisionDetail?: PermissionsBoundaryDecisionDetail;
}

export interface Position {
  Column?: number;
  Line?: number;
}

/** Every operation of AWS Identity and Access Management; a provider implements the ones it serves. */
export interface IamOperations {
  AcceptDelegationRequest(input: AcceptDelegationRequestRequest, context: RequestContext): void | Promise<void>;
  AddClientIDToOpenIDConnectProvider(input: AddClientIDToOpenIDConnectProviderRequest, context: RequestContext): void | Promise<void>;
  AddRoleToInstanceProfile(input: AddRoleToInstanceProfileRequest, context: RequestContext): void | Promise<void>;
  AddUserToGroup(input: AddUserToGroupRequest, context: RequestContext): void | Promise<void>;
  AssociateDelegationRequest(input: AssociateDelegationRequestRequest, context: RequestContext): void | Promise<void>;
  AttachGroupPolicy(input: AttachGroupPolicyRequest, context: RequestContext): void | Promise<void>;
  AttachRolePolicy(input: AttachRolePolicyRequest, context: RequestContext): void | Promise<void>;
  AttachUserPolicy(input: AttachUserPolicyRequest, context: RequestContext): void | Promise<void>;
  ChangePassword(input: ChangePasswordRequest, context: RequestContext): void | Promise<void>;
  CreateAccessKey(input: CreateAccessKeyRequest, context: RequestContext): CreateAccessKeyResponse | Promise<CreateAccessKeyResponse>;
  CreateAccountAlias(input: CreateAccountAliasRequest, context: RequestContext): void | Promise<void>;
  CreateDelegationRequest(input: CreateDelegationRequestRequest, context: RequestContext): CreateDelegationRequestResponse | Promise<CreateDelegationRequestResponse>;
  CreateGroup(input: CreateGroupRequest, context: RequestContext): CreateGroupResponse | Promise<CreateGroupResponse>;
  CreateInstanceProfile(input: CreateInstanceProfileRequest, context: RequestContext): CreateInstanceProfileResponse | Promise<CreateInstanceProfileResponse>;
  CreateLoginProfile(input: CreateLoginProfileRequest, context: RequestContext): CreateLoginProfileResponse | Promise<CreateLoginProfileResponse>;
  CreateOpenIDConnectProvider(input: CreateOpenIDConnectProviderRequest, context: RequestContext): CreateOpenIDConnectProviderResponse | Promise<CreateOpenIDConnectProviderResponse>;
  CreatePolicy(input: CreatePolicyRequest, context: RequestContext): CreatePolicyResponse | Promise<CreatePolicyResponse>;
  CreatePolicyVersion(input: CreatePolicyVersionRequest, context: RequestContext): CreatePolicyVersionResponse | Promise<CreatePolicyVersionResponse>;
  CreateRole(input: CreateRoleRequest, context: RequestContext): CreateRoleResponse | Promise<CreateRoleResponse>;
  CreateSAMLProvider(input: CreateSAMLProviderRequest, context: RequestContext): CreateSAMLProviderResponse | Promise<CreateSAMLProviderResponse>;
  CreateServiceLinkedRole(input: CreateServiceLinkedRoleRequest, context: RequestContext): CreateServiceLinkedRoleResponse | Promise<CreateServiceLinkedRoleResponse>;
  CreateServiceSpecificCredential(input: CreateServiceSpecificCredentialRequest, context: RequestContext): CreateServiceSpecificCredentialResponse | Promise<CreateServiceSpecificCredentialResponse>;
  CreateUser(input: CreateUserRequest, context: RequestContext): CreateUserResponse | Promise<CreateUserResponse>;
  CreateVirtualMFADevice(input: CreateVirtualMFADeviceRequest, context: RequestContext): CreateVirtualMFADeviceResponse | Promise<CreateVirtualMFADeviceResponse>;
  DeactivateMFADevice(input: DeactivateMFADeviceRequest, context: RequestContext): void | Promise<void>;
  DeleteAccessKey(input: DeleteAccessKeyRequest, context: RequestContext): void | Promise<void>;
  DeleteAccountAlias(input: DeleteAccountAliasRequest, context: RequestContext): void | Promise<void>;
  DeleteAccountPasswordPolicy(input: Record<string, never>, context: RequestContext): void | Promise<void>;
  DeleteGroup(input: DeleteGroupRequest, context: RequestContext): void | Promise<void>;
  DeleteGroupPolicy(input: DeleteGroupPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteInstanceProfile(input: DeleteInstanceProfileRequest, context: RequestContext): void | Promise<void>;
  DeleteLoginProfile(input: DeleteLoginProfileRequest, context: RequestContext): void | Promise<void>;
  DeleteOpenIDConnectProvider(input: DeleteOpenIDConnectProviderRequest, context: RequestContext): void | Promise<void>;
  DeletePolicy(input: DeletePolicyRequest, context: RequestContext): void | Promise<void>;
  DeletePolicyVersion(input: DeletePolicyVersionRequest, context: RequestContext): void | Promise<void>;
  DeleteRole(input: DeleteRoleRequest, context: RequestContext): void | Promise<void>;
  DeleteRolePermissionsBoundary(input: DeleteRolePermissionsBoundaryRequest, context: RequestContext): void | Promise<void>;
  DeleteRolePolicy(input: DeleteRolePolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteSAMLProvider(input: DeleteSAMLProviderRequest, context: RequestContext): void | Promise<void>;
  DeleteServerCertificate(input: DeleteServerCertificateRequest, context: RequestContext): void | Promise<void>;
  DeleteServiceLinkedRole(input: DeleteServiceLinkedRoleRequest, context: RequestContext): DeleteServiceLinkedRoleResponse | Promise<DeleteServiceLinkedRoleResponse>;
  DeleteServiceSpecificCredential(input: DeleteServiceSpecificCredentialRequest, context: RequestContext): void | Promise<void>;
  DeleteSigningCertificate(input: DeleteSigningCertificateRequest, context: RequestContext): void | Promise<void>;
  DeleteSSHPublicKey(input: DeleteSSHPublicKeyRequest, context: RequestContext): void | Promise<void>;
  DeleteUser(input: DeleteUserRequest, context: RequestContext): void | Promise<void>;
  DeleteUserPermissionsBoundary(input: DeleteUserPermissionsBoundaryRequest, context: RequestContext): void | Promise<void>;
  DeleteUserPolicy(input: DeleteUserPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteVirtualMFADevice(input: DeleteVirtualMFADeviceRequest, context: RequestContext): void | Promise<void>;
  DetachGroupPolicy(input: DetachGroupPolicyRequest, context: RequestContext): void | Promise<void>;
  DetachRolePolicy(input: DetachRolePolicyRequest, context: RequestContext): void | Promise<void>;
  DetachUserPolicy(input: DetachUserPolicyRequest, context: RequestContext): void | Promise<void>;
  DisableOrganizationsRootCredentialsManagement(input: DisableOrganizationsRootCredentialsManagementRequest, context: RequestContext): DisableOrganizationsRootCredentialsManagementResponse | Promise<DisableOrganizationsRootCredentialsManagementResponse>;
  DisableOrganizationsRootSessions(input: DisableOrganizationsRootSessionsRequest, context: RequestContext): DisableOrganizationsRootSessionsResponse | Promise<DisableOrganizationsRootSessionsResponse>;
  DisableOutboundWebIdentityFederation(input: Record<string, never>, context: RequestContext): void | Promise<void>;
  EnableMFADevice(input: EnableMFADeviceRequest, context: RequestContext): void | Promise<void>;
  EnableOrganizationsRootCredentialsManagement(input: EnableOrganizationsRootCredentialsManagementRequest, context: RequestContext): EnableOrganizationsRootCredentialsManagementResponse | Promise<EnableOrganizationsRootCredentialsManagementResponse>;
  EnableOrganizationsRootSessions(input: EnableOrganizationsRootSessionsRequest, context: RequestContext): EnableOrganizationsRootSessionsResponse | Promise<EnableOrganizationsRootSessionsResponse>;
  EnableOutboundWebIdentityFederation(input: Record<string, never>, context: RequestContext): EnableOutboundWebIdentityFederationResponse | Promise<EnableOutboundWebIdentityFederationResponse>;
  GenerateCredentialReport(input: Record<string, never>, context: RequestContext): GenerateCredentialReportResponse | Promise<GenerateCredentialReportResponse>;
  GenerateOrganizationsAccessReport(input: GenerateOrganizationsAccessReportRequest, context: RequestContext): GenerateOrganizationsAccessReportResponse | Promise<GenerateOrganizationsAccessReportResponse>;
  GenerateServiceLastAccessedDetails(input: GenerateServiceLastAccessedDetailsRequest, context: RequestContext): GenerateServiceLastAccessedDetailsResponse | Promise<GenerateServiceLastAccessedDetailsResponse>;
  GetAccessKeyLastUsed(input: GetAccessKeyLastUsedRequest, context: RequestContext): GetAccessKeyLastUsedResponse | Promise<GetAccessKeyLastUsedResponse>;
  GetAccountAuthorizationDetails(input: GetAccountAuthorizationDetailsRequest, context: RequestContext): GetAccountAuthorizationDetailsResponse | Promise<GetAccountAuthorizationDetailsResponse>;
  GetAccountPasswordPolicy(input: Record<string, never>, context: RequestContext): GetAccountPasswordPolicyResponse | Promise<GetAccountPasswordPolicyResponse>;
  GetAccountSummary(input: Record<string, never>, context: RequestContext): GetAccountSummaryResponse | Promise<GetAccountSummaryResponse>;
  GetContextKeysForCustomPolicy(input: GetContextKeysForCustomPolicyRequest, context: RequestContext): GetContextKeysForPolicyResponse | Promise<GetContextKeysForPolicyResponse>;
  GetContextKeysForPrincipalPolicy(input: GetContextKeysForPrincipalPolicyRequest, context: RequestContext): GetContextKeysForPolicyResponse | Promise<GetContextKeysForPolicyResponse>;
  GetCredentialReport(input: Record<string, never>, context: RequestContext): GetCredentialReportResponse | Promise<GetCredentialReportResponse>;
  GetDelegationRequest(input: GetDelegationRequestRequest, context: RequestContext): GetDelegationRequestResponse | Promise<GetDelegationRequestResponse>;
  GetGroup(input: GetGroupRequest, context: RequestContext): GetGroupResponse | Promise<GetGroupResponse>;
  GetGroupPolicy(input: GetGroupPolicyRequest, context: RequestContext): GetGroupPolicyResponse | Promise<GetGroupPolicyResponse>;
  GetHumanReadableSummary(input: GetHumanReadableSummaryRequest, context: RequestContext): GetHumanReadableSummaryResponse | Promise<GetHumanReadableSummaryResponse>;
  GetInstanceProfile(input: GetInstanceProfileRequest, context: RequestContext): GetInstanceProfileResponse | Promise<GetInstanceProfileResponse>;
  GetLoginProfile(input: GetLoginProfileRequest, context: RequestContext): GetLoginProfileResponse | Promise<GetLoginProfileResponse>;
  GetMFADevice(input: GetMFADeviceRequest, context: RequestContext): GetMFADeviceResponse | Promise<GetMFADeviceResponse>;
  GetOpenIDConnectProvider(input: GetOpenIDConnectProviderRequest, context: RequestContext): GetOpenIDConnectProviderResponse | Promise<GetOpenIDConnectProviderResponse>;
  GetOrganizationsAccessReport(input: GetOrganizationsAccessReportRequest, context: RequestContext): GetOrganizationsAccessReportResponse | Promise<GetOrganizationsAccessReportResponse>;
  GetOutboundWebIdentityFederationInfo(input: Record<string, never>, context: RequestContext): GetOutboundWebIdentityFederationInfoResponse | Promise<GetOutboundWebIdentityFederationInfoResponse>;
  GetPolicy(input: GetPolicyRequest, context: RequestContext): GetPolicyResponse | Promise<GetPolicyResponse>;
  GetPolicyVersion(input: GetPolicyVersionRequest, context: RequestContext): GetPolicyVersionResponse | Promise<GetPolicyVersionResponse>;
  GetRole(input: GetRoleRequest, context: RequestContext): GetRoleResponse | Promise<GetRoleResponse>;
  GetRolePolicy(input: GetRolePolicyRequest, context: RequestContext): GetRolePolicyResponse | Promise<GetRolePolicyResponse>;
  GetSAMLProvider(input: GetSAMLProviderRequest, context: RequestContext): GetSAMLProviderResponse | Promise<GetSAMLProviderResponse>;
  GetServerCertificate(input: GetServerCertificateRequest, context: RequestContext): GetServerCertificateResponse | Promise<GetServerCertificateResponse>;
  GetServiceLastAccessedDetails(input: GetServiceLastAccessedDetailsRequest, context: RequestContext): GetServiceLastAccessedDetailsResponse | Promise<GetServiceLastAccessedDetailsResponse>;
  GetServiceLastAccessedDetailsWithEntities(input: GetServiceLastAccessedDetailsWithEntitiesRequest, context: RequestContext): GetServiceLastAccessedDetailsWithEntitiesResponse | Promise<GetServiceLastAccessedDetailsWithEntitiesResponse>;
  GetServiceLinkedRoleDeletionStatus(input: GetServiceLinkedRoleDeletionStatusRequest, context: RequestContext): GetServiceLinkedRoleDeletionStatusResponse | Promise<GetServiceLinkedRoleDeletionStatusResponse>;
  GetSSHPublicKey(input: GetSSHPublicKeyRequest, context: RequestContext): GetSSHPublicKeyResponse | Promise<GetSSHPublicKeyResponse>;
  GetUser(input: GetUserRequest, context: RequestContext): GetUserResponse | Promise<GetUserResponse>;
  GetUserPolicy(input: GetUserPolicyRequest, context: RequestContext): GetUserPolicyResponse | Promise<GetUserPolicyResponse>;
  ListAccessKeys(input: ListAccessKeysRequest, context: RequestContext): ListAccessKeysResponse | Promise<ListAccessKeysResponse>;
  ListAccountAliases(input: ListAccountAliasesRequest, context: RequestContext): ListAccountAliasesResponse | Promise<ListAccountAliasesResponse>;
  ListAttachedGroupPolicies(input: ListAttachedGroupPoliciesRequest, context: RequestContext): ListAttachedGroupPoliciesResponse | Promise<ListAttachedGroupPoliciesResponse>;
  ListAttachedRolePolicies(input: ListAttachedRolePoliciesRequest, context: RequestContext): ListAttachedRolePoliciesResponse | Promise<ListAttachedRolePoliciesResponse>;
  ListAttachedUserPolicies(input: ListAttachedUserPoliciesRequest, context: RequestContext): ListAttachedUserPoliciesResponse | Promise<ListAttachedUserPoliciesResponse>;
  ListDelegationRequests(input: ListDelegationRequestsRequest, context: RequestContext): ListDelegationRequestsResponse | Promise<ListDelegationRequestsResponse>;
  ListEntitiesForPolicy(input: ListEntitiesForPolicyRequest, context: RequestContext): ListEntitiesForPolicyResponse | Promise<ListEntitiesForPolicyResponse>;
  ListGroupPolicies(input: ListGroupPoliciesRequest, context: RequestContext): ListGroupPoliciesResponse | Promise<ListGroupPoliciesResponse>;
  ListGroups(input: ListGroupsRequest, context: RequestContext): ListGroupsResponse | Promise<ListGroupsResponse>;
  ListGroupsForUser(input: ListGroupsForUserRequest, context: RequestContext): ListGroupsForUserResponse | Promise<ListGroupsForUserResponse>;
  ListInstanceProfiles(input: ListInstanceProfilesRequest, context: RequestContext): ListInstanceProfilesResponse | Promise<ListInstanceProfilesResponse>;
  ListInstanceProfilesForRole(input: ListInstanceProfilesForRoleRequest, context: RequestContext): ListInstanceProfilesForRoleResponse | Promise<ListInstanceProfilesForRoleResponse>;
  ListInstanceProfileTags(input: ListInstanceProfileTagsRequest, context: RequestContext): ListInstanceProfileTagsResponse | Promise<ListInstanceProfileTagsResponse>;
  ListMFADevices(input: ListMFADevicesRequest, context: RequestContext): ListMFADevicesResponse | Promise<ListMFADevicesResponse>;
  ListMFADeviceTags(input: ListMFADeviceTagsRequest, context: RequestContext): ListMFADeviceTagsResponse | Promise<ListMFADeviceTagsResponse>;
  ListOpenIDConnectProviders(input: ListOpenIDConnectProvidersRequest, context: RequestContext): ListOpenIDConnectProvidersResponse | Promise<ListOpenIDConnectProvidersResponse>;
  ListOpenIDConnectProviderTags(input: ListOpenIDConnectProviderTagsRequest, context: RequestContext): ListOpenIDConnectProviderTagsResponse | Promise<ListOpenIDConnectProviderTagsResponse>;
  ListOrganizationsFeatures(input: ListOrganizationsFeaturesRequest, context: RequestContext): ListOrganizationsFeaturesResponse | Promise<ListOrganizationsFeaturesResponse>;
  ListPolicies(input: ListPoliciesRequest, context: RequestContext): ListPoliciesResponse | Promise<ListPoliciesResponse>;
  ListPoliciesGrantingServiceAccess(input: ListPoliciesGrantingServiceAccessRequest, context: RequestContext): ListPoliciesGrantingServiceAccessResponse | Promise<ListPoliciesGrantingServiceAccessResponse>;
  ListPolicyTags(input: ListPolicyTagsRequest, context: RequestContext): ListPolicyTagsResponse | Promise<ListPolicyTagsResponse>;
  ListPolicyVersions(input: ListPolicyVersionsRequest, context: RequestContext): ListPolicyVersionsResponse | Promise<ListPolicyVersionsResponse>;
  ListRolePolicies(input: ListRolePoliciesRequest, context: RequestContext): ListRolePoliciesResponse | Promise<ListRolePoliciesResponse>;
  ListRoles(input: ListRolesRequest, context: RequestContext): ListRolesResponse | Promise<ListRolesResponse>;
  ListRoleTags(input: ListRoleTagsRequest, context: RequestContext): ListRoleTagsResponse | Promise<ListRoleTagsResponse>;
  ListSAMLProviders(input: ListSAMLProvidersRequest, context: RequestContext): ListSAMLProvidersResponse | Promise<ListSAMLProvidersResponse>;
  ListSAMLProviderTags(input: ListSAMLProviderTagsRequest, context: RequestContext): ListSAMLProviderTagsResponse | Promise<ListSAMLProviderTagsResponse>;
  ListServerCertificates(input: ListServerCertificatesRequest, context: RequestContext): ListServerCertificatesResponse | Promise<ListServerCertificatesResponse>;
  ListServerCertificateTags(input: ListServerCertificateTagsRequest, context: RequestContext): ListServerCertificateTagsResponse | Promise<ListServerCertificateTagsResponse>;
  ListServiceSpecificCredentials(input: ListServiceSpecificCredentialsRequest, context: RequestContext): ListServiceSpecificCredentialsResponse | Promise<ListServiceSpecificCredentialsResponse>;
  ListSigningCertificates(input: ListSigningCertificatesRequest, context: RequestContext): ListSigningCertificatesResponse | Promise<ListSigningCertificatesResponse>;
  ListSSHPublicKeys(input: ListSSHPublicKeysRequest, context: RequestContext): ListSSHPublicKeysResponse | Promise<ListSSHPublicKeysResponse>;
  ListUserPolicies(input: ListUserPoliciesRequest, context: RequestContext): ListUserPoliciesResponse | Promise<ListUserPoliciesResponse>;
  ListUsers(input: ListUsersRequest, context: RequestContext): ListUsersResponse | Promise<ListUsersResponse>;
  ListUserTags(input: ListUserTagsRequest, context: RequestContext): ListUserTagsResponse | Promise<ListUserTagsResponse>;
  ListVirtualMFADevices(input: ListVirtualMFADevicesRequest, context: RequestContext): ListVirtualMFADevicesResponse | Promise<ListVirtualMFADevicesResponse>;
  PutGroupPolicy(input: PutGroupPolicyRequest, context: RequestContext): void | Promise<void>;
  PutRolePermissionsBoundary(input: PutRolePermissionsBoundaryRequest, context: RequestContext): void | Promise<void>;
  PutRolePolicy(input: PutRolePolicyRequest, context: RequestContext): void | Promise<void>;
  PutUserPermissionsBoundary(input: PutUserPermissionsBoundaryRequest, context: RequestContext): void | Promise<void>;
  PutUserPolicy(input: PutUserPolicyRequest, context: RequestContext): void | Promise<void>;
  RejectDelegationRequest(input: RejectDelegationRequestRequest, context: RequestContext): void | Promise<void>;
  RemoveClientIDFromOpenIDConnectProvider(input: RemoveClientIDFromOpenIDConnectProviderRequest, context: RequestContext): void | Promise<void>;
  RemoveRoleFromInstanceProfile(input: RemoveRoleFromInstanceProfileRequest, context: RequestContext): void | Promise<void>;
  RemoveUserFromGroup(input: RemoveUserFromGroupRequest, context: RequestContext): void | Promise<void>;
  ResetServiceSpecificCredential(input: ResetServiceSpecificCredentialRequest, context: RequestContext): ResetServiceSpecificCredentialResponse | Promise<ResetServiceSpecificCredentialResponse>;
  ResyncMFADevice(input: ResyncMFADeviceRequest, context: RequestContext): void | Promise<void>;
  SendDelegationToken(input: SendDelegationTokenRequest, context: RequestContext): void | Promise<void>;
  SetDefaultPolicyVersion(input: SetDefaultPolicyVersionRequest, context: RequestContext): void | Promise<void>;
  SetSecurityTokenServicePreferences(input: SetSecurityTokenServicePreferencesRequest, context: RequestContext): void | Promise<void>;
  SimulateCustomPolicy(input: SimulateCustomPolicyRequest, context: RequestContext): SimulatePolicyResponse | Promise<SimulatePolicyResponse>;
  SimulatePrincipalPolicy(input: SimulatePrincipalPolicyRequest, context: RequestContext): SimulatePolicyResponse | Promise<SimulatePolicyResponse>;
  TagInstanceProfile(input: TagInstanceProfileRequest, context: RequestContext): void | Promise<void>;
  TagMFADevice(input: TagMFADeviceRequest, context: RequestContext): void | Promise<void>;
  TagOpenIDConnectProvider(input: TagOpenIDConnectProviderRequest, context: RequestContext): void | Promise<void>;
  TagPolicy(input: TagPolicyRequest, context: RequestContext): void | Promise<void>;
  TagRole(input: TagRoleRequest, context: RequestContext): void | Promise<void>;
  TagSAMLProvider(input: TagSAMLProviderRequest, context: RequestContext): void | Promise<void>;
  TagServerCertificate(input: TagServerCertificateRequest, context: RequestContext): void | Promise<void>;
  TagUser(input: TagUserRequest, context: RequestContext): void | Promise<void>;
  UntagInstanceProfile(input: UntagInstanceProfileRequest, context: RequestContext): void | Promise<void>;
  UntagMFADevice(input: UntagMFADeviceRequest, context: RequestContext): void | Promise<void>;
  UntagOpenIDConnectProvider(input: UntagOpenIDConnectProviderRequest, context: RequestContext): void | Promise<void>;
  UntagPolicy(input: UntagPolicyRequest, context: RequestContext): void | Promise<void>;
  UntagRole(input: UntagRoleRequest, context: RequestContext): void | Promise<void>;
  UntagSAMLProvider(input: UntagSAMLProviderRequest, context: RequestContext): void | Promise<void>;
  UntagServerCertificate(input: UntagServerCertificateRequest, context: RequestContext): void | Promise<void>;
  UntagUser(input: UntagUserRequest, context: RequestContext): void | Promise<void>;
  UpdateAccessKey(input: UpdateAccessKeyRequest, context: RequestContext): void | Promise<void>;
  UpdateAccountPasswordPolicy(input: UpdateAccountPasswordPolicyRequest, context: RequestContext): void | Promise<void>;
  UpdateAssumeRolePolicy(input: UpdateAssumeRolePolicyRequest, context: RequestContext): void | Promise<void>;
  UpdateDelegationRequest(input: UpdateDelegationRequestRequest, context: RequestContext): void | Promise<void>;
  UpdateGroup(input: UpdateGroupRequest, context: RequestContext): void | Promise<void>;
  UpdateLoginProfile(input: UpdateLoginProfileRequest, context: RequestContext): void | Promise<void>;
  UpdateOpenIDConnectProviderThumbprint(input: UpdateOpenIDConnectProviderThumbprintRequest, context: RequestContext): void | Promise<void>;
  UpdateRole(input: UpdateRoleRequest, context: RequestContext): UpdateRoleResponse | Promise<UpdateRoleResponse>;
  UpdateRoleDescription(input: UpdateRoleDescriptionRequest, context: RequestContext): UpdateRoleDescriptionResponse | Promise<UpdateRoleDescriptionResponse>;
  UpdateSAMLProvider(input: UpdateSAMLProviderRequest, context: RequestContext): UpdateSAMLProviderResponse | Promise<UpdateSAMLProviderResponse>;
  UpdateServerCertificate(input: UpdateServerCertificateRequest, context: RequestContext): void | Promise<void>;
  UpdateServiceSpecificCredential(input: UpdateServiceSpecificCredentialRequest, context: RequestContext): void | Promise<void>;
  UpdateSigningCertificate(input: UpdateSigningCertificateRequest, context: RequestContext): void | Promise<void>;
  UpdateSSHPublicKey(input: UpdateSSHPublicKeyRequest, context: RequestContext): void | Promise<void>;
  UpdateUser(input: UpdateUserRequest, context: RequestContext): void | Promise<void>;
  UploadServerCertificate(input: UploadServerCertificateRequest, context: RequestContext): UploadServerCertificateResponse | Promise<UploadServerCertificateResponse>;
  UploadSigningCertificate(input: UploadSigningCertificateRequest, context: RequestContext): UploadSigningCertificateResponse | Promise<UploadSigningCertificateResponse>;
  UploadSSHPublicKey(input: UploadSSHPublicKeyRequest, context: RequestContext): UploadSSHPublicKeyResponse | Promise<UploadSSHPublicKeyResponse>;
}
