import type * as Iam from '../../generated/iam.js';
import { deleteConflict, entityAlreadyExists, unmodifiableEntity } from './errors.js';
import { uniqueId } from './identifiers.js';
import { pageOf, underPath } from './paging.js';
import { boundaryMember, checkBoundary } from './permissions-boundaries.js';
import { checkPolicyDocument, POLICY_SIZE } from './policy-documents.js';
import type { IamService } from './service.js';
import type { RoleRow } from './state.js';
import { tagsFromInput, tagsMember } from './tags.js';

export const DEFAULT_MAX_SESSION_SECONDS = 3_600;
export const SERVICE_LINKED_PATH_PREFIX = '/aws-service-role/';

/** Policy documents travel URL-encoded in IAM's answers (RFC 3986), as AWS sends them. */
export function encodedDocument(document: string): string {
  return encodeURIComponent(document);
}

export function roleShape(role: RoleRow, detail: 'full' | 'list' = 'full'): Iam.Role {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: new Date(role.createdAt),
    AssumeRolePolicyDocument: encodedDocument(role.trustPolicy),
    Description: role.description ?? undefined,
    MaxSessionDuration: role.maxSession,
    PermissionsBoundary: detail === 'full' ? boundaryMember(role.boundary) : undefined,
    Tags: detail === 'full' ? tagsMember(role.tags) : undefined,
    RoleLastUsed: detail === 'full' ? { LastUsedDate: role.lastUsedAt === null ? undefined : new Date(role.lastUsedAt), Region: role.lastUsedRegion ?? undefined } : undefined,
  };
}

export function checkTrustPolicy(document: string): void {
  checkPolicyDocument(document, 'trust', { name: 'ACLSizePerRole', limit: POLICY_SIZE.trust });
}

/** AWS's own roles (service-linked) are changed only through their service. */
export function refuseProtectedRole(role: RoleRow): void {
  if (role.path.startsWith(SERVICE_LINKED_PATH_PREFIX)) {
    throw unmodifiableEntity(`Cannot perform the operation on the protected role '${role.name}' - this role is only modifiable by AWS`);
  }
}

/** Roles: trust policies, session duration, description, and deletion once nothing hangs on them. */
export function roleOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreateRole(input, context) {
      const account = context.accountId;
      if (state.role(account, input.RoleName)) throw entityAlreadyExists(`Role with name ${input.RoleName} already exists.`);
      checkTrustPolicy(input.AssumeRolePolicyDocument);
      if (input.PermissionsBoundary !== undefined) checkBoundary(service, account, input.PermissionsBoundary);
      const path = input.Path ?? '/';
      const role: RoleRow = {
        account, name: input.RoleName, path, id: uniqueId('AROA'), arn: service.arn(account, `role${path}${input.RoleName}`), createdAt: service.now(),
        trustPolicy: input.AssumeRolePolicyDocument, description: input.Description ?? null, maxSession: input.MaxSessionDuration ?? DEFAULT_MAX_SESSION_SECONDS,
        boundary: input.PermissionsBoundary ?? null, tags: tagsFromInput(input.Tags), lastUsedAt: null, lastUsedRegion: null,
      };
      state.insertRole(role);
      const shape = roleShape(role);
      // CreateRole's answer has no RoleLastUsed: the role has not been used.
      return { Role: { ...shape, RoleLastUsed: undefined } };
    },

    GetRole(input, context) {
      return { Role: roleShape(service.requireRole(context.accountId, input.RoleName)) };
    },

    ListRoles(input, context) {
      const roles = underPath(state.roles(context.accountId), input.PathPrefix);
      const page = pageOf(roles, (r) => r.name.toLowerCase(), input);
      return { Roles: page.items.map((r) => roleShape(r, 'list')), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    UpdateRole(input, context) {
      const role = service.requireRole(context.accountId, input.RoleName);
      refuseProtectedRole(role);
      state.updateRole(context.accountId, role.name, {
        description: input.Description ?? role.description,
        maxSession: input.MaxSessionDuration ?? role.maxSession,
      });
      return {};
    },

    UpdateRoleDescription(input, context) {
      const role = service.requireRole(context.accountId, input.RoleName);
      refuseProtectedRole(role);
      state.updateRole(context.accountId, role.name, { description: input.Description });
      return { Role: roleShape(service.requireRole(context.accountId, role.name)) };
    },

    UpdateAssumeRolePolicy(input, context) {
      const role = service.requireRole(context.accountId, input.RoleName);
      refuseProtectedRole(role);
      checkTrustPolicy(input.PolicyDocument);
      state.updateRole(context.accountId, role.name, { trustPolicy: input.PolicyDocument });
      return;
    },

    DeleteRole(input, context) {
      const account = context.accountId;
      const role = service.requireRole(account, input.RoleName);
      refuseProtectedRole(role);
      if (state.instanceProfilesOfRole(account, role.name).length > 0) throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
      if (state.inlinePolicies(account, 'role', role.name).length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
      if (state.attachedTo(account, 'role', role.name).length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
      state.deleteRole(account, role.name);
      return;
    },
  };
}
