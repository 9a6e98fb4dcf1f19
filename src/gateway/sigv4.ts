/**
 * AWS Signature Version 4 (and the legacy S3 Signature Version 2): parsing the
 * Authorization header or presigned query parameters into who signed what, when.
 * Checking the signature, its time and a presigned URL's expiry is signature-check.ts's.
 *
 * Error codes and messages follow what AWS answers. S3 words its errors
 * differently from the other services (AuthorizationHeaderMalformed /
 * AuthorizationQueryParametersError versus IncompleteSignature), so every check
 * first works out which family the request belongs to.
 */
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

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const TERMINATOR = 'aws4_request';
export const MAX_EXPIRES_SECONDS = 604800;
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const S3_HEADER_MALFORMED = 'The authorization header is malformed; ';
const S3_CREDENTIAL_SHAPE = 'the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".';
const S3_QUERY_PARAMS_REQUIRED =
  'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.';
const S3_DATE_REQUIRED = 'AWS authentication requires a valid Date or x-amz-date header';

/** Reads a header by its lowercase name; repeated values are joined the way SigV4 joins them. */
export function header(headers: Headers, name: string): string | undefined {
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
export function amzDateToMs(amzDate: string): number {
  const match = AMZ_DATE.exec(amzDate);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 20240231 over into March; a stamp that does not round-trip is not a date.
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 61 ? ms : Number.NaN;
}

export function msToAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** ISO-8601 without milliseconds, as S3 writes times in its error bodies. */
export function isoSeconds(ms: number): string {
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

export function queryParamsError(message: string): SigV4Error {
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
