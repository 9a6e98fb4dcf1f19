import type { Store } from '../../core/store.js';
import type { DeliveryStream } from './model.js';

/** Firehose's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS firehose_delivery_streams (
     arn TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     stream TEXT NOT NULL
   )`,
  'CREATE UNIQUE INDEX IF NOT EXISTS firehose_delivery_streams_name ON firehose_delivery_streams (account, region, name)',
  // Records accepted and not yet delivered: a restart keeps them, and a batch being delivered is marked
  // with its id, so that it is deleted only once it has landed (or is taken up again after a restart).
  `CREATE TABLE IF NOT EXISTS firehose_buffered_records (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     stream_arn TEXT NOT NULL,
     data BLOB NOT NULL,
     arrived_at INTEGER NOT NULL,
     batch TEXT
   )`,
  'CREATE INDEX IF NOT EXISTS firehose_buffered_records_stream ON firehose_buffered_records (stream_arn, batch, id)',
  // Where a Kinesis-sourced delivery stream has read each shard of its source stream up to.
  `CREATE TABLE IF NOT EXISTS firehose_source_positions (
     stream_arn TEXT NOT NULL,
     shard_id TEXT NOT NULL,
     sequence_number TEXT,
     finished INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (stream_arn, shard_id)
   )`,
];

export interface BufferedRecord {
  id: number;
  data: Buffer;
  arrivedAt: number;
}

/** All of Firehose's SQL. */
export class FirehoseState {
  constructor(private readonly store: Store) {
    store.ensureSchema('firehose', [SCHEMA_V1]);
  }

  private get db() {
    return this.store.db;
  }

  insertStream(stream: DeliveryStream): void {
    this.db
      .prepare('INSERT INTO firehose_delivery_streams (arn, account, region, name, stream) VALUES (?, ?, ?, ?, ?)')
      .run(stream.arn, stream.account, stream.region, stream.name, JSON.stringify(stream));
  }

  saveStream(stream: DeliveryStream): void {
    this.db.prepare('UPDATE firehose_delivery_streams SET stream = ? WHERE arn = ?').run(JSON.stringify(stream), stream.arn);
  }

  stream(arn: string): DeliveryStream | undefined {
    const row = this.db.prepare('SELECT stream FROM firehose_delivery_streams WHERE arn = ?').get(arn) as { stream: string } | undefined;
    return row ? (JSON.parse(row.stream) as DeliveryStream) : undefined;
  }

  streamByName(account: string, region: string, name: string): DeliveryStream | undefined {
    const row = this.db
      .prepare('SELECT stream FROM firehose_delivery_streams WHERE account = ? AND region = ? AND name = ?')
      .get(account, region, name) as { stream: string } | undefined;
    return row ? (JSON.parse(row.stream) as DeliveryStream) : undefined;
  }

  /** Streams of an account and region in name order, after `after` when given. */
  streams(account: string, region: string, after?: string): DeliveryStream[] {
    const rows = this.db
      .prepare('SELECT stream FROM firehose_delivery_streams WHERE account = ? AND region = ? AND name > ? ORDER BY name')
      .all(account, region, after ?? '') as Array<{ stream: string }>;
    return rows.map((row) => JSON.parse(row.stream) as DeliveryStream);
  }

  allStreams(): DeliveryStream[] {
    const rows = this.db.prepare('SELECT stream FROM firehose_delivery_streams').all() as Array<{ stream: string }>;
    return rows.map((row) => JSON.parse(row.stream) as DeliveryStream);
  }

  deleteStream(arn: string): void {
    const run = this.db.transaction(() => {
      this.db.prepare('DELETE FROM firehose_delivery_streams WHERE arn = ?').run(arn);
      this.db.prepare('DELETE FROM firehose_buffered_records WHERE stream_arn = ?').run(arn);
      this.db.prepare('DELETE FROM firehose_source_positions WHERE stream_arn = ?').run(arn);
    });
    run();
  }

  bufferRecords(streamArn: string, records: Array<{ data: Buffer; arrivedAt: number }>): void {
    const insert = this.db.prepare('INSERT INTO firehose_buffered_records (stream_arn, data, arrived_at) VALUES (?, ?, ?)');
    const run = this.db.transaction(() => {
      for (const record of records) insert.run(streamArn, record.data, record.arrivedAt);
    });
    run();
  }

  /** What is buffered and not yet taken into a batch: how many bytes, and when the oldest came. */
  bufferSummary(streamArn: string): { bytes: number; oldest: number | undefined } {
    const row = this.db
      .prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS bytes, MIN(arrived_at) AS oldest FROM firehose_buffered_records WHERE stream_arn = ? AND batch IS NULL')
      .get(streamArn) as { bytes: number; oldest: number | null };
    return { bytes: row.bytes, oldest: row.oldest ?? undefined };
  }

  /** Marks what is buffered (up to `maxBytes`, at least one record) as one batch, and returns it, oldest first. */
  takeBatch(streamArn: string, batch: string, maxBytes: number): BufferedRecord[] {
    const run = this.db.transaction(() => {
      const rows = this.db
        .prepare('SELECT id, data, arrived_at AS arrivedAt FROM firehose_buffered_records WHERE stream_arn = ? AND batch IS NULL ORDER BY id')
        .iterate(streamArn) as IterableIterator<BufferedRecord>;
      const taken: BufferedRecord[] = [];
      let bytes = 0;
      for (const row of rows) {
        if (taken.length > 0 && bytes + row.data.length > maxBytes) break;
        taken.push(row);
        bytes += row.data.length;
      }
      if (taken.length > 0) {
        this.db
          .prepare('UPDATE firehose_buffered_records SET batch = ? WHERE stream_arn = ? AND batch IS NULL AND id <= ?')
          .run(batch, streamArn, taken[taken.length - 1]!.id);
      }
      return taken;
    });
    return run();
  }

  /** A delivered batch is forgotten. */
  finishBatch(batch: string): void {
    this.db.prepare('DELETE FROM firehose_buffered_records WHERE batch = ?').run(batch);
  }

  /** Batches a stopped process left half-delivered go back to the buffer. */
  releaseBatches(): void {
    this.db.prepare('UPDATE firehose_buffered_records SET batch = NULL WHERE batch IS NOT NULL').run();
  }

  /** Streams with records waiting. */
  streamsWithRecords(): string[] {
    return (this.db.prepare('SELECT DISTINCT stream_arn FROM firehose_buffered_records').all() as Array<{ stream_arn: string }>).map((r) => r.stream_arn);
  }

  sourcePositions(streamArn: string): Map<string, { sequenceNumber?: string; finished: boolean }> {
    const rows = this.db
      .prepare('SELECT shard_id, sequence_number, finished FROM firehose_source_positions WHERE stream_arn = ?')
      .all(streamArn) as Array<{ shard_id: string; sequence_number: string | null; finished: number }>;
    return new Map(rows.map((r) => [r.shard_id, { sequenceNumber: r.sequence_number ?? undefined, finished: r.finished === 1 }]));
  }

  /** Buffers records read from a shard and moves the shard's position past them, in one transaction. */
  bufferFromShard(streamArn: string, shardId: string, records: Array<{ data: Buffer; arrivedAt: number }>, sequenceNumber: string | undefined, finished: boolean): void {
    const run = this.db.transaction(() => {
      this.bufferRecords(streamArn, records);
      this.db
        .prepare(
          `INSERT INTO firehose_source_positions (stream_arn, shard_id, sequence_number, finished) VALUES (?, ?, ?, ?)
           ON CONFLICT (stream_arn, shard_id) DO UPDATE SET sequence_number = COALESCE(excluded.sequence_number, sequence_number), finished = excluded.finished`,
        )
        .run(streamArn, shardId, sequenceNumber ?? null, finished ? 1 : 0);
    });
    run();
  }
}
