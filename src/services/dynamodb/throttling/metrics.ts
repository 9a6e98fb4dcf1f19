import type { Timer } from '../../../core/clock.js';
import type { Runtime } from '../../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum } from '../../cloudwatch/api.js';
import type { TableDef } from '../state.js';
import type { Kind } from './capacity-pool.js';

const PERIOD_MS = 60_000;

interface Sample {
  count: number;
  sum: number;
  min: number;
  max: number;
}

interface Series {
  account: string;
  region: string;
  dimensions: Array<{ name: string; value: string }>;
  samples: Map<string, Sample>;
}

/**
 * AWS/DynamoDB capacity metrics of throttled tables: consumed units, throttle events and
 * throttled requests gathered in memory and published once a minute of clock time as statistic
 * sets, with the provisioned capacity of each table and GSI seen that minute.
 */
export class CapacityMetrics {
  private readonly pending = new Map<string, Series>();
  private readonly provisioned = new Map<string, { table: TableDef; index?: string }>();
  private timer: Timer | undefined;

  constructor(private readonly runtime: Runtime) {}

  consumed(table: TableDef, kind: Kind, units: number, index?: string): void {
    this.record(table, index, kind === 'read' ? 'ConsumedReadCapacityUnits' : 'ConsumedWriteCapacityUnits', units);
  }

  /** A read or write (one item of a batch too) refused for capacity, counted on what ran out. */
  throttleEvent(table: TableDef, kind: Kind, index?: string): void {
    this.record(table, index, kind === 'read' ? 'ReadThrottleEvents' : 'WriteThrottleEvents', 1);
  }

  /** A request with at least one throttle event, by operation. */
  throttledRequest(table: TableDef, operation: string): void {
    this.record(table, undefined, 'ThrottledRequests', 1, operation);
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.pending.clear();
  }

  private record(table: TableDef, index: string | undefined, metric: string, value: number, operation?: string): void {
    const dimensions = [{ name: 'TableName', value: table.name }];
    if (index) dimensions.push({ name: 'GlobalSecondaryIndexName', value: index });
    if (operation) dimensions.push({ name: 'Operation', value: operation });
    const key = `${table.account}/${table.region}/${dimensions.map((d) => d.value).join('/')}/${operation ? 'op' : index ? 'gsi' : 'table'}`;
    let series = this.pending.get(key);
    if (!series) this.pending.set(key, (series = { account: table.account, region: table.region, dimensions, samples: new Map() }));
    const sample = series.samples.get(metric);
    if (sample) {
      sample.count += 1;
      sample.sum += value;
      sample.min = Math.min(sample.min, value);
      sample.max = Math.max(sample.max, value);
    } else series.samples.set(metric, { count: 1, sum: value, min: value, max: value });
    if (table.billingMode === 'PROVISIONED') this.provisioned.set(`${table.id}/${index ?? ''}`, { table, index });
    this.timer ??= this.runtime.clock.every(PERIOD_MS, (due) => this.publish(due));
  }

  private publish(due: number): void {
    if (!this.pending.size) {
      this.timer?.cancel();
      this.timer = undefined;
      return;
    }
    const timestamp = due - PERIOD_MS;
    const byScope = new Map<string, { account: string; region: string; data: ServiceMetricDatum[] }>();
    const add = (account: string, region: string, datum: ServiceMetricDatum) => {
      const scope = `${account}/${region}`;
      let group = byScope.get(scope);
      if (!group) byScope.set(scope, (group = { account, region, data: [] }));
      group.data.push(datum);
    };
    for (const series of this.pending.values()) {
      for (const [metricName, s] of series.samples) {
        add(series.account, series.region, {
          metricName,
          dimensions: series.dimensions,
          unit: 'Count',
          timestamp,
          statistics: { sampleCount: s.count, sum: s.sum, minimum: s.min, maximum: s.max },
        });
      }
    }
    for (const { table, index } of this.provisioned.values()) {
      const throughput = index ? table.indexes.find((i) => i.name === index)?.throughput : table.throughput;
      if (!throughput) continue;
      const dimensions = [{ name: 'TableName', value: table.name }];
      if (index) dimensions.push({ name: 'GlobalSecondaryIndexName', value: index });
      add(table.account, table.region, { metricName: 'ProvisionedReadCapacityUnits', dimensions, unit: 'Count', timestamp, value: throughput.read });
      add(table.account, table.region, { metricName: 'ProvisionedWriteCapacityUnits', dimensions, unit: 'Count', timestamp, value: throughput.write });
    }
    this.pending.clear();
    this.provisioned.clear();
    void this.runtime
      .optionalApi<CloudWatchApi>('cloudwatch')
      .then((cloudwatch) => {
        if (!cloudwatch) return;
        for (const group of byScope.values()) {
          for (let i = 0; i < group.data.length; i += 1000) {
            cloudwatch.putMetricData({ account: group.account, region: group.region, namespace: 'AWS/DynamoDB', metricData: group.data.slice(i, i + 1000) });
          }
        }
      })
      .catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'AWS/DynamoDB metrics were not published'));
  }
}
