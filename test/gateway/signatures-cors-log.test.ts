import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { pino } from 'pino';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('--verify-signatures', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true, secretAccessKey: 'right-secret' });
  });
  after(async () => {
    await cloud.close();
  });

  test('the right secret is served; a wrong one is refused in the words of each protocol', async () => {
    const good = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'right-secret' } });
    await good.send(new CreateQueueCommand({ QueueName: 'signed' }));
    assert.equal((await good.send(new ListQueuesCommand({}))).QueueUrls?.length, 1);
    good.destroy();

    // SQS over JSON: InvalidSignatureException, 403, with the canonical request and string to sign it expected.
    const bad = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wrong-secret' } });
    const error = await expectAwsError(bad.send(new ListQueuesCommand({})), { name: 'InvalidSignatureException', status: 403 }).finally(() => bad.destroy());
    assert.match(error.message, /^The request signature we calculated does not match the signature you provided\. .*\n\nThe Canonical String for this request should have been\n'POST\n\/\n/s);
    assert.match(error.message, /\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n\d{8}T\d{6}Z\n\d{8}\/us-east-1\/sqs\/aws4_request\n[0-9a-f]{64}'\n$/);

    // DynamoDB: the same exception, with 400.
    const ddb = new DynamoDBClient({ ...clientConfig(cloud), credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wrong-secret' } });
    await expectAwsError(ddb.send(new ListTablesCommand({})), { name: 'InvalidSignatureException', status: 400 }).finally(() => ddb.destroy());

    // The query protocol keeps SignatureDoesNotMatch.
    const cli = await aws(cloud, ['sqs', 'list-queues'], { AWS_SECRET_ACCESS_KEY: 'wrong-secret' });
    assert.match(cli.stderr, /\(SignatureDoesNotMatch\)/);
    const cliGood = await aws(cloud, ['sqs', 'list-queues'], { AWS_SECRET_ACCESS_KEY: 'right-secret' });
    assert.equal(cliGood.code, 0, cliGood.stderr);

    const unsigned = (target: string) =>
      fetch(`${cloud.endpoint}/`, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target }, body: '{}' });
    const unsignedSqs = await unsigned('AmazonSQS.ListQueues');
    assert.equal(unsignedSqs.status, 403);
    assert.deepEqual(await unsignedSqs.json(), { __type: 'MissingAuthenticationTokenException', message: 'Request is missing Authentication Token' });
    const unsignedDdb = await unsigned('DynamoDB_20120810.ListTables');
    assert.equal(unsignedDdb.status, 400);
    assert.deepEqual(await unsignedDdb.json(), { __type: 'MissingAuthenticationTokenException', message: 'Request is missing Authentication Token' });
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
    cloud = await startTestCloud({ logger: pino({ level: 'info' }, sink), corsOrigins: ['http://app.example'] });
  });
  after(async () => {
    await cloud.close();
  });

  test('preflights from an allowed origin are answered and responses carry the CORS headers', async () => {
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
