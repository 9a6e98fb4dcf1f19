import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BatchGetItemCommand, BatchWriteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand, ScanCommand, TransactGetItemsCommand, TransactWriteItemsCommand, type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable, validation } from './support.js';
import { expectAwsError } from '../support/errors.js';

describe('DynamoDB batches and transactions', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Accounts', {}, null);
    await createTable(ddb, 'Ledger', {}, 'N');
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const key = (pk: string): Record<string, AttributeValue> => ({ pk: { S: pk } });
  const get = async (table: string, k: Record<string, AttributeValue>) => (await ddb.send(new GetItemCommand({ TableName: table, Key: k }))).Item;
  const count = async (table: string) => (await ddb.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).Count;

  test('BatchWriteItem: puts and deletes over tables, limits, duplicates', async () => {
    const written = await ddb.send(new BatchWriteItemCommand({
      RequestItems: {
        Accounts: Array.from({ length: 10 }, (_, i) => ({ PutRequest: { Item: { ...key(`acct-${i}`), balance: { N: '100' } } } })),
        Ledger: Array.from({ length: 5 }, (_, i) => ({ PutRequest: { Item: { pk: { S: 'acct-0' }, sk: { N: String(i) } } } })),
      },
      ReturnConsumedCapacity: 'TOTAL',
    }));
    assert.deepEqual(written.UnprocessedItems, {});
    assert.deepEqual(written.ConsumedCapacity, [{ TableName: 'Accounts', CapacityUnits: 10 }, { TableName: 'Ledger', CapacityUnits: 5 }]);
    await ddb.send(new BatchWriteItemCommand({ RequestItems: { Ledger: [{ DeleteRequest: { Key: { pk: { S: 'acct-0' }, sk: { N: '4' } } } }] } }));
    assert.equal(await count('Accounts'), 10);
    assert.equal(await count('Ledger'), 4);

    const puts = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: key(`${prefix}${i}`) } }));
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { Accounts: puts(26, 'x') } })),
      /^1 validation error detected: Value .* at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]$/);
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { Accounts: puts(13, 'x'), Ledger: Array.from({ length: 13 }, (_, i) => ({ PutRequest: { Item: { pk: { S: 'x' }, sk: { N: String(i) } } } })) } })),
      'Too many items requested for the BatchWriteItem call');
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { Accounts: [{ PutRequest: { Item: key('dup') } }, { DeleteRequest: { Key: key('dup') } }] } })),
      'Provided list of item keys contains duplicates');
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { Accounts: [{ PutRequest: { Item: key('ok') } }, { PutRequest: { Item: { pk: { N: '1' } } } }] } })),
      'The provided key element does not match the schema');
    assert.equal(await get('Accounts', key('ok')), undefined, 'a batch with an invalid request writes nothing');
    await expectAwsError(ddb.send(new BatchWriteItemCommand({ RequestItems: { Nope: puts(1, 'x') } })), { name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400 });
  });

  test('BatchGetItem: projections, missing items, limits, duplicates', async () => {
    const got = await ddb.send(new BatchGetItemCommand({
      RequestItems: {
        Accounts: { Keys: [key('acct-1'), key('acct-2'), key('nobody')], ProjectionExpression: '#b', ExpressionAttributeNames: { '#b': 'balance' } },
        Ledger: { Keys: [{ pk: { S: 'acct-0' }, sk: { N: '1' } }], ConsistentRead: true },
      },
      ReturnConsumedCapacity: 'TOTAL',
    }));
    assert.deepEqual(got.Responses!.Accounts, [{ balance: { N: '100' } }, { balance: { N: '100' } }]);
    assert.deepEqual(got.Responses!.Ledger, [{ pk: { S: 'acct-0' }, sk: { N: '1' } }]);
    assert.deepEqual(got.UnprocessedKeys, {});
    assert.deepEqual(got.ConsumedCapacity, [{ TableName: 'Accounts', CapacityUnits: 1.5 }, { TableName: 'Ledger', CapacityUnits: 1 }]);
    await validation(ddb.send(new BatchGetItemCommand({ RequestItems: { Accounts: { Keys: Array.from({ length: 60 }, (_, i) => key(`k${i}`)) }, Ledger: { Keys: Array.from({ length: 41 }, (_, i) => ({ pk: { S: 'x' }, sk: { N: String(i) } })) } } })),
      'Too many items requested for the BatchGetItem call');
    await validation(ddb.send(new BatchGetItemCommand({ RequestItems: { Accounts: { Keys: [key('a'), key('a')] } } })), 'Provided list of item keys contains duplicates');
    await validation(ddb.send(new BatchGetItemCommand({ RequestItems: { Accounts: { Keys: [{ nope: { S: 'a' } }] } } })), 'The provided key element does not match the schema');
  });

  test('BatchGetItem leaves keys past 16 MB in UnprocessedKeys', async () => {
    await createTable(ddb, 'Heavy', {}, null);
    const payload = 'x'.repeat(399 * 1024);
    for (let i = 0; i < 50; i++) await ddb.send(new PutItemCommand({ TableName: 'Heavy', Item: { ...key(`h${i}`), payload: { S: payload } } }));
    const keys = Array.from({ length: 50 }, (_, i) => key(`h${i}`));
    const first = await ddb.send(new BatchGetItemCommand({ RequestItems: { Heavy: { Keys: keys, ProjectionExpression: 'pk, payload' } } }));
    assert.equal(first.Responses!.Heavy.length, 41);
    assert.equal(first.UnprocessedKeys!.Heavy.Keys!.length, 9);
    assert.equal(first.UnprocessedKeys!.Heavy.ProjectionExpression, 'pk, payload', 'unprocessed keys keep their request parameters');
    const rest = await ddb.send(new BatchGetItemCommand({ RequestItems: first.UnprocessedKeys }));
    assert.equal(rest.Responses!.Heavy.length, 9);
  });

  test('TransactWriteItems: all or nothing, reasons in order', async () => {
    await ddb.send(new TransactWriteItemsCommand({
      TransactItems: [
        { Update: { TableName: 'Accounts', Key: key('acct-1'), UpdateExpression: 'SET balance = balance - :amt', ConditionExpression: 'balance >= :amt', ExpressionAttributeValues: { ':amt': { N: '30' } } } },
        { Update: { TableName: 'Accounts', Key: key('acct-2'), UpdateExpression: 'SET balance = balance + :amt', ExpressionAttributeValues: { ':amt': { N: '30' } } } },
        { Put: { TableName: 'Ledger', Item: { pk: { S: 'acct-1' }, sk: { N: '100' }, amount: { N: '-30' } }, ConditionExpression: 'attribute_not_exists(pk)' } },
        { Delete: { TableName: 'Ledger', Key: { pk: { S: 'acct-0' }, sk: { N: '0' } } } },
        { ConditionCheck: { TableName: 'Accounts', Key: key('acct-3'), ConditionExpression: 'attribute_exists(pk)' } },
      ],
    }));
    assert.deepEqual((await get('Accounts', key('acct-1')))!.balance, { N: '70' });
    assert.deepEqual((await get('Accounts', key('acct-2')))!.balance, { N: '130' });
    assert.ok(await get('Ledger', { pk: { S: 'acct-1' }, sk: { N: '100' } }));
    assert.equal(await get('Ledger', { pk: { S: 'acct-0' }, sk: { N: '0' } }), undefined);

    const cancelled = await expectAwsError(
      ddb.send(new TransactWriteItemsCommand({
      TransactItems: [
        { Update: { TableName: 'Accounts', Key: key('acct-1'), UpdateExpression: 'SET balance = balance - :amt', ConditionExpression: 'balance >= :amt', ExpressionAttributeValues: { ':amt': { N: '500' } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Put: { TableName: 'Ledger', Item: { pk: { S: 'acct-9' }, sk: { N: '1' } } } },
        { ConditionCheck: { TableName: 'Accounts', Key: key('ghost'), ConditionExpression: 'attribute_exists(pk)' } },
        { Update: { TableName: 'Accounts', Key: key('acct-4'), UpdateExpression: 'ADD balance :s', ExpressionAttributeValues: { ':s': { SS: ['text'] } } } },
      ],
    })),
      { name: 'TransactionCanceledException', message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, ConditionalCheckFailed, ValidationError]', status: 400 },
    );
    assert.deepEqual(cancelled.CancellationReasons, [
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { ...key('acct-1'), balance: { N: '70' } } },
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'ValidationError', Message: 'An operand in the update expression has an incorrect data type' },
    ]);
    assert.equal(await get('Ledger', { pk: { S: 'acct-9' }, sk: { N: '1' } }), undefined, 'nothing of a cancelled transaction is written');

    await validation(ddb.send(new TransactWriteItemsCommand({ TransactItems: [
      { Put: { TableName: 'Accounts', Item: key('same') } },
      { ConditionCheck: { TableName: 'Accounts', Key: key('same'), ConditionExpression: 'attribute_not_exists(pk)' } },
    ] })), 'Transaction request cannot include multiple operations on one item');
    await validation(ddb.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: 'Accounts', Item: key('a') }, Delete: { TableName: 'Accounts', Key: key('b') } }] })),
      'TransactItems can only contain one of Check, Put, Update or Delete');
    await validation(ddb.send(new TransactWriteItemsCommand({ TransactItems: Array.from({ length: 101 }, (_, i) => ({ Put: { TableName: 'Accounts', Item: key(`t${i}`) } })) })),
      /^1 validation error detected: Value '\[.*\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$/);
    // Eleven items just under 400 KB each: 4.3 MB, over the 4 MB a transaction may carry. Nothing is written.
    const big = 'x'.repeat(390 * 1024);
    await validation(ddb.send(new TransactWriteItemsCommand({ TransactItems: Array.from({ length: 11 }, (_, i) => ({ Put: { TableName: 'Accounts', Item: { ...key(`big${i}`), big: { S: big } } } })) })),
      'Transaction request cannot be larger than 4 MB');
    assert.equal(await get('Accounts', key('big0')), undefined);
    await ddb.send(new TransactWriteItemsCommand({ TransactItems: Array.from({ length: 10 }, (_, i) => ({ Put: { TableName: 'Accounts', Item: { ...key(`big${i}`), big: { S: big } } } })) }));
    assert.equal((await get('Accounts', key('big9')))!.big.S!.length, big.length);
    await validation(ddb.send(new TransactWriteItemsCommand({ TransactItems: [{ Update: { TableName: 'Accounts', Key: key('a'), UpdateExpression: 'SET #x = :v', ExpressionAttributeValues: { ':v': { S: 'v' } } } }] })),
      'Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #x');
  });

  test('ClientRequestToken makes a transaction idempotent for ten minutes', async () => {
    const request = (amount: string) => new TransactWriteItemsCommand({
      ClientRequestToken: 'token-1',
      TransactItems: [{ Update: { TableName: 'Accounts', Key: key('idem'), UpdateExpression: 'ADD hits :n', ExpressionAttributeValues: { ':n': { N: amount } } } }],
    });
    await ddb.send(request('1'));
    await ddb.send(request('1'));
    assert.deepEqual((await get('Accounts', key('idem')))!.hits, { N: '1' }, 'the repeat was not applied again');
    await expectAwsError(ddb.send(request('2')), { name: 'IdempotentParameterMismatchException', message: 'The request uses the same client token as a previous, but non-identical request.', status: 400 });
    await advanceClock(cloud, '10m');
    await ddb.send(request('2'));
    assert.deepEqual((await get('Accounts', key('idem')))!.hits, { N: '3' }, 'after ten minutes the token is new again');
  });

  test('TransactGetItems reads a consistent set, in order', async () => {
    const got = await ddb.send(new TransactGetItemsCommand({
      TransactItems: [
        { Get: { TableName: 'Accounts', Key: key('acct-1'), ProjectionExpression: 'balance' } },
        { Get: { TableName: 'Accounts', Key: key('nobody') } },
        { Get: { TableName: 'Ledger', Key: { pk: { S: 'acct-1' }, sk: { N: '100' } } } },
      ],
      ReturnConsumedCapacity: 'TOTAL',
    }));
    assert.deepEqual(got.Responses, [{ Item: { balance: { N: '70' } } }, {}, { Item: { pk: { S: 'acct-1' }, sk: { N: '100' }, amount: { N: '-30' } } }]);
    assert.deepEqual(got.ConsumedCapacity, [{ TableName: 'Accounts', CapacityUnits: 4 }, { TableName: 'Ledger', CapacityUnits: 2 }]);
    await validation(ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'Accounts', Key: key('a') } }, { Get: { TableName: 'Accounts', Key: key('a') } }] })),
      'Transaction request cannot include multiple operations on one item');
    await expectAwsError(ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'Nope', Key: key('a') } }] })), { name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400 });
  });
});
