import type Database from 'better-sqlite3';
import type { Store } from '../../core/store.js';
import { mixHash } from './key-encoding.js';

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: 'HASH' | 'RANGE';
}
export interface AttributeDefinition {
  AttributeName: string;
  AttributeType: 'S' | 'N' | 'B';
}
export interface ProjectionDef {
  ProjectionType: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  NonKeyAttributes?: string[];
}
export interface Throughput {
  read: number;
  write: number;
  lastIncrease?: number;
  lastDecrease?: number;
  decreasesToday: number;
}
export interface IndexDef {
  id: number;
  name: string;
  global: boolean;
  keySchema: KeySchemaElement[];
  projection: ProjectionDef;
  throughput?: Throughput;
  status: 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE';
  onDemand?: { MaxReadRequestUnits?: number; MaxWriteRequestUnits?: number };
}
export interface TableDef {
  id: number;
  account: string;
  region: string;
  name: string;
  tableId: string;
  createdAt: number;
  status: 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE';
  attributeDefinitions: AttributeDefinition[];
  keySchema: KeySchemaElement[];
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  payPerRequestSince?: number;
  throughput: Throughput;
  onDemand?: { MaxReadRequestUnits?: number; MaxWriteRequestUnits?: number };
  indexes: IndexDef[];
  sse?: { kmsKeyArn: string };
  tableClass?: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';
  tableClassUpdatedAt?: number;
  deletionProtection: boolean;
  stream?: { enabled: boolean; viewType?: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'; label: string };
  tags: Array<{ Key: string; Value: string }>;
  /** Set on a table restored from a backup or to a point in time (DescribeTable's RestoreSummary); backups/ owns it. */
  restore?: { sourceBackupArn?: string; sourceTableArn?: string; at: number };
}

export interface Row {
  hk: number;
  pk: Buffer;
  sk: Buffer;
  item: string;
  size: number;
}
/** What a read returns of a row: the item (JSON) and its size; keys are derived from the item when needed. */
export interface StoredRow {
  item: string;
  size: number;
}
export interface IndexRow extends Row {
  tpk: Buffer;
  tsk: Buffer;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ddb_tables (
     id INTEGER PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     definition TEXT NOT NULL,
     UNIQUE (account, region, name))`,
  `CREATE TABLE IF NOT EXISTS ddb_items (
     table_id INTEGER NOT NULL,
     hk INTEGER NOT NULL,
     pk BLOB NOT NULL,
     sk BLOB NOT NULL,
     item TEXT NOT NULL,
     size INTEGER NOT NULL,
     PRIMARY KEY (table_id, hk, pk, sk)) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS ddb_index_items (
     index_id INTEGER NOT NULL,
     hk INTEGER NOT NULL,
     pk BLOB NOT NULL,
     sk BLOB NOT NULL,
     tpk BLOB NOT NULL,
     tsk BLOB NOT NULL,
     item TEXT NOT NULL,
     size INTEGER NOT NULL,
     PRIMARY KEY (index_id, hk, pk, sk, tpk, tsk)) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS ddb_index_ids (id INTEGER PRIMARY KEY AUTOINCREMENT, table_id INTEGER NOT NULL)`,
];

/** v2: the partition hash is mixed (key-encoding.ts), so parallel-scan segments split evenly; rows move to the new hash. */
const MIXED_PARTITION_HASH = [
  'UPDATE ddb_items SET hk = ddb_mix_hash(hk)',
  'UPDATE ddb_index_items SET hk = ddb_mix_hash(hk)',
];

/** Bounds of a range read over encoded sort keys. */
export interface SortBounds {
  lower?: { value: Buffer; inclusive: boolean };
  upper?: { value: Buffer; inclusive: boolean };
}

/**
 * DynamoDB's storage: one row an item, keyed by (table, hash of the partition
 * key, partition key, sort key) with keys encoded so that byte order is
 * DynamoDB's order; one row an index entry, keyed the same way by the index's
 * keys then the table's. A Query is one index range scan; a Scan walks the
 * hash order, which also splits cleanly into parallel-scan segments.
 */
export class DynamoState {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly tables = new Map<string, TableDef | null>();
  /** Told whenever a table definition is saved or a table deleted (Streams enable and disable streams by it). */
  readonly tableObservers: Array<{ saved(table: TableDef): void; deleted(table: TableDef): void }> = [];
  /** One transaction wrapper, made once: better-sqlite3 nests it as a savepoint when called inside another. */
  private readonly inTransaction: (fn: () => unknown) => unknown;

  constructor(store: Store) {
    // The v2 migration rehashes rows in SQL with the same function the code hashes with.
    store.db.function('ddb_mix_hash', { deterministic: true }, (hk: unknown) => mixHash(Number(hk)));
    store.ensureSchema('dynamodb', [SCHEMA, MIXED_PARTITION_HASH]);
    this.db = store.db;
    this.inTransaction = this.db.transaction((fn: () => unknown) => fn());
  }

  statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  transaction<T>(fn: () => T): T {
    return this.inTransaction(fn) as T;
  }

  private static cacheKey(account: string, region: string, name: string): string {
    return `${account}\u0000${region}\u0000${name}`;
  }

  findTable(account: string, region: string, name: string): TableDef | undefined {
    const key = DynamoState.cacheKey(account, region, name);
    const cached = this.tables.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const row = this.statement('SELECT definition FROM ddb_tables WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as
      | { definition: string }
      | undefined;
    const table = row ? (JSON.parse(row.definition) as TableDef) : undefined;
    this.tables.set(key, table ?? null);
    return table;
  }

  listTables(account: string, region: string): string[] {
    const rows = this.statement('SELECT name FROM ddb_tables WHERE account = ? AND region = ? ORDER BY name').all(account, region) as { name: string }[];
    return rows.map((r) => r.name);
  }

  createTable(table: Omit<TableDef, 'id'>): TableDef {
    const result = this.statement('INSERT INTO ddb_tables (account, region, name, definition) VALUES (?, ?, ?, ?)').run(
      table.account,
      table.region,
      table.name,
      '{}',
    );
    const created = { ...table, id: Number(result.lastInsertRowid) } as TableDef;
    for (const index of created.indexes) index.id = this.newIndexId(created.id);
    this.saveTable(created);
    return created;
  }

  newIndexId(tableId: number): number {
    return Number(this.statement('INSERT INTO ddb_index_ids (table_id) VALUES (?)').run(tableId).lastInsertRowid);
  }

  saveTable(table: TableDef): void {
    this.statement('UPDATE ddb_tables SET definition = ? WHERE id = ?').run(JSON.stringify(table), table.id);
    this.tables.set(DynamoState.cacheKey(table.account, table.region, table.name), table);
    for (const observer of this.tableObservers) observer.saved(table);
  }

  deleteTable(table: TableDef): void {
    this.transaction(() => {
      this.statement('DELETE FROM ddb_items WHERE table_id = ?').run(table.id);
      for (const index of table.indexes) this.dropIndex(index.id);
      this.statement('DELETE FROM ddb_tables WHERE id = ?').run(table.id);
      for (const observer of this.tableObservers) observer.deleted(table);
    });
    this.tables.set(DynamoState.cacheKey(table.account, table.region, table.name), null);
  }

  dropIndex(indexId: number): void {
    this.statement('DELETE FROM ddb_index_items WHERE index_id = ?').run(indexId);
  }

  /** Item count and bytes, counted when asked (DescribeTable) rather than kept up on every write. */
  counts(table: TableDef): { itemCount: number; sizeBytes: number } {
    const row = this.statement('SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM ddb_items WHERE table_id = ?').get(table.id) as { n: number; bytes: number };
    return { itemCount: row.n, sizeBytes: row.bytes };
  }

  indexCounts(indexId: number): { itemCount: number; sizeBytes: number } {
    const row = this.statement('SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM ddb_index_items WHERE index_id = ?').get(indexId) as {
      n: number;
      bytes: number;
    };
    return { itemCount: row.n, sizeBytes: row.bytes };
  }

  getRow(tableId: number, hk: number, pk: Buffer, sk: Buffer): StoredRow | undefined {
    return this.statement('SELECT item, size FROM ddb_items WHERE table_id = ? AND hk = ? AND pk = ? AND sk = ?').get(tableId, hk, pk, sk) as StoredRow | undefined;
  }

  putRow(tableId: number, row: Row): void {
    this.statement('INSERT OR REPLACE INTO ddb_items (table_id, hk, pk, sk, item, size) VALUES (?, ?, ?, ?, ?, ?)').run(
      tableId,
      row.hk,
      row.pk,
      row.sk,
      row.item,
      row.size,
    );
  }

  deleteRow(tableId: number, hk: number, pk: Buffer, sk: Buffer): void {
    this.statement('DELETE FROM ddb_items WHERE table_id = ? AND hk = ? AND pk = ? AND sk = ?').run(tableId, hk, pk, sk);
  }

  putIndexRow(indexId: number, row: IndexRow): void {
    this.statement('INSERT OR REPLACE INTO ddb_index_items (index_id, hk, pk, sk, tpk, tsk, item, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      indexId,
      row.hk,
      row.pk,
      row.sk,
      row.tpk,
      row.tsk,
      row.item,
      row.size,
    );
  }

  deleteIndexRow(indexId: number, hk: number, pk: Buffer, sk: Buffer, tpk: Buffer, tsk: Buffer): void {
    this.statement('DELETE FROM ddb_index_items WHERE index_id = ? AND hk = ? AND pk = ? AND sk = ? AND tpk = ? AND tsk = ?').run(indexId, hk, pk, sk, tpk, tsk);
  }

  /** Bytes of one item collection (a partition's items plus its LSI entries). */
  collectionSize(table: TableDef, hk: number, pk: Buffer): number {
    let size = (this.statement('SELECT coalesce(sum(size), 0) AS bytes FROM ddb_items WHERE table_id = ? AND hk = ? AND pk = ?').get(table.id, hk, pk) as { bytes: number }).bytes;
    for (const index of table.indexes) {
      if (index.global) continue;
      size += (
        this.statement('SELECT coalesce(sum(size), 0) AS bytes FROM ddb_index_items WHERE index_id = ? AND hk = ? AND pk = ?').get(index.id, hk, pk) as {
          bytes: number;
        }
      ).bytes;
    }
    return size;
  }

  /** Rows of one partition in sort-key order, from the table or from an index. */
  queryRows(source: { tableId?: number; indexId?: number }, hk: number, pk: Buffer, bounds: SortBounds, forward: boolean, start: unknown[] | undefined, limit: number): StoredRow[] {
    const index = source.indexId !== undefined;
    const where = [index ? 'index_id = ?' : 'table_id = ?', 'hk = ?', 'pk = ?'];
    const params: unknown[] = [index ? source.indexId : source.tableId, hk, pk];
    if (bounds.lower) {
      where.push(`sk ${bounds.lower.inclusive ? '>=' : '>'} ?`);
      params.push(bounds.lower.value);
    }
    if (bounds.upper) {
      where.push(`sk ${bounds.upper.inclusive ? '<=' : '<'} ?`);
      params.push(bounds.upper.value);
    }
    const order = index ? ['sk', 'tpk', 'tsk'] : ['sk'];
    if (start) {
      where.push(`(${order.join(', ')}) ${forward ? '>' : '<'} (${order.map(() => '?').join(', ')})`);
      params.push(...start);
    }
    const direction = forward ? 'ASC' : 'DESC';
    const sql = `SELECT item, size FROM ${index ? 'ddb_index_items' : 'ddb_items'} WHERE ${where.join(' AND ')} ORDER BY ${order.map((c) => `${c} ${direction}`).join(', ')} LIMIT ?`;
    return this.statement(sql).all(...params, limit) as StoredRow[];
  }

  /** Rows in scan order (hash, then keys), optionally within one segment's hash range. */
  scanRows(source: { tableId?: number; indexId?: number }, range: { from: number; to: number } | undefined, start: unknown[] | undefined, limit: number): StoredRow[] {
    const index = source.indexId !== undefined;
    const where = [index ? 'index_id = ?' : 'table_id = ?'];
    const params: unknown[] = [index ? source.indexId : source.tableId];
    if (range) {
      where.push('hk >= ?', 'hk < ?');
      params.push(range.from, range.to);
    }
    const order = index ? ['hk', 'pk', 'sk', 'tpk', 'tsk'] : ['hk', 'pk', 'sk'];
    if (start) {
      where.push(`(${order.join(', ')}) > (${order.map(() => '?').join(', ')})`);
      params.push(...start);
    }
    const sql = `SELECT item, size FROM ${index ? 'ddb_index_items' : 'ddb_items'} WHERE ${where.join(' AND ')} ORDER BY ${order.join(', ')} LIMIT ?`;
    return this.statement(sql).all(...params, limit) as StoredRow[];
  }

  /** Every item of a table (for backfilling a new index). */
  allRows(tableId: number): IterableIterator<Row> {
    return this.statement('SELECT hk, pk, sk, item, size FROM ddb_items WHERE table_id = ?').iterate(tableId) as IterableIterator<Row>;
  }
}
