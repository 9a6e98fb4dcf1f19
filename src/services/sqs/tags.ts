import type * as Sqs from '../../generated/sqs.js';
import { invalidParameterValue } from './errors.js';
import type { SqsService } from './service.js';

const MAX_TAGS = 50;

/** TagQueue, UntagQueue and ListQueueTags. */
export function tagOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  return {
    TagQueue(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      checkTags(input.Tags, queue.tags);
      service.state.setTags(queue, { ...queue.tags, ...input.Tags });
    },

    UntagQueue(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const tags = { ...queue.tags };
      for (const key of input.TagKeys) delete tags[key];
      service.state.setTags(queue, tags);
    },

    ListQueueTags(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      return { Tags: Object.keys(queue.tags).length ? queue.tags : undefined };
    },
  };
}

export function checkTags(tags: Record<string, string>, existing: Record<string, string> = {}): void {
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128) throw invalidParameterValue(`Tag keys must be between 1 and 128 characters in length.`);
    if (value.length > 256) throw invalidParameterValue(`Tag values must be less than 256 characters in length.`);
    if (key.toLowerCase().startsWith('aws:')) throw invalidParameterValue(`Tag keys must not start with the aws: prefix.`);
  }
  if (Object.keys({ ...existing, ...tags }).length > MAX_TAGS) {
    throw invalidParameterValue(`Too many tags added for queue. Tag limit is ${MAX_TAGS}.`);
  }
}
