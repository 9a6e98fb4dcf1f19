import { parseArn } from '../../core/ids.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, notFound, tooManyTags } from './errors.js';
import type { LogsService, Scope } from './service.js';
import type { GroupRow } from './state.js';

const MAX_TAGS = 50;

export function checkTags(tags: Record<string, string> | undefined, resource: string): void {
  if (tags && Object.keys(tags).length > MAX_TAGS) {
    throw tooManyTags(MAX_TAGS, resource);
  }
}

/** A log group's tags, by name (the older *LogGroup operations) or by ARN (*Resource). */
export function tagOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  function groupForTagging(context: Scope, resourceArn: string): GroupRow {
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'logs') throw invalidParameter(`Invalid resource ARN: ${resourceArn}`);
    if (!parsed.resource.startsWith('log-group:')) throw notFound(`The specified resource ${resourceArn} does not exist.`);
    const group = service.resolveGroup(context, resourceArn);
    if (!group) throw notFound(`The specified resource ${resourceArn} does not exist.`);
    return group;
  }

  function addTags(group: GroupRow, added: Record<string, string>, resource: string): void {
    const tags = { ...group.tags, ...added };
    checkTags(tags, resource);
    state.setTags(group.id, tags);
  }

  function removeTags(group: GroupRow, keys: string[]): void {
    const tags = { ...group.tags };
    for (const key of keys) delete tags[key];
    state.setTags(group.id, tags);
  }

  return {
    TagLogGroup(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      addTags(group, input.tags, group.name);
    },

    UntagLogGroup(input, context) {
      removeTags(service.requireGroup(context, input.logGroupName), input.tags);
    },

    ListTagsLogGroup(input, context) {
      return { tags: service.requireGroup(context, input.logGroupName).tags };
    },

    TagResource(input, context) {
      addTags(groupForTagging(context, input.resourceArn), input.tags, input.resourceArn);
    },

    UntagResource(input, context) {
      removeTags(groupForTagging(context, input.resourceArn), input.tagKeys);
    },

    ListTagsForResource(input, context) {
      return { tags: groupForTagging(context, input.resourceArn).tags };
    },
  };
}
