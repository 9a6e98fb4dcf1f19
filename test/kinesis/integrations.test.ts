import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand, PutSubscriptionFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateStreamCommand,
  DescribeStreamConsumerCommand,
  EnableEnhancedMonitoringCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordCommand,
  PutRecordsCommand,
  RegisterStreamConsumerCommand,
  SplitShardCommand,
} from '@aws-sdk/client-kinesis';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

async function readShard(kinesis: KinesisClient, stream: string, shardId: string) {
  const it = (await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
  return (await kinesis.send(new GetRecordsCommand({ ShardIterator: it }))).Records!;
}

describe('Kinesis with other services', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  before(async () => {
    cloud = await startTestCloud();
    kinesis = new KinesisClient(clientConfig(cloud));
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  test('a Logs subscription filter delivers gzip-compressed batches into the stream', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'log-sink', ShardCount: 1 }));
    const streamArn = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'log-sink' }))).StreamDescriptionSummary!.StreamARN!;
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/orders' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/app/orders', logStreamName: 'web-1' }));
    await logs.send(
      new PutSubscriptionFilterCommand({ logGroupName: '/app/orders', filterName: 'errors', filterPattern: 'ERROR', destinationArn: streamArn, roleArn: 'arn:aws:iam::000000000000:role/logs-to-kinesis' }),
    );
    const now = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: '/app/orders',
        logStreamName: 'web-1',
        logEvents: [
          { timestamp: now, message: 'ERROR order 17 failed' },
          { timestamp: now, message: 'INFO order 18 ok' },
        ],
      }),
    );
    let records: Awaited<ReturnType<typeof readShard>> = [];
    for (let i = 0; i < 100 && !records.length; i++) {
      records = await readShard(kinesis, 'log-sink', 'shardId-000000000000');
      if (!records.length) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(records.length, 1);
    const payload = JSON.parse(gunzipSync(Buffer.from(records[0]!.Data!)).toString('utf8'));
    assert.equal(payload.messageType, 'DATA_MESSAGE');
    assert.equal(payload.logGroup, '/app/orders');
    assert.equal(payload.logStream, 'web-1');
    assert.deepEqual(payload.subscriptionFilters, ['errors']);
    assert.deepEqual(payload.logEvents.map((e: { message: string }) => e.message), ['ERROR order 17 failed']);
    logs.destroy();
  });

  test('AWS/Kinesis metrics reach CloudWatch once a minute of clock time', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'measured', ShardCount: 1 }));
    await kinesis.send(new EnableEnhancedMonitoringCommand({ StreamName: 'measured', ShardLevelMetrics: ['IncomingRecords', 'OutgoingRecords'] }));
    const start = cloud.clock.now();
    await kinesis.send(new PutRecordsCommand({ StreamName: 'measured', Records: Array.from({ length: 7 }, (_, i) => ({ PartitionKey: `p${i}`, Data: Buffer.from('0123456789') })) }));
    await kinesis.send(new PutRecordCommand({ StreamName: 'measured', PartitionKey: 'p', Data: Buffer.from('abc') }));
    await readShard(kinesis, 'measured', 'shardId-000000000000');
    await advanceClock(cloud, '61s');
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const stat = async (MetricName: string, statistic: 'Sum' | 'Maximum', shardId?: string) => {
      const answer = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/Kinesis',
          MetricName,
          Dimensions: [{ Name: 'StreamName', Value: 'measured' }, ...(shardId ? [{ Name: 'ShardId', Value: shardId }] : [])],
          StartTime: new Date(start - 120_000),
          EndTime: new Date(cloud.clock.now() + 60_000),
          Period: 60,
          Statistics: [statistic],
        }),
      );
      return answer.Datapoints!.reduce((n, d) => n + (d[statistic] ?? 0), 0);
    };
    assert.equal(await stat('IncomingRecords', 'Sum'), 8);
    assert.equal(await stat('IncomingBytes', 'Sum'), 73);
    assert.equal(await stat('PutRecords.SuccessfulRecords', 'Sum'), 7);
    assert.equal(await stat('PutRecord.Success', 'Sum'), 1);
    assert.equal(await stat('GetRecords.Records', 'Sum'), 8);
    // Shard-level metrics, for the ones enhanced monitoring names.
    assert.equal(await stat('IncomingRecords', 'Sum', 'shardId-000000000000'), 8);
    assert.equal(await stat('OutgoingRecords', 'Sum', 'shardId-000000000000'), 8);
    assert.equal(await stat('IncomingBytes', 'Sum', 'shardId-000000000000'), 0);
    cloudwatch.destroy();
  });
});

describe('Kinesis state across a restart with --data-dir', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-kinesis-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('streams, shards, lineage and records survive; sequence numbers keep increasing', async () => {
    let cloud = await startTestCloud({ dataDir });
    let kinesis = new KinesisClient(clientConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'durable', ShardCount: 1 }));
    const first = await kinesis.send(new PutRecordCommand({ StreamName: 'durable', PartitionKey: 'k', Data: Buffer.from([0, 1, 2, 255]) }));
    await kinesis.send(new SplitShardCommand({ StreamName: 'durable', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: (2n ** 127n).toString() }));
    kinesis.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir });
    kinesis = new KinesisClient(clientConfig(cloud));
    const shards = (await kinesis.send(new ListShardsCommand({ StreamName: 'durable' }))).Shards!;
    assert.deepEqual(shards.map((s) => [s.ShardId, s.ParentShardId]), [
      ['shardId-000000000000', undefined],
      ['shardId-000000000001', 'shardId-000000000000'],
      ['shardId-000000000002', 'shardId-000000000000'],
    ]);
    const kept = await readShard(kinesis, 'durable', 'shardId-000000000000');
    assert.deepEqual([...Buffer.from(kept[0]!.Data!)], [0, 1, 2, 255]);
    assert.equal(kept[0]!.SequenceNumber, first.SequenceNumber);
    const a = await kinesis.send(new PutRecordCommand({ StreamName: 'durable', PartitionKey: 'k', Data: Buffer.from('x') }));
    kinesis.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir });
    kinesis = new KinesisClient(clientConfig(cloud));
    const b = await kinesis.send(new PutRecordCommand({ StreamName: 'durable', PartitionKey: 'k', Data: Buffer.from('y') }));
    assert.equal(a.ShardId, b.ShardId);
    assert.ok(BigInt(b.SequenceNumber!) > BigInt(a.SequenceNumber!));
    // Every record expires and is swept; sequence numbers still never go back.
    await advanceClock(cloud, '25h');
    assert.equal((cloud.runtime.store.db.prepare('SELECT COUNT(*) AS n FROM kinesis_records').get() as { n: number }).n, 0);
    kinesis.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir });
    kinesis = new KinesisClient(clientConfig(cloud));
    const c = await kinesis.send(new PutRecordCommand({ StreamName: 'durable', PartitionKey: 'k', Data: Buffer.from('z') }));
    assert.equal(c.ShardId, b.ShardId);
    assert.ok(BigInt(c.SequenceNumber!) > BigInt(b.SequenceNumber!));
    kinesis.destroy();
    await cloud.close();
  });

  test('a stream and a consumer caught CREATING by a restart still become ACTIVE', async () => {
    let cloud = await startTestCloud({ dataDir, kinesisStatusDelayMs: 10_000 });
    let kinesis = new KinesisClient(clientConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'pending', ShardCount: 1 }));
    const streamArn = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'pending' }))).StreamDescriptionSummary!.StreamARN!;
    await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'waiting' }));
    kinesis.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir, kinesisStatusDelayMs: 10_000 });
    kinesis = new KinesisClient(clientConfig(cloud));
    // The service loads on its first request, and takes up the unfinished changes then.
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'pending' }))).StreamDescriptionSummary!.StreamStatus, 'CREATING');
    await advanceClock(cloud, '10s');
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'pending' }))).StreamDescriptionSummary!.StreamStatus, 'ACTIVE');
    const consumer = (await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'waiting' }))).ConsumerDescription!;
    assert.equal(consumer.ConsumerStatus, 'ACTIVE');
    kinesis.destroy();
    await cloud.close();
  });
});
