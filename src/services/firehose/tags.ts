import type * as Firehose from '../../generated/firehose.js';
import { invalidArgument, limitExceeded } from './errors.js';
import type { FirehoseService } from './service.js';

const MAX_TAGS = 50;

/** Tags being added to a stream's: no key twice in one request, at most 50 on a stream. */
export function checkNewTags(current: Firehose.TagShape[], added: Firehose.TagShape[]): Firehose.TagShape[] {
  const keys = new Set<string>();
  for (const tag of added) {
    if (keys.has(tag.Key)) throw invalidArgument(`Duplicate tag key ${tag.Key} in the request.`);
    keys.add(tag.Key);
  }
  const merged = [...current.filter((t) => !keys.has(t.Key)), ...added.map((t) => ({ Key: t.Key, Value: t.Value ?? '' }))];
  if (merged.length > MAX_TAGS) throw limitExceeded(`A Firehose stream can have at most ${MAX_TAGS} tags.`);
  return merged;
}

export function tagOperations(service: FirehoseService): Partial<Firehose.FirehoseOperations> {
  return {
    TagDeliveryStream(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      stream.tags = checkNewTags(stream.tags, input.Tags);
      service.state.saveStream(stream);
      return {};
    },

    UntagDeliveryStream(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      const removed = new Set(input.TagKeys);
      stream.tags = stream.tags.filter((t) => !removed.has(t.Key));
      service.state.saveStream(stream);
      return {};
    },

    ListTagsForDeliveryStream(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      const limit = input.Limit ?? 50;
      const sorted = [...stream.tags].sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
      const after = input.ExclusiveStartTagKey;
      const rest = after === undefined ? sorted : sorted.filter((t) => t.Key > after);
      return { Tags: rest.slice(0, limit), HasMoreTags: rest.length > limit };
    },
  };
}
