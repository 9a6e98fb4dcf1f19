import type { Store } from '../../core/store.js';

/** SNS's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS sns_topics (
     arn TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     attributes TEXT NOT NULL,
     tags TEXT NOT NULL,
     sequence INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS sns_topics_scope ON sns_topics (account, region, arn)',
  `CREATE TABLE IF NOT EXISTS sns_subscriptions (
     arn TEXT PRIMARY KEY,
     topic_arn TEXT NOT NULL,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     owner TEXT NOT NULL,
     protocol TEXT NOT NULL,
     endpoint TEXT NOT NULL,
     attributes TEXT NOT NULL,
     confirmed INTEGER NOT NULL,
     token TEXT,
     created_at INTEGER NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS sns_subscriptions_topic ON sns_subscriptions (topic_arn, arn)',
  'CREATE INDEX IF NOT EXISTS sns_subscriptions_scope ON sns_subscriptions (account, region, arn)',
  `CREATE TABLE IF NOT EXISTS sns_dedup (
     topic_arn TEXT NOT NULL,
     dedup_id TEXT NOT NULL,
     message_id TEXT NOT NULL,
     sequence_number TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (topic_arn, dedup_id)
   )`,
  // The key and certificate deliveries are signed with: one per Nimbus, kept so signatures stay verifiable.
  'CREATE TABLE IF NOT EXISTS sns_signing (id INTEGER PRIMARY KEY CHECK (id = 1), key_pem TEXT NOT NULL, cert_pem TEXT NOT NULL, cert_id TEXT NOT NULL)',
];

/** V2: SMS settings, opt-outs and sandbox numbers; platform applications and endpoints; what was "sent". */
const SCHEMA_V2 = [
  'CREATE TABLE IF NOT EXISTS sns_sms_attributes (account TEXT NOT NULL, region TEXT NOT NULL, attributes TEXT NOT NULL, PRIMARY KEY (account, region))',
  `CREATE TABLE IF NOT EXISTS sns_sms_opt_outs (
     account TEXT NOT NULL, region TEXT NOT NULL, phone TEXT NOT NULL,
     opted_out INTEGER NOT NULL, opted_in_at INTEGER, PRIMARY KEY (account, region, phone)
   )`,
  `CREATE TABLE IF NOT EXISTS sns_sms_sandbox (
     account TEXT NOT NULL, region TEXT NOT NULL, phone TEXT NOT NULL,
     status TEXT NOT NULL, otp TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (account, region, phone)
   )`,
  `CREATE TABLE IF NOT EXISTS sns_platform_applications (
     arn TEXT PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, platform TEXT NOT NULL, attributes TEXT NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS sns_platform_applications_scope ON sns_platform_applications (account, region, arn)',
  `CREATE TABLE IF NOT EXISTS sns_platform_endpoints (
     arn TEXT PRIMARY KEY, application_arn TEXT NOT NULL, token TEXT NOT NULL, attributes TEXT NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS sns_platform_endpoints_application ON sns_platform_endpoints (application_arn, arn)',
  'CREATE INDEX IF NOT EXISTS sns_platform_endpoints_token ON sns_platform_endpoints (application_arn, token)',
  `CREATE TABLE IF NOT EXISTS sns_sent_messages (
     seq INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, region TEXT NOT NULL, protocol TEXT NOT NULL, endpoint TEXT NOT NULL,
     message_id TEXT NOT NULL, subject TEXT, message TEXT NOT NULL, sent_at INTEGER NOT NULL, details TEXT NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS sns_sent_messages_endpoint ON sns_sent_messages (protocol, endpoint, seq)',
];

export interface TopicRow {
  arn: string;
  account: string;
  region: string;
  name: string;
  attributes: Record<string, string>;
  tags: Record<string, string>;
  sequence: number;
  createdAt: number;
}

export interface SubscriptionRow {
  arn: string;
  topicArn: string;
  account: string;
  region: string;
  owner: string;
  protocol: string;
  endpoint: string;
  attributes: Record<string, string>;
  confirmed: boolean;
  token: string | null;
  createdAt: number;
}

interface TopicRecord { arn: string; account: string; region: string; name: string; attributes: string; tags: string; sequence: number; created_at: number }
interface SubscriptionRecord {
  arn: string; topic_arn: string; account: string; region: string; owner: string; protocol: string; endpoint: string;
  attributes: string; confirmed: number; token: string | null; created_at: number;
}

const toTopic = (r: TopicRecord): TopicRow => ({
  arn: r.arn, account: r.account, region: r.region, name: r.name, attributes: JSON.parse(r.attributes), tags: JSON.parse(r.tags), sequence: r.sequence, createdAt: r.created_at,
});
const toSubscription = (r: SubscriptionRecord): SubscriptionRow => ({
  arn: r.arn, topicArn: r.topic_arn, account: r.account, region: r.region, owner: r.owner, protocol: r.protocol, endpoint: r.endpoint,
  attributes: JSON.parse(r.attributes), confirmed: r.confirmed === 1, token: r.token, createdAt: r.created_at,
});

/** SNS's storage: every SQL statement SNS runs lives here. */
export class SnsState {
  private readonly statements;

  constructor(store: Store) {
    store.ensureSchema('sns', [SCHEMA_V1, SCHEMA_V2]);
    const db = store.db;
    this.statements = {
      topic: db.prepare<[string], TopicRecord>('SELECT * FROM sns_topics WHERE arn = ?'),
      topicsAfter: db.prepare<[string, string, string, number], TopicRecord>(
        'SELECT * FROM sns_topics WHERE account = ? AND region = ? AND arn > ? ORDER BY arn LIMIT ?',
      ),
      insertTopic: db.prepare('INSERT INTO sns_topics (arn, account, region, name, attributes, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      updateTopicAttributes: db.prepare('UPDATE sns_topics SET attributes = ? WHERE arn = ?'),
      updateTopicTags: db.prepare('UPDATE sns_topics SET tags = ? WHERE arn = ?'),
      nextSequence: db.prepare<[string], { sequence: number }>('UPDATE sns_topics SET sequence = sequence + 1 WHERE arn = ? RETURNING sequence'),
      deleteTopic: db.prepare('DELETE FROM sns_topics WHERE arn = ?'),
      deleteTopicSubscriptions: db.prepare('DELETE FROM sns_subscriptions WHERE topic_arn = ?'),
      deleteTopicDedup: db.prepare('DELETE FROM sns_dedup WHERE topic_arn = ?'),
      subscription: db.prepare<[string], SubscriptionRecord>('SELECT * FROM sns_subscriptions WHERE arn = ?'),
      subscriptionsOfTopic: db.prepare<[string], SubscriptionRecord>('SELECT * FROM sns_subscriptions WHERE topic_arn = ? ORDER BY arn'),
      subscriptionsOfTopicAfter: db.prepare<[string, string, number], SubscriptionRecord>(
        'SELECT * FROM sns_subscriptions WHERE topic_arn = ? AND arn > ? ORDER BY arn LIMIT ?',
      ),
      subscriptionsAfter: db.prepare<[string, string, string, number], SubscriptionRecord>(
        'SELECT * FROM sns_subscriptions WHERE account = ? AND region = ? AND arn > ? ORDER BY arn LIMIT ?',
      ),
      insertSubscription: db.prepare(
        `INSERT INTO sns_subscriptions (arn, topic_arn, account, region, owner, protocol, endpoint, attributes, confirmed, token, created_at)
         VALUES (@arn, @topicArn, @account, @region, @owner, @protocol, @endpoint, @attributes, @confirmed, @token, @createdAt)`,
      ),
      updateSubscriptionAttributes: db.prepare('UPDATE sns_subscriptions SET attributes = ? WHERE arn = ?'),
      confirmSubscription: db.prepare('UPDATE sns_subscriptions SET confirmed = 1 WHERE arn = ?'),
      deleteSubscription: db.prepare('DELETE FROM sns_subscriptions WHERE arn = ?'),
      dedup: db.prepare<[string, string], { message_id: string; sequence_number: string; expires_at: number }>(
        'SELECT message_id, sequence_number, expires_at FROM sns_dedup WHERE topic_arn = ? AND dedup_id = ?',
      ),
      putDedup: db.prepare(
        `INSERT INTO sns_dedup (topic_arn, dedup_id, message_id, sequence_number, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (topic_arn, dedup_id) DO UPDATE SET message_id = excluded.message_id, sequence_number = excluded.sequence_number, expires_at = excluded.expires_at`,
      ),
      dropExpiredDedup: db.prepare('DELETE FROM sns_dedup WHERE topic_arn = ? AND expires_at <= ?'),
      signing: db.prepare<[], { key_pem: string; cert_pem: string; cert_id: string }>('SELECT key_pem, cert_pem, cert_id FROM sns_signing WHERE id = 1'),
      putSigning: db.prepare('INSERT OR IGNORE INTO sns_signing (id, key_pem, cert_pem, cert_id) VALUES (1, ?, ?, ?)'),
    };
    this.deleteTopicTx = db.transaction((arn: string) => {
      this.statements.deleteTopic.run(arn);
      this.statements.deleteTopicSubscriptions.run(arn);
      this.statements.deleteTopicDedup.run(arn);
    });
  }

  private readonly deleteTopicTx: (arn: string) => void;

  topic(arn: string): TopicRow | undefined {
    const record = this.statements.topic.get(arn);
    return record && toTopic(record);
  }

  /** Topics of an account and region after an ARN, in ARN order. */
  topicsAfter(account: string, region: string, after: string, limit: number): TopicRow[] {
    return this.statements.topicsAfter.all(account, region, after, limit).map(toTopic);
  }

  insertTopic(topic: Omit<TopicRow, 'sequence'>): void {
    this.statements.insertTopic.run(topic.arn, topic.account, topic.region, topic.name, JSON.stringify(topic.attributes), JSON.stringify(topic.tags), topic.createdAt);
  }

  setTopicAttributes(arn: string, attributes: Record<string, string>): void {
    this.statements.updateTopicAttributes.run(JSON.stringify(attributes), arn);
  }

  setTopicTags(arn: string, tags: Record<string, string>): void {
    this.statements.updateTopicTags.run(JSON.stringify(tags), arn);
  }

  /** The topic's next FIFO sequence number (kept in the store: a restart continues it). */
  nextSequence(arn: string): number {
    return this.statements.nextSequence.get(arn)?.sequence ?? 0;
  }

  /** Deletes a topic with its subscriptions and deduplication entries. */
  deleteTopic(arn: string): void {
    this.deleteTopicTx(arn);
  }

  subscription(arn: string): SubscriptionRow | undefined {
    const record = this.statements.subscription.get(arn);
    return record && toSubscription(record);
  }

  subscriptionsOf(topicArn: string): SubscriptionRow[] {
    return this.statements.subscriptionsOfTopic.all(topicArn).map(toSubscription);
  }

  subscriptionsOfTopicAfter(topicArn: string, after: string, limit: number): SubscriptionRow[] {
    return this.statements.subscriptionsOfTopicAfter.all(topicArn, after, limit).map(toSubscription);
  }

  subscriptionsAfter(account: string, region: string, after: string, limit: number): SubscriptionRow[] {
    return this.statements.subscriptionsAfter.all(account, region, after, limit).map(toSubscription);
  }

  insertSubscription(row: SubscriptionRow): void {
    this.statements.insertSubscription.run({ ...row, attributes: JSON.stringify(row.attributes), confirmed: row.confirmed ? 1 : 0 });
  }

  setSubscriptionAttributes(arn: string, attributes: Record<string, string>): void {
    this.statements.updateSubscriptionAttributes.run(JSON.stringify(attributes), arn);
  }

  confirmSubscription(arn: string): void {
    this.statements.confirmSubscription.run(arn);
  }

  deleteSubscription(arn: string): void {
    this.statements.deleteSubscription.run(arn);
  }

  /** A FIFO topic's earlier publish with this deduplication id, while its 5-minute window lasts. */
  dedup(topicArn: string, dedupId: string, now: number): { messageId: string; sequenceNumber: string } | undefined {
    this.statements.dropExpiredDedup.run(topicArn, now);
    const row = this.statements.dedup.get(topicArn, dedupId);
    return row && row.expires_at > now ? { messageId: row.message_id, sequenceNumber: row.sequence_number } : undefined;
  }

  putDedup(topicArn: string, dedupId: string, messageId: string, sequenceNumber: string, expiresAt: number): void {
    this.statements.putDedup.run(topicArn, dedupId, messageId, sequenceNumber, expiresAt);
  }

  signing(): { keyPem: string; certPem: string; certId: string } | undefined {
    const row = this.statements.signing.get();
    return row && { keyPem: row.key_pem, certPem: row.cert_pem, certId: row.cert_id };
  }

  /** Keeps the first key stored (a race loses to it). */
  putSigning(keyPem: string, certPem: string, certId: string): void {
    this.statements.putSigning.run(keyPem, certPem, certId);
  }
}

export interface PlatformApplicationRow { arn: string; account: string; region: string; name: string; platform: string; attributes: Record<string, string> }
export interface PlatformEndpointRow { arn: string; applicationArn: string; token: string; attributes: Record<string, string> }
export interface SandboxNumberRow { phone: string; status: 'Pending' | 'Verified'; otp: string; createdAt: number }
export interface SentMessageRow {
  seq: number; account: string; region: string; protocol: string; endpoint: string;
  messageId: string; subject?: string; message: string; sentAt: number; details: Record<string, unknown>;
}

interface SentMessageRecord { seq: number; account: string; region: string; protocol: string; endpoint: string; message_id: string; subject: string | null; message: string; sent_at: number; details: string }

/** The storage of SMS, mobile push and recorded deliveries (schema V2). */
export class SnsMessagingState {
  private readonly statements;

  constructor(store: Store) {
    const db = store.db;
    this.statements = {
      smsAttributes: db.prepare<[string, string], { attributes: string }>('SELECT attributes FROM sns_sms_attributes WHERE account = ? AND region = ?'),
      putSmsAttributes: db.prepare(
        'INSERT INTO sns_sms_attributes (account, region, attributes) VALUES (?, ?, ?) ON CONFLICT (account, region) DO UPDATE SET attributes = excluded.attributes',
      ),
      optOut: db.prepare<[string, string, string], { opted_out: number; opted_in_at: number | null }>(
        'SELECT opted_out, opted_in_at FROM sns_sms_opt_outs WHERE account = ? AND region = ? AND phone = ?',
      ),
      putOptOut: db.prepare(
        `INSERT INTO sns_sms_opt_outs (account, region, phone, opted_out, opted_in_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account, region, phone) DO UPDATE SET opted_out = excluded.opted_out, opted_in_at = COALESCE(excluded.opted_in_at, sns_sms_opt_outs.opted_in_at)`,
      ),
      optedOutAfter: db.prepare<[string, string, string, number], { phone: string }>(
        'SELECT phone FROM sns_sms_opt_outs WHERE account = ? AND region = ? AND opted_out = 1 AND phone > ? ORDER BY phone LIMIT ?',
      ),
      sandboxNumber: db.prepare<[string, string, string], { phone: string; status: string; otp: string; created_at: number }>(
        'SELECT phone, status, otp, created_at FROM sns_sms_sandbox WHERE account = ? AND region = ? AND phone = ?',
      ),
      sandboxCount: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM sns_sms_sandbox WHERE account = ? AND region = ?'),
      putSandboxNumber: db.prepare(
        `INSERT INTO sns_sms_sandbox (account, region, phone, status, otp, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (account, region, phone) DO UPDATE SET status = excluded.status, otp = excluded.otp, created_at = excluded.created_at`,
      ),
      deleteSandboxNumber: db.prepare('DELETE FROM sns_sms_sandbox WHERE account = ? AND region = ? AND phone = ?'),
      sandboxAfter: db.prepare<[string, string, string, number], { phone: string; status: string; otp: string; created_at: number }>(
        'SELECT phone, status, otp, created_at FROM sns_sms_sandbox WHERE account = ? AND region = ? AND phone > ? ORDER BY phone LIMIT ?',
      ),
      application: db.prepare<[string], { arn: string; account: string; region: string; name: string; platform: string; attributes: string }>(
        'SELECT * FROM sns_platform_applications WHERE arn = ?',
      ),
      applicationsAfter: db.prepare<[string, string, string, number], { arn: string; account: string; region: string; name: string; platform: string; attributes: string }>(
        'SELECT * FROM sns_platform_applications WHERE account = ? AND region = ? AND arn > ? ORDER BY arn LIMIT ?',
      ),
      putApplication: db.prepare(
        `INSERT INTO sns_platform_applications (arn, account, region, name, platform, attributes) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (arn) DO UPDATE SET attributes = excluded.attributes`,
      ),
      deleteApplication: db.prepare('DELETE FROM sns_platform_applications WHERE arn = ?'),
      deleteApplicationEndpoints: db.prepare('DELETE FROM sns_platform_endpoints WHERE application_arn = ?'),
      endpoint: db.prepare<[string], { arn: string; application_arn: string; token: string; attributes: string }>('SELECT * FROM sns_platform_endpoints WHERE arn = ?'),
      endpointByToken: db.prepare<[string, string], { arn: string; application_arn: string; token: string; attributes: string }>(
        'SELECT * FROM sns_platform_endpoints WHERE application_arn = ? AND token = ?',
      ),
      endpointsAfter: db.prepare<[string, string, number], { arn: string; application_arn: string; token: string; attributes: string }>(
        'SELECT * FROM sns_platform_endpoints WHERE application_arn = ? AND arn > ? ORDER BY arn LIMIT ?',
      ),
      putEndpoint: db.prepare(
        `INSERT INTO sns_platform_endpoints (arn, application_arn, token, attributes) VALUES (?, ?, ?, ?)
         ON CONFLICT (arn) DO UPDATE SET token = excluded.token, attributes = excluded.attributes`,
      ),
      deleteEndpoint: db.prepare('DELETE FROM sns_platform_endpoints WHERE arn = ?'),
      insertSent: db.prepare(
        'INSERT INTO sns_sent_messages (account, region, protocol, endpoint, message_id, subject, message, sent_at, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      trimSent: db.prepare('DELETE FROM sns_sent_messages WHERE seq <= (SELECT MAX(seq) FROM sns_sent_messages) - ?'),
      sent: db.prepare<[string | null, string | null, string | null, string | null], SentMessageRecord>(
        `SELECT * FROM sns_sent_messages WHERE (? IS NULL OR protocol = ?) AND (? IS NULL OR endpoint = ?) ORDER BY seq`,
      ),
    };
    this.deleteApplicationTx = db.transaction((arn: string) => {
      this.statements.deleteApplication.run(arn);
      this.statements.deleteApplicationEndpoints.run(arn);
    });
  }

  private readonly deleteApplicationTx: (arn: string) => void;

  smsAttributes(account: string, region: string): Record<string, string> {
    const row = this.statements.smsAttributes.get(account, region);
    return row ? JSON.parse(row.attributes) : {};
  }

  setSmsAttributes(account: string, region: string, attributes: Record<string, string>): void {
    this.statements.putSmsAttributes.run(account, region, JSON.stringify(attributes));
  }

  optOutStatus(account: string, region: string, phone: string): { optedOut: boolean; optedInAt?: number } {
    const row = this.statements.optOut.get(account, region, phone);
    return { optedOut: row?.opted_out === 1, optedInAt: row?.opted_in_at ?? undefined };
  }

  /** Records a recipient's opt-out (on AWS: a STOP reply), or an opt-in at a time. */
  setOptedOut(account: string, region: string, phone: string, optedOut: boolean, optedInAt?: number): void {
    this.statements.putOptOut.run(account, region, phone, optedOut ? 1 : 0, optedInAt ?? null);
  }

  optedOutAfter(account: string, region: string, after: string, limit: number): string[] {
    return this.statements.optedOutAfter.all(account, region, after, limit).map((r) => r.phone);
  }

  sandboxNumber(account: string, region: string, phone: string): SandboxNumberRow | undefined {
    const row = this.statements.sandboxNumber.get(account, region, phone);
    return row && { phone: row.phone, status: row.status as SandboxNumberRow['status'], otp: row.otp, createdAt: row.created_at };
  }

  sandboxCount(account: string, region: string): number {
    return this.statements.sandboxCount.get(account, region)?.n ?? 0;
  }

  putSandboxNumber(account: string, region: string, row: SandboxNumberRow): void {
    this.statements.putSandboxNumber.run(account, region, row.phone, row.status, row.otp, row.createdAt);
  }

  deleteSandboxNumber(account: string, region: string, phone: string): void {
    this.statements.deleteSandboxNumber.run(account, region, phone);
  }

  sandboxNumbersAfter(account: string, region: string, after: string, limit: number): SandboxNumberRow[] {
    return this.statements.sandboxAfter.all(account, region, after, limit).map((r) => ({ phone: r.phone, status: r.status as SandboxNumberRow['status'], otp: r.otp, createdAt: r.created_at }));
  }

  application(arn: string): PlatformApplicationRow | undefined {
    const row = this.statements.application.get(arn);
    return row && { ...row, attributes: JSON.parse(row.attributes) };
  }

  applicationsAfter(account: string, region: string, after: string, limit: number): PlatformApplicationRow[] {
    return this.statements.applicationsAfter.all(account, region, after, limit).map((row) => ({ ...row, attributes: JSON.parse(row.attributes) }));
  }

  putApplication(row: PlatformApplicationRow): void {
    this.statements.putApplication.run(row.arn, row.account, row.region, row.name, row.platform, JSON.stringify(row.attributes));
  }

  /** Deletes an application with its endpoints. */
  deleteApplication(arn: string): void {
    this.deleteApplicationTx(arn);
  }

  endpoint(arn: string): PlatformEndpointRow | undefined {
    const row = this.statements.endpoint.get(arn);
    return row && { arn: row.arn, applicationArn: row.application_arn, token: row.token, attributes: JSON.parse(row.attributes) };
  }

  endpointByToken(applicationArn: string, token: string): PlatformEndpointRow | undefined {
    const row = this.statements.endpointByToken.get(applicationArn, token);
    return row && { arn: row.arn, applicationArn: row.application_arn, token: row.token, attributes: JSON.parse(row.attributes) };
  }

  endpointsAfter(applicationArn: string, after: string, limit: number): PlatformEndpointRow[] {
    return this.statements.endpointsAfter.all(applicationArn, after, limit).map((row) => ({ arn: row.arn, applicationArn: row.application_arn, token: row.token, attributes: JSON.parse(row.attributes) }));
  }

  putEndpoint(row: PlatformEndpointRow): void {
    this.statements.putEndpoint.run(row.arn, row.applicationArn, row.token, JSON.stringify(row.attributes));
  }

  deleteEndpoint(arn: string): void {
    this.statements.deleteEndpoint.run(arn);
  }

  /** Records one delivery and drops the oldest beyond `keep`. */
  recordSent(row: Omit<SentMessageRow, 'seq'>, keep: number): void {
    this.statements.insertSent.run(row.account, row.region, row.protocol, row.endpoint, row.messageId, row.subject ?? null, row.message, row.sentAt, JSON.stringify(row.details));
    this.statements.trimSent.run(keep);
  }

  sent(protocol: string | undefined, endpoint: string | undefined): SentMessageRow[] {
    const p = protocol ?? null;
    const e = endpoint ?? null;
    return this.statements.sent.all(p, p, e, e).map((r) => ({
      seq: r.seq, account: r.account, region: r.region, protocol: r.protocol, endpoint: r.endpoint, messageId: r.message_id,
      ...(r.subject !== null ? { subject: r.subject } : {}), message: r.message, sentAt: r.sent_at, details: JSON.parse(r.details),
    }));
  }
}
