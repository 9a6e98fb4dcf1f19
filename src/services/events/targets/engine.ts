import { isoSeconds } from '../../../core/clock.js';
import type { RetryPolicy as DeliveryRetryPolicy } from '../../../core/delivery.js';
import type { Runtime } from '../../../core/runtime.js';
import type * as Events from '../../../generated/events.js';
import type { SqsApi } from '../../sqs/api.js';
import type { TargetDelivery, TargetFailure } from '../api.js';
import { EventMetrics, type EventsMetricName } from '../metrics.js';
import { ApiDestinationInvoker } from './api-destination-invoker.js';
import { ServiceDelivery } from './delivery-to-services.js';
import { asTargetFailure } from './errors.js';
import { renderTargetInput, valueAtPath } from './input-transformer.js';
import { TargetsState, type ConnectionRow, type RecordedDelivery, type RuleKey } from './state.js';

/** A rule as the target side knows it. */
export interface RuleRef {
  account: string;
  region: string;
  busName: string;
  ruleName: string;
  ruleArn: string;
  /** Set for managed rules (`ManagedBy`): their targets change only with Force. */
  managedBy?: string;
}

/** What the target side asks of the bus/rule side. */
export interface EventsDirectory {
  /** A rule by bus and name, or undefined. */
  rule(account: string, region: string, busName: string, ruleName: string): RuleRef | undefined;
  /**
   * Puts an event on a bus (a target that is an event bus, in this or another account or region), as
   * the rule's account would with PutEvents; rejects with a TargetFailure when the bus does not exist
   * or its policy refuses the sender.
   */
  putOnBus(busArn: string, event: Record<string, unknown>, sender: { account: string; region: string; ruleArn: string }): Promise<void> | void;
}

/** EventBridge's defaults: 185 retries over at most 24 hours. */
export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 185;
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 86_400;

/**
 * EventBridge's exponential backoff, without the jitter so tests can count on it: 1 s, 2 s, 4 s...
 * up to 8 minutes between attempts, which spends the default 185 retries in about 24 hours.
 */
export function eventBridgeBackoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 480_000);
}

/** Parameters a target carries that Nimbus only records (for the targets it does not run). */
const RECORDED_PARAMETERS = ['EcsParameters', 'BatchParameters', 'SageMakerPipelineParameters', 'RedshiftDataParameters', 'RunCommandParameters', 'AppSyncParameters'] as const;

export class TargetsEngine {
  readonly state: TargetsState;
  private readonly services: ServiceDelivery;
  private readonly apiDestinations: ApiDestinationInvoker;
  /** AWS/Events counts, gathered per minute of clock time as AWS reports them. */
  private readonly metrics: EventMetrics;

  constructor(
    readonly runtime: Runtime,
    readonly directory: EventsDirectory,
  ) {
    this.state = new TargetsState(runtime.store);
    this.apiDestinations = new ApiDestinationInvoker(runtime, this.state);
    this.metrics = new EventMetrics(runtime);
    this.services = new ServiceDelivery(runtime, this.state, directory, (delivery) => this.apiDestinations.invoke(delivery));
  }

  /** Delivers a matched event (the envelope object) to every target of the rule, each with its own input, retries and DLQ. */
  dispatch(rule: RuleRef, event: Record<string, unknown>, _options: { replayName?: string } = {}): void {
    const targets = this.state.targets(rule);
    this.count(rule, 'TriggeredRules');
    const ingestionTime = isoSeconds(this.runtime.clock.now());
    for (const target of targets) {
      let delivery: TargetDelivery;
      try {
        delivery = this.deliveryFor(rule, target, event, ingestionTime);
      } catch (error) {
        this.runtime.log.warn({ rule: rule.ruleArn, target: target.Id, err: String(error) }, 'target input could not be made');
        continue;
      }
      this.send(rule, target, event, delivery);
    }
  }

  /** How many targets the rule has (DeleteRule refuses while there are any). */
  targetCount(rule: RuleRef): number {
    return this.state.targetCount(rule);
  }

  /** Names of the rules on a bus with a target of this ARN (ListRuleNamesByTarget), in name order. */
  ruleNamesByTarget(account: string, region: string, busName: string, targetArn: string): string[] {
    return this.state.ruleNamesByTarget(account, region, busName, targetArn);
  }

  /** Forget a deleted rule's targets (DeleteRule with Force on a managed rule, DeleteEventBus). */
  forgetRule(rule: RuleRef | RuleKey): void {
    this.state.forgetRule(rule);
  }

  /** EventsApi.deliverToTarget: one delivery, no retries; rejects with a TargetFailure. */
  async deliver(delivery: TargetDelivery): Promise<void> {
    await this.services.deliver(delivery);
  }

  /** What was delivered to targets Nimbus records instead of running (ECS, Step Functions, Batch...), oldest first. */
  recordedDeliveries(filter: { targetArn?: string } = {}): RecordedDelivery[] {
    return this.state.recordedDeliveries(filter);
  }

  /** Fetches an OAuth connection's token now (authorizing it); rejects with why it could not. */
  async checkOAuth(connection: ConnectionRow): Promise<void> {
    await this.apiDestinations.authorize(connection);
  }

  close(): void {
    this.metrics.close();
    this.apiDestinations.close();
  }

  private deliveryFor(rule: RuleRef, target: Events.Target, event: Record<string, unknown>, ingestionTime: string): TargetDelivery {
    const input = renderTargetInput(target, event, { ruleArn: rule.ruleArn, ruleName: rule.ruleName, ingestionTime });
    const eventId = typeof event.id === 'string' ? event.id : undefined;
    const other: Record<string, unknown> = {};
    for (const name of RECORDED_PARAMETERS) if (target[name] !== undefined) other[name] = target[name];
    const http = target.HttpParameters;
    return {
      arn: target.Arn,
      input,
      account: rule.account,
      region: rule.region,
      roleArn: target.RoleArn,
      sourceArn: rule.ruleArn,
      sqsParameters: target.Arn.includes(':sqs:') && target.Arn.endsWith('.fifo')
        ? // A FIFO queue deduplicates on the event's id, so a retried delivery lands once.
          { MessageGroupId: target.SqsParameters?.MessageGroupId, MessageDeduplicationId: eventId }
        : undefined,
      kinesisParameters: target.Arn.includes(':kinesis:')
        ? { PartitionKey: (target.KinesisParameters && valueAtPath(event, target.KinesisParameters.PartitionKeyPath)) ?? eventId }
        : undefined,
      httpParameters: http
        ? {
            // Dynamic values ($.detail.x) are read from the original event, never the transformed input.
            PathParameterValues: http.PathParameterValues?.map((value) => dynamicValue(event, value)),
            HeaderParameters: http.HeaderParameters && mapValues(http.HeaderParameters, (value) => dynamicValue(event, value)),
            QueryStringParameters: http.QueryStringParameters && mapValues(http.QueryStringParameters, (value) => dynamicValue(event, value)),
          }
        : undefined,
      otherParameters: Object.keys(other).length > 0 ? other : undefined,
    };
  }

  private send(rule: RuleRef, target: Events.Target, event: Record<string, unknown>, delivery: TargetDelivery): void {
    const maxRetries = target.RetryPolicy?.MaximumRetryAttempts ?? DEFAULT_MAXIMUM_RETRY_ATTEMPTS;
    const maxAgeSeconds = target.RetryPolicy?.MaximumEventAgeInSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_SECONDS;
    // The target may ask for a longer wait (Retry-After): the more conservative of the two is kept.
    let askedWaitMs = 0;
    const policy: DeliveryRetryPolicy = {
      maxAttempts: maxRetries + 1,
      backoffMs: (attempt) => Math.max(eventBridgeBackoffMs(attempt), askedWaitMs),
      maxAgeMs: maxAgeSeconds * 1000,
    };
    // A failure AWS does not retry (a missing target, no permission) ends the job at once: it goes to the DLQ with no retry condition.
    let permanentFailure: TargetFailure | undefined;
    this.runtime.delivery.send({
      description: `events→${target.Arn}`,
      policy,
      attempt: async () => {
        try {
          await this.services.deliver(delivery);
        } catch (error) {
          const failure = asTargetFailure(error);
          askedWaitMs = (failure as { retryAfterMs?: number }).retryAfterMs ?? 0;
          if (!failure.retryable) {
            permanentFailure = failure;
            return;
          }
          throw failure;
        }
      },
      onSuccess: async (attempts) => {
        if (permanentFailure) {
          await this.failed(rule, target, event, permanentFailure, attempts, undefined);
          return;
        }
        this.count(rule, 'Invocations');
      },
      onGiveUp: async (error, attempts) => {
        const condition = attempts >= policy.maxAttempts ? 'MaximumRetryAttempts' : 'MaximumEventAgeInSeconds';
        await this.failed(rule, target, event, asTargetFailure(error), attempts, condition);
      },
    });
  }

  /** A delivery that failed for good: to the target's dead-letter queue if it has one, counted either way. */
  private async failed(rule: RuleRef, target: Events.Target, event: Record<string, unknown>, failure: TargetFailure, attempts: number, condition: string | undefined): Promise<void> {
    this.count(rule, 'Invocations');
    this.count(rule, 'FailedInvocations');
    const dlqArn = target.DeadLetterConfig?.Arn;
    if (dlqArn) {
      const attributes: Record<string, { DataType: string; StringValue: string }> = {
        RULE_ARN: { DataType: 'String', StringValue: rule.ruleArn },
        TARGET_ARN: { DataType: 'String', StringValue: target.Arn },
        ERROR_CODE: { DataType: 'String', StringValue: failure.errorCode },
        ERROR_MESSAGE: { DataType: 'String', StringValue: failure.errorMessage.slice(0, 1024) },
        RETRY_ATTEMPTS: { DataType: 'String', StringValue: String(Math.max(0, attempts - 1)) },
      };
      if (condition) attributes.EXHAUSTED_RETRY_CONDITION = { DataType: 'String', StringValue: condition };
      try {
        const sqs = await this.runtime.api<SqsApi>('sqs');
        if (!sqs.queueByArn(dlqArn)) throw new Error(`dead-letter queue ${dlqArn} does not exist`);
        sqs.deliver(dlqArn, { body: JSON.stringify(event), attributes });
        this.count(rule, 'InvocationsSentToDlq');
      } catch (error) {
        this.runtime.log.warn({ rule: rule.ruleArn, target: target.Id, dlq: dlqArn, err: String(error) }, 'event could not be sent to its dead-letter queue');
        this.count(rule, 'InvocationsFailedToBeSentToDlq');
      }
    }
  }

  private count(rule: RuleRef, metric: EventsMetricName): void {
    this.metrics.count(rule.account, rule.region, metric, 1, ruleDimensions(rule));
  }
}

/** AWS/Events metrics name the rule alone on the default bus, and with its bus on a custom one. */
function ruleDimensions(rule: RuleRef): Array<{ name: string; value: string }> {
  return rule.busName === 'default'
    ? [{ name: 'RuleName', value: rule.ruleName }]
    : [
        { name: 'EventBusName', value: rule.busName },
        { name: 'RuleName', value: rule.ruleName },
      ];
}

function dynamicValue(event: Record<string, unknown>, value: string): string {
  return value.startsWith('$.') ? (valueAtPath(event, value) ?? '') : value;
}

function mapValues(record: Record<string, string>, fn: (value: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
