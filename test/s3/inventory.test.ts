import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  DeleteBucketInventoryConfigurationCommand,
  DeleteObjectCommand,
  GetBucketInventoryConfigurationCommand,
  GetObjectCommand,
  ListBucketInventoryConfigurationsCommand,
  ListObjectsV2Command,
  PutBucketInventoryConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  type InventoryConfiguration,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client } from './support.js';

const DAY = 86_400_000;

async function bytes(body: unknown): Promise<Buffer> {
  return Buffer.from(await (body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

describe('S3 Inventory through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;

  const daily = (id: string, extra: Partial<InventoryConfiguration> = {}): InventoryConfiguration => ({
    Id: id,
    IsEnabled: true,
    IncludedObjectVersions: 'All',
    Schedule: { Frequency: 'Daily' },
    Destination: { S3BucketDestination: { Bucket: 'arn:aws:s3:::reports', Format: 'CSV', Prefix: 'inv' } },
    OptionalFields: ['Size', 'ETag', 'StorageClass', 'IsMultipartUploaded', 'EncryptionStatus'],
    ...extra,
  });

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: 'catalog' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'reports' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'catalog', VersioningConfiguration: { Status: 'Enabled' } }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('configurations: put, get, list, delete, and AWS errors', async () => {
    await s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'b-weekly', InventoryConfiguration: daily('b-weekly', { Schedule: { Frequency: 'Weekly' }, IncludedObjectVersions: 'Current' }) }));
    await s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'a-daily', InventoryConfiguration: daily('a-daily', { Filter: { Prefix: 'photos/' } }) }));
    const got = await s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'a-daily' }));
    assert.deepEqual(got.InventoryConfiguration, daily('a-daily', { Filter: { Prefix: 'photos/' } }));
    const listed = await s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: 'catalog' }));
    assert.deepEqual(listed.InventoryConfigurationList?.map((c) => c.Id), ['a-daily', 'b-weekly']);
    assert.equal(listed.IsTruncated, false);

    await expectAwsError(s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'nope' })), {
      name: 'NoSuchConfiguration',
      message: 'The specified configuration does not exist.',
      status: 404,
    });
    await expectAwsError(s3.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'nope' })), { name: 'NoSuchConfiguration', status: 404 });
    await expectAwsError(
      s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'orc', InventoryConfiguration: daily('orc', { Destination: { S3BucketDestination: { Bucket: 'arn:aws:s3:::reports', Format: 'ORC' } } }) })),
      { name: 'NotImplemented', message: 'Nimbus writes inventory reports as CSV only; the ORC format is not implemented', status: 501 },
    );
    await expectAwsError(
      s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'bad', InventoryConfiguration: daily('bad', { Schedule: { Frequency: 'Hourly' as 'Daily' } }) })),
      { name: 'MalformedXML', status: 400 },
    );
    await expectAwsError(
      s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'bad', InventoryConfiguration: daily('bad', { OptionalFields: ['Colour' as 'Size'] }) })),
      { name: 'MalformedXML', status: 400 },
    );
    await expectAwsError(s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: 'catalog', ContinuationToken: 'not-a-token' })), {
      name: 'InvalidArgument',
      message: 'The continuation token provided is incorrect',
      status: 400,
    });
  });

  test('a daily report at midnight: gzip CSV data, manifest.json, manifest.checksum and the Hive symlink in AWS\'s layout', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'catalog', Key: 'photos/cat one.jpg', Body: 'meow', StorageClass: 'STANDARD_IA' }));
    await s3.send(new PutObjectCommand({ Bucket: 'catalog', Key: 'photos/dog.jpg', Body: 'woof' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'catalog', Key: 'photos/dog.jpg' }));
    await s3.send(new PutObjectCommand({ Bucket: 'catalog', Key: 'docs/readme.txt', Body: 'not in the filter' }));
    await advanceClock(cloud, DAY);

    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'reports', Prefix: 'inv/catalog/a-daily/' }));
    const keys = listed.Contents!.map((c) => c.Key!);
    const manifestKey = keys.find((k) => k.endsWith('/manifest.json'))!;
    assert.match(manifestKey, /^inv\/catalog\/a-daily\/\d{4}-\d{2}-\d{2}T\d{2}-\d{2}Z\/manifest\.json$/);
    assert.ok(keys.some((k) => /^inv\/catalog\/a-daily\/hive\/dt=\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\/symlink\.txt$/.test(k)), keys.join(','));
    const manifestBytes = await bytes((await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: manifestKey }))).Body);
    const checksum = await bytes((await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: manifestKey.replace('manifest.json', 'manifest.checksum') }))).Body);
    assert.equal(checksum.toString('utf8'), createHash('md5').update(manifestBytes).digest('hex'));
    const manifest = JSON.parse(manifestBytes.toString('utf8'));
    assert.equal(manifest.sourceBucket, 'catalog');
    assert.equal(manifest.destinationBucket, 'arn:aws:s3:::reports');
    assert.equal(manifest.version, '2016-11-30');
    assert.equal(manifest.fileFormat, 'CSV');
    assert.equal(manifest.fileSchema, 'Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, ETag, StorageClass, IsMultipartUploaded, EncryptionStatus');
    assert.equal(manifest.files.length, 1);
    const file = manifest.files[0];
    assert.match(file.key, /^inv\/catalog\/a-daily\/data\/[0-9a-f-]{36}\.csv\.gz$/);
    const gz = await bytes((await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: file.key }))).Body);
    assert.equal(file.size, gz.length);
    assert.equal(file.MD5checksum, createHash('md5').update(gz).digest('hex'));
    const rows = gunzipSync(gz).toString('utf8').trim().split('\n');
    assert.equal(rows.length, 3);
    const cat = rows.find((r) => r.includes('cat%20one'))!;
    assert.match(cat, /^"catalog","photos%2Fcat%20one\.jpg","[A-Za-z0-9_.-]{32}","true","false","4","[0-9a-f]{32}","STANDARD_IA","false","SSE-S3"$/);
    const marker = rows.find((r) => r.includes('dog') && r.includes('"true","true"'));
    assert.ok(marker, rows.join('\n'));
    assert.ok(!rows.some((r) => r.includes('readme')));
    // The weekly, current-versions configuration waits for a Sunday.
    const weekly = await s3.send(new ListObjectsV2Command({ Bucket: 'reports', Prefix: 'inv/catalog/b-weekly/' }));
    assert.equal(weekly.KeyCount! > 0, new Date(Number(manifest.creationTimestamp)).getUTCDay() === 0);
  });

  test('a weekly report appears once in seven days; a disabled or deleted configuration stops reports', async () => {
    const weeklyManifests = async () =>
      ((await s3.send(new ListObjectsV2Command({ Bucket: 'reports', Prefix: 'inv/catalog/b-weekly/' }))).Contents ?? []).filter((c) => c.Key!.endsWith('manifest.json')).length;
    const before = await weeklyManifests();
    await advanceClock(cloud, 7 * DAY);
    assert.equal((await weeklyManifests()) - before, 1);

    await s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'a-daily', InventoryConfiguration: daily('a-daily', { IsEnabled: false }) }));
    await s3.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: 'catalog', Id: 'b-weekly' }));
    const count = async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'reports', Prefix: 'inv/' }))).KeyCount;
    const was = await count();
    await advanceClock(cloud, 8 * DAY);
    assert.equal(await count(), was);
    assert.deepEqual((await s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: 'catalog' }))).InventoryConfigurationList?.map((c) => c.Id), ['a-daily']);
  });
});
