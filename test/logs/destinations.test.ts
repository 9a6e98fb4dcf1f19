import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteDestinationCommand,
  DescribeDestinationsCommand,
  DescribeLogGroupsCommand,
  PutDestinationCommand,
  PutDestinationPolicyCommand,
  PutLogEventsCommand,
  PutSubscriptionFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Provider, ServiceModule } from '../../src/core/runtime.js';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import type { LogsKinesisTarget } from '../../src/services/logs/api.js';
import type { SubscriptionPayload } from '../../src/services/logs/subscriptions.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** Kinesis is consumer-side until it is served: a stand-in records what Logs hands it. */
const records: Array<{ streamArn: string; data: Buffer; partitionKey: string }> = [];
const fakeKinesis: LogsKinesisTarget = { putRecord: (request) => void records.push(request) };
const module = (api: unknown): ServiceModule => ({ createProvider: (): Provider => ({ operations: {}, api }) });

const RECEIVER = '111111111111';
const SENDER = '222222222222';
const STRANGER = '333333333333';
const TARGET = `arn:aws:kinesis:us-east-1:${RECEIVER}:stream/central-logs`;
const ROLE = `arn:aws:iam::${RECEIVER}:role/CWLtoKinesisRole`;

function clientFor(cloud: Cloud, account: string): CloudWatchLogsClient {
  return new CloudWatchLogsClient({ ...clientConfig(cloud), credentials: { accessKeyId: account, secretAccessKey: 'test' } });
}

describe('Logs destinations and cross-account subscriptions (SDK v3)', () => {
  let cloud: Cloud;
  let receiver: CloudWatchLogsClient;
  let sender: CloudWatchLogsClient;
  let stranger: CloudWatchLogsClient;
  const saved = { ...SERVICE_LOADERS };
  before(async () => {
    SERVICE_LOADERS.kinesis = async () => module(fakeKinesis);
    cloud = await startTestCloud();
    receiver = clientFor(cloud, RECEIVER);
    sender = clientFor(cloud, SENDER);
    stranger = clientFor(cloud, STRANGER);
  });
  after(async () => {
    for (const client of [receiver, sender, stranger]) client.destroy();
    await cloud.close();
    for (const key of Object.keys(SERVICE_LOADERS)) delete SERVICE_LOADERS[key];
    Object.assign(SERVICE_LOADERS, saved);
  });

  test('PutDestination stores a Kinesis or Firehose target and answers the destination’s ARN; DescribeDestinations pages by prefix', async () => {
    const put = await receiver.send(new PutDestinationCommand({ destinationName: 'central', targetArn: TARGET, roleArn: ROLE }));
    assert.equal(put.destination?.arn, `arn:aws:logs:us-east-1:${RECEIVER}:destination:central`);
    assert.equal(put.destination?.targetArn, TARGET);
    assert.equal(put.destination?.roleArn, ROLE);
    assert.equal(typeof put.destination?.creationTime, 'number');
    await receiver.send(
      new PutDestinationCommand({ destinationName: 'central-firehose', targetArn: `arn:aws:firehose:us-east-1:${RECEIVER}:deliverystream/archive`, roleArn: ROLE }),
    );
    await receiver.send(new PutDestinationCommand({ destinationName: 'other', targetArn: TARGET, roleArn: ROLE }));

    const first = await receiver.send(new DescribeDestinationsCommand({ DestinationNamePrefix: 'central', limit: 1 }));
    assert.deepEqual(first.destinations?.map((d) => d.destinationName), ['central']);
    assert.ok(first.nextToken);
    const second = await receiver.send(new DescribeDestinationsCommand({ DestinationNamePrefix: 'central', limit: 1, nextToken: first.nextToken }));
    assert.deepEqual(second.destinations?.map((d) => d.destinationName), ['central-firehose']);
    assert.equal(second.nextToken, undefined);
    const others = await sender.send(new DescribeDestinationsCommand({}));
    assert.deepEqual(others.destinations, [], 'destinations belong to their account');

    await expectAwsError(
      receiver.send(new PutDestinationCommand({ destinationName: 'bad', targetArn: `arn:aws:sqs:us-east-1:${RECEIVER}:queue`, roleArn: ROLE })),
      { name: 'InvalidParameterException', status: 400, message: /^Invalid target ARN/ },
    );
    await expectAwsError(receiver.send(new PutDestinationCommand({ destinationName: 'bad', targetArn: 'kinesis-stream', roleArn: ROLE })), {
      name: 'InvalidParameterException',
      status: 400,
    });
    await expectAwsError(receiver.send(new PutDestinationCommand({ destinationName: 'a:b', targetArn: TARGET, roleArn: ROLE })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(receiver.send(new DescribeDestinationsCommand({ nextToken: 'not-a-token' })), {
      name: 'InvalidParameterException',
      message: 'The specified nextToken is invalid.',
      status: 400,
    });
  });

  test('a subscription to another account’s destination needs its access policy; delivery goes to the destination’s target', async () => {
    const destination = `arn:aws:logs:us-east-1:${RECEIVER}:destination:central`;
    await sender.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await sender.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web' }));
    await stranger.send(new CreateLogGroupCommand({ logGroupName: 'app' }));

    await expectAwsError(sender.send(new PutSubscriptionFilterCommand({ logGroupName: 'app', filterName: 'ship', filterPattern: '', destinationArn: destination })), {
      name: 'AccessDeniedException',
      message: `User with accountId: ${SENDER} is not authorized to perform: logs:PutSubscriptionFilter on resource: ${destination}`,
      status: 400,
    });
    await receiver.send(
      new PutDestinationPolicyCommand({
        destinationName: 'central',
        accessPolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: SENDER }, Action: 'logs:PutSubscriptionFilter', Resource: destination }],
        }),
      }),
    );
    const described = await receiver.send(new DescribeDestinationsCommand({ DestinationNamePrefix: 'central' }));
    assert.match(described.destinations![0].accessPolicy!, /PutSubscriptionFilter/);

    await expectAwsError(
      sender.send(new PutSubscriptionFilterCommand({ logGroupName: 'app', filterName: 'ship', filterPattern: '', destinationArn: destination, roleArn: ROLE })),
      { name: 'InvalidParameterException', message: 'destinationArn for vendor logs cannot be used with roleArn', status: 400 },
    );
    await sender.send(new PutSubscriptionFilterCommand({ logGroupName: 'app', filterName: 'ship', filterPattern: 'ERROR', destinationArn: destination }));
    await expectAwsError(stranger.send(new PutSubscriptionFilterCommand({ logGroupName: 'app', filterName: 'ship', filterPattern: '', destinationArn: destination })), {
      name: 'AccessDeniedException',
      status: 400,
    });
    await expectAwsError(
      sender.send(
        new PutSubscriptionFilterCommand({ logGroupName: 'app', filterName: 'ship', filterPattern: '', destinationArn: `arn:aws:logs:us-east-1:${RECEIVER}:destination:missing` }),
      ),
      { name: 'ResourceNotFoundException', message: 'The specified destination does not exist.', status: 400 },
    );

    const now = cloud.clock.now();
    records.length = 0;
    await sender.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web',
        logEvents: [
          { timestamp: now - 1, message: 'INFO fine' },
          { timestamp: now, message: 'ERROR broken' },
        ],
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(records.length, 1);
    assert.equal(records[0].streamArn, TARGET);
    const payload = JSON.parse(gunzipSync(records[0].data).toString()) as SubscriptionPayload;
    assert.equal(payload.owner, SENDER, 'the payload names the sending account');
    assert.equal(payload.logGroup, 'app');
    assert.deepEqual(payload.subscriptionFilters, ['ship']);
    assert.deepEqual(payload.logEvents.map((e) => e.message), ['ERROR broken']);
  });

  test('PutDestinationPolicy and DeleteDestination on a missing destination, and a malformed policy, are AWS’s errors', async () => {
    await expectAwsError(receiver.send(new PutDestinationPolicyCommand({ destinationName: 'missing', accessPolicy: '{"Statement":[]}' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified destination does not exist.',
      status: 400,
    });
    await expectAwsError(receiver.send(new PutDestinationPolicyCommand({ destinationName: 'other', accessPolicy: 'not json' })), {
      name: 'InvalidParameterException',
      status: 400,
    });
    await receiver.send(new DeleteDestinationCommand({ destinationName: 'other' }));
    await expectAwsError(receiver.send(new DeleteDestinationCommand({ destinationName: 'other' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified destination does not exist.',
      status: 400,
    });
    const left = await receiver.send(new DescribeDestinationsCommand({}));
    assert.deepEqual(left.destinations?.map((d) => d.destinationName), ['central', 'central-firehose']);
    // The server still answers promptly.
    assert.ok(await sender.send(new DescribeLogGroupsCommand({})));
  });
});
