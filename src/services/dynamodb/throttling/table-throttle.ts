import type { Clock } from '../../../core/clock.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Store } from '../../../core/store.js';
import type { DynamoState, IndexDef, TableDef } from '../state.js';
import { tableArn } from '../tables.js';
import { CapacityPool, ON_DEMAND_INITIAL_PARTITIONS, partitionCount, type Admission, type Kind } from './capacity-pool.js';
import { throttled, type ThrottleCause } from './errors.js';
import type { CapacityMetrics } from './metrics.js';
import { ThrottleState } from './state.js';

/** The tag that turns throttling on (or off) for one table, whatever the server-wide switch says. */
export const THROTTLING_TAG = 'nimbus:throttling';
/** A table's size is read again for its partition count at most this often (clock time). */
const SIZE_REFRESH_MS = 60_000;

/** One request's admission: the pools it was let into, to be charged once it has run. */
export interface Ticket {
  table: TableDef;
  kind: Kind;
  /** The table's (or, for a Query or Scan of a GSI, the index's) admission. */
  main: Admission;
  mainIndex?: string;
  /** The table's GSIs a write goes on to (each back-pressures the table's writes). */
  gsis: Array<{ index: IndexDef; admission: Admission }>;
  /** Units charged at admission, made good when the request has run. */
  reserved: number;
}

/**
 * Capacity throttling for DynamoDB tables: on for every table with the server-wide switch, or for
 * a table tagged `nimbus:throttling=on` (`off` exempts a table from the server-wide switch).
 */
export class TableThrottle {
  private readonly pools = new Map<string, CapacityPool>();
  private readonly sizes = new Map<number, { at: number; bytes: number }>();
  /** The partition counts known of each pool (what the store holds, or more). */
  private readonly partitionCounts = new Map<string, number>();
  private saved: ThrottleState | undefined;

  constructor(
    private readonly store: Store,
    private readonly state: DynamoState,
    private readonly clock: Clock,
    private readonly serverWide: boolean,
    readonly metrics: CapacityMetrics,
  ) {}

  enabled(table: TableDef): boolean {
    const tag = table.tags.find((t) => t.Key === THROTTLING_TAG)?.Value.toLowerCase();
    return tag === 'on' || (this.serverWide && tag !== 'off');
  }

  private sizeOf(table: TableDef, now: number): number {
    const cached = this.sizes.get(table.id);
    if (cached && now - cached.at < SIZE_REFRESH_MS) return cached.bytes;
    const bytes = this.state.counts(table).sizeBytes;
    this.sizes.set(table.id, { at: now, bytes });
    return bytes;
  }

  /** Opened on first use: a server that throttles nothing has no throttling tables. */
  partitionStore(): ThrottleState {
    return (this.saved ??= new ThrottleState(this.store));
  }

  /** At least `computed`, and never fewer than the pool has had: partitions split but never merge (kept across restarts). */
  private partitions(table: TableDef, index: IndexDef | undefined, computed: number): number {
    const key = `${table.tableId}/${index?.name ?? ''}`;
    let known = this.partitionCounts.get(key);
    if (known === undefined) known = this.partitionStore().partitions(table.tableId, index?.name ?? '');
    if (computed > known) {
      this.partitionStore().savePartitions(table.tableId, index?.name ?? '', computed);
      known = computed;
    }
    this.partitionCounts.set(key, known);
    return known;
  }

  /** The pool of a table or one of its GSIs, configured from the table's current definition. */
  pool(table: TableDef, index?: IndexDef): CapacityPool {
    const now = this.clock.now();
    const id = index ? `${table.id}/${index.name}` : String(table.id);
    let pool = this.pools.get(id);
    if (!pool) this.pools.set(id, (pool = new CapacityPool()));
    const throughput = index ? index.throughput : table.throughput;
    const onDemand = index ? index.onDemand : table.onDemand;
    const size = index ? 0 : this.sizeOf(table, now);
    if (table.billingMode === 'PAY_PER_REQUEST') {
      pool.configure(
        {
          mode: 'PAY_PER_REQUEST',
          read: 0,
          write: 0,
          partitions: this.partitions(table, index, Math.max(ON_DEMAND_INITIAL_PARTITIONS, partitionCount(0, 0, size))),
          maxRead: onDemand?.MaxReadRequestUnits,
          maxWrite: onDemand?.MaxWriteRequestUnits,
        },
        now,
      );
    } else {
      const read = throughput?.read ?? 0;
      const write = throughput?.write ?? 0;
      pool.configure({ mode: 'PROVISIONED', read, write, partitions: this.partitions(table, index, partitionCount(read, write, size)) }, now);
    }
    return pool;
  }

  /** Forgets a deleted table's pools. */
  forget(table: TableDef): void {
    for (const id of [...this.pools.keys()]) if (id === String(table.id) || id.startsWith(`${table.id}/`)) this.pools.delete(id);
    this.sizes.delete(table.id);
    for (const key of [...this.partitionCounts.keys()]) if (key.startsWith(`${table.tableId}/`)) this.partitionCounts.delete(key);
    this.saved?.forget(table.tableId);
  }

  private cause(table: TableDef, kind: Kind, limit: ThrottleCause['limit'], index?: IndexDef): ThrottleCause {
    const arn = tableArn(table);
    return { limit, kind, index: index?.name, resource: index ? `${arn}/index/${index.name}` : arn };
  }

  /**
   * Lets a request in or throws AWS's throttling error (counted in the metrics). `index` is the GSI
   * a Query or Scan reads; a write also needs room on every GSI of the table.
   */
  admit(operation: string, table: TableDef, kind: Kind, hash: number | undefined, estimate: number, index?: IndexDef): Ticket {
    const result = this.tryAdmit(table, kind, hash, estimate, index);
    if ('limit' in result) {
      this.metrics.throttleEvent(table, kind, result.index);
      this.metrics.throttledRequest(table, operation);
      throw throttled(result);
    }
    return result;
  }

  /**
   * As admit, answering the cause instead of throwing (batches leave such items unprocessed). An
   * admitted request reserves its estimate at once, so the items of one batch see each other.
   */
  tryAdmit(table: TableDef, kind: Kind, hash: number | undefined, estimate: number, index?: IndexDef): Ticket | ThrottleCause {
    const now = this.clock.now();
    const gsi = index?.global ? index : undefined;
    const mainPool = this.pool(table, gsi);
    const main = mainPool.admit(kind, gsi ? undefined : hash, estimate, now);
    if (typeof main === 'string') return this.cause(table, kind, main, gsi);
    const gsis: Ticket['gsis'] = [];
    if (kind === 'write') {
      for (const each of table.indexes) {
        if (!each.global) continue;
        const admission = this.pool(table, each).admit('write', undefined, estimate, now);
        if (typeof admission === 'string') return this.cause(table, kind, admission, each);
        gsis.push({ index: each, admission });
      }
    }
    mainPool.charge(main, estimate, now);
    for (const { index: each, admission } of gsis) this.pool(table, each).charge(admission, estimate, now);
    return { table, kind, main, mainIndex: gsi?.name, gsis, reserved: estimate };
  }

  /**
   * Charges what an admitted request consumed, as its INDEXES ConsumedCapacity reports it (a
   * `share` of it for one item of a batch), less what admission reserved. A request that failed
   * (consumed undefined) gives its reservation back unless it was a failed condition, which
   * consumes capacity on AWS too.
   */
  settle(ticket: Ticket, consumed: Ddb.ConsumedCapacity | undefined, share = 1, failure?: 'condition' | 'error'): void {
    const now = this.clock.now();
    const { table, kind, reserved } = ticket;
    const floor = (kind === 'write' ? 1 : 0.5) * share;
    const mainIndex = ticket.mainIndex ? table.indexes.find((i) => i.name === ticket.mainIndex) : undefined;
    let units: number;
    if (failure === 'error') units = 0;
    else if (failure === 'condition' || !consumed) units = Math.max(floor, reserved);
    else if (mainIndex) units = Math.max(floor, (consumed.GlobalSecondaryIndexes?.[mainIndex.name]?.CapacityUnits ?? 0) * share);
    else {
      const lsiUnits = Object.values(consumed.LocalSecondaryIndexes ?? {}).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      units = Math.max(floor, ((consumed.Table?.CapacityUnits ?? 0) + lsiUnits) * share);
    }
    this.pool(table, mainIndex).charge(ticket.main, units - reserved, now);
    if (units) this.metrics.consumed(table, kind, units, mainIndex?.name);
    for (const { index, admission } of ticket.gsis) {
      const gsiUnits = failure || !consumed ? 0 : (consumed.GlobalSecondaryIndexes?.[index.name]?.CapacityUnits ?? 0) * share;
      this.pool(table, index).charge(admission, gsiUnits - reserved, now);
      if (gsiUnits) this.metrics.consumed(table, kind, gsiUnits, index.name);
    }
  }
}
