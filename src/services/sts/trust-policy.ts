import type { CallerIdentity } from '../../core/identity.js';
import { evaluatePolicy, parsePolicy, PolicyError, type Decision, type PolicyDocument, type PolicyPrincipal } from '../../core/policy.js';

/**
 * A role's trust policy (its AssumeRolePolicyDocument) asked whether a principal may assume the
 * role, by core/policy.ts like any resource policy: a role ARN there covers the role's sessions,
 * and Federated names an OIDC or SAML provider.
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
  let document: PolicyDocument;
  try {
    document = parsePolicy(trustPolicy);
  } catch (error) {
    if (error instanceof PolicyError) return 'ImplicitDeny';
    throw error;
  }
  // A trust statement names its principal; one that names none grants nobody.
  const statements = document.Statement.filter((s) => s.Principal !== undefined || s.NotPrincipal !== undefined);
  if (statements.length === 0) return 'ImplicitDeny';
  const trust = { ...document, Statement: statements };
  const evaluate = (principal: PolicyPrincipal) => evaluatePolicy(trust, { principal, action: request.action, resource: request.roleArn, context: request.context });
  const { principal } = request;
  if (principal.kind === 'aws') {
    const { identity } = principal;
    return evaluate({ type: 'AWS', account: identity.account, arn: identity.arn, principalArn: identity.principalArn });
  }
  if (principal.kind === 'service') return evaluate({ type: 'Service', service: principal.service });
  const byArn = evaluate({ type: 'Federated', provider: principal.providerArn });
  return byArn === 'ImplicitDeny' && principal.providerName !== undefined ? evaluate({ type: 'Federated', provider: principal.providerName }) : byArn;
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
