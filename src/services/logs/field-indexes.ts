import type * as Logs from '../../generated/logs.js';
import { accountPoliciesForGroup } from './account-policy-store.js';
import { invalidParameter, notFound } from './errors.js';
import { discoverFields } from './log-group-fields.js';
import { groupArn, type LogsService } from './service.js';
import type { GroupRow } from './state.js';

/**
 * Field index policies of a log group (PutIndexPolicy, overriding the account's
 * FIELD_INDEX_POLICY), and DescribeFieldIndexes: the indexed fields, custom and default,
 * that the group's events carry.
 */

export const INDEX_POLICY_KIND = 'index-policy';
/** AWS: at most 20 fields a policy, each at most 100 characters. */
const MAX_FIELDS = 20;
const MAX_FIELD_CHARS = 100;
/** Indexed for every Standard log group, outside any policy and its quota. */
const DEFAULT_INDEXES = ['@logStream', '@aws.region', '@aws.account', '@source.log', 'traceId'];

export type IndexType = 'FIELD_INDEX' | 'FACET';

interface StoredIndexPolicy {
  document: string;
  lastUpdated: number;
}

/** The fields a document indexes: `Fields` (plain indexes) and `FieldsV2` (each with its type), names not repeated. */
export function checkIndexDocument(text: string): Array<{ name: string; type: IndexType }> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalidParameter('The index policy document is not valid JSON.');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw invalidParameter('The index policy document must be a JSON object.');
  const { Fields: fields = [], FieldsV2: typed = {} } = doc as { Fields?: unknown; FieldsV2?: unknown };
  if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string' && f.length > 0)) throw invalidParameter('Fields must be an array of field names.');
  if (!typed || typeof typed !== 'object' || Array.isArray(typed)) throw invalidParameter('FieldsV2 must be an object of field names and their types.');
  const result: Array<{ name: string; type: IndexType }> = (fields as string[]).map((name) => ({ name, type: 'FIELD_INDEX' }));
  for (const [name, spec] of Object.entries(typed as Record<string, unknown>)) {
    const type = (spec as { type?: unknown } | null)?.type;
    if (type !== 'FIELD_INDEX' && type !== 'FACET') throw invalidParameter(`Invalid type for field ${name}: supported types are FIELD_INDEX and FACET.`);
    if ((fields as string[]).includes(name)) throw invalidParameter(`Field names within Fields and FieldsV2 must be mutually exclusive: ${name}`);
    result.push({ name, type });
  }
  if (!result.length) throw invalidParameter('The index policy document must include at least one field index.');
  if (result.length > MAX_FIELDS) throw invalidParameter(`An index policy can include at most ${MAX_FIELDS} fields.`);
  const long = result.find((f) => f.name.length > MAX_FIELD_CHARS);
  if (long) throw invalidParameter(`A field name can be at most ${MAX_FIELD_CHARS} characters: ${long.name}`);
  if (new Set(result.map((f) => f.name)).size !== result.length) throw invalidParameter('A field can be indexed only once in a policy.');
  return result;
}

/** The policy in force for a group: its own, else the account's most specific one that selects it. */
function effectivePolicy(service: LogsService, group: GroupRow, identifier: string): Logs.IndexPolicy | undefined {
  const { state } = service;
  const own = state.configuration<StoredIndexPolicy>(group.account, group.region, INDEX_POLICY_KIND, groupArn(group))?.body;
  if (own) return { logGroupIdentifier: identifier, policyDocument: own.document, lastUpdateTime: own.lastUpdated, source: 'LOG_GROUP' };
  // A policy scoped to the group by prefix wins over the account-wide one.
  const candidates = accountPoliciesForGroup(state, group.account, group.region, 'FIELD_INDEX_POLICY', group.name);
  const chosen = candidates.find((row) => row.body.selectionCriteria) ?? candidates[0];
  return chosen
    ? { logGroupIdentifier: identifier, policyDocument: chosen.body.document, lastUpdateTime: chosen.body.lastUpdated, policyName: chosen.name, source: 'ACCOUNT' }
    : undefined;
}

/** The fields indexed for a group: the default indexes and its policy's (ListLogGroups' fieldIndexNames filter). */
export function indexedFieldNames(service: LogsService, group: GroupRow): string[] {
  const policy = effectivePolicy(service, group, group.name);
  return [...DEFAULT_INDEXES, ...(policy ? checkIndexDocument(policy.policyDocument!).map((f) => f.name) : [])];
}

export function fieldIndexOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    PutIndexPolicy(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      if (group.groupClass !== 'STANDARD') throw invalidParameter('Field index policies are supported only for log groups in the Standard log class.');
      checkIndexDocument(input.policyDocument);
      const now = service.clock.now();
      state.putConfiguration(group.account, group.region, INDEX_POLICY_KIND, groupArn(group), { document: input.policyDocument, lastUpdated: now }, now);
      return { indexPolicy: { logGroupIdentifier: input.logGroupIdentifier, policyDocument: input.policyDocument, lastUpdateTime: now, source: 'LOG_GROUP' } };
    },

    DescribeIndexPolicies(input, context) {
      const policies: Logs.IndexPolicy[] = [];
      for (const identifier of input.logGroupIdentifiers) {
        const group = service.requireGroup(context, undefined, identifier);
        const policy = effectivePolicy(service, group, identifier);
        if (policy) policies.push(policy);
      }
      return { indexPolicies: policies };
    },

    DeleteIndexPolicy(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      if (!state.deleteConfiguration(group.account, group.region, INDEX_POLICY_KIND, groupArn(group))) {
        throw notFound('The specified log group does not have a field index policy.');
      }
      return {};
    },

    async DescribeFieldIndexes(input, context) {
      const now = service.clock.now();
      const indexes: Logs.FieldIndex[] = [];
      // Up to 100 groups share one request's sample of events, so naming many (or one many times) costs no more than one.
      const groups = input.logGroupIdentifiers.map((identifier) => ({ identifier, group: service.requireGroup(context, undefined, identifier) }));
      const share = 1 / new Set(groups.map(({ group }) => group.id)).size;
      const seen = new Set<number>();
      for (const { identifier, group } of groups) {
        if (seen.has(group.id)) continue;
        seen.add(group.id);
        const policy = effectivePolicy(service, group, identifier);
        const custom = policy ? checkIndexDocument(policy.policyDocument!) : [];
        const wanted = new Map<string, IndexType>([...DEFAULT_INDEXES.map((name) => [name, 'FIELD_INDEX'] as const), ...custom.map((f) => [f.name, f.type] as const)]);
        // The newest events the group keeps (up to the sample discoverFields reads); a timestamp may run up to two hours ahead.
        for (const field of await discoverFields(service, group, 0, now + 2 * 3_600_000, share)) {
          const type = wanted.get(field.name);
          if (type) indexes.push({ logGroupIdentifier: identifier, fieldIndexName: field.name, type, firstEventTime: field.firstEventTime, lastEventTime: field.lastEventTime, lastScanTime: now });
        }
      }
      return { fieldIndexes: indexes };
    },
  };
}
