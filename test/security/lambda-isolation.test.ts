/**
 * One function must not hijack another: each execution environment's Runtime API answers only
 * requests under its own secret path prefix (403 otherwise), so a function that finds another
 * environment's port can neither take its events nor answer for it. Functions get only what
 * AWS sets plus their own variables: nothing of Nimbus's own environment.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';
import { processSandbox } from '../../src/services/lambda/runtime/sandbox.js';

// What a user's shell might hold when it starts Nimbus: none of it may reach a function.
process.env.NIMBUS_SECRET_ACCESS_KEY = 'host-nimbus-secret-value';
process.env.NIMBUS_SOME_SETTING = 'host-setting';
process.env.HOST_ONLY_TOKEN = 'host-only-token-value';

let cloud: Cloud;
let lambda: LambdaClient;

before(async () => {
  cloud = await startTestCloud();
  lambda = new LambdaClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
  delete process.env.NIMBUS_SECRET_ACCESS_KEY;
  delete process.env.NIMBUS_SOME_SETTING;
  delete process.env.HOST_ONLY_TOKEN;
});

const VICTIM = `exports.handler = async (event) => ({ api: process.env.AWS_LAMBDA_RUNTIME_API, seen: event });`;

/** Knocks on another environment's Runtime API, as a function on the same machine could. */
const ATTACKER = `
const http = require('http');
function call(method, address, path, body) {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const req = http.request({ host, port: Number(port), method, path, timeout: 2000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', (e) => resolve({ status: 0, body: e.message }));
    req.on('timeout', () => { req.destroy(); resolve({ status: -1, body: 'timeout' }); });
    req.end(body);
  });
}
exports.handler = async (event) => {
  const own = process.env.AWS_LAMBDA_RUNTIME_API;
  const ownToken = own.slice(own.indexOf('/'));
  return {
    next: await call('GET', event.address, '/2018-06-01/runtime/invocation/next'),
    withOwnToken: await call('GET', event.address, ownToken + '/2018-06-01/runtime/invocation/next'),
    answer: await call('POST', event.address, '/2018-06-01/runtime/invocation/some-id/response', '"hijacked"'),
    initError: await call('POST', event.address, '/2018-06-01/runtime/init/error', '{}'),
    guessedPrefix: await call('GET', event.address, '/' + '0'.repeat(48) + '/2018-06-01/runtime/invocation/next'),
  };
};`;

test("a function cannot reach another environment's Runtime API: every request without its token gets 403", async () => {
  await createFunction(lambda, 'victim', { 'index.js': VICTIM });
  await createFunction(lambda, 'attacker', { 'index.js': ATTACKER });
  const first = decode((await lambda.send(new InvokeCommand({ FunctionName: 'victim', Payload: encode({ n: 1 }) }))).Payload);
  assert.match(first.api, /^127\.0\.0\.1:\d+\/[0-9a-f]{48}$/);
  const address = first.api.slice(0, first.api.indexOf('/'));

  // The victim's environment is warm and waiting on /next: the attacker tries to take its next event.
  const attack = await lambda.send(new InvokeCommand({ FunctionName: 'attacker', Payload: encode({ address }) }));
  assert.equal(attack.FunctionError, undefined, new TextDecoder().decode(attack.Payload));
  const statuses = decode(attack.Payload);
  for (const [what, outcome] of Object.entries(statuses) as Array<[string, { status: number; body: string }]>) {
    assert.equal(outcome.status, 403, `${what}: ${outcome.body}`);
    assert.deepEqual(JSON.parse(outcome.body), { errorMessage: 'Forbidden', errorType: 'AccessDeniedException' });
  }

  // The victim still gets its own events, promptly, from the same warm environment.
  const started = performance.now();
  const second = decode((await lambda.send(new InvokeCommand({ FunctionName: 'victim', Payload: encode({ n: 2 }) }))).Payload);
  assert.deepEqual(second, { api: first.api, seen: { n: 2 } });
  assert.ok(performance.now() - started < 2000);
});

test("a function's environment holds only what AWS sets and its own variables: nothing of Nimbus's", async () => {
  await createFunction(lambda, 'env-dump', { 'index.js': 'exports.handler = async () => process.env;' }, { Environment: { Variables: { MINE: 'own-value' } } });
  const env = decode((await lambda.send(new InvokeCommand({ FunctionName: 'env-dump' }))).Payload) as Record<string, string>;
  assert.equal(env.MINE, 'own-value');
  assert.deepEqual(Object.keys(env).filter((name) => name.startsWith('NIMBUS')), []);
  assert.equal(env.HOST_ONLY_TOKEN, undefined);
  for (const [name, value] of Object.entries(env)) {
    assert.ok(!value.includes('host-nimbus-secret-value') && !value.includes('host-only-token-value') && !value.includes('host-setting'), name);
  }
  // The variables Lambda documents, and the few a local run needs (module paths, the endpoint); nothing else.
  const allowed = new Set([
    '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
    'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_LAMBDA_RUNTIME_API',
    'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR', 'LANG', 'PATH', 'LD_LIBRARY_PATH', 'NODE_PATH', 'TZ', 'AWS_NODEJS_CONNECTION_REUSE_ENABLED',
    'AWS_XRAY_CONTEXT_MISSING', 'AWS_XRAY_DAEMON_ADDRESS', 'AWS_ENDPOINT_URL', 'TMPDIR', 'TMP', 'TEMP', 'MINE',
  ]);
  assert.deepEqual(Object.keys(env).filter((name) => !allowed.has(name)), []);
});

/** Looks around /proc, as a function hunting for Nimbus's settings or another function's Runtime API token would. */
const PROC_SNOOP = `
const fs = require('fs');
exports.handler = async (event) => {
  const own = process.env.AWS_LAMBDA_RUNTIME_API;
  const pids = fs.readdirSync('/proc').filter((name) => /^[0-9]+$/.test(name));
  const foreignApis = [];
  let nimbusSettings = false;
  for (const pid of pids) {
    let environ = '';
    try { environ = fs.readFileSync('/proc/' + pid + '/environ', 'utf8'); } catch { continue; }
    for (const entry of environ.split('\\0')) {
      if (entry.startsWith('AWS_LAMBDA_RUNTIME_API=') && entry !== 'AWS_LAMBDA_RUNTIME_API=' + own) foreignApis.push(entry);
      if (entry.startsWith('NIMBUS_')) nimbusSettings = true;
    }
  }
  let nimbusEnviron;
  try { nimbusEnviron = fs.readFileSync('/proc/' + event.nimbusPid + '/environ', 'utf8'); } catch (error) { nimbusEnviron = error.code; }
  return { pids: pids.length, foreignApis, nimbusSettings, nimbusEnvironHasSecret: String(nimbusEnviron).includes('host-nimbus-secret-value') };
};`;

test("in its own namespaces a function sees only its own processes: neither Nimbus's environment nor another environment's token", async () => {
  const sandbox = processSandbox();
  console.log(`# process sandbox on this machine: ${sandbox ? `${sandbox.command} ${sandbox.options.join(' ')}${sandbox.canMount ? ', hiding Nimbus data' : ''}` : 'unavailable'}`);
  await createFunction(lambda, 'snoop', { 'index.js': PROC_SNOOP });
  // Another function's environment is running (warm) while the snoop looks.
  await lambda.send(new InvokeCommand({ FunctionName: 'victim', Payload: encode({ n: 3 }) }));
  const seen = decode((await lambda.send(new InvokeCommand({ FunctionName: 'snoop', Payload: encode({ nimbusPid: process.pid }) }))).Payload);
  if (!sandbox) {
    // Without namespaces (no unshare, or user namespaces disabled) /proc is shared: the token stays the only guard.
    assert.equal(typeof seen.pids, 'number');
    return;
  }
  assert.deepEqual(seen, { pids: seen.pids, foreignApis: [], nimbusSettings: false, nimbusEnvironHasSecret: false });
  assert.ok(seen.pids <= 4, `the function sees ${seen.pids} processes`);
});

test("with signatures verified a function's own calls still pass (it holds Nimbus's secret then, and only then)", async () => {
  const strict = await startTestCloud({ verifySignatures: true, secretAccessKey: 'strict-secret' });
  const client = new LambdaClient({ ...clientConfig(strict), credentials: { accessKeyId: 'test', secretAccessKey: 'strict-secret' } });
  try {
    await createFunction(client, 'calls-back', {
      'index.mjs': `import { LambdaClient, GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
        const lambda = new LambdaClient({});
        export const handler = async () => (await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'calls-back' }))).FunctionName;`,
    }, { Timeout: 10 });
    const out = await client.send(new InvokeCommand({ FunctionName: 'calls-back' }));
    assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
    assert.equal(decode(out.Payload), 'calls-back');
  } finally {
    client.destroy();
    await strict.close();
  }
  // Where nothing is verified, the secret a function holds is a stand-in, not Nimbus's.
  const env = decode((await lambda.send(new InvokeCommand({ FunctionName: 'env-dump' }))).Payload) as Record<string, string>;
  assert.match(env.AWS_SECRET_ACCESS_KEY, /^[A-Za-z0-9+/]{40}$/);
  assert.notEqual(env.AWS_SECRET_ACCESS_KEY, 'host-nimbus-secret-value');
});
