import type { Store } from '../../core/store.js';

/** CloudWatch Logs' storage: every SQL statement Logs runs lives here. */

export interface GroupRow {
  id: number;
  account: string;
  region: string;
  name: string;
  createdAt: number;
  retentionDays: number | null;
  kmsKeyId: string | null;
  groupClass: string;
  tags: Record<string, string>;
  deletionProtection: boolean;
}

export interface StreamRow {
  id: number;
  groupId: number;
  name: string;
  createdAt: number;
  firstEvent: number | null;
  lastEvent: number | null;
  lastIngestion: number | null;
}

export interface EventRow {
  seq: number;
  streamId: number;
  streamName: string;
  timestamp: number;
  ingestedAt: number;
  message: string;
}

export interface MetricFilterRow {
  groupId: number;
  name: string;
  pattern: string;
  transformations: Array<Record<string, unknown>>;
  createdAt: number;
  applyOnTransformedLogs: boolean;
}

export interface SubscriptionFilterRow {
  groupId: number;
  name: string;
  pattern: string;
  destinationArn: string;
  roleArn: string | null;
  distribution: string;
  createdAt: number;
}

export interface QueryRow {
  id: string;
  account: string;
  region: string;
  queryString: string;
  groups: string[];
  start: number;
  end: number;
  limit: number | null;
  status: string;
  createdAt: number;
  results: Array<Array<{ field: string; value: string }>> | null;
  statistics: Record<string, number> | null;
  language: string;
}

export interface QueryDefinitionRow {
  id: string;
  account: string;
  region: string;
  name: string;
  queryString: string;
  groups: string[];
  modified: number;
  language: string;
}

export interface ExportTaskRow {
  id: string;
  account: string;
  region: string;
  name: string | null;
  groupName: string;
  from: number;
  to: number;
  destination: string;
  prefix: string;
  streamPrefix: string | null;
  status: string;
  message: string | null;
  createdAt: number;
  completedAt: number | null;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS logs_groups (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     retention_days INTEGER,
     kms_key_id TEXT,
     group_class TEXT NOT NULL,
     tags TEXT NOT NULL DEFAULT '{}',
     deletion_protection INTEGER NOT NULL DEFAULT 0,
     UNIQUE (account, region, name))`,
  `CREATE TABLE IF NOT EXISTS logs_streams (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     group_id INTEGER NOT NULL REFERENCES logs_groups(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     first_event INTEGER,
     last_event INTEGER,
     last_ingestion INTEGER,
     UNIQUE (group_id, name))`,
  `CREATE TABLE IF NOT EXISTS logs_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     group_id INTEGER NOT NULL REFERENCES logs_groups(id) ON DELETE CASCADE,
     stream_id INTEGER NOT NULL REFERENCES logs_streams(id) ON DELETE CASCADE,
     ts INTEGER NOT NULL,
     ingested_at INTEGER NOT NULL,
     message TEXT NOT NULL,
     bytes INTEGER NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS logs_events_by_stream ON logs_events (stream_id, ts, seq)',
  'CREATE INDEX IF NOT EXISTS logs_events_by_group ON logs_events (group_id, ts, seq)',
  `CREATE TABLE IF NOT EXISTS logs_metric_filters (
     group_id INTEGER NOT NULL REFERENCES logs_groups(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     pattern TEXT NOT NULL,
     transformations TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     apply_on_transformed INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (group_id, name))`,
  `CREATE TABLE IF NOT EXISTS logs_subscription_filters (
     group_id INTEGER NOT NULL REFERENCES logs_groups(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     pattern TEXT NOT NULL,
     destination_arn TEXT NOT NULL,
     role_arn TEXT,
     distribution TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (group_id, name))`,
  `CREATE TABLE IF NOT EXISTS logs_queries (
     id TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     query_string TEXT NOT NULL,
     groups TEXT NOT NULL,
     start_time INTEGER NOT NULL,
     end_time INTEGER NOT NULL,
     result_limit INTEGER,
     status TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     results TEXT,
     statistics TEXT,
     language TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS logs_query_definitions (
     id TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     query_string TEXT NOT NULL,
     groups TEXT NOT NULL,
     modified INTEGER NOT NULL,
     language TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS logs_export_tasks (
     id TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT,
     group_name TEXT NOT NULL,
     from_time INTEGER NOT NULL,
     to_time INTEGER NOT NULL,
     destination TEXT NOT NULL,
     prefix TEXT NOT NULL,
     stream_prefix TEXT,
     status TEXT NOT NULL,
     message TEXT,
     created_at INTEGER NOT NULL,
     completed_at INTEGER)`,
];

interface GroupRecord {
  id: number;
  account: string;
  region: string;
  name: string;
  created_at: number;
  retention_days: number | null;
  kms_key_id: string | null;
  group_class: string;
  tags: string;
  deletion_protection: number;
}

function toGroup(row: GroupRecord): GroupRow {
  return {
    id: row.id,
    account: row.account,
    region: row.region,
    name: row.name,
    createdAt: row.created_at,
    retentionDays: row.retention_days,
    kmsKeyId: row.kms_key_id,
    groupClass: row.group_class,
    tags: JSON.parse(row.tags) as Record<string, string>,
    deletionProtection: row.deletion_protection === 1,
  };
}

interface StreamRecord {
  id: number;
  group_id: number;
  name: string;
  created_at: number;
  first_event: number | null;
  last_event: number | null;
  last_ingestion: number | null;
}

function toStream(row: StreamRecord): StreamRow {
  return {
    id: row.id,
    groupId: row.group_id,
    name: row.name,
    createdAt: row.created_at,
    firstEvent: row.first_event,
    lastEvent: row.last_event,
    lastIngestion: row.last_ingestion,
  };
}

interface EventRecord {
  seq: number;
  stream_id: number;
  stream_name: string;
  ts: number;
  ingested_at: number;
  message: string;
}

function toEvent(row: EventRecord): EventRow {
  return { seq: row.seq, streamId: row.stream_id, streamName: row.stream_name, timestamp: row.ts, ingestedAt: row.ingested_at, message: row.message };
}

export interface NewEvent {
  timestamp: number;
  message: string;
}

export class LogsState {
  private readonly db;
  private readonly s;
  private readonly scans = new Map<string, import('better-sqlite3').Statement>();

  constructor(store: Store) {
    store.ensureSchema('logs', SCHEMA);
    const db = store.db;
    this.db = db;
    this.s = {
      group: db.prepare('SELECT * FROM logs_groups WHERE account = ? AND region = ? AND name = ?'),
      groupById: db.prepare('SELECT * FROM logs_groups WHERE id = ?'),
      groups: db.prepare('SELECT * FROM logs_groups WHERE account = ? AND region = ? ORDER BY name'),
      groupsWithRetention: db.prepare('SELECT * FROM logs_groups WHERE retention_days IS NOT NULL'),
      insertGroup: db.prepare('INSERT INTO logs_groups (account, region, name, created_at, retention_days, kms_key_id, group_class, tags, deletion_protection) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)'),
      deleteGroup: db.prepare('DELETE FROM logs_groups WHERE id = ?'),
      setRetention: db.prepare('UPDATE logs_groups SET retention_days = ? WHERE id = ?'),
      setKms: db.prepare('UPDATE logs_groups SET kms_key_id = ? WHERE id = ?'),
      setTags: db.prepare('UPDATE logs_groups SET tags = ? WHERE id = ?'),
      setProtection: db.prepare('UPDATE logs_groups SET deletion_protection = ? WHERE id = ?'),
      storedBytes: db.prepare('SELECT COALESCE(SUM(bytes), 0) AS bytes FROM logs_events WHERE group_id = ?'),
      streamBytes: db.prepare('SELECT COALESCE(SUM(bytes), 0) AS bytes FROM logs_events WHERE stream_id = ?'),
      metricFilterCount: db.prepare('SELECT COUNT(*) AS n FROM logs_metric_filters WHERE group_id = ?'),
      stream: db.prepare('SELECT * FROM logs_streams WHERE group_id = ? AND name = ?'),
      streams: db.prepare('SELECT * FROM logs_streams WHERE group_id = ?'),
      insertStream: db.prepare('INSERT INTO logs_streams (group_id, name, created_at) VALUES (?, ?, ?)'),
      deleteStream: db.prepare('DELETE FROM logs_streams WHERE id = ?'),
      touchStream: db.prepare(
        'UPDATE logs_streams SET first_event = MIN(COALESCE(first_event, ?), ?), last_event = MAX(COALESCE(last_event, ?), ?), last_ingestion = ? WHERE id = ?',
      ),
      insertEvent: db.prepare('INSERT INTO logs_events (group_id, stream_id, ts, ingested_at, message, bytes) VALUES (?, ?, ?, ?, ?, ?)'),
      streamEventsForward: db.prepare(
        'SELECT e.seq, e.stream_id, s.name AS stream_name, e.ts, e.ingested_at, e.message FROM logs_events e JOIN logs_streams s ON s.id = e.stream_id WHERE e.stream_id = ? AND e.ts >= ? AND e.ts < ? AND (e.ts > ? OR (e.ts = ? AND e.seq > ?)) ORDER BY e.ts, e.seq LIMIT ?',
      ),
      streamEventsBackward: db.prepare(
        'SELECT e.seq, e.stream_id, s.name AS stream_name, e.ts, e.ingested_at, e.message FROM logs_events e JOIN logs_streams s ON s.id = e.stream_id WHERE e.stream_id = ? AND e.ts >= ? AND e.ts < ? AND (e.ts < ? OR (e.ts = ? AND e.seq < ?)) ORDER BY e.ts DESC, e.seq DESC LIMIT ?',
      ),
      groupEvents: db.prepare(
        'SELECT e.seq, e.stream_id, s.name AS stream_name, e.ts, e.ingested_at, e.message FROM logs_events e JOIN logs_streams s ON s.id = e.stream_id WHERE e.group_id = ? AND e.ts >= ? AND e.ts <= ? AND (e.ts > ? OR (e.ts = ? AND e.seq > ?)) ORDER BY e.ts, e.seq LIMIT ?',
      ),
      expire: db.prepare('DELETE FROM logs_events WHERE group_id = ? AND ts < ?'),
      oldestEvent: db.prepare('SELECT MIN(ts) AS ts FROM logs_events WHERE group_id = ?'),
      metricFilters: db.prepare('SELECT * FROM logs_metric_filters WHERE group_id = ? ORDER BY name'),
      allMetricFilters: db.prepare(
        'SELECT f.*, g.name AS group_name FROM logs_metric_filters f JOIN logs_groups g ON g.id = f.group_id WHERE g.account = ? AND g.region = ? ORDER BY g.name, f.name',
      ),
      putMetricFilter: db.prepare(
        'INSERT INTO logs_metric_filters (group_id, name, pattern, transformations, created_at, apply_on_transformed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, name) DO UPDATE SET pattern = excluded.pattern, transformations = excluded.transformations, apply_on_transformed = excluded.apply_on_transformed',
      ),
      deleteMetricFilter: db.prepare('DELETE FROM logs_metric_filters WHERE group_id = ? AND name = ?'),
      subscriptionFilters: db.prepare('SELECT * FROM logs_subscription_filters WHERE group_id = ? ORDER BY name'),
      putSubscriptionFilter: db.prepare(
        'INSERT INTO logs_subscription_filters (group_id, name, pattern, destination_arn, role_arn, distribution, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, name) DO UPDATE SET pattern = excluded.pattern, destination_arn = excluded.destination_arn, role_arn = excluded.role_arn, distribution = excluded.distribution',
      ),
      deleteSubscriptionFilter: db.prepare('DELETE FROM logs_subscription_filters WHERE group_id = ? AND name = ?'),
      putQuery: db.prepare(
        'INSERT INTO logs_queries (id, account, region, query_string, groups, start_time, end_time, result_limit, status, created_at, results, statistics, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status, results = excluded.results, statistics = excluded.statistics',
      ),
      query: db.prepare('SELECT * FROM logs_queries WHERE id = ?'),
      queries: db.prepare('SELECT * FROM logs_queries WHERE account = ? AND region = ? ORDER BY created_at DESC, id'),
      pruneQueries: db.prepare('DELETE FROM logs_queries WHERE created_at < ?'),
      putDefinition: db.prepare(
        'INSERT INTO logs_query_definitions (id, account, region, name, query_string, groups, modified, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, query_string = excluded.query_string, groups = excluded.groups, modified = excluded.modified, language = excluded.language',
      ),
      definition: db.prepare('SELECT * FROM logs_query_definitions WHERE id = ? AND account = ? AND region = ?'),
      definitions: db.prepare('SELECT * FROM logs_query_definitions WHERE account = ? AND region = ? ORDER BY name, id'),
      deleteDefinition: db.prepare('DELETE FROM logs_query_definitions WHERE id = ?'),
      putExport: db.prepare(
        'INSERT INTO logs_export_tasks (id, account, region, name, group_name, from_time, to_time, destination, prefix, stream_prefix, status, message, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status, message = excluded.message, completed_at = excluded.completed_at',
      ),
      exportTask: db.prepare('SELECT * FROM logs_export_tasks WHERE id = ?'),
      exportTasks: db.prepare('SELECT * FROM logs_export_tasks WHERE account = ? AND region = ? ORDER BY created_at DESC, id'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ------------------------------------------------------------ groups

  group(account: string, region: string, name: string): GroupRow | undefined {
    const row = this.s.group.get(account, region, name) as GroupRecord | undefined;
    return row ? toGroup(row) : undefined;
  }

  groupById(id: number): GroupRow | undefined {
    const row = this.s.groupById.get(id) as GroupRecord | undefined;
    return row ? toGroup(row) : undefined;
  }

  groups(account: string, region: string): GroupRow[] {
    return (this.s.groups.all(account, region) as GroupRecord[]).map(toGroup);
  }

  groupsWithRetention(): GroupRow[] {
    return (this.s.groupsWithRetention.all() as GroupRecord[]).map(toGroup);
  }

  createGroup(account: string, region: string, name: string, now: number, kmsKeyId: string | null, groupClass: string, tags: Record<string, string>, protection: boolean): GroupRow {
    this.s.insertGroup.run(account, region, name, now, kmsKeyId, groupClass, JSON.stringify(tags), protection ? 1 : 0);
    return this.group(account, region, name)!;
  }

  deleteGroup(id: number): void {
    this.s.deleteGroup.run(id);
  }

  setRetention(id: number, days: number | null): void {
    this.s.setRetention.run(days, id);
  }

  setKmsKey(id: number, key: string | null): void {
    this.s.setKms.run(key, id);
  }

  setTags(id: number, tags: Record<string, string>): void {
    this.s.setTags.run(JSON.stringify(tags), id);
  }

  setDeletionProtection(id: number, enabled: boolean): void {
    this.s.setProtection.run(enabled ? 1 : 0, id);
  }

  storedBytes(groupId: number): number {
    return (this.s.storedBytes.get(groupId) as { bytes: number }).bytes;
  }

  streamBytes(streamId: number): number {
    return (this.s.streamBytes.get(streamId) as { bytes: number }).bytes;
  }

  metricFilterCount(groupId: number): number {
    return (this.s.metricFilterCount.get(groupId) as { n: number }).n;
  }

  // ------------------------------------------------------------ streams

  stream(groupId: number, name: string): StreamRow | undefined {
    const row = this.s.stream.get(groupId, name) as StreamRecord | undefined;
    return row ? toStream(row) : undefined;
  }

  streams(groupId: number): StreamRow[] {
    return (this.s.streams.all(groupId) as StreamRecord[]).map(toStream);
  }

  createStream(groupId: number, name: string, now: number): StreamRow {
    this.s.insertStream.run(groupId, name, now);
    return this.stream(groupId, name)!;
  }

  deleteStream(id: number): void {
    this.s.deleteStream.run(id);
  }

  // ------------------------------------------------------------ events

  /** Stores accepted events (already sorted by timestamp) and moves the stream's first/last times. */
  insertEvents(groupId: number, streamId: number, events: NewEvent[], now: number): number[] {
    const seqs: number[] = [];
    if (!events.length) return seqs;
    let first = Infinity;
    let last = -Infinity;
    for (const event of events) {
      const info = this.s.insertEvent.run(groupId, streamId, event.timestamp, now, event.message, Buffer.byteLength(event.message));
      seqs.push(Number(info.lastInsertRowid));
      first = Math.min(first, event.timestamp);
      last = Math.max(last, event.timestamp);
    }
    this.s.touchStream.run(first, first, last, last, now, streamId);
    return seqs;
  }

  /** Up to `limit` events of a stream after (ts, seq), oldest first, within [start, end). */
  streamEventsAfter(streamId: number, start: number, end: number, afterTs: number, afterSeq: number, limit: number): EventRow[] {
    return (this.s.streamEventsForward.all(streamId, start, end, afterTs, afterTs, afterSeq, limit) as EventRecord[]).map(toEvent);
  }

  /** Up to `limit` events of a stream before (ts, seq), newest first, within [start, end). */
  streamEventsBefore(streamId: number, start: number, end: number, beforeTs: number, beforeSeq: number, limit: number): EventRow[] {
    return (this.s.streamEventsBackward.all(streamId, start, end, beforeTs, beforeTs, beforeSeq, limit) as EventRecord[]).map(toEvent);
  }

  /**
   * Events of a group after (ts, seq), oldest first, within [start, end],
   * skipping in SQLite those that lack any of `texts` (unless, when
   * `unlessBackslash`, they contain a backslash). Stream names are the
   * caller's to attach (streamName is left empty).
   */
  *scanGroup(groupId: number, start: number, end: number, afterTs: number, afterSeq: number, texts: string[], unlessBackslash: boolean): Generator<EventRow> {
    const key = `${texts.length}|${unlessBackslash}`;
    let statement = this.scans.get(key);
    if (!statement) {
      const all = texts.map(() => 'instr(message, ?) > 0').join(' AND ');
      const condition = texts.length ? (unlessBackslash ? ` AND (instr(message, '\\') > 0 OR (${all}))` : ` AND ${all}`) : '';
      statement = this.db
        .prepare(`SELECT seq, stream_id, ts, ingested_at, message FROM logs_events WHERE group_id = ? AND ts >= ? AND ts <= ? AND (ts > ? OR (ts = ? AND seq > ?))${condition} ORDER BY ts, seq`)
        .raw(true);
      this.scans.set(key, statement);
    }
    for (const row of statement.iterate(groupId, start, end, afterTs, afterTs, afterSeq, ...texts) as Iterable<[number, number, number, number, string]>) {
      yield { seq: row[0], streamId: row[1], streamName: '', timestamp: row[2], ingestedAt: row[3], message: row[4] };
    }
  }

  /** Up to `limit` events of a group after (ts, seq), oldest first, within [start, end]. */
  groupEventsAfter(groupId: number, start: number, end: number, afterTs: number, afterSeq: number, limit: number): EventRow[] {
    return (this.s.groupEvents.all(groupId, start, end, afterTs, afterTs, afterSeq, limit) as EventRecord[]).map(toEvent);
  }

  expireEvents(groupId: number, before: number): number {
    return this.s.expire.run(groupId, before).changes;
  }

  oldestEvent(groupId: number): number | undefined {
    return (this.s.oldestEvent.get(groupId) as { ts: number | null }).ts ?? undefined;
  }

  // ------------------------------------------------------------ metric and subscription filters

  metricFilters(groupId: number): MetricFilterRow[] {
    return (this.s.metricFilters.all(groupId) as Array<Record<string, unknown>>).map(toMetricFilter);
  }

  allMetricFilters(account: string, region: string): Array<MetricFilterRow & { groupName: string }> {
    return (this.s.allMetricFilters.all(account, region) as Array<Record<string, unknown>>).map((row) => ({ ...toMetricFilter(row), groupName: String(row.group_name) }));
  }

  putMetricFilter(filter: MetricFilterRow): void {
    this.s.putMetricFilter.run(filter.groupId, filter.name, filter.pattern, JSON.stringify(filter.transformations), filter.createdAt, filter.applyOnTransformedLogs ? 1 : 0);
  }

  deleteMetricFilter(groupId: number, name: string): boolean {
    return this.s.deleteMetricFilter.run(groupId, name).changes > 0;
  }

  subscriptionFilters(groupId: number): SubscriptionFilterRow[] {
    return (this.s.subscriptionFilters.all(groupId) as Array<Record<string, unknown>>).map((row) => ({
      groupId: Number(row.group_id),
      name: String(row.name),
      pattern: String(row.pattern),
      destinationArn: String(row.destination_arn),
      roleArn: (row.role_arn as string | null) ?? null,
      distribution: String(row.distribution),
      createdAt: Number(row.created_at),
    }));
  }

  putSubscriptionFilter(filter: SubscriptionFilterRow): void {
    this.s.putSubscriptionFilter.run(filter.groupId, filter.name, filter.pattern, filter.destinationArn, filter.roleArn, filter.distribution, filter.createdAt);
  }

  deleteSubscriptionFilter(groupId: number, name: string): boolean {
    return this.s.deleteSubscriptionFilter.run(groupId, name).changes > 0;
  }

  // ------------------------------------------------------------ queries

  putQuery(query: QueryRow): void {
    this.s.putQuery.run(
      query.id,
      query.account,
      query.region,
      query.queryString,
      JSON.stringify(query.groups),
      query.start,
      query.end,
      query.limit,
      query.status,
      query.createdAt,
      query.results ? JSON.stringify(query.results) : null,
      query.statistics ? JSON.stringify(query.statistics) : null,
      query.language,
    );
  }

  query(id: string): QueryRow | undefined {
    const row = this.s.query.get(id) as Record<string, unknown> | undefined;
    return row ? toQuery(row) : undefined;
  }

  queries(account: string, region: string): QueryRow[] {
    return (this.s.queries.all(account, region) as Array<Record<string, unknown>>).map(toQuery);
  }

  pruneQueries(before: number): void {
    this.s.pruneQueries.run(before);
  }

  putDefinition(definition: QueryDefinitionRow): void {
    this.s.putDefinition.run(
      definition.id,
      definition.account,
      definition.region,
      definition.name,
      definition.queryString,
      JSON.stringify(definition.groups),
      definition.modified,
      definition.language,
    );
  }

  definition(id: string, account: string, region: string): QueryDefinitionRow | undefined {
    const row = this.s.definition.get(id, account, region) as Record<string, unknown> | undefined;
    return row ? toDefinition(row) : undefined;
  }

  definitions(account: string, region: string): QueryDefinitionRow[] {
    return (this.s.definitions.all(account, region) as Array<Record<string, unknown>>).map(toDefinition);
  }

  deleteDefinition(id: string): void {
    this.s.deleteDefinition.run(id);
  }

  // ------------------------------------------------------------ export tasks

  putExportTask(task: ExportTaskRow): void {
    this.s.putExport.run(
      task.id,
      task.account,
      task.region,
      task.name,
      task.groupName,
      task.from,
      task.to,
      task.destination,
      task.prefix,
      task.streamPrefix,
      task.status,
      task.message,
      task.createdAt,
      task.completedAt,
    );
  }

  exportTask(id: string): ExportTaskRow | undefined {
    const row = this.s.exportTask.get(id) as Record<string, unknown> | undefined;
    return row ? toExportTask(row) : undefined;
  }

  exportTasks(account: string, region: string): ExportTaskRow[] {
    return (this.s.exportTasks.all(account, region) as Array<Record<string, unknown>>).map(toExportTask);
  }
}

function toMetricFilter(row: Record<string, unknown>): MetricFilterRow {
  return {
    groupId: Number(row.group_id),
    name: String(row.name),
    pattern: String(row.pattern),
    transformations: JSON.parse(String(row.transformations)) as Array<Record<string, unknown>>,
    createdAt: Number(row.created_at),
    applyOnTransformedLogs: row.apply_on_transformed === 1,
  };
}

function toQuery(row: Record<string, unknown>): QueryRow {
  return {
    id: String(row.id),
    account: String(row.account),
    region: String(row.region),
    queryString: String(row.query_string),
    groups: JSON.parse(String(row.groups)) as string[],
    start: Number(row.start_time),
    end: Number(row.end_time),
    limit: row.result_limit === null ? null : Number(row.result_limit),
    status: String(row.status),
    createdAt: Number(row.created_at),
    results: row.results ? (JSON.parse(String(row.results)) as QueryRow['results']) : null,
    statistics: row.statistics ? (JSON.parse(String(row.statistics)) as Record<string, number>) : null,
    language: String(row.language),
  };
}

function toDefinition(row: Record<string, unknown>): QueryDefinitionRow {
  return {
    id: String(row.id),
    account: String(row.account),
    region: String(row.region),
    name: String(row.name),
    queryString: String(row.query_string),
    groups: JSON.parse(String(row.groups)) as string[],
    modified: Number(row.modified),
    language: String(row.language),
  };
}

function toExportTask(row: Record<string, unknown>): ExportTaskRow {
  return {
    id: String(row.id),
    account: String(row.account),
    region: String(row.region),
    name: (row.name as string | null) ?? null,
    groupName: String(row.group_name),
    from: Number(row.from_time),
    to: Number(row.to_time),
    destination: String(row.destination),
    prefix: String(row.prefix),
    streamPrefix: (row.stream_prefix as string | null) ?? null,
    status: String(row.status),
    message: (row.message as string | null) ?? null,
    createdAt: Number(row.created_at),
    completedAt: row.completed_at === null ? null : Number(row.completed_at),
  };
}
