import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTableCommand, DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand, ScanCommand, TransactWriteItemsCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from './support.js';
import { expectAwsError } from '../support/errors.js';

// The LSI item-collection limit is 10 GB; this file lowers it (a documented switch) to reach it.
process.env.NIMBUS_DYNAMODB_ITEM_COLLECTION_LIMIT_BYTES = String(64 * 1024);

/** An item of exactly `bytes` bytes as DynamoDB sizes it: "pk" + id + "v" + filler. */
function itemOf(id: string, bytes: number) {
  return { pk: { S: id }, v: { S: 'x'.repeat(bytes - 2 - id.length - 1) } };
}

describe('DynamoDB consumed capacity (the notes worked examples) and item collections', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Cap', {}, null);
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const putUnits = async (id: string, bytes: number) =>
    (await ddb.send(new PutItemCommand({ TableName: 'Cap', Item: itemOf(id, bytes), ReturnConsumedCapacity: 'TOTAL' }))).ConsumedCapacity!.CapacityUnits!;
  const getUnits = async (id: string, consistent: boolean) =>
    (await ddb.send(new GetItemCommand({ TableName: 'Cap', Key: { pk: { S: id } }, ConsistentRead: consistent, ReturnConsumedCapacity: 'TOTAL' }))).ConsumedCapacity!.CapacityUnits!;

  test('writes: 1 WCU per 1 KB, rounded up', async () => {
    // Example 1: 10 writes/s of 2 KB items need 10 × 2 = 20 WCU.
    assert.equal(await putUnits('w2k', 2048), 2);
    assert.equal(10 * (await putUnits('w2k', 2048)), 20);
    // Example 2: 6 writes/s of 4.5 KB items need 6 × 5 = 30 WCU (4.5 KB rounds up to 5).
    assert.equal(6 * (await putUnits('w4k5', 4608)), 30);
    // Example 3: 120 writes/min of 2 KB need (120 / 60) × 2 = 4 WCU.
    assert.equal((120 / 60) * (await putUnits('w2k-b', 2048)), 4);
    assert.equal(await putUnits('tiny', 10), 1, 'a write costs at least one unit');
    assert.equal(await putUnits('edge', 1025), 2);
    // Overwriting counts the larger of the old and new item.
    assert.equal(await putUnits('w4k5', 100), 5);
    const deleted = await ddb.send(new DeleteItemCommand({ TableName: 'Cap', Key: { pk: { S: 'w2k' } }, ReturnConsumedCapacity: 'TOTAL' }));
    assert.equal(deleted.ConsumedCapacity!.CapacityUnits, 2);
    const updated = await ddb.send(new UpdateItemCommand({ TableName: 'Cap', Key: { pk: { S: 'w2k-b' } }, UpdateExpression: 'REMOVE v', ReturnConsumedCapacity: 'TOTAL' }));
    assert.equal(updated.ConsumedCapacity!.CapacityUnits, 2, 'an update counts the larger of before and after');
  });

  test('reads: 1 RCU per 4 KB strongly consistent, half when eventually consistent', async () => {
    await putUnits('r4k', 4096);
    await putUnits('r12k', 12 * 1024);
    await putUnits('r6k', 6 * 1024);
    // Example 1: 10 strongly consistent reads/s of 4 KB need 10 RCU.
    assert.equal(10 * (await getUnits('r4k', true)), 10);
    // Example 2: 16 eventually consistent reads/s of 12 KB need (16 / 2) × 3 = 24 RCU.
    assert.equal(await getUnits('r12k', false), 1.5);
    assert.equal(16 * (await getUnits('r12k', false)), 24);
    // Example 3: 10 strongly consistent reads/s of 6 KB need 10 × 2 = 20 RCU (6 KB rounds up to 8).
    assert.equal(10 * (await getUnits('r6k', true)), 20);
    assert.equal(await getUnits('nobody', false), 0.5, 'reading nothing still costs the minimum');
  });

  test('Query and Scan sum the items read before rounding; index writes count', async () => {
    await ddb.send(new CreateTableCommand({
      TableName: 'Idx', BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'ByG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    }));
    const filler = 'x'.repeat(1000);
    let capacity;
    for (let i = 0; i < 6; i++) {
      capacity = (await ddb.send(new PutItemCommand({ TableName: 'Idx', Item: { pk: { S: 'p' }, sk: { N: String(i) }, g: { S: 'a' }, f: { S: filler } }, ReturnConsumedCapacity: 'INDEXES' }))).ConsumedCapacity;
    }
    assert.deepEqual(capacity, { TableName: 'Idx', CapacityUnits: 2, Table: { CapacityUnits: 1 }, GlobalSecondaryIndexes: { ByG: { CapacityUnits: 1 } } });
    // Moving an item within the index is a delete plus a put there.
    const moved = await ddb.send(new UpdateItemCommand({ TableName: 'Idx', Key: { pk: { S: 'p' }, sk: { N: '0' } }, UpdateExpression: 'SET g = :b', ExpressionAttributeValues: { ':b': { S: 'b' } }, ReturnConsumedCapacity: 'INDEXES' }));
    assert.deepEqual(moved.ConsumedCapacity!.GlobalSecondaryIndexes, { ByG: { CapacityUnits: 2 } });
    // Changing an attribute the index does not hold costs the index nothing.
    const untouched = await ddb.send(new UpdateItemCommand({ TableName: 'Idx', Key: { pk: { S: 'p' }, sk: { N: '1' } }, UpdateExpression: 'SET f = :f', ExpressionAttributeValues: { ':f': { S: 'y' } }, ReturnConsumedCapacity: 'INDEXES' }));
    assert.deepEqual(untouched.ConsumedCapacity, { TableName: 'Idx', CapacityUnits: 1, Table: { CapacityUnits: 1 } });
    // Six items of ~1 KB (5 after the update above, plus a tiny one) are read as one sum, rounded up to 4 KB units.
    const query = await ddb.send(new QueryCommand({ TableName: 'Idx', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ReturnConsumedCapacity: 'TOTAL', ConsistentRead: true }));
    assert.deepEqual(query.ConsumedCapacity, { TableName: 'Idx', CapacityUnits: 2 });
    const scan = await ddb.send(new ScanCommand({ TableName: 'Idx', ReturnConsumedCapacity: 'TOTAL' }));
    assert.deepEqual(scan.ConsumedCapacity, { TableName: 'Idx', CapacityUnits: 1 });
    const indexQuery = await ddb.send(new QueryCommand({ TableName: 'Idx', IndexName: 'ByG', KeyConditionExpression: 'g = :a', ExpressionAttributeValues: { ':a': { S: 'a' } }, ReturnConsumedCapacity: 'INDEXES' }));
    assert.deepEqual(indexQuery.ConsumedCapacity, { TableName: 'Idx', CapacityUnits: 0.5, Table: { CapacityUnits: 0 }, GlobalSecondaryIndexes: { ByG: { CapacityUnits: 0.5 } } });
    // Transactions cost twice as much.
    const transaction = await ddb.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: 'Cap', Item: itemOf('tx', 2048) } }], ReturnConsumedCapacity: 'TOTAL' }));
    assert.deepEqual(transaction.ConsumedCapacity, [{ TableName: 'Cap', CapacityUnits: 4 }]);
    const none = await ddb.send(new PutItemCommand({ TableName: 'Cap', Item: itemOf('quiet', 100), ReturnConsumedCapacity: 'NONE' }));
    assert.equal(none.ConsumedCapacity, undefined);
  });

  test('item collection metrics and the item-collection limit of tables with LSIs', async () => {
    await ddb.send(new CreateTableCommand({
      TableName: 'Coll', BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }, { AttributeName: 'alt', AttributeType: 'N' }],
      LocalSecondaryIndexes: [{ IndexName: 'ByAlt', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'alt', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
    }));
    const put = (sk: number) => ddb.send(new PutItemCommand({
      TableName: 'Coll', Item: { pk: { S: 'c' }, sk: { N: String(sk) }, alt: { N: String(sk) }, v: { S: 'x'.repeat(10 * 1024) } }, ReturnItemCollectionMetrics: 'SIZE',
    }));
    const first = await put(1);
    assert.deepEqual(first.ItemCollectionMetrics, { ItemCollectionKey: { pk: { S: 'c' } }, SizeEstimateRangeGB: [0, 1] });
    for (let sk = 2; sk <= 3; sk++) await put(sk);
    // Each item counts twice (table + ALL-projected LSI): four are past 64 KB.
    await expectAwsError(put(4), { name: 'ItemCollectionSizeLimitExceededException', message: 'Item collection size limit exceeded', status: 400 });
    const count = await ddb.send(new QueryCommand({ TableName: 'Coll', KeyConditionExpression: 'pk = :c', ExpressionAttributeValues: { ':c': { S: 'c' } }, Select: 'COUNT' }));
    assert.equal(count.Count, 3, 'the refused write left nothing behind');
    const plain = await ddb.send(new PutItemCommand({ TableName: 'Cap', Item: itemOf('plain', 10), ReturnItemCollectionMetrics: 'SIZE' }));
    assert.equal(plain.ItemCollectionMetrics, undefined, 'only tables with LSIs report item collections');
  });
});
