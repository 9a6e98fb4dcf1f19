import { parseArn } from '../../core/ids.js';
import type * as Sqs from '../../generated/sqs.js';
import { ALL_ATTRIBUTE_NAMES, checkAttributeCombination, checkAttributes } from './attributes.js';
import { unknownAttribute } from './errors.js';
import { isFifo, queueArn } from './messages.js';
import { checkRedriveAllowPolicy, checkRedrivePolicy, redriveAllowPolicyOf } from './redrive.js';
import type { SqsService } from './service.js';
import type { QueueRow } from './state.js';

/** GetQueueAttributes and SetQueueAttributes. */
export function queueAttributeOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  return {
    GetQueueAttributes(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const requested = (input.AttributeNames ?? []) as string[];
      for (const name of requested) if (name !== 'All' && !ALL_ATTRIBUTE_NAMES.includes(name)) throw unknownAttribute(name);
      if (!requested.length) return {};
      const all: Record<string, string> = { ...queue.attributes, ...computedAttributes(service, queue) };
      const wanted = requested.includes('All') ? Object.keys(all) : requested;
      const attributes: Record<string, string> = {};
      for (const name of wanted) if (all[name] !== undefined) attributes[name] = all[name];
      return { Attributes: Object.keys(attributes).length ? attributes : undefined };
    },

    SetQueueAttributes(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const changes = validatedAttributes(service, input.Attributes as Record<string, string>, isFifo(queue), false, queueArn(queue));
      const attributes = withoutEmpty({ ...queue.attributes, ...changes });
      checkAttributeCombination(attributes);
      service.state.setAttributes(queue, attributes, service.clock.now());
    },
  };
}

function computedAttributes(service: SqsService, queue: QueueRow): Record<string, string> {
  const counts = service.state.counts(queue, service.clock.now());
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
export function validatedAttributes(
  service: SqsService,
  given: Record<string, string>,
  fifo: boolean,
  creating: boolean,
  arnOfQueue: string,
): Record<string, string> {
  const checked = checkAttributes(given, fifo, creating);
  if (checked.RedrivePolicy !== undefined) {
    const source = parseArn(arnOfQueue);
    checked.RedrivePolicy = checkRedrivePolicy(checked.RedrivePolicy, { arn: arnOfQueue, fifo }, (target) => {
      const queue = service.queueByArn(target);
      // A dead-letter queue lives in the source queue's account and region; SQS does not see others from here.
      if (!queue || queue.account !== source?.account || queue.region !== source?.region) return undefined;
      return { arn: target, fifo: isFifo(queue), allowPolicy: redriveAllowPolicyOf(queue.attributes) };
    });
  }
  if (checked.RedriveAllowPolicy !== undefined) checked.RedriveAllowPolicy = checkRedriveAllowPolicy(checked.RedriveAllowPolicy);
  // A customer-managed KMS key replaces SQS-managed encryption.
  if (checked.KmsMasterKeyId && checked.SqsManagedSseEnabled === undefined) checked.SqsManagedSseEnabled = 'false';
  return checked;
}

/** An attribute set to '' is removed. */
export function withoutEmpty(attributes: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== '') out[key] = value;
  return out;
}
