import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BatchExecuteStatementCommand, DynamoDBClient, ExecuteTransactionCommand, GetItemCommand, PutItemCommand, type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';

describe('DynamoDB PartiQL: BatchExecuteStatement, ExecuteTransaction and the CLI', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Accounts', {}, null);
    for (let i = 0; i < 5; i++) await ddb.send(new PutItemCommand({ TableName: 'Accounts', Item: { pk: { S: `acct-${i}` }, balance: { N: '100' } } }));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const balance = async (pk: string) => (await ddb.send(new GetItemCommand({ TableName: 'Accounts', Key: { pk: { S: pk } } }))).Item?.balance?.N;
  const batch = (statements: Array<string | { Statement: string; Parameters?: AttributeValue[]; ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' }>, capacity?: 'TOTAL') =>
    ddb.send(new BatchExecuteStatementCommand({ Statements: statements.map((s) => (typeof s === 'string' ? { Statement: s } : s)), ReturnConsumedCapacity: capacity }));

  test('BatchExecuteStatement reads: each SELECT by key, a missing item, a per-statement error', async () => {
    const read = await batch([
      `SELECT * FROM Accounts WHERE pk = 'acct-1'`,
      { Statement: `SELECT balance FROM Accounts WHERE pk = ?`, Parameters: [{ S: 'acct-2' }] },
      `SELECT * FROM Accounts WHERE pk = 'nobody'`,
      `SELECT * FROM Accounts WHERE balance = 100`,
      `SELECT * FROM Nope WHERE pk = 'x'`,
    ], 'TOTAL');
    assert.deepEqual(read.Responses, [
      { TableName: 'Accounts', Item: { pk: { S: 'acct-1' }, balance: { N: '100' } } },
      { TableName: 'Accounts', Item: { balance: { N: '100' } } },
      { TableName: 'Accounts' },
      { TableName: 'Accounts', Error: { Code: 'ValidationError', Message: 'Where clause does not contain a mandatory equality on all key attributes' } },
      { TableName: 'Nope', Error: { Code: 'ResourceNotFound', Message: 'Requested resource not found' } },
    ]);
    assert.deepEqual(read.ConsumedCapacity, [{ TableName: 'Accounts', CapacityUnits: 1.5 }]);
  });

  test('BatchExecuteStatement writes: each stands alone; errors carry Code, Message and Item', async () => {
    const written = await batch([
      `INSERT INTO Accounts VALUE {'pk': 'acct-9', 'balance': 1}`,
      `INSERT INTO Accounts VALUE {'pk': 'acct-0', 'balance': 1}`,
      { Statement: `UPDATE Accounts SET balance = balance - 1000 WHERE pk = 'acct-1' AND balance >= 1000`, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' },
      `UPDATE Accounts SET balance = balance + 1 WHERE pk = 'acct-2'`,
      `DELETE FROM Accounts WHERE pk = 'acct-4'`,
      `UPDATE Accounts SET balance = 0 WHERE pk = `,
    ]);
    assert.deepEqual(written.Responses, [
      { TableName: 'Accounts' },
      { TableName: 'Accounts', Error: { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' } },
      { TableName: 'Accounts', Error: { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: { S: 'acct-1' }, balance: { N: '100' } } } },
      { TableName: 'Accounts' },
      { TableName: 'Accounts' },
      { Error: { Code: 'ValidationError', Message: "Statement wasn't well formed, can't be processed: Unexpected end of statement" } },
    ]);
    assert.equal(await balance('acct-9'), '1');
    assert.equal(await balance('acct-2'), '101');
    assert.equal(await balance('acct-4'), undefined);

    await validation(batch([`SELECT * FROM Accounts WHERE pk = 'acct-1'`, `DELETE FROM Accounts WHERE pk = 'acct-1'`]), 'Batch statements must be either all reads or all writes');
    await validation(batch(Array.from({ length: 26 }, (_, i) => `DELETE FROM Accounts WHERE pk = 'x${i}'`)),
      /^1 validation error detected: Value .* at 'statements' failed to satisfy constraint: Member must have length less than or equal to 25$/);
  });

  test('ExecuteTransaction writes: all or nothing, EXISTS condition checks, DuplicateItem reasons', async () => {
    const transfer = (from: string, to: string, amount: number) => [
      { Statement: `UPDATE Accounts SET balance = balance - ? WHERE pk = ? AND balance >= ?`, Parameters: [{ N: String(amount) }, { S: from }, { N: String(amount) }] },
      { Statement: `UPDATE Accounts SET balance = balance + ? WHERE pk = ?`, Parameters: [{ N: String(amount) }, { S: to }] },
    ];
    await ddb.send(new ExecuteTransactionCommand({ TransactStatements: [...transfer('acct-3', 'acct-0', 30), { Statement: `EXISTS(SELECT * FROM Accounts WHERE pk = 'acct-1' AND balance = 100)` }] }));
    assert.equal(await balance('acct-3'), '70');
    assert.equal(await balance('acct-0'), '130');

    const failed = await expectAwsError(ddb.send(new ExecuteTransactionCommand({
      TransactStatements: [...transfer('acct-3', 'acct-0', 500), { Statement: `INSERT INTO Accounts VALUE {'pk': 'acct-1'}` }, { Statement: `EXISTS(SELECT * FROM Accounts WHERE pk = 'ghost')` }],
    })), {
      name: 'TransactionCanceledException',
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, DuplicateItem, ConditionalCheckFailed]',
      status: 400,
    });
    assert.deepEqual(failed.CancellationReasons, [
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'None' },
      { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
    assert.equal(await balance('acct-0'), '130', 'nothing of a cancelled transaction is written');

    await validation(ddb.send(new ExecuteTransactionCommand({ TransactStatements: [{ Statement: `SELECT * FROM Accounts WHERE pk = 'acct-1'` }, { Statement: `DELETE FROM Accounts WHERE pk = 'acct-1'` }] })),
      'Transaction statements must be either all reads or all writes');
    await validation(ddb.send(new ExecuteTransactionCommand({ TransactStatements: [{ Statement: `DELETE FROM Accounts WHERE pk = 'acct-1'` }, { Statement: `SELEC * FROM Accounts` }] })),
      "Statement wasn't well formed, can't be processed: Expected data manipulation");
    assert.notEqual(await balance('acct-1'), undefined);
  });

  test('ExecuteTransaction reads, and ClientRequestToken idempotency for 10 minutes', async () => {
    const read = await ddb.send(new ExecuteTransactionCommand({
      TransactStatements: [{ Statement: `SELECT balance FROM Accounts WHERE pk = 'acct-1'` }, { Statement: `SELECT * FROM Accounts WHERE pk = 'nobody'` }],
      ReturnConsumedCapacity: 'TOTAL',
    }));
    assert.deepEqual(read.Responses, [{ Item: { balance: { N: '100' } } }, {}]);
    assert.deepEqual(read.ConsumedCapacity, [{ TableName: 'Accounts', CapacityUnits: 4 }]);

    const deposit = { TransactStatements: [{ Statement: `UPDATE Accounts SET balance = balance + 1 WHERE pk = 'acct-1'` }], ClientRequestToken: 'deposit-1' };
    await ddb.send(new ExecuteTransactionCommand(deposit));
    await ddb.send(new ExecuteTransactionCommand(deposit));
    assert.equal(await balance('acct-1'), '101', 'the same token within 10 minutes runs once');
    await expectAwsError(ddb.send(new ExecuteTransactionCommand({ ...deposit, TransactStatements: [{ Statement: `UPDATE Accounts SET balance = balance + 2 WHERE pk = 'acct-1'` }] })), {
      name: 'IdempotentParameterMismatchException', message: 'The request uses the same client token as a previous, but non-identical request.', status: 400,
    });
    await advanceClock(cloud, '10m');
    await ddb.send(new ExecuteTransactionCommand(deposit));
    assert.equal(await balance('acct-1'), '102');
  });

  test('aws dynamodb execute-statement through the CLI', async () => {
    const inserted = await aws(cloud, ['dynamodb', 'execute-statement', '--statement', `INSERT INTO Accounts VALUE {'pk': 'cli', 'balance': 5}`]);
    assert.equal(inserted.code, 0, inserted.stderr);
    const selected = await aws(cloud, ['dynamodb', 'execute-statement', '--statement', 'SELECT * FROM Accounts WHERE pk = ?', '--parameters', '[{"S": "cli"}]']);
    assert.equal(selected.code, 0, selected.stderr);
    assert.deepEqual((selected.json as { Items: unknown[] }).Items, [{ pk: { S: 'cli' }, balance: { N: '5' } }]);
    const duplicate = await aws(cloud, ['dynamodb', 'execute-statement', '--statement', `INSERT INTO Accounts VALUE {'pk': 'cli'}`]);
    assert.notEqual(duplicate.code, 0);
    assert.match(duplicate.stderr, /An error occurred \(DuplicateItemException\) when calling the ExecuteStatement operation(?: \(reached max retries: \d+\))?: Duplicate primary key exists in table/);
  });
});
