import type * as Iam from '../../generated/iam.js';
import { deleteConflict, entityAlreadyExists, instanceProfileNotFound, limitExceeded, roleNotFound } from './errors.js';
import { uniqueId } from './identifiers.js';
import { pageOf, underPath } from './paging.js';
import { roleShape } from './roles.js';
import type { IamService } from './service.js';
import type { InstanceProfileRow } from './state.js';
import { tagsFromInput, tagsMember } from './tags.js';

export function instanceProfileShape(service: IamService, profile: InstanceProfileRow, withTags = true): Iam.InstanceProfile {
  const role = profile.roleName === null ? undefined : service.state.role(profile.account, profile.roleName);
  return {
    Path: profile.path, InstanceProfileName: profile.name, InstanceProfileId: profile.id, Arn: profile.arn, CreateDate: new Date(profile.createdAt),
    Roles: role ? [{ ...roleShape(role, 'list'), RoleLastUsed: undefined }] : [],
    Tags: withTags ? tagsMember(profile.tags) : undefined,
  };
}

/** Instance profiles (EC2's wrapper for a role): at most one role each. */
export function instanceProfileOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  const requireProfile = (account: string, name: string) => {
    const profile = state.instanceProfile(account, name);
    if (!profile) throw instanceProfileNotFound(name);
    return profile;
  };
  return {
    CreateInstanceProfile(input, context) {
      const account = context.accountId;
      if (state.instanceProfile(account, input.InstanceProfileName)) throw entityAlreadyExists(`Instance Profile ${input.InstanceProfileName} already exists.`);
      const path = input.Path ?? '/';
      const profile: InstanceProfileRow = {
        account, name: input.InstanceProfileName, path, id: uniqueId('AIPA'), arn: service.arn(account, `instance-profile${path}${input.InstanceProfileName}`),
        createdAt: service.now(), tags: tagsFromInput(input.Tags), roleName: null,
      };
      state.insertInstanceProfile(profile);
      return { InstanceProfile: instanceProfileShape(service, profile) };
    },
    GetInstanceProfile(input, context) {
      return { InstanceProfile: instanceProfileShape(service, requireProfile(context.accountId, input.InstanceProfileName)) };
    },
    ListInstanceProfiles(input, context) {
      const page = pageOf(underPath(state.instanceProfiles(context.accountId), input.PathPrefix), (p) => p.name.toLowerCase(), input);
      return { InstanceProfiles: page.items.map((p) => instanceProfileShape(service, p, false)), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },
    ListInstanceProfilesForRole(input, context) {
      const role = service.requireRole(context.accountId, input.RoleName);
      const page = pageOf(state.instanceProfilesOfRole(context.accountId, role.name), (p) => p.name.toLowerCase(), input);
      return { InstanceProfiles: page.items.map((p) => instanceProfileShape(service, p, false)), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },
    AddRoleToInstanceProfile(input, context) {
      const profile = requireProfile(context.accountId, input.InstanceProfileName);
      const role = service.requireRole(context.accountId, input.RoleName);
      if (profile.roleName !== null) throw limitExceeded('Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
      state.setInstanceProfileRole(context.accountId, profile.name, role.name);
    },
    RemoveRoleFromInstanceProfile(input, context) {
      const profile = requireProfile(context.accountId, input.InstanceProfileName);
      if (profile.roleName === null || profile.roleName.toLowerCase() !== input.RoleName.toLowerCase()) throw roleNotFound(input.RoleName);
      state.setInstanceProfileRole(context.accountId, profile.name, null);
    },
    DeleteInstanceProfile(input, context) {
      const profile = requireProfile(context.accountId, input.InstanceProfileName);
      if (profile.roleName !== null) throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
      state.deleteInstanceProfile(context.accountId, profile.name);
    },
  };
}
