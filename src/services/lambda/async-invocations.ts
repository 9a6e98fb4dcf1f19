import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type { SqsApi } from '../sqs/api.js';
import type { S3Api } from '../s3/api.js';
import type { SnsApi, SnsPublishRequest } from '../sns/api.js';
import { functionArn, parseFunctionName, type FunctionRef } from './arns.js';
import type { InvocationResult } from './runtime/environment.js';
import { invalidParameter } from './errors.js';
import type { LambdaService } from './service.js';

/** AWS's defaults for asynchronous invocation. */
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_AGE_SECONDS = 21_600;
/** Function errors are retried one minute, then two minutes later. */
const ERROR_BACKOFF_MS = [60_000, 120_000];
/** Throttles and system errors back off from 1 s up to 5 minutes, for as long as the event may live. */
const THROTTLE_FIRST_MS = 1_000;
const THROTTLE_MAX_MS = 300_000;

export interface AsyncEvent {
  ref: FunctionRef;
  payload: Buffer;
  requestId: string;
}

type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';

/**
 * Asynchronous invocation (InvocationType Event): an internal queue on the
 * delivery mechanism. Function errors are retried MaximumRetryAttempts times
 * (1 min, then 2 min later, on the clock); throttles go back to the queue with
 * backoff until the event is MaximumEventAgeInSeconds old. Then the record goes
 * to the OnSuccess/OnFailure destination and a failed event to the function's DLQ.
 */
export class AsyncInvocations {
  constructor(private readonly service: LambdaService) {}

  enqueue(event: AsyncEvent): void {
    const clock = this.service.runtime.clock;
    const createdAt = clock.now();
    let functionErrors = 0;
    let throttles = 0;
    let invocations = 0;
    let lastFailure: 'error' | 'throttle' = 'error';
    let last: { result: InvocationResult; executedVersion: string } | undefined;
    const settings = () => this.settings(event.ref);

    this.service.runtime.delivery.send({
      description: `lambda-async:${event.ref.name}:${event.requestId}`,
      policy: {
        maxAttempts: Number.MAX_SAFE_INTEGER,
        backoffMs: () => {
          if (lastFailure === 'throttle') return Math.min(THROTTLE_MAX_MS, THROTTLE_FIRST_MS * 2 ** Math.max(0, throttles - 1));
          return ERROR_BACKOFF_MS[Math.min(functionErrors - 1, ERROR_BACKOFF_MS.length - 1)];
        },
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
          outcome = await this.service.invoker.invoke(target, { payload: event.payload, requestId: event.requestId, mode: 'async' });
        } catch (error) {
          if (isAwsError(error) && (error.code === 'TooManyRequestsException' || error.status >= 500)) {
            throttles++;
            lastFailure = 'throttle';
            const wait = Math.min(THROTTLE_MAX_MS, THROTTLE_FIRST_MS * 2 ** Math.max(0, throttles - 1));
            if (clock.now() + wait - createdAt > maxAgeMs) {
              await this.finish(event, 'EventAgeExceeded', invocations, last);
              return;
            }
            throw error;
          }
          throw error;
        }
        invocations++;
        last = { result: outcome.result, executedVersion: outcome.executedVersion };
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

  private async finish(event: AsyncEvent, condition: Condition, invocations: number, last: { result: InvocationResult; executedVersion: string } | undefined): Promise<void> {
    const { onSuccess, onFailure } = this.settings(event.ref);
    const doc = this.service.state.getFunction(event.ref.account, event.ref.region, event.ref.name);
    if (!doc) return;
    const qualifier = event.ref.qualifier ?? '$LATEST';
    const record: Record<string, unknown> = {
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
    if (last) {
      record.responseContext = { statusCode: 200, executedVersion: last.executedVersion, ...(last.result.ok ? {} : { functionError: 'Unhandled' }) };
      record.responsePayload = parseJson(last.result.payload);
    }
    const destination = condition === 'Success' ? onSuccess : onFailure;
    if (destination) await this.sendRecord(destination, record, doc.account, doc.region, doc.name);
    if (condition !== 'Success') {
      const dlq = (event.ref.qualifier && /^[0-9]+$/.test(event.ref.qualifier) ? doc.versions[event.ref.qualifier]?.config : doc.latest.config)?.deadLetterTargetArn;
      if (dlq) await this.sendToDeadLetter(dlq, event, last?.result);
    }
  }

  /** An invocation record to an SQS queue, an S3 bucket (on failure), a function (invoked asynchronously), or an SNS topic / EventBridge bus once they exist. */
  private async sendRecord(destination: string, record: Record<string, unknown>, account: string, region: string, functionName: string): Promise<void> {
    const parsed = parseArn(destination);
    const body = JSON.stringify(record);
    try {
      switch (parsed?.service) {
        case 's3': {
          // One object a record: aws/lambda/async/<function>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<uuid>, written as the function's account.
          const s3 = await this.service.runtime.api<S3Api>('s3');
          const stamp = new Date(this.service.runtime.clock.now()).toISOString();
          const day = stamp.slice(0, 10).replaceAll('-', '/');
          const key = `aws/lambda/async/${functionName}/${day}/${stamp.slice(0, 19).replaceAll(':', '.')}-${randomUUID()}`;
          await s3.putObject({ account, region, bucket: parsed.resource, key, body: Buffer.from(body), contentType: 'application/json' });
          return;
        }
        case 'sqs': {
          const sqs = await this.service.runtime.api<SqsApi>('sqs');
          sqs.deliver(destination, { body, senderId: `AROA${account}:lambda` });
          return;
        }
        case 'lambda': {
          const ref = parseFunctionName(destination, { accountId: account, region });
          this.enqueue({ ref, payload: Buffer.from(body), requestId: randomUUID() });
          return;
        }
        default:
          await this.otherDestination(parsed?.service ?? 'unknown', destination, body, account, region);
      }
    } catch (error) {
      this.service.runtime.log.warn({ err: String(error), destination }, 'lambda: destination delivery failed');
    }
  }

  /** The dead-letter queue gets the event itself, with RequestID, ErrorCode and ErrorMessage attributes. */
  private async sendToDeadLetter(target: string, event: AsyncEvent, result: InvocationResult | undefined): Promise<void> {
    const parsed = parseArn(target);
    let message = '';
    if (result) {
      const payload = parseJson(result.payload) as { errorMessage?: string } | undefined;
      message = typeof payload?.errorMessage === 'string' ? payload.errorMessage : '';
    }
    const deadLetterAttributes = {
      RequestID: { DataType: 'String', StringValue: event.requestId },
      ErrorCode: { DataType: 'Number', StringValue: '200' },
      ErrorMessage: { DataType: 'String', StringValue: message || 'Unhandled' },
    };
    try {
      if (parsed?.service === 'sqs') {
        const sqs = await this.service.runtime.api<SqsApi>('sqs');
        sqs.deliver(target, { body: event.payload.toString('utf8'), attributes: deadLetterAttributes });
        return;
      }
      await this.otherDestination(parsed?.service ?? 'unknown', target, event.payload.toString('utf8'), event.ref.account, event.ref.region, deadLetterAttributes);
    } catch (error) {
      this.service.runtime.log.warn({ err: String(error), target }, 'lambda: dead-letter delivery failed');
    }
  }

  /** SNS topics through SNS's contract once Nimbus serves SNS; EventBridge buses once it serves EventBridge (it has no contract yet). */
  private async otherDestination(service: string, arnText: string, body: string, account: string, region: string, attributes?: SnsPublishRequest['attributes']): Promise<void> {
    if (service === 'sns') {
      const sns = await this.service.runtime.optionalApi<SnsApi>('sns');
      if (sns) {
        await sns.publish({ topicArn: arnText, message: body, account, region, attributes });
        return;
      }
    }
    throw invalidParameter(`Nimbus cannot deliver to ${arnText} yet: ${service} is not available.`);
  }
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
