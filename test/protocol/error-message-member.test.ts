import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';

async function dynamodb(cloud: Cloud, target: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${cloud.endpoint}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${target}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A JSON error's message travels under the member name its shape gives it, as AWS sends it. */
describe('JSON error bodies: message or Message, as the error shape names it', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
    await dynamodb(cloud, 'CreateTable', {
      TableName: 'tbl',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    });
  });
  after(async () => {
    await cloud.close();
  });

  test('TransactionCanceledException says Message (its shape), ConditionalCheckFailedException says message', async () => {
    const cancelled = await dynamodb(cloud, 'TransactWriteItems', {
      TransactItems: [{ ConditionCheck: { TableName: 'tbl', Key: { pk: { S: 'absent' } }, ConditionExpression: 'attribute_exists(pk)' } }],
    });
    assert.equal(cancelled.status, 400, JSON.stringify(cancelled.body));
    assert.equal(cancelled.body.__type, 'TransactionCanceledException', JSON.stringify(cancelled.body));
    assert.equal(cancelled.body.Message, 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed]');
    assert.equal(cancelled.body.message, undefined);
    assert.deepEqual(cancelled.body.CancellationReasons, [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }]);

    const failed = await dynamodb(cloud, 'PutItem', { TableName: 'tbl', Item: { pk: { S: 'x' } }, ConditionExpression: 'attribute_exists(pk)' });
    assert.equal(failed.status, 400);
    assert.equal(failed.body.message, 'The conditional request failed');
    assert.equal(failed.body.Message, undefined);
  });
});
