import type Database from 'better-sqlite3';
import type { Store } from '../../../core/store.js';
import type { TableDef } from '../state.js';

/** What a backup records of its source table, beside the definition itself. */
export interface BackupRecord {
  arn: string;
  account: string;
  region: string;
  name: string;
  tableName: string;
  type: 'USER' | 'SYSTEM';
  createdAt: number;
  /** When the backup turns AVAILABLE (CREATING until then, on the clock). */
  availableAt: number;
  /** When a SYSTEM backup is gone (BackupExpiryDateTime); user backups do not expire. */
  expiresAt?: number;
  sizeBytes: number;
  itemCount: number;
  /** The source table's definition at the backup's instant. */
  table: TableDef;
}

/** Point-in-time recovery settings of one table, keyed by its TableId (a name can be reused after a delete). */
export interface PitrSettings {
  tableUid: string;
  enabledAt: number;
  periodDays: number;
}

/** One logged item change of a table with PITR on: enough to undo it (old image) or replay it (new image). */
export interface LoggedChange {
  seq?: number;
  at: number;
  keys: string;
  oldItem: string | null;
  newItem: string | null;
}

export interface CopiedRow {
  hk: number;
  pk: Buffer;
  sk: Buffer;
  item: string;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ddb_backups (
     arn TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     table_name TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     record TEXT NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS ddb_backups_by_time ON ddb_backups (account, region, created_at)',
  `CREATE TABLE IF NOT EXISTS ddb_backup_items (
     backup_arn TEXT NOT NULL,
     hk INTEGER NOT NULL,
     pk BLOB NOT NULL,
     sk BLOB NOT NULL,
     item TEXT NOT NULL,
     size INTEGER NOT NULL,
     PRIMARY KEY (backup_arn, hk, pk, sk)) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS ddb_pitr_settings (
     table_uid TEXT PRIMARY KEY,
     enabled_at INTEGER NOT NULL,
     period_days INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ddb_pitr_changes (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     table_uid TEXT NOT NULL,
     at INTEGER NOT NULL,
     keys TEXT NOT NULL,
     old_item TEXT,
     new_item TEXT)`,
  'CREATE INDEX IF NOT EXISTS ddb_pitr_changes_by_time ON ddb_pitr_changes (table_uid, at)',
];

/**
 * Backups and point-in-time recovery's storage: on-demand backups (their record and a copy of the
 * items, taken in one SQL statement so it is consistent), PITR settings, and the change log PITR
 * restores from. The copies read and write DynamoDB's own item rows (ddb_items) in bulk.
 */
export class BackupState {
  private readonly db: Database.Database;
  private readonly pitrCache = new Map<string, PitrSettings | null>();

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    store.ensureSchema('dynamodb_backups', [SCHEMA]);
    this.db = store.db;
  }

  private statement(sql: string): Database.Statement {
    return this.store.statement(sql);
  }

  // --- on-demand backups

  /** Records a backup and copies the table's items into it (one statement: a consistent copy). */
  createBackup(record: BackupRecord): void {
    this.statement('INSERT INTO ddb_backups (arn, account, region, table_name, created_at, record) VALUES (?, ?, ?, ?, ?, ?)').run(
      record.arn, record.account, record.region, record.tableName, record.createdAt, JSON.stringify(record),
    );
    this.statement('INSERT INTO ddb_backup_items (backup_arn, hk, pk, sk, item, size) SELECT ?, hk, pk, sk, item, size FROM ddb_items WHERE table_id = ?').run(record.arn, record.table.id);
  }

  backup(arn: string): BackupRecord | undefined {
    const row = this.statement('SELECT record FROM ddb_backups WHERE arn = ?').get(arn) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as BackupRecord) : undefined;
  }

  /** Backups of an account and region in creation order (then ARN). */
  listBackups(account: string, region: string): BackupRecord[] {
    const rows = this.statement('SELECT record FROM ddb_backups WHERE account = ? AND region = ? ORDER BY created_at, arn').all(account, region) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as BackupRecord);
  }

  deleteBackup(arn: string): void {
    this.statement('DELETE FROM ddb_backup_items WHERE backup_arn = ?').run(arn);
    this.statement('DELETE FROM ddb_backups WHERE arn = ?').run(arn);
  }

  /** Item count and bytes of the source table, as the backup is taken. */
  tableCounts(tableId: number): { itemCount: number; sizeBytes: number } {
    const row = this.statement('SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM ddb_items WHERE table_id = ?').get(tableId) as { n: number; bytes: number };
    return { itemCount: row.n, sizeBytes: row.bytes };
  }

  /** Fills a restored table from a backup's items (same key schema, so the encoded keys carry over). */
  copyBackupItems(arn: string, targetTableId: number): void {
    this.statement('INSERT INTO ddb_items (table_id, hk, pk, sk, item, size) SELECT ?, hk, pk, sk, item, size FROM ddb_backup_items WHERE backup_arn = ?').run(targetTableId, arn);
  }

  /** Fills a restored table from the source table's current items. */
  copyTableItems(sourceTableId: number, targetTableId: number): void {
    this.statement('INSERT INTO ddb_items (table_id, hk, pk, sk, item, size) SELECT ?, hk, pk, sk, item, size FROM ddb_items WHERE table_id = ?').run(targetTableId, sourceTableId);
  }

  /** One page of a table's rows in key order after `after` (for index backfills that yield between pages). */
  tableRowsAfter(tableId: number, after: CopiedRow | undefined, limit: number): CopiedRow[] {
    if (!after) return this.statement('SELECT hk, pk, sk, item FROM ddb_items WHERE table_id = ? ORDER BY hk, pk, sk LIMIT ?').all(tableId, limit) as CopiedRow[];
    return this.statement('SELECT hk, pk, sk, item FROM ddb_items WHERE table_id = ? AND (hk, pk, sk) > (?, ?, ?) ORDER BY hk, pk, sk LIMIT ?').all(
      tableId, after.hk, after.pk, after.sk, limit,
    ) as CopiedRow[];
  }

  // --- point-in-time recovery

  pitr(tableUid: string): PitrSettings | undefined {
    const cached = this.pitrCache.get(tableUid);
    if (cached !== undefined) return cached ?? undefined;
    const row = this.statement('SELECT enabled_at, period_days FROM ddb_pitr_settings WHERE table_uid = ?').get(tableUid) as
      | { enabled_at: number; period_days: number }
      | undefined;
    const settings = row ? { tableUid, enabledAt: row.enabled_at, periodDays: row.period_days } : undefined;
    this.pitrCache.set(tableUid, settings ?? null);
    return settings;
  }

  anyPitr(): boolean {
    return this.statement('SELECT 1 FROM ddb_pitr_settings LIMIT 1').get() !== undefined;
  }

  savePitr(settings: PitrSettings): void {
    this.statement('INSERT OR REPLACE INTO ddb_pitr_settings (table_uid, enabled_at, period_days) VALUES (?, ?, ?)').run(settings.tableUid, settings.enabledAt, settings.periodDays);
    this.pitrCache.set(settings.tableUid, settings);
  }

  /** Tables whose change log a restore in progress is still reading (table uid → restores). */
  readonly logReaders = new Map<string, number>();

  /** Turns PITR off: the settings and the whole change log go (the log once no restore still reads it). */
  dropPitr(tableUid: string): void {
    if (!this.logReaders.get(tableUid)) this.statement('DELETE FROM ddb_pitr_changes WHERE table_uid = ?').run(tableUid);
    this.statement('DELETE FROM ddb_pitr_settings WHERE table_uid = ?').run(tableUid);
    this.pitrCache.set(tableUid, null);
  }

  logChange(tableUid: string, change: LoggedChange): void {
    this.statement('INSERT INTO ddb_pitr_changes (table_uid, at, keys, old_item, new_item) VALUES (?, ?, ?, ?, ?)').run(
      tableUid, change.at, change.keys, change.oldItem, change.newItem,
    );
  }

  /** Drops log entries older than the recovery window: they can no longer be restored to. */
  pruneChanges(tableUid: string, before: number): void {
    this.statement('DELETE FROM ddb_pitr_changes WHERE table_uid = ? AND at < ?').run(tableUid, before);
  }

  /** The latest sequence number in the log (0 when empty): every change logged so far is at or below it. */
  lastSeq(): number {
    return (this.statement('SELECT coalesce(max(seq), 0) AS seq FROM ddb_pitr_changes').get() as { seq: number }).seq;
  }

  /** A page of the changes made after `after`, newest first, below sequence `belowSeq`: undone in this order, they take the table back to `after`. */
  changesAfter(tableUid: string, after: number, belowSeq: number, limit: number): LoggedChange[] {
    return this.statement(
      'SELECT seq, at, keys, old_item AS oldItem, new_item AS newItem FROM ddb_pitr_changes WHERE table_uid = ? AND at > ? AND seq < ? ORDER BY seq DESC LIMIT ?',
    ).all(tableUid, after, belowSeq, limit) as LoggedChange[];
  }
}
