import type { Store } from '../../core/store.js';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';

/** Kinesis Data Analytics v2's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS kda_applications (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL,
     status TEXT NOT NULL, pending_status TEXT, pending_at INTEGER,
     document TEXT NOT NULL, tags TEXT NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS kda_application_versions (
     account TEXT NOT NULL, region TEXT NOT NULL, application TEXT NOT NULL, version_id INTEGER NOT NULL,
     status TEXT NOT NULL, document TEXT NOT NULL,
     PRIMARY KEY (account, region, application, version_id)
   )`,
  `CREATE TABLE IF NOT EXISTS kda_snapshots (
     account TEXT NOT NULL, region TEXT NOT NULL, application TEXT NOT NULL, name TEXT NOT NULL,
     version_id INTEGER NOT NULL, runtime TEXT NOT NULL, created_at INTEGER NOT NULL, ready_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, application, name)
   )`,
  `CREATE TABLE IF NOT EXISTS kda_operations (
     account TEXT NOT NULL, region TEXT NOT NULL, application TEXT NOT NULL, operation_id TEXT NOT NULL,
     operation TEXT NOT NULL, started_at INTEGER NOT NULL, ends_at INTEGER NOT NULL,
     version_from INTEGER, version_to INTEGER,
     PRIMARY KEY (account, region, application, operation_id)
   )`,
  'CREATE INDEX IF NOT EXISTS kda_operations_started ON kda_operations (account, region, application, started_at)',
];

export interface Scope {
  account: string;
  region: string;
}

export type ApplicationStatus = Kda.ApplicationDetail['ApplicationStatus'];
export type RuntimeEnvironment = Kda.ApplicationDetail['RuntimeEnvironment'];

/** An application's stored description: ApplicationDetail as answered, its times as epoch milliseconds. */
export interface ApplicationDocument {
  name: string;
  arn: string;
  runtime: RuntimeEnvironment;
  mode: 'STREAMING' | 'INTERACTIVE';
  description?: string;
  serviceExecutionRole: string;
  versionId: number;
  createdAt: number;
  lastUpdatedAt: number;
  versionCreatedAt: number;
  updatedFrom?: number;
  rolledBackFrom?: number;
  rolledBackTo?: number;
  configuration: Kda.ApplicationConfigurationDescription;
  cloudWatchLoggingOptions: Kda.CloudWatchLoggingOptionDescription[];
  maintenance?: Kda.ApplicationMaintenanceConfigurationDescription;
}

export interface ApplicationRow {
  status: ApplicationStatus;
  /** A transition under way: the status it reaches (or DELETED) and when, on the clock. */
  pendingStatus?: ApplicationStatus | 'DELETED';
  pendingAt?: number;
  document: ApplicationDocument;
  tags: Kda.TagShape[];
}

export interface SnapshotRow {
  name: string;
  versionId: number;
  runtime: RuntimeEnvironment;
  createdAt: number;
  readyAt: number;
}

export interface OperationRow {
  operationId: string;
  operation: string;
  startedAt: number;
  endsAt: number;
  versionFrom?: number;
  versionTo?: number;
}

interface ApplicationRecord { status: string; pending_status: string | null; pending_at: number | null; document: string; tags: string }
interface SnapshotRecord { name: string; version_id: number; runtime: string; created_at: number; ready_at: number }
interface OperationRecord { operation_id: string; operation: string; started_at: number; ends_at: number; version_from: number | null; version_to: number | null }

const toApplication = (r: ApplicationRecord): ApplicationRow => ({
  status: r.status as ApplicationStatus,
  pendingStatus: (r.pending_status ?? undefined) as ApplicationRow['pendingStatus'],
  pendingAt: r.pending_at ?? undefined,
  document: JSON.parse(r.document),
  tags: JSON.parse(r.tags),
});
const toSnapshot = (r: SnapshotRecord): SnapshotRow => ({ name: r.name, versionId: r.version_id, runtime: r.runtime as RuntimeEnvironment, createdAt: r.created_at, readyAt: r.ready_at });
const toOperation = (r: OperationRecord): OperationRow => ({
  operationId: r.operation_id, operation: r.operation, startedAt: r.started_at, endsAt: r.ends_at, versionFrom: r.version_from ?? undefined, versionTo: r.version_to ?? undefined,
});

/** Kinesis Data Analytics v2's storage: every SQL statement it runs lives here. */
export class KdaState {
  private readonly s;
  private readonly deleteApplicationTx: (scope: Scope, name: string) => void;

  constructor(private readonly store: Store) {
    store.ensureSchema('kinesisanalyticsv2', [SCHEMA_V1]);
    const db = store.db;
    this.s = {
      application: db.prepare<[string, string, string], ApplicationRecord>('SELECT * FROM kda_applications WHERE account = ? AND region = ? AND name = ?'),
      applications: db.prepare<[string, string], ApplicationRecord>('SELECT * FROM kda_applications WHERE account = ? AND region = ? ORDER BY name'),
      dueNames: db.prepare<[string, string, number], { name: string }>(
        'SELECT name FROM kda_applications WHERE account = ? AND region = ? AND pending_at IS NOT NULL AND pending_at <= ?',
      ),
      insertApplication: db.prepare('INSERT INTO kda_applications (account, region, name, status, document, tags) VALUES (?, ?, ?, ?, ?, ?)'),
      saveApplication: db.prepare(
        'UPDATE kda_applications SET status = ?, pending_status = ?, pending_at = ?, document = ? WHERE account = ? AND region = ? AND name = ?',
      ),
      saveTags: db.prepare('UPDATE kda_applications SET tags = ? WHERE account = ? AND region = ? AND name = ?'),
      deleteApplication: db.prepare('DELETE FROM kda_applications WHERE account = ? AND region = ? AND name = ?'),
      deleteVersions: db.prepare('DELETE FROM kda_application_versions WHERE account = ? AND region = ? AND application = ?'),
      deleteSnapshots: db.prepare('DELETE FROM kda_snapshots WHERE account = ? AND region = ? AND application = ?'),
      deleteOperations: db.prepare('DELETE FROM kda_operations WHERE account = ? AND region = ? AND application = ?'),
      version: db.prepare<[string, string, string, number], { status: string; document: string }>(
        'SELECT status, document FROM kda_application_versions WHERE account = ? AND region = ? AND application = ? AND version_id = ?',
      ),
      versions: db.prepare<[string, string, string], { version_id: number; status: string }>(
        'SELECT version_id, status FROM kda_application_versions WHERE account = ? AND region = ? AND application = ? ORDER BY version_id',
      ),
      putVersion: db.prepare(
        `INSERT INTO kda_application_versions (account, region, application, version_id, status, document) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (account, region, application, version_id) DO UPDATE SET status = excluded.status, document = excluded.document`,
      ),
      snapshot: db.prepare<[string, string, string, string], SnapshotRecord>('SELECT * FROM kda_snapshots WHERE account = ? AND region = ? AND application = ? AND name = ?'),
      snapshots: db.prepare<[string, string, string], SnapshotRecord>('SELECT * FROM kda_snapshots WHERE account = ? AND region = ? AND application = ? ORDER BY created_at, name'),
      insertSnapshot: db.prepare('INSERT INTO kda_snapshots (account, region, application, name, version_id, runtime, created_at, ready_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      deleteSnapshot: db.prepare('DELETE FROM kda_snapshots WHERE account = ? AND region = ? AND application = ? AND name = ?'),
      operation: db.prepare<[string, string, string, string], OperationRecord>('SELECT * FROM kda_operations WHERE account = ? AND region = ? AND application = ? AND operation_id = ?'),
      operations: db.prepare<[string, string, string], OperationRecord>(
        'SELECT * FROM kda_operations WHERE account = ? AND region = ? AND application = ? ORDER BY started_at DESC, operation_id',
      ),
      insertOperation: db.prepare(
        'INSERT INTO kda_operations (account, region, application, operation_id, operation, started_at, ends_at, version_from, version_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
    };
    this.deleteApplicationTx = db.transaction((scope: Scope, name: string) => {
      const key = [scope.account, scope.region, name] as const;
      this.s.deleteApplication.run(...key);
      this.s.deleteVersions.run(...key);
      this.s.deleteSnapshots.run(...key);
      this.s.deleteOperations.run(...key);
    });
  }

  application(scope: Scope, name: string): ApplicationRow | undefined {
    const r = this.s.application.get(scope.account, scope.region, name);
    return r && toApplication(r);
  }

  applications(scope: Scope): ApplicationRow[] {
    return this.s.applications.all(scope.account, scope.region).map(toApplication);
  }

  /** Names of the applications whose transition is due by `now`. */
  dueApplications(scope: Scope, now: number): string[] {
    return this.s.dueNames.all(scope.account, scope.region, now).map((r) => r.name);
  }

  /** A new application with its first version. */
  insertApplication(scope: Scope, row: ApplicationRow): void {
    this.store.transaction(() => {
      this.s.insertApplication.run(scope.account, scope.region, row.document.name, row.status, JSON.stringify(row.document), JSON.stringify(row.tags));
      this.putVersion(scope, row.document, row.status);
    });
  }

  /** The application's status and description; its current version's record follows. */
  saveApplication(scope: Scope, row: ApplicationRow): void {
    this.store.transaction(() => {
      const d = row.document;
      this.s.saveApplication.run(row.status, row.pendingStatus ?? null, row.pendingAt ?? null, JSON.stringify(d), scope.account, scope.region, d.name);
      this.putVersion(scope, d, row.status);
    });
  }

  saveTags(scope: Scope, name: string, tags: Kda.TagShape[]): void {
    this.s.saveTags.run(JSON.stringify(tags), scope.account, scope.region, name);
  }

  /** Removes an application with its versions, snapshots and operations. */
  deleteApplication(scope: Scope, name: string): void {
    this.deleteApplicationTx(scope, name);
  }

  private putVersion(scope: Scope, d: ApplicationDocument, status: string): void {
    this.s.putVersion.run(scope.account, scope.region, d.name, d.versionId, status, JSON.stringify(d));
  }

  version(scope: Scope, application: string, versionId: number): { status: ApplicationStatus; document: ApplicationDocument } | undefined {
    const r = this.s.version.get(scope.account, scope.region, application, versionId);
    return r && { status: r.status as ApplicationStatus, document: JSON.parse(r.document) };
  }

  versions(scope: Scope, application: string): Array<{ versionId: number; status: ApplicationStatus }> {
    return this.s.versions.all(scope.account, scope.region, application).map((r) => ({ versionId: r.version_id, status: r.status as ApplicationStatus }));
  }

  snapshot(scope: Scope, application: string, name: string): SnapshotRow | undefined {
    const r = this.s.snapshot.get(scope.account, scope.region, application, name);
    return r && toSnapshot(r);
  }

  snapshots(scope: Scope, application: string): SnapshotRow[] {
    return this.s.snapshots.all(scope.account, scope.region, application).map(toSnapshot);
  }

  insertSnapshot(scope: Scope, application: string, s: SnapshotRow): void {
    this.s.insertSnapshot.run(scope.account, scope.region, application, s.name, s.versionId, s.runtime, s.createdAt, s.readyAt);
  }

  deleteSnapshot(scope: Scope, application: string, name: string): void {
    this.s.deleteSnapshot.run(scope.account, scope.region, application, name);
  }

  operation(scope: Scope, application: string, operationId: string): OperationRow | undefined {
    const r = this.s.operation.get(scope.account, scope.region, application, operationId);
    return r && toOperation(r);
  }

  operations(scope: Scope, application: string): OperationRow[] {
    return this.s.operations.all(scope.account, scope.region, application).map(toOperation);
  }

  insertOperation(scope: Scope, application: string, o: OperationRow): void {
    this.s.insertOperation.run(scope.account, scope.region, application, o.operationId, o.operation, o.startedAt, o.endsAt, o.versionFrom ?? null, o.versionTo ?? null);
  }
}
