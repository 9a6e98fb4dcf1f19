import type * as Logs from '../../generated/logs.js';
import { pageAfterKey } from '../../core/pagination.js';
import { accountPolicies, accountPolicyKind, type AccountPolicyType, type StoredAccountPolicy } from './account-policy-store.js';
import { checkDataProtectionDocument } from './data-protection.js';
import { invalidParameter, invalidToken, limitExceeded, notFound } from './errors.js';
import { checkIndexDocument } from './field-indexes.js';
import { compileRequestPattern } from './filter-pattern.js';
import { parseSelectionCriteria, type SelectionCriteria } from './selection-criteria.js';
import type { LogsService } from './service.js';
import { checkTransformerConfig } from './transformer-processors.js';

/**
 * Account policies (PutAccountPolicy and friends): data protection, subscription filter, field
 * index, transformer and metric extraction policies for every log group of the account, or for
 * those their selection criteria pick, each type with AWS's limits.
 */

interface TypeRules {
  /** Policies without selection criteria (for all log groups) an account may have. */
  unscoped: number;
  /** Policies with selection criteria an account may have (0: criteria are refused). */
  scoped: number;
  /** The selection criteria forms the type takes. */
  criteria: Array<(c: SelectionCriteria) => boolean>;
  /** Whether two policies' log group prefixes may overlap. */
  disjointPrefixes: boolean;
}

const byPrefix = (c: SelectionCriteria) => c.kind === 'list' && c.field === 'LogGroupNamePrefix' && !c.negated;
const RULES: Record<AccountPolicyType, TypeRules> = {
  DATA_PROTECTION_POLICY: { unscoped: 1, scoped: 0, criteria: [], disjointPrefixes: false },
  SUBSCRIPTION_FILTER_POLICY: { unscoped: 1, scoped: 1, criteria: [(c) => c.kind === 'list' && c.field === 'LogGroupName' && c.negated], disjointPrefixes: false },
  FIELD_INDEX_POLICY: { unscoped: 1, scoped: 20, criteria: [byPrefix, (c) => c.kind === 'dataSource'], disjointPrefixes: true },
  TRANSFORMER_POLICY: { unscoped: 1, scoped: 20, criteria: [byPrefix], disjointPrefixes: true },
  METRIC_EXTRACTION_POLICY: { unscoped: 1, scoped: 5, criteria: [(c) => c.kind === 'list'], disjointPrefixes: false },
};

/** An account's subscription filter policy takes one policy in all, with or without criteria (AWS: one a Region). */
const ONE_IN_ALL: AccountPolicyType[] = ['DATA_PROTECTION_POLICY', 'SUBSCRIPTION_FILTER_POLICY'];

function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalidParameter(`The ${what} policy document is not valid JSON.`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw invalidParameter(`The ${what} policy document must be a JSON object.`);
  return doc as Record<string, unknown>;
}

export function accountPolicyOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  /** The type's own checks of a document. */
  async function checkDocument(type: AccountPolicyType, text: string, account: string): Promise<void> {
    switch (type) {
      case 'DATA_PROTECTION_POLICY':
        return checkDataProtectionDocument(text);
      case 'FIELD_INDEX_POLICY':
        checkIndexDocument(text);
        return;
      case 'TRANSFORMER_POLICY': {
        const doc = parseJsonObject(text, 'transformer');
        checkTransformerConfig(doc.transformerConfig);
        return;
      }
      case 'SUBSCRIPTION_FILTER_POLICY': {
        const doc = parseJsonObject(text, 'subscription filter');
        if (typeof doc.DestinationArn !== 'string') throw invalidParameter('A subscription filter policy needs a DestinationArn.');
        if (doc.RoleArn !== undefined && typeof doc.RoleArn !== 'string') throw invalidParameter('RoleArn must be a string.');
        if (doc.Distribution !== undefined && doc.Distribution !== 'Random' && doc.Distribution !== 'ByLogStream') throw invalidParameter('Distribution must be Random or ByLogStream.');
        compileRequestPattern(typeof doc.FilterPattern === 'string' ? doc.FilterPattern : '');
        await service.subscriptions.validate(doc.DestinationArn, doc.RoleArn as string | undefined, account);
        return;
      }
      case 'METRIC_EXTRACTION_POLICY':
        parseJsonObject(text, 'metric extraction');
        return;
    }
  }

  function view(account: string, type: AccountPolicyType, name: string, policy: StoredAccountPolicy): Logs.AccountPolicy {
    return { policyName: name, policyType: type, policyDocument: policy.document, selectionCriteria: policy.selectionCriteria, scope: 'ALL', accountId: account, lastUpdatedTime: policy.lastUpdated };
  }

  return {
    async PutAccountPolicy(input, context) {
      const type = input.policyType;
      const rules = RULES[type];
      if (input.policyName.startsWith('aws/')) throw invalidParameter('A policy name cannot start with aws/.');
      let criteria: SelectionCriteria | undefined;
      if (input.selectionCriteria !== undefined) {
        if (!rules.scoped) throw invalidParameter(`selectionCriteria is not supported for policy type ${type}.`);
        criteria = parseSelectionCriteria(input.selectionCriteria);
        if (!rules.criteria.some((accepts) => accepts(criteria!))) throw invalidParameter(`The selectionCriteria ${input.selectionCriteria} is not supported for policy type ${type}.`);
      }
      await checkDocument(type, input.policyDocument, context.accountId);
      const others = accountPolicies(state, context.accountId, context.region, type).filter((row) => row.name !== input.policyName);
      if (ONE_IN_ALL.includes(type)) {
        if (others.length) throw limitExceeded();
      } else if (criteria) {
        // Field index policies count their two forms apart: 20 by log group prefix, 20 by data source.
        const sameForm = others.filter((row) => row.body.selectionCriteria && parseSelectionCriteria(row.body.selectionCriteria).kind === criteria!.kind);
        if (sameForm.length >= rules.scoped) throw limitExceeded();
      } else if (others.filter((row) => !row.body.selectionCriteria).length >= rules.unscoped) {
        throw limitExceeded();
      }
      if (rules.disjointPrefixes && criteria?.kind === 'list') {
        for (const row of others) {
          const theirs = row.body.selectionCriteria ? parseSelectionCriteria(row.body.selectionCriteria) : undefined;
          if (theirs?.kind !== 'list') continue;
          const clash = criteria.values.find((mine) => theirs.values.some((other) => mine.startsWith(other) || other.startsWith(mine)));
          if (clash !== undefined) throw invalidParameter(`The log group name prefix ${clash} overlaps a prefix of the ${type} named ${row.name}.`);
        }
      }
      if (criteria?.kind === 'dataSource' && others.some((row) => row.body.selectionCriteria && JSON.stringify(parseSelectionCriteria(row.body.selectionCriteria)) === JSON.stringify(criteria))) {
        throw invalidParameter(`Another ${type} already uses data source ${criteria.name} of type ${criteria.type}.`);
      }
      const now = service.clock.now();
      const policy: StoredAccountPolicy = { document: input.policyDocument, selectionCriteria: input.selectionCriteria, lastUpdated: now };
      state.putConfiguration(context.accountId, context.region, accountPolicyKind(type), input.policyName, policy, now);
      return { accountPolicy: view(context.accountId, type, input.policyName, policy) };
    },

    DescribeAccountPolicies(input, context) {
      if (input.accountIdentifiers?.length && !input.accountIdentifiers.includes(context.accountId)) return { accountPolicies: [] };
      const rows = accountPolicies(state, context.accountId, context.region, input.policyType).filter((row) => !input.policyName || row.name === input.policyName);
      const page = pageAfterKey(rows, (row) => row.name, 50, input.nextToken, invalidToken);
      return { accountPolicies: page.items.map((row) => view(context.accountId, input.policyType, row.name, row.body)), nextToken: page.nextToken };
    },

    DeleteAccountPolicy(input, context) {
      if (!state.deleteConfiguration(context.accountId, context.region, accountPolicyKind(input.policyType), input.policyName)) {
        throw notFound(`Policy with name [${input.policyName}] does not exist.`);
      }
    },
  };
}
