/**
 * Nothing a function starts outlives its execution environment: children it spawns detached,
 * and grandchildren that called setsid and were reparented when their parent exited, all end
 * when the environment does (idle reap, timeout, function update) and when Nimbus closes.
 * The function's /tmp (a tmpfs of its namespace, or a folder of Nimbus's scratch space) goes with it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { InvokeCommand, LambdaClient, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, eventually } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';
import { killEnvironmentProcesses } from '../../src/services/lambda/runtime/process-sweep.js';

/** Starts a detached child and a setsid'd grandchild whose parent exits at once; reports their pids and its /tmp. */
const SPAWNER = `
const { spawn, execFileSync } = require('child_process');
const os = require('os');
exports.handler = async (event) => {
  const child = spawn('sleep', ['3141'], { detached: true, stdio: 'ignore' });
  child.unref();
  const orphan = Number(execFileSync('sh', ['-c', 'setsid sleep 3142 > /dev/null 2>&1 < /dev/null & echo $!']).toString().trim());
  if (event && event.hang) await new Promise(() => setInterval(() => {}, 1000));
  const marker = 'marker-' + Math.random().toString(36).slice(2);
  require('fs').writeFileSync(require('path').join(os.tmpdir(), marker), 'x');
  return { child: child.pid, orphan, marker };
};`;

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function sessionOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
}

async function allDead(pids: number[], what: string): Promise<void> {
  await eventually(() => pids.every((pid) => !alive(pid)), 3000, what);
}

let cloud: Cloud;
let lambda: LambdaClient;

before(async () => {
  cloud = await startTestCloud();
  lambda = new LambdaClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
});

/**
 * Invokes a SPAWNER function and finds its two processes as this machine numbers them (the pids
 * the function reports are its own namespace's, where Nimbus gives it one).
 */
async function spawnIn(client: LambdaClient, name: string): Promise<{ child: number; orphan: number; tmp: string }> {
  const before = new Set(sleepers());
  const out = await client.send(new InvokeCommand({ FunctionName: name }));
  assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
  const reported = decode(out.Payload);
  const child = await eventually(() => sleepers('3141').find((pid) => !before.has(pid)), 3000, 'the detached child');
  const orphan = await eventually(() => sleepers('3142').find((pid) => !before.has(pid)), 3000, 'the setsid grandchild');
  // Both lead sessions of their own, out of the runtime's process group: a group kill would miss them.
  assert.equal(sessionOf(orphan), orphan);
  assert.equal(sessionOf(child), child);
  // Where the function's /tmp lives on this machine: in a mount namespace, a tmpfs of the namespace's own (seen
  // through its processes' root); without one, the folder under Nimbus's scratch space holding its marker.
  const inNamespace = `/proc/${child}/root/tmp`;
  const tmp = existsSync(join(inNamespace, reported.marker)) ? inNamespace : scratchTmpDirs().find((dir) => existsSync(join(dir, reported.marker)));
  assert.ok(tmp, 'the function’s /tmp is its environment’s own');
  return { child, orphan, tmp };
}

test('detached children and setsid grandchildren end when an idle environment is reaped', async () => {
  await createFunction(lambda, 'reaped', { 'index.js': SPAWNER });
  const pids = await spawnIn(lambda, 'reaped');
  assert.match(pids.tmp, new RegExp(`^/proc/${pids.child}/root/tmp$|/nimbus-${process.pid}-[A-Za-z0-9]{6}/lambda-tmp-[A-Za-z0-9]{6}$`));
  await advanceClock(cloud, '6m');
  await allDead([pids.child, pids.orphan], 'the reaped environment’s processes to end');
  await eventually(() => !existsSync(pids.tmp), 3000, 'the environment’s /tmp to go');
});

test('they end when the environment is replaced (configuration update) and when an invocation times out', async () => {
  await createFunction(lambda, 'updated', { 'index.js': SPAWNER });
  const before = await spawnIn(lambda, 'updated');
  await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'updated', Description: 'new generation' }));
  await allDead([before.child, before.orphan], 'the retired environment’s processes to end');

  await createFunction(lambda, 'hangs', { 'index.js': SPAWNER }, { Timeout: 1 });
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'hangs', Payload: new TextEncoder().encode('{"hang":true}') }));
  assert.equal(out.FunctionError, 'Unhandled');
  assert.equal(decode(out.Payload).errorType, 'Sandbox.Timedout');
  // The timed-out invocation never answered: find its processes by the sleep commands it started.
  await eventually(() => sleepers().length === 0, 3000, `the timed-out environment's processes to end (left: ${sleepers().join(', ')})`);
});

test('they end when Nimbus closes, and the server answered normal requests promptly until then', async () => {
  const own = await startTestCloud();
  const client = new LambdaClient(clientConfig(own));
  try {
    await createFunction(client, 'closing', { 'index.js': SPAWNER });
    const pids = await spawnIn(client, 'closing');
    const started = performance.now();
    const second = await spawnIn(client, 'closing');
    assert.ok(performance.now() - started < 2000);
    client.destroy();
    await own.close();
    await allDead([pids.child, pids.orphan, second.child, second.orphan], 'every process to end at close');
    assert.equal(existsSync(pids.tmp), false);
  } finally {
    client.destroy();
    await own.close();
  }
});

/** The `sleep 3141`/`sleep 3142` processes this test's functions start, still running. */
function sleepers(which?: '3141' | '3142'): number[] {
  const pids: number[] = [];
  for (const pid of readdirPids()) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const match = which ? cmdline === `sleep\u0000${which}\u0000` : cmdline === 'sleep\u00003141\u0000' || cmdline === 'sleep\u00003142\u0000';
      if (match && alive(pid)) pids.push(pid);
    } catch {
      // gone
    }
  }
  return pids;
}

/** The lambda-tmp folders of this process's scratch space (`<tmpdir>/nimbus-<pid>-*`). */
function scratchTmpDirs(): string[] {
  const dirs: string[] = [];
  for (const root of readdirSync(tmpdir()).filter((name) => name.startsWith(`nimbus-${process.pid}-`))) {
    try {
      for (const name of readdirSync(join(tmpdir(), root))) if (name.startsWith('lambda-tmp-')) dirs.push(join(tmpdir(), root, name));
    } catch {
      // removed meanwhile
    }
  }
  return dirs;
}

function readdirPids(): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
}

test('without namespaces (no unshare), the sweep still finds setsid’d orphans by the environment’s variable', async () => {
  // What Environment.kill does where no sandbox is available: the runtime's group, its descendants, and every process carrying its marker.
  const marker = `AWS_LAMBDA_RUNTIME_API=127.0.0.1:1/${Math.random().toString(16).slice(2)}`;
  const [name, value] = [marker.slice(0, marker.indexOf('=')), marker.slice(marker.indexOf('=') + 1)];
  const runtime = spawn('sh', ['-c', 'setsid sleep 3143 > /dev/null 2>&1 < /dev/null & sleep 3144'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', [name]: value }, detached: true, stdio: 'ignore' });
  const [orphan, child] = await eventually(() => {
    const found = [sleepersNamed('3143')[0], sleepersNamed('3144')[0]];
    return found.every(Boolean) ? found : undefined;
  }, 3000, 'the processes to start');
  assert.equal(sessionOf(orphan), orphan, 'the orphan left the runtime’s session');
  killEnvironmentProcesses(runtime.pid, runtime.pid, marker);
  await allDead([orphan, child, runtime.pid!], 'the swept processes to end');
});

function sleepersNamed(seconds: string): number[] {
  return readdirPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8') === `sleep\u0000${seconds}\u0000` && alive(pid);
    } catch {
      return false;
    }
  });
}
