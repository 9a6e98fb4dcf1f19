import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DeleteRuleCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  EventBridgeClient,
  ListEventBusesCommand,
  ListRuleNamesByTargetCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  PutPermissionCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemovePermissionCommand,
  RemoveTargetsCommand,
  TagResourceCommand,
  TestEventPatternCommand,
  UntagResourceCommand,
  UpdateEventBusCommand,
} from '@aws-sdk/client-eventbridge';
import type { Cloud } from '../../src/index.js';
import { EventsState } from '../../src/services/events/state.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const busArn = (name: string) => `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/${name}`;

describe('EventBridge buses, bus policies, tags and rules', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
  });

  after(async () => {
    await cloud.close();
  });

  test('the default bus exists without being made and cannot be deleted', async () => {
    const bus = await events.send(new DescribeEventBusCommand({}));
    assert.equal(bus.Name, 'default');
    assert.equal(bus.Arn, busArn('default'));
    assert.equal(bus.Policy, undefined);
    await expectAwsError(events.send(new DeleteEventBusCommand({ Name: 'default' })), { name: 'ValidationException', message: 'Cannot delete event bus default.', status: 400 });
    await expectAwsError(events.send(new CreateEventBusCommand({ Name: 'default' })), { name: 'ResourceAlreadyExistsException', message: 'Event bus default already exists.', status: 400 });
  });

  test('custom buses: create with their settings, describe, update, list by prefix and page, delete', async () => {
    const created = await events.send(
      new CreateEventBusCommand({
        Name: 'orders',
        Description: 'order events',
        KmsKeyIdentifier: 'alias/orders',
        DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:000000000000:orders-dlq' },
        Tags: [{ Key: 'team', Value: 'shop' }],
      }),
    );
    assert.equal(created.EventBusArn, busArn('orders'));
    assert.equal(created.Description, 'order events');
    await expectAwsError(events.send(new CreateEventBusCommand({ Name: 'orders' })), { name: 'ResourceAlreadyExistsException', message: 'Event bus orders already exists.' });
    await expectAwsError(events.send(new CreateEventBusCommand({ Name: 'a/b' })), { name: 'ValidationException', message: "Event bus name must not contain '/'." });

    const described = await events.send(new DescribeEventBusCommand({ Name: 'orders' }));
    assert.equal(described.Description, 'order events');
    assert.equal(described.KmsKeyIdentifier, 'alias/orders');
    assert.deepEqual(described.DeadLetterConfig, { Arn: 'arn:aws:sqs:us-east-1:000000000000:orders-dlq' });
    assert.ok(described.CreationTime instanceof Date);
    // By ARN too.
    assert.equal((await events.send(new DescribeEventBusCommand({ Name: busArn('orders') }))).Name, 'orders');

    const updated = await events.send(new UpdateEventBusCommand({ Name: 'orders', Description: 'all orders' }));
    assert.equal(updated.Description, 'all orders');
    assert.equal(updated.KmsKeyIdentifier, 'alias/orders', 'what an update leaves out stays');

    for (const name of ['orders-eu', 'orders-us', 'billing']) await events.send(new CreateEventBusCommand({ Name: name }));
    const prefixed = await events.send(new ListEventBusesCommand({ NamePrefix: 'orders' }));
    assert.deepEqual(prefixed.EventBuses!.map((b) => b.Name), ['orders', 'orders-eu', 'orders-us']);
    const first = await events.send(new ListEventBusesCommand({ Limit: 2 }));
    assert.deepEqual(first.EventBuses!.map((b) => b.Name), ['billing', 'default']);
    const second = await events.send(new ListEventBusesCommand({ Limit: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.EventBuses!.map((b) => b.Name), ['orders', 'orders-eu']);
    await expectAwsError(events.send(new ListEventBusesCommand({ NextToken: 'not-a-token' })), { name: 'ValidationException', message: 'The NextToken provided is invalid.' });

    await events.send(new PutRuleCommand({ Name: 'invoices', EventBusName: 'billing', EventPattern: '{"source":["billing"]}' }));
    await expectAwsError(events.send(new DeleteEventBusCommand({ Name: 'billing' })), { name: 'ValidationException', message: "EventBus can't be deleted since it has rules.", status: 400 });
    await events.send(new DeleteRuleCommand({ Name: 'invoices', EventBusName: 'billing' }));
    await events.send(new DeleteEventBusCommand({ Name: 'billing' }));
    await expectAwsError(events.send(new DescribeEventBusCommand({ Name: 'billing' })), { name: 'ResourceNotFoundException', message: 'Event bus billing does not exist.', status: 400 });
    // Deleting again succeeds, as on AWS.
    await events.send(new DeleteEventBusCommand({ Name: 'billing' }));
  });

  test('an account has at most 100 custom buses in a Region (LimitExceededException)', async () => {
    const frankfurt = new EventBridgeClient(clientConfig(cloud, 'eu-central-1'));
    for (let i = 0; i < 100; i++) await frankfurt.send(new CreateEventBusCommand({ Name: `bus-${i}` }));
    await expectAwsError(frankfurt.send(new CreateEventBusCommand({ Name: 'one-too-many' })), {
      name: 'LimitExceededException',
      message: 'The requested resource exceeds the maximum number allowed.',
      status: 400,
    });
    // Other Regions count their own.
    await events.send(new CreateEventBusCommand({ Name: 'one-too-many' }));
  });

  test('PutPermission builds the bus policy from StatementId/Principal/Action/Condition or takes a Policy document', async () => {
    await events.send(new CreateEventBusCommand({ Name: 'shared' }));
    await events.send(new PutPermissionCommand({ EventBusName: 'shared', StatementId: 'acct-1', Action: 'events:PutEvents', Principal: '111111111111' }));
    await events.send(
      new PutPermissionCommand({ EventBusName: 'shared', StatementId: 'org', Action: 'events:PutEvents', Principal: '*', Condition: { Type: 'StringEquals', Key: 'aws:PrincipalOrgID', Value: 'o-abc' } }),
    );
    const policy = JSON.parse((await events.send(new DescribeEventBusCommand({ Name: 'shared' }))).Policy!);
    assert.deepEqual(policy, {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'acct-1', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'events:PutEvents', Resource: busArn('shared') },
        { Sid: 'org', Effect: 'Allow', Principal: '*', Action: 'events:PutEvents', Resource: busArn('shared'), Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } },
      ],
    });

    await expectAwsError(events.send(new PutPermissionCommand({ EventBusName: 'shared', StatementId: 'x', Action: 'events:PutRule', Principal: '111111111111' })), {
      name: 'ValidationException',
      message: "Provided value in parameter 'action' is not supported.",
    });
    await expectAwsError(events.send(new PutPermissionCommand({ EventBusName: 'shared', StatementId: 'x', Action: 'events:PutEvents', Principal: 'bob' })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'bob' at 'principal' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\d{12}|\\*)",
    });
    await expectAwsError(events.send(new PutPermissionCommand({ EventBusName: 'shared', Policy: '{not json' })), { name: 'ValidationException', message: 'This policy contains invalid Json' });
    await expectAwsError(events.send(new PutPermissionCommand({ EventBusName: 'nope', StatementId: 'x', Action: 'events:PutEvents', Principal: '*' })), {
      name: 'ResourceNotFoundException',
      message: 'Event bus nope does not exist.',
    });

    await events.send(new RemovePermissionCommand({ EventBusName: 'shared', StatementId: 'org' }));
    await expectAwsError(events.send(new RemovePermissionCommand({ EventBusName: 'shared', StatementId: 'org' })), {
      name: 'ResourceNotFoundException',
      message: 'Statement with the provided id does not exist.',
    });
    const document = { Version: '2012-10-17', Statement: [{ Sid: 'all', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: 'events:PutEvents', Resource: busArn('shared') }] };
    await events.send(new PutPermissionCommand({ EventBusName: 'shared', Policy: JSON.stringify(document) }));
    assert.deepEqual(JSON.parse((await events.send(new DescribeEventBusCommand({ Name: 'shared' }))).Policy!), document);
    await events.send(new RemovePermissionCommand({ EventBusName: 'shared', RemoveAllPermissions: true }));
    assert.equal((await events.send(new DescribeEventBusCommand({ Name: 'shared' }))).Policy, undefined);
    await expectAwsError(events.send(new RemovePermissionCommand({ EventBusName: 'shared', StatementId: 'all' })), { name: 'ResourceNotFoundException', message: 'EventBus does not have a policy.' });
  });

  test('rules: put, describe, list, enable/disable, AWS errors for patterns, schedules and missing parts', async () => {
    const { RuleArn } = await events.send(new PutRuleCommand({ Name: 'r1', EventPattern: JSON.stringify({ source: ['app'] }), Description: 'first', Tags: [{ Key: 'k', Value: 'v' }] }));
    assert.equal(RuleArn, `arn:aws:events:us-east-1:${ACCOUNT}:rule/r1`);
    await events.send(new CreateEventBusCommand({ Name: 'rules-bus' }));
    const custom = await events.send(new PutRuleCommand({ Name: 'r1', EventBusName: 'rules-bus', EventPattern: JSON.stringify({ source: ['x'] }), State: 'DISABLED' }));
    assert.equal(custom.RuleArn, `arn:aws:events:us-east-1:${ACCOUNT}:rule/rules-bus/r1`);

    const described = await events.send(new DescribeRuleCommand({ Name: 'r1' }));
    assert.equal(described.State, 'ENABLED');
    assert.equal(described.EventBusName, 'default');
    assert.equal(described.CreatedBy, ACCOUNT);
    assert.equal(described.Description, 'first');
    assert.equal(described.EventPattern, JSON.stringify({ source: ['app'] }));
    assert.equal((await events.send(new DescribeRuleCommand({ Name: 'r1', EventBusName: busArn('rules-bus') }))).State, 'DISABLED');

    await events.send(new PutRuleCommand({ Name: 'r2', ScheduleExpression: 'rate(1 hour)', State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' }));
    await events.send(new PutRuleCommand({ Name: 'other', ScheduleExpression: 'cron(0 12 * * ? *)' }));
    const listed = await events.send(new ListRulesCommand({ NamePrefix: 'r' }));
    assert.deepEqual(listed.Rules!.map((r) => [r.Name, r.State, r.ScheduleExpression]), [
      ['r1', 'ENABLED', undefined],
      ['r2', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', 'rate(1 hour)'],
    ]);
    const page = await events.send(new ListRulesCommand({ Limit: 1 }));
    assert.equal(page.Rules!.length, 1);
    assert.ok(page.NextToken);

    await events.send(new DisableRuleCommand({ Name: 'r1' }));
    assert.equal((await events.send(new DescribeRuleCommand({ Name: 'r1' }))).State, 'DISABLED');
    await events.send(new EnableRuleCommand({ Name: 'r1' }));
    assert.equal((await events.send(new DescribeRuleCommand({ Name: 'r1' }))).State, 'ENABLED');

    await expectAwsError(events.send(new DescribeRuleCommand({ Name: 'nope' })), { name: 'ResourceNotFoundException', message: 'Rule nope does not exist on EventBus default.', status: 400 });
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'bad' })), { name: 'ValidationException', message: 'Parameter(s) EventPattern or ScheduleExpression must be specified.' });
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'bad', EventPattern: '{"source": "app"}' })), {
      name: 'InvalidEventPatternException',
      message: /^Event pattern is not valid\. Reason: /,
      status: 400,
    });
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'bad', EventPattern: '{nope' })), { name: 'InvalidEventPatternException', message: /^Event pattern is not valid\. Reason: / });
    for (const expression of ['rate(5 minute)', 'rate(1 minutes)', 'rate(0 minutes)', 'rate(5 weeks)', 'cron(0 12 * * *)', 'cron(0 12 * * 1 *)', 'cron(99 12 * * ? *)', 'every day']) {
      await expectAwsError(events.send(new PutRuleCommand({ Name: 'bad', ScheduleExpression: expression })), { name: 'ValidationException', message: 'Parameter ScheduleExpression is not valid.' });
    }
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'bad', EventBusName: 'rules-bus', ScheduleExpression: 'rate(5 minutes)' })), {
      name: 'ValidationException',
      message: 'ScheduleExpression is supported only on the default event bus.',
    });
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'bad', EventBusName: 'ghost', EventPattern: '{"source":["a"]}' })), { name: 'ResourceNotFoundException', message: 'Event bus ghost does not exist.' });
    await expectAwsError(events.send(new DescribeRuleCommand({ Name: 'r1', EventBusName: 'arn:aws:sqs:us-east-1:000000000000:q' })), { name: 'ValidationException' });
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'far', EventBusName: 'arn:aws:events:eu-west-1:000000000000:event-bus/rules-bus', EventPattern: '{"source":["a"]}' })), {
      name: 'ValidationException',
      message: 'Cross-region api call is not allowed.',
    });
  });

  test('DeleteRule refuses while targets remain; ListRuleNamesByTarget finds rules by target ARN', async () => {
    const queueArn = 'arn:aws:sqs:us-east-1:000000000000:anything';
    await events.send(new PutRuleCommand({ Name: 'with-targets', EventPattern: JSON.stringify({ source: ['t'] }) }));
    await events.send(new PutRuleCommand({ Name: 'also-targets', EventPattern: JSON.stringify({ source: ['t'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'with-targets', Targets: [{ Id: 'q', Arn: queueArn }] }));
    await events.send(new PutTargetsCommand({ Rule: 'also-targets', Targets: [{ Id: 'q', Arn: queueArn }] }));
    const byTarget = await events.send(new ListRuleNamesByTargetCommand({ TargetArn: queueArn }));
    assert.deepEqual(byTarget.RuleNames, ['also-targets', 'with-targets']);

    await expectAwsError(events.send(new DeleteRuleCommand({ Name: 'with-targets' })), { name: 'ValidationException', message: "Rule can't be deleted since it has targets.", status: 400 });
    await events.send(new RemoveTargetsCommand({ Rule: 'with-targets', Ids: ['q'] }));
    await events.send(new DeleteRuleCommand({ Name: 'with-targets' }));
    await expectAwsError(events.send(new DescribeRuleCommand({ Name: 'with-targets' })), { name: 'ResourceNotFoundException' });
    // A rule that is not there is deleted without complaint.
    await events.send(new DeleteRuleCommand({ Name: 'with-targets' }));
  });

  test('a managed rule (one an AWS service made) changes only with Force', async () => {
    await events.send(new PutRuleCommand({ Name: 'managed', EventPattern: JSON.stringify({ source: ['aws.guardduty'] }) }));
    // Only AWS services make managed rules: mark this one as one of theirs in the store.
    const state = new EventsState(cloud.runtime.store);
    const rule = state.rule(ACCOUNT, 'us-east-1', 'default', 'managed')!;
    state.putRule({ ...rule, document: { ...rule.document, ManagedBy: 'guardduty.amazonaws.com' } });
    assert.equal((await events.send(new DescribeRuleCommand({ Name: 'managed' }))).ManagedBy, 'guardduty.amazonaws.com');
    const refused = { name: 'ManagedRuleException', message: "managed is a managed rule. Set 'force' parameter to true to override.", status: 400 };
    await expectAwsError(events.send(new DisableRuleCommand({ Name: 'managed' })), refused);
    await expectAwsError(events.send(new PutRuleCommand({ Name: 'managed', EventPattern: '{"source":["x"]}' })), refused);
    await expectAwsError(events.send(new DeleteRuleCommand({ Name: 'managed' })), refused);
    await events.send(new DeleteRuleCommand({ Name: 'managed', Force: true }));
    await expectAwsError(events.send(new DescribeRuleCommand({ Name: 'managed' })), { name: 'ResourceNotFoundException' });
  });

  test('tags on buses and rules', async () => {
    await events.send(new CreateEventBusCommand({ Name: 'tagged', Tags: [{ Key: 'a', Value: '1' }] }));
    await events.send(new TagResourceCommand({ ResourceARN: busArn('tagged'), Tags: [{ Key: 'b', Value: '2' }] }));
    assert.deepEqual((await events.send(new ListTagsForResourceCommand({ ResourceARN: busArn('tagged') }))).Tags, [
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '2' },
    ]);
    await events.send(new UntagResourceCommand({ ResourceARN: busArn('tagged'), TagKeys: ['a'] }));
    assert.deepEqual((await events.send(new ListTagsForResourceCommand({ ResourceARN: busArn('tagged') }))).Tags, [{ Key: 'b', Value: '2' }]);

    const { RuleArn } = await events.send(new PutRuleCommand({ Name: 'tagged-rule', EventBusName: 'tagged', EventPattern: '{"source":["s"]}', Tags: [{ Key: 'r', Value: 'x' }] }));
    assert.deepEqual((await events.send(new ListTagsForResourceCommand({ ResourceARN: RuleArn }))).Tags, [{ Key: 'r', Value: 'x' }]);
    await expectAwsError(events.send(new ListTagsForResourceCommand({ ResourceARN: `arn:aws:events:us-east-1:${ACCOUNT}:rule/tagged/none` })), {
      name: 'ResourceNotFoundException',
      message: 'Rule none does not exist on EventBus tagged.',
    });
    await expectAwsError(events.send(new TagResourceCommand({ ResourceARN: 'not-an-arn', Tags: [] })), { name: 'ValidationException' });
  });

  test('TestEventPattern matches a full event and refuses an incomplete one', async () => {
    const event = {
      id: '1', 'detail-type': 'Order Placed', source: 'shop', account: ACCOUNT, time: '2026-01-01T00:00:00Z', region: 'us-east-1', resources: [], detail: { amount: 42, currency: 'EUR' },
    };
    const pattern = { source: ['shop'], detail: { amount: [{ numeric: ['>', 40] }], currency: [{ 'anything-but': 'USD' }] } };
    assert.equal((await events.send(new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: JSON.stringify(event) }))).Result, true);
    assert.equal((await events.send(new TestEventPatternCommand({ EventPattern: JSON.stringify({ source: ['other'] }), Event: JSON.stringify(event) }))).Result, false);
    const { id: _id, ...withoutId } = event;
    const { resources: _resources, ...withoutResources } = event;
    assert.equal((await events.send(new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: JSON.stringify(withoutResources) }))).Result, true);
    await expectAwsError(events.send(new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: JSON.stringify(withoutId) })), {
      name: 'ValidationException',
      message: 'Parameter Event is not valid.',
    });
    await expectAwsError(events.send(new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: 'nope' })), { name: 'ValidationException', message: 'Parameter Event is not valid.' });
    await expectAwsError(events.send(new TestEventPatternCommand({ EventPattern: '[1]', Event: JSON.stringify(event) })), { name: 'InvalidEventPatternException' });
  });
});
