/**
 * Server-side encryption as S3 answers it: SSE-C (customer keys: the body encrypted at rest
 * with the key, reads refused without it or with another, multipart and copies with their keys)
 * and the SSE-S3 / SSE-KMS headers of writes, reads, copies, multipart uploads and bucket defaults.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketEncryptionCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { errorFields, expectAwsError } from '../support/errors.js';
import { s3Client } from './support.js';

const MiB = 1024 * 1024;
const ACCOUNT = '000000000000';

function customerKey(): { SSECustomerAlgorithm: string; SSECustomerKey: string; SSECustomerKeyMD5: string } {
  const key = randomBytes(32);
  return { SSECustomerAlgorithm: 'AES256', SSECustomerKey: key.toString('base64'), SSECustomerKeyMD5: createHash('md5').update(key).digest('base64') };
}

function asCopySource(key: ReturnType<typeof customerKey>) {
  return { CopySourceSSECustomerAlgorithm: key.SSECustomerAlgorithm, CopySourceSSECustomerKey: key.SSECustomerKey, CopySourceSSECustomerKeyMD5: key.SSECustomerKeyMD5 };
}

async function bytes(body: unknown): Promise<Buffer> {
  return Buffer.from(await (body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

/** Every file under a folder, for looking at what is stored at rest. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const SSE_C_REQUIRED = 'The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.';
const WRONG_KEY = 'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.';

describe('S3 server-side encryption', () => {
  let cloud: Cloud;
  let s3: S3Client;
  let dataDir: string;
  const bucket = 'encryption';

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'nimbus-s3-sse-'));
    cloud = await startTestCloud({ dataDir });
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('SSE-C: stored encrypted with the key; read back with it, whole and by range', async () => {
    const key = customerKey();
    const body = Buffer.from(`customer-encrypted secret ${'x'.repeat(300)} end of secret`);
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'secret.txt', Body: body, ...key }));
    assert.equal(put.SSECustomerAlgorithm, 'AES256');
    assert.equal(put.SSECustomerKeyMD5, key.SSECustomerKeyMD5);
    assert.equal(put.ServerSideEncryption, undefined);

    // At rest: a file of the body's length, none holding the plain text.
    const stored = filesUnder(dataDir).filter((path) => statSync(path).size === body.length);
    assert.ok(stored.length >= 1, 'the body is stored');
    for (const path of filesUnder(dataDir)) assert.equal(readFileSync(path).includes('customer-encrypted secret'), false, `${path} holds the plain text`);

    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'secret.txt', ...key }));
    assert.ok((await bytes(got.Body)).equals(body));
    assert.equal(got.SSECustomerAlgorithm, 'AES256');
    assert.equal(got.SSECustomerKeyMD5, key.SSECustomerKeyMD5);
    const ranged = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'secret.txt', Range: 'bytes=21-40', ...key }));
    assert.ok((await bytes(ranged.Body)).equals(body.subarray(21, 41)));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'secret.txt', ...key }));
    assert.equal(head.ContentLength, body.length);
    assert.equal(head.SSECustomerKeyMD5, key.SSECustomerKeyMD5);
  });

  test('SSE-C reads: no key is InvalidRequest (400), another key AccessDenied (403), a key for a plain object InvalidRequest', async () => {
    const key = customerKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'locked.txt', Body: 'locked', ...key }));
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'locked.txt' })), { name: 'InvalidRequest', message: SSE_C_REQUIRED, status: 400 });
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'locked.txt' })), { status: 400 });
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'locked.txt', ...customerKey() })), { name: 'AccessDenied', message: WRONG_KEY, status: 403 });
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'locked.txt', ...customerKey() })), { status: 403 });
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'plain.txt', Body: 'plain' }));
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'plain.txt', ...key })), {
      name: 'InvalidRequest',
      message: 'The encryption parameters are not applicable to this object.',
      status: 400,
    });
  });

  test('SSE-C request errors: key MD5 mismatch, key of the wrong size, another algorithm, with x-amz-server-side-encryption', async () => {
    const key = customerKey();
    // The SDK computes the key's MD5 itself: a mismatched one is sent by hand.
    const mismatch = await fetch(`${cloud.endpoint}/${bucket}/bad`, {
      method: 'PUT',
      body: 'x',
      headers: {
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key': key.SSECustomerKey,
        'x-amz-server-side-encryption-customer-key-MD5': createHash('md5').update('other').digest('base64'),
      },
    });
    assert.equal(mismatch.status, 400);
    const md5 = errorFields(await mismatch.text());
    assert.deepEqual([md5.Code, md5.Message, md5.ArgumentName], ['InvalidArgument', 'The calculated MD5 hash of the key did not match the hash that was provided.', 'x-amz-server-side-encryption']);
    const short = randomBytes(16);
    await expectAwsError(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'bad', Body: 'x', SSECustomerAlgorithm: 'AES256', SSECustomerKey: short.toString('base64'), SSECustomerKeyMD5: createHash('md5').update(short).digest('base64') })),
      { name: 'InvalidArgument', message: 'The secret key was invalid for the specified algorithm.', status: 400 },
    );
    const algorithm = await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'bad', Body: 'x', ...key, SSECustomerAlgorithm: 'AES128' })), {
      name: 'InvalidEncryptionAlgorithmError',
      message: 'The Encryption request you specified is not valid. Supported value: AES256.',
      status: 400,
    });
    assert.equal(algorithm.ArgumentValue, 'AES128');
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'bad', Body: 'x', ...key, ServerSideEncryption: 'AES256' })), {
      name: 'InvalidArgument',
      message: 'Server Side Encryption with Customer provided key is incompatible with the encryption method specified',
      status: 400,
    });
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'bad' })), { name: 'NotFound', status: 404 });
  });

  test('SSE-C multipart: every part with the upload\'s key; read back by part and across parts', async () => {
    const key = customerKey();
    const first = randomBytes(5 * MiB);
    const second = Buffer.from('the last part, short');
    const created = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'multi', ...key }));
    assert.equal(created.SSECustomerAlgorithm, 'AES256');
    assert.equal(created.SSECustomerKeyMD5, key.SSECustomerKeyMD5);
    const UploadId = created.UploadId!;
    await expectAwsError(s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'multi', UploadId, PartNumber: 1, Body: first })), {
      name: 'InvalidRequest',
      message: 'The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.',
      status: 400,
    });
    await expectAwsError(s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'multi', UploadId, PartNumber: 1, Body: first, ...customerKey() })), {
      name: 'InvalidRequest',
      message: 'The provided encryption parameters did not match the ones used originally.',
      status: 400,
    });
    const p1 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'multi', UploadId, PartNumber: 1, Body: first, ...key }));
    assert.equal(p1.SSECustomerKeyMD5, key.SSECustomerKeyMD5);
    const p2 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'multi', UploadId, PartNumber: 2, Body: second, ...key }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'multi', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] } }));
    const whole = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'multi', ...key }));
    assert.ok((await bytes(whole.Body)).equals(Buffer.concat([first, second])));
    const part = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'multi', PartNumber: 2, ...key }));
    assert.ok((await bytes(part.Body)).equals(second));
    const across = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'multi', Range: `bytes=${5 * MiB - 5}-${5 * MiB + 4}`, ...key }));
    assert.ok((await bytes(across.Body)).equals(Buffer.concat([first, second]).subarray(5 * MiB - 5, 5 * MiB + 5)));
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'multi' })), { name: 'InvalidRequest', message: SSE_C_REQUIRED, status: 400 });

    // Downloads abandoned part way leave no file open behind them (the server runs in this process).
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 10; i++) {
      const abandoned = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'multi', ...key }));
      (abandoned.Body as Readable).destroy();
    }
    for (let wait = 0; wait < 50 && openFiles() > before + 2; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(openFiles() <= before + 2, `open files: ${before} before, ${openFiles()} after`);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'multi', ...key }))).ContentLength, 5 * MiB + second.length);
  });

  test('copies: the source read with x-amz-copy-source-* keys, the target written with its own (or none)', async () => {
    const sourceKey = customerKey();
    const targetKey = customerKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'copy-source', Body: 'copy me', ...sourceKey }));
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'copy-plain', CopySource: `${bucket}/copy-source` })), {
      name: 'InvalidRequest',
      message: SSE_C_REQUIRED,
      status: 400,
    });
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'copy-plain', CopySource: `${bucket}/copy-source`, ...asCopySource(customerKey()) })), {
      name: 'AccessDenied',
      message: WRONG_KEY,
      status: 403,
    });
    const plain = await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'copy-plain', CopySource: `${bucket}/copy-source`, ...asCopySource(sourceKey) }));
    assert.equal(plain.ServerSideEncryption, 'AES256');
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'copy-plain' }))).Body!.transformToString(), 'copy me');

    const rekeyed = await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'copy-rekeyed', CopySource: `${bucket}/copy-source`, ...asCopySource(sourceKey), ...targetKey }));
    assert.equal(rekeyed.SSECustomerKeyMD5, targetKey.SSECustomerKeyMD5);
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'copy-rekeyed', ...targetKey }))).Body!.transformToString(), 'copy me');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'copy-rekeyed', ...sourceKey })), { name: 'AccessDenied', status: 403 });

    // A copy onto itself with a new key is a change of encryption, which S3 allows.
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'copy-rekeyed', CopySource: `${bucket}/copy-rekeyed`, ...asCopySource(targetKey), ...sourceKey }));
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'copy-rekeyed', ...sourceKey }))).Body!.transformToString(), 'copy me');

    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'copy-parts', ...targetKey }));
    const part = await s3.send(new UploadPartCopyCommand({ Bucket: bucket, Key: 'copy-parts', UploadId, PartNumber: 1, CopySource: `${bucket}/copy-source`, ...asCopySource(sourceKey), ...targetKey }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'copy-parts', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.CopyPartResult!.ETag }] } }));
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'copy-parts', ...targetKey }))).Body!.transformToString(), 'copy me');
  });

  test('SSE-C objects replicate as they are stored: the replica reads back with the same key, by range and by part', async () => {
    const key = customerKey();
    for (const name of ['encryption-replicated', 'encryption-replica']) {
      await s3.send(new CreateBucketCommand({ Bucket: name }));
      await s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
    }
    await s3.send(
      new PutBucketReplicationCommand({
        Bucket: 'encryption-replicated',
        ReplicationConfiguration: {
          Role: `arn:aws:iam::${ACCOUNT}:role/replication`,
          Rules: [{ Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::encryption-replica' } }],
        },
      }),
    );
    const whole = Buffer.from('replicated secret, encrypted at rest');
    await s3.send(new PutObjectCommand({ Bucket: 'encryption-replicated', Key: 'whole', Body: whole, ...key }));
    const first = randomBytes(5 * MiB);
    const second = Buffer.from('second part of a replicated upload');
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'encryption-replicated', Key: 'parts', ...key }));
    const p1 = await s3.send(new UploadPartCommand({ Bucket: 'encryption-replicated', Key: 'parts', UploadId, PartNumber: 1, Body: first, ...key }));
    const p2 = await s3.send(new UploadPartCommand({ Bucket: 'encryption-replicated', Key: 'parts', UploadId, PartNumber: 2, Body: second, ...key }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'encryption-replicated', Key: 'parts', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] } }));
    await advanceClock(cloud, '10s');
    // A large replica is written after the clock's timer fires: wait for the source to say so.
    for (let wait = 0; wait < 100; wait++) {
      const status = (await s3.send(new HeadObjectCommand({ Bucket: 'encryption-replicated', Key: 'parts', ...key }))).ReplicationStatus;
      if (status === 'COMPLETED') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const replica = await s3.send(new GetObjectCommand({ Bucket: 'encryption-replica', Key: 'whole', ...key }));
    assert.equal(replica.ReplicationStatus, 'REPLICA');
    assert.ok((await bytes(replica.Body)).equals(whole));
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: 'encryption-replica', Key: 'whole' })), { name: 'InvalidRequest', message: SSE_C_REQUIRED, status: 400 });
    const all = Buffer.concat([first, second]);
    const replicaParts = await s3.send(new GetObjectCommand({ Bucket: 'encryption-replica', Key: 'parts', ...key }));
    assert.ok((await bytes(replicaParts.Body)).equals(all));
    const across = await s3.send(new GetObjectCommand({ Bucket: 'encryption-replica', Key: 'parts', Range: `bytes=${5 * MiB - 7}-${5 * MiB + 9}`, ...key }));
    assert.ok((await bytes(across.Body)).equals(all.subarray(5 * MiB - 7, 5 * MiB + 10)));
    const secondPart = await s3.send(new GetObjectCommand({ Bucket: 'encryption-replica', Key: 'parts', PartNumber: 2, ...key }));
    assert.ok((await bytes(secondPart.Body)).equals(second));
  });

  test('SSE-S3 and SSE-KMS headers on Put, Get, Head, Copy and multipart, and from the bucket default', async () => {
    const keyArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'kms', Body: 'kms', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', BucketKeyEnabled: true }));
    assert.deepEqual([put.ServerSideEncryption, put.SSEKMSKeyId, put.BucketKeyEnabled], ['aws:kms', keyArn, true]);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'kms' }));
    assert.deepEqual([got.ServerSideEncryption, got.SSEKMSKeyId, got.BucketKeyEnabled], ['aws:kms', keyArn, true]);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'kms' }));
    assert.deepEqual([head.ServerSideEncryption, head.SSEKMSKeyId], ['aws:kms', keyArn]);
    const awsManaged = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'kms-default-key', Body: 'x', ServerSideEncryption: 'aws:kms' }));
    assert.equal(awsManaged.SSEKMSKeyId, `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`);

    const copied = await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'kms-copy', CopySource: `${bucket}/kms`, ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyArn, BucketKeyEnabled: true }));
    assert.deepEqual([copied.ServerSideEncryption, copied.SSEKMSKeyId, copied.BucketKeyEnabled], ['aws:kms', keyArn, true]);
    const s3Managed = await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'aes-copy', CopySource: `${bucket}/kms` }));
    assert.deepEqual([s3Managed.ServerSideEncryption, s3Managed.SSEKMSKeyId], ['AES256', undefined]);

    const created = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'kms-multi', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyArn, BucketKeyEnabled: true }));
    assert.deepEqual([created.ServerSideEncryption, created.SSEKMSKeyId, created.BucketKeyEnabled], ['aws:kms', keyArn, true]);
    const part = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'kms-multi', UploadId: created.UploadId, PartNumber: 1, Body: 'one part' }));
    assert.deepEqual([part.ServerSideEncryption, part.SSEKMSKeyId, part.BucketKeyEnabled], ['aws:kms', keyArn, true]);
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'kms-multi', UploadId: created.UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    assert.deepEqual([done.ServerSideEncryption, done.SSEKMSKeyId, done.BucketKeyEnabled], ['aws:kms', keyArn, true]);

    await s3.send(new CreateBucketCommand({ Bucket: 'encryption-default' }));
    const plain = await s3.send(new PutObjectCommand({ Bucket: 'encryption-default', Key: 'a', Body: 'a' }));
    assert.deepEqual([plain.ServerSideEncryption, plain.SSEKMSKeyId], ['AES256', undefined]);
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: 'encryption-default',
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn }, BucketKeyEnabled: true }] },
      }),
    );
    const byDefault = await s3.send(new PutObjectCommand({ Bucket: 'encryption-default', Key: 'b', Body: 'b' }));
    assert.deepEqual([byDefault.ServerSideEncryption, byDefault.SSEKMSKeyId, byDefault.BucketKeyEnabled], ['aws:kms', keyArn, true]);
    const headDefault = await s3.send(new HeadObjectCommand({ Bucket: 'encryption-default', Key: 'b' }));
    assert.deepEqual([headDefault.ServerSideEncryption, headDefault.SSEKMSKeyId, headDefault.BucketKeyEnabled], ['aws:kms', keyArn, true]);
  });
});
