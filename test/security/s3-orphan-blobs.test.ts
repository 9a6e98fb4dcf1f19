import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  CompleteMultipartUploadCommand,
  ListPartsCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListBucketsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { s3Client } from '../s3/support.js';
import { startTestCloud } from '../support/cloud.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-orphans-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every file under the S3 blob folder, as paths relative to it. */
function blobFiles(): string[] {
  const root = join(dataDir, 'blobs', 's3');
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relative);
      else files.push(relative);
    }
  };
  walk(root, '');
  return files.sort();
}

test('blob files no row names, and partial writes, are removed when S3 starts on a data directory', async () => {
  const part = randomBytes(5 * 1024 * 1024);
  let uploadId: string;
  let firstCloud = await startTestCloud({ dataDir });
  let s3 = s3Client(firstCloud);
  try {
    await s3.send(new CreateBucketCommand({ Bucket: 'orphans' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'orphans', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutObjectCommand({ Bucket: 'orphans', Key: 'kept', Body: 'version one' }));
    await s3.send(new PutObjectCommand({ Bucket: 'orphans', Key: 'kept', Body: 'version two' }));
    await s3.send(new PutObjectCommand({ Bucket: 'orphans', Key: 'small', Body: 'x'.repeat(100) }));
    await s3.send(new PutObjectCommand({ Bucket: 'orphans', Key: 'gone', Body: 'deleted' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'orphans', Key: 'gone' }));
    const upload = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'orphans', Key: 'multi' }));
    uploadId = upload.UploadId!;
    await s3.send(new UploadPartCommand({ Bucket: 'orphans', Key: 'multi', UploadId: uploadId, PartNumber: 1, Body: part }));
  } finally {
    s3.destroy();
    await firstCloud.close();
  }

  // What a crash leaves: a body whose row never committed, a file whose row is gone, a half-written temporary file, strays.
  const legitimate = blobFiles();
  assert.equal(legitimate.length, 5, `files: ${legitimate.join(', ')}`); // two versions, small, gone (a version), one part
  const root = join(dataDir, 'blobs', 's3');
  const orphanId = randomBytes(16).toString('hex');
  mkdirSync(join(root, orphanId.slice(0, 2)), { recursive: true });
  writeFileSync(join(root, orphanId.slice(0, 2), orphanId), 'a body whose row never committed');
  const secondOrphan = randomBytes(16).toString('hex');
  mkdirSync(join(root, secondOrphan.slice(0, 2)), { recursive: true });
  writeFileSync(join(root, secondOrphan.slice(0, 2), secondOrphan), randomBytes(70 * 1024));
  mkdirSync(join(root, 'tmp'), { recursive: true });
  writeFileSync(join(root, 'tmp', randomBytes(16).toString('hex')), 'half a body');
  writeFileSync(join(root, 'stray.part'), 'stray');
  mkdirSync(join(root, 'not-a-shard'), { recursive: true });
  writeFileSync(join(root, 'not-a-shard', 'file'), 'stray');

  firstCloud = await startTestCloud({ dataDir });
  s3 = s3Client(firstCloud);
  try {
    const started = performance.now();
    await s3.send(new ListBucketsCommand({}));
    assert.ok(performance.now() - started < 2000, 'the first request after the restart answers promptly');
    assert.deepEqual(blobFiles(), legitimate);
    assert.equal(existsSync(join(root, 'tmp')), true, 'the folder for writes in progress stays');

    const kept = await s3.send(new GetObjectCommand({ Bucket: 'orphans', Key: 'kept' }));
    assert.equal(await kept.Body!.transformToString(), 'version two');
    const small = await s3.send(new GetObjectCommand({ Bucket: 'orphans', Key: 'small' }));
    assert.equal(await small.Body!.transformToString(), 'x'.repeat(100));
    // The open upload's part survived and completes.
    const listedPart = await s3.send(new UploadPartCommand({ Bucket: 'orphans', Key: 'multi', UploadId: uploadId, PartNumber: 2, Body: 'tail' }));
    const parts = await s3.send(new ListPartsCommand({ Bucket: 'orphans', Key: 'multi', UploadId: uploadId }));
    await s3.send(new CompleteMultipartUploadCommand({
      Bucket: 'orphans',
      Key: 'multi',
      UploadId: uploadId,
      MultipartUpload: { Parts: [{ PartNumber: 1, ETag: parts.Parts![0]!.ETag }, { PartNumber: 2, ETag: listedPart.ETag }] },
    }));
    const multi = await s3.send(new GetObjectCommand({ Bucket: 'orphans', Key: 'multi' }));
    const bytes = Buffer.from(await multi.Body!.transformToByteArray());
    assert.equal(bytes.length, part.length + 4);
    assert.equal(bytes.subarray(0, part.length).equals(part), true);

    // A new write after the sweep lands normally.
    await s3.send(new PutObjectCommand({ Bucket: 'orphans', Key: 'after', Body: 'after the sweep' }));
    const afterSweep = await s3.send(new GetObjectCommand({ Bucket: 'orphans', Key: 'after' }));
    assert.equal(await afterSweep.Body!.transformToString(), 'after the sweep');
  } finally {
    s3.destroy();
    await firstCloud.close();
  }
});
