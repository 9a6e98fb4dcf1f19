import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateBackupCommand, DeleteBackupCommand, DescribeBackupCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand, ListBackupsCommand, PutItemCommand, QueryCommand,
  RestoreTableFromBackupCommand, ScanCommand,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';

const ARN = /^arn:aws:dynamodb:us-east-1:000000000000:table\/Catalog\/backup\/\d{17}-[0-9a-f]{8}$/;

describe('DynamoDB on-demand backups', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    // Backups stay CREATING, and restored tables CREATING, for 2 s of clock time here.
    cloud = await startTestCloud({ dynamodbStatusDelayMs: 2000 });
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Catalog', {
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' },
        { AttributeName: 'colour', AttributeType: 'S' }, { AttributeName: 'size', AttributeType: 'N' }, { AttributeName: 'price', AttributeType: 'N' },
      ],
      LocalSecondaryIndexes: [{ IndexName: 'ByPrice', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'price', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
      GlobalSecondaryIndexes: [
        { IndexName: 'ByColour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } },
        { IndexName: 'BySize', KeySchema: [{ AttributeName: 'size', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } },
      ],
    });
    await advanceClock(cloud, '2s');
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const waitActive = async (name: string) => {
    await advanceClock(cloud, '2s');
    for (let i = 0; i < 50; i++) {
      const table = (await ddb.send(new DescribeTableCommand({ TableName: name }))).Table!;
      if (table.TableStatus === 'ACTIVE') return table;
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.fail(`${name} never became ACTIVE`);
  };
  const put = (pk: string, colour: string, size: number, price: number) =>
    ddb.send(new PutItemCommand({ TableName: 'Catalog', Item: { pk: { S: pk }, sk: { N: '1' }, colour: { S: colour }, size: { N: String(size) }, price: { N: String(price) } } }));

  test('a backup is the table at that instant; restored with index and billing overrides, CREATING then ACTIVE on the clock', async () => {
    await put('hat', 'red', 1, 10);
    await put('shoe', 'blue', 2, 20);
    const created = (await ddb.send(new CreateBackupCommand({ TableName: 'Catalog', BackupName: 'nightly' }))).BackupDetails!;
    assert.match(created.BackupArn!, ARN);
    assert.equal(created.BackupStatus, 'CREATING');
    assert.equal(created.BackupType, 'USER');
    assert.equal(created.BackupName, 'nightly');
    // Changes after the backup are not in it.
    await put('coat', 'red', 3, 30);

    await expectAwsError(ddb.send(new RestoreTableFromBackupCommand({ BackupArn: created.BackupArn, TargetTableName: 'TooSoon' })), {
      name: 'BackupInUseException', message: `Backup is being created: ${created.BackupArn}`, status: 400,
    });
    await advanceClock(cloud, '2s');
    const described = (await ddb.send(new DescribeBackupCommand({ BackupArn: created.BackupArn }))).BackupDescription!;
    assert.equal(described.BackupDetails!.BackupStatus, 'AVAILABLE');
    assert.equal(described.SourceTableDetails!.TableName, 'Catalog');
    assert.equal(described.SourceTableDetails!.ItemCount, 2);
    assert.equal(described.SourceTableDetails!.BillingMode, 'PROVISIONED');
    assert.deepEqual(described.SourceTableDetails!.ProvisionedThroughput, { ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
    assert.deepEqual(described.SourceTableFeatureDetails!.GlobalSecondaryIndexes!.map((i) => i.IndexName), ['ByColour', 'BySize']);
    assert.deepEqual(described.SourceTableFeatureDetails!.LocalSecondaryIndexes!.map((i) => i.IndexName), ['ByPrice']);

    const restoring = (await ddb.send(new RestoreTableFromBackupCommand({
      BackupArn: created.BackupArn,
      TargetTableName: 'CatalogCopy',
      BillingModeOverride: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexOverride: [{ IndexName: 'ByColour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    }))).TableDescription!;
    assert.equal(restoring.TableStatus, 'CREATING');
    assert.deepEqual(restoring.RestoreSummary, {
      SourceBackupArn: created.BackupArn, SourceTableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Catalog', RestoreDateTime: created.BackupCreationDateTime, RestoreInProgress: true,
    });
    await expectAwsError(ddb.send(new GetItemCommand({ TableName: 'CatalogCopy', Key: { pk: { S: 'hat' }, sk: { N: '1' } } })), {
      name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400,
    });
    const table = await waitActive('CatalogCopy');
    assert.equal(table.RestoreSummary!.RestoreInProgress, false);
    assert.equal(table.BillingModeSummary!.BillingMode, 'PAY_PER_REQUEST');
    assert.equal(table.ItemCount, 2);
    assert.deepEqual(table.GlobalSecondaryIndexes!.map((i) => [i.IndexName, i.Projection!.ProjectionType, i.ItemCount]), [['ByColour', 'KEYS_ONLY', 2]]);
    assert.deepEqual(table.LocalSecondaryIndexes!.map((i) => [i.IndexName, i.ItemCount]), [['ByPrice', 2]]);
    // The attribute only the dropped index used is gone from the definitions.
    assert.deepEqual(table.AttributeDefinitions!.map((d) => d.AttributeName).sort(), ['colour', 'pk', 'price', 'sk']);

    const red = await ddb.send(new QueryCommand({ TableName: 'CatalogCopy', IndexName: 'ByColour', KeyConditionExpression: 'colour = :c', ExpressionAttributeValues: { ':c': { S: 'red' } } }));
    assert.deepEqual(red.Items, [{ pk: { S: 'hat' }, sk: { N: '1' }, colour: { S: 'red' } }]);
    const cheap = await ddb.send(new QueryCommand({ TableName: 'CatalogCopy', IndexName: 'ByPrice', KeyConditionExpression: 'pk = :p AND price < :x', ExpressionAttributeValues: { ':p': { S: 'shoe' }, ':x': { N: '25' } } }));
    assert.equal(cheap.Count, 1);

    // Independent of the source and of the backup.
    await ddb.send(new PutItemCommand({ TableName: 'CatalogCopy', Item: { pk: { S: 'scarf' }, sk: { N: '1' }, colour: { S: 'red' }, price: { N: '5' } } }));
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'Catalog', Key: { pk: { S: 'scarf' }, sk: { N: '1' } } }))).Item, undefined);
    assert.equal((await ddb.send(new ScanCommand({ TableName: 'Catalog' }))).Count, 3);
    const again = await ddb.send(new RestoreTableFromBackupCommand({ BackupArn: created.BackupArn, TargetTableName: 'CatalogCopy2', ProvisionedThroughputOverride: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 } }));
    assert.deepEqual([again.TableDescription!.ProvisionedThroughput!.ReadCapacityUnits, again.TableDescription!.ProvisionedThroughput!.WriteCapacityUnits], [7, 3]);
    assert.equal((await waitActive('CatalogCopy2')).ItemCount, 2);
  });

  test('ListBackups filters by table, type and time and pages; DeleteBackup; errors as AWS words them', async () => {
    await createTable(ddb, 'Other', {}, null);
    await advanceClock(cloud, '2s');
    const before = (await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json() as { now: number }).now;
    const arns: string[] = [];
    for (const name of ['bk1', 'bk2', 'bk3']) {
      arns.push((await ddb.send(new CreateBackupCommand({ TableName: 'Other', BackupName: name }))).BackupDetails!.BackupArn!);
      await advanceClock(cloud, '1m');
    }
    const all = (await ddb.send(new ListBackupsCommand({ TableName: 'Other' }))).BackupSummaries!;
    assert.deepEqual(all.map((b) => b.BackupName), ['bk1', 'bk2', 'bk3']);
    assert.equal(all[0].TableArn, 'arn:aws:dynamodb:us-east-1:000000000000:table/Other');
    assert.equal(all[0].BackupStatus, 'AVAILABLE');
    const page1 = await ddb.send(new ListBackupsCommand({ TableName: 'Other', Limit: 2 }));
    assert.deepEqual(page1.BackupSummaries!.map((b) => b.BackupName), ['bk1', 'bk2']);
    assert.equal(page1.LastEvaluatedBackupArn, arns[1]);
    const page2 = await ddb.send(new ListBackupsCommand({ TableName: 'Other', Limit: 2, ExclusiveStartBackupArn: page1.LastEvaluatedBackupArn }));
    assert.deepEqual(page2.BackupSummaries!.map((b) => b.BackupName), ['bk3']);
    assert.equal(page2.LastEvaluatedBackupArn, undefined);
    const window = await ddb.send(new ListBackupsCommand({ TableName: 'Other', TimeRangeLowerBound: new Date(before + 30_000), TimeRangeUpperBound: new Date(before + 150_000) }));
    assert.deepEqual(window.BackupSummaries!.map((b) => b.BackupName), ['bk2', 'bk3']);
    assert.deepEqual((await ddb.send(new ListBackupsCommand({ TableName: 'Other', BackupType: 'SYSTEM' }))).BackupSummaries, []);
    const everything = (await ddb.send(new ListBackupsCommand({ BackupType: 'ALL' }))).BackupSummaries!;
    assert.ok(everything.some((b) => b.TableName === 'Catalog') && everything.some((b) => b.TableName === 'Other'));

    const deleted = (await ddb.send(new DeleteBackupCommand({ BackupArn: arns[0] }))).BackupDescription!;
    assert.equal(deleted.BackupDetails!.BackupStatus, 'DELETED');
    const gone = { name: 'BackupNotFoundException', message: `Backup not found: ${arns[0]}`, status: 400 };
    await expectAwsError(ddb.send(new DescribeBackupCommand({ BackupArn: arns[0] })), gone);
    await expectAwsError(ddb.send(new DeleteBackupCommand({ BackupArn: arns[0] })), gone);
    await expectAwsError(ddb.send(new RestoreTableFromBackupCommand({ BackupArn: arns[0], TargetTableName: 'Nowhere' })), gone);
    await expectAwsError(ddb.send(new RestoreTableFromBackupCommand({ BackupArn: arns[1], TargetTableName: 'Catalog' })), {
      name: 'TableAlreadyExistsException', message: 'Table already exists: Catalog', status: 400,
    });
    await expectAwsError(ddb.send(new CreateBackupCommand({ TableName: 'Missing', BackupName: 'x1x' })), { name: 'TableNotFoundException', message: 'Table not found: Missing', status: 400 });
    await validation(
      ddb.send(new CreateBackupCommand({ TableName: 'Other', BackupName: 'no spaces' })),
      "1 validation error detected: Value 'no spaces' at 'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
    await validation(
      ddb.send(new RestoreTableFromBackupCommand({ BackupArn: arns[1], TargetTableName: 'OtherCopy', BillingModeOverride: 'PAY_PER_REQUEST', ProvisionedThroughputOverride: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } })),
      'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST',
    );
    await validation(
      ddb.send(new RestoreTableFromBackupCommand({ BackupArn: arns[1], TargetTableName: 'OtherCopy', BillingModeOverride: 'PROVISIONED' })),
      'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED',
    );
    // Nothing partial: the refused restores left no table behind.
    await expectAwsError(ddb.send(new DescribeTableCommand({ TableName: 'OtherCopy' })), { name: 'ResourceNotFoundException' });
  });

  test('the AWS CLI creates and lists backups', async () => {
    const created = await aws(cloud, ['dynamodb', 'create-backup', '--table-name', 'Catalog', '--backup-name', 'from-cli']);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.json.BackupDetails.BackupArn, ARN);
    const listed = await aws(cloud, ['dynamodb', 'list-backups', '--table-name', 'Catalog']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok(listed.json.BackupSummaries.some((b: { BackupName: string }) => b.BackupName === 'from-cli'));
  });
});
