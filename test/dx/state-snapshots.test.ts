import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { ROOT } from '../support/nimbus-process.js';
import { createFunction, decode } from '../lambda/support.js';

const ITEMS = 10_000;

function nimbus(args: string[], endpoint: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args, '--endpoint', endpoint], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Save → reset → load, through the CLI against a running Nimbus, and starting from a snapshot. */
describe('state snapshots, per-service reset and the clock from the CLI', () => {
  let cloud: Cloud;
  let sqs: SQSClient;
  let dynamodb: DynamoDBClient;
  let s3: S3Client;
  let lambda: LambdaClient;
  let dir: string;
  let queueUrl: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nimbus-snapshot-test-'));
    cloud = await startTestCloud();
    sqs = new SQSClient(clientConfig(cloud));
    dynamodb = new DynamoDBClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    lambda = new LambdaClient(clientConfig(cloud));
  });
  after(async () => {
    for (const client of [sqs, dynamodb, s3, lambda]) client.destroy();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function countItems(): Promise<number> {
    let count = 0;
    let start: Record<string, any> | undefined;
    do {
      const page = await dynamodb.send(new ScanCommand({ TableName: 'big', Select: 'COUNT', ExclusiveStartKey: start }));
      count += page.Count!;
      start = page.LastEvaluatedKey;
    } while (start);
    return count;
  }

  async function messagesIn(url: string): Promise<number> {
    const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }));
    return Number(attributes.Attributes!.ApproximateNumberOfMessages);
  }

  test('a queue with messages, a table of 10k items, an S3 object and a function survive save → reset → load', async () => {
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'kept' }))).QueueUrl!;
    for (let i = 0; i < 3; i++) await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: `message ${i}` }));
    await dynamodb.send(new CreateTableCommand({ TableName: 'big', BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }] }));
    const batches: Promise<unknown>[] = [];
    for (let start = 0; start < ITEMS; start += 25) {
      const requests = Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { pk: { S: `item-${start + i}` }, n: { N: String(start + i) } } } }));
      batches.push(dynamodb.send(new BatchWriteItemCommand({ RequestItems: { big: requests } })));
      if (batches.length === 8) await Promise.all(batches.splice(0));
    }
    await Promise.all(batches);
    await s3.send(new CreateBucketCommand({ Bucket: 'kept-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'kept-bucket', Key: 'a/b.txt', Body: 'object body ✓' }));
    await createFunction(lambda, 'kept-fn', { 'index.mjs': 'export const handler = async (event) => ({ doubled: event.n * 2 });' });
    assert.equal((decode((await lambda.send(new InvokeCommand({ FunctionName: 'kept-fn', Payload: Buffer.from('{"n":21}') }))).Payload)).doubled, 42);

    const file = join(dir, 'ci.state');
    const saved = await nimbus(['state', 'save', file], cloud.endpoint);
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(saved.stdout, /^Saved the state of Nimbus at .* to .*ci\.state \(\d+ bytes\)\.\n$/);

    const status = await nimbus(['status'], cloud.endpoint);
    assert.match(status.stdout, /sqs: 1 queues, 3 messages/);
    assert.match(status.stdout, new RegExp(`dynamodb: 1 tables, ${ITEMS} items`));

    const reset = await nimbus(['reset'], cloud.endpoint);
    assert.equal(reset.code, 0, reset.stderr);
    await assert.rejects(sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] })), { name: 'QueueDoesNotExist' });

    const loaded = await nimbus(['state', 'load', file], cloud.endpoint);
    assert.equal(loaded.code, 0, loaded.stderr);
    assert.match(loaded.stdout, /now holds the state saved in .*ci\.state \(by Nimbus \d+\.\d+\.\d+ at /);
    assert.equal(await messagesIn(queueUrl), 3);
    assert.equal(await countItems(), ITEMS);
    const object = await s3.send(new GetObjectCommand({ Bucket: 'kept-bucket', Key: 'a/b.txt' }));
    assert.equal(await object.Body!.transformToString(), 'object body ✓');
    assert.equal((decode((await lambda.send(new InvokeCommand({ FunctionName: 'kept-fn', Payload: Buffer.from('{"n":4}') }))).Payload)).doubled, 8);

    // A new server started from the file holds the same state.
    const second = await startTestCloud({ load: file });
    const secondSqs = new SQSClient(clientConfig(second));
    try {
      assert.equal(Number((await secondSqs.send(new GetQueueAttributesCommand({ QueueUrl: `${second.endpoint}/000000000000/kept`, AttributeNames: ['ApproximateNumberOfMessages'] }))).Attributes!.ApproximateNumberOfMessages), 3);
    } finally {
      secondSqs.destroy();
      await second.close();
    }
  });

  test('nimbus reset <service> forgets only that service', async () => {
    const result = await nimbus(['reset', 'sqs'], cloud.endpoint);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /forgot the state of sqs\./);
    await assert.rejects(sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] })), { name: 'QueueDoesNotExist' });
    assert.equal(await countItems(), ITEMS);
    const unknown = await nimbus(['reset', 'sns-and-more'], cloud.endpoint);
    assert.equal(unknown.code, 1);
    assert.ok(unknown.stderr.includes(`services must be a list of ${Object.keys(SERVICE_LOADERS).join(', ')}; got ["sns-and-more"]`), unknown.stderr);
  });

  test('nimbus clock advance 5m makes a message delayed by 5 minutes visible', async () => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'delayed' }))).QueueUrl!;
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'later', DelaySeconds: 300 }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages, undefined);
    const moved = await nimbus(['clock', 'advance', '5m'], cloud.endpoint);
    assert.equal(moved.code, 0, moved.stderr);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages?.[0]?.Body, 'later');
  });

  test('in process: cloud.reset(), cloud.clock.advance("5m") and cloud.state.save/load', async () => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'in-process' }))).QueueUrl!;
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'soon', DelaySeconds: 120 }));
    await cloud.clock.advance('2m');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, VisibilityTimeout: 0 }))).Messages?.[0]?.Body, 'soon');
    const file = join(dir, 'in-process.state');
    await cloud.state.save(file);
    await cloud.reset();
    await assert.rejects(sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })), { name: 'QueueDoesNotExist' });
    await cloud.state.load(file);
    assert.equal(await messagesIn(url), 1);
    await assert.rejects(cloud.clock.advance('soon'), /Not a duration: "soon"/);
  });

  test('a snapshot of a newer format, a file that is not one, and a missing file each get a clear message', async () => {
    const newer = join(dir, 'newer.state');
    writeFileSync(newer, gzipSync(Buffer.from(`NIMBUS-STATE\n${JSON.stringify({ format: 99, nimbus: '9.0.0', createdAt: '2030-01-01T00:00:00Z', clockOffsetMs: 0 })}\n`)));
    const refused = await nimbus(['state', 'load', newer], cloud.endpoint);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^nimbus: This snapshot was written by Nimbus 9\.0\.0 in state format 99; this Nimbus \(\d+\.\d+\.\d+\) reads format 1\. Load it with Nimbus 9\.0\.0 or newer\.\n$/);
    // Nothing changed: the table is still there.
    assert.equal(await countItems(), ITEMS);

    const notOne = join(dir, 'not-one.state');
    writeFileSync(notOne, 'hello');
    const garbage = await nimbus(['state', 'load', notOne], cloud.endpoint);
    assert.equal(garbage.code, 1);
    assert.match(garbage.stderr, /This is not a Nimbus state snapshot/);

    const unsafe = join(dir, 'unsafe.state');
    const name = Buffer.from('blobs/../../escape');
    const head = Buffer.alloc(4);
    head.writeUInt32BE(name.length);
    const size = Buffer.alloc(8);
    writeFileSync(unsafe, gzipSync(Buffer.concat([Buffer.from(`NIMBUS-STATE\n${JSON.stringify({ format: 1, nimbus: '0.1.0', createdAt: '2030-01-01T00:00:00Z', clockOffsetMs: 0 })}\n`), head, name, size])));
    const escaped = await nimbus(['state', 'load', unsafe], cloud.endpoint);
    assert.equal(escaped.code, 1);
    assert.match(escaped.stderr, /The snapshot is damaged or unsafe \(an entry named "blobs\/\.\.\/\.\.\/escape"\)/);

    const missing = await nimbus(['state', 'load', join(dir, 'nowhere.state')], cloud.endpoint);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /No snapshot file .*nowhere\.state/);
    await assert.rejects(startTestCloud({ load: join(dir, 'nowhere.state') }), /--load .*nowhere\.state: no such file/);
  });
});
