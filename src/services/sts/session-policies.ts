import { deflateRawSync } from 'node:zlib';
import { PolicyError } from '../../core/policy.js';
import { validateIdentityPolicy } from '../../core/policy-validation.js';
import type * as Sts from '../../generated/sts.js';
import { validationMessage } from '../../protocol/index.js';
import type { IamApi } from '../iam/api.js';
import { malformedPolicy, packedPolicyTooLarge, stsValidationError } from './errors.js';

/**
 * What a caller hands a new session beside its role: session policies (an inline Policy and up to
 * ten managed PolicyArns) and session tags. AWS packs them into the session token and refuses a
 * session whose packed policies or tags exceed their allotment; PackedPolicySize is the share
 * used, in percent. AWS does not publish its packing: Nimbus measures the inline policy and the
 * ARNs compressed, and the tags by their length, with allotments chosen so AWS's reported figures
 * (nine 250-character tags: 498%) come out alike.
 */

const MAX_POLICY_ARNS = 10;
const MAX_POLICY_CHARACTERS = 2_048;
const POLICY_ALLOTMENT_BYTES = 1_700;
const TAG_ALLOTMENT_BYTES = 463;
const TAG_OVERHEAD_BYTES = 4;

export interface SessionGrants {
  /** The session policies' documents (inline first, then the ARNs' documents), or undefined when none were given. */
  sessionPolicies?: string[];
  /** Session tags as given, keys as the caller wrote them. */
  tags: Record<string, string>;
  /** Keys (lowercased) of the given tags that pass on through role chaining. */
  transitiveTagKeys: string[];
  packedPolicySize?: number;
}

export function sessionGrants(
  input: { Policy?: string; PolicyArns?: Sts.PolicyDescriptorType[]; Tags?: Sts.TagShape[]; TransitiveTagKeys?: string[] },
  iam: IamApi | undefined,
): SessionGrants {
  const arns = (input.PolicyArns ?? []).map((descriptor) => descriptor.arn ?? '');
  if (arns.length > MAX_POLICY_ARNS) {
    throw stsValidationError(`1 validation error detected: Value at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to ${MAX_POLICY_ARNS}`);
  }
  // The model no longer bounds Policy; AWS still refuses more than 2,048 characters of plaintext.
  if (input.Policy !== undefined && [...input.Policy].length > MAX_POLICY_CHARACTERS) {
    throw stsValidationError(validationMessage([{ path: 'policy', memberName: 'Policy', kind: 'length', value: input.Policy, constraint: `Member must have length less than or equal to ${MAX_POLICY_CHARACTERS}` }]));
  }
  const documents: string[] = [];
  let minified = '';
  if (input.Policy !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.Policy);
    } catch {
      throw malformedPolicy('The policy is not in the valid JSON format.');
    }
    // A session policy is an identity-based policy: IAM's checks and words (no principal, actions and resources named).
    try {
      validateIdentityPolicy(input.Policy);
    } catch (error) {
      if (error instanceof PolicyError) throw malformedPolicy(error.message);
      throw error;
    }
    minified = JSON.stringify(parsed);
    documents.push(input.Policy);
  }
  for (const arn of arns) {
    // An ARN IAM does not know limits nothing here; AWS names the policies a session may use, Nimbus keeps those it has.
    const document = iam?.managedPolicyDocument(arn);
    if (document !== undefined) documents.push(document);
  }

  const tags: Record<string, string> = {};
  const seen = new Set<string>();
  for (const tag of input.Tags ?? []) {
    const folded = tag.Key.toLowerCase();
    if (seen.has(folded)) throw stsValidationError('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    seen.add(folded);
    tags[tag.Key] = tag.Value;
  }
  const transitiveTagKeys = (input.TransitiveTagKeys ?? []).map((key) => key.toLowerCase());
  for (const key of transitiveTagKeys) {
    if (!seen.has(key)) throw stsValidationError('The specified transitive tag key must be included in the requested tags.');
  }

  const given = input.Policy !== undefined || arns.length > 0 || Object.keys(tags).length > 0;
  let packedPolicySize: number | undefined;
  if (given) {
    const policyBytes = (minified ? deflateRawSync(minified).length : 0) + arns.reduce((sum, arn) => sum + arn.length, 0);
    const policyPercent = Math.ceil((policyBytes * 100) / POLICY_ALLOTMENT_BYTES);
    if (policyPercent > 100) throw packedPolicyTooLarge(`Packed policy consumes ${policyPercent}% of allotted space, please use smaller policy.`);
    const tagBytes = Object.entries(tags).reduce((sum, [key, value]) => sum + key.length + value.length + TAG_OVERHEAD_BYTES, 0);
    const tagPercent = Math.ceil((tagBytes * 100) / TAG_ALLOTMENT_BYTES);
    if (tagPercent > 100) throw packedPolicyTooLarge(`Packed size of session tags consumes ${tagPercent}% of allotted space.`);
    packedPolicySize = Math.max(policyPercent, tagPercent);
  }
  return { sessionPolicies: input.Policy !== undefined || arns.length > 0 ? documents : undefined, tags, transitiveTagKeys, packedPolicySize };
}
