import type { SentMessage } from './sent-messages.js';

export type { SentMessage };

/**
 * What other services may ask of SNS, through `runtime.optionalApi<SnsApi>('sns')` while
 * Nimbus does not serve SNS yet (then `runtime.api<SnsApi>('sns')`): publishing to a topic,
 * as CloudWatch alarm actions do. The SNS service implements this contract when it lands.
 */

/** A message published to a topic on a service's behalf (CloudWatch: the alarm's JSON message). */
export interface SnsPublishRequest {
  topicArn: string;
  message: string;
  /** The Subject of email deliveries and of the notification JSON; up to 100 characters. */
  subject?: string;
  /** Message attributes, as Publish takes them (Lambda's dead-letter events carry RequestID, ErrorCode, ErrorMessage). */
  attributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Buffer }>;
  /** The publisher's account and region: the caller the topic's access policy is checked against. */
  account: string;
  region: string;
  /** The publisher's X-Ray header (Lambda's destinations pass their function's on, for recursive loop detection). */
  traceHeader?: string;
}

export interface SnsApi {
  /**
   * What SNS "sent" where Nimbus cannot reach (SMS, email, email-json, mobile push), oldest first, the
   * last 10,000 kept; optionally to one protocol and/or one endpoint (phone number, address, endpoint ARN).
   * Optional only so that test doubles of SnsApi need not carry it: the SNS service always implements it.
   */
  sentMessages?(filter: { protocol?: string; endpoint?: string }): SentMessage[];
  /** Publishes as Publish does; throws AwsError (NotFound, AuthorizationError) as Publish would. Answers the MessageId. */
  publish(request: SnsPublishRequest): { messageId: string } | Promise<{ messageId: string }>;
  /**
   * A topic as S3 event notifications see it: its access policy (S3 checks that it lets
   * s3.amazonaws.com publish from the bucket) and a way to publish as S3; undefined when there is none.
   * Optional until the SNS service implements it: S3 reads its absence as "no such topic".
   */
  topicForS3?(topicArn: string): { policy?: string; publish(message: { subject: string; body: string }): void | Promise<void> } | undefined;
}
