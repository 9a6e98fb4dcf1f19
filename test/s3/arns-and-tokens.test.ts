import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client } from './support.js';

describe('S3 ARNs follow the partition; continuation tokens are page tokens, and old ones still read', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('a bucket in a China region has aws-cn ARNs: bucket, policy resources, default KMS key', async () => {
    const s3 = s3Client(cloud, 'cn-north-1');
    const created = await s3.send(new CreateBucketCommand({ Bucket: 'partition-cn', CreateBucketConfiguration: { LocationConstraint: 'cn-north-1' } }));
    assert.equal(created.BucketArn, 'arn:aws-cn:s3:::partition-cn');
    assert.equal((await s3.send(new HeadBucketCommand({ Bucket: 'partition-cn' }))).BucketArn, 'arn:aws-cn:s3:::partition-cn');
    const listed = await s3.send(new ListBucketsCommand({}));
    assert.equal(listed.Buckets?.find((b) => b.Name === 'partition-cn')?.BucketArn, 'arn:aws-cn:s3:::partition-cn');

    // A policy's resources must name this bucket in its own partition.
    const policy = (resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: resource }] });
    await expectAwsError(s3.send(new PutBucketPolicyCommand({ Bucket: 'partition-cn', Policy: policy('arn:aws:s3:::partition-cn/*') })), {
      name: 'MalformedPolicy',
      message: 'Policy has invalid resource',
      status: 400,
    });
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'partition-cn', Policy: policy('arn:aws-cn:s3:::partition-cn/*') }));

    // Public policies are refused while BlockPublicPolicy is on; the message names both ARNs in the partition.
    const open = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws-cn:s3:::partition-cn/*' }] });
    await expectAwsError(s3.send(new PutBucketPolicyCommand({ Bucket: 'partition-cn', Policy: open })), {
      name: 'AccessDenied',
      message:
        'User: arn:aws-cn:iam::000000000000:root is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws-cn:s3:::partition-cn" because public policies are blocked by the BlockPublicPolicy block public access setting.',
      status: 403,
    });
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'partition-cn', PublicAccessBlockConfiguration: { BlockPublicPolicy: false } }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'partition-cn', Policy: open }));

    const put = await s3.send(new PutObjectCommand({ Bucket: 'partition-cn', Key: 'k', Body: 'x', ServerSideEncryption: 'aws:kms' }));
    assert.equal(put.SSEKMSKeyId, 'arn:aws-cn:kms:cn-north-1:000000000000:alias/aws/s3');

    // The usual partition is unchanged.
    const us = s3Client(cloud);
    assert.equal((await us.send(new CreateBucketCommand({ Bucket: 'partition-us' }))).BucketArn, 'arn:aws:s3:::partition-us');
    // The server still answers promptly.
    const started = performance.now();
    await us.send(new HeadBucketCommand({ Bucket: 'partition-us' }));
    assert.ok(performance.now() - started < 2000);
  });

  test('ListObjectsV2 pages with page tokens; a token given out before (base64 of "1\\n<key>") still continues; others are refused', async () => {
    const s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: 'token-listing' }));
    for (const key of ['a', 'b', 'c', 'd']) await s3.send(new PutObjectCommand({ Bucket: 'token-listing', Key: key, Body: key }));

    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: 'token-listing', MaxKeys: 1, ContinuationToken: token }));
      seen.push(...(page.Contents ?? []).map((o) => o.Key!));
      assert.equal(page.ContinuationToken, token);
      token = page.NextContinuationToken;
      if (token) assert.deepEqual(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')), { after: seen[seen.length - 1] });
    } while (token);
    assert.deepEqual(seen, ['a', 'b', 'c', 'd']);

    const legacy = Buffer.from('1\nb', 'utf8').toString('base64');
    const resumed = await s3.send(new ListObjectsV2Command({ Bucket: 'token-listing', ContinuationToken: legacy }));
    assert.deepEqual(resumed.Contents?.map((o) => o.Key), ['c', 'd']);

    const otherPosition = Buffer.from(JSON.stringify({ offset: 1 })).toString('base64url');
    for (const bad of ['garbage', otherPosition, Buffer.from('2\nb').toString('base64')]) {
      const error = await expectAwsError(s3.send(new ListObjectsV2Command({ Bucket: 'token-listing', ContinuationToken: bad })), {
        name: 'InvalidArgument',
        message: 'The continuation token provided is incorrect',
        status: 400,
      });
      assert.equal(error.ArgumentName, 'continuation-token');
    }
  });

  test('ListBuckets pages with page tokens; a plain base64 bucket name given out before still continues', async () => {
    const s3 = s3Client(cloud, 'us-east-1', { credentials: { accessKeyId: '444455556666', secretAccessKey: 'test' } });
    for (const name of ['pages-a', 'pages-b', 'pages-c']) await s3.send(new CreateBucketCommand({ Bucket: name }));
    const first = await s3.send(new ListBucketsCommand({ MaxBuckets: 1 }));
    assert.deepEqual(first.Buckets?.map((b) => b.Name), ['pages-a']);
    assert.deepEqual(JSON.parse(Buffer.from(first.ContinuationToken!, 'base64url').toString('utf8')), { after: 'pages-a' });
    const second = await s3.send(new ListBucketsCommand({ MaxBuckets: 1, ContinuationToken: first.ContinuationToken }));
    assert.deepEqual(second.Buckets?.map((b) => b.Name), ['pages-b']);

    const legacy = Buffer.from('pages-b').toString('base64');
    const resumed = await s3.send(new ListBucketsCommand({ ContinuationToken: legacy }));
    assert.deepEqual(resumed.Buckets?.map((b) => b.Name), ['pages-c']);
    assert.equal(resumed.ContinuationToken, undefined);
  });
});
