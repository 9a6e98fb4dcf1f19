import assert from 'node:assert/strict';
import { test } from 'node:test';
import { internalError } from '../../src/core/errors.js';
import { Store } from '../../src/core/store.js';

test('the in-memory store keeps writes, undoes a failed transaction, and empties on reset', () => {
  const store = new Store();
  try {
    store.ensureSchema('t', ['CREATE TABLE IF NOT EXISTS t_rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL)']);
    const insert = store.db.prepare('INSERT INTO t_rows (value) VALUES (?)');
    const count = () => (store.db.prepare('SELECT count(*) AS n FROM t_rows').get() as { n: number }).n;
    store.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`row ${i} ${'x'.repeat(200)}`);
    });
    assert.equal(count(), 5000);
    assert.throws(() =>
      store.transaction(() => {
        insert.run('doomed');
        throw new Error('changed my mind');
      }),
    );
    assert.equal(count(), 5000, 'the failed transaction left nothing behind');
    store.reset();
    assert.equal(count(), 0);
  } finally {
    store.close();
  }
});

test('a full in-memory store says so instead of "unknown error"', () => {
  const full = internalError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
  assert.equal(full.code, 'InternalFailure');
  assert.equal(full.status, 500);
  assert.equal(full.message, "Nimbus's in-memory store is full (it holds 1 GiB). Start Nimbus with --data-dir to keep more.");
  assert.equal(internalError(new Error('boom')).message, 'The request processing has failed because of an unknown error, exception or failure.');
});
