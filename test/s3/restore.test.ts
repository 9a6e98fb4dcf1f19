import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketNotificationConfigurationCommand,
  PutObjectCommand,
  RestoreObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client, text } from './support.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('S3 RestoreObject through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'archive';

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  const archived = { name: 'InvalidObjectState', message: "The operation is not valid for the object's storage class", status: 403 };

  test('a GLACIER object: refused until restored, 202 then 409 while in progress, readable after the tier time, 200 once restored, gone again after Days', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'cold.txt', Body: 'frozen', StorageClass: 'GLACIER' }));
    const refused = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cold.txt' })), archived);
    assert.equal(refused.StorageClass, 'GLACIER');
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cold.txt' }));
    assert.equal(head.StorageClass, 'GLACIER');
    assert.equal(head.Restore, undefined);

    const started = await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'cold.txt', RestoreRequest: { Days: 2, GlacierJobParameters: { Tier: 'Expedited' } } }));
    assert.equal(started.$metadata.httpStatusCode, 202);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cold.txt' }))).Restore, 'ongoing-request="true"');
    await expectAwsError(s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'cold.txt', RestoreRequest: { Days: 2 } })), {
      name: 'RestoreAlreadyInProgress',
      message: 'Object restore is already in progress',
      status: 409,
    });
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cold.txt' })), archived);

    // Expedited: 5 minutes.
    await advanceClock(cloud, 5 * MINUTE);
    const restored = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cold.txt' }));
    const match = /^ongoing-request="false", expiry-date="([^"]+)"$/.exec(restored.Restore ?? '');
    assert.ok(match, restored.Restore);
    const expiry = Date.parse(match[1]!);
    assert.equal(expiry % DAY, 0, 'the copy expires at midnight UTC');
    const get = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cold.txt' }));
    assert.equal(await text(get.Body), 'frozen');
    assert.equal(get.StorageClass, 'GLACIER');
    assert.match(get.Restore ?? '', /ongoing-request="false"/);

    const again = await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'cold.txt', RestoreRequest: { Days: 1 } }));
    assert.equal(again.$metadata.httpStatusCode, 200);

    await advanceClock(cloud, 3 * DAY);
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cold.txt' })), archived);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cold.txt' }))).Restore, undefined);
    const fresh = await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'cold.txt', RestoreRequest: { Days: 1, GlacierJobParameters: { Tier: 'Bulk' } } }));
    assert.equal(fresh.$metadata.httpStatusCode, 202);
  });

  test('tier times: GLACIER Standard 5 hours; DEEP_ARCHIVE Standard 12 hours, Bulk 48 hours', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'g.txt', Body: 'g', StorageClass: 'GLACIER' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'd.txt', Body: 'd', StorageClass: 'DEEP_ARCHIVE' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'b.txt', Body: 'b', StorageClass: 'DEEP_ARCHIVE' }));
    await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'g.txt', RestoreRequest: { Days: 5 } }));
    await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'd.txt', RestoreRequest: { Days: 5, GlacierJobParameters: { Tier: 'Standard' } } }));
    await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'b.txt', RestoreRequest: { Days: 5, GlacierJobParameters: { Tier: 'Bulk' } } }));
    const state = async (key: string) => (await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).Restore?.slice(0, 23);
    await advanceClock(cloud, 5 * HOUR - MINUTE);
    assert.equal(await state('g.txt'), 'ongoing-request="true"');
    await advanceClock(cloud, MINUTE);
    assert.equal(await state('g.txt'), 'ongoing-request="false"');
    assert.equal(await state('d.txt'), 'ongoing-request="true"');
    await advanceClock(cloud, 7 * HOUR);
    assert.equal(await state('d.txt'), 'ongoing-request="false"');
    assert.equal(await state('b.txt'), 'ongoing-request="true"');
    await advanceClock(cloud, 36 * HOUR);
    assert.equal(await state('b.txt'), 'ongoing-request="false"');
  });

  test('GLACIER_IR and STANDARD are read directly; restoring them is ObjectAlreadyInActiveTierError', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'ir.txt', Body: 'instant', StorageClass: 'GLACIER_IR' }));
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ir.txt' }))).Body), 'instant');
    for (const key of ['ir.txt']) {
      await expectAwsError(s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: key, RestoreRequest: { Days: 1 } })), {
        name: 'ObjectAlreadyInActiveTierError',
        message: "Restore is not allowed for the object's current storage class",
        status: 403,
      });
    }
    await expectAwsError(s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'missing.txt', RestoreRequest: { Days: 1 } })), { name: 'NoSuchKey', status: 404 });
  });

  test('an archived object cannot be a copy source until restored', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'src.txt', Body: 's', StorageClass: 'DEEP_ARCHIVE' }));
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'dst.txt', CopySource: `${bucket}/src.txt` })), archived);
    await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'src.txt', RestoreRequest: { Days: 1 } }));
    await advanceClock(cloud, 12 * HOUR);
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'dst.txt', CopySource: `${bucket}/src.txt`, StorageClass: 'STANDARD' }));
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'dst.txt' }))).Body), 's');
  });

  test('restore events: s3:ObjectRestore:Post when it starts, s3:ObjectRestore:Completed when the copy is ready', async () => {
    const sqs = new SQSClient(clientConfig(cloud));
    try {
      const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'restores' }))).QueueUrl!;
      const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${bucket}` } } }] };
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: JSON.stringify(policy) } }));
      await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: { QueueConfigurations: [{ QueueArn: arn, Events: ['s3:ObjectRestore:*'] }] } }));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'notify.txt', Body: 'n', StorageClass: 'GLACIER' }));
      const names = async (): Promise<string[]> => {
        const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 43200 }));
        return (received.Messages ?? []).flatMap((m) => (JSON.parse(m.Body!).Records ?? []).map((r: { eventName: string }) => r.eventName));
      };
      await names(); // the s3:TestEvent
      await s3.send(new RestoreObjectCommand({ Bucket: bucket, Key: 'notify.txt', RestoreRequest: { Days: 1, GlacierJobParameters: { Tier: 'Expedited' } } }));
      assert.deepEqual(await names(), ['ObjectRestore:Post']);
      await advanceClock(cloud, 5 * MINUTE);
      assert.deepEqual(await names(), ['ObjectRestore:Completed']);
    } finally {
      sqs.destroy();
    }
  });
});
