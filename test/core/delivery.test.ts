import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Clock } from '../../src/core/clock.js';
import { Delivery, LAMBDA_ASYNC_RETRY } from '../../src/core/delivery.js';
import { createLogger } from '../../src/core/logger.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the delivery mechanism', () => {
  test("AWS's async rule: retried 1 minute then 2 minutes later, on the clock", async () => {
    const clock = new Clock();
    const delivery = new Delivery(clock, createLogger('silent'));
    const start = clock.now();
    const attempts: number[] = [];
    let succeededAfter = 0;
    delivery.send({
      description: 'test→target',
      policy: LAMBDA_ASYNC_RETRY,
      attempt: async (n) => {
        attempts.push(Math.round((clock.now() - start) / 1000));
        if (n < 3) throw new Error(`attempt ${n} fails`);
      },
      onSuccess: (n) => {
        succeededAfter = n;
      },
    });
    await settle();
    assert.deepEqual(attempts, [0]);
    await clock.advance(59_000);
    assert.deepEqual(attempts, [0], 'not before a minute has passed');
    await clock.advance(1_000);
    assert.deepEqual(attempts, [0, 60]);
    await clock.advance(120_000);
    await settle();
    assert.deepEqual(attempts, [0, 60, 180]);
    assert.equal(succeededAfter, 3);
    assert.equal(delivery.backlog(), 0);
  });

  test('gives up after the last attempt and says so once', async () => {
    const clock = new Clock();
    const delivery = new Delivery(clock, createLogger('silent'));
    const gaveUp: Array<[string, number]> = [];
    delivery.send({
      description: 'always fails',
      policy: { maxAttempts: 2, backoffMs: () => 1000 },
      attempt: async () => {
        throw new Error('down');
      },
      onGiveUp: (error, attempts) => {
        gaveUp.push([(error as Error).message, attempts]);
      },
    });
    await settle();
    await clock.advance(5000);
    await settle();
    assert.deepEqual(gaveUp, [['down', 2]]);
  });

  test('a job past its maximum age is not retried', async () => {
    const clock = new Clock();
    const delivery = new Delivery(clock, createLogger('silent'));
    let attempts = 0;
    let gaveUpAfter = 0;
    delivery.send({
      description: 'ages out',
      policy: { maxAttempts: 10, backoffMs: () => 60_000, maxAgeMs: 90_000 },
      attempt: async () => {
        attempts++;
        throw new Error('down');
      },
      onGiveUp: (_e, n) => {
        gaveUpAfter = n;
      },
    });
    await settle();
    await clock.advance(10 * 60_000);
    await settle();
    assert.equal(attempts, 2);
    assert.equal(gaveUpAfter, 2);
  });

  test('clear drops waiting retries', async () => {
    const clock = new Clock();
    const delivery = new Delivery(clock, createLogger('silent'));
    let attempts = 0;
    delivery.send({ description: 'x', policy: LAMBDA_ASYNC_RETRY, delayMs: 1000, attempt: async () => void attempts++ });
    delivery.clear();
    await clock.advance(5000);
    assert.equal(attempts, 0);
  });
});
