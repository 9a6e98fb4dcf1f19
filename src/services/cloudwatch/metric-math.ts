/**
 * CloudWatch metric math: evaluation of parsed expressions (math-expression.ts)
 * over time series, every new series charged to a point budget.
 *
 * Series combine on the timestamps they share; a scalar applies to every
 * point; an array of series (METRICS(), SEARCH(), [a, b]) applies element-wise.
 */
import { MathError, type Node } from './math-expression.js';

export { MathError, parseExpression, referencedIds, usesMetricsFunction, type Node } from './math-expression.js';

export interface Series {
  kind: 'series';
  label: string;
  /** Period of the series in seconds. */
  period: number;
  /** Timestamp (epoch ms) → value. */
  points: Map<number, number>;
  /** The GROUP BY keys and values of a Metrics Insights series (an alarm's contributor). */
  dimensions?: Record<string, string>;
}

export type MathValue =
  | { kind: 'scalar'; value: number }
  | Series
  | { kind: 'array'; series: Series[] }
  | { kind: 'string'; value: string };

export interface EvaluationContext {
  start: number;
  end: number;
  /** Default period in seconds (for scalars turned into series and FILL). */
  period: number;
  /** Another query's value, by id. */
  resolve(id: string): MathValue;
  /** The MetricStat queries of the request, for METRICS(). */
  metrics(): Array<{ id: string; series: Series }>;
  /** SEARCH(expression, statistic, period). */
  search(expression: string, statistic: string, period: number): Series[];
}

const scalar = (value: number): MathValue => ({ kind: 'scalar', value });

/** The data points an evaluation may still allocate. */
export interface PointMeter {
  remaining: number;
  readonly budget: number;
}

/**
 * The meter of the evaluation under way. Evaluation is synchronous, so one
 * meter is active at a time; every new series is charged to it, and math that
 * would build more points than its budget stops with a MathError instead of
 * filling the heap. A request evaluated in slices activates its meter for each.
 */
let meter: PointMeter | undefined;

/** Runs fn with its new series charged to `active`. */
export function metered<T>(active: PointMeter, fn: () => T): T {
  const outer = meter;
  meter = active;
  try {
    return fn();
  } finally {
    meter = outer;
  }
}

function charge(points: number): void {
  if (!meter) return;
  meter.remaining -= points;
  if (meter.remaining < 0) {
    throw new MathError(`The expressions need more than ${meter.budget} data points; reduce the time range or increase the period`);
  }
}

/** A new series, charged to the active point budget. */
export function series(label: string, period: number, points: Map<number, number>): Series {
  charge(points.size);
  return { kind: 'series', label, period, points };
}

/** Timestamps every `period` seconds from start (aligned) to before end. */
export function periodGrid(start: number, end: number, periodSeconds: number): number[] {
  const step = periodSeconds * 1000;
  if (!(step >= 1000)) throw new MathError(`The period ${periodSeconds} is not valid; it must be at least 1 second`);
  const first = Math.ceil(start / step) * step;
  const count = Math.max(0, Math.min(MAX_GRID_POINTS, Math.ceil((end - first) / step)));
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = first + i * step;
  return out;
}

/** No series is longer than what one GetMetricData call can return. */
export const MAX_GRID_POINTS = 100_800;

export function evaluate(node: Node, context: EvaluationContext): MathValue {
  switch (node.type) {
    case 'number':
      return scalar(node.value);
    case 'string':
      return { kind: 'string', value: node.value };
    case 'keyword':
      return { kind: 'string', value: node.name };
    case 'id':
      return context.resolve(node.name);
    case 'array': {
      const out: Series[] = [];
      for (const item of node.items) {
        const value = evaluate(item, context);
        if (value.kind === 'series') out.push(value);
        else if (value.kind === 'array') out.push(...value.series);
        else if (value.kind === 'scalar') out.push(toSeries(value.value, context));
        else throw new MathError('An array may only hold time series');
      }
      return { kind: 'array', series: out };
    }
    case 'unary': {
      const operand = evaluate(node.operand, context);
      return node.op === '-' ? mapValues(operand, (v) => -v) : mapValues(operand, (v) => (v === 0 ? 1 : 0));
    }
    case 'binary':
      return binary(node.op, evaluate(node.left, context), evaluate(node.right, context));
    case 'call':
      return call(node.name, node.args, context);
  }
}

function toSeries(value: number, context: EvaluationContext): Series {
  const points = new Map<number, number>();
  for (const t of periodGrid(context.start, context.end, context.period)) points.set(t, value);
  return series(String(value), context.period, points);
}

function mapValues(value: MathValue, fn: (v: number) => number): MathValue {
  switch (value.kind) {
    case 'scalar':
      return scalar(fn(value.value));
    case 'series':
      return mapSeries(value, fn);
    case 'array':
      return { kind: 'array', series: value.series.map((s) => mapSeries(s, fn)) };
    default:
      throw new MathError('A string cannot be used in arithmetic');
  }
}

function mapSeries(input: Series, fn: (v: number) => number): Series {
  const points = new Map<number, number>();
  for (const [t, v] of input.points) points.set(t, fn(v));
  return series(input.label, input.period, points);
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return a ** b;
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    case 'AND':
      return a !== 0 && b !== 0 ? 1 : 0;
    case 'OR':
      return a !== 0 || b !== 0 ? 1 : 0;
    default:
      throw new MathError(`Unknown operator ${op}`);
  }
}

function binary(op: string, left: MathValue, right: MathValue): MathValue {
  if (left.kind === 'string' || right.kind === 'string') throw new MathError('A string cannot be used in arithmetic');
  if (left.kind === 'scalar' && right.kind === 'scalar') return scalar(apply(op, left.value, right.value));
  if (left.kind === 'array' && right.kind === 'array') {
    // Two arrays combine element by element (not every series with every other, which grows as the square).
    if (left.series.length !== right.series.length) throw new MathError('Arrays of time series combine only when they have the same number of time series');
    return { kind: 'array', series: left.series.map((s, i) => binary(op, s, right.series[i]) as Series) };
  }
  if (left.kind === 'array') return { kind: 'array', series: left.series.map((s) => binary(op, s, right) as Series) };
  if (right.kind === 'array') return { kind: 'array', series: right.series.map((s) => binary(op, left, s) as Series) };
  if (left.kind === 'scalar') return mapSeries(right as Series, (v) => apply(op, left.value, v));
  if (right.kind === 'scalar') return mapSeries(left, (v) => apply(op, v, right.value));
  const points = new Map<number, number>();
  for (const [t, v] of left.points) {
    const other = right.points.get(t);
    if (other !== undefined) points.set(t, apply(op, v, other));
  }
  return series(left.label, left.period, points);
}

function sortedPoints(input: Series): Array<[number, number]> {
  return [...input.points].sort((a, b) => a[0] - b[0]);
}

function asSeriesList(value: MathValue): Series[] {
  if (value.kind === 'series') return [value];
  if (value.kind === 'array') return value.series;
  throw new MathError('Expected a time series or an array of time series');
}

function expectSeries(value: MathValue, name: string): Series {
  if (value.kind !== 'series') throw new MathError(`${name} expects a single time series`);
  return value;
}

function reduceAcross(list: Series[], reduce: (values: number[]) => number, label: string): Series {
  const byTime = new Map<number, number[]>();
  for (const s of list) {
    for (const [t, v] of s.points) {
      const bucket = byTime.get(t);
      if (bucket) bucket.push(v);
      else byTime.set(t, [v]);
    }
  }
  const points = new Map<number, number>();
  for (const [t, values] of byTime) points.set(t, reduce(values));
  return series(label, list[0]?.period ?? 60, points);
}

const REDUCERS: Record<string, (values: number[]) => number> = {
  SUM: (values) => values.reduce((a, b) => a + b, 0),
  AVG: (values) => values.reduce((a, b) => a + b, 0) / values.length,
  MIN: (values) => values.reduce((a, b) => (b < a ? b : a), Infinity),
  MAX: (values) => values.reduce((a, b) => (b > a ? b : a), -Infinity),
  STDDEV: (values) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  },
};

function call(name: string, args: Node[], context: EvaluationContext): MathValue {
  const arg = (i: number) => {
    if (i >= args.length) throw new MathError(`${name} needs at least ${i + 1} argument${i ? 's' : ''}`);
    return evaluate(args[i], context);
  };
  switch (name) {
    case 'METRICS': {
      const filter = args.length ? arg(0) : undefined;
      if (filter && filter.kind !== 'string') throw new MathError('METRICS takes an optional string');
      const text = filter?.kind === 'string' ? filter.value : '';
      return { kind: 'array', series: context.metrics().filter((m) => m.id.includes(text)).map((m) => m.series) };
    }
    case 'SEARCH': {
      const query = arg(0);
      const statistic = arg(1);
      if (query.kind !== 'string' || statistic.kind !== 'string') throw new MathError('SEARCH takes a search expression and a statistic');
      let period = context.period;
      if (args.length > 2) {
        const given = arg(2);
        if (given.kind !== 'scalar') throw new MathError('The period of SEARCH must be a number');
        period = given.value;
      }
      return { kind: 'array', series: context.search(query.value, statistic.value, period) };
    }
    case 'SUM':
    case 'AVG':
    case 'MIN':
    case 'MAX':
    case 'STDDEV': {
      const values = args.map((a) => evaluate(a, context));
      if (values.length === 1 && values[0].kind === 'series') {
        const points = [...values[0].points.values()];
        return scalar(points.length ? REDUCERS[name](points) : Number.NaN);
      }
      if (values.length === 1 && values[0].kind === 'scalar') return values[0];
      if (values.every((v) => v.kind === 'scalar')) return scalar(REDUCERS[name](values.map((v) => (v as { value: number }).value)));
      const list = values.flatMap((v) => (v.kind === 'scalar' ? [toSeries(v.value, context)] : asSeriesList(v)));
      if (!list.length) return series(name, context.period, new Map());
      return reduceAcross(list, REDUCERS[name], name);
    }
    case 'ABS':
      return mapValues(arg(0), Math.abs);
    case 'CEIL':
      return mapValues(arg(0), Math.ceil);
    case 'FLOOR':
      return mapValues(arg(0), Math.floor);
    case 'LOG':
      return mapValues(arg(0), Math.log);
    case 'LOG10':
      return mapValues(arg(0), Math.log10);
    case 'DATAPOINT_COUNT': {
      const value = arg(0);
      if (value.kind === 'array') return { kind: 'array', series: value.series.map((s) => series(s.label, s.period, new Map(sortedPoints(s).map(([t], i) => [t, i + 1])))) };
      return scalar(expectSeries(value, name).points.size);
    }
    case 'PERIOD': {
      const value = arg(0);
      return scalar(value.kind === 'series' ? value.period : value.kind === 'array' ? (value.series[0]?.period ?? context.period) : context.period);
    }
    case 'RATE':
    case 'DIFF':
    case 'DIFF_TIME':
      return perSeries(arg(0), (s) => {
        const sorted = sortedPoints(s);
        const points = new Map<number, number>();
        for (let i = 1; i < sorted.length; i++) {
          const [t0, v0] = sorted[i - 1];
          const [t1, v1] = sorted[i];
          const seconds = (t1 - t0) / 1000;
          points.set(t1, name === 'RATE' ? (v1 - v0) / seconds : name === 'DIFF' ? v1 - v0 : seconds);
        }
        return series(s.label, s.period, points);
      });
    case 'RUNNING_SUM':
      return perSeries(arg(0), (s) => {
        let total = 0;
        return series(s.label, s.period, new Map(sortedPoints(s).map(([t, v]) => [t, (total += v)])));
      });
    case 'FILL': {
      const target = arg(0);
      const how = arg(1);
      return perSeries(target, (s) => fill(s, how, context));
    }
    case 'IF': {
      const condition = arg(0);
      const whenTrue = arg(1);
      const whenFalse = args.length > 2 ? arg(2) : undefined;
      return perSeries(condition, (cond) => {
        const points = new Map<number, number>();
        for (const [t, v] of cond.points) {
          const branch = v !== 0 ? whenTrue : whenFalse;
          if (!branch) continue;
          const value = valueAt(branch, t);
          if (value !== undefined) points.set(t, value);
        }
        return series(cond.label, cond.period, points);
      });
    }
    case 'FIRST':
    case 'LAST': {
      const list = asSeriesList(arg(0));
      const chosen = name === 'FIRST' ? list[0] : list[list.length - 1];
      return chosen ?? series(name, context.period, new Map());
    }
    case 'REMOVE_EMPTY': {
      const value = arg(0);
      if (value.kind === 'array') return { kind: 'array', series: value.series.filter((s) => s.points.size > 0) };
      return value;
    }
    case 'SORT': {
      const list = asSeriesList(arg(0));
      const fnArg = args.length > 1 ? args[1] : undefined;
      const reducer = fnArg?.type === 'id' || fnArg?.type === 'keyword' || fnArg?.type === 'call' ? (fnArg.type === 'call' ? fnArg.name : fnArg.type === 'id' ? fnArg.name.toUpperCase() : fnArg.name) : 'SUM';
      const order = args.length > 2 ? evaluate(args[2], context) : undefined;
      const descending = !(order?.kind === 'string' && order.value.toUpperCase() === 'ASC');
      const reduce = REDUCERS[reducer] ?? REDUCERS.SUM;
      const scored = list.map((s) => ({ s, score: s.points.size ? reduce([...s.points.values()]) : Number.NEGATIVE_INFINITY }));
      scored.sort((a, b) => (descending ? b.score - a.score : a.score - b.score));
      let sorted = scored.map((x) => x.s);
      if (args.length > 3) {
        const limit = evaluate(args[3], context);
        if (limit.kind === 'scalar') sorted = sorted.slice(0, limit.value);
      }
      return { kind: 'array', series: sorted };
    }
    case 'ANOMALY_DETECTION_BAND': {
      // A band of the series' mean ± k standard deviations over the queried range: a simple, deterministic model.
      const input = expectSeries(arg(0), name);
      const width = args.length > 1 ? arg(1) : scalar(2);
      if (width.kind !== 'scalar') throw new MathError('The band width of ANOMALY_DETECTION_BAND must be a number');
      const values = [...input.points.values()];
      const mean = values.length ? REDUCERS.AVG(values) : 0;
      const deviation = values.length ? REDUCERS.STDDEV(values) : 0;
      const band = (sign: number, suffix: string) =>
        series(`${input.label} ${suffix}`, input.period, new Map([...input.points.keys()].map((t) => [t, mean + sign * width.value * deviation])));
      return { kind: 'array', series: [band(-1, 'Lower'), band(1, 'Upper')] };
    }
    case 'TIME_SERIES': {
      const value = arg(0);
      if (value.kind !== 'scalar') throw new MathError('TIME_SERIES takes a scalar');
      return toSeries(value.value, context);
    }
    default:
      throw new MathError(`Unrecognized function ${name}`);
  }
}

function perSeries(value: MathValue, fn: (s: Series) => Series): MathValue {
  if (value.kind === 'series') return fn(value);
  if (value.kind === 'array') return { kind: 'array', series: value.series.map(fn) };
  throw new MathError('Expected a time series');
}

function valueAt(value: MathValue, t: number): number | undefined {
  if (value.kind === 'scalar') return value.value;
  if (value.kind === 'series') return value.points.get(t);
  throw new MathError('IF branches must be scalars or time series');
}

function fill(input: Series, how: MathValue, context: EvaluationContext): Series {
  const grid = periodGrid(context.start, context.end, input.period);
  const known = sortedPoints(input);
  const points = new Map<number, number>(known);
  const mode = how.kind === 'string' ? how.value.toUpperCase() : undefined;
  if (how.kind !== 'string' && how.kind !== 'scalar' && how.kind !== 'series') throw new MathError('FILL takes a value, REPEAT or LINEAR');
  if (mode && mode !== 'REPEAT' && mode !== 'LINEAR') throw new MathError('FILL takes a value, REPEAT or LINEAR');
  // Grid and known points are both in time order: one cursor walks the known points (linear, not grid × known).
  let next = 0;
  for (const t of grid) {
    while (next < known.length && known[next][0] <= t) next++;
    if (points.has(t)) continue;
    if (how.kind === 'scalar') {
      points.set(t, how.value);
      continue;
    }
    if (how.kind === 'series') {
      const v = how.points.get(t);
      if (v !== undefined) points.set(t, v);
      continue;
    }
    const before = next > 0 ? known[next - 1] : undefined;
    const after = next < known.length ? known[next] : undefined;
    if (mode === 'REPEAT') {
      const source = before ?? after;
      if (source) points.set(t, source[1]);
    } else if (before && after) {
      points.set(t, before[1] + ((after[1] - before[1]) * (t - before[0])) / (after[0] - before[0]));
    } else if (before ?? after) {
      points.set(t, (before ?? after)![1]);
    }
  }
  return series(input.label, input.period, points);
}
