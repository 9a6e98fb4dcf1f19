import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../../core/errors.js';
import { parseArn, type ParsedArn } from '../../../core/ids.js';
import type { Runtime } from '../../../core/runtime.js';
import type { FirehoseApi } from '../../firehose/api.js';
import type { KinesisApi } from '../../kinesis/api.js';
import type { LambdaApi } from '../../lambda/api.js';
import type { LogsApi } from '../../logs/api.js';
import type { SnsApi } from '../../sns/api.js';
import type { SqsApi } from '../../sqs/api.js';
import type { TargetDelivery } from '../api.js';
import type { EventsDirectory } from './engine.js';
import { asTargetFailure, TargetDeliveryError, targetNotFound } from './errors.js';
import type { TargetsState } from './state.js';

/**
 * One delivery of a payload to one target, by the service its ARN names: no retries (the caller
 * owns its retry policy and dead-letter queue). Rejects with a TargetDeliveryError: a missing
 * resource is RESOURCE_NOT_FOUND and not retried; an error the target's API answers is an
 * SDK_CLIENT_ERROR, retried when it is a throttle or a fault on the target's side.
 */
export class ServiceDelivery {
  constructor(
    private readonly runtime: Runtime,
    private readonly state: TargetsState,
    private readonly directory: EventsDirectory,
    private readonly invokeApiDestination: (delivery: TargetDelivery) => Promise<void>,
  ) {}

  async deliver(delivery: TargetDelivery): Promise<void> {
    const arn = parseArn(delivery.arn);
    if (!arn) throw new TargetDeliveryError('SDK_CLIENT_ERROR', `Target ARN ${delivery.arn} is not valid.`, false);
    try {
      await this.deliverTo(arn, delivery);
    } catch (error) {
      if (error instanceof TargetDeliveryError) throw error;
      const failure = asTargetFailure(error);
      throw new TargetDeliveryError(failure.errorCode, failure.errorMessage, failure.retryable);
    }
  }

  private async deliverTo(arn: ParsedArn, delivery: TargetDelivery): Promise<void> {
    switch (arn.service) {
      case 'lambda':
        return this.toLambda(delivery);
      case 'sqs':
        return this.toQueue(delivery);
      case 'sns':
        return this.toTopic(delivery);
      case 'kinesis':
        return this.toStream(delivery);
      case 'firehose':
        return this.toDeliveryStream(delivery);
      case 'logs':
        return this.toLogGroup(arn, delivery);
      case 'events':
        if (arn.resource.startsWith('event-bus/')) return this.toBus(delivery);
        if (arn.resource.startsWith('api-destination/')) return this.invokeApiDestination(delivery);
        return this.record(delivery);
      default:
        return this.record(delivery);
    }
  }

  private async toLambda(delivery: TargetDelivery): Promise<void> {
    const lambda = await this.runtime.api<LambdaApi>('lambda');
    if (!lambda.functionExists(delivery.arn)) throw targetNotFound(`Function not found: ${delivery.arn}`);
    lambda.invokeAsync({ functionArn: delivery.arn, payload: delivery.input, sourceArn: delivery.sourceArn, sourceAccount: delivery.account });
  }

  private async toQueue(delivery: TargetDelivery): Promise<void> {
    const sqs = await this.runtime.api<SqsApi>('sqs');
    if (!sqs.queueByArn(delivery.arn)) throw targetNotFound(`The specified queue does not exist: ${delivery.arn}`);
    sqs.deliver(delivery.arn, {
      body: delivery.input,
      groupId: delivery.sqsParameters?.MessageGroupId,
      deduplicationId: delivery.sqsParameters?.MessageDeduplicationId,
    });
  }

  private async toTopic(delivery: TargetDelivery): Promise<void> {
    const sns = await this.runtime.optionalApi<SnsApi>('sns');
    if (!sns) return this.record(delivery);
    try {
      await sns.publish({ topicArn: delivery.arn, message: delivery.input, account: delivery.account, region: delivery.region });
    } catch (error) {
      if (isAwsError(error) && error.code === 'NotFoundException') throw targetNotFound(`Topic does not exist: ${delivery.arn}`);
      if (isAwsError(error) && error.code === 'AuthorizationErrorException') throw new TargetDeliveryError('NO_PERMISSIONS', error.message, false);
      throw error;
    }
  }

  private async toStream(delivery: TargetDelivery): Promise<void> {
    const kinesis = await this.runtime.optionalApi<KinesisApi>('kinesis');
    if (!kinesis) return this.record(delivery);
    if (!kinesis.streamExists(delivery.arn)) throw targetNotFound(`Stream ${delivery.arn} not found.`);
    const partitionKey = delivery.kinesisParameters?.PartitionKey ?? randomUUID();
    kinesis.putRecord({ streamArn: delivery.arn, data: Buffer.from(delivery.input), partitionKey });
  }

  private async toDeliveryStream(delivery: TargetDelivery): Promise<void> {
    const firehose = await this.runtime.optionalApi<FirehoseApi>('firehose');
    if (!firehose) return this.record(delivery);
    if (!firehose.deliveryStreamExists(delivery.arn)) throw targetNotFound(`Firehose ${delivery.arn} not found.`);
    // EventBridge writes each event as one record, newline-free as it is: the consumer splits records.
    firehose.putRecord({ deliveryStreamArn: delivery.arn, data: Buffer.from(delivery.input) });
  }

  /**
   * A log group target: one log event a delivery, in a stream named for the event's id. An input
   * of the form {"timestamp": ..., "message": ...} (a log-group InputTransformer) gives both.
   */
  private async toLogGroup(arn: ParsedArn, delivery: TargetDelivery): Promise<void> {
    const logs = await this.runtime.api<LogsApi>('logs');
    const logGroupName = arn.resource.replace(/^log-group:/, '').replace(/:\*$/, '');
    if (!logs.logGroupNames({ account: arn.account, region: arn.region, prefix: logGroupName }).includes(logGroupName)) {
      throw targetNotFound(`The specified log group does not exist: ${logGroupName}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(delivery.input);
    } catch {
      parsed = undefined;
    }
    const record = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    let timestamp = this.runtime.clock.now();
    let message = delivery.input;
    const keys = Object.keys(record);
    if (keys.length === 2 && 'timestamp' in record && 'message' in record) {
      const given = typeof record.timestamp === 'number' ? record.timestamp : Date.parse(String(record.timestamp));
      if (Number.isFinite(given)) timestamp = given;
      message = typeof record.message === 'string' ? record.message : JSON.stringify(record.message);
    } else if (typeof record.time === 'string' && Number.isFinite(Date.parse(record.time))) {
      timestamp = Date.parse(record.time);
    }
    const logStreamName = typeof record.id === 'string' && record.id ? record.id : randomUUID();
    logs.putLogEvents({ account: arn.account, region: arn.region, logGroupName, logStreamName, events: [{ timestamp, message }] });
  }

  private async toBus(delivery: TargetDelivery): Promise<void> {
    let event: unknown;
    try {
      event = JSON.parse(delivery.input);
    } catch {
      event = undefined;
    }
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      throw new TargetDeliveryError('SDK_CLIENT_ERROR', 'The event sent to an event bus must be a JSON object.', false);
    }
    await this.directory.putOnBus(delivery.arn, event as Record<string, unknown>, { account: delivery.account, region: delivery.region, ruleArn: delivery.sourceArn });
  }

  /** Targets Nimbus does not run yet (ECS tasks, state machines, Batch jobs...): kept for the read-only view. */
  private record(delivery: TargetDelivery): void {
    this.state.recordDelivery({
      account: delivery.account,
      region: delivery.region,
      targetArn: delivery.arn,
      sourceArn: delivery.sourceArn,
      input: delivery.input,
      details: { ...(delivery.otherParameters ?? {}), ...(delivery.roleArn ? { RoleArn: delivery.roleArn } : {}) },
      deliveredAt: this.runtime.clock.now(),
    });
  }
}
