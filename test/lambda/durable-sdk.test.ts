import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand, PutSubscriptionFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateAliasCommand,
  InvokeCommand,
  LambdaClient,
  ListDurableExecutionsByFunctionCommand,
  SendDurableExecutionCallbackSuccessCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createDurableFunction, DURABLE_PRELUDE, eventOf, executionStatus, historyOf } from './durable-support.js';
import { createFunction, decode, encode, eventually } from './support.js';

/**
 * A real function written with the official durable execution SDK runs in Nimbus: steps are
 * checkpointed and not re-run on replay, a wait of hours ends when the virtual clock passes it,
 * a failing step is retried with backoff on the clock, and a callback completes from outside.
 */
describe('Lambda durable functions through the durable execution SDK', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let dynamodb: DynamoDBClient;

  // Each step body counts its runs in DynamoDB: the side effects replay must not repeat.
  const WORKFLOW = `
    ${DURABLE_PRELUDE}
    import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
    const db = new DynamoDBClient({});
    const count = (id) => db.send(new UpdateItemCommand({
      TableName: 'effects', Key: { id: { S: id } },
      UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } },
    }));
    export const handler = durable(async (event, context) => {
      const reserved = await context.step('reserve', async () => { await count(event.order + '-reserve'); return { sku: event.sku, qty: 2 }; });
      await context.wait('cool-down', { hours: 3 });
      const charge = await context.step('charge', async (step) => {
        await count(event.order + '-charge');
        if (step.attempt < 3) throw new Error('card declined (attempt ' + step.attempt + ')');
        return 'charged on attempt ' + step.attempt;
      }, { retryStrategy: (error, attempt) => ({ shouldRetry: attempt < 5, delay: { seconds: 30 } }) });
      const approval = await context.waitForCallback('approval', async (callbackId) => { await count(event.order + '-asked'); });
      await context.step('ship', async () => { await count(event.order + '-ship'); });
      return { reserved, charge, approval };
    });`;

  async function effects(id: string): Promise<number> {
    const item = await dynamodb.send(new GetItemCommand({ TableName: 'effects', Key: { id: { S: id } } }));
    return Number(item.Item?.n?.N ?? 0);
  }

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    dynamodb = new DynamoDBClient(clientConfig(cloud));
    await dynamodb.send(new CreateTableCommand({
      TableName: 'effects',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
    await createDurableFunction(lambda, 'orders', WORKFLOW, { ExecutionTimeout: 7 * 86_400, RetentionPeriodInDays: 7 });
  });
  after(async () => {
    lambda.destroy();
    dynamodb.destroy();
    await cloud.close();
  });

  test('steps, a 3-hour wait, retries with backoff and a callback: each side effect runs only as often as it must', async () => {
    const started = await lambda.send(new InvokeCommand({ FunctionName: 'orders', Qualifier: '1', InvocationType: 'Event', DurableExecutionName: 'order-1', Payload: encode({ order: 'o1', sku: 'widget' }) }));
    assert.equal(started.StatusCode, 202);
    const arn = started.DurableExecutionArn!;
    assert.match(arn, /^arn:aws:lambda:us-east-1:000000000000:function:orders:1\/durable-execution\/order-1\/[0-9a-f-]{36}$/);

    // The first invocation runs the first step and suspends on the wait.
    const waitStarted = await eventOf(lambda, arn, 'WaitStarted');
    assert.equal(waitStarted.WaitStartedDetails?.Duration, 3 * 3600);
    await eventOf(lambda, arn, 'InvocationCompleted');
    assert.equal((await executionStatus(lambda, arn, ['RUNNING'])).Status, 'RUNNING');

    // Three hours pass on the virtual clock: the function resumes, replays the step, and the charge fails twice.
    await advanceClock(cloud, '3h');
    await eventOf(lambda, arn, 'WaitSucceeded');
    await eventually(async () => (await historyOf(lambda, arn)).filter((e) => e.EventType === 'StepFailed').length >= 1 || undefined);
    await advanceClock(cloud, '31s');
    await eventually(async () => (await historyOf(lambda, arn)).filter((e) => e.EventType === 'StepFailed').length >= 2 || undefined);
    await advanceClock(cloud, '31s');

    // The third attempt succeeds; the callback is created and its id is in the history.
    const callback = await eventOf(lambda, arn, 'CallbackStarted');
    const callbackId = callback.CallbackStartedDetails!.CallbackId!;
    await lambda.send(new SendDurableExecutionCallbackSuccessCommand({ CallbackId: callbackId, Result: encode({ approvedBy: 'ops' }) }));

    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.equal(done.Status, 'SUCCEEDED', JSON.stringify(done.Error));
    assert.deepEqual(JSON.parse(done.Result!), { reserved: { sku: 'widget', qty: 2 }, charge: 'charged on attempt 3', approval: JSON.stringify({ approvedBy: 'ops' }) });
    assert.equal(done.DurableExecutionName, 'order-1');
    assert.equal(done.Version, '1');
    assert.equal(done.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:orders:1');
    assert.deepEqual(JSON.parse(done.InputPayload!), { order: 'o1', sku: 'widget' });

    // Replay returned checkpointed results: each side effect ran once, the flaky one once per attempt.
    assert.equal(await effects('o1-reserve'), 1);
    assert.equal(await effects('o1-charge'), 3);
    assert.equal(await effects('o1-asked'), 1);
    assert.equal(await effects('o1-ship'), 1);

    const history = await historyOf(lambda, arn);
    const types = history.map((event) => event.EventType);
    assert.equal(types[0], 'ExecutionStarted');
    assert.equal(types[types.length - 1], 'ExecutionSucceeded');
    assert.equal(types.filter((t) => t === 'StepFailed').length, 2);
    const retry = history.find((event) => event.EventType === 'StepFailed')!;
    assert.equal(retry.Name, 'charge');
    assert.deepEqual(retry.StepFailedDetails?.RetryDetails, { CurrentAttempt: 1, NextAttemptDelaySeconds: 30 });
    assert.match(JSON.stringify(retry.StepFailedDetails?.Error?.Payload), /card declined \(attempt 1\)/);
    assert.ok(types.filter((t) => t === 'InvocationCompleted').length >= 4, types.join(','));
    assert.deepEqual(history.map((event) => event.EventId), history.map((_, index) => index + 1));
    const charged = history.find((event) => event.EventType === 'StepSucceeded' && event.Name === 'charge');
    assert.equal(charged?.StepSucceededDetails?.RetryDetails?.CurrentAttempt, 3);

    const listed = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'orders', Qualifier: '1' }));
    assert.deepEqual(listed.DurableExecutions?.map((e) => [e.DurableExecutionName, e.Status]), [['order-1', 'SUCCEEDED']]);
  });

  test('a synchronous Invoke waits for the execution and answers its result, with the execution ARN header', async () => {
    await createDurableFunction(lambda, 'quick', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        const a = await context.step('double', async () => event.n * 2);
        const b = await context.step('add', async () => a + 1);
        return { total: b };
      });`);
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'quick:1', Payload: encode({ n: 20 }) }));
    assert.equal(out.StatusCode, 200);
    assert.equal(out.FunctionError, undefined);
    assert.equal(out.ExecutedVersion, '1');
    assert.deepEqual(decode(out.Payload), { total: 41 });
    assert.match(out.DurableExecutionArn ?? '', /:function:quick:1\/durable-execution\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  });

  test('chained invokes call a plain function and another durable function; their results come back through the checkpoint', async () => {
    await createFunction(lambda, 'tax', { 'index.mjs': 'export const handler = async (event) => ({ tax: event.amount / 10 });' });
    await createDurableFunction(lambda, 'shipping', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        await context.wait('pick', { minutes: 30 });
        return { cost: event.kg * 3 };
      });`);
    await createDurableFunction(lambda, 'checkout', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        const tax = await context.invoke('tax', 'tax', { amount: event.amount });
        const shipping = await context.invoke('shipping', 'shipping:1', { kg: event.kg });
        return { tax, shipping };
      });`);
    const started = await lambda.send(new InvokeCommand({ FunctionName: 'checkout:1', InvocationType: 'Event', Payload: encode({ amount: 250, kg: 4 }) }));
    const arn = started.DurableExecutionArn!;
    await eventually(async () => (await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'shipping', Qualifier: '1', Statuses: ['RUNNING'] }))).DurableExecutions?.[0]);
    const child = (await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'shipping', Qualifier: '1' }))).DurableExecutions![0];
    await eventOf(lambda, child.DurableExecutionArn!, 'WaitStarted');
    await advanceClock(cloud, '31m');
    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.deepEqual(JSON.parse(done.Result!), { tax: { tax: 25 }, shipping: { cost: 12 } });
    const history = await historyOf(lambda, arn);
    const invoked = history.filter((event) => event.EventType === 'ChainedInvokeStarted').map((event) => event.ChainedInvokeStartedDetails?.FunctionName);
    assert.deepEqual(invoked, ['tax', 'shipping:1']);
    assert.equal(history.filter((event) => event.EventType === 'ChainedInvokeSucceeded').length, 2);
  });

  test('another service\'s event (a Logs subscription filter) to a durable function\'s alias starts a durable execution', async () => {
    await createDurableFunction(lambda, 'log-auditor', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        const size = await context.step('measure', async () => event.awslogs.data.length);
        return { measured: size > 0 };
      });`);
    await lambda.send(new CreateAliasCommand({ FunctionName: 'log-auditor', Name: 'live', FunctionVersion: '1' }));
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'audit' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'audit', logStreamName: 's1' }));
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'audit', filterName: 'all', filterPattern: '', destinationArn: 'arn:aws:lambda:us-east-1:000000000000:function:log-auditor:live' }));
    await logs.send(new PutLogEventsCommand({ logGroupName: 'audit', logStreamName: 's1', logEvents: [{ timestamp: cloud.clock.now(), message: 'user signed in' }] }));
    logs.destroy();
    const started = await eventually(async () => (await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'log-auditor', Qualifier: 'live' }))).DurableExecutions?.[0]);
    assert.equal(started.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:log-auditor:live');
    const done = await executionStatus(lambda, started.DurableExecutionArn!, ['SUCCEEDED', 'FAILED']);
    assert.deepEqual(JSON.parse(done.Result!), { measured: true });
    assert.equal(done.Version, '1');
  });

  test('a replay of more operations than the invocation event carries pages the rest in through GetDurableExecutionState', async () => {
    await createDurableFunction(lambda, 'many-steps', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        // Started together, the steps reach Nimbus in a few batched checkpoints.
        const values = await Promise.all(Array.from({ length: 105 }, (_, i) => context.step('s' + i, async () => i)));
        const total = values.reduce((sum, value) => sum + value, 0);
        await context.wait('rest', { hours: 1 });
        return total;
      });`);
    const arn = (await lambda.send(new InvokeCommand({ FunctionName: 'many-steps:1', InvocationType: 'Event', Payload: encode({}) }))).DurableExecutionArn!;
    await eventOf(lambda, arn, 'WaitStarted');
    await advanceClock(cloud, '1h');
    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.equal(done.Result, String((104 * 105) / 2));
    const history = await historyOf(lambda, arn);
    assert.equal(history.filter((event) => event.EventType === 'StepStarted').length, 105, 'no step ran twice');
  });
});

