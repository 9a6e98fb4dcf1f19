import { createHash, randomBytes } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { arn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { isSql } from './configuration.js';
import { applicationNotFound, concurrentModification, invalidArgument, resourceInUse } from './errors.js';
import { KdaState, type ApplicationDocument, type ApplicationRow, type ApplicationStatus, type Scope } from './state.js';

/**
 * How long each transition takes on the clock. AWS takes minutes to start a Flink job; Nimbus runs
 * no application code, so these are short but real: a test advances the clock to see them end.
 */
export const TRANSITION_MS = {
  STARTING: 30_000,
  STOPPING: 15_000,
  FORCE_STOPPING: 5_000,
  UPDATING: 20_000,
  ROLLING_BACK: 20_000,
  DELETING: 10_000,
  SNAPSHOT: 10_000,
  /** Configuration changes to a stopped application, recorded as operations that end at once. */
  INSTANT: 0,
} as const;

const OPERATION_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** What every Kinesis Data Analytics operation group shares: the state, the clock, lookups, version checks. */
export class KdaService {
  readonly state: KdaState;

  constructor(readonly runtime: Runtime) {
    this.state = new KdaState(runtime.store);
  }

  now(): number {
    return this.runtime.clock.now();
  }

  scope(context: RequestContext): Scope {
    return { account: context.accountId, region: context.region };
  }

  applicationArn(scope: Scope, name: string): string {
    return arn({ service: 'kinesisanalytics', region: scope.region, account: scope.account, resource: `application/${name}` });
  }

  /** Ends the transitions the clock has reached: STARTING becomes RUNNING, DELETING removes the application... */
  settle(scope: Scope): void {
    const now = this.now();
    for (const name of this.state.dueApplications(scope, now)) {
      const row = this.state.application(scope, name);
      if (!row || row.pendingStatus === undefined) continue;
      if (row.pendingStatus === 'DELETED') {
        this.state.deleteApplication(scope, name);
        continue;
      }
      this.state.saveApplication(scope, { ...row, status: row.pendingStatus, pendingStatus: undefined, pendingAt: undefined });
    }
  }

  find(scope: Scope, name: string): ApplicationRow | undefined {
    this.settle(scope);
    return this.state.application(scope, name);
  }

  application(scope: Scope, name: string): ApplicationRow {
    const row = this.find(scope, name);
    if (!row) throw applicationNotFound(name);
    return row;
  }

  /** A token that changes with every version: Flink applications' alternative to CurrentApplicationVersionId. */
  conditionalToken(document: ApplicationDocument): string {
    return createHash('sha256').update(`${document.arn}#${document.versionId}#${document.versionCreatedAt}`).digest('hex').slice(0, 32);
  }

  /**
   * The optimistic-concurrency check of every configuration change. `mode` 'version' is for the
   * operations whose CurrentApplicationVersionId is required; 'either' for those that take it or a
   * ConditionalToken, one of which must be given.
   */
  checkVersion(row: ApplicationRow, currentVersionId: number | undefined, conditionalToken: string | undefined, mode: 'version' | 'either'): void {
    const document = row.document;
    if (mode === 'either' && currentVersionId === undefined && conditionalToken === undefined) {
      throw invalidArgument('Either CurrentApplicationVersionId or ConditionalToken must be provided.');
    }
    if (currentVersionId !== undefined && currentVersionId !== document.versionId) {
      throw concurrentModification(
        `Current application version is ${document.versionId}. Provided application version ${currentVersionId} does not match the current version.`,
      );
    }
    if (conditionalToken !== undefined) {
      if (isSql(document.runtime)) throw invalidArgument('ConditionalToken is not supported for SQL applications.');
      if (conditionalToken !== this.conditionalToken(document)) throw concurrentModification('Provided ConditionalToken does not match the current ConditionalToken of the application.');
    }
  }

  /** Configuration changes are taken while an application is READY or RUNNING (a running Flink application updates). */
  checkChangeable(row: ApplicationRow): void {
    if (row.status !== 'READY' && row.status !== 'RUNNING') {
      throw resourceInUse(`Application ${row.document.name} is in ${row.status} status. It must be in READY or RUNNING status to be updated.`);
    }
  }

  /**
   * The application's next version, made by `change` from a copy of the current description;
   * saved, with a running Flink application going through UPDATING (or `interim`) on the clock.
   */
  commitVersion(
    scope: Scope,
    row: ApplicationRow,
    change: (document: ApplicationDocument) => void,
    options: { operation?: string; interim?: 'UPDATING' | 'ROLLING_BACK' } = {},
  ): { row: ApplicationRow; operationId?: string } {
    const previous = row.document;
    const now = this.now();
    const document: ApplicationDocument = structuredClone(previous);
    change(document);
    document.versionId = previous.versionId + 1;
    document.updatedFrom = previous.versionId;
    document.lastUpdatedAt = now;
    document.versionCreatedAt = now;
    let next: ApplicationRow = { ...row, document };
    const runningFlink = row.status === 'RUNNING' && !isSql(previous.runtime);
    const interim = options.interim ?? 'UPDATING';
    const duration = runningFlink ? TRANSITION_MS[interim] : TRANSITION_MS.INSTANT;
    if (runningFlink) next = { ...next, status: interim, pendingStatus: 'RUNNING', pendingAt: now + duration };
    this.state.saveApplication(scope, next);
    const operationId = options.operation ? this.recordOperation(scope, next, options.operation, duration, previous.versionId, document.versionId) : undefined;
    return { row: next, operationId };
  }

  /** Moves an application to `interim` now and to `final` when the clock has run `durationMs` on. */
  transition(scope: Scope, row: ApplicationRow, interim: ApplicationStatus, final: ApplicationStatus | 'DELETED', durationMs: number, change?: (d: ApplicationDocument) => void): ApplicationRow {
    const document = structuredClone(row.document);
    change?.(document);
    const next: ApplicationRow = { ...row, document, status: interim, pendingStatus: final, pendingAt: this.now() + durationMs };
    this.state.saveApplication(scope, next);
    return next;
  }

  /** Records an operation as ListApplicationOperations shows it (Flink and Zeppelin applications; SQL ones have none). */
  recordOperation(scope: Scope, row: ApplicationRow, operation: string, durationMs: number, versionFrom?: number, versionTo?: number): string | undefined {
    if (isSql(row.document.runtime)) return undefined;
    const bytes = randomBytes(12);
    const operationId = [...bytes].map((b) => OPERATION_ID_ALPHABET[b % OPERATION_ID_ALPHABET.length]).join('');
    const startedAt = this.now();
    this.state.insertOperation(scope, row.document.name, { operationId, operation, startedAt, endsAt: startedAt + durationMs, versionFrom, versionTo });
    return operationId;
  }

  /** ApplicationDetail as DescribeApplication answers it. */
  detail(row: ApplicationRow, status: ApplicationStatus = row.status): Kda.ApplicationDetail {
    const d = row.document;
    const configuration = d.configuration;
    const hasConfiguration = Object.keys(configuration).length > 0;
    return {
      ApplicationARN: d.arn,
      ApplicationName: d.name,
      ApplicationDescription: d.description,
      RuntimeEnvironment: d.runtime,
      ServiceExecutionRole: d.serviceExecutionRole,
      ApplicationStatus: status,
      ApplicationVersionId: d.versionId,
      CreateTimestamp: new Date(d.createdAt),
      LastUpdateTimestamp: new Date(d.lastUpdatedAt),
      ApplicationVersionCreateTimestamp: new Date(d.versionCreatedAt),
      ApplicationConfigurationDescription: hasConfiguration ? configuration : undefined,
      CloudWatchLoggingOptionDescriptions: d.cloudWatchLoggingOptions.length ? d.cloudWatchLoggingOptions : undefined,
      ApplicationMaintenanceConfigurationDescription: d.maintenance,
      ApplicationVersionUpdatedFrom: d.updatedFrom,
      ApplicationVersionRolledBackFrom: d.rolledBackFrom,
      ApplicationVersionRolledBackTo: d.rolledBackTo,
      ConditionalToken: isSql(d.runtime) ? undefined : this.conditionalToken(d),
      ApplicationMode: d.mode,
    };
  }
}
