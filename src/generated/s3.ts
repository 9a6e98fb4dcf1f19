// Generated from models/s3.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AbortMultipartUploadRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  IfMatchInitiatedTime?: Date;
  Key: string;
  RequestPayer?: "requester";
  UploadId: string;
}

export interface AbortMultipartUploadOutput {
  RequestCharged?: "requester";
}

export interface CompleteMultipartUploadRequest {
  Bucket: string;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ExpectedBucketOwner?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  Key: string;
  MpuObjectSize?: number;
  MultipartUpload?: CompletedMultipartUpload;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  UploadId: string;
}

export interface CompleteMultipartUploadOutput {
  Bucket?: string;
  BucketKeyEnabled?: boolean;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  Expiration?: string;
  Key?: string;
  Location?: string;
  RequestCharged?: "requester";
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  VersionId?: string;
}

export interface CopyObjectRequest {
  ACL?: "private" | "public-read" | "public-read-write" | "authenticated-read" | "aws-exec-read" | "bucket-owner-read" | "bucket-owner-full-control";
  Bucket: string;
  BucketKeyEnabled?: boolean;
  CacheControl?: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentType?: string;
  CopySource: string;
  CopySourceIfMatch?: string;
  CopySourceIfModifiedSince?: Date;
  CopySourceIfNoneMatch?: string;
  CopySourceIfUnmodifiedSince?: Date;
  CopySourceSSECustomerAlgorithm?: string;
  CopySourceSSECustomerKey?: string;
  CopySourceSSECustomerKeyMD5?: string;
  ExpectedBucketOwner?: string;
  ExpectedSourceBucketOwner?: string;
  Expires?: string;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWriteACP?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  Key: string;
  Metadata?: Record<string, string>;
  MetadataDirective?: "COPY" | "REPLACE";
  ObjectLockLegalHoldStatus?: "ON" | "OFF";
  ObjectLockMode?: "GOVERNANCE" | "COMPLIANCE";
  ObjectLockRetainUntilDate?: Date;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  Tagging?: string;
  TaggingDirective?: "COPY" | "REPLACE";
  WebsiteRedirectLocation?: string;
}

export interface CopyObjectOutput {
  BucketKeyEnabled?: boolean;
  CopyObjectResult?: CopyObjectResult;
  CopySourceVersionId?: string;
  Expiration?: string;
  RequestCharged?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  VersionId?: string;
}

export interface CreateBucketRequest {
  ACL?: "private" | "public-read" | "public-read-write" | "authenticated-read";
  Bucket: string;
  BucketNamespace?: "account-regional" | "global";
  CreateBucketConfiguration?: CreateBucketConfiguration;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWrite?: string;
  GrantWriteACP?: string;
  ObjectLockEnabledForBucket?: boolean;
  ObjectOwnership?: "BucketOwnerPreferred" | "ObjectWriter" | "BucketOwnerEnforced";
}

export interface CreateBucketOutput {
  BucketArn?: string;
  Location?: string;
}

export interface CreateBucketMetadataConfigurationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  MetadataConfiguration: MetadataConfiguration;
}

export interface CreateBucketMetadataTableConfigurationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  MetadataTableConfiguration: MetadataTableConfiguration;
}

export interface CreateMultipartUploadRequest {
  ACL?: "private" | "public-read" | "public-read-write" | "authenticated-read" | "aws-exec-read" | "bucket-owner-read" | "bucket-owner-full-control";
  Bucket: string;
  BucketKeyEnabled?: boolean;
  CacheControl?: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentType?: string;
  ExpectedBucketOwner?: string;
  Expires?: string;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWriteACP?: string;
  Key: string;
  Metadata?: Record<string, string>;
  ObjectLockLegalHoldStatus?: "ON" | "OFF";
  ObjectLockMode?: "GOVERNANCE" | "COMPLIANCE";
  ObjectLockRetainUntilDate?: Date;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  Tagging?: string;
  WebsiteRedirectLocation?: string;
}

export interface CreateMultipartUploadOutput {
  AbortDate?: Date;
  AbortRuleId?: string;
  Bucket?: string;
  BucketKeyEnabled?: boolean;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  Key?: string;
  RequestCharged?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  UploadId?: string;
}

export interface CreateSessionRequest {
  Bucket: string;
  BucketKeyEnabled?: boolean;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  SessionMode?: "ReadOnly" | "ReadWrite";
}

export interface CreateSessionOutput {
  BucketKeyEnabled?: boolean;
  Credentials: SessionCredentials;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
}

export interface DeleteBucketRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketAnalyticsConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface DeleteBucketCorsRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketEncryptionRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketIntelligentTieringConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface DeleteBucketInventoryConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface DeleteBucketLifecycleRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketMetadataConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketMetadataTableConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketMetricsConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface DeleteBucketOwnershipControlsRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketPolicyRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketReplicationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketTaggingRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteBucketWebsiteRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface DeleteObjectRequest {
  Bucket: string;
  BypassGovernanceRetention?: boolean;
  ExpectedBucketOwner?: string;
  IfMatch?: string;
  IfMatchLastModifiedTime?: Date;
  IfMatchSize?: number;
  Key: string;
  MFA?: string;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface DeleteObjectOutput {
  DeleteMarker?: boolean;
  RequestCharged?: "requester";
  VersionId?: string;
}

export interface DeleteObjectsRequest {
  Bucket: string;
  BypassGovernanceRetention?: boolean;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  Delete: Delete;
  ExpectedBucketOwner?: string;
  MFA?: string;
  RequestPayer?: "requester";
}

export interface DeleteObjectsOutput {
  Deleted?: Array<DeletedObject>;
  Errors?: Array<ErrorShape>;
  RequestCharged?: "requester";
}

export interface DeleteObjectTaggingRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  VersionId?: string;
}

export interface DeleteObjectTaggingOutput {
  VersionId?: string;
}

export interface DeletePublicAccessBlockRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketAbacRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketAbacOutput {
  AbacStatus?: AbacStatus;
}

export interface GetBucketAccelerateConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  RequestPayer?: "requester";
}

export interface GetBucketAccelerateConfigurationOutput {
  RequestCharged?: "requester";
  Status?: "Enabled" | "Suspended";
}

export interface GetBucketAclRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketAclOutput {
  Grants?: Array<Grant>;
  Owner?: Owner;
}

export interface GetBucketAnalyticsConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface GetBucketAnalyticsConfigurationOutput {
  AnalyticsConfiguration?: AnalyticsConfiguration;
}

export interface GetBucketCorsRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketCorsOutput {
  CORSRules?: Array<CORSRule>;
}

export interface GetBucketEncryptionRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketEncryptionOutput {
  ServerSideEncryptionConfiguration?: ServerSideEncryptionConfiguration;
}

export interface GetBucketIntelligentTieringConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface GetBucketIntelligentTieringConfigurationOutput {
  IntelligentTieringConfiguration?: IntelligentTieringConfiguration;
}

export interface GetBucketInventoryConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface GetBucketInventoryConfigurationOutput {
  InventoryConfiguration?: InventoryConfiguration;
}

export interface GetBucketLifecycleRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketLifecycleOutput {
  Rules?: Array<Rule>;
}

export interface GetBucketLifecycleConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketLifecycleConfigurationOutput {
  Rules?: Array<LifecycleRule>;
  TransitionDefaultMinimumObjectSize?: "varies_by_storage_class" | "all_storage_classes_128K";
}

export interface GetBucketLocationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketLocationOutput {
  LocationConstraint?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-6" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "cn-north-1" | "cn-northwest-1" | "EU" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-2" | "us-gov-east-1" | "us-gov-west-1" | "us-west-1" | "us-west-2";
}

export interface GetBucketLoggingRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketLoggingOutput {
  LoggingEnabled?: LoggingEnabled;
}

export interface GetBucketMetadataConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketMetadataConfigurationOutput {
  GetBucketMetadataConfigurationResult?: GetBucketMetadataConfigurationResult;
}

export interface GetBucketMetadataTableConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketMetadataTableConfigurationOutput {
  GetBucketMetadataTableConfigurationResult?: GetBucketMetadataTableConfigurationResult;
}

export interface GetBucketMetricsConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface GetBucketMetricsConfigurationOutput {
  MetricsConfiguration?: MetricsConfiguration;
}

export interface GetBucketNotificationConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface NotificationConfigurationDeprecated {
  CloudFunctionConfiguration?: CloudFunctionConfiguration;
  QueueConfiguration?: QueueConfigurationDeprecated;
  TopicConfiguration?: TopicConfigurationDeprecated;
}

export interface NotificationConfiguration {
  EventBridgeConfiguration?: EventBridgeConfiguration;
  LambdaFunctionConfigurations?: Array<LambdaFunctionConfiguration>;
  QueueConfigurations?: Array<QueueConfiguration>;
  TopicConfigurations?: Array<TopicConfiguration>;
}

export interface GetBucketOwnershipControlsRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketOwnershipControlsOutput {
  OwnershipControls?: OwnershipControls;
}

export interface GetBucketPolicyRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketPolicyOutput {
  Policy?: string;
}

export interface GetBucketPolicyStatusRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketPolicyStatusOutput {
  PolicyStatus?: PolicyStatus;
}

export interface GetBucketReplicationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketReplicationOutput {
  ReplicationConfiguration?: ReplicationConfiguration;
}

export interface GetBucketRequestPaymentRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketRequestPaymentOutput {
  Payer?: "Requester" | "BucketOwner";
}

export interface GetBucketTaggingRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketTaggingOutput {
  TagSet: Array<TagShape>;
}

export interface GetBucketVersioningRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketVersioningOutput {
  MFADelete?: "Enabled" | "Disabled";
  Status?: "Enabled" | "Suspended";
}

export interface GetBucketWebsiteRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetBucketWebsiteOutput {
  ErrorDocument?: ErrorDocument;
  IndexDocument?: IndexDocument;
  RedirectAllRequestsTo?: RedirectAllRequestsTo;
  RoutingRules?: Array<RoutingRule>;
}

export interface GetObjectRequest {
  Bucket: string;
  ChecksumMode?: "ENABLED";
  ExpectedBucketOwner?: string;
  IfMatch?: string;
  IfModifiedSince?: Date;
  IfNoneMatch?: string;
  IfUnmodifiedSince?: Date;
  Key: string;
  PartNumber?: number;
  Range?: string;
  RequestPayer?: "requester";
  ResponseCacheControl?: string;
  ResponseContentDisposition?: string;
  ResponseContentEncoding?: string;
  ResponseContentLanguage?: string;
  ResponseContentType?: string;
  ResponseExpires?: Date;
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  VersionId?: string;
}

export interface GetObjectOutput {
  AcceptRanges?: string;
  Body?: Buffer | Readable;
  BucketKeyEnabled?: boolean;
  CacheControl?: string;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentLength?: number;
  ContentRange?: string;
  ContentType?: string;
  DeleteMarker?: boolean;
  ETag?: string;
  Expiration?: string;
  Expires?: string;
  LastModified?: Date;
  Metadata?: Record<string, string>;
  MissingMeta?: number;
  ObjectLockLegalHoldStatus?: "ON" | "OFF";
  ObjectLockMode?: "GOVERNANCE" | "COMPLIANCE";
  ObjectLockRetainUntilDate?: Date;
  PartsCount?: number;
  ReplicationStatus?: "COMPLETE" | "PENDING" | "FAILED" | "REPLICA" | "COMPLETED";
  RequestCharged?: "requester";
  Restore?: string;
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  TagCount?: number;
  VersionId?: string;
  WebsiteRedirectLocation?: string;
}

export interface GetObjectAclRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface GetObjectAclOutput {
  Grants?: Array<Grant>;
  Owner?: Owner;
  RequestCharged?: "requester";
}

export interface GetObjectAttributesRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  MaxParts?: number;
  ObjectAttributes: Array<"ETag" | "Checksum" | "ObjectParts" | "StorageClass" | "ObjectSize">;
  PartNumberMarker?: number;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  VersionId?: string;
}

export interface GetObjectAttributesOutput {
  Checksum?: Checksum;
  DeleteMarker?: boolean;
  ETag?: string;
  LastModified?: Date;
  ObjectParts?: GetObjectAttributesParts;
  ObjectSize?: number;
  RequestCharged?: "requester";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  VersionId?: string;
}

export interface GetObjectLegalHoldRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface GetObjectLegalHoldOutput {
  LegalHold?: ObjectLockLegalHold;
}

export interface GetObjectLockConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetObjectLockConfigurationOutput {
  ObjectLockConfiguration?: ObjectLockConfiguration;
}

export interface GetObjectRetentionRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface GetObjectRetentionOutput {
  Retention?: ObjectLockRetention;
}

export interface GetObjectTaggingRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface GetObjectTaggingOutput {
  TagSet: Array<TagShape>;
  VersionId?: string;
}

export interface GetObjectTorrentRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
}

export interface GetObjectTorrentOutput {
  Body?: Buffer | Readable;
  RequestCharged?: "requester";
}

export interface GetPublicAccessBlockRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface GetPublicAccessBlockOutput {
  PublicAccessBlockConfiguration?: PublicAccessBlockConfiguration;
}

export interface HeadBucketRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export interface HeadBucketOutput {
  AccessPointAlias?: boolean;
  BucketArn?: string;
  BucketLocationName?: string;
  BucketLocationType?: "AvailabilityZone" | "LocalZone";
  BucketRegion?: string;
}

export interface HeadObjectRequest {
  Bucket: string;
  ChecksumMode?: "ENABLED";
  ExpectedBucketOwner?: string;
  IfMatch?: string;
  IfModifiedSince?: Date;
  IfNoneMatch?: string;
  IfUnmodifiedSince?: Date;
  Key: string;
  PartNumber?: number;
  Range?: string;
  RequestPayer?: "requester";
  ResponseCacheControl?: string;
  ResponseContentDisposition?: string;
  ResponseContentEncoding?: string;
  ResponseContentLanguage?: string;
  ResponseContentType?: string;
  ResponseExpires?: Date;
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  VersionId?: string;
}

export interface HeadObjectOutput {
  AcceptRanges?: string;
  ArchiveStatus?: "ARCHIVE_ACCESS" | "DEEP_ARCHIVE_ACCESS";
  BucketKeyEnabled?: boolean;
  CacheControl?: string;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentLength?: number;
  ContentRange?: string;
  ContentType?: string;
  DeleteMarker?: boolean;
  ETag?: string;
  Expiration?: string;
  Expires?: string;
  LastModified?: Date;
  Metadata?: Record<string, string>;
  MissingMeta?: number;
  ObjectLockLegalHoldStatus?: "ON" | "OFF";
  ObjectLockMode?: "GOVERNANCE" | "COMPLIANCE";
  ObjectLockRetainUntilDate?: Date;
  PartsCount?: number;
  ReplicationStatus?: "COMPLETE" | "PENDING" | "FAILED" | "REPLICA" | "COMPLETED";
  RequestCharged?: "requester";
  Restore?: string;
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  TagCount?: number;
  VersionId?: string;
  WebsiteRedirectLocation?: string;
}

export interface ListBucketAnalyticsConfigurationsRequest {
  Bucket: string;
  ContinuationToken?: string;
  ExpectedBucketOwner?: string;
}

export interface ListBucketAnalyticsConfigurationsOutput {
  AnalyticsConfigurationList?: Array<AnalyticsConfiguration>;
  ContinuationToken?: string;
  IsTruncated?: boolean;
  NextContinuationToken?: string;
}

export interface ListBucketIntelligentTieringConfigurationsRequest {
  Bucket: string;
  ContinuationToken?: string;
  ExpectedBucketOwner?: string;
}

export interface ListBucketIntelligentTieringConfigurationsOutput {
  ContinuationToken?: string;
  IntelligentTieringConfigurationList?: Array<IntelligentTieringConfiguration>;
  IsTruncated?: boolean;
  NextContinuationToken?: string;
}

export interface ListBucketInventoryConfigurationsRequest {
  Bucket: string;
  ContinuationToken?: string;
  ExpectedBucketOwner?: string;
}

export interface ListBucketInventoryConfigurationsOutput {
  ContinuationToken?: string;
  InventoryConfigurationList?: Array<InventoryConfiguration>;
  IsTruncated?: boolean;
  NextContinuationToken?: string;
}

export interface ListBucketMetricsConfigurationsRequest {
  Bucket: string;
  ContinuationToken?: string;
  ExpectedBucketOwner?: string;
}

export interface ListBucketMetricsConfigurationsOutput {
  ContinuationToken?: string;
  IsTruncated?: boolean;
  MetricsConfigurationList?: Array<MetricsConfiguration>;
  NextContinuationToken?: string;
}

export interface ListBucketsRequest {
  BucketRegion?: string;
  ContinuationToken?: string;
  MaxBuckets?: number;
  Prefix?: string;
}

export interface ListBucketsOutput {
  Buckets?: Array<Bucket>;
  ContinuationToken?: string;
  Owner?: Owner;
  Prefix?: string;
}

export interface ListDirectoryBucketsRequest {
  ContinuationToken?: string;
  MaxDirectoryBuckets?: number;
}

export interface ListDirectoryBucketsOutput {
  Buckets?: Array<Bucket>;
  ContinuationToken?: string;
}

export interface ListMultipartUploadsRequest {
  Bucket: string;
  Delimiter?: string;
  EncodingType?: "url";
  ExpectedBucketOwner?: string;
  KeyMarker?: string;
  MaxUploads?: number;
  Prefix?: string;
  RequestPayer?: "requester";
  UploadIdMarker?: string;
}

export interface ListMultipartUploadsOutput {
  Bucket?: string;
  CommonPrefixes?: Array<CommonPrefix>;
  Delimiter?: string;
  EncodingType?: "url";
  IsTruncated?: boolean;
  KeyMarker?: string;
  MaxUploads?: number;
  NextKeyMarker?: string;
  NextUploadIdMarker?: string;
  Prefix?: string;
  RequestCharged?: "requester";
  UploadIdMarker?: string;
  Uploads?: Array<MultipartUpload>;
}

export interface ListObjectsRequest {
  Bucket: string;
  Delimiter?: string;
  EncodingType?: "url";
  ExpectedBucketOwner?: string;
  Marker?: string;
  MaxKeys?: number;
  OptionalObjectAttributes?: Array<"RestoreStatus">;
  Prefix?: string;
  RequestPayer?: "requester";
}

export interface ListObjectsOutput {
  CommonPrefixes?: Array<CommonPrefix>;
  Contents?: Array<ObjectShape>;
  Delimiter?: string;
  EncodingType?: "url";
  IsTruncated?: boolean;
  Marker?: string;
  MaxKeys?: number;
  Name?: string;
  NextMarker?: string;
  Prefix?: string;
  RequestCharged?: "requester";
}

export interface ListObjectsV2Request {
  Bucket: string;
  ContinuationToken?: string;
  Delimiter?: string;
  EncodingType?: "url";
  ExpectedBucketOwner?: string;
  FetchOwner?: boolean;
  MaxKeys?: number;
  OptionalObjectAttributes?: Array<"RestoreStatus">;
  Prefix?: string;
  RequestPayer?: "requester";
  StartAfter?: string;
}

export interface ListObjectsV2Output {
  CommonPrefixes?: Array<CommonPrefix>;
  Contents?: Array<ObjectShape>;
  ContinuationToken?: string;
  Delimiter?: string;
  EncodingType?: "url";
  IsTruncated?: boolean;
  KeyCount?: number;
  MaxKeys?: number;
  Name?: string;
  NextContinuationToken?: string;
  Prefix?: string;
  RequestCharged?: "requester";
  StartAfter?: string;
}

export interface ListObjectVersionsRequest {
  Bucket: string;
  Delimiter?: string;
  EncodingType?: "url";
  ExpectedBucketOwner?: string;
  KeyMarker?: string;
  MaxKeys?: number;
  OptionalObjectAttributes?: Array<"RestoreStatus">;
  Prefix?: string;
  RequestPayer?: "requester";
  VersionIdMarker?: string;
}

export interface ListObjectVersionsOutput {
  CommonPrefixes?: Array<CommonPrefix>;
  DeleteMarkers?: Array<DeleteMarkerEntry>;
  Delimiter?: string;
  EncodingType?: "url";
  IsTruncated?: boolean;
  KeyMarker?: string;
  MaxKeys?: number;
  Name?: string;
  NextKeyMarker?: string;
  NextVersionIdMarker?: string;
  Prefix?: string;
  RequestCharged?: "requester";
  VersionIdMarker?: string;
  Versions?: Array<ObjectVersion>;
}

export interface ListPartsRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Key: string;
  MaxParts?: number;
  PartNumberMarker?: number;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  UploadId: string;
}

export interface ListPartsOutput {
  AbortDate?: Date;
  AbortRuleId?: string;
  Bucket?: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  Initiator?: Initiator;
  IsTruncated?: boolean;
  Key?: string;
  MaxParts?: number;
  NextPartNumberMarker?: number;
  Owner?: Owner;
  PartNumberMarker?: number;
  Parts?: Array<Part>;
  RequestCharged?: "requester";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  UploadId?: string;
}

export interface PutBucketAbacRequest {
  AbacStatus: AbacStatus;
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
}

export interface PutBucketAccelerateConfigurationRequest {
  AccelerateConfiguration: AccelerateConfiguration;
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ExpectedBucketOwner?: string;
}

export interface PutBucketAclRequest {
  ACL?: "private" | "public-read" | "public-read-write" | "authenticated-read";
  AccessControlPolicy?: AccessControlPolicy;
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWrite?: string;
  GrantWriteACP?: string;
}

export interface PutBucketAnalyticsConfigurationRequest {
  AnalyticsConfiguration: AnalyticsConfiguration;
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
}

export interface PutBucketCorsRequest {
  Bucket: string;
  CORSConfiguration: CORSConfiguration;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
}

export interface PutBucketEncryptionRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  ServerSideEncryptionConfiguration: ServerSideEncryptionConfiguration;
}

export interface PutBucketIntelligentTieringConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
  IntelligentTieringConfiguration: IntelligentTieringConfiguration;
}

export interface PutBucketInventoryConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
  InventoryConfiguration: InventoryConfiguration;
}

export interface PutBucketLifecycleRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  LifecycleConfiguration?: LifecycleConfiguration;
}

export interface PutBucketLifecycleConfigurationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ExpectedBucketOwner?: string;
  LifecycleConfiguration?: BucketLifecycleConfiguration;
  TransitionDefaultMinimumObjectSize?: "varies_by_storage_class" | "all_storage_classes_128K";
}

export interface PutBucketLifecycleConfigurationOutput {
  TransitionDefaultMinimumObjectSize?: "varies_by_storage_class" | "all_storage_classes_128K";
}

export interface PutBucketLoggingRequest {
  Bucket: string;
  BucketLoggingStatus: BucketLoggingStatus;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
}

export interface PutBucketMetricsConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Id: string;
  MetricsConfiguration: MetricsConfiguration;
}

export interface PutBucketNotificationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  NotificationConfiguration: NotificationConfigurationDeprecated;
}

export interface PutBucketNotificationConfigurationRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  NotificationConfiguration: NotificationConfiguration;
  SkipDestinationValidation?: boolean;
}

export interface PutBucketOwnershipControlsRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  OwnershipControls: OwnershipControls;
}

export interface PutBucketPolicyRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ConfirmRemoveSelfBucketAccess?: boolean;
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Policy: string;
}

export interface PutBucketReplicationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  ReplicationConfiguration: ReplicationConfiguration;
  Token?: string;
}

export interface PutBucketRequestPaymentRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  RequestPaymentConfiguration: RequestPaymentConfiguration;
}

export interface PutBucketTaggingRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Tagging: Tagging;
}

export interface PutBucketVersioningRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  MFA?: string;
  VersioningConfiguration: VersioningConfiguration;
}

export interface PutBucketWebsiteRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  WebsiteConfiguration: WebsiteConfiguration;
}

export interface PutObjectRequest {
  ACL?: "private" | "public-read" | "public-read-write" | "authenticated-read" | "aws-exec-read" | "bucket-owner-read" | "bucket-owner-full-control";
  Body?: Buffer | Readable;
  Bucket: string;
  BucketKeyEnabled?: boolean;
  CacheControl?: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentLength?: number;
  ContentMD5?: string;
  ContentType?: string;
  ExpectedBucketOwner?: string;
  Expires?: string;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWriteACP?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  Key: string;
  Metadata?: Record<string, string>;
  ObjectLockLegalHoldStatus?: "ON" | "OFF";
  ObjectLockMode?: "GOVERNANCE" | "COMPLIANCE";
  ObjectLockRetainUntilDate?: Date;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  Tagging?: string;
  WebsiteRedirectLocation?: string;
  WriteOffsetBytes?: number;
}

export interface PutObjectOutput {
  BucketKeyEnabled?: boolean;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  Expiration?: string;
  RequestCharged?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSEncryptionContext?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  Size?: number;
  VersionId?: string;
}

export interface PutObjectAclRequest {
  ACL?: "private" | "public-read" | "public-read-write" | "authenticated-read" | "aws-exec-read" | "bucket-owner-read" | "bucket-owner-full-control";
  AccessControlPolicy?: AccessControlPolicy;
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWrite?: string;
  GrantWriteACP?: string;
  Key: string;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface PutObjectAclOutput {
  RequestCharged?: "requester";
}

export interface PutObjectLegalHoldRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Key: string;
  LegalHold?: ObjectLockLegalHold;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface PutObjectLegalHoldOutput {
  RequestCharged?: "requester";
}

export interface PutObjectLockConfigurationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  ObjectLockConfiguration?: ObjectLockConfiguration;
  RequestPayer?: "requester";
  Token?: string;
}

export interface PutObjectLockConfigurationOutput {
  RequestCharged?: "requester";
}

export interface PutObjectRetentionRequest {
  Bucket: string;
  BypassGovernanceRetention?: boolean;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  Retention?: ObjectLockRetention;
  VersionId?: string;
}

export interface PutObjectRetentionOutput {
  RequestCharged?: "requester";
}

export interface PutObjectTaggingRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  Tagging: Tagging;
  VersionId?: string;
}

export interface PutObjectTaggingOutput {
  VersionId?: string;
}

export interface PutPublicAccessBlockRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  PublicAccessBlockConfiguration: PublicAccessBlockConfiguration;
}

export interface RenameObjectRequest {
  Bucket: string;
  ClientToken?: string;
  DestinationIfMatch?: string;
  DestinationIfModifiedSince?: Date;
  DestinationIfNoneMatch?: string;
  DestinationIfUnmodifiedSince?: Date;
  Key: string;
  RenameSource: string;
  SourceIfMatch?: string;
  SourceIfModifiedSince?: Date;
  SourceIfNoneMatch?: string;
  SourceIfUnmodifiedSince?: Date;
}

export interface RenameObjectOutput {
}

export interface RestoreObjectRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ExpectedBucketOwner?: string;
  Key: string;
  RequestPayer?: "requester";
  RestoreRequest?: RestoreRequest;
  VersionId?: string;
}

export interface RestoreObjectOutput {
  RequestCharged?: "requester";
  RestoreOutputPath?: string;
}

export interface SelectObjectContentRequest {
  Bucket: string;
  ExpectedBucketOwner?: string;
  Expression: string;
  ExpressionType: "SQL";
  InputSerialization: InputSerialization;
  Key: string;
  OutputSerialization: OutputSerialization;
  RequestProgress?: RequestProgress;
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  ScanRange?: ScanRange;
}

export interface SelectObjectContentOutput {
  Payload?: SelectObjectContentEventStream;
}

export interface UpdateBucketMetadataInventoryTableConfigurationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  InventoryTableConfiguration: InventoryTableConfigurationUpdates;
}

export interface UpdateBucketMetadataJournalTableConfigurationRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  JournalTableConfiguration: JournalTableConfigurationUpdates;
}

export interface UpdateObjectEncryptionRequest {
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Key: string;
  ObjectEncryption: ObjectEncryption;
  RequestPayer?: "requester";
  VersionId?: string;
}

export interface UpdateObjectEncryptionResponse {
  RequestCharged?: "requester";
}

export interface UploadPartRequest {
  Body?: Buffer | Readable;
  Bucket: string;
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ContentLength?: number;
  ContentMD5?: string;
  ExpectedBucketOwner?: string;
  Key: string;
  PartNumber: number;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  UploadId: string;
}

export interface UploadPartOutput {
  BucketKeyEnabled?: boolean;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  RequestCharged?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
}

export interface UploadPartCopyRequest {
  Bucket: string;
  CopySource: string;
  CopySourceIfMatch?: string;
  CopySourceIfModifiedSince?: Date;
  CopySourceIfNoneMatch?: string;
  CopySourceIfUnmodifiedSince?: Date;
  CopySourceRange?: string;
  CopySourceSSECustomerAlgorithm?: string;
  CopySourceSSECustomerKey?: string;
  CopySourceSSECustomerKeyMD5?: string;
  ExpectedBucketOwner?: string;
  ExpectedSourceBucketOwner?: string;
  Key: string;
  PartNumber: number;
  RequestPayer?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
  UploadId: string;
}

export interface UploadPartCopyOutput {
  BucketKeyEnabled?: boolean;
  CopyPartResult?: CopyPartResult;
  CopySourceVersionId?: string;
  RequestCharged?: "requester";
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
}

export interface WriteGetObjectResponseRequest {
  AcceptRanges?: string;
  Body?: Buffer | Readable;
  BucketKeyEnabled?: boolean;
  CacheControl?: string;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentLength?: number;
  ContentRange?: string;
  ContentType?: string;
  DeleteMarker?: boolean;
  ETag?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
  Expiration?: string;
  Expires?: string;
  LastModified?: Date;
  Metadata?: Record<string, string>;
  MissingMeta?: number;
  ObjectLockLegalHoldStatus?: "ON" | "OFF";
  ObjectLockMode?: "GOVERNANCE" | "COMPLIANCE";
  ObjectLockRetainUntilDate?: Date;
  PartsCount?: number;
  ReplicationStatus?: "COMPLETE" | "PENDING" | "FAILED" | "REPLICA" | "COMPLETED";
  RequestCharged?: "requester";
  RequestRoute: string;
  RequestToken: string;
  Restore?: string;
  SSECustomerAlgorithm?: string;
  SSECustomerKeyMD5?: string;
  SSEKMSKeyId?: string;
  ServerSideEncryption?: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  StatusCode?: number;
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  TagCount?: number;
  VersionId?: string;
}

export interface AccessDenied {
}

export interface BucketAlreadyExists {
}

export interface BucketAlreadyOwnedByYou {
}

export interface EncryptionTypeMismatch {
}

export interface IdempotencyParameterMismatch {
}

export interface InvalidObjectState {
  AccessTier?: "ARCHIVE_ACCESS" | "DEEP_ARCHIVE_ACCESS";
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
}

export interface InvalidRequest {
}

export interface InvalidWriteOffset {
}

export interface NoSuchBucket {
}

export interface NoSuchKey {
}

export interface NoSuchUpload {
}

export interface ObjectAlreadyInActiveTierError {
}

export interface ObjectNotInActiveTierError {
}

export interface TooManyParts {
}

export interface CompletedMultipartUpload {
  Parts?: Array<CompletedPart>;
}

export interface CopyObjectResult {
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  LastModified?: Date;
}

export interface CreateBucketConfiguration {
  Bucket?: BucketInfo;
  Location?: LocationInfo;
  LocationConstraint?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-6" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "cn-north-1" | "cn-northwest-1" | "EU" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-2" | "us-gov-east-1" | "us-gov-west-1" | "us-west-1" | "us-west-2";
  Tags?: Array<TagShape>;
}

export interface MetadataConfiguration {
  InventoryTableConfiguration?: InventoryTableConfiguration;
  JournalTableConfiguration: JournalTableConfiguration;
}

export interface MetadataTableConfiguration {
  S3TablesDestination: S3TablesDestination;
}

export interface SessionCredentials {
  AccessKeyId: string;
  Expiration: Date;
  SecretAccessKey: string;
  SessionToken: string;
}

export interface Delete {
  Objects: Array<ObjectIdentifier>;
  Quiet?: boolean;
}

export interface DeletedObject {
  DeleteMarker?: boolean;
  DeleteMarkerVersionId?: string;
  Key?: string;
  VersionId?: string;
}

export interface ErrorShape {
  Code?: string;
  Key?: string;
  Message?: string;
  VersionId?: string;
}

export interface AbacStatus {
  Status?: "Enabled" | "Disabled";
}

export interface Grant {
  Grantee?: Grantee;
  Permission?: "FULL_CONTROL" | "WRITE" | "WRITE_ACP" | "READ" | "READ_ACP";
}

export interface Owner {
  DisplayName?: string;
  ID?: string;
}

export interface AnalyticsConfiguration {
  Filter?: AnalyticsFilter;
  Id: string;
  StorageClassAnalysis: StorageClassAnalysis;
}

export interface CORSRule {
  AllowedHeaders?: Array<string>;
  AllowedMethods: Array<string>;
  AllowedOrigins: Array<string>;
  ExposeHeaders?: Array<string>;
  ID?: string;
  MaxAgeSeconds?: number;
}

export interface ServerSideEncryptionConfiguration {
  Rules: Array<ServerSideEncryptionRule>;
}

export interface IntelligentTieringConfiguration {
  Filter?: IntelligentTieringFilter;
  Id: string;
  Status: "Enabled" | "Disabled";
  Tierings: Array<Tiering>;
}

export interface InventoryConfiguration {
  Destination: InventoryDestination;
  Filter?: InventoryFilter;
  Id: string;
  IncludedObjectVersions: "All" | "Current";
  IsEnabled: boolean;
  OptionalFields?: Array<"Size" | "LastModifiedDate" | "StorageClass" | "ETag" | "IsMultipartUploaded" | "ReplicationStatus" | "EncryptionStatus" | "ObjectLockRetainUntilDate" | "ObjectLockMode" | "ObjectLockLegalHoldStatus" | "IntelligentTieringAccessTier" | "BucketKeyStatus" | "ChecksumAlgorithm" | "ObjectAccessControlList" | "ObjectOwner" | "LifecycleExpirationDate">;
  Schedule: InventorySchedule;
}

export interface Rule {
  AbortIncompleteMultipartUpload?: AbortIncompleteMultipartUpload;
  Expiration?: LifecycleExpiration;
  ID?: string;
  NoncurrentVersionExpiration?: NoncurrentVersionExpiration;
  NoncurrentVersionTransition?: NoncurrentVersionTransition;
  Prefix: string;
  Status: "Enabled" | "Disabled";
  Transition?: Transition;
}

export interface LifecycleRule {
  AbortIncompleteMultipartUpload?: AbortIncompleteMultipartUpload;
  Expiration?: LifecycleExpiration;
  Filter?: LifecycleRuleFilter;
  ID?: string;
  NoncurrentVersionExpiration?: NoncurrentVersionExpiration;
  NoncurrentVersionTransitions?: Array<NoncurrentVersionTransition>;
  Prefix?: string;
  Status: "Enabled" | "Disabled";
  Transitions?: Array<Transition>;
}

export interface LoggingEnabled {
  TargetBucket: string;
  TargetGrants?: Array<TargetGrant>;
  TargetObjectKeyFormat?: TargetObjectKeyFormat;
  TargetPrefix: string;
}

export interface GetBucketMetadataConfigurationResult {
  MetadataConfigurationResult: MetadataConfigurationResult;
}

export interface GetBucketMetadataTableConfigurationResult {
  Error?: ErrorDetails;
  MetadataTableConfigurationResult: MetadataTableConfigurationResult;
  Status: string;
}

export interface MetricsConfiguration {
  Filter?: MetricsFilter;
  Id: string;
}

export interface CloudFunctionConfiguration {
  CloudFunction?: string;
  Event?: "s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete";
  Events?: Array<"s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete">;
  Id?: string;
  InvocationRole?: string;
}

export interface QueueConfigurationDeprecated {
  Event?: "s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete";
  Events?: Array<"s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete">;
  Id?: string;
  Queue?: string;
}

export interface TopicConfigurationDeprecated {
  Event?: "s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete";
  Events?: Array<"s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete">;
  Id?: string;
  Topic?: string;
}

export interface EventBridgeConfiguration {
}

export interface LambdaFunctionConfiguration {
  Events: Array<"s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete">;
  Filter?: NotificationConfigurationFilter;
  Id?: string;
  LambdaFunctionArn: string;
}

export interface QueueConfiguration {
  Events: Array<"s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete">;
  Filter?: NotificationConfigurationFilter;
  Id?: string;
  QueueArn: string;
}

export interface TopicConfiguration {
  Events: Array<"s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete">;
  Filter?: NotificationConfigurationFilter;
  Id?: string;
  TopicArn: string;
}

export interface OwnershipControls {
  Rules: Array<OwnershipControlsRule>;
}

export interface PolicyStatus {
  IsPublic?: boolean;
}

export interface ReplicationConfiguration {
  Role: string;
  Rules: Array<ReplicationRule>;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface ErrorDocument {
  Key: string;
}

export interface IndexDocument {
  Suffix: string;
}

export interface RedirectAllRequestsTo {
  HostName: string;
  Protocol?: "http" | "https";
}

export interface RoutingRule {
  Condition?: Condition;
  Redirect: Redirect;
}

export interface Checksum {
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
}

export interface GetObjectAttributesParts {
  IsTruncated?: boolean;
  MaxParts?: number;
  NextPartNumberMarker?: number;
  PartNumberMarker?: number;
  Parts?: Array<ObjectPart>;
  TotalPartsCount?: number;
}

export interface ObjectLockLegalHold {
  Status?: "ON" | "OFF";
}

export interface ObjectLockConfiguration {
  ObjectLockEnabled?: "Enabled";
  Rule?: ObjectLockRule;
}

export interface ObjectLockRetention {
  Mode?: "GOVERNANCE" | "COMPLIANCE";
  RetainUntilDate?: Date;
}

export interface PublicAccessBlockConfiguration {
  BlockPublicAcls?: boolean;
  BlockPublicPolicy?: boolean;
  IgnorePublicAcls?: boolean;
  RestrictPublicBuckets?: boolean;
}

export interface Bucket {
  BucketArn?: string;
  BucketRegion?: string;
  CreationDate?: Date;
  Name?: string;
}

export interface CommonPrefix {
  Prefix?: string;
}

export interface MultipartUpload {
  ChecksumAlgorithm?: "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  Initiated?: Date;
  Initiator?: Initiator;
  Key?: string;
  Owner?: Owner;
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  UploadId?: string;
}

export interface ObjectShape {
  ChecksumAlgorithm?: Array<"CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128">;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ETag?: string;
  Key?: string;
  LastModified?: Date;
  Owner?: Owner;
  RestoreStatus?: RestoreStatus;
  Size?: number;
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "GLACIER" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
}

export interface DeleteMarkerEntry {
  IsLatest?: boolean;
  Key?: string;
  LastModified?: Date;
  Owner?: Owner;
  VersionId?: string;
}

export interface ObjectVersion {
  ChecksumAlgorithm?: Array<"CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128">;
  ChecksumType?: "COMPOSITE" | "FULL_OBJECT";
  ETag?: string;
  IsLatest?: boolean;
  Key?: string;
  LastModified?: Date;
  Owner?: Owner;
  RestoreStatus?: RestoreStatus;
  Size?: number;
  StorageClass?: "STANDARD";
  VersionId?: string;
}

export interface Initiator {
  DisplayName?: string;
  ID?: string;
}

export interface Part {
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  LastModified?: Date;
  PartNumber?: number;
  Size?: number;
}

export interface AccelerateConfiguration {
  Status?: "Enabled" | "Suspended";
}

export interface AccessControlPolicy {
  Grants?: Array<Grant>;
  Owner?: Owner;
}

export interface CORSConfiguration {
  CORSRules: Array<CORSRule>;
}

export interface LifecycleConfiguration {
  Rules: Array<Rule>;
}

export interface BucketLifecycleConfiguration {
  Rules: Array<LifecycleRule>;
}

export interface BucketLoggingStatus {
  LoggingEnabled?: LoggingEnabled;
}

export interface RequestPaymentConfiguration {
  Payer: "Requester" | "BucketOwner";
}

export interface Tagging {
  TagSet: Array<TagShape>;
}

export interface VersioningConfiguration {
  MFADelete?: "Enabled" | "Disabled";
  Status?: "Enabled" | "Suspended";
}

export interface WebsiteConfiguration {
  ErrorDocument?: ErrorDocument;
  IndexDocument?: IndexDocument;
  RedirectAllRequestsTo?: RedirectAllRequestsTo;
  RoutingRules?: Array<RoutingRule>;
}

export interface RestoreRequest {
  Days?: number;
  Description?: string;
  GlacierJobParameters?: GlacierJobParameters;
  OutputLocation?: OutputLocation;
  SelectParameters?: SelectParameters;
  Tier?: "Standard" | "Bulk" | "Expedited";
  Type?: "SELECT";
}

export interface InputSerialization {
  CSV?: CSVInput;
  CompressionType?: "NONE" | "GZIP" | "BZIP2";
  JSON?: JSONInput;
  Parquet?: ParquetInput;
}

export interface OutputSerialization {
  CSV?: CSVOutput;
  JSON?: JSONOutput;
}

export interface RequestProgress {
  Enabled?: boolean;
}

export interface ScanRange {
  End?: number;
  Start?: number;
}

export interface SelectObjectContentEventStream {
  Cont?: ContinuationEvent;
  End?: EndEvent;
  Progress?: ProgressEvent;
  Records?: RecordsEvent;
  Stats?: StatsEvent;
}

export interface InventoryTableConfigurationUpdates {
  ConfigurationState: "ENABLED" | "DISABLED";
  EncryptionConfiguration?: MetadataTableEncryptionConfiguration;
}

export interface JournalTableConfigurationUpdates {
  RecordExpiration: RecordExpiration;
}

export interface ObjectEncryption {
  SSEKMS?: SSEKMSEncryption;
}

export interface CopyPartResult {
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  LastModified?: Date;
}

export interface CompletedPart {
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  ETag?: string;
  PartNumber?: number;
}

export interface BucketInfo {
  DataRedundancy?: "SingleAvailabilityZone" | "SingleLocalZone";
  Type?: "Directory";
}

export interface LocationInfo {
  Name?: string;
  Type?: "AvailabilityZone" | "LocalZone";
}

export interface InventoryTableConfiguration {
  ConfigurationState: "ENABLED" | "DISABLED";
  EncryptionConfiguration?: MetadataTableEncryptionConfiguration;
}

export interface JournalTableConfiguration {
  EncryptionConfiguration?: MetadataTableEncryptionConfiguration;
  RecordExpiration: RecordExpiration;
}

export interface S3TablesDestination {
  TableBucketArn: string;
  TableName: string;
}

export interface ObjectIdentifier {
  ETag?: string;
  Key: string;
  LastModifiedTime?: Date;
  Size?: number;
  VersionId?: string;
}

export interface Grantee {
  DisplayName?: string;
  EmailAddress?: string;
  ID?: string;
  Type: "CanonicalUser" | "AmazonCustomerByEmail" | "Group";
  URI?: string;
}

export interface AnalyticsFilter {
  And?: AnalyticsAndOperator;
  Prefix?: string;
  Tag?: TagShape;
}

export interface StorageClassAnalysis {
  DataExport?: StorageClassAnalysisDataExport;
}

export interface ServerSideEncryptionRule {
  ApplyServerSideEncryptionByDefault?: ServerSideEncryptionByDefault;
  BlockedEncryptionTypes?: BlockedEncryptionTypes;
  BucketKeyEnabled?: boolean;
}

export interface IntelligentTieringFilter {
  And?: IntelligentTieringAndOperator;
  Prefix?: string;
  Tag?: TagShape;
}

export interface Tiering {
  AccessTier: "ARCHIVE_ACCESS" | "DEEP_ARCHIVE_ACCESS";
  Days: number;
}

export interface InventoryDestination {
  S3BucketDestination: InventoryS3BucketDestination;
}

export interface InventoryFilter {
  Prefix: string;
}

export interface InventorySchedule {
  Frequency: "Daily" | "Weekly";
}

export interface AbortIncompleteMultipartUpload {
  DaysAfterInitiation?: number;
}

export interface LifecycleExpiration {
  Date?: Date;
  Days?: number;
  ExpiredObjectDeleteMarker?: boolean;
}

export interface NoncurrentVersionExpiration {
  NewerNoncurrentVersions?: number;
  NoncurrentDays?: number;
}

export interface NoncurrentVersionTransition {
  NewerNoncurrentVersions?: number;
  NoncurrentDays?: number;
  StorageClass?: "GLACIER" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "DEEP_ARCHIVE" | "GLACIER_IR";
}

export interface Transition {
  Date?: Date;
  Days?: number;
  StorageClass?: "GLACIER" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "DEEP_ARCHIVE" | "GLACIER_IR";
}

export interface LifecycleRuleFilter {
  And?: LifecycleRuleAndOperator;
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
  Prefix?: string;
  Tag?: TagShape;
}

export interface TargetGrant {
  Grantee?: Grantee;
  Permission?: "FULL_CONTROL" | "READ" | "WRITE";
}

export interface TargetObjectKeyFormat {
  PartitionedPrefix?: PartitionedPrefix;
  SimplePrefix?: SimplePrefix;
}

export interface MetadataConfigurationResult {
  DestinationResult: DestinationResult;
  InventoryTableConfigurationResult?: InventoryTableConfigurationResult;
  JournalTableConfigurationResult?: JournalTableConfigurationResult;
}

export interface ErrorDetails {
  ErrorCode?: string;
  ErrorMessage?: string;
}

export interface MetadataTableConfigurationResult {
  S3TablesDestinationResult: S3TablesDestinationResult;
}

export interface MetricsFilter {
  AccessPointArn?: string;
  And?: MetricsAndOperator;
  Prefix?: string;
  Tag?: TagShape;
}

export interface NotificationConfigurationFilter {
  Key?: S3KeyFilter;
}

export interface OwnershipControlsRule {
  ObjectOwnership: "BucketOwnerPreferred" | "ObjectWriter" | "BucketOwnerEnforced";
}

export interface ReplicationRule {
  DeleteMarkerReplication?: DeleteMarkerReplication;
  Destination: Destination;
  ExistingObjectReplication?: ExistingObjectReplication;
  Filter?: ReplicationRuleFilter;
  ID?: string;
  Prefix?: string;
  Priority?: number;
  SourceSelectionCriteria?: SourceSelectionCriteria;
  Status: "Enabled" | "Disabled";
}

export interface Condition {
  HttpErrorCodeReturnedEquals?: string;
  KeyPrefixEquals?: string;
}

export interface Redirect {
  HostName?: string;
  HttpRedirectCode?: string;
  Protocol?: "http" | "https";
  ReplaceKeyPrefixWith?: string;
  ReplaceKeyWith?: string;
}

export interface ObjectPart {
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumMD5?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumSHA512?: string;
  ChecksumXXHASH128?: string;
  ChecksumXXHASH3?: string;
  ChecksumXXHASH64?: string;
  PartNumber?: number;
  Size?: number;
}

export interface ObjectLockRule {
  DefaultRetention?: DefaultRetention;
}

export interface RestoreStatus {
  IsRestoreInProgress?: boolean;
  RestoreExpiryDate?: Date;
}

export interface GlacierJobParameters {
  Tier: "Standard" | "Bulk" | "Expedited";
}

export interface OutputLocation {
  S3?: S3Location;
}

export interface SelectParameters {
  Expression: string;
  ExpressionType: "SQL";
  InputSerialization: InputSerialization;
  OutputSerialization: OutputSerialization;
}

export interface CSVInput {
  AllowQuotedRecordDelimiter?: boolean;
  Comments?: string;
  FieldDelimiter?: string;
  FileHeaderInfo?: "USE" | "IGNORE" | "NONE";
  QuoteCharacter?: string;
  QuoteEscapeCharacter?: string;
  RecordDelimiter?: string;
}

export interface JSONInput {
  Type?: "DOCUMENT" | "LINES";
}

export interface ParquetInput {
}

export interface CSVOutput {
  FieldDelimiter?: string;
  QuoteCharacter?: string;
  QuoteEscapeCharacter?: string;
  QuoteFields?: "ALWAYS" | "ASNEEDED";
  RecordDelimiter?: string;
}

export interface JSONOutput {
  RecordDelimiter?: string;
}

export interface ContinuationEvent {
}

export interface EndEvent {
}

export interface ProgressEvent {
  Details?: Progress;
}

export interface RecordsEvent {
  Payload?: Buffer;
}

export interface StatsEvent {
  Details?: Stats;
}

export interface MetadataTableEncryptionConfiguration {
  KmsKeyArn?: string;
  SseAlgorithm: "aws:kms" | "AES256";
}

export interface RecordExpiration {
  Days?: number;
  Expiration: "ENABLED" | "DISABLED";
}

export interface SSEKMSEncryption {
  BucketKeyEnabled?: boolean;
  KMSKeyArn: string;
}

export interface AnalyticsAndOperator {
  Prefix?: string;
  Tags?: Array<TagShape>;
}

export interface StorageClassAnalysisDataExport {
  Destination: AnalyticsExportDestination;
  OutputSchemaVersion: "V_1";
}

export interface ServerSideEncryptionByDefault {
  KMSMasterKeyID?: string;
  SSEAlgorithm: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
}

export interface BlockedEncryptionTypes {
  EncryptionType?: Array<"NONE" | "SSE-C">;
}

export interface IntelligentTieringAndOperator {
  Prefix?: string;
  Tags?: Array<TagShape>;
}

export interface InventoryS3BucketDestination {
  AccountId?: string;
  Bucket: string;
  Encryption?: InventoryEncryption;
  Format: "CSV" | "ORC" | "Parquet";
  Prefix?: string;
}

export interface LifecycleRuleAndOperator {
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
  Prefix?: string;
  Tags?: Array<TagShape>;
}

export interface PartitionedPrefix {
  PartitionDateSource?: "EventTime" | "DeliveryTime";
}

export interface SimplePrefix {
}

export interface DestinationResult {
  TableBucketArn?: string;
  TableBucketType?: "aws" | "customer";
  TableNamespace?: string;
}

export interface InventoryTableConfigurationResult {
  ConfigurationState: "ENABLED" | "DISABLED";
  Error?: ErrorDetails;
  TableArn?: string;
  TableName?: string;
  TableStatus?: string;
}

export interface JournalTableConfigurationResult {
  Error?: ErrorDetails;
  RecordExpiration: RecordExpiration;
  TableArn?: string;
  TableName: string;
  TableStatus: string;
}

export interface S3TablesDestinationResult {
  TableArn: string;
  TableBucketArn: string;
  TableName: string;
  TableNamespace: string;
}

export interface MetricsAndOperator {
  AccessPointArn?: string;
  Prefix?: string;
  Tags?: Array<TagShape>;
}

export interface S3KeyFilter {
  FilterRules?: Array<FilterRule>;
}

export interface DeleteMarkerReplication {
  Status?: "Enabled" | "Disabled";
}

export interface Destination {
  AccessControlTranslation?: AccessControlTranslation;
  Account?: string;
  Bucket: string;
  EncryptionConfiguration?: EncryptionConfiguration;
  Metrics?: Metrics;
  ReplicationTime?: ReplicationTime;
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
}

export interface ExistingObjectReplication {
  Status: "Enabled" | "Disabled";
}

export interface ReplicationRuleFilter {
  And?: ReplicationRuleAndOperator;
  Prefix?: string;
  Tag?: TagShape;
}

export interface SourceSelectionCriteria {
  ReplicaModifications?: ReplicaModifications;
  SseKmsEncryptedObjects?: SseKmsEncryptedObjects;
}

export interface DefaultRetention {
  Days?: number;
  Mode?: "GOVERNANCE" | "COMPLIANCE";
  Years?: number;
}

export interface S3Location {
  AccessControlList?: Array<Grant>;
  BucketName: string;
  CannedACL?: "private" | "public-read" | "public-read-write" | "authenticated-read" | "aws-exec-read" | "bucket-owner-read" | "bucket-owner-full-control";
  Encryption?: Encryption;
  Prefix: string;
  StorageClass?: "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";
  Tagging?: Tagging;
  UserMetadata?: Array<MetadataEntry>;
}

export interface Progress {
  BytesProcessed?: number;
  BytesReturned?: number;
  BytesScanned?: number;
}

export interface Stats {
  BytesProcessed?: number;
  BytesReturned?: number;
  BytesScanned?: number;
}

export interface AnalyticsExportDestination {
  S3BucketDestination: AnalyticsS3BucketDestination;
}

export interface InventoryEncryption {
  SSEKMS?: SSEKMS;
  SSES3?: SSES3;
}

export interface FilterRule {
  Name?: "prefix" | "suffix";
  Value?: string;
}

export interface AccessControlTranslation {
  Owner: "Destination";
}

export interface EncryptionConfiguration {
  ReplicaKmsKeyID?: string;
}

export interface Metrics {
  EventThreshold?: ReplicationTimeValue;
  Status: "Enabled" | "Disabled";
}

export interface ReplicationTime {
  Status: "Enabled" | "Disabled";
  Time: ReplicationTimeValue;
}

export interface ReplicationRuleAndOperator {
  Prefix?: string;
  Tags?: Array<TagShape>;
}

export interface ReplicaModifications {
  Status: "Enabled" | "Disabled";
}

export interface SseKmsEncryptedObjects {
  Status: "Enabled" | "Disabled";
}

export interface Encryption {
  EncryptionType: "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";
  KMSContext?: string;
  KMSKeyId?: string;
}

export interface MetadataEntry {
  Name?: string;
  Value?: string;
}

export interface AnalyticsS3BucketDestination {
  Bucket: string;
  BucketAccountId?: string;
  Format: "CSV";
  Prefix?: string;
}

export interface SSEKMS {
  KeyId: string;
}

export interface SSES3 {
}

export interface ReplicationTimeValue {
  Minutes?: number;
}

/** Every operation of Amazon Simple Storage Service; a provider implements the ones it serves. */
export interface S3Operations {
  AbortMultipartUpload(input: AbortMultipartUploadRequest, context: RequestContext): AbortMultipartUploadOutput | Promise<AbortMultipartUploadOutput>;
  CompleteMultipartUpload(input: CompleteMultipartUploadRequest, context: RequestContext): CompleteMultipartUploadOutput | Promise<CompleteMultipartUploadOutput>;
  CopyObject(input: CopyObjectRequest, context: RequestContext): CopyObjectOutput | Promise<CopyObjectOutput>;
  CreateBucket(input: CreateBucketRequest, context: RequestContext): CreateBucketOutput | Promise<CreateBucketOutput>;
  CreateBucketMetadataConfiguration(input: CreateBucketMetadataConfigurationRequest, context: RequestContext): void | Promise<void>;
  CreateBucketMetadataTableConfiguration(input: CreateBucketMetadataTableConfigurationRequest, context: RequestContext): void | Promise<void>;
  CreateMultipartUpload(input: CreateMultipartUploadRequest, context: RequestContext): CreateMultipartUploadOutput | Promise<CreateMultipartUploadOutput>;
  CreateSession(input: CreateSessionRequest, context: RequestContext): CreateSessionOutput | Promise<CreateSessionOutput>;
  DeleteBucket(input: DeleteBucketRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketAnalyticsConfiguration(input: DeleteBucketAnalyticsConfigurationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketCors(input: DeleteBucketCorsRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketEncryption(input: DeleteBucketEncryptionRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketIntelligentTieringConfiguration(input: DeleteBucketIntelligentTieringConfigurationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketInventoryConfiguration(input: DeleteBucketInventoryConfigurationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketLifecycle(input: DeleteBucketLifecycleRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketMetadataConfiguration(input: DeleteBucketMetadataConfigurationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketMetadataTableConfiguration(input: DeleteBucketMetadataTableConfigurationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketMetricsConfiguration(input: DeleteBucketMetricsConfigurationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketOwnershipControls(input: DeleteBucketOwnershipControlsRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketPolicy(input: DeleteBucketPolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketReplication(input: DeleteBucketReplicationRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketTagging(input: DeleteBucketTaggingRequest, context: RequestContext): void | Promise<void>;
  DeleteBucketWebsite(input: DeleteBucketWebsiteRequest, context: RequestContext): void | Promise<void>;
  DeleteObject(input: DeleteObjectRequest, context: RequestContext): DeleteObjectOutput | Promise<DeleteObjectOutput>;
  DeleteObjects(input: DeleteObjectsRequest, context: RequestContext): DeleteObjectsOutput | Promise<DeleteObjectsOutput>;
  DeleteObjectTagging(input: DeleteObjectTaggingRequest, context: RequestContext): DeleteObjectTaggingOutput | Promise<DeleteObjectTaggingOutput>;
  DeletePublicAccessBlock(input: DeletePublicAccessBlockRequest, context: RequestContext): void | Promise<void>;
  GetBucketAbac(input: GetBucketAbacRequest, context: RequestContext): GetBucketAbacOutput | Promise<GetBucketAbacOutput>;
  GetBucketAccelerateConfiguration(input: GetBucketAccelerateConfigurationRequest, context: RequestContext): GetBucketAccelerateConfigurationOutput | Promise<GetBucketAccelerateConfigurationOutput>;
  GetBucketAcl(input: GetBucketAclRequest, context: RequestContext): GetBucketAclOutput | Promise<GetBucketAclOutput>;
  GetBucketAnalyticsConfiguration(input: GetBucketAnalyticsConfigurationRequest, context: RequestContext): GetBucketAnalyticsConfigurationOutput | Promise<GetBucketAnalyticsConfigurationOutput>;
  GetBucketCors(input: GetBucketCorsRequest, context: RequestContext): GetBucketCorsOutput | Promise<GetBucketCorsOutput>;
  GetBucketEncryption(input: GetBucketEncryptionRequest, context: RequestContext): GetBucketEncryptionOutput | Promise<GetBucketEncryptionOutput>;
  GetBucketIntelligentTieringConfiguration(input: GetBucketIntelligentTieringConfigurationRequest, context: RequestContext): GetBucketIntelligentTieringConfigurationOutput | Promise<GetBucketIntelligentTieringConfigurationOutput>;
  GetBucketInventoryConfiguration(input: GetBucketInventoryConfigurationRequest, context: RequestContext): GetBucketInventoryConfigurationOutput | Promise<GetBucketInventoryConfigurationOutput>;
  GetBucketLifecycle(input: GetBucketLifecycleRequest, context: RequestContext): GetBucketLifecycleOutput | Promise<GetBucketLifecycleOutput>;
  GetBucketLifecycleConfiguration(input: GetBucketLifecycleConfigurationRequest, context: RequestContext): GetBucketLifecycleConfigurationOutput | Promise<GetBucketLifecycleConfigurationOutput>;
  GetBucketLocation(input: GetBucketLocationRequest, context: RequestContext): GetBucketLocationOutput | Promise<GetBucketLocationOutput>;
  GetBucketLogging(input: GetBucketLoggingRequest, context: RequestContext): GetBucketLoggingOutput | Promise<GetBucketLoggingOutput>;
  GetBucketMetadataConfiguration(input: GetBucketMetadataConfigurationRequest, context: RequestContext): GetBucketMetadataConfigurationOutput | Promise<GetBucketMetadataConfigurationOutput>;
  GetBucketMetadataTableConfiguration(input: GetBucketMetadataTableConfigurationRequest, context: RequestContext): GetBucketMetadataTableConfigurationOutput | Promise<GetBucketMetadataTableConfigurationOutput>;
  GetBucketMetricsConfiguration(input: GetBucketMetricsConfigurationRequest, context: RequestContext): GetBucketMetricsConfigurationOutput | Promise<GetBucketMetricsConfigurationOutput>;
  GetBucketNotification(input: GetBucketNotificationConfigurationRequest, context: RequestContext): NotificationConfigurationDeprecated | Promise<NotificationConfigurationDeprecated>;
  GetBucketNotificationConfiguration(input: GetBucketNotificationConfigurationRequest, context: RequestContext): NotificationConfiguration | Promise<NotificationConfiguration>;
  GetBucketOwnershipControls(input: GetBucketOwnershipControlsRequest, context: RequestContext): GetBucketOwnershipControlsOutput | Promise<GetBucketOwnershipControlsOutput>;
  GetBucketPolicy(input: GetBucketPolicyRequest, context: RequestContext): GetBucketPolicyOutput | Promise<GetBucketPolicyOutput>;
  GetBucketPolicyStatus(input: GetBucketPolicyStatusRequest, context: RequestContext): GetBucketPolicyStatusOutput | Promise<GetBucketPolicyStatusOutput>;
  GetBucketReplication(input: GetBucketReplicationRequest, context: RequestContext): GetBucketReplicationOutput | Promise<GetBucketReplicationOutput>;
  GetBucketRequestPayment(input: GetBucketRequestPaymentRequest, context: RequestContext): GetBucketRequestPaymentOutput | Promise<GetBucketRequestPaymentOutput>;
  GetBucketTagging(input: GetBucketTaggingRequest, context: RequestContext): GetBucketTaggingOutput | Promise<GetBucketTaggingOutput>;
  GetBucketVersioning(input: GetBucketVersioningRequest, context: RequestContext): GetBucketVersioningOutput | Promise<GetBucketVersioningOutput>;
  GetBucketWebsite(input: GetBucketWebsiteRequest, context: RequestContext): GetBucketWebsiteOutput | Promise<GetBucketWebsiteOutput>;
  GetObject(input: GetObjectRequest, context: RequestContext): GetObjectOutput | Promise<GetObjectOutput>;
  GetObjectAcl(input: GetObjectAclRequest, context: RequestContext): GetObjectAclOutput | Promise<GetObjectAclOutput>;
  GetObjectAttributes(input: GetObjectAttributesRequest, context: RequestContext): GetObjectAttributesOutput | Promise<GetObjectAttributesOutput>;
  GetObjectLegalHold(input: GetObjectLegalHoldRequest, context: RequestContext): GetObjectLegalHoldOutput | Promise<GetObjectLegalHoldOutput>;
  GetObjectLockConfiguration(input: GetObjectLockConfigurationRequest, context: RequestContext): GetObjectLockConfigurationOutput | Promise<GetObjectLockConfigurationOutput>;
  GetObjectRetention(input: GetObjectRetentionRequest, context: RequestContext): GetObjectRetentionOutput | Promise<GetObjectRetentionOutput>;
  GetObjectTagging(input: GetObjectTaggingRequest, context: RequestContext): GetObjectTaggingOutput | Promise<GetObjectTaggingOutput>;
  GetObjectTorrent(input: GetObjectTorrentRequest, context: RequestContext): GetObjectTorrentOutput | Promise<GetObjectTorrentOutput>;
  GetPublicAccessBlock(input: GetPublicAccessBlockRequest, context: RequestContext): GetPublicAccessBlockOutput | Promise<GetPublicAccessBlockOutput>;
  HeadBucket(input: HeadBucketRequest, context: RequestContext): HeadBucketOutput | Promise<HeadBucketOutput>;
  HeadObject(input: HeadObjectRequest, context: RequestContext): HeadObjectOutput | Promise<HeadObjectOutput>;
  ListBucketAnalyticsConfigurations(input: ListBucketAnalyticsConfigurationsRequest, context: RequestContext): ListBucketAnalyticsConfigurationsOutput | Promise<ListBucketAnalyticsConfigurationsOutput>;
  ListBucketIntelligentTieringConfigurations(input: ListBucketIntelligentTieringConfigurationsRequest, context: RequestContext): ListBucketIntelligentTieringConfigurationsOutput | Promise<ListBucketIntelligentTieringConfigurationsOutput>;
  ListBucketInventoryConfigurations(input: ListBucketInventoryConfigurationsRequest, context: RequestContext): ListBucketInventoryConfigurationsOutput | Promise<ListBucketInventoryConfigurationsOutput>;
  ListBucketMetricsConfigurations(input: ListBucketMetricsConfigurationsRequest, context: RequestContext): ListBucketMetricsConfigurationsOutput | Promise<ListBucketMetricsConfigurationsOutput>;
  ListBuckets(input: ListBucketsRequest, context: RequestContext): ListBucketsOutput | Promise<ListBucketsOutput>;
  ListDirectoryBuckets(input: ListDirectoryBucketsRequest, context: RequestContext): ListDirectoryBucketsOutput | Promise<ListDirectoryBucketsOutput>;
  ListMultipartUploads(input: ListMultipartUploadsRequest, context: RequestContext): ListMultipartUploadsOutput | Promise<ListMultipartUploadsOutput>;
  ListObjects(input: ListObjectsRequest, context: RequestContext): ListObjectsOutput | Promise<ListObjectsOutput>;
  ListObjectsV2(input: ListObjectsV2Request, context: RequestContext): ListObjectsV2Output | Promise<ListObjectsV2Output>;
  ListObjectVersions(input: ListObjectVersionsRequest, context: RequestContext): ListObjectVersionsOutput | Promise<ListObjectVersionsOutput>;
  ListParts(input: ListPartsRequest, context: RequestContext): ListPartsOutput | Promise<ListPartsOutput>;
  PutBucketAbac(input: PutBucketAbacRequest, context: RequestContext): void | Promise<void>;
  PutBucketAccelerateConfiguration(input: PutBucketAccelerateConfigurationRequest, context: RequestContext): void | Promise<void>;
  PutBucketAcl(input: PutBucketAclRequest, context: RequestContext): void | Promise<void>;
  PutBucketAnalyticsConfiguration(input: PutBucketAnalyticsConfigurationRequest, context: RequestContext): void | Promise<void>;
  PutBucketCors(input: PutBucketCorsRequest, context: RequestContext): void | Promise<void>;
  PutBucketEncryption(input: PutBucketEncryptionRequest, context: RequestContext): void | Promise<void>;
  PutBucketIntelligentTieringConfiguration(input: PutBucketIntelligentTieringConfigurationRequest, context: RequestContext): void | Promise<void>;
  PutBucketInventoryConfiguration(input: PutBucketInventoryConfigurationRequest, context: RequestContext): void | Promise<void>;
  PutBucketLifecycle(input: PutBucketLifecycleRequest, context: RequestContext): void | Promise<void>;
  PutBucketLifecycleConfiguration(input: PutBucketLifecycleConfigurationRequest, context: RequestContext): PutBucketLifecycleConfigurationOutput | Promise<PutBucketLifecycleConfigurationOutput>;
  PutBucketLogging(input: PutBucketLoggingRequest, context: RequestContext): void | Promise<void>;
  PutBucketMetricsConfiguration(input: PutBucketMetricsConfigurationRequest, context: RequestContext): void | Promise<void>;
  PutBucketNotification(input: PutBucketNotificationRequest, context: RequestContext): void | Promise<void>;
  PutBucketNotificationConfiguration(input: PutBucketNotificationConfigurationRequest, context: RequestContext): void | Promise<void>;
  PutBucketOwnershipControls(input: PutBucketOwnershipControlsRequest, context: RequestContext): void | Promise<void>;
  PutBucketPolicy(input: PutBucketPolicyRequest, context: RequestContext): void | Promise<void>;
  PutBucketReplication(input: PutBucketReplicationRequest, context: RequestContext): void | Promise<void>;
  PutBucketRequestPayment(input: PutBucketRequestPaymentRequest, context: RequestContext): void | Promise<void>;
  PutBucketTagging(input: PutBucketTaggingRequest, context: RequestContext): void | Promise<void>;
  PutBucketVersioning(input: PutBucketVersioningRequest, context: RequestContext): void | Promise<void>;
  PutBucketWebsite(input: PutBucketWebsiteRequest, context: RequestContext): void | Promise<void>;
  PutObject(input: PutObjectRequest, context: RequestContext): PutObjectOutput | Promise<PutObjectOutput>;
  PutObjectAcl(input: PutObjectAclRequest, context: RequestContext): PutObjectAclOutput | Promise<PutObjectAclOutput>;
  PutObjectLegalHold(input: PutObjectLegalHoldRequest, context: RequestContext): PutObjectLegalHoldOutput | Promise<PutObjectLegalHoldOutput>;
  PutObjectLockConfiguration(input: PutObjectLockConfigurationRequest, context: RequestContext): PutObjectLockConfigurationOutput | Promise<PutObjectLockConfigurationOutput>;
  PutObjectRetention(input: PutObjectRetentionRequest, context: RequestContext): PutObjectRetentionOutput | Promise<PutObjectRetentionOutput>;
  PutObjectTagging(input: PutObjectTaggingRequest, context: RequestContext): PutObjectTaggingOutput | Promise<PutObjectTaggingOutput>;
  PutPublicAccessBlock(input: PutPublicAccessBlockRequest, context: RequestContext): void | Promise<void>;
  RenameObject(input: RenameObjectRequest, context: RequestContext): RenameObjectOutput | Promise<RenameObjectOutput>;
  RestoreObject(input: RestoreObjectRequest, context: RequestContext): RestoreObjectOutput | Promise<RestoreObjectOutput>;
  SelectObjectContent(input: SelectObjectContentRequest, context: RequestContext): SelectObjectContentOutput | Promise<SelectObjectContentOutput>;
  UpdateBucketMetadataInventoryTableConfiguration(input: UpdateBucketMetadataInventoryTableConfigurationRequest, context: RequestContext): void | Promise<void>;
  UpdateBucketMetadataJournalTableConfiguration(input: UpdateBucketMetadataJournalTableConfigurationRequest, context: RequestContext): void | Promise<void>;
  UpdateObjectEncryption(input: UpdateObjectEncryptionRequest, context: RequestContext): UpdateObjectEncryptionResponse | Promise<UpdateObjectEncryptionResponse>;
  UploadPart(input: UploadPartRequest, context: RequestContext): UploadPartOutput | Promise<UploadPartOutput>;
  UploadPartCopy(input: UploadPartCopyRequest, context: RequestContext): UploadPartCopyOutput | Promise<UploadPartCopyOutput>;
  WriteGetObjectResponse(input: WriteGetObjectResponseRequest, context: RequestContext): void | Promise<void>;
}
