/** S3's errors, with AWS's codes, messages, statuses and the extra elements S3 puts in them. */
import { AwsError } from '../../core/errors.js';
import type { Violation } from '../../protocol/index.js';

export function noSuchBucket(bucket: string): AwsError {
  return new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { fields: { BucketName: bucket } });
}

export function noSuchKey(key: string, headers: Record<string, string> = {}): AwsError {
  return new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { fields: { Key: key }, headers });
}

export function noSuchVersion(key: string, versionId: string): AwsError {
  return new AwsError('NoSuchVersion', 'The specified version does not exist.', 404, { fields: { Key: key, VersionId: versionId } });
}

export function invalidVersionId(versionId: string): AwsError {
  return invalidArgument('Invalid version id specified', 'versionId', versionId);
}

export function noSuchUpload(uploadId: string): AwsError {
  return new AwsError(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    404,
    { fields: { UploadId: uploadId } },
  );
}

/** A request path whose percent-escapes do not decode (keys are UTF-8: S3 refuses bytes that are not). */
export function invalidUri(): AwsError {
  return new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400);
}

export function invalidArgument(message: string, name?: string, value?: string): AwsError {
  const fields: Record<string, unknown> = {};
  if (name !== undefined) fields.ArgumentName = name;
  if (value !== undefined) fields.ArgumentValue = value;
  return new AwsError('InvalidArgument', message, 400, { fields });
}

export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequest', message, 400);
}

export function malformedXml(): AwsError {
  return new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
}

export function invalidBucketName(bucket: string): AwsError {
  return new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 400, { fields: { BucketName: bucket } });
}

export function preconditionFailed(condition: string): AwsError {
  return new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, { fields: { Condition: condition } });
}

export function notModified(headers: Record<string, string>): AwsError {
  return new AwsError('NotModified', 'Not Modified', 304, { headers });
}

export function accessDenied(message = 'Access Denied'): AwsError {
  return new AwsError('AccessDenied', message, 403);
}

export function methodNotAllowed(method: string, resourceType: string, headers: Record<string, string> = {}): AwsError {
  return new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, {
    fields: { Method: method, ResourceType: resourceType },
    headers,
  });
}

export function badDigest(what: string): AwsError {
  return new AwsError('BadDigest', `The ${what} you specified did not match the calculated checksum.`, 400);
}

export function notFoundConfig(code: string, message: string, bucket: string): AwsError {
  return new AwsError(code, message, 404, { fields: { BucketName: bucket } });
}

/** How S3 words a model violation: a nested member is malformed XML, a missing top-level one an InvalidRequest. */
export function violationError(violations: Violation[]): AwsError {
  const first = violations[0]!;
  if (first.path.includes('.')) return malformedXml();
  return new AwsError('InvalidRequest', `Missing required parameter: ${first.memberName}`, 400);
}

export function invalidLocationConstraint(requested: string): AwsError {
  return new AwsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, { fields: { LocationConstraint: requested } });
}

/** `constraint`: the location constraint sent, or 'unspecified' when none was. */
export function illegalLocationConstraint(constraint: string): AwsError {
  return new AwsError('IllegalLocationConstraintException', `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`, 400);
}

export function bucketAlreadyExists(bucket: string): AwsError {
  return new AwsError('BucketAlreadyExists', 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.', 409, {
    fields: { BucketName: bucket },
  });
}

export function bucketAlreadyOwnedByYou(bucket: string): AwsError {
  return new AwsError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { fields: { BucketName: bucket } });
}

export function invalidBucketAclWithObjectOwnership(): AwsError {
  return new AwsError('InvalidBucketAclWithObjectOwnership', "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting", 400);
}

export function bucketNotEmpty(bucket: string, versioned: boolean): AwsError {
  const message = versioned ? 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.' : 'The bucket you tried to delete is not empty';
  return new AwsError('BucketNotEmpty', message, 409, { fields: { BucketName: bucket } });
}

export function versioningLockedByObjectLock(): AwsError {
  return new AwsError('InvalidBucketState', 'An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.', 409);
}

/** PutBucketPolicy with a public policy while BlockPublicPolicy is on; `caller` and `bucket` are ARNs. */
export function publicPolicyBlocked(caller: string, bucket: string): AwsError {
  return accessDenied(`User: ${caller} is not authorized to perform: s3:PutBucketPolicy on resource: "${bucket}" because public policies are blocked by the BlockPublicPolicy block public access setting.`);
}

export function entityTooLarge(): AwsError {
  return new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.', 400);
}
