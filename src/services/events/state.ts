import type { Store } from '../../core/store.js';

/**
 * EventBridge's bus/rule side tables, as ordered migrations (Store.ensureSchema('events', ...));
 * never edit one that has shipped. The target side keeps its own tables (targets/).
 */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS events_buses (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, arn TEXT NOT NULL,
     document TEXT NOT NULL, policy TEXT, tags TEXT NOT NULL, created_at INTEGER NOT NULL, modified_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  'CREATE UNIQUE INDEX IF NOT EXISTS events_buses_arn ON events_buses (arn)',
  `CREATE TABLE IF NOT EXISTS events_rules (
     account TEXT NOT NULL, region TEXT NOT NULL, bus TEXT NOT NULL, name TEXT NOT NULL, arn TEXT NOT NULL,
     event_pattern TEXT, schedule TEXT, state TEXT NOT NULL, document TEXT NOT NULL, tags TEXT NOT NULL,
     created_at INTEGER NOT NULL, schedule_anchor INTEGER NOT NULL,
     PRIMARY KEY (account, region, bus, name)
   )`,
  'CREATE UNIQUE INDEX IF NOT EXISTS events_rules_arn ON events_rules (arn)',
  'CREATE INDEX IF NOT EXISTS events_rules_schedule ON events_rules (schedule) WHERE schedule IS NOT NULL',
  `CREATE TABLE IF NOT EXISTS events_archives (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, arn TEXT NOT NULL, source_arn TEXT NOT NULL,
     event_pattern TEXT, retention_days INTEGER NOT NULL, document TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  'CREATE INDEX IF NOT EXISTS events_archives_source ON events_archives (source_arn)',
  `CREATE TABLE IF NOT EXISTS events_archived_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT, archive_arn TEXT NOT NULL, event_time INTEGER NOT NULL,
     archived_at INTEGER NOT NULL, size INTEGER NOT NULL, event TEXT NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS events_archived_events_time ON events_archived_events (archive_arn, event_time, seq)',
  'CREATE INDEX IF NOT EXISTS events_archived_events_age ON events_archived_events (archive_arn, archived_at)',
  `CREATE TABLE IF NOT EXISTS events_replays (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, arn TEXT NOT NULL, source_arn TEXT NOT NULL,
     state TEXT NOT NULL, document TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS events_endpoints (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, arn TEXT NOT NULL, document TEXT NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  // A partner's event source (the partner's account) and its copy in the customer's account.
  `CREATE TABLE IF NOT EXISTS events_partner_sources (
     region TEXT NOT NULL, name TEXT NOT NULL, partner_account TEXT NOT NULL, customer_account TEXT NOT NULL,
     state TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER,
     PRIMARY KEY (region, name, customer_account)
   )`,
];

export type RuleState = 'ENABLED' | 'DISABLED' | 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS';

export interface BusRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  /** Description, KmsKeyIdentifier, DeadLetterConfig, LogConfig, EventSourceName. */
  document: BusDocument;
  policy: string | null;
  tags: Record<string, string>;
  createdAt: number;
  modifiedAt: number;
}

export interface BusDocument {
  Description?: string;
  KmsKeyIdentifier?: string;
  DeadLetterConfig?: { Arn?: string };
  LogConfig?: { IncludeDetail?: string; Level?: string };
  EventSourceName?: string;
}

export interface RuleRow {
  account: string;
  region: string;
  bus: string;
  name: string;
  arn: string;
  eventPattern: string | null;
  schedule: string | null;
  state: RuleState;
  document: { Description?: string; RoleArn?: string; ManagedBy?: string; CreatedBy: string };
  tags: Record<string, string>;
  createdAt: number;
  /** When the schedule's periods are counted from (PutRule time of the schedule). */
  scheduleAnchor: number;
}

export interface ArchiveRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  sourceArn: string;
  eventPattern: string | null;
  retentionDays: number;
  document: { Description?: string; KmsKeyIdentifier?: string; State: string };
  createdAt: number;
}

export interface ReplayDocument {
  Description?: string;
  Destination: { Arn: string; FilterArns?: string[] };
  EventStartTime: number;
  EventEndTime: number;
  ReplayStartTime: number;
  ReplayEndTime?: number;
  EventLastReplayedTime?: number;
  StateReason?: string;
  /** The archived event (seq) the replay goes on after. */
  afterSeq: number;
}

export interface ReplayRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  sourceArn: string;
  state: string;
  document: ReplayDocument;
  createdAt: number;
}

export interface EndpointRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  document: Record<string, unknown>;
}

export interface PartnerSourceRow {
  region: string;
  name: string;
  partnerAccount: string;
  customerAccount: string;
  state: 'PENDING' | 'ACTIVE' | 'DELETED';
  createdAt: number;
  expiresAt: number | null;
}

interface BusRecord { account: string; region: string; name: string; arn: string; document: string; policy: string | null; tags: string; created_at: number; modified_at: number }
interface RuleRecord {
  account: string; region: string; bus: string; name: string; arn: string; event_pattern: string | null; schedule: string | null;
  state: string; document: string; tags: string; created_at: number; schedule_anchor: number;
}
interface ArchiveRecord { account: string; region: string; name: string; arn: string; source_arn: string; event_pattern: string | null; retention_days: number; document: string; created_at: number }
interface ReplayRecord { account: string; region: string; name: string; arn: string; source_arn: string; state: string; document: string; created_at: number }
interface EndpointRecord { account: string; region: string; name: string; arn: string; document: string }
interface PartnerSourceRecord { region: string; name: string; partner_account: string; customer_account: string; state: string; created_at: number; expires_at: number | null }

const toBus = (r: BusRecord): BusRow => ({
  account: r.account, region: r.region, name: r.name, arn: r.arn, document: JSON.parse(r.document), policy: r.policy, tags: JSON.parse(r.tags), createdAt: r.created_at, modifiedAt: r.modified_at,
});
const toRule = (r: RuleRecord): RuleRow => ({
  account: r.account, region: r.region, bus: r.bus, name: r.name, arn: r.arn, eventPattern: r.event_pattern, schedule: r.schedule,
  state: r.state as RuleState, document: JSON.parse(r.document), tags: JSON.parse(r.tags), createdAt: r.created_at, scheduleAnchor: r.schedule_anchor,
});
const toArchive = (r: ArchiveRecord): ArchiveRow => ({
  account: r.account, region: r.region, name: r.name, arn: r.arn, sourceArn: r.source_arn, eventPattern: r.event_pattern, retentionDays: r.retention_days, document: JSON.parse(r.document), createdAt: r.created_at,
});
const toReplay = (r: ReplayRecord): ReplayRow => ({
  account: r.account, region: r.region, name: r.name, arn: r.arn, sourceArn: r.source_arn, state: r.state, document: JSON.parse(r.document), createdAt: r.created_at,
});
const toEndpoint = (r: EndpointRecord): EndpointRow => ({ account: r.account, region: r.region, name: r.name, arn: r.arn, document: JSON.parse(r.document) });
const toPartnerSource = (r: PartnerSourceRecord): PartnerSourceRow => ({
  region: r.region, name: r.name, partnerAccount: r.partner_account, customerAccount: r.customer_account, state: r.state as PartnerSourceRow['state'], createdAt: r.created_at, expiresAt: r.expires_at,
});

/** Every SQL statement the bus/rule side of EventBridge runs. */
export class EventsState {
  private readonly s;

  constructor(private readonly store: Store) {
    store.ensureSchema('events', [SCHEMA_V1]);
    const db = store.db;
    this.s = {
      bus: db.prepare<[string, string, string], BusRecord>('SELECT * FROM events_buses WHERE account = ? AND region = ? AND name = ?'),
      buses: db.prepare<[string, string], BusRecord>('SELECT * FROM events_buses WHERE account = ? AND region = ? ORDER BY name'),
      insertBus: db.prepare(
        'INSERT OR IGNORE INTO events_buses (account, region, name, arn, document, policy, tags, created_at, modified_at) VALUES (@account, @region, @name, @arn, @document, @policy, @tags, @createdAt, @modifiedAt)',
      ),
      updateBus: db.prepare('UPDATE events_buses SET document = ?, policy = ?, tags = ?, modified_at = ? WHERE arn = ?'),
      deleteBus: db.prepare('DELETE FROM events_buses WHERE account = ? AND region = ? AND name = ?'),
      busByArn: db.prepare<[string], BusRecord>('SELECT * FROM events_buses WHERE arn = ?'),
      rule: db.prepare<[string, string, string, string], RuleRecord>('SELECT * FROM events_rules WHERE account = ? AND region = ? AND bus = ? AND name = ?'),
      ruleByArn: db.prepare<[string], RuleRecord>('SELECT * FROM events_rules WHERE arn = ?'),
      rulesOfBus: db.prepare<[string, string, string], RuleRecord>('SELECT * FROM events_rules WHERE account = ? AND region = ? AND bus = ? ORDER BY name'),
      scheduledRules: db.prepare<[], RuleRecord>('SELECT * FROM events_rules WHERE schedule IS NOT NULL'),
      upsertRule: db.prepare(
        `INSERT INTO events_rules (account, region, bus, name, arn, event_pattern, schedule, state, document, tags, created_at, schedule_anchor)
         VALUES (@account, @region, @bus, @name, @arn, @eventPattern, @schedule, @state, @document, @tags, @createdAt, @scheduleAnchor)
         ON CONFLICT (account, region, bus, name) DO UPDATE SET event_pattern = excluded.event_pattern, schedule = excluded.schedule,
           state = excluded.state, document = excluded.document, tags = excluded.tags, schedule_anchor = excluded.schedule_anchor`,
      ),
      setRuleState: db.prepare('UPDATE events_rules SET state = ? WHERE arn = ?'),
      setRuleTags: db.prepare('UPDATE events_rules SET tags = ? WHERE arn = ?'),
      deleteRule: db.prepare('DELETE FROM events_rules WHERE arn = ?'),
      archive: db.prepare<[string, string, string], ArchiveRecord>('SELECT * FROM events_archives WHERE account = ? AND region = ? AND name = ?'),
      archiveByArn: db.prepare<[string], ArchiveRecord>('SELECT * FROM events_archives WHERE arn = ?'),
      archives: db.prepare<[string, string], ArchiveRecord>('SELECT * FROM events_archives WHERE account = ? AND region = ? ORDER BY name'),
      allArchives: db.prepare<[], ArchiveRecord>('SELECT * FROM events_archives'),
      insertArchive: db.prepare(
        'INSERT INTO events_archives (account, region, name, arn, source_arn, event_pattern, retention_days, document, created_at) VALUES (@account, @region, @name, @arn, @sourceArn, @eventPattern, @retentionDays, @document, @createdAt)',
      ),
      updateArchive: db.prepare('UPDATE events_archives SET event_pattern = ?, retention_days = ?, document = ? WHERE arn = ?'),
      deleteArchive: db.prepare('DELETE FROM events_archives WHERE arn = ?'),
      deleteArchivedEvents: db.prepare('DELETE FROM events_archived_events WHERE archive_arn = ?'),
      archiveEvent: db.prepare('INSERT INTO events_archived_events (archive_arn, event_time, archived_at, size, event) VALUES (?, ?, ?, ?, ?)'),
      archiveStats: db.prepare<[string], { count: number; size: number | null }>('SELECT COUNT(*) AS count, SUM(size) AS size FROM events_archived_events WHERE archive_arn = ?'),
      expireArchived: db.prepare('DELETE FROM events_archived_events WHERE archive_arn = ? AND archived_at < ?'),
      archivedEvents: db.prepare<[string, number, number, number, number], { seq: number; event_time: number; event: string }>(
        'SELECT seq, event_time, event FROM events_archived_events WHERE archive_arn = ? AND event_time >= ? AND event_time <= ? AND seq > ? ORDER BY seq LIMIT ?',
      ),
      replay: db.prepare<[string, string, string], ReplayRecord>('SELECT * FROM events_replays WHERE account = ? AND region = ? AND name = ?'),
      replays: db.prepare<[string, string], ReplayRecord>('SELECT * FROM events_replays WHERE account = ? AND region = ? ORDER BY name'),
      activeReplays: db.prepare<[], ReplayRecord>("SELECT * FROM events_replays WHERE state IN ('STARTING', 'RUNNING', 'CANCELLING')"),
      insertReplay: db.prepare(
        'INSERT INTO events_replays (account, region, name, arn, source_arn, state, document, created_at) VALUES (@account, @region, @name, @arn, @sourceArn, @state, @document, @createdAt)',
      ),
      updateReplay: db.prepare('UPDATE events_replays SET state = ?, document = ? WHERE arn = ?'),
      endpoint: db.prepare<[string, string, string], EndpointRecord>('SELECT * FROM events_endpoints WHERE account = ? AND region = ? AND name = ?'),
      endpoints: db.prepare<[string, string], EndpointRecord>('SELECT * FROM events_endpoints WHERE account = ? AND region = ? ORDER BY name'),
      putEndpoint: db.prepare(
        'INSERT INTO events_endpoints (account, region, name, arn, document) VALUES (@account, @region, @name, @arn, @document) ON CONFLICT (account, region, name) DO UPDATE SET document = excluded.document',
      ),
      deleteEndpoint: db.prepare('DELETE FROM events_endpoints WHERE account = ? AND region = ? AND name = ?'),
      partnerSource: db.prepare<[string, string, string], PartnerSourceRecord>('SELECT * FROM events_partner_sources WHERE region = ? AND name = ? AND customer_account = ?'),
      partnerSourcesNamed: db.prepare<[string, string], PartnerSourceRecord>('SELECT * FROM events_partner_sources WHERE region = ? AND name = ? ORDER BY customer_account'),
      partnerSourcesOfPartner: db.prepare<[string, string], PartnerSourceRecord>('SELECT * FROM events_partner_sources WHERE region = ? AND partner_account = ? ORDER BY name, customer_account'),
      partnerSourcesOfCustomer: db.prepare<[string, string], PartnerSourceRecord>('SELECT * FROM events_partner_sources WHERE region = ? AND customer_account = ? ORDER BY name'),
      insertPartnerSource: db.prepare(
        'INSERT INTO events_partner_sources (region, name, partner_account, customer_account, state, created_at, expires_at) VALUES (@region, @name, @partnerAccount, @customerAccount, @state, @createdAt, @expiresAt)',
      ),
      setPartnerSourceState: db.prepare('UPDATE events_partner_sources SET state = ?, expires_at = ? WHERE region = ? AND name = ? AND customer_account = ?'),
      deletePartnerSource: db.prepare('DELETE FROM events_partner_sources WHERE region = ? AND name = ? AND customer_account = ?'),
    };
  }

  // Buses
  bus(account: string, region: string, name: string): BusRow | undefined {
    const row = this.s.bus.get(account, region, name);
    return row && toBus(row);
  }
  busByArn(arn: string): BusRow | undefined {
    const row = this.s.busByArn.get(arn);
    return row && toBus(row);
  }
  buses(account: string, region: string): BusRow[] {
    return this.s.buses.all(account, region).map(toBus);
  }
  /** Inserts a bus; false when one of that name exists already. */
  insertBus(bus: BusRow): boolean {
    return this.s.insertBus.run({ ...bus, document: JSON.stringify(bus.document), tags: JSON.stringify(bus.tags) }).changes === 1;
  }
  updateBus(bus: BusRow): void {
    this.s.updateBus.run(JSON.stringify(bus.document), bus.policy, JSON.stringify(bus.tags), bus.modifiedAt, bus.arn);
  }
  /** Deletes a bus and its rules. */
  deleteBus(account: string, region: string, name: string): void {
    this.store.db.transaction(() => {
      for (const rule of this.rulesOfBus(account, region, name)) this.s.deleteRule.run(rule.arn);
      this.s.deleteBus.run(account, region, name);
    })();
  }

  // Rules
  rule(account: string, region: string, bus: string, name: string): RuleRow | undefined {
    const row = this.s.rule.get(account, region, bus, name);
    return row && toRule(row);
  }
  ruleByArn(arn: string): RuleRow | undefined {
    const row = this.s.ruleByArn.get(arn);
    return row && toRule(row);
  }
  rulesOfBus(account: string, region: string, bus: string): RuleRow[] {
    return this.s.rulesOfBus.all(account, region, bus).map(toRule);
  }
  scheduledRules(): RuleRow[] {
    return this.s.scheduledRules.all().map(toRule);
  }
  putRule(rule: RuleRow): void {
    this.s.upsertRule.run({ ...rule, document: JSON.stringify(rule.document), tags: JSON.stringify(rule.tags) });
  }
  setRuleState(arn: string, state: RuleState): void {
    this.s.setRuleState.run(state, arn);
  }
  setRuleTags(arn: string, tags: Record<string, string>): void {
    this.s.setRuleTags.run(JSON.stringify(tags), arn);
  }
  deleteRule(arn: string): void {
    this.s.deleteRule.run(arn);
  }

  // Archives
  archive(account: string, region: string, name: string): ArchiveRow | undefined {
    const row = this.s.archive.get(account, region, name);
    return row && toArchive(row);
  }
  archiveByArn(arn: string): ArchiveRow | undefined {
    const row = this.s.archiveByArn.get(arn);
    return row && toArchive(row);
  }
  archives(account: string, region: string): ArchiveRow[] {
    return this.s.archives.all(account, region).map(toArchive);
  }
  allArchives(): ArchiveRow[] {
    return this.s.allArchives.all().map(toArchive);
  }
  insertArchive(archive: ArchiveRow): void {
    this.s.insertArchive.run({ ...archive, document: JSON.stringify(archive.document) });
  }
  updateArchive(archive: ArchiveRow): void {
    this.s.updateArchive.run(archive.eventPattern, archive.retentionDays, JSON.stringify(archive.document), archive.arn);
  }
  deleteArchive(arn: string): void {
    this.store.db.transaction(() => {
      this.s.deleteArchivedEvents.run(arn);
      this.s.deleteArchive.run(arn);
    })();
  }
  archiveEvent(archiveArn: string, eventTime: number, archivedAt: number, size: number, event: string): void {
    this.s.archiveEvent.run(archiveArn, eventTime, archivedAt, size, event);
  }
  archiveStats(archiveArn: string): { count: number; size: number } {
    const row = this.s.archiveStats.get(archiveArn)!;
    return { count: row.count, size: row.size ?? 0 };
  }
  expireArchivedEvents(archiveArn: string, archivedBefore: number): number {
    return this.s.expireArchived.run(archiveArn, archivedBefore).changes;
  }
  /** Archived events with start <= time <= end, after `afterSeq`, in archive order. */
  archivedEvents(archiveArn: string, start: number, end: number, afterSeq: number, limit: number): Array<{ seq: number; time: number; event: string }> {
    return this.s.archivedEvents.all(archiveArn, start, end, afterSeq, limit).map((r) => ({ seq: r.seq, time: r.event_time, event: r.event }));
  }

  // Replays
  replay(account: string, region: string, name: string): ReplayRow | undefined {
    const row = this.s.replay.get(account, region, name);
    return row && toReplay(row);
  }
  replays(account: string, region: string): ReplayRow[] {
    return this.s.replays.all(account, region).map(toReplay);
  }
  activeReplays(): ReplayRow[] {
    return this.s.activeReplays.all().map(toReplay);
  }
  insertReplay(replay: ReplayRow): void {
    this.s.insertReplay.run({ ...replay, document: JSON.stringify(replay.document) });
  }
  updateReplay(replay: ReplayRow): void {
    this.s.updateReplay.run(replay.state, JSON.stringify(replay.document), replay.arn);
  }

  // Global endpoints
  endpoint(account: string, region: string, name: string): EndpointRow | undefined {
    const row = this.s.endpoint.get(account, region, name);
    return row && toEndpoint(row);
  }
  endpoints(account: string, region: string): EndpointRow[] {
    return this.s.endpoints.all(account, region).map(toEndpoint);
  }
  putEndpoint(endpoint: EndpointRow): void {
    this.s.putEndpoint.run({ ...endpoint, document: JSON.stringify(endpoint.document) });
  }
  deleteEndpoint(account: string, region: string, name: string): void {
    this.s.deleteEndpoint.run(account, region, name);
  }

  // Partner event sources
  partnerSource(region: string, name: string, customerAccount: string): PartnerSourceRow | undefined {
    const row = this.s.partnerSource.get(region, name, customerAccount);
    return row && toPartnerSource(row);
  }
  partnerSourcesNamed(region: string, name: string): PartnerSourceRow[] {
    return this.s.partnerSourcesNamed.all(region, name).map(toPartnerSource);
  }
  partnerSourcesOfPartner(region: string, partnerAccount: string): PartnerSourceRow[] {
    return this.s.partnerSourcesOfPartner.all(region, partnerAccount).map(toPartnerSource);
  }
  partnerSourcesOfCustomer(region: string, customerAccount: string): PartnerSourceRow[] {
    return this.s.partnerSourcesOfCustomer.all(region, customerAccount).map(toPartnerSource);
  }
  insertPartnerSource(source: PartnerSourceRow): void {
    this.s.insertPartnerSource.run(source);
  }
  setPartnerSourceState(source: PartnerSourceRow): void {
    this.s.setPartnerSourceState.run(source.state, source.expiresAt, source.region, source.name, source.customerAccount);
  }
  deletePartnerSource(region: string, name: string, customerAccount: string): void {
    this.s.deletePartnerSource.run(region, name, customerAccount);
  }
}
