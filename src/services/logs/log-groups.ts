import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { DATA_PROTECTION_KIND } from './data-protection.js';
import { alreadyExists, invalidOperation, invalidParameter, invalidToken } from './errors.js';
import { INDEX_POLICY_KIND, indexedFieldNames } from './field-indexes.js';
import { compileGlob } from './glob.js';
import { RESOURCE_POLICY_KIND } from './resource-policies.js';
import { groupArn, type LogsService } from './service.js';
import type { GroupRow } from './state.js';
import { checkTags } from './tags.js';
import { TRANSFORMER_KIND } from './transformers.js';

/** Whether HTTP ingestion may authenticate to a group with a bearer token (PutBearerTokenAuthentication), by group ARN. */
const BEARER_TOKEN_KIND = 'bearer-token-authentication';

/** What is stored against a log group by its ARN, and goes when the group does. */
const GROUP_CONFIGURATION_KINDS = [RESOURCE_POLICY_KIND, DATA_PROTECTION_KIND, INDEX_POLICY_KIND, TRANSFORMER_KIND, BEARER_TOKEN_KIND];

/** Log groups: create, delete, describe, deletion protection, bearer-token authentication and KMS keys (retention and tags have files of their own). */
export function logGroupOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  function describeGroup(group: GroupRow): Logs.LogGroup {
    return {
      logGroupName: group.name,
      creationTime: group.createdAt,
      retentionInDays: group.retentionDays ?? undefined,
      metricFilterCount: state.metricFilterCount(group.id),
      arn: `${groupArn(group)}:*`,
      logGroupArn: groupArn(group),
      storedBytes: state.storedBytes(group.id),
      kmsKeyId: group.kmsKeyId ?? undefined,
      logGroupClass: group.groupClass as Logs.LogGroup['logGroupClass'],
      deletionProtectionEnabled: group.deletionProtection,
      bearerTokenAuthenticationEnabled: state.configuration<boolean>(group.account, group.region, BEARER_TOKEN_KIND, groupArn(group))?.body ?? false,
    };
  }

  return {
    CreateLogGroup(input, context) {
      if (input.logGroupName.toLowerCase().startsWith('aws/')) throw invalidParameter('Log groups starting with AWS/ are reserved for AWS.');
      if (input.kmsKeyId) checkKmsKey(input.kmsKeyId);
      checkTags(input.tags, input.logGroupName);
      if (state.group(context.accountId, context.region, input.logGroupName)) throw alreadyExists('The specified log group already exists');
      state.createGroup(
        context.accountId,
        context.region,
        input.logGroupName,
        service.clock.now(),
        input.kmsKeyId ?? null,
        input.logGroupClass ?? 'STANDARD',
        input.tags ?? {},
        input.deletionProtectionEnabled ?? false,
      );
    },

    DeleteLogGroup(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (group.deletionProtection) throw invalidOperation('The log group has deletion protection enabled. Disable deletion protection before deleting the log group.');
      service.retention.cancel(group.id);
      state.deleteGroup(group.id);
      // The group's own policies and transformer go with it.
      for (const kind of GROUP_CONFIGURATION_KINDS) state.deleteConfiguration(group.account, group.region, kind, groupArn(group));
    },

    PutLogGroupDeletionProtection(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      state.setDeletionProtection(group.id, input.deletionProtectionEnabled);
    },

    PutBearerTokenAuthentication(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      state.putConfiguration(group.account, group.region, BEARER_TOKEN_KIND, groupArn(group), input.bearerTokenAuthenticationEnabled, service.clock.now());
    },

    DescribeLogGroups(input, context) {
      if (input.logGroupNamePrefix && input.logGroupNamePattern) {
        throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
      }
      if (input.logGroupIdentifiers && (input.logGroupNamePrefix || input.logGroupNamePattern)) {
        throw invalidParameter('logGroupIdentifiers is mutually exclusive with logGroupNamePrefix and logGroupNamePattern.');
      }
      const pattern = input.logGroupNamePattern?.toLowerCase();
      const identifiers = input.logGroupIdentifiers ? new Set(input.logGroupIdentifiers.map((id) => id.replace(/:\*$/, ''))) : undefined;
      const groups = state.groups(context.accountId, context.region).filter((g) => {
        if (input.logGroupNamePrefix && !g.name.startsWith(input.logGroupNamePrefix)) return false;
        if (pattern && !g.name.toLowerCase().includes(pattern)) return false;
        if (input.logGroupClass && g.groupClass !== input.logGroupClass) return false;
        if (identifiers && !identifiers.has(g.name) && !identifiers.has(groupArn(g))) return false;
        return true;
      });
      const result = pageAfterKey(groups, (g) => g.name, input.limit ?? 50, input.nextToken, invalidToken);
      for (const group of result.items) service.retention.expire(group);
      return { logGroups: result.items.map(describeGroup), nextToken: result.nextToken };
    },

    ListLogGroups(input, context) {
      const names = input.logGroupNamePattern ? nameMatcher(input.logGroupNamePattern) : undefined;
      const groups = state.groups(context.accountId, context.region).filter(
        (g) =>
          (!names || names(g.name)) &&
          (!input.logGroupClass || g.groupClass === input.logGroupClass) &&
          (!input.logGroupTags || input.logGroupTags.every((filter) => tagFilterMatches(filter, g.tags))) &&
          (!input.fieldIndexNames || input.fieldIndexNames.every((field) => indexedFieldNames(service, g).includes(field))) &&
          // Nimbus's log groups have no data sources yet: a data-source filter selects none.
          !input.dataSources?.length,
      );
      const result = pageAfterKey(groups, (g) => g.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { logGroups: result.items.map((g) => ({ logGroupName: g.name, logGroupArn: groupArn(g), logGroupClass: g.groupClass as Logs.LogGroupSummary['logGroupClass'] })), nextToken: result.nextToken };
    },

    AssociateKmsKey(input, context) {
      checkKmsKey(input.kmsKeyId);
      if (input.resourceIdentifier && !input.logGroupName) {
        if (!input.resourceIdentifier.includes(':log-group:')) throw invalidParameter('Only log group ARNs can be associated with a KMS key by Nimbus.');
      }
      const group = service.requireGroup(context, input.logGroupName, input.logGroupName ? undefined : input.resourceIdentifier);
      state.setKmsKey(group.id, input.kmsKeyId);
    },

    DisassociateKmsKey(input, context) {
      const group = service.requireGroup(context, input.logGroupName, input.logGroupName ? undefined : input.resourceIdentifier);
      state.setKmsKey(group.id, null);
    },
  };
}

function checkKmsKey(key: string): void {
  if (!/^arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/.test(key)) throw invalidParameter(`Specified KMS key ARN is not valid: ${key}`);
}

/** ListLogGroups' logGroupNamePattern: up to five alternatives split by |, each a substring or, after ^, a prefix; case-sensitive. */
export function nameMatcher(pattern: string): (name: string) => boolean {
  const alternatives = pattern.split('|').map((alt) => (alt.startsWith('^') ? { prefix: true, text: alt.slice(1) } : { prefix: false, text: alt }));
  return (name) => alternatives.some((alt) => (alt.prefix ? name.startsWith(alt.text) : name.includes(alt.text)));
}

/** A tag filter: the key must be there; values match any of (`*` wildcards case-insensitively, `!` negates, else exactly). */
function tagFilterMatches(filter: Logs.TagFilter, tags: Record<string, string>): boolean {
  if (!Object.hasOwn(tags, filter.key)) return false;
  if (!filter.values?.length) return true;
  const value = tags[filter.key];
  return filter.values.some((wanted) => {
    if (wanted.startsWith('!')) return value !== wanted.slice(1);
    if (wanted.includes('*')) return compileGlob(wanted.toLowerCase()).test(value.toLowerCase());
    return value === wanted;
  });
}
