import type { Clock } from '../clock.js';
import { Naps, parsedPayload, type BatchHandler, type RecordFilter, type RunningSource, type SourceLog, type SourceRecord } from './source.js';

/** A received message as SqsConsumerApi (services/sqs/api.ts) gives it. */
export interface ConsumedMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  attributes: Record<string, string>;
  messageAttributes: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Buffer }>;
}

/** The reading side of SQS this source needs (SqsConsumerApi satisfies it). */
export interface QueueConsumer {
  receiveBatch(request: { queueArn: string; maxMessages: number; waitSeconds: number; signal?: AbortSignal }): Promise<ConsumedMessage[]>;
  deleteMessages(queueArn: string, receiptHandles: string[]): void;
  changeMessageVisibility(queueArn: string, receiptHandle: string, timeoutSeconds: number): void;
}

export interface SqsSourceOptions {
  queueArn: string;
  region: string;
  /** 1 to 10,000 (FIFO: 1 to 10). */
  batchSize: number;
  /** 0 to 300: how long to keep gathering once the first message of a batch is in. */
  maximumBatchingWindowInSeconds: number;
  filter: RecordFilter;
  queue: QueueConsumer;
  clock: Clock;
  handler: BatchHandler;
  log: SourceLog;
  /**
   * How many batches may be in flight at once (Lambda's ScalingConfig.MaximumConcurrency), each
   * gathered by its own poller; 1 when left out (Pipes). A FIFO queue's group locks keep one
   * batch per message group in flight whatever this is.
   */
  concurrency?: number;
}

/** ReceiveMessage's longest wait: an idle queue is long-polled this long at a time. */
const LONG_POLL_SECONDS = 20;
/** After a batch with failures, poll again this much later. */
const FAILURE_PAUSE_MS = 1_000;
/** After the queue could not be read (deleted, say), look again this much later. */
const ERROR_BACKOFF_MS = 5_000;

/**
 * Polls a queue as AWS's pollers do: gathers a batch (up to BatchSize, or until the batching window
 * ends), deletes at once what the filters reject, hands the rest to the handler, and deletes the
 * batch once the handler resolves. A batch the handler fails stays in the queue, to come back after
 * its visibility timeout and, past the queue's maxReceiveCount, to go to its dead-letter queue
 * (a partial failure: only the records that failed).
 * One batch at a time unless `concurrency` says more; a FIFO queue's order holds either way, as
 * its group locks never hand out a group that has a batch in flight.
 */
export function startSqsSource(options: SqsSourceOptions): RunningSource {
  const abort = new AbortController();
  const naps = new Naps(options.clock);
  const { queue, queueArn } = options;

  const gather = async (): Promise<ConsumedMessage[]> => {
    const batch: ConsumedMessage[] = [];
    let windowEnd = Infinity;
    while (batch.length < options.batchSize && !abort.signal.aborted) {
      const now = options.clock.now();
      if (batch.length && now >= windowEnd) break;
      const waitSeconds = !batch.length ? LONG_POLL_SECONDS : Math.max(0, Math.min(LONG_POLL_SECONDS, Math.ceil((windowEnd - now) / 1000)));
      const received = await queue.receiveBatch({ queueArn, maxMessages: Math.min(10, options.batchSize - batch.length), waitSeconds, signal: abort.signal });
      if (!received.length) {
        if (batch.length) break;
        continue;
      }
      if (!batch.length) windowEnd = options.clock.now() + options.maximumBatchingWindowInSeconds * 1000;
      batch.push(...received);
    }
    return batch;
  };

  const handle = async (messages: ConsumedMessage[]): Promise<void> => {
    const records = messages.map((message) => sqsRecord(message, queueArn, options.region));
    const rejected = records.filter((record) => !options.filter(record.data));
    // Messages the filters reject are deleted: nothing will ever want them.
    if (rejected.length) queue.deleteMessages(queueArn, rejected.map((r) => r.event.receiptHandle as string));
    const accepted = records.filter((record) => !rejected.includes(record));
    if (!accepted.length) return;
    let failed: Set<SourceRecord>;
    try {
      failed = new Set((await options.handler(accepted))?.failed ?? []);
    } catch (error) {
      failed = new Set(accepted);
      options.log.warn({ queueArn, messages: accepted.length, err: String(error) }, 'batch failed: its messages return to the queue after their visibility timeout');
    }
    // What succeeded is deleted; what failed returns to the queue after its visibility timeout.
    const done = accepted.filter((record) => !failed.has(record));
    if (done.length) queue.deleteMessages(queueArn, done.map((r) => r.event.receiptHandle as string));
    // A queue with no visibility timeout would hand failures straight back: pause before polling on.
    if (failed.size) await naps.sleep(FAILURE_PAUSE_MS);
  };

  const poll = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      try {
        const messages = await gather();
        if (abort.signal.aborted) {
          // Stopped while gathering: what was taken goes back at once rather than after its timeout.
          for (const message of messages) queue.changeMessageVisibility(queueArn, message.receiptHandle, 0);
          break;
        }
        if (messages.length) await handle(messages);
      } catch (error) {
        options.log.warn({ queueArn, err: String(error) }, 'could not read the queue');
        await naps.sleep(ERROR_BACKOFF_MS);
      }
    }
  };
  const pollers = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, () => poll());

  return {
    async stop() {
      abort.abort();
      naps.wake();
      await Promise.all(pollers);
    },
  };
}

/** A message as Pipes and Lambda hand it on (the SQS record of AWS's documented events). */
export function sqsRecord(message: ConsumedMessage, queueArn: string, region: string): SourceRecord {
  const messageAttributes: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(message.messageAttributes)) {
    const attribute: Record<string, unknown> = { dataType: value.DataType };
    if (value.StringValue !== undefined) attribute.stringValue = value.StringValue;
    if (value.BinaryValue !== undefined) attribute.binaryValue = Buffer.from(value.BinaryValue).toString('base64');
    attribute.stringListValues = [];
    attribute.binaryListValues = [];
    Object.defineProperty(messageAttributes, name, { value: attribute, enumerable: true, writable: true, configurable: true });
  }
  const event: Record<string, unknown> = {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes: message.attributes,
    messageAttributes,
    md5OfBody: message.md5OfBody,
  };
  if (message.md5OfMessageAttributes) event.md5OfMessageAttributes = message.md5OfMessageAttributes;
  event.eventSource = 'aws:sqs';
  event.eventSourceARN = queueArn;
  event.awsRegion = region;
  return { event, data: { ...event, body: parsedPayload(message.body) } };
}
