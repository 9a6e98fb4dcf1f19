import { randomBytes } from 'node:crypto';
import type { Clock, Timer } from '../../../core/clock.js';
import type { Store } from '../../../core/store.js';
import type { ItemChange } from '../engine.js';
import type { TableDef } from '../state.js';
import { tableArn } from '../tables.js';
import { decodeRecord, encodeRecord, unchanged, type DecodedRecord } from './stream-records.js';
import { StreamState, type ShardRow, type StreamRow } from './stream-state.js';

/** Stream records are kept 24 hours; a disabled stream stays readable as long. */
export const RETENTION_MS = 24 * 60 * 60 * 1000;
/** A shard takes records for about four hours, then a child shard takes over. */
export const SHARD_LIFETIME_MS = 4 * 60 * 60 * 1000;
/** Trimmed records stay stored this long past retention, so a live iterator (15 minutes) can tell it was trimmed. */
const PURGE_GRACE_MS = 60 * 60 * 1000;
const SWEEP_EVERY_MS = 15 * 60 * 1000;
const PURGE_BATCH = 5_000;

export type StreamStatus = 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED';

/**
 * DynamoDB Streams' engine: writes a record for every item change of a table whose stream is
 * enabled (inside the change's own store transaction), keeps each stream's shards (a child every
 * four hours of clock time), and reads them back for GetRecords and for pollers (Pipes).
 */
export class DynamoStreams {
  readonly state: StreamState;
  private readonly recordListeners = new Map<string, Set<() => void>>();
  private readonly sweep: Timer;

  constructor(
    store: Store,
    readonly clock: Clock,
    /** How long a stream stays ENABLING or DISABLING (DynamoDB's status-delay setting). */
    private readonly statusDelayMs: number,
  ) {
    this.state = new StreamState(store);
    this.sweep = clock.every(SWEEP_EVERY_MS, () => this.purge());
  }

  close(): void {
    this.sweep.cancel();
    this.recordListeners.clear();
  }

  /** Whether a change to this table must be told (and its old image read). */
  wants(table: TableDef): boolean {
    return table.stream?.enabled === true;
  }

  /** Brings the table's streams in line with its definition (called whenever a definition is saved). */
  tableSaved(table: TableDef): void {
    const enabled = this.state.enabledStream(table.id);
    const wanted = table.stream?.enabled ? table.stream : undefined;
    if (enabled && enabled.label === wanted?.label) return;
    const now = this.clock.now();
    if (enabled) this.disable(enabled, now);
    if (wanted) {
      const stream = this.state.insertStream({
        arn: `${tableArn(table)}/stream/${wanted.label}`,
        account: table.account,
        region: table.region,
        table_name: table.name,
        table_id: table.id,
        label: wanted.label,
        view_type: wanted.viewType ?? 'KEYS_ONLY',
        key_schema: JSON.stringify(table.keySchema),
        created_at: now,
      });
      this.openShard(stream, undefined, now);
    }
  }

  /** Deleting a table disables its stream, which stays readable for 24 hours. */
  tableDeleted(table: TableDef): void {
    const enabled = this.state.enabledStream(table.id);
    if (enabled) this.disable(enabled, this.clock.now());
  }

  private disable(stream: StreamRow, now: number): void {
    const open = this.state.openShard(stream.id);
    if (open) this.state.closeShard(open.id, now, this.state.lastSeq(open.id) ?? open.starting_seq);
    this.state.disableStream(stream.id, now);
  }

  private openShard(stream: StreamRow, parent: ShardRow | undefined, now: number): ShardRow {
    return this.state.insertShard({
      stream_id: stream.id,
      shard_id: `shardId-${String(now).padStart(20, '0')}-${randomBytes(4).toString('hex')}`,
      parent_shard_id: parent?.shard_id ?? null,
      created_at: now,
      starting_seq: this.state.nextSeq(),
    });
  }

  /** The stream's open shard, rolled over to a child once it has taken records for its lifetime. */
  private currentShard(stream: StreamRow, now: number): ShardRow | undefined {
    const open = this.state.openShard(stream.id);
    if (!open || now - open.created_at < SHARD_LIFETIME_MS) return open;
    this.state.closeShard(open.id, now, this.state.lastSeq(open.id) ?? open.starting_seq);
    return this.openShard(stream, open, now);
  }

  /** The change listener: runs inside the store transaction of the change. */
  onChange(change: ItemChange): void {
    if (!this.wants(change.table)) return;
    if (change.eventName === 'MODIFY' && unchanged(change.oldImage!, change.newImage!)) return;
    let stream = this.state.enabledStream(change.table.id);
    if (!stream) {
      // The streams' tables were emptied (a reset of dynamodbstreams alone) while the table still has its stream: open it again.
      this.tableSaved(change.table);
      stream = this.state.enabledStream(change.table.id);
      if (!stream) return;
    }
    const shard = this.currentShard(stream, change.at);
    if (!shard) return;
    const { blob, size } = encodeRecord(change, stream.view_type);
    this.state.appendRecord(shard.id, change.at, size, blob);
    const listeners = this.recordListeners.get(stream.arn);
    // Told after the write's transaction commits: a poller woken now reads what was written.
    if (listeners?.size) queueMicrotask(() => listeners.forEach((listener) => listener()));
  }

  // ---- reading ----

  /** A stream that can still be read: enabled, or disabled less than 24 hours ago. */
  stream(arn: string): StreamRow | undefined {
    const stream = this.state.streamByArn(arn);
    if (!stream || (stream.disabled_at !== null && stream.disabled_at < this.clock.now() - RETENTION_MS)) return undefined;
    return stream;
  }

  status(stream: StreamRow): StreamStatus {
    const now = this.clock.now();
    if (stream.disabled_at !== null) return now - stream.disabled_at < this.statusDelayMs ? 'DISABLING' : 'DISABLED';
    return now - stream.created_at < this.statusDelayMs ? 'ENABLING' : 'ENABLED';
  }

  listStreams(account: string, region: string, tableName: string | undefined, afterArn: string | undefined, limit: number): StreamRow[] {
    return this.state.listStreams(account, region, tableName, afterArn, this.clock.now() - RETENTION_MS, limit);
  }

  /** Shards in id order, the open one rolled over first if its time is up; shards whose records are all gone are left out. */
  shards(stream: StreamRow, afterShardId: string | undefined, limit: number): ShardRow[] {
    const now = this.clock.now();
    if (stream.disabled_at === null) this.state.transaction(() => this.currentShard(stream, now));
    const horizon = now - RETENTION_MS;
    const out: ShardRow[] = [];
    let after = afterShardId;
    while (out.length < limit) {
      const page = this.state.shards(stream.id, after, limit);
      if (!page.length) break;
      for (const shard of page) if (shard.closed_at === null || shard.closed_at >= horizon) out.push(shard);
      after = page[page.length - 1]!.shard_id;
    }
    return out.slice(0, limit);
  }

  shard(stream: StreamRow, shardId: string): ShardRow | undefined {
    const shard = this.state.shard(stream.id, shardId);
    if (!shard || (shard.closed_at !== null && shard.closed_at < this.clock.now() - RETENTION_MS)) return undefined;
    return shard;
  }

  /** The sequence number LATEST starts after: the shard's last record (or just before its start). */
  latestSeq(shard: ShardRow): number {
    return this.state.lastSeq(shard.id) ?? shard.starting_seq - 1;
  }

  /**
   * Up to `limit` records after `afterSeq`, within `maxBytes` (at least one record). With
   * `skipTrimmed` (TRIM_HORIZON) records past retention are passed over; otherwise meeting one
   * means the reader's place was trimmed, and `trimmed` says so.
   */
  read(shard: ShardRow, afterSeq: number, limit: number, maxBytes: number, skipTrimmed: boolean): { records: DecodedRecord[]; trimmed: boolean } {
    const horizon = this.clock.now() - RETENTION_MS;
    let after = afterSeq;
    if (skipTrimmed) {
      // Walk past what retention has dropped, a page at a time.
      for (;;) {
        const page = this.state.records(shard.id, after, 500);
        const firstKept = page.findIndex((row) => row.at >= horizon);
        if (firstKept >= 0) {
          after = firstKept > 0 ? page[firstKept - 1]!.seq : after;
          break;
        }
        if (page.length < 500) {
          after = page.length ? page[page.length - 1]!.seq : after;
          break;
        }
        after = page[page.length - 1]!.seq;
      }
    }
    const rows = this.state.records(shard.id, after, limit);
    const records: DecodedRecord[] = [];
    let bytes = 0;
    for (const row of rows) {
      if (row.at < horizon) return { records: [], trimmed: true };
      if (records.length && bytes + row.record.length > maxBytes) break;
      bytes += row.record.length;
      records.push(decodeRecord(row));
    }
    return { records, trimmed: false };
  }

  /** Whether the record with this sequence number is past retention, or was purged already. */
  isTrimmed(shard: ShardRow, seq: number): boolean {
    const at = this.state.recordAt(shard.id, seq)?.at;
    if (at !== undefined) return at < this.clock.now() - RETENTION_MS;
    const oldest = this.state.oldestSeq();
    return oldest !== undefined && seq < oldest;
  }

  /** Calls `listener` after records are written to the stream; returns an unsubscribe function. */
  onRecords(arn: string, listener: () => void): () => void {
    let set = this.recordListeners.get(arn);
    if (!set) this.recordListeners.set(arn, (set = new Set()));
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (!set!.size) this.recordListeners.delete(arn);
    };
  }

  /** Drops records and disabled streams past retention (plus a grace period for live iterators). */
  private purge(): void {
    const before = this.clock.now() - RETENTION_MS - PURGE_GRACE_MS;
    // A batch a tick keeps the event loop free; the next tick takes the rest.
    this.state.purgeRecords(before, PURGE_BATCH);
    this.state.purgeShards(before);
    this.state.purgeStreams(this.clock.now() - RETENTION_MS);
  }
}
