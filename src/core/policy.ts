/**
 * Resource and identity policy documents (IAM's JSON policy language): parsing, and
 * evaluation of one request against them. Used by S3 (bucket policies, notification
 * destinations' policies); meant for IAM, SQS, SNS, Lambda and KMS alike.
 *
 * Evaluation of one document follows IAM's rules: an explicit Deny wins, else any Allow allows,
 * else the request is implicitly denied. Statements match on Principal/NotPrincipal,
 * Action/NotAction (case-insensitive, `*` and `?` wildcards), Resource/NotResource (case-sensitive
 * wildcards, policy variables) and Condition (policy-conditions.ts). Combining several documents
 * of several kinds (identity, resource, boundary, session, SCP) is authorization.ts's work.
 */
import { asList, conditionBlockHolds } from './policy-conditions.js';
import { matchesPattern, substituteVariables, type ContextKeys } from './policy-patterns.js';

export type PolicyEffect = 'Allow' | 'Deny';
export type Decision = 'Allow' | 'Deny' | 'ImplicitDeny';

export interface PolicyStatement {
  Sid?: string;
  Effect: PolicyEffect;
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export type PrincipalBlock = '*' | Record<string, string | string[]>;

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement[];
}

/** Who is asking: an AWS account or IAM identity, a service, a federated identity, or nobody (anonymous). */
export type PolicyPrincipal =
  | {
      type: 'AWS';
      /** Account id, and the caller's ARN when known (a role session's: arn:aws:sts::<account>:assumed-role/<role>/<session>). */
      account: string;
      arn?: string;
      /** The IAM user or role behind `arn` (a session's role ARN, with its path); `arn` when absent. */
      principalArn?: string;
      /** The account's S3 canonical user id, for CanonicalUser principals. */
      canonicalUser?: string;
    }
  | { type: 'Service'; service: string }
  | { type: 'Federated'; /** The identity provider: an OIDC/SAML provider ARN, or cognito-identity.amazonaws.com, accounts.google.com... */ provider: string }
  | { type: 'Anonymous' };

export interface PolicyRequest {
  principal: PolicyPrincipal;
  action: string;
  resource: string;
  /** Condition keys (aws:SourceArn, aws:SourceAccount, s3:prefix, ...); names are case-insensitive. */
  context?: Record<string, string | string[] | boolean | number | undefined>;
}

/** A document that is not a policy, with the reason worded for the caller to report. */
export class PolicyError extends Error {}

export { isKnownConditionOperator } from './policy-conditions.js';
export { wildcardMatch } from './policy-patterns.js';

/**
 * Parses a policy document. Throws PolicyError for text that is not a JSON object with a
 * Statement of statements each having an Effect; services check their own further rules.
 */
export function parsePolicy(text: string): PolicyDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new PolicyError('Policies must be valid JSON and the first byte must be \'{\'');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !text.trimStart().startsWith('{')) {
    throw new PolicyError('Policies must be valid JSON and the first byte must be \'{\'');
  }
  const record = doc as Record<string, unknown>;
  if (record.Statement === undefined) throw new PolicyError('Missing required field Statement');
  const statements = Array.isArray(record.Statement) ? record.Statement : [record.Statement];
  for (const statement of statements) {
    if (!statement || typeof statement !== 'object' || Array.isArray(statement)) throw new PolicyError('Statement is not well-formed');
    const effect = (statement as Record<string, unknown>).Effect;
    if (effect === undefined) throw new PolicyError('Missing required field Effect');
    if (effect !== 'Allow' && effect !== 'Deny') throw new PolicyError(`Invalid effect: ${String(effect)}`);
  }
  return { ...(record as object), Statement: statements as PolicyStatement[] } as PolicyDocument;
}


/**
 * How a statement's Principal named the caller: the whole account (arn:aws:iam::<account>:root or
 * the id: the account's own policies must then allow too), the IAM user or role itself, the role
 * or federated session, everyone (`*`), a service, a federated provider, a canonical user.
 */
export type PrincipalMatch = 'account' | 'principal' | 'session' | 'any' | 'service' | 'federated' | 'canonical';

const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/;

function isSessionArn(arn: string): boolean {
  return /^arn:[^:]+:sts::\d{12}:(assumed-role|federated-user)\//.test(arn);
}

function principalMatches(block: PrincipalBlock | undefined, principal: PolicyPrincipal): PrincipalMatch | undefined {
  if (block === undefined) return undefined;
  if (block === '*') return 'any';
  if (typeof block !== 'object') return undefined;
  let best: PrincipalMatch | undefined;
  // A specific grant outranks an account-wide one: it needs no identity policy behind it.
  const rank: Record<PrincipalMatch, number> = { account: 1, principal: 2, session: 3, any: 3, service: 3, federated: 3, canonical: 2 };
  const take = (match: PrincipalMatch) => {
    if (!best || rank[match] > rank[best]) best = match;
  };
  for (const [type, raw] of Object.entries(block)) {
    for (const value of asList(raw)) {
      if (type === 'AWS') {
        if (value === '*') take('any');
        if (principal.type !== 'AWS') continue;
        const root = ROOT_ARN.exec(value);
        if ((root && root[1] === principal.account) || value === principal.account) take('account');
        else if (principal.arn && value === principal.arn) take(isSessionArn(value) ? 'session' : 'principal');
        else if (principal.principalArn && value === principal.principalArn) take('principal');
      } else if (type === 'Service') {
        if (principal.type === 'Service' && value.toLowerCase() === principal.service.toLowerCase()) take('service');
      } else if (type === 'Federated') {
        if (principal.type === 'Federated' && value === principal.provider) take('federated');
      } else if (type === 'CanonicalUser') {
        if (principal.type === 'AWS' && principal.canonicalUser !== undefined && value === principal.canonicalUser) take('canonical');
      } else if (type === '*' && value === '*') {
        take('any');
      }
    }
  }
  return best;
}

/**
 * NotPrincipal excludes a caller only when every identity it acts as is listed: its account, its
 * user or role, and its session (AWS's NotPrincipal page: a session is excluded only with its
 * role and account listed too).
 */
function excludedByNotPrincipal(block: PrincipalBlock, principal: PolicyPrincipal): boolean {
  if (block === '*') return true;
  if (typeof block !== 'object') return false;
  const listed = (type: string) => asList((block as Record<string, unknown>)[type]);
  if (listed('AWS').includes('*') || listed('*').includes('*')) return true;
  switch (principal.type) {
    case 'AWS': {
      const aws = listed('AWS');
      const accountListed = aws.some((value) => value === principal.account || ROOT_ARN.exec(value)?.[1] === principal.account);
      if (!accountListed) return false;
      const identities = [principal.principalArn, principal.arn].filter((arn): arn is string => arn !== undefined && !ROOT_ARN.test(arn));
      return identities.every((arn) => aws.includes(arn));
    }
    case 'Service':
      return listed('Service').some((value) => value.toLowerCase() === principal.service.toLowerCase());
    case 'Federated':
      return listed('Federated').includes(principal.provider);
    default:
      return false;
  }
}

/** One request as a single document sees it, its condition keys already gathered. */
export interface StatementRequest {
  principal: PolicyPrincipal;
  action: string;
  resource: string;
  keys: ContextKeys;
  /** Filled with the condition keys the request lacks, for statements whose action and resource match. */
  missingKeys?: Set<string>;
  /** A caller with a permissions boundary is never excluded by a Deny's NotPrincipal (AWS's boundaries page warns of it). */
  notPrincipalExcludesNone?: boolean;
}

export interface StatementMatch {
  statement: PolicyStatement;
  /** Position in the document's Statement list. */
  index: number;
  /** How Principal named the caller (resource policies and trust policies); undefined without Principal. */
  principalMatch?: PrincipalMatch;
}

/** Request condition keys by lower-cased name: what statements and variables look up. */
export function contextKeys(context: PolicyRequest['context']): ContextKeys {
  const keys: ContextKeys = new Map();
  for (const [name, value] of Object.entries(context ?? {})) {
    if (value === undefined) continue;
    keys.set(name.toLowerCase(), Array.isArray(value) ? value.map(String) : [String(value)]);
  }
  return keys;
}

/** A statement's Action and Resource lists, read once per statement (policies are matched per request). */
interface CompiledStatement {
  /** Lower-cased action patterns (Action or NotAction). */
  actions?: string[];
  notAction: boolean;
  resources?: string[];
  notResource: boolean;
  resourceVariables: boolean;
}

const compiledStatements = new WeakMap<PolicyStatement, CompiledStatement>();

function compile(statement: PolicyStatement): CompiledStatement {
  let compiled = compiledStatements.get(statement);
  if (!compiled) {
    const actions = statement.Action ?? statement.NotAction;
    const resources = statement.Resource ?? statement.NotResource;
    const resourceList = resources === undefined ? undefined : asList(resources);
    compiled = {
      actions: actions === undefined ? undefined : asList(actions).map((a) => a.toLowerCase()),
      notAction: statement.Action === undefined && statement.NotAction !== undefined,
      resources: resourceList,
      notResource: statement.Resource === undefined && statement.NotResource !== undefined,
      resourceVariables: resourceList?.some((r) => r.includes('${')) ?? false,
    };
    compiledStatements.set(statement, compiled);
  }
  return compiled;
}

function resourceMatches(compiled: CompiledStatement, resource: string, keys: ContextKeys, variables: boolean): boolean {
  for (const pattern of compiled.resources!) {
    const filled = variables && compiled.resourceVariables ? substituteVariables(pattern, keys, true) : pattern;
    if (filled !== undefined && matchesPattern(filled, resource)) return true;
  }
  return false;
}

function statementMatch(statement: PolicyStatement, index: number, request: StatementRequest, action: string, variables: boolean): StatementMatch | undefined {
  let principalMatch: PrincipalMatch | undefined;
  if (statement.Principal !== undefined) {
    principalMatch = principalMatches(statement.Principal, request.principal);
    if (!principalMatch) return undefined;
  }
  if (statement.NotPrincipal !== undefined) {
    const excludesNone = request.notPrincipalExcludesNone === true && statement.Effect === 'Deny';
    if (!excludesNone && excludedByNotPrincipal(statement.NotPrincipal, request.principal)) return undefined;
    principalMatch = 'any';
  }
  const compiled = compile(statement);
  if (compiled.actions && compiled.actions.some((pattern) => matchesPattern(pattern, action)) === compiled.notAction) return undefined;
  if (compiled.resources && resourceMatches(compiled, request.resource, request.keys, variables) === compiled.notResource) return undefined;
  if (statement.Condition !== undefined && !conditionBlockHolds(statement.Condition, request.keys, variables, request.missingKeys)) return undefined;
  return { statement, index, principalMatch };
}

/** The statements of one document that apply to the request, in document order. */
export function matchingStatements(doc: PolicyDocument, request: StatementRequest): StatementMatch[] {
  // Policy variables exist only in the 2012-10-17 language; older documents keep `${...}` literally.
  const variables = doc.Version === '2012-10-17';
  const action = request.action.toLowerCase();
  const matches: StatementMatch[] = [];
  const statements = doc.Statement;
  for (let index = 0; index < statements.length; index++) {
    const match = statementMatch(statements[index]!, index, request, action, variables);
    if (match) matches.push(match);
  }
  return matches;
}

/** Deny if any statement denies, else Allow if any allows, else ImplicitDeny. */
export function evaluatePolicy(policy: PolicyDocument | string, request: PolicyRequest): Decision {
  const doc = typeof policy === 'string' ? parsePolicy(policy) : policy;
  const matches = matchingStatements(doc, { principal: request.principal, action: request.action, resource: request.resource, keys: contextKeys(request.context) });
  if (matches.some((match) => match.statement.Effect === 'Deny')) return 'Deny';
  return matches.length > 0 ? 'Allow' : 'ImplicitDeny';
}
