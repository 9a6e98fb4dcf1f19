import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-wake-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('an alarm kept in --data-dir is evaluated after a restart before anyone calls CloudWatch again', async () => {
  let cloud = await startTestCloud({ dataDir });
  let sqs = new SQSClient(clientConfig(cloud));
  const sns = new SNSClient(clientConfig(cloud));
  const cloudwatch = new CloudWatchClient(clientConfig(cloud));
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'alarm-inbox' }));
  const queueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'alarm-topic' }));
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queueArn }] };
  await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: JSON.stringify(policy) } }));
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queueArn, Attributes: { RawMessageDelivery: 'true' } }));
  // No data ever arrives and missing data counts as breaching: the first evaluation sets ALARM.
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: 'silent-heartbeat',
      Namespace: 'App',
      MetricName: 'Heartbeat',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      AlarmActions: [TopicArn!],
    }),
  );
  cloudwatch.destroy();
  sns.destroy();
  sqs.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  sqs = new SQSClient(clientConfig(cloud));
  try {
    assert.ok(cloud.runtime.started().includes('cloudwatch'), 'CloudWatch starts with Nimbus when alarms are stored');
    await advanceClock(cloud, '3m');
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }));
    assert.equal(Messages?.length, 1, 'the alarm action ran without a CloudWatch request after the restart');
    const notice = JSON.parse(Messages![0]!.Body!);
    assert.equal(notice.AlarmName, 'silent-heartbeat');
    assert.equal(notice.NewStateValue, 'ALARM');
  } finally {
    sqs.destroy();
    await cloud.close();
  }
});

test('an in-memory Nimbus starts services at their first request, as before', async () => {
  const cloud = await startTestCloud();
  try {
    assert.deepEqual(cloud.runtime.started(), []);
  } finally {
    await cloud.close();
  }
});
