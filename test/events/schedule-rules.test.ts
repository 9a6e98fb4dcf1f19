import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CreateArchiveCommand,
  CreateEventBusCommand,
  DescribeArchiveCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { createFunction, eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { expectEmpty, makeQueue, receive } from './targets-support.js';

describe('EventBridge schedule rules on the virtual clock', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;
  const dir = mkdtempSync(join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'nimbus-events-schedules-'));

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });

  after(async () => {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a rate(5 minutes) rule invokes its Lambda function three times when the clock advances 15 minutes', async () => {
    const lambda = new LambdaClient(clientConfig(cloud));
    const mark = join(dir, 'ticks');
    const fn = await createFunction(
      lambda,
      'every-five',
      { 'index.js': `exports.handler = async (event) => { require('node:fs').appendFileSync(process.env.MARK, JSON.stringify(event) + '\\n'); };` },
      { Environment: { Variables: { MARK: mark } } },
    );
    const { RuleArn } = await events.send(new PutRuleCommand({ Name: 'every-five', ScheduleExpression: 'rate(5 minutes)' }));
    await events.send(new PutTargetsCommand({ Rule: 'every-five', Targets: [{ Id: 'fn', Arn: fn.FunctionArn! }] }));

    await advanceClock(cloud, '15m');
    const lines = await eventually(() => {
      const text = existsSync(mark) ? readFileSync(mark, 'utf8').trim() : '';
      const got = text ? text.split('\n') : [];
      return got.length >= 3 ? got : undefined;
    }, 30_000, 'three invocations');
    // No fourth one comes: the next is due at 20 minutes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(readFileSync(mark, 'utf8').trim().split('\n').length, 3);
    const ticks = lines.map((line) => JSON.parse(line));
    for (const event of ticks) {
      assert.equal(event.source, 'aws.events');
      assert.equal(event['detail-type'], 'Scheduled Event');
      assert.deepEqual(event.resources, [RuleArn]);
      assert.deepEqual(event.detail, {});
      assert.equal(event.account, '000000000000');
    }
    // Five minutes of clock apart, to the second.
    const times = ticks.map((event) => Date.parse(event.time)).sort();
    assert.equal(Math.round((times[1]! - times[0]!) / 1000), 300);
    assert.equal(Math.round((times[2]! - times[1]!) / 1000), 300);
  });

  test('a six-field cron rule fires at its minutes; a disabled rule does not fire until enabled again', async () => {
    // Received messages stay hidden while the clock moves on (12 hours, the longest visibility timeout).
    const queue = await makeQueue(sqs, 'cron-ticks', { VisibilityTimeout: '43200' });
    await events.send(new PutRuleCommand({ Name: 'every-ten', ScheduleExpression: 'cron(0/10 * * * ? *)' }));
    await events.send(new PutTargetsCommand({ Rule: 'every-ten', Targets: [{ Id: 'q', Arn: queue.arn }] }));
    await advanceClock(cloud, '30m');
    const messages = await receive(sqs, queue.url, 3);
    assert.equal(messages.length, 3);
    for (const message of messages) {
      const event = JSON.parse(message.Body!);
      assert.equal(new Date(event.time).getUTCMinutes() % 10, 0);
      assert.equal(new Date(event.time).getUTCSeconds(), 0);
    }
    await expectEmpty(sqs, queue.url);

    await events.send(new DisableRuleCommand({ Name: 'every-ten' }));
    await advanceClock(cloud, '30m');
    await expectEmpty(sqs, queue.url);
    await events.send(new EnableRuleCommand({ Name: 'every-ten' }));
    await advanceClock(cloud, '10m');
    assert.equal((await receive(sqs, queue.url, 1)).length, 1);
  });
});

describe('EventBridge cron rules read as AWS reads cron', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
  });

  after(async () => {
    await cloud.close();
  });

  test('Day-of-week counts 1-7 from Sunday; L, W and # are taken; bad fields are refused', async () => {
    for (const expression of ['cron(0 12 L * ? *)', 'cron(0 12 15W * ? *)', 'cron(0 12 ? * 6#3 *)', 'cron(0 8 ? * MON-FRI *)', 'cron(0/15 * * * ? 2030-2040)']) {
      await events.send(new PutRuleCommand({ Name: 'valid', ScheduleExpression: expression }));
    }
    for (const expression of ['cron(0 12 ? * 8 *)', 'cron(0 12 * * ? 1900)', 'cron(0 12 32 * ? *)', 'cron(0 12 * * * *)']) {
      await expectAwsError(events.send(new PutRuleCommand({ Name: 'invalid', ScheduleExpression: expression })), { name: 'ValidationException', message: 'Parameter ScheduleExpression is not valid.' });
    }
    await events.send(new PutRuleCommand({ Name: 'valid', ScheduleExpression: 'rate(1 day)', State: 'DISABLED' }));

    const sqs = new SQSClient(clientConfig(cloud));
    const queue = await makeQueue(sqs, 'sundays', { VisibilityTimeout: '43200' });
    await events.send(new PutRuleCommand({ Name: 'sunday-noon', ScheduleExpression: 'cron(0 12 ? * 1 *)' }));
    await events.send(new PutTargetsCommand({ Rule: 'sunday-noon', Targets: [{ Id: 'q', Arn: queue.arn }] }));
    await advanceClock(cloud, '7d');
    const [message] = await receive(sqs, queue.url, 1);
    const time = new Date(JSON.parse(message!.Body!).time);
    assert.equal(time.getUTCDay(), 0, 'day 1 is Sunday');
    assert.equal(time.getUTCHours(), 12);
    await expectEmpty(sqs, queue.url);
  });
});

describe('EventBridge schedule rules across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-events-durable-'));

  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('a stored schedule rule fires again after Nimbus restarts on its data directory', async () => {
    let cloud = await startTestCloud({ dataDir });
    try {
      const events = new EventBridgeClient(clientConfig(cloud));
      const sqs = new SQSClient(clientConfig(cloud));
      const queue = await makeQueue(sqs, 'hourly');
      await events.send(new PutRuleCommand({ Name: 'hourly', ScheduleExpression: 'rate(1 hour)' }));
      await events.send(new PutTargetsCommand({ Rule: 'hourly', Targets: [{ Id: 'q', Arn: queue.arn }] }));
      await events.send(new CreateEventBusCommand({ Name: 'durable' }));
      await events.send(new CreateArchiveCommand({ ArchiveName: 'durable', EventSourceArn: 'arn:aws:events:us-east-1:000000000000:event-bus/durable' }));
      await events.send(new PutEventsCommand({ Entries: [{ Source: 'kept', DetailType: 'k', Detail: '{}', EventBusName: 'durable' }] }));
      await cloud.close();

      cloud = await startTestCloud({ dataDir });
      const again = new SQSClient(clientConfig(cloud));
      // The provider starts (and arms its stored schedules) on its first request.
      const restarted = new EventBridgeClient(clientConfig(cloud));
      await restarted.send(new PutRuleCommand({ Name: 'unrelated', EventPattern: '{"source":["x"]}' }));
      assert.equal((await restarted.send(new DescribeArchiveCommand({ ArchiveName: 'durable' }))).EventCount, 1, 'archived events are in the store');
      await advanceClock(cloud, '1h');
      const [message] = await receive(again, queue.url, 1);
      assert.equal(JSON.parse(message!.Body!)['detail-type'], 'Scheduled Event');
    } finally {
      await cloud.close();
    }
  });
});
