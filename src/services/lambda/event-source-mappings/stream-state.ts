import type { Store } from '../../../core/store.js';

/**
 * What stream event source mappings keep between runs (schema `lambda_esm_streams`): where each
 * shard was read to, when the mapping first read (LATEST's pin), and the state of each shard's
 * open tumbling window, so a restart (or a mapping disabled and enabled again) resumes where it
 * stopped.
 */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS lambda_esm_checkpoints (
     mapping_uuid TEXT NOT NULL,
     shard_id TEXT NOT NULL,
     sequence_number TEXT NOT NULL,
     PRIMARY KEY (mapping_uuid, shard_id)
   )`,
  // When a mapping first read its stream: where LATEST stays pinned across restarts.
  `CREATE TABLE IF NOT EXISTS lambda_esm_starts (
     mapping_uuid TEXT PRIMARY KEY,
     started_at INTEGER NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS lambda_esm_windows (
     mapping_uuid TEXT NOT NULL,
     shard_id TEXT NOT NULL,
     window_start INTEGER NOT NULL,
     state TEXT NOT NULL,
     PRIMARY KEY (mapping_uuid, shard_id)
   )`,
];

export interface WindowState {
  /** Epoch ms. */
  start: number;
  state: Record<string, unknown>;
}

export class StreamMappingState {
  constructor(private readonly store: Store) {}

  private ready(): Store {
    this.store.ensureSchema('lambda_esm_streams', [SCHEMA_V1]);
    return this.store;
  }

  checkpoint(uuid: string, shardId: string): string | undefined {
    const row = this.ready().statement('SELECT sequence_number FROM lambda_esm_checkpoints WHERE mapping_uuid = ? AND shard_id = ?').get(uuid, shardId) as { sequence_number: string } | undefined;
    return row?.sequence_number;
  }

  saveCheckpoint(uuid: string, shardId: string, sequenceNumber: string): void {
    this.ready()
      .statement('INSERT INTO lambda_esm_checkpoints (mapping_uuid, shard_id, sequence_number) VALUES (?, ?, ?) ON CONFLICT (mapping_uuid, shard_id) DO UPDATE SET sequence_number = excluded.sequence_number')
      .run(uuid, shardId, sequenceNumber);
  }

  /** When the mapping first started reading (epoch ms), if it has. */
  startedAt(uuid: string): number | undefined {
    const row = this.ready().statement('SELECT started_at FROM lambda_esm_starts WHERE mapping_uuid = ?').get(uuid) as { started_at: number } | undefined;
    return row?.started_at;
  }

  markStarted(uuid: string, at: number): void {
    this.ready().statement('INSERT INTO lambda_esm_starts (mapping_uuid, started_at) VALUES (?, ?) ON CONFLICT (mapping_uuid) DO NOTHING').run(uuid, at);
  }

  window(uuid: string, shardId: string): WindowState | undefined {
    const row = this.ready().statement('SELECT window_start, state FROM lambda_esm_windows WHERE mapping_uuid = ? AND shard_id = ?').get(uuid, shardId) as { window_start: number; state: string } | undefined;
    return row ? { start: row.window_start, state: JSON.parse(row.state) as Record<string, unknown> } : undefined;
  }

  saveWindow(uuid: string, shardId: string, window: WindowState): void {
    this.ready()
      .statement('INSERT INTO lambda_esm_windows (mapping_uuid, shard_id, window_start, state) VALUES (?, ?, ?, ?) ON CONFLICT (mapping_uuid, shard_id) DO UPDATE SET window_start = excluded.window_start, state = excluded.state')
      .run(uuid, shardId, window.start, JSON.stringify(window.state));
  }

  closeWindow(uuid: string, shardId: string): void {
    this.ready().statement('DELETE FROM lambda_esm_windows WHERE mapping_uuid = ? AND shard_id = ?').run(uuid, shardId);
  }

  /** A deleted mapping's positions and windows. */
  forget(uuid: string): void {
    const store = this.ready();
    store.statement('DELETE FROM lambda_esm_checkpoints WHERE mapping_uuid = ?').run(uuid);
    store.statement('DELETE FROM lambda_esm_windows WHERE mapping_uuid = ?').run(uuid);
    store.statement('DELETE FROM lambda_esm_starts WHERE mapping_uuid = ?').run(uuid);
  }
}
