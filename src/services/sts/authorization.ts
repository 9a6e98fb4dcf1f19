/**
 * --enforce-iam for STS: AssumeRole acts on the role, and the role's trust policy is its
 * resource-based policy (within the account it alone can let a caller in; across accounts the
 * caller's own policies must allow sts:AssumeRole too); GetFederationToken acts on the federated
 * user; GetCallerIdentity and GetSessionToken need no permission.
 */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { IamApi } from '../iam/api.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses: accessTable('sts', (input, context, operation) => {
      const role = textOf(input, 'RoleArn');
      if (role) return role;
      const name = textOf(input, 'Name');
      if (name && operation === 'GetFederationToken') return resourceArn(context, 'sts', `federated-user/${name}`, context.accountId, '');
      return undefined;
    }),
    async resourceFacts(resource) {
      if (!resource.includes(':role/')) return undefined;
      const iam = await runtime.optionalApi<IamApi>('iam');
      const role = iam?.role(resource);
      return role ? { policy: role.trustPolicy, account: role.account, tags: role.tags } : undefined;
    },
    accessDenied: (message) => new AwsError('AccessDenied', message, 403),
  };
}
