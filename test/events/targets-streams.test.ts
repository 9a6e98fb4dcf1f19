import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { CreateDeliveryStreamCommand, FirehoseClient } from '@aws-sdk/client-firehose';
import { CreateStreamCommand, DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { makeQueue, putEvent, receive, ruleWithTargets } from './targets-support.js';

/** Kinesis and Firehose targets: records carrying the event, as EventBridge puts them. */
describe('EventBridge stream targets', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let kinesis: KinesisClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    kinesis = new KinesisClient(clientConfig(cloud));
  });

  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  const records = async (stream: string) => {
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: stream }));
    const all = [];
    for (const shard of Shards ?? []) {
      const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
      const page = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
      all.push(...(page.Records ?? []));
    }
    return all;
  };

  test('a Kinesis stream gets the event, keyed by PartitionKeyPath or else by the event id', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'event-stream', ShardCount: 1 }));
    const { StreamDescription } = await kinesis.send(new DescribeStreamCommand({ StreamName: 'event-stream' }));
    const streamArn = StreamDescription!.StreamARN!;
    await ruleWithTargets(events, 'to-stream', 'app.stream', [
      { Id: 'keyed', Arn: streamArn, KinesisParameters: { PartitionKeyPath: '$.detail.customer' } },
      { Id: 'by-id', Arn: streamArn },
    ]);
    const id = await putEvent(events, 'app.stream', { customer: 'c-17' });
    const got = await eventually(async () => {
      const found = await records('event-stream');
      return found.length >= 2 ? found : undefined;
    }, 5000, 'two records');
    assert.deepEqual(got.map((r) => r.PartitionKey).sort(), ['c-17', id].sort());
    for (const record of got) {
      const event = JSON.parse(Buffer.from(record.Data!).toString());
      assert.equal(event.id, id);
      assert.deepEqual(event.detail, { customer: 'c-17' });
    }
  });

  test('a missing stream is a failure EventBridge does not retry: straight to the DLQ', async () => {
    const sqs = new SQSClient(clientConfig(cloud));
    const dlq = await makeQueue(sqs, 'stream-dlq');
    const missing = 'arn:aws:kinesis:us-east-1:000000000000:stream/nowhere';
    await ruleWithTargets(events, 'to-missing-stream', 'app.nostream', [{ Id: 's', Arn: missing, DeadLetterConfig: { Arn: dlq.arn } }]);
    await putEvent(events, 'app.nostream', {});
    const [dead] = await receive(sqs, dlq.url);
    assert.equal(dead!.MessageAttributes!.ERROR_CODE!.StringValue, 'RESOURCE_NOT_FOUND');
    assert.equal(dead!.MessageAttributes!.TARGET_ARN!.StringValue, missing);
    sqs.destroy();
  });

  test('a Firehose delivery stream gets the event as a record, delivered to S3 when its buffer interval passes', async () => {
    const firehose = new FirehoseClient(clientConfig(cloud));
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'event-archive' }));
    const { DeliveryStreamARN } = await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'events-to-s3',
        ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::event-archive', RoleARN: 'arn:aws:iam::000000000000:role/firehose', BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 } },
      }),
    );
    await advanceClock(cloud, '2s');
    await ruleWithTargets(events, 'to-firehose', 'app.firehose', [{ Id: 'fh', Arn: DeliveryStreamARN! }]);
    const id = await putEvent(events, 'app.firehose', { archived: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await advanceClock(cloud, '61s');
    const [key] = await eventually(async () => {
      const found = (await s3.send(new ListObjectsV2Command({ Bucket: 'event-archive' }))).Contents ?? [];
      return found.length ? found.map((c) => c.Key!) : undefined;
    }, 10_000, 'the delivered object');
    const body = await (await s3.send(new GetObjectCommand({ Bucket: 'event-archive', Key: key })))!.Body!.transformToString();
    const event = JSON.parse(body);
    assert.equal(event.id, id);
    assert.deepEqual(event.detail, { archived: true });
    firehose.destroy();
    s3.destroy();
  });
});
