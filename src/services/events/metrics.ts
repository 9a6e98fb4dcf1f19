import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum } from '../cloudwatch/api.js';

const MINUTE_MS = 60_000;

/** AWS/Events metrics: the bus/rule side's, and the target side's (targets/engine.ts). */
export type EventsMetricName =
  | 'TriggeredRules'
  | 'Invocations'
  | 'FailedInvocations'
  | 'InvocationsSentToDlq'
  | 'InvocationsFailedToBeSentToDlq'
  | 'MatchedEvents'
  | 'Events'
  | 'PutEventsApproximateCallCount'
  | 'PutEventsApproximateSuccessCount'
  | 'PutEventsApproximateFailedCount'
  | 'PutEventsEntriesCount'
  | 'PutEventsFailedEntries'
  | 'PutEventsRequestSize';

interface MinuteCount {
  account: string;
  region: string;
  minute: number;
  metricName: EventsMetricName;
  dimensions: Array<{ name: string; value: string }>;
  sum: number;
  samples: number;
  minimum: number;
  maximum: number;
  unit: 'Count' | 'Bytes';
}

/**
 * AWS/Events counts gathered per minute of clock time and handed to CloudWatch once the minute is
 * over, one data point a metric and dimension set, as AWS reports them. The tick runs only while
 * there is something to publish.
 */
export class EventMetrics {
  private readonly pending = new Map<string, MinuteCount>();
  private timer: Timer | undefined;

  constructor(private readonly runtime: Runtime) {}

  count(account: string, region: string, metricName: EventsMetricName, value: number, dimensions: Array<{ name: string; value: string }> = [], unit: 'Count' | 'Bytes' = 'Count'): void {
    if (!this.runtime.implements('cloudwatch')) return;
    const now = this.runtime.clock.now();
    const minute = now - (now % MINUTE_MS);
    const key = `${account} ${region} ${minute} ${metricName} ${dimensions.map((d) => `${d.name}=${d.value}`).join(',')}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { account, region, minute, metricName, dimensions, sum: 0, samples: 0, minimum: value, maximum: value, unit };
      this.pending.set(key, entry);
    }
    entry.sum += value;
    entry.samples += 1;
    entry.minimum = Math.min(entry.minimum, value);
    entry.maximum = Math.max(entry.maximum, value);
    this.timer ??= this.runtime.clock.every(MINUTE_MS, (due) => this.flush(due), minute + MINUTE_MS);
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.pending.clear();
  }

  private flush(due: number): void {
    const closed: MinuteCount[] = [];
    for (const [key, entry] of this.pending) {
      if (entry.minute + MINUTE_MS > due) continue;
      closed.push(entry);
      this.pending.delete(key);
    }
    if (!this.pending.size) {
      this.timer?.cancel();
      this.timer = undefined;
    }
    if (closed.length) this.publish(closed).catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'AWS/Events metrics were not published'));
  }

  private async publish(entries: MinuteCount[]): Promise<void> {
    const cloudwatch = await this.runtime.api<CloudWatchApi>('cloudwatch');
    const byScope = new Map<string, { account: string; region: string; data: ServiceMetricDatum[] }>();
    for (const entry of entries) {
      const scope = `${entry.account} ${entry.region}`;
      let group = byScope.get(scope);
      if (!group) byScope.set(scope, (group = { account: entry.account, region: entry.region, data: [] }));
      const datum: ServiceMetricDatum =
        entry.unit === 'Bytes'
          ? { metricName: entry.metricName, dimensions: entry.dimensions, statistics: { sampleCount: entry.samples, sum: entry.sum, minimum: entry.minimum, maximum: entry.maximum }, unit: 'Bytes', timestamp: entry.minute }
          : { metricName: entry.metricName, dimensions: entry.dimensions, value: entry.sum, unit: 'Count', timestamp: entry.minute };
      group.data.push(datum);
    }
    for (const group of byScope.values()) cloudwatch.putMetricData({ account: group.account, region: group.region, namespace: 'AWS/Events', metricData: group.data });
  }
}
