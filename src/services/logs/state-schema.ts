/**
 * CloudWatch Logs' tables, as ordered migrations (see Store.ensureSchema), the rows the
 * service works with, and how a stored record reads as one. The statements are in state.ts.
 */

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

/** Version 1 of the schema, as first shipped: never edit it; a change is a new migration after it. */
const SCHEMA_V1 = [
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

export interface GroupRecord {
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

export function toGroup(row: GroupRecord): GroupRow {
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

export interface StreamRecord {
  id: number;
  group_id: number;
  name: string;
  created_at: number;
  first_event: number | null;
  last_event: number | null;
  last_ingestion: number | null;
}

export function toStream(row: StreamRecord): StreamRow {
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

export interface EventRecord {
  seq: number;
  stream_id: number;
  stream_name: string;
  ts: number;
  ingested_at: number;
  message: string;
}

export function toEvent(row: EventRecord): EventRow {
  return { seq: row.seq, streamId: row.stream_id, streamName: row.stream_name, timestamp: row.ts, ingestedAt: row.ingested_at, message: row.message };
}

export interface NewEvent {
  timestamp: number;
  message: string;
}

/**
 * Version 2: the account's named configurations that are documents more than rows (resource
 * policies, destinations, delivery sources/destinations/deliveries, data protection, account,
 * index and transformer policies), one table keyed by kind and name, the body as JSON.
 */
const SCHEMA_V2 = [
  `CREATE TABLE IF NOT EXISTS logs_configurations (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     kind TEXT NOT NULL,
     name TEXT NOT NULL,
     body TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, kind, name))`,
];

/** The schema's migrations, oldest first. */
export const MIGRATIONS = [SCHEMA_V1, SCHEMA_V2];

/** One stored configuration of a kind (see SCHEMA_V2). */
export interface ConfigurationRow<T = Record<string, unknown>> {
  account: string;
  region: string;
  kind: string;
  name: string;
  body: T;
  createdAt: number;
  updatedAt: number;
}

export function toConfiguration<T>(row: Record<string, unknown>): ConfigurationRow<T> {
  return {
    account: String(row.account),
    region: String(row.region),
    kind: String(row.kind),
    name: String(row.name),
    body: JSON.parse(String(row.body)) as T,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export function toMetricFilter(row: Record<string, unknown>): MetricFilterRow {
  return {
    groupId: Number(row.group_id),
    name: String(row.name),
    pattern: String(row.pattern),
    transformations: JSON.parse(String(row.transformations)) as Array<Record<string, unknown>>,
    createdAt: Number(row.created_at),
    applyOnTransformedLogs: row.apply_on_transformed === 1,
  };
}

export function toQuery(row: Record<string, unknown>): QueryRow {
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

export function toDefinition(row: Record<string, unknown>): QueryDefinitionRow {
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

export function toExportTask(row: Record<string, unknown>): ExportTaskRow {
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
