import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { createTable } from '../dynamodb/support.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const FFFD = Buffer.from([0xef, 0xbf, 0xbd]);
const allowedSet = '#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].';

/**
 * Bytes that are not UTF-8, and characters SQS does not carry, are refused as AWS refuses them,
 * never decoded into U+FFFD and stored.
 */
describe('invalid UTF-8 and disallowed characters', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let sqs: SQSClient;
  let s3: S3Client;
  let queueUrl: string;

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await createTable(ddb, 'utf8-items', {}, null);
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'utf8-queue' }))).QueueUrl!;
    await s3.send(new CreateBucketCommand({ Bucket: 'utf8-bucket' }));
  });
  after(async () => {
    ddb.destroy();
    sqs.destroy();
    s3.destroy();
    await cloud.close();
  });

  function jsonPost(target: string, body: Buffer): Promise<Response> {
    return fetch(cloud.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target }, body });
  }

  /** A JSON document whose string `value` is spliced in as raw bytes. */
  function withBytes(before: string, bytes: Buffer, afterText: string): Buffer {
    return Buffer.concat([Buffer.from(before), bytes, Buffer.from(afterText)]);
  }

  async function visibleMessages(): Promise<number> {
    const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    return Number(attributes.Attributes!.ApproximateNumberOfMessages);
  }

  test('DynamoDB refuses a body with bytes that are not UTF-8 (SerializationException, no message) and stores nothing', async () => {
    for (const bad of [Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe2, 0x82])]) {
      const response = await jsonPost('DynamoDB_20120810.PutItem', withBytes('{"TableName":"utf8-items","Item":{"pk":{"S":"bad"},"v":{"S":"a', bad, 'b"}}}'));
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { __type: 'SerializationException' });
    }
    const got = await ddb.send(new GetItemCommand({ TableName: 'utf8-items', Key: { pk: { S: 'bad' } }, ConsistentRead: true }));
    assert.equal(got.Item, undefined);
  });

  test('a real U+FFFD (EF BF BD) is text like any other and round-trips', async () => {
    const response = await jsonPost('DynamoDB_20120810.PutItem', withBytes('{"TableName":"utf8-items","Item":{"pk":{"S":"fffd"},"v":{"S":"a', FFFD, 'b"}}}'));
    assert.equal(response.status, 200, await response.text());
    const got = await ddb.send(new GetItemCommand({ TableName: 'utf8-items', Key: { pk: { S: 'fffd' } }, ConsistentRead: true }));
    assert.equal(got.Item?.v?.S, 'a\uFFFDb');
  });

  test('SQS over JSON refuses a body with bytes that are not UTF-8, and keeps no message', async () => {
    const response = await jsonPost('AmazonSQS.SendMessage', withBytes(`{"QueueUrl":"${queueUrl}","MessageBody":"a`, Buffer.from([0xc3, 0x28]), 'b"}'));
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { __type: 'SerializationException' });
    assert.equal(await visibleMessages(), 0);
  });

  test('SQS refuses characters outside its set with InvalidMessageContents, in AWS\'s words', async () => {
    for (const [body, code] of [
      ['bell\u0007', '#x7'],
      ['nul\u0000', '#x0'],
      ['non-character\uFFFE', '#xFFFE'],
      ['lone \uD800 surrogate', '#xD800'],
    ] as const) {
      const error = await expectAwsError(
        sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body })),
        { name: 'InvalidMessageContents', message: `Invalid binary character '${code}' was found in the message body, the set of allowed characters is ${allowedSet}`, status: 400 },
      );
      assert.equal(error.$metadata.httpStatusCode, 400);
    }
    // The query protocol (CLI v2, older SDKs): the same code and message in XML.
    const form = new URLSearchParams({ Action: 'SendMessage', QueueUrl: queueUrl, MessageBody: 'form\u0001' });
    const response = await fetch(cloud.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const xml = (await response.text()).replaceAll('&apos;', "'");
    assert.equal(response.status, 400, xml);
    assert.match(xml, /<Code>InvalidMessageContents<\/Code>/);
    assert.ok(xml.includes(`Invalid binary character '#x1' was found in the message body, the set of allowed characters is ${allowedSet}`), xml);
    assert.equal(await visibleMessages(), 0);
  });

  test('S3 refuses a key whose percent-escapes are not UTF-8 (InvalidURI) and stores nothing', async () => {
    for (const key of ['a%FFb', 'a%C3%28', 'a%ED%A0%80', 'half%E2%82']) {
      for (const method of ['PUT', 'GET']) {
        const response = await fetch(`${cloud.endpoint}/utf8-bucket/${key}`, { method, body: method === 'PUT' ? 'body' : undefined });
        const xml = await response.text();
        assert.equal(response.status, 400, `${method} ${key}: ${xml}`);
        assert.match(xml, /<Code>InvalidURI<\/Code>/);
        assert.match(xml, /<Message>Couldn(?:'|&apos;)t parse the specified URI\.<\/Message>/);
      }
    }
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'utf8-bucket' }));
    assert.equal(listed.KeyCount, 0);
    // Well-formed UTF-8 keys still work.
    const ok = await fetch(`${cloud.endpoint}/utf8-bucket/${encodeURIComponent('clé-\u{1F600}')}`, { method: 'PUT', body: 'fine' });
    assert.equal(ok.status, 200);
    const again = await s3.send(new ListObjectsV2Command({ Bucket: 'utf8-bucket' }));
    assert.deepEqual(again.Contents?.map((c) => c.Key), ['clé-\u{1F600}']);
  });

  test('the server still answers promptly afterwards', async () => {
    const started = performance.now();
    await ddb.send(new PutItemCommand({ TableName: 'utf8-items', Item: { pk: { S: 'after' } } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'after' }));
    assert.equal(await visibleMessages(), 1);
    assert.ok(performance.now() - started < 2000);
  });
});
