import { isKnownConditionOperator } from '../../core/policy.js';
import { limitExceeded, malformedPolicyDocument } from './errors.js';

/**
 * What IAM checks of a policy document before it keeps it, with IAM's MalformedPolicyDocument
 * wording. Identity policies (inline, managed, boundaries) need actions and resources and name no
 * principal; trust policies name a principal and no resource.
 * TODO(policy part): use core's validator once it lands, keeping these messages.
 */
export type DocumentKind = 'identity' | 'trust';

const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

/** Policy size quotas (characters, whitespace not counted), as IAM names them in LimitExceeded. */
export const POLICY_SIZE = { managed: 6_144, trust: 2_048 } as const;

export function checkPolicyDocument(text: string, kind: DocumentKind, sizeQuota?: { name: string; limit: number }): void {
  if (sizeQuota) {
    const size = text.replace(/\s/g, '').length;
    if (size > sizeQuota.limit) throw limitExceeded(`Cannot exceed quota for ${sizeQuota.name}: ${sizeQuota.limit}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw malformedPolicyDocument('Syntax errors in policy.');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw malformedPolicyDocument('Syntax errors in policy.');
  const record = doc as Record<string, unknown>;
  if (record.Version !== undefined && (typeof record.Version !== 'string' || !VERSIONS.has(record.Version))) {
    throw malformedPolicyDocument('The policy failed legacy parsing');
  }
  for (const field of Object.keys(record)) {
    if (!['Version', 'Id', 'Statement'].includes(field)) throw malformedPolicyDocument(`Syntax errors in policy.`);
  }
  if (record.Statement === undefined) throw malformedPolicyDocument('Syntax errors in policy.');
  const statements = Array.isArray(record.Statement) ? record.Statement : [record.Statement];
  for (const statement of statements) checkStatement(statement, kind);
}

function checkStatement(statement: unknown, kind: DocumentKind): void {
  if (!statement || typeof statement !== 'object' || Array.isArray(statement)) throw malformedPolicyDocument('Syntax errors in policy.');
  const s = statement as Record<string, unknown>;
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw malformedPolicyDocument('Invalid effect: ' + String(s.Effect ?? ''));
  if (s.Action === undefined && s.NotAction === undefined) throw malformedPolicyDocument('Policy statement must contain actions.');
  for (const action of asStrings(s.Action ?? s.NotAction)) {
    if (action !== '*' && !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]*$/.test(action)) {
      throw malformedPolicyDocument('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    }
  }
  if (kind === 'identity') {
    if (s.Principal !== undefined || s.NotPrincipal !== undefined) throw malformedPolicyDocument('Policy document should not specify a principal.');
    if (s.Resource === undefined && s.NotResource === undefined) throw malformedPolicyDocument('Policy statement must contain resources.');
  } else {
    if (s.Resource !== undefined) throw malformedPolicyDocument('Has prohibited field Resource');
    if (s.NotResource !== undefined) throw malformedPolicyDocument('Has prohibited field NotResource');
    if (s.Principal === undefined && s.NotPrincipal === undefined) throw malformedPolicyDocument('Missing required field Principal');
  }
  if (s.Condition !== undefined) {
    if (!s.Condition || typeof s.Condition !== 'object' || Array.isArray(s.Condition)) throw malformedPolicyDocument('Syntax errors in policy.');
    for (const operator of Object.keys(s.Condition)) {
      if (!isKnownConditionOperator(operator)) throw malformedPolicyDocument(`Invalid Condition type : ${operator}`);
    }
  }
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  throw malformedPolicyDocument('Syntax errors in policy.');
}
