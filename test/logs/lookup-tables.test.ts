import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLookupTableCommand,
  DeleteLookupTableCommand,
  DescribeLookupTablesCommand,
  GetLookupTableCommand,
  UpdateLookupTableCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const USERS = 'user_id,name,team\nu-1,Ann,pay\nu-2,Bo,web\n';

describe('Logs lookup tables (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('create, get the CSV back, describe with its fields and record count, replace, delete', async () => {
    const created = await logs.send(new CreateLookupTableCommand({ lookupTableName: 'users', tableBody: USERS, description: 'who is who' }));
    assert.equal(created.lookupTableArn, 'arn:aws:logs:us-east-1:000000000000:lookup-table:users');
    assert.equal(typeof created.createdAt, 'number');
    const got = await logs.send(new GetLookupTableCommand({ lookupTableArn: created.lookupTableArn }));
    assert.equal(got.tableBody, USERS);
    assert.equal(got.lookupTableName, 'users');
    assert.equal(got.description, 'who is who');
    assert.equal(got.sizeBytes, Buffer.byteLength(USERS));
    await logs.send(new CreateLookupTableCommand({ lookupTableName: 'teams', tableBody: 'team\npay\n' }));
    const described = await logs.send(new DescribeLookupTablesCommand({ lookupTableNamePrefix: 'us' }));
    assert.deepEqual(described.lookupTables?.map((t) => [t.lookupTableName, t.tableFields, t.recordsCount]), [['users', ['user_id', 'name', 'team'], 2]]);

    const updated = await logs.send(new UpdateLookupTableCommand({ lookupTableArn: created.lookupTableArn, tableBody: 'user_id,name\nu-9,Cy\n' }));
    assert.equal(updated.lookupTableArn, created.lookupTableArn);
    const after = await logs.send(new GetLookupTableCommand({ lookupTableArn: created.lookupTableArn }));
    assert.equal(after.tableBody, 'user_id,name\nu-9,Cy\n');
    assert.equal(after.description, 'who is who', 'a replacement keeps what it does not name');

    await logs.send(new DeleteLookupTableCommand({ lookupTableArn: created.lookupTableArn }));
    await expectAwsError(logs.send(new GetLookupTableCommand({ lookupTableArn: created.lookupTableArn })), {
      name: 'ResourceNotFoundException',
      message: 'The specified lookup table does not exist.',
      status: 400,
    });
    assert.deepEqual((await logs.send(new DescribeLookupTablesCommand({}))).lookupTables?.map((t) => t.lookupTableName), ['teams']);
  });

  test('errors: a name taken, a body without a header, a name outside the model, an unknown table', async () => {
    await expectAwsError(logs.send(new CreateLookupTableCommand({ lookupTableName: 'teams', tableBody: 'team\n' })), {
      name: 'ResourceAlreadyExistsException',
      message: 'The specified lookup table already exists.',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateLookupTableCommand({ lookupTableName: 'empty_header', tableBody: '\nrow\n' })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(logs.send(new CreateLookupTableCommand({ lookupTableName: 'dup', tableBody: 'a,a\n1,2\n' })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(logs.send(new CreateLookupTableCommand({ lookupTableName: 'bad-name', tableBody: 'a\n' })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(logs.send(new DeleteLookupTableCommand({ lookupTableArn: 'arn:aws:logs:us-east-1:000000000000:lookup-table:none' })), { name: 'ResourceNotFoundException', status: 400 });
  });
});
