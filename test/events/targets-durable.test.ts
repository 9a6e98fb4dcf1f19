import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  CreateApiDestinationCommand,
  CreateConnectionCommand,
  DescribeApiDestinationCommand,
  DescribeConnectionCommand,
  EventBridgeClient,
  ListTargetsByRuleCommand,
} from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { Endpoint, makeQueue, putEvent, receive, ruleWithTargets } from './targets-support.js';

const ROLE = 'arn:aws:iam::000000000000:role/events-targets';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-events-targets-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('targets, connections (with their secrets) and API destinations survive a restart with --data-dir', async () => {
  const endpoint = new Endpoint();
  const base = await endpoint.start();
  let cloud = await startTestCloud({ dataDir });
  let events = new EventBridgeClient(clientConfig(cloud));
  let sqs = new SQSClient(clientConfig(cloud));
  const queue = await makeQueue(sqs, 'kept');
  const { ConnectionArn } = await events.send(
    new CreateConnectionCommand({ Name: 'kept', AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'x-key', ApiKeyValue: 'still-secret' } } }),
  );
  const { ApiDestinationArn } = await events.send(new CreateApiDestinationCommand({ Name: 'kept', ConnectionArn, InvocationEndpoint: `${base}/kept`, HttpMethod: 'POST' }));
  await ruleWithTargets(events, 'kept', 'app.kept', [
    { Id: 'q', Arn: queue.arn, InputTransformer: { InputPathsMap: { v: '$.detail.v' }, InputTemplate: '{"v": <v>}' } },
    { Id: 'api', Arn: ApiDestinationArn!, RoleArn: ROLE },
  ]);
  events.destroy();
  sqs.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  events = new EventBridgeClient(clientConfig(cloud));
  sqs = new SQSClient(clientConfig(cloud));
  try {
    const { Targets } = await events.send(new ListTargetsByRuleCommand({ Rule: 'kept' }));
    assert.deepEqual(Targets!.map((t) => t.Id), ['q', 'api']);
    assert.equal((await events.send(new DescribeConnectionCommand({ Name: 'kept' }))).ConnectionState, 'AUTHORIZED');
    assert.equal((await events.send(new DescribeApiDestinationCommand({ Name: 'kept' }))).ApiDestinationArn, ApiDestinationArn);
    await putEvent(events, 'app.kept', { v: 3 });
    const [message] = await receive(sqs, queue.url);
    assert.equal(message!.Body, '{"v":3}');
    const [call] = await endpoint.until(1, '/kept');
    assert.equal(call!.headers['x-key'], 'still-secret');
  } finally {
    events.destroy();
    sqs.destroy();
    await cloud.close();
    await endpoint.close();
  }
});
