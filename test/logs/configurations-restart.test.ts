import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeAccountPoliciesCommand,
  DescribeDestinationsCommand,
  DescribeResourcePoliciesCommand,
  GetDeliverySourceCommand,
  GetTransformerCommand,
  PutAccountPolicyCommand,
  PutDeliverySourceCommand,
  PutDestinationCommand,
  PutResourcePolicyCommand,
  PutTransformerCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

/** Destinations, policies, delivery sources and transformers live in the store (schema version 2): a restart keeps them. */
describe('Logs: configurations survive a restart with --data-dir (SDK v3)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-logs-configurations-'));
  const opened: Cloud[] = [];
  after(async () => {
    for (const cloud of opened) await cloud.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('what one process stored, the next reads', async () => {
    let cloud = await startTestCloud({ dataDir });
    opened.push(cloud);
    let logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new PutDestinationCommand({ destinationName: 'central', targetArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/s', roleArn: 'arn:aws:iam::000000000000:role/r' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'route53.amazonaws.com' }, Action: 'logs:PutLogEvents', Resource: '*' }] });
    await logs.send(new PutResourcePolicyCommand({ policyName: 'route53', policyDocument: policy }));
    await logs.send(new PutDeliverySourceCommand({ name: 'cdn', resourceArn: 'arn:aws:cloudfront::000000000000:distribution/E1ABC', logType: 'ACCESS_LOGS' }));
    await logs.send(new PutAccountPolicyCommand({ policyName: 'idx', policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"Fields":["requestId"]}' }));
    await logs.send(new PutTransformerCommand({ logGroupIdentifier: 'app', transformerConfig: [{ parseJSON: {} }] }));
    logs.destroy();
    await cloud.close();
    opened.pop();

    cloud = await startTestCloud({ dataDir });
    opened.push(cloud);
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    assert.deepEqual((await logs.send(new DescribeDestinationsCommand({}))).destinations?.map((d) => d.destinationName), ['central']);
    assert.equal((await logs.send(new DescribeResourcePoliciesCommand({}))).resourcePolicies?.[0]?.policyDocument, policy);
    assert.equal((await logs.send(new GetDeliverySourceCommand({ name: 'cdn' }))).deliverySource?.logType, 'ACCESS_LOGS');
    assert.deepEqual((await logs.send(new DescribeAccountPoliciesCommand({ policyType: 'FIELD_INDEX_POLICY' }))).accountPolicies?.map((p) => p.policyName), ['idx']);
    assert.deepEqual((await logs.send(new GetTransformerCommand({ logGroupIdentifier: 'app' }))).transformerConfig, [{ parseJSON: {} }]);
    logs.destroy();
  });
});
