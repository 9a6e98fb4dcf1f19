import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi } from '../cloudwatch/api.js';
import type { ScheduleRow } from './state.js';

/** The AWS/Scheduler metrics AWS documents (counts, each once for all schedules and once by ScheduleGroup). */
export type SchedulerMetric =
  | 'InvocationAttemptCount'
  | 'TargetErrorCount'
  | 'TargetErrorThrottledCount'
  | 'InvocationDroppedCount'
  | 'InvocationsSentToDeadLetterCount'
  | 'InvocationsFailedToBeSentToDeadLetterCount';

/** Publishes AWS/Scheduler data points to CloudWatch as schedules run (nothing when CloudWatch is not served). */
export class SchedulerMetrics {
  constructor(private readonly runtime: Runtime) {}

  count(schedule: ScheduleRow, metricName: SchedulerMetric): void {
    void this.publish(schedule, metricName).catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'scheduler metrics not published'));
  }

  private async publish(schedule: ScheduleRow, metricName: SchedulerMetric): Promise<void> {
    const cloudwatch = await this.runtime.optionalApi<CloudWatchApi>('cloudwatch');
    if (!cloudwatch) return;
    const timestamp = this.runtime.clock.now();
    cloudwatch.putMetricData({
      account: schedule.account,
      region: schedule.region,
      namespace: 'AWS/Scheduler',
      metricData: [
        { metricName, value: 1, unit: 'Count', timestamp },
        { metricName, value: 1, unit: 'Count', timestamp, dimensions: [{ name: 'ScheduleGroup', value: schedule.groupName }] },
      ],
    });
  }
}
