import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateTableCommand, DeleteItemCommand, DynamoDBClient, ExecuteStatementCommand, GetItemCommand, PutItemCommand, QueryCommand, ScanCommand, UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ExecuteStatementCommand as DocExecuteStatementCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';

type Item = Record<string, AttributeValue>;

describe('DynamoDB PartiQL: ExecuteStatement', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  const run = (Statement: string, extra: Partial<ConstructorParameters<typeof ExecuteStatementCommand>[0]> = {}) =>
    ddb.send(new ExecuteStatementCommand({ Statement, ...extra }));

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Music', {}, 'N');
    await ddb.send(new CreateTableCommand({
      TableName: 'Orders',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }, { AttributeName: 'customer', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byCustomer', KeySchema: [{ AttributeName: 'customer', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
    for (const artist of ['a', 'b', 'c']) {
      for (let sk = 1; sk <= 6; sk++) {
        await ddb.send(new PutItemCommand({
          TableName: 'Music',
          Item: {
            pk: { S: artist }, sk: { N: String(sk) }, title: { S: `${artist}-song-${sk}` }, plays: { N: String(sk * 10) },
            tags: { SS: sk % 2 ? ['odd', 'x'] : ['even'] }, info: { M: { genre: { S: sk > 3 ? 'rock' : 'jazz' }, charts: { L: [{ N: String(sk) }, { N: '99' }] } } },
            ...(sk === 6 ? { nothing: { NULL: true } } : {}),
          },
        }));
      }
    }
    for (let i = 0; i < 4; i++) {
      await ddb.send(new PutItemCommand({ TableName: 'Orders', Item: { id: { S: `o${i}` }, customer: { S: i % 2 ? 'ann' : 'bob' }, total: { N: String(i * 5) } } }));
    }
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const queryItems = async (input: Partial<ConstructorParameters<typeof QueryCommand>[0]>) => (await ddb.send(new QueryCommand({ TableName: 'Music', ...input }))).Items;

  test('SELECT by partition key equals Query; by full key equals GetItem; projections with nested paths', async () => {
    const selected = await run(`SELECT * FROM "Music" WHERE pk = 'b'`);
    assert.deepEqual(selected.Items, await queryItems({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'b' } } }));
    assert.equal(selected.NextToken, undefined);

    const one = await run(`SELECT * FROM Music WHERE pk = ? AND sk = ?`, { Parameters: [{ S: 'a' }, { N: '3' }] });
    const got = await ddb.send(new GetItemCommand({ TableName: 'Music', Key: { pk: { S: 'a' }, sk: { N: '3' } } }));
    assert.deepEqual(one.Items, [got.Item]);

    const projected = await run(`SELECT title, info.charts[1], info.genre FROM "Music" WHERE pk = 'c' AND sk BETWEEN 2 AND 3`);
    assert.deepEqual(projected.Items, await queryItems({
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :l AND :h', ProjectionExpression: 'title, info.charts[1], info.genre',
      ExpressionAttributeValues: { ':p': { S: 'c' }, ':l': { N: '2' }, ':h': { N: '3' } },
    }));
    assert.deepEqual(projected.Items![0], { title: { S: 'c-song-2' }, info: { M: { charts: { L: [{ N: '99' }] }, genre: { S: 'jazz' } } } });
  });

  test('WHERE: comparisons, IN, OR, NOT, IS MISSING/NULL and functions filter like a FilterExpression', async () => {
    const scanWith = async (FilterExpression: string, values?: Item) =>
      (await ddb.send(new ScanCommand({ TableName: 'Music', FilterExpression, ExpressionAttributeValues: values }))).Items;
    const cases: Array<[string, string, Item | undefined]> = [
      [`SELECT * FROM Music WHERE plays >= 40 AND plays <> 50`, 'plays >= :a AND plays <> :b', { ':a': { N: '40' }, ':b': { N: '50' } }],
      [`SELECT * FROM Music WHERE begins_with(title, 'b-') OR contains(tags, 'even')`, 'begins_with(title, :a) OR contains(tags, :b)', { ':a': { S: 'b-' }, ':b': { S: 'even' } }],
      [`SELECT * FROM Music WHERE NOT (info.genre = 'rock')`, 'NOT (info.genre = :a)', { ':a': { S: 'rock' } }],
      [`SELECT * FROM Music WHERE nothing IS NOT MISSING`, 'attribute_exists(nothing)', undefined],
      [`SELECT * FROM Music WHERE attribute_type(tags, 'SS') AND size(title) = 8`, 'attribute_type(tags, :a) AND size(title) = :b', { ':a': { S: 'SS' }, ':b': { N: '8' } }],
      [`SELECT * FROM Music WHERE title IN ['a-song-1', 'c-song-6'] AND exists(plays)`, 'title IN (:a, :b) AND attribute_exists(plays)', { ':a': { S: 'a-song-1' }, ':b': { S: 'c-song-6' } }],
      [`SELECT * FROM Music WHERE sk NOT BETWEEN 2 AND 5`, 'NOT (sk BETWEEN :a AND :b)', { ':a': { N: '2' }, ':b': { N: '5' } }],
    ];
    for (const [statement, filter, values] of cases) {
      const selected = await run(statement);
      assert.deepEqual(selected.Items, await scanWith(filter, values), statement);
      assert.ok(selected.Items!.length > 0, statement);
    }
    const nulls = await run(`SELECT pk, sk FROM Music WHERE pk = 'a' AND nothing IS NULL`);
    assert.equal(nulls.Items!.length, 6, 'a missing attribute IS NULL too, as is a NULL one');
    const missing = await run(`SELECT pk, sk FROM Music WHERE pk = 'a' AND nothing IS MISSING`);
    assert.equal(missing.Items!.length, 5);
  });

  test('partition key IN and OR become Queries per value; ORDER BY the sort key reads backwards', async () => {
    const both = await run(`SELECT sk FROM Music WHERE pk IN ['c', 'a'] AND sk > 4 ORDER BY pk`);
    assert.deepEqual(both.Items, [{ sk: { N: '5' } }, { sk: { N: '6' } }, { sk: { N: '5' } }, { sk: { N: '6' } }]);
    const ored = await run(`SELECT pk FROM Music WHERE (pk = 'a' OR pk = 'b') AND sk = 1 ORDER BY pk DESC`);
    assert.deepEqual(ored.Items, [{ pk: { S: 'b' } }, { pk: { S: 'a' } }]);
    const backwards = await run(`SELECT sk FROM Music WHERE pk = 'a' AND sk <= 3 ORDER BY sk DESC`);
    assert.deepEqual(backwards.Items, [{ sk: { N: '3' } }, { sk: { N: '2' } }, { sk: { N: '1' } }]);
    await validation(run(`SELECT * FROM Music ORDER BY sk`), 'Must have WHERE clause in the statement when using ORDER BY clause.');
    await validation(run(`SELECT * FROM Music WHERE pk IN ['a', 'b'] ORDER BY sk`),
      'Must have hash key in ORDER BY clause when more than one hash key condition specified in WHERE clause.');
  });

  test('a global secondary index: FROM "table"."index"', async () => {
    const byIndex = await run(`SELECT id FROM "Orders"."byCustomer" WHERE customer = 'ann'`);
    assert.deepEqual(byIndex.Items?.map((i) => i.id.S).sort(), ['o1', 'o3']);
    await validation(run(`SELECT * FROM "Orders"."nope" WHERE customer = 'ann'`), 'The table does not have the specified index: nope');
  });

  test('Limit and NextToken page through a Query and a Scan; ConsistentRead and capacity', async () => {
    const pages: Item[] = [];
    let NextToken: string | undefined;
    let calls = 0;
    do {
      const page = await run(`SELECT * FROM Music WHERE pk IN ['a', 'b'] AND plays > 20`, { Limit: 4, NextToken });
      pages.push(...page.Items!);
      NextToken = page.NextToken;
      calls++;
    } while (NextToken);
    // As with Query, a page that fills its Limit exactly still carries a NextToken (the last page is empty).
    assert.equal(calls, 4, '12 items evaluated, 4 at a time');
    assert.deepEqual(pages.map((i) => `${i.pk.S}${i.sk.N}`), ['a3', 'a4', 'a5', 'a6', 'b3', 'b4', 'b5', 'b6']);

    const scanned: string[] = [];
    NextToken = undefined;
    do {
      const page = await run(`SELECT pk, sk FROM Music`, { Limit: 5, NextToken });
      assert.ok(page.Items!.length <= 5);
      scanned.push(...page.Items!.map((i) => `${i.pk.S}${i.sk.N}`));
      NextToken = page.NextToken;
    } while (NextToken);
    assert.equal(new Set(scanned).size, 18);

    const consistent = await run(`SELECT * FROM Music WHERE pk = 'a' AND sk = 1`, { ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' });
    assert.deepEqual(consistent.ConsumedCapacity, { TableName: 'Music', CapacityUnits: 1 });
    const eventual = await run(`SELECT * FROM Music WHERE pk = 'a' AND sk = 1`, { ReturnConsumedCapacity: 'TOTAL' });
    assert.deepEqual(eventual.ConsumedCapacity, { TableName: 'Music', CapacityUnits: 0.5 });
    await validation(run(`SELECT * FROM Music`, { NextToken: 'not-a-token' }), 'Invalid NextToken');
  });

  test('INSERT equals a conditional PutItem; a second INSERT of the key is a DuplicateItemException', async () => {
    await run(`INSERT INTO "Music" VALUE {'pk': 'new', 'sk': 1, 'list': [1, 'two', true, null], 'map': {'n': -2.5e1}, 'set': <<'x', 'y'>>, 'nums': <<1, 2>>}`);
    const stored = await ddb.send(new GetItemCommand({ TableName: 'Music', Key: { pk: { S: 'new' }, sk: { N: '1' } } }));
    assert.deepEqual(stored.Item, {
      pk: { S: 'new' }, sk: { N: '1' }, list: { L: [{ N: '1' }, { S: 'two' }, { BOOL: true }, { NULL: true }] }, map: { M: { n: { N: '-25' } } },
      set: { SS: ['x', 'y'] }, nums: { NS: ['1', '2'] },
    });
    await expectAwsError(run(`INSERT INTO Music VALUE {'pk': 'new', 'sk': 1}`), { name: 'DuplicateItemException', message: 'Duplicate primary key exists in table', status: 400 });
    await validation(run(`INSERT INTO Music VALUE {'pk': 'new'}`), 'One or more parameter values were invalid: Missing the key sk in the item');
    await expectAwsError(run(`INSERT INTO Nope VALUE {'pk': 'x'}`), { name: 'ResourceNotFoundException', status: 400 });
  });

  test('UPDATE equals UpdateItem: SET arithmetic, list_append, set_add/set_delete, REMOVE, RETURNING; conditions', async () => {
    const key = { pk: { S: 'upd' }, sk: { N: '1' } };
    const base: Item = { ...key, n: { N: '1' }, l: { L: [{ N: '1' }] }, s: { SS: ['a', 'b'] }, gone: { S: 'x' }, m: { M: { deep: { L: [{ S: 'p' }] } } } };
    await ddb.send(new PutItemCommand({ TableName: 'Music', Item: base }));
    const updated = await run(
      `UPDATE Music SET n = n + 5 SET l = list_append(l, [2, 3]), s = set_add(s, <<'c'>>) SET m.deep[0] = 'q' REMOVE gone WHERE pk = 'upd' AND sk = 1 RETURNING ALL NEW *`,
    );
    await ddb.send(new PutItemCommand({ TableName: 'Music', Item: { ...base, pk: { S: 'upd-api' } } }));
    const viaApi = await ddb.send(new UpdateItemCommand({
      TableName: 'Music', Key: { pk: { S: 'upd-api' }, sk: { N: '1' } },
      UpdateExpression: 'SET n = n + :five, l = list_append(l, :more), m.deep[0] = :q REMOVE gone ADD s :c',
      ExpressionAttributeValues: { ':five': { N: '5' }, ':more': { L: [{ N: '2' }, { N: '3' }] }, ':q': { S: 'q' }, ':c': { SS: ['c'] } },
      ReturnValues: 'ALL_NEW',
    }));
    assert.deepEqual(updated.Items, [{ ...viaApi.Attributes, pk: { S: 'upd' } }]);

    const modified = await run(`UPDATE Music SET s = set_delete(s, <<'a'>>) WHERE pk = 'upd' AND sk = 1 AND n = 6 RETURNING MODIFIED OLD *`);
    assert.deepEqual(modified.Items, [{ s: { SS: ['a', 'b', 'c'] } }]);
    const plain = await run(`UPDATE Music SET n = 7 WHERE pk = 'upd' AND sk = 1`);
    assert.deepEqual(plain.Items, []);

    await expectAwsError(run(`UPDATE Music SET n = 8 WHERE pk = 'upd' AND sk = 1 AND n = 100`), { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 });
    const failed = await expectAwsError(run(`UPDATE Music SET n = 8 WHERE pk = 'upd' AND sk = 1 AND n > 100`, { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }), { name: 'ConditionalCheckFailedException' });
    assert.equal(failed.Item.n.N, '7');
    await expectAwsError(run(`UPDATE Music SET n = 1 WHERE pk = 'nobody' AND sk = 1`), { name: 'ConditionalCheckFailedException', message: 'The conditional request failed' });
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'Music', Key: { pk: { S: 'nobody' }, sk: { N: '1' } } }))).Item, undefined, 'UPDATE is not an upsert');
    await validation(run(`UPDATE Music SET n = 1 WHERE pk = 'upd'`), 'Where clause does not contain a mandatory equality on all key attributes');
    await validation(run(`UPDATE Music SET sk = 2 WHERE pk = 'upd' AND sk = 1`), 'One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key');
  });

  test('DELETE equals DeleteItem; RETURNING ALL OLD *; a condition; an absent item is no error', async () => {
    await ddb.send(new PutItemCommand({ TableName: 'Music', Item: { pk: { S: 'del' }, sk: { N: '1' }, v: { N: '1' } } }));
    await expectAwsError(run(`DELETE FROM Music WHERE pk = 'del' AND sk = 1 AND v = 2`), { name: 'ConditionalCheckFailedException', message: 'The conditional request failed' });
    const deleted = await run(`DELETE FROM Music WHERE pk = 'del' AND sk = 1 AND v = 1 RETURNING ALL OLD *`);
    assert.deepEqual(deleted.Items, [{ pk: { S: 'del' }, sk: { N: '1' }, v: { N: '1' } }]);
    assert.deepEqual((await run(`DELETE FROM Music WHERE pk = 'del' AND sk = 1`)).Items, []);
    const viaApi = await ddb.send(new DeleteItemCommand({ TableName: 'Music', Key: { pk: { S: 'del' }, sk: { N: '1' } }, ReturnValues: 'ALL_OLD' }));
    assert.equal(viaApi.Attributes, undefined);
  });

  test('the document client: native values in Parameters and Items', async () => {
    const doc = DynamoDBDocumentClient.from(ddb);
    await doc.send(new DocExecuteStatementCommand({ Statement: `INSERT INTO Music VALUE {'pk': ?, 'sk': ?, 'tags': ?, 'info': ?}`, Parameters: ['doc', 1, new Set(['t']), { a: [1, 'b'] }] }));
    const read = await doc.send(new DocExecuteStatementCommand({ Statement: `SELECT * FROM Music WHERE pk = ? AND sk = ?`, Parameters: ['doc', 1] }));
    const got = await doc.send(new GetCommand({ TableName: 'Music', Key: { pk: 'doc', sk: 1 } }));
    assert.deepEqual(read.Items, [got.Item]);
    assert.deepEqual(read.Items![0].info, { a: [1, 'b'] });
  });

  test('malformed and unsupported statements get AWS errors; nothing is written', async () => {
    await validation(run(`CREATE TABLE x`), "Statement wasn't well formed, can't be processed: Expected data manipulation");
    await validation(run(`SELECT * FROM`), "Statement wasn't well formed, can't be processed: Unexpected end of statement");
    await validation(run(`SELECT * FROM Music WHERE pk = 'a' AND AND`), /^Statement wasn't well formed, can't be processed: Unexpected keyword at line 1, column \d+$/);
    await validation(run(`INSERT INTO Music VALUE {'pk': 'bad', 'sk': 1} extra`), /^Statement wasn't well formed, can't be processed: Unexpected token at line 1, column 48$/);
    await validation(run(`SELECT *\nFROM Music\n  WHERE pk = 'a' OR`), "Statement wasn't well formed, can't be processed: Unexpected end of statement");
    await validation(run(`SELECT *\nFROM Music\n  WHERE pk == 'a'`), "Statement wasn't well formed, can't be processed: Unexpected token at line 3, column 13");
    await validation(run(`SELECT * FROM Music WHERE pk = 'unterminated`), "Statement wasn't well formed, can't be processed: Unexpected end of statement");
    await validation(run(`SELECT "" FROM Music`), "Statement wasn't well formed, can't be processed: Unexpected token at line 1, column 8");
    await validation(run(`SELECT * FROM Music WHERE pk = ?`), "Number of parameters in request and statement don't match.");
    await validation(run(`SELECT * FROM Music WHERE pk = ?`, { Parameters: [{ S: 'a' }, { S: 'b' }] }), "Number of parameters in request and statement don't match.");
    await validation(run(`INSERT INTO Music VALUE {'pk': 'bad', 'sk': 1, 's': <<'a', 1>>}`), 'Unsupported type passed as argument for set, only String, Number, Binary are supported');
    assert.equal((await ddb.send(new GetItemCommand({ TableName: 'Music', Key: { pk: { S: 'bad' }, sk: { N: '1' } } }))).Item, undefined);
    await expectAwsError(run(`SELECT * FROM Nope`), { name: 'ResourceNotFoundException', status: 400 });
  });
});
