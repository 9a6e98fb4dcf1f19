/**
 * What IAM checks of a policy document before it keeps one (CreatePolicy, PutUserPolicy,
 * CreateRole's trust policy, ...), with IAM's MalformedPolicyDocument messages. Throws PolicyError;
 * the service wraps its message in its own MalformedPolicyDocument error. Identity policies
 * (inline, managed, permissions boundaries, session policies) need actions and resources and name
 * no principal; trust policies name a principal and no resource.
 */
import { isKnownConditionOperator } from './policy-conditions.js';
import { PolicyError, type PolicyDocument } from './policy.js';

const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const DOCUMENT_FIELDS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_FIELDS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]*$/;

const syntaxError = () => new PolicyError('Syntax errors in policy.');

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value;
  throw syntaxError();
}

function checkDocument(text: string, kind: 'identity' | 'trust'): PolicyDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw syntaxError();
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw syntaxError();
  const record = doc as Record<string, unknown>;
  if (record.Version !== undefined && (typeof record.Version !== 'string' || !VERSIONS.has(record.Version))) {
    throw new PolicyError('The policy failed legacy parsing');
  }
  if (Object.keys(record).some((field) => !DOCUMENT_FIELDS.has(field))) throw syntaxError();
  if (record.Statement === undefined) throw new PolicyError('Missing required field Statement');
  const statements = Array.isArray(record.Statement) ? record.Statement : [record.Statement];
  const sids = new Set<string>();
  for (const statement of statements) {
    checkStatement(statement, kind);
    const sid = (statement as Record<string, unknown>).Sid;
    if (typeof sid === 'string' && sid !== '') {
      if (sids.has(sid)) throw new PolicyError('Statement IDs (SID) in a single policy must be unique.');
      sids.add(sid);
    }
  }
  return { ...(record as object), Statement: statements } as PolicyDocument;
}

function checkStatement(statement: unknown, kind: 'identity' | 'trust'): void {
  if (!statement || typeof statement !== 'object' || Array.isArray(statement)) throw syntaxError();
  const s = statement as Record<string, unknown>;
  if (Object.keys(s).some((field) => !STATEMENT_FIELDS.has(field))) throw syntaxError();
  if (s.Sid !== undefined && (typeof s.Sid !== 'string' || !/^[A-Za-z0-9]*$/.test(s.Sid))) throw new PolicyError('Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*');
  if (s.Effect === undefined) throw new PolicyError('Missing required field Effect');
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw new PolicyError(`Invalid effect: ${String(s.Effect)}`);
  if (s.Action !== undefined && s.NotAction !== undefined) throw syntaxError();
  if (s.Resource !== undefined && s.NotResource !== undefined) throw syntaxError();
  if (s.Principal !== undefined && s.NotPrincipal !== undefined) throw syntaxError();
  if (s.Action === undefined && s.NotAction === undefined) throw new PolicyError('Policy statement must contain actions.');
  for (const action of strings(s.Action ?? s.NotAction)) {
    if (action !== '*' && !ACTION.test(action)) throw new PolicyError('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
  }
  if (kind === 'identity') {
    if (s.Principal !== undefined || s.NotPrincipal !== undefined) throw new PolicyError('Policy document should not specify a principal.');
    if (s.Resource === undefined && s.NotResource === undefined) throw new PolicyError('Policy statement must contain resources.');
    for (const resource of strings(s.Resource ?? s.NotResource)) {
      if (resource !== '*' && !resource.startsWith('arn:')) throw new PolicyError(`Resource ${resource} must be in ARN format or "*".`);
      // IAM's own resources are global.
      if (/^arn:[^:]*:iam:[^:*]+:/.test(resource)) throw new PolicyError(`IAM resource ${resource} cannot contain region information.`);
    }
  } else {
    if (s.Resource !== undefined) throw new PolicyError('Has prohibited field Resource');
    if (s.NotResource !== undefined) throw new PolicyError('Has prohibited field NotResource');
    if (s.Principal === undefined && s.NotPrincipal === undefined) throw new PolicyError('Missing required field Principal');
    checkPrincipal(s.Principal ?? s.NotPrincipal);
  }
  if (s.Condition !== undefined) checkCondition(s.Condition);
}

/** Principal values IAM accepts: `*`, account ids and IAM/STS ARNs, service names, provider names. */
function checkPrincipal(block: unknown): void {
  if (block === '*') return;
  if (!block || typeof block !== 'object' || Array.isArray(block)) throw syntaxError();
  for (const [type, raw] of Object.entries(block)) {
    if (!PRINCIPAL_TYPES.has(type)) throw syntaxError();
    for (const value of strings(raw)) {
      const valid =
        type === 'AWS'
          ? value === '*' || /^\d{12}$/.test(value) || /^arn:aws[a-z-]*:(iam|sts)::\d{12}:(root|user\/.+|role\/.+|assumed-role\/.+\/.+|federated-user\/.+)$/.test(value)
          : type === 'Service'
            ? /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(value) || value === '*'
            : value.length > 0;
      if (!valid) throw new PolicyError(`Invalid principal in policy: "${type}":"${value}"`);
    }
  }
}

function checkCondition(condition: unknown): void {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) throw syntaxError();
  for (const [operator, block] of Object.entries(condition)) {
    if (!isKnownConditionOperator(operator)) throw new PolicyError(`Invalid Condition type : ${operator}`);
    if (!block || typeof block !== 'object' || Array.isArray(block)) throw syntaxError();
    for (const [key, value] of Object.entries(block)) {
      if (!key.includes(':')) throw new PolicyError('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => v === null || typeof v === 'object')) throw syntaxError();
    }
  }
}

/** An identity-based policy (inline, managed, permissions boundary, session policy): the parsed document, or PolicyError. */
export function validateIdentityPolicy(text: string): PolicyDocument {
  return checkDocument(text, 'identity');
}

/** A role's trust policy (AssumeRolePolicyDocument): the parsed document, or PolicyError. */
export function validateTrustPolicy(text: string): PolicyDocument {
  return checkDocument(text, 'trust');
}
