import type { Store } from '../../../core/store.js';
import type { EventRecord, ExecutionHeader, ExecutionRecord, OperationRecord } from './records.js';

/**
 * Durable executions' storage: the SQL for the tables lambda's state.ts creates (migrations v2
 * and v5). An execution's header is one JSON document; its operations and history events are
 * rows of their own, so a checkpoint writes what it changed and a read takes what it needs.
 * Running executions stay parsed in memory (every checkpoint, timer and invocation reads them).
 */
export class DurableState {
  private readonly running = new Map<string, ExecutionRecord>();
  /** Events already written, by execution (history only grows). */
  private readonly savedEvents = new Map<string, number>();

  constructor(private readonly store: Store) {}

  /** A whole execution (operations and history too). */
  get(arn: string): ExecutionRecord | undefined {
    const cached = this.running.get(arn);
    if (cached) return cached;
    const header = this.header(arn);
    if (!header) return undefined;
    const operations = (this.store.db.prepare('SELECT doc FROM lambda_durable_operations WHERE arn = ? ORDER BY seq').all(arn) as { doc: string }[]).map(
      (row) => JSON.parse(row.doc) as OperationRecord,
    );
    const events = (this.store.db.prepare('SELECT doc FROM lambda_durable_events WHERE arn = ? ORDER BY event_id').all(arn) as { doc: string }[]).map(
      (row) => JSON.parse(row.doc) as EventRecord,
    );
    const record: ExecutionRecord = { ...header, operations, events };
    this.savedEvents.set(arn, events.length);
    if (record.status === 'RUNNING') this.running.set(arn, record);
    return record;
  }

  /** An execution without its operations and history. */
  header(arn: string): ExecutionHeader | undefined {
    const cached = this.running.get(arn);
    if (cached) return cached;
    const row = this.store.db.prepare('SELECT doc FROM lambda_durable_executions WHERE arn = ?').get(arn) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as ExecutionHeader) : undefined;
  }

  /** Writes the header, the operations named (new or changed) and the history events not yet written. */
  save(record: ExecutionRecord, changedOperations: Iterable<string> = []): void {
    const { operations, events, ...header } = record;
    const changed = new Set(changedOperations);
    const from = this.savedEvents.get(record.arn) ?? 0;
    this.store.transaction(() => {
      this.store.db
        .prepare(
          `INSERT INTO lambda_durable_executions (arn, account, region, function_name, name, status, started, ended, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (arn) DO UPDATE SET status = excluded.status, ended = excluded.ended, doc = excluded.doc`,
        )
        .run(record.arn, record.account, record.region, record.functionName, record.name, record.status, record.started, record.ended ?? null, JSON.stringify(header));
      if (changed.size) {
        const upsert = this.store.db.prepare('INSERT INTO lambda_durable_operations (arn, id, seq, doc) VALUES (?, ?, ?, ?) ON CONFLICT (arn, id) DO UPDATE SET doc = excluded.doc');
        operations.forEach((op, seq) => {
          if (changed.has(op.Id)) upsert.run(record.arn, op.Id, seq, JSON.stringify(op));
        });
      }
      const insert = this.store.db.prepare('INSERT OR REPLACE INTO lambda_durable_events (arn, event_id, doc) VALUES (?, ?, ?)');
      for (let i = from; i < events.length; i++) insert.run(record.arn, events[i].EventId, JSON.stringify(events[i]));
    });
    this.savedEvents.set(record.arn, events.length);
    if (record.status === 'RUNNING') this.running.set(record.arn, record);
    else this.running.delete(record.arn);
  }

  /** A page of history, in order or newest first. */
  events(arn: string, reverse: boolean, offset: number, limit: number): { events: EventRecord[]; more: boolean } {
    const rows = this.store.db
      .prepare(`SELECT doc FROM lambda_durable_events WHERE arn = ? ORDER BY event_id ${reverse ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?`)
      .all(arn, limit + 1, offset) as { doc: string }[];
    return { events: rows.slice(0, limit).map((row) => JSON.parse(row.doc) as EventRecord), more: rows.length > limit };
  }

  /** The execution a function has under a name (names are unique within a function). */
  byName(account: string, region: string, functionName: string, name: string): ExecutionHeader | undefined {
    const row = this.store.db
      .prepare('SELECT doc FROM lambda_durable_executions WHERE account = ? AND region = ? AND function_name = ? AND name = ?')
      .get(account, region, functionName, name) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as ExecutionHeader) : undefined;
  }

  /** A function's executions, oldest first. */
  listByFunction(account: string, region: string, functionName: string): ExecutionHeader[] {
    const rows = this.store.db
      .prepare('SELECT doc FROM lambda_durable_executions WHERE account = ? AND region = ? AND function_name = ? ORDER BY started, arn')
      .all(account, region, functionName) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as ExecutionHeader);
  }

  /** Every running execution, whole (a restart resumes them). */
  allRunning(): ExecutionRecord[] {
    const rows = this.store.db.prepare("SELECT arn FROM lambda_durable_executions WHERE status = 'RUNNING'").all() as { arn: string }[];
    return rows.map((row) => this.get(row.arn)).filter((record): record is ExecutionRecord => record !== undefined);
  }

  /** Every closed execution's header (retention is counted from its end). */
  closed(): ExecutionHeader[] {
    const rows = this.store.db.prepare("SELECT doc FROM lambda_durable_executions WHERE status != 'RUNNING'").all() as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as ExecutionHeader);
  }

  delete(arn: string): void {
    this.store.transaction(() => {
      for (const table of ['lambda_durable_callbacks', 'lambda_durable_operations', 'lambda_durable_events']) {
        this.store.db.prepare(`DELETE FROM ${table} WHERE ${table === 'lambda_durable_callbacks' ? 'execution_arn' : 'arn'} = ?`).run(arn);
      }
      this.store.db.prepare('DELETE FROM lambda_durable_executions WHERE arn = ?').run(arn);
    });
    this.running.delete(arn);
    this.savedEvents.delete(arn);
  }

  saveCallback(callbackId: string, arn: string): void {
    this.store.db.prepare('INSERT OR REPLACE INTO lambda_durable_callbacks (callback_id, execution_arn) VALUES (?, ?)').run(callbackId, arn);
  }

  callbackExecution(callbackId: string): string | undefined {
    const row = this.store.db.prepare('SELECT execution_arn FROM lambda_durable_callbacks WHERE callback_id = ?').get(callbackId) as { execution_arn: string } | undefined;
    return row?.execution_arn;
  }
}
