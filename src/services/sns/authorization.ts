/**
 * --enforce-iam for SNS: topic operations act on the topic (TopicArn, the topic a SubscriptionArn
 * belongs to, or CreateTopic's Name in the caller's account), PublishBatch is sns:Publish, and a
 * topic's access policy can grant another account. Denials are AuthorizationError, 403.
 */
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { SnsApi } from './api.js';
import { authorizationError } from './errors.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses: accessTable(
      'sns',
      (input, context, operation) => {
        const topic = textOf(input, 'TopicArn') ?? textOf(input, 'TargetArn') ?? textOf(input, 'ResourceArn');
        if (topic) return topic;
        const subscription = textOf(input, 'SubscriptionArn');
        if (subscription) return subscription.split(':').slice(0, 6).join(':');
        const name = textOf(input, 'Name');
        if (name && operation === 'CreateTopic') return resourceArn(context, 'sns', name);
        return textOf(input, 'PlatformApplicationArn') ?? textOf(input, 'EndpointArn');
      },
      { PublishBatch: 'Publish' },
    ),
    async resourceFacts(resource) {
      const sns = await runtime.optionalApi<SnsApi>('sns');
      const topic = sns?.topicForS3?.(resource);
      return topic ? { policy: topic.policy } : undefined;
    },
    factsChangedBy: /^(CreateTopic|DeleteTopic|SetTopicAttributes|AddPermission|RemovePermission)$/,
    accessDenied: (message) => authorizationError(message),
  };
}
