import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateAliasCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  GetAliasCommand,
  GetFunctionConcurrencyCommand,
  GetProvisionedConcurrencyConfigCommand,
  InvokeCommand,
  LambdaClient,
  ListAliasesCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutProvisionedConcurrencyConfigCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode, eventually, logOf, zip } from './support.js';
import { expectAwsError } from '../support/errors.js';


/** Versions, aliases with weighted routing, and concurrency (reserved, provisioned, the account limit). */
describe('Lambda versions, aliases and concurrency', () => {
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

  const invoke = (name: string, qualifier?: string, payload: unknown = {}) =>
    lambda.send(new InvokeCommand({ FunctionName: name, Qualifier: qualifier, Payload: encode(payload) }));

  test('PublishVersion publishes only on change; versions are immutable and numbered', async () => {
    await createFunction(lambda, 'versioned', { 'index.js': 'exports.handler = async () => "one";' });
    const v1 = await lambda.send(new PublishVersionCommand({ FunctionName: 'versioned', Description: 'first' }));
    assert.equal(v1.Version, '1');
    assert.equal(v1.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:versioned:1');
    assert.equal(v1.Description, 'first');
    const again = await lambda.send(new PublishVersionCommand({ FunctionName: 'versioned' }));
    assert.equal(again.Version, '1', 'nothing changed: the same version');
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'versioned', ZipFile: zip({ 'index.js': 'exports.handler = async () => "two";' }) }));
    await expectAwsError(lambda.send(new PublishVersionCommand({ FunctionName: 'versioned', CodeSha256: v1.CodeSha256 })), { name: 'InvalidParameterValueException' });
    const v2 = await lambda.send(new PublishVersionCommand({ FunctionName: 'versioned' }));
    assert.equal(v2.Version, '2');
    assert.equal(decode((await invoke('versioned', '1')).Payload), 'one');
    const two = await invoke('versioned', '2');
    assert.equal(decode(two.Payload), 'two');
    assert.equal(two.ExecutedVersion, '2');
    const listed = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'versioned' }));
    assert.deepEqual(listed.Versions?.map((v) => v.Version), ['$LATEST', '1', '2']);
    await expectAwsError(invoke('versioned', '7'), { name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:versioned:7' });
    // A version named in the ARN works as a qualifier too.
    assert.equal(decode((await invoke('arn:aws:lambda:us-east-1:000000000000:function:versioned:1')).Payload), 'one');
    // Deleting a version an alias uses is refused.
    await lambda.send(new CreateAliasCommand({ FunctionName: 'versioned', Name: 'pinned', FunctionVersion: '1' }));
    await expectAwsError(lambda.send(new DeleteFunctionCommand({ FunctionName: 'versioned', Qualifier: '1' })), { name: 'ResourceConflictException', message: 'Unable to delete version because the following aliases reference it: [pinned]' });
  });

  test('aliases: create, get, update, list, delete; never to another alias', async () => {
    await createFunction(lambda, 'aliased', { 'index.js': 'exports.handler = async (e, c) => c.functionVersion;' });
    await lambda.send(new PublishVersionCommand({ FunctionName: 'aliased' }));
    const alias = await lambda.send(new CreateAliasCommand({ FunctionName: 'aliased', Name: 'live', FunctionVersion: '1', Description: 'production' }));
    assert.equal(alias.AliasArn, 'arn:aws:lambda:us-east-1:000000000000:function:aliased:live');
    const out = await invoke('aliased', 'live');
    assert.equal(decode(out.Payload), '1');
    assert.equal(out.ExecutedVersion, '1');
    await expectAwsError(lambda.send(new CreateAliasCommand({ FunctionName: 'aliased', Name: 'other', FunctionVersion: 'live' })), { name: 'ValidationException' });
    await expectAwsError(lambda.send(new CreateAliasCommand({ FunctionName: 'aliased', Name: 'live', FunctionVersion: '1' })), { name: 'ResourceConflictException', message: 'Alias already exists: arn:aws:lambda:us-east-1:000000000000:function:aliased:live' });
    await lambda.send(new UpdateAliasCommand({ FunctionName: 'aliased', Name: 'live', FunctionVersion: '$LATEST' }));
    assert.equal((await lambda.send(new GetAliasCommand({ FunctionName: 'aliased', Name: 'live' }))).FunctionVersion, '$LATEST');
    assert.deepEqual((await lambda.send(new ListAliasesCommand({ FunctionName: 'aliased' }))).Aliases?.map((a) => a.Name), ['live']);
    await lambda.send(new DeleteAliasCommand({ FunctionName: 'aliased', Name: 'live' }));
    await expectAwsError(lambda.send(new GetAliasCommand({ FunctionName: 'aliased', Name: 'live' })), { name: 'ResourceNotFoundException', message: 'Alias not found: arn:aws:lambda:us-east-1:000000000000:function:aliased:live' });
  });

  test('weighted aliases route each invocation by weight and report X-Amz-Executed-Version', async () => {
    await createFunction(lambda, 'canary', { 'index.js': 'exports.handler = async () => "v1";' });
    await lambda.send(new PublishVersionCommand({ FunctionName: 'canary' }));
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'canary', ZipFile: zip({ 'index.js': 'exports.handler = async () => "v2";' }) }));
    await lambda.send(new PublishVersionCommand({ FunctionName: 'canary' }));
    const weighted = await lambda.send(new CreateAliasCommand({ FunctionName: 'canary', Name: 'prod', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } }));
    assert.deepEqual(weighted.RoutingConfig, { AdditionalVersionWeights: { '2': 0.3 } });
    const counts: Record<string, number> = { '1': 0, '2': 0 };
    const total = 300;
    for (let i = 0; i < total; i++) {
      const out = await invoke('canary', 'prod');
      counts[out.ExecutedVersion!]++;
      assert.equal(decode(out.Payload), `v${out.ExecutedVersion}`);
    }
    // 30% of 300 is 90; the binomial standard deviation is ~8: allow four of them.
    assert.ok(Math.abs(counts['2'] - 90) <= 32, `version 2 ran ${counts['2']} times of ${total}`);
    assert.equal(counts['1'] + counts['2'], total);
    await expectAwsError(lambda.send(new CreateAliasCommand({ FunctionName: 'canary', Name: 'bad', FunctionVersion: '$LATEST', RoutingConfig: { AdditionalVersionWeights: { '2': 0.5 } } })), { name: 'InvalidParameterValueException', message: '$LATEST is not supported for an alias pointing to more than 1 version' });
  });

  test('reserved concurrency: 0 throttles everything, N caps concurrent invocations with 429', async () => {
    await createFunction(lambda, 'capped', { 'index.js': 'exports.handler = async (e) => { await new Promise((r) => setTimeout(r, e.wait ?? 0)); return "done"; };' });
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'capped', ReservedConcurrentExecutions: 0 }));
    const throttled = await expectAwsError(invoke('capped'), { name: 'TooManyRequestsException', message: 'Rate Exceeded.' });
    assert.equal(throttled.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
    assert.equal(throttled.$metadata.httpStatusCode, 429);

    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'capped', ReservedConcurrentExecutions: 1 }));
    assert.equal((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'capped' }))).ReservedConcurrentExecutions, 1);
    const results = await Promise.allSettled([invoke('capped', undefined, { wait: 1500 }), new Promise((r) => setTimeout(r, 400)).then(() => invoke('capped'))]);
    assert.equal(results[0].status, 'fulfilled');
    assert.equal(results[1].status, 'rejected');
    assert.equal((results[1] as PromiseRejectedResult).reason.name, 'TooManyRequestsException');
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'capped' }));
    assert.equal(decode((await invoke('capped')).Payload), 'done');

    await expectAwsError(lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'capped', ReservedConcurrentExecutions: 901 })), { name: 'InvalidParameterValueException', message: "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100]." });
  });

  test('throttled Event invocations go back to the queue and run once there is room', async () => {
    await createFunction(lambda, 'later', { 'index.js': 'let n = 0; exports.handler = async () => ++n;' });
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'later', ReservedConcurrentExecutions: 0 }));
    await lambda.send(new InvokeCommand({ FunctionName: 'later', InvocationType: 'Event', Payload: encode({}) }));
    await new Promise((r) => setTimeout(r, 100));
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'later' }));
    // The retry comes after a backoff on the clock (1 s at first).
    await advanceClock(cloud, '2s');
    // The throttled event ran: the next synchronous call is the environment's second.
    await eventually(async () => decode((await invoke('later')).Payload) === 2 || undefined, 5000, 'the retried event');
  });

  test('provisioned concurrency pre-starts environments: no cold start', async () => {
    await createFunction(lambda, 'warm', { 'index.js': 'exports.handler = async () => process.env.AWS_LAMBDA_INITIALIZATION_TYPE;' });
    await lambda.send(new PublishVersionCommand({ FunctionName: 'warm' }));
    await lambda.send(new CreateAliasCommand({ FunctionName: 'warm', Name: 'live', FunctionVersion: '1' }));
    await expectAwsError(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'warm', Qualifier: '$LATEST', ProvisionedConcurrentExecutions: 1 })), { name: 'InvalidParameterValueException' });
    const put = await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'warm', Qualifier: 'live', ProvisionedConcurrentExecutions: 2 }));
    assert.equal(put.Status, 'IN_PROGRESS');
    assert.equal(put.RequestedProvisionedConcurrentExecutions, 2);
    await eventually(async () => (await lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: 'warm', Qualifier: 'live' }))).Status === 'READY', 5000, 'READY');
    const ready = await lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: 'warm', Qualifier: 'live' }));
    assert.equal(ready.AvailableProvisionedConcurrentExecutions, 2);
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'warm', Qualifier: 'live', LogType: 'Tail' }));
    assert.equal(decode(out.Payload), 'provisioned-concurrency');
    assert.doesNotMatch(logOf(out), /Init Duration/);
  });
});

describe('Lambda account concurrency limit', () => {
  test('startCloud({ lambdaConcurrencyLimit }) caps concurrent executions across functions', async () => {
    const cloud = await startTestCloud({ lambdaConcurrencyLimit: 2 });
    const lambda = new LambdaClient(clientConfig(cloud));
    try {
      const slow = 'exports.handler = async () => { await new Promise((r) => setTimeout(r, 1500)); return "ok"; };';
      await createFunction(lambda, 'a', { 'index.js': slow });
      await createFunction(lambda, 'b', { 'index.js': slow });
      const calls = [
        lambda.send(new InvokeCommand({ FunctionName: 'a' })),
        lambda.send(new InvokeCommand({ FunctionName: 'b' })),
        new Promise((r) => setTimeout(r, 400)).then(() => lambda.send(new InvokeCommand({ FunctionName: 'a' }))),
      ];
      const results = await Promise.allSettled(calls);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected']);
      const error = (results[2] as PromiseRejectedResult).reason;
      assert.equal(error.name, 'TooManyRequestsException');
      assert.equal(error.Reason, 'ConcurrentInvocationLimitExceeded');
    } finally {
      lambda.destroy();
      await cloud.close();
    }
  });
});
