import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestContext } from '../../src/core/context.js';
import { resolveSettings } from '../../src/core/settings.js';
import { Runtime } from '../../src/core/runtime.js';
import { loadModel } from '../../src/protocol/model.js';
import { SERVICE_AUTHORIZATIONS } from '../../src/services/authorization.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';

/** Enforcement has a table for every served service, and every operation of its model gets an IAM action. */
test('every served service says what each of its operations needs', async () => {
  assert.deepEqual(Object.keys(SERVICE_AUTHORIZATIONS).sort(), Object.keys(SERVICE_LOADERS).sort());
  const runtime = new Runtime(resolveSettings({ logLevel: 'silent' }, {}), { info() {}, warn() {}, error() {}, debug() {}, isLevelEnabled: () => false } as never, {});
  try {
    for (const [service, load] of Object.entries(SERVICE_AUTHORIZATIONS)) {
      const table = (await load()).authorization(runtime);
      for (const operation of Object.keys(loadModel(service).operations)) {
        const context = { accountId: '111122223333', region: 'us-east-1', service, operation, protocol: 'json', headers: {}, runtime } as unknown as RequestContext;
        const accesses = table.accesses(operation, {}, context);
        // A batch names one permission an entry: with no entries, none.
        assert.ok(accesses.length > 0 || /Batch|Transact/.test(operation), `${service} ${operation}: no permission named`);
        for (const access of accesses) {
          assert.match(access.action, /^[a-z0-9-]+:[A-Za-z0-9]+$/, `${service} ${operation}: ${access.action}`);
          assert.ok(access.resource === '*' || access.resource.startsWith('arn:'), `${service} ${operation}: ${access.resource}`);
        }
      }
    }
  } finally {
    runtime.store.close?.();
  }
});
