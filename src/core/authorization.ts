/**
 * IAM's policy evaluation logic for one request, over every kind of policy that applies:
 * identity-based policies, a resource-based policy, a permissions boundary, session policies and
 * organization-style denies (service control policies). One evaluator for enforcement
 * (--enforce-iam), IAM's policy simulator and STS's trust policies; single documents are
 * parsed and matched by policy.ts.
 *
 * The logic (AWS's "Policy evaluation logic" page): an explicit Deny in any policy wins; within the
 * account, an Allow in the identity-based policies or in the resource-based policy allows, but a
 * permissions boundary, session policies and SCPs must each allow too; across accounts, both the
 * caller's identity-based policies and the resource's policy must allow.
 *
 * Same-account special cases (the "Permissions boundaries" and "Session policies" pages): a
 * resource policy naming an IAM user's ARN, or a role session's or federated session's ARN (or `*`),
 * allows without the identity policy, boundary or session policy; one naming a role's ARN still
 * needs the boundary and session policies; one naming only the account delegates to the identity
 * policies. The account's root is allowed in its own account unless a Deny or an SCP says otherwise.
 */
import { matchingStatements, type PolicyDocument, type PolicyPrincipal, type PrincipalMatch, type StatementMatch } from './policy.js';
import type { ContextKeys } from './policy-patterns.js';

/** Condition key values: what the request, the caller and the resource tell (names case-insensitive). */
export type ConditionValues = Record<string, string | string[] | boolean | number | undefined>;

export interface AuthorizationRequest {
  /**
   * Who asks: for a role session, `arn` is the session's and `principalArn` the role's (with its
   * path); for a service (kind 'service'), `arn` is the service principal, e.g. sns.amazonaws.com,
   * judged by the resource policy alone.
   */
  principal: { account: string; arn: string; principalArn: string; kind: 'root' | 'user' | 'assumed-role' | 'federated-user' | 'service'; userName?: string; tags?: Record<string, string> };
  /** `service:Operation`, e.g. `sqs:SendMessage`. */
  action: string;
  /** The resource's ARN, or `*` for actions on no resource (ListQueues). */
  resource: string;
  /** The account owning the resource; a different one from the principal's makes the request cross-account. */
  resourceAccount?: string;
  identityPolicies: PolicyDocument[];
  permissionsBoundary?: PolicyDocument;
  /** Present (even empty) only for sessions given session policies. */
  sessionPolicies?: PolicyDocument[];
  resourcePolicy?: PolicyDocument;
  serviceControlPolicies?: PolicyDocument[];
  /** Request condition keys (aws:SourceIp, aws:SecureTransport, aws:CurrentTime, service keys...); principal keys are added from `principal`. */
  context?: ConditionValues;
}

/** Which kind of policy decided, as AWS's AccessDenied messages name it. */
export type PolicyKind = 'identity-based policy' | 'resource-based policy' | 'permissions boundary' | 'session policy' | 'service control policy';

export interface AuthorizationResult {
  decision: 'allowed' | 'explicitDeny' | 'implicitDeny';
  /** For a denial: the kind of policy that denied (explicitDeny) or that did not allow (implicitDeny). */
  deniedBy?: PolicyKind;
  /** The statements that matched, for the simulator's MatchedStatements. */
  matchedStatements: Array<{
    policy: PolicyKind;
    policyId?: string;
    sid?: string;
    effect: 'Allow' | 'Deny';
    /** Which document of its kind (the identityPolicies/sessionPolicies/serviceControlPolicies index; 0 for the others). */
    policyIndex?: number;
    /** The statement's position in its document's Statement list. */
    statementIndex?: number;
  }>;
  /** Condition keys the policies ask for that the request did not give (the simulator's MissingContextValues). */
  missingContextKeys?: string[];
}

/** The condition keys that follow from who is asking (AWS's global principal keys), under the request's own. */
function requestKeys(request: AuthorizationRequest): ContextKeys {
  const { principal } = request;
  const keys: ContextKeys = new Map();
  if (principal.kind !== 'service') {
    keys.set('aws:principalarn', [principal.principalArn]);
    keys.set('aws:principalaccount', [principal.account]);
    keys.set('aws:principaltype', [PRINCIPAL_TYPES[principal.kind]]);
    if (principal.kind === 'user' && principal.userName !== undefined) keys.set('aws:username', [principal.userName]);
    if (principal.tags) for (const tag in principal.tags) keys.set(`aws:principaltag/${tag.toLowerCase()}`, [principal.tags[tag]!]);
  } else {
    keys.set('aws:principalservicename', [principal.arn]);
  }
  const context = request.context;
  if (context) {
    for (const name in context) {
      const value = context[name];
      if (value === undefined) continue;
      keys.set(name.toLowerCase(), Array.isArray(value) ? value.map(String) : [String(value)]);
    }
  }
  // aws:CurrentTime and aws:EpochTime are one instant: either given fills the other.
  const current = keys.get('aws:currenttime')?.[0];
  const epoch = keys.get('aws:epochtime')?.[0];
  if (current !== undefined && epoch === undefined) {
    const ms = Date.parse(current);
    if (!Number.isNaN(ms)) keys.set('aws:epochtime', [String(Math.floor(ms / 1000))]);
  } else if (epoch !== undefined && current === undefined && /^\d+$/.test(epoch)) {
    keys.set('aws:currenttime', [new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')]);
  }
  return keys;
}

const PRINCIPAL_TYPES: Record<Exclude<AuthorizationRequest['principal']['kind'], 'service'>, string> = {
  root: 'Account',
  user: 'User',
  'assumed-role': 'AssumedRole',
  'federated-user': 'FederatedUser',
};

function policyPrincipal(principal: AuthorizationRequest['principal']): PolicyPrincipal {
  if (principal.kind === 'service') return { type: 'Service', service: principal.arn };
  return { type: 'AWS', account: principal.account, arn: principal.arn, principalArn: principal.principalArn };
}

/** What one kind of policy says: its matching Allow and Deny statements. */
interface KindVerdict {
  kind: PolicyKind;
  present: boolean;
  allows: StatementMatch[];
  denies: StatementMatch[];
}

function judge(kind: PolicyKind, docs: PolicyDocument[] | undefined, principal: PolicyPrincipal, request: AuthorizationRequest, keys: ContextKeys, missing: Set<string>, matched: AuthorizationResult['matchedStatements']): KindVerdict {
  const verdict: KindVerdict = { kind, present: docs !== undefined, allows: [], denies: [] };
  docs?.forEach((doc, policyIndex) => {
    const notPrincipalExcludesNone = kind === 'resource-based policy' && request.permissionsBoundary !== undefined;
    for (const match of matchingStatements(doc, { principal, action: request.action, resource: request.resource, keys, missingKeys: missing, notPrincipalExcludesNone })) {
      const effect = match.statement.Effect;
      (effect === 'Deny' ? verdict.denies : verdict.allows).push(match);
      matched.push({ policy: kind, ...(doc.Id ? { policyId: doc.Id } : {}), ...(match.statement.Sid ? { sid: match.statement.Sid } : {}), effect, policyIndex, statementIndex: match.index });
    }
  });
  return verdict;
}

/** The resource policy's Allow by its strongest principal match ('account' needs the identity side too). */
function resourceGrant(resource: KindVerdict): PrincipalMatch | undefined {
  let grant: PrincipalMatch | undefined;
  for (const match of resource.allows) {
    const how = match.principalMatch ?? 'any';
    if (how !== 'account') return how;
    grant = how;
  }
  return grant;
}

/** Decides one request. */
export function authorize(request: AuthorizationRequest): AuthorizationResult {
  const keys = requestKeys(request);
  const principal = policyPrincipal(request.principal);
  const missing = new Set<string>();
  const matched: AuthorizationResult['matchedStatements'] = [];
  const { kind } = request.principal;
  const scp = judge('service control policy', kind === 'service' ? undefined : request.serviceControlPolicies, principal, request, keys, missing, matched);
  const resource = judge('resource-based policy', request.resourcePolicy ? [request.resourcePolicy] : undefined, principal, request, keys, missing, matched);
  const identity = judge('identity-based policy', kind === 'service' ? undefined : request.identityPolicies, principal, request, keys, missing, matched);
  const boundary = judge('permissions boundary', request.permissionsBoundary ? [request.permissionsBoundary] : undefined, principal, request, keys, missing, matched);
  const session = judge('session policy', request.sessionPolicies, principal, request, keys, missing, matched);
  const result = (decision: AuthorizationResult['decision'], deniedBy?: PolicyKind): AuthorizationResult => ({
    decision,
    ...(deniedBy ? { deniedBy } : {}),
    matchedStatements: matched,
    ...(missing.size > 0 ? { missingContextKeys: [...missing] } : {}),
  });

  // 1. An explicit Deny anywhere wins (reported in the order AWS's flow chart checks them).
  for (const verdict of [scp, resource, identity, boundary, session]) {
    if (verdict.denies.length > 0) return result('explicitDeny', verdict.kind);
  }
  // 2. Organizations' SCPs limit every principal of the member account.
  if (scp.present && scp.allows.length === 0) return result('implicitDeny', scp.kind);

  const crossAccount = request.resourceAccount !== undefined && request.resourceAccount !== request.principal.account;
  const grant = resourceGrant(resource);
  if (kind === 'service') return grant ? result('allowed') : result('implicitDeny', resource.kind);

  // The caller's own side: its identity policies (root: everything), limited by boundary and session policies.
  const identitySide = (): PolicyKind | undefined => {
    if (kind === 'root') return undefined;
    if (identity.allows.length === 0) return identity.kind;
    if (boundary.present && boundary.allows.length === 0) return boundary.kind;
    if (session.present && session.allows.length === 0) return session.kind;
    return undefined;
  };

  if (crossAccount) {
    // 3. Across accounts both sides must allow: the caller's account and the resource's policy.
    const own = identitySide();
    if (own) return result('implicitDeny', own);
    return grant ? result('allowed') : result('implicitDeny', resource.kind);
  }

  // 4. Within the account.
  if (kind === 'root') return result('allowed');
  if (grant && grant !== 'account') {
    // A grant to the user itself, the session itself or everyone stands alone; a grant to a role's
    // ARN (or the IAM user behind a federated session) is still limited by boundary and session policies.
    const direct = grant !== 'principal' || kind === 'user';
    if (direct) return result('allowed');
    if (boundary.present && boundary.allows.length === 0) return result('implicitDeny', boundary.kind);
    if (session.present && session.allows.length === 0) return result('implicitDeny', session.kind);
    return result('allowed');
  }
  const own = identitySide();
  return own ? result('implicitDeny', own) : result('allowed');
}

const ARTICLES: Record<PolicyKind, string> = {
  'identity-based policy': 'an identity-based policy',
  'resource-based policy': 'a resource-based policy',
  'permissions boundary': 'a permissions boundary',
  'session policy': 'a session policy',
  'service control policy': 'a service control policy',
};

/**
 * AWS's message for a denial: "User: <arn> is not authorized to perform: <action> on resource:
 * <resource> because no identity-based policy allows the <action> action" (or "with an explicit
 * deny in a <kind>"). Actions on no resource (`*`) name none, as AWS's do.
 */
export function accessDeniedMessage(callerArn: string, action: string, resource: string, result: AuthorizationResult): string {
  const onResource = resource && resource !== '*' ? ` on resource: ${resource}` : '';
  const kind = result.deniedBy ?? 'identity-based policy';
  const reason = result.decision === 'explicitDeny' ? `with an explicit deny in ${ARTICLES[kind]}` : `because no ${kind} allows the ${action} action`;
  return `User: ${callerArn} is not authorized to perform: ${action}${onResource} ${reason}`;
}
