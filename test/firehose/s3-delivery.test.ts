import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, GetLogEventsCommand, CreateLogGroupCommand, CreateLogStreamCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, FirehoseClient, PutRecordBatchCommand, PutRecordCommand, type ExtendedS3DestinationConfiguration } from '@aws-sdk/client-firehose';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { snappyUncompress } from '../../src/services/firehose/snappy.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/firehose';
/** 2030-03-04T05:06:07Z: prefixes and object names read this time. */
const START = Date.UTC(2030, 2, 4, 5, 6, 7);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Upper-cases `name`, drops records with `drop`, fails records with `fail`, and says which stream asked. */
const TRANSFORM = `
exports.handler = async (event) => ({
  records: event.records.map((r) => {
    const o = JSON.parse(Buffer.from(r.data, 'base64').toString());
    if (o.drop) return { recordId: r.recordId, result: 'Dropped' };
    if (o.fail) return { recordId: r.recordId, result: 'ProcessingFailed', data: r.data };
    const out = { name: o.name.toUpperCase(), stream: event.deliveryStreamArn, region: event.region, hasInvocationId: !!event.invocationId, arrived: typeof r.approximateArrivalTimestamp };
    return { recordId: r.recordId, result: 'Ok', data: Buffer.from(JSON.stringify(out) + '\\n').toString('base64') };
  }),
});`;

describe('Firehose to S3', () => {
  let cloud: Cloud;
  let firehose: FirehoseClient;
  let s3: S3Client;
  before(async () => {
    cloud = await startTestCloud();
    await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: START }) });
    firehose = new FirehoseClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    for (const bucket of ['fh-out', 'fh-backup']) await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    firehose.destroy();
    s3.destroy();
    await cloud.close();
  });

  const keys = async (prefix: string) => ((await s3.send(new ListObjectsV2Command({ Bucket: 'fh-out', Prefix: prefix }))).Contents ?? []).map((c) => c.Key!).sort();
  const body = async (key: string, bucket = 'fh-out') => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray());
  const createStream = async (name: string, config: Partial<ExtendedS3DestinationConfiguration>) => {
    await firehose.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: name, ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::fh-out', RoleARN: ROLE, ...config } }));
  };
  const put = (name: string, records: Array<string | Buffer>) => firehose.send(new PutRecordBatchCommand({ DeliveryStreamName: name, Records: records.map((r) => ({ Data: Buffer.from(r) })) }));

  it('writes GZIP objects under the default hour prefix once the interval passes, with a Lambda transform dropping, changing and failing records', async () => {
    const lambda = new LambdaClient(clientConfig(cloud));
    const fn = await createFunction(lambda, 'fh-transform', { 'index.js': TRANSFORM });
    lambda.destroy();
    await createStream('gzip-lambda', {
      Prefix: 'app/',
      CompressionFormat: 'GZIP',
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 60 },
      ProcessingConfiguration: { Enabled: true, Processors: [{ Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: fn.FunctionArn! }] }] },
    });
    const result = await put('gzip-lambda', [JSON.stringify({ name: 'ada' }), JSON.stringify({ name: 'bob', drop: true }), JSON.stringify({ name: 'cy', fail: true }), JSON.stringify({ name: 'dee' })]);
    assert.equal(result.FailedPutCount, 0);
    assert.equal(result.RequestResponses!.length, 4);
    await advanceClock(cloud, '59s');
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await keys('app/'), [], 'nothing is written before the interval has passed');
    await advanceClock(cloud, '1s');
    const [delivered] = await eventually(async () => {
      const found = await keys('app/');
      return found.length ? found : undefined;
    }, 15_000, 'the delivered object');
    // The prefix has no expression, so the time folders of the oldest record follow it.
    assert.match(delivered!, new RegExp(`^app/2030/03/04/05/gzip-lambda-1-2030-03-04-05-06-0\\d-${UUID}\\.gz$`));
    const lines = gunzipSync(await body(delivered!)).toString().trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.name), ['ADA', 'DEE']);
    assert.equal(lines[0].stream, 'arn:aws:firehose:us-east-1:000000000000:deliverystream/gzip-lambda');
    assert.equal(lines[0].region, 'us-east-1');
    assert.equal(lines[0].hasInvocationId, true);
    assert.equal(lines[0].arrived, 'number');

    const [failedKey] = await eventually(async () => {
      const found = await keys('processing-failed/');
      return found.length ? found : undefined;
    }, 5_000, 'the processing-failed object');
    assert.match(failedKey!, new RegExp(`^processing-failed/2030/03/04/05/gzip-lambda-1-2030-03-04-05-06-0\\d-${UUID}\\.gz$`));
    const failure = JSON.parse(gunzipSync(await body(failedKey!)).toString().trim());
    assert.equal(failure.errorCode, 'Lambda.ProcessingFailedStatus');
    assert.equal(failure.errorMessage, 'ProcessingFailed status set for record');
    assert.equal(failure.attemptsMade, 1);
    assert.equal(failure.lambdaArn, fn.FunctionArn);
    assert.equal(Buffer.from(failure.rawData, 'base64').toString(), JSON.stringify({ name: 'cy', fail: true }));
    assert.equal(typeof failure.arrivalTimestamp, 'number');

    // AWS/Firehose metrics reach CloudWatch once their minute is over.
    await advanceClock(cloud, '2m');
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/Firehose',
        MetricName: 'IncomingRecords',
        Dimensions: [{ Name: 'DeliveryStreamName', Value: 'gzip-lambda' }],
        StartTime: new Date(START - 60_000),
        EndTime: new Date(START + 600_000),
        Period: 60,
        Statistics: ['Sum'],
      }),
    );
    cloudwatch.destroy();
    assert.equal(stats.Datapoints!.reduce((n, d) => n + d.Sum!, 0), 4);
  });

  it('flushes as soon as the buffer reaches its size hint, and the rest after the interval', async () => {
    await createStream('by-size', { Prefix: 'size/', BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 900 } });
    const chunk = (ch: string) => Buffer.alloc(400 * 1024, ch);
    await put('by-size', [chunk('a'), chunk('b'), chunk('c')]);
    const first = await eventually(async () => {
      const found = await keys('size/');
      return found.length ? found : undefined;
    }, 5_000, 'the size-triggered object');
    assert.equal(first.length, 1);
    assert.equal((await body(first[0]!)).length, 800 * 1024, 'a batch holds what fits in the size hint');
    await advanceClock(cloud, '900s');
    const all = await eventually(async () => {
      const found = await keys('size/');
      return found.length === 2 ? found : undefined;
    }, 5_000, 'the rest after the interval');
    const sizes = await Promise.all(all.map(async (k) => (await body(k)).length));
    assert.deepEqual(sizes.sort(), [400 * 1024, 800 * 1024].sort());
  });

  it('evaluates timestamp, random-string and error-output-type expressions in a custom time zone', async () => {
    await createStream('custom-prefix', {
      Prefix: "logs/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/hour=!{timestamp:HH}/!{firehose:random-string}/",
      ErrorOutputPrefix: "err/!{firehose:error-output-type}/!{timestamp:yyyy-MM-dd'T'HH}/",
      CustomTimeZone: 'Asia/Tokyo',
      FileExtension: '.json',
      CloudWatchLoggingOptions: { Enabled: true, LogGroupName: '/aws/kinesisfirehose/custom-prefix', LogStreamName: 'DestinationDelivery' },
      BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [{ Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: 'arn:aws:lambda:us-east-1:000000000000:function:fh-missing' }, { ParameterName: 'NumberOfRetries', ParameterValue: '0' }] }],
      },
    });
    await put('custom-prefix', ['{"a":1}']);
    const [failedKey] = await eventually(async () => {
      const found = await keys('err/');
      return found.length ? found : undefined;
    }, 5_000, 'the error output');
    // 05:06 UTC is 14:06 in Tokyo.
    assert.match(failedKey!, new RegExp(`^err/processing-failed/2030-03-04T14/custom-prefix-1-2030-03-04-14-\\d\\d-\\d\\d-${UUID}\\.json$`));
    const failure = JSON.parse((await body(failedKey!)).toString());
    assert.equal(failure.errorCode, 'Lambda.FunctionNotFound');
    assert.equal(failure.attemptsMade, 1);
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    const logged = await eventually(async () => {
      const out = await logs.send(new GetLogEventsCommand({ logGroupName: '/aws/kinesisfirehose/custom-prefix', logStreamName: 'DestinationDelivery' })).catch(() => undefined);
      return out?.events?.length ? out.events : undefined;
    }, 5_000, 'the processing error log');
    logs.destroy();
    assert.equal(JSON.parse(logged[0]!.message!).errorCode, 'Lambda.FunctionNotFound');

    await createStream('custom-prefix-ok', {
      Prefix: "logs/year=!{timestamp:yyyy}/hour=!{timestamp:HH}/!{firehose:random-string}/",
      ErrorOutputPrefix: 'err-ok/!{firehose:error-output-type}/',
      CustomTimeZone: 'Asia/Tokyo',
      BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
    });
    await put('custom-prefix-ok', ['hello']);
    const [key] = await eventually(async () => {
      const found = await keys('logs/');
      return found.length ? found : undefined;
    }, 5_000, 'the object under the custom prefix');
    assert.match(key!, new RegExp(`^logs/year=2030/hour=14/[A-Za-z0-9]{11}/custom-prefix-ok-1-2030-03-04-14-\\d\\d-\\d\\d-${UUID}$`));
    assert.equal((await body(key!)).toString(), 'hello');
  });

  it('compresses as ZIP, Snappy and Hadoop Snappy, and backs every source record up when S3BackupMode is Enabled', async () => {
    const text = 'firehose snappy firehose snappy firehose snappy '.repeat(50);
    for (const [name, format] of [['zip', 'ZIP'], ['snappy', 'Snappy'], ['hadoop', 'HADOOP_SNAPPY']] as const) {
      await createStream(`compress-${name}`, {
        Prefix: `${name}/`,
        CompressionFormat: format,
        BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
        ...(name === 'zip' ? { S3BackupMode: 'Enabled' as const, S3BackupConfiguration: { BucketARN: 'arn:aws:s3:::fh-backup', RoleARN: ROLE, Prefix: 'source/' } } : {}),
      });
      await put(`compress-${name}`, [text, 'tail']);
    }
    const found = await eventually(async () => {
      const all = await keys('');
      const pick = (p: string) => all.find((k) => k.startsWith(p));
      return pick('zip/') && pick('snappy/') && pick('hadoop/') ? { zip: pick('zip/')!, snappy: pick('snappy/')!, hadoop: pick('hadoop/')! } : undefined;
    }, 5_000, 'the three compressed objects');
    assert.match(found.zip, /\.zip$/);
    assert.match(found.snappy, /\.snappy$/);
    const zipped = unzipSync(await body(found.zip));
    assert.deepEqual(Object.keys(zipped), [found.zip.split('/').pop()!.slice(0, -'.zip'.length)]);
    assert.equal(Buffer.from(Object.values(zipped)[0]!).toString(), text + 'tail');

    // The framing format: stream identifier, then compressed chunks with a masked CRC-32C.
    const framed = await body(found.snappy);
    assert.equal(framed.subarray(0, 10).toString('latin1'), '\xff\x06\x00\x00sNaPpY');
    assert.equal(framed[10], 0x00);
    const chunkLength = framed.readUIntLE(11, 3);
    assert.equal(snappyUncompress(framed.subarray(18, 14 + chunkLength)).toString(), text + 'tail');
    assert.ok(framed.length < text.length / 2, 'repeated text compresses');

    const hadoop = await body(found.hadoop);
    assert.equal(hadoop.readUInt32BE(0), text.length + 4);
    const blockLength = hadoop.readUInt32BE(4);
    assert.equal(snappyUncompress(hadoop.subarray(8, 8 + blockLength)).toString(), text + 'tail');

    const backups = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'fh-backup', Prefix: 'source/' }))).Contents, 5_000, 'the backup');
    assert.equal((await body(backups[0]!.Key!, 'fh-backup')).toString(), text + 'tail');
  });

  it('partitions records by keys a metadata extraction query finds, with a newline after each record', async () => {
    await createStream('partitioned', {
      Prefix: 'customer=!{partitionKeyFromQuery:customer}/year=!{partitionKeyFromQuery:year}/',
      ErrorOutputPrefix: 'partition-errors/!{firehose:error-output-type}/',
      BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
      DynamicPartitioningConfiguration: { Enabled: true },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [
          { Type: 'MetadataExtraction', Parameters: [{ ParameterName: 'MetadataExtractionQuery', ParameterValue: '{customer: .customer.id, year: .ts | strftime("%Y")}' }, { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' }] },
          { Type: 'AppendDelimiterToRecord', Parameters: [{ ParameterName: 'Delimiter', ParameterValue: '\\n' }] },
        ],
      },
    });
    await put('partitioned', [
      JSON.stringify({ customer: { id: 'acme' }, ts: 1700000000, n: 1 }),
      JSON.stringify({ customer: { id: 'zeta' }, ts: 1700000000, n: 2 }),
      JSON.stringify({ customer: { id: 'acme' }, ts: 1700000001, n: 3 }),
      JSON.stringify({ nobody: true }),
    ]);
    await advanceClock(cloud, '60s');
    const found = await eventually(async () => {
      const all = await keys('customer=');
      return all.length === 2 ? all : undefined;
    }, 5_000, 'two partitions');
    assert.match(found[0]!, /^customer=acme\/year=2023\/partitioned-1-/);
    assert.match(found[1]!, /^customer=zeta\/year=2023\/partitioned-1-/);
    assert.equal((await body(found[0]!)).toString(), `${JSON.stringify({ customer: { id: 'acme' }, ts: 1700000000, n: 1 })}\n${JSON.stringify({ customer: { id: 'acme' }, ts: 1700000001, n: 3 })}\n`);
    const errors = await eventually(async () => {
      const all = await keys('partition-errors/processing-failed/');
      return all.length ? all : undefined;
    }, 5_000, 'the record without keys');
    assert.equal(Buffer.from(JSON.parse((await body(errors[0]!)).toString()).rawData, 'base64').toString(), '{"nobody":true}');
  });

  it('sends records past 500 active partitions to the error output as activePartitionExceeded', async () => {
    await createStream('many-partitions', {
      Prefix: 'many/k=!{partitionKeyFromQuery:k}/',
      ErrorOutputPrefix: 'many-errors/!{firehose:error-output-type}/',
      BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
      DynamicPartitioningConfiguration: { Enabled: true },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [{ Type: 'MetadataExtraction', Parameters: [{ ParameterName: 'MetadataExtractionQuery', ParameterValue: '{k: .k}' }, { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' }] }],
      },
    });
    await put('many-partitions', Array.from({ length: 500 }, (_, k) => JSON.stringify({ k })));
    await put('many-partitions', [JSON.stringify({ k: 'one-too-many' })]);
    await advanceClock(cloud, '60s');
    const errors = await eventually(async () => {
      const found = await keys('many-errors/activePartitionExceeded/');
      return found.length ? found : undefined;
    }, 15_000, 'the record past the limit');
    assert.equal(Buffer.from(JSON.parse((await body(errors[0]!)).toString()).rawData, 'base64').toString(), JSON.stringify({ k: 'one-too-many' }));
    const partitions = await eventually(async () => {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: 'fh-out', Prefix: 'many/', MaxKeys: 1000 }));
      return out.KeyCount === 500 ? out.KeyCount : undefined;
    }, 15_000, '500 partitions');
    assert.equal(partitions, 500);
  });

  it('logs S3 delivery errors to the destination log stream and retries until the bucket is there', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/kinesisfirehose/late-bucket' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/aws/kinesisfirehose/late-bucket', logStreamName: 'DestinationDelivery' }));
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'late-bucket',
        ExtendedS3DestinationConfiguration: {
          BucketARN: 'arn:aws:s3:::fh-late',
          RoleARN: ROLE,
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
          CloudWatchLoggingOptions: { Enabled: true, LogGroupName: '/aws/kinesisfirehose/late-bucket', LogStreamName: 'DestinationDelivery' },
        },
      }),
    );
    await firehose.send(new PutRecordCommand({ DeliveryStreamName: 'late-bucket', Record: { Data: Buffer.from('kept') } }));
    const events = await eventually(async () => {
      const out = await logs.send(new GetLogEventsCommand({ logGroupName: '/aws/kinesisfirehose/late-bucket', logStreamName: 'DestinationDelivery' }));
      return out.events?.length ? out.events : undefined;
    }, 5_000, 'the delivery error log');
    const logged = JSON.parse(events[0]!.message!);
    assert.equal(logged.errorCode, 'S3.NoSuchBucket');
    assert.equal(logged.destination, 'arn:aws:s3:::fh-late');
    assert.equal(logged.deliveryStreamARN, 'arn:aws:firehose:us-east-1:000000000000:deliverystream/late-bucket');
    await s3.send(new CreateBucketCommand({ Bucket: 'fh-late' }));
    await advanceClock(cloud, '5s');
    const landed = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'fh-late' }))).Contents, 5_000, 'the retried object');
    assert.equal((await body(landed[0]!.Key!, 'fh-late')).toString(), 'kept');
    logs.destroy();
  });

  it('keeps a Splunk destination (its token hidden) and writes its records to the S3 backup as splunk-failed, as Nimbus reaches no Splunk', async () => {
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'to-splunk',
        SplunkDestinationConfiguration: {
          HECEndpoint: 'https://splunk.example.com:8088',
          HECEndpointType: 'Raw',
          HECToken: 'secret-token',
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
          S3Configuration: { BucketARN: 'arn:aws:s3:::fh-out', RoleARN: ROLE, ErrorOutputPrefix: 'splunk-errors/' },
        },
      }),
    );
    const described = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'to-splunk' }))).DeliveryStreamDescription!;
    const splunk = described.Destinations![0]!.SplunkDestinationDescription!;
    assert.equal(splunk.HECEndpoint, 'https://splunk.example.com:8088');
    assert.equal(splunk.HECToken, undefined);
    assert.equal(splunk.S3DestinationDescription?.BucketARN, 'arn:aws:s3:::fh-out');
    await put('to-splunk', ['event']);
    const [key] = await eventually(async () => {
      const found = await keys('splunk-errors/');
      return found.length ? found : undefined;
    }, 5_000, 'the backed-up record');
    assert.match(key!, /^splunk-errors\/splunk-failed\/2030\/03\/04\/05\/to-splunk-1-/);
    const failure = JSON.parse((await body(key!)).toString());
    assert.equal(failure.errorCode, 'Splunk.NotServed');
    assert.equal(Buffer.from(failure.rawData, 'base64').toString(), 'event');
  });

  it('refuses oversized records and batches with AWS errors, losing nothing', async () => {
    await createStream('limits', { Prefix: 'limits/' });
    await expectAwsError(firehose.send(new PutRecordCommand({ DeliveryStreamName: 'limits', Record: { Data: Buffer.alloc(1_024_001) } })), {
      name: 'ValidationException',
      message: /Member must have length less than or equal to 1024000/,
      status: 400,
    });
    await expectAwsError(put('limits', Array.from({ length: 501 }, () => 'x')), { name: 'ValidationException', message: /Member must have length less than or equal to 500/, status: 400 });
    await expectAwsError(put('limits', Array.from({ length: 5 }, () => Buffer.alloc(1_000_000))), {
      name: 'InvalidArgumentException',
      message: 'Records size exceeds 4 MB limit: the records of this request have 5000000 bytes in all.',
      status: 400,
    });
    const ok = await put('limits', [Buffer.alloc(1_024_000)]);
    assert.equal(ok.FailedPutCount, 0);
  });
});
