import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, startTestCloud } from '../support/cloud.js';

const ARN = (name: string) => `arn:aws:sqs:us-east-1:000000000000:${name}`;
const RETRIES = '(?: \\(reached max retries: \\d+\\))?';

/**
 * The rest of SQS over the query protocol, through the Debian AWS CLI v2 (and
 * raw query requests for the operations newer than that CLI).
 */
describe('SQS over the query protocol: batches, FIFO, tags, purge, dead letters, move tasks', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  async function query(form: Record<string, string>): Promise<{ status: number; body: any }> {
    const response = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=00',
        'x-amz-date': '20260101T000000Z',
      },
      body: new URLSearchParams({ Version: '2012-11-05', ...form }).toString(),
    });
    return { status: response.status, body: new XMLParser({ parseTagValue: false }).parse(await response.text()) };
  }

  test('batches: send-message-batch, delete-message-batch, change-message-visibility-batch', async () => {
    const url = (await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'cli-batch'])).json.QueueUrl as string;
    const sent = await aws(cloud, [
      'sqs', 'send-message-batch', '--queue-url', url, '--entries',
      JSON.stringify([{ Id: 'a', MessageBody: 'alpha' }, { Id: 'b', MessageBody: 'bravo', DelaySeconds: 901 }, { Id: 'c', MessageBody: 'charlie' }]),
    ]);
    assert.equal(sent.code, 0, sent.stderr);
    assert.deepEqual(sent.json.Successful.map((s: { Id: string }) => s.Id), ['a', 'c']);
    assert.equal(sent.json.Failed[0].Id, 'b');
    assert.equal(sent.json.Failed[0].Code, 'InvalidParameterValue');
    assert.equal(sent.json.Failed[0].SenderFault, true);

    const received = await aws(cloud, ['sqs', 'receive-message', '--queue-url', url, '--max-number-of-messages', '10']);
    const handles = received.json.Messages.map((m: { ReceiptHandle: string }) => m.ReceiptHandle);
    const changed = await aws(cloud, [
      'sqs', 'change-message-visibility-batch', '--queue-url', url, '--entries',
      JSON.stringify([{ Id: 'x', ReceiptHandle: handles[0], VisibilityTimeout: 0 }]),
    ]);
    assert.deepEqual(changed.json.Successful, [{ Id: 'x' }]);
    const again = await aws(cloud, ['sqs', 'receive-message', '--queue-url', url]);
    const deleted = await aws(cloud, [
      'sqs', 'delete-message-batch', '--queue-url', url, '--entries',
      JSON.stringify([{ Id: 'one', ReceiptHandle: again.json.Messages[0].ReceiptHandle }, { Id: 'two', ReceiptHandle: handles[1] }, { Id: 'bad', ReceiptHandle: 'nope' }]),
    ]);
    assert.deepEqual(deleted.json.Successful.map((s: { Id: string }) => s.Id), ['one', 'two']);
    assert.equal(deleted.json.Failed[0].Code, 'ReceiptHandleIsInvalid');

    const empty = await aws(cloud, ['sqs', 'send-message-batch', '--queue-url', url, '--entries', '[]']);
    assert.match(empty.stderr, new RegExp(`\\(AWS\\.SimpleQueueService\\.EmptyBatchRequest\\) when calling the SendMessageBatch operation${RETRIES}: There should be at least one SendMessageBatchRequestEntry in the request\\.`));
  });

  test('FIFO: group order and deduplication over query', async () => {
    const url = (await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'cli.fifo', '--attributes', 'FifoQueue=true,ContentBasedDeduplication=true'])).json.QueueUrl as string;
    for (const body of ['first', 'second', 'first']) {
      const sent = await aws(cloud, ['sqs', 'send-message', '--queue-url', url, '--message-body', body, '--message-group-id', 'g']);
      assert.equal(sent.code, 0, sent.stderr);
      assert.match(sent.json.SequenceNumber, /^\d{20}$/);
    }
    const received = await aws(cloud, ['sqs', 'receive-message', '--queue-url', url, '--max-number-of-messages', '10', '--attribute-names', 'All']);
    assert.deepEqual(received.json.Messages.map((m: { Body: string }) => m.Body), ['first', 'second']);
    assert.equal(received.json.Messages[0].Attributes.MessageGroupId, 'g');
    const missingGroup = await aws(cloud, ['sqs', 'send-message', '--queue-url', url, '--message-body', 'x']);
    assert.match(missingGroup.stderr, new RegExp(`\\(MissingParameter\\) when calling the SendMessage operation${RETRIES}: The request must contain the parameter MessageGroupId\\.`));
  });

  test('tags and purge', async () => {
    const url = (await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'cli-tags', '--tags', 'team=a'])).json.QueueUrl as string;
    await aws(cloud, ['sqs', 'tag-queue', '--queue-url', url, '--tags', 'env=test']);
    assert.deepEqual((await aws(cloud, ['sqs', 'list-queue-tags', '--queue-url', url])).json.Tags, { team: 'a', env: 'test' });
    await aws(cloud, ['sqs', 'untag-queue', '--queue-url', url, '--tag-keys', 'team']);
    assert.deepEqual((await aws(cloud, ['sqs', 'list-queue-tags', '--queue-url', url])).json.Tags, { env: 'test' });

    await aws(cloud, ['sqs', 'send-message', '--queue-url', url, '--message-body', 'x']);
    assert.equal((await aws(cloud, ['sqs', 'purge-queue', '--queue-url', url])).code, 0);
    const twice = await aws(cloud, ['sqs', 'purge-queue', '--queue-url', url]);
    assert.match(twice.stderr, new RegExp(`\\(AWS\\.SimpleQueueService\\.PurgeQueueInProgress\\) when calling the PurgeQueue operation${RETRIES}: Only one PurgeQueue operation on cli-tags is allowed every 60 seconds\\.`));
  });

  test('dead-letter sources and message move tasks over query', async () => {
    await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'q-dlq']);
    const redrive = JSON.stringify({ deadLetterTargetArn: ARN('q-dlq'), maxReceiveCount: '1' });
    const source = await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'q-source', '--attributes', JSON.stringify({ RedrivePolicy: redrive, VisibilityTimeout: '1' })]);
    assert.equal(source.code, 0, source.stderr);
    const dlqUrl = (await aws(cloud, ['sqs', 'get-queue-url', '--queue-name', 'q-dlq'])).json.QueueUrl as string;
    const sources = await aws(cloud, ['sqs', 'list-dead-letter-source-queues', '--queue-url', dlqUrl]);
    assert.deepEqual(sources.json.queueUrls, [source.json.QueueUrl]);

    await aws(cloud, ['sqs', 'send-message', '--queue-url', source.json.QueueUrl, '--message-body', 'bounce']);
    await aws(cloud, ['sqs', 'receive-message', '--queue-url', source.json.QueueUrl]);
    await advanceClock(cloud, '1s');
    await aws(cloud, ['sqs', 'receive-message', '--queue-url', source.json.QueueUrl]);

    const started = await query({ Action: 'StartMessageMoveTask', SourceArn: ARN('q-dlq') });
    assert.equal(started.status, 200);
    assert.ok(started.body.StartMessageMoveTaskResponse.StartMessageMoveTaskResult.TaskHandle);
    await advanceClock(cloud, '1s');
    const listed = await query({ Action: 'ListMessageMoveTasks', SourceArn: ARN('q-dlq') });
    // The model names no element for the flattened Results list, so its items are <Results>.
    const result = listed.body.ListMessageMoveTasksResponse.ListMessageMoveTasksResult.Results;
    assert.equal(result.Status, 'COMPLETED');
    assert.equal(result.ApproximateNumberOfMessagesMoved, '1');
    const back = await aws(cloud, ['sqs', 'receive-message', '--queue-url', source.json.QueueUrl]);
    assert.equal(back.json.Messages[0].Body, 'bounce');

    const notDlq = await query({ Action: 'StartMessageMoveTask', SourceArn: ARN('q-source') });
    assert.equal(notDlq.status, 400);
    assert.equal(notDlq.body.ErrorResponse.Error.Code, 'InvalidParameterValue');
    assert.equal(notDlq.body.ErrorResponse.Error.Message, 'Source queue must be configured as a Dead Letter Queue.');
  });

  test('queue depth and activity reach CloudWatch (AWS/SQS) every minute', async () => {
    const url = (await aws(cloud, ['sqs', 'create-queue', '--queue-name', 'metered'])).json.QueueUrl as string;
    await aws(cloud, ['sqs', 'send-message', '--queue-url', url, '--message-body', 'one']);
    await aws(cloud, ['sqs', 'send-message', '--queue-url', url, '--message-body', 'two', '--delay-seconds', '900']);
    await aws(cloud, ['sqs', 'receive-message', '--queue-url', url, '--visibility-timeout', '900']);
    await aws(cloud, ['sqs', 'receive-message', '--queue-url', url]);
    await advanceClock(cloud, '2m');
    const now = cloud.runtime.clock.now();
    async function datapoints(metric: string, statistic: string): Promise<number[]> {
      const answer = await aws(cloud, [
        'cloudwatch', 'get-metric-statistics', '--namespace', 'AWS/SQS', '--metric-name', metric,
        '--dimensions', 'Name=QueueName,Value=metered', '--statistics', statistic, '--period', '60',
        '--start-time', new Date(now - 3_600_000).toISOString(), '--end-time', new Date(now + 60_000).toISOString(),
      ]);
      const points = answer.json.Datapoints as Array<Record<string, number | string>>;
      return points.sort((a, b) => String(a.Timestamp).localeCompare(String(b.Timestamp))).map((p) => Number(p[statistic]));
    }
    const latest = async (metric: string) => (await datapoints(metric, 'Maximum')).at(-1);
    const total = async (metric: string) => (await datapoints(metric, 'Sum')).reduce((sum, value) => sum + value, 0);
    assert.equal(await latest('ApproximateNumberOfMessagesVisible'), 0);
    assert.equal(await latest('ApproximateNumberOfMessagesNotVisible'), 1);
    assert.equal(await latest('ApproximateNumberOfMessagesDelayed'), 1);
    assert.equal(await total('NumberOfMessagesSent'), 2);
    assert.equal(await total('NumberOfMessagesReceived'), 1);
    assert.equal(await total('NumberOfEmptyReceives'), 1);
  });
});
