import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CreateBucketCommand, CreateMultipartUploadCommand, GetObjectCommand, ListPartsCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** curl, returning its status code and body (curl --data-binary sends Content-Type: application/x-www-form-urlencoded). */
function curl(args: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    execFile('curl', ['-s', '-o', '-', '-w', '\n%{http_code}', ...args], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const cut = stdout.lastIndexOf('\n');
      resolve({ status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) });
    });
  });
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

/**
 * The body of an object PUT (and of UploadPart) is the object, whatever its Content-Type. An
 * unsigned request with a form content type must not be read as a query-protocol form.
 */
describe('S3 PUT bodies with a form content type', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const folder = mkdtempSync(join(tmpdir(), 'nimbus-form-put-'));

  before(async () => {
    cloud = await startTestCloud();
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'form-bodies' }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function stored(key: string): Promise<{ bytes: Buffer; etag: string | undefined }> {
    const object = await s3.send(new GetObjectCommand({ Bucket: 'form-bodies', Key: key }));
    return { bytes: Buffer.from(await object.Body!.transformToByteArray()), etag: object.ETag };
  }

  for (const [name, bytes] of [
    ['small text that looks like a form', Buffer.from('Action=DeleteQueue&QueueUrl=x&a=b')],
    ['binary, 100 KiB', randomBytes(100 * 1024)],
  ] as const) {
    test(`curl --data-binary stores the whole body: ${name}`, async () => {
      const file = join(folder, 'body.bin');
      writeFileSync(file, bytes);
      const key = `curl-${bytes.length}`;
      const answer = await curl(['-X', 'PUT', '--data-binary', `@${file}`, `${cloud.endpoint}/form-bodies/${key}`]);
      assert.equal(answer.status, 200, answer.body);
      const object = await stored(key);
      assert.equal(object.bytes.equals(bytes), true, `stored ${object.bytes.length} bytes of ${bytes.length}`);
      assert.equal(object.etag, `"${md5(bytes)}"`);
    });
  }

  test('fetch() PUT with Content-Type application/x-www-form-urlencoded stores the body', async () => {
    const bytes = Buffer.from('name=value&other=1');
    const response = await fetch(`${cloud.endpoint}/form-bodies/fetched`, {
      method: 'PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: bytes,
    });
    assert.equal(response.status, 200, await response.text());
    assert.equal(response.headers.get('etag'), `"${md5(bytes)}"`);
    const object = await stored('fetched');
    assert.equal(object.bytes.toString(), 'name=value&other=1');
    assert.equal(object.etag, `"${md5(bytes)}"`);
  });

  test('UploadPart with a form content type keeps the part', async () => {
    const upload = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'form-bodies', Key: 'multi' }));
    const bytes = randomBytes(64 * 1024);
    const response = await fetch(`${cloud.endpoint}/form-bodies/multi?partNumber=1&uploadId=${encodeURIComponent(upload.UploadId!)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: bytes,
    });
    assert.equal(response.status, 200, await response.text());
    const parts = await s3.send(new ListPartsCommand({ Bucket: 'form-bodies', Key: 'multi', UploadId: upload.UploadId }));
    assert.equal(parts.Parts?.[0]?.Size, bytes.length);
    assert.equal(parts.Parts?.[0]?.ETag, `"${md5(bytes)}"`);
  });

  test('the server still answers promptly afterwards', async () => {
    const started = performance.now();
    const response = await fetch(`${cloud.endpoint}/form-bodies/plain`, { method: 'PUT', body: 'plain' });
    assert.equal(response.status, 200);
    assert.equal((await stored('plain')).bytes.toString(), 'plain');
    assert.ok(performance.now() - started < 2000);
  });
});
