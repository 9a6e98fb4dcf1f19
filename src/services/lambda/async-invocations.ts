import { isAwsError } from '../../core/errors.js';
import { functionArn, type FunctionRef } from './arns.js';
import { sendInvocationRecord, sendToDeadLetter, type InvocationRecord } from './destinations.js';
import { AsyncEventStore, type LastAttempt, type StoredAsyncEvent } from './async-event-store.js';
import type { LambdaService } from './service.js';

/** AWS's defaults for asynchronous invocation. */
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_AGE_SECONDS = 21_600;
/** Function errors are retried one minute, then two minutes later. */
const ERROR_BACKOFF_MS = [60_000, 120_000];
/** Throttles and system errors back off from 1 s up to 5 minutes, for as long as the event may live (6 hours at most). */
const THROTTLE_FIRST_MS = 1_000;
const THROTTLE_MAX_MS = 300_000;

export interface AsyncEvent {
  ref: FunctionRef;
  payload: Buffer;
  requestId: string;
  /** The X-Ray header the event came with (Invoke's X-Amzn-Trace-Id, SNS's, a destination's): its Lineage counts for recursive loop detection. */
  traceHeader?: string;
}

type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';

/**
 * Asynchronous invocation (InvocationType Event): Lambda's internal queue, kept in
 * the store (async-event-store.ts) and run on the clock. Function errors are retried
 * MaximumRetryAttempts times (1 min, then 2 min later); throttles and system errors
 * go back to the queue with backoff until the event is MaximumEventAgeInSeconds old.
 * Then the record goes to the OnSuccess/OnFailure destination and a failed event
 * to the function's DLQ. An invocation stopped by recursive loop detection is
 * not retried: it fails at once.
 */
export class AsyncInvocations {
  private readonly queue: AsyncEventStore;
  /** Events being attempted now: a second timer for one must not start a second attempt. */
  private readonly running = new Set<number>();

  constructor(private readonly service: LambdaService) {
    this.queue = new AsyncEventStore(service.runtime.store);
    // Events a previous run left waiting (a retry, a throttled event) run when their time comes.
    for (const waiting of this.queue.all()) this.schedule(waiting.id, waiting.dueAt);
  }

  enqueue(event: AsyncEvent): void {
    const now = this.service.runtime.clock.now();
    const id = this.queue.add({
      account: event.ref.account,
      region: event.ref.region,
      functionName: event.ref.name,
      qualifier: event.ref.qualifier,
      requestId: event.requestId,
      payload: event.payload,
      traceHeader: event.traceHeader,
      createdAt: now,
      dueAt: now,
      progress: { functionErrors: 0, refusals: 0, invocations: 0 },
    });
    this.metric(event.ref, 'AsyncEventsReceived');
    this.schedule(id, now);
  }

  /** One of asynchronous invocation's AWS/Lambda metrics, for the function (version, alias) the event names. */
  private metric(ref: FunctionRef, name: string, value?: number, unit?: 'Count' | 'Milliseconds'): void {
    let target;
    try {
      target = this.service.target(ref);
    } catch {
      return;
    }
    this.service.metrics.asyncEvent(target, name, value, unit);
  }

  private schedule(id: number, dueAt: number): void {
    const run = () => {
      void this.attempt(id).catch((error: unknown) => this.service.runtime.log.error({ err: String(error), event: id }, 'lambda: async attempt failed'));
    };
    const clock = this.service.runtime.clock;
    if (dueAt <= clock.now()) queueMicrotask(run);
    else clock.at(dueAt, run);
  }

  private async attempt(id: number): Promise<void> {
    if (this.running.has(id)) return;
    const stored = this.queue.get(id);
    if (!stored) return;
    this.running.add(id);
    try {
      await this.attemptStored(stored);
    } finally {
      this.running.delete(id);
    }
  }

  private async attemptStored(stored: StoredAsyncEvent): Promise<void> {
    const clock = this.service.runtime.clock;
    const event: AsyncEvent = {
      ref: { account: stored.account, region: stored.region, name: stored.functionName, qualifier: stored.qualifier },
      payload: stored.payload,
      requestId: stored.requestId,
      traceHeader: stored.traceHeader,
    };
    const progress = stored.progress;
    const { retries, maxAgeMs } = this.settings(event.ref);
    const done = async (condition: Condition): Promise<void> => {
      if (condition !== 'Success') this.metric(event.ref, 'AsyncEventsDropped');
      // The event leaves the queue once its record and dead letter are sent: a crash before sends them again, never loses them.
      await this.finish(event, condition, progress.invocations, progress.last);
      this.queue.remove(stored.id);
    };
    const retryAfter = async (waitMs: number): Promise<void> => {
      // An event that would be older than its maximum age at its next attempt is given up now.
      if (clock.now() + waitMs - stored.createdAt > maxAgeMs) return done('EventAgeExceeded');
      this.queue.reschedule(stored.id, clock.now() + waitMs, progress);
      this.schedule(stored.id, clock.now() + waitMs);
    };
    if (clock.now() - stored.createdAt > maxAgeMs) return done('EventAgeExceeded');
    let target;
    try {
      target = this.service.target(event.ref);
    } catch (error) {
      // The function (or its version) is gone: the event is dropped, as on AWS.
      this.queue.remove(stored.id);
      this.service.runtime.log.warn({ err: String(error), function: event.ref.name }, 'lambda: async event dropped');
      return;
    }
    this.service.metrics.asyncEvent(target, 'AsyncEventAge', clock.now() - stored.createdAt, 'Milliseconds');
    let outcome;
    try {
      outcome = await this.service.invoker.invoke(target, { payload: event.payload, requestId: event.requestId, mode: 'async', traceHeader: event.traceHeader });
    } catch (error) {
      if (isAwsError(error) && error.code === 'RecursiveInvocationException') {
        progress.last = { kind: 'refused', status: error.status, message: error.message };
        return done('RetriesExhausted');
      }
      if (isAwsError(error) && (error.code === 'TooManyRequestsException' || error.status >= 500)) {
        progress.refusals++;
        if (progress.last?.kind !== 'invoked') progress.last = { kind: 'refused', status: error.status, message: error.message };
        return retryAfter(Math.min(THROTTLE_MAX_MS, THROTTLE_FIRST_MS * 2 ** (progress.refusals - 1)));
      }
      // Anything else (the runtime cannot start here, a container image) fails the attempt as a function error does.
      progress.invocations++;
      progress.functionErrors++;
      const errorType = isAwsError(error) ? error.code : 'Error';
      const errorMessage = isAwsError(error) ? error.message : String(error);
      progress.last = { kind: 'invoked', ok: false, payload: JSON.stringify({ errorType, errorMessage }), executedVersion: target.executedVersion };
      if (progress.functionErrors > retries) return done('RetriesExhausted');
      return retryAfter(ERROR_BACKOFF_MS[Math.min(progress.functionErrors - 1, ERROR_BACKOFF_MS.length - 1)]);
    }
    progress.invocations++;
    progress.last = { kind: 'invoked', ok: outcome.result.ok, payload: outcome.result.payload.toString('utf8'), executedVersion: outcome.executedVersion, traceHeader: outcome.traceHeader };
    if (outcome.result.ok) return done('Success');
    progress.functionErrors++;
    if (progress.functionErrors > retries) return done('RetriesExhausted');
    return retryAfter(ERROR_BACKOFF_MS[Math.min(progress.functionErrors - 1, ERROR_BACKOFF_MS.length - 1)]);
  }

  /** MaximumRetryAttempts and MaximumEventAgeInSeconds from the event invoke config of the qualifier. */
  private settings(ref: FunctionRef): { retries: number; maxAgeMs: number; onSuccess?: string; onFailure?: string } {
    const doc = this.service.state.getFunction(ref.account, ref.region, ref.name);
    const config = doc?.eventInvokeConfigs[eventConfigKey(ref.qualifier)];
    return {
      retries: config?.maximumRetryAttempts ?? DEFAULT_RETRIES,
      maxAgeMs: (config?.maximumEventAgeInSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000,
      onSuccess: config?.onSuccess,
      onFailure: config?.onFailure,
    };
  }

  private async finish(event: AsyncEvent, condition: Condition, invocations: number, last: LastAttempt | undefined): Promise<void> {
    const { onSuccess, onFailure } = this.settings(event.ref);
    const doc = this.service.state.getFunction(event.ref.account, event.ref.region, event.ref.name);
    if (!doc) return;
    const qualifier = event.ref.qualifier || '$LATEST';
    const record: InvocationRecord = {
      version: '1.0',
      timestamp: new Date(this.service.runtime.clock.now()).toISOString(),
      requestContext: {
        requestId: event.requestId,
        functionArn: functionArn(doc, qualifier),
        condition,
        approximateInvokeCount: invocations,
      },
      requestPayload: parseJson(event.payload),
    };
    if (last?.kind === 'invoked') {
      record.responseContext = { statusCode: 200, executedVersion: last.executedVersion, ...(last.ok ? {} : { functionError: 'Unhandled' }) };
      record.responsePayload = parseJson(Buffer.from(last.payload));
    }
    // What goes on carries the chain's lineage, so a loop through a destination is seen too.
    const traceHeader = (last?.kind === 'invoked' ? last.traceHeader : undefined) ?? event.traceHeader;
    const destination = condition === 'Success' ? onSuccess : onFailure;
    const version = event.ref.qualifier && /^[0-9]+$/.test(event.ref.qualifier) ? doc.versions[event.ref.qualifier] : undefined;
    const sender = { account: doc.account, region: doc.region, functionName: doc.name, roleArn: (version ?? doc.latest).config.role, traceHeader };
    if (destination) {
      const delivered = await sendInvocationRecord(this.service, destination, record, sender, (target, enqueued) => this.enqueue({ ...enqueued, ref: target }));
      if (!delivered) this.metric(event.ref, 'DestinationDeliveryFailures');
    }
    if (condition !== 'Success') {
      const dlq = (version ?? doc.latest).config.deadLetterTargetArn;
      if (dlq && !(await sendToDeadLetter(this.service, dlq, { payload: event.payload, requestId: event.requestId, ...deadLetterError(last) }, sender))) {
        this.metric(event.ref, 'DeadLetterErrors');
      }
    }
  }
}

/** The ErrorCode (the invocation's status) and ErrorMessage attributes of a dead-letter message. */
function deadLetterError(last: LastAttempt | undefined): { errorCode: number; errorMessage: string } {
  if (!last) return { errorCode: 200, errorMessage: 'Unhandled' };
  if (last.kind === 'refused') return { errorCode: last.status, errorMessage: last.message };
  const payload = parseJson(Buffer.from(last.payload)) as { errorMessage?: unknown } | undefined;
  const message = payload && typeof payload === 'object' && typeof payload.errorMessage === 'string' ? payload.errorMessage : '';
  return { errorCode: 200, errorMessage: message || 'Unhandled' };
}

/** Event invoke configs are kept per qualifier; the unqualified function is $LATEST. */
export function eventConfigKey(qualifier: string | undefined): string {
  return qualifier === undefined || qualifier === '' ? '$LATEST' : qualifier;
}

function parseJson(payload: Buffer): unknown {
  const text = payload.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
