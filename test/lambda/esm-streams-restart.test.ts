import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from '../dynamodb/support.js';
import { createFunction, eventually } from './support.js';
import { loggedBatches, STREAM_FUNCTION } from './esm-streams-support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-esm-streams-restart-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

it('a restarted Nimbus resumes a stream mapping from its checkpoint, with its open tumbling window and its state', async () => {
  const open = async () => {
    const cloud = await startTestCloud({ dataDir });
    return { cloud, lambda: new LambdaClient(clientConfig(cloud)), ddb: new DynamoDBClient(clientConfig(cloud)) };
  };
  const shut = async (c: Awaited<ReturnType<typeof open>>) => {
    c.lambda.destroy();
    c.ddb.destroy();
    await c.cloud.close();
  };
  const put = (c: Awaited<ReturnType<typeof open>>, pk: string) => c.ddb.send(new PutItemCommand({ TableName: 'tallies', Item: { pk: { S: pk }, v: { S: pk } } }));
  const batches = async (c: Awaited<ReturnType<typeof open>>, count: number) =>
    eventually(async () => {
      const logged = await loggedBatches(c.cloud, 'tally');
      return logged.length >= count ? logged : undefined;
    }, 15_000, `${count} logged calls`);

  let c = await open();
  const streamArn = (await createTable(c.ddb, 'tallies', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
  await createFunction(c.lambda, 'tally', { 'index.js': STREAM_FUNCTION });
  // Just past a 5-minute boundary: the records before and after the restart share a window.
  const now = c.cloud.clock.now();
  await advanceClock(c.cloud, 300_000 - (now % 300_000) + 100);
  await put(c, 'r1');
  await put(c, 'r2');
  const uuid = (await c.lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'tally', EventSourceArn: streamArn, StartingPosition: 'TRIM_HORIZON', TumblingWindowInSeconds: 300 }))).UUID!;
  await advanceClock(c.cloud, '1s');
  const before = await batches(c, 1);
  assert.deepEqual(before.map((b) => b.values), [['r1', 'r2']]);
  await shut(c);

  c = await open();
  // Lambda (and its mappings) start with the first call to it.
  assert.equal((await c.lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }))).State, 'Enabled');
  await put(c, 'r3');
  const resumed = await batches(c, 2);
  // Not r1 and r2 again: the checkpoint held; the window's state too.
  assert.deepEqual(resumed.map((b) => b.values), [['r1', 'r2'], ['r3']]);
  assert.deepEqual(resumed[1]!.state, { count: 2 });
  await advanceClock(c.cloud, '5m');
  const closed = await batches(c, 3);
  assert.deepEqual(closed[2], { values: [], state: { count: 3 }, final: true });
  await shut(c);
});
