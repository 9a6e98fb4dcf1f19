import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand, RegisterStreamConsumerCommand, SplitShardCommand } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startStreamMapping } from '../../src/services/lambda/event-source-mappings/stream-runner.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually, ROLE } from './support.js';
import { ACCOUNT, loggedBatches, mappingFor, processed, recordingHost, REGION, STREAM_FUNCTION, valueOf } from './esm-streams-support.js';

const streamArn = (name: string) => `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${name}`;
let uuids = 0;
const nextUuid = () => `9d1c0f3e-0000-4000-8000-${String(++uuids).padStart(12, '0')}`;

describe('Lambda event source mappings: Kinesis', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  const names = ['filtered', 'positions', 'parallel', 'windows', 'splitting', 'to-bucket', 'from-cli', 'big-windows', 'pinned', 'fanned-out'];

  before(async () => {
    cloud = await startTestCloud();
    kinesis = new KinesisClient(clientConfig(cloud));
    const lambda = new LambdaClient(clientConfig(cloud));
    await createFunction(lambda, 'kinesis-reader', { 'index.js': STREAM_FUNCTION });
    lambda.destroy();
    for (const name of names) await kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
    await eventually(async () => {
      await advanceClock(cloud, '1s');
      const statuses = await Promise.all(names.map((n) => kinesis.send(new DescribeStreamSummaryCommand({ StreamName: n }))));
      return statuses.every((s) => s.StreamDescriptionSummary?.StreamStatus === 'ACTIVE');
    }, 10_000, 'streams ACTIVE');
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  const put = (stream: string, key: string, value: unknown) =>
    kinesis.send(new PutRecordCommand({ StreamName: stream, PartitionKey: key, Data: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) }));

  it('passes only the records a filter on their decoded data matches, shaped as Lambda sends Kinesis records, and skips the rest', async () => {
    await put('filtered', 'k1', { v: 'one', kind: 'keep' });
    await put('filtered', 'k1', { v: 'two', kind: 'drop' });
    await put('filtered', 'k2', 'not json');
    await put('filtered', 'k2', { v: 'three', kind: 'keep' });
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('filtered'), { filterPatterns: ['{"data": {"kind": ["keep"]}}'] });
    const { host, calls } = recordingHost(cloud, mapping);
    // Kinesis mappings filter on `data` alone: a pattern on the partition key matches nothing.
    const byKey = mappingFor(nextUuid(), 'kinesis-reader', streamArn('filtered'), { filterPatterns: ['{"partitionKey": ["k1"]}'] });
    const keyed = recordingHost(cloud, byKey);
    const runners = [startStreamMapping(host, mapping), startStreamMapping(keyed.host, byKey)];
    const runner = { stop: () => Promise.all(runners.map((r) => r.stop())) };
    try {
      await eventually(() => processed(calls).length >= 2, 10_000, 'the kept records');
      assert.deepEqual(processed(calls), ['one', 'three']);
      const record = calls[0]!.event.Records[0];
      assert.deepEqual(Object.keys(record).sort(), ['awsRegion', 'eventID', 'eventName', 'eventSource', 'eventSourceARN', 'eventVersion', 'invokeIdentityArn', 'kinesis']);
      assert.equal(record.eventSource, 'aws:kinesis');
      assert.equal(record.eventVersion, '1.0');
      assert.equal(record.eventName, 'aws:kinesis:record');
      assert.equal(record.eventSourceARN, streamArn('filtered'));
      assert.equal(record.invokeIdentityArn, mapping.executionRoleArn);
      assert.equal(record.awsRegion, REGION);
      assert.equal(record.eventID, `shardId-000000000000:${record.kinesis.sequenceNumber}`);
      assert.equal(record.kinesis.kinesisSchemaVersion, '1.0');
      assert.equal(record.kinesis.partitionKey, 'k1');
      assert.equal(Buffer.from(record.kinesis.data, 'base64').toString(), JSON.stringify({ v: 'one', kind: 'keep' }));
      assert.equal(typeof record.kinesis.approximateArrivalTimestamp, 'number');
      assert.ok(Math.abs(record.kinesis.approximateArrivalTimestamp * 1000 - cloud.clock.now()) < 120_000, 'arrival in seconds');
      // Filtered-out records are checkpointed past: a new record is all the next call gets.
      await put('filtered', 'k3', { v: 'four', kind: 'keep' });
      await eventually(async () => {
        await advanceClock(cloud, '1s');
        return processed(calls).includes('four');
      }, 10_000, 'the next kept record');
      assert.deepEqual(calls.at(-1)!.event.Records.map(valueOf), ['four']);
      assert.deepEqual(keyed.calls, []);
    } finally {
      await runner.stop();
    }
  });

  it('starts at LATEST with what is put from then on, and at AT_TIMESTAMP with what arrived from that time', async () => {
    await put('positions', 'p', { v: 'early-1' });
    await put('positions', 'p', { v: 'early-2' });
    await advanceClock(cloud, '10s');
    const from = cloud.clock.now();
    await put('positions', 'p', { v: 'middle' });
    await advanceClock(cloud, '10s');
    const latest = mappingFor(nextUuid(), 'kinesis-reader', streamArn('positions'), { startingPosition: 'LATEST' });
    const atTimestamp = mappingFor(nextUuid(), 'kinesis-reader', streamArn('positions'), { startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: from });
    const a = recordingHost(cloud, latest);
    const b = recordingHost(cloud, atTimestamp);
    const runners = [startStreamMapping(a.host, latest), startStreamMapping(b.host, atTimestamp)];
    try {
      await advanceClock(cloud, '1s');
      await put('positions', 'p', { v: 'late' });
      await eventually(() => processed(a.calls).includes('late') && processed(b.calls).includes('late'), 10_000, 'the late record');
      assert.deepEqual(processed(a.calls), ['late']);
      assert.deepEqual(processed(b.calls), ['middle', 'late']);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });

  it('LATEST stays where the mapping first started: what was put while it was stopped, before it read anything, is read', async () => {
    await put('pinned', 'k', { v: 'before-start' });
    await advanceClock(cloud, '1s');
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('pinned'), { startingPosition: 'LATEST' });
    const first = recordingHost(cloud, mapping);
    await startStreamMapping(first.host, mapping).stop();
    await advanceClock(cloud, '1s');
    await put('pinned', 'k', { v: 'while-stopped' });
    await advanceClock(cloud, '1s');
    const second = recordingHost(cloud, mapping);
    const runner = startStreamMapping(second.host, mapping);
    try {
      await eventually(() => processed(second.calls).length >= 1, 10_000, 'the record put while stopped');
      assert.deepEqual(processed(first.calls), []);
      assert.deepEqual(processed(second.calls), ['while-stopped']);
    } finally {
      await runner.stop();
    }
  });

  it('reads through a stream consumer (enhanced fan-out) ARN, the records naming the stream', async () => {
    const consumerArn = (await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn('fanned-out'), ConsumerName: 'lambda-reader' }))).Consumer!.ConsumerARN!;
    await put('fanned-out', 'k', { v: 'via-consumer' });
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', consumerArn);
    const { host, calls } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      await eventually(() => processed(calls).length >= 1, 10_000, 'the record');
      assert.deepEqual(processed(calls), ['via-consumer']);
      assert.equal(calls[0]!.event.Records[0].eventSourceARN, streamArn('fanned-out'));
    } finally {
      await runner.stop();
    }
  });

  it('ParallelizationFactor: several batches of one shard in flight, each partition key in order', async () => {
    const keys = ['red', 'green', 'blue', 'amber', 'violet', 'teal'];
    for (let n = 0; n < 8; n++) for (const key of keys) await put('parallel', key, { v: `slow-${key}-${n}` });
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('parallel'), { batchSize: 2, parallelizationFactor: 4 });
    const { host, calls, mostInFlight } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      await eventually(() => processed(calls).length >= 48, 20_000, 'every record');
      assert.ok(mostInFlight() > 1, `batches overlapped (at most ${mostInFlight()} at once)`);
      assert.ok(mostInFlight() <= 4, `no more than the factor at once (${mostInFlight()})`);
      for (const call of calls) assert.ok(call.event.Records.length <= 2);
      for (const key of keys) {
        const seen = processed(calls).filter((v) => v.startsWith(`slow-${key}-`));
        assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `slow-${key}-${n}`), `${key} in order`);
      }
    } finally {
      await runner.stop();
    }
  });

  it('tumbling windows: state carried from call to call, a final call when the window ends, a fresh state for the next window', async () => {
    // Start just past a 30-second boundary, so the records share a window.
    const now = cloud.clock.now();
    await advanceClock(cloud, 30_000 - (now % 30_000) + 100);
    const windowStart = cloud.clock.now() - (cloud.clock.now() % 30_000);
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('windows'), { batchSize: 2, tumblingWindowInSeconds: 30 });
    for (const v of ['w1', 'w2', 'w3']) await put('windows', 'k', { v });
    const { host, calls } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      await eventually(() => processed(calls).length >= 3, 10_000, 'the window records');
      const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
      assert.deepEqual(calls[0]!.event.window, { start: iso(windowStart), end: iso(windowStart + 30_000) });
      assert.deepEqual(calls.map((c) => c.event.state), [{}, { count: 2 }]);
      assert.equal(calls[0]!.event.shardId, 'shardId-000000000000');
      assert.equal(calls[0]!.event.eventSourceARN, streamArn('windows'));
      assert.equal(calls[0]!.event.isFinalInvokeForWindow, false);
      assert.equal(calls[0]!.event.isWindowTerminatedEarly, false);

      await advanceClock(cloud, '30s');
      await eventually(() => calls.some((c) => c.event.isFinalInvokeForWindow), 10_000, 'the final call');
      const final = calls.at(-1)!.event;
      assert.deepEqual(final.Records, []);
      assert.deepEqual(final.state, { count: 3 });
      assert.deepEqual(final.window, { start: iso(windowStart), end: iso(windowStart + 30_000) });

      await put('windows', 'k', { v: 'next' });
      await eventually(async () => {
        await advanceClock(cloud, '1s');
        return processed(calls).includes('next');
      }, 10_000, 'the next window');
      const next = calls.at(-1)!.event;
      assert.deepEqual(next.state, {});
      assert.equal(next.isFinalInvokeForWindow, false);
      assert.equal(Date.parse(next.window.start), windowStart + 30_000);
    } finally {
      await runner.stop();
    }
  });

  it('tumbling windows: a state past 1 MB ends the window early, and the same window goes on with a fresh state', async () => {
    const now = cloud.clock.now();
    await advanceClock(cloud, 60_000 - (now % 60_000) + 100);
    for (const v of ['b1', 'huge', 'b3']) await put('big-windows', 'k', { v });
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('big-windows'), { batchSize: 2, tumblingWindowInSeconds: 60 });
    const { host, calls } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      await eventually(() => calls.length >= 3, 10_000, 'the calls');
      assert.deepEqual(calls[0]!.event.Records.map(valueOf), ['b1', 'huge']);
      const early = calls[1]!.event;
      assert.deepEqual(early.Records, []);
      assert.equal(early.isFinalInvokeForWindow, true);
      assert.equal(early.isWindowTerminatedEarly, true);
      assert.equal(early.state.count, 2);
      assert.equal(early.state.blob.length, 1100000);
      // The same window, a fresh state.
      assert.deepEqual(calls[2]!.event.Records.map(valueOf), ['b3']);
      assert.deepEqual(calls[2]!.event.window, early.window);
      assert.deepEqual(calls[2]!.event.state, {});
      assert.equal(calls[2]!.event.isWindowTerminatedEarly, false);
    } finally {
      await runner.stop();
    }
  });

  it('follows a split shard: the parent read to its end, then its children', async () => {
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('splitting'), { batchSize: 10 });
    const { host, calls } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      for (const v of ['p1', 'p2']) await put('splitting', v, { v });
      await eventually(() => processed(calls).length >= 2, 10_000, 'the parent records');
      await kinesis.send(new SplitShardCommand({ StreamName: 'splitting', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: (2n ** 127n).toString() }));
      await advanceClock(cloud, '6s');
      const children = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
      for (const v of children) await put('splitting', v, { v });
      await eventually(async () => {
        await advanceClock(cloud, '5s');
        return processed(calls).length >= 8;
      }, 15_000, 'the children records');
      assert.deepEqual(processed(calls).slice(0, 2), ['p1', 'p2']);
      assert.deepEqual([...processed(calls).slice(2)].sort(), children);
      const shards = new Set(calls.flatMap((c) => c.event.Records.filter((r: any) => valueOf(r)!.startsWith('c')).map((r: any) => r.eventID.split(':')[0])));
      assert.deepEqual([...shards].sort(), ['shardId-000000000001', 'shardId-000000000002']);
    } finally {
      await runner.stop();
    }
  });

  it('sends a batch given up on to an S3 bucket under aws/lambda/<UUID>/<shard>/YYYY/MM/DD/, with the whole event, and reports IteratorAge', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    await s3.send(new CreateBucketCommand({ Bucket: 'stream-failures' }));
    await put('to-bucket', 'k', { v: 'poison' });
    await advanceClock(cloud, '90s');
    await put('to-bucket', 'k', { v: 'fine' });
    const mapping = mappingFor(nextUuid(), 'kinesis-reader', streamArn('to-bucket'), { batchSize: 1, maximumRetryAttempts: 0, onFailureDestination: 'arn:aws:s3:::stream-failures' });
    const { host, calls } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      const key = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'stream-failures' }))).Contents?.[0]?.Key, 10_000, 'the failure object');
      const day = new Date(cloud.clock.now()).toISOString().slice(0, 10);
      assert.match(key, new RegExp(`^aws/lambda/${mapping.uuid}/shardId-000000000000/${day.replaceAll('-', '/')}/${day}T\\d\\d\\.\\d\\d\\.\\d\\d-[0-9a-f-]{36}$`));
      const body = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: 'stream-failures', Key: key }))).Body!.transformToString());
      assert.equal(body.requestContext.condition, 'RetryAttemptsExhausted');
      assert.equal(body.requestContext.approximateInvokeCount, 1);
      assert.equal(body.KinesisBatchInfo.batchSize, 1);
      assert.equal(body.KinesisBatchInfo.streamArn, streamArn('to-bucket'));
      assert.deepEqual(JSON.parse(body.payload).Records.map(valueOf), ['poison']);
      await eventually(() => processed(calls).includes('fine'), 10_000, 'the next record');

      // IteratorAge: the poison record was 90 s old when read; published once its minute is over.
      await advanceClock(cloud, '2m');
      const stats = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/Lambda',
          MetricName: 'IteratorAge',
          Dimensions: [{ Name: 'FunctionName', Value: 'kinesis-reader' }],
          StartTime: new Date(cloud.clock.now() - 600_000),
          EndTime: new Date(cloud.clock.now()),
          Period: 600,
          Statistics: ['Maximum'],
        }),
      );
      const maximum = stats.Datapoints?.[0]?.Maximum ?? 0;
      assert.ok(maximum >= 90_000 && maximum < 100_000, `IteratorAge maximum ${maximum} ms`);
      assert.equal(stats.Datapoints?.[0]?.Unit, 'Milliseconds');
    } finally {
      await runner.stop();
      s3.destroy();
      cloudwatch.destroy();
    }
  });

  it('end to end through the AWS CLI: create-event-source-mapping with a filter, only matching records reach the function', async () => {
    await put('from-cli', 'k', { v: 'cli-1', kind: 'keep' });
    await put('from-cli', 'k', { v: 'cli-2', kind: 'drop' });
    await put('from-cli', 'k', { v: 'cli-3', kind: 'keep' });
    const created = await aws(cloud, [
      'lambda',
      'create-event-source-mapping',
      '--function-name',
      'kinesis-reader',
      '--event-source-arn',
      streamArn('from-cli'),
      '--starting-position',
      'TRIM_HORIZON',
      '--batch-size',
      '5',
      '--filter-criteria',
      JSON.stringify({ Filters: [{ Pattern: JSON.stringify({ data: { kind: ['keep'] } }) }] }),
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.State, 'Creating');
    assert.equal(created.json.EventSourceArn, streamArn('from-cli'));
    await advanceClock(cloud, '1s');
    const batches = await eventually(async () => {
      const found = (await loggedBatches(cloud, 'kinesis-reader')).filter((b) => b.values.some((v) => String(v).startsWith('cli-')));
      return found.flatMap((b) => b.values).length >= 2 ? found : undefined;
    }, 10_000, 'the kept records in the function log');
    assert.deepEqual(batches.flatMap((b) => b.values), ['cli-1', 'cli-3']);
    // Records name the function's execution role.
    assert.equal(batches[0]!.role, ROLE);
    const got = await aws(cloud, ['lambda', 'get-event-source-mapping', '--uuid', created.json.UUID]);
    assert.equal(got.json.State, 'Enabled');
    assert.equal(got.json.LastProcessingResult, 'OK');
    assert.deepEqual(got.json.FilterCriteria, { Filters: [{ Pattern: JSON.stringify({ data: { kind: ['keep'] } }) }] });
  });
});
