import { createHash } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import type * as Iam from '../../generated/iam.js';
import { entityAlreadyExists, limitExceeded, noSuchEntity, validationError } from './errors.js';
import { accessKeyId, secretAccessKey } from './identifiers.js';
import { pageOf } from './paging.js';
import { checkPassword } from './password-policy.js';
import type { IamService } from './service.js';
import type { AccessKeyRow } from './state.js';

/** Access keys a user may have (IAM's quota). */
export const MAX_ACCESS_KEYS = 2;

const keyNotFound = (id: string) => noSuchEntity(`The Access Key with id ${id} cannot be found.`);
const loginProfileNotFound = (user: string) => noSuchEntity(`Login Profile for User ${user} cannot be found.`);

export function hashPassword(password: string): string {
  return createHash('sha256').update(password).digest('hex');
}

/** The user an operation without a UserName acts on: the calling user (root keys are not served). */
function userNameOrCaller(input: { UserName?: string }, context: RequestContext): string {
  if (input.UserName !== undefined) return input.UserName;
  if (context.caller?.kind === 'user' && context.caller.userName) return context.caller.userName;
  throw validationError('Must specify userName when calling with non-User credentials');
}

function requireKey(service: IamService, account: string, userName: string, id: string): AccessKeyRow {
  const key = service.state.accessKey(id);
  if (!key || key.account !== account || key.userName.toLowerCase() !== userName.toLowerCase()) throw keyNotFound(id);
  return key;
}

/** Access keys (AKIA…, 40-character secrets; what SigV4 checks when enforcement is on) and console passwords. */
export function credentialOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreateAccessKey(input, context) {
      const account = context.accountId;
      const user = service.requireUser(account, userNameOrCaller(input, context));
      if (state.accessKeysOf(account, user.name).length >= MAX_ACCESS_KEYS) throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${MAX_ACCESS_KEYS}`);
      const key: AccessKeyRow = {
        accessKeyId: accessKeyId(), account, userName: user.name, secret: secretAccessKey(), status: 'Active', createdAt: service.now(),
        lastUsedAt: null, lastUsedService: null, lastUsedRegion: null,
      };
      state.insertAccessKey(key);
      service.rememberKey(key);
      return { AccessKey: { UserName: user.name, AccessKeyId: key.accessKeyId, Status: 'Active', SecretAccessKey: key.secret, CreateDate: new Date(key.createdAt) } };
    },

    ListAccessKeys(input, context) {
      const user = service.requireUser(context.accountId, userNameOrCaller(input, context));
      const page = pageOf(state.accessKeysOf(context.accountId, user.name), (k) => k.accessKeyId, input);
      return {
        AccessKeyMetadata: page.items.map((k) => ({ UserName: k.userName, AccessKeyId: k.accessKeyId, Status: k.status, CreateDate: new Date(k.createdAt) })),
        IsTruncated: page.IsTruncated, Marker: page.Marker,
      };
    },

    UpdateAccessKey(input, context) {
      const user = service.requireUser(context.accountId, userNameOrCaller(input, context));
      const key = requireKey(service, context.accountId, user.name, input.AccessKeyId);
      state.setAccessKeyStatus(key.accessKeyId, input.Status);
      service.rememberKey(state.accessKey(key.accessKeyId)!);
      return;
    },

    DeleteAccessKey(input, context) {
      const user = service.requireUser(context.accountId, userNameOrCaller(input, context));
      const key = requireKey(service, context.accountId, user.name, input.AccessKeyId);
      state.deleteAccessKey(key.accessKeyId);
      service.forgetKey(key.accessKeyId);
      return;
    },

    GetAccessKeyLastUsed(input, context) {
      const key = state.accessKey(input.AccessKeyId);
      if (!key || key.account !== context.accountId) {
        throw new AwsError('AccessDenied', `User is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${input.AccessKeyId}`, 403);
      }
      const lastUsedAt = service.lastUse(key);
      return {
        UserName: key.userName,
        AccessKeyLastUsed: {
          LastUsedDate: lastUsedAt === null ? undefined : new Date(lastUsedAt),
          ServiceName: key.lastUsedService ?? 'N/A',
          Region: key.lastUsedRegion ?? 'N/A',
        } as Iam.AccessKeyLastUsed,
      };
    },

    CreateLoginProfile(input, context) {
      const account = context.accountId;
      const user = service.requireUser(account, userNameOrCaller(input, context));
      if (state.loginProfile(account, user.name)) throw entityAlreadyExists(`Login Profile for user ${user.name} already exists.`);
      if (input.Password === undefined) throw validationError('Password is required when creating a login profile.');
      checkPassword(state.accountSettings(account).passwordPolicy, input.Password);
      const profile = { account, userName: user.name, passwordHash: hashPassword(input.Password), resetRequired: input.PasswordResetRequired === true, createdAt: service.now() };
      state.putLoginProfile(profile);
      return { LoginProfile: { UserName: user.name, CreateDate: new Date(profile.createdAt), PasswordResetRequired: profile.resetRequired } };
    },

    GetLoginProfile(input, context) {
      const user = service.requireUser(context.accountId, userNameOrCaller(input, context));
      const profile = state.loginProfile(context.accountId, user.name);
      if (!profile) throw loginProfileNotFound(user.name);
      return { LoginProfile: { UserName: user.name, CreateDate: new Date(profile.createdAt), PasswordResetRequired: profile.resetRequired } };
    },

    UpdateLoginProfile(input, context) {
      const user = service.requireUser(context.accountId, userNameOrCaller(input, context));
      const profile = state.loginProfile(context.accountId, user.name);
      if (!profile) throw loginProfileNotFound(user.name);
      if (input.Password !== undefined) checkPassword(state.accountSettings(context.accountId).passwordPolicy, input.Password);
      state.putLoginProfile({
        ...profile,
        passwordHash: input.Password === undefined ? profile.passwordHash : hashPassword(input.Password),
        resetRequired: input.PasswordResetRequired ?? profile.resetRequired,
      });
      return;
    },

    DeleteLoginProfile(input, context) {
      const user = service.requireUser(context.accountId, userNameOrCaller(input, context));
      if (state.deleteLoginProfile(context.accountId, user.name) === 0) throw loginProfileNotFound(user.name);
      return;
    },

    ChangePassword(input, context) {
      const caller = context.caller;
      if (caller?.kind !== 'user' || !caller.userName) {
        throw new AwsError('InvalidUserType', 'Only IAM users can change their own password.', 400);
      }
      const profile = state.loginProfile(caller.account, caller.userName);
      if (!profile) throw loginProfileNotFound(caller.userName);
      if (profile.passwordHash !== hashPassword(input.OldPassword)) throw new AwsError('InvalidUserType', 'The old password is incorrect.', 400);
      checkPassword(state.accountSettings(caller.account).passwordPolicy, input.NewPassword);
      state.putLoginProfile({ ...profile, passwordHash: hashPassword(input.NewPassword), resetRequired: false });
      return;
    },
  };
}
