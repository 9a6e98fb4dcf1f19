import { series, type Series } from './metric-math.js';
import {
  groupValues,
  MAX_INSIGHTS_METRICS,
  MAX_INSIGHTS_SERIES,
  matchesInsightsQuery,
  observationValue,
  seriesScore,
  type InsightsQuery,
} from './metrics-insights.js';
import type { CloudWatchState, MetricRow } from './state.js';

/**
 * Running a Metrics Insights query over stored samples: the metrics its
 * SELECT, FROM and WHERE match (the first 10,000 found), their observations
 * aggregated per period and per GROUP BY group, ordered (ORDER BY, else the
 * group values alphabetically) and cut to LIMIT, at most 500 series.
 */

/** Metrics read from the store between checks. */
const METRIC_SLICE = 2_000;
/** Matched metrics whose samples are read between pauses (a query may read 10,000 metrics' samples). */
const SAMPLE_METRICS_SLICE = 200;
/** Metrics Insights has no high resolution: shorter periods are answered at one minute. */
const MIN_INSIGHTS_PERIOD = 60;

export interface InsightsRun {
  series: Series[];
  /** True when more than MAX_INSIGHTS_METRICS metrics matched and only the first were processed. */
  limited: boolean;
}

interface Bucket {
  count: number;
  sum: number;
  min: number;
  max: number;
}

interface Group {
  values: string[];
  buckets: Map<number, Bucket>;
}

export function insightsPeriod(period: number): number {
  return Math.max(period, MIN_INSIGHTS_PERIOD);
}

/**
 * The query's series over [start, end) at `periodSeconds`, for metrics with data since `since`,
 * yielding between slices of metrics so a caller can let other requests in.
 * `label` names the one series of a query without GROUP BY.
 */
export function* insightsQuerySteps(state: CloudWatchState, account: string, region: string, query: InsightsQuery, label: string, start: number, end: number, periodSeconds: number, since: number): Generator<void, InsightsRun> {
  const period = insightsPeriod(periodSeconds);
  const periodMs = period * 1000;
  const alignedStart = Math.floor(start / periodMs) * periodMs;
  const matched: MetricRow[] = [];
  let limited = false;
  let after: MetricRow | undefined;
  scan: for (;;) {
    const slice = state.metricsAfter(account, region, since, after, METRIC_SLICE, query.namespace);
    for (const metric of slice) {
      if (!matchesInsightsQuery(query, metric)) continue;
      if (matched.length >= MAX_INSIGHTS_METRICS) {
        limited = true;
        break scan;
      }
      matched.push(metric);
    }
    if (slice.length < METRIC_SLICE) break;
    after = slice[slice.length - 1];
    yield;
  }

  const groups = new Map<string, Group>();
  for (const [index, metric] of matched.entries()) {
    if (index > 0 && index % SAMPLE_METRICS_SLICE === 0) yield;
    const values = groupValues(query, metric.dimensions);
    const key = JSON.stringify(values);
    let group = groups.get(key);
    if (!group) {
      group = { values, buckets: new Map() };
      groups.set(key, group);
    }
    for (const sample of state.iterateSamples(metric.id, alignedStart, end, false)) {
      const t = alignedStart + Math.floor((sample.timestamp - alignedStart) / periodMs) * periodMs;
      const bucket = group.buckets.get(t);
      if (!bucket) group.buckets.set(t, { count: sample.count, sum: sample.sum, min: sample.min, max: sample.max });
      else {
        bucket.count += sample.count;
        bucket.sum += sample.sum;
        if (sample.min < bucket.min) bucket.min = sample.min;
        if (sample.max > bucket.max) bucket.max = sample.max;
      }
    }
  }

  const built = [...groups.values()].map((group) => {
    const points = new Map<number, number>();
    for (const [t, bucket] of [...group.buckets].sort((a, b) => a[0] - b[0])) points.set(t, observationValue(query.fn, bucket));
    const out = series(query.groupBy.length ? group.values.join(' ') : label, period, points);
    if (query.groupBy.length) out.dimensions = Object.fromEntries(query.groupBy.map((key, i) => [key, group.values[i]]));
    return { values: group.values, series: out };
  });
  if (query.orderBy) {
    const { fn, descending } = query.orderBy;
    const scored = built.map((b) => ({ b, score: seriesScore(fn, [...b.series.points.values()]) }));
    // Series without datapoints sort last either way.
    scored.sort((x, y) => (Number.isNaN(x.score) ? 1 : Number.isNaN(y.score) ? -1 : descending ? y.score - x.score : x.score - y.score));
    built.splice(0, built.length, ...scored.map((s) => s.b));
  } else {
    built.sort((x, y) => compareValues(x.values, y.values));
  }
  const limit = Math.min(query.limit ?? MAX_INSIGHTS_SERIES, MAX_INSIGHTS_SERIES);
  const out = built.slice(0, limit).map((b) => b.series);
  if (!out.length) out.push(series(label, period, new Map()));
  return { series: out, limited };
}

function compareValues(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}
