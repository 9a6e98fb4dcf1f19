/** Who may reach a bucket: its policy, public access block, ACL and object ownership. */
import { arn } from '../../core/ids.js';
import type * as S3 from '../../generated/s3.js';
import { isPublicPolicy, validateBucketPolicy } from './bucket-policy.js';
import { malformedXml, notFoundConfig, publicPolicyBlocked } from './errors.js';
import { checkAcl } from './objects.js';
import { bucketArn, owner, type S3Service } from './service.js';

type Operations = Partial<S3.S3Operations>;

export function bucketAccessOperations(service: S3Service): Operations {
  const { state } = service;

  return {
    PutBucketPolicy(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketPolicy');
      const policy = typeof input.Policy === 'string' ? input.Policy : String(input.Policy ?? '');
      validateBucketPolicy(policy, bucketArn(bucket));
      const block = state.config<S3.PublicAccessBlockConfiguration>(bucket, 'publicAccessBlock');
      if (block?.BlockPublicPolicy && isPublicPolicy(policy)) {
        throw publicPolicyBlocked(arn({ service: 'iam', region: '', account: context.accountId, resource: 'root', partitionRegion: context.region }), bucketArn(bucket));
      }
      state.putConfig(bucket, 'policy', policy);
    },

    GetBucketPolicy(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketPolicy');
      return { Policy: service.requiredConfig<string>(bucket, 'policy', () => notFoundConfig('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.name)) };
    },

    DeleteBucketPolicy(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:DeleteBucketPolicy'), 'policy');
    },

    GetBucketPolicyStatus(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketPolicyStatus');
      const policy = service.requiredConfig<string>(bucket, 'policy', () => notFoundConfig('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.name));
      return { PolicyStatus: { IsPublic: isPublicPolicy(policy) } };
    },

    PutPublicAccessBlock(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketPublicAccessBlock');
      const config = input.PublicAccessBlockConfiguration ?? {};
      state.putConfig(bucket, 'publicAccessBlock', {
        BlockPublicAcls: config.BlockPublicAcls ?? false,
        IgnorePublicAcls: config.IgnorePublicAcls ?? false,
        BlockPublicPolicy: config.BlockPublicPolicy ?? false,
        RestrictPublicBuckets: config.RestrictPublicBuckets ?? false,
      });
    },

    GetPublicAccessBlock(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketPublicAccessBlock');
      return {
        PublicAccessBlockConfiguration: service.requiredConfig<S3.PublicAccessBlockConfiguration>(bucket, 'publicAccessBlock', () =>
          notFoundConfig('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', bucket.name),
        ),
      };
    },

    DeletePublicAccessBlock(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutBucketPublicAccessBlock'), 'publicAccessBlock');
    },

    GetBucketAcl(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketAcl');
      const id = owner(bucket.account).ID;
      return { Owner: { ID: id }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: id }, Permission: 'FULL_CONTROL' }] };
    },

    PutBucketAcl(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketAcl');
      checkAcl(service, bucket, input.ACL ?? (input.AccessControlPolicy || input.GrantRead || input.GrantFullControl || input.GrantWrite ? 'grants' : undefined));
    },

    PutBucketOwnershipControls(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketOwnershipControls');
      const rule = input.OwnershipControls?.Rules?.[0];
      if (!rule?.ObjectOwnership) throw malformedXml();
      state.putConfig(bucket, 'ownership', { ObjectOwnership: rule.ObjectOwnership });
    },

    GetBucketOwnershipControls(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketOwnershipControls');
      const config = service.requiredConfig<{ ObjectOwnership: 'BucketOwnerPreferred' | 'ObjectWriter' | 'BucketOwnerEnforced' }>(bucket, 'ownership', () =>
        notFoundConfig('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', bucket.name),
      );
      return { OwnershipControls: { Rules: [{ ObjectOwnership: config.ObjectOwnership }] } };
    },

    DeleteBucketOwnershipControls(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutBucketOwnershipControls'), 'ownership');
    },
  };
}
