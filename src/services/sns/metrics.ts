import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import type { CloudWatchApi, ServiceMetricDatum } from '../cloudwatch/api.js';
import type { TopicRow } from './state.js';

const MINUTE_MS = 60_000;

/** Why a subscription's filter policy turned a message away, as the AWS/SNS metric names say it. */
export type FilteredOutReason = 'MessageAttributes' | 'MessageBody' | 'NoMessageAttributes' | 'InvalidMessageBody';

type CountMetric =
  | 'NumberOfMessagesPublished'
  | 'NumberOfNotificationsDelivered'
  | 'NumberOfNotificationsFailed'
  | 'NumberOfNotificationsFilteredOut'
  | `NumberOfNotificationsFilteredOut-${FilteredOutReason}`
  | 'NumberOfNotificationsRedrivenToDlq'
  | 'NumberOfNotificationsFailedToRedriveToDlq';

/** One topic's activity within one minute of clock time. */
interface MinuteOfTopic {
  account: string;
  region: string;
  topicName: string;
  minute: number;
  counts: Map<CountMetric, number>;
  sizes?: { sampleCount: number; sum: number; minimum: number; maximum: number };
}

/**
 * AWS/SNS metrics by TopicName: what each topic published and delivered, gathered per minute of
 * clock time and handed to CloudWatch as one data point (or statistic set) a metric a minute, as
 * AWS reports them. Only minutes with activity are published; the tick runs only while there is some.
 */
export class TopicMetrics {
  private readonly pending = new Map<string, MinuteOfTopic>();
  private timer: Timer | undefined;

  constructor(private readonly runtime: Runtime) {}

  published(topic: TopicRow, bytes: number): void {
    const minute = this.minuteOf(topic);
    if (!minute) return;
    bump(minute, 'NumberOfMessagesPublished');
    const sizes = (minute.sizes ??= { sampleCount: 0, sum: 0, minimum: bytes, maximum: bytes });
    sizes.sampleCount++;
    sizes.sum += bytes;
    sizes.minimum = Math.min(sizes.minimum, bytes);
    sizes.maximum = Math.max(sizes.maximum, bytes);
  }

  delivered(topic: TopicRow): void {
    this.count(topic, 'NumberOfNotificationsDelivered');
  }

  /** Counted once SNS stops trying (its retry policy spent), not at every failed attempt. */
  failed(topic: TopicRow): void {
    this.count(topic, 'NumberOfNotificationsFailed');
  }

  filteredOut(topic: TopicRow, reason: FilteredOutReason): void {
    const minute = this.minuteOf(topic);
    if (!minute) return;
    bump(minute, 'NumberOfNotificationsFilteredOut');
    bump(minute, `NumberOfNotificationsFilteredOut-${reason}`);
  }

  redrivenToDeadLetterQueue(topic: TopicRow, succeeded: boolean): void {
    this.count(topic, succeeded ? 'NumberOfNotificationsRedrivenToDlq' : 'NumberOfNotificationsFailedToRedriveToDlq');
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.pending.clear();
  }

  private count(topic: TopicRow, metric: CountMetric): void {
    const minute = this.minuteOf(topic);
    if (minute) bump(minute, metric);
  }

  /** The open minute of a topic's activity; undefined when Nimbus serves no CloudWatch to take it. */
  private minuteOf(topic: TopicRow): MinuteOfTopic | undefined {
    if (!this.runtime.implements('cloudwatch')) return undefined;
    const now = this.runtime.clock.now();
    const minuteStart = now - (now % MINUTE_MS);
    const key = `${topic.arn} ${minuteStart}`;
    let minute = this.pending.get(key);
    if (!minute) {
      minute = { account: topic.account, region: topic.region, topicName: topic.name, minute: minuteStart, counts: new Map() };
      this.pending.set(key, minute);
    }
    // The tick falls on minute boundaries, so each data point covers one whole minute.
    this.timer ??= this.runtime.clock.every(MINUTE_MS, (due) => this.flush(due), minuteStart + MINUTE_MS);
    return minute;
  }

  private flush(due: number): void {
    const closed: MinuteOfTopic[] = [];
    for (const [key, minute] of this.pending) {
      if (minute.minute + MINUTE_MS > due) continue;
      closed.push(minute);
      this.pending.delete(key);
    }
    if (!this.pending.size) {
      this.timer?.cancel();
      this.timer = undefined;
    }
    if (!closed.length) return;
    this.publish(closed).catch((error: unknown) => this.runtime.log.warn({ err: String(error) }, 'AWS/SNS metrics were not published'));
  }

  private async publish(minutes: MinuteOfTopic[]): Promise<void> {
    const cloudwatch = await this.runtime.api<CloudWatchApi>('cloudwatch');
    for (const minute of minutes) {
      const dimensions = [{ name: 'TopicName', value: minute.topicName }];
      const metricData: ServiceMetricDatum[] = [];
      for (const [metricName, value] of minute.counts) metricData.push({ metricName, dimensions, value, unit: 'Count', timestamp: minute.minute });
      if (minute.sizes) metricData.push({ metricName: 'PublishSize', dimensions, statistics: minute.sizes, unit: 'Bytes', timestamp: minute.minute });
      cloudwatch.putMetricData({ account: minute.account, region: minute.region, namespace: 'AWS/SNS', metricData });
    }
  }
}

function bump(minute: MinuteOfTopic, metric: CountMetric): void {
  minute.counts.set(metric, (minute.counts.get(metric) ?? 0) + 1);
}
