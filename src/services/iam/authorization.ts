/**
 * --enforce-iam for IAM: operations act on the user, role, group, instance profile, policy or
 * provider they name (a user's own access keys, MFA devices and password when no UserName is
 * given: the caller's), account-wide ones on `*`. IAM is global: its ARNs have no region.
 */
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

const iamArn = (context: RequestContext, resource: string): string => resourceArn(context, 'iam', resource, context.accountId, '');

/** Operations that, without a UserName, act on the calling user. */
const SELF_OPERATIONS = /AccessKey|SigningCertificate|SSHPublicKey|ServiceSpecificCredential|^GetUser$|^ChangePassword$|MFADevice/;

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('iam', (input, context, operation) => {
      const role = textOf(input, 'RoleName');
      if (role) return iamArn(context, `role/${role}`);
      const user = textOf(input, 'UserName') ?? (SELF_OPERATIONS.test(operation) ? context.caller?.userName : undefined);
      if (user) return iamArn(context, `user/${user}`);
      const group = textOf(input, 'GroupName');
      if (group) return iamArn(context, `group/${group}`);
      const profile = textOf(input, 'InstanceProfileName');
      if (profile) return iamArn(context, `instance-profile/${profile}`);
      if (operation === 'CreatePolicy' && textOf(input, 'PolicyName')) return iamArn(context, `policy${textOf(input, 'Path') ?? '/'}${textOf(input, 'PolicyName')}`);
      return textOf(input, 'PolicyArn') ?? textOf(input, 'OpenIDConnectProviderArn') ?? textOf(input, 'SAMLProviderArn') ?? textOf(input, 'PolicySourceArn');
    }),
    accessDenied: (message) => new AwsError('AccessDenied', message, 403),
  };
}
