import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum, StandardUnit } from './api.js';

const MINUTE_MS = 60_000;

export type MetricDimensions = Array<{ name: string; value: string }>;

interface MinuteSeries {
  account: string;
  region: string;
  minute: number;
  metricName: string;
  dimensions: MetricDimensions;
  unit: StandardUnit;
  samples: number;
  sum: number;
  minimum: number;
  maximum: number;
}

/**
 * A service's AWS/<Service> metrics as AWS reports them: the samples of each metric and dimension
 * set gathered per minute of clock time, handed to CloudWatch once the minute is over, one data
 * point (a statistic set) each. The tick runs only while something waits, and nothing is gathered
 * when this Nimbus serves no CloudWatch. Services own their names and dimensions; this owns the
 * minute.
 */
export class MinuteMetrics {
  private readonly pending = new Map<string, MinuteSeries>();
  private timer: Timer | undefined;

  constructor(
    private readonly runtime: Runtime,
    private readonly namespace: string,
    /** Counts published as one value (their sum) rather than a statistic set, as AWS/Events shows them. */
    private readonly countsAsSum = false,
  ) {}

  add(account: string, region: string, metricName: string, value: number, unit: StandardUnit, dimensions: MetricDimensions = []): void {
    if (!this.runtime.implements('cloudwatch')) return;
    const now = this.runtime.clock.now();
    const minute = now - (now % MINUTE_MS);
    let key = `${account} ${region} ${minute} ${metricName}`;
    for (const d of dimensions) key += ` ${d.name}=${d.value}`;
    const series = this.pending.get(key);
    if (series) {
      series.samples += 1;
      series.sum += value;
      if (value < series.minimum) series.minimum = value;
      if (value > series.maximum) series.maximum = value;
    } else {
      this.pending.set(key, { account, region, minute, metricName, dimensions, unit, samples: 1, sum: value, minimum: value, maximum: value });
    }
    this.timer ??= this.runtime.clock.every(MINUTE_MS, (due) => this.flush(due), minute + MINUTE_MS);
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.pending.clear();
  }

  private flush(due: number): void {
    const byScope = new Map<string, { account: string; region: string; data: ServiceMetricDatum[] }>();
    for (const [key, s] of this.pending) {
      if (s.minute + MINUTE_MS > due) continue;
      this.pending.delete(key);
      const scope = `${s.account} ${s.region}`;
      let group = byScope.get(scope);
      if (!group) byScope.set(scope, (group = { account: s.account, region: s.region, data: [] }));
      group.data.push(
        this.countsAsSum && s.unit === 'Count'
          ? { metricName: s.metricName, dimensions: s.dimensions, value: s.sum, unit: s.unit, timestamp: s.minute }
          : { metricName: s.metricName, dimensions: s.dimensions, statistics: { sampleCount: s.samples, sum: s.sum, minimum: s.minimum, maximum: s.maximum }, unit: s.unit, timestamp: s.minute },
      );
    }
    if (!this.pending.size) {
      this.timer?.cancel();
      this.timer = undefined;
    }
    if (!byScope.size) return;
    this.runtime
      .api<CloudWatchApi>('cloudwatch')
      .then((cloudwatch) => {
        for (const group of byScope.values()) {
          // PutMetricData's limit of 1,000 data points a call holds for services too.
          for (let i = 0; i < group.data.length; i += 1000) {
            cloudwatch.putMetricData({ account: group.account, region: group.region, namespace: this.namespace, metricData: group.data.slice(i, i + 1000) });
          }
        }
      })
      .catch((error: unknown) => this.runtime.log.warn({ err: String(error), namespace: this.namespace }, 'service metrics were not published'));
  }
}
