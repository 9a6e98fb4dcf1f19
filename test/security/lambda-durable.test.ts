import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, encode } from '../lambda/support.js';
import { expectHealthyWithin, longestStall, REQUEST_BUDGET_MS } from './support.js';

/**
 * A durable function's code talks to Lambda's checkpoint API itself: a hostile one sends the
 * largest checkpoints it can. One checkpoint is bounded (1000 updates; more are refused before
 * any work), its cost is one request's, and the server keeps answering.
 */
describe('security: durable execution checkpoints from hostile function code', () => {
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

  test('a checkpoint flood is refused past 1000 updates; 1000 at once do not hold the event loop', async () => {
    await createFunction(lambda, 'flooder', {
      'index.mjs': `
        import { LambdaClient, CheckpointDurableExecutionCommand } from '@aws-sdk/client-lambda';
        const lambda = new LambdaClient({});
        const updates = (round, n) => Array.from({ length: n }, (_, i) => ({ Id: 'r' + round + '-' + i, Type: 'STEP', Action: 'SUCCEED', Payload: JSON.stringify('x'.repeat(400)) }));
        export const handler = async (event) => {
          let token = event.CheckpointToken;
          let refused;
          try {
            await lambda.send(new CheckpointDurableExecutionCommand({ DurableExecutionArn: event.DurableExecutionArn, CheckpointToken: token, Updates: updates(0, 5000) }));
          } catch (e) {
            refused = [e.name, e.$metadata.httpStatusCode];
          }
          for (let round = 1; round <= 5; round++) {
            const out = await lambda.send(new CheckpointDurableExecutionCommand({ DurableExecutionArn: event.DurableExecutionArn, CheckpointToken: token, Updates: updates(round, 1000) }));
            token = out.CheckpointToken;
          }
          return { Status: 'SUCCEEDED', Result: JSON.stringify({ refused }) };
        };`,
    }, { DurableConfig: { ExecutionTimeout: 600 }, Timeout: 60, MemorySize: 512 });
    const { result, stallMs } = await longestStall(() => lambda.send(new InvokeCommand({ FunctionName: 'flooder:$LATEST', Payload: encode({}) })));
    assert.equal(result.FunctionError, undefined, new TextDecoder().decode(result.Payload));
    assert.deepEqual(decode(result.Payload), { refused: ['InvalidParameterValueException', 400] });
    assert.ok(stallMs < REQUEST_BUDGET_MS, `the event loop stalled ${stallMs.toFixed(0)} ms`);
    await expectHealthyWithin(cloud);
  });
});
