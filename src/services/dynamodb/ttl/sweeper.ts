import type { Timer } from '../../../core/clock.js';
import type { Runtime } from '../../../core/runtime.js';
import { ownValue } from '../../../core/keyed-record.js';
import { WorkSlices } from '../../../core/work-slices.js';
import type { CloudWatchApi } from '../../cloudwatch/api.js';
import { deserializeItem } from '../attribute-values.js';
import type { Engine, ItemChange } from '../engine.js';
import type { TableDef } from '../state.js';
import { isExpired, statusAt } from './settings.js';
import type { TtlSetting, TtlState } from './state.js';

/** How often the sweeper looks for expired items: AWS deletes within a window, never at the exact second. */
export const SWEEP_PERIOD_MS = 5 * 60_000;
/** Rows read per step of the walk over a table; the expired ones among them are deleted in one store transaction. */
const BATCH_ROWS = 500;

/** Who a TTL deletion is, as the stream record reports it. */
export const TTL_SERVICE_IDENTITY: NonNullable<ItemChange['userIdentity']> = { type: 'Service', principalId: 'dynamodb.amazonaws.com' };

/**
 * Deletes expired items of the tables with TTL ENABLED, every SWEEP_PERIOD_MS of clock time, in
 * bounded batches through Engine.commit (so indexes and stream listeners see ordinary REMOVEs, marked
 * as the service's). Armed while any table has TTL on; long sweeps yield to requests.
 */
export class TtlSweeper {
  private timer: Timer | undefined;
  private sweeping: Promise<void> | undefined;
  private closed = false;
  /** A tick came while a sweep was still running. */
  private again = false;

  constructor(
    private readonly engine: Engine,
    private readonly state: TtlState,
    private readonly runtime: Runtime,
  ) {}

  /** Arms the sweep when some table has TTL on (at provider start, and after UpdateTimeToLive enables it). */
  arm(): void {
    if (this.closed || this.timer || this.state.enabledSettings().length === 0) return;
    this.timer = this.engine.clock.every(SWEEP_PERIOD_MS, () => this.tick());
  }

  close(): void {
    this.closed = true;
    this.timer?.cancel();
    this.timer = undefined;
  }

  private tick(): void {
    // A sweep still yielding from the last tick carries on; one more follows it rather than a second running beside it.
    if (this.sweeping) {
      this.again = true;
      return;
    }
    const settings = this.state.enabledSettings();
    if (settings.length === 0) {
      this.timer?.cancel();
      this.timer = undefined;
      return;
    }
    this.sweeping = this.sweep(settings)
      .catch((error: unknown) => this.runtime.log.error({ err: error instanceof Error ? error.stack : String(error) }, 'the DynamoDB TTL sweep failed'))
      .finally(() => {
        this.sweeping = undefined;
        if (this.again && !this.closed) {
          this.again = false;
          this.tick();
        }
      });
  }

  private async sweep(settings: TtlSetting[]): Promise<void> {
    const slices = new WorkSlices();
    for (const setting of settings) {
      if (this.closed) return;
      const deleted = await this.sweepTable(setting, slices);
      if (deleted > 0) this.publish(setting, deleted);
    }
  }

  /** The table a setting belongs to while it still exists and its TTL is ENABLED; a setting left by a deleted table is dropped. */
  private liveTable(setting: TtlSetting): TableDef | undefined {
    const table = this.engine.state.findTable(setting.account, setting.region, setting.tableName);
    if (!table || table.tableId !== setting.tableUid) {
      this.state.delete(setting.tableUid);
      return undefined;
    }
    if (table.status === 'CREATING' || table.status === 'DELETING') return undefined;
    const current = this.state.setting(setting.tableUid);
    if (!current || current.attribute !== setting.attribute || statusAt(current, this.engine.clock.now()) !== 'ENABLED') return undefined;
    return table;
  }

  /** Walks one table in key order, deleting what has expired; returns how many items it deleted. */
  private async sweepTable(setting: TtlSetting, slices: WorkSlices): Promise<number> {
    const { engine } = this;
    let deleted = 0;
    let after: { hk: number; pk: Buffer; sk: Buffer } | undefined;
    for (;;) {
      // Checked again after every pause: the table may have gone, or its TTL been turned off, meanwhile.
      const table = this.liveTable(setting);
      if (!table) return deleted;
      const now = engine.clock.now();
      const rows = this.state.candidates(table.id, setting.attribute, after, BATCH_ROWS);
      if (rows.length === 0) return deleted;
      const last = rows[rows.length - 1];
      after = { hk: last.hk, pk: last.pk, sk: last.sk };
      const expired = rows.filter((row) => isExpired(row.ttl, now));
      if (expired.length) {
        deleted += engine.state.transaction(() => {
          let count = 0;
          for (const row of expired) {
            const stored = engine.state.getRow(table.id, row.hk, row.pk, row.sk);
            if (!stored) continue;
            const item = deserializeItem(stored.item);
            if (!isExpired(ownValue(item, setting.attribute)?.N, now)) continue;
            engine.commit(table, engine.keyFromItem(table, item), { item, size: stored.size }, undefined, undefined, undefined, TTL_SERVICE_IDENTITY);
            count++;
          }
          return count;
        });
      }
      if (rows.length < BATCH_ROWS) return deleted;
      if (slices.due()) await slices.pause();
      if (this.closed) return deleted;
    }
  }

  /** TimeToLiveDeletedItemCount (AWS/DynamoDB, TableName): the items TTL deleted in this sweep. */
  private publish(setting: TtlSetting, deleted: number): void {
    const timestamp = this.engine.clock.now();
    this.runtime
      .optionalApi<CloudWatchApi>('cloudwatch')
      .then((cloudwatch) =>
        cloudwatch?.putMetricData({
          account: setting.account,
          region: setting.region,
          namespace: 'AWS/DynamoDB',
          metricData: [{ metricName: 'TimeToLiveDeletedItemCount', dimensions: [{ name: 'TableName', value: setting.tableName }], value: deleted, unit: 'Count', timestamp }],
        }),
      )
      .catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'TimeToLiveDeletedItemCount was not published'));
  }
}
