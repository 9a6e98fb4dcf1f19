/**
 * What other services may ask of IAM through `runtime.api<IamApi>('iam')`: roles (STS's AssumeRole,
 * Lambda execution roles, CodeDeploy and CloudFormation service roles) and the policies that apply
 * to a principal (enforcement, the simulator). IAM is global: one state per account, any region.
 */
export interface IamRole {
  account: string;
  name: string;
  path: string;
  arn: string;
  /** AROA… */
  roleId: string;
  /** The trust policy (AssumeRolePolicyDocument), as JSON text. */
  trustPolicy: string;
  /** 3,600 to 43,200 seconds. */
  maxSessionDurationSeconds: number;
  tags: Record<string, string>;
}

export interface PrincipalPolicies {
  /** Inline and attached managed policies (a user's groups' too), as JSON documents. */
  identityPolicies: Array<{ id: string; document: string }>;
  /** The permissions boundary's document, when one is set. */
  permissionsBoundary?: string;
  tags: Record<string, string>;
}

export interface IamApi {
  /** A role by ARN (a role's path included or not); undefined when there is none. */
  role(roleArn: string): IamRole | undefined;
  /** The policies of a user or role by ARN (arn:aws:iam::<account>:user/… or role/…); undefined when there is none. */
  policiesOf(principalArn: string): PrincipalPolicies | undefined;
  /** A managed policy's default version document (AWS-managed or the account's), for session policy ARNs. */
  managedPolicyDocument(policyArn: string): string | undefined;
  /** A stored OIDC or SAML provider by ARN (STS's AssumeRoleWithWebIdentity / WithSAML). */
  identityProvider(providerArn: string): { kind: 'oidc'; url: string; clientIds: string[]; thumbprints: string[] } | { kind: 'saml'; metadataDocument: string } | undefined;
  /** Records that a role was assumed (STS), for GetRole's RoleLastUsed: when, and in which region. */
  roleUsed?(roleArn: string, region: string): void;
}
