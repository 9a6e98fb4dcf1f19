import { evaluatePolicy } from '../../core/policy.js';
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Sns from '../../generated/sns.js';
import { SIGNING_CERT_PATH } from './addressing.js';
import type { SnsApi } from './api.js';
import { authorizationError, snsValidationError } from './errors.js';
import { Notifier } from './notifier.js';
import { platformOperations, publishDirect } from './platform-applications.js';
import { confirmByEmail, SentMessages } from './sent-messages.js';
import { smsOperations, type MessagingParts } from './sms.js';
import { SnsMessagingState } from './state.js';
import { publishingOperations, publishToTopic } from './publishing.js';
import { SnsService } from './service.js';
import { subscriptionOperations } from './subscriptions.js';
import { topicOperations } from './topics.js';

/** SNS: standard and FIFO topics, subscriptions with filter policies, signed deliveries to SQS, Lambda and HTTP(S). */
export function createProvider(runtime: Runtime): Provider {
  const service = new SnsService(runtime);
  const messagingState = new SnsMessagingState(runtime.store);
  const messaging: MessagingParts = { service, state: messagingState, sent: new SentMessages(messagingState, () => runtime.clock.now()) };
  const notifier = new Notifier(service, messaging);
  const subscriptions = subscriptionOperations(service, notifier);
  const publishing = publishingOperations(service, notifier);
  const operations: Partial<Sns.SnsOperations> = {
    ...topicOperations(service),
    ...subscriptions,
    ...publishing,
    ...smsOperations(messaging),
    ...platformOperations(messaging),
    // A phone number or a platform endpoint is published to directly; a topic as publishing.ts does.
    Publish: (input, context) => publishDirect(messaging, input, context.accountId, context.region) ?? publishing.Publish!(input, context),
    // A new email subscription is sent its confirmation request.
    Subscribe: (input, context) => {
      const result = subscriptions.Subscribe!(input, context);
      confirmByEmail(messaging, input);
      return result;
    },
  };

  const api: SnsApi = {
    sentMessages: (filter) => messaging.sent.list(filter),
    publish(request) {
      const topic = service.requireTopic(request.topicArn);
      // Another account publishes only where the topic's policy lets it.
      if (request.account !== topic.account && !policyAllows(topic.attributes.Policy, { type: 'AWS', account: request.account }, topic.arn)) {
        throw authorizationError(`User: arn:aws:iam::${request.account}:root is not authorized to perform: SNS:Publish on resource: ${topic.arn}`);
      }
      // A service's subject (an alarm's, naming an alarm of up to 255 characters) is cut to SNS's 100.
      const subject = request.subject === undefined ? undefined : request.subject.slice(0, 100);
      const result = publishToTopic(service, notifier, topic, { message: request.message, subject, attributes: request.attributes, traceHeader: request.traceHeader });
      return { messageId: result.MessageId };
    },
    topicForS3(topicArn) {
      const topic = service.state.topic(topicArn);
      if (!topic) return undefined;
      return {
        policy: topic.attributes.Policy,
        publish: ({ subject, body }) => {
          const current = service.state.topic(topicArn);
          if (!current) throw new Error(`topic ${topicArn} is gone`);
          publishToTopic(service, notifier, current, { message: body, subject });
        },
      };
    },
  };

  return {
    operations: operations as Provider['operations'],
    api,
    validationError: (violations) => snsValidationError(violations),
    close: () => service.metrics.close(),
    http: {
      serveHttp(request) {
        if (request.method !== 'GET' || !SIGNING_CERT_PATH.test(request.path)) return undefined;
        if (request.path !== `/${service.signer.certificateFile()}`) return { operation: 'GetSigningCertificate', response: { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' } };
        return { operation: 'GetSigningCertificate', response: { status: 200, headers: { 'content-type': 'application/x-x509-ca-cert' }, body: service.signer.certificatePem() } };
      },
    },
  };
}

function policyAllows(policy: string | undefined, principal: { type: 'AWS'; account: string }, topicArn: string): boolean {
  if (!policy) return false;
  try {
    return evaluatePolicy(policy, { principal, action: 'sns:Publish', resource: topicArn }) === 'Allow';
  } catch {
    return false;
  }
}
