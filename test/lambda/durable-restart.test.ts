import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GetDurableExecutionCommand, InvokeCommand, LambdaClient, ListDurableExecutionsByFunctionCommand, SendDurableExecutionCallbackSuccessCommand } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createDurableFunction, DURABLE_PRELUDE, eventOf, executionStatus, historyOf } from './durable-support.js';
import { encode, eventually } from './support.js';

/** With --data-dir, a durable execution outlives a restart: its operations, history, timers and callbacks. */
describe('Lambda durable executions across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-lambda-durable-'));
  let cloud: Cloud | undefined;
  after(async () => {
    await cloud?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a waiting execution resumes after a restart: the wait ends on the clock, the callback completes, no step runs twice', async () => {
    cloud = await startTestCloud({ dataDir });
    let lambda = new LambdaClient(clientConfig(cloud));
    await createDurableFunction(lambda, 'renewal', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        const quote = await context.step('quote', async () => event.plan.length * 100);
        await context.wait('grace-period', { days: 2 });
        const answer = await context.waitForCallback('confirm', async () => {});
        return { quote, answer };
      });`, { ExecutionTimeout: 7 * 86_400 });
    const arn = (await lambda.send(new InvokeCommand({ FunctionName: 'renewal:1', InvocationType: 'Event', DurableExecutionName: 'renew-42', Payload: encode({ plan: 'gold' }) }))).DurableExecutionArn!;
    await eventOf(lambda, arn, 'WaitStarted');
    await eventOf(lambda, arn, 'InvocationCompleted');
    lambda.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir });
    lambda = new LambdaClient(clientConfig(cloud));
    const kept = await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }));
    assert.equal(kept.Status, 'RUNNING');
    assert.equal(kept.DurableExecutionName, 'renew-42');
    await advanceClock(cloud, '2d');
    const callbackId = (await eventOf(lambda, arn, 'CallbackStarted')).CallbackStartedDetails!.CallbackId!;
    await lambda.send(new SendDurableExecutionCallbackSuccessCommand({ CallbackId: callbackId, Result: encode('yes') }));
    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.deepEqual(JSON.parse(done.Result!), { quote: 400, answer: '"yes"' });
    const history = await historyOf(lambda, arn);
    assert.equal(history.filter((event) => event.EventType === 'StepStarted' && event.Name === 'quote').length, 1);
    const listed = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'renewal', Qualifier: '1' }));
    assert.deepEqual(listed.DurableExecutions?.map((e) => [e.DurableExecutionName, e.Status]), [['renew-42', 'SUCCEEDED']]);
    lambda.destroy();
  });

  test('a chained invoke of a durable function in flight at a restart rejoins the same child execution', async () => {
    let lambda = new LambdaClient(clientConfig(cloud!));
    await createDurableFunction(lambda, 'slow-child', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        await context.wait('settle', { hours: 1 });
        return { settled: event.id };
      });`);
    await createDurableFunction(lambda, 'parent', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => ({ child: await context.invoke('settle', 'slow-child:1', { id: event.id }) }));`);
    const arn = (await lambda.send(new InvokeCommand({ FunctionName: 'parent:1', InvocationType: 'Event', Payload: encode({ id: 'p-1' }) }))).DurableExecutionArn!;
    await eventOf(lambda, arn, 'ChainedInvokeStarted');
    const child = await eventually(async () => (await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'slow-child', Qualifier: '1' }))).DurableExecutions?.[0]);
    await eventOf(lambda, child.DurableExecutionArn!, 'WaitStarted');
    lambda.destroy();
    await cloud!.close();

    cloud = await startTestCloud({ dataDir });
    lambda = new LambdaClient(clientConfig(cloud));
    await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }));
    await advanceClock(cloud, '1h');
    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.deepEqual(JSON.parse(done.Result!), { child: { settled: 'p-1' } });
    const children = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'slow-child', Qualifier: '1' }));
    assert.deepEqual(children.DurableExecutions?.map((e) => [e.DurableExecutionArn, e.Status]), [[child.DurableExecutionArn, 'SUCCEEDED']]);
    lambda.destroy();
  });
});
