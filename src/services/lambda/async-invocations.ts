import { isAwsError } from '../../core/errors.js';
import { functionArn, type FunctionRef } from './arns.js';
import { sendInvocationRecord, sendToDeadLetter, type InvocationRecord } from './destinations.js';
import type { InvocationResult } from './runtime/environment.js';
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

/** The last thing that happened to an event: an invocation's outcome, or a refusal before the function ran (throttle, 5xx, recursion stop). */
type LastAttempt =
  | { kind: 'invoked'; result: InvocationResult; executedVersion: string; traceHeader?: string }
  | { kind: 'refused'; status: number; message: string };

/**
 * Asynchronous invocation (InvocationType Event): an internal queue on the
 * delivery mechanism. Function errors are retried MaximumRetryAttempts times
 * (1 min, then 2 min later, on the clock); throttles and system errors go back
 * to the queue with backoff until the event is MaximumEventAgeInSeconds old.
 * Then the record goes to the OnSuccess/OnFailure destination and a failed event
 * to the function's DLQ. An invocation stopped by recursive loop detection is
 * not retried: it fails at once.
 */
export class AsyncInvocations {
  constructor(private readonly service: LambdaService) {}

  enqueue(event: AsyncEvent): void {
    const clock = this.service.runtime.clock;
    const createdAt = clock.now();
    let functionErrors = 0;
    let refusals = 0;
    let invocations = 0;
    let lastFailure: 'error' | 'refused' = 'error';
    let last: LastAttempt | undefined;
    const settings = () => this.settings(event.ref);
    const refusalBackoff = () => Math.min(THROTTLE_MAX_MS, THROTTLE_FIRST_MS * 2 ** Math.max(0, refusals - 1));

    this.service.runtime.delivery.send({
      description: `lambda-async:${event.ref.name}:${event.requestId}`,
      policy: {
        maxAttempts: Number.MAX_SAFE_INTEGER,
        backoffMs: () => (lastFailure === 'refused' ? refusalBackoff() : ERROR_BACKOFF_MS[Math.min(functionErrors - 1, ERROR_BACKOFF_MS.length - 1)]),
      },
      attempt: async () => {
        const { retries, maxAgeMs } = settings();
        if (clock.now() - createdAt > maxAgeMs) {
          await this.finish(event, 'EventAgeExceeded', invocations, last);
          return;
        }
        let target;
        try {
          target = this.service.target(event.ref);
        } catch (error) {
          // The function (or its version) is gone: the event is dropped, as on AWS.
          this.service.runtime.log.warn({ err: String(error) }, 'lambda: async event dropped');
          return;
        }
        let outcome;
        try {
          outcome = await this.service.invoker.invoke(target, { payload: event.payload, requestId: event.requestId, mode: 'async', traceHeader: event.traceHeader });
        } catch (error) {
          if (isAwsError(error) && error.code === 'RecursiveInvocationException') {
            last = { kind: 'refused', status: error.status, message: error.message };
            await this.finish(event, 'RetriesExhausted', invocations, last);
            return;
          }
          if (isAwsError(error) && (error.code === 'TooManyRequestsException' || error.status >= 500)) {
            refusals++;
            lastFailure = 'refused';
            last = last?.kind === 'invoked' ? last : { kind: 'refused', status: error.status, message: error.message };
            if (clock.now() + refusalBackoff() - createdAt > maxAgeMs) {
              await this.finish(event, 'EventAgeExceeded', invocations, last);
              return;
            }
          }
          throw error;
        }
        invocations++;
        last = { kind: 'invoked', result: outcome.result, executedVersion: outcome.executedVersion, traceHeader: outcome.traceHeader };
        if (outcome.result.ok) {
          await this.finish(event, 'Success', invocations, last);
          return;
        }
        functionErrors++;
        lastFailure = 'error';
        if (functionErrors > retries) {
          await this.finish(event, 'RetriesExhausted', invocations, last);
          return;
        }
        const wait = ERROR_BACKOFF_MS[Math.min(functionErrors - 1, ERROR_BACKOFF_MS.length - 1)];
        if (clock.now() + wait - createdAt > maxAgeMs) {
          await this.finish(event, 'EventAgeExceeded', invocations, last);
          return;
        }
        throw new Error(`function error: ${outcome.result.errorType ?? 'Unhandled'}`);
      },
    });
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
      record.responseContext = { statusCode: 200, executedVersion: last.executedVersion, ...(last.result.ok ? {} : { functionError: 'Unhandled' }) };
      record.responsePayload = parseJson(last.result.payload);
    }
    // What goes on carries the chain's lineage, so a loop through a destination is seen too.
    const traceHeader = (last?.kind === 'invoked' ? last.traceHeader : undefined) ?? event.traceHeader;
    const destination = condition === 'Success' ? onSuccess : onFailure;
    const sender = { account: doc.account, region: doc.region, functionName: doc.name, traceHeader };
    if (destination) await sendInvocationRecord(this.service, destination, record, sender, (target, enqueued) => this.enqueue({ ...enqueued, ref: target }));
    if (condition !== 'Success') {
      const dlq = (event.ref.qualifier && /^[0-9]+$/.test(event.ref.qualifier) ? doc.versions[event.ref.qualifier]?.config : doc.latest.config)?.deadLetterTargetArn;
      if (dlq) await sendToDeadLetter(this.service, dlq, { payload: event.payload, requestId: event.requestId, ...deadLetterError(last) }, sender);
    }
  }
}

/** The ErrorCode (the invocation's status) and ErrorMessage attributes of a dead-letter message. */
function deadLetterError(last: LastAttempt | undefined): { errorCode: number; errorMessage: string } {
  if (!last) return { errorCode: 200, errorMessage: 'Unhandled' };
  if (last.kind === 'refused') return { errorCode: last.status, errorMessage: last.message };
  const payload = parseJson(last.result.payload) as { errorMessage?: unknown } | undefined;
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
