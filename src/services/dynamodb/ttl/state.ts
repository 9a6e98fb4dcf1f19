import type Database from 'better-sqlite3';
import type { Store } from '../../../core/store.js';

/**
 * One table's Time to Live setting. Keyed by the table's own id (TableDef.tableId, a UUID), so a
 * table deleted and created again under the same name starts without TTL, as on AWS.
 */
export interface TtlSetting {
  tableUid: string;
  account: string;
  region: string;
  tableName: string;
  attribute: string;
  enabled: boolean;
  /** Clock time of the last change (the status transition and the once-an-hour rule run from it). */
  changedAt: number;
}

/** A row the sweeper looks at: its key columns and the raw value of the TTL attribute's N, if any. */
export interface TtlCandidate {
  hk: number;
  pk: Buffer;
  sk: Buffer;
  ttl: string | null;
}

const V1 = [
  `CREATE TABLE IF NOT EXISTS ddb_ttl_settings (
     table_uid TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     table_name TEXT NOT NULL,
     attribute TEXT NOT NULL,
     enabled INTEGER NOT NULL,
     changed_at INTEGER NOT NULL)`,
];

interface SettingRow {
  table_uid: string;
  account: string;
  region: string;
  table_name: string;
  attribute: string;
  enabled: number;
  changed_at: number;
}

function fromRow(row: SettingRow): TtlSetting {
  return {
    tableUid: row.table_uid,
    account: row.account,
    region: row.region,
    tableName: row.table_name,
    attribute: row.attribute,
    enabled: row.enabled === 1,
    changedAt: row.changed_at,
  };
}

/** A JSON path to the N of a top-level attribute, whatever characters its name holds. */
function numberPath(attribute: string): string {
  return `$."${attribute.replace(/[\\"]/g, (c) => `\\${c}`)}".N`;
}

/** TTL's SQL: its settings, and the key-ordered walk over a table's items the sweeper makes. */
export class TtlState {
  private readonly db: Database.Database;

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    store.ensureSchema('dynamodb_ttl', [V1]);
    this.db = store.db;
  }

  private statement(sql: string): Database.Statement {
    return this.store.statement(sql);
  }

  setting(tableUid: string): TtlSetting | undefined {
    const row = this.statement('SELECT * FROM ddb_ttl_settings WHERE table_uid = ?').get(tableUid) as SettingRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  save(setting: TtlSetting): void {
    this.statement(
      'INSERT OR REPLACE INTO ddb_ttl_settings (table_uid, account, region, table_name, attribute, enabled, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(setting.tableUid, setting.account, setting.region, setting.tableName, setting.attribute, setting.enabled ? 1 : 0, setting.changedAt);
  }

  delete(tableUid: string): void {
    this.statement('DELETE FROM ddb_ttl_settings WHERE table_uid = ?').run(tableUid);
  }

  /** Settings with TTL turned on (ENABLING or ENABLED), in every account and region. */
  enabledSettings(): TtlSetting[] {
    return (this.statement('SELECT * FROM ddb_ttl_settings WHERE enabled = 1 ORDER BY account, region, table_name').all() as SettingRow[]).map(fromRow);
  }

  /**
   * Up to `limit` rows of a table after `after` in key order, each with its TTL attribute's N as
   * stored (null when the attribute is missing or not a Number): SQLite reads the JSON, so the
   * sweeper parses only the items it deletes.
   */
  candidates(tableId: number, attribute: string, after: { hk: number; pk: Buffer; sk: Buffer } | undefined, limit: number): TtlCandidate[] {
    const path = numberPath(attribute);
    if (!after) {
      return this.statement('SELECT hk, pk, sk, json_extract(item, ?) AS ttl FROM ddb_items WHERE table_id = ? ORDER BY hk, pk, sk LIMIT ?').all(
        path,
        tableId,
        limit,
      ) as TtlCandidate[];
    }
    return this.statement(
      'SELECT hk, pk, sk, json_extract(item, ?) AS ttl FROM ddb_items WHERE table_id = ? AND (hk, pk, sk) > (?, ?, ?) ORDER BY hk, pk, sk LIMIT ?',
    ).all(path, tableId, after.hk, after.pk, after.sk, limit) as TtlCandidate[];
  }
}
