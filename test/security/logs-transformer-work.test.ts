// TestTransformer runs a caller's processors over a caller's messages in one request. Each regex
// search is linear, but substituteString searches again after every match, and a pattern whose
// leftmost match needs a scan to the end (`a[^z]*z|a` over "aaa…") rescans the rest each time:
// quadratic in the value, and one capturing search runs at ~1.5 µs a character. So a value over
// 64 KB is not substituted, searches yield, and a request searches for 2 s of wall time at most
// (past either bound the event comes out unchanged).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, TestTransformerCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { healthLatency, HEALTHY_ANSWER_MS, longestStall, REQUEST_BUDGET_MS } from './support.js';

describe('Logs: TestTransformer’s substituteString is bounded (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    // Loads the Logs module (a service loads on its first request), so the measurement is the transformer's alone.
    await logs.send(new TestTransformerCommand({ logEventMessages: ['{}'], transformerConfig: [{ parseJSON: {} }] }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('a rescanning pattern over 60 KB values in 5 messages stays within the loop budget', async (t) => {
    const message = JSON.stringify({ v: 'a'.repeat(60_000) });
    const { result, stallMs, wallMs } = await longestStall(() =>
      logs.send(
        new TestTransformerCommand({
          logEventMessages: Array.from({ length: 5 }, () => message),
          transformerConfig: [{ parseJSON: {} }, { substituteString: { entries: [{ source: 'v', from: 'a[^z]*z|a', to: 'b' }] } }],
        }),
      ),
    );
    const health = await healthLatency(cloud);
    t.diagnostic(`substituteString: longest stall ${stallMs.toFixed(0)} ms, wall ${wallMs.toFixed(0)} ms, health after ${health.toFixed(1)} ms`);
    assert.ok(stallMs < REQUEST_BUDGET_MS, `the loop stalled ${stallMs.toFixed(0)} ms`);
    assert.ok(health < HEALTHY_ANSWER_MS);
    assert.equal(result.transformedLogs?.length, 5);
    assert.equal(result.transformedLogs![0].transformedEventMessage, message, 'past the budget the event comes out unchanged');

    assert.ok(wallMs < 5000, `answered in ${wallMs.toFixed(0)} ms`);

    const long = await logs.send(
      new TestTransformerCommand({
        logEventMessages: [JSON.stringify({ v: 'a'.repeat(100_000) })],
        transformerConfig: [{ parseJSON: {} }, { substituteString: { entries: [{ source: 'v', from: 'a', to: 'b' }] } }],
      }),
    );
    assert.equal(long.transformedLogs![0].transformedEventMessage, JSON.stringify({ v: 'a'.repeat(100_000) }), 'a value over 64 KB is left as it is');

    // A normal substitution still works right after.
    const normal = await logs.send(
      new TestTransformerCommand({ logEventMessages: ['{"v":"a-a"}'], transformerConfig: [{ parseJSON: {} }, { substituteString: { entries: [{ source: 'v', from: 'a', to: 'b' }] } }] }),
    );
    assert.equal(normal.transformedLogs![0].transformedEventMessage, '{"v":"b-b"}');
  });
});
