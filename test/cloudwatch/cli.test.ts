import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, AWS_CLI, startTestCloud } from '../support/cloud.js';

/**
 * CloudWatch through the AWS CLI v2 from Debian (2.9), which speaks the query
 * protocol to CloudWatch: form-encoded requests, XML answers, query codes.
 */
describe('CloudWatch through the AWS CLI v2 (query protocol)', () => {
  let cloud: Cloud;
  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package`);
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('metrics: put, list, statistics and metric data with math', async () => {
    const minute = Math.floor(cloud.clock.now() / 60_000) * 60_000 - 10 * 60_000;
    const iso = (offset: number) => new Date(minute + offset).toISOString();
    const data = JSON.stringify([
      { MetricName: 'Orders', Dimensions: [{ Name: 'Shop', Value: 'eu' }], Timestamp: iso(0), Value: 3, Unit: 'Count' },
      { MetricName: 'Orders', Dimensions: [{ Name: 'Shop', Value: 'eu' }], Timestamp: iso(60_000), Values: [1, 2], Counts: [2, 1], Unit: 'Count' },
    ]);
    const put = await aws(cloud, ['cloudwatch', 'put-metric-data', '--namespace', 'Store', '--metric-data', data]);
    assert.equal(put.code, 0, put.stderr);

    const listed = await aws(cloud, ['cloudwatch', 'list-metrics', '--namespace', 'Store']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(listed.json.Metrics, [{ Namespace: 'Store', MetricName: 'Orders', Dimensions: [{ Name: 'Shop', Value: 'eu' }] }]);

    const stats = await aws(cloud, [
      'cloudwatch', 'get-metric-statistics', '--namespace', 'Store', '--metric-name', 'Orders', '--dimensions', 'Name=Shop,Value=eu',
      '--start-time', iso(0), '--end-time', iso(120_000), '--period', '60', '--statistics', 'Sum', 'SampleCount', '--extended-statistics', 'p50',
    ]);
    assert.equal(stats.code, 254, 'Statistics and ExtendedStatistics together are refused');
    assert.match(stats.stderr, /InvalidParameterCombination.*Must specify either Statistics or ExtendedStatistics, but not both\./);
    const sums = await aws(cloud, [
      'cloudwatch', 'get-metric-statistics', '--namespace', 'Store', '--metric-name', 'Orders', '--dimensions', 'Name=Shop,Value=eu',
      '--start-time', iso(0), '--end-time', iso(120_000), '--period', '60', '--statistics', 'Sum', 'SampleCount',
    ]);
    assert.equal(sums.code, 0, sums.stderr);
    assert.equal(sums.json.Label, 'Orders');
    const points = sums.json.Datapoints.sort((a: { Timestamp: string }, b: { Timestamp: string }) => a.Timestamp.localeCompare(b.Timestamp));
    assert.deepEqual(points.map((p: { Sum: number; SampleCount: number; Unit: string }) => [p.Sum, p.SampleCount, p.Unit]), [[3, 1, 'Count'], [4, 3, 'Count']]);

    const queries = JSON.stringify([
      { Id: 'orders', MetricStat: { Metric: { Namespace: 'Store', MetricName: 'Orders', Dimensions: [{ Name: 'Shop', Value: 'eu' }] }, Period: 60, Stat: 'Sum' }, ReturnData: false },
      { Id: 'doubled', Expression: 'orders * 2', Label: 'twice' },
    ]);
    const metricData = await aws(cloud, ['cloudwatch', 'get-metric-data', '--metric-data-queries', queries, '--start-time', iso(0), '--end-time', iso(120_000), '--scan-by', 'TimestampAscending']);
    assert.equal(metricData.code, 0, metricData.stderr);
    assert.deepEqual(metricData.json.MetricDataResults.map((r: { Id: string; Label: string; Values: number[]; StatusCode: string }) => [r.Id, r.Label, r.Values, r.StatusCode]), [
      ['doubled', 'twice', [6, 8], 'Complete'],
    ]);
  });

  test('alarms: put-metric-alarm, set-alarm-state from the notes, describe and history', async () => {
    const created = await aws(cloud, [
      'cloudwatch', 'put-metric-alarm', '--alarm-name', 'myalarm', '--namespace', 'Store', '--metric-name', 'Orders',
      '--dimensions', 'Name=Shop,Value=eu', '--statistic', 'Sum', '--period', '60', '--evaluation-periods', '3', '--datapoints-to-alarm', '2',
      '--threshold', '100', '--comparison-operator', 'GreaterThanThreshold', '--alarm-actions', 'arn:aws:sns:us-east-1:000000000000:ops',
    ]);
    assert.equal(created.code, 0, created.stderr);
    // Just past a minute boundary, so the next evaluation (which reverts a set state) is a minute of real time away:
    // CLI runs take seconds each on a loaded machine.
    const now = cloud.clock.now();
    await advanceClock(cloud, Math.floor(now / 60_000) * 60_000 + 60_001 - now);
    const set = await aws(cloud, ['cloudwatch', 'set-alarm-state', '--alarm-name', 'myalarm', '--state-value', 'ALARM', '--state-reason', 'testing purposes']);
    assert.equal(set.code, 0, set.stderr);

    const described = await aws(cloud, ['cloudwatch', 'describe-alarms', '--alarm-names', 'myalarm']);
    assert.equal(described.code, 0, described.stderr);
    const alarm = described.json.MetricAlarms[0];
    assert.equal(alarm.StateValue, 'ALARM');
    assert.equal(alarm.StateReason, 'testing purposes');
    assert.equal(alarm.EvaluationPeriods, 3);
    assert.equal(alarm.DatapointsToAlarm, 2);
    assert.equal(alarm.Threshold, 100);
    assert.deepEqual(alarm.AlarmActions, ['arn:aws:sns:us-east-1:000000000000:ops']);
    assert.deepEqual(alarm.Dimensions, [{ Name: 'Shop', Value: 'eu' }]);
    assert.equal(alarm.AlarmArn, 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:myalarm');

    const history = await aws(cloud, ['cloudwatch', 'describe-alarm-history', '--alarm-name', 'myalarm', '--history-item-type', 'StateUpdate']);
    assert.equal(history.code, 0, history.stderr);
    assert.deepEqual(history.json.AlarmHistoryItems.map((h: { HistorySummary: string }) => h.HistorySummary), ['Alarm updated from INSUFFICIENT_DATA to ALARM']);
    // The SNS action fails (no topic `ops` exists) and the history says so.
    const actions = await aws(cloud, ['cloudwatch', 'describe-alarm-history', '--alarm-name', 'myalarm', '--history-item-type', 'Action']);
    assert.match(actions.json.AlarmHistoryItems[0].HistorySummary, /^Failed to execute action arn:aws:sns:us-east-1:000000000000:ops\./);
  });

  test('errors carry the query codes', async () => {
    const reserved = await aws(cloud, ['cloudwatch', 'put-metric-data', '--namespace', 'AWS/EC2', '--metric-name', 'x', '--value', '1']);
    assert.equal(reserved.code, 254);
    assert.match(reserved.stderr, /An error occurred \(InvalidParameterValue\) when calling the PutMetricData operation.*: The value AWS\/EC2 for parameter Namespace is invalid\./);
    const missing = await aws(cloud, ['cloudwatch', 'set-alarm-state', '--alarm-name', 'nope', '--state-value', 'OK', '--state-reason', 'x']);
    assert.match(missing.stderr, /\(ResourceNotFound\).*: Alarm nope not found/);
    const period = await aws(cloud, [
      'cloudwatch', 'put-metric-alarm', '--alarm-name', 'bad', '--namespace', 'N', '--metric-name', 'M', '--statistic', 'Sum',
      '--period', '45', '--evaluation-periods', '1', '--threshold', '1', '--comparison-operator', 'GreaterThanThreshold',
    ]);
    assert.match(period.stderr, /\(ValidationError\).*: The parameter Period must be 10, 20, 30 or a multiple of 60\./);
  });
});
