/**
 * Function URL CORS comes from the URL's own Cors configuration, as on AWS, whatever the
 * gateway's defaults for AWS APIs: preflights are answered from it (the function is not
 * invoked), actual responses carry its headers for an allowed Origin and none for another;
 * a URL without Cors leaves CORS to the function. Called with fetch(), as a browser page would.
 */
import assert from 'node:assert/strict';
import dns from 'node:dns';
import { after, before, test } from 'node:test';
import { AddPermissionCommand, CreateFunctionUrlConfigCommand, LambdaClient, UpdateFunctionUrlConfigCommand, type Cors } from '@aws-sdk/client-lambda';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';

// *.localhost need not resolve on this machine: fetch() reaches function URL hosts through Nimbus's loopback port.
const systemLookup = dns.lookup;
(dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback?: unknown) => {
  const cb = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
  const opts = (typeof options === 'object' && options) || {};
  if (!host.endsWith('.localhost')) return (systemLookup as (...args: unknown[]) => void)(host, options, callback);
  if ((opts as { all?: boolean }).all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

const APP = 'https://app.example.com';
const STRANGER = 'https://evil.example.net';

/** Counts its invocations, and answers with headers of its own, including CORS ones that the URL's configuration replaces. */
const HANDLER = `let calls = 0;
exports.handler = async (event) => {
  calls++;
  return {
    statusCode: 200,
    headers: { 'x-request-id': 'r-' + calls, 'x-method': event.requestContext.http.method, 'Access-Control-Allow-Origin': 'https://function-says.example', 'Access-Control-Allow-Methods': 'PATCH' },
    body: JSON.stringify({ calls, method: event.requestContext.http.method }),
  };
};`;

let cloud: Cloud;
let lambda: LambdaClient;

before(async () => {
  cloud = await startTestCloud();
  lambda = new LambdaClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
  (dns as { lookup: unknown }).lookup = systemLookup;
});

async function publicUrl(name: string, cors?: Cors): Promise<string> {
  await createFunction(lambda, name, { 'index.js': HANDLER });
  await lambda.send(new AddPermissionCommand({ FunctionName: name, StatementId: 'public', Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' }));
  const config = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'NONE', Cors: cors }));
  return config.FunctionUrl!;
}

function corsOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name.startsWith('access-control-') || name === 'vary') out[name] = value;
  });
  return out;
}

test('a preflight is answered from the URL’s Cors alone: every field, for an allowed Origin; nothing for another', async () => {
  const url = await publicUrl('cors-full', {
    AllowOrigins: [APP],
    AllowMethods: ['GET', 'POST'],
    AllowHeaders: ['content-type', 'x-custom'],
    ExposeHeaders: ['x-request-id'],
    MaxAge: 300,
    AllowCredentials: true,
  });
  const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  assert.equal(preflight.status, 200);
  assert.equal(await preflight.text(), '');
  assert.deepEqual(corsOf(preflight), {
    'access-control-allow-origin': APP,
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'content-type, x-custom',
    'access-control-allow-credentials': 'true',
    'access-control-max-age': '300',
    vary: 'Origin',
  });

  const stranger = await fetch(url, { method: 'OPTIONS', headers: { origin: STRANGER, 'access-control-request-method': 'POST' } });
  assert.equal(stranger.status, 200);
  assert.deepEqual(corsOf(stranger), {});

  // Neither preflight reached the function: the first real call is its first invocation.
  const first = await fetch(url, { method: 'POST', headers: { origin: APP, 'content-type': 'application/json' }, body: '{}' });
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { calls: 1, method: 'POST' });
});

test('an actual response carries the configured headers for an allowed Origin, over the function’s own', async () => {
  const url = await publicUrl('cors-actual', { AllowOrigins: [APP], AllowMethods: ['GET', 'POST'], ExposeHeaders: ['x-request-id', 'x-method'], AllowCredentials: true });
  const allowed = await fetch(url, { method: 'POST', headers: { origin: APP }, body: 'hello' });
  assert.equal(allowed.status, 200);
  assert.equal(allowed.headers.get('x-request-id'), 'r-1');
  assert.deepEqual(corsOf(allowed), {
    'access-control-allow-origin': APP,
    'access-control-expose-headers': 'x-request-id, x-method',
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
  });

  // A GET from an Origin the configuration does not list: the function runs, but the response grants that page nothing.
  const stranger = await fetch(url, { headers: { origin: STRANGER } });
  assert.equal(stranger.status, 200);
  assert.equal(stranger.headers.get('x-method'), 'GET');
  assert.equal(stranger.headers.get('access-control-allow-origin'), null);
  assert.equal(stranger.headers.get('access-control-allow-credentials'), null);

  // No Origin (not a browser): no CORS headers added by the URL.
  const plain = await fetch(url);
  assert.equal(plain.headers.get('access-control-expose-headers'), null);
});

test('AllowOrigins * answers * without credentials, and the echoed Origin with them; an update takes effect at once', async () => {
  const url = await publicUrl('cors-any', { AllowOrigins: ['*'], AllowMethods: ['*'], MaxAge: 0 });
  const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: STRANGER, 'access-control-request-method': 'DELETE' } });
  assert.deepEqual(corsOf(preflight), { 'access-control-allow-origin': '*', 'access-control-allow-methods': '*', 'access-control-max-age': '0', vary: 'Origin' });
  const actual = await fetch(url, { headers: { origin: STRANGER } });
  assert.equal(actual.headers.get('access-control-allow-origin'), '*');

  await lambda.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'cors-any', Cors: { AllowOrigins: ['*'], AllowCredentials: true } }));
  const withCredentials = await fetch(url, { headers: { origin: STRANGER } });
  assert.equal(withCredentials.headers.get('access-control-allow-origin'), STRANGER);
  assert.equal(withCredentials.headers.get('access-control-allow-credentials'), 'true');

  await lambda.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'cors-any', Cors: { AllowOrigins: [APP] } }));
  const narrowed = await fetch(url, { method: 'OPTIONS', headers: { origin: STRANGER, 'access-control-request-method': 'GET' } });
  assert.deepEqual(corsOf(narrowed), {});
});

test('a URL without Cors leaves CORS to the function: the preflight reaches it, its own headers come back untouched', async () => {
  const url = await publicUrl('cors-none');
  const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: APP, 'access-control-request-method': 'PATCH' } });
  assert.equal(preflight.status, 200);
  assert.equal(preflight.headers.get('x-method'), 'OPTIONS');
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://function-says.example');
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'PATCH');

  const actual = await fetch(url, { headers: { origin: APP } });
  assert.equal(actual.headers.get('access-control-allow-origin'), 'https://function-says.example');
  assert.equal(actual.headers.get('access-control-expose-headers'), null);
});

test('the server still answers promptly', async () => {
  const url = await publicUrl('cors-last', { AllowOrigins: [APP] });
  const started = performance.now();
  const response = await fetch(url, { headers: { origin: APP } });
  assert.equal(response.status, 200);
  assert.ok(performance.now() - started < 2000);
});
