/**
 * Checks S3 makes of request headers and parameters before an operation does anything, with
 * the errors AWS answers: canned ACLs and grants, the encryption headers (SSE-S3 and SSE-KMS;
 * customer keys are customer-keys.ts's), website redirects, copy directives, part numbers,
 * object attribute names and listing limits.
 */
import { AwsError } from '../../core/errors.js';
import { enumValues } from '../../protocol/index.js';
import { invalidArgument } from './errors.js';

// The allowed values come from the model's enums. S3 also takes the bucket ACL log-delivery-write
// (documented, missing from the model's enums), and refuses aws:fsx, which only FSx-backed access points use.
const CANNED_ACLS = new Set([...enumValues('s3', 'ObjectCannedACL'), ...enumValues('s3', 'BucketCannedACL'), 'log-delivery-write']);
const SSE_ALGORITHMS = new Set(enumValues('s3', 'ServerSideEncryption').filter((value) => value !== 'aws:fsx'));
const OBJECT_OWNERSHIPS = new Set(enumValues('s3', 'ObjectOwnership'));
const OBJECT_ATTRIBUTES = new Set(enumValues('s3', 'ObjectAttributes'));
const MAX_INT32 = 2147483647;

/** The ACL a request asks for: its canned x-amz-acl, or 'grants' when it names grantees (x-amz-grant-*). */
export function requestedAcl(input: { ACL?: string; GrantRead?: string; GrantReadACP?: string; GrantWriteACP?: string; GrantFullControl?: string; GrantWrite?: string }): string | undefined {
  if (input.ACL !== undefined) return input.ACL;
  return input.GrantRead ?? input.GrantReadACP ?? input.GrantWriteACP ?? input.GrantFullControl ?? input.GrantWrite ? 'grants' : undefined;
}

/** x-amz-acl must be one of S3's canned ACLs: S3 answers InvalidArgument with no message. */
export function checkCannedAcl(acl: string | undefined): void {
  if (acl === undefined || acl === 'grants' || CANNED_ACLS.has(acl)) return;
  throw invalidArgument('', 'x-amz-acl', acl);
}

/** x-amz-server-side-encryption, its KMS key id and encryption context, as S3 checks them on a write. */
export function checkEncryptionHeaders(input: { ServerSideEncryption?: string; SSEKMSKeyId?: string; SSEKMSEncryptionContext?: string }): void {
  const algorithm = input.ServerSideEncryption;
  if (algorithm !== undefined && !SSE_ALGORITHMS.has(algorithm)) {
    throw invalidArgument('The encryption method specified is not supported', 'x-amz-server-side-encryption', algorithm);
  }
  const kms = algorithm?.startsWith('aws:kms') ?? false;
  if (input.SSEKMSKeyId !== undefined && !kms) {
    throw invalidArgument('Server Side Encryption with KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms', 'x-amz-server-side-encryption', algorithm ?? 'null');
  }
  if (input.SSEKMSEncryptionContext !== undefined && !isEncryptionContext(input.SSEKMSEncryptionContext)) {
    throw invalidArgument(
      "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
      'x-amz-server-side-encryption-context',
      input.SSEKMSEncryptionContext,
    );
  }
}

function isEncryptionContext(value: string): boolean {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** x-amz-website-redirect-location: a path in the bucket or an absolute http(s) URL. */
export function checkWebsiteRedirect(location: string | undefined): void {
  if (location === undefined || location.startsWith('/') || /^https?:\/\//i.test(location)) return;
  throw new AwsError('InvalidRedirectLocation', "The website redirect location must have a prefix of 'http://' or 'https://' or '/'.", 400);
}

export function checkTaggingDirective(directive: string | undefined): void {
  if (directive === undefined || directive === 'COPY' || directive === 'REPLACE') return;
  throw invalidArgument('Unknown tagging directive.', 'x-amz-tagging-directive', directive);
}

/** partNumber on GET and HEAD: the same bounds as a part's number. */
export function checkReadPartNumber(partNumber: number | undefined): void {
  if (partNumber === undefined || (Number.isInteger(partNumber) && partNumber >= 1 && partNumber <= 10000)) return;
  throw invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', String(partNumber));
}

export function checkObjectAttributes(names: readonly string[]): void {
  for (const name of names) {
    if (!OBJECT_ATTRIBUTES.has(name)) throw invalidArgument('Invalid attribute name specified.', 'x-amz-object-attributes', name);
  }
}

export function checkObjectOwnership(ownership: string | undefined): void {
  if (ownership === undefined || OBJECT_OWNERSHIPS.has(ownership)) return;
  throw invalidArgument(`Invalid x-amz-object-ownership header: ${ownership}`, 'x-amz-object-ownership', ownership);
}

/** A listing's integer parameter that must lie in 0..2^31-1 (max-uploads, max-parts, part-number-marker). */
export function checkListingInteger(name: string, value: number | string | undefined): void {
  if (value === undefined) return;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 0 && number <= MAX_INT32) return;
  throw invalidArgument(`Argument ${name} must be an integer between 0 and ${MAX_INT32}`, name, String(value));
}

export function checkEncodingType(value: string | undefined): void {
  if (value === undefined || value === 'url') return;
  throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', value);
}
