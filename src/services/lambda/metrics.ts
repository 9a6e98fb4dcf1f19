import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum } from '../cloudwatch/api.js';
import type { InvocationReport, Target } from './invoke.js';

interface Pending {
  account: string;
  region: string;
  data: ServiceMetricDatum[];
}

/**
 * AWS/Lambda metrics (Invocations, Errors, Duration, Throttles, ConcurrentExecutions),
 * by FunctionName, by Resource (name:qualifier) and account-wide, through CloudWatch's
 * module API. Gathered and handed over once per turn of the event loop.
 */
export class LambdaMetrics {
  private pending = new Map<string, Pending>();
  private scheduled = false;
  private closed = false;

  constructor(private readonly runtime: Runtime) {}

  invocation(report: InvocationReport): void {
    const { target, result } = report;
    const timestamp = this.runtime.clock.now();
    const error = result.ok ? 0 : 1;
    for (const dimensions of this.dimensionSets(target)) {
      this.add(target, [
        { metricName: 'Invocations', dimensions, value: 1, unit: 'Count', timestamp },
        { metricName: 'Errors', dimensions, value: error, unit: 'Count', timestamp },
        { metricName: 'Duration', dimensions, value: Math.round(result.durationMs * 100) / 100, unit: 'Milliseconds', timestamp },
        { metricName: 'ConcurrentExecutions', dimensions, value: report.concurrent, unit: 'Count', timestamp },
      ]);
    }
  }

  throttle(target: Target): void {
    const timestamp = this.runtime.clock.now();
    for (const dimensions of this.dimensionSets(target)) this.add(target, [{ metricName: 'Throttles', dimensions, value: 1, unit: 'Count', timestamp }]);
  }

  /** An invocation stopped by recursive loop detection. */
  recursionStopped(target: Target): void {
    const timestamp = this.runtime.clock.now();
    for (const dimensions of this.dimensionSets(target)) this.add(target, [{ metricName: 'RecursiveInvocationsDropped', dimensions, value: 1, unit: 'Count', timestamp }]);
  }

  /** Asynchronous invocation's metrics: AsyncEventsReceived, AsyncEventAge (ms), AsyncEventsDropped, DestinationDeliveryFailures, DeadLetterErrors. */
  asyncEvent(target: Target, metricName: string, value = 1, unit: 'Count' | 'Milliseconds' = 'Count'): void {
    const timestamp = this.runtime.clock.now();
    for (const dimensions of this.dimensionSets(target)) this.add(target, [{ metricName, dimensions, value, unit, timestamp }]);
  }

  close(): void {
    this.closed = true;
    this.pending.clear();
  }

  private dimensionSets(target: Target): Array<Array<{ name: string; value: string }>> {
    const sets: Array<Array<{ name: string; value: string }>> = [[], [{ name: 'FunctionName', value: target.doc.name }]];
    if (target.qualifier && target.qualifier !== '$LATEST') {
      sets.push([
        { name: 'FunctionName', value: target.doc.name },
        { name: 'Resource', value: `${target.doc.name}:${target.qualifier}` },
      ]);
      if (!/^[0-9]+$/.test(target.qualifier)) {
        sets.push([
          { name: 'FunctionName', value: target.doc.name },
          { name: 'Resource', value: `${target.doc.name}:${target.qualifier}` },
          { name: 'ExecutedVersion', value: target.executedVersion },
        ]);
      }
    }
    return sets;
  }

  private add(target: Target, data: ServiceMetricDatum[]): void {
    if (this.closed || !this.runtime.implements('cloudwatch')) return;
    const key = `${target.doc.account}/${target.doc.region}`;
    const entry = this.pending.get(key) ?? { account: target.doc.account, region: target.doc.region, data: [] };
    entry.data.push(...data);
    this.pending.set(key, entry);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batches = [...this.pending.values()];
    this.pending.clear();
    if (this.closed || !batches.length) return;
    try {
      const api = await this.runtime.api<CloudWatchApi>('cloudwatch');
      // Loading CloudWatch may have taken long enough for the cloud to close meanwhile (its store with it).
      if (this.closed) return;
      for (const batch of batches) {
        // PutMetricData takes at most 1000 data points a call.
        for (let i = 0; i < batch.data.length; i += 1000) {
          api.putMetricData({ account: batch.account, region: batch.region, namespace: 'AWS/Lambda', metricData: batch.data.slice(i, i + 1000) });
        }
      }
    } catch (error) {
      this.runtime.log.warn({ err: String(error) }, 'lambda: publishing AWS/Lambda metrics failed');
    }
  }
}
