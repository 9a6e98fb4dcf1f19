/**
 * The source of a copy (CopyObject, UploadPartCopy): x-amz-copy-source parsed, the object found
 * and readable by the caller, and the request's x-amz-copy-source-if-* conditions met.
 */
import type { RequestContext } from '../../core/context.js';
import type * as S3 from '../../generated/s3.js';
import { checkCopySourceConditions } from './conditions.js';
import { invalidArgument, invalidRequest, invalidVersionId, noSuchKey, noSuchVersion } from './errors.js';
import { checkArchivedReadable } from './restore.js';
import { isValidVersionId, type S3Service } from './service.js';
import type { BucketRow, ObjectRow } from './state.js';

export interface CopySource {
  bucket: string;
  key: string;
  versionId?: string;
}

/** x-amz-copy-source: `bucket/key` (URL-encoded), optionally `?versionId=`. */
function parseCopySource(value: string): CopySource {
  let text = value.startsWith('/') ? value.slice(1) : value;
  let versionId: string | undefined;
  const q = text.indexOf('?');
  if (q >= 0) {
    const params = new URLSearchParams(text.slice(q + 1));
    versionId = params.get('versionId') ?? undefined;
    text = text.slice(0, q);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    throw invalidArgument('Invalid copy source encoding', 'x-amz-copy-source', value);
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) throw invalidArgument('Invalid copy source object key', 'x-amz-copy-source', value);
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1), versionId };
}

/** The object a copy reads (CopyObject, UploadPartCopy): found, readable by the caller, and meeting the request's x-amz-copy-source-if-* conditions. */
export function readCopySource(
  service: S3Service,
  input: Pick<S3.CopyObjectRequest, 'CopySource' | 'CopySourceIfMatch' | 'CopySourceIfNoneMatch' | 'CopySourceIfModifiedSince' | 'CopySourceIfUnmodifiedSince'>,
  context: RequestContext,
): { source: CopySource; sourceBucket: BucketRow; row: ObjectRow } {
  const source = parseCopySource(input.CopySource);
  const sourceBucket = service.bucket(source.bucket, context, 's3:GetObject', source.key);
  const row = copySourceRow(service, sourceBucket, source);
  checkArchivedReadable(service, row);
  checkCopySourceConditions(
    { ifMatch: input.CopySourceIfMatch, ifNoneMatch: input.CopySourceIfNoneMatch, ifModifiedSince: input.CopySourceIfModifiedSince, ifUnmodifiedSince: input.CopySourceIfUnmodifiedSince },
    row.etag,
    row.lastModified,
    service.clock.now(),
  );
  return { source, sourceBucket, row };
}

function copySourceRow(service: S3Service, bucket: BucketRow, source: CopySource): ObjectRow {
  if (source.versionId !== undefined) {
    if (!isValidVersionId(source.versionId)) throw invalidVersionId(source.versionId);
    const row = service.state.version(bucket, source.key, source.versionId);
    if (!row) throw noSuchVersion(source.key, source.versionId);
    if (row.deleteMarker) throw invalidRequest('The source of a copy request may not specifically refer to a delete marker by version id.');
    return row;
  }
  const row = service.state.latest(bucket, source.key);
  if (!row || row.deleteMarker) throw noSuchKey(source.key);
  return row;
}
