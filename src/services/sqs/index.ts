import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Sqs from '../../generated/sqs.js';
import type { Violation } from '../../protocol/index.js';
import type { SqsApi } from './api.js';
import { consumerApi } from './consumer-api.js';
import { missingParameter, queueDoesNotExist } from './errors.js';
import { isFifo } from './messages.js';
import { moveTaskOperations } from './move-tasks.js';
import { permissionOperations } from './permissions.js';
import { queueAttributeOperations } from './queue-attributes.js';
import { queueOperations } from './queues.js';
import { receivingOperations } from './receiving.js';
import { sendingOperations } from './sending.js';
import { SqsService } from './service.js';
import { tagOperations } from './tags.js';

/** SQS: standard and FIFO queues, over JSON and the query protocol. */
export function createProvider(runtime: Runtime): Provider {
  const service = new SqsService(runtime);
  const { messages } = service;
  const operations: Partial<Sqs.SqsOperations> = {
    ...queueOperations(service),
    ...queueAttributeOperations(service),
    ...tagOperations(service),
    ...permissionOperations(service),
    ...sendingOperations(service),
    ...receivingOperations(service),
    ...moveTaskOperations(service),
  };

  const api: SqsApi = {
    ...consumerApi(service),
    queueByArn(arnText) {
      const queue = service.queueByArn(arnText);
      if (!queue) return undefined;
      return { arn: arnText, account: queue.account, region: queue.region, name: queue.name, fifo: isFifo(queue), visibilityTimeoutSeconds: Number(queue.attributes.VisibilityTimeout), policy: queue.attributes.Policy || undefined };
    },
    deliver(arnText, message) {
      const queue = service.queueByArn(arnText);
      if (!queue) throw queueDoesNotExist();
      messages.expire(queue);
      const { traceHeader, ...rest } = message;
      const systemAttributes = traceHeader ? { AWSTraceHeader: { DataType: 'String', StringValue: traceHeader } } : undefined;
      const result = messages.enqueue(queue, { ...rest, systemAttributes, senderId: message.senderId ?? queue.account });
      return { messageId: result.MessageId! };
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
    close: () => service.close(),
  };
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
