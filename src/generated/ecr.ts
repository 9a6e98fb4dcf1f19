// Generated from models/ecr.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface BatchCheckLayerAvailabilityRequest {
  layerDigests: Array<string>;
  registryId?: string;
  repositoryName: string;
}

export interface BatchCheckLayerAvailabilityResponse {
  failures?: Array<LayerFailure>;
  layers?: Array<Layer>;
}

export interface BatchDeleteImageRequest {
  imageIds: Array<ImageIdentifier>;
  registryId?: string;
  repositoryName: string;
}

export interface BatchDeleteImageResponse {
  failures?: Array<ImageFailure>;
  imageIds?: Array<ImageIdentifier>;
}

export interface BatchGetImageRequest {
  acceptedMediaTypes?: Array<string>;
  imageIds: Array<ImageIdentifier>;
  registryId?: string;
  repositoryName: string;
}

export interface BatchGetImageResponse {
  failures?: Array<ImageFailure>;
  images?: Array<Image>;
}

export interface BatchGetRepositoryScanningConfigurationRequest {
  repositoryNames: Array<string>;
}

export interface BatchGetRepositoryScanningConfigurationResponse {
  failures?: Array<RepositoryScanningConfigurationFailure>;
  scanningConfigurations?: Array<RepositoryScanningConfiguration>;
}

export interface CompleteLayerUploadRequest {
  layerDigests: Array<string>;
  registryId?: string;
  repositoryName: string;
  uploadId: string;
}

export interface CompleteLayerUploadResponse {
  layerDigest?: string;
  registryId?: string;
  repositoryName?: string;
  uploadId?: string;
}

export interface CreatePullThroughCacheRuleRequest {
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix: string;
  registryId?: string;
  upstreamRegistry?: "ecr" | "ecr-public" | "quay" | "k8s" | "docker-hub" | "github-container-registry" | "azure-container-registry" | "gitlab-container-registry" | "chainguard";
  upstreamRegistryUrl: string;
  upstreamRepositoryPrefix?: string;
}

export interface CreatePullThroughCacheRuleResponse {
  createdAt?: Date;
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix?: string;
  registryId?: string;
  upstreamRegistry?: "ecr" | "ecr-public" | "quay" | "k8s" | "docker-hub" | "github-container-registry" | "azure-container-registry" | "gitlab-container-registry" | "chainguard";
  upstreamRegistryUrl?: string;
  upstreamRepositoryPrefix?: string;
}

export interface CreateRepositoryRequest {
  encryptionConfiguration?: EncryptionConfiguration;
  imageScanningConfiguration?: ImageScanningConfiguration;
  imageTagMutability?: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  registryId?: string;
  repositoryName: string;
  tags?: Array<TagShape>;
}

export interface CreateRepositoryResponse {
  repository?: Repository;
}

export interface CreateRepositoryCreationTemplateRequest {
  appliedFor: Array<"REPLICATION" | "PULL_THROUGH_CACHE" | "CREATE_ON_PUSH">;
  customRoleArn?: string;
  description?: string;
  encryptionConfiguration?: EncryptionConfigurationForRepositoryCreationTemplate;
  imageTagMutability?: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  lifecyclePolicy?: string;
  prefix: string;
  repositoryPolicy?: string;
  resourceTags?: Array<TagShape>;
}

export interface CreateRepositoryCreationTemplateResponse {
  registryId?: string;
  repositoryCreationTemplate?: RepositoryCreationTemplate;
}

export interface DeleteLifecyclePolicyRequest {
  registryId?: string;
  repositoryName: string;
}

export interface DeleteLifecyclePolicyResponse {
  lastEvaluatedAt?: Date;
  lifecyclePolicyText?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface DeletePullThroughCacheRuleRequest {
  ecrRepositoryPrefix: string;
  registryId?: string;
}

export interface DeletePullThroughCacheRuleResponse {
  createdAt?: Date;
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix?: string;
  registryId?: string;
  upstreamRegistryUrl?: string;
  upstreamRepositoryPrefix?: string;
}

export interface DeleteRegistryPolicyRequest {
}

export interface DeleteRegistryPolicyResponse {
  policyText?: string;
  registryId?: string;
}

export interface DeleteRepositoryRequest {
  force?: boolean;
  registryId?: string;
  repositoryName: string;
}

export interface DeleteRepositoryResponse {
  repository?: Repository;
}

export interface DeleteRepositoryCreationTemplateRequest {
  prefix: string;
}

export interface DeleteRepositoryCreationTemplateResponse {
  registryId?: string;
  repositoryCreationTemplate?: RepositoryCreationTemplate;
}

export interface DeleteRepositoryPolicyRequest {
  registryId?: string;
  repositoryName: string;
}

export interface DeleteRepositoryPolicyResponse {
  policyText?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface DeleteSigningConfigurationRequest {
}

export interface DeleteSigningConfigurationResponse {
  registryId?: string;
  signingConfiguration?: SigningConfiguration;
}

export interface DeregisterPullTimeUpdateExclusionRequest {
  principalArn: string;
}

export interface DeregisterPullTimeUpdateExclusionResponse {
  principalArn?: string;
}

export interface DescribeImageReplicationStatusRequest {
  imageId: ImageIdentifier;
  registryId?: string;
  repositoryName: string;
}

export interface DescribeImageReplicationStatusResponse {
  imageId?: ImageIdentifier;
  replicationStatuses?: Array<ImageReplicationStatus>;
  repositoryName?: string;
}

export interface DescribeImagesRequest {
  filter?: DescribeImagesFilter;
  imageIds?: Array<ImageIdentifier>;
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
  repositoryName: string;
}

export interface DescribeImagesResponse {
  imageDetails?: Array<ImageDetail>;
  nextToken?: string;
}

export interface DescribeImageScanFindingsRequest {
  imageId: ImageIdentifier;
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
  repositoryName: string;
}

export interface DescribeImageScanFindingsResponse {
  imageId?: ImageIdentifier;
  imageScanFindings?: ImageScanFindings;
  imageScanStatus?: ImageScanStatus;
  nextToken?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface DescribeImageSigningStatusRequest {
  imageId: ImageIdentifier;
  registryId?: string;
  repositoryName: string;
}

export interface DescribeImageSigningStatusResponse {
  imageId?: ImageIdentifier;
  registryId?: string;
  repositoryName?: string;
  signingStatuses?: Array<ImageSigningStatus>;
}

export interface DescribePullThroughCacheRulesRequest {
  ecrRepositoryPrefixes?: Array<string>;
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
}

export interface DescribePullThroughCacheRulesResponse {
  nextToken?: string;
  pullThroughCacheRules?: Array<PullThroughCacheRule>;
}

export interface DescribeRegistryRequest {
}

export interface DescribeRegistryResponse {
  registryId?: string;
  replicationConfiguration?: ReplicationConfiguration;
}

export interface DescribeRepositoriesRequest {
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
  repositoryNames?: Array<string>;
}

export interface DescribeRepositoriesResponse {
  nextToken?: string;
  repositories?: Array<Repository>;
}

export interface DescribeRepositoryCreationTemplatesRequest {
  maxResults?: number;
  nextToken?: string;
  prefixes?: Array<string>;
}

export interface DescribeRepositoryCreationTemplatesResponse {
  nextToken?: string;
  registryId?: string;
  repositoryCreationTemplates?: Array<RepositoryCreationTemplate>;
}

export interface GetAccountSettingRequest {
  name: string;
}

export interface GetAccountSettingResponse {
  name?: string;
  value?: string;
}

export interface GetAuthorizationTokenRequest {
  registryIds?: Array<string>;
}

export interface GetAuthorizationTokenResponse {
  authorizationData?: Array<AuthorizationData>;
}

export interface GetDownloadUrlForLayerRequest {
  layerDigest: string;
  registryId?: string;
  repositoryName: string;
}

export interface GetDownloadUrlForLayerResponse {
  downloadUrl?: string;
  layerDigest?: string;
}

export interface GetLifecyclePolicyRequest {
  registryId?: string;
  repositoryName: string;
}

export interface GetLifecyclePolicyResponse {
  lastEvaluatedAt?: Date;
  lifecyclePolicyText?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface GetLifecyclePolicyPreviewRequest {
  filter?: LifecyclePolicyPreviewFilter;
  imageIds?: Array<ImageIdentifier>;
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
  repositoryName: string;
}

export interface GetLifecyclePolicyPreviewResponse {
  lifecyclePolicyText?: string;
  nextToken?: string;
  previewResults?: Array<LifecyclePolicyPreviewResult>;
  registryId?: string;
  repositoryName?: string;
  status?: "IN_PROGRESS" | "COMPLETE" | "EXPIRED" | "FAILED";
  summary?: LifecyclePolicyPreviewSummary;
}

export interface GetRegistryPolicyRequest {
}

export interface GetRegistryPolicyResponse {
  policyText?: string;
  registryId?: string;
}

export interface GetRegistryScanningConfigurationRequest {
}

export interface GetRegistryScanningConfigurationResponse {
  registryId?: string;
  scanningConfiguration?: RegistryScanningConfiguration;
}

export interface GetRepositoryPolicyRequest {
  registryId?: string;
  repositoryName: string;
}

export interface GetRepositoryPolicyResponse {
  policyText?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface GetSigningConfigurationRequest {
}

export interface GetSigningConfigurationResponse {
  registryId?: string;
  signingConfiguration?: SigningConfiguration;
}

export interface InitiateLayerUploadRequest {
  registryId?: string;
  repositoryName: string;
}

export interface InitiateLayerUploadResponse {
  partSize?: number;
  uploadId?: string;
}

export interface ListImageReferrersRequest {
  filter?: ListImageReferrersFilter;
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
  repositoryName: string;
  subjectId: SubjectIdentifier;
}

export interface ListImageReferrersResponse {
  nextToken?: string;
  referrers?: Array<ImageReferrer>;
}

export interface ListImagesRequest {
  filter?: ListImagesFilter;
  maxResults?: number;
  nextToken?: string;
  registryId?: string;
  repositoryName: string;
}

export interface ListImagesResponse {
  imageIds?: Array<ImageIdentifier>;
  nextToken?: string;
}

export interface ListPullTimeUpdateExclusionsRequest {
  maxResults?: number;
  nextToken?: string;
}

export interface ListPullTimeUpdateExclusionsResponse {
  nextToken?: string;
  pullTimeUpdateExclusions?: Array<string>;
}

export interface ListTagsForResourceRequest {
  resourceArn: string;
}

export interface ListTagsForResourceResponse {
  tags?: Array<TagShape>;
}

export interface PutAccountSettingRequest {
  name: string;
  value: string;
}

export interface PutAccountSettingResponse {
  name?: string;
  value?: string;
}

export interface PutImageRequest {
  imageDigest?: string;
  imageManifest: string;
  imageManifestMediaType?: string;
  imageTag?: string;
  registryId?: string;
  repositoryName: string;
}

export interface PutImageResponse {
  image?: Image;
}

export interface PutImageScanningConfigurationRequest {
  imageScanningConfiguration: ImageScanningConfiguration;
  registryId?: string;
  repositoryName: string;
}

export interface PutImageScanningConfigurationResponse {
  imageScanningConfiguration?: ImageScanningConfiguration;
  registryId?: string;
  repositoryName?: string;
}

export interface PutImageTagMutabilityRequest {
  imageTagMutability: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  registryId?: string;
  repositoryName: string;
}

export interface PutImageTagMutabilityResponse {
  imageTagMutability?: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  registryId?: string;
  repositoryName?: string;
}

export interface PutLifecyclePolicyRequest {
  lifecyclePolicyText: string;
  registryId?: string;
  repositoryName: string;
}

export interface PutLifecyclePolicyResponse {
  lifecyclePolicyText?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface PutRegistryPolicyRequest {
  policyText: string;
}

export interface PutRegistryPolicyResponse {
  policyText?: string;
  registryId?: string;
}

export interface PutRegistryScanningConfigurationRequest {
  rules?: Array<RegistryScanningRule>;
  scanType?: "BASIC" | "ENHANCED";
}

export interface PutRegistryScanningConfigurationResponse {
  registryScanningConfiguration?: RegistryScanningConfiguration;
}

export interface PutReplicationConfigurationRequest {
  replicationConfiguration: ReplicationConfiguration;
}

export interface PutReplicationConfigurationResponse {
  replicationConfiguration?: ReplicationConfiguration;
}

export interface PutSigningConfigurationRequest {
  signingConfiguration: SigningConfiguration;
}

export interface PutSigningConfigurationResponse {
  signingConfiguration?: SigningConfiguration;
}

export interface RegisterPullTimeUpdateExclusionRequest {
  principalArn: string;
}

export interface RegisterPullTimeUpdateExclusionResponse {
  createdAt?: Date;
  principalArn?: string;
}

export interface SetRepositoryPolicyRequest {
  force?: boolean;
  policyText: string;
  registryId?: string;
  repositoryName: string;
}

export interface SetRepositoryPolicyResponse {
  policyText?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface StartImageScanRequest {
  imageId: ImageIdentifier;
  registryId?: string;
  repositoryName: string;
}

export interface StartImageScanResponse {
  imageId?: ImageIdentifier;
  imageScanStatus?: ImageScanStatus;
  registryId?: string;
  repositoryName?: string;
}

export interface StartLifecyclePolicyPreviewRequest {
  lifecyclePolicyText?: string;
  registryId?: string;
  repositoryName: string;
}

export interface StartLifecyclePolicyPreviewResponse {
  lifecyclePolicyText?: string;
  registryId?: string;
  repositoryName?: string;
  status?: "IN_PROGRESS" | "COMPLETE" | "EXPIRED" | "FAILED";
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

export interface UpdateImageStorageClassRequest {
  imageId: ImageIdentifier;
  registryId?: string;
  repositoryName: string;
  targetStorageClass: "STANDARD" | "ARCHIVE";
}

export interface UpdateImageStorageClassResponse {
  imageId?: ImageIdentifier;
  imageStatus?: "ACTIVE" | "ARCHIVED" | "ACTIVATING";
  registryId?: string;
  repositoryName?: string;
}

export interface UpdatePullThroughCacheRuleRequest {
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix: string;
  registryId?: string;
}

export interface UpdatePullThroughCacheRuleResponse {
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix?: string;
  registryId?: string;
  updatedAt?: Date;
  upstreamRepositoryPrefix?: string;
}

export interface UpdateRepositoryCreationTemplateRequest {
  appliedFor?: Array<"REPLICATION" | "PULL_THROUGH_CACHE" | "CREATE_ON_PUSH">;
  customRoleArn?: string;
  description?: string;
  encryptionConfiguration?: EncryptionConfigurationForRepositoryCreationTemplate;
  imageTagMutability?: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  lifecyclePolicy?: string;
  prefix: string;
  repositoryPolicy?: string;
  resourceTags?: Array<TagShape>;
}

export interface UpdateRepositoryCreationTemplateResponse {
  registryId?: string;
  repositoryCreationTemplate?: RepositoryCreationTemplate;
}

export interface UploadLayerPartRequest {
  layerPartBlob: Buffer;
  partFirstByte: number;
  partLastByte: number;
  registryId?: string;
  repositoryName: string;
  uploadId: string;
}

export interface UploadLayerPartResponse {
  lastByteReceived?: number;
  registryId?: string;
  repositoryName?: string;
  uploadId?: string;
}

export interface ValidatePullThroughCacheRuleRequest {
  ecrRepositoryPrefix: string;
  registryId?: string;
}

export interface ValidatePullThroughCacheRuleResponse {
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix?: string;
  failure?: string;
  isValid?: boolean;
  registryId?: string;
  upstreamRegistryUrl?: string;
  upstreamRepositoryPrefix?: string;
}

export interface BlockedByOrganizationPolicyException {
  message?: string;
}

export interface EmptyUploadException {
  message?: string;
}

export interface ExclusionAlreadyExistsException {
  message?: string;
}

export interface ExclusionNotFoundException {
  message?: string;
}

export interface ImageAlreadyExistsException {
  message?: string;
}

export interface ImageArchivedException {
  message?: string;
}

export interface ImageDigestDoesNotMatchException {
  message?: string;
}

export interface ImageNotFoundException {
  message?: string;
}

export interface ImageStorageClassUpdateNotSupportedException {
  message?: string;
}

export interface ImageTagAlreadyExistsException {
  message?: string;
}

export interface InvalidLayerException {
  message?: string;
}

export interface InvalidLayerPartException {
  lastValidByteReceived?: number;
  message?: string;
  registryId?: string;
  repositoryName?: string;
  uploadId?: string;
}

export interface InvalidParameterException {
  message?: string;
}

export interface InvalidTagParameterException {
  message?: string;
}

export interface KmsException {
  kmsError?: string;
  message?: string;
}

export interface LayerAlreadyExistsException {
  message?: string;
}

export interface LayerInaccessibleException {
  message?: string;
}

export interface LayerPartTooSmallException {
  message?: string;
}

export interface LayersNotFoundException {
  message?: string;
}

export interface LifecyclePolicyNotFoundException {
  message?: string;
}

export interface LifecyclePolicyPreviewInProgressException {
  message?: string;
}

export interface LifecyclePolicyPreviewNotFoundException {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface PullThroughCacheRuleAlreadyExistsException {
  message?: string;
}

export interface PullThroughCacheRuleNotFoundException {
  message?: string;
}

export interface ReferencedImagesNotFoundException {
  message?: string;
}

export interface RegistryPolicyNotFoundException {
  message?: string;
}

export interface RepositoryAlreadyExistsException {
  message?: string;
}

export interface RepositoryNotEmptyException {
  message?: string;
}

export interface RepositoryNotFoundException {
  message?: string;
}

export interface RepositoryPolicyNotFoundException {
  message?: string;
}

export interface ScanNotFoundException {
  message?: string;
}

export interface SecretNotFoundException {
  message?: string;
}

export interface ServerException {
  message?: string;
}

export interface SigningConfigurationNotFoundException {
  message?: string;
}

export interface TemplateAlreadyExistsException {
  message?: string;
}

export interface TemplateNotFoundException {
  message?: string;
}

export interface TooManyTagsException {
  message?: string;
}

export interface UnableToAccessSecretException {
  message?: string;
}

export interface UnableToDecryptSecretValueException {
  message?: string;
}

export interface UnableToGetUpstreamImageException {
  message?: string;
}

export interface UnableToGetUpstreamLayerException {
  message?: string;
}

export interface UnableToListUpstreamImageReferrersException {
  message?: string;
}

export interface UnsupportedImageTypeException {
  message?: string;
}

export interface UnsupportedUpstreamRegistryException {
  message?: string;
}

export interface UploadNotFoundException {
  message?: string;
}

export interface ValidationException {
  message?: string;
}

export interface LayerFailure {
  failureCode?: "InvalidLayerDigest" | "MissingLayerDigest";
  failureReason?: string;
  layerDigest?: string;
}

export interface Layer {
  layerAvailability?: "AVAILABLE" | "UNAVAILABLE" | "ARCHIVED";
  layerDigest?: string;
  layerSize?: number;
  mediaType?: string;
}

export interface ImageIdentifier {
  imageDigest?: string;
  imageTag?: string;
}

export interface ImageFailure {
  failureCode?: "InvalidImageDigest" | "InvalidImageTag" | "ImageTagDoesNotMatchDigest" | "ImageNotFound" | "MissingDigestAndTag" | "ImageReferencedByManifestList" | "KmsError" | "UpstreamAccessDenied" | "UpstreamTooManyRequests" | "UpstreamUnavailable" | "ImageInaccessible";
  failureReason?: string;
  imageId?: ImageIdentifier;
}

export interface Image {
  imageId?: ImageIdentifier;
  imageManifest?: string;
  imageManifestMediaType?: string;
  registryId?: string;
  repositoryName?: string;
}

export interface RepositoryScanningConfigurationFailure {
  failureCode?: "REPOSITORY_NOT_FOUND";
  failureReason?: string;
  repositoryName?: string;
}

export interface RepositoryScanningConfiguration {
  appliedScanFilters?: Array<ScanningRepositoryFilter>;
  repositoryArn?: string;
  repositoryName?: string;
  scanFrequency?: "SCAN_ON_PUSH" | "CONTINUOUS_SCAN" | "MANUAL";
  scanOnPush?: boolean;
}

export interface EncryptionConfiguration {
  encryptionType: "AES256" | "KMS" | "KMS_DSSE";
  kmsKey?: string;
}

export interface ImageScanningConfiguration {
  scanOnPush?: boolean;
}

export interface ImageTagMutabilityExclusionFilter {
  filter: string;
  filterType: "WILDCARD";
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface Repository {
  createdAt?: Date;
  encryptionConfiguration?: EncryptionConfiguration;
  imageScanningConfiguration?: ImageScanningConfiguration;
  imageTagMutability?: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  registryId?: string;
  repositoryArn?: string;
  repositoryName?: string;
  repositoryUri?: string;
}

export interface EncryptionConfigurationForRepositoryCreationTemplate {
  encryptionType: "AES256" | "KMS" | "KMS_DSSE";
  kmsKey?: string;
}

export interface RepositoryCreationTemplate {
  appliedFor?: Array<"REPLICATION" | "PULL_THROUGH_CACHE" | "CREATE_ON_PUSH">;
  createdAt?: Date;
  customRoleArn?: string;
  description?: string;
  encryptionConfiguration?: EncryptionConfigurationForRepositoryCreationTemplate;
  imageTagMutability?: "MUTABLE" | "IMMUTABLE" | "IMMUTABLE_WITH_EXCLUSION" | "MUTABLE_WITH_EXCLUSION";
  imageTagMutabilityExclusionFilters?: Array<ImageTagMutabilityExclusionFilter>;
  lifecyclePolicy?: string;
  prefix?: string;
  repositoryPolicy?: string;
  resourceTags?: Array<TagShape>;
  updatedAt?: Date;
}

export interface SigningConfiguration {
  rules: Array<SigningRule>;
}

export interface ImageReplicationStatus {
  failureCode?: string;
  region?: string;
  registryId?: string;
  status?: "IN_PROGRESS" | "COMPLETE" | "FAILED";
}

export interface DescribeImagesFilter {
  imageStatus?: "ACTIVE" | "ARCHIVED" | "ACTIVATING" | "ANY";
  tagStatus?: "TAGGED" | "UNTAGGED" | "ANY";
}

export interface ImageDetail {
  artifactMediaType?: string;
  imageDigest?: string;
  imageManifestMediaType?: string;
  imagePushedAt?: Date;
  imageScanFindingsSummary?: ImageScanFindingsSummary;
  imageScanStatus?: ImageScanStatus;
  imageSizeInBytes?: number;
  imageStatus?: "ACTIVE" | "ARCHIVED" | "ACTIVATING";
  imageTags?: Array<string>;
  lastActivatedAt?: Date;
  lastArchivedAt?: Date;
  lastRecordedPullTime?: Date;
  registryId?: string;
  repositoryName?: string;
  subjectManifestDigest?: string;
}

export interface ImageScanFindings {
  enhancedFindings?: Array<EnhancedImageScanFinding>;
  findingSeverityCounts?: Record<string, number>;
  findings?: Array<ImageScanFinding>;
  imageScanCompletedAt?: Date;
  vulnerabilitySourceUpdatedAt?: Date;
}

export interface ImageScanStatus {
  description?: string;
  status?: "IN_PROGRESS" | "COMPLETE" | "FAILED" | "UNSUPPORTED_IMAGE" | "ACTIVE" | "PENDING" | "SCAN_ELIGIBILITY_EXPIRED" | "FINDINGS_UNAVAILABLE" | "LIMIT_EXCEEDED" | "IMAGE_ARCHIVED";
}

export interface ImageSigningStatus {
  failureCode?: string;
  failureReason?: string;
  signingProfileArn?: string;
  status?: "IN_PROGRESS" | "COMPLETE" | "FAILED";
}

export interface PullThroughCacheRule {
  createdAt?: Date;
  credentialArn?: string;
  customRoleArn?: string;
  ecrRepositoryPrefix?: string;
  registryId?: string;
  updatedAt?: Date;
  upstreamRegistry?: "ecr" | "ecr-public" | "quay" | "k8s" | "docker-hub" | "github-container-registry" | "azure-container-registry" | "gitlab-container-registry" | "chainguard";
  upstreamRegistryUrl?: string;
  upstreamRepositoryPrefix?: string;
}

export interface ReplicationConfiguration {
  rules: Array<ReplicationRule>;
}

export interface AuthorizationData {
  authorizationToken?: string;
  expiresAt?: Date;
  proxyEndpoint?: string;
}

export interface LifecyclePolicyPreviewFilter {
  tagStatus?: "TAGGED" | "UNTAGGED" | "ANY";
}

export interface LifecyclePolicyPreviewResult {
  action?: LifecyclePolicyRuleAction;
  appliedRulePriority?: number;
  imageDigest?: string;
  imagePushedAt?: Date;
  imageTags?: Array<string>;
  storageClass?: "ARCHIVE" | "STANDARD";
}

export interface LifecyclePolicyPreviewSummary {
  expiringImageTotalCount?: number;
  transitioningImageTotalCounts?: Array<TransitioningImageTotalCount>;
}

export interface RegistryScanningConfiguration {
  rules?: Array<RegistryScanningRule>;
  scanType?: "BASIC" | "ENHANCED";
}

export interface ListImageReferrersFilter {
  artifactStatus?: "ACTIVE" | "ARCHIVED" | "ACTIVATING" | "ANY";
  artifactTypes?: Array<string>;
}

export interface SubjectIdentifier {
  imageDigest: string;
}

export interface ImageReferrer {
  annotations?: Record<string, string>;
  artifactStatus?: "ACTIVE" | "ARCHIVED" | "ACTIVATING";
  artifactType?: string;
  digest: string;
  mediaType: string;
  size: number;
}

export interface ListImagesFilter {
  imageStatus?: "ACTIVE" | "ARCHIVED" | "ACTIVATING" | "ANY";
  tagStatus?: "TAGGED" | "UNTAGGED" | "ANY";
}

export interface RegistryScanningRule {
  repositoryFilters: Array<ScanningRepositoryFilter>;
  scanFrequency: "SCAN_ON_PUSH" | "CONTINUOUS_SCAN" | "MANUAL";
}

export interface ScanningRepositoryFilter {
  filter: string;
  filterType: "WILDCARD";
}

export interface SigningRule {
  repositoryFilters?: Array<SigningRepositoryFilter>;
  signingProfileArn: string;
}

export interface ImageScanFindingsSummary {
  findingSeverityCounts?: Record<string, number>;
  imageScanCompletedAt?: Date;
  vulnerabilitySourceUpdatedAt?: Date;
}

export interface EnhancedImageScanFinding {
  awsAccountId?: string;
  description?: string;
  exploitAvailable?: string;
  findingArn?: string;
  firstObservedAt?: Date;
  fixAvailable?: string;
  lastObservedAt?: Date;
  packageVulnerabilityDetails?: PackageVulnerabilityDetails;
  remediation?: Remediation;
  resources?: Array<Resource>;
  score?: number;
  scoreDetails?: ScoreDetails;
  severity?: string;
  status?: string;
  title?: string;
  type?: string;
  updatedAt?: Date;
}

export interface ImageScanFinding {
  attributes?: Array<Attribute>;
  description?: string;
  name?: string;
  severity?: "INFORMATIONAL" | "LOW" | "MEDIUM" | "HIGH" | "CRITICAL" | "UNDEFINED";
  uri?: string;
}

export interface ReplicationRule {
  destinations: Array<ReplicationDestination>;
  repositoryFilters?: Array<RepositoryFilter>;
}

export interface LifecyclePolicyRuleAction {
  targetStorageClass?: "ARCHIVE";
  type?: "EXPIRE" | "TRANSITION";
}

export interface TransitioningImageTotalCount {
  imageTotalCount?: number;
  targetStorageClass?: "ARCHIVE";
}

export interface SigningRepositoryFilter {
  filter: string;
  filterType: "WILDCARD_MATCH";
}

export interface PackageVulnerabilityDetails {
  cvss?: Array<CvssScore>;
  referenceUrls?: Array<string>;
  relatedVulnerabilities?: Array<string>;
  source?: string;
  sourceUrl?: string;
  vendorCreatedAt?: Date;
  vendorSeverity?: string;
  vendorUpdatedAt?: Date;
  vulnerabilityId?: string;
  vulnerablePackages?: Array<VulnerablePackage>;
}

export interface Remediation {
  recommendation?: Recommendation;
}

export interface Resource {
  details?: ResourceDetails;
  id?: string;
  tags?: Record<string, string>;
  type?: string;
}

export interface ScoreDetails {
  cvss?: CvssScoreDetails;
}

export interface Attribute {
  key: string;
  value?: string;
}

export interface ReplicationDestination {
  region: string;
  registryId: string;
}

export interface RepositoryFilter {
  filter: string;
  filterType: "PREFIX_MATCH";
}

export interface CvssScore {
  baseScore?: number;
  scoringVector?: string;
  source?: string;
  version?: string;
}

export interface VulnerablePackage {
  arch?: string;
  epoch?: number;
  filePath?: string;
  fixedInVersion?: string;
  name?: string;
  packageManager?: string;
  release?: string;
  sourceLayerHash?: string;
  version?: string;
}

export interface Recommendation {
  text?: string;
  url?: string;
}

export interface ResourceDetails {
  awsEcrContainerImage?: AwsEcrContainerImageDetails;
}

export interface CvssScoreDetails {
  adjustments?: Array<CvssScoreAdjustment>;
  score?: number;
  scoreSource?: string;
  scoringVector?: string;
  version?: string;
}

export interface AwsEcrContainerImageDetails {
  architecture?: string;
  author?: string;
  imageHash?: string;
  imageTags?: Array<string>;
  inUseCount?: number;
  lastInUseAt?: Date;
  platform?: string;
  pushedAt?: Date;
  registry?: string;
  repositoryName?: string;
}

export interface CvssScoreAdjustment {
  metric?: string;
  reason?: string;
}

/** Every operation of Amazon Elastic Container Registry; a provider implements the ones it serves. */
export interface EcrOperations {
  BatchCheckLayerAvailability(input: BatchCheckLayerAvailabilityRequest, context: RequestContext): BatchCheckLayerAvailabilityResponse | Promise<BatchCheckLayerAvailabilityResponse>;
  BatchDeleteImage(input: BatchDeleteImageRequest, context: RequestContext): BatchDeleteImageResponse | Promise<BatchDeleteImageResponse>;
  BatchGetImage(input: BatchGetImageRequest, context: RequestContext): BatchGetImageResponse | Promise<BatchGetImageResponse>;
  BatchGetRepositoryScanningConfiguration(input: BatchGetRepositoryScanningConfigurationRequest, context: RequestContext): BatchGetRepositoryScanningConfigurationResponse | Promise<BatchGetRepositoryScanningConfigurationResponse>;
  CompleteLayerUpload(input: CompleteLayerUploadRequest, context: RequestContext): CompleteLayerUploadResponse | Promise<CompleteLayerUploadResponse>;
  CreatePullThroughCacheRule(input: CreatePullThroughCacheRuleRequest, context: RequestContext): CreatePullThroughCacheRuleResponse | Promise<CreatePullThroughCacheRuleResponse>;
  CreateRepository(input: CreateRepositoryRequest, context: RequestContext): CreateRepositoryResponse | Promise<CreateRepositoryResponse>;
  CreateRepositoryCreationTemplate(input: CreateRepositoryCreationTemplateRequest, context: RequestContext): CreateRepositoryCreationTemplateResponse | Promise<CreateRepositoryCreationTemplateResponse>;
  DeleteLifecyclePolicy(input: DeleteLifecyclePolicyRequest, context: RequestContext): DeleteLifecyclePolicyResponse | Promise<DeleteLifecyclePolicyResponse>;
  DeletePullThroughCacheRule(input: DeletePullThroughCacheRuleRequest, context: RequestContext): DeletePullThroughCacheRuleResponse | Promise<DeletePullThroughCacheRuleResponse>;
  DeleteRegistryPolicy(input: DeleteRegistryPolicyRequest, context: RequestContext): DeleteRegistryPolicyResponse | Promise<DeleteRegistryPolicyResponse>;
  DeleteRepository(input: DeleteRepositoryRequest, context: RequestContext): DeleteRepositoryResponse | Promise<DeleteRepositoryResponse>;
  DeleteRepositoryCreationTemplate(input: DeleteRepositoryCreationTemplateRequest, context: RequestContext): DeleteRepositoryCreationTemplateResponse | Promise<DeleteRepositoryCreationTemplateResponse>;
  DeleteRepositoryPolicy(input: DeleteRepositoryPolicyRequest, context: RequestContext): DeleteRepositoryPolicyResponse | Promise<DeleteRepositoryPolicyResponse>;
  DeleteSigningConfiguration(input: DeleteSigningConfigurationRequest, context: RequestContext): DeleteSigningConfigurationResponse | Promise<DeleteSigningConfigurationResponse>;
  DeregisterPullTimeUpdateExclusion(input: DeregisterPullTimeUpdateExclusionRequest, context: RequestContext): DeregisterPullTimeUpdateExclusionResponse | Promise<DeregisterPullTimeUpdateExclusionResponse>;
  DescribeImageReplicationStatus(input: DescribeImageReplicationStatusRequest, context: RequestContext): DescribeImageReplicationStatusResponse | Promise<DescribeImageReplicationStatusResponse>;
  DescribeImages(input: DescribeImagesRequest, context: RequestContext): DescribeImagesResponse | Promise<DescribeImagesResponse>;
  DescribeImageScanFindings(input: DescribeImageScanFindingsRequest, context: RequestContext): DescribeImageScanFindingsResponse | Promise<DescribeImageScanFindingsResponse>;
  DescribeImageSigningStatus(input: DescribeImageSigningStatusRequest, context: RequestContext): DescribeImageSigningStatusResponse | Promise<DescribeImageSigningStatusResponse>;
  DescribePullThroughCacheRules(input: DescribePullThroughCacheRulesRequest, context: RequestContext): DescribePullThroughCacheRulesResponse | Promise<DescribePullThroughCacheRulesResponse>;
  DescribeRegistry(input: DescribeRegistryRequest, context: RequestContext): DescribeRegistryResponse | Promise<DescribeRegistryResponse>;
  DescribeRepositories(input: DescribeRepositoriesRequest, context: RequestContext): DescribeRepositoriesResponse | Promise<DescribeRepositoriesResponse>;
  DescribeRepositoryCreationTemplates(input: DescribeRepositoryCreationTemplatesRequest, context: RequestContext): DescribeRepositoryCreationTemplatesResponse | Promise<DescribeRepositoryCreationTemplatesResponse>;
  GetAccountSetting(input: GetAccountSettingRequest, context: RequestContext): GetAccountSettingResponse | Promise<GetAccountSettingResponse>;
  GetAuthorizationToken(input: GetAuthorizationTokenRequest, context: RequestContext): GetAuthorizationTokenResponse | Promise<GetAuthorizationTokenResponse>;
  GetDownloadUrlForLayer(input: GetDownloadUrlForLayerRequest, context: RequestContext): GetDownloadUrlForLayerResponse | Promise<GetDownloadUrlForLayerResponse>;
  GetLifecyclePolicy(input: GetLifecyclePolicyRequest, context: RequestContext): GetLifecyclePolicyResponse | Promise<GetLifecyclePolicyResponse>;
  GetLifecyclePolicyPreview(input: GetLifecyclePolicyPreviewRequest, context: RequestContext): GetLifecyclePolicyPreviewResponse | Promise<GetLifecyclePolicyPreviewResponse>;
  GetRegistryPolicy(input: GetRegistryPolicyRequest, context: RequestContext): GetRegistryPolicyResponse | Promise<GetRegistryPolicyResponse>;
  GetRegistryScanningConfiguration(input: GetRegistryScanningConfigurationRequest, context: RequestContext): GetRegistryScanningConfigurationResponse | Promise<GetRegistryScanningConfigurationResponse>;
  GetRepositoryPolicy(input: GetRepositoryPolicyRequest, context: RequestContext): GetRepositoryPolicyResponse | Promise<GetRepositoryPolicyResponse>;
  GetSigningConfiguration(input: GetSigningConfigurationRequest, context: RequestContext): GetSigningConfigurationResponse | Promise<GetSigningConfigurationResponse>;
  InitiateLayerUpload(input: InitiateLayerUploadRequest, context: RequestContext): InitiateLayerUploadResponse | Promise<InitiateLayerUploadResponse>;
  ListImageReferrers(input: ListImageReferrersRequest, context: RequestContext): ListImageReferrersResponse | Promise<ListImageReferrersResponse>;
  ListImages(input: ListImagesRequest, context: RequestContext): ListImagesResponse | Promise<ListImagesResponse>;
  ListPullTimeUpdateExclusions(input: ListPullTimeUpdateExclusionsRequest, context: RequestContext): ListPullTimeUpdateExclusionsResponse | Promise<ListPullTimeUpdateExclusionsResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  PutAccountSetting(input: PutAccountSettingRequest, context: RequestContext): PutAccountSettingResponse | Promise<PutAccountSettingResponse>;
  PutImage(input: PutImageRequest, context: RequestContext): PutImageResponse | Promise<PutImageResponse>;
  PutImageScanningConfiguration(input: PutImageScanningConfigurationRequest, context: RequestContext): PutImageScanningConfigurationResponse | Promise<PutImageScanningConfigurationResponse>;
  PutImageTagMutability(input: PutImageTagMutabilityRequest, context: RequestContext): PutImageTagMutabilityResponse | Promise<PutImageTagMutabilityResponse>;
  PutLifecyclePolicy(input: PutLifecyclePolicyRequest, context: RequestContext): PutLifecyclePolicyResponse | Promise<PutLifecyclePolicyResponse>;
  PutRegistryPolicy(input: PutRegistryPolicyRequest, context: RequestContext): PutRegistryPolicyResponse | Promise<PutRegistryPolicyResponse>;
  PutRegistryScanningConfiguration(input: PutRegistryScanningConfigurationRequest, context: RequestContext): PutRegistryScanningConfigurationResponse | Promise<PutRegistryScanningConfigurationResponse>;
  PutReplicationConfiguration(input: PutReplicationConfigurationRequest, context: RequestContext): PutReplicationConfigurationResponse | Promise<PutReplicationConfigurationResponse>;
  PutSigningConfiguration(input: PutSigningConfigurationRequest, context: RequestContext): PutSigningConfigurationResponse | Promise<PutSigningConfigurationResponse>;
  RegisterPullTimeUpdateExclusion(input: RegisterPullTimeUpdateExclusionRequest, context: RequestContext): RegisterPullTimeUpdateExclusionResponse | Promise<RegisterPullTimeUpdateExclusionResponse>;
  SetRepositoryPolicy(input: SetRepositoryPolicyRequest, context: RequestContext): SetRepositoryPolicyResponse | Promise<SetRepositoryPolicyResponse>;
  StartImageScan(input: StartImageScanRequest, context: RequestContext): StartImageScanResponse | Promise<StartImageScanResponse>;
  StartLifecyclePolicyPreview(input: StartLifecyclePolicyPreviewRequest, context: RequestContext): StartLifecyclePolicyPreviewResponse | Promise<StartLifecyclePolicyPreviewResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  UpdateImageStorageClass(input: UpdateImageStorageClassRequest, context: RequestContext): UpdateImageStorageClassResponse | Promise<UpdateImageStorageClassResponse>;
  UpdatePullThroughCacheRule(input: UpdatePullThroughCacheRuleRequest, context: RequestContext): UpdatePullThroughCacheRuleResponse | Promise<UpdatePullThroughCacheRuleResponse>;
  UpdateRepositoryCreationTemplate(input: UpdateRepositoryCreationTemplateRequest, context: RequestContext): UpdateRepositoryCreationTemplateResponse | Promise<UpdateRepositoryCreationTemplateResponse>;
  UploadLayerPart(input: UploadLayerPartRequest, context: RequestContext): UploadLayerPartResponse | Promise<UploadLayerPartResponse>;
  ValidatePullThroughCacheRule(input: ValidatePullThroughCacheRuleRequest, context: RequestContext): ValidatePullThroughCacheRuleResponse | Promise<ValidatePullThroughCacheRuleResponse>;
}
