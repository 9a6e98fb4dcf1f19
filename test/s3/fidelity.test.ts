/**
 * Behaviours of S3 checked against AWS: buckets made in another region through the us-east-1
 * endpoint, HeadBucket's headers, reads by part number, retried completions, copies onto
 * themselves, bucket tag sets, and CRC64NVME checksums (whole objects and multipart).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetBucketLocationCommand,
  GetBucketTaggingCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { aws, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client, text } from './support.js';

const MiB = 1024 * 1024;

/** CRC-64/NVME from its definition (reflected polynomial 0x9A6C9329AC4BC9B5, init and xorout all ones): the test's own reference. */
const CRC64_TABLE = Array.from({ length: 256 }, (_, n) => {
  let crc = BigInt(n);
  for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ 0x9a6c9329ac4bc9b5n : crc >> 1n;
  return crc;
});

/** The running (not yet inverted) register after `data`, continuing from `register`. */
function crc64Register(data: Uint8Array, register = 0xffffffffffffffffn): bigint {
  let crc = register;
  for (const byte of data) crc = CRC64_TABLE[Number((crc ^ BigInt(byte)) & 0xffn)]! ^ (crc >> 8n);
  return crc;
}

function crc64Digest(register: bigint): string {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(register ^ 0xffffffffffffffffn);
  return out.toString('base64');
}

describe('S3 fidelity: buckets, parts, retries, copies, tags, CRC64NVME', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'fidelity';

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('CreateBucket through us-east-1 with another region\'s LocationConstraint makes the bucket there', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'fidelity-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    const location = await s3.send(new GetBucketLocationCommand({ Bucket: 'fidelity-eu' }));
    assert.equal(location.LocationConstraint, 'eu-west-1');
    const head = await s3.send(new HeadBucketCommand({ Bucket: 'fidelity-eu' }));
    assert.equal(head.BucketRegion, 'eu-west-1');
    // Addressed afterwards from its own region's endpoint as from the global one.
    const eu = s3Client(cloud, 'eu-west-1');
    try {
      await eu.send(new PutObjectCommand({ Bucket: 'fidelity-eu', Key: 'k', Body: 'v' }));
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'fidelity-eu' }));
      assert.deepEqual(listed.Contents?.map((o) => o.Key), ['k']);
      // A regional endpoint still refuses another region's constraint.
      await expectAwsError(eu.send(new CreateBucketCommand({ Bucket: 'fidelity-ap', CreateBucketConfiguration: { LocationConstraint: 'ap-south-1' } })), {
        name: 'IllegalLocationConstraintException',
        message: 'The ap-south-1 location constraint is incompatible for the region specific endpoint this request was sent to.',
        status: 400,
      });
    } finally {
      eu.destroy();
    }
  });

  test('HeadBucket carries Content-Type application/xml, x-amz-bucket-region and x-amz-access-point-alias', async () => {
    const response = await fetch(`${cloud.endpoint}/fidelity-eu`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml');
    assert.equal(response.headers.get('x-amz-bucket-region'), 'eu-west-1');
    assert.equal(response.headers.get('x-amz-access-point-alias'), 'false');
  });

  test('GET/HEAD by partNumber: 206 with Content-Range and parts count; part 1 of a whole object; out of range; with Range', async () => {
    const first = Buffer.alloc(5 * MiB, 1);
    const second = Buffer.from('second part');
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'parts' }));
    const p1 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'parts', UploadId, PartNumber: 1, Body: first }));
    const p2 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'parts', UploadId, PartNumber: 2, Body: second }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'parts', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] } }));
    const total = first.length + second.length;

    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'parts', PartNumber: 2 }));
    assert.equal(head.$metadata.httpStatusCode, 206);
    assert.equal(head.ContentLength, second.length);
    assert.equal(head.ContentRange, `bytes ${first.length}-${total - 1}/${total}`);
    assert.equal(head.PartsCount, 2);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'parts', PartNumber: 2 }));
    assert.equal(got.$metadata.httpStatusCode, 206);
    assert.equal(got.PartsCount, 2);
    assert.equal(await text(got.Body), 'second part');
    // A whole read says nothing of parts.
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'parts' }))).PartsCount, undefined);

    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'whole', Body: '0123456789' }));
    const whole = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'whole', PartNumber: 1 }));
    assert.equal(whole.$metadata.httpStatusCode, 206);
    assert.equal(whole.ContentRange, 'bytes 0-9/10');
    assert.equal(whole.PartsCount, undefined);
    assert.equal(await text(whole.Body), '0123456789');
    const wholeHead = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'whole', PartNumber: 1 }));
    assert.equal(wholeHead.$metadata.httpStatusCode, 206);
    assert.equal(wholeHead.ContentRange, 'bytes 0-9/10');

    const outOfRange = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'whole', PartNumber: 2 })), {
      name: 'InvalidPartNumber',
      message: 'The requested partnumber is not satisfiable',
      status: 416,
    });
    assert.equal(outOfRange.ActualPartCount, '1');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'parts', PartNumber: 3 })), { name: 'InvalidPartNumber', status: 416 });
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'parts', PartNumber: 1, Range: 'bytes=0-1' })), {
      name: 'InvalidRequest',
      message: 'Cannot specify both Range header and partNumber query parameter',
      status: 400,
    });
  });

  test('a retried CompleteMultipartUpload answers as the first did; other parts or ids stay NoSuchUpload', async () => {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'retried', ChecksumAlgorithm: 'CRC32' }));
    const part = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'retried', UploadId, PartNumber: 1, Body: 'only part', ChecksumAlgorithm: 'CRC32' }));
    const parts = { Parts: [{ PartNumber: 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 }] };
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'retried', UploadId, MultipartUpload: parts }));
    const again = await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'retried', UploadId, MultipartUpload: parts }));
    assert.equal(again.$metadata.httpStatusCode, 200);
    assert.equal(again.ETag, done.ETag);
    assert.equal(again.ChecksumCRC32, done.ChecksumCRC32);
    assert.equal(again.ChecksumType, 'COMPOSITE');
    assert.equal(again.Location, done.Location);
    await expectAwsError(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'retried', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"0123456789abcdef0123456789abcdef"' }] } })),
      { name: 'NoSuchUpload', status: 404 },
    );
    await expectAwsError(s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'retried', UploadId: 'not-an-upload', MultipartUpload: parts })), {
      name: 'NoSuchUpload',
      message: 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
      status: 404,
    });
    // The retry made no second version.
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'retried' }))).Body), 'only part');
  });

  test('copy onto itself: a new version in a versioned bucket, keeping metadata and storage class; refused unversioned', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'self', Body: 'same', ContentType: 'text/plain', Metadata: { colour: 'blue' }, StorageClass: 'STANDARD_IA' }));
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'self', CopySource: `${bucket}/self` })), {
      name: 'InvalidRequest',
      message: "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      status: 400,
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'fidelity-versioned' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'fidelity-versioned', VersioningConfiguration: { Status: 'Enabled' } }));
    const put = await s3.send(new PutObjectCommand({ Bucket: 'fidelity-versioned', Key: 'self', Body: 'same', ContentType: 'text/plain', Metadata: { colour: 'blue' }, StorageClass: 'STANDARD_IA' }));
    const copied = await s3.send(new CopyObjectCommand({ Bucket: 'fidelity-versioned', Key: 'self', CopySource: 'fidelity-versioned/self' }));
    assert.ok(copied.VersionId);
    assert.notEqual(copied.VersionId, put.VersionId);
    assert.equal(copied.CopySourceVersionId, put.VersionId);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'fidelity-versioned', Key: 'self' }));
    assert.equal(head.VersionId, copied.VersionId);
    assert.equal(head.ContentType, 'text/plain');
    assert.deepEqual(head.Metadata, { colour: 'blue' });
    assert.equal(head.StorageClass, 'STANDARD_IA');
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'fidelity-versioned', Prefix: 'self' }));
    assert.equal(versions.Versions?.length, 2);
  });

  test('PutBucketTagging answers 204; an empty tag set leaves NoSuchTagSet', async () => {
    const put = await s3.send(new PutBucketTaggingCommand({ Bucket: bucket, Tagging: { TagSet: [{ Key: 'team', Value: 'storage' }] } }));
    assert.equal(put.$metadata.httpStatusCode, 204);
    assert.deepEqual((await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }))).TagSet, [{ Key: 'team', Value: 'storage' }]);
    const emptied = await s3.send(new PutBucketTaggingCommand({ Bucket: bucket, Tagging: { TagSet: [] } }));
    assert.equal(emptied.$metadata.httpStatusCode, 204);
    const error = await expectAwsError(s3.send(new GetBucketTaggingCommand({ Bucket: bucket })), { name: 'NoSuchTagSet', message: 'The TagSet does not exist', status: 404 });
    assert.equal(error.BucketName, bucket);
  });

  test('CRC64NVME: the known vector, sent by the SDK and computed by S3; full-object multipart combine; a multipart copy has no -N', async () => {
    const vector = Buffer.from('ae8b14860a799888', 'hex').toString('base64');
    assert.equal(crc64Digest(crc64Register(Buffer.from('123456789'))), vector);
    const sent = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'crc', Body: '123456789', ChecksumAlgorithm: 'CRC64NVME' }));
    assert.equal(sent.ChecksumCRC64NVME, vector);
    assert.equal(sent.ChecksumType, 'FULL_OBJECT');
    // A client that sends no checksum (the Debian AWS CLI): S3 computes its default, CRC64NVME, itself.
    const nine = join(mkdtempSync(join(tmpdir(), 'nimbus-crc-')), 'nine.txt');
    writeFileSync(nine, '123456789');
    const cli = await aws(cloud, ['s3api', 'put-object', '--bucket', bucket, '--key', 'crc-cli', '--body', nine]);
    assert.equal(cli.code, 0, cli.stderr);
    const computed = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'crc-cli', ChecksumMode: 'ENABLED' }));
    assert.deepEqual([computed.ChecksumCRC64NVME, computed.ChecksumType], [vector, 'FULL_OBJECT']);
    // A precomputed value is checked against the body.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'crc-plain', Body: '123456789', ChecksumAlgorithm: 'CRC64NVME', ChecksumCRC64NVME: vector }));
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'crc-bad', Body: '123456780', ChecksumCRC64NVME: vector })), {
      name: 'BadDigest',
      message: 'The CRC64NVME you specified did not match the calculated checksum.',
      status: 400,
    });

    const first = Buffer.alloc(5 * MiB + 7, 3);
    const second = Buffer.from('the rest of it');
    const afterFirst = crc64Register(first);
    const wholeCrc = crc64Digest(crc64Register(second, afterFirst));
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'crc-mpu', ChecksumAlgorithm: 'CRC64NVME' }));
    const p1 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'crc-mpu', UploadId, PartNumber: 1, Body: first, ChecksumAlgorithm: 'CRC64NVME' }));
    const p2 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'crc-mpu', UploadId, PartNumber: 2, Body: second, ChecksumAlgorithm: 'CRC64NVME' }));
    assert.equal(p1.ChecksumCRC64NVME, crc64Digest(afterFirst));
    const done = await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: 'crc-mpu',
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag, ChecksumCRC64NVME: p1.ChecksumCRC64NVME }, { PartNumber: 2, ETag: p2.ETag, ChecksumCRC64NVME: p2.ChecksumCRC64NVME }] },
      }),
    );
    assert.equal(done.ChecksumCRC64NVME, wholeCrc);
    assert.equal(done.ChecksumType, 'FULL_OBJECT');

    // UploadPartCopy into an upload that named no algorithm: S3's default, a full-object CRC64NVME, without a part count.
    const copy = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'crc-copy' }));
    const c1 = await s3.send(new UploadPartCopyCommand({ Bucket: bucket, Key: 'crc-copy', UploadId: copy.UploadId, PartNumber: 1, CopySource: `${bucket}/crc-mpu` }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'crc-copy', UploadId: copy.UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: c1.CopyPartResult!.ETag }] } }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'crc-copy', ChecksumMode: 'ENABLED' }));
    assert.equal(head.ChecksumCRC64NVME, wholeCrc);
    assert.equal(head.ChecksumType, 'FULL_OBJECT');
    assert.match(head.ETag!, /-1"$/);
  });
});
