import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { aws, AWS_CLI, startTestCloud, type CliResult } from '../support/cloud.js';

/**
 * The AWS CLI v2 against DynamoDB, including the conditional-write examples
 * of the developer notes (their JSON corrected: the "delete" examples call
 * delete-item, attribute names are case-sensitive).
 */
describe('DynamoDB through the AWS CLI v2', () => {
  let cloud: Cloud;
  let dir: string;
  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package`);
    cloud = await startTestCloud();
    dir = mkdtempSync(join(tmpdir(), 'nimbus-ddb-cli-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await cloud.close();
  });

  const ddb = (...args: string[]) => aws(cloud, ['dynamodb', ...args]);
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return `file://${path}`;
  };
  const ok = (result: CliResult) => {
    assert.equal(result.code, 0, result.stderr);
    return result.json;
  };
  const failsWith = (result: CliResult, code: string, operation: string, message: string) => {
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, new RegExp(`An error occurred \\(${code}\\) when calling the ${operation} operation(?: \\(reached max retries: \\d+\\))?: ${message.replace(/[()[\].*+?^$|{}\\]/g, '\\$&')}`));
  };
  const product = { Id: { N: '456' }, Price: { N: '650' }, ProductCategory: { S: 'Sporting Goods' }, Pictures: { M: { FrontView: { S: 'http://example.com/products/456_front.jpg' } } }, Color: { SS: ['Red', 'Black'] } };
  const resetProduct = async () => ok(await ddb('put-item', '--table-name', 'ProductCatalog', '--item', JSON.stringify(product)));
  const key = JSON.stringify({ Id: { N: '456' } });

  test('create, describe, list; put and get', async () => {
    const created = ok(await ddb('create-table', '--table-name', 'ProductCatalog', '--attribute-definitions', 'AttributeName=Id,AttributeType=N',
      '--key-schema', 'AttributeName=Id,KeyType=HASH', '--billing-mode', 'PAY_PER_REQUEST', '--tags', 'Key=env,Value=test'));
    assert.equal(created.TableDescription.TableStatus, 'CREATING');
    ok(await ddb('wait', 'table-exists', '--table-name', 'ProductCatalog'));
    const described = ok(await ddb('describe-table', '--table-name', 'ProductCatalog'));
    assert.equal(described.Table.TableStatus, 'ACTIVE');
    assert.equal(described.Table.BillingModeSummary.BillingMode, 'PAY_PER_REQUEST');
    assert.deepEqual(ok(await ddb('list-tables')).TableNames, ['ProductCatalog']);
    await resetProduct();
    const got = ok(await ddb('get-item', '--table-name', 'ProductCatalog', '--key', key, '--consistent-read', '--projection-expression', 'Price, Pictures.FrontView'));
    assert.deepEqual(got.Item, { Price: { N: '650' }, Pictures: { M: { FrontView: { S: 'http://example.com/products/456_front.jpg' } } } });
    const tags = ok(await ddb('list-tags-of-resource', '--resource-arn', described.Table.TableArn));
    assert.deepEqual(tags.Tags, [{ Key: 'env', Value: 'test' }]);
  });

  test('notes: SET Price = Price - :discount if Price > :limit moves 650 to 500, then fails', async () => {
    await resetProduct();
    const values = file('values.json', { ':discount': { N: '150' }, ':limit': { N: '500' } });
    const update = () => ddb('update-item', '--table-name', 'ProductCatalog', '--key', key, '--update-expression', 'SET Price = Price - :discount',
      '--condition-expression', 'Price > :limit', '--expression-attribute-values', values, '--return-values', 'ALL_NEW');
    const first = ok(await update());
    assert.deepEqual(first.Attributes.Price, { N: '500' });
    assert.deepEqual(first.Attributes.ProductCategory, { S: 'Sporting Goods' });
    failsWith(await update(), 'ConditionalCheckFailedException', 'UpdateItem', 'The conditional request failed');
    const after = ok(await ddb('get-item', '--table-name', 'ProductCatalog', '--key', key));
    assert.deepEqual(after.Item.Price, { N: '500' });
  });

  test('notes: attribute_not_exists / attribute_exists on delete (names are case-sensitive)', async () => {
    await resetProduct();
    failsWith(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', 'attribute_not_exists(Price)'),
      'ConditionalCheckFailedException', 'DeleteItem', 'The conditional request failed');
    failsWith(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', 'attribute_exists(ProductReviews.onestar)'),
      'ConditionalCheckFailedException', 'DeleteItem', 'The conditional request failed');
    // `price` is not `Price`: this condition holds, and the item goes.
    ok(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', 'attribute_not_exists(price)'));
    assert.equal(ok(await ddb('get-item', '--table-name', 'ProductCatalog', '--key', key)), undefined);
  });

  test('notes: complex condition, begins_with and contains on delete', async () => {
    await resetProduct();
    const range = file('range.json', { ':cat1': { S: 'Sporting Goods' }, ':cat2': { S: 'Gardening Supplies' }, ':lo': { N: '500' }, ':hi': { N: '600' } });
    failsWith(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', '(ProductCategory IN (:cat1, :cat2)) and (Price between :lo and :hi)',
      '--expression-attribute-values', range), 'ConditionalCheckFailedException', 'DeleteItem', 'The conditional request failed');
    const wider = file('wider.json', { ':cat1': { S: 'Sporting Goods' }, ':cat2': { S: 'Gardening Supplies' }, ':lo': { N: '500' }, ':hi': { N: '700' } });
    const deleted = ok(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', '(ProductCategory IN (:cat1, :cat2)) and (Price between :lo and :hi)',
      '--expression-attribute-values', wider, '--return-values', 'ALL_OLD'));
    assert.deepEqual(deleted.Attributes.Price, { N: '650' });

    await resetProduct();
    const prefix = file('expression-attribute-values.json', { ':v_sub': { S: 'http://' } });
    ok(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', 'begins_with(Pictures.FrontView, :v_sub)', '--expression-attribute-values', prefix));
    await resetProduct();
    const blue = file('blue.json', { ':v_sub': { S: 'Blue' } });
    failsWith(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', 'contains(Color, :v_sub)', '--expression-attribute-values', blue),
      'ConditionalCheckFailedException', 'DeleteItem', 'The conditional request failed');
    const red = file('red.json', { ':v_sub': { S: 'Red' } });
    ok(await ddb('delete-item', '--table-name', 'ProductCatalog', '--key', key, '--condition-expression', 'contains(Color, :v_sub)', '--expression-attribute-values', red));
  });

  test('batches, query, scan, transactions, errors', async () => {
    const writes = file('batch.json', { ProductCatalog: [1, 2, 3].map((i) => ({ PutRequest: { Item: { Id: { N: String(i) }, Price: { N: String(i * 100) }, ProductCategory: { S: 'Books' } } } })) });
    const batch = ok(await ddb('batch-write-item', '--request-items', writes));
    assert.deepEqual(batch.UnprocessedItems, {});
    const scan = ok(await ddb('scan', '--table-name', 'ProductCatalog', '--filter-expression', 'Price >= :p', '--expression-attribute-values', '{":p":{"N":"200"}}', '--return-consumed-capacity', 'TOTAL'));
    assert.equal(scan.Count, 2);
    assert.equal(scan.ConsumedCapacity.CapacityUnits, 0.5);
    const query = ok(await ddb('query', '--table-name', 'ProductCatalog', '--key-condition-expression', 'Id = :id', '--expression-attribute-values', '{":id":{"N":"2"}}'));
    assert.deepEqual(query.Items, [{ Id: { N: '2' }, Price: { N: '200' }, ProductCategory: { S: 'Books' } }]);
    const transact = file('transact.json', [
      { Update: { TableName: 'ProductCatalog', Key: { Id: { N: '1' } }, UpdateExpression: 'SET Price = Price + :p', ExpressionAttributeValues: { ':p': { N: '1' } } } },
      { ConditionCheck: { TableName: 'ProductCatalog', Key: { Id: { N: '3' } }, ConditionExpression: 'Price > :p', ExpressionAttributeValues: { ':p': { N: '1000' } } } },
    ]);
    failsWith(await ddb('transact-write-items', '--transact-items', transact), 'TransactionCanceledException', 'TransactWriteItems',
      'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]');
    const gets = ok(await ddb('batch-get-item', '--request-items', '{"ProductCatalog":{"Keys":[{"Id":{"N":"1"}}],"ProjectionExpression":"Price"}}'));
    assert.deepEqual(gets.Responses.ProductCatalog, [{ Price: { N: '100' } }], 'the cancelled transaction changed nothing');
    failsWith(await ddb('get-item', '--table-name', 'Missing', '--key', key), 'ResourceNotFoundException', 'GetItem', 'Requested resource not found');
    failsWith(await ddb('update-item', '--table-name', 'ProductCatalog', '--key', key, '--update-expression', 'SET Price = :p'),
      'ValidationException', 'UpdateItem', 'Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :p');
    const limits = ok(await ddb('describe-limits'));
    assert.equal(limits.TableMaxReadCapacityUnits, 40000);
    ok(await ddb('delete-table', '--table-name', 'ProductCatalog'));
  });
});
