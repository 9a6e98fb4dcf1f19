import type { Runtime } from '../../core/runtime.js';
import type { LogsApi } from '../logs/api.js';

export interface LogTarget {
  account: string;
  region: string;
  group: string;
}

interface Batch {
  target: LogTarget;
  stream: string;
  events: Array<{ timestamp: number; message: string }>;
}

/**
 * Function logs: each environment writes its own stream of /aws/lambda/<name>
 * (YYYY/MM/DD/[$LATEST]<id>). Events are gathered and handed to CloudWatch Logs
 * once per turn of the event loop.
 */
export class LambdaLogs {
  private pending = new Map<string, Batch>();
  private scheduled = false;
  private closed = false;

  constructor(private readonly runtime: Runtime) {}

  write(target: LogTarget, stream: string, messages: string[]): void {
    if (this.closed || !stream) return;
    const key = `${target.account}/${target.region}/${target.group}/${stream}`;
    const batch = this.pending.get(key) ?? { target, stream, events: [] };
    const timestamp = this.runtime.clock.now();
    for (const message of messages) batch.events.push({ timestamp, message });
    this.pending.set(key, batch);
    // The function's output in Nimbus's own log too, a line each, prefixed with its name.
    if (this.runtime.log.isLevelEnabled('info')) {
      const fn = target.group.startsWith('/aws/lambda/') ? target.group.slice('/aws/lambda/'.length) : target.group;
      for (const message of messages) for (const line of message.trimEnd().split('\n')) this.runtime.log.info({ fn }, line);
    }
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  close(): void {
    this.closed = true;
    this.pending.clear();
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batches = [...this.pending.values()];
    this.pending.clear();
    if (this.closed || !batches.length) return;
    await this.deliver(batches);
  }

  /** Hands batches to CloudWatch Logs (which creates the group and stream on first use). */
  private async deliver(batches: Batch[]): Promise<void> {
    if (!this.runtime.implements('logs')) return;
    try {
      const logs = await this.runtime.api<LogsApi>('logs');
      for (const batch of batches) {
        logs.putLogEvents({
          account: batch.target.account,
          region: batch.target.region,
          logGroupName: batch.target.group,
          logStreamName: batch.stream,
          events: batch.events,
        });
      }
    } catch (error) {
      this.runtime.log.warn({ err: String(error) }, 'lambda: writing function logs failed');
    }
  }
}
