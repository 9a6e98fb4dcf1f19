import { awsManagedPolicyData } from './aws-managed-policy-documents.js';

/**
 * The AWS-managed policies users attach most, with their documents as AWS publishes them (the AWS
 * Managed Policy Reference): the same for every account, listable (ListPolicies Scope=AWS),
 * attachable, never deletable.
 */
export interface AwsManagedPolicy {
  name: string;
  /** '/' or '/service-role/' (and the like), as AWS has them. */
  path: string;
  arn: string;
  id: string;
  description: string;
  versionId: string;
  createdAt: number;
  updatedAt: number;
  /** The default version's document, formatted as AWS serves it. */
  document: string;
}

/** AWS's own formatting of a managed policy document: two-space indents and " : " after keys. */
export function awsDocumentText(document: unknown): string {
  return JSON.stringify(document, null, 2).replace(/^(\s*"(?:[^"\\]|\\.)*"): /gm, '$1 : ');
}

const POLICIES: AwsManagedPolicy[] = awsManagedPolicyData.map((p) => ({
  name: p.name,
  path: p.path,
  arn: `arn:aws:iam::aws:policy${p.path}${p.name}`,
  id: p.id,
  description: p.description,
  versionId: p.versionId,
  createdAt: Date.parse(p.created),
  updatedAt: Date.parse(p.updated),
  document: awsDocumentText(p.document),
}));

const BY_ARN = new Map(POLICIES.map((p) => [p.arn, p]));

export function awsManagedPolicy(policyArn: string): AwsManagedPolicy | undefined {
  return BY_ARN.get(policyArn);
}

export function awsManagedPolicies(): readonly AwsManagedPolicy[] {
  return POLICIES;
}
