/**
 * IAM's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped.
 * IAM is global: rows are scoped by account only. Names compare case-insensitively, as IAM's do
 * ("Bob" and "bob" are one user), so name columns are COLLATE NOCASE.
 */
export const IAM_SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS iam_users (
     account TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL, id TEXT NOT NULL, arn TEXT NOT NULL,
     created_at INTEGER NOT NULL, boundary TEXT, tags TEXT NOT NULL, password_last_used INTEGER,
     PRIMARY KEY (account, name)
   )`,
  `CREATE TABLE IF NOT EXISTS iam_groups (
     account TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL, id TEXT NOT NULL, arn TEXT NOT NULL,
     created_at INTEGER NOT NULL, PRIMARY KEY (account, name)
   )`,
  `CREATE TABLE IF NOT EXISTS iam_group_members (
     account TEXT NOT NULL, group_name TEXT NOT NULL COLLATE NOCASE, user_name TEXT NOT NULL COLLATE NOCASE,
     PRIMARY KEY (account, group_name, user_name)
   )`,
  `CREATE TABLE IF NOT EXISTS iam_roles (
     account TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL, id TEXT NOT NULL, arn TEXT NOT NULL,
     created_at INTEGER NOT NULL, trust_policy TEXT NOT NULL, description TEXT, max_session INTEGER NOT NULL,
     boundary TEXT, tags TEXT NOT NULL, last_used_at INTEGER, last_used_region TEXT,
     PRIMARY KEY (account, name)
   )`,
  // Inline policies of users, groups and roles (owner_kind: user | group | role).
  `CREATE TABLE IF NOT EXISTS iam_inline_policies (
     account TEXT NOT NULL, owner_kind TEXT NOT NULL, owner_name TEXT NOT NULL COLLATE NOCASE,
     policy_name TEXT NOT NULL COLLATE NOCASE, document TEXT NOT NULL,
     PRIMARY KEY (account, owner_kind, owner_name, policy_name)
   )`,
  `CREATE TABLE IF NOT EXISTS iam_policies (
     account TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL, id TEXT NOT NULL, arn TEXT NOT NULL,
     description TEXT, default_version TEXT NOT NULL, next_version INTEGER NOT NULL,
     created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, tags TEXT NOT NULL,
     PRIMARY KEY (account, name)
   )`,
  'CREATE INDEX IF NOT EXISTS iam_policies_arn ON iam_policies (arn)',
  `CREATE TABLE IF NOT EXISTS iam_policy_versions (
     account TEXT NOT NULL, policy_name TEXT NOT NULL COLLATE NOCASE, version_id TEXT NOT NULL, document TEXT NOT NULL,
     created_at INTEGER NOT NULL, PRIMARY KEY (account, policy_name, version_id)
   )`,
  // Managed policies (the account's or AWS's) attached to users, groups and roles.
  `CREATE TABLE IF NOT EXISTS iam_attachments (
     account TEXT NOT NULL, owner_kind TEXT NOT NULL, owner_name TEXT NOT NULL COLLATE NOCASE, policy_arn TEXT NOT NULL,
     PRIMARY KEY (account, owner_kind, owner_name, policy_arn)
   )`,
  'CREATE INDEX IF NOT EXISTS iam_attachments_policy ON iam_attachments (account, policy_arn)',
  `CREATE TABLE IF NOT EXISTS iam_instance_profiles (
     account TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL, id TEXT NOT NULL, arn TEXT NOT NULL,
     created_at INTEGER NOT NULL, tags TEXT NOT NULL, role_name TEXT COLLATE NOCASE,
     PRIMARY KEY (account, name)
   )`,
  `CREATE TABLE IF NOT EXISTS iam_access_keys (
     access_key_id TEXT PRIMARY KEY, account TEXT NOT NULL, user_name TEXT NOT NULL COLLATE NOCASE, secret TEXT NOT NULL,
     status TEXT NOT NULL, created_at INTEGER NOT NULL, last_used_at INTEGER, last_used_service TEXT, last_used_region TEXT
   )`,
  'CREATE INDEX IF NOT EXISTS iam_access_keys_user ON iam_access_keys (account, user_name)',
  `CREATE TABLE IF NOT EXISTS iam_login_profiles (
     account TEXT NOT NULL, user_name TEXT NOT NULL COLLATE NOCASE, password_hash TEXT NOT NULL,
     reset_required INTEGER NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (account, user_name)
   )`,
  // OIDC and SAML providers (kind: oidc | saml); details holds the provider's own fields as JSON.
  `CREATE TABLE IF NOT EXISTS iam_identity_providers (
     arn TEXT PRIMARY KEY, account TEXT NOT NULL, kind TEXT NOT NULL, details TEXT NOT NULL, tags TEXT NOT NULL,
     created_at INTEGER NOT NULL
   )`,
  // One row an account: its alias, password policy, last credential report (CSV), and when IAM first served it (the root user's CreateDate).
  `CREATE TABLE IF NOT EXISTS iam_account_settings (
     account TEXT PRIMARY KEY, alias TEXT, password_policy TEXT, report_generated_at INTEGER, report TEXT, created_at INTEGER
   )`,
  `CREATE TABLE IF NOT EXISTS iam_service_linked_deletions (
     task_id TEXT PRIMARY KEY, account TEXT NOT NULL, role_name TEXT NOT NULL, status TEXT NOT NULL, reason TEXT
   )`,
];
