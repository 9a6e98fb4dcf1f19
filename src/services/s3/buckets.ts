/** S3's buckets themselves: creating, finding, listing and deleting them. */
import { AwsError } from '../../core/errors.js';
import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import type { RequestContext } from '../../core/context.js';
import type * as S3 from '../../generated/s3.js';
import { isValidBucketName } from './bucket-name.js';
import { invalidArgument, invalidBucketName } from './errors.js';
import { bucketArn, owner, type S3Service } from './service.js';
import type { BucketRow } from './state.js';
import { validateTags } from './tags.js';

type Operations = Partial<S3.S3Operations>;

/** What a new bucket has until its owner says otherwise. */
const DEFAULT_PUBLIC_ACCESS_BLOCK: S3.PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function bucketOperations(service: S3Service): Operations {
  const { state, clock } = service;
  const bucketOf = (name: string, context: RequestContext, action: string): BucketRow => service.bucket(name, context, action);

  return {
    CreateBucket(input, context) {
      const name = input.Bucket;
      if (!isValidBucketName(name)) throw invalidBucketName(name);
      const requested = input.CreateBucketConfiguration?.LocationConstraint as string | undefined;
      const endpointRegion = context.region;
      let region = 'us-east-1';
      if (requested !== undefined && requested !== '') {
        const normalized = requested === 'EU' ? 'eu-west-1' : requested;
        if (requested === 'us-east-1' || !REGION.test(normalized)) {
          throw new AwsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, { fields: { LocationConstraint: requested } });
        }
        if (normalized !== endpointRegion) {
          throw new AwsError('IllegalLocationConstraintException', `The ${requested} location constraint is incompatible for the region specific endpoint this request was sent to.`, 400);
        }
        region = normalized;
      } else if (endpointRegion !== 'us-east-1') {
        throw new AwsError('IllegalLocationConstraintException', 'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.', 400);
      }
      const existing = state.bucket(name);
      if (existing) {
        if (existing.account !== context.accountId) {
          throw new AwsError('BucketAlreadyExists', 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.', 409, {
            fields: { BucketName: name },
          });
        }
        // us-east-1 answers success for a bucket you already own there (a legacy behaviour).
        if (existing.region === 'us-east-1' && region === 'us-east-1') return { Location: `/${name}` };
        throw new AwsError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { fields: { BucketName: name } });
      }
      const ownership = input.ObjectOwnership ?? 'BucketOwnerEnforced';
      if (input.ACL && input.ACL !== 'private' && ownership === 'BucketOwnerEnforced') {
        throw new AwsError('InvalidBucketAclWithObjectOwnership', 'Bucket cannot have ACLs set with ObjectOwnership\'s BucketOwnerEnforced setting', 400);
      }
      const bucket = state.transaction(() => {
        const created = state.createBucket(name, context.accountId, region, clock.now());
        state.putConfig(created, 'ownership', { ObjectOwnership: ownership });
        state.putConfig(created, 'publicAccessBlock', DEFAULT_PUBLIC_ACCESS_BLOCK);
        if (input.ObjectLockEnabledForBucket) {
          state.setVersioning(created, 'Enabled');
          state.putConfig(created, 'objectLock', { ObjectLockEnabled: 'Enabled' });
        }
        return created;
      });
      if (input.CreateBucketConfiguration?.Tags?.length) state.putConfig(bucket, 'tagging', validateTags(input.CreateBucketConfiguration.Tags, 'bucket'));
      return { Location: region === 'us-east-1' ? `/${name}` : `http://${name}.s3.localhost/`, BucketArn: bucketArn({ name, region }) };
    },

    HeadBucket(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:ListBucket');
      return { BucketRegion: bucket.region, AccessPointAlias: false, BucketArn: bucketArn(bucket) };
    },

    DeleteBucket(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:DeleteBucket');
      if (bucket.account !== context.accountId) throw new AwsError('AccessDenied', 'Access Denied', 403);
      if (!state.isEmpty(bucket)) {
        throw new AwsError('BucketNotEmpty', bucket.versioning ? 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.' : 'The bucket you tried to delete is not empty', 409, {
          fields: { BucketName: bucket.name },
        });
      }
      const parts = state.uploads(bucket).flatMap((u) => state.parts(u.uploadId));
      state.deleteBucket(bucket);
      service.release(parts.map((p) => ({ id: p.blob, size: p.size })));
    },

    ListBuckets(input, context) {
      let all = state.buckets(context.accountId);
      if (input.Prefix) all = all.filter((b) => b.name.startsWith(input.Prefix!));
      if (input.BucketRegion) all = all.filter((b) => b.region === input.BucketRegion);
      if (input.ContinuationToken) {
        const after = bucketsAfter(input.ContinuationToken);
        all = all.filter((b) => b.name > after);
      }
      const max = input.MaxBuckets;
      if (max !== undefined && (max < 1 || max > 10000)) throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', 'max-buckets', String(max));
      const page = max === undefined ? all : all.slice(0, max);
      const truncated = page.length < all.length;
      return {
        Buckets: page.map((b) => ({ Name: b.name, CreationDate: new Date(b.createdAt), BucketRegion: b.region, BucketArn: bucketArn(b) })),
        Owner: owner(context.accountId),
        ContinuationToken: truncated ? encodePageToken({ after: page[page.length - 1]!.name }) : undefined,
        Prefix: input.Prefix,
      };
    },

    GetBucketLocation(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketLocation');
      return { LocationConstraint: bucket.region === 'us-east-1' ? undefined : (bucket.region as S3.GetBucketLocationOutput['LocationConstraint']) };
    },
  };
}

/**
 * The bucket name a ListBuckets ContinuationToken continues after: a page token, or the name in
 * plain base64 as tokens were given out before (any other text reads as such a name, as it did).
 */
function bucketsAfter(token: string): string {
  const legacy = (): Error => new Error('not a page token');
  try {
    return decodePageToken(token, isAfterKey, legacy).after;
  } catch {
    return Buffer.from(token, 'base64').toString('utf8');
  }
}
