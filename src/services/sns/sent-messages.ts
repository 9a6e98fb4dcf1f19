import { randomUUID } from 'node:crypto';
import type { Notifier, PublishedMessage } from './notifier.js';
import { deliverToEndpoint } from './platform-applications.js';
import { deliverSms, type MessagingParts } from './sms.js';
import type { SnsMessagingState, SentMessageRow, SubscriptionRow, TopicRow } from './state.js';

/** How many deliveries are kept: the oldest go first. */
export const SENT_MESSAGES_KEPT = 10_000;

/** One message SNS "sent" where Nimbus cannot reach: an SMS, an email, a push notification. */
export interface SentMessage {
  /** sms, email, email-json or application. */
  protocol: string;
  /** The phone number, the email address, or the platform endpoint ARN. */
  endpoint: string;
  messageId: string;
  subject?: string;
  message: string;
  /** ISO 8601, on the virtual clock. */
  timestamp: string;
  account: string;
  region: string;
  /** Notification or SubscriptionConfirmation (email), Notification or Verification (SMS). */
  type: string;
  topicArn?: string;
  subscriptionArn?: string;
  /** Email confirmations: the URL that confirms the subscription when fetched. */
  subscribeUrl?: string;
  /** Push: the platform (GCM, APNS...) whose entry of the message was chosen. */
  platform?: string;
  /** SMS: Transactional or Promotional; the sender id, if one was set. */
  smsType?: string;
  senderId?: string;
  /** SUCCESS, or FAILURE with the reason AWS's delivery logs give (an opted-out number). */
  status: 'SUCCESS' | 'FAILURE';
  providerResponse?: string;
}

export type SentMessageInput = Omit<SentMessage, 'timestamp' | 'status'> & { status?: SentMessage['status'] };

/** The record of what was sent, kept in the store (a --data-dir restart keeps it), capped at SENT_MESSAGES_KEPT. */
export class SentMessages {
  constructor(
    private readonly state: SnsMessagingState,
    private readonly now: () => number,
  ) {}

  record(input: SentMessageInput): void {
    const { account, region, protocol, endpoint, messageId, subject, message, ...details } = input;
    this.state.recordSent(
      { account, region, protocol, endpoint, messageId, subject, message, sentAt: this.now(), details: { status: 'SUCCESS', ...details } },
      SENT_MESSAGES_KEPT,
    );
  }

  /** What was sent, oldest first, optionally to one protocol and/or one endpoint. */
  list(filter: { protocol?: string; endpoint?: string } = {}): SentMessage[] {
    return this.state.sent(filter.protocol, filter.endpoint).map(toSentMessage);
  }
}

function toSentMessage(row: SentMessageRow): SentMessage {
  return {
    ...(row.details as Partial<SentMessage>),
    protocol: row.protocol,
    endpoint: row.endpoint,
    messageId: row.messageId,
    ...(row.subject !== undefined ? { subject: row.subject } : {}),
    message: row.message,
    timestamp: new Date(row.sentAt).toISOString(),
    account: row.account,
    region: row.region,
  } as SentMessage;
}

/** The footer AWS appends to every email notification. */
function emailFooter(unsubscribeUrl: string): string {
  return (
    '\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n' +
    `${unsubscribeUrl}\n\nPlease do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support`
  );
}

/**
 * A confirmed email, email-json, sms or application subscription's delivery: Nimbus cannot reach
 * the inbox, phone or device, so it records what SNS would send, in the form SNS sends it.
 */
export function recordDelivery(parts: MessagingParts, notifier: Notifier, published: PublishedMessage, subscription: SubscriptionRow): void {
  const { topic } = published;
  const own = (protocol: string): string => published.perProtocol?.[protocol] ?? published.perProtocol?.default ?? published.message;
  const common = { account: topic.account, region: topic.region, endpoint: subscription.endpoint, messageId: published.messageId, topicArn: topic.arn, subscriptionArn: subscription.arn };
  switch (subscription.protocol) {
    case 'email':
      parts.sent.record({
        ...common,
        protocol: 'email',
        subject: published.subject ?? 'AWS Notification Message',
        message: own('email') + emailFooter(parts.service.unsubscribeUrl(subscription.arn)),
        type: 'Notification',
      });
      return;
    case 'email-json':
      parts.sent.record({
        ...common,
        protocol: 'email-json',
        subject: published.subject ?? 'AWS Notification Message',
        message: JSON.stringify(notifier.envelope(published, subscription)),
        type: 'Notification',
      });
      return;
    case 'sms':
      deliverSms(parts, { ...common, phone: subscription.endpoint, message: own('sms') });
      return;
    case 'application':
      deliverToEndpoint(parts, subscription.endpoint, { ...published, topicArn: topic.arn, subscriptionArn: subscription.arn });
      return;
    case 'firehose':
      // The record SNS puts on the delivery stream: the notification JSON, or the message itself when raw.
      parts.sent.record({
        ...common,
        protocol: 'firehose',
        message: subscription.attributes.RawMessageDelivery === 'true' ? own('firehose') : JSON.stringify(notifier.envelope(published, subscription)),
        type: 'Notification',
      });
      return;
  }
}

/** The confirmation request a new email or email-json subscription receives, recorded with its SubscribeURL. */
export function recordEmailConfirmation(parts: MessagingParts, topic: TopicRow, subscription: SubscriptionRow): void {
  if (subscription.confirmed || (subscription.protocol !== 'email' && subscription.protocol !== 'email-json')) return;
  const { service } = parts;
  const subscribeUrl = `${service.endpoint}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topic.arn)}&Token=${subscription.token}`;
  const messageId = randomUUID();
  const subject = 'AWS Notification - Subscription Confirmation';
  let message: string;
  if (subscription.protocol === 'email') {
    message =
      `You have chosen to subscribe to the topic: \n${topic.arn}\n\n` +
      `To confirm this subscription, click or visit the link below (If this was in error no action is necessary):\n${subscribeUrl}\n\n` +
      'Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out';
  } else {
    const body: Record<string, unknown> = {
      Type: 'SubscriptionConfirmation',
      MessageId: messageId,
      Token: subscription.token,
      TopicArn: topic.arn,
      Message: `You have chosen to subscribe to the topic ${topic.arn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
      SubscribeURL: subscribeUrl,
      Timestamp: new Date(service.clock.now()).toISOString(),
      SignatureVersion: topic.attributes.SignatureVersion === '2' ? '2' : '1',
    };
    body.Signature = service.signer.sign(body, body.SignatureVersion as '1' | '2');
    body.SigningCertURL = service.signingCertUrl();
    message = JSON.stringify(body);
  }
  parts.sent.record({
    account: topic.account,
    region: topic.region,
    protocol: subscription.protocol,
    endpoint: subscription.endpoint,
    messageId,
    subject,
    message,
    type: 'SubscriptionConfirmation',
    topicArn: topic.arn,
    subscriptionArn: subscription.arn,
    subscribeUrl,
  });
}

/** After Subscribe: a pending email or email-json subscription is sent (again, as AWS resends) its confirmation request. */
export function confirmByEmail(parts: MessagingParts, input: { TopicArn: string; Protocol: string; Endpoint?: string }): void {
  const protocol = input.Protocol.toLowerCase();
  if (protocol !== 'email' && protocol !== 'email-json') return;
  const topic = parts.service.state.topic(input.TopicArn);
  const subscription = topic && parts.service.state.subscriptionsOf(topic.arn).find((s) => s.protocol === protocol && s.endpoint === (input.Endpoint ?? ''));
  if (topic && subscription) recordEmailConfirmation(parts, topic, subscription);
}
