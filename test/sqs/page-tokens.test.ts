import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancelMessageMoveTaskCommand,
  CreateQueueCommand,
  ListDeadLetterSourceQueuesCommand,
  ListQueuesCommand,
  SendMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** The tokens an earlier release gave out: base64 (with '=' padding) of {"after": <key>}. */
const earlierToken = (after: string) => Buffer.from(JSON.stringify({ after })).toString('base64');
const names = (urls: string[] | undefined) => (urls ?? []).map((url) => url.split('/').pop());

describe('SQS page tokens (core/pagination)', () => {
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

  test('ListQueues pages with base64url tokens, and still reads the tokens an earlier release gave out', async () => {
    for (const name of ['pages-a', 'pages-b', 'pages-c']) await sqs.send(new CreateQueueCommand({ QueueName: name }));
    const first = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'pages-', MaxResults: 2 }));
    assert.deepEqual(names(first.QueueUrls), ['pages-a', 'pages-b']);
    assert.match(first.NextToken!, /^[A-Za-z0-9_-]+$/);
    const second = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'pages-', MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(names(second.QueueUrls), ['pages-c']);
    assert.equal(second.NextToken, undefined);

    const old = earlierToken('pages-a');
    assert.match(old, /=$/, 'the earlier token is padded');
    const resumed = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'pages-', MaxResults: 1, NextToken: old }));
    assert.deepEqual(names(resumed.QueueUrls), ['pages-b']);
    assert.ok(resumed.NextToken);
    // Without MaxResults, SQS gives no token.
    const whole = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'pages-' }));
    assert.equal(whole.NextToken, undefined);
  });

  test('ListDeadLetterSourceQueues pages the same way', async () => {
    const { QueueUrl: dlq } = await sqs.send(new CreateQueueCommand({ QueueName: 'pages-dlq' }));
    const arn = 'arn:aws:sqs:us-east-1:000000000000:pages-dlq';
    const policy = JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 3 });
    for (const name of ['src-1', 'src-2', 'src-3']) await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { RedrivePolicy: policy } }));
    const first = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 2 }));
    assert.deepEqual(names(first.queueUrls), ['src-1', 'src-2']);
    const second = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(names(second.queueUrls), ['src-3']);
    const old = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 2, NextToken: earlierToken('arn:aws:sqs:us-east-1:000000000000:src-1') }));
    assert.deepEqual(names(old.queueUrls), ['src-2', 'src-3']);
  });

  test('a token that is not one of ours is InvalidParameterValue', async () => {
    for (const token of ['not-a-token', Buffer.from('{"offset":3}').toString('base64url'), Buffer.from('[1,2]').toString('base64')]) {
      await expectAwsError(sqs.send(new ListQueuesCommand({ MaxResults: 1, NextToken: token })), {
        name: 'InvalidParameterValue',
        message: 'Invalid NextToken value.',
        status: 400,
      });
    }
    const { QueueUrls } = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'pages-a' }));
    assert.deepEqual(names(QueueUrls), ['pages-a']);
  });

  test('move task handles are opaque the same way: earlier base64 handles still work, foreign ones are not found', async () => {
    const { QueueUrl: dlq } = await sqs.send(new CreateQueueCommand({ QueueName: 'handles-dlq' }));
    const dlqArn = 'arn:aws:sqs:us-east-1:000000000000:handles-dlq';
    await sqs.send(new CreateQueueCommand({ QueueName: 'handles-src', Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }) } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: dlq, MessageBody: 'parked' }));
    const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn, DestinationArn: 'arn:aws:sqs:us-east-1:000000000000:handles-src' }));
    assert.match(TaskHandle!, /^[A-Za-z0-9_-]+$/);
    for (const handle of ['nonsense', Buffer.from('{"after":"x"}').toString('base64url')]) {
      await expectAwsError(sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle: handle })), {
        name: 'ResourceNotFoundException',
        message: "The resource that you specified for the TaskHandle parameter doesn't exist.",
        status: 404,
      });
    }
    // The same handle as an earlier release wrote it (base64, '+/=' alphabet) names the same task.
    const earlier = Buffer.from(TaskHandle!, 'base64url').toString('base64');
    const cancelled = await sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle: earlier }));
    assert.equal(cancelled.ApproximateNumberOfMessagesMoved, 0);
  });
});
