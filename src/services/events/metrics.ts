import type { Runtime } from '../../core/runtime.js';
import { MinuteMetrics, type MetricDimensions } from '../cloudwatch/minute-metrics.js';

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

/**
 * AWS/Events counts: one data point a minute of clock time for each metric and dimension set
 * (counts as their sum, sizes as statistic sets), as AWS reports them.
 */
export class EventMetrics {
  private readonly minutes: MinuteMetrics;

  constructor(runtime: Runtime) {
    this.minutes = new MinuteMetrics(runtime, 'AWS/Events', true);
  }

  count(account: string, region: string, metricName: EventsMetricName, value: number, dimensions: MetricDimensions = [], unit: 'Count' | 'Bytes' = 'Count'): void {
    this.minutes.add(account, region, metricName, value, unit, dimensions);
  }

  close(): void {
    this.minutes.close();
  }
}
