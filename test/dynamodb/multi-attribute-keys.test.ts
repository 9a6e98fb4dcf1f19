import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateTableCommand, DescribeTableCommand, DynamoDBClient, PutItemCommand, QueryCommand, ScanCommand, UpdateItemCommand, UpdateTableCommand,
  type AttributeValue, type CreateTableCommandInput, type KeySchemaElement, type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand as DocQueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { validation } from './support.js';

/** GSI keys of up to four HASH and four RANGE attributes (DynamoDB, November 2025). */
describe('DynamoDB multi-attribute GSI keys', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    doc = DynamoDBDocumentClient.from(ddb);
    // Matches: partition (tournament, region), sort (round N, bracket S, match S).
    await ddb.send(new CreateTableCommand({
      TableName: 'Matches',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'tournament', AttributeType: 'S' },
        { AttributeName: 'region', AttributeType: 'S' },
        { AttributeName: 'round', AttributeType: 'N' },
        { AttributeName: 'bracket', AttributeType: 'S' },
        { AttributeName: 'match', AttributeType: 'S' },
      ],
      GlobalSecondaryIndexes: [{
        IndexName: 'ByTournament',
        KeySchema: [
          { AttributeName: 'tournament', KeyType: 'HASH' },
          { AttributeName: 'region', KeyType: 'HASH' },
          { AttributeName: 'round', KeyType: 'RANGE' },
          { AttributeName: 'bracket', KeyType: 'RANGE' },
          { AttributeName: 'match', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      }],
    }));
    const rows: Array<[string, string, string, number, string, string]> = [
      ['m1', 'W24', 'EU', 2, 'upper', 'a'],
      ['m2', 'W24', 'EU', 1, 'upper', 'b'],
      ['m3', 'W24', 'EU', 1, 'lower', 'a'],
      ['m4', 'W24', 'EU', 10, 'lower', 'c'],
      ['m5', 'W24', 'EU', 1, 'upper', 'a'],
      ['m6', 'W24', 'EU', 1, 'upper\u0000x', 'a'], // a zero byte inside a value sorts after its prefix
      ['m7', 'W24', 'NA', 1, 'upper', 'a'], // other partition
      ['m8', 'W24', 'EUX', 1, 'upper', 'a'], // other partition whose values run together with m1's
    ];
    for (const [id, tournament, region, round, bracket, match] of rows) {
      await doc.send(new PutCommand({ TableName: 'Matches', Item: { id, tournament, region, round, bracket, match, score: 1 } }));
    }
    // Missing a sort-key attribute, and missing a partition-key attribute: in the table, not in the index.
    await doc.send(new PutCommand({ TableName: 'Matches', Item: { id: 'm9', tournament: 'W24', region: 'EU', round: 1, bracket: 'upper' } }));
    await doc.send(new PutCommand({ TableName: 'Matches', Item: { id: 'm10', tournament: 'W24', round: 1, bracket: 'upper', match: 'z' } }));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const values: Record<string, AttributeValue> = {
    ':t': { S: 'W24' }, ':r': { S: 'EU' }, ':one': { N: '1' }, ':two': { N: '2' }, ':up': { S: 'upper' }, ':a': { S: 'a' }, ':u': { S: 'up' },
  };
  async function ids(KeyConditionExpression: string, extra: Partial<QueryCommandInput> = {}): Promise<string[]> {
    const text = `${KeyConditionExpression} ${extra.FilterExpression ?? ''}`;
    const used = Object.fromEntries(Object.entries(values).filter(([name]) => new RegExp(`${name}\\b`).test(text)));
    const names = Object.fromEntries(Object.entries({ '#r': 'region', '#m': 'match' }).filter(([name]) => text.includes(name)));
    const out = await ddb.send(new QueryCommand({
      TableName: 'Matches', IndexName: 'ByTournament', KeyConditionExpression, ExpressionAttributeValues: used, ExpressionAttributeNames: Object.keys(names).length ? names : undefined, ...extra,
    }));
    return (out.Items ?? []).map((item) => item.id.S!);
  }

  test('DescribeTable returns the key schema as given, and the index holds only items with every key attribute', async () => {
    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'Matches' }))).Table!;
    const index = table.GlobalSecondaryIndexes![0];
    assert.deepEqual(index.KeySchema, [
      { AttributeName: 'tournament', KeyType: 'HASH' },
      { AttributeName: 'region', KeyType: 'HASH' },
      { AttributeName: 'round', KeyType: 'RANGE' },
      { AttributeName: 'bracket', KeyType: 'RANGE' },
      { AttributeName: 'match', KeyType: 'RANGE' },
    ]);
    assert.equal(table.ItemCount, 10);
    assert.equal(index.ItemCount, 8);
    const scanned = await ddb.send(new ScanCommand({ TableName: 'Matches', IndexName: 'ByTournament' }));
    assert.deepEqual(scanned.Items!.map((i) => i.id.S).sort(), ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
  });

  test('equality on every partition-key attribute reads one partition, ordered by the sort-key attributes in turn', async () => {
    // round numerically (1 < 2 < 10), then bracket, then match.
    assert.deepEqual(await ids('tournament = :t AND #r = :r'), ['m3', 'm5', 'm2', 'm6', 'm1', 'm4']);
    assert.deepEqual(await ids('#r = :r AND tournament = :t', { ScanIndexForward: false }), ['m4', 'm1', 'm6', 'm2', 'm5', 'm3']);
  });

  test('sort-key conditions: equality prefix, then one range condition on the last attribute named', async () => {
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :one'), ['m3', 'm5', 'm2', 'm6']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :one AND bracket = :up'), ['m5', 'm2']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :one AND bracket = :up AND #m = :a'), ['m5']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round > :one'), ['m1', 'm4']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round >= :two'), ['m1', 'm4']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round < :two'), ['m3', 'm5', 'm2', 'm6']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round <= :two'), ['m3', 'm5', 'm2', 'm6', 'm1']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round BETWEEN :one AND :two'), ['m3', 'm5', 'm2', 'm6', 'm1']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :one AND begins_with(bracket, :u)'), ['m5', 'm2', 'm6']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :one AND bracket > :up'), ['m6']);
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :one AND bracket = :up AND #m > :a'), ['m2']);
  });

  test('a page ends with a LastEvaluatedKey of the table key and every index key attribute, and resumes from it', async () => {
    const first = await ddb.send(new QueryCommand({
      TableName: 'Matches', IndexName: 'ByTournament', Limit: 2,
      KeyConditionExpression: 'tournament = :t AND #r = :r', ExpressionAttributeNames: { '#r': 'region' }, ExpressionAttributeValues: { ':t': values[':t'], ':r': values[':r'] },
    }));
    assert.deepEqual(Object.keys(first.LastEvaluatedKey!).sort(), ['bracket', 'id', 'match', 'region', 'round', 'tournament']);
    const rest = await ids('tournament = :t AND #r = :r', { ExclusiveStartKey: first.LastEvaluatedKey });
    assert.deepEqual([...first.Items!.map((i) => i.id.S), ...rest], ['m3', 'm5', 'm2', 'm6', 'm1', 'm4']);
  });

  test('an update that removes or restores a key attribute takes the item out of the index and back', async () => {
    await ddb.send(new UpdateItemCommand({ TableName: 'Matches', Key: { id: { S: 'm1' } }, UpdateExpression: 'REMOVE bracket' }));
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :two'), []);
    await ddb.send(new UpdateItemCommand({
      TableName: 'Matches', Key: { id: { S: 'm1' } }, UpdateExpression: 'SET bracket = :b', ExpressionAttributeValues: { ':b': { S: 'upper' } },
    }));
    assert.deepEqual(await ids('tournament = :t AND #r = :r AND round = :two'), ['m1']);
  });

  test('the document client reads and writes through the index', async () => {
    await doc.send(new PutCommand({ TableName: 'Matches', Item: { id: 'd1', tournament: 'S25', region: 'APAC', round: 3, bracket: 'final', match: 'x' } }));
    const out = await doc.send(new DocQueryCommand({
      TableName: 'Matches', IndexName: 'ByTournament',
      KeyConditionExpression: 'tournament = :t AND #r = :r AND round = :round AND begins_with(bracket, :b)',
      ExpressionAttributeNames: { '#r': 'region' },
      ExpressionAttributeValues: { ':t': 'S25', ':r': 'APAC', ':round': 3, ':b': 'fin' },
    }));
    assert.deepEqual(out.Items, [{ id: 'd1', tournament: 'S25', region: 'APAC', round: 3, bracket: 'final', match: 'x' }]);
  });

  test('Query errors: partition-key attributes need equalities, sort-key attributes go left to right', async () => {
    await validation(ids('tournament = :t'), 'HASH key attributes region must have equality conditions specified in the query');
    await validation(ids('tournament = :t AND #r > :r'), 'HASH key attributes region must have equality conditions specified in the query');
    await validation(ids('tournament = :t AND #r = :r AND bracket = :up'),
      'RANGE key attributes round must have equality conditions specified in the query because a condition is present on key attribute bracket');
    await validation(ids('tournament = :t AND #r = :r AND round = :one AND #m = :a'),
      'RANGE key attributes bracket must have equality conditions specified in the query because a condition is present on key attribute match');
    await validation(ids('tournament = :t AND #r = :r AND round > :one AND bracket = :up'),
      'RANGE key attributes round must have equality conditions specified in the query because a condition is present on key attribute bracket');
    await validation(ids('tournament = :t AND #r = :r AND round = :up'), 'One or more parameter values were invalid: Condition parameter type does not match schema type');
    await validation(ids('tournament = :t AND #r = :r AND begins_with(round, :one)'),
      'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    await validation(ids('tournament = :t AND #r = :r', { FilterExpression: 'bracket = :up' }),
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: bracket');
  });

  describe('CreateTable and UpdateTable validation', () => {
    const attributes = (names: string[]) => names.map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const }));
    const withGsi = (keySchema: KeySchemaElement[], names = [...new Set(['pk', ...keySchema.map((k) => k.AttributeName!)])]): CreateTableCommandInput => ({
      TableName: 'Invalid',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: attributes(names),
      GlobalSecondaryIndexes: [{ IndexName: 'gsi', KeySchema: keySchema, Projection: { ProjectionType: 'ALL' } }],
    });
    const key = (spec: string): KeySchemaElement[] => spec.split(' ').map((part) => {
      const [AttributeName, type] = part.split(':');
      return { AttributeName, KeyType: type === 'H' ? 'HASH' : 'RANGE' };
    });

    test('four HASH and four RANGE attributes are accepted', async () => {
      const names = ['pk', 'h1', 'h2', 'h3', 'h4', 'r1', 'r2', 'r3', 'r4'];
      const created = await ddb.send(new CreateTableCommand({ ...withGsi(key('h1:H h2:H h3:H h4:H r1:R r2:R r3:R r4:R'), names), TableName: 'Widest' }));
      assert.equal(created.TableDescription!.GlobalSecondaryIndexes![0].KeySchema!.length, 8);
    });

    test('order, count, duplicates and definitions are refused as AWS words them', async () => {
      const create = (input: CreateTableCommandInput) => ddb.send(new CreateTableCommand(input));
      await validation(create(withGsi(key('a:H b:R c:H'))), 'One or more parameter values were invalid: All HASH key attributes must precede RANGE key attributes in the KeySchema');
      await validation(create(withGsi(key('a:R b:H'))), 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
      await validation(create(withGsi(key('a:H b:H c:H d:H e:H'))), 'One or more parameter values were invalid: The KeySchema exceeds the maximum allowed number of HASH key attributes');
      await validation(create(withGsi(key('a:H b:R c:R d:R e:R pk:R'))), 'One or more parameter values were invalid: The KeySchema exceeds the maximum allowed number of RANGE key attributes');
      await validation(create(withGsi(key('a:H b:H a:R'), ['pk', 'a', 'b'])), 'The KeySchema contains multiple key attributes with the same name');
      await validation(create(withGsi(key('a:H b:H c:R'), ['pk', 'a', 'b'])),
        'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [c], AttributeDefinitions: [pk, a, b]');
      // The table's own key and an LSI keep one attribute of each.
      await validation(create({
        TableName: 'Invalid', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: attributes(['pk', 'a']),
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'HASH' }],
      }), 'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
      await validation(create({
        TableName: 'Invalid', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: attributes(['pk', 'sk', 'a', 'b']),
        KeySchema: key('pk:H sk:R'),
        LocalSecondaryIndexes: [{ IndexName: 'lsi', KeySchema: key('pk:H a:R b:R'), Projection: { ProjectionType: 'ALL' } }],
      }), /at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2$/);
    });

    test('UpdateTable creates a multi-attribute GSI, backfilled from the items already there', async () => {
      const update = (keySchema: KeySchemaElement[]) => ddb.send(new UpdateTableCommand({
        TableName: 'Matches',
        AttributeDefinitions: attributes(['bracket', 'match', 'region']),
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByBracket', KeySchema: keySchema, Projection: { ProjectionType: 'KEYS_ONLY' } } }],
      }));
      await validation(update(key('bracket:H match:R region:H')), 'One or more parameter values were invalid: All HASH key attributes must precede RANGE key attributes in the KeySchema');
      await update(key('bracket:H match:H region:R'));
      const table = (await ddb.send(new DescribeTableCommand({ TableName: 'Matches' }))).Table!;
      assert.deepEqual(table.GlobalSecondaryIndexes!.find((i) => i.IndexName === 'ByBracket')!.KeySchema, key('bracket:H match:H region:R'));
      const out = await ddb.send(new QueryCommand({
        TableName: 'Matches', IndexName: 'ByBracket', KeyConditionExpression: 'bracket = :b AND #m = :m',
        ExpressionAttributeNames: { '#m': 'match' }, ExpressionAttributeValues: { ':b': { S: 'upper' }, ':m': { S: 'a' } },
      }));
      // m5 (EU), m7 (NA), m8 (EUX) and m1 (EU, round 2): KEYS_ONLY carries the index and table keys.
      assert.deepEqual(out.Items!.map((i) => `${i.id.S}:${i.region.S}`), ['m1:EU', 'm5:EU', 'm8:EUX', 'm7:NA']);
      assert.deepEqual(Object.keys(out.Items![0]).sort(), ['bracket', 'id', 'match', 'region']);
    });
  });

  test('the server still answers promptly', async () => {
    const started = Date.now();
    await ddb.send(new PutItemCommand({ TableName: 'Matches', Item: { id: { S: 'last' } } }));
    assert.ok(Date.now() - started < 2000);
  });
});
