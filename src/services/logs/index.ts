import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Logs from '../../generated/logs.js';
import { accountPolicyOperations } from './account-policies.js';
import { anomalyDetectorOperations } from './anomaly-detectors.js';
import { dataProtectionOperations } from './data-protection.js';
import { dataSourceOperations } from './data-sources.js';
import { deliveryOperations } from './deliveries.js';
import { destinationOperations } from './destinations.js';
import { modelValidationError } from './errors.js';
import { exportTaskOperations } from './export-tasks.js';
import { fieldIndexOperations } from './field-indexes.js';
import { importTaskOperations } from './import-tasks.js';
import { Ingestion, logsApi } from './ingestion.js';
import { insightsQueryOperations } from './insights-queries.js';
import { integrationOperations } from './integrations.js';
import { liveTailOperations } from './live-tail.js';
import { logEventOperations } from './log-events.js';
import { logGroupFieldOperations } from './log-group-fields.js';
import { logGroupOperations } from './log-groups.js';
import { logStreamOperations } from './log-streams.js';
import { lookupTableOperations } from './lookup-tables.js';
import { metricFilterOperations } from './metric-filters.js';
import { queryDefinitionOperations } from './query-definitions.js';
import { resourcePolicyOperations } from './resource-policies.js';
import { retentionOperations } from './retention.js';
import { ScheduledQueryRunner, scheduledQueryOperations } from './scheduled-queries.js';
import { LogsService } from './service.js';
import { subscriptionFilterOperations } from './subscriptions.js';
import { tagOperations } from './tags.js';
import { transformerOperations } from './transformers.js';

/**
 * CloudWatch Logs: groups, streams and events, filters and subscriptions (with cross-account destinations), Insights
 * queries (and scheduled ones), Live Tail, exports to S3, vended-log deliveries, and the resource, account, data protection, index and
 * transformer policies.
 */
export function createProvider(runtime: Runtime): Provider {
  const service = new LogsService(runtime);
  const ingestion = new Ingestion(service);
  const scheduledQueries = new ScheduledQueryRunner(service);
  const operations: Partial<Logs.LogsOperations> = {
    ...logGroupOperations(service),
    ...retentionOperations(service),
    ...tagOperations(service),
    ...logStreamOperations(service),
    ...logEventOperations(service, ingestion),
    ...metricFilterOperations(service),
    ...subscriptionFilterOperations(service),
    ...insightsQueryOperations(service),
    ...queryDefinitionOperations(service),
    ...liveTailOperations(service),
    ...exportTaskOperations(service),
    ...resourcePolicyOperations(service),
    ...destinationOperations(service),
    ...deliveryOperations(service),
    ...dataProtectionOperations(service),
    ...accountPolicyOperations(service),
    ...fieldIndexOperations(service),
    ...logGroupFieldOperations(service),
    ...transformerOperations(service),
    ...anomalyDetectorOperations(service),
    ...lookupTableOperations(service),
    ...scheduledQueryOperations(service, scheduledQueries),
    ...importTaskOperations(service),
    ...integrationOperations(service),
    ...dataSourceOperations(service),
  };
  return {
    operations: operations as Provider['operations'],
    api: logsApi(service, ingestion),
    validationError: modelValidationError,
    close: () => {
      scheduledQueries.close();
      service.close();
    },
  };
}
