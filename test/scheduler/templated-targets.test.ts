import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateStreamCommand, DescribeStreamSummaryCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { atExpression, clockNow, makeQueue, receiveCount, ROLE } from './support.js';

let cloud: Cloud;
let scheduler: SchedulerClient;
let sqs: SQSClient;

before(async () => {
  cloud = await startTestCloud();
  scheduler = new SchedulerClient(clientConfig(cloud));
  sqs = new SQSClient(clientConfig(cloud));
});

after(async () => {
  scheduler.destroy();
  sqs.destroy();
  await cloud.close();
});

test('an SQS FIFO target gets the input with the context attributes, in the MessageGroupId given', async () => {
  const fifo = await makeQueue(sqs, 'jobs.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
  await scheduler.send(new CreateScheduleCommand({
    Name: 'to-fifo',
    ScheduleExpression: 'rate(1 minute)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: fifo.arn, RoleArn: ROLE, Input: '{"job":"sweep","at":"<aws.scheduler.scheduled-time>"}', SqsParameters: { MessageGroupId: 'sweepers' } },
  }));
  await advanceClock(cloud, '3m');
  const messages = await receiveCount(sqs, fifo.url, 3);
  assert.ok(messages.every((m) => m.Attributes!.MessageGroupId === 'sweepers'));
  const bodies = messages.map((m) => JSON.parse(m.Body!) as { job: string; at: string });
  assert.ok(bodies.every((b) => b.job === 'sweep' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(b.at)));
  assert.equal(new Set(bodies.map((b) => b.at)).size, 3);
  await scheduler.send(new DeleteScheduleCommand({ Name: 'to-fifo' }));
});

test('an EventBridge PutEvents target puts an event with DetailType, Source, the schedule as resource and the input as detail', async () => {
  const routed = await makeQueue(sqs, 'routed');
  const events = new EventBridgeClient(clientConfig(cloud));
  await events.send(new PutRuleCommand({ Name: 'from-scheduler', EventPattern: JSON.stringify({ source: ['my.scheduler'] }) }));
  await events.send(new PutTargetsCommand({ Rule: 'from-scheduler', Targets: [{ Id: 'q', Arn: routed.arn }] }));
  const instant = Math.ceil((await clockNow(cloud)) / 1000) * 1000 + 60_000;
  await scheduler.send(new CreateScheduleCommand({
    Name: 'to-bus',
    ScheduleExpression: atExpression(instant, 'UTC'),
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: {
      Arn: 'arn:aws:events:us-east-1:000000000000:event-bus/default',
      RoleArn: ROLE,
      Input: '{"order":42}',
      EventBridgeParameters: { DetailType: 'Nightly Report', Source: 'my.scheduler' },
    },
  }));
  await advanceClock(cloud, '2m');
  const [message] = await receiveCount(sqs, routed.url, 1);
  const event = JSON.parse(message.Body!) as Record<string, unknown>;
  assert.equal(event['detail-type'], 'Nightly Report');
  assert.equal(event.source, 'my.scheduler');
  assert.deepEqual(event.resources, ['arn:aws:scheduler:us-east-1:000000000000:schedule/default/to-bus']);
  assert.deepEqual(event.detail, { order: 42 });
  assert.equal(event.account, '000000000000');
  events.destroy();
});

test('a Lambda function that does not exist is not retried: the DLQ gets it with the target side error', async () => {
  const dlq = await makeQueue(sqs, 'lambda-dlq');
  const instant = Math.ceil((await clockNow(cloud)) / 1000) * 1000 + 60_000;
  await scheduler.send(new CreateScheduleCommand({
    Name: 'to-missing-function',
    ScheduleExpression: atExpression(instant, 'UTC'),
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: 'arn:aws:lambda:us-east-1:000000000000:function:ghost', RoleArn: ROLE, DeadLetterConfig: { Arn: dlq.arn } },
  }));
  await advanceClock(cloud, '2m');
  const [message] = await receiveCount(sqs, dlq.url, 1);
  assert.equal(message.MessageAttributes!.TARGET_ARN.StringValue, 'arn:aws:lambda:us-east-1:000000000000:function:ghost');
  assert.equal(message.MessageAttributes!.ERROR_CODE.StringValue, 'RESOURCE_NOT_FOUND');
  assert.equal(message.MessageAttributes!.ERROR_MESSAGE.StringValue, 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:ghost');
  assert.equal(message.Body, '{}', 'a target without Input receives an empty JSON object');
});

test('a Kinesis target puts a record under the PartitionKey given; an SNS target publishes to the topic', async () => {
  const kinesis = new KinesisClient(clientConfig(cloud));
  const sns = new SNSClient(clientConfig(cloud));
  await kinesis.send(new CreateStreamCommand({ StreamName: 'ticks', ShardCount: 1 }));
  const streamArn = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'ticks' }))).StreamDescriptionSummary!.StreamARN!;
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'ticks' }));
  const subscriber = await makeQueue(sqs, 'topic-subscriber');
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: subscriber.arn }] };
  await sqs.send(new SetQueueAttributesCommand({ QueueUrl: subscriber.url, Attributes: { Policy: JSON.stringify(policy) } }));
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: subscriber.arn, Attributes: { RawMessageDelivery: 'true' } }));
  const instant = Math.ceil((await clockNow(cloud)) / 1000) * 1000 + 60_000;
  for (const [name, target] of [
    ['to-stream', { Arn: streamArn, RoleArn: ROLE, Input: '{"tick":"<aws.scheduler.scheduled-time>"}', KinesisParameters: { PartitionKey: 'tick-key' } }],
    ['to-topic', { Arn: TopicArn!, RoleArn: ROLE, Input: 'plain text at <aws.scheduler.scheduled-time>' }],
  ] as const) {
    await scheduler.send(new CreateScheduleCommand({ Name: name, ScheduleExpression: atExpression(instant, 'UTC'), FlexibleTimeWindow: { Mode: 'OFF' }, Target: target }));
  }
  await advanceClock(cloud, '2m');
  const scheduled = new Date(instant).toISOString().replace('.000Z', 'Z');
  const [published] = await receiveCount(sqs, subscriber.url, 1);
  assert.equal(published.Body, `plain text at ${scheduled}`);
  const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: 'ticks' }));
  const iterator = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'ticks', ShardId: Shards![0].ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
  const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }));
  assert.equal(Records!.length, 1);
  assert.equal(Records![0].PartitionKey, 'tick-key');
  assert.deepEqual(JSON.parse(Buffer.from(Records![0].Data!).toString('utf8')), { tick: scheduled });
  kinesis.destroy();
  sns.destroy();
});
