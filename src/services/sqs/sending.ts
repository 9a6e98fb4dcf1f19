import { AwsError } from '../../core/errors.js';
import type * as Sqs from '../../generated/sqs.js';
import { checkBatch, runEntries } from './batch.js';
import { missingParameter } from './errors.js';
import type { MessageAttribute } from './message-digest.js';
import type { SqsService } from './service.js';

const MAX_BATCH_BYTES = 1_048_576;

/** SendMessage and SendMessageBatch. */
export function sendingOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  const { messages } = service;
  return {
    SendMessage(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
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
      const queue = service.requireQueue(context, input.QueueUrl);
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
  };
}
