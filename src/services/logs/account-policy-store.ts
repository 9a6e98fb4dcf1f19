import { parseSelectionCriteria, selectsGroup } from './selection-criteria.js';
import type { ConfigurationRow, LogsState } from './state.js';

/** How account policies are kept (one configuration kind a policy type), and which one applies to a log group. */

export type AccountPolicyType = 'DATA_PROTECTION_POLICY' | 'SUBSCRIPTION_FILTER_POLICY' | 'FIELD_INDEX_POLICY' | 'TRANSFORMER_POLICY' | 'METRIC_EXTRACTION_POLICY';

export interface StoredAccountPolicy {
  document: string;
  selectionCriteria?: string;
  lastUpdated: number;
}

export const accountPolicyKind = (type: AccountPolicyType) => `account-policy:${type}`;

export function accountPolicies(state: LogsState, account: string, region: string, type: AccountPolicyType): Array<ConfigurationRow<StoredAccountPolicy>> {
  return state.configurations<StoredAccountPolicy>(account, region, accountPolicyKind(type));
}

/** The account policies of a type whose selection criteria take in the group (all of them for unscoped ones). */
export function accountPoliciesForGroup(state: LogsState, account: string, region: string, type: AccountPolicyType, groupName: string): Array<ConfigurationRow<StoredAccountPolicy>> {
  return accountPolicies(state, account, region, type).filter((row) => {
    const criteria = row.body.selectionCriteria ? parseSelectionCriteria(row.body.selectionCriteria) : undefined;
    return selectsGroup(criteria, groupName);
  });
}
