import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { resolveSettings, SETTINGS, SettingError } from '../../src/core/settings.js';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';

describe('settings', () => {
  test('an option wins over its environment variable, which wins over the default', () => {
    const env = { NIMBUS_PORT: '5000', NIMBUS_CORS_ORIGINS: 'http://a.test, http://b.test', NIMBUS_VERIFY_SIGNATURES: 'true' };
    const fromEnv = resolveSettings({}, env);
    assert.equal(fromEnv.port, 5000);
    assert.deepEqual(fromEnv.corsOrigins, ['http://a.test', 'http://b.test']);
    assert.equal(fromEnv.verifySignatures, true);
    assert.equal(fromEnv.account, '000000000000');
    assert.equal(resolveSettings({ port: 0 }, env).port, 0);
    assert.equal(resolveSettings({}, {}).port, 4566);
    assert.equal(resolveSettings({}, {}, { logLevel: 'silent' }).logLevel, 'silent');
    assert.equal(resolveSettings({}, { NIMBUS_LOG_LEVEL: 'debug' }, { logLevel: 'silent' }).logLevel, 'debug');
  });

  test('a bad environment value is refused with the variable named', () => {
    assert.throws(() => resolveSettings({}, { NIMBUS_ACCOUNT_ID: '123' }), (error: unknown) => error instanceof SettingError && /^NIMBUS_ACCOUNT_ID: an account id is 12 digits; got '123'$/.test((error as Error).message));
    assert.throws(() => resolveSettings({}, { NIMBUS_PORT: '70000' }), /NIMBUS_PORT: a port is a number from 0 to 65535/);
    assert.throws(() => resolveSettings({}, { NIMBUS_VERIFY_SIGNATURES: 'maybe' }), /true or false/);
  });

  test('every setting has an environment variable, and all but the secret a flag', () => {
    for (const [name, spec] of Object.entries(SETTINGS)) {
      assert.ok(spec.env.length > 0 && spec.env.every((variable) => /^(NIMBUS_|AWS_DEFAULT_REGION$)/.test(variable)), name);
      assert.equal(Boolean(spec.flag), name !== 'secretAccessKey', name);
    }
  });
});

describe('--account', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ account: '123456789012' });
  });
  after(async () => {
    await cloud.close();
  });

  test('keys that are not an account id act in the default account; a 12-digit key in its own', async () => {
    const named = new SQSClient({ endpoint: cloud.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    assert.equal((await named.send(new CreateQueueCommand({ QueueName: 'mine' }))).QueueUrl, `${cloud.endpoint}/123456789012/mine`);
    named.destroy();
    const numbered = new SQSClient({ endpoint: cloud.endpoint, region: 'us-east-1', credentials: { accessKeyId: '111122223333', secretAccessKey: 'test' } });
    assert.equal((await numbered.send(new CreateQueueCommand({ QueueName: 'theirs' }))).QueueUrl, `${cloud.endpoint}/111122223333/theirs`);
    numbered.destroy();
  });
});
