import { AwsError } from '../../core/errors.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Sqs from '../../generated/sqs.js';
import { checkAttributeCombination, defaultAttributes } from './attributes.js';
import { invalidParameter, invalidParameterValue, queueDoesNotExist } from './errors.js';
import { queueArn } from './messages.js';
import { validatedAttributes, withoutEmpty } from './queue-attributes.js';
import { queueUrl } from './queue-url.js';
import type { SqsService } from './service.js';
import type { QueueRow } from './state.js';
import { checkTags } from './tags.js';

const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;
/** After DeleteQueue, the name is held this long (AWS: 60 seconds). */
const DELETED_NAME_HOLD_MS = 60_000;
/** PurgeQueue may run once per 60 seconds per queue. */
const PURGE_INTERVAL_MS = 60_000;

/** Creating, finding, listing, deleting and purging queues. */
export function queueOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  const { state, clock } = service;
  return {
    CreateQueue(input, context) {
      const name = input.QueueName;
      const given = (input.Attributes ?? {}) as Record<string, string>;
      const fifo = String(given.FifoQueue ?? '').toLowerCase() === 'true';
      if (fifo ? !FIFO_QUEUE_NAME.test(name) : !QUEUE_NAME.test(name)) {
        throw invalidParameterValue(
          fifo
            ? 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.'
            : 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
        );
      }
      const thisArn = queueArn({ account: context.accountId, region: context.region, name } as QueueRow);
      const requested = validatedAttributes(service, given, fifo, true, thisArn);
      const attributes = withoutEmpty({ ...defaultAttributes(fifo), ...requested });
      if (!fifo) delete attributes.FifoQueue;
      checkAttributeCombination(attributes);
      const existing = state.findQueue(context.accountId, context.region, name);
      if (existing) {
        // Only the attributes this request names must match the queue that exists.
        for (const [key, value] of Object.entries(requested)) {
          if (key === 'FifoQueue' && value === 'false' && existing.attributes.FifoQueue === undefined) continue;
          if ((existing.attributes[key] ?? '') !== value) {
            throw new AwsError('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${key}`, 400);
          }
        }
        return { QueueUrl: queueUrl(context.host, existing.account, existing.name) };
      }
      const deletedAt = state.deletedAt(context.accountId, context.region, name);
      if (deletedAt !== undefined && clock.now() - deletedAt < DELETED_NAME_HOLD_MS) {
        throw new AwsError('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.', 400);
      }
      const tags = input.tags ?? {};
      checkTags(tags);
      const queue = state.createQueue(context.accountId, context.region, name, attributes, tags, clock.now());
      service.metrics.start();
      return { QueueUrl: queueUrl(context.host, queue.account, queue.name) };
    },

    GetQueueUrl(input, context) {
      const account = input.QueueOwnerAWSAccountId ?? context.accountId;
      const queue = state.findQueue(account, context.region, input.QueueName);
      if (!queue) throw queueDoesNotExist(context.protocol);
      return { QueueUrl: queueUrl(context.host, queue.account, queue.name) };
    },

    ListQueues(input, context) {
      const max = input.MaxResults;
      if (max !== undefined && (max < 1 || max > 1000)) {
        throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 1000.');
      }
      const queues = state.listQueues(context.accountId, context.region, input.QueueNamePrefix ?? '');
      const page = pageOfQueues(queues, (q) => q.name, max, input.NextToken);
      return {
        QueueUrls: page.items.length ? page.items.map((q) => queueUrl(context.host, q.account, q.name)) : undefined,
        NextToken: page.nextToken,
      };
    },

    DeleteQueue(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const now = clock.now();
      state.deleteQueue(queue, now, now - DELETED_NAME_HOLD_MS);
      service.waiters.notify(queue.id);
    },

    PurgeQueue(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      if (queue.lastPurgedAt !== null && clock.now() - queue.lastPurgedAt < PURGE_INTERVAL_MS) {
        throw new AwsError('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queue.name} is allowed every 60 seconds.`, 403);
      }
      state.purge(queue, clock.now());
    },

    ListDeadLetterSourceQueues(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const max = input.MaxResults;
      if (max !== undefined && (max < 1 || max > 1000)) throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 1000.');
      const sources = service.deadLetterSources(queueArn(queue)).sort((a, b) => queueArn(a).localeCompare(queueArn(b)));
      const page = pageOfQueues(sources, queueArn, max, input.NextToken);
      return { queueUrls: page.items.map((q) => queueUrl(context.host, q.account, q.name)), NextToken: page.nextToken };
    },
  };
}

/** A page of queues sorted by key; SQS pages only when MaxResults is given (else up to 1000, no token). */
function pageOfQueues(queues: QueueRow[], key: (queue: QueueRow) => string, max: number | undefined, token: string | undefined) {
  const page = pageAfterKey(queues, key, max ?? 1000, token, () => invalidParameterValue('Invalid NextToken value.'));
  return max === undefined ? { items: page.items } : page;
}
