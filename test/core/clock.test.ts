import { readdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Clock, parseDuration } from '../../src/core/clock.js';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';

/** State-changing internal routes take only requests a web page cannot forge. */
const JSON_TYPE = { 'content-type': 'application/json' };

describe('the clock', () => {
  test('advancing fires due timers in due order, each seeing its own time', async () => {
    const clock = new Clock();
    const start = clock.now();
    const seen: Array<[string, number]> = [];
    clock.setTimeout(() => seen.push(['c', clock.now() - start]), 3000);
    clock.setTimeout(() => seen.push(['a', clock.now() - start]), 1000);
    clock.setTimeout(() => seen.push(['b', clock.now() - start]), 2000);
    const late = clock.setTimeout(() => seen.push(['late', clock.now() - start]), 10_000);
    const cancelled = clock.setTimeout(() => seen.push(['cancelled', 0]), 1500);
    cancelled.cancel();
    await clock.advance(5000);
    assert.deepEqual(seen.map(([name]) => name), ['a', 'b', 'c']);
    for (const [name, at] of seen) {
      const due = { a: 1000, b: 2000, c: 3000 }[name]!;
      assert.ok(at >= due && at < due + 50, `${name} ran at +${at} ms, due +${due} ms`);
    }
    assert.ok(clock.now() - start >= 5000);
    late.cancel();
    assert.equal(clock.pending(), 0);
  });

  test('a timer set by a timer inside the advanced window fires in the same advance', async () => {
    const clock = new Clock();
    const fired: string[] = [];
    clock.setTimeout(() => {
      fired.push('first');
      clock.setTimeout(() => fired.push('second'), 1000);
    }, 1000);
    await clock.advance(2500);
    assert.deepEqual(fired, ['first', 'second']);
  });

  test('timers also fire in real time', async () => {
    const clock = new Clock();
    const fired = await new Promise<boolean>((resolve) => {
      clock.setTimeout(() => resolve(true), 20);
      setTimeout(() => resolve(false), 2000);
    });
    assert.equal(fired, true);
  });

  test('set moves the clock to a time, firing what falls due on the way', async () => {
    const clock = new Clock();
    let fired = false;
    clock.at(Date.parse('2031-01-01T00:00:00Z'), () => {
      fired = true;
    });
    await clock.set(Date.parse('2031-06-01T00:00:00Z'));
    assert.equal(fired, true);
    assert.ok(Math.abs(clock.now() - Date.parse('2031-06-01T00:00:00Z')) < 1000);
  });

  test('durations', () => {
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('90s'), 90_000);
    assert.equal(parseDuration('5m'), 300_000);
    assert.equal(parseDuration('2h'), 7_200_000);
    assert.equal(parseDuration('14d'), 1_209_600_000);
    assert.equal(parseDuration(1500), 1500);
    assert.equal(parseDuration('soon'), undefined);
  });
});

describe('internal routes', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('/_nimbus/clock reads, advances and sets the clock', async () => {
    const before = (await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json()) as { now: number; offsetMs: number };
    const advanced = await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ advance: '1h' }) });
    assert.equal(advanced.status, 200);
    const state = (await advanced.json()) as { now: number; offsetMs: number };
    assert.ok(state.now - before.now >= 3_600_000);
    // The offset grows by the hour, less the real time the advance itself took.
    assert.ok(state.offsetMs - before.offsetMs > 3_600_000 - 1000);

    const set = await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ set: '2035-03-04T05:06:07Z' }) });
    const setState = (await set.json()) as { iso: string };
    assert.match(setState.iso, /^2035-03-04T05:06:0[78]/);

    const bad = await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ advance: 'soon' }) });
    assert.equal(bad.status, 400);
    const notJson = await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: JSON_TYPE, body: '{' });
    assert.equal(notJson.status, 400);
  });

  test('/_nimbus/health and /_localstack/health describe the services', async () => {
    for (const path of ['/_nimbus/health', '/_localstack/health']) {
      const response = await fetch(`${cloud.endpoint}${path}`);
      assert.equal(response.status, 200);
      const body = (await response.json()) as { services: Record<string, string>; store: { engine: string; durable: boolean } };
      assert.equal(body.services.sqs, 'available');
      assert.equal(body.services.ecs, 'disabled');
      // Every model Nimbus carries is named, served or not.
      assert.equal(Object.keys(body.services).length, readdirSync(new URL('../../models/', import.meta.url)).filter((name) => name.endsWith('.json')).length);
      assert.deepEqual(body.store, { engine: 'sqlite', durable: false });
    }
  });

  test('/_nimbus/reset forgets every queue', async () => {
    const create = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.CreateQueue' },
      body: JSON.stringify({ QueueName: 'doomed' }),
    });
    assert.equal(create.status, 200);
    const reset = await fetch(`${cloud.endpoint}/_nimbus/reset`, { method: 'POST', headers: JSON_TYPE });
    assert.equal(reset.status, 200);
    const list = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' },
      body: '{}',
    });
    assert.deepEqual(await list.json(), {});
    const wrongMethod = await fetch(`${cloud.endpoint}/_nimbus/reset`);
    assert.equal(wrongMethod.status, 405);
  });
});
