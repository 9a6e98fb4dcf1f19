import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import type { CloudWatchApi } from '../../src/services/cloudwatch/api.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

/**
 * How alarms treat missing data, row by row from AWS's documented tables
 * ("How alarm state is evaluated when data is missing"): the evaluation range
 * of a 3-period alarm is the 5 newest periods, oldest first below; 0 is a
 * non-breaching datapoint, X a breaching one, - a missing one.
 */
type Expected = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' | 'retain';
const TREATMENTS = ['missing', 'ignore', 'breaching', 'notBreaching'] as const;
const THREE_OF_THREE: Array<[string, Expected[]]> = [
  ['0 - X - X', ['OK', 'OK', 'OK', 'OK']],
  ['0 - - - -', ['OK', 'OK', 'OK', 'OK']],
  ['- - - - -', ['INSUFFICIENT_DATA', 'retain', 'ALARM', 'OK']],
  ['0 X X - X', ['ALARM', 'ALARM', 'ALARM', 'ALARM']],
  ['- - - - X', ['INSUFFICIENT_DATA', 'retain', 'ALARM', 'OK']],
  ['X - - - -', ['ALARM', 'retain', 'ALARM', 'OK']],
];
const TWO_OF_THREE: Array<[string, Expected[]]> = [
  ['0 - X - X', ['ALARM', 'ALARM', 'ALARM', 'ALARM']],
  ['0 0 X 0 X', ['ALARM', 'ALARM', 'ALARM', 'ALARM']],
  ['0 - X - -', ['OK', 'OK', 'ALARM', 'OK']],
  ['- - - - 0', ['OK', 'OK', 'ALARM', 'OK']],
  ['- - - - X', ['INSUFFICIENT_DATA', 'retain', 'ALARM', 'OK']],
];

const metricName = (m: number, row: string) => `m${m}-${row.replace(/ /g, '')}`;
const alarmName = (m: number, row: string, treat: string) => `${metricName(m, row)}-${treat}`;

describe('CloudWatch alarms and missing data (SDK v3, virtual clock)', () => {
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

  const describeAlarm = async (name: string) => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms![0];
  /** Moves the clock to just past the next minute boundary (an evaluation of every 60-second alarm). */
  const nextMinute = async () => {
    const now = cloud.clock.now();
    await advanceClock(cloud, Math.floor(now / 60_000) * 60_000 + 60_000 - now + 1);
  };

  test('the documented tables: 3 of 3 and 2 of 3, every TreatMissingData', async () => {
    // Just past a boundary: the set-up below must end before the next evaluation (a minute of real time away).
    await nextMinute();
    const now = cloud.clock.now();
    const boundary = Math.floor(now / 60_000) * 60_000 + 60_000;
    const cases: Array<{ name: string; expected: Exclude<Expected, 'retain'> }> = [];
    for (const [m, table] of [
      [3, THREE_OF_THREE],
      [2, TWO_OF_THREE],
    ] as const) {
      for (const [row, outcomes] of table) {
        const metric = metricName(m, row);
        const points = row.split(' ');
        const data = points
          .map((p, i) => ({ p, timestamp: new Date(boundary - (points.length - i) * 60_000 + 1_000) }))
          .filter(({ p }) => p !== '-')
          .map(({ p, timestamp }) => ({ MetricName: metric, Value: p === 'X' ? 50 : 1, Timestamp: timestamp }));
        if (data.length) await cw.send(new PutMetricDataCommand({ Namespace: 'Missing', MetricData: data }));
        for (const [i, treat] of TREATMENTS.entries()) {
          const name = alarmName(m, row, treat);
          await cw.send(
            new PutMetricAlarmCommand({
              AlarmName: name,
              Namespace: 'Missing',
              MetricName: metric,
              Statistic: 'Maximum',
              Period: 60,
              EvaluationPeriods: 3,
              DatapointsToAlarm: m,
              Threshold: 10,
              ComparisonOperator: 'GreaterThanThreshold',
              TreatMissingData: treat,
            }),
          );
          // A state other than the expected one (ALARM where the state is to be retained), so each outcome shows.
          const expected = outcomes[i];
          const preset = expected === 'retain' ? 'ALARM' : expected === 'OK' ? 'ALARM' : 'OK';
          await cw.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: preset, StateReason: 'preset by the test' }));
          cases.push({ name, expected: expected === 'retain' ? 'ALARM' : expected });
        }
      }
    }
    await nextMinute();
    const states = (await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'm', MaxRecords: 100 }))).MetricAlarms!;
    const byName = new Map(states.map((a) => [a.AlarmName, a]));
    const wrong = cases.filter((c) => byName.get(c.name)?.StateValue !== c.expected).map((c) => `${c.name}: ${byName.get(c.name)?.StateValue} (expected ${c.expected})`);
    assert.deepEqual(wrong, []);
    assert.equal(byName.get(alarmName(3, '- - - - -', 'missing'))!.StateReason, 'Insufficient Data: 3 datapoints were unknown.');
    assert.match(byName.get(alarmName(3, 'X - - - -', 'missing'))!.StateReason!, /^Threshold Crossed: 1 out of the last 3 datapoints \[50\.0 \(.+\)\] was greater than the threshold \(10\.0\)/);
  });

  test('an alarm that had data and then none: OK while datapoints remain in the range, then INSUFFICIENT_DATA', async () => {
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'went-quiet',
        Namespace: 'Quiet',
        MetricName: 'Load',
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 10,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    await cw.send(new PutMetricDataCommand({ Namespace: 'Quiet', MetricData: [{ MetricName: 'Load', Value: 3 }] }));
    await nextMinute();
    assert.equal((await describeAlarm('went-quiet')).StateValue, 'OK');
    // The one datapoint stays in the 3-period evaluation range for two more evaluations.
    await nextMinute();
    await nextMinute();
    assert.equal((await describeAlarm('went-quiet')).StateValue, 'OK');
    await nextMinute();
    const quiet = await describeAlarm('went-quiet');
    assert.equal(quiet.StateValue, 'INSUFFICIENT_DATA');
    assert.equal(quiet.StateReason, 'Insufficient Data: 1 datapoint was unknown.');
    const history = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'went-quiet', HistoryItemType: 'StateUpdate' }));
    assert.deepEqual(history.AlarmHistoryItems!.map((h) => h.HistorySummary), ['Alarm updated from OK to INSUFFICIENT_DATA', 'Alarm updated from INSUFFICIENT_DATA to OK']);

    // An alarm in ALARM whose data stops goes the same way, not to OK.
    await cw.send(new PutMetricDataCommand({ Namespace: 'Quiet', MetricData: [{ MetricName: 'Load', Value: 30 }] }));
    await nextMinute();
    assert.equal((await describeAlarm('went-quiet')).StateValue, 'ALARM');
    for (let i = 0; i < 3; i++) await nextMinute();
    assert.equal((await describeAlarm('went-quiet')).StateValue, 'INSUFFICIENT_DATA');
  });

  test('alarms on AWS/DynamoDB metrics ignore missing data whatever TreatMissingData says', async () => {
    const api = await cloud.runtime.api<CloudWatchApi>('cloudwatch');
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'throttles',
        Namespace: 'AWS/DynamoDB',
        MetricName: 'ThrottledRequests',
        Dimensions: [{ Name: 'TableName', Value: 'orders' }],
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'breaching',
      }),
    );
    api.putMetricData({ account: '000000000000', region: 'us-east-1', namespace: 'AWS/DynamoDB', metricData: [{ metricName: 'ThrottledRequests', dimensions: [{ name: 'TableName', value: 'orders' }], value: 0 }] });
    await nextMinute();
    assert.equal((await describeAlarm('throttles')).StateValue, 'OK');
    for (let i = 0; i < 5; i++) await nextMinute();
    assert.equal((await describeAlarm('throttles')).StateValue, 'OK', 'missing data leaves the state as it is, not breaching');
  });
});
