import type { Store } from '../../../core/store.js';

/** A table's stream, one row per label: a re-enabled stream is a new row with a new label. */
export interface StreamRow {
  id: number;
  arn: string;
  account: string;
  region: string;
  table_name: string;
  table_id: number;
  label: string;
  view_type: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';
  /** The table's key schema as JSON (DescribeStream's KeySchema). */
  key_schema: string;
  created_at: number;
  disabled_at: number | null;
}

export interface ShardRow {
  id: number;
  stream_id: number;
  shard_id: string;
  parent_shard_id: string | null;
  created_at: number;
  closed_at: number | null;
  /** The first sequence number the shard may hold. */
  starting_seq: number;
  /** Set when the shard is closed: its last record's sequence number (its starting one when empty). */
  ending_seq: number | null;
}

export interface RecordRow {
  seq: number;
  at: number;
  size: number;
  record: Buffer;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ddb_streams (
     id INTEGER PRIMARY KEY,
     arn TEXT NOT NULL UNIQUE,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     table_name TEXT NOT NULL,
     table_id INTEGER NOT NULL,
     label TEXT NOT NULL,
     view_type TEXT NOT NULL,
     key_schema TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     disabled_at INTEGER)`,
  'CREATE INDEX IF NOT EXISTS ddb_streams_by_table ON ddb_streams (table_id, disabled_at)',
  'CREATE INDEX IF NOT EXISTS ddb_streams_by_place ON ddb_streams (account, region, arn)',
  `CREATE TABLE IF NOT EXISTS ddb_stream_shards (
     id INTEGER PRIMARY KEY,
     stream_id INTEGER NOT NULL,
     shard_id TEXT NOT NULL,
     parent_shard_id TEXT,
     created_at INTEGER NOT NULL,
     closed_at INTEGER,
     starting_seq INTEGER NOT NULL,
     ending_seq INTEGER,
     UNIQUE (stream_id, shard_id))`,
  // Sequence numbers are the rowid: AUTOINCREMENT never reuses one, even after trimming.
  `CREATE TABLE IF NOT EXISTS ddb_stream_records (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     shard INTEGER NOT NULL,
     at INTEGER NOT NULL,
     size INTEGER NOT NULL,
     record BLOB NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS ddb_stream_records_by_shard ON ddb_stream_records (shard, seq)',
];

/** All SQL of DynamoDB Streams: streams, their shards, and the records (as BLOBs). */
export class StreamState {
  constructor(private readonly store: Store) {
    store.ensureSchema('dynamodb_streams', [SCHEMA]);
  }

  private statement(sql: string) {
    return this.store.statement(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.store.db.transaction(fn)();
  }

  /** The table's enabled stream (at most one). */
  enabledStream(tableId: number): StreamRow | undefined {
    return this.statement('SELECT * FROM ddb_streams WHERE table_id = ? AND disabled_at IS NULL').get(tableId) as StreamRow | undefined;
  }

  streamByArn(arn: string): StreamRow | undefined {
    return this.statement('SELECT * FROM ddb_streams WHERE arn = ?').get(arn) as StreamRow | undefined;
  }

  insertStream(row: Omit<StreamRow, 'id' | 'disabled_at'>): StreamRow {
    const result = this.statement(
      'INSERT INTO ddb_streams (arn, account, region, table_name, table_id, label, view_type, key_schema, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.arn, row.account, row.region, row.table_name, row.table_id, row.label, row.view_type, row.key_schema, row.created_at);
    return { ...row, id: Number(result.lastInsertRowid), disabled_at: null };
  }

  disableStream(id: number, at: number): void {
    this.statement('UPDATE ddb_streams SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL').run(at, id);
  }

  /** Streams of an account and region in ARN order, after `afterArn`; those disabled before `visibleSince` are gone. */
  listStreams(account: string, region: string, tableName: string | undefined, afterArn: string | undefined, visibleSince: number, limit: number): StreamRow[] {
    const where = ['account = ?', 'region = ?', '(disabled_at IS NULL OR disabled_at >= ?)'];
    const params: unknown[] = [account, region, visibleSince];
    if (tableName !== undefined) {
      where.push('table_name = ?');
      params.push(tableName);
    }
    if (afterArn !== undefined) {
      where.push('arn > ?');
      params.push(afterArn);
    }
    return this.statement(`SELECT * FROM ddb_streams WHERE ${where.join(' AND ')} ORDER BY arn LIMIT ?`).all(...params, limit) as StreamRow[];
  }

  openShard(streamId: number): ShardRow | undefined {
    return this.statement('SELECT * FROM ddb_stream_shards WHERE stream_id = ? AND closed_at IS NULL').get(streamId) as ShardRow | undefined;
  }

  shard(streamId: number, shardId: string): ShardRow | undefined {
    return this.statement('SELECT * FROM ddb_stream_shards WHERE stream_id = ? AND shard_id = ?').get(streamId, shardId) as ShardRow | undefined;
  }

  /** Shards in ShardId order (ids begin with their creation time, so this is also age order). */
  shards(streamId: number, afterShardId: string | undefined, limit: number): ShardRow[] {
    if (afterShardId === undefined) {
      return this.statement('SELECT * FROM ddb_stream_shards WHERE stream_id = ? ORDER BY shard_id LIMIT ?').all(streamId, limit) as ShardRow[];
    }
    return this.statement('SELECT * FROM ddb_stream_shards WHERE stream_id = ? AND shard_id > ? ORDER BY shard_id LIMIT ?').all(streamId, afterShardId, limit) as ShardRow[];
  }

  insertShard(row: Omit<ShardRow, 'id' | 'closed_at' | 'ending_seq'>): ShardRow {
    const result = this.statement('INSERT INTO ddb_stream_shards (stream_id, shard_id, parent_shard_id, created_at, starting_seq) VALUES (?, ?, ?, ?, ?)').run(
      row.stream_id,
      row.shard_id,
      row.parent_shard_id,
      row.created_at,
      row.starting_seq,
    );
    return { ...row, id: Number(result.lastInsertRowid), closed_at: null, ending_seq: null };
  }

  closeShard(id: number, at: number, endingSeq: number): void {
    this.statement('UPDATE ddb_stream_shards SET closed_at = ?, ending_seq = ? WHERE id = ?').run(at, endingSeq, id);
  }

  /** The next sequence number to be handed out (AUTOINCREMENT's counter + 1). */
  nextSeq(): number {
    const row = this.statement("SELECT seq FROM sqlite_sequence WHERE name = 'ddb_stream_records'").get() as { seq: number } | undefined;
    return (row?.seq ?? 0) + 1;
  }

  appendRecord(shard: number, at: number, size: number, record: Buffer): number {
    return Number(this.statement('INSERT INTO ddb_stream_records (shard, at, size, record) VALUES (?, ?, ?, ?)').run(shard, at, size, record).lastInsertRowid);
  }

  lastSeq(shard: number): number | undefined {
    const row = this.statement('SELECT max(seq) AS seq FROM ddb_stream_records WHERE shard = ?').get(shard) as { seq: number | null };
    return row.seq ?? undefined;
  }

  /** Records of a shard after a sequence number, oldest first. */
  records(shard: number, afterSeq: number, limit: number): RecordRow[] {
    return this.statement('SELECT seq, at, size, record FROM ddb_stream_records WHERE shard = ? AND seq > ? ORDER BY seq LIMIT ?').all(shard, afterSeq, limit) as RecordRow[];
  }

  recordAt(shard: number, seq: number): { at: number } | undefined {
    return this.statement('SELECT at FROM ddb_stream_records WHERE shard = ? AND seq = ?').get(shard, seq) as { at: number } | undefined;
  }

  /** Deletes up to `limit` of the oldest records written before `before`; returns how many went. */
  purgeRecords(before: number, limit: number): number {
    // Records are in time order, so the first one young enough to keep marks where deleting stops.
    const kept = this.statement('SELECT seq FROM ddb_stream_records WHERE at >= ? ORDER BY seq LIMIT 1').get(before) as { seq: number } | undefined;
    const stopAt = kept?.seq ?? Number.MAX_SAFE_INTEGER;
    return this.statement('DELETE FROM ddb_stream_records WHERE seq IN (SELECT seq FROM ddb_stream_records WHERE seq < ? ORDER BY seq LIMIT ?)').run(stopAt, limit).changes;
  }

  /** The oldest sequence number still stored (records below it were purged). */
  oldestSeq(): number | undefined {
    const row = this.statement('SELECT seq FROM ddb_stream_records ORDER BY seq LIMIT 1').get() as { seq: number } | undefined;
    return row?.seq;
  }

  /** Forgets shards closed before `before` (their records, older still, are gone already). */
  purgeShards(before: number): void {
    this.statement('DELETE FROM ddb_stream_shards WHERE closed_at IS NOT NULL AND closed_at < ?').run(before);
  }

  /** Forgets streams disabled before `before`, with their shards. */
  purgeStreams(before: number): void {
    const gone = this.statement('SELECT id FROM ddb_streams WHERE disabled_at IS NOT NULL AND disabled_at < ?').all(before) as { id: number }[];
    for (const { id } of gone) {
      this.statement('DELETE FROM ddb_stream_records WHERE shard IN (SELECT id FROM ddb_stream_shards WHERE stream_id = ?)').run(id);
      this.statement('DELETE FROM ddb_stream_shards WHERE stream_id = ?').run(id);
      this.statement('DELETE FROM ddb_streams WHERE id = ?').run(id);
    }
  }
}
