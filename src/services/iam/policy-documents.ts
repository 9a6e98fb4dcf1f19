import { PolicyError } from '../../core/policy.js';
import { validateIdentityPolicy, validateTrustPolicy } from '../../core/policy-validation.js';
import { limitExceeded, malformedPolicyDocument } from './errors.js';

/**
 * What IAM checks of a policy document before it keeps it: its size quota (LimitExceeded) and its
 * grammar through core's validator (MalformedPolicyDocument with IAM's wording). Identity policies
 * (inline, managed, boundaries) need actions and resources and name no principal; trust policies
 * name a principal and no resource.
 */
export type DocumentKind = 'identity' | 'trust';

/** Policy size quotas (characters, whitespace not counted), as IAM names them in LimitExceeded. */
export const POLICY_SIZE = { managed: 6_144, trust: 2_048 } as const;

export function checkPolicyDocument(text: string, kind: DocumentKind, sizeQuota?: { name: string; limit: number }): void {
  if (sizeQuota) {
    const size = text.replace(/\s/g, '').length;
    if (size > sizeQuota.limit) throw limitExceeded(`Cannot exceed quota for ${sizeQuota.name}: ${sizeQuota.limit}`);
  }
  try {
    if (kind === 'identity') validateIdentityPolicy(text);
    else validateTrustPolicy(text);
  } catch (error) {
    if (error instanceof PolicyError) throw malformedPolicyDocument(error.message);
    throw error;
  }
}
