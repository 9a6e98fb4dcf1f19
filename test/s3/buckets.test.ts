import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketCorsCommand,
  DeleteBucketEncryptionCommand,
  DeleteBucketPolicyCommand,
  DeleteBucketTaggingCommand,
  DeletePublicAccessBlockCommand,
  GetBucketCorsCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetBucketWebsiteCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  PutBucketCorsCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutBucketWebsiteCommand,
  PutObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  DeleteObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { s3Client, signedFetch } from './support.js';
import { errorFields, expectAwsError } from '../support/errors.js';

describe('S3 buckets and their configuration through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('create, head, list (with pagination), locate and delete', async () => {
    const created = await s3.send(new CreateBucketCommand({ Bucket: 'alpha' }));
    assert.equal(created.Location, '/alpha');
    await s3.send(new CreateBucketCommand({ Bucket: 'beta' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'gamma.with.dots' }));
    const head = await s3.send(new HeadBucketCommand({ Bucket: 'alpha', ExpectedBucketOwner: '000000000000' }));
    assert.equal(head.BucketRegion, 'us-east-1');
    await expectAwsError(s3.send(new ListObjectsV2Command({ Bucket: 'alpha', ExpectedBucketOwner: '111122223333' })), { name: 'AccessDenied', message: 'Access Denied', status: 403 });
    await expectAwsError(s3.send(new HeadBucketCommand({ Bucket: 'missing-bucket' })), { name: 'NotFound', status: 404 });

    const listed = await s3.send(new ListBucketsCommand({}));
    assert.deepEqual(listed.Buckets?.map((b) => b.Name), ['alpha', 'beta', 'gamma.with.dots']);
    assert.match(listed.Owner?.ID ?? '', /^[0-9a-f]{64}$/);
    const first = await s3.send(new ListBucketsCommand({ MaxBuckets: 2 }));
    assert.deepEqual(first.Buckets?.map((b) => b.Name), ['alpha', 'beta']);
    assert.ok(first.ContinuationToken);
    const second = await s3.send(new ListBucketsCommand({ MaxBuckets: 2, ContinuationToken: first.ContinuationToken }));
    assert.deepEqual(second.Buckets?.map((b) => b.Name), ['gamma.with.dots']);
    assert.equal(second.ContinuationToken, undefined);

    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'alpha' }))).LocationConstraint, undefined);

    await s3.send(new PutObjectCommand({ Bucket: 'beta', Key: 'x', Body: 'x' }));
    const notEmpty = await expectAwsError(s3.send(new DeleteBucketCommand({ Bucket: 'beta' })), { name: 'BucketNotEmpty', message: 'The bucket you tried to delete is not empty', status: 409 });
    assert.equal(notEmpty.BucketName, 'beta');
    await s3.send(new DeleteObjectCommand({ Bucket: 'beta', Key: 'x' }));
    await s3.send(new DeleteBucketCommand({ Bucket: 'beta' }));
    await expectAwsError(s3.send(new DeleteBucketCommand({ Bucket: 'beta' })), { name: 'NoSuchBucket', message: 'The specified bucket does not exist', status: 404 });
  });

  test('location constraints and regions', async () => {
    const eu = s3Client(cloud, 'eu-west-1');
    try {
      await eu.send(new CreateBucketCommand({ Bucket: 'in-ireland', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
      assert.equal((await eu.send(new GetBucketLocationCommand({ Bucket: 'in-ireland' }))).LocationConstraint, 'eu-west-1');
      assert.equal((await eu.send(new HeadBucketCommand({ Bucket: 'in-ireland' }))).BucketRegion, 'eu-west-1');
      // The SDK fills in the client's region as the constraint; a raw request can leave it out.
      const unspecified = await signedFetch(cloud, 'PUT', '/no-constraint', '', 'eu-west-1');
      assert.equal(unspecified.status, 400);
      const fields = errorFields(await unspecified.text());
      assert.equal(fields.Code, 'IllegalLocationConstraintException');
      assert.equal(fields.Message, 'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.');
      await expectAwsError(
        eu.send(new CreateBucketCommand({ Bucket: 'wrong-constraint', CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' } })),
        { name: 'IllegalLocationConstraintException', message: 'The eu-central-1 location constraint is incompatible for the region specific endpoint this request was sent to.', status: 400 },
      );
      await expectAwsError(
        eu.send(new CreateBucketCommand({ Bucket: 'in-ireland', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })),
        { name: 'BucketAlreadyOwnedByYou', message: 'Your previous request to create the named bucket succeeded and you already own it.', status: 409 },
      );
    } finally {
      eu.destroy();
    }
    await expectAwsError(
      s3.send(new CreateBucketCommand({ Bucket: 'explicit-us-east-1', CreateBucketConfiguration: { LocationConstraint: 'us-east-1' as never } })),
      { name: 'InvalidLocationConstraint', message: 'The specified location-constraint is not valid', status: 400 },
    );
    // In us-east-1, creating a bucket you already own there succeeds again.
    await s3.send(new CreateBucketCommand({ Bucket: 'again' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'again' }));
    // Another account's bucket name is taken.
    const other = new S3Client({ endpoint: cloud.endpoint, region: 'us-east-1', credentials: { accessKeyId: '111122223333', secretAccessKey: 'x' }, forcePathStyle: true, maxAttempts: 1 });
    try {
      await expectAwsError(
        other.send(new CreateBucketCommand({ Bucket: 'again' })),
        { name: 'BucketAlreadyExists', message: 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.', status: 409 },
      );
      await expectAwsError(other.send(new PutObjectCommand({ Bucket: 'again', Key: 'k', Body: 'x' })), { name: 'AccessDenied', message: 'Access Denied', status: 403 });
      assert.deepEqual((await other.send(new ListBucketsCommand({}))).Buckets ?? [], []);
    } finally {
      other.destroy();
    }
  });

  test('bucket names follow AWS rules', async () => {
    for (const name of ['ab', 'a'.repeat(64), 'UpperCase', 'under_score', '-leading', 'trailing-', 'two..dots', '192.168.1.1', 'xn--punycode', 'sthree-x', 'ends-s3alias', 'ends--ol-s3', 'has space']) {
      const error = await expectAwsError(s3.send(new CreateBucketCommand({ Bucket: name })), { name: 'InvalidBucketName', message: 'The specified bucket is not valid.', status: 400 });
      assert.equal(error.BucketName, name);
    }
    for (const name of ['abc', 'a'.repeat(63), 'with-dash.and.dots', '1numbers2']) await s3.send(new CreateBucketCommand({ Bucket: name }));
  });

  test('versioning configuration', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'vers' }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'vers' }))).Status, undefined);
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'vers', VersioningConfiguration: { Status: 'Enabled' } }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'vers' }))).Status, 'Enabled');
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'vers', VersioningConfiguration: { Status: 'Suspended' } }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'vers' }))).Status, 'Suspended');
    await expectAwsError(s3.send(new PutBucketVersioningCommand({ Bucket: 'vers', VersioningConfiguration: {} })), { name: 'MalformedXML', status: 400 });
    await s3.send(new PutObjectCommand({ Bucket: 'vers', Key: 'k', Body: 'x' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'vers', Key: 'k' }));
    await expectAwsError(s3.send(new DeleteBucketCommand({ Bucket: 'vers' })), { name: 'BucketNotEmpty', message: 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.', status: 409 });
  });

  test('policies: stored as given, validated as policy documents', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'with-policy' }));
    await expectAwsError(s3.send(new GetBucketPolicyCommand({ Bucket: 'with-policy' })), { name: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', status: 404 });
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Read', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::with-policy/*' }],
    });
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'with-policy', Policy: policy }));
    assert.equal((await s3.send(new GetBucketPolicyCommand({ Bucket: 'with-policy' }))).Policy, policy);
    const bad: Array<[string, string]> = [
      ['not json', "Policies must be valid JSON and the first byte must be '{'"],
      [JSON.stringify({ Version: '2012-10-17' }), 'Missing required field Statement'],
      [JSON.stringify({ Statement: [{ Effect: 'Maybe', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::with-policy/*' }] }), 'Invalid effect: Maybe'],
      [JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::with-policy/*' }] }), 'Missing required field Principal'],
      [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::other-bucket/*' }] }), 'Policy has invalid resource'],
      [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:s3:::with-policy/*' }] }), 'Policy has invalid action'],
      [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'nobody' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::with-policy/*' }] }), 'Invalid principal in policy'],
    ];
    for (const [document, message] of bad) {
      await expectAwsError(s3.send(new PutBucketPolicyCommand({ Bucket: 'with-policy', Policy: document })), { name: 'MalformedPolicy', message: message, status: 400 });
    }
    // Public policies are refused while Block Public Access (on by default) blocks them.
    const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::with-policy/*' }] });
    const blocked = await expectAwsError(s3.send(new PutBucketPolicyCommand({ Bucket: 'with-policy', Policy: publicPolicy })), { name: 'AccessDenied', status: 403 });
    assert.match(blocked.message, /because public policies are blocked by the BlockPublicPolicy block public access setting\.$/);
    assert.deepEqual((await s3.send(new GetPublicAccessBlockCommand({ Bucket: 'with-policy' }))).PublicAccessBlockConfiguration, {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'with-policy' }));
    await expectAwsError(s3.send(new GetPublicAccessBlockCommand({ Bucket: 'with-policy' })), { name: 'NoSuchPublicAccessBlockConfiguration', message: 'The public access block configuration was not found', status: 404 });
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'with-policy', Policy: publicPolicy }));
    // The policy grants another account access to objects.
    await s3.send(new PutObjectCommand({ Bucket: 'with-policy', Key: 'shared', Body: 'x' }));
    const other = new S3Client({ endpoint: cloud.endpoint, region: 'us-east-1', credentials: { accessKeyId: '111122223333', secretAccessKey: 'x' }, forcePathStyle: true, maxAttempts: 1 });
    try {
      assert.equal((await other.send(new HeadObjectCommand({ Bucket: 'with-policy', Key: 'shared' }))).ContentLength, 1);
      await expectAwsError(other.send(new PutObjectCommand({ Bucket: 'with-policy', Key: 'k', Body: 'x' })), { name: 'AccessDenied', status: 403 });
    } finally {
      other.destroy();
    }
    await s3.send(new DeleteBucketPolicyCommand({ Bucket: 'with-policy' }));
    await expectAwsError(s3.send(new GetBucketPolicyCommand({ Bucket: 'with-policy' })), { name: 'NoSuchBucketPolicy', status: 404 });
  });

  test('CORS, tagging, encryption, website and lifecycle configurations', async () => {
    const b = 'configured';
    await s3.send(new CreateBucketCommand({ Bucket: b }));

    await expectAwsError(s3.send(new GetBucketCorsCommand({ Bucket: b })), { name: 'NoSuchCORSConfiguration', message: 'The CORS configuration does not exist', status: 404 });
    const rules = [{ AllowedMethods: ['GET', 'PUT'], AllowedOrigins: ['https://*.example.com'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 300 }];
    await s3.send(new PutBucketCorsCommand({ Bucket: b, CORSConfiguration: { CORSRules: rules } }));
    assert.deepEqual((await s3.send(new GetBucketCorsCommand({ Bucket: b }))).CORSRules, rules);
    await expectAwsError(
      s3.send(new PutBucketCorsCommand({ Bucket: b, CORSConfiguration: { CORSRules: [{ AllowedMethods: ['PATCH'], AllowedOrigins: ['*'] }] } })),
      { name: 'InvalidRequest', message: 'Found unsupported HTTP method in CORS config. Unsupported method is PATCH', status: 400 },
    );
    await s3.send(new DeleteBucketCorsCommand({ Bucket: b }));
    await expectAwsError(s3.send(new GetBucketCorsCommand({ Bucket: b })), { name: 'NoSuchCORSConfiguration', status: 404 });

    await expectAwsError(s3.send(new GetBucketTaggingCommand({ Bucket: b })), { name: 'NoSuchTagSet', message: 'The TagSet does not exist', status: 404 });
    await s3.send(new PutBucketTaggingCommand({ Bucket: b, Tagging: { TagSet: [{ Key: 'team', Value: 'storage' }] } }));
    assert.deepEqual((await s3.send(new GetBucketTaggingCommand({ Bucket: b }))).TagSet, [{ Key: 'team', Value: 'storage' }]);
    await s3.send(new DeleteBucketTaggingCommand({ Bucket: b }));
    await expectAwsError(s3.send(new GetBucketTaggingCommand({ Bucket: b })), { name: 'NoSuchTagSet', status: 404 });

    // Every bucket is encrypted with SSE-S3 by default.
    assert.deepEqual((await s3.send(new GetBucketEncryptionCommand({ Bucket: b }))).ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault, { SSEAlgorithm: 'AES256' });
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: b,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:us-east-1:000000000000:key/abc' }, BucketKeyEnabled: true }] },
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: b, Key: 'enc', Body: 'x' }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: b, Key: 'enc' }));
    assert.equal(head.ServerSideEncryption, 'aws:kms');
    assert.equal(head.SSEKMSKeyId, 'arn:aws:kms:us-east-1:000000000000:key/abc');
    assert.equal(head.BucketKeyEnabled, true);
    await s3.send(new DeleteBucketEncryptionCommand({ Bucket: b }));
    assert.equal((await s3.send(new GetBucketEncryptionCommand({ Bucket: b }))).ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm, 'AES256');

    await expectAwsError(s3.send(new GetBucketWebsiteCommand({ Bucket: b })), { name: 'NoSuchWebsiteConfiguration', message: 'The specified bucket does not have a website configuration', status: 404 });
    await s3.send(new PutBucketWebsiteCommand({ Bucket: b, WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'error.html' } } }));
    const website = await s3.send(new GetBucketWebsiteCommand({ Bucket: b }));
    assert.deepEqual([website.IndexDocument, website.ErrorDocument], [{ Suffix: 'index.html' }, { Key: 'error.html' }]);
    await expectAwsError(s3.send(new PutBucketWebsiteCommand({ Bucket: b, WebsiteConfiguration: { IndexDocument: { Suffix: 'a/b' } } })), { name: 'InvalidArgument', message: 'The IndexDocument Suffix is not well formed', status: 400 });

    await expectAwsError(s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: b })), { name: 'NoSuchLifecycleConfiguration', message: 'The lifecycle configuration does not exist', status: 404 });
    await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: b, LifecycleConfiguration: { Rules: [{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] } }));
    const lifecycle = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: b }));
    assert.deepEqual(lifecycle.Rules, [{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }]);
    const invalid: Array<[object, string, string]> = [
      [{ ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Days: 0 } }, 'InvalidArgument', "'Days' for Expiration action must be a positive integer"],
      [{ ID: 'x', Status: 'Enabled', Filter: {} }, 'InvalidRequest', 'At least one action needs to be specified in a rule'],
      [{ ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Date: new Date('2030-01-01T12:00:00Z') } }, 'InvalidArgument', "'Date' must be at midnight GMT"],
    ];
    for (const [rule, code, message] of invalid) {
      await expectAwsError(s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: b, LifecycleConfiguration: { Rules: [rule as never] } })), { name: code, message: message, status: 400 });
    }
    await expectAwsError(
      s3.send(
        new PutBucketLifecycleConfigurationCommand({
          Bucket: b,
          LifecycleConfiguration: { Rules: [{ ID: 'same', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }, { ID: 'same', Status: 'Enabled', Filter: {}, Expiration: { Days: 2 } }] },
        }),
      ),
      { name: 'InvalidArgument', message: 'Rule ID must be unique. Found same ID for more than one rule', status: 400 },
    );
    // An object a rule will expire says so.
    await s3.send(new PutObjectCommand({ Bucket: b, Key: 'logs/today', Body: 'x' }));
    const logHead = await s3.send(new HeadObjectCommand({ Bucket: b, Key: 'logs/today' }));
    assert.match(logHead.Expiration ?? '', /^expiry-date="[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT", rule-id="logs"$/);
  });
});
