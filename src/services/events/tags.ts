import { parseArn } from '../../core/ids.js';
import type * as Events from '../../generated/events.js';
import { busNotFound, ruleNotFound, validation } from './errors.js';
import { DEFAULT_BUS, type EventsService } from './service.js';

/** Tags a resource may carry. */
const MAX_TAGS = 50;

export function tagMap(tags: Events.TagShape[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) out[tag.Key] = tag.Value;
  return out;
}

const tagList = (tags: Record<string, string>): Events.TagShape[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** TagResource / UntagResource / ListTagsForResource, for buses and rules. */
export function tagOperations(service: EventsService): Partial<Events.EventsOperations> {
  const { state } = service;

  /** The tags of the bus or rule an ARN names, and how to keep new ones. */
  function resource(resourceArn: string, account: string): { tags: Record<string, string>; save(tags: Record<string, string>): void } {
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'events') throw validation(`Parameter ResourceARN is not valid. Reason: Provided Arn is not in correct format.`);
    // Partner bus names hold slashes (aws.partner/...): a rule's name is the last part, its bus all before.
    const [kind, ...rest] = parsed.resource.split('/');
    if (kind === 'event-bus' && rest.length >= 1) {
      const busName = rest.join('/');
      const bus = parsed.account === account ? service.busNamed(parsed.account, parsed.region, busName) : undefined;
      if (!bus) throw busNotFound(busName);
      return { tags: bus.tags, save: (tags) => state.updateBus({ ...bus, tags }) };
    }
    if (kind === 'rule' && rest.length >= 1) {
      const ruleName = rest[rest.length - 1]!;
      const busName = rest.length === 1 ? DEFAULT_BUS : rest.slice(0, -1).join('/');
      const rule = parsed.account === account ? state.rule(parsed.account, parsed.region, busName, ruleName) : undefined;
      if (!rule) throw ruleNotFound(ruleName, busName);
      return { tags: rule.tags, save: (tags) => state.setRuleTags(rule.arn, tags) };
    }
    throw validation(`Parameter ResourceARN is not valid. Reason: Provided Arn is not in correct format.`);
  }

  return {
    TagResource(input, context) {
      const target = resource(input.ResourceARN, context.accountId);
      const tags = { ...target.tags, ...tagMap(input.Tags) };
      if (Object.keys(tags).length > MAX_TAGS) throw validation(`The number of tags on the resource exceeds the limit of ${MAX_TAGS}.`);
      target.save(tags);
      return {};
    },
    UntagResource(input, context) {
      const target = resource(input.ResourceARN, context.accountId);
      const tags = { ...target.tags };
      for (const key of input.TagKeys) delete tags[key];
      target.save(tags);
      return {};
    },
    ListTagsForResource(input, context) {
      return { Tags: tagList(resource(input.ResourceARN, context.accountId).tags) };
    },
  };
}
