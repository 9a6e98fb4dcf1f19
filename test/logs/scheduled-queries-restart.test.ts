import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateScheduledQueryCommand, GetScheduledQueryCommand, GetScheduledQueryHistoryCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

/** A scheduled query lives in the store: the next process with the same --data-dir runs it on. */
describe('Logs scheduled queries survive a restart with --data-dir (SDK v3)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-scheduled-queries-'));
  const opened: Cloud[] = [];
  after(async () => {
    for (const cloud of opened) await cloud.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('created before the restart, it runs after it', async () => {
    const first = await startTestCloud({ dataDir });
    opened.push(first);
    const before = new CloudWatchLogsClient(clientConfig(first));
    await before.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await before.send(
      new CreateScheduledQueryCommand({
        name: 'every-5m',
        queryLanguage: 'CWLI',
        queryString: 'fields @message',
        logGroupIdentifiers: ['app'],
        scheduleExpression: 'rate(5 minutes)',
        executionRoleArn: 'arn:aws:iam::000000000000:role/q',
      }),
    );
    const created = (await before.send(new GetScheduledQueryCommand({ identifier: 'every-5m' }))).creationTime!;
    before.destroy();
    await first.close();

    const second = await startTestCloud({ dataDir });
    opened.push(second);
    const logs = new CloudWatchLogsClient(clientConfig(second));
    // Services start on their first request: this one starts Logs, which arms the stored schedule.
    assert.equal((await logs.send(new GetScheduledQueryCommand({ identifier: 'every-5m' }))).state, 'ENABLED');
    await advanceClock(second, '5m');
    let history;
    for (let attempt = 0; attempt < 100; attempt++) {
      history = await logs.send(new GetScheduledQueryHistoryCommand({ identifier: 'every-5m', startTime: 0, endTime: second.clock.now() }));
      if (history.triggerHistory?.[0]?.executionStatus === 'Complete') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.deepEqual(history?.triggerHistory?.map((r) => [r.triggeredTimestamp, r.executionStatus]), [[created + 300_000, 'Complete']]);
    logs.destroy();
  });
});
