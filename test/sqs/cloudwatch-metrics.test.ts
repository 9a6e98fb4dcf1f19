import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand, type Statistic } from '@aws-sdk/client-cloudwatch';
import { CreateQueueCommand, DeleteMessageCommand, DeleteQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

/** SQS publishes AWS/SQS metrics to CloudWatch every minute of clock time, per queue (dimension QueueName). */
describe('AWS/SQS metrics in CloudWatch', () => {
  let cloud: Cloud;
  let sqs: SQSClient;
  let cloudwatch: CloudWatchClient;
  before(async () => {
    cloud = await startTestCloud();
    sqs = new SQSClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    sqs.destroy();
    cloudwatch.destroy();
    await cloud.close();
  });

  async function datapoints(queueName: string, metricName: string, statistic: Statistic) {
    const now = cloud.clock.now();
    const { Datapoints = [] } = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/SQS',
        MetricName: metricName,
        Dimensions: [{ Name: 'QueueName', Value: queueName }],
        StartTime: new Date(now - 3_600_000),
        EndTime: new Date(now + 60_000),
        Period: 60,
        Statistics: [statistic],
      }),
    );
    return Datapoints.sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime());
  }
  const total = async (queue: string, metric: string) => (await datapoints(queue, metric, 'Sum')).reduce((sum, p) => sum + p.Sum!, 0);
  const latest = async (queue: string, metric: string) => (await datapoints(queue, metric, 'Maximum')).at(-1)?.Maximum;

  test('no queue, no CloudWatch: the service is not even loaded', async () => {
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: `${cloud.endpoint}/000000000000/absent` })).catch(() => undefined);
    await advanceClock(cloud, '2m');
    assert.ok(cloud.runtime.started().includes('sqs'));
    assert.ok(!cloud.runtime.started().includes('cloudwatch'), `started: ${cloud.runtime.started().join(', ')}`);
  });

  test('send, receive and delete show up as AWS/SQS metrics after two minutes of clock time', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'watched', Attributes: { VisibilityTimeout: '900' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(100) }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'y'.repeat(300) }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 900 }));
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    assert.equal(Messages.length, 2);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: Messages[0]!.ReceiptHandle! }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    await advanceClock(cloud, '2m');

    assert.equal(await total('watched', 'NumberOfMessagesSent'), 3);
    assert.equal(await total('watched', 'NumberOfMessagesReceived'), 2);
    assert.equal(await total('watched', 'NumberOfMessagesDeleted'), 1);
    assert.equal(await total('watched', 'NumberOfEmptyReceives'), 1);
    assert.equal(await latest('watched', 'ApproximateNumberOfMessagesVisible'), 0);
    assert.equal(await latest('watched', 'ApproximateNumberOfMessagesNotVisible'), 1);
    assert.equal(await latest('watched', 'ApproximateNumberOfMessagesDelayed'), 1);
    const age = (await latest('watched', 'ApproximateAgeOfOldestMessage'))!;
    assert.ok(age >= 60 && age <= 130, `age of the oldest message: ${age} s`);

    const [size] = await Promise.all([datapoints('watched', 'SentMessageSize', 'SampleCount')]);
    assert.equal(size.reduce((sum, p) => sum + p.SampleCount!, 0), 3);
    assert.equal((await datapoints('watched', 'SentMessageSize', 'Maximum')).at(-1)?.Unit ?? 'Bytes', 'Bytes');
    assert.equal(Math.max(...(await datapoints('watched', 'SentMessageSize', 'Maximum')).map((p) => p.Maximum!)), 300);
    assert.equal(Math.min(...(await datapoints('watched', 'SentMessageSize', 'Minimum')).map((p) => p.Minimum!)), 5);
    assert.equal((await datapoints('watched', 'ApproximateAgeOfOldestMessage', 'Maximum')).at(-1)?.Unit, 'Seconds');
    assert.equal((await datapoints('watched', 'NumberOfMessagesSent', 'Sum')).at(-1)?.Unit, 'Count');
  });

  test('a minute with no activity reports zero counts; a deleted queue stops reporting', async () => {
    await advanceClock(cloud, '1m');
    const sent = await datapoints('watched', 'NumberOfMessagesSent', 'Sum');
    assert.equal(sent.at(-1)!.Sum, 0);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'watched' }));
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    const before = (await datapoints('watched', 'NumberOfMessagesSent', 'Sum')).length;
    await advanceClock(cloud, '2m');
    assert.equal((await datapoints('watched', 'NumberOfMessagesSent', 'Sum')).length, before);
  });
});
