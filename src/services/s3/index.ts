/**
 * S3: the provider. Bucket operations and bucket configuration sub-resources live here;
 * objects, listings and multipart uploads in their own modules; website endpoints and
 * browser POST uploads are answered through the provider's serveHttp hook, bucket CORS
 * through its cors hook.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import type { HttpAnswer, Provider, Runtime } from '../../core/runtime.js';
import { hostId } from '../../protocol/rest-binding.js';
import type { WireResponse } from '../../protocol/types.js';
import type * as S3 from '../../generated/s3.js';
import type { Violation } from '../../protocol/validate.js';
import { isPublicPolicy, validateBucketPolicy } from './bucket-policy.js';
import { isValidBucketName } from './bucket-name.js';
import { corsHooks, corsNotFound, validateCors } from './cors.js';
import type { S3Api } from './api.js';
import { SMALL_BLOB } from './blobs.js';
import { accessDenied, invalidArgument, invalidBucketName, invalidUri, malformedXml, noSuchBucket, notFoundConfig } from './errors.js';
import { LifecycleSweeper, validateLifecycle, type LifecycleRule } from './lifecycle.js';
import { listingOperations } from './listing.js';
import { multipartOperations } from './multipart.js';
import { Notifier } from './notifications.js';
import { checkAcl, objectOperations } from './objects.js';
import { isPostUpload, servePostUpload } from './post-object.js';
import { owner, S3Service } from './service.js';
import type { BucketRow } from './state.js';
import { tagSet, validateTags } from './tags.js';
import { isWebsiteHost, serveWebsite } from './website.js';

type Operations = Partial<S3.S3Operations>;

const DEFAULT_ENCRYPTION: S3.ServerSideEncryptionConfiguration = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
};
const DEFAULT_PUBLIC_ACCESS_BLOCK: S3.PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function createProvider(runtime: Runtime): Provider {
  const service = new S3Service(runtime);
  const notifier = new Notifier(service);
  const sweeper = new LifecycleSweeper(service);
  sweeper.start();
  const { state, clock } = service;
  const cors = corsHooks(service);

  const bucketOf = (name: string, context: RequestContext, action: string): BucketRow => service.bucket(name, context, action);

  function configOrError<T>(bucket: BucketRow, kind: string, error: () => AwsError): T {
    const value = state.config<T>(bucket, kind);
    if (value === undefined) throw error();
    return value;
  }

  const buckets: Operations = {
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
      return { Location: region === 'us-east-1' ? `/${name}` : `http://${name}.s3.localhost/`, BucketArn: `arn:aws:s3:::${name}` };
    },

    HeadBucket(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:ListBucket');
      return { BucketRegion: bucket.region, AccessPointAlias: false, BucketArn: `arn:aws:s3:::${bucket.name}` };
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
        const after = Buffer.from(input.ContinuationToken, 'base64').toString('utf8');
        all = all.filter((b) => b.name > after);
      }
      const max = input.MaxBuckets;
      if (max !== undefined && (max < 1 || max > 10000)) throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', 'max-buckets', String(max));
      const page = max === undefined ? all : all.slice(0, max);
      const truncated = page.length < all.length;
      return {
        Buckets: page.map((b) => ({ Name: b.name, CreationDate: new Date(b.createdAt), BucketRegion: b.region, BucketArn: `arn:aws:s3:::${b.name}` })),
        Owner: owner(context.accountId),
        ContinuationToken: truncated ? Buffer.from(page[page.length - 1]!.name).toString('base64') : undefined,
        Prefix: input.Prefix,
      };
    },

    GetBucketLocation(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketLocation');
      return { LocationConstraint: bucket.region === 'us-east-1' ? undefined : (bucket.region as S3.GetBucketLocationOutput['LocationConstraint']) };
    },

    PutBucketVersioning(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketVersioning');
      const status = input.VersioningConfiguration?.Status;
      if (status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
      if (status === 'Suspended' && state.config(bucket, 'objectLock')) {
        throw new AwsError('InvalidBucketState', 'An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.', 409);
      }
      state.setVersioning(bucket, status);
    },

    GetBucketVersioning(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketVersioning');
      return { Status: bucket.versioning };
    },

    PutBucketPolicy(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketPolicy');
      const policy = typeof input.Policy === 'string' ? input.Policy : String(input.Policy ?? '');
      validateBucketPolicy(policy, bucket.name);
      const block = state.config<S3.PublicAccessBlockConfiguration>(bucket, 'publicAccessBlock');
      if (block?.BlockPublicPolicy && isPublicPolicy(policy)) {
        throw new AwsError(
          'AccessDenied',
          `User: arn:aws:iam::${context.accountId}:root is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::${bucket.name}" because public policies are blocked by the BlockPublicPolicy block public access setting.`,
          403,
        );
      }
      state.putConfig(bucket, 'policy', policy);
    },

    GetBucketPolicy(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketPolicy');
      return { Policy: configOrError<string>(bucket, 'policy', () => notFoundConfig('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.name)) };
    },

    DeleteBucketPolicy(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:DeleteBucketPolicy'), 'policy');
    },

    GetBucketPolicyStatus(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketPolicyStatus');
      const policy = configOrError<string>(bucket, 'policy', () => notFoundConfig('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.name));
      return { PolicyStatus: { IsPublic: isPublicPolicy(policy) } };
    },

    PutBucketCors(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketCORS');
      state.putConfig(bucket, 'cors', validateCors(input.CORSConfiguration));
    },

    GetBucketCors(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketCORS');
      return { CORSRules: configOrError<S3.CORSRule[]>(bucket, 'cors', () => corsNotFound(bucket.name)) };
    },

    DeleteBucketCors(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:PutBucketCORS'), 'cors');
    },

    PutBucketTagging(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketTagging');
      state.putConfig(bucket, 'tagging', validateTags(input.Tagging?.TagSet ?? [], 'bucket'));
    },

    GetBucketTagging(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketTagging');
      const tags = configOrError<Record<string, string>>(bucket, 'tagging', () => notFoundConfig('NoSuchTagSet', 'The TagSet does not exist', bucket.name));
      return { TagSet: tagSet(tags) };
    },

    DeleteBucketTagging(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:PutBucketTagging'), 'tagging');
    },

    PutBucketLifecycleConfiguration(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutLifecycleConfiguration');
      state.putConfig(bucket, 'lifecycle', validateLifecycle(input.LifecycleConfiguration));
      return { TransitionDefaultMinimumObjectSize: input.TransitionDefaultMinimumObjectSize ?? 'all_storage_classes_128K' };
    },

    GetBucketLifecycleConfiguration(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetLifecycleConfiguration');
      const rules = configOrError<LifecycleRule[]>(bucket, 'lifecycle', () => notFoundConfig('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', bucket.name));
      return { Rules: rules, TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K' };
    },

    DeleteBucketLifecycle(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:PutLifecycleConfiguration'), 'lifecycle');
    },

    PutBucketEncryption(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutEncryptionConfiguration');
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
      const bucket = bucketOf(input.Bucket, context, 's3:GetEncryptionConfiguration');
      return { ServerSideEncryptionConfiguration: state.config<S3.ServerSideEncryptionConfiguration>(bucket, 'encryption') ?? DEFAULT_ENCRYPTION };
    },

    DeleteBucketEncryption(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:PutEncryptionConfiguration'), 'encryption');
    },

    PutPublicAccessBlock(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketPublicAccessBlock');
      const config = input.PublicAccessBlockConfiguration ?? {};
      state.putConfig(bucket, 'publicAccessBlock', {
        BlockPublicAcls: config.BlockPublicAcls ?? false,
        IgnorePublicAcls: config.IgnorePublicAcls ?? false,
        BlockPublicPolicy: config.BlockPublicPolicy ?? false,
        RestrictPublicBuckets: config.RestrictPublicBuckets ?? false,
      });
    },

    GetPublicAccessBlock(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketPublicAccessBlock');
      return {
        PublicAccessBlockConfiguration: configOrError<S3.PublicAccessBlockConfiguration>(bucket, 'publicAccessBlock', () =>
          notFoundConfig('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', bucket.name),
        ),
      };
    },

    DeletePublicAccessBlock(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:PutBucketPublicAccessBlock'), 'publicAccessBlock');
    },

    PutBucketWebsite(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketWebsite');
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
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketWebsite');
      return configOrError<S3.GetBucketWebsiteOutput>(bucket, 'website', () =>
        notFoundConfig('NoSuchWebsiteConfiguration', 'The specified bucket does not have a website configuration', bucket.name),
      );
    },

    DeleteBucketWebsite(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:DeleteBucketWebsite'), 'website');
    },

    async PutBucketNotificationConfiguration(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketNotification');
      await notifier.configure(bucket, input.NotificationConfiguration ?? {}, Boolean(input.SkipDestinationValidation), context);
    },

    GetBucketNotificationConfiguration(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketNotification');
      return state.config<S3.NotificationConfiguration>(bucket, 'notification') ?? {};
    },

    GetBucketAcl(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketAcl');
      const id = owner(bucket.account).ID;
      return { Owner: { ID: id }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: id }, Permission: 'FULL_CONTROL' }] };
    },

    PutBucketAcl(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketAcl');
      checkAcl(service, bucket, input.ACL ?? (input.AccessControlPolicy || input.GrantRead || input.GrantFullControl || input.GrantWrite ? 'grants' : undefined));
    },

    PutBucketOwnershipControls(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:PutBucketOwnershipControls');
      const rule = input.OwnershipControls?.Rules?.[0];
      if (!rule?.ObjectOwnership) throw malformedXml();
      state.putConfig(bucket, 'ownership', { ObjectOwnership: rule.ObjectOwnership });
    },

    GetBucketOwnershipControls(input, context) {
      const bucket = bucketOf(input.Bucket, context, 's3:GetBucketOwnershipControls');
      const config = configOrError<{ ObjectOwnership: 'BucketOwnerPreferred' | 'ObjectWriter' | 'BucketOwnerEnforced' }>(bucket, 'ownership', () =>
        notFoundConfig('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', bucket.name),
      );
      return { OwnershipControls: { Rules: [{ ObjectOwnership: config.ObjectOwnership }] } };
    },

    DeleteBucketOwnershipControls(input, context) {
      state.deleteConfig(bucketOf(input.Bucket, context, 's3:PutBucketOwnershipControls'), 'ownership');
    },
  };

  const operations: Operations = {
    ...buckets,
    ...objectOperations(service),
    ...listingOperations(service),
    ...multipartOperations(service),
  };

  const api: S3Api = {
    async readObject(request) {
      const bucket = state.bucket(request.bucket);
      if (!bucket) throw noSuchBucket(request.bucket);
      if (bucket.account !== request.account && !service.policyAllows(bucket, { type: 'AWS', account: request.account }, 's3:GetObject', request.key)) {
        throw accessDenied();
      }
      const row = service.object(bucket, request.key, request.versionId, 'GET');
      if (request.maxBytes !== undefined && row.size > request.maxBytes) {
        throw new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.', 400);
      }
      if (row.size <= SMALL_BLOB) return service.blobs.readSmall(row.segments);
      const chunks: Buffer[] = [];
      for await (const chunk of await service.blobs.read(row.segments, 0, row.size - 1)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async putObject(request) {
      const bucket = state.bucket(request.bucket);
      if (!bucket) throw noSuchBucket(request.bucket);
      if (request.servicePrincipal) {
        if (!service.policyAllows(bucket, { type: 'Service', service: request.servicePrincipal }, 's3:PutObject', request.key)) throw accessDenied();
      }
      // The write goes through PutObject itself, as the bucket's owner once the service is let in.
      const context: RequestContext = {
        requestId: randomUUID(),
        accountId: request.servicePrincipal ? bucket.account : request.account,
        region: request.region,
        service: 's3',
        operation: 'PutObject',
        protocol: 'rest-xml',
        host: 's3.localhost',
        endpoint: runtime.endpoint,
        headers: {},
        runtime,
      };
      const output = await operations.PutObject!(
        { Bucket: request.bucket, Key: request.key, Body: request.body, ContentType: request.contentType, ContentEncoding: request.contentEncoding },
        context,
      );
      return { etag: output.ETag!, versionId: output.VersionId };
    },
    bucketExists(request) {
      return state.bucket(request.bucket) !== undefined;
    },
  };

  return {
    operations: operations as Provider['operations'],
    api,
    // S3 checks values itself and words failures its own way.
    enforcedConstraints: ['required'],
    validationError(violations: Violation[]) {
      const first = violations[0]!;
      if (first.path.includes('.')) return malformedXml();
      return new AwsError('InvalidRequest', `Missing required parameter: ${first.memberName}`, 400);
    },
    http: {
      async serveHttp(request, context) {
        // Checked before any operation reads a key: a lossy decode would turn the bytes into U+FFFD.
        if (!percentDecodes(request.path)) throw invalidUri();
        let answer: HttpAnswer | undefined;
        if (isWebsiteHost(request.host)) answer = await serveWebsite(service, request, context.requestId);
        else if (isPostUpload(request)) answer = await servePostUpload(service, request, context);
        if (answer) withRequestIds(answer.response, context.requestId);
        return answer;
      },
      cors: {
        ...cors,
        async preflight(request, context) {
          const response = await cors.preflight(request, context);
          return response && withRequestIds(response, context.requestId);
        },
      },
    },
    close() {
      sweeper.close();
    },
  };
}

/** Whether a path's percent-escapes decode to UTF-8 text. */
function percentDecodes(path: string): boolean {
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** S3 names every answer with x-amz-request-id and x-amz-id-2; the codec does it for operations, this for the rest. */
function withRequestIds(response: WireResponse, requestId: string): WireResponse {
  response.headers['x-amz-request-id'] ??= requestId;
  response.headers['x-amz-id-2'] ??= hostId(requestId);
  return response;
}
