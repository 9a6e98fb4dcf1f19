import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { advanceClock, startTestCloud } from '../support/cloud.js';

const DAY = 86_400_000;

test('with --data-dir the clock keeps its time across a restart (and a reset does not undo it)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-clock-durable-'));
  try {
    let cloud = await startTestCloud({ dataDir: dir });
    await advanceClock(cloud, '30d');
    await (await fetch(`${cloud.endpoint}/_nimbus/reset`, { method: 'POST', headers: { 'content-type': 'application/json' } })).arrayBuffer();
    await cloud.close();

    cloud = await startTestCloud({ dataDir: dir });
    assert.ok(cloud.clock.offset() >= 30 * DAY - 60_000, `offset after restart: ${cloud.clock.offset()} ms`);
    assert.ok(cloud.clock.now() >= Date.now() + 30 * DAY - 60_000);
    await cloud.close();

    // In memory, a new process starts at real time.
    const fresh = await startTestCloud();
    assert.ok(Math.abs(fresh.clock.offset()) < 1000);
    await fresh.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
