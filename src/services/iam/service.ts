import type { CallerIdentity } from '../../core/identity.js';
import { partitionOf } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { awsManagedPolicy, type AwsManagedPolicy } from './aws-managed-policies.js';
import { groupNotFound, invalidInput, policyNotFound, roleNotFound, userNotFound } from './errors.js';
import { IamState, type AccessKeyRow, type GroupRow, type PolicyRow, type RoleRow, type UserRow } from './state.js';

/** A managed policy as the operations see it: the account's own (row) or one of AWS's. */
export type ManagedPolicy = { kind: 'local'; row: PolicyRow } | { kind: 'aws'; policy: AwsManagedPolicy };

/** What every IAM operation group shares: the state, the clock, and the access keys in memory. */
export class IamService {
  readonly state: IamState;
  /** Access key → its row and user: the identity resolver runs on every request, so it reads no SQL. */
  private readonly keys = new Map<string, { key: AccessKeyRow; user: UserRow }>();
  /** When each key was last used (set by the resolver, kept in the store lazily: no SQL per request). */
  private readonly lastUsed = new Map<string, number>();
  private readonly unregister: () => void;

  constructor(readonly runtime: Runtime) {
    this.state = new IamState(runtime.store);
    for (const key of this.state.allAccessKeys()) this.rememberKey(key);
    this.unregister = runtime.identities.register((accessKeyId) => this.identity(accessKeyId));
  }

  close(): void {
    this.unregister();
    this.keepKeyUse();
    this.keys.clear();
  }

  now(): number {
    return this.runtime.clock.now();
  }

  /** arn:aws:iam::<account>:<kind>/<path><name>; IAM is global, so the partition is the default region's. */
  arn(account: string, resource: string): string {
    return `arn:${partitionOf(this.runtime.options.region ?? 'us-east-1')}:iam::${account}:${resource}`;
  }

  requireUser(account: string, name: string): UserRow {
    const user = this.state.user(account, name);
    if (!user) throw userNotFound(name);
    return user;
  }

  requireGroup(account: string, name: string): GroupRow {
    const group = this.state.group(account, name);
    if (!group) throw groupNotFound(name);
    return group;
  }

  requireRole(account: string, name: string): RoleRow {
    const role = this.state.role(account, name);
    if (!role) throw roleNotFound(name);
    return role;
  }

  /** A managed policy by ARN: AWS's (arn:aws:iam::aws:policy/...) or the caller's account's. */
  managedPolicy(account: string, policyArn: string): ManagedPolicy | undefined {
    const aws = awsManagedPolicy(policyArn);
    if (aws) return { kind: 'aws', policy: aws };
    const row = this.state.policyByArn(policyArn);
    if (row && row.account === account) return { kind: 'local', row };
    return undefined;
  }

  requireManagedPolicy(account: string, policyArn: string, notFound = policyNotFound): ManagedPolicy {
    checkPolicyArn(policyArn);
    const policy = this.managedPolicy(account, policyArn);
    if (!policy) throw notFound(policyArn);
    return policy;
  }

  /** The default version's document of a managed policy. */
  defaultDocument(policy: ManagedPolicy): string {
    if (policy.kind === 'aws') return policy.policy.document;
    return this.state.policyVersion(policy.row.account, policy.row.name, policy.row.defaultVersion)!.document;
  }

  // Access keys in memory, kept in step with the store by the operations that change them.
  rememberKey(key: AccessKeyRow): void {
    const user = this.state.user(key.account, key.userName);
    if (user) this.keys.set(key.accessKeyId, { key, user });
  }

  forgetKey(accessKeyId: string): void {
    this.keys.delete(accessKeyId);
  }

  /** Re-reads the keys of a user whose name, path or tags changed. */
  refreshKeysOf(account: string, userName: string): void {
    for (const key of this.state.accessKeysOf(account, userName)) this.rememberKey(key);
  }

  /** When a key was last used: in memory since the last write, else as stored. */
  lastUse(key: AccessKeyRow): number | null {
    return this.lastUsed.get(key.accessKeyId) ?? key.lastUsedAt;
  }

  /** Writes the key uses seen since the last write. */
  keepKeyUse(): void {
    for (const [id, at] of this.lastUsed) {
      const key = this.state.accessKey(id);
      if (key) this.state.markAccessKeyUsed(id, at, key.lastUsedService ?? 'N/A', key.lastUsedRegion ?? 'N/A');
    }
    this.lastUsed.clear();
  }

  private identity(accessKeyId: string): CallerIdentity | undefined {
    const entry = this.keys.get(accessKeyId);
    if (!entry) return undefined;
    if (entry.key.status === 'Active') this.lastUsed.set(accessKeyId, this.now());
    const { key, user } = entry;
    return {
      kind: 'user',
      account: key.account,
      arn: user.arn,
      userId: user.id,
      principalArn: user.arn,
      accessKeyId: key.accessKeyId,
      secretAccessKey: key.secret,
      active: key.status === 'Active',
      tags: user.tags,
      userName: user.name,
    };
  }
}

/** IAM's check of a policy ARN's shape before it looks it up. */
export function checkPolicyArn(policyArn: string): void {
  if (!/^arn:[^:]+:iam::(aws|\d{12}):policy\/.+/.test(policyArn)) throw invalidInput(`ARN ${policyArn} is not valid.`);
}
