// Generated from models/secretsmanager.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface BatchGetSecretValueRequest {
  Filters?: Array<Filter>;
  MaxResults?: number;
  NextToken?: string;
  SecretIdList?: Array<string>;
}

export interface BatchGetSecretValueResponse {
  Errors?: Array<APIErrorType>;
  NextToken?: string;
  SecretValues?: Array<SecretValueEntry>;
}

export interface CancelRotateSecretRequest {
  SecretId: string;
}

export interface CancelRotateSecretResponse {
  ARN?: string;
  Name?: string;
  VersionId?: string;
}

export interface CreateSecretRequest {
  AddReplicaRegions?: Array<ReplicaRegionType>;
  ClientRequestToken?: string;
  Description?: string;
  ForceOverwriteReplicaSecret?: boolean;
  KmsKeyId?: string;
  Name: string;
  SecretBinary?: Buffer;
  SecretString?: string;
  Tags?: Array<TagShape>;
  Type?: string;
}

export interface CreateSecretResponse {
  ARN?: string;
  Name?: string;
  ReplicationStatus?: Array<ReplicationStatusType>;
  VersionId?: string;
}

export interface DeleteResourcePolicyRequest {
  SecretId: string;
}

export interface DeleteResourcePolicyResponse {
  ARN?: string;
  Name?: string;
}

export interface DeleteSecretRequest {
  ForceDeleteWithoutRecovery?: boolean;
  RecoveryWindowInDays?: number;
  SecretId: string;
}

export interface DeleteSecretResponse {
  ARN?: string;
  DeletionDate?: Date;
  Name?: string;
}

export interface DescribeSecretRequest {
  SecretId: string;
}

export interface DescribeSecretResponse {
  ARN?: string;
  CreatedDate?: Date;
  DeletedDate?: Date;
  Description?: string;
  ExternalSecretRotationMetadata?: Array<ExternalSecretRotationMetadataItem>;
  ExternalSecretRotationRoleArn?: string;
  KmsKeyId?: string;
  LastAccessedDate?: Date;
  LastChangedDate?: Date;
  LastRotatedDate?: Date;
  Name?: string;
  NextRotationDate?: Date;
  OwningService?: string;
  PrimaryRegion?: string;
  ReplicationStatus?: Array<ReplicationStatusType>;
  RotationEnabled?: boolean;
  RotationLambdaARN?: string;
  RotationRules?: RotationRulesType;
  Tags?: Array<TagShape>;
  Type?: string;
  VersionIdsToStages?: Record<string, Array<string>>;
}

export interface GetRandomPasswordRequest {
  ExcludeCharacters?: string;
  ExcludeLowercase?: boolean;
  ExcludeNumbers?: boolean;
  ExcludePunctuation?: boolean;
  ExcludeUppercase?: boolean;
  IncludeSpace?: boolean;
  PasswordLength?: number;
  RequireEachIncludedType?: boolean;
}

export interface GetRandomPasswordResponse {
  RandomPassword?: string;
}

export interface GetResourcePolicyRequest {
  SecretId: string;
}

export interface GetResourcePolicyResponse {
  ARN?: string;
  Name?: string;
  ResourcePolicy?: string;
}

export interface GetSecretValueRequest {
  SecretId: string;
  VersionId?: string;
  VersionStage?: string;
}

export interface GetSecretValueResponse {
  ARN?: string;
  CreatedDate?: Date;
  Name?: string;
  SecretBinary?: Buffer;
  SecretString?: string;
  VersionId?: string;
  VersionStages?: Array<string>;
}

export interface ListSecretsRequest {
  Filters?: Array<Filter>;
  IncludePlannedDeletion?: boolean;
  MaxResults?: number;
  NextToken?: string;
  SortBy?: "created-date" | "last-accessed-date" | "last-changed-date" | "name";
  SortOrder?: "asc" | "desc";
}

export interface ListSecretsResponse {
  NextToken?: string;
  SecretList?: Array<SecretListEntry>;
}

export interface ListSecretVersionIdsRequest {
  IncludeDeprecated?: boolean;
  MaxResults?: number;
  NextToken?: string;
  SecretId: string;
}

export interface ListSecretVersionIdsResponse {
  ARN?: string;
  Name?: string;
  NextToken?: string;
  Versions?: Array<SecretVersionsListEntry>;
}

export interface PutResourcePolicyRequest {
  BlockPublicPolicy?: boolean;
  ResourcePolicy: string;
  SecretId: string;
}

export interface PutResourcePolicyResponse {
  ARN?: string;
  Name?: string;
}

export interface PutSecretValueRequest {
  ClientRequestToken?: string;
  RotationToken?: string;
  SecretBinary?: Buffer;
  SecretId: string;
  SecretString?: string;
  VersionStages?: Array<string>;
}

export interface PutSecretValueResponse {
  ARN?: string;
  Name?: string;
  VersionId?: string;
  VersionStages?: Array<string>;
}

export interface RemoveRegionsFromReplicationRequest {
  RemoveReplicaRegions: Array<string>;
  SecretId: string;
}

export interface RemoveRegionsFromReplicationResponse {
  ARN?: string;
  ReplicationStatus?: Array<ReplicationStatusType>;
}

export interface ReplicateSecretToRegionsRequest {
  AddReplicaRegions: Array<ReplicaRegionType>;
  ForceOverwriteReplicaSecret?: boolean;
  SecretId: string;
}

export interface ReplicateSecretToRegionsResponse {
  ARN?: string;
  ReplicationStatus?: Array<ReplicationStatusType>;
}

export interface RestoreSecretRequest {
  SecretId: string;
}

export interface RestoreSecretResponse {
  ARN?: string;
  Name?: string;
}

export interface RotateSecretRequest {
  ClientRequestToken?: string;
  ExternalSecretRotationMetadata?: Array<ExternalSecretRotationMetadataItem>;
  ExternalSecretRotationRoleArn?: string;
  RotateImmediately?: boolean;
  RotationLambdaARN?: string;
  RotationRules?: RotationRulesType;
  SecretId: string;
}

export interface RotateSecretResponse {
  ARN?: string;
  Name?: string;
  VersionId?: string;
}

export interface StopReplicationToReplicaRequest {
  SecretId: string;
}

export interface StopReplicationToReplicaResponse {
  ARN?: string;
}

export interface TagResourceRequest {
  SecretId: string;
  Tags: Array<TagShape>;
}

export interface UntagResourceRequest {
  SecretId: string;
  TagKeys: Array<string>;
}

export interface UpdateSecretRequest {
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
  SecretBinary?: Buffer;
  SecretId: string;
  SecretString?: string;
  Type?: string;
}

export interface UpdateSecretResponse {
  ARN?: string;
  Name?: string;
  VersionId?: string;
}

export interface UpdateSecretVersionStageRequest {
  MoveToVersionId?: string;
  RemoveFromVersionId?: string;
  SecretId: string;
  VersionStage: string;
}

export interface UpdateSecretVersionStageResponse {
  ARN?: string;
  Name?: string;
}

export interface ValidateResourcePolicyRequest {
  ResourcePolicy: string;
  SecretId?: string;
}

export interface ValidateResourcePolicyResponse {
  PolicyValidationPassed?: boolean;
  ValidationErrors?: Array<ValidationErrorsEntry>;
}

export interface DecryptionFailure {
  Message?: string;
}

export interface EncryptionFailure {
  Message?: string;
}

export interface InternalServiceError {
  Message?: string;
}

export interface InvalidNextTokenException {
  Message?: string;
}

export interface InvalidParameterException {
  Message?: string;
}

export interface InvalidRequestException {
  Message?: string;
}

export interface LimitExceededException {
  Message?: string;
}

export interface MalformedPolicyDocumentException {
  Message?: string;
}

export interface PreconditionNotMetException {
  Message?: string;
}

export interface PublicPolicyException {
  Message?: string;
}

export interface ResourceExistsException {
  Message?: string;
}

export interface ResourceNotFoundException {
  Message?: string;
}

export interface Filter {
  Key?: "description" | "name" | "tag-key" | "tag-value" | "primary-region" | "owning-service" | "all";
  Values?: Array<string>;
}

export interface APIErrorType {
  ErrorCode?: string;
  Message?: string;
  SecretId?: string;
}

export interface SecretValueEntry {
  ARN?: string;
  CreatedDate?: Date;
  Name?: string;
  SecretBinary?: Buffer;
  SecretString?: string;
  VersionId?: string;
  VersionStages?: Array<string>;
}

export interface ReplicaRegionType {
  KmsKeyId?: string;
  Region?: string;
}

export interface TagShape {
  Key?: string;
  Value?: string;
}

export interface ReplicationStatusType {
  KmsKeyId?: string;
  LastAccessedDate?: Date;
  Region?: string;
  Status?: "InSync" | "Failed" | "InProgress";
  StatusMessage?: string;
}

export interface ExternalSecretRotationMetadataItem {
  Key?: string;
  Value?: string;
}

export interface RotationRulesType {
  AutomaticallyAfterDays?: number;
  Duration?: string;
  ScheduleExpression?: string;
}

export interface SecretListEntry {
  ARN?: string;
  CreatedDate?: Date;
  DeletedDate?: Date;
  Description?: string;
  ExternalSecretRotationMetadata?: Array<ExternalSecretRotationMetadataItem>;
  ExternalSecretRotationRoleArn?: string;
  KmsKeyId?: string;
  LastAccessedDate?: Date;
  LastChangedDate?: Date;
  LastRotatedDate?: Date;
  Name?: string;
  NextRotationDate?: Date;
  OwningService?: string;
  PrimaryRegion?: string;
  RotationEnabled?: boolean;
  RotationLambdaARN?: string;
  RotationRules?: RotationRulesType;
  SecretVersionsToStages?: Record<string, Array<string>>;
  Tags?: Array<TagShape>;
  Type?: string;
}

export interface SecretVersionsListEntry {
  CreatedDate?: Date;
  KmsKeyIds?: Array<string>;
  LastAccessedDate?: Date;
  VersionId?: string;
  VersionStages?: Array<string>;
}

export interface ValidationErrorsEntry {
  CheckName?: string;
  ErrorMessage?: string;
}

/** Every operation of AWS Secrets Manager; a provider implements the ones it serves. */
export interface SecretsmanagerOperations {
  BatchGetSecretValue(input: BatchGetSecretValueRequest, context: RequestContext): BatchGetSecretValueResponse | Promise<BatchGetSecretValueResponse>;
  CancelRotateSecret(input: CancelRotateSecretRequest, context: RequestContext): CancelRotateSecretResponse | Promise<CancelRotateSecretResponse>;
  CreateSecret(input: CreateSecretRequest, context: RequestContext): CreateSecretResponse | Promise<CreateSecretResponse>;
  DeleteResourcePolicy(input: DeleteResourcePolicyRequest, context: RequestContext): DeleteResourcePolicyResponse | Promise<DeleteResourcePolicyResponse>;
  DeleteSecret(input: DeleteSecretRequest, context: RequestContext): DeleteSecretResponse | Promise<DeleteSecretResponse>;
  DescribeSecret(input: DescribeSecretRequest, context: RequestContext): DescribeSecretResponse | Promise<DescribeSecretResponse>;
  GetRandomPassword(input: GetRandomPasswordRequest, context: RequestContext): GetRandomPasswordResponse | Promise<GetRandomPasswordResponse>;
  GetResourcePolicy(input: GetResourcePolicyRequest, context: RequestContext): GetResourcePolicyResponse | Promise<GetResourcePolicyResponse>;
  GetSecretValue(input: GetSecretValueRequest, context: RequestContext): GetSecretValueResponse | Promise<GetSecretValueResponse>;
  ListSecrets(input: ListSecretsRequest, context: RequestContext): ListSecretsResponse | Promise<ListSecretsResponse>;
  ListSecretVersionIds(input: ListSecretVersionIdsRequest, context: RequestContext): ListSecretVersionIdsResponse | Promise<ListSecretVersionIdsResponse>;
  PutResourcePolicy(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResponse | Promise<PutResourcePolicyResponse>;
  PutSecretValue(input: PutSecretValueRequest, context: RequestContext): PutSecretValueResponse | Promise<PutSecretValueResponse>;
  RemoveRegionsFromReplication(input: RemoveRegionsFromReplicationRequest, context: RequestContext): RemoveRegionsFromReplicationResponse | Promise<RemoveRegionsFromReplicationResponse>;
  ReplicateSecretToRegions(input: ReplicateSecretToRegionsRequest, context: RequestContext): ReplicateSecretToRegionsResponse | Promise<ReplicateSecretToRegionsResponse>;
  RestoreSecret(input: RestoreSecretRequest, context: RequestContext): RestoreSecretResponse | Promise<RestoreSecretResponse>;
  RotateSecret(input: RotateSecretRequest, context: RequestContext): RotateSecretResponse | Promise<RotateSecretResponse>;
  StopReplicationToReplica(input: StopReplicationToReplicaRequest, context: RequestContext): StopReplicationToReplicaResponse | Promise<StopReplicationToReplicaResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): void | Promise<void>;
  UpdateSecret(input: UpdateSecretRequest, context: RequestContext): UpdateSecretResponse | Promise<UpdateSecretResponse>;
  UpdateSecretVersionStage(input: UpdateSecretVersionStageRequest, context: RequestContext): UpdateSecretVersionStageResponse | Promise<UpdateSecretVersionStageResponse>;
  ValidateResourcePolicy(input: ValidateResourcePolicyRequest, context: RequestContext): ValidateResourcePolicyResponse | Promise<ValidateResourcePolicyResponse>;
}
