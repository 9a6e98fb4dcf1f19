import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddPermissionCommand,
  ChangeMessageVisibilityBatchCommand,
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ListQueueTagsCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  RemovePermissionCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
  TagQueueCommand,
  UntagQueueCommand,
} from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('SQS batches, visibility changes, purge, tags and permissions (SDK v3)', () => {
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

  test('SendMessageBatch reports per-entry failures in Failed instead of failing whole', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'batches' }));
    const result = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'ok-1', MessageBody: 'one' },
          { Id: 'bad-chars', MessageBody: 'bad \u0000' },
          { Id: 'ok-2', MessageBody: 'two', DelaySeconds: 0, MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } },
          { Id: 'bad-delay', MessageBody: 'x', DelaySeconds: 901 },
        ],
      }),
    );
    assert.deepEqual(result.Successful?.map((s) => s.Id), ['ok-1', 'ok-2']);
    assert.match(result.Successful![1].MD5OfMessageAttributes!, /^[0-9a-f]{32}$/);
    assert.deepEqual(
      result.Failed?.map((f) => [f.Id, f.Code, f.SenderFault]),
      [
        ['bad-chars', 'InvalidMessageContents', true],
        ['bad-delay', 'InvalidParameterValue', true],
      ],
    );
    assert.equal(result.Failed![1].Message, 'Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.');
  });

  test('batch request errors: empty, too many, repeated and malformed ids, too long', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'batch-errors' }));
    await expectAwsError(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [] })), { name: 'EmptyBatchRequest', message: 'There should be at least one SendMessageBatchRequestEntry in the request.', code: 'AWS.SimpleQueueService.EmptyBatchRequest' });

    const eleven = Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'x' }));
    await expectAwsError(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: eleven })), { name: 'TooManyEntriesInBatchRequest', message: 'Maximum number of entries per request are 10. You have sent 11.' });

    await expectAwsError(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'a', MessageBody: '1' }, { Id: 'a', MessageBody: '2' }] })), { name: 'BatchEntryIdsNotDistinct', message: 'Id a repeated.' });

    await expectAwsError(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'no spaces', MessageBody: '1' }] })), { name: 'InvalidBatchEntryId', message: 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.' });

    const big = 'x'.repeat(300_000);
    await expectAwsError(
      sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [0, 1, 2, 3].map((i) => ({ Id: `b${i}`, MessageBody: big })) })),
      { name: 'BatchRequestTooLong', message: 'Batch requests cannot be longer than 1048576 bytes. You have sent 1200000 bytes.' },
    );

    await expectAwsError(sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: [] })), { message: 'There should be at least one DeleteMessageBatchRequestEntry in the request.' });
  });

  test('DeleteMessageBatch and ChangeMessageVisibilityBatch', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'batch-delete' }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [1, 2, 3].map((i) => ({ Id: `m${i}`, MessageBody: `body ${i}` })) }));
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    assert.equal(received.Messages?.length, 3);
    const [a, b, c] = received.Messages!;

    const changed = await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'a', ReceiptHandle: a.ReceiptHandle, VisibilityTimeout: 0 },
          { Id: 'bad', ReceiptHandle: 'garbage', VisibilityTimeout: 0 },
        ],
      }),
    );
    assert.deepEqual(changed.Successful?.map((s) => s.Id), ['a']);
    assert.equal(changed.Failed?.[0].Code, 'ReceiptHandleIsInvalid');
    // a is visible again at once.
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    assert.equal(again.Messages?.[0].Body, a.Body);

    const deleted = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'b', ReceiptHandle: b.ReceiptHandle },
          { Id: 'c', ReceiptHandle: c.ReceiptHandle },
          { Id: 'a', ReceiptHandle: again.Messages![0].ReceiptHandle },
        ],
      }),
    );
    assert.deepEqual(deleted.Successful?.map((s) => s.Id), ['b', 'c', 'a']);
    assert.deepEqual(deleted.Failed, []);
    const counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    assert.deepEqual(counts.Attributes, { ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  });

  test('ChangeMessageVisibility extends work, and is refused for messages not in flight or past 12 hours', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'extend', Attributes: { VisibilityTimeout: '30' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'long job' }));
    const [message] = (await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages!;
    await advanceClock(cloud, '25s');
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 60 }));
    await advanceClock(cloud, '30s');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined, 'still hidden after the original 30 s');

    await expectAwsError(sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 43200 })), { name: 'InvalidParameterValue', message: 'Value 43200 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]' });

    await advanceClock(cloud, '31s');
    await expectAwsError(sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 10 })), { name: 'MessageNotInflight', message: /Reason: Message does not exist or is not available for visibility timeout change\.$/, code: 'AWS.SimpleQueueService.MessageNotInflight' });
  });

  test('PurgeQueue empties the queue, once per 60 seconds', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'purged' }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [1, 2].map((i) => ({ Id: `m${i}`, MessageBody: 'x' })) }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    const counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessages, '0');
    assert.equal(counts.Attributes!.ApproximateNumberOfMessagesNotVisible, '0');

    await expectAwsError(sqs.send(new PurgeQueueCommand({ QueueUrl })), { name: 'PurgeQueueInProgress', message: 'Only one PurgeQueue operation on purged is allowed every 60 seconds.', status: 403 });
    await advanceClock(cloud, '60s');
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
  });

  test('tags: at creation, TagQueue, UntagQueue, ListQueueTags', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'tagged', tags: { team: 'payments' } }));
    await sqs.send(new TagQueueCommand({ QueueUrl, Tags: { env: 'test', cost: '42' } }));
    assert.deepEqual((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, { team: 'payments', env: 'test', cost: '42' });
    await sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: ['cost', 'missing'] }));
    assert.deepEqual((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, { team: 'payments', env: 'test' });
    await sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: ['team', 'env'] }));
    assert.equal((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, undefined);
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    await expectAwsError(sqs.send(new TagQueueCommand({ QueueUrl, Tags: tooMany })), { name: 'InvalidParameterValue' });
  });

  test('AddPermission and RemovePermission edit the queue policy', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'shared' }));
    await sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'partner-send', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] }));
    await sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'partner-read', AWSAccountIds: ['111122223333', '444455556666'], Actions: ['ReceiveMessage', 'DeleteMessage'] }));
    const policy = JSON.parse((await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] }))).Attributes!.Policy!);
    assert.equal(policy.Version, '2012-10-17');
    assert.equal(policy.Id, 'arn:aws:sqs:us-east-1:000000000000:shared/SQSDefaultPolicy');
    assert.deepEqual(policy.Statement[0], {
      Sid: 'partner-send',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'SQS:SendMessage',
      Resource: 'arn:aws:sqs:us-east-1:000000000000:shared',
    });
    assert.deepEqual(policy.Statement[1].Action, ['SQS:ReceiveMessage', 'SQS:DeleteMessage']);

    await expectAwsError(sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'partner-send', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] })), { message: 'Value partner-send for parameter Label is invalid. Reason: Already exists.' });
    await expectAwsError(sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'x', AWSAccountIds: ['111122223333'], Actions: ['CreateQueue'] })), { name: 'InvalidParameterValue' });

    await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'partner-send' }));
    await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'partner-read' }));
    const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] }));
    assert.equal(attributes.Attributes, undefined);
    await expectAwsError(sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'partner-send' })), { message: "Value partner-send for parameter Label is invalid. Reason: can't find label on existing policy." });
  });
});

describe('the in-flight quota', () => {
  test('at 120,000 messages in flight a short poll gets OverLimit and a long poll gets nothing', async () => {
    const cloud = await startTestCloud();
    const sqs = new SQSClient(clientConfig(cloud));
    try {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'busy' }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'waiting' }));
      // Arrange 120,000 received-and-not-deleted messages in the store directly: sending and
      // receiving that many through the API would take minutes.
      const db = cloud.runtime.store.db;
      const { id } = db.prepare("SELECT id FROM sqs_queues WHERE name = 'busy'").get() as { id: number };
      const insert = db.prepare(
        `INSERT INTO sqs_messages (queue_id, message_id, body, sent_at, visible_at, receive_count, receipt_token)
         VALUES (?, ?, 'x', ?, ?, 1, 'token')`,
      );
      const now = cloud.clock.now();
      db.transaction(() => {
        for (let i = 0; i < 120_000; i++) insert.run(id, `m${i}`, now, now + 3_600_000);
      })();
      await expectAwsError(sqs.send(new ReceiveMessageCommand({ QueueUrl })), { name: 'OverLimit', message: 'Too many messages have been received without being deleted.\nPlease delete your received messages or let them timeout before receiving more.', status: 403 });
      const longPoll = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
      assert.equal(longPoll.Messages, undefined);
      await advanceClock(cloud, '1h');
      assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages?.length, 1, 'served again once they time out');
    } finally {
      sqs.destroy();
      await cloud.close();
    }
  });
});
