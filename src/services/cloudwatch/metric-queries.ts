import type * as Cw from '../../generated/cloudwatch.js';
import { evaluate, MAX_GRID_POINTS, MathError, metered, parseExpression, periodGrid, referencedIds, series, type MathValue, type Node, type PointMeter, type Series } from './metric-math.js';
import { insightsQuerySteps, type InsightsRun } from './insights-evaluation.js';
import { defaultMetricStatLabel, expandLabel, isDynamicLabel, labelProperties } from './result-labels.js';
import { isInsightsQuery, MAX_INSIGHTS_SERIES, parseInsightsQuery, type InsightsQuery } from './metrics-insights.js';
import { compileSearch, matchesSearch } from './search-expression.js';
import { aggregate, parseStatistic, statisticValue, type Aggregate, type StatisticSpec } from './statistics.js';
import { canonicalDimensions, type CloudWatchState, type DimensionPair, type MetricRow, type SampleCursor, type SampleRow } from './state.js';

/** Reading metrics back: per-period statistics, MetricStat series, and whole GetMetricData requests with math. */

/** The most data points one GetMetricData call returns (AWS's limit; it pages MetricStat queries past it). */
export const MAX_DATAPOINTS_PER_CALL = 100_800;
/** What the math of one request may build, intermediate series included: five times what a call returns. */
export const MATH_POINT_BUDGET = 5 * MAX_DATAPOINTS_PER_CALL;
/** A SEARCH finds at most this many metrics; past it the response says MaxMetricsExceeded. */
export const MAX_SEARCH_RESULTS = 500;
/** The metrics all the SEARCHes of one request may look at, together; past it they say MaxMetricsExceeded. */
export const SEARCH_EXAMINE_BUDGET = 50_000;
/** Samples read between pauses by a long read. */
const SAMPLE_SLICE = 10_000;
/** Metrics a search reads between pauses. */
const SEARCH_SLICE = 2_000;
const TWO_WEEKS_MS = 14 * 86_400_000;

export interface QueryResult {
  id: string;
  label: string;
  series: Series;
  returnData: boolean;
}

/** A page of one MetricStat query: its points in scan order, and whether more remain past them. */
export interface StatPage {
  points: Array<[number, number]>;
  more: boolean;
}

/** The window a request's math is evaluated over, chosen before any point exists. */
export interface QueryPlan {
  start: number;
  end: number;
  /** True when the window is the newest (or oldest) part of the range that fits the limits. */
  truncated: boolean;
}

export interface QueryRun {
  results: QueryResult[];
  messages: Cw.MessageData[];
}

export interface SearchResult {
  metrics: MetricRow[];
  limited: boolean;
}

/** The SEARCH results of one request, so each distinct search runs once and all of them share one budget. */
export class SearchSession {
  readonly results = new Map<string, SearchResult>();
  examined = 0;
}

export interface MetricRef {
  namespace: string;
  name: string;
  dimensions?: DimensionPair[];
}

export class MetricReader {
  constructor(private readonly state: CloudWatchState) {}

  /**
   * The values of a metric's statistic per period (periods aligned to `alignedStart`)
   * for samples in [from, to), newest or oldest first, stopping after `limit`
   * points: the work is the samples of the periods returned, whatever the range.
   */
  statPage(account: string, region: string, metric: MetricRef, stat: StatisticSpec, periodSeconds: number, alignedStart: number, from: number, to: number, options: { unit?: string; newestFirst: boolean; limit: number }): StatPage {
    const row = this.state.findMetric(account, region, metric.namespace, metric.name, metric.dimensions);
    const points: Array<[number, number]> = [];
    if (!row || from >= to) return { points, more: false };
    const periodMs = periodSeconds * 1000;
    let bucketStart: number | undefined;
    let bucket: SampleRow[] = [];
    const close = () => {
      if (bucketStart === undefined) return;
      const agg = aggregate(bucket);
      const value = agg ? statisticValue(agg, stat) : undefined;
      if (value !== undefined && Number.isFinite(value)) points.push([bucketStart, value]);
      bucket = [];
    };
    for (const sample of this.state.iterateSamples(row.id, from, to, options.newestFirst)) {
      if (options.unit !== undefined && sample.unit !== options.unit) continue;
      const timestamp = alignedStart + Math.floor((sample.timestamp - alignedStart) / periodMs) * periodMs;
      if (timestamp !== bucketStart) {
        close();
        if (points.length >= options.limit) return { points, more: true };
        bucketStart = timestamp;
      }
      bucket.push(sample);
    }
    close();
    return { points, more: false };
  }

  /**
   * The aggregates of a metric's samples per (period, unit) over [alignedStart, end),
   * as GetMetricStatistics reports them: read a slice of samples at a time with
   * `pause` between slices, summing as it goes (raw values are kept only when a
   * percentile or other extended statistic needs them).
   */
  async periodAggregates(metricId: number, alignedStart: number, end: number, periodMs: number, options: { unit?: string; keepValues: boolean; pause: () => Promise<void> }): Promise<Array<{ timestamp: number; unit: string; aggregate: Aggregate }>> {
    const byKey = new Map<string, { timestamp: number; unit: string; aggregate: Aggregate }>();
    let cursor: SampleCursor | undefined;
    do {
      const slice = this.state.samplesAfter(metricId, alignedStart, end, cursor, SAMPLE_SLICE);
      for (const sample of slice.samples) {
        if (options.unit !== undefined && sample.unit !== options.unit) continue;
        const timestamp = alignedStart + Math.floor((sample.timestamp - alignedStart) / periodMs) * periodMs;
        const key = `${timestamp}|${sample.unit}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = { timestamp, unit: sample.unit, aggregate: { count: 0, sum: 0, min: Infinity, max: -Infinity, values: options.keepValues ? [] : null } };
          byKey.set(key, entry);
        }
        const agg = entry.aggregate;
        agg.count += sample.count;
        agg.sum += sample.sum;
        if (sample.min < agg.min) agg.min = sample.min;
        if (sample.max > agg.max) agg.max = sample.max;
        if (agg.values && sample.values) for (const pair of sample.values) agg.values.push(pair);
        else agg.values = null;
      }
      cursor = slice.next;
      if (cursor) await options.pause();
    } while (cursor);
    const out = [...byKey.values()].sort((a, b) => a.timestamp - b.timestamp || a.unit.localeCompare(b.unit));
    for (const entry of out) entry.aggregate.values?.sort((a, b) => a[0] - b[0]);
    return out;
  }

  /** One value per period (aligned to multiples of the period) with data, for a metric and statistic; at most MAX_GRID_POINTS of them. */
  statSeries(account: string, region: string, metric: MetricRef, stat: StatisticSpec, periodSeconds: number, start: number, end: number, unit?: string, label?: string): Series {
    const periodMs = periodSeconds * 1000;
    const alignedStart = Math.floor(start / periodMs) * periodMs;
    const page = this.statPage(account, region, metric, stat, periodSeconds, alignedStart, alignedStart, end, { unit, newestFirst: false, limit: MAX_GRID_POINTS });
    return series(label ?? metric.name, periodSeconds, new Map(page.points));
  }

  /**
   * Metrics matching a search expression (for SEARCH()), with the time they
   * last had data: at most MAX_SEARCH_RESULTS, and whether more matched. Within
   * one request (`session`) each distinct search runs once, and all of them
   * together look at no more than SEARCH_EXAMINE_BUDGET metrics.
   */
  search(account: string, region: string, expression: string, since: number, session = new SearchSession()): SearchResult {
    const steps = this.searchSteps(account, region, expression, since, session);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * Runs every SEARCH of the queries ahead of evaluation, a slice of metrics at
   * a time with `pause` between slices, so evaluation finds them in the session.
   */
  async prefetchSearches(account: string, region: string, queries: Cw.MetricDataQuery[], now: number, session: SearchSession, pause: () => Promise<void>): Promise<void> {
    for (const node of parseQueries(queries).values()) {
      for (const text of searchTexts(node)) {
        const steps = this.searchSteps(account, region, text, now - TWO_WEEKS_MS, session);
        while (!steps.next().done) await pause();
        await pause();
      }
    }
  }

  private *searchSteps(account: string, region: string, expression: string, since: number, session: SearchSession): Generator<void, SearchResult> {
    const known = session.results.get(expression);
    if (known) return known;
    const compiled = compileSearch(expression);
    const result: SearchResult = { metrics: [], limited: false };
    let after: MetricRow | undefined;
    scan: for (;;) {
      // A schema names the namespace: only its metrics are read.
      const slice = this.state.metricsAfter(account, region, since, after, SEARCH_SLICE, compiled.schema?.namespace);
      for (const m of slice) {
        if (session.examined++ >= SEARCH_EXAMINE_BUDGET) {
          result.limited = true;
          break scan;
        }
        if (!matchesSearch(compiled, { namespace: m.namespace, name: m.name, dimensions: m.dimensions })) continue;
        if (result.metrics.length >= MAX_SEARCH_RESULTS) {
          result.limited = true;
          break scan;
        }
        result.metrics.push(m);
      }
      if (slice.length < SEARCH_SLICE) break;
      after = slice[slice.length - 1];
      yield;
    }
    session.results.set(expression, result);
    return result;
  }

  /**
   * Sizes a request with math before evaluating it: how many series each query
   * can yield (SEARCH counts its matches, METRICS() the MetricStat queries) and
   * how many each expression builds, times the periods in the range at the
   * finest period in play. When that exceeds what a call returns (`returnCap`)
   * or what the math may build (MATH_POINT_BUDGET), the window shrinks to the
   * newest (or oldest) part of the range that fits. Throws MathError on a bad expression.
   */
  plan(account: string, region: string, queries: Cw.MetricDataQuery[], start: number, end: number, now: number, options: { returnCap: number; newestFirst: boolean; session?: SearchSession }): QueryPlan {
    const session = options.session ?? new SearchSession();
    const parsed = parseQueries(queries);
    const insights = parseInsightsQueries(queries);
    const byId = new Map(queries.map((q) => [q.Id, q]));
    const metricStatCount = queries.filter((q) => q.MetricStat).length;
    const searchCounts = new Map<string, number>();
    let finestPeriod = queries.find((q) => q.MetricStat)?.MetricStat?.Period ?? queries.find((q) => q.Period)?.Period ?? 60;
    for (const q of queries) finestPeriod = Math.min(finestPeriod, q.MetricStat?.Period ?? q.Period ?? finestPeriod);

    const widths = new Map<string, number>();
    const visiting = new Set<string>();
    const queryWidth = (id: string): number => {
      const known = widths.get(id);
      if (known !== undefined) return known;
      const query = byId.get(id);
      if (!query || query.MetricStat || visiting.has(id)) return 1;
      const insight = insights.get(id);
      if (insight) return insight.groupBy.length ? Math.min(insight.limit ?? MAX_INSIGHTS_SERIES, MAX_INSIGHTS_SERIES) : 1;
      visiting.add(id);
      const width = Math.max(1, widthOf(parsed.get(id)!));
      visiting.delete(id);
      widths.set(id, width);
      return width;
    };
    // The number of series a node yields (0 for a scalar or a string), once a node.
    const nodeWidths = new WeakMap<Node, number>();
    const widthOf = (node: Node): number => {
      let width = nodeWidths.get(node);
      if (width === undefined) {
        width = nodeWidth(node);
        nodeWidths.set(node, width);
      }
      return width;
    };
    const nodeWidth = (node: Node): number => {
      switch (node.type) {
        case 'number':
        case 'string':
        case 'keyword':
          return 0;
        case 'id':
          return queryWidth(node.name);
        case 'array':
          return node.items.reduce((n, item) => n + Math.max(1, widthOf(item)), 0);
        case 'unary':
          return widthOf(node.operand);
        case 'binary':
          return Math.max(widthOf(node.left), widthOf(node.right));
        case 'call':
          switch (node.name) {
            case 'METRICS':
              return metricStatCount;
            case 'SEARCH': {
              const [text, , period] = node.args;
              if (period?.type === 'number') finestPeriod = Math.min(finestPeriod, period.value);
              if (text?.type !== 'string') return MAX_SEARCH_RESULTS;
              let count = searchCounts.get(text.value);
              if (count === undefined) {
                count = this.search(account, region, text.value, now - TWO_WEEKS_MS, session).metrics.length;
                searchCounts.set(text.value, count);
              }
              return count;
            }
            case 'SUM':
            case 'AVG':
            case 'MIN':
            case 'MAX':
            case 'STDDEV':
            case 'FIRST':
            case 'LAST':
            case 'TIME_SERIES':
              return 1;
            case 'ANOMALY_DETECTION_BAND':
              return 2;
            case 'PERIOD':
              return 0;
            default:
              return node.args.reduce((n, arg) => Math.max(n, widthOf(arg)), 0);
          }
      }
    };
    // The series a node and its operands build (each at most one point a period).
    const builds = (node: Node): number => {
      switch (node.type) {
        case 'number':
        case 'string':
        case 'keyword':
        case 'id':
          return 0;
        case 'array':
          return node.items.reduce((n, item) => n + builds(item), 0) + node.items.length;
        case 'unary':
          return builds(node.operand) + Math.max(1, widthOf(node));
        case 'binary':
          return builds(node.left) + builds(node.right) + Math.max(1, widthOf(node));
        case 'call':
          return node.args.reduce((n, arg) => n + builds(arg), 0) + Math.max(1, widthOf(node));
      }
    };

    let built = 0;
    let returned = 0;
    for (const query of queries) {
      const node = parsed.get(query.Id);
      const width = node ? queryWidth(query.Id) : 1;
      built += node ? builds(node) + 1 : 1;
      if (query.ReturnData !== false) returned += width;
    }
    if (!(finestPeriod >= 1)) throw new MathError(`The period ${finestPeriod} is not valid; it must be at least 1 second`);
    const periodMs = finestPeriod * 1000;
    // Periods in a window, with one more for a bucket that starts before it.
    const periodsIn = (ms: number) => Math.ceil(ms / periodMs) + 1;
    const fits = Math.min(Math.floor(options.returnCap / Math.max(1, returned)), Math.floor(MATH_POINT_BUDGET / Math.max(1, built)), MAX_GRID_POINTS);
    if (periodsIn(end - start) <= fits) return { start, end, truncated: false };
    const window = Math.max(1, fits - 1) * periodMs;
    return options.newestFirst ? { start: end - window, end, truncated: true } : { start, end: start + window, truncated: true };
  }

  /**
   * Runs the queries of a GetMetricData request (or an alarm's Metrics) over
   * [start, end): MetricStat queries read data, expressions are evaluated
   * in dependency order, and all of it within MATH_POINT_BUDGET (twice over,
   * for what plan() could not foresee). Throws MathError on an invalid expression.
   */
  runQueries(account: string, region: string, queries: Cw.MetricDataQuery[], start: number, end: number, now: number, session = new SearchSession()): QueryRun {
    const meter: PointMeter = { remaining: 2 * MATH_POINT_BUDGET, budget: 2 * MATH_POINT_BUDGET };
    const steps = this.evaluationSteps(account, region, queries, start, end, now, session);
    for (;;) {
      const step = metered(meter, () => steps.next());
      if (step.done) return step.value;
    }
  }

  /** The same, a query at a time, awaiting `pause` between queries so a large request lets others in. */
  async runQueriesInSlices(account: string, region: string, queries: Cw.MetricDataQuery[], start: number, end: number, now: number, pause: () => Promise<void>, session = new SearchSession()): Promise<QueryRun> {
    const meter: PointMeter = { remaining: 2 * MATH_POINT_BUDGET, budget: 2 * MATH_POINT_BUDGET };
    const steps = this.evaluationSteps(account, region, queries, start, end, now, session);
    for (;;) {
      const step = metered(meter, () => steps.next());
      if (step.done) return step.value;
      await pause();
    }
  }

  /** Evaluates the queries, yielding after each one (the caller keeps the point meter active for each step). */
  private *evaluationSteps(account: string, region: string, queries: Cw.MetricDataQuery[], start: number, end: number, now: number, session: SearchSession): Generator<void, QueryRun> {
    const byId = new Map(queries.map((q) => [q.Id, q]));
    const parsed = parseQueries(queries);
    const insights = parseInsightsQueries(queries);
    const defaultPeriod = queries.find((q) => q.MetricStat)?.MetricStat?.Period ?? queries.find((q) => q.Period)?.Period ?? 60;
    const values = new Map<string, MathValue>();
    const visiting = new Set<string>();
    const messages: Cw.MessageData[] = [];

    const metricStatSeries = (query: Cw.MetricDataQuery): Series => {
      const stat = query.MetricStat!;
      const spec = parseStatistic(stat.Stat);
      if (!spec) throw new MathError(`The value for parameter MetricStat.Stat of ${query.Id} is not a valid statistic.`);
      return this.statSeries(
        account,
        region,
        { namespace: stat.Metric.Namespace ?? '', name: stat.Metric.MetricName ?? '', dimensions: stat.Metric.Dimensions },
        spec,
        stat.Period,
        start,
        end,
        stat.Unit,
        defaultMetricStatLabel(query, queries),
      );
    };

    const resolve = (id: string): MathValue => {
      const cached = values.get(id);
      if (cached) return cached;
      const query = byId.get(id);
      if (!query) throw new MathError(`Unrecognized identifier ${id}`);
      if (visiting.has(id)) throw new MathError(`Circular reference involving ${id}`);
      visiting.add(id);
      let value: MathValue;
      if (query.MetricStat) {
        value = metricStatSeries(query);
      } else if (insights.has(id)) {
        const run = insightRuns.get(id)!;
        if (run.limited && !messages.some((m) => m.Code === 'MaxMetricsExceeded')) {
          messages.push({ Code: 'MaxMetricsExceeded', Value: 'Maximum number of allowed metrics exceeded. Your search may have been limited.' });
        }
        value = run.series.length === 1 && !insights.get(id)!.groupBy.length ? run.series[0] : { kind: 'array', series: run.series };
      } else {
        const node = parsed.get(id)!;
        const period = query.Period ?? defaultPeriod;
        try {
          value = evaluate(node, {
            start,
            end,
            period,
            resolve,
            metrics: () => queries.filter((q) => q.MetricStat).map((q) => ({ id: q.Id, series: resolve(q.Id) as Series })),
            search: (expression, statistic, searchPeriod) => {
              const spec = parseStatistic(statistic);
              if (!spec) throw new MathError(`${statistic} is not a valid statistic`);
              const found = this.search(account, region, expression, now - TWO_WEEKS_MS, session);
              if (found.limited && !messages.some((m) => m.Code === 'MaxMetricsExceeded')) {
                messages.push({ Code: 'MaxMetricsExceeded', Value: 'Maximum number of allowed metrics exceeded. Your search may have been limited.' });
              }
              return found.metrics.map((m) =>
                this.statSeries(account, region, { namespace: m.namespace, name: m.name, dimensions: m.dimensions }, spec, searchPeriod, start, end, undefined, searchLabel(m)),
              );
            },
          });
        } catch (error) {
          if (error instanceof MathError && !error.message.startsWith('Error in expression')) throw new MathError(`Error in expression ${id}: ${error.message}`);
          throw error;
        }
        if (value.kind === 'series') value = { ...value, label: query.Label ?? id };
        if (value.kind === 'scalar') {
          const points = new Map<number, number>();
          for (const t of periodGrid(start, end, period)) points.set(t, value.value);
          value = series(query.Label ?? id, period, points);
        }
        if (value.kind === 'string') throw new MathError(`Error in expression ${id}: the expression does not produce a time series`);
      }
      visiting.delete(id);
      values.set(id, value);
      return value;
    };

    // Check references up front so an unknown id is an error even in an expression never returned.
    for (const [id, node] of parsed) {
      for (const ref of referencedIds(node)) if (!byId.has(ref)) throw new MathError(`Error in expression ${id}: Unrecognized identifier ${ref}`);
    }
    // Metrics Insights queries depend on no other query: run first, a slice of metrics at a time.
    const insightRuns = new Map<string, InsightsRun>();
    for (const [id, insight] of insights) {
      const query = byId.get(id)!;
      insightRuns.set(id, yield* insightsQuerySteps(this.state, account, region, insight, query.Label ?? id, start, end, query.Period ?? defaultPeriod, now - TWO_WEEKS_MS));
    }
    const results: QueryResult[] = [];
    for (const query of queries) {
      yield;
      const value = resolve(query.Id);
      const returnData = query.ReturnData !== false;
      const list = value.kind === 'array' ? value.series : [value as Series];
      for (const one of list) {
        let label = value.kind === 'array' || query.Label === undefined ? one.label : query.Label;
        // A dynamic label applies to each series, ${LABEL} being the series' own default label.
        if (query.Label !== undefined && isDynamicLabel(query.Label)) {
          const points = [...one.points].filter(([t]) => t >= start && t < end).sort((a, b) => a[0] - b[0]);
          label = expandLabel(query.Label, one.label, points, labelProperties({ accountId: account, region }, query));
        }
        results.push({ id: query.Id, label, series: one, returnData });
      }
    }
    return { results, messages };
  }
}

/** The search expressions of the SEARCH() calls in an expression. */
function searchTexts(node: Node, out: string[] = []): string[] {
  if (node.type === 'call') {
    const text = node.args[0];
    if (node.name === 'SEARCH' && (text?.type === 'string' || text?.type === 'keyword')) out.push(text.type === 'string' ? text.value : text.name);
    for (const arg of node.args) searchTexts(arg, out);
  } else if (node.type === 'array') {
    for (const item of node.items) searchTexts(item, out);
  } else if (node.type === 'unary') {
    searchTexts(node.operand, out);
  } else if (node.type === 'binary') {
    searchTexts(node.left, out);
    searchTexts(node.right, out);
  }
  return out;
}

/** The parsed expressions of a request, by query id; a parse error names its query. */
function parseQueries(queries: Cw.MetricDataQuery[]): Map<string, Node> {
  const parsed = new Map<string, Node>();
  for (const query of queries) {
    if (query.Expression === undefined || isInsightsQuery(query.Expression)) continue;
    try {
      parsed.set(query.Id, parseExpression(query.Expression));
    } catch (error) {
      if (error instanceof MathError) throw new MathError(`Error in expression ${query.Id}: ${error.message}`);
      throw error;
    }
  }
  return parsed;
}

function searchLabel(metric: MetricRow): string {
  const dims = canonicalDimensions(metric.dimensions).map((d) => d.Value);
  return dims.length ? dims.join(' ') : metric.name;
}

/** The Metrics Insights queries of a request, by query id; a parse error names its query. */
export function parseInsightsQueries(queries: Cw.MetricDataQuery[]): Map<string, InsightsQuery> {
  const parsed = new Map<string, InsightsQuery>();
  for (const query of queries) {
    if (query.Expression === undefined || !isInsightsQuery(query.Expression)) continue;
    try {
      parsed.set(query.Id, parseInsightsQuery(query.Expression));
    } catch (error) {
      if (error instanceof MathError) throw new MathError(`Error in expression ${query.Id}: ${error.message}`);
      throw error;
    }
  }
  return parsed;
}
