import type * as Iam from '../../generated/iam.js';
import { awsManagedPolicies } from './aws-managed-policies.js';
import { instanceProfileShape } from './instance-profiles.js';
import { policyShape } from './managed-policies.js';
import { pageOf } from './paging.js';
import { boundaryMember } from './permissions-boundaries.js';
import { encodedDocument, roleShape } from './roles.js';
import type { IamService } from './service.js';
import type { OwnerKind } from './state.js';
import { tagsMember } from './tags.js';

type Entry =
  | { key: string; kind: 'user'; detail: Iam.UserDetail }
  | { key: string; kind: 'group'; detail: Iam.GroupDetail }
  | { key: string; kind: 'role'; detail: Iam.RoleDetail }
  | { key: string; kind: 'policy'; detail: Iam.ManagedPolicyDetail };

const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** GetAccountAuthorizationDetails: every user, group, role and managed policy in use, with their policies, paged as one list. */
export function authorizationDetailsOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  const inline = (account: string, kind: OwnerKind, name: string): Iam.PolicyDetail[] =>
    state.inlinePolicies(account, kind, name).map((p) => ({ PolicyName: p.name, PolicyDocument: encodedDocument(p.document) }));
  const attached = (account: string, kind: OwnerKind, name: string): Iam.AttachedPolicy[] =>
    state.attachedTo(account, kind, name).map((arn) => ({ PolicyName: policyName(arn), PolicyArn: arn }));

  return {
    GetAccountAuthorizationDetails(input, context) {
      const account = context.accountId;
      const wanted = new Set(input.Filter && input.Filter.length > 0 ? input.Filter : ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']);
      const entries: Entry[] = [];
      if (wanted.has('User')) {
        for (const u of state.users(account)) {
          entries.push({ key: `1/${u.name.toLowerCase()}`, kind: 'user', detail: {
            Path: u.path, UserName: u.name, UserId: u.id, Arn: u.arn, CreateDate: new Date(u.createdAt),
            UserPolicyList: inline(account, 'user', u.name), GroupList: state.groupsOf(account, u.name).map((g) => g.name),
            AttachedManagedPolicies: attached(account, 'user', u.name), PermissionsBoundary: boundaryMember(u.boundary), Tags: tagsMember(u.tags) ?? [],
          } });
        }
      }
      if (wanted.has('Group')) {
        for (const g of state.groups(account)) {
          entries.push({ key: `2/${g.name.toLowerCase()}`, kind: 'group', detail: {
            Path: g.path, GroupName: g.name, GroupId: g.id, Arn: g.arn, CreateDate: new Date(g.createdAt),
            GroupPolicyList: inline(account, 'group', g.name), AttachedManagedPolicies: attached(account, 'group', g.name),
          } });
        }
      }
      if (wanted.has('Role')) {
        for (const r of state.roles(account)) {
          const shape = roleShape(r);
          entries.push({ key: `3/${r.name.toLowerCase()}`, kind: 'role', detail: {
            Path: r.path, RoleName: r.name, RoleId: r.id, Arn: r.arn, CreateDate: new Date(r.createdAt), AssumeRolePolicyDocument: shape.AssumeRolePolicyDocument,
            InstanceProfileList: state.instanceProfilesOfRole(account, r.name).map((p) => instanceProfileShape(service, p, false)),
            RolePolicyList: inline(account, 'role', r.name), AttachedManagedPolicies: attached(account, 'role', r.name),
            PermissionsBoundary: shape.PermissionsBoundary, Tags: shape.Tags ?? [], RoleLastUsed: shape.RoleLastUsed,
          } });
        }
      }
      const counts = state.attachmentCounts(account);
      if (wanted.has('AWSManagedPolicy')) {
        // AWS's own policies appear once something in the account uses them.
        for (const p of awsManagedPolicies()) {
          if ((counts.get(p.arn) ?? 0) === 0 && state.boundaryUsage(account, p.arn) === 0) continue;
          const shape = policyShape(service, account, { kind: 'aws', policy: p }, counts);
          entries.push({ key: `4/${p.arn}`, kind: 'policy', detail: {
            ...shape, Tags: undefined,
            PolicyVersionList: [{ Document: encodedDocument(p.document), VersionId: p.versionId, IsDefaultVersion: true, CreateDate: new Date(p.updatedAt) }],
          } as Iam.ManagedPolicyDetail });
        }
      }
      if (wanted.has('LocalManagedPolicy')) {
        for (const row of state.policies(account)) {
          const shape = policyShape(service, account, { kind: 'local', row }, counts);
          entries.push({ key: `4/${row.arn}`, kind: 'policy', detail: {
            ...shape, Tags: undefined,
            PolicyVersionList: state.policyVersions(account, row.name).map((v) => ({
              Document: encodedDocument(v.document), VersionId: v.versionId, IsDefaultVersion: v.versionId === row.defaultVersion, CreateDate: new Date(v.createdAt),
            })),
          } as Iam.ManagedPolicyDetail });
        }
      }
      const page = pageOf(entries, (e) => e.key, input);
      const result: Iam.GetAccountAuthorizationDetailsResponse = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: page.IsTruncated, Marker: page.Marker };
      for (const e of page.items) {
        if (e.kind === 'user') result.UserDetailList!.push(e.detail);
        else if (e.kind === 'group') result.GroupDetailList!.push(e.detail);
        else if (e.kind === 'role') result.RoleDetailList!.push(e.detail);
        else result.Policies!.push(e.detail);
      }
      return result;
    },
  };
}
