import type { CallerIdentity } from '../../core/identity.js';
import type { Store } from '../../core/store.js';

/**
 * STS's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped.
 * sts_sessions holds every temporary credential issued (AssumeRole*, GetSessionToken,
 * GetFederationToken, service sessions): a row is the identity its key resolves to, kept until
 * the sweep removes it some time after it expired. It is STS's wake table: with rows, STS starts
 * with Nimbus so the keys resolve after a restart.
 */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS sts_sessions (
     access_key_id TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     kind TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     identity TEXT NOT NULL,
     details TEXT NOT NULL,
     created_at INTEGER NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS sts_sessions_expiry ON sts_sessions (expires_at)',
];

/** What a session knows beyond the identity it resolves to (for role chaining and service sessions). */
export interface SessionDetails {
  /** Tag keys that pass on to sessions this one assumes (role chaining), lowercased. */
  transitiveTagKeys: string[];
  sourceIdentity?: string;
  /** The service principal a service session (credentialsForService) was issued to. */
  servicePrincipal?: string;
  /** Session name, for service sessions reused while they live. */
  sessionName?: string;
}

export interface SessionRow {
  identity: CallerIdentity;
  details: SessionDetails;
  createdAt: number;
}

export class StsState {
  constructor(private readonly store: Store) {
    store.ensureSchema('sts', [SCHEMA_V1]);
  }

  insertSession(row: SessionRow): void {
    const { identity } = row;
    this.store
      .statement('INSERT INTO sts_sessions (access_key_id, account, kind, expires_at, identity, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(identity.accessKeyId, identity.account, identity.kind, identity.expiresAt ?? 0, JSON.stringify(identity), JSON.stringify(row.details), row.createdAt);
  }

  /** Every stored session, to build the resolver's map when STS starts. */
  allSessions(): SessionRow[] {
    const rows = this.store.statement('SELECT identity, details, created_at FROM sts_sessions').all() as Array<{ identity: string; details: string; created_at: number }>;
    return rows.map((r) => ({ identity: JSON.parse(r.identity) as CallerIdentity, details: JSON.parse(r.details) as SessionDetails, createdAt: r.created_at }));
  }

  /** Removes sessions that expired at or before `before`; returns their keys. */
  deleteExpiredBefore(before: number): string[] {
    const keys = (this.store.statement('SELECT access_key_id FROM sts_sessions WHERE expires_at <= ?').all(before) as Array<{ access_key_id: string }>).map((r) => r.access_key_id);
    if (keys.length > 0) this.store.statement('DELETE FROM sts_sessions WHERE expires_at <= ?').run(before);
    return keys;
  }

  /** The earliest expiry stored, for the next sweep. */
  earliestExpiry(): number | undefined {
    const row = this.store.statement('SELECT MIN(expires_at) AS at FROM sts_sessions').get() as { at: number | null };
    return row.at ?? undefined;
  }
}
