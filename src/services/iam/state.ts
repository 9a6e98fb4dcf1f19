import type { Store } from '../../core/store.js';
import { IAM_SCHEMA_V1 } from './state-schema.js';

export type OwnerKind = 'user' | 'group' | 'role';
export type Tags = Record<string, string>;

export interface UserRow { account: string; name: string; path: string; id: string; arn: string; createdAt: number; boundary: string | null; tags: Tags; passwordLastUsed: number | null }
export interface GroupRow { account: string; name: string; path: string; id: string; arn: string; createdAt: number }
export interface RoleRow {
  account: string; name: string; path: string; id: string; arn: string; createdAt: number; trustPolicy: string; description: string | null;
  maxSession: number; boundary: string | null; tags: Tags; lastUsedAt: number | null; lastUsedRegion: string | null;
}
export interface PolicyRow {
  account: string; name: string; path: string; id: string; arn: string; description: string | null; defaultVersion: string;
  nextVersion: number; createdAt: number; updatedAt: number; tags: Tags;
}
export interface PolicyVersionRow { versionId: string; document: string; createdAt: number }
export interface InstanceProfileRow { account: string; name: string; path: string; id: string; arn: string; createdAt: number; tags: Tags; roleName: string | null }
export interface AccessKeyRow {
  accessKeyId: string; account: string; userName: string; secret: string; status: 'Active' | 'Inactive'; createdAt: number;
  lastUsedAt: number | null; lastUsedService: string | null; lastUsedRegion: string | null;
}
export interface LoginProfileRow { account: string; userName: string; passwordHash: string; resetRequired: boolean; createdAt: number }
export interface IdentityProviderRow { arn: string; account: string; kind: 'oidc' | 'saml'; details: Record<string, unknown>; tags: Tags; createdAt: number }
export interface AccountSettingsRow { alias: string | null; passwordPolicy: Record<string, unknown> | null; reportGeneratedAt: number | null; report: string | null }

type Raw = Record<string, any>;
const json = (text: string) => JSON.parse(text);

const toUser = (r: Raw): UserRow => ({ account: r.account, name: r.name, path: r.path, id: r.id, arn: r.arn, createdAt: r.created_at, boundary: r.boundary, tags: json(r.tags), passwordLastUsed: r.password_last_used });
const toGroup = (r: Raw): GroupRow => ({ account: r.account, name: r.name, path: r.path, id: r.id, arn: r.arn, createdAt: r.created_at });
const toRole = (r: Raw): RoleRow => ({
  account: r.account, name: r.name, path: r.path, id: r.id, arn: r.arn, createdAt: r.created_at, trustPolicy: r.trust_policy, description: r.description,
  maxSession: r.max_session, boundary: r.boundary, tags: json(r.tags), lastUsedAt: r.last_used_at, lastUsedRegion: r.last_used_region,
});
const toPolicy = (r: Raw): PolicyRow => ({
  account: r.account, name: r.name, path: r.path, id: r.id, arn: r.arn, description: r.description, defaultVersion: r.default_version,
  nextVersion: r.next_version, createdAt: r.created_at, updatedAt: r.updated_at, tags: json(r.tags),
});
const toProfile = (r: Raw): InstanceProfileRow => ({ account: r.account, name: r.name, path: r.path, id: r.id, arn: r.arn, createdAt: r.created_at, tags: json(r.tags), roleName: r.role_name });
const toKey = (r: Raw): AccessKeyRow => ({
  accessKeyId: r.access_key_id, account: r.account, userName: r.user_name, secret: r.secret, status: r.status, createdAt: r.created_at,
  lastUsedAt: r.last_used_at, lastUsedService: r.last_used_service, lastUsedRegion: r.last_used_region,
});
const toProvider = (r: Raw): IdentityProviderRow => ({ arn: r.arn, account: r.account, kind: r.kind, details: json(r.details), tags: json(r.tags), createdAt: r.created_at });

/** IAM's storage: every SQL statement IAM runs lives here. */
export class IamState {
  constructor(private readonly store: Store) {
    store.ensureSchema('iam', [IAM_SCHEMA_V1]);
  }

  private all(sql: string, ...params: unknown[]): Raw[] {
    return this.store.statement(sql).all(...params) as Raw[];
  }

  private one(sql: string, ...params: unknown[]): Raw | undefined {
    return this.store.statement(sql).get(...params) as Raw | undefined;
  }

  private run(sql: string, ...params: unknown[]): number {
    return this.store.statement(sql).run(...params).changes;
  }

  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  // Users
  user(account: string, name: string): UserRow | undefined {
    const r = this.one('SELECT * FROM iam_users WHERE account = ? AND name = ?', account, name);
    return r && toUser(r);
  }
  users(account: string): UserRow[] {
    return this.all('SELECT * FROM iam_users WHERE account = ? ORDER BY name', account).map(toUser);
  }
  insertUser(u: UserRow): void {
    this.run('INSERT INTO iam_users (account, name, path, id, arn, created_at, boundary, tags, password_last_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      u.account, u.name, u.path, u.id, u.arn, u.createdAt, u.boundary, JSON.stringify(u.tags), u.passwordLastUsed);
  }
  /** Renames or moves a user, and everything that names it. */
  updateUser(account: string, name: string, change: { name: string; path: string; arn: string }): void {
    this.transaction(() => {
      this.run('UPDATE iam_users SET name = ?, path = ?, arn = ? WHERE account = ? AND name = ?', change.name, change.path, change.arn, account, name);
      this.run('UPDATE iam_group_members SET user_name = ? WHERE account = ? AND user_name = ?', change.name, account, name);
      this.run("UPDATE iam_inline_policies SET owner_name = ? WHERE account = ? AND owner_kind = 'user' AND owner_name = ?", change.name, account, name);
      this.run("UPDATE iam_attachments SET owner_name = ? WHERE account = ? AND owner_kind = 'user' AND owner_name = ?", change.name, account, name);
      this.run('UPDATE iam_access_keys SET user_name = ? WHERE account = ? AND user_name = ?', change.name, account, name);
      this.run('UPDATE iam_login_profiles SET user_name = ? WHERE account = ? AND user_name = ?', change.name, account, name);
    });
  }
  deleteUser(account: string, name: string): void {
    this.transaction(() => {
      this.run('DELETE FROM iam_users WHERE account = ? AND name = ?', account, name);
      this.run('DELETE FROM iam_group_members WHERE account = ? AND user_name = ?', account, name);
    });
  }
  setUserBoundary(account: string, name: string, boundary: string | null): void {
    this.run('UPDATE iam_users SET boundary = ? WHERE account = ? AND name = ?', boundary, account, name);
  }
  setUserTags(account: string, name: string, tags: Tags): void {
    this.run('UPDATE iam_users SET tags = ? WHERE account = ? AND name = ?', JSON.stringify(tags), account, name);
  }

  // Groups and membership
  group(account: string, name: string): GroupRow | undefined {
    const r = this.one('SELECT * FROM iam_groups WHERE account = ? AND name = ?', account, name);
    return r && toGroup(r);
  }
  groups(account: string): GroupRow[] {
    return this.all('SELECT * FROM iam_groups WHERE account = ? ORDER BY name', account).map(toGroup);
  }
  insertGroup(g: GroupRow): void {
    this.run('INSERT INTO iam_groups (account, name, path, id, arn, created_at) VALUES (?, ?, ?, ?, ?, ?)', g.account, g.name, g.path, g.id, g.arn, g.createdAt);
  }
  updateGroup(account: string, name: string, change: { name: string; path: string; arn: string }): void {
    this.transaction(() => {
      this.run('UPDATE iam_groups SET name = ?, path = ?, arn = ? WHERE account = ? AND name = ?', change.name, change.path, change.arn, account, name);
      this.run('UPDATE iam_group_members SET group_name = ? WHERE account = ? AND group_name = ?', change.name, account, name);
      this.run("UPDATE iam_inline_policies SET owner_name = ? WHERE account = ? AND owner_kind = 'group' AND owner_name = ?", change.name, account, name);
      this.run("UPDATE iam_attachments SET owner_name = ? WHERE account = ? AND owner_kind = 'group' AND owner_name = ?", change.name, account, name);
    });
  }
  deleteGroup(account: string, name: string): void {
    this.run('DELETE FROM iam_groups WHERE account = ? AND name = ?', account, name);
  }
  addMember(account: string, group: string, user: string): void {
    this.run('INSERT OR IGNORE INTO iam_group_members (account, group_name, user_name) VALUES (?, ?, ?)', account, group, user);
  }
  removeMember(account: string, group: string, user: string): number {
    return this.run('DELETE FROM iam_group_members WHERE account = ? AND group_name = ? AND user_name = ?', account, group, user);
  }
  membersOf(account: string, group: string): UserRow[] {
    return this.all(
      'SELECT u.* FROM iam_group_members m JOIN iam_users u ON u.account = m.account AND u.name = m.user_name WHERE m.account = ? AND m.group_name = ? ORDER BY u.name',
      account, group,
    ).map(toUser);
  }
  groupsOf(account: string, user: string): GroupRow[] {
    return this.all(
      'SELECT g.* FROM iam_group_members m JOIN iam_groups g ON g.account = m.account AND g.name = m.group_name WHERE m.account = ? AND m.user_name = ? ORDER BY g.name',
      account, user,
    ).map(toGroup);
  }

  // Roles
  role(account: string, name: string): RoleRow | undefined {
    const r = this.one('SELECT * FROM iam_roles WHERE account = ? AND name = ?', account, name);
    return r && toRole(r);
  }
  roles(account: string): RoleRow[] {
    return this.all('SELECT * FROM iam_roles WHERE account = ? ORDER BY name', account).map(toRole);
  }
  insertRole(r: RoleRow): void {
    this.run(
      'INSERT INTO iam_roles (account, name, path, id, arn, created_at, trust_policy, description, max_session, boundary, tags, last_used_at, last_used_region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      r.account, r.name, r.path, r.id, r.arn, r.createdAt, r.trustPolicy, r.description, r.maxSession, r.boundary, JSON.stringify(r.tags), r.lastUsedAt, r.lastUsedRegion,
    );
  }
  updateRole(account: string, name: string, change: Partial<Pick<RoleRow, 'trustPolicy' | 'description' | 'maxSession' | 'boundary' | 'tags' | 'lastUsedAt' | 'lastUsedRegion'>>): void {
    const current = this.role(account, name);
    if (!current) return;
    const next = { ...current, ...change };
    this.run(
      'UPDATE iam_roles SET trust_policy = ?, description = ?, max_session = ?, boundary = ?, tags = ?, last_used_at = ?, last_used_region = ? WHERE account = ? AND name = ?',
      next.trustPolicy, next.description, next.maxSession, next.boundary, JSON.stringify(next.tags), next.lastUsedAt, next.lastUsedRegion, account, name,
    );
  }
  deleteRole(account: string, name: string): void {
    this.run('DELETE FROM iam_roles WHERE account = ? AND name = ?', account, name);
  }

  // Inline policies
  inlinePolicy(account: string, kind: OwnerKind, owner: string, policyName: string): { name: string; document: string } | undefined {
    const r = this.one('SELECT policy_name, document FROM iam_inline_policies WHERE account = ? AND owner_kind = ? AND owner_name = ? AND policy_name = ?', account, kind, owner, policyName);
    return r && { name: r.policy_name, document: r.document };
  }
  inlinePolicies(account: string, kind: OwnerKind, owner: string): Array<{ name: string; document: string }> {
    return this.all('SELECT policy_name, document FROM iam_inline_policies WHERE account = ? AND owner_kind = ? AND owner_name = ? ORDER BY policy_name', account, kind, owner)
      .map((r) => ({ name: r.policy_name, document: r.document }));
  }
  putInlinePolicy(account: string, kind: OwnerKind, owner: string, policyName: string, document: string): void {
    this.run(
      'INSERT INTO iam_inline_policies (account, owner_kind, owner_name, policy_name, document) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, owner_kind, owner_name, policy_name) DO UPDATE SET document = excluded.document',
      account, kind, owner, policyName, document,
    );
  }
  deleteInlinePolicy(account: string, kind: OwnerKind, owner: string, policyName: string): number {
    return this.run('DELETE FROM iam_inline_policies WHERE account = ? AND owner_kind = ? AND owner_name = ? AND policy_name = ?', account, kind, owner, policyName);
  }
  inlinePolicyCount(account: string, kind: OwnerKind): number {
    return this.one('SELECT COUNT(*) AS n FROM iam_inline_policies WHERE account = ? AND owner_kind = ?', account, kind)!.n;
  }

  // Managed policies and versions
  policy(account: string, name: string): PolicyRow | undefined {
    const r = this.one('SELECT * FROM iam_policies WHERE account = ? AND name = ?', account, name);
    return r && toPolicy(r);
  }
  policyByArn(policyArn: string): PolicyRow | undefined {
    const r = this.one('SELECT * FROM iam_policies WHERE arn = ?', policyArn);
    return r && toPolicy(r);
  }
  policies(account: string): PolicyRow[] {
    return this.all('SELECT * FROM iam_policies WHERE account = ? ORDER BY name', account).map(toPolicy);
  }
  insertPolicy(p: PolicyRow, document: string): void {
    this.transaction(() => {
      this.run(
        'INSERT INTO iam_policies (account, name, path, id, arn, description, default_version, next_version, created_at, updated_at, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        p.account, p.name, p.path, p.id, p.arn, p.description, p.defaultVersion, p.nextVersion, p.createdAt, p.updatedAt, JSON.stringify(p.tags),
      );
      this.run('INSERT INTO iam_policy_versions (account, policy_name, version_id, document, created_at) VALUES (?, ?, ?, ?, ?)', p.account, p.name, p.defaultVersion, document, p.createdAt);
    });
  }
  deletePolicy(account: string, name: string): void {
    this.transaction(() => {
      this.run('DELETE FROM iam_policies WHERE account = ? AND name = ?', account, name);
      this.run('DELETE FROM iam_policy_versions WHERE account = ? AND policy_name = ?', account, name);
    });
  }
  setPolicyTags(account: string, name: string, tags: Tags): void {
    this.run('UPDATE iam_policies SET tags = ? WHERE account = ? AND name = ?', JSON.stringify(tags), account, name);
  }
  policyVersions(account: string, policyName: string): PolicyVersionRow[] {
    return this.all('SELECT version_id, document, created_at FROM iam_policy_versions WHERE account = ? AND policy_name = ? ORDER BY created_at DESC, version_id DESC', account, policyName)
      .map((r) => ({ versionId: r.version_id, document: r.document, createdAt: r.created_at }));
  }
  policyVersion(account: string, policyName: string, versionId: string): PolicyVersionRow | undefined {
    const r = this.one('SELECT version_id, document, created_at FROM iam_policy_versions WHERE account = ? AND policy_name = ? AND version_id = ?', account, policyName, versionId);
    return r && { versionId: r.version_id, document: r.document, createdAt: r.created_at };
  }
  addPolicyVersion(account: string, policyName: string, version: PolicyVersionRow, makeDefault: boolean, nextVersion: number): void {
    this.transaction(() => {
      this.run('INSERT INTO iam_policy_versions (account, policy_name, version_id, document, created_at) VALUES (?, ?, ?, ?, ?)', account, policyName, version.versionId, version.document, version.createdAt);
      this.run('UPDATE iam_policies SET next_version = ?, updated_at = ? WHERE account = ? AND name = ?', nextVersion, version.createdAt, account, policyName);
      if (makeDefault) this.run('UPDATE iam_policies SET default_version = ? WHERE account = ? AND name = ?', version.versionId, account, policyName);
    });
  }
  setDefaultVersion(account: string, policyName: string, versionId: string, at: number): void {
    this.run('UPDATE iam_policies SET default_version = ?, updated_at = ? WHERE account = ? AND name = ?', versionId, at, account, policyName);
  }
  deletePolicyVersion(account: string, policyName: string, versionId: string): void {
    this.run('DELETE FROM iam_policy_versions WHERE account = ? AND policy_name = ? AND version_id = ?', account, policyName, versionId);
  }

  // Attachments
  attach(account: string, kind: OwnerKind, owner: string, policyArn: string): void {
    this.run('INSERT OR IGNORE INTO iam_attachments (account, owner_kind, owner_name, policy_arn) VALUES (?, ?, ?, ?)', account, kind, owner, policyArn);
  }
  detach(account: string, kind: OwnerKind, owner: string, policyArn: string): number {
    return this.run('DELETE FROM iam_attachments WHERE account = ? AND owner_kind = ? AND owner_name = ? AND policy_arn = ?', account, kind, owner, policyArn);
  }
  attachedTo(account: string, kind: OwnerKind, owner: string): string[] {
    return this.all('SELECT policy_arn FROM iam_attachments WHERE account = ? AND owner_kind = ? AND owner_name = ? ORDER BY policy_arn', account, kind, owner).map((r) => r.policy_arn);
  }
  attachmentsOf(account: string, policyArn: string): Array<{ kind: OwnerKind; name: string }> {
    return this.all('SELECT owner_kind, owner_name FROM iam_attachments WHERE account = ? AND policy_arn = ? ORDER BY owner_kind, owner_name', account, policyArn)
      .map((r) => ({ kind: r.owner_kind, name: r.owner_name }));
  }
  attachmentCounts(account: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.all('SELECT policy_arn, COUNT(*) AS n FROM iam_attachments WHERE account = ? GROUP BY policy_arn', account)) counts.set(r.policy_arn, r.n);
    return counts;
  }
  /** How many users and roles have a policy as their permissions boundary. */
  boundaryUsage(account: string, policyArn: string): number {
    return this.one('SELECT (SELECT COUNT(*) FROM iam_users WHERE account = ? AND boundary = ?) + (SELECT COUNT(*) FROM iam_roles WHERE account = ? AND boundary = ?) AS n', account, policyArn, account, policyArn)!.n;
  }

  // Instance profiles
  instanceProfile(account: string, name: string): InstanceProfileRow | undefined {
    const r = this.one('SELECT * FROM iam_instance_profiles WHERE account = ? AND name = ?', account, name);
    return r && toProfile(r);
  }
  instanceProfiles(account: string): InstanceProfileRow[] {
    return this.all('SELECT * FROM iam_instance_profiles WHERE account = ? ORDER BY name', account).map(toProfile);
  }
  instanceProfilesOfRole(account: string, role: string): InstanceProfileRow[] {
    return this.all('SELECT * FROM iam_instance_profiles WHERE account = ? AND role_name = ? ORDER BY name', account, role).map(toProfile);
  }
  insertInstanceProfile(p: InstanceProfileRow): void {
    this.run('INSERT INTO iam_instance_profiles (account, name, path, id, arn, created_at, tags, role_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      p.account, p.name, p.path, p.id, p.arn, p.createdAt, JSON.stringify(p.tags), p.roleName);
  }
  setInstanceProfileRole(account: string, name: string, role: string | null): void {
    this.run('UPDATE iam_instance_profiles SET role_name = ? WHERE account = ? AND name = ?', role, account, name);
  }
  setInstanceProfileTags(account: string, name: string, tags: Tags): void {
    this.run('UPDATE iam_instance_profiles SET tags = ? WHERE account = ? AND name = ?', JSON.stringify(tags), account, name);
  }
  deleteInstanceProfile(account: string, name: string): void {
    this.run('DELETE FROM iam_instance_profiles WHERE account = ? AND name = ?', account, name);
  }

  // Access keys
  accessKey(accessKeyId: string): AccessKeyRow | undefined {
    const r = this.one('SELECT * FROM iam_access_keys WHERE access_key_id = ?', accessKeyId);
    return r && toKey(r);
  }
  allAccessKeys(): AccessKeyRow[] {
    return this.all('SELECT * FROM iam_access_keys').map(toKey);
  }
  accessKeysOf(account: string, user: string): AccessKeyRow[] {
    return this.all('SELECT * FROM iam_access_keys WHERE account = ? AND user_name = ? ORDER BY created_at, access_key_id', account, user).map(toKey);
  }
  accessKeys(account: string): AccessKeyRow[] {
    return this.all('SELECT * FROM iam_access_keys WHERE account = ? ORDER BY user_name, created_at', account).map(toKey);
  }
  insertAccessKey(k: AccessKeyRow): void {
    this.run('INSERT INTO iam_access_keys (access_key_id, account, user_name, secret, status, created_at) VALUES (?, ?, ?, ?, ?, ?)', k.accessKeyId, k.account, k.userName, k.secret, k.status, k.createdAt);
  }
  setAccessKeyStatus(accessKeyId: string, status: string): void {
    this.run('UPDATE iam_access_keys SET status = ? WHERE access_key_id = ?', status, accessKeyId);
  }
  markAccessKeyUsed(accessKeyId: string, at: number, service: string, region: string): void {
    this.run('UPDATE iam_access_keys SET last_used_at = ?, last_used_service = ?, last_used_region = ? WHERE access_key_id = ?', at, service, region, accessKeyId);
  }
  deleteAccessKey(accessKeyId: string): void {
    this.run('DELETE FROM iam_access_keys WHERE access_key_id = ?', accessKeyId);
  }

  // Login profiles
  loginProfile(account: string, user: string): LoginProfileRow | undefined {
    const r = this.one('SELECT * FROM iam_login_profiles WHERE account = ? AND user_name = ?', account, user);
    return r && { account: r.account, userName: r.user_name, passwordHash: r.password_hash, resetRequired: r.reset_required === 1, createdAt: r.created_at };
  }
  putLoginProfile(p: LoginProfileRow): void {
    this.run(
      'INSERT INTO iam_login_profiles (account, user_name, password_hash, reset_required, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, user_name) DO UPDATE SET password_hash = excluded.password_hash, reset_required = excluded.reset_required',
      p.account, p.userName, p.passwordHash, p.resetRequired ? 1 : 0, p.createdAt,
    );
  }
  deleteLoginProfile(account: string, user: string): number {
    return this.run('DELETE FROM iam_login_profiles WHERE account = ? AND user_name = ?', account, user);
  }
  setPasswordLastUsed(account: string, user: string, at: number): void {
    this.run('UPDATE iam_users SET password_last_used = ? WHERE account = ? AND name = ?', at, account, user);
  }

  // OIDC and SAML providers
  identityProvider(providerArn: string): IdentityProviderRow | undefined {
    const r = this.one('SELECT * FROM iam_identity_providers WHERE arn = ?', providerArn);
    return r && toProvider(r);
  }
  identityProviders(account: string, kind: 'oidc' | 'saml'): IdentityProviderRow[] {
    return this.all('SELECT * FROM iam_identity_providers WHERE account = ? AND kind = ? ORDER BY arn', account, kind).map(toProvider);
  }
  putIdentityProvider(p: IdentityProviderRow): void {
    this.run(
      'INSERT INTO iam_identity_providers (arn, account, kind, details, tags, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (arn) DO UPDATE SET details = excluded.details, tags = excluded.tags',
      p.arn, p.account, p.kind, JSON.stringify(p.details), JSON.stringify(p.tags), p.createdAt,
    );
  }
  deleteIdentityProvider(providerArn: string): void {
    this.run('DELETE FROM iam_identity_providers WHERE arn = ?', providerArn);
  }

  // Account settings
  accountSettings(account: string): AccountSettingsRow {
    const r = this.one('SELECT * FROM iam_account_settings WHERE account = ?', account);
    return { alias: r?.alias ?? null, passwordPolicy: r?.password_policy ? json(r.password_policy) : null, reportGeneratedAt: r?.report_generated_at ?? null, report: r?.report ?? null };
  }
  putAccountSettings(account: string, settings: AccountSettingsRow): void {
    this.run(
      'INSERT INTO iam_account_settings (account, alias, password_policy, report_generated_at, report) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET alias = excluded.alias, password_policy = excluded.password_policy, report_generated_at = excluded.report_generated_at, report = excluded.report',
      account, settings.alias, settings.passwordPolicy ? JSON.stringify(settings.passwordPolicy) : null, settings.reportGeneratedAt, settings.report,
    );
  }
  /** When the account's root user came to be: the first time IAM was asked, kept from then on. */
  accountCreatedAt(account: string, now: number): number {
    this.run('INSERT INTO iam_account_settings (account, created_at) VALUES (?, ?) ON CONFLICT (account) DO UPDATE SET created_at = COALESCE(created_at, excluded.created_at)', account, now);
    return this.one('SELECT created_at FROM iam_account_settings WHERE account = ?', account)!.created_at;
  }
  aliasOwner(alias: string): string | undefined {
    return this.one('SELECT account FROM iam_account_settings WHERE alias = ?', alias)?.account;
  }

  // Service-linked role deletions
  putDeletionTask(taskId: string, account: string, roleName: string, status: string, reason: string | null): void {
    this.run('INSERT INTO iam_service_linked_deletions (task_id, account, role_name, status, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET status = excluded.status, reason = excluded.reason',
      taskId, account, roleName, status, reason);
  }
  deletionTask(taskId: string): { account: string; roleName: string; status: string; reason: string | null } | undefined {
    const r = this.one('SELECT * FROM iam_service_linked_deletions WHERE task_id = ?', taskId);
    return r && { account: r.account, roleName: r.role_name, status: r.status, reason: r.reason };
  }
}
