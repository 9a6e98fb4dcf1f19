import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  GetMetricWidgetImageCommand,
  ListMetricsCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { expectHealthyWithin } from './support.js';

/**
 * Work limits of CloudWatch metrics (issue #11): one GetMetricData of 500
 * TIME_SERIES(1) queries at Period 1 over 28 hours (50.4 million points asked
 * for) used to block the event loop for minutes and end in "JavaScript heap
 * out of memory". A call now returns at most AWS's 100,800 datapoints, sized
 * before any point exists, and the server answers others meanwhile.
 */

const HOUR = 3_600_000;
const MB = 1024 * 1024;

/** Runs `work` while probing /_nimbus/health every 25 ms; reports the slowest probe and the event loop's worst stall. */
async function measured<T>(cloud: Cloud, work: () => Promise<T>): Promise<{ value: T; ms: number; slowestHealthMs: number; maxStallMs: number; rssGrowthMb: number }> {
  // The event loop's stalls: the longest gap between ticks of a 5 ms interval, less the 5 ms.
  let maxStallMs = 0;
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxStallMs = Math.max(maxStallMs, now - lastTick - 5);
    lastTick = now;
  }, 5);
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let slowestHealthMs = 0;
  let running = true;
  const probes = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${cloud.endpoint}/_nimbus/health`);
      assert.equal(response.status, 200);
      await response.arrayBuffer();
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    running = false;
    await probes;
    return { value, ms, slowestHealthMs, maxStallMs, rssGrowthMb: (peakRss - rssBefore) / MB };
  } finally {
    clearInterval(ticker);
    running = false;
    await probes;
  }
}

describe('CloudWatch metrics: work limits (SDK v3, JSON)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  let end: Date;
  let start: Date;

  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
    end = new Date(Math.floor(cloud.clock.now() / HOUR) * HOUR);
    start = new Date(end.getTime() - 28 * HOUR);
    // Load the service (its first request compiles it) so the measurements are of the requests.
    await cw.send(new ListMetricsCommand({}));
  });

  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  const timeSeries = (count: number): MetricDataQuery[] => Array.from({ length: count }, (_, i) => ({ Id: `q${i}`, Expression: 'TIME_SERIES(1)', Period: 1 }));

  /** The attack as sent: one unsigned awsJson1_0 POST, its answer read as text (the client's own parsing is not the server's work). */
  const unsignedGetMetricData = async (body: unknown) => {
    const response = await fetch(cloud.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'GraniteServiceVersion20100801.GetMetricData' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  for (const count of [500, 100]) {
    test(`GetMetricData: ${count} × TIME_SERIES(1) at Period 1 over 28 hours answers at once with a bounded PartialData page`, async () => {
      const body = { MetricDataQueries: timeSeries(count), StartTime: start.getTime() / 1000, EndTime: end.getTime() / 1000 };
      const attack = await measured(cloud, () => unsignedGetMetricData(body));
      console.log(
        `# ${count} queries (${(JSON.stringify(body).length / 1024).toFixed(0)} KB, unsigned): ${attack.ms.toFixed(0)} ms, answer ${(attack.value.text.length / MB).toFixed(1)} MB, ` +
          `RSS +${attack.rssGrowthMb.toFixed(0)} MB, worst stall ${attack.maxStallMs.toFixed(0)} ms, slowest health ${attack.slowestHealthMs.toFixed(0)} ms`,
      );
      assert.equal(attack.value.status, 200, attack.value.text.slice(0, 300));
      assert.ok(attack.ms < 5000, `answered in ${attack.ms.toFixed(0)} ms`);
      assert.ok(attack.maxStallMs < 1000, `the event loop stalled ${attack.maxStallMs.toFixed(0)} ms at most`);
      assert.ok(attack.rssGrowthMb < 300, `RSS grew ${attack.rssGrowthMb.toFixed(0)} MB`);
      // Unloaded, the probes answer in well under 100 ms; the bound leaves room for a shared, busy machine.
      assert.ok(attack.slowestHealthMs < 1000, `health answered within ${attack.slowestHealthMs.toFixed(0)} ms during the request`);
      await expectHealthyWithin(cloud, 100);

      // The same through the SDK: what comes back.
      const out = await cw.send(new GetMetricDataCommand({ MetricDataQueries: timeSeries(count), StartTime: start, EndTime: end }));
      const results = out.MetricDataResults ?? [];
      const returned = results.reduce((n, r) => n + (r.Values?.length ?? 0), 0);
      assert.equal(results.length, count, 'every query answers');
      assert.ok(returned > 0 && returned <= 100_800, `${returned} datapoints, at most AWS's 100,800 a call`);
      assert.ok(results.every((r) => r.StatusCode === 'PartialData'), 'the rest of the range is not there: PartialData');
      assert.equal(out.NextToken, undefined, 'math is not paged (AWS returns no NextToken for expressions)');
      // The newest part of the range, newest first, one point a second.
      const first = results[0];
      assert.equal(first.Timestamps![0].getTime(), end.getTime() - 1000);
      assert.equal(first.Timestamps![1].getTime(), end.getTime() - 2000);
      assert.ok(first.Values!.every((v) => v === 1));
      await expectHealthyWithin(cloud, 100);
    });
  }

  test('GetMetricData: math that fits is complete; MaxDatapoints bounds math too, without a NextToken', async () => {
    const small = await cw.send(new GetMetricDataCommand({ MetricDataQueries: [{ Id: 'one', Expression: 'TIME_SERIES(7)', Period: 60 }], StartTime: new Date(end.getTime() - HOUR), EndTime: end }));
    assert.equal(small.MetricDataResults![0].StatusCode, 'Complete');
    assert.equal(small.MetricDataResults![0].Values!.length, 60);
    const capped = await cw.send(
      new GetMetricDataCommand({ MetricDataQueries: [{ Id: 'one', Expression: 'TIME_SERIES(7)', Period: 60 }], StartTime: new Date(end.getTime() - HOUR), EndTime: end, MaxDatapoints: 10 }),
    );
    assert.equal(capped.MetricDataResults![0].StatusCode, 'PartialData');
    assert.ok(capped.MetricDataResults![0].Values!.length <= 10);
    assert.equal(capped.NextToken, undefined);
  });

  test('GetMetricData: generators and array math (FILL, RUNNING_SUM, METRICS() × METRICS()) stay within the limit', async () => {
    const queries: MetricDataQuery[] = [
      ...Array.from({ length: 50 }, (_, i) => ({ Id: `m${i}`, MetricStat: { Metric: { Namespace: 'Nothing', MetricName: `M${i}` }, Period: 1, Stat: 'Sum' }, ReturnData: false })),
      { Id: 'filled', Expression: 'RUNNING_SUM(FILL(METRICS(), 1))', Period: 1 },
      { Id: 'squared', Expression: 'METRICS() * METRICS()', Period: 1 },
      { Id: 'nested', Expression: 'FILL(FILL(FILL(TIME_SERIES(1) * 2, 0), REPEAT), LINEAR) + RUNNING_SUM(TIME_SERIES(1))', Period: 1 },
    ];
    const run = await measured(cloud, () => cw.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: new Date(end.getTime() - 14 * 24 * HOUR), EndTime: end })));
    const results = run.value.MetricDataResults ?? [];
    const returned = results.reduce((n, r) => n + (r.Values?.length ?? 0), 0);
    console.log(`# array math: ${run.ms.toFixed(0)} ms, ${results.length} series, ${returned} datapoints, RSS +${run.rssGrowthMb.toFixed(0)} MB, worst stall ${run.maxStallMs.toFixed(0)} ms`);
    assert.ok(returned <= 100_800);
    assert.equal(results.filter((r) => r.Id === 'filled').length, 50);
    const nested = results.find((r) => r.Id === 'nested')!;
    assert.equal(nested.StatusCode, 'PartialData');
    assert.ok(nested.Values!.length > 0);
    assert.ok(run.maxStallMs < 1000, `the event loop stalled ${run.maxStallMs.toFixed(0)} ms at most`);
    assert.ok(run.rssGrowthMb < 300, `RSS grew ${run.rssGrowthMb.toFixed(0)} MB`);
    await expectHealthyWithin(cloud, 100);
  });

  test('GetMetricData: 500 MetricStat queries of one dense metric page at 100,800 datapoints a call, a page at a time', async () => {
    // 3,000 one-second datapoints in the newest hour, read by 500 queries at Period 1.
    const now = cloud.clock.now();
    const newest = Math.floor(now / 1000) * 1000;
    for (let batch = 0; batch < 3; batch++) {
      await cw.send(
        new PutMetricDataCommand({
          Namespace: 'Dense',
          MetricData: Array.from({ length: 1000 }, (_, i) => ({ MetricName: 'Ticks', Value: 1, StorageResolution: 1, Timestamp: new Date(newest - (batch * 1000 + i) * 1000) })),
        }),
      );
    }
    const queries: MetricDataQuery[] = Array.from({ length: 500 }, (_, i) => ({ Id: `d${i}`, MetricStat: { Metric: { Namespace: 'Dense', MetricName: 'Ticks' }, Period: 1, Stat: 'Sum' } }));
    const window = { StartTime: new Date(newest - 28 * HOUR), EndTime: new Date(newest + 1000) };
    const run = await measured(cloud, () => cw.send(new GetMetricDataCommand({ MetricDataQueries: queries, ...window })));
    const page = run.value;
    const counted = page.MetricDataResults!.reduce((n, r) => n + r.Values!.length, 0);
    console.log(`# dense MetricStat page: ${run.ms.toFixed(0)} ms, ${counted} datapoints, RSS +${run.rssGrowthMb.toFixed(0)} MB, worst stall ${run.maxStallMs.toFixed(0)} ms`);
    assert.equal(counted, 100_800, 'a full page');
    assert.equal(page.MetricDataResults!.length, 34, '33 complete queries of 3,000 points and part of the 34th');
    assert.equal(page.MetricDataResults![0].StatusCode, 'Complete');
    assert.equal(page.MetricDataResults![33].StatusCode, 'PartialData');
    assert.equal(page.MetricDataResults![33].Values!.length, 100_800 - 33 * 3000);
    assert.ok(page.NextToken, 'MetricStat queries page on');
    assert.ok(run.maxStallMs < 1000, `the event loop stalled ${run.maxStallMs.toFixed(0)} ms at most`);
    assert.ok(run.rssGrowthMb < 300, `RSS grew ${run.rssGrowthMb.toFixed(0)} MB`);

    const next = await cw.send(new GetMetricDataCommand({ MetricDataQueries: queries, ...window, NextToken: page.NextToken }));
    const continued = next.MetricDataResults![0];
    assert.equal(continued.Id, 'd33', 'the next page picks up the query it stopped in');
    assert.equal(continued.Values!.length, 3000 - (100_800 - 33 * 3000));
    assert.ok(continued.Timestamps![0].getTime() < page.MetricDataResults![33].Timestamps!.at(-1)!.getTime(), 'older than the last point returned');
    // Oldest first, a small page at a time: each page starts after the last period of the one before.
    const one = queries.slice(0, 1);
    const first = await cw.send(new GetMetricDataCommand({ MetricDataQueries: one, ...window, ScanBy: 'TimestampAscending', MaxDatapoints: 1000 }));
    const second = await cw.send(new GetMetricDataCommand({ MetricDataQueries: one, ...window, ScanBy: 'TimestampAscending', MaxDatapoints: 1000, NextToken: first.NextToken }));
    const firstTimes = first.MetricDataResults![0].Timestamps!.map((t) => t.getTime());
    const secondTimes = second.MetricDataResults![0].Timestamps!.map((t) => t.getTime());
    assert.equal(firstTimes.length, 1000);
    assert.equal(secondTimes.length, 1000);
    assert.equal(secondTimes[0], firstTimes[999] + 1000, 'no period skipped or repeated');
    assert.ok(second.NextToken);
    await expectAwsError(cw.send(new GetMetricDataCommand({ MetricDataQueries: queries, ...window, NextToken: 'not-a-token' })), { name: 'InvalidNextToken', message: 'The service cannot process the NextToken. The token is invalid or has expired.', status: 400 });
    await expectHealthyWithin(cloud, 100);
  });

  test('GetMetricStatistics: more than 1,440 datapoints is refused before reading, in AWS words; many samples are read in slices', async () => {
    await expectAwsError(
      cw.send(new GetMetricStatisticsCommand({ Namespace: 'Dense', MetricName: 'Ticks', StartTime: new Date(end.getTime() - 24 * HOUR), EndTime: end, Period: 1, Statistics: ['Sum'] })),
      { name: 'InvalidParameterCombinationException', message: 'You have requested up to 86400 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.', status: 400 },
    );

    // Within the limit, a metric with many samples is read in slices: 15,000 samples into two-week periods.
    const now = cloud.clock.now();
    for (let batch = 0; batch < 15; batch++) {
      await cw.send(new PutMetricDataCommand({ Namespace: 'Long', MetricData: Array.from({ length: 1000 }, (_, i) => ({ MetricName: 'Lived', Values: [i % 10], Timestamp: new Date(now - (batch * 1000 + i) * 60_000) })) }));
    }
    const run = await measured(cloud, () =>
      cw.send(new GetMetricStatisticsCommand({ Namespace: 'Long', MetricName: 'Lived', StartTime: new Date(now - 14 * 24 * HOUR), EndTime: new Date(now + 60_000), Period: 14 * 24 * 3600, ExtendedStatistics: ['p50', 'p100'] })),
    );
    console.log(`# GetMetricStatistics over 15,000 samples: ${run.ms.toFixed(0)} ms, worst stall ${run.maxStallMs.toFixed(0)} ms`);
    const points = run.value.Datapoints!;
    assert.ok(points.length >= 1 && points.length <= 2);
    assert.equal(points.reduce((n, p) => n + Object.keys(p.ExtendedStatistics ?? {}).length, 0), 2 * points.length);
    assert.equal(Math.max(...points.map((p) => p.ExtendedStatistics!.p100)), 9);
    const sums = await cw.send(new GetMetricStatisticsCommand({ Namespace: 'Long', MetricName: 'Lived', StartTime: new Date(now - 14 * 24 * HOUR), EndTime: new Date(now + 60_000), Period: 14 * 24 * 3600, Statistics: ['SampleCount', 'Sum'] }));
    assert.equal(sums.Datapoints!.reduce((n, p) => n + p.SampleCount!, 0), 15_000, 'every sample counted once across the slices');
    assert.equal(sums.Datapoints!.reduce((n, p) => n + p.Sum!, 0), 15 * 4500);
    assert.ok(run.maxStallMs < 1000, `the event loop stalled ${run.maxStallMs.toFixed(0)} ms at most`);
  });

  test('SEARCH finds at most 500 metrics and says MaxMetricsExceeded', async () => {
    for (let batch = 0; batch < 2; batch++) {
      await cw.send(new PutMetricDataCommand({ Namespace: 'Many', MetricData: Array.from({ length: 300 }, (_, i) => ({ MetricName: `M${batch * 300 + i}`, Value: 1 })) }));
    }
    const out = await cw.send(
      new GetMetricDataCommand({ MetricDataQueries: [{ Id: 's', Expression: "SEARCH('{Many} Many', 'Sum', 60)", Period: 60 }], StartTime: new Date(cloud.clock.now() - HOUR), EndTime: new Date(cloud.clock.now() + 60_000) }),
    );
    assert.equal(out.MetricDataResults!.length, 500);
    assert.deepEqual(out.Messages, [{ Code: 'MaxMetricsExceeded', Value: 'Maximum number of allowed metrics exceeded. Your search may have been limited.' }]);

    // 500 different searches in one request: together they look at 50,000 metrics at most, then say so.
    const searches: MetricDataQuery[] = Array.from({ length: 500 }, (_, i) => ({ Id: `s${i}`, Expression: `SEARCH('Many MetricName="M${i}"', 'Sum', 60)`, Period: 60 }));
    const run = await measured(cloud, () =>
      cw.send(new GetMetricDataCommand({ MetricDataQueries: searches, StartTime: new Date(cloud.clock.now() - HOUR), EndTime: new Date(cloud.clock.now() + 60_000) })),
    );
    console.log(`# 500 searches over 600 metrics: ${run.ms.toFixed(0)} ms, worst stall ${run.maxStallMs.toFixed(0)} ms`);
    assert.deepEqual(run.value.Messages, [{ Code: 'MaxMetricsExceeded', Value: 'Maximum number of allowed metrics exceeded. Your search may have been limited.' }]);
    assert.equal(run.value.MetricDataResults!.find((r) => r.Id === 's0')?.Label, 'M0', 'the first searches found their metric');
    assert.ok(run.maxStallMs < 1000, `the event loop stalled ${run.maxStallMs.toFixed(0)} ms at most`);
  });

  test('PutMetricData: 1000 metrics a call, MetricData and EntityMetricData together', async () => {
    const datum = (i: number) => ({ MetricName: `E${i}`, Value: 1 });
    await expectAwsError(
      cw.send(new PutMetricDataCommand({ Namespace: 'Entities', MetricData: Array.from({ length: 600 }, (_, i) => datum(i)), EntityMetricData: [{ MetricData: Array.from({ length: 401 }, (_, i) => datum(i)) }] })),
      { name: 'InvalidParameterValueException', message: 'The collection MetricData must not have a size greater than 1000.', status: 400 },
    );
  });

  test('GetMetricWidgetImage: a graph of TIME_SERIES at one second over two weeks draws promptly', async () => {
    const widget = {
      metrics: Array.from({ length: 100 }, (_, i) => [{ expression: 'TIME_SERIES(1)', id: `e${i}`, period: 1 }]),
      start: '-P14D',
      width: 600,
      height: 400,
    };
    const run = await measured(cloud, () => cw.send(new GetMetricWidgetImageCommand({ MetricWidget: JSON.stringify(widget) })));
    console.log(`# widget image: ${run.ms.toFixed(0)} ms, RSS +${run.rssGrowthMb.toFixed(0)} MB, worst stall ${run.maxStallMs.toFixed(0)} ms`);
    assert.equal(Buffer.from(run.value.MetricWidgetImage!).subarray(1, 4).toString(), 'PNG');
    assert.ok(run.maxStallMs < 1000, `the event loop stalled ${run.maxStallMs.toFixed(0)} ms at most`);
    await expectAwsError(cw.send(new GetMetricWidgetImageCommand({ MetricWidget: JSON.stringify({ metrics: Array.from({ length: 501 }, () => ['A', 'B']) }) })), { name: 'ValidationException', message: 'The MetricWidget must not have more than 500 metrics and expressions.' });
    // Values a hair apart at a large magnitude: the y axis still ends.
    await cw.send(new PutMetricDataCommand({ Namespace: 'Close', MetricData: [{ MetricName: 'V', Value: 1e15 }, { MetricName: 'V', Value: 1e15 + 0.125 }] }));
    const close = await cw.send(new GetMetricWidgetImageCommand({ MetricWidget: JSON.stringify({ metrics: [['Close', 'V']], stat: 'Maximum', period: 1, start: '-PT1H' }) }));
    assert.ok(close.MetricWidgetImage!.length > 0);
    await expectHealthyWithin(cloud, 100);
  });

  test('alarms: math too large to build is never evaluated, so the alarm costs nothing a minute; a long history is read a page at a time', async () => {
    // 60 series of 8,641 ten-second periods (a day): over half a million points an evaluation, every ten seconds.
    const expression = Array.from({ length: 30 }, () => 'TIME_SERIES(1)').join(' + ');
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'heavy-math',
        Metrics: [{ Id: 'e1', Expression: expression, Period: 10, ReturnData: true }],
        EvaluationPeriods: 8640,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    const run = await measured(cloud, () => advanceClock(cloud, '5m'));
    console.log(`# 5 minutes of a heavy expression alarm (30 evaluations): ${run.ms.toFixed(0)} ms, worst stall ${run.maxStallMs.toFixed(0)} ms`);
    assert.ok(run.ms < 2000, `five minutes of evaluations took ${run.ms.toFixed(0)} ms`);
    assert.ok(run.maxStallMs < 1000, `the event loop stalled ${run.maxStallMs.toFixed(0)} ms at most`);
    const history = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'heavy-math', MaxRecords: 1 }));
    assert.equal(history.AlarmHistoryItems!.length, 1);
    assert.equal(history.AlarmHistoryItems![0].HistoryItemType, 'ConfigurationUpdate', 'its state never changed');
    assert.equal(history.NextToken, undefined);
    const listed = await cw.send(new ListMetricsCommand({ Namespace: 'Many' }));
    assert.equal(listed.Metrics!.length, 500);
    assert.ok(listed.NextToken);
    const rest = await cw.send(new ListMetricsCommand({ Namespace: 'Many', NextToken: listed.NextToken }));
    assert.equal(rest.Metrics!.length, 100);
    assert.equal(rest.NextToken, undefined);
    await expectHealthyWithin(cloud, 100);
  });

  test('composite alarms in a cycle (which AWS allows) settle within a bounded number of passes instead of recursing until the stack overflows', async () => {
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'cycle-m', MetricName: 'X', Namespace: 'Cycle', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' }));
    await cw.send(new PutCompositeAlarmCommand({ AlarmName: 'cycle-b', AlarmRule: 'NOT ALARM(cycle-m)' }));
    await cw.send(new PutCompositeAlarmCommand({ AlarmName: 'cycle-a', AlarmRule: 'ALARM(cycle-b)' }));
    // b now follows a, and a follows b: b = NOT a, a = b never settles.
    await cw.send(new PutCompositeAlarmCommand({ AlarmName: 'cycle-b', AlarmRule: 'NOT ALARM(cycle-a)' }));
    const changes = async () =>
      (await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'cycle-a', AlarmTypes: ['CompositeAlarm'], HistoryItemType: 'StateUpdate', MaxRecords: 100 }))).AlarmHistoryItems!.length;
    const before = await changes();
    // A change under the cycle: ten passes at most, each flipping the pair once.
    await cw.send(new SetAlarmStateCommand({ AlarmName: 'cycle-m', StateValue: 'ALARM', StateReason: 'test' }));
    const composites = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'cycle-', AlarmTypes: ['CompositeAlarm'] }));
    assert.deepEqual(composites.CompositeAlarms!.map((a) => a.AlarmName), ['cycle-a', 'cycle-b']);
    const after = await changes();
    assert.ok(after - before <= 10, `${after - before} state changes of cycle-a for one change under it`);
    await expectHealthyWithin(cloud, 100);
  });
});
