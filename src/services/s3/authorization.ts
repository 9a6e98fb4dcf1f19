/**
 * --enforce-iam for S3: its REST operations as the IAM actions AWS's "Actions, resources and
 * condition keys for Amazon S3" names them (ListObjectsV2 is s3:ListBucket, HeadObject
 * s3:GetObject, a versioned read s3:GetObjectVersion, DeleteBucketCors s3:PutBucketCORS...), on
 * the bucket (arn:aws:s3:::<bucket>) or the object (arn:aws:s3:::<bucket>/<key>); a copy needs
 * s3:GetObject on its source too. The bucket's owner and policy come from S3 (a bucket policy can
 * grant another account). Denials are AccessDenied, 403, in S3's XML.
 */
import type { RequestContext } from '../../core/context.js';
import type { ResourceAccess, ServiceAuthorization } from '../../core/request-authorization.js';
import { textOf } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { S3Api } from './api.js';
import { accessDenied } from './errors.js';

/** Operations whose IAM action is not `s3:<Operation>`. */
const ACTIONS: Record<string, string> = {
  ListBuckets: 'ListAllMyBuckets',
  ListDirectoryBuckets: 'ListAllMyBuckets',
  HeadBucket: 'ListBucket',
  ListObjects: 'ListBucket',
  ListObjectsV2: 'ListBucket',
  ListObjectVersions: 'ListBucketVersions',
  ListMultipartUploads: 'ListBucketMultipartUploads',
  ListParts: 'ListMultipartUploadParts',
  HeadObject: 'GetObject',
  SelectObjectContent: 'GetObject',
  GetObjectTorrent: 'GetObjectTorrent',
  CopyObject: 'PutObject',
  CreateMultipartUpload: 'PutObject',
  UploadPart: 'PutObject',
  UploadPartCopy: 'PutObject',
  CompleteMultipartUpload: 'PutObject',
  DeleteObjects: 'DeleteObject',
  GetBucketCors: 'GetBucketCORS',
  PutBucketCors: 'PutBucketCORS',
  DeleteBucketCors: 'PutBucketCORS',
  GetBucketLifecycle: 'GetLifecycleConfiguration',
  GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
  PutBucketLifecycle: 'PutLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
  DeleteBucketLifecycle: 'PutLifecycleConfiguration',
  GetBucketEncryption: 'GetEncryptionConfiguration',
  PutBucketEncryption: 'PutEncryptionConfiguration',
  DeleteBucketEncryption: 'PutEncryptionConfiguration',
  GetBucketNotification: 'GetBucketNotification',
  GetBucketNotificationConfiguration: 'GetBucketNotification',
  PutBucketNotification: 'PutBucketNotification',
  PutBucketNotificationConfiguration: 'PutBucketNotification',
  DeleteBucketTagging: 'PutBucketTagging',
  GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 'PutBucketPublicAccessBlock',
  DeletePublicAccessBlock: 'PutBucketPublicAccessBlock',
  DeleteBucketOwnershipControls: 'PutBucketOwnershipControls',
  GetObjectLockConfiguration: 'GetBucketObjectLockConfiguration',
  PutObjectLockConfiguration: 'PutBucketObjectLockConfiguration',
  GetBucketReplication: 'GetReplicationConfiguration',
  PutBucketReplication: 'PutReplicationConfiguration',
  DeleteBucketReplication: 'PutReplicationConfiguration',
  GetBucketAccelerateConfiguration: 'GetAccelerateConfiguration',
  PutBucketAccelerateConfiguration: 'PutAccelerateConfiguration',
  GetBucketAnalyticsConfiguration: 'GetAnalyticsConfiguration',
  PutBucketAnalyticsConfiguration: 'PutAnalyticsConfiguration',
  DeleteBucketAnalyticsConfiguration: 'PutAnalyticsConfiguration',
  ListBucketAnalyticsConfigurations: 'GetAnalyticsConfiguration',
  GetBucketInventoryConfiguration: 'GetInventoryConfiguration',
  PutBucketInventoryConfiguration: 'PutInventoryConfiguration',
  DeleteBucketInventoryConfiguration: 'PutInventoryConfiguration',
  ListBucketInventoryConfigurations: 'GetInventoryConfiguration',
  GetBucketMetricsConfiguration: 'GetMetricsConfiguration',
  PutBucketMetricsConfiguration: 'PutMetricsConfiguration',
  DeleteBucketMetricsConfiguration: 'PutMetricsConfiguration',
  ListBucketMetricsConfigurations: 'GetMetricsConfiguration',
  GetBucketIntelligentTieringConfiguration: 'GetIntelligentTieringConfiguration',
  PutBucketIntelligentTieringConfiguration: 'PutIntelligentTieringConfiguration',
  DeleteBucketIntelligentTieringConfiguration: 'PutIntelligentTieringConfiguration',
  ListBucketIntelligentTieringConfigurations: 'GetIntelligentTieringConfiguration',
};

/** Object operations whose action gains `Version` when a VersionId is given (GetObject → GetObjectVersion). */
const VERSIONED = new Set(['GetObject', 'HeadObject', 'DeleteObject', 'GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging', 'GetObjectAcl', 'PutObjectAcl']);

const bucketArn = (bucket: string, key?: string): string => `arn:aws:s3:::${bucket}${key === undefined ? '' : `/${key}`}`;

/** The source of a copy: `bucket/key` or `/bucket/key`, URL-encoded, `?versionId=` optional. */
function copySource(text: string): string | undefined {
  const path = decodeURIComponent(text.split('?')[0]!.replace(/^\//, ''));
  const slash = path.indexOf('/');
  return slash > 0 ? bucketArn(path.slice(0, slash), path.slice(slash + 1)) : undefined;
}

function accesses(operation: string, input: Record<string, unknown>, context: RequestContext): ResourceAccess[] {
  void context;
  const bucket = textOf(input, 'Bucket');
  const key = textOf(input, 'Key');
  let name = ACTIONS[operation] ?? operation;
  if (VERSIONED.has(operation) && textOf(input, 'VersionId')) name = name.replace(/^(Get|Delete|Put)Object/, '$1ObjectVersion');
  const action = `s3:${name}`;
  if (!bucket) return [{ action, resource: '*' }];
  if (operation === 'DeleteObjects') {
    const objects = ((input.Delete as { Objects?: Array<{ Key?: string; VersionId?: string }> } | undefined)?.Objects ?? []).slice(0, 1000);
    const keys = [...new Set(objects.map((object) => object.Key ?? ''))];
    return keys.length ? keys.map((each) => ({ action, resource: bucketArn(bucket, each) })) : [{ action, resource: bucketArn(bucket) }];
  }
  const needed: ResourceAccess[] = [{ action, resource: bucketArn(bucket, key) }];
  if (name === 'ListBucket' && operation !== 'HeadBucket') {
    needed[0]!.conditions = { 's3:prefix': textOf(input, 'Prefix') ?? '', 's3:delimiter': textOf(input, 'Delimiter'), 's3:max-keys': typeof input.MaxKeys === 'number' ? input.MaxKeys : undefined };
  }
  const source = textOf(input, 'CopySource');
  if (source && (operation === 'CopyObject' || operation === 'UploadPartCopy')) {
    const sourceArn = copySource(source);
    if (sourceArn) needed.push({ action: 's3:GetObject', resource: sourceArn });
  }
  return needed;
}

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses,
    async resourceFacts(resource) {
      const bucket = /^arn:aws:s3:::([^/]+)/.exec(resource)?.[1];
      if (!bucket) return undefined;
      const s3 = await runtime.optionalApi<S3Api>('s3');
      return s3?.bucketFacts?.(bucket);
    },
    factsChangedBy: /^(CreateBucket|DeleteBucket|PutBucketPolicy|DeleteBucketPolicy)$/,
    accessDenied: (message) => accessDenied(message),
  };
}
