import type { Store } from '../../core/store.js';

/** CloudWatch's storage: every SQL statement CloudWatch runs lives here. */

export interface DimensionPair {
  Name: string;
  Value: string;
}

export interface MetricRow {
  id: number;
  account: string;
  region: string;
  namespace: string;
  name: string;
  dimensions: DimensionPair[];
  lastPut: number;
}

/** One stored sample: a single value, a statistic set, or a Values/Counts array, with its aggregate. */
export interface SampleRow {
  timestamp: number;
  unit: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  /** Raw values as [value, count] pairs when known (for percentiles), else null. */
  values: Array<[number, number]> | null;
}

export interface NewSample extends SampleRow {}

export interface AlarmRecord {
  account: string;
  region: string;
  name: string;
  kind: 'MetricAlarm' | 'CompositeAlarm';
  /** The alarm as DescribeAlarms reports it (timestamps as epoch ms). */
  document: Record<string, unknown>;
}

export interface HistoryRecord {
  account: string;
  region: string;
  alarmName: string;
  alarmType: 'MetricAlarm' | 'CompositeAlarm';
  timestamp: number;
  itemType: 'ConfigurationUpdate' | 'StateUpdate' | 'Action';
  summary: string;
  data: string;
}

export interface DashboardSummary {
  name: string;
  size: number;
  modified: number;
}

export interface DashboardRecord {
  name: string;
  body: string;
  modified: number;
}

/** The schema's first migration, as shipped: never edit it; append the next one to MIGRATIONS. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS cw_metrics (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     namespace TEXT NOT NULL,
     name TEXT NOT NULL,
     dimensions TEXT NOT NULL,
     last_put INTEGER NOT NULL,
     UNIQUE (account, region, namespace, name, dimensions))`,
  `CREATE TABLE IF NOT EXISTS cw_samples (
     metric_id INTEGER NOT NULL REFERENCES cw_metrics(id) ON DELETE CASCADE,
     ts INTEGER NOT NULL,
     unit TEXT NOT NULL,
     count REAL NOT NULL,
     sum REAL NOT NULL,
     min REAL NOT NULL,
     max REAL NOT NULL,
     vals TEXT)`,
  'CREATE INDEX IF NOT EXISTS cw_samples_by_time ON cw_samples (metric_id, ts)',
  `CREATE TABLE IF NOT EXISTS cw_alarms (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     kind TEXT NOT NULL,
     document TEXT NOT NULL,
     PRIMARY KEY (account, region, name))`,
  `CREATE TABLE IF NOT EXISTS cw_history (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     alarm_name TEXT NOT NULL,
     alarm_type TEXT NOT NULL,
     ts INTEGER NOT NULL,
     item_type TEXT NOT NULL,
     summary TEXT NOT NULL,
     data TEXT NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS cw_history_by_alarm ON cw_history (account, region, alarm_name, ts)',
  `CREATE TABLE IF NOT EXISTS cw_dashboards (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     body TEXT NOT NULL,
     modified INTEGER NOT NULL,
     PRIMARY KEY (account, region, name))`,
  `CREATE TABLE IF NOT EXISTS cw_tags (
     arn TEXT PRIMARY KEY,
     tags TEXT NOT NULL)`,
];

/**
 * The second migration: resources stored whole as JSON documents, by kind and name
 * (Contributor Insights rules, anomaly detectors, metric streams, alarm mute rules).
 */
const SCHEMA_V2 = [
  `CREATE TABLE IF NOT EXISTS cw_resources (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     kind TEXT NOT NULL,
     name TEXT NOT NULL,
     document TEXT NOT NULL,
     PRIMARY KEY (account, region, kind, name))`,
];

const MIGRATIONS = [SCHEMA_V1, SCHEMA_V2];

/** The kinds of resource kept in cw_resources. */
export type ResourceKind = 'insight-rule' | 'anomaly-detector' | 'metric-stream' | 'mute-rule' | 'otel-enrichment';

/** Dimensions in a canonical order, so one metric is one row whatever order a client sends. */
export function canonicalDimensions(dimensions: DimensionPair[] | undefined): DimensionPair[] {
  return [...(dimensions ?? [])].map((d) => ({ Name: d.Name, Value: d.Value })).sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

interface MetricRecord {
  id: number;
  account: string;
  region: string;
  namespace: string;
  name: string;
  dimensions: string;
  last_put: number;
}

function historyPageSql(order: 'ASC' | 'DESC'): string {
  return `SELECT * FROM cw_history WHERE account = @account AND region = @region AND alarm_type IN (SELECT value FROM json_each(@types))
    AND (@name IS NULL OR alarm_name = @name) AND (@itemType IS NULL OR item_type = @itemType) AND ts >= @start AND ts <= @end
    ORDER BY ts ${order}, seq ${order} LIMIT @limit OFFSET @offset`;
}

/** Where a metric sits in listing order. */
export interface MetricKey {
  namespace: string;
  name: string;
  dimensions: DimensionPair[];
}

export interface SampleCursor {
  timestamp: number;
  rowid: number;
}

interface HistoryRow {
  account: string;
  region: string;
  alarm_name: string;
  alarm_type: string;
  ts: number;
  item_type: string;
  summary: string;
  data: string;
}

function toHistory(row: HistoryRow): HistoryRecord {
  return {
    account: row.account,
    region: row.region,
    alarmName: row.alarm_name,
    alarmType: row.alarm_type as HistoryRecord['alarmType'],
    timestamp: row.ts,
    itemType: row.item_type as HistoryRecord['itemType'],
    summary: row.summary,
    data: row.data,
  };
}

interface SampleRecord {
  ts: number;
  unit: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  vals: string | null;
}

function toSample(row: SampleRecord): SampleRow {
  return {
    timestamp: row.ts,
    unit: row.unit,
    count: row.count,
    sum: row.sum,
    min: row.min,
    max: row.max,
    values: row.vals ? (JSON.parse(row.vals) as Array<[number, number]>) : null,
  };
}

function toMetric(row: MetricRecord): MetricRow {
  return {
    id: row.id,
    account: row.account,
    region: row.region,
    namespace: row.namespace,
    name: row.name,
    dimensions: JSON.parse(row.dimensions) as DimensionPair[],
    lastPut: row.last_put,
  };
}

export class CloudWatchState {
  private readonly db;
  private readonly statements;

  constructor(store: Store) {
    store.ensureSchema('cloudwatch', MIGRATIONS);
    this.db = store.db;
    const db = store.db;
    this.statements = {
      findMetric: db.prepare('SELECT * FROM cw_metrics WHERE account = ? AND region = ? AND namespace = ? AND name = ? AND dimensions = ?'),
      insertMetric: db.prepare('INSERT INTO cw_metrics (account, region, namespace, name, dimensions, last_put) VALUES (?, ?, ?, ?, ?, ?)'),
      touchMetric: db.prepare('UPDATE cw_metrics SET last_put = MAX(last_put, ?) WHERE id = ?'),
      insertSample: db.prepare('INSERT INTO cw_samples (metric_id, ts, unit, count, sum, min, max, vals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      samples: db.prepare('SELECT ts, unit, count, sum, min, max, vals FROM cw_samples WHERE metric_id = ? AND ts >= ? AND ts < ? ORDER BY ts'),
      samplesAfter: db.prepare(
        'SELECT rowid, ts, unit, count, sum, min, max, vals FROM cw_samples WHERE metric_id = ? AND ts < ? AND (ts, rowid) > (?, ?) ORDER BY ts, rowid LIMIT ?',
      ),
      samplesNewestFirst: db.prepare('SELECT ts, unit, count, sum, min, max, vals FROM cw_samples WHERE metric_id = ? AND ts >= ? AND ts < ? ORDER BY ts DESC'),
      metricsAfter: db.prepare(
        'SELECT * FROM cw_metrics WHERE account = ? AND region = ? AND last_put >= ? AND (namespace, name, dimensions) > (?, ?, ?) ORDER BY namespace, name, dimensions LIMIT ?',
      ),
      namespaceMetricsAfter: db.prepare(
        'SELECT * FROM cw_metrics WHERE account = ? AND region = ? AND namespace = ? AND last_put >= ? AND (name, dimensions) > (?, ?) ORDER BY name, dimensions LIMIT ?',
      ),
      pruneSamples: db.prepare('DELETE FROM cw_samples WHERE ts < ?'),
      alarm: db.prepare('SELECT * FROM cw_alarms WHERE account = ? AND region = ? AND name = ?'),
      alarms: db.prepare('SELECT * FROM cw_alarms WHERE account = ? AND region = ? ORDER BY name'),
      allAlarms: db.prepare('SELECT * FROM cw_alarms'),
      insightsAlarmCount: db.prepare(
        `SELECT COUNT(*) AS n FROM cw_alarms WHERE account = ? AND region = ? AND kind = 'MetricAlarm' AND EXISTS (
           SELECT 1 FROM json_each(document, '$.Metrics') WHERE upper(ltrim(json_extract(value, '$.Expression'), ' ' || char(9) || char(10) || char(13))) LIKE 'SELECT%')`,
      ),
      putAlarm: db.prepare('INSERT INTO cw_alarms (account, region, name, kind, document) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, region, name) DO UPDATE SET kind = excluded.kind, document = excluded.document'),
      deleteAlarm: db.prepare('DELETE FROM cw_alarms WHERE account = ? AND region = ? AND name = ?'),
      insertHistory: db.prepare('INSERT INTO cw_history (account, region, alarm_name, alarm_type, ts, item_type, summary, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      history: db.prepare('SELECT * FROM cw_history WHERE account = ? AND region = ? ORDER BY ts, seq'),
      historyOldestFirst: db.prepare(historyPageSql('ASC')),
      historyNewestFirst: db.prepare(historyPageSql('DESC')),
      dashboard: db.prepare('SELECT name, body, modified FROM cw_dashboards WHERE account = ? AND region = ? AND name = ?'),
      dashboards: db.prepare('SELECT name, length(CAST(body AS BLOB)) AS size, modified FROM cw_dashboards WHERE account = ? AND region = ? ORDER BY name'),
      putDashboard: db.prepare('INSERT INTO cw_dashboards (account, region, name, body, modified) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, region, name) DO UPDATE SET body = excluded.body, modified = excluded.modified'),
      deleteDashboard: db.prepare('DELETE FROM cw_dashboards WHERE account = ? AND region = ? AND name = ?'),
      tags: db.prepare('SELECT tags FROM cw_tags WHERE arn = ?'),
      putTags: db.prepare('INSERT INTO cw_tags (arn, tags) VALUES (?, ?) ON CONFLICT (arn) DO UPDATE SET tags = excluded.tags'),
      deleteTags: db.prepare('DELETE FROM cw_tags WHERE arn = ?'),
      resource: db.prepare('SELECT document FROM cw_resources WHERE account = ? AND region = ? AND kind = ? AND name = ?'),
      resources: db.prepare('SELECT document FROM cw_resources WHERE account = ? AND region = ? AND kind = ? ORDER BY name'),
      resourceCount: db.prepare('SELECT COUNT(*) AS n FROM cw_resources WHERE account = ? AND region = ? AND kind = ?'),
      putResource: db.prepare(
        'INSERT INTO cw_resources (account, region, kind, name, document) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, region, kind, name) DO UPDATE SET document = excluded.document',
      ),
      deleteResource: db.prepare('DELETE FROM cw_resources WHERE account = ? AND region = ? AND kind = ? AND name = ?'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** The metric's row, created on first use; its last-put time moves forward. */
  upsertMetric(account: string, region: string, namespace: string, name: string, dimensions: DimensionPair[], now: number): MetricRow {
    const key = JSON.stringify(canonicalDimensions(dimensions));
    const existing = this.statements.findMetric.get(account, region, namespace, name, key) as MetricRecord | undefined;
    if (existing) {
      this.statements.touchMetric.run(now, existing.id);
      return { ...toMetric(existing), lastPut: Math.max(existing.last_put, now) };
    }
    const info = this.statements.insertMetric.run(account, region, namespace, name, key, now);
    return { id: Number(info.lastInsertRowid), account, region, namespace, name, dimensions: JSON.parse(key), lastPut: now };
  }

  findMetric(account: string, region: string, namespace: string, name: string, dimensions: DimensionPair[] | undefined): MetricRow | undefined {
    const row = this.statements.findMetric.get(account, region, namespace, name, JSON.stringify(canonicalDimensions(dimensions))) as MetricRecord | undefined;
    return row ? toMetric(row) : undefined;
  }

  insertSample(metricId: number, sample: NewSample): void {
    this.statements.insertSample.run(metricId, sample.timestamp, sample.unit, sample.count, sample.sum, sample.min, sample.max, sample.values ? JSON.stringify(sample.values) : null);
  }

  /** Samples with start <= timestamp < end, oldest first. */
  samples(metricId: number, start: number, end: number): SampleRow[] {
    return (this.statements.samples.all(metricId, start, end) as SampleRecord[]).map(toSample);
  }

  /**
   * Up to `limit` samples with timestamp < end after the sample `after` (or from `start`),
   * oldest first, with the cursor for the next slice: a long read taken in slices.
   */
  samplesAfter(metricId: number, start: number, end: number, after: SampleCursor | undefined, limit: number): { samples: SampleRow[]; next: SampleCursor | undefined } {
    const rows = this.statements.samplesAfter.all(metricId, end, after?.timestamp ?? start, after?.rowid ?? -1, limit) as Array<SampleRecord & { rowid: number }>;
    const last = rows[rows.length - 1];
    return { samples: rows.map(toSample), next: rows.length === limit ? { timestamp: last.ts, rowid: last.rowid } : undefined };
  }

  /** The same samples one at a time, in either order, so a reader can stop as soon as it has enough. */
  *iterateSamples(metricId: number, start: number, end: number, newestFirst: boolean): Generator<SampleRow> {
    const statement = newestFirst ? this.statements.samplesNewestFirst : this.statements.samples;
    for (const row of statement.iterate(metricId, start, end) as IterableIterator<SampleRecord>) yield toSample(row);
  }

  /** Up to `limit` metrics with a put at or after `since`, after `after` in listing order: a long scan taken in slices. */
  metricsAfter(account: string, region: string, since: number, after: MetricKey | undefined, limit: number, namespace?: string): MetricRow[] {
    const dimensions = after ? JSON.stringify(canonicalDimensions(after.dimensions)) : '';
    const rows =
      namespace === undefined
        ? this.statements.metricsAfter.all(account, region, since, after?.namespace ?? '', after?.name ?? '', dimensions, limit)
        : this.statements.namespaceMetricsAfter.all(account, region, namespace, since, after?.name ?? '', dimensions, limit);
    return (rows as MetricRecord[]).map(toMetric);
  }

  pruneSamples(before: number): void {
    this.statements.pruneSamples.run(before);
  }

  // ------------------------------------------------------------ alarms

  alarm(account: string, region: string, name: string): AlarmRecord | undefined {
    const row = this.statements.alarm.get(account, region, name) as { account: string; region: string; name: string; kind: string; document: string } | undefined;
    return row ? { account: row.account, region: row.region, name: row.name, kind: row.kind as AlarmRecord['kind'], document: JSON.parse(row.document) } : undefined;
  }

  alarms(account: string, region: string): AlarmRecord[] {
    const rows = this.statements.alarms.all(account, region) as Array<{ account: string; region: string; name: string; kind: string; document: string }>;
    return rows.map((row) => ({ account: row.account, region: row.region, name: row.name, kind: row.kind as AlarmRecord['kind'], document: JSON.parse(row.document) }));
  }

  allAlarms(): AlarmRecord[] {
    const rows = this.statements.allAlarms.all() as Array<{ account: string; region: string; name: string; kind: string; document: string }>;
    return rows.map((row) => ({ account: row.account, region: row.region, name: row.name, kind: row.kind as AlarmRecord['kind'], document: JSON.parse(row.document) }));
  }

  /** How many metric alarms of the account and Region watch a Metrics Insights query (an Expression starting with SELECT). */
  insightsAlarmCount(account: string, region: string): number {
    return (this.statements.insightsAlarmCount.get(account, region) as { n: number }).n;
  }

  putAlarm(alarm: AlarmRecord): void {
    this.statements.putAlarm.run(alarm.account, alarm.region, alarm.name, alarm.kind, JSON.stringify(alarm.document));
  }

  deleteAlarm(account: string, region: string, name: string): void {
    this.statements.deleteAlarm.run(account, region, name);
  }

  addHistory(item: HistoryRecord): void {
    this.statements.insertHistory.run(item.account, item.region, item.alarmName, item.alarmType, item.timestamp, item.itemType, item.summary, item.data);
  }

  history(account: string, region: string): HistoryRecord[] {
    return (this.statements.history.all(account, region) as HistoryRow[]).map(toHistory);
  }

  /** One page of history items, filtered and ordered in SQL so a long history is never read whole. */
  historyPage(query: {
    account: string;
    region: string;
    types: string[];
    alarmName?: string;
    itemType?: string;
    start: number;
    end: number;
    descending: boolean;
    offset: number;
    limit: number;
  }): HistoryRecord[] {
    const statement = query.descending ? this.statements.historyNewestFirst : this.statements.historyOldestFirst;
    const rows = statement.all({
      account: query.account,
      region: query.region,
      types: JSON.stringify(query.types),
      name: query.alarmName ?? null,
      itemType: query.itemType ?? null,
      start: Math.max(query.start, Number.MIN_SAFE_INTEGER),
      end: Math.min(query.end, Number.MAX_SAFE_INTEGER),
      offset: query.offset,
      limit: query.limit,
    }) as HistoryRow[];
    return rows.map(toHistory);
  }


  // ------------------------------------------------------------ dashboards

  dashboard(account: string, region: string, name: string): DashboardRecord | undefined {
    return this.statements.dashboard.get(account, region, name) as DashboardRecord | undefined;
  }

  /** Every dashboard's name, size in bytes and time, without reading the bodies (a listing must not load them all). */
  dashboards(account: string, region: string): DashboardSummary[] {
    return this.statements.dashboards.all(account, region) as DashboardSummary[];
  }

  putDashboard(account: string, region: string, name: string, body: string, now: number): void {
    this.statements.putDashboard.run(account, region, name, body, now);
  }

  deleteDashboard(account: string, region: string, name: string): void {
    this.statements.deleteDashboard.run(account, region, name);
  }

  // ------------------------------------------------------------ tags

  tags(arn: string): Record<string, string> {
    const row = this.statements.tags.get(arn) as { tags: string } | undefined;
    return row ? (JSON.parse(row.tags) as Record<string, string>) : {};
  }

  setTags(arn: string, tags: Record<string, string>): void {
    if (Object.keys(tags).length) this.statements.putTags.run(arn, JSON.stringify(tags));
    else this.statements.deleteTags.run(arn);
  }

  // ------------------------------------------------------------ resources kept whole (rules, detectors, streams)

  resource<T>(account: string, region: string, kind: ResourceKind, name: string): T | undefined {
    const row = this.statements.resource.get(account, region, kind, name) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as T) : undefined;
  }

  /** Every resource of a kind, in name order. */
  resources<T>(account: string, region: string, kind: ResourceKind): T[] {
    return (this.statements.resources.all(account, region, kind) as Array<{ document: string }>).map((row) => JSON.parse(row.document) as T);
  }

  resourceCount(account: string, region: string, kind: ResourceKind): number {
    return (this.statements.resourceCount.get(account, region, kind) as { n: number }).n;
  }

  putResource(account: string, region: string, kind: ResourceKind, name: string, document: unknown): void {
    this.statements.putResource.run(account, region, kind, name, JSON.stringify(document));
  }

  deleteResource(account: string, region: string, kind: ResourceKind, name: string): boolean {
    return this.statements.deleteResource.run(account, region, kind, name).changes > 0;
  }
}
