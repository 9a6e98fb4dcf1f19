import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Iam from '../../generated/iam.js';
import type { IamApi } from './api.js';
import { accountOperations } from './account.js';
import { authorizationDetailsOperations } from './authorization-details.js';
import { credentialReportOperations } from './credential-report.js';
import { credentialOperations } from './credentials.js';
import { iamValidationError } from './errors.js';
import { groupOperations } from './groups.js';
import { iamApi } from './iam-api.js';
import { identityProviderOperations } from './identity-providers.js';
import { inlinePolicyOperations } from './inline-policies.js';
import { instanceProfileOperations } from './instance-profiles.js';
import { managedPolicyOperations } from './managed-policies.js';
import { passwordPolicyOperations } from './password-policy.js';
import { boundaryOperations } from './permissions-boundaries.js';
import { attachmentOperations } from './policy-attachments.js';
import { roleOperations } from './roles.js';
import { serviceLinkedRoleOperations } from './service-linked-roles.js';
import { IamService } from './service.js';
import { simulatorOperations } from './simulator.js';
import { taggingOperations } from './tagging.js';
import { userOperations } from './users.js';

/**
 * IAM: users, groups, roles, inline and managed policies (AWS's too), access keys, instance profiles,
 * identity providers, the account's settings and reports; global, one state per account.
 */
export function createProvider(runtime: Runtime): Provider {
  const service = new IamService(runtime);
  const api: IamApi = iamApi(service);
  const operations: Partial<Iam.IamOperations> = {
    ...userOperations(service),
    ...groupOperations(service),
    ...roleOperations(service),
    ...inlinePolicyOperations(service),
    ...managedPolicyOperations(service),
    ...attachmentOperations(service),
    ...boundaryOperations(service),
    ...credentialOperations(service),
    ...passwordPolicyOperations(service),
    ...instanceProfileOperations(service),
    ...serviceLinkedRoleOperations(service),
    ...identityProviderOperations(service),
    ...taggingOperations(service),
    ...accountOperations(service),
    ...credentialReportOperations(service),
    ...authorizationDetailsOperations(service),
    ...simulatorOperations(runtime, api),
  };
  return {
    operations: operations as Provider['operations'],
    api,
    validationError: (violations) => iamValidationError(violations),
    close: () => service.close(),
  };
}
