import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';

/**
 * Malformed and adversarial input at every operation, over raw HTTP (the SDK
 * would refuse much of it before sending): each gets an AWS error (never a
 * 500), the server keeps serving, and no failed call changes any table.
 */
const OPERATIONS = [
  'CreateTable', 'DescribeTable', 'UpdateTable', 'DeleteTable', 'ListTables', 'TagResource', 'UntagResource', 'ListTagsOfResource', 'DescribeLimits',
  'DescribeEndpoints', 'PutItem', 'GetItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactWriteItems', 'TransactGetItems',
];
const KNOWN_ERRORS = new Set([
  'ValidationException', 'SerializationException', 'ResourceNotFoundException', 'ResourceInUseException', 'ConditionalCheckFailedException',
  'TransactionCanceledException', 'LimitExceededException', 'IdempotentParameterMismatchException', 'ItemCollectionSizeLimitExceededException',
]);

/** A small deterministic PRNG, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('DynamoDB under malformed and adversarial input', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  async function call(operation: string, body: unknown): Promise<{ status: number; json: any }> {
    const response = await fetch(cloud.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
        'x-amz-date': `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
        authorization: `AWS4-HMAC-SHA256 Credential=test/${new Date().toISOString().slice(0, 10).replace(/-/g, '')}/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0`,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }

  async function snapshot(): Promise<string> {
    const tables = (await call('ListTables', {})).json.TableNames as string[];
    const parts: unknown[] = [];
    for (const name of tables) {
      const scan = await call('Scan', { TableName: name, ConsistentRead: true });
      const table = (await call('DescribeTable', { TableName: name })).json.Table;
      const items = (scan.json.Items as unknown[]).map((i) => JSON.stringify(i)).sort();
      parts.push({ name, items, count: table.ItemCount, gsis: table.GlobalSecondaryIndexes?.map((g: { ItemCount: number }) => g.ItemCount), throughput: table.ProvisionedThroughput, tags: (await call('ListTagsOfResource', { ResourceArn: table.TableArn })).json.Tags });
    }
    return JSON.stringify(parts);
  }

  async function expectRefusedUnchanged(operation: string, body: unknown, code?: string, message?: string | RegExp) {
    const before = await snapshot();
    const { status, json } = await call(operation, body);
    const shown = (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 200);
    assert.equal(status, 400, `${operation} ${shown} → ${status} ${JSON.stringify(json)?.slice(0, 300)}`);
    assert.ok(KNOWN_ERRORS.has(json.__type), `${operation}: unexpected error ${json.__type}: ${json.message}`);
    // The message member is `message` for most errors, `Message` where the error's shape says so (TransactionCanceledException).
    const text = json.message ?? json.Message;
    if (code) assert.equal(json.__type, code, text);
    if (typeof message === 'string') assert.equal(text, message);
    else if (message) assert.match(text, message);
    assert.equal(await snapshot(), before, `${operation} failed but changed a table: ${shown}`);
  }

  const valid: Record<string, unknown> = {};
  before(async () => {
    const created = await call('CreateTable', {
      TableName: 'Fuzz', BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'ByG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
    });
    assert.equal(created.status, 200, JSON.stringify(created.json));
    for (let i = 0; i < 5; i++) await call('PutItem', { TableName: 'Fuzz', Item: { pk: { S: 'p' }, sk: { N: String(i) }, g: { S: `g${i % 2}` }, n: { N: String(i) }, l: { L: [{ S: 'x' }] } } });
    const key = { pk: { S: 'p' }, sk: { N: '1' } };
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/Fuzz';
    Object.assign(valid, {
      CreateTable: { TableName: 'Other', BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }] },
      DescribeTable: { TableName: 'Fuzz' },
      UpdateTable: { TableName: 'Fuzz', DeletionProtectionEnabled: false },
      DeleteTable: { TableName: 'Nope' },
      ListTables: { Limit: 5 },
      TagResource: { ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] },
      UntagResource: { ResourceArn: arn, TagKeys: ['k'] },
      ListTagsOfResource: { ResourceArn: arn },
      DescribeLimits: {},
      DescribeEndpoints: {},
      PutItem: { TableName: 'Fuzz', Item: { ...key, n: { N: '1' } }, ConditionExpression: 'attribute_exists(pk) AND n = :n', ExpressionAttributeValues: { ':n': { N: '1' } } },
      GetItem: { TableName: 'Fuzz', Key: key, ProjectionExpression: 'n, l[0]' },
      UpdateItem: { TableName: 'Fuzz', Key: key, UpdateExpression: 'SET n = n + :one', ConditionExpression: 'n = :one', ExpressionAttributeValues: { ':one': { N: '1' } } },
      DeleteItem: { TableName: 'Fuzz', Key: { pk: { S: 'p' }, sk: { N: '99' } }, ConditionExpression: 'attribute_exists(pk)' },
      Query: { TableName: 'Fuzz', KeyConditionExpression: 'pk = :p AND sk > :s', FilterExpression: 'n > :s', ExpressionAttributeValues: { ':p': { S: 'p' }, ':s': { N: '0' } }, Limit: 2 },
      Scan: { TableName: 'Fuzz', IndexName: 'ByG', Segment: 0, TotalSegments: 2 },
      BatchGetItem: { RequestItems: { Fuzz: { Keys: [key] } } },
      BatchWriteItem: { RequestItems: { Fuzz: [{ PutRequest: { Item: { ...key, n: { N: '1' } } } }] } },
      TransactWriteItems: { TransactItems: [{ ConditionCheck: { TableName: 'Fuzz', Key: key, ConditionExpression: 'n = :x', ExpressionAttributeValues: { ':x': { N: '7' } } } }] },
      TransactGetItems: { TransactItems: [{ Get: { TableName: 'Fuzz', Key: key } }] },
    });
  });

  test('bodies that are not JSON documents, at every operation', async () => {
    for (const operation of OPERATIONS) {
      for (const body of ['not json', '[]', '"text"', '42', '{"TableName":']) {
        await expectRefusedUnchanged(operation, body, 'SerializationException');
      }
    }
  });

  test('wrong member types, deep nesting, invalid numbers, huge expressions, oversized items', async () => {
    const key = { pk: { S: 'p' }, sk: { N: '1' } };
    await expectRefusedUnchanged('PutItem', { TableName: 5, Item: key }, 'SerializationException');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: 'item' }, 'SerializationException');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: { N: 5 } } }, 'SerializationException');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: { BOOL: 'yes' } } }, 'SerializationException');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: { B: '!!not base64!!' } } }, 'SerializationException');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: { SS: 'x' } } }, 'SerializationException');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: {} } }, 'ValidationException', 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: { Z: 'x' } } }, 'ValidationException', 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    await expectRefusedUnchanged('Query', { TableName: 'Fuzz', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, Limit: 'ten' }, 'SerializationException');
    await expectRefusedUnchanged('Query', { TableName: 'Fuzz', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, Limit: 1.5 }, 'SerializationException');
    for (const n of ['', ' ', '1e', 'e5', '--1', '1..2', 'Infinity', '0x10', '1,000', '١٢', '1e400', '1e-400']) {
      await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, a: { N: n } } }, 'ValidationException');
      await expectRefusedUnchanged('UpdateItem', { TableName: 'Fuzz', Key: key, UpdateExpression: 'ADD n :n', ExpressionAttributeValues: { ':n': { N: n } } }, 'ValidationException');
    }
    for (const [depth, code, message] of [[33, 'ValidationException', 'Nesting Levels have exceeded supported limits'], [200, 'ValidationException', 'Nesting Levels have exceeded supported limits'], [20000, 'SerializationException', 'The document is nested more than 1000 levels deep.']] as const) {
      // Built as text: JSON.stringify itself cannot go this deep.
      let nested = '{"S":"leaf"}';
      for (let i = 0; i < depth; i++) nested = i % 2 ? `{"L":[${nested}]}` : `{"M":{"k":${nested}}}`;
      await expectRefusedUnchanged('PutItem', `{"TableName":"Fuzz","Item":{"pk":{"S":"p"},"sk":{"N":"1"},"deep":${nested}}}`, code, message);
    }
    const huge = `n = :n${' OR n = :n'.repeat(1000)}`;
    await expectRefusedUnchanged('DeleteItem', { TableName: 'Fuzz', Key: key, ConditionExpression: huge, ExpressionAttributeValues: { ':n': { N: '1' } } }, 'ValidationException',
      `Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: ${huge.length}`);
    await expectRefusedUnchanged('Scan', { TableName: 'Fuzz', FilterExpression: `${'('.repeat(2000)}n = :n${')'.repeat(2000)}`, ExpressionAttributeValues: { ':n': { N: '1' } } }, 'ValidationException');
    await expectRefusedUnchanged('Scan', { TableName: 'Fuzz', FilterExpression: 'NOT '.repeat(1000) + 'n = :n', ExpressionAttributeValues: { ':n': { N: '1' } } }, 'ValidationException');
    await expectRefusedUnchanged('Scan', { TableName: 'Fuzz', FilterExpression: Array.from({ length: 310 }, () => 'n = :n').join(' AND '), ExpressionAttributeValues: { ':n': { N: '1' } } }, 'ValidationException',
      /^Invalid FilterExpression: The expression contains too many operators; operator count: 301$/);
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, big: { S: 'x'.repeat(400 * 1024) } } }, 'ValidationException', 'Item size has exceeded the maximum allowed size');
    await expectRefusedUnchanged('PutItem', { TableName: 'Fuzz', Item: { ...key, big: { B: Buffer.alloc(410 * 1024).toString('base64') } } }, 'ValidationException', 'Item size has exceeded the maximum allowed size');
    await expectRefusedUnchanged('BatchWriteItem', { RequestItems: { Fuzz: [{ PutRequest: { Item: { pk: { S: 'q' }, sk: { N: '1' } } } }, { PutRequest: { Item: { ...key, big: { S: 'x'.repeat(400 * 1024) } } } }] } },
      'ValidationException', 'Item size has exceeded the maximum allowed size');
    await expectRefusedUnchanged('UpdateItem', { TableName: 'Fuzz', Key: key, UpdateExpression: 'SET big = :b', ExpressionAttributeValues: { ':b': { S: 'x'.repeat(400 * 1024) } } },
      'ValidationException', 'Item size to update has exceeded the maximum allowed size');
    await expectRefusedUnchanged('UpdateItem', { TableName: 'Fuzz', Key: key, UpdateExpression: 'SET #a = :v', ExpressionAttributeNames: { '#a': '' }, ExpressionAttributeValues: { ':v': { S: 'x' } } }, 'ValidationException');
    await expectRefusedUnchanged('TransactWriteItems', { TransactItems: [
      { Put: { TableName: 'Fuzz', Item: { pk: { S: 'new' }, sk: { N: '1' } } } },
      { Update: { TableName: 'Fuzz', Key: key, UpdateExpression: 'SET l = list_append(n, l)' } },
    ] }, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]');
  });

  test('a null in place of any list member or structure, at every operation', async () => {
    // Every path into a valid request; each is replaced by null in turn.
    function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
      if (value === null || typeof value !== 'object') return [];
      const out: Array<Array<string | number>> = [];
      for (const [key, child] of Object.entries(value)) {
        const next = [...at, Array.isArray(value) ? Number(key) : key];
        out.push(next, ...paths(child, next));
      }
      return out;
    }
    for (const operation of OPERATIONS) {
      for (const path of paths(valid[operation])) {
        const body = structuredClone(valid[operation]) as Record<string, unknown>;
        let parent: any = body;
        for (const step of path.slice(0, -1)) parent = parent[step];
        parent[path[path.length - 1]] = null;
        const before = await snapshot();
        const { status, json } = await call(operation, body);
        assert.ok(status === 200 || status === 400, `${operation} with null at ${path.join('.')} → ${status} ${JSON.stringify(json)}`);
        if (status === 400) {
          assert.ok(KNOWN_ERRORS.has(json.__type), `${operation} null at ${path.join('.')}: ${json.__type}: ${json.message}`);
          assert.equal(await snapshot(), before);
        }
      }
    }
  });

  test('seeded random mutations of valid requests', async () => {
    const next = random(20241126);
    const pick = <T>(values: T[]): T => values[Math.floor(next() * values.length)];
    const junk = (): unknown => pick([
      null, true, -1, 0, 2 ** 53, 1.5, '', 'x', '#', ':', 'pk = :p', 'SET', '(((', 'a'.repeat(70000), [], [{}], {}, { S: 'x' }, { N: 'NaN' }, { SS: [] },
      { L: [{ M: {} }] }, { NULL: false }, { B: 'AA==' }, { S: 'x', N: '1' }, { pk: { N: '1' } }, { ':p': { S: 'p' } }, { '#x': 'x' },
    ]);
    function mutate(value: unknown, depth: number): unknown {
      if (value === null || typeof value !== 'object') return next() < 0.3 ? junk() : value;
      if (next() < 0.15 && depth > 0) return junk();
      if (Array.isArray(value)) {
        const copy = value.map((v) => mutate(v, depth + 1));
        if (next() < 0.2) copy.push(junk());
        if (next() < 0.1) copy.length = 0;
        return copy;
      }
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (next() < 0.1) continue;
        copy[next() < 0.05 ? `${k}x` : k] = mutate(v, depth + 1);
      }
      if (next() < 0.1) copy[pick(['S', 'N', 'TableName', 'Key', 'Item', 'Limit', 'Select', 'ReturnValues', ':v', '#n'])] = junk();
      return copy;
    }
    let errors = 0;
    for (let round = 0; round < 12; round++) {
      for (const operation of OPERATIONS) {
        const body = mutate(valid[operation], 0);
        const before = await snapshot();
        const { status, json } = await call(operation, body);
        assert.ok(status === 200 || status === 400, `${operation} ${JSON.stringify(body).slice(0, 300)} → ${status} ${JSON.stringify(json).slice(0, 300)}`);
        if (status === 400) {
          errors++;
          assert.ok(KNOWN_ERRORS.has(json.__type), `${operation}: ${json.__type}: ${json.message}`);
          const text = json.message ?? json.Message;
          assert.ok(typeof text === 'string' && text.length > 0);
          assert.equal(await snapshot(), before, `${operation} failed (${json.__type}: ${json.message}) but changed a table: ${JSON.stringify(body).slice(0, 300)}`);
        }
      }
    }
    assert.ok(errors > 50, `only ${errors} mutated requests were rejected`);
    // Still serving, and the table still answers as before.
    const described = await call('DescribeTable', { TableName: 'Fuzz' });
    assert.equal(described.status, 200);
    assert.equal(described.json.Table.TableStatus, 'ACTIVE');
  });
});
