import type { Store } from '../../core/store.js';

/** SQS's storage: every SQL statement SQS runs lives here. */
export interface QueueRow {
  id: number;
  account: string;
  region: string;
  name: string;
  attributes: Record<string, string>;
  tags: Record<string, string>;
  createdAt: number;
  modifiedAt: number;
}

export interface MessageRow {
  seq: number;
  queueId: number;
  messageId: string;
  body: string;
  attributes: string | null;
  systemAttributes: string | null;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  firstReceivedAt: number | null;
  receiptToken: string | null;
  groupId: string | null;
  dedupId: string | null;
  sequenceNumber: string | null;
  senderId: string | null;
}

export interface NewMessage {
  messageId: string;
  body: string;
  attributes: string | null;
  systemAttributes: string | null;
  sentAt: number;
  visibleAt: number;
  groupId?: string;
  dedupId?: string;
  sequenceNumber?: string;
  senderId: string;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS sqs_queues (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     attributes TEXT NOT NULL,
     tags TEXT NOT NULL DEFAULT '{}',
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL,
     UNIQUE (account, region, name))`,
  `CREATE TABLE IF NOT EXISTS sqs_messages (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     queue_id INTEGER NOT NULL REFERENCES sqs_queues(id) ON DELETE CASCADE,
     message_id TEXT NOT NULL,
     body TEXT NOT NULL,
     attributes TEXT,
     system_attributes TEXT,
     sent_at INTEGER NOT NULL,
     visible_at INTEGER NOT NULL,
     receive_count INTEGER NOT NULL DEFAULT 0,
     first_received_at INTEGER,
     receipt_token TEXT,
     group_id TEXT,
     dedup_id TEXT,
     sequence_number TEXT,
     sender_id TEXT)`,
  'CREATE INDEX IF NOT EXISTS sqs_messages_visible ON sqs_messages (queue_id, visible_at, seq)',
];

interface QueueRecord {
  id: number;
  account: string;
  region: string;
  name: string;
  attributes: string;
  tags: string;
  created_at: number;
  modified_at: number;
}

interface MessageRecord {
  seq: number;
  queue_id: number;
  message_id: string;
  body: string;
  attributes: string | null;
  system_attributes: string | null;
  sent_at: number;
  visible_at: number;
  receive_count: number;
  first_received_at: number | null;
  receipt_token: string | null;
  group_id: string | null;
  dedup_id: string | null;
  sequence_number: string | null;
  sender_id: string | null;
}

function toQueue(record: QueueRecord): QueueRow {
  return {
    id: record.id,
    account: record.account,
    region: record.region,
    name: record.name,
    attributes: JSON.parse(record.attributes) as Record<string, string>,
    tags: JSON.parse(record.tags) as Record<string, string>,
    createdAt: record.created_at,
    modifiedAt: record.modified_at,
  };
}

function toMessage(record: MessageRecord): MessageRow {
  return {
    seq: record.seq,
    queueId: record.queue_id,
    messageId: record.message_id,
    body: record.body,
    attributes: record.attributes,
    systemAttributes: record.system_attributes,
    sentAt: record.sent_at,
    visibleAt: record.visible_at,
    receiveCount: record.receive_count,
    firstReceivedAt: record.first_received_at,
    receiptToken: record.receipt_token,
    groupId: record.group_id,
    dedupId: record.dedup_id,
    sequenceNumber: record.sequence_number,
    senderId: record.sender_id,
  };
}

export class SqsState {
  private readonly statements;

  constructor(private readonly store: Store) {
    store.ensureSchema('sqs', SCHEMA);
    const db = store.db;
    this.statements = {
      queueByName: db.prepare<[string, string, string], QueueRecord>('SELECT * FROM sqs_queues WHERE account = ? AND region = ? AND name = ?'),
      queuesByPrefix: db.prepare<[{ account: string; region: string; prefix: string }], QueueRecord>(
        'SELECT * FROM sqs_queues WHERE account = @account AND region = @region AND substr(name, 1, length(@prefix)) = @prefix ORDER BY name',
      ),
      insertQueue: db.prepare(
        'INSERT INTO sqs_queues (account, region, name, attributes, tags, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      updateAttributes: db.prepare('UPDATE sqs_queues SET attributes = ?, modified_at = ? WHERE id = ?'),
      deleteQueue: db.prepare('DELETE FROM sqs_queues WHERE id = ?'),
      insertMessage: db.prepare(
        `INSERT INTO sqs_messages (queue_id, message_id, body, attributes, system_attributes, sent_at, visible_at, group_id, dedup_id, sequence_number, sender_id)
         VALUES (@queueId, @messageId, @body, @attributes, @systemAttributes, @sentAt, @visibleAt, @groupId, @dedupId, @sequenceNumber, @senderId)`,
      ),
      visibleMessages: db.prepare<[number, number, number], MessageRecord>(
        'SELECT * FROM sqs_messages WHERE queue_id = ? AND visible_at <= ? ORDER BY seq LIMIT ?',
      ),
      markReceived: db.prepare(
        `UPDATE sqs_messages SET visible_at = ?, receive_count = receive_count + 1,
           first_received_at = coalesce(first_received_at, ?), receipt_token = ? WHERE seq = ?`,
      ),
      messageBySeq: db.prepare<[number, number], MessageRecord>('SELECT * FROM sqs_messages WHERE seq = ? AND queue_id = ?'),
      deleteMessage: db.prepare('DELETE FROM sqs_messages WHERE seq = ?'),
      expire: db.prepare('DELETE FROM sqs_messages WHERE queue_id = ? AND sent_at <= ?'),
      counts: db.prepare<[number, number, number, number], { visible: number; inFlight: number; delayed: number }>(
        `SELECT
           coalesce(sum(visible_at <= ?), 0) AS visible,
           coalesce(sum(visible_at > ? AND receive_count > 0), 0) AS inFlight,
           coalesce(sum(visible_at > ? AND receive_count = 0), 0) AS delayed
         FROM sqs_messages WHERE queue_id = ? `,
      ),
      nextVisibleAt: db.prepare<[number, number], { due: number | null }>(
        'SELECT min(visible_at) AS due FROM sqs_messages WHERE queue_id = ? AND visible_at > ?',
      ),
    };
  }

  findQueue(account: string, region: string, name: string): QueueRow | undefined {
    const record = this.statements.queueByName.get(account, region, name);
    return record ? toQueue(record) : undefined;
  }

  listQueues(account: string, region: string, prefix: string): QueueRow[] {
    return this.statements.queuesByPrefix.all({ account, region, prefix }).map(toQueue);
  }

  createQueue(account: string, region: string, name: string, attributes: Record<string, string>, tags: Record<string, string>, now: number): QueueRow {
    const result = this.statements.insertQueue.run(account, region, name, JSON.stringify(attributes), JSON.stringify(tags), now, now);
    return { id: Number(result.lastInsertRowid), account, region, name, attributes, tags, createdAt: now, modifiedAt: now };
  }

  setAttributes(queue: QueueRow, attributes: Record<string, string>, now: number): void {
    this.statements.updateAttributes.run(JSON.stringify(attributes), now, queue.id);
  }

  deleteQueue(queue: QueueRow): void {
    this.statements.deleteQueue.run(queue.id);
  }

  insertMessage(queue: QueueRow, message: NewMessage): number {
    const result = this.statements.insertMessage.run({
      queueId: queue.id,
      groupId: null,
      dedupId: null,
      sequenceNumber: null,
      ...message,
    });
    return Number(result.lastInsertRowid);
  }

  /** Takes up to `limit` visible messages and makes them invisible until `visibleUntil`, in one transaction. */
  receive(queue: QueueRow, now: number, limit: number, visibleUntil: number, token: () => string): MessageRow[] {
    return this.store.transaction(() => {
      const records = this.statements.visibleMessages.all(queue.id, now, limit);
      return records.map((record) => {
        const receiptToken = token();
        this.statements.markReceived.run(visibleUntil, now, receiptToken, record.seq);
        return toMessage({
          ...record,
          visible_at: visibleUntil,
          receive_count: record.receive_count + 1,
          first_received_at: record.first_received_at ?? now,
          receipt_token: receiptToken,
        });
      });
    });
  }

  message(queue: QueueRow, seq: number): MessageRow | undefined {
    const record = this.statements.messageBySeq.get(seq, queue.id);
    return record ? toMessage(record) : undefined;
  }

  deleteMessage(seq: number): void {
    this.statements.deleteMessage.run(seq);
  }

  /** Drops messages older than the retention period. */
  expire(queue: QueueRow, sentBefore: number): void {
    this.statements.expire.run(queue.id, sentBefore);
  }

  counts(queue: QueueRow, now: number): { visible: number; inFlight: number; delayed: number } {
    return this.statements.counts.get(now, now, now, queue.id)!;
  }

  /** When the next hidden message becomes visible, if any. */
  nextVisibleAt(queue: QueueRow, now: number): number | undefined {
    return this.statements.nextVisibleAt.get(queue.id, now)?.due ?? undefined;
  }
}
