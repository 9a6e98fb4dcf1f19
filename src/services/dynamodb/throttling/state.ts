import type Database from 'better-sqlite3';
import type { Store } from '../../../core/store.js';

const V1 = [
  // Partitions split and never merge: the most a table (or a GSI, pool = its name) has had is kept.
  'CREATE TABLE IF NOT EXISTS ddb_throttle_partitions (table_uid TEXT NOT NULL, pool TEXT NOT NULL, partitions INTEGER NOT NULL, PRIMARY KEY (table_uid, pool))',
];
const V2 = [
  // Capacity decreases of the current UTC day (AWS: four at any time, then one an hour).
  'CREATE TABLE IF NOT EXISTS ddb_throttle_decreases (table_uid TEXT PRIMARY KEY, day TEXT NOT NULL, count INTEGER NOT NULL, last_at REAL NOT NULL)',
];

/** The throttle's SQL: each table's and GSI's partition count, so a restart keeps what splits made. */
export class ThrottleState {

  constructor(private readonly store: Store) {
    store.ensureSchema('dynamodb_throttling', [V1, V2]);
  }

  private statement(sql: string): Database.Statement {
    return this.store.statement(sql);
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

  /** The decreases made on the UTC day `day` (YYYY-MM-DD), and when the last was. */
  decreases(tableUid: string, day: string): { count: number; lastAt: number } {
    const row = this.statement('SELECT count, last_at FROM ddb_throttle_decreases WHERE table_uid = ? AND day = ?').get(tableUid, day) as { count: number; last_at: number } | undefined;
    return row ? { count: row.count, lastAt: row.last_at } : { count: 0, lastAt: 0 };
  }

  saveDecrease(tableUid: string, day: string, count: number, at: number): void {
    this.statement(
      'INSERT INTO ddb_throttle_decreases (table_uid, day, count, last_at) VALUES (?, ?, ?, ?) ON CONFLICT (table_uid) DO UPDATE SET day = excluded.day, count = excluded.count, last_at = excluded.last_at',
    ).run(tableUid, day, count, at);
  }

  forget(tableUid: string): void {
    this.statement('DELETE FROM ddb_throttle_partitions WHERE table_uid = ?').run(tableUid);
    this.statement('DELETE FROM ddb_throttle_decreases WHERE table_uid = ?').run(tableUid);
  }
}
