/**
 * S3's storage: every SQL statement S3 runs lives here. Buckets, their configuration
 * sub-resources, object versions (keys stored as UTF-8 BLOBs, so SQLite's memcmp order is
 * S3's key order), multipart uploads and their parts. Object bodies are files (blobs.ts),
 * named here only by their generated ids.
 */
import type { Store } from '../../core/store.js';
import { FeatureState, SCHEMA_V2_FEATURES, SCHEMA_V3_UPLOAD_LOCKS } from './state-features.js';

export interface BucketRow {
  id: number;
  name: string;
  account: string;
  region: string;
  createdAt: number;
  versioning: 'Enabled' | 'Suspended' | undefined;
}

/** One stored file of an object's body; a multipart object has one per part. */
export interface Segment {
  id: string;
  size: number;
}

export interface ObjectChecksum {
  algorithm: 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';
  type: 'FULL_OBJECT' | 'COMPOSITE';
  /** base64, with `-N` for a composite checksum. */
  value: string;
}

export interface ObjectMeta {
  contentType?: string;
  contentEncoding?: string;
  contentDisposition?: string;
  contentLanguage?: string;
  cacheControl?: string;
  expires?: string;
  websiteRedirectLocation?: string;
  metadata: Record<string, string>;
  checksum?: ObjectChecksum;
  /** Multipart objects: each part's size and (base64) checksum, for partNumber reads and attributes. */
  parts?: Array<{ size: number; checksum?: string; cipherId?: string }>;
  /** The multipart upload a version was completed from: a retried CompleteMultipartUpload answers it again. */
  uploadId?: string;
  /** customerKey: SSE-C, a salted HMAC of the key the body is encrypted with (customer-keys.ts). */
  sse?: { algorithm: string; kmsKeyId?: string; bucketKeyEnabled?: boolean; customerKey?: { salt: string; hmac: string; cipherId?: string } };
  owner: string;
}

/** An object version as it is written. */
export interface NewObject {
  key: string;
  versionId: string;
  deleteMarker: boolean;
  size: number;
  etag: string;
  lastModified: number;
  storageClass: string;
  segments: Segment[];
  meta: ObjectMeta;
  tags: Record<string, string>;
}

/** An object version as it is stored. */
export interface ObjectRow extends NewObject {
  id: number;
  bucketId: number;
  isLatest: boolean;
}

export interface UploadRow {
  uploadId: string;
  bucketId: number;
  key: string;
  initiated: number;
  storageClass: string;
  meta: ObjectMeta;
  tags: Record<string, string>;
  checksumAlgorithm?: ObjectChecksum['algorithm'];
  checksumType?: ObjectChecksum['type'];
}

export interface PartRow {
  uploadId: string;
  partNumber: number;
  blob: string;
  size: number;
  etag: string;
  lastModified: number;
  checksum?: string;
}

/** The schema's first migration, as shipped: never edit it; append a migration for a change. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS s3_buckets (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL UNIQUE,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     versioning TEXT)`,
  `CREATE TABLE IF NOT EXISTS s3_bucket_configs (
     bucket_id INTEGER NOT NULL REFERENCES s3_buckets(id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     value TEXT NOT NULL,
     PRIMARY KEY (bucket_id, kind))`,
  `CREATE TABLE IF NOT EXISTS s3_objects (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     bucket_id INTEGER NOT NULL REFERENCES s3_buckets(id) ON DELETE CASCADE,
     key BLOB NOT NULL,
     version_id TEXT NOT NULL,
     is_latest INTEGER NOT NULL,
     delete_marker INTEGER NOT NULL,
     size INTEGER NOT NULL,
     etag TEXT NOT NULL,
     last_modified INTEGER NOT NULL,
     storage_class TEXT NOT NULL,
     segments TEXT NOT NULL,
     meta TEXT NOT NULL,
     tags TEXT NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS s3_objects_key ON s3_objects (bucket_id, key, id)',
  'CREATE INDEX IF NOT EXISTS s3_objects_latest ON s3_objects (bucket_id, key) WHERE is_latest = 1',
  'CREATE INDEX IF NOT EXISTS s3_objects_version ON s3_objects (bucket_id, version_id)',
  `CREATE TABLE IF NOT EXISTS s3_uploads (
     upload_id TEXT PRIMARY KEY,
     bucket_id INTEGER NOT NULL REFERENCES s3_buckets(id) ON DELETE CASCADE,
     key BLOB NOT NULL,
     initiated INTEGER NOT NULL,
     storage_class TEXT NOT NULL,
     meta TEXT NOT NULL,
     tags TEXT NOT NULL,
     checksum_algorithm TEXT,
     checksum_type TEXT)`,
  'CREATE INDEX IF NOT EXISTS s3_uploads_key ON s3_uploads (bucket_id, key, initiated)',
  `CREATE TABLE IF NOT EXISTS s3_parts (
     upload_id TEXT NOT NULL REFERENCES s3_uploads(upload_id) ON DELETE CASCADE,
     part_number INTEGER NOT NULL,
     blob TEXT NOT NULL,
     size INTEGER NOT NULL,
     etag TEXT NOT NULL,
     last_modified INTEGER NOT NULL,
     checksum TEXT,
     PRIMARY KEY (upload_id, part_number))`,
];

interface BucketRecord {
  id: number;
  name: string;
  account: string;
  region: string;
  created_at: number;
  versioning: string | null;
}

interface ObjectRecord {
  id: number;
  bucket_id: number;
  key: Buffer;
  version_id: string;
  is_latest: number;
  delete_marker: number;
  size: number;
  etag: string;
  last_modified: number;
  storage_class: string;
  segments: string;
  meta: string;
  tags: string;
}

interface UploadRecord {
  upload_id: string;
  bucket_id: number;
  key: Buffer;
  initiated: number;
  storage_class: string;
  meta: string;
  tags: string;
  checksum_algorithm: string | null;
  checksum_type: string | null;
}

interface PartRecord {
  upload_id: string;
  part_number: number;
  blob: string;
  size: number;
  etag: string;
  last_modified: number;
  checksum: string | null;
}

function toBucket(r: BucketRecord): BucketRow {
  return {
    id: r.id,
    name: r.name,
    account: r.account,
    region: r.region,
    createdAt: r.created_at,
    versioning: (r.versioning as BucketRow['versioning']) ?? undefined,
  };
}

function toObject(r: ObjectRecord): ObjectRow {
  return {
    id: r.id,
    bucketId: r.bucket_id,
    key: r.key.toString('utf8'),
    versionId: r.version_id,
    isLatest: r.is_latest === 1,
    deleteMarker: r.delete_marker === 1,
    size: r.size,
    etag: r.etag,
    lastModified: r.last_modified,
    storageClass: r.storage_class,
    segments: JSON.parse(r.segments) as Segment[],
    meta: JSON.parse(r.meta) as ObjectMeta,
    tags: JSON.parse(r.tags) as Record<string, string>,
  };
}

function toUpload(r: UploadRecord): UploadRow {
  return {
    uploadId: r.upload_id,
    bucketId: r.bucket_id,
    key: r.key.toString('utf8'),
    initiated: r.initiated,
    storageClass: r.storage_class,
    meta: JSON.parse(r.meta) as ObjectMeta,
    tags: JSON.parse(r.tags) as Record<string, string>,
    checksumAlgorithm: (r.checksum_algorithm as UploadRow['checksumAlgorithm']) ?? undefined,
    checksumType: (r.checksum_type as UploadRow['checksumType']) ?? undefined,
  };
}

function toPart(r: PartRecord): PartRow {
  return {
    uploadId: r.upload_id,
    partNumber: r.part_number,
    blob: r.blob,
    size: r.size,
    etag: r.etag,
    lastModified: r.last_modified,
    checksum: r.checksum ?? undefined,
  };
}

const keyBytes = (key: string): Buffer => Buffer.from(key, 'utf8');

export class S3State {
  private readonly s;
  /** Object Lock, restores, replication status and access log lines (state-features.ts). */
  readonly features: FeatureState;

  constructor(private readonly store: Store) {
    store.ensureSchema('s3', [SCHEMA_V1, SCHEMA_V2_FEATURES, SCHEMA_V3_UPLOAD_LOCKS]);
    const db = store.db;
    this.features = new FeatureState(db);
    this.s = {
      bucketByName: db.prepare<[string], BucketRecord>('SELECT * FROM s3_buckets WHERE name = ?'),
      bucketById: db.prepare<[number], BucketRecord>('SELECT * FROM s3_buckets WHERE id = ?'),
      bucketsOf: db.prepare<[string], BucketRecord>('SELECT * FROM s3_buckets WHERE account = ? ORDER BY name'),
      allBuckets: db.prepare<[], BucketRecord>('SELECT * FROM s3_buckets ORDER BY name'),
      insertBucket: db.prepare('INSERT INTO s3_buckets (name, account, region, created_at) VALUES (?, ?, ?, ?)'),
      deleteBucket: db.prepare('DELETE FROM s3_buckets WHERE id = ?'),
      setVersioning: db.prepare('UPDATE s3_buckets SET versioning = ? WHERE id = ?'),
      config: db.prepare<[number, string], { value: string }>('SELECT value FROM s3_bucket_configs WHERE bucket_id = ? AND kind = ?'),
      configsOfKind: db.prepare<[string], { bucket_id: number; value: string }>('SELECT bucket_id, value FROM s3_bucket_configs WHERE kind = ?'),
      putConfig: db.prepare('INSERT INTO s3_bucket_configs (bucket_id, kind, value) VALUES (?, ?, ?) ON CONFLICT (bucket_id, kind) DO UPDATE SET value = excluded.value'),
      deleteConfig: db.prepare('DELETE FROM s3_bucket_configs WHERE bucket_id = ? AND kind = ?'),
      anyObject: db.prepare<[number], { id: number }>('SELECT id FROM s3_objects WHERE bucket_id = ? LIMIT 1'),
      anyUpload: db.prepare<[number], { upload_id: string }>('SELECT upload_id FROM s3_uploads WHERE bucket_id = ? LIMIT 1'),
      latest: db.prepare<[number, Buffer], ObjectRecord>('SELECT * FROM s3_objects WHERE bucket_id = ? AND key = ? AND is_latest = 1'),
      version: db.prepare<[number, Buffer, string], ObjectRecord>('SELECT * FROM s3_objects WHERE bucket_id = ? AND key = ? AND version_id = ?'),
      newestOfKey: db.prepare<[number, Buffer], ObjectRecord>('SELECT * FROM s3_objects WHERE bucket_id = ? AND key = ? ORDER BY id DESC LIMIT 1'),
      versionsOfKey: db.prepare<[number, Buffer], ObjectRecord>('SELECT * FROM s3_objects WHERE bucket_id = ? AND key = ? ORDER BY id DESC'),
      unlatest: db.prepare('UPDATE s3_objects SET is_latest = 0 WHERE bucket_id = ? AND key = ? AND is_latest = 1'),
      makeLatest: db.prepare('UPDATE s3_objects SET is_latest = 1 WHERE id = ?'),
      deleteRow: db.prepare('DELETE FROM s3_objects WHERE id = ?'),
      insertObject: db.prepare(
        `INSERT INTO s3_objects (bucket_id, key, version_id, is_latest, delete_marker, size, etag, last_modified, storage_class, segments, meta, tags)
         VALUES (@bucketId, @key, @versionId, 1, @deleteMarker, @size, @etag, @lastModified, @storageClass, @segments, @meta, @tags)`,
      ),
      setTags: db.prepare('UPDATE s3_objects SET tags = ? WHERE id = ?'),
      setMeta: db.prepare('UPDATE s3_objects SET meta = ? WHERE id = ?'),
      listLatestFrom: db.prepare<[number, Buffer, number], ObjectRecord>(
        'SELECT * FROM s3_objects WHERE bucket_id = ? AND is_latest = 1 AND key >= ? ORDER BY key LIMIT ?',
      ),
      listVersionsFrom: db.prepare<[number, Buffer, Buffer, number, number], ObjectRecord>(
        'SELECT * FROM s3_objects WHERE bucket_id = ? AND (key > ? OR (key = ? AND id < ?)) ORDER BY key, id DESC LIMIT ?',
      ),
      allVersions: db.prepare<[number], ObjectRecord>('SELECT * FROM s3_objects WHERE bucket_id = ? ORDER BY key, id DESC'),
      insertUpload: db.prepare(
        `INSERT INTO s3_uploads (upload_id, bucket_id, key, initiated, storage_class, meta, tags, checksum_algorithm, checksum_type)
         VALUES (@uploadId, @bucketId, @key, @initiated, @storageClass, @meta, @tags, @checksumAlgorithm, @checksumType)`,
      ),
      upload: db.prepare<[string], UploadRecord>('SELECT * FROM s3_uploads WHERE upload_id = ?'),
      uploadsOf: db.prepare<[number], UploadRecord>('SELECT * FROM s3_uploads WHERE bucket_id = ? ORDER BY key, initiated, upload_id'),
      deleteUpload: db.prepare('DELETE FROM s3_uploads WHERE upload_id = ?'),
      part: db.prepare<[string, number], PartRecord>('SELECT * FROM s3_parts WHERE upload_id = ? AND part_number = ?'),
      parts: db.prepare<[string], PartRecord>('SELECT * FROM s3_parts WHERE upload_id = ? ORDER BY part_number'),
      putPart: db.prepare(
        `INSERT INTO s3_parts (upload_id, part_number, blob, size, etag, last_modified, checksum) VALUES (@uploadId, @partNumber, @blob, @size, @etag, @lastModified, @checksum)
         ON CONFLICT (upload_id, part_number) DO UPDATE SET blob = excluded.blob, size = excluded.size, etag = excluded.etag,
           last_modified = excluded.last_modified, checksum = excluded.checksum`,
      ),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  // -- buckets ---------------------------------------------------------------

  bucket(name: string): BucketRow | undefined {
    const r = this.s.bucketByName.get(name);
    return r ? toBucket(r) : undefined;
  }

  bucketById(id: number): BucketRow | undefined {
    const r = this.s.bucketById.get(id);
    return r ? toBucket(r) : undefined;
  }

  buckets(account?: string): BucketRow[] {
    return (account === undefined ? this.s.allBuckets.all() : this.s.bucketsOf.all(account)).map(toBucket);
  }

  createBucket(name: string, account: string, region: string, now: number): BucketRow {
    const result = this.s.insertBucket.run(name, account, region, now);
    return { id: Number(result.lastInsertRowid), name, account, region, createdAt: now, versioning: undefined };
  }

  deleteBucket(bucket: BucketRow): void {
    this.s.deleteBucket.run(bucket.id);
  }

  isEmpty(bucket: BucketRow): boolean {
    return !this.s.anyObject.get(bucket.id);
  }

  hasUploads(bucket: BucketRow): boolean {
    return Boolean(this.s.anyUpload.get(bucket.id));
  }

  setVersioning(bucket: BucketRow, status: 'Enabled' | 'Suspended'): void {
    this.s.setVersioning.run(status, bucket.id);
  }

  config<T>(bucket: BucketRow, kind: string): T | undefined {
    const r = this.s.config.get(bucket.id, kind);
    return r ? (JSON.parse(r.value) as T) : undefined;
  }

  /** Every bucket's configuration of one kind (lifecycle rules, for the expiry sweep). */
  configs<T>(kind: string): Array<{ bucketId: number; value: T }> {
    return this.s.configsOfKind.all(kind).map((r) => ({ bucketId: r.bucket_id, value: JSON.parse(r.value) as T }));
  }

  putConfig(bucket: BucketRow, kind: string, value: unknown): void {
    this.s.putConfig.run(bucket.id, kind, JSON.stringify(value));
  }

  deleteConfig(bucket: BucketRow, kind: string): void {
    this.s.deleteConfig.run(bucket.id, kind);
  }

  // -- objects ---------------------------------------------------------------

  latest(bucket: BucketRow, key: string): ObjectRow | undefined {
    const r = this.s.latest.get(bucket.id, keyBytes(key));
    return r ? toObject(r) : undefined;
  }

  version(bucket: BucketRow, key: string, versionId: string): ObjectRow | undefined {
    const r = this.s.version.get(bucket.id, keyBytes(key), versionId);
    return r ? toObject(r) : undefined;
  }

  versionsOfKey(bucket: BucketRow, key: string): ObjectRow[] {
    return this.s.versionsOfKey.all(bucket.id, keyBytes(key)).map(toObject);
  }

  /** Adds a version as the key's latest (the previous latest stays as a noncurrent version). */
  insertLatest(bucket: BucketRow, object: NewObject): ObjectRow {
    this.s.unlatest.run(bucket.id, keyBytes(object.key));
    const result = this.s.insertObject.run({
      bucketId: bucket.id,
      key: keyBytes(object.key),
      versionId: object.versionId,
      deleteMarker: object.deleteMarker ? 1 : 0,
      size: object.size,
      etag: object.etag,
      lastModified: object.lastModified,
      storageClass: object.storageClass,
      segments: JSON.stringify(object.segments),
      meta: JSON.stringify(object.meta),
      tags: JSON.stringify(object.tags),
    });
    return { ...object, id: Number(result.lastInsertRowid), bucketId: bucket.id, isLatest: true };
  }

  /** Removes one version; if it was the latest, the newest remaining version becomes latest. */
  deleteVersion(row: ObjectRow): void {
    this.s.deleteRow.run(row.id);
    if (row.isLatest) {
      const next = this.s.newestOfKey.get(row.bucketId, keyBytes(row.key));
      if (next) this.s.makeLatest.run(next.id);
    }
  }

  setTags(row: ObjectRow, tags: Record<string, string>): void {
    this.s.setTags.run(JSON.stringify(tags), row.id);
  }

  setMeta(row: ObjectRow, meta: ObjectMeta): void {
    this.s.setMeta.run(JSON.stringify(meta), row.id);
  }

  /** Current versions (delete markers included), keys ≥ from, in key order. */
  listLatest(bucket: BucketRow, from: Buffer, limit: number): ObjectRow[] {
    return this.s.listLatestFrom.all(bucket.id, from, limit).map(toObject);
  }

  /** Every version after (key, id) in listing order: keys ascending, newest version first. */
  listVersions(bucket: BucketRow, afterKey: Buffer, afterId: number, limit: number): ObjectRow[] {
    return this.s.listVersionsFrom.all(bucket.id, afterKey, afterKey, afterId, limit).map(toObject);
  }

  allVersions(bucket: BucketRow): ObjectRow[] {
    return this.s.allVersions.all(bucket.id).map(toObject);
  }

  // -- multipart uploads -----------------------------------------------------

  createUpload(upload: UploadRow): void {
    this.s.insertUpload.run({
      uploadId: upload.uploadId,
      bucketId: upload.bucketId,
      key: keyBytes(upload.key),
      initiated: upload.initiated,
      storageClass: upload.storageClass,
      meta: JSON.stringify(upload.meta),
      tags: JSON.stringify(upload.tags),
      checksumAlgorithm: upload.checksumAlgorithm ?? null,
      checksumType: upload.checksumType ?? null,
    });
  }

  upload(uploadId: string): UploadRow | undefined {
    const r = this.s.upload.get(uploadId);
    return r ? toUpload(r) : undefined;
  }

  uploads(bucket: BucketRow): UploadRow[] {
    return this.s.uploadsOf.all(bucket.id).map(toUpload);
  }

  deleteUpload(uploadId: string): void {
    this.s.deleteUpload.run(uploadId);
  }

  part(uploadId: string, partNumber: number): PartRow | undefined {
    const r = this.s.part.get(uploadId, partNumber);
    return r ? toPart(r) : undefined;
  }

  parts(uploadId: string): PartRow[] {
    return this.s.parts.all(uploadId).map(toPart);
  }

  putPart(part: PartRow): void {
    this.s.putPart.run({ ...part, checksum: part.checksum ?? null });
  }

  /** Every blob id a row names: object segments (all versions) and parts of open uploads. Read once, at start. */
  referencedBlobs(): Set<string> {
    const rows = this.store.db
      .prepare<[], { id: string }>(
        `SELECT json_extract(segment.value, '$.id') AS id FROM s3_objects, json_each(s3_objects.segments) AS segment
         UNION SELECT blob AS id FROM s3_parts`,
      )
      .all();
    return new Set(rows.map((row) => row.id));
  }
}
