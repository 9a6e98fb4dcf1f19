import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, GetQueueUrlCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { createFunction } from '../lambda/support.js';
import { startNimbusProcess, type NimbusProcess } from '../support/nimbus-process.js';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const ESC = '\x1b';

/** The request log as a person at a terminal sees it, and as a machine reading a pipe does. */
describe('the request log', () => {
  describe('piped: JSON lines', () => {
    let nimbus: NimbusProcess;
    before(async () => {
      nimbus = await startNimbusProcess([]);
    });
    after(async () => {
      await nimbus.stop();
    });

    test('a JSON object a request, with the resource it touched and the AWS error code of a failure; health checks quiet', async () => {
      const sqs = new SQSClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials });
      try {
        await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
        await sqs.send(new SendMessageCommand({ QueueUrl: `${nimbus.endpoint}/000000000000/jobs`, MessageBody: 'hi' }));
        await sqs.send(new GetQueueUrlCommand({ QueueName: 'nowhere' })).catch(() => undefined);
        for (let i = 0; i < 3; i++) await fetch(`${nimbus.endpoint}/_nimbus/health`);
      } finally {
        sqs.destroy();
      }
      await nimbus.waitFor(/"op":"GetQueueUrl"[^\n]*\n/);
      const lines = nimbus.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      const send = lines.find((line) => line.op === 'SendMessage')!;
      assert.equal(send.level, 30);
      assert.equal(send.service, 'sqs');
      assert.equal(send.status, 200);
      assert.equal(send.resource, 'jobs');
      assert.equal(typeof send.ms, 'number');
      assert.match(String(send.id), /^[0-9a-f-]{36}$/);
      assert.ok(Math.abs(Number(send.time) - Date.now()) < 60_000, 'time is epoch milliseconds');
      const failed = lines.find((line) => line.op === 'GetQueueUrl')!;
      assert.equal(failed.status, 400);
      assert.equal(failed.code, 'QueueDoesNotExist');
      assert.equal(failed.resource, 'nowhere');
      // The message of an error only at debug.
      assert.equal(failed.error, undefined);
      assert.equal(lines.filter((line) => String(line.msg).includes('/_nimbus/health')).length, 0, 'health checks make no lines at info');
      assert.ok(!nimbus.output().includes(`${ESC}[`), 'no colour codes in a pipe');
    });

    test('a client hanging up mid-request is no error in the log', async () => {
      const { port } = new URL(nimbus.endpoint);
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          // An upload that promises 1 MB and sends 10 bytes, then the client is gone.
          socket.write('PUT /some-bucket/key HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1048576\r\n\r\n0123456789');
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 200);
        });
      });
      await fetch(`${nimbus.endpoint}/_nimbus/health`);
      await new Promise((r) => setTimeout(r, 300));
      const errors = nimbus.output().split('\n').filter((line) => line.startsWith('{') && (JSON.parse(line) as { level: number }).level >= 50);
      assert.deepEqual(errors, []);
      assert.ok(!nimbus.output().includes('gateway failure'));
    });
  });

  describe('on a terminal: aligned, coloured lines', () => {
    let nimbus: NimbusProcess;
    before(async () => {
      nimbus = await startNimbusProcess([], { terminal: true });
    });
    after(async () => {
      await nimbus.stop();
    });

    test('a line a request (time, service, operation, status, duration, resource), errors in red with their code, function output prefixed', async () => {
      const sqs = new SQSClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials });
      const lambda = new LambdaClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials });
      try {
        await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
        await sqs.send(new GetQueueUrlCommand({ QueueName: 'nowhere' })).catch(() => undefined);
        await createFunction(lambda, 'talker', { 'index.mjs': 'export const handler = async () => { console.log("hello from the handler"); return 1; };' });
        await lambda.send(new InvokeCommand({ FunctionName: 'talker' }));
      } finally {
        sqs.destroy();
        lambda.destroy();
      }
      await nimbus.waitFor(/λ talker[^\n]*hello from the handler/);
      const output = nimbus.output();
      // 12:03:04.512 sqs        CreateQueue                200     1.2 ms  jobs
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      assert.match(plain, /^\d\d:\d\d:\d\d\.\d{3} sqs {8}CreateQueue {16}200 +\d+\.\d ms {2}jobs\r?$/m);
      assert.match(plain, /^\d\d:\d\d:\d\d\.\d{3} sqs {8}GetQueueUrl {16}400 +\d+\.\d ms {2}nowhere {2}QueueDoesNotExist\r?$/m);
      assert.ok(output.includes(`${ESC}[31m400${ESC}[0m`), 'a client error status is red');
      assert.ok(output.includes(`${ESC}[31mQueueDoesNotExist${ESC}[0m`), 'its code is red');
      assert.match(plain, /^\d\d:\d\d:\d\d\.\d{3} λ talker │ [^\n]*hello from the handler/m);
      assert.ok(!/^\{"level"/m.test(plain), 'no JSON lines on a terminal');
    });
  });

  test('--log-format json on a terminal, and a bad --log-format refused', async () => {
    const json = await startNimbusProcess(['--log-format', 'json'], { terminal: true });
    try {
      await fetch(`${json.endpoint}/`, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' }, body: '{}' });
      await json.waitFor(/\{"level":30[^\n]*"op":"ListQueues"/);
    } finally {
      await json.stop();
    }
    const bad = await startNimbusProcess(['--log-format', 'fancy'], { waitForBanner: false });
    const { code } = await bad.exited;
    assert.notEqual(code, 0);
    assert.match(bad.output(), /one of auto, pretty, json; got 'fancy'/);
  });
});
