import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  DeleteBucketReplicationCommand,
  DeleteObjectCommand,
  GetBucketReplicationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type ReplicationConfiguration,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client, text } from './support.js';

const ROLE = 'arn:aws:iam::000000000000:role/replication';

describe('S3 replication through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  let eu: S3Client;
  let other: S3Client;

  async function versioned(client: S3Client, bucket: string, region?: string): Promise<void> {
    await client.send(new CreateBucketCommand({ Bucket: bucket, ...(region ? { CreateBucketConfiguration: { LocationConstraint: region as 'eu-west-1' } } : {}) }));
    await client.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  }

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    eu = s3Client(cloud, 'eu-west-1');
    other = s3Client(cloud, 'us-east-1', { credentials: { accessKeyId: '111111111111', secretAccessKey: 'test' } });
    await versioned(s3, 'source');
    await versioned(s3, 'same-region-copy');
    await versioned(eu, 'eu-copy', 'eu-west-1');
    await versioned(other, 'partner-copy');
    await s3.send(new CreateBucketCommand({ Bucket: 'unversioned' }));
    // The partner lets the source's account replicate into its bucket.
    await other.send(new PutPublicAccessBlockCommand({ Bucket: 'partner-copy', PublicAccessBlockConfiguration: { BlockPublicPolicy: false, RestrictPublicBuckets: false, BlockPublicAcls: true, IgnorePublicAcls: true } }));
    await other.send(
      new PutBucketPolicyCommand({
        Bucket: 'partner-copy',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: ['s3:ReplicateObject', 's3:ReplicateDelete'], Resource: 'arn:aws:s3:::partner-copy/*' }],
        }),
      }),
    );
  });
  after(async () => {
    s3.destroy();
    eu.destroy();
    other.destroy();
    await cloud.close();
  });

  test('configuration errors: source and destination versioning, a missing destination, DeleteMarkerReplication with a filter', async () => {
    const rule = (bucket: string) => ({ Role: ROLE, Rules: [{ ID: 'r', Status: 'Enabled' as const, Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' as const }, Destination: { Bucket: `arn:aws:s3:::${bucket}` } }] });
    await expectAwsError(s3.send(new PutBucketReplicationCommand({ Bucket: 'unversioned', ReplicationConfiguration: rule('same-region-copy') })), {
      name: 'InvalidRequest',
      message: "Versioning must be 'Enabled' on the bucket to apply a replication configuration",
      status: 400,
    });
    await expectAwsError(s3.send(new PutBucketReplicationCommand({ Bucket: 'source', ReplicationConfiguration: rule('unversioned') })), {
      name: 'InvalidRequest',
      message: 'Destination bucket must have versioning enabled.',
      status: 400,
    });
    await expectAwsError(s3.send(new PutBucketReplicationCommand({ Bucket: 'source', ReplicationConfiguration: rule('no-such-bucket') })), {
      name: 'InvalidRequest',
      message: 'Destination bucket must exist.',
      status: 400,
    });
    const noMarkerRule = { Role: ROLE, Rules: [{ Status: 'Enabled' as const, Priority: 1, Filter: { Prefix: '' }, Destination: { Bucket: 'arn:aws:s3:::same-region-copy' } }] };
    await expectAwsError(s3.send(new PutBucketReplicationCommand({ Bucket: 'source', ReplicationConfiguration: noMarkerRule })), {
      name: 'InvalidRequest',
      message: 'DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema.',
      status: 400,
    });
    await expectAwsError(s3.send(new GetBucketReplicationCommand({ Bucket: 'source' })), {
      name: 'ReplicationConfigurationNotFoundError',
      message: 'The replication configuration was not found',
      status: 404,
    });
  });

  test('new versions replicate same-region, cross-region and cross-account by their rules; PENDING, then COMPLETED and REPLICA', async () => {
    const config: ReplicationConfiguration = {
      Role: ROLE,
      Rules: [
        { ID: 'logs-here', Status: 'Enabled', Priority: 1, Filter: { Prefix: 'logs/' }, DeleteMarkerReplication: { Status: 'Enabled' }, Destination: { Bucket: 'arn:aws:s3:::same-region-copy' } },
        { ID: 'tagged-to-eu', Status: 'Enabled', Priority: 2, Filter: { And: { Prefix: 'data/', Tags: [{ Key: 'geo', Value: 'eu' }] } }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::eu-copy', StorageClass: 'STANDARD_IA' } },
        { ID: 'partner', Status: 'Enabled', Priority: 3, Filter: { Tag: { Key: 'share', Value: 'yes' } }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::partner-copy', Account: '111111111111' } },
        { ID: 'off', Status: 'Disabled', Priority: 4, Filter: { Prefix: 'off/' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::same-region-copy' } },
      ],
    };
    await s3.send(new PutBucketReplicationCommand({ Bucket: 'source', ReplicationConfiguration: config }));
    const read = await s3.send(new GetBucketReplicationCommand({ Bucket: 'source' }));
    assert.deepEqual(read.ReplicationConfiguration?.Rules?.map((r) => r.ID), ['logs-here', 'tagged-to-eu', 'partner', 'off']);

    const log = await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'logs/a.log', Body: 'line', Metadata: { origin: 'app' } }));
    const data = await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'data/x.csv', Body: '1,2', Tagging: 'geo=eu&share=yes' }));
    await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'data/y.csv', Body: '3,4', Tagging: 'geo=us' }));
    await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'off/z.txt', Body: 'z' }));

    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'logs/a.log' }))).ReplicationStatus, 'PENDING');
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'data/y.csv' }))).ReplicationStatus, undefined);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'off/z.txt' }))).ReplicationStatus, undefined);
    await advanceClock(cloud, '10s');

    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'logs/a.log' }))).ReplicationStatus, 'COMPLETED');
    const copy = await s3.send(new GetObjectCommand({ Bucket: 'same-region-copy', Key: 'logs/a.log' }));
    assert.equal(await text(copy.Body), 'line');
    assert.equal(copy.ReplicationStatus, 'REPLICA');
    assert.equal(copy.VersionId, log.VersionId);
    assert.deepEqual(copy.Metadata, { origin: 'app' });

    const euCopy = await eu.send(new HeadObjectCommand({ Bucket: 'eu-copy', Key: 'data/x.csv' }));
    assert.equal(euCopy.ReplicationStatus, 'REPLICA');
    assert.equal(euCopy.StorageClass, 'STANDARD_IA');
    assert.equal(euCopy.VersionId, data.VersionId);
    const partner = await other.send(new GetObjectCommand({ Bucket: 'partner-copy', Key: 'data/x.csv' }));
    assert.equal(await text(partner.Body), '1,2');
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'data/x.csv' }))).ReplicationStatus, 'COMPLETED');
    await expectAwsError(eu.send(new HeadObjectCommand({ Bucket: 'eu-copy', Key: 'data/y.csv' })), { status: 404 });
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: 'same-region-copy', Key: 'off/z.txt' })), { status: 404 });
  });

  test('delete markers replicate where DeleteMarkerReplication is Enabled; version deletes never do', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'logs/b.log', Body: 'b' }));
    await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'data/m.csv', Body: 'm', Tagging: 'geo=eu' }));
    await advanceClock(cloud, '10s');
    const marker = await s3.send(new DeleteObjectCommand({ Bucket: 'source', Key: 'logs/b.log' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'source', Key: 'data/m.csv' }));
    await advanceClock(cloud, '10s');
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'same-region-copy', Prefix: 'logs/b.log' }));
    assert.deepEqual(versions.DeleteMarkers?.map((m) => m.VersionId), [marker.VersionId]);
    assert.deepEqual(versions.Versions?.map((v) => v.VersionId), [put.VersionId]);
    // The tag-filtered rule does not replicate markers: the EU copy is still current.
    assert.equal((await eu.send(new HeadObjectCommand({ Bucket: 'eu-copy', Key: 'data/m.csv' }))).ReplicationStatus, 'REPLICA');
    await s3.send(new DeleteObjectCommand({ Bucket: 'source', Key: 'logs/b.log', VersionId: put.VersionId }));
    await advanceClock(cloud, '10s');
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'same-region-copy', Key: 'logs/b.log', VersionId: put.VersionId }))).VersionId, put.VersionId);
  });

  test('a destination that stops accepting turns the status FAILED; deleting the configuration stops replication', async () => {
    await other.send(new PutBucketVersioningCommand({ Bucket: 'partner-copy', VersioningConfiguration: { Status: 'Suspended' } }));
    await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'shared.txt', Body: 's', Tagging: 'share=yes' }));
    await advanceClock(cloud, '10s');
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'shared.txt' }))).ReplicationStatus, 'FAILED');

    await s3.send(new DeleteBucketReplicationCommand({ Bucket: 'source' }));
    await s3.send(new PutObjectCommand({ Bucket: 'source', Key: 'logs/after.log', Body: 'a' }));
    await advanceClock(cloud, '10s');
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'source', Key: 'logs/after.log' }))).ReplicationStatus, undefined);
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: 'same-region-copy', Key: 'logs/after.log' })), { status: 404 });
  });
});
