import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Started {
  child: ChildProcess;
  endpoint: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `nimbus start` as a user runs it (from the sources, so no build is needed), with its own temporary folder. */
async function startNimbus(tmp: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'start', '--port', '0', '--log-level', 'warn'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', TMPDIR: tmp, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`nimbus did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /serving AWS on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('exit', () => reject(new Error(`nimbus exited: ${out}`)));
  });
  return { child, endpoint, exited };
}

function scratchFolders(tmp: string): string[] {
  return readdirSync(tmp).filter((name) => /^nimbus-\d+-/.test(name));
}

async function putObject(endpoint: string): Promise<void> {
  const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  await s3.send(new CreateBucketCommand({ Bucket: 'scratch' }));
  await s3.send(new PutObjectCommand({ Bucket: 'scratch', Key: 'blob', Body: 'x'.repeat(1000) }));
  s3.destroy();
}

describe('the nimbus process', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nimbus-lifecycle-test-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('SIGTERM stops it promptly, even in the middle of a five-year clock advance, and leaves no temporary folder', async () => {
    const nimbus = await startNimbus(tmp);
    await putObject(nimbus.endpoint);
    const [folder] = scratchFolders(tmp);
    assert.ok(folder && folder.startsWith(`nimbus-${nimbus.child.pid}-`), `scratch folder: ${scratchFolders(tmp).join(', ')}`);
    // A long advance keeps the process busy firing timers; SIGTERM must still end it.
    void fetch(`${nimbus.endpoint}/_nimbus/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advance: `${5 * 365}d` }) }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = performance.now();
    nimbus.child.kill('SIGTERM');
    const { code } = await nimbus.exited;
    assert.equal(code, 0);
    assert.ok(performance.now() - stopped < 10_000, `stopped in ${Math.round(performance.now() - stopped)} ms`);
    assert.equal(existsSync(join(tmp, folder!)), false, 'the scratch folder is removed at shutdown');
  });

  test('a crash leaves its temporary folder, and the next start sweeps it', async () => {
    const crashed = await startNimbus(tmp);
    await putObject(crashed.endpoint);
    const [left] = scratchFolders(tmp);
    assert.ok(left);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    assert.ok(existsSync(join(tmp, left!)), 'SIGKILL leaves the folder behind');

    const next = await startNimbus(tmp);
    assert.equal(existsSync(join(tmp, left!)), false, 'swept at the next start');
    assert.deepEqual(scratchFolders(tmp).map((name) => name.split('-')[1]), [String(next.child.pid)]);
    next.child.kill('SIGTERM');
    assert.equal((await next.exited).code, 0);
  });
});
