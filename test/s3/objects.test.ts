import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  DeleteObjectTaggingCommand,
  GetObjectAttributesCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { s3Client, text } from './support.js';
import { expectAwsError } from '../support/errors.js';

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

describe('S3 objects through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'objects';

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('put, get and head with metadata, content headers and storage class', async () => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'docs/readme.txt',
        Body: 'hello, world',
        ContentType: 'text/plain; charset=utf-8',
        CacheControl: 'max-age=60',
        ContentDisposition: 'attachment; filename="r.txt"',
        ContentLanguage: 'en',
        Metadata: { Colour: 'blue', 'two-words': 'x y' },
        StorageClass: 'STANDARD_IA',
      }),
    );
    assert.equal(put.ETag, `"${md5('hello, world')}"`);
    assert.equal(put.ServerSideEncryption, 'AES256');
    assert.equal(put.VersionId, undefined);

    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'docs/readme.txt' }));
    assert.equal(await text(got.Body), 'hello, world');
    assert.equal(got.ETag, put.ETag);
    assert.equal(got.ContentLength, 12);
    assert.equal(got.ContentType, 'text/plain; charset=utf-8');
    assert.equal(got.CacheControl, 'max-age=60');
    assert.equal(got.ContentDisposition, 'attachment; filename="r.txt"');
    assert.equal(got.ContentLanguage, 'en');
    assert.deepEqual(got.Metadata, { colour: 'blue', 'two-words': 'x y' });
    assert.equal(got.StorageClass, 'STANDARD_IA');
    assert.equal(got.AcceptRanges, 'bytes');
    assert.ok(got.LastModified instanceof Date);

    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'docs/readme.txt' }));
    assert.equal(head.ContentLength, 12);
    assert.equal(head.ETag, put.ETag);
    assert.deepEqual(head.Metadata, { colour: 'blue', 'two-words': 'x y' });

    // Response overrides on GET.
    const overridden = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'docs/readme.txt', ResponseContentType: 'application/json', ResponseCacheControl: 'no-store' }));
    assert.equal(overridden.ContentType, 'application/json');
    assert.equal(overridden.CacheControl, 'no-store');
    await text(overridden.Body);
  });

  test('keys with any UTF-8, spaces, +, %, .., and leading slashes round-trip and list in UTF-8 byte order', async () => {
    const keys = ['/leading', '//double', 'a b c', 'plus+sign', 'per%cent', '../dots/..', 'ünïcødé/日本語', 'emoji/😀', 'z\uE000private', 'z😀', 'tab\tkey', 'q?x=1&y#frag'];
    for (const key of keys) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `keys/${key}`, Body: key }));
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `keys/${key}` }));
      assert.equal(await text(got.Body), key, key);
    }
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'keys/' }));
    const expected = keys.map((k) => `keys/${k}`).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    assert.deepEqual(listed.Contents?.map((c) => c.Key), expected);
    // U+E000 (EE 80 80 in UTF-8) sorts before the emoji (F0 9F ...) in byte order, but after it in UTF-16 order.
    const listedKeys = listed.Contents!.map((c) => c.Key!);
    assert.ok(listedKeys.indexOf('keys/z\uE000private') < listedKeys.indexOf('keys/z😀'));
    assert.ok(['keys/z\uE000private', 'keys/z😀'].sort()[0] === 'keys/z😀');
  });

  test('GET and HEAD of missing keys and buckets', async () => {
    const missing = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'nope' })), { name: 'NoSuchKey', message: 'The specified key does not exist.', status: 404 });
    assert.equal(missing.Key, 'nope');
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'nope' })), { name: 'NotFound', status: 404 });
    const noBucket = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: 'no-such-bucket-here', Key: 'x' })), { name: 'NoSuchBucket', message: 'The specified bucket does not exist', status: 404 });
    assert.equal(noBucket.BucketName, 'no-such-bucket-here');
  });

  test('ranges: 206 with Content-Range, suffix and open ranges, 416 InvalidRange', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'range.txt', Body: '0123456789' }));
    const cases: Array<[string, string, string]> = [
      ['bytes=2-5', '2345', 'bytes 2-5/10'],
      ['bytes=7-', '789', 'bytes 7-9/10'],
      ['bytes=-3', '789', 'bytes 7-9/10'],
      ['bytes=8-100', '89', 'bytes 8-9/10'],
    ];
    for (const [range, body, contentRange] of cases) {
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'range.txt', Range: range }));
      assert.equal(got.$metadata.httpStatusCode, 206, range);
      assert.equal(got.ContentRange, contentRange);
      assert.equal(got.ContentLength, body.length);
      assert.equal(await text(got.Body), body);
    }
    const error = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'range.txt', Range: 'bytes=10-12' })), { name: 'InvalidRange', message: 'The requested range is not satisfiable', status: 416 });
    assert.equal(error.ActualObjectSize, '10');
    assert.equal(error.RangeRequested, 'bytes=10-12');
    // A range S3 cannot read is ignored: the whole object, 200.
    const whole = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'range.txt', Range: 'bytes=5-2' }));
    assert.equal(whole.$metadata.httpStatusCode, 200);
    assert.equal(await text(whole.Body), '0123456789');
  });

  test('conditional reads: If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'cond.txt', Body: 'v1' }));
    const etag = put.ETag!;
    const ok = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfMatch: etag }));
    assert.equal(await text(ok.Body), 'v1');
    const failed = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfMatch: '"nope"' })), { name: 'PreconditionFailed', message: 'At least one of the pre-conditions you specified did not hold', status: 412 });
    assert.equal(failed.Condition, 'If-Match');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfNoneMatch: etag })), { status: 304 });
    const future = new Date(Date.now() + 3_600_000);
    const past = new Date(Date.now() - 3_600_000);
    const sinceOld = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfModifiedSince: past }));
    assert.equal(await text(sinceOld.Body), 'v1');
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfModifiedSince: new Date(Date.now() + 1000 * 0) })), { status: 304 });
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfUnmodifiedSince: past })), { name: 'PreconditionFailed', status: 412 });
    const unmodified = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfUnmodifiedSince: future }));
    assert.equal(await text(unmodified.Body), 'v1');
    // If-Match that holds wins over a failing If-Unmodified-Since.
    const both = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond.txt', IfMatch: etag, IfUnmodifiedSince: past }));
    assert.equal(await text(both.Body), 'v1');
  });

  test('conditional writes: If-None-Match: * and If-Match', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'once.txt', Body: 'first', IfNoneMatch: '*' }));
    const error = await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'once.txt', Body: 'second', IfNoneMatch: '*' })), { name: 'PreconditionFailed', status: 412 });
    assert.equal(error.Condition, 'If-None-Match');
    const current = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'once.txt' }));
    assert.equal(await text(current.Body), 'first');
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'once.txt', Body: 'x', IfMatch: '"wrong"' })), { name: 'PreconditionFailed', status: 412 });
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'once.txt', Body: 'third', IfMatch: current.ETag }));
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'never.txt', Body: 'x', IfMatch: '"abc"' })), { name: 'NoSuchKey', status: 404 });
  });

  test('checksums: the SDK trailer (CRC32 default), explicit algorithms as headers, verification and BadDigest', async () => {
    // A stream body: the SDK sends aws-chunked with an x-amz-checksum-crc32 trailer.
    const streamed = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sum/stream', Body: Readable.from([Buffer.from('streamed '), Buffer.from('body')]), ContentLength: 13 }));
    assert.equal(streamed.ChecksumCRC32, 'z7Y9bA==');
    for (const [algorithm, member] of [['CRC32C', 'ChecksumCRC32C'], ['CRC64NVME', 'ChecksumCRC64NVME'], ['SHA1', 'ChecksumSHA1'], ['SHA256', 'ChecksumSHA256']] as const) {
      const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `sum/${algorithm}`, Body: '123456789', ChecksumAlgorithm: algorithm }));
      const expected = { CRC32C: '4waSgw==', CRC64NVME: 'rosUhgp5mIg=', SHA1: '98O8HYCOBHMq32eZZczDTKeuNEE=', SHA256: 'FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=' }[algorithm];
      assert.equal((put as unknown as Record<string, unknown>)[member], expected, algorithm);
      // GetObject returns it (the SDK asks with x-amz-checksum-mode and validates the body against it).
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `sum/${algorithm}`, ChecksumMode: 'ENABLED' }));
      assert.equal((got as unknown as Record<string, unknown>)[member], expected);
      assert.equal(got.ChecksumType, 'FULL_OBJECT');
      assert.equal(await text(got.Body), '123456789');
    }
    // An object uploaded without a checksum gets S3's default CRC64NVME.
    const plain = await fetch(`${cloud.endpoint}/${bucket}/sum/plain`, { method: 'PUT', body: '123456789' });
    assert.equal(plain.status, 200);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'sum/plain', ChecksumMode: 'ENABLED' }));
    assert.equal(head.ChecksumCRC64NVME, 'rosUhgp5mIg=');

    const bad = await expectAwsError(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sum/bad', Body: '123456789', ChecksumCRC32: 'AAAAAA==' })),
      { name: 'BadDigest', message: 'The CRC32 you specified did not match the calculated checksum.', status: 400 },
    );
    assert.ok(bad);
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'sum/bad' })), { name: 'NoSuchKey', status: 404 });
    await expectAwsError(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sum/bad', Body: 'abc', ContentMD5: Buffer.from(md5('abd'), 'hex').toString('base64') })),
      { name: 'BadDigest', message: 'The Content-MD5 you specified did not match what we received.', status: 400 },
    );
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sum/bad', Body: 'abc', ContentMD5: 'notbase64' })), { name: 'InvalidDigest', message: 'The Content-MD5 you specified was invalid.', status: 400 });
    // A wrong trailer: sent by hand in the aws-chunked framing.
    const body = '9\r\n123456789\r\n0\r\nx-amz-checksum-crc32c:AAAAAA==\r\n\r\n';
    const response = await fetch(`${cloud.endpoint}/${bucket}/sum/trailer`, {
      method: 'PUT',
      headers: { 'content-encoding': 'aws-chunked', 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER', 'x-amz-trailer': 'x-amz-checksum-crc32c', 'x-amz-decoded-content-length': '9' },
      body,
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /<Code>BadDigest<\/Code><Message>The CRC32C you specified did not match the calculated checksum.<\/Message>/);
  });

  test('large bodies: ETags, concurrent uploads, Content-MD5 and SHA-256 mismatches', async () => {
    const bodies = [0, 1, 2, 3].map((n) => Buffer.alloc(3 * 1024 * 1024 + n * 4099, n + 1));
    const puts = await Promise.all(bodies.map((data, n) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: `large/${n}`, Body: data }))));
    puts.forEach((put, n) => assert.equal(put.ETag, `"${md5(bodies[n]!)}"`));
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'large/2' }));
    assert.equal(got.ETag, `"${md5(bodies[2]!)}"`);
    assert.ok(Buffer.from(await got.Body!.transformToByteArray()).equals(bodies[2]!));
    await expectAwsError(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'large/2', Body: bodies[3], ContentMD5: Buffer.from(md5(bodies[2]!), 'hex').toString('base64') })),
      { name: 'BadDigest', message: 'The Content-MD5 you specified did not match what we received.', status: 400 },
    );
    const unchanged = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'large/2' }));
    assert.equal(unchanged.ETag, `"${md5(bodies[2]!)}"`, 'a refused upload leaves the object as it was');
    const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
    const put = (data: Buffer, claimed: string) =>
      fetch(`${cloud.endpoint}/${bucket}/large/sha`, { method: 'PUT', headers: { 'x-amz-content-sha256': claimed }, body: data });
    const refused = await put(bodies[0]!, sha256(bodies[1]!));
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /<Code>XAmzContentSHA256Mismatch<\/Code>.*<S3ComputedContentSHA256>[0-9a-f]{64}<\/S3ComputedContentSHA256>/s);
    const accepted = await put(bodies[0]!, sha256(bodies[0]!));
    assert.equal(accepted.status, 200);
    assert.equal(accepted.headers.get('etag'), `"${md5(bodies[0]!)}"`);
  });

  test('copy: metadata directives, other buckets, versions, copy-source conditions, copying onto itself', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'copy-target' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'src name.txt', Body: 'copy me', ContentType: 'text/plain', Metadata: { a: '1' } }));
    const copied = await s3.send(new CopyObjectCommand({ Bucket: 'copy-target', Key: 'dst.txt', CopySource: `${bucket}/${encodeURIComponent('src name.txt')}` }));
    assert.equal(copied.CopyObjectResult?.ETag, `"${md5('copy me')}"`);
    const dst = await s3.send(new GetObjectCommand({ Bucket: 'copy-target', Key: 'dst.txt' }));
    assert.equal(await text(dst.Body), 'copy me');
    assert.equal(dst.ContentType, 'text/plain');
    assert.deepEqual(dst.Metadata, { a: '1' });

    await s3.send(new CopyObjectCommand({ Bucket: 'copy-target', Key: 'replaced.txt', CopySource: `${bucket}/src%20name.txt`, MetadataDirective: 'REPLACE', Metadata: { b: '2' }, ContentType: 'text/csv' }));
    const replaced = await s3.send(new HeadObjectCommand({ Bucket: 'copy-target', Key: 'replaced.txt' }));
    assert.deepEqual(replaced.Metadata, { b: '2' });
    assert.equal(replaced.ContentType, 'text/csv');

    const self = await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'src name.txt', CopySource: `${bucket}/src%20name.txt` })), { name: 'InvalidRequest', status: 400 });
    assert.match(self.message, /^This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata/);
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'src name.txt', CopySource: `${bucket}/src%20name.txt`, MetadataDirective: 'REPLACE', Metadata: { a: '2' } }));

    const condition = await expectAwsError(
      s3.send(new CopyObjectCommand({ Bucket: 'copy-target', Key: 'c.txt', CopySource: `${bucket}/src%20name.txt`, CopySourceIfMatch: '"nope"' })),
      { name: 'PreconditionFailed', status: 412 },
    );
    assert.equal(condition.Condition, 'x-amz-copy-source-If-Match');
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: 'copy-target', Key: 'c.txt', CopySource: `${bucket}/missing` })), { name: 'NoSuchKey', status: 404 });
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: 'copy-target', Key: 'c.txt', CopySource: 'no-such-source-bucket/x' })), { name: 'NoSuchBucket', status: 404 });

    // From an older version.
    await s3.send(new CreateBucketCommand({ Bucket: 'copy-versions' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'copy-versions', VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: 'copy-versions', Key: 'k', Body: 'one' }));
    await s3.send(new PutObjectCommand({ Bucket: 'copy-versions', Key: 'k', Body: 'two' }));
    const fromOld = await s3.send(new CopyObjectCommand({ Bucket: 'copy-target', Key: 'old.txt', CopySource: `copy-versions/k?versionId=${v1.VersionId}` }));
    assert.equal(fromOld.CopySourceVersionId, v1.VersionId);
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: 'copy-target', Key: 'old.txt' }))).Body), 'one');
  });

  test('object tagging and the x-amz-tagging header, with S3 limits', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'tagged', Body: 'x', Tagging: 'env=prod&team=data%20eng' }));
    const tags = await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: 'tagged' }));
    assert.deepEqual(tags.TagSet, [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'data eng' }]);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'tagged' }));
    assert.equal(head.TagCount, 2);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'tagged' }));
    assert.equal(got.TagCount, 2);
    await text(got.Body);
    await s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: 'tagged', Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] } }));
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: 'tagged' }))).TagSet, [{ Key: 'k', Value: 'v' }]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await expectAwsError(s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: 'tagged', Tagging: { TagSet: eleven } })), { name: 'BadRequest', message: 'Object tags cannot be greater than 10', status: 400 });
    await expectAwsError(
      s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: 'tagged', Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }] } })),
      { name: 'InvalidTag', message: 'Cannot provide multiple Tags with the same key', status: 400 },
    );
    await expectAwsError(s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: 'tagged', Tagging: { TagSet: [{ Key: 'aws:x', Value: '1' }] } })), { name: 'InvalidTag', message: 'Your TagKey cannot be prefixed with aws:', status: 400 });
    await s3.send(new DeleteObjectTaggingCommand({ Bucket: bucket, Key: 'tagged' }));
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: 'tagged' }))).TagSet, []);
  });

  test('GetObjectAttributes', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'attrs', Body: '123456789', ChecksumAlgorithm: 'SHA256', StorageClass: 'GLACIER_IR' }));
    const attrs = await s3.send(new GetObjectAttributesCommand({ Bucket: bucket, Key: 'attrs', ObjectAttributes: ['ETag', 'Checksum', 'ObjectSize', 'StorageClass', 'ObjectParts'] }));
    assert.equal(attrs.ETag, md5('123456789'));
    assert.equal(attrs.ObjectSize, 9);
    assert.equal(attrs.StorageClass, 'GLACIER_IR');
    assert.equal(attrs.Checksum?.ChecksumSHA256, 'FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=');
    assert.equal(attrs.Checksum?.ChecksumType, 'FULL_OBJECT');
    assert.equal(attrs.ObjectParts, undefined);
    await expectAwsError(s3.send(new GetObjectAttributesCommand({ Bucket: bucket, Key: 'nope', ObjectAttributes: ['ETag'] })), { name: 'NoSuchKey', status: 404 });
  });

  test('archived storage classes cannot be read', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'cold', Body: 'brr', StorageClass: 'GLACIER' }));
    const error = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cold' })), { name: 'InvalidObjectState', message: "The operation is not valid for the object's storage class", status: 403 });
    assert.equal(error.StorageClass, 'GLACIER');
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'x', Body: 'x', StorageClass: 'OUTPOSTS' })), { name: 'InvalidStorageClass', message: 'The storage class you specified is not valid', status: 400 });
  });

  test('limits: key length, metadata size, ACLs on an owner-enforced bucket', async () => {
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k'.repeat(1025), Body: 'x' })), { name: 'KeyTooLongError', message: 'Your key is too long', status: 400 });
    await expectAwsError(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'meta', Body: 'x', Metadata: { big: 'v'.repeat(2100) } })),
      { name: 'MetadataTooLarge', message: 'Your metadata headers exceed the maximum allowed metadata size.', status: 400 },
    );
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'acl', Body: 'x', ACL: 'public-read' })), { name: 'AccessControlListNotSupported', message: 'The bucket does not allow ACLs', status: 400 });
  });

  test('delete, and DeleteObjects with quiet mode and per-key errors', async () => {
    for (const key of ['d/1', 'd/2', 'd/3']) await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: key }));
    const single = await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'd/1' }));
    assert.equal(single.$metadata.httpStatusCode, 204);
    // Deleting a key that does not exist succeeds.
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'd/1' }));
    const batch = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: 'd/2' }, { Key: 'd/missing' }, { Key: 'd/3', VersionId: 'bad-id' }] } }));
    assert.deepEqual(batch.Deleted?.map((d) => d.Key), ['d/2', 'd/missing']);
    assert.deepEqual(batch.Errors, [{ Key: 'd/3', VersionId: 'bad-id', Code: 'InvalidArgument', Message: 'Invalid version id specified' }]);
    const quiet = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: 'd/3' }], Quiet: true } }));
    assert.equal(quiet.Deleted, undefined);
    assert.equal(quiet.Errors, undefined);
    const left = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'd/' }));
    assert.equal(left.KeyCount, 0);
  });

  test('versions: ids, delete markers, GET by version, ListObjectVersions, suspended buckets', async () => {
    const b = 'versioned';
    await s3.send(new CreateBucketCommand({ Bucket: b }));
    await s3.send(new PutObjectCommand({ Bucket: b, Key: 'k', Body: 'before versioning' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: b, VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: b, Key: 'k', Body: 'one' }));
    const v2 = await s3.send(new PutObjectCommand({ Bucket: b, Key: 'k', Body: 'two' }));
    assert.match(v1.VersionId!, /^[A-Za-z0-9_.-]{32}$/);
    assert.notEqual(v1.VersionId, v2.VersionId);
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: b, Key: 'k', VersionId: v1.VersionId }))).Body), 'one');
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: b, Key: 'k', VersionId: 'null' }))).Body), 'before versioning');
    const latest = await s3.send(new GetObjectCommand({ Bucket: b, Key: 'k' }));
    assert.equal(latest.VersionId, v2.VersionId);
    await text(latest.Body);

    const deleted = await s3.send(new DeleteObjectCommand({ Bucket: b, Key: 'k' }));
    assert.equal(deleted.DeleteMarker, true);
    const marker = deleted.VersionId!;
    const gone = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: b, Key: 'k' })), { name: 'NoSuchKey', status: 404 });
    assert.equal(gone.$response?.headers['x-amz-delete-marker'], 'true');
    const onMarker = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: b, Key: 'k', VersionId: marker })), { name: 'MethodNotAllowed', message: 'The specified method is not allowed against this resource.', status: 405 });
    assert.equal(onMarker.$response?.headers['x-amz-delete-marker'], 'true');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: b, Key: 'k', VersionId: 'A'.repeat(32) })), { name: 'NoSuchVersion', message: 'The specified version does not exist.', status: 404 });
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: b, Key: 'k', VersionId: 'short' })), { name: 'InvalidArgument', message: 'Invalid version id specified', status: 400 });

    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: b }));
    assert.deepEqual(versions.Versions?.map((v) => [v.VersionId, v.IsLatest]), [[v2.VersionId, false], [v1.VersionId, false], ['null', false]]);
    assert.deepEqual(versions.DeleteMarkers?.map((m) => [m.VersionId, m.IsLatest]), [[marker, true]]);
    const paged = await s3.send(new ListObjectVersionsCommand({ Bucket: b, MaxKeys: 2 }));
    assert.equal(paged.IsTruncated, true);
    assert.equal(paged.NextKeyMarker, 'k');
    const rest = await s3.send(new ListObjectVersionsCommand({ Bucket: b, KeyMarker: paged.NextKeyMarker, VersionIdMarker: paged.NextVersionIdMarker }));
    assert.equal((rest.Versions?.length ?? 0) + (rest.DeleteMarkers?.length ?? 0), 2);

    // Deleting the marker by version brings the object back.
    await s3.send(new DeleteObjectCommand({ Bucket: b, Key: 'k', VersionId: marker }));
    assert.equal(await text((await s3.send(new GetObjectCommand({ Bucket: b, Key: 'k' }))).Body), 'two');

    await s3.send(new PutBucketVersioningCommand({ Bucket: b, VersioningConfiguration: { Status: 'Suspended' } }));
    await s3.send(new PutObjectCommand({ Bucket: b, Key: 'k', Body: 'suspended' }));
    const afterSuspend = await s3.send(new ListObjectVersionsCommand({ Bucket: b }));
    // The null version was replaced; the named versions stay.
    assert.deepEqual(afterSuspend.Versions?.map((v) => v.VersionId), ['null', v2.VersionId, v1.VersionId]);
  });

  test('ListObjectsV2 and ListObjects: prefix, delimiter, pagination, start-after, encoding-type=url', async () => {
    const b = 'listing';
    await s3.send(new CreateBucketCommand({ Bucket: b }));
    const keys = ['a.txt', 'photos/2023/jan.jpg', 'photos/2023/feb.jpg', 'photos/2024/mar.jpg', 'photos/cover.jpg', 'videos/x.mp4', 'z z.txt'];
    for (const key of keys) await s3.send(new PutObjectCommand({ Bucket: b, Key: key, Body: key }));

    const top = await s3.send(new ListObjectsV2Command({ Bucket: b, Delimiter: '/' }));
    assert.deepEqual(top.Contents?.map((c) => c.Key), ['a.txt', 'z z.txt']);
    assert.deepEqual(top.CommonPrefixes?.map((p) => p.Prefix), ['photos/', 'videos/']);
    assert.equal(top.KeyCount, 4);

    const photos = await s3.send(new ListObjectsV2Command({ Bucket: b, Prefix: 'photos/', Delimiter: '/' }));
    assert.deepEqual(photos.Contents?.map((c) => c.Key), ['photos/cover.jpg']);
    assert.deepEqual(photos.CommonPrefixes?.map((p) => p.Prefix), ['photos/2023/', 'photos/2024/']);

    // Pages of two with a delimiter: common prefixes count toward max-keys.
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const pageResult = await s3.send(new ListObjectsV2Command({ Bucket: b, Delimiter: '/', MaxKeys: 1, ContinuationToken: token }));
      seen.push(...(pageResult.Contents ?? []).map((c) => c.Key!), ...(pageResult.CommonPrefixes ?? []).map((p) => p.Prefix!));
      token = pageResult.NextContinuationToken;
      assert.equal(pageResult.IsTruncated, token !== undefined);
    } while (token);
    assert.deepEqual(seen, ['a.txt', 'photos/', 'videos/', 'z z.txt']);

    const started = await s3.send(new ListObjectsV2Command({ Bucket: b, StartAfter: 'photos/2023/jan.jpg' }));
    assert.deepEqual(started.Contents?.map((c) => c.Key), ['photos/2024/mar.jpg', 'photos/cover.jpg', 'videos/x.mp4', 'z z.txt']);

    const encoded = await s3.send(new ListObjectsV2Command({ Bucket: b, Prefix: 'z ', EncodingType: 'url' }));
    assert.equal(encoded.EncodingType, 'url');
    assert.deepEqual(encoded.Contents?.map((c) => c.Key), ['z+z.txt']);

    const v1 = await s3.send(new ListObjectsCommand({ Bucket: b, Delimiter: '/', MaxKeys: 2 }));
    assert.equal(v1.IsTruncated, true);
    assert.equal(v1.NextMarker, 'photos/');
    assert.ok(v1.Contents?.[0]?.Owner?.ID);
    const v1next = await s3.send(new ListObjectsCommand({ Bucket: b, Delimiter: '/', Marker: v1.NextMarker }));
    assert.deepEqual([...(v1next.Contents ?? []).map((c) => c.Key), ...(v1next.CommonPrefixes ?? []).map((p) => p.Prefix)].sort(), ['videos/', 'z z.txt']);

    await expectAwsError(s3.send(new ListObjectsV2Command({ Bucket: b, ContinuationToken: 'garbage' })), { name: 'InvalidArgument', message: 'The continuation token provided is incorrect', status: 400 });
    const none = await s3.send(new ListObjectsV2Command({ Bucket: b, MaxKeys: 0 }));
    assert.equal(none.KeyCount, 0);
  });
});
