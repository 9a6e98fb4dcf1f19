import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  GetQueryResultsCommand,
  PutLogEventsCommand,
  PutSubscriptionFilterCommand,
  StartQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Provider, ServiceModule } from '../../src/core/runtime.js';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const module = (api: unknown): ServiceModule => ({ createProvider: (): Provider => ({ operations: {}, api }) });

/** AWS's defaults and quotas where Nimbus once chose its own. */
describe('Logs default limits (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  const saved = { ...SERVICE_LOADERS };
  before(async () => {
    SERVICE_LOADERS.kinesis = async () => module({ putRecord: () => undefined });
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'busy' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'busy', logStreamName: 's' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
    for (const key of Object.keys(SERVICE_LOADERS)) delete SERVICE_LOADERS[key];
    Object.assign(SERVICE_LOADERS, saved);
  });

  test('an Insights query without a limit returns up to 10,000 rows, not 1,000', async () => {
    const now = cloud.clock.now();
    const logEvents = Array.from({ length: 2500 }, (_, i) => ({ timestamp: now - 2500 + i, message: `event ${i}` }));
    await logs.send(new PutLogEventsCommand({ logGroupName: 'busy', logStreamName: 's', logEvents }));
    const { queryId } = await logs.send(
      new StartQueryCommand({ logGroupName: 'busy', queryString: 'fields @message', startTime: Math.floor(now / 1000) - 60, endTime: Math.floor(now / 1000) + 60 }),
    );
    await advanceClock(cloud, '1s');
    let results = await logs.send(new GetQueryResultsCommand({ queryId }));
    for (let i = 0; i < 50 && results.status !== 'Complete'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await advanceClock(cloud, '1s');
      results = await logs.send(new GetQueryResultsCommand({ queryId }));
    }
    assert.equal(results.status, 'Complete');
    assert.equal(results.results?.length, 2500);
  });

  test('a log group takes two subscription filters (AWS’s documented quota), and a third is LimitExceededException', async () => {
    const destinationArn = 'arn:aws:kinesis:us-east-1:000000000000:stream/s';
    const roleArn = 'arn:aws:iam::000000000000:role/r';
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'busy', filterName: 'a', filterPattern: '', destinationArn, roleArn }));
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'busy', filterName: 'b', filterPattern: '', destinationArn, roleArn }));
    await expectAwsError(logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'busy', filterName: 'c', filterPattern: '', destinationArn, roleArn })), {
      name: 'LimitExceededException',
      message: 'Resource limit exceeded.',
      status: 400,
    });
    await expectAwsError(logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'busy', filterName: 'a', filterPattern: '', destinationArn })), {
      name: 'InvalidParameterException',
      message: 'destinationArn for vendor kinesis cannot be used without roleArn',
      status: 400,
    });
  });
});
