import type * as Iam from '../../generated/iam.js';
import { invalidInput, noSuchEntity } from './errors.js';
import type { IamService } from './service.js';

/** A boundary must be a managed policy (the account's or AWS's) that exists. */
export function checkBoundary(service: IamService, account: string, policyArn: string): void {
  if (!/^arn:[^:]+:iam::(aws|\d{12}):policy\/.+/.test(policyArn)) throw invalidInput(`ARN ${policyArn} is not valid.`);
  if (!service.managedPolicy(account, policyArn)) throw noSuchEntity(`Scope ARN: ${policyArn} does not exist or is not attachable.`);
}

export function boundaryMember(policyArn: string | null): Iam.AttachedPermissionsBoundary | undefined {
  return policyArn === null ? undefined : { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: policyArn };
}

/** Put/Delete{User,Role}PermissionsBoundary. */
export function boundaryOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    PutUserPermissionsBoundary(input, context) {
      const user = service.requireUser(context.accountId, input.UserName);
      checkBoundary(service, context.accountId, input.PermissionsBoundary);
      state.setUserBoundary(context.accountId, user.name, input.PermissionsBoundary);
      return;
    },
    DeleteUserPermissionsBoundary(input, context) {
      const user = service.requireUser(context.accountId, input.UserName);
      state.setUserBoundary(context.accountId, user.name, null);
      return;
    },
    PutRolePermissionsBoundary(input, context) {
      const role = service.requireRole(context.accountId, input.RoleName);
      checkBoundary(service, context.accountId, input.PermissionsBoundary);
      state.updateRole(context.accountId, role.name, { boundary: input.PermissionsBoundary });
      return;
    },
    DeleteRolePermissionsBoundary(input, context) {
      const role = service.requireRole(context.accountId, input.RoleName);
      state.updateRole(context.accountId, role.name, { boundary: null });
      return;
    },
  };
}
