/**
 * What other services may ask of S3 through `runtime.api<S3Api>('s3')`, the only way in:
 * Lambda reads deployment packages and layer contents from buckets (readObject); Logs writes
 * export tasks' objects (putObject, as the logs service principal). S3's own event
 * notifications go the other way, through SqsApi and LambdaApi. Implemented in object-api.ts;
 * keep it stable: add members, do not change what existing ones mean.
 */
export interface S3ObjectRequest {
  /** The account asking: another account's bucket needs its bucket policy to allow s3:GetObject. */
  account: string;
  region: string;
  bucket: string;
  key: string;
  versionId?: string;
  /** Refuse objects larger than this (EntityTooLarge) rather than read them. */
  maxBytes?: number;
}

export interface S3PutRequest {
  account: string;
  region: string;
  bucket: string;
  key: string;
  body: Buffer;
  contentType?: string;
  contentEncoding?: string;
  /**
   * The AWS service writing (e.g. logs.us-east-1.amazonaws.com for Logs exports): the
   * bucket policy must allow it s3:PutObject, as on AWS. Without one, `account` writes.
   */
  servicePrincipal?: string;
  /** Condition keys the service's write carries (aws:SourceAccount, aws:SourceArn, s3:x-amz-acl), for the bucket policy's conditions. */
  policyContext?: Record<string, string>;
}

export interface S3Api {
  /** An object's body, whole. Throws AwsError NoSuchBucket / NoSuchKey / NoSuchVersion / AccessDenied as GetObject does. */
  readObject(request: S3ObjectRequest): Promise<Buffer>;
  /** Stores an object as PutObject does (notifications, versioning, lifecycle all apply). */
  putObject(request: S3PutRequest): Promise<{ etag: string; versionId?: string }>;
  bucketExists(request: { account: string; region: string; bucket: string }): boolean;
  /**
   * The current objects whose keys start with `prefix`, in key order, at most `maxKeys` (DynamoDB
   * imports read a prefix). Throws NoSuchBucket, or AccessDenied for another account's bucket whose
   * policy does not allow s3:ListBucket.
   */
  listObjects(request: { account: string; region: string; bucket: string; prefix?: string; maxKeys: number }): Array<{ key: string; size: number }>;
  /**
   * Whether the bucket's policy lets an AWS service principal (logs.<region>.amazonaws.com) do an
   * action on the bucket or a key, given the condition keys it sends; false for a missing bucket.
   */
  servicePolicyAllows(request: { bucket: string; servicePrincipal: string; action: string; key?: string; policyContext?: Record<string, string> }): boolean;
  /** A bucket's owner and policy (--enforce-iam's resource side); undefined for a missing bucket. */
  bucketFacts?(bucket: string): { account: string; policy?: string } | undefined;
}
