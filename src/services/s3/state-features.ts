/**
 * S3's storage for what an object version carries beside its body (Object Lock retention and
 * legal hold, a restore from an archive, its replication status) and for the work S3 does on
 * the clock (server access log lines waiting for delivery). state.ts appends this schema as
 * S3's second migration and holds one FeatureState; every statement it needs lives here.
 */
import type Database from 'better-sqlite3';

/** S3's schema migration 2, as shipped: never edit it; append a migration for a change. */
export const SCHEMA_V2_FEATURES = [
  `CREATE TABLE s3_object_locks (
     object_id INTEGER PRIMARY KEY REFERENCES s3_objects(id) ON DELETE CASCADE,
     mode TEXT,
     retain_until INTEGER,
     legal_hold TEXT)`,
  `CREATE TABLE s3_restores (
     object_id INTEGER PRIMARY KEY REFERENCES s3_objects(id) ON DELETE CASCADE,
     tier TEXT NOT NULL,
     days INTEGER NOT NULL,
     requested_at INTEGER NOT NULL,
     completes_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL)`,
  `CREATE TABLE s3_replication (
     object_id INTEGER PRIMARY KEY REFERENCES s3_objects(id) ON DELETE CASCADE,
     status TEXT NOT NULL)`,
  `CREATE TABLE s3_access_log_lines (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     bucket_id INTEGER NOT NULL REFERENCES s3_buckets(id) ON DELETE CASCADE,
     logged_at INTEGER NOT NULL,
     line TEXT NOT NULL)`,
];

/** S3's schema migration 3: the Object Lock a multipart upload asked for, given to the object it completes. */
export const SCHEMA_V3_UPLOAD_LOCKS = [
  `CREATE TABLE s3_upload_locks (
     upload_id TEXT PRIMARY KEY REFERENCES s3_uploads(upload_id) ON DELETE CASCADE,
     mode TEXT,
     retain_until INTEGER,
     legal_hold TEXT)`,
];

export interface ObjectLock {
  mode?: 'GOVERNANCE' | 'COMPLIANCE';
  retainUntil?: number;
  legalHold?: 'ON' | 'OFF';
}

export interface RestoreRow {
  objectId: number;
  tier: string;
  days: number;
  requestedAt: number;
  completesAt: number;
  expiresAt: number;
}

export type ReplicationStatus = 'PENDING' | 'COMPLETED' | 'FAILED' | 'REPLICA';

interface LockRecord {
  mode: string | null;
  retain_until: number | null;
  legal_hold: string | null;
}

interface RestoreRecord {
  object_id: number;
  tier: string;
  days: number;
  requested_at: number;
  completes_at: number;
  expires_at: number;
}

export class FeatureState {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      lock: db.prepare<[number], LockRecord>('SELECT mode, retain_until, legal_hold FROM s3_object_locks WHERE object_id = ?'),
      putLock: db.prepare(
        `INSERT INTO s3_object_locks (object_id, mode, retain_until, legal_hold) VALUES (?, ?, ?, ?)
         ON CONFLICT (object_id) DO UPDATE SET mode = excluded.mode, retain_until = excluded.retain_until, legal_hold = excluded.legal_hold`,
      ),
      uploadLock: db.prepare<[string], LockRecord>('SELECT mode, retain_until, legal_hold FROM s3_upload_locks WHERE upload_id = ?'),
      putUploadLock: db.prepare('INSERT INTO s3_upload_locks (upload_id, mode, retain_until, legal_hold) VALUES (?, ?, ?, ?)'),
      restore: db.prepare<[number], RestoreRecord>('SELECT * FROM s3_restores WHERE object_id = ?'),
      putRestore: db.prepare(
        `INSERT INTO s3_restores (object_id, tier, days, requested_at, completes_at, expires_at) VALUES (@objectId, @tier, @days, @requestedAt, @completesAt, @expiresAt)
         ON CONFLICT (object_id) DO UPDATE SET tier = excluded.tier, days = excluded.days, requested_at = excluded.requested_at,
           completes_at = excluded.completes_at, expires_at = excluded.expires_at`,
      ),
      replication: db.prepare<[number], { status: string }>('SELECT status FROM s3_replication WHERE object_id = ?'),
      putReplication: db.prepare('INSERT INTO s3_replication (object_id, status) VALUES (?, ?) ON CONFLICT (object_id) DO UPDATE SET status = excluded.status'),
      pendingReplication: db.prepare<[], { bucket_id: number; key: Buffer; version_id: string }>(
        `SELECT o.bucket_id, o.key, o.version_id FROM s3_replication r JOIN s3_objects o ON o.id = r.object_id WHERE r.status = 'PENDING' ORDER BY r.object_id`,
      ),
      addLogLine: db.prepare('INSERT INTO s3_access_log_lines (bucket_id, logged_at, line) VALUES (?, ?, ?)'),
      logLines: db.prepare<[number], { id: number; logged_at: number; line: string }>('SELECT id, logged_at, line FROM s3_access_log_lines WHERE bucket_id = ? ORDER BY id'),
      loggedBuckets: db.prepare<[], { bucket_id: number }>('SELECT DISTINCT bucket_id FROM s3_access_log_lines'),
      dropLogLinesUpTo: db.prepare('DELETE FROM s3_access_log_lines WHERE bucket_id = ? AND id <= ?'),
    };
  }

  lock(objectId: number): ObjectLock | undefined {
    const r = this.s.lock.get(objectId);
    if (!r) return undefined;
    return {
      mode: (r.mode as ObjectLock['mode']) ?? undefined,
      retainUntil: r.retain_until ?? undefined,
      legalHold: (r.legal_hold as ObjectLock['legalHold']) ?? undefined,
    };
  }

  putLock(objectId: number, lock: ObjectLock): void {
    this.s.putLock.run(objectId, lock.mode ?? null, lock.retainUntil ?? null, lock.legalHold ?? null);
  }

  uploadLock(uploadId: string): ObjectLock | undefined {
    const r = this.s.uploadLock.get(uploadId);
    if (!r) return undefined;
    return { mode: (r.mode as ObjectLock['mode']) ?? undefined, retainUntil: r.retain_until ?? undefined, legalHold: (r.legal_hold as ObjectLock['legalHold']) ?? undefined };
  }

  putUploadLock(uploadId: string, lock: ObjectLock): void {
    this.s.putUploadLock.run(uploadId, lock.mode ?? null, lock.retainUntil ?? null, lock.legalHold ?? null);
  }

  restore(objectId: number): RestoreRow | undefined {
    const r = this.s.restore.get(objectId);
    if (!r) return undefined;
    return { objectId: r.object_id, tier: r.tier, days: r.days, requestedAt: r.requested_at, completesAt: r.completes_at, expiresAt: r.expires_at };
  }

  putRestore(row: RestoreRow): void {
    this.s.putRestore.run(row);
  }

  replicationStatus(objectId: number): ReplicationStatus | undefined {
    return this.s.replication.get(objectId)?.status as ReplicationStatus | undefined;
  }

  setReplicationStatus(objectId: number, status: ReplicationStatus): void {
    this.s.putReplication.run(objectId, status);
  }

  /** Versions still waiting to be replicated (after a restart, their timers are gone). */
  pendingReplications(): Array<{ bucketId: number; key: string; versionId: string }> {
    return this.s.pendingReplication.all().map((r) => ({ bucketId: r.bucket_id, key: r.key.toString('utf8'), versionId: r.version_id }));
  }

  addLogLine(bucketId: number, loggedAt: number, line: string): void {
    this.s.addLogLine.run(bucketId, loggedAt, line);
  }

  /** Source buckets with access log lines waiting. */
  loggedBuckets(): number[] {
    return this.s.loggedBuckets.all().map((r) => r.bucket_id);
  }

  logLines(bucketId: number): Array<{ id: number; loggedAt: number; line: string }> {
    return this.s.logLines.all(bucketId).map((r) => ({ id: r.id, loggedAt: r.logged_at, line: r.line }));
  }

  dropLogLinesUpTo(bucketId: number, lastId: number): void {
    this.s.dropLogLinesUpTo.run(bucketId, lastId);
  }
}
