import { AwsError } from '../../core/errors.js';
import type * as Sqs from '../../generated/sqs.js';
import { checkBatch, runEntries } from './batch.js';
import { missingParameter } from './errors.js';
import type { RequestContext } from '../../core/context.js';
import type { MessageAttribute } from './message-digest.js';
import { messageSize, type OutgoingMessage } from './messages.js';
import type { SqsService } from './service.js';

const MAX_BATCH_BYTES = 1_048_576;

/** SendMessage and SendMessageBatch. */
export function sendingOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  const { messages } = service;
  return {
    SendMessage(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      return messages.enqueue(queue, outgoing(input, context));
    },

    SendMessageBatch(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry') as Sqs.SendMessageBatchRequestEntry[];
      let total = 0;
      for (const entry of entries) total += messageSize(entry.MessageBody ?? '', entry.MessageAttributes as Record<string, MessageAttribute> | undefined);
      if (total > MAX_BATCH_BYTES) {
        throw new AwsError('BatchRequestTooLong', `Batch requests cannot be longer than ${MAX_BATCH_BYTES} bytes. You have sent ${total} bytes.`, 400);
      }
      const { successful, failed } = runEntries(entries, (entry) => {
        if (entry.MessageBody === undefined) throw missingParameter(`SendMessageBatchRequestEntry.${entries.indexOf(entry) + 1}.MessageBody`);
        return messages.enqueue(queue, outgoing({ ...entry, MessageBody: entry.MessageBody }, context));
      });
      return { Successful: successful as Sqs.SendMessageBatchResultEntry[], Failed: failed };
    },
  };
}

/**
 * The message's system attributes: AWSTraceHeader as given, else the X-Ray header the sender's
 * request carried (the AWS SDKs inside a Lambda function send theirs), as SQS keeps it.
 */
function systemAttributesOf(request: Omit<Sqs.SendMessageRequest, 'QueueUrl'>, context: RequestContext): Record<string, MessageAttribute> | undefined {
  const given = request.MessageSystemAttributes as Record<string, MessageAttribute> | undefined;
  const header = context.headers['x-amzn-trace-id'];
  if (!header || given?.AWSTraceHeader) return given;
  return { ...(given ?? {}), AWSTraceHeader: { DataType: 'String', StringValue: header } };
}

/** A SendMessage request, or one entry of a batch, as the message engine takes it. */
function outgoing(request: Omit<Sqs.SendMessageRequest, 'QueueUrl'>, context: RequestContext): OutgoingMessage {
  return {
    body: request.MessageBody,
    attributes: request.MessageAttributes as Record<string, MessageAttribute> | undefined,
    systemAttributes: systemAttributesOf(request, context),
    delaySeconds: request.DelaySeconds,
    groupId: request.MessageGroupId,
    deduplicationId: request.MessageDeduplicationId,
    // The caller's identity as SQS reports it: the account for root credentials (IAM users/roles once IAM lands).
    senderId: context.accountId,
  };
}
