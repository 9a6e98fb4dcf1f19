import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from './support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-esm-restart-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

const queueArn = (name: string) => `arn:aws:sqs:us-east-1:000000000000:${name}`;

it('a restarted Nimbus keeps its event source mappings: enabled ones poll again, a transition under way finishes', async () => {
  const open = async () => {
    const cloud = await startTestCloud({ dataDir });
    return { cloud, lambda: new LambdaClient(clientConfig(cloud)), sqs: new SQSClient(clientConfig(cloud)) };
  };
  const shut = async (c: Awaited<ReturnType<typeof open>>) => {
    c.lambda.destroy();
    c.sqs.destroy();
    await c.cloud.close();
  };

  let c = await open();
  const urls: Record<string, string> = {};
  for (const name of ['jobs', 'later']) urls[name] = (await c.sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  await createFunction(c.lambda, 'ack', { 'index.mjs': 'export const handler = async () => ({});' });
  const enabled = (await c.lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'ack', EventSourceArn: queueArn('jobs') }))).UUID!;
  await advanceClock(c.cloud, '1s');
  assert.equal((await c.lambda.send(new GetEventSourceMappingCommand({ UUID: enabled }))).State, 'Enabled');
  // Still Creating when Nimbus stops.
  const creating = (await c.lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'ack', EventSourceArn: queueArn('later') }))).UUID!;
  await shut(c);

  c = await open();
  assert.equal((await c.lambda.send(new GetEventSourceMappingCommand({ UUID: enabled }))).State, 'Enabled');
  assert.equal((await c.lambda.send(new GetEventSourceMappingCommand({ UUID: creating }))).State, 'Creating');
  await advanceClock(c.cloud, '1s');
  assert.equal((await c.lambda.send(new GetEventSourceMappingCommand({ UUID: creating }))).State, 'Enabled');
  for (const name of ['jobs', 'later']) await c.sqs.send(new SendMessageCommand({ QueueUrl: urls[name], MessageBody: `{"to":"${name}"}` }));
  for (const uuid of [enabled, creating]) {
    await eventually(async () => (await c.lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }))).LastProcessingResult === 'OK', 15_000, `mapping ${uuid} to process its message`);
  }
  for (const name of ['jobs', 'later']) {
    const attributes = (await c.sqs.send(new GetQueueAttributesCommand({ QueueUrl: urls[name], AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }))).Attributes!;
    assert.equal(attributes.ApproximateNumberOfMessages, '0');
    assert.equal(attributes.ApproximateNumberOfMessagesNotVisible, '0');
  }
  await shut(c);
});
