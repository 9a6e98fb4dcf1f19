import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import { isSql } from './configuration.js';
import { invalidArgument, invalidConfiguration, limitExceeded, resourceInUse, resourceNotFound, unsupportedOperation } from './errors.js';
import { TRANSITION_MS, type KdaService } from './service.js';
import type { ApplicationRow, Scope, SnapshotRow } from './state.js';

/** AWS's quota of snapshots an application keeps. */
const MAX_SNAPSHOTS = 1000;

/** Snapshots of a running Flink application: CREATING for a while on the clock, then READY. */
export function snapshotOperations(service: KdaService): Partial<Kda.Kinesisanalyticsv2Operations> {
  const flinkApplication = (scope: Scope, name: string, operation: string): ApplicationRow => {
    const row = service.application(scope, name);
    if (isSql(row.document.runtime)) throw unsupportedOperation(`${operation} is not supported for SQL applications.`);
    return row;
  };
  const details = (s: SnapshotRow): Kda.SnapshotDetails => ({
    SnapshotName: s.name,
    SnapshotStatus: service.now() >= s.readyAt ? 'READY' : 'CREATING',
    ApplicationVersionId: s.versionId,
    SnapshotCreationTimestamp: new Date(s.createdAt),
    RuntimeEnvironment: s.runtime,
  });

  return {
    CreateApplicationSnapshot(input, context) {
      const scope = service.scope(context);
      const row = flinkApplication(scope, input.ApplicationName, 'CreateApplicationSnapshot');
      const d = row.document;
      if (!d.configuration.ApplicationSnapshotConfigurationDescription?.SnapshotsEnabled) {
        throw invalidConfiguration(`Snapshots are not enabled for application ${d.name}.`);
      }
      if (row.status !== 'RUNNING') throw resourceInUse(`Application ${d.name} is in ${row.status} status. It must be in RUNNING status to create a snapshot.`);
      if (service.state.snapshot(scope, d.name, input.SnapshotName)) throw resourceInUse(`Snapshot ${input.SnapshotName} already exists for application ${d.name}.`);
      if (service.state.snapshots(scope, d.name).length >= MAX_SNAPSHOTS) throw limitExceeded(`Application ${d.name} has reached the limit of ${MAX_SNAPSHOTS} snapshots.`);
      const now = service.now();
      service.state.insertSnapshot(scope, d.name, { name: input.SnapshotName, versionId: d.versionId, runtime: d.runtime, createdAt: now, readyAt: now + TRANSITION_MS.SNAPSHOT });
      service.recordOperation(scope, row, 'CreateApplicationSnapshot', TRANSITION_MS.SNAPSHOT);
      return {};
    },

    DescribeApplicationSnapshot(input, context) {
      const scope = service.scope(context);
      const row = flinkApplication(scope, input.ApplicationName, 'DescribeApplicationSnapshot');
      const snapshot = service.state.snapshot(scope, row.document.name, input.SnapshotName);
      if (!snapshot) throw resourceNotFound(`Snapshot ${input.SnapshotName} does not exist for application ${row.document.name}.`);
      return { SnapshotDetails: details(snapshot) };
    },

    ListApplicationSnapshots(input, context) {
      const scope = service.scope(context);
      const row = flinkApplication(scope, input.ApplicationName, 'ListApplicationSnapshots');
      const all = service.state.snapshots(scope, row.document.name);
      const start = input.NextToken ? decodePageToken(input.NextToken, isOffset, () => invalidArgument('Invalid NextToken.')).offset : 0;
      const limit = input.Limit ?? 50;
      const page = all.slice(start, start + limit);
      return { SnapshotSummaries: page.map(details), NextToken: start + limit < all.length ? encodePageToken({ offset: start + limit }) : undefined };
    },

    DeleteApplicationSnapshot(input, context) {
      const scope = service.scope(context);
      const row = flinkApplication(scope, input.ApplicationName, 'DeleteApplicationSnapshot');
      const snapshot = service.state.snapshot(scope, row.document.name, input.SnapshotName);
      if (!snapshot) throw resourceNotFound(`Snapshot ${input.SnapshotName} does not exist for application ${row.document.name}.`);
      if (new Date(input.SnapshotCreationTimestamp).getTime() !== snapshot.createdAt) {
        throw invalidArgument(`SnapshotCreationTimestamp does not match the creation time of snapshot ${snapshot.name}.`);
      }
      if (service.now() < snapshot.readyAt) throw resourceInUse(`Snapshot ${snapshot.name} is in CREATING status.`);
      service.state.deleteSnapshot(scope, row.document.name, snapshot.name);
      return {};
    },
  };
}
