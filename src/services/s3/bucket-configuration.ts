/**
 * A bucket's configuration sub-resources: versioning, CORS, tagging, lifecycle, default
 * encryption, website and event notifications.
 */
import type * as S3 from '../../generated/s3.js';
import { RESPONSE_STATUS } from '../../protocol/index.js';
import { corsNotFound, validateCors } from './cors.js';
import { invalidArgument, malformedXml, notFoundConfig, versioningLockedByObjectLock } from './errors.js';
import { validateLifecycle, type LifecycleRule } from './lifecycle.js';
import type { Notifier } from './notifications.js';
import type { S3Service } from './service.js';
import { tagSet, validateTags } from './tags.js';

type Operations = Partial<S3.S3Operations>;

/** What GetBucketEncryption answers for a bucket with no configuration of its own (S3 encrypts everything). */
const DEFAULT_ENCRYPTION: S3.ServerSideEncryptionConfiguration = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
};

export function bucketConfigurationOperations(service: S3Service, notifier: Notifier): Operations {
  const { state } = service;

  return {
    PutBucketVersioning(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketVersioning');
      const status = input.VersioningConfiguration?.Status;
      if (status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
      if (status === 'Suspended' && state.config(bucket, 'objectLock')) {
        throw versioningLockedByObjectLock();
      }
      state.setVersioning(bucket, status);
    },

    GetBucketVersioning(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketVersioning');
      return { Status: bucket.versioning };
    },

    PutBucketCors(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketCORS');
      state.putConfig(bucket, 'cors', validateCors(input.CORSConfiguration));
    },

    GetBucketCors(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketCORS');
      return { CORSRules: service.requiredConfig<S3.CORSRule[]>(bucket, 'cors', () => corsNotFound(bucket.name)) };
    },

    DeleteBucketCors(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutBucketCORS'), 'cors');
    },

    PutBucketTagging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketTagging');
      const tags = validateTags(input.Tagging?.TagSet ?? [], 'bucket');
      // An empty tag set leaves the bucket with none: GetBucketTagging then answers NoSuchTagSet.
      if (Object.keys(tags).length === 0) state.deleteConfig(bucket, 'tagging');
      else state.putConfig(bucket, 'tagging', tags);
      return { [RESPONSE_STATUS]: 204 } as unknown as void;
    },

    GetBucketTagging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketTagging');
      const tags = service.requiredConfig<Record<string, string>>(bucket, 'tagging', () => notFoundConfig('NoSuchTagSet', 'The TagSet does not exist', bucket.name));
      return { TagSet: tagSet(tags) };
    },

    DeleteBucketTagging(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutBucketTagging'), 'tagging');
    },

    PutBucketLifecycleConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutLifecycleConfiguration');
      state.putConfig(bucket, 'lifecycle', validateLifecycle(input.LifecycleConfiguration));
      return { TransitionDefaultMinimumObjectSize: input.TransitionDefaultMinimumObjectSize ?? 'all_storage_classes_128K' };
    },

    GetBucketLifecycleConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetLifecycleConfiguration');
      const rules = service.requiredConfig<LifecycleRule[]>(bucket, 'lifecycle', () => notFoundConfig('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', bucket.name));
      return { Rules: rules, TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K' };
    },

    DeleteBucketLifecycle(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutLifecycleConfiguration'), 'lifecycle');
    },

    PutBucketEncryption(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutEncryptionConfiguration');
      const rules = input.ServerSideEncryptionConfiguration?.Rules;
      if (!rules?.length) throw malformedXml();
      for (const rule of rules) {
        const algorithm = rule.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
        if (algorithm === undefined) throw malformedXml();
        if (!['AES256', 'aws:kms', 'aws:kms:dsse'].includes(algorithm)) throw malformedXml();
        if (algorithm === 'AES256' && rule.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID) {
          throw invalidArgument('a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse', 'ApplyServerSideEncryptionByDefault', undefined);
        }
      }
      state.putConfig(bucket, 'encryption', input.ServerSideEncryptionConfiguration);
    },

    GetBucketEncryption(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetEncryptionConfiguration');
      return { ServerSideEncryptionConfiguration: state.config<S3.ServerSideEncryptionConfiguration>(bucket, 'encryption') ?? DEFAULT_ENCRYPTION };
    },

    DeleteBucketEncryption(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutEncryptionConfiguration'), 'encryption');
    },

    PutBucketWebsite(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketWebsite');
      const config = input.WebsiteConfiguration;
      if (!config) throw malformedXml();
      if (config.RedirectAllRequestsTo) {
        if (config.IndexDocument || config.ErrorDocument || config.RoutingRules) {
          throw invalidArgument('RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.', 'RedirectAllRequestsTo', 'not null');
        }
      } else {
        const suffix = config.IndexDocument?.Suffix;
        if (suffix === undefined) throw invalidArgument('A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty', 'IndexDocument', 'null');
        if (suffix === '' || suffix.includes('/')) throw invalidArgument('The IndexDocument Suffix is not well formed', 'IndexDocument', suffix);
      }
      state.putConfig(bucket, 'website', config);
    },

    GetBucketWebsite(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketWebsite');
      return service.requiredConfig<S3.GetBucketWebsiteOutput>(bucket, 'website', () =>
        notFoundConfig('NoSuchWebsiteConfiguration', 'The specified bucket does not have a website configuration', bucket.name),
      );
    },

    DeleteBucketWebsite(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:DeleteBucketWebsite'), 'website');
    },

    async PutBucketNotificationConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketNotification');
      await notifier.configure(bucket, input.NotificationConfiguration ?? {}, Boolean(input.SkipDestinationValidation), context);
    },

    GetBucketNotificationConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketNotification');
      return state.config<S3.NotificationConfiguration>(bucket, 'notification') ?? {};
    },
  };
}
