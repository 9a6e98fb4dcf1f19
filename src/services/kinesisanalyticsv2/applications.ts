import { randomBytes } from 'node:crypto';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { describeConfiguration, isSql, isZeppelin, updateConfiguration } from './configuration.js';
import { invalidArgument, invalidConfiguration, invalidRequest, resourceInUse, resourceNotFound, unsupportedOperation } from './errors.js';
import { TRANSITION_MS, type KdaService } from './service.js';
import type { ApplicationDocument, ApplicationRow } from './state.js';
import { checkTags } from './tags.js';

const LIST_LIMIT = 50;

/** Applications: created, described, listed, updated (a new version each time), started and stopped on the clock, rolled back, deleted. */
export function applicationOperations(service: KdaService): Partial<Kda.Kinesisanalyticsv2Operations> {
  return {
    CreateApplication(input, context) {
      const scope = service.scope(context);
      const name = input.ApplicationName;
      if (service.find(scope, name)) throw resourceInUse(`Application ${name} already exists.`);
      const runtime = input.RuntimeEnvironment;
      const mode = input.ApplicationMode ?? (isZeppelin(runtime) ? 'INTERACTIVE' : 'STREAMING');
      if ((mode === 'INTERACTIVE') !== isZeppelin(runtime)) {
        throw invalidArgument(`ApplicationMode ${mode} is not supported for runtime environment ${runtime}.`);
      }
      const logging = input.CloudWatchLoggingOptions ?? [];
      if (logging.length > 1) throw invalidArgument('An application can have at most 1 CloudWatch logging option.');
      const tags = checkTags(input.Tags ?? []);
      const configuration = describeConfiguration(runtime, input.ApplicationConfiguration);
      // AWS keeps creation times to the second; DeleteApplication must be given this one back.
      const now = Math.floor(service.now() / 1000) * 1000;
      const document: ApplicationDocument = {
        name,
        arn: service.applicationArn(scope, name),
        runtime,
        mode,
        description: input.ApplicationDescription,
        serviceExecutionRole: input.ServiceExecutionRole,
        versionId: 1,
        createdAt: now,
        lastUpdatedAt: now,
        versionCreatedAt: now,
        configuration,
        cloudWatchLoggingOptions: logging.map((option, i) => ({ CloudWatchLoggingOptionId: `1.${i + 1}`, LogStreamARN: option.LogStreamARN })),
      };
      const row: ApplicationRow = { status: 'READY', document, tags };
      service.state.insertApplication(scope, row);
      return { ApplicationDetail: service.detail(row) };
    },

    DescribeApplication(input, context) {
      return { ApplicationDetail: service.detail(service.application(service.scope(context), input.ApplicationName)) };
    },

    ListApplications(input, context) {
      const scope = service.scope(context);
      service.settle(scope);
      let rows = service.state.applications(scope);
      // The token is the last name of the page before (an application deleted since keeps its place).
      if (input.NextToken !== undefined) rows = rows.filter((r) => r.document.name > input.NextToken!);
      const limit = input.Limit ?? LIST_LIMIT;
      const page = rows.slice(0, limit);
      return {
        ApplicationSummaries: page.map((r) => ({
          ApplicationName: r.document.name,
          ApplicationARN: r.document.arn,
          ApplicationStatus: r.status,
          ApplicationVersionId: r.document.versionId,
          RuntimeEnvironment: r.document.runtime,
          ApplicationMode: r.document.mode,
        })),
        NextToken: rows.length > limit ? page[page.length - 1]!.document.name : undefined,
      };
    },

    UpdateApplication(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      service.checkVersion(row, input.CurrentApplicationVersionId, input.ConditionalToken, 'either');
      service.checkChangeable(row);
      const runtime = row.document.runtime;
      const changes = [
        input.ApplicationConfigurationUpdate, input.CloudWatchLoggingOptionUpdates, input.RunConfigurationUpdate, input.RuntimeEnvironmentUpdate, input.ServiceExecutionRoleUpdate,
      ].filter((v) => v !== undefined);
      if (changes.length === 0) throw invalidArgument('At least one update must be specified.');
      if (input.RuntimeEnvironmentUpdate !== undefined) {
        const target = input.RuntimeEnvironmentUpdate;
        if (isSql(runtime) || isSql(target) || isZeppelin(runtime) !== isZeppelin(target)) {
          throw invalidArgument(`Runtime environment ${runtime} cannot be updated to ${target}.`);
        }
      }
      if (input.RunConfigurationUpdate && isSql(runtime)) throw invalidArgument('RunConfigurationUpdate is not supported for SQL applications.');
      const configuration = input.ApplicationConfigurationUpdate ? updateConfiguration(runtime, row.document.configuration, input.ApplicationConfigurationUpdate) : undefined;
      const logging = row.document.cloudWatchLoggingOptions.map((o) => ({ ...o }));
      for (const update of input.CloudWatchLoggingOptionUpdates ?? []) {
        const option = logging.find((o) => o.CloudWatchLoggingOptionId === update.CloudWatchLoggingOptionId);
        if (!option) throw resourceNotFound(`CloudWatch logging option ${update.CloudWatchLoggingOptionId} does not exist.`);
        if (update.LogStreamARNUpdate !== undefined) option.LogStreamARN = update.LogStreamARNUpdate;
      }
      const result = service.commitVersion(scope, row, (d) => {
        if (configuration) d.configuration = configuration;
        d.cloudWatchLoggingOptions = logging;
        if (input.RuntimeEnvironmentUpdate) d.runtime = input.RuntimeEnvironmentUpdate;
        if (input.ServiceExecutionRoleUpdate) d.serviceExecutionRole = input.ServiceExecutionRoleUpdate;
        if (input.RunConfigurationUpdate) d.configuration.RunConfigurationDescription = runConfiguration(input.RunConfigurationUpdate, d.configuration.RunConfigurationDescription);
      }, { operation: 'UpdateApplication' });
      return { ApplicationDetail: service.detail(result.row), OperationId: result.operationId };
    },

    DeleteApplication(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      if (row.status === 'DELETING') throw resourceInUse(`Application ${row.document.name} is in DELETING status.`);
      const given = new Date(input.CreateTimestamp).getTime();
      if (Math.floor(given / 1000) !== Math.floor(row.document.createdAt / 1000)) {
        throw invalidArgument(`CreateTimestamp does not match the creation time of application ${row.document.name}.`);
      }
      service.transition(scope, row, 'DELETING', 'DELETED', TRANSITION_MS.DELETING);
      return {};
    },

    StartApplication(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      const d = row.document;
      if (row.status !== 'READY') throw resourceInUse(`Application ${d.name} is in ${row.status} status. It must be in READY status to be started.`);
      const run = input.RunConfiguration;
      if (isSql(d.runtime)) {
        const inputs = d.configuration.SqlApplicationConfigurationDescription?.InputDescriptions ?? [];
        if (inputs.length === 0) throw invalidConfiguration(`Application ${d.name} has no input configured.`);
        for (const sql of run?.SqlRunConfigurations ?? []) {
          if (!inputs.some((i) => i.InputId === sql.InputId)) throw resourceNotFound(`Input ${sql.InputId} does not exist.`);
        }
      } else {
        if (!isZeppelin(d.runtime) && !d.configuration.ApplicationCodeConfigurationDescription) {
          throw invalidConfiguration(`Application ${d.name} has no application code configured.`);
        }
        const restore = run?.ApplicationRestoreConfiguration;
        if (restore?.ApplicationRestoreType === 'RESTORE_FROM_CUSTOM_SNAPSHOT') {
          if (!restore.SnapshotName) throw invalidArgument('SnapshotName must be specified for RESTORE_FROM_CUSTOM_SNAPSHOT.');
          if (!service.state.snapshot(scope, d.name, restore.SnapshotName)) throw resourceNotFound(`Snapshot ${restore.SnapshotName} does not exist.`);
        }
        if (run?.SqlRunConfigurations) throw invalidArgument('SqlRunConfigurations is supported for SQL applications only.');
      }
      const next = service.transition(scope, row, 'STARTING', 'RUNNING', TRANSITION_MS.STARTING, (doc) => {
        if (isSql(doc.runtime)) {
          for (const description of doc.configuration.SqlApplicationConfigurationDescription?.InputDescriptions ?? []) {
            const chosen = run?.SqlRunConfigurations?.find((s) => s.InputId === description.InputId);
            description.InputStartingPositionConfiguration = chosen?.InputStartingPositionConfiguration ?? { InputStartingPosition: 'NOW' };
          }
        } else {
          doc.configuration.RunConfigurationDescription = runConfiguration(run ?? {}, doc.configuration.RunConfigurationDescription);
        }
      });
      return { OperationId: service.recordOperation(scope, next, 'StartApplication', TRANSITION_MS.STARTING) };
    },

    StopApplication(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      const name = row.document.name;
      if (input.Force) {
        if (['READY', 'DELETING', 'STOPPING', 'FORCE_STOPPING'].includes(row.status)) {
          throw resourceInUse(`Application ${name} is in ${row.status} status. It cannot be force stopped.`);
        }
        const next = service.transition(scope, row, 'FORCE_STOPPING', 'READY', TRANSITION_MS.FORCE_STOPPING);
        return { OperationId: service.recordOperation(scope, next, 'StopApplication', TRANSITION_MS.FORCE_STOPPING) };
      }
      if (row.status !== 'RUNNING') throw resourceInUse(`Application ${name} is in ${row.status} status. It must be in RUNNING status to be stopped.`);
      const next = service.transition(scope, row, 'STOPPING', 'READY', TRANSITION_MS.STOPPING);
      return { OperationId: service.recordOperation(scope, next, 'StopApplication', TRANSITION_MS.STOPPING) };
    },

    RollbackApplication(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      const d = row.document;
      if (isSql(d.runtime)) throw unsupportedOperation('RollbackApplication is not supported for SQL applications.');
      service.checkVersion(row, input.CurrentApplicationVersionId, undefined, 'version');
      if (!['RUNNING', 'UPDATING', 'AUTOSCALING'].includes(row.status)) {
        throw resourceInUse(`Application ${d.name} is in ${row.status} status. It must be in RUNNING, UPDATING or AUTOSCALING status to be rolled back.`);
      }
      const target = service.state.version(scope, d.name, d.versionId - 1);
      if (!target) throw invalidRequest(`Application ${d.name} has no previous version to roll back to.`);
      const settledRow: ApplicationRow = { ...row, status: 'RUNNING', pendingStatus: undefined, pendingAt: undefined };
      const result = service.commitVersion(scope, settledRow, (doc) => {
        doc.configuration = target.document.configuration;
        doc.cloudWatchLoggingOptions = target.document.cloudWatchLoggingOptions;
        doc.runtime = target.document.runtime;
        doc.serviceExecutionRole = target.document.serviceExecutionRole;
        doc.rolledBackFrom = d.versionId;
        doc.rolledBackTo = target.document.versionId;
      }, { operation: 'RollbackApplication', interim: 'ROLLING_BACK' });
      return { ApplicationDetail: service.detail(result.row), OperationId: result.operationId };
    },

    UpdateApplicationMaintenanceConfiguration(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      if (isSql(row.document.runtime)) throw unsupportedOperation('UpdateApplicationMaintenanceConfiguration is not supported for SQL applications.');
      const start = input.ApplicationMaintenanceConfigurationUpdate.ApplicationMaintenanceWindowStartTimeUpdate;
      const [hours, minutes] = start.split(':').map(Number) as [number, number];
      // AWS's maintenance windows last eight hours.
      const end = `${String((hours + 8) % 24).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
      const maintenance = { ApplicationMaintenanceWindowStartTime: start, ApplicationMaintenanceWindowEndTime: end };
      service.state.saveApplication(scope, { ...row, document: { ...row.document, maintenance } });
      return { ApplicationARN: row.document.arn, ApplicationMaintenanceConfigurationDescription: maintenance };
    },

    CreateApplicationPresignedUrl(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      const d = row.document;
      if (isSql(d.runtime)) throw invalidArgument('CreateApplicationPresignedUrl is not supported for SQL applications.');
      const wanted = isZeppelin(d.runtime) ? 'ZEPPELIN_UI_URL' : 'FLINK_DASHBOARD_URL';
      if (input.UrlType !== wanted) throw invalidArgument(`UrlType ${input.UrlType} is not supported for runtime environment ${d.runtime}.`);
      if (row.status !== 'RUNNING') throw resourceInUse(`Application ${d.name} is in ${row.status} status. It must be in RUNNING status.`);
      // The URL's shape only: Nimbus runs no Flink dashboard or Zeppelin notebook behind it.
      const token = randomBytes(24).toString('base64url');
      const expires = Math.floor(service.now() / 1000) + (input.SessionExpirationDurationInSeconds ?? 1800);
      const host = `${d.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.${context.region}.kinesisanalytics.aws.amazon.com`;
      const path = wanted === 'ZEPPELIN_UI_URL' ? '/zeppelin/' : '/flinkdashboard/';
      return { AuthorizedUrl: `https://${host}${path}?authToken=${token}&expires=${expires}` };
    },
  };
}

/** A Flink application's run configuration as described after StartApplication or RunConfigurationUpdate. */
function runConfiguration(run: Kda.RunConfiguration | Kda.RunConfigurationUpdate, current: Kda.RunConfigurationDescription | undefined): Kda.RunConfigurationDescription {
  return {
    ApplicationRestoreConfigurationDescription: run.ApplicationRestoreConfiguration ?? current?.ApplicationRestoreConfigurationDescription ?? { ApplicationRestoreType: 'RESTORE_FROM_LATEST_SNAPSHOT' },
    FlinkRunConfigurationDescription: run.FlinkRunConfiguration ?? current?.FlinkRunConfigurationDescription ?? { AllowNonRestoredState: false },
  };
}
