import type * as Cw from '../../generated/cloudwatch.js';

/**
 * The labels of GetMetricData results: the default CloudWatch gives a
 * MetricStat query without a Label (its metric name; its dimension values and
 * then the name when several queries of the request read metrics of that
 * name), and dynamic labels (${LABEL}, ${PROP('...')}, ${AVG}, ${MAX}...)
 * filled in from the metric and the datapoints returned.
 */

export interface LabelProperties {
  accountId: string;
  region: string;
  namespace?: string;
  metricName?: string;
  dimensions?: Array<{ Name?: string; Value?: string }>;
  period?: number;
  stat?: string;
}

/** The properties of a query's metric, for ${PROP('...')}. */
export function labelProperties(context: { accountId: string; region: string }, query: Cw.MetricDataQuery): LabelProperties {
  const stat = query.MetricStat;
  return {
    accountId: context.accountId,
    region: context.region,
    namespace: stat?.Metric.Namespace,
    metricName: stat?.Metric.MetricName,
    dimensions: stat?.Metric.Dimensions,
    period: stat?.Period ?? query.Period,
    stat: stat?.Stat,
  };
}

/** The label CloudWatch gives a MetricStat query that has none. */
export function defaultMetricStatLabel(query: Cw.MetricDataQuery, queries: Cw.MetricDataQuery[]): string {
  const metric = query.MetricStat!.Metric;
  const name = metric.MetricName ?? '';
  const sameName = queries.filter((q) => q.MetricStat && q.MetricStat.Metric.MetricName === name).length;
  const values = (metric.Dimensions ?? []).map((d) => d.Value ?? '');
  return sameName > 1 && values.length ? `${values.join(' ')} ${name}` : name;
}

const DYNAMIC = /\$\{(?:PROP\('([^']*)'\)|([A-Z_]+))\}/g;

/** Whether a label has dynamic parts to fill in. */
export function isDynamicLabel(label: string): boolean {
  return label.includes('${');
}

/**
 * A label with its dynamic values filled in from the returned datapoints (oldest first) and the
 * metric's properties; a value that does not apply (a dimension the metric lacks) is left as written.
 */
export function expandLabel(label: string, defaultLabel: string, points: Array<[number, number]>, props: LabelProperties): string {
  const values = points.map(([, v]) => v);
  const stats: Record<string, () => number | undefined> = {
    AVG: () => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined),
    SUM: () => (values.length ? values.reduce((a, b) => a + b, 0) : undefined),
    MIN: () => (values.length ? values.reduce((a, b) => (b < a ? b : a)) : undefined),
    MAX: () => (values.length ? values.reduce((a, b) => (b > a ? b : a)) : undefined),
    FIRST: () => values[0],
    LAST: () => values[values.length - 1],
    DATAPOINT_COUNT: () => values.length,
    MIN_MAX_RANGE: () => (values.length ? stats.MAX()! - stats.MIN()! : undefined),
    FIRST_LAST_RANGE: () => (values.length ? values[values.length - 1] - values[0] : undefined),
  };
  return label.replace(DYNAMIC, (whole, prop: string | undefined, name: string | undefined) => {
    if (prop !== undefined) {
      if (prop.startsWith('Dim.')) return props.dimensions?.find((d) => d.Name === prop.slice(4))?.Value ?? whole;
      const known: Record<string, string | undefined> = {
        AccountId: props.accountId,
        Region: props.region,
        Namespace: props.namespace,
        MetricName: props.metricName,
        Period: props.period === undefined ? undefined : String(props.period),
        Stat: props.stat,
      };
      return known[prop] ?? whole;
    }
    if (name === 'LABEL') return defaultLabel;
    const compute = stats[name!];
    if (!compute) return whole;
    const value = compute();
    return value === undefined ? '' : formatNumber(value);
  });
}

/** Numbers in labels: at most two decimals, as the console shows them. */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
