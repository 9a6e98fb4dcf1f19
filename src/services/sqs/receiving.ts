import type * as Sqs from '../../generated/sqs.js';
import { checkBatch, runEntries } from './batch.js';
import { invalidParameter, queueDoesNotExist } from './errors.js';
import type { ReceiveOptions } from './messages.js';
import type { SqsService } from './service.js';
import type { QueueRow } from './state.js';

/** ReceiveMessage, and what is done with a receipt: deleting the message or changing its visibility. */
export function receivingOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  const { messages, state } = service;
  return {
    async ReceiveMessage(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const options = receiveOptions(queue, input);
      const received = await messages.receive(queue, options, () => {
        const current = state.queueById(queue.id);
        if (!current) throw queueDoesNotExist(context.protocol);
        return current;
      });
      return { Messages: received.length ? received : undefined };
    },

    DeleteMessage(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      messages.delete(queue, input.ReceiptHandle);
    },

    DeleteMessageBatch(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry') as Sqs.DeleteMessageBatchRequestEntry[];
      const { successful, failed } = runEntries(entries, (entry) => {
        messages.delete(queue, entry.ReceiptHandle);
        return {};
      });
      return { Successful: successful, Failed: failed };
    },

    ChangeMessageVisibility(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      messages.changeVisibility(queue, input.ReceiptHandle, input.VisibilityTimeout);
    },

    ChangeMessageVisibilityBatch(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry') as Sqs.ChangeMessageVisibilityBatchRequestEntry[];
      const { successful, failed } = runEntries(entries, (entry) => {
        messages.changeVisibility(queue, entry.ReceiptHandle, entry.VisibilityTimeout ?? 0);
        return {};
      });
      return { Successful: successful, Failed: failed };
    },
  };
}

function receiveOptions(queue: QueueRow, input: Sqs.ReceiveMessageRequest): ReceiveOptions {
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
