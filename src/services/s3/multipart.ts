/**
 * Multipart uploads: CreateMultipartUpload, UploadPart, UploadPartCopy,
 * CompleteMultipartUpload (part order and size rules, `-N` ETags, composite or full-object
 * checksums), AbortMultipartUpload, ListParts and ListMultipartUploads. Parts stay the files
 * they were uploaded as: a completed object is the list of its parts' blobs.
 */
import { createHash } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import type * as S3 from '../../generated/s3.js';
import { canCombine, CHECKSUM_ALGORITHMS, checksumMember, combineCrcs, compositeChecksum, createHasher, type ChecksumAlgorithm } from './checksums.js';
import { badDigest, invalidArgument, invalidRequest, malformedXml, noSuchUpload, preconditionFailed } from './errors.js';
import { receiveBody, requestedChecksum } from './incoming-body.js';
import { urlEncodeKey } from './listing.js';
import { readCopySource } from './copy-source.js';
import { applyUploadLock, recordUploadLock, requestedLock } from './object-lock.js';
import { checkAcl, checkStorageClass, checksumOutput, commitObject, metaFromInput } from './objects.js';
import { checkKey, MAX_OBJECT_SIZE, MIN_PART_SIZE, owner, quoteEtag, type S3Service } from './service.js';
import type { BucketRow, ObjectChecksum, ObjectRow, PartRow, UploadRow } from './state.js';
import { cipherLayout, encryptionMembers, objectDecipher, partCipher, readingKey, requestedCustomerKey } from './customer-keys.js';
import { checkEncodingType, checkListingInteger, requestedAcl } from './request-validation.js';
import { parseTaggingHeader } from './tags.js';

type Operations = Partial<S3.S3Operations>;

const MAX_PARTS = 10_000;

/** Checksums stored with a part: algorithm → base64 digest. */
type PartChecksums = Partial<Record<ChecksumAlgorithm, string>>;

function partChecksums(part: PartRow): PartChecksums {
  return part.checksum ? (JSON.parse(part.checksum) as PartChecksums) : {};
}

function checkPartNumber(partNumber: number): void {
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > MAX_PARTS) {
    throw invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', String(partNumber));
  }
}

function unquote(etag: string): string {
  return etag.trim().replace(/^"|"$/g, '');
}

export function multipartOperations(service: S3Service): Operations {
  const clock = service.clock;

  function requireUpload(bucket: BucketRow, key: string, uploadId: string): UploadRow {
    const upload = service.state.upload(uploadId);
    if (!upload || upload.bucketId !== bucket.id || upload.key !== key) throw noSuchUpload(uploadId);
    return upload;
  }

  /** The algorithm every part of an upload is checksummed with (S3's default: CRC64NVME, full object). */
  function uploadAlgorithm(upload: UploadRow): ChecksumAlgorithm {
    return upload.checksumAlgorithm ?? 'CRC64NVME';
  }

  function storePart(upload: UploadRow, partNumber: number, part: Omit<PartRow, 'uploadId' | 'partNumber'>): void {
    const previous = service.state.part(upload.uploadId, partNumber);
    service.state.putPart({ uploadId: upload.uploadId, partNumber, ...part });
    if (previous) service.release([{ id: previous.blob, size: previous.size }]);
  }

  /**
   * The version a completed upload made, when a retried CompleteMultipartUpload names the same
   * upload and parts: S3 answers the retry as it answered the first call.
   */
  function completedBefore(bucket: BucketRow, key: string, uploadId: string, parts: S3.CompletedPart[]): ObjectRow | undefined {
    const row = service.state.latest(bucket, key);
    if (!row || row.deleteMarker || row.meta.uploadId !== uploadId) return undefined;
    if (parts.length !== row.meta.parts?.length || parts.some((p) => p.ETag === undefined)) return undefined;
    const md5s = Buffer.concat(parts.map((p) => Buffer.from(unquote(p.ETag!), 'hex')));
    return row.etag === quoteEtag(`${createHash('md5').update(md5s).digest('hex')}-${parts.length}`) ? row : undefined;
  }

  function completeResult(bucket: BucketRow, row: ObjectRow, context: RequestContext): S3.CompleteMultipartUploadOutput {
    const checksum = row.meta.checksum;
    return {
      Location: `${context.endpoint.replace(/\/$/, '')}/${bucket.name}/${encodeURI(row.key)}`,
      Bucket: bucket.name,
      Key: row.key,
      ETag: row.etag,
      VersionId: bucket.versioning === 'Enabled' ? row.versionId : undefined,
      ...encryptionMembers(row.meta.sse),
      // The object's checksum is reported when the upload asked for one (its parts then carry theirs).
      ...(checksum && row.meta.parts?.some((p) => p.checksum !== undefined) ? checksumOutput(checksum) : {}),
    };
  }

  return {
    CreateMultipartUpload(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObject', input.Key);
      checkKey(input.Key);
      const storageClass = checkStorageClass(input.StorageClass);
      checkAcl(service, bucket, requestedAcl(input));
      const lock = requestedLock(service, bucket, input, context.headers, false);
      const meta = metaFromInput(service, bucket, input, context);
      const tags = parseTaggingHeader(input.Tagging);
      const algorithm = requestedChecksum(input as unknown as Record<string, unknown>, {});
      let type = input.ChecksumType as ObjectChecksum['type'] | undefined;
      if (type !== undefined && type !== 'COMPOSITE' && type !== 'FULL_OBJECT') throw invalidRequest('Value for x-amz-checksum-type header is invalid.');
      if (type && !algorithm) throw invalidRequest('The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.');
      if (algorithm) {
        type ??= algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE';
        if (type === 'FULL_OBJECT' && !canCombine(algorithm)) {
          throw invalidRequest(`The FULL_OBJECT checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`);
        }
        if (type === 'COMPOSITE' && algorithm === 'CRC64NVME') {
          throw invalidRequest('The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.');
        }
      }
      const upload: UploadRow = {
        uploadId: service.newUploadId(),
        bucketId: bucket.id,
        key: input.Key,
        initiated: clock.now(),
        storageClass,
        meta,
        tags,
        checksumAlgorithm: algorithm,
        checksumType: type,
      };
      service.state.createUpload(upload);
      recordUploadLock(service, upload.uploadId, lock);
      return {
        Bucket: input.Bucket,
        Key: input.Key,
        UploadId: upload.uploadId,
        ...encryptionMembers(meta.sse, requestedCustomerKey(input)),
        SSEKMSEncryptionContext: meta.sse?.kmsKeyId ? input.SSEKMSEncryptionContext : undefined,
        ChecksumAlgorithm: algorithm,
        ChecksumType: type,
      };
    },

    async UploadPart(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObject', input.Key);
      checkPartNumber(input.PartNumber);
      const upload = requireUpload(bucket, input.Key, input.UploadId);
      const algorithm = uploadAlgorithm(upload);
      const sent = requestedChecksum(input as unknown as Record<string, unknown>, context.headers);
      if (upload.checksumAlgorithm && sent && sent !== upload.checksumAlgorithm) {
        throw invalidRequest(`Checksum Type mismatch occurred, expected checksum Type: ${upload.checksumAlgorithm.toLowerCase()}, actual checksum Type: ${sent.toLowerCase()}`);
      }
      const customerKey = requestedCustomerKey(input);
      const cipher = partCipher(upload.meta.sse?.customerKey, customerKey);
      const body = await receiveBody(service, input.Body, input as unknown as Record<string, unknown>, context.headers, { also: [algorithm], maxSize: MAX_OBJECT_SIZE, cipher });
      const checksums: PartChecksums = {};
      for (const [a, digest] of body.checksums) checksums[a] = digest.toString('base64');
      const etag = quoteEtag(body.md5.toString('hex'));
      // The upload may have been completed or aborted while the part streamed in.
      if (!service.state.upload(upload.uploadId)) {
        service.release([body.segment]);
        throw noSuchUpload(upload.uploadId);
      }
      storePart(upload, input.PartNumber, { blob: body.segment.id, size: body.segment.size, etag, lastModified: clock.now(), checksum: JSON.stringify(checksums) });
      const output: Record<string, unknown> = { ETag: etag, ...encryptionMembers(upload.meta.sse, customerKey) };
      const reported = upload.checksumAlgorithm ?? sent;
      if (reported && checksums[reported]) output[checksumMember(reported)] = checksums[reported];
      return output as S3.UploadPartOutput;
    },

    async UploadPartCopy(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObject', input.Key);
      checkPartNumber(input.PartNumber);
      const upload = requireUpload(bucket, input.Key, input.UploadId);
      const { sourceBucket, row } = readCopySource(service, input, context);
      const sourceKey = readingKey(row.meta.sse?.customerKey, requestedCustomerKey(input, 'source'));
      const customerKey = requestedCustomerKey(input);
      const cipher = partCipher(upload.meta.sse?.customerKey, customerKey);
      let start = 0;
      let end = row.size - 1;
      if (input.CopySourceRange !== undefined) {
        const match = /^bytes=(\d+)-(\d+)$/.exec(input.CopySourceRange.trim());
        if (!match) {
          throw invalidArgument(
            'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy',
            'x-amz-copy-source-range',
            input.CopySourceRange,
          );
        }
        start = Number(match[1]);
        end = Number(match[2]);
        if (start > end || end >= row.size) {
          throw invalidArgument(`Range specified is not valid for source object of size: ${row.size}`, 'x-amz-copy-source-range', input.CopySourceRange);
        }
      }
      const algorithm = uploadAlgorithm(upload);
      const md5 = createHasher('MD5');
      const hasher = createHasher(algorithm);
      const segment =
        end >= start
          ? await service.blobs.copyRange(row.segments, start, end, [md5, hasher], { from: sourceKey && objectDecipher(sourceKey, cipherLayout(row), start), to: cipher })
          : await service.blobs.write(service.bodyStream(undefined), [md5, hasher]);
      if (!service.state.upload(upload.uploadId)) {
        service.release([segment]);
        throw noSuchUpload(upload.uploadId);
      }
      const etag = quoteEtag(md5.digest().toString('hex'));
      const digest = hasher.digest().toString('base64');
      const now = clock.now();
      storePart(upload, input.PartNumber, { blob: segment.id, size: segment.size, etag, lastModified: now, checksum: JSON.stringify({ [algorithm]: digest }) });
      return {
        CopySourceVersionId: sourceBucket.versioning ? row.versionId : undefined,
        CopyPartResult: { ETag: etag, LastModified: new Date(now), ...(upload.checksumAlgorithm ? { [checksumMember(algorithm)]: digest } : {}) },
        ...encryptionMembers(upload.meta.sse, customerKey),
      };
    },

    CompleteMultipartUpload(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutObject', input.Key);
      const requested = input.MultipartUpload?.Parts ?? [];
      const open = service.state.upload(input.UploadId);
      if (!open) {
        const retried = completedBefore(bucket, input.Key, input.UploadId, requested);
        if (retried) return completeResult(bucket, retried, context);
      }
      const upload = requireUpload(bucket, input.Key, input.UploadId);
      if (requested.length === 0) {
        throw malformedXml();
      }
      let previous = 0;
      for (const part of requested) {
        if (part.PartNumber === undefined) throw malformedXml();
        if (part.PartNumber <= previous) {
          throw new AwsError('InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.', 400, {
            fields: { UploadId: upload.uploadId },
          });
        }
        previous = part.PartNumber;
      }
      const stored = new Map(service.state.parts(upload.uploadId).map((p) => [p.partNumber, p]));
      const algorithm = uploadAlgorithm(upload);
      const chosen: PartRow[] = [];
      requested.forEach((part, index) => {
        const found = stored.get(part.PartNumber!);
        if (!found || (part.ETag !== undefined && unquote(part.ETag) !== unquote(found.etag))) {
          throw new AwsError(
            'InvalidPart',
            "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
            400,
            { fields: { UploadId: upload.uploadId, PartNumber: part.PartNumber, ETag: part.ETag } },
          );
        }
        if (index < requested.length - 1 && found.size < MIN_PART_SIZE) {
          throw new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.', 400, {
            fields: { ProposedSize: found.size, MinSizeAllowed: MIN_PART_SIZE, PartNumber: part.PartNumber, ETag: unquote(found.etag) },
          });
        }
        const checksums = partChecksums(found);
        if (upload.checksumAlgorithm && upload.checksumType === 'COMPOSITE') {
          const claim = (part as Record<string, unknown>)[checksumMember(upload.checksumAlgorithm)];
          if (claim === undefined) {
            throw invalidRequest(
              `The upload was created using a ${upload.checksumAlgorithm.toLowerCase()} checksum. The complete request must include the checksum for each part. It was missing for part ${part.PartNumber} in the request.`,
            );
          }
        }
        for (const a of CHECKSUM_ALGORITHMS) {
          const claim = (part as Record<string, unknown>)[checksumMember(a)];
          if (typeof claim === 'string' && checksums[a] !== undefined && claim !== checksums[a]) {
            throw invalidRequest(`The ${a.toLowerCase()} you specified for part ${part.PartNumber} did not match what was uploaded.`);
          }
        }
        chosen.push(found);
      });
      const total = chosen.reduce((sum, p) => sum + p.size, 0);
      if (total > MAX_OBJECT_SIZE * 1000) throw new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400);
      const md5s = Buffer.concat(chosen.map((p) => Buffer.from(unquote(p.etag), 'hex')));
      const etag = quoteEtag(`${createHash('md5').update(md5s).digest('hex')}-${chosen.length}`);
      const digests = chosen.map((p) => Buffer.from(partChecksums(p)[algorithm] ?? '', 'base64'));
      const type = upload.checksumType ?? 'FULL_OBJECT';
      const checksum: ObjectChecksum =
        type === 'COMPOSITE'
          ? { algorithm, type, value: compositeChecksum(algorithm, digests) }
          : { algorithm, type, value: combineCrcs(algorithm, chosen.map((p, i) => ({ digest: digests[i]!, size: p.size }))).toString('base64') };
      const claimed = (input as unknown as Record<string, unknown>)[checksumMember(algorithm)];
      if (typeof claimed === 'string' && type === 'FULL_OBJECT' && claimed !== checksum.value) throw badDigest(algorithm);
      if (input.MpuObjectSize !== undefined && input.MpuObjectSize !== total) {
        throw invalidRequest(`The provided 'x-amz-mp-object-size' header value ${input.MpuObjectSize} does not match what was computed: ${total}`);
      }
      // SSE-C parts keep the id their counter start derives from: the bytes read back wherever they are copied.
      const encrypted = upload.meta.sse?.customerKey !== undefined;
      const partChecksumsKept = chosen.map((p, i) => ({
        size: p.size,
        checksum: upload.checksumAlgorithm ? digests[i]!.toString('base64') : undefined,
        ...(encrypted ? { cipherId: p.blob } : {}),
      }));
      const row = commitObject(
        service,
        bucket,
        {
          key: upload.key,
          deleteMarker: false,
          size: total,
          etag,
          lastModified: clock.now(),
          storageClass: upload.storageClass,
          segments: chosen.map((p) => ({ id: p.blob, size: p.size })),
          meta: { ...upload.meta, checksum, parts: partChecksumsKept, uploadId: upload.uploadId },
          tags: upload.tags,
        },
        { ifMatch: input.IfMatch, ifNoneMatch: input.IfNoneMatch },
        { keepSegmentsOnFailure: true },
      );
      // The parts not listed are dropped with the upload.
      const used = new Set(chosen.map((p) => p.blob));
      applyUploadLock(service, upload.uploadId, row);
      service.state.deleteUpload(upload.uploadId);
      service.release([...stored.values()].filter((p) => !used.has(p.blob)).map((p) => ({ id: p.blob, size: p.size })));
      service.emit({ name: 'ObjectCreated:CompleteMultipartUpload', bucket, key: row.key, size: row.size, etag: row.etag, versionId: bucket.versioning ? row.versionId : undefined, context });
      return completeResult(bucket, row, context);
    },

    AbortMultipartUpload(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:AbortMultipartUpload', input.Key);
      const upload = requireUpload(bucket, input.Key, input.UploadId);
      if (input.IfMatchInitiatedTime !== undefined && Math.floor(input.IfMatchInitiatedTime.getTime() / 1000) !== Math.floor(upload.initiated / 1000)) {
        throw preconditionFailed('x-amz-if-match-initiated-time');
      }
      const parts = service.state.parts(upload.uploadId);
      service.state.deleteUpload(upload.uploadId);
      service.release(parts.map((p) => ({ id: p.blob, size: p.size })));
      return {};
    },

    ListParts(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:ListMultipartUploadParts', input.Key);
      const upload = requireUpload(bucket, input.Key, input.UploadId);
      const max = input.MaxParts ?? 1000;
      checkListingInteger('max-parts', input.MaxParts);
      checkListingInteger('part-number-marker', input.PartNumberMarker);
      const marker = input.PartNumberMarker ?? 0;
      const after = service.state.parts(upload.uploadId).filter((p) => p.partNumber > marker);
      const pageParts = after.slice(0, Math.min(max, 1000));
      const truncated = after.length > pageParts.length;
      const reported = upload.checksumAlgorithm;
      return {
        Bucket: bucket.name,
        Key: upload.key,
        UploadId: upload.uploadId,
        PartNumberMarker: marker,
        NextPartNumberMarker: pageParts.length ? pageParts[pageParts.length - 1]!.partNumber : undefined,
        MaxParts: max,
        IsTruncated: truncated,
        Parts: pageParts.length
          ? pageParts.map((p) => ({
              PartNumber: p.partNumber,
              LastModified: new Date(p.lastModified),
              ETag: p.etag,
              Size: p.size,
              ...(reported && partChecksums(p)[reported] ? { [checksumMember(reported)]: partChecksums(p)[reported] } : {}),
            }))
          : undefined,
        Initiator: { ID: owner(upload.meta.owner).ID },
        Owner: owner(upload.meta.owner),
        StorageClass: upload.storageClass as S3.ListPartsOutput['StorageClass'],
        ChecksumAlgorithm: upload.checksumAlgorithm,
        ChecksumType: upload.checksumType,
      };
    },

    ListMultipartUploads(input, context: RequestContext) {
      const bucket = service.bucket(input.Bucket, context, 's3:ListBucketMultipartUploads');
      checkListingInteger('max-uploads', input.MaxUploads);
      checkEncodingType(input.EncodingType);
      const max = Math.min(input.MaxUploads ?? 1000, 1000);
      const prefix = input.Prefix ?? '';
      const delimiter = input.Delimiter || undefined;
      const encode = input.EncodingType === 'url' ? urlEncodeKey : (t: string) => t;
      const keyMarker = input.KeyMarker ?? '';
      const uploadIdMarker = input.UploadIdMarker;
      const uploads: S3.MultipartUpload[] = [];
      const prefixes: string[] = [];
      let truncated = false;
      let last: { key: string; uploadId?: string } | undefined;
      for (const upload of service.state.uploads(bucket)) {
        if (!upload.key.startsWith(prefix)) continue;
        const cmp = Buffer.compare(Buffer.from(upload.key), Buffer.from(keyMarker));
        if (keyMarker && (cmp < 0 || (cmp === 0 && (!uploadIdMarker || upload.uploadId <= uploadIdMarker)))) continue;
        let cp: string | undefined;
        if (delimiter) {
          const at = upload.key.indexOf(delimiter, prefix.length);
          if (at >= 0) cp = upload.key.slice(0, at + delimiter.length);
        }
        if (cp !== undefined && (prefixes.includes(cp) || (keyMarker && cp <= keyMarker))) continue;
        if (uploads.length + prefixes.length === max) {
          truncated = true;
          break;
        }
        if (cp !== undefined) {
          prefixes.push(cp);
          last = { key: cp };
        } else {
          uploads.push({
            UploadId: upload.uploadId,
            Key: encode(upload.key),
            Initiated: new Date(upload.initiated),
            StorageClass: upload.storageClass as S3.MultipartUpload['StorageClass'],
            Owner: owner(upload.meta.owner),
            Initiator: { ID: owner(upload.meta.owner).ID },
            ChecksumAlgorithm: upload.checksumAlgorithm,
            ChecksumType: upload.checksumType,
          });
          last = { key: upload.key, uploadId: upload.uploadId };
        }
      }
      return {
        Bucket: bucket.name,
        KeyMarker: encode(keyMarker),
        UploadIdMarker: uploadIdMarker ?? '',
        NextKeyMarker: truncated && last ? encode(last.key) : undefined,
        NextUploadIdMarker: truncated && last?.uploadId ? last.uploadId : undefined,
        Prefix: encode(prefix),
        Delimiter: delimiter ? encode(delimiter) : undefined,
        MaxUploads: max,
        IsTruncated: truncated,
        Uploads: uploads.length ? uploads : undefined,
        CommonPrefixes: prefixes.length ? prefixes.map((p) => ({ Prefix: encode(p) })) : undefined,
        EncodingType: input.EncodingType,
      };
    },
  };
}
