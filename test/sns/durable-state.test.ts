import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, GetTopicAttributesCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { clientConfig, startTestCloud } from '../support/cloud.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-sns-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('topics, subscriptions, FIFO dedup and sequence, and the signing certificate survive a restart with --data-dir', async () => {
  let cloud = await startTestCloud({ dataDir });
  let sns = new SNSClient(clientConfig(cloud));
  const sqs = new SQSClient(clientConfig(cloud));
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'kept.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'kept-q' }));
  const queueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queueArn }] };
  await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: JSON.stringify(policy) } }));
  const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queueArn }));
  const first = await sns.send(new PublishCommand({ TopicArn, Message: 'one', MessageGroupId: 'g' }));
  const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 3 }));
  const certUrl = new URL(JSON.parse(Messages![0]!.Body!).SigningCertURL);
  const certBefore = await (await fetch(new URL(certUrl.pathname, cloud.endpoint))).text();
  assert.match(certBefore, /^-----BEGIN CERTIFICATE-----/);
  sqs.destroy();
  sns.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  sns = new SNSClient(clientConfig(cloud));
  try {
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.FifoTopic, 'true');
    assert.equal((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes?.Endpoint, queueArn);
    const repeat = await sns.send(new PublishCommand({ TopicArn, Message: 'one', MessageGroupId: 'g' }));
    assert.equal(repeat.MessageId, first.MessageId);
    const next = await sns.send(new PublishCommand({ TopicArn, Message: 'two', MessageGroupId: 'g' }));
    assert.ok(BigInt(next.SequenceNumber!) > BigInt(first.SequenceNumber!));
    // The same certificate is served at the same path: old signatures still verify.
    const certAfter = await fetch(new URL(certUrl.pathname, cloud.endpoint));
    assert.equal(certAfter.status, 200);
    assert.equal(await certAfter.text(), certBefore);
  } finally {
    sns.destroy();
    await cloud.close();
  }
});
