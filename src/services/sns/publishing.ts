import { createHash, randomUUID } from 'node:crypto';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type * as Sns from '../../generated/sns.js';
import { invalidParameter, notFound } from './errors.js';
import { attributesSize, checkMessageAttributes, type MessageAttributes } from './message-attributes.js';
import type { Notifier, PublishedMessage } from './notifier.js';
import type { SnsService } from './service.js';
import type { TopicRow } from './state.js';
import { isFifoTopic } from './topic-attributes.js';

const MAX_MESSAGE_BYTES = 256 * 1024;
const MAX_BATCH_ENTRIES = 10;
const DEDUP_WINDOW_MS = 5 * 60_000;
const BATCH_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** What one publish asks, whichever operation carries it. */
export interface PublishRequest {
  message: string;
  subject?: string;
  messageStructure?: string;
  attributes?: MessageAttributes;
  groupId?: string;
  deduplicationId?: string;
  /** The publisher's X-Ray header (X-Amzn-Trace-Id): passed on to SQS and Lambda subscribers (Lambda's recursive loop detection reads its Lineage). */
  traceHeader?: string;
}

/** Checks a publish to a topic and hands it to the notifier; answers its MessageId (and FIFO SequenceNumber). */
export function publishToTopic(service: SnsService, notifier: Notifier, topic: TopicRow, request: PublishRequest): { MessageId: string; SequenceNumber?: string } {
  if (request.message === undefined || request.message === '') throw invalidParameter('Empty message');
  const attributes = checkMessageAttributes(request.attributes);
  if (Buffer.byteLength(request.message) + attributesSize(attributes) > MAX_MESSAGE_BYTES) throw invalidParameter('Message too long');
  if (request.subject !== undefined && (request.subject === '' || request.subject.length > 100 || !/^[\x20-\x7e]*$/.test(request.subject))) {
    throw invalidParameter('Subject');
  }
  let perProtocol: Record<string, string> | undefined;
  if (request.messageStructure !== undefined) {
    if (request.messageStructure !== 'json') throw invalidParameter('MessageStructure');
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.message);
    } catch {
      throw invalidParameter('Message Structure - JSON message body failed to parse');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidParameter('Message Structure - JSON message body failed to parse');
    const entries = parsed as Record<string, unknown>;
    if (typeof entries.default !== 'string') throw invalidParameter('Message Structure - No default entry in JSON message body');
    perProtocol = {};
    for (const [protocol, value] of Object.entries(entries)) if (typeof value === 'string') perProtocol[protocol] = value;
  }

  const now = service.clock.now();
  const published: PublishedMessage = {
    messageId: randomUUID(),
    topic,
    message: request.message,
    perProtocol,
    subject: request.subject,
    attributes,
    timestamp: now,
    traceHeader: request.traceHeader,
  };
  if (isFifoTopic(topic)) {
    if (!request.groupId) throw invalidParameter('The MessageGroupId parameter is required for FIFO topics');
    let dedupId = request.deduplicationId;
    if (!dedupId) {
      if (topic.attributes.ContentBasedDeduplication !== 'true') {
        throw invalidParameter('The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
      }
      dedupId = createHash('sha256').update(request.message).digest('hex');
    }
    // A repeat within five minutes is accepted and answered as the first was, but not delivered again.
    const earlier = service.state.dedup(topic.arn, dedupId, now);
    if (earlier) return { MessageId: earlier.messageId, SequenceNumber: earlier.sequenceNumber };
    const sequenceNumber = (10n ** 19n + BigInt(service.state.nextSequence(topic.arn))).toString();
    service.state.putDedup(topic.arn, dedupId, published.messageId, sequenceNumber, now + DEDUP_WINDOW_MS);
    Object.assign(published, { groupId: request.groupId, deduplicationId: dedupId, sequenceNumber });
  } else if (request.deduplicationId !== undefined) {
    throw invalidParameter('MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type');
  }
  service.metrics.published(topic, Buffer.byteLength(request.message) + attributesSize(attributes));
  notifier.fanOut(published);
  return { MessageId: published.messageId, SequenceNumber: published.sequenceNumber };
}

/** Publish and PublishBatch. */
export function publishingOperations(service: SnsService, notifier: Notifier): Partial<Sns.SnsOperations> {
  return {
    Publish(input, context) {
      const target = input.TopicArn ?? input.TargetArn;
      if (input.TopicArn !== undefined && input.TargetArn !== undefined) throw invalidParameter('Only one of TopicArn or TargetArn may be specified');
      if (target === undefined) {
        if (input.PhoneNumber === undefined) throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
        // SMS leaves no trace in Nimbus yet; AWS accepts a valid E.164 number and answers a MessageId.
        if (!/^\+?[1-9]\d{1,14}$/.test(input.PhoneNumber)) throw invalidParameter(`PhoneNumber Reason: ${input.PhoneNumber} is not valid to publish to`);
        if (!input.Message) throw invalidParameter('Empty message');
        return { MessageId: randomUUID() };
      }
      const parsed = parseArn(target);
      if (parsed?.service === 'sns' && parsed.resource.startsWith('endpoint/')) throw notFound('Endpoint does not exist');
      const topic = service.requireTopic(target, input.TopicArn !== undefined ? 'TopicArn' : 'TargetArn');
      return publishToTopic(service, notifier, topic, {
        message: input.Message,
        subject: input.Subject,
        messageStructure: input.MessageStructure,
        attributes: input.MessageAttributes,
        groupId: input.MessageGroupId,
        deduplicationId: input.MessageDeduplicationId,
        traceHeader: context.headers['x-amzn-trace-id'] || undefined,
      });
    },

    PublishBatch(input, context) {
      const topic = service.requireTopic(input.TopicArn);
      const entries = input.PublishBatchRequestEntries ?? [];
      if (!entries.length) throw new AwsError('EmptyBatchRequestException', "The batch request doesn't contain any entries", 400);
      if (entries.length > MAX_BATCH_ENTRIES) throw new AwsError('TooManyEntriesInBatchRequestException', 'The batch request contains more entries than permissible.', 400);
      const ids = new Set<string>();
      for (const entry of entries) {
        if (ids.has(entry.Id)) throw new AwsError('BatchEntryIdsNotDistinctException', 'Two or more batch entries in the request have the same Id.', 400);
        ids.add(entry.Id);
        if (!BATCH_ID.test(entry.Id)) {
          throw new AwsError('InvalidBatchEntryIdException', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.', 400);
        }
      }
      const total = entries.reduce((sum, e) => sum + Buffer.byteLength(e.Message ?? '') + attributesSize(e.MessageAttributes ?? {}), 0);
      if (total > MAX_MESSAGE_BYTES) throw new AwsError('BatchRequestTooLongException', 'The length of all the messages put together is more than the limit.', 400);
      const Successful: Sns.PublishBatchResultEntry[] = [];
      const Failed: Sns.BatchResultErrorEntry[] = [];
      for (const entry of entries) {
        try {
          const result = publishToTopic(service, notifier, topic, {
            message: entry.Message,
            subject: entry.Subject,
            messageStructure: entry.MessageStructure,
            attributes: entry.MessageAttributes,
            groupId: entry.MessageGroupId,
            deduplicationId: entry.MessageDeduplicationId,
            traceHeader: context.headers['x-amzn-trace-id'] || undefined,
          });
          Successful.push({ Id: entry.Id, MessageId: result.MessageId, SequenceNumber: result.SequenceNumber });
        } catch (error) {
          if (!(error instanceof AwsError)) throw error;
          Failed.push({ Id: entry.Id, Code: failureCode(error.code), Message: error.message, SenderFault: error.senderFault });
        }
      }
      return { Successful, Failed };
    },
  };
}

/** A batch entry's failure carries the error's wire code (InvalidParameter, ParameterValueInvalid). */
function failureCode(shape: string): string {
  const codes: Record<string, string> = { InvalidParameterException: 'InvalidParameter', InvalidParameterValueException: 'ParameterValueInvalid', NotFoundException: 'NotFound' };
  return codes[shape] ?? shape.replace(/Exception$/, '');
}
