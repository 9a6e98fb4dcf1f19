import type * as Iam from '../../generated/iam.js';
import { AwsError } from '../../core/errors.js';
import { awsManagedPolicies, type AwsManagedPolicy } from './aws-managed-policies.js';
import { deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity } from './errors.js';
import { uniqueId } from './identifiers.js';
import { pageOf } from './paging.js';
import { checkPolicyDocument, POLICY_SIZE } from './policy-documents.js';
import { encodedDocument } from './roles.js';
import type { IamService, ManagedPolicy } from './service.js';
import type { OwnerKind, PolicyRow } from './state.js';
import { tagsFromInput, tagsMember } from './tags.js';

/** A managed policy keeps at most 5 versions. */
export const MAX_POLICY_VERSIONS = 5;

export function checkManagedDocument(document: string): void {
  checkPolicyDocument(document, 'identity', { name: 'PolicySize', limit: POLICY_SIZE.managed });
}

export function policyShape(service: IamService, account: string, policy: ManagedPolicy, counts?: Map<string, number>): Iam.Policy {
  const arn = policy.kind === 'aws' ? policy.policy.arn : policy.row.arn;
  const attachments = counts ? counts.get(arn) ?? 0 : service.state.attachmentsOf(account, arn).length;
  if (policy.kind === 'aws') {
    const p = policy.policy;
    return {
      PolicyName: p.name, PolicyId: p.id, Arn: p.arn, Path: p.path, DefaultVersionId: p.versionId, AttachmentCount: attachments,
      PermissionsBoundaryUsageCount: service.state.boundaryUsage(account, p.arn), IsAttachable: true, Description: p.description,
      CreateDate: new Date(p.createdAt), UpdateDate: new Date(p.updatedAt),
    };
  }
  const r = policy.row;
  return {
    PolicyName: r.name, PolicyId: r.id, Arn: r.arn, Path: r.path, DefaultVersionId: r.defaultVersion, AttachmentCount: attachments,
    PermissionsBoundaryUsageCount: service.state.boundaryUsage(account, r.arn), IsAttachable: true, Description: r.description ?? undefined,
    CreateDate: new Date(r.createdAt), UpdateDate: new Date(r.updatedAt), Tags: tagsMember(r.tags),
  };
}

function policyVersionNotFound(policyArn: string, versionId: string): AwsError {
  return noSuchEntity(`Policy ${policyArn} version ${versionId} does not exist or is not attachable.`);
}

/** A managed policy the account owns (AWS's cannot be changed). */
function requireLocal(service: IamService, account: string, policyArn: string): PolicyRow {
  const policy = service.requireManagedPolicy(account, policyArn);
  if (policy.kind === 'aws') throw new AwsError('AccessDenied', `Policy ${policyArn} is an AWS managed policy and cannot be changed.`, 403);
  return policy.row;
}

/** Managed policies and their versions, and who they are attached to. */
export function managedPolicyOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreatePolicy(input, context) {
      const account = context.accountId;
      if (state.policy(account, input.PolicyName)) throw entityAlreadyExists(`A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`);
      checkManagedDocument(input.PolicyDocument);
      const path = input.Path ?? '/';
      const now = service.now();
      const row: PolicyRow = {
        account, name: input.PolicyName, path, id: uniqueId('ANPA'), arn: service.arn(account, `policy${path}${input.PolicyName}`),
        description: input.Description ?? null, defaultVersion: 'v1', nextVersion: 2, createdAt: now, updatedAt: now, tags: tagsFromInput(input.Tags),
      };
      state.insertPolicy(row, input.PolicyDocument);
      const shape = policyShape(service, account, { kind: 'local', row });
      // CreatePolicy's answer leaves the description out, as AWS's does.
      return { Policy: { ...shape, Description: undefined } };
    },

    GetPolicy(input, context) {
      return { Policy: policyShape(service, context.accountId, service.requireManagedPolicy(context.accountId, input.PolicyArn)) };
    },

    ListPolicies(input, context) {
      const account = context.accountId;
      const scope = input.Scope ?? 'All';
      const counts = state.attachmentCounts(account);
      let policies: ManagedPolicy[] = [];
      if (scope !== 'Local') policies.push(...awsManagedPolicies().map((policy: AwsManagedPolicy) => ({ kind: 'aws' as const, policy })));
      if (scope !== 'AWS') policies.push(...state.policies(account).map((row) => ({ kind: 'local' as const, row })));
      const pathOf = (p: ManagedPolicy) => (p.kind === 'aws' ? p.policy.path : p.row.path);
      const arnOf = (p: ManagedPolicy) => (p.kind === 'aws' ? p.policy.arn : p.row.arn);
      if (input.PathPrefix) policies = policies.filter((p) => pathOf(p).startsWith(input.PathPrefix!));
      if (input.OnlyAttached) policies = policies.filter((p) => (counts.get(arnOf(p)) ?? 0) > 0);
      if (input.PolicyUsageFilter === 'PermissionsBoundary') policies = policies.filter((p) => state.boundaryUsage(account, arnOf(p)) > 0);
      if (input.PolicyUsageFilter === 'PermissionsPolicy') policies = policies.filter((p) => (counts.get(arnOf(p)) ?? 0) > 0);
      policies.sort((a, b) => (arnOf(a) < arnOf(b) ? -1 : 1));
      const page = pageOf(policies, arnOf, input);
      return { Policies: page.items.map((p) => ({ ...policyShape(service, account, p, counts), Tags: undefined, Description: undefined })), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    DeletePolicy(input, context) {
      const account = context.accountId;
      const row = requireLocal(service, account, input.PolicyArn);
      if (state.attachmentsOf(account, row.arn).length > 0 || state.boundaryUsage(account, row.arn) > 0) throw deleteConflict('Cannot delete a policy attached to entities.');
      if (state.policyVersions(account, row.name).length > 1) {
        throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
      }
      state.deletePolicy(account, row.name);
      return;
    },

    CreatePolicyVersion(input, context) {
      const account = context.accountId;
      const row = requireLocal(service, account, input.PolicyArn);
      if (state.policyVersions(account, row.name).length >= MAX_POLICY_VERSIONS) {
        throw limitExceeded('A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.');
      }
      checkManagedDocument(input.PolicyDocument);
      const version = { versionId: `v${row.nextVersion}`, document: input.PolicyDocument, createdAt: service.now() };
      state.addPolicyVersion(account, row.name, version, input.SetAsDefault === true, row.nextVersion + 1);
      return { PolicyVersion: { VersionId: version.versionId, IsDefaultVersion: input.SetAsDefault === true, CreateDate: new Date(version.createdAt) } };
    },

    GetPolicyVersion(input, context) {
      const policy = service.requireManagedPolicy(context.accountId, input.PolicyArn);
      if (policy.kind === 'aws') {
        if (input.VersionId !== policy.policy.versionId) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
        return { PolicyVersion: { Document: encodedDocument(policy.policy.document), VersionId: policy.policy.versionId, IsDefaultVersion: true, CreateDate: new Date(policy.policy.updatedAt) } };
      }
      const version = state.policyVersion(policy.row.account, policy.row.name, input.VersionId);
      if (!version) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
      return {
        PolicyVersion: { Document: encodedDocument(version.document), VersionId: version.versionId, IsDefaultVersion: version.versionId === policy.row.defaultVersion, CreateDate: new Date(version.createdAt) },
      };
    },

    ListPolicyVersions(input, context) {
      const policy = service.requireManagedPolicy(context.accountId, input.PolicyArn);
      const versions = policy.kind === 'aws'
        ? [{ VersionId: policy.policy.versionId, IsDefaultVersion: true, CreateDate: new Date(policy.policy.updatedAt) }]
        : state.policyVersions(policy.row.account, policy.row.name).map((v) => ({ VersionId: v.versionId, IsDefaultVersion: v.versionId === policy.row.defaultVersion, CreateDate: new Date(v.createdAt) }));
      const page = pageOf(versions, (v) => v.VersionId, input);
      return { Versions: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    SetDefaultPolicyVersion(input, context) {
      const row = requireLocal(service, context.accountId, input.PolicyArn);
      if (!state.policyVersion(row.account, row.name, input.VersionId)) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
      state.setDefaultVersion(row.account, row.name, input.VersionId, service.now());
      return;
    },

    DeletePolicyVersion(input, context) {
      const row = requireLocal(service, context.accountId, input.PolicyArn);
      if (!state.policyVersion(row.account, row.name, input.VersionId)) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
      if (input.VersionId === row.defaultVersion) throw deleteConflict('Cannot delete the default version of a policy.');
      state.deletePolicyVersion(row.account, row.name, input.VersionId);
      return;
    },

    ListEntitiesForPolicy(input, context) {
      const account = context.accountId;
      const policy = service.requireManagedPolicy(account, input.PolicyArn);
      const arn = policy.kind === 'aws' ? policy.policy.arn : policy.row.arn;
      // PermissionsBoundary: the users and roles the policy bounds; otherwise those it is attached to.
      let entities = input.PolicyUsageFilter === 'PermissionsBoundary' ? boundedBy(service, account, arn) : state.attachmentsOf(account, arn);
      if (input.EntityFilter && input.EntityFilter !== 'LocalManagedPolicy' && input.EntityFilter !== 'AWSManagedPolicy') {
        const wanted = input.EntityFilter.toLowerCase() as OwnerKind;
        entities = entities.filter((e) => e.kind === wanted);
      }
      if (input.PathPrefix) entities = entities.filter((e) => (pathOfOwner(service, account, e.kind, e.name) ?? '').startsWith(input.PathPrefix!));
      const page = pageOf(entities, (e) => `${e.kind}/${e.name.toLowerCase()}`, input);
      const result: Iam.ListEntitiesForPolicyResponse = { PolicyGroups: [], PolicyUsers: [], PolicyRoles: [], IsTruncated: page.IsTruncated, Marker: page.Marker };
      for (const e of page.items) {
        if (e.kind === 'user') { const u = state.user(account, e.name); if (u) result.PolicyUsers!.push({ UserName: u.name, UserId: u.id }); }
        if (e.kind === 'group') { const g = state.group(account, e.name); if (g) result.PolicyGroups!.push({ GroupName: g.name, GroupId: g.id }); }
        if (e.kind === 'role') { const r = state.role(account, e.name); if (r) result.PolicyRoles!.push({ RoleName: r.name, RoleId: r.id }); }
      }
      return result;
    },
  };
}

function boundedBy(service: IamService, account: string, policyArn: string): Array<{ kind: OwnerKind; name: string }> {
  const users = service.state.users(account).filter((u) => u.boundary === policyArn).map((u) => ({ kind: 'user' as const, name: u.name }));
  const roles = service.state.roles(account).filter((r) => r.boundary === policyArn).map((r) => ({ kind: 'role' as const, name: r.name }));
  return [...roles, ...users];
}

function pathOfOwner(service: IamService, account: string, kind: OwnerKind, name: string): string | undefined {
  if (kind === 'user') return service.state.user(account, name)?.path;
  if (kind === 'group') return service.state.group(account, name)?.path;
  return service.state.role(account, name)?.path;
}
