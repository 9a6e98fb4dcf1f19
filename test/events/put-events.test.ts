import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateEventBusCommand, EventBridgeClient, PutEventsCommand, PutPermissionCommand, PutRuleCommand, PutTargetsCommand, DisableRuleCommand } from '@aws-sdk/client-eventbridge';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { expectEmpty, makeQueue, receive } from './targets-support.js';

const OTHER_ACCOUNT = '111111111111';

describe('EventBridge PutEvents', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;
  /** A client of another account (a 12-digit access key is that account). */
  let other: EventBridgeClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    other = new EventBridgeClient({ ...clientConfig(cloud), credentials: { accessKeyId: OTHER_ACCOUNT, secretAccessKey: 'test' } });
  });

  after(async () => {
    await cloud.close();
  });

  test('a pattern rule routes matching events to its SQS queue and ignores the others', async () => {
    const queue = await makeQueue(sqs, 'big-orders');
    const pattern = { source: ['shop'], 'detail-type': ['Order Placed'], detail: { amount: [{ numeric: ['>=', 100] }] } };
    await events.send(new PutRuleCommand({ Name: 'big-orders', EventPattern: JSON.stringify(pattern) }));
    await events.send(new PutTargetsCommand({ Rule: 'big-orders', Targets: [{ Id: 'q', Arn: queue.arn }] }));

    const out = await events.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'shop', DetailType: 'Order Placed', Detail: JSON.stringify({ amount: 150 }) },
          { Source: 'shop', DetailType: 'Order Placed', Detail: JSON.stringify({ amount: 5 }) },
          { Source: 'other', DetailType: 'Order Placed', Detail: JSON.stringify({ amount: 500 }) },
          { Source: 'shop', DetailType: 'Order Shipped', Detail: JSON.stringify({ amount: 500 }), Time: new Date('2026-03-04T05:06:07.890Z') },
        ],
      }),
    );
    assert.equal(out.FailedEntryCount, 0);
    assert.equal(out.Entries!.length, 4);
    assert.ok(out.Entries!.every((e) => /^[0-9a-f-]{36}$/.test(e.EventId!)));

    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.deepEqual(Object.keys(event), ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    assert.equal(event.version, '0');
    assert.equal(event.id, out.Entries![0]!.EventId);
    assert.equal(event.account, '000000000000');
    assert.equal(event.region, 'us-east-1');
    assert.match(event.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(event.detail, { amount: 150 });
    await expectEmpty(sqs, queue.url);

    // A disabled rule routes nothing.
    await events.send(new DisableRuleCommand({ Name: 'big-orders' }));
    await events.send(new PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'Order Placed', Detail: JSON.stringify({ amount: 999 }) }] }));
    await expectEmpty(sqs, queue.url);
  });

  test('an entry Time is kept to the second', async () => {
    const queue = await makeQueue(sqs, 'timed');
    await events.send(new PutRuleCommand({ Name: 'timed', EventPattern: JSON.stringify({ source: ['clock'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'timed', Targets: [{ Id: 'q', Arn: queue.arn }] }));
    await events.send(new PutEventsCommand({ Entries: [{ Source: 'clock', DetailType: 't', Detail: '{}', Time: new Date('2026-03-04T05:06:07.890Z'), Resources: ['arn:aws:s3:::b'] }] }));
    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.time, '2026-03-04T05:06:07Z');
    assert.deepEqual(event.resources, ['arn:aws:s3:::b']);
  });

  test('each bad entry fails alone with its ErrorCode and ErrorMessage', async () => {
    const out = await events.send(
      new PutEventsCommand({
        Entries: [
          { DetailType: 't', Detail: '{}' },
          { Source: 's', Detail: '{}' },
          { Source: 's', DetailType: 't' },
          { Source: 's', DetailType: 't', Detail: 'not json' },
          { Source: 's', DetailType: 't', Detail: '[1, 2]' },
          { Source: 'aws.s3', DetailType: 't', Detail: '{}' },
          { Source: 's', DetailType: 't', Detail: '{}', EventBusName: 'missing-bus' },
          { Source: 's', DetailType: 't', Detail: '{"ok": true}' },
        ],
      }),
    );
    assert.equal(out.FailedEntryCount, 6);
    assert.deepEqual(out.Entries!.slice(0, 6), [
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' },
    ]);
    // An event for a bus that does not exist gets an EventId and goes nowhere, as AWS answers it.
    assert.match(out.Entries![6]!.EventId!, /^[0-9a-f-]{36}$/);
    assert.ok(out.Entries![7]!.EventId);
  });

  test('request limits: 1 to 10 entries and 1 MB counted as AWS counts entry sizes', async () => {
    const entry = { Source: 's', DetailType: 't', Detail: '{}' };
    await expectAwsError(events.send(new PutEventsCommand({ Entries: Array.from({ length: 11 }, () => entry) })), {
      name: 'ValidationException',
      message: /^1 validation error detected: Value .* at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10$/,
      status: 400,
    });
    await expectAwsError(events.send(new PutEventsCommand({ Entries: [] })), { name: 'ValidationException', message: /at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1/ });
    // Source (1) + DetailType (1) + Detail: exactly 1 MiB passes, one byte more does not.
    const detailOf = (bytes: number) => JSON.stringify({ p: 'x'.repeat(bytes - 8) });
    assert.equal(Buffer.byteLength(detailOf(1000)), 1000);
    const fits = await events.send(new PutEventsCommand({ Entries: [{ ...entry, Detail: detailOf(1024 * 1024 - 2) }] }));
    assert.equal(fits.FailedEntryCount, 0);
    await expectAwsError(events.send(new PutEventsCommand({ Entries: [{ ...entry, Detail: detailOf(1024 * 1024 - 1) }] })), {
      name: 'ValidationException',
      message: 'Total size of the entries in the request is over the limit.',
      status: 400,
    });
    // A Time counts 14 bytes; sizes add up over the entries.
    const half = detailOf(512 * 1024);
    await expectAwsError(events.send(new PutEventsCommand({ Entries: [{ ...entry, Detail: half }, { ...entry, Detail: half, Time: new Date() }] })), {
      name: 'ValidationException',
      message: 'Total size of the entries in the request is over the limit.',
    });
  });

  test('AWS/Events metrics: MatchedEvents by RuleName, and what PutEvents took', async () => {
    const started = new Date(Date.now() - 60_000);
    await events.send(new PutRuleCommand({ Name: 'counted', EventPattern: JSON.stringify({ source: ['metered'] }) }));
    const entry = { Source: 'metered', DetailType: 'm', Detail: '{}' };
    await events.send(new PutEventsCommand({ Entries: [entry, entry, { ...entry, Source: 'unmetered' }] }));
    await events.send(new PutEventsCommand({ Entries: [entry] }));
    await advanceClock(cloud, '2m');
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const sum = async (metricName: string, dimensions: Array<{ Name: string; Value: string }> = []) => {
      const out = await cloudwatch.send(
        new GetMetricStatisticsCommand({ Namespace: 'AWS/Events', MetricName: metricName, Dimensions: dimensions, StartTime: started, EndTime: new Date(Date.now() + 10 * 60_000), Period: 3600, Statistics: ['Sum'] }),
      );
      return out.Datapoints?.reduce((total, point) => total + point.Sum!, 0) ?? 0;
    };
    await eventually(async () => (await sum('MatchedEvents', [{ Name: 'RuleName', Value: 'counted' }])) === 3, 5000, 'MatchedEvents for the rule');
    assert.ok((await sum('PutEventsEntriesCount')) >= 4);
    assert.ok((await sum('PutEventsApproximateCallCount')) >= 2);
  });

  test('another account puts events on a bus only when the bus policy allows it', async () => {
    const queue = await makeQueue(sqs, 'cross-account');
    const { EventBusArn } = await events.send(new CreateEventBusCommand({ Name: 'partners' }));
    await events.send(new PutRuleCommand({ Name: 'from-partners', EventBusName: 'partners', EventPattern: JSON.stringify({ source: ['partner.app'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'from-partners', EventBusName: 'partners', Targets: [{ Id: 'q', Arn: queue.arn }] }));
    const entry = { Source: 'partner.app', DetailType: 'hello', Detail: '{"n":1}', EventBusName: EventBusArn };

    const refused = await other.send(new PutEventsCommand({ Entries: [entry] }));
    assert.equal(refused.FailedEntryCount, 1);
    assert.equal(refused.Entries![0]!.ErrorCode, 'AccessDeniedException');
    assert.equal(
      refused.Entries![0]!.ErrorMessage,
      `User: arn:aws:iam::${OTHER_ACCOUNT}:root is not authorized to perform: events:PutEvents on resource: ${EventBusArn} because no resource-based policy allows the events:PutEvents action`,
    );
    await expectEmpty(sqs, queue.url);

    await events.send(new PutPermissionCommand({ EventBusName: 'partners', StatementId: 'partner', Action: 'events:PutEvents', Principal: OTHER_ACCOUNT }));
    const allowed = await other.send(new PutEventsCommand({ Entries: [entry] }));
    assert.equal(allowed.FailedEntryCount, 0);
    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.account, OTHER_ACCOUNT, 'the event names the account that sent it');
    assert.deepEqual(event.detail, { n: 1 });

    // An ARN that is no bus's is refused by the model's pattern, as AWS refuses it.
    await expectAwsError(other.send(new PutEventsCommand({ Entries: [{ ...entry, EventBusName: 'arn:aws:sqs:us-east-1:000000000000:q' }] })), {
      name: 'ValidationException',
      message: /^1 validation error detected: Value 'arn:aws:sqs:us-east-1:000000000000:q' at 'entries\.1\.member\.eventBusName' failed to satisfy constraint: Member must satisfy regular expression pattern/,
      status: 400,
    });
  });
});
