/**
 * Provisioned concurrency starts real processes: PutProvisionedConcurrencyConfig answers at once
 * (IN_PROGRESS) and the environments start in the background, a process start a turn, so no call
 * (nor /_nimbus/health) waits behind them; removing a config, an alias or the function retires
 * them in the background too. AWS's limits are checked before anything starts, and what cannot
 * start ends FAILED with a StatusReason.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, test } from 'node:test';
import {
  CreateAliasCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteProvisionedConcurrencyConfigCommand,
  GetProvisionedConcurrencyConfigCommand,
  InvokeCommand,
  LambdaClient,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutProvisionedConcurrencyConfigCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, decode, eventually, lambdaProcesses } from '../lambda/support.js';

/** Node.js runtimes running from this cloud's Lambda folder: one an environment (a sandbox adds its own processes around it). */
function runtimes(): number {
  return lambdaProcesses(lambdaRoot).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] === process.execPath;
    } catch {
      return false;
    }
  }).length;
}

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-provisioned-'));
const lambdaRoot = join(dataDir, 'blobs', 'lambda');
let cloud: Cloud;
let lambda: LambdaClient;

before(async () => {
  cloud = await startTestCloud({ dataDir, lambdaConcurrencyLimit: 200 });
  lambda = new LambdaClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The event loop's active time and the wall time while `work` runs. */
async function loopCost<T>(work: () => Promise<T>): Promise<{ result: T; activeMs: number; wallMs: number }> {
  const started = performance.now();
  const before = performance.eventLoopUtilization();
  const result = await work();
  return { result, activeMs: performance.eventLoopUtilization(before).active, wallMs: performance.now() - started };
}

async function healthAnswersPromptly(): Promise<void> {
  const { result, wallMs, activeMs } = await loopCost(() => fetch(`${cloud.endpoint}/_nimbus/health`));
  assert.equal(result.status, 200);
  assert.ok(wallMs < 500, `health answered in ${Math.round(wallMs)} ms (${Math.round(activeMs)} ms of the event loop)`);
}

const config = (name: string, qualifier: string) => lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: qualifier }));

test('31 provisioned environments: answered at once, started in the background, READY, then retired in the background', async () => {
  await createFunction(lambda, 'many', { 'index.js': 'exports.handler = async () => process.env.AWS_LAMBDA_INITIALIZATION_TYPE;' });
  await lambda.send(new PublishVersionCommand({ FunctionName: 'many' }));
  const put = await loopCost(() => lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'many', Qualifier: '1', ProvisionedConcurrentExecutions: 31 })));
  assert.equal(put.result.Status, 'IN_PROGRESS');
  assert.equal(put.result.RequestedProvisionedConcurrentExecutions, 31);
  assert.ok(put.activeMs < 200, `PutProvisionedConcurrencyConfig held the loop ${Math.round(put.activeMs)} ms`);
  // While they start, other calls and health still answer promptly.
  await healthAnswersPromptly();
  const during = await config('many', '1');
  assert.equal(during.Status, 'IN_PROGRESS');
  await eventually(async () => (await config('many', '1')).Status === 'READY' || undefined, 60_000, 'READY');
  const ready = await config('many', '1');
  assert.equal(ready.AvailableProvisionedConcurrentExecutions, 31);
  assert.equal(ready.AllocatedProvisionedConcurrentExecutions, 31);
  assert.equal(runtimes(), 31);
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'many', Qualifier: '1' }));
  assert.equal(decode(out.Payload), 'provisioned-concurrency');

  const removed = await loopCost(() => lambda.send(new DeleteFunctionCommand({ FunctionName: 'many' })));
  assert.ok(removed.wallMs < 500, `DeleteFunction answered in ${Math.round(removed.wallMs)} ms`);
  await healthAnswersPromptly();
  await eventually(() => runtimes() === 0 || undefined, 15_000, 'every environment ended');
});

test('a config lowered or removed while environments still start: the surplus ends, and nothing starts after', async () => {
  await createFunction(lambda, 'changing', { 'index.js': 'exports.handler = async () => 1;' });
  await lambda.send(new PublishVersionCommand({ FunctionName: 'changing' }));
  await lambda.send(new CreateAliasCommand({ FunctionName: 'changing', Name: 'live', FunctionVersion: '1' }));
  await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'changing', Qualifier: 'live', ProvisionedConcurrentExecutions: 20 }));
  const lowered = await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'changing', Qualifier: 'live', ProvisionedConcurrentExecutions: 2 }));
  assert.equal(lowered.Status, 'IN_PROGRESS');
  await eventually(async () => (await config('changing', 'live')).Status === 'READY' || undefined, 30_000, 'READY at 2');
  await eventually(() => runtimes() === 2 || undefined, 15_000, 'the surplus ended');
  assert.equal((await config('changing', 'live')).AvailableProvisionedConcurrentExecutions, 2);

  await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'changing', Qualifier: 'live', ProvisionedConcurrentExecutions: 15 }));
  const deleted = await loopCost(() => lambda.send(new DeleteAliasCommand({ FunctionName: 'changing', Name: 'live' })));
  assert.ok(deleted.wallMs < 500, `DeleteAlias answered in ${Math.round(deleted.wallMs)} ms`);
  await eventually(() => runtimes() === 0 || undefined, 15_000, 'the alias\'s environments ended');
  await expectAwsError(config('changing', 'live'), { name: 'ProvisionedConcurrencyConfigNotFoundException', status: 404 });

  await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'changing', Qualifier: '1', ProvisionedConcurrentExecutions: 10 }));
  await lambda.send(new DeleteProvisionedConcurrencyConfigCommand({ FunctionName: 'changing', Qualifier: '1' }));
  await expectAwsError(config('changing', '1'), { name: 'ProvisionedConcurrencyConfigNotFoundException', message: 'No Provisioned Concurrency Config found for this function', status: 404 });
  await eventually(() => runtimes() === 0 || undefined, 15_000, 'the config\'s environments ended');
  await healthAnswersPromptly();
  await lambda.send(new DeleteFunctionCommand({ FunctionName: 'changing' }));
});

test("AWS's limits come before any environment starts: the function's reservation, the account's unreserved minimum", async () => {
  await createFunction(lambda, 'limited', { 'index.js': 'exports.handler = async () => 1;' });
  await lambda.send(new PublishVersionCommand({ FunctionName: 'limited' }));
  // lambdaConcurrencyLimit 200: 100 must stay unreserved.
  await expectAwsError(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'limited', Qualifier: '1', ProvisionedConcurrentExecutions: 101 })), {
    name: 'InvalidParameterValueException',
    message: "Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    status: 400,
  });
  await expectAwsError(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'limited', Qualifier: '1', ProvisionedConcurrentExecutions: 2 ** 31 - 1 })), {
    name: 'InvalidParameterValueException',
    status: 400,
  });
  await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'limited', ReservedConcurrentExecutions: 3 }));
  await expectAwsError(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'limited', Qualifier: '1', ProvisionedConcurrentExecutions: 4 })), {
    name: 'InvalidParameterValueException',
    message: 'Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function',
    status: 400,
  });
  await expectAwsError(config('limited', '1'), { name: 'ProvisionedConcurrencyConfigNotFoundException', status: 404 });
  assert.equal(runtimes(), 0, 'nothing started');
  await healthAnswersPromptly();
  await lambda.send(new DeleteFunctionCommand({ FunctionName: 'limited' }));
});

test('a function whose init fails ends FAILED (FUNCTION_ERROR_INIT_FAILURE); more memory than the machine may keep warm ends FAILED at once', async () => {
  await createFunction(lambda, 'broken', { 'index.js': 'throw new Error("no init");' });
  await lambda.send(new PublishVersionCommand({ FunctionName: 'broken' }));
  await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'broken', Qualifier: '1', ProvisionedConcurrentExecutions: 2 }));
  await eventually(async () => (await config('broken', '1')).Status === 'FAILED' || undefined, 30_000, 'FAILED');
  assert.equal((await config('broken', '1')).StatusReason, 'FUNCTION_ERROR_INIT_FAILURE');
  await eventually(() => runtimes() === 0 || undefined, 15_000, 'nothing left running');

  // Each environment is a process that may use its MemorySize: half the machine's memory is the most kept warm.
  const memorySize = 10_240;
  const count = Math.min(99, Math.floor(totalmem() / 1_048_576 / 2 / memorySize) + 1);
  await createFunction(lambda, 'huge', { 'index.js': 'exports.handler = async () => 1;' }, { MemorySize: memorySize });
  await lambda.send(new PublishVersionCommand({ FunctionName: 'huge' }));
  const put = await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'huge', Qualifier: '1', ProvisionedConcurrentExecutions: count }));
  assert.equal(put.Status, 'IN_PROGRESS');
  const failed = await config('huge', '1');
  assert.equal(failed.Status, 'FAILED');
  assert.match(failed.StatusReason ?? '', /^Nimbus runs each execution environment as a process on this machine: provisioned concurrency would claim \d+ MB, more than the \d+ MB it may keep warm \(--lambda-provisioned-memory-mb; by default half this machine's memory\)\.$/);
  assert.equal(failed.AvailableProvisionedConcurrentExecutions, 0);
  assert.equal(runtimes(), 0, 'nothing started');
  await healthAnswersPromptly();
  await lambda.send(new DeleteFunctionCommand({ FunctionName: 'broken' }));
  await lambda.send(new DeleteFunctionCommand({ FunctionName: 'huge' }));
});

test('a config the data directory kept starts its environments again after a restart', async () => {
  await createFunction(lambda, 'lasting', { 'index.js': 'exports.handler = async () => process.env.AWS_LAMBDA_INITIALIZATION_TYPE;' });
  await lambda.send(new PublishVersionCommand({ FunctionName: 'lasting' }));
  await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'lasting', Qualifier: '1', ProvisionedConcurrentExecutions: 2 }));
  await eventually(async () => (await config('lasting', '1')).Status === 'READY' || undefined, 30_000, 'READY');
  lambda.destroy();
  await cloud.close();
  assert.equal(runtimes(), 0, 'closing ends them');

  cloud = await startTestCloud({ dataDir, lambdaConcurrencyLimit: 200 });
  lambda = new LambdaClient(clientConfig(cloud));
  const after = await config('lasting', '1');
  assert.equal(after.RequestedProvisionedConcurrentExecutions, 2);
  await eventually(async () => (await config('lasting', '1')).Status === 'READY' || undefined, 30_000, 'READY again');
  assert.equal(runtimes(), 2);
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'lasting', Qualifier: '1' }));
  assert.equal(decode(out.Payload), 'provisioned-concurrency');
  await lambda.send(new DeleteFunctionCommand({ FunctionName: 'lasting' }));
  await eventually(() => runtimes() === 0 || undefined, 15_000, 'every environment ended');
});
