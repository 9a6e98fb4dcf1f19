import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricDataCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import type { CloudWatchApi } from '../../src/services/cloudwatch/api.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const MINUTE = 60_000;

describe('CloudWatch metrics: PutMetricData, GetMetricStatistics, ListMetrics, GetMetricData (SDK v3, JSON)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  /** A minute boundary well inside the accepted window, so periods are predictable. */
  let base: number;
  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
    base = Math.floor(cloud.clock.now() / (60 * MINUTE)) * 60 * MINUTE - 2 * 60 * MINUTE;
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  const at = (minutes: number, seconds = 0) => new Date(base + minutes * MINUTE + seconds * 1000);

  test('values, value arrays with counts, statistic sets; statistics per period; percentiles; units', async () => {
    const dims = [{ Name: 'Service', Value: 'checkout' }];
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'Shop',
        MetricData: [
          { MetricName: 'Latency', Dimensions: dims, Timestamp: at(0, 5), Value: 100, Unit: 'Milliseconds' },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: at(0, 40), Values: [10, 20, 30], Counts: [1, 2, 1], Unit: 'Milliseconds' },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: at(1, 10), StatisticValues: { SampleCount: 4, Sum: 200, Minimum: 20, Maximum: 80 }, Unit: 'Milliseconds' },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: at(3, 0), Value: 7, Unit: 'Milliseconds' },
        ],
      }),
    );
    const stats = await cw.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Latency',
        Dimensions: dims,
        StartTime: at(0),
        EndTime: at(4),
        Period: 60,
        Statistics: ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'],
      }),
    );
    assert.equal(stats.Label, 'Latency');
    const points = stats.Datapoints!.sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime());
    assert.deepEqual(
      points.map((p) => [p.Timestamp!.getTime() - base, p.SampleCount, p.Sum, p.Average, p.Minimum, p.Maximum, p.Unit]),
      [
        [0, 5, 180, 36, 10, 100, 'Milliseconds'],
        [MINUTE, 4, 200, 50, 20, 80, 'Milliseconds'],
        [3 * MINUTE, 1, 7, 7, 7, 7, 'Milliseconds'],
      ],
    );
    const wide = await cw.send(
      new GetMetricStatisticsCommand({ Namespace: 'Shop', MetricName: 'Latency', Dimensions: dims, StartTime: at(0), EndTime: at(4), Period: 240, Statistics: ['Sum'] }),
    );
    assert.deepEqual(wide.Datapoints?.map((p) => p.Sum), [387]);

    const percentiles = await cw.send(
      new GetMetricStatisticsCommand({ Namespace: 'Shop', MetricName: 'Latency', Dimensions: dims, StartTime: at(0), EndTime: at(1), Period: 60, ExtendedStatistics: ['p50', 'p99', 'p100'] }),
    );
    assert.deepEqual(percentiles.Datapoints?.[0].ExtendedStatistics, { p50: 20, p99: 100, p100: 100 });
    assert.equal(percentiles.Datapoints?.[0].Sum, undefined);

    const otherUnit = await cw.send(
      new GetMetricStatisticsCommand({ Namespace: 'Shop', MetricName: 'Latency', Dimensions: dims, StartTime: at(0), EndTime: at(4), Period: 60, Statistics: ['Sum'], Unit: 'Seconds' }),
    );
    assert.deepEqual(otherUnit.Datapoints, []);
    // Dimensions are part of the metric's identity.
    const noDims = await cw.send(new GetMetricStatisticsCommand({ Namespace: 'Shop', MetricName: 'Latency', StartTime: at(0), EndTime: at(4), Period: 60, Statistics: ['Sum'] }));
    assert.deepEqual(noDims.Datapoints, []);
  });

  test('high-resolution data keeps its seconds; standard resolution is stored per minute', async () => {
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'HiRes',
        MetricData: [
          { MetricName: 'Ticks', Timestamp: at(0, 1), Value: 1, StorageResolution: 1 },
          { MetricName: 'Ticks', Timestamp: at(0, 12), Value: 2, StorageResolution: 1 },
          { MetricName: 'Minutes', Timestamp: at(0, 1), Value: 1 },
          { MetricName: 'Minutes', Timestamp: at(0, 12), Value: 2 },
        ],
      }),
    );
    const ticks = await cw.send(new GetMetricStatisticsCommand({ Namespace: 'HiRes', MetricName: 'Ticks', StartTime: at(0), EndTime: at(1), Period: 10, Statistics: ['Sum'] }));
    assert.deepEqual(ticks.Datapoints?.map((p) => [p.Timestamp!.getTime() - base, p.Sum]).sort(), [[0, 1], [10_000, 2]]);
    const minutes = await cw.send(new GetMetricStatisticsCommand({ Namespace: 'HiRes', MetricName: 'Minutes', StartTime: at(0), EndTime: at(1), Period: 10, Statistics: ['Sum'] }));
    assert.deepEqual(minutes.Datapoints?.map((p) => [p.Timestamp!.getTime() - base, p.Sum]), [[0, 3]]);
  });

  test('PutMetricData validation in AWS’s words', async () => {
    const now = cloud.clock.now();
    const cases: Array<[PutMetricDataCommand, string, string]> = [
      [new PutMetricDataCommand({ Namespace: 'AWS/EC2', MetricData: [{ MetricName: 'x', Value: 1 }] }), 'InvalidParameterValueException', 'The value AWS/EC2 for parameter Namespace is invalid.'],
      [new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'x' }] }), 'InvalidParameterCombinationException', 'At least one of the parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues must be specified.'],
      [
        new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'x', Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }] }),
        'InvalidParameterCombinationException',
        'The parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues are mutually exclusive and you have specified both.',
      ],
      [
        new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'ok', Value: 1 }, { MetricName: 'x', Value: 1, Timestamp: new Date(now - 15 * 86_400_000) }] }),
        'InvalidParameterValueException',
        'The parameter MetricData.member.2.Timestamp must specify a time within the past two weeks.',
      ],
      [
        new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'x', Value: 1, Timestamp: new Date(now + 3 * 3_600_000) }] }),
        'InvalidParameterValueException',
        'The parameter MetricData.member.1.Timestamp must specify a time no more than two hours in the future.',
      ],
      [new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'x', Value: 1, StorageResolution: 5 }] }), 'InvalidParameterValueException', 'The parameter MetricData.member.1.StorageResolution must be either 1 or 60.'],
      [new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'x', Values: [1, 2], Counts: [1] }] }), 'InvalidParameterValueException', 'The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.'],
      [new PutMetricDataCommand({ Namespace: 'N', MetricData: [] }), 'MissingRequiredParameterException', 'The parameter MetricData is required.'],
      [
        new PutMetricDataCommand({ Namespace: 'N', MetricData: [{ MetricName: 'x', Value: 1, Dimensions: Array.from({ length: 31 }, (_, i) => ({ Name: `d${i}`, Value: 'v' })) }] }),
        'ValidationException',
        '',
      ],
    ];
    for (const [command, name, message] of cases) {
      const error = await expectAwsError(cw.send(command));
      assert.equal(error.name, name, message);
      if (message) assert.equal(error.message, message);
      assert.equal(error.$metadata.httpStatusCode, 400);
    }
    await expectAwsError(cw.send(new PutMetricDataCommand({ Namespace: 'AWS/EC2', MetricData: [{ MetricName: 'x', Value: 1 }] })), { code: 'InvalidParameterValue' });
    // Nothing of a rejected request is stored, even its valid data.
    const ok = await cw.send(new ListMetricsCommand({ Namespace: 'N', MetricName: 'ok' }));
    assert.deepEqual(ok.Metrics, []);
  });

  test('a gzip’d PutMetricData body (requestcompression) is accepted', async () => {
    const payload = JSON.stringify({ Namespace: 'Zipped', MetricData: [{ MetricName: 'Bytes', Value: 42 }] });
    const response = await fetch(cloud.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'GraniteServiceVersion20100801.PutMetricData',
        'content-encoding': 'gzip',
      },
      body: gzipSync(payload),
    });
    assert.equal(response.status, 200, await response.text());
    const listed = await cw.send(new ListMetricsCommand({ Namespace: 'Zipped' }));
    assert.deepEqual(listed.Metrics?.map((m) => m.MetricName), ['Bytes']);
  });

  test('GetMetricStatistics validation: statistics, period, range, datapoint limit', async () => {
    const base = { Namespace: 'Shop', MetricName: 'Latency', StartTime: at(0), EndTime: at(60) };
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ ...base, Period: 60 })), { name: 'InvalidParameterCombinationException', message: 'Must specify either Statistics or ExtendedStatistics, but not both.' });
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ ...base, Period: 45, Statistics: ['Sum'] })), { message: 'The parameter Period must be 1, 5, 10, 20, 30, or a multiple of 60.' });
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ ...base, StartTime: at(5), EndTime: at(1), Period: 60, Statistics: ['Sum'] })), { message: 'The parameter StartTime must be less than the parameter EndTime.' });
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ ...base, StartTime: at(-1441), EndTime: at(0), Period: 60, Statistics: ['Sum'] })), { name: 'InvalidParameterCombinationException', message: 'You have requested up to 1441 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.' });
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ ...base, Period: 60, Statistics: ['Median' as 'Sum'] })), { name: 'InvalidParameterValueException', message: 'The parameter Statistics.member.1.<list element> must be a value in the set [SampleCount, Average, Sum, Minimum, Maximum].' });
  });

  test('ListMetrics: filters by namespace, name and dimensions, recently active, two-week window', async () => {
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'Fleet',
        MetricData: [
          { MetricName: 'CPU', Dimensions: [{ Name: 'Host', Value: 'a' }, { Name: 'Az', Value: '1a' }], Value: 1 },
          { MetricName: 'CPU', Dimensions: [{ Name: 'Host', Value: 'b' }], Value: 1 },
          { MetricName: 'Memory', Dimensions: [{ Name: 'Host', Value: 'a' }], Value: 1 },
        ],
      }),
    );
    const fleet = await cw.send(new ListMetricsCommand({ Namespace: 'Fleet' }));
    assert.equal(fleet.Metrics?.length, 3);
    // Dimensions come back in a canonical order, whatever order they were sent in.
    assert.deepEqual(fleet.Metrics?.find((m) => m.Dimensions?.length === 2)?.Dimensions, [{ Name: 'Az', Value: '1a' }, { Name: 'Host', Value: 'a' }]);
    const hostA = await cw.send(new ListMetricsCommand({ Namespace: 'Fleet', Dimensions: [{ Name: 'Host', Value: 'a' }] }));
    assert.deepEqual(hostA.Metrics?.map((m) => m.MetricName).sort(), ['CPU', 'Memory']);
    const withAz = await cw.send(new ListMetricsCommand({ Dimensions: [{ Name: 'Az' }] }));
    assert.deepEqual(withAz.Metrics?.map((m) => m.MetricName), ['CPU']);
    const cpu = await cw.send(new ListMetricsCommand({ MetricName: 'CPU', Namespace: 'Fleet' }));
    assert.equal(cpu.Metrics?.length, 2);

    await advanceClock(cloud, '4h');
    await cw.send(new PutMetricDataCommand({ Namespace: 'Fleet', MetricData: [{ MetricName: 'Memory', Dimensions: [{ Name: 'Host', Value: 'a' }], Value: 2 }] }));
    const recent = await cw.send(new ListMetricsCommand({ Namespace: 'Fleet', RecentlyActive: 'PT3H' }));
    assert.deepEqual(recent.Metrics?.map((m) => m.MetricName), ['Memory']);
    await advanceClock(cloud, '15d');
    assert.deepEqual((await cw.send(new ListMetricsCommand({ Namespace: 'Fleet' }))).Metrics, []);
    base = Math.floor(cloud.clock.now() / (60 * MINUTE)) * 60 * MINUTE - 2 * 60 * MINUTE;
  });

  test('GetMetricData: MetricStat queries and metric math', async () => {
    const put = (name: string, values: Array<[number, number]>) =>
      cw.send(new PutMetricDataCommand({ Namespace: 'Math', MetricData: values.map(([minute, value]) => ({ MetricName: name, Timestamp: at(minute), Value: value })) }));
    await put('Requests', [[0, 100], [1, 200], [2, 300], [4, 400]]);
    await put('Errors', [[0, 5], [1, 20], [2, 0], [4, 40]]);
    const stat = (id: string, name: string, extra: Partial<MetricDataQuery> = {}): MetricDataQuery => ({
      Id: id,
      MetricStat: { Metric: { Namespace: 'Math', MetricName: name }, Period: 60, Stat: 'Sum' },
      ReturnData: false,
      ...extra,
    });
    const query = async (expressions: Record<string, string>, extra: MetricDataQuery[] = []) => {
      const out = await cw.send(
        new GetMetricDataCommand({
          StartTime: at(0),
          EndTime: at(5),
          ScanBy: 'TimestampAscending',
          MetricDataQueries: [stat('req', 'Requests'), stat('err', 'Errors'), ...extra, ...Object.entries(expressions).map(([Id, Expression]) => ({ Id, Expression }))],
        }),
      );
      return Object.fromEntries(out.MetricDataResults!.map((r) => [r.Id, r.Timestamps!.map((t, i) => [(t.getTime() - base) / MINUTE, r.Values![i]])]));
    };

    const direct = await cw.send(
      new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MetricDataQueries: [stat('req', 'Requests', { ReturnData: true, Label: 'requests' })] }),
    );
    assert.equal(direct.MetricDataResults![0].Label, 'requests');
    assert.equal(direct.MetricDataResults![0].StatusCode, 'Complete');
    assert.deepEqual(direct.MetricDataResults![0].Values, [400, 300, 200, 100], 'newest first by default');

    let out = await query({ rate: 'err / req * 100', both: 'req + err' });
    assert.deepEqual(out.rate, [[0, 5], [1, 10], [2, 0], [4, 10]]);
    assert.deepEqual(out.both, [[0, 105], [1, 220], [2, 300], [4, 440]]);
    assert.equal(out.req, undefined, 'ReturnData false hides a query');

    out = await query({ total: 'SUM(METRICS())', biggest: 'MAX([req, err])', avg: 'AVG(req)' });
    assert.deepEqual(out.total, [[0, 105], [1, 220], [2, 300], [4, 440]]);
    assert.deepEqual(out.biggest, [[0, 100], [1, 200], [2, 300], [4, 400]]);
    assert.deepEqual(out.avg, [[0, 250], [1, 250], [2, 250], [3, 250], [4, 250]], 'a scalar is shown at every period');

    out = await query({ filled: 'FILL(req, 0)', repeated: 'FILL(req, REPEAT)', linear: 'FILL(req, LINEAR)' });
    assert.deepEqual(out.filled, [[0, 100], [1, 200], [2, 300], [3, 0], [4, 400]]);
    assert.deepEqual(out.repeated, [[0, 100], [1, 200], [2, 300], [3, 300], [4, 400]]);
    assert.deepEqual(out.linear, [[0, 100], [1, 200], [2, 300], [3, 350], [4, 400]]);

    out = await query({ perSecond: 'RATE(req)', flagged: 'IF(err > 10, 1, 0)', onlyHigh: 'IF(err > 10, err)' });
    assert.deepEqual(out.perSecond, [[1, 100 / 60], [2, 100 / 60], [4, 100 / 120]]);
    assert.deepEqual(out.flagged, [[0, 0], [1, 1], [2, 0], [4, 1]]);
    assert.deepEqual(out.onlyHigh, [[1, 20], [4, 40]]);

    const searched = await cw.send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(5),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [{ Id: 's', Expression: "SEARCH('{Math} MetricName=\"Errors\"', 'Sum', 60)" }, { Id: 'all', Expression: "SUM(SEARCH('Math', 'Sum', 60))" }],
      }),
    );
    const s = searched.MetricDataResults!.filter((r) => r.Id === 's');
    assert.equal(s.length, 1);
    assert.equal(s[0].Label, 'Errors');
    assert.deepEqual(s[0].Values, [5, 20, 0, 40]);
    assert.deepEqual(searched.MetricDataResults!.find((r) => r.Id === 'all')!.Values, [105, 220, 300, 440]);

    // code: the query code, from x-amzn-query-error.
    await expectAwsError(cw.send(new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MetricDataQueries: [{ Id: 'e1', Expression: 'NOPE(m1)' }] })), { name: 'ValidationException', message: 'Error in expression e1: Unrecognized function NOPE', code: 'ValidationError' });
    await expectAwsError(cw.send(new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MetricDataQueries: [{ Id: 'e1', Expression: 'm9 * 2' }] })), { message: 'Error in expression e1: Unrecognized identifier m9' });
    await expectAwsError(cw.send(new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MetricDataQueries: [{ Id: 'Bad', Expression: '1' }] })), { message: 'The value Bad for parameter MetricDataQueries.member.1.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.' });
    await expectAwsError(cw.send(new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MetricDataQueries: [stat('m', 'Errors', { MetricStat: { Metric: { Namespace: 'Math', MetricName: 'Errors' }, Period: 60, Stat: 'Median' } })] })), { message: 'The value for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.' });

    const paged = await cw.send(new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MaxDatapoints: 3, MetricDataQueries: [stat('req', 'Requests', { ReturnData: true })] }));
    assert.deepEqual(paged.MetricDataResults?.[0].Values, [400, 300, 200]);
    assert.equal(paged.MetricDataResults?.[0].StatusCode, 'PartialData');
    const next = await cw.send(new GetMetricDataCommand({ StartTime: at(0), EndTime: at(5), MaxDatapoints: 3, NextToken: paged.NextToken, MetricDataQueries: [stat('req', 'Requests', { ReturnData: true })] }));
    assert.deepEqual(next.MetricDataResults?.[0].Values, [100]);
    assert.equal(next.NextToken, undefined);
  });

  test('the module API publishes AWS/<Service> metrics for other services and reads them back', async () => {
    const api = await cloud.runtime.api<CloudWatchApi>('cloudwatch');
    const now = cloud.clock.now();
    api.putMetricData({
      account: '000000000000',
      region: 'us-east-1',
      namespace: 'AWS/Lambda',
      metricData: [
        { metricName: 'Invocations', dimensions: [{ name: 'FunctionName', value: 'fn' }], value: 1, unit: 'Count', timestamp: now },
        { metricName: 'Duration', dimensions: [{ name: 'FunctionName', value: 'fn' }], values: [12, 30], unit: 'Milliseconds', timestamp: now },
      ],
    });
    const listed = await cw.send(new ListMetricsCommand({ Namespace: 'AWS/Lambda' }));
    assert.deepEqual(listed.Metrics?.map((m) => m.MetricName).sort(), ['Duration', 'Invocations']);
    const read = api.getStatistic({
      account: '000000000000',
      region: 'us-east-1',
      namespace: 'AWS/Lambda',
      metricName: 'Duration',
      dimensions: [{ name: 'FunctionName', value: 'fn' }],
      statistic: 'Maximum',
      period: 60,
      start: now - MINUTE,
      end: now + MINUTE,
    });
    assert.deepEqual(read.map((p) => p.value), [30]);
  });
});
