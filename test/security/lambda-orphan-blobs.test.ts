/**
 * Lambda's code lives in files under the data directory (zips by SHA-256, task roots and /opt
 * folders unzipped from them). What no version or layer refers to any more, and what a crash
 * left half-written, is removed when Lambda starts on that directory; what is referenced stays,
 * and functions still run from it.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, test } from 'node:test';
import { GetFunctionCommand, InvokeCommand, LambdaClient, ListFunctionsCommand, PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, zip } from '../lambda/support.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-lambda-orphans-'));
const root = join(dataDir, 'blobs', 'lambda');
after(() => rmSync(dataDir, { recursive: true, force: true }));

const hexOf = (sha256: string) => Buffer.from(sha256, 'base64').toString('hex');
const list = (folder: string) => readdirSync(join(root, folder)).sort();

async function withCloud<T>(work: (lambda: LambdaClient, cloud: Cloud) => Promise<T>): Promise<T> {
  const cloud = await startTestCloud({ dataDir });
  const lambda = new LambdaClient(clientConfig(cloud));
  try {
    return await work(lambda, cloud);
  } finally {
    lambda.destroy();
    await cloud.close();
  }
}

test('orphan zips, task roots, /opt folders and partial writes are removed at start; referenced code stays and runs', async () => {
  const { plainHex, layeredHex, layerHex } = await withCloud(async (lambda) => {
    const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: zip({ 'nodejs/node_modules/greeting/index.js': 'module.exports = "from the layer";' }) } }));
    await createFunction(lambda, 'plain', { 'index.js': 'exports.handler = async () => "plain";' });
    await createFunction(lambda, 'layered', { 'index.js': 'exports.handler = async () => require("greeting");' }, { Layers: [layer.LayerVersionArn!] });
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'plain' }))).Payload), 'plain');
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'layered' }))).Payload), 'from the layer');
    const plain = await lambda.send(new GetFunctionCommand({ FunctionName: 'plain' }));
    const layered = await lambda.send(new GetFunctionCommand({ FunctionName: 'layered' }));
    return { plainHex: hexOf(plain.Configuration!.CodeSha256!), layeredHex: hexOf(layered.Configuration!.CodeSha256!), layerHex: hexOf(layer.Content!.CodeSha256!) };
  });
  const usedOpt = list('opt');
  assert.equal(usedOpt.length, 1, 'one /opt folder: the layered function\'s');
  assert.deepEqual(list('zips'), [plainHex, layeredHex, layerHex].map((hex) => `${hex}.zip`).sort());

  // What a crash (or an older Nimbus) could leave behind.
  const orphanHex = randomBytes(32).toString('hex');
  writeFileSync(join(root, 'zips', `${orphanHex}.zip`), 'an orphan zip');
  writeFileSync(join(root, 'zips', `${plainHex}.zip.${randomUUID()}.part`), 'a partial write');
  writeFileSync(join(root, 'zips', 'stray.txt'), 'not ours');
  mkdirSync(join(root, 'tasks', orphanHex));
  writeFileSync(join(root, 'tasks', orphanHex, '.nimbus-complete'), '');
  mkdirSync(join(root, 'tasks', `${plainHex}.${randomUUID()}`));
  mkdirSync(join(root, 'tasks', layeredHex.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))));
  writeFileSync(join(root, 'tasks', 'stray'), 'x');
  const orphanOpt = randomBytes(16).toString('hex');
  mkdirSync(join(root, 'opt', orphanOpt));
  writeFileSync(join(root, 'opt', orphanOpt, '.nimbus-complete'), '');
  mkdirSync(join(root, 'opt', `${usedOpt[0]}.${randomUUID()}`));
  writeFileSync(join(root, 'layers', 'stray'), 'x');
  writeFileSync(join(root, 'junk'), 'x');

  await withCloud(async (lambda) => {
    // Lambda starts on its first request.
    const started = performance.now();
    const functions = await lambda.send(new ListFunctionsCommand({}));
    assert.ok(performance.now() - started < 2000, 'the first request answered promptly');
    assert.deepEqual(functions.Functions!.map((f) => f.FunctionName).sort(), ['layered', 'plain']);

    assert.deepEqual(list('zips'), [plainHex, layeredHex, layerHex].map((hex) => `${hex}.zip`).sort());
    const tasks = list('tasks');
    assert.ok(tasks.every((name) => name === 'node_modules' || name === plainHex || name === layeredHex), `tasks left: ${tasks.join(', ')}`);
    assert.ok(tasks.includes(plainHex) && tasks.includes(layeredHex), 'the referenced task roots stay');
    assert.deepEqual(list('opt'), usedOpt);
    assert.deepEqual(list('layers'), []);
    assert.equal(existsSync(join(root, 'junk')), false);
    assert.ok(existsSync(join(root, 'runtime', 'index.mjs')), 'the runtime files stay');

    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'plain' }))).Payload), 'plain');
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'layered' }))).Payload), 'from the layer');
  });
});
