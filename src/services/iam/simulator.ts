/**
 * IAM's policy simulator: SimulatePrincipalPolicy, SimulateCustomPolicy and
 * GetContextKeysFor{Principal,Custom}Policy, on the same evaluator as enforcement (core's
 * authorize). One EvaluationResult per action (the decision across the resources is the most
 * restrictive one), with ResourceSpecificResults per resource when ResourceArns are given.
 */
import { authorize, type AuthorizationRequest, type AuthorizationResult, type ConditionValues, type PolicyKind } from '../../core/authorization.js';
import { conditionKeys } from '../../core/policy-conditions.js';
import { validateIdentityPolicy } from '../../core/policy-validation.js';
import { parsePolicy, PolicyError, type PolicyDocument } from '../../core/policy.js';
import type { RequestContext } from '../../core/context.js';
import type * as Iam from '../../generated/iam.js';
import type { Runtime } from '../../core/runtime.js';
import type { IamApi } from './api.js';
import { invalidInput, noSuchEntity } from './errors.js';
import { pageOf } from './paging.js';
import { statementSpans } from './simulator-positions.js';

type Decision = Iam.EvaluationResult['EvalDecision'];
/** The model's enum, plus what AWS answers for policies given in the input: "IAM Policy". */
type SourceType = NonNullable<Iam.Statement['SourcePolicyType']> | 'IAM Policy';

/** A policy given to the simulator, with how MatchedStatements names it. */
interface SourcePolicy {
  id: string;
  type: SourceType;
  text: string;
  document: PolicyDocument;
}

interface Simulation {
  principal: AuthorizationRequest['principal'];
  identity: SourcePolicy[];
  boundary: SourcePolicy[];
  resourcePolicy?: SourcePolicy;
  resourceOwner?: string;
  context: ConditionValues;
}

const RESTRICTIVENESS: Record<Decision, number> = { allowed: 0, implicitDeny: 1, explicitDeny: 2 };

function identityPolicy(text: string, id: string, type: SourceType): SourcePolicy {
  try {
    return { id, type, text, document: validateIdentityPolicy(text) };
  } catch (error) {
    if (error instanceof PolicyError) throw invalidInput(`${id}: ${error.message}`);
    throw error;
  }
}

function resourcePolicyOf(text: string): SourcePolicy {
  try {
    return { id: 'ResourcePolicy', type: 'resource', text, document: parsePolicy(text) };
  } catch (error) {
    if (error instanceof PolicyError) throw invalidInput(`ResourcePolicy: ${error.message}`);
    throw error;
  }
}

/** ContextEntries as condition values: list types stay lists, the others take their one value. */
function contextOf(entries: Iam.ContextEntry[] | undefined): ConditionValues {
  const values: ConditionValues = {};
  for (const entry of entries ?? []) {
    if (!entry.ContextKeyName) continue;
    const list = entry.ContextKeyValues ?? [];
    values[entry.ContextKeyName] = entry.ContextKeyType?.endsWith('List') ? list : list[0];
  }
  return values;
}

/** The simulated caller an ARN stands for (a user, a role's session, the account root). */
function principalOf(arn: string, tags: Record<string, string> | undefined): AuthorizationRequest['principal'] {
  const match = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}):(.+)$/.exec(arn);
  if (!match) throw invalidInput(`Invalid ARN: ${arn}`);
  const [, , account, resource] = match as unknown as [string, string, string, string];
  if (resource === 'root') return { account, arn, principalArn: arn, kind: 'root' };
  if (resource.startsWith('user/')) return { account, arn, principalArn: arn, kind: 'user', userName: resource.slice(resource.lastIndexOf('/') + 1), ...(tags ? { tags } : {}) };
  if (resource.startsWith('assumed-role/')) {
    const role = resource.split('/')[1];
    return { account, arn, principalArn: `arn:aws:iam::${account}:role/${role}`, kind: 'assumed-role', ...(tags ? { tags } : {}) };
  }
  // A role or group simulated as itself.
  return { account, arn, principalArn: arn, kind: resource.startsWith('role/') ? 'assumed-role' : 'user', ...(tags ? { tags } : {}) };
}

/** The account that owns a resource: its ARN's account field, else ResourceOwner's, else the caller's. */
function ownerOf(resource: string, resourceOwner: string | undefined): string | undefined {
  const account = resource.split(':')[4];
  if (account && /^\d{12}$/.test(account)) return account;
  if (resourceOwner) return /(\d{12})/.exec(resourceOwner)?.[1];
  return undefined;
}

function matchedStatements(result: AuthorizationResult, request: Simulation): Iam.Statement[] {
  // AWS reports what decided: the denying statements for a deny, the allowing ones for an allow.
  const wanted = result.decision === 'explicitDeny' ? 'Deny' : result.decision === 'allowed' ? 'Allow' : undefined;
  if (!wanted) return [];
  const out: Iam.Statement[] = [];
  for (const match of result.matchedStatements) {
    if (match.effect !== wanted) continue;
    const found = sourceOf(request, match.policy, match.policyIndex ?? 0, match.statementIndex ?? 0);
    if (!found) continue;
    const { source } = found;
    const span = statementSpans(source.text)[found.index];
    out.push({ SourcePolicyId: source.id, SourcePolicyType: source.type as Iam.Statement['SourcePolicyType'], ...(span ? { StartPosition: span.start, EndPosition: span.end } : {}) });
  }
  return out;
}

/** The boundary inputs as the one boundary they stand for (their statements in order). */
function boundaryDocument(boundary: SourcePolicy[]): PolicyDocument {
  const version = boundary.every((p) => p.document.Version === '2012-10-17') ? { Version: '2012-10-17' } : {};
  return { ...version, Statement: boundary.flatMap((p) => p.document.Statement) };
}

/** A matched statement's source and position in it; boundary statements are numbered across the inputs. */
function sourceOf(request: Simulation, kind: PolicyKind, policyIndex: number, statementIndex: number): { source: SourcePolicy; index: number } | undefined {
  if (kind === 'permissions boundary') {
    let index = statementIndex;
    for (const source of request.boundary) {
      if (index < source.document.Statement.length) return { source, index };
      index -= source.document.Statement.length;
    }
    return undefined;
  }
  const source = kind === 'identity-based policy' ? request.identity[policyIndex] : kind === 'resource-based policy' ? request.resourcePolicy : undefined;
  return source ? { source, index: statementIndex } : undefined;
}

function evaluate(request: Simulation, action: string, resource: string): AuthorizationResult {
  const resourceAccount = ownerOf(resource, request.resourceOwner);
  return authorize({
    principal: request.principal,
    action,
    resource,
    ...(resourceAccount ? { resourceAccount } : {}),
    identityPolicies: request.identity.map((p) => p.document),
    ...(request.boundary.length > 0 ? { permissionsBoundary: boundaryDocument(request.boundary) } : {}),
    ...(request.resourcePolicy ? { resourcePolicy: request.resourcePolicy.document } : {}),
    context: request.context,
  });
}

/** Each side's own verdict, for a cross-account simulation's EvalDecisionDetails. */
function crossAccountDetails(request: Simulation, action: string, resource: string, result: AuthorizationResult): Record<string, Decision> {
  const identitySide = authorize({ ...requestWithoutResourcePolicy(request, action, resource) });
  const resourceAllows = result.matchedStatements.some((m) => m.policy === 'resource-based policy' && m.effect === 'Allow');
  const resourceDenies = result.matchedStatements.some((m) => m.policy === 'resource-based policy' && m.effect === 'Deny');
  return {
    'IAM Policy': identitySide.decision,
    'Resource Policy': resourceDenies ? 'explicitDeny' : resourceAllows ? 'allowed' : 'implicitDeny',
  };
}

function requestWithoutResourcePolicy(request: Simulation, action: string, resource: string): AuthorizationRequest {
  return {
    principal: request.principal,
    action,
    resource,
    identityPolicies: request.identity.map((p) => p.document),
    ...(request.boundary.length > 0 ? { permissionsBoundary: boundaryDocument(request.boundary) } : {}),
    context: request.context,
  };
}

function boundaryAllows(result: AuthorizationResult): boolean {
  const boundary = result.matchedStatements.filter((m) => m.policy === 'permissions boundary');
  return boundary.some((m) => m.effect === 'Allow') && !boundary.some((m) => m.effect === 'Deny');
}

function simulate(request: Simulation, input: Pick<Iam.SimulateCustomPolicyRequest, 'ActionNames' | 'ResourceArns' | 'Marker' | 'MaxItems'>): Iam.SimulatePolicyResponse {
  const resources = input.ResourceArns && input.ResourceArns.length > 0 ? input.ResourceArns : ['*'];
  const notArns = resources.filter((resource) => resource !== '*' && !/^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/.test(resource));
  if (notArns.length > 0) throw invalidInput(`ResourceNames are not in a valid ARN format: ${notArns.join(', ')}.`);
  if (request.resourceOwner !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:root$/.test(request.resourceOwner)) {
    throw invalidInput(`'${request.resourceOwner}' is not a valid as a Resource Owner.`);
  }
  const specific = input.ResourceArns !== undefined && input.ResourceArns.length > 0;
  const results = input.ActionNames.map((action, index) => ({ index, result: simulateAction(request, action, resources, specific) }));
  const page = pageOf(results, (item) => String(item.index).padStart(6, '0'), input);
  return { EvaluationResults: page.items.map((item) => item.result), IsTruncated: page.IsTruncated, ...(page.Marker ? { Marker: page.Marker } : {}) };
}

function simulateAction(request: Simulation, action: string, resources: string[], specific: boolean): Iam.EvaluationResult {
  const perResource = resources.map((resource) => {
    const result = evaluate(request, action, resource);
    const crossAccount = (() => {
      const owner = ownerOf(resource, request.resourceOwner);
      return owner !== undefined && owner !== request.principal.account;
    })();
    return {
      resource,
      result,
      statements: matchedStatements(result, request),
      details: crossAccount ? crossAccountDetails(request, action, resource, result) : resource === '*' ? undefined : {},
    };
  });
  const worst = perResource.reduce((a, b) => (RESTRICTIVENESS[b.result.decision] > RESTRICTIVENESS[a.result.decision] ? b : a));
  const missing = [...new Set(perResource.flatMap((r) => r.result.missingContextKeys ?? []))];
  const boundaryDetail = (result: AuthorizationResult) => (request.boundary.length > 0 ? { PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: boundaryAllows(result) } } : {});
  return {
    EvalActionName: action,
    EvalResourceName: resources.length === 1 ? resources[0]! : '*',
    EvalDecision: worst.result.decision,
    MatchedStatements: worst.statements,
    MissingContextValues: missing,
    ...(worst.details ? { EvalDecisionDetails: worst.details } : {}),
    ...boundaryDetail(worst.result),
    ...(specific
      ? {
          ResourceSpecificResults: perResource.map((r) => ({
            EvalResourceName: r.resource,
            EvalResourceDecision: r.result.decision,
            MatchedStatements: r.statements,
            MissingContextValues: r.result.missingContextKeys ?? [],
            ...(r.details ? { EvalDecisionDetails: r.details } : {}),
            ...boundaryDetail(r.result),
          })),
        }
      : {}),
  };
}

/** The principal policies' sources, named as AWS names them (inline: the policy's name; managed: its name, AWS's or the account's). */
function principalSources(policies: Array<{ id: string; document: string }>): SourcePolicy[] {
  return policies.map((policy) => {
    const inline = /^(user|group|role)\/[^/]+\/(.+)$/.exec(policy.id);
    if (inline) return identityPolicy(policy.document, inline[2]!, inline[1] as SourceType);
    const name = policy.id.slice(policy.id.lastIndexOf('/') + 1);
    return identityPolicy(policy.document, name, policy.id.startsWith('arn:aws:iam::aws:policy/') ? 'aws-managed' : 'user-managed');
  });
}

function entityNotFound(arn: string): never {
  const match = /:(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match) throw invalidInput(`Invalid ARN: ${arn}`);
  const kind = match[1] === 'user' ? 'user' : match[1] === 'role' ? 'role' : 'group';
  throw noSuchEntity(`The ${kind} with name ${match[2]} cannot be found.`);
}

/** The keys a set of policies asks about: Condition keys and the keys of policy variables, first spelling kept. */
function contextKeyNames(texts: string[]): string[] {
  const seen = new Map<string, string>();
  const add = (key: string) => {
    if (!seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), key);
  };
  for (const text of texts) {
    const doc = identityPolicy(text, 'PolicyInputList', 'none').document;
    for (const statement of doc.Statement) {
      for (const key of conditionKeys(statement.Condition)) add(key);
      if (doc.Version !== '2012-10-17') continue;
      for (const value of [statement.Resource, statement.NotResource, ...Object.values(statement.Condition ?? {}).flatMap((block) => Object.values(block ?? {}))].flat()) {
        for (const variable of String(value ?? '').matchAll(/\$\{([^}]*)\}/g)) {
          const name = variable[1]!.split(',')[0]!.trim();
          if (!['*', '?', '$'].includes(name)) add(name);
        }
      }
    }
  }
  return [...seen.values()];
}

export function simulatorOperations(runtime: Runtime, iam: IamApi): Partial<Iam.IamOperations> {
  void runtime;
  const inputList = (texts: string[] | undefined, prefix: string) => (texts ?? []).map((text, i) => identityPolicy(text, `${prefix}.${i + 1}`, 'IAM Policy'));
  const customCaller = (input: Iam.SimulateCustomPolicyRequest, context: RequestContext): AuthorizationRequest['principal'] => {
    if (input.CallerArn) return principalOf(input.CallerArn, undefined);
    if (input.ResourcePolicy) throw invalidInput('CallerArn must be specified when ResourcePolicy is provided.');
    return { account: context.accountId, arn: `arn:aws:iam::${context.accountId}:user/SimulatedCaller`, principalArn: `arn:aws:iam::${context.accountId}:user/SimulatedCaller`, kind: 'user' };
  };

  return {
    SimulateCustomPolicy(input, context) {
      const request: Simulation = {
        principal: customCaller(input, context),
        identity: inputList(input.PolicyInputList, 'PolicyInputList'),
        boundary: inputList(input.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList'),
        ...(input.ResourcePolicy ? { resourcePolicy: resourcePolicyOf(input.ResourcePolicy) } : {}),
        ...(input.ResourceOwner ? { resourceOwner: input.ResourceOwner } : {}),
        context: contextOf(input.ContextEntries),
      };
      return simulate(request, input);
    },

    SimulatePrincipalPolicy(input) {
      const policies = iam.policiesOf(input.PolicySourceArn) ?? entityNotFound(input.PolicySourceArn);
      const ownBoundary = policies.permissionsBoundary !== undefined ? [identityPolicy(policies.permissionsBoundary, 'PermissionsBoundaryPolicy', 'none')] : [];
      // A boundary given in the input replaces the entity's own.
      const boundary = input.PermissionsBoundaryPolicyInputList?.length ? inputList(input.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList') : ownBoundary;
      const request: Simulation = {
        principal: principalOf(input.CallerArn ?? input.PolicySourceArn, policies.tags),
        identity: [...principalSources(policies.identityPolicies), ...inputList(input.PolicyInputList, 'PolicyInputList')],
        boundary,
        ...(input.ResourcePolicy ? { resourcePolicy: resourcePolicyOf(input.ResourcePolicy) } : {}),
        ...(input.ResourceOwner ? { resourceOwner: input.ResourceOwner } : {}),
        context: contextOf(input.ContextEntries),
      };
      return simulate(request, input);
    },

    GetContextKeysForCustomPolicy(input) {
      return { ContextKeyNames: contextKeyNames(input.PolicyInputList) };
    },

    GetContextKeysForPrincipalPolicy(input) {
      const policies = iam.policiesOf(input.PolicySourceArn) ?? entityNotFound(input.PolicySourceArn);
      return { ContextKeyNames: contextKeyNames([...policies.identityPolicies.map((p) => p.document), ...(input.PolicyInputList ?? [])]) };
    },
  };
}
