import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreatePipeCommand, DescribePipeCommand, PipesClient, StartPipeCommand, StopPipeCommand } from '@aws-sdk/client-pipes';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';
const ACCOUNT = '000000000000';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const functionArn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;

describe('Pipes: from SQS through filters and a Lambda enrichment to targets', () => {
  let cloud: Cloud;
  let pipes: PipesClient;
  let sqs: SQSClient;
  let lambda: LambdaClient;
  const urls: Record<string, string> = {};

  before(async () => {
    cloud = await startTestCloud();
    pipes = new PipesClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    const queues: Array<[string, Record<string, string>?]> = [
      ['orders'],
      ['enriched'],
      ['dead-letters'],
      ['half'],
      ['fragile', { VisibilityTimeout: '30', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn('dead-letters'), maxReceiveCount: 2 }) }],
      ['ordered.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' }],
      ['ordered-copy.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' }],
    ];
    for (const [name, attributes] of queues) {
      urls[name] = (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl!;
    }
    await createFunction(lambda, 'enrich', {
      'index.js': `exports.handler = async (records) => records.map((r) => { const body = JSON.parse(r.body); return { orderId: body.id, total: body.amount * 2, from: r.eventSource, batch: records.length }; });`,
    });
    await createFunction(lambda, 'refuse', { 'index.js': `exports.handler = async () => { throw new Error('not today'); };` });
  });
  after(async () => {
    pipes.destroy();
    sqs.destroy();
    lambda.destroy();
    await cloud.close();
  });

  const running = async (name: string) => {
    await advanceClock(cloud, '1s');
    await advanceClock(cloud, '1s');
    assert.equal((await pipes.send(new DescribePipeCommand({ Name: name }))).CurrentState, 'RUNNING');
  };
  const drain = async (queue: string, count: number) => {
    const bodies: string[] = [];
    await eventually(async () => {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls[queue], MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
      for (const message of out.Messages ?? []) {
        bodies.push(message.Body!);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: urls[queue], ReceiptHandle: message.ReceiptHandle! }));
      }
      return bodies.length >= count;
    }, 15_000, `${count} messages on ${queue}`);
    return bodies;
  };
  const depth = async (queue: string) => {
    const out = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: urls[queue], AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    return Number(out.Attributes!.ApproximateNumberOfMessages) + Number(out.Attributes!.ApproximateNumberOfMessagesNotVisible);
  };
  const send = (queue: string, body: string, extra: Partial<{ MessageGroupId: string }> = {}) => sqs.send(new SendMessageCommand({ QueueUrl: urls[queue], MessageBody: body, ...extra }));

  it('delivers matching messages enriched and transformed, deletes the others, loses and repeats nothing', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'orders-pipe',
        Source: queueArn('orders'),
        Target: queueArn('enriched'),
        Enrichment: functionArn('enrich'),
        RoleArn: ROLE,
        SourceParameters: { SqsQueueParameters: { BatchSize: 10 }, FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ body: { kind: ['keep'] } }) }] } },
        TargetParameters: { InputTemplate: '{"order": <$.orderId>, "doubled": <$.total>, "from": "<$.from>", "batch": <$.batch>, "pipe": "<aws.pipes.pipe-name>"}' },
      }),
    );
    // Sent before the pipe runs: it picks them up once RUNNING, in one batch.
    await send('orders', JSON.stringify({ id: 1, kind: 'keep', amount: 5 }));
    await send('orders', JSON.stringify({ id: 2, kind: 'drop', amount: 7 }));
    await send('orders', 'plain text, not JSON');
    await send('orders', JSON.stringify({ id: 3, kind: 'keep', amount: 11 }));
    await running('orders-pipe');
    const bodies = await drain('enriched', 2);
    assert.deepEqual(
      bodies.map((b) => JSON.parse(b)).sort((a, b) => a.order - b.order),
      [
        // The enrichment had the filtered batch, both matching messages, as one array.
        { order: 1, doubled: 10, from: 'aws:sqs', batch: 2, pipe: 'orders-pipe' },
        { order: 3, doubled: 22, from: 'aws:sqs', batch: 2, pipe: 'orders-pipe' },
      ],
    );
    await eventually(async () => (await depth('orders')) === 0, 5_000, 'the source queue emptied');
    // Sent while it runs: delivered too, and nothing arrives twice.
    await send('orders', JSON.stringify({ id: 4, kind: 'keep', amount: 1 }));
    assert.deepEqual(JSON.parse((await drain('enriched', 1))[0]!), { order: 4, doubled: 2, from: 'aws:sqs', batch: 1, pipe: 'orders-pipe' });
    await eventually(async () => (await depth('orders')) === 0, 5_000, 'the source queue emptied');
    await advanceClock(cloud, '60s');
    assert.equal(await depth('enriched'), 0);
  });

  it('delivers nothing while stopped and resumes once started', async () => {
    await pipes.send(new StopPipeCommand({ Name: 'orders-pipe' }));
    await advanceClock(cloud, '1s');
    await send('orders', JSON.stringify({ id: 5, kind: 'keep', amount: 3 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await depth('enriched'), 0);
    const waiting = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: urls.orders, AttributeNames: ['ApproximateNumberOfMessages'] }));
    assert.equal(waiting.Attributes!.ApproximateNumberOfMessages, '1');
    await pipes.send(new StartPipeCommand({ Name: 'orders-pipe' }));
    await advanceClock(cloud, '1s');
    assert.deepEqual(JSON.parse((await drain('enriched', 1))[0]!), { order: 5, doubled: 6, from: 'aws:sqs', batch: 1, pipe: 'orders-pipe' });
  });

  it('leaves a batch its target fails in the queue, whose redrive policy moves it to the dead-letter queue', async () => {
    await pipes.send(new CreatePipeCommand({ Name: 'fragile-pipe', Source: queueArn('fragile'), Target: functionArn('refuse'), RoleArn: ROLE }));
    await running('fragile-pipe');
    await send('fragile', 'doomed');
    // Each receive fails; past the visibility timeout the message comes back, and the receive after
    // the second failure moves it to the dead-letter queue (maxReceiveCount 2).
    const dead = await eventually(async () => {
      await advanceClock(cloud, '31s');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const got = await drain('dead-letters', 0);
      return got.length ? got : undefined;
    }, 20_000, 'the message in the dead-letter queue');
    assert.deepEqual(dead, ['doomed']);
    assert.equal(await depth('fragile'), 0);
  });

  it('fails the batch when the enrichment function fails: nothing reaches the target, the messages stay', async () => {
    await pipes.send(new CreatePipeCommand({ Name: 'half-pipe', Source: queueArn('half'), Target: queueArn('enriched'), Enrichment: functionArn('refuse'), RoleArn: ROLE }));
    await running('half-pipe');
    await send('half', JSON.stringify({ id: 9 }));
    await eventually(async () => {
      const out = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: urls.half, AttributeNames: ['ApproximateNumberOfMessagesNotVisible'] }));
      return out.Attributes!.ApproximateNumberOfMessagesNotVisible === '1';
    }, 15_000, 'the message taken');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await depth('half'), 1);
    assert.equal(await depth('enriched'), 0);
  });

  it('keeps a FIFO group in order, with the group id taken from each record', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'fifo-pipe',
        Source: queueArn('ordered.fifo'),
        Target: queueArn('ordered-copy.fifo'),
        RoleArn: ROLE,
        SourceParameters: { SqsQueueParameters: { BatchSize: 3 } },
        TargetParameters: { InputTemplate: '<$.body>', SqsQueueParameters: { MessageGroupId: '$.attributes.MessageGroupId' } },
      }),
    );
    for (let i = 1; i <= 7; i++) await send('ordered.fifo', `step ${i}`, { MessageGroupId: 'g1' });
    await running('fifo-pipe');
    const copied = await eventually(async () => {
      const got: string[] = [];
      for (;;) {
        const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls['ordered-copy.fifo'], MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['MessageGroupId'] }));
        if (!out.Messages?.length) break;
        for (const m of out.Messages) {
          assert.equal(m.Attributes?.MessageGroupId, 'g1');
          got.push(m.Body!);
        }
        // Free the group for the next receive.
        for (const m of out.Messages) await sqs.send(new DeleteMessageCommand({ QueueUrl: urls['ordered-copy.fifo'], ReceiptHandle: m.ReceiptHandle! }));
      }
      return got.length === 7 ? got : undefined;
    }, 15_000, 'seven copies');
    assert.deepEqual(copied, [1, 2, 3, 4, 5, 6, 7].map((i) => `step ${i}`));
  });
});
