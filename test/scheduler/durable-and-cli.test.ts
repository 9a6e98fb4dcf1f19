import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CreateScheduleCommand, GetScheduleCommand, ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SQSClient } from '@aws-sdk/client-sqs';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { drain, makeQueue, receiveCount, ROLE, sendMessageTarget } from './support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-scheduler-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('schedules survive a restart with --data-dir and keep firing on the clock', async () => {
  let cloud = await startTestCloud({ dataDir });
  let scheduler = new SchedulerClient(clientConfig(cloud));
  let sqs = new SQSClient(clientConfig(cloud));
  const queue = await makeQueue(sqs, 'durable');
  await scheduler.send(new CreateScheduleCommand({ Name: 'kept', ScheduleExpression: 'rate(10 minutes)', FlexibleTimeWindow: { Mode: 'OFF' }, Target: sendMessageTarget(queue.url, 'tick') }));
  await advanceClock(cloud, '10m');
  await receiveCount(sqs, queue.url, 1);
  scheduler.destroy();
  sqs.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  scheduler = new SchedulerClient(clientConfig(cloud));
  sqs = new SQSClient(clientConfig(cloud));
  try {
    assert.equal((await scheduler.send(new GetScheduleCommand({ Name: 'kept' }))).ScheduleExpression, 'rate(10 minutes)');
    await drain(sqs, queue.url);
    await advanceClock(cloud, '30m');
    const messages = await receiveCount(sqs, queue.url, 3);
    assert.equal(messages.length, 3);
    assert.deepEqual(await drain(sqs, queue.url), []);
  } finally {
    scheduler.destroy();
    sqs.destroy();
    await cloud.close();
  }
});

test('the AWS CLI creates, reads and lists schedules and groups, and shows the errors', async () => {
  const cloud = await startTestCloud();
  const scheduler = new SchedulerClient(clientConfig(cloud));
  try {
    const group = await aws(cloud, ['scheduler', 'create-schedule-group', '--name', 'cli-group']);
    assert.equal(group.code, 0, group.stderr);
    assert.equal(group.json.ScheduleGroupArn, 'arn:aws:scheduler:us-east-1:000000000000:schedule-group/cli-group');
    const created = await aws(cloud, [
      'scheduler', 'create-schedule', '--name', 'cli-schedule', '--group-name', 'cli-group',
      '--schedule-expression', 'cron(15 10 ? * MON-FRI *)', '--schedule-expression-timezone', 'Europe/London',
      '--flexible-time-window', '{"Mode":"OFF"}',
      '--target', JSON.stringify({ Arn: 'arn:aws:sqs:us-east-1:000000000000:q', RoleArn: ROLE }),
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.ScheduleArn, 'arn:aws:scheduler:us-east-1:000000000000:schedule/cli-group/cli-schedule');
    const got = await aws(cloud, ['scheduler', 'get-schedule', '--name', 'cli-schedule', '--group-name', 'cli-group']);
    assert.equal(got.json.ScheduleExpressionTimezone, 'Europe/London');
    assert.equal(got.json.Target.RetryPolicy.MaximumRetryAttempts, 185);
    const listed = await aws(cloud, ['scheduler', 'list-schedules', '--group-name', 'cli-group']);
    assert.deepEqual(listed.json.Schedules.map((s: { Name: string }) => s.Name), ['cli-schedule']);
    const duplicate = await aws(cloud, [
      'scheduler', 'create-schedule', '--name', 'cli-schedule', '--group-name', 'cli-group', '--schedule-expression', 'rate(1 hour)',
      '--flexible-time-window', '{"Mode":"OFF"}', '--target', JSON.stringify({ Arn: 'arn:aws:sqs:us-east-1:000000000000:q', RoleArn: ROLE }),
    ]);
    assert.notEqual(duplicate.code, 0);
    assert.match(duplicate.stderr, /\(ConflictException\) when calling the CreateSchedule operation( \(reached max retries: 0\))?: Schedule cli-schedule already exists\./);
    const missing = await aws(cloud, ['scheduler', 'get-schedule-group', '--name', 'nope']);
    assert.match(missing.stderr, /\(ResourceNotFoundException\) when calling the GetScheduleGroup operation( \(reached max retries: 0\))?: Schedule group nope does not exist\./);
    // What the CLI made, the SDK sees.
    const viaSdk = await scheduler.send(new ListSchedulesCommand({ GroupName: 'cli-group' }));
    assert.equal(viaSdk.Schedules![0].Target!.Arn, 'arn:aws:sqs:us-east-1:000000000000:q');
  } finally {
    scheduler.destroy();
    await cloud.close();
  }
});
