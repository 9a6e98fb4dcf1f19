import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetObjectLegalHoldCommand,
  GetObjectLockConfigurationCommand,
  GetObjectRetentionCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectLegalHoldCommand,
  PutObjectLockConfigurationCommand,
  PutObjectRetentionCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { errorFields, expectAwsError } from '../support/errors.js';
import { s3Client, signedFetch, text } from './support.js';

const DAY = 86_400_000;

describe('S3 Object Lock through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'locked';
  const plain = 'unlocked';
  const versioned = 'versioned-later';

  async function now(): Promise<number> {
    const response = await fetch(`${cloud.endpoint}/_nimbus/clock`);
    const body = (await response.json()) as { now: number | string };
    return typeof body.now === 'number' ? body.now : Date.parse(body.now);
  }

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket, ObjectLockEnabledForBucket: true }));
    await s3.send(new CreateBucketCommand({ Bucket: plain }));
    await s3.send(new CreateBucketCommand({ Bucket: versioned }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: versioned, VersioningConfiguration: { Status: 'Enabled' } }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('a bucket created with Object Lock has versioning Enabled, which cannot be suspended', async () => {
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status, 'Enabled');
    const config = await s3.send(new GetObjectLockConfigurationCommand({ Bucket: bucket }));
    assert.deepEqual(config.ObjectLockConfiguration, { ObjectLockEnabled: 'Enabled' });
    await expectAwsError(s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Suspended' } })), {
      name: 'InvalidBucketState',
      message: 'An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.',
      status: 409,
    });
  });

  test('lock configuration: refused without versioning, allowed on an existing versioned bucket, not found where none', async () => {
    const config = { ObjectLockEnabled: 'Enabled' as const, Rule: { DefaultRetention: { Mode: 'GOVERNANCE' as const, Days: 1 } } };
    await expectAwsError(s3.send(new PutObjectLockConfigurationCommand({ Bucket: plain, ObjectLockConfiguration: config })), {
      name: 'InvalidBucketState',
      message: "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration",
      status: 409,
    });
    const missing = await expectAwsError(s3.send(new GetObjectLockConfigurationCommand({ Bucket: plain })), {
      name: 'ObjectLockConfigurationNotFoundError',
      message: 'Object Lock configuration does not exist for this bucket',
      status: 404,
    });
    assert.equal(missing.BucketName, plain);
    await s3.send(new PutObjectLockConfigurationCommand({ Bucket: versioned, ObjectLockConfiguration: config }));
    const read = await s3.send(new GetObjectLockConfigurationCommand({ Bucket: versioned }));
    assert.deepEqual(read.ObjectLockConfiguration, config);
  });

  test('lock configuration validation: Days and Years together, a bad mode, a non-positive or too large period', async () => {
    const put = (DefaultRetention: Record<string, unknown>, enabled = 'Enabled') =>
      s3.send(new PutObjectLockConfigurationCommand({ Bucket: bucket, ObjectLockConfiguration: { ObjectLockEnabled: enabled as 'Enabled', Rule: { DefaultRetention } } }));
    const malformed = { name: 'MalformedXML', message: 'The XML you provided was not well-formed or did not validate against our published schema', status: 400 };
    await expectAwsError(put({ Mode: 'GOVERNANCE', Days: 1, Years: 1 }), malformed);
    await expectAwsError(put({ Mode: 'governance', Days: 1 }), malformed);
    await expectAwsError(put({ Mode: 'GOVERNANCE' }), malformed);
    await expectAwsError(put({ Mode: 'GOVERNANCE', Days: 1 }, 'Disabled'), malformed);
    const zero = await expectAwsError(put({ Mode: 'GOVERNANCE', Days: 0 }), { name: 'InvalidArgument', message: 'Default retention period must be a positive integer value.', status: 400 });
    assert.equal(zero.ArgumentName, 'Days');
    await expectAwsError(put({ Mode: 'COMPLIANCE', Years: 101 }), { name: 'InvalidArgument', message: 'Default retention period too large.', status: 400 });
  });

  test('retention set at PutObject protects the version until its date on the clock; a simple delete adds a marker', async () => {
    const until = new Date((await now()) + 2 * DAY);
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'ledger.txt', Body: 'entries', ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: until }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'ledger.txt' }));
    assert.equal(head.ObjectLockMode, 'COMPLIANCE');
    assert.equal(head.ObjectLockRetainUntilDate?.getTime(), until.getTime());
    assert.equal(head.ObjectLockLegalHoldStatus, undefined);
    const get = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ledger.txt' }));
    assert.equal(get.ObjectLockMode, 'COMPLIANCE');
    assert.equal(await text(get.Body), 'entries');

    const denied = { name: 'AccessDenied', message: 'Access Denied because object protected by object lock.', status: 403 };
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'ledger.txt', VersionId: put.VersionId })), denied);
    // Compliance cannot be bypassed, shortened or turned into governance.
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'ledger.txt', VersionId: put.VersionId, BypassGovernanceRetention: true })), denied);
    await expectAwsError(
      s3.send(new PutObjectRetentionCommand({ Bucket: bucket, Key: 'ledger.txt', VersionId: put.VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date((await now()) + DAY) } })),
      denied,
    );
    await expectAwsError(
      s3.send(
        new PutObjectRetentionCommand({ Bucket: bucket, Key: 'ledger.txt', VersionId: put.VersionId, BypassGovernanceRetention: true, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: new Date((await now()) + 3 * DAY) } }),
      ),
      denied,
    );
    const batch = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: 'ledger.txt', VersionId: put.VersionId }] } }));
    assert.deepEqual(batch.Errors?.map((e) => [e.Code, e.Message]), [['AccessDenied', 'Access Denied because object protected by object lock.']]);

    // A delete without a version id is a delete marker, which Object Lock allows.
    const marker = await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'ledger.txt' }));
    assert.equal(marker.DeleteMarker, true);
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'ledger.txt', VersionId: marker.VersionId }));

    await advanceClock(cloud, 2 * DAY + 1000);
    const gone = await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'ledger.txt', VersionId: put.VersionId }));
    assert.equal(gone.VersionId, put.VersionId);
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'ledger.txt' })), { status: 404 });
  });

  test('governance: extended freely, shortened or deleted only with the bypass header', async () => {
    const start = await now();
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'draft.txt', Body: 'v1', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: new Date(start + DAY) }));
    const retention = (days: number, bypass?: boolean) =>
      s3.send(
        new PutObjectRetentionCommand({ Bucket: bucket, Key: 'draft.txt', VersionId: put.VersionId, BypassGovernanceRetention: bypass, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: new Date(start + days * DAY) } }),
      );
    await retention(3);
    const read = await s3.send(new GetObjectRetentionCommand({ Bucket: bucket, Key: 'draft.txt', VersionId: put.VersionId }));
    assert.equal(read.Retention?.Mode, 'GOVERNANCE');
    assert.equal(read.Retention?.RetainUntilDate?.getTime(), start + 3 * DAY);
    const denied = { name: 'AccessDenied', message: 'Access Denied because object protected by object lock.', status: 403 };
    await expectAwsError(retention(2), denied);
    await retention(2, true);
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'draft.txt', VersionId: put.VersionId })), denied);
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'draft.txt', VersionId: put.VersionId, BypassGovernanceRetention: true }));
    await expectAwsError(s3.send(new GetObjectRetentionCommand({ Bucket: bucket, Key: 'draft.txt', VersionId: put.VersionId })), { name: 'NoSuchVersion', status: 404 });
  });

  test('a legal hold blocks deletion whatever the retention or bypass, until it is turned OFF', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'evidence.txt', Body: 'x', ObjectLockLegalHoldStatus: 'ON' }));
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'evidence.txt' }))).ObjectLockLegalHoldStatus, 'ON');
    await expectAwsError(s3.send(new GetObjectRetentionCommand({ Bucket: bucket, Key: 'evidence.txt' })), {
      name: 'NoSuchObjectLockConfiguration',
      message: 'The specified object does not have a ObjectLock configuration',
      status: 404,
    });
    const denied = { name: 'AccessDenied', message: 'Access Denied because object protected by object lock.', status: 403 };
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'evidence.txt', VersionId: put.VersionId, BypassGovernanceRetention: true })), denied);
    await advanceClock(cloud, 400 * DAY);
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'evidence.txt', VersionId: put.VersionId })), denied);
    await s3.send(new PutObjectLegalHoldCommand({ Bucket: bucket, Key: 'evidence.txt', VersionId: put.VersionId, LegalHold: { Status: 'OFF' } }));
    assert.equal((await s3.send(new GetObjectLegalHoldCommand({ Bucket: bucket, Key: 'evidence.txt', VersionId: put.VersionId }))).LegalHold?.Status, 'OFF');
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'evidence.txt', VersionId: put.VersionId }));
  });

  test('default retention applies to new versions (puts and copies), counted from their creation', async () => {
    await s3.send(
      new PutObjectLockConfigurationCommand({ Bucket: bucket, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } } }),
    );
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'auto.txt', Body: 'a' }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'auto.txt' }));
    assert.equal(head.ObjectLockMode, 'GOVERNANCE');
    assert.ok(Math.abs(head.ObjectLockRetainUntilDate!.getTime() - (head.LastModified!.getTime() + DAY)) < 2000);
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'auto-copy.txt', CopySource: `${bucket}/auto.txt` }));
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'auto-copy.txt' }))).ObjectLockMode, 'GOVERNANCE');
    // Explicit settings win over the default.
    const explicit = new Date((await now()) + 5 * DAY);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'explicit.txt', Body: 'e', ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: explicit }));
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'explicit.txt' }))).ObjectLockMode, 'COMPLIANCE');
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'auto.txt', VersionId: put.VersionId })), { name: 'AccessDenied', status: 403 });
    // Removing the default: a configuration with no rule.
    await s3.send(new PutObjectLockConfigurationCommand({ Bucket: bucket, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'free.txt', Body: 'f' }));
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'free.txt' }))).ObjectLockMode, undefined);
  });

  test('lock headers at PutObject: both of mode and date, a known mode, a future date, a lock bucket', async () => {
    const later = new Date((await now()) + DAY);
    const both = await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'x', ObjectLockMode: 'GOVERNANCE' })), {
      name: 'InvalidArgument',
      message: 'x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied',
      status: 400,
    });
    assert.equal(both.ArgumentName, 'x-amz-object-lock-retain-until-date');
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'x', ObjectLockMode: 'FOREVER' as 'GOVERNANCE', ObjectLockRetainUntilDate: later })), {
      name: 'InvalidArgument',
      message: 'Unknown wormMode directive.',
      status: 400,
    });
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'x', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: new Date((await now()) - DAY) })), {
      name: 'InvalidArgument',
      message: 'The retain until date must be in the future!',
      status: 400,
    });
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'x', ObjectLockLegalHoldStatus: 'MAYBE' as 'ON' })), {
      name: 'InvalidArgument',
      message: "Legal Hold must be either of 'ON' or 'OFF'",
      status: 400,
    });
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: plain, Key: 'k', Body: 'x', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: later })), {
      name: 'InvalidRequest',
      message: 'Bucket is missing ObjectLockConfiguration',
      status: 400,
    });
  });

  test('a locked write without Content-MD5 or a checksum header is refused', async () => {
    const response = await signedFetch(cloud, 'PUT', `/${bucket}/no-checksum.txt`, 'body', 'us-east-1', { 'x-amz-object-lock-legal-hold': 'ON' });
    assert.equal(response.status, 400);
    const fields = errorFields(await response.text());
    assert.equal(fields.Code, 'InvalidRequest');
    assert.equal(fields.Message, 'Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters');
    const md5 = (await import('node:crypto')).createHash('md5').update('body').digest('base64');
    const ok = await signedFetch(cloud, 'PUT', `/${bucket}/with-md5.txt`, 'body', 'us-east-1', { 'x-amz-object-lock-legal-hold': 'ON', 'content-md5': md5 });
    assert.equal(ok.status, 200);
  });

  test('retention and legal hold operations on a bucket without Object Lock, and the bypass header there', async () => {
    await s3.send(new PutObjectCommand({ Bucket: plain, Key: 'doc.txt', Body: 'd' }));
    const missing = { name: 'InvalidRequest', message: 'Bucket is missing Object Lock Configuration', status: 400 };
    await expectAwsError(s3.send(new GetObjectRetentionCommand({ Bucket: plain, Key: 'doc.txt' })), missing);
    await expectAwsError(s3.send(new PutObjectLegalHoldCommand({ Bucket: plain, Key: 'doc.txt', LegalHold: { Status: 'ON' } })), missing);
    await expectAwsError(s3.send(new GetObjectLegalHoldCommand({ Bucket: plain, Key: 'doc.txt' })), missing);
    const bypass = await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: plain, Key: 'doc.txt', BypassGovernanceRetention: true })), {
      name: 'InvalidArgument',
      message: 'x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.',
      status: 400,
    });
    assert.equal(bypass.ArgumentName, 'x-amz-bypass-governance-retention');
    await s3.send(new DeleteObjectCommand({ Bucket: plain, Key: 'doc.txt' }));
  });

  test('retention validation: a past date, a mode without a date, a delete marker', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'r.txt', Body: 'r' }));
    const past = await expectAwsError(
      s3.send(new PutObjectRetentionCommand({ Bucket: bucket, Key: 'r.txt', Retention: { Mode: 'GOVERNANCE', RetainUntilDate: new Date((await now()) - DAY) } })),
      { name: 'InvalidArgument', message: 'The retain until date must be in the future!', status: 400 },
    );
    assert.equal(past.ArgumentName, 'RetainUntilDate');
    await expectAwsError(s3.send(new PutObjectRetentionCommand({ Bucket: bucket, Key: 'r.txt', Retention: { Mode: 'GOVERNANCE' } })), { name: 'MalformedXML', status: 400 });
    const marker = await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'r.txt' }));
    await expectAwsError(
      s3.send(new PutObjectRetentionCommand({ Bucket: bucket, Key: 'r.txt', VersionId: marker.VersionId, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: new Date((await now()) + DAY) } })),
      { name: 'MethodNotAllowed', status: 405 },
    );
    assert.ok(put.VersionId);
  });

  test('a multipart upload keeps the lock its CreateMultipartUpload asked for; copies take explicit lock headers', async () => {
    const until = new Date((await now()) + 3 * DAY);
    const created = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'big.bin', ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: until, ObjectLockLegalHoldStatus: 'ON' }));
    const part = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'big.bin', UploadId: created.UploadId, PartNumber: 1, Body: 'only part' }));
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'big.bin', UploadId: created.UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'big.bin' }));
    assert.equal(head.ObjectLockMode, 'COMPLIANCE');
    assert.equal(head.ObjectLockRetainUntilDate?.getTime(), until.getTime());
    assert.equal(head.ObjectLockLegalHoldStatus, 'ON');
    await expectAwsError(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'big.bin', VersionId: done.VersionId })), { name: 'AccessDenied', status: 403 });
    await expectAwsError(s3.send(new CreateMultipartUploadCommand({ Bucket: plain, Key: 'big.bin', ObjectLockLegalHoldStatus: 'ON' })), {
      name: 'InvalidRequest',
      message: 'Bucket is missing ObjectLockConfiguration',
      status: 400,
    });
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'held-copy.txt', CopySource: `${bucket}/big.bin`, ObjectLockLegalHoldStatus: 'ON' }));
    const copy = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'held-copy.txt' }));
    assert.equal(copy.ObjectLockLegalHoldStatus, 'ON');
    // A copy does not carry the source's retention.
    assert.equal(copy.ObjectLockMode, undefined);
  });

  test('lifecycle expiration leaves a protected noncurrent version until its retention ends', async () => {
    const lifecycled = 'locked-lifecycle';
    await s3.send(new CreateBucketCommand({ Bucket: lifecycled, ObjectLockEnabledForBucket: true }));
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({ Bucket: lifecycled, LifecycleConfiguration: { Rules: [{ ID: 'old', Status: 'Enabled', Filter: { Prefix: '' }, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }] } }),
    );
    const first = await s3.send(new PutObjectCommand({ Bucket: lifecycled, Key: 'doc', Body: 'v1', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: new Date((await now()) + 5 * DAY) }));
    await s3.send(new PutObjectCommand({ Bucket: lifecycled, Key: 'doc', Body: 'v2' }));
    const versions = async () => (await s3.send(new ListObjectVersionsCommand({ Bucket: lifecycled }))).Versions?.map((v) => v.VersionId) ?? [];
    await advanceClock(cloud, 3 * DAY);
    assert.ok((await versions()).includes(first.VersionId), 'the locked noncurrent version is kept');
    await advanceClock(cloud, 4 * DAY);
    assert.ok(!(await versions()).includes(first.VersionId), 'expired once its retention ended');
  });
});
