import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  GetLogRecordCommand,
  GetQueryResultsCommand,
  ListLogGroupsForQueryCommand,
  PutLogEventsCommand,
  StartQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs GetLogRecord and ListLogGroupsForQuery (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let queryId: string;
  let now: number;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    for (const name of ['orders', 'payments']) await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'orders', logStreamName: 'web' }));
    now = cloud.clock.now();
    await logs.send(new PutLogEventsCommand({ logGroupName: 'orders', logStreamName: 'web', logEvents: [{ timestamp: now, message: '{"orderId":"o-1","total":12.5}' }] }));
    ({ queryId } = (await logs.send(
      new StartQueryCommand({ logGroupNames: ['orders', 'payments'], queryString: 'fields @ptr', startTime: Math.floor(now / 1000) - 60, endTime: Math.floor(now / 1000) + 60 }),
    )) as { queryId: string });
    for (let i = 0; i < 20; i++) {
      await advanceClock(cloud, '1s');
      if ((await logs.send(new GetQueryResultsCommand({ queryId }))).status === 'Complete') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('a @ptr from a query gives the whole record: system fields and the JSON ones', async () => {
    const results = await logs.send(new GetQueryResultsCommand({ queryId }));
    const pointer = results.results![0].find((f) => f.field === '@ptr')!.value!;
    const { logRecord } = await logs.send(new GetLogRecordCommand({ logRecordPointer: pointer }));
    assert.deepEqual(logRecord, {
      '@timestamp': String(now),
      '@message': '{"orderId":"o-1","total":12.5}',
      '@logStream': 'web',
      '@log': '000000000000:orders',
      '@ingestionTime': logRecord!['@ingestionTime'],
      orderId: 'o-1',
      total: '12.5',
    });
    assert.match(logRecord!['@ingestionTime'], /^\d{13}$/);

    const stranger = new CloudWatchLogsClient({ ...clientConfig(cloud), credentials: { accessKeyId: '555555555555', secretAccessKey: 'x' } });
    await expectAwsError(stranger.send(new GetLogRecordCommand({ logRecordPointer: pointer })), {
      name: 'InvalidParameterException',
      message: 'The specified log record pointer is not valid.',
      status: 400,
    });
    stranger.destroy();
    await expectAwsError(logs.send(new GetLogRecordCommand({ logRecordPointer: 'not-a-pointer' })), { name: 'InvalidParameterException', status: 400 });
  });

  test('ListLogGroupsForQuery answers the query’s log groups as ARNs, paged', async () => {
    const all = await logs.send(new ListLogGroupsForQueryCommand({ queryId }));
    assert.deepEqual(all.logGroupIdentifiers, ['arn:aws:logs:us-east-1:000000000000:log-group:orders', 'arn:aws:logs:us-east-1:000000000000:log-group:payments']);
    await expectAwsError(logs.send(new ListLogGroupsForQueryCommand({ queryId: '00000000-0000-0000-0000-000000000000' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified query does not exist.',
      status: 400,
    });
    await expectAwsError(logs.send(new ListLogGroupsForQueryCommand({ queryId, nextToken: 'junk' })), { name: 'InvalidParameterException', message: 'The specified nextToken is invalid.', status: 400 });
  });
});
