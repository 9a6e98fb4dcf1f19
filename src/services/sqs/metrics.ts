import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import { WorkSlices } from '../../core/work-slices.js';
import type { CloudWatchApi, ServiceMetricDatum } from '../cloudwatch/api.js';
import type { Messages } from './messages.js';
import type { QueueActivity, QueueRow, SqsState } from './state.js';

const PERIOD_MS = 60_000;

/**
 * AWS/SQS metrics, published to CloudWatch once a minute of clock time for every queue (dimension
 * QueueName), as AWS does. It runs only while there are queues: CloudWatch is not even loaded before.
 */
export class QueueMetrics {
  private timer: Timer | undefined;

  constructor(
    private readonly runtime: Runtime,
    private readonly state: SqsState,
    private readonly messages: Messages,
  ) {}

  /** Starts the minute tick, if it is not running. */
  start(): void {
    this.timer ??= this.runtime.clock.every(PERIOD_MS, (due) => this.publish(due));
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }

  private publish(due: number): void {
    const queues = this.state.allQueues();
    if (!queues.length) return this.close();
    const activity = this.state.takeActivity();
    this.publishAll(queues, activity, due, this.timer).catch((error: unknown) =>
      this.runtime.log.warn({ err: String(error) }, 'AWS/SQS metrics were not published'),
    );
  }

  /** Many queues take a while: the work yields between slices of the event loop. */
  private async publishAll(queues: QueueRow[], activity: Map<number, QueueActivity>, due: number, timer: Timer | undefined): Promise<void> {
    const cloudwatch = await this.runtime.api<CloudWatchApi>('cloudwatch');
    const slices = new WorkSlices();
    for (const queue of queues) {
      if (slices.due()) await slices.pause();
      // CloudWatch loads, and the work yields, in the background: SQS may have closed meanwhile.
      if (this.timer !== timer) return;
      const metricData = this.figures(queue, activity.get(queue.id), due);
      cloudwatch.putMetricData({ account: queue.account, region: queue.region, namespace: 'AWS/SQS', metricData });
    }
  }

  private figures(queue: QueueRow, activity: QueueActivity | undefined, due: number): ServiceMetricDatum[] {
    this.messages.expire(queue);
    const counts = this.state.counts(queue, due);
    const oldest = this.state.oldestSentAt(queue);
    const dimensions = [{ name: 'QueueName', value: queue.name }];
    const datum = (metricName: string, value: number, unit: ServiceMetricDatum['unit'] = 'Count'): ServiceMetricDatum => ({
      metricName,
      dimensions,
      value,
      unit,
      timestamp: due,
    });
    const data = [
      datum('ApproximateNumberOfMessagesVisible', counts.visible),
      datum('ApproximateNumberOfMessagesNotVisible', counts.inFlight),
      datum('ApproximateNumberOfMessagesDelayed', counts.delayed),
      datum('ApproximateAgeOfOldestMessage', oldest === undefined ? 0 : Math.max(0, Math.floor((due - oldest) / 1000)), 'Seconds'),
      datum('NumberOfMessagesSent', activity?.sent ?? 0),
      datum('NumberOfMessagesReceived', activity?.received ?? 0),
      datum('NumberOfMessagesDeleted', activity?.deleted ?? 0),
      datum('NumberOfEmptyReceives', activity?.emptyReceives ?? 0),
    ];
    // SentMessageSize appears only once a message has been sent.
    if (activity?.sent) {
      data.push({
        metricName: 'SentMessageSize',
        dimensions,
        statistics: { sampleCount: activity.sent, sum: activity.sentBytes, minimum: activity.sentMinBytes ?? 0, maximum: activity.sentMaxBytes ?? 0 },
        unit: 'Bytes',
        timestamp: due,
      });
    }
    return data;
  }
}
