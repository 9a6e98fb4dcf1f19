import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

interface Sent {
  protocol: string;
  endpoint: string;
  subject?: string;
  message: string;
  messageId?: string;
}

async function sent(cloud: Cloud, query = ''): Promise<{ status: number; messages: Sent[]; error?: string }> {
  const response = await fetch(`${cloud.endpoint}/_nimbus/sns/messages${query}`);
  const body = (await response.json()) as { messages: Sent[]; error?: string };
  return { status: response.status, ...body };
}

/** GET /_nimbus/sns/messages: what SNS "sent" where Nimbus cannot deliver (email, SMS, push, Firehose). */
describe('reading what SNS sent', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
  });
  after(async () => {
    sns.destroy();
    await cloud.close();
  });

  test('an email confirmation, then a Firehose record of a notification, filtered by protocol and endpoint', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'recorded' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'dev@example.com' }));
    const emails = await sent(cloud, '?protocol=email&endpoint=dev%40example.com');
    assert.equal(emails.status, 200);
    assert.equal(emails.messages.length, 1);
    assert.match(emails.messages[0]!.message, /SubscribeURL|https?:\/\//);

    await sns.send(new SubscribeCommand({
      TopicArn,
      Protocol: 'firehose',
      Endpoint: 'arn:aws:firehose:us-east-1:000000000000:deliverystream/audit',
      Attributes: { SubscriptionRoleArn: 'arn:aws:iam::000000000000:role/sns-firehose' },
    }));
    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'to the stream', Subject: 'audit' }));
    const records = await sent(cloud, '?protocol=firehose');
    assert.equal(records.messages.length, 1);
    const record = records.messages[0]!;
    assert.equal(record.endpoint, 'arn:aws:firehose:us-east-1:000000000000:deliverystream/audit');
    const envelope = JSON.parse(record.message) as { Type: string; MessageId: string; Message: string; TopicArn: string };
    assert.deepEqual([envelope.Type, envelope.MessageId, envelope.Message, envelope.TopicArn], ['Notification', MessageId, 'to the stream', TopicArn]);

    const all = await sent(cloud);
    assert.ok(all.messages.length >= 2);
    assert.equal((await fetch(`${cloud.endpoint}/_nimbus/sns/messages`, { method: 'DELETE' })).status, 405);
  });

  test('a Nimbus that does not serve SNS says so', async () => {
    const sqsOnly = await startTestCloud({ services: ['sqs'] });
    try {
      const answer = await sent(sqsOnly);
      assert.equal(answer.status, 404);
      assert.equal(answer.error, 'SNS is not served by this Nimbus');
    } finally {
      await sqsOnly.close();
    }
  });
});
