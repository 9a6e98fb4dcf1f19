import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { createHash } from 'node:crypto';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** SQS basics over the JSON protocol, through the SDK v3 (which checks every MD5 it is given). */
describe('SQS basics through the SDK v3 (JSON protocol)', () => {
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

  test('create, get the URL of, list and delete queues', async () => {
    const created = await sqs.send(new CreateQueueCommand({ QueueName: 'orders' }));
    assert.equal(created.QueueUrl, `${cloud.endpoint}/000000000000/orders`);
    // Creating it again with the same attributes answers the same URL.
    const again = await sqs.send(new CreateQueueCommand({ QueueName: 'orders' }));
    assert.equal(again.QueueUrl, created.QueueUrl);
    await sqs.send(new CreateQueueCommand({ QueueName: 'orders-dlq' }));
    await sqs.send(new CreateQueueCommand({ QueueName: 'audit' }));

    const url = await sqs.send(new GetQueueUrlCommand({ QueueName: 'orders' }));
    assert.equal(url.QueueUrl, created.QueueUrl);

    const all = await sqs.send(new ListQueuesCommand({}));
    assert.deepEqual(all.QueueUrls?.map((u) => u.split('/').pop()), ['audit', 'orders', 'orders-dlq']);
    const prefixed = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'orders' }));
    assert.deepEqual(prefixed.QueueUrls?.map((u) => u.split('/').pop()), ['orders', 'orders-dlq']);
    const page1 = await sqs.send(new ListQueuesCommand({ MaxResults: 2 }));
    assert.equal(page1.QueueUrls?.length, 2);
    assert.ok(page1.NextToken);
    const page2 = await sqs.send(new ListQueuesCommand({ MaxResults: 2, NextToken: page1.NextToken }));
    assert.deepEqual(page2.QueueUrls?.map((u) => u.split('/').pop()), ['orders-dlq']);
    assert.equal(page2.NextToken, undefined);

    await sqs.send(new DeleteQueueCommand({ QueueUrl: created.QueueUrl }));
    await expectAwsError(sqs.send(new GetQueueUrlCommand({ QueueName: 'orders' })), { name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', status: 400, code: 'AWS.SimpleQueueService.NonExistentQueue' });
    // The name stays reserved for 60 seconds after deletion.
    await expectAwsError(
      sqs.send(new CreateQueueCommand({ QueueName: 'orders' })),
      { name: 'QueueDeletedRecently', message: 'You must wait 60 seconds after deleting a queue before you can create another with the same name.', status: 400, code: 'AWS.SimpleQueueService.QueueDeletedRecently' },
    );
    await advanceClock(cloud, '61s');
    await sqs.send(new CreateQueueCommand({ QueueName: 'orders' }));
  });

  test('queue URLs are accepted in the forms clients use', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'url-forms' }));
    const port = new URL(cloud.endpoint).port;
    for (const url of [
      QueueUrl!,
      `http://sqs.us-east-1.localhost:${port}/000000000000/url-forms`,
      `http://localhost:${port}/000000000000/url-forms`,
      'https://sqs.us-east-1.amazonaws.com/000000000000/url-forms',
    ]) {
      await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: url }));
    }
    const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    assert.equal(attributes.Attributes?.ApproximateNumberOfMessages, '4');
  });

  test('queue attributes: defaults, All, named, set, and AWS validation', async () => {
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: 'attrs', Attributes: { VisibilityTimeout: '45', DelaySeconds: '0' }, tags: { team: 'a' } }),
    );
    const all = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    const a = all.Attributes!;
    assert.equal(a.VisibilityTimeout, '45');
    assert.equal(a.MaximumMessageSize, '1048576');
    assert.equal(a.MessageRetentionPeriod, '345600');
    assert.equal(a.ReceiveMessageWaitTimeSeconds, '0');
    assert.equal(a.DelaySeconds, '0');
    assert.equal(a.SqsManagedSseEnabled, 'true');
    assert.equal(a.QueueArn, 'arn:aws:sqs:us-east-1:000000000000:attrs');
    assert.equal(a.ApproximateNumberOfMessages, '0');
    assert.equal(a.ApproximateNumberOfMessagesNotVisible, '0');
    assert.equal(a.ApproximateNumberOfMessagesDelayed, '0');
    assert.match(a.CreatedTimestamp!, /^\d{10}$/);
    assert.equal(a.FifoQueue, undefined);

    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { VisibilityTimeout: '10', MessageRetentionPeriod: '60' } }));
    const named = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['VisibilityTimeout', 'MessageRetentionPeriod'] }));
    assert.deepEqual(named.Attributes, { VisibilityTimeout: '10', MessageRetentionPeriod: '60' });

    await expectAwsError(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { VisibilityTimeout: '43201' } })),
      { name: 'InvalidAttributeValue', message: 'Invalid value for the parameter VisibilityTimeout.', status: 400 },
    );
    await expectAwsError(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Colour: 'blue' } as never })),
      { name: 'InvalidAttributeName', message: 'Unknown Attribute Colour.', status: 400 },
    );
    await expectAwsError(
      sqs.send(new CreateQueueCommand({ QueueName: 'attrs', Attributes: { VisibilityTimeout: '99' } })),
      { name: 'QueueNameExists', message: 'A queue already exists with the same name and a different value for attribute VisibilityTimeout', status: 400, code: 'QueueAlreadyExists' },
    );
    await expectAwsError(
      sqs.send(new CreateQueueCommand({ QueueName: 'bad name!' })),
      { name: 'InvalidParameterValue', message: 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length', status: 400, code: 'InvalidParameterValue' },
    );
  });

  test('send, receive and delete, with attributes and the MD5s clients check', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'work' }));
    const sent = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'hello ✓ world',
        MessageAttributes: {
          colour: { DataType: 'String', StringValue: 'blue' },
          size: { DataType: 'Number', StringValue: '42' },
          blob: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 2, 255]) },
          'kind.custom': { DataType: 'String.custom', StringValue: 'x' },
        },
        MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-5759e988-bd862e3fe1be46a994272793' } },
      }),
    );
    assert.equal(sent.MD5OfMessageBody, createHash('md5').update('hello ✓ world').digest('hex'));
    assert.match(sent.MessageId!, /^[0-9a-f-]{36}$/);
    assert.equal(
      sent.MD5OfMessageAttributes,
      attributeDigest([
        ['blob', 'Binary', Buffer.from([0, 1, 2, 255])],
        ['colour', 'String', 'blue'],
        ['kind.custom', 'String.custom', 'x'],
        ['size', 'Number', '42'],
      ]),
    );
    assert.equal(sent.MD5OfMessageSystemAttributes, attributeDigest([['AWSTraceHeader', 'String', 'Root=1-5759e988-bd862e3fe1be46a994272793']]));

    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'], MaxNumberOfMessages: 10 }),
    );
    assert.equal(received.Messages?.length, 1);
    const message = received.Messages![0];
    assert.equal(message.Body, 'hello ✓ world');
    assert.equal(message.MessageId, sent.MessageId);
    assert.equal(message.MD5OfBody, sent.MD5OfMessageBody);
    assert.equal(message.MD5OfMessageAttributes, sent.MD5OfMessageAttributes);
    assert.deepEqual(Buffer.from(message.MessageAttributes!.blob.BinaryValue!), Buffer.from([0, 1, 2, 255]));
    assert.equal(message.MessageAttributes!.size.StringValue, '42');
    assert.equal(message.Attributes!.ApproximateReceiveCount, '1');
    assert.equal(message.Attributes!.AWSTraceHeader, 'Root=1-5759e988-bd862e3fe1be46a994272793');
    // Root credentials: SQS reports the account, never the access key.
    assert.equal(message.Attributes!.SenderId, '000000000000');
    assert.match(message.Attributes!.SentTimestamp!, /^\d{13}$/);

    // Only the named attributes come back, and the digest covers just those.
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'two', MessageAttributes: { a: { DataType: 'String', StringValue: '1' }, b: { DataType: 'String', StringValue: '2' } } }));
    const some = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['a'] }));
    assert.deepEqual(Object.keys(some.Messages![0].MessageAttributes!), ['a']);

    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle }));
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: some.Messages![0].ReceiptHandle }));
    const counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessages, '0');
    assert.equal(counts.Attributes!.ApproximateNumberOfMessagesNotVisible, '0');

    await expectAwsError(
      sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'not-a-handle' })),
      { name: 'ReceiptHandleIsInvalid', message: 'The input receipt handle "not-a-handle" is not a valid receipt handle.', status: 400 },
    );
  });

  test('visibility timeout and delays run on the virtual clock', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'clocked', Attributes: { VisibilityTimeout: '30' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'm1' }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    assert.equal(first.Messages?.length, 1);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);
    let counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessagesNotVisible, '1');

    await advanceClock(cloud, '29s');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);
    await advanceClock(cloud, '1s');
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }));
    assert.equal(second.Messages?.[0].Attributes?.ApproximateReceiveCount, '2');
    // The first receipt handle no longer deletes it; the newest does.
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![0].ReceiptHandle }));
    counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessagesNotVisible'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessagesNotVisible, '1');
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: second.Messages![0].ReceiptHandle }));

    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 120 }));
    counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessagesDelayed'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessagesDelayed, '1');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);
    await advanceClock(cloud, '2m');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages?.[0].Body, 'later');
  });

  test('retention drops old messages', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'short-lived', Attributes: { MessageRetentionPeriod: '60' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'expires' }));
    await advanceClock(cloud, '61s');
    const counts = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    assert.equal(counts.Attributes!.ApproximateNumberOfMessages, '0');
  });

  test('long polling returns the moment a message arrives, and empty when the wait ends', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'long-poll' }));
    const started = Date.now();
    const waiting = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    await new Promise((r) => setTimeout(r, 50));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'wake up' }));
    const result = await waiting;
    assert.equal(result.Messages?.[0].Body, 'wake up');
    assert.ok(Date.now() - started < 5000, 'the receive returned when the message arrived');

    // An empty queue: the wait ends when 20 s of clock time have passed.
    const empty = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    await new Promise((r) => setTimeout(r, 50));
    await advanceClock(cloud, '20s');
    assert.equal((await empty).Messages, undefined);

    // A delayed message wakes a waiting receiver when it becomes visible.
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'delayed', DelaySeconds: 5 }));
    const delayed = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 10 }));
    await new Promise((r) => setTimeout(r, 50));
    await advanceClock(cloud, '5s');
    assert.equal((await delayed).Messages?.[0].Body, 'delayed');
  });

  test('receive and send parameters are checked as AWS checks them', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'checks' }));
    await expectAwsError(
      sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 })),
      { name: 'InvalidParameterValue', message: 'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.', status: 400 },
    );
    await expectAwsError(
      sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 21 })),
      { name: 'InvalidParameterValue', message: 'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.', status: 400 },
    );
    await expectAwsError(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(1048577) })),
      { name: 'InvalidParameterValue', message: 'One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.', status: 400 },
    );
    // 1 MiB exactly is accepted (AWS's limit since 2025).
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(1048576) }));
    await expectAwsError(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'bad \u0001 char' })),
      { name: 'InvalidMessageContents', message: /^Invalid binary character '#x1' was found in the message body/, status: 400 },
    );
    await expectAwsError(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'n', MessageAttributes: { n: { DataType: 'Number', StringValue: 'abc' } } })),
      { name: 'InvalidParameterValue', message: "Can't cast the value of message (user) attribute 'n' to a number.", status: 400 },
    );
    await expectAwsError(
      sqs.send(new SendMessageCommand({ QueueUrl: `${cloud.endpoint}/000000000000/nope`, MessageBody: 'x' })),
      { name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', status: 400, code: 'AWS.SimpleQueueService.NonExistentQueue' },
    );
  });

});

/**
 * AWS's documented MD5OfMessageAttributes algorithm, restated here from the
 * SQS developer guide so the test does not trust the code it tests: for each
 * attribute in name order, 4-byte big-endian length + bytes of the name, of
 * the data type, then 1 (string) or 2 (binary), then length + bytes of the value.
 */
function attributeDigest(entries: Array<[string, string, string | Buffer]>): string {
  const parts: Buffer[] = [];
  const withLength = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    parts.push(length, bytes);
  };
  for (const [name, type, value] of entries) {
    withLength(Buffer.from(name));
    withLength(Buffer.from(type));
    parts.push(Buffer.from([typeof value === 'string' ? 1 : 2]));
    withLength(typeof value === 'string' ? Buffer.from(value) : value);
  }
  return createHash('md5').update(Buffer.concat(parts)).digest('hex');
}
