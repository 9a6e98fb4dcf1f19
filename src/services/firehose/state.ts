import type { Statement } from 'better-sqlite3';
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
  // Records accepted and not yet delivered, a chunk a request (their bytes end to end, with each record's
  // length, and each one's arrival time when they differ): a restart keeps them, and a batch being
  // delivered is marked with its id, so that it is deleted only once it has landed (or is taken up again
  // after a restart).
  `CREATE TABLE IF NOT EXISTS firehose_buffered_chunks (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     stream_arn TEXT NOT NULL,
     records INTEGER NOT NULL,
     bytes INTEGER NOT NULL,
     arrived_at INTEGER NOT NULL,
     batch TEXT
   )`,
  'CREATE INDEX IF NOT EXISTS firehose_buffered_chunks_stream ON firehose_buffered_chunks (stream_arn, batch, id)',
  'CREATE INDEX IF NOT EXISTS firehose_buffered_chunks_batch ON firehose_buffered_chunks (batch)',
  // The bytes apart from the row a batch marks, so that marking one does not rewrite its data.
  // metadata: what a Kinesis source said of each record (JSON), for the Lambda transformation's kinesisRecordMetadata.
  'CREATE TABLE IF NOT EXISTS firehose_chunk_data (chunk_id INTEGER PRIMARY KEY, data BLOB NOT NULL, lengths BLOB NOT NULL, arrivals BLOB, metadata TEXT)',
  // Where a Kinesis-sourced delivery stream has read each shard of its source stream up to.
  `CREATE TABLE IF NOT EXISTS firehose_source_positions (
     stream_arn TEXT NOT NULL,
     shard_id TEXT NOT NULL,
     sequence_number TEXT,
     finished INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (stream_arn, shard_id)
   )`,
];

/** What a Kinesis source stream says of a record it gave. */
export interface KinesisRecordMetadata {
  shardId: string;
  partitionKey: string;
  sequenceNumber: string;
  subsequenceNumber: number;
  approximateArrivalTimestamp: number;
}

export interface BufferedRecord {
  data: Buffer;
  arrivedAt: number;
  kinesis?: KinesisRecordMetadata;
}

interface ChunkRow {
  id: number;
  data: Buffer;
  lengths: Buffer;
  arrivals: Buffer | null;
  metadata: string | null;
  arrived_at: number;
  bytes: number;
}

/** A chunk's records, as views of its data. */
function recordsOf(row: ChunkRow): BufferedRecord[] {
  const out: BufferedRecord[] = [];
  const metadata = row.metadata ? (JSON.parse(row.metadata) as Array<KinesisRecordMetadata | null>) : undefined;
  let at = 0;
  for (let i = 0; i * 4 < row.lengths.length; i++) {
    const length = row.lengths.readUInt32LE(i * 4);
    const record: BufferedRecord = { data: row.data.subarray(at, at + length), arrivedAt: row.arrivals ? row.arrivals.readDoubleLE(i * 8) : row.arrived_at };
    if (metadata?.[i]) record.kinesis = metadata[i]!;
    out.push(record);
    at += length;
  }
  return out;
}

/** All of Firehose's SQL. */
export class FirehoseState {
  constructor(private readonly store: Store) {
    store.ensureSchema('firehose', [SCHEMA_V1]);
  }

  private get db() {
    return this.store.db;
  }

  /** Statements run on every put or flush, prepared once. */
  private statement(sql: string): Statement {
    return this.store.statement(sql);
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
    const row = this.statement('SELECT stream FROM firehose_delivery_streams WHERE arn = ?').get(arn) as { stream: string } | undefined;
    return row ? (JSON.parse(row.stream) as DeliveryStream) : undefined;
  }

  streamByName(account: string, region: string, name: string): DeliveryStream | undefined {
    const row = this.statement('SELECT stream FROM firehose_delivery_streams WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as { stream: string } | undefined;
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
      this.db.prepare('DELETE FROM firehose_chunk_data WHERE chunk_id IN (SELECT id FROM firehose_buffered_chunks WHERE stream_arn = ?)').run(arn);
      this.db.prepare('DELETE FROM firehose_buffered_chunks WHERE stream_arn = ?').run(arn);
      this.db.prepare('DELETE FROM firehose_source_positions WHERE stream_arn = ?').run(arn);
    });
    run();
  }

  /** Buffers the records of one request (or one read of a shard) as one chunk. */
  bufferRecords(streamArn: string, records: BufferedRecord[], batch: string | null = null): void {
    if (records.length === 0) return;
    const lengths = Buffer.allocUnsafe(records.length * 4);
    records.forEach((r, i) => lengths.writeUInt32LE(r.data.length, i * 4));
    const first = records[0]!.arrivedAt;
    let arrivals: Buffer | null = null;
    if (records.some((r) => r.arrivedAt !== first)) {
      arrivals = Buffer.allocUnsafe(records.length * 8);
      records.forEach((r, i) => arrivals!.writeDoubleLE(r.arrivedAt, i * 8));
    }
    const data = records.length === 1 ? records[0]!.data : Buffer.concat(records.map((r) => r.data));
    const run = this.db.transaction(() => {
      const chunk = this.statement('INSERT INTO firehose_buffered_chunks (stream_arn, records, bytes, arrived_at, batch) VALUES (?, ?, ?, ?, ?)').run(
        streamArn,
        records.length,
        data.length,
        Math.min(...records.map((r) => r.arrivedAt)),
        batch,
      );
      const metadata = records.some((r) => r.kinesis) ? JSON.stringify(records.map((r) => r.kinesis ?? null)) : null;
      this.statement('INSERT INTO firehose_chunk_data (chunk_id, data, lengths, arrivals, metadata) VALUES (?, ?, ?, ?, ?)').run(chunk.lastInsertRowid, data, lengths, arrivals, metadata);
    });
    run();
  }

  /** What is buffered and not yet taken into a batch: how many bytes, and when the oldest came. */
  bufferSummary(streamArn: string): { bytes: number; oldest: number | undefined } {
    const row = this.statement('SELECT COALESCE(SUM(bytes), 0) AS bytes, MIN(arrived_at) AS oldest FROM firehose_buffered_chunks WHERE stream_arn = ? AND batch IS NULL').get(streamArn) as {
      bytes: number;
      oldest: number | null;
    };
    return { bytes: row.bytes, oldest: row.oldest ?? undefined };
  }

  /**
   * Marks what is buffered, oldest first, as one batch of up to `maxBytes` (at least one record), and
   * returns its records. A chunk that straddles the limit is split: what does not fit stays buffered.
   */
  takeBatch(streamArn: string, batch: string, maxBytes: number): BufferedRecord[] {
    const run = this.db.transaction(() => {
      const sizes = this.statement('SELECT id, bytes FROM firehose_buffered_chunks WHERE stream_arn = ? AND batch IS NULL ORDER BY id').all(streamArn) as Array<{ id: number; bytes: number }>;
      let lastWhole: number | undefined;
      let straddling: number | undefined;
      let total = 0;
      for (const row of sizes) {
        if (total + row.bytes > maxBytes) {
          straddling = row.id;
          break;
        }
        lastWhole = row.id;
        total += row.bytes;
      }
      if (lastWhole !== undefined) this.statement('UPDATE firehose_buffered_chunks SET batch = ? WHERE stream_arn = ? AND batch IS NULL AND id <= ?').run(batch, streamArn, lastWhole);
      if (straddling !== undefined) this.splitChunk(straddling, batch, maxBytes - total, lastWhole === undefined);
      const rows = this.statement(
        'SELECT c.id, d.data, d.lengths, d.arrivals, d.metadata, c.arrived_at, c.bytes FROM firehose_buffered_chunks c JOIN firehose_chunk_data d ON d.chunk_id = c.id WHERE c.batch = ? ORDER BY c.id',
      ).all(batch) as ChunkRow[];
      return rows.flatMap(recordsOf);
    });
    return run();
  }

  /** Moves the first records of a chunk that fit in `room` bytes (at least one when `atLeastOne`) into the batch, as a chunk of their own. */
  private splitChunk(id: number, batch: string, room: number, atLeastOne: boolean): void {
    const row = this.statement(
      'SELECT c.id, c.stream_arn, d.data, d.lengths, d.arrivals, d.metadata, c.arrived_at, c.bytes FROM firehose_buffered_chunks c JOIN firehose_chunk_data d ON d.chunk_id = c.id WHERE c.id = ?',
    ).get(id) as ChunkRow & { stream_arn: string };
    const records = recordsOf(row);
    let count = 0;
    let bytes = 0;
    while (count < records.length && (bytes + records[count]!.data.length <= room || (atLeastOne && count === 0))) bytes += records[count++]!.data.length;
    if (count === 0) return;
    if (count === records.length) {
      this.statement('UPDATE firehose_buffered_chunks SET batch = ? WHERE id = ?').run(batch, id);
      return;
    }
    const taken = records.slice(0, count);
    const rest = records.slice(count);
    this.bufferRecords(row.stream_arn, taken, batch);
    const lengths = Buffer.allocUnsafe(rest.length * 4);
    rest.forEach((r, i) => lengths.writeUInt32LE(r.data.length, i * 4));
    this.statement('UPDATE firehose_buffered_chunks SET records = ?, bytes = ?, arrived_at = ? WHERE id = ?').run(rest.length, row.bytes - bytes, Math.min(...rest.map((r) => r.arrivedAt)), id);
    this.statement('UPDATE firehose_chunk_data SET data = ?, lengths = ?, arrivals = ?, metadata = ? WHERE chunk_id = ?').run(
      row.data.subarray(bytes),
      lengths,
      row.arrivals ? row.arrivals.subarray(count * 8) : null,
      row.metadata ? JSON.stringify(rest.map((r) => r.kinesis ?? null)) : null,
      id,
    );
  }

  /** A delivered batch is forgotten. */
  finishBatch(batch: string): void {
    const run = this.db.transaction(() => {
      this.statement('DELETE FROM firehose_chunk_data WHERE chunk_id IN (SELECT id FROM firehose_buffered_chunks WHERE batch = ?)').run(batch);
      this.statement('DELETE FROM firehose_buffered_chunks WHERE batch = ?').run(batch);
    });
    run();
  }

  /** A batch that could not be delivered goes back to the buffer. */
  releaseBatch(batch: string): void {
    this.statement('UPDATE firehose_buffered_chunks SET batch = NULL WHERE batch = ?').run(batch);
  }

  /** Batches a stopped process left half-delivered go back to the buffer. */
  releaseBatches(): void {
    this.db.prepare('UPDATE firehose_buffered_chunks SET batch = NULL WHERE batch IS NOT NULL').run();
  }

  /** Streams with records waiting. */
  streamsWithRecords(): string[] {
    return (this.db.prepare('SELECT DISTINCT stream_arn FROM firehose_buffered_chunks').all() as Array<{ stream_arn: string }>).map((r) => r.stream_arn);
  }

  sourcePositions(streamArn: string): Map<string, { sequenceNumber?: string; finished: boolean }> {
    const rows = this.db
      .prepare('SELECT shard_id, sequence_number, finished FROM firehose_source_positions WHERE stream_arn = ?')
      .all(streamArn) as Array<{ shard_id: string; sequence_number: string | null; finished: number }>;
    return new Map(rows.map((r) => [r.shard_id, { sequenceNumber: r.sequence_number ?? undefined, finished: r.finished === 1 }]));
  }

  /** Buffers records read from a shard and moves the shard's position past them, in one transaction. */
  bufferFromShard(streamArn: string, shardId: string, records: BufferedRecord[], sequenceNumber: string | undefined, finished: boolean): void {
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
