import type * as Iam from '../../generated/iam.js';
import { limitExceeded, noSuchEntity } from './errors.js';
import { pageOf } from './paging.js';
import { requireOwner } from './policy-attachments.js';
import { checkPolicyDocument } from './policy-documents.js';
import { encodedDocument, refuseProtectedRole } from './roles.js';
import type { IamService } from './service.js';
import type { OwnerKind } from './state.js';

/** The most characters (whitespace not counted) all of an identity's inline policies may hold together. */
export const INLINE_POLICY_QUOTA: Record<OwnerKind, number> = { user: 2_048, group: 5_120, role: 10_240 };

const size = (document: string) => document.replace(/\s/g, '').length;

/** Put/Get/Delete/List{User,Group,Role}Policy. */
export function inlinePolicyOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;

  const put = (account: string, kind: OwnerKind, name: string, policyName: string, document: string): void => {
    const owner = requireOwner(service, account, kind, name);
    if (kind === 'role') refuseProtectedRole(service.requireRole(account, owner));
    checkPolicyDocument(document, 'identity');
    const others = state.inlinePolicies(account, kind, owner).filter((p) => p.name.toLowerCase() !== policyName.toLowerCase());
    const total = others.reduce((sum, p) => sum + size(p.document), size(document));
    if (total > INLINE_POLICY_QUOTA[kind]) throw limitExceeded(`Maximum policy size of ${INLINE_POLICY_QUOTA[kind]} bytes exceeded for ${kind} ${owner}`);
    const existing = state.inlinePolicy(account, kind, owner, policyName);
    state.putInlinePolicy(account, kind, owner, existing?.name ?? policyName, document);
  };

  const get = (account: string, kind: OwnerKind, name: string, policyName: string) => {
    const owner = requireOwner(service, account, kind, name);
    const policy = state.inlinePolicy(account, kind, owner, policyName);
    if (!policy) throw noSuchEntity(`The ${kind} policy with name ${policyName} cannot be found.`);
    return { owner, policyName: policy.name, document: encodedDocument(policy.document) };
  };

  const remove = (account: string, kind: OwnerKind, name: string, policyName: string): void => {
    const owner = requireOwner(service, account, kind, name);
    if (kind === 'role') refuseProtectedRole(service.requireRole(account, owner));
    if (state.deleteInlinePolicy(account, kind, owner, policyName) === 0) throw noSuchEntity(`The ${kind} policy with name ${policyName} cannot be found.`);
  };

  const list = (account: string, kind: OwnerKind, name: string, input: { Marker?: string; MaxItems?: number }) => {
    const owner = requireOwner(service, account, kind, name);
    const page = pageOf(state.inlinePolicies(account, kind, owner).map((p) => p.name), (n) => n.toLowerCase(), input);
    return { PolicyNames: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
  };

  return {
    PutUserPolicy: (input, context) => put(context.accountId, 'user', input.UserName, input.PolicyName, input.PolicyDocument),
    PutGroupPolicy: (input, context) => put(context.accountId, 'group', input.GroupName, input.PolicyName, input.PolicyDocument),
    PutRolePolicy: (input, context) => put(context.accountId, 'role', input.RoleName, input.PolicyName, input.PolicyDocument),
    GetUserPolicy(input, context) {
      const p = get(context.accountId, 'user', input.UserName, input.PolicyName);
      return { UserName: p.owner, PolicyName: p.policyName, PolicyDocument: p.document };
    },
    GetGroupPolicy(input, context) {
      const p = get(context.accountId, 'group', input.GroupName, input.PolicyName);
      return { GroupName: p.owner, PolicyName: p.policyName, PolicyDocument: p.document };
    },
    GetRolePolicy(input, context) {
      const p = get(context.accountId, 'role', input.RoleName, input.PolicyName);
      return { RoleName: p.owner, PolicyName: p.policyName, PolicyDocument: p.document };
    },
    DeleteUserPolicy: (input, context) => remove(context.accountId, 'user', input.UserName, input.PolicyName),
    DeleteGroupPolicy: (input, context) => remove(context.accountId, 'group', input.GroupName, input.PolicyName),
    DeleteRolePolicy: (input, context) => remove(context.accountId, 'role', input.RoleName, input.PolicyName),
    ListUserPolicies: (input, context) => list(context.accountId, 'user', input.UserName, input),
    ListGroupPolicies: (input, context) => list(context.accountId, 'group', input.GroupName, input),
    ListRolePolicies: (input, context) => list(context.accountId, 'role', input.RoleName, input),
  };
}
