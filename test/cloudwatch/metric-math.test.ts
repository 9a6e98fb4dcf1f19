import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate, MathError, parseExpression, referencedIds, type EvaluationContext, type MathValue, type Series } from '../../src/services/cloudwatch/metric-math.js';
import { compileSearch, matchesSearch } from '../../src/services/cloudwatch/search-expression.js';
import { aggregate, parseStatistic, statisticValue } from '../../src/services/cloudwatch/statistics.js';

const MIN = 60_000;
const series = (label: string, points: Array<[number, number]>): Series => ({ kind: 'series', label, period: 60, points: new Map(points.map(([m, v]) => [m * MIN, v])) });

const queries: Record<string, Series> = {
  a: series('a', [[0, 1], [1, 2], [2, 3]]),
  b: series('b', [[0, 10], [2, 30], [3, 40]]),
};

const context: EvaluationContext = {
  start: 0,
  end: 4 * MIN,
  period: 60,
  resolve: (id) => {
    if (!queries[id]) throw new MathError(`Unrecognized identifier ${id}`);
    return queries[id];
  },
  metrics: () => Object.entries(queries).map(([id, s]) => ({ id, series: s })),
  search: () => [],
};

function points(value: MathValue): Array<[number, number]> | number {
  if (value.kind === 'scalar') return value.value;
  if (value.kind !== 'series') throw new Error(`expected a series, got ${value.kind}`);
  return [...value.points].sort((x, y) => x[0] - y[0]).map(([t, v]) => [t / MIN, v]);
}

const run = (expression: string) => points(evaluate(parseExpression(expression), context));

describe('metric math (unit)', () => {
  test('precedence and arithmetic over series and scalars', () => {
    assert.equal(run('1 + 2 * 3 ^ 2'), 19);
    assert.equal(run('(1 + 2) * 3'), 9);
    assert.equal(run('-2 ^ 2'), 4);
    assert.deepEqual(run('a * 10'), [[0, 10], [1, 20], [2, 30]]);
    assert.deepEqual(run('a + b'), [[0, 11], [2, 33]], 'series combine where both have points');
    assert.deepEqual(run('b / a'), [[0, 10], [2, 10]]);
  });

  test('functions: aggregates, FILL, RATE, DIFF, IF and comparisons', () => {
    assert.equal(run('SUM(a)'), 6, 'a single series reduces to a scalar');
    assert.equal(run('MAX(b)'), 40);
    assert.deepEqual(run('SUM([a, b])'), [[0, 11], [1, 2], [2, 33], [3, 40]]);
    assert.deepEqual(run('AVG(METRICS())'), [[0, 5.5], [1, 2], [2, 16.5], [3, 40]]);
    assert.deepEqual(run('SUM(METRICS("b"))'), [[0, 10], [2, 30], [3, 40]]);
    assert.deepEqual(run('FILL(b, 0)'), [[0, 10], [1, 0], [2, 30], [3, 40]]);
    assert.deepEqual(run('FILL(a, REPEAT)'), [[0, 1], [1, 2], [2, 3], [3, 3]]);
    assert.deepEqual(run('DIFF(b)'), [[2, 20], [3, 10]]);
    assert.deepEqual(run('RATE(b)'), [[2, 20 / 120], [3, 10 / 60]]);
    assert.deepEqual(run('IF(a >= 2, a, 0)'), [[0, 0], [1, 2], [2, 3]]);
    assert.deepEqual(run('IF(a > 1 AND a < 3, 1, 0)'), [[0, 0], [1, 1], [2, 0]]);
    assert.deepEqual(run('ABS(a - 2)'), [[0, 1], [1, 0], [2, 1]]);
    assert.equal(run('DATAPOINT_COUNT(b)'), 3);
    assert.equal(run('PERIOD(a)'), 60);
    assert.deepEqual(run('RUNNING_SUM(a)'), [[0, 1], [1, 3], [2, 6]]);
    assert.deepEqual([...referencedIds(parseExpression('a + SUM([b, c]) * FILL(d, 0)'))].sort(), ['a', 'b', 'c', 'd']);
  });

  test('errors: unknown functions and identifiers, syntax', () => {
    assert.throws(() => parseExpression('FOO(a)'), /Unrecognized function FOO/);
    assert.throws(() => parseExpression('a +'), /Unexpected end of expression/);
    assert.throws(() => parseExpression('(a'), /Expected '\)'/);
    assert.throws(() => parseExpression('Bad'), /Unrecognized identifier Bad/);
    assert.throws(() => run('zz * 2'), /Unrecognized identifier zz/);
  });

  test('search expressions: schema, properties, free text, boolean logic', () => {
    const metric = (namespace: string, name: string, dims: Record<string, string>) => ({ namespace, name, dimensions: Object.entries(dims).map(([Name, Value]) => ({ Name, Value })) });
    const cpuA = metric('AWS/EC2', 'CPUUtilization', { InstanceId: 'i-aaa' });
    const cpuAsg = metric('AWS/EC2', 'CPUUtilization', { AutoScalingGroupName: 'web' });
    const net = metric('AWS/EC2', 'NetworkIn', { InstanceId: 'i-bbb' });
    const mine = metric('App', 'Errors', {});
    const match = (expression: string) => [cpuA, cpuAsg, net, mine].filter((m) => matchesSearch(compileSearch(expression), m)).map((m) => `${m.name}:${m.dimensions[0]?.Value ?? ''}`);
    assert.deepEqual(match('{AWS/EC2,InstanceId} MetricName="CPUUtilization"'), ['CPUUtilization:i-aaa']);
    assert.deepEqual(match('{AWS/EC2,InstanceId}'), ['CPUUtilization:i-aaa', 'NetworkIn:i-bbb']);
    assert.deepEqual(match('CPU'), ['CPUUtilization:i-aaa', 'CPUUtilization:web']);
    assert.deepEqual(match('CPU NOT web'), ['CPUUtilization:i-aaa']);
    assert.deepEqual(match('Errors OR NetworkIn'), ['NetworkIn:i-bbb', 'Errors:']);
    assert.deepEqual(match('InstanceId=i-b'), ['NetworkIn:i-bbb'], 'unquoted values match partially');
    assert.deepEqual(match('InstanceId="i-b"'), [], 'quoted values match exactly');
  });

  test('statistics: basic, percentiles, trimmed and winsorized means, ranks', () => {
    const agg = aggregate([
      { timestamp: 0, unit: 'None', count: 10, sum: 55, min: 1, max: 10, values: Array.from({ length: 10 }, (_, i) => [i + 1, 1] as [number, number]) },
    ])!;
    assert.equal(statisticValue(agg, 'Average'), 5.5);
    assert.equal(statisticValue(agg, 'p50'), 5);
    assert.equal(statisticValue(agg, 'p90'), 9);
    assert.equal(statisticValue(agg, 'p99.9'), 10);
    assert.equal(statisticValue(agg, 'tm80'), 4.5, 'mean of the lowest 80%');
    assert.equal(statisticValue(agg, 'tm(10%:90%)'), 5.5);
    assert.equal(statisticValue(agg, 'tc90'), 9);
    assert.equal(statisticValue(agg, 'ts(:3)'), 6);
    assert.equal(statisticValue(agg, 'wm(20%:80%)'), 5.5, 'values beyond p20 and p80 count as the values at those ranks');
    assert.equal(statisticValue(agg, 'tm(25%:75%)'), 5.5, 'a point straddling a bound counts in part');
    assert.equal(statisticValue(agg, 'IQM'), 5.5);
    assert.equal(statisticValue(agg, 'PR(:5)'), 50);
    for (const bad of ['p101', 'Median', 'tm(90%:10%)', 'PR(:)']) assert.equal(parseStatistic(bad), undefined, bad);
    const sets = aggregate([{ timestamp: 0, unit: 'None', count: 4, sum: 10, min: 1, max: 4, values: null }])!;
    assert.equal(statisticValue(sets, 'p50'), undefined, 'no percentiles from statistic sets');
    assert.equal(statisticValue(sets, 'p100'), 4);
  });
});
