/**
 * Who signed a request, beyond the account its key maps to: the identities IAM (users' access
 * keys) and STS (temporary session keys) issue. Those services register a resolver when they
 * start (and start with Nimbus when they hold keys: their wake tables); the gateway asks the
 * registry for each request's key, and a key nobody issued (the default `test`, a 12-digit
 * account id, a user's real-looking key) keeps the account mapping of settings.ts and full access.
 */

export type CallerKind = 'root' | 'user' | 'assumed-role' | 'federated-user';

export interface CallerIdentity {
  kind: CallerKind;
  account: string;
  /** The caller's ARN as GetCallerIdentity gives it (arn:aws:sts::<account>:assumed-role/<role>/<session> for a session). */
  arn: string;
  /** GetCallerIdentity's UserId: the account id for root, AIDA… for a user, AROA…:<session> for a role session. */
  userId: string;
  /** aws:PrincipalArn: a user's ARN, a session's role ARN, root's arn:aws:iam::<account>:root. */
  principalArn: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials only: requests signed with them carry it (X-Amz-Security-Token). */
  sessionToken?: string;
  /** Temporary credentials only: epoch ms on the virtual clock after which they are refused (ExpiredToken). */
  expiresAt?: number;
  /** False for a key made Inactive (UpdateAccessKey): refused as an unknown key would be. */
  active: boolean;
  /** aws:PrincipalTag/<key>: the user's or role's tags, a session's tags winning. */
  tags?: Record<string, string>;
  /** Session policies (documents) given to AssumeRole/GetFederationToken: a session gets at most what they allow. */
  sessionPolicies?: string[];
  /** The user name for ${aws:username} (users only). */
  userName?: string;
}

/** Finds the identity an access key belongs to, or undefined when this resolver did not issue it. */
export type IdentityResolver = (accessKeyId: string) => CallerIdentity | undefined;

export class IdentityRegistry {
  private readonly resolvers: IdentityResolver[] = [];

  /** Registers a resolver; the returned function removes it (a service closing). */
  register(resolver: IdentityResolver): () => void {
    this.resolvers.push(resolver);
    return () => {
      const at = this.resolvers.indexOf(resolver);
      if (at >= 0) this.resolvers.splice(at, 1);
    };
  }

  /** The identity behind a key; undefined for keys no service issued. Free when IAM and STS never ran. */
  resolve(accessKeyId: string | undefined): CallerIdentity | undefined {
    if (accessKeyId === undefined || this.resolvers.length === 0) return undefined;
    for (const resolver of this.resolvers) {
      const identity = resolver(accessKeyId);
      if (identity) return identity;
    }
    return undefined;
  }
}
