import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DescribeAlarmContributorsCommand,
  DescribeAlarmsCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('alarms on several time series: contributors (SDK v3, virtual clock)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  const fleetAlarm = (name: string): PutMetricAlarmCommandInput => ({
    AlarmName: name,
    Metrics: [{ Id: 'q1', Expression: 'SELECT MAX(Load) FROM SCHEMA(Fleet, Host) GROUP BY Host', Period: 60, ReturnData: true }],
    EvaluationPeriods: 1,
    Threshold: 50,
    ComparisonOperator: 'GreaterThanThreshold',
  });
  const load = (values: Record<string, number>) =>
    cw.send(new PutMetricDataCommand({ Namespace: 'Fleet', MetricData: Object.entries(values).map(([host, value]) => ({ MetricName: 'Load', Dimensions: [{ Name: 'Host', Value: host }], Value: value })) }));
  const nextMinute = async () => {
    const now = cloud.clock.now();
    await advanceClock(cloud, Math.floor(now / 60_000) * 60_000 + 60_001 - now);
  };
  const alarm = async (name: string) => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms![0];
  const contributors = async (name: string) => (await cw.send(new DescribeAlarmContributorsCommand({ AlarmName: name }))).AlarmContributors!;

  test('each series is judged alone; the alarm is in ALARM while any is, and DescribeAlarmContributors lists those in ALARM', async () => {
    await cw.send(new PutMetricAlarmCommand(fleetAlarm('hot-hosts')));
    await load({ a: 80, b: 90, c: 10 });
    await nextMinute();
    let described = await alarm('hot-hosts');
    assert.equal(described.StateValue, 'ALARM');
    assert.equal(described.StateReason, '2 out of 3 time series evaluated to ALARM');
    let listed = await contributors('hot-hosts');
    assert.deepEqual(listed.map((c) => c.ContributorAttributes), [{ Host: 'a' }, { Host: 'b' }]);
    for (const c of listed) assert.match(c.ContributorId!, /^[0-9a-f]{16}$/);
    assert.match(listed[1].StateReason!, /^Threshold Crossed: 1 datapoint \[90\.0 \(.+\)\] was greater than the threshold \(50\.0\)\.$/);
    const bSince = listed[1].StateTransitionedTimestamp!.getTime();

    await load({ a: 10, b: 95, c: 10 });
    await nextMinute();
    described = await alarm('hot-hosts');
    assert.equal(described.StateValue, 'ALARM');
    assert.equal(described.StateReason, '1 out of 3 time series evaluated to ALARM');
    listed = await contributors('hot-hosts');
    assert.deepEqual(listed.map((c) => c.ContributorAttributes), [{ Host: 'b' }]);
    assert.equal(listed[0].StateTransitionedTimestamp!.getTime(), bSince, 'a contributor still in ALARM keeps the time it went there');

    await load({ a: 10, b: 20, c: 10 });
    await nextMinute();
    described = await alarm('hot-hosts');
    assert.equal(described.StateValue, 'OK');
    assert.equal(described.StateReason, '0 out of 3 time series evaluated to ALARM');
    assert.deepEqual(await contributors('hot-hosts'), []);
  });

  test('DescribeAlarmContributors: none for a single-series alarm; ResourceNotFoundException for an unknown alarm', async () => {
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'single', Namespace: 'Fleet', MetricName: 'Load', Statistic: 'Maximum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' }));
    assert.deepEqual(await contributors('single'), []);
    await expectAwsError(cw.send(new DescribeAlarmContributorsCommand({ AlarmName: 'nope' })), { name: 'ResourceNotFoundException', message: 'Alarm nope does not exist.', status: 404 });
  });

  test('200 alarms on Metrics Insights queries a Region (LimitExceeded); other alarms and updates are not counted against it', async () => {
    const existing = (await cw.send(new DescribeAlarmsCommand({ MaxRecords: 100 }))).MetricAlarms!.filter((a) => a.Metrics?.length).length;
    for (let i = existing; i < 200; i++) await cw.send(new PutMetricAlarmCommand(fleetAlarm(`fleet-${i}`)));
    const error = await expectAwsError(cw.send(new PutMetricAlarmCommand(fleetAlarm('one-too-many'))), {
      name: 'LimitExceededFault',
      message: 'The quota for alarms for this customer has already been reached.',
      status: 400,
    });
    assert.ok(error);
    await cw.send(new PutMetricAlarmCommand({ ...fleetAlarm('hot-hosts'), Threshold: 60 }));
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'plain', Namespace: 'Fleet', MetricName: 'Load', Statistic: 'Maximum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' }));
  });
});
