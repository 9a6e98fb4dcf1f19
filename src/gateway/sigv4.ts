/**
 * AWS Signature Version 4 (and the legacy S3 Signature Version 2): parsing the
 * Authorization header or presigned query parameters, recomputing the
 * signature, and presigned-URL expiry.
 *
 * Error codes and messages follow what AWS answers. S3 words its errors
 * differently from the other services (AuthorizationHeaderMalformed /
 * AuthorizationQueryParametersError versus IncompleteSignature), so every check
 * first works out which family the request belongs to.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AwsError } from '../core/errors.js';

export interface SigV4Credential {
  accessKeyId: string;
  /** yyyymmdd from the credential scope. */
  date: string;
  region: string;
  /** Signing name, e.g. "sqs", "s3", "monitoring". */
  service: string;
}

export interface SigV4Request {
  kind: 'header' | 'presigned';
  credential: SigV4Credential;
  /** Lowercased, in the order listed. */
  signedHeaders: string[];
  signature: string;
  /** X-Amz-Date (yyyymmddThhmmssZ); from the Date header when a SigV4 request has no X-Amz-Date. */
  amzDate: string;
  /** Presigned only (X-Amz-Expires). */
  expiresSeconds?: number;
  /** The x-amz-content-sha256 header value (or, presigned, the X-Amz-Content-Sha256 parameter) if present. */
  contentSha256?: string;
  /** 2 for `Authorization: AWS key:signature` (S3's legacy scheme); absent means SigV4. */
  signatureVersion?: 2 | 4;
}

/** An authentication failure, carrying AWS's code and HTTP status. */
export class SigV4Error extends AwsError {
  constructor(code: string, message: string, status: number, fields: Record<string, unknown> = {}) {
    super(code, message, status, { fields });
    this.name = 'SigV4Error';
  }
}

export interface VerifiableRequest {
  method: string;
  /** Raw path as received, percent-encoding untouched. */
  path: string;
  /** Raw query parameters. */
  query: URLSearchParams;
  /** Node's lowercased headers. */
  headers: Record<string, string | string[] | undefined>;
  /** Hex sha256 of the body, or the x-amz-content-sha256 value (UNSIGNED-PAYLOAD, STREAMING-...). */
  payloadHash: string;
  /** SigV2 only: the bucket named by the Host header of a virtual-hosted-style request. */
  virtualHostBucket?: string;
}

type Headers = Record<string, string | string[] | undefined>;

const ALGORITHM = 'AWS4-HMAC-SHA256';
const TERMINATOR = 'aws4_request';
const MAX_EXPIRES_SECONDS = 604800;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const S3_HEADER_MALFORMED = 'The authorization header is malformed; ';
const S3_CREDENTIAL_SHAPE = 'the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".';
const S3_QUERY_PARAMS_REQUIRED =
  'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.';
const S3_DATE_REQUIRED = 'AWS authentication requires a valid Date or x-amz-date header';

/** Reads a header by its lowercase name; repeated values are joined the way SigV4 joins them. */
function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** A query parameter looked up without regard to case (SDKs hoist headers under their own spelling). */
function queryParamIgnoringCase(query: URLSearchParams, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of query) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Milliseconds since the epoch for a yyyymmddThhmmssZ stamp, or NaN. */
function amzDateToMs(amzDate: string): number {
  const match = AMZ_DATE.exec(amzDate);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 20240231 over into March; a stamp that does not round-trip is not a date.
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 61 ? ms : Number.NaN;
}

function msToAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** ISO-8601 without milliseconds, as S3 writes times in its error bodies. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The request time a SigV4 header-signed request carries: X-Amz-Date, else the Date header. */
function requestAmzDate(headers: Headers): { value: string | undefined; raw: string | undefined } {
  const amz = header(headers, 'x-amz-date');
  if (amz !== undefined) return { value: Number.isNaN(amzDateToMs(amz.trim())) ? undefined : amz.trim(), raw: amz };
  const date = header(headers, 'date');
  if (date === undefined) return { value: undefined, raw: undefined };
  // SigV4 allows a plain HTTP Date header; the string to sign still wants the basic ISO-8601 form.
  const ms = Date.parse(date);
  return { value: Number.isNaN(ms) ? undefined : msToAmzDate(ms), raw: date };
}

/** The service named by a credential string, used to pick S3's or the other services' wording before it is fully parsed. */
function serviceOfCredential(credential: string | undefined): string | undefined {
  return credential?.split('/')[3];
}

/**
 * Parses `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`,
 * `Authorization: AWS <key>:<signature>` (SigV2), or presigned query parameters.
 * Returns undefined when the request is unsigned; throws SigV4Error when it is signed but malformed.
 * `options.service` is the signing name the caller expects, if it knows; it only chooses between
 * S3's and the other services' error wording when the credential scope itself cannot tell.
 */
export function parseSigV4(headers: Headers, query: URLSearchParams, options: { service?: string } = {}): SigV4Request | undefined {
  const authorization = header(headers, 'authorization');
  const hasAuthorization = authorization !== undefined && authorization.trim() !== '';
  const hasQueryAuth = query.has('X-Amz-Algorithm') || query.has('X-Amz-Credential') || query.has('X-Amz-Signature');

  if (hasAuthorization) {
    const signed = splitSignature(authorization);
    if (signed && !hasQueryAuth) {
      // Everything but the signature repeats from one request to the next; parse it once a second (the date changes).
      const key = `${signed.unsigned}\n${options.service ?? ''}\n${header(headers, 'x-amz-date') ?? ''}\n${header(headers, 'date') ?? ''}`;
      let parsed = parsedAuthorizations.get(key);
      if (!parsed) {
        parsed = parseAuthorizationHeader(authorization, headers, hasQueryAuth, query, options);
        if (parsedAuthorizations.size >= PARSED_AUTHORIZATIONS_KEPT) parsedAuthorizations.clear();
        parsedAuthorizations.set(key, parsed);
      }
      const contentSha256 = header(headers, 'x-amz-content-sha256');
      const { contentSha256: _cachedHash, ...common } = parsed;
      return { ...common, signature: signed.signature, ...(contentSha256 !== undefined ? { contentSha256 } : {}) };
    }
    return parseAuthorizationHeader(authorization, headers, hasQueryAuth, query, options);
  }
  if (hasQueryAuth) {
    const service = options.service ?? serviceOfCredential(query.get('X-Amz-Credential') ?? undefined) ?? 's3';
    return parsePresigned(query, service === 's3');
  }
  return undefined;
}

const PARSED_AUTHORIZATIONS_KEPT = 256;
const parsedAuthorizations = new Map<string, SigV4Request>();

/** `…, Signature=<64 hex digits>` as the SDKs end a SigV4 header: the rest, and the signature. */
function splitSignature(authorization: string): { unsigned: string; signature: string } | undefined {
  const at = authorization.lastIndexOf(', Signature=');
  if (at < 0 || !authorization.startsWith(ALGORITHM)) return undefined;
  const signature = authorization.slice(at + ', Signature='.length);
  return /^[0-9a-f]{64}$/.test(signature) ? { unsigned: authorization.slice(0, at), signature } : undefined;
}

/** The Authorization header: SigV4's, or S3's legacy SigV2 one. */
function parseAuthorizationHeader(
  authorization: string,
  headers: Headers,
  hasQueryAuth: boolean,
  query: URLSearchParams,
  options: { service?: string },
): SigV4Request {
  const scheme = authorization.trim().split(/\s/, 1)[0]!;
  const credentialMatch = /Credential=([^,\s]*)/.exec(authorization);
  const service = options.service ?? (scheme === 'AWS' ? 's3' : serviceOfCredential(credentialMatch?.[1]));
  if (hasQueryAuth && (service === 's3' || (service === undefined && serviceOfCredential(query.get('X-Amz-Credential') ?? undefined) === 's3'))) {
    throw new SigV4Error(
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      400,
      { ArgumentName: 'Authorization', ArgumentValue: authorization },
    );
  }
  if (scheme === 'AWS') return parseSigV2Header(authorization, headers);
  return parseHeaderAuthorization(authorization, headers, service === 's3');
}

/** S3's legacy `AWS <AccessKeyId>:<Signature>` header. */
function parseSigV2Header(authorization: string, headers: Headers): SigV4Request {
  const invalid = (message: string) =>
    new SigV4Error('InvalidArgument', message, 400, { ArgumentName: 'Authorization', ArgumentValue: authorization });
  const rest = authorization.slice(authorization.indexOf('AWS') + 3);
  if (!rest.startsWith(' ') || rest.startsWith('  ')) {
    throw invalid("Authorization header is invalid -- one and only one ' ' (space) required");
  }
  const pair = rest.slice(1);
  const colon = pair.indexOf(':');
  const accessKeyId = colon < 0 ? '' : pair.slice(0, colon);
  const signature = colon < 0 ? '' : pair.slice(colon + 1);
  if (accessKeyId === '' || signature === '' || signature.includes(':')) {
    throw invalid('AWS authorization header is invalid.  Expected AwsAccessKeyId:signature');
  }
  // SigV2 dates are HTTP dates (x-amz-date wins over Date); report them in the SigV4 form for uniformity.
  const dateText = header(headers, 'x-amz-date') ?? header(headers, 'date');
  const dateMs = dateText === undefined ? Number.NaN : Number.isNaN(amzDateToMs(dateText)) ? Date.parse(dateText) : amzDateToMs(dateText);
  if (Number.isNaN(dateMs)) throw new SigV4Error('AccessDenied', S3_DATE_REQUIRED, 403);
  const amzDate = msToAmzDate(dateMs);
  const contentSha256 = header(headers, 'x-amz-content-sha256');
  return {
    kind: 'header',
    signatureVersion: 2,
    credential: { accessKeyId, date: amzDate.slice(0, 8), region: '', service: '' },
    signedHeaders: [],
    signature,
    amzDate,
    ...(contentSha256 !== undefined ? { contentSha256 } : {}),
  };
}

function parseHeaderAuthorization(authorization: string, headers: Headers, s3: boolean): SigV4Request {
  const trimmed = authorization.trim();
  const spaceAt = trimmed.search(/\s/);
  const scheme = spaceAt < 0 ? trimmed : trimmed.slice(0, spaceAt);
  const rest = spaceAt < 0 ? '' : trimmed.slice(spaceAt + 1);

  if (s3 && scheme !== ALGORITHM) {
    throw new SigV4Error('InvalidArgument', 'Unsupported Authorization Type', 400, {
      ArgumentName: 'Authorization',
      ArgumentValue: authorization,
    });
  }

  // Components are comma separated; clients differ in the whitespace around the commas.
  const components = new Map<string, string>();
  for (const part of rest.split(/[\s,]+/)) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (s3) throw malformedS3Header(`the authorization component "${part}" is malformed.`);
      throw new SigV4Error(
        'IncompleteSignature',
        `'${part}' not a valid key=value pair (missing equal-sign) in Authorization header: '${authorization}'.`,
        400,
      );
    }
    components.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const credentialText = components.get('Credential');
  const signedHeadersText = components.get('SignedHeaders');
  const signature = components.get('Signature');
  const { value: amzDate, raw: rawDate } = requestAmzDate(headers);

  if (s3) {
    if (!credentialText || signedHeadersText === undefined || !signature) {
      throw malformedS3Header('the authorization header requires three components: Credential, SignedHeaders, and Signature.');
    }
  } else {
    let missing = '';
    if (!credentialText) missing += "Authorization header requires 'Credential' parameter. ";
    if (!signature) missing += "Authorization header requires 'Signature' parameter. ";
    if (signedHeadersText === undefined) missing += "Authorization header requires 'SignedHeaders' parameter. ";
    if (rawDate === undefined) missing += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
    if (missing) throw new SigV4Error('IncompleteSignature', `${missing}Authorization=${authorization}`, 400);
    if (amzDate === undefined) throw badIsoDate(rawDate!);
    if (scheme !== ALGORITHM) {
      throw new SigV4Error('IncompleteSignature', `Unsupported AWS 'algorithm': '${scheme}' (only ${ALGORITHM} for now). `, 400);
    }
  }

  const credential = parseCredential(credentialText!, s3, 'header');
  if (s3 && amzDate === undefined) throw new SigV4Error('AccessDenied', S3_DATE_REQUIRED, 403);
  checkScopeDate(credential, amzDate!, s3, 'header');

  const signedHeaders = signedHeadersText!.split(';').filter((name) => name !== '').map((name) => name.toLowerCase());
  if (!s3) requireSignedHost(signedHeaders);
  const contentSha256 = header(headers, 'x-amz-content-sha256');
  return {
    kind: 'header',
    credential,
    signedHeaders,
    signature: signature!,
    amzDate: amzDate!,
    ...(contentSha256 !== undefined ? { contentSha256 } : {}),
  };
}

function parsePresigned(query: URLSearchParams, s3: boolean): SigV4Request {
  const algorithm = query.get('X-Amz-Algorithm');
  const credentialText = query.get('X-Amz-Credential');
  const signature = query.get('X-Amz-Signature');
  const signedHeadersText = query.get('X-Amz-SignedHeaders');
  const amzDate = query.get('X-Amz-Date');
  const expiresText = query.get('X-Amz-Expires');

  if (s3) {
    if (algorithm !== null && algorithm !== ALGORITHM) throw queryParamsError('X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    if (!algorithm || !credentialText || !signature || !signedHeadersText || !amzDate || !expiresText) {
      throw queryParamsError(S3_QUERY_PARAMS_REQUIRED);
    }
  } else {
    const required: Array<[string, string | null]> = [
      ['X-Amz-Algorithm', algorithm],
      ['X-Amz-Credential', credentialText],
      ['X-Amz-Signature', signature],
      ['X-Amz-SignedHeaders', signedHeadersText],
      ['X-Amz-Date', amzDate],
    ];
    const missing = required
      .filter(([, value]) => !value)
      .map(([name]) => `AWS query-string parameters must include '${name}'. `)
      .join('');
    if (missing) throw new SigV4Error('IncompleteSignature', `${missing}Re-examine the query-string parameters.`, 400);
    if (Number.isNaN(amzDateToMs(amzDate!))) throw badIsoDate(amzDate!);
    if (algorithm !== ALGORITHM) {
      throw new SigV4Error('IncompleteSignature', `Unsupported AWS 'algorithm': '${algorithm}' (only ${ALGORITHM} for now). `, 400);
    }
  }

  const credential = parseCredential(credentialText!, s3, 'query');
  if (s3 && Number.isNaN(amzDateToMs(amzDate!))) throw queryParamsError('X-Amz-Date must be in the ISO8601 Long Format');
  checkScopeDate(credential, amzDate!, s3, 'query');

  let expiresSeconds: number | undefined;
  if (expiresText !== null) {
    // Range (1..604800) is checked by checkPresignedExpiry, with the expiry itself.
    if (!/^-?\d+$/.test(expiresText)) throw queryParamsError('X-Amz-Expires should be a number');
    expiresSeconds = Number(expiresText);
  }

  const signedHeaders = signedHeadersText!.split(';').filter((name) => name !== '').map((name) => name.toLowerCase());
  if (!s3) requireSignedHost(signedHeaders);
  const contentSha256 = queryParamIgnoringCase(query, 'X-Amz-Content-Sha256');
  return {
    kind: 'presigned',
    credential,
    signedHeaders,
    signature: signature!,
    amzDate: amzDate!,
    ...(expiresSeconds !== undefined ? { expiresSeconds } : {}),
    ...(contentSha256 !== undefined ? { contentSha256 } : {}),
  };
}

function malformedS3Header(detail: string): SigV4Error {
  return new SigV4Error('AuthorizationHeaderMalformed', S3_HEADER_MALFORMED + detail, 400);
}

function queryParamsError(message: string): SigV4Error {
  return new SigV4Error('AuthorizationQueryParametersError', message, 400);
}

function badIsoDate(got: string): SigV4Error {
  return new SigV4Error('IncompleteSignature', `Date must be in ISO-8601 'basic format'. Got '${got}'. See http://en.wikipedia.org/wiki/ISO_8601`, 400);
}

function parseCredential(text: string, s3: boolean, where: 'header' | 'query'): SigV4Credential {
  if (s3) {
    const parts = text.split('/');
    const malformed = () =>
      where === 'header'
        ? malformedS3Header(S3_CREDENTIAL_SHAPE)
        : queryParamsError(`Error parsing the X-Amz-Credential parameter; ${S3_CREDENTIAL_SHAPE}`);
    if (parts.length !== 5 || parts[4] !== TERMINATOR || !/^\d{8}$/.test(parts[1]!)) throw malformed();
    if (parts[0] === '') {
      throw where === 'header'
        ? malformedS3Header('a non-empty Access Key (AKID) must be provided in the credential.')
        : queryParamsError('Error parsing the X-Amz-Credential parameter; a non-empty Access Key (AKID) must be provided in the credential.');
    }
    return { accessKeyId: parts[0]!, date: parts[1]!, region: parts[2]!, service: parts[3]! };
  }
  // The other services ignore trailing slashes before counting the elements.
  const parts = text.replace(/\/+$/, '').split('/');
  if (parts.length !== 5) {
    throw new SigV4Error(
      'IncompleteSignature',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${text}'`,
      400,
    );
  }
  if (parts[4] !== TERMINATOR) {
    throw new SigV4Error(
      'SignatureDoesNotMatch',
      `Credential should be scoped with a valid terminator: '${TERMINATOR}', not '${parts[4]}'.`,
      403,
    );
  }
  return { accessKeyId: parts[0]!, date: parts[1]!, region: parts[2]!, service: parts[3]! };
}

function checkScopeDate(credential: SigV4Credential, amzDate: string, s3: boolean, where: 'header' | 'query'): void {
  if (amzDate.slice(0, 8) === credential.date) return;
  if (s3) {
    throw where === 'header'
      ? malformedS3Header('Invalid credential date. Date is not the same as X-Amz-Date.')
      : queryParamsError('Invalid credential date. Date is not the same as X-Amz-Date.');
  }
  throw new SigV4Error(
    'SignatureDoesNotMatch',
    `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${credential.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    403,
  );
}

function requireSignedHost(signedHeaders: string[]): void {
  if (!signedHeaders.includes('host') && !signedHeaders.includes(':authority')) {
    throw new SigV4Error('SignatureDoesNotMatch', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", 403);
  }
}

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

function signaturesEqual(expected: string, provided: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(provided, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
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
    if (signaturesEqual(expected, parsed.signature.toLowerCase())) return;
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
  if (!signaturesEqual(expected, parsed.signature)) {
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
