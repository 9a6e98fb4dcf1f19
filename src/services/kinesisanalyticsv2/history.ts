import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import { isSql } from './configuration.js';
import { invalidArgument, resourceNotFound, unsupportedOperation } from './errors.js';
import type { KdaService } from './service.js';
import type { OperationRow } from './state.js';

/** What an application went through: its versions and the operations recorded on it (Flink and Zeppelin applications). */
export function historyOperations(service: KdaService): Partial<Kda.Kinesisanalyticsv2Operations> {
  const page = <T>(items: T[], limit: number | undefined, token: string | undefined, max: number) => {
    const start = token ? decodePageToken(token, isOffset, () => invalidArgument('Invalid NextToken.')).offset : 0;
    const size = limit ?? max;
    return { items: items.slice(start, start + size), nextToken: start + size < items.length ? encodePageToken({ offset: start + size }) : undefined };
  };
  const status = (o: OperationRow) => (service.now() >= o.endsAt ? 'SUCCESSFUL' : 'IN_PROGRESS') as 'SUCCESSFUL' | 'IN_PROGRESS';

  return {
    ListApplicationVersions(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      if (isSql(row.document.runtime)) throw unsupportedOperation('ListApplicationVersions is not supported for SQL applications.');
      // Newest first, as AWS lists them; the current version shows the application's status.
      const versions = service.state.versions(scope, row.document.name).reverse();
      const chosen = page(versions, input.Limit, input.NextToken, 50);
      return {
        ApplicationVersionSummaries: chosen.items.map((v) => ({
          ApplicationVersionId: v.versionId,
          ApplicationStatus: v.versionId === row.document.versionId ? row.status : v.status,
        })),
        NextToken: chosen.nextToken,
      };
    },

    DescribeApplicationVersion(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      if (isSql(row.document.runtime)) throw unsupportedOperation('DescribeApplicationVersion is not supported for SQL applications.');
      const version = service.state.version(scope, row.document.name, input.ApplicationVersionId);
      if (!version) throw resourceNotFound(`Application version ${input.ApplicationVersionId} does not exist for application ${row.document.name}.`);
      const current = version.document.versionId === row.document.versionId;
      return { ApplicationVersionDetail: service.detail({ ...row, document: version.document }, current ? row.status : version.status) };
    },

    ListApplicationOperations(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      if (isSql(row.document.runtime)) throw unsupportedOperation('ListApplicationOperations is not supported for SQL applications.');
      const operations = service.state
        .operations(scope, row.document.name)
        .filter((o) => (input.Operation === undefined || o.operation === input.Operation) && (input.OperationStatus === undefined || status(o) === input.OperationStatus));
      const chosen = page(operations, input.Limit, input.NextToken, 50);
      return {
        ApplicationOperationInfoList: chosen.items.map((o) => ({
          OperationId: o.operationId,
          Operation: o.operation,
          OperationStatus: status(o),
          StartTime: new Date(o.startedAt),
          EndTime: status(o) === 'SUCCESSFUL' ? new Date(o.endsAt) : undefined,
        })),
        NextToken: chosen.nextToken,
      };
    },

    DescribeApplicationOperation(input, context) {
      const scope = service.scope(context);
      const row = service.application(scope, input.ApplicationName);
      if (isSql(row.document.runtime)) throw unsupportedOperation('DescribeApplicationOperation is not supported for SQL applications.');
      const operation = service.state.operation(scope, row.document.name, input.OperationId);
      if (!operation) throw resourceNotFound(`Operation ${input.OperationId} does not exist for application ${row.document.name}.`);
      const details: Kda.ApplicationOperationInfoDetails = {
        Operation: operation.operation,
        OperationStatus: status(operation),
        StartTime: new Date(operation.startedAt),
        EndTime: new Date(operation.endsAt),
      };
      if (operation.versionFrom !== undefined && operation.versionTo !== undefined) {
        details.ApplicationVersionChangeDetails = { ApplicationVersionUpdatedFrom: operation.versionFrom, ApplicationVersionUpdatedTo: operation.versionTo };
      }
      return { ApplicationOperationInfoDetails: details };
    },
  };
}
