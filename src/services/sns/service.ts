import { arn, parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { invalidParameter, subscriptionNotFound, topicNotFound } from './errors.js';
import { TopicMetrics } from './metrics.js';
import { MessageSigner } from './signing.js';
import { SnsState, type SubscriptionRow, type TopicRow } from './state.js';

/** What every SNS operation group shares: the state, the clock, the signer. */
export class SnsService {
  readonly state: SnsState;
  readonly clock: Runtime['clock'];
  readonly signer: MessageSigner;
  readonly metrics: TopicMetrics;

  constructor(readonly runtime: Runtime) {
    this.state = new SnsState(runtime.store);
    this.clock = runtime.clock;
    this.signer = new MessageSigner(this.state, () => this.clock.now());
    this.signer.prepare();
    this.metrics = new TopicMetrics(runtime);
  }

  topicArn(account: string, region: string, name: string): string {
    return arn({ service: 'sns', region, account, resource: name });
  }

  /** The topic an ARN names: InvalidParameter for what is no topic ARN, NotFound for one that does not exist. */
  requireTopic(topicArn: string, parameter = 'TopicArn'): TopicRow {
    checkArnShape(topicArn, parameter);
    const parsed = parseArn(topicArn);
    if (!parsed || parsed.service !== 'sns' || !parsed.resource || parsed.resource.includes(':')) throw invalidParameter(parameter);
    const topic = this.state.topic(topicArn);
    if (!topic) throw topicNotFound();
    return topic;
  }

  requireSubscription(subscriptionArn: string, parameter = 'SubscriptionArn'): SubscriptionRow {
    checkArnShape(subscriptionArn, parameter);
    const parsed = parseArn(subscriptionArn);
    if (!parsed || parsed.service !== 'sns' || !parsed.resource.includes(':')) throw invalidParameter(parameter);
    const subscription = this.state.subscription(subscriptionArn);
    if (!subscription) throw subscriptionNotFound();
    return subscription;
  }

  /** This Nimbus's URL, as deliveries name it (SigningCertURL, SubscribeURL, UnsubscribeURL). */
  get endpoint(): string {
    return this.runtime.endpoint;
  }

  signingCertUrl(): string {
    return `${this.endpoint}/${this.signer.certificateFile()}`;
  }

  unsubscribeUrl(subscriptionArn: string): string {
    return `${this.endpoint}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`;
  }
}

/** What SNS says of a value that is not an ARN at all. */
export function checkArnShape(value: string, parameter: string): void {
  const elements = value.split(':').length;
  if (elements < 6) throw invalidParameter(`${parameter} Reason: An ARN must have at least 6 elements, not ${elements}`);
}
