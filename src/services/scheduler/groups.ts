import { parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Scheduler from '../../generated/scheduler.js';
import { conflict, defaultGroupOperation, groupExists, groupNotFound, invalidNextToken, validation } from './errors.js';
import { DEFAULT_GROUP, type SchedulerService } from './service.js';
import type { GroupRow } from './state.js';

/** AWS's quota of tags on one resource. */
const MAX_TAGS = 50;

const summary = (group: GroupRow): Scheduler.ScheduleGroupSummary => ({
  Arn: group.arn,
  CreationDate: new Date(group.createdAt),
  LastModificationDate: new Date(group.modifiedAt),
  Name: group.name,
  State: group.state,
});

/** Schedule groups and their tags (schedules take no tags on AWS: TagResource names groups only). */
export function groupOperations(service: SchedulerService): Partial<Scheduler.SchedulerOperations> {
  const now = () => service.runtime.clock.now();

  /** The group a tagging call's ARN names, in the caller's account and region. */
  const taggedGroup = (resourceArn: string, account: string, region: string): GroupRow => {
    const parsed = parseArn(resourceArn);
    const name = parsed?.resource.replace(/^schedule-group\//, '') ?? resourceArn;
    const group = parsed && parsed.account === account && parsed.region === region ? service.group(account, region, name) : undefined;
    if (!group) throw groupNotFound(name);
    return group;
  };

  return {
    CreateScheduleGroup(input, context) {
      if (input.Name === DEFAULT_GROUP) throw defaultGroupOperation();
      const existing = service.group(context.accountId, context.region, input.Name);
      if (existing) {
        // A retry with the same client token gets the same answer.
        if (input.ClientToken !== undefined && existing.clientToken === input.ClientToken) return { ScheduleGroupArn: existing.arn };
        throw groupExists(input.Name);
      }
      const tags = mergeTags([], input.Tags ?? []);
      const at = now();
      const group: GroupRow = {
        account: context.accountId,
        region: context.region,
        name: input.Name,
        arn: service.groupArn(context.accountId, context.region, input.Name),
        state: 'ACTIVE',
        tags,
        clientToken: input.ClientToken ?? null,
        createdAt: at,
        modifiedAt: at,
      };
      service.state.putGroup(group);
      return { ScheduleGroupArn: group.arn };
    },

    GetScheduleGroup(input, context) {
      const group = service.group(context.accountId, context.region, input.Name);
      if (!group) throw groupNotFound(input.Name);
      return summary(group);
    },

    ListScheduleGroups(input, context) {
      service.ensureDefaultGroup(context.accountId, context.region);
      const groups = service.state.groups(context.accountId, context.region).filter((g) => input.NamePrefix === undefined || g.name.startsWith(input.NamePrefix));
      const page = pageAfterKey(groups, (g) => g.name, input.MaxResults ?? 100, input.NextToken, invalidNextToken);
      return { ScheduleGroups: page.items.map(summary), NextToken: page.nextToken };
    },

    DeleteScheduleGroup(input, context) {
      if (input.Name === DEFAULT_GROUP) throw defaultGroupOperation();
      const group = service.group(context.accountId, context.region, input.Name);
      if (!group) throw groupNotFound(input.Name);
      if (group.state === 'DELETING') throw conflict(`Schedule group ${input.Name} is being deleted.`);
      service.deleteGroup(group);
      return {};
    },

    TagResource(input, context) {
      const group = taggedGroup(input.ResourceArn, context.accountId, context.region);
      if (group.name === DEFAULT_GROUP) throw defaultGroupOperation();
      service.state.putGroup({ ...group, tags: mergeTags(group.tags, input.Tags), modifiedAt: group.modifiedAt });
      return {};
    },

    UntagResource(input, context) {
      const group = taggedGroup(input.ResourceArn, context.accountId, context.region);
      if (group.name === DEFAULT_GROUP) throw defaultGroupOperation();
      const removed = new Set(input.TagKeys);
      service.state.putGroup({ ...group, tags: group.tags.filter((t) => !removed.has(t.Key)) });
      return {};
    },

    ListTagsForResource(input, context) {
      const group = taggedGroup(input.ResourceArn, context.accountId, context.region);
      return { Tags: group.tags };
    },
  };
}

/** Tags with new values over old ones, within AWS's limits. */
function mergeTags(current: Scheduler.TagShape[], added: Scheduler.TagShape[]): Scheduler.TagShape[] {
  const byKey = new Map(current.map((t) => [t.Key, t.Value]));
  for (const tag of added) {
    if (tag.Key.toLowerCase().startsWith('aws:')) throw validation('Tag keys starting with aws: are reserved for AWS use.');
    byKey.set(tag.Key, tag.Value);
  }
  if (byKey.size > MAX_TAGS) throw validation(`A resource can have at most ${MAX_TAGS} tags.`);
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}
