import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

/** A topic in one region and account delivering to queues in another region and another account, all inside Nimbus. */
describe('SNS delivery across regions and accounts', () => {
  let cloud: Cloud;
  const clients: Array<{ destroy(): void }> = [];
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await cloud.close();
  });

  function sqsFor(region: string, accessKeyId = 'test'): SQSClient {
    const client = new SQSClient({ ...clientConfig(cloud, region), credentials: { accessKeyId, secretAccessKey: 'test' } });
    clients.push(client);
    return client;
  }

  async function queueAllowing(sqs: SQSClient, name: string, topicArn: string) {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] };
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: JSON.stringify(policy) } }));
    return { url: QueueUrl!, arn };
  }

  test('a us-east-1 topic reaches a queue in eu-west-1 and a queue of account 111122223333', async () => {
    const sns = new SNSClient(clientConfig(cloud));
    clients.push(sns);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'far-reaching' }));
    const west = sqsFor('eu-west-1');
    const partner = sqsFor('us-east-1', '111122223333');
    const westQueue = await queueAllowing(west, 'west-inbox', TopicArn!);
    const partnerQueue = await queueAllowing(partner, 'partner-inbox', TopicArn!);
    assert.match(westQueue.arn, /^arn:aws:sqs:eu-west-1:000000000000:west-inbox$/);
    assert.match(partnerQueue.arn, /^arn:aws:sqs:us-east-1:111122223333:partner-inbox$/);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: westQueue.arn }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: partnerQueue.arn }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'everywhere' }));
    for (const [client, queue] of [[west, westQueue], [partner, partnerQueue]] as const) {
      const { Messages } = await client.send(new ReceiveMessageCommand({ QueueUrl: queue.url, WaitTimeSeconds: 2 }));
      assert.equal(Messages?.length, 1, queue.arn);
      const envelope = JSON.parse(Messages![0]!.Body!) as { Type: string; TopicArn: string; Message: string };
      assert.equal(envelope.Type, 'Notification');
      assert.equal(envelope.TopicArn, TopicArn);
      assert.equal(envelope.Message, 'everywhere');
    }
  });
});
