import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { CreatePipeCommand, ListPipesCommand, PipesClient } from '@aws-sdk/client-pipes';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { eventually } from '../lambda/support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-pipes-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';

it('a restarted Nimbus keeps its pipes RUNNING and resumes a stream where each shard was read to', async () => {
  const open = async () => {
    const cloud = await startTestCloud({ dataDir });
    return { cloud, pipes: new PipesClient(clientConfig(cloud)), sqs: new SQSClient(clientConfig(cloud)), kinesis: new KinesisClient(clientConfig(cloud)) };
  };
  const shut = async (c: { cloud: Cloud; pipes: PipesClient; sqs: SQSClient; kinesis: KinesisClient }) => {
    c.pipes.destroy();
    c.sqs.destroy();
    c.kinesis.destroy();
    await c.cloud.close();
  };
  const drain = async (c: { sqs: SQSClient }, url: string, count: number) => {
    const bodies: string[] = [];
    await eventually(async () => {
      const out = await c.sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
      for (const m of out.Messages ?? []) {
        bodies.push(Buffer.from(JSON.parse(m.Body!).data, 'base64').toString());
        await c.sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle! }));
      }
      return bodies.length >= count;
    }, 15_000, `${count} records`);
    return bodies;
  };

  let c = await open();
  const url = (await c.sqs.send(new CreateQueueCommand({ QueueName: 'copies' }))).QueueUrl!;
  await c.kinesis.send(new CreateStreamCommand({ StreamName: 'events', ShardCount: 2 }));
  await eventually(async () => {
    await advanceClock(c.cloud, '1s');
    return (await c.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'events' }))).StreamDescriptionSummary?.StreamStatus === 'ACTIVE';
  }, 10_000, 'stream ACTIVE');
  await c.pipes.send(
    new CreatePipeCommand({
      Name: 'keeper',
      Source: 'arn:aws:kinesis:us-east-1:000000000000:stream/events',
      Target: 'arn:aws:sqs:us-east-1:000000000000:copies',
      RoleArn: ROLE,
      SourceParameters: { KinesisStreamParameters: { StartingPosition: 'TRIM_HORIZON' } },
    }),
  );
  await advanceClock(c.cloud, '1s');
  await advanceClock(c.cloud, '1s');
  for (const key of ['a', 'b', 'c', 'd']) await c.kinesis.send(new PutRecordCommand({ StreamName: 'events', PartitionKey: key, Data: Buffer.from(`first-${key}`) }));
  assert.deepEqual((await drain(c, url, 4)).sort(), ['first-a', 'first-b', 'first-c', 'first-d']);
  await shut(c);

  c = await open();
  const listed = await c.pipes.send(new ListPipesCommand({}));
  assert.deepEqual(listed.Pipes?.map((p) => [p.Name, p.CurrentState]), [['keeper', 'RUNNING']]);
  await c.kinesis.send(new PutRecordCommand({ StreamName: 'events', PartitionKey: 'a', Data: Buffer.from('second') }));
  assert.deepEqual(await drain(c, url, 1), ['second']);
  // Nothing read before the restart comes again.
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(((await c.sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }))).Messages ?? []).length, 0);
  await shut(c);
});
