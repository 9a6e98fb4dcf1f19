import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, GetLogGroupFieldsCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs GetLogGroupFields (SDK v3, AWS CLI)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let start: number;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'orders' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'orders', logStreamName: 'web' }));
    start = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'orders',
        logStreamName: 'web',
        logEvents: [
          { timestamp: start - 3000, message: '{"orderId":"o-1","customer":{"id":42,"tier":"gold"}}' },
          { timestamp: start - 2000, message: '{"orderId":"o-2"}' },
          { timestamp: start - 1000, message: 'plain text line' },
          { timestamp: start, message: '{"orderId":"o-3","status":"paid"}' },
        ],
      }),
    );
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('the system fields and JSON keys of the last 15 minutes, with the share of events carrying each, most first', async () => {
    const { logGroupFields } = await logs.send(new GetLogGroupFieldsCommand({ logGroupName: 'orders' }));
    assert.deepEqual(logGroupFields, [
      { name: '@ingestionTime', percent: 100 },
      { name: '@log', percent: 100 },
      { name: '@logStream', percent: 100 },
      { name: '@message', percent: 100 },
      { name: '@timestamp', percent: 100 },
      { name: 'orderId', percent: 75 },
      { name: 'customer.id', percent: 25 },
      { name: 'customer.tier', percent: 25 },
      { name: 'status', percent: 25 },
    ]);
  });

  test('time (epoch seconds) searches 8 minutes either side; by ARN through the AWS CLI', async () => {
    await advanceClock(cloud, '1h');
    assert.deepEqual((await logs.send(new GetLogGroupFieldsCommand({ logGroupName: 'orders' }))).logGroupFields, [], 'nothing in the last 15 minutes now');
    const around = await logs.send(new GetLogGroupFieldsCommand({ logGroupIdentifier: 'orders', time: Math.floor(start / 1000) + 7 * 60 }));
    assert.equal(around.logGroupFields?.find((f) => f.name === 'orderId')?.percent, 75);
    const outside = await logs.send(new GetLogGroupFieldsCommand({ logGroupIdentifier: 'orders', time: Math.floor(start / 1000) + 9 * 60 }));
    assert.deepEqual(outside.logGroupFields, []);

    const cli = await aws(cloud, ['logs', 'get-log-group-fields', '--log-group-identifier', 'arn:aws:logs:us-east-1:000000000000:log-group:orders', '--time', String(Math.floor(start / 1000))]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(cli.json.logGroupFields.find((f: { name: string }) => f.name === 'status').percent, 25);
  });

  test('errors: no group, both names, or a group that does not exist', async () => {
    await expectAwsError(logs.send(new GetLogGroupFieldsCommand({})), {
      name: 'InvalidParameterException',
      message: 'Either logGroupName or logGroupIdentifier must be specified.',
      status: 400,
    });
    await expectAwsError(logs.send(new GetLogGroupFieldsCommand({ logGroupName: 'orders', logGroupIdentifier: 'orders' })), {
      name: 'InvalidParameterException',
      message: 'LogGroup name and LogGroup ARN are mutually exclusive parameters.',
      status: 400,
    });
    await expectAwsError(logs.send(new GetLogGroupFieldsCommand({ logGroupName: 'missing' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
      status: 400,
    });
  });
});
