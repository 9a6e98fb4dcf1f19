/**
 * Checking a parsed signature (sigv4.ts parses it): presigned expiry, the request's time, the
 * payload hash to verify against, and the signature itself (SigV4, and S3's legacy SigV2).
 */
import { createHash, createHmac } from 'node:crypto';
import { sameSecret } from '../core/secrets.js';
import { ALGORITHM, EMPTY_SHA256, MAX_EXPIRES_SECONDS, SIGNATURE_MISMATCH_MESSAGE, SigV4Error, TERMINATOR, amzDateToMs, header, isoSeconds, msToAmzDate, queryParamsError, type SigV4Credential, type SigV4Request, type VerifiableRequest } from './sigv4.js';

/**
 * Presigned expiry. X-Amz-Expires must be 0..604800 (S3's AuthorizationQueryParametersError otherwise);
 * a request is expired once nowMs is past X-Amz-Date + X-Amz-Expires (X-Amz-Expires=0 is expired at once).
 * Header-signed requests and presigned ones without X-Amz-Expires are left alone.
 */
export function checkPresignedExpiry(parsed: SigV4Request, nowMs: number): void {
  if (parsed.kind !== 'presigned' || parsed.expiresSeconds === undefined) return;
  const expires = parsed.expiresSeconds;
  if (!Number.isFinite(expires)) throw queryParamsError('X-Amz-Expires should be a number');
  if (expires < 0) throw queryParamsError('X-Amz-Expires must be non-negative');
  if (expires > MAX_EXPIRES_SECONDS) {
    throw queryParamsError(
      'X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds',
    );
  }
  const signedAt = amzDateToMs(parsed.amzDate);
  const expiresAt = signedAt + expires * 1000;
  if (Number.isNaN(signedAt) || expires === 0 || nowMs > expiresAt) {
    throw new SigV4Error('AccessDenied', 'Request has expired', 403, {
      'X-Amz-Expires': String(expires),
      Expires: Number.isNaN(expiresAt) ? '' : isoSeconds(expiresAt),
      ServerTime: isoSeconds(nowMs),
    });
  }
}

/** How far a header-signed request's time may be from the server's, as AWS allows. */
const MAX_SKEW_MS = 15 * 60 * 1000;

/**
 * A header-signed request must be signed within 15 minutes of now, or a captured request could be
 * replayed forever. Now is the real time or the virtual clock's (tests move the clock days ahead
 * while their SDKs sign with the real time); a request near either is current. S3 answers
 * RequestTimeTooSkewed; the other services SignatureDoesNotMatch ("Signature expired" /
 * "Signature not yet current"), which JSON services call InvalidSignatureException.
 */
export function checkRequestTime(parsed: SigV4Request, clockNowMs: number, realNowMs = Date.now()): void {
  if (parsed.kind !== 'header') return;
  const signedAt = amzDateToMs(parsed.amzDate);
  if (Number.isNaN(signedAt)) return;
  const near = (now: number) => Math.abs(signedAt - now) <= MAX_SKEW_MS;
  if (near(realNowMs) || near(clockNowMs)) return;
  const now = Math.abs(signedAt - clockNowMs) < Math.abs(signedAt - realNowMs) ? clockNowMs : realNowMs;
  if (parsed.credential.service === 's3' || parsed.signatureVersion === 2) {
    throw new SigV4Error('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403, {
      RequestTime: parsed.amzDate,
      ServerTime: isoSeconds(now),
      MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
    });
  }
  const message =
    signedAt < now
      ? `Signature expired: ${parsed.amzDate} is now earlier than ${msToAmzDate(now - MAX_SKEW_MS)} (${msToAmzDate(now)} - 15 min.)`
      : `Signature not yet current: ${parsed.amzDate} is still later than ${msToAmzDate(now + MAX_SKEW_MS)} (${msToAmzDate(now)} + 15 min.)`;
  throw new SigV4Error('SignatureDoesNotMatch', message, 403);
}


// ---------------------------------------------------------------------------
// Signature computation

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ is percent-encoded (UTF-8, uppercase hex). */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sha256Hex(data: string): string {
  return createHash('sha256').update(data, 'utf8').digest('hex');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** Derived signing keys change once a day per scope; caching them saves four HMACs per request. */
const signingKeyCache = new Map<string, Buffer>();
const SIGNING_KEY_CACHE_LIMIT = 64;

function signingKey(secretAccessKey: string, credential: SigV4Credential): Buffer {
  const cacheKey = `${secretAccessKey}\u0000${credential.date}\u0000${credential.region}\u0000${credential.service}`;
  let key = signingKeyCache.get(cacheKey);
  if (!key) {
    const dateKey = hmac(`AWS4${secretAccessKey}`, credential.date);
    key = hmac(hmac(hmac(dateKey, credential.region), credential.service), TERMINATOR);
    if (signingKeyCache.size >= SIGNING_KEY_CACHE_LIMIT) signingKeyCache.clear();
    signingKeyCache.set(cacheKey, key);
  }
  return key;
}

function rawPathOnly(path: string): string {
  const q = path.indexOf('?');
  const bare = q < 0 ? path : path.slice(0, q);
  return bare === '' ? '/' : bare;
}

/**
 * Canonical URI candidates. S3 signs the path exactly as sent (no normalisation, no second
 * encoding). Clients that encode the path differently from how they sign it are rare but exist,
 * so S3 also accepts the strictly re-encoded form. Every other service removes "." / ".." / empty
 * segments and URI-encodes each (already encoded) segment once more.
 */
function canonicalUris(rawPath: string, s3: boolean): string[] {
  if (s3) {
    const strict = rawPath
      .split('/')
      .map((segment) => {
        try {
          return uriEncode(decodeURIComponent(segment));
        } catch {
          return segment;
        }
      })
      .join('/');
    return strict === rawPath ? [rawPath] : [rawPath, strict];
  }
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailingSlash = segments.length > 0 && rawPath.endsWith('/') ? '/' : '';
  return [`/${segments.map(uriEncode).join('/')}${trailingSlash}`];
}

function canonicalQuery(query: URLSearchParams, skipSignature: boolean): string {
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of query) {
    if (skipSignature && key.toLowerCase() === 'x-amz-signature') continue;
    pairs.push([uriEncode(key), uriEncode(value)]);
  }
  // Sorted by encoded name, then by encoded value (the encoded forms are ASCII, so code-unit order is byte order).
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

function canonicalHeaderValue(value: string | string[] | undefined): string {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined.replace(/[ \t]+/g, ' ').trim();
}

function hexBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex').replace(/(..)(?!$)/g, '$1 ');
}


/**
 * Recomputes the signature with the given secret key and compares in constant time.
 * Returns nothing on success; throws SigV4Error('SignatureDoesNotMatch', ..., 403) on mismatch.
 * The canonical request's payload hash is req.payloadHash: for S3 that is the x-amz-content-sha256
 * value (checking a hex digest against the body is S3's XAmzContentSHA256Mismatch, the caller's
 * job); other services sign the body's real hash. Presigned S3 requests always sign their
 * X-Amz-Content-Sha256 parameter or UNSIGNED-PAYLOAD, as S3 specifies, whatever req.payloadHash says.
 */
export function verifySignature(req: VerifiableRequest, parsed: SigV4Request, secretAccessKey: string): void {
  if (parsed.signatureVersion === 2) {
    verifySigV2(req, parsed, secretAccessKey);
    return;
  }
  const s3 = parsed.credential.service === 's3';
  const presigned = parsed.kind === 'presigned';
  const payloadHash = presigned && s3 ? (parsed.contentSha256 ?? 'UNSIGNED-PAYLOAD') : req.payloadHash || EMPTY_SHA256;
  const headerBlock = parsed.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(req.headers[name])}\n`).join('');
  const tail = `${canonicalQuery(req.query, presigned)}\n${headerBlock}\n${parsed.signedHeaders.join(';')}\n${payloadHash}`;
  const scope = `${parsed.credential.date}/${parsed.credential.region}/${parsed.credential.service}/${TERMINATOR}`;
  const key = signingKey(secretAccessKey, parsed.credential);

  let first: { canonicalRequest: string; stringToSign: string } | undefined;
  for (const uri of canonicalUris(rawPathOnly(req.path), s3)) {
    const canonicalRequest = `${req.method.toUpperCase()}\n${uri}\n${tail}`;
    const stringToSign = `${ALGORITHM}\n${parsed.amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
    const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
    if (sameSecret(parsed.signature.toLowerCase(), expected)) return;
    first ??= { canonicalRequest, stringToSign };
  }
  // S3 echoes what it signed, which is what one needs to debug a client's signer.
  const fields: Record<string, unknown> = s3
    ? {
        AWSAccessKeyId: parsed.credential.accessKeyId,
        StringToSign: first!.stringToSign,
        SignatureProvided: parsed.signature,
        StringToSignBytes: hexBytes(first!.stringToSign),
        CanonicalRequest: first!.canonicalRequest,
        CanonicalRequestBytes: hexBytes(first!.canonicalRequest),
      }
    : {};
  // The other services put the canonical request and string to sign in the message itself.
  const message = s3
    ? SIGNATURE_MISMATCH_MESSAGE
    : `${SIGNATURE_MISMATCH_MESSAGE}\n\nThe Canonical String for this request should have been\n'${first!.canonicalRequest}'\n\nThe String-to-Sign should have been\n'${first!.stringToSign}'\n`;
  throw new SigV4Error('SignatureDoesNotMatch', message, 403, fields);
}

/** Query parameters S3's SigV2 canonical resource includes (sub-resources and response overrides). */
const SIGV2_SUBRESOURCES = new Set([
  'accelerate', 'acl', 'analytics', 'cors', 'delete', 'encryption', 'inventory', 'intelligent-tiering', 'legal-hold',
  'lifecycle', 'location', 'logging', 'metrics', 'notification', 'object-lock', 'ownershipControls', 'partNumber',
  'policy', 'policyStatus', 'publicAccessBlock', 'replication', 'requestPayment', 'response-cache-control',
  'response-content-disposition', 'response-content-encoding', 'response-content-language', 'response-content-type',
  'response-expires', 'restore', 'retention', 'select', 'select-type', 'tagging', 'torrent', 'uploadId', 'uploads',
  'versionId', 'versioning', 'versions', 'website',
]);

/** S3's SigV2: HMAC-SHA1 over method, Content-MD5, Content-Type, Date, x-amz-* headers and the resource. */
function verifySigV2(req: VerifiableRequest, parsed: SigV4Request, secretAccessKey: string): void {
  const amzHeaders = Object.keys(req.headers)
    .filter((name) => name.startsWith('x-amz-') && req.headers[name] !== undefined)
    .sort()
    .map((name) => `${name}:${canonicalHeaderValue(req.headers[name])}\n`)
    .join('');
  // With x-amz-date present the Date line is empty (x-amz-date is covered by the x-amz-* headers).
  const dateLine = req.headers['x-amz-date'] !== undefined ? '' : (header(req.headers, 'date') ?? '');
  const subresources = [...req.query]
    .filter(([key]) => SIGV2_SUBRESOURCES.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => (value === '' ? key : `${key}=${value}`));
  const resource =
    (req.virtualHostBucket ? `/${req.virtualHostBucket}` : '') +
    rawPathOnly(req.path) +
    (subresources.length > 0 ? `?${subresources.join('&')}` : '');
  const stringToSign = [
    req.method.toUpperCase(),
    header(req.headers, 'content-md5') ?? '',
    header(req.headers, 'content-type') ?? '',
    dateLine,
    `${amzHeaders}${resource}`,
  ].join('\n');
  const expected = createHmac('sha1', secretAccessKey).update(stringToSign, 'utf8').digest('base64');
  if (!sameSecret(parsed.signature, expected)) {
    throw new SigV4Error('SignatureDoesNotMatch', SIGNATURE_MISMATCH_MESSAGE, 403, {
      AWSAccessKeyId: parsed.credential.accessKeyId,
      StringToSign: stringToSign,
      SignatureProvided: parsed.signature,
      StringToSignBytes: hexBytes(stringToSign),
    });
  }
}

/**
 * The payload hash a signature is checked against. S3 signs its x-amz-content-sha256 header (a
 * hex digest S3 checks against the body, or UNSIGNED-PAYLOAD / STREAMING-*), and that header must
 * then be one of the signed headers, or anyone could swap it. Every other service signs the hash of
 * the body as it arrived, whatever a header claims.
 */
export function payloadHashToVerify(signature: SigV4Request, headers: Record<string, string>, body: Buffer): string {
  if (signature.signatureVersion === 2) return '';
  const declared = headers['x-amz-content-sha256'];
  if (signature.credential.service === 's3') {
    if (declared !== undefined && signature.kind === 'header' && !signature.signedHeaders.includes('x-amz-content-sha256')) {
      throw new SigV4Error('AccessDenied', 'There were headers present in the request which were not signed', 403, { HeadersNotSigned: 'x-amz-content-sha256' });
    }
    if (declared !== undefined) return declared;
  }
  return createHash('sha256').update(body).digest('hex');
}
