import type * as Sts from '../../generated/sts.js';
import { expiredIdentityToken, invalidIdentityToken } from './errors.js';
import { findRole, startRoleSession } from './role-sessions.js';
import type { StsService } from './service.js';
import { sessionGrants } from './session-policies.js';
import { principalConditionKeys } from './trust-policy.js';
import { credentialsOf } from './assume-role.js';

/**
 * AssumeRoleWithWebIdentity: a session of a role for someone an OpenID Connect provider vouches
 * for. The token is a JWT whose `iss` must be an OIDC provider IAM stores in the role's account
 * and whose `aud` one of its client ids. Nimbus reads the token's claims but does not verify its
 * signature (it cannot fetch the provider's keys offline).
 */

interface JwtClaims {
  iss?: unknown;
  aud?: unknown;
  sub?: unknown;
  exp?: unknown;
  amr?: unknown;
  'https://aws.amazon.com/tags'?: { principal_tags?: Record<string, unknown>; transitive_tag_keys?: unknown };
  [claim: string]: unknown;
}

function readJwt(token: string): JwtClaims {
  const parts = token.split('.');
  const notJwt = () => invalidIdentityToken('The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)');
  if (parts.length !== 3) throw notJwt();
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) throw notJwt();
    return claims as JwtClaims;
  } catch {
    throw notJwt();
  }
}

export function webIdentityOperations(service: StsService): Partial<Sts.StsOperations> {
  return {
    async AssumeRoleWithWebIdentity(input, context) {
      const claims = readJwt(input.WebIdentityToken);
      const iam = await service.iam();
      // The role's account holds the provider; an invalid ARN is refused before the token is read further.
      const { target: role } = findRole(iam, input.RoleArn);
      if (typeof claims.iss !== 'string') throw invalidIdentityToken('Missing a required claim: iss');
      if (claims.aud === undefined) throw invalidIdentityToken('Missing a required claim: aud');
      const issuer = claims.iss;
      const issuerHost = issuer.replace(/^https:\/\//, '').replace(/\/$/, '');
      const providerArn = `arn:${role.partition}:iam::${role.account}:oidc-provider/${issuerHost}`;
      const provider = iam?.identityProvider(providerArn);
      if (!provider || provider.kind !== 'oidc') throw invalidIdentityToken(`No OpenIDConnect provider found in your account for ${issuer}`);
      const audiences = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).map(String);
      const audience = audiences.find((aud) => provider.clientIds.includes(aud));
      if (audience === undefined) throw invalidIdentityToken('Incorrect token audience');
      const nowSeconds = Math.floor(service.now() / 1000);
      if (typeof claims.exp === 'number' && claims.exp <= nowSeconds) {
        throw expiredIdentityToken(`Token expired: current date/time ${nowSeconds} must be before the expiration date/time ${claims.exp}`);
      }
      const subject = typeof claims.sub === 'string' ? claims.sub : undefined;

      // Session tags the provider put in the token (the https://aws.amazon.com/tags claim).
      const tagClaim = claims['https://aws.amazon.com/tags'];
      const principalTags = tagClaim && typeof tagClaim === 'object' ? tagClaim.principal_tags ?? {} : {};
      const tags = Object.entries(principalTags).map(([Key, value]) => ({ Key, Value: String(Array.isArray(value) ? value[0] : value) }));
      const transitive = tagClaim && Array.isArray(tagClaim.transitive_tag_keys) ? tagClaim.transitive_tag_keys.map(String) : undefined;
      const grants = sessionGrants({ Policy: input.Policy, PolicyArns: input.PolicyArns, Tags: tags, TransitiveTagKeys: transitive }, iam);

      const conditionKeys = principalConditionKeys(undefined, service.now());
      conditionKeys['aws:RequestedRegion'] = context.region;
      conditionKeys[`${issuerHost}:aud`] = audience;
      conditionKeys[`${issuerHost}:oaud`] = audiences;
      if (subject !== undefined) conditionKeys[`${issuerHost}:sub`] = subject;
      if (claims.amr !== undefined) conditionKeys[`${issuerHost}:amr`] = (Array.isArray(claims.amr) ? claims.amr : [claims.amr]).map(String);

      const issued = await startRoleSession(service, {
        roleArn: input.RoleArn,
        sessionName: input.RoleSessionName,
        durationSeconds: input.DurationSeconds,
        principal: { kind: 'federated', providerArn, providerName: issuerHost },
        principalArnForMessage: providerArn,
        region: context.region,
        action: 'sts:AssumeRoleWithWebIdentity',
        grants,
        conditionKeys,
        deniedMessage: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      });
      return {
        Credentials: credentialsOf(issued),
        AssumedRoleUser: { Arn: issued.session.arn, AssumedRoleId: issued.session.userId },
        SubjectFromWebIdentityToken: subject,
        Audience: audience,
        Provider: issuer,
        PackedPolicySize: grants.packedPolicySize,
      };
    },
  };
}
