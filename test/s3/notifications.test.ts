import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetBucketNotificationConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  CopyObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { s3Client } from './support.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';

/** The queue policy from the seed notes (Walkthrough: Configuring SNS or SQS), with its placeholders filled in. */
function notesPolicy(queueArn: string, bucket: string, account: string): string {
  return `{
    "Version": "2012-10-17",
    "Id": "example-ID",
    "Statement": [
        {
            "Sid": "example-statement-ID",
            "Effect": "Allow",
            "Principal": {
                "Service": "s3.amazonaws.com"
            },
            "Action": [
                "SQS:SendMessage"
            ],
            "Resource": "${queueArn}",
            "Condition": {
                "ArnLike": {
                    "aws:SourceArn": "arn:aws:s3:*:*:${bucket}"
                },
                "StringEquals": {
                    "aws:SourceAccount": "${account}"
                }
            }
        }
    ]
}`;
}

describe('S3 event notifications to SQS', () => {
  let cloud: Cloud;
  let s3: S3Client;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    s3.destroy();
    sqs.destroy();
    await cloud.close();
  });

  async function queue(name: string): Promise<{ url: string; arn: string }> {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    return { url, arn };
  }

  async function receiveAll(url: string): Promise<any[]> {
    // Deliveries go through the delivery mechanism; give its microtasks a turn.
    await new Promise((r) => setTimeout(r, 20));
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
    return (received.Messages ?? []).map((m) => JSON.parse(m.Body!));
  }

  test("the seed notes' walkthrough: refused until the queue policy allows S3, then events arrive", async () => {
    const bucket = 'awsexamplebucket1';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const { url, arn } = await queue('notes-queue');
    const config = { QueueConfigurations: [{ QueueArn: arn, Events: ['s3:ObjectCreated:*' as const] }] };

    const refused = await expectAwsError(
      s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: config })),
      { name: 'InvalidArgument', message: 'Unable to validate the following destination configurations', status: 400 },
    );
    assert.equal(refused.ArgumentName1, arn);
    assert.equal(refused.ArgumentValue1, 'Permissions on the destination queue do not allow S3 to publish notifications from this bucket');

    // A policy for another bucket does not do.
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: notesPolicy(arn, 'someotherbucket', ACCOUNT) } }));
    await expectAwsError(s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: config })), { name: 'InvalidArgument', message: 'Unable to validate the following destination configurations', status: 400 });
    // Nor one for another account.
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: notesPolicy(arn, bucket, '999999999999') } }));
    await expectAwsError(s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: config })), { name: 'InvalidArgument', message: 'Unable to validate the following destination configurations', status: 400 });

    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: notesPolicy(arn, bucket, ACCOUNT) } }));
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: config }));
    const stored = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
    assert.equal(stored.QueueConfigurations?.[0]?.QueueArn, arn);
    assert.ok(stored.QueueConfigurations?.[0]?.Id);

    const [testEvent] = await receiveAll(url);
    assert.equal(testEvent.Service, 'Amazon S3');
    assert.equal(testEvent.Event, 's3:TestEvent');
    assert.equal(testEvent.Bucket, bucket);
    assert.match(testEvent.Time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));

    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'photos/my cat+1.jpg', Body: 'meow' }));
    const [message] = await receiveAll(url);
    assert.equal(message.Records.length, 1);
    const record = message.Records[0];
    assert.equal(record.eventVersion, '2.1');
    assert.equal(record.eventSource, 'aws:s3');
    assert.equal(record.awsRegion, 'us-east-1');
    assert.equal(record.eventName, 'ObjectCreated:Put');
    assert.match(record.eventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(record.userIdentity.principalId);
    assert.ok(record.responseElements['x-amz-request-id']);
    assert.equal(record.s3.s3SchemaVersion, '1.0');
    assert.equal(record.s3.configurationId, stored.QueueConfigurations?.[0]?.Id);
    assert.equal(record.s3.bucket.name, bucket);
    assert.equal(record.s3.bucket.arn, `arn:aws:s3:::${bucket}`);
    assert.equal(record.s3.object.key, 'photos/my+cat%2B1.jpg');
    assert.equal(record.s3.object.size, 4);
    assert.equal(record.s3.object.eTag, put.ETag!.replace(/"/g, ''));
    assert.match(record.s3.object.sequencer, /^[0-9A-F]+$/);
    assert.equal(record.s3.object.versionId, undefined);
  });

  test('filters, event families, versions, sequencers, and rules that may not overlap', async () => {
    const bucket = 'filtered';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const images = await queue('images');
    const removals = await queue('removals');
    for (const q of [images, removals]) {
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: q.url, Attributes: { Policy: notesPolicy(q.arn, bucket, ACCOUNT) } }));
    }
    const filter = (prefix: string, suffix: string) => ({ Key: { FilterRules: [{ Name: 'prefix' as const, Value: prefix }, { Name: 'suffix' as const, Value: suffix }] } });

    const overlap = await expectAwsError(
      s3.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: bucket,
          NotificationConfiguration: {
            QueueConfigurations: [
              { QueueArn: images.arn, Events: ['s3:ObjectCreated:*'], Filter: filter('images/', '.jpg') },
              { QueueArn: removals.arn, Events: ['s3:ObjectCreated:Put'], Filter: filter('images/raw/', '') },
            ],
          },
        }),
      ),
      { name: 'InvalidArgument', message: 'Configurations overlap. Configurations on the same bucket cannot share a common event type.', status: 400 },
    );
    assert.ok(overlap);
    await expectAwsError(
      s3.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: bucket,
          NotificationConfiguration: { QueueConfigurations: [{ QueueArn: images.arn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'middle' as never, Value: 'x' }] } } }] },
        }),
      ),
      { name: 'InvalidArgument', message: 'filter rule name must be either prefix or suffix', status: 400 },
    );
    await expectAwsError(
      s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: { QueueConfigurations: [{ QueueArn: images.arn, Events: ['s3:Nonsense' as never] }] } })),
      { name: 'InvalidArgument', message: 'The event is not supported for notifications', status: 400 },
    );
    const missing = await expectAwsError(
      s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: { QueueConfigurations: [{ QueueArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:no-such-queue`, Events: ['s3:ObjectCreated:*'] }] } })),
      { name: 'InvalidArgument', message: 'Unable to validate the following destination configurations', status: 400 },
    );
    assert.equal(missing.ArgumentValue1, 'The destination queue does not exist');

    // Same event family, disjoint prefixes: fine.
    await s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: bucket,
        NotificationConfiguration: {
          QueueConfigurations: [
            { Id: 'jpgs', QueueArn: images.arn, Events: ['s3:ObjectCreated:*'], Filter: filter('images/', '.jpg') },
            { Id: 'gone', QueueArn: removals.arn, Events: ['s3:ObjectRemoved:*'] },
          ],
        },
      }),
    );
    await receiveAll(images.url);
    await receiveAll(removals.url);
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: images.url, MaxNumberOfMessages: 10 }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: removals.url, MaxNumberOfMessages: 10 }));

    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'images/a.png', Body: 'no' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'docs/b.jpg', Body: 'no' }));
    const a = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'images/a.jpg', Body: 'yes' }));
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'images/c.jpg', CopySource: `${bucket}/images/a.jpg` }));
    const created = await receiveAll(images.url);
    assert.deepEqual(created.map((m) => [m.Records[0].eventName, m.Records[0].s3.object.key]).sort(), [
      ['ObjectCreated:Copy', 'images/c.jpg'],
      ['ObjectCreated:Put', 'images/a.jpg'],
    ]);
    const put = created.find((m) => m.Records[0].eventName === 'ObjectCreated:Put').Records[0];
    assert.equal(put.s3.object.versionId, a.VersionId);
    assert.equal(put.s3.configurationId, 'jpgs');

    const deleted = await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'images/a.jpg' }));
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'images/a.jpg', VersionId: a.VersionId }));
    const removed = (await receiveAll(removals.url)).map((m) => m.Records[0]);
    assert.deepEqual(removed.map((r) => r.eventName).sort(), ['ObjectRemoved:Delete', 'ObjectRemoved:DeleteMarkerCreated']);
    const marker = removed.find((r) => r.eventName === 'ObjectRemoved:DeleteMarkerCreated');
    assert.equal(marker.s3.object.versionId, deleted.VersionId);
    assert.equal(marker.s3.object.size, undefined);
    const [s1, s2] = removed.map((r) => r.s3.object.sequencer as string).sort();
    assert.notEqual(s1, s2);
  });

  test('SNS and Lambda destinations that do not exist are refused', async () => {
    const bucket = 'fanout';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const topicArn = `arn:aws:sns:us-east-1:${ACCOUNT}:topic`;
    const functionArn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn`;
    const refused = await expectAwsError(
      s3.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: bucket,
          NotificationConfiguration: {
            TopicConfigurations: [{ TopicArn: topicArn, Events: ['s3:ObjectCreated:*'] }],
            LambdaFunctionConfigurations: [{ LambdaFunctionArn: functionArn, Events: ['s3:ObjectRemoved:*'] }],
          },
        }),
      ),
      { name: 'InvalidArgument', message: 'Unable to validate the following destination configurations', status: 400 },
    );
    assert.equal(refused.ArgumentName1, topicArn);
    assert.equal(refused.ArgumentValue1, 'The destination topic does not exist');
    assert.equal(refused.ArgumentName2, functionArn);
    assert.equal(refused.ArgumentValue2, 'The destination Lambda function does not exist');
    // With validation skipped the configuration is stored.
    await s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: bucket,
        SkipDestinationValidation: true,
        NotificationConfiguration: { TopicConfigurations: [{ TopicArn: topicArn, Events: ['s3:ObjectCreated:*'] }], EventBridgeConfiguration: {} },
      }),
    );
    const stored = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
    assert.equal(stored.TopicConfigurations?.[0]?.TopicArn, topicArn);
    assert.deepEqual(stored.EventBridgeConfiguration, {});
    // Uploads still work; the undeliverable events are dropped.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'x' }));
    // An empty configuration turns notifications off.
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: {} }));
    assert.equal((await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }))).TopicConfigurations, undefined);
  });
});
