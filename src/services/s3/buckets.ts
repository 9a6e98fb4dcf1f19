/** S3's buckets themselves: creating, finding, listing and deleting them. */
import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import type * as S3 from '../../generated/s3.js';
import { RESPONSE_HEADERS } from '../../protocol/index.js';
import { isValidBucketName } from './bucket-name.js';
import {
  accessDenied,
  bucketAlreadyExists,
  bucketAlreadyOwnedByYou,
  bucketNotEmpty,
  illegalLocationConstraint,
  invalidArgument,
  invalidBucketAclWithObjectOwnership,
  invalidBucketName,
  invalidLocationConstraint,
} from './errors.js';
import { bucketArn, owner, type S3Service } from './service.js';
import { checkObjectOwnership } from './request-validation.js';
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
          throw invalidLocationConstraint(requested);
        }
        // The us-east-1 (global) endpoint creates a bucket in any region; a regional endpoint only in its own.
        if (normalized !== endpointRegion && endpointRegion !== 'us-east-1') {
          throw illegalLocationConstraint(requested);
        }
        region = normalized;
      } else if (endpointRegion !== 'us-east-1') {
        throw illegalLocationConstraint('unspecified');
      }
      const existing = state.bucket(name);
      if (existing) {
        if (existing.account !== context.accountId) {
          throw bucketAlreadyExists(name);
        }
        // us-east-1 answers success for a bucket you already own there (a legacy behaviour).
        if (existing.region === 'us-east-1' && region === 'us-east-1') return { Location: `/${name}` };
        throw bucketAlreadyOwnedByYou(name);
      }
      checkObjectOwnership(input.ObjectOwnership);
      const ownership = input.ObjectOwnership ?? 'BucketOwnerEnforced';
      if (input.ACL && input.ACL !== 'private' && ownership === 'BucketOwnerEnforced') {
        throw invalidBucketAclWithObjectOwnership();
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
      const bucket = service.bucket(input.Bucket, context, 's3:ListBucket');
      // S3 answers HEAD with the content type of the (absent) XML body.
      const output = { BucketRegion: bucket.region, AccessPointAlias: false, BucketArn: bucketArn(bucket), [RESPONSE_HEADERS]: { 'Content-Type': 'application/xml' } };
      return output as S3.HeadBucketOutput;
    },

    DeleteBucket(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:DeleteBucket');
      if (bucket.account !== context.accountId) throw accessDenied();
      if (!state.isEmpty(bucket)) {
        throw bucketNotEmpty(bucket.name, Boolean(bucket.versioning));
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
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketLocation');
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
