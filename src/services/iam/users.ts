import type { RequestContext } from '../../core/context.js';
import type * as Iam from '../../generated/iam.js';
import { deleteConflict, entityAlreadyExists, validationError } from './errors.js';
import { uniqueId } from './identifiers.js';
import { pageOf, underPath } from './paging.js';
import { boundaryMember, checkBoundary } from './permissions-boundaries.js';
import type { IamService } from './service.js';
import type { UserRow } from './state.js';
import { tagsFromInput, tagsMember } from './tags.js';

/** A user as GetUser/CreateUser show it; listings (ListUsers, GetGroup) leave out tags and the boundary, as AWS's do. */
export function userShape(user: UserRow, withTags = true): Iam.User {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: new Date(user.createdAt),
    PasswordLastUsed: user.passwordLastUsed === null ? undefined : new Date(user.passwordLastUsed),
    PermissionsBoundary: withTags ? boundaryMember(user.boundary) : undefined,
    Tags: withTags ? tagsMember(user.tags) : undefined,
  };
}

/** Users: create, read, list, rename, delete (once nothing hangs on them). */
export function userOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreateUser(input, context) {
      const account = context.accountId;
      if (state.user(account, input.UserName)) throw entityAlreadyExists(`User with name ${input.UserName} already exists.`);
      if (input.PermissionsBoundary !== undefined) checkBoundary(service, account, input.PermissionsBoundary);
      const path = input.Path ?? '/';
      const user: UserRow = {
        account, name: input.UserName, path, id: uniqueId('AIDA'), arn: service.arn(account, `user${path}${input.UserName}`),
        createdAt: service.now(), boundary: input.PermissionsBoundary ?? null, tags: tagsFromInput(input.Tags), passwordLastUsed: null,
      };
      state.insertUser(user);
      return { User: userShape(user) };
    },

    GetUser(input, context) {
      if (input.UserName !== undefined) return { User: userShape(service.requireUser(context.accountId, input.UserName)) };
      return { User: callerAsUser(service, context) };
    },

    ListUsers(input, context) {
      const users = underPath(state.users(context.accountId), input.PathPrefix);
      const page = pageOf(users, (u) => u.name.toLowerCase(), input);
      return { Users: page.items.map((u) => userShape(u, false)), IsTruncated: page.IsTruncated, Marker: page.Marker };
    },

    UpdateUser(input, context) {
      const account = context.accountId;
      const user = service.requireUser(account, input.UserName);
      const name = input.NewUserName ?? user.name;
      if (input.NewUserName !== undefined && input.NewUserName.toLowerCase() !== user.name.toLowerCase() && state.user(account, input.NewUserName)) {
        throw entityAlreadyExists(`User with name ${input.NewUserName} already exists.`);
      }
      const path = input.NewPath ?? user.path;
      state.updateUser(account, user.name, { name, path, arn: service.arn(account, `user${path}${name}`) });
      service.refreshKeysOf(account, name);
      return;
    },

    DeleteUser(input, context) {
      const account = context.accountId;
      const user = service.requireUser(account, input.UserName);
      if (state.loginProfile(account, user.name)) throw deleteConflict('Cannot delete entity, must delete login profile first.');
      if (state.accessKeysOf(account, user.name).length > 0) throw deleteConflict('Cannot delete entity, must delete access keys first.');
      if (state.inlinePolicies(account, 'user', user.name).length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
      if (state.attachedTo(account, 'user', user.name).length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
      if (state.groupsOf(account, user.name).length > 0) throw deleteConflict('Cannot delete entity, must remove users from group first.');
      state.deleteUser(account, user.name);
      return;
    },
  };
}

/**
 * GetUser without a name answers for the caller: the user its access key belongs to, or the
 * account's root user for root and default keys; a role session has no user to show.
 */
function callerAsUser(service: IamService, context: RequestContext): Iam.User {
  const caller = context.caller;
  if (caller?.kind === 'user' && caller.userName !== undefined) return userShape(service.requireUser(caller.account, caller.userName));
  if (caller && caller.kind !== 'root') throw validationError('Must specify userName when calling with non-User credentials');
  const account = context.accountId;
  // The root user has neither a name nor a path in GetUser's answer.
  return { UserId: account, Arn: service.arn(account, 'root'), CreateDate: new Date(service.state.accountCreatedAt(account, service.now())) } as Iam.User;
}
