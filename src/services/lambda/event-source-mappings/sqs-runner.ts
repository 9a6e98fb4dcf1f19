import { compileFilterCriteria } from '../../../core/event-sources/filter-criteria.js';
import type { RunningSource, SourceRecord } from '../../../core/event-sources/source.js';
import { startSqsSource, type QueueConsumer } from '../../../core/event-sources/sqs-source.js';
import type { MinuteMetrics } from '../../cloudwatch/minute-metrics.js';
import type { EventSourceMapping, MappingRunnerHost } from './runner.js';

/**
 * Batches in flight at once when ScalingConfig leaves it open. AWS starts an SQS mapping with
 * five pollers and scales up to 1,000 concurrent invocations; on one machine five is the sensible
 * ceiling (every batch in flight is a function process).
 */
export const DEFAULT_SQS_CONCURRENCY = 5;

/** LastProcessingResult after a batch, as AWS words it. */
const OK = 'OK';
const FUNCTION_FAILED = 'PROBLEM: Function call failed';

/** Why a batch failed as a whole (the messages return to the queue after their visibility timeout). */
class BatchFailed extends Error {}

/**
 * An SQS mapping: the shared SQS poller (core/event-sources/sqs-source.ts, Pipes' too) with the
 * mapping's batch size, window, filters and concurrency, handing each batch to the function as
 * AWS's SQS event. A failed invocation fails the batch: its messages come back after the queue's
 * visibility timeout and, past the redrive policy's maxReceiveCount, go to the dead-letter queue.
 * With ReportBatchItemFailures only the messages the function names stay in the queue.
 */
export function startSqsMapping(host: MappingRunnerHost, mapping: EventSourceMapping, queue: QueueConsumer, metrics: MinuteMetrics): RunningSource {
  const count = eventCounter(mapping, metrics);
  const filter = compileFilterCriteria(mapping.filterPatterns);
  return startSqsSource({
    queueArn: mapping.eventSourceArn,
    region: mapping.region,
    batchSize: mapping.batchSize,
    maximumBatchingWindowInSeconds: mapping.maximumBatchingWindowInSeconds,
    filter: (data) => {
      const passes = filter(data);
      count('PolledEventCount', 1);
      // What the filters reject is deleted at once.
      if (!passes) {
        count('FilteredOutEventCount', 1);
        count('DeletedEventCount', 1);
      }
      return passes;
    },
    queue: {
      // A queue that cannot be read (deleted, say) shows in LastProcessingResult while the poller backs off.
      receiveBatch: async (request) => {
        try {
          return await queue.receiveBatch(request);
        } catch (error) {
          host.setLastProcessingResult(`PROBLEM: Amazon SQS queue ${mapping.eventSourceArn} could not be read: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      },
      deleteMessages: (queueArn, handles) => queue.deleteMessages(queueArn, handles),
      changeMessageVisibility: (queueArn, handle, seconds) => queue.changeMessageVisibility(queueArn, handle, seconds),
    },
    clock: host.runtime.clock,
    log: host.log,
    concurrency: mapping.maximumConcurrency ?? DEFAULT_SQS_CONCURRENCY,
    handler: async (records) => {
      const event = { Records: records.map((record) => record.event) };
      const traceHeader = records.map((record) => (record.event.attributes as Record<string, string> | undefined)?.AWSTraceHeader).find((header) => header !== undefined);
      count('InvokedEventCount', records.length);
      let result: Awaited<ReturnType<MappingRunnerHost['invokeFunction']>>;
      try {
        result = await host.invokeFunction(event, traceHeader === undefined ? {} : { traceHeader });
      } catch (error) {
        // Throttled, or the function is gone: the batch goes back to the queue to be tried again.
        host.setLastProcessingResult(FUNCTION_FAILED);
        count('FailedInvokeEventCount', records.length);
        throw error;
      }
      if (!result.ok) {
        host.setLastProcessingResult(FUNCTION_FAILED);
        count('FailedInvokeEventCount', records.length);
        throw new BatchFailed(`the function failed (${result.functionError ?? 'Unhandled'})`);
      }
      host.setLastProcessingResult(OK);
      let failed: SourceRecord[] = [];
      try {
        if (mapping.reportBatchItemFailures) failed = failedRecords(result.payload, records);
      } catch (error) {
        count('FailedInvokeEventCount', records.length);
        throw error;
      }
      count('FailedInvokeEventCount', failed.length);
      count('DeletedEventCount', records.length - failed.length);
      return { failed };
    },
  });
}

/**
 * AWS/Lambda's event counts of one mapping (dimension EventSourceMappingUUID), published per
 * minute when its MetricsConfig asks for EventCount; a no-op otherwise.
 */
function eventCounter(mapping: EventSourceMapping, metrics: MinuteMetrics): (metricName: string, value: number) => void {
  if (!mapping.eventCountMetrics) return () => {};
  const dimensions = [{ name: 'EventSourceMappingUUID', value: mapping.uuid }];
  return (metricName, value) => {
    if (value > 0) metrics.add(mapping.account, mapping.region, metricName, value, 'Count', dimensions);
  };
}

/**
 * The records a ReportBatchItemFailures answer names. AWS's rules: no answer, null, an empty
 * object or an empty or null `batchItemFailures` is success; an answer that is not JSON, or an
 * item whose itemIdentifier is missing, empty or not a message of the batch, fails the whole batch.
 */
export function failedRecords(payload: Buffer, records: SourceRecord[]): SourceRecord[] {
  const text = payload.toString('utf8').trim();
  if (!text) return [];
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new BatchFailed('the function answered with something that is not JSON: the whole batch failed');
  }
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return [];
  const failures = (answer as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return [];
  if (!Array.isArray(failures)) throw new BatchFailed('batchItemFailures is not a list: the whole batch failed');
  const byId = new Map(records.map((record) => [record.event.messageId as string, record]));
  const failed = new Set<SourceRecord>();
  for (const item of failures) {
    const id = (item as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const record = typeof id === 'string' && id !== '' ? byId.get(id) : undefined;
    if (!record) throw new BatchFailed(`batchItemFailures names ${JSON.stringify(id ?? null)}, not a message of the batch: the whole batch failed`);
    failed.add(record);
  }
  return [...failed];
}
