import type * as Sts from '../../generated/sts.js';
import type { RoleCredentials } from './api.js';
import type { StsService } from './service.js';
import { sessionGrants } from './session-policies.js';
import { startRoleSession } from './role-sessions.js';
import { principalConditionKeys } from './trust-policy.js';

/** AssumeRole, and the sessions AWS services take of a role (StsApi.credentialsForService). */
export function assumeRoleOperations(service: StsService): Partial<Sts.StsOperations> {
  return {
    async AssumeRole(input, context) {
      const caller = service.principalOf(context);
      const iam = await service.iam();
      const grants = sessionGrants(input, iam);
      const chained = caller.kind === 'assumed-role' ? service.session(caller.accessKeyId) : undefined;
      const conditionKeys = principalConditionKeys(caller, service.now());
      conditionKeys['aws:RequestedRegion'] = context.region;
      if (input.ExternalId !== undefined) conditionKeys['sts:ExternalId'] = input.ExternalId;
      // An MFA device and code given: AWS checks the code; Nimbus takes any six digits as right.
      conditionKeys['aws:MultiFactorAuthPresent'] = input.SerialNumber !== undefined && input.TokenCode !== undefined;
      const issued = await startRoleSession(service, {
        roleArn: input.RoleArn,
        sessionName: input.RoleSessionName,
        durationSeconds: input.DurationSeconds,
        principal: { kind: 'aws', identity: caller },
        principalArnForMessage: caller.arn,
        region: context.region,
        action: 'sts:AssumeRole',
        grants,
        sourceIdentity: input.SourceIdentity,
        conditionKeys,
        chainedFrom: chained ? { identity: chained.identity, transitiveTagKeys: chained.details.transitiveTagKeys } : undefined,
      });
      return {
        Credentials: credentialsOf(issued),
        AssumedRoleUser: { Arn: issued.session.arn, AssumedRoleId: issued.session.userId },
        PackedPolicySize: grants.packedPolicySize,
        SourceIdentity: service.session(issued.session.accessKeyId)?.details.sourceIdentity,
      };
    },
  };
}

/** A session of the role for an AWS service (Lambda's execution role), reused while it has time left. */
export async function credentialsForService(
  service: StsService,
  request: { roleArn: string; sessionName: string; servicePrincipal: string; durationSeconds?: number },
): Promise<RoleCredentials> {
  // A call to a function outliving its credentials would fail mid-way: hand out one with at least 15 minutes left.
  const reusable = service.liveServiceSession(request.roleArn, request.sessionName, request.servicePrincipal, 15 * 60_000);
  if (reusable) return { accessKeyId: reusable.accessKeyId, secretAccessKey: reusable.secretAccessKey, sessionToken: reusable.sessionToken!, expiration: reusable.expiresAt! };
  const issued = await startRoleSession(service, {
    roleArn: request.roleArn,
    sessionName: request.sessionName,
    durationSeconds: request.durationSeconds,
    principal: { kind: 'service', service: request.servicePrincipal },
    principalArnForMessage: request.servicePrincipal,
    action: 'sts:AssumeRole',
    grants: { tags: {}, transitiveTagKeys: [] },
    conditionKeys: principalConditionKeys(undefined, service.now()),
    servicePrincipal: request.servicePrincipal,
  });
  const { session } = issued;
  return { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken!, expiration: issued.expiresAt };
}

export function credentialsOf(issued: { session: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }; expiresAt: number }): Sts.Credentials {
  return {
    AccessKeyId: issued.session.accessKeyId,
    SecretAccessKey: issued.session.secretAccessKey,
    SessionToken: issued.session.sessionToken!,
    Expiration: new Date(issued.expiresAt),
  };
}
