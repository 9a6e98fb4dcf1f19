/**
 * Object operations: PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects,
 * CopyObject, GetObjectAttributes and object tagging, with versions, ranges, conditional
 * requests and checksums.
 */
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn } from '../../core/ids.js';
import { setOwnValue } from '../../core/keyed-record.js';
import type * as S3 from '../../generated/s3.js';
import { RESPONSE_STATUS } from '../../protocol/index.js';
import { checksumMember, createHasher, type ChecksumAlgorithm } from './checksums.js';
import { checkReadConditions, etagMatches } from './conditions.js';
import { invalidArgument, invalidRequest, invalidVersionId, malformedXml, noSuchKey, preconditionFailed } from './errors.js';
import { SMALL_BLOB } from './blobs.js';
import { receiveBody, requestedChecksum } from './incoming-body.js';
import { expirationHeader } from './lifecycle.js';
import { checkBypassHeader, checkVersionDeletable, recordRequestedLock, requestedLock } from './object-lock.js';
import { checkArchivedReadable } from './restore.js';
import { versionStatusHeaders } from './version-status.js';
import { cipherLayout, customerCipher, decryptObjectBytes, encryptionMembers, objectDecipher, readingKey, requestedCustomerKey, sealCustomerKey, type CustomerKey } from './customer-keys.js';
import { readCopySource } from './copy-source.js';
import { parseByteRange } from './ranges.js';
import { checkCannedAcl, checkEncryptionHeaders, checkListingInteger, checkObjectAttributes, checkReadPartNumber, checkTaggingDirective, checkWebsiteRedirect, requestedAcl } from './request-validation.js';
import { canonicalId, checkKey, isValidVersionId, MAX_METADATA_BYTES, MAX_OBJECT_SIZE, quoteEtag, type S3Service } from './service.js';
import type { BucketRow, NewObject, ObjectChecksum, ObjectMeta, ObjectRow, Segment } from './state.js';
import { parseTaggingHeader, tagSet, validateTags } from './tags.js';

type Operations = Partial<S3.S3Operations>;

const STORAGE_CLASSES = new Set(['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR']);
const ARCHIVED = new Set(['GLACIER', 'DEEP_ARCHIVE']);
const ACCEPTED_ACLS = new Set(['private', 'bucket-owner-full-control']);

export function checkStorageClass(value: string | undefined): string {
  if (value === undefined) return 'STANDARD';
  if (!STORAGE_CLASSES.has(value)) throw new AwsError('InvalidStorageClass', 'The storage class you specified is not valid', 400, { fields: { StorageClassRequested: value } });
  return value;
}

/** Buckets enforce object ownership (no ACLs) by default, as new AWS buckets do. */
export function checkAcl(service: S3Service, bucket: BucketRow, acl: string | undefined): void {
  checkCannedAcl(acl);
  if (acl === undefined || ACCEPTED_ACLS.has(acl)) return;
  const ownership = service.state.config<{ ObjectOwnership?: string }>(bucket, 'ownership');
  if ((ownership?.ObjectOwnership ?? 'BucketOwnerEnforced') === 'BucketOwnerEnforced') {
    throw new AwsError('AccessControlListNotSupported', 'The bucket does not allow ACLs', 400);
  }
}

/** Content headers, user metadata and encryption from a Put/Copy/CreateMultipartUpload input. */
export function metaFromInput(service: S3Service, bucket: BucketRow, input: Record<string, any>, context: RequestContext): ObjectMeta {
  checkEncryptionHeaders(input);
  checkWebsiteRedirect(input.WebsiteRedirectLocation);
  const metadata: Record<string, string> = {};
  let size = 0;
  for (const [name, value] of Object.entries((input.Metadata ?? {}) as Record<string, string>)) {
    const key = name.toLowerCase();
    setOwnValue(metadata, key, String(value));
    size += Buffer.byteLength(key) + Buffer.byteLength(String(value));
  }
  if (size > MAX_METADATA_BYTES) {
    throw new AwsError('MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size.', 400, { fields: { Size: size, MaxSizeAllowed: MAX_METADATA_BYTES } });
  }
  const encryption = service.state.config<S3.ServerSideEncryptionConfiguration>(bucket, 'encryption');
  const byDefault = encryption?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
  const algorithm = (input.ServerSideEncryption as string | undefined) ?? byDefault?.SSEAlgorithm ?? 'AES256';
  const kmsKeyId = (input.SSEKMSKeyId as string | undefined) ?? (algorithm === byDefault?.SSEAlgorithm ? byDefault?.KMSMasterKeyID : undefined);
  const bucketKeyEnabled = (input.BucketKeyEnabled as boolean | undefined) ?? encryption?.Rules?.[0]?.BucketKeyEnabled;
  const customerKey = requestedCustomerKey(input);
  return {
    contentType: input.ContentType ?? undefined,
    contentEncoding: input.ContentEncoding ? stripAwsChunked(input.ContentEncoding) : undefined,
    contentDisposition: input.ContentDisposition,
    contentLanguage: input.ContentLanguage,
    cacheControl: input.CacheControl,
    expires: input.Expires === undefined ? undefined : input.Expires instanceof Date ? input.Expires.toUTCString() : String(input.Expires),
    websiteRedirectLocation: input.WebsiteRedirectLocation,
    metadata,
    // A customer key takes the place of the bucket's default encryption.
    sse: customerKey
      ? { algorithm: 'AES256', customerKey: sealCustomerKey(customerKey) }
      : { algorithm, ...(algorithm.startsWith('aws:kms') ? { kmsKeyId: kmsKeyArn(bucket, kmsKeyId ?? 'alias/aws/s3') } : {}), ...(bucketKeyEnabled ? { bucketKeyEnabled } : {}) },
    owner: context.accountId,
  };
}

/** A KMS key as S3 reports it: a key id or alias name becomes its ARN in the bucket's account and region. */
function kmsKeyArn(bucket: BucketRow, keyId: string): string {
  if (keyId.startsWith('arn:')) return keyId;
  return arn({ service: 'kms', region: bucket.region, account: bucket.account, resource: keyId.startsWith('alias/') ? keyId : `key/${keyId}` });
}

function stripAwsChunked(encoding: string): string | undefined {
  const rest = encoding
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t && t.toLowerCase() !== 'aws-chunked');
  return rest.length ? rest.join(',') : undefined;
}

/** Checksum response members: Checksum<ALG> and ChecksumType. */
export function checksumOutput(checksum: ObjectChecksum | undefined): Record<string, string> {
  if (!checksum) return {};
  return { [checksumMember(checksum.algorithm)]: checksum.value, ChecksumType: checksum.type };
}

/** Writes a new version (or replaces the null version), checking conditional-write headers at commit. */
export function commitObject(
  service: S3Service,
  bucket: BucketRow,
  object: Omit<NewObject, 'versionId'>,
  conditions: { ifMatch?: string; ifNoneMatch?: string } = {},
  options: { keepSegmentsOnFailure?: boolean } = {},
): ObjectRow {
  const released: Segment[] = [];
  try {
    const row = service.state.transaction(() => {
      const current = service.state.latest(bucket, object.key);
      const exists = current !== undefined && !current.deleteMarker;
      if (conditions.ifNoneMatch !== undefined) {
        if (conditions.ifNoneMatch.trim() !== '*') {
          throw new AwsError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501, { fields: { Header: 'If-None-Match' } });
        }
        if (exists) throw preconditionFailed('If-None-Match');
      }
      if (conditions.ifMatch !== undefined) {
        if (!exists) throw noSuchKey(object.key);
        if (!etagMatches(conditions.ifMatch, current.etag)) throw preconditionFailed('If-Match');
      }
      let versionId = 'null';
      if (bucket.versioning === 'Enabled') {
        versionId = service.newVersionId();
      } else {
        const nullVersion = service.state.version(bucket, object.key, 'null');
        if (nullVersion) {
          service.state.deleteVersion(nullVersion);
          released.push(...nullVersion.segments);
        }
      }
      return service.state.insertLatest(bucket, { ...object, versionId });
    });
    service.release(released);
    return row;
  } catch (error) {
    if (!options.keepSegmentsOnFailure) service.release(object.segments);
    throw error;
  }
}

/** Deletes a key (a delete marker in versioned buckets) or one version. */
export function removeObject(
  service: S3Service,
  bucket: BucketRow,
  key: string,
  versionId: string | undefined,
  context: { accountId: string },
  ifMatch?: string,
  bypassGovernance = false,
): { deleteMarker?: boolean; versionId?: string; event?: string } {
  const released: Segment[] = [];
  const result = service.state.transaction(() => {
    if (versionId !== undefined) {
      if (!isValidVersionId(versionId)) throw invalidVersionId(versionId);
      const row = service.state.version(bucket, key, versionId);
      if (!row) return { versionId };
      if (ifMatch !== undefined && !etagMatches(ifMatch, row.etag)) throw preconditionFailed('If-Match');
      checkVersionDeletable(service, row, bypassGovernance);
      service.state.deleteVersion(row);
      released.push(...row.segments);
      return { versionId: row.versionId, ...(row.deleteMarker ? { deleteMarker: true } : {}), event: 'ObjectRemoved:Delete' };
    }
    const current = service.state.latest(bucket, key);
    if (ifMatch !== undefined) {
      if (!current || current.deleteMarker) throw noSuchKey(key);
      if (!etagMatches(ifMatch, current.etag)) throw preconditionFailed('If-Match');
    }
    if (!bucket.versioning) {
      if (!current) return {};
      service.state.deleteVersion(current);
      released.push(...current.segments);
      return { event: 'ObjectRemoved:Delete' };
    }
    let markerId = service.newVersionId();
    if (bucket.versioning === 'Suspended') {
      markerId = 'null';
      const nullVersion = service.state.version(bucket, key, 'null');
      if (nullVersion) {
        service.state.deleteVersion(nullVersion);
        released.push(...nullVersion.segments);
      }
    }
    service.state.insertLatest(bucket, deleteMarker(key, markerId, service.clock.now(), context.accountId));
    return { deleteMarker: true, versionId: markerId, event: 'ObjectRemoved:DeleteMarkerCreated' };
  });
  service.release(released);
  return result;
}

export function deleteMarker(key: string, versionId: string, now: number, account: string): NewObject {
  return { key, versionId, deleteMarker: true, size: 0, etag: '', lastModified: now, storageClass: 'STANDARD', segments: [], meta: { metadata: {}, owner: account }, tags: {} };
}

/** The headers GetObject and HeadObject share. */
function describe(service: S3Service, bucket: BucketRow, row: ObjectRow, checksumMode: string | undefined, customerKey?: CustomerKey): Record<string, unknown> {
  const meta = row.meta;
  const tagCount = Object.keys(row.tags).length;
  return {
    AcceptRanges: 'bytes',
    ETag: row.etag,
    LastModified: new Date(row.lastModified),
    ContentLength: row.size,
    ContentType: meta.contentType ?? 'binary/octet-stream',
    CacheControl: meta.cacheControl,
    ContentDisposition: meta.contentDisposition,
    ContentEncoding: meta.contentEncoding,
    ContentLanguage: meta.contentLanguage,
    Expires: meta.expires,
    Metadata: Object.keys(meta.metadata).length ? meta.metadata : undefined,
    StorageClass: row.storageClass === 'STANDARD' ? undefined : row.storageClass,
    VersionId: bucket.versioning ? row.versionId : undefined,
    ...encryptionMembers(meta.sse, customerKey),
    TagCount: tagCount || undefined,
    WebsiteRedirectLocation: meta.websiteRedirectLocation,
    Expiration: expirationHeader(service, bucket, row),
    ...versionStatusHeaders(service, row),
    ...(checksumMode?.toUpperCase() === 'ENABLED' ? checksumOutput(meta.checksum) : {}),
  };
}

function readableRow(service: S3Service, input: { Bucket: string; Key: string; VersionId?: string }, context: RequestContext, method: string) {
  const bucket = service.bucket(input.Bucket, context, 's3:GetObject', input.Key);
  const row = service.object(bucket, input.Key, input.VersionId, method);
  return { bucket, row };
}

/** Which bytes a GET or HEAD answers with: all, a Range, or one part. */
function selectBytes(row: ObjectRow, range: string | undefined, partNumber: number | undefined): { start: number; end: number; partial: boolean; partsCount?: number; partChecksum?: string } {
  if (partNumber !== undefined) {
    checkReadPartNumber(partNumber);
    if (range !== undefined) throw invalidRequest('Cannot specify both Range header and partNumber query parameter');
    const parts = row.meta.parts;
    const count = parts?.length ?? 1;
    if (partNumber < 1 || partNumber > count) {
      throw new AwsError('InvalidPartNumber', 'The requested partnumber is not satisfiable', 416, { fields: { PartNumberRequested: partNumber, ActualPartCount: count } });
    }
    // Part 1 of an object uploaded whole is a ranged read of all of it (206), but an empty one has no range to answer.
    if (!parts) return { start: 0, end: row.size - 1, partial: row.size > 0, partsCount: undefined };
    let start = 0;
    for (let i = 0; i < partNumber - 1; i++) start += parts[i]!.size;
    return { start, end: start + parts[partNumber - 1]!.size - 1, partial: true, partsCount: count, partChecksum: parts[partNumber - 1]!.checksum };
  }
  const selected = range ? parseByteRange(range, row.size) : undefined;
  if (!selected) return { start: 0, end: row.size - 1, partial: false };
  return { ...selected, partial: true };
}

export function objectOperations(service: S3Service): Operations {
  const clock = service.clock;

  return {
    async PutObject(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObject', input.Key);
      checkKey(input.Key);
      const storageClass = checkStorageClass(input.StorageClass);
      checkAcl(service, bucket, requestedAcl(input));
      const lock = requestedLock(service, bucket, input, context.headers, true);
      const meta = metaFromInput(service, bucket, input, context);
      const tags = parseTaggingHeader(input.Tagging);
      const customerKey = requestedCustomerKey(input);
      const body = await receiveBody(service, input.Body, input as unknown as Record<string, unknown>, context.headers, { cipher: customerKey && customerCipher(customerKey) });
      const digest = body.checksums.get(body.algorithm)!;
      if (meta.sse?.customerKey) meta.sse.customerKey.cipherId = body.segment.id;
      meta.checksum = { algorithm: body.algorithm, type: 'FULL_OBJECT', value: digest.toString('base64') };
      const row = commitObject(
        service,
        bucket,
        {
          key: input.Key,
          deleteMarker: false,
          size: body.segment.size,
          etag: quoteEtag(body.md5.toString('hex')),
          lastModified: clock.now(),
          storageClass,
          segments: [body.segment],
          meta,
          tags,
        },
        { ifMatch: input.IfMatch, ifNoneMatch: input.IfNoneMatch },
      );
      recordRequestedLock(service, row, lock);
      service.emit({ name: 'ObjectCreated:Put', bucket, key: row.key, size: row.size, etag: row.etag, versionId: bucket.versioning ? row.versionId : undefined, context });
      return {
        ETag: row.etag,
        VersionId: bucket.versioning === 'Enabled' ? row.versionId : undefined,
        ...encryptionMembers(meta.sse, customerKey),
        SSEKMSEncryptionContext: meta.sse?.kmsKeyId ? input.SSEKMSEncryptionContext : undefined,
        Expiration: expirationHeader(service, bucket, row),
        ...checksumOutput(meta.checksum),
      };
    },

    async GetObject(input, context) {
      const { bucket, row } = readableRow(service, input, context, 'GET');
      const customerKey = requestedCustomerKey(input);
      const readKey = readingKey(row.meta.sse?.customerKey, customerKey);
      checkArchivedReadable(service, row);
      checkReadConditions(
        { ifMatch: input.IfMatch, ifNoneMatch: input.IfNoneMatch, ifModifiedSince: input.IfModifiedSince, ifUnmodifiedSince: input.IfUnmodifiedSince },
        row.etag,
        row.lastModified,
        clock.now(),
        { ETag: row.etag, 'Last-Modified': new Date(row.lastModified).toUTCString() },
      );
      const bytes = selectBytes(row, context.headers.range, input.PartNumber);
      const described = describe(service, bucket, row, bytes.partial ? undefined : input.ChecksumMode, customerKey);
      const output: Record<string | symbol, unknown> = {
        ...described,
        ContentLength: bytes.end - bytes.start + 1,
        PartsCount: bytes.partsCount,
      };
      if (bytes.partial) {
        output.ContentRange = `bytes ${bytes.start}-${bytes.end}/${row.size}`;
        output[RESPONSE_STATUS] = 206;
        if (bytes.partChecksum && row.meta.checksum?.type === 'COMPOSITE' && input.ChecksumMode === 'ENABLED') {
          output[checksumMember(row.meta.checksum.algorithm)] = bytes.partChecksum;
          output.ChecksumType = 'COMPOSITE';
        }
      }
      if (input.ResponseCacheControl !== undefined) output.CacheControl = input.ResponseCacheControl;
      if (input.ResponseContentDisposition !== undefined) output.ContentDisposition = input.ResponseContentDisposition;
      if (input.ResponseContentEncoding !== undefined) output.ContentEncoding = input.ResponseContentEncoding;
      if (input.ResponseContentLanguage !== undefined) output.ContentLanguage = input.ResponseContentLanguage;
      if (input.ResponseContentType !== undefined) output.ContentType = input.ResponseContentType;
      if (input.ResponseExpires !== undefined) output.Expires = new Date(input.ResponseExpires).toUTCString();
      try {
        if (row.size <= SMALL_BLOB) {
          const stored = service.blobs.readSmall(row.segments).subarray(bytes.start, bytes.end + 1);
          output.Body = readKey ? decryptObjectBytes(readKey, cipherLayout(row), bytes.start, stored) : stored;
        } else {
          output.Body = await service.blobs.read(row.segments, bytes.start, bytes.end, readKey && objectDecipher(readKey, cipherLayout(row), bytes.start));
        }
      } catch (error) {
        // Deleted or replaced between finding the row and opening its files.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw noSuchKey(input.Key);
        throw error;
      }
      return output as S3.GetObjectOutput;
    },

    HeadObject(input, context) {
      const { bucket, row } = readableRow(service, input, context, 'HEAD');
      const customerKey = requestedCustomerKey(input);
      readingKey(row.meta.sse?.customerKey, customerKey);
      checkReadConditions(
        { ifMatch: input.IfMatch, ifNoneMatch: input.IfNoneMatch, ifModifiedSince: input.IfModifiedSince, ifUnmodifiedSince: input.IfUnmodifiedSince },
        row.etag,
        row.lastModified,
        clock.now(),
        { ETag: row.etag, 'Last-Modified': new Date(row.lastModified).toUTCString() },
      );
      const bytes = selectBytes(row, context.headers.range, input.PartNumber);
      const output: Record<string | symbol, unknown> = {
        ...describe(service, bucket, row, bytes.partial ? undefined : input.ChecksumMode, customerKey),
        ContentLength: bytes.end - bytes.start + 1,
        PartsCount: bytes.partsCount,
      };
      if (bytes.partial) {
        output.ContentRange = `bytes ${bytes.start}-${bytes.end}/${row.size}`;
        output[RESPONSE_STATUS] = 206;
      }
      if (ARCHIVED.has(row.storageClass)) output.StorageClass = row.storageClass;
      return output as S3.HeadObjectOutput;
    },

    DeleteObject(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:DeleteObject', input.Key);
      const bypass = checkBypassHeader(service, bucket, context);
      const result = removeObject(service, bucket, input.Key, input.VersionId, context, input.IfMatch, bypass);
      if (result.event) service.emit({ name: result.event, bucket, key: input.Key, versionId: bucket.versioning ? result.versionId : undefined, context });
      return { DeleteMarker: result.deleteMarker, VersionId: result.versionId };
    },

    DeleteObjects(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:DeleteObject');
      const objects = input.Delete?.Objects ?? [];
      if (objects.length === 0 || objects.length > 1000) throw malformedXml();
      const bypass = checkBypassHeader(service, bucket, context);
      const deleted: S3.DeletedObject[] = [];
      const errors: S3.ErrorShape[] = [];
      for (const item of objects) {
        try {
          const result = removeObject(service, bucket, item.Key, item.VersionId, context, item.ETag, bypass);
          if (result.event) service.emit({ name: result.event, bucket, key: item.Key, versionId: bucket.versioning ? result.versionId : undefined, context });
          if (!input.Delete.Quiet) {
            deleted.push({
              Key: item.Key,
              VersionId: item.VersionId,
              DeleteMarker: result.deleteMarker,
              DeleteMarkerVersionId: item.VersionId === undefined && result.deleteMarker ? result.versionId : undefined,
            });
          }
        } catch (error) {
          if (!(error instanceof AwsError)) throw error;
          errors.push({ Key: item.Key, VersionId: item.VersionId, Code: error.code, Message: error.message });
        }
      }
      return { Deleted: deleted.length ? deleted : undefined, Errors: errors.length ? errors : undefined };
    },

    async CopyObject(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObject', input.Key);
      checkKey(input.Key);
      const { source, sourceBucket, row } = readCopySource(service, input, context);
      const sourceKey = readingKey(row.meta.sse?.customerKey, requestedCustomerKey(input, 'source'));
      const customerKey = requestedCustomerKey(input);
      if (row.size > MAX_OBJECT_SIZE) {
        throw invalidRequest(`The specified copy source is larger than the maximum allowable size for a copy source: ${MAX_OBJECT_SIZE}`);
      }
      const directive = input.MetadataDirective ?? 'COPY';
      const taggingDirective = input.TaggingDirective ?? 'COPY';
      if (directive !== 'COPY' && directive !== 'REPLACE') throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', directive);
      checkTaggingDirective(input.TaggingDirective);
      const sameObject = sourceBucket.id === bucket.id && source.key === input.Key && (source.versionId === undefined || row.isLatest);
      // A versioned bucket takes a copy onto itself as a new version; elsewhere it must change something.
      if (sameObject && bucket.versioning !== 'Enabled' && directive === 'COPY' && input.StorageClass === undefined && input.WebsiteRedirectLocation === undefined && input.ServerSideEncryption === undefined && input.SSECustomerAlgorithm === undefined && input.ChecksumAlgorithm === undefined) {
        throw invalidRequest(
          "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
        );
      }
      checkAcl(service, bucket, requestedAcl(input));
      const lock = requestedLock(service, bucket, input, context.headers, false);
      const storageClass = checkStorageClass(input.StorageClass ?? (sameObject && bucket.versioning !== 'Enabled' ? undefined : row.storageClass));
      let meta: ObjectMeta;
      if (directive === 'REPLACE') {
        meta = metaFromInput(service, bucket, input, context);
      } else {
        const fresh = metaFromInput(service, bucket, { ...input, Metadata: undefined }, context);
        meta = { ...row.meta, parts: undefined, checksum: undefined, uploadId: undefined, sse: fresh.sse, owner: context.accountId, websiteRedirectLocation: input.WebsiteRedirectLocation ?? row.meta.websiteRedirectLocation };
      }
      const tags = taggingDirective === 'REPLACE' ? parseTaggingHeader(input.Tagging) : { ...row.tags };
      const algorithm: ChecksumAlgorithm = requestedChecksum(input as unknown as Record<string, unknown>, {}) ?? (row.meta.checksum?.algorithm as ChecksumAlgorithm | undefined) ?? 'CRC64NVME';
      const md5 = createHasher('MD5');
      const hasher = createHasher(algorithm);
      const segment = await service.blobs.copyRange(row.segments, 0, row.size - 1, [md5, hasher], {
        from: sourceKey && objectDecipher(sourceKey, cipherLayout(row), 0),
        to: customerKey && customerCipher(customerKey),
      });
      if (meta.sse?.customerKey) meta.sse.customerKey.cipherId = segment.id;
      meta.checksum = { algorithm, type: 'FULL_OBJECT', value: hasher.digest().toString('base64') };
      const created = commitObject(
        service,
        bucket,
        { key: input.Key, deleteMarker: false, size: row.size, etag: quoteEtag(md5.digest().toString('hex')), lastModified: clock.now(), storageClass, segments: [segment], meta, tags },
        { ifMatch: input.IfMatch, ifNoneMatch: input.IfNoneMatch },
      );
      recordRequestedLock(service, created, lock);
      service.emit({ name: 'ObjectCreated:Copy', bucket, key: created.key, size: created.size, etag: created.etag, versionId: bucket.versioning ? created.versionId : undefined, context });
      return {
        CopyObjectResult: { ETag: created.etag, LastModified: new Date(created.lastModified), ...checksumOutput(meta.checksum) },
        CopySourceVersionId: sourceBucket.versioning ? row.versionId : undefined,
        VersionId: bucket.versioning === 'Enabled' ? created.versionId : undefined,
        ...encryptionMembers(meta.sse, customerKey),
        Expiration: expirationHeader(service, bucket, created),
      };
    },

    GetObjectAttributes(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetObject', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'GET');
      readingKey(row.meta.sse?.customerKey, requestedCustomerKey(input));
      const wanted = new Set((input.ObjectAttributes ?? []).map(String));
      checkObjectAttributes([...wanted]);
      if (wanted.size === 0) throw invalidArgument('Invalid attribute name specified.', 'x-amz-object-attributes', '');
      checkListingInteger('max-parts', input.MaxParts);
      checkListingInteger('part-number-marker', input.PartNumberMarker);
      const output: S3.GetObjectAttributesOutput = {
        LastModified: new Date(row.lastModified),
        VersionId: bucket.versioning ? row.versionId : undefined,
      };
      if (wanted.has('ETag')) output.ETag = row.etag.replace(/"/g, '');
      if (wanted.has('ObjectSize')) output.ObjectSize = row.size;
      if (wanted.has('StorageClass')) output.StorageClass = row.storageClass as S3.GetObjectAttributesOutput['StorageClass'];
      if (wanted.has('Checksum') && row.meta.checksum) output.Checksum = checksumOutput(row.meta.checksum) as S3.Checksum;
      if (wanted.has('ObjectParts') && row.meta.parts) {
        const parts = row.meta.parts;
        const marker = input.PartNumberMarker ?? 0;
        const max = input.MaxParts ?? 1000;
        const listed = parts.map((p, i) => ({ ...p, number: i + 1 })).filter((p) => p.number > marker);
        const page = listed.slice(0, max);
        const algorithm = row.meta.checksum?.algorithm;
        output.ObjectParts = {
          TotalPartsCount: parts.length,
          PartNumberMarker: marker,
          NextPartNumberMarker: page.length ? page[page.length - 1]!.number : marker,
          MaxParts: max,
          IsTruncated: listed.length > page.length,
          Parts: page.map((p) => ({
            PartNumber: p.number,
            Size: p.size,
            ...(p.checksum && algorithm ? { [checksumMember(algorithm)]: p.checksum } : {}),
          })),
        };
      }
      return output;
    },

    GetObjectTagging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetObjectTagging', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'GET');
      return { TagSet: tagSet(row.tags), VersionId: bucket.versioning ? row.versionId : undefined };
    },

    PutObjectTagging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObjectTagging', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'PUT');
      const tags = validateTags(input.Tagging?.TagSet ?? [], 'object');
      service.state.setTags(row, tags);
      service.emit({ name: 'ObjectTagging:Put', bucket, key: row.key, size: row.size, etag: row.etag, versionId: bucket.versioning ? row.versionId : undefined, context });
      return { VersionId: bucket.versioning ? row.versionId : undefined };
    },

    DeleteObjectTagging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:DeleteObjectTagging', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'DELETE');
      service.state.setTags(row, {});
      service.emit({ name: 'ObjectTagging:Delete', bucket, key: row.key, size: row.size, etag: row.etag, versionId: bucket.versioning ? row.versionId : undefined, context });
      return { VersionId: bucket.versioning ? row.versionId : undefined };
    },

    GetObjectAcl(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetObjectAcl', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'GET');
      const id = ownerId(row.meta.owner);
      return { Owner: { ID: id }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: id }, Permission: 'FULL_CONTROL' }] };
    },

    PutObjectAcl(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObjectAcl', input.Key);
      service.object(bucket, input.Key, input.VersionId, 'PUT');
      checkAcl(service, bucket, input.ACL ?? (input.AccessControlPolicy || input.GrantRead || input.GrantFullControl ? 'grants' : undefined));
      return {};
    },
  };
}

function ownerId(account: string): string {
  return canonicalId(account);
}
