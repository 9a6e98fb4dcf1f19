import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateTableCommand, DeleteTableCommand, DescribeEndpointsCommand, DescribeLimitsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand,
  ListTagsOfResourceCommand, PutItemCommand, TagResourceCommand, UntagResourceCommand, UpdateTableCommand, QueryCommand, waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable, expectError, validation } from './support.js';

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
    await expectError(ddb.send(new DescribeTableCommand({ TableName: 'Music' })), 'ResourceNotFoundException', 'Requested resource not found: Table: Music not found');
    await expectError(ddb.send(new DeleteTableCommand({ TableName: 'Music' })), 'ResourceNotFoundException', 'Requested resource not found: Table: Music not found');
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
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: [{ AttributeName: 'id', KeyType: 'RANGE' }], AttributeDefinitions: idDef })),
      'One or more parameter values were invalid: Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: [hash[0], { AttributeName: 'id', KeyType: 'RANGE' }], AttributeDefinitions: idDef })),
      'One or more parameter values were invalid: Both the Hash Key and the Range Key element in the KeySchema have the same name');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: [{ AttributeName: 'other', AttributeType: 'S' }] })),
      'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [other]');
    await validation(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: [...idDef, { AttributeName: 'extra', AttributeType: 'N' }] })),
      'One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
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
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [gsi('gsi'), gsi('gsi')] })), 'One or more parameter values were invalid: Duplicate index name: gsi');
    await expectError(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: Array.from({ length: 21 }, (_, i) => gsi(`gsi${i}`)) })),
      'LimitExceededException', 'GlobalSecondaryIndex count exceeds the per-table limit of 20');
    const lsi = (name: string) => ({ IndexName: name, KeySchema: [hash[0], { AttributeName: 'n', KeyType: 'RANGE' as const }], Projection: { ProjectionType: 'KEYS_ONLY' as const } });
    await validation(ddb.send(new CreateTableCommand({ ...withRange, LocalSecondaryIndexes: Array.from({ length: 6 }, (_, i) => lsi(`lsi${i}`)) })),
      'One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of 5');
    await validation(ddb.send(new CreateTableCommand({ ...withRange, GlobalSecondaryIndexes: [{ ...gsi('gsi'), Projection: { ProjectionType: 'ALL', NonKeyAttributes: ['x'] } }] })),
      'One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified');
    await validation(ddb.send(new CreateTableCommand({ TableName: 'Rules', KeySchema: withRange.KeySchema, AttributeDefinitions: withRange.AttributeDefinitions,
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }, GlobalSecondaryIndexes: [gsi('gsi')] })),
    'One or more parameter values were invalid: ProvisionedThroughput must be specified for index: gsi');
    await expectError(ddb.send(new CreateTableCommand({ TableName: 'Rules', KeySchema: hash, AttributeDefinitions: idDef, ProvisionedThroughput: { ReadCapacityUnits: 40001, WriteCapacityUnits: 1 } })),
      'LimitExceededException', /^Subscriber limit exceeded: Provisioned throughput for a single table or global secondary index cannot exceed 40000 read capacity units/);

    await ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: idDef }));
    await expectError(ddb.send(new CreateTableCommand({ ...base, KeySchema: hash, AttributeDefinitions: idDef })), 'ResourceInUseException', 'Table already exists: Rules');
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
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd' })),
      'At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required');
    const raised = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 3 } }));
    const throughput = raised.TableDescription!.ProvisionedThroughput!;
    assert.equal(throughput.ReadCapacityUnits, 10);
    assert.equal(throughput.NumberOfDecreasesToday, 1);
    assert.ok(throughput.LastIncreaseDateTime instanceof Date && throughput.LastDecreaseDateTime instanceof Date);

    await ddb.send(new PutItemCommand({ TableName: 'Upd', Item: { id: { S: '1' }, colour: { S: 'red' }, size: { N: '3' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Upd', Item: { id: { S: '2' }, colour: { S: 'red' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'Upd', Item: { id: { S: '3' } } }));
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
    })), 'One or more parameter values were invalid: Attempting to create an index which already exists: ByColour');
    await validation(ddb.send(new UpdateTableCommand({
      TableName: 'Upd', AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'N' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByColourN', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } }],
    })), 'One or more parameter values were invalid: Cannot change the type of an existing attribute: colour');
    await expectError(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [
      { Create: { IndexName: 'One', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } },
      { Delete: { IndexName: 'ByColour' } },
    ] })), 'LimitExceededException', 'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table');
    await ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'ByColour', ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 7 } } }] }));
    let table = (await ddb.send(new DescribeTableCommand({ TableName: 'Upd' }))).Table!;
    assert.equal(table.GlobalSecondaryIndexes![0].ProvisionedThroughput!.ReadCapacityUnits, 7);
    assert.equal(table.GlobalSecondaryIndexes![0].ItemCount, 2);
    await expectError(ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'Nope' } }] })),
      'ResourceNotFoundException', 'Requested resource not found: Index: Nope not found');
    await ddb.send(new UpdateTableCommand({ TableName: 'Upd', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'ByColour' } }] }));
    table = (await ddb.send(new DescribeTableCommand({ TableName: 'Upd' }))).Table!;
    assert.equal(table.GlobalSecondaryIndexes, undefined);
    assert.deepEqual(table.AttributeDefinitions, [{ AttributeName: 'id', AttributeType: 'S' }], 'definitions of dropped index keys go away');

    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } })),
      'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
    const onDemand = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PAY_PER_REQUEST' }));
    assert.equal(onDemand.TableDescription!.BillingModeSummary!.BillingMode, 'PAY_PER_REQUEST');
    assert.ok(onDemand.TableDescription!.BillingModeSummary!.LastUpdateToPayPerRequestDateTime instanceof Date);
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', BillingMode: 'PROVISIONED' })),
      'One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED');

    const streamed = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }));
    assert.deepEqual(streamed.TableDescription!.StreamSpecification, { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' });
    await validation(ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })),
      'Table already has an enabled stream: TableName: Upd');
    const unstreamed = await ddb.send(new UpdateTableCommand({ TableName: 'Upd', StreamSpecification: { StreamEnabled: false }, TableClass: 'STANDARD', SSESpecification: { Enabled: true } }));
    assert.equal(unstreamed.TableDescription!.StreamSpecification, undefined);
    assert.equal(unstreamed.TableDescription!.LatestStreamArn, streamed.TableDescription!.LatestStreamArn, 'the last stream stays described');
    assert.equal(unstreamed.TableDescription!.TableClassSummary!.TableClass, 'STANDARD');
    assert.equal(unstreamed.TableDescription!.SSEDescription!.Status, 'ENABLED');
    await expectError(ddb.send(new UpdateTableCommand({ TableName: 'Nope', DeletionProtectionEnabled: true })), 'ResourceNotFoundException', 'Requested resource not found: Table: Nope not found');
    await ddb.send(new DeleteTableCommand({ TableName: 'Upd' }));
  });

  test('tags, limits, endpoints', async () => {
    await createTable(ddb, 'Tagged', { Tags: [{ Key: 'a', Value: '1' }] }, null);
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/Tagged';
    await ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: 'one' }] }));
    assert.deepEqual((await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'a', Value: 'one' }, { Key: 'b', Value: '2' }]);
    await ddb.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a'] }));
    assert.deepEqual((await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }))).Tags, [{ Key: 'b', Value: '2' }]);
    await expectError(ddb.send(new ListTagsOfResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Nope' })),
      'ResourceNotFoundException', 'Requested resource not found: ResourcArn: arn:aws:dynamodb:us-east-1:000000000000:table/Nope not found');
    await validation(ddb.send(new TagResourceCommand({ ResourceArn: 'not-an-arn', Tags: [{ Key: 'k', Value: 'v' }] })), 'Invalid TableArn: Invalid ResourceArn provided as input not-an-arn');
    await expectError(ddb.send(new TagResourceCommand({ ResourceArn: arn, Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })),
      'LimitExceededException', 'The number of tags on the resource exceeds the limit of 50');
    await ddb.send(new DeleteTableCommand({ TableName: 'Tagged' }));

    assert.deepEqual(await ddb.send(new DescribeLimitsCommand({})).then(({ $metadata, ...rest }) => rest), {
      AccountMaxReadCapacityUnits: 80000, AccountMaxWriteCapacityUnits: 80000, TableMaxReadCapacityUnits: 40000, TableMaxWriteCapacityUnits: 40000,
    });
    const endpoints = await ddb.send(new DescribeEndpointsCommand({}));
    assert.deepEqual(endpoints.Endpoints, [{ Address: 'dynamodb.us-east-1.amazonaws.com', CachePeriodInMinutes: 1440 }]);
  });

  test('an operation Nimbus lacks answers 501', async () => {
    const { ListBackupsCommand } = await import('@aws-sdk/client-dynamodb');
    await expectError(ddb.send(new ListBackupsCommand({})), 'NotImplemented', 'The operation ListBackups of service DynamoDB is not implemented by Nimbus yet.', 501);
  });
});
