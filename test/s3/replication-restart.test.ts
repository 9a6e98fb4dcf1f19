import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  GetObjectLegalHoldCommand,
  GetObjectRetentionCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketLoggingCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  RestoreObjectCommand,
} from '@aws-sdk/client-s3';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { s3Client } from './support.js';

describe('S3 feature state across a restart with --data-dir', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-s3-features-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('a pending replication completes after a restart; locks, restores and logging survive it', async () => {
    const first = await startTestCloud({ dataDir });
    const s3 = s3Client(first);
    let lockedVersion: string | undefined;
    try {
      for (const bucket of ['durable-source', 'durable-copy']) {
        await s3.send(new CreateBucketCommand({ Bucket: bucket }));
        await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
      }
      await s3.send(
        new PutBucketReplicationCommand({
          Bucket: 'durable-source',
          ReplicationConfiguration: { Role: 'arn:aws:iam::000000000000:role/r', Rules: [{ Status: 'Enabled', Priority: 1, Filter: {}, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::durable-copy' } }] },
        }),
      );
      await s3.send(new PutBucketLoggingCommand({ Bucket: 'durable-copy', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'durable-source', TargetPrefix: 'logs/' } } }));
      await s3.send(new PutObjectCommand({ Bucket: 'durable-source', Key: 'later.txt', Body: 'replicate me' }));
      assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'durable-source', Key: 'later.txt' }))).ReplicationStatus, 'PENDING');
      await s3.send(new CreateBucketCommand({ Bucket: 'durable-locked', ObjectLockEnabledForBucket: true }));
      const locked = await s3.send(
        new PutObjectCommand({ Bucket: 'durable-locked', Key: 'held', Body: 'h', ObjectLockLegalHoldStatus: 'ON', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: new Date(Date.now() + 86_400_000 * 30) }),
      );
      lockedVersion = locked.VersionId;
      await s3.send(new PutObjectCommand({ Bucket: 'durable-locked', Key: 'cold', Body: 'c', StorageClass: 'GLACIER' }));
      await s3.send(new RestoreObjectCommand({ Bucket: 'durable-locked', Key: 'cold', RestoreRequest: { Days: 3 } }));
    } finally {
      s3.destroy();
      await first.close();
    }

    const second = await startTestCloud({ dataDir });
    const again = s3Client(second);
    try {
      await advanceClock(second, '10s');
      assert.equal((await again.send(new HeadObjectCommand({ Bucket: 'durable-source', Key: 'later.txt' }))).ReplicationStatus, 'COMPLETED');
      assert.equal((await again.send(new HeadObjectCommand({ Bucket: 'durable-copy', Key: 'later.txt' }))).ReplicationStatus, 'REPLICA');
      assert.equal((await again.send(new GetObjectLegalHoldCommand({ Bucket: 'durable-locked', Key: 'held', VersionId: lockedVersion }))).LegalHold?.Status, 'ON');
      assert.equal((await again.send(new GetObjectRetentionCommand({ Bucket: 'durable-locked', Key: 'held' }))).Retention?.Mode, 'GOVERNANCE');
      assert.equal((await again.send(new HeadObjectCommand({ Bucket: 'durable-locked', Key: 'cold' }))).Restore, 'ongoing-request="true"');
      // Logging is still on for the copy bucket after the restart: its requests are delivered.
      await advanceClock(second, '5m');
      const logs = await again.send(new ListObjectsV2Command({ Bucket: 'durable-source', Prefix: 'logs/' }));
      assert.equal(logs.KeyCount, 1);
    } finally {
      again.destroy();
      await second.close();
    }
  });
});
