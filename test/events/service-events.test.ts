import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateBucketCommand, PutBucketNotificationConfigurationCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectEmpty, makeQueue, receive } from './targets-support.js';

/** Events AWS services put on the default bus: S3 with EventBridge notifications on, CloudWatch alarm state changes. */
describe('EventBridge service events', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });

  after(async () => {
    await cloud.close();
  });

  test('a bucket with EventBridge notifications on sends "Object Created", routed by a rule', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'uploads' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'quiet' }));
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: 'uploads', NotificationConfiguration: { EventBridgeConfiguration: {} } }));
    const queue = await makeQueue(sqs, 'uploads-created');
    const pattern = { source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: ['uploads'] }, object: { key: [{ prefix: 'in/' }] } } };
    await events.send(new PutRuleCommand({ Name: 'uploads-in', EventPattern: JSON.stringify(pattern) }));
    await events.send(new PutTargetsCommand({ Rule: 'uploads-in', Targets: [{ Id: 'q', Arn: queue.arn }] }));

    await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'in/a.txt', Body: 'hello' }));
    await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'out/b.txt', Body: 'not matched' }));
    await s3.send(new PutObjectCommand({ Bucket: 'quiet', Key: 'in/c.txt', Body: 'no notifications on this bucket' }));

    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.source, 'aws.s3');
    assert.equal(event['detail-type'], 'Object Created');
    assert.equal(event.account, '000000000000');
    assert.deepEqual(event.resources, ['arn:aws:s3:::uploads']);
    assert.equal(event.detail.bucket.name, 'uploads');
    assert.equal(event.detail.object.key, 'in/a.txt');
    assert.equal(event.detail.object.size, 5);
    await expectEmpty(sqs, queue.url);
  });

  test('an alarm state change puts "CloudWatch Alarm State Change" on the default bus', async () => {
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'cpu-high',
        AlarmDescription: 'CPU over 90',
        Namespace: 'App',
        MetricName: 'CPU',
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 90,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    const queue = await makeQueue(sqs, 'alarm-changes');
    await events.send(new PutRuleCommand({ Name: 'alarms', EventPattern: JSON.stringify({ source: ['aws.cloudwatch'], 'detail-type': ['CloudWatch Alarm State Change'], detail: { state: { value: ['ALARM'] } } }) }));
    await events.send(new PutTargetsCommand({ Rule: 'alarms', Targets: [{ Id: 'q', Arn: queue.arn }] }));

    await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'cpu-high', StateValue: 'ALARM', StateReason: 'testing the rule' }));
    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.source, 'aws.cloudwatch');
    assert.deepEqual(event.resources, ['arn:aws:cloudwatch:us-east-1:000000000000:alarm:cpu-high']);
    assert.equal(event.detail.alarmName, 'cpu-high');
    assert.equal(event.detail.state.value, 'ALARM');
    assert.equal(event.detail.state.reason, 'testing the rule');
    assert.equal(event.detail.previousState.value, 'INSUFFICIENT_DATA');
    assert.equal(event.detail.configuration.description, 'CPU over 90');
    assert.equal(event.detail.configuration.metrics[0].metricStat.metric.name, 'CPU');

    // Back to OK: the rule takes ALARM only.
    await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'cpu-high', StateValue: 'OK', StateReason: 'calm' }));
    await expectEmpty(sqs, queue.url);
  });
});
