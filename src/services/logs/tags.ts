import { parseArn } from '../../core/ids.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, notFound, tooManyTags } from './errors.js';
import type { LogsService, Scope } from './service.js';
import type { GroupRow } from './state.js';

const MAX_TAGS = 50;
/**
 * The resources besides log groups that take tags, by their ARN's resource type, which is also
 * the kind they are stored under (destination:NAME, delivery-source:NAME, delivery:ID, ...).
 */
const TAGGABLE_KINDS = new Set(['destination', 'delivery-source', 'delivery-destination', 'delivery', 'anomaly-detector', 'lookup-table', 'scheduled-query']);

export function checkTags(tags: Record<string, string> | undefined, resource: string): void {
  if (tags && Object.keys(tags).length > MAX_TAGS) {
    throw tooManyTags(MAX_TAGS, resource);
  }
}

/** Tags of a log group, by name (the older *LogGroup operations) or by ARN (*Resource), and of the other taggable resources by ARN. */
export function tagOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  /** What TagResource and friends can tag: a log group, or a configuration whose ARN resource type is its kind. */
  interface Taggable {
    tags: Record<string, string>;
    save(tags: Record<string, string>): void;
  }

  function taggable(context: Scope, resourceArn: string): Taggable {
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'logs') throw invalidParameter(`Invalid resource ARN: ${resourceArn}`);
    const missing = () => notFound(`The specified resource ${resourceArn} does not exist.`);
    if (parsed.resource.startsWith('log-group:')) {
      const group = service.resolveGroup(context, resourceArn);
      if (!group) throw missing();
      return { tags: group.tags, save: (tags) => state.setTags(group.id, tags) };
    }
    const colon = parsed.resource.indexOf(':');
    const kind = parsed.resource.slice(0, colon);
    const name = parsed.resource.slice(colon + 1);
    if (colon < 0 || !TAGGABLE_KINDS.has(kind) || parsed.account !== context.accountId || parsed.region !== context.region) throw missing();
    const row = state.configuration<{ tags?: Record<string, string> }>(context.accountId, context.region, kind, name);
    if (!row) throw missing();
    return { tags: row.body.tags ?? {}, save: (tags) => state.putConfiguration(context.accountId, context.region, kind, name, { ...row.body, tags }, service.clock.now()) };
  }

  function addTags(target: Taggable, added: Record<string, string>, resource: string): void {
    const tags = { ...target.tags, ...added };
    checkTags(tags, resource);
    target.save(tags);
  }

  function removeTags(target: Taggable, keys: string[]): void {
    const tags = { ...target.tags };
    for (const key of keys) delete tags[key];
    target.save(tags);
  }

  const groupTarget = (group: GroupRow): Taggable => ({ tags: group.tags, save: (tags) => state.setTags(group.id, tags) });

  return {
    TagLogGroup(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      addTags(groupTarget(group), input.tags, group.name);
    },

    UntagLogGroup(input, context) {
      removeTags(groupTarget(service.requireGroup(context, input.logGroupName)), input.tags);
    },

    ListTagsLogGroup(input, context) {
      return { tags: service.requireGroup(context, input.logGroupName).tags };
    },

    TagResource(input, context) {
      addTags(taggable(context, input.resourceArn), input.tags, input.resourceArn);
    },

    UntagResource(input, context) {
      removeTags(taggable(context, input.resourceArn), input.tagKeys);
    },

    ListTagsForResource(input, context) {
      return { tags: taggable(context, input.resourceArn).tags };
    },
  };
}
