import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CreateScheduleCommand, CreateScheduleGroupCommand, DeleteScheduleCommand, DeleteScheduleGroupCommand, GetScheduleCommand, SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { SQSClient } from '@aws-sdk/client-sqs';
import { CreateTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { atExpression, clockNow, drain, makeQueue, receiveCount, sendMessageTarget, setClock } from './support.js';

let cloud: Cloud;
let scheduler: SchedulerClient;
let sqs: SQSClient;
let queue: { url: string; arn: string };

const CONTEXT_BODY = '<aws.scheduler.scheduled-time>|<aws.scheduler.attempt-number>|<aws.scheduler.schedule-arn>|<aws.scheduler.execution-id>';
const scheduledTimes = (messages: Array<{ Body?: string }>) => messages.map((m) => m.Body!.split('|')[0]).sort();
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

before(async () => {
  cloud = await startTestCloud();
  scheduler = new SchedulerClient(clientConfig(cloud));
  sqs = new SQSClient(clientConfig(cloud));
  queue = await makeQueue(sqs, 'fired');
});

after(async () => {
  scheduler.destroy();
  sqs.destroy();
  await cloud.close();
});

test('an at() schedule in a time zone fires once at its instant, with the context attributes, and ActionAfterCompletion DELETE removes it', async () => {
  const now = await clockNow(cloud);
  const instant = Math.ceil((now + 2 * 3_600_000) / 1000) * 1000 + 30_000;
  const expression = atExpression(instant, 'Asia/Tokyo');
  await scheduler.send(new CreateScheduleCommand({
    Name: 'once',
    ScheduleExpression: expression,
    ScheduleExpressionTimezone: 'Asia/Tokyo',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    Target: sendMessageTarget(queue.url, CONTEXT_BODY),
  }));
  await advanceClock(cloud, instant - (await clockNow(cloud)) - 1000);
  assert.deepEqual(await drain(sqs, queue.url), [], 'nothing before the instant');
  await advanceClock(cloud, '2s');
  const [message] = await receiveCount(sqs, queue.url, 1);
  const [scheduledTime, attempt, scheduleArn, executionId] = message.Body!.split('|');
  assert.equal(scheduledTime, iso(instant));
  assert.equal(attempt, '1');
  assert.equal(scheduleArn, 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/once');
  assert.match(executionId, /^[0-9a-f-]{36}$/);
  await advanceClock(cloud, '1d');
  assert.deepEqual(await drain(sqs, queue.url), [], 'a one-time schedule fires once');
  await expectAwsError(scheduler.send(new GetScheduleCommand({ Name: 'once' })), { name: 'ResourceNotFoundException', message: 'Schedule once does not exist.', status: 404 });
});

test('a rate schedule fires once a period over an advance; disabled, it stops; ActionAfterCompletion NONE keeps an at() schedule', async () => {
  await scheduler.send(new CreateScheduleCommand({
    Name: 'every-10',
    ScheduleExpression: 'rate(10 minutes)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: sendMessageTarget(queue.url, CONTEXT_BODY),
  }));
  await advanceClock(cloud, '1h');
  const messages = await receiveCount(sqs, queue.url, 6);
  const times = scheduledTimes(messages).map((t) => Date.parse(t));
  assert.equal(times.length, 6);
  for (let i = 1; i < times.length; i++) assert.equal(times[i] - times[i - 1], 600_000);

  await scheduler.send(new UpdateScheduleCommand({
    Name: 'every-10',
    ScheduleExpression: 'rate(10 minutes)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    State: 'DISABLED',
    Target: sendMessageTarget(queue.url, CONTEXT_BODY),
  }));
  await advanceClock(cloud, '1h');
  assert.deepEqual(await drain(sqs, queue.url), [], 'a disabled schedule does not fire');
  await scheduler.send(new DeleteScheduleCommand({ Name: 'every-10' }));

  const instant = Math.ceil((await clockNow(cloud)) / 60_000) * 60_000 + 120_000;
  await scheduler.send(new CreateScheduleCommand({ Name: 'kept', ScheduleExpression: atExpression(instant, 'UTC'), FlexibleTimeWindow: { Mode: 'OFF' }, Target: sendMessageTarget(queue.url, CONTEXT_BODY) }));
  await advanceClock(cloud, '5m');
  await receiveCount(sqs, queue.url, 1);
  assert.equal((await scheduler.send(new GetScheduleCommand({ Name: 'kept' }))).State, 'ENABLED');
  await scheduler.send(new DeleteScheduleCommand({ Name: 'kept' }));
});

test('StartDate and EndDate bound a rate schedule', async () => {
  const start = Math.ceil((await clockNow(cloud)) / 60_000) * 60_000 + 2 * 3_600_000;
  const end = start + 3.5 * 3_600_000;
  await scheduler.send(new CreateScheduleCommand({
    Name: 'bounded',
    ScheduleExpression: 'rate(1 hour)',
    StartDate: new Date(start),
    EndDate: new Date(end),
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: sendMessageTarget(queue.url, CONTEXT_BODY),
  }));
  await advanceClock(cloud, '10h');
  const messages = await receiveCount(sqs, queue.url, 4);
  assert.deepEqual(scheduledTimes(messages), [0, 1, 2, 3].map((h) => iso(start + h * 3_600_000)));
  await advanceClock(cloud, '1m');
  assert.deepEqual(await drain(sqs, queue.url), []);
  await scheduler.send(new DeleteScheduleCommand({ Name: 'bounded' }));
});

test('a flexible time window fires once within the window after the scheduled time', async () => {
  const instant = Math.ceil((await clockNow(cloud)) / 60_000) * 60_000 + 3_600_000;
  await scheduler.send(new CreateScheduleCommand({
    Name: 'flexible',
    ScheduleExpression: atExpression(instant, 'UTC'),
    FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
    Target: sendMessageTarget(queue.url, CONTEXT_BODY),
  }));
  await advanceClock(cloud, instant - (await clockNow(cloud)) - 1000);
  assert.deepEqual(await drain(sqs, queue.url), []);
  await advanceClock(cloud, '15m');
  const [message] = await receiveCount(sqs, queue.url, 1);
  const sent = Number(message.Attributes!.SentTimestamp);
  assert.ok(sent >= instant && sent < instant + 15 * 60_000, `sent ${iso(sent)} within 15 minutes of ${iso(instant)}`);
  assert.equal(message.Body!.split('|')[0], iso(instant), 'the scheduled time is the occurrence, not the moment in the window');
  await scheduler.send(new DeleteScheduleCommand({ Name: 'flexible' }));
});

test('a universal target calls the API with its typed input: dynamodb:putItem', async () => {
  const dynamodb = new DynamoDBClient(clientConfig(cloud));
  await dynamodb.send(new CreateTableCommand({
    TableName: 'runs',
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  }));
  await scheduler.send(new CreateScheduleCommand({
    Name: 'put-item',
    ScheduleExpression: 'rate(1 hour)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: {
      Arn: 'arn:aws:scheduler:::aws-sdk:dynamodb:putItem',
      RoleArn: 'arn:aws:iam::000000000000:role/scheduler-role',
      Input: JSON.stringify({ TableName: 'runs', Item: { id: { S: '<aws.scheduler.execution-id>' }, at: { S: '<aws.scheduler.scheduled-time>' }, n: { N: '1' } } }),
    },
  }));
  await advanceClock(cloud, '2h');
  let items: Array<Record<string, { S?: string; N?: string }>> = [];
  for (let i = 0; i < 100 && items.length < 2; i++) {
    items = ((await dynamodb.send(new ScanCommand({ TableName: 'runs' }))).Items ?? []) as typeof items;
    if (items.length < 2) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(items.length, 2);
  assert.ok(items.every((item) => /^[0-9a-f-]{36}$/.test(item.id.S!) && item.n.N === '1'));
  await scheduler.send(new DeleteScheduleCommand({ Name: 'put-item' }));
  dynamodb.destroy();
});

test('enabled again, a schedule fires again; the schedules of a deleted group stop at once', async () => {
  const definition = { Name: 'toggled', ScheduleExpression: 'rate(5 minutes)', FlexibleTimeWindow: { Mode: 'OFF' as const }, Target: sendMessageTarget(queue.url, CONTEXT_BODY) };
  await scheduler.send(new CreateScheduleCommand({ ...definition, State: 'DISABLED' }));
  await advanceClock(cloud, '10m');
  assert.deepEqual(await drain(sqs, queue.url), []);
  await scheduler.send(new UpdateScheduleCommand({ ...definition, State: 'ENABLED' }));
  await advanceClock(cloud, '10m');
  assert.equal((await receiveCount(sqs, queue.url, 2)).length, 2);
  await scheduler.send(new DeleteScheduleCommand({ Name: 'toggled' }));

  await scheduler.send(new CreateScheduleGroupCommand({ Name: 'doomed' }));
  await scheduler.send(new CreateScheduleCommand({ ...definition, Name: 'in-doomed', GroupName: 'doomed' }));
  await scheduler.send(new DeleteScheduleGroupCommand({ Name: 'doomed' }));
  await advanceClock(cloud, '30m');
  assert.deepEqual(await drain(sqs, queue.url), [], 'nothing fires from a group being deleted, nor after');
});

test('a cron schedule in America/New_York keeps its local hour across the spring DST change', async () => {
  await setClock(cloud, '2027-03-12T00:00:00Z');
  await scheduler.send(new CreateScheduleCommand({
    Name: 'nine-local',
    ScheduleExpression: 'cron(0 9 * 3 ? 2027)',
    ScheduleExpressionTimezone: 'America/New_York',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: sendMessageTarget(queue.url, CONTEXT_BODY),
  }));
  await advanceClock(cloud, '4d');
  const messages = await receiveCount(sqs, queue.url, 4);
  // 09:00 EST is 14:00 UTC; from 14 March 2027 (the second Sunday), 09:00 EDT is 13:00 UTC.
  assert.deepEqual(scheduledTimes(messages), ['2027-03-12T14:00:00Z', '2027-03-13T14:00:00Z', '2027-03-14T13:00:00Z', '2027-03-15T13:00:00Z']);
  // The Year field ends it: nothing in 2028.
  await setClock(cloud, '2028-03-05T00:00:00Z');
  await drain(sqs, queue.url);
  await advanceClock(cloud, '3d');
  assert.deepEqual(await drain(sqs, queue.url), []);
});
