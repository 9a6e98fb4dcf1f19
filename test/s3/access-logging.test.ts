import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  GetBucketLoggingCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutBucketLoggingCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client, text } from './support.js';

/** Splits an access-log line into its fields: bracketed time and quoted strings stay whole. */
function fields(line: string): string[] {
  return [...line.matchAll(/\[[^\]]*\]|"(?:[^"\\]|\\.)*"|\S+/g)].map((m) => m[0]);
}

describe('S3 server access logging through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  let eu: S3Client;
  let other: S3Client;

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    eu = s3Client(cloud, 'eu-west-1');
    other = s3Client(cloud, 'us-east-1', { credentials: { accessKeyId: '222222222222', secretAccessKey: 'test' } });
    for (const bucket of ['site', 'logs', 'site-partitioned']) await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await eu.send(new CreateBucketCommand({ Bucket: 'eu-logs', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await other.send(new CreateBucketCommand({ Bucket: 'someone-elses-logs' }));
  });
  after(async () => {
    s3.destroy();
    eu.destroy();
    other.destroy();
    await cloud.close();
  });

  test('target checks: it must exist, be the same owner\'s and in the same region', async () => {
    const put = (target: string) => s3.send(new PutBucketLoggingCommand({ Bucket: 'site', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: target, TargetPrefix: 'x/' } } }));
    const missing = await expectAwsError(put('no-such-logs'), { name: 'InvalidTargetBucketForLogging', message: 'The target bucket for logging does not exist', status: 400 });
    assert.equal(missing.TargetBucket, 'no-such-logs');
    await expectAwsError(put('someone-elses-logs'), {
      name: 'InvalidTargetBucketForLogging',
      message: 'The owner for the bucket to be logged and the target bucket must be the same.',
      status: 400,
    });
    const cross = await expectAwsError(put('eu-logs'), { name: 'CrossLocationLoggingProhibitted', message: 'Cross S3 location logging not allowed.', status: 403 });
    assert.equal(cross.TargetBucketLocation, 'eu-west-1');
    assert.deepEqual(await s3.send(new GetBucketLoggingCommand({ Bucket: 'site' })).then((r) => r.LoggingEnabled), undefined);
  });

  test('requests become log lines in the documented format, delivered as one object after the delivery period', async () => {
    await s3.send(new PutBucketLoggingCommand({ Bucket: 'site', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'access/' } } }));
    const config = await s3.send(new GetBucketLoggingCommand({ Bucket: 'site' }));
    assert.deepEqual(config.LoggingEnabled, { TargetBucket: 'logs', TargetPrefix: 'access/' });

    await s3.send(new PutObjectCommand({ Bucket: 'site', Key: 'index.html', Body: '<html>hello</html>' }));
    await s3.send(new GetObjectCommand({ Bucket: 'site', Key: 'index.html' })).then((r) => text(r.Body));
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: 'site', Key: 'missing.html' })), { name: 'NoSuchKey', status: 404 });
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'logs', Prefix: 'access/' }))).KeyCount, 0);

    await advanceClock(cloud, '5m');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'logs', Prefix: 'access/' }));
    assert.equal(listed.KeyCount, 1);
    const key = listed.Contents![0]!.Key!;
    assert.match(key, /^access\/\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9A-F]{16}$/);
    const lines = (await text((await s3.send(new GetObjectCommand({ Bucket: 'logs', Key: key }))).Body)).trim().split('\n');
    assert.equal(lines.length, 4);
    const [getLogging, put, get, miss] = lines.map(fields);
    assert.equal(getLogging![6], 'REST.GET.LOGGING_STATUS');
    assert.equal(getLogging![8], '"GET /site HTTP/1.1"');
    assert.match(put![0]!, /^[0-9a-f]{64}$/);
    assert.equal(put![1], 'site');
    assert.match(put![2]!, /^\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000\]$/);
    assert.equal(put![6], 'REST.PUT.OBJECT');
    assert.equal(put![7], 'index.html');
    assert.equal(put![8], '"PUT /site/index.html HTTP/1.1"');
    assert.equal(put![9], '200');
    assert.equal(get![6], 'REST.GET.OBJECT');
    assert.equal(get![9], '200');
    assert.equal(get![11], String('<html>hello</html>'.length));
    assert.equal(get![12], String('<html>hello</html>'.length));
    assert.match(get![16]!, /aws-sdk-js/);
    assert.equal(get![19], 'SigV4');
    assert.equal(get![21], 'AuthHeader');
    assert.equal(miss![9], '404');
    assert.equal(miss![10], 'NoSuchKey');

    // Nothing new, nothing delivered.
    await advanceClock(cloud, '5m');
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'logs', Prefix: 'access/' }))).KeyCount, 1);
  });

  test('partitioned key format; turning logging off stops the records', async () => {
    await s3.send(
      new PutBucketLoggingCommand({
        Bucket: 'site-partitioned',
        BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'p/', TargetObjectKeyFormat: { PartitionedPrefix: { PartitionDateSource: 'EventTime' } } } },
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: 'site-partitioned', Key: 'a', Body: 'a' }));
    await advanceClock(cloud, '5m');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'logs', Prefix: 'p/' }));
    assert.equal(listed.KeyCount, 1);
    assert.match(listed.Contents![0]!.Key!, /^p\/000000000000\/us-east-1\/site-partitioned\/\d{4}\/\d{2}\/\d{2}\/\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9A-F]{16}$/);

    await s3.send(new PutBucketLoggingCommand({ Bucket: 'site-partitioned', BucketLoggingStatus: {} }));
    assert.equal((await s3.send(new GetBucketLoggingCommand({ Bucket: 'site-partitioned' }))).LoggingEnabled, undefined);
    await s3.send(new PutObjectCommand({ Bucket: 'site-partitioned', Key: 'b', Body: 'b' }));
    await advanceClock(cloud, '5m');
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'logs', Prefix: 'p/' }))).KeyCount, 1);
  });

  test('both key formats at once is malformed', async () => {
    await expectAwsError(
      s3.send(
        new PutBucketLoggingCommand({
          Bucket: 'site',
          BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'x/', TargetObjectKeyFormat: { SimplePrefix: {}, PartitionedPrefix: { PartitionDateSource: 'DeliveryTime' } } } },
        }),
      ),
      { name: 'MalformedXML', status: 400 },
    );
  });
});
