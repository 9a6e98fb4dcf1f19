import type Database from 'better-sqlite3';
import type { Store } from '../../../core/store.js';

/** What a replica keeps beyond its table: AWS's per-replica overrides. */
export interface ReplicaSettings {
  /** The TableId of the region's table when it joined: a table made later under the same name is not a replica. */
  tableId?: string;
  kmsMasterKeyId?: string;
  provisionedReadOverride?: number;
  tableClassOverride?: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';
  onDemandReadOverride?: number;
}

export type ReplicaStatus = 'CREATING' | 'ACTIVE' | 'UPDATING' | 'DELETING';
export type GlobalTableVersion = '2019.11.21' | '2017.11.29';

/** One region of a global table (a replication group is every row of one account and table name). */
export interface ReplicaRow {
  account: string;
  name: string;
  region: string;
  status: ReplicaStatus;
  version: GlobalTableVersion;
  settings: ReplicaSettings;
  createdAt: number;
}

/** A change waiting to reach another replica. */
export interface PendingReplication {
  id: number;
  account: string;
  name: string;
  sourceRegion: string;
  targetRegion: string;
  at: number;
  keys: string;
  image: string | null;
  due: number;
}

const V1 = [
  `CREATE TABLE IF NOT EXISTS ddb_global_replicas (
     account TEXT NOT NULL,
     name TEXT NOT NULL,
     region TEXT NOT NULL,
     status TEXT NOT NULL,
     version TEXT NOT NULL,
     settings TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (account, name, region))`,
  `CREATE TABLE IF NOT EXISTS ddb_global_pending (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     name TEXT NOT NULL,
     source_region TEXT NOT NULL,
     target_region TEXT NOT NULL,
     at INTEGER NOT NULL,
     keys TEXT NOT NULL,
     image TEXT,
     due INTEGER NOT NULL)`,
  // The latest write each replica holds of an item (its time and the region it was made in): last writer wins.
  `CREATE TABLE IF NOT EXISTS ddb_global_write_times (
     table_id TEXT NOT NULL,
     item_key TEXT NOT NULL,
     at INTEGER NOT NULL,
     region TEXT NOT NULL,
     PRIMARY KEY (table_id, item_key)) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS ddb_replica_autoscaling (
     account TEXT NOT NULL,
     name TEXT NOT NULL,
     settings TEXT NOT NULL,
     PRIMARY KEY (account, name))`,
];

interface ReplicaRecord {
  account: string;
  name: string;
  region: string;
  status: string;
  version: string;
  settings: string;
  created_at: number;
}

/** Global tables' SQL: replication groups, the replication queue, last-writer times, stored auto scaling. */
export class GlobalTableState {
  private readonly db: Database.Database;

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    store.ensureSchema('dynamodb_global_tables', [V1]);
    this.db = store.db;
  }

  private statement(sql: string): Database.Statement {
    return this.store.statement(sql);
  }

  replicas(account: string, name: string): ReplicaRow[] {
    const rows = this.statement('SELECT * FROM ddb_global_replicas WHERE account = ? AND name = ? ORDER BY region').all(account, name) as ReplicaRecord[];
    return rows.map((r) => ({
      account: r.account,
      name: r.name,
      region: r.region,
      status: r.status as ReplicaStatus,
      version: r.version as GlobalTableVersion,
      settings: JSON.parse(r.settings) as ReplicaSettings,
      createdAt: r.created_at,
    }));
  }

  /** Whether any table has replicas (until then, writes need not be watched). */
  hasReplicas(): boolean {
    return this.statement('SELECT 1 FROM ddb_global_replicas LIMIT 1').get() !== undefined;
  }

  /** Every group of an account with a replica in this region (ListGlobalTables). */
  groupNames(account: string, region?: string): string[] {
    const rows = (region
      ? this.statement('SELECT DISTINCT name FROM ddb_global_replicas WHERE account = ? AND region = ? ORDER BY name').all(account, region)
      : this.statement('SELECT DISTINCT name FROM ddb_global_replicas WHERE account = ? ORDER BY name').all(account)) as { name: string }[];
    return rows.map((r) => r.name);
  }

  putReplica(row: ReplicaRow): void {
    this.statement(
      'INSERT OR REPLACE INTO ddb_global_replicas (account, name, region, status, version, settings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(row.account, row.name, row.region, row.status, row.version, JSON.stringify(row.settings), row.createdAt);
  }

  deleteReplica(account: string, name: string, region: string): void {
    this.statement('DELETE FROM ddb_global_replicas WHERE account = ? AND name = ? AND region = ?').run(account, name, region);
  }

  enqueue(change: Omit<PendingReplication, 'id'>): void {
    this.statement(
      'INSERT INTO ddb_global_pending (account, name, source_region, target_region, at, keys, image, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(change.account, change.name, change.sourceRegion, change.targetRegion, change.at, change.keys, change.image, change.due);
  }

  due(now: number, limit: number): PendingReplication[] {
    const rows = this.statement('SELECT * FROM ddb_global_pending WHERE due <= ? ORDER BY id LIMIT ?').all(now, limit) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: r.id as number,
      account: r.account as string,
      name: r.name as string,
      sourceRegion: r.source_region as string,
      targetRegion: r.target_region as string,
      at: r.at as number,
      keys: r.keys as string,
      image: r.image as string | null,
      due: r.due as number,
    }));
  }

  nextDue(): number | undefined {
    const row = this.statement('SELECT min(due) AS due FROM ddb_global_pending').get() as { due: number | null };
    return row.due ?? undefined;
  }

  done(id: number): void {
    this.statement('DELETE FROM ddb_global_pending WHERE id = ?').run(id);
  }

  writeTime(tableId: string, itemKey: string): { at: number; region: string } | undefined {
    return this.statement('SELECT at, region FROM ddb_global_write_times WHERE table_id = ? AND item_key = ?').get(tableId, itemKey) as
      | { at: number; region: string }
      | undefined;
  }

  setWriteTime(tableId: string, itemKey: string, at: number, region: string): void {
    this.statement('INSERT OR REPLACE INTO ddb_global_write_times (table_id, item_key, at, region) VALUES (?, ?, ?, ?)').run(tableId, itemKey, at, region);
  }

  autoScaling(account: string, name: string): Record<string, unknown> | undefined {
    const row = this.statement('SELECT settings FROM ddb_replica_autoscaling WHERE account = ? AND name = ?').get(account, name) as { settings: string } | undefined;
    return row ? (JSON.parse(row.settings) as Record<string, unknown>) : undefined;
  }

  setAutoScaling(account: string, name: string, settings: Record<string, unknown>): void {
    this.statement('INSERT OR REPLACE INTO ddb_replica_autoscaling (account, name, settings) VALUES (?, ?, ?)').run(account, name, JSON.stringify(settings));
  }
}
