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
    store.ensureSchema('sns', [SCHEMA_V1]);
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
