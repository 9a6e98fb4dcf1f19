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
 * CONTRACT (issue #19): the types below are fixed; the functions are being implemented.
 */
import type { PolicyDocument } from './policy.js';

/** Condition key values: what the request, the caller and the resource tell (names case-insensitive). */
export type ConditionValues = Record<string, string | string[] | boolean | number | undefined>;

export interface AuthorizationRequest {
  /** Who asks: for a role session, `arn` is the session's and `principalArn` the role's. */
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
  matchedStatements: Array<{ policy: PolicyKind; policyId?: string; sid?: string; effect: 'Allow' | 'Deny' }>;
}

/** Decides one request. */
export function authorize(request: AuthorizationRequest): AuthorizationResult {
  void request;
  throw new Error('authorize: not built yet (issue #19)');
}

/**
 * AWS's message for a denial: "User: <arn> is not authorized to perform: <action> on resource:
 * <resource> because no identity-based policy allows the <action> action" (or "with an explicit
 * deny in a <kind>").
 */
export function accessDeniedMessage(callerArn: string, action: string, resource: string, result: AuthorizationResult): string {
  void callerArn;
  void action;
  void resource;
  void result;
  throw new Error('accessDeniedMessage: not built yet (issue #19)');
}
