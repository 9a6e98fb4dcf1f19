import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeletePublicAccessBlockCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  PutBucketCorsCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutBucketWebsiteCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, startTestCloud } from '../support/cloud.js';
import { presign, raw, s3Client, text } from './support.js';
import { errorFields, expectAwsError } from '../support/errors.js';

describe('S3 over plain HTTP: addressing, presigned URLs, browser uploads, CORS, website endpoints', () => {
  let cloud: Cloud;
  let s3: S3Client;

  before(async () => {
    cloud = await startTestCloud({ corsOrigins: ['https://app.example.com'] });
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: 'web' }));
    await s3.send(new PutObjectCommand({ Bucket: 'web', Key: 'dir/file name.txt', Body: 'virtual', ContentType: 'text/plain' }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('virtual-hosted-style requests: <bucket>.s3.localhost, <bucket>.s3.<region>.localhost, <bucket>.localhost', async () => {
    for (const host of [`web.s3.localhost:${cloud.port}`, `web.s3.us-east-1.localhost:${cloud.port}`, `web.localhost:${cloud.port}`]) {
      const got = await raw(cloud, 'GET', '/dir/file%20name.txt', { host });
      assert.equal(got.status, 200, host);
      assert.equal(got.body, 'virtual');
      const list = await raw(cloud, 'GET', '/?list-type=2&prefix=dir/', { host });
      assert.equal(list.status, 200);
      assert.match(list.body, /<Name>web<\/Name>/);
      assert.match(list.body, /<Key>dir\/file name.txt<\/Key>/);
    }
    const put = await raw(cloud, 'PUT', '/put-by-host.txt', { host: `web.s3.localhost:${cloud.port}`, 'content-type': 'text/plain' }, 'hosted');
    assert.equal(put.status, 200);
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: 'web', Key: 'put-by-host.txt' }))).Body), 'hosted');
  });

  test('?x-id= is ignored; errors are S3 XML with RequestId and HostId; HEAD has no body', async () => {
    const got = await raw(cloud, 'GET', '/web/dir/file%20name.txt?x-id=GetObject');
    assert.equal(got.body, 'virtual');
    const missing = await raw(cloud, 'GET', '/web/missing.txt');
    assert.equal(missing.status, 404);
    const fields = errorFields(missing.body);
    assert.equal(fields.Code, 'NoSuchKey');
    assert.equal(fields.Message, 'The specified key does not exist.');
    assert.equal(fields.Key, 'missing.txt');
    assert.equal(fields.RequestId, missing.headers['x-amz-request-id']);
    assert.equal(fields.HostId, missing.headers['x-amz-id-2']);
    assert.match(missing.body, /^<\?xml version="1.0" encoding="UTF-8"\?><Error><Code>NoSuchKey<\/Code>/);
    const head = await raw(cloud, 'HEAD', '/web/missing.txt');
    assert.equal(head.status, 404);
    assert.equal(head.body, '');
    const headBucket = await raw(cloud, 'HEAD', '/no-such-bucket');
    assert.equal(headBucket.status, 404);
    assert.equal(headBucket.body, '');
  });

  test('presigned GET and PUT URLs, honoured until they expire on the clock', async () => {
    const putUrl = await presign(cloud, 'PUT', '/web/presigned/upload.txt', 300);
    const put = await fetch(putUrl, { method: 'PUT', body: 'from a presigned PUT' });
    assert.equal(put.status, 200);
    const getUrl = await presign(cloud, 'GET', '/web/presigned/upload.txt', 60);
    const got = await fetch(getUrl);
    assert.equal(got.status, 200);
    assert.equal(await got.text(), 'from a presigned PUT');

    await advanceClock(cloud, '61s');
    const expired = await fetch(getUrl);
    assert.equal(expired.status, 403);
    const fields = errorFields(await expired.text());
    assert.equal(fields.Code, 'AccessDenied');
    assert.equal(fields.Message, 'Request has expired');
    assert.equal(fields['X-Amz-Expires'], '60');
    // The PUT URL has time left.
    assert.equal((await fetch(putUrl, { method: 'PUT', body: 'again' })).status, 200);
  });

  test('browser POST uploads with a policy document', async () => {
    const bucket = 'uploads';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const now = new Date(cloud.clock.now());
    const date = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const credential = `test/${date.slice(0, 8)}/us-east-1/s3/aws4_request`;
    const policyFor = (expiration: Date, extra: unknown[] = []) =>
      Buffer.from(
        JSON.stringify({
          expiration: expiration.toISOString(),
          conditions: [
            { bucket },
            ['starts-with', '$key', 'user/'],
            ['starts-with', '$Content-Type', 'text/'],
            { success_action_status: '201' },
            ['content-length-range', 1, 64],
            { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
            { 'x-amz-credential': credential },
            { 'x-amz-date': date },
            ...extra,
          ],
        }),
      ).toString('base64');
    const sign = (policy: string) => {
      const h = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
      const key = h(h(h(h('AWS4test', date.slice(0, 8)), 'us-east-1'), 's3'), 'aws4_request');
      return createHmac('sha256', key).update(policy).digest('hex');
    };
    const form = (fields: Array<[string, string]>, file: string) => {
      const boundary = '----nimbusFormBoundary7MA4YWxk';
      let body = '';
      for (const [name, value] of fields) body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      body += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\n${file}\r\n--${boundary}--\r\n`;
      return { body, type: `multipart/form-data; boundary=${boundary}` };
    };
    const post = async (fields: Array<[string, string]>, file: string) => {
      const { body, type } = form(fields, file);
      return raw(cloud, 'POST', `/${bucket}`, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)) }, body);
    };
    const policy = policyFor(new Date(now.getTime() + 3_600_000));
    const fields = (key: string, p = policy): Array<[string, string]> => [
      ['key', key],
      ['Content-Type', 'text/plain'],
      ['success_action_status', '201'],
      ['x-amz-algorithm', 'AWS4-HMAC-SHA256'],
      ['x-amz-credential', credential],
      ['x-amz-date', date],
      ['policy', p],
      ['x-amz-signature', sign(p)],
    ];

    const ok = await post(fields('user/${filename}'), 'hello from a form');
    assert.equal(ok.status, 201, ok.body);
    const answer = errorFields(ok.body);
    assert.equal(answer.Bucket, bucket);
    assert.equal(answer.Key, 'user/notes.txt');
    assert.match(ok.body, /^<\?xml version="1.0" encoding="UTF-8"\?><PostResponse><Location>/);
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'user/notes.txt' }));
    assert.equal(await text(stored.Body), 'hello from a form');
    assert.equal(stored.ContentType, 'text/plain');

    const outside = await post(fields('admin/x'), 'x');
    assert.equal(outside.status, 403);
    assert.deepEqual([errorFields(outside.body).Code, errorFields(outside.body).Message], ['AccessDenied', 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "user/"]']);
    const tooBig = await post(fields('user/big'), 'x'.repeat(65));
    assert.equal(errorFields(tooBig.body).Code, 'EntityTooLarge');
    const extra = await post([...fields('user/y'), ['x-amz-meta-extra', '1']], 'x');
    assert.equal(errorFields(extra.body).Message, 'Invalid according to Policy: Extra input fields: x-amz-meta-extra');
    const stalePolicy = policyFor(new Date(now.getTime() - 1000));
    const stale = await post(fields('user/z', stalePolicy), 'x');
    assert.deepEqual([stale.status, errorFields(stale.body).Message], [403, 'Invalid according to Policy: Policy expired.']);
    const noKey = await post(fields('user/q').filter(([name]) => name !== 'key'), 'x');
    assert.equal(errorFields(noKey.body).Message, "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.");
    // Without a policy the upload is anonymous: denied unless the bucket policy allows it.
    const anonymous = await post([['key', 'user/anon']], 'x');
    assert.deepEqual([anonymous.status, errorFields(anonymous.body).Code], [403, 'AccessDenied']);
  });

  test('bucket CORS rules answer preflights and decorate responses; other services keep the default', async () => {
    const bucket = 'cors-bucket';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'obj', Body: 'x' }));
    const preflight = (origin: string, method: string, headers?: string) =>
      raw(cloud, 'OPTIONS', `/${bucket}/obj`, { origin, 'access-control-request-method': method, ...(headers ? { 'access-control-request-headers': headers } : {}) });

    const disabled = await preflight('https://app.example.com', 'GET');
    assert.equal(disabled.status, 403);
    assert.deepEqual([errorFields(disabled.body).Code, errorFields(disabled.body).Message], ['CORSResponse', 'CORS is not enabled for this bucket.']);

    await s3.send(
      new PutBucketCorsCommand({
        Bucket: bucket,
        CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'PUT'], AllowedHeaders: ['content-type', 'x-amz-*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 600 }] },
      }),
    );
    const allowed = await preflight('https://app.example.com', 'PUT', 'Content-Type, X-Amz-Date');
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.com');
    assert.equal(allowed.headers['access-control-allow-methods'], 'GET, PUT');
    assert.equal(allowed.headers['access-control-allow-headers'], 'content-type, x-amz-date');
    assert.equal(allowed.headers['access-control-expose-headers'], 'ETag');
    assert.equal(allowed.headers['access-control-max-age'], '600');
    assert.equal(allowed.headers['access-control-allow-credentials'], 'true');

    const wrongOrigin = await preflight('https://evil.test', 'GET');
    assert.equal(wrongOrigin.status, 403);
    assert.match(errorFields(wrongOrigin.body).Message!, /^This CORS request is not allowed\./);
    assert.equal((await preflight('https://app.example.com', 'DELETE')).status, 403);
    assert.equal((await preflight('https://app.example.com', 'GET', 'authorization-x')).status, 403);

    const actual = await raw(cloud, 'GET', `/${bucket}/obj`, { origin: 'https://app.example.com' });
    assert.equal(actual.headers['access-control-allow-origin'], 'https://app.example.com');
    assert.equal(actual.headers['access-control-expose-headers'], 'ETag');
    const refused = await raw(cloud, 'GET', `/${bucket}/obj`, { origin: 'https://evil.test' });
    assert.equal(refused.status, 200);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);

    // A request that is not for a bucket (another service's JSON API, say) keeps the gateway's CORS:
    // the origins the user allowed (this suite's cloud allows https://app.example.com).
    const other = await raw(cloud, 'OPTIONS', '/', { origin: 'https://app.example.com', 'access-control-request-method': 'POST' });
    assert.equal(other.status, 200);
    assert.equal(other.headers['access-control-allow-origin'], 'https://app.example.com');
  });

  test('website endpoints: index and error documents, folder redirects, public access as AWS requires', async () => {
    const bucket = 'site';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const host = `${bucket}.s3-website.localhost:${cloud.port}`;
    const noConfig = await raw(cloud, 'GET', '/', { host });
    assert.equal(noConfig.status, 404);
    assert.match(noConfig.body, /<li>Code: NoSuchWebsiteConfiguration<\/li>/);

    await s3.send(new PutBucketWebsiteCommand({ Bucket: bucket, WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'error.html' } } }));
    for (const [key, body] of [['index.html', '<h1>home</h1>'], ['docs/index.html', '<h1>docs</h1>'], ['error.html', '<h1>oops</h1>'], ['style.css', 'body{}']]) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: key.endsWith('.css') ? 'text/css' : 'text/html' }));
    }
    // Not public yet: Block Public Access is on and there is no public policy.
    const privateSite = await raw(cloud, 'GET', '/', { host });
    assert.equal(privateSite.status, 403);
    assert.match(privateSite.body, /<li>Code: AccessDenied<\/li>/);

    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: bucket }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: bucket,
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] }),
      }),
    );
    const home = await raw(cloud, 'GET', '/', { host });
    assert.deepEqual([home.status, home.body, home.headers['content-type']], [200, '<h1>home</h1>', 'text/html']);
    // Website answers carry S3's request ids like every other S3 answer.
    assert.match(String(home.headers['x-amz-request-id']), /^[0-9a-f-]{36}$/);
    assert.match(String(home.headers['x-amz-id-2']), /^[A-Za-z0-9+/]+=*$/);
    const docs = await raw(cloud, 'GET', '/docs/', { host: `${bucket}.s3-website-us-east-1.localhost:${cloud.port}` });
    assert.equal(docs.body, '<h1>docs</h1>');
    const noSlash = await raw(cloud, 'GET', '/docs', { host });
    assert.deepEqual([noSlash.status, noSlash.headers.location], [302, '/docs/']);
    const css = await raw(cloud, 'GET', '/style.css', { host: `${bucket}.s3-website.us-east-1.localhost:${cloud.port}` });
    assert.deepEqual([css.status, css.headers['content-type']], [200, 'text/css']);
    const missing = await raw(cloud, 'GET', '/nope.html', { host });
    assert.deepEqual([missing.status, missing.body], [404, '<h1>oops</h1>']);
    const post = await raw(cloud, 'POST', '/', { host });
    assert.equal(post.status, 405);

    await s3.send(new CreateBucketCommand({ Bucket: 'old-site' }));
    await s3.send(new PutBucketWebsiteCommand({ Bucket: 'old-site', WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: 'example.com', Protocol: 'https' } } }));
    const moved = await raw(cloud, 'GET', '/page.html', { host: `old-site.s3-website.localhost:${cloud.port}` });
    assert.deepEqual([moved.status, moved.headers.location], [301, 'https://example.com/page.html']);
  });
});

describe('S3 lifecycle rules run on the clock', () => {
  let cloud: Cloud;
  let s3: S3Client;

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('expiration, noncurrent-version expiration and aborting stale uploads', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'aging' }));
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'aging',
        LifecycleConfiguration: {
          Rules: [
            { ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 2 } },
            { ID: 'uploads', Status: 'Enabled', Filter: { Prefix: '' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
          ],
        },
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: 'aging', Key: 'tmp/scratch', Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: 'aging', Key: 'keep/me', Body: 'x' }));
    await s3.send(new CreateMultipartUploadCommand({ Bucket: 'aging', Key: 'stale' }));

    await advanceClock(cloud, '1d');
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: 'aging', Key: 'tmp/scratch' }))).Body), 'x');
    await advanceClock(cloud, '2d');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: 'aging', Key: 'tmp/scratch' })), { name: 'NoSuchKey', status: 404 });
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: 'aging', Key: 'keep/me' }))).Body), 'x');
    assert.equal((await s3.send(new ListMultipartUploadsCommand({ Bucket: 'aging' }))).Uploads, undefined);

    await s3.send(new CreateBucketCommand({ Bucket: 'aging-versions' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'aging-versions', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'aging-versions',
        LifecycleConfiguration: { Rules: [{ ID: 'old', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Expiration: { Days: 5 } }] },
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: 'aging-versions', Key: 'doc', Body: 'v1' }));
    const v2 = await s3.send(new PutObjectCommand({ Bucket: 'aging-versions', Key: 'doc', Body: 'v2' }));
    await advanceClock(cloud, '3d');
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'aging-versions' }));
    assert.deepEqual(versions.Versions?.map((v) => v.VersionId), [v2.VersionId]);
    // Expiring the current version of a versioned object adds a delete marker.
    await advanceClock(cloud, '4d');
    const later = await s3.send(new ListObjectVersionsCommand({ Bucket: 'aging-versions' }));
    assert.equal(later.DeleteMarkers?.length, 1);
    assert.equal(later.DeleteMarkers?.[0]?.IsLatest, true);
  });
});

describe('S3 with signature verification on', () => {
  let cloud: Cloud;
  let s3: S3Client;

  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true });
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: 'signed' }));
    await s3.send(new PutObjectCommand({ Bucket: 'signed', Key: 'doc.txt', Body: 'signed body' }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('presigned URLs must carry a valid signature; malformed XML bodies are refused', async () => {
    const url = await presign(cloud, 'GET', '/signed/doc.txt', 300);
    const ok = await fetch(url);
    assert.deepEqual([ok.status, await ok.text()], [200, 'signed body']);
    const tampered = await fetch(url.replace('/doc.txt', '/other.txt'));
    assert.equal(tampered.status, 403);
    assert.equal(errorFields(await tampered.text()).Code, 'SignatureDoesNotMatch');
    const unsigned = await fetch(`${cloud.endpoint}/signed/doc.txt`);
    assert.equal(unsigned.status, 403);

    const { signedFetch } = await import('./support.js');
    const malformed = await signedFetch(cloud, 'PUT', '/signed?versioning', '<VersioningConfiguration><Status>Enabled', 'us-east-1');
    assert.equal(malformed.status, 400);
    const fields = errorFields(await malformed.text());
    assert.deepEqual([fields.Code, fields.Message], ['MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema']);
  });
});
