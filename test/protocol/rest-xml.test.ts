import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectsCommand,
  GetBucketAclCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  PutBucketAclCommand,
  PutBucketTaggingCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { XMLParser } from 'fast-xml-parser';
import { AwsError } from '../../src/core/errors.js';
import { loadModel } from '../../src/protocol/model.js';
import { restXmlCodec, xmlRootNameOverrides } from '../../src/protocol/rest-xml.js';
import { bodyBuffer, codecTransport, HARNESS_CLIENT, requestFromTemplate, wireRequest, type FakeService } from '../support/codec-harness.js';
import { expectAwsError } from '../support/errors.js';

const s3Model = loadModel('s3');
const REQUEST_ID = 'REQ-0123456789';

/**
 * An S3 client whose transport runs the codec: operationName → parse →
 * `service` → serialize / serializeError. No server involved.
 */
function s3Harness(service: FakeService) {
  const { requestHandler, exchange } = codecTransport(s3Model, restXmlCodec, service, REQUEST_ID);
  const client = new S3Client({
    ...HARNESS_CLIENT,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler,
  });
  return { client, exchange };
}

const xmlParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

// ---------------------------------------------------------------------------

describe('rest-xml: operation matching (S3)', () => {
  const cases: Array<[string, string, Record<string, string>, string | undefined]> = [
    ['GET', '/', {}, 'ListBuckets'],
    ['GET', '/bucket', {}, 'ListObjects'],
    ['GET', '/bucket/', {}, 'ListObjects'],
    ['GET', '/bucket?location', {}, 'GetBucketLocation'],
    ['GET', '/bucket?location=', {}, 'GetBucketLocation'],
    ['GET', '/bucket?list-type=2&prefix=a', {}, 'ListObjectsV2'],
    ['GET', '/bucket?list-type=3', {}, 'ListObjects'],
    ['GET', '/bucket?lifecycle', {}, 'GetBucketLifecycleConfiguration'],
    ['GET', '/bucket?analytics', {}, 'ListBucketAnalyticsConfigurations'],
    ['GET', '/bucket?analytics&id=a1', {}, 'GetBucketAnalyticsConfiguration'],
    ['PUT', '/bucket', {}, 'CreateBucket'],
    ['HEAD', '/bucket', {}, 'HeadBucket'],
    ['DELETE', '/bucket', {}, 'DeleteBucket'],
    ['POST', '/bucket?delete', {}, 'DeleteObjects'],
    ['GET', '/bucket/key', {}, 'GetObject'],
    ['GET', '/bucket/a/b/c.txt?x-id=GetObject', {}, 'GetObject'],
    ['GET', '/bucket/key?uploadId=u1', {}, 'ListParts'],
    ['GET', '/bucket/key?tagging', {}, 'GetObjectTagging'],
    ['HEAD', '/bucket/key', {}, 'HeadObject'],
    ['PUT', '/bucket/key', {}, 'PutObject'],
    ['PUT', '/bucket/key', { 'x-amz-copy-source': '/src/key' }, 'CopyObject'],
    ['PUT', '/bucket/key?partNumber=1&uploadId=u1', {}, 'UploadPart'],
    ['PUT', '/bucket/key?partNumber=1&uploadId=u1', { 'x-amz-copy-source': '/src/key' }, 'UploadPartCopy'],
    ['POST', '/bucket/key?uploads', {}, 'CreateMultipartUpload'],
    ['POST', '/bucket/key?uploadId=u1', {}, 'CompleteMultipartUpload'],
    ['DELETE', '/bucket/key', {}, 'DeleteObject'],
    ['DELETE', '/bucket/key?uploadId=u1', {}, 'AbortMultipartUpload'],
    ['POST', '/bucket/key?select&select-type=2', {}, 'SelectObjectContent'],
    ['PATCH', '/bucket', {}, undefined],
    ['POST', '/bucket', {}, undefined],
    // Required members only rank candidates: a lone candidate still matches (validation reports what is missing).
    ['POST', '/bucket/key', {}, 'CompleteMultipartUpload'],
    ['GET', '/', { 'x-amz-copy-source': 'x' }, 'ListBuckets'],
    ['PUT', '/bucket/key?partNumber=1', {}, 'PutObject'],
  ];
  for (const [method, url, headers, expected] of cases) {
    it(`${method} ${url}${headers['x-amz-copy-source'] ? ' +copy-source' : ''} → ${expected}`, () => {
      assert.equal(restXmlCodec.operationName(s3Model, wireRequest(method, url, headers)), expected);
    });
  }

  it('every S3 and CloudFront operation is reached from its own template', () => {
    // Operations that are the same request on the wire: the deprecated twin and
    // ListDirectoryBuckets (told apart only by its own query parameters).
    const twins: Record<string, string> = {
      GetBucketLifecycle: 'GetBucketLifecycleConfiguration',
      PutBucketLifecycle: 'PutBucketLifecycleConfiguration',
      GetBucketNotification: 'GetBucketNotificationConfiguration',
      PutBucketNotification: 'PutBucketNotificationConfiguration',
      ListDirectoryBuckets: 'ListBuckets',
    };
    for (const model of [s3Model, loadModel('cloudfront')]) {
      for (const name of Object.keys(model.operations)) {
        assert.equal(restXmlCodec.operationName(model, requestFromTemplate(model, name)), twins[name] ?? name, name);
      }
    }
    assert.equal(restXmlCodec.operationName(s3Model, wireRequest('GET', '/?max-directory-buckets=5')), 'ListDirectoryBuckets');
  });

  it('does not read the body', () => {
    const request = wireRequest('PUT', '/bucket/key');
    Object.defineProperty(request, 'body', { get: () => assert.fail('body read') });
    assert.equal(restXmlCodec.operationName(s3Model, request), 'PutObject');
  });

  it('root-name overrides name real output shapes', () => {
    for (const name of Object.keys(xmlRootNameOverrides.s3)) assert.ok(s3Model.shapes[name], name);
  });
});

describe('rest-xml: S3 through the SDK', () => {
  it('PutObject: labels, metadata headers, content-type, streaming body passed through', async () => {
    const { client, exchange } = s3Harness(() => ({ ETag: '"abc"', VersionId: 'v1' }));
    const body = Readable.from([Buffer.from('hello '), Buffer.from('world')]);
    const key = 'dir/a b+c:ü?&=.txt';
    const out = await client.send(
      new PutObjectCommand({
        Bucket: 'my-bucket',
        Key: key,
        Body: body,
        ContentLength: 11,
        ContentType: 'text/plain',
        Metadata: { Color: 'blue', 'x-extra': 'y' },
        CacheControl: 'max-age=60',
        Expires: new Date('2030-01-02T03:04:05Z'),
        Tagging: 'a=b&c=d',
      }),
    );
    assert.equal(exchange.operation, 'PutObject');
    const input = exchange.input!;
    assert.equal(input.Bucket, 'my-bucket');
    assert.equal(input.Key, key);
    assert.equal(input.ContentType, 'text/plain');
    assert.equal(input.ContentLength, 11);
    assert.equal(input.CacheControl, 'max-age=60');
    assert.equal(input.Tagging, 'a=b&c=d');
    assert.equal(input.Expires, 'Wed, 02 Jan 2030 03:04:05 GMT'); // a string shape in the model
    assert.deepEqual(input.Metadata, { color: 'blue', 'x-extra': 'y' });
    assert.ok(input.Body instanceof Readable, 'streaming payload is the request stream');
    assert.equal((await bodyBuffer(input.Body as Readable)).toString(), 'hello world');
    assert.equal(out.ETag, '"abc"');
    assert.equal(out.VersionId, 'v1');
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.equal(out.$metadata.requestId, REQUEST_ID);
    assert.equal(exchange.response!.body, undefined);
    assert.equal(exchange.response!.headers['x-amz-request-id'], REQUEST_ID);
    assert.ok(exchange.response!.headers['x-amz-id-2']);
  });

  it('PutObject with a buffered body (no bodyStream) gets the bytes', async () => {
    const { client, exchange } = s3Harness(() => ({}));
    await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'plain text' }));
    assert.ok(Buffer.isBuffer(exchange.input!.Body));
    assert.equal((exchange.input!.Body as Buffer).toString(), 'plain text');
  });

  it('GetObject: range header in, output headers and streamed body out', async () => {
    const stream = Readable.from([Buffer.from('0123'), Buffer.from('4567')]);
    const lastModified = new Date('2024-05-06T07:08:09Z');
    const { client, exchange } = s3Harness(() => ({
      Body: stream,
      ContentLength: 8,
      ContentRange: 'bytes 0-7/100',
      ContentType: 'application/x-thing',
      ETag: '"etag"',
      LastModified: lastModified,
      Metadata: { color: 'blue' },
      AcceptRanges: 'bytes',
      TagCount: 2,
      DeleteMarker: false,
    }));
    const since = new Date('2023-03-04T05:06:07Z');
    const out = await client.send(
      new GetObjectCommand({ Bucket: 'b', Key: 'some/key', Range: 'bytes=0-7', IfNoneMatch: '"x"', IfModifiedSince: since, PartNumber: 1 }),
    );
    assert.equal(exchange.operation, 'GetObject');
    assert.deepEqual(exchange.input!.IfModifiedSince, since);
    assert.equal(exchange.input!.PartNumber, 1);
    assert.equal(exchange.input!.Range, 'bytes=0-7');
    assert.equal(exchange.input!.IfNoneMatch, '"x"');
    assert.equal(exchange.input!.Key, 'some/key');
    assert.equal(exchange.response!.body, stream, 'a Readable body passes through unbuffered');
    assert.equal(exchange.response!.headers['Last-Modified'], lastModified.toUTCString());
    assert.equal(out.ContentLength, 8);
    assert.equal(out.ContentRange, 'bytes 0-7/100');
    assert.equal(out.ContentType, 'application/x-thing');
    assert.equal(out.ETag, '"etag"');
    assert.deepEqual(out.LastModified, lastModified);
    assert.deepEqual(out.Metadata, { color: 'blue' });
    assert.equal(out.TagCount, 2);
    assert.equal(out.DeleteMarker, false);
    assert.equal(await out.Body!.transformToString(), '01234567');
  });

  it('ListObjectsV2: query parameters in; flattened Contents and CommonPrefixes, timestamps out', async () => {
    const when = new Date('2024-01-02T03:04:05.678Z');
    const { client, exchange } = s3Harness(() => ({
      Name: 'b',
      Prefix: 'photos/',
      Delimiter: '/',
      MaxKeys: 2,
      KeyCount: 2,
      IsTruncated: true,
      NextContinuationToken: 'next&<token>',
      Contents: [
        { Key: 'photos/a.jpg', LastModified: when, ETag: '"e1"', Size: 10, StorageClass: 'STANDARD', ChecksumAlgorithm: ['CRC32'] },
        { Key: 'photos/b & c.jpg', LastModified: when, ETag: '"e2"', Size: 0, Owner: { ID: 'owner', DisplayName: 'me' } },
      ],
      CommonPrefixes: [{ Prefix: 'photos/2023/' }, { Prefix: 'photos/2024/' }],
    }));
    const out = await client.send(
      new ListObjectsV2Command({ Bucket: 'b', Prefix: 'photos/', Delimiter: '/', MaxKeys: 2, ContinuationToken: 'tok', FetchOwner: true, StartAfter: 'photos/0' }),
    );
    assert.equal(exchange.operation, 'ListObjectsV2');
    assert.deepEqual(exchange.input, {
      Bucket: 'b',
      Prefix: 'photos/',
      Delimiter: '/',
      MaxKeys: 2,
      ContinuationToken: 'tok',
      FetchOwner: true,
      StartAfter: 'photos/0',
    });
    const xml = String(exchange.response!.body);
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?><ListBucketResult xmlns="http:\/\/s3.amazonaws.com\/doc\/2006-03-01\/">/);
    assert.match(xml, /<Contents><ChecksumAlgorithm>CRC32<\/ChecksumAlgorithm><ETag>&quot;e1&quot;<\/ETag>/);
    assert.match(xml, /<LastModified>2024-01-02T03:04:05.678Z<\/LastModified>/);
    assert.equal(exchange.response!.headers['Content-Type'], 'application/xml');
    assert.equal(out.Name, 'b');
    assert.equal(out.IsTruncated, true);
    assert.equal(out.KeyCount, 2);
    assert.equal(out.MaxKeys, 2);
    assert.equal(out.NextContinuationToken, 'next&<token>');
    assert.equal(out.Contents?.length, 2);
    assert.deepEqual(out.Contents?.[0].LastModified, when);
    assert.equal(out.Contents?.[0].Size, 10);
    assert.deepEqual(out.Contents?.[0].ChecksumAlgorithm, ['CRC32']);
    assert.equal(out.Contents?.[1].Key, 'photos/b & c.jpg');
    assert.equal(out.Contents?.[1].Size, 0);
    assert.deepEqual(out.Contents?.[1].Owner, { ID: 'owner', DisplayName: 'me' });
    assert.deepEqual(out.CommonPrefixes, [{ Prefix: 'photos/2023/' }, { Prefix: 'photos/2024/' }]);
  });

  it('ListObjectsV2 with a single entry still yields lists', async () => {
    const { client } = s3Harness(() => ({ Name: 'b', Contents: [{ Key: 'only' }], CommonPrefixes: [{ Prefix: 'p/' }] }));
    const out = await client.send(new ListObjectsV2Command({ Bucket: 'b' }));
    assert.deepEqual(out.Contents, [{ Key: 'only' }]);
    assert.deepEqual(out.CommonPrefixes, [{ Prefix: 'p/' }]);
  });

  it('ListObjects vs GetBucketLocation; LocationConstraint is the document text', async () => {
    const { client, exchange } = s3Harness((op) => (op === 'GetBucketLocation' ? { LocationConstraint: 'eu-west-1' } : { Name: 'b', Marker: 'm' }));
    const location = await client.send(new GetBucketLocationCommand({ Bucket: 'b' }));
    assert.equal(exchange.operation, 'GetBucketLocation');
    assert.equal(
      exchange.response!.body,
      '<?xml version="1.0" encoding="UTF-8"?><LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>',
    );
    assert.equal(location.LocationConstraint, 'eu-west-1');
    const list = await client.send(new ListObjectsCommand({ Bucket: 'b', Marker: 'm' }));
    assert.equal(exchange.operation, 'ListObjects');
    assert.equal(exchange.input!.Marker, 'm');
    assert.equal(list.Name, 'b');
  });

  it('DeleteObjects: XML body with a flattened list; Deleted and Error lists out', async () => {
    const { client, exchange } = s3Harness(() => ({
      Deleted: [{ Key: 'a' }, { Key: 'b', VersionId: 'v2', DeleteMarker: true }],
      Errors: [{ Key: 'c', Code: 'AccessDenied', Message: 'Access Denied' }],
    }));
    const out = await client.send(
      new DeleteObjectsCommand({
        Bucket: 'b',
        Delete: { Objects: [{ Key: 'a' }, { Key: 'b', VersionId: 'v2' }, { Key: ' c <&>"\r\n\tü ' }], Quiet: false },
      }),
    );
    assert.equal(exchange.operation, 'DeleteObjects');
    assert.deepEqual(exchange.input!.Delete, {
      Objects: [{ Key: 'a' }, { Key: 'b', VersionId: 'v2' }, { Key: ' c <&>"\r\n\tü ' }],
      Quiet: false,
    });
    assert.deepEqual(out.Deleted, [{ Key: 'a' }, { Key: 'b', VersionId: 'v2', DeleteMarker: true }]);
    assert.deepEqual(out.Errors, [{ Key: 'c', Code: 'AccessDenied', Message: 'Access Denied' }]);
    assert.match(String(exchange.response!.body), /<DeleteResult xmlns=/);
  });

  it('CreateBucket: XML payload with LocationConstraint; Location header out', async () => {
    const { client, exchange } = s3Harness(() => ({ Location: '/new-bucket' }));
    const out = await client.send(
      new CreateBucketCommand({ Bucket: 'new-bucket', ACL: 'private', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }),
    );
    assert.equal(exchange.operation, 'CreateBucket');
    assert.deepEqual(exchange.input, { Bucket: 'new-bucket', ACL: 'private', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } });
    assert.equal(out.Location, '/new-bucket');
  });

  it('CreateBucket without a body', async () => {
    const { client, exchange } = s3Harness(() => ({}));
    await client.send(new CreateBucketCommand({ Bucket: 'plain' }));
    assert.deepEqual(exchange.input, { Bucket: 'plain' });
  });

  it('CopyObject is told from PutObject by x-amz-copy-source; payload structure out', async () => {
    const when = new Date('2024-02-03T04:05:06Z');
    const { client, exchange } = s3Harness(() => ({ CopyObjectResult: { ETag: '"copied"', LastModified: when }, VersionId: 'v9' }));
    const out = await client.send(
      new CopyObjectCommand({ Bucket: 'dst', Key: 'to/key', CopySource: 'src/from%20key', MetadataDirective: 'REPLACE', Metadata: { k: 'v' } }),
    );
    assert.equal(exchange.operation, 'CopyObject');
    assert.equal(exchange.input!.CopySource, 'src/from%20key');
    assert.equal(exchange.input!.MetadataDirective, 'REPLACE');
    assert.deepEqual(exchange.input!.Metadata, { k: 'v' });
    assert.match(String(exchange.response!.body), /<CopyObjectResult xmlns="http:\/\/s3.amazonaws.com\/doc\/2006-03-01\/"><ETag>/);
    assert.equal(out.CopyObjectResult?.ETag, '"copied"');
    assert.deepEqual(out.CopyObjectResult?.LastModified, when);
    assert.equal(out.VersionId, 'v9');
  });

  it('PutBucketTagging: non-flattened list with a custom member name', async () => {
    const { client, exchange } = s3Harness(() => undefined);
    const out = await client.send(
      new PutBucketTaggingCommand({ Bucket: 'b', Tagging: { TagSet: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: '' }] } }),
    );
    assert.equal(exchange.operation, 'PutBucketTagging');
    assert.deepEqual(exchange.input!.Tagging, { TagSet: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: '' }] });
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.equal(exchange.response!.body, undefined);
    assert.equal(exchange.response!.headers['Content-Type'], undefined);
  });

  it('xmlAttribute with a namespace prefix (Grantee xsi:type) both ways', async () => {
    const grants = [
      { Grantee: { Type: 'CanonicalUser' as const, ID: 'abc', DisplayName: 'me' }, Permission: 'FULL_CONTROL' as const },
      { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' as const },
    ];
    const { client, exchange } = s3Harness((op) => (op === 'GetBucketAcl' ? { Owner: { ID: 'abc' }, Grants: grants } : {}));
    await client.send(new PutBucketAclCommand({ Bucket: 'b', AccessControlPolicy: { Owner: { ID: 'abc' }, Grants: grants } }));
    assert.equal(exchange.operation, 'PutBucketAcl');
    assert.deepEqual(exchange.input!.AccessControlPolicy, { Owner: { ID: 'abc' }, Grants: grants });
    const out = await client.send(new GetBucketAclCommand({ Bucket: 'b' }));
    assert.match(
      String(exchange.response!.body),
      /<Grantee xmlns:xsi="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xsi:type="CanonicalUser">/,
    );
    assert.deepEqual(out.Grants, grants);
    assert.deepEqual(out.Owner, { ID: 'abc' });
  });

  it('NoSuchKey: S3 error document with extra fields', async () => {
    const { client, exchange } = s3Harness(() => {
      throw new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { fields: { Key: 'missing.txt', BucketName: 'b' } });
    });
    const error: unknown = await expectAwsError(client.send(new GetObjectCommand({ Bucket: 'b', Key: 'missing.txt' })), { name: 'NoSuchKey', message: 'The specified key does not exist.', status: 404 });
    assert.ok(error instanceof S3ServiceException);
    assert.equal(error.$metadata.requestId, REQUEST_ID);
    assert.equal(error.$fault, 'client');
    assert.equal((error as unknown as Record<string, unknown>).Key, 'missing.txt');
    const body = String(exchange.response!.body);
    assert.equal(
      body,
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>' +
        `<Key>missing.txt</Key><BucketName>b</BucketName><RequestId>${REQUEST_ID}</RequestId><HostId>${exchange.response!.headers['x-amz-id-2']}</HostId></Error>`,
    );
    assert.equal(exchange.response!.headers['Content-Type'], 'application/xml');
  });

  it('error headers pass through (x-amz-delete-marker on a 404)', async () => {
    const { client, exchange } = s3Harness(() => {
      throw new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { headers: { 'x-amz-delete-marker': 'true' } });
    });
    await expectAwsError(client.send(new GetObjectCommand({ Bucket: 'b', Key: 'gone' })), { name: 'NoSuchKey' });
    assert.equal(exchange.response!.headers['x-amz-delete-marker'], 'true');
  });

  it('an error the model does not define still parses with its code', async () => {
    const { client } = s3Harness(() => {
      throw new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, { fields: { BucketName: 'b' } });
    });
    const error: unknown = await expectAwsError(client.send(new ListObjectsCommand({ Bucket: 'b' })), { name: 'BucketNotEmpty', message: 'The bucket you tried to delete is not empty', status: 409 });
    assert.ok(error instanceof S3ServiceException);
  });
});

describe('rest-xml: malformed input', () => {
  const deleteObjects = s3Model.operation('DeleteObjects')!;

  it('malformed XML → MalformedXML', () => {
    const request = wireRequest('POST', '/b?delete', {}, '<Delete><Object><Key>a</Key></Delete>');
    assert.throws(
      () => restXmlCodec.parse(s3Model, deleteObjects, request),
      (error: unknown) =>
        error instanceof AwsError &&
        error.code === 'MalformedXML' &&
        error.status === 400 &&
        error.message === 'The XML you provided was not well-formed or did not validate against our published schema',
    );
  });

  it('not XML at all / wrong document element / wrong value type → MalformedXML', () => {
    for (const body of [
      'hello',
      '<NotDelete><Object><Key>a</Key></Object></NotDelete>',
      '<Delete><Object><Key>a</Key></Object><Quiet>maybe</Quiet></Delete>',
    ]) {
      assert.throws(() => restXmlCodec.parse(s3Model, deleteObjects, wireRequest('POST', '/b?delete', {}, body)), { code: 'MalformedXML' });
    }
  });

  it('bad header and query values → InvalidArgument', () => {
    const listV2 = s3Model.operation('ListObjectsV2')!;
    assert.throws(() => restXmlCodec.parse(s3Model, listV2, wireRequest('GET', '/b?list-type=2&max-keys=ten')), {
      code: 'InvalidArgument',
      status: 400,
    });
    const put = s3Model.operation('PutObject')!;
    assert.throws(() => restXmlCodec.parse(s3Model, put, wireRequest('PUT', '/b/k', { 'content-length': 'abc' })), { code: 'InvalidArgument' });
  });

  it('percent-decodes labels, keeping slashes in greedy ones', () => {
    const get = s3Model.operation('GetObject')!;
    const input = restXmlCodec.parse(s3Model, get, wireRequest('GET', '/my%2Dbucket/a%20b/c%2Fd//e+f'));
    assert.deepEqual(input, { Bucket: 'my-bucket', Key: 'a b/c/d//e+f' });
  });
});

describe('rest-xml: the standard error form (CloudFront)', () => {
  const cloudfront = loadModel('cloudfront');

  it('wraps errors in ErrorResponse with Type, Code, Message, RequestId', () => {
    const op = cloudfront.operation('GetDistribution')!;
    const response = restXmlCodec.serializeError(
      cloudfront,
      op,
      new AwsError('NoSuchDistribution', 'The specified distribution does not exist.', 404),
      { requestId: REQUEST_ID },
    );
    assert.equal(response.status, 404);
    assert.equal(response.headers['x-amzn-RequestId'], REQUEST_ID);
    const doc = xmlParser.parse(String(response.body));
    assert.deepEqual(doc.ErrorResponse, {
      '@_xmlns': 'http://cloudfront.amazonaws.com/doc/2020-05-31/',
      Error: { Type: 'Sender', Code: 'NoSuchDistribution', Message: 'The specified distribution does not exist.' },
      RequestId: REQUEST_ID,
    });
  });

  it('server faults are Receiver', () => {
    const response = restXmlCodec.serializeError(cloudfront, undefined, new AwsError('InternalFailure', 'boom', 500), { requestId: 'r' });
    assert.equal(xmlParser.parse(String(response.body)).ErrorResponse.Error.Type, 'Receiver');
  });

  it('routes and parses a body-member input with the document element from the shape', () => {
    const request = wireRequest(
      'POST',
      '/2020-05-31/function',
      {},
      '<CreateFunctionRequest xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Name>fn</Name>' +
        '<FunctionConfig><Comment>c</Comment><Runtime>cloudfront-js-2.0</Runtime></FunctionConfig>' +
        '<FunctionCode>Y29kZQ==</FunctionCode></CreateFunctionRequest>',
    );
    const name = restXmlCodec.operationName(cloudfront, request);
    assert.equal(name, 'CreateFunction');
    const input = restXmlCodec.parse(cloudfront, cloudfront.operation(name!)!, request);
    assert.deepEqual(input, {
      Name: 'fn',
      FunctionConfig: { Comment: 'c', Runtime: 'cloudfront-js-2.0' },
      FunctionCode: Buffer.from('code'),
    });
    const wrongRoot = wireRequest('POST', '/2020-05-31/function', {}, '<Other><Name>fn</Name></Other>');
    assert.throws(() => restXmlCodec.parse(cloudfront, cloudfront.operation('CreateFunction')!, wrongRoot), { code: 'MalformedXML' });
  });

  it('writes outputs under the shape name with the service namespace and x-amzn-RequestId', () => {
    const op = cloudfront.operation('GetRealtimeLogConfig')!;
    const response = restXmlCodec.serialize(
      cloudfront,
      op,
      { RealtimeLogConfig: { Name: 'n', ARN: 'arn', SamplingRate: 5, Fields: ['timestamp', 'c-ip'], EndPoints: [] } },
      { requestId: REQUEST_ID },
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers['x-amzn-RequestId'], REQUEST_ID);
    const doc = xmlParser.parse(String(response.body));
    assert.equal(doc.GetRealtimeLogConfigResult['@_xmlns'], 'http://cloudfront.amazonaws.com/doc/2020-05-31/');
    assert.deepEqual(doc.GetRealtimeLogConfigResult.RealtimeLogConfig.Fields, { Field: ['timestamp', 'c-ip'] });
    assert.equal(doc.GetRealtimeLogConfigResult.RealtimeLogConfig.SamplingRate, '5');
  });
});
