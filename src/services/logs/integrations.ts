import type * as Logs from '../../generated/logs.js';
import { invalidParameter, notFound, validation } from './errors.js';
import type { LogsService } from './service.js';

/**
 * Integrations. An OpenSearch integration is kept as configuration: Nimbus runs no OpenSearch, so
 * none of the collection, application, workspace or policies AWS provisions exist; the integration
 * reports PROVISIONING for PROVISIONING_MS of clock time after each put, then ACTIVE, and its
 * details name only its data source (and the application, when one was given).
 *
 * S3 Tables integrations are made by CloudWatch Observability Admin (CreateS3TableIntegration),
 * which Nimbus does not serve, so no integration ARN exists to associate sources with.
 */

const KIND = 'integration';
const PROVISIONING_MS = 1000;

interface StoredIntegration {
  type: 'OPENSEARCH';
  config: Logs.OpenSearchResourceConfig;
  putAt: number;
}

export function integrationOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  const statusOf = (integration: StoredIntegration): 'PROVISIONING' | 'ACTIVE' =>
    service.clock.now() >= integration.putAt + PROVISIONING_MS ? 'ACTIVE' : 'PROVISIONING';

  function requireIntegration(accountId: string, region: string, name: string): StoredIntegration {
    const row = state.configuration<StoredIntegration>(accountId, region, KIND, name);
    if (!row) throw notFound(`The integration ${name} does not exist.`);
    return row.body;
  }

  const noS3TableIntegration = (integrationArn: string) => notFound(`The S3 Table integration ${integrationArn} does not exist.`);

  return {
    PutIntegration(input, context) {
      const config = input.resourceConfig.openSearchResourceConfig;
      if (!config) throw invalidParameter('resourceConfig must contain openSearchResourceConfig for an integration of type OPENSEARCH.');
      if (!config.dashboardViewerPrincipals.length) throw invalidParameter('dashboardViewerPrincipals must name at least one principal.');
      const now = service.clock.now();
      const integration: StoredIntegration = { type: input.integrationType, config, putAt: now };
      state.putConfiguration(context.accountId, context.region, KIND, input.integrationName, integration, now);
      return { integrationName: input.integrationName, integrationStatus: statusOf(integration) };
    },

    GetIntegration(input, context) {
      const integration = requireIntegration(context.accountId, context.region, input.integrationName);
      const status = statusOf(integration);
      const resourceStatus = { status: status === 'ACTIVE' ? ('ACTIVE' as const) : undefined };
      return {
        integrationName: input.integrationName,
        integrationType: integration.type,
        integrationStatus: status,
        integrationDetails: {
          openSearchIntegrationDetails: {
            dataSource: { dataSourceName: input.integrationName, status: resourceStatus },
            application: integration.config.applicationArn ? { applicationArn: integration.config.applicationArn, status: resourceStatus } : undefined,
          },
        },
      };
    },

    ListIntegrations(input, context) {
      const integrationSummaries = state
        .configurations<StoredIntegration>(context.accountId, context.region, KIND)
        .filter((row) => !input.integrationNamePrefix || row.name.startsWith(input.integrationNamePrefix))
        .filter((row) => !input.integrationType || row.body.type === input.integrationType)
        .map((row) => ({ integrationName: row.name, integrationType: row.body.type, integrationStatus: statusOf(row.body) }))
        .filter((summary) => !input.integrationStatus || summary.integrationStatus === input.integrationStatus);
      return { integrationSummaries };
    },

    DeleteIntegration(input, context) {
      // `force` deletes even with vended-logs dashboards in place; Nimbus makes no dashboards, so it changes nothing.
      requireIntegration(context.accountId, context.region, input.integrationName);
      state.deleteConfiguration(context.accountId, context.region, KIND, input.integrationName);
      return {};
    },

    AssociateSourceToS3TableIntegration(input) {
      if (!input.dataSource.name) throw validation('The data source name must not be empty.');
      throw noS3TableIntegration(input.integrationArn);
    },

    ListSourcesForS3TableIntegration(input) {
      throw noS3TableIntegration(input.integrationArn);
    },

    DisassociateSourceFromS3TableIntegration(input) {
      throw notFound(`The S3 Table integration source ${input.identifier} does not exist.`);
    },
  };
}
