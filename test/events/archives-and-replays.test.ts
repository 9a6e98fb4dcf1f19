import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancelReplayCommand,
  CreateArchiveCommand,
  CreateEventBusCommand,
  DeleteArchiveCommand,
  DeleteEventBusCommand,
  DescribeArchiveCommand,
  DescribeReplayCommand,
  DescribeRuleCommand,
  EventBridgeClient,
  ListArchivesCommand,
  ListReplaysCommand,
  ListRulesCommand,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  StartReplayCommand,
  UpdateArchiveCommand,
} from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { expectEmpty, makeQueue, receive } from './targets-support.js';

const ACCOUNT = '000000000000';
const busArn = (name: string) => `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/${name}`;
const archiveArn = (name: string) => `arn:aws:events:us-east-1:${ACCOUNT}:archive/${name}`;

describe('EventBridge archives and replays', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    await events.send(new CreateEventBusCommand({ Name: 'shop' }));
  });

  after(async () => {
    await cloud.close();
  });

  const put = (source: string, detail: unknown, busName = 'shop') =>
    events.send(new PutEventsCommand({ Entries: [{ Source: source, DetailType: 'Order', Detail: JSON.stringify(detail), EventBusName: busName }] }));

  test('an archive keeps the bus\'s events its pattern takes, and a replay puts them back on the bus with replay-name', async () => {
    const start = new Date(Date.now() - 60_000);
    const created = await events.send(new CreateArchiveCommand({ ArchiveName: 'orders', EventSourceArn: busArn('shop'), EventPattern: JSON.stringify({ source: ['shop.orders'] }), Description: 'all orders' }));
    assert.equal(created.ArchiveArn, archiveArn('orders'));
    assert.equal(created.State, 'ENABLED');

    const queueA = await makeQueue(sqs, 'replayed-a', { VisibilityTimeout: '43200' });
    const queueB = await makeQueue(sqs, 'replayed-b', { VisibilityTimeout: '43200' });
    const { RuleArn: ruleA } = await events.send(new PutRuleCommand({ Name: 'a', EventBusName: 'shop', EventPattern: JSON.stringify({ source: ['shop.orders'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'a', EventBusName: 'shop', Targets: [{ Id: 'q', Arn: queueA.arn }] }));
    await events.send(new PutRuleCommand({ Name: 'b', EventBusName: 'shop', EventPattern: JSON.stringify({ source: ['shop.orders'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'b', EventBusName: 'shop', Targets: [{ Id: 'q', Arn: queueB.arn }] }));

    const first = await put('shop.orders', { n: 1 });
    await put('shop.orders', { n: 2 });
    await put('shop.other', { n: 3 });
    const live = await receive(sqs, queueA.url, 2);
    await receive(sqs, queueB.url, 2);

    // The archive is fed by a rule AWS manages on the bus, which leaves replayed events out.
    const managed = await events.send(new DescribeRuleCommand({ Name: 'Events-Archive-orders', EventBusName: 'shop' }));
    assert.equal(managed.ManagedBy, 'prod.vhs.events.aws.internal');
    assert.deepEqual(JSON.parse(managed.EventPattern!), { source: ['shop.orders'], 'replay-name': [{ exists: false }] });

    const described = await events.send(new DescribeArchiveCommand({ ArchiveName: 'orders' }));
    assert.equal(described.EventCount, 2);
    assert.ok(described.SizeBytes! > 0);
    assert.equal(described.EventSourceArn, busArn('shop'));
    assert.equal(described.RetentionDays, 0);
    assert.equal(described.Description, 'all orders');

    // A replay to rule a alone.
    const end = new Date(Date.now() + 1000);
    const started = await events.send(
      new StartReplayCommand({ ReplayName: 'again', EventSourceArn: archiveArn('orders'), EventStartTime: start, EventEndTime: end, Destination: { Arn: busArn('shop'), FilterArns: [ruleA!] } }),
    );
    assert.equal(started.State, 'STARTING');
    assert.equal(started.ReplayArn, `arn:aws:events:us-east-1:${ACCOUNT}:replay/again`);
    const done = await eventually(async () => {
      const replay = await events.send(new DescribeReplayCommand({ ReplayName: 'again' }));
      return replay.State === 'COMPLETED' ? replay : undefined;
    }, 5000, 'the replay to complete');
    assert.ok(done.ReplayEndTime instanceof Date);
    assert.ok(done.EventLastReplayedTime instanceof Date);
    assert.deepEqual(done.Destination, { Arn: busArn('shop'), FilterArns: [ruleA] });

    const replayed = await receive(sqs, queueA.url, 2);
    const bodies = replayed.map((m) => JSON.parse(m.Body!));
    assert.deepEqual(bodies.map((e) => e['replay-name']), ['again', 'again']);
    assert.deepEqual(bodies.map((e) => e.detail.n).sort(), [1, 2]);
    const original = JSON.parse(live.find((m) => JSON.parse(m.Body!).id === first.Entries![0]!.EventId)!.Body!);
    const again = bodies.find((e) => e.id === original.id);
    assert.ok(again, 'a replayed event keeps its id');
    assert.equal(again.time, original.time);
    await expectEmpty(sqs, queueB.url);
    // Replayed events are not archived again.
    assert.equal((await events.send(new DescribeArchiveCommand({ ArchiveName: 'orders' }))).EventCount, 2);

    const listed = await events.send(new ListReplaysCommand({ NamePrefix: 'ag' }));
    assert.deepEqual(listed.Replays!.map((r) => [r.ReplayName, r.State, r.EventSourceArn]), [['again', 'COMPLETED', archiveArn('orders')]]);
    await expectAwsError(events.send(new CancelReplayCommand({ ReplayName: 'again' })), {
      name: 'IllegalStatusException',
      message: 'Replay again is not in a valid state for this operation.',
      status: 400,
    });
    await expectAwsError(
      events.send(new StartReplayCommand({ ReplayName: 'again', EventSourceArn: archiveArn('orders'), EventStartTime: start, EventEndTime: end, Destination: { Arn: busArn('shop') } })),
      { name: 'ResourceAlreadyExistsException', message: 'Replay again already exists.' },
    );
  });

  test('a replay goes 100 events a second of clock time; CancelReplay stops it (CANCELLING, then CANCELLED)', async () => {
    const start = new Date(Date.now() - 60_000);
    await events.send(new CreateEventBusCommand({ Name: 'bulk' }));
    await events.send(new CreateArchiveCommand({ ArchiveName: 'bulk', EventSourceArn: busArn('bulk') }));
    for (let call = 0; call < 15; call++) {
      const entries = Array.from({ length: 10 }, (_, i) => ({ Source: 'bulk', DetailType: 'n', Detail: JSON.stringify({ n: call * 10 + i }), EventBusName: 'bulk' }));
      assert.equal((await events.send(new PutEventsCommand({ Entries: entries }))).FailedEntryCount, 0);
    }
    assert.equal((await events.send(new DescribeArchiveCommand({ ArchiveName: 'bulk' }))).EventCount, 150);
    await events.send(new StartReplayCommand({ ReplayName: 'bulk-again', EventSourceArn: archiveArn('bulk'), EventStartTime: start, EventEndTime: new Date(Date.now() + 1000), Destination: { Arn: busArn('bulk') } }));
    // The first 100 go at once; the other 50 wait a second of clock time.
    await eventually(async () => (await events.send(new DescribeReplayCommand({ ReplayName: 'bulk-again' }))).State === 'RUNNING', 5000, 'the replay to run');
    const cancelling = await events.send(new CancelReplayCommand({ ReplayName: 'bulk-again' }));
    assert.equal(cancelling.State, 'CANCELLING');
    assert.equal((await events.send(new ListReplaysCommand({ State: 'CANCELLING' }))).Replays!.map((r) => r.ReplayName).join(), 'bulk-again');
    await advanceClock(cloud, '1s');
    const cancelled = await eventually(async () => {
      const replay = await events.send(new DescribeReplayCommand({ ReplayName: 'bulk-again' }));
      return replay.State === 'CANCELLED' ? replay : undefined;
    }, 5000, 'the replay to be cancelled');
    assert.ok(cancelled.ReplayEndTime instanceof Date);
    assert.ok(cancelled.EventLastReplayedTime instanceof Date);
  });

  test('archive and replay errors as AWS words them', async () => {
    await expectAwsError(events.send(new CreateArchiveCommand({ ArchiveName: 'x', EventSourceArn: busArn('ghost') })), { name: 'ResourceNotFoundException', message: 'Event bus ghost does not exist.' });
    await expectAwsError(events.send(new CreateArchiveCommand({ ArchiveName: 'x', EventSourceArn: busArn('shop'), EventPattern: '{"source": 1}' })), {
      name: 'InvalidEventPatternException',
      message: /^Event pattern is not valid\. Reason: /,
    });
    await events.send(new CreateArchiveCommand({ ArchiveName: 'dup', EventSourceArn: busArn('shop') }));
    await expectAwsError(events.send(new CreateArchiveCommand({ ArchiveName: 'dup', EventSourceArn: busArn('shop') })), { name: 'ResourceAlreadyExistsException', message: 'Archive dup already exists.' });
    await expectAwsError(events.send(new DescribeArchiveCommand({ ArchiveName: 'none' })), { name: 'ResourceNotFoundException', message: 'Archive none does not exist.', status: 400 });
    await expectAwsError(events.send(new ListArchivesCommand({ NamePrefix: 'd', State: 'ENABLED' })), {
      name: 'ValidationException',
      message: 'At most one filter is allowed for ListArchives. Use either : State, EventSourceArn, or NamePrefix.',
    });

    const range = { EventStartTime: new Date(Date.now() - 60_000), EventEndTime: new Date() };
    await expectAwsError(events.send(new StartReplayCommand({ ReplayName: 'r', EventSourceArn: archiveArn('none'), ...range, Destination: { Arn: busArn('shop') } })), {
      name: 'ValidationException',
      message: 'Parameter EventSourceArn is not valid. Reason: Archive none does not exist.',
    });
    await expectAwsError(events.send(new StartReplayCommand({ ReplayName: 'r', EventSourceArn: archiveArn('dup'), ...range, Destination: { Arn: 'arn:aws:sqs:us-east-1:000000000000:q' } })), {
      name: 'ValidationException',
      message: 'Parameter Destination.Arn is not valid. Reason: Must contain an event bus ARN.',
    });
    await expectAwsError(events.send(new StartReplayCommand({ ReplayName: 'r', EventSourceArn: archiveArn('dup'), ...range, Destination: { Arn: busArn('default') } })), {
      name: 'ValidationException',
      message: 'Parameter Destination.Arn is not valid. Reason: Cross event bus replay is not permitted.',
    });
    await expectAwsError(
      events.send(new StartReplayCommand({ ReplayName: 'r', EventSourceArn: archiveArn('dup'), EventStartTime: range.EventEndTime, EventEndTime: range.EventStartTime, Destination: { Arn: busArn('shop') } })),
      { name: 'ValidationException', message: 'Parameter EventEndTime is not valid. Reason: EventStartTime must be before EventEndTime.' },
    );
    await expectAwsError(events.send(new DescribeReplayCommand({ ReplayName: 'none' })), { name: 'ResourceNotFoundException', message: 'Replay none does not exist.' });
  });

  test('retention on the clock: archived events older than RetentionDays go; UpdateArchive and DeleteArchive', async () => {
    await events.send(new CreateEventBusCommand({ Name: 'kept' }));
    await events.send(new CreateArchiveCommand({ ArchiveName: 'short', EventSourceArn: busArn('kept'), RetentionDays: 1 }));
    await events.send(new CreateArchiveCommand({ ArchiveName: 'forever', EventSourceArn: busArn('kept') }));
    await put('any', { a: 1 }, 'kept');
    await put('any', { a: 2 }, 'kept');
    assert.equal((await events.send(new DescribeArchiveCommand({ ArchiveName: 'short' }))).EventCount, 2);

    await advanceClock(cloud, '2d');
    assert.equal((await events.send(new DescribeArchiveCommand({ ArchiveName: 'short' }))).EventCount, 0);
    assert.equal((await events.send(new DescribeArchiveCommand({ ArchiveName: 'forever' }))).EventCount, 2);

    const updated = await events.send(new UpdateArchiveCommand({ ArchiveName: 'forever', RetentionDays: 3, EventPattern: JSON.stringify({ source: ['only'] }), Description: 'now three days' }));
    assert.equal(updated.ArchiveArn, archiveArn('forever'));
    await put('any', { a: 3 }, 'kept');
    const forever = await events.send(new DescribeArchiveCommand({ ArchiveName: 'forever' }));
    assert.equal(forever.EventCount, 2, 'the new pattern takes only source "only"');
    assert.equal(forever.RetentionDays, 3);
    assert.equal(forever.Description, 'now three days');

    const bySource = await events.send(new ListArchivesCommand({ EventSourceArn: busArn('kept') }));
    assert.deepEqual(bySource.Archives!.map((a) => a.ArchiveName), ['forever', 'short']);
    // A bus with archives has their rules, and is not deleted while they are there.
    await expectAwsError(events.send(new DeleteEventBusCommand({ Name: 'kept' })), { name: 'ValidationException', message: "EventBus can't be deleted since it has rules." });
    await events.send(new DeleteArchiveCommand({ ArchiveName: 'short' }));
    await expectAwsError(events.send(new DeleteArchiveCommand({ ArchiveName: 'short' })), { name: 'ResourceNotFoundException', message: 'Archive short does not exist.' });
    assert.deepEqual((await events.send(new ListRulesCommand({ EventBusName: 'kept' }))).Rules!.map((r) => r.Name), ['Events-Archive-forever']);
    await events.send(new DeleteArchiveCommand({ ArchiveName: 'forever' }));
    await events.send(new DeleteEventBusCommand({ Name: 'kept' }));
  });
});
