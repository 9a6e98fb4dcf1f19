import type { ServiceAddressing, ServiceModule } from '../core/runtime.js';
import { lambdaAddressing } from './lambda/addressing.js';
import { s3Addressing } from './s3/addressing.js';
import { snsAddressing } from './sns/addressing.js';
import { sqsAddressing } from './sqs/addressing.js';

/** The services Nimbus implements, by model id; each loads on its first request. */
export const SERVICE_LOADERS: Record<string, () => Promise<ServiceModule>> = {
  sqs: () => import('./sqs/index.js'),
  lambda: () => import('./lambda/index.js'),
  s3: () => import('./s3/index.js'),
  dynamodb: () => import('./dynamodb/index.js'),
  dynamodbstreams: () => import('./dynamodbstreams/index.js'),
  logs: () => import('./logs/index.js'),
  cloudwatch: () => import('./cloudwatch/index.js'),
  sns: () => import('./sns/index.js'),
  events: () => import('./events/index.js'),
  scheduler: () => import('./scheduler/index.js'),
  pipes: () => import('./pipes/index.js'),
  schemas: () => import('./schemas/index.js'),
  kinesis: () => import('./kinesis/index.js'),
  firehose: () => import('./firehose/index.js'),
  kinesisanalyticsv2: () => import('./kinesisanalyticsv2/index.js'),
  iam: () => import('./iam/index.js'),
  sts: () => import('./sts/index.js'),
  codedeploy: () => import('./codedeploy/index.js'),
};

/** How services are addressed beyond their models (hosts, paths), loaded at start: routing needs them first. */
export const SERVICE_ADDRESSING: ServiceAddressing[] = [lambdaAddressing, s3Addressing, snsAddressing, sqsAddressing];

/** Blob folders the services rebuild from the store on demand (extracted Lambda code and layers, runtime files): not in snapshots. */
export const DERIVED_BLOB_FOLDERS = ['lambda/tasks', 'lambda/opt', 'lambda/runtime'];

/** Each service's tables start with its prefix (its state.ts names them): a per-service reset empties those. */
export const SERVICE_TABLE_PREFIXES: Record<string, string> = {
  sqs: 'sqs_',
  lambda: 'lambda_',
  s3: 's3_',
  dynamodb: 'ddb_',
  // Stream records are written with the items they describe, in DynamoDB's own tables.
  dynamodbstreams: 'ddb_stream',
  logs: 'logs_',
  cloudwatch: 'cw_',
  sns: 'sns_',
  events: 'events_',
  scheduler: 'scheduler_',
  pipes: 'pipes_',
  schemas: 'schemas_',
  kinesis: 'kinesis_',
  firehose: 'firehose_',
  kinesisanalyticsv2: 'kda_',
  iam: 'iam_',
  sts: 'sts_',
  codedeploy: 'codedeploy_',
};

/** What `nimbus status` counts per service: a resource kind and the table holding one row of each. */
export const SERVICE_RESOURCE_TABLES: Record<string, Record<string, string>> = {
  sqs: { queues: 'sqs_queues', messages: 'sqs_messages' },
  lambda: { functions: 'lambda_functions', 'layer versions': 'lambda_layer_versions', 'event source mappings': 'lambda_event_source_mappings', 'async events waiting': 'lambda_async_events' },
  s3: { buckets: 's3_buckets', objects: 's3_objects' },
  dynamodb: {
    tables: 'ddb_tables',
    items: 'ddb_items',
    backups: 'ddb_backups',
    'tables with PITR': 'ddb_pitr_settings',
    exports: 'ddb_exports',
    imports: 'ddb_imports',
    'global table replicas': 'ddb_global_replicas',
  },
  dynamodbstreams: { streams: 'ddb_streams', shards: 'ddb_stream_shards', 'stream records': 'ddb_stream_records' },
  logs: { 'log groups': 'logs_groups', 'log streams': 'logs_streams' },
  cloudwatch: { alarms: 'cw_alarms', metrics: 'cw_metrics', dashboards: 'cw_dashboards' },
  sns: { topics: 'sns_topics', subscriptions: 'sns_subscriptions' },
  events: {
    'event buses': 'events_buses',
    rules: 'events_rules',
    targets: 'events_targets',
    archives: 'events_archives',
    'archived events': 'events_archived_events',
    replays: 'events_replays',
    connections: 'events_connections',
    'API destinations': 'events_api_destinations',
  },
  pipes: { pipes: 'pipes_pipes' },
  firehose: { 'delivery streams': 'firehose_delivery_streams' },
  kinesis: { streams: 'kinesis_streams', shards: 'kinesis_shards', records: 'kinesis_records', consumers: 'kinesis_consumers' },
  scheduler: { 'schedule groups': 'scheduler_groups', schedules: 'scheduler_schedules' },
  schemas: { registries: 'schemas_registries', schemas: 'schemas_schemas', discoverers: 'schemas_discoverers' },
  kinesisanalyticsv2: { applications: 'kda_applications', snapshots: 'kda_snapshots' },
  iam: { users: 'iam_users', groups: 'iam_groups', roles: 'iam_roles', 'managed policies': 'iam_policies', 'access keys': 'iam_access_keys', 'instance profiles': 'iam_instance_profiles' },
  sts: { sessions: 'sts_sessions' },
  codedeploy: { applications: 'codedeploy_applications', 'deployment groups': 'codedeploy_deployment_groups', 'deployment configs': 'codedeploy_deployment_configs', deployments: 'codedeploy_deployments', revisions: 'codedeploy_revisions' },
};

/**
 * Tables whose rows are work on the clock (alarms, scheduled queries, durable executions, rules
 * with schedules, schedules, pipes, buffering delivery streams): a service with a row in one of
 * them starts with Nimbus instead of at its first request, so its timers survive a restart.
 */
export const SERVICE_WAKE_TABLES: Record<string, string[]> = {
  // TTL sweeps, replication to replicas, Kinesis destinations' outbox, exports and imports under way.
  dynamodb: ['ddb_ttl_settings', 'ddb_global_replicas', 'ddb_kinesis_destinations', 'ddb_exports', 'ddb_imports'],
  cloudwatch: ['cw_alarms'],
  logs: ['logs_configurations'],
  // Durable executions' waits, event source mappings' pollers, asynchronous events waiting for a retry.
  lambda: ['lambda_durable_executions', 'lambda_event_source_mappings', 'lambda_async_events'],
  // Issued keys and sessions resolve (identities) only once their service runs: after a restart, from the start.
  iam: ['iam_access_keys'],
  sts: ['sts_sessions'],
  // Deployments shift traffic and watch alarms on the clock.
  codedeploy: ['codedeploy_deployments'],
  events: ['events_rules', 'events_replays', 'events_archives'],
  scheduler: ['scheduler_schedules'],
  pipes: ['pipes_pipes'],
  // Buffers flush and Kinesis sources are read on the clock.
  firehose: ['firehose_delivery_streams'],
  // Started discoverers read what EventBridge puts, which asks only a running Schemas.
  schemas: ['schemas_discoverers'],
};
