import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn, parseArn } from '../../core/ids.js';
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Cw from '../../generated/cloudwatch.js';
import type { CloudWatchApi } from './api.js';
import { parseAlarmRule, ruleAlarms, RuleError } from './alarm-rule.js';
import { AlarmEngine, alarmPeriod } from './alarms.js';
import {
  alarmNotFound,
  cloudWatchValidationError,
  dashboardNotFound,
  invalidParameterCombination,
  invalidParameterValue,
  missingParameter,
  validationError,
} from './errors.js';
import { MathError, parseExpression } from './metric-math.js';
import { MAX_DATAPOINTS_PER_CALL, MetricReader, SearchSession } from './metric-queries.js';
import { METRIC_ID, metricReadOperations, yieldToOthers } from './metric-reads.js';
import { decodeToken, encodeToken, isOffset } from './page-tokens.js';
import { BASIC_STATISTICS, isValidStatistic, parseStatistic } from './statistics.js';
import { canonicalDimensions, CloudWatchState, type AlarmRecord, type DimensionPair, type NewSample } from './state.js';
import { parseWidget, renderChart, WidgetError, type ChartSeries } from './widget-image/chart.js';

type Operations = Partial<Cw.CloudwatchOperations>;

const TWO_WEEKS_MS = 14 * 86_400_000;
const TWO_HOURS_MS = 2 * 3_600_000;
const DASHBOARD_NAME = /^[A-Za-z0-9_-]+$/;
const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];
const DAY_MS = 86_400_000;
const RETENTION_MS = 455 * DAY_MS;
/** Dashboards are global: one set an account, whichever region is asked (their ARNs have no region). */
const GLOBAL = '';

export function createProvider(runtime: Runtime): Provider {
  const state = new CloudWatchState(runtime.store);
  const clock = runtime.clock;
  const reader = new MetricReader(state);
  const engine = new AlarmEngine(runtime, state, reader);
  engine.start();

  const dashboardArn = (account: string, name: string) => `arn:aws:cloudwatch::${account}:dashboard/${name}`;

  // ------------------------------------------------------------------ metric data

  let lastPrune = clock.now();

  function store(account: string, region: string, namespace: string, data: Cw.MetricDatum[], now: number, where = 'MetricData'): void {
    // AWS keeps data points for 15 months (at coarser resolutions as they age); older ones go, checked daily.
    if (now - lastPrune > DAY_MS) {
      state.pruneSamples(now - RETENTION_MS);
      lastPrune = now;
    }
    const samples: Array<{ datum: Cw.MetricDatum; sample: NewSample }> = [];
    data.forEach((datum, index) => {
      const name = `${where}.member.${index + 1}`;
      samples.push({ datum, sample: toSample(datum, name, now) });
    });
    state.transaction(() => {
      for (const { datum, sample } of samples) {
        const metric = state.upsertMetric(account, region, namespace, datum.MetricName, datum.Dimensions ?? [], now);
        state.insertSample(metric.id, sample);
      }
    });
  }

  function toSample(datum: Cw.MetricDatum, name: string, now: number): NewSample {
    const kinds = [datum.Value !== undefined, datum.StatisticValues !== undefined, datum.Values !== undefined && datum.Values.length > 0].filter(Boolean).length;
    if (kinds === 0) {
      throw invalidParameterCombination(`At least one of the parameters ${name}.Value and ${name}.StatisticValues must be specified.`);
    }
    if (datum.Value !== undefined && datum.StatisticValues !== undefined) {
      throw invalidParameterCombination(`The parameters ${name}.Value and ${name}.StatisticValues are mutually exclusive and you have specified both.`);
    }
    if (datum.Values?.length && (datum.Value !== undefined || datum.StatisticValues !== undefined)) {
      throw invalidParameterCombination(`The parameters ${name}.Values and ${name}.${datum.Value !== undefined ? 'Value' : 'StatisticValues'} are mutually exclusive and you have specified both.`);
    }
    const names = new Set<string>();
    for (const dimension of datum.Dimensions ?? []) {
      if (names.has(dimension.Name)) throw invalidParameterValue(`The parameter ${name}.Dimensions must not contain duplicate dimension names; ${dimension.Name} appears more than once.`);
      names.add(dimension.Name);
    }
    const resolution = datum.StorageResolution ?? 60;
    if (resolution !== 1 && resolution !== 60) {
      throw invalidParameterValue(`The parameter ${name}.StorageResolution must be either 1 or 60.`);
    }
    const given = datum.Timestamp ? datum.Timestamp.getTime() : now;
    if (given < now - TWO_WEEKS_MS) throw invalidParameterValue(`The parameter ${name}.Timestamp must specify a time within the past two weeks.`);
    if (given > now + TWO_HOURS_MS) throw invalidParameterValue(`The parameter ${name}.Timestamp must specify a time no more than two hours in the future.`);
    const granularity = resolution === 1 ? 1000 : 60_000;
    const timestamp = Math.floor(given / granularity) * granularity;
    const unit = datum.Unit ?? 'None';
    const checkNumber = (value: number, field: string) => {
      if (!Number.isFinite(value)) throw invalidParameterValue(`The value ${value} for parameter ${name}.${field} is invalid.`);
    };
    if (datum.Value !== undefined) {
      checkNumber(datum.Value, 'Value');
      return { timestamp, unit, count: 1, sum: datum.Value, min: datum.Value, max: datum.Value, values: [[datum.Value, 1]] };
    }
    if (datum.StatisticValues) {
      const s = datum.StatisticValues;
      for (const field of ['SampleCount', 'Sum', 'Minimum', 'Maximum'] as const) checkNumber(s[field], `StatisticValues.${field}`);
      if (s.SampleCount <= 0) throw invalidParameterValue(`The parameter ${name}.StatisticValues.SampleCount must be greater than 0.`);
      if (s.Minimum > s.Maximum) throw invalidParameterValue(`The parameter ${name}.StatisticValues.Maximum must be greater than ${name}.StatisticValues.Minimum.`);
      return { timestamp, unit, count: s.SampleCount, sum: s.Sum, min: s.Minimum, max: s.Maximum, values: null };
    }
    const values = datum.Values!;
    const counts = datum.Counts;
    if (values.length > 150) throw invalidParameterValue(`The collection ${name}.Values must not have a size greater than 150.`);
    if (counts && counts.length !== values.length) throw invalidParameterValue(`The parameters ${name}.Values and ${name}.Counts must be of the same size.`);
    const pairs: Array<[number, number]> = values.map((value, i) => {
      checkNumber(value, `Values.member.${i + 1}`);
      const count = counts ? counts[i] : 1;
      checkNumber(count, `Counts.member.${i + 1}`);
      return [value, count];
    });
    let count = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const [value, weight] of pairs) {
      count += weight;
      sum += value * weight;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return { timestamp, unit, count, sum, min, max, values: pairs };
  }

  // ------------------------------------------------------------------ alarms

  function requireAlarm(context: RequestContext, name: string): AlarmRecord {
    const alarm = state.alarm(context.accountId, context.region, name);
    if (!alarm) throw alarmNotFound(`Alarm ${name} not found`);
    return alarm;
  }

  function history(alarm: { account: string; region: string; name: string; kind: AlarmRecord['kind'] }, summary: string, data: unknown, now: number): void {
    state.addHistory({
      account: alarm.account,
      region: alarm.region,
      alarmName: alarm.name,
      alarmType: alarm.kind,
      timestamp: now,
      itemType: 'ConfigurationUpdate',
      summary,
      data: JSON.stringify(data),
    });
  }

  function checkActions(actions: string[] | undefined): void {
    for (const action of actions ?? []) {
      if (!parseArn(action)) throw validationError(`Invalid arn syntax: ${action}`);
    }
  }

  function checkMetricAlarm(input: Cw.PutMetricAlarmInput): void {
    if (input.EvaluationPeriods === undefined) throw missingParameter('The parameter EvaluationPeriods is required.');
    if (input.Metrics?.length) {
      if (input.MetricName || input.Namespace || input.Statistic || input.ExtendedStatistic || input.Dimensions?.length || input.Period !== undefined) {
        throw invalidParameterCombination('The parameters Metrics and MetricName, Namespace, Statistic, ExtendedStatistic, Dimensions, Period are mutually exclusive and you have specified both.');
      }
      const ids = new Set<string>();
      input.Metrics.forEach((query, i) => {
        const where = `Metrics.member.${i + 1}`;
        if (!METRIC_ID.test(query.Id)) throw validationError(`The value ${query.Id} for parameter ${where}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.`);
        if (ids.has(query.Id)) throw validationError('The values for parameter id in Metrics are not unique.');
        ids.add(query.Id);
        if (Boolean(query.MetricStat) === Boolean(query.Expression)) throw validationError(`Exactly one of MetricStat and Expression must be set in ${where}.`);
        if (query.MetricStat) {
          if (!isValidStatistic(query.MetricStat.Stat)) throw validationError(`The value for parameter ${where}.MetricStat.Stat is not a valid statistic.`);
          checkAlarmPeriod(query.MetricStat.Period, `${where}.MetricStat.Period`);
        }
        if (query.Expression) {
          try {
            parseExpression(query.Expression);
          } catch (error) {
            if (error instanceof MathError) throw validationError(`Error in expression ${query.Id}: ${error.message}`);
            throw error;
          }
        }
      });
      const returning = input.Metrics.filter((q) => q.ReturnData !== false && q.Id !== input.ThresholdMetricId);
      if (returning.length !== 1) throw validationError('Exactly one element of the metrics list should return data.');
      if (input.ThresholdMetricId && !ids.has(input.ThresholdMetricId)) throw validationError(`The ThresholdMetricId ${input.ThresholdMetricId} does not match any metric in the Metrics list.`);
    } else {
      if (!input.MetricName) throw missingParameter('The parameter MetricName is required.');
      if (!input.Namespace) throw missingParameter('The parameter Namespace is required.');
      if (input.Statistic && input.ExtendedStatistic) throw invalidParameterCombination('The parameters Statistic and ExtendedStatistic are mutually exclusive and you have specified both.');
      if (!input.Statistic && !input.ExtendedStatistic) throw missingParameter('The parameter Statistic or ExtendedStatistic is required.');
      if (input.ExtendedStatistic && (!isValidStatistic(input.ExtendedStatistic) || (BASIC_STATISTICS as readonly string[]).includes(input.ExtendedStatistic))) {
        throw invalidParameterValue(`The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported.`);
      }
      if (input.Period === undefined) throw missingParameter('The parameter Period is required.');
      checkAlarmPeriod(input.Period, 'Period');
    }
    const period = input.Period ?? alarmPeriod(input as unknown as Record<string, unknown>);
    if (period * input.EvaluationPeriods > (period >= 3600 ? 7 * 86400 : 86400)) {
      throw validationError(
        period >= 3600
          ? 'Metrics cannot be checked across more than a week (EvaluationPeriods * Period must be <= 604800).'
          : 'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).',
      );
    }
    if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods) {
      throw validationError('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
    }
    if (!input.ComparisonOperator) throw missingParameter('The parameter ComparisonOperator is required.');
    const band = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'].includes(input.ComparisonOperator);
    if (band && !input.ThresholdMetricId) throw validationError('ThresholdMetricId is required for the comparison operator ' + input.ComparisonOperator + '.');
    if (!band && input.ThresholdMetricId) throw validationError('ThresholdMetricId can only be used with the anomaly detection comparison operators.');
    if (!band && input.Threshold === undefined) throw missingParameter('The parameter Threshold is required.');
    if (input.TreatMissingData !== undefined && !TREAT_MISSING.includes(input.TreatMissingData)) {
      throw validationError(`The value ${input.TreatMissingData} for parameter TreatMissingData is not valid. Valid values are: ${TREAT_MISSING.join(', ')}.`);
    }
    if (input.EvaluateLowSampleCountPercentile !== undefined && !['evaluate', 'ignore'].includes(input.EvaluateLowSampleCountPercentile)) {
      throw validationError(`The value ${input.EvaluateLowSampleCountPercentile} for parameter EvaluateLowSampleCountPercentile is not valid. Valid values are: evaluate, ignore.`);
    }
    checkActions(input.AlarmActions);
    checkActions(input.OKActions);
    checkActions(input.InsufficientDataActions);
  }

  function checkAlarmPeriod(period: number, name: string): void {
    if (![10, 20, 30].includes(period) && period % 60 !== 0) {
      throw validationError(`The parameter ${name} must be 10, 20, 30 or a multiple of 60.`);
    }
  }

  function describeAlarm(record: AlarmRecord): Record<string, unknown> {
    const doc = { ...record.document };
    for (const key of ['AlarmConfigurationUpdatedTimestamp', 'StateUpdatedTimestamp', 'StateTransitionedTimestamp']) {
      if (typeof doc[key] === 'number') doc[key] = new Date(doc[key] as number);
    }
    return doc;
  }

  /** The names and ARNs a composite alarm's rule refers to (none for a metric alarm). */
  function ruleNames(record: AlarmRecord): Set<string> {
    if (record.kind !== 'CompositeAlarm') return new Set();
    try {
      return ruleAlarms(parseAlarmRule(String(record.document.AlarmRule)));
    } catch {
      return new Set();
    }
  }

  function childrenOf(record: AlarmRecord, all: AlarmRecord[]): AlarmRecord[] {
    const names = ruleNames(record);
    return names.size ? all.filter((a) => names.has(a.name) || names.has(String(a.document.AlarmArn))) : [];
  }

  /** Whether a composite's rule names the alarm: its rule is read, not the whole list of alarms matched against it. */
  function refersTo(record: AlarmRecord, alarm: AlarmRecord): boolean {
    const names = ruleNames(record);
    return names.has(alarm.name) || names.has(String(alarm.document.AlarmArn));
  }

  // ------------------------------------------------------------------ api

  const api: CloudWatchApi = {
    putMetricData(request) {
      const now = clock.now();
      store(
        request.account,
        request.region,
        request.namespace,
        request.metricData.map((d) => ({
          MetricName: d.metricName,
          Dimensions: d.dimensions?.map((x) => ({ Name: x.name, Value: x.value })),
          Value: d.value,
          Values: d.values,
          Counts: d.counts,
          StatisticValues: d.statistics ? { SampleCount: d.statistics.sampleCount, Sum: d.statistics.sum, Minimum: d.statistics.minimum, Maximum: d.statistics.maximum } : undefined,
          Unit: d.unit,
          Timestamp: d.timestamp !== undefined ? new Date(d.timestamp) : undefined,
          StorageResolution: d.storageResolution,
        })),
        now,
      );
    },
    getStatistic(request) {
      const spec = parseStatistic(request.statistic);
      if (!spec) throw new Error(`${request.statistic} is not a statistic`);
      const series = reader.statSeries(
        request.account,
        request.region,
        { namespace: request.namespace, name: request.metricName, dimensions: request.dimensions?.map((d) => ({ Name: d.name, Value: d.value })) },
        spec,
        request.period,
        request.start,
        request.end,
      );
      return [...series.points].sort((a, b) => a[0] - b[0]).map(([timestamp, value]) => ({ timestamp, value }));
    },
  };

  // ------------------------------------------------------------------ operations

  const operations: Operations = {
    ...metricReadOperations(state, reader, clock),

    PutMetricData(input, context) {
      if (input.Namespace.startsWith('AWS/')) throw invalidParameterValue(`The value ${input.Namespace} for parameter Namespace is invalid.`);
      const data = input.MetricData ?? [];
      const entity = input.EntityMetricData ?? [];
      if (!data.length && !entity.some((e) => e.MetricData?.length)) throw missingParameter('The parameter MetricData is required.');
      if (data.length > 1000) throw invalidParameterValue('The collection MetricData must not have a size greater than 1000.');
      // AWS's limit of 1000 metrics a call counts MetricData and EntityMetricData together.
      const total = entity.reduce((n, e) => n + (e.MetricData?.length ?? 0), data.length);
      if (total > 1000) throw invalidParameterValue(`The collection MetricData must not have a size greater than 1000.`);
      const now = clock.now();
      store(context.accountId, context.region, input.Namespace, data, now);
      entity.forEach((e, i) => store(context.accountId, context.region, input.Namespace, e.MetricData ?? [], now, `EntityMetricData.member.${i + 1}.MetricData`));
    },

    GetMetricWidgetImage(input, context) {
      const format = (input.OutputFormat ?? 'png').toLowerCase();
      if (format !== 'png') throw invalidParameterValue(`The value ${input.OutputFormat} for parameter OutputFormat is not supported; use png.`);
      const now = clock.now();
      let definition;
      try {
        definition = parseWidget(input.MetricWidget, now);
      } catch (error) {
        if (error instanceof WidgetError) throw validationError(error.message);
        throw error;
      }
      const widget = definition;
      // Sized like GetMetricData (a graph draws at most what one call returns, the newest part of its range) and run in slices.
      const draw = async () => {
        const session = new SearchSession();
        await reader.prefetchSearches(context.accountId, context.region, widget.queries, now, session, yieldToOthers);
        const plan = reader.plan(context.accountId, context.region, widget.queries, widget.start, widget.end, now, { returnCap: MAX_DATAPOINTS_PER_CALL, newestFirst: true, session });
        const { results } = await reader.runQueriesInSlices(context.accountId, context.region, widget.queries, plan.start, plan.end, now, yieldToOthers, session);
        const series: ChartSeries[] = results
          .filter((r) => r.returnData)
          .map((r) => ({ label: r.label, color: widget.colors.get(r.id), points: [...r.series.points].filter(([t]) => t >= widget.start - r.series.period * 1000 && t < widget.end) }));
        return { MetricWidgetImage: renderChart(widget, series) };
      };
      return draw().catch((error: unknown) => {
        throw error instanceof MathError ? validationError(error.message) : error;
      });
    },

    PutDashboard(input, context) {
      const name = input.DashboardName;
      if (!name || name.length > 255 || !DASHBOARD_NAME.test(name)) {
        throw new AwsError('DashboardInvalidInputError', 'The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).', 400, {
          fields: { dashboardValidationMessages: [{ DataPath: '/DashboardName', Message: 'Invalid characters in the dashboard name' }] },
        });
      }
      const messages = dashboardMessages(input.DashboardBody);
      if (messages.length) {
        throw new AwsError('DashboardInvalidInputError', 'The field DashboardBody must be a valid JSON object', 400, { fields: { dashboardValidationMessages: messages } });
      }
      const existed = Boolean(state.dashboard(context.accountId, GLOBAL, name));
      state.putDashboard(context.accountId, GLOBAL, name, input.DashboardBody, clock.now());
      if (!existed && input.Tags?.length) state.setTags(dashboardArn(context.accountId, name), Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
      return { DashboardValidationMessages: [] };
    },

    GetDashboard(input, context) {
      const dashboard = state.dashboard(context.accountId, GLOBAL, input.DashboardName);
      if (!dashboard) throw dashboardNotFound(`Dashboard ${input.DashboardName} does not exist`);
      return { DashboardName: dashboard.name, DashboardArn: dashboardArn(context.accountId, dashboard.name), DashboardBody: dashboard.body };
    },

    ListDashboards(input, context) {
      const all = state.dashboards(context.accountId, GLOBAL).filter((d) => !input.DashboardNamePrefix || d.name.startsWith(input.DashboardNamePrefix));
      const offset = input.NextToken ? decodeToken(input.NextToken, isOffset).offset : 0;
      const page = all.slice(offset, offset + 1000);
      return {
        DashboardEntries: page.map((d) => ({
          DashboardName: d.name,
          DashboardArn: dashboardArn(context.accountId, d.name),
          LastModified: new Date(d.modified),
          Size: d.size,
        })),
        NextToken: offset + 1000 < all.length ? encodeToken({ offset: offset + 1000 }) : undefined,
      };
    },

    DeleteDashboards(input, context) {
      const missing = input.DashboardNames.filter((name) => !state.dashboard(context.accountId, GLOBAL, name));
      if (missing.length) throw dashboardNotFound(`Dashboard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'do' : 'does'} not exist`);
      state.transaction(() => {
        for (const name of input.DashboardNames) {
          state.deleteDashboard(context.accountId, GLOBAL, name);
          state.setTags(dashboardArn(context.accountId, name), {});
        }
      });
      return {};
    },

    PutMetricAlarm(input, context) {
      checkMetricAlarm(input);
      const now = clock.now();
      const existing = state.alarm(context.accountId, context.region, input.AlarmName);
      if (existing && existing.kind !== 'MetricAlarm') throw validationError(`The alarm ${input.AlarmName} is a composite alarm; a metric alarm cannot replace it.`);
      const doc: Record<string, unknown> = {
        ...alarmBase(input, context, existing, now),
        MetricName: input.MetricName,
        Namespace: input.Namespace,
        Statistic: input.Statistic,
        ExtendedStatistic: input.ExtendedStatistic,
        Dimensions: input.Metrics?.length ? undefined : canonicalDimensions(input.Dimensions as DimensionPair[] | undefined),
        Period: input.Period,
        Unit: input.Unit,
        EvaluationPeriods: input.EvaluationPeriods,
        DatapointsToAlarm: input.DatapointsToAlarm,
        Threshold: input.Threshold,
        ComparisonOperator: input.ComparisonOperator,
        TreatMissingData: input.TreatMissingData,
        EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
        Metrics: input.Metrics,
        ThresholdMetricId: input.ThresholdMetricId,
        EvaluationInterval: input.EvaluationInterval,
      };
      for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
      const record: AlarmRecord = { account: context.accountId, region: context.region, name: input.AlarmName, kind: 'MetricAlarm', document: doc };
      state.putAlarm(record);
      if (!existing && input.Tags?.length) state.setTags(String(doc.AlarmArn), Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
      history(
        record,
        `Alarm "${input.AlarmName}" ${existing ? 'updated' : 'created'}`,
        { version: '1.0', type: existing ? 'Update' : 'Create', [existing ? 'updatedAlarm' : 'createdAlarm']: alarmHistoryDoc(doc) },
        now,
      );
      engine.schedule(record);
    },

    PutCompositeAlarm(input, context) {
      let rule;
      try {
        rule = parseAlarmRule(input.AlarmRule);
      } catch (error) {
        if (error instanceof RuleError) throw validationError(`Error in alarm rule: ${error.message}`);
        throw error;
      }
      checkActions(input.AlarmActions);
      checkActions(input.OKActions);
      checkActions(input.InsufficientDataActions);
      const all = state.alarms(context.accountId, context.region);
      const referenced = [...ruleAlarms(rule)];
      if (referenced.includes(input.AlarmName) || referenced.includes(alarmArn(context, input.AlarmName))) {
        throw validationError('The alarm rule of a composite alarm cannot refer to the composite alarm itself.');
      }
      const missing = referenced.filter((name) => !all.some((a) => a.name === name || a.document.AlarmArn === name));
      if (missing.length) throw validationError(`Could not save the composite alarm as alarms [${missing.join(', ')}] in the alarm rule do not exist`);
      const now = clock.now();
      const existing = all.find((a) => a.name === input.AlarmName);
      if (existing && existing.kind !== 'CompositeAlarm') throw validationError(`The alarm ${input.AlarmName} is a metric alarm; a composite alarm cannot replace it.`);
      const doc: Record<string, unknown> = {
        ...alarmBase(input, context, existing, now),
        AlarmRule: input.AlarmRule,
        ActionsSuppressor: input.ActionsSuppressor,
        ActionsSuppressorWaitPeriod: input.ActionsSuppressorWaitPeriod,
        ActionsSuppressorExtensionPeriod: input.ActionsSuppressorExtensionPeriod,
      };
      for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
      const record: AlarmRecord = { account: context.accountId, region: context.region, name: input.AlarmName, kind: 'CompositeAlarm', document: doc };
      state.putAlarm(record);
      if (!existing && input.Tags?.length) state.setTags(String(doc.AlarmArn), Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
      history(record, `Alarm "${input.AlarmName}" ${existing ? 'updated' : 'created'}`, { version: '1.0', type: existing ? 'Update' : 'Create', [existing ? 'updatedAlarm' : 'createdAlarm']: alarmHistoryDoc(doc) }, now);
      // A composite alarm is evaluated at once against its children's current states.
      engine.evaluateComposite(record, state.alarms(context.accountId, context.region), now);
      engine.updateComposites(context.accountId, context.region, now);
    },

    DescribeAlarms(input, context) {
      const all = state.alarms(context.accountId, context.region);
      let selected: AlarmRecord[];
      if (input.ChildrenOfAlarmName) {
        const parent = all.find((a) => a.name === input.ChildrenOfAlarmName);
        selected = parent ? childrenOf(parent, all) : [];
      } else if (input.ParentsOfAlarmName) {
        const child = all.find((a) => a.name === input.ParentsOfAlarmName);
        selected = child ? all.filter((a) => refersTo(a, child)) : [];
      } else {
        if (input.AlarmNames?.length && input.AlarmNamePrefix) {
          throw invalidParameterCombination('The parameters AlarmNames and AlarmNamePrefix are mutually exclusive and you have specified both.');
        }
        const types = input.AlarmTypes?.length ? input.AlarmTypes : ['MetricAlarm'];
        selected = all.filter((a) => {
          if (!types.includes(a.kind)) return false;
          if (input.AlarmNames?.length && !input.AlarmNames.includes(a.name)) return false;
          if (input.AlarmNamePrefix && !a.name.startsWith(input.AlarmNamePrefix)) return false;
          if (input.StateValue && a.document.StateValue !== input.StateValue) return false;
          if (input.ActionPrefix) {
            const actions = [...((a.document.AlarmActions as string[]) ?? []), ...((a.document.OKActions as string[]) ?? []), ...((a.document.InsufficientDataActions as string[]) ?? [])];
            if (!actions.some((action) => action.startsWith(input.ActionPrefix!))) return false;
          }
          return true;
        });
      }
      selected.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const offset = input.NextToken ? decodeToken(input.NextToken, isOffset).offset : 0;
      const max = input.MaxRecords ?? 50;
      const page = selected.slice(offset, offset + max);
      return {
        MetricAlarms: page.filter((a) => a.kind === 'MetricAlarm').map(describeAlarm) as Cw.MetricAlarm[],
        CompositeAlarms: page.filter((a) => a.kind === 'CompositeAlarm').map(describeAlarm) as Cw.CompositeAlarm[],
        NextToken: offset + max < selected.length ? encodeToken({ offset: offset + max }) : undefined,
      };
    },

    DescribeAlarmsForMetric(input, context) {
      const wanted = input.Dimensions ? JSON.stringify(canonicalDimensions(input.Dimensions as DimensionPair[])) : undefined;
      const alarms = state.alarms(context.accountId, context.region).filter((a) => {
        const doc = a.document;
        if (a.kind !== 'MetricAlarm' || doc.MetricName !== input.MetricName || doc.Namespace !== input.Namespace) return false;
        if (input.Statistic && doc.Statistic !== input.Statistic) return false;
        if (input.ExtendedStatistic && doc.ExtendedStatistic !== input.ExtendedStatistic) return false;
        if (input.Period && doc.Period !== input.Period) return false;
        if (input.Unit && doc.Unit !== input.Unit) return false;
        if (wanted !== undefined && JSON.stringify(doc.Dimensions ?? []) !== wanted) return false;
        return true;
      });
      return { MetricAlarms: alarms.map(describeAlarm) as Cw.MetricAlarm[] };
    },

    DescribeAlarmHistory(input, context) {
      const offset = input.NextToken ? decodeToken(input.NextToken, isOffset).offset : 0;
      const max = input.MaxRecords ?? 100;
      // Filtered and paged in SQL, one row past the page to know whether another follows: a long history is never read whole.
      const items = state.historyPage({
        account: context.accountId,
        region: context.region,
        types: input.AlarmTypes?.length ? input.AlarmTypes : ['MetricAlarm'],
        alarmName: input.AlarmName,
        itemType: input.HistoryItemType,
        start: input.StartDate?.getTime() ?? -Infinity,
        end: input.EndDate?.getTime() ?? Infinity,
        descending: (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending',
        offset,
        limit: max + 1,
      });
      const page = items.slice(0, max);
      return {
        AlarmHistoryItems: page.map((h) => ({
          AlarmName: h.alarmName,
          AlarmType: h.alarmType,
          Timestamp: new Date(h.timestamp),
          HistoryItemType: h.itemType,
          HistorySummary: h.summary,
          HistoryData: h.data,
        })),
        NextToken: items.length > max ? encodeToken({ offset: offset + max }) : undefined,
      };
    },

    SetAlarmState(input, context) {
      const alarm = requireAlarm(context, input.AlarmName);
      if (input.StateReasonData !== undefined) {
        try {
          JSON.parse(input.StateReasonData);
        } catch {
          throw new AwsError('InvalidFormatFault', 'The value for StateReasonData must be valid JSON.', 400);
        }
      }
      const now = clock.now();
      if (alarm.document.StateValue === input.StateValue) {
        alarm.document.StateReason = input.StateReason;
        if (input.StateReasonData !== undefined) alarm.document.StateReasonData = input.StateReasonData;
        alarm.document.StateUpdatedTimestamp = now;
        state.putAlarm(alarm);
        return;
      }
      engine.transition(alarm, input.StateValue, input.StateReason, input.StateReasonData, now);
    },

    EnableAlarmActions(input, context) {
      for (const name of input.AlarmNames) {
        const alarm = state.alarm(context.accountId, context.region, name);
        if (!alarm) continue;
        alarm.document.ActionsEnabled = true;
        state.putAlarm(alarm);
      }
    },

    DisableAlarmActions(input, context) {
      for (const name of input.AlarmNames) {
        const alarm = state.alarm(context.accountId, context.region, name);
        if (!alarm) continue;
        alarm.document.ActionsEnabled = false;
        state.putAlarm(alarm);
      }
    },

    DeleteAlarms(input, context) {
      const missing = input.AlarmNames.filter((name) => !state.alarm(context.accountId, context.region, name));
      if (missing.length) throw alarmNotFound(`${missing.length > 1 ? 'Alarms' : 'Alarm'} ${missing.join(', ')} not found`);
      const all = state.alarms(context.accountId, context.region);
      for (const name of input.AlarmNames) {
        const alarm = all.find((a) => a.name === name)!;
        const parents = all.filter((a) => !input.AlarmNames.includes(a.name) && refersTo(a, alarm));
        if (parents.length) {
          throw validationError(`The alarm ${name} cannot be deleted because the composite alarm ${parents[0].name} refers to it in its alarm rule.`);
        }
      }
      state.transaction(() => {
        for (const name of new Set(input.AlarmNames)) {
          const alarm = state.alarm(context.accountId, context.region, name)!;
          state.deleteAlarm(context.accountId, context.region, name);
          state.setTags(String(alarm.document.AlarmArn), {});
          engine.unschedule(context.accountId, context.region, name);
        }
      });
    },

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
    throw notFound('Resource', parsed.resource);
  }

  return {
    operations: operations as Provider['operations'],
    api,
    validationError: (violations) => cloudWatchValidationError(violations),
    close() {
      engine.close();
    },
  };
}

/** The alarm's configuration as history data shows it. */
function alarmHistoryDoc(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('State')) continue;
    out[key.charAt(0).toLowerCase() + key.slice(1)] = key === 'AlarmConfigurationUpdatedTimestamp' ? new Date(value as number).toISOString().replace('Z', '+0000') : value;
  }
  return out;
}

/** PutDashboard's checks of the body: a JSON object whose widgets are objects with a type. */
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
  });
  return messages;
}

function alarmArn(context: { accountId: string; region: string }, name: string): string {
  return arn({ service: 'cloudwatch', region: context.region, account: context.accountId, resource: `alarm:${name}` });
}

/** What metric and composite alarms share: identity, actions, and the state carried over from the alarm they replace. */
function alarmBase(
  input: { AlarmName: string; AlarmDescription?: string; ActionsEnabled?: boolean; OKActions?: string[]; AlarmActions?: string[]; InsufficientDataActions?: string[] },
  context: RequestContext,
  existing: AlarmRecord | undefined,
  now: number,
): Record<string, unknown> {
  return {
    AlarmName: input.AlarmName,
    AlarmArn: alarmArn(context, input.AlarmName),
    AlarmDescription: input.AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: now,
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    StateValue: existing?.document.StateValue ?? 'INSUFFICIENT_DATA',
    StateReason: existing?.document.StateReason ?? 'Unchecked: Initial alarm creation',
    StateReasonData: existing?.document.StateReasonData,
    StateUpdatedTimestamp: existing?.document.StateUpdatedTimestamp ?? now,
    StateTransitionedTimestamp: existing?.document.StateTransitionedTimestamp ?? now,
  };
}
