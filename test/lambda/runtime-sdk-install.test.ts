import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { pino } from 'pino';
import { FunctionSdk, NODE_SDK_RELEASES, SdkUnavailableError } from '../../src/services/lambda/runtime/function-sdk.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode } from './support.js';

/** The functions run on this Node.js: the registry here serves SDK packages only, and counts what is asked of it. */
const LOCAL_NODE = { lambdaNode: 'local' as const };

/** A package as the npm registry serves it: a gzipped tarball of package/. */
function tarball(name: string, version: string, work: string): Buffer {
  const dir = join(work, `pkg-${randomBytes(4).toString('hex')}`);
  mkdirSync(join(dir, 'package'), { recursive: true });
  writeFileSync(join(dir, 'package', 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
  writeFileSync(join(dir, 'package', 'index.js'), `exports.whoAmI = () => ${JSON.stringify(`${name}@${version}`)};`);
  execFileSync('tar', ['czf', join(dir, 'out.tgz'), '-C', dir, 'package']);
  return readFileSync(join(dir, 'out.tgz'));
}

/**
 * How the runtime SDK is installed, against a registry of this test's own (no network):
 * one install for concurrent first invokes, none after a restart, and a clear error when
 * the registry cannot be reached.
 */
describe('Lambda runtime SDK installs', () => {
  const work = mkdtempSync(join(tmpdir(), 'nimbus-sdk-install-'));
  const suffix = randomBytes(3).toString('hex');
  const first = `client-nimbus-first-${suffix}`;
  const second = `client-nimbus-second-${suffix}`;
  const requests: string[] = [];
  const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, npm_config_registry: process.env.npm_config_registry, npm_config_cache: process.env.npm_config_cache, npm_config_fetch_retries: process.env.npm_config_fetch_retries };
  let registry: Server;
  let base: string;

  before(async () => {
    const packages = new Map<string, Buffer>([[first, tarball(`@aws-sdk/${first}`, '3.0.0', work)], [second, tarball(`@aws-sdk/${second}`, '3.0.0', work)]]);
    registry = createServer((req, res) => {
      const url = decodeURIComponent(req.url ?? '');
      requests.push(url);
      const packument = /^\/@aws-sdk\/([^/]+)$/.exec(url);
      const file = /^\/tarballs\/([^/]+)\.tgz$/.exec(url);
      const name = packument?.[1] ?? file?.[1];
      const body = name ? packages.get(name) : undefined;
      if (!body) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
        return;
      }
      if (file) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
        return;
      }
      const integrity = `sha512-${createHash('sha512').update(body).digest('base64')}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        name: `@aws-sdk/${name}`,
        'dist-tags': { latest: '3.0.0' },
        versions: { '3.0.0': { name: `@aws-sdk/${name}`, version: '3.0.0', dist: { tarball: `${base}/tarballs/${name}.tgz`, integrity, shasum: createHash('sha1').update(body).digest('hex') } } },
      }));
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(registry.address() as AddressInfo).port}`;
    // The server runs in this process: its npm runs see these (a cache folder and an npm cache of this test's own).
    process.env.XDG_CACHE_HOME = join(work, 'cache');
    process.env.npm_config_registry = `${base}/`;
    process.env.npm_config_cache = join(work, 'npm-cache');
    process.env.npm_config_fetch_retries = '0';
  });
  after(() => {
    registry.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(work, { recursive: true, force: true });
  });

  const handler = (pkg: string) => `const sdk = require('@aws-sdk/${pkg}'); exports.handler = async () => sdk.whoAmI();`;

  test('concurrent first invokes share one install; a restarted Nimbus finds the package cached', { timeout: 120_000 }, async () => {
    let cloud: Cloud = await startTestCloud(LOCAL_NODE);
    let lambda = new LambdaClient(clientConfig(cloud));
    try {
      await createFunction(lambda, 'first-a', { 'index.js': handler(first) }, { Runtime: 'nodejs22.x', Timeout: 10 });
      await createFunction(lambda, 'first-b', { 'index.js': handler(first) }, { Runtime: 'nodejs22.x', Timeout: 10 });
      const outs = await Promise.all(['first-a', 'first-b', 'first-a'].map((name) => lambda.send(new InvokeCommand({ FunctionName: name }))));
      for (const out of outs) assert.equal(decode(out.Payload), `@aws-sdk/${first}@3.0.0`, JSON.stringify(decode(out.Payload)));
      assert.equal(requests.filter((url) => url === `/tarballs/${first}.tgz`).length, 1, requests.join(', '));
      const dir = join(work, 'cache', 'nimbus', 'lambda-sdk', 'nodejs22.x', NODE_SDK_RELEASES['nodejs22.x']!);
      assert.ok(existsSync(join(dir, 'node_modules', '@aws-sdk', first, 'package.json')));
    } finally {
      lambda.destroy();
      await cloud.close();
    }
    const before = requests.length;
    cloud = await startTestCloud(LOCAL_NODE);
    lambda = new LambdaClient(clientConfig(cloud));
    try {
      await createFunction(lambda, 'after-restart', { 'index.js': handler(first) }, { Runtime: 'nodejs22.x', Timeout: 10 });
      const out = await lambda.send(new InvokeCommand({ FunctionName: 'after-restart' }));
      assert.equal(decode(out.Payload), `@aws-sdk/${first}@3.0.0`);
      assert.equal(requests.length, before, 'nothing fetched after a restart');
    } finally {
      lambda.destroy();
      await cloud.close();
    }
  });

  test('an unreachable registry fails the invoke as a missing module does, naming what could not be installed; the server stays healthy', { timeout: 120_000 }, async () => {
    await new Promise<void>((resolve) => registry.close(() => resolve()));
    const cloud = await startTestCloud(LOCAL_NODE);
    const lambda = new LambdaClient(clientConfig(cloud));
    try {
      await createFunction(lambda, 'offline', { 'index.js': handler(second) }, { Runtime: 'nodejs22.x', Timeout: 10 });
      const out = await lambda.send(new InvokeCommand({ FunctionName: 'offline' }));
      assert.equal(out.StatusCode, 200);
      assert.equal(out.FunctionError, 'Unhandled');
      const error = decode(out.Payload);
      assert.equal(error.errorType, 'Runtime.ImportModuleError');
      assert.match(error.errorMessage, new RegExp(`^Nimbus could not install @aws-sdk/${second}@<=${NODE_SDK_RELEASES['nodejs22.x']!.replaceAll('.', '\\.')} for the nodejs22\\.x runtime into .*: npm install exited with 1: code ECONNREFUSED.*make the registry reachable`));
      // A function needing nothing from the registry still runs at once.
      await createFunction(lambda, 'needs-nothing', { 'index.js': 'exports.handler = async () => "fine";' }, { Runtime: 'nodejs22.x' });
      const started = Date.now();
      assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'needs-nothing' }))).Payload), 'fine');
      assert.ok(Date.now() - started < 5_000);
    } finally {
      lambda.destroy();
      await cloud.close();
    }
  });

  test('a Python function importing boto3 on an interpreter without it fails naming what to install', async () => {
    // An interpreter that has no boto3: every `python -c ...` fails as `import boto3` would.
    const python = join(work, 'python-without-boto3');
    writeFileSync(python, '#!/bin/sh\necho "ModuleNotFoundError: No module named \'boto3\'" >&2\nexit 1\n', { mode: 0o755 });
    const code = join(work, 'python-task');
    mkdirSync(code, { recursive: true });
    writeFileSync(join(code, 'lambda_function.py'), 'import json\nfrom boto3 import client\n\ndef handler(event, context):\n    return 1\n');
    const sdk = new FunctionSdk(join(work, 'unit-cache'), pino({ level: 'silent' }));
    const error = await sdk.prepare('python3.12', 'python', code, undefined, python).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof SdkUnavailableError, String(error));
    assert.equal(error.errorType, 'Runtime.ImportModuleError');
    assert.equal(error.message, `boto3 is not installed for python3.12 (${python}): pip install boto3`);
    // Code that does not import boto3 needs nothing from the interpreter.
    writeFileSync(join(code, 'lambda_function.py'), 'def handler(event, context):\n    return "no sdk"\n');
    await new FunctionSdk(join(work, 'unit-cache'), pino({ level: 'silent' })).prepare('python3.12', 'python', code, undefined, python);
  });
});
