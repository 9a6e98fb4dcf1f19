/**
 * Lambda zips and layers whose paths would leave their folder: a chain of symbolic links
 * that climbs out one `..` at a time, a link that points outside, layers that only escape
 * once stacked. All refused when the code is uploaded, with AWS's error; nothing is written
 * outside; links that stay inside (node_modules/.bin) keep working.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { zipSync, type Zippable } from 'fflate';
import {
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  PublishLayerVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, ROLE } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';
import { expectAwsError } from '../support/errors.js';

const UNZIP_FAILED = 'Could not unzip uploaded file. Please check your file, then try to upload again.';
const HANDLER = `exports.handler = async () => 'ok';`;

type Entry = { file: string } | { link: string } | { dir: true };

/** A zip whose entries keep their order and Unix types: files, folders and symbolic links (mode 0o120777). */
function zipOf(entries: Array<[string, Entry]>): Uint8Array {
  const files: Zippable = {};
  for (const [name, entry] of entries) {
    const encode = (text: string) => new TextEncoder().encode(text);
    if ('link' in entry) files[name] = [encode(entry.link), { os: 3, attrs: (0o120777 << 16) >>> 0, level: 0 }];
    else if ('dir' in entry) files[name.endsWith('/') ? name : `${name}/`] = [new Uint8Array(), { os: 3, attrs: (0o040755 << 16) >>> 0 }];
    else files[name] = [encode(entry.file), { os: 3, attrs: (0o100644 << 16) >>> 0 }];
  }
  return zipSync(files);
}

/** `l1 → .`, `l2 → l1/..`, … each link one level above the last, then a file written through the last. */
function climbingChain(levels: number, file: string): Array<[string, Entry]> {
  const entries: Array<[string, Entry]> = [['index.js', { file: HANDLER }], ['l1', { link: '.' }]];
  for (let i = 2; i <= levels; i++) entries.push([`l${i}`, { link: `l${i - 1}/..` }]);
  entries.push([`l${levels}/${file}`, { file: 'escaped' }]);
  return entries;
}

let cloud: Cloud;
let lambda: LambdaClient;
let dataDir: string;
const marker = `nimbus-escape-${randomBytes(6).toString('hex')}`;
// Enough `..` to reach / from anywhere, then /tmp/<marker>.
const outside = join('/tmp', marker);

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nimbus-zip-sec-'));
  cloud = await startTestCloud({ dataDir });
  lambda = new LambdaClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

async function refusedUnzip(send: () => Promise<unknown>): Promise<void> {
  await expectAwsError(send(), { name: 'InvalidParameterValueException', message: UNZIP_FAILED, status: 400 });
}

test('CreateFunction refuses a chain of links that climbs out of the code folder; nothing is written outside', async () => {
  const chain = zipOf(climbingChain(40, `tmp/${marker}`));
  await refusedUnzip(() =>
    lambda.send(new CreateFunctionCommand({ FunctionName: 'chain', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: chain } })),
  );
  assert.equal(existsSync(outside), false);
  // The shorter chain of the report (l1 … l9, then l9/tmp/x) too.
  await refusedUnzip(() =>
    lambda.send(new CreateFunctionCommand({ FunctionName: 'chain9', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zipOf(climbingChain(9, 'tmp/x')) } })),
  );
  assert.equal(existsSync(outside), false);
});

test('UpdateFunctionCode refuses the chain, and the function keeps its old code', async () => {
  await createFunction(lambda, 'victim', { 'index.js': HANDLER });
  await refusedUnzip(() => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'victim', ZipFile: zipOf(climbingChain(40, `tmp/${marker}`)) })));
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'victim' }));
  assert.equal(out.FunctionError, undefined);
  assert.equal(decode(out.Payload), 'ok');
  assert.equal(existsSync(outside), false);
});

test('links that point outside are refused at upload: relative, absolute, and through another link', async () => {
  const cases: Array<Array<[string, Entry]>> = [
    [['index.js', { file: HANDLER }], ['up', { link: '..' }]],
    [['index.js', { file: HANDLER }], ['etc', { link: '/etc' }]],
    [['index.js', { file: HANDLER }], ['a/b', { link: '../../x' }]],
    [['index.js', { file: HANDLER }], ['here', { link: '.' }], ['there', { link: 'here/../..' }]],
    // A file entry whose own name climbs through a link.
    [['index.js', { file: HANDLER }], ['sub', { dir: true }], ['s', { link: 'sub' }], [`s/../../${marker}`, { file: 'x' }]],
  ];
  for (const [i, entries] of cases.entries()) {
    await refusedUnzip(() =>
      lambda.send(new CreateFunctionCommand({ FunctionName: `outside-${i}`, Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zipOf(entries) } })),
    );
  }
  assert.equal(existsSync(outside), false);
});

test('PublishLayerVersion refuses the chain; layers that escape only when stacked are refused at CreateFunction', async () => {
  await refusedUnzip(() => lambda.send(new PublishLayerVersionCommand({ LayerName: 'chain', Content: { ZipFile: zipOf(climbingChain(40, `tmp/${marker}`)) } })));
  // Each alone stays inside: `z → .` in one; `x → z/..` (z not there yet: x is the root) in the other.
  const first = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'stack-a', Content: { ZipFile: zipOf([['z', { link: '.' }]]) } }));
  const second = await lambda.send(
    new PublishLayerVersionCommand({ LayerName: 'stack-b', Content: { ZipFile: zipOf([['x', { link: 'z/..' }], [`x/tmp/${marker}`, { file: 'escaped' }]]) } }),
  );
  const layers = [first.LayerVersionArn!, second.LayerVersionArn!];
  await refusedUnzip(() =>
    lambda.send(new CreateFunctionCommand({ FunctionName: 'stacked', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zipOf([['index.js', { file: HANDLER }]]) }, Layers: layers })),
  );
  await createFunction(lambda, 'stacked-later', { 'index.js': HANDLER });
  await refusedUnzip(() => lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'stacked-later', Layers: layers })));
  // Either layer alone is fine.
  await createFunction(lambda, 'one-layer', { 'index.js': HANDLER }, { Layers: [second.LayerVersionArn!] });
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'one-layer' }));
  assert.equal(decode(out.Payload), 'ok');
  assert.equal(existsSync(outside), false);
});

test('links that stay inside keep working (node_modules/.bin, a folder link written through)', async () => {
  const handler = `const fs = require('fs');
// /opt here is the folder the layers were unpacked into (NODE_PATH's first entry lies under it).
const opt = process.env.NODE_PATH.split(':')[0].split('/nodejs/')[0];
exports.handler = async () => ({
  bin: fs.readFileSync('node_modules/.bin/tool', 'utf8'),
  through: fs.readFileSync('lib/extra.txt', 'utf8'),
  optTool: fs.readFileSync(opt + '/bin/tool', 'utf8'),
});`;
  const layer = await lambda.send(
    new PublishLayerVersionCommand({
      LayerName: 'inside-links',
      Content: { ZipFile: zipOf([['tools/tool.sh', { file: 'layer tool' }], ['bin/tool', { link: '../tools/tool.sh' }]]) },
    }),
  );
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'inside-links',
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: ROLE,
      Layers: [layer.LayerVersionArn!],
      Code: {
        ZipFile: zipOf([
          ['index.js', { file: handler }],
          ['node_modules/tool/cli.js', { file: 'the tool' }],
          ['node_modules/.bin/tool', { link: '../tool/cli.js' }],
          ['lib', { dir: true }],
          ['shared', { link: 'lib' }],
          ['shared/extra.txt', { file: 'written through a link' }],
        ]),
      },
    }),
  );
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'inside-links' }));
  assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
  assert.deepEqual(decode(out.Payload), { bin: 'the tool', through: 'written through a link', optTool: 'layer tool' });
});

test('the server still answers promptly, and nothing was left outside the data directory', async () => {
  const started = performance.now();
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'victim' }));
  assert.equal(decode(out.Payload), 'ok');
  assert.ok(performance.now() - started < 2000);
  assert.equal(existsSync(outside), false);
  // No half-unpacked staging folders stay behind from the refused zips.
  const lambdaRoot = findDir(dataDir, 'tasks');
  assert.ok(lambdaRoot);
  for (const name of readdirSync(lambdaRoot)) assert.doesNotMatch(name, /^[0-9a-f]{64}\./);
});

function findDir(root: string, name: string): string | undefined {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(root, entry.name);
    if (entry.name === name) return path;
    const found = findDir(path, name);
    if (found) return found;
  }
  return undefined;
}
