import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, PutItemCommand, QueryCommand, ScanCommand, UpdateItemCommand, DeleteItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable, validation } from './support.js';
import { expectAwsError } from '../support/errors.js';

describe('DynamoDB Query and Scan', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await ddb.send(new CreateTableCommand({
      TableName: 'Orders',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'customer', KeyType: 'HASH' }, { AttributeName: 'orderId', KeyType: 'RANGE' }],
      AttributeDefinitions: [
        { AttributeName: 'customer', AttributeType: 'S' }, { AttributeName: 'orderId', AttributeType: 'N' },
        { AttributeName: 'placed', AttributeType: 'S' }, { AttributeName: 'region', AttributeType: 'S' }, { AttributeName: 'total', AttributeType: 'N' },
      ],
      LocalSecondaryIndexes: [{ IndexName: 'ByPlaced', KeySchema: [{ AttributeName: 'customer', KeyType: 'HASH' }, { AttributeName: 'placed', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
      GlobalSecondaryIndexes: [
        { IndexName: 'ByRegion', KeySchema: [{ AttributeName: 'region', KeyType: 'HASH' }, { AttributeName: 'total', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['item'] } },
        { IndexName: 'ByTotal', KeySchema: [{ AttributeName: 'total', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } },
      ],
    }));
    const requests = [];
    for (let i = 1; i <= 20; i++) {
      const item: Record<string, AttributeValue> = {
        customer: { S: i <= 12 ? 'alice' : 'bob' }, orderId: { N: String(i * 10) }, placed: { S: `2024-01-${String(21 - i).padStart(2, '0')}` },
        total: { N: String((i % 5) * 1.5) }, item: { S: `thing-${i}` }, note: { S: i % 2 ? 'odd' : 'even' },
      };
      if (i % 4 !== 0) item.region = { S: i % 2 ? 'north' : 'south' };
      requests.push({ PutRequest: { Item: item } });
    }
    for (let i = 0; i < requests.length; i += 10) await ddb.send(new BatchWriteItemCommand({ RequestItems: { Orders: requests.slice(i, i + 10) } }));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const query = (input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>) => ddb.send(new QueryCommand({ TableName: 'Orders', ...input }));
  const ids = (items: Record<string, AttributeValue>[] | undefined) => items!.map((i) => Number(i.orderId.N));

  test('key conditions on the sort key, both directions', async () => {
    const values = (extra: Record<string, AttributeValue> = {}) => ({ ':c': { S: 'alice' }, ...extra });
    assert.deepEqual(ids((await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: values() })).Items), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    assert.deepEqual(ids((await query({ KeyConditionExpression: 'customer = :c AND orderId > :n', ExpressionAttributeValues: values({ ':n': { N: '100' } }) })).Items), [110, 120]);
    assert.deepEqual(ids((await query({ KeyConditionExpression: 'customer = :c AND orderId >= :n', ExpressionAttributeValues: values({ ':n': { N: '110' } }) })).Items), [110, 120]);
    assert.deepEqual(ids((await query({ KeyConditionExpression: 'customer = :c AND orderId < :n', ExpressionAttributeValues: values({ ':n': { N: '30' } }) })).Items), [10, 20]);
    assert.deepEqual(ids((await query({ KeyConditionExpression: 'customer = :c AND orderId <= :n', ExpressionAttributeValues: values({ ':n': { N: '30' } }) })).Items), [10, 20, 30]);
    assert.deepEqual(ids((await query({ KeyConditionExpression: 'customer = :c AND orderId = :n', ExpressionAttributeValues: values({ ':n': { N: '30.0' } }) })).Items), [30]);
    assert.deepEqual(ids((await query({ KeyConditionExpression: '#c = :c AND #o BETWEEN :lo AND :hi', ExpressionAttributeNames: { '#c': 'customer', '#o': 'orderId' },
      ExpressionAttributeValues: values({ ':lo': { N: '25' }, ':hi': { N: '50' } }), ScanIndexForward: false })).Items), [50, 40, 30]);
    const legacy = await query({ KeyConditions: { customer: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'bob' }] }, orderId: { ComparisonOperator: 'GT', AttributeValueList: [{ N: '180' }] } } });
    assert.deepEqual(ids(legacy.Items), [190, 200]);
    const none = await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'nobody' } } });
    assert.deepEqual([none.Items, none.Count, none.ScannedCount], [[], 0, 0]);
  });

  test('sort order: numbers numerically, strings by UTF-8 bytes, binaries bytewise; begins_with', async () => {
    await createTable(ddb, 'Sorted', {}, 'S');
    await createTable(ddb, 'SortedN', {}, 'N');
    await createTable(ddb, 'SortedB', {}, 'B');
    const strings = ['b', 'ab', 'a', 'Z', 'é', '😀', 'ｚ', 'aa', ''.padEnd(3, 'a'), 'abc'];
    for (const s of strings) await ddb.send(new PutItemCommand({ TableName: 'Sorted', Item: { pk: { S: 'p' }, sk: { S: s } } }));
    const byBytes = [...new Set(strings)].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    const gotS = (await ddb.send(new QueryCommand({ TableName: 'Sorted', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } }))).Items!.map((i) => i.sk.S);
    assert.deepEqual(gotS, byBytes);
    assert.ok(gotS.indexOf('ｚ') < gotS.indexOf('😀'), 'UTF-8 order, not UTF-16 order');
    const prefixed = await ddb.send(new QueryCommand({ TableName: 'Sorted', KeyConditionExpression: 'pk = :p AND begins_with(sk, :a)', ExpressionAttributeValues: { ':p': { S: 'p' }, ':a': { S: 'a' } } }));
    assert.deepEqual(prefixed.Items!.map((i) => i.sk.S), ['a', 'aa', 'aaa', 'ab', 'abc']);

    const numbers = ['-1e10', '-100', '-2.5', '-0.001', '0', '0.001', '1', '2', '10', '10.5', '100', '1e10'];
    for (const n of [...numbers].reverse()) await ddb.send(new PutItemCommand({ TableName: 'SortedN', Item: { pk: { S: 'p' }, sk: { N: n } } }));
    const gotN = (await ddb.send(new QueryCommand({ TableName: 'SortedN', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } }))).Items!.map((i) => i.sk.N);
    assert.deepEqual(gotN, ['-10000000000', '-100', '-2.5', '-0.001', '0', '0.001', '1', '2', '10', '10.5', '100', '10000000000']);

    const binaries = [[0xff], [0x00], [0x01, 0x02], [0x01], [0x80], [0x7f, 0xff]].map((b) => Buffer.from(b));
    for (const b of binaries) await ddb.send(new PutItemCommand({ TableName: 'SortedB', Item: { pk: { S: 'p' }, sk: { B: b } } }));
    const gotB = (await ddb.send(new QueryCommand({ TableName: 'SortedB', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } }))).Items!.map((i) => Buffer.from(i.sk.B!).toString('hex'));
    assert.deepEqual(gotB, ['00', '01', '0102', '7fff', '80', 'ff']);
    const binPrefix = await ddb.send(new QueryCommand({ TableName: 'SortedB', KeyConditionExpression: 'pk = :p AND begins_with(sk, :b)', ExpressionAttributeValues: { ':p': { S: 'p' }, ':b': { B: Buffer.from([0x01]) } } }));
    assert.equal(binPrefix.Count, 2);
    const maxPrefix = await ddb.send(new QueryCommand({ TableName: 'SortedB', KeyConditionExpression: 'pk = :p AND begins_with(sk, :b)', ExpressionAttributeValues: { ':p': { S: 'p' }, ':b': { B: Buffer.from([0xff]) } } }));
    assert.equal(maxPrefix.Count, 1);
  });

  test('Limit, filters after the limit, Count/ScannedCount, pagination', async () => {
    const base = { KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' }, ':odd': { S: 'odd' } }, FilterExpression: 'note = :odd' };
    const page1 = await query({ ...base, Limit: 5 });
    assert.deepEqual([page1.Count, page1.ScannedCount], [3, 5]);
    assert.deepEqual(ids(page1.Items), [10, 30, 50]);
    assert.deepEqual(page1.LastEvaluatedKey, { customer: { S: 'alice' }, orderId: { N: '50' } });
    const page2 = await query({ ...base, Limit: 5, ExclusiveStartKey: page1.LastEvaluatedKey });
    assert.deepEqual(ids(page2.Items), [70, 90]);
    const page3 = await query({ ...base, Limit: 5, ExclusiveStartKey: page2.LastEvaluatedKey });
    assert.deepEqual([ids(page3.Items), page3.ScannedCount, page3.LastEvaluatedKey], [[110], 2, undefined]);
    const exact = await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'bob' } }, Limit: 8 });
    assert.equal(exact.Count, 8);
    assert.ok(exact.LastEvaluatedKey, 'a page that fills the Limit names its last key, as DynamoDB does');
    const count = await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' } }, Select: 'COUNT' });
    assert.deepEqual([count.Items, count.Count, count.ScannedCount], [undefined, 12, 12]);
    const specific = await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'bob' } }, ProjectionExpression: 'orderId, #i', ExpressionAttributeNames: { '#i': 'item' }, Limit: 1 });
    assert.deepEqual(specific.Items, [{ orderId: { N: '130' }, item: { S: 'thing-13' } }]);
    const reverse = await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' } }, ScanIndexForward: false, Limit: 2 });
    assert.deepEqual(ids(reverse.Items), [120, 110]);
    const reverse2 = await query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' } }, ScanIndexForward: false, Limit: 2, ExclusiveStartKey: reverse.LastEvaluatedKey });
    assert.deepEqual(ids(reverse2.Items), [100, 90]);
    const legacyFilter = await query({ KeyConditions: { customer: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'alice' }] } },
      QueryFilter: { note: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'even' }] }, total: { ComparisonOperator: 'GT', AttributeValueList: [{ N: '3' }] } }, ConditionalOperator: 'AND', AttributesToGet: ['orderId'] });
    assert.deepEqual(legacyFilter.Items, [{ orderId: { N: '40' } }, { orderId: { N: '80' } }]);
  });

  test('the 1 MB page limit applies before the filter', async () => {
    await createTable(ddb, 'Big', {}, 'N');
    const payload = 'x'.repeat(100 * 1024);
    for (let i = 0; i < 12; i++) await ddb.send(new PutItemCommand({ TableName: 'Big', Item: { pk: { S: 'p' }, sk: { N: String(i) }, payload: { S: payload } } }));
    const first = await ddb.send(new QueryCommand({ TableName: 'Big', KeyConditionExpression: 'pk = :p', FilterExpression: 'attribute_not_exists(payload)', ExpressionAttributeValues: { ':p': { S: 'p' } } }));
    assert.deepEqual([first.Count, first.ScannedCount], [0, 11]);
    assert.deepEqual(first.LastEvaluatedKey, { pk: { S: 'p' }, sk: { N: '10' } });
    const rest = await ddb.send(new QueryCommand({ TableName: 'Big', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ExclusiveStartKey: first.LastEvaluatedKey }));
    assert.deepEqual([rest.Count, rest.LastEvaluatedKey], [1, undefined]);
    const scan = await ddb.send(new ScanCommand({ TableName: 'Big', Select: 'COUNT' }));
    assert.deepEqual([scan.Count, scan.ScannedCount, Boolean(scan.LastEvaluatedKey)], [11, 11, true]);
  });

  test('secondary indexes: LSI, GSI, projections, sparse entries, updates moving entries', async () => {
    const lsi = await query({ IndexName: 'ByPlaced', KeyConditionExpression: 'customer = :c AND placed < :d', ExpressionAttributeValues: { ':c': { S: 'alice' }, ':d': { S: '2024-01-12' } } });
    assert.deepEqual(lsi.Items!.map((i) => i.placed.S), ['2024-01-09', '2024-01-10', '2024-01-11']);
    assert.deepEqual(Object.keys(lsi.Items![0]).sort(), ['customer', 'orderId', 'placed'], 'KEYS_ONLY holds the index and table keys');
    const lsiAll = await query({ IndexName: 'ByPlaced', KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' } }, Select: 'ALL_ATTRIBUTES', Limit: 1, ReturnConsumedCapacity: 'INDEXES' });
    assert.equal(lsiAll.Items![0].item.S, 'thing-12', 'an LSI fetches unprojected attributes from the table');
    assert.deepEqual(lsiAll.ConsumedCapacity, { TableName: 'Orders', CapacityUnits: 1, Table: { CapacityUnits: 0.5 }, LocalSecondaryIndexes: { ByPlaced: { CapacityUnits: 0.5 } } });

    const north = await query({ IndexName: 'ByRegion', KeyConditionExpression: '#r = :r AND #t >= :t', ExpressionAttributeNames: { '#r': 'region', '#t': 'total' }, ExpressionAttributeValues: { ':r': { S: 'north' }, ':t': { N: '3' } } });
    assert.deepEqual(north.Items!.map((i) => [i.total.N, i.orderId.N]), [['3', '70'], ['3', '170'], ['4.5', '30'], ['4.5', '130'], ['6', '90'], ['6', '190']]);
    assert.deepEqual(Object.keys(north.Items![0]).sort(), ['customer', 'item', 'orderId', 'region', 'total']);
    const page = await query({ IndexName: 'ByRegion', KeyConditionExpression: '#r = :r', ExpressionAttributeNames: { '#r': 'region' }, ExpressionAttributeValues: { ':r': { S: 'north' } }, Limit: 3 });
    assert.deepEqual(Object.keys(page.LastEvaluatedKey!).sort(), ['customer', 'orderId', 'region', 'total'], "an index page's key holds index and table keys");
    const next = await query({ IndexName: 'ByRegion', KeyConditionExpression: '#r = :r', ExpressionAttributeNames: { '#r': 'region' }, ExpressionAttributeValues: { ':r': { S: 'north' } }, ExclusiveStartKey: page.LastEvaluatedKey });
    assert.equal(page.Count! + next.Count!, 10);
    const sparse = await ddb.send(new ScanCommand({ TableName: 'Orders', IndexName: 'ByRegion', Select: 'COUNT' }));
    assert.equal(sparse.Count, 15, 'items without a region are not in the index');

    await validation(query({ IndexName: 'ByRegion', KeyConditionExpression: '#r = :r', ExpressionAttributeNames: { '#r': 'region' }, ExpressionAttributeValues: { ':r': { S: 'north' } }, ConsistentRead: true }),
      'Consistent reads are not supported on global secondary indexes');
    await validation(query({ IndexName: 'ByRegion', KeyConditionExpression: '#r = :r', ExpressionAttributeNames: { '#r': 'region' }, ExpressionAttributeValues: { ':r': { S: 'north' } }, Select: 'ALL_ATTRIBUTES' }),
      'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index ByRegion because its projection type is not ALL');
    await validation(query({ IndexName: 'Nope', KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'x' } } }), 'The table does not have the specified index: Nope');

    // Moving an item between index partitions, and out of the index.
    await ddb.send(new UpdateItemCommand({ TableName: 'Orders', Key: { customer: { S: 'bob' }, orderId: { N: '200' } }, UpdateExpression: 'SET #t = :t', ExpressionAttributeNames: { '#t': 'total' }, ExpressionAttributeValues: { ':t': { N: '999' } } }));
    const moved = await query({ IndexName: 'ByTotal', KeyConditionExpression: '#t = :t', ExpressionAttributeNames: { '#t': 'total' }, ExpressionAttributeValues: { ':t': { N: '999' } } });
    assert.deepEqual(ids(moved.Items), [200]);
    await ddb.send(new UpdateItemCommand({ TableName: 'Orders', Key: { customer: { S: 'bob' }, orderId: { N: '200' } }, UpdateExpression: 'REMOVE #t', ExpressionAttributeNames: { '#t': 'total' } }));
    assert.equal((await query({ IndexName: 'ByTotal', KeyConditionExpression: '#t = :t', ExpressionAttributeNames: { '#t': 'total' }, ExpressionAttributeValues: { ':t': { N: '999' } } })).Count, 0);
    await ddb.send(new DeleteItemCommand({ TableName: 'Orders', Key: { customer: { S: 'bob' }, orderId: { N: '190' } } }));
    assert.equal((await ddb.send(new ScanCommand({ TableName: 'Orders', IndexName: 'ByRegion', Select: 'COUNT' }))).Count, 14);
    await validation(ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { customer: { S: 'c' }, orderId: { N: '1' }, region: { N: '5' } } })),
      'One or more parameter values were invalid: Type mismatch for Index Key region Expected: S Actual: N IndexName: ByRegion');
    await validation(ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { customer: { S: 'c' }, orderId: { N: '1' }, region: { S: '' } } })),
      'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: ByRegion, IndexKey: region');
  });

  test('Scan: filters, parallel segments, pages', async () => {
    const all = await ddb.send(new ScanCommand({ TableName: 'Orders' }));
    assert.equal(all.Count, all.ScannedCount);
    const seen = new Set<string>();
    for (let segment = 0; segment < 4; segment++) {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await ddb.send(new ScanCommand({ TableName: 'Orders', Segment: segment, TotalSegments: 4, Limit: 2, ExclusiveStartKey: start }));
        for (const item of page.Items!) {
          const id = `${item.customer.S}/${item.orderId.N}`;
          assert.ok(!seen.has(id), `${id} seen twice`);
          seen.add(id);
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }
    assert.equal(seen.size, all.Count, 'the segments together hold every item once');
    const firstOf = async (segment: number) => (await ddb.send(new ScanCommand({ TableName: 'Orders', Segment: segment, TotalSegments: 2, Limit: 1 }))).LastEvaluatedKey;
    const [zero, one] = [await firstOf(0), await firstOf(1)];
    const [from, other] = zero ? [zero, 1] : [one!, 0];
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', Segment: other, TotalSegments: 2, ExclusiveStartKey: from })),
      `The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: ${other}`);
    const filtered = await ddb.send(new ScanCommand({ TableName: 'Orders', FilterExpression: 'contains(#i, :one) AND NOT begins_with(note, :e)', ExpressionAttributeNames: { '#i': 'item' }, ExpressionAttributeValues: { ':one': { S: '1' }, ':e': { S: 'e' } } }));
    assert.deepEqual(filtered.Items!.map((i) => i.item.S).sort(), ['thing-1', 'thing-11', 'thing-13', 'thing-15', 'thing-17'], 'thing-19 was deleted above');
    const legacy = await ddb.send(new ScanCommand({ TableName: 'Orders', ScanFilter: { orderId: { ComparisonOperator: 'IN', AttributeValueList: [{ N: '10' }, { N: '20' }] } } }));
    assert.equal(legacy.Count, 2);
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', Segment: 4, TotalSegments: 4 })),
      'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less than TotalSegments: 4');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', TotalSegments: 4 })),
      'The Segment parameter is required but was not present in the request when parameter TotalSegments is present');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', ExclusiveStartKey: { customer: { S: 'alice' } } })),
      'The provided starting key is invalid: The provided key element does not match the schema');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', Select: 'SPECIFIC_ATTRIBUTES' })),
      'Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', Select: 'ALL_ATTRIBUTES', AttributesToGet: ['note'] })),
      'Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', Select: 'COUNT', ProjectionExpression: 'note' })),
      'Cannot specify the ProjectionExpression when choosing to get only the Count');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', Select: 'ALL_PROJECTED_ATTRIBUTES' })),
      'ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
    await validation(ddb.send(new ScanCommand({ TableName: 'Orders', TotalSegments: 1000001, Segment: 0 })),
      "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000");
  });

  test('Query errors, with AWS messages', async () => {
    await validation(query({}), 'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
    await validation(query({ KeyConditionExpression: 'orderId = :n', ExpressionAttributeValues: { ':n': { N: '1' } } }), 'Query condition missed key schema element: customer');
    await validation(query({ KeyConditionExpression: 'customer = :c OR orderId = :n', ExpressionAttributeValues: { ':c': { S: 'a' }, ':n': { N: '1' } } }),
      'Invalid operator used in KeyConditionExpression: OR');
    await validation(query({ KeyConditionExpression: 'customer = :c', FilterExpression: 'orderId > :n', ExpressionAttributeValues: { ':c': { S: 'a' }, ':n': { N: '1' } } }),
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: orderId');
    await validation(query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { N: '1' } } }),
      'One or more parameter values were invalid: Condition parameter type does not match schema type');
    await validation(query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: '' } } }),
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: customer');
    await validation(query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' } }, ExclusiveStartKey: { customer: { S: 'bob' }, orderId: { N: '130' } } }),
      'The provided starting key is outside query boundaries based on provided conditions');
    await validation(query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'a' } }, Limit: 0 }),
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
    await validation(query({ KeyConditionExpression: 'customer = :c', ExpressionAttributeValues: { ':c': { S: 'alice' } }, ExclusiveStartKey: { customer: { S: 'alice' } } }),
      'The provided starting key is invalid');
    await expectAwsError(ddb.send(new QueryCommand({ TableName: 'Missing', KeyConditionExpression: 'a = :a', ExpressionAttributeValues: { ':a': { S: 'a' } } })), { name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400 });
  });
});
