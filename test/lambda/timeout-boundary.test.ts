import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, logOf } from './support.js';

/** A function's timeout is a deadline: a handler still running when it arrives has timed out, whatever it answers after. */
describe('Lambda timeout at its boundary', () => {
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

  test('a handler that answers once its remaining time reaches zero has timed out, with the timeout payload and log line', async () => {
    await createFunction(lambda, 'at-the-deadline', {
      'index.mjs': `export const handler = async (event, context) => {
        while (context.getRemainingTimeInMillis() > 0) await new Promise((r) => setTimeout(r, 2));
        return 'answered at the deadline';
      };`,
    }, { Handler: 'index.handler', Timeout: 1 });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'at-the-deadline', LogType: 'Tail' }));
    assert.equal(out.StatusCode, 200);
    assert.equal(out.FunctionError, 'Unhandled');
    const requestId = out.$metadata.requestId;
    assert.deepEqual(decode(out.Payload), { errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${requestId} Error: Task timed out after 1.00 seconds` });
    const log = logOf(out);
    assert.match(log, new RegExp(`\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ${requestId} Task timed out after 1.00 seconds\\n`));
    assert.match(log, /REPORT RequestId: .*Status: timeout/);
  });

  test('a handler that sleeps exactly its timeout times out; one that finishes comfortably before it succeeds', async () => {
    await createFunction(lambda, 'sleeps-the-timeout', {
      'index.mjs': `export const handler = async (event) => {
        await new Promise((r) => setTimeout(r, event.ms));
        return 'done';
      };`,
    }, { Handler: 'index.handler', Timeout: 1 });
    const exact = await lambda.send(new InvokeCommand({ FunctionName: 'sleeps-the-timeout', Payload: JSON.stringify({ ms: 1000 }) }));
    assert.equal(exact.FunctionError, 'Unhandled');
    assert.equal(decode(exact.Payload).errorType, 'Sandbox.Timedout');
    const early = await lambda.send(new InvokeCommand({ FunctionName: 'sleeps-the-timeout', Payload: JSON.stringify({ ms: 200 }) }));
    assert.equal(early.FunctionError, undefined);
    assert.equal(decode(early.Payload), 'done');
  });
});
