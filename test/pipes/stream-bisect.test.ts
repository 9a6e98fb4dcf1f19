import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreatePipeCommand, DescribePipeCommand, PipesClient } from '@aws-sdk/client-pipes';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';
const ACCOUNT = '000000000000';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

describe('Pipes: a stream source with ParallelizationFactor and AUTOMATIC_BISECT', () => {
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
    // An enrichment that fails any batch holding the poison record, and passes the others on.
    await createFunction(lambda, 'no-poison', {
      'index.js': `exports.handler = async (batch) => { if (batch.some((r) => JSON.parse(Buffer.from(r.data, 'base64')).v === 'poison')) throw new Error('poison'); return batch; };`,
    });
    lambda.destroy();
    for (const name of ['bisected', 'bisected-dlq']) urls[name] = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    await kinesis.send(new CreateStreamCommand({ StreamName: 'mixed', ShardCount: 1 }));
    await eventually(async () => {
      await advanceClock(cloud, '1s');
      return (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'mixed' }))).StreamDescriptionSummary?.StreamStatus === 'ACTIVE';
    }, 10_000, 'stream ACTIVE');
  });
  after(async () => {
    pipes.destroy();
    sqs.destroy();
    kinesis.destroy();
    await cloud.close();
  });

  const drain = async (queue: string, count: number) => {
    const bodies: string[] = [];
    await eventually(async () => {
      await advanceClock(cloud, '1s');
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls[queue], MaxNumberOfMessages: 10 }));
      for (const message of out.Messages ?? []) {
        bodies.push(message.Body!);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: urls[queue], ReceiptHandle: message.ReceiptHandle! }));
      }
      return bodies.length >= count;
    }, 15_000, `${count} messages on ${queue}`);
    return bodies;
  };

  it('isolates the poison record by halving the failing batch, keeps each key in order across parallel batches', async () => {
    const puts: Array<[string, string]> = [];
    for (let n = 1; n <= 4; n++) for (const key of ['k1', 'k2', 'k3']) puts.push([key, `${key}-${n}`]);
    puts.splice(5, 0, ['k1', 'poison']);
    for (const [key, v] of puts) await kinesis.send(new PutRecordCommand({ StreamName: 'mixed', PartitionKey: key, Data: Buffer.from(JSON.stringify({ v })) }));
    await pipes.send(
      new CreatePipeCommand({
        Name: 'bisecting-pipe',
        Source: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/mixed`,
        Enrichment: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:no-poison`,
        Target: queueArn('bisected'),
        RoleArn: ROLE,
        SourceParameters: {
          KinesisStreamParameters: {
            StartingPosition: 'TRIM_HORIZON',
            BatchSize: 4,
            ParallelizationFactor: 2,
            OnPartialBatchItemFailure: 'AUTOMATIC_BISECT',
            MaximumRetryAttempts: 0,
            DeadLetterConfig: { Arn: queueArn('bisected-dlq') },
          },
        },
      }),
    );
    await advanceClock(cloud, '1s');
    await advanceClock(cloud, '1s');
    assert.equal((await pipes.send(new DescribePipeCommand({ Name: 'bisecting-pipe' }))).CurrentState, 'RUNNING');
    const [dead] = (await drain('bisected-dlq', 1)).map((b) => JSON.parse(b));
    assert.equal(dead.context.condition, 'RetryAttemptsExhausted');
    assert.equal(dead.KinesisBatchInfo.batchSize, 1);
    const delivered = (await drain('bisected', 12)).map((b) => JSON.parse(Buffer.from(JSON.parse(b).data, 'base64').toString()).v as string);
    assert.equal(delivered.length, 12);
    for (const key of ['k1', 'k2', 'k3']) {
      assert.deepEqual(delivered.filter((v) => v.startsWith(key)), [1, 2, 3, 4].map((n) => `${key}-${n}`), `${key} in order`);
    }
  });
});
