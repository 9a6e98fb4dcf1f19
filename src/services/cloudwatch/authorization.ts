/**
 * --enforce-iam for CloudWatch metrics, alarms and dashboards: alarm operations act on
 * alarm:<name> (each of AlarmNames), dashboards on the global dashboard/<name>, tags on the
 * resource; metric data (PutMetricData, GetMetricData, ListMetrics) on `*`, as AWS has it.
 */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('cloudwatch', (input, context) => {
      const alarm = textOf(input, 'AlarmName');
      if (alarm) return resourceArn(context, 'cloudwatch', `alarm:${alarm}`);
      if (Array.isArray(input.AlarmNames)) return (input.AlarmNames as string[]).map((name) => resourceArn(context, 'cloudwatch', `alarm:${name}`));
      const dashboard = textOf(input, 'DashboardName');
      if (dashboard) return resourceArn(context, 'cloudwatch', `dashboard/${dashboard}`, context.accountId, '');
      if (Array.isArray(input.DashboardNames)) return (input.DashboardNames as string[]).map((name) => resourceArn(context, 'cloudwatch', `dashboard/${name}`, context.accountId, ''));
      return textOf(input, 'ResourceARN');
    }),
    // CloudWatch's query wire says AccessDenied (403); its JSON and CBOR wires AccessDeniedException with that query code.
    accessDenied: (message, context) =>
      context.protocol === 'query' ? new AwsError('AccessDenied', message, 403) : new AwsError('AccessDeniedException', message, 403, { queryCode: 'AccessDenied' }),
  };
}
