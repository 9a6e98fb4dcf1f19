import { randomBytes, randomUUID } from 'node:crypto';
import { arn, parseArn } from '../../core/ids.js';
import type * as Sns from '../../generated/sns.js';
import { invalidParameter } from './errors.js';
import { compileFilterPolicy } from './filter-policy.js';
import type { Notifier } from './notifier.js';
import { checkArnShape, type SnsService } from './service.js';
import type { SubscriptionRow } from './state.js';
import { DEFAULT_DELIVERY_POLICY, isFifoTopic } from './topic-attributes.js';
import { afterToken, pageOf, PAGE_SIZE } from './page-tokens.js';

const PROTOCOLS = new Set(['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda', 'firehose']);
const SETTABLE = new Set(['DeliveryPolicy', 'FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'SubscriptionRoleArn', 'ReplayPolicy']);
/** Protocols whose endpoints confirm a subscription themselves; the others are confirmed at once. */
const NEEDS_CONFIRMATION = new Set(['http', 'https', 'email', 'email-json']);

/** Subscribe, confirmation, Unsubscribe, subscription attributes and listings. */
export function subscriptionOperations(service: SnsService, notifier: Notifier): Partial<Sns.SnsOperations> {
  const { state } = service;
  return {
    Subscribe(input, context) {
      const topic = service.requireTopic(input.TopicArn);
      const protocol = input.Protocol.toLowerCase();
      if (!PROTOCOLS.has(protocol)) throw invalidParameter(`Amazon SNS does not support this protocol string: ${input.Protocol}`);
      const endpoint = input.Endpoint ?? '';
      checkEndpoint(protocol, endpoint);
      if (isFifoTopic(topic) && protocol !== 'sqs') throw invalidParameter(`Invalid protocol type: ${protocol}`);
      if (!isFifoTopic(topic) && protocol === 'sqs' && endpoint.endsWith('.fifo')) {
        throw invalidParameter('Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics');
      }
      const attributes: Record<string, string> = {};
      for (const [name, value] of Object.entries(input.Attributes ?? {})) attributes[name] = checkSubscriptionAttribute(name, value, protocol);
      if (protocol === 'firehose' && !attributes.SubscriptionRoleArn) throw invalidParameter('Attributes Reason: SubscriptionRoleArn is required for firehose protocol');

      const existing = state.subscriptionsOf(topic.arn).find((s) => s.protocol === protocol && s.endpoint === endpoint);
      if (existing) {
        for (const [name, value] of Object.entries(attributes)) {
          if ((existing.attributes[name] ?? '') !== value) throw invalidParameter('Attributes Reason: Subscription already exists with different attributes');
        }
        return { SubscriptionArn: existing.confirmed || input.ReturnSubscriptionArn ? existing.arn : 'pending confirmation' };
      }
      const pending = NEEDS_CONFIRMATION.has(protocol);
      const row: SubscriptionRow = {
        arn: `${topic.arn}:${randomUUID()}`,
        topicArn: topic.arn,
        account: context.accountId,
        region: context.region,
        owner: context.accountId,
        protocol,
        endpoint,
        attributes,
        confirmed: !pending,
        token: pending ? randomBytes(64).toString('hex') : null,
        createdAt: service.clock.now(),
      };
      state.insertSubscription(row);
      if (pending && (protocol === 'http' || protocol === 'https')) notifier.sendConfirmation(topic, row);
      return { SubscriptionArn: pending && !input.ReturnSubscriptionArn ? 'pending confirmation' : row.arn };
    },

    ConfirmSubscription(input) {
      const topic = service.requireTopic(input.TopicArn);
      const subscription = state.subscriptionsOf(topic.arn).find((s) => s.token !== null && s.token === input.Token);
      if (!subscription) throw invalidParameter('Token');
      if (!subscription.confirmed) state.confirmSubscription(subscription.arn);
      return { SubscriptionArn: subscription.arn };
    },

    Unsubscribe(input) {
      checkArnShape(input.SubscriptionArn, 'SubscriptionArn');
      const parsed = parseArn(input.SubscriptionArn);
      if (!parsed || parsed.service !== 'sns' || !parsed.resource.includes(':')) throw invalidParameter('SubscriptionArn');
      state.deleteSubscription(input.SubscriptionArn);
    },

    GetSubscriptionAttributes(input) {
      const subscription = service.requireSubscription(input.SubscriptionArn);
      return { Attributes: subscriptionAttributesView(subscription) };
    },

    SetSubscriptionAttributes(input) {
      const subscription = service.requireSubscription(input.SubscriptionArn);
      const value = checkSubscriptionAttribute(input.AttributeName, input.AttributeValue ?? '', subscription.protocol);
      const attributes = { ...subscription.attributes, [input.AttributeName]: value };
      if (value === '') delete attributes[input.AttributeName];
      state.setSubscriptionAttributes(subscription.arn, attributes);
    },

    ListSubscriptions(input, context) {
      const page = pageOf(state.subscriptionsAfter(context.accountId, context.region, afterToken(input.NextToken), PAGE_SIZE + 1));
      return { Subscriptions: page.rows.map(listed), NextToken: page.nextToken };
    },

    ListSubscriptionsByTopic(input) {
      const topic = service.requireTopic(input.TopicArn);
      const page = pageOf(state.subscriptionsOfTopicAfter(topic.arn, afterToken(input.NextToken), PAGE_SIZE + 1));
      return { Subscriptions: page.rows.map(listed), NextToken: page.nextToken };
    },
  };
}

function listed(s: SubscriptionRow): Sns.Subscription {
  return { SubscriptionArn: s.confirmed ? s.arn : 'PendingConfirmation', Owner: s.owner, Protocol: s.protocol, Endpoint: s.endpoint, TopicArn: s.topicArn };
}

function checkEndpoint(protocol: string, endpoint: string): void {
  const parsed = parseArn(endpoint);
  switch (protocol) {
    case 'sqs':
      if (parsed?.service !== 'sqs' || !parsed.resource) throw invalidParameter('SQS endpoint ARN');
      return;
    case 'lambda':
      if (parsed?.service !== 'lambda' || !parsed.resource.startsWith('function:')) throw invalidParameter('Lambda endpoint ARN');
      return;
    case 'firehose':
      if (parsed?.service !== 'firehose') throw invalidParameter('Firehose endpoint ARN');
      return;
    case 'application':
      if (parsed?.service !== 'sns' || !parsed.resource.startsWith('endpoint/')) throw invalidParameter('Application endpoint ARN');
      return;
    case 'http':
    case 'https':
      if (!endpoint.toLowerCase().startsWith(`${protocol}://`)) throw invalidParameter('Endpoint must match the specified protocol');
      try {
        new URL(endpoint);
      } catch {
        throw invalidParameter('Endpoint must match the specified protocol');
      }
      return;
    case 'email':
    case 'email-json':
      if (!/^[^@\s]+@[^@\s]+$/.test(endpoint)) throw invalidParameter('Email address');
      return;
    case 'sms':
      if (!/^\+?[0-9]{1,15}$/.test(endpoint.replace(/[\s()-]/g, ''))) throw invalidParameter(`SMS endpoint ${endpoint}`);
      return;
  }
}

const BOOLEAN = /^(true|false)$/i;

/** Checks one subscription attribute; answers the value as stored. */
export function checkSubscriptionAttribute(name: string, value: string, protocol: string): string {
  if (!SETTABLE.has(name)) throw invalidParameter('AttributeName');
  switch (name) {
    case 'RawMessageDelivery':
      if (!BOOLEAN.test(value)) throw invalidParameter('Attributes Reason: RawMessageDelivery: Invalid value [' + value + ']. Must be true or false.');
      if (!['sqs', 'http', 'https', 'firehose'].includes(protocol)) throw invalidParameter(`Delivery protocol [${protocol}] does not support raw message delivery.`);
      return value.toLowerCase();
    case 'FilterPolicy':
      if (value !== '') compileFilterPolicy(value);
      return value;
    case 'FilterPolicyScope':
      if (value !== 'MessageAttributes' && value !== 'MessageBody') {
        throw invalidParameter('Attributes Reason: FilterPolicyScope: Invalid value [' + value + ']. Please use either MessageBody or MessageAttributes');
      }
      return value;
    case 'RedrivePolicy': {
      if (value === '') return value;
      let target: unknown;
      try {
        target = (JSON.parse(value) as { deadLetterTargetArn?: unknown }).deadLetterTargetArn;
      } catch {
        throw invalidParameter('RedrivePolicy: failed to parse JSON.');
      }
      if (typeof target !== 'string' || parseArn(target)?.service !== 'sqs') throw invalidParameter('RedrivePolicy: deadLetterTargetArn is an invalid arn');
      return value;
    }
    case 'DeliveryPolicy':
      if (value === '') return value;
      try {
        JSON.parse(value);
      } catch {
        throw invalidParameter('DeliveryPolicy: failed to parse JSON.');
      }
      return value;
    default:
      return value;
  }
}

/** What GetSubscriptionAttributes answers. */
function subscriptionAttributesView(s: SubscriptionRow): Record<string, string> {
  const view: Record<string, string> = {
    Owner: s.owner,
    RawMessageDelivery: 'false',
    TopicArn: s.topicArn,
    Endpoint: s.endpoint,
    Protocol: s.protocol,
    PendingConfirmation: s.confirmed ? 'false' : 'true',
    ConfirmationWasAuthenticated: s.confirmed ? 'true' : 'false',
    SubscriptionArn: s.arn,
    SubscriptionPrincipal: arn({ service: 'iam', region: '', account: s.owner, resource: 'root', partitionRegion: s.region }),
    ...s.attributes,
  };
  if (s.attributes.FilterPolicy) view.FilterPolicyScope ??= 'MessageAttributes';
  if (s.protocol === 'http' || s.protocol === 'https') view.EffectiveDeliveryPolicy = s.attributes.DeliveryPolicy ?? JSON.stringify(DEFAULT_DELIVERY_POLICY.http);
  return view;
}

