/**
 * ListObjects (v1), ListObjectsV2 and ListObjectVersions: keys in S3's order (UTF-8 byte
 * order, which SQLite gives for BLOB keys), prefixes, delimiters rolled up into common
 * prefixes (skipped over in the index rather than read), markers, continuation tokens,
 * max-keys and encoding-type=url.
 */
import type { RequestContext } from '../../core/context.js';
import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import type * as S3 from '../../generated/s3.js';
import { invalidArgument } from './errors.js';
import { owner, type S3Service } from './service.js';
import type { BucketRow, ObjectRow } from './state.js';

type Operations = Partial<S3.S3Operations>;

const BATCH = 1000;
const AFTER_ALL_VERSIONS = Number.MAX_SAFE_INTEGER;
const HIGH = Buffer.from([0xff]);

type Entry = { kind: 'object'; row: ObjectRow } | { kind: 'prefix'; prefix: string };

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** S3's encoding-type=url: form-style percent-encoding, `/` kept, space as `+`. */
export function urlEncodeKey(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+');
}

function commonPrefix(key: string, prefix: string, delimiter: string | undefined): string | undefined {
  if (!delimiter) return undefined;
  const at = key.indexOf(delimiter, prefix.length);
  return at < 0 ? undefined : key.slice(0, at + delimiter.length);
}

/** Current versions after `after` (exclusive), common prefixes rolled up, delete markers left out. */
function* walkCurrent(service: S3Service, bucket: BucketRow, prefix: string, delimiter: string | undefined, after: string | undefined): Generator<Entry> {
  const afterBytes = after === undefined ? undefined : bytes(after);
  const prefixBytes = bytes(prefix);
  let cursor = afterBytes && Buffer.compare(afterBytes, prefixBytes) > 0 ? afterBytes : prefixBytes;
  for (;;) {
    const rows = service.state.listLatest(bucket, cursor, BATCH);
    if (rows.length === 0) return;
    let jumped = false;
    for (const row of rows) {
      const keyBytes = bytes(row.key);
      cursor = Buffer.concat([keyBytes, Buffer.from([0])]);
      if (!row.key.startsWith(prefix)) return;
      if (afterBytes && Buffer.compare(keyBytes, afterBytes) <= 0) continue;
      const cp = commonPrefix(row.key, prefix, delimiter);
      if (cp !== undefined) {
        const cpBytes = bytes(cp);
        cursor = Buffer.concat([cpBytes, HIGH]);
        jumped = true;
        if (!afterBytes || Buffer.compare(cpBytes, afterBytes) > 0) yield { kind: 'prefix', prefix: cp };
        break;
      }
      if (row.deleteMarker) continue;
      yield { kind: 'object', row };
    }
    if (!jumped && rows.length < BATCH) return;
  }
}

/** Every version, key by key (newest first), after (keyMarker, versionIdMarker). */
function* walkVersions(service: S3Service, bucket: BucketRow, prefix: string, delimiter: string | undefined, keyMarker: string | undefined, afterId: number): Generator<Entry> {
  const markerBytes = keyMarker === undefined ? undefined : bytes(keyMarker);
  const prefixBytes = bytes(prefix);
  let afterKey: Buffer;
  let afterVersion: number;
  if (markerBytes && Buffer.compare(markerBytes, prefixBytes) >= 0) {
    afterKey = markerBytes;
    afterVersion = afterId;
  } else {
    afterKey = prefixBytes;
    afterVersion = AFTER_ALL_VERSIONS;
  }
  for (;;) {
    const rows = service.state.listVersions(bucket, afterKey, afterVersion, BATCH);
    if (rows.length === 0) return;
    let jumped = false;
    for (const row of rows) {
      afterKey = bytes(row.key);
      afterVersion = row.id;
      if (!row.key.startsWith(prefix)) return;
      const cp = commonPrefix(row.key, prefix, delimiter);
      if (cp !== undefined) {
        const cpBytes = bytes(cp);
        afterKey = Buffer.concat([cpBytes, HIGH]);
        afterVersion = AFTER_ALL_VERSIONS;
        jumped = true;
        if (!markerBytes || Buffer.compare(cpBytes, markerBytes) > 0) yield { kind: 'prefix', prefix: cp };
        break;
      }
      yield { kind: 'object', row };
    }
    if (!jumped && rows.length < BATCH) return;
  }
}

/** Up to max entries, and whether more follow. */
function page(entries: Generator<Entry>, max: number): { items: Entry[]; truncated: boolean } {
  const items: Entry[] = [];
  for (const entry of entries) {
    if (items.length === max) return { items, truncated: true };
    items.push(entry);
  }
  return { items, truncated: false };
}

function maxKeys(value: number | undefined): number {
  if (value === undefined) return 1000;
  if (!Number.isInteger(value) || value < 0) throw invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647', 'maxKeys', String(value));
  return Math.min(value, 1000);
}

function encodingType(value: string | undefined): 'url' | undefined {
  if (value === undefined) return undefined;
  if (value !== 'url') throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', value);
  return 'url';
}

function objectEntry(row: ObjectRow, encode: (text: string) => string, withOwner: boolean): S3.ObjectShape {
  return {
    Key: encode(row.key),
    LastModified: new Date(row.lastModified),
    ETag: row.etag,
    ChecksumAlgorithm: row.meta.checksum ? [row.meta.checksum.algorithm] : undefined,
    ChecksumType: row.meta.checksum?.type,
    Size: row.size,
    StorageClass: row.storageClass as S3.ObjectShape['StorageClass'],
    Owner: withOwner ? owner(row.meta.owner) : undefined,
  };
}

const identity = (text: string): string => text;

/** A page of a listing as ListObjects and ListObjectsV2 answer it: objects, and the common prefixes apart. */
function entriesOf(items: Entry[], encode: (text: string) => string, withOwner: boolean): { contents: S3.ObjectShape[]; prefixes: S3.CommonPrefix[] } {
  const contents = items.filter((e): e is Extract<Entry, { kind: 'object' }> => e.kind === 'object').map((e) => objectEntry(e.row, encode, withOwner));
  const prefixes = items.filter((e): e is Extract<Entry, { kind: 'prefix' }> => e.kind === 'prefix').map((e) => ({ Prefix: encode(e.prefix) }));
  return { contents, prefixes };
}

/**
 * The key a ListObjectsV2 ContinuationToken continues after: a page token (core/pagination.ts),
 * or the `1\n<key>` base64 form given out before, which stays good.
 */
function continuesAfter(token: string): string {
  const legacy = Buffer.from(token, 'base64').toString('utf8');
  if (legacy.startsWith('1\n') && Buffer.from(legacy, 'utf8').toString('base64') === token) return legacy.slice(2);
  return decodePageToken(token, isAfterKey, () => invalidArgument('The continuation token provided is incorrect', 'continuation-token', token)).after;
}

export function listingOperations(service: S3Service): Operations {
  const bucketFor = (name: string, context: RequestContext) => service.bucket(name, context, 's3:ListBucket');

  return {
    ListObjectsV2(input, context) {
      const bucket = bucketFor(input.Bucket, context);
      const max = maxKeys(input.MaxKeys);
      const encoding = encodingType(input.EncodingType);
      const encode = encoding ? urlEncodeKey : identity;
      const prefix = input.Prefix ?? '';
      const after = input.ContinuationToken !== undefined ? continuesAfter(input.ContinuationToken) : input.StartAfter;
      const { items, truncated } = page(walkCurrent(service, bucket, prefix, input.Delimiter || undefined, after), max);
      const { contents, prefixes } = entriesOf(items, encode, Boolean(input.FetchOwner));
      const last = items[items.length - 1];
      return {
        IsTruncated: truncated,
        Contents: contents.length ? contents : undefined,
        Name: input.Bucket,
        Prefix: encode(prefix),
        Delimiter: input.Delimiter ? encode(input.Delimiter) : undefined,
        MaxKeys: input.MaxKeys ?? 1000,
        CommonPrefixes: prefixes.length ? prefixes : undefined,
        EncodingType: encoding,
        KeyCount: items.length,
        ContinuationToken: input.ContinuationToken,
        NextContinuationToken: truncated && last ? encodePageToken({ after: last.kind === 'object' ? last.row.key : last.prefix }) : undefined,
        StartAfter: input.StartAfter !== undefined ? encode(input.StartAfter) : undefined,
      };
    },

    ListObjects(input, context) {
      const bucket = bucketFor(input.Bucket, context);
      const max = maxKeys(input.MaxKeys);
      const encoding = encodingType(input.EncodingType);
      const encode = encoding ? urlEncodeKey : identity;
      const prefix = input.Prefix ?? '';
      const { items, truncated } = page(walkCurrent(service, bucket, prefix, input.Delimiter || undefined, input.Marker || undefined), max);
      const { contents, prefixes } = entriesOf(items, encode, true);
      const last = items[items.length - 1];
      return {
        IsTruncated: truncated,
        Marker: encode(input.Marker ?? ''),
        NextMarker: truncated && input.Delimiter && last ? encode(last.kind === 'object' ? last.row.key : last.prefix) : undefined,
        Contents: contents.length ? contents : undefined,
        Name: input.Bucket,
        Prefix: encode(prefix),
        Delimiter: input.Delimiter ? encode(input.Delimiter) : undefined,
        MaxKeys: input.MaxKeys ?? 1000,
        CommonPrefixes: prefixes.length ? prefixes : undefined,
        EncodingType: encoding,
      };
    },

    ListObjectVersions(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:ListBucketVersions');
      const max = maxKeys(input.MaxKeys);
      const encoding = encodingType(input.EncodingType);
      const encode = encoding ? urlEncodeKey : identity;
      const prefix = input.Prefix ?? '';
      const keyMarker = input.KeyMarker || undefined;
      let afterId = 0; // after every version of the key marker
      if (input.VersionIdMarker) {
        if (!keyMarker) throw invalidArgument('A version-id marker cannot be specified without a key marker.', 'version-id-marker', input.VersionIdMarker);
        const marker = service.state.version(bucket, keyMarker, input.VersionIdMarker);
        if (!marker) throw invalidArgument('Invalid version id specified', 'version-id-marker', input.VersionIdMarker);
        afterId = marker.id;
      }
      const { items, truncated } = page(walkVersions(service, bucket, prefix, input.Delimiter || undefined, keyMarker, afterId), max);
      const versions: S3.ObjectVersion[] = [];
      const markers: S3.DeleteMarkerEntry[] = [];
      const prefixes: S3.CommonPrefix[] = [];
      for (const entry of items) {
        if (entry.kind === 'prefix') {
          prefixes.push({ Prefix: encode(entry.prefix) });
          continue;
        }
        const row = entry.row;
        if (row.deleteMarker) {
          markers.push({ Owner: owner(row.meta.owner), Key: encode(row.key), VersionId: row.versionId, IsLatest: row.isLatest, LastModified: new Date(row.lastModified) });
        } else {
          versions.push({
            ETag: row.etag,
            ChecksumAlgorithm: row.meta.checksum ? [row.meta.checksum.algorithm] : undefined,
            ChecksumType: row.meta.checksum?.type,
            Size: row.size,
            StorageClass: row.storageClass as S3.ObjectVersion['StorageClass'],
            Key: encode(row.key),
            VersionId: row.versionId,
            IsLatest: row.isLatest,
            LastModified: new Date(row.lastModified),
            Owner: owner(row.meta.owner),
          });
        }
      }
      const last = items[items.length - 1];
      return {
        IsTruncated: truncated,
        KeyMarker: encode(input.KeyMarker ?? ''),
        VersionIdMarker: input.VersionIdMarker ?? '',
        NextKeyMarker: truncated && last ? encode(last.kind === 'object' ? last.row.key : last.prefix) : undefined,
        NextVersionIdMarker: truncated && last?.kind === 'object' ? last.row.versionId : undefined,
        Versions: versions.length ? versions : undefined,
        DeleteMarkers: markers.length ? markers : undefined,
        Name: input.Bucket,
        Prefix: encode(prefix),
        Delimiter: input.Delimiter ? encode(input.Delimiter) : undefined,
        MaxKeys: input.MaxKeys ?? 1000,
        CommonPrefixes: prefixes.length ? prefixes : undefined,
        EncodingType: encoding,
      };
    },
  };
}
