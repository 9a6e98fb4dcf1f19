/** Bucket policies: stored as given, validated as S3 validates them (MalformedPolicy). */
import { AwsError } from '../../core/errors.js';
import { isKnownConditionOperator, parsePolicy, PolicyError, type PolicyStatement } from '../../core/policy.js';

const MAX_POLICY_BYTES = 20 * 1024;

function malformed(message: string): AwsError {
  return new AwsError('MalformedPolicy', message, 400);
}

const list = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

/** `bucketArn`: the bucket's own ARN, which every Resource must name (or an object in it). */
export function validateBucketPolicy(text: string, bucketArn: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) throw malformed('Policies must be less than 20 KB in size');
  let statements: PolicyStatement[];
  try {
    const doc = parsePolicy(text);
    if (doc.Version !== undefined && doc.Version !== '2012-10-17' && doc.Version !== '2008-10-17') {
      throw malformed('The policy must contain a valid version string');
    }
    statements = doc.Statement;
  } catch (error) {
    if (error instanceof PolicyError) throw malformed(error.message);
    throw error;
  }
  for (const statement of statements) {
    if (statement.Principal === undefined && statement.NotPrincipal === undefined) throw malformed('Missing required field Principal');
    const principal = statement.Principal ?? statement.NotPrincipal;
    if (principal !== '*') {
      if (!principal || typeof principal !== 'object' || Array.isArray(principal)) throw malformed('Invalid principal in policy');
      for (const [type, values] of Object.entries(principal)) {
        if (!['AWS', 'Service', 'CanonicalUser', 'Federated'].includes(type)) throw malformed('Invalid principal in policy');
        for (const value of list(values)) {
          if (type === 'AWS' && value !== '*' && !/^\d{12}$/.test(value) && !/^arn:aws[a-z-]*:(iam|sts)::\d{12}:.+$/.test(value)) throw malformed('Invalid principal in policy');
        }
      }
    }
    const actions = list(statement.Action ?? statement.NotAction);
    if (actions.length === 0) throw malformed('Missing required field Action');
    for (const action of actions) {
      if (action !== '*' && !/^s3:[A-Za-z*?]+$/.test(action)) throw malformed('Policy has invalid action');
    }
    const resources = list(statement.Resource ?? statement.NotResource);
    if (resources.length === 0) throw malformed('Missing required field Resource');
    for (const resource of resources) {
      const ok = resource === '*' || resource === bucketArn || resource.startsWith(`${bucketArn}/`);
      if (!ok) throw malformed('Policy has invalid resource');
    }
    for (const operator of Object.keys(statement.Condition ?? {})) {
      if (!isKnownConditionOperator(operator)) throw malformed(`Policy has an invalid condition key`);
    }
  }
}

/** A policy that grants anyone (Principal "*") access is public. */
export function isPublicPolicy(text: string): boolean {
  try {
    return parsePolicy(text).Statement.some((s) => {
      if (s.Effect !== 'Allow') return false;
      const p = s.Principal;
      if (p === '*') return !s.Condition;
      return p !== undefined && typeof p === 'object' && list((p as Record<string, unknown>).AWS).includes('*') && !s.Condition;
    });
  } catch {
    return false;
  }
}
