import type { Store } from '../../../core/store.js';
import type { ExecutionRecord } from './records.js';

/**
 * Durable executions' storage: the SQL for the tables lambda's state.ts creates (migration v2).
 * An execution is one JSON document; the columns beside it are what listings filter on.
 */
export class DurableState {
  constructor(private readonly store: Store) {}

  get(arn: string): ExecutionRecord | undefined {
    const row = this.store.db.prepare('SELECT doc FROM lambda_durable_executions WHERE arn = ?').get(arn) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as ExecutionRecord) : undefined;
  }

  save(record: ExecutionRecord): void {
    this.store.db
      .prepare(
        `INSERT INTO lambda_durable_executions (arn, account, region, function_name, name, status, started, ended, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (arn) DO UPDATE SET status = excluded.status, ended = excluded.ended, doc = excluded.doc`,
      )
      .run(record.arn, record.account, record.region, record.functionName, record.name, record.status, record.started, record.ended ?? null, JSON.stringify(record));
  }

  /** The execution a function has under a name (names are unique within a function). */
  byName(account: string, region: string, functionName: string, name: string): ExecutionRecord | undefined {
    const row = this.store.db
      .prepare('SELECT doc FROM lambda_durable_executions WHERE account = ? AND region = ? AND function_name = ? AND name = ?')
      .get(account, region, functionName, name) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as ExecutionRecord) : undefined;
  }

  /** A function's executions, oldest first. */
  listByFunction(account: string, region: string, functionName: string): ExecutionRecord[] {
    const rows = this.store.db
      .prepare('SELECT doc FROM lambda_durable_executions WHERE account = ? AND region = ? AND function_name = ? ORDER BY started, arn')
      .all(account, region, functionName) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as ExecutionRecord);
  }

  running(): ExecutionRecord[] {
    const rows = this.store.db.prepare("SELECT doc FROM lambda_durable_executions WHERE status = 'RUNNING'").all() as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as ExecutionRecord);
  }

  /** Every closed execution with its end (retention is counted from it). */
  closed(): Array<{ arn: string; ended: number; doc: ExecutionRecord }> {
    const rows = this.store.db.prepare("SELECT arn, ended, doc FROM lambda_durable_executions WHERE status != 'RUNNING'").all() as { arn: string; ended: number; doc: string }[];
    return rows.map((row) => ({ arn: row.arn, ended: row.ended, doc: JSON.parse(row.doc) as ExecutionRecord }));
  }

  delete(arn: string): void {
    this.store.transaction(() => {
      this.store.db.prepare('DELETE FROM lambda_durable_callbacks WHERE execution_arn = ?').run(arn);
      this.store.db.prepare('DELETE FROM lambda_durable_executions WHERE arn = ?').run(arn);
    });
  }

  saveCallback(callbackId: string, arn: string): void {
    this.store.db.prepare('INSERT OR REPLACE INTO lambda_durable_callbacks (callback_id, execution_arn) VALUES (?, ?)').run(callbackId, arn);
  }

  callbackExecution(callbackId: string): string | undefined {
    const row = this.store.db.prepare('SELECT execution_arn FROM lambda_durable_callbacks WHERE callback_id = ?').get(callbackId) as { execution_arn: string } | undefined;
    return row?.execution_arn;
  }
}
