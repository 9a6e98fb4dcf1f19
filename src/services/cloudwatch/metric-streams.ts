import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { invalidNextToken, invalidParameterCombination, invalidParameterValue } from './errors.js';
import type { CloudWatchService } from './service.js';
import { parseStatistic } from './statistics.js';

/**
 * Metric streams: PutMetricStream, GetMetricStream, ListMetricStreams,
 * DeleteMetricStream, StartMetricStreams and StopMetricStreams, stored with
 * AWS's checks (the Firehose and role ARNs are shape-checked). Nimbus has no
 * Firehose yet, so a running stream delivers nothing: it is state only.
 */

type Operations = Pick<
  Cw.CloudwatchOperations,
  'PutMetricStream' | 'GetMetricStream' | 'ListMetricStreams' | 'DeleteMetricStream' | 'StartMetricStreams' | 'StopMetricStreams'
>;

const NAME = /^[A-Za-z0-9_-]+$/;
const MAX_STATISTICS_CONFIGURATIONS = 100;
const MAX_INCLUDE_METRICS = 100;
const MAX_ADDITIONAL_STATISTICS = 20;
const DEFAULT_PAGE = 500;

interface StreamDocument {
  Arn: string;
  Name: string;
  IncludeFilters: Cw.MetricStreamFilter[];
  ExcludeFilters: Cw.MetricStreamFilter[];
  FirehoseArn: string;
  RoleArn: string;
  State: 'running' | 'stopped';
  CreationDate: number;
  LastUpdateDate: number;
  OutputFormat: string;
  StatisticsConfigurations: Cw.MetricStreamStatisticsConfiguration[];
  IncludeLinkedAccountsMetrics: boolean;
}

export function metricStreamArn(context: { accountId: string; region: string }, name: string): string {
  return arn({ service: 'cloudwatch', region: context.region, account: context.accountId, resource: `metric-stream/${name}` });
}

const streamNotFound = (name: string) => new AwsError('ResourceNotFoundException', `Metric stream ${name} does not exist.`, 404);

function checkTargets(input: Cw.PutMetricStreamInput, context: RequestContext): void {
  const firehose = parseArn(input.FirehoseArn);
  if (!firehose || firehose.service !== 'firehose' || !/^deliverystream\/[A-Za-z0-9_.-]{1,64}$/.test(firehose.resource)) {
    throw invalidParameterValue(`The value ${input.FirehoseArn} for parameter FirehoseArn is not a valid Amazon Kinesis Data Firehose delivery stream ARN.`);
  }
  if (firehose.account !== context.accountId || firehose.region !== context.region) {
    throw invalidParameterValue('The Firehose delivery stream must be in the same account and Region as the metric stream.');
  }
  const role = parseArn(input.RoleArn);
  if (!role || role.service !== 'iam' || !role.resource.startsWith('role/') || role.resource.length <= 'role/'.length) {
    throw invalidParameterValue(`The value ${input.RoleArn} for parameter RoleArn is not a valid IAM role ARN.`);
  }
  if (role.account !== context.accountId) throw invalidParameterValue('The IAM role must be in the same account as the metric stream.');
}

function checkStatistics(configurations: Cw.MetricStreamStatisticsConfiguration[], outputFormat: string): void {
  if (configurations.length > MAX_STATISTICS_CONFIGURATIONS) throw invalidParameterValue(`The parameter StatisticsConfigurations must not have more than ${MAX_STATISTICS_CONFIGURATIONS} members.`);
  for (const configuration of configurations) {
    if (configuration.IncludeMetrics.length > MAX_INCLUDE_METRICS) throw invalidParameterValue(`The parameter IncludeMetrics must not have more than ${MAX_INCLUDE_METRICS} members.`);
    if (configuration.AdditionalStatistics.length > MAX_ADDITIONAL_STATISTICS) {
      throw invalidParameterValue(`The parameter AdditionalStatistics must not have more than ${MAX_ADDITIONAL_STATISTICS} members.`);
    }
    for (const statistic of configuration.AdditionalStatistics) {
      const spec = parseStatistic(statistic);
      // OpenTelemetry formats carry percentiles only; json carries any statistic CloudWatch defines.
      const ok = outputFormat === 'json' ? spec !== undefined && spec.kind !== 'basic' : spec?.kind === 'percentile';
      if (!ok) throw invalidParameterValue(`The statistic ${statistic} is not supported as an additional statistic for the output format ${outputFormat}.`);
    }
  }
}

export function metricStreamOperations(service: CloudWatchService): Operations {
  const { state, clock } = service;
  const load = (context: RequestContext, name: string) => state.resource<StreamDocument>(context.accountId, context.region, 'metric-stream', name);

  /** Start and stop are all or nothing: every stream named must exist before any changes. */
  function setState(context: RequestContext, names: string[], next: StreamDocument['State']): void {
    const streams = names.map((name) => ({ name, stream: load(context, name) }));
    const missing = streams.filter((s) => !s.stream).map((s) => s.name);
    if (missing.length) throw invalidParameterValue(`The metric streams ${missing.join(', ')} do not exist.`);
    const now = clock.now();
    for (const { stream } of streams) {
      if (stream!.State === next) continue;
      stream!.State = next;
      stream!.LastUpdateDate = now;
      state.putResource(context.accountId, context.region, 'metric-stream', stream!.Name, stream);
    }
  }

  return {
    PutMetricStream(input, context) {
      if (!NAME.test(input.Name)) throw invalidParameterValue(`The value ${input.Name} for parameter Name is not valid. Valid characters are A-Z, a-z, 0-9, "-" and "_".`);
      if (input.IncludeFilters?.length && input.ExcludeFilters?.length) {
        throw invalidParameterCombination('The parameters IncludeFilters and ExcludeFilters are mutually exclusive and you have specified both.');
      }
      for (const filter of [...(input.IncludeFilters ?? []), ...(input.ExcludeFilters ?? [])]) {
        if (!filter.Namespace && filter.MetricNames?.length) throw invalidParameterValue('A metric stream filter that names metrics must name their namespace.');
      }
      checkTargets(input, context);
      checkStatistics(input.StatisticsConfigurations ?? [], input.OutputFormat);
      const now = clock.now();
      const existing = load(context, input.Name);
      const stream: StreamDocument = {
        Arn: metricStreamArn(context, input.Name),
        Name: input.Name,
        IncludeFilters: input.IncludeFilters ?? [],
        ExcludeFilters: input.ExcludeFilters ?? [],
        FirehoseArn: input.FirehoseArn,
        RoleArn: input.RoleArn,
        // A new stream starts running; an update leaves the state as it was.
        State: existing?.State ?? 'running',
        CreationDate: existing?.CreationDate ?? now,
        LastUpdateDate: now,
        OutputFormat: input.OutputFormat,
        StatisticsConfigurations: input.StatisticsConfigurations ?? [],
        IncludeLinkedAccountsMetrics: input.IncludeLinkedAccountsMetrics ?? false,
      };
      state.putResource(context.accountId, context.region, 'metric-stream', stream.Name, stream);
      if (!existing && input.Tags?.length) state.setTags(stream.Arn, Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
      return { Arn: stream.Arn };
    },

    GetMetricStream(input, context) {
      const stream = load(context, input.Name);
      if (!stream) throw streamNotFound(input.Name);
      return { ...stream, CreationDate: new Date(stream.CreationDate), LastUpdateDate: new Date(stream.LastUpdateDate) } as Cw.GetMetricStreamOutput;
    },

    ListMetricStreams(input, context) {
      const streams = state.resources<StreamDocument>(context.accountId, context.region, 'metric-stream');
      const page = pageAfterKey(streams, (s) => s.Name, input.MaxResults ?? DEFAULT_PAGE, input.NextToken, invalidNextToken);
      return {
        Entries: page.items.map((s) => ({
          Arn: s.Arn,
          CreationDate: new Date(s.CreationDate),
          LastUpdateDate: new Date(s.LastUpdateDate),
          Name: s.Name,
          FirehoseArn: s.FirehoseArn,
          State: s.State,
          OutputFormat: s.OutputFormat as Cw.MetricStreamEntry['OutputFormat'],
        })),
        NextToken: page.nextToken,
      };
    },

    DeleteMetricStream(input, context) {
      // Deleting a stream that does not exist succeeds, as on AWS.
      if (state.deleteResource(context.accountId, context.region, 'metric-stream', input.Name)) state.setTags(metricStreamArn(context, input.Name), {});
      return {};
    },

    StartMetricStreams(input, context) {
      setState(context, input.Names, 'running');
      return {};
    },

    StopMetricStreams(input, context) {
      setState(context, input.Names, 'stopped');
      return {};
    },
  };
}
