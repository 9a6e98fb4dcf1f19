import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import { AwsError } from '../../core/errors.js';
import { arn } from '../../core/ids.js';
import type * as Sqs from '../../generated/sqs.js';
import { invalidParameter, invalidParameterValue, missingParameter, receiptHandleIsInvalid } from './errors.js';
import type { LongPollWaiters } from './long-poll.js';
import { md5Hex, md5OfAttributes, type MessageAttribute } from './message-digest.js';
import { decodeReceiptHandle, encodeReceiptHandle, newReceiptToken } from './receipt-handle.js';
import { redrivePolicyOf } from './redrive.js';
import type { MessageRow, QueueRow, SqsState } from './state.js';
import { setOwnValue } from '../../core/keyed-record.js';

/** FIFO deduplication window. */
const DEDUP_WINDOW_MS = 5 * 60_000;
/** How long a ReceiveRequestAttemptId can be retried. */
const RECEIVE_ATTEMPT_WINDOW_MS = 5 * 60_000;
/** A message can stay invisible for at most 12 hours from its receipt. */
const MAX_VISIBILITY_MS = 43_200_000;
const MAX_MESSAGE_ATTRIBUTES = 10;
/** Messages received and not yet deleted, per queue (standard and FIFO alike). */
export const MAX_IN_FLIGHT = 120_000;

export interface OutgoingMessage {
  body: string;
  attributes?: Record<string, MessageAttribute>;
  systemAttributes?: Record<string, MessageAttribute>;
  delaySeconds?: number;
  groupId?: string;
  deduplicationId?: string;
  senderId: string;
}

export interface ReceiveOptions {
  maxMessages: number;
  visibilityTimeoutSeconds: number;
  waitSeconds: number;
  systemAttributeNames: string[];
  messageAttributeNames: string[];
  receiveRequestAttemptId?: string;
}

export function isFifo(queue: QueueRow): boolean {
  return queue.attributes.FifoQueue === 'true';
}

export function queueArn(queue: QueueRow): string {
  return arn({ service: 'sqs', region: queue.region, account: queue.account, resource: queue.name });
}

/**
 * Sending, receiving, deleting and hiding messages: visibility, delays,
 * retention, FIFO ordering and deduplication, dead-letter redrive and long
 * polling, all on the clock.
 */
export class Messages {
  constructor(
    private readonly state: SqsState,
    private readonly clock: Clock,
    private readonly waiters: LongPollWaiters,
    private readonly queueByArn: (queueArn: string) => QueueRow | undefined,
  ) {}

  /** Drops messages past the queue's retention period (checked whenever the queue is used). */
  expire(queue: QueueRow): void {
    const retentionMs = Number(queue.attributes.MessageRetentionPeriod) * 1000;
    this.state.expire(queue, this.clock.now() - retentionMs);
  }

  /** Everything SendMessage checks and stores; other services' deliveries come through here too. */
  enqueue(queue: QueueRow, message: OutgoingMessage): Sqs.SendMessageResult {
    const fifo = isFifo(queue);
    checkBody(message.body);
    const attributes = checkMessageAttributes(message.attributes);
    const systemAttributes = checkSystemAttributes(message.systemAttributes);
    const size = messageSize(message.body, attributes);
    const maxSize = Number(queue.attributes.MaximumMessageSize);
    if (size > maxSize) {
      throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`);
    }
    let deduplicationId = message.deduplicationId;
    if (fifo) {
      if (message.groupId === undefined) throw missingParameter('MessageGroupId');
      checkFifoId('MessageGroupId', message.groupId);
      if (message.delaySeconds !== undefined && message.delaySeconds !== 0) {
        throw invalidParameter('DelaySeconds', message.delaySeconds, 'The request include parameter that is not valid for this queue type.');
      }
      if (deduplicationId === undefined) {
        if (queue.attributes.ContentBasedDeduplication !== 'true') {
          throw invalidParameterValue('The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
        }
        deduplicationId = createHash('sha256').update(message.body).digest('hex');
      } else {
        checkFifoId('MessageDeduplicationId', deduplicationId);
      }
    } else if (deduplicationId !== undefined) {
      throw invalidParameter('MessageDeduplicationId', deduplicationId, 'The request include parameter that is not valid for this queue type.');
    } else if (message.groupId !== undefined) {
      checkFifoId('MessageGroupId', message.groupId);
    }
    const delay = message.delaySeconds ?? Number(queue.attributes.DelaySeconds);
    if (!Number.isInteger(delay) || delay < 0 || delay > 900) {
      throw invalidParameter('DelaySeconds', delay, 'DelaySeconds must be >= 0 and <= 900.');
    }

    const digests = {
      MD5OfMessageBody: md5Hex(message.body),
      MD5OfMessageAttributes: md5OfAttributes(attributes),
      MD5OfMessageSystemAttributes: md5OfAttributes(systemAttributes),
    };
    const now = this.clock.now();
    const scope = queue.attributes.DeduplicationScope === 'messageGroup' ? (message.groupId ?? '') : '';
    if (fifo) {
      // A duplicate within five minutes is accepted and answered as the original, but not enqueued.
      const duplicate = this.state.findDuplicate(queue, scope, deduplicationId!, now);
      if (duplicate) return { MessageId: duplicate.messageId, SequenceNumber: duplicate.sequenceNumber ?? undefined, ...digests };
    }
    const messageId = randomUUID();
    const sequenceNumber = this.state.transaction(() => {
      const sequenceNumber = sequenceText(this.state.recordSent(queue, size, fifo ? sequenceFloor(now) : undefined));
      this.state.insertMessage(queue, {
        messageId,
        body: message.body,
        attributes: attributes ? serializeAttributes(attributes) : null,
        systemAttributes: systemAttributes ? serializeAttributes(systemAttributes) : null,
        sentAt: now,
        visibleAt: now + delay * 1000,
        groupId: message.groupId ?? null,
        dedupId: fifo ? deduplicationId : null,
        sequenceNumber: sequenceNumber ?? null,
        senderId: message.senderId,
      });
      if (fifo) {
        this.state.rememberDedup(queue, scope, deduplicationId!, { messageId, sequenceNumber: sequenceNumber ?? null, expiresAt: now + DEDUP_WINDOW_MS }, now);
      }
      return sequenceNumber;
    });
    if (delay === 0) this.waiters.notify(queue.id);
    return { MessageId: messageId, SequenceNumber: sequenceNumber, ...digests };
  }

  /** ReceiveMessage: takes what is visible now, or waits (long polling) until something is or the wait ends. */
  async receive(queue: QueueRow, options: ReceiveOptions, reload: () => QueueRow): Promise<Sqs.Message[]> {
    const fifo = isFifo(queue);
    const attemptId = fifo ? options.receiveRequestAttemptId || undefined : undefined;
    if (attemptId) {
      const repeated = this.repeatAttempt(queue, attemptId);
      if (repeated) return repeated.map((m) => this.toReceived(queue, m, options));
    }
    if (this.state.inFlightCount(queue, this.clock.now()) >= MAX_IN_FLIGHT) {
      // At the in-flight quota a short poll fails; a long poll just finds nothing.
      if (options.waitSeconds === 0) {
        throw new AwsError(
          'OverLimit',
          'Too many messages have been received without being deleted.\nPlease delete your received messages or let them timeout before receiving more.',
          403,
        );
      }
      this.state.recordReceived(queue, 0);
      return [];
    }
    const deadline = this.clock.now() + options.waitSeconds * 1000;
    let current = queue;
    for (;;) {
      const now = this.clock.now();
      const taken = this.take(current, now, options.maxMessages, options.visibilityTimeoutSeconds * 1000);
      if (taken.length || now >= deadline) {
        // Messages taken were counted with them; an empty receive is counted here.
        if (!taken.length) this.state.recordReceived(current, 0);
        if (attemptId && taken.length) {
          const receipts = taken.map((m) => ({ seq: m.seq, token: m.receiptToken! }));
          this.state.rememberReceiveAttempt(current, attemptId, { expiresAt: now + RECEIVE_ATTEMPT_WINDOW_MS, receipts }, now);
        }
        return taken.map((m) => this.toReceived(current, m, options));
      }
      const nextVisible = this.state.nextVisibleAt(current, now);
      await this.waiters.wait(current.id, Math.min(deadline, nextVisible ?? Infinity));
      current = reload();
    }
  }

  /** DeleteMessage by receipt handle. */
  delete(queue: QueueRow, handleText: string): void {
    const message = this.messageForHandle(queue, handleText);
    if (!message) return;
    this.state.transaction(() => {
      this.state.deleteMessage(message.seq);
      this.state.recordDeleted(queue);
    });
    // On a FIFO queue the delete may free the message's group: a long poll waiting for it can take the next one now.
    if (isFifo(queue)) this.waiters.notify(queue.id);
  }

  /** ChangeMessageVisibility: a new timeout from now, within 12 hours of the receipt. */
  changeVisibility(queue: QueueRow, handleText: string, timeoutSeconds: number): void {
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 0 || timeoutSeconds > 43_200) {
      throw invalidParameter('VisibilityTimeout', timeoutSeconds, 'Must be >= 0 and <= 43200, if provided.');
    }
    const message = this.messageForHandle(queue, handleText);
    const now = this.clock.now();
    if (!message || message.visibleAt <= now) {
      throw new AwsError(
        'MessageNotInflight',
        `Value ${handleText} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
        400,
      );
    }
    const windowStart = message.receivedAt ?? now;
    if (now + timeoutSeconds * 1000 - windowStart > MAX_VISIBILITY_MS) {
      throw invalidParameter('VisibilityTimeout', timeoutSeconds, 'Total VisibilityTimeout for the message is beyond the limit [43200 seconds]');
    }
    this.state.setVisibleAt(message.seq, now + timeoutSeconds * 1000, windowStart);
    if (isFifo(queue)) this.state.forgetReceiveAttemptsWith(queue, message.seq);
    if (timeoutSeconds === 0) this.waiters.notify(queue.id);
  }

  /**
   * Moves one message to another queue as a dead-letter redrive or a move task does. A move task's
   * message counts as sent to its destination; a redrive's does not (AWS/SQS NumberOfMessagesSent).
   */
  transfer(message: MessageRow, to: QueueRow, deadLetterSourceArn: string | null): void {
    const now = this.clock.now();
    this.state.transaction(() => {
      const counted = deadLetterSourceArn === null ? storedMessageSize(message) : undefined;
      const floor = isFifo(to) && message.sequenceNumber === null ? sequenceFloor(now) : undefined;
      const nextSequence = counted !== undefined || floor !== undefined ? sequenceText(this.state.recordSent(to, counted, floor)) : undefined;
      this.state.deleteMessage(message.seq);
      this.state.insertMessage(to, {
        messageId: message.messageId,
        body: message.body,
        attributes: message.attributes,
        systemAttributes: message.systemAttributes,
        sentAt: message.sentAt,
        visibleAt: now,
        groupId: message.groupId,
        dedupId: message.dedupId,
        sequenceNumber: isFifo(to) ? (message.sequenceNumber ?? nextSequence) : null,
        senderId: message.senderId,
        deadLetterSourceArn,
      });
    });
    this.waiters.notify(to.id);
  }

  /** Finds the message a receipt handle names, with AWS's rules for stale and expired handles. */
  private messageForHandle(queue: QueueRow, handleText: string): MessageRow | undefined {
    const handle = decodeReceiptHandle(handleText);
    if (!handle || handle.queueId !== queue.id) throw receiptHandleIsInvalid(handleText);
    const message = this.state.message(queue, handle.seq);
    const fifo = isFifo(queue);
    const now = this.clock.now();
    if (!message) return undefined;
    const current = message.receiptToken === handle.token;
    if (fifo && (!current || message.visibleAt <= now)) {
      // FIFO: once the visibility timeout has passed, the handle no longer works.
      throw invalidParameter('ReceiptHandle', handleText, 'The receipt handle has expired.');
    }
    // Standard: an older handle succeeds but does not act on the message, as on AWS.
    return current ? message : undefined;
  }

  /** Takes up to max messages and makes them invisible, moving over-received ones to the dead-letter queue. */
  private take(queue: QueueRow, now: number, max: number, visibilityMs: number): MessageRow[] {
    const redrive = redrivePolicyOf(queue.attributes);
    const deadLetterQueue = redrive ? this.queueByArn(redrive.deadLetterTargetArn) : undefined;
    const overReceived = (m: MessageRow) => Boolean(redrive && deadLetterQueue && m.receiveCount >= redrive.maxReceiveCount);
    const chosen: MessageRow[] = [];
    const toDeadLetter: MessageRow[] = [];
    if (isFifo(queue)) {
      // Only a group whose oldest message is visible can deliver, and then only
      // its messages in order, up to the first one that is not visible.
      for (const head of this.state.groupHeads(queue)) {
        if (chosen.length >= max) break;
        if (head.visibleAt > now) continue;
        for (const message of this.state.groupMessages(queue, head.groupId, max - chosen.length + 10)) {
          if (chosen.length >= max || message.visibleAt > now) break;
          if (overReceived(message)) toDeadLetter.push(message);
          else chosen.push(message);
        }
      }
    } else {
      let offset = 0;
      while (chosen.length < max) {
        const batch = this.state.visibleMessages(queue, now, max + offset);
        const fresh = batch.slice(offset);
        if (!fresh.length) break;
        for (const message of fresh) {
          if (chosen.length >= max) break;
          if (overReceived(message)) toDeadLetter.push(message);
          else chosen.push(message);
        }
        offset = batch.length;
      }
    }
    const sourceArn = queueArn(queue);
    for (const message of toDeadLetter) this.transfer(message, deadLetterQueue!, sourceArn);
    if (!chosen.length) return [];
    return this.state.transaction(() => {
      this.state.recordReceived(queue, chosen.length);
      return chosen.map((m) => this.state.markReceived(m, now, now + visibilityMs, newReceiptToken()));
    });
  }

  /** A FIFO receive retried with the same ReceiveRequestAttemptId gets the same messages and handles. */
  private repeatAttempt(queue: QueueRow, attemptId: string): MessageRow[] | undefined {
    const attempt = this.state.receiveAttempt(queue, attemptId);
    if (!attempt) return undefined;
    const now = this.clock.now();
    const messages = attempt.expiresAt > now ? attempt.receipts.map((r) => this.state.message(queue, r.seq)) : [];
    const unchanged = messages.length > 0 && messages.every((m, i) => m && m.receiptToken === attempt.receipts[i].token && m.visibleAt > now);
    if (!unchanged) {
      this.state.forgetReceiveAttempt(queue, attemptId);
      return undefined;
    }
    return messages as MessageRow[];
  }

  private toReceived(queue: QueueRow, message: MessageRow, options: ReceiveOptions): Sqs.Message {
    const system: Record<string, string> = {
      SenderId: message.senderId ?? '',
      SentTimestamp: String(message.sentAt),
      ApproximateReceiveCount: String(message.receiveCount),
      ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
    };
    if (message.groupId !== null) system.MessageGroupId = message.groupId;
    if (message.dedupId !== null) system.MessageDeduplicationId = message.dedupId;
    if (message.sequenceNumber !== null) system.SequenceNumber = message.sequenceNumber;
    if (message.deadLetterSourceArn !== null) system.DeadLetterQueueSourceArn = message.deadLetterSourceArn;
    const traceHeader = message.systemAttributes ? deserializeAttributes(message.systemAttributes).AWSTraceHeader : undefined;
    if (traceHeader?.StringValue) system.AWSTraceHeader = traceHeader.StringValue;
    const wanted = options.systemAttributeNames;
    const wantsAll = wanted.includes('All');
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(system)) if (wantsAll || wanted.includes(name)) attributes[name] = value;

    const stored = message.attributes ? deserializeAttributes(message.attributes) : {};
    const selected = selectMessageAttributes(stored, options.messageAttributeNames);
    return {
      MessageId: message.messageId,
      ReceiptHandle: encodeReceiptHandle({ queueId: queue.id, seq: message.seq, token: message.receiptToken! }),
      MD5OfBody: md5Hex(message.body),
      Body: message.body,
      Attributes: Object.keys(attributes).length ? (attributes as Sqs.Message['Attributes']) : undefined,
      MD5OfMessageAttributes: md5OfAttributes(selected),
      MessageAttributes: selected as Sqs.Message['MessageAttributes'],
    };
  }
}

/** A FIFO sequence number is at least the send time (ms) times a million, and above the queue's last one. */
function sequenceFloor(now: number): bigint {
  return BigInt(now) * 1_000_000n;
}

function sequenceText(sequence: bigint | undefined): string | undefined {
  return sequence === undefined ? undefined : sequence.toString().padStart(20, '0');
}

function storedMessageSize(message: MessageRow): number {
  return messageSize(message.body, message.attributes ? deserializeAttributes(message.attributes) : undefined);
}

/** MessageGroupId and MessageDeduplicationId: 1 to 128 characters of a-z A-Z 0-9 and punctuation. */
function checkFifoId(name: string, value: string): void {
  if (value.length < 1 || value.length > 128 || !/^[\x21-\x7e]+$/.test(value)) {
    throw invalidParameter(name, value, `${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`);
  }
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
        `Invalid binary character '#x${code.toString(16).toUpperCase()}' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].`,
        400,
      );
    }
  }
}

const ATTRIBUTE_NAME = /^(?!aws\.|amazon\.)(?!.*\.\.)(?!\.)[A-Za-z0-9_.-]{1,256}(?<!\.)$/i;

function checkMessageAttributes(attributes: Record<string, MessageAttribute> | undefined): Record<string, MessageAttribute> | undefined {
  if (!attributes || !Object.keys(attributes).length) return undefined;
  const names = Object.keys(attributes);
  if (names.length > MAX_MESSAGE_ATTRIBUTES) {
    throw invalidParameterValue(`Number of message attributes [${names.length}] exceeds the allowed maximum [${MAX_MESSAGE_ATTRIBUTES}].`);
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) {
      throw invalidParameterValue(`Message (user) attribute name '${name}' is invalid. The attribute name can contain A-Z, a-z, 0-9, underscore (_), hyphen (-), and period (.) characters.`);
    }
    checkAttributeValue(name, attribute, 'message');
  }
  return attributes;
}

/** Only AWSTraceHeader, a String, may be sent as a message system attribute. */
function checkSystemAttributes(attributes: Record<string, MessageAttribute> | undefined): Record<string, MessageAttribute> | undefined {
  if (!attributes || !Object.keys(attributes).length) return undefined;
  for (const [name, attribute] of Object.entries(attributes)) {
    if (name !== 'AWSTraceHeader') {
      throw invalidParameterValue(`Message system attribute name '${name}' is invalid.`);
    }
    if (attribute.DataType !== 'String') {
      throw invalidParameterValue(`Message system attribute '${name}' must be of type 'String'.`);
    }
    checkAttributeValue(name, attribute, 'system');
  }
  return attributes;
}

function checkAttributeValue(name: string, attribute: MessageAttribute, kind: 'message' | 'system'): void {
  const type = attribute.DataType ?? '';
  const base = type.split('.')[0];
  if (!type) throw invalidParameterValue(`The ${kind} attribute '${name}' must contain a non-empty message attribute type.`);
  if (base !== 'String' && base !== 'Number' && base !== 'Binary') {
    throw invalidParameterValue(`The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
  }
  if (type.length > 256) throw invalidParameterValue(`Message (user) attribute '${name}' type must be shorter than 256 bytes.`);
  if (base === 'Binary') {
    if (attribute.BinaryValue === undefined || attribute.BinaryValue.length === 0) {
      throw invalidParameterValue(`The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
    }
    return;
  }
  if (attribute.StringValue === undefined) {
    throw invalidParameterValue(`The message attribute '${name}' with type '${base}' must use field 'String'.`);
  }
  if (attribute.StringValue === '') {
    throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
  }
  if (base === 'Number') {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(attribute.StringValue)) {
      throw invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
    }
  }
}

/** A message's size as SQS counts it against MaximumMessageSize: the body, and each attribute's name, type and value. */
export function messageSize(body: string, attributes: Record<string, MessageAttribute> | undefined): number {
  let size = Buffer.byteLength(body);
  for (const [name, attribute] of Object.entries(attributes ?? {})) {
    size += Buffer.byteLength(name) + Buffer.byteLength(attribute.DataType ?? '');
    size += attribute.BinaryValue ? attribute.BinaryValue.length : Buffer.byteLength(attribute.StringValue ?? '');
  }
  return size;
}

function serializeAttributes(attributes: Record<string, MessageAttribute>): string {
  const plain: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    setOwnValue(plain, name, {
      DataType: attribute.DataType,
      StringValue: attribute.StringValue,
      BinaryValue: attribute.BinaryValue ? Buffer.from(attribute.BinaryValue).toString('base64') : undefined,
    });
  }
  return JSON.stringify(plain);
}

function deserializeAttributes(json: string): Record<string, MessageAttribute> {
  const plain = JSON.parse(json) as Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
  const out: Record<string, MessageAttribute> = {};
  for (const [name, attribute] of Object.entries(plain)) {
    setOwnValue(out, name, {
      DataType: attribute.DataType,
      StringValue: attribute.StringValue,
      BinaryValue: attribute.BinaryValue !== undefined ? Buffer.from(attribute.BinaryValue, 'base64') : undefined,
    });
  }
  return out;
}

/** MessageAttributeNames: exact names, `All` or `.*`, and `prefix.*`. */
function selectMessageAttributes(stored: Record<string, MessageAttribute>, requested: string[]): Record<string, MessageAttribute> | undefined {
  if (!requested.length) return undefined;
  const out: Record<string, MessageAttribute> = {};
  for (const [name, attribute] of Object.entries(stored)) {
    const wanted = requested.some((r) => r === 'All' || r === '.*' || r === name || (r.endsWith('.*') && name.startsWith(r.slice(0, -1))));
    if (wanted) setOwnValue(out, name, attribute);
  }
  return Object.keys(out).length ? out : undefined;
}
