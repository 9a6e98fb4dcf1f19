import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CreateEventSourceMappingCommand, LambdaClient, PutFunctionRecursionConfigCommand, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { lineageHash } from '../../src/services/lambda/recursion.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually, marksFolder, readMarks } from './support.js';

/** Sends each message it gets back to the queue it came from, one hop further (after DELAY seconds). */
const LOOPER = `
  const fs = require('node:fs');
  const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
  const sqs = new SQSClient({});
  exports.handler = async (event) => {
    for (const record of event.Records) {
      const { hop } = JSON.parse(record.body);
      fs.appendFileSync(process.env.MARK, JSON.stringify({ hop, trace: record.attributes.AWSTraceHeader || null }) + '\\n');
      await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify({ hop: hop + 1 }), DelaySeconds: Number(process.env.DELAY || 0) }));
    }
  };`;

const lineageOf = (header: string | undefined | null) =>
  Object.fromEntries((/(?:^|;)Lineage=([^;]*)/.exec(header ?? '')?.[1] ?? '').split('|').filter(Boolean).map((entry) => [entry.split(':')[0], Number(entry.split(':')[1])]));

/** The loop the feature is for: SQS → Lambda (an event source mapping) → the same queue. */
describe('Lambda recursive loop detection through an SQS event source mapping', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let dir: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    dir = marksFolder('nimbus-recursion-esm-');
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const marks = readMarks;

  test('a function sending what it gets back to its own queue is stopped after 16 runs (the message to the queue\'s DLQ); with RecursiveLoop Allow it goes on, hop by hop on the clock', async () => {
    const dlqUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'esm-loop-dlq' }))).QueueUrl!;
    const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'esm-loop', Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }) } }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const mark = join(dir, 'terminate');
    const created = await createFunction(lambda, 'esm-looper', { 'index.js': LOOPER }, { Environment: { Variables: { MARK: mark, QUEUE_URL: url } } });
    const hash = lineageHash(created.FunctionArn!);
    await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'esm-looper', EventSourceArn: arn, BatchSize: 1 }));
    await advanceClock(cloud, '1s');

    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: JSON.stringify({ hop: 1 }) }));
    const runs = await eventually(() => (marks(mark).length >= 16 ? marks(mark) : undefined), 20_000, '16 runs');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(marks(mark).length, 16, 'the 17th invocation is stopped');
    assert.equal(runs[0].trace, null, 'the first message came from outside any function');
    runs.slice(1).forEach((run, i) => assert.deepEqual(lineageOf(run.trace), { [hash]: i + 1 }, `hop ${i + 2} carries the count of the runs before it`));
    // The stopped batch goes back to the queue; received again past maxReceiveCount, it moves to the queue's DLQ.
    await advanceClock(cloud, '31s');
    const [dead] = await eventually(async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MessageSystemAttributeNames: ['AWSTraceHeader'] }))).Messages, 10_000, 'the stopped message in the DLQ');
    assert.deepEqual(JSON.parse(dead.Body!), { hop: 17 });
    assert.deepEqual(lineageOf(dead.Attributes?.AWSTraceHeader), { [hash]: 16 });
    assert.equal(marks(mark).length, 16);

    // RecursiveLoop Allow: the loop runs on. Each hop waits 60 s on the queue (DelaySeconds), so the test's clock bounds it.
    const allowed = join(dir, 'allow');
    await lambda.send(new PutFunctionRecursionConfigCommand({ FunctionName: 'esm-looper', RecursiveLoop: 'Allow' }));
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'esm-looper', Environment: { Variables: { MARK: allowed, QUEUE_URL: url, DELAY: '60' } } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: JSON.stringify({ hop: 1 }) }));
    await eventually(() => marks(allowed).length === 1, 10_000, 'the first run');
    const delayed = async () => Number((await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessagesDelayed'] }))).Attributes!.ApproximateNumberOfMessagesDelayed);
    for (let hop = 2; hop <= 20; hop++) {
      // The next hop waits on the queue before the clock moves (else it would be sent after the advance, 60 s later still).
      await eventually(async () => ((await delayed()) === 1 ? true : undefined), 10_000, `hop ${hop} waiting on the queue`);
      await advanceClock(cloud, '60s');
      await eventually(() => marks(allowed).length === hop, 10_000, `hop ${hop}`);
    }
    assert.deepEqual(lineageOf(marks(allowed)[19].trace), { [hash]: 19 });
    assert.deepEqual(marks(allowed).map((run) => run.hop), Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
