import type * as Iam from '../../generated/iam.js';
import { noSuchEntity, passwordPolicyViolation } from './errors.js';
import type { IamService } from './service.js';

type PasswordPolicy = Record<string, unknown>;

/** A password must satisfy the account's policy, when it has one. */
export function checkPassword(policy: PasswordPolicy | null, password: string): void {
  if (!policy) return;
  const conforms =
    password.length >= Number(policy.MinimumPasswordLength ?? 6) &&
    (!policy.RequireSymbols || /[!@#$%^&*()_+\-=[\]{}|']/.test(password)) &&
    (!policy.RequireNumbers || /[0-9]/.test(password)) &&
    (!policy.RequireUppercaseCharacters || /[A-Z]/.test(password)) &&
    (!policy.RequireLowercaseCharacters || /[a-z]/.test(password));
  if (!conforms) throw passwordPolicyViolation('Password does not conform to the account password policy.');
}

/** The account password policy: Update (replaces it whole, unset fields back to defaults), Get, Delete. */
export function passwordPolicyOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  const notFound = (account: string) => noSuchEntity(`The Password Policy with domain name ${account} cannot be found.`);
  return {
    UpdateAccountPasswordPolicy(input, context) {
      const settings = state.accountSettings(context.accountId);
      const policy: PasswordPolicy = {
        MinimumPasswordLength: input.MinimumPasswordLength ?? 6,
        RequireSymbols: input.RequireSymbols ?? false,
        RequireNumbers: input.RequireNumbers ?? false,
        RequireUppercaseCharacters: input.RequireUppercaseCharacters ?? false,
        RequireLowercaseCharacters: input.RequireLowercaseCharacters ?? false,
        AllowUsersToChangePassword: input.AllowUsersToChangePassword ?? false,
        ExpirePasswords: (input.MaxPasswordAge ?? 0) > 0,
        HardExpiry: input.HardExpiry ?? false,
      };
      if (input.MaxPasswordAge) policy.MaxPasswordAge = input.MaxPasswordAge;
      if (input.PasswordReusePrevention) policy.PasswordReusePrevention = input.PasswordReusePrevention;
      state.putAccountSettings(context.accountId, { ...settings, passwordPolicy: policy });
      return;
    },
    GetAccountPasswordPolicy(_input, context) {
      const policy = state.accountSettings(context.accountId).passwordPolicy;
      if (!policy) throw notFound(context.accountId);
      return { PasswordPolicy: policy as Iam.PasswordPolicy };
    },
    DeleteAccountPasswordPolicy(_input, context) {
      const settings = state.accountSettings(context.accountId);
      if (!settings.passwordPolicy) throw notFound(context.accountId);
      state.putAccountSettings(context.accountId, { ...settings, passwordPolicy: null });
      return;
    },
  };
}
