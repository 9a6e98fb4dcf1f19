import type Database from 'better-sqlite3';
import type { Store } from '../../core/store.js';

/**
 * SQL of what DynamoDB attaches to a table besides its items: resource policies (on the table or its
 * stream), contributor insights, Kinesis streaming destinations and their outbox. Rows are keyed by the
 * table's TableId, so a table deleted and created again under its name starts with none of them.
 */
const V1 = [
  `CREATE TABLE IF NOT EXISTS ddb_resource_policies (
     table_id TEXT NOT NULL,
     resource TEXT NOT NULL,
     policy TEXT NOT NULL,
     revision TEXT NOT NULL,
     PRIMARY KEY (table_id, resource))`,
  `CREATE TABLE IF NOT EXISTS ddb_contributor_insights (
     table_id TEXT NOT NULL,
     index_name TEXT NOT NULL,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     table_name TEXT NOT NULL,
     enabled INTEGER NOT NULL,
     mode TEXT NOT NULL,
     changed_at INTEGER NOT NULL,
     PRIMARY KEY (table_id, index_name))`,
  `CREATE TABLE IF NOT EXISTS ddb_kinesis_destinations (
     table_id TEXT NOT NULL,
     stream_arn TEXT NOT NULL,
     enabled INTEGER NOT NULL,
     precision TEXT NOT NULL,
     changed_at INTEGER NOT NULL,
     PRIMARY KEY (table_id, stream_arn))`,
  // Change records waiting to be put into Kinesis; written in the item change's transaction, sent after it commits.
  `CREATE TABLE IF NOT EXISTS ddb_kinesis_outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     stream_arn TEXT NOT NULL,
     partition_key TEXT NOT NULL,
     data TEXT NOT NULL)`,
];

export interface PolicyRow {
  policy: string;
  revision: string;
}

export interface InsightsRow {
  tableId: string;
  indexName: string;
  account: string;
  region: string;
  tableName: string;
  enabled: boolean;
  mode: 'ACCESSED_AND_THROTTLED_KEYS' | 'THROTTLED_KEYS';
  changedAt: number;
}

export interface DestinationRow {
  tableId: string;
  streamArn: string;
  enabled: boolean;
  precision: 'MILLISECOND' | 'MICROSECOND';
  changedAt: number;
}

export interface OutboxRow {
  id: number;
  streamArn: string;
  partitionKey: string;
  data: string;
}

export class ResourceSettingsState {
  private readonly db: Database.Database;

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    store.ensureSchema('dynamodb_resource_settings', [V1]);
    this.db = store.db;
  }

  private statement(sql: string): Database.Statement {
    return this.store.statement(sql);
  }

  policy(tableId: string, resource: string): PolicyRow | undefined {
    return this.statement('SELECT policy, revision FROM ddb_resource_policies WHERE table_id = ? AND resource = ?').get(tableId, resource) as PolicyRow | undefined;
  }

  putPolicy(tableId: string, resource: string, policy: string, revision: string): void {
    this.statement('INSERT OR REPLACE INTO ddb_resource_policies (table_id, resource, policy, revision) VALUES (?, ?, ?, ?)').run(tableId, resource, policy, revision);
  }

  deletePolicy(tableId: string, resource: string): void {
    this.statement('DELETE FROM ddb_resource_policies WHERE table_id = ? AND resource = ?').run(tableId, resource);
  }

  insights(tableId: string, indexName: string): InsightsRow | undefined {
    const row = this.statement('SELECT * FROM ddb_contributor_insights WHERE table_id = ? AND index_name = ?').get(tableId, indexName) as Record<string, unknown> | undefined;
    return row ? ResourceSettingsState.insightsRow(row) : undefined;
  }

  insightsOf(account: string, region: string): InsightsRow[] {
    const rows = this.statement('SELECT * FROM ddb_contributor_insights WHERE account = ? AND region = ? ORDER BY table_name, index_name').all(account, region) as Record<string, unknown>[];
    return rows.map((row) => ResourceSettingsState.insightsRow(row));
  }

  private static insightsRow(row: Record<string, unknown>): InsightsRow {
    return {
      tableId: row.table_id as string,
      indexName: row.index_name as string,
      account: row.account as string,
      region: row.region as string,
      tableName: row.table_name as string,
      enabled: row.enabled === 1,
      mode: row.mode as InsightsRow['mode'],
      changedAt: row.changed_at as number,
    };
  }

  putInsights(row: InsightsRow): void {
    this.statement(
      'INSERT OR REPLACE INTO ddb_contributor_insights (table_id, index_name, account, region, table_name, enabled, mode, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.tableId, row.indexName, row.account, row.region, row.tableName, row.enabled ? 1 : 0, row.mode, row.changedAt);
  }

  /** Whether any table streams to Kinesis (until then, writes need not be watched). */
  hasDestinations(): boolean {
    return this.statement('SELECT 1 FROM ddb_kinesis_destinations LIMIT 1').get() !== undefined;
  }

  destinations(tableId: string): DestinationRow[] {
    const rows = this.statement('SELECT * FROM ddb_kinesis_destinations WHERE table_id = ? ORDER BY changed_at, stream_arn').all(tableId) as Record<string, unknown>[];
    return rows.map((row) => ({
      tableId: row.table_id as string,
      streamArn: row.stream_arn as string,
      enabled: row.enabled === 1,
      precision: row.precision as DestinationRow['precision'],
      changedAt: row.changed_at as number,
    }));
  }

  putDestination(row: DestinationRow): void {
    this.statement('INSERT OR REPLACE INTO ddb_kinesis_destinations (table_id, stream_arn, enabled, precision, changed_at) VALUES (?, ?, ?, ?, ?)').run(
      row.tableId,
      row.streamArn,
      row.enabled ? 1 : 0,
      row.precision,
      row.changedAt,
    );
  }

  addToOutbox(streamArn: string, partitionKey: string, data: string): void {
    this.statement('INSERT INTO ddb_kinesis_outbox (stream_arn, partition_key, data) VALUES (?, ?, ?)').run(streamArn, partitionKey, data);
  }

  outbox(limit: number): OutboxRow[] {
    const rows = this.statement('SELECT id, stream_arn, partition_key, data FROM ddb_kinesis_outbox ORDER BY id LIMIT ?').all(limit) as Record<string, unknown>[];
    return rows.map((row) => ({ id: row.id as number, streamArn: row.stream_arn as string, partitionKey: row.partition_key as string, data: row.data as string }));
  }

  sent(id: number): void {
    this.statement('DELETE FROM ddb_kinesis_outbox WHERE id = ?').run(id);
  }
}
