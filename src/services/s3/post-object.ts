/**
 * Browser uploads: POST Object with a multipart/form-data body and a policy document
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html).
 * The form is read as a stream: fields before the file are held (they are small), the file
 * is streamed straight into a blob, and what follows it is ignored, as S3 does.
 */
import { createHmac } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { setOwnValue } from '../../core/keyed-record.js';
import { sameSecret } from '../../core/secrets.js';
import type { HttpAnswer } from '../../core/runtime.js';
import { XmlWriter, type WireRequest } from '../../protocol/index.js';
import { accessDenied, invalidArgument, noSuchBucket } from './errors.js';
import { customerCipher, encryptionMembers, requestedCustomerKey } from './customer-keys.js';
import { receiveBody } from './incoming-body.js';
import { checkAcl, checkStorageClass, checksumOutput, commitObject, metaFromInput } from './objects.js';
import { checkKey, quoteEtag, type S3Service } from './service.js';
import { parseTaggingXml } from './tagging-xml.js';

const FIELDS_LIMIT = 1024 * 1024;

interface Form {
  fields: Map<string, { name: string; value: string }>;
  file?: { filename: string; contentType?: string; body: Readable };
}

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

function incomplete(): AwsError {
  return new AwsError('MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.', 400);
}

/** Reads fields up to the file part; the file's bytes are then streamed through `file.body`. */
async function readForm(source: Readable, boundary: string): Promise<Form> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let buffer: Buffer = Buffer.from('\r\n');
  let held = 0;
  const more = async (): Promise<boolean> => {
    const next = await iterator.next();
    if (next.done) return false;
    buffer = buffer.length ? Buffer.concat([buffer, next.value]) : next.value;
    held += next.value.length;
    return true;
  };
  const until = async (needle: Buffer): Promise<number> => {
    for (;;) {
      const at = buffer.indexOf(needle);
      if (at >= 0) return at;
      if (held > FIELDS_LIMIT) throw new AwsError('MaxPostPreDataLengthExceededError', 'Your POST request fields preceeding the upload file was too large.', 400);
      if (!(await more())) throw incomplete();
    }
  };
  const form: Form = { fields: new Map() };
  let at = await until(delimiter);
  buffer = buffer.subarray(at + delimiter.length);
  for (;;) {
    while (buffer.length < 2) if (!(await more())) throw incomplete();
    if (buffer[0] === 0x2d && buffer[1] === 0x2d) return form;
    const headerEnd = await until(Buffer.from('\r\n\r\n'));
    const headerText = buffer.subarray(0, headerEnd).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headerText)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? /\bname=([^;\s]+)/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const contentType = /content-type:\s*([^\r\n]*)/i.exec(headerText)?.[1]?.trim();
    if (name === undefined) throw incomplete();
    if (name.toLowerCase() === 'file') {
      const body = new PassThrough({ highWaterMark: 256 * 1024 });
      form.file = { filename: filename ?? '', contentType, body };
      void pump(body);
      return form;
    }
    at = await until(delimiter);
    form.fields.set(name.toLowerCase(), { name, value: buffer.subarray(0, at).toString('utf8') });
    buffer = buffer.subarray(at + delimiter.length);
  }

  async function pump(out: PassThrough): Promise<void> {
    const keep = delimiter.length - 1;
    try {
      for (;;) {
        const at = buffer.indexOf(delimiter);
        if (at >= 0) {
          if (at > 0 && !out.write(buffer.subarray(0, at))) await new Promise((r) => out.once('drain', r));
          out.end();
          break;
        }
        if (buffer.length > keep) {
          const chunk = buffer.subarray(0, buffer.length - keep);
          buffer = buffer.subarray(buffer.length - keep);
          if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
        }
        const next = await iterator.next();
        if (next.done) throw incomplete();
        buffer = buffer.length ? Buffer.concat([buffer, next.value]) : next.value;
      }
      // What follows the file is not read by S3: drain it.
      for (;;) if ((await iterator.next()).done) break;
    } catch (error) {
      out.destroy(error as Error);
    }
  }
}

type Condition = { kind: 'eq' | 'starts-with'; field: string; value: string; text: string } | { kind: 'range'; min: number; max: number };

function parseConditions(policy: Record<string, unknown>): Condition[] {
  const conditions = policy.conditions;
  if (!Array.isArray(conditions)) throw invalidPolicy('Invalid Policy: Policy missing conditions.');
  return conditions.map((c): Condition => {
    if (Array.isArray(c)) {
      const [op, a, b] = c as [unknown, unknown, unknown];
      const operator = String(op).toLowerCase();
      if (operator === 'content-length-range') return { kind: 'range', min: Number(a), max: Number(b) };
      if ((operator === 'eq' || operator === 'starts-with') && typeof a === 'string' && a.startsWith('$')) {
        return { kind: operator, field: a.slice(1).toLowerCase(), value: String(b), text: JSON.stringify(c).replace(/,/g, ', ') };
      }
      throw invalidPolicy(`Invalid Policy: Invalid Condition: ${JSON.stringify(c)}`);
    }
    if (c && typeof c === 'object') {
      const [field, value] = Object.entries(c as Record<string, unknown>)[0] ?? [];
      if (field === undefined) throw invalidPolicy('Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.');
      return { kind: 'eq', field: field.toLowerCase(), value: String(value), text: `["eq", "$${field}", "${String(value)}"]` };
    }
    throw invalidPolicy(`Invalid Policy: Invalid Condition: ${JSON.stringify(c)}`);
  });
}

function invalidPolicy(message: string): AwsError {
  return new AwsError('InvalidPolicyDocument', message, 400);
}

function policyFailed(detail: string): AwsError {
  return accessDenied(`Invalid according to Policy: ${detail}`);
}

const EXEMPT_FIELDS = new Set(['file', 'policy', 'x-amz-signature', 'signature', 'awsaccesskeyid', 'bucket']);

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const h = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
  return h(h(h(h(`AWS4${secret}`, date), region), service), 'aws4_request');
}

function signatureDoesNotMatch(): AwsError {
  return new AwsError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403);
}

/**
 * Checks the form's signature of its policy, SigV4 (x-amz-credential, x-amz-signature: hex
 * HMAC-SHA256 by the derived key) or SigV2 (AWSAccessKeyId, signature: base64 HMAC-SHA1 by the
 * secret, what boto3's generate_presigned_post makes for a custom endpoint). Returns the
 * account of a 12-digit access key.
 */
function checkFormSignature(service: S3Service, policyText: string, field: (name: string) => string | undefined): string | undefined {
  const verify = service.runtime.options.verifySignatures;
  const secret = service.runtime.options.secretAccessKey;
  const accessKeyV2 = field('awsaccesskeyid');
  if (accessKeyV2 !== undefined && field('x-amz-credential') === undefined) {
    const signature = field('signature');
    if (!signature) throw invalidArgument("Bucket POST must contain a field named 'Signature'.  If it is specified, please check the order of the fields.", 'Signature', '');
    if (verify && !sameSecret(signature, createHmac('sha1', secret).update(policyText, 'utf8').digest('base64'))) throw signatureDoesNotMatch();
    return /^\d{12}$/.test(accessKeyV2) ? accessKeyV2 : undefined;
  }
  const credential = field('x-amz-credential');
  const signature = field('x-amz-signature');
  if (!credential || !signature || field('x-amz-algorithm') !== 'AWS4-HMAC-SHA256' || !field('x-amz-date')) {
    throw invalidArgument('Bucket POST must contain a field named \'x-amz-credential\', \'x-amz-algorithm\', \'x-amz-date\' and \'x-amz-signature\'.', 'x-amz-credential', credential ?? '');
  }
  const [accessKey = '', date = '', region = '', signingService = ''] = credential.split('/');
  if (verify) {
    const expected = createHmac('sha256', signingKey(secret, date, region, signingService)).update(policyText, 'utf8').digest('hex');
    if (!sameSecret(signature.toLowerCase(), expected)) throw signatureDoesNotMatch();
  }
  return /^\d{12}$/.test(accessKey) ? accessKey : undefined;
}

export function isPostUpload(request: WireRequest): boolean {
  const segments = request.path.split('/').filter(Boolean);
  return request.method.toUpperCase() === 'POST' && segments.length === 1 && (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

export async function servePostUpload(service: S3Service, request: WireRequest, context: RequestContext): Promise<HttpAnswer> {
  const bucketName = decodeURIComponent(request.path.split('/').filter(Boolean)[0] ?? '');
  const source = request.bodyStream!;
  const bucket = service.state.bucket(bucketName);
  if (!bucket) {
    source.resume();
    throw noSuchBucket(bucketName);
  }
  const boundary = boundaryOf(request.headers['content-type'] ?? '');
  if (!boundary) {
    source.resume();
    throw new AwsError('PreconditionFailed', 'Bucket POST must be of the enclosure-type multipart/form-data', 412, { fields: { Condition: 'Bucket POST must be of the enclosure-type multipart/form-data' } });
  }
  const form = await readForm(source, boundary);
  const drainFile = () => form.file?.body.resume();
  try {
    const field = (name: string) => form.fields.get(name)?.value;
    const keyTemplate = field('key');
    if (keyTemplate === undefined) {
      throw invalidArgument("Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.", 'key', '');
    }
    if (!form.file) throw invalidArgument('POST requires exactly one file upload per request.', 'file', '0');
    const key = keyTemplate.replace(/\$\{filename\}/g, form.file.filename);
    checkKey(key);
    let range: { min: number; max: number } | undefined;
    const policyText = field('policy');
    let account = bucket.account;
    if (policyText !== undefined) {
      let policy: Record<string, unknown>;
      try {
        policy = JSON.parse(Buffer.from(policyText, 'base64').toString('utf8')) as Record<string, unknown>;
      } catch {
        throw invalidPolicy('Invalid Policy: Invalid JSON.');
      }
      if (typeof policy.expiration !== 'string') throw invalidPolicy('Invalid Policy: Policy missing expiration.');
      const expires = Date.parse(policy.expiration);
      if (Number.isNaN(expires)) throw invalidPolicy('Invalid Policy: Invalid \'expiration\' value: \'' + policy.expiration + "'.");
      if (service.clock.now() > expires) throw policyFailed('Policy expired.');
      const conditions = parseConditions(policy);
      account = checkFormSignature(service, policyText, field) ?? bucket.account;
      const values = (name: string): string | undefined => (name === 'bucket' ? bucket.name : name === 'key' ? key : field(name));
      const covered = new Set<string>();
      for (const condition of conditions) {
        if (condition.kind === 'range') {
          range = { min: condition.min, max: condition.max };
          continue;
        }
        covered.add(condition.field);
        const actual = values(condition.field) ?? '';
        const ok =
          condition.kind === 'eq'
            ? actual === condition.value
            : condition.field === 'content-type'
              ? actual.split(',').every((part) => part.trim().startsWith(condition.value))
              : actual.startsWith(condition.value);
        if (!ok) throw policyFailed(`Policy Condition failed: ${condition.text}`);
      }
      for (const [lower, { name }] of form.fields) {
        if (EXEMPT_FIELDS.has(lower) || lower.startsWith('x-ignore-') || covered.has(lower)) continue;
        throw policyFailed(`Extra input fields: ${name}`);
      }
    } else if (!service.policyAllows(bucket, { type: 'Anonymous' }, 's3:PutObject', key)) {
      throw accessDenied();
    }
    const metadata: Record<string, string> = {};
    for (const [lower, { value }] of form.fields) if (lower.startsWith('x-amz-meta-')) setOwnValue(metadata, lower.slice('x-amz-meta-'.length), value);
    const input = {
      ContentType: field('content-type') ?? form.file.contentType,
      CacheControl: field('cache-control'),
      ContentDisposition: field('content-disposition'),
      ContentEncoding: field('content-encoding'),
      Expires: field('expires'),
      ServerSideEncryption: field('x-amz-server-side-encryption'),
      SSEKMSKeyId: field('x-amz-server-side-encryption-aws-kms-key-id'),
      SSECustomerAlgorithm: field('x-amz-server-side-encryption-customer-algorithm'),
      SSECustomerKey: field('x-amz-server-side-encryption-customer-key'),
      SSECustomerKeyMD5: field('x-amz-server-side-encryption-customer-key-md5'),
      Metadata: metadata,
      ...Object.fromEntries(
        ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256']
          .map((a) => [`Checksum${a}`, field(`x-amz-checksum-${a.toLowerCase()}`)])
          .filter(([, v]) => v !== undefined),
      ),
    };
    checkAcl(service, bucket, field('acl'));
    const storageClass = checkStorageClass(field('x-amz-storage-class'));
    const tags = field('tagging') !== undefined ? parseTaggingXml(field('tagging')!) : {};
    const meta = metaFromInput(service, bucket, input, { ...context, accountId: account });
    const customerKey = requestedCustomerKey(input);
    const body = await receiveBody(service, form.file.body, input, {}, { cipher: customerKey && customerCipher(customerKey) });
    if (range && (body.segment.size < range.min || body.segment.size > range.max)) {
      service.release([body.segment]);
      throw body.segment.size > range.max
        ? new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, { fields: { ProposedSize: body.segment.size, MaxSizeAllowed: range.max } })
        : new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, { fields: { ProposedSize: body.segment.size, MinSizeAllowed: range.min } });
    }
    meta.checksum = { algorithm: body.algorithm, type: 'FULL_OBJECT', value: body.checksums.get(body.algorithm)!.toString('base64') };
    if (meta.sse?.customerKey) meta.sse.customerKey.cipherId = body.segment.id;
    const row = commitObject(service, bucket, {
      key,
      deleteMarker: false,
      size: body.segment.size,
      etag: quoteEtag(body.md5.toString('hex')),
      lastModified: service.clock.now(),
      storageClass,
      segments: [body.segment],
      meta,
      tags,
    });
    service.emit({ name: 'ObjectCreated:Post', bucket, key, size: row.size, etag: row.etag, versionId: bucket.versioning ? row.versionId : undefined, context });
    const location = `${context.endpoint.replace(/\/$/, '')}/${bucket.name}/${encodeURIComponent(key).replace(/%2F/g, '/')}`;
    const headers: Record<string, string> = { ETag: row.etag, Location: location };
    const encryption = encryptionMembers(meta.sse, customerKey);
    if (encryption.ServerSideEncryption) headers['x-amz-server-side-encryption'] = String(encryption.ServerSideEncryption);
    if (encryption.SSEKMSKeyId) headers['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.SSEKMSKeyId;
    if (encryption.SSECustomerAlgorithm) headers['x-amz-server-side-encryption-customer-algorithm'] = encryption.SSECustomerAlgorithm;
    if (encryption.SSECustomerKeyMD5) headers['x-amz-server-side-encryption-customer-key-MD5'] = encryption.SSECustomerKeyMD5;
    if (bucket.versioning === 'Enabled') headers['x-amz-version-id'] = row.versionId;
    for (const [name, value] of Object.entries(checksumOutput(meta.checksum))) {
      if (name !== 'ChecksumType' && body.clientChecksum) headers[`x-amz-checksum-${name.slice('Checksum'.length).toLowerCase()}`] = value;
    }
    const redirectTo = field('success_action_redirect') ?? field('redirect');
    if (redirectTo) {
      const url = new URL(redirectTo);
      url.searchParams.set('bucket', bucket.name);
      url.searchParams.set('key', key);
      url.searchParams.set('etag', row.etag);
      return { operation: 'PostObject', response: { status: 303, headers: { ...headers, Location: url.toString() } } };
    }
    const status = Number(field('success_action_status') ?? 204);
    if (status === 201) {
      const w = new XmlWriter();
      w.open('PostResponse').leaf('Location', location).leaf('Bucket', bucket.name).leaf('Key', key).leaf('ETag', row.etag).close('PostResponse');
      return { operation: 'PostObject', response: { status: 201, headers: { ...headers, 'Content-Type': 'application/xml' }, body: w.toString() } };
    }
    return { operation: 'PostObject', response: { status: status === 200 ? 200 : 204, headers } };
  } catch (error) {
    drainFile();
    throw error;
  }
}
