import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancelMessageMoveTaskCommand,
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ListDeadLetterSourceQueuesCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ARN = (name: string) => `arn:aws:sqs:us-east-1:000000000000:${name}`;

describe('SQS dead-letter queues and message move tasks (SDK v3)', () => {
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

  async function queue(name: string, attributes: Record<string, string> = {}): Promise<string> {
    return (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl!;
  }

  async function depth(url: string): Promise<number> {
    const attributes = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
    );
    return Number(attributes.Attributes!.ApproximateNumberOfMessages) + Number(attributes.Attributes!.ApproximateNumberOfMessagesNotVisible);
  }

  test('a message received more than maxReceiveCount times moves to the dead-letter queue', async () => {
    const dlq = await queue('work-dlq');
    const work = await queue('work', {
      VisibilityTimeout: '10',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('work-dlq'), maxReceiveCount: 2 }),
    });
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: work, MessageBody: 'poison', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } }));
    for (let receive = 1; receive <= 2; receive++) {
      const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: work, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }));
      assert.equal(got.Messages?.[0].Attributes?.ApproximateReceiveCount, String(receive));
      await advanceClock(cloud, '10s');
    }
    // The third receive finds it over the limit: it goes to the DLQ instead.
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: work }))).Messages, undefined);
    assert.equal(await depth(work), 0);
    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] }));
    const message = dead.Messages![0];
    assert.equal(message.MessageId, sent.MessageId);
    assert.equal(message.Body, 'poison');
    assert.equal(message.MessageAttributes?.k.StringValue, 'v');
    assert.equal(message.Attributes?.DeadLetterQueueSourceArn, ARN('work'));
    assert.equal(message.Attributes?.ApproximateReceiveCount, '1');

    const sources = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq }));
    assert.deepEqual(sources.queueUrls, [work]);
  });

  test('RedrivePolicy is validated as SQS validates it', async () => {
    await queue('std-dlq');
    await queue('fifo-dlq.fifo', { FifoQueue: 'true' });
    const source = await queue('redrive-source');
    const cases: Array<[string, string]> = [
      ['not json', 'Redrive policy is not a valid JSON map.'],
      [JSON.stringify({ maxReceiveCount: 3 }), 'Redrive policy does not contain mandatory attribute: deadLetterTargetArn.'],
      [JSON.stringify({ deadLetterTargetArn: ARN('std-dlq'), maxReceiveCount: 0 }), 'Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive.'],
      [JSON.stringify({ deadLetterTargetArn: ARN('nowhere'), maxReceiveCount: 3 }), 'Dead letter target does not exist.'],
      [JSON.stringify({ deadLetterTargetArn: ARN('fifo-dlq.fifo'), maxReceiveCount: 3 }), 'Dead-letter queue must be same type of queue as the source.'],
    ];
    for (const [policy, reason] of cases) {
      await expectAwsError(sqs.send(new SetQueueAttributesCommand({ QueueUrl: source, Attributes: { RedrivePolicy: policy } })), { name: 'InvalidParameterValue', message: `Value ${policy} for parameter RedrivePolicy is invalid. Reason: ${reason}` });
    }
    // A RedriveAllowPolicy on the DLQ decides which sources may use it.
    const guarded = await queue('guarded-dlq', { RedriveAllowPolicy: JSON.stringify({ redrivePermission: 'byQueue', sourceQueueArns: [ARN('allowed-source')] }) });
    assert.ok(guarded);
    await expectAwsError(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl: source, Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('guarded-dlq'), maxReceiveCount: 1 }) } })),
      { name: 'InvalidParameterValue' },
    );
    await queue('allowed-source', { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('guarded-dlq'), maxReceiveCount: 1 }) });
    await expectAwsError(sqs.send(new SetQueueAttributesCommand({ QueueUrl: source, Attributes: { RedriveAllowPolicy: '{"redrivePermission":"byQueue"}' } })), { name: 'InvalidParameterValue' });
    // An empty value removes the policy.
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: source, Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('std-dlq'), maxReceiveCount: 5 }) } }));
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: source, Attributes: { RedrivePolicy: '' } }));
    const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: source, AttributeNames: ['RedrivePolicy'] }));
    assert.equal(attributes.Attributes, undefined);
  });

  test('FIFO dead-letter queues keep the group and order', async () => {
    const dlq = await queue('f-dlq.fifo', { FifoQueue: 'true' });
    const work = await queue('f-work.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
      VisibilityTimeout: '5',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('f-dlq.fifo'), maxReceiveCount: 1 }),
    });
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: work, Entries: ['x1', 'x2'].map((b) => ({ Id: b, MessageBody: b, MessageGroupId: 'x' })) }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: work, MaxNumberOfMessages: 10 }))).Messages?.length, 2);
    await advanceClock(cloud, '5s');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: work, MaxNumberOfMessages: 10 }))).Messages, undefined);
    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['MessageGroupId'] }));
    assert.deepEqual(dead.Messages?.map((m) => [m.Body, m.Attributes?.MessageGroupId]), [['x1', 'x'], ['x2', 'x']]);
  });

  test('message move tasks: back to the source queues, on the clock, at the given rate', async () => {
    await queue('mv-dlq');
    const source = await queue('mv-source', { VisibilityTimeout: '1', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('mv-dlq'), maxReceiveCount: 1 }) });
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: source, Entries: Array.from({ length: 6 }, (_, i) => ({ Id: `m${i}`, MessageBody: `m${i}` })) }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }));
    await advanceClock(cloud, '1s');
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }));
    const dlqUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'mv-dlq' }))).QueueUrl!;
    assert.equal(await depth(dlqUrl), 6);

    await expectAwsError(sqs.send(new StartMessageMoveTaskCommand({ SourceArn: ARN('mv-source') })), { name: 'InvalidParameterValue', message: 'Source queue must be configured as a Dead Letter Queue.' });

    const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: ARN('mv-dlq'), MaxNumberOfMessagesPerSecond: 2 }));
    assert.ok(TaskHandle);
    await expectAwsError(sqs.send(new StartMessageMoveTaskCommand({ SourceArn: ARN('mv-dlq') })), { message: 'There is already a task running. Only one active task is allowed for a source queue arn at a given time.' });

    let tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: ARN('mv-dlq') }));
    assert.equal(tasks.Results?.[0].Status, 'RUNNING');
    assert.equal(tasks.Results?.[0].ApproximateNumberOfMessagesToMove, 6);
    assert.equal(tasks.Results?.[0].TaskHandle, TaskHandle);

    await advanceClock(cloud, '1s');
    tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: ARN('mv-dlq') }));
    assert.equal(tasks.Results?.[0].ApproximateNumberOfMessagesMoved, 2, 'two messages a second');
    await advanceClock(cloud, '3s');
    tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: ARN('mv-dlq') }));
    assert.equal(tasks.Results?.[0].Status, 'COMPLETED');
    assert.equal(tasks.Results?.[0].ApproximateNumberOfMessagesMoved, 6);
    assert.equal(tasks.Results?.[0].TaskHandle, undefined);
    assert.equal(await depth(dlqUrl), 0);
    const back = await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }));
    assert.equal(back.Messages?.length, 6);
    assert.equal(back.Messages?.[0].Attributes?.DeadLetterQueueSourceArn, undefined);
  });

  test('a move task to a named destination can be cancelled', async () => {
    await queue('c-dlq');
    const source = await queue('c-source', { VisibilityTimeout: '1', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('c-dlq'), maxReceiveCount: 1 }) });
    const destination = await queue('c-destination');
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: source, Entries: Array.from({ length: 5 }, (_, i) => ({ Id: `m${i}`, MessageBody: `m${i}` })) }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }));
    await advanceClock(cloud, '1s');
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }));

    await expectAwsError(sqs.send(new StartMessageMoveTaskCommand({ SourceArn: ARN('c-dlq'), DestinationArn: ARN('nowhere') })), { name: 'ResourceNotFoundException' });
    const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: ARN('c-dlq'), DestinationArn: ARN('c-destination'), MaxNumberOfMessagesPerSecond: 1 }));
    await advanceClock(cloud, '1s');
    const cancelled = await sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle }));
    assert.equal(cancelled.ApproximateNumberOfMessagesMoved, 1);
    let tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: ARN('c-dlq'), MaxResults: 10 }));
    assert.equal(tasks.Results?.[0].Status, 'CANCELLING');
    await advanceClock(cloud, '1s');
    tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: ARN('c-dlq'), MaxResults: 10 }));
    assert.equal(tasks.Results?.[0].Status, 'CANCELLED');
    assert.equal(tasks.Results?.[0].DestinationArn, ARN('c-destination'));
    assert.equal(await depth(destination), 1);
    await expectAwsError(sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle })), { name: 'InvalidParameterValue' });
  });
});
