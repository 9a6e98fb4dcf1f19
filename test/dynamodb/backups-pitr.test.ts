import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DeleteItemCommand, DeleteTableCommand, DescribeBackupCommand, DescribeContinuousBackupsCommand, ListBackupsCommand, RestoreTableFromBackupCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand,
  RestoreTableToPointInTimeCommand, ScanCommand, UpdateContinuousBackupsCommand, UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';

const MINUTE = 60_000;
// The virtual clock runs on with real time between calls: times read back are compared to within a second.

describe('DynamoDB point-in-time recovery', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const now = async () => ((await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json()) as { now: number }).now;
  const describeBackups = async (name: string) => (await ddb.send(new DescribeContinuousBackupsCommand({ TableName: name }))).ContinuousBackupsDescription!;
  const enable = (name: string, days?: number) =>
    ddb.send(new UpdateContinuousBackupsCommand({ TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: days } }));
  const waitActive = async (name: string) => {
    for (let i = 0; i < 50; i++) {
      const table = (await ddb.send(new DescribeTableCommand({ TableName: name }))).Table!;
      if (table.TableStatus === 'ACTIVE') return table;
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.fail(`${name} never became ACTIVE`);
  };

  test('a restore to one minute before a delete brings the item back; the restored table is independent', async () => {
    await createTable(ddb, 'Orders', {}, 'N');
    assert.deepEqual(await describeBackups('Orders'), { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' } });
    const enabledAt = await now();
    const enabled = (await enable('Orders')).ContinuousBackupsDescription!;
    assert.equal(enabled.PointInTimeRecoveryDescription!.PointInTimeRecoveryStatus, 'ENABLED');
    assert.equal(enabled.PointInTimeRecoveryDescription!.RecoveryPeriodInDays, 35);

    await ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { pk: { S: 'o1' }, sk: { N: '1' }, amount: { N: '10' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { pk: { S: 'o2' }, sk: { N: '1' }, amount: { N: '20' } } }));
    await advanceClock(cloud, '10m');
    const deletedAt = await now();
    await ddb.send(new DeleteItemCommand({ TableName: 'Orders', Key: { pk: { S: 'o1' }, sk: { N: '1' } } }));
    await ddb.send(new UpdateItemCommand({ TableName: 'Orders', Key: { pk: { S: 'o2' }, sk: { N: '1' } }, UpdateExpression: 'SET amount = :t', ExpressionAttributeValues: { ':t': { N: '25' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { pk: { S: 'o3' }, sk: { N: '1' } } }));
    await advanceClock(cloud, '10m');

    const window = (await describeBackups('Orders')).PointInTimeRecoveryDescription!;
    const current = await now();
    assert.ok(Math.abs(window.EarliestRestorableDateTime!.getTime() - enabledAt) < 1000, 'earliest is when PITR was enabled');
    assert.ok(Math.abs(window.LatestRestorableDateTime!.getTime() - (current - 5 * MINUTE)) < 1000, 'latest is five minutes ago');

    // Whole seconds, as a user would give them.
    const restoreAt = new Date(Math.floor((deletedAt - MINUTE) / 1000) * 1000);
    const restored = await ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Orders', TargetTableName: 'OrdersBefore', RestoreDateTime: restoreAt }));
    assert.equal(restored.TableDescription!.TableStatus, 'CREATING');
    assert.equal(restored.TableDescription!.RestoreSummary!.RestoreInProgress, true);
    const table = await waitActive('OrdersBefore');
    assert.deepEqual(table.RestoreSummary, {
      SourceTableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Orders', RestoreDateTime: restoreAt, RestoreInProgress: false,
    });
    assert.equal(table.ItemCount, 2);
    const back = await ddb.send(new GetItemCommand({ TableName: 'OrdersBefore', Key: { pk: { S: 'o1' }, sk: { N: '1' } } }));
    assert.deepEqual(back.Item, { pk: { S: 'o1' }, sk: { N: '1' }, amount: { N: '10' } });
    const o2 = await ddb.send(new GetItemCommand({ TableName: 'OrdersBefore', Key: { pk: { S: 'o2' }, sk: { N: '1' } } }));
    assert.equal(o2.Item!.amount.N, '20');
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'OrdersBefore', Key: { pk: { S: 'o3' }, sk: { N: '1' } } }))).Item, undefined);

    // Independent: writes to one never show in the other.
    await ddb.send(new PutItemCommand({ TableName: 'OrdersBefore', Item: { pk: { S: 'only-restored' }, sk: { N: '1' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { pk: { S: 'only-source' }, sk: { N: '1' } } }));
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'Orders', Key: { pk: { S: 'only-restored' }, sk: { N: '1' } } }))).Item, undefined);
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'OrdersBefore', Key: { pk: { S: 'only-source' }, sk: { N: '1' } } }))).Item, undefined);
    // Restored tables start without PITR, as on AWS.
    assert.equal((await describeBackups('OrdersBefore')).PointInTimeRecoveryDescription!.PointInTimeRecoveryStatus, 'DISABLED');

    // The latest restorable time: five minutes ago, after every change above.
    await ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Orders', TargetTableName: 'OrdersLatest', UseLatestRestorableTime: true }));
    await waitActive('OrdersLatest');
    const latest = await ddb.send(new ScanCommand({ TableName: 'OrdersLatest' }));
    assert.deepEqual(latest.Items!.map((i) => i.pk.S).sort(), ['o2', 'o3']);
  });

  test('restore times outside the window and bad requests get AWS errors', async () => {
    await createTable(ddb, 'Window', {}, null);
    const unavailable = { name: 'PointInTimeRecoveryUnavailableException', message: "Point in time recovery is not enabled for table 'Window'", status: 400 };
    await expectAwsError(ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Window', TargetTableName: 'WindowCopy', UseLatestRestorableTime: true })), unavailable);
    await enable('Window', 1);
    const start = await now();
    await advanceClock(cloud, '2d');
    const window = (await describeBackups('Window')).PointInTimeRecoveryDescription!;
    const current = await now();
    assert.equal(window.RecoveryPeriodInDays, 1);
    assert.ok(Math.abs(window.EarliestRestorableDateTime!.getTime() - (current - 24 * 60 * MINUTE)) < 1000, 'a one-day period: earliest is a day ago');
    assert.ok(start < window.EarliestRestorableDateTime!.getTime());

    const invalidTime = {
      name: 'InvalidRestoreTimeException',
      message: 'An invalid restore time was specified. RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime.',
      status: 400,
    };
    const restore = (at: Date) => ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Window', TargetTableName: 'WindowCopy', RestoreDateTime: at }));
    await expectAwsError(restore(new Date(window.EarliestRestorableDateTime!.getTime() - 1000)), invalidTime);
    await expectAwsError(restore(new Date(current - 4 * MINUTE)), invalidTime);
    await expectAwsError(restore(new Date(current + MINUTE)), invalidTime);
    await expectAwsError(ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Window', TargetTableName: 'WindowCopy' })), invalidTime);

    await expectAwsError(ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Nope', TargetTableName: 'WindowCopy', UseLatestRestorableTime: true })), {
      name: 'TableNotFoundException', message: 'Table not found: Nope', status: 400,
    });
    await expectAwsError(ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Window', TargetTableName: 'Orders', UseLatestRestorableTime: true })), {
      name: 'TableAlreadyExistsException', message: 'Table already exists: Orders', status: 400,
    });
    await validation(
      ddb.send(new RestoreTableToPointInTimeCommand({ TargetTableName: 'WindowCopy', UseLatestRestorableTime: true })),
      'Either SourceTableArn or SourceTableName must be provided, but not both',
    );
    await validation(
      ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Window', TargetTableName: 'WindowCopy', UseLatestRestorableTime: true, RestoreDateTime: new Date(current - 6 * MINUTE) })),
      'Only one of RestoreDateTime or UseLatestRestorableTime can be specified',
    );
    await validation(enable('Window', 36), "1 validation error detected: Value '36' at 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 35");
    await expectAwsError(ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'Nope' })), { name: 'TableNotFoundException', message: 'Table not found: Nope', status: 400 });
    await expectAwsError(enable('Nope'), { name: 'TableNotFoundException', message: 'Table not found: Nope', status: 400 });

    // Turning PITR off drops the log; on again, the window starts anew.
    const off = await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'Window', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false } }));
    assert.equal(off.ContinuousBackupsDescription!.PointInTimeRecoveryDescription!.PointInTimeRecoveryStatus, 'DISABLED');
    await expectAwsError(restore(new Date(current - 6 * MINUTE)), unavailable);
    await enable('Window');
    const again = (await describeBackups('Window')).PointInTimeRecoveryDescription!;
    assert.equal(again.EarliestRestorableDateTime!.getTime(), again.LatestRestorableDateTime!.getTime(), 'just re-enabled: only the latest time is restorable');
    await expectAwsError(restore(new Date(current - 6 * MINUTE)), invalidTime);
  });

  test('indexes are rebuilt on the restored table; the document client reads it', async () => {
    await createTable(ddb, 'Users', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'email', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [{ IndexName: 'ByEmail', KeySchema: [{ AttributeName: 'email', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
    });
    await enable('Users');
    const doc = DynamoDBDocumentClient.from(ddb);
    for (let i = 0; i < 30; i++) await doc.send(new PutCommand({ TableName: 'Users', Item: { pk: `u${i}`, email: `u${i}@example.com`, tags: new Set(['a']) } }));
    await advanceClock(cloud, '6m');
    await doc.send(new PutCommand({ TableName: 'Users', Item: { pk: 'u0', email: 'changed@example.com' } }));
    await ddb.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Users', TargetTableName: 'UsersRestored', UseLatestRestorableTime: true }));
    const table = await waitActive('UsersRestored');
    assert.equal(table.GlobalSecondaryIndexes![0].IndexStatus, 'ACTIVE');
    assert.equal(table.GlobalSecondaryIndexes![0].ItemCount, 30);
    const byEmail = await ddb.send(new QueryCommand({
      TableName: 'UsersRestored', IndexName: 'ByEmail', KeyConditionExpression: 'email = :e', ExpressionAttributeValues: { ':e': { S: 'u0@example.com' } },
    }));
    assert.equal(byEmail.Items!.length, 1);
    const got = await doc.send(new GetCommand({ TableName: 'UsersRestored', Key: { pk: 'u0' } }));
    assert.deepEqual(got.Item, { pk: 'u0', email: 'u0@example.com', tags: new Set(['a']) });
  });

  test('deleting a table with PITR on leaves a SYSTEM backup for 35 days', async () => {
    await createTable(ddb, 'Doomed', {}, null);
    await enable('Doomed');
    await ddb.send(new PutItemCommand({ TableName: 'Doomed', Item: { pk: { S: 'keep-me' } } }));
    // A refused delete takes no backup.
    await createTable(ddb, 'Guarded', { DeletionProtectionEnabled: true }, null);
    await enable('Guarded');
    await validation(ddb.send(new DeleteTableCommand({ TableName: 'Guarded' })), 'Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
    assert.deepEqual((await ddb.send(new ListBackupsCommand({ TableName: 'Guarded', BackupType: 'ALL' }))).BackupSummaries, []);

    await ddb.send(new DeleteTableCommand({ TableName: 'Doomed' }));
    const [system] = (await ddb.send(new ListBackupsCommand({ TableName: 'Doomed', BackupType: 'SYSTEM' }))).BackupSummaries!;
    assert.equal(system.BackupName, 'Doomed$DeletedTableBackup');
    assert.equal(system.BackupType, 'SYSTEM');
    assert.match(system.BackupArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/Doomed\/backup\/\d{17}-00000000$/);
    assert.equal(system.BackupExpiryDateTime!.getTime() - system.BackupCreationDateTime!.getTime(), 35 * 24 * 60 * MINUTE);
    assert.deepEqual((await ddb.send(new ListBackupsCommand({ TableName: 'Doomed' }))).BackupSummaries, [], 'USER is the default type listed');

    await ddb.send(new RestoreTableFromBackupCommand({ BackupArn: system.BackupArn, TargetTableName: 'Doomed' }));
    await waitActive('Doomed');
    assert.deepEqual((await ddb.send(new GetItemCommand({ TableName: 'Doomed', Key: { pk: { S: 'keep-me' } } }))).Item, { pk: { S: 'keep-me' } });
    // The new table is not the old one: no PITR.
    assert.equal((await describeBackups('Doomed')).PointInTimeRecoveryDescription!.PointInTimeRecoveryStatus, 'DISABLED');

    await advanceClock(cloud, '35d');
    await expectAwsError(ddb.send(new DescribeBackupCommand({ BackupArn: system.BackupArn })), {
      name: 'BackupNotFoundException', message: `Backup not found: ${system.BackupArn}`, status: 400,
    });
  });

  test('PITR and its change log survive a restart on the data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-pitr-'));
    try {
      let durable = await startTestCloud({ dataDir });
      let client = new DynamoDBClient(clientConfig(durable));
      await createTable(client, 'Durable', {}, null);
      await client.send(new UpdateContinuousBackupsCommand({ TableName: 'Durable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
      await client.send(new PutItemCommand({ TableName: 'Durable', Item: { pk: { S: 'first' } } }));
      client.destroy();
      await durable.close();

      durable = await startTestCloud({ dataDir });
      client = new DynamoDBClient(clientConfig(durable));
      await advanceClock(durable, '10m');
      // Logged after the restart: the log listens again as soon as DynamoDB loads.
      await client.send(new DeleteItemCommand({ TableName: 'Durable', Key: { pk: { S: 'first' } } }));
      await advanceClock(durable, '10m');
      const clock = ((await (await fetch(`${durable.endpoint}/_nimbus/clock`)).json()) as { now: number }).now;
      await client.send(new RestoreTableToPointInTimeCommand({ SourceTableName: 'Durable', TargetTableName: 'DurableBefore', RestoreDateTime: new Date(clock - 15 * MINUTE) }));
      let restored;
      for (let i = 0; i < 50 && restored?.TableStatus !== 'ACTIVE'; i++) restored = (await client.send(new DescribeTableCommand({ TableName: 'DurableBefore' }))).Table!;
      assert.equal(restored!.ItemCount, 1);
      assert.equal((await client.send(new ScanCommand({ TableName: 'Durable' }))).Count, 0);
      client.destroy();
      await durable.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the AWS CLI turns PITR on and describes it', async () => {
    await createTable(ddb, 'CliPitr', {}, null);
    const on = await aws(cloud, ['dynamodb', 'update-continuous-backups', '--table-name', 'CliPitr', '--point-in-time-recovery-specification', 'PointInTimeRecoveryEnabled=true']);
    assert.equal(on.code, 0, on.stderr);
    assert.equal(on.json.ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus, 'ENABLED');
    const described = await aws(cloud, ['dynamodb', 'describe-continuous-backups', '--table-name', 'CliPitr']);
    assert.equal(described.code, 0, described.stderr);
    assert.equal(described.json.ContinuousBackupsDescription.ContinuousBackupsStatus, 'ENABLED');
    // The Debian CLI's (2.9) model predates RecoveryPeriodInDays and leaves it out of its output.
    assert.equal(described.json.ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus, 'ENABLED');
  });
});
