import type { SampleRow } from './state.js';

/**
 * Statistics over the samples of one period: the five basic ones and the
 * extended ones AWS accepts (pNN, tm, wm, tc, ts, IQM, PR), computed from
 * raw values where the samples carry them.
 */

export const BASIC_STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type BasicStatistic = (typeof BASIC_STATISTICS)[number];

export interface Aggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
  /** Every raw value with its count, sorted by value; null when a sample was a statistic set. */
  values: Array<[number, number]> | null;
}

export function aggregate(samples: SampleRow[]): Aggregate | undefined {
  if (!samples.length) return undefined;
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let values: Array<[number, number]> | null = [];
  for (const sample of samples) {
    count += sample.count;
    sum += sample.sum;
    min = Math.min(min, sample.min);
    max = Math.max(max, sample.max);
    if (values && sample.values) values.push(...sample.values);
    else values = null;
  }
  values?.sort((a, b) => a[0] - b[0]);
  return { count, sum, min, max, values };
}

/** A parsed statistic name. */
export type StatisticSpec =
  | { kind: 'basic'; name: BasicStatistic }
  | { kind: 'percentile'; p: number }
  | { kind: 'trimmed'; fn: 'tm' | 'wm' | 'tc' | 'ts'; low: Bound; high: Bound }
  | { kind: 'rank'; low?: number; high?: number };

/** A bound of a trimmed range: a percentile (50%) or an absolute value (50). */
export interface Bound {
  value: number;
  percent: boolean;
}

const NUMBER = '(\\d+(?:\\.\\d{1,10})?)';

/** Parses SampleCount…Maximum, p99.9, tm90, tm(10%:90%), TC(:0.5), wm99, IQM, PR(100:2000). */
export function parseStatistic(stat: string): StatisticSpec | undefined {
  if ((BASIC_STATISTICS as readonly string[]).includes(stat)) return { kind: 'basic', name: stat as BasicStatistic };
  const lower = stat.toLowerCase();
  if (lower === 'iqm') return { kind: 'trimmed', fn: 'tm', low: { value: 25, percent: true }, high: { value: 75, percent: true } };
  let match = new RegExp(`^p${NUMBER}$`).exec(lower);
  if (match) {
    const p = Number(match[1]);
    return p >= 0 && p <= 100 ? { kind: 'percentile', p } : undefined;
  }
  match = new RegExp(`^(tm|wm|tc|ts)${NUMBER}$`).exec(lower);
  if (match) {
    const p = Number(match[2]);
    if (p <= 0 || p > 100) return undefined;
    return { kind: 'trimmed', fn: match[1] as 'tm', low: { value: 0, percent: true }, high: { value: p, percent: true } };
  }
  match = /^(tm|wm|tc|ts)\(([^:]*):([^)]*)\)$/.exec(lower);
  if (match) {
    const low = parseBound(match[2], { value: 0, percent: true });
    const high = parseBound(match[3], { value: 100, percent: true });
    if (!low || !high) return undefined;
    if (low.percent && high.percent && low.value >= high.value) return undefined;
    return { kind: 'trimmed', fn: match[1] as 'tm', low, high };
  }
  match = /^pr\(([^:]*):([^)]*)\)$/.exec(lower);
  if (match) {
    const low = match[1] === '' ? undefined : Number(match[1]);
    const high = match[2] === '' ? undefined : Number(match[2]);
    if ((low !== undefined && !Number.isFinite(low)) || (high !== undefined && !Number.isFinite(high))) return undefined;
    if (low === undefined && high === undefined) return undefined;
    return { kind: 'rank', low, high };
  }
  return undefined;
}

function parseBound(text: string, fallback: Bound): Bound | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return fallback;
  const percent = trimmed.endsWith('%');
  const value = Number(percent ? trimmed.slice(0, -1) : trimmed);
  if (!Number.isFinite(value)) return undefined;
  if (percent && (value < 0 || value > 100)) return undefined;
  return { value, percent };
}

export function isValidStatistic(stat: string): boolean {
  return parseStatistic(stat) !== undefined;
}

/** The statistic's value over an aggregate, or undefined when it cannot be computed (no raw values). */
export function statisticValue(agg: Aggregate, stat: string | StatisticSpec): number | undefined {
  const spec = typeof stat === 'string' ? parseStatistic(stat) : stat;
  if (!spec) return undefined;
  if (spec.kind === 'basic') {
    switch (spec.name) {
      case 'SampleCount':
        return agg.count;
      case 'Sum':
        return agg.sum;
      case 'Minimum':
        return agg.min;
      case 'Maximum':
        return agg.max;
      case 'Average':
        return agg.count ? agg.sum / agg.count : undefined;
    }
  }
  const values = agg.values;
  if (!values || !values.length) {
    // Without raw values, the extremes are still exact.
    if (spec.kind === 'percentile' && spec.p === 100) return agg.max;
    if (spec.kind === 'percentile' && spec.p === 0) return agg.min;
    return undefined;
  }
  const total = values.reduce((n, [, c]) => n + c, 0);
  if (spec.kind === 'percentile') return percentile(values, total, spec.p);
  if (spec.kind === 'rank') {
    let inside = 0;
    for (const [value, count] of values) {
      if ((spec.low === undefined || value > spec.low) && (spec.high === undefined || value <= spec.high)) inside += count;
    }
    return (inside / total) * 100;
  }
  if (spec.low.percent && spec.high.percent) return rankTrimmed(spec.fn, values, (spec.low.value / 100) * total, (spec.high.value / 100) * total);
  // With an absolute bound, the range is by value: low < v <= high.
  const low = spec.low.percent ? percentileBound(values, total, spec.low.value) : spec.low.value;
  const high = spec.high.percent ? percentileBound(values, total, spec.high.value) : spec.high.value;
  let count = 0;
  let sum = 0;
  for (const [value, weight] of values) {
    if (spec.fn === 'wm') {
      const clamped = Math.min(Math.max(value, low), high);
      sum += clamped * weight;
      count += weight;
    } else if (value > low && value <= high) {
      sum += value * weight;
      count += weight;
    }
  }
  return finish(spec.fn, count, sum);
}

function finish(fn: 'tm' | 'wm' | 'tc' | 'ts', count: number, sum: number): number | undefined {
  if (fn === 'tc') return count;
  if (fn === 'ts') return sum;
  return count ? sum / count : undefined;
}

function percentileBound(values: Array<[number, number]>, total: number, p: number): number {
  if (p <= 0) return -Infinity;
  return percentile(values, total, p);
}

/**
 * Trimming by rank: the data points whose ranks fall in (lowRank, highRank]
 * count, a point straddling a bound in part; for the winsorized mean the
 * points outside count as the values at the bounds.
 */
function rankTrimmed(fn: 'tm' | 'wm' | 'tc' | 'ts', values: Array<[number, number]>, lowRank: number, highRank: number): number | undefined {
  let count = 0;
  let sum = 0;
  let below = 0;
  let above = 0;
  let first: number | undefined;
  let last: number | undefined;
  let seen = 0;
  for (const [value, weight] of values) {
    const from = seen;
    const to = seen + weight;
    seen = to;
    const inside = Math.max(0, Math.min(to, highRank) - Math.max(from, lowRank));
    if (inside > 0) {
      count += inside;
      sum += value * inside;
      first ??= value;
      last = value;
    }
    below += Math.max(0, Math.min(to, lowRank) - from);
    above += Math.max(0, to - Math.max(from, highRank));
  }
  if (fn === 'wm' && first !== undefined && last !== undefined) {
    sum += below * first + above * last;
    count += below + above;
  }
  return finish(fn, count, sum);
}

/** Nearest-rank percentile over weighted, sorted values. */
function percentile(values: Array<[number, number]>, total: number, p: number): number {
  if (p <= 0) return values[0][0];
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [value, count] of values) {
    seen += count;
    if (seen >= rank) return value;
  }
  return values[values.length - 1][0];
}
