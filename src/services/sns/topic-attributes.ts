import { invalidParameter } from './errors.js';
import type { SubscriptionRow, TopicRow } from './state.js';

/** Attributes SetTopicAttributes accepts (FifoTopic only at creation). */
const SETTABLE = new Set([
  'DeliveryPolicy', 'DisplayName', 'Policy', 'KmsMasterKeyId', 'SignatureVersion', 'TracingConfig', 'ContentBasedDeduplication',
  'ArchivePolicy', 'FifoThroughputScope', 'DataProtectionPolicy',
  ...['Application', 'Firehose', 'HTTP', 'Lambda', 'SQS'].flatMap((p) => [`${p}SuccessFeedbackRoleArn`, `${p}SuccessFeedbackSampleRate`, `${p}FailureFeedbackRoleArn`]),
]);

/** AWS's default HTTP delivery policy, reported as EffectiveDeliveryPolicy. */
export const DEFAULT_DELIVERY_POLICY = {
  http: {
    defaultHealthyRetryPolicy: {
      minDelayTarget: 20,
      maxDelayTarget: 20,
      numRetries: 3,
      numMaxDelayRetries: 0,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      backoffFunction: 'linear',
    },
    disableSubscriptionOverrides: false,
    defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
  },
};

/** The policy a new topic gets: its owner's account may do everything with it. */
export function defaultTopicPolicy(topicArn: string, account: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission',
          'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish',
        ],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': account } },
      },
    ],
  });
}

export const isFifoTopic = (topic: TopicRow): boolean => topic.attributes.FifoTopic === 'true';

const BOOLEAN = /^(true|false)$/i;

/** Checks one attribute a caller sets; answers the value as stored. */
export function checkTopicAttribute(name: string, value: string, fifo: boolean): string {
  if (!SETTABLE.has(name)) throw invalidParameter('AttributeName');
  switch (name) {
    case 'ContentBasedDeduplication':
      if (!BOOLEAN.test(value)) throw invalidParameter('Attributes Reason: ContentBasedDeduplication must be true or false');
      if (!fifo) throw invalidParameter('Attributes Reason: Content based deduplication can only be set for FIFO topics');
      return value.toLowerCase();
    case 'SignatureVersion':
      if (value !== '1' && value !== '2') throw invalidParameter('Attributes Reason: SignatureVersion: Invalid value [' + value + ']. Should be one of [1, 2]');
      return value;
    case 'Policy':
    case 'DeliveryPolicy':
    case 'DataProtectionPolicy':
    case 'ArchivePolicy':
      if (value === '') return value;
      try {
        const parsed = JSON.parse(value) as unknown;
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      } catch {
        throw invalidParameter(`Attributes Reason: ${name}: failed to parse JSON.`);
      }
      return value;
    case 'TracingConfig':
      if (value !== 'Active' && value !== 'PassThrough') throw invalidParameter('Attributes Reason: TracingConfig: Invalid value [' + value + ']. Should be one of [PassThrough, Active]');
      return value;
    default:
      return value;
  }
}

/** What GetTopicAttributes answers: the stored attributes and those SNS computes. */
export function topicAttributesView(topic: TopicRow, subscriptions: SubscriptionRow[]): Record<string, string> {
  const view: Record<string, string> = {
    Policy: defaultTopicPolicy(topic.arn, topic.account),
    Owner: topic.account,
    SubscriptionsPending: String(subscriptions.filter((s) => !s.confirmed).length),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: JSON.stringify(DEFAULT_DELIVERY_POLICY),
    SubscriptionsConfirmed: String(subscriptions.filter((s) => s.confirmed).length),
    DisplayName: '',
    SubscriptionsDeleted: '0',
    ...topic.attributes,
  };
  if (topic.attributes.DeliveryPolicy) view.EffectiveDeliveryPolicy = topic.attributes.DeliveryPolicy;
  if (isFifoTopic(topic)) view.ContentBasedDeduplication ??= 'false';
  return view;
}
