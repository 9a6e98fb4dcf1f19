import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  BatchWriteItemCommand, CreateTableCommand, DeleteItemCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand,
  TransactWriteItemsCommand, UpdateItemCommand, UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import type { DynamoDbApi, ItemChange } from '../../src/services/dynamodb/api.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

// Tables stay CREATING/UPDATING this long here (a switch; instant by default), on the virtual clock.
process.env.NIMBUS_DYNAMODB_STATUS_DELAY_MS = '3000';

describe('DynamoDB table lifecycle on the clock, and the one path of item changes', () => {
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

  const status = async (name: string) => (await ddb.send(new DescribeTableCommand({ TableName: name }))).Table!;

  test('CREATING, then ACTIVE when the clock moves; busy tables refuse changes', async () => {
    await ddb.send(new CreateTableCommand({
      TableName: 'Slow', BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    }));
    assert.equal((await status('Slow')).TableStatus, 'CREATING');
    await expectAwsError(ddb.send(new PutItemCommand({ TableName: 'Slow', Item: { id: { S: 'a' } } })), { name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400 });
    await expectAwsError(
      ddb.send(new UpdateTableCommand({ TableName: 'Slow', DeletionProtectionEnabled: true })),
      { name: 'ResourceInUseException', message: 'Attempt to change a resource which is still in use: Table is being created: Slow', status: 400 },
    );
    await expectAwsError(ddb.send(new DeleteTableCommand({ TableName: 'Slow' })), { name: 'ResourceInUseException', message: 'Attempt to change a resource which is still in use: Table is being created: Slow', status: 400 });
    await advanceClock(cloud, '3s');
    assert.equal((await status('Slow')).TableStatus, 'ACTIVE');

    await ddb.send(new PutItemCommand({ TableName: 'Slow', Item: { id: { S: 'a' }, colour: { S: 'red' } } }));
    await ddb.send(new UpdateTableCommand({
      TableName: 'Slow', AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByColour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
    }));
    const updating = await status('Slow');
    assert.equal(updating.TableStatus, 'UPDATING');
    assert.equal(updating.GlobalSecondaryIndexes![0].IndexStatus, 'CREATING');
    await advanceClock(cloud, '3s');
    const active = await status('Slow');
    assert.equal(active.TableStatus, 'ACTIVE');
    assert.equal(active.GlobalSecondaryIndexes![0].IndexStatus, 'ACTIVE');
    assert.equal(active.GlobalSecondaryIndexes![0].ItemCount, 1);
  });

  test('every item change, whatever the operation, passes through one function with its images', async () => {
    const api = await cloud.runtime.api<DynamoDbApi>('dynamodb');
    const changes: ItemChange[] = [];
    const unsubscribe = api.onItemChange((change) => changes.push(change));
    await ddb.send(new PutItemCommand({ TableName: 'Slow', Item: { id: { S: 'b' }, n: { N: '1' } } }));
    await ddb.send(new UpdateItemCommand({ TableName: 'Slow', Key: { id: { S: 'b' } }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } }));
    await ddb.send(new BatchWriteItemCommand({ RequestItems: { Slow: [{ PutRequest: { Item: { id: { S: 'c' } } } }, { DeleteRequest: { Key: { id: { S: 'a' } } } }] } }));
    await ddb.send(new TransactWriteItemsCommand({ TransactItems: [{ Delete: { TableName: 'Slow', Key: { id: { S: 'c' } } } }] }));
    await ddb.send(new DeleteItemCommand({ TableName: 'Slow', Key: { id: { S: 'b' } } }));
    await ddb.send(new DeleteItemCommand({ TableName: 'Slow', Key: { id: { S: 'never' } } }));
    unsubscribe();
    await ddb.send(new PutItemCommand({ TableName: 'Slow', Item: { id: { S: 'after' } } }));
    assert.deepEqual(changes.map((c) => [c.eventName, c.keys.id.S, c.oldImage?.n?.N ?? null, c.newImage?.n?.N ?? null]), [
      ['INSERT', 'b', null, '1'],
      ['MODIFY', 'b', '1', '2'],
      ['INSERT', 'c', null, null],
      ['REMOVE', 'a', null, null],
      ['REMOVE', 'c', null, null],
      ['REMOVE', 'b', '2', null],
    ]);
    assert.ok(changes.every((c) => c.table.name === 'Slow' && typeof c.at === 'number'));
    assert.deepEqual(changes[3].oldImage, { id: { S: 'a' }, colour: { S: 'red' } });
  });

  test('tables, items and indexes survive a restart with a data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-ddb-durable-'));
    const run = async (fn: (client: DynamoDBClient, durable: Cloud) => Promise<void>) => {
      const durable = await startTestCloud({ dataDir });
      const client = new DynamoDBClient(clientConfig(durable));
      try {
        await fn(client, durable);
      } finally {
        client.destroy();
        await durable.close();
      }
    };
    try {
      await run(async (client, durable) => {
        await client.send(new CreateTableCommand({
          TableName: 'Kept', BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
          GlobalSecondaryIndexes: [{ IndexName: 'ByG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
        }));
        await advanceClock(durable, '3s');
        await client.send(new PutItemCommand({ TableName: 'Kept', Item: { id: { S: '1' }, g: { S: 'x' }, b: { B: Buffer.from([1, 2]) } } }));
      });
      await run(async (client) => {
        const got = await client.send(new GetItemCommand({ TableName: 'Kept', Key: { id: { S: '1' } } }));
        assert.deepEqual(Buffer.from(got.Item!.b.B!), Buffer.from([1, 2]));
        const byG = await client.send(new QueryCommand({ TableName: 'Kept', IndexName: 'ByG', KeyConditionExpression: 'g = :x', ExpressionAttributeValues: { ':x': { S: 'x' } } }));
        assert.equal(byG.Count, 1);
        assert.equal((await client.send(new DescribeTableCommand({ TableName: 'Kept' }))).Table!.ItemCount, 1);
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
