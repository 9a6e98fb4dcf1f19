/**
 * Resource and identity policy documents (IAM's JSON policy language): parsing, and
 * evaluation of one request against them. Used by S3 (bucket policies, notification
 * destinations' policies); meant for IAM, SQS, SNS, Lambda and KMS alike.
 *
 * Evaluation follows IAM's rules: an explicit Deny wins, else any Allow allows, else the
 * request is implicitly denied. Statements match on Principal/NotPrincipal, Action/NotAction
 * (case-insensitive, `*` and `?` wildcards), Resource/NotResource (case-sensitive wildcards)
 * and Condition (every operator block must hold; within one, every key; for one key, any value).
 */

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

/** Who is asking: an AWS account or IAM identity, a service, or nobody (anonymous). */
export type PolicyPrincipal =
  | { type: 'AWS'; /** Account id, and the caller's ARN when known. */ account: string; arn?: string }
  | { type: 'Service'; service: string }
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

const KNOWN_OPERATORS = new Set([
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
]);

/** The operator without its ForAnyValue:/ForAllValues: prefix and IfExists suffix. */
function baseOperator(operator: string): { base: string; ifExists: boolean; set?: 'any' | 'all' } {
  let name = operator;
  let set: 'any' | 'all' | undefined;
  if (name.startsWith('ForAnyValue:')) {
    set = 'any';
    name = name.slice('ForAnyValue:'.length);
  } else if (name.startsWith('ForAllValues:')) {
    set = 'all';
    name = name.slice('ForAllValues:'.length);
  }
  const ifExists = name.endsWith('IfExists') && name !== 'IfExists';
  if (ifExists) name = name.slice(0, -'IfExists'.length);
  return { base: name, ifExists, set };
}

export function isKnownConditionOperator(operator: string): boolean {
  return KNOWN_OPERATORS.has(baseOperator(operator).base);
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

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

/** `*` matches any run of characters, `?` any one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Iterative glob with backtracking to the last star: linear in practice, no regex building.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** ArnLike: the six colon-separated parts compared one by one (the resource part may hold colons). */
function arnLike(pattern: string, value: string): boolean {
  const split = (arn: string): string[] | undefined => {
    const parts = arn.split(':');
    if (parts.length < 6) return undefined;
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
  };
  const p = split(pattern);
  const v = split(value);
  if (!p || !v) return pattern === '*' || wildcardMatch(pattern, value);
  return p.every((part, i) => wildcardMatch(part, v[i]!));
}

function principalMatches(block: PrincipalBlock | undefined, principal: PolicyPrincipal): boolean {
  if (block === undefined) return false;
  if (block === '*') return true;
  if (typeof block !== 'object') return false;
  for (const [type, raw] of Object.entries(block)) {
    for (const value of asList(raw)) {
      if (type === 'AWS') {
        if (value === '*') return true;
        if (principal.type !== 'AWS') continue;
        if (/^\d{12}$/.test(value) && value === principal.account) return true;
        const rootMatch = /^arn:[^:]+:iam::(\d{12}):root$/.exec(value);
        if (rootMatch && rootMatch[1] === principal.account) return true;
        if (principal.arn && value === principal.arn) return true;
      } else if (type === 'Service') {
        if (principal.type === 'Service' && value.toLowerCase() === principal.service.toLowerCase()) return true;
      } else if (type === '*' && value === '*') {
        return true;
      }
    }
  }
  return false;
}

function contextValue(context: PolicyRequest['context'], key: string): string[] | undefined {
  if (!context) return undefined;
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(context)) {
    if (name.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return undefined;
}

function compareOne(base: string, expected: string, actual: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      return expected === actual;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return expected.toLowerCase() === actual.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return wildcardMatch(expected, actual);
    case 'ArnEquals':
    case 'ArnNotEquals':
      return expected === actual;
    case 'ArnLike':
    case 'ArnNotLike':
      return arnLike(expected, actual);
    case 'Bool':
      return expected.toLowerCase() === actual.toLowerCase();
    case 'BinaryEquals':
      return expected === actual;
    case 'IpAddress':
    case 'NotIpAddress':
      return ipInCidr(actual, expected);
    default: {
      if (base.startsWith('Numeric')) {
        const a = Number(actual);
        const e = Number(expected);
        if (Number.isNaN(a) || Number.isNaN(e)) return false;
        return numericCompare(base.slice('Numeric'.length), a, e);
      }
      if (base.startsWith('Date')) {
        const a = toEpoch(actual);
        const e = toEpoch(expected);
        if (Number.isNaN(a) || Number.isNaN(e)) return false;
        return numericCompare(base.slice('Date'.length), a, e);
      }
      return false;
    }
  }
}

function numericCompare(relation: string, actual: number, expected: number): boolean {
  switch (relation) {
    case 'Equals':
      return actual === expected;
    case 'NotEquals':
      return actual === expected; // negated by the caller
    case 'LessThan':
      return actual < expected;
    case 'LessThanEquals':
      return actual <= expected;
    case 'GreaterThan':
      return actual > expected;
    case 'GreaterThanEquals':
      return actual >= expected;
    default:
      return false;
  }
}

function toEpoch(value: string): number {
  return /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
}

function ipInCidr(ip: string, cidr: string): boolean {
  const toNumber = (text: string): number | undefined => {
    const parts = text.split('.');
    if (parts.length !== 4) return undefined;
    let n = 0;
    for (const part of parts) {
      const byte = Number(part);
      if (!/^\d+$/.test(part) || byte > 255) return undefined;
      n = n * 256 + byte;
    }
    return n;
  };
  const [base, bitsText] = cidr.split('/');
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const a = toNumber(ip);
  const b = toNumber(base ?? '');
  if (a === undefined || b === undefined || !(bits >= 0 && bits <= 32)) return ip === cidr;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}

const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress']);

function conditionHolds(operator: string, key: string, expectedRaw: unknown, context: PolicyRequest['context']): boolean {
  const { base, ifExists, set } = baseOperator(operator);
  const expected = asList(expectedRaw);
  const actual = contextValue(context, key);
  if (base === 'Null') {
    const wantsAbsent = expected.some((e) => e.toLowerCase() === 'true');
    return wantsAbsent ? actual === undefined : actual !== undefined;
  }
  const negated = NEGATED.has(base);
  if (actual === undefined || actual.length === 0) {
    if (set === 'all') return true;
    return ifExists || negated;
  }
  const matchesAny = (value: string) => expected.some((e) => compareOne(base, e, value));
  if (set === 'all') return actual.every((value) => (negated ? !matchesAny(value) : matchesAny(value)));
  if (negated) return set === 'any' ? actual.some((value) => !matchesAny(value)) : !actual.some(matchesAny);
  return actual.some(matchesAny);
}

function statementApplies(statement: PolicyStatement, request: PolicyRequest): boolean {
  if (statement.Principal !== undefined && !principalMatches(statement.Principal, request.principal)) return false;
  if (statement.NotPrincipal !== undefined && principalMatches(statement.NotPrincipal, request.principal)) return false;
  if (statement.Action !== undefined && !asList(statement.Action).some((a) => wildcardMatch(a, request.action, true))) return false;
  if (statement.NotAction !== undefined && asList(statement.NotAction).some((a) => wildcardMatch(a, request.action, true))) return false;
  if (statement.Resource !== undefined && !asList(statement.Resource).some((r) => wildcardMatch(r, request.resource))) return false;
  if (statement.NotResource !== undefined && asList(statement.NotResource).some((r) => wildcardMatch(r, request.resource))) return false;
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    if (!block || typeof block !== 'object') return false;
    for (const [key, expected] of Object.entries(block)) {
      if (!conditionHolds(operator, key, expected, request.context)) return false;
    }
  }
  return true;
}

/** Deny if any statement denies, else Allow if any allows, else ImplicitDeny. */
export function evaluatePolicy(policy: PolicyDocument | string, request: PolicyRequest): Decision {
  const doc = typeof policy === 'string' ? parsePolicy(policy) : policy;
  let allowed = false;
  for (const statement of doc.Statement) {
    if (!statementApplies(statement, request)) continue;
    if (statement.Effect === 'Deny') return 'Deny';
    allowed = true;
  }
  return allowed ? 'Allow' : 'ImplicitDeny';
}
