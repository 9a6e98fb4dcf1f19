import type { CallerIdentity } from '../../core/identity.js';
import type { IamApi, IamRole } from '../iam/api.js';
import { derivedRoleId } from './credentials.js';
import { accessDenied, notAuthorized, stsValidationError } from './errors.js';
import type { StsService } from './service.js';
import type { SessionGrants } from './session-policies.js';
import { evaluateTrust, type TrustPrincipal } from './trust-policy.js';

/**
 * A session of a role: the one path AssumeRole, AssumeRoleWithWebIdentity, AssumeRoleWithSAML and
 * service sessions (Lambda's execution role) take once their own checks are done. It finds the
 * role, checks the duration against it, asks its trust policy (with --enforce-iam) and issues the
 * session's credentials.
 */

const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):iam::(\d{12}):role\/(?:[\u0021-\u007E]*\/)?([\w+=,.@-]{1,64})$/;
export const DEFAULT_ROLE_SESSION_SECONDS = 3_600;
const MAX_ROLE_SESSION_SECONDS = 43_200;
/** A session assuming another role (role chaining) lasts at most an hour. */
const ROLE_CHAINING_LIMIT_SECONDS = 3_600;

export interface RoleTarget {
  arn: string;
  partition: string;
  account: string;
  name: string;
  roleId: string;
  maxSessionDurationSeconds: number;
  tags: Record<string, string>;
  /** Undefined when IAM does not know the role (assumable only with enforcement off). */
  trustPolicy?: string;
}

/** The role an ARN names, as IAM knows it, or (enforcement off) as the ARN alone describes it. */
export function findRole(iam: IamApi | undefined, roleArn: string): { target: RoleTarget; known: boolean } {
  const parsed = ROLE_ARN.exec(roleArn);
  if (!parsed) throw stsValidationError('Request ARN is invalid');
  const [, partition, account, name] = parsed as unknown as [string, string, string, string];
  const role: IamRole | undefined = iam?.role(roleArn);
  if (role) {
    return {
      known: true,
      target: { arn: role.arn, partition, account: role.account, name: role.name, roleId: role.roleId, maxSessionDurationSeconds: role.maxSessionDurationSeconds, tags: role.tags, trustPolicy: role.trustPolicy },
    };
  }
  return { known: false, target: { arn: roleArn, partition, account, name, roleId: derivedRoleId(roleArn), maxSessionDurationSeconds: MAX_ROLE_SESSION_SECONDS, tags: {} } };
}

export interface RoleSessionRequest {
  roleArn: string;
  sessionName: string;
  durationSeconds?: number;
  /** Who assumes: for trust evaluation and the AccessDenied message. */
  principal: TrustPrincipal;
  /** The ARN AWS's AccessDenied message names as "User". */
  principalArnForMessage: string;
  action: 'sts:AssumeRole' | 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML';
  grants: SessionGrants;
  sourceIdentity?: string;
  /** Request condition keys for the trust policy (sts:ExternalId, provider claims, principal keys). */
  conditionKeys: Record<string, string | string[] | boolean | number | undefined>;
  /** A session assuming a role (role chaining): its transitive tags pass on and the hour limit applies. */
  chainedFrom?: { identity: CallerIdentity; transitiveTagKeys: string[] };
  /** The request's region: IAM's RoleLastUsed names it. */
  region?: string;
  servicePrincipal?: string;
  /** Epoch ms the session may not outlive (a SAML response's SessionNotOnOrAfter). */
  notAfter?: number;
  /** The AccessDenied message when the trust policy refuses, where AWS words it apart (federation). */
  deniedMessage?: string;
}

export interface IssuedRoleSession {
  session: CallerIdentity;
  role: RoleTarget;
  expiresAt: number;
}

export async function startRoleSession(service: StsService, request: RoleSessionRequest): Promise<IssuedRoleSession> {
  const iam = await service.iam();
  const { target: role, known } = findRole(iam, request.roleArn);
  const duration = request.durationSeconds ?? DEFAULT_ROLE_SESSION_SECONDS;
  if (request.chainedFrom && request.durationSeconds !== undefined && duration > ROLE_CHAINING_LIMIT_SECONDS) {
    throw stsValidationError('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  if (duration > role.maxSessionDurationSeconds) throw stsValidationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');

  // Tags passed on by role chaining, which the caller may not set again.
  const inherited: Record<string, string> = {};
  const transitive = new Set(request.grants.transitiveTagKeys);
  if (request.chainedFrom) {
    const parentTags = request.chainedFrom.identity.tags ?? {};
    for (const key of request.chainedFrom.transitiveTagKeys) {
      const original = Object.keys(parentTags).find((k) => k.toLowerCase() === key);
      if (original === undefined) continue;
      if (Object.keys(request.grants.tags).some((k) => k.toLowerCase() === key)) {
        throw stsValidationError(`One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.`);
      }
      inherited[original] = parentTags[original]!;
      transitive.add(key);
    }
  }
  const sessionTags = { ...inherited, ...request.grants.tags };
  // A source identity, once set, passes on to every session chained from it.
  const sourceIdentity = request.sourceIdentity ?? sourceIdentityOf(service, request.chainedFrom);

  if (service.enforcing) {
    const denied = () => {
      if (request.deniedMessage) return accessDenied(request.deniedMessage);
      if (request.servicePrincipal) return accessDenied(`${request.servicePrincipal} is not authorized to perform: sts:AssumeRole on resource: ${role.arn}`);
      return notAuthorized(request.principalArnForMessage, request.action, role.arn);
    };
    if (!known || role.trustPolicy === undefined) throw denied();
    const context: Record<string, string | string[] | boolean | number | undefined> = { ...request.conditionKeys, 'sts:RoleSessionName': request.sessionName, ...requestTagKeys(sessionTags) };
    if (sourceIdentity !== undefined) context['sts:SourceIdentity'] = sourceIdentity;
    const ask = (action: string) => evaluateTrust(role.trustPolicy!, { principal: request.principal, action, roleArn: role.arn, context });
    if (ask(request.action) !== 'Allow') throw denied();
    // Session tags and a source identity, those passed on by role chaining included, need their own permission in the trust policy.
    if (Object.keys(sessionTags).length > 0 && ask('sts:TagSession') !== 'Allow') throw notAuthorized(request.principalArnForMessage, 'sts:TagSession', role.arn);
    if (sourceIdentity !== undefined && ask('sts:SetSourceIdentity') !== 'Allow') throw notAuthorized(request.principalArnForMessage, 'sts:SetSourceIdentity', role.arn);
  }

  const expiresAt = Math.min(service.expiryAfter(duration), request.notAfter ?? Infinity);
  const session = service.issue(
    {
      kind: 'assumed-role',
      account: role.account,
      arn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${request.sessionName}`,
      userId: `${role.roleId}:${request.sessionName}`,
      principalArn: role.arn,
      expiresAt,
      // The role's tags, session tags winning (aws:PrincipalTag).
      tags: { ...role.tags, ...sessionTags },
      sessionPolicies: request.grants.sessionPolicies,
    },
    { transitiveTagKeys: [...transitive], sourceIdentity, servicePrincipal: request.servicePrincipal, sessionName: request.sessionName },
  );
  // GetRole's RoleLastUsed: when and in which region the role was last assumed.
  if (known) iam?.roleUsed?.(role.arn, request.region ?? service.runtime.options.region);
  return { session, role, expiresAt };
}

function requestTagKeys(tags: Record<string, string>): Record<string, string | string[]> {
  const keys: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(tags)) keys[`aws:RequestTag/${key}`] = value;
  if (Object.keys(tags).length > 0) keys['aws:TagKeys'] = Object.keys(tags);
  return keys;
}

function sourceIdentityOf(service: StsService, chainedFrom: RoleSessionRequest['chainedFrom']): string | undefined {
  if (!chainedFrom) return undefined;
  return service.session(chainedFrom.identity.accessKeyId)?.details.sourceIdentity;
}
