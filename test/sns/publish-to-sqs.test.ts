import assert from 'node:assert/strict';
import { verify, X509Certificate } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListSubscriptionsCommand,
  PublishBatchCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('SNS publish to SQS', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    sns.destroy();
    sqs.destroy();
    await cloud.close();
  });

  /** A queue whose policy lets the topic send to it (or not); answers its URL and ARN. */
  async function queueFor(name: string, topicArn: string | undefined, attributes: Record<string, string> = {}) {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    if (topicArn) {
      const policy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }],
      };
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: JSON.stringify(policy) } }));
    }
    return { url: QueueUrl!, arn };
  }

  async function receive(url: string, wait = 2) {
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: wait, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }));
    return Messages ?? [];
  }

  test('a notification reaches a subscribed queue in AWS envelope, its signature verifies against the served certificate', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'signed' }));
    const queue = await queueFor('signed-q', TopicArn);
    const sub = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    assert.match(sub.SubscriptionArn!, new RegExp(`^${TopicArn}:[0-9a-f-]{36}$`));
    const published = await sns.send(
      new PublishCommand({ TopicArn, Message: 'hello', Subject: 'greeting', MessageAttributes: { colour: { DataType: 'String', StringValue: 'blue' } } }),
    );
    const [message] = await receive(queue.url);
    assert.ok(message, 'a message arrived');
    const envelope = JSON.parse(message!.Body!);
    assert.deepEqual(Object.keys(envelope), ['Type', 'MessageId', 'TopicArn', 'Subject', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL', 'UnsubscribeURL', 'MessageAttributes']);
    assert.equal(envelope.Type, 'Notification');
    assert.equal(envelope.MessageId, published.MessageId);
    assert.equal(envelope.Message, 'hello');
    assert.equal(envelope.Subject, 'greeting');
    assert.deepEqual(envelope.MessageAttributes, { colour: { Type: 'String', Value: 'blue' } });
    assert.match(envelope.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(envelope.SignatureVersion, '1');
    assert.ok(envelope.UnsubscribeURL.includes(encodeURIComponent(sub.SubscriptionArn!)));

    const certResponse = await fetch(envelope.SigningCertURL);
    assert.equal(certResponse.status, 200);
    const cert = new X509Certificate(await certResponse.text());
    const canonical = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'].map((k) => `${k}\n${envelope[k]}\n`).join('');
    assert.ok(verify('sha1', Buffer.from(canonical), cert.publicKey, Buffer.from(envelope.Signature, 'base64')), 'SHA1 signature verifies');

    // SignatureVersion 2 signs with SHA256.
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'SignatureVersion', AttributeValue: '2' }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'v2' }));
    const [second] = await receive(queue.url);
    const v2 = JSON.parse(second!.Body!);
    assert.equal(v2.SignatureVersion, '2');
    const canonical2 = ['Message', 'MessageId', 'Timestamp', 'TopicArn', 'Type'].map((k) => `${k}\n${v2[k]}\n`).join('');
    assert.ok(verify('sha256', Buffer.from(canonical2), cert.publicKey, Buffer.from(v2.Signature, 'base64')), 'SHA256 signature verifies');
    assert.ok(!verify('sha256', Buffer.from(canonical2 + 'x'), cert.publicKey, Buffer.from(v2.Signature, 'base64')), 'a changed message does not verify');
  });

  test('a queue whose policy does not allow the topic receives nothing', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'unallowed' }));
    const queue = await queueFor('unallowed-q', undefined);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'lost' }));
    await advanceClock(cloud, '10s');
    assert.deepEqual(await receive(queue.url, 0), []);
  });

  test('a delivery that fails is retried on the virtual clock, then goes to the subscription\'s dead-letter queue', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'retried' }));
    const late = await queueFor('late-policy-q', undefined);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: late.arn }));
    const dlq = await queueFor('retried-dlq', TopicArn);
    const missing = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:never-created' }));
    await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: missing.SubscriptionArn, AttributeName: 'RedrivePolicy', AttributeValue: JSON.stringify({ deadLetterTargetArn: dlq.arn }) }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'persistent' }));
    await advanceClock(cloud, '1s');
    assert.deepEqual(await receive(late.url, 0), []);
    // The queue's owner fixes its policy; a later retry gets through.
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: late.arn }] };
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: late.url, Attributes: { Policy: JSON.stringify(policy) } }));
    for (let i = 0; i < 12; i++) await advanceClock(cloud, '20s');
    const [arrived] = await receive(late.url);
    assert.equal(JSON.parse(arrived!.Body!).Message, 'persistent');
    // The subscription whose queue never came has given up and redriven the message.
    const [redriven] = await receive(dlq.url);
    assert.equal(JSON.parse(redriven!.Body!).Message, 'persistent');
  });

  test('raw message delivery carries attributes as SQS message attributes', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'raw' }));
    const queue = await queueFor('raw-q', TopicArn);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await sns.send(
      new PublishCommand({
        TopicArn,
        Message: '{"id":1}',
        MessageAttributes: {
          amount: { DataType: 'Number', StringValue: '42' },
          blob: { DataType: 'Binary', BinaryValue: Buffer.from([1, 2, 3]) },
          tags: { DataType: 'String.Array', StringValue: '["a","b"]' },
        },
      }),
    );
    const [message] = await receive(queue.url);
    assert.equal(message!.Body, '{"id":1}');
    assert.equal(message!.MessageAttributes?.amount?.StringValue, '42');
    assert.equal(message!.MessageAttributes?.amount?.DataType, 'Number');
    assert.deepEqual([...message!.MessageAttributes!.blob!.BinaryValue!], [1, 2, 3]);
    assert.equal(message!.MessageAttributes?.tags?.StringValue, '["a","b"]');
  });

  test('filter policies on attributes and on the body; malformed policies are refused', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'filtered' }));
    const byAttribute = await queueFor('filter-attr-q', TopicArn);
    const byBody = await queueFor('filter-body-q', TopicArn);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: byAttribute.arn, Attributes: { FilterPolicy: JSON.stringify({ colour: ['red'], size: [{ numeric: ['>', 10] }] }) } }));
    await sns.send(
      new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: byBody.arn, Attributes: { FilterPolicyScope: 'MessageBody', FilterPolicy: JSON.stringify({ order: { kind: ['book'] } }) } }),
    );
    await sns.send(new PublishCommand({ TopicArn, Message: '{"order":{"kind":"pen"}}', MessageAttributes: { colour: { DataType: 'String', StringValue: 'red' }, size: { DataType: 'Number', StringValue: '5' } } }));
    await sns.send(new PublishCommand({ TopicArn, Message: '{"order":{"kind":"book"}}', MessageAttributes: { colour: { DataType: 'String', StringValue: 'red' }, size: { DataType: 'Number', StringValue: '11' } } }));
    const attributeMatches = await receive(byAttribute.url);
    assert.deepEqual(attributeMatches.map((m) => JSON.parse(m.Body!).Message), ['{"order":{"kind":"book"}}']);
    const bodyMatches = await receive(byBody.url);
    assert.deepEqual(bodyMatches.map((m) => JSON.parse(m.Body!).Message), ['{"order":{"kind":"book"}}']);

    const sub = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: byAttribute.arn.replace('filter-attr-q', 'other') }));
    await expectAwsError(sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: sub.SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '{"a":[1],"b":[1],"c":[1],"d":[1],"e":[1],"f":[1]}' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys',
      status: 400,
    });
    await expectAwsError(sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: sub.SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '[1]' })), {
      name: 'InvalidParameterException',
      message: /^Invalid parameter: FilterPolicy: /,
    });
    await expectAwsError(sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: sub.SubscriptionArn, AttributeName: 'FilterPolicyScope', AttributeValue: 'Nowhere' })), {
      name: 'InvalidParameterException',
    });
  });

  test('MessageStructure json sends each protocol its own message; "default" is required', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'structured' }));
    const queue = await queueFor('structured-q', TopicArn);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    await sns.send(new PublishCommand({ TopicArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'for all', sqs: 'for queues' }) }));
    const [message] = await receive(queue.url);
    assert.equal(JSON.parse(message!.Body!).Message, 'for queues');
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, MessageStructure: 'json', Message: JSON.stringify({ sqs: 'x' }) })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Message Structure - No default entry in JSON message body',
      status: 400,
    });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, MessageStructure: 'json', Message: 'not json' })), {
      message: 'Invalid parameter: Message Structure - JSON message body failed to parse',
    });
  });

  test('publish errors: no target, missing topic, empty and oversized messages, bad attributes', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'errors' }));
    await expectAwsError(sns.send(new PublishCommand({ Message: 'x' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
      status: 400,
    });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn: `${TopicArn}-absent`, Message: 'x' })), { name: 'NotFoundException', message: 'Topic does not exist', status: 404 });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn: 'my-topic', Message: 'x' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
      status: 400,
    });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, Message: '' })), { name: 'InvalidParameterException', message: 'Invalid parameter: Empty message' });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, Message: 'x'.repeat(256 * 1024 + 1) })), { name: 'InvalidParameterException', message: 'Invalid parameter: Message too long' });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, Message: 'x', MessageAttributes: { n: { DataType: 'Number', StringValue: 'abc' } } })), {
      name: 'InvalidParameterValueException',
      message: "Could not cast message attribute 'n' value to number.",
      status: 400,
    });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, Message: 'x', MessageAttributes: { n: { DataType: 'Colour', StringValue: 'abc' } } })), {
      name: 'InvalidParameterValueException',
      message: "The message attribute 'n' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.",
    });
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, Message: 'x', MessageDeduplicationId: 'd' })), {
      message: 'Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    });
  });

  test('FIFO topic to FIFO queue: group and dedup ids carried, 5-minute dedup window on the virtual clock', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'orders.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    const queue = await queueFor('orders-q.fifo', TopicArn, { FifoQueue: 'true' });
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await expectAwsError(sns.send(new PublishCommand({ TopicArn, Message: 'a' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
    });
    const first = await sns.send(new PublishCommand({ TopicArn, Message: 'a', MessageGroupId: 'g1' }));
    const repeat = await sns.send(new PublishCommand({ TopicArn, Message: 'a', MessageGroupId: 'g1' }));
    assert.equal(repeat.MessageId, first.MessageId);
    assert.match(first.SequenceNumber!, /^\d{20}$/);
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.url, WaitTimeSeconds: 2, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }));
    assert.equal(received.Messages?.length, 1);
    assert.equal(received.Messages![0]!.Attributes?.MessageGroupId, 'g1');
    assert.ok(received.Messages![0]!.Attributes?.MessageDeduplicationId);
    await advanceClock(cloud, '6m');
    const later = await sns.send(new PublishCommand({ TopicArn, Message: 'a', MessageGroupId: 'g1' }));
    assert.notEqual(later.MessageId, first.MessageId);
  });

  test('PublishBatch: per-entry results and AWS errors for the batch', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'batch' }));
    const result = await sns.send(
      new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: [{ Id: 'ok', Message: 'one' }, { Id: 'empty', Message: '' }] }),
    );
    assert.deepEqual(result.Successful?.map((s) => s.Id), ['ok']);
    assert.deepEqual(result.Failed, [{ Id: 'empty', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message', SenderFault: true }]);
    await expectAwsError(sns.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, Message: 'x' })) })), {
      name: 'TooManyEntriesInBatchRequestException',
      message: 'The batch request contains more entries than permissible.',
      status: 400,
    });
    await expectAwsError(sns.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: [{ Id: 'a', Message: 'x' }, { Id: 'a', Message: 'y' }] })), {
      name: 'BatchEntryIdsNotDistinctException',
      message: 'Two or more batch entries in the request have the same Id.',
    });
    await expectAwsError(sns.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: [{ Id: 'a', Message: 'x'.repeat(200_000) }, { Id: 'b', Message: 'y'.repeat(100_000) }] })), {
      name: 'BatchRequestTooLongException',
      message: 'The length of all the messages put together is more than the limit.',
    });
  });

  test('ListSubscriptionsByTopic and ListSubscriptions page by 100', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'many-subscribers' }));
    for (let i = 0; i < 101; i++) await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: `arn:aws:sqs:us-east-1:000000000000:sub-${i}` }));
    const first = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    assert.equal(first.Subscriptions?.length, 100);
    const second = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn, NextToken: first.NextToken }));
    assert.equal(second.Subscriptions?.length, 1);
    assert.equal(second.NextToken, undefined);
    const all = await sns.send(new ListSubscriptionsCommand({}));
    assert.equal(all.Subscriptions?.length, 100);
    assert.ok(all.NextToken);
  });

  test('PublishBatch to a FIFO topic: per-entry group ids, sequence numbers in order', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'batch.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    const result = await sns.send(
      new PublishBatchCommand({
        TopicArn,
        PublishBatchRequestEntries: [
          { Id: 'a', Message: 'one', MessageGroupId: 'g' },
          { Id: 'b', Message: 'two' },
          { Id: 'c', Message: 'three', MessageGroupId: 'g' },
        ],
      }),
    );
    assert.deepEqual(result.Successful?.map((s) => s.Id), ['a', 'c']);
    assert.ok(BigInt(result.Successful![1]!.SequenceNumber!) > BigInt(result.Successful![0]!.SequenceNumber!));
    assert.deepEqual(result.Failed, [{ Id: 'b', Code: 'InvalidParameter', Message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics', SenderFault: true }]);
  });

  test('subscription attributes, listings and Unsubscribe', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'listing' }));
    const queue = await queueFor('listing-q', TopicArn);
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    const again = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    assert.equal(again.SubscriptionArn, SubscriptionArn);
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    assert.equal(Attributes?.Protocol, 'sqs');
    assert.equal(Attributes?.PendingConfirmation, 'false');
    assert.equal(Attributes?.RawMessageDelivery, 'false');
    assert.equal(Attributes?.Endpoint, queue.arn);
    const byTopic = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    assert.deepEqual(byTopic.Subscriptions, [{ SubscriptionArn, Owner: '000000000000', Protocol: 'sqs', Endpoint: queue.arn, TopicArn }]);
    const all = await sns.send(new ListSubscriptionsCommand({}));
    assert.ok(all.Subscriptions?.some((s) => s.SubscriptionArn === SubscriptionArn));
    const confirmed = (await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.SubscriptionsConfirmed;
    assert.equal(confirmed, '1');
    await expectAwsError(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'carrier-pigeon', Endpoint: 'x' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon',
    });
    await expectAwsError(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'not-an-arn' })), { message: 'Invalid parameter: SQS endpoint ARN' });
    await expectAwsError(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:jobs.fifo' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
    });
    await expectAwsError(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: 'ftp://example.com' })), { message: 'Invalid parameter: Endpoint must match the specified protocol' });
    await expectAwsError(
      sns.send(new SubscribeCommand({ TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:000000000000:function:f', Attributes: { RawMessageDelivery: 'true' } })),
      { message: 'Invalid parameter: Delivery protocol [lambda] does not support raw message delivery.' },
    );
    const fifoTopic = await sns.send(new CreateTopicCommand({ Name: 'listing.fifo', Attributes: { FifoTopic: 'true' } }));
    await expectAwsError(sns.send(new SubscribeCommand({ TopicArn: fifoTopic.TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:000000000000:function:f' })), {
      message: 'Invalid parameter: Invalid protocol type: lambda',
    });
    await sns.send(new UnsubscribeCommand({ SubscriptionArn }));
    await expectAwsError(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn })), { name: 'NotFoundException', message: 'Subscription does not exist', status: 404 });

    // The CLI subscribes and lists through the query protocol too.
    const cli = await aws(cloud, ['sns', 'subscribe', '--topic-arn', TopicArn!, '--protocol', 'sqs', '--notification-endpoint', queue.arn]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.json.SubscriptionArn, /^arn:aws:sns:us-east-1:000000000000:listing:/);
    const published = await aws(cloud, ['sns', 'publish', '--topic-arn', TopicArn!, '--message', 'from the cli', '--message-attributes', '{"source":{"DataType":"String","StringValue":"cli"}}']);
    assert.equal(published.code, 0, published.stderr);
    const [delivered] = await receive(queue.url);
    const envelope = JSON.parse(delivered!.Body!);
    assert.equal(envelope.MessageId, published.json.MessageId);
    assert.deepEqual(envelope.MessageAttributes, { source: { Type: 'String', Value: 'cli' } });
  });
});

