import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  InvokeCommand,
  InvokeWithResponseStreamCommand,
  LambdaClient,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { processSandbox } from '../../src/services/lambda/runtime/sandbox.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode, lambdaProcesses, logOf } from './support.js';


/** Node.js functions as real processes speaking the Runtime API, through the SDK v3. */
describe('Lambda Node.js runtime', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let blobRoot: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    blobRoot = cloud.runtime.store.blobDir('lambda');
  });
  after(async () => {
    lambda.destroy();
    await cloud.close();
    // Every process Nimbus started is gone once the cloud is closed.
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(lambdaProcesses(blobRoot), []);
  });

  const invoke = (name: string, payload: unknown = {}, extra: Partial<ConstructorParameters<typeof InvokeCommand>[0]> = {}) =>
    lambda.send(new InvokeCommand({ FunctionName: name, Payload: encode(payload), ...extra }));

  test('a CommonJS handler: cold start runs init once, warm starts keep globals and /tmp', async () => {
    await createFunction(lambda, 'cjs', {
      'index.js': `
        const fs = require('node:fs');
        const path = require('node:path');
        const os = require('node:os');
        let inits = (globalThis.inits ?? 0) + 1;
        let calls = 0;
        console.log('init ran');
        exports.handler = async (event) => {
          calls++;
          const file = path.join(os.tmpdir(), 'count');
          const before = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0;
          fs.writeFileSync(file, String(before + 1));
          return { inits, calls, tmpCount: before + 1, tmp: process.env.TMPDIR, echo: event };
        };`,
    });
    const first = await invoke('cjs', { n: 1 }, { LogType: 'Tail' });
    assert.equal(first.StatusCode, 200);
    assert.equal(first.ExecutedVersion, '$LATEST');
    assert.equal(first.FunctionError, undefined);
    const body = decode(first.Payload);
    assert.deepEqual({ ...body, tmp: undefined }, { inits: 1, calls: 1, tmpCount: 1, tmp: undefined, echo: { n: 1 } });
    // A /tmp of its own: its own folder, or, where Nimbus gives it a mount namespace, /tmp itself (that folder mounted there).
    if (processSandbox()?.canMount) assert.equal(body.tmp, '/tmp');
    else assert.ok(body.tmp && body.tmp !== '/tmp', 'TMPDIR is a directory of its own');
    const log = logOf(first);
    assert.match(log, /^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n/);
    assert.match(log, /\tundefined\tINFO\tinit ran\n/);
    assert.match(log, /END RequestId: [0-9a-f-]{36}\n/);
    assert.match(log, /REPORT RequestId: [0-9a-f-]{36}\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: \d+\.\d\d ms\t/);

    const second = await invoke('cjs', { n: 2 }, { LogType: 'Tail' });
    assert.deepEqual({ ...decode(second.Payload), tmp: undefined }, { inits: 1, calls: 2, tmpCount: 2, tmp: undefined, echo: { n: 2 } });
    assert.doesNotMatch(logOf(second), /Init Duration/, 'a warm start has no init');
    assert.doesNotMatch(logOf(second), /init ran/);

    // Invoke answers its payload as application/json, with the executed version.
    const raw = await fetch(`${cloud.endpoint}/2015-03-31/functions/cjs/invocations`, { method: 'POST', body: '{"n":3}' });
    assert.equal(raw.status, 200);
    assert.equal(raw.headers.get('content-type'), 'application/json');
    assert.equal(raw.headers.get('x-amz-executed-version'), '$LATEST');
    assert.equal(((await raw.json()) as { calls: number }).calls, 3);

    // Idle environments are reaped (after 5 minutes on the clock): the next call is a cold start.
    await advanceClock(cloud, '6m');
    const reaped = await invoke('cjs', { n: 4 }, { LogType: 'Tail' });
    assert.match(logOf(reaped), /Init Duration/);
    assert.equal(decode(reaped.Payload).calls, 1);
  });

  test('ES modules (.mjs and "type": "module"), nested paths and callback handlers', async () => {
    await createFunction(lambda, 'esm', { 'index.mjs': 'export const handler = async (event) => ({ esm: true, event });' }, { Runtime: 'nodejs24.x' });
    assert.deepEqual(decode((await invoke('esm', { x: 1 })).Payload), { esm: true, event: { x: 1 } });

    await createFunction(lambda, 'esm-pkg', {
      'package.json': '{"type":"module"}',
      'src/handlers/app.js': 'import { hello } from "../lib/hello.js"; export async function main(e) { return hello(e.name); }',
      'src/lib/hello.js': 'export const hello = (n) => `hello ${n}`;',
    }, { Handler: 'src/handlers/app.main' });
    assert.equal(decode((await invoke('esm-pkg', { name: 'nimbus' })).Payload), 'hello nimbus');

    await createFunction(lambda, 'callback', {
      'index.js': 'exports.handler = (event, context, callback) => { setTimeout(() => callback(null, { late: event.v }), 5); };',
    }, { Runtime: 'nodejs18.x' });
    assert.deepEqual(decode((await invoke('callback', { v: 7 })).Payload), { late: 7 });

    await createFunction(lambda, 'undefined-result', { 'index.js': 'exports.handler = async () => undefined;' });
    assert.equal(new TextDecoder().decode((await invoke('undefined-result')).Payload), 'null');
  });

  test('the context object and the environment as AWS sets them', async () => {
    await createFunction(
      lambda,
      'context',
      {
        'index.js': `exports.handler = async (event, context) => ({
          functionName: context.functionName, functionVersion: context.functionVersion, invokedFunctionArn: context.invokedFunctionArn,
          memoryLimitInMB: context.memoryLimitInMB, awsRequestId: context.awsRequestId, logGroupName: context.logGroupName,
          logStreamName: context.logStreamName, remaining: context.getRemainingTimeInMillis(), clientContext: context.clientContext,
          env: Object.fromEntries(['AWS_LAMBDA_FUNCTION_NAME','AWS_LAMBDA_FUNCTION_VERSION','AWS_LAMBDA_FUNCTION_MEMORY_SIZE','AWS_LAMBDA_LOG_GROUP_NAME',
            'AWS_LAMBDA_LOG_STREAM_NAME','AWS_REGION','AWS_DEFAULT_REGION','AWS_EXECUTION_ENV','LAMBDA_TASK_ROOT','_HANDLER','AWS_LAMBDA_RUNTIME_API',
            'AWS_ACCESS_KEY_ID','AWS_SECRET_ACCESS_KEY','AWS_SESSION_TOKEN','TZ','AWS_ENDPOINT_URL','GREETING','AWS_LAMBDA_INITIALIZATION_TYPE'].map((k) => [k, process.env[k]])),
          cwd: process.cwd(),
        });`,
      },
      { MemorySize: 256, Timeout: 10, Environment: { Variables: { GREETING: 'hi' } } },
    );
    const clientContext = Buffer.from(JSON.stringify({ custom: { a: 'b' } })).toString('base64');
    const out = await invoke('context', {}, { ClientContext: clientContext });
    const c = decode(out.Payload);
    assert.equal(c.functionName, 'context');
    assert.equal(c.functionVersion, '$LATEST');
    assert.equal(c.invokedFunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:context');
    assert.equal(c.memoryLimitInMB, '256');
    assert.equal(c.awsRequestId, out.$metadata.requestId);
    assert.equal(c.logGroupName, '/aws/lambda/context');
    assert.match(c.logStreamName, /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    assert.ok(c.remaining > 9000 && c.remaining <= 10000, `remaining ${c.remaining}`);
    assert.deepEqual(c.clientContext, { custom: { a: 'b' } });
    assert.equal(c.env.AWS_LAMBDA_FUNCTION_NAME, 'context');
    assert.equal(c.env.AWS_LAMBDA_FUNCTION_VERSION, '$LATEST');
    assert.equal(c.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, '256');
    assert.equal(c.env.AWS_LAMBDA_LOG_STREAM_NAME, c.logStreamName);
    assert.equal(c.env.AWS_REGION, 'us-east-1');
    assert.equal(c.env.AWS_DEFAULT_REGION, 'us-east-1');
    assert.equal(c.env.AWS_EXECUTION_ENV, 'AWS_Lambda_nodejs20.x');
    assert.equal(c.env._HANDLER, 'index.handler');
    assert.equal(c.env.LAMBDA_TASK_ROOT, c.cwd);
    assert.match(c.env.AWS_LAMBDA_RUNTIME_API, /^127\.0\.0\.1:\d+\/[0-9a-f]{48}$/);
    assert.ok(!c.env.AWS_LAMBDA_RUNTIME_API.startsWith(`127.0.0.1:${cloud.port}/`), 'the Runtime API is not on the public port');
    assert.equal(c.env.AWS_ACCESS_KEY_ID, '000000000000');
    assert.ok(c.env.AWS_SECRET_ACCESS_KEY && c.env.AWS_SESSION_TOKEN);
    assert.equal(c.env.TZ, ':UTC');
    assert.equal(c.env.AWS_ENDPOINT_URL, cloud.endpoint);
    assert.equal(c.env.GREETING, 'hi');
    assert.equal(c.env.AWS_LAMBDA_INITIALIZATION_TYPE, 'on-demand');
  });

  test('errors: thrown, unknown module, missing handler, process.exit', async () => {
    await createFunction(lambda, 'throws', { 'index.js': 'exports.handler = async () => { const e = new TypeError("bad input"); throw e; };' });
    const thrown = await invoke('throws', {}, { LogType: 'Tail' });
    assert.equal(thrown.StatusCode, 200);
    assert.equal(thrown.FunctionError, 'Unhandled');
    const error = decode(thrown.Payload);
    assert.equal(error.errorType, 'TypeError');
    assert.equal(error.errorMessage, 'bad input');
    assert.ok(Array.isArray(error.trace) && error.trace[0] === 'TypeError: bad input');
    assert.match(logOf(thrown), /\tERROR\tInvoke Error \t\{"errorType":"TypeError","errorMessage":"bad input"/);

    await createFunction(lambda, 'no-module', { 'other.js': 'exports.handler = async () => 1;' });
    const missing = await invoke('no-module');
    assert.equal(missing.FunctionError, 'Unhandled');
    assert.deepEqual(
      { ...decode(missing.Payload), trace: undefined },
      { errorType: 'Runtime.ImportModuleError', errorMessage: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs", trace: undefined },
    );

    await createFunction(lambda, 'no-handler', { 'index.js': 'exports.other = async () => 1;' });
    const noHandler = decode((await invoke('no-handler')).Payload);
    assert.equal(noHandler.errorType, 'Runtime.HandlerNotFound');
    assert.equal(noHandler.errorMessage, 'index.handler is undefined or not exported');

    await createFunction(lambda, 'exits', { 'index.js': 'let n = 0; exports.handler = async (e) => { n++; if (e.exit) process.exit(3); return n; };' });
    const exited = await invoke('exits', { exit: true });
    assert.equal(exited.FunctionError, 'Unhandled');
    const exit = decode(exited.Payload);
    assert.equal(exit.errorType, 'Runtime.ExitError');
    assert.equal(exit.errorMessage, `RequestId: ${exited.$metadata.requestId} Error: Runtime exited with error: exit status 3`);
    // The next call gets a fresh environment (a cold start: the counter starts again).
    assert.equal(decode((await invoke('exits', {})).Payload), 1);
  });

  test('a timeout kills the environment and reports "Task timed out"', async () => {
    await createFunction(lambda, 'slow', { 'index.js': 'let warm = false; exports.handler = async (e) => { const was = warm; warm = true; if (e.wait) await new Promise((r) => setTimeout(r, e.wait)); return was; };' }, { Timeout: 1 });
    assert.equal(decode((await invoke('slow', {})).Payload), false);
    const started = Date.now();
    const out = await invoke('slow', { wait: 5000 }, { LogType: 'Tail' });
    assert.ok(Date.now() - started < 4000, 'answered soon after the 1-second timeout');
    assert.equal(out.FunctionError, 'Unhandled');
    const error = decode(out.Payload);
    assert.equal(error.errorType, 'Sandbox.Timedout');
    assert.equal(error.errorMessage, `RequestId: ${out.$metadata.requestId} Error: Task timed out after 1.00 seconds`);
    assert.match(logOf(out), new RegExp(`\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ${out.$metadata.requestId} Task timed out after 1.00 seconds\\n`));
    assert.match(logOf(out), /Status: timeout/);
    // The environment was killed: the next invocation is a cold start.
    assert.equal(decode((await invoke('slow', {})).Payload), false);
  });

  test('memory beyond MemorySize kills the process, reported as Runtime.OutOfMemory', async () => {
    await createFunction(lambda, 'hog', {
      'index.js': 'const keep = []; exports.handler = async (e) => { for (let i = 0; i < e.mb; i++) keep.push(Buffer.alloc(1 << 20, 1)); await new Promise((r) => setTimeout(r, 300)); return keep.length; };',
    }, { MemorySize: 128, Timeout: 10 });
    assert.equal(decode((await invoke('hog', { mb: 8 })).Payload), 8);
    const out = await invoke('hog', { mb: 300 }, { LogType: 'Tail' });
    assert.equal(out.FunctionError, 'Unhandled');
    const error = decode(out.Payload);
    assert.equal(error.errorType, 'Runtime.OutOfMemory');
    assert.equal(error.errorMessage, `RequestId: ${out.$metadata.requestId} Error: Runtime exited with error: signal: killed`);
    assert.match(logOf(out), /Max Memory Used: 128 MB/);
  });

  test('response streaming handlers through InvokeWithResponseStream', async () => {
    await createFunction(lambda, 'streamer', {
      'index.mjs': `export const handler = awslambda.streamifyResponse(async (event, stream) => {
        stream.setContentType('text/plain');
        for (const word of event.words) { stream.write(word); await new Promise((r) => setTimeout(r, 5)); }
        stream.end();
      });`,
    });
    const out = await lambda.send(new InvokeWithResponseStreamCommand({ FunctionName: 'streamer', Payload: encode({ words: ['a', 'b', 'c'] }) }));
    assert.equal(out.StatusCode, 200);
    assert.equal(out.ExecutedVersion, '$LATEST');
    const chunks: string[] = [];
    let complete: unknown;
    for await (const event of out.EventStream!) {
      if (event.PayloadChunk?.Payload) chunks.push(new TextDecoder().decode(event.PayloadChunk.Payload));
      if (event.InvokeComplete) complete = event.InvokeComplete;
    }
    assert.equal(chunks.join(''), 'abc');
    assert.ok(chunks.length >= 2, 'the response arrives in pieces');
    assert.deepEqual(complete, {});

    // A buffered handler answers in one chunk.
    const plain = await lambda.send(new InvokeWithResponseStreamCommand({ FunctionName: 'esm', Payload: encode({ y: 2 }) }));
    const parts: string[] = [];
    for await (const event of plain.EventStream!) if (event.PayloadChunk?.Payload) parts.push(new TextDecoder().decode(event.PayloadChunk.Payload));
    assert.deepEqual(JSON.parse(parts.join('')), { esm: true, event: { y: 2 } });
  });

  test('the AWS SDK is available to functions that do not bundle it, and reaches Nimbus', async () => {
    const sqs = new SQSClient(clientConfig(cloud));
    const queue = await sqs.send(new CreateQueueCommand({ QueueName: 'from-lambda' }));
    await createFunction(lambda, 'uses-sdk', {
      'index.mjs': `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        const sqs = new SQSClient({});
        export const handler = async (event) => {
          const sent = await sqs.send(new SendMessageCommand({ QueueUrl: event.queue, MessageBody: 'hello from lambda' }));
          return sent.MessageId;
        };`,
    }, { Timeout: 10 });
    const out = await invoke('uses-sdk', { queue: queue.QueueUrl });
    assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.QueueUrl }));
    assert.equal(received.Messages?.[0]?.Body, 'hello from lambda');
    assert.equal(received.Messages?.[0]?.MessageId, decode(out.Payload));
    // CommonJS finds it too (NODE_PATH).
    await createFunction(lambda, 'uses-sdk-cjs', { 'index.js': 'const { SQSClient } = require("@aws-sdk/client-sqs"); exports.handler = async () => typeof SQSClient;' });
    assert.equal(decode((await invoke('uses-sdk-cjs')).Payload), 'function');
    sqs.destroy();
  });

  test('a configuration change retires warm environments', async () => {
    await createFunction(lambda, 'reconfigured', { 'index.js': 'exports.handler = async () => process.env.COLOR ?? "none";' });
    assert.equal(decode((await invoke('reconfigured')).Payload), 'none');
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'reconfigured', Environment: { Variables: { COLOR: 'blue' } } }));
    assert.equal(decode((await invoke('reconfigured')).Payload), 'blue');
  });
});
