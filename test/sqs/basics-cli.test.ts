import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, AWS_CLI, startTestCloud } from '../support/cloud.js';

/**
 * SQS basics through the AWS CLI v2 from Debian (2.9), which speaks the query
 * protocol to SQS: form-encoded requests, XML answers, and the
 * AWS.SimpleQueueService.* error codes.
 */
describe('SQS basics through the AWS CLI v2 (query protocol)', () => {
  let cloud: Cloud;
  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package`);
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('create, list, attributes, send, receive, delete', async () => {
    const created = await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'cli-queue', '--attributes', 'VisibilityTimeout=40,DelaySeconds=0']);
    assert.equal(created.code, 0, created.stderr);
    const queueUrl = created.json.QueueUrl as string;
    assert.equal(queueUrl, `${cloud.endpoint}/000000000000/cli-queue`);

    const listed = await aws(cloud, ['sqs', 'list-queues']);
    assert.deepEqual(listed.json.QueueUrls, [queueUrl]);
    const got = await aws(cloud, ['sqs', 'get-queue-url', '--queue-name', 'cli-queue']);
    assert.equal(got.json.QueueUrl, queueUrl);

    const attributes = await aws(cloud, ['sqs', 'get-queue-attributes', '--queue-url', queueUrl, '--attribute-names', 'All']);
    assert.equal(attributes.code, 0, attributes.stderr);
    assert.equal(attributes.json.Attributes.VisibilityTimeout, '40');
    assert.equal(attributes.json.Attributes.QueueArn, 'arn:aws:sqs:us-east-1:000000000000:cli-queue');
    const set = await aws(cloud, ['sqs', 'set-queue-attributes', '--queue-url', queueUrl, '--attributes', 'VisibilityTimeout=15']);
    assert.equal(set.code, 0, set.stderr);
    const named = await aws(cloud, ['sqs', 'get-queue-attributes', '--queue-url', queueUrl, '--attribute-names', 'VisibilityTimeout']);
    assert.deepEqual(named.json.Attributes, { VisibilityTimeout: '15' });

    const sent = await aws(cloud, [
      'sqs', 'send-message', '--queue-url', queueUrl, '--message-body', 'from the cli & <xml> "quotes"',
      '--message-attributes', '{"colour":{"DataType":"String","StringValue":"blue"},"n":{"DataType":"Number","StringValue":"7"}}',
    ]);
    assert.equal(sent.code, 0, sent.stderr);
    assert.match(sent.json.MessageId, /^[0-9a-f-]{36}$/);
    assert.match(sent.json.MD5OfMessageAttributes, /^[0-9a-f]{32}$/);

    const received = await aws(cloud, [
      'sqs', 'receive-message', '--queue-url', queueUrl, '--attribute-names', 'All', '--message-attribute-names', 'All', '--max-number-of-messages', '10',
    ]);
    assert.equal(received.code, 0, received.stderr);
    assert.equal(received.json.Messages.length, 1);
    const message = received.json.Messages[0];
    assert.equal(message.Body, 'from the cli & <xml> "quotes"');
    assert.equal(message.MD5OfMessageAttributes, sent.json.MD5OfMessageAttributes);
    assert.equal(message.MessageAttributes.n.StringValue, '7');
    assert.equal(message.Attributes.ApproximateReceiveCount, '1');

    // Invisible for the visibility timeout, on the virtual clock.
    const hidden = await aws(cloud, ['sqs', 'receive-message', '--queue-url', queueUrl]);
    assert.equal(hidden.stdout.trim(), '');
    await advanceClock(cloud, '15s');
    const again = await aws(cloud, ['sqs', 'receive-message', '--queue-url', queueUrl, '--attribute-names', 'ApproximateReceiveCount']);
    assert.equal(again.json.Messages[0].Attributes.ApproximateReceiveCount, '2');

    const deleted = await aws(cloud, ['sqs', 'delete-message', '--queue-url', queueUrl, '--receipt-handle', again.json.Messages[0].ReceiptHandle]);
    assert.equal(deleted.code, 0, deleted.stderr);
    const empty = await aws(cloud, ['sqs', 'get-queue-attributes', '--queue-url', queueUrl, '--attribute-names', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible']);
    assert.deepEqual(empty.json.Attributes, { ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });

    const removed = await aws(cloud, ['sqs', 'delete-queue', '--queue-url', queueUrl]);
    assert.equal(removed.code, 0, removed.stderr);
  });

  test('errors carry the query protocol codes', async () => {
    const missing = await aws(cloud, ['sqs', 'get-queue-url', '--queue-name', 'no-such-queue']);
    assert.equal(missing.code, 254);
    assert.match(missing.stderr, /An error occurred \(AWS\.SimpleQueueService\.NonExistentQueue\) when calling the GetQueueUrl operation(?: \(reached max retries: \d+\))?: The specified queue does not exist for this wsdl version\./);

    const created = await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'cli-errors']);
    const queueUrl = created.json.QueueUrl as string;
    const badAttribute = await aws(cloud, ['sqs', 'set-queue-attributes', '--queue-url', queueUrl, '--attributes', 'VisibilityTimeout=-1']);
    assert.match(badAttribute.stderr, /\(InvalidAttributeValue\) when calling the SetQueueAttributes operation(?: \(reached max retries: \d+\))?: Invalid value for the parameter VisibilityTimeout\./);
    const tooMany = await aws(cloud, ['sqs', 'receive-message', '--queue-url', queueUrl, '--max-number-of-messages', '11']);
    assert.match(tooMany.stderr, /\(InvalidParameterValue\) when calling the ReceiveMessage operation(?: \(reached max retries: \d+\))?: Value 11 for parameter MaxNumberOfMessages is invalid\. Reason: Must be between 1 and 10, if provided\./);
    const exists = await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'cli-errors', '--attributes', 'DelaySeconds=5']);
    assert.match(exists.stderr, /\(QueueAlreadyExists\) when calling the CreateQueue operation(?: \(reached max retries: \d+\))?: A queue already exists with the same name and a different value for attribute DelaySeconds/);
    const badHandle = await aws(cloud, ['sqs', 'delete-message', '--queue-url', queueUrl, '--receipt-handle', 'garbage']);
    assert.match(badHandle.stderr, /\(ReceiptHandleIsInvalid\) when calling the DeleteMessage operation(?: \(reached max retries: \d+\))?: The input receipt handle "garbage" is not a valid receipt handle\./);
  });
});
