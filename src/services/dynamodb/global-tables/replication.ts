import type { Timer } from '../../../core/clock.js';
import { AwsError } from '../../../core/errors.js';
import { WorkSlices } from '../../../core/work-slices.js';
import { deserializeItem, serializeItem, type Item } from '../attribute-values.js';
import type { ChangeListener, Engine, ItemChange } from '../engine.js';
import type { TableDef } from '../state.js';
import type { GlobalTableState, ReplicaRow } from './state.js';

/** How long a write takes to reach the other replicas (AWS: typically within a second). */
export const REPLICATION_DELAY_MS = 1000;
/** Changes applied per store transaction; between batches a long backlog yields (WorkSlices). */
const BATCH = 100;

/** An item's identity across replicas: its key attributes in name order. */
function itemKeyOf(keys: Item): string {
  return JSON.stringify(Object.keys(keys).sort().map((name) => [name, keys[name]]));
}

/**
 * Replication between the replicas of global tables: every change to a replicated table is queued
 * (in the same store transaction as the change, so a rolled-back write never replicates) for each other
 * replica and applied there after REPLICATION_DELAY_MS of clock time, through Engine.commit like any
 * write (so each replica's stream records it). The last writer wins by the write's time (then region
 * name); writes made by replication are not queued again.
 */
export class Replicator {
  private applying = false;
  private draining = false;
  private timer: Timer | undefined;
  private timerDue = Infinity;
  private readonly groups = new Map<string, ReplicaRow[]>();

  constructor(
    private readonly engine: Engine,
    private readonly state: GlobalTableState,
  ) {
    if (state.hasReplicas()) this.listen();
    const next = state.nextDue();
    if (next !== undefined) this.schedule(next);
  }

  private listening = false;

  /** Watches item changes from the first replica on (a listener makes every write read the item it replaces). */
  listen(): void {
    if (this.listening) return;
    this.listening = true;
    const listener: ChangeListener = (change) => this.onChange(change);
    // Only tables in a replication group need their writes to read the item they replace.
    listener.wants = (table) => this.group(table.account, table.name).length >= 2;
    this.engine.listeners.push(listener);
  }

  /** The replication group of a table (every region), cached until it changes. */
  group(account: string, name: string): ReplicaRow[] {
    const key = `${account}\u0000${name}`;
    let rows = this.groups.get(key);
    if (!rows) {
      rows = this.state.replicas(account, name);
      this.groups.set(key, rows);
    }
    return rows;
  }

  forget(account: string, name: string): void {
    this.groups.delete(`${account}\u0000${name}`);
  }

  private onChange(change: ItemChange): void {
    if (this.applying) return;
    const table = change.table;
    const group = this.group(table.account, table.name);
    if (group.length < 2 || !group.some((r) => r.region === table.region && this.isMember(r, table))) return;
    this.state.setWriteTime(table.tableId, itemKeyOf(change.keys), change.at, table.region);
    const keys = serializeItem(change.keys);
    const image = change.newImage ? serializeItem(change.newImage) : null;
    const due = change.at + REPLICATION_DELAY_MS;
    for (const replica of group) {
      if (replica.region === table.region || replica.status === 'DELETING') continue;
      const target = this.engine.state.findTable(table.account, replica.region, table.name);
      if (!target || !this.isMember(replica, target)) continue;
      this.state.enqueue({ account: table.account, name: table.name, sourceRegion: table.region, targetRegion: replica.region, at: change.at, keys, image, due });
    }
    this.schedule(due);
  }

  /** Whether this table is the one that joined the group in its region (not one made later under the same name). */
  private isMember(row: ReplicaRow, table: TableDef): boolean {
    return row.settings.tableId === undefined || row.settings.tableId === table.tableId;
  }

  private schedule(due: number): void {
    if (this.timer && this.timerDue <= due) return;
    this.timer?.cancel();
    this.timerDue = due;
    this.timer = this.engine.clock.at(due, () => {
      this.timer = undefined;
      this.timerDue = Infinity;
      void this.drain();
    });
  }

  /** Applies every change now due, oldest first, yielding between batches when a backlog runs long. */
  async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      await this.drainDue();
    } finally {
      this.draining = false;
    }
    const next = this.state.nextDue();
    if (next !== undefined) this.schedule(next);
  }

  private async drainDue(): Promise<void> {
    const slices = new WorkSlices();
    for (;;) {
      if (slices.due()) await slices.pause();
      const batch = this.state.due(this.engine.clock.now(), BATCH);
      if (!batch.length) break;
      this.engine.state.transaction(() => {
        for (const pending of batch) {
          const target = this.engine.state.findTable(pending.account, pending.targetRegion, pending.name);
          if (target && target.status !== 'DELETING') {
            try {
              // A savepoint each: a change the replica refuses (an item collection over its limit) is dropped alone.
              this.engine.state.transaction(() => this.apply(target, deserializeItem(pending.keys), pending.image ? deserializeItem(pending.image) : undefined, pending.at, pending.sourceRegion));
            } catch (error) {
              if (!(error instanceof AwsError)) throw error;
            }
          }
          this.state.done(pending.id);
        }
      });
      if (batch.length < BATCH) break;
    }
  }

  /** One replicated change on one replica, unless that replica already holds a later write of the item. */
  private apply(target: TableDef, keys: Item, image: Item | undefined, at: number, sourceRegion: string): void {
    const itemKey = itemKeyOf(keys);
    const latest = this.state.writeTime(target.tableId, itemKey);
    if (latest && (latest.at > at || (latest.at === at && latest.region > sourceRegion))) return;
    const key = this.engine.keyFromItem(target, keys);
    const old = this.engine.load(target, key);
    this.applying = true;
    try {
      this.engine.commit(target, key, old, image);
    } finally {
      this.applying = false;
    }
    this.state.setWriteTime(target.tableId, itemKey, at, sourceRegion);
  }

  /** Copies a table's items into a new replica (the replica starts as the table is). */
  copyItems(source: TableDef, replica: TableDef): void {
    const { state } = this.engine;
    state.transaction(() => {
      for (const row of [...state.allRows(source.id)]) {
        state.putRow(replica.id, row);
        if (!replica.indexes.length) continue;
        const item = deserializeItem(row.item);
        for (const index of replica.indexes) {
          const entry = this.engine.indexEntry(replica, index, item, { hk: row.hk, pk: row.pk, sk: row.sk, key: {} });
          if (entry) state.putIndexRow(index.id, entry);
        }
      }
    });
  }

  close(): void {
    this.timer?.cancel();
  }
}
