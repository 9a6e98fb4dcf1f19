import type * as Iam from '../../generated/iam.js';
import { entityAlreadyExists, noSuchEntity } from './errors.js';
import { INLINE_POLICY_QUOTA } from './inline-policies.js';
import { MAX_POLICY_VERSIONS } from './managed-policies.js';
import { MAX_ACCESS_KEYS } from './credentials.js';
import { MAX_GROUPS_PER_USER } from './groups.js';
import { MAX_ATTACHED_POLICIES } from './policy-attachments.js';
import { POLICY_SIZE } from './policy-documents.js';
import type { IamService } from './service.js';

/** The account's entity quotas, as GetAccountSummary reports them (IAM's defaults). */
const QUOTAS = { Users: 5_000, Groups: 300, Roles: 1_000, Policies: 1_500, InstanceProfiles: 1_000, ServerCertificates: 20, PolicyVersionsInUse: 10_000 } as const;

/** The account alias (one an account, unique across accounts), and GetAccountSummary. */
export function accountOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  return {
    CreateAccountAlias(input, context) {
      const owner = state.aliasOwner(input.AccountAlias);
      if (owner !== undefined && owner !== context.accountId) throw entityAlreadyExists(`The account alias ${input.AccountAlias} already exists.`);
      // An account has one alias: a new one takes the old one's place.
      state.putAccountSettings(context.accountId, { ...state.accountSettings(context.accountId), alias: input.AccountAlias });
    },
    DeleteAccountAlias(input, context) {
      const settings = state.accountSettings(context.accountId);
      if (settings.alias !== input.AccountAlias) throw noSuchEntity(`The account alias ${input.AccountAlias} cannot be found.`);
      state.putAccountSettings(context.accountId, { ...settings, alias: null });
    },
    ListAccountAliases(_input, context) {
      const alias = state.accountSettings(context.accountId).alias;
      return { AccountAliases: alias ? [alias] : [], IsTruncated: false };
    },
    GetAccountSummary(_input, context) {
      const account = context.accountId;
      const policies = state.policies(account);
      const versionsInUse = policies.reduce((n, p) => n + state.policyVersions(account, p.name).length, 0);
      const SummaryMap: Record<string, number> = {
        Users: state.users(account).length,
        UsersQuota: QUOTAS.Users,
        Groups: state.groups(account).length,
        GroupsQuota: QUOTAS.Groups,
        Roles: state.roles(account).length,
        RolesQuota: QUOTAS.Roles,
        Policies: policies.length,
        PoliciesQuota: QUOTAS.Policies,
        PolicyVersionsInUse: versionsInUse,
        PolicyVersionsInUseQuota: QUOTAS.PolicyVersionsInUse,
        InstanceProfiles: state.instanceProfiles(account).length,
        InstanceProfilesQuota: QUOTAS.InstanceProfiles,
        ServerCertificates: 0,
        ServerCertificatesQuota: QUOTAS.ServerCertificates,
        Providers: state.identityProviders(account, 'oidc').length + state.identityProviders(account, 'saml').length,
        MFADevices: 0,
        MFADevicesInUse: 0,
        AccountMFAEnabled: 0,
        AccountAccessKeysPresent: 0,
        AccountSigningCertificatesPresent: 0,
        AccessKeysPerUserQuota: MAX_ACCESS_KEYS,
        SigningCertificatesPerUserQuota: 2,
        GroupsPerUserQuota: MAX_GROUPS_PER_USER,
        AttachedPoliciesPerUserQuota: MAX_ATTACHED_POLICIES,
        AttachedPoliciesPerGroupQuota: MAX_ATTACHED_POLICIES,
        AttachedPoliciesPerRoleQuota: MAX_ATTACHED_POLICIES,
        VersionsPerPolicyQuota: MAX_POLICY_VERSIONS,
        PolicySizeQuota: POLICY_SIZE.managed,
        UserPolicySizeQuota: INLINE_POLICY_QUOTA.user,
        GroupPolicySizeQuota: INLINE_POLICY_QUOTA.group,
        RolePolicySizeQuota: INLINE_POLICY_QUOTA.role,
        AssumeRolePolicySizeQuota: POLICY_SIZE.trust,
        GlobalEndpointTokenVersion: 1,
      };
      return { SummaryMap: SummaryMap as Iam.GetAccountSummaryResponse['SummaryMap'] };
    },
  };
}
