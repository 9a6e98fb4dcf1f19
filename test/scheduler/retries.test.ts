import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SQSClient } from '@aws-sdk/client-sqs';
import { LambdaClient, PutFunctionConcurrencyCommand } from '@aws-sdk/client-lambda';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { createFunction } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { atExpression, clockNow, drain, makeQueue, receiveCount, ROLE, sendMessageTarget } from './support.js';

let cloud: Cloud;
let scheduler: SchedulerClient;
let sqs: SQSClient;
let cloudwatch: CloudWatchClient;
let dlq: { url: string; arn: string };

before(async () => {
  cloud = await startTestCloud();
  scheduler = new SchedulerClient(clientConfig(cloud));
  sqs = new SQSClient(clientConfig(cloud));
  cloudwatch = new CloudWatchClient(clientConfig(cloud));
  dlq = await makeQueue(sqs, 'scheduler-dlq');
  const lambda = new LambdaClient(clientConfig(cloud));
  await createFunction(lambda, 'throttled', { 'index.js': 'exports.handler = async () => ({ ok: true });' });
  // No concurrency at all: every Invoke is throttled (429), which Scheduler retries.
  await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'throttled', ReservedConcurrentExecutions: 0 }));
  lambda.destroy();
});

after(async () => {
  scheduler.destroy();
  sqs.destroy();
  cloudwatch.destroy();
  await cloud.close();
});

/** An at() schedule a minute ahead, on a whole second; answers its instant. */
async function onceSoon(name: string, target: Record<string, unknown>): Promise<number> {
  const instant = Math.ceil((await clockNow(cloud)) / 1000) * 1000 + 60_000;
  await scheduler.send(new CreateScheduleCommand({ Name: name, ScheduleExpression: atExpression(instant, 'UTC'), FlexibleTimeWindow: { Mode: 'OFF' }, Target: target as never }));
  return instant;
}

async function metricSum(metricName: string, start: number, dimensions?: Array<{ Name: string; Value: string }>): Promise<number> {
  // Scheduler's metrics reach CloudWatch once their minute is over, as AWS publishes them.
  await advanceClock(cloud, '1m');
  const out = await cloudwatch.send(new GetMetricStatisticsCommand({
    Namespace: 'AWS/Scheduler',
    MetricName: metricName,
    Dimensions: dimensions,
    StartTime: new Date(start - 3_600_000),
    EndTime: new Date((await clockNow(cloud)) + 60_000),
    Period: 86_400,
    Statistics: ['Sum'],
  }));
  return (out.Datapoints ?? []).reduce((sum, point) => sum + (point.Sum ?? 0), 0);
}

test('a throttled target is retried on the clock with backoff, then lands in the DLQ with the attributes', async () => {
  const instant = await onceSoon('throttled-invoke', {
    Arn: 'arn:aws:scheduler:::aws-sdk:lambda:invoke',
    RoleArn: ROLE,
    Input: JSON.stringify({ FunctionName: 'throttled' }),
    RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 600 },
    DeadLetterConfig: { Arn: dlq.arn },
  });
  // Attempts at the instant, one second later and two seconds after that.
  await advanceClock(cloud, instant - (await clockNow(cloud)) + 2000);
  assert.deepEqual(await drain(sqs, dlq.url), [], 'still retrying');
  await advanceClock(cloud, '2s');
  const [message] = await receiveCount(sqs, dlq.url, 1);
  const attributes = Object.fromEntries(Object.entries(message.MessageAttributes!).map(([k, v]) => [k, v.StringValue]));
  assert.deepEqual(Object.keys(attributes).sort(), ['ERROR_CODE', 'ERROR_MESSAGE', 'EXECUTION_ID', 'SCHEDULED_TIME', 'SCHEDULE_ARN', 'TARGET_ARN']);
  assert.equal(attributes.ERROR_CODE, 'TooManyRequestsException');
  assert.equal(attributes.ERROR_MESSAGE, 'Rate Exceeded.');
  assert.equal(attributes.SCHEDULE_ARN, 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/throttled-invoke');
  assert.equal(attributes.TARGET_ARN, 'arn:aws:scheduler:::aws-sdk:lambda:invoke');
  assert.equal(attributes.SCHEDULED_TIME, new Date(instant).toISOString().replace('.000Z', 'Z'));
  assert.match(attributes.EXECUTION_ID!, /^[0-9a-f-]{36}$/);
  assert.deepEqual(JSON.parse(message.Body!), { FunctionName: 'throttled' });

  assert.equal(await metricSum('InvocationAttemptCount', instant), 3);
  assert.equal(await metricSum('TargetErrorCount', instant), 3);
  assert.equal(await metricSum('InvocationsSentToDeadLetterCount', instant), 1);
  assert.equal(await metricSum('InvocationAttemptCount', instant, [{ Name: 'ScheduleGroup', Value: 'default' }]), 3);
});

test('an event older than MaximumEventAgeInSeconds is given up; an error AWS does not retry goes to the DLQ at once; without a DLQ it is dropped', async () => {
  const aged = await onceSoon('aged', {
    Arn: 'arn:aws:scheduler:::aws-sdk:lambda:invoke',
    RoleArn: ROLE,
    Input: JSON.stringify({ FunctionName: 'throttled' }),
    RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 60 },
    DeadLetterConfig: { Arn: dlq.arn },
  });
  // Backoff 1, 2, 4, 8, 16, 32 s: the attempt due at 63 s finds the event past its 60 s.
  await advanceClock(cloud, aged - (await clockNow(cloud)) + 40_000);
  assert.deepEqual(await drain(sqs, dlq.url), []);
  await advanceClock(cloud, '30s');
  const [agedOut] = await receiveCount(sqs, dlq.url, 1);
  assert.equal(agedOut.MessageAttributes!.SCHEDULE_ARN.StringValue, 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/aged');

  const missing = await onceSoon('to-missing-queue', {
    ...sendMessageTarget(`${cloud.endpoint}/000000000000/no-such-queue`, 'hello'),
    DeadLetterConfig: { Arn: dlq.arn },
  });
  await advanceClock(cloud, missing - (await clockNow(cloud)) + 500);
  const [notRetried] = await receiveCount(sqs, dlq.url, 1);
  assert.equal(notRetried.MessageAttributes!.ERROR_CODE.StringValue, 'QueueDoesNotExist');
  assert.equal(notRetried.MessageAttributes!.ERROR_MESSAGE.StringValue, 'The specified queue does not exist.');

  const dropped = await onceSoon('dropped', { ...sendMessageTarget(`${cloud.endpoint}/000000000000/no-such-queue`, 'hello') });
  await advanceClock(cloud, dropped - (await clockNow(cloud)) + 500);
  let droppedCount = 0;
  for (let i = 0; i < 50 && droppedCount === 0; i++) {
    droppedCount = await metricSum('InvocationDroppedCount', dropped);
    if (!droppedCount) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(droppedCount, 1);
});
