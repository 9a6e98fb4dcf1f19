import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BatchGetItemCommand, BatchWriteItemCommand, DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand, ScanCommand,
  TransactGetItemsCommand, TransactWriteItemsCommand, UpdateItemCommand, type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable, validation } from './support.js';

/**
 * DynamoDB's exact messages and the order it checks a request in: the request itself (kinds
 * of parameters, values, expressions) before it looks for the table, then what needs the table.
 * Every request here names a table that does not exist unless it says 'Items'.
 */
describe('DynamoDB error messages and validation order', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Items', {}, null);
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const missing = 'NoSuchTable';
  const bad = (value: unknown) => value as AttributeValue;

  test('numbers that cannot be read, in items, keys and ExpressionAttributeValues', async () => {
    await validation(ddb.send(new PutItemCommand({ TableName: missing, Item: { a: { N: 'abc' } } })), 'The parameter cannot be converted to a numeric value: abc');
    await validation(ddb.send(new PutItemCommand({ TableName: missing, Item: { a: { N: '' } } })), 'The parameter cannot be converted to a numeric value');
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: { NS: ['1', 'x'] } } })), 'The parameter cannot be converted to a numeric value: x');
    // A second datatype does not hide an unreadable number.
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: bad({ S: 'a', N: 'b' }) } })), 'The parameter cannot be converted to a numeric value: b');
    await validation(
      ddb.send(new DeleteItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, ConditionExpression: 'b = :v', ExpressionAttributeValues: { ':v': { N: 'NaN' } } })),
      'ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric value: NaN for key :v',
    );
  });

  test('sets: empty binary sets, duplicate numbers and binaries', async () => {
    await validation(ddb.send(new PutItemCommand({ TableName: missing, Item: { a: { BS: [] } } })), 'One or more parameter values were invalid: Binary sets should not be empty');
    await validation(ddb.send(new PutItemCommand({ TableName: missing, Item: { a: { NS: ['1', '1.0'] } } })), 'Input collection contains duplicates');
    await validation(
      ddb.send(new PutItemCommand({ TableName: missing, Item: { a: { BS: [Buffer.from('b'), Buffer.from('b')] } } })),
      'One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.',
    );
  });

  test('a request is validated before its table is looked up', async () => {
    await validation(ddb.send(new PutItemCommand({ TableName: missing, Item: { a: { S: 'x' }, big: { S: 'x'.repeat(400 * 1024) } } })), 'Item size has exceeded the maximum allowed size');
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, ProjectionExpression: 'b', ExpressionAttributeNames: { '#u': 'u' } })),
      'Value provided in ExpressionAttributeNames unused in expressions: keys: {#u}');
    // BatchGetItem: an unused name in one table's request wins over another table being missing.
    await validation(ddb.send(new BatchGetItemCommand({
      RequestItems: { [missing]: { Keys: [{ a: { S: 'x' } }] }, Items: { Keys: [{ pk: { S: 'x' } }], ProjectionExpression: 'pk', ExpressionAttributeNames: { '#u': 'u' } } },
    })), 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#u}');
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { [missing]: [{ PutRequest: { Item: { a: { N: 'x' } } } }] } })),
      'The parameter cannot be converted to a numeric value: x');
    await validation(ddb.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: missing, Item: { a: { N: '1e126' } } } }] })),
      'Number overflow. Attempting to store a number with magnitude larger than supported range');
    await validation(ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: missing, Key: { a: { N: '1e-131' } } } }] })),
      'Number underflow. Attempting to store a number with magnitude smaller than supported range');
    await validation(ddb.send(new QueryCommand({ TableName: missing, KeyConditionExpression: 'a = :a' })),
      'Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: :a');
    await validation(ddb.send(new ScanCommand({ TableName: missing, Segment: 1 })),
      'The TotalSegments parameter is required but was not present in the request when Segment parameter is present');
    // The table comes once the request is sound.
    const gone = await ddb.send(new GetItemCommand({ TableName: missing, Key: { a: { S: 'x' } } })).catch((e) => e);
    assert.equal(gone.name, 'ResourceNotFoundException');
  });

  test('the kinds of parameters are checked before the values, the values before the expressions', async () => {
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: bad({}) }, AttributesToGet: ['a'], ProjectionExpression: 'a' })),
      'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}');
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: bad({}) }, ProjectionExpression: '', ExpressionAttributeNames: {} })),
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    await validation(ddb.send(new QueryCommand({
      TableName: missing, AttributesToGet: ['a'], QueryFilter: { b: { ComparisonOperator: 'NULL' } }, ConditionalOperator: 'OR',
      KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] } }, KeyConditionExpression: 'a = :a', FilterExpression: 'b = :a', ProjectionExpression: 'a',
    })), 'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet, QueryFilter, ConditionalOperator, KeyConditions} Expression parameters: {ProjectionExpression, FilterExpression, KeyConditionExpression}');
    await validation(ddb.send(new QueryCommand({ TableName: missing, KeyConditions: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] } }, ExpressionAttributeValues: { ':a': { S: 'x' } } })),
      'ExpressionAttributeValues can only be specified when using expressions: FilterExpression and KeyConditionExpression are null');
    await validation(ddb.send(new DeleteItemCommand({ TableName: missing, Key: {}, ConditionExpression: 'a = :a', ExpressionAttributeValues: { ':a': bad({}), b: { S: 'x' } } })),
      'ExpressionAttributeValues contains invalid key: Syntax error; key: "b"');
  });

  test('ExclusiveStartKey values come first, some inside "The provided starting key is invalid"', async () => {
    await validation(ddb.send(new ScanCommand({ TableName: missing, Segment: 1, ExclusiveStartKey: { a: bad({}) } })),
      'The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    await validation(ddb.send(new QueryCommand({ TableName: missing, KeyConditionExpression: '', ExclusiveStartKey: { a: { SS: [] } } })),
      'The provided starting key is invalid: One or more parameter values were invalid: An string set  may not be empty');
    await validation(ddb.send(new ScanCommand({ TableName: missing, ExclusiveStartKey: { a: { NS: [] } } })),
      'One or more parameter values were invalid: An number set  may not be empty');
  });

  test('legacy Expected and QueryFilter', async () => {
    const del = (expected: Record<string, unknown>) => ddb.send(new DeleteItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, Expected: expected as never }));
    await validation(del({ a: { ComparisonOperator: 'LT' } }), 'One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: LT for Attribute: a');
    await validation(del({ a: { Value: { S: 'a' }, AttributeValueList: [{ S: 'a' }], ComparisonOperator: 'LT' } }),
      'One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: a');
    await validation(del({ a: { Value: { S: 'a' }, ComparisonOperator: 'NULL' } }), 'One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator');
    await validation(del({ a: { Exists: false, Value: { S: 'a' } } }), 'One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: a');
    await validation(del({ a: { ComparisonOperator: 'IN', AttributeValueList: [{ S: 'b' }, { N: '1' }] } }),
      'One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type');
    await validation(del({ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ S: 'b' }, { S: 'a' }] } }),
      'The BETWEEN condition was provided a range where the lower bound is greater than the upper bound');
    // The values of a filter are read before their number is judged.
    await validation(ddb.send(new ScanCommand({ TableName: missing, ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [bad({}), bad({})] } } })),
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  });

  test('expressions are read whole before what is in them is judged', async () => {
    const update = (UpdateExpression: string, extra: Record<string, unknown> = {}) =>
      ddb.send(new UpdateItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, UpdateExpression, ...extra }));
    // A syntax error later in the expression wins over a reserved word or an unknown function earlier.
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, ProjectionExpression: 'abort,' })), /^Invalid ProjectionExpression: Syntax error; token: "<EOF>"/);
    await validation(update('SET a = if_not_exist(a, 100)'), /^Invalid UpdateExpression: Syntax error; /);
    // A reserved word wins over an undefined #name before it.
    await validation(ddb.send(new GetItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, ProjectionExpression: '#a, ABSoLUTE' })),
      'Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: ABSoLUTE');
    await validation(update('set #c = if_not_exist(:c) set c = d'), 'Invalid UpdateExpression: Invalid function name; function: if_not_exist');
    await validation(update('set a = #c set c = :d'), 'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;');
    await validation(update('SET #c = if_not_exists(:c)', { ExpressionAttributeNames: { '#a': 'a' } }),
      'Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #c');
    await validation(update('SET #a = if_not_exists(:c)', { ExpressionAttributeNames: { '#a': 'a' }, ExpressionAttributeValues: { ':a': { S: 'a' } } }),
      'Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :c');
    // Overlapping paths are reported before a function given the wrong number of operands.
    await validation(update('set c[1].a = a, #c = if_not_exists(a)', { ExpressionAttributeNames: { '#c': 'c' } }),
      'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c, [1], a], path two: [c]');
    await validation(update('set a = if_not_exists(b)'),
      'Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1');
  });

  test('operands of a condition: distinct paths, BETWEEN bounds of one type', async () => {
    const scan = (FilterExpression: string, extra: Record<string, unknown> = {}) => ddb.send(new ScanCommand({ TableName: missing, FilterExpression, ...extra }));
    await validation(scan('a = a'), 'Invalid FilterExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]');
    await validation(scan('#a <> a', { ExpressionAttributeNames: { '#a': 'a' } }),
      'Invalid FilterExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: <>, first operand: [a]');
    await validation(scan('contains(ab.bc[1].a, ab.bc[1].#a)', { ExpressionAttributeNames: { '#a': 'a' } }),
      'Invalid FilterExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [ab, bc, [1], a]');
    await validation(ddb.send(new DeleteItemCommand({
      TableName: missing, Key: {}, ConditionExpression: 'a between :b and :a', ExpressionAttributeValues: { ':a': { S: 'a' }, ':b': { N: '1' } },
    })), 'Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}');
  });

  test('key conditions: their shape is judged before the table, in AWS words', async () => {
    const query = (KeyConditionExpression: string, values?: Record<string, AttributeValue>) =>
      ddb.send(new QueryCommand({ TableName: missing, KeyConditionExpression, ExpressionAttributeValues: values }));
    await validation(query('a > b and size(b) > c or a > c'), 'Invalid operator used in KeyConditionExpression: OR');
    await validation(query('contains(a.d, b)'), 'Invalid operator used in KeyConditionExpression: contains');
    await validation(query('a <> b'), 'Invalid operator used in KeyConditionExpression: <>');
    await validation(query('size(b) > a AND a.b > b AND b > c'), 'KeyConditionExpressions cannot contain nested operations');
    await validation(query('a between size(b) and size(a)'), 'KeyConditionExpressions cannot contain nested operations');
    await validation(query('b > a.b'), 'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition');
    await validation(query('begins_with(a, b)'), 'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition');
    await validation(query('b[0] > a'), 'KeyConditionExpressions cannot have conditions on nested attributes');
    await validation(query(':a > b AND :a < :b', { ':a': { N: '1' }, ':b': { N: '1' } }), 'Invalid condition in KeyConditionExpression: No key attribute specified');
    await validation(query('begins_with(:a, b) and a > :b', { ':a': { S: '1' }, ':b': { S: '1' } }),
      'Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand');
    await validation(query('a = :a AND a = :a', { ':a': { S: '1' } }), 'KeyConditionExpressions must only contain one condition per key');
    // Legacy KeyConditions on the table 'Items' (key pk).
    for (const condition of [{ ComparisonOperator: 'NULL' }, { ComparisonOperator: 'NE', AttributeValueList: [{ S: '1' }] }, { ComparisonOperator: 'IN', AttributeValueList: [{ S: 'a' }] }]) {
      await validation(ddb.send(new QueryCommand({ TableName: 'Items', KeyConditions: { pk: condition as never } })), 'Attempted conditional constraint is not an indexable operation');
    }
    await validation(ddb.send(new QueryCommand({
      TableName: 'Items', KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'a' }] } }, QueryFilter: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'a' }] } },
    })), 'QueryFilter can only contain non-primary key attributes: Primary key attribute: pk');
  });

  test('legacy writes: AttributeUpdates before Expected, short type names; BatchWriteItem key mismatches; BatchGetItem duplicates', async () => {
    const update = (extra: Record<string, unknown>) => ddb.send(new UpdateItemCommand({ TableName: missing, Key: { a: { S: 'x' } }, ...extra }));
    await validation(update({ Expected: { a: {} }, AttributeUpdates: { a: { Action: 'ADD' } } }),
      'One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified');
    await validation(update({ AttributeUpdates: { a: { Action: 'DELETE', Value: { S: '1' } } } }), 'One or more parameter values were invalid: DELETE action with value is not supported for the type S');
    await validation(update({ AttributeUpdates: { a: { Action: 'ADD', Value: { B: Buffer.from('b') } } } }), 'One or more parameter values were invalid: ADD action is not supported for the type B');
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { Items: [{ PutRequest: { Item: { other: { S: 'x' } } } }] } })),
      'The provided key element does not match the schema');
    await validation(ddb.send(new BatchWriteItemCommand({ RequestItems: { Items: [{ PutRequest: { Item: { pk: { N: '1' } } } }] } })),
      'The provided key element does not match the schema');
    const key = { a: { S: 'x' }, b: { N: '1' } };
    await validation(ddb.send(new BatchGetItemCommand({ RequestItems: { [missing]: { Keys: [key, { b: key.b, a: key.a }] } } })), 'Provided list of item keys contains duplicates');
  });

  test('ConditionalCheckFailedException carries message and Item as AWS sends them', async () => {
    await ddb.send(new PutItemCommand({ TableName: 'Items', Item: { pk: { S: 'k' }, n: { N: '1' } } }));
    const response = await fetch(cloud.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.PutItem',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0', 'x-amz-date': '20260101T000000Z',
      },
      body: JSON.stringify({ TableName: 'Items', Item: { pk: { S: 'k' } }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
    });
    assert.equal(response.status, 400);
    const body = await response.json() as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['Item', '__type', 'message']);
    assert.equal(body.message, 'The conditional request failed');
    assert.deepEqual(body.Item, { pk: { S: 'k' }, n: { N: '1' } });
  });
});

describe('DynamoDB parallel scan', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Segments', {}, null);
    for (let i = 0; i < 100; i += 25) {
      await ddb.send(new BatchWriteItemCommand({
        RequestItems: { Segments: Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `item-${i + j}` } } } })) },
      }));
    }
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  test('four segments over 100 similar keys get about a quarter each, and together every item once', async () => {
    const counts: number[] = [];
    const seen = new Set<string>();
    for (let segment = 0; segment < 4; segment++) {
      const page = await ddb.send(new ScanCommand({ TableName: 'Segments', Segment: segment, TotalSegments: 4 }));
      counts.push(page.Count!);
      for (const item of page.Items!) seen.add(item.pk.S!);
    }
    assert.equal(seen.size, 100);
    assert.equal(counts.reduce((a, b) => a + b, 0), 100);
    for (const count of counts) assert.ok(count >= 15 && count <= 35, `segment counts ${counts.join('/')}`);
  });
});
