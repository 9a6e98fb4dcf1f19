import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateEventSourceMappingCommand, DeleteEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient, type CreateEventSourceMappingCommandInput } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from './support.js';

const REGION = 'us-east-1';

/** What the function reports of each batch it is given (to the "seen" queue). */
interface SeenBatch {
  startedAt: number;
  endedAt: number;
  items: Array<{ id: number; group?: string; fail?: boolean; keep?: boolean; bogus?: boolean }>;
  first: Record<string, any>;
}

/** SQS → Lambda through an event source mapping: the event, partial batch failures, the DLQ, FIFO order under concurrency. */
describe('Lambda event source mappings: SQS', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let seenUrl: string;
  const seen: SeenBatch[] = [];

  const createQueue = async (name: string, attributes: Record<string, string> = {}) => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { VisibilityTimeout: '30', ...attributes } }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    return { url, arn };
  };
  const counts = async (url: string) => {
    const attributes = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }))).Attributes!;
    return { visible: Number(attributes.ApproximateNumberOfMessages), inFlight: Number(attributes.ApproximateNumberOfMessagesNotVisible) };
  };
  /** Moves what the function reported into `seen`. */
  const collect = async (): Promise<void> => {
    for (;;) {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: seenUrl, MaxNumberOfMessages: 10 }));
      if (!Messages.length) return;
      for (const message of Messages) seen.push(JSON.parse(message.Body!) as SeenBatch);
      await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: seenUrl, Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    }
  };
  const seenUntil = (done: () => boolean, what: string) =>
    eventually(async () => {
      await collect();
      return done();
    }, 30_000, what);
  const sendAll = async (url: string, bodies: Array<{ body: unknown; group?: string }>) => {
    for (let i = 0; i < bodies.length; i += 10) {
      const entries = bodies.slice(i, i + 10).map((entry, j) => ({ Id: String(j), MessageBody: JSON.stringify(entry.body), ...(entry.group ? { MessageGroupId: entry.group } : {}) }));
      const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: entries }));
      assert.equal(out.Failed?.length ?? 0, 0);
    }
  };
  const map = async (input: Partial<CreateEventSourceMappingCommandInput>) => {
    const created = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'worker', ...input } as CreateEventSourceMappingCommandInput));
    await advanceClock(cloud, '1s');
    return created.UUID!;
  };
  const unmap = async (uuid: string) => {
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: uuid }));
    await advanceClock(cloud, '1s');
  };

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    seenUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'seen' }))).QueueUrl!;
    // One function for every test: it reports each batch, fails the items marked so, and holds a batch a little when asked.
    await createFunction(lambda, 'worker', {
      'index.mjs': `
        import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        const sqs = new SQSClient({});
        export const handler = async (event) => {
          const startedAt = Date.now();
          const items = event.Records.map((r) => JSON.parse(r.body));
          const hold = Math.max(0, ...items.map((i) => i.hold ?? 0));
          if (hold) await new Promise((r) => setTimeout(r, hold));
          await sqs.send(new SendMessageCommand({ QueueUrl: ${JSON.stringify(seenUrl)}, MessageBody: JSON.stringify({ startedAt, endedAt: Date.now(), items, first: event.Records[0] }) }));
          if (items.some((i) => i.bogus)) return { batchItemFailures: [{ itemIdentifier: 'not-a-message-of-this-batch' }] };
          if (items.some((i) => i.crash)) throw new Error('crashed on purpose');
          return { batchItemFailures: event.Records.filter((r, n) => items[n].fail).map((r) => ({ itemIdentifier: r.messageId })) };
        };`,
    }, { Timeout: 10 });
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
  });

  test('the event is AWS\'s SQS event; filtered-out messages are deleted; a bad batchItemFailures answer fails the whole batch', async () => {
    const queue = await createQueue('shapes');
    const uuid = await map({
      EventSourceArn: queue.arn,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ body: { keep: [true] } }) }] },
    });
    await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: JSON.stringify({ id: 1, keep: false }) }));
    const body = JSON.stringify({ id: 2, keep: true });
    await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: body, MessageAttributes: { color: { DataType: 'String', StringValue: 'blue' } } }));
    await seenUntil(() => seen.some((b) => b.items.some((i) => i.id === 2)), 'the kept message to reach the function');
    const batch = seen.find((b) => b.items.some((i) => i.id === 2))!;
    assert.deepEqual(batch.items, [{ id: 2, keep: true }]);
    const record = batch.first;
    assert.deepEqual(Object.keys(record).sort(), ['attributes', 'awsRegion', 'body', 'eventSource', 'eventSourceARN', 'md5OfBody', 'md5OfMessageAttributes', 'messageAttributes', 'messageId', 'receiptHandle']);
    assert.equal(record.body, body);
    assert.equal(record.md5OfBody, createHash('md5').update(body).digest('hex'));
    assert.equal(record.eventSource, 'aws:sqs');
    assert.equal(record.eventSourceARN, queue.arn);
    assert.equal(record.awsRegion, REGION);
    assert.equal(record.attributes.ApproximateReceiveCount, '1');
    for (const name of ['SentTimestamp', 'SenderId', 'ApproximateFirstReceiveTimestamp']) assert.ok(record.attributes[name], name);
    assert.deepEqual(record.messageAttributes, { color: { stringValue: 'blue', stringListValues: [], binaryListValues: [], dataType: 'String' } });
    // The message the filter rejected is gone, and the processed one deleted.
    await eventually(async () => {
      const c = await counts(queue.url);
      return c.visible === 0 && c.inFlight === 0;
    }, 10_000, 'the queue to empty');
    assert.ok(!seen.some((b) => b.items.some((i) => i.id === 1)));
    assert.equal((await lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }))).LastProcessingResult, 'OK');

    // An itemIdentifier that is no message of the batch fails it whole: the message comes back after the visibility timeout.
    await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: JSON.stringify({ id: 3, keep: true, bogus: true }) }));
    await seenUntil(() => seen.filter((b) => b.items.some((i) => i.id === 3)).length === 1, 'the bogus answer');
    await eventually(async () => (await counts(queue.url)).inFlight === 1, 5_000, 'the failed message to stay in flight');
    await advanceClock(cloud, '31s');
    const again = await seenUntil(() => seen.filter((b) => b.items.some((i) => i.id === 3)).length === 2, 'the failed batch to come back');
    assert.ok(again);
    assert.equal(seen.filter((b) => b.items.some((i) => i.id === 3)).at(-1)!.first.attributes.ApproximateReceiveCount, '2');
    await unmap(uuid);
  });

  test('1,000 messages with partial batch failures: the failed ones are retried, then land in the DLQ after maxReceiveCount', async () => {
    const dlq = await createQueue('work-dlq');
    const queue = await createQueue('work', { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }) });
    const poison = new Set<number>();
    const bodies = Array.from({ length: 1000 }, (_, id) => {
      const fail = id % 100 === 7 || id % 100 === 8;
      if (fail) poison.add(id);
      return { body: fail ? { id, fail } : { id } };
    });
    await sendAll(queue.url, bodies);
    seen.length = 0;
    const started = Date.now();
    const uuid = await map({ EventSourceArn: queue.arn, BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    const attempts = (id: number) => seen.reduce((n, b) => n + b.items.filter((i) => i.id === id).length, 0);
    const succeeded = () => new Set(seen.flatMap((b) => b.items.filter((i) => !i.fail).map((i) => i.id)));
    await seenUntil(() => succeeded().size === 980 && [...poison].every((id) => attempts(id) === 1), 'the first pass over 1,000 messages');
    const firstPass = Date.now() - started;
    assert.ok(seen.every((b) => b.items.length <= 10));
    // The failed 20 wait out their visibility timeout, come back once (receive count 2), then go to the DLQ.
    await advanceClock(cloud, '31s');
    await seenUntil(() => [...poison].every((id) => attempts(id) === 2), 'the failed messages to be retried');
    await advanceClock(cloud, '31s');
    const inDlq = new Set<number>();
    await eventually(async () => {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.url, MaxNumberOfMessages: 10 }));
      for (const m of Messages) inDlq.add((JSON.parse(m.Body!) as { id: number }).id);
      if (Messages.length) await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: dlq.url, Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
      return inDlq.size === poison.size;
    }, 20_000, 'the failed messages to reach the DLQ');
    assert.deepEqual([...inDlq].sort((a, b) => a - b), [...poison].sort((a, b) => a - b));
    // Every good message ran exactly once, every poison one twice; the source queue is empty.
    for (let id = 0; id < 1000; id++) assert.equal(attempts(id), poison.has(id) ? 2 : 1, `attempts of ${id}`);
    const left = await counts(queue.url);
    assert.deepEqual(left, { visible: 0, inFlight: 0 });
    await unmap(uuid);
    console.log(`# 1,000 messages, batches of 10: first pass in ${firstPass} ms (${Math.round(1000 / (firstPass / 1000))} messages/s, ${seen.length} invocations in all)`);
  });

  test('MetricsConfig EventCount: the mapping\'s polled, filtered-out, invoked and deleted events reach AWS/Lambda by EventSourceMappingUUID', async () => {
    const queue = await createQueue('metered');
    const uuid = await map({ EventSourceArn: queue.arn, MetricsConfig: { Metrics: ['EventCount'] }, FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ body: { keep: [true] } }) }] } });
    await sendAll(queue.url, [{ body: { id: 7001, keep: true } }, { body: { id: 7002, keep: false } }, { body: { id: 7003, keep: true } }]);
    await seenUntil(() => [7001, 7003].every((id) => seen.some((b) => b.items.some((i) => i.id === id))), 'the kept messages');
    await eventually(async () => {
      const c = await counts(queue.url);
      return c.visible === 0 && c.inFlight === 0;
    }, 10_000, 'the queue to empty');
    await unmap(uuid);
    // The counts are published once their minute is over.
    await advanceClock(cloud, '61s');
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const sum = async (metric: string) => {
      const stats = await cloudwatch.send(new GetMetricStatisticsCommand({
        Namespace: 'AWS/Lambda', MetricName: metric, Dimensions: [{ Name: 'EventSourceMappingUUID', Value: uuid }],
        StartTime: new Date(Date.now() - 3_600_000), EndTime: new Date(Date.now() + 7_200_000), Period: 3600, Statistics: ['Sum'],
      }));
      return stats.Datapoints?.reduce((total, point) => total + (point.Sum ?? 0), 0) ?? 0;
    };
    try {
      await eventually(async () => (await sum('PolledEventCount')) === 3, 10_000, 'PolledEventCount');
      assert.equal(await sum('FilteredOutEventCount'), 1);
      assert.equal(await sum('InvokedEventCount'), 2);
      assert.equal(await sum('FailedInvokeEventCount'), 0);
      assert.equal(await sum('DeletedEventCount'), 3);
    } finally {
      cloudwatch.destroy();
    }
  });

  test('BatchSize above 10 gathers messages for the batching window: each poller hands over one batch', async () => {
    const queue = await createQueue('gathered');
    await sendAll(queue.url, Array.from({ length: 60 }, (_, i) => ({ body: { id: 9000 + i } })));
    seen.length = 0;
    // Two pollers (MaximumConcurrency 2), each gathering up to 100 messages until its 5 s window ends on the clock.
    const uuid = await map({ EventSourceArn: queue.arn, BatchSize: 100, MaximumBatchingWindowInSeconds: 5, ScalingConfig: { MaximumConcurrency: 2 } });
    await advanceClock(cloud, '6s');
    await seenUntil(() => seen.reduce((n, b) => n + b.items.length, 0) === 60, 'the gathered batches');
    assert.ok(seen.length <= 2, `${seen.length} batches`);
    assert.ok(seen.some((b) => b.items.length > 10), `batches of ${seen.map((b) => b.items.length).join(', ')}`);
    await unmap(uuid);
  });

  test('a FIFO mapping keeps each message group in order, one batch per group in flight, under MaximumConcurrency 5', async () => {
    const queue = await createQueue('ordered.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    const groups = ['g0', 'g1', 'g2', 'g3', 'g4'];
    const perGroup = 20;
    const bodies = groups.flatMap((group) => Array.from({ length: perGroup }, (_, seq) => ({ body: { id: 5000 + groups.indexOf(group) * 100 + seq, group, seq, hold: 40 }, group })));
    await sendAll(queue.url, bodies);
    seen.length = 0;
    const uuid = await map({ EventSourceArn: queue.arn, BatchSize: 3, ScalingConfig: { MaximumConcurrency: 5 } });
    await seenUntil(() => seen.reduce((n, b) => n + b.items.length, 0) === groups.length * perGroup, 'every FIFO message to be processed');
    const batches = [...seen].sort((a, b) => a.startedAt - b.startedAt);
    for (const group of groups) {
      const order = batches.flatMap((b) => b.items.filter((i) => i.group === group).map((i) => (i as { seq?: number }).seq));
      assert.deepEqual(order, Array.from({ length: perGroup }, (_, i) => i), `order of ${group}`);
      // A group never has two batches in flight at once.
      const own = batches.filter((b) => b.items.some((i) => i.group === group));
      for (let i = 1; i < own.length; i++) assert.ok(own[i]!.startedAt >= own[i - 1]!.endedAt, `${group}: a batch started before the one before it ended`);
    }
    assert.equal(batches[0]!.first.attributes.MessageGroupId !== undefined && batches[0]!.first.attributes.SequenceNumber !== undefined && batches[0]!.first.attributes.MessageDeduplicationId !== undefined, true);
    // At most five batches ran at once, and more than one did.
    let most = 0;
    for (const batch of batches) most = Math.max(most, batches.filter((other) => other.startedAt <= batch.startedAt && other.endedAt > batch.startedAt).length);
    assert.ok(most <= 5, `${most} batches in flight at once`);
    assert.ok(most >= 2, `only ${most} batch in flight at a time`);
    await unmap(uuid);
  });
});
