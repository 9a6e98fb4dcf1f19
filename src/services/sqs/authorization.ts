/**
 * --enforce-iam for SQS: every queue operation acts on the queue its QueueUrl (or QueueName, or
 * SourceArn) names; batches need the single action's permission; a queue's own policy can grant
 * another account. Denials are AccessDenied (query) or AccessDeniedException with the query code (JSON).
 */
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { SqsApi } from './api.js';
import { parseQueueUrl } from './queue-url.js';

const ACTIONS: Record<string, string> = {
  SendMessageBatch: 'SendMessage',
  DeleteMessageBatch: 'DeleteMessage',
  ChangeMessageVisibilityBatch: 'ChangeMessageVisibility',
};

function queueArn(input: Record<string, unknown>, context: RequestContext): string | undefined {
  const url = textOf(input, 'QueueUrl');
  if (url) {
    try {
      const address = parseQueueUrl(url);
      return resourceArn(context, 'sqs', address.name, address.account ?? context.accountId);
    } catch {
      return undefined;
    }
  }
  const name = textOf(input, 'QueueName');
  if (name) return resourceArn(context, 'sqs', name, textOf(input, 'QueueOwnerAWSAccountId') ?? context.accountId);
  return textOf(input, 'SourceArn');
}

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses: accessTable('sqs', queueArn, ACTIONS),
    async resourceFacts(resource) {
      const sqs = (runtime.startedProvider('sqs')?.api as SqsApi | undefined) ?? (await runtime.optionalApi<SqsApi>('sqs'));
      const queue = sqs?.queueByArn(resource);
      return queue ? { policy: queue.policy } : undefined;
    },
    factsChangedBy: /^(CreateQueue|DeleteQueue|SetQueueAttributes|AddPermission|RemovePermission|TagQueue|UntagQueue)$/,
    accessDenied(message, context) {
      if (context.protocol === 'query') return new AwsError('AccessDenied', message, 403);
      return new AwsError('AccessDeniedException', message, 403, { queryCode: 'AccessDenied' });
    },
  };
}
