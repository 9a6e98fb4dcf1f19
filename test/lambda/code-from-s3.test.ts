import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, LambdaClient, PublishLayerVersionCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { decode, ROLE, zip } from './support.js';
import { expectAwsError } from '../support/errors.js';

/** Deployment packages and layers taken from S3 buckets, through S3's module API. */
describe('Lambda code from S3', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let s3: S3Client;
  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'deployments' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'deployments', VersioningConfiguration: { Status: 'Enabled' } }));
  });
  after(async () => {
    lambda.destroy();
    s3.destroy();
    await cloud.close();
  });

  test('CreateFunction and UpdateFunctionCode from S3Bucket/S3Key/S3ObjectVersion', async () => {
    const v1 = await s3.send(new PutObjectCommand({ Bucket: 'deployments', Key: 'app.zip', Body: zip({ 'index.js': 'exports.handler = async () => "v1";' }) }));
    await s3.send(new PutObjectCommand({ Bucket: 'deployments', Key: 'app.zip', Body: zip({ 'index.js': 'exports.handler = async () => "v2";' }) }));
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'from-s3',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: ROLE,
        Code: { S3Bucket: 'deployments', S3Key: 'app.zip', S3ObjectVersion: v1.VersionId },
      }),
    );
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'from-s3' }))).Payload), 'v1');
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'from-s3', S3Bucket: 'deployments', S3Key: 'app.zip' }));
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'from-s3' }))).Payload), 'v2');
  });

  test('a missing bucket or key is refused with S3 error wording', async () => {
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ FunctionName: 'nope', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { S3Bucket: 'deployments', S3Key: 'missing.zip' } })),
      { name: 'InvalidParameterValueException', message: 'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.' },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ FunctionName: 'nope', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { S3Bucket: 'no-such-bucket', S3Key: 'a.zip' } })),
      { message: 'Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist' },
    );
  });

  test('layer content from S3', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'deployments', Key: 'layer.zip', Body: zip({ 'nodejs/node_modules/greeting/index.js': 'module.exports = "hello from a layer";' }) }));
    const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'greeting', Content: { S3Bucket: 'deployments', S3Key: 'layer.zip' } }));
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'uses-layer',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: ROLE,
        Layers: [layer.LayerVersionArn!],
        Code: { ZipFile: zip({ 'index.js': 'exports.handler = async () => require("greeting");' }) },
      }),
    );
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'uses-layer' }))).Payload), 'hello from a layer');
  });
});
