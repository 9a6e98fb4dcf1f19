/**
 * Event sources polled on AWS's side: the pollers behind EventBridge Pipes and Lambda event source
 * mappings. A source reads its queue or stream, drops what the filters reject, and hands each
 * batch to its consumer's handler; what happens to a batch the handler fails (left for the queue's
 * redrive policy, retried, sent to a dead-letter queue) is the source's own rule, as on AWS.
 *
 * Sources know nothing of the services they read: they take the reading side of a service's api
 * (SqsConsumerApi, KinesisApi) through the small structural interfaces declared beside them.
 */
import type { Clock, Timer } from '../clock.js';

/** One record: as AWS delivers it, and as filters and templates read it. */
export interface SourceRecord {
  /** The record exactly as the consumer receives it (SQS: messageId, receiptHandle, body...). */
  event: Record<string, unknown>;
  /** The same record with its payload (SQS `body`, Kinesis `data`) parsed when it is JSON. */
  data: Record<string, unknown>;
}

/** A partial batch failure: the records that failed when the others were processed. */
export interface BatchOutcome {
  failed: SourceRecord[];
}

/**
 * Resolves when the consumer has processed the batch (with the records that failed, when only
 * some did: a function's batchItemFailures); rejects when the whole batch failed.
 */
export type BatchHandler = (records: SourceRecord[]) => Promise<void | BatchOutcome>;

/** Whether a record passes the consumer's filters (see filter-criteria.ts). */
export type RecordFilter = (data: Record<string, unknown>) => boolean;

export interface SourceLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

/** A source that polls until stopped. */
export interface RunningSource {
  /** Stops polling; resolves once no batch is being handled. */
  stop(): Promise<void>;
}

/** A source that cannot run (its service is not served yet): the consumer reports the reason as its state. */
export class SourceUnavailable extends Error {}

/** Sleeps on the clock; `wake` ends every sleep early (a source stopping). */
export class Naps {
  private readonly sleeping = new Set<{ timer: Timer; resolve: () => void }>();

  constructor(private readonly clock: Clock) {}

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: this.clock.setTimeout(() => {
          this.sleeping.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.sleeping.add(entry);
    });
  }

  wake(): void {
    for (const entry of [...this.sleeping]) {
      entry.timer.cancel();
      this.sleeping.delete(entry);
      entry.resolve();
    }
  }
}

/** The payload parsed when it is JSON text (objects and arrays only), else left as it is. */
export function parsedPayload(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
