import type * as Cw from '../../generated/cloudwatch.js';
import { evaluate, MathError, parseExpression, periodGrid, referencedIds, type MathValue, type Node, type Series } from './metric-math.js';
import { compileSearch, matchesSearch } from './search-expression.js';
import { aggregate, parseStatistic, statisticValue, type StatisticSpec } from './statistics.js';
import { canonicalDimensions, type CloudWatchState, type DimensionPair, type MetricRow, type SampleRow } from './state.js';

/** Reading metrics back: per-period statistics, MetricStat series, and whole GetMetricData requests with math. */

export interface Bucket {
  timestamp: number;
  unit: string;
  samples: SampleRow[];
}

export interface QueryResult {
  id: string;
  label: string;
  series: Series;
  returnData: boolean;
}

/** Samples of a metric grouped into periods starting at `alignedStart`; one bucket per (period, unit) unless a unit is given. */
export function buckets(samples: SampleRow[], alignedStart: number, periodMs: number, unit?: string): Bucket[] {
  const byKey = new Map<string, Bucket>();
  for (const sample of samples) {
    if (unit !== undefined && sample.unit !== unit) continue;
    const index = Math.floor((sample.timestamp - alignedStart) / periodMs);
    const timestamp = alignedStart + index * periodMs;
    const bucketUnit = unit ?? sample.unit;
    const key = `${timestamp}|${bucketUnit}`;
    let bucket = byKey.get(key);
    if (!bucket) {
      bucket = { timestamp, unit: bucketUnit, samples: [] };
      byKey.set(key, bucket);
    }
    bucket.samples.push(sample);
  }
  return [...byKey.values()].sort((a, b) => a.timestamp - b.timestamp || a.unit.localeCompare(b.unit));
}

export class MetricReader {
  constructor(private readonly state: CloudWatchState) {}

  /** One value per period (aligned to multiples of the period) with data, for a metric and statistic. */
  statSeries(
    account: string,
    region: string,
    metric: { namespace: string; name: string; dimensions?: DimensionPair[] },
    stat: StatisticSpec,
    periodSeconds: number,
    start: number,
    end: number,
    unit?: string,
    label?: string,
  ): Series {
    const periodMs = periodSeconds * 1000;
    const alignedStart = Math.floor(start / periodMs) * periodMs;
    const row = this.state.findMetric(account, region, metric.namespace, metric.name, metric.dimensions);
    const points = new Map<number, number>();
    if (row) {
      const samples = this.state.samples(row.id, alignedStart, end);
      const grouped = new Map<number, SampleRow[]>();
      for (const bucket of buckets(samples, alignedStart, periodMs, unit)) {
        const list = grouped.get(bucket.timestamp);
        if (list) list.push(...bucket.samples);
        else grouped.set(bucket.timestamp, [...bucket.samples]);
      }
      for (const [timestamp, list] of grouped) {
        const agg = aggregate(list);
        const value = agg ? statisticValue(agg, stat) : undefined;
        if (value !== undefined && Number.isFinite(value)) points.set(timestamp, value);
      }
    }
    return { kind: 'series', label: label ?? metric.name, period: periodSeconds, points };
  }

  /** Metrics matching a search expression (for SEARCH()), with the time they last had data. */
  search(account: string, region: string, expression: string, since: number): MetricRow[] {
    const compiled = compileSearch(expression);
    return this.state.listMetrics(account, region, since).filter((m) => matchesSearch(compiled, { namespace: m.namespace, name: m.name, dimensions: m.dimensions }));
  }

  /**
   * Runs the queries of a GetMetricData request (or an alarm's Metrics) over
   * [start, end): MetricStat queries read data, expressions are evaluated
   * in dependency order. Throws MathError on an invalid expression.
   */
  runQueries(account: string, region: string, queries: Cw.MetricDataQuery[], start: number, end: number, now: number): QueryResult[] {
    const byId = new Map(queries.map((q) => [q.Id, q]));
    const parsed = new Map<string, Node>();
    for (const query of queries) {
      if (query.Expression !== undefined) {
        try {
          parsed.set(query.Id, parseExpression(query.Expression));
        } catch (error) {
          if (error instanceof MathError) throw new MathError(`Error in expression ${query.Id}: ${error.message}`);
          throw error;
        }
      }
    }
    const defaultPeriod = queries.find((q) => q.MetricStat)?.MetricStat?.Period ?? queries.find((q) => q.Period)?.Period ?? 60;
    const values = new Map<string, MathValue>();
    const visiting = new Set<string>();

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
        query.Label ?? stat.Metric.MetricName,
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
              return this.search(account, region, expression, now - 14 * 86_400_000).map((m) =>
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
          value = { kind: 'series', label: query.Label ?? id, period, points };
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
    const results: QueryResult[] = [];
    for (const query of queries) {
      const value = resolve(query.Id);
      const returnData = query.ReturnData !== false;
      const list = value.kind === 'array' ? value.series : [value as Series];
      for (const series of list) {
        results.push({ id: query.Id, label: value.kind === 'array' ? series.label : (query.Label ?? series.label), series, returnData });
      }
    }
    return results;
  }
}

function searchLabel(metric: MetricRow): string {
  const dims = canonicalDimensions(metric.dimensions).map((d) => d.Value);
  return dims.length ? dims.join(' ') : metric.name;
}
