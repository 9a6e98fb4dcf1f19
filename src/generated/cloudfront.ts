// Generated from models/cloudfront.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AssociateAliasRequest {
  Alias: string;
  TargetDistributionId: string;
}

export interface AssociateDistributionTenantWebACLRequest {
  Id: string;
  IfMatch?: string;
  WebACLArn: string;
}

export interface AssociateDistributionTenantWebACLResult {
  ETag?: string;
  Id?: string;
  WebACLArn?: string;
}

export interface AssociateDistributionWebACLRequest {
  Id: string;
  IfMatch?: string;
  WebACLArn: string;
}

export interface AssociateDistributionWebACLResult {
  ETag?: string;
  Id?: string;
  WebACLArn?: string;
}

export interface CopyDistributionRequest {
  CallerReference: string;
  Enabled?: boolean;
  IfMatch?: string;
  PrimaryDistributionId: string;
  Staging?: boolean;
}

export interface CopyDistributionResult {
  Distribution?: Distribution;
  ETag?: string;
  Location?: string;
}

export interface CreateAnycastIpListRequest {
  IpAddressType?: "ipv4" | "ipv6" | "dualstack";
  IpCount: number;
  IpamCidrConfigs?: Array<IpamCidrConfig>;
  Name: string;
  Tags?: Tags;
}

export interface CreateAnycastIpListResult {
  AnycastIpList?: AnycastIpList;
  ETag?: string;
}

export interface CreateCachePolicyRequest {
  CachePolicyConfig: CachePolicyConfig;
}

export interface CreateCachePolicyResult {
  CachePolicy?: CachePolicy;
  ETag?: string;
  Location?: string;
}

export interface CreateCloudFrontOriginAccessIdentityRequest {
  CloudFrontOriginAccessIdentityConfig: CloudFrontOriginAccessIdentityConfig;
}

export interface CreateCloudFrontOriginAccessIdentityResult {
  CloudFrontOriginAccessIdentity?: CloudFrontOriginAccessIdentity;
  ETag?: string;
  Location?: string;
}

export interface CreateConnectionFunctionRequest {
  ConnectionFunctionCode: Buffer;
  ConnectionFunctionConfig: FunctionConfig;
  Name: string;
  Tags?: Tags;
}

export interface CreateConnectionFunctionResult {
  ConnectionFunctionSummary?: ConnectionFunctionSummary;
  ETag?: string;
  Location?: string;
}

export interface CreateConnectionGroupRequest {
  AnycastIpListId?: string;
  Enabled?: boolean;
  Ipv6Enabled?: boolean;
  Name: string;
  Tags?: Tags;
}

export interface CreateConnectionGroupResult {
  ConnectionGroup?: ConnectionGroup;
  ETag?: string;
}

export interface CreateContinuousDeploymentPolicyRequest {
  ContinuousDeploymentPolicyConfig: ContinuousDeploymentPolicyConfig;
}

export interface CreateContinuousDeploymentPolicyResult {
  ContinuousDeploymentPolicy?: ContinuousDeploymentPolicy;
  ETag?: string;
  Location?: string;
}

export interface CreateDistributionRequest {
  DistributionConfig: DistributionConfig;
}

export interface CreateDistributionResult {
  Distribution?: Distribution;
  ETag?: string;
  Location?: string;
}

export interface CreateDistributionTenantRequest {
  ConnectionGroupId?: string;
  Customizations?: Customizations;
  DistributionId: string;
  Domains: Array<DomainItem>;
  Enabled?: boolean;
  ManagedCertificateRequest?: ManagedCertificateRequest;
  Name: string;
  Parameters?: Array<Parameter>;
  Tags?: Tags;
}

export interface CreateDistributionTenantResult {
  DistributionTenant?: DistributionTenant;
  ETag?: string;
}

export interface CreateDistributionWithTagsRequest {
  DistributionConfigWithTags: DistributionConfigWithTags;
}

export interface CreateDistributionWithTagsResult {
  Distribution?: Distribution;
  ETag?: string;
  Location?: string;
}

export interface CreateFieldLevelEncryptionConfigRequest {
  FieldLevelEncryptionConfig: FieldLevelEncryptionConfig;
}

export interface CreateFieldLevelEncryptionConfigResult {
  ETag?: string;
  FieldLevelEncryption?: FieldLevelEncryption;
  Location?: string;
}

export interface CreateFieldLevelEncryptionProfileRequest {
  FieldLevelEncryptionProfileConfig: FieldLevelEncryptionProfileConfig;
}

export interface CreateFieldLevelEncryptionProfileResult {
  ETag?: string;
  FieldLevelEncryptionProfile?: FieldLevelEncryptionProfile;
  Location?: string;
}

export interface CreateFunctionRequest {
  FunctionCode: Buffer;
  FunctionConfig: FunctionConfig;
  Name: string;
  Tags?: Tags;
}

export interface CreateFunctionResult {
  ETag?: string;
  FunctionSummary?: FunctionSummary;
  Location?: string;
}

export interface CreateInvalidationRequest {
  DistributionId: string;
  InvalidationBatch: InvalidationBatch;
}

export interface CreateInvalidationResult {
  Invalidation?: Invalidation;
  Location?: string;
}

export interface CreateInvalidationForDistributionTenantRequest {
  Id: string;
  InvalidationBatch: InvalidationBatch;
}

export interface CreateInvalidationForDistributionTenantResult {
  Invalidation?: Invalidation;
  Location?: string;
}

export interface CreateKeyGroupRequest {
  KeyGroupConfig: KeyGroupConfig;
}

export interface CreateKeyGroupResult {
  ETag?: string;
  KeyGroup?: KeyGroup;
  Location?: string;
}

export interface CreateKeyValueStoreRequest {
  Comment?: string;
  ImportSource?: ImportSource;
  Name: string;
  Tags?: Tags;
}

export interface CreateKeyValueStoreResult {
  ETag?: string;
  KeyValueStore?: KeyValueStore;
  Location?: string;
}

export interface CreateMonitoringSubscriptionRequest {
  DistributionId: string;
  MonitoringSubscription: MonitoringSubscription;
}

export interface CreateMonitoringSubscriptionResult {
  MonitoringSubscription?: MonitoringSubscription;
}

export interface CreateOriginAccessControlRequest {
  OriginAccessControlConfig: OriginAccessControlConfig;
}

export interface CreateOriginAccessControlResult {
  ETag?: string;
  Location?: string;
  OriginAccessControl?: OriginAccessControl;
}

export interface CreateOriginRequestPolicyRequest {
  OriginRequestPolicyConfig: OriginRequestPolicyConfig;
}

export interface CreateOriginRequestPolicyResult {
  ETag?: string;
  Location?: string;
  OriginRequestPolicy?: OriginRequestPolicy;
}

export interface CreatePublicKeyRequest {
  PublicKeyConfig: PublicKeyConfig;
}

export interface CreatePublicKeyResult {
  ETag?: string;
  Location?: string;
  PublicKey?: PublicKey;
}

export interface CreateRealtimeLogConfigRequest {
  EndPoints: Array<EndPoint>;
  Fields: Array<string>;
  Name: string;
  SamplingRate: number;
}

export interface CreateRealtimeLogConfigResult {
  RealtimeLogConfig?: RealtimeLogConfig;
}

export interface CreateResponseHeadersPolicyRequest {
  ResponseHeadersPolicyConfig: ResponseHeadersPolicyConfig;
}

export interface CreateResponseHeadersPolicyResult {
  ETag?: string;
  Location?: string;
  ResponseHeadersPolicy?: ResponseHeadersPolicy;
}

export interface CreateStreamingDistributionRequest {
  StreamingDistributionConfig: StreamingDistributionConfig;
}

export interface CreateStreamingDistributionResult {
  ETag?: string;
  Location?: string;
  StreamingDistribution?: StreamingDistribution;
}

export interface CreateStreamingDistributionWithTagsRequest {
  StreamingDistributionConfigWithTags: StreamingDistributionConfigWithTags;
}

export interface CreateStreamingDistributionWithTagsResult {
  ETag?: string;
  Location?: string;
  StreamingDistribution?: StreamingDistribution;
}

export interface CreateTrustStoreRequest {
  CaCertificatesBundleSource: CaCertificatesBundleSource;
  Name: string;
  Tags?: Tags;
  UseClientCertificateOCSPEndpoint?: boolean;
}

export interface CreateTrustStoreResult {
  ETag?: string;
  TrustStore?: TrustStore;
}

export interface CreateVpcOriginRequest {
  Tags?: Tags;
  VpcOriginEndpointConfig: VpcOriginEndpointConfig;
}

export interface CreateVpcOriginResult {
  ETag?: string;
  Location?: string;
  VpcOrigin?: VpcOrigin;
}

export interface DeleteAnycastIpListRequest {
  Id: string;
  IfMatch: string;
}

export interface DeleteCachePolicyRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteCloudFrontOriginAccessIdentityRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteConnectionFunctionRequest {
  Id: string;
  IfMatch: string;
}

export interface DeleteConnectionGroupRequest {
  Id: string;
  IfMatch: string;
}

export interface DeleteContinuousDeploymentPolicyRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteDistributionRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteDistributionTenantRequest {
  Id: string;
  IfMatch: string;
}

export interface DeleteFieldLevelEncryptionConfigRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteFieldLevelEncryptionProfileRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteFunctionRequest {
  IfMatch: string;
  Name: string;
}

export interface DeleteKeyGroupRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteKeyValueStoreRequest {
  IfMatch: string;
  Name: string;
}

export interface DeleteMonitoringSubscriptionRequest {
  DistributionId: string;
}

export interface DeleteMonitoringSubscriptionResult {
}

export interface DeleteOriginAccessControlRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteOriginRequestPolicyRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeletePublicKeyRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteRealtimeLogConfigRequest {
  ARN?: string;
  Name?: string;
}

export interface DeleteResourcePolicyRequest {
  ResourceArn: string;
}

export interface DeleteResponseHeadersPolicyRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteStreamingDistributionRequest {
  Id: string;
  IfMatch?: string;
}

export interface DeleteTrustStoreRequest {
  Id: string;
  IfMatch: string;
}

export interface DeleteVpcOriginRequest {
  Id: string;
  IfMatch: string;
}

export interface DeleteVpcOriginResult {
  ETag?: string;
  VpcOrigin?: VpcOrigin;
}

export interface DescribeConnectionFunctionRequest {
  Identifier: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface DescribeConnectionFunctionResult {
  ConnectionFunctionSummary?: ConnectionFunctionSummary;
  ETag?: string;
}

export interface DescribeFunctionRequest {
  Name: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface DescribeFunctionResult {
  ETag?: string;
  FunctionSummary?: FunctionSummary;
}

export interface DescribeKeyValueStoreRequest {
  Name: string;
}

export interface DescribeKeyValueStoreResult {
  ETag?: string;
  KeyValueStore?: KeyValueStore;
}

export interface DisassociateDistributionTenantWebACLRequest {
  Id: string;
  IfMatch?: string;
}

export interface DisassociateDistributionTenantWebACLResult {
  ETag?: string;
  Id?: string;
}

export interface DisassociateDistributionWebACLRequest {
  Id: string;
  IfMatch?: string;
}

export interface DisassociateDistributionWebACLResult {
  ETag?: string;
  Id?: string;
}

export interface GetAnycastIpListRequest {
  Id: string;
}

export interface GetAnycastIpListResult {
  AnycastIpList?: AnycastIpList;
  ETag?: string;
}

export interface GetCachePolicyRequest {
  Id: string;
}

export interface GetCachePolicyResult {
  CachePolicy?: CachePolicy;
  ETag?: string;
}

export interface GetCachePolicyConfigRequest {
  Id: string;
}

export interface GetCachePolicyConfigResult {
  CachePolicyConfig?: CachePolicyConfig;
  ETag?: string;
}

export interface GetCloudFrontOriginAccessIdentityRequest {
  Id: string;
}

export interface GetCloudFrontOriginAccessIdentityResult {
  CloudFrontOriginAccessIdentity?: CloudFrontOriginAccessIdentity;
  ETag?: string;
}

export interface GetCloudFrontOriginAccessIdentityConfigRequest {
  Id: string;
}

export interface GetCloudFrontOriginAccessIdentityConfigResult {
  CloudFrontOriginAccessIdentityConfig?: CloudFrontOriginAccessIdentityConfig;
  ETag?: string;
}

export interface GetConnectionFunctionRequest {
  Identifier: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface GetConnectionFunctionResult {
  ConnectionFunctionCode?: Buffer;
  ContentType?: string;
  ETag?: string;
}

export interface GetConnectionGroupRequest {
  Identifier: string;
}

export interface GetConnectionGroupResult {
  ConnectionGroup?: ConnectionGroup;
  ETag?: string;
}

export interface GetConnectionGroupByRoutingEndpointRequest {
  RoutingEndpoint: string;
}

export interface GetConnectionGroupByRoutingEndpointResult {
  ConnectionGroup?: ConnectionGroup;
  ETag?: string;
}

export interface GetContinuousDeploymentPolicyRequest {
  Id: string;
}

export interface GetContinuousDeploymentPolicyResult {
  ContinuousDeploymentPolicy?: ContinuousDeploymentPolicy;
  ETag?: string;
}

export interface GetContinuousDeploymentPolicyConfigRequest {
  Id: string;
}

export interface GetContinuousDeploymentPolicyConfigResult {
  ContinuousDeploymentPolicyConfig?: ContinuousDeploymentPolicyConfig;
  ETag?: string;
}

export interface GetDistributionRequest {
  Id: string;
}

export interface GetDistributionResult {
  Distribution?: Distribution;
  ETag?: string;
}

export interface GetDistributionConfigRequest {
  Id: string;
}

export interface GetDistributionConfigResult {
  DistributionConfig?: DistributionConfig;
  ETag?: string;
}

export interface GetDistributionTenantRequest {
  Identifier: string;
}

export interface GetDistributionTenantResult {
  DistributionTenant?: DistributionTenant;
  ETag?: string;
}

export interface GetDistributionTenantByDomainRequest {
  Domain: string;
}

export interface GetDistributionTenantByDomainResult {
  DistributionTenant?: DistributionTenant;
  ETag?: string;
}

export interface GetFieldLevelEncryptionRequest {
  Id: string;
}

export interface GetFieldLevelEncryptionResult {
  ETag?: string;
  FieldLevelEncryption?: FieldLevelEncryption;
}

export interface GetFieldLevelEncryptionConfigRequest {
  Id: string;
}

export interface GetFieldLevelEncryptionConfigResult {
  ETag?: string;
  FieldLevelEncryptionConfig?: FieldLevelEncryptionConfig;
}

export interface GetFieldLevelEncryptionProfileRequest {
  Id: string;
}

export interface GetFieldLevelEncryptionProfileResult {
  ETag?: string;
  FieldLevelEncryptionProfile?: FieldLevelEncryptionProfile;
}

export interface GetFieldLevelEncryptionProfileConfigRequest {
  Id: string;
}

export interface GetFieldLevelEncryptionProfileConfigResult {
  ETag?: string;
  FieldLevelEncryptionProfileConfig?: FieldLevelEncryptionProfileConfig;
}

export interface GetFunctionRequest {
  Name: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface GetFunctionResult {
  ContentType?: string;
  ETag?: string;
  FunctionCode?: Buffer;
}

export interface GetInvalidationRequest {
  DistributionId: string;
  Id: string;
}

export interface GetInvalidationResult {
  Invalidation?: Invalidation;
}

export interface GetInvalidationForDistributionTenantRequest {
  DistributionTenantId: string;
  Id: string;
}

export interface GetInvalidationForDistributionTenantResult {
  Invalidation?: Invalidation;
}

export interface GetKeyGroupRequest {
  Id: string;
}

export interface GetKeyGroupResult {
  ETag?: string;
  KeyGroup?: KeyGroup;
}

export interface GetKeyGroupConfigRequest {
  Id: string;
}

export interface GetKeyGroupConfigResult {
  ETag?: string;
  KeyGroupConfig?: KeyGroupConfig;
}

export interface GetManagedCertificateDetailsRequest {
  Identifier: string;
}

export interface GetManagedCertificateDetailsResult {
  ManagedCertificateDetails?: ManagedCertificateDetails;
}

export interface GetMonitoringSubscriptionRequest {
  DistributionId: string;
}

export interface GetMonitoringSubscriptionResult {
  MonitoringSubscription?: MonitoringSubscription;
}

export interface GetOriginAccessControlRequest {
  Id: string;
}

export interface GetOriginAccessControlResult {
  ETag?: string;
  OriginAccessControl?: OriginAccessControl;
}

export interface GetOriginAccessControlConfigRequest {
  Id: string;
}

export interface GetOriginAccessControlConfigResult {
  ETag?: string;
  OriginAccessControlConfig?: OriginAccessControlConfig;
}

export interface GetOriginRequestPolicyRequest {
  Id: string;
}

export interface GetOriginRequestPolicyResult {
  ETag?: string;
  OriginRequestPolicy?: OriginRequestPolicy;
}

export interface GetOriginRequestPolicyConfigRequest {
  Id: string;
}

export interface GetOriginRequestPolicyConfigResult {
  ETag?: string;
  OriginRequestPolicyConfig?: OriginRequestPolicyConfig;
}

export interface GetPublicKeyRequest {
  Id: string;
}

export interface GetPublicKeyResult {
  ETag?: string;
  PublicKey?: PublicKey;
}

export interface GetPublicKeyConfigRequest {
  Id: string;
}

export interface GetPublicKeyConfigResult {
  ETag?: string;
  PublicKeyConfig?: PublicKeyConfig;
}

export interface GetRealtimeLogConfigRequest {
  ARN?: string;
  Name?: string;
}

export interface GetRealtimeLogConfigResult {
  RealtimeLogConfig?: RealtimeLogConfig;
}

export interface GetResourcePolicyRequest {
  ResourceArn: string;
}

export interface GetResourcePolicyResult {
  PolicyDocument?: string;
  ResourceArn?: string;
}

export interface GetResponseHeadersPolicyRequest {
  Id: string;
}

export interface GetResponseHeadersPolicyResult {
  ETag?: string;
  ResponseHeadersPolicy?: ResponseHeadersPolicy;
}

export interface GetResponseHeadersPolicyConfigRequest {
  Id: string;
}

export interface GetResponseHeadersPolicyConfigResult {
  ETag?: string;
  ResponseHeadersPolicyConfig?: ResponseHeadersPolicyConfig;
}

export interface GetStreamingDistributionRequest {
  Id: string;
}

export interface GetStreamingDistributionResult {
  ETag?: string;
  StreamingDistribution?: StreamingDistribution;
}

export interface GetStreamingDistributionConfigRequest {
  Id: string;
}

export interface GetStreamingDistributionConfigResult {
  ETag?: string;
  StreamingDistributionConfig?: StreamingDistributionConfig;
}

export interface GetTrustStoreRequest {
  Identifier: string;
}

export interface GetTrustStoreResult {
  ETag?: string;
  TrustStore?: TrustStore;
}

export interface GetVpcOriginRequest {
  Id: string;
}

export interface GetVpcOriginResult {
  ETag?: string;
  VpcOrigin?: VpcOrigin;
}

export interface ListAnycastIpListsRequest {
  Marker?: string;
  MaxItems?: number;
}

export interface ListAnycastIpListsResult {
  AnycastIpLists?: AnycastIpListCollection;
}

export interface ListCachePoliciesRequest {
  Marker?: string;
  MaxItems?: string;
  Type?: "managed" | "custom";
}

export interface ListCachePoliciesResult {
  CachePolicyList?: CachePolicyList;
}

export interface ListCloudFrontOriginAccessIdentitiesRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListCloudFrontOriginAccessIdentitiesResult {
  CloudFrontOriginAccessIdentityList?: CloudFrontOriginAccessIdentityList;
}

export interface ListConflictingAliasesRequest {
  Alias: string;
  DistributionId: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListConflictingAliasesResult {
  ConflictingAliasesList?: ConflictingAliasesList;
}

export interface ListConnectionFunctionsRequest {
  Marker?: string;
  MaxItems?: number;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface ListConnectionFunctionsResult {
  ConnectionFunctions?: Array<ConnectionFunctionSummary>;
  NextMarker?: string;
}

export interface ListConnectionGroupsRequest {
  AssociationFilter?: ConnectionGroupAssociationFilter;
  Marker?: string;
  MaxItems?: number;
}

export interface ListConnectionGroupsResult {
  ConnectionGroups?: Array<ConnectionGroupSummary>;
  NextMarker?: string;
}

export interface ListContinuousDeploymentPoliciesRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListContinuousDeploymentPoliciesResult {
  ContinuousDeploymentPolicyList?: ContinuousDeploymentPolicyList;
}

export interface ListDistributionsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListDistributionsResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionsByAnycastIpListIdRequest {
  AnycastIpListId: string;
  Marker?: string;
  MaxItems?: string;
}

export interface ListDistributionsByAnycastIpListIdResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionsByCachePolicyIdRequest {
  CachePolicyId: string;
  Marker?: string;
  MaxItems?: string;
}

export interface ListDistributionsByCachePolicyIdResult {
  DistributionIdList?: DistributionIdList;
}

export interface ListDistributionsByConnectionFunctionRequest {
  ConnectionFunctionIdentifier: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListDistributionsByConnectionFunctionResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionsByConnectionModeRequest {
  ConnectionMode: "direct" | "tenant-only";
  Marker?: string;
  MaxItems?: number;
}

export interface ListDistributionsByConnectionModeResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionsByKeyGroupRequest {
  KeyGroupId: string;
  Marker?: string;
  MaxItems?: string;
}

export interface ListDistributionsByKeyGroupResult {
  DistributionIdList?: DistributionIdList;
}

export interface ListDistributionsByOriginRequestPolicyIdRequest {
  Marker?: string;
  MaxItems?: string;
  OriginRequestPolicyId: string;
}

export interface ListDistributionsByOriginRequestPolicyIdResult {
  DistributionIdList?: DistributionIdList;
}

export interface ListDistributionsByOwnedResourceRequest {
  Marker?: string;
  MaxItems?: string;
  ResourceArn: string;
}

export interface ListDistributionsByOwnedResourceResult {
  DistributionList?: DistributionIdOwnerList;
}

export interface ListDistributionsByRealtimeLogConfigRequest {
  Marker?: string;
  MaxItems?: string;
  RealtimeLogConfigArn?: string;
  RealtimeLogConfigName?: string;
}

export interface ListDistributionsByRealtimeLogConfigResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionsByResponseHeadersPolicyIdRequest {
  Marker?: string;
  MaxItems?: string;
  ResponseHeadersPolicyId: string;
}

export interface ListDistributionsByResponseHeadersPolicyIdResult {
  DistributionIdList?: DistributionIdList;
}

export interface ListDistributionsByTrustStoreRequest {
  Marker?: string;
  MaxItems?: string;
  TrustStoreIdentifier: string;
}

export interface ListDistributionsByTrustStoreResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionsByVpcOriginIdRequest {
  Marker?: string;
  MaxItems?: string;
  VpcOriginId: string;
}

export interface ListDistributionsByVpcOriginIdResult {
  DistributionIdList?: DistributionIdList;
}

export interface ListDistributionsByWebACLIdRequest {
  Marker?: string;
  MaxItems?: string;
  WebACLId: string;
}

export interface ListDistributionsByWebACLIdResult {
  DistributionList?: DistributionList;
}

export interface ListDistributionTenantsRequest {
  AssociationFilter?: DistributionTenantAssociationFilter;
  Marker?: string;
  MaxItems?: number;
}

export interface ListDistributionTenantsResult {
  DistributionTenantList?: Array<DistributionTenantSummary>;
  NextMarker?: string;
}

export interface ListDistributionTenantsByCustomizationRequest {
  CertificateArn?: string;
  Marker?: string;
  MaxItems?: number;
  WebACLArn?: string;
}

export interface ListDistributionTenantsByCustomizationResult {
  DistributionTenantList?: Array<DistributionTenantSummary>;
  NextMarker?: string;
}

export interface ListDomainConflictsRequest {
  Domain: string;
  DomainControlValidationResource: DistributionResourceId;
  Marker?: string;
  MaxItems?: number;
}

export interface ListDomainConflictsResult {
  DomainConflicts?: Array<DomainConflict>;
  NextMarker?: string;
}

export interface ListFieldLevelEncryptionConfigsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListFieldLevelEncryptionConfigsResult {
  FieldLevelEncryptionList?: FieldLevelEncryptionList;
}

export interface ListFieldLevelEncryptionProfilesRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListFieldLevelEncryptionProfilesResult {
  FieldLevelEncryptionProfileList?: FieldLevelEncryptionProfileList;
}

export interface ListFunctionsRequest {
  Marker?: string;
  MaxItems?: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface ListFunctionsResult {
  FunctionList?: FunctionList;
}

export interface ListInvalidationsRequest {
  DistributionId: string;
  Marker?: string;
  MaxItems?: string;
}

export interface ListInvalidationsResult {
  InvalidationList?: InvalidationList;
}

export interface ListInvalidationsForDistributionTenantRequest {
  Id: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListInvalidationsForDistributionTenantResult {
  InvalidationList?: InvalidationList;
}

export interface ListKeyGroupsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListKeyGroupsResult {
  KeyGroupList?: KeyGroupList;
}

export interface ListKeyValueStoresRequest {
  Marker?: string;
  MaxItems?: string;
  Status?: string;
}

export interface ListKeyValueStoresResult {
  KeyValueStoreList?: KeyValueStoreList;
}

export interface ListOriginAccessControlsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListOriginAccessControlsResult {
  OriginAccessControlList?: OriginAccessControlList;
}

export interface ListOriginRequestPoliciesRequest {
  Marker?: string;
  MaxItems?: string;
  Type?: "managed" | "custom";
}

export interface ListOriginRequestPoliciesResult {
  OriginRequestPolicyList?: OriginRequestPolicyList;
}

export interface ListPublicKeysRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListPublicKeysResult {
  PublicKeyList?: PublicKeyList;
}

export interface ListRealtimeLogConfigsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListRealtimeLogConfigsResult {
  RealtimeLogConfigs?: RealtimeLogConfigs;
}

export interface ListResponseHeadersPoliciesRequest {
  Marker?: string;
  MaxItems?: string;
  Type?: "managed" | "custom";
}

export interface ListResponseHeadersPoliciesResult {
  ResponseHeadersPolicyList?: ResponseHeadersPolicyList;
}

export interface ListStreamingDistributionsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListStreamingDistributionsResult {
  StreamingDistributionList?: StreamingDistributionList;
}

export interface ListTagsForResourceRequest {
  Resource: string;
}

export interface ListTagsForResourceResult {
  Tags: Tags;
}

export interface ListTrustStoresRequest {
  Marker?: string;
  MaxItems?: number;
}

export interface ListTrustStoresResult {
  NextMarker?: string;
  TrustStoreList?: Array<TrustStoreSummary>;
}

export interface ListVpcOriginsRequest {
  Marker?: string;
  MaxItems?: string;
}

export interface ListVpcOriginsResult {
  VpcOriginList?: VpcOriginList;
}

export interface PublishConnectionFunctionRequest {
  Id: string;
  IfMatch: string;
}

export interface PublishConnectionFunctionResult {
  ConnectionFunctionSummary?: ConnectionFunctionSummary;
}

export interface PublishFunctionRequest {
  IfMatch: string;
  Name: string;
}

export interface PublishFunctionResult {
  FunctionSummary?: FunctionSummary;
}

export interface PutResourcePolicyRequest {
  PolicyDocument: string;
  ResourceArn: string;
}

export interface PutResourcePolicyResult {
  ResourceArn?: string;
}

export interface TagResourceRequest {
  Resource: string;
  Tags: Tags;
}

export interface TestConnectionFunctionRequest {
  ConnectionObject: Buffer;
  Id: string;
  IfMatch: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface TestConnectionFunctionResult {
  ConnectionFunctionTestResult?: ConnectionFunctionTestResult;
}

export interface TestFunctionRequest {
  EventObject: Buffer;
  IfMatch: string;
  Name: string;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface TestFunctionResult {
  TestResult?: TestResult;
}

export interface UntagResourceRequest {
  Resource: string;
  TagKeys: TagKeys;
}

export interface UpdateAnycastIpListRequest {
  Id: string;
  IfMatch: string;
  IpAddressType?: "ipv4" | "ipv6" | "dualstack";
  IpamCidrConfigs?: Array<IpamCidrConfig>;
}

export interface UpdateAnycastIpListResult {
  AnycastIpList?: AnycastIpList;
  ETag?: string;
}

export interface UpdateCachePolicyRequest {
  CachePolicyConfig: CachePolicyConfig;
  Id: string;
  IfMatch?: string;
}

export interface UpdateCachePolicyResult {
  CachePolicy?: CachePolicy;
  ETag?: string;
}

export interface UpdateCloudFrontOriginAccessIdentityRequest {
  CloudFrontOriginAccessIdentityConfig: CloudFrontOriginAccessIdentityConfig;
  Id: string;
  IfMatch?: string;
}

export interface UpdateCloudFrontOriginAccessIdentityResult {
  CloudFrontOriginAccessIdentity?: CloudFrontOriginAccessIdentity;
  ETag?: string;
}

export interface UpdateConnectionFunctionRequest {
  ConnectionFunctionCode: Buffer;
  ConnectionFunctionConfig: FunctionConfig;
  Id: string;
  IfMatch: string;
}

export interface UpdateConnectionFunctionResult {
  ConnectionFunctionSummary?: ConnectionFunctionSummary;
  ETag?: string;
}

export interface UpdateConnectionGroupRequest {
  AnycastIpListId?: string;
  Enabled?: boolean;
  Id: string;
  IfMatch: string;
  Ipv6Enabled?: boolean;
}

export interface UpdateConnectionGroupResult {
  ConnectionGroup?: ConnectionGroup;
  ETag?: string;
}

export interface UpdateContinuousDeploymentPolicyRequest {
  ContinuousDeploymentPolicyConfig: ContinuousDeploymentPolicyConfig;
  Id: string;
  IfMatch?: string;
}

export interface UpdateContinuousDeploymentPolicyResult {
  ContinuousDeploymentPolicy?: ContinuousDeploymentPolicy;
  ETag?: string;
}

export interface UpdateDistributionRequest {
  DistributionConfig: DistributionConfig;
  Id: string;
  IfMatch?: string;
}

export interface UpdateDistributionResult {
  Distribution?: Distribution;
  ETag?: string;
}

export interface UpdateDistributionTenantRequest {
  ConnectionGroupId?: string;
  Customizations?: Customizations;
  DistributionId?: string;
  Domains?: Array<DomainItem>;
  Enabled?: boolean;
  Id: string;
  IfMatch: string;
  ManagedCertificateRequest?: ManagedCertificateRequest;
  Parameters?: Array<Parameter>;
}

export interface UpdateDistributionTenantResult {
  DistributionTenant?: DistributionTenant;
  ETag?: string;
}

export interface UpdateDistributionWithStagingConfigRequest {
  Id: string;
  IfMatch?: string;
  StagingDistributionId?: string;
}

export interface UpdateDistributionWithStagingConfigResult {
  Distribution?: Distribution;
  ETag?: string;
}

export interface UpdateDomainAssociationRequest {
  Domain: string;
  IfMatch?: string;
  TargetResource: DistributionResourceId;
}

export interface UpdateDomainAssociationResult {
  Domain?: string;
  ETag?: string;
  ResourceId?: string;
}

export interface UpdateFieldLevelEncryptionConfigRequest {
  FieldLevelEncryptionConfig: FieldLevelEncryptionConfig;
  Id: string;
  IfMatch?: string;
}

export interface UpdateFieldLevelEncryptionConfigResult {
  ETag?: string;
  FieldLevelEncryption?: FieldLevelEncryption;
}

export interface UpdateFieldLevelEncryptionProfileRequest {
  FieldLevelEncryptionProfileConfig: FieldLevelEncryptionProfileConfig;
  Id: string;
  IfMatch?: string;
}

export interface UpdateFieldLevelEncryptionProfileResult {
  ETag?: string;
  FieldLevelEncryptionProfile?: FieldLevelEncryptionProfile;
}

export interface UpdateFunctionRequest {
  FunctionCode: Buffer;
  FunctionConfig: FunctionConfig;
  IfMatch: string;
  Name: string;
}

export interface UpdateFunctionResult {
  ETag?: string;
  FunctionSummary?: FunctionSummary;
}

export interface UpdateKeyGroupRequest {
  Id: string;
  IfMatch?: string;
  KeyGroupConfig: KeyGroupConfig;
}

export interface UpdateKeyGroupResult {
  ETag?: string;
  KeyGroup?: KeyGroup;
}

export interface UpdateKeyValueStoreRequest {
  Comment: string;
  IfMatch: string;
  Name: string;
}

export interface UpdateKeyValueStoreResult {
  ETag?: string;
  KeyValueStore?: KeyValueStore;
}

export interface UpdateOriginAccessControlRequest {
  Id: string;
  IfMatch?: string;
  OriginAccessControlConfig: OriginAccessControlConfig;
}

export interface UpdateOriginAccessControlResult {
  ETag?: string;
  OriginAccessControl?: OriginAccessControl;
}

export interface UpdateOriginRequestPolicyRequest {
  Id: string;
  IfMatch?: string;
  OriginRequestPolicyConfig: OriginRequestPolicyConfig;
}

export interface UpdateOriginRequestPolicyResult {
  ETag?: string;
  OriginRequestPolicy?: OriginRequestPolicy;
}

export interface UpdatePublicKeyRequest {
  Id: string;
  IfMatch?: string;
  PublicKeyConfig: PublicKeyConfig;
}

export interface UpdatePublicKeyResult {
  ETag?: string;
  PublicKey?: PublicKey;
}

export interface UpdateRealtimeLogConfigRequest {
  ARN?: string;
  EndPoints?: Array<EndPoint>;
  Fields?: Array<string>;
  Name?: string;
  SamplingRate?: number;
}

export interface UpdateRealtimeLogConfigResult {
  RealtimeLogConfig?: RealtimeLogConfig;
}

export interface UpdateResponseHeadersPolicyRequest {
  Id: string;
  IfMatch?: string;
  ResponseHeadersPolicyConfig: ResponseHeadersPolicyConfig;
}

export interface UpdateResponseHeadersPolicyResult {
  ETag?: string;
  ResponseHeadersPolicy?: ResponseHeadersPolicy;
}

export interface UpdateStreamingDistributionRequest {
  Id: string;
  IfMatch?: string;
  StreamingDistributionConfig: StreamingDistributionConfig;
}

export interface UpdateStreamingDistributionResult {
  ETag?: string;
  StreamingDistribution?: StreamingDistribution;
}

export interface UpdateTrustStoreRequest {
  CaCertificatesBundleSource?: CaCertificatesBundleSource;
  Id: string;
  IfMatch: string;
  UseClientCertificateOCSPEndpoint?: boolean;
}

export interface UpdateTrustStoreResult {
  ETag?: string;
  TrustStore?: TrustStore;
}

export interface UpdateVpcOriginRequest {
  Id: string;
  IfMatch: string;
  VpcOriginEndpointConfig: VpcOriginEndpointConfig;
}

export interface UpdateVpcOriginResult {
  ETag?: string;
  VpcOrigin?: VpcOrigin;
}

export interface VerifyDnsConfigurationRequest {
  Domain?: string;
  Identifier: string;
}

export interface VerifyDnsConfigurationResult {
  DnsConfigurationList?: Array<DnsConfiguration>;
}

export interface AccessDenied {
  Message?: string;
}

export interface BatchTooLarge {
  Message?: string;
}

export interface CNAMEAlreadyExists {
  Message?: string;
}

export interface CachePolicyAlreadyExists {
  Message?: string;
}

export interface CachePolicyInUse {
  Message?: string;
}

export interface CannotChangeImmutablePublicKeyFields {
  Message?: string;
}

export interface CannotDeleteEntityWhileInUse {
  Message?: string;
}

export interface CannotUpdateEntityWhileInUse {
  Message?: string;
}

export interface CloudFrontOriginAccessIdentityAlreadyExists {
  Message?: string;
}

export interface CloudFrontOriginAccessIdentityInUse {
  Message?: string;
}

export interface ContinuousDeploymentPolicyAlreadyExists {
  Message?: string;
}

export interface ContinuousDeploymentPolicyInUse {
  Message?: string;
}

export interface DistributionAlreadyExists {
  Message?: string;
}

export interface DistributionNotDisabled {
  Message?: string;
}

export interface EntityAlreadyExists {
  Message?: string;
}

export interface EntityLimitExceeded {
  Message?: string;
}

export interface EntityNotFound {
  Message?: string;
}

export interface EntitySizeLimitExceeded {
  Message?: string;
}

export interface FieldLevelEncryptionConfigAlreadyExists {
  Message?: string;
}

export interface FieldLevelEncryptionConfigInUse {
  Message?: string;
}

export interface FieldLevelEncryptionProfileAlreadyExists {
  Message?: string;
}

export interface FieldLevelEncryptionProfileInUse {
  Message?: string;
}

export interface FieldLevelEncryptionProfileSizeExceeded {
  Message?: string;
}

export interface FunctionAlreadyExists {
  Message?: string;
}

export interface FunctionInUse {
  Message?: string;
}

export interface FunctionSizeLimitExceeded {
  Message?: string;
}

export interface IllegalDelete {
  Message?: string;
}

export interface IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior {
  Message?: string;
}

export interface IllegalOriginAccessConfiguration {
  Message?: string;
}

export interface IllegalUpdate {
  Message?: string;
}

export interface InconsistentQuantities {
  Message?: string;
}

export interface InvalidArgument {
  Message?: string;
}

export interface InvalidAssociation {
  Message?: string;
}

export interface InvalidDefaultRootObject {
  Message?: string;
}

export interface InvalidDomainNameForOriginAccessControl {
  Message?: string;
}

export interface InvalidErrorCode {
  Message?: string;
}

export interface InvalidForwardCookies {
  Message?: string;
}

export interface InvalidFunctionAssociation {
  Message?: string;
}

export interface InvalidGeoRestrictionParameter {
  Message?: string;
}

export interface InvalidHeadersForS3Origin {
  Message?: string;
}

export interface InvalidIfMatchVersion {
  Message?: string;
}

export interface InvalidLambdaFunctionAssociation {
  Message?: string;
}

export interface InvalidLocationCode {
  Message?: string;
}

export interface InvalidMinimumProtocolVersion {
  Message?: string;
}

export interface InvalidOrigin {
  Message?: string;
}

export interface InvalidOriginAccessControl {
  Message?: string;
}

export interface InvalidOriginAccessIdentity {
  Message?: string;
}

export interface InvalidOriginKeepaliveTimeout {
  Message?: string;
}

export interface InvalidOriginReadTimeout {
  Message?: string;
}

export interface InvalidProtocolSettings {
  Message?: string;
}

export interface InvalidQueryStringParameters {
  Message?: string;
}

export interface InvalidRelativePath {
  Message?: string;
}

export interface InvalidRequiredProtocol {
  Message?: string;
}

export interface InvalidResponseCode {
  Message?: string;
}

export interface InvalidTTLOrder {
  Message?: string;
}

export interface InvalidTagging {
  Message?: string;
}

export interface InvalidViewerCertificate {
  Message?: string;
}

export interface InvalidWebACLId {
  Message?: string;
}

export interface KeyGroupAlreadyExists {
  Message?: string;
}

export interface MissingBody {
  Message?: string;
}

export interface MonitoringSubscriptionAlreadyExists {
  Message?: string;
}

export interface NoSuchCachePolicy {
  Message?: string;
}

export interface NoSuchCloudFrontOriginAccessIdentity {
  Message?: string;
}

export interface NoSuchContinuousDeploymentPolicy {
  Message?: string;
}

export interface NoSuchDistribution {
  Message?: string;
}

export interface NoSuchFieldLevelEncryptionConfig {
  Message?: string;
}

export interface NoSuchFieldLevelEncryptionProfile {
  Message?: string;
}

export interface NoSuchFunctionExists {
  Message?: string;
}

export interface NoSuchInvalidation {
  Message?: string;
}

export interface NoSuchMonitoringSubscription {
  Message?: string;
}

export interface NoSuchOrigin {
  Message?: string;
}

export interface NoSuchOriginAccessControl {
  Message?: string;
}

export interface NoSuchOriginRequestPolicy {
  Message?: string;
}

export interface NoSuchPublicKey {
  Message?: string;
}

export interface NoSuchRealtimeLogConfig {
  Message?: string;
}

export interface NoSuchResource {
  Message?: string;
}

export interface NoSuchResponseHeadersPolicy {
  Message?: string;
}

export interface NoSuchStreamingDistribution {
  Message?: string;
}

export interface OriginAccessControlAlreadyExists {
  Message?: string;
}

export interface OriginAccessControlInUse {
  Message?: string;
}

export interface OriginRequestPolicyAlreadyExists {
  Message?: string;
}

export interface OriginRequestPolicyInUse {
  Message?: string;
}

export interface PreconditionFailed {
  Message?: string;
}

export interface PublicKeyAlreadyExists {
  Message?: string;
}

export interface PublicKeyInUse {
  Message?: string;
}

export interface QueryArgProfileEmpty {
  Message?: string;
}

export interface RealtimeLogConfigAlreadyExists {
  Message?: string;
}

export interface RealtimeLogConfigInUse {
  Message?: string;
}

export interface RealtimeLogConfigOwnerMismatch {
  Message?: string;
}

export interface ResourceInUse {
  Message?: string;
}

export interface ResourceNotDisabled {
  Message?: string;
}

export interface ResponseHeadersPolicyAlreadyExists {
  Message?: string;
}

export interface ResponseHeadersPolicyInUse {
  Message?: string;
}

export interface StagingDistributionInUse {
  Message?: string;
}

export interface StreamingDistributionAlreadyExists {
  Message?: string;
}

export interface StreamingDistributionNotDisabled {
  Message?: string;
}

export interface TestFunctionFailed {
  Message?: string;
}

export interface TooLongCSPInResponseHeadersPolicy {
  Message?: string;
}

export interface TooManyCacheBehaviors {
  Message?: string;
}

export interface TooManyCachePolicies {
  Message?: string;
}

export interface TooManyCertificates {
  Message?: string;
}

export interface TooManyCloudFrontOriginAccessIdentities {
  Message?: string;
}

export interface TooManyContinuousDeploymentPolicies {
  Message?: string;
}

export interface TooManyCookieNamesInWhiteList {
  Message?: string;
}

export interface TooManyCookiesInCachePolicy {
  Message?: string;
}

export interface TooManyCookiesInOriginRequestPolicy {
  Message?: string;
}

export interface TooManyCustomHeadersInResponseHeadersPolicy {
  Message?: string;
}

export interface TooManyDistributionCNAMEs {
  Message?: string;
}

export interface TooManyDistributions {
  Message?: string;
}

export interface TooManyDistributionsAssociatedToCachePolicy {
  Message?: string;
}

export interface TooManyDistributionsAssociatedToFieldLevelEncryptionConfig {
  Message?: string;
}

export interface TooManyDistributionsAssociatedToKeyGroup {
  Message?: string;
}

export interface TooManyDistributionsAssociatedToOriginAccessControl {
  Message?: string;
}

export interface TooManyDistributionsAssociatedToOriginRequestPolicy {
  Message?: string;
}

export interface TooManyDistributionsAssociatedToResponseHeadersPolicy {
  Message?: string;
}

export interface TooManyDistributionsWithFunctionAssociations {
  Message?: string;
}

export interface TooManyDistributionsWithLambdaAssociations {
  Message?: string;
}

export interface TooManyDistributionsWithSingleFunctionARN {
  Message?: string;
}

export interface TooManyFieldLevelEncryptionConfigs {
  Message?: string;
}

export interface TooManyFieldLevelEncryptionContentTypeProfiles {
  Message?: string;
}

export interface TooManyFieldLevelEncryptionEncryptionEntities {
  Message?: string;
}

export interface TooManyFieldLevelEncryptionFieldPatterns {
  Message?: string;
}

export interface TooManyFieldLevelEncryptionProfiles {
  Message?: string;
}

export interface TooManyFieldLevelEncryptionQueryArgProfiles {
  Message?: string;
}

export interface TooManyFunctionAssociations {
  Message?: string;
}

export interface TooManyFunctions {
  Message?: string;
}

export interface TooManyHeadersInCachePolicy {
  Message?: string;
}

export interface TooManyHeadersInForwardedValues {
  Message?: string;
}

export interface TooManyHeadersInOriginRequestPolicy {
  Message?: string;
}

export interface TooManyInvalidationsInProgress {
  Message?: string;
}

export interface TooManyKeyGroups {
  Message?: string;
}

export interface TooManyKeyGroupsAssociatedToDistribution {
  Message?: string;
}

export interface TooManyLambdaFunctionAssociations {
  Message?: string;
}

export interface TooManyOriginAccessControls {
  Message?: string;
}

export interface TooManyOriginCustomHeaders {
  Message?: string;
}

export interface TooManyOriginGroupsPerDistribution {
  Message?: string;
}

export interface TooManyOriginRequestPolicies {
  Message?: string;
}

export interface TooManyOrigins {
  Message?: string;
}

export interface TooManyPublicKeys {
  Message?: string;
}

export interface TooManyPublicKeysInKeyGroup {
  Message?: string;
}

export interface TooManyQueryStringParameters {
  Message?: string;
}

export interface TooManyQueryStringsInCachePolicy {
  Message?: string;
}

export interface TooManyQueryStringsInOriginRequestPolicy {
  Message?: string;
}

export interface TooManyRealtimeLogConfigs {
  Message?: string;
}

export interface TooManyRemoveHeadersInResponseHeadersPolicy {
  Message?: string;
}

export interface TooManyResponseHeadersPolicies {
  Message?: string;
}

export interface TooManyStreamingDistributionCNAMEs {
  Message?: string;
}

export interface TooManyStreamingDistributions {
  Message?: string;
}

export interface TooManyTrustedSigners {
  Message?: string;
}

export interface TrustedKeyGroupDoesNotExist {
  Message?: string;
}

export interface TrustedSignerDoesNotExist {
  Message?: string;
}

export interface UnsupportedOperation {
  Message?: string;
}

export interface Distribution {
  ARN: string;
  ActiveTrustedKeyGroups?: ActiveTrustedKeyGroups;
  ActiveTrustedSigners?: ActiveTrustedSigners;
  AliasICPRecordals?: Array<AliasICPRecordal>;
  DistributionConfig: DistributionConfig;
  DomainName: string;
  Id: string;
  InProgressInvalidationBatches: number;
  LastModifiedTime: Date;
  Status: string;
}

export interface IpamCidrConfig {
  AnycastIp?: string;
  Cidr: string;
  IpamPoolArn: string;
  Status?: "provisioned" | "failed-provision" | "provisioning" | "deprovisioned" | "failed-deprovision" | "deprovisioning" | "advertised" | "failed-advertise" | "advertising" | "withdrawn" | "failed-withdraw" | "withdrawing";
}

export interface Tags {
  Items?: Array<TagShape>;
}

export interface AnycastIpList {
  AnycastIps: Array<string>;
  Arn: string;
  Id: string;
  IpAddressType?: "ipv4" | "ipv6" | "dualstack";
  IpCount: number;
  IpamConfig?: IpamConfig;
  LastModifiedTime: Date;
  Name: string;
  Status: string;
}

export interface CachePolicyConfig {
  Comment?: string;
  DefaultTTL?: number;
  MaxTTL?: number;
  MinTTL: number;
  Name: string;
  ParametersInCacheKeyAndForwardedToOrigin?: ParametersInCacheKeyAndForwardedToOrigin;
}

export interface CachePolicy {
  CachePolicyConfig: CachePolicyConfig;
  Id: string;
  LastModifiedTime: Date;
}

export interface CloudFrontOriginAccessIdentityConfig {
  CallerReference: string;
  Comment: string;
}

export interface CloudFrontOriginAccessIdentity {
  CloudFrontOriginAccessIdentityConfig?: CloudFrontOriginAccessIdentityConfig;
  Id: string;
  S3CanonicalUserId: string;
}

export interface FunctionConfig {
  Comment: string;
  KeyValueStoreAssociations?: KeyValueStoreAssociations;
  Runtime: "cloudfront-js-1.0" | "cloudfront-js-2.0";
}

export interface ConnectionFunctionSummary {
  ConnectionFunctionArn: string;
  ConnectionFunctionConfig: FunctionConfig;
  CreatedTime: Date;
  Id: string;
  LastModifiedTime: Date;
  Name: string;
  Stage: "DEVELOPMENT" | "LIVE";
  Status: string;
}

export interface ConnectionGroup {
  AnycastIpListId?: string;
  Arn?: string;
  CreatedTime?: Date;
  Enabled?: boolean;
  Id?: string;
  Ipv6Enabled?: boolean;
  IsDefault?: boolean;
  LastModifiedTime?: Date;
  Name?: string;
  RoutingEndpoint?: string;
  Status?: string;
  Tags?: Tags;
}

export interface ContinuousDeploymentPolicyConfig {
  Enabled: boolean;
  StagingDistributionDnsNames: StagingDistributionDnsNames;
  TrafficConfig?: TrafficConfig;
}

export interface ContinuousDeploymentPolicy {
  ContinuousDeploymentPolicyConfig: ContinuousDeploymentPolicyConfig;
  Id: string;
  LastModifiedTime: Date;
}

export interface DistributionConfig {
  Aliases?: Aliases;
  AnycastIpListId?: string;
  CacheBehaviors?: CacheBehaviors;
  CacheTagConfig?: CacheTagConfig;
  CallerReference: string;
  Comment: string;
  ConnectionFunctionAssociation?: ConnectionFunctionAssociation;
  ConnectionMode?: "direct" | "tenant-only";
  ContinuousDeploymentPolicyId?: string;
  CustomErrorResponses?: CustomErrorResponses;
  DefaultCacheBehavior: DefaultCacheBehavior;
  DefaultRootObject?: string;
  Enabled: boolean;
  HttpVersion?: "http1.1" | "http2" | "http3" | "http2and3";
  IsIPV6Enabled?: boolean;
  Logging?: LoggingConfig;
  OriginGroups?: OriginGroups;
  Origins: Origins;
  PriceClass?: "PriceClass_100" | "PriceClass_200" | "PriceClass_All" | "None";
  Restrictions?: Restrictions;
  Staging?: boolean;
  TenantConfig?: TenantConfig;
  ViewerCertificate?: ViewerCertificate;
  ViewerMtlsConfig?: ViewerMtlsConfig;
  WebACLId?: string;
}

export interface Customizations {
  Certificate?: Certificate;
  GeoRestrictions?: GeoRestrictionCustomization;
  WebAcl?: WebAclCustomization;
}

export interface DomainItem {
  Domain: string;
}

export interface ManagedCertificateRequest {
  CertificateTransparencyLoggingPreference?: "enabled" | "disabled";
  PrimaryDomainName?: string;
  ValidationTokenHost: "cloudfront" | "self-hosted";
}

export interface Parameter {
  Name: string;
  Value: string;
}

export interface DistributionTenant {
  Arn?: string;
  ConnectionGroupId?: string;
  CreatedTime?: Date;
  Customizations?: Customizations;
  DistributionId?: string;
  Domains?: Array<DomainResult>;
  Enabled?: boolean;
  Id?: string;
  LastModifiedTime?: Date;
  Name?: string;
  Parameters?: Array<Parameter>;
  Status?: string;
  Tags?: Tags;
}

export interface DistributionConfigWithTags {
  DistributionConfig: DistributionConfig;
  Tags: Tags;
}

export interface FieldLevelEncryptionConfig {
  CallerReference: string;
  Comment?: string;
  ContentTypeProfileConfig?: ContentTypeProfileConfig;
  QueryArgProfileConfig?: QueryArgProfileConfig;
}

export interface FieldLevelEncryption {
  FieldLevelEncryptionConfig: FieldLevelEncryptionConfig;
  Id: string;
  LastModifiedTime: Date;
}

export interface FieldLevelEncryptionProfileConfig {
  CallerReference: string;
  Comment?: string;
  EncryptionEntities: EncryptionEntities;
  Name: string;
}

export interface FieldLevelEncryptionProfile {
  FieldLevelEncryptionProfileConfig: FieldLevelEncryptionProfileConfig;
  Id: string;
  LastModifiedTime: Date;
}

export interface FunctionSummary {
  FunctionConfig: FunctionConfig;
  FunctionMetadata: FunctionMetadata;
  Name: string;
  Status?: string;
}

export interface InvalidationBatch {
  CallerReference: string;
  Paths: Paths;
}

export interface Invalidation {
  CreateTime: Date;
  Id: string;
  InvalidationBatch: InvalidationBatch;
  Status: string;
}

export interface KeyGroupConfig {
  Comment?: string;
  Items: Array<string>;
  Name: string;
}

export interface KeyGroup {
  Id: string;
  KeyGroupConfig: KeyGroupConfig;
  LastModifiedTime: Date;
}

export interface ImportSource {
  SourceARN: string;
  SourceType: "S3";
}

export interface KeyValueStore {
  ARN: string;
  Comment: string;
  Id: string;
  LastModifiedTime: Date;
  Name: string;
  Status?: string;
}

export interface MonitoringSubscription {
  RealtimeMetricsSubscriptionConfig?: RealtimeMetricsSubscriptionConfig;
}

export interface OriginAccessControlConfig {
  Description?: string;
  Name: string;
  OriginAccessControlOriginType: "s3" | "mediastore" | "mediapackagev2" | "lambda";
  SigningBehavior: "never" | "always" | "no-override";
  SigningProtocol: "sigv4";
}

export interface OriginAccessControl {
  Id: string;
  OriginAccessControlConfig?: OriginAccessControlConfig;
}

export interface OriginRequestPolicyConfig {
  Comment?: string;
  CookiesConfig: OriginRequestPolicyCookiesConfig;
  HeadersConfig: OriginRequestPolicyHeadersConfig;
  Name: string;
  QueryStringsConfig: OriginRequestPolicyQueryStringsConfig;
}

export interface OriginRequestPolicy {
  Id: string;
  LastModifiedTime: Date;
  OriginRequestPolicyConfig: OriginRequestPolicyConfig;
}

export interface PublicKeyConfig {
  CallerReference: string;
  Comment?: string;
  EncodedKey: string;
  Name: string;
}

export interface PublicKey {
  CreatedTime: Date;
  Id: string;
  PublicKeyConfig: PublicKeyConfig;
}

export interface EndPoint {
  KinesisStreamConfig?: KinesisStreamConfig;
  StreamType: string;
}

export interface RealtimeLogConfig {
  ARN: string;
  EndPoints: Array<EndPoint>;
  Fields: Array<string>;
  Name: string;
  SamplingRate: number;
}

export interface ResponseHeadersPolicyConfig {
  Comment?: string;
  CorsConfig?: ResponseHeadersPolicyCorsConfig;
  CustomHeadersConfig?: ResponseHeadersPolicyCustomHeadersConfig;
  Name: string;
  RemoveHeadersConfig?: ResponseHeadersPolicyRemoveHeadersConfig;
  SecurityHeadersConfig?: ResponseHeadersPolicySecurityHeadersConfig;
  ServerTimingHeadersConfig?: ResponseHeadersPolicyServerTimingHeadersConfig;
}

export interface ResponseHeadersPolicy {
  Id: string;
  LastModifiedTime: Date;
  ResponseHeadersPolicyConfig: ResponseHeadersPolicyConfig;
}

export interface StreamingDistributionConfig {
  Aliases?: Aliases;
  CallerReference: string;
  Comment: string;
  Enabled: boolean;
  Logging?: StreamingLoggingConfig;
  PriceClass?: "PriceClass_100" | "PriceClass_200" | "PriceClass_All" | "None";
  S3Origin: S3Origin;
  TrustedSigners: TrustedSigners;
}

export interface StreamingDistribution {
  ARN: string;
  ActiveTrustedSigners: ActiveTrustedSigners;
  DomainName: string;
  Id: string;
  LastModifiedTime?: Date;
  Status: string;
  StreamingDistributionConfig: StreamingDistributionConfig;
}

export interface StreamingDistributionConfigWithTags {
  StreamingDistributionConfig: StreamingDistributionConfig;
  Tags: Tags;
}

export interface CaCertificatesBundleSource {
  CaCertificatesBundleS3Location?: CaCertificatesBundleS3Location;
}

export interface TrustStore {
  Arn?: string;
  Id?: string;
  LastModifiedTime?: Date;
  Name?: string;
  NumberOfCaCertificates?: number;
  Reason?: string;
  Status?: "pending" | "active" | "failed";
  UseClientCertificateOCSPEndpoint?: boolean;
}

export interface VpcOriginEndpointConfig {
  Arn: string;
  HTTPPort: number;
  HTTPSPort: number;
  Name: string;
  OriginProtocolPolicy: "http-only" | "match-viewer" | "https-only";
  OriginSslProtocols?: OriginSslProtocols;
}

export interface VpcOrigin {
  AccountId?: string;
  Arn: string;
  CreatedTime: Date;
  Id: string;
  LastModifiedTime: Date;
  Status: string;
  VpcOriginEndpointConfig: VpcOriginEndpointConfig;
}

export interface ManagedCertificateDetails {
  CertificateArn?: string;
  CertificateStatus?: "pending-validation" | "issued" | "inactive" | "expired" | "validation-timed-out" | "revoked" | "failed";
  ValidationTokenDetails?: Array<ValidationTokenDetail>;
  ValidationTokenHost?: "cloudfront" | "self-hosted";
}

export interface AnycastIpListCollection {
  IsTruncated: boolean;
  Items?: Array<AnycastIpListSummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface CachePolicyList {
  Items?: Array<CachePolicySummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface CloudFrontOriginAccessIdentityList {
  IsTruncated: boolean;
  Items?: Array<CloudFrontOriginAccessIdentitySummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface ConflictingAliasesList {
  Items?: Array<ConflictingAlias>;
  MaxItems?: number;
  NextMarker?: string;
  Quantity?: number;
}

export interface ConnectionGroupAssociationFilter {
  AnycastIpListId?: string;
}

export interface ConnectionGroupSummary {
  AnycastIpListId?: string;
  Arn: string;
  CreatedTime: Date;
  ETag: string;
  Enabled?: boolean;
  Id: string;
  IsDefault?: boolean;
  LastModifiedTime: Date;
  Name: string;
  RoutingEndpoint: string;
  Status?: string;
}

export interface ContinuousDeploymentPolicyList {
  Items?: Array<ContinuousDeploymentPolicySummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface DistributionList {
  IsTruncated: boolean;
  Items?: Array<DistributionSummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface DistributionIdList {
  IsTruncated: boolean;
  Items?: Array<string>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface DistributionIdOwnerList {
  IsTruncated: boolean;
  Items?: Array<DistributionIdOwner>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface DistributionTenantAssociationFilter {
  ConnectionGroupId?: string;
  DistributionId?: string;
}

export interface DistributionTenantSummary {
  Arn: string;
  ConnectionGroupId?: string;
  CreatedTime: Date;
  Customizations?: Customizations;
  DistributionId: string;
  Domains: Array<DomainResult>;
  ETag: string;
  Enabled?: boolean;
  Id: string;
  LastModifiedTime: Date;
  Name: string;
  Status?: string;
}

export interface DistributionResourceId {
  DistributionId?: string;
  DistributionTenantId?: string;
}

export interface DomainConflict {
  AccountId: string;
  Domain: string;
  ResourceId: string;
  ResourceType: "distribution" | "distribution-tenant";
}

export interface FieldLevelEncryptionList {
  Items?: Array<FieldLevelEncryptionSummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface FieldLevelEncryptionProfileList {
  Items?: Array<FieldLevelEncryptionProfileSummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface FunctionList {
  Items?: Array<FunctionSummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface InvalidationList {
  IsTruncated: boolean;
  Items?: Array<InvalidationSummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface KeyGroupList {
  Items?: Array<KeyGroupSummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface KeyValueStoreList {
  Items?: Array<KeyValueStore>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface OriginAccessControlList {
  IsTruncated: boolean;
  Items?: Array<OriginAccessControlSummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface OriginRequestPolicyList {
  Items?: Array<OriginRequestPolicySummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface PublicKeyList {
  Items?: Array<PublicKeySummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface RealtimeLogConfigs {
  IsTruncated: boolean;
  Items?: Array<RealtimeLogConfig>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
}

export interface ResponseHeadersPolicyList {
  Items?: Array<ResponseHeadersPolicySummary>;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface StreamingDistributionList {
  IsTruncated: boolean;
  Items?: Array<StreamingDistributionSummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface TrustStoreSummary {
  Arn: string;
  ETag: string;
  Id: string;
  LastModifiedTime: Date;
  Name: string;
  NumberOfCaCertificates: number;
  Reason?: string;
  Status: "pending" | "active" | "failed";
}

export interface VpcOriginList {
  IsTruncated: boolean;
  Items?: Array<VpcOriginSummary>;
  Marker: string;
  MaxItems: number;
  NextMarker?: string;
  Quantity: number;
}

export interface ConnectionFunctionTestResult {
  ComputeUtilization?: string;
  ConnectionFunctionErrorMessage?: string;
  ConnectionFunctionExecutionLogs?: Array<string>;
  ConnectionFunctionOutput?: string;
  ConnectionFunctionSummary?: ConnectionFunctionSummary;
}

export interface TestResult {
  ComputeUtilization?: string;
  FunctionErrorMessage?: string;
  FunctionExecutionLogs?: Array<string>;
  FunctionOutput?: string;
  FunctionSummary?: FunctionSummary;
}

export interface TagKeys {
  Items?: Array<string>;
}

export interface DnsConfiguration {
  Domain: string;
  Reason?: string;
  Status: "valid-configuration" | "invalid-configuration" | "unknown-configuration";
}

export interface ActiveTrustedKeyGroups {
  Enabled: boolean;
  Items?: Array<KGKeyPairIds>;
  Quantity: number;
}

export interface ActiveTrustedSigners {
  Enabled: boolean;
  Items?: Array<Signer>;
  Quantity: number;
}

export interface AliasICPRecordal {
  CNAME?: string;
  ICPRecordalStatus?: "APPROVED" | "SUSPENDED" | "PENDING";
}

export interface TagShape {
  Key: string;
  Value?: string;
}

export interface IpamConfig {
  IpamCidrConfigs: Array<IpamCidrConfig>;
  Quantity: number;
}

export interface ParametersInCacheKeyAndForwardedToOrigin {
  CookiesConfig: CachePolicyCookiesConfig;
  EnableAcceptEncodingBrotli?: boolean;
  EnableAcceptEncodingGzip: boolean;
  HeadersConfig: CachePolicyHeadersConfig;
  QueryStringsConfig: CachePolicyQueryStringsConfig;
}

export interface KeyValueStoreAssociations {
  Items?: Array<KeyValueStoreAssociation>;
  Quantity: number;
}

export interface StagingDistributionDnsNames {
  Items?: Array<string>;
  Quantity: number;
}

export interface TrafficConfig {
  SingleHeaderConfig?: ContinuousDeploymentSingleHeaderConfig;
  SingleWeightConfig?: ContinuousDeploymentSingleWeightConfig;
  Type: "SingleWeight" | "SingleHeader";
}

export interface Aliases {
  Items?: Array<string>;
  Quantity: number;
}

export interface CacheBehaviors {
  Items?: Array<CacheBehavior>;
  Quantity: number;
}

export interface CacheTagConfig {
  HeaderName: string;
}

export interface ConnectionFunctionAssociation {
  Id: string;
}

export interface CustomErrorResponses {
  Items?: Array<CustomErrorResponse>;
  Quantity: number;
}

export interface DefaultCacheBehavior {
  AllowedMethods?: AllowedMethods;
  CachePolicyId?: string;
  Compress?: boolean;
  DefaultTTL?: number;
  FieldLevelEncryptionId?: string;
  ForwardedValues?: ForwardedValues;
  FunctionAssociations?: FunctionAssociations;
  GrpcConfig?: GrpcConfig;
  LambdaFunctionAssociations?: LambdaFunctionAssociations;
  MaxTTL?: number;
  MinTTL?: number;
  OriginRequestPolicyId?: string;
  RealtimeLogConfigArn?: string;
  ResponseHeadersPolicyId?: string;
  SmoothStreaming?: boolean;
  TargetOriginId: string;
  TrustedKeyGroups?: TrustedKeyGroups;
  TrustedSigners?: TrustedSigners;
  ViewerProtocolPolicy: "allow-all" | "https-only" | "redirect-to-https";
}

export interface LoggingConfig {
  Bucket?: string;
  Enabled?: boolean;
  IncludeCookies?: boolean;
  Prefix?: string;
}

export interface OriginGroups {
  Items?: Array<OriginGroup>;
  Quantity: number;
}

export interface Origins {
  Items: Array<Origin>;
  Quantity: number;
}

export interface Restrictions {
  GeoRestriction: GeoRestriction;
}

export interface TenantConfig {
  ParameterDefinitions?: Array<ParameterDefinition>;
}

export interface ViewerCertificate {
  ACMCertificateArn?: string;
  Certificate?: string;
  CertificateSource?: "cloudfront" | "iam" | "acm";
  CloudFrontDefaultCertificate?: boolean;
  IAMCertificateId?: string;
  MinimumProtocolVersion?: "SSLv3" | "TLSv1" | "TLSv1_2016" | "TLSv1.1_2016" | "TLSv1.2_2018" | "TLSv1.2_2019" | "TLSv1.2_2021" | "TLSv1.3_2025" | "TLSv1.2_2025";
  SSLSupportMethod?: "sni-only" | "vip" | "static-ip";
}

export interface ViewerMtlsConfig {
  Mode?: "required" | "optional" | "passthrough";
  TrustStoreConfig?: TrustStoreConfig;
}

export interface Certificate {
  Arn: string;
}

export interface GeoRestrictionCustomization {
  Locations?: Array<string>;
  RestrictionType: "blacklist" | "whitelist" | "none";
}

export interface WebAclCustomization {
  Action: "override" | "disable";
  Arn?: string;
}

export interface DomainResult {
  Domain: string;
  Status?: "active" | "inactive";
}

export interface ContentTypeProfileConfig {
  ContentTypeProfiles?: ContentTypeProfiles;
  ForwardWhenContentTypeIsUnknown: boolean;
}

export interface QueryArgProfileConfig {
  ForwardWhenQueryArgProfileIsUnknown: boolean;
  QueryArgProfiles?: QueryArgProfiles;
}

export interface EncryptionEntities {
  Items?: Array<EncryptionEntity>;
  Quantity: number;
}

export interface FunctionMetadata {
  CreatedTime?: Date;
  FunctionARN: string;
  LastModifiedTime: Date;
  Stage?: "DEVELOPMENT" | "LIVE";
}

export interface Paths {
  Items?: Array<string>;
  Quantity: number;
}

export interface RealtimeMetricsSubscriptionConfig {
  RealtimeMetricsSubscriptionStatus: "Enabled" | "Disabled";
}

export interface OriginRequestPolicyCookiesConfig {
  CookieBehavior: "none" | "whitelist" | "all" | "allExcept";
  Cookies?: CookieNames;
}

export interface OriginRequestPolicyHeadersConfig {
  HeaderBehavior: "none" | "whitelist" | "allViewer" | "allViewerAndWhitelistCloudFront" | "allExcept";
  Headers?: HeadersShape;
}

export interface OriginRequestPolicyQueryStringsConfig {
  QueryStringBehavior: "none" | "whitelist" | "all" | "allExcept";
  QueryStrings?: QueryStringNames;
}

export interface KinesisStreamConfig {
  RoleARN: string;
  StreamARN: string;
}

export interface ResponseHeadersPolicyCorsConfig {
  AccessControlAllowCredentials: boolean;
  AccessControlAllowHeaders: ResponseHeadersPolicyAccessControlAllowHeaders;
  AccessControlAllowMethods: ResponseHeadersPolicyAccessControlAllowMethods;
  AccessControlAllowOrigins: ResponseHeadersPolicyAccessControlAllowOrigins;
  AccessControlExposeHeaders?: ResponseHeadersPolicyAccessControlExposeHeaders;
  AccessControlMaxAgeSec?: number;
  OriginOverride: boolean;
}

export interface ResponseHeadersPolicyCustomHeadersConfig {
  Items?: Array<ResponseHeadersPolicyCustomHeader>;
  Quantity: number;
}

export interface ResponseHeadersPolicyRemoveHeadersConfig {
  Items?: Array<ResponseHeadersPolicyRemoveHeader>;
  Quantity: number;
}

export interface ResponseHeadersPolicySecurityHeadersConfig {
  ContentSecurityPolicy?: ResponseHeadersPolicyContentSecurityPolicy;
  ContentTypeOptions?: ResponseHeadersPolicyContentTypeOptions;
  FrameOptions?: ResponseHeadersPolicyFrameOptions;
  ReferrerPolicy?: ResponseHeadersPolicyReferrerPolicy;
  StrictTransportSecurity?: ResponseHeadersPolicyStrictTransportSecurity;
  XSSProtection?: ResponseHeadersPolicyXSSProtection;
}

export interface ResponseHeadersPolicyServerTimingHeadersConfig {
  Enabled: boolean;
  SamplingRate?: number;
}

export interface StreamingLoggingConfig {
  Bucket: string;
  Enabled: boolean;
  Prefix: string;
}

export interface S3Origin {
  DomainName: string;
  OriginAccessIdentity: string;
}

export interface TrustedSigners {
  Enabled: boolean;
  Items?: Array<string>;
  Quantity: number;
}

export interface CaCertificatesBundleS3Location {
  Bucket: string;
  Key: string;
  Region: string;
  Version?: string;
}

export interface OriginSslProtocols {
  Items: Array<"SSLv3" | "TLSv1" | "TLSv1.1" | "TLSv1.2">;
  Quantity: number;
}

export interface ValidationTokenDetail {
  Domain: string;
  RedirectFrom?: string;
  RedirectTo?: string;
}

export interface AnycastIpListSummary {
  Arn: string;
  ETag?: string;
  Id: string;
  IpAddressType?: "ipv4" | "ipv6" | "dualstack";
  IpCount: number;
  IpamConfig?: IpamConfig;
  LastModifiedTime: Date;
  Name: string;
  Status: string;
}

export interface CachePolicySummary {
  CachePolicy: CachePolicy;
  Type: "managed" | "custom";
}

export interface CloudFrontOriginAccessIdentitySummary {
  Comment: string;
  Id: string;
  S3CanonicalUserId: string;
}

export interface ConflictingAlias {
  AccountId?: string;
  Alias?: string;
  DistributionId?: string;
}

export interface ContinuousDeploymentPolicySummary {
  ContinuousDeploymentPolicy: ContinuousDeploymentPolicy;
}

export interface DistributionSummary {
  ARN: string;
  AliasICPRecordals?: Array<AliasICPRecordal>;
  Aliases: Aliases;
  AnycastIpListId?: string;
  CacheBehaviors: CacheBehaviors;
  Comment: string;
  ConnectionFunctionAssociation?: ConnectionFunctionAssociation;
  ConnectionMode?: "direct" | "tenant-only";
  CustomErrorResponses: CustomErrorResponses;
  DefaultCacheBehavior: DefaultCacheBehavior;
  DomainName: string;
  ETag?: string;
  Enabled: boolean;
  HttpVersion: "http1.1" | "http2" | "http3" | "http2and3";
  Id: string;
  IsIPV6Enabled: boolean;
  LastModifiedTime: Date;
  OriginGroups?: OriginGroups;
  Origins: Origins;
  PriceClass: "PriceClass_100" | "PriceClass_200" | "PriceClass_All" | "None";
  Restrictions: Restrictions;
  Staging: boolean;
  Status: string;
  ViewerCertificate: ViewerCertificate;
  ViewerMtlsConfig?: ViewerMtlsConfig;
  WebACLId: string;
}

export interface DistributionIdOwner {
  DistributionId: string;
  OwnerAccountId: string;
}

export interface FieldLevelEncryptionSummary {
  Comment?: string;
  ContentTypeProfileConfig?: ContentTypeProfileConfig;
  Id: string;
  LastModifiedTime: Date;
  QueryArgProfileConfig?: QueryArgProfileConfig;
}

export interface FieldLevelEncryptionProfileSummary {
  Comment?: string;
  EncryptionEntities: EncryptionEntities;
  Id: string;
  LastModifiedTime: Date;
  Name: string;
}

export interface InvalidationSummary {
  CreateTime: Date;
  Id: string;
  Status: string;
}

export interface KeyGroupSummary {
  KeyGroup: KeyGroup;
}

export interface OriginAccessControlSummary {
  Description: string;
  Id: string;
  Name: string;
  OriginAccessControlOriginType: "s3" | "mediastore" | "mediapackagev2" | "lambda";
  SigningBehavior: "never" | "always" | "no-override";
  SigningProtocol: "sigv4";
}

export interface OriginRequestPolicySummary {
  OriginRequestPolicy: OriginRequestPolicy;
  Type: "managed" | "custom";
}

export interface PublicKeySummary {
  Comment?: string;
  CreatedTime: Date;
  EncodedKey: string;
  Id: string;
  Name: string;
}

export interface ResponseHeadersPolicySummary {
  ResponseHeadersPolicy: ResponseHeadersPolicy;
  Type: "managed" | "custom";
}

export interface StreamingDistributionSummary {
  ARN: string;
  Aliases: Aliases;
  Comment: string;
  DomainName: string;
  Enabled: boolean;
  Id: string;
  LastModifiedTime: Date;
  PriceClass: "PriceClass_100" | "PriceClass_200" | "PriceClass_All" | "None";
  S3Origin: S3Origin;
  Status: string;
  TrustedSigners: TrustedSigners;
}

export interface VpcOriginSummary {
  AccountId?: string;
  Arn: string;
  CreatedTime: Date;
  Id: string;
  LastModifiedTime: Date;
  Name: string;
  OriginEndpointArn: string;
  Status: string;
}

export interface KGKeyPairIds {
  KeyGroupId?: string;
  KeyPairIds?: KeyPairIds;
}

export interface Signer {
  AwsAccountNumber?: string;
  KeyPairIds?: KeyPairIds;
}

export interface CachePolicyCookiesConfig {
  CookieBehavior: "none" | "whitelist" | "allExcept" | "all";
  Cookies?: CookieNames;
}

export interface CachePolicyHeadersConfig {
  HeaderBehavior: "none" | "whitelist";
  Headers?: HeadersShape;
}

export interface CachePolicyQueryStringsConfig {
  QueryStringBehavior: "none" | "whitelist" | "allExcept" | "all";
  QueryStrings?: QueryStringNames;
}

export interface KeyValueStoreAssociation {
  KeyValueStoreARN: string;
}

export interface ContinuousDeploymentSingleHeaderConfig {
  Header: string;
  Value: string;
}

export interface ContinuousDeploymentSingleWeightConfig {
  SessionStickinessConfig?: SessionStickinessConfig;
  Weight: number;
}

export interface CacheBehavior {
  AllowedMethods?: AllowedMethods;
  CachePolicyId?: string;
  Compress?: boolean;
  DefaultTTL?: number;
  FieldLevelEncryptionId?: string;
  ForwardedValues?: ForwardedValues;
  FunctionAssociations?: FunctionAssociations;
  GrpcConfig?: GrpcConfig;
  LambdaFunctionAssociations?: LambdaFunctionAssociations;
  MaxTTL?: number;
  MinTTL?: number;
  OriginRequestPolicyId?: string;
  PathPattern: string;
  RealtimeLogConfigArn?: string;
  ResponseHeadersPolicyId?: string;
  SmoothStreaming?: boolean;
  TargetOriginId: string;
  TrustedKeyGroups?: TrustedKeyGroups;
  TrustedSigners?: TrustedSigners;
  ViewerProtocolPolicy: "allow-all" | "https-only" | "redirect-to-https";
}

export interface CustomErrorResponse {
  ErrorCachingMinTTL?: number;
  ErrorCode: number;
  ResponseCode?: string;
  ResponsePagePath?: string;
}

export interface AllowedMethods {
  CachedMethods?: CachedMethods;
  Items: Array<"GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "OPTIONS" | "DELETE">;
  Quantity: number;
}

export interface ForwardedValues {
  Cookies: CookiePreference;
  Headers?: HeadersShape;
  QueryString: boolean;
  QueryStringCacheKeys?: QueryStringCacheKeys;
}

export interface FunctionAssociations {
  Items?: Array<FunctionAssociation>;
  Quantity: number;
}

export interface GrpcConfig {
  Enabled: boolean;
}

export interface LambdaFunctionAssociations {
  Items?: Array<LambdaFunctionAssociation>;
  Quantity: number;
}

export interface TrustedKeyGroups {
  Enabled: boolean;
  Items?: Array<string>;
  Quantity: number;
}

export interface OriginGroup {
  FailoverCriteria: OriginGroupFailoverCriteria;
  Id: string;
  Members: OriginGroupMembers;
  SelectionCriteria?: "default" | "media-quality-based";
}

export interface Origin {
  ConnectionAttempts?: number;
  ConnectionTimeout?: number;
  CustomHeaders?: CustomHeaders;
  CustomOriginConfig?: CustomOriginConfig;
  DomainName: string;
  Id: string;
  OriginAccessControlId?: string;
  OriginPath?: string;
  OriginShield?: OriginShield;
  ResponseCompletionTimeout?: number;
  S3OriginConfig?: S3OriginConfig;
  VpcOriginConfig?: VpcOriginConfig;
}

export interface GeoRestriction {
  Items?: Array<string>;
  Quantity: number;
  RestrictionType: "blacklist" | "whitelist" | "none";
}

export interface ParameterDefinition {
  Definition: ParameterDefinitionSchema;
  Name: string;
}

export interface TrustStoreConfig {
  AdvertiseTrustStoreCaNames?: boolean;
  IgnoreCertificateExpiry?: boolean;
  TrustStoreId: string;
}

export interface ContentTypeProfiles {
  Items?: Array<ContentTypeProfile>;
  Quantity: number;
}

export interface QueryArgProfiles {
  Items?: Array<QueryArgProfile>;
  Quantity: number;
}

export interface EncryptionEntity {
  FieldPatterns: FieldPatterns;
  ProviderId: string;
  PublicKeyId: string;
}

export interface CookieNames {
  Items?: Array<string>;
  Quantity: number;
}

export interface HeadersShape {
  Items?: Array<string>;
  Quantity: number;
}

export interface QueryStringNames {
  Items?: Array<string>;
  Quantity: number;
}

export interface ResponseHeadersPolicyAccessControlAllowHeaders {
  Items: Array<string>;
  Quantity: number;
}

export interface ResponseHeadersPolicyAccessControlAllowMethods {
  Items: Array<"GET" | "POST" | "OPTIONS" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "ALL">;
  Quantity: number;
}

export interface ResponseHeadersPolicyAccessControlAllowOrigins {
  Items: Array<string>;
  Quantity: number;
}

export interface ResponseHeadersPolicyAccessControlExposeHeaders {
  Items?: Array<string>;
  Quantity: number;
}

export interface ResponseHeadersPolicyCustomHeader {
  Header: string;
  Override: boolean;
  Value: string;
}

export interface ResponseHeadersPolicyRemoveHeader {
  Header: string;
}

export interface ResponseHeadersPolicyContentSecurityPolicy {
  ContentSecurityPolicy: string;
  Override: boolean;
}

export interface ResponseHeadersPolicyContentTypeOptions {
  Override: boolean;
}

export interface ResponseHeadersPolicyFrameOptions {
  FrameOption: "DENY" | "SAMEORIGIN";
  Override: boolean;
}

export interface ResponseHeadersPolicyReferrerPolicy {
  Override: boolean;
  ReferrerPolicy: "no-referrer" | "no-referrer-when-downgrade" | "origin" | "origin-when-cross-origin" | "same-origin" | "strict-origin" | "strict-origin-when-cross-origin" | "unsafe-url";
}

export interface ResponseHeadersPolicyStrictTransportSecurity {
  AccessControlMaxAgeSec: number;
  IncludeSubdomains?: boolean;
  Override: boolean;
  Preload?: boolean;
}

export interface ResponseHeadersPolicyXSSProtection {
  ModeBlock?: boolean;
  Override: boolean;
  Protection: boolean;
  ReportUri?: string;
}

export interface KeyPairIds {
  Items?: Array<string>;
  Quantity: number;
}

export interface SessionStickinessConfig {
  IdleTTL: number;
  MaximumTTL: number;
}

export interface CachedMethods {
  Items: Array<"GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "OPTIONS" | "DELETE">;
  Quantity: number;
}

export interface CookiePreference {
  Forward: "none" | "whitelist" | "all";
  WhitelistedNames?: CookieNames;
}

export interface QueryStringCacheKeys {
  Items?: Array<string>;
  Quantity: number;
}

export interface FunctionAssociation {
  EventType: "viewer-request" | "viewer-response" | "origin-request" | "origin-response";
  FunctionARN: string;
}

export interface LambdaFunctionAssociation {
  EventType: "viewer-request" | "viewer-response" | "origin-request" | "origin-response";
  IncludeBody?: boolean;
  LambdaFunctionARN: string;
}

export interface OriginGroupFailoverCriteria {
  StatusCodes: StatusCodes;
}

export interface OriginGroupMembers {
  Items: Array<OriginGroupMember>;
  Quantity: number;
}

export interface CustomHeaders {
  Items?: Array<OriginCustomHeader>;
  Quantity: number;
}

export interface CustomOriginConfig {
  HTTPPort: number;
  HTTPSPort: number;
  IpAddressType?: "ipv4" | "ipv6" | "dualstack";
  OriginKeepaliveTimeout?: number;
  OriginMtlsConfig?: OriginMtlsConfig;
  OriginProtocolPolicy: "http-only" | "match-viewer" | "https-only";
  OriginReadTimeout?: number;
  OriginSslProtocols?: OriginSslProtocols;
}

export interface OriginShield {
  Enabled: boolean;
  OriginShieldRegion?: string;
}

export interface S3OriginConfig {
  OriginAccessIdentity: string;
  OriginReadTimeout?: number;
}

export interface VpcOriginConfig {
  OriginKeepaliveTimeout?: number;
  OriginReadTimeout?: number;
  OwnerAccountId?: string;
  VpcOriginId: string;
}

export interface ParameterDefinitionSchema {
  StringSchema?: StringSchemaConfig;
}

export interface ContentTypeProfile {
  ContentType: string;
  Format: "URLEncoded";
  ProfileId?: string;
}

export interface QueryArgProfile {
  ProfileId: string;
  QueryArg: string;
}

export interface FieldPatterns {
  Items?: Array<string>;
  Quantity: number;
}

export interface StatusCodes {
  Items: Array<number>;
  Quantity: number;
}

export interface OriginGroupMember {
  OriginId: string;
}

export interface OriginCustomHeader {
  HeaderName: string;
  HeaderValue: string;
}

export interface OriginMtlsConfig {
  ClientCertificateArn: string;
}

export interface StringSchemaConfig {
  Comment?: string;
  DefaultValue?: string;
  Required: boolean;
}

/** Every operation of Amazon CloudFront; a provider implements the ones it serves. */
export interface CloudfrontOperations {
  AssociateAlias2020_05_31(input: AssociateAliasRequest, context: RequestContext): void | Promise<void>;
  AssociateDistributionTenantWebACL2020_05_31(input: AssociateDistributionTenantWebACLRequest, context: RequestContext): AssociateDistributionTenantWebACLResult | Promise<AssociateDistributionTenantWebACLResult>;
  AssociateDistributionWebACL2020_05_31(input: AssociateDistributionWebACLRequest, context: RequestContext): AssociateDistributionWebACLResult | Promise<AssociateDistributionWebACLResult>;
  CopyDistribution2020_05_31(input: CopyDistributionRequest, context: RequestContext): CopyDistributionResult | Promise<CopyDistributionResult>;
  CreateAnycastIpList2020_05_31(input: CreateAnycastIpListRequest, context: RequestContext): CreateAnycastIpListResult | Promise<CreateAnycastIpListResult>;
  CreateCachePolicy2020_05_31(input: CreateCachePolicyRequest, context: RequestContext): CreateCachePolicyResult | Promise<CreateCachePolicyResult>;
  CreateCloudFrontOriginAccessIdentity2020_05_31(input: CreateCloudFrontOriginAccessIdentityRequest, context: RequestContext): CreateCloudFrontOriginAccessIdentityResult | Promise<CreateCloudFrontOriginAccessIdentityResult>;
  CreateConnectionFunction2020_05_31(input: CreateConnectionFunctionRequest, context: RequestContext): CreateConnectionFunctionResult | Promise<CreateConnectionFunctionResult>;
  CreateConnectionGroup2020_05_31(input: CreateConnectionGroupRequest, context: RequestContext): CreateConnectionGroupResult | Promise<CreateConnectionGroupResult>;
  CreateContinuousDeploymentPolicy2020_05_31(input: CreateContinuousDeploymentPolicyRequest, context: RequestContext): CreateContinuousDeploymentPolicyResult | Promise<CreateContinuousDeploymentPolicyResult>;
  CreateDistribution2020_05_31(input: CreateDistributionRequest, context: RequestContext): CreateDistributionResult | Promise<CreateDistributionResult>;
  CreateDistributionTenant2020_05_31(input: CreateDistributionTenantRequest, context: RequestContext): CreateDistributionTenantResult | Promise<CreateDistributionTenantResult>;
  CreateDistributionWithTags2020_05_31(input: CreateDistributionWithTagsRequest, context: RequestContext): CreateDistributionWithTagsResult | Promise<CreateDistributionWithTagsResult>;
  CreateFieldLevelEncryptionConfig2020_05_31(input: CreateFieldLevelEncryptionConfigRequest, context: RequestContext): CreateFieldLevelEncryptionConfigResult | Promise<CreateFieldLevelEncryptionConfigResult>;
  CreateFieldLevelEncryptionProfile2020_05_31(input: CreateFieldLevelEncryptionProfileRequest, context: RequestContext): CreateFieldLevelEncryptionProfileResult | Promise<CreateFieldLevelEncryptionProfileResult>;
  CreateFunction2020_05_31(input: CreateFunctionRequest, context: RequestContext): CreateFunctionResult | Promise<CreateFunctionResult>;
  CreateInvalidation2020_05_31(input: CreateInvalidationRequest, context: RequestContext): CreateInvalidationResult | Promise<CreateInvalidationResult>;
  CreateInvalidationForDistributionTenant2020_05_31(input: CreateInvalidationForDistributionTenantRequest, context: RequestContext): CreateInvalidationForDistributionTenantResult | Promise<CreateInvalidationForDistributionTenantResult>;
  CreateKeyGroup2020_05_31(input: CreateKeyGroupRequest, context: RequestContext): CreateKeyGroupResult | Promise<CreateKeyGroupResult>;
  CreateKeyValueStore2020_05_31(input: CreateKeyValueStoreRequest, context: RequestContext): CreateKeyValueStoreResult | Promise<CreateKeyValueStoreResult>;
  CreateMonitoringSubscription2020_05_31(input: CreateMonitoringSubscriptionRequest, context: RequestContext): CreateMonitoringSubscriptionResult | Promise<CreateMonitoringSubscriptionResult>;
  CreateOriginAccessControl2020_05_31(input: CreateOriginAccessControlRequest, context: RequestContext): CreateOriginAccessControlResult | Promise<CreateOriginAccessControlResult>;
  CreateOriginRequestPolicy2020_05_31(input: CreateOriginRequestPolicyRequest, context: RequestContext): CreateOriginRequestPolicyResult | Promise<CreateOriginRequestPolicyResult>;
  CreatePublicKey2020_05_31(input: CreatePublicKeyRequest, context: RequestContext): CreatePublicKeyResult | Promise<CreatePublicKeyResult>;
  CreateRealtimeLogConfig2020_05_31(input: CreateRealtimeLogConfigRequest, context: RequestContext): CreateRealtimeLogConfigResult | Promise<CreateRealtimeLogConfigResult>;
  CreateResponseHeadersPolicy2020_05_31(input: CreateResponseHeadersPolicyRequest, context: RequestContext): CreateResponseHeadersPolicyResult | Promise<CreateResponseHeadersPolicyResult>;
  CreateStreamingDistribution2020_05_31(input: CreateStreamingDistributionRequest, context: RequestContext): CreateStreamingDistributionResult | Promise<CreateStreamingDistributionResult>;
  CreateStreamingDistributionWithTags2020_05_31(input: CreateStreamingDistributionWithTagsRequest, context: RequestContext): CreateStreamingDistributionWithTagsResult | Promise<CreateStreamingDistributionWithTagsResult>;
  CreateTrustStore2020_05_31(input: CreateTrustStoreRequest, context: RequestContext): CreateTrustStoreResult | Promise<CreateTrustStoreResult>;
  CreateVpcOrigin2020_05_31(input: CreateVpcOriginRequest, context: RequestContext): CreateVpcOriginResult | Promise<CreateVpcOriginResult>;
  DeleteAnycastIpList2020_05_31(input: DeleteAnycastIpListRequest, context: RequestContext): void | Promise<void>;
  DeleteCachePolicy2020_05_31(input: DeleteCachePolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteCloudFrontOriginAccessIdentity2020_05_31(input: DeleteCloudFrontOriginAccessIdentityRequest, context: RequestContext): void | Promise<void>;
  DeleteConnectionFunction2020_05_31(input: DeleteConnectionFunctionRequest, context: RequestContext): void | Promise<void>;
  DeleteConnectionGroup2020_05_31(input: DeleteConnectionGroupRequest, context: RequestContext): void | Promise<void>;
  DeleteContinuousDeploymentPolicy2020_05_31(input: DeleteContinuousDeploymentPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteDistribution2020_05_31(input: DeleteDistributionRequest, context: RequestContext): void | Promise<void>;
  DeleteDistributionTenant2020_05_31(input: DeleteDistributionTenantRequest, context: RequestContext): void | Promise<void>;
  DeleteFieldLevelEncryptionConfig2020_05_31(input: DeleteFieldLevelEncryptionConfigRequest, context: RequestContext): void | Promise<void>;
  DeleteFieldLevelEncryptionProfile2020_05_31(input: DeleteFieldLevelEncryptionProfileRequest, context: RequestContext): void | Promise<void>;
  DeleteFunction2020_05_31(input: DeleteFunctionRequest, context: RequestContext): void | Promise<void>;
  DeleteKeyGroup2020_05_31(input: DeleteKeyGroupRequest, context: RequestContext): void | Promise<void>;
  DeleteKeyValueStore2020_05_31(input: DeleteKeyValueStoreRequest, context: RequestContext): void | Promise<void>;
  DeleteMonitoringSubscription2020_05_31(input: DeleteMonitoringSubscriptionRequest, context: RequestContext): DeleteMonitoringSubscriptionResult | Promise<DeleteMonitoringSubscriptionResult>;
  DeleteOriginAccessControl2020_05_31(input: DeleteOriginAccessControlRequest, context: RequestContext): void | Promise<void>;
  DeleteOriginRequestPolicy2020_05_31(input: DeleteOriginRequestPolicyRequest, context: RequestContext): void | Promise<void>;
  DeletePublicKey2020_05_31(input: DeletePublicKeyRequest, context: RequestContext): void | Promise<void>;
  DeleteRealtimeLogConfig2020_05_31(input: DeleteRealtimeLogConfigRequest, context: RequestContext): void | Promise<void>;
  DeleteResourcePolicy2020_05_31(input: DeleteResourcePolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteResponseHeadersPolicy2020_05_31(input: DeleteResponseHeadersPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteStreamingDistribution2020_05_31(input: DeleteStreamingDistributionRequest, context: RequestContext): void | Promise<void>;
  DeleteTrustStore2020_05_31(input: DeleteTrustStoreRequest, context: RequestContext): void | Promise<void>;
  DeleteVpcOrigin2020_05_31(input: DeleteVpcOriginRequest, context: RequestContext): DeleteVpcOriginResult | Promise<DeleteVpcOriginResult>;
  DescribeConnectionFunction2020_05_31(input: DescribeConnectionFunctionRequest, context: RequestContext): DescribeConnectionFunctionResult | Promise<DescribeConnectionFunctionResult>;
  DescribeFunction2020_05_31(input: DescribeFunctionRequest, context: RequestContext): DescribeFunctionResult | Promise<DescribeFunctionResult>;
  DescribeKeyValueStore2020_05_31(input: DescribeKeyValueStoreRequest, context: RequestContext): DescribeKeyValueStoreResult | Promise<DescribeKeyValueStoreResult>;
  DisassociateDistributionTenantWebACL2020_05_31(input: DisassociateDistributionTenantWebACLRequest, context: RequestContext): DisassociateDistributionTenantWebACLResult | Promise<DisassociateDistributionTenantWebACLResult>;
  DisassociateDistributionWebACL2020_05_31(input: DisassociateDistributionWebACLRequest, context: RequestContext): DisassociateDistributionWebACLResult | Promise<DisassociateDistributionWebACLResult>;
  GetAnycastIpList2020_05_31(input: GetAnycastIpListRequest, context: RequestContext): GetAnycastIpListResult | Promise<GetAnycastIpListResult>;
  GetCachePolicy2020_05_31(input: GetCachePolicyRequest, context: RequestContext): GetCachePolicyResult | Promise<GetCachePolicyResult>;
  GetCachePolicyConfig2020_05_31(input: GetCachePolicyConfigRequest, context: RequestContext): GetCachePolicyConfigResult | Promise<GetCachePolicyConfigResult>;
  GetCloudFrontOriginAccessIdentity2020_05_31(input: GetCloudFrontOriginAccessIdentityRequest, context: RequestContext): GetCloudFrontOriginAccessIdentityResult | Promise<GetCloudFrontOriginAccessIdentityResult>;
  GetCloudFrontOriginAccessIdentityConfig2020_05_31(input: GetCloudFrontOriginAccessIdentityConfigRequest, context: RequestContext): GetCloudFrontOriginAccessIdentityConfigResult | Promise<GetCloudFrontOriginAccessIdentityConfigResult>;
  GetConnectionFunction2020_05_31(input: GetConnectionFunctionRequest, context: RequestContext): GetConnectionFunctionResult | Promise<GetConnectionFunctionResult>;
  GetConnectionGroup2020_05_31(input: GetConnectionGroupRequest, context: RequestContext): GetConnectionGroupResult | Promise<GetConnectionGroupResult>;
  GetConnectionGroupByRoutingEndpoint2020_05_31(input: GetConnectionGroupByRoutingEndpointRequest, context: RequestContext): GetConnectionGroupByRoutingEndpointResult | Promise<GetConnectionGroupByRoutingEndpointResult>;
  GetContinuousDeploymentPolicy2020_05_31(input: GetContinuousDeploymentPolicyRequest, context: RequestContext): GetContinuousDeploymentPolicyResult | Promise<GetContinuousDeploymentPolicyResult>;
  GetContinuousDeploymentPolicyConfig2020_05_31(input: GetContinuousDeploymentPolicyConfigRequest, context: RequestContext): GetContinuousDeploymentPolicyConfigResult | Promise<GetContinuousDeploymentPolicyConfigResult>;
  GetDistribution2020_05_31(input: GetDistributionRequest, context: RequestContext): GetDistributionResult | Promise<GetDistributionResult>;
  GetDistributionConfig2020_05_31(input: GetDistributionConfigRequest, context: RequestContext): GetDistributionConfigResult | Promise<GetDistributionConfigResult>;
  GetDistributionTenant2020_05_31(input: GetDistributionTenantRequest, context: RequestContext): GetDistributionTenantResult | Promise<GetDistributionTenantResult>;
  GetDistributionTenantByDomain2020_05_31(input: GetDistributionTenantByDomainRequest, context: RequestContext): GetDistributionTenantByDomainResult | Promise<GetDistributionTenantByDomainResult>;
  GetFieldLevelEncryption2020_05_31(input: GetFieldLevelEncryptionRequest, context: RequestContext): GetFieldLevelEncryptionResult | Promise<GetFieldLevelEncryptionResult>;
  GetFieldLevelEncryptionConfig2020_05_31(input: GetFieldLevelEncryptionConfigRequest, context: RequestContext): GetFieldLevelEncryptionConfigResult | Promise<GetFieldLevelEncryptionConfigResult>;
  GetFieldLevelEncryptionProfile2020_05_31(input: GetFieldLevelEncryptionProfileRequest, context: RequestContext): GetFieldLevelEncryptionProfileResult | Promise<GetFieldLevelEncryptionProfileResult>;
  GetFieldLevelEncryptionProfileConfig2020_05_31(input: GetFieldLevelEncryptionProfileConfigRequest, context: RequestContext): GetFieldLevelEncryptionProfileConfigResult | Promise<GetFieldLevelEncryptionProfileConfigResult>;
  GetFunction2020_05_31(input: GetFunctionRequest, context: RequestContext): GetFunctionResult | Promise<GetFunctionResult>;
  GetInvalidation2020_05_31(input: GetInvalidationRequest, context: RequestContext): GetInvalidationResult | Promise<GetInvalidationResult>;
  GetInvalidationForDistributionTenant2020_05_31(input: GetInvalidationForDistributionTenantRequest, context: RequestContext): GetInvalidationForDistributionTenantResult | Promise<GetInvalidationForDistributionTenantResult>;
  GetKeyGroup2020_05_31(input: GetKeyGroupRequest, context: RequestContext): GetKeyGroupResult | Promise<GetKeyGroupResult>;
  GetKeyGroupConfig2020_05_31(input: GetKeyGroupConfigRequest, context: RequestContext): GetKeyGroupConfigResult | Promise<GetKeyGroupConfigResult>;
  GetManagedCertificateDetails2020_05_31(input: GetManagedCertificateDetailsRequest, context: RequestContext): GetManagedCertificateDetailsResult | Promise<GetManagedCertificateDetailsResult>;
  GetMonitoringSubscription2020_05_31(input: GetMonitoringSubscriptionRequest, context: RequestContext): GetMonitoringSubscriptionResult | Promise<GetMonitoringSubscriptionResult>;
  GetOriginAccessControl2020_05_31(input: GetOriginAccessControlRequest, context: RequestContext): GetOriginAccessControlResult | Promise<GetOriginAccessControlResult>;
  GetOriginAccessControlConfig2020_05_31(input: GetOriginAccessControlConfigRequest, context: RequestContext): GetOriginAccessControlConfigResult | Promise<GetOriginAccessControlConfigResult>;
  GetOriginRequestPolicy2020_05_31(input: GetOriginRequestPolicyRequest, context: RequestContext): GetOriginRequestPolicyResult | Promise<GetOriginRequestPolicyResult>;
  GetOriginRequestPolicyConfig2020_05_31(input: GetOriginRequestPolicyConfigRequest, context: RequestContext): GetOriginRequestPolicyConfigResult | Promise<GetOriginRequestPolicyConfigResult>;
  GetPublicKey2020_05_31(input: GetPublicKeyRequest, context: RequestContext): GetPublicKeyResult | Promise<GetPublicKeyResult>;
  GetPublicKeyConfig2020_05_31(input: GetPublicKeyConfigRequest, context: RequestContext): GetPublicKeyConfigResult | Promise<GetPublicKeyConfigResult>;
  GetRealtimeLogConfig2020_05_31(input: GetRealtimeLogConfigRequest, context: RequestContext): GetRealtimeLogConfigResult | Promise<GetRealtimeLogConfigResult>;
  GetResourcePolicy2020_05_31(input: GetResourcePolicyRequest, context: RequestContext): GetResourcePolicyResult | Promise<GetResourcePolicyResult>;
  GetResponseHeadersPolicy2020_05_31(input: GetResponseHeadersPolicyRequest, context: RequestContext): GetResponseHeadersPolicyResult | Promise<GetResponseHeadersPolicyResult>;
  GetResponseHeadersPolicyConfig2020_05_31(input: GetResponseHeadersPolicyConfigRequest, context: RequestContext): GetResponseHeadersPolicyConfigResult | Promise<GetResponseHeadersPolicyConfigResult>;
  GetStreamingDistribution2020_05_31(input: GetStreamingDistributionRequest, context: RequestContext): GetStreamingDistributionResult | Promise<GetStreamingDistributionResult>;
  GetStreamingDistributionConfig2020_05_31(input: GetStreamingDistributionConfigRequest, context: RequestContext): GetStreamingDistributionConfigResult | Promise<GetStreamingDistributionConfigResult>;
  GetTrustStore2020_05_31(input: GetTrustStoreRequest, context: RequestContext): GetTrustStoreResult | Promise<GetTrustStoreResult>;
  GetVpcOrigin2020_05_31(input: GetVpcOriginRequest, context: RequestContext): GetVpcOriginResult | Promise<GetVpcOriginResult>;
  ListAnycastIpLists2020_05_31(input: ListAnycastIpListsRequest, context: RequestContext): ListAnycastIpListsResult | Promise<ListAnycastIpListsResult>;
  ListCachePolicies2020_05_31(input: ListCachePoliciesRequest, context: RequestContext): ListCachePoliciesResult | Promise<ListCachePoliciesResult>;
  ListCloudFrontOriginAccessIdentities2020_05_31(input: ListCloudFrontOriginAccessIdentitiesRequest, context: RequestContext): ListCloudFrontOriginAccessIdentitiesResult | Promise<ListCloudFrontOriginAccessIdentitiesResult>;
  ListConflictingAliases2020_05_31(input: ListConflictingAliasesRequest, context: RequestContext): ListConflictingAliasesResult | Promise<ListConflictingAliasesResult>;
  ListConnectionFunctions2020_05_31(input: ListConnectionFunctionsRequest, context: RequestContext): ListConnectionFunctionsResult | Promise<ListConnectionFunctionsResult>;
  ListConnectionGroups2020_05_31(input: ListConnectionGroupsRequest, context: RequestContext): ListConnectionGroupsResult | Promise<ListConnectionGroupsResult>;
  ListContinuousDeploymentPolicies2020_05_31(input: ListContinuousDeploymentPoliciesRequest, context: RequestContext): ListContinuousDeploymentPoliciesResult | Promise<ListContinuousDeploymentPoliciesResult>;
  ListDistributions2020_05_31(input: ListDistributionsRequest, context: RequestContext): ListDistributionsResult | Promise<ListDistributionsResult>;
  ListDistributionsByAnycastIpListId2020_05_31(input: ListDistributionsByAnycastIpListIdRequest, context: RequestContext): ListDistributionsByAnycastIpListIdResult | Promise<ListDistributionsByAnycastIpListIdResult>;
  ListDistributionsByCachePolicyId2020_05_31(input: ListDistributionsByCachePolicyIdRequest, context: RequestContext): ListDistributionsByCachePolicyIdResult | Promise<ListDistributionsByCachePolicyIdResult>;
  ListDistributionsByConnectionFunction2020_05_31(input: ListDistributionsByConnectionFunctionRequest, context: RequestContext): ListDistributionsByConnectionFunctionResult | Promise<ListDistributionsByConnectionFunctionResult>;
  ListDistributionsByConnectionMode2020_05_31(input: ListDistributionsByConnectionModeRequest, context: RequestContext): ListDistributionsByConnectionModeResult | Promise<ListDistributionsByConnectionModeResult>;
  ListDistributionsByKeyGroup2020_05_31(input: ListDistributionsByKeyGroupRequest, context: RequestContext): ListDistributionsByKeyGroupResult | Promise<ListDistributionsByKeyGroupResult>;
  ListDistributionsByOriginRequestPolicyId2020_05_31(input: ListDistributionsByOriginRequestPolicyIdRequest, context: RequestContext): ListDistributionsByOriginRequestPolicyIdResult | Promise<ListDistributionsByOriginRequestPolicyIdResult>;
  ListDistributionsByOwnedResource2020_05_31(input: ListDistributionsByOwnedResourceRequest, context: RequestContext): ListDistributionsByOwnedResourceResult | Promise<ListDistributionsByOwnedResourceResult>;
  ListDistributionsByRealtimeLogConfig2020_05_31(input: ListDistributionsByRealtimeLogConfigRequest, context: RequestContext): ListDistributionsByRealtimeLogConfigResult | Promise<ListDistributionsByRealtimeLogConfigResult>;
  ListDistributionsByResponseHeadersPolicyId2020_05_31(input: ListDistributionsByResponseHeadersPolicyIdRequest, context: RequestContext): ListDistributionsByResponseHeadersPolicyIdResult | Promise<ListDistributionsByResponseHeadersPolicyIdResult>;
  ListDistributionsByTrustStore2020_05_31(input: ListDistributionsByTrustStoreRequest, context: RequestContext): ListDistributionsByTrustStoreResult | Promise<ListDistributionsByTrustStoreResult>;
  ListDistributionsByVpcOriginId2020_05_31(input: ListDistributionsByVpcOriginIdRequest, context: RequestContext): ListDistributionsByVpcOriginIdResult | Promise<ListDistributionsByVpcOriginIdResult>;
  ListDistributionsByWebACLId2020_05_31(input: ListDistributionsByWebACLIdRequest, context: RequestContext): ListDistributionsByWebACLIdResult | Promise<ListDistributionsByWebACLIdResult>;
  ListDistributionTenants2020_05_31(input: ListDistributionTenantsRequest, context: RequestContext): ListDistributionTenantsResult | Promise<ListDistributionTenantsResult>;
  ListDistributionTenantsByCustomization2020_05_31(input: ListDistributionTenantsByCustomizationRequest, context: RequestContext): ListDistributionTenantsByCustomizationResult | Promise<ListDistributionTenantsByCustomizationResult>;
  ListDomainConflicts2020_05_31(input: ListDomainConflictsRequest, context: RequestContext): ListDomainConflictsResult | Promise<ListDomainConflictsResult>;
  ListFieldLevelEncryptionConfigs2020_05_31(input: ListFieldLevelEncryptionConfigsRequest, context: RequestContext): ListFieldLevelEncryptionConfigsResult | Promise<ListFieldLevelEncryptionConfigsResult>;
  ListFieldLevelEncryptionProfiles2020_05_31(input: ListFieldLevelEncryptionProfilesRequest, context: RequestContext): ListFieldLevelEncryptionProfilesResult | Promise<ListFieldLevelEncryptionProfilesResult>;
  ListFunctions2020_05_31(input: ListFunctionsRequest, context: RequestContext): ListFunctionsResult | Promise<ListFunctionsResult>;
  ListInvalidations2020_05_31(input: ListInvalidationsRequest, context: RequestContext): ListInvalidationsResult | Promise<ListInvalidationsResult>;
  ListInvalidationsForDistributionTenant2020_05_31(input: ListInvalidationsForDistributionTenantRequest, context: RequestContext): ListInvalidationsForDistributionTenantResult | Promise<ListInvalidationsForDistributionTenantResult>;
  ListKeyGroups2020_05_31(input: ListKeyGroupsRequest, context: RequestContext): ListKeyGroupsResult | Promise<ListKeyGroupsResult>;
  ListKeyValueStores2020_05_31(input: ListKeyValueStoresRequest, context: RequestContext): ListKeyValueStoresResult | Promise<ListKeyValueStoresResult>;
  ListOriginAccessControls2020_05_31(input: ListOriginAccessControlsRequest, context: RequestContext): ListOriginAccessControlsResult | Promise<ListOriginAccessControlsResult>;
  ListOriginRequestPolicies2020_05_31(input: ListOriginRequestPoliciesRequest, context: RequestContext): ListOriginRequestPoliciesResult | Promise<ListOriginRequestPoliciesResult>;
  ListPublicKeys2020_05_31(input: ListPublicKeysRequest, context: RequestContext): ListPublicKeysResult | Promise<ListPublicKeysResult>;
  ListRealtimeLogConfigs2020_05_31(input: ListRealtimeLogConfigsRequest, context: RequestContext): ListRealtimeLogConfigsResult | Promise<ListRealtimeLogConfigsResult>;
  ListResponseHeadersPolicies2020_05_31(input: ListResponseHeadersPoliciesRequest, context: RequestContext): ListResponseHeadersPoliciesResult | Promise<ListResponseHeadersPoliciesResult>;
  ListStreamingDistributions2020_05_31(input: ListStreamingDistributionsRequest, context: RequestContext): ListStreamingDistributionsResult | Promise<ListStreamingDistributionsResult>;
  ListTagsForResource2020_05_31(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResult | Promise<ListTagsForResourceResult>;
  ListTrustStores2020_05_31(input: ListTrustStoresRequest, context: RequestContext): ListTrustStoresResult | Promise<ListTrustStoresResult>;
  ListVpcOrigins2020_05_31(input: ListVpcOriginsRequest, context: RequestContext): ListVpcOriginsResult | Promise<ListVpcOriginsResult>;
  PublishConnectionFunction2020_05_31(input: PublishConnectionFunctionRequest, context: RequestContext): PublishConnectionFunctionResult | Promise<PublishConnectionFunctionResult>;
  PublishFunction2020_05_31(input: PublishFunctionRequest, context: RequestContext): PublishFunctionResult | Promise<PublishFunctionResult>;
  PutResourcePolicy2020_05_31(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResult | Promise<PutResourcePolicyResult>;
  TagResource2020_05_31(input: TagResourceRequest, context: RequestContext): void | Promise<void>;
  TestConnectionFunction2020_05_31(input: TestConnectionFunctionRequest, context: RequestContext): TestConnectionFunctionResult | Promise<TestConnectionFunctionResult>;
  TestFunction2020_05_31(input: TestFunctionRequest, context: RequestContext): TestFunctionResult | Promise<TestFunctionResult>;
  UntagResource2020_05_31(input: UntagResourceRequest, context: RequestContext): void | Promise<void>;
  UpdateAnycastIpList2020_05_31(input: UpdateAnycastIpListRequest, context: RequestContext): UpdateAnycastIpListResult | Promise<UpdateAnycastIpListResult>;
  UpdateCachePolicy2020_05_31(input: UpdateCachePolicyRequest, context: RequestContext): UpdateCachePolicyResult | Promise<UpdateCachePolicyResult>;
  UpdateCloudFrontOriginAccessIdentity2020_05_31(input: UpdateCloudFrontOriginAccessIdentityRequest, context: RequestContext): UpdateCloudFrontOriginAccessIdentityResult | Promise<UpdateCloudFrontOriginAccessIdentityResult>;
  UpdateConnectionFunction2020_05_31(input: UpdateConnectionFunctionRequest, context: RequestContext): UpdateConnectionFunctionResult | Promise<UpdateConnectionFunctionResult>;
  UpdateConnectionGroup2020_05_31(input: UpdateConnectionGroupRequest, context: RequestContext): UpdateConnectionGroupResult | Promise<UpdateConnectionGroupResult>;
  UpdateContinuousDeploymentPolicy2020_05_31(input: UpdateContinuousDeploymentPolicyRequest, context: RequestContext): UpdateContinuousDeploymentPolicyResult | Promise<UpdateContinuousDeploymentPolicyResult>;
  UpdateDistribution2020_05_31(input: UpdateDistributionRequest, context: RequestContext): UpdateDistributionResult | Promise<UpdateDistributionResult>;
  UpdateDistributionTenant2020_05_31(input: UpdateDistributionTenantRequest, context: RequestContext): UpdateDistributionTenantResult | Promise<UpdateDistributionTenantResult>;
  UpdateDistributionWithStagingConfig2020_05_31(input: UpdateDistributionWithStagingConfigRequest, context: RequestContext): UpdateDistributionWithStagingConfigResult | Promise<UpdateDistributionWithStagingConfigResult>;
  UpdateDomainAssociation2020_05_31(input: UpdateDomainAssociationRequest, context: RequestContext): UpdateDomainAssociationResult | Promise<UpdateDomainAssociationResult>;
  UpdateFieldLevelEncryptionConfig2020_05_31(input: UpdateFieldLevelEncryptionConfigRequest, context: RequestContext): UpdateFieldLevelEncryptionConfigResult | Promise<UpdateFieldLevelEncryptionConfigResult>;
  UpdateFieldLevelEncryptionProfile2020_05_31(input: UpdateFieldLevelEncryptionProfileRequest, context: RequestContext): UpdateFieldLevelEncryptionProfileResult | Promise<UpdateFieldLevelEncryptionProfileResult>;
  UpdateFunction2020_05_31(input: UpdateFunctionRequest, context: RequestContext): UpdateFunctionResult | Promise<UpdateFunctionResult>;
  UpdateKeyGroup2020_05_31(input: UpdateKeyGroupRequest, context: RequestContext): UpdateKeyGroupResult | Promise<UpdateKeyGroupResult>;
  UpdateKeyValueStore2020_05_31(input: UpdateKeyValueStoreRequest, context: RequestContext): UpdateKeyValueStoreResult | Promise<UpdateKeyValueStoreResult>;
  UpdateOriginAccessControl2020_05_31(input: UpdateOriginAccessControlRequest, context: RequestContext): UpdateOriginAccessControlResult | Promise<UpdateOriginAccessControlResult>;
  UpdateOriginRequestPolicy2020_05_31(input: UpdateOriginRequestPolicyRequest, context: RequestContext): UpdateOriginRequestPolicyResult | Promise<UpdateOriginRequestPolicyResult>;
  UpdatePublicKey2020_05_31(input: UpdatePublicKeyRequest, context: RequestContext): UpdatePublicKeyResult | Promise<UpdatePublicKeyResult>;
  UpdateRealtimeLogConfig2020_05_31(input: UpdateRealtimeLogConfigRequest, context: RequestContext): UpdateRealtimeLogConfigResult | Promise<UpdateRealtimeLogConfigResult>;
  UpdateResponseHeadersPolicy2020_05_31(input: UpdateResponseHeadersPolicyRequest, context: RequestContext): UpdateResponseHeadersPolicyResult | Promise<UpdateResponseHeadersPolicyResult>;
  UpdateStreamingDistribution2020_05_31(input: UpdateStreamingDistributionRequest, context: RequestContext): UpdateStreamingDistributionResult | Promise<UpdateStreamingDistributionResult>;
  UpdateTrustStore2020_05_31(input: UpdateTrustStoreRequest, context: RequestContext): UpdateTrustStoreResult | Promise<UpdateTrustStoreResult>;
  UpdateVpcOrigin2020_05_31(input: UpdateVpcOriginRequest, context: RequestContext): UpdateVpcOriginResult | Promise<UpdateVpcOriginResult>;
  VerifyDnsConfiguration2020_05_31(input: VerifyDnsConfigurationRequest, context: RequestContext): VerifyDnsConfigurationResult | Promise<VerifyDnsConfigurationResult>;
}
