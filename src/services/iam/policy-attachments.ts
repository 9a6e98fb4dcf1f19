import type * as Iam from '../../generated/iam.js';
import { limitExceeded, policyNotFound, policyNotFoundOrNotAttachable } from './errors.js';
import { pageOf } from './paging.js';
import { refuseProtectedRole } from './roles.js';
import { checkPolicyArn, type IamService } from './service.js';
import type { OwnerKind } from './state.js';

/** Managed policies a user, group or role may have attached (IAM's default quota). */
export const MAX_ATTACHED_POLICIES = 10;

const QUOTA_NAME: Record<OwnerKind, string> = { user: 'PoliciesPerUser', group: 'PoliciesPerGroup', role: 'PoliciesPerRole' };

/** The owner's name as stored (its own case), NoSuchEntity when there is none. */
export function requireOwner(service: IamService, account: string, kind: OwnerKind, name: string): string {
  if (kind === 'user') return service.requireUser(account, name).name;
  if (kind === 'group') return service.requireGroup(account, name).name;
  const role = service.requireRole(account, name);
  return role.name;
}

function policyName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** Attach*Policy, Detach*Policy and ListAttached*Policies for users, groups and roles. */
export function attachmentOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;

  const attach = (account: string, kind: OwnerKind, name: string, policyArn: string): void => {
    const owner = requireOwner(service, account, kind, name);
    if (kind === 'role') refuseProtectedRole(service.requireRole(account, owner));
    service.requireManagedPolicy(account, policyArn, policyNotFoundOrNotAttachable);
    const attached = state.attachedTo(account, kind, owner);
    if (attached.includes(policyArn)) return;
    if (attached.length >= MAX_ATTACHED_POLICIES) throw limitExceeded(`Cannot exceed quota for ${QUOTA_NAME[kind]}: ${MAX_ATTACHED_POLICIES}`);
    state.attach(account, kind, owner, policyArn);
  };

  const detach = (account: string, kind: OwnerKind, name: string, policyArn: string): void => {
    const owner = requireOwner(service, account, kind, name);
    if (kind === 'role') refuseProtectedRole(service.requireRole(account, owner));
    checkPolicyArn(policyArn);
    if (state.detach(account, kind, owner, policyArn) === 0) throw policyNotFound(policyArn);
  };

  const list = (account: string, kind: OwnerKind, name: string, input: { PathPrefix?: string; Marker?: string; MaxItems?: number }) => {
    const owner = requireOwner(service, account, kind, name);
    let arns = state.attachedTo(account, kind, owner);
    if (input.PathPrefix) {
      const prefix = input.PathPrefix;
      arns = arns.filter((arn) => { const p = service.managedPolicy(account, arn); return p !== undefined && (p.kind === 'aws' ? p.policy.path : p.row.path).startsWith(prefix); });
    }
    const page = pageOf(arns, (arn) => arn, input);
    return { AttachedPolicies: page.items.map((arn) => ({ PolicyArn: arn, PolicyName: policyName(arn) })), IsTruncated: page.IsTruncated, Marker: page.Marker };
  };

  return {
    AttachUserPolicy: (input, context) => attach(context.accountId, 'user', input.UserName, input.PolicyArn),
    AttachGroupPolicy: (input, context) => attach(context.accountId, 'group', input.GroupName, input.PolicyArn),
    AttachRolePolicy: (input, context) => attach(context.accountId, 'role', input.RoleName, input.PolicyArn),
    DetachUserPolicy: (input, context) => detach(context.accountId, 'user', input.UserName, input.PolicyArn),
    DetachGroupPolicy: (input, context) => detach(context.accountId, 'group', input.GroupName, input.PolicyArn),
    DetachRolePolicy: (input, context) => detach(context.accountId, 'role', input.RoleName, input.PolicyArn),
    ListAttachedUserPolicies: (input, context) => list(context.accountId, 'user', input.UserName, input),
    ListAttachedGroupPolicies: (input, context) => list(context.accountId, 'group', input.GroupName, input),
    ListAttachedRolePolicies: (input, context) => list(context.accountId, 'role', input.RoleName, input),
  };
}

