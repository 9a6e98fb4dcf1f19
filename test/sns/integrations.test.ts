import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { CreateBucketCommand, PutBucketNotificationConfigurationCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SetTopicAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

/** Other services publishing through SNS (SnsApi): CloudWatch alarm actions and S3 event notifications. */
describe('SNS as other services reach it', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    sns.destroy();
    sqs.destroy();
    await cloud.close();
  });

  async function subscribedQueue(name: string, topicArn: string) {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] };
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: JSON.stringify(policy) } }));
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: arn }));
    return QueueUrl!;
  }

  async function receiveOne(url: string) {
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 3 }));
    assert.equal(Messages?.length, 1, 'one message arrived');
    return JSON.parse(Messages![0]!.Body!);
  }

  test('an alarm going to ALARM publishes its JSON to the topic, which reaches the queue', async () => {
    const cw = new CloudWatchClient(clientConfig(cloud));
    try {
      const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'ops' }));
      const url = await subscribedQueue('ops-q', TopicArn!);
      await cw.send(
        new PutMetricAlarmCommand({
          AlarmName: 'high-cpu',
          Namespace: 'App',
          MetricName: 'CPU',
          Statistic: 'Average',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 90,
          ComparisonOperator: 'GreaterThanThreshold',
          AlarmActions: [TopicArn!],
        }),
      );
      await cw.send(new SetAlarmStateCommand({ AlarmName: 'high-cpu', StateValue: 'ALARM', StateReason: 'testing' }));
      const envelope = await receiveOne(url);
      assert.equal(envelope.Type, 'Notification');
      assert.equal(envelope.TopicArn, TopicArn);
      assert.match(envelope.Subject, /^ALARM: "high-cpu" in /);
      const alarm = JSON.parse(envelope.Message);
      assert.equal(alarm.AlarmName, 'high-cpu');
      assert.equal(alarm.NewStateValue, 'ALARM');
      assert.equal(alarm.NewStateReason, 'testing');

      // An alarm name of 200 characters makes a subject longer than SNS's 100: it arrives cut to 100.
      const longName = 'n'.repeat(200);
      await cw.send(new PutMetricAlarmCommand({ AlarmName: longName, Namespace: 'App', MetricName: 'CPU', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 90, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [TopicArn!] }));
      await cw.send(new SetAlarmStateCommand({ AlarmName: longName, StateValue: 'ALARM', StateReason: 'long' }));
      const long = await receiveOne(url);
      assert.equal(long.Subject, `ALARM: "${longName}`.slice(0, 100));
      assert.equal(JSON.parse(long.Message).AlarmName, longName);
    } finally {
      cw.destroy();
    }
  });

  test('S3 → SNS → two SQS queues: each gets the S3 event in the SNS envelope', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    try {
      const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'uploads' }));
      // As AWS's walkthrough has it: the topic's policy lets S3 publish from the bucket.
      const topicPolicy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'SNS:Publish', Resource: TopicArn, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:photos' } } }],
      };
      await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Policy', AttributeValue: JSON.stringify(topicPolicy) }));
      const thumbnails = await subscribedQueue('thumbnails', TopicArn!);
      const audit = await subscribedQueue('audit', TopicArn!);
      await s3.send(new CreateBucketCommand({ Bucket: 'photos' }));
      await s3.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: 'photos',
          NotificationConfiguration: { TopicConfigurations: [{ TopicArn, Events: ['s3:ObjectCreated:*'] }] },
        }),
      );
      // S3 sends a test event when the configuration is saved.
      for (const url of [thumbnails, audit]) {
        const test = await receiveOne(url);
        assert.equal(JSON.parse(test.Message).Event, 's3:TestEvent');
      }
      await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cat.jpg', Body: 'meow' }));
      for (const url of [thumbnails, audit]) {
        const envelope = await receiveOne(url);
        assert.equal(envelope.Subject, 'Amazon S3 Notification');
        const record = JSON.parse(envelope.Message).Records[0];
        assert.equal(record.eventSource, 'aws:s3');
        assert.equal(record.eventName, 'ObjectCreated:Put');
        assert.equal(record.s3.object.key, 'cat.jpg');
      }
    } finally {
      s3.destroy();
    }
  });
});
