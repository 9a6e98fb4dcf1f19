import type { Runtime } from '../../core/runtime.js';
import { MinuteMetrics } from '../cloudwatch/minute-metrics.js';
import type { ScheduleRow } from './state.js';

/** The AWS/Scheduler metrics AWS documents (counts, each once for all schedules and once by ScheduleGroup). */
export type SchedulerMetric =
  | 'InvocationAttemptCount'
  | 'TargetErrorCount'
  | 'TargetErrorThrottledCount'
  | 'InvocationDroppedCount'
  | 'InvocationsSentToDeadLetterCount'
  | 'InvocationsFailedToBeSentToDeadLetterCount';

/** AWS/Scheduler counts, once for all schedules and once by ScheduleGroup, a data point a minute of clock time. */
export class SchedulerMetrics {
  private readonly minutes: MinuteMetrics;

  constructor(runtime: Runtime) {
    this.minutes = new MinuteMetrics(runtime, 'AWS/Scheduler', true);
  }

  count(schedule: ScheduleRow, metricName: SchedulerMetric): void {
    this.minutes.add(schedule.account, schedule.region, metricName, 1, 'Count');
    this.minutes.add(schedule.account, schedule.region, metricName, 1, 'Count', [{ name: 'ScheduleGroup', value: schedule.groupName }]);
  }

  close(): void {
    this.minutes.close();
  }
}
