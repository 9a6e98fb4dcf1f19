import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteAccountPolicyCommand,
  PutAccountPolicyCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Provider, ServiceModule } from '../../src/core/runtime.js';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import type { LogsKinesisTarget } from '../../src/services/logs/api.js';
import type { SubscriptionPayload } from '../../src/services/logs/subscriptions.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

const records: Array<{ streamArn: string; data: Buffer }> = [];
const fakeKinesis: LogsKinesisTarget = { putRecord: (request) => void records.push(request) };
const module = (api: unknown): ServiceModule => ({ createProvider: (): Provider => ({ operations: {}, api }) });
const STREAM = 'arn:aws:kinesis:us-east-1:000000000000:stream/everything';

/** An account-level subscription filter policy feeds every log group its selection criteria do not leave out. */
describe('Logs account subscription filter policy (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  const saved = { ...SERVICE_LOADERS };
  before(async () => {
    SERVICE_LOADERS.kinesis = async () => module(fakeKinesis);
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    for (const name of ['api', 'noisy']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
      await logs.send(new CreateLogStreamCommand({ logGroupName: name, logStreamName: 's' }));
    }
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
    for (const key of Object.keys(SERVICE_LOADERS)) delete SERVICE_LOADERS[key];
    Object.assign(SERVICE_LOADERS, saved);
  });

  const put = (group: string, message: string) =>
    logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: 's', logEvents: [{ timestamp: cloud.clock.now(), message }] }));

  test('matching events of selected groups reach the destination under the policy’s name; deleting the policy stops them', async () => {
    await logs.send(
      new PutAccountPolicyCommand({
        policyName: 'ship-errors',
        policyType: 'SUBSCRIPTION_FILTER_POLICY',
        policyDocument: JSON.stringify({ DestinationArn: STREAM, RoleArn: 'arn:aws:iam::000000000000:role/CWLtoKinesis', FilterPattern: 'ERROR' }),
        selectionCriteria: 'LogGroupName NOT IN ["noisy"]',
      }),
    );
    await put('api', 'ERROR in api');
    await put('api', 'INFO in api');
    await put('noisy', 'ERROR in noisy');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(records.length, 1);
    assert.equal(records[0].streamArn, STREAM);
    const payload = JSON.parse(gunzipSync(records[0].data).toString()) as SubscriptionPayload;
    assert.equal(payload.logGroup, 'api');
    assert.deepEqual(payload.subscriptionFilters, ['ship-errors']);
    assert.deepEqual(payload.logEvents.map((e) => e.message), ['ERROR in api']);

    await logs.send(new DeleteAccountPolicyCommand({ policyName: 'ship-errors', policyType: 'SUBSCRIPTION_FILTER_POLICY' }));
    await put('api', 'ERROR after the policy');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(records.length, 1);
  });
});
