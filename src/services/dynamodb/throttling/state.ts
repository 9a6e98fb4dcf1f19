import type Database from 'better-sqlite3';
import type { Store } from '../../../core/store.js';

const V1 = [
  // Partitions split and never merge: the most a table (or a GSI, pool = its name) has had is kept.
  'CREATE TABLE IF NOT EXISTS ddb_throttle_partitions (table_uid TEXT NOT NULL, pool TEXT NOT NULL, partitions INTEGER NOT NULL, PRIMARY KEY (table_uid, pool))',
];

/** The throttle's SQL: each table's and GSI's partition count, so a restart keeps what splits made. */
export class ThrottleState {
  private statements = new Map<string, Database.Statement>();
  private preparedOn: Database.Database | undefined;

  constructor(private readonly store: Store) {
    store.ensureSchema('dynamodb_throttling', [V1]);
  }

  private statement(sql: string): Database.Statement {
    // A state load replaces the database: statements prepared on the old one are dropped.
    if (this.preparedOn !== this.store.db) {
      this.statements = new Map();
      this.preparedOn = this.store.db;
    }
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.store.db.prepare(sql)));
    return statement;
  }

  partitions(tableUid: string, pool: string): number {
    const row = this.statement('SELECT partitions FROM ddb_throttle_partitions WHERE table_uid = ? AND pool = ?').get(tableUid, pool) as { partitions: number } | undefined;
    return row?.partitions ?? 0;
  }

  savePartitions(tableUid: string, pool: string, partitions: number): void {
    this.statement('INSERT INTO ddb_throttle_partitions (table_uid, pool, partitions) VALUES (?, ?, ?) ON CONFLICT (table_uid, pool) DO UPDATE SET partitions = excluded.partitions').run(
      tableUid,
      pool,
      partitions,
    );
  }

  forget(tableUid: string): void {
    this.statement('DELETE FROM ddb_throttle_partitions WHERE table_uid = ?').run(tableUid);
  }
}
