// GetLogGroupFields and DescribeFieldIndexes parse the JSON of a group's recent events. At AWS's
// limits a group holds far more than any one request should parse: each request samples at most
// 10,000 events / 16 MiB (the newest), a request naming up to 100 groups (or one group 100 times)
// shares that sample, and parsing yields, so no request holds the event loop past its budget.
import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeFieldIndexesCommand,
  GetLogGroupFieldsCommand,
  PutIndexPolicyCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { healthLatency, HEALTHY_ANSWER_MS, longestStall, REQUEST_BUDGET_MS } from './support.js';

/** About 1 MiB a batch: 100 events of ~10 KB JSON with 380 keys each. */
function wideBatch(now: number, batch: number): Array<{ timestamp: number; message: string }> {
  return Array.from({ length: 100 }, (_, i) => {
    const doc: Record<string, string> = { requestId: `r-${batch}-${i}` };
    for (let k = 0; k < 380; k++) doc[`field_${batch % 3}_${k}`] = 'xxxxxxxxxx';
    return { timestamp: now - 1000 + batch, message: JSON.stringify(doc) };
  });
}

describe('Logs: field discovery is bounded and yields (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'wide' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'wide', logStreamName: 's' }));
    const now = cloud.clock.now();
    // 24 MiB of wide JSON: more than one request's sample.
    for (let batch = 0; batch < 24; batch++) await logs.send(new PutLogEventsCommand({ logGroupName: 'wide', logStreamName: 's', logEvents: wideBatch(now, batch) }));
    await logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'wide', policyDocument: '{"Fields":["requestId"]}' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  async function withinBudget<T>(t: TestContext, name: string, work: () => Promise<T>): Promise<T> {
    const { result, stallMs, wallMs } = await longestStall(work);
    const health = await healthLatency(cloud);
    t.diagnostic(`${name}: longest stall ${stallMs.toFixed(0)} ms, wall ${wallMs.toFixed(0)} ms, health after ${health.toFixed(1)} ms`);
    assert.ok(stallMs < REQUEST_BUDGET_MS, `${name}: the loop stalled ${stallMs.toFixed(0)} ms`);
    assert.ok(health < HEALTHY_ANSWER_MS, `${name}: health answered in ${health.toFixed(0)} ms`);
    return result;
  }

  test('GetLogGroupFields over 24 MiB of 380-key JSON events', async (t) => {
    const { logGroupFields } = await withinBudget(t, 'GetLogGroupFields', () => logs.send(new GetLogGroupFieldsCommand({ logGroupName: 'wide' })));
    assert.equal(logGroupFields?.find((f) => f.name === 'requestId')?.percent, 100);
    assert.ok(logGroupFields!.length > 380);
  });

  test('DescribeFieldIndexes naming the same group 100 times costs one sample', async (t) => {
    const started = performance.now();
    const { fieldIndexes } = await withinBudget(t, 'DescribeFieldIndexes x100', () =>
      logs.send(new DescribeFieldIndexesCommand({ logGroupIdentifiers: Array.from({ length: 100 }, () => 'wide') })),
    );
    const wallMs = performance.now() - started;
    t.diagnostic(`DescribeFieldIndexes x100: ${wallMs.toFixed(0)} ms`);
    assert.deepEqual(fieldIndexes?.map((f) => f.fieldIndexName).sort(), ['@logStream', 'requestId']);
    assert.ok(wallMs < 10_000, `answered in ${wallMs.toFixed(0)} ms`);
  });
});
