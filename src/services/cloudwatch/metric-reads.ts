import type { RequestContext } from '../../core/context.js';
import { decodePageToken, encodePageToken } from '../../core/pagination.js';
import { WorkSlices } from '../../core/work-slices.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { invalidNextToken, invalidParameterCombination, invalidParameterValue, missingParameter, validationError } from './errors.js';
import { MathError } from './metric-math.js';
import { MAX_DATAPOINTS_PER_CALL, type MetricReader, SearchSession } from './metric-queries.js';
import { isInsightsQuery } from './metrics-insights.js';
import { defaultMetricStatLabel, expandLabel, isDynamicLabel, labelProperties } from './result-labels.js';
import { isValidStatistic, parseStatistic, statisticValue } from './statistics.js';
import type { StatisticRequest } from './api.js';
import type { CloudWatchService } from './service.js';
import type { MetricKey, MetricRow } from './state.js';

/**
 * Reading metrics back: GetMetricStatistics, GetMetricData and ListMetrics,
 * each sized before it reads (AWS's 1,440 and 100,800 datapoints, 500
 * queries, 500 metrics a page) and reading in slices with pauses between, so
 * a large request neither fills the heap nor holds up the others.
 */

type Operations = Pick<Cw.CloudwatchOperations, 'GetMetricStatistics' | 'GetMetricData' | 'ListMetrics'>;

const TWO_WEEKS_MS = 14 * 86_400_000;
const THREE_HOURS_MS = 3 * 3_600_000;
/** GetMetricStatistics returns at most this many datapoints. */
const MAX_STATISTICS_DATAPOINTS = 1440;
export const METRIC_ID = /^[a-z][a-zA-Z0-9_]*$/;
const LIST_METRICS_PAGE = 500;
/** Metrics ListMetrics reads between pauses. */
const METRIC_SLICE = 2_000;
/** Datapoints read or built between pauses, so one large page does not hold up other requests. */
const READ_SLICE = 10_000;

const isMetricKey = (value: unknown): value is MetricKey => {
  const v = value as Partial<MetricKey> | null;
  return (
    typeof v?.namespace === 'string' &&
    typeof v.name === 'string' &&
    Array.isArray(v.dimensions) &&
    v.dimensions.every((d) => typeof d?.Name === 'string' && typeof d?.Value === 'string')
  );
};

const isStatCursor = (value: unknown): value is { query: number; after?: number } => {
  const v = value as { query?: unknown; after?: unknown } | null;
  return typeof v?.query === 'number' && Number.isInteger(v.query) && v.query >= 0 && (v.after === undefined || typeof v.after === 'number');
};

export function metricReadOperations(service: CloudWatchService): Operations {
  const { state, reader, clock } = service;
  /**
   * MetricStat queries page as AWS pages them: at most pageSize datapoints a
   * call, query by query in scan order, the token naming the query and the
   * last period returned. Each page reads only the samples of the periods it
   * returns, so neither a long range nor many queries cost more than a page;
   * and it reads them a slice at a time, letting other requests in between.
   */
  async function metricStatPage(context: RequestContext, queries: Cw.MetricDataQuery[], start: number, end: number, newestFirst: boolean, pageSize: number, token: string | undefined): Promise<Cw.GetMetricDataOutput> {
    const cursor = token ? decodePageToken(token, isStatCursor, invalidNextToken) : { query: 0, after: undefined };
    const slices = new WorkSlices();
    const results: Cw.MetricDataResult[] = [];
    let room = pageSize;
    let next: { query: number; after?: number } | undefined;
    for (let i = cursor.query; i < queries.length && !next; i++) {
      const query = queries[i];
      if (query.ReturnData === false) continue;
      if (room === 0) {
        next = { query: i };
        break;
      }
      const stat = query.MetricStat!;
      const spec = parseStatistic(stat.Stat)!;
      const periodMs = stat.Period * 1000;
      const alignedStart = Math.floor(start / periodMs) * periodMs;
      const metric = { namespace: stat.Metric.Namespace ?? '', name: stat.Metric.MetricName ?? '', dimensions: stat.Metric.Dimensions };
      let after = i === cursor.query ? cursor.after : undefined;
      const points: Array<[number, number]> = [];
      for (;;) {
        const from = !newestFirst && after !== undefined ? after + periodMs : alignedStart;
        const to = newestFirst && after !== undefined ? after : end;
        const slice = reader.statPage(context.accountId, context.region, metric, spec, stat.Period, alignedStart, from, to, { unit: stat.Unit, newestFirst, limit: Math.min(room, READ_SLICE) });
        for (const point of slice.points) points.push(point);
        room -= slice.points.length;
        if (slice.points.length) after = slice.points[slice.points.length - 1][0];
        if (slice.more && room === 0) next = { query: i, after };
        if (!slice.more || room === 0) break;
        await slices.pause();
      }
      const defaultLabel = defaultMetricStatLabel(query, queries);
      const label = query.Label === undefined ? defaultLabel : isDynamicLabel(query.Label) ? expandLabel(query.Label, defaultLabel, [...points].sort((a, b) => a[0] - b[0]), labelProperties(context, query)) : query.Label;
      results.push({
        Id: query.Id,
        Label: label,
        Timestamps: points.map(([t]) => new Date(t)),
        Values: points.map(([, v]) => v),
        StatusCode: next ? 'PartialData' : 'Complete',
      });
      await slices.pause();
    }
    return { MetricDataResults: results, Messages: [], NextToken: next ? encodePageToken(next) : undefined };
  }

  /**
   * Requests with math are sized before they run (MetricReader.plan): past
   * what a call returns they are evaluated over the newest (or oldest) part
   * of the range that fits and answer PartialData, without a NextToken, as AWS
   * answers math it cannot page.
   */
  async function mathResults(context: RequestContext, queries: Cw.MetricDataQuery[], start: number, end: number, newestFirst: boolean, pageSize: number): Promise<Cw.GetMetricDataOutput> {
    const now = clock.now();
    const session = new SearchSession();
    const slices = new WorkSlices();
    const pause = () => slices.pause();
    await reader.prefetchSearches(context.accountId, context.region, queries, now, session, pause);
    const plan = reader.plan(context.accountId, context.region, queries, start, end, now, { returnCap: pageSize, newestFirst, session });
    await pause();
    const { results, messages } = await reader.runQueriesInSlices(context.accountId, context.region, queries, plan.start, plan.end, now, pause, session);
    let room = pageSize;
    let sinceYield = 0;
    const out: Cw.MetricDataResult[] = [];
    for (const result of results) {
      if (!result.returnData) continue;
      const points = [...result.series.points].filter(([t]) => t < plan.end).sort((a, b) => (newestFirst ? b[0] - a[0] : a[0] - b[0]));
      const page = points.length > room ? points.slice(0, room) : points;
      room -= page.length;
      out.push({
        Id: result.id,
        Label: result.label,
        Timestamps: page.map(([t]) => new Date(t)),
        Values: page.map(([, v]) => v),
        StatusCode: plan.truncated || page.length < points.length ? 'PartialData' : 'Complete',
      });
      sinceYield += points.length;
      if (sinceYield >= READ_SLICE) {
        sinceYield = 0;
        await pause();
      }
    }
    return { MetricDataResults: out, Messages: messages };
  }

  return {
    GetMetricStatistics(input, context) {
      const statistics = input.Statistics ?? [];
      const extended = input.ExtendedStatistics ?? [];
      if ((statistics.length === 0) === (extended.length === 0)) throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics, but not both.');
      for (const stat of extended) {
        const spec = parseStatistic(stat);
        if (!spec || spec.kind === 'basic') throw invalidParameterValue(`The value ${stat} for parameter ExtendedStatistics is not supported.`);
      }
      const period = input.Period;
      // High-resolution periods are 1, 5, 10, 20 or 30 seconds (the API reference lists 20 since it was added).
      if (![1, 5, 10, 20, 30].includes(period) && period % 60 !== 0) throw invalidParameterValue('The parameter Period must be 1, 5, 10, 20, 30, or a multiple of 60.');
      const start = input.StartTime.getTime();
      const end = input.EndTime.getTime();
      if (start >= end) throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
      const periodMs = period * 1000;
      const alignedStart = Math.floor(start / Math.min(periodMs, 60_000)) * Math.min(periodMs, 60_000);
      const requested = Math.ceil((end - alignedStart) / periodMs);
      if (requested > MAX_STATISTICS_DATAPOINTS) {
        throw invalidParameterCombination(
          `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_STATISTICS_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
        );
      }
      const metric = state.findMetric(context.accountId, context.region, input.Namespace, input.MetricName, input.Dimensions);
      const label = input.MetricName;
      if (!metric) return { Label: label, Datapoints: [] };
      // Read in slices: a long-lived metric's samples over 1,440 long periods can be many.
      const slices = new WorkSlices();
      return reader.periodAggregates(metric.id, alignedStart, end, periodMs, { unit: input.Unit, keepValues: extended.length > 0, pause: () => slices.pause() }).then((periods) => ({
        Label: label,
        Datapoints: periods.map(({ timestamp, unit, aggregate: agg }) => {
          const point: Cw.Datapoint = { Timestamp: new Date(timestamp), Unit: unit as Cw.Datapoint['Unit'] };
          for (const stat of statistics) point[stat] = statisticValue(agg, stat);
          if (extended.length) {
            const values: Record<string, number> = {};
            for (const stat of extended) {
              const value = statisticValue(agg, stat);
              if (value !== undefined) values[stat] = value;
            }
            point.ExtendedStatistics = values;
          }
          return point;
        }),
      }));
    },

    GetMetricData(input, context) {
      const queries = input.MetricDataQueries;
      if (!queries.length) throw missingParameter('The parameter MetricDataQueries is required.');
      if (queries.length > 500) throw validationError('The collection MetricDataQueries must not have a size greater than 500.');
      const ids = new Set<string>();
      // AWS names every query with a bad statistic, one line each.
      const badStatistics: string[] = [];
      queries.forEach((query, i) => {
        const where = `MetricDataQueries.member.${i + 1}`;
        if (!METRIC_ID.test(query.Id)) throw validationError(`The value ${query.Id} for parameter ${where}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.`);
        if (ids.has(query.Id)) throw validationError('The values for parameter id in MetricDataQueries are not unique.');
        ids.add(query.Id);
        if (Boolean(query.MetricStat) === Boolean(query.Expression)) {
          throw validationError(`Exactly one of the parameters ${where}.MetricStat and ${where}.Expression must be specified.`);
        }
        if (query.MetricStat && !isValidStatistic(query.MetricStat.Stat)) badStatistics.push(`The value for parameter ${where}.MetricStat.Stat is not a valid statistic.`);
      });
      if (badStatistics.length) throw validationError(badStatistics.join('\n'));
      if (queries.filter((q) => q.Expression !== undefined && isInsightsQuery(q.Expression)).length > 1) {
        throw validationError('Only one Metrics Insights query (an Expression starting with SELECT) is allowed in a GetMetricData request.');
      }
      const start = input.StartTime.getTime();
      const end = input.EndTime.getTime();
      if (start === end) throw validationError('The parameter StartTime must not equal parameter EndTime.');
      if (start > end) throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
      // A call returns at most 100,800 datapoints, whatever MaxDatapoints asks for.
      const pageSize = Math.max(1, Math.min(input.MaxDatapoints ?? MAX_DATAPOINTS_PER_CALL, MAX_DATAPOINTS_PER_CALL));
      const newestFirst = (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending';
      const answer = queries.every((q) => q.MetricStat)
        ? metricStatPage(context, queries, start, end, newestFirst, pageSize, input.NextToken)
        : mathResults(context, queries, start, end, newestFirst, pageSize);
      return answer.catch((error: unknown) => {
        throw error instanceof MathError ? validationError(error.message) : error;
      });
    },

    ListMetrics(input, context) {
      const now = clock.now();
      const since = input.RecentlyActive === 'PT3H' ? now - THREE_HOURS_MS : now - TWO_WEEKS_MS;
      const matches = (m: MetricRow) => {
        if (input.Namespace !== undefined && m.namespace !== input.Namespace) return false;
        if (input.MetricName !== undefined && m.name !== input.MetricName) return false;
        for (const filter of input.Dimensions ?? []) {
          const dimension = m.dimensions.find((d) => d.Name === filter.Name);
          if (!dimension || (filter.Value !== undefined && dimension.Value !== filter.Value)) return false;
        }
        return true;
      };
      // Read a slice of metrics at a time (only the namespace's when one is given), up to one metric past this page.
      const listPage = async () => {
        let after: MetricKey | undefined = input.NextToken ? decodePageToken(input.NextToken, isMetricKey, invalidNextToken) : undefined;
        const metrics: MetricRow[] = [];
        const slices = new WorkSlices();
        for (;;) {
          const slice = state.metricsAfter(context.accountId, context.region, since, after, METRIC_SLICE, input.Namespace);
          for (const m of slice) if (matches(m) && metrics.length <= LIST_METRICS_PAGE) metrics.push(m);
          if (metrics.length > LIST_METRICS_PAGE || slice.length < METRIC_SLICE) break;
          after = slice[slice.length - 1];
          await slices.pause();
        }
        const page = metrics.slice(0, LIST_METRICS_PAGE);
        const last = page[page.length - 1];
        return {
          Metrics: page.map((m) => ({ Namespace: m.namespace, MetricName: m.name, Dimensions: m.dimensions })),
          OwningAccounts: input.IncludeLinkedAccounts ? page.map(() => context.accountId) : undefined,
          NextToken: metrics.length > LIST_METRICS_PAGE ? encodePageToken({ namespace: last.namespace, name: last.name, dimensions: last.dimensions }) : undefined,
        };
      };
      return listPage();
    },
  };
}

/** CloudWatchApi.getStatistic: one statistic per period over [start, end), periods with no data left out, oldest first. */
export function readServiceStatistic(reader: MetricReader, request: StatisticRequest): Array<{ timestamp: number; value: number }> {
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
}
