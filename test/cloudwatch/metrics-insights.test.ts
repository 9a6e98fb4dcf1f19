import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { MathError } from '../../src/services/cloudwatch/math-expression.js';
import { parseInsightsQuery } from '../../src/services/cloudwatch/metrics-insights.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Metrics Insights parser (unit)', () => {
  test('every clause, keywords in any case, quoted names with escapes', () => {
    assert.deepEqual(
      parseInsightsQuery(`select max("Bytes\\"In") from SCHEMA("My/App", Service, "Op") where Service = 'a\\'b' and Op != 'put' group by Service, Op order by sum() desc limit 5`),
      {
        fn: 'MAX',
        metricName: 'Bytes"In',
        namespace: 'My/App',
        schema: ['Service', 'Op'],
        where: [
          { key: 'Service', operator: '=', value: "a'b" },
          { key: 'Op', operator: '!=', value: 'put' },
        ],
        groupBy: ['Service', 'Op'],
        orderBy: { fn: 'SUM', descending: true },
        limit: 5,
      },
    );
    assert.deepEqual(parseInsightsQuery('SELECT COUNT(Errors) FROM App'), { fn: 'COUNT', metricName: 'Errors', namespace: 'App', schema: undefined, where: [], groupBy: [], orderBy: undefined, limit: undefined });
  });

  test('malformed queries are refused with what was expected and where', () => {
    const cases: Array<[string, string]> = [
      ['SELECT MEDIAN(Latency) FROM App', "Expected one of the functions AVG, COUNT, MAX, MIN, SUM but found 'MEDIAN' at column 8 in the query"],
      ['SELECT AVG(Latency)', 'Expected FROM but found the end of the query in the query'],
      ['SELECT AVG(Latency) FROM AWS/EC2', "Unexpected character '/' at column 29 of the query"],
      ['SELECT AVG(Latency) FROM App WHERE Service = "a"', "Expected a label value in single quotes but found 'a' at column 46 in the query"],
      ['SELECT AVG(Latency) FROM App WHERE Service = \'a\' OR Op = \'b\'', 'OR at column 50 is not supported in a WHERE clause: only AND'],
      ['SELECT AVG(Latency) FROM App LIMIT 501', 'The LIMIT 501 must be between 1 and 500'],
      ['SELECT AVG(Latency) FROM App LIMIT 0', 'The LIMIT 0 must be between 1 and 500'],
      ['SELECT AVG(LIMIT) FROM App', 'LIMIT at column 12 is a reserved keyword: put the metric name in double quotes'],
      ['SELECT AVG(Latency) FROM App ORDER BY MAX DESC', "Expected '(' but found 'DESC' at column 43 in the query"],
      ["SELECT AVG(Latency) FROM App WHERE Service = 'a", 'Unterminated label value starting at column 46 of the query'],
      ['SELECT AVG(Latency) FROM SCHEMA() ', "Expected a namespace but found ')' at column 33 in the query"],
      ['SELECT AVG(Latency) FROM App GROUP Service', "Expected BY but found 'Service' at column 36 in the query"],
    ];
    for (const [query, message] of cases) assert.throws(() => parseInsightsQuery(query), (e: unknown) => e instanceof MathError && e.message === message, query);
  });
});

describe('Metrics Insights in GetMetricData and alarms (SDK v3)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  let now: number;
  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
    const dims = (service?: string, op?: string) => [...(service ? [{ Name: 'Service', Value: service }] : []), ...(op ? [{ Name: 'Op', Value: op }] : [])];
    const data: Array<[string | undefined, string | undefined, number[]]> = [
      ['a', 'get', [10, 20]],
      ['a', 'put', [40]],
      ['b', 'get', [5]],
      ['b', undefined, [7]],
      [undefined, undefined, [100]],
    ];
    for (const [service, op, values] of data) {
      await cw.send(new PutMetricDataCommand({ Namespace: 'Shop', MetricData: [{ MetricName: 'Latency', Dimensions: dims(service, op), Values: values }] }));
    }
    await cw.send(new PutMetricDataCommand({ Namespace: 'Shop', MetricData: [{ MetricName: 'Other', Value: 1000 }] }));
    await cw.send(new PutMetricDataCommand({ Namespace: 'My.App', MetricData: [{ MetricName: 'Bytes"In', Value: 3 }] }));
    now = cloud.clock.now();
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  const query = async (expression: string, extra: MetricDataQuery[] = [], label?: string) => {
    const out = await cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(now - 600_000),
        EndTime: new Date(now + 60_000),
        MetricDataQueries: [{ Id: 'q1', Expression: expression, Period: 300, Label: label }, ...extra],
      }),
    );
    return out.MetricDataResults!.map((r) => ({ id: r.Id, label: r.Label, values: r.Values }));
  };

  test('one aggregated series: every function over the observations of all matching metrics', async () => {
    assert.deepEqual(await query('SELECT AVG(Latency) FROM Shop'), [{ id: 'q1', label: 'q1', values: [182 / 6] }]);
    assert.deepEqual((await query('SELECT COUNT(Latency) FROM Shop'))[0].values, [6]);
    assert.deepEqual((await query('SELECT SUM(Latency) FROM Shop'))[0].values, [182]);
    assert.deepEqual((await query('SELECT MIN(Latency) FROM Shop'))[0].values, [5]);
    assert.deepEqual((await query('SELECT MAX(Latency) FROM "Shop"', [], 'Slowest'))[0], { id: 'q1', label: 'Slowest', values: [100] });
    assert.deepEqual((await query('SELECT SUM("Bytes\\"In") FROM "My.App"'))[0].values, [3]);
    assert.deepEqual(await query('SELECT SUM(Latency) FROM Nowhere'), [{ id: 'q1', label: 'q1', values: [] }]);
  });

  test('SCHEMA matches the exact set of dimensions; WHERE filters by = and !=', async () => {
    assert.deepEqual((await query('SELECT SUM(Latency) FROM SCHEMA(Shop)'))[0].values, [100]);
    assert.deepEqual((await query('SELECT SUM(Latency) FROM SCHEMA(Shop, Service)'))[0].values, [7]);
    assert.deepEqual((await query('SELECT SUM(Latency) FROM SCHEMA(Shop, Op, Service)'))[0].values, [75]);
    assert.deepEqual((await query("SELECT SUM(Latency) FROM Shop WHERE Service = 'a' AND Op != 'put'"))[0].values, [30]);
    assert.deepEqual((await query("SELECT SUM(Latency) FROM SCHEMA(Shop, Service, Op) WHERE Op != 'get'"))[0].values, [40]);
  });

  test('GROUP BY: one series a group, labelled by its values, Other for metrics without the key; ORDER BY and LIMIT', async () => {
    assert.deepEqual(await query('SELECT SUM(Latency) FROM Shop GROUP BY Service'), [
      { id: 'q1', label: 'Other', values: [100] },
      { id: 'q1', label: 'a', values: [70] },
      { id: 'q1', label: 'b', values: [12] },
    ]);
    assert.deepEqual(
      (await query('SELECT MAX(Latency) FROM SCHEMA(Shop, Service, Op) GROUP BY Service, Op')).map((r) => r.label),
      ['a get', 'a put', 'b get'],
    );
    assert.deepEqual(
      (await query('SELECT MAX(Latency) FROM SCHEMA(Shop, Service, Op) GROUP BY Op, Service ORDER BY MAX() DESC LIMIT 2')).map((r) => [r.label, r.values]),
      [
        ['put a', [40]],
        ['get a', [20]],
      ],
    );
    assert.deepEqual((await query('SELECT MIN(Latency) FROM Shop GROUP BY Service ORDER BY MIN() ASC')).map((r) => r.label), ['b', 'a', 'Other']);
  });

  test('math over a query, next to MetricStat queries', async () => {
    const results = await query('SELECT SUM(Latency) FROM SCHEMA(Shop)', [
      { Id: 'e1', Expression: 'q1 * 2' },
      { Id: 'm1', MetricStat: { Metric: { Namespace: 'Shop', MetricName: 'Other' }, Period: 300, Stat: 'Sum' } },
    ]);
    assert.deepEqual(results, [
      { id: 'q1', label: 'q1', values: [100] },
      { id: 'e1', label: 'e1', values: [200] },
      { id: 'm1', label: 'Other', values: [1000] },
    ]);
  });

  test('errors: a malformed query, and two queries in one request (ValidationError, 400)', async () => {
    await expectAwsError(query('SELECT AVG(Latency) FROM Shop GROUP Service'), {
      name: 'ValidationException',
      message: "Error in expression q1: Expected BY but found 'Service' at column 37 in the query",
      status: 400,
    });
    await expectAwsError(query('SELECT AVG(Latency) FROM Shop', [{ Id: 'q2', Expression: 'SELECT MAX(Latency) FROM Shop', Period: 300 }]), {
      name: 'ValidationException',
      message: 'Only one Metrics Insights query (an Expression starting with SELECT) is allowed in a GetMetricData request.',
      status: 400,
    });
    // The server still answers a normal query at once.
    assert.deepEqual((await query('SELECT COUNT(Latency) FROM Shop'))[0].values, [6]);
  });

  test('limits: the first 10,000 metrics matched are processed (MaxMetricsExceeded), at most 500 series are returned', async () => {
    for (let batch = 0; batch < 11; batch++) {
      const size = batch < 10 ? 1000 : 1;
      await cw.send(
        new PutMetricDataCommand({
          Namespace: 'Many',
          MetricData: Array.from({ length: size }, (_, i) => ({ MetricName: 'Beat', Dimensions: [{ Name: 'Node', Value: `n${batch * 1000 + i}` }], Value: 1 })),
        }),
      );
    }
    const out = await cw.send(
      new GetMetricDataCommand({ StartTime: new Date(now - 600_000), EndTime: new Date(cloud.clock.now() + 60_000), MetricDataQueries: [{ Id: 'q1', Expression: 'SELECT COUNT(Beat) FROM Many', Period: 3600 }] }),
    );
    assert.deepEqual(out.MetricDataResults![0].Values, [10_000]);
    assert.deepEqual(out.Messages, [{ Code: 'MaxMetricsExceeded', Value: 'Maximum number of allowed metrics exceeded. Your search may have been limited.' }]);
    const grouped = await cw.send(
      new GetMetricDataCommand({ StartTime: new Date(now - 600_000), EndTime: new Date(cloud.clock.now() + 60_000), MetricDataQueries: [{ Id: 'q1', Expression: 'SELECT COUNT(Beat) FROM Many GROUP BY Node', Period: 3600 }] }),
    );
    assert.equal(grouped.MetricDataResults!.length, 500);
  });

  test('an alarm on a Metrics Insights query: Period is required, and the alarm follows the query', async () => {
    const alarm = (period?: number) =>
      cw.send(
        new PutMetricAlarmCommand({
          AlarmName: 'slowest-service',
          Metrics: [{ Id: 'q1', Expression: "SELECT MAX(Latency) FROM SCHEMA(Shop, Service, Op) WHERE Service = 'a'", Period: period, ReturnData: true }],
          EvaluationPeriods: 1,
          Threshold: 30,
          ComparisonOperator: 'GreaterThanThreshold',
        }),
      );
    await expectAwsError(alarm(undefined), { name: 'MissingRequiredParameterException', message: 'The parameter Metrics.member.1.Period is required for a Metrics Insights query.', status: 400 });
    await alarm(60);
    await cw.send(new PutMetricDataCommand({ Namespace: 'Shop', MetricData: [{ MetricName: 'Latency', Dimensions: [{ Name: 'Service', Value: 'a' }, { Name: 'Op', Value: 'get' }], Value: 45 }] }));
    const clock = cloud.clock.now();
    await advanceClock(cloud, Math.floor(clock / 60_000) * 60_000 + 60_001 - clock);
    const described = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['slowest-service'] }))).MetricAlarms![0];
    assert.equal(described.StateValue, 'ALARM');
    assert.match(described.StateReason!, /^Threshold Crossed: 1 datapoint \[45\.0 \(.+\)\] was greater than the threshold \(30\.0\)\.$/);
  });

  test('an alarm on a Metrics Insights query reads only the latest three hours; a metric alarm reads its whole evaluation range', async () => {
    // Just past a minute boundary, so the set-up ends before the evaluation at the next one.
    const start = cloud.clock.now();
    await advanceClock(cloud, Math.floor(start / 60_000) * 60_000 + 60_001 - start);
    const boundary = Math.floor(cloud.clock.now() / 60_000) * 60_000 + 60_000;
    const end = Math.floor(boundary / 3_600_000) * 3_600_000;
    // One breaching datapoint 3.5 hours before the end of the range (4 hourly periods: EvaluationPeriods 2 + 2).
    await cw.send(new PutMetricDataCommand({ Namespace: 'Old', MetricData: [{ MetricName: 'Spike', Value: 99, Timestamp: new Date(end - 3.5 * 3_600_000) }] }));
    const common = { EvaluationPeriods: 2, Threshold: 50, ComparisonOperator: 'GreaterThanThreshold' as const };
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'old-plain', Namespace: 'Old', MetricName: 'Spike', Statistic: 'Maximum', Period: 3600, ...common }));
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'old-insights', Metrics: [{ Id: 'q1', Expression: 'SELECT MAX(Spike) FROM Old', Period: 3600 }], ...common }));
    for (const name of ['old-plain', 'old-insights']) await cw.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: 'OK', StateReason: 'preset by the test' }));
    await advanceClock(cloud, Math.max(0, boundary + 1 - cloud.clock.now()));
    const states = (await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'old-' }))).MetricAlarms!.map((a) => [a.AlarmName, a.StateValue]);
    assert.deepEqual(states, [
      ['old-insights', 'INSUFFICIENT_DATA'],
      ['old-plain', 'ALARM'],
    ]);
  });
});
