import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { alarmDefinitionOperations } from './alarm-definitions.js';
import { alarmDescriptionOperations } from './alarm-descriptions.js';
import { alarmHistoryOperations } from './alarm-history.js';
import { alarmMuteRuleOperations, otelEnrichmentOperations } from './alarm-mute-rules.js';
import { alarmStateOperations } from './alarm-states.js';
import type { CloudWatchApi } from './api.js';
import { anomalyDetectorOperations } from './anomaly-detectors.js';
import { dashboardOperations } from './dashboards.js';
import { insightRuleOperations } from './insight-rules.js';
import { cloudWatchValidationError } from './errors.js';
import { metricReadOperations, readServiceStatistic } from './metric-reads.js';
import { metricStreamOperations } from './metric-streams.js';
import { metricWriteOperations, putServiceMetricData } from './metric-writes.js';
import { CloudWatchService } from './service.js';
import { tagOperations } from './tags.js';
import { widgetImageOperations } from './widget-images.js';

/** CloudWatch: metrics (writes, reads, math, widget images), metric and composite alarms on the clock, Metrics Insights, Contributor Insights rules, dashboards and tags. */
export function createProvider(runtime: Runtime): Provider {
  const service = new CloudWatchService(runtime);
  const operations: Partial<Cw.CloudwatchOperations> = {
    ...metricWriteOperations(service),
    ...metricReadOperations(service),
    ...widgetImageOperations(service),
    ...dashboardOperations(service),
    ...alarmDefinitionOperations(service),
    ...alarmDescriptionOperations(service),
    ...alarmStateOperations(service),
    ...alarmHistoryOperations(service),
    ...tagOperations(service),
    ...insightRuleOperations(service),
    ...anomalyDetectorOperations(service),
    ...metricStreamOperations(service),
    ...alarmMuteRuleOperations(service),
    ...otelEnrichmentOperations(service),
  };
  const api: CloudWatchApi = {
    putMetricData: (request) => putServiceMetricData(service, request),
    getStatistic: (request) => readServiceStatistic(service.reader, request),
    alarmState: (request) => service.state.alarm(request.account, request.region, request.alarmName)?.document.StateValue as 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' | undefined,
  };
  return {
    operations: operations as Provider['operations'],
    api,
    validationError: (violations) => cloudWatchValidationError(violations),
    close: () => service.close(),
  };
}
