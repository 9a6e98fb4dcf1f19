import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand, BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactWriteCommand, UpdateCommand,
  paginateQuery,
} from '@aws-sdk/lib-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from './support.js';
import { expectAwsError } from '../support/errors.js';

describe('DynamoDB through the document client (lib-dynamodb)', () => {
  let cloud: Cloud;
  let base: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  before(async () => {
    cloud = await startTestCloud();
    base = new DynamoDBClient(clientConfig(cloud));
    doc = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
    await createTable(base, 'Docs', {}, 'S');
  });
  after(async () => {
    doc.destroy();
    base.destroy();
    await cloud.close();
  });

  test('native JavaScript values round-trip', async () => {
    const item = {
      pk: 'user#1', sk: 'profile', name: 'Ada', age: 36, ratio: 0.25, admin: true, nothing: null, tags: new Set(['math', 'code']),
      scores: new Set([1, 2, 3]), address: { city: 'London', lines: ['1 Main St', { flat: 2 }] }, blob: new Uint8Array([1, 2, 3]), empty: '',
    };
    await doc.send(new PutCommand({ TableName: 'Docs', Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    const got = (await doc.send(new GetCommand({ TableName: 'Docs', Key: { pk: 'user#1', sk: 'profile' } }))).Item!;
    assert.deepEqual({ ...got, blob: Buffer.from(got.blob) }, { ...item, blob: Buffer.from([1, 2, 3]) });
    await expectAwsError(doc.send(new PutCommand({ TableName: 'Docs', Item: item, ConditionExpression: 'attribute_not_exists(pk)' })), { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 });
  });

  test('updates, queries with pagination, batches and transactions', async () => {
    const updated = await doc.send(new UpdateCommand({
      TableName: 'Docs', Key: { pk: 'user#1', sk: 'profile' }, UpdateExpression: 'SET age = age + :one, address.city = :city ADD tags :t REMOVE nothing',
      ExpressionAttributeValues: { ':one': 1, ':city': 'Paris', ':t': new Set(['art']) }, ReturnValues: 'UPDATED_NEW',
    }));
    assert.deepEqual(updated.Attributes, { age: 37, address: { city: 'Paris' }, tags: new Set(['math', 'code', 'art']) });

    await doc.send(new BatchWriteCommand({ RequestItems: { Docs: Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { pk: 'user#1', sk: `order#${String(i).padStart(3, '0')}`, total: i } } })) } }));
    const pages = [];
    for await (const page of paginateQuery({ client: doc, pageSize: 10 }, { TableName: 'Docs', KeyConditionExpression: 'pk = :p AND begins_with(sk, :o)', ExpressionAttributeValues: { ':p': 'user#1', ':o': 'order#' } })) {
      pages.push(page.Items!.map((i) => i.total as number));
    }
    assert.deepEqual(pages.map((p) => p.length), [10, 10, 5]);
    assert.deepEqual(pages.flat(), Array.from({ length: 25 }, (_, i) => i));

    const filtered = await doc.send(new QueryCommand({ TableName: 'Docs', KeyConditionExpression: 'pk = :p', FilterExpression: '#t BETWEEN :lo AND :hi', ExpressionAttributeNames: { '#t': 'total' }, ExpressionAttributeValues: { ':p': 'user#1', ':lo': 5, ':hi': 7 } }));
    assert.deepEqual(filtered.Items!.map((i) => i.total), [5, 6, 7]);
    const batch = await doc.send(new BatchGetCommand({ RequestItems: { Docs: { Keys: [{ pk: 'user#1', sk: 'order#001' }, { pk: 'user#1', sk: 'order#002' }], ProjectionExpression: '#t', ExpressionAttributeNames: { '#t': 'total' } } } }));
    assert.deepEqual(batch.Responses!.Docs.map((i) => i.total).sort(), [1, 2]);

    await doc.send(new TransactWriteCommand({ TransactItems: [
      { Delete: { TableName: 'Docs', Key: { pk: 'user#1', sk: 'order#000' }, ConditionExpression: '#t = :z', ExpressionAttributeNames: { '#t': 'total' }, ExpressionAttributeValues: { ':z': 0 } } },
      { Update: { TableName: 'Docs', Key: { pk: 'user#1', sk: 'profile' }, UpdateExpression: 'SET orders = :n', ExpressionAttributeValues: { ':n': 24 } } },
    ] }));
    const scan = await doc.send(new ScanCommand({ TableName: 'Docs', Select: 'COUNT' }));
    assert.equal(scan.Count, 25);
    const removed = await doc.send(new DeleteCommand({ TableName: 'Docs', Key: { pk: 'user#1', sk: 'profile' }, ReturnValues: 'ALL_OLD' }));
    assert.equal(removed.Attributes!.orders, 24);
  });
});
