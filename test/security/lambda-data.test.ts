/**
 * A function must not read Nimbus's data or other functions' code, nor write to the data
 * directory. Where Nimbus can give a function a mount namespace (it runs as root and
 * unshare works), the data directory is covered in the function's view and only its own
 * code, its layers and the runtime files show through, read-only.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { InvokeCommand, LambdaClient, PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode, zip } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';
import { processSandbox } from '../../src/services/lambda/runtime/sandbox.js';

/** Tries what an attacker's function would: read the store, other code, S3's objects; write into the data directory. */
const PROBE = `
const fs = require('fs');
const path = require('path');
function attempt(fn) { try { return { ok: true, value: fn() }; } catch (error) { return { ok: false, code: error.code }; } }
function find(dir, name, depth = 0) {
  let entries; try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return undefined; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.name === name) return p;
    if (e.isDirectory() && depth < 6) { const found = find(p, name, depth + 1); if (found) return found; }
  }
  return undefined;
}
exports.handler = async (event) => ({
  store: attempt(() => fs.readFileSync(path.join(event.dataDir, 'nimbus.sqlite')).length),
  dataDirListing: attempt(() => fs.readdirSync(event.dataDir)),
  otherCode: attempt(() => fs.readFileSync(path.join(event.otherTaskRoot, 'index.js'), 'utf8')),
  s3Object: find(event.dataDir, event.objectMarker) !== undefined,
  write: attempt(() => fs.writeFileSync(path.join(event.dataDir, 'planted'), 'x')),
  writeOwnCode: attempt(() => fs.writeFileSync(path.join(process.env.LAMBDA_TASK_ROOT, 'planted'), 'x')),
  ownCode: attempt(() => fs.readFileSync(path.join(process.env.LAMBDA_TASK_ROOT, 'index.js'), 'utf8').length > 0),
  layer: attempt(() => fs.readFileSync(path.join(process.env.NODE_PATH.split(':')[0].split('/nodejs/')[0], 'layer.txt'), 'utf8')),
  tmp: attempt(() => { fs.writeFileSync(path.join(require('os').tmpdir(), 'scratch'), 'ok'); return fs.readFileSync(path.join(require('os').tmpdir(), 'scratch'), 'utf8'); }),
});`;

let cloud: Cloud;
let lambda: LambdaClient;
let s3: S3Client;
let dataDir: string;

before(async () => {
  // Outside /tmp, which a sandboxed function sees as its own /tmp anyway.
  dataDir = mkdtempSync(join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'nimbus-data-sec-'));
  cloud = await startTestCloud({ dataDir });
  lambda = new LambdaClient(clientConfig(cloud));
  s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
});

after(async () => {
  lambda.destroy();
  s3.destroy();
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a function cannot read the store, other functions’ code or S3 objects, nor write to the data directory', async () => {
  const sandbox = processSandbox();
  await s3.send(new CreateBucketCommand({ Bucket: 'private' }));
  await s3.send(new PutObjectCommand({ Bucket: 'private', Key: 'k', Body: 'secret object' }));
  await createFunction(lambda, 'other', { 'index.js': `exports.handler = async () => process.env.LAMBDA_TASK_ROOT; // the other function's secret code` });
  const otherTaskRoot = decode((await lambda.send(new InvokeCommand({ FunctionName: 'other' }))).Payload) as string;
  const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: zip({ 'layer.txt': 'from the layer' }) } }));
  await createFunction(lambda, 'probe', { 'index.js': PROBE }, { Layers: [layer.LayerVersionArn!] });
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'probe', Payload: encode({ dataDir, otherTaskRoot, objectMarker: 'k' }) }));
  assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
  const seen = decode(out.Payload);
  // What a function needs works everywhere.
  assert.deepEqual(seen.ownCode, { ok: true, value: true });
  assert.deepEqual(seen.layer, { ok: true, value: 'from the layer' });
  assert.deepEqual(seen.tmp, { ok: true, value: 'ok' });
  if (!sandbox?.canMount) {
    // Same user, no mount namespace: the data directory's own permissions are all there is (reported, not hidden).
    console.log('# no mount namespace here: a function runs with Nimbus’s file access');
    return;
  }
  assert.deepEqual(seen.store, { ok: false, code: 'ENOENT' });
  assert.equal(seen.dataDirListing.ok, true);
  assert.deepEqual(seen.dataDirListing.value, ['blobs']);
  assert.deepEqual(seen.otherCode, { ok: false, code: 'ENOENT' });
  assert.equal(seen.s3Object, false);
  assert.deepEqual(seen.write, { ok: false, code: 'EROFS' });
  assert.equal(seen.writeOwnCode.ok, false);
  assert.equal(existsSync(join(dataDir, 'planted')), false);
  // The server and its store are untouched, and answer promptly.
  const started = performance.now();
  assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'other' }))).Payload), otherTaskRoot);
  assert.ok(performance.now() - started < 2000);
});

test('in memory mode too, other functions’ code (under the scratch space) is out of sight', async () => {
  const memory = await startTestCloud();
  const client = new LambdaClient(clientConfig(memory));
  try {
    await createFunction(client, 'other', { 'index.js': `exports.handler = async () => process.env.LAMBDA_TASK_ROOT;` });
    const otherTaskRoot = decode((await client.send(new InvokeCommand({ FunctionName: 'other' }))).Payload) as string;
    await createFunction(client, 'reader', {
      'index.js': `const fs = require('fs');
        exports.handler = async (event) => { try { return fs.readFileSync(event.path, 'utf8'); } catch (error) { return error.code; } };`,
    });
    const seen = decode((await client.send(new InvokeCommand({ FunctionName: 'reader', Payload: encode({ path: join(otherTaskRoot, 'index.js') }) }))).Payload);
    if (processSandbox()?.canMount) assert.equal(seen, 'ENOENT');
    else assert.match(String(seen), /LAMBDA_TASK_ROOT/);
  } finally {
    client.destroy();
    await memory.close();
  }
});
