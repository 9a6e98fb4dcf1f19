import { arn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type * as Firehose from '../../generated/firehose.js';
import type { LogsApi } from '../logs/api.js';
import { DeliveryBuffers } from './delivery.js';
import { streamNotFound } from './errors.js';
import { FirehoseMetrics } from './metrics.js';
import type { DeliveryStream } from './model.js';
import { FirehoseState } from './state.js';

/** What every Firehose operation group shares: the state, the clock, the buffers, the metrics. */
export class FirehoseService {
  readonly state: FirehoseState;
  readonly clock: Runtime['clock'];
  readonly metrics: FirehoseMetrics;
  readonly buffers: DeliveryBuffers;
  closed = false;
  /** Delivery errors already logged, so a put retried every 5 seconds logs once a minute at most. */
  private readonly lastLogged = new Map<string, number>();

  constructor(readonly runtime: Runtime) {
    this.state = new FirehoseState(runtime.store);
    this.clock = runtime.clock;
    this.metrics = new FirehoseMetrics(runtime);
    this.buffers = new DeliveryBuffers(this);
  }

  streamArn(account: string, region: string, name: string): string {
    return arn({ service: 'firehose', region, account, resource: `deliverystream/${name}` });
  }

  /** The named stream of the caller's account and region, or ResourceNotFoundException. */
  requireStream(account: string, region: string, name: string): DeliveryStream {
    const stream = this.state.streamByName(account, region, name);
    if (!stream) throw streamNotFound(name, account);
    return stream;
  }

  /** Reports a delivery error to the destination's CloudWatch Logs stream, as Firehose's error logs read. */
  logDeliveryError(stream: DeliveryStream, options: Firehose.CloudWatchLoggingOptions | undefined, error: { destination: string; errorCode: string; message: string }): void {
    this.runtime.log.debug({ stream: stream.arn, ...error }, 'Firehose delivery error');
    if (!options?.Enabled || !options.LogGroupName || !options.LogStreamName) return;
    const key = `${stream.arn} ${error.errorCode}`;
    const now = this.clock.now();
    if ((this.lastLogged.get(key) ?? -Infinity) > now - 60_000) return;
    if (this.lastLogged.size > 1000) this.lastLogged.clear();
    this.lastLogged.set(key, now);
    const message = JSON.stringify({
      deliveryStreamARN: stream.arn,
      destination: error.destination,
      deliveryStreamVersionId: stream.versionId,
      message: error.message,
      errorCode: error.errorCode,
    });
    this.runtime
      .optionalApi<LogsApi>('logs')
      .then((logs) => logs?.putLogEvents({ account: stream.account, region: stream.region, logGroupName: options.LogGroupName!, logStreamName: options.LogStreamName!, events: [{ timestamp: now, message }] }))
      .catch((e: unknown) => this.runtime.log.warn({ err: String(e) }, 'Firehose could not write its delivery error log'));
  }

  close(): void {
    this.closed = true;
    this.buffers.close();
    this.metrics.close();
  }
}
