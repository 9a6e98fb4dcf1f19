import type Database from 'better-sqlite3';
import type { Store } from '../../core/store.js';

/** Kinesis's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS kinesis_streams (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     arn TEXT NOT NULL,
     status TEXT NOT NULL,
     mode TEXT NOT NULL,
     retention_hours INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     encryption_type TEXT NOT NULL DEFAULT 'NONE',
     key_id TEXT,
     tags TEXT NOT NULL DEFAULT '{}',
     shard_metrics TEXT NOT NULL DEFAULT '[]',
     max_record_kib INTEGER NOT NULL DEFAULT 1024,
     next_shard_index INTEGER NOT NULL,
     scalings TEXT NOT NULL DEFAULT '[]',
     UNIQUE (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS kinesis_shards (
     stream_id INTEGER NOT NULL,
     shard_index INTEGER NOT NULL,
     parent_index INTEGER,
     adjacent_parent_index INTEGER,
     start_hash TEXT NOT NULL,
     end_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     closed_at INTEGER,
     last_counter INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (stream_id, shard_index)
   ) WITHOUT ROWID`,
  // A record's place is its shard and its counter there; its sequence number is built from both (sequence.ts).
  `CREATE TABLE IF NOT EXISTS kinesis_records (
     stream_id INTEGER NOT NULL,
     shard_index INTEGER NOT NULL,
     counter INTEGER NOT NULL,
     partition_key TEXT NOT NULL,
     data BLOB NOT NULL,
     arrived_at INTEGER NOT NULL,
     PRIMARY KEY (stream_id, shard_index, counter)
   ) WITHOUT ROWID`,
  'CREATE INDEX IF NOT EXISTS kinesis_records_arrival ON kinesis_records (stream_id, arrived_at)',
  `CREATE TABLE IF NOT EXISTS kinesis_consumers (
     arn TEXT PRIMARY KEY,
     stream_id INTEGER NOT NULL,
     name TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     tags TEXT NOT NULL DEFAULT '{}',
     UNIQUE (stream_id, name)
   )`,
  'CREATE TABLE IF NOT EXISTS kinesis_resource_policies (arn TEXT PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, policy TEXT NOT NULL)',
  'CREATE TABLE IF NOT EXISTS kinesis_account_settings (account TEXT NOT NULL, region TEXT NOT NULL, settings TEXT NOT NULL, PRIMARY KEY (account, region))',
];

export type StreamStatus = 'CREATING' | 'DELETING' | 'ACTIVE' | 'UPDATING';
export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';

export interface StreamRow {
  id: number;
  account: string;
  region: string;
  name: string;
  arn: string;
  status: StreamStatus;
  mode: StreamMode;
  retentionHours: number;
  createdAt: number;
  encryptionType: 'NONE' | 'KMS';
  keyId: string | undefined;
  tags: Record<string, string>;
  shardMetrics: string[];
  maxRecordKib: number;
  nextShardIndex: number;
  /** When UpdateShardCount ran (epoch ms), for AWS's "ten a rolling day" limit. */
  scalings: number[];
}

export interface ShardRow {
  streamId: number;
  index: number;
  parentIndex: number | undefined;
  adjacentParentIndex: number | undefined;
  startHash: bigint;
  endHash: bigint;
  createdAt: number;
  closedAt: number | undefined;
  /**
   * The counter of the shard's last record (0 before its first): the next record takes this plus one.
   * A put writes only the record; the shard row's copy is brought up to date when records are
   * deleted or the shard closes, and a shard read from the store takes the larger of the two.
   */
  lastCounter: number;
}

export interface StoredRecord {
  counter: number;
  partitionKey: string;
  data: Buffer;
  arrivedAt: number;
}

export interface ConsumerRow {
  arn: string;
  streamId: number;
  name: string;
  status: 'CREATING' | 'DELETING' | 'ACTIVE';
  createdAt: number;
  tags: Record<string, string>;
}

interface RawStream {
  id: number;
  account: string;
  region: string;
  name: string;
  arn: string;
  status: StreamStatus;
  mode: StreamMode;
  retention_hours: number;
  created_at: number;
  encryption_type: 'NONE' | 'KMS';
  key_id: string | null;
  tags: string;
  shard_metrics: string;
  max_record_kib: number;
  next_shard_index: number;
  scalings: string;
}

interface RawShard {
  stream_id: number;
  shard_index: number;
  parent_index: number | null;
  adjacent_parent_index: number | null;
  start_hash: string;
  end_hash: string;
  created_at: number;
  closed_at: number | null;
  last_counter: number;
}

const toStream = (r: RawStream): StreamRow => ({
  id: r.id,
  account: r.account,
  region: r.region,
  name: r.name,
  arn: r.arn,
  status: r.status,
  mode: r.mode,
  retentionHours: r.retention_hours,
  createdAt: r.created_at,
  encryptionType: r.encryption_type,
  keyId: r.key_id ?? undefined,
  tags: JSON.parse(r.tags) as Record<string, string>,
  shardMetrics: JSON.parse(r.shard_metrics) as string[],
  maxRecordKib: r.max_record_kib,
  nextShardIndex: r.next_shard_index,
  scalings: JSON.parse(r.scalings) as number[],
});

const toShard = (r: RawShard): ShardRow => ({
  streamId: r.stream_id,
  index: r.shard_index,
  parentIndex: r.parent_index ?? undefined,
  adjacentParentIndex: r.adjacent_parent_index ?? undefined,
  startHash: BigInt(r.start_hash),
  endHash: BigInt(r.end_hash),
  createdAt: r.created_at,
  closedAt: r.closed_at ?? undefined,
  lastCounter: r.last_counter,
});

/** Everything Kinesis keeps, and all its SQL. Streams and their shards are cached: every put reads them. */
export class KinesisState {
  private readonly db: Database.Database;
  private readonly streamsByName = new Map<string, StreamRow | null>();
  private readonly shardsByStream = new Map<number, ShardRow[]>();
  private readonly statements: ReturnType<KinesisState['prepare']>;

  constructor(store: Store) {
    store.ensureSchema('kinesis', [SCHEMA_V1]);
    this.db = store.db;
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      streamByName: db.prepare('SELECT * FROM kinesis_streams WHERE account = ? AND region = ? AND name = ?'),
      streamById: db.prepare('SELECT * FROM kinesis_streams WHERE id = ?'),
      insertRecord: db.prepare('INSERT INTO kinesis_records (stream_id, shard_index, counter, partition_key, data, arrived_at) VALUES (?, ?, ?, ?, ?, ?)'),
      keepLastCounters: db.prepare(
        `UPDATE kinesis_shards SET last_counter = MAX(last_counter, COALESCE((SELECT MAX(r.counter) FROM kinesis_records r
           WHERE r.stream_id = kinesis_shards.stream_id AND r.shard_index = kinesis_shards.shard_index), 0)) WHERE stream_id = ?`,
      ),
      readRecords: db.prepare(
        'SELECT counter, partition_key AS partitionKey, data, arrived_at AS arrivedAt FROM kinesis_records WHERE stream_id = ? AND shard_index = ? AND counter > ? AND arrived_at >= ? ORDER BY counter LIMIT ?',
      ),
      firstAtOrAfter: db.prepare('SELECT counter FROM kinesis_records WHERE stream_id = ? AND shard_index = ? AND counter > ? AND arrived_at >= ? ORDER BY counter LIMIT 1'),
      shards: db.prepare(
        `SELECT s.stream_id, s.shard_index, s.parent_index, s.adjacent_parent_index, s.start_hash, s.end_hash, s.created_at, s.closed_at,
           MAX(s.last_counter, COALESCE((SELECT MAX(r.counter) FROM kinesis_records r WHERE r.stream_id = s.stream_id AND r.shard_index = s.shard_index), 0)) AS last_counter
         FROM kinesis_shards s WHERE s.stream_id = ? ORDER BY s.shard_index`,
      ),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ---- streams ----

  stream(account: string, region: string, name: string): StreamRow | undefined {
    const key = `${account}\u0000${region}\u0000${name}`;
    const cached = this.streamsByName.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const raw = this.statements.streamByName.get(account, region, name) as RawStream | undefined;
    const row = raw ? toStream(raw) : undefined;
    this.streamsByName.set(key, row ?? null);
    return row;
  }

  streamById(id: number): StreamRow | undefined {
    const raw = this.statements.streamById.get(id) as RawStream | undefined;
    return raw ? toStream(raw) : undefined;
  }

  streams(account: string, region: string): StreamRow[] {
    return (this.db.prepare('SELECT * FROM kinesis_streams WHERE account = ? AND region = ? ORDER BY name').all(account, region) as RawStream[]).map(toStream);
  }

  allStreams(): StreamRow[] {
    return (this.db.prepare('SELECT * FROM kinesis_streams ORDER BY id').all() as RawStream[]).map(toStream);
  }

  /** Shards summed over the account's streams that are not being deleted (for the shard limit). */
  openShardCount(account: string, region: string): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM kinesis_shards s JOIN kinesis_streams t ON t.id = s.stream_id
         WHERE t.account = ? AND t.region = ? AND s.closed_at IS NULL`,
      )
      .get(account, region) as { n: number };
    return row.n;
  }

  onDemandStreamCount(account: string, region: string): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM kinesis_streams WHERE account = ? AND region = ? AND mode = 'ON_DEMAND'").get(account, region) as { n: number }).n;
  }

  insertStream(stream: Omit<StreamRow, 'id'>, shards: Array<Omit<ShardRow, 'streamId'>>): StreamRow {
    return this.transaction(() => {
      const info = this.db
        .prepare(
          `INSERT INTO kinesis_streams (account, region, name, arn, status, mode, retention_hours, created_at, encryption_type, key_id, tags, shard_metrics, max_record_kib, next_shard_index, scalings)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          stream.account, stream.region, stream.name, stream.arn, stream.status, stream.mode, stream.retentionHours, stream.createdAt,
          stream.encryptionType, stream.keyId ?? null, JSON.stringify(stream.tags), JSON.stringify(stream.shardMetrics), stream.maxRecordKib,
          stream.nextShardIndex, JSON.stringify(stream.scalings),
        );
      const id = Number(info.lastInsertRowid);
      for (const shard of shards) this.insertShard({ ...shard, streamId: id });
      this.forget(stream.account, stream.region, stream.name, id);
      return { ...stream, id };
    });
  }

  /** Writes a stream's changeable fields. */
  updateStream(stream: StreamRow): void {
    this.db
      .prepare(
        `UPDATE kinesis_streams SET status = ?, mode = ?, retention_hours = ?, encryption_type = ?, key_id = ?, tags = ?, shard_metrics = ?,
           max_record_kib = ?, next_shard_index = ?, scalings = ? WHERE id = ?`,
      )
      .run(
        stream.status, stream.mode, stream.retentionHours, stream.encryptionType, stream.keyId ?? null, JSON.stringify(stream.tags),
        JSON.stringify(stream.shardMetrics), stream.maxRecordKib, stream.nextShardIndex, JSON.stringify(stream.scalings), stream.id,
      );
    this.forget(stream.account, stream.region, stream.name, stream.id);
  }

  deleteStream(stream: StreamRow): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM kinesis_records WHERE stream_id = ?').run(stream.id);
      this.db.prepare('DELETE FROM kinesis_shards WHERE stream_id = ?').run(stream.id);
      this.db.prepare('DELETE FROM kinesis_consumers WHERE stream_id = ?').run(stream.id);
      this.db.prepare('DELETE FROM kinesis_resource_policies WHERE arn = ? OR arn LIKE ?').run(stream.arn, `${stream.arn}/consumer/%`);
      this.db.prepare('DELETE FROM kinesis_streams WHERE id = ?').run(stream.id);
    });
    this.forget(stream.account, stream.region, stream.name, stream.id);
  }

  private forget(account: string, region: string, name: string, id: number): void {
    this.streamsByName.delete(`${account}\u0000${region}\u0000${name}`);
    this.shardsByStream.delete(id);
  }

  // ---- shards ----

  /** All of a stream's shards, by index (parents before children). */
  shards(streamId: number): ShardRow[] {
    let shards = this.shardsByStream.get(streamId);
    if (!shards) {
      shards = (this.statements.shards.all(streamId) as RawShard[]).map(toShard);
      this.shardsByStream.set(streamId, shards);
    }
    return shards;
  }

  insertShard(shard: ShardRow): void {
    this.db
      .prepare(
        'INSERT INTO kinesis_shards (stream_id, shard_index, parent_index, adjacent_parent_index, start_hash, end_hash, created_at, closed_at, last_counter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        shard.streamId, shard.index, shard.parentIndex ?? null, shard.adjacentParentIndex ?? null, shard.startHash.toString(), shard.endHash.toString(),
        shard.createdAt, shard.closedAt ?? null, shard.lastCounter,
      );
    this.shardsByStream.delete(shard.streamId);
  }

  closeShard(shard: ShardRow, at: number): void {
    this.db.prepare('UPDATE kinesis_shards SET closed_at = ?, last_counter = ? WHERE stream_id = ? AND shard_index = ?').run(at, shard.lastCounter, shard.streamId, shard.index);
    this.shardsByStream.delete(shard.streamId);
  }

  /** Drops closed shards whose every record is past retention, and their records. */
  dropShard(shard: ShardRow): void {
    this.db.prepare('DELETE FROM kinesis_records WHERE stream_id = ? AND shard_index = ?').run(shard.streamId, shard.index);
    this.db.prepare('DELETE FROM kinesis_shards WHERE stream_id = ? AND shard_index = ?').run(shard.streamId, shard.index);
    this.shardsByStream.delete(shard.streamId);
  }

  // ---- records ----

  /** Appends a record to a shard (the cached shard's counter moves with it); answers its counter. */
  appendRecord(shard: ShardRow, partitionKey: string, data: Buffer, arrivedAt: number): number {
    const counter = shard.lastCounter + 1;
    this.statements.insertRecord.run(shard.streamId, shard.index, counter, partitionKey, data, arrivedAt);
    shard.lastCounter = counter;
    return counter;
  }

  /** Up to `limit` records after `afterCounter`, none that arrived before `notBefore`. */
  readRecords(shard: ShardRow, afterCounter: number, notBefore: number, limit: number): StoredRecord[] {
    return this.statements.readRecords.all(shard.streamId, shard.index, afterCounter, notBefore, limit) as StoredRecord[];
  }

  /** The counter of the first record after `afterCounter` that arrived at or after `notBefore`. */
  firstRecordAfter(shard: ShardRow, afterCounter: number, notBefore: number): number | undefined {
    return (this.statements.firstAtOrAfter.get(shard.streamId, shard.index, afterCounter, notBefore) as { counter: number } | undefined)?.counter;
  }

  /** The counter of the first record that arrived at or after a time (AT_TIMESTAMP). */
  firstRecordSince(shard: ShardRow, since: number): number | undefined {
    return (
      this.db
        .prepare('SELECT counter FROM kinesis_records WHERE stream_id = ? AND shard_index = ? AND arrived_at >= ? ORDER BY counter LIMIT 1')
        .get(shard.streamId, shard.index, since) as { counter: number } | undefined
    )?.counter;
  }

  /** When the record with this counter arrived, if it is still kept. */
  arrivalOf(shard: ShardRow, counter: number): number | undefined {
    return (
      this.db.prepare('SELECT arrived_at AS at FROM kinesis_records WHERE stream_id = ? AND shard_index = ? AND counter = ?').get(shard.streamId, shard.index, counter) as
        | { at: number }
        | undefined
    )?.at;
  }

  /** Deletes up to `limit` records of a stream that arrived before `before`; answers how many went. */
  expireRecords(streamId: number, before: number, limit: number): number {
    // The shards' counters must outlive the records that carry them: sequence numbers never go back.
    this.statements.keepLastCounters.run(streamId);
    return this.db
      .prepare('DELETE FROM kinesis_records WHERE (stream_id, shard_index, counter) IN (SELECT stream_id, shard_index, counter FROM kinesis_records WHERE stream_id = ? AND arrived_at < ? LIMIT ?)')
      .run(streamId, before, limit).changes;
  }

  // ---- consumers ----

  consumers(streamId: number): ConsumerRow[] {
    return (this.db.prepare('SELECT * FROM kinesis_consumers WHERE stream_id = ? ORDER BY name').all(streamId) as RawConsumer[]).map(toConsumer);
  }

  /** Consumers a restart caught while CREATING or DELETING. */
  unsettledConsumers(): ConsumerRow[] {
    return (this.db.prepare("SELECT * FROM kinesis_consumers WHERE status <> 'ACTIVE'").all() as RawConsumer[]).map(toConsumer);
  }

  consumerByArn(arn: string): ConsumerRow | undefined {
    const raw = this.db.prepare('SELECT * FROM kinesis_consumers WHERE arn = ?').get(arn) as RawConsumer | undefined;
    return raw ? toConsumer(raw) : undefined;
  }

  consumerByName(streamId: number, name: string): ConsumerRow | undefined {
    const raw = this.db.prepare('SELECT * FROM kinesis_consumers WHERE stream_id = ? AND name = ?').get(streamId, name) as RawConsumer | undefined;
    return raw ? toConsumer(raw) : undefined;
  }

  insertConsumer(consumer: ConsumerRow): void {
    this.db
      .prepare('INSERT INTO kinesis_consumers (arn, stream_id, name, status, created_at, tags) VALUES (?, ?, ?, ?, ?, ?)')
      .run(consumer.arn, consumer.streamId, consumer.name, consumer.status, consumer.createdAt, JSON.stringify(consumer.tags));
  }

  updateConsumer(consumer: ConsumerRow): void {
    this.db.prepare('UPDATE kinesis_consumers SET status = ?, tags = ? WHERE arn = ?').run(consumer.status, JSON.stringify(consumer.tags), consumer.arn);
  }

  deleteConsumer(arn: string): void {
    this.db.prepare('DELETE FROM kinesis_consumers WHERE arn = ?').run(arn);
    this.db.prepare('DELETE FROM kinesis_resource_policies WHERE arn = ?').run(arn);
  }

  // ---- resource policies and account settings ----

  policy(arn: string): string | undefined {
    return (this.db.prepare('SELECT policy FROM kinesis_resource_policies WHERE arn = ?').get(arn) as { policy: string } | undefined)?.policy;
  }

  putPolicy(arn: string, account: string, region: string, policy: string): void {
    this.db
      .prepare('INSERT INTO kinesis_resource_policies (arn, account, region, policy) VALUES (?, ?, ?, ?) ON CONFLICT (arn) DO UPDATE SET policy = excluded.policy')
      .run(arn, account, region, policy);
  }

  deletePolicy(arn: string): boolean {
    return this.db.prepare('DELETE FROM kinesis_resource_policies WHERE arn = ?').run(arn).changes > 0;
  }

  accountSettings(account: string, region: string): Record<string, unknown> | undefined {
    const row = this.db.prepare('SELECT settings FROM kinesis_account_settings WHERE account = ? AND region = ?').get(account, region) as { settings: string } | undefined;
    return row ? (JSON.parse(row.settings) as Record<string, unknown>) : undefined;
  }

  putAccountSettings(account: string, region: string, settings: Record<string, unknown>): void {
    this.db
      .prepare('INSERT INTO kinesis_account_settings (account, region, settings) VALUES (?, ?, ?) ON CONFLICT (account, region) DO UPDATE SET settings = excluded.settings')
      .run(account, region, JSON.stringify(settings));
  }
}

interface RawConsumer {
  arn: string;
  stream_id: number;
  name: string;
  status: ConsumerRow['status'];
  created_at: number;
  tags: string;
}

const toConsumer = (r: RawConsumer): ConsumerRow => ({
  arn: r.arn,
  streamId: r.stream_id,
  name: r.name,
  status: r.status,
  createdAt: r.created_at,
  tags: JSON.parse(r.tags) as Record<string, string>,
});
