import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn, parseArn } from '../../core/ids.js';
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Sqs from '../../generated/sqs.js';
import type { Violation } from '../../protocol/validate.js';
import type { SqsApi } from './api.js';
import { ALL_ATTRIBUTE_NAMES, checkAttributes, defaultAttributes } from './attributes.js';
import { LongPollWaiters } from './long-poll.js';
import { md5Hex, md5OfAttributes, type MessageAttribute } from './message-digest.js';
import { parseQueueUrl, queueUrl } from './queue-url.js';
import { SqsState, type MessageRow, type QueueRow } from './state.js';

type Operations = Partial<Sqs.SqsOperations>;

const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;
/** After DeleteQueue, the name is held this long (AWS: 60 seconds). */
const DELETED_NAME_HOLD_MS = 60_000;
const MAX_MESSAGE_ATTRIBUTES = 10;

interface OutgoingMessage {
  body: string;
  attributes?: Record<string, MessageAttribute>;
  systemAttributes?: Record<string, MessageAttribute>;
  delaySeconds?: number;
  groupId?: string;
  deduplicationId?: string;
  senderId: string;
}

export function createProvider(runtime: Runtime): Provider {
  const state = new SqsState(runtime.store);
  const clock = runtime.clock;
  const waiters = new LongPollWaiters(clock);
  const recentlyDeleted = new Map<string, number>();

  const queueKey = (account: string, region: string, name: string) => `${account}/${region}/${name}`;

  function requireQueue(context: RequestContext, url: string | undefined): QueueRow {
    if (!url) throw missingParameter('QueueUrl');
    const address = parseQueueUrl(url);
    const queue = state.findQueue(address.account, context.region, address.name);
    if (!queue) throw queueDoesNotExist();
    expire(queue);
    return queue;
  }

  function isFifo(queue: QueueRow): boolean {
    return queue.attributes.FifoQueue === 'true';
  }

  function expire(queue: QueueRow): void {
    const retentionMs = Number(queue.attributes.MessageRetentionPeriod) * 1000;
    state.expire(queue, clock.now() - retentionMs);
  }

  function computedAttributes(queue: QueueRow): Record<string, string> {
    const counts = state.counts(queue, clock.now());
    return {
      ApproximateNumberOfMessages: String(counts.visible),
      ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
      ApproximateNumberOfMessagesDelayed: String(counts.delayed),
      CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
      LastModifiedTimestamp: String(Math.floor(queue.modifiedAt / 1000)),
      QueueArn: arn({ service: 'sqs', region: queue.region, account: queue.account, resource: queue.name }),
    };
  }

  /** Everything SendMessage checks and stores, shared with other services' deliveries. */
  function enqueue(queue: QueueRow, message: OutgoingMessage): Sqs.SendMessageResult {
    const fifo = isFifo(queue);
    checkBody(message.body);
    const attributes = checkMessageAttributes(message.attributes);
    const systemAttributes = message.systemAttributes;
    const size = Buffer.byteLength(message.body) + attributesSize(attributes);
    const maxSize = Number(queue.attributes.MaximumMessageSize);
    if (size > maxSize) {
      throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`);
    }
    if (fifo) {
      if (message.groupId === undefined) throw missingParameter('MessageGroupId');
      if (message.delaySeconds !== undefined && message.delaySeconds !== 0) {
        throw invalidParameterValue(
          `Value ${message.delaySeconds} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`,
        );
      }
      if (message.deduplicationId === undefined && queue.attributes.ContentBasedDeduplication !== 'true') {
        throw invalidParameterValue('The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
      }
    } else if (message.deduplicationId !== undefined) {
      throw invalidParameterValue(
        `Value ${message.deduplicationId} for parameter MessageDeduplicationId is invalid. Reason: The request include parameter that is not valid for this queue type.`,
      );
    }
    const delay = message.delaySeconds ?? Number(queue.attributes.DelaySeconds);
    if (delay < 0 || delay > 900) {
      throw invalidParameterValue(`Value ${delay} for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.`);
    }
    const now = clock.now();
    const messageId = randomUUID();
    const sequenceNumber = fifo ? String(now * 1000).padStart(20, '0') : undefined;
    state.insertMessage(queue, {
      messageId,
      body: message.body,
      attributes: attributes ? serializeAttributes(attributes) : null,
      systemAttributes: systemAttributes ? serializeAttributes(systemAttributes) : null,
      sentAt: now,
      visibleAt: now + delay * 1000,
      groupId: message.groupId,
      dedupId: message.deduplicationId,
      sequenceNumber,
      senderId: message.senderId,
    });
    if (delay === 0) waiters.notify(queue.id);
    return {
      MessageId: messageId,
      MD5OfMessageBody: md5Hex(message.body),
      MD5OfMessageAttributes: md5OfAttributes(attributes),
      MD5OfMessageSystemAttributes: md5OfAttributes(systemAttributes),
      SequenceNumber: sequenceNumber,
    };
  }

  function queueByArn(queueArn: string): QueueRow | undefined {
    const parsed = parseArn(queueArn);
    if (!parsed || parsed.service !== 'sqs') return undefined;
    return state.findQueue(parsed.account, parsed.region, parsed.resource);
  }

  const api: SqsApi = {
    queueByArn(queueArn) {
      const queue = queueByArn(queueArn);
      if (!queue) return undefined;
      return {
        arn: queueArn,
        account: queue.account,
        region: queue.region,
        name: queue.name,
        fifo: isFifo(queue),
        policy: queue.attributes.Policy || undefined,
      };
    },
    deliver(queueArn, message) {
      const queue = queueByArn(queueArn);
      if (!queue) throw queueDoesNotExist();
      expire(queue);
      const result = enqueue(queue, {
        body: message.body,
        attributes: message.attributes,
        delaySeconds: message.delaySeconds,
        groupId: message.groupId,
        deduplicationId: message.deduplicationId,
        senderId: message.senderId ?? queue.account,
      });
      return { messageId: result.MessageId! };
    },
  };

  const operations: Operations = {
    CreateQueue(input, context) {
      const name = input.QueueName;
      const given = input.Attributes ?? {};
      const fifo = String(given.FifoQueue ?? '').toLowerCase() === 'true';
      if (fifo ? !FIFO_QUEUE_NAME.test(name) : !QUEUE_NAME.test(name)) {
        throw invalidParameterValue(
          fifo
            ? 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.'
            : 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
        );
      }
      if (!fifo && given.FifoQueue !== undefined && String(given.FifoQueue).toLowerCase() !== 'false') {
        throw new AwsError('InvalidAttributeValue', 'Invalid value for the parameter FifoQueue.', 400);
      }
      const requested = checkAttributes(given as Record<string, string>, fifo, true);
      const attributes = { ...defaultAttributes(fifo), ...requested };
      if (!fifo) delete attributes.FifoQueue;
      const existing = state.findQueue(context.accountId, context.region, name);
      if (existing) {
        // Only the attributes this request names must match the queue that exists.
        for (const [key, value] of Object.entries(requested)) {
          if (key === 'FifoQueue' && value === 'false' && existing.attributes.FifoQueue === undefined) continue;
          if (existing.attributes[key] !== value) {
            throw new AwsError('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${key}`, 400);
          }
        }
        return { QueueUrl: queueUrl(context.host, existing.account, existing.name) };
      }
      const deletedAt = recentlyDeleted.get(queueKey(context.accountId, context.region, name));
      if (deletedAt !== undefined && clock.now() - deletedAt < DELETED_NAME_HOLD_MS) {
        throw new AwsError('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.', 400);
      }
      const queue = state.createQueue(context.accountId, context.region, name, attributes, input.tags ?? {}, clock.now());
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
        throw invalidParameterValue(`Value ${max} for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.`);
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
      recentlyDeleted.set(queueKey(queue.account, queue.region, queue.name), clock.now());
      waiters.notify(queue.id);
    },

    GetQueueAttributes(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const requested = input.AttributeNames ?? [];
      for (const name of requested) {
        if (name !== 'All' && !ALL_ATTRIBUTE_NAMES.includes(name)) throw new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`, 400);
      }
      if (!requested.length) return {};
      const all: Record<string, string> = { ...queue.attributes, ...computedAttributes(queue) };
      const wanted = requested.includes('All') ? Object.keys(all) : requested;
      const attributes: Record<string, string> = {};
      for (const name of wanted) if (all[name] !== undefined) attributes[name] = all[name];
      return { Attributes: Object.keys(attributes).length ? attributes : undefined };
    },

    SetQueueAttributes(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const changes = checkAttributes(input.Attributes as Record<string, string>, isFifo(queue), false);
      state.setAttributes(queue, { ...queue.attributes, ...changes }, clock.now());
    },

    SendMessage(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      return enqueue(queue, {
        body: input.MessageBody,
        attributes: input.MessageAttributes as Record<string, MessageAttribute> | undefined,
        systemAttributes: input.MessageSystemAttributes as Record<string, MessageAttribute> | undefined,
        delaySeconds: input.DelaySeconds,
        groupId: input.MessageGroupId,
        deduplicationId: input.MessageDeduplicationId,
        senderId: context.accessKeyId ?? context.accountId,
      });
    },

    async ReceiveMessage(input, context) {
      let queue = requireQueue(context, input.QueueUrl);
      const max = input.MaxNumberOfMessages ?? 1;
      if (max < 1 || max > 10) {
        throw invalidParameterValue(`Value ${max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`);
      }
      const waitSeconds = input.WaitTimeSeconds ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds);
      if (waitSeconds < 0 || waitSeconds > 20) {
        throw invalidParameterValue(`Value ${waitSeconds} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.`);
      }
      const visibility = input.VisibilityTimeout ?? Number(queue.attributes.VisibilityTimeout);
      if (visibility < 0 || visibility > 43200) {
        throw invalidParameterValue(`Value ${visibility} for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.`);
      }
      const deadline = clock.now() + waitSeconds * 1000;
      for (;;) {
        const now = clock.now();
        const messages = state.receive(queue, now, max, now + visibility * 1000, () => randomBytes(16).toString('hex'));
        if (messages.length || now >= deadline) {
          return { Messages: messages.length ? messages.map((m) => toReceived(m, input)) : undefined };
        }
        const nextVisible = state.nextVisibleAt(queue, now);
        await waiters.wait(queue.id, Math.min(deadline, nextVisible ?? Infinity));
        const current = state.findQueue(queue.account, queue.region, queue.name);
        if (!current || current.id !== queue.id) throw queueDoesNotExist();
        queue = current;
      }
    },

    DeleteMessage(input, context) {
      const queue = requireQueue(context, input.QueueUrl);
      const handle = parseReceiptHandle(input.ReceiptHandle, queue);
      const message = state.message(queue, handle.seq);
      // A handle from an earlier receive succeeds without deleting, as on AWS.
      if (message && message.receiptToken === handle.token) state.deleteMessage(message.seq);
    },
  };

  function toReceived(message: MessageRow, input: Sqs.ReceiveMessageRequest): Sqs.Message {
    const requestedSystem: string[] = [...(input.AttributeNames ?? []), ...(input.MessageSystemAttributeNames ?? [])];
    const system: Record<string, string> = {
      SenderId: message.senderId ?? '',
      SentTimestamp: String(message.sentAt),
      ApproximateReceiveCount: String(message.receiveCount),
      ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
    };
    if (message.groupId !== null) system.MessageGroupId = message.groupId;
    if (message.dedupId !== null) system.MessageDeduplicationId = message.dedupId;
    if (message.sequenceNumber !== null) system.SequenceNumber = message.sequenceNumber;
    const traceHeader = message.systemAttributes ? deserializeAttributes(message.systemAttributes).AWSTraceHeader : undefined;
    if (traceHeader?.StringValue) system.AWSTraceHeader = traceHeader.StringValue;
    const wantsAll = requestedSystem.includes('All');
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(system)) if (wantsAll || requestedSystem.includes(name)) attributes[name] = value;

    const stored = message.attributes ? deserializeAttributes(message.attributes) : {};
    const selected = selectMessageAttributes(stored, input.MessageAttributeNames ?? []);
    return {
      MessageId: message.messageId,
      ReceiptHandle: Buffer.from(`${message.seq}:${message.receiptToken}`).toString('base64'),
      MD5OfBody: md5Hex(message.body),
      Body: message.body,
      Attributes: Object.keys(attributes).length ? (attributes as Sqs.Message['Attributes']) : undefined,
      MD5OfMessageAttributes: md5OfAttributes(selected),
      MessageAttributes: selected as Sqs.Message['MessageAttributes'],
    };
  }

  return {
    operations: operations as Provider['operations'],
    api,
    // SQS checks values itself, with its own messages, and accepts attribute names its model's enums lack.
    enforcedConstraints: ['required'],
    validationError(violations: Violation[]) {
      const first = violations[0];
      if (first.kind === 'required') return missingParameter(first.path.split('.').map(capitalize).join('.'));
      return invalidParameterValue(`Value ${String(first.value)} for parameter ${capitalize(first.memberName)} is invalid. Reason: ${first.constraint}.`);
    },
    close() {
      waiters.wakeAll();
    },
  };
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function missingParameter(name: string): AwsError {
  return new AwsError('MissingParameter', `The request must contain the parameter ${name}.`, 400);
}

function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, 400);
}

function queueDoesNotExist(): AwsError {
  return new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
}

function encodeToken(name: string): string {
  return Buffer.from(JSON.stringify({ after: name })).toString('base64');
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

function parseReceiptHandle(handle: string, _queue: QueueRow): { seq: number; token: string } {
  const decoded = Buffer.from(handle, 'base64').toString('utf8');
  const match = /^(\d+):([0-9a-f]{32})$/.exec(decoded);
  if (!match) throw new AwsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`, 400);
  return { seq: Number(match[1]), token: match[2] };
}

/** SQS accepts #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF. */
function checkBody(body: string): void {
  if (body.length === 0) throw missingParameter('MessageBody');
  for (const char of body) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) {
      throw new AwsError(
        'InvalidMessageContents',
        `Invalid binary character '#x${code.toString(16).toUpperCase()}' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF`,
        400,
      );
    }
  }
}

function checkMessageAttributes(attributes: Record<string, MessageAttribute> | undefined): Record<string, MessageAttribute> | undefined {
  if (!attributes || !Object.keys(attributes).length) return undefined;
  const names = Object.keys(attributes);
  if (names.length > MAX_MESSAGE_ATTRIBUTES) {
    throw invalidParameterValue(`Number of message attributes [${names.length}] exceeds the allowed maximum [${MAX_MESSAGE_ATTRIBUTES}].`);
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    const type = attribute.DataType ?? '';
    const base = type.split('.')[0];
    if (!type) throw invalidParameterValue(`The message attribute '${name}' must contain a non-empty message attribute type.`);
    if (base !== 'String' && base !== 'Number' && base !== 'Binary') {
      throw invalidParameterValue(`The type of message attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
    }
    if (base === 'Binary') {
      if (attribute.BinaryValue === undefined || attribute.BinaryValue.length === 0) {
        throw invalidParameterValue(`The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
      }
    } else {
      if (attribute.StringValue === undefined) {
        throw invalidParameterValue(`The message attribute '${name}' with type '${base}' must use field 'String'.`);
      }
      if (attribute.StringValue === '') {
        throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
      }
      if (base === 'Number' && !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(attribute.StringValue)) {
        throw invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
      }
    }
  }
  return attributes;
}

function attributesSize(attributes: Record<string, MessageAttribute> | undefined): number {
  let size = 0;
  for (const [name, attribute] of Object.entries(attributes ?? {})) {
    size += Buffer.byteLength(name) + Buffer.byteLength(attribute.DataType);
    size += attribute.BinaryValue ? attribute.BinaryValue.length : Buffer.byteLength(attribute.StringValue ?? '');
  }
  return size;
}

function serializeAttributes(attributes: Record<string, MessageAttribute>): string {
  const plain: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    plain[name] = {
      DataType: attribute.DataType,
      StringValue: attribute.StringValue,
      BinaryValue: attribute.BinaryValue ? Buffer.from(attribute.BinaryValue).toString('base64') : undefined,
    };
  }
  return JSON.stringify(plain);
}

function deserializeAttributes(json: string): Record<string, MessageAttribute> {
  const plain = JSON.parse(json) as Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
  const out: Record<string, MessageAttribute> = {};
  for (const [name, attribute] of Object.entries(plain)) {
    out[name] = {
      DataType: attribute.DataType,
      StringValue: attribute.StringValue,
      BinaryValue: attribute.BinaryValue !== undefined ? Buffer.from(attribute.BinaryValue, 'base64') : undefined,
    };
  }
  return out;
}

/** MessageAttributeNames: exact names, `All` or `.*`, and `prefix.*`. */
function selectMessageAttributes(stored: Record<string, MessageAttribute>, requested: string[]): Record<string, MessageAttribute> | undefined {
  if (!requested.length) return undefined;
  const out: Record<string, MessageAttribute> = {};
  for (const [name, attribute] of Object.entries(stored)) {
    const wanted = requested.some((r) => r === 'All' || r === '.*' || r === name || (r.endsWith('.*') && name.startsWith(r.slice(0, -1))));
    if (wanted) out[name] = attribute;
  }
  return Object.keys(out).length ? out : undefined;
}
