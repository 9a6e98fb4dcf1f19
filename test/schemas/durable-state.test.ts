import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CreateRegistryCommand, CreateSchemaCommand, ListSchemaVersionsCommand, PutResourcePolicyCommand, GetResourcePolicyCommand, SchemasClient, UpdateSchemaCommand } from '@aws-sdk/client-schemas';
import { clientConfig, startTestCloud } from '../support/cloud.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-schemas-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('registries, schema versions and policies survive a restart with --data-dir', async () => {
  const content = (title: string) => JSON.stringify({ openapi: '3.0.0', info: { title, version: '1' }, paths: {} });
  let cloud = await startTestCloud({ dataDir });
  let schemas = new SchemasClient(clientConfig(cloud));
  await schemas.send(new CreateRegistryCommand({ RegistryName: 'kept' }));
  await schemas.send(new CreateSchemaCommand({ RegistryName: 'kept', SchemaName: 'S', Type: 'OpenApi3', Content: content('one') }));
  await schemas.send(new UpdateSchemaCommand({ RegistryName: 'kept', SchemaName: 'S', Content: content('two') }));
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'schemas:*', Resource: '*' }] });
  const { RevisionId } = await schemas.send(new PutResourcePolicyCommand({ RegistryName: 'kept', Policy: policy }));
  schemas.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  schemas = new SchemasClient(clientConfig(cloud));
  try {
    const versions = await schemas.send(new ListSchemaVersionsCommand({ RegistryName: 'kept', SchemaName: 'S' }));
    assert.deepEqual(versions.SchemaVersions!.map((v) => v.SchemaVersion), ['1', '2']);
    assert.equal((await schemas.send(new GetResourcePolicyCommand({ RegistryName: 'kept' }))).RevisionId, RevisionId);
    const third = await schemas.send(new UpdateSchemaCommand({ RegistryName: 'kept', SchemaName: 'S', Content: content('three') }));
    assert.equal(third.SchemaVersion, '3');
  } finally {
    schemas.destroy();
    await cloud.close();
  }
});
