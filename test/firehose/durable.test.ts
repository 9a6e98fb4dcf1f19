import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, FirehoseClient, PutRecordBatchCommand } from '@aws-sdk/client-firehose';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { eventually } from '../lambda/support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-firehose-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('a stream and the records in its buffer survive a restart with --data-dir, and are delivered after it', async () => {
  let cloud = await startTestCloud({ dataDir });
  let firehose = new FirehoseClient(clientConfig(cloud));
  let s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'fh-durable' }));
  await firehose.send(
    new CreateDeliveryStreamCommand({
      DeliveryStreamName: 'durable',
      ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::fh-durable', RoleARN: 'arn:aws:iam::000000000000:role/firehose', BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 300 } },
    }),
  );
  await firehose.send(new PutRecordBatchCommand({ DeliveryStreamName: 'durable', Records: [{ Data: Buffer.from('kept-1\n') }, { Data: Buffer.from('kept-2\n') }] }));
  firehose.destroy();
  s3.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  firehose = new FirehoseClient(clientConfig(cloud));
  s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
  try {
    const described = await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'durable' }));
    assert.equal(described.DeliveryStreamDescription!.DeliveryStreamStatus, 'ACTIVE');
    assert.deepEqual((await s3.send(new ListObjectsV2Command({ Bucket: 'fh-durable' }))).Contents ?? [], []);
    await advanceClock(cloud, '300s');
    const objects = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'fh-durable' }))).Contents, 5_000, 'the delivered object');
    assert.equal(objects.length, 1);
    const body = await (await s3.send(new GetObjectCommand({ Bucket: 'fh-durable', Key: objects[0]!.Key! }))).Body!.transformToString();
    assert.equal(body, 'kept-1\nkept-2\n');
  } finally {
    firehose.destroy();
    s3.destroy();
    await cloud.close();
  }
});
