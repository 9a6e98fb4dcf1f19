import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('SQS FIFO queues (SDK v3)', () => {
  let cloud: Cloud;
  let sqs: SQSClient;
  before(async () => {
    cloud = await startTestCloud();
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    sqs.destroy();
    await cloud.close();
  });

  async function fifoQueue(name: string, attributes: Record<string, string> = {}): Promise<string> {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { FifoQueue: 'true', ...attributes } }));
    return QueueUrl!;
  }

  test('names, attributes and what FIFO queues refuse', async () => {
    await expectAwsError(sqs.send(new CreateQueueCommand({ QueueName: 'no-suffix', Attributes: { FifoQueue: 'true' } })), { message: 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.' });
    await expectAwsError(sqs.send(new CreateQueueCommand({ QueueName: 'plain.fifo' })), { name: 'InvalidParameterValue' });

    const QueueUrl = await fifoQueue('orders.fifo');
    const attributes = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes!;
    assert.equal(attributes.FifoQueue, 'true');
    assert.equal(attributes.ContentBasedDeduplication, 'false');
    assert.equal(attributes.DeduplicationScope, 'queue');
    assert.equal(attributes.FifoThroughputLimit, 'perQueue');

    await expectAwsError(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageDeduplicationId: 'd' })), { name: 'MissingParameter', message: 'The request must contain the parameter MessageGroupId.' });
    await expectAwsError(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageGroupId: 'g' })), { message: 'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly' });
    await expectAwsError(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd', DelaySeconds: 5 })),
      { message: 'Value 5 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.' },
    );

    const standard = (await sqs.send(new CreateQueueCommand({ QueueName: 'standard-q' }))).QueueUrl!;
    await expectAwsError(sqs.send(new SendMessageCommand({ QueueUrl: standard, MessageBody: 'x', MessageDeduplicationId: 'd' })), { message: 'Value d for parameter MessageDeduplicationId is invalid. Reason: The request include parameter that is not valid for this queue type.' });
    await expectAwsError(sqs.send(new SetQueueAttributesCommand({ QueueUrl: standard, Attributes: { ContentBasedDeduplication: 'true' } })), { name: 'InvalidAttributeName' });
    await expectAwsError(sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { FifoThroughputLimit: 'perMessageGroupId' } })), { name: 'InvalidAttributeValue' });
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { FifoThroughputLimit: 'perMessageGroupId', DeduplicationScope: 'messageGroup' } }));
  });

  test('strict order within a group; a group with a message in flight delivers nothing more', async () => {
    const QueueUrl = await fifoQueue('ordered.fifo', { ContentBasedDeduplication: 'true' });
    for (const [group, body] of [['a', 'a1'], ['b', 'b1'], ['a', 'a2'], ['a', 'a3'], ['b', 'b2']]) {
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body, MessageGroupId: group }));
    }
    // SQS returns as many messages of one group as it can, in order.
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, MessageSystemAttributeNames: ['All'] }));
    assert.deepEqual(first.Messages?.map((m) => m.Body), ['a1', 'a2']);
    assert.equal(first.Messages![0].Attributes!.MessageGroupId, 'a');
    assert.match(first.Messages![0].Attributes!.SequenceNumber!, /^\d{20}$/);
    assert.ok(first.Messages![1].Attributes!.SequenceNumber! > first.Messages![0].Attributes!.SequenceNumber!);
    // Group a has messages in flight: a3 waits; group b is free.
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    assert.deepEqual(second.Messages?.map((m) => m.Body), ['b1', 'b2']);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages, undefined);

    // Deleting a1 is not enough while a2 is in flight; deleting both frees a3.
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![0].ReceiptHandle }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages, undefined);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![1].ReceiptHandle }));
    const third = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    assert.deepEqual(third.Messages?.map((m) => m.Body), ['a3']);

    // b1 and b2's visibility runs out without a delete: they come back, in order, counted twice.
    await advanceClock(cloud, '30s');
    const fourth = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }));
    assert.deepEqual(fourth.Messages?.map((m) => [m.Body, m.Attributes?.ApproximateReceiveCount]), [
      ['b1', '2'],
      ['b2', '2'],
      ['a3', '2'],
    ]);
  });

  test('deduplication: explicit ids and content-based, five minutes, answered as the original', async () => {
    const QueueUrl = await fifoQueue('dedup.fifo');
    const one = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'pay', MessageGroupId: 'g', MessageDeduplicationId: 'order-1' }));
    const dup = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'pay again', MessageGroupId: 'g', MessageDeduplicationId: 'order-1' }));
    assert.equal(dup.MessageId, one.MessageId);
    assert.equal(dup.SequenceNumber, one.SequenceNumber);
    let counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessages, '1');

    await advanceClock(cloud, '5m');
    const afterWindow = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'pay', MessageGroupId: 'g', MessageDeduplicationId: 'order-1' }));
    assert.notEqual(afterWindow.MessageId, one.MessageId);
    counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessages, '2');

    const contentBased = await fifoQueue('content.fifo', { ContentBasedDeduplication: 'true' });
    const a = await sqs.send(new SendMessageCommand({ QueueUrl: contentBased, MessageBody: 'same body', MessageGroupId: 'g1' }));
    const b = await sqs.send(new SendMessageCommand({ QueueUrl: contentBased, MessageBody: 'same body', MessageGroupId: 'g2' }));
    assert.equal(b.MessageId, a.MessageId, 'queue-wide scope: same body, any group, is a duplicate');
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: contentBased, MessageSystemAttributeNames: ['MessageDeduplicationId'] }));
    assert.equal(received.Messages![0].Attributes!.MessageDeduplicationId, createHash('sha256').update('same body').digest('hex'));

    const perGroup = await fifoQueue('per-group.fifo', { ContentBasedDeduplication: 'true', DeduplicationScope: 'messageGroup' });
    const c = await sqs.send(new SendMessageCommand({ QueueUrl: perGroup, MessageBody: 'same body', MessageGroupId: 'g1' }));
    const d = await sqs.send(new SendMessageCommand({ QueueUrl: perGroup, MessageBody: 'same body', MessageGroupId: 'g2' }));
    assert.notEqual(d.MessageId, c.MessageId, 'messageGroup scope: another group is not a duplicate');
  });

  test('a receipt handle that has expired cannot delete or change visibility', async () => {
    const QueueUrl = await fifoQueue('expiry.fifo', { ContentBasedDeduplication: 'true', VisibilityTimeout: '10' });
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'slow worker', MessageGroupId: 'g' }));
    const [message] = (await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages!;
    await advanceClock(cloud, '11s');
    await expectAwsError(sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle })), { name: 'InvalidParameterValue', message: `Value ${message.ReceiptHandle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.` });
    await expectAwsError(sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 5 })), { name: 'InvalidParameterValue' });
    // The message is still there for the next consumer.
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    assert.equal(again.Messages?.[0].Body, 'slow worker');
  });

  test('ReceiveRequestAttemptId: a retried receive gets the same messages and handles', async () => {
    const QueueUrl = await fifoQueue('attempts.fifo', { ContentBasedDeduplication: 'true' });
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [1, 2, 3].map((i) => ({ Id: `m${i}`, MessageBody: `m${i}`, MessageGroupId: 'g' })) }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, ReceiveRequestAttemptId: 'attempt-1' }));
    const retry = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, ReceiveRequestAttemptId: 'attempt-1' }));
    assert.deepEqual(retry.Messages?.map((m) => m.ReceiptHandle), first.Messages?.map((m) => m.ReceiptHandle));
    assert.deepEqual(retry.Messages?.map((m) => m.Body), ['m1', 'm2']);
    const other = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, ReceiveRequestAttemptId: 'attempt-2' }));
    assert.equal(other.Messages, undefined, 'group g is locked by the first attempt');
  });

  test('several concurrent consumers as the AWS docs write them: per-group order, no double processing', async () => {
    const QueueUrl = await fifoQueue('workers.fifo', { ContentBasedDeduplication: 'true', VisibilityTimeout: '30' });
    const groups = ['alpha', 'beta', 'gamma', 'delta'];
    const perGroup = 15;
    for (let i = 0; i < perGroup; i++) {
      await sqs.send(
        new SendMessageBatchCommand({ QueueUrl, Entries: groups.map((g) => ({ Id: `${g}-${i}`, MessageBody: `${g}:${i}`, MessageGroupId: g })) }),
      );
    }
    const processed: string[] = [];
    const seen = new Map<string, number>();
    const consumer = async (name: string) => {
      const client = new SQSClient(clientConfig(cloud));
      let idle = 0;
      while (idle < 3) {
        const { Messages } = await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 3, WaitTimeSeconds: 0 }));
        if (!Messages?.length) {
          idle++;
          await new Promise((r) => setTimeout(r, 5));
          continue;
        }
        idle = 0;
        for (const message of Messages as Message[]) {
          // Extend visibility while working, as the docs show, then finish and delete.
          await client.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 60 }));
          processed.push(message.Body!);
          seen.set(message.Body!, (seen.get(message.Body!) ?? 0) + 1);
          await client.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle }));
        }
      }
      client.destroy();
      return name;
    };
    await Promise.all(['w1', 'w2', 'w3', 'w4', 'w5'].map(consumer));
    assert.equal(processed.length, groups.length * perGroup);
    assert.ok([...seen.values()].every((n) => n === 1), 'no message processed twice');
    for (const group of groups) {
      const order = processed.filter((b) => b.startsWith(`${group}:`)).map((b) => Number(b.split(':')[1]));
      assert.deepEqual(order, Array.from({ length: perGroup }, (_, i) => i), `group ${group} processed in order`);
    }
  });

  test('a long poll waiting on a group held by a message in flight gets the next one when that message is deleted', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'held-group.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [1, 2].map((n) => ({ Id: `m${n}`, MessageBody: `held ${n}`, MessageGroupId: 'only' })) }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1 }));
    assert.equal(first.Messages?.[0].Body, 'held 1');
    // The group is held while "held 1" is in flight: this receive waits.
    const waitStarted = cloud.clock.now();
    const waiting = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    let settled = false;
    void waiting.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(settled, false, 'nothing is delivered while the group is held');
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![0].ReceiptHandle }));
    assert.deepEqual((await waiting).Messages?.map((m) => m.Body), ['held 2']);
    assert.ok(cloud.clock.now() - waitStarted < 20_000, 'the delete ended the wait, not its 20 s deadline');
  });
});
