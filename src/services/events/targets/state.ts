import type { Store } from '../../../core/store.js';
import type * as Events from '../../../generated/events.js';

/** The target side's tables (rule targets, connections, API destinations, recorded deliveries), as ordered migrations. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS events_targets (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     bus_name TEXT NOT NULL,
     rule_name TEXT NOT NULL,
     target_id TEXT NOT NULL,
     arn TEXT NOT NULL,
     target TEXT NOT NULL
   )`,
  'CREATE UNIQUE INDEX IF NOT EXISTS events_targets_key ON events_targets (account, region, bus_name, rule_name, target_id)',
  'CREATE INDEX IF NOT EXISTS events_targets_arn ON events_targets (account, region, bus_name, arn)',
  `CREATE TABLE IF NOT EXISTS events_connections (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     arn TEXT NOT NULL,
     secret_arn TEXT NOT NULL,
     authorization_type TEXT NOT NULL,
     state TEXT NOT NULL,
     state_reason TEXT,
     description TEXT,
     auth TEXT NOT NULL,
     kms_key_identifier TEXT,
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL,
     authorized_at INTEGER,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS events_api_destinations (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     arn TEXT NOT NULL,
     connection_arn TEXT NOT NULL,
     endpoint TEXT NOT NULL,
     http_method TEXT NOT NULL,
     rate_limit INTEGER,
     description TEXT,
     state TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS events_recorded_deliveries (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     target_arn TEXT NOT NULL,
     source_arn TEXT NOT NULL,
     input TEXT NOT NULL,
     details TEXT NOT NULL,
     delivered_at INTEGER NOT NULL
   )`,
];

/** Recorded deliveries kept (the newest), as SNS keeps what it "sent". */
export const RECORDED_DELIVERIES_KEPT = 10_000;

export interface RuleKey {
  account: string;
  region: string;
  busName: string;
  ruleName: string;
}

/** A connection's stored authorization, secrets included (never answered back). */
export interface ConnectionAuth {
  ApiKeyAuthParameters?: { ApiKeyName: string; ApiKeyValue: string };
  BasicAuthParameters?: { Username: string; Password: string };
  OAuthParameters?: {
    AuthorizationEndpoint: string;
    HttpMethod: 'GET' | 'POST' | 'PUT';
    ClientParameters: { ClientID: string; ClientSecret: string };
    OAuthHttpParameters?: Events.ConnectionHttpParameters;
  };
  InvocationHttpParameters?: Events.ConnectionHttpParameters;
}

export interface ConnectionRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  secretArn: string;
  authorizationType: 'BASIC' | 'OAUTH_CLIENT_CREDENTIALS' | 'API_KEY';
  state: NonNullable<Events.Connection['ConnectionState']>;
  stateReason?: string;
  description?: string;
  auth: ConnectionAuth;
  /** The KMS key AWS would encrypt the connection's secret with (stored, not used). */
  kmsKeyIdentifier?: string;
  createdAt: number;
  modifiedAt: number;
  authorizedAt?: number;
}

export interface ApiDestinationRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  connectionArn: string;
  endpoint: string;
  httpMethod: NonNullable<Events.ApiDestination['HttpMethod']>;
  rateLimit?: number;
  description?: string;
  state: 'ACTIVE' | 'INACTIVE';
  createdAt: number;
  modifiedAt: number;
}

export interface RecordedDelivery {
  account: string;
  region: string;
  targetArn: string;
  sourceArn: string;
  input: string;
  /** The target's parameters (EcsParameters...) and the role, as given. */
  details: Record<string, unknown>;
  deliveredAt: number;
}

interface ConnectionSqlRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  secret_arn: string;
  authorization_type: ConnectionRow['authorizationType'];
  state: ConnectionRow['state'];
  state_reason: string | null;
  description: string | null;
  auth: string;
  kms_key_identifier: string | null;
  created_at: number;
  modified_at: number;
  authorized_at: number | null;
}

interface ApiDestinationSqlRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  connection_arn: string;
  endpoint: string;
  http_method: ApiDestinationRow['httpMethod'];
  rate_limit: number | null;
  description: string | null;
  state: ApiDestinationRow['state'];
  created_at: number;
  modified_at: number;
}

const toConnection = (row: ConnectionSqlRow): ConnectionRow => ({
  account: row.account,
  region: row.region,
  name: row.name,
  arn: row.arn,
  secretArn: row.secret_arn,
  authorizationType: row.authorization_type,
  state: row.state,
  stateReason: row.state_reason ?? undefined,
  description: row.description ?? undefined,
  auth: JSON.parse(row.auth) as ConnectionAuth,
  kmsKeyIdentifier: row.kms_key_identifier ?? undefined,
  createdAt: row.created_at,
  modifiedAt: row.modified_at,
  authorizedAt: row.authorized_at ?? undefined,
});

const toApiDestination = (row: ApiDestinationSqlRow): ApiDestinationRow => ({
  account: row.account,
  region: row.region,
  name: row.name,
  arn: row.arn,
  connectionArn: row.connection_arn,
  endpoint: row.endpoint,
  httpMethod: row.http_method,
  rateLimit: row.rate_limit ?? undefined,
  description: row.description ?? undefined,
  state: row.state,
  createdAt: row.created_at,
  modifiedAt: row.modified_at,
});

const cacheKey = (rule: RuleKey): string => `${rule.account}\n${rule.region}\n${rule.busName}\n${rule.ruleName}`;

/** All SQL of EventBridge's target side. */
export class TargetsState {
  /**
   * Each rule's targets as last read, since every matched event reads them: dropped whenever this
   * object changes them (it is the only writer of the rule targets while its provider runs).
   */
  private readonly targetCache = new Map<string, Events.Target[]>();

  constructor(private readonly store: Store) {
    store.ensureSchema('events_targets', [SCHEMA_V1]);
  }

  private get db() {
    return this.store.db;
  }

  // --- rule targets

  /** The rule's targets in the order they were added (callers must not change them). */
  targets(rule: RuleKey): readonly Events.Target[] {
    const key = cacheKey(rule);
    const cached = this.targetCache.get(key);
    if (cached) return cached;
    const rows = this.db
      .prepare('SELECT target FROM events_targets WHERE account = ? AND region = ? AND bus_name = ? AND rule_name = ? ORDER BY seq')
      .all(rule.account, rule.region, rule.busName, rule.ruleName) as Array<{ target: string }>;
    const targets = rows.map((row) => JSON.parse(row.target) as Events.Target);
    this.targetCache.set(key, targets);
    return targets;
  }

  targetIds(rule: RuleKey): string[] {
    const rows = this.db
      .prepare('SELECT target_id FROM events_targets WHERE account = ? AND region = ? AND bus_name = ? AND rule_name = ?')
      .all(rule.account, rule.region, rule.busName, rule.ruleName) as Array<{ target_id: string }>;
    return rows.map((row) => row.target_id);
  }

  targetCount(rule: RuleKey): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM events_targets WHERE account = ? AND region = ? AND bus_name = ? AND rule_name = ?')
      .get(rule.account, rule.region, rule.busName, rule.ruleName) as { n: number };
    return row.n;
  }

  /** Adds or replaces targets by Id, all or none; a replaced target keeps its place in the listing. */
  putTargets(rule: RuleKey, targets: Events.Target[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO events_targets (account, region, bus_name, rule_name, target_id, arn, target) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account, region, bus_name, rule_name, target_id) DO UPDATE SET arn = excluded.arn, target = excluded.target`,
    );
    this.targetCache.delete(cacheKey(rule));
    this.store.transaction(() => {
      for (const target of targets) upsert.run(rule.account, rule.region, rule.busName, rule.ruleName, target.Id, target.Arn, JSON.stringify(target));
    });
  }

  removeTargets(rule: RuleKey, ids: string[]): void {
    this.targetCache.delete(cacheKey(rule));
    const remove = this.db.prepare('DELETE FROM events_targets WHERE account = ? AND region = ? AND bus_name = ? AND rule_name = ? AND target_id = ?');
    this.store.transaction(() => {
      for (const id of ids) remove.run(rule.account, rule.region, rule.busName, rule.ruleName, id);
    });
  }

  forgetRule(rule: RuleKey): void {
    this.targetCache.delete(cacheKey(rule));
    this.db.prepare('DELETE FROM events_targets WHERE account = ? AND region = ? AND bus_name = ? AND rule_name = ?').run(rule.account, rule.region, rule.busName, rule.ruleName);
  }

  ruleNamesByTarget(account: string, region: string, busName: string, arn: string): string[] {
    const rows = this.db
      .prepare('SELECT DISTINCT rule_name FROM events_targets WHERE account = ? AND region = ? AND bus_name = ? AND arn = ? ORDER BY rule_name')
      .all(account, region, busName, arn) as Array<{ rule_name: string }>;
    return rows.map((row) => row.rule_name);
  }

  // --- connections

  connection(account: string, region: string, name: string): ConnectionRow | undefined {
    const row = this.db.prepare('SELECT * FROM events_connections WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as ConnectionSqlRow | undefined;
    return row && toConnection(row);
  }

  connectionByArn(arn: string): ConnectionRow | undefined {
    const row = this.db.prepare('SELECT * FROM events_connections WHERE arn = ?').get(arn) as ConnectionSqlRow | undefined;
    return row && toConnection(row);
  }

  connections(account: string, region: string): ConnectionRow[] {
    const rows = this.db.prepare('SELECT * FROM events_connections WHERE account = ? AND region = ? ORDER BY name').all(account, region) as ConnectionSqlRow[];
    return rows.map(toConnection);
  }

  saveConnection(row: ConnectionRow): void {
    this.db
      .prepare(
        `INSERT INTO events_connections (account, region, name, arn, secret_arn, authorization_type, state, state_reason, description, auth, kms_key_identifier, created_at, modified_at, authorized_at)
         VALUES (@account, @region, @name, @arn, @secretArn, @authorizationType, @state, @stateReason, @description, @auth, @kmsKeyIdentifier, @createdAt, @modifiedAt, @authorizedAt)
         ON CONFLICT (account, region, name) DO UPDATE SET authorization_type = excluded.authorization_type, state = excluded.state,
           state_reason = excluded.state_reason, description = excluded.description, auth = excluded.auth,
           kms_key_identifier = excluded.kms_key_identifier, modified_at = excluded.modified_at, authorized_at = excluded.authorized_at`,
      )
      .run({
        ...row,
        stateReason: row.stateReason ?? null,
        description: row.description ?? null,
        auth: JSON.stringify(row.auth),
        kmsKeyIdentifier: row.kmsKeyIdentifier ?? null,
        authorizedAt: row.authorizedAt ?? null,
      });
  }

  deleteConnection(account: string, region: string, name: string): void {
    this.db.prepare('DELETE FROM events_connections WHERE account = ? AND region = ? AND name = ?').run(account, region, name);
  }

  // --- API destinations

  apiDestination(account: string, region: string, name: string): ApiDestinationRow | undefined {
    const row = this.db.prepare('SELECT * FROM events_api_destinations WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as ApiDestinationSqlRow | undefined;
    return row && toApiDestination(row);
  }

  apiDestinationByArn(arn: string): ApiDestinationRow | undefined {
    const row = this.db.prepare('SELECT * FROM events_api_destinations WHERE arn = ?').get(arn) as ApiDestinationSqlRow | undefined;
    return row && toApiDestination(row);
  }

  apiDestinations(account: string, region: string): ApiDestinationRow[] {
    const rows = this.db.prepare('SELECT * FROM events_api_destinations WHERE account = ? AND region = ? ORDER BY name').all(account, region) as ApiDestinationSqlRow[];
    return rows.map(toApiDestination);
  }

  apiDestinationsUsing(connectionArn: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM events_api_destinations WHERE connection_arn = ?').get(connectionArn) as { n: number }).n;
  }

  saveApiDestination(row: ApiDestinationRow): void {
    this.db
      .prepare(
        `INSERT INTO events_api_destinations (account, region, name, arn, connection_arn, endpoint, http_method, rate_limit, description, state, created_at, modified_at)
         VALUES (@account, @region, @name, @arn, @connectionArn, @endpoint, @httpMethod, @rateLimit, @description, @state, @createdAt, @modifiedAt)
         ON CONFLICT (account, region, name) DO UPDATE SET connection_arn = excluded.connection_arn, endpoint = excluded.endpoint,
           http_method = excluded.http_method, rate_limit = excluded.rate_limit, description = excluded.description,
           state = excluded.state, modified_at = excluded.modified_at`,
      )
      .run({ ...row, rateLimit: row.rateLimit ?? null, description: row.description ?? null });
  }

  deleteApiDestination(account: string, region: string, name: string): void {
    this.db.prepare('DELETE FROM events_api_destinations WHERE account = ? AND region = ? AND name = ?').run(account, region, name);
  }

  // --- deliveries recorded for targets Nimbus does not run

  recordDelivery(delivery: RecordedDelivery): void {
    this.store.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO events_recorded_deliveries (account, region, target_arn, source_arn, input, details, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(delivery.account, delivery.region, delivery.targetArn, delivery.sourceArn, delivery.input, JSON.stringify(delivery.details), delivery.deliveredAt);
      this.db.prepare('DELETE FROM events_recorded_deliveries WHERE seq <= ?').run(Number(lastInsertRowid) - RECORDED_DELIVERIES_KEPT);
    });
  }

  recordedDeliveries(filter: { targetArn?: string } = {}): RecordedDelivery[] {
    const rows = (
      filter.targetArn
        ? this.db.prepare('SELECT * FROM events_recorded_deliveries WHERE target_arn = ? ORDER BY seq').all(filter.targetArn)
        : this.db.prepare('SELECT * FROM events_recorded_deliveries ORDER BY seq').all()
    ) as Array<{ account: string; region: string; target_arn: string; source_arn: string; input: string; details: string; delivered_at: number }>;
    return rows.map((row) => ({
      account: row.account,
      region: row.region,
      targetArn: row.target_arn,
      sourceArn: row.source_arn,
      input: row.input,
      details: JSON.parse(row.details) as Record<string, unknown>,
      deliveredAt: row.delivered_at,
    }));
  }
}
