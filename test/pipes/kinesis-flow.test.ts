import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreatePipeCommand, DescribePipeCommand, PipesClient, UpdatePipeCommand } from '@aws-sdk/client-pipes';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';
const ACCOUNT = '000000000000';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const streamArn = (name: string) => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;

describe('Pipes: from a Kinesis stream', () => {
  let cloud: Cloud;
  let pipes: PipesClient;
  let sqs: SQSClient;
  let kinesis: KinesisClient;
  const urls: Record<string, string> = {};

  before(async () => {
    cloud = await startTestCloud();
    pipes = new PipesClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    kinesis = new KinesisClient(clientConfig(cloud));
    const lambda = new LambdaClient(clientConfig(cloud));
    // Reports the records whose data reads "bad" as failed, by sequence number.
    await createFunction(lambda, 'picky-stream', {
      'index.js': `exports.handler = async (batch) => ({ batchItemFailures: batch.filter((r) => Buffer.from(r.data, 'base64').toString() === 'bad').map((r) => ({ itemIdentifier: r.sequenceNumber })) });`,
    });
    lambda.destroy();
    for (const name of ['from-stream', 'latest-only', 'stream-dlq', 'aging-dlq', 'partial-dlq']) urls[name] = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    for (const name of ['clicks', 'late', 'broken', 'aging', 'partial']) await kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: 2 }));
    await eventually(async () => {
      await advanceClock(cloud, '1s');
      const statuses = await Promise.all(['clicks', 'late', 'broken', 'aging', 'partial'].map((n) => kinesis.send(new DescribeStreamSummaryCommand({ StreamName: n }))));
      return statuses.every((s) => s.StreamDescriptionSummary?.StreamStatus === 'ACTIVE');
    }, 10_000, 'streams ACTIVE');
  });
  after(async () => {
    pipes.destroy();
    sqs.destroy();
    kinesis.destroy();
    await cloud.close();
  });

  const put = (stream: string, key: string, value: unknown) =>
    kinesis.send(new PutRecordCommand({ StreamName: stream, PartitionKey: key, Data: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) }));
  const drain = async (queue: string, count: number) => {
    const bodies: string[] = [];
    await eventually(async () => {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls[queue], MaxNumberOfMessages: 10 }));
      for (const message of out.Messages ?? []) {
        bodies.push(message.Body!);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: urls[queue], ReceiptHandle: message.ReceiptHandle! }));
      }
      return bodies.length >= count;
    }, 15_000, `${count} messages on ${queue}`);
    return bodies;
  };
  const running = async (name: string) => {
    await advanceClock(cloud, '1s');
    await advanceClock(cloud, '1s');
    const described = await pipes.send(new DescribePipeCommand({ Name: name }));
    assert.equal(described.CurrentState, 'RUNNING', described.StateReason);
  };

  it('reads from TRIM_HORIZON, filters on the decoded data and keeps each shard in order', async () => {
    for (let i = 1; i <= 4; i++) await put('clicks', 'user-1', { type: 'click', n: i });
    await put('clicks', 'user-1', { type: 'noise', n: 0 });
    await put('clicks', 'user-2', 'not json at all');
    for (let i = 5; i <= 6; i++) await put('clicks', 'user-2', { type: 'click', n: i });
    await pipes.send(
      new CreatePipeCommand({
        Name: 'clicks-pipe',
        Source: streamArn('clicks'),
        Target: queueArn('from-stream'),
        RoleArn: ROLE,
        SourceParameters: {
          KinesisStreamParameters: { StartingPosition: 'TRIM_HORIZON', BatchSize: 2 },
          FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ data: { type: ['click'] } }) }] },
        },
      }),
    );
    await running('clicks-pipe');
    const records = (await drain('from-stream', 6)).map((b) => JSON.parse(b));
    const byKey = (key: string) => records.filter((r) => r.partitionKey === key).map((r) => JSON.parse(Buffer.from(r.data, 'base64').toString()).n);
    assert.deepEqual(byKey('user-1'), [1, 2, 3, 4]);
    assert.deepEqual(byKey('user-2'), [5, 6]);
    const record = records[0];
    assert.equal(record.eventSource, 'aws:kinesis');
    assert.equal(record.eventName, 'aws:kinesis:record');
    assert.equal(record.eventVersion, '1.0');
    assert.equal(record.kinesisSchemaVersion, '1.0');
    assert.equal(record.eventSourceARN, streamArn('clicks'));
    assert.equal(record.awsRegion, 'us-east-1');
    assert.equal(record.invokeIdentityArn, ROLE);
    assert.match(record.eventID, /^shardId-\d{12}:\d+$/);
    assert.equal(typeof record.approximateArrivalTimestamp, 'number');
    // An update changes the batch size; where the stream is read from stays as created, and the pipe carries on from its checkpoints.
    await pipes.send(new UpdatePipeCommand({ Name: 'clicks-pipe', RoleArn: ROLE, SourceParameters: { KinesisStreamParameters: { BatchSize: 5 } } }));
    await running('clicks-pipe');
    const updated = await pipes.send(new DescribePipeCommand({ Name: 'clicks-pipe' }));
    assert.deepEqual(updated.SourceParameters?.KinesisStreamParameters, { BatchSize: 5, StartingPosition: 'TRIM_HORIZON' });
    // Records put while it runs follow; nothing is read twice.
    await put('clicks', 'user-1', { type: 'click', n: 7 });
    const later = (await drain('from-stream', 1)).map((b) => JSON.parse(Buffer.from(JSON.parse(b).data, 'base64').toString()).n);
    assert.deepEqual(later, [7]);
  });

  it('reads from LATEST only what was put once the pipe runs, shaped by an InputTemplate', async () => {
    await put('late', 'k', { v: 'before' });
    await pipes.send(
      new CreatePipeCommand({
        Name: 'late-pipe',
        Source: streamArn('late'),
        Target: queueArn('latest-only'),
        RoleArn: ROLE,
        SourceParameters: { KinesisStreamParameters: { StartingPosition: 'LATEST' } },
        TargetParameters: { InputTemplate: '{"value": "<$.data.v>", "key": "<$.partitionKey>", "pipe": "<aws.pipes.pipe-arn>"}' },
      }),
    );
    await running('late-pipe');
    await put('late', 'k', { v: 'after' });
    assert.deepEqual((await drain('latest-only', 1)).map((b) => JSON.parse(b)), [{ value: 'after', key: 'k', pipe: `arn:aws:pipes:us-east-1:${ACCOUNT}:pipe/late-pipe` }]);
  });

  it('retries a failing batch MaximumRetryAttempts times on the clock, then sends its description to the dead-letter queue and moves on', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'broken-pipe',
        Source: streamArn('broken'),
        Target: queueArn('no-such-queue'),
        RoleArn: ROLE,
        SourceParameters: { KinesisStreamParameters: { StartingPosition: 'TRIM_HORIZON', MaximumRetryAttempts: 1, DeadLetterConfig: { Arn: queueArn('stream-dlq') } } },
      }),
    );
    const first = await put('broken', 'p', { n: 1 });
    await running('broken-pipe');
    // The first attempt fails at once; the retry comes a second later on the clock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await advanceClock(cloud, '1s');
    const [dead] = (await drain('stream-dlq', 1)).map((b) => JSON.parse(b));
    assert.equal(dead.context.condition, 'RetryAttemptsExhausted');
    assert.equal(dead.context.approximateInvokeCount, 2);
    assert.equal(dead.context.partnerResourceArn, `arn:aws:pipes:us-east-1:${ACCOUNT}:pipe/broken-pipe`);
    assert.equal(dead.context.errorCode, 'RESOURCE_NOT_FOUND');
    assert.deepEqual(
      { ...dead.KinesisBatchInfo, approximateArrivalOfFirstRecord: undefined, approximateArrivalOfLastRecord: undefined },
      { shardId: first.ShardId, startSequenceNumber: first.SequenceNumber, endSequenceNumber: first.SequenceNumber, batchSize: 1, streamArn: streamArn('broken'), approximateArrivalOfFirstRecord: undefined, approximateArrivalOfLastRecord: undefined },
    );
    // The shard moved past it: the next record is tried (and given up on) in its turn.
    const second = await put('broken', 'p', { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await advanceClock(cloud, '1s');
    const [next] = (await drain('stream-dlq', 1)).map((b) => JSON.parse(b));
    assert.equal(next.KinesisBatchInfo.startSequenceNumber, second.SequenceNumber);
  });

  it('retries without limit until the records are older than MaximumRecordAgeInSeconds, then gives them up', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'aging-pipe',
        Source: streamArn('aging'),
        Target: queueArn('no-such-queue'),
        RoleArn: ROLE,
        SourceParameters: { KinesisStreamParameters: { StartingPosition: 'TRIM_HORIZON', MaximumRecordAgeInSeconds: 60, DeadLetterConfig: { Arn: queueArn('aging-dlq') } } },
      }),
    );
    const put1 = await put('aging', 'p', { n: 1 });
    await running('aging-pipe');
    const started = Date.now();
    const dead = await eventually(async () => {
      await advanceClock(cloud, '20s');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls['aging-dlq'], MaxNumberOfMessages: 10 }));
      return out.Messages?.length ? out.Messages.map((m) => JSON.parse(m.Body!)) : undefined;
    }, 15_000, 'the aged batch in the dead-letter queue');
    assert.ok(Date.now() - started < 15_000);
    assert.equal(dead.length, 1);
    assert.equal(dead[0].KinesisBatchInfo.startSequenceNumber, put1.SequenceNumber);
    // Given up on for its age, after several attempts (no attempt limit was set).
    assert.equal(dead[0].context.condition, 'RecordAgeExceeded');
    assert.ok(dead[0].context.approximateInvokeCount > 1);
  });

  it('checkpoints past what a Lambda target processed and retries from the first record it reports failed', async () => {
    const good = await put('partial', 'p', 'good');
    const bad = await put('partial', 'p', 'bad');
    const after = await put('partial', 'p', 'after');
    await pipes.send(
      new CreatePipeCommand({
        Name: 'partial-pipe',
        Source: streamArn('partial'),
        Target: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:picky-stream`,
        RoleArn: ROLE,
        SourceParameters: { KinesisStreamParameters: { StartingPosition: 'TRIM_HORIZON', MaximumRetryAttempts: 0, DeadLetterConfig: { Arn: queueArn('partial-dlq') } } },
      }),
    );
    await running('partial-pipe');
    const [dead] = (await drain('partial-dlq', 1)).map((b) => JSON.parse(b));
    // The good record was done; the batch given up on starts at the bad one.
    assert.equal(good.ShardId, bad.ShardId);
    assert.equal(dead.KinesisBatchInfo.startSequenceNumber, bad.SequenceNumber);
    assert.equal(dead.KinesisBatchInfo.endSequenceNumber, after.SequenceNumber);
    assert.equal(dead.KinesisBatchInfo.batchSize, 2);
  });
});
