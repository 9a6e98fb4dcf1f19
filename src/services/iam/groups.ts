import type * as Iam from '../../generated/iam.js';
import { deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity } from './errors.js';
import { uniqueId } from './identifiers.js';
import { pageOf, underPath } from './paging.js';
import type { IamService } from './service.js';
import type { GroupRow } from './state.js';
import { userShape } from './users.js';

/** Groups a user may belong to (IAM's quota). */
export const MAX_GROUPS_PER_USER = 10;

export function groupShape(group: GroupRow): Iam.Group {
  return { Path: group.path, GroupName: group.name, GroupId: group.id, Arn: group.arn, CreateDate: new Date(group.createdAt) };
}

/** Groups and their members. */
export function groupOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreateGroup(input, context) {
      const account = context.accountId;
      if (state.group(account, input.GroupName)) throw entityAlreadyExists(`Group with name ${input.GroupName} already exists.`);
      const path = input.Path ?? '/';
      const group: GroupRow = { account, name: input.GroupName, path, id: uniqueId('AGPA'), arn: service.arn(account, `group${path}${input.GroupName}`), createdAt: service.now() };
      state.insertGroup(group);
      return { Group: groupShape(group) };
    },

    GetGroup(input, context) {
      const group = service.requireGroup(context.accountId, input.GroupName);
      const page = pageOf(state.membersOf(context.accountId, group.name), (u) => u.name.toLowerCase(), input);
      return { Group: groupShape(group), Users: page.items.map((u) => userShape(u, false)), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    ListGroups(input, context) {
      const page = pageOf(underPath(state.groups(context.accountId), input.PathPrefix), (g) => g.name.toLowerCase(), input);
      return { Groups: page.items.map(groupShape), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    ListGroupsForUser(input, context) {
      const user = service.requireUser(context.accountId, input.UserName);
      const page = pageOf(state.groupsOf(context.accountId, user.name), (g) => g.name.toLowerCase(), input);
      return { Groups: page.items.map(groupShape), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    UpdateGroup(input, context) {
      const account = context.accountId;
      const group = service.requireGroup(account, input.GroupName);
      const name = input.NewGroupName ?? group.name;
      if (input.NewGroupName !== undefined && input.NewGroupName.toLowerCase() !== group.name.toLowerCase() && state.group(account, input.NewGroupName)) {
        throw entityAlreadyExists(`Group with name ${input.NewGroupName} already exists.`);
      }
      const path = input.NewPath ?? group.path;
      state.updateGroup(account, group.name, { name, path, arn: service.arn(account, `group${path}${name}`) });
      return;
    },

    DeleteGroup(input, context) {
      const account = context.accountId;
      const group = service.requireGroup(account, input.GroupName);
      if (state.membersOf(account, group.name).length > 0) throw deleteConflict('Cannot delete entity, must remove users from group first.');
      if (state.inlinePolicies(account, 'group', group.name).length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
      if (state.attachedTo(account, 'group', group.name).length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
      state.deleteGroup(account, group.name);
      return;
    },

    AddUserToGroup(input, context) {
      const account = context.accountId;
      const group = service.requireGroup(account, input.GroupName);
      const user = service.requireUser(account, input.UserName);
      const groups = state.groupsOf(account, user.name);
      if (groups.some((g) => g.name.toLowerCase() === group.name.toLowerCase())) return;
      if (groups.length >= MAX_GROUPS_PER_USER) throw limitExceeded(`Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`);
      state.addMember(account, group.name, user.name);
      return;
    },

    RemoveUserFromGroup(input, context) {
      const account = context.accountId;
      const group = service.requireGroup(account, input.GroupName);
      const user = service.requireUser(account, input.UserName);
      if (state.removeMember(account, group.name, user.name) === 0) throw noSuchEntity(`The user with name ${user.name} cannot be found.`);
      return;
    },
  };
}
