import type { Store } from '../../core/store.js';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  toMessage,
  toMoveTask,
  toQueue,
  type ActivityRecord,
  type DedupEntry,
  type MessageRecord,
  type MessageRow,
  type MoveTaskRecord,
  type MoveTaskRow,
  type NewMessage,
  type QueueActivity,
  type QueueRecord,
  type QueueRow,
  type ReceiveAttempt,
} from './state-schema.js';

export type { DedupEntry, MessageRow, MoveTaskRow, MoveTaskStatus, NewMessage, QueueActivity, QueueRow, ReceiveAttempt } from './state-schema.js';

/** SQS's storage: every SQL statement SQS runs lives here. */
export class SqsState {
  private readonly statements;
  /** Made once: better-sqlite3 builds a new wrapper at each db.transaction(), which costs more than the statements of a send. */
  private readonly runInTransaction: (fn: () => unknown) => unknown;

  constructor(store: Store) {
    store.ensureSchema('sqs', [SCHEMA_V1, SCHEMA_V2]);
    const db = store.db;
    this.runInTransaction = db.transaction((fn: () => unknown) => fn());
    this.statements = {
      queueByName: db.prepare<[string, string, string], QueueRecord>('SELECT * FROM sqs_queues WHERE account = ? AND region = ? AND name = ?'),
      queueById: db.prepare<[number], QueueRecord>('SELECT * FROM sqs_queues WHERE id = ?'),
      queuesByPrefix: db.prepare<[{ account: string; region: string; prefix: string }], QueueRecord>(
        'SELECT * FROM sqs_queues WHERE account = @account AND region = @region AND substr(name, 1, length(@prefix)) = @prefix ORDER BY name',
      ),
      allQueues: db.prepare<[], QueueRecord>('SELECT * FROM sqs_queues ORDER BY account, region, name'),
      anyQueue: db.prepare<[], { id: number }>('SELECT id FROM sqs_queues LIMIT 1'),
      insertQueue: db.prepare(
        'INSERT INTO sqs_queues (account, region, name, attributes, tags, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      updateAttributes: db.prepare('UPDATE sqs_queues SET attributes = ?, modified_at = ? WHERE id = ?'),
      updateTags: db.prepare('UPDATE sqs_queues SET tags = ? WHERE id = ?'),
      markPurged: db.prepare('UPDATE sqs_queues SET last_purged_at = ? WHERE id = ?'),
      deleteQueue: db.prepare('DELETE FROM sqs_queues WHERE id = ?'),
      insertMessage: db.prepare(
        `INSERT INTO sqs_messages (queue_id, message_id, body, attributes, system_attributes, sent_at, visible_at, group_id, dedup_id,
           sequence_number, sender_id, dead_letter_source_arn)
         VALUES (@queueId, @messageId, @body, @attributes, @systemAttributes, @sentAt, @visibleAt, @groupId, @dedupId,
           @sequenceNumber, @senderId, @deadLetterSourceArn)`,
      ),
      visibleMessages: db.prepare<[number, number, number], MessageRecord>(
        'SELECT * FROM sqs_messages WHERE queue_id = ? AND visible_at <= ? ORDER BY seq LIMIT ?',
      ),
      // Steps from one group to the next through the (queue_id, group_id, seq) index, so the cost
      // follows the number of groups rather than the number of messages waiting in them.
      groupHeads: db.prepare<[{ queue: number }], MessageRecord>(
        `WITH RECURSIVE groups(group_id) AS (
           SELECT (SELECT group_id FROM sqs_messages WHERE queue_id = @queue AND group_id IS NOT NULL ORDER BY group_id LIMIT 1)
           UNION ALL
           SELECT (SELECT group_id FROM sqs_messages WHERE queue_id = @queue AND group_id > groups.group_id ORDER BY group_id LIMIT 1)
             FROM groups WHERE groups.group_id IS NOT NULL
         )
         SELECT m.* FROM groups
           JOIN sqs_messages m ON m.seq = (SELECT min(seq) FROM sqs_messages WHERE queue_id = @queue AND group_id = groups.group_id)
         ORDER BY m.seq`,
      ),
      groupMessages: db.prepare<[number, string | null, number], MessageRecord>(
        'SELECT * FROM sqs_messages WHERE queue_id = ? AND group_id IS ? ORDER BY seq LIMIT ?',
      ),
      markReceived: db.prepare(
        `UPDATE sqs_messages SET visible_at = ?, receive_count = receive_count + 1,
           first_received_at = coalesce(first_received_at, ?), receipt_token = ?, received_at = ? WHERE seq = ?`,
      ),
      setVisibleAt: db.prepare('UPDATE sqs_messages SET visible_at = ?, received_at = ? WHERE seq = ?'),
      messageBySeq: db.prepare<[number, number], MessageRecord>('SELECT * FROM sqs_messages WHERE seq = ? AND queue_id = ?'),
      deleteMessage: db.prepare('DELETE FROM sqs_messages WHERE seq = ?'),
      purge: db.prepare('DELETE FROM sqs_messages WHERE queue_id = ?'),
      expire: db.prepare('DELETE FROM sqs_messages WHERE queue_id = ? AND sent_at <= ?'),
      counts: db.prepare<[number, number, number, number], { visible: number; inFlight: number; delayed: number }>(
        `SELECT
           coalesce(sum(visible_at <= ?), 0) AS visible,
           coalesce(sum(visible_at > ? AND receive_count > 0), 0) AS inFlight,
           coalesce(sum(visible_at > ? AND receive_count = 0), 0) AS delayed
         FROM sqs_messages WHERE queue_id = ?`,
      ),
      inFlight: db.prepare<[number, number], { n: number }>(
        'SELECT count(*) AS n FROM sqs_messages WHERE queue_id = ? AND visible_at > ? AND receive_count > 0',
      ),
      countAll: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM sqs_messages WHERE queue_id = ?'),
      nextVisibleAt: db.prepare<[number, number], { due: number | null }>(
        'SELECT min(visible_at) AS due FROM sqs_messages WHERE queue_id = ? AND visible_at > ?',
      ),
      dedupLookup: db.prepare<[number, string, string, number], { message_id: string; sequence_number: string | null; expires_at: number }>(
        'SELECT message_id, sequence_number, expires_at FROM sqs_dedup WHERE queue_id = ? AND scope = ? AND dedup_id = ? AND expires_at > ?',
      ),
      dedupInsert: db.prepare(
        'INSERT OR REPLACE INTO sqs_dedup (queue_id, scope, dedup_id, message_id, sequence_number, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      dedupExpire: db.prepare('DELETE FROM sqs_dedup WHERE queue_id = ? AND expires_at <= ?'),
      insertMoveTask: db.prepare(
        `INSERT INTO sqs_move_tasks (task_id, source_arn, destination_arn, max_per_second, status, to_move, moved, started_at)
         VALUES (@taskId, @sourceArn, @destinationArn, @maxPerSecond, @status, @toMove, 0, @startedAt)`,
      ),
      moveTask: db.prepare<[string], MoveTaskRecord>('SELECT * FROM sqs_move_tasks WHERE task_id = ?'),
      moveTasksBySource: db.prepare<[string, number], MoveTaskRecord>(
        'SELECT * FROM sqs_move_tasks WHERE source_arn = ? ORDER BY started_at DESC, rowid DESC LIMIT ?',
      ),
      runningMoveTasks: db.prepare<[], MoveTaskRecord>("SELECT * FROM sqs_move_tasks WHERE status IN ('RUNNING', 'CANCELLING')"),
      updateMoveTask: db.prepare('UPDATE sqs_move_tasks SET status = ?, moved = ?, failure_reason = ? WHERE task_id = ?'),
      // One statement a send: counts it (when @sent is 1) and, for FIFO (@floor > 0), takes the next sequence number.
      recordSent: db
        .prepare<[{ queue: number; sent: number; size: number | null; floor: bigint }], { last_sequence: bigint }>(
          `INSERT INTO sqs_queue_activity (queue_id, sent, sent_bytes, sent_min_bytes, sent_max_bytes, last_sequence)
           VALUES (@queue, @sent, coalesce(@size, 0), @size, @size, @floor)
           ON CONFLICT (queue_id) DO UPDATE SET
             sent = sent + @sent,
             sent_bytes = sent_bytes + coalesce(@size, 0),
             sent_min_bytes = CASE WHEN @size IS NULL THEN sent_min_bytes ELSE min(coalesce(sent_min_bytes, @size), @size) END,
             sent_max_bytes = CASE WHEN @size IS NULL THEN sent_max_bytes ELSE max(coalesce(sent_max_bytes, @size), @size) END,
             last_sequence = CASE WHEN @floor > 0 THEN max(last_sequence + 1, @floor) ELSE last_sequence END
           RETURNING last_sequence`,
        )
        .safeIntegers(true),
      recordReceived: db.prepare<[{ queue: number; received: number; empty: number }]>(
        `INSERT INTO sqs_queue_activity (queue_id, received, empty_receives) VALUES (@queue, @received, @empty)
         ON CONFLICT (queue_id) DO UPDATE SET received = received + @received, empty_receives = empty_receives + @empty`,
      ),
      recordDeleted: db.prepare<[number]>(
        `INSERT INTO sqs_queue_activity (queue_id, deleted) VALUES (?, 1)
         ON CONFLICT (queue_id) DO UPDATE SET deleted = deleted + 1`,
      ),
      activity: db.prepare<[], ActivityRecord>('SELECT * FROM sqs_queue_activity'),
      clearActivity: db.prepare(
        `UPDATE sqs_queue_activity SET sent = 0, sent_bytes = 0, sent_min_bytes = NULL, sent_max_bytes = NULL,
           received = 0, deleted = 0, empty_receives = 0`,
      ),
      oldestSentAt: db.prepare<[number], { oldest: number | null }>('SELECT min(sent_at) AS oldest FROM sqs_messages WHERE queue_id = ?'),
      attempt: db.prepare<[number, string], { expires_at: number; receipts: string }>(
        'SELECT expires_at, receipts FROM sqs_receive_attempts WHERE queue_id = ? AND attempt_id = ?',
      ),
      attemptInsert: db.prepare(
        'INSERT OR REPLACE INTO sqs_receive_attempts (queue_id, attempt_id, expires_at, receipts) VALUES (?, ?, ?, ?)',
      ),
      attemptsExpire: db.prepare('DELETE FROM sqs_receive_attempts WHERE queue_id = ? AND expires_at <= ?'),
      attemptForget: db.prepare('DELETE FROM sqs_receive_attempts WHERE queue_id = ? AND attempt_id = ?'),
      attemptsWithMessage: db.prepare(
        `DELETE FROM sqs_receive_attempts WHERE queue_id = ?
           AND EXISTS (SELECT 1 FROM json_each(receipts) WHERE json_extract(value, '$.seq') = ?)`,
      ),
      deletedNameAt: db.prepare<[string, string, string], { deleted_at: number }>(
        'SELECT deleted_at FROM sqs_deleted_queue_names WHERE account = ? AND region = ? AND name = ?',
      ),
      rememberDeletedName: db.prepare(
        'INSERT OR REPLACE INTO sqs_deleted_queue_names (account, region, name, deleted_at) VALUES (?, ?, ?, ?)',
      ),
      forgetDeletedNames: db.prepare('DELETE FROM sqs_deleted_queue_names WHERE deleted_at <= ?'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.runInTransaction(fn) as T;
  }

  findQueue(account: string, region: string, name: string): QueueRow | undefined {
    const record = this.statements.queueByName.get(account, region, name);
    return record ? toQueue(record) : undefined;
  }

  queueById(id: number): QueueRow | undefined {
    const record = this.statements.queueById.get(id);
    return record ? toQueue(record) : undefined;
  }

  listQueues(account: string, region: string, prefix: string): QueueRow[] {
    return this.statements.queuesByPrefix.all({ account, region, prefix }).map(toQueue);
  }

  allQueues(): QueueRow[] {
    return this.statements.allQueues.all().map(toQueue);
  }

  hasQueues(): boolean {
    return this.statements.anyQueue.get() !== undefined;
  }

  createQueue(account: string, region: string, name: string, attributes: Record<string, string>, tags: Record<string, string>, now: number): QueueRow {
    const result = this.statements.insertQueue.run(account, region, name, JSON.stringify(attributes), JSON.stringify(tags), now, now);
    return { id: Number(result.lastInsertRowid), account, region, name, attributes, tags, createdAt: now, modifiedAt: now, lastPurgedAt: null };
  }

  setAttributes(queue: QueueRow, attributes: Record<string, string>, now: number): void {
    this.statements.updateAttributes.run(JSON.stringify(attributes), now, queue.id);
    queue.attributes = attributes;
    queue.modifiedAt = now;
  }

  setTags(queue: QueueRow, tags: Record<string, string>): void {
    this.statements.updateTags.run(JSON.stringify(tags), queue.id);
    queue.tags = tags;
  }

  /** Deletes the queue and holds its name (AWS refuses it for a while); names deleted before `forgetBefore` are let go. */
  deleteQueue(queue: QueueRow, now: number, forgetBefore: number): void {
    this.transaction(() => {
      this.statements.deleteQueue.run(queue.id);
      this.statements.forgetDeletedNames.run(forgetBefore);
      this.statements.rememberDeletedName.run(queue.account, queue.region, queue.name, now);
    });
  }

  /** When a queue of this name was last deleted, if its name is still held. */
  deletedAt(account: string, region: string, name: string): number | undefined {
    return this.statements.deletedNameAt.get(account, region, name)?.deleted_at;
  }

  purge(queue: QueueRow, now: number): void {
    this.transaction(() => {
      this.statements.purge.run(queue.id);
      this.statements.markPurged.run(now, queue.id);
    });
  }

  insertMessage(queue: QueueRow, message: NewMessage): number {
    const result = this.statements.insertMessage.run({
      queueId: queue.id,
      groupId: null,
      dedupId: null,
      sequenceNumber: null,
      deadLetterSourceArn: null,
      ...message,
    });
    return Number(result.lastInsertRowid);
  }

  /** Visible messages in send order (standard queues). */
  visibleMessages(queue: QueueRow, now: number, limit: number): MessageRow[] {
    return this.statements.visibleMessages.all(queue.id, now, limit).map(toMessage);
  }

  /** The oldest message of each message group, in send order (FIFO queues deliver from group heads). */
  groupHeads(queue: QueueRow): MessageRow[] {
    return this.statements.groupHeads.all({ queue: queue.id }).map(toMessage);
  }

  /** The first `limit` messages of one group, in send order. */
  groupMessages(queue: QueueRow, groupId: string | null, limit: number): MessageRow[] {
    return this.statements.groupMessages.all(queue.id, groupId, limit).map(toMessage);
  }

  markReceived(message: MessageRow, now: number, visibleUntil: number, token: string): MessageRow {
    this.statements.markReceived.run(visibleUntil, now, token, now, message.seq);
    return {
      ...message,
      visibleAt: visibleUntil,
      receiveCount: message.receiveCount + 1,
      firstReceivedAt: message.firstReceivedAt ?? now,
      receiptToken: token,
      receivedAt: now,
    };
  }

  setVisibleAt(seq: number, visibleAt: number, receivedAt: number | null): void {
    this.statements.setVisibleAt.run(visibleAt, receivedAt, seq);
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

  inFlightCount(queue: QueueRow, now: number): number {
    return this.statements.inFlight.get(queue.id, now)!.n;
  }

  messageCount(queue: QueueRow): number {
    return this.statements.countAll.get(queue.id)!.n;
  }

  /** When the next hidden message becomes visible, if any. */
  nextVisibleAt(queue: QueueRow, now: number): number | undefined {
    return this.statements.nextVisibleAt.get(queue.id, now)?.due ?? undefined;
  }

  findDuplicate(queue: QueueRow, scope: string, dedupId: string, now: number): DedupEntry | undefined {
    const row = this.statements.dedupLookup.get(queue.id, scope, dedupId, now);
    return row ? { messageId: row.message_id, sequenceNumber: row.sequence_number, expiresAt: row.expires_at } : undefined;
  }

  rememberDedup(queue: QueueRow, scope: string, dedupId: string, entry: DedupEntry, now: number): void {
    this.statements.dedupExpire.run(queue.id, now);
    this.statements.dedupInsert.run(queue.id, scope, dedupId, entry.messageId, entry.sequenceNumber, entry.expiresAt);
  }

  /**
   * Counts a message added to the queue (`size` undefined: moved in, not counted) and, when
   * `sequenceFloor` is given (FIFO), answers the next sequence number: above the last, and at least the floor.
   */
  recordSent(queue: QueueRow, size: number | undefined, sequenceFloor: bigint | undefined): bigint | undefined {
    const row = this.statements.recordSent.get({ queue: queue.id, sent: size === undefined ? 0 : 1, size: size ?? null, floor: sequenceFloor ?? 0n })!;
    return sequenceFloor === undefined ? undefined : row.last_sequence;
  }

  /** A ReceiveMessage call: `count` messages, or an empty receive when 0. */
  recordReceived(queue: QueueRow, count: number): void {
    this.statements.recordReceived.run({ queue: queue.id, received: count, empty: count ? 0 : 1 });
  }

  recordDeleted(queue: QueueRow): void {
    this.statements.recordDeleted.run(queue.id);
  }

  /** Every queue's activity since the last call, which starts the count again. */
  takeActivity(): Map<number, QueueActivity> {
    return this.transaction(() => {
      const out = new Map<number, QueueActivity>();
      for (const record of this.statements.activity.all()) {
        out.set(record.queue_id, {
          queueId: record.queue_id,
          sent: record.sent,
          sentBytes: record.sent_bytes,
          sentMinBytes: record.sent_min_bytes,
          sentMaxBytes: record.sent_max_bytes,
          received: record.received,
          deleted: record.deleted,
          emptyReceives: record.empty_receives,
        });
      }
      this.statements.clearActivity.run();
      return out;
    });
  }

  /** When the oldest message in the queue was sent, if it holds any. */
  oldestSentAt(queue: QueueRow): number | undefined {
    return this.statements.oldestSentAt.get(queue.id)?.oldest ?? undefined;
  }

  receiveAttempt(queue: QueueRow, attemptId: string): ReceiveAttempt | undefined {
    const row = this.statements.attempt.get(queue.id, attemptId);
    return row ? { expiresAt: row.expires_at, receipts: JSON.parse(row.receipts) as ReceiveAttempt['receipts'] } : undefined;
  }

  rememberReceiveAttempt(queue: QueueRow, attemptId: string, attempt: ReceiveAttempt, now: number): void {
    this.statements.attemptsExpire.run(queue.id, now);
    this.statements.attemptInsert.run(queue.id, attemptId, attempt.expiresAt, JSON.stringify(attempt.receipts));
  }

  forgetReceiveAttempt(queue: QueueRow, attemptId: string): void {
    this.statements.attemptForget.run(queue.id, attemptId);
  }

  /** Forgets the attempts that returned this message (its visibility changed, so a retry must not repeat them). */
  forgetReceiveAttemptsWith(queue: QueueRow, seq: number): void {
    this.statements.attemptsWithMessage.run(queue.id, seq);
  }

  insertMoveTask(task: Omit<MoveTaskRow, 'moved' | 'failureReason'>): void {
    this.statements.insertMoveTask.run(task);
  }

  moveTask(taskId: string): MoveTaskRow | undefined {
    const record = this.statements.moveTask.get(taskId);
    return record ? toMoveTask(record) : undefined;
  }

  moveTasksBySource(sourceArn: string, limit: number): MoveTaskRow[] {
    return this.statements.moveTasksBySource.all(sourceArn, limit).map(toMoveTask);
  }

  activeMoveTasks(): MoveTaskRow[] {
    return this.statements.runningMoveTasks.all().map(toMoveTask);
  }

  updateMoveTask(task: MoveTaskRow): void {
    this.statements.updateMoveTask.run(task.status, task.moved, task.failureReason, task.taskId);
  }
}
