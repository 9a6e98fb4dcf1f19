import type { Store } from '../../core/store.js';
import {
  MIGRATIONS,
  toGroup,
  toStream,
  toEvent,
  toMetricFilter,
  toQuery,
  toDefinition,
  toExportTask,
  toConfiguration,
  type ConfigurationRow,
  type GroupRow,
  type StreamRow,
  type EventRow,
  type MetricFilterRow,
  type SubscriptionFilterRow,
  type QueryRow,
  type QueryDefinitionRow,
  type ExportTaskRow,
  type NewEvent,
  type GroupRecord,
  type StreamRecord,
  type EventRecord,
} from './state-schema.js';

export type { ConfigurationRow, GroupRow, StreamRow, EventRow, MetricFilterRow, SubscriptionFilterRow, QueryRow, QueryDefinitionRow, ExportTaskRow, NewEvent } from './state-schema.js';

/** CloudWatch Logs' storage: every SQL statement Logs runs lives here. */

export class LogsState {
  private readonly db;
  private readonly s;
  private readonly scans = new Map<string, import('better-sqlite3').Statement>();

  constructor(store: Store) {
    store.ensureSchema('logs', MIGRATIONS);
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
      groupEventsBefore: db.prepare(
        'SELECT e.seq, e.stream_id, s.name AS stream_name, e.ts, e.ingested_at, e.message FROM logs_events e JOIN logs_streams s ON s.id = e.stream_id WHERE e.group_id = ? AND e.ts >= ? AND e.ts <= ? AND (e.ts < ? OR (e.ts = ? AND e.seq < ?)) ORDER BY e.ts DESC, e.seq DESC LIMIT ?',
      ),
      eventInGroup: db.prepare(
        'SELECT e.seq, e.stream_id, s.name AS stream_name, e.ts, e.ingested_at, e.message FROM logs_events e JOIN logs_streams s ON s.id = e.stream_id WHERE e.group_id = ? AND e.seq = ?',
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
      unfinishedQueries: db.prepare("SELECT * FROM logs_queries WHERE status IN ('Scheduled', 'Running') ORDER BY created_at, id"),
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
      unfinishedExportTasks: db.prepare("SELECT * FROM logs_export_tasks WHERE status IN ('PENDING', 'RUNNING') ORDER BY created_at, id"),
      configuration: db.prepare('SELECT * FROM logs_configurations WHERE account = ? AND region = ? AND kind = ? AND name = ?'),
      configurations: db.prepare('SELECT * FROM logs_configurations WHERE account = ? AND region = ? AND kind = ? ORDER BY name'),
      putConfiguration: db.prepare(
        'INSERT INTO logs_configurations (account, region, kind, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, region, kind, name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
      ),
      configurationsOfKind: db.prepare('SELECT * FROM logs_configurations WHERE kind = ? ORDER BY account, region, name'),
      deleteConfiguration: db.prepare('DELETE FROM logs_configurations WHERE account = ? AND region = ? AND kind = ? AND name = ?'),
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

  /** Up to `limit` events of a group before (ts, seq), newest first, within [start, end]. */
  groupEventsBefore(groupId: number, start: number, end: number, beforeTs: number, beforeSeq: number, limit: number): EventRow[] {
    return (this.s.groupEventsBefore.all(groupId, start, end, beforeTs, beforeTs, beforeSeq, limit) as EventRecord[]).map(toEvent);
  }

  /** One event of a group by its sequence number (what an Insights @ptr names). */
  eventInGroup(groupId: number, seq: number): EventRow | undefined {
    const row = this.s.eventInGroup.get(groupId, seq) as EventRecord | undefined;
    return row ? toEvent(row) : undefined;
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

  /** Queries of every account still Scheduled or Running (a process that stopped left them so). */
  unfinishedQueries(): QueryRow[] {
    return (this.s.unfinishedQueries.all() as Array<Record<string, unknown>>).map(toQuery);
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

  /** Export tasks of every account still PENDING or RUNNING. */
  unfinishedExportTasks(): ExportTaskRow[] {
    return (this.s.unfinishedExportTasks.all() as Array<Record<string, unknown>>).map(toExportTask);
  }

  // ------------------------------------------------------------ configurations (policies, destinations, deliveries...)

  configuration<T>(account: string, region: string, kind: string, name: string): ConfigurationRow<T> | undefined {
    const row = this.s.configuration.get(account, region, kind, name) as Record<string, unknown> | undefined;
    return row ? toConfiguration<T>(row) : undefined;
  }

  /** Every configuration of a kind in an account and region, by name. */
  configurations<T>(account: string, region: string, kind: string): Array<ConfigurationRow<T>> {
    return (this.s.configurations.all(account, region, kind) as Array<Record<string, unknown>>).map((row) => toConfiguration<T>(row));
  }

  /** Every configuration of a kind in every account and region (what another account's resources point at). */
  configurationsOfKind<T>(kind: string): Array<ConfigurationRow<T>> {
    return (this.s.configurationsOfKind.all(kind) as Array<Record<string, unknown>>).map((row) => toConfiguration<T>(row));
  }

  /** Creates or replaces one (a replacement keeps its creation time). */
  putConfiguration(account: string, region: string, kind: string, name: string, body: unknown, now: number): void {
    this.s.putConfiguration.run(account, region, kind, name, JSON.stringify(body), now, now);
  }

  deleteConfiguration(account: string, region: string, kind: string, name: string): boolean {
    return this.s.deleteConfiguration.run(account, region, kind, name).changes > 0;
  }
}
