import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DeleteTableCommand, DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';

const describeTtl = async (ddb: DynamoDBClient, table: string) => (await ddb.send(new DescribeTimeToLiveCommand({ TableName: table }))).TimeToLiveDescription;
const updateTtl = (ddb: DynamoDBClient, table: string, AttributeName: string, Enabled: boolean) =>
  ddb.send(new UpdateTimeToLiveCommand({ TableName: table, TimeToLiveSpecification: { AttributeName, Enabled } }));

describe('DynamoDB TTL settings: UpdateTimeToLive and DescribeTimeToLive', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    // Tables stay CREATING for a second of clock time, so the state gates can be seen.
    cloud = await startTestCloud({ dynamodbStatusDelayMs: 1000 });
    ddb = new DynamoDBClient(clientConfig(cloud));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  test('ENABLING then ENABLED on the clock; the answer echoes the specification; DescribeTable does not show TTL', async () => {
    await createTable(ddb, 'Sessions');
    await advanceClock(cloud, '2s');
    assert.deepEqual(await describeTtl(ddb, 'Sessions'), { TimeToLiveStatus: 'DISABLED' });
    const answer = await updateTtl(ddb, 'Sessions', 'expiresAt', true);
    assert.deepEqual(answer.TimeToLiveSpecification, { AttributeName: 'expiresAt', Enabled: true });
    assert.deepEqual(await describeTtl(ddb, 'Sessions'), { TimeToLiveStatus: 'ENABLING', AttributeName: 'expiresAt' });
    await advanceClock(cloud, '5s');
    assert.deepEqual(await describeTtl(ddb, 'Sessions'), { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'Sessions' }))).Table as Record<string, unknown>;
    assert.equal(Object.keys(table).some((k) => /ttl|timetolive/i.test(k)), false);
  });

  test("content errors come before the once-an-hour rule; a second change within the hour gets AWS's error", async () => {
    await createTable(ddb, 'Carts');
    await advanceClock(cloud, '2s');
    await validation(updateTtl(ddb, 'Carts', 'ttl', false), 'TimeToLive is already disabled');
    await updateTtl(ddb, 'Carts', 'ttl', true);
    await validation(updateTtl(ddb, 'Carts', 'ttl', true), 'TimeToLive is already enabled');
    await validation(updateTtl(ddb, 'Carts', 'other', true), 'TimeToLive is active on a different AttributeName: current AttributeName is ttl');
    await validation(updateTtl(ddb, 'Carts', 'other', false), 'TimeToLive is active on a different AttributeName: current AttributeName is ttl');
    await advanceClock(cloud, '30m');
    await validation(updateTtl(ddb, 'Carts', 'ttl', false), 'Time to live has been modified multiple times within a fixed interval');
    await advanceClock(cloud, '31m');
    await updateTtl(ddb, 'Carts', 'ttl', false);
    assert.deepEqual(await describeTtl(ddb, 'Carts'), { TimeToLiveStatus: 'DISABLING', AttributeName: 'ttl' });
    await advanceClock(cloud, '5s');
    // Disabled shows no attribute name, as on AWS.
    assert.deepEqual(await describeTtl(ddb, 'Carts'), { TimeToLiveStatus: 'DISABLED' });
    // Renaming the attribute is disable, wait, enable: the disable started a new interval.
    await validation(updateTtl(ddb, 'Carts', 'expires', true), 'Time to live has been modified multiple times within a fixed interval');
    await advanceClock(cloud, '61m');
    await updateTtl(ddb, 'Carts', 'expires', true);
    await advanceClock(cloud, '5s');
    assert.deepEqual(await describeTtl(ddb, 'Carts'), { TimeToLiveStatus: 'ENABLED', AttributeName: 'expires' });
    // The partition key may be the TTL attribute (AWS accepts it).
    await createTable(ddb, 'KeyTtl', { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'N' }] }, null);
    await advanceClock(cloud, '2s');
    await updateTtl(ddb, 'KeyTtl', 'pk', true);
  });

  test('missing, creating and re-created tables; a table ARN; the attribute name length', async () => {
    const missing = { name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: Nope not found', status: 400 };
    await expectAwsError(describeTtl(ddb, 'Nope'), missing);
    await expectAwsError(updateTtl(ddb, 'Nope', 'ttl', true), missing);

    await createTable(ddb, 'Fresh');
    await validation(describeTtl(ddb, 'Fresh'), 'Cannot describe time to live while table is in CREATING state: Current table state is CREATING');
    await expectAwsError(updateTtl(ddb, 'Fresh', 'ttl', true), {
      name: 'ResourceInUseException',
      message: 'Attempt to change a resource which is still in use: Table Fresh is being created',
      status: 400,
    });
    await advanceClock(cloud, '2s');
    const arn = (await ddb.send(new DescribeTableCommand({ TableName: 'Fresh' }))).Table!.TableArn!;
    await updateTtl(ddb, arn, 'ttl', true);
    await advanceClock(cloud, '5s');
    assert.deepEqual(await describeTtl(ddb, arn), { TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' });

    // A table created again under the same name starts without TTL, and without the interval.
    await ddb.send(new DeleteTableCommand({ TableName: 'Fresh' }));
    await createTable(ddb, 'Fresh');
    await advanceClock(cloud, '2s');
    assert.deepEqual(await describeTtl(ddb, 'Fresh'), { TimeToLiveStatus: 'DISABLED' });
    await updateTtl(ddb, 'Fresh', 'other', true);

    await validation(
      updateTtl(ddb, 'Fresh', '', true),
      "1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const long = 'a'.repeat(256);
    await validation(
      updateTtl(ddb, 'Fresh', long, true),
      `1 validation error detected: Value '${long}' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length less than or equal to 255`,
    );
  });

  test('the AWS CLI enables and describes TTL', async () => {
    await createTable(ddb, 'CliTtl');
    await advanceClock(cloud, '2s');
    const update = await aws(cloud, ['dynamodb', 'update-time-to-live', '--table-name', 'CliTtl', '--time-to-live-specification', 'Enabled=true,AttributeName=expiresAt']);
    assert.equal(update.code, 0, update.stderr);
    assert.deepEqual(update.json, { TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } });
    await advanceClock(cloud, '5s');
    const described = await aws(cloud, ['dynamodb', 'describe-time-to-live', '--table-name', 'CliTtl']);
    assert.equal(described.code, 0, described.stderr);
    assert.deepEqual(described.json, { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' } });
    const again = await aws(cloud, ['dynamodb', 'update-time-to-live', '--table-name', 'CliTtl', '--time-to-live-specification', 'Enabled=true,AttributeName=expiresAt']);
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /ValidationException.*TimeToLive is already enabled/);
  });
});
