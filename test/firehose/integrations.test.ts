import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand, PutSubscriptionFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, FirehoseClient, PutRecordCommand } from '@aws-sdk/client-firehose';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/firehose';

/** Answers each record with what Kinesis said of it. */
const ECHO_KINESIS_METADATA = `
exports.handler = async (event) => ({
  records: event.records.map((r) => ({
    recordId: r.recordId,
    result: 'Ok',
    data: Buffer.from(JSON.stringify({ data: Buffer.from(r.data, 'base64').toString(), ...r.kinesisRecordMetadata }) + '\\n').toString('base64'),
  })),
});`;

describe('Firehose with SNS, CloudWatch Logs and Kinesis', () => {
  let cloud: Cloud;
  let firehose: FirehoseClient;
  let s3: S3Client;
  before(async () => {
    cloud = await startTestCloud();
    firehose = new FirehoseClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'fh-integrations' }));
  });
  after(async () => {
    firehose.destroy();
    s3.destroy();
    await cloud.close();
  });

  const createStream = async (name: string, extra: Record<string, unknown> = {}, processors?: unknown[]) => {
    const created = await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: name,
        ExtendedS3DestinationConfiguration: {
          BucketARN: 'arn:aws:s3:::fh-integrations',
          RoleARN: ROLE,
          Prefix: `${name}/`,
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
          ...(processors ? { ProcessingConfiguration: { Enabled: true, Processors: processors as never } } : {}),
        },
        ...extra,
      }),
    );
    return created.DeliveryStreamARN!;
  };
  const objectsUnder = async (prefix: string) => {
    const listed = (await s3.send(new ListObjectsV2Command({ Bucket: 'fh-integrations', Prefix: prefix }))).Contents ?? [];
    return Promise.all(listed.map(async (o) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: 'fh-integrations', Key: o.Key! }))).Body!.transformToByteArray())));
  };
  const delivered = async (prefix: string, count = 1) => {
    await advanceClock(cloud, '60s');
    return eventually(async () => {
      const bodies = await objectsUnder(prefix);
      return bodies.length >= count ? bodies : undefined;
    }, 5_000, `objects under ${prefix}`);
  };

  it('takes SNS notifications into the delivery stream, raw or as notification JSON', async () => {
    const streamArn = await createStream('from-sns');
    const sns = new SNSClient(clientConfig(cloud));
    const topic = (await sns.send(new CreateTopicCommand({ Name: 'to-firehose' }))).TopicArn!;
    await sns.send(new SubscribeCommand({ TopicArn: topic, Protocol: 'firehose', Endpoint: streamArn, Attributes: { SubscriptionRoleArn: 'arn:aws:iam::000000000000:role/sns-firehose' } }));
    await sns.send(new PublishCommand({ TopicArn: topic, Message: 'order placed', Subject: 'orders' }));
    const rawStream = await createStream('from-sns-raw');
    await sns.send(new SubscribeCommand({ TopicArn: topic, Protocol: 'firehose', Endpoint: rawStream, Attributes: { SubscriptionRoleArn: 'arn:aws:iam::000000000000:role/sns-firehose', RawMessageDelivery: 'true' } }));
    await sns.send(new PublishCommand({ TopicArn: topic, Message: 'raw message' }));
    sns.destroy();
    const [body] = await delivered('from-sns/');
    const notifications = body!.toString().split(/(?<=\})(?=\{)/).map((text) => JSON.parse(text));
    assert.deepEqual(notifications.map((n) => n.Message), ['order placed', 'raw message']);
    assert.equal(notifications[0].Type, 'Notification');
    assert.equal(notifications[0].TopicArn, topic);
    assert.equal(notifications[0].Subject, 'orders');
    const [raw] = await delivered('from-sns-raw/');
    assert.equal(raw!.toString(), 'raw message');
  });

  it("delivers a Logs subscription filter's payloads, and extracts their messages with the log processors", async () => {
    const gzipStream = await createStream('from-logs');
    const extracting = await createStream('from-logs-messages', {}, [
      { Type: 'Decompression', Parameters: [{ ParameterName: 'CompressionFormat', ParameterValue: 'GZIP' }] },
      { Type: 'CloudWatchLogProcessing', Parameters: [{ ParameterName: 'DataMessageExtraction', ParameterValue: 'true' }] },
      { Type: 'AppendDelimiterToRecord', Parameters: [] },
    ]);
    await advanceClock(cloud, '2s');
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    for (const [group, destination] of [['/app/gzip', gzipStream], ['/app/messages', extracting]] as const) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
      await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'main' }));
      await logs.send(new PutSubscriptionFilterCommand({ logGroupName: group, filterName: 'all', filterPattern: '', destinationArn: destination, roleArn: 'arn:aws:iam::000000000000:role/cwl-firehose' }));
      const now = Date.now();
      await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: 'main', logEvents: [{ timestamp: now, message: 'first line' }, { timestamp: now, message: 'second line' }] }));
    }
    logs.destroy();
    const [payload] = await delivered('from-logs/');
    const decoded = JSON.parse(gunzipSync(payload!).toString());
    assert.equal(decoded.messageType, 'DATA_MESSAGE');
    assert.equal(decoded.logGroup, '/app/gzip');
    assert.deepEqual(decoded.logEvents.map((e: { message: string }) => e.message), ['first line', 'second line']);
    const [messages] = await delivered('from-logs-messages/');
    assert.equal(messages!.toString(), 'first line\nsecond line\n');
  });

  it('reads a Kinesis stream from when the delivery stream was created, and refuses PutRecord on it', async () => {
    const kinesis = new KinesisClient(clientConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'fh-source', ShardCount: 2 }));
    await eventually(async () => {
      await advanceClock(cloud, '1s');
      const summary = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fh-source' }));
      return summary.StreamDescriptionSummary?.StreamStatus === 'ACTIVE' || undefined;
    }, 5_000, 'the Kinesis stream');
    const sourceArn = 'arn:aws:kinesis:us-east-1:000000000000:stream/fh-source';
    const put = (texts: string[]) => kinesis.send(new PutRecordsCommand({ StreamName: 'fh-source', Records: texts.map((t, i) => ({ Data: Buffer.from(t), PartitionKey: `key-${i}` })) }));
    await put(['before-1\n', 'before-2\n']);
    await advanceClock(cloud, '1s');
    await createStream('from-kinesis', { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: sourceArn, RoleARN: ROLE } });
    const described = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'from-kinesis' }))).DeliveryStreamDescription!;
    assert.equal(described.DeliveryStreamType, 'KinesisStreamAsSource');
    assert.equal(described.Source?.KinesisStreamSourceDescription?.KinesisStreamARN, sourceArn);
    assert.ok(described.Source?.KinesisStreamSourceDescription?.DeliveryStartTimestamp instanceof Date);
    // A second delivery stream on the same source gives its Lambda transformation each record's Kinesis metadata.
    const lambda = new LambdaClient(clientConfig(cloud));
    const fn = await createFunction(lambda, 'fh-kinesis-metadata', { 'index.js': ECHO_KINESIS_METADATA });
    lambda.destroy();
    await createStream('from-kinesis-lambda', { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: sourceArn, RoleARN: ROLE } }, [
      { Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: fn.FunctionArn! }] },
    ]);
    await advanceClock(cloud, '2s');
    await put(['one\n', 'two\n', 'three\n', 'four\n']);
    const [body] = await delivered('from-kinesis/');
    assert.deepEqual(body!.toString().trim().split('\n').sort(), ['four', 'one', 'three', 'two']);
    const [echoed] = await delivered('from-kinesis-lambda/');
    const metadata = echoed!.toString().trim().split('\n').map((line) => JSON.parse(line)).sort((a, b) => a.data.localeCompare(b.data));
    assert.deepEqual(metadata.map((m) => [m.data, m.partitionKey]), [['four\n', 'key-3'], ['one\n', 'key-0'], ['three\n', 'key-2'], ['two\n', 'key-1']]);
    for (const m of metadata) {
      assert.match(m.shardId, /^shardId-00000000000[01]$/);
      assert.match(m.sequenceNumber, /^\d+$/);
      assert.equal(typeof m.approximateArrivalTimestamp, 'number');
    }
    await expectAwsError(firehose.send(new PutRecordCommand({ DeliveryStreamName: 'from-kinesis', Record: { Data: Buffer.from('x') } })), {
      name: 'InvalidArgumentException',
      message: 'This operation is not permitted on KinesisStreamAsSource delivery stream type.',
      status: 400,
    });
    await expectAwsError(
      createStream('from-missing-kinesis', { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/nope', RoleARN: ROLE } }),
      { name: 'InvalidArgumentException', status: 400 },
    );
    kinesis.destroy();
  });
});
