import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, HttpRequest, SourceData } from '@smithy/types';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  parseSigV4,
  SigV4Error,
  type SigV4Request,
  type VerifiableRequest,
} from '../../src/gateway/sigv4.js';
import { checkPresignedExpiry, verifySignature } from '../../src/gateway/signature-check.js';
import { accountForAccessKey } from '../../src/core/settings.js';

const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SIGNING_DATE = new Date('2024-05-01T12:00:00Z');
const MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

type Headers = Record<string, string | string[] | undefined>;

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/** The sha256 constructor @smithy/signature-v4 wants, on node:crypto (no extra packages needed). */
class Sha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(this.secret));
  }
  update(data: SourceData): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

function signer(service: string, options: { uriEscapePath?: boolean; accessKeyId?: string } = {}): SignatureV4 {
  return new SignatureV4({
    service,
    region: 'us-east-1',
    credentials: { accessKeyId: options.accessKeyId ?? ACCESS_KEY, secretAccessKey: SECRET },
    sha256: Sha256,
    uriEscapePath: options.uriEscapePath ?? service !== 's3',
  });
}

/** The SDK's URI encoding (encodeURIComponent plus !'()*), used to build raw paths and query strings as clients send them. */
function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function rawQueryOf(query: HttpRequest['query']): string {
  return Object.entries(query ?? {})
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => (v === null ? escapeUri(key) : `${escapeUri(key)}=${escapeUri(v)}`)))
    .join('&');
}

function lowercaseHeaders(headers: Record<string, string>): Headers {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** What the gateway would see for a request the smithy signer produced. */
function asReceived(signed: HttpRequest, body = ''): VerifiableRequest {
  return {
    method: signed.method,
    path: signed.path,
    query: new URLSearchParams(rawQueryOf(signed.query)),
    headers: lowercaseHeaders(signed.headers),
    // As the gateway does for S3; the smithy signer also sends it for other services, equal to the body's hash.
    payloadHash: lowercaseHeaders(signed.headers)['x-amz-content-sha256']?.toString() ?? createHash('sha256').update(body).digest('hex'),
  };
}

function parsed(req: VerifiableRequest): SigV4Request {
  const result = parseSigV4(req.headers, req.query);
  assert.ok(result, 'expected a signed request');
  return result;
}

function assertSigV4Error(fn: () => unknown, code: string, status: number, message?: string | RegExp): SigV4Error {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof SigV4Error, `expected SigV4Error ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  assert.equal(caught.status, status);
  if (typeof message === 'string') assert.equal(caught.message, message);
  else if (message) assert.match(caught.message, message);
  return caught;
}

/** S3 (and SigV2, S3's too) says only the sentence; the other services add the canonical request and string to sign they expected. */
function assertMismatch(req: VerifiableRequest, request: SigV4Request, secret: string): SigV4Error {
  if (request.credential.service === 's3' || request.signatureVersion === 2) {
    return assertSigV4Error(() => verifySignature(req, request, secret), 'SignatureDoesNotMatch', 403, MISMATCH_MESSAGE);
  }
  const escaped = MISMATCH_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const scope = `\\d{8}/${request.credential.region}/${request.credential.service}/aws4_request`;
  const expected = new RegExp(
    `^${escaped}\\n\\nThe Canonical String for this request should have been\\n'${req.method}\\n[\\s\\S]*\\n[0-9a-f]{64}'\\n\\n` +
      `The String-to-Sign should have been\\n'AWS4-HMAC-SHA256\\n\\d{8}T\\d{6}Z\\n${scope}\\n[0-9a-f]{64}'\\n$`,
  );
  return assertSigV4Error(() => verifySignature(req, request, secret), 'SignatureDoesNotMatch', 403, expected);
}

async function signSqsPost(): Promise<{ req: VerifiableRequest; body: string }> {
  const body = 'Action=SendMessage&QueueUrl=http%3A%2F%2F127.0.0.1%3A4566%2F000000000000%2Fq&MessageBody=hello%20world';
  const signed = await signer('sqs').sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4566,
      path: '/',
      query: {},
      headers: { host: '127.0.0.1:4566', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'content-length': String(body.length) },
      body,
    },
    { signingDate: SIGNING_DATE },
  );
  return { req: asReceived(signed, body), body };
}

const ODD_KEY = "photos/a b+c/Grüße €(1)!*'~.txt";

async function signS3Get(): Promise<VerifiableRequest> {
  const path = `/my-bucket/${ODD_KEY.split('/').map(escapeUri).join('/')}`;
  const signed = await signer('s3').sign(
    {
      method: 'GET',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4566,
      path,
      query: { 'response-content-disposition': 'attachment; filename="a b.txt"', versionId: 'v+1/2=', 'x-id': 'GetObject' },
      headers: { host: '127.0.0.1:4566', range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256 },
    },
    { signingDate: SIGNING_DATE },
  );
  return asReceived(signed);
}

describe('parseSigV4', () => {
  it('returns undefined for an unsigned request', () => {
    assert.equal(parseSigV4({ host: 'localhost' }, new URLSearchParams('a=b')), undefined);
    assert.equal(parseSigV4({ host: 'localhost', authorization: '' }, new URLSearchParams()), undefined);
  });

  it('extracts the fields of a header-signed SQS POST', async () => {
    const { req } = await signSqsPost();
    const result = parsed(req);
    assert.equal(result.kind, 'header');
    assert.deepEqual(result.credential, { accessKeyId: ACCESS_KEY, date: '20240501', region: 'us-east-1', service: 'sqs' });
    assert.equal(result.amzDate, '20240501T120000Z');
    assert.ok(result.signedHeaders.includes('host'));
    assert.ok(result.signedHeaders.includes('x-amz-date'));
    assert.ok(result.signedHeaders.includes('content-type'));
    assert.match(result.signature, /^[0-9a-f]{64}$/);
    assert.equal(result.expiresSeconds, undefined);
  });

  it('extracts the fields of a header-signed S3 GET, with x-amz-content-sha256', async () => {
    const result = parsed(await signS3Get());
    assert.equal(result.credential.service, 's3');
    assert.deepEqual(result.signedHeaders, ['host', 'range', 'x-amz-content-sha256', 'x-amz-date']);
    assert.equal(result.contentSha256, EMPTY_SHA256);
  });

  it('accepts the Date header when there is no X-Amz-Date', () => {
    const result = parseSigV4(
      {
        host: 'h',
        date: 'Wed, 01 May 2024 12:00:00 GMT',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request, SignedHeaders=date;host, Signature=abcd',
      },
      new URLSearchParams(),
    );
    assert.equal(result?.amzDate, '20240501T120000Z');
  });

  it('gives each request its own signature, body hash and date checks when the rest of the header repeats', () => {
    const scope = 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date';
    const first = parseSigV4({ host: 'h', 'x-amz-date': '20240501T120000Z', authorization: `${scope}, Signature=${'a'.repeat(64)}`, 'x-amz-content-sha256': 'one' }, new URLSearchParams());
    const second = parseSigV4({ host: 'h', 'x-amz-date': '20240501T120000Z', authorization: `${scope}, Signature=${'b'.repeat(64)}` }, new URLSearchParams());
    assert.equal(first?.signature, 'a'.repeat(64));
    assert.equal(first?.contentSha256, 'one');
    assert.equal(second?.signature, 'b'.repeat(64));
    assert.equal(second?.contentSha256, undefined);
    assert.deepEqual(second?.signedHeaders, ['host', 'x-amz-date']);
    // The same header with a date outside its credential scope, then a date that is not one, fail every time.
    for (let attempt = 0; attempt < 2; attempt++) {
      assert.throws(
        () => parseSigV4({ host: 'h', 'x-amz-date': '20240502T120000Z', authorization: `${scope}, Signature=${'c'.repeat(64)}` }, new URLSearchParams()),
        (error: SigV4Error) => error.code === 'SignatureDoesNotMatch' && error.message.includes("'20240501' != '20240502'"),
      );
      assert.throws(
        () => parseSigV4({ host: 'h', 'x-amz-date': 'yesterday', authorization: `${scope}, Signature=${'c'.repeat(64)}` }, new URLSearchParams()),
        (error: SigV4Error) => error.code === 'IncompleteSignature' && error.message.includes("Got 'yesterday'"),
      );
    }
  });

  it('parses SigV2 (`AWS key:signature`) with empty region and service', () => {
    const result = parseSigV4({ authorization: 'AWS AKIAIOSFODNN7EXAMPLE:qgk2+6Sv9/oM7G3qLEjTH1a1l1g=', date: 'Tue, 27 Mar 2007 19:36:42 +0000' }, new URLSearchParams());
    assert.equal(result?.kind, 'header');
    assert.equal(result?.signatureVersion, 2);
    assert.deepEqual(result?.credential, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', date: '20070327', region: '', service: '' });
    assert.equal(result?.signature, 'qgk2+6Sv9/oM7G3qLEjTH1a1l1g=');
  });

  describe('malformed Authorization headers, other services (IncompleteSignature family)', () => {
    const date = { 'x-amz-date': '20240501T120000Z', host: 'h' };
    const cases: Array<[string, Headers, string, number, string | RegExp]> = [
      [
        'missing Signature and SignedHeaders',
        { ...date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request' },
        'IncompleteSignature',
        400,
        "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request",
      ],
      [
        'a bare token',
        { host: 'h', authorization: 'abc.def' },
        'IncompleteSignature',
        400,
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=abc.def",
      ],
      [
        'a bearer token',
        { host: 'h', authorization: 'Bearer abc.def' },
        'IncompleteSignature',
        400,
        "'abc.def' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer abc.def'.",
      ],
      [
        'a component without =',
        { ...date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request, SignedHeaders, Signature=ab' },
        'IncompleteSignature',
        400,
        "'SignedHeaders' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request, SignedHeaders, Signature=ab'.",
      ],
      [
        'a credential with 4 elements',
        { ...date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs, SignedHeaders=host, Signature=ab' },
        'IncompleteSignature',
        400,
        "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKID/20240501/us-east-1/sqs'",
      ],
      [
        'an unknown algorithm',
        { ...date, authorization: 'AWS4-HMAC-SHA512 Credential=AKID/20240501/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=ab' },
        'IncompleteSignature',
        400,
        "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ",
      ],
      [
        'a date that is not ISO-8601 basic',
        { host: 'h', 'x-amz-date': '2024-05-01', authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=ab' },
        'IncompleteSignature',
        400,
        /^Date must be in ISO-8601 'basic format'\. Got '2024-05-01'\./,
      ],
      [
        'a wrong terminator',
        { ...date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws5_request, SignedHeaders=host, Signature=ab' },
        'SignatureDoesNotMatch',
        403,
        "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'.",
      ],
      [
        'a scope date that is not the request date',
        { ...date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240430/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=ab' },
        'SignatureDoesNotMatch',
        403,
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20240430' != '20240501', from '20240501T120000Z'.",
      ],
      [
        'host not signed',
        { ...date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/sqs/aws4_request, SignedHeaders=x-amz-date, Signature=ab' },
        'SignatureDoesNotMatch',
        403,
        "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
      ],
    ];
    for (const [name, headers, code, status, message] of cases) {
      it(name, () => void assertSigV4Error(() => parseSigV4(headers, new URLSearchParams()), code, status, message));
    }
  });

  describe('malformed Authorization headers, S3 (AuthorizationHeaderMalformed family)', () => {
    const s3Date = { 'x-amz-date': '20240501T120000Z', host: 'h', 'x-amz-content-sha256': EMPTY_SHA256 };
    const cases: Array<[string, Headers, string, number, string]> = [
      [
        'missing SignedHeaders',
        { ...s3Date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/s3/aws4_request, Signature=ab' },
        'AuthorizationHeaderMalformed',
        400,
        'The authorization header is malformed; the authorization header requires three components: Credential, SignedHeaders, and Signature.',
      ],
      [
        'a malformed credential',
        { ...s3Date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/s3/aws5_request, SignedHeaders=host, Signature=ab' },
        'AuthorizationHeaderMalformed',
        400,
        'The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".',
      ],
      [
        'an empty access key',
        { ...s3Date, authorization: 'AWS4-HMAC-SHA256 Credential=/20240501/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab' },
        'AuthorizationHeaderMalformed',
        400,
        'The authorization header is malformed; a non-empty Access Key (AKID) must be provided in the credential.',
      ],
      [
        'a scope date that is not the request date',
        { ...s3Date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240502/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab' },
        'AuthorizationHeaderMalformed',
        400,
        'The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.',
      ],
      [
        'no date at all',
        { host: 'h', authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab' },
        'AccessDenied',
        403,
        'AWS authentication requires a valid Date or x-amz-date header',
      ],
      ['an unsupported scheme (with an S3 hint)', { ...s3Date, authorization: 'Bearer abc' }, 'InvalidArgument', 400, 'Unsupported Authorization Type'],
      [
        'SigV2 without the colon',
        { ...s3Date, authorization: 'AWS AKIAIOSFODNN7EXAMPLE' },
        'InvalidArgument',
        400,
        'AWS authorization header is invalid.  Expected AwsAccessKeyId:signature',
      ],
      ['SigV2 without a date', { host: 'h', authorization: 'AWS AKID:sig' }, 'AccessDenied', 403, 'AWS authentication requires a valid Date or x-amz-date header'],
      [
        'SigV2 with two spaces',
        { ...s3Date, authorization: 'AWS  AKID:sig' },
        'InvalidArgument',
        400,
        "Authorization header is invalid -- one and only one ' ' (space) required",
      ],
    ];
    for (const [name, headers, code, status, message] of cases) {
      it(name, () => void assertSigV4Error(() => parseSigV4(headers, new URLSearchParams(), { service: 's3' }), code, status, message));
    }

    it('refuses both an Authorization header and presigned parameters', () => {
      const error = assertSigV4Error(
        () =>
          parseSigV4(
            { ...s3Date, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab' },
            new URLSearchParams('X-Amz-Algorithm=AWS4-HMAC-SHA256'),
          ),
        'InvalidArgument',
        400,
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      );
      assert.equal(error.fields['ArgumentName'], 'Authorization');
    });
  });

  describe('malformed presigned parameters', () => {
    const complete = {
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'AKID/20240501/us-east-1/s3/aws4_request',
      'X-Amz-Date': '20240501T120000Z',
      'X-Amz-Expires': '900',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': 'ab',
    };
    const presigned = (overrides: Record<string, string | undefined>) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...complete, ...overrides })) if (value !== undefined) params.set(key, value);
      return () => parseSigV4({ host: 'h' }, params);
    };

    it('S3: a missing parameter', () => {
      assertSigV4Error(
        presigned({ 'X-Amz-Expires': undefined }),
        'AuthorizationQueryParametersError',
        400,
        'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
      );
    });
    it('S3: another algorithm', () => {
      assertSigV4Error(presigned({ 'X-Amz-Algorithm': 'AWS4-HMAC-SHA1' }), 'AuthorizationQueryParametersError', 400, 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    });
    it('S3: a malformed credential', () => {
      assertSigV4Error(
        presigned({ 'X-Amz-Credential': 'AKID/20240501/us-east-1/s3' }),
        'AuthorizationQueryParametersError',
        400,
        'Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".',
      );
    });
    it('S3: a non-numeric X-Amz-Expires', () => {
      assertSigV4Error(presigned({ 'X-Amz-Expires': 'soon' }), 'AuthorizationQueryParametersError', 400, 'X-Amz-Expires should be a number');
    });
    it('other services: the missing parameters are listed', () => {
      assertSigV4Error(
        presigned({ 'X-Amz-Credential': 'AKID/20240501/us-east-1/sqs/aws4_request', 'X-Amz-Signature': undefined, 'X-Amz-SignedHeaders': undefined }),
        'IncompleteSignature',
        400,
        "AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.",
      );
    });
    it('extracts the fields', () => {
      const result = presigned({})();
      assert.equal(result?.kind, 'presigned');
      assert.equal(result?.expiresSeconds, 900);
      assert.deepEqual(result?.signedHeaders, ['host']);
      assert.equal(result?.amzDate, '20240501T120000Z');
    });
  });
});

describe('verifySignature', () => {
  it('matches the AWS SigV4 test suite (get-vanilla-query-order-key-case, get-slashes, get-utf8, get-space)', () => {
    // The suite's secret differs from the S3 docs' one by a single character.
    const suiteSecret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    // Its request files carry raw, unencoded paths, which this encodes once, like any path segment.
    const vectors: Array<[string, string, string]> = [
      ['/', 'Param2=value2&Param1=value1', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'],
      ['//example//', '', '9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84'],
      ['/ሴ', '', '8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85'],
      ['/example space/', '', '652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741'],
    ];
    for (const [path, query, signature] of vectors) {
      const headers = {
        host: 'example.amazonaws.com',
        'x-amz-date': '20150830T123600Z',
        authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
      };
      const req = { method: 'GET', path, query: new URLSearchParams(query), headers, payloadHash: EMPTY_SHA256 };
      verifySignature(req, parsed(req), suiteSecret);
      assertMismatch(req, parsed(req), SECRET);
    }
  });

  it("matches the S3 documentation's header-signed GET and presigned URL examples", () => {
    const get = {
      method: 'GET',
      path: '/test.txt',
      query: new URLSearchParams(),
      headers: {
        host: 'examplebucket.s3.amazonaws.com',
        range: 'bytes=0-9',
        'x-amz-content-sha256': EMPTY_SHA256,
        'x-amz-date': '20130524T000000Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
      },
      payloadHash: EMPTY_SHA256,
    };
    verifySignature(get, parsed(get), SECRET);

    const presigned = {
      method: 'GET',
      path: '/test.txt',
      query: new URLSearchParams(
        'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
      ),
      headers: { host: 'examplebucket.s3.amazonaws.com' },
      // Presigned S3 requests sign UNSIGNED-PAYLOAD whatever the caller passes.
      payloadHash: EMPTY_SHA256,
    };
    verifySignature(presigned, parsed(presigned), SECRET);
  });

  it('accepts an SQS-style POST and refuses a wrong secret, a tampered header or a tampered body', async () => {
    const { req } = await signSqsPost();
    const request = parsed(req);
    verifySignature(req, request, SECRET);
    assertMismatch(req, request, 'not-the-secret');
    assertMismatch({ ...req, headers: { ...req.headers, 'content-type': 'application/json' } }, request, SECRET);
    assertMismatch({ ...req, payloadHash: createHash('sha256').update('Action=DeleteQueue').digest('hex') }, request, SECRET);
    assertMismatch({ ...req, method: 'PUT' }, request, SECRET);
  });

  it('double-encodes the path for services other than S3', async () => {
    const signed = await signer('sqs').sign(
      { method: 'GET', protocol: 'http:', hostname: 'localhost', path: '/000000000000/my%20queue', query: { Action: 'GetQueueAttributes' }, headers: { host: 'localhost' } },
      { signingDate: SIGNING_DATE },
    );
    const req = asReceived(signed);
    verifySignature(req, parsed(req), SECRET);
    // Single-encoded, the same path would not match.
    assertMismatch({ ...req, path: '/000000000000/my queue' }, parsed(req), SECRET);
  });

  it('verifies an S3 GET with an odd key (spaces, +, UTF-8, sub-delims) and query values', async () => {
    const req = await signS3Get();
    assert.match(req.path, /a%20b%2Bc\/Gr%C3%BC%C3%9Fe%20%E2%82%AC%281%29%21%2A%27~\.txt$/);
    const request = parsed(req);
    verifySignature(req, request, SECRET);
    assertMismatch(req, request, 'wrong');
    assertMismatch({ ...req, headers: { ...req.headers, range: 'bytes=0-10' } }, request, SECRET);
    assertMismatch({ ...req, query: new URLSearchParams([...req.query, ['extra', '1']]) }, request, SECRET);
    // A client that sends unencoded sub-delims but signs them encoded is still understood.
    verifySignature({ ...req, path: req.path.replace(/%28/g, '(').replace(/%29/g, ')').replace(/%21/g, '!') }, request, SECRET);
  });

  it('includes what it signed in S3 mismatch errors', async () => {
    const req = await signS3Get();
    const error = assertMismatch(req, parsed(req), 'wrong');
    assert.equal(error.fields['AWSAccessKeyId'], ACCESS_KEY);
    assert.match(String(error.fields['StringToSign']), /^AWS4-HMAC-SHA256\n20240501T120000Z\n20240501\/us-east-1\/s3\/aws4_request\n[0-9a-f]{64}$/);
    assert.match(String(error.fields['CanonicalRequest']), /^GET\n\/my-bucket\//);
  });

  it('verifies a presigned S3 URL (as @aws-sdk/s3-request-presigner builds it) and a presigned SQS one', async () => {
    const s3 = await signer('s3').presign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: 4566,
        path: `/my-bucket/${ODD_KEY.split('/').map(escapeUri).join('/')}`,
        query: { 'x-id': 'GetObject' },
        headers: { host: '127.0.0.1:4566', 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
      },
      { signingDate: SIGNING_DATE, expiresIn: 900 },
    );
    const s3Req = asReceived(s3);
    const s3Parsed = parsed(s3Req);
    assert.equal(s3Parsed.kind, 'presigned');
    assert.equal(s3Parsed.expiresSeconds, 900);
    assert.equal(s3Parsed.contentSha256, 'UNSIGNED-PAYLOAD');
    assert.deepEqual(s3Parsed.signedHeaders, ['host']);
    verifySignature(s3Req, s3Parsed, SECRET);
    assertMismatch(s3Req, s3Parsed, 'wrong');
    const tampered = new URLSearchParams(s3Req.query);
    tampered.set('X-Amz-Expires', '604800');
    assertMismatch({ ...s3Req, query: tampered }, { ...s3Parsed, expiresSeconds: 604800 }, SECRET);

    const sqs = await signer('sqs').presign(
      { method: 'GET', protocol: 'http:', hostname: 'localhost', path: '/000000000000/q', query: { Action: 'ReceiveMessage' }, headers: { host: 'localhost' } },
      { signingDate: SIGNING_DATE, expiresIn: 60 },
    );
    const sqsReq = asReceived(sqs);
    verifySignature(sqsReq, parsed(sqsReq), SECRET);
    assertMismatch(sqsReq, parsed(sqsReq), 'wrong');
  });

  it("verifies SigV2 against the S3 documentation's example", () => {
    const req = {
      method: 'GET',
      path: '/photos/puppy.jpg',
      query: new URLSearchParams(),
      headers: {
        host: 'awsexamplebucket1.us-west-1.s3.amazonaws.com',
        date: 'Tue, 27 Mar 2007 19:36:42 +0000',
        authorization: 'AWS AKIAIOSFODNN7EXAMPLE:qgk2+6Sv9/oM7G3qLEjTH1a1l1g=',
      },
      payloadHash: EMPTY_SHA256,
      virtualHostBucket: 'awsexamplebucket1',
    };
    verifySignature(req, parsed(req), SECRET);
    assertMismatch(req, parsed(req), 'wrong');
    assertMismatch({ ...req, virtualHostBucket: 'otherbucket' }, parsed(req), SECRET);
  });

  it('verifies SigV2 sub-resources and x-amz-* headers (path style)', () => {
    const stringToSign = 'PUT\n\ntext/plain\n\nx-amz-date:Tue, 27 Mar 2007 21:15:45 +0000\nx-amz-meta-a:1,2\n/bucket/key?acl&versionId=v 1';
    const signature = createHmac('sha1', SECRET).update(stringToSign).digest('base64');
    const req = {
      method: 'PUT',
      path: '/bucket/key',
      query: new URLSearchParams('versionId=v%201&acl&ignored=1'),
      headers: {
        'content-type': 'text/plain',
        date: 'ignored when x-amz-date is present',
        'x-amz-date': 'Tue, 27 Mar 2007 21:15:45 +0000',
        'x-amz-meta-a': ['1', '2'],
        authorization: `AWS ${ACCESS_KEY}:${signature}`,
      },
      payloadHash: EMPTY_SHA256,
    };
    const request = parsed(req);
    assert.equal(request.amzDate, '20070327T211545Z');
    verifySignature(req, request, SECRET);
  });
});

describe('real SDK requests', () => {
  interface Captured {
    method: string;
    url: string;
    headers: Headers;
    body: Buffer;
  }
  const captured: Captured[] = [];
  let server: http.Server;
  let endpoint: string;

  before(async () => {
    server = http.createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (chunk: Buffer) => parts.push(chunk));
      req.on('end', () => {
        captured.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(parts) });
        if (req.headers['x-amz-target']) {
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
          res.end('{"QueueUrls":[]}');
        } else if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1' });
          res.end('x');
        } else {
          res.writeHead(200, { ETag: '"d41d8cd98f00b204e9800998ecf8427e"' });
          res.end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function received(capture: Captured): VerifiableRequest {
    const q = capture.url.indexOf('?');
    return {
      method: capture.method,
      path: q < 0 ? capture.url : capture.url.slice(0, q),
      query: new URLSearchParams(q < 0 ? '' : capture.url.slice(q + 1)),
      headers: capture.headers,
      // S3 signs the x-amz-content-sha256 value (here STREAMING-... for the upload); SQS the body's hash.
      payloadHash: capture.headers['x-amz-content-sha256']?.toString() ?? createHash('sha256').update(capture.body).digest('hex'),
    };
  }

  const credentials = { accessKeyId: '123456789012', secretAccessKey: SECRET };

  it('S3 GetObject with an odd key and a PutObject stream verify; a wrong secret does not', async () => {
    const client = new S3Client({ endpoint, forcePathStyle: true, region: 'eu-west-1', credentials });
    try {
      captured.length = 0;
      const got = await client.send(new GetObjectCommand({ Bucket: 'bucket', Key: ODD_KEY, Range: 'bytes=0-0', VersionId: 'v+1' }));
      await got.Body?.transformToString();
      const body = Buffer.from('streamed body');
      await client.send(new PutObjectCommand({ Bucket: 'bucket', Key: ODD_KEY, Body: Readable.from([body]), ContentLength: body.length }));
    } finally {
      client.destroy();
    }
    assert.equal(captured.length, 2);
    for (const capture of captured) {
      const req = received(capture);
      const request = parsed(req);
      assert.equal(request.credential.service, 's3');
      assert.equal(request.credential.region, 'eu-west-1');
      assert.equal(accountForAccessKey(request.credential.accessKeyId, '000000000000'), '123456789012');
      verifySignature(req, request, SECRET);
      assertMismatch(req, request, 'wrong');
    }
    assert.equal(parsed(received(captured[1]!)).contentSha256, 'STREAMING-UNSIGNED-PAYLOAD-TRAILER');
  });

  it('SQS ListQueues verifies', async () => {
    const client = new SQSClient({ endpoint, region: 'us-east-1', credentials });
    try {
      captured.length = 0;
      await client.send(new ListQueuesCommand({ QueueNamePrefix: 'a b+c' }));
    } finally {
      client.destroy();
    }
    const req = received(captured[0]!);
    const request = parsed(req);
    assert.equal(request.credential.service, 'sqs');
    verifySignature(req, request, SECRET);
    assertMismatch({ ...req, payloadHash: EMPTY_SHA256 }, request, SECRET);
  });
});

describe('checkPresignedExpiry', () => {
  const base: SigV4Request = {
    kind: 'presigned',
    credential: { accessKeyId: 'AKID', date: '20240501', region: 'us-east-1', service: 's3' },
    signedHeaders: ['host'],
    signature: 'ab',
    amzDate: '20240501T120000Z',
    expiresSeconds: 900,
  };
  const signedAt = Date.UTC(2024, 4, 1, 12, 0, 0);

  it('accepts a request up to X-Amz-Date + X-Amz-Expires', () => {
    checkPresignedExpiry(base, signedAt);
    checkPresignedExpiry(base, signedAt + 900_000);
  });

  it('refuses one past it with AccessDenied, Request has expired', () => {
    const error = assertSigV4Error(() => checkPresignedExpiry(base, signedAt + 900_001), 'AccessDenied', 403, 'Request has expired');
    assert.deepEqual(error.fields, { 'X-Amz-Expires': '900', Expires: '2024-05-01T12:15:00Z', ServerTime: '2024-05-01T12:15:00Z' });
  });

  it('treats X-Amz-Expires=0 as expired at once', () => {
    assertSigV4Error(() => checkPresignedExpiry({ ...base, expiresSeconds: 0 }, signedAt), 'AccessDenied', 403, 'Request has expired');
  });

  it('refuses X-Amz-Expires outside 0..604800 with AuthorizationQueryParametersError', () => {
    checkPresignedExpiry({ ...base, expiresSeconds: 604800 }, signedAt);
    assertSigV4Error(
      () => checkPresignedExpiry({ ...base, expiresSeconds: 604801 }, signedAt),
      'AuthorizationQueryParametersError',
      400,
      'X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds',
    );
    assertSigV4Error(() => checkPresignedExpiry({ ...base, expiresSeconds: -1 }, signedAt), 'AuthorizationQueryParametersError', 400, 'X-Amz-Expires must be non-negative');
  });

  it('ignores header-signed requests', () => {
    checkPresignedExpiry({ ...base, kind: 'header', expiresSeconds: undefined }, signedAt + 10 ** 9);
  });
});

describe('accountForAccessKey', () => {
  it('uses a 12-digit access key as the account id', () => {
    assert.equal(accountForAccessKey('123456789012', '000000000000'), '123456789012');
  });
  it('maps anything else to the default account', () => {
    assert.equal(accountForAccessKey('AKIAIOSFODNN7EXAMPLE', '000000000000'), '000000000000');
    assert.equal(accountForAccessKey('1234567890123', '000000000000'), '000000000000');
    assert.equal(accountForAccessKey('test', '000000000000'), '000000000000');
    assert.equal(accountForAccessKey(undefined, '000000000000'), '000000000000');
  });
});
