import { AwsError } from '../../core/errors.js';
import { partitionOf } from '../../core/ids.js';
import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { dashboardNotFound, invalidNextToken } from './errors.js';
import type { CloudWatchService } from './service.js';

/** Dashboards: PutDashboard, GetDashboard, ListDashboards, DeleteDashboards. */

type Operations = Pick<Cw.CloudwatchOperations, 'PutDashboard' | 'GetDashboard' | 'ListDashboards' | 'DeleteDashboards'>;

const DASHBOARD_NAME = /^[A-Za-z0-9_-]+$/;
const LIST_PAGE = 1000;
/** Dashboards are global: one set an account, whichever region is asked (their ARNs have no region). */
export const GLOBAL = '';

/** A dashboard's ARN has no region (dashboards are global), but its partition follows the caller's region, as in every arn(). */
export function dashboardArn(region: string, account: string, name: string): string {
  return `arn:${partitionOf(region)}:cloudwatch::${account}:dashboard/${name}`;
}

export function dashboardOperations(service: CloudWatchService): Operations {
  const { state, clock } = service;
  return {
    PutDashboard(input, context) {
      const name = input.DashboardName;
      if (!name || name.length > 255 || !DASHBOARD_NAME.test(name)) {
        throw new AwsError('DashboardInvalidInputError', 'The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).', 400, {
          fields: { dashboardValidationMessages: [{ DataPath: '/DashboardName', Message: 'Invalid characters in the dashboard name' }] },
        });
      }
      const messages = dashboardMessages(input.DashboardBody);
      if (messages.length) throw invalidDashboardBody(messages);
      const existed = Boolean(state.dashboard(context.accountId, GLOBAL, name));
      state.putDashboard(context.accountId, GLOBAL, name, input.DashboardBody, clock.now());
      if (!existed && input.Tags?.length) state.setTags(dashboardArn(context.region, context.accountId, name), Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
      return { DashboardValidationMessages: [] };
    },

    GetDashboard(input, context) {
      const dashboard = state.dashboard(context.accountId, GLOBAL, input.DashboardName);
      if (!dashboard) throw dashboardNotFound(`Dashboard ${input.DashboardName} does not exist`);
      return { DashboardName: dashboard.name, DashboardArn: dashboardArn(context.region, context.accountId, dashboard.name), DashboardBody: dashboard.body };
    },

    ListDashboards(input, context) {
      const all = state.dashboards(context.accountId, GLOBAL).filter((d) => !input.DashboardNamePrefix || d.name.startsWith(input.DashboardNamePrefix));
      const offset = input.NextToken ? decodePageToken(input.NextToken, isOffset, invalidNextToken).offset : 0;
      const page = all.slice(offset, offset + LIST_PAGE);
      return {
        DashboardEntries: page.map((d) => ({
          DashboardName: d.name,
          DashboardArn: dashboardArn(context.region, context.accountId, d.name),
          LastModified: new Date(d.modified),
          Size: d.size,
        })),
        NextToken: offset + LIST_PAGE < all.length ? encodePageToken({ offset: offset + LIST_PAGE }) : undefined,
      };
    },

    DeleteDashboards(input, context) {
      const missing = input.DashboardNames.filter((name) => !state.dashboard(context.accountId, GLOBAL, name));
      if (missing.length) throw dashboardNotFound(`Dashboard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'do' : 'does'} not exist`);
      state.transaction(() => {
        for (const name of input.DashboardNames) {
          state.deleteDashboard(context.accountId, GLOBAL, name);
          state.setTags(dashboardArn(context.region, context.accountId, name), {});
        }
      });
      return {};
    },
  };
}

/** AWS's answer to a body that fails its checks: the count and the list, as JSON, in the message too. */
function invalidDashboardBody(messages: Cw.DashboardValidationMessage[]): AwsError {
  const listed = JSON.stringify(messages.map((m) => ({ dataPath: m.DataPath, message: m.Message })), null, 2);
  return new AwsError('DashboardInvalidInputError', `The dashboard body is invalid, there are ${messages.length} validation errors:\n${listed}`, 400, {
    fields: { dashboardValidationMessages: messages },
  });
}

/** PutDashboard's checks of the body: a JSON object whose widgets are objects with a type; a metric widget has metrics or annotations. */
function dashboardMessages(body: string): Cw.DashboardValidationMessage[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return [{ DataPath: '', Message: `Could not parse DashboardBody: ${(error as Error).message}` }];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [{ DataPath: '', Message: 'Should be object' }];
  const widgets = (parsed as { widgets?: unknown }).widgets;
  if (widgets === undefined) return [{ DataPath: '', Message: "Should have required property 'widgets'" }];
  if (!Array.isArray(widgets)) return [{ DataPath: '/widgets', Message: 'Should be array' }];
  const messages: Cw.DashboardValidationMessage[] = [];
  widgets.forEach((widget, i) => {
    if (typeof widget !== 'object' || widget === null || Array.isArray(widget)) messages.push({ DataPath: `/widgets/${i}`, Message: 'Should be object' });
    else if (typeof (widget as { type?: unknown }).type !== 'string') messages.push({ DataPath: `/widgets/${i}`, Message: "Should have required property 'type'" });
    else messages.push(...metricWidgetMessages(widget as { type: string; properties?: unknown }, `/widgets/${i}/properties`));
  });
  return messages;
}

/** A metric widget graphs metrics or alarm annotations; with neither, AWS lists these three messages. */
function metricWidgetMessages(widget: { type: string; properties?: unknown }, path: string): Cw.DashboardValidationMessage[] {
  const properties = widget.properties;
  if (widget.type !== 'metric' || typeof properties !== 'object' || properties === null || Array.isArray(properties)) return [];
  if ('metrics' in properties || 'annotations' in properties) return [];
  return [
    { DataPath: path, Message: "Should have required property 'metrics'" },
    { DataPath: path, Message: 'The metric widget should have specified a region and a data source or an alarm annotation' },
    { DataPath: path, Message: "Should have required property 'annotations'" },
  ];
}
