import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { createTable } from '../dynamodb/support.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/**
 * `__proto__` is a name a client may choose (a DynamoDB attribute, an SQS message attribute).
 * Written onto a plain `{}` it sets the prototype instead and the entry is lost; read where
 * absent it finds Object.prototype. The SDK v3 sends such names faithfully but its own
 * response parser loses the value, so answers are read off the wire here.
 */
describe('__proto__ as a client-chosen name', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    await createTable(ddb, 'proto-items', {}, null);
  });
  after(async () => {
    ddb.destroy();
    sqs.destroy();
    await cloud.close();
  });

  async function jsonCall(target: string, body: unknown): Promise<{ status: number; body: any; text: string }> {
    const response = await fetch(cloud.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, text };
  }

  test('DynamoDB keeps an attribute named __proto__, top-level and inside a map', async () => {
    // JSON.parse makes __proto__ an own key, as a client's own JSON would.
    const item = JSON.parse('{"pk":{"S":"a"},"__proto__":{"S":"top"},"m":{"M":{"__proto__":{"S":"nested"},"other":{"N":"1"}}}}');
    await ddb.send(new PutItemCommand({ TableName: 'proto-items', Item: item }));
    const got = await jsonCall('DynamoDB_20120810.GetItem', { TableName: 'proto-items', Key: { pk: { S: 'a' } }, ConsistentRead: true });
    assert.equal(got.status, 200);
    assert.match(got.text, /"__proto__":\{"S":"top"\}/);
    assert.match(got.text, /"m":\{"M":\{"__proto__":\{"S":"nested"\},"other":\{"N":"1"\}\}\}/);
    assert.deepEqual(Object.keys(got.body.Item).sort(), ['__proto__', 'm', 'pk']);

    const projected = await jsonCall('DynamoDB_20120810.GetItem', {
      TableName: 'proto-items',
      Key: { pk: { S: 'a' } },
      ProjectionExpression: '#p, m.#p',
      ExpressionAttributeNames: { '#p': '__proto__' },
    });
    assert.equal(projected.text.includes('"Item":{"__proto__":{"S":"top"},"m":{"M":{"__proto__":{"S":"nested"}}}}'), true, projected.text);
  });

  test('DynamoDB updates and conditions see __proto__ as an attribute, present or absent', async () => {
    await ddb.send(new PutItemCommand({ TableName: 'proto-items', Item: { pk: { S: 'b' }, m: { M: {} } } }));
    // Absent: attribute_exists must be false (a plain object would find Object.prototype there).
    await expectAwsError(
      ddb.send(new UpdateItemCommand({
        TableName: 'proto-items',
        Key: { pk: { S: 'b' } },
        UpdateExpression: 'SET flag = :v',
        ConditionExpression: 'attribute_exists(#p)',
        ExpressionAttributeNames: { '#p': '__proto__' },
        ExpressionAttributeValues: { ':v': { S: 'x' } },
      })),
      { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400 },
    );
    await ddb.send(new UpdateItemCommand({
      TableName: 'proto-items',
      Key: { pk: { S: 'b' } },
      UpdateExpression: 'SET #p = :v, m.#p = :w',
      ConditionExpression: 'attribute_not_exists(#p)',
      ExpressionAttributeNames: { '#p': '__proto__' },
      ExpressionAttributeValues: { ':v': { S: 'set' }, ':w': { N: '7' } },
    }));
    const got = await jsonCall('DynamoDB_20120810.GetItem', { TableName: 'proto-items', Key: { pk: { S: 'b' } }, ConsistentRead: true });
    assert.match(got.text, /"__proto__":\{"S":"set"\}/);
    assert.match(got.text, /"m":\{"M":\{"__proto__":\{"N":"7"\}\}\}/);

    await ddb.send(new UpdateItemCommand({
      TableName: 'proto-items',
      Key: { pk: { S: 'b' } },
      UpdateExpression: 'REMOVE #p, m.#p',
      ExpressionAttributeNames: { '#p': '__proto__' },
    }));
    const removed = await jsonCall('DynamoDB_20120810.GetItem', { TableName: 'proto-items', Key: { pk: { S: 'b' } }, ConsistentRead: true });
    assert.equal(removed.text.includes('__proto__'), false, removed.text);
  });

  test('SQS keeps a message attribute named __proto__, and its MD5 is the client\'s, over JSON and query', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'proto-queue' }));
    const attributes = JSON.parse('{"__proto__":{"DataType":"String","StringValue":"v"},"plain":{"DataType":"Number","StringValue":"1"}}');
    // The SDK computes MD5OfMessageAttributes from what it sent and refuses a different answer.
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'json', MessageAttributes: attributes }));
    assert.ok(sent.MD5OfMessageAttributes);

    // The query protocol (CLI v2, older SDKs) names the attribute in a form field.
    const form = new URLSearchParams({
      Action: 'SendMessage',
      QueueUrl: QueueUrl!,
      MessageBody: 'query',
      'MessageAttribute.1.Name': '__proto__',
      'MessageAttribute.1.Value.DataType': 'String',
      'MessageAttribute.1.Value.StringValue': 'v',
      'MessageAttribute.2.Name': 'plain',
      'MessageAttribute.2.Value.DataType': 'Number',
      'MessageAttribute.2.Value.StringValue': '1',
    });
    const queryAnswer = await fetch(cloud.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const queryXml = await queryAnswer.text();
    assert.equal(queryAnswer.status, 200, queryXml);
    assert.match(queryXml, new RegExp(`<MD5OfMessageAttributes>${sent.MD5OfMessageAttributes}</MD5OfMessageAttributes>`));

    const received = await jsonCall('AmazonSQS.ReceiveMessage', { QueueUrl, MessageAttributeNames: ['All'], MaxNumberOfMessages: 10 });
    assert.equal(received.status, 200);
    assert.equal(received.body.Messages.length, 2);
    for (const message of received.body.Messages) {
      assert.equal(message.MD5OfMessageAttributes, sent.MD5OfMessageAttributes);
      assert.deepEqual(Object.keys(message.MessageAttributes).sort(), ['__proto__', 'plain']);
      assert.equal(Object.getOwnPropertyDescriptor(message.MessageAttributes, '__proto__')?.value.StringValue, 'v');
    }
  });

  test('S3 keeps user metadata named __proto__ (x-amz-meta-__proto__)', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'proto-bucket' }));
      const put = await fetch(`${cloud.endpoint}/proto-bucket/meta`, { method: 'PUT', headers: { 'x-amz-meta-__proto__': 'kept', 'x-amz-meta-other': 'too' }, body: 'x' });
      assert.equal(put.status, 200);
      const head = await fetch(`${cloud.endpoint}/proto-bucket/meta`, { method: 'HEAD' });
      assert.equal(head.headers.get('x-amz-meta-__proto__'), 'kept');
      assert.equal(head.headers.get('x-amz-meta-other'), 'too');
      const viaSdk = await s3.send(new HeadObjectCommand({ Bucket: 'proto-bucket', Key: 'meta' }));
      assert.equal(viaSdk.Metadata?.other, 'too');
    } finally {
      s3.destroy();
    }
  });

  test('boto3 (whose dicts have no prototype trap) reads back what it wrote', async () => {
    const script = `
import boto3, json, sys
kw = dict(endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
ddb = boto3.client('dynamodb', **kw)
ddb.put_item(TableName='proto-items', Item={'pk': {'S': 'boto'}, '__proto__': {'S': 'from boto3'}, 'm': {'M': {'__proto__': {'N': '3'}}}})
item = ddb.get_item(TableName='proto-items', Key={'pk': {'S': 'boto'}}, ConsistentRead=True)['Item']
sqs = boto3.client('sqs', **kw)
url = sqs.create_queue(QueueName='proto-boto')['QueueUrl']
sent = sqs.send_message(QueueUrl=url, MessageBody='b', MessageAttributes={'__proto__': {'DataType': 'String', 'StringValue': 'boto'}})
got = sqs.receive_message(QueueUrl=url, MessageAttributeNames=['All'])['Messages'][0]
print(json.dumps({'item': item, 'sentMd5': sent['MD5OfMessageAttributes'], 'message': got}))
`;
    const { stdout } = await promisify(execFile)('python3', ['-c', script, cloud.endpoint], { timeout: 60_000 });
    const result = JSON.parse(stdout);
    assert.deepEqual(Object.getOwnPropertyDescriptor(result.item, '__proto__')?.value, { S: 'from boto3' });
    assert.deepEqual(Object.getOwnPropertyDescriptor(result.item.m.M, '__proto__')?.value, { N: '3' });
    assert.deepEqual(Object.getOwnPropertyDescriptor(result.message.MessageAttributes, '__proto__')?.value, { StringValue: 'boto', DataType: 'String' });
    assert.equal(result.message.MD5OfMessageAttributes, result.sentMd5);
  });

    test('the server still answers promptly afterwards', async () => {
    const started = performance.now();
    await ddb.send(new PutItemCommand({ TableName: 'proto-items', Item: { pk: { S: 'after' } } }));
    const got = await ddb.send(new GetItemCommand({ TableName: 'proto-items', Key: { pk: { S: 'after' } } }));
    assert.equal(got.Item?.pk?.S, 'after');
    assert.ok(performance.now() - started < 2000);
  });
});
