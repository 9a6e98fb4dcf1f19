import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { s3Client, text } from './support.js';
import { expectAwsError } from '../support/errors.js';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path).map((p) => join(entry, p)));
    else out.push(entry);
  }
  return out;
}

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 30));
}

describe('S3 storage: bodies as files under generated names, atomic writes, durability', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-s3-data-'));
  const clouds: Cloud[] = [];
  after(async () => {
    for (const cloud of clouds) await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('keys never name files; deleted objects leave no files; an interrupted upload leaves nothing visible', async () => {
    const cloud = await startTestCloud();
    clouds.push(cloud);
    const s3 = s3Client(cloud);
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'files' }));
      const keys = ['../../../../escape.txt', '/etc/passwd', 'a/../../b', '..'];
      for (const key of keys) await s3.send(new PutObjectCommand({ Bucket: 'files', Key: key, Body: `body of ${key}` }));
      const root = cloud.runtime.store.blobDir('s3');
      const stored = filesUnder(root).filter((f) => !f.startsWith('tmp'));
      assert.equal(stored.length, keys.length);
      for (const file of stored) assert.match(file, /^[0-9a-f]{2}\/[0-9a-f]{32}$/);
      for (const key of keys) assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: 'files', Key: key }))).Body), `body of ${key}`);

      // Overwrites and deletes release their files.
      await s3.send(new PutObjectCommand({ Bucket: 'files', Key: '..', Body: 'replaced' }));
      await s3.send(new DeleteObjectCommand({ Bucket: 'files', Key: '/etc/passwd' }));
      await settle();
      assert.equal(filesUnder(root).filter((f) => !f.startsWith('tmp')).length, keys.length - 1);

      // A client that goes away mid-body: no object, no file left behind.
      await new Promise<void>((resolve) => {
        const req = request({ host: '127.0.0.1', port: cloud.port, method: 'PUT', path: '/files/partial.bin', headers: { 'content-length': '1000000' } });
        req.on('error', () => resolve());
        req.write(Buffer.alloc(4096, 1));
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 50);
      });
      await settle();
      await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: 'files', Key: 'partial.bin' })), { name: 'NotFound', status: 404 });
      assert.deepEqual(readdirSync(join(root, 'tmp')), []);
      assert.equal(filesUnder(root).filter((f) => !f.startsWith('tmp')).length, keys.length - 1);
    } finally {
      s3.destroy();
    }
  });

  test('with a data directory, buckets, versions and bodies survive a restart', async () => {
    const first = await startTestCloud({ dataDir });
    clouds.push(first);
    let s3 = s3Client(first);
    await s3.send(new CreateBucketCommand({ Bucket: 'durable' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'durable', VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: 'durable', Key: 'k', Body: 'first', Metadata: { m: '1' } }));
    await s3.send(new PutObjectCommand({ Bucket: 'durable', Key: 'k', Body: 'second' }));
    s3.destroy();
    await first.close();
    assert.ok(readdirSync(join(dataDir, 'blobs', 's3')).length > 0);

    const second = await startTestCloud({ dataDir });
    clouds.push(second);
    s3 = s3Client(second);
    try {
      assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: 'durable', Key: 'k' }))).Body), 'second');
      const old = await s3.send(new GetObjectCommand({ Bucket: 'durable', Key: 'k', VersionId: v1.VersionId }));
      assert.equal(await text(old.Body), 'first');
      assert.deepEqual(old.Metadata, { m: '1' });
    } finally {
      s3.destroy();
    }
  });
});
