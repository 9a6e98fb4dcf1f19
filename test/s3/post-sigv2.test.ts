/**
 * Browser POST uploads signed the SigV2 way, as boto3's generate_presigned_post makes them for
 * a custom endpoint (fields AWSAccessKeyId, policy, signature: base64 HMAC-SHA1 of the base64
 * policy), with signatures verified: accepted, a wrong signature refused, an expired policy refused.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { errorFields, expectAwsError } from '../support/errors.js';
import { s3Client, text } from './support.js';

interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

/** boto3's generate_presigned_post against the cloud (botocore picks SigV2 fields for a custom endpoint). */
function boto3PresignedPost(cloud: Cloud, bucket: string, key: string, expiresIn: number, fields: Record<string, string> = {}): Promise<PresignedPost> {
  const script = [
    'import boto3, json, sys',
    "c = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')",
    'fields = json.loads(sys.argv[5])',
    'conditions = [{k: v} for k, v in fields.items()]',
    'print(json.dumps(c.generate_presigned_post(sys.argv[2], sys.argv[3], Fields=fields, Conditions=conditions, ExpiresIn=int(sys.argv[4]))))',
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile('python3', ['-c', script, cloud.endpoint, bucket, key, String(expiresIn), JSON.stringify(fields)], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as PresignedPost),
    );
  });
}

function postForm(post: PresignedPost, fields: Record<string, string>, file: string): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...post.fields, ...fields })) form.append(name, value);
  form.append('file', new Blob([file], { type: 'text/plain' }), 'hello.txt');
  return fetch(post.url, { method: 'POST', body: form });
}

describe('S3 browser POST uploads signed with SigV2 (boto3 generate_presigned_post)', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'post-sigv2';

  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true });
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('the form boto3 makes is accepted, ${filename} filled in', async () => {
    const post = await boto3PresignedPost(cloud, bucket, 'uploads/${filename}', 300);
    assert.ok(post.fields.AWSAccessKeyId && post.fields.signature && post.fields.policy, JSON.stringify(post.fields));
    assert.equal(post.fields['x-amz-signature'], undefined);
    const response = await postForm(post, {}, 'posted by a browser');
    assert.equal(response.status, 204, await response.clone().text());
    assert.ok(response.headers.get('etag'));
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'uploads/hello.txt' }));
    assert.equal(await text(got.Body), 'posted by a browser');
  });

  test('a form with SSE-C fields stores the file encrypted with the key: read back only with it', async () => {
    const key = randomBytes(32);
    const md5 = createHash('md5').update(key).digest('base64');
    const post = await boto3PresignedPost(cloud, bucket, 'sealed.txt', 300, {
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key': key.toString('base64'),
      'x-amz-server-side-encryption-customer-key-MD5': md5,
    });
    const response = await postForm(post, {}, 'sealed by form');
    assert.equal(response.status, 204, await response.clone().text());
    assert.equal(response.headers.get('x-amz-server-side-encryption-customer-key-md5'), md5);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'sealed.txt', SSECustomerAlgorithm: 'AES256', SSECustomerKey: key.toString('base64'), SSECustomerKeyMD5: md5 }));
    assert.equal(await text(got.Body), 'sealed by form');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'sealed.txt' })), { name: 'InvalidRequest', status: 400 });
  });

  test('a wrong signature is SignatureDoesNotMatch (403), and nothing is stored', async () => {
    const post = await boto3PresignedPost(cloud, bucket, 'forged.txt', 300);
    const response = await postForm(post, { signature: Buffer.alloc(20, 7).toString('base64') }, 'forged');
    assert.equal(response.status, 403);
    const fields = errorFields(await response.text());
    assert.equal(fields.Code, 'SignatureDoesNotMatch');
    assert.equal(fields.Message, 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
    const missing = await fetch(`${cloud.endpoint}/${bucket}/forged.txt`, { method: 'HEAD' });
    assert.equal(missing.status, 403, 'unsigned HEAD under verification');
    const head = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'forged.txt' })).then(
      () => 'found',
      (e: { name: string }) => e.name,
    );
    assert.equal(head, 'NoSuchKey');
  });

  test('an expired policy is AccessDenied "Invalid according to Policy: Policy expired."; the server answers promptly after', async () => {
    // Expired a minute ago (the clock control needs a signed request here; boto3 takes a negative lifetime).
    const post = await boto3PresignedPost(cloud, bucket, 'late.txt', -60);
    const response = await postForm(post, {}, 'too late');
    assert.equal(response.status, 403);
    const fields = errorFields(await response.text());
    assert.equal(fields.Code, 'AccessDenied');
    assert.equal(fields.Message, 'Invalid according to Policy: Policy expired.');
    const fresh = await boto3PresignedPost(cloud, bucket, 'on-time.txt', 3600);
    assert.equal((await postForm(fresh, {}, 'on time')).status, 204);
  });
});
