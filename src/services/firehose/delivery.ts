/**
 * From buffer to destination. Records wait in the store until the stream's buffer reaches its size
 * hint or its oldest record has waited the interval hint (on the clock); then one batch at a time per
 * stream is taken, processed and delivered, and forgotten only once it has landed.
 */
import { randomUUID } from 'node:crypto';
import type { Timer } from '../../core/clock.js';
import type * as Firehose from '../../generated/firehose.js';
import type { LambdaApi } from '../lambda/api.js';
import { deliverToEndpoint } from './http-delivery.js';
import type { DeliveryStream, DestinationKind, HttpEndpointDestination, S3Destination } from './model.js';
import { processRecords, type ProcessingOutcome, type SourceRecord } from './processing.js';
import { backUpSourceRecords, writeFailedRecords, writeRecords } from './s3-delivery.js';
import type { FirehoseService } from './service.js';

const MIB = 1024 * 1024;
const RETRY_AFTER_FAILURE_MS = 5_000;

/** The error-output-type of destinations Nimbus does not reach: their records go to the S3 backup as failed. */
const UNDELIVERED_OUTPUT_TYPE: Partial<Record<DestinationKind, string>> = {
  Elasticsearch: 'AmazonOpenSearchService-failed',
  Amazonopensearchservice: 'AmazonOpenSearchService-failed',
  AmazonOpenSearchServerless: 'AmazonOpenSearchServerless-failed',
  Splunk: 'splunk-failed',
  Snowflake: 'snowflake-failed',
  Iceberg: 'iceberg-failed',
};

export function bufferingOf(stream: DeliveryStream): { sizeBytes: number; intervalMs: number } {
  const config = stream.destination.config;
  const hints: Firehose.BufferingHints | undefined = config.BufferingHints ?? config.S3Configuration?.BufferingHints;
  return { sizeBytes: (hints?.SizeInMBs ?? 5) * MIB, intervalMs: (hints?.IntervalInSeconds ?? 300) * 1000 };
}

export class DeliveryBuffers {
  private readonly timers = new Map<string, Timer>();
  /** Bytes buffered and not yet in a batch, per stream (read from the store when first needed). */
  private readonly pendingBytes = new Map<string, number>();
  private readonly flushing = new Set<string>();
  private readonly flushAgain = new Set<string>();
  /** When a stream whose last delivery failed outright may flush again (AWS retries S3 every 5 seconds). */
  private readonly retryAfter = new Map<string, number>();

  constructor(private readonly service: FirehoseService) {}

  /** After a restart: batches left half-delivered go back to the buffer, and each buffer's timer is armed again. */
  resume(): void {
    this.service.state.releaseBatches();
    for (const arn of this.service.state.streamsWithRecords()) this.armTimer(arn);
  }

  /** Records were added to a stream's buffer: flush at once if it is full, else make sure its timer runs. */
  added(stream: DeliveryStream, bytes: number): void {
    const pending = (this.pendingBytes.get(stream.arn) ?? this.service.state.bufferSummary(stream.arn).bytes - bytes) + bytes;
    this.pendingBytes.set(stream.arn, pending);
    const waiting = (this.retryAfter.get(stream.arn) ?? 0) > this.service.clock.now();
    if (pending >= bufferingOf(stream).sizeBytes && !waiting) this.flush(stream.arn);
    else if (!this.timers.has(stream.arn)) this.armTimer(stream.arn);
  }

  forget(streamArn: string): void {
    this.timers.get(streamArn)?.cancel();
    this.timers.delete(streamArn);
    this.pendingBytes.delete(streamArn);
  }

  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private armTimer(streamArn: string): void {
    const stream = this.service.state.stream(streamArn);
    if (!stream) return;
    const { oldest } = this.service.state.bufferSummary(streamArn);
    if (oldest === undefined) return;
    this.timers.get(streamArn)?.cancel();
    const due = Math.max(this.service.clock.now(), oldest + bufferingOf(stream).intervalMs, this.retryAfter.get(streamArn) ?? 0);
    this.timers.set(streamArn, this.service.clock.at(due, () => {
      this.timers.delete(streamArn);
      this.flush(streamArn);
    }));
  }

  /** Delivers what is buffered, a batch of up to the size hint at a time; one flush per stream at once. */
  flush(streamArn: string): void {
    if (this.flushing.has(streamArn)) {
      this.flushAgain.add(streamArn);
      return;
    }
    this.timers.get(streamArn)?.cancel();
    this.timers.delete(streamArn);
    this.flushing.add(streamArn);
    void this.drain(streamArn)
      .catch((error: unknown) => this.service.runtime.log.error({ err: error instanceof Error ? error.stack : String(error), streamArn }, 'Firehose delivery failed'))
      .finally(() => {
        this.flushing.delete(streamArn);
        if (this.service.closed) return;
        if (this.flushAgain.delete(streamArn) && !this.retryAfter.has(streamArn)) this.flush(streamArn);
        else this.armTimer(streamArn);
      });
  }

  private async drain(streamArn: string): Promise<void> {
    this.retryAfter.delete(streamArn);
    for (;;) {
      const stream = this.service.state.stream(streamArn);
      if (!stream || this.service.closed) return;
      const { sizeBytes } = bufferingOf(stream);
      const batchId = randomUUID();
      const records = this.service.state.takeBatch(streamArn, batchId, sizeBytes);
      if (records.length === 0) return;
      const taken = records.reduce((n, r) => n + r.data.length, 0);
      this.pendingBytes.set(streamArn, Math.max(0, (this.pendingBytes.get(streamArn) ?? taken) - taken));
      try {
        await deliverBatch(this.service, stream, records);
      } catch (error) {
        // Not delivered: the records go back to the buffer, and the next flush takes them again.
        if (!this.service.closed) this.service.state.releaseBatch(batchId);
        this.retryAfter.set(streamArn, this.service.clock.now() + RETRY_AFTER_FAILURE_MS);
        this.pendingBytes.set(streamArn, (this.pendingBytes.get(streamArn) ?? 0) + taken);
        throw error;
      }
      if (this.service.closed) return;
      this.service.state.finishBatch(batchId);
      // A full buffer again (records came during the delivery) goes out now; a partial one waits for its timer.
      if ((this.pendingBytes.get(streamArn) ?? 0) < sizeBytes) return;
    }
  }
}

/** One batch to the stream's destination; what cannot be delivered goes to the S3 error output or backup. */
export async function deliverBatch(service: FirehoseService, stream: DeliveryStream, records: SourceRecord[]): Promise<void> {
  const destination = stream.destination;
  const context = { stream, now: () => service.clock.now(), lambda: () => service.runtime.optionalApi<LambdaApi>('lambda') };
  switch (destination.kind) {
    case 'ExtendedS3': {
      const s3 = destination.config as S3Destination;
      if (s3.S3BackupMode === 'Enabled' && s3.S3BackupDescription) await backUpSourceRecords(service, stream, s3.S3BackupDescription as S3Destination, records);
      const outcome = await processRecords(context, s3.ProcessingConfiguration, records);
      recordProcessing(service, stream, outcome, s3.CloudWatchLoggingOptions);
      await writeFailedRecords(service, stream, s3, outcome.failed, 'processing-failed');
      await writeRecords(service, stream, s3, outcome.ok);
      return;
    }
    case 'HttpEndpoint': {
      const http = destination.config as HttpEndpointDestination;
      const outcome = await processRecords(context, http.ProcessingConfiguration, records);
      recordProcessing(service, stream, outcome, http.CloudWatchLoggingOptions);
      await writeFailedRecords(service, stream, http.S3Configuration, outcome.failed, 'processing-failed');
      const failed = await deliverToEndpoint(service, stream, http, outcome.ok);
      if (http.S3BackupMode === 'AllData') await writeRecords(service, stream, http.S3Configuration, outcome.ok, 'BackupToS3');
      await writeFailedRecords(service, stream, http.S3Configuration, failed.map((f) => ({ ...f, extra: { EndpointUrl: http.EndpointConfiguration.Url } })), 'http-endpoint-failed');
      return;
    }
    case 'Redshift': {
      // Firehose stages Redshift's records in S3 and then runs COPY; Nimbus stages them and runs no COPY.
      const s3 = destination.config.S3Configuration as S3Destination;
      const outcome = await processRecords(context, destination.config.ProcessingConfiguration, records);
      recordProcessing(service, stream, outcome, destination.config.CloudWatchLoggingOptions);
      await writeFailedRecords(service, stream, s3, outcome.failed, 'processing-failed');
      await writeRecords(service, stream, s3, outcome.ok);
      return;
    }
    default: {
      const s3 = destination.config.S3Configuration as S3Destination | undefined;
      if (!s3) return;
      const now = service.clock.now();
      const failed = records.map((record) => ({
        raw: record.data,
        arrivedAt: record.arrivedAt,
        errorCode: `${destination.kind}.NotServed`,
        errorMessage: `Nimbus does not deliver to ${destination.kind} destinations; the record was written to the S3 backup instead.`,
        attemptsMade: 1,
        attemptEndingTimestamp: now,
      }));
      await writeFailedRecords(service, stream, s3, failed, UNDELIVERED_OUTPUT_TYPE[destination.kind] ?? 'delivery-failed');
    }
  }
}

function recordProcessing(service: FirehoseService, stream: DeliveryStream, outcome: ProcessingOutcome, logging: Firehose.CloudWatchLoggingOptions | undefined): void {
  // Each kind of processing failure is reported to the destination's log stream, as Firehose's error logs show them.
  const reported = new Set<string>();
  for (const failure of outcome.failed) {
    if (reported.has(failure.errorCode)) continue;
    reported.add(failure.errorCode);
    service.logDeliveryError(stream, logging, { destination: failure.lambdaArn ?? stream.arn, errorCode: failure.errorCode, message: failure.errorMessage });
  }
  const { succeeded, failed } = outcome.invocations;
  if (succeeded + failed === 0) return;
  service.metrics.record(stream, 'ExecuteProcessing.Success', succeeded / (succeeded + failed));
  service.metrics.record(stream, 'SucceedProcessing.Records', outcome.ok.length);
  service.metrics.record(stream, 'SucceedProcessing.Bytes', outcome.ok.reduce((n, r) => n + r.data.length, 0));
}
