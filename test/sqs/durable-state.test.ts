import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CreateQueueCommand, DeleteQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Store } from '../../src/core/store.js';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/**
 * What SQS keeps across a restart of a durable Nimbus (--data-dir): receive attempts, the hold on a
 * deleted queue's name, and FIFO sequence numbers (the clock's offset is kept by the store too).
 */
describe('SQS state survives a restart with --data-dir', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-sqs-durable-'));
  let cloud: Cloud | undefined;
  let sqs: SQSClient | undefined;
  after(async () => {
    sqs?.destroy();
    await cloud?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function restart(): Promise<SQSClient> {
    sqs?.destroy();
    await cloud?.close();
    cloud = await startTestCloud({ dataDir });
    sqs = new SQSClient(clientConfig(cloud));
    return sqs;
  }

  test('a FIFO receive retried with its ReceiveRequestAttemptId after a restart gets the same messages and receipt handles', async () => {
    let client = await restart();
    const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'attempts.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
    for (const body of ['a', 'b', 'c']) await client.send(new SendMessageCommand({ QueueUrl, MessageBody: body, MessageGroupId: 'g' }));
    const first = await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, ReceiveRequestAttemptId: 'try-1' }));
    assert.deepEqual(first.Messages?.map((m) => m.Body), ['a', 'b']);

    client = await restart();
    const retried = await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, ReceiveRequestAttemptId: 'try-1' }));
    assert.deepEqual(retried.Messages?.map((m) => m.Body), ['a', 'b']);
    assert.deepEqual(retried.Messages?.map((m) => m.ReceiptHandle), first.Messages?.map((m) => m.ReceiptHandle));
    // Another attempt id is a new receive: the group is in flight, so nothing comes.
    const other = await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2, ReceiveRequestAttemptId: 'try-2' }));
    assert.equal(other.Messages, undefined);
  });

  test('a deleted queue name stays held for 60 seconds of clock time across a restart', async () => {
    let client = await restart();
    const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'held' }));
    await client.send(new DeleteQueueCommand({ QueueUrl }));

    client = await restart();
    await expectAwsError(client.send(new CreateQueueCommand({ QueueName: 'held' })), {
      name: 'QueueDeletedRecently',
      message: 'You must wait 60 seconds after deleting a queue before you can create another with the same name.',
      status: 400,
      code: 'AWS.SimpleQueueService.QueueDeletedRecently',
    });

    await advanceClock(cloud!, '60s');
    const created = await client.send(new CreateQueueCommand({ QueueName: 'held' }));
    assert.match(created.QueueUrl!, /\/held$/);
  });

  test('FIFO sequence numbers keep increasing across a restart, after a clock advance', async () => {
    let client = await restart();
    const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'ordered.fifo', Attributes: { FifoQueue: 'true' } }));
    await advanceClock(cloud!, '1h');
    const before = await client.send(new SendMessageCommand({ QueueUrl, MessageBody: 'one', MessageGroupId: 'g', MessageDeduplicationId: '1' }));

    // The last sequence number is in the data directory, not only in the stopped process.
    sqs?.destroy();
    await cloud?.close();
    [sqs, cloud] = [undefined, undefined];
    const store = new Store({ dataDir });
    const kept = store.db
      .prepare("SELECT a.last_sequence AS last FROM sqs_queue_activity a JOIN sqs_queues q ON q.id = a.queue_id WHERE q.name = 'ordered.fifo'")
      .safeIntegers(true)
      .get() as { last: bigint };
    store.close();
    assert.equal(kept.last, BigInt(before.SequenceNumber!));

    client = await restart();
    const afterRestart = await client.send(new SendMessageCommand({ QueueUrl, MessageBody: 'two', MessageGroupId: 'g', MessageDeduplicationId: '2' }));
    assert.equal(before.SequenceNumber!.length, 20);
    assert.equal(afterRestart.SequenceNumber!.length, 20);
    assert.ok(BigInt(afterRestart.SequenceNumber!) > BigInt(before.SequenceNumber!), `${afterRestart.SequenceNumber} after ${before.SequenceNumber}`);
    const received = await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['SequenceNumber'] }));
    assert.deepEqual(received.Messages?.map((m) => m.Attributes?.SequenceNumber), [before.SequenceNumber, afterRestart.SequenceNumber]);
  });
});
