/**
 * SQS's tables, as ordered migrations (see Store.ensureSchema), the rows the service works with,
 * and how a stored record reads as one. The statements are in state.ts.
 */
export interface QueueRow {
  id: number;
  account: string;
  region: string;
  name: string;
  attributes: Record<string, string>;
  tags: Record<string, string>;
  createdAt: number;
  modifiedAt: number;
  lastPurgedAt: number | null;
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
  /** When the current receipt's visibility window opened (for the 12-hour limit). */
  receivedAt: number | null;
  groupId: string | null;
  dedupId: string | null;
  sequenceNumber: string | null;
  senderId: string | null;
  /** ARN of the queue that moved this message to a dead-letter queue. */
  deadLetterSourceArn: string | null;
}

/** What a send stores: the columns the store does not fill in itself. */
export type NewMessage = Pick<MessageRow, 'messageId' | 'body' | 'attributes' | 'systemAttributes' | 'sentAt' | 'visibleAt' | 'senderId'> &
  Partial<Pick<MessageRow, 'groupId' | 'dedupId' | 'sequenceNumber' | 'deadLetterSourceArn'>>;

export interface DedupEntry {
  messageId: string;
  sequenceNumber: string | null;
  expiresAt: number;
}

export type MoveTaskStatus = 'RUNNING' | 'COMPLETED' | 'CANCELLING' | 'CANCELLED' | 'FAILED';

export interface MoveTaskRow {
  taskId: string;
  sourceArn: string;
  destinationArn: string | null;
  maxPerSecond: number | null;
  status: MoveTaskStatus;
  toMove: number;
  moved: number;
  startedAt: number;
  failureReason: string | null;
}

/** v1: the schema as first shipped (never edit it: data directories of that release open with it). */
export const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS sqs_queues (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     attributes TEXT NOT NULL,
     tags TEXT NOT NULL DEFAULT '{}',
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL,
     last_purged_at INTEGER,
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
     received_at INTEGER,
     group_id TEXT,
     dedup_id TEXT,
     sequence_number TEXT,
     sender_id TEXT,
     dead_letter_source_arn TEXT)`,
  'CREATE INDEX IF NOT EXISTS sqs_messages_visible ON sqs_messages (queue_id, visible_at, seq)',
  'CREATE INDEX IF NOT EXISTS sqs_messages_order ON sqs_messages (queue_id, seq)',
  'CREATE INDEX IF NOT EXISTS sqs_messages_group ON sqs_messages (queue_id, group_id, seq)',
  // Retention runs on every call to a queue: without this it read every message the queue holds.
  'CREATE INDEX IF NOT EXISTS sqs_messages_sent ON sqs_messages (queue_id, sent_at)',
  `CREATE TABLE IF NOT EXISTS sqs_dedup (
     queue_id INTEGER NOT NULL REFERENCES sqs_queues(id) ON DELETE CASCADE,
     scope TEXT NOT NULL,
     dedup_id TEXT NOT NULL,
     message_id TEXT NOT NULL,
     sequence_number TEXT,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (queue_id, scope, dedup_id))`,
  'CREATE INDEX IF NOT EXISTS sqs_dedup_expiry ON sqs_dedup (queue_id, expires_at)',
  `CREATE TABLE IF NOT EXISTS sqs_move_tasks (
     task_id TEXT PRIMARY KEY,
     source_arn TEXT NOT NULL,
     destination_arn TEXT,
     max_per_second INTEGER,
     status TEXT NOT NULL,
     to_move INTEGER NOT NULL,
     moved INTEGER NOT NULL DEFAULT 0,
     started_at INTEGER NOT NULL,
     failure_reason TEXT)`,
  'CREATE INDEX IF NOT EXISTS sqs_move_tasks_source ON sqs_move_tasks (source_arn, started_at)',
];

/** v2: what a restart used to forget (metric counters, FIFO sequence numbers, receive attempts, deleted names). */
export const SCHEMA_V2 = [
  `CREATE TABLE IF NOT EXISTS sqs_queue_activity (
     queue_id INTEGER PRIMARY KEY REFERENCES sqs_queues(id) ON DELETE CASCADE,
     sent INTEGER NOT NULL DEFAULT 0,
     sent_bytes INTEGER NOT NULL DEFAULT 0,
     sent_min_bytes INTEGER,
     sent_max_bytes INTEGER,
     received INTEGER NOT NULL DEFAULT 0,
     deleted INTEGER NOT NULL DEFAULT 0,
     empty_receives INTEGER NOT NULL DEFAULT 0,
     last_sequence INTEGER NOT NULL DEFAULT 0)`,
  `CREATE TABLE IF NOT EXISTS sqs_receive_attempts (
     queue_id INTEGER NOT NULL REFERENCES sqs_queues(id) ON DELETE CASCADE,
     attempt_id TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     receipts TEXT NOT NULL,
     PRIMARY KEY (queue_id, attempt_id))`,
  `CREATE TABLE IF NOT EXISTS sqs_deleted_queue_names (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     deleted_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name))`,
];

/** A queue's activity since its figures were last published to CloudWatch. */
export interface QueueActivity {
  queueId: number;
  sent: number;
  sentBytes: number;
  sentMinBytes: number | null;
  sentMaxBytes: number | null;
  received: number;
  deleted: number;
  emptyReceives: number;
}

/** The messages one ReceiveRequestAttemptId was answered with. */
export interface ReceiveAttempt {
  expiresAt: number;
  receipts: Array<{ seq: number; token: string }>;
}

export interface QueueRecord {
  id: number;
  account: string;
  region: string;
  name: string;
  attributes: string;
  tags: string;
  created_at: number;
  modified_at: number;
  last_purged_at: number | null;
}

export interface MessageRecord {
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
  received_at: number | null;
  group_id: string | null;
  dedup_id: string | null;
  sequence_number: string | null;
  sender_id: string | null;
  dead_letter_source_arn: string | null;
}

export interface ActivityRecord {
  queue_id: number;
  sent: number;
  sent_bytes: number;
  sent_min_bytes: number | null;
  sent_max_bytes: number | null;
  received: number;
  deleted: number;
  empty_receives: number;
}

export interface MoveTaskRecord {
  task_id: string;
  source_arn: string;
  destination_arn: string | null;
  max_per_second: number | null;
  status: MoveTaskStatus;
  to_move: number;
  moved: number;
  started_at: number;
  failure_reason: string | null;
}

export function toQueue(record: QueueRecord): QueueRow {
  return {
    id: record.id,
    account: record.account,
    region: record.region,
    name: record.name,
    attributes: JSON.parse(record.attributes) as Record<string, string>,
    tags: JSON.parse(record.tags) as Record<string, string>,
    createdAt: record.created_at,
    modifiedAt: record.modified_at,
    lastPurgedAt: record.last_purged_at,
  };
}

export function toMessage(record: MessageRecord): MessageRow {
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
    receivedAt: record.received_at,
    groupId: record.group_id,
    dedupId: record.dedup_id,
    sequenceNumber: record.sequence_number,
    senderId: record.sender_id,
    deadLetterSourceArn: record.dead_letter_source_arn,
  };
}

export function toMoveTask(record: MoveTaskRecord): MoveTaskRow {
  return {
    taskId: record.task_id,
    sourceArn: record.source_arn,
    destinationArn: record.destination_arn,
    maxPerSecond: record.max_per_second,
    status: record.status,
    toMove: record.to_move,
    moved: record.moved,
    startedAt: record.started_at,
    failureReason: record.failure_reason,
  };
}
