import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteMetricFilterCommand,
  DescribeLogGroupsCommand,
  DescribeMetricFiltersCommand,
  PutLogEventsCommand,
  PutMetricFilterCommand,
  TestMetricFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs metric filters (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let cloudwatch: CloudWatchClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    cloudwatch.destroy();
    await cloud.close();
  });

  async function sum(namespace: string, metricName: string, dimensions?: Array<{ Name: string; Value: string }>, statistic: 'Sum' | 'SampleCount' | 'Average' = 'Sum') {
    const now = cloud.clock.now();
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({ Namespace: namespace, MetricName: metricName, Dimensions: dimensions, StartTime: new Date(now - 3_600_000), EndTime: new Date(now + 60_000), Period: 3600, Statistics: [statistic] }),
    );
    return stats.Datapoints?.reduce((total, d) => total + (d[statistic] ?? 0), 0) ?? 0;
  }

  test('put, describe, test and delete metric filters', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'mf-admin' }));
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: 'mf-admin',
        filterName: 'errors',
        filterPattern: 'ERROR',
        metricTransformations: [{ metricName: 'ErrorCount', metricNamespace: 'App', metricValue: '1', defaultValue: 0 }],
      }),
    );
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: 'mf-admin',
        filterName: 'latency',
        filterPattern: '{ $.latency > 0 }',
        metricTransformations: [{ metricName: 'Latency', metricNamespace: 'App', metricValue: '$.latency', unit: 'Milliseconds', dimensions: { Path: '$.path' } }],
      }),
    );
    const described = await logs.send(new DescribeMetricFiltersCommand({ logGroupName: 'mf-admin' }));
    assert.deepEqual(described.metricFilters?.map((f) => [f.filterName, f.filterPattern, f.logGroupName]), [
      ['errors', 'ERROR', 'mf-admin'],
      ['latency', '{ $.latency > 0 }', 'mf-admin'],
    ]);
    assert.deepEqual(described.metricFilters![1].metricTransformations, [
      { metricName: 'Latency', metricNamespace: 'App', metricValue: '$.latency', unit: 'Milliseconds', dimensions: { Path: '$.path' } },
    ]);
    assert.ok(described.metricFilters![0].creationTime! > 0);
    const byMetric = await logs.send(new DescribeMetricFiltersCommand({ metricName: 'Latency', metricNamespace: 'App' }));
    assert.deepEqual(byMetric.metricFilters?.map((f) => f.filterName), ['latency']);
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'mf-admin' }))).logGroups![0].metricFilterCount, 2);

    const tested = await logs.send(
      new TestMetricFilterCommand({
        filterPattern: '[ip, user, status = 5*, bytes]',
        logEventMessages: ['10.0.0.1 bob 200 512', '10.0.0.2 eve 503 0', '10.0.0.3 ann 500 12'],
      }),
    );
    assert.deepEqual(tested.matches, [
      { eventNumber: 2, eventMessage: '10.0.0.2 eve 503 0', extractedValues: { $ip: '10.0.0.2', $user: 'eve', $status: '503', $bytes: '0' } },
      { eventNumber: 3, eventMessage: '10.0.0.3 ann 500 12', extractedValues: { $ip: '10.0.0.3', $user: 'ann', $status: '500', $bytes: '12' } },
    ]);

    await expectAwsError(
      logs.send(new PutMetricFilterCommand({ logGroupName: 'mf-admin', filterName: 'x', filterPattern: 'ERROR', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '$.nope' }] })),
      { name: 'InvalidParameterException' },
    );
    await expectAwsError(
      logs.send(
        new PutMetricFilterCommand({
          logGroupName: 'mf-admin',
          filterName: 'x',
          filterPattern: '[a, b, c, d]',
          metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1', dimensions: { A: '$a', B: '$b', C: '$c', D: '$d' } }],
        }),
      ),
      { message: 'A metric filter can have at most 3 dimensions.' },
    );

    await logs.send(new DeleteMetricFilterCommand({ logGroupName: 'mf-admin', filterName: 'errors' }));
    await expectAwsError(logs.send(new DeleteMetricFilterCommand({ logGroupName: 'mf-admin', filterName: 'errors' })), { name: 'ResourceNotFoundException', message: 'The specified metric filter does not exist.' });
  });

  test('matching events publish metrics with values, dimensions and units; not retroactively', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'mf-live' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'mf-live', logStreamName: 's' }));
    const put = (messages: string[]) =>
      logs.send(new PutLogEventsCommand({ logGroupName: 'mf-live', logStreamName: 's', logEvents: messages.map((message) => ({ timestamp: cloud.clock.now(), message })) }));

    // Events from before a filter exists never count.
    await put(['{"level":"ERROR","latency":100,"path":"/a"}', '{"level":"ERROR","latency":200,"path":"/b"}']);
    await advanceClock(cloud, '2m');
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: 'mf-live',
        filterName: 'latency-by-path',
        filterPattern: '{ $.latency > 0 }',
        metricTransformations: [{ metricName: 'Latency', metricNamespace: 'Live', metricValue: '$.latency', unit: 'Milliseconds', dimensions: { Path: '$.path' } }],
      }),
    );
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: 'mf-live',
        filterName: 'errors',
        filterPattern: '{ $.level = "ERROR" }',
        metricTransformations: [{ metricName: 'Errors', metricNamespace: 'Live', metricValue: '1', defaultValue: 0 }],
      }),
    );
    assert.equal(await sum('Live', 'Errors'), 0);
    assert.deepEqual((await cloudwatch.send(new ListMetricsCommand({ Namespace: 'Live' }))).Metrics, []);

    await put(['{"level":"ERROR","latency":30,"path":"/a"}', '{"level":"INFO","latency":50,"path":"/a"}', '{"level":"ERROR","latency":70,"path":"/b"}']);
    assert.equal(await sum('Live', 'Errors'), 2);
    assert.equal(await sum('Live', 'Latency', [{ Name: 'Path', Value: '/a' }]), 80);
    assert.equal(await sum('Live', 'Latency', [{ Name: 'Path', Value: '/a' }], 'SampleCount'), 2);
    assert.equal(await sum('Live', 'Latency', [{ Name: 'Path', Value: '/b' }]), 70);
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Live',
        MetricName: 'Latency',
        Dimensions: [{ Name: 'Path', Value: '/b' }],
        StartTime: new Date(cloud.clock.now() - 600_000),
        EndTime: new Date(cloud.clock.now() + 60_000),
        Period: 60,
        Statistics: ['Maximum'],
      }),
    );
    assert.equal(stats.Datapoints?.[0].Unit, 'Milliseconds');

    // A batch without a match reports the default value.
    await advanceClock(cloud, '1m');
    await put(['{"level":"INFO","latency":5,"path":"/c"}']);
    assert.equal(await sum('Live', 'Errors', undefined, 'SampleCount'), 3);
    assert.equal(await sum('Live', 'Errors'), 2);
    const names = (await cloudwatch.send(new ListMetricsCommand({ Namespace: 'Live' }))).Metrics?.map((m) => `${m.MetricName}${m.Dimensions?.map((d) => `:${d.Value}`).join('')}`);
    assert.deepEqual(names?.sort(), ['Errors', 'Latency:/a', 'Latency:/b', 'Latency:/c']);
  });

  test('the chain from the notes: log events → metric filter → metric → alarm → ALARM with history', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/ec2/app' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/ec2/app', logStreamName: 'i-0abc' }));
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: '/ec2/app',
        filterName: 'error-count',
        filterPattern: 'ERROR',
        metricTransformations: [{ metricName: 'ErrorCount', metricNamespace: 'EC2App', metricValue: '1' }],
      }),
    );
    // "If we count five times error in less than a minute in your logs, you may want to know about it."
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'five-errors-a-minute',
        Namespace: 'EC2App',
        MetricName: 'ErrorCount',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 5,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      }),
    );
    let alarm = (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['five-errors-a-minute'] }))).MetricAlarms![0];
    assert.equal(alarm.StateValue, 'INSUFFICIENT_DATA');
    assert.equal(alarm.StateReason, 'Unchecked: Initial alarm creation');

    // Four errors: the next evaluation finds the alarm OK.
    const errors = (n: number) =>
      logs.send(
        new PutLogEventsCommand({
          logGroupName: '/ec2/app',
          logStreamName: 'i-0abc',
          logEvents: Array.from({ length: n }, (_, i) => ({ timestamp: cloud.clock.now(), message: `ERROR request ${i} failed` })),
        }),
      );
    await errors(4);
    await advanceClock(cloud, '1m');
    alarm = (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['five-errors-a-minute'] }))).MetricAlarms![0];
    assert.equal(alarm.StateValue, 'OK');

    // Five within a minute: ALARM at the next evaluation.
    await errors(5);
    await advanceClock(cloud, '1m');
    alarm = (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['five-errors-a-minute'] }))).MetricAlarms![0];
    assert.equal(alarm.StateValue, 'ALARM');
    assert.match(alarm.StateReason!, /^Threshold Crossed: 1 datapoint \[5\.0 \(\d\d\/\d\d\/\d\d \d\d:\d\d:00\)\] was greater than or equal to the threshold \(5\.0\)\.$/);
    const reasonData = JSON.parse(alarm.StateReasonData!);
    assert.equal(reasonData.statistic, 'Sum');
    assert.equal(reasonData.period, 60);
    assert.deepEqual(reasonData.recentDatapoints, [5]);
    assert.equal(reasonData.threshold, 5);

    const history = await cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'five-errors-a-minute', HistoryItemType: 'StateUpdate' }));
    assert.deepEqual(history.AlarmHistoryItems?.map((h) => h.HistorySummary), ['Alarm updated from OK to ALARM', 'Alarm updated from INSUFFICIENT_DATA to OK']);
    const latest = JSON.parse(history.AlarmHistoryItems![0].HistoryData!);
    assert.equal(latest.oldState.stateValue, 'OK');
    assert.equal(latest.newState.stateValue, 'ALARM');
    assert.equal(latest.newState.stateReason, alarm.StateReason);

    // A quiet minute after: still ALARM, as AWS re-evaluates the newest datapoints of the evaluation range
    // (3 periods here) while they remain in it; once the 5 has left the range, missing data is not breaching: OK.
    await advanceClock(cloud, '1m');
    alarm = (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['five-errors-a-minute'] }))).MetricAlarms![0];
    assert.equal(alarm.StateValue, 'ALARM');
    await advanceClock(cloud, '2m');
    alarm = (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['five-errors-a-minute'] }))).MetricAlarms![0];
    assert.equal(alarm.StateValue, 'OK');
  });
});
