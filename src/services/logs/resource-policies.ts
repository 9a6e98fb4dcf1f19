import { randomUUID } from 'node:crypto';
import { parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import { parsePolicy, PolicyError } from '../../core/policy.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, invalidToken, limitExceeded, notFound, operationAborted } from './errors.js';
import { groupArn, type LogsService } from './service.js';

/**
 * Resource policies: account-scoped ones (by name, up to ten a region, letting services such as
 * Route 53 or EventBridge write to the account's groups) and resource-scoped ones (one a log
 * group, named by its ARN, guarded by revision ids).
 */

export const RESOURCE_POLICY_KIND = 'resource-policy';
const KIND = RESOURCE_POLICY_KIND;
/** AWS: up to 10 account-scoped resource policies per Region, each at most 5,120 characters. */
const MAX_ACCOUNT_POLICIES = 10;
const MAX_POLICY_CHARS = 5120;

interface StoredResourcePolicy {
  document: string;
  scope: 'ACCOUNT' | 'RESOURCE';
  resourceArn?: string;
  revisionId?: string;
  lastUpdated: number;
}

export function resourcePolicyOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  /** The log group a resource-scoped policy names: its ARN, without a trailing :*. */
  function scopedGroupKey(context: { accountId: string; region: string }, resourceArn: string): string {
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('log-group:')) throw invalidParameter(`Invalid resource ARN: ${resourceArn}`);
    const group = service.resolveGroup(context, resourceArn);
    if (!group) throw notFound('The specified log group does not exist.');
    return groupArn(group);
  }

  function view(name: string, policy: StoredResourcePolicy): Logs.ResourcePolicy {
    return {
      policyName: policy.scope === 'ACCOUNT' ? name : undefined,
      policyDocument: policy.document,
      lastUpdatedTime: policy.lastUpdated,
      policyScope: policy.scope,
      resourceArn: policy.resourceArn,
      revisionId: policy.revisionId,
    };
  }

  return {
    PutResourcePolicy(input, context) {
      if (!input.policyDocument) throw invalidParameter('policyDocument is required.');
      if (input.policyDocument.length > MAX_POLICY_CHARS) throw invalidParameter(`The policy document exceeds the maximum length of ${MAX_POLICY_CHARS} characters.`);
      try {
        parsePolicy(input.policyDocument);
      } catch (error) {
        if (error instanceof PolicyError) throw invalidParameter(`Invalid policy document: ${error.message}`);
        throw error;
      }
      const now = service.clock.now();
      if (input.resourceArn) {
        const key = scopedGroupKey(context, input.resourceArn);
        const current = state.configuration<StoredResourcePolicy>(context.accountId, context.region, KIND, key);
        // A resource-scoped policy is replaced only by whoever read its current revision.
        if (current && input.expectedRevisionId !== current.body.revisionId) throw operationAborted('The expected revision id does not match the current revision of the resource policy.');
        if (!current && input.expectedRevisionId) throw notFound('The resource policy does not exist.');
        const policy: StoredResourcePolicy = { document: input.policyDocument, scope: 'RESOURCE', resourceArn: key, revisionId: randomUUID(), lastUpdated: now };
        state.putConfiguration(context.accountId, context.region, KIND, key, policy, now);
        return { resourcePolicy: view(key, policy), revisionId: policy.revisionId };
      }
      if (!input.policyName) throw invalidParameter('policyName is required.');
      const existing = state.configurations<StoredResourcePolicy>(context.accountId, context.region, KIND).filter((p) => p.body.scope === 'ACCOUNT');
      if (!existing.some((p) => p.name === input.policyName) && existing.length >= MAX_ACCOUNT_POLICIES) throw limitExceeded();
      const policy: StoredResourcePolicy = { document: input.policyDocument, scope: 'ACCOUNT', lastUpdated: now };
      state.putConfiguration(context.accountId, context.region, KIND, input.policyName, policy, now);
      return { resourcePolicy: view(input.policyName, policy) };
    },

    DescribeResourcePolicies(input, context) {
      const scope = input.policyScope ?? (input.resourceArn ? 'RESOURCE' : 'ACCOUNT');
      let policies = state.configurations<StoredResourcePolicy>(context.accountId, context.region, KIND).filter((p) => p.body.scope === scope);
      if (input.resourceArn) {
        const key = scopedGroupKey(context, input.resourceArn);
        policies = policies.filter((p) => p.name === key);
      }
      const page = pageAfterKey(policies, (p) => p.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { resourcePolicies: page.items.map((p) => view(p.name, p.body)), nextToken: page.nextToken };
    },

    DeleteResourcePolicy(input, context) {
      if (input.resourceArn) {
        const key = scopedGroupKey(context, input.resourceArn);
        const current = state.configuration<StoredResourcePolicy>(context.accountId, context.region, KIND, key);
        if (!current) throw notFound('The resource policy does not exist.');
        if (input.expectedRevisionId !== undefined && input.expectedRevisionId !== current.body.revisionId) {
          throw operationAborted('The expected revision id does not match the current revision of the resource policy.');
        }
        state.deleteConfiguration(context.accountId, context.region, KIND, key);
        return;
      }
      if (!input.policyName) throw invalidParameter('policyName is required.');
      const current = state.configuration<StoredResourcePolicy>(context.accountId, context.region, KIND, input.policyName);
      if (!current || current.body.scope !== 'ACCOUNT') throw notFound(`Policy with name [${input.policyName}] does not exist.`);
      state.deleteConfiguration(context.accountId, context.region, KIND, input.policyName);
    },
  };
}
