import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Sqs from '../../generated/sqs.js';
import type { Violation } from '../../protocol/validate.js';
import type { SqsApi, SqsQueueMetrics } from './api.js';
import { ALL_ATTRIBUTE_NAMES, checkAttributeCombination, checkAttributes, defaultAttributes } from './attributes.js';
import { checkBatch, runEntries } from './batch.js';
import { invalidParameter, invalidParameterValue, missingParameter, queueDoesNotExist, unknownAttribute } from './errors.js';
import { LongPollWaiters } from './long-poll.js';
import type { MessageAttribute } from './message-digest.js';
import { isFifo, Messages, queueArn } from './messages.js';
import { encodeTaskHandle, MoveTasks } from './move-tasks.js';
import { addPermission, removePermission } from './permissions.js';
import { parseQueueUrl, queueUrl } from './queue-url.js';
import { checkRedriveAllowPolicy, checkRedrivePolicy, redriveAllowPolicyOf, redrivePolicyOf } from './redrive.js';
import { SqsState, type QueueRow } from './state.js';

type Operations = Partial<Sqs.SqsOperations>;

const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;
/** After DeleteQueue, the name is held this long (AWS: 60 seconds). */
const DELETED_NAME_HOLD_MS = 60_000;
/** PurgeQueue may run once per 60 seconds per queue. */
const PURGE_INTERVAL_MS = 60_000;
const MAX_TAGS = 50;
const MAX_BATCH_BYTES = 1_048_576;

export function createProvider(runtime: Runtime): Provider {
  const state = new SqsState(runtime.store);
  const clock = runtime.clock;
  const waiters = new LongPollWaiters(clock);
  const recentlyDeleted = new Map<string, number>();

  function queueByArn(arnText: string): QueueRow | undefined {
    const parsed = parseArn(arnText);
    if (!parsed || parsed.service !== 'sqs') return undefined;
    return state.findQueue(parsed.account, parsed.region, parsed.resource);
  }

  /** Queues whose RedrivePolicy names this ARN as their dead-letter queue. */
  function deadLetterSources(targetArn: string): QueueRow[] {
    return state.allQueues().filter((q) => redrivePolicyOf(q.attributes)?.deadLetterTargetArn === targetArn);
  }

  const messages = new Messages(state, clock, waiters, queueByArn);
  const moveTasks = new MoveTasks(state, clock, messages, queueByArn, (arnText) => deadLetterSources(arnText).length > 0);

  function requireQueue(context: RequestContext, url: string | undefined): QueueRow {
    if (!url) throw missingParameter('QueueUrl');
    const address = parseQueueUrl(url);
    const queue = state.findQueue(address.account, context.region, address.name);
    if (!queue) throw queueDoesNotExist();
    messages.expire(queue);
    return queue;
  }

  function computedAttributes(queue: QueueRow): Record<string, string> {
    const counts = state.counts(queue, clock.now());
    return {
      ApproximateNumberOfMessages: String(counts.visible),
      ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
      ApproximateNumberOfMessagesDelayed: String(counts.delayed),
      CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
      LastModifiedTimestamp: String(Math.floor(queue.modifiedAt / 1000)),
      QueueArn: queueArn(queue),
    };
  }

  /** Attribute values checked one by one, then the ones that need other queues or each other. */
  function validatedAttributes(given: Record<string, string>, fifo: boolean, creating: boolean, arnOfQueue: string): Record<string, string> {
    const checked = checkAttributes(given, fifo, creating);
    if (checked.RedrivePolicy !== undefined) {
      checked.RedrivePolicy = checkRedrivePolicy(checked.RedrivePolicy, { arn: arnOfQueue, fifo }, (target) => {
        const queue = queueByArn(target);
        return queue ? { arn: target, fifo: isFifo(queue), allowPolicy: redriveAllowPolicyOf(queue.attributes) } : undefined;
      });
    }
    if (checked.RedriveAllowPolicy !== undefined) checked.RedriveAllowPolicy = checkRedriveAllowPolicy(checked.RedriveAllowPolicy);
    // A customer-managed KMS key replaces SQS-managed encryption.
    if (checked.KmsMasterKeyId && checked.SqsManagedSseEnabled === undefined) checked.SqsManagedSseEnabled = 'false';
    return checked;
  }

  function withoutEmpty(attributes: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(attributes)) if (value !== '') out[key] = value;
    return out;
  }

  function checkTags(tags: Record<string, string>, existing: Record<string, string> = {}): void {
    for (const [key, value] of Object.entries(tags)) {
      if (key.length < 1 || key.length > 128) throw invalidParameterValue(`Tag keys must be between 1 and 128 characters in length.`);
      if (value.length > 256) throw invalidParameterValue(`Tag values must be less than 256 characters in length.`);
      if (key.toLowerCase().startsWith('aws:')) throw invalidParameterValue(`Tag keys must not start with the aws: prefix.`);
    }
    if (Object.keys({ ...existing, ...tags }).length > MAX_TAGS) {
      throw invalidParameterValue(`Too many tags added for queue. Tag limit is ${MAX_TAGS}.`);
    }
  }

  function receiveOptions(queue: QueueRow, input: Sqs.ReceiveMessageRequest) {
    const max = input.MaxNumberOfMessages ?? 1;
    if (max < 1 || max > 10) throw invalidParameter('MaxNumberOfMessages', max, 'Must be between 1 and 10, if provided.');
    const waitSeconds = input.WaitTimeSeconds ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds);
    if (waitSeconds < 0 || waitSeconds > 20) throw invalidParameter('WaitTimeSeconds', waitSeconds, 'Must be >= 0 and <= 20, if provided.');
    const visibility = input.VisibilityTimeout ?? Number(queue.attributes.VisibilityTimeout);
    if (visibility < 0 || visibility > 43200) throw invalidParameter('VisibilityTimeout', visibility, 'Must be >= 0 and <= 43200, if provided.');
    const attemptId = input.ReceiveRequestAttemptId;
    if (attemptId !== undefined && (attemptId.length > 128 || !/^[\x21-\x7e]*$/.test(attemptId))) {
      throw invalidParameter('ReceiveRequestAttemptId', attemptId, 'ReceiveRequestAttemptId can only include alphanumeric and punctuation characters. 1 to 128 in length.');
    }
    return {
      maxMessages: max,
      waitSeconds,
      visibilityTimeoutSeconds: visibility,
      systemAttributeNames: [...((input.AttributeNames ?? []) as string[]), ...(input.MessageSystemAttributeNames ?? [])],
      messageAttributeNames: input.MessageAttributeNames ?? [],
      receiveRequestAttemptId: attemptId,
    };
  }

  const operations: Operations = {
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
      const requested = validatedAttributes(given, fifo, true, thisArn);
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
      const deletedAt = recentlyDeleted.get(thisArn);
      if (deletedAt !== undefined && clock.now() - deletedAt < DELETED_NAME_HOLD_MS) {
        throw new AwsError('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.', 400);
      }
      const tags = input.tags ?? {};
      checkTags(tags);
      const queue = state.createQueue(context.accountId, context.region, name, attributes, tags, clock.now());
      return { QueueUrl: queueUrl(context.host, queue.account, queue.name) };
    },

    GetQueueUrl(input, context) {
      const account = input.QueueOwnerAWSAccountId ?? context.accountId;
      const queue = state.findQueue(account, context.region, input.QueueName);
      if (!queue) throw queueDoesNotExist();
      return { QueueUrl: queueUrl(context.host, queue.account, queue.name) };
    },

    ListQueues(input, context) {
      const max = input.MaxResults;
      if (max !== undefined && (max < 1 || max > 1000)) {
        throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 1000.');
      }
      let queues = state.listQueues(context.accountId, context.region, input.QueueNamePrefix ?? '');
      if (input.NextToken) {
        const after = decodeToken(input.NextToken);
        queues = queues.filter((q) => q.name > after);
      }
      const limit = max ?? 1000;
      const page = queues.slice(0, limit);
      const more = max !== undefined && queues.length > limit;
      return {
        QueueUrls: page.length ? page.map((q) => queueUrl(context.host, q.account, q.name)) : undefined,
        NextToken: more ? encodeToken(page[page.length - 1].name) : undefined,
      };
    },

    DeleteQueue(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      state.deleteQueue(queue);
      recentlyDeleted.set(queueArn(queue), clock.now());
      waiters.notify(queue.id);
    },

    GetQueueAttributes(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const requested = (input.AttributeNames ?? []) as string[];
      for (const name of requested) if (name !== 'All' && !ALL_ATTRIBUTE_NAMES.includes(name)) throw unknownAttribute(name);
      if (!requested.length) return {};
      const all: Record<string, string> = { ...queue.attributes, ...computedAttributes(queue) };
      const wanted = requested.includes('All') ? Object.keys(all) : requested;
      const attributes: Record<string, string> = {};
      for (const name of wanted) if (all[name] !== undefined) attributes[name] = all[name];
      return { Attributes: Object.keys(attributes).length ? attributes : undefined };
    },

    SetQueueAttributes(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const changes = validatedAttributes(input.Attributes as Record<string, string>, isFifo(queue), false, queueArn(queue));
      const attributes = withoutEmpty({ ...queue.attributes, ...changes });
      checkAttributeCombination(attributes);
      state.setAttributes(queue, attributes, clock.now());
    },

    PurgeQueue(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      if (queue.lastPurgedAt !== null && clock.now() - queue.lastPurgedAt < PURGE_INTERVAL_MS) {
        throw new AwsError('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queue.name} is allowed every 60 seconds.`, 403);
      }
      state.purge(queue, clock.now());
    },

    TagQueue(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      checkTags(input.Tags, queue.tags);
      state.setTags(queue, { ...queue.tags, ...input.Tags });
    },

    UntagQueue(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const tags = { ...queue.tags };
      for (const key of input.TagKeys) delete tags[key];
      state.setTags(queue, tags);
    },

    ListQueueTags(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      return { Tags: Object.keys(queue.tags).length ? queue.tags : undefined };
    },

    AddPermission(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const policy = addPermission(queue.attributes.Policy, queueArn(queue), input.Label, input.AWSAccountIds, input.Actions);
      state.setAttributes(queue, { ...queue.attributes, Policy: policy }, clock.now());
    },

    RemovePermission(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const policy = removePermission(queue.attributes.Policy, queueArn(queue), input.Label);
      state.setAttributes(queue, withoutEmpty({ ...queue.attributes, Policy: policy }), clock.now());
    },

    ListDeadLetterSourceQueues(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const max = input.MaxResults;
      if (max !== undefined && (max < 1 || max > 1000)) throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 1000.');
      let sources = deadLetterSources(queueArn(queue)).sort((a, b) => queueArn(a).localeCompare(queueArn(b)));
      if (input.NextToken) {
        const after = decodeToken(input.NextToken);
        sources = sources.filter((q) => queueArn(q) > after);
      }
      const limit = max ?? 1000;
      const page = sources.slice(0, limit);
      return {
        queueUrls: page.map((q) => queueUrl(context.host, q.account, q.name)),
        NextToken: max !== undefined && sources.length > limit ? encodeToken(queueArn(page[page.length - 1])) : undefined,
      };
    },

    SendMessage(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      return messages.enqueue(queue, {
        body: input.MessageBody,
        attributes: input.MessageAttributes as Record<string, MessageAttribute> | undefined,
        systemAttributes: input.MessageSystemAttributes as Record<string, MessageAttribute> | undefined,
        delaySeconds: input.DelaySeconds,
        groupId: input.MessageGroupId,
        deduplicationId: input.MessageDeduplicationId,
        senderId: context.accessKeyId ?? context.accountId,
      });
    },

    SendMessageBatch(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry') as Sqs.SendMessageBatchRequestEntry[];
      let total = 0;
      for (const entry of entries) {
        total += Buffer.byteLength(entry.MessageBody ?? '');
        for (const [name, attribute] of Object.entries(entry.MessageAttributes ?? {})) {
          total += Buffer.byteLength(name) + Buffer.byteLength(attribute.DataType ?? '');
          total += attribute.BinaryValue ? attribute.BinaryValue.length : Buffer.byteLength(attribute.StringValue ?? '');
        }
      }
      if (total > MAX_BATCH_BYTES) {
        throw new AwsError('BatchRequestTooLong', `Batch requests cannot be longer than ${MAX_BATCH_BYTES} bytes. You have sent ${total} bytes.`, 400);
      }
      const { successful, failed } = runEntries(entries, (entry) => {
        if (entry.MessageBody === undefined) throw missingParameter(`SendMessageBatchRequestEntry.${entries.indexOf(entry) + 1}.MessageBody`);
        return messages.enqueue(queue, {
          body: entry.MessageBody,
          attributes: entry.MessageAttributes as Record<string, MessageAttribute> | undefined,
          systemAttributes: entry.MessageSystemAttributes as Record<string, MessageAttribute> | undefined,
          delaySeconds: entry.DelaySeconds,
          groupId: entry.MessageGroupId,
          deduplicationId: entry.MessageDeduplicationId,
          senderId: context.accessKeyId ?? context.accountId,
        });
      });
      return { Successful: successful as Sqs.SendMessageBatchResultEntry[], Failed: failed };
    },

    async ReceiveMessage(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const options = receiveOptions(queue, input);
      const received = await messages.receive(queue, options, () => {
        const current = state.queueById(queue.id);
        if (!current) throw queueDoesNotExist();
        return current;
      });
      return { Messages: received.length ? received : undefined };
    },

    DeleteMessage(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      messages.delete(queue, input.ReceiptHandle);
    },

    DeleteMessageBatch(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry') as Sqs.DeleteMessageBatchRequestEntry[];
      const { successful, failed } = runEntries(entries, (entry) => {
        messages.delete(queue, entry.ReceiptHandle);
        return {};
      });
      return { Successful: successful, Failed: failed };
    },

    ChangeMessageVisibility(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      messages.changeVisibility(queue, input.ReceiptHandle, input.VisibilityTimeout);
    },

    ChangeMessageVisibilityBatch(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry') as Sqs.ChangeMessageVisibilityBatchRequestEntry[];
      const { successful, failed } = runEntries(entries, (entry) => {
        messages.changeVisibility(queue, entry.ReceiptHandle, entry.VisibilityTimeout ?? 0);
        return {};
      });
      return { Successful: successful, Failed: failed };
    },

    StartMessageMoveTask(input) {
      return { TaskHandle: moveTasks.start(input.SourceArn, input.DestinationArn, input.MaxNumberOfMessagesPerSecond) };
    },

    CancelMessageMoveTask(input) {
      return { ApproximateNumberOfMessagesMoved: moveTasks.cancel(input.TaskHandle) };
    },

    ListMessageMoveTasks(input) {
      const max = input.MaxResults ?? 1;
      if (max < 1 || max > 10) throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 10.');
      if (!queueByArn(input.SourceArn)) {
        throw new AwsError('ResourceNotFoundException', "The resource that you specified for the SourceArn parameter doesn't exist.", 404);
      }
      return {
        Results: moveTasks.list(input.SourceArn, max).map((task) => ({
          TaskHandle: task.status === 'RUNNING' ? encodeTaskHandle(task) : undefined,
          Status: task.status,
          SourceArn: task.sourceArn,
          DestinationArn: task.destinationArn ?? undefined,
          MaxNumberOfMessagesPerSecond: task.maxPerSecond ?? undefined,
          ApproximateNumberOfMessagesMoved: task.moved,
          ApproximateNumberOfMessagesToMove: task.toMove,
          FailureReason: task.failureReason ?? undefined,
          StartedTimestamp: task.startedAt,
        })),
      };
    },
  };

  const api: SqsApi = {
    queueByArn(arnText) {
      const queue = queueByArn(arnText);
      if (!queue) return undefined;
      return { arn: arnText, account: queue.account, region: queue.region, name: queue.name, fifo: isFifo(queue), policy: queue.attributes.Policy || undefined };
    },
    deliver(arnText, message) {
      const queue = queueByArn(arnText);
      if (!queue) throw queueDoesNotExist();
      messages.expire(queue);
      const result = messages.enqueue(queue, {
        body: message.body,
        attributes: message.attributes,
        delaySeconds: message.delaySeconds,
        groupId: message.groupId,
        deduplicationId: message.deduplicationId,
        senderId: message.senderId ?? queue.account,
      });
      return { messageId: result.MessageId! };
    },
    queueMetrics(account, region) {
      const now = clock.now();
      return state
        .allQueues()
        .filter((q) => q.account === account && q.region === region)
        .map((queue): SqsQueueMetrics => {
          messages.expire(queue);
          const counts = state.counts(queue, now);
          const counters = messages.countersOf(queue);
          return {
            queueName: queue.name,
            ApproximateNumberOfMessagesVisible: counts.visible,
            ApproximateNumberOfMessagesNotVisible: counts.inFlight,
            ApproximateNumberOfMessagesDelayed: counts.delayed,
            NumberOfMessagesSent: counters.sent,
            NumberOfMessagesReceived: counters.received,
            NumberOfMessagesDeleted: counters.deleted,
            NumberOfEmptyReceives: counters.emptyReceives,
            SentMessageSize: counters.sent ? counters.sentBytes / counters.sent : 0,
          };
        });
    },
  };

  return {
    operations: operations as Provider['operations'],
    api,
    // SQS checks values itself, with its own messages, and accepts attribute names its model's enums lack.
    enforcedConstraints: ['required'],
    validationError(violations: Violation[]) {
      const first = violations[0];
      return missingParameter(first.path.split('.').map(capitalize).join('.'));
    },
    close() {
      moveTasks.close();
      waiters.wakeAll();
    },
  };
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function encodeToken(after: string): string {
  return Buffer.from(JSON.stringify({ after })).toString('base64');
}

function decodeToken(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {
    // fall through to the error
  }
  throw invalidParameterValue('Invalid NextToken value.');
}
