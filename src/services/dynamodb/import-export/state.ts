import type { Store } from '../../../core/store.js';

/** An export task as kept (times in epoch ms); DescribeExport answers from it. */
export interface ExportRecord {
  arn: string;
  account: string;
  region: string;
  tableArn: string;
  tableId: string;
  clientToken?: string;
  /** The request's parameters, to tell a retry (same token, same request) from a conflict. */
  requestKey: string;
  status: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  format: 'DYNAMODB_JSON' | 'ION';
  type: 'FULL_EXPORT' | 'INCREMENTAL_EXPORT';
  exportTime: number;
  startTime: number;
  endTime?: number;
  s3Bucket: string;
  s3Prefix?: string;
  s3BucketOwner?: string;
  s3SseAlgorithm?: 'AES256' | 'KMS';
  s3SseKmsKeyId?: string;
  itemCount?: number;
  billedSizeBytes?: number;
  manifest?: string;
  failureCode?: string;
  failureMessage?: string;
  /** An incremental export's window and view. */
  incremental?: { from: number; to: number; viewType: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES' };
}

/** An import task as kept (times in epoch ms); DescribeImport answers from it. */
export interface ImportRecord {
  arn: string;
  account: string;
  region: string;
  tableArn: string;
  tableId: string;
  tableName: string;
  clientToken?: string;
  requestKey: string;
  status: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  format: 'DYNAMODB_JSON' | 'ION' | 'CSV';
  compression: 'GZIP' | 'ZSTD' | 'NONE';
  csv?: { Delimiter?: string; HeaderList?: string[] };
  source: { S3Bucket: string; S3KeyPrefix?: string; S3BucketOwner?: string };
  /** TableCreationParameters as given (echoed by DescribeImport). */
  creation: Record<string, unknown>;
  startTime: number;
  endTime?: number;
  processedItemCount: number;
  importedItemCount: number;
  errorCount: number;
  processedSizeBytes: number;
  failureCode?: string;
  failureMessage?: string;
}

const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS ddb_exports (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     arn TEXT NOT NULL UNIQUE,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     table_arn TEXT NOT NULL,
     client_token TEXT,
     record TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ddb_imports (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     arn TEXT NOT NULL UNIQUE,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     table_arn TEXT NOT NULL,
     client_token TEXT,
     record TEXT NOT NULL)`,
];

type Kind = 'ddb_exports' | 'ddb_imports';

/** Export and import tasks: one row each, the record kept as JSON, listed in the order they were asked for. */
export class ImportExportState {
  constructor(private readonly store: Store) {
    store.ensureSchema('dynamodb_import_export', [SCHEMA_V1]);
  }

  private insert(kind: Kind, record: ExportRecord | ImportRecord): void {
    this.store
      .statement(`INSERT INTO ${kind} (arn, account, region, table_arn, client_token, record) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(record.arn, record.account, record.region, record.tableArn, record.clientToken ?? null, JSON.stringify(record));
  }

  private update(kind: Kind, record: ExportRecord | ImportRecord): void {
    this.store.statement(`UPDATE ${kind} SET record = ? WHERE arn = ?`).run(JSON.stringify(record), record.arn);
  }

  private byArn<T>(kind: Kind, arn: string): T | undefined {
    const row = this.store.statement(`SELECT record FROM ${kind} WHERE arn = ?`).get(arn) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as T) : undefined;
  }

  private byToken<T>(kind: Kind, account: string, region: string, token: string): T | undefined {
    const row = this.store.statement(`SELECT record FROM ${kind} WHERE account = ? AND region = ? AND client_token = ? ORDER BY seq DESC LIMIT 1`).get(account, region, token) as
      | { record: string }
      | undefined;
    return row ? (JSON.parse(row.record) as T) : undefined;
  }

  /** A page in the order asked for, after the row `afterSeq`, optionally of one table. */
  private page<T>(kind: Kind, account: string, region: string, tableArn: string | undefined, afterSeq: number, limit: number): Array<{ seq: number; record: T }> {
    const where = ['account = ?', 'region = ?', 'seq > ?'];
    const params: unknown[] = [account, region, afterSeq];
    if (tableArn !== undefined) {
      where.push('table_arn = ?');
      params.push(tableArn);
    }
    const rows = this.store.statement(`SELECT seq, record FROM ${kind} WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`).all(...params, limit) as Array<{ seq: number; record: string }>;
    return rows.map((row) => ({ seq: row.seq, record: JSON.parse(row.record) as T }));
  }

  private unfinished<T>(kind: Kind): T[] {
    const rows = this.store.statement(`SELECT record FROM ${kind} WHERE json_extract(record, '$.status') = 'IN_PROGRESS' ORDER BY seq`).all() as Array<{ record: string }>;
    return rows.map((row) => JSON.parse(row.record) as T);
  }

  addExport(record: ExportRecord): void {
    this.insert('ddb_exports', record);
  }
  saveExport(record: ExportRecord): void {
    this.update('ddb_exports', record);
  }
  exportByArn(arn: string): ExportRecord | undefined {
    return this.byArn('ddb_exports', arn);
  }
  exportByToken(account: string, region: string, token: string): ExportRecord | undefined {
    return this.byToken('ddb_exports', account, region, token);
  }
  exportPage(account: string, region: string, tableArn: string | undefined, afterSeq: number, limit: number) {
    return this.page<ExportRecord>('ddb_exports', account, region, tableArn, afterSeq, limit);
  }
  unfinishedExports(): ExportRecord[] {
    return this.unfinished('ddb_exports');
  }

  addImport(record: ImportRecord): void {
    this.insert('ddb_imports', record);
  }
  saveImport(record: ImportRecord): void {
    this.update('ddb_imports', record);
  }
  importByArn(arn: string): ImportRecord | undefined {
    return this.byArn('ddb_imports', arn);
  }
  importByToken(account: string, region: string, token: string): ImportRecord | undefined {
    return this.byToken('ddb_imports', account, region, token);
  }
  importPage(account: string, region: string, tableArn: string | undefined, afterSeq: number, limit: number) {
    return this.page<ImportRecord>('ddb_imports', account, region, tableArn, afterSeq, limit);
  }
  unfinishedImports(): ImportRecord[] {
    return this.unfinished('ddb_imports');
  }
}

/**
 * When point-in-time recovery was turned on for a table (by its TableId), from the settings the
 * backups module keeps (backups/state.ts, table ddb_pitr_settings); undefined when it is off.
 * Read without a cache: the backups module changes it.
 */
export function pitrEnabledAt(store: Store, tableUid: string): number | undefined {
  const exists = store.statement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ddb_pitr_settings'").get();
  if (!exists) return undefined;
  const row = store.statement('SELECT enabled_at FROM ddb_pitr_settings WHERE table_uid = ?').get(tableUid) as { enabled_at: number } | undefined;
  return row?.enabled_at;
}

/** One logged change of a table with PITR on (backups/state.ts writes them: items as stored JSON). */
export interface PitrChange {
  seq: number;
  at: number;
  keys: string;
  oldItem: string | null;
  newItem: string | null;
}

/** The changes logged with from <= at < to, oldest first, after sequence `afterSeq`. */
export function pitrChanges(store: Store, tableUid: string, from: number, to: number, afterSeq: number, limit: number): PitrChange[] {
  const exists = store.statement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ddb_pitr_changes'").get();
  if (!exists) return [];
  return store
    .statement('SELECT seq, at, keys, old_item AS oldItem, new_item AS newItem FROM ddb_pitr_changes WHERE table_uid = ? AND at >= ? AND at < ? AND seq > ? ORDER BY seq LIMIT ?')
    .all(tableUid, from, to, afterSeq, limit) as PitrChange[];
}
