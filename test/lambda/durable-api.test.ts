import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CheckpointDurableExecutionCommand,
  CreateFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  GetDurableExecutionCommand,
  GetDurableExecutionHistoryCommand,
  GetDurableExecutionStateCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  LambdaClient,
  ListDurableExecutionsByFunctionCommand,
  PutFunctionConcurrencyCommand,
  SendDurableExecutionCallbackFailureCommand,
  SendDurableExecutionCallbackHeartbeatCommand,
  SendDurableExecutionCallbackSuccessCommand,
  StopDurableExecutionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { boto3Lambda, createDurableFunction, DURABLE_PRELUDE, eventOf, executionStatus, historyOf } from './durable-support.js';
import { createFunction, decode, encode, eventually, ROLE, zip } from './support.js';

const ACCOUNT_ARN = 'arn:aws:lambda:us-east-1:000000000000:function';

/** Durable executions' API beyond the happy path: configuration, idempotent starts, stops, timeouts, callbacks, listings, retention and AWS's errors. */
describe('Lambda durable executions: the API and its errors', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;

  const start = async (fn: string, payload: unknown, name?: string) =>
    (await lambda.send(new InvokeCommand({ FunctionName: fn, InvocationType: 'Event', DurableExecutionName: name, Payload: encode(payload) }))).DurableExecutionArn!;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    // Waits an hour, then asks for approval (the callback may fail or miss its heartbeat).
    await createDurableFunction(lambda, 'approvals', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => {
        if (event.wait) await context.wait('pause', { seconds: event.wait });
        const answer = await context.waitForCallback('approve', async () => {}, event.heartbeat ? { heartbeatTimeout: { seconds: event.heartbeat } } : undefined);
        return { answer };
      });`, { ExecutionTimeout: 7200, RetentionPeriodInDays: 2 });
  });
  after(async () => {
    lambda.destroy();
    await cloud.close();
  });

  test('DurableConfig is stored and returned; RetentionPeriodInDays defaults to 14; ExecutionTimeout is required', async () => {
    const created = await createFunction(lambda, 'durable-config', { 'index.mjs': 'export const handler = async () => 1;' }, { DurableConfig: { ExecutionTimeout: 900 } });
    assert.deepEqual(created.DurableConfig, { ExecutionTimeout: 900, RetentionPeriodInDays: 14 });
    const updated = await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'durable-config', DurableConfig: { RetentionPeriodInDays: 30 } }));
    assert.deepEqual(updated.DurableConfig, { ExecutionTimeout: 900, RetentionPeriodInDays: 30 });
    const read = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'durable-config' }));
    assert.deepEqual(read.DurableConfig, { ExecutionTimeout: 900, RetentionPeriodInDays: 30 });
    const plain = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'approvals', Qualifier: '1' }));
    assert.deepEqual(plain.DurableConfig, { ExecutionTimeout: 7200, RetentionPeriodInDays: 2 });

    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ FunctionName: 'no-timeout', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zip({ 'index.mjs': '' }) }, DurableConfig: { RetentionPeriodInDays: 3 } })),
      { name: 'InvalidParameterValueException', message: 'You cannot create a function with a durable configuration without an executionTimeout', status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ FunctionName: 'too-long', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zip({ 'index.mjs': '' }) }, DurableConfig: { ExecutionTimeout: 31_622_401 } })),
      { name: 'ValidationException', message: "1 validation error detected: Value '31622401' at 'durableConfig.executionTimeout' failed to satisfy constraint: Member must have value less than or equal to 31622400", status: 400 },
    );
  });

  test('a durable function is invoked through a version, an alias or $LATEST, never unqualified', async () => {
    await expectAwsError(lambda.send(new InvokeCommand({ FunctionName: 'approvals', Payload: encode({}) })), { name: 'InvalidParameterValueException', status: 400, message: 'You cannot invoke a durable function using an unqualified ARN.' });
    const dryRun = await lambda.send(new InvokeCommand({ FunctionName: 'approvals:1', InvocationType: 'DryRun' }));
    assert.equal(dryRun.StatusCode, 204);
    await expectAwsError(lambda.send(new InvokeCommand({ FunctionName: 'approvals:1', InvocationType: 'Event', Payload: new TextEncoder().encode('{not json') })), {
      name: 'InvalidRequestContentException',
      status: 400,
    });
  });

  test('DurableExecutionName makes starts idempotent: the same payload rejoins, another one is DurableExecutionAlreadyStartedException', async () => {
    const first = await start('approvals:1', { wait: 60 }, 'idem-1');
    assert.equal(await start('approvals:1', { wait: 60 }, 'idem-1'), first);
    await expectAwsError(lambda.send(new InvokeCommand({ FunctionName: 'approvals:1', InvocationType: 'Event', DurableExecutionName: 'idem-1', Payload: encode({ wait: 61 }) })), {
      name: 'DurableExecutionAlreadyStartedException',
      status: 409,
    });
    await lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: first }));
  });

  test('StopDurableExecution stops a waiting execution with the caller\'s error; a closed one cannot stop again', async () => {
    const arn = await start('approvals:1', { wait: 3600 }, 'to-stop');
    await eventOf(lambda, arn, 'WaitStarted');
    const stopped = await lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: arn, Error: { ErrorType: 'Cancelled', ErrorMessage: 'customer cancelled' } }));
    assert.ok(stopped.StopTimestamp instanceof Date);
    const read = await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }));
    assert.equal(read.Status, 'STOPPED');
    assert.deepEqual(read.Error, { ErrorType: 'Cancelled', ErrorMessage: 'customer cancelled' });
    assert.equal(read.EndTimestamp?.getTime(), stopped.StopTimestamp!.getTime());
    const last = (await historyOf(lambda, arn)).at(-1)!;
    assert.equal(last.EventType, 'ExecutionStopped');
    assert.deepEqual(last.ExecutionStoppedDetails?.Error?.Payload, { ErrorType: 'Cancelled', ErrorMessage: 'customer cancelled' });
    await expectAwsError(lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: arn })), { name: 'InvalidParameterValueException', status: 400, message: /already closed/ });
    // The wait's end passes on the clock: nothing runs again.
    await advanceClock(cloud, '2h');
    assert.equal((await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }))).Status, 'STOPPED');
  });

  test('ExecutionTimeout is enforced on the virtual clock: TIMED_OUT', async () => {
    const arn = await start('approvals:1', { wait: 3 * 3600 }, 'too-slow');
    await eventOf(lambda, arn, 'WaitStarted');
    await advanceClock(cloud, '2h');
    const read = await executionStatus(lambda, arn, ['TIMED_OUT']);
    assert.equal(read.Status, 'TIMED_OUT');
    assert.equal((await historyOf(lambda, arn)).at(-1)!.EventType, 'ExecutionTimedOut');
  });

  test('a callback that fails fails the execution with its error; unknown and finished callback ids are refused', async () => {
    const arn = await start('approvals:1', {}, 'rejected');
    const started = await eventOf(lambda, arn, 'CallbackStarted');
    const callbackId = started.CallbackStartedDetails!.CallbackId!;
    await lambda.send(new SendDurableExecutionCallbackFailureCommand({ CallbackId: callbackId, Error: { ErrorType: 'Rejected', ErrorMessage: 'not approved' } }));
    const read = await executionStatus(lambda, arn, ['FAILED', 'SUCCEEDED']);
    assert.equal(read.Status, 'FAILED');
    assert.equal(read.Error?.ErrorMessage, 'not approved');
    assert.ok((await historyOf(lambda, arn)).some((event) => event.EventType === 'CallbackFailed' && event.CallbackFailedDetails?.Error?.Payload?.ErrorType === 'Rejected'));
    await expectAwsError(lambda.send(new SendDurableExecutionCallbackSuccessCommand({ CallbackId: callbackId, Result: encode('late') })), { name: 'InvalidParameterValueException', status: 400 });
    await expectAwsError(lambda.send(new SendDurableExecutionCallbackSuccessCommand({ CallbackId: 'bm90LWEtY2FsbGJhY2s=' })), { name: 'InvalidParameterValueException', status: 400, message: /callback/i });
  });

  test('an operator completes a callback with boto3, and reads the execution and its errors the same way', async () => {
    const arn = await start('approvals:1', {}, 'boto3-approval');
    await eventOf(lambda, arn, 'CallbackStarted');
    const seen = await boto3Lambda(cloud, `
events = lambda_.get_durable_execution_history(DurableExecutionArn=arn)['Events']
callback_id = [e for e in events if e['EventType'] == 'CallbackStarted'][0]['CallbackStartedDetails']['CallbackId']
lambda_.send_durable_execution_callback_success(CallbackId=callback_id, Result=json.dumps({'ok': True}).encode())
try:
    lambda_.get_durable_execution(DurableExecutionArn=arn.replace('boto3-approval', 'nobody'))
    missing = None
except lambda_.exceptions.ResourceNotFoundException as e:
    missing = [e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode']]
print(json.dumps({'missing': missing, 'listed': [x['DurableExecutionName'] for x in lambda_.list_durable_executions_by_function(FunctionName='approvals', Qualifier='1', DurableExecutionName='boto3-approval')['DurableExecutions']]}))
`, arn);
    assert.deepEqual(seen, { missing: ['ResourceNotFoundException', 404], listed: ['boto3-approval'] });
    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.deepEqual(JSON.parse(JSON.parse(done.Result!).answer), { ok: true });
  });

  test('heartbeats keep a callback alive; a missed heartbeat times it out (CallbackTimeoutException afterwards)', async () => {
    const arn = await start('approvals:1', { heartbeat: 60 }, 'heartbeat');
    const callbackId = (await eventOf(lambda, arn, 'CallbackStarted')).CallbackStartedDetails!.CallbackId!;
    assert.equal((await eventOf(lambda, arn, 'CallbackStarted')).CallbackStartedDetails?.HeartbeatTimeout, 60);
    await advanceClock(cloud, '50s');
    await lambda.send(new SendDurableExecutionCallbackHeartbeatCommand({ CallbackId: callbackId }));
    await advanceClock(cloud, '50s');
    assert.equal((await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }))).Status, 'RUNNING');
    await advanceClock(cloud, '20s');
    await eventOf(lambda, arn, 'CallbackTimedOut');
    assert.equal((await executionStatus(lambda, arn, ['FAILED'])).Status, 'FAILED');
    await expectAwsError(lambda.send(new SendDurableExecutionCallbackSuccessCommand({ CallbackId: callbackId, Result: encode('late') })), { name: 'CallbackTimeoutException', status: 400 });
  });

  test('ListDurableExecutionsByFunction lists oldest first (ReverseOrder: newest), filters by status and name, and pages with markers', async () => {
    await createDurableFunction(lambda, 'lister', `
      ${DURABLE_PRELUDE}
      export const handler = durable(async (event, context) => { if (event.wait) await context.wait({ hours: 1 }); return event.n; });`);
    const names = ['l-1', 'l-2', 'l-3'];
    for (const [index, name] of names.entries()) {
      await lambda.send(new InvokeCommand({ FunctionName: 'lister:1', DurableExecutionName: name, Payload: encode({ n: index }) }));
      await advanceClock(cloud, '1s');
    }
    const waiting = await start('lister:1', { wait: true }, 'l-4');
    await eventOf(lambda, waiting, 'WaitStarted');

    const all = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister', Qualifier: '1' }));
    assert.deepEqual(all.DurableExecutions?.map((e) => e.DurableExecutionName), ['l-1', 'l-2', 'l-3', 'l-4']);
    const running = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister', Qualifier: '1', Statuses: ['RUNNING'] }));
    assert.deepEqual(running.DurableExecutions?.map((e) => [e.DurableExecutionName, e.Status]), [['l-4', 'RUNNING']]);
    const named = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: `${ACCOUNT_ARN}:lister`, Qualifier: '1', DurableExecutionName: 'l-2' }));
    assert.equal(named.DurableExecutions?.[0]?.FunctionArn, `${ACCOUNT_ARN}:lister:1`);
    assert.deepEqual(named.DurableExecutions?.map((e) => e.DurableExecutionName), ['l-2']);

    const second = all.DurableExecutions![1].StartTimestamp!.getTime();
    const later = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister', Qualifier: '1', StartedAfter: new Date(second + 500) }));
    assert.deepEqual(later.DurableExecutions?.map((e) => e.DurableExecutionName), ['l-3', 'l-4']);
    const earlier = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister', Qualifier: '1', StartedBefore: new Date(second + 500) }));
    assert.deepEqual(earlier.DurableExecutions?.map((e) => e.DurableExecutionName), ['l-1', 'l-2']);

    const seen: string[] = [];
    let marker: string | undefined;
    do {
      const page = await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister', Qualifier: '1', MaxItems: 3, Marker: marker, ReverseOrder: true }));
      seen.push(...(page.DurableExecutions ?? []).map((e) => e.DurableExecutionName!));
      marker = page.NextMarker;
    } while (marker);
    assert.deepEqual(seen, ['l-4', 'l-3', 'l-2', 'l-1']);

    assert.deepEqual((await lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister' }))).DurableExecutions, []);
    await expectAwsError(lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'lister', Qualifier: '1', Marker: 'bogus' })), { name: 'InvalidParameterValueException', message: 'Invalid marker', status: 400 });
    await expectAwsError(lambda.send(new ListDurableExecutionsByFunctionCommand({ FunctionName: 'nobody' })), {
      name: 'ResourceNotFoundException',
      message: `Function not found: ${ACCOUNT_ARN}:nobody`,
      status: 404,
    });
    await lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: waiting }));
  });

  test('history pages, reverses, and leaves payloads out when IncludeExecutionData is false', async () => {
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'lister:1', Payload: encode({ n: 7 }) }));
    assert.equal(decode(out.Payload), 7);
    const arn = out.DurableExecutionArn!;
    const full = await historyOf(lambda, arn);
    assert.deepEqual(full.map((e) => e.EventType), ['ExecutionStarted', 'InvocationCompleted', 'ExecutionSucceeded']);
    assert.equal(full[0].ExecutionStartedDetails?.Input?.Payload, JSON.stringify({ n: 7 }));
    assert.equal(full[0].ExecutionStartedDetails?.ExecutionTimeout, 86_400);
    assert.equal(full[2].ExecutionSucceededDetails?.Result?.Payload, '7');
    const bare = (await lambda.send(new GetDurableExecutionHistoryCommand({ DurableExecutionArn: arn, IncludeExecutionData: false }))).Events!;
    assert.equal(bare[0].ExecutionStartedDetails?.Input, undefined);
    assert.equal(bare[2].ExecutionSucceededDetails?.Result, undefined);
    const byDefault = (await lambda.send(new GetDurableExecutionHistoryCommand({ DurableExecutionArn: arn }))).Events!;
    assert.equal(byDefault[0].ExecutionStartedDetails?.Input?.Payload, JSON.stringify({ n: 7 }));
    assert.equal(bare[0].ExecutionStartedDetails?.ExecutionTimeout, 86_400);
    const first = await lambda.send(new GetDurableExecutionHistoryCommand({ DurableExecutionArn: arn, MaxItems: 2, ReverseOrder: true }));
    assert.deepEqual(first.Events?.map((e) => e.EventType), ['ExecutionSucceeded', 'InvocationCompleted']);
    const second = await lambda.send(new GetDurableExecutionHistoryCommand({ DurableExecutionArn: arn, MaxItems: 2, ReverseOrder: true, Marker: first.NextMarker }));
    assert.deepEqual(second.Events?.map((e) => e.EventType), ['ExecutionStarted']);
    assert.equal(second.NextMarker, undefined);
  });

  test('reads of unknown executions are ResourceNotFoundException; a malformed ARN is a ValidationException; a stale checkpoint token is refused', async () => {
    const unknown = `${ACCOUNT_ARN}:approvals:1/durable-execution/none/00000000-0000-0000-0000-000000000000`;
    await expectAwsError(lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: unknown })), { name: 'ResourceNotFoundException', status: 404, message: `Durable execution not found: ${unknown}` });
    await expectAwsError(lambda.send(new GetDurableExecutionHistoryCommand({ DurableExecutionArn: unknown })), { name: 'ResourceNotFoundException', status: 404 });
    await expectAwsError(lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: unknown })), { name: 'ResourceNotFoundException', status: 404 });
    await expectAwsError(lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: 'arn:aws:lambda:us-east-1:000000000000:function:approvals' })), { name: 'ValidationException', status: 400 });

    const arn = await start('approvals:1', {}, 'tokens');
    await eventOf(lambda, arn, 'InvocationCompleted');
    await expectAwsError(lambda.send(new CheckpointDurableExecutionCommand({ DurableExecutionArn: arn, CheckpointToken: 'c3RhbGU=', Updates: [] })), {
      name: 'InvalidParameterValueException',
      status: 400,
      message: 'Invalid Checkpoint Token',
    });
    await expectAwsError(lambda.send(new GetDurableExecutionStateCommand({ DurableExecutionArn: arn, CheckpointToken: 'c3RhbGU=' })), { name: 'InvalidParameterValueException', status: 400 });
    await lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: arn }));
  });

  test('the protocol as a function speaks it: tokens are consumed, a retry with the same ClientToken gets the same answer, bad or too many updates are refused', async () => {
    // No SDK: the function calls CheckpointDurableExecution and GetDurableExecutionState itself.
    await createFunction(lambda, 'raw-protocol', {
      'index.mjs': `
        import { LambdaClient, CheckpointDurableExecutionCommand, GetDurableExecutionStateCommand } from '@aws-sdk/client-lambda';
        const lambda = new LambdaClient({});
        const failure = (promise) => promise.then(() => undefined, (e) => ({ name: e.name, message: e.message, status: e.$metadata.httpStatusCode }));
        export const handler = async (event) => {
          const arn = event.DurableExecutionArn;
          const step = { Id: 'step-1', Type: 'STEP', Action: 'SUCCEED', Payload: '"done"', Name: 'one' };
          const checkpoint = (token, clientToken, updates) => lambda.send(new CheckpointDurableExecutionCommand({ DurableExecutionArn: arn, CheckpointToken: token, ClientToken: clientToken, Updates: updates }));
          const first = await checkpoint(event.CheckpointToken, 'client-1', [step]);
          const retry = await checkpoint(event.CheckpointToken, 'client-1', [step]);
          const stale = await failure(checkpoint(event.CheckpointToken, 'client-2', []));
          const badAction = await failure(checkpoint(first.CheckpointToken, 'client-3', [{ Id: 'w', Type: 'WAIT', Action: 'RETRY' }]));
          const orphan = await failure(checkpoint(first.CheckpointToken, 'client-4', [{ Id: 'child', ParentId: 'nobody', Type: 'STEP', Action: 'START' }]));
          const flood = await failure(checkpoint(first.CheckpointToken, 'client-5', Array.from({ length: 1001 }, (_, i) => ({ Id: 's' + i, Type: 'STEP', Action: 'START' }))));
          const state = await lambda.send(new GetDurableExecutionStateCommand({ DurableExecutionArn: arn, CheckpointToken: first.CheckpointToken }));
          return { Status: 'SUCCEEDED', Result: JSON.stringify({
            input: JSON.parse(event.InitialExecutionState.Operations[0].ExecutionDetails.InputPayload),
            changed: first.NewExecutionState.Operations.map((op) => [op.Id, op.Status, op.StepDetails.Result, op.StepDetails.Attempt]),
            sameAnswer: retry.CheckpointToken === first.CheckpointToken,
            stale, badAction, orphan, flood,
            state: state.Operations.map((op) => op.Type),
          }) };
        };`,
    }, { DurableConfig: { ExecutionTimeout: 60 }, Timeout: 20 });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'raw-protocol:$LATEST', Payload: encode({ order: 9 }) }));
    assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
    const seen = decode(out.Payload);
    assert.deepEqual(seen.input, { order: 9 });
    assert.deepEqual(seen.changed, [['step-1', 'SUCCEEDED', '"done"', 1]]);
    assert.equal(seen.sameAnswer, true);
    assert.equal(seen.stale.name, 'InvalidParameterValueException');
    assert.equal(seen.stale.status, 400);
    assert.match(seen.stale.message, /^Invalid Checkpoint Token/);
    assert.deepEqual(seen.badAction, { name: 'InvalidParameterValueException', message: 'Invalid action RETRY for operation type WAIT.', status: 400 });
    assert.deepEqual(seen.orphan, { name: 'InvalidParameterValueException', message: 'Parent operation nobody does not exist.', status: 400 });
    assert.deepEqual(seen.flood, { name: 'InvalidParameterValueException', message: 'A checkpoint may carry at most 1000 operation updates; this one has 1001.', status: 400 });
    assert.deepEqual(seen.state, ['EXECUTION', 'STEP']);
    assert.equal(out.ExecutedVersion, '$LATEST');
  });

  test('a throttled invocation is tried again on the clock without failing the execution', async () => {
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'lister', ReservedConcurrentExecutions: 0 }));
    const arn = await start('lister:1', { n: 5 }, 'throttled');
    const throttled = await eventOf(lambda, arn, 'InvocationCompleted');
    assert.equal(throttled.InvocationCompletedDetails?.Error?.Payload?.ErrorType, 'TooManyRequestsException');
    for (let i = 0; i < 5; i++) await advanceClock(cloud, '5s');
    assert.equal((await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }))).Status, 'RUNNING');
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'lister' }));
    await advanceClock(cloud, '5s');
    const done = await executionStatus(lambda, arn, ['SUCCEEDED', 'FAILED']);
    assert.equal(done.Result, '5');
  });

  test('closed executions are kept for RetentionPeriodInDays on the clock, then gone', async () => {
    const arn = await start('approvals:1', {}, 'retained');
    await eventOf(lambda, arn, 'CallbackStarted');
    await lambda.send(new StopDurableExecutionCommand({ DurableExecutionArn: arn }));
    await advanceClock(cloud, '1d');
    assert.equal((await lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn }))).Status, 'STOPPED');
    await advanceClock(cloud, '1d');
    await eventually(async () => lambda.send(new GetDurableExecutionCommand({ DurableExecutionArn: arn })).then(() => undefined, (e: Error) => e.name === 'ResourceNotFoundException'));
    // The service still answers at once.
    assert.equal((await lambda.send(new InvokeCommand({ FunctionName: 'lister:1', Payload: encode({ n: 1 }) }))).StatusCode, 200);
  });

  test('a function that does not answer the durable protocol is retried with backoff, then the execution fails', async () => {
    await createFunction(lambda, 'not-durable-code', { 'index.mjs': 'export const handler = async () => "plain answer";' }, { DurableConfig: { ExecutionTimeout: 3600 } });
    const arn = await start('not-durable-code:$LATEST', {});
    for (let i = 0; i < 4; i++) {
      await eventually(async () => (await historyOf(lambda, arn)).filter((e) => e.EventType === 'InvocationCompleted').length > i || undefined);
      await advanceClock(cloud, '10s');
    }
    const read = await executionStatus(lambda, arn, ['FAILED']);
    assert.equal(read.Error?.ErrorType, 'InvalidDurableExecutionResponse');
    const invocations = (await historyOf(lambda, arn)).filter((e) => e.EventType === 'InvocationCompleted');
    assert.equal(invocations.length, 4);
    assert.equal(invocations[0].InvocationCompletedDetails?.Error?.Payload?.ErrorType, 'InvalidDurableExecutionResponse');
  });
});
