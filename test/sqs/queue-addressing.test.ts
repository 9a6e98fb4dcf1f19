import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** How SQS finds the queue a request names, and who it says sent a message. */
describe('SQS queue addressing, unknown queues, dead-letter scope and SenderId', () => {
  let cloud: Cloud;
  let sqs: SQSClient;
  let queueUrl: string;

  before(async () => {
    cloud = await startTestCloud();
    sqs = new SQSClient(clientConfig(cloud));
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'addressed' }))).QueueUrl!;
  });
  after(async () => {
    sqs.destroy();
    await cloud.close();
  });

  test('a QueueUrl may be a bare queue name, an AWS URL, or a URL of another host', async () => {
    const forms = [
      'addressed',
      'https://sqs.us-east-1.amazonaws.com/000000000000/addressed',
      'https://queue.amazonaws.com/000000000000/addressed',
      'http://some-other-host:9324/000000000000/addressed',
    ];
    for (const form of forms) {
      await sqs.send(new SendMessageCommand({ QueueUrl: form, MessageBody: form }));
      const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: form, AttributeNames: ['QueueArn'] }));
      assert.equal(attributes.Attributes!.QueueArn, 'arn:aws:sqs:us-east-1:000000000000:addressed', form);
    }
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
    assert.deepEqual(received.Messages!.map((m) => m.Body).sort(), [...forms].sort());

    // The AWS CLI (query protocol) takes a bare name too.
    const cli = await aws(cloud, ['sqs', 'get-queue-attributes', '--queue-url', 'addressed', '--attribute-names', 'QueueArn']);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal((cli.json as { Attributes: { QueueArn: string } }).Attributes.QueueArn, 'arn:aws:sqs:us-east-1:000000000000:addressed');
  });

  test('a bare name is looked up in the caller\'s account and region', async () => {
    const other = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: '111122223333', secretAccessKey: 'test' } });
    try {
      await expectAwsError(other.send(new SendMessageCommand({ QueueUrl: 'addressed', MessageBody: 'x' })), {
        name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', status: 400, code: 'AWS.SimpleQueueService.NonExistentQueue',
      });
    } finally {
      other.destroy();
    }
    const west = new SQSClient(clientConfig(cloud, 'eu-west-1'));
    try {
      await expectAwsError(west.send(new SendMessageCommand({ QueueUrl: 'addressed', MessageBody: 'x' })), {
        name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', status: 400, code: 'AWS.SimpleQueueService.NonExistentQueue',
      });
    } finally {
      west.destroy();
    }
  });

  test('an unknown queue: JSON says "does not exist.", the query wire "does not exist for this wsdl version."', async () => {
    await expectAwsError(sqs.send(new SendMessageCommand({ QueueUrl: `${cloud.endpoint}/000000000000/nowhere`, MessageBody: 'x' })), {
      name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', status: 400, code: 'AWS.SimpleQueueService.NonExistentQueue',
    });
    const operations: string[][] = [
      ['send-message', '--queue-url', `${cloud.endpoint}/000000000000/nowhere`, '--message-body', 'x'],
      ['receive-message', '--queue-url', 'nowhere'],
      ['get-queue-attributes', '--queue-url', `${cloud.endpoint}/000000000000/nowhere`],
      ['get-queue-url', '--queue-name', 'nowhere'],
    ];
    for (const args of operations) {
      const result = await aws(cloud, ['sqs', ...args]);
      assert.equal(result.code, 254, result.stderr);
      assert.match(result.stderr, /An error occurred \(AWS\.SimpleQueueService\.NonExistentQueue\) when calling the \w+ operation(?: \(reached max retries: \d+\))?: The specified queue does not exist for this wsdl version\./, args[0]);
    }
  });

  test('a URL that is not a queue address is refused', async () => {
    await expectAwsError(sqs.send(new SendMessageCommand({ QueueUrl: 'http://localhost:4566/not-an-account/q', MessageBody: 'x' })), {
      name: 'InvalidAddress', message: 'The address http://localhost:4566/not-an-account/q is not valid for this endpoint.', status: 400,
    });
  });

  test('a dead-letter queue in another region or account is refused as SQS cannot see it', async () => {
    const west = new SQSClient(clientConfig(cloud, 'eu-west-1'));
    const other = new SQSClient({ ...clientConfig(cloud), credentials: { accessKeyId: '111122223333', secretAccessKey: 'test' } });
    try {
      await west.send(new CreateQueueCommand({ QueueName: 'west-dlq' }));
      await other.send(new CreateQueueCommand({ QueueName: 'other-dlq' }));
      for (const target of ['arn:aws:sqs:eu-west-1:000000000000:west-dlq', 'arn:aws:sqs:us-east-1:111122223333:other-dlq']) {
        const policy = JSON.stringify({ deadLetterTargetArn: target, maxReceiveCount: 3 });
        await expectAwsError(sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { RedrivePolicy: policy } })), {
          name: 'InvalidParameterValue',
          message: `Value ${policy} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.`,
          status: 400,
        });
      }
      // The same region and account is fine.
      await sqs.send(new CreateQueueCommand({ QueueName: 'home-dlq' }));
      const policy = JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:home-dlq', maxReceiveCount: 3 });
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { RedrivePolicy: policy } }));
    } finally {
      west.destroy();
      other.destroy();
    }
  });

  test('SenderId is the sending account, not its access key', async () => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'senders' }))).QueueUrl!;
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'from root' }));
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageSystemAttributeNames: ['SenderId'] }));
    assert.equal(received.Messages![0].Attributes!.SenderId, '000000000000');
  });
});
