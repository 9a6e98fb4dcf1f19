import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ActivateEventSourceCommand,
  CreateEndpointCommand,
  CreateEventBusCommand,
  CreatePartnerEventSourceCommand,
  DeactivateEventSourceCommand,
  DeleteEndpointCommand,
  DeletePartnerEventSourceCommand,
  DescribeEndpointCommand,
  DescribeEventSourceCommand,
  DescribePartnerEventSourceCommand,
  EventBridgeClient,
  ListEndpointsCommand,
  ListEventSourcesCommand,
  ListPartnerEventSourceAccountsCommand,
  ListPartnerEventSourcesCommand,
  ListTagsForResourceCommand,
  PutPartnerEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  UpdateEndpointCommand,
} from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { expectEmpty, makeQueue, receive } from './targets-support.js';

const CUSTOMER = '000000000000';
const PARTNER = '222222222222';
const SOURCE = 'aws.partner/saas.example/acme/orders';
const HEALTH_CHECK = 'arn:aws:route53:::healthcheck/0a1b2c3d';

describe('EventBridge global endpoints, partner event sources and the AWS CLI', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let partner: EventBridgeClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    partner = new EventBridgeClient({ ...clientConfig(cloud), credentials: { accessKeyId: PARTNER, secretAccessKey: 'test' } });
  });

  after(async () => {
    await cloud.close();
  });

  test('global endpoints are stored with their routing, checked as AWS checks them', async () => {
    const definition = {
      RoutingConfig: { FailoverConfig: { Primary: { HealthCheck: HEALTH_CHECK }, Secondary: { Route: 'us-west-2' } } },
      EventBuses: [{ EventBusArn: `arn:aws:events:us-east-1:${CUSTOMER}:event-bus/global` }, { EventBusArn: `arn:aws:events:us-west-2:${CUSTOMER}:event-bus/global` }],
    };
    const created = await events.send(new CreateEndpointCommand({ Name: 'orders-global', Description: 'two regions', RoleArn: `arn:aws:iam::${CUSTOMER}:role/replication`, ...definition }));
    assert.equal(created.Arn, `arn:aws:events:us-east-1:${CUSTOMER}:endpoint/orders-global`);
    assert.equal(created.State, 'CREATING');
    assert.deepEqual(created.ReplicationConfig, { State: 'ENABLED' });
    await expectAwsError(events.send(new CreateEndpointCommand({ Name: 'orders-global', ...definition })), { name: 'ResourceAlreadyExistsException', message: 'Endpoint orders-global already exists.' });

    const described = await events.send(new DescribeEndpointCommand({ Name: 'orders-global' }));
    assert.equal(described.State, 'ACTIVE');
    assert.match(described.EndpointId!, /^[a-z]{5}\.[a-z]{3}$/);
    assert.equal(described.EndpointUrl, `https://${described.EndpointId}.endpoint.events.amazonaws.com`);
    assert.deepEqual(described.EventBuses, definition.EventBuses);

    const updated = await events.send(new UpdateEndpointCommand({ Name: 'orders-global', ReplicationConfig: { State: 'DISABLED' } }));
    assert.deepEqual(updated.ReplicationConfig, { State: 'DISABLED' });
    assert.equal(updated.EndpointId, described.EndpointId);
    assert.deepEqual((await events.send(new ListEndpointsCommand({ NamePrefix: 'orders' }))).Endpoints!.map((e) => e.Name), ['orders-global']);

    const sameRegion = { ...definition, EventBuses: [definition.EventBuses[0]!, definition.EventBuses[0]!] };
    await expectAwsError(events.send(new CreateEndpointCommand({ Name: 'bad', ...sameRegion })), {
      name: 'ValidationException',
      message: 'Parameter EventBuses is not valid. Reason: The event buses must be in different Regions.',
    });
    await events.send(new DeleteEndpointCommand({ Name: 'orders-global' }));
    await expectAwsError(events.send(new DescribeEndpointCommand({ Name: 'orders-global' })), { name: 'ResourceNotFoundException', message: 'Endpoint orders-global does not exist.' });
  });

  test('a partner event source reaches the customer\'s partner event bus', async () => {
    const created = await partner.send(new CreatePartnerEventSourceCommand({ Name: SOURCE, Account: CUSTOMER }));
    assert.equal(created.EventSourceArn, `arn:aws:events:us-east-1::event-source/${SOURCE}`);
    await expectAwsError(partner.send(new CreatePartnerEventSourceCommand({ Name: SOURCE, Account: CUSTOMER })), { name: 'ResourceAlreadyExistsException', message: `Event source ${SOURCE} already exists.` });
    await expectAwsError(partner.send(new CreatePartnerEventSourceCommand({ Name: 'aws.partner/x', Account: CUSTOMER })), { name: 'ValidationException' });
    assert.deepEqual(await partner.send(new DescribePartnerEventSourceCommand({ Name: SOURCE })).then((r) => [r.Name, r.Arn]), [SOURCE, created.EventSourceArn]);
    assert.deepEqual((await partner.send(new ListPartnerEventSourcesCommand({ NamePrefix: 'aws.partner/saas.example/' }))).PartnerEventSources!.map((s) => s.Name), [SOURCE]);
    const accounts = await partner.send(new ListPartnerEventSourceAccountsCommand({ EventSourceName: SOURCE }));
    assert.deepEqual(accounts.PartnerEventSourceAccounts!.map((a) => [a.Account, a.State]), [[CUSTOMER, 'PENDING']]);

    const seen = await events.send(new DescribeEventSourceCommand({ Name: SOURCE }));
    assert.equal(seen.State, 'PENDING');
    assert.equal(seen.CreatedBy, 'aws.partner/saas.example');
    assert.deepEqual((await events.send(new ListEventSourcesCommand({}))).EventSources!.map((s) => s.Name), [SOURCE]);
    await events.send(new ActivateEventSourceCommand({ Name: SOURCE }));
    assert.equal((await events.send(new DescribeEventSourceCommand({ Name: SOURCE }))).State, 'ACTIVE');
    await events.send(new DeactivateEventSourceCommand({ Name: SOURCE }));

    await expectAwsError(events.send(new CreateEventBusCommand({ Name: 'aws.partner/none/x/y', EventSourceName: 'aws.partner/none/x/y' })), {
      name: 'ResourceNotFoundException',
      message: 'Event source aws.partner/none/x/y does not exist.',
    });
    await events.send(new CreateEventBusCommand({ Name: SOURCE, EventSourceName: SOURCE }));
    assert.equal((await events.send(new DescribeEventSourceCommand({ Name: SOURCE }))).State, 'ACTIVE', 'making the bus activates the source');

    const sqs = new SQSClient(clientConfig(cloud));
    const queue = await makeQueue(sqs, 'from-partner');
    const { RuleArn } = await events.send(new PutRuleCommand({ Name: 'partner-orders', EventBusName: SOURCE, EventPattern: JSON.stringify({ source: [SOURCE] }), Tags: [{ Key: 'from', Value: 'partner' }] }));
    assert.equal(RuleArn, `arn:aws:events:us-east-1:${CUSTOMER}:rule/${SOURCE}/partner-orders`);
    assert.deepEqual((await events.send(new ListTagsForResourceCommand({ ResourceARN: RuleArn }))).Tags, [{ Key: 'from', Value: 'partner' }]);
    await events.send(new PutTargetsCommand({ Rule: 'partner-orders', EventBusName: SOURCE, Targets: [{ Id: 'q', Arn: queue.arn }] }));
    const out = await partner.send(
      new PutPartnerEventsCommand({
        Entries: [
          { Source: SOURCE, DetailType: 'Order', Detail: '{"id":7}' },
          { Source: 'aws.partner/saas.example/acme/other', DetailType: 'Order', Detail: '{}' },
        ],
      }),
    );
    assert.equal(out.FailedEntryCount, 1);
    assert.deepEqual(out.Entries![1], { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' });
    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.id, out.Entries![0]!.EventId);
    assert.equal(event.account, CUSTOMER);
    assert.deepEqual(event.detail, { id: 7 });

    // The customer made the matching bus: it sees the source DELETED, and the partner's events no longer come.
    await partner.send(new DeletePartnerEventSourceCommand({ Name: SOURCE, Account: CUSTOMER }));
    assert.equal((await events.send(new DescribeEventSourceCommand({ Name: SOURCE }))).State, 'DELETED');
    const afterDelete = await partner.send(new PutPartnerEventsCommand({ Entries: [{ Source: SOURCE, DetailType: 'Order', Detail: '{"id":8}' }] }));
    assert.equal(afterDelete.FailedEntryCount, 0);
    await expectEmpty(sqs, queue.url);
    // A source offered to an account that never made its bus is gone once deleted.
    const other = 'aws.partner/saas.example/acme/unused';
    await partner.send(new CreatePartnerEventSourceCommand({ Name: other, Account: CUSTOMER }));
    await partner.send(new DeletePartnerEventSourceCommand({ Name: other, Account: CUSTOMER }));
    await expectAwsError(events.send(new DescribeEventSourceCommand({ Name: other })), { name: 'ResourceNotFoundException', message: `Event source ${other} does not exist.` });
  });

  test('the AWS CLI puts a rule and events, and reads AWS\'s errors', async () => {
    await events.send(new CreateEventBusCommand({ Name: 'cli-bus' }));
    const rule = await aws(cloud, ['events', 'put-rule', '--name', 'cli-rule', '--event-bus-name', 'cli-bus', '--event-pattern', '{"source":["cli"]}']);
    assert.equal(rule.code, 0, rule.stderr);
    assert.equal(rule.json.RuleArn, `arn:aws:events:us-east-1:${CUSTOMER}:rule/cli-bus/cli-rule`);
    const put = await aws(cloud, ['events', 'put-events', '--entries', JSON.stringify([{ Source: 'cli', DetailType: 'x', Detail: '{"a":1}', EventBusName: 'cli-bus' }, { Source: 'cli', DetailType: 'x' }])]);
    assert.equal(put.code, 0, put.stderr);
    assert.equal(put.json.FailedEntryCount, 1);
    assert.equal(put.json.Entries[1].ErrorCode, 'InvalidArgument');
    const badSchedule = await aws(cloud, ['events', 'put-rule', '--name', 'cli-bad', '--schedule-expression', 'rate(5 minute)']);
    assert.equal(badSchedule.code, 254);
    assert.match(badSchedule.stderr, /An error occurred \(ValidationException\) when calling the PutRule operation( \(reached max retries: 0\))?: Parameter ScheduleExpression is not valid\./);
    const badPattern = await aws(cloud, ['events', 'put-rule', '--name', 'cli-bad', '--event-pattern', '{"source":"cli"}']);
    assert.equal(badPattern.code, 254);
    assert.match(badPattern.stderr, /An error occurred \(InvalidEventPatternException\) when calling the PutRule operation( \(reached max retries: 0\))?: Event pattern is not valid\. Reason: /);
  });
});
