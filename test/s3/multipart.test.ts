import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectAttributesCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { s3Client } from './support.js';
import { expectAwsError } from '../support/errors.js';

const MiB = 1024 * 1024;
const md5 = (data: Buffer) => createHash('md5').update(data).digest();

async function bytes(body: unknown): Promise<Buffer> {
  return Buffer.from(await (body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

describe('S3 multipart uploads', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'multipart';

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('lib-storage Upload streams a 12 MiB body in parts; the ETag is the -N form', async () => {
    const data = randomBytes(12 * MiB + 123);
    const upload = new Upload({ client: s3, params: { Bucket: bucket, Key: 'big/file.bin', Body: Readable.from([data.subarray(0, 7 * MiB), data.subarray(7 * MiB)]) }, partSize: 5 * MiB, queueSize: 2 });
    const result = await upload.done();
    const parts = [data.subarray(0, 5 * MiB), data.subarray(5 * MiB, 10 * MiB), data.subarray(10 * MiB)];
    const expected = `"${createHash('md5').update(Buffer.concat(parts.map(md5))).digest('hex')}-3"`;
    assert.equal(result.ETag, expected);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'big/file.bin' }));
    assert.equal(got.ContentLength, data.length);
    assert.ok((await bytes(got.Body)).equals(data));
    // One part by number.
    const part2 = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'big/file.bin', PartNumber: 2 }));
    assert.equal(part2.$metadata.httpStatusCode, 206);
    assert.equal(part2.PartsCount, 3);
    assert.equal(part2.ContentRange, `bytes ${5 * MiB}-${10 * MiB - 1}/${data.length}`);
    assert.ok((await bytes(part2.Body)).equals(parts[1]!));
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'big/file.bin', PartNumber: 4 })), { name: 'InvalidPartNumber', message: 'The requested partnumber is not satisfiable', status: 416 });
    // A range across the part boundary.
    const across = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'big/file.bin', Range: `bytes=${5 * MiB - 3}-${5 * MiB + 2}` }));
    assert.ok((await bytes(across.Body)).equals(data.subarray(5 * MiB - 3, 5 * MiB + 3)));
  });

  test('part rules: EntityTooSmall, InvalidPart, InvalidPartOrder, NoSuchUpload, part numbers', async () => {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'rules' }));
    const small = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'rules', UploadId, PartNumber: 1, Body: 'tiny' }));
    const last = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'rules', UploadId, PartNumber: 2, Body: 'end' }));
    const tooSmall = await expectAwsError(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'rules', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: small.ETag }, { PartNumber: 2, ETag: last.ETag }] } })),
      { name: 'EntityTooSmall', message: 'Your proposed upload is smaller than the minimum allowed object size.', status: 400 },
    );
    assert.equal(tooSmall.MinSizeAllowed, '5242880');
    assert.equal(tooSmall.ProposedSize, '4');
    const invalidPart = await expectAwsError(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'rules', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"0000"' }] } })),
      { name: 'InvalidPart', message: "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.", status: 400 },
    );
    assert.equal(invalidPart.PartNumber, '1');
    await expectAwsError(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'rules', UploadId, MultipartUpload: { Parts: [{ PartNumber: 2, ETag: last.ETag }, { PartNumber: 1, ETag: small.ETag }] } })),
      { name: 'InvalidPartOrder', message: 'The list of parts was not in ascending order. The parts list must be specified in order by part number.', status: 400 },
    );
    await expectAwsError(
      s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'rules', UploadId, PartNumber: 10001, Body: 'x' })),
      { name: 'InvalidArgument', message: 'Part number must be an integer between 1 and 10000, inclusive', status: 400 },
    );
    // A single small part is a valid (last) part.
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'rules', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: small.ETag }] } }));
    assert.match(done.ETag!, /^"[0-9a-f]{32}-1"$/);
    assert.equal(done.Bucket, bucket);
    assert.equal(done.Key, 'rules');
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'rules' }))).Body!.transformToString(), 'tiny');
    const noUpload = await expectAwsError(
      s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'rules', UploadId, PartNumber: 1, Body: 'x' })),
      { name: 'NoSuchUpload', message: 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', status: 404 },
    );
    assert.equal(noUpload.UploadId, UploadId);
  });

  test('abort, ListParts and ListMultipartUploads', async () => {
    const a = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'uploads/a', ContentType: 'text/plain' }));
    const b = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'uploads/b' }));
    await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'other/c' }));
    for (const n of [1, 2, 3]) await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'uploads/a', UploadId: a.UploadId, PartNumber: n, Body: `part ${n}` }));
    const parts = await s3.send(new ListPartsCommand({ Bucket: bucket, Key: 'uploads/a', UploadId: a.UploadId, MaxParts: 2 }));
    assert.deepEqual(parts.Parts?.map((p) => [p.PartNumber, p.Size]), [[1, 6], [2, 6]]);
    assert.equal(parts.IsTruncated, true);
    assert.equal(parts.NextPartNumberMarker, '2');
    const rest = await s3.send(new ListPartsCommand({ Bucket: bucket, Key: 'uploads/a', UploadId: a.UploadId, PartNumberMarker: '2' }));
    assert.deepEqual(rest.Parts?.map((p) => p.PartNumber), [3]);

    const listed = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: 'uploads/' }));
    assert.deepEqual(listed.Uploads?.map((u) => [u.Key, u.UploadId]), [['uploads/a', a.UploadId], ['uploads/b', b.UploadId]]);
    const grouped = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Delimiter: '/' }));
    assert.deepEqual(grouped.CommonPrefixes?.map((p) => p.Prefix), ['other/', 'uploads/']);

    await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'uploads/a', UploadId: a.UploadId }));
    await expectAwsError(s3.send(new ListPartsCommand({ Bucket: bucket, Key: 'uploads/a', UploadId: a.UploadId })), { name: 'NoSuchUpload', status: 404 });
    await expectAwsError(s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'uploads/a', UploadId: a.UploadId })), { name: 'NoSuchUpload', status: 404 });
    const after = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: 'uploads/' }));
    assert.deepEqual(after.Uploads?.map((u) => u.Key), ['uploads/b']);
  });

  test('UploadPartCopy with ranges, and composite checksums', async () => {
    const source = randomBytes(6 * MiB);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'copy-source', Body: source }));
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'assembled', ChecksumAlgorithm: 'SHA256' }));
    const p1 = await s3.send(new UploadPartCopyCommand({ Bucket: bucket, Key: 'assembled', UploadId, PartNumber: 1, CopySource: `${bucket}/copy-source`, CopySourceRange: `bytes=0-${5 * MiB}` }));
    const p2 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'assembled', UploadId, PartNumber: 2, Body: 'tail', ChecksumAlgorithm: 'SHA256' }));
    assert.ok(p1.CopyPartResult?.ChecksumSHA256);
    assert.ok(p2.ChecksumSHA256);
    await expectAwsError(
      s3.send(new UploadPartCopyCommand({ Bucket: bucket, Key: 'assembled', UploadId, PartNumber: 3, CopySource: `${bucket}/copy-source`, CopySourceRange: `bytes=0-${7 * MiB}` })),
      { name: 'InvalidArgument', message: `Range specified is not valid for source object of size: ${6 * MiB}`, status: 400 },
    );
    await expectAwsError(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'assembled', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.CopyPartResult?.ETag }, { PartNumber: 2, ETag: p2.ETag }] } })),
      { name: 'InvalidRequest', message: 'The upload was created using a sha256 checksum. The complete request must include the checksum for each part. It was missing for part 1 in the request.', status: 400 },
    );
    const done = await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: 'assembled',
        UploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: p1.CopyPartResult?.ETag, ChecksumSHA256: p1.CopyPartResult?.ChecksumSHA256 },
            { PartNumber: 2, ETag: p2.ETag, ChecksumSHA256: p2.ChecksumSHA256 },
          ],
        },
      }),
    );
    const digests = [p1.CopyPartResult!.ChecksumSHA256!, p2.ChecksumSHA256!].map((d) => Buffer.from(d, 'base64'));
    assert.equal(done.ChecksumSHA256, `${createHash('sha256').update(Buffer.concat(digests)).digest('base64')}-2`);
    assert.equal(done.ChecksumType, 'COMPOSITE');
    const whole = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'assembled', ChecksumMode: 'ENABLED' }));
    const content = await bytes(whole.Body);
    assert.ok(content.equals(Buffer.concat([source.subarray(0, 5 * MiB + 1), Buffer.from('tail')])));
    const attributes = await s3.send(new GetObjectAttributesCommand({ Bucket: bucket, Key: 'assembled', ObjectAttributes: ['ObjectParts', 'Checksum'] }));
    assert.equal(attributes.ObjectParts?.TotalPartsCount, 2);
    assert.deepEqual(attributes.ObjectParts?.Parts?.map((p) => [p.PartNumber, p.Size, p.ChecksumSHA256]), [
      [1, 5 * MiB + 1, p1.CopyPartResult?.ChecksumSHA256],
      [2, 4, p2.ChecksumSHA256],
    ]);
  });

  test('full-object CRC checksums of multipart uploads are combined from the parts', async () => {
    const data = randomBytes(5 * MiB + 10);
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'crc', ChecksumAlgorithm: 'CRC32C', ChecksumType: 'FULL_OBJECT' }));
    const p1 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'crc', UploadId, PartNumber: 1, Body: data.subarray(0, 5 * MiB), ChecksumAlgorithm: 'CRC32C' }));
    const p2 = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'crc', UploadId, PartNumber: 2, Body: data.subarray(5 * MiB), ChecksumAlgorithm: 'CRC32C' }));
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'crc', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] } }));
    assert.equal(done.ChecksumType, 'FULL_OBJECT');
    // The same bytes in one PUT have the same full-object CRC32C; GetObject's body is validated by the SDK against it.
    const single = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'crc-single', Body: data, ChecksumAlgorithm: 'CRC32C' }));
    assert.equal(done.ChecksumCRC32C, single.ChecksumCRC32C);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'crc', ChecksumMode: 'ENABLED' }));
    assert.equal(got.ChecksumCRC32C, single.ChecksumCRC32C);
    assert.ok((await bytes(got.Body)).equals(data));
    // Without an algorithm, S3 gives the object a full-object CRC64NVME.
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'big/file.bin', ChecksumMode: 'ENABLED' }));
    assert.ok(head.ChecksumCRC64NVME || head.ChecksumCRC32);
  });
});
