import type { Store } from '../../core/store.js';
import type * as CD from '../../generated/codedeploy.js';

/** CodeDeploy's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS codedeploy_applications (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL,
     id TEXT NOT NULL, compute_platform TEXT NOT NULL, created_at INTEGER NOT NULL, tags TEXT NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS codedeploy_deployment_configs (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, document TEXT NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS codedeploy_deployment_groups (
     account TEXT NOT NULL, region TEXT NOT NULL, application TEXT NOT NULL, name TEXT NOT NULL,
     document TEXT NOT NULL, tags TEXT NOT NULL,
     PRIMARY KEY (account, region, application, name)
   )`,
  // Every deployment, finished ones too (GetDeployment answers for them); unfinished ones are work on the clock.
  `CREATE TABLE IF NOT EXISTS codedeploy_deployments (
     id TEXT PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, application TEXT NOT NULL,
     group_name TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL, document TEXT NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS codedeploy_deployments_scope ON codedeploy_deployments (account, region, created_at, id)',
  'CREATE INDEX IF NOT EXISTS codedeploy_deployments_status ON codedeploy_deployments (status)',
];

/** V2: application revisions (registered, or used by a deployment), keyed by what identifies each. */
const SCHEMA_V2 = [
  `CREATE TABLE IF NOT EXISTS codedeploy_revisions (
     account TEXT NOT NULL, region TEXT NOT NULL, application TEXT NOT NULL, revision_key TEXT NOT NULL,
     registered_at INTEGER NOT NULL, document TEXT NOT NULL,
     PRIMARY KEY (account, region, application, revision_key)
   )`,
];

export type Tags = Array<{ Key: string; Value: string }>;

/** An application revision: where it is, and when and by whom it was used (times as epoch ms). */
export interface RevisionDoc {
  location: CD.RevisionLocation;
  description?: string;
  registerTime: number;
  firstUsedTime?: number;
  lastUsedTime?: number;
  deploymentGroups: string[];
}

export interface ApplicationRow {
  account: string;
  region: string;
  name: string;
  id: string;
  computePlatform: 'Server' | 'Lambda' | 'ECS';
  createdAt: number;
  tags: Tags;
}

/** A custom deployment configuration as GetDeploymentConfig describes it (createTime as epoch ms). */
export interface DeploymentConfigDoc {
  deploymentConfigId: string;
  deploymentConfigName: string;
  computePlatform: 'Server' | 'Lambda' | 'ECS';
  createTime: number;
  minimumHealthyHosts?: CD.MinimumHealthyHosts;
  trafficRoutingConfig?: CD.TrafficRoutingConfig;
  zonalConfig?: CD.ZonalConfig;
}

/** A deployment group's settings, as given (and defaulted) by Create/UpdateDeploymentGroup. */
export interface DeploymentGroupDoc {
  deploymentGroupId: string;
  deploymentGroupName: string;
  applicationName: string;
  computePlatform: 'Server' | 'Lambda' | 'ECS';
  serviceRoleArn: string;
  deploymentConfigName: string;
  deploymentStyle: CD.DeploymentStyle;
  autoRollbackConfiguration?: CD.AutoRollbackConfiguration;
  alarmConfiguration?: CD.AlarmConfiguration;
  /** What AWS stores and echoes for other platforms (not acted on). */
  settings: Record<string, unknown>;
  lastAttempted?: { deploymentId: string; status: string; createTime: number; endTime?: number };
  lastSuccessful?: { deploymentId: string; status: string; createTime: number; endTime?: number };
  targetRevision?: CD.RevisionLocation;
}

export type LifecycleStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown';
export type DeploymentStatus = 'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Succeeded' | 'Failed' | 'Stopped' | 'Ready';

export interface LifecycleEventRecord {
  name: 'BeforeAllowTraffic' | 'AllowTraffic' | 'AfterAllowTraffic';
  status: LifecycleStatus;
  startTime?: number;
  endTime?: number;
  /** The hook function and the execution id it was given (hook events only). */
  hookFunction?: string;
  hookExecutionId?: string;
  diagnostics?: CD.Diagnostics;
}

/** How traffic moves: all at once, or a first step of `percentage` then the rest (canary) or more steps (linear) every `intervalMinutes`. */
export interface TrafficRouting {
  type: 'AllAtOnce' | 'TimeBasedCanary' | 'TimeBasedLinear';
  percentage: number;
  intervalMinutes: number;
}

/** A Lambda deployment: what GetDeployment reports and where the engine stands (timestamps as epoch ms). */
export interface DeploymentDoc {
  deploymentId: string;
  account: string;
  region: string;
  applicationName: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  computePlatform: 'Server' | 'Lambda' | 'ECS';
  creator: 'user' | 'codeDeployRollback';
  status: DeploymentStatus;
  description?: string;
  createTime: number;
  startTime?: number;
  completeTime?: number;
  revision: CD.RevisionLocation;
  autoRollbackConfiguration?: CD.AutoRollbackConfiguration;
  alarmConfiguration?: CD.AlarmConfiguration;
  overrideAlarmConfiguration?: CD.AlarmConfiguration;
  deploymentStyle: CD.DeploymentStyle;
  routing: TrafficRouting;
  errorInformation?: CD.ErrorInformation;
  rollbackInfo?: CD.RollbackInfo;
  /** The AppSpec's one Lambda resource. */
  target: {
    functionName: string;
    alias: string;
    currentVersion: string;
    targetVersion: string;
    /** Percent of traffic on the target version. */
    weight: number;
    status: LifecycleStatus;
    lastUpdatedAt: number;
  };
  hooks: { BeforeAllowTraffic?: string; AfterAllowTraffic?: string };
  events: LifecycleEventRecord[];
  /** When the engine acts next: a traffic step, or a hook's deadline. */
  nextAt?: number;
}

const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'];

/** All of CodeDeploy's SQL. */
export class CodeDeployState {
  constructor(private readonly store: Store) {
    store.ensureSchema('codedeploy', [SCHEMA_V1, SCHEMA_V2]);
  }

  // ------------------------------------------------------------ applications

  application(account: string, region: string, name: string): ApplicationRow | undefined {
    const row = this.store.statement('SELECT * FROM codedeploy_applications WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as RawApplication | undefined;
    return row ? toApplication(row) : undefined;
  }

  applications(account: string, region: string): ApplicationRow[] {
    const rows = this.store.statement('SELECT * FROM codedeploy_applications WHERE account = ? AND region = ? ORDER BY name').all(account, region) as RawApplication[];
    return rows.map(toApplication);
  }

  /** Rows of one kind in an account and region (the per-account quotas count them). */
  applicationCount(account: string, region: string): number {
    return (this.store.statement('SELECT COUNT(*) AS n FROM codedeploy_applications WHERE account = ? AND region = ?').get(account, region) as { n: number }).n;
  }

  deploymentConfigCount(account: string, region: string): number {
    return (this.store.statement('SELECT COUNT(*) AS n FROM codedeploy_deployment_configs WHERE account = ? AND region = ?').get(account, region) as { n: number }).n;
  }

  deploymentGroupCount(account: string, region: string, application: string): number {
    return (this.store.statement('SELECT COUNT(*) AS n FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ?').get(account, region, application) as { n: number }).n;
  }

  putApplication(app: ApplicationRow): void {
    this.store
      .statement('INSERT OR REPLACE INTO codedeploy_applications (account, region, name, id, compute_platform, created_at, tags) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(app.account, app.region, app.name, app.id, app.computePlatform, app.createdAt, JSON.stringify(app.tags));
  }

  /** Renames an application with its groups and deployments, in one transaction. */
  renameApplication(account: string, region: string, from: string, to: string): void {
    this.store.transaction(() => {
      this.store.statement('UPDATE codedeploy_applications SET name = ? WHERE account = ? AND region = ? AND name = ?').run(to, account, region, from);
      for (const group of this.deploymentGroups(account, region, from)) {
        group.applicationName = to;
        this.store.statement('DELETE FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ? AND name = ?').run(account, region, from, group.deploymentGroupName);
        this.putDeploymentGroup(account, region, group, this.deploymentGroupTags(account, region, from, group.deploymentGroupName) ?? []);
      }
      this.store.statement('UPDATE codedeploy_revisions SET application = ? WHERE account = ? AND region = ? AND application = ?').run(to, account, region, from);
      for (const deployment of this.deploymentsOf(account, region, from)) {
        deployment.applicationName = to;
        this.putDeployment(deployment);
      }
    });
  }

  deleteApplication(account: string, region: string, name: string): void {
    this.store.transaction(() => {
      this.store.statement('DELETE FROM codedeploy_applications WHERE account = ? AND region = ? AND name = ?').run(account, region, name);
      this.store.statement('DELETE FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ?').run(account, region, name);
      this.store.statement('DELETE FROM codedeploy_revisions WHERE account = ? AND region = ? AND application = ?').run(account, region, name);
    });
  }

  setApplicationTags(account: string, region: string, name: string, tags: Tags): void {
    this.store.statement('UPDATE codedeploy_applications SET tags = ? WHERE account = ? AND region = ? AND name = ?').run(JSON.stringify(tags), account, region, name);
  }

  // ------------------------------------------------------------ deployment configs (custom ones)

  deploymentConfig(account: string, region: string, name: string): DeploymentConfigDoc | undefined {
    const row = this.store.statement('SELECT document FROM codedeploy_deployment_configs WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as DeploymentConfigDoc) : undefined;
  }

  deploymentConfigs(account: string, region: string): DeploymentConfigDoc[] {
    const rows = this.store.statement('SELECT document FROM codedeploy_deployment_configs WHERE account = ? AND region = ? ORDER BY name').all(account, region) as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as DeploymentConfigDoc);
  }

  putDeploymentConfig(account: string, region: string, config: DeploymentConfigDoc): void {
    this.store
      .statement('INSERT OR REPLACE INTO codedeploy_deployment_configs (account, region, name, document) VALUES (?, ?, ?, ?)')
      .run(account, region, config.deploymentConfigName, JSON.stringify(config));
  }

  deleteDeploymentConfig(account: string, region: string, name: string): void {
    this.store.statement('DELETE FROM codedeploy_deployment_configs WHERE account = ? AND region = ? AND name = ?').run(account, region, name);
  }

  // ------------------------------------------------------------ deployment groups

  deploymentGroup(account: string, region: string, application: string, name: string): DeploymentGroupDoc | undefined {
    const row = this.store
      .statement('SELECT document FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ? AND name = ?')
      .get(account, region, application, name) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as DeploymentGroupDoc) : undefined;
  }

  deploymentGroups(account: string, region: string, application: string): DeploymentGroupDoc[] {
    const rows = this.store
      .statement('SELECT document FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ? ORDER BY name')
      .all(account, region, application) as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as DeploymentGroupDoc);
  }

  /** Whether any group of the account and region names this deployment configuration. */
  deploymentConfigInUse(account: string, region: string, configName: string): boolean {
    const rows = this.store.statement('SELECT document FROM codedeploy_deployment_groups WHERE account = ? AND region = ?').all(account, region) as Array<{ document: string }>;
    return rows.some((row) => (JSON.parse(row.document) as DeploymentGroupDoc).deploymentConfigName === configName);
  }

  deploymentGroupTags(account: string, region: string, application: string, name: string): Tags | undefined {
    const row = this.store
      .statement('SELECT tags FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ? AND name = ?')
      .get(account, region, application, name) as { tags: string } | undefined;
    return row ? (JSON.parse(row.tags) as Tags) : undefined;
  }

  putDeploymentGroup(account: string, region: string, group: DeploymentGroupDoc, tags: Tags): void {
    this.store
      .statement('INSERT OR REPLACE INTO codedeploy_deployment_groups (account, region, application, name, document, tags) VALUES (?, ?, ?, ?, ?, ?)')
      .run(account, region, group.applicationName, group.deploymentGroupName, JSON.stringify(group), JSON.stringify(tags));
  }

  renameDeploymentGroup(account: string, region: string, application: string, from: string, group: DeploymentGroupDoc): void {
    this.store.transaction(() => {
      const tags = this.deploymentGroupTags(account, region, application, from) ?? [];
      this.deleteDeploymentGroup(account, region, application, from);
      this.putDeploymentGroup(account, region, group, tags);
      this.store.statement('UPDATE codedeploy_deployments SET group_name = ? WHERE account = ? AND region = ? AND application = ? AND group_name = ?').run(group.deploymentGroupName, account, region, application, from);
    });
  }

  deleteDeploymentGroup(account: string, region: string, application: string, name: string): void {
    this.store.statement('DELETE FROM codedeploy_deployment_groups WHERE account = ? AND region = ? AND application = ? AND name = ?').run(account, region, application, name);
  }

  // ------------------------------------------------------------ application revisions

  revision(account: string, region: string, application: string, key: string): RevisionDoc | undefined {
    const row = this.store
      .statement('SELECT document FROM codedeploy_revisions WHERE account = ? AND region = ? AND application = ? AND revision_key = ?')
      .get(account, region, application, key) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as RevisionDoc) : undefined;
  }

  /** An application's revisions, in the order they were registered. */
  revisions(account: string, region: string, application: string): RevisionDoc[] {
    const rows = this.store
      .statement('SELECT document FROM codedeploy_revisions WHERE account = ? AND region = ? AND application = ? ORDER BY registered_at, revision_key')
      .all(account, region, application) as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as RevisionDoc);
  }

  putRevision(account: string, region: string, application: string, key: string, revision: RevisionDoc): void {
    this.store
      .statement('INSERT OR REPLACE INTO codedeploy_revisions (account, region, application, revision_key, registered_at, document) VALUES (?, ?, ?, ?, ?, ?)')
      .run(account, region, application, key, revision.registerTime, JSON.stringify(revision));
  }

  // ------------------------------------------------------------ deployments

  deployment(id: string): DeploymentDoc | undefined {
    const row = this.store.statement('SELECT document FROM codedeploy_deployments WHERE id = ?').get(id) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as DeploymentDoc) : undefined;
  }

  putDeployment(doc: DeploymentDoc): void {
    this.store
      .statement('INSERT OR REPLACE INTO codedeploy_deployments (id, account, region, application, group_name, status, created_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(doc.deploymentId, doc.account, doc.region, doc.applicationName, doc.deploymentGroupName, doc.status, doc.createTime, JSON.stringify(doc));
  }

  /** An account and region's deployments, oldest first (ListDeployments filters them). */
  deployments(account: string, region: string): DeploymentDoc[] {
    const rows = this.store.statement('SELECT document FROM codedeploy_deployments WHERE account = ? AND region = ? ORDER BY created_at, id').all(account, region) as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as DeploymentDoc);
  }

  private deploymentsOf(account: string, region: string, application: string): DeploymentDoc[] {
    const rows = this.store.statement('SELECT document FROM codedeploy_deployments WHERE account = ? AND region = ? AND application = ?').all(account, region, application) as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as DeploymentDoc);
  }

  /** The group's deployment still under way, if any (a group runs one at a time). */
  activeDeployment(account: string, region: string, application: string, group: string): DeploymentDoc | undefined {
    const row = this.store
      .statement(`SELECT document FROM codedeploy_deployments WHERE account = ? AND region = ? AND application = ? AND group_name = ? AND status IN (${ACTIVE_STATUSES.map(() => '?').join(', ')}) LIMIT 1`)
      .get(account, region, application, group, ...ACTIVE_STATUSES) as { document: string } | undefined;
    return row ? (JSON.parse(row.document) as DeploymentDoc) : undefined;
  }

  /** Deployments under way in every account and region: the engine takes them up again at start. */
  unfinishedDeployments(): DeploymentDoc[] {
    const rows = this.store
      .statement(`SELECT document FROM codedeploy_deployments WHERE status IN (${ACTIVE_STATUSES.map(() => '?').join(', ')}) ORDER BY created_at`)
      .all(...ACTIVE_STATUSES) as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as DeploymentDoc);
  }
}

interface RawApplication {
  account: string;
  region: string;
  name: string;
  id: string;
  compute_platform: string;
  created_at: number;
  tags: string;
}

function toApplication(row: RawApplication): ApplicationRow {
  return {
    account: row.account,
    region: row.region,
    name: row.name,
    id: row.id,
    computePlatform: row.compute_platform as ApplicationRow['computePlatform'],
    createdAt: row.created_at,
    tags: JSON.parse(row.tags) as Tags,
  };
}
