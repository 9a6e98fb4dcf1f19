import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BURST_SECONDS, CapacityPool, partitionCount, partitionOf, type Admission, type Kind } from '../../src/services/dynamodb/throttling/capacity-pool.js';

const T0 = 1_700_000_000_000;

function provisioned(read: number, write: number, partitions = partitionCount(read, write, 0), now = T0): CapacityPool {
  const pool = new CapacityPool();
  pool.configure({ mode: 'PROVISIONED', read, write, partitions }, now);
  return pool;
}

/** Empties every bucket of a pool (as if its burst had been spent). */
function drain(pool: CapacityPool, kind: Kind, now: number): void {
  for (let p = 0; p < pool.partitions; p++) {
    const held = pool.available(kind, p, now);
    pool.charge({ kind, payer: p }, held, now);
  }
}

/** Runs `perSecond` requests of `units` every second for `seconds`; answers how many were throttled. */
function sustain(pool: CapacityPool, kind: Kind, perSecond: number, units: number, seconds: number, hashes = [0x1234]): number {
  let throttled = 0;
  for (let s = 0; s < seconds; s++) {
    for (let i = 0; i < perSecond; i++) {
      const now = T0 + s * 1000 + ((i + 1) * 1000) / perSecond;
      const admission = pool.admit(kind, hashes[i % hashes.length], units, now);
      if (typeof admission === 'string') throttled++;
      else pool.charge(admission, units, now);
    }
  }
  return throttled;
}

describe('DynamoDB capacity pools (partitions, burst, adaptive capacity)', () => {
  test('partition counts: ceil(max(RCU/3000 + WCU/1000, size/10 GB))', () => {
    assert.equal(partitionCount(5, 5, 0), 1);
    assert.equal(partitionCount(3000, 1000, 0), 2);
    // The notes' example shape: 7,500 RCU and 2,000 WCU is 2.5 + 2 = 4.5, so 5 partitions.
    assert.equal(partitionCount(7500, 2000, 0), 5);
    // 25 GB of data on a small table needs 3 partitions by size.
    assert.equal(partitionCount(10, 10, 25 * 1024 ** 3), 3);
    // The hash space is cut into equal ranges.
    assert.equal(partitionOf(0, 4), 0);
    assert.equal(partitionOf(0xffffffff, 4), 3);
    assert.equal(partitionOf(0x80000000, 4), 2);
  });

  test('the notes worked examples hold: 20 WCU sustain 10 writes/s of 2 KB; 4 WCU sustain 120 writes/min of 2 KB; 24 RCU sustain 16 eventually consistent reads/s of 12 KB', () => {
    // Start each from an empty bucket so only the provisioned rate is tested, over ten minutes.
    let pool = provisioned(1, 20);
    drain(pool, 'write', T0);
    assert.equal(sustain(pool, 'write', 10, 2, 600), 0);
    pool = provisioned(1, 19);
    drain(pool, 'write', T0);
    assert.ok(sustain(pool, 'write', 10, 2, 600) > 0, '19 WCU is one short');

    pool = provisioned(1, 4);
    drain(pool, 'write', T0);
    assert.equal(sustain(pool, 'write', 2, 2, 600), 0);
    // 6 writes/s of 4.5 KB (5 WCU each) need 30 WCU.
    pool = provisioned(1, 30);
    drain(pool, 'write', T0);
    assert.equal(sustain(pool, 'write', 6, 5, 600), 0);

    // 16 eventually consistent reads of 12 KB: 3 units each, half price: 1.5 × 16 = 24 RCU.
    pool = provisioned(24, 1);
    drain(pool, 'read', T0);
    assert.equal(sustain(pool, 'read', 16, 1.5, 600), 0);
    // 10 strongly consistent reads/s of 6 KB round up to 8 KB: 2 units each, 20 RCU.
    pool = provisioned(20, 1);
    drain(pool, 'read', T0);
    assert.equal(sustain(pool, 'read', 10, 2, 600), 0);
    pool = provisioned(19, 1);
    drain(pool, 'read', T0);
    assert.ok(sustain(pool, 'read', 10, 2, 600) > 0);
  });

  test('burst: up to 300 seconds of unused capacity, then throttled', () => {
    const pool = provisioned(1, 5);
    assert.equal(pool.available('write', 0, T0), 5 * BURST_SECONDS);
    let admitted = 0;
    for (;;) {
      // Many keys: one key alone would meet the per-key maximum of 1,000 WCU a second first.
      const admission = pool.admit('write', admitted * 7919, 1, T0);
      if (typeof admission === 'string') {
        assert.equal(admission, 'ProvisionedThroughputExceeded');
        break;
      }
      pool.charge(admission, 1, T0);
      admitted++;
    }
    assert.equal(admitted, 1500);
    // A second of clock time refills 5 units; ten minutes refill no more than 300 seconds' worth.
    assert.equal(pool.available('write', 0, T0 + 1000), 5);
    assert.equal(pool.available('write', 0, T0 + 600_000), 1500);
  });

  test('adaptive capacity lends a hot partition the unused capacity of the others, within the table rate', () => {
    // 2,000 WCU: two partitions of 1,000 each. One hot key gets the table's whole rate once its own bucket is empty.
    const pool = provisioned(1, 1200);
    assert.equal(pool.partitions, 2);
    drain(pool, 'write', T0);
    const later = T0 + 10_000; // ten seconds: each partition holds 6,000 units
    const hot = 0x10; // partition 0
    pool.charge({ kind: 'write', payer: 0 }, pool.available('write', 0, later - 1), later - 1);
    const admission = pool.admit('write', hot, 10, later) as Admission;
    assert.equal(typeof admission, 'object');
    assert.equal(admission.payer, 1, 'the other partition lends');
    // Never past the table's provisioned rate in one second (1,200 units).
    pool.charge(admission, 10, later);
    for (const cold of [0x90000000, 0xa0000000]) pool.charge(pool.admit('write', cold, 590, later) as Admission, 590, later); // partition 1
    assert.equal(pool.admit('write', hot, 20, later), 'ProvisionedThroughputExceeded');
  });

  test('a partition key value gets at most 1,000 WCU / 3,000 RCU a second, in either mode', () => {
    const pool = provisioned(40_000, 40_000);
    let admitted = 0;
    while (typeof pool.admit('write', 42, 100, T0) !== 'string') {
      pool.charge({ kind: 'write', hash: 42, payer: partitionOf(42, pool.partitions) }, 100, T0);
      admitted++;
    }
    assert.equal(admitted, 10);
    assert.equal(pool.admit('write', 42, 100, T0), 'KeyRangeThroughputExceeded');
    assert.notEqual(typeof pool.admit('write', 43, 100, T0), 'string', 'another key is not held back');
    assert.notEqual(typeof pool.admit('write', 42, 100, T0 + 1000), 'string', 'the next second');

    const onDemand = new CapacityPool();
    onDemand.configure({ mode: 'PAY_PER_REQUEST', read: 0, write: 0, partitions: 4 }, T0);
    for (let i = 0; i < 30; i++) onDemand.charge(onDemand.admit('read', 0x1234, 100, T0 + i) as Admission, 100, T0 + i);
    assert.equal(onDemand.admit('read', 0x1234, 100, T0 + 999), 'KeyRangeThroughputExceeded');
  });

  test('on-demand: MaxReadRequestUnits/MaxWriteRequestUnits, and the 40,000 per-table quota', () => {
    const pool = new CapacityPool();
    pool.configure({ mode: 'PAY_PER_REQUEST', read: 0, write: 0, partitions: 4, maxWrite: 5 }, T0);
    for (let i = 0; i < 5; i++) pool.charge(pool.admit('write', i, 1, T0) as Admission, 1, T0);
    assert.equal(pool.admit('write', 99, 1, T0), 'MaxOnDemandThroughputExceeded');
    assert.notEqual(typeof pool.admit('read', 99, 1, T0), 'string', 'reads have no maximum here');
    const unbounded = new CapacityPool();
    unbounded.configure({ mode: 'PAY_PER_REQUEST', read: 0, write: 0, partitions: 4, maxWrite: -1 }, T0);
    for (let key = 0; key < 40; key++) unbounded.charge(unbounded.admit('write', key, 1000, T0) as Admission, 1000, T0);
    assert.equal(unbounded.admit('write', 1000, 1, T0), 'AccountLimitExceeded');
  });

  test('partitions never merge: lowering capacity keeps the partition count', () => {
    const pool = provisioned(1, 2500);
    assert.equal(pool.partitions, 3);
    pool.configure({ mode: 'PROVISIONED', read: 1, write: 10, partitions: partitionCount(1, 10, 0) }, T0);
    assert.equal(pool.partitions, 3);
  });
});
