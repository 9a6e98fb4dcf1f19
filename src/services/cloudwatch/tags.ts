import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { GLOBAL } from './dashboards.js';
import { invalidParameterValue } from './errors.js';
import type { CloudWatchService } from './service.js';

/** Tags on alarms, dashboards, Contributor Insights rules, metric streams and alarm mute rules, keyed by the resource's ARN. */
export function tagOperations(service: CloudWatchService): Pick<Cw.CloudwatchOperations, 'TagResource' | 'UntagResource' | 'ListTagsForResource'> {
  const { state } = service;

  /** The ARN of an alarm or dashboard of the caller's that exists, else AWS's error. */
  function requireTaggable(context: RequestContext, resourceArn: string): string {
    const parsed = parseArn(resourceArn);
    const notFound = (type: string, id: string) =>
      new AwsError('ResourceNotFoundException', `${type} ${id} does not exist.`, 404, { fields: { ResourceType: type, ResourceId: id } });
    if (!parsed || parsed.service !== 'cloudwatch') throw invalidParameterValue(`The value ${resourceArn} for parameter ResourceARN is not a valid CloudWatch resource ARN.`);
    if (parsed.resource.startsWith('alarm:')) {
      const name = parsed.resource.slice('alarm:'.length);
      if (parsed.account !== context.accountId || parsed.region !== context.region || !state.alarm(context.accountId, context.region, name)) throw notFound('Alarm', name);
      return resourceArn;
    }
    if (parsed.resource.startsWith('dashboard/')) {
      const name = parsed.resource.slice('dashboard/'.length);
      if (parsed.account !== context.accountId || !state.dashboard(context.accountId, GLOBAL, name)) throw notFound('Dashboard', name);
      return resourceArn;
    }
    if (parsed.resource.startsWith('insight-rule/')) {
      const name = parsed.resource.slice('insight-rule/'.length);
      if (parsed.account !== context.accountId || parsed.region !== context.region || !state.resource(context.accountId, context.region, 'insight-rule', name)) throw notFound('InsightRule', name);
      return resourceArn;
    }
    if (parsed.resource.startsWith('metric-stream/')) {
      const name = parsed.resource.slice('metric-stream/'.length);
      if (parsed.account !== context.accountId || parsed.region !== context.region || !state.resource(context.accountId, context.region, 'metric-stream', name)) throw notFound('MetricStream', name);
      return resourceArn;
    }
    if (parsed.resource.startsWith('alarm-mute-rule:')) {
      const name = parsed.resource.slice('alarm-mute-rule:'.length);
      if (parsed.account !== context.accountId || parsed.region !== context.region || !state.resource(context.accountId, context.region, 'mute-rule', name)) throw notFound('AlarmMuteRule', name);
      return resourceArn;
    }
    throw notFound('Resource', parsed.resource);
  }

  return {
    TagResource(input, context) {
      const resource = requireTaggable(context, input.ResourceARN);
      state.setTags(resource, { ...state.tags(resource), ...Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])) });
      return {};
    },

    UntagResource(input, context) {
      const resource = requireTaggable(context, input.ResourceARN);
      const tags = state.tags(resource);
      for (const key of input.TagKeys) delete tags[key];
      state.setTags(resource, tags);
      return {};
    },

    ListTagsForResource(input, context) {
      const resource = requireTaggable(context, input.ResourceARN);
      return { Tags: Object.entries(state.tags(resource)).map(([Key, Value]) => ({ Key, Value })) };
    },
  };
}
