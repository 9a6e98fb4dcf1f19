import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable, validation } from './support.js';
import { expectAwsError } from '../support/errors.js';

describe('DynamoDB items', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Items', {}, 'N');
    await createTable(ddb, 'Simple', {}, null);
    await createTable(ddb, 'Binary', {}, 'B');
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const get = async (table: string, key: Record<string, AttributeValue>, extra: object = {}) =>
    (await ddb.send(new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true, ...extra }))).Item;

  test('every attribute type round-trips; numbers come back normalized', async () => {
    const item: Record<string, AttributeValue> = {
      pk: { S: 'types' }, sk: { N: '1' },
      s: { S: 'héllo ✓' }, empty: { S: '' }, n: { N: '00123.4500' }, big: { N: '-99999999999999999999999999999999999999' }, tiny: { N: '1E-130' },
      b: { B: Buffer.from([0, 1, 255]) }, emptyB: { B: new Uint8Array(0) }, t: { BOOL: true }, f: { BOOL: false }, nul: { NULL: true },
      l: { L: [{ S: 'a' }, { N: '1' }, { L: [] }, { M: {} }] }, m: { M: { nested: { M: { deeper: { SS: ['x'] } } } } },
      ss: { SS: ['b', 'a', ''] }, ns: { NS: ['3', '1.50', '-2'] }, bs: { BS: [Buffer.from('x'), Buffer.from('y')] },
    };
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: item }));
    const got = await get('Items', { pk: { S: 'types' }, sk: { N: '1.000' } });
    assert.ok(got);
    assert.deepEqual(got.s, { S: 'héllo ✓' });
    assert.deepEqual(got.empty, { S: '' });
    assert.deepEqual(got.n, { N: '123.45' });
    assert.deepEqual(got.big, { N: '-99999999999999999999999999999999999999' });
    assert.deepEqual(got.tiny, { N: `0.${'0'.repeat(129)}1` });
    assert.deepEqual(Buffer.from(got.b.B!), Buffer.from([0, 1, 255]));
    assert.equal(got.emptyB.B!.length, 0);
    assert.deepEqual([got.t, got.f, got.nul], [{ BOOL: true }, { BOOL: false }, { NULL: true }]);
    assert.deepEqual(got.l, { L: [{ S: 'a' }, { N: '1' }, { L: [] }, { M: {} }] });
    assert.deepEqual(got.m, { M: { nested: { M: { deeper: { SS: ['x'] } } } } });
    assert.deepEqual(got.ss, { SS: ['b', 'a', ''] });
    assert.deepEqual(got.ns, { NS: ['3', '1.5', '-2'] });
    assert.deepEqual(got.bs!.BS!.map((b) => Buffer.from(b).toString()), ['x', 'y']);
  });

  test('values DynamoDB rejects, with its messages', async () => {
    const put = (item: Record<string, AttributeValue>) => ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'bad' }, sk: { N: '1' }, ...item } }));
    await validation(put({ a: { SS: [] } }), 'One or more parameter values were invalid: An string set  may not be empty');
    await validation(put({ a: { NS: ['1', '01'] } }), 'Input collection contains duplicates');
    await validation(put({ a: { N: '1.2.3' } }), 'The parameter cannot be converted to a numeric value: 1.2.3');
    await validation(put({ a: { N: '1e200' } }), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    await validation(put({ a: { N: '1234567890123456789012345678901234567890' } }), 'Attempting to store more than 38 significant digits in a Number');
    await validation(put({ a: { NULL: false } }), 'One or more parameter values were invalid: Null attribute value types must have the value of true');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'x' } } })), 'One or more parameter values were invalid: Missing the key sk in the item');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'x' }, sk: { S: '1' } } })),
      'One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: '' }, sk: { N: '1' } } })),
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Binary', Item: { pk: { S: 'x' }, sk: { B: new Uint8Array(0) } } })),
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: sk');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Simple', Item: { pk: { S: 'k'.repeat(2049) } } })),
      'One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Binary', Item: { pk: { S: 'x' }, sk: { B: Buffer.alloc(1025) } } })),
      'One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: { pk: { S: 'x' } } })), 'The provided key element does not match the schema');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: { pk: { S: 'x' }, sk: { N: '1' }, other: { S: 'y' } } })), 'The provided key element does not match the schema');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: { pk: { N: '1' }, sk: { N: '1' } } })), 'The provided key element does not match the schema');
    await expectAwsError(ddb.send(new GetItemCommand({ TableName: 'Nope', Key: { pk: { S: 'x' } } })), { name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400 });
    await validation(ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'x' }, sk: { N: '1' } }, ReturnValues: 'ALL_NEW' })), 'ReturnValues can only be ALL_OLD or NONE');
    let deep: AttributeValue = { S: 'leaf' };
    for (let i = 0; i < 32; i++) deep = { M: { d: deep } };
    await validation(put({ deep }), 'Nesting Levels have exceeded supported limits');
    // Nothing of the above was written.
    assert.equal((await ddb.send(new ScanCommand({ TableName: 'Items', FilterExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'bad' } } }))).Count, 0);
  });

  test('the 400 KB item limit counts names and values', async () => {
    const room = 400 * 1024 - ('pk'.length + 'edge'.length) - ('sk'.length + 2) - 'v'.length;
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'edge' }, sk: { N: '1' }, v: { S: 'x'.repeat(room) } } }));
    await validation(ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'edge' }, sk: { N: '2' }, v: { S: 'x'.repeat(room + 1) } } })),
      'Item size has exceeded the maximum allowed size');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: { pk: { S: 'edge' }, sk: { N: '1' } }, UpdateExpression: 'SET w = :w', ExpressionAttributeValues: { ':w': { S: 'y' } } })),
      'Item size to update has exceeded the maximum allowed size');
    assert.equal((await get('Items', { pk: { S: 'edge' }, sk: { N: '1' } }))!.w, undefined);
  });

  test('PutItem and DeleteItem: conditions and ReturnValues', async () => {
    const key = { pk: { S: 'cond' }, sk: { N: '1' } };
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { ...key, v: { N: '1' } }, ConditionExpression: 'attribute_not_exists(pk)' }));
    const failed = await expectAwsError(
      ddb.send(new PutItemCommand({ TableName: 'Items', Item: { ...key, v: { N: '2' } }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })),
      { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 },
    );
    assert.deepEqual(failed.Item, { ...key, v: { N: '1' } });
    const noItem = await expectAwsError(
      ddb.send(new PutItemCommand({ TableName: 'Items', Item: { ...key }, ConditionExpression: 'v = :two', ExpressionAttributeValues: { ':two': { N: '2' } } })),
      { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 },
    );
    assert.equal(noItem.Item, undefined);
    const replaced = await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { ...key, v: { N: '3' } }, ReturnValues: 'ALL_OLD' }));
    assert.deepEqual(replaced.Attributes, { ...key, v: { N: '1' } });
    const fresh = await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'cond' }, sk: { N: '2' } }, ReturnValues: 'ALL_OLD' }));
    assert.equal(fresh.Attributes, undefined);
    await expectAwsError(
      ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, ConditionExpression: 'v < :v', ExpressionAttributeValues: { ':v': { N: '3' } } })),
      { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 },
    );
    const deleted = await ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, ConditionExpression: 'v <= :v', ExpressionAttributeValues: { ':v': { N: '3' } }, ReturnValues: 'ALL_OLD' }));
    assert.deepEqual(deleted.Attributes, { ...key, v: { N: '3' } });
    assert.equal(await get('Items', key), undefined);
    const again = await ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, ReturnValues: 'ALL_OLD' }));
    assert.equal(again.Attributes, undefined, 'deleting what is not there succeeds');
  });

  test('GetItem projections', async () => {
    const key = { pk: { S: 'proj' }, sk: { N: '1' } };
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { ...key, a: { M: { b: { S: 'B' }, c: { L: [{ S: 'c0' }, { S: 'c1' }, { S: 'c2' }] } } }, name: { S: 'n' }, extra: { N: '1' } } }));
    assert.deepEqual(await get('Items', key, { ProjectionExpression: 'a.c[2], #n, a.b', ExpressionAttributeNames: { '#n': 'name' } }),
      { a: { M: { c: { L: [{ S: 'c2' }] }, b: { S: 'B' } } }, name: { S: 'n' } });
    assert.deepEqual(await get('Items', key, { ProjectionExpression: 'nothere' }), {});
    assert.deepEqual(await get('Items', key, { AttributesToGet: ['extra', 'pk'] }), { extra: { N: '1' }, pk: { S: 'proj' } });
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: key, ProjectionExpression: 'name' })),
      'Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: key, ProjectionExpression: 'a, a.b' })),
      'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: key, ProjectionExpression: 'extra', AttributesToGet: ['extra'] })),
      'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: key, ExpressionAttributeNames: { '#n': 'name' } })),
      'ExpressionAttributeNames can only be specified when using expressions');
    await validation(ddb.send(new GetItemCommand({ TableName: 'Items', Key: key, ProjectionExpression: 'extra', ExpressionAttributeNames: { '#n': 'name' } })),
      'Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}');
  });

  test('UpdateItem: upserts, every ReturnValues, counters and sets', async () => {
    const key = { pk: { S: 'upd' }, sk: { N: '1' } };
    const created = await ddb.send(new UpdateItemCommand({
      TableName: 'Items', Key: key, UpdateExpression: 'SET #c = :zero, tags = :tags, info = :info', ExpressionAttributeNames: { '#c': 'count' },
      ExpressionAttributeValues: { ':zero': { N: '0' }, ':tags': { SS: ['a'] }, ':info': { M: { entries: { L: [{ N: '1' }] } } } }, ReturnValues: 'ALL_NEW',
    }));
    assert.deepEqual(created.Attributes, { ...key, count: { N: '0' }, tags: { SS: ['a'] }, info: { M: { entries: { L: [{ N: '1' }] } } } });
    const old = await ddb.send(new UpdateItemCommand({
      TableName: 'Items', Key: key, UpdateExpression: 'SET #c = #c + :one, info.entries = list_append(info.entries, :more) ADD tags :b', ExpressionAttributeNames: { '#c': 'count' },
      ExpressionAttributeValues: { ':one': { N: '1' }, ':more': { L: [{ N: '2' }] }, ':b': { SS: ['b'] } }, ReturnValues: 'UPDATED_OLD',
    }));
    assert.deepEqual(old.Attributes, { count: { N: '0' }, info: { M: { entries: { L: [{ N: '1' }] } } }, tags: { SS: ['a'] } });
    const updatedNew = await ddb.send(new UpdateItemCommand({
      TableName: 'Items', Key: key, UpdateExpression: 'REMOVE info.entries[0] DELETE tags :a SET added = :x', ExpressionAttributeValues: { ':a': { SS: ['a'] }, ':x': { BOOL: true } }, ReturnValues: 'UPDATED_NEW',
    }));
    assert.deepEqual(updatedNew.Attributes, { tags: { SS: ['b'] }, added: { BOOL: true } });
    const all = await ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'REMOVE added', ReturnValues: 'ALL_OLD' }));
    assert.deepEqual(all.Attributes, { ...key, count: { N: '1' }, tags: { SS: ['b'] }, info: { M: { entries: { L: [{ N: '2' }] } } }, added: { BOOL: true } });
    const none = await ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'REMOVE nothing', ReturnValues: 'NONE' }));
    assert.equal(none.Attributes, undefined);
    // UpdateItem with no expression creates the bare item.
    await ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: { pk: { S: 'upd' }, sk: { N: '2' } } }));
    assert.deepEqual(await get('Items', { pk: { S: 'upd' }, sk: { N: '2' } }), { pk: { S: 'upd' }, sk: { N: '2' } });

    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET pk = :v', ExpressionAttributeValues: { ':v': { S: 'x' } } })),
      'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET tags = tags + :v', ExpressionAttributeValues: { ':v': { N: '1' } } })),
      'An operand in the update expression has an incorrect data type');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { S: 'x' }, ':w': { S: 'y' } } })),
      'Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = :v' })),
      'Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { SS: [] } } })),
      'ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { 'v': { S: 'x' } } })),
      'ExpressionAttributeValues contains invalid key: Syntax error; key: "v"');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: {} })),
      'ExpressionAttributeValues must not be empty');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, ExpressionAttributeValues: { ':v': { S: 'x' } } })),
      'ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = b + :v', ExpressionAttributeValues: { ':v': { N: '1' } } })),
      'The provided expression refers to an attribute that does not exist in the item');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET info.nope.deep = :v', ExpressionAttributeValues: { ':v': { N: '1' } } })),
      'The document path provided in the update expression is invalid for update');
    await expectAwsError(
      ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { N: '2' } },
      ConditionExpression: 'size(info) > :v' })),
      { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 },
    );
    const after = await get('Items', key);
    assert.deepEqual(after, { ...key, count: { N: '1' }, tags: { SS: ['b'] }, info: { M: { entries: { L: [{ N: '2' }] } } } }, 'failed updates changed nothing');
  });

  test('the notes worked example: SET Price = Price - :discount if Price > :limit', async () => {
    await createTable(ddb, 'ProductCatalog', { KeySchema: [{ AttributeName: 'Id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'Id', AttributeType: 'N' }] }, null);
    await ddb.send(new PutItemCommand({ TableName: 'ProductCatalog', Item: { Id: { N: '456' }, Price: { N: '650' }, ProductCategory: { S: 'Sporting Goods' } } }));
    const update = () => ddb.send(new UpdateItemCommand({
      TableName: 'ProductCatalog', Key: { Id: { N: '456' } }, UpdateExpression: 'SET Price = Price - :discount', ConditionExpression: 'Price > :limit',
      ExpressionAttributeValues: { ':discount': { N: '150' }, ':limit': { N: '500' } }, ReturnValues: 'ALL_NEW',
    }));
    assert.deepEqual((await update()).Attributes, { Id: { N: '456' }, Price: { N: '500' }, ProductCategory: { S: 'Sporting Goods' } });
    await expectAwsError(update(), { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 });
    assert.deepEqual((await get('ProductCatalog', { Id: { N: '456' } }))!.Price, { N: '500' });
  });

  test('legacy parameters: Expected, AttributeUpdates, ConditionalOperator', async () => {
    const key = { pk: { S: 'legacy' }, sk: { N: '1' } };
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { ...key, a: { N: '5' } }, Expected: { pk: { Exists: false } } }));
    await expectAwsError(ddb.send(new PutItemCommand({ TableName: 'Items', Item: key, Expected: { pk: { Exists: false } } })), { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 });
    await ddb.send(new UpdateItemCommand({
      TableName: 'Items', Key: key,
      AttributeUpdates: { a: { Action: 'ADD', Value: { N: '2' } }, s: { Action: 'ADD', Value: { SS: ['x', 'y'] } }, l: { Action: 'ADD', Value: { L: [{ S: 'first' }] } }, gone: { Action: 'DELETE' }, p: { Value: { S: 'put' } } },
      Expected: { a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ N: '1' }, { N: '9' }] }, zz: { ComparisonOperator: 'NULL' } },
    }));
    await ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, AttributeUpdates: { s: { Action: 'DELETE', Value: { SS: ['x'] } }, l: { Action: 'ADD', Value: { L: [{ S: 'second' }] } } },
      Expected: { a: { Value: { N: '1' } }, p: { Value: { S: 'put' } } }, ConditionalOperator: 'OR' }));
    assert.deepEqual(await get('Items', key), { ...key, a: { N: '7' }, s: { SS: ['y'] }, l: { L: [{ S: 'first' }, { S: 'second' }] }, p: { S: 'put' } });
    await expectAwsError(
      ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, Expected: { a: { ComparisonOperator: 'GT', AttributeValueList: [{ N: '7' }] } } })),
      { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 },
    );
    await validation(ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, Expected: { a: { ComparisonOperator: 'EQ', AttributeValueList: [] } } })),
      'One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator');
    await validation(ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, Expected: { a: { ComparisonOperator: 'LT', AttributeValueList: [{ SS: ['x'] }] } } })),
      'One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type');
    await validation(ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, Expected: { a: { Exists: false, Value: { N: '1' } } } })),
      'One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: a');
    await validation(ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, Expected: { a: { Exists: false } }, ConditionExpression: 'attribute_exists(a)' })),
      'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, AttributeUpdates: { p: { Action: 'ADD', Value: { S: 'x' } } } })),
      'One or more parameter values were invalid: ADD action is not supported for the type S');
    await validation(ddb.send(new UpdateItemCommand({ TableName: 'Items', Key: key, AttributeUpdates: { p: { Action: 'PUT' } } })),
      'One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified');
    await validation(ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, ConditionalOperator: 'AND' })),
      'One or more parameter values were invalid: ConditionalOperator can only be used when Filter or Expected conditions have been specified');
    await ddb.send(new DeleteItemCommand({ TableName: 'Items', Key: key, Expected: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ N: '7' }] }, s: { ComparisonOperator: 'CONTAINS', AttributeValueList: [{ S: 'y' }] } } }));
    assert.equal(await get('Items', key), undefined);
  });

  test('every answer carries x-amz-crc32, the CRC32 of its body, errors included', async () => {
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'crc' }, sk: { N: '1' }, text: { S: 'héllo wörld' } } }));
    const call = (target: string, body: object) =>
      fetch(cloud.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': `DynamoDB_20120810.${target}`,
          'x-amz-date': '20240101T000000Z',
          authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=00',
        },
        body: JSON.stringify(body),
      });
    for (const [target, body, status] of [
      ['GetItem', { TableName: 'Items', Key: { pk: { S: 'crc' }, sk: { N: '1' } } }, 200],
      ['GetItem', { TableName: 'Missing', Key: { pk: { S: 'crc' } } }, 400],
      ['GetItem', { TableName: 'Items' }, 400],
    ] as const) {
      const response = await call(target, body);
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.equal(response.status, status, bytes.toString());
      assert.equal(response.headers.get('x-amz-crc32'), String(zlib.crc32(bytes)), bytes.toString());
    }
  });
});
