import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { resolveSettings, withLocalStackEquivalents } from '../../src/core/settings.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { startNimbusProcess } from '../support/nimbus-process.js';
import { rawRequest } from '../support/raw-http.js';
import type { Cloud } from '../../src/index.js';

/** The LocalStack variables users set most, read where they mean a Nimbus setting. */
describe('LocalStack drop-in settings', () => {
  test('GATEWAY_LISTEN, PERSISTENCE, LOCALSTACK_HOST and SERVICES map to host/port, data dir, allowed hosts and services', () => {
    const settings = resolveSettings({}, { GATEWAY_LISTEN: '0.0.0.0:4510,[::]:4510', PERSISTENCE: '1', LOCALSTACK_HOST: 'localhost.localstack.cloud:4566', SERVICES: 'sqs, s3' });
    assert.equal(settings.host, '0.0.0.0');
    assert.equal(settings.port, 4510);
    assert.equal(settings.dataDir, '.nimbus-data');
    assert.deepEqual(settings.allowedHosts, ['localhost.localstack.cloud', '*.localhost.localstack.cloud']);
    assert.deepEqual(settings.services, ['sqs', 's3']);
    // A port alone, and NIMBUS_ variables winning over LocalStack's.
    assert.equal(resolveSettings({}, { GATEWAY_LISTEN: ':4600' }).port, 4600);
    assert.equal(resolveSettings({}, { GATEWAY_LISTEN: ':4600', NIMBUS_PORT: '4700' }).port, 4700);
    assert.equal(resolveSettings({}, { PERSISTENCE: '0' }).dataDir, undefined);
    assert.deepEqual(withLocalStackEquivalents({ A: '1' }), { A: '1' });
    assert.throws(() => resolveSettings({}, { GATEWAY_LISTEN: 'localhost:http' }), /NIMBUS_PORT: a port is a number from 0 to 65535; got 'http'/);
  });

  test('SERVICES=sqs serves SQS only: DynamoDB answers as a service Nimbus does not serve, health says disabled', async () => {
    const cloud = await startTestCloud({ services: ['sqs'] });
    const sqs = new SQSClient(clientConfig(cloud));
    const dynamodb = new DynamoDBClient(clientConfig(cloud));
    try {
      assert.deepEqual((await sqs.send(new ListQueuesCommand({}))).QueueUrls, undefined);
      await assert.rejects(dynamodb.send(new ListTablesCommand({})), (error: { name: string; $metadata: { httpStatusCode: number } }) => {
        assert.equal(error.$metadata.httpStatusCode, 501);
        return true;
      });
      const health = (await (await fetch(`${cloud.endpoint}/_nimbus/health`)).json()) as { services: Record<string, string> };
      assert.equal(health.services.dynamodb, 'disabled');
      assert.notEqual(health.services.sqs, 'disabled');
    } finally {
      sqs.destroy();
      dynamodb.destroy();
      await cloud.close();
    }
  });

  test('nimbus start reads GATEWAY_LISTEN and LOCALSTACK_HOST from the environment', async () => {
    const nimbus = await startNimbusProcess(['--log-level', 'warn'], { env: { GATEWAY_LISTEN: '127.0.0.1:0', LOCALSTACK_HOST: 'localhost.localstack.cloud' } });
    try {
      assert.match(nimbus.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
      const port = Number(new URL(nimbus.endpoint).port);
      const asHost = async (host: string) => (await rawRequest({ port } as Cloud, { path: '/_nimbus/health', headers: { host } })).status;
      assert.equal(await asHost('elsewhere.example'), 403);
      assert.equal(await asHost('localhost.localstack.cloud:4566'), 200);
      assert.equal(await asHost('my-bucket.s3.localhost.localstack.cloud:4566'), 200);
    } finally {
      await nimbus.stop();
    }
  });
});
