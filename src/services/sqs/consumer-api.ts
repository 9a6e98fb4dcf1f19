import { AwsError, isAwsError } from '../../core/errors.js';
import type { SqsConsumedMessage, SqsConsumerApi } from './api.js';
import { queueDoesNotExist } from './errors.js';
import type { SqsService } from './service.js';
import type { QueueRow } from './state.js';

const MAX_WAIT_SECONDS = 20;

/**
 * The queue side of pollers that run on AWS's side (EventBridge Pipes, Lambda event source
 * mappings): receive, delete and change visibility through the same Messages engine as
 * ReceiveMessage and DeleteMessage, so redrive, maxReceiveCount and FIFO group locks hold.
 */
export function consumerApi(service: SqsService): SqsConsumerApi {
  const { messages, state, waiters, clock } = service;

  const requireQueue = (queueArn: string): QueueRow => {
    const queue = service.queueByArn(queueArn);
    if (!queue) throw queueDoesNotExist();
    messages.expire(queue);
    return queue;
  };

  const receiveNow = async (queue: QueueRow, maxMessages: number, visibilityTimeoutSeconds: number): Promise<SqsConsumedMessage[]> => {
    try {
      const received = await messages.receive(
        queue,
        { maxMessages, waitSeconds: 0, visibilityTimeoutSeconds, systemAttributeNames: ['All'], messageAttributeNames: ['All'] },
        () => queue,
      );
      return received.map(consumed);
    } catch (error) {
      // At the in-flight quota a poller, like a long poll, just finds nothing for now.
      if (isAwsError(error) && error.code === 'OverLimit') return [];
      throw error;
    }
  };

  return {
    async receiveBatch({ queueArn, maxMessages, waitSeconds, visibilityTimeoutSeconds, signal }) {
      if (!Number.isInteger(maxMessages) || maxMessages < 1 || maxMessages > 10) throw new RangeError('maxMessages must be 1 to 10');
      const deadline = clock.now() + Math.min(Math.max(0, waitSeconds), MAX_WAIT_SECONDS) * 1000;
      let queue = requireQueue(queueArn);
      // An abort wakes the wait at once; other receivers woken with it simply look again.
      const wake = (): void => waiters.notify(queue.id);
      signal?.addEventListener('abort', wake);
      try {
        for (;;) {
          if (signal?.aborted) return [];
          const visibility = visibilityTimeoutSeconds ?? Number(queue.attributes.VisibilityTimeout);
          const taken = await receiveNow(queue, maxMessages, visibility);
          const now = clock.now();
          if (taken.length || now >= deadline) return taken;
          const nextVisible = state.nextVisibleAt(queue, now);
          await waiters.wait(queue.id, Math.min(deadline, nextVisible ?? Infinity));
          queue = requireQueue(queueArn);
        }
      } finally {
        signal?.removeEventListener('abort', wake);
      }
    },

    deleteMessages(queueArn, receiptHandles) {
      const queue = requireQueue(queueArn);
      for (const handle of receiptHandles) {
        try {
          messages.delete(queue, handle);
        } catch (error) {
          // A FIFO handle past its visibility timeout no longer deletes: the message comes round again.
          if (!(error instanceof AwsError)) throw error;
        }
      }
    },

    changeMessageVisibility(queueArn, receiptHandle, timeoutSeconds) {
      messages.changeVisibility(requireQueue(queueArn), receiptHandle, timeoutSeconds);
    },
  };
}

function consumed(message: { MessageId?: string; ReceiptHandle?: string; Body?: string; MD5OfBody?: string; MD5OfMessageAttributes?: string; Attributes?: Record<string, string>; MessageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Buffer }> }): SqsConsumedMessage {
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    md5OfBody: message.MD5OfBody!,
    md5OfMessageAttributes: message.MD5OfMessageAttributes,
    attributes: { ...(message.Attributes ?? {}) },
    messageAttributes: { ...(message.MessageAttributes ?? {}) },
  };
}
