import type { Store } from '../../core/store.js';

/**
 * Lambda's internal queue of asynchronous events, kept in the store: an event waiting for its
 * next attempt (a retry 1 or 2 minutes on, a throttled one backing off for up to 6 hours)
 * survives a restart with --data-dir, and runs when its time comes. A row is deleted once the
 * event is done (run, or handed to its destination and DLQ).
 */

const SCHEMA_V1 = `
  CREATE TABLE IF NOT EXISTS lambda_async_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    region TEXT NOT NULL,
    function_name TEXT NOT NULL,
    qualifier TEXT,
    request_id TEXT NOT NULL,
    payload BLOB NOT NULL,
    trace_header TEXT,
    created_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    progress TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS lambda_async_events_due ON lambda_async_events (due_at);
`;

/** What happened to an event so far: counts, and the last attempt's outcome (for its record). */
export interface AsyncProgress {
  functionErrors: number;
  /** Throttles, system errors: the function did not run. */
  refusals: number;
  invocations: number;
  last?: LastAttempt;
}

/** The last attempt: an invocation's outcome, or a refusal before the function ran (throttle, 5xx, recursion stop). */
export type LastAttempt =
  | { kind: 'invoked'; ok: boolean; payload: string; executedVersion: string; traceHeader?: string }
  | { kind: 'refused'; status: number; message: string };

export interface StoredAsyncEvent {
  id: number;
  account: string;
  region: string;
  functionName: string;
  qualifier?: string;
  requestId: string;
  payload: Buffer;
  traceHeader?: string;
  createdAt: number;
  dueAt: number;
  progress: AsyncProgress;
}

interface Row {
  id: number;
  account: string;
  region: string;
  function_name: string;
  qualifier: string | null;
  request_id: string;
  payload: Buffer;
  trace_header: string | null;
  created_at: number;
  due_at: number;
  progress: string;
}

export class AsyncEventStore {
  constructor(private readonly store: Store) {
    store.ensureSchema('lambda_async', [[SCHEMA_V1]]);
  }

  add(event: Omit<StoredAsyncEvent, 'id'>): number {
    const result = this.store
      .statement(
        `INSERT INTO lambda_async_events (account, region, function_name, qualifier, request_id, payload, trace_header, created_at, due_at, progress)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(event.account, event.region, event.functionName, event.qualifier ?? null, event.requestId, event.payload, event.traceHeader ?? null, event.createdAt, event.dueAt, JSON.stringify(event.progress));
    return Number(result.lastInsertRowid);
  }

  get(id: number): StoredAsyncEvent | undefined {
    const row = this.store.statement('SELECT * FROM lambda_async_events WHERE id = ?').get(id) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Every waiting event, soonest first: what a restart schedules again. */
  all(): StoredAsyncEvent[] {
    return (this.store.statement('SELECT * FROM lambda_async_events ORDER BY due_at, id').all() as Row[]).map(fromRow);
  }

  /** Records an attempt's outcome and when the next one is due. */
  reschedule(id: number, dueAt: number, progress: AsyncProgress): void {
    this.store.statement('UPDATE lambda_async_events SET due_at = ?, progress = ? WHERE id = ?').run(dueAt, JSON.stringify(progress), id);
  }

  remove(id: number): void {
    this.store.statement('DELETE FROM lambda_async_events WHERE id = ?').run(id);
  }
}

function fromRow(row: Row): StoredAsyncEvent {
  return {
    id: row.id,
    account: row.account,
    region: row.region,
    functionName: row.function_name,
    qualifier: row.qualifier ?? undefined,
    requestId: row.request_id,
    payload: Buffer.from(row.payload),
    traceHeader: row.trace_header ?? undefined,
    createdAt: row.created_at,
    dueAt: row.due_at,
    progress: JSON.parse(row.progress) as AsyncProgress,
  };
}
