import { randomUUID } from 'node:crypto';
import type { RetryPolicy } from '../../core/delivery.js';
import { evaluatePolicy } from '../../core/policy.js';
import type { FirehoseApi } from '../firehose/api.js';
import type { LambdaApi } from '../lambda/api.js';
import type { SqsApi, SqsDelivery } from '../sqs/api.js';
import { FilterPolicies, FilterSubject } from './filter-policy.js';
import { envelopeAttributes, type MessageAttributes } from './message-attributes.js';
import type { FilteredOutReason } from './metrics.js';
import { recordDelivery } from './sent-messages.js';
import type { SnsService } from './service.js';
import type { MessagingParts } from './sms.js';
import type { SubscriptionRow, TopicRow } from './state.js';
import { DEFAULT_DELIVERY_POLICY } from './topic-attributes.js';

/** One published message, as every subscription's delivery reads it. */
export interface PublishedMessage {
  messageId: string;
  topic: TopicRow;
  /** The message, or with MessageStructure json, the message for each protocol ("default" required). */
  message: string;
  perProtocol?: Record<string, string>;
  subject?: string;
  attributes: MessageAttributes;
  timestamp: number;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
  /** The publisher's X-Ray header, handed on to SQS (AWSTraceHeader) and Lambda subscribers. */
  traceHeader?: string;
}

/**
 * SQS and Lambda deliveries retry as SNS does for AWS-managed endpoints: 3 tries at once, 2 a second
 * apart, then 10 backing off from 1 s to 20 s. (AWS goes on 20 s apart for 23 days; Nimbus stops
 * after these 15 and hands the message to the dead-letter queue, so a broken endpoint costs minutes, not a timer for weeks.)
 */
const MANAGED_RETRY: RetryPolicy = {
  maxAttempts: 15,
  backoffMs: (attempt) => (attempt < 3 ? 0 : attempt < 5 ? 1000 : Math.min(20_000, 1000 * 2 ** ((attempt - 5) / 2))),
};

/** Protocols whose endpoints Nimbus cannot reach: their deliveries are recorded instead. */
// Firehose deliveries are recorded too (the view users already read), and also put on the delivery stream.
const RECORDED_PROTOCOLS = new Set(['email', 'email-json', 'sms', 'application', 'firehose']);

/** Hands a published message to each subscription it passes the filter of, by protocol. */
export class Notifier {
  private readonly filters = new FilterPolicies();

  /** `messaging` records what email, SMS and push subscriptions "receive" (sent-messages.ts). */
  constructor(
    private readonly service: SnsService,
    private readonly messaging?: MessagingParts,
  ) {}

  fanOut(published: PublishedMessage): void {
    const subject = new FilterSubject(published.perProtocol?.default ?? published.message, published.attributes);
    for (const subscription of this.service.state.subscriptionsOf(published.topic.arn)) {
      if (!subscription.confirmed) continue;
      if (!this.filters.matches(subscription.attributes.FilterPolicy, subscription.attributes.FilterPolicyScope, subject)) {
        this.service.metrics.filteredOut(published.topic, filteredOutReason(subscription.attributes.FilterPolicyScope, published, subject));
        continue;
      }
      this.deliver(published, subscription);
    }
  }

  /** The message a protocol receives: its own entry of a json-structured message, else the default. */
  private messageFor(published: PublishedMessage, protocol: string): string {
    if (!published.perProtocol) return published.message;
    return published.perProtocol[protocol] ?? published.perProtocol.default!;
  }

  /** The notification JSON SNS sends to SQS, HTTP(S) and email-json endpoints, signed. */
  envelope(published: PublishedMessage, subscription: SubscriptionRow): Record<string, unknown> {
    const version = published.topic.attributes.SignatureVersion === '2' ? '2' : '1';
    const body: Record<string, unknown> = {
      Type: 'Notification',
      MessageId: published.messageId,
      ...(published.sequenceNumber ? { SequenceNumber: published.sequenceNumber } : {}),
      TopicArn: published.topic.arn,
      ...(published.subject !== undefined ? { Subject: published.subject } : {}),
      Message: this.messageFor(published, subscription.protocol),
      Timestamp: new Date(published.timestamp).toISOString(),
      SignatureVersion: version,
    };
    body.Signature = this.service.signer.sign(body, version);
    body.SigningCertURL = this.service.signingCertUrl();
    body.UnsubscribeURL = this.service.unsubscribeUrl(subscription.arn);
    const attributes = envelopeAttributes(published.attributes);
    if (attributes) body.MessageAttributes = attributes;
    return body;
  }

  private deliver(published: PublishedMessage, subscription: SubscriptionRow): void {
    const { runtime } = this.service;
    const description = `sns→${subscription.protocol}:${subscription.endpoint}`;
    if (subscription.protocol === 'sqs') {
      runtime.delivery.send({
        description,
        policy: MANAGED_RETRY,
        attempt: async () => this.toQueue(published, subscription),
        onSuccess: () => this.service.metrics.delivered(published.topic),
        onGiveUp: () => this.toDeadLetterQueue(published, subscription),
      });
    } else if (subscription.protocol === 'lambda') {
      runtime.delivery.send({
        description,
        policy: MANAGED_RETRY,
        attempt: async () => {
          const lambda = await runtime.optionalApi<LambdaApi>('lambda');
          if (!lambda) throw new Error('Nimbus serves no Lambda');
          // SNS invokes as its service principal: the function's resource policy must let this topic do it.
          const fn = lambda.functionForS3(subscription.endpoint);
          if (!fn) throw new Error(`no function ${subscription.endpoint}`);
          if (!servicePrincipalAllowed(fn.policy, 'lambda:InvokeFunction', subscription.endpoint, published.topic)) {
            throw new Error(`the policy of ${subscription.endpoint} does not let ${published.topic.arn} invoke it`);
          }
          lambda.invokeAsync({
            functionArn: subscription.endpoint,
            payload: JSON.stringify(this.lambdaEvent(published, subscription)),
            sourceArn: published.topic.arn,
            sourceAccount: published.topic.account,
            traceHeader: published.traceHeader,
          });
        },
        onSuccess: () => this.service.metrics.delivered(published.topic),
        onGiveUp: () => this.toDeadLetterQueue(published, subscription),
      });
    } else if (subscription.protocol === 'http' || subscription.protocol === 'https') {
      const raw = subscription.attributes.RawMessageDelivery === 'true';
      const body = raw ? this.messageFor(published, subscription.protocol) : JSON.stringify(this.envelope(published, subscription));
      const deliveryPolicy = subscription.attributes.DeliveryPolicy ?? published.topic.attributes.DeliveryPolicy;
      const contentType = headerContentType(deliveryPolicy);
      runtime.delivery.send({
        description,
        policy: httpRetry(deliveryPolicy),
        attempt: () => this.post(subscription, 'Notification', published.messageId, body, raw, contentType),
        onSuccess: () => this.service.metrics.delivered(published.topic),
        onGiveUp: () => this.toDeadLetterQueue(published, subscription),
      });
    } else if (this.messaging && RECORDED_PROTOCOLS.has(subscription.protocol)) {
      recordDelivery(this.messaging, this, published, subscription);
      if (subscription.protocol === 'firehose') return this.toFirehose(published, subscription, description);
      this.service.metrics.delivered(published.topic);
    }
  }

  /** A record on the delivery stream: the notification JSON, or the message itself when raw. */
  private toFirehose(published: PublishedMessage, subscription: SubscriptionRow, description: string): void {
    const raw = subscription.attributes.RawMessageDelivery === 'true';
    const data = Buffer.from(raw ? this.messageFor(published, 'firehose') : JSON.stringify(this.envelope(published, subscription)));
    this.service.runtime.delivery.send({
      description,
      policy: MANAGED_RETRY,
      attempt: async () => {
        const firehose = await this.service.runtime.optionalApi<FirehoseApi>('firehose');
        if (!firehose) throw new Error('Nimbus serves no Firehose');
        firehose.putRecord({ deliveryStreamArn: subscription.endpoint, data });
      },
      onSuccess: () => this.service.metrics.delivered(published.topic),
      onGiveUp: () => this.toDeadLetterQueue(published, subscription),
    });
  }

  private async sqs(): Promise<SqsApi> {
    return this.service.runtime.api<SqsApi>('sqs');
  }

  private async toQueue(published: PublishedMessage, subscription: SubscriptionRow): Promise<void> {
    const sqs = await this.sqs();
    const queue = sqs.queueByArn(subscription.endpoint);
    if (!queue) throw new Error(`no queue ${subscription.endpoint}`);
    // SNS sends as its service principal: the queue's policy must let this topic send.
    if (!servicePrincipalAllowed(queue.policy, 'sqs:SendMessage', queue.arn, published.topic)) throw new Error(`the policy of ${queue.arn} does not let ${published.topic.arn} send`);
    const delivery: SqsDelivery = { body: '', senderId: 'AIDAIT2UOQQY3AUEKVGXU', traceHeader: published.traceHeader };
    if (subscription.attributes.RawMessageDelivery === 'true') {
      delivery.body = this.messageFor(published, 'sqs');
      const attributes: NonNullable<SqsDelivery['attributes']> = {};
      for (const [name, a] of Object.entries(published.attributes)) {
        attributes[name] = a.BinaryValue ? { DataType: a.DataType, BinaryValue: Buffer.from(a.BinaryValue) } : { DataType: a.DataType, StringValue: a.StringValue };
      }
      if (Object.keys(attributes).length) delivery.attributes = attributes;
    } else {
      delivery.body = JSON.stringify(this.envelope(published, subscription));
    }
    if (queue.fifo) {
      delivery.groupId = published.groupId ?? published.topic.name;
      delivery.deduplicationId = published.deduplicationId ?? published.messageId;
    }
    sqs.deliver(queue.arn, delivery);
  }

  /** What failed every attempt goes to the subscription's dead-letter queue, if it has one. */
  private async toDeadLetterQueue(published: PublishedMessage, subscription: SubscriptionRow): Promise<void> {
    this.service.metrics.failed(published.topic);
    const policy = subscription.attributes.RedrivePolicy;
    if (!policy) return;
    const target = (JSON.parse(policy) as { deadLetterTargetArn?: string }).deadLetterTargetArn;
    if (!target) return;
    const sqs = await this.sqs();
    const queue = sqs.queueByArn(target);
    if (!queue) return this.service.metrics.redrivenToDeadLetterQueue(published.topic, false);
    sqs.deliver(queue.arn, {
      body: JSON.stringify(this.envelope(published, subscription)),
      senderId: 'AIDAIT2UOQQY3AUEKVGXU',
      ...(queue.fifo ? { groupId: published.groupId ?? published.topic.name, deduplicationId: published.deduplicationId ?? published.messageId } : {}),
    });
    this.service.metrics.redrivenToDeadLetterQueue(published.topic, true);
  }

  /** The event a Lambda subscriber receives. */
  lambdaEvent(published: PublishedMessage, subscription: SubscriptionRow): Record<string, unknown> {
    const envelope = this.envelope(published, subscription);
    return {
      Records: [
        {
          EventSource: 'aws:sns',
          EventVersion: '1.0',
          EventSubscriptionArn: subscription.arn,
          Sns: {
            Type: envelope.Type,
            MessageId: envelope.MessageId,
            TopicArn: envelope.TopicArn,
            Subject: published.subject ?? null,
            Message: envelope.Message,
            Timestamp: envelope.Timestamp,
            SignatureVersion: envelope.SignatureVersion,
            Signature: envelope.Signature,
            SigningCertUrl: envelope.SigningCertURL,
            UnsubscribeUrl: envelope.UnsubscribeURL,
            MessageAttributes: envelope.MessageAttributes ?? {},
          },
        },
      ],
    };
  }

  /** Posts a SubscriptionConfirmation to a new HTTP(S) subscription's endpoint. */
  sendConfirmation(topic: TopicRow, subscription: SubscriptionRow): void {
    const subscribeUrl = `${this.service.endpoint}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topic.arn)}&Token=${subscription.token}`;
    const message: Record<string, unknown> = {
      Type: 'SubscriptionConfirmation',
      MessageId: randomUUID(),
      Token: subscription.token,
      TopicArn: topic.arn,
      Message: `You have chosen to subscribe to the topic ${topic.arn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
      SubscribeURL: subscribeUrl,
      Timestamp: new Date(this.service.clock.now()).toISOString(),
      SignatureVersion: topic.attributes.SignatureVersion === '2' ? '2' : '1',
    };
    message.Signature = this.service.signer.sign(message, message.SignatureVersion as '1' | '2');
    message.SigningCertURL = this.service.signingCertUrl();
    const body = JSON.stringify(message);
    this.service.runtime.delivery.send({
      description: `sns→${subscription.protocol}:${subscription.endpoint} (confirmation)`,
      policy: httpRetry(topic.attributes.DeliveryPolicy),
      attempt: () => this.post(subscription, 'SubscriptionConfirmation', message.MessageId as string, body, false),
    });
  }

  /** One HTTP(S) POST with AWS's headers; a status outside 2xx is a failed attempt. */
  private async post(subscription: SubscriptionRow, type: string, messageId: string, body: string, raw: boolean, contentType = DEFAULT_CONTENT_TYPE): Promise<void> {
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-amz-sns-message-type': type,
      'x-amz-sns-message-id': messageId,
      'x-amz-sns-topic-arn': subscription.topicArn,
      'user-agent': 'Amazon Simple Notification Service Agent',
    };
    if (type !== 'SubscriptionConfirmation') headers['x-amz-sns-subscription-arn'] = subscription.arn;
    if (raw) headers['x-amz-sns-rawdelivery'] = 'true';
    const response = await fetch(subscription.endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(15_000) });
    // What the endpoint answers is not read: a hostile one could stream without end.
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status > 299) throw new Error(`${subscription.endpoint} answered ${response.status}`);
  }
}

/** Which AWS/SNS FilteredOut metric a message a filter policy turned away counts under. */
function filteredOutReason(scope: string | undefined, published: PublishedMessage, subject: FilterSubject): FilteredOutReason {
  if (scope === 'MessageBody') return subject.body() === undefined ? 'InvalidMessageBody' : 'MessageBody';
  return Object.keys(published.attributes).length ? 'MessageAttributes' : 'NoMessageAttributes';
}

/** Whether a destination's resource policy lets SNS, publishing for this topic, act on it. */
function servicePrincipalAllowed(policy: string | undefined, action: string, resource: string, topic: TopicRow): boolean {
  if (!policy) return false;
  try {
    const context = { 'aws:SourceArn': topic.arn, 'aws:SourceAccount': topic.account };
    return evaluatePolicy(policy, { principal: { type: 'Service', service: 'sns.amazonaws.com' }, action, resource, context }) === 'Allow';
  } catch {
    return false;
  }
}

const DEFAULT_CONTENT_TYPE = DEFAULT_DELIVERY_POLICY.http.defaultRequestPolicy.headerContentType;

/** The Content-Type a delivery policy asks for (requestPolicy on a subscription, defaultRequestPolicy on a topic). */
function headerContentType(policyText: string | undefined): string {
  if (!policyText) return DEFAULT_CONTENT_TYPE;
  try {
    const parsed = JSON.parse(policyText) as { requestPolicy?: { headerContentType?: unknown }; http?: { defaultRequestPolicy?: { headerContentType?: unknown } } };
    const chosen = parsed.requestPolicy?.headerContentType ?? parsed.http?.defaultRequestPolicy?.headerContentType;
    // Only a plain media type goes into a header.
    return typeof chosen === 'string' && /^[\x20-\x7e]{1,200}$/.test(chosen) ? chosen : DEFAULT_CONTENT_TYPE;
  } catch {
    return DEFAULT_CONTENT_TYPE;
  }
}

/** The retry rule of an HTTP(S) delivery policy: 1 try plus numRetries, minDelayTarget seconds apart (linear). */
function httpRetry(policyText: string | undefined): RetryPolicy {
  let retry = DEFAULT_DELIVERY_POLICY.http.defaultHealthyRetryPolicy as { numRetries: number; minDelayTarget: number; maxDelayTarget: number };
  if (policyText) {
    try {
      const parsed = JSON.parse(policyText) as { http?: { defaultHealthyRetryPolicy?: typeof retry }; healthyRetryPolicy?: typeof retry };
      retry = { ...retry, ...(parsed.healthyRetryPolicy ?? parsed.http?.defaultHealthyRetryPolicy ?? {}) };
    } catch {
      // validated when set
    }
  }
  const numRetries = Math.min(Math.max(0, Number(retry.numRetries) || 0), 100);
  const min = Math.max(1, Number(retry.minDelayTarget) || 20);
  const max = Math.max(min, Number(retry.maxDelayTarget) || min);
  return { maxAttempts: numRetries + 1, backoffMs: (attempt) => Math.min(max, min + (max - min) * ((attempt - 1) / Math.max(1, numRetries))) * 1000 };
}
