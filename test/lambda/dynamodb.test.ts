import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode } from './support.js';

/** A Node.js function that uses the SDK's DynamoDB client without bundling it reads and writes a Nimbus table. */
describe('Lambda and DynamoDB', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let dynamodb: DynamoDBClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    dynamodb = new DynamoDBClient(clientConfig(cloud));
  });
  after(async () => {
    lambda.destroy();
    dynamodb.destroy();
    await cloud.close();
  });

  test('PutItem and GetItem from inside a function', async () => {
    await dynamodb.send(new CreateTableCommand({
      TableName: 'visits',
      KeySchema: [{ AttributeName: 'page', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'page', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
    await createFunction(lambda, 'counter', {
      'index.mjs': `import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
        const db = new DynamoDBClient({});
        export const handler = async (event) => {
          const out = await db.send(new UpdateItemCommand({
            TableName: 'visits', Key: { page: { S: event.page } },
            UpdateExpression: 'ADD hits :one', ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'UPDATED_NEW',
          }));
          return Number(out.Attributes.hits.N);
        };`,
    }, { Timeout: 10 });
    const first = await lambda.send(new InvokeCommand({ FunctionName: 'counter', Payload: encode({ page: '/home' }) }));
    assert.equal(first.FunctionError, undefined, new TextDecoder().decode(first.Payload));
    assert.equal(decode(first.Payload), 1);
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'counter', Payload: encode({ page: '/home' }) }))).Payload), 2);
    const item = await dynamodb.send(new GetItemCommand({ TableName: 'visits', Key: { page: { S: '/home' } } }));
    assert.equal(item.Item?.hits?.N, '2');
  });
});
