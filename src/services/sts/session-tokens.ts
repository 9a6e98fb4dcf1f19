import type * as Sts from '../../generated/sts.js';
import { accessDenied } from './errors.js';
import type { StsService } from './service.js';
import { sessionGrants } from './session-policies.js';
import { credentialsOf } from './assume-role.js';

/**
 * Temporary credentials of the caller itself: GetSessionToken (the same user or root, for MFA-style
 * short-lived keys) and GetFederationToken (a federated user whose permissions are the caller's
 * cut down to the session policies passed).
 */

const USER_DEFAULT_SECONDS = 43_200;
/** Root's sessions last at most an hour, whatever is asked (AWS's documented range for account credentials). */
const ROOT_MAX_SECONDS = 3_600;

export function sessionTokenOperations(service: StsService): Partial<Sts.StsOperations> {
  return {
    GetSessionToken(input, context) {
      const caller = service.principalOf(context);
      if (caller.kind === 'assumed-role' || caller.kind === 'federated-user' || caller.sessionToken !== undefined) throw accessDenied('Cannot call GetSessionToken with session credentials');
      const seconds = caller.kind === 'root' ? Math.min(input.DurationSeconds ?? ROOT_MAX_SECONDS, ROOT_MAX_SECONDS) : input.DurationSeconds ?? USER_DEFAULT_SECONDS;
      const expiresAt = service.expiryAfter(seconds);
      const { accessKeyId: _key, secretAccessKey: _secret, sessionToken: _token, active: _active, ...who } = caller;
      const session = service.issue({ ...who, expiresAt }, { transitiveTagKeys: [] });
      return { Credentials: credentialsOf({ session, expiresAt }) };
    },

    async GetFederationToken(input, context) {
      const caller = service.principalOf(context);
      if (caller.kind === 'assumed-role' || caller.kind === 'federated-user' || caller.sessionToken !== undefined) throw accessDenied('Cannot call GetFederationToken with session credentials');
      const grants = sessionGrants(input, await service.iam());
      const seconds = caller.kind === 'root' ? Math.min(input.DurationSeconds ?? ROOT_MAX_SECONDS, ROOT_MAX_SECONDS) : input.DurationSeconds ?? USER_DEFAULT_SECONDS;
      const expiresAt = service.expiryAfter(seconds);
      const partition = /^arn:([^:]+):/.exec(caller.arn)?.[1] ?? 'aws';
      const arn = `arn:${partition}:sts::${caller.account}:federated-user/${input.Name}`;
      const session = service.issue(
        {
          kind: 'federated-user',
          account: caller.account,
          arn,
          userId: `${caller.account}:${input.Name}`,
          // The calling user's (or root's) ARN: its policies, cut down to the session policies, are the session's.
          principalArn: caller.principalArn,
          expiresAt,
          tags: { ...(caller.tags ?? {}), ...grants.tags },
          // Without a session policy a federated user may do nothing: an empty list allows nothing.
          sessionPolicies: grants.sessionPolicies ?? [],
          userName: caller.userName,
        },
        { transitiveTagKeys: grants.transitiveTagKeys },
      );
      return {
        Credentials: credentialsOf({ session, expiresAt }),
        FederatedUser: { Arn: arn, FederatedUserId: session.userId },
        PackedPolicySize: grants.packedPolicySize,
      };
    },
  };
}
