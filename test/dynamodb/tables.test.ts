import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateTableCommand, DeleteTableCommand, DescribeEndpointsCommand, DescribeLimitsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand,
  ListTagsOfResourceCommand, PutItemCommand, TagResourceCommand, UntagResourceCommand, UpdateTableCommand, QueryCommand, waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable, validation } from './support.js';
import { expectAwsError } from '../support/errors.js';

describe('DynamoDB tables', () => {
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

  test('CreateTable answers CREATING; DescribeTable shows every field once ACTIVE', async () => {
    const started = Date.now();
    const created = await ddb.send(
      new CreateTableCommand({
        TableName: 'Music',
        KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'SongTitle', KeyType: 'RANGE' }],
        AttributeDefinitions: [
          { AttributeName: 'Artist', AttributeType: 'S' },
          { AttributeName: 'SongTitle', AttributeType: 'S' },
          { AttributeName: 'Year', AttributeType: 'N' },
          { AttributeName: 'Genre', AttributeType: 'S' },
        ],
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 10 },
        LocalSecondaryIndexes: [{ IndexName: 'ByYear', KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
        GlobalSecondaryIndexes: [{
          IndexName: 'ByGenre',
          KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['Album'] },
          ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 2 },
        }],
        SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/music' },
        TableClass: 'STANDARD_INFREQUENT_ACCESS',
        DeletionProtectionEnabled: true,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        Tags: [{ Key: 'team', Value: 'audio' }],
      }),
    );
    const description = created.TableDescription!;
    assert.equal(description.TableStatus, 'CREATING');
    assert.equal(description.GlobalSecondaryIndexes![0].IndexStatus, 'CREATING');
    assert.equal(description.TableArn, 'arn:aws:dynamodb:us-east-1:000000000000:table/Music');
    assert.match(description.TableId!, /^[0-9a-f-]{36}$/);

    await waitUntilTableExists({ client: ddb, maxWaitTime: 5, minDelay: 1 }, { TableName: 'Music' });
    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'Music' }))).Table!;
    assert.equal(table.TableStatus, 'ACTIVE');
    assert.equal(table.ItemCount, 0);
    assert.equal(table.TableSizeBytes, 0);
    assert.ok(table.CreationDateTime!.getTime() >= started - 1000);
    assert.deepEqual(table.KeySchema, [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'SongTitle', KeyType: 'RANGE' }]);
    assert.deepEqual(table.ProvisionedThroughput, { ReadCapacityUnits: 5, WriteCapacityUnits: 10, NumberOfDecreasesToday: 0 });
    assert.equal(table.BillingModeSummary, undefined);
    assert.deepEqual(table.LocalSecondaryIndexes, [{
      IndexName: 'ByYear', KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }],
      Projection: { ProjectionType: 'KEYS_ONLY' }, IndexSizeBytes: 0, ItemCount: 0, IndexArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Music/index/ByYear',
    }]);
    const gsi = table.GlobalSecondaryIndexes![0];
    assert.equal(gsi.IndexStatus, 'ACTIVE');
    assert.deepEqual(gsi.Projection, { ProjectionType: 'INCLUDE', NonKeyAttributes: ['Album'] });
    assert.deepEqual(gsi.ProvisionedThroughput, { ReadCapacityUnits: 1, WriteCapacityUnits: 2, NumberOfDecreasesToday: 0 });
    assert.equal(gsi.IndexArn, 'arn:aws:dynamodb:us-east-1:000000000000:table/Music/index/ByGenre');
    assert.deepEqual(table.SSEDescription, { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: 'arn:aws:kms:us-east-1:000000000000:key/alias/music' });
    assert.equal(table.TableClassSummary?.TableClass, 'STANDARD_INFREQUENT_ACCESS');
    assert.equal(table.DeletionProtectionEnabled, true);
    assert.deepEqual(table.StreamSpecification, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    assert.match(table.LatestStreamArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/Music\/stream\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    assert.equal(table.LatestStreamArn!.split('/stream/')[1], table.LatestStreamLabel);

    // Counts follow the items.
    await ddb.send(new PutItemCommand({ TableName: 'Music', Item: { Artist: { S: 'A' }, SongTitle: { S: 'x' }, Year: { N: '1999' }, Genre: { S: 'rock' }, Album: { S: 'one' }, Extra: { S: 'e' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Music', Item: { Artist: { S: 'A' }, SongTitle: { S: 'y' } } }));
    const counted = (await ddb.send(new DescribeTableCommand({ TableName: 'Music' }))).Table!;
    assert.equal(counted.ItemCount, 2);
    // names + values; the number 1999 takes two base-100 digits plus one byte
    assert.equal(counted.TableSizeBytes, (6 + 1) + (9 + 1) + (4 + 3) + (5 + 4) + (5 + 3) + (5 + 1) + (6 + 1) + (9 + 1));
    assert.equal(counted.GlobalSecondaryIndexes![0].ItemCount, 1, 'the GSI is sparse');
    assert.equal(counted.LocalSecondaryIndexes![0].ItemCount, 1);

    // Deletion protection holds until switched off.
    await validation(ddb.send(new DeleteTableCommand({ TableName: 'Music' })), 'Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
    const updated = await ddb.send(new UpdateTableCommand({ TableName: 'Music', DeletionProtectionEnabled: false }));
    assert.equal(updated.TableDescription!.TableStatus, 'UPDATING');
    const deleted = await ddb.send(new DeleteTableCommand({ TableName: 'Music' }));
    assert.equal(deleted.TableDescription!.TableStatus, 'DELETING');
    await expectAwsError(ddb.send(new DescribeTableCommand({ TableName: 'Music' })), { name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: Music not found', status: 400 });
    await expectAwsError(ddb.send(new DeleteTableCommand({ TableName: 'Music' })), { name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: Music not found', status: 400 });
  });

  test('CreateTable rules, with AWS messages', async () => {
    const base = { TableName: 'Rules', BillingMode: 'PAY_PER_REQUEST' as const };
    const hash = [{ AttributeName: 'id', KeyType: 'HASH' as const }];
    const idDef = [{ AttributeName: 'id', AttributeType: 'S' as const }];
    await validation(ddb.send(new CreateTableCommand({ ...base, TableName: 'ab', KeySchema: hash, AttributeDefinitions: idDef })),
      "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
    await validation(ddb.send(new CreateTableCommand({ ...base, TableName: 'bad name', KeySchema: hash, AttributeDefinitions: idDef })),
      "1 validation error detected: Value 'bad name' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    await validation(ddb.send(new CreateTableCommand({ ...base, AttributeDefinitions: idDef })),
      "1 validation error detected: Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
    // Key schema rules carry no "One or more parameter values were invalid" prefix.
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: [{ AttributeName: 'id', KeyType: 'RANGE' }], AttributeDefinitions: idDef })),
      'Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: [hash[0], { AttributeName: 'r', KeyType: 'HASH' }], AttributeDefinitions: [...idDef, { AttributeName: 'r', AttributeType: 'S' }] })),
      'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: [hash[0], { AttributeName: 'id', KeyType: 'RANGE' }], AttributeDefinitions: idDef })),
      'Both the Hash Key and the Range Key element in the KeySchema have the same name');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: [...idDef, { AttributeName: 'id', AttributeType: 'N' }] })),
      'Attribute Name is duplicated: id');
    // Definitions against keys: the wording depends on the counts and on whether indexes are declared.
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: [{ AttributeName: 'other', AttributeType: 'S' }] })),
      'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [other]');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: [...idDef, { AttributeName: 'extra', AttributeType: 'N' }] })),
      'One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: [hash[0], { AttributeName: 'r', KeyType: 'RANGE' }], AttributeDefinitions: idDef })),
      'Invalid KeySchema: Some index key attribute have no definition');
    await validation(ddb.send(new CreateTableCommand({ TableName: 'Rules', KeySchema: hash, AttributeDefinitions: idDef })),
      'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: idDef, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } })),
      'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
    await validation(ddb.send(new CreateTableCommand({ TableName: 'Rules', KeySchema: hash, AttributeDefinitions: idDef, ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 1 } })),
      "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1");
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: [...idDef, { AttributeName: 'n', AttributeType: 'N' }],
      LocalSecondaryIndexes: [{ IndexName: 'lsi', KeySchema: [hash[0], { AttributeName: 'n', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] })),
    'One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex');
    const withRange = { ...base, KeySchema: [hash[0], { AttributeName: 'r', KeyType: 'RANGE' as const }], AttributeDefinitions: [...idDef, { AttributeName: 'r', AttributeType: 'S' as const }, { AttributeName: 'n', AttributeType: 'N' as const }] };
    await validation(ddb.send(new CreateTableCommand({ ...withRange,
      LocalSecondaryIndexes: [{ IndexName: 'lsi', KeySchema: [{ AttributeName: 'n', KeyType: 'HASH' }, { AttributeName: 'r', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] })),
    'One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: lsi. index hash key: n, table hash key: id');
    const gsi = (name: string) => ({ IndexName: name, KeySchema: [{ AttributeName: 'n', KeyType: 'HASH' as const }], Projection: { ProjectionType: 'ALL' as const } });
    await validation(ddb.send(new CreateTableCommand({ ...withRange, AttributeDefinitions: [...withRange.AttributeDefinitions, { AttributeName: 'x', AttributeType: 'S' }], GlobalSecondaryIndexes: [gsi('gsi')] })),
      'One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: [id, r, n, x], keys used: [id, r, n]');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [{ ...gsi('gsi'), KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }] }] })),
      'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [g], AttributeDefinitions: [id, r, n]');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [gsi('gsi'), gsi('gsi')] })), 'One or more parameter values were invalid: Duplicate index name: gsi');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: Array.from({ length: 21 }, (_, i) => gsi(`gsi${i}`)) })),
      'One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of 20');
    const lsi = (name: string) => ({ IndexName: name, KeySchema: [hash[0], { AttributeName: 'n', KeyType: 'RANGE' as const }], Projection: { ProjectionType: 'KEYS_ONLY' as const } });
    await validation(ddb.send(new CreateTableCommand({ ...withRange, LocalSecondaryIndexes: Array.from({ length: 6 }, (_, i) => lsi(`lsi${i}`)) })),
      'One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of 5');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [{ ...gsi('gsi'), Projection: { ProjectionType: 'ALL', NonKeyAttributes: ['x'] } }] })),
      'One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [{ ...gsi('gsi'), Projection: {} }] })),
      'One or more parameter values were invalid: Unknown ProjectionType: null');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [{ ...gsi('gsi'), Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['a', 'b', 'a'] } }] })),
      'One or more parameter values were invalid: Duplicate element in NonKeyAttributes: a');
    await validation(ddb.send(new CreateTableCommand({ TableName: 'Rules', KeySchema: withRange.KeySchema, AttributeDefinitions: withRange.AttributeDefinitions,
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }, GlobalSecondaryIndexes: [gsi('gsi')] })),
    'One or more parameter values were invalid: ProvisionedThroughput is not specified for index: gsi');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [{ ...gsi('gsi'), ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }] })),
      'One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: gsi when BillingMode is PAY_PER_REQUEST');
    await expectAwsError(
      ddb.send(new CreateTableCommand({ TableName: 'Rules', KeySchema: hash, AttributeDefinitions: idDef, ProvisionedThroughput: { ReadCapacityUnits: 40001, WriteCapacityUnits: 1 } })),
      { name: 'LimitExceededException', message: /^Subscriber limit exceeded: Provisioned throughput for a single table or global secondary index cannot exceed 40000 read capacity units/, status: 400 },
    );
    const simple = { ...base, KeySchema: hash, AttributeDefinitions: idDef };
    await validation(ddb.send(new CreateTableCommand({ ...simple, StreamSpecification: { StreamEnabled: true } })),
      'One or more parameter values were invalid: Table is being created with a stream enabled, UpdateViewType is required');
    await validation(ddb.send(new CreateTableCommand({ ...simple, StreamSpecification: { StreamEnabled: false, StreamViewType: 'KEYS_ONLY' } })),
      'One or more parameter values were invalid: Table is being created with a stream disabled, UpdateViewType should not be specified');
    await validation(ddb.send(new CreateTableCommand({ ...simple, SSESpecification: { Enabled: false, SSEType: 'KMS' } })),
      'One or more parameter values were invalid: SSEType can not be specified if Enabled is false');
    await validation(ddb.send(new CreateTableCommand({ ...simple, SSESpecification: { Enabled: false, KMSMasterKeyId: 'alias/k' } })),
      'One or more parameter values were invalid: KMSMasterKeyId can not be specified if Enabled is false');
    await validation(ddb.send(new CreateTableCommand({ ...simple, SSESpecification: { Enabled: true, SSEType: 'AES256' } })),
      'One or more parameter values were invalid: SSEType AES256 is not supported');
    await validation(ddb.send(new CreateTableCommand({ ...simple, SSESpecification: { Enabled: true, KMSMasterKeyId: 'alias/k' } })),
      'One or more parameter values were invalid: SSEType KMS is required if KMSMasterKeyId is specified');
    await validation(ddb.send(new CreateTableCommand({ ...simple, Tags: [{ Key: 'a#b', Value: 'v' }] })), 'The Tag Key provided is invalid, Key: a#b');
    await validation(ddb.send(new CreateTableCommand({ ...simple, Tags: [{ Key: 'aws:x', Value: 'v' }] })), 'Tag Key cannot be prefixed with aws:, Key: aws:x');
    await validation(ddb.send(new CreateTableCommand({ ...simple, Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })),
      'Number of Tags exceed the current limit for the provided ResourceArn');

    await ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: idDef }));
    await expectAwsError(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: idDef })), { name: 'ResourceInUseException', message: 'Table already exists: Rules', status: 400 });
    const described = (await ddb.send(new DescribeTableCommand({ TableName: 'arn:aws:dynamodb:us-east-1:000000000000:table/Rules' }))).Table!;
    assert.equal(described.TableName, 'Rules', 'a table ARN names the table');
    assert.deepEqual(described.BillingModeSummary?.BillingMode, 'PAY_PER_REQUEST');
    assert.deepEqual(described.ProvisionedThroughput, { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 });
    await ddb.send(new DeleteTableCommand({ TableName: 'Rules' }));
  });

  test('ListTables pages through names in order', async () => {
    const names = ['list-c', 'list-a', 'list-b', 'list-e', 'list-d'];
    for (const name of names) await createTable(ddb, name, {}, null);
    const all = await ddb.send(new ListTablesCommand({}));
    assert.deepEqual(all.TableNames, [...names].sort());
    assert.equal(all.LastEvaluatedTableName, undefined);
    const page1 = await ddb.send(new ListTablesCommand({ Limit: 2 }));
    assert.deepEqual(page1.TableNames, ['list-a', 'list-b']);
    assert.equal(page1.LastEvaluatedTableName, 'list-b');
    const page2 = await ddb.send(new ListTablesCommand({ Limit: 2, ExclusiveStartTableName: page1.LastEvaluatedTableName }));
    assert.deepEqual(page2.TableNames, ['list-c', 'list-d']);
    const page3 = await ddb.send(new ListTablesCommand({ Limit: 2, ExclusiveStartTableName: page2.LastEvaluatedTableName }));
    assert.deepEqual(page3.TableNames, ['list-e']);
    assert.equal(page3.LastEvaluatedTableName, undefined);
    await validation(ddb.send(new ListTablesCommand({ Limit: 101 })), "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
    // Another region sees none of them.
    const west = new DynamoDBClient(clientConfig(cloud, 'us-west-2'));
    assert.deepEqual((await west.send(new ListTablesCommand({}))).TableNames, []);
    west.destroy();
    for (const name of names) await ddb.send(new DeleteTableCommand({ TableName: name }));
  });

  test('UpdateTable: throughput, billing mode, streams, class, SSE, GSI create/update/delete', async () => {
    await ddb.send(new CreateTableCommand({
      TableName: 'Upd', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    }));
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } })),
      'The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.');
    const everything = 'ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, '
      + 'ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass';
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd' })), `At least one of ${everything} is required`);
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }] })), `At least one of ${everything} is required`);
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', MultiRegionConsistency: 'EVENTUAL' })),
      `At least one of ${everything.replace('MultiRegionConsistency, ', '')} is required`);
    // An empty list counts as absent on its own, and is refused once something else is asked for.
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [] })), `At least one of ${everything} is required`);
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [], DeletionProtectionEnabled: true })),
      'One or more parameter values were invalid: List of GlobalSecondaryIndexUpdates is empty');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', TableClass: 'GLACIER' as 'STANDARD' })),
      'Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].');
    // SSE, TableClass and DeletionProtection only come alone; the first of them present is named.
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', SSESpecification: { Enabled: true }, TableClass: 'STANDARD', DeletionProtectionEnabled: true })),
      'One or more parameter values were invalid: Server-Side Encryption modification must be the only operation in the request');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', TableClass: 'STANDARD', DeletionProtectionEnabled: true })),
      'One or more parameter values were invalid: TableClass modification must be the only operation in the request');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', DeletionProtectionEnabled: true, BillingMode: 'PAY_PER_REQUEST' })),
      'One or more parameter values were invalid: DeletionProtection modification must be the only operation in the request');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', ProvisionedThroughput: { ReadCapacityUnits: 6, WriteCapacityUnits: 6 }, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })),
      'One or more parameter values were invalid: You cannot modify stream status while updating table IOPS');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PROVISIONED' })),
      'One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED');
    const raised = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 3 } }));
    const throughput = raised.TableDescription!.ProvisionedThroughput!;
    assert.equal(throughput.ReadCapacityUnits, 10);
    assert.equal(throughput.NumberOfDecreasesToday, 1);
    assert.ok(throughput.LastIncreaseDateTime instanceof Date && throughput.LastDecreaseDateTime instanceof Date);

    await ddb.send(new PutItemCommand({ TableName: 'Upd', Item: { id: { S: '1' }, colour: { S: 'red' }, size: { N: '3' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Upd', Item: { id: { S: '2' }, colour: { S: 'red' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Upd', Item: { id: { S: '3' } } }));
    const byColourCreate = { IndexName: 'ByColour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' as const }], Projection: { ProjectionType: 'KEYS_ONLY' as const } };
    const colourDef = [{ AttributeName: 'colour', AttributeType: 'S' as const }];
    const oneUnit = { ReadCapacityUnits: 1, WriteCapacityUnits: 1 };
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Create: { ...byColourCreate, ProvisionedThroughput: oneUnit } }] })),
      'One or more parameter values were invalid: AttributeDefinitions is not specified for index: ByColour');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', AttributeDefinitions: colourDef, GlobalSecondaryIndexUpdates: [{ Create: byColourCreate }] })),
      'One or more parameter values were invalid: ProvisionedThroughput must be specified for index: ByColour');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', AttributeDefinitions: colourDef, GlobalSecondaryIndexUpdates: [{ Create: { ...byColourCreate, ProvisionedThroughput: oneUnit } }],
      ProvisionedThroughput: { ReadCapacityUnits: 11, WriteCapacityUnits: 3 } })), 'One or more parameter values were invalid: You cannot create or delete index while updating table IOPS');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', AttributeDefinitions: colourDef, GlobalSecondaryIndexUpdates: [{ Create: { ...byColourCreate, ProvisionedThroughput: oneUnit } }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })), 'One or more parameter values were invalid: You cannot create or delete index while changing stream status');
    const withIndex = await ddb.send(new UpdateTableCommand({
      TableName: 'Upd',
      AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByColour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } }],
    }));
    assert.equal(withIndex.TableDescription!.GlobalSecondaryIndexes![0].IndexStatus, 'CREATING');
    const byColour = await ddb.send(new QueryCommand({ TableName: 'Upd', IndexName: 'ByColour', KeyConditionExpression: 'colour = :c', ExpressionAttributeValues: { ':c': { S: 'red' } } }));
    assert.equal(byColour.Count, 2, 'the new index is backfilled');
    assert.deepEqual(byColour.Items![0], { id: { S: byColour.Items![0].id.S! }, colour: { S: 'red' } });

    await validation(ddb.send(new UpdateTableCommand({
      TableName: 'Upd', AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByColour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } }],
    })), 'Attempting to create an index which already exists');
    await validation(ddb.send(new UpdateTableCommand({
      TableName: 'Upd', AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'N' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByColourN', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } }],
    })), 'One or more parameter values were invalid: Cannot change the type of an existing attribute: colour');
    await expectAwsError(
      ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [
      { Create: { IndexName: 'One', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } },
      { Delete: { IndexName: 'ByColour' } },
    ] })),
      { name: 'LimitExceededException', message: 'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table', status: 400 },
    );
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{}] })),
      'One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'ByColour' }, Delete: { IndexName: 'ByColour' } }] })),
      'One or more parameter values were invalid: Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object');
    const sevens = { IndexName: 'ByColour', ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 7 } };
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Update: sevens }, { Update: sevens }] })),
      'One or more parameter values were invalid: Only one global secondary index update per index is allowed simultaneously. Index: ByColour');
    await ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Update: sevens }] }));
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Update: sevens }] })),
      'The provisioned throughput for the index ByColour will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for index ByColour: 7. Requested ReadCapacityUnits: 7. Current WriteCapacityUnits provisioned for index ByColour: 7. Requested WriteCapacityUnits: 7. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.');
    let table = (await ddb.send(new DescribeTableCommand({ TableName: 'Upd' }))).Table!;
    assert.equal(table.GlobalSecondaryIndexes![0].ProvisionedThroughput!.ReadCapacityUnits, 7);
    assert.equal(table.GlobalSecondaryIndexes![0].ItemCount, 2);
    await expectAwsError(
      ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'Nope' } }] })),
      { name: 'ResourceNotFoundException', message: 'Requested resource not found: Index: Nope not found', status: 400 },
    );
    await ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'ByColour' } }] }));
    table = (await ddb.send(new DescribeTableCommand({ TableName: 'Upd' }))).Table!;
    assert.equal(table.GlobalSecondaryIndexes, undefined);
    assert.deepEqual(table.AttributeDefinitions, [{ AttributeName: 'id', AttributeType: 'S' }], 'definitions of dropped index keys go away');

    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } })),
      'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
    const onDemand = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PAY_PER_REQUEST' }));
    assert.equal(onDemand.TableDescription!.BillingModeSummary!.BillingMode, 'PAY_PER_REQUEST');
    assert.ok(onDemand.TableDescription!.BillingModeSummary!.LastUpdateToPayPerRequestDateTime instanceof Date);
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', AttributeDefinitions: colourDef, GlobalSecondaryIndexUpdates: [{ Create: { ...byColourCreate, ProvisionedThroughput: oneUnit } }] })),
      'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: ByColour when BillingMode is PAY_PER_REQUEST');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PROVISIONED' })),
      'One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED');

    const streamed = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }));
    assert.deepEqual(streamed.TableDescription!.StreamSpecification, { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' });
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })),
      'Table already has an enabled stream: TableName: Upd');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: true } })),
      'One or more parameter values were invalid: If stream is being enabled then UpdateViewType is required');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: false, StreamViewType: 'KEYS_ONLY' } })),
      'One or more parameter values were invalid: If stream is being disabled, then UpdateViewType must not be specified');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: false }, TableClass: 'STANDARD' })),
      'One or more parameter values were invalid: TableClass modification must be the only operation in the request');
    const unstreamed = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: false } }));
    assert.equal(unstreamed.TableDescription!.StreamSpecification, undefined);
    assert.equal(unstreamed.TableDescription!.LatestStreamArn, streamed.TableDescription!.LatestStreamArn, 'the last stream stays described');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: false } })), 'Table has no stream to disable: TableName: Upd');
    const classed = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', TableClass: 'STANDARD' }));
    assert.equal(classed.TableDescription!.TableClassSummary!.TableClass, 'STANDARD');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', SSESpecification: { Enabled: false } })),
      'One or more parameter values were invalid: Table is already encrypted by default');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', SSESpecification: { Enabled: false, SSEType: 'KMS' } })),
      'One or more parameter values were invalid: SSEType can not be specified if Enabled is false');
    const encrypted = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', SSESpecification: { Enabled: true } }));
    assert.equal(encrypted.TableDescription!.SSEDescription!.Status, 'ENABLED');
    await expectAwsError(ddb.send(new UpdateTableCommand({ TableName: 'Nope', DeletionProtectionEnabled: true })), { name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: Nope not found', status: 400 });
    await ddb.send(new DeleteTableCommand({ TableName: 'Upd' }));
  });

  test('UpdateTable refuses to update or delete a local index', async () => {
    await createTable(ddb, 'WithLsi', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }, { AttributeName: 'n', AttributeType: 'N' }],
      LocalSecondaryIndexes: [{ IndexName: 'lsi', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    });
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'WithLsi', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'lsi' } }] })),
      'Cannot update an index that is not a GlobalSecondaryIndex: lsi');
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'WithLsi', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'lsi' } }] })),
      'Cannot delete an index that is not a GlobalSecondaryIndex: lsi');
    await ddb.send(new DeleteTableCommand({ TableName: 'WithLsi' }));
  });

  test('tags, limits, endpoints', async () => {
    await createTable(ddb, 'Tagged', { Tags: [{ Key: 'a', Value: '1' }] }, null);
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/Tagged';
    await ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: 'one' }] }));
    assert.deepEqual((await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'a', Value: 'one' }, { Key: 'b', Value: '2' }]);
    await ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a'] }));
    assert.deepEqual((await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'b', Value: '2' }]);
    await expectAwsError(
      ddb.send(new ListTagsOfResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Nope' })),
      { name: 'ResourceNotFoundException', message: 'Requested resource not found: ResourcArn: arn:aws:dynamodb:us-east-1:000000000000:table/Nope not found', status: 400 },
    );
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: 'not-an-arn', Tags: [{ Key: 'k', Value: 'v' }] })), "One or more parameter values were invalid: ARNs must start with 'arn:': not-an-arn");
    await validation(ddb.send(new ListTagsOfResourceCommand({ ResourceArn: 'not-an-arn' })), "One or more parameter values were invalid: ARNs must start with 'arn:': not-an-arn");
    await validation(ddb.send(new ListTagsOfResourceCommand({ ResourceArn: `${arn}/index/ByX` })),
      `One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${arn}/index/ByX`);
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [] })), 'Atleast one Tag needs to be provided as Input.');
    await validation(ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: [] })), 'Atleast one Tag Key needs to be provided as Input.');
    // One bad tag fails the whole request: 'ok' is not applied either.
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'ok', Value: 'v' }, { Key: 'a*b', Value: 'v' }] })), 'The Tag Key provided is invalid, Key: a*b');
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'aws:team', Value: 'v' }] })), 'Tag Key cannot be prefixed with aws:, Key: aws:team');
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k', Value: '100%' }] })), 'The Tag Value provided is invalid, Value: 100%');
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'dup', Value: '1' }, { Key: 'dup', Value: '2' }] })),
      'Duplicate Tag Keys provided as input: Duplicate Tag Key found dup');
    await validation(ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a,b'] })), 'The Tag Key provided is invalid, Key: a,b');
    await validation(ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: Array.from({ length: 51 }, (_, i) => `k${i}`) })),
      'Number of Tags exceed the current limit for the provided ResourceArn');
    // Letters of any script, spaces and + - = . _ : / @ are allowed.
    await ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'ключ 表', Value: 'a+b-c=d.e_f:g/h@i' }] }));
    await ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['ключ 表'] }));
    assert.deepEqual((await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'b', Value: '2' }]);
    // The limit counts the tags after the merge: 'b' plus 50 new ones is one too many.
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })),
      'Number of Tags exceed the current limit for the provided ResourceArn');
    await ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }));
    await ddb.send(new DeleteTableCommand({ TableName: 'Tagged' }));

    assert.deepEqual(await ddb.send(new DescribeLimitsCommand({})).then(({ $metadata, ...rest }) => rest), {
      AccountMaxReadCapacityUnits: 80000, AccountMaxWriteCapacityUnits: 80000, TableMaxReadCapacityUnits: 40000, TableMaxWriteCapacityUnits: 40000,
    });
    const endpoints = await ddb.send(new DescribeEndpointsCommand({}));
    assert.deepEqual(endpoints.Endpoints, [{ Address: 'dynamodb.us-east-1.amazonaws.com', CachePeriodInMinutes: 1440 }]);
  });
});
