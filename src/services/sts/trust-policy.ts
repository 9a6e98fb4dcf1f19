import type { CallerIdentity } from '../../core/identity.js';
import { evaluatePolicy, parsePolicy, PolicyError, type Decision, type PrincipalBlock, type PolicyStatement } from '../../core/policy.js';

/**
 * A role's trust policy (its AssumeRolePolicyDocument) asked whether a principal may assume the
 * role. Principals are matched here, because a trust policy names kinds the resource-policy
 * matcher does not know: a role ARN matching that role's sessions, an assumed-role session ARN,
 * Federated identity providers. Actions and conditions are then evaluated by core/policy.ts.
 */
export type TrustPrincipal =
  | { kind: 'aws'; identity: CallerIdentity }
  | { kind: 'service'; service: string }
  /** An OIDC or SAML provider: its IAM ARN, and the name a trust policy may give instead (accounts.google.com). */
  | { kind: 'federated'; providerArn: string; providerName?: string };

export interface TrustRequest {
  principal: TrustPrincipal;
  /** sts:AssumeRole, sts:AssumeRoleWithWebIdentity, sts:AssumeRoleWithSAML, sts:TagSession, sts:SetSourceIdentity. */
  action: string;
  roleArn: string;
  context: Record<string, string | string[] | boolean | number | undefined>;
}

export function evaluateTrust(trustPolicy: string, request: TrustRequest): Decision {
  let statements: PolicyStatement[];
  try {
    statements = parsePolicy(trustPolicy).Statement;
  } catch (error) {
    if (error instanceof PolicyError) return 'ImplicitDeny';
    throw error;
  }
  const applying = statements
    .filter((s) => (s.Principal === undefined || principalMatches(s.Principal, request.principal)) && (s.NotPrincipal === undefined || !principalMatches(s.NotPrincipal, request.principal)))
    // A trust statement names its principal; one that names none grants nobody.
    .filter((s) => s.Principal !== undefined || s.NotPrincipal !== undefined)
    .map(({ Principal: _p, NotPrincipal: _n, ...rest }) => rest as PolicyStatement);
  if (applying.length === 0) return 'ImplicitDeny';
  return evaluatePolicy({ Version: '2012-10-17', Statement: applying }, { principal: { type: 'Anonymous' }, action: request.action, resource: request.roleArn, context: request.context });
}

function principalMatches(block: PrincipalBlock, principal: TrustPrincipal): boolean {
  if (block === '*') return true;
  if (typeof block !== 'object' || block === null) return false;
  for (const [type, raw] of Object.entries(block)) {
    const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
    for (const value of values) {
      if (value === '*' && (type === 'AWS' || type === '*')) return true;
      if (type === 'AWS' && principal.kind === 'aws' && awsPrincipalMatches(value, principal.identity)) return true;
      if (type === 'Service' && principal.kind === 'service' && value.toLowerCase() === principal.service.toLowerCase()) return true;
      if (type === 'Federated' && principal.kind === 'federated' && (value === principal.providerArn || (principal.providerName !== undefined && value === principal.providerName))) return true;
    }
  }
  return false;
}

/** An account (id or root ARN) covers every principal in it; a role ARN covers its sessions. */
function awsPrincipalMatches(value: string, identity: CallerIdentity): boolean {
  if (/^\d{12}$/.test(value)) return value === identity.account;
  const root = /^arn:[^:]+:iam::(\d{12}):root$/.exec(value);
  if (root) return root[1] === identity.account;
  if (value === identity.arn || value === identity.principalArn) return true;
  // A role ARN with a path names the same role as the session's role ARN without it.
  const role = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(value);
  const sessionRole = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(identity.principalArn);
  return role !== null && sessionRole !== null && role[2] === sessionRole[2] && role[3] === sessionRole[3];
}

/** The condition keys every trust evaluation knows of its principal and the clock. */
export function principalConditionKeys(identity: CallerIdentity | undefined, now: number): Record<string, string | string[] | boolean | number | undefined> {
  const keys: Record<string, string | string[] | boolean | number | undefined> = {
    'aws:CurrentTime': new Date(now).toISOString(),
    'aws:EpochTime': Math.floor(now / 1000),
    'aws:SecureTransport': false,
  };
  if (!identity) return keys;
  keys['aws:PrincipalArn'] = identity.principalArn;
  keys['aws:PrincipalAccount'] = identity.account;
  keys['aws:userid'] = identity.userId;
  keys['aws:PrincipalType'] = { root: 'Account', user: 'User', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser' }[identity.kind];
  if (identity.userName) keys['aws:username'] = identity.userName;
  for (const [key, value] of Object.entries(identity.tags ?? {})) keys[`aws:PrincipalTag/${key}`] = value;
  return keys;
}
