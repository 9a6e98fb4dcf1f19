/**
 * The AWS errors of S3's Object Lock, restore, replication, logging, inventory and bucket
 * feature configurations, worded as S3 words them (errors.ts holds the rest).
 */
import { AwsError } from '../../core/errors.js';
import { invalidArgument, invalidRequest } from './errors.js';

export function objectLockConfigurationNotFound(bucket: string): AwsError {
  return new AwsError('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', 404, { fields: { BucketName: bucket } });
}

/** A retention or legal-hold operation on a bucket without Object Lock. */
export function bucketMissingObjectLock(): AwsError {
  return invalidRequest('Bucket is missing Object Lock Configuration');
}

/** Object Lock headers on a write to a bucket without Object Lock (S3 words this one without spaces). */
export function bucketMissingObjectLockOnWrite(): AwsError {
  return invalidRequest('Bucket is missing ObjectLockConfiguration');
}

export function noSuchObjectLockConfiguration(): AwsError {
  return new AwsError('NoSuchObjectLockConfiguration', 'The specified object does not have a ObjectLock configuration', 404);
}

export function objectLocked(): AwsError {
  return new AwsError('AccessDenied', 'Access Denied because object protected by object lock.', 403);
}

export function objectLockNeedsVersioning(): AwsError {
  return new AwsError('InvalidBucketState', "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration", 409);
}

export function lockWriteNeedsChecksum(): AwsError {
  return invalidRequest('Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters');
}

export function retainDateInPast(name: string, value?: string): AwsError {
  return invalidArgument('The retain until date must be in the future!', name, value);
}

export function bypassWithoutObjectLock(): AwsError {
  return invalidArgument('x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.', 'x-amz-bypass-governance-retention', undefined);
}

export function restoreAlreadyInProgress(): AwsError {
  return new AwsError('RestoreAlreadyInProgress', 'Object restore is already in progress', 409);
}

export function objectAlreadyInActiveTier(): AwsError {
  return new AwsError('ObjectAlreadyInActiveTierError', "Restore is not allowed for the object's current storage class", 403);
}

export function invalidObjectState(storageClass: string): AwsError {
  return new AwsError('InvalidObjectState', "The operation is not valid for the object's storage class", 403, { fields: { StorageClass: storageClass } });
}

export function replicationConfigurationNotFound(bucket: string): AwsError {
  return new AwsError('ReplicationConfigurationNotFoundError', 'The replication configuration was not found', 404, { fields: { BucketName: bucket } });
}

export function noSuchConfiguration(): AwsError {
  return new AwsError('NoSuchConfiguration', 'The specified configuration does not exist.', 404);
}

export function invalidTargetBucketForLogging(message: string, bucket: string): AwsError {
  return new AwsError('InvalidTargetBucketForLogging', message, 400, { fields: { TargetBucket: bucket } });
}
