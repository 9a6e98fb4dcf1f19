import { isoSeconds } from '../../core/clock.js';
import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../core/errors.js';
import type { RequestContext } from '../../core/context.js';
import type { RetryPolicy } from '../../core/delivery.js';
import type { EventsApi, TargetDelivery, TargetFailure } from '../events/api.js';
import type { SqsApi } from '../sqs/api.js';
import { operationInputFromJson, validationException } from '../../protocol/index.js';
import type { SchedulerMetrics } from './metrics.js';
import type { SchedulerService } from './service.js';
import type { ScheduleRow } from './state.js';
import { targetKind } from './targets.js';

/** AWS's defaults when a schedule gives no RetryPolicy: 185 retries within a day. */
export const DEFAULT_RETRY_ATTEMPTS = 185;
export const DEFAULT_EVENT_AGE_SECONDS = 86_400;

/**
 * Scheduler's backoff: doubling from a second up to eight minutes, so the default 185 retries
 * spread over about a day (1 + 2 + ... + 256 s, then 176 × 480 s = 23.6 h). No jitter: tests
 * know when the next attempt comes.
 */
export function backoffMs(attempt: number): number {
  return Math.min(2 ** (attempt - 1), 480) * 1000;
}

/** One run of a schedule: its target, the instant it was scheduled for, and its execution id. */
interface Invocation {
  schedule: ScheduleRow;
  scheduledTime: number;
  executionId: string;
}

/** ISO 8601 to the second, as Scheduler writes times in context attributes and dead-letter attributes. */

/** Target.Input with Scheduler's context attributes filled in for this attempt. */
export function inputFor(invocation: Invocation, attempt: number): string {
  const values: Record<string, string> = {
    'aws.scheduler.schedule-arn': invocation.schedule.arn,
    'aws.scheduler.scheduled-time': isoSeconds(invocation.scheduledTime),
    'aws.scheduler.execution-id': invocation.executionId,
    'aws.scheduler.attempt-number': String(attempt),
  };
  const input = invocation.schedule.definition.Target.Input ?? '{}';
  return input.replace(/<(aws\.scheduler\.[a-z-]+)>/g, (whole, name: string) => values[name] ?? whole);
}

/** Invokes schedules' targets with their retry policies and dead-letter queues, on the clock. */
export class Invoker {
  constructor(
    private readonly service: SchedulerService,
    private readonly metrics: SchedulerMetrics,
  ) {}

  invoke(schedule: ScheduleRow, scheduledTime: number): void {
    const invocation: Invocation = { schedule, scheduledTime, executionId: randomUUID() };
    const target = schedule.definition.Target;
    const policy: RetryPolicy = {
      maxAttempts: (target.RetryPolicy?.MaximumRetryAttempts ?? DEFAULT_RETRY_ATTEMPTS) + 1,
      backoffMs,
      maxAgeMs: (target.RetryPolicy?.MaximumEventAgeInSeconds ?? DEFAULT_EVENT_AGE_SECONDS) * 1000,
    };
    // A failure Scheduler does not retry (a missing target) ends the job at once: Delivery retries
    // whatever rejects, so such a failure resolves the attempt and is handled as giving up.
    let finalFailure: TargetFailure | undefined;
    this.service.runtime.delivery.send({
      description: `scheduler→${target.Arn}`,
      policy,
      attempt: async (attempt) => {
        this.metrics.count(schedule, 'InvocationAttemptCount');
        try {
          await this.deliverOnce(invocation, attempt);
        } catch (error) {
          const failure = asFailure(error);
          this.metrics.count(schedule, 'TargetErrorCount');
          if (failure.errorCode === 'THROTTLING' || /throttl/i.test(failure.errorCode)) this.metrics.count(schedule, 'TargetErrorThrottledCount');
          if (!failure.retryable) {
            finalFailure = failure;
            return;
          }
          throw failure;
        }
      },
      onSuccess: async (attempts) => {
        if (finalFailure) await this.giveUp(invocation, finalFailure, attempts);
      },
      onGiveUp: (error, attempts) => this.giveUp(invocation, asFailure(error), attempts),
    });
  }

  private async deliverOnce(invocation: Invocation, attempt: number): Promise<void> {
    const { schedule } = invocation;
    const target = schedule.definition.Target;
    const input = inputFor(invocation, attempt);
    const kind = targetKind(this.service.runtime, target.Arn);
    if (kind.kind === 'universal') {
      await this.callUniversal(schedule, kind.service, kind.operation, input);
      return;
    }
    const delivery: TargetDelivery = {
      arn: target.Arn,
      input,
      account: schedule.account,
      region: schedule.region,
      roleArn: target.RoleArn,
      sourceArn: schedule.arn,
      sqsParameters: target.SqsParameters,
      kinesisParameters: target.KinesisParameters,
      otherParameters: otherParameters(schedule),
    };
    if (kind.service === 'events') delivery.input = JSON.stringify(eventFor(invocation, input));
    const events = await this.service.runtime.api<EventsApi>('events');
    await events.deliverToTarget(delivery);
  }

  /** A universal target: the service's own operation, called in-process with the model's checks. */
  private async callUniversal(schedule: ScheduleRow, service: string, operation: string, input: string): Promise<void> {
    const runtime = this.service.runtime;
    const provider = await runtime.provider(service);
    const handler = provider?.operations[operation];
    if (!provider || !handler) throw failure('SDK_CLIENT_ERROR', `${operation} is not served by Nimbus's ${service}.`, false);
    const context: RequestContext = {
      requestId: randomUUID(),
      accountId: schedule.account,
      region: schedule.region,
      service,
      operation,
      protocol: 'json',
      host: 'localhost',
      endpoint: runtime.endpoint,
      headers: {},
      runtime,
    };
    const { input: typed, violations } = operationInputFromJson(service, operation, JSON.parse(input) as Record<string, unknown>);
    const enforced = provider.enforcedConstraints;
    const shown = violations.filter((v) => !enforced || enforced.includes(v.kind));
    if (shown.length) throw provider.validationError?.(shown, context) ?? validationException(shown);
    await handler(typed, context);
  }

  /** The retry policy is spent (or the failure is final): the dead-letter queue gets the input, else it is dropped. */
  private async giveUp(invocation: Invocation, failure: TargetFailure, attempts: number): Promise<void> {
    const { schedule } = invocation;
    const dlqArn = schedule.definition.Target.DeadLetterConfig?.Arn;
    if (!dlqArn) {
      this.metrics.count(schedule, 'InvocationDroppedCount');
      return;
    }
    const attribute = (value: string) => ({ DataType: 'String', StringValue: value });
    try {
      const sqs = await this.service.runtime.api<SqsApi>('sqs');
      if (!sqs.queueByArn(dlqArn)) throw new Error(`no queue ${dlqArn}`);
      sqs.deliver(dlqArn, {
        body: inputFor(invocation, attempts),
        attributes: {
          ERROR_CODE: attribute(failure.errorCode),
          ERROR_MESSAGE: attribute(failure.errorMessage),
          EXECUTION_ID: attribute(invocation.executionId),
          SCHEDULE_ARN: attribute(schedule.arn),
          SCHEDULED_TIME: attribute(isoSeconds(invocation.scheduledTime)),
          TARGET_ARN: attribute(schedule.definition.Target.Arn),
        },
      });
      this.metrics.count(schedule, 'InvocationsSentToDeadLetterCount');
    } catch (error) {
      this.service.runtime.log.warn({ schedule: schedule.arn, dlq: dlqArn, err: String(error) }, 'scheduler could not send to its dead-letter queue');
      this.metrics.count(schedule, 'InvocationsFailedToBeSentToDeadLetterCount');
    }
  }
}

/** The event a PutEvents target puts on its bus: Detail is the input, DetailType and Source the schedule's. */
function eventFor(invocation: Invocation, input: string): Record<string, unknown> {
  const { schedule } = invocation;
  const parameters = schedule.definition.Target.EventBridgeParameters!;
  let detail: unknown;
  try {
    detail = JSON.parse(input);
  } catch {
    detail = input;
  }
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': parameters.DetailType,
    source: parameters.Source,
    account: schedule.account,
    time: isoSeconds(invocation.scheduledTime),
    region: schedule.region,
    resources: [schedule.arn],
    detail,
  };
}

function otherParameters(schedule: ScheduleRow): Record<string, unknown> | undefined {
  const { EcsParameters, SageMakerPipelineParameters, EventBridgeParameters } = schedule.definition.Target;
  const other = Object.fromEntries(Object.entries({ EcsParameters, SageMakerPipelineParameters, EventBridgeParameters }).filter(([, v]) => v !== undefined));
  return Object.keys(other).length ? other : undefined;
}

function failure(errorCode: string, errorMessage: string, retryable: boolean): TargetFailure {
  return { errorCode, errorMessage, retryable };
}

/** A TargetFailure from whatever a delivery threw: an AWS error keeps its code; throttling and 5xx are retried. */
function asFailure(error: unknown): TargetFailure {
  if (error && typeof error === 'object' && 'errorCode' in error && 'retryable' in error) return error as TargetFailure;
  if (isAwsError(error)) {
    const retryable = error.status >= 500 || error.status === 429 || /throttl/i.test(error.code);
    return failure(error.code, error.message, retryable);
  }
  return failure('SDK_CLIENT_ERROR', error instanceof Error ? error.message : String(error), true);
}
