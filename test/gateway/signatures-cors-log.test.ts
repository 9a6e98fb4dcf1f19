import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, ListQueuesCommand, SQSClient, SQSServiceException } from '@aws-sdk/client-sqs';
import { pino } from 'pino';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';

describe('--verify-signatures', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true, secretAccessKey: 'right-secret' });
  });
  after(async () => {
    await cloud.close();
  });

  test('the right secret is served; a wrong one gets SignatureDoesNotMatch (403) on JSON and query', async () => {
    const good = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'right-secret' } });
    await good.send(new CreateQueueCommand({ QueueName: 'signed' }));
    assert.equal((await good.send(new ListQueuesCommand({}))).QueueUrls?.length, 1);
    good.destroy();

    const bad = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wrong-secret' } });
    const error = (await bad.send(new ListQueuesCommand({})).catch((e: unknown) => e)) as SQSServiceException;
    bad.destroy();
    assert.equal(error.name, 'SignatureDoesNotMatch');
    assert.equal(error.$metadata.httpStatusCode, 403);
    assert.match(error.message, /^The request signature we calculated does not match the signature you provided\./);

    const cli = await aws(cloud, ['sqs', 'list-queues'], { AWS_SECRET_ACCESS_KEY: 'wrong-secret' });
    assert.match(cli.stderr, /\(SignatureDoesNotMatch\)/);
    const cliGood = await aws(cloud, ['sqs', 'list-queues'], { AWS_SECRET_ACCESS_KEY: 'right-secret' });
    assert.equal(cliGood.code, 0, cliGood.stderr);

    const unsigned = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' },
      body: '{}',
    });
    assert.equal(unsigned.status, 403);
    assert.equal(((await unsigned.json()) as { __type: string }).__type, 'MissingAuthenticationToken');
  });

  test('a 12-digit access key id is the account', async () => {
    const other = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: '111122223333', secretAccessKey: 'right-secret' } });
    const { QueueUrl } = await other.send(new CreateQueueCommand({ QueueName: 'theirs' }));
    other.destroy();
    assert.equal(QueueUrl, `${cloud.endpoint}/111122223333/theirs`);
  });
});

describe('CORS and the request log', () => {
  let cloud: Cloud;
  const lines: Array<Record<string, unknown>> = [];
  before(async () => {
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        callback();
      },
    });
    cloud = await startTestCloud({ logger: pino({ level: 'info' }, sink) });
  });
  after(async () => {
    await cloud.close();
  });

  test('browser preflights are answered and responses carry the CORS headers', async () => {
    const preflight = await fetch(`${cloud.endpoint}/`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target,authorization' },
    });
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://app.example');
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type,x-amz-target,authorization');
    assert.match(preflight.headers.get('access-control-allow-methods')!, /POST/);

    const response = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { origin: 'http://app.example', 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' },
      body: '{}',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://app.example');
    assert.match(response.headers.get('access-control-expose-headers')!, /x-amzn-requestid/);
    assert.match(response.headers.get('x-amzn-requestid')!, /^[0-9a-f-]{36}$/);
  });

  test('one line per request at info level, with service, operation, status and time', async () => {
    lines.length = 0;
    await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.GetQueueUrl' },
      body: JSON.stringify({ QueueName: 'missing' }),
    });
    await new Promise((r) => setTimeout(r, 20));
    const requestLines = lines.filter((l) => l.msg === 'POST /');
    assert.equal(requestLines.length, 1);
    const line = requestLines[0];
    assert.equal(line.level, 30);
    assert.equal(line.service, 'sqs');
    assert.equal(line.op, 'GetQueueUrl');
    assert.equal(line.status, 400);
    assert.equal(typeof line.ms, 'number');
    assert.match(String(line.id), /^[0-9a-f-]{36}$/);
  });
});
