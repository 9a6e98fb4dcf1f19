import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  DisableAlarmActionsCommand,
  EnableAlarmActionsCommand,
  ListTagsForResourceCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Provider, ServiceModule } from '../../src/core/runtime.js';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import type { LambdaApi } from '../../src/services/lambda/api.js';
import type { SnsApi, SnsPublishRequest } from '../../src/services/sns/api.js';
import { evaluateRule, parseAlarmRule, RuleError } from '../../src/services/cloudwatch/alarm-rule.js';
import { javaDouble } from '../../src/services/cloudwatch/alarm-reasons.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** Stand-ins for SNS and Lambda, plugged into the seam their module APIs will fill. */
const published: SnsPublishRequest[] = [];
const invoked: Array<Parameters<LambdaApi['invokeAsync']>[0]> = [];
const fakeSns: SnsApi = {
  publish(request) {
    if (request.topicArn.endsWith(':broken')) throw new Error('Topic does not exist');
    published.push(request);
    return { messageId: `m-${published.length}` };
  },
};
const fakeLambda: Pick<LambdaApi, 'invokeAsync'> = { invokeAsync: (request) => ({ requestId: `r-${invoked.push(request)}` }) };
const module = (api: unknown): ServiceModule => ({ createProvider: (): Provider => ({ operations: {}, api }) });

const TOPIC = 'arn:aws:sns:us-east-1:000000000000:ops';
const FUNCTION = 'arn:aws:lambda:us-east-1:000000000000:function:on-alarm';

describe('composite alarm rules (unit)', () => {
  test('parse and evaluate ALARM/OK/INSUFFICIENT_DATA with AND, OR, NOT and parentheses', () => {
    const rule = parseAlarmRule('ALARM("cpu high") AND (OK(disk) OR NOT INSUFFICIENT_DATA(\'net\')) AND TRUE');
    const states: Record<string, 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'> = { 'cpu high': 'ALARM', disk: 'ALARM', net: 'OK' };
    assert.equal(evaluateRule(rule, (n) => states[n]), true);
    states.net = 'INSUFFICIENT_DATA';
    assert.equal(evaluateRule(rule, (n) => states[n]), false);
    states.disk = 'OK';
    assert.equal(evaluateRule(rule, (n) => states[n]), true);
    assert.equal(evaluateRule(parseAlarmRule('alarm(x) or false'), () => 'ALARM'), true);
    for (const bad of ['ALARM(', 'ALARM(x) AND', 'WARN(x)', 'ALARM(x) OK(y)', '()']) assert.throws(() => parseAlarmRule(bad), RuleError, bad);
  });

  test('numbers in reasons are printed as Java prints doubles', () => {
    assert.deepEqual([5, 0.25, 0, 1e-5, 1.5e10, -3, 100.5].map(javaDouble), ['5.0', '0.25', '0.0', '1.0E-5', '1.5E10', '-3.0', '100.5']);
  });
});

describe('CloudWatch alarms (SDK v3)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  const saved = { ...SERVICE_LOADERS };
  before(async () => {
    SERVICE_LOADERS.sns = async () => module(fakeSns);
    SERVICE_LOADERS.lambda = async () => module(fakeLambda);
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
    for (const key of Object.keys(SERVICE_LOADERS)) delete SERVICE_LOADERS[key];
    Object.assign(SERVICE_LOADERS, saved);
  });
  beforeEach(() => {
    published.length = 0;
    invoked.length = 0;
  });

  const alarm = async (name: string) => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }))).MetricAlarms?.[0] ??
    (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ['CompositeAlarm'] }))).CompositeAlarms![0];
  const state = async (name: string) => (await alarm(name)).StateValue;
  const putValue = (namespace: string, metric: string, value: number, dimensions?: Array<{ Name: string; Value: string }>) =>
    cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: metric, Value: value, Dimensions: dimensions }] }));
  /** Moves to just after the next minute boundary, so each put lands in a fresh period. */
  const nextMinute = async () => {
    const now = cloud.clock.now();
    await advanceClock(cloud, Math.floor(now / 60_000) * 60_000 + 60_000 - now + 1);
  };
  const simple = (name: string, extra: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommandInput => ({
    AlarmName: name,
    Namespace: 'Svc',
    MetricName: name,
    Statistic: 'Maximum',
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 10,
    ComparisonOperator: 'GreaterThanThreshold',
    ...extra,
  });

  test('PutMetricAlarm validation', async () => {
    const cases: Array<[Partial<PutMetricAlarmCommandInput>, string, string]> = [
      [{ Period: 45 }, 'ValidationException', 'The parameter Period must be 10, 20, 30 or a multiple of 60.'],
      [{ EvaluationPeriods: 1441 }, 'ValidationException', 'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).'],
      [{ EvaluationPeriods: 2, DatapointsToAlarm: 3 }, 'ValidationException', 'DatapointsToAlarm must be less than or equal to EvaluationPeriods'],
      [{ Statistic: undefined }, 'MissingRequiredParameterException', 'The parameter Statistic or ExtendedStatistic is required.'],
      [{ ExtendedStatistic: 'p99' }, 'InvalidParameterCombinationException', 'The parameters Statistic and ExtendedStatistic are mutually exclusive and you have specified both.'],
      [{ TreatMissingData: 'sometimes' }, 'ValidationException', 'The value sometimes for parameter TreatMissingData is not valid. Valid values are: breaching, notBreaching, ignore, missing.'],
      [{ AlarmActions: ['not-an-arn'] }, 'ValidationException', 'Invalid arn syntax: not-an-arn'],
      [{ ComparisonOperator: 'Bigger' as 'GreaterThanThreshold' }, 'InvalidParameterValueException', ''],
      [{ AlarmActions: ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `${TOPIC}-${x}`) }, 'ValidationException', ''],
    ];
    for (const [change, name, message] of cases) {
      const error = await expectAwsError(cw.send(new PutMetricAlarmCommand(simple('invalid', change))));
      assert.equal(error.name, name, JSON.stringify(change));
      if (message) assert.equal(error.message, message);
    }
  });

  test('M out of N: two breaching datapoints of three go to ALARM; treatment of missing data', async () => {
    await cw.send(new PutMetricAlarmCommand(simple('two-of-three', { EvaluationPeriods: 3, DatapointsToAlarm: 2, AlarmActions: [TOPIC], OKActions: [FUNCTION] })));
    await cw.send(new PutMetricAlarmCommand(simple('missing-breaches', { MetricName: 'quiet', TreatMissingData: 'breaching' })));
    await cw.send(new PutMetricAlarmCommand(simple('missing-ignored', { MetricName: 'quiet', TreatMissingData: 'ignore' })));
    await cw.send(new PutMetricAlarmCommand(simple('missing-ok', { MetricName: 'quiet', TreatMissingData: 'notBreaching' })));
    await cw.send(new PutMetricAlarmCommand(simple('missing-default', { MetricName: 'quiet' })));
    assert.equal(await state('two-of-three'), 'INSUFFICIENT_DATA');

    await nextMinute();
    assert.equal(await state('missing-breaches'), 'ALARM');
    assert.equal(await state('missing-ok'), 'OK');
    assert.equal(await state('missing-ignored'), 'INSUFFICIENT_DATA', 'ignore keeps the current state');
    assert.equal(await state('missing-default'), 'INSUFFICIENT_DATA');
    assert.equal((await alarm('missing-breaches')).StateReason, 'Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [Breaching].');

    await putValue('Svc', 'two-of-three', 50);
    await nextMinute();
    assert.equal(await state('two-of-three'), 'INSUFFICIENT_DATA', 'one breaching datapoint, the newest, is too early to tell (AWS: - - - - X)');
    await putValue('Svc', 'two-of-three', 5);
    await nextMinute();
    assert.equal(await state('two-of-three'), 'OK');
    assert.equal(invoked.length, 1, 'the OK action ran');
    await putValue('Svc', 'two-of-three', 70);
    await nextMinute();
    const inAlarm = await alarm('two-of-three');
    assert.equal(inAlarm.StateValue, 'ALARM');
    assert.match(
      inAlarm.StateReason!,
      /^Threshold Crossed: 2 out of the last 3 datapoints \[50\.0 \(.+\), 70\.0 \(.+\)\] were greater than the threshold \(10\.0\) \(minimum 2 datapoints for OK -> ALARM transition\)\.$/,
    );
    const data = JSON.parse(inAlarm.StateReasonData!);
    assert.deepEqual(data.recentDatapoints, [50, 5, 70]);
    assert.equal(data.evaluatedDatapoints.length, 3);

    // The ALARM action published AWS's alarm message to SNS, and history records it.
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(published.length, 1);
    assert.equal(published[0].topicArn, TOPIC);
    assert.equal(published[0].subject, 'ALARM: "two-of-three" in US East (N. Virginia)');
    const message = JSON.parse(published[0].message);
    assert.equal(message.AlarmName, 'two-of-three');
    assert.equal(message.NewStateValue, 'ALARM');
    assert.equal(message.OldStateValue, 'OK');
    assert.equal(message.AWSAccountId, '000000000000');
    assert.equal(message.Region, 'US East (N. Virginia)');
    assert.equal(message.AlarmArn, 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:two-of-three');
    assert.deepEqual(message.Trigger, {
      MetricName: 'two-of-three',
      Namespace: 'Svc',
      StatisticType: 'Statistic',
      Statistic: 'MAXIMUM',
      Unit: null,
      Dimensions: [],
      Period: 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 10,
      TreatMissingData: 'missing',
      EvaluateLowSampleCountPercentile: '',
    });
    const actions = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'two-of-three', HistoryItemType: 'Action' }));
    assert.deepEqual(actions.AlarmHistoryItems?.map((h) => h.HistorySummary), [`Successfully executed action ${TOPIC}`, `Successfully executed action ${FUNCTION}`]);
    const lambdaEvent = JSON.parse(invoked[0]?.payload ?? '{}');
    assert.equal(lambdaEvent.source, 'aws.cloudwatch');
    assert.equal(lambdaEvent.alarmData.state.value, 'OK');
    assert.equal(lambdaEvent.alarmData.previousState.value, 'INSUFFICIENT_DATA');
  });

  test('SetAlarmState fires actions (unless disabled) and is reverted by the next evaluation', async () => {
    await cw.send(new PutMetricAlarmCommand(simple('manual', { AlarmActions: [TOPIC, 'arn:aws:sns:us-east-1:000000000000:broken'], TreatMissingData: 'notBreaching' })));
    // From the notes: aws cloudwatch set-alarm-state --alarm-name "myalarm" --state-value ALARM --state-reason "testing purposes"
    await cw.send(new SetAlarmStateCommand({ AlarmName: 'manual', StateValue: 'ALARM', StateReason: 'testing purposes' }));
    await new Promise((resolve) => setImmediate(resolve));
    const set = await alarm('manual');
    assert.equal(set.StateValue, 'ALARM');
    assert.equal(set.StateReason, 'testing purposes');
    assert.equal(published.length, 1);
    assert.equal(JSON.parse(published[0].message).NewStateReason, 'testing purposes');
    const actions = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'manual', HistoryItemType: 'Action', ScanBy: 'TimestampAscending' }));
    assert.deepEqual(actions.AlarmHistoryItems?.map((h) => h.HistorySummary).sort(), [
      'Failed to execute action arn:aws:sns:us-east-1:000000000000:broken. Received error: "Topic does not exist"',
      `Successfully executed action ${TOPIC}`,
    ]);

    await nextMinute();
    assert.equal(await state('manual'), 'OK', 'the next evaluation puts it back');

    await cw.send(new DisableAlarmActionsCommand({ AlarmNames: ['manual'] }));
    assert.equal((await alarm('manual')).ActionsEnabled, false);
    await cw.send(new SetAlarmStateCommand({ AlarmName: 'manual', StateValue: 'ALARM', StateReason: 'quiet test' }));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(published.length, 1, 'no action while actions are disabled');
    await cw.send(new EnableAlarmActionsCommand({ AlarmNames: ['manual'] }));

    await expectAwsError(cw.send(new SetAlarmStateCommand({ AlarmName: 'manual', StateValue: 'OK', StateReason: 'x', StateReasonData: '{not json' })), { name: 'InvalidFormatFault', code: 'InvalidFormat' });
    await expectAwsError(cw.send(new SetAlarmStateCommand({ AlarmName: 'no-such-alarm', StateValue: 'OK', StateReason: 'x' })), { name: 'ResourceNotFound', message: 'Alarm no-such-alarm not found', status: 404 });
  });

  test('metric math alarms, and anomaly-band comparisons', async () => {
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'error-rate',
        EvaluationPeriods: 1,
        Threshold: 10,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Metrics: [
          { Id: 'errors', MetricStat: { Metric: { Namespace: 'Web', MetricName: 'Errors' }, Period: 60, Stat: 'Sum' }, ReturnData: false },
          { Id: 'requests', MetricStat: { Metric: { Namespace: 'Web', MetricName: 'Requests' }, Period: 60, Stat: 'Sum' }, ReturnData: false },
          { Id: 'rate', Expression: 'errors / requests * 100', Label: 'Error rate' },
        ],
      }),
    );
    await expectAwsError(
      cw.send(
        new PutMetricAlarmCommand({
          AlarmName: 'bad-math',
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanThreshold',
          Metrics: [{ Id: 'm1', MetricStat: { Metric: { Namespace: 'Web', MetricName: 'Errors' }, Period: 60, Stat: 'Sum' }, ReturnData: false }],
        }),
      ),
      { message: 'Exactly one element of the metrics list should return data.' },
    );
    await putValue('Web', 'Requests', 40);
    await putValue('Web', 'Errors', 2);
    await nextMinute();
    assert.equal(await state('error-rate'), 'OK');
    await putValue('Web', 'Requests', 40);
    await putValue('Web', 'Errors', 6);
    await nextMinute();
    assert.equal(await state('error-rate'), 'ALARM');

    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'latency-band',
        EvaluationPeriods: 1,
        ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold',
        ThresholdMetricId: 'band',
        Metrics: [
          { Id: 'm1', MetricStat: { Metric: { Namespace: 'Web', MetricName: 'Latency' }, Period: 60, Stat: 'Average' } },
          { Id: 'band', Expression: 'ANOMALY_DETECTION_BAND(m1, 2)' },
        ],
      }),
    );
    const stored = await alarm('latency-band');
    assert.equal((stored as { ComparisonOperator?: string }).ComparisonOperator, 'LessThanLowerOrGreaterThanUpperThreshold');
    assert.equal((stored as { ThresholdMetricId?: string }).ThresholdMetricId, 'band');
    await putValue('Web', 'Latency', 100);
    await nextMinute();
    assert.equal(await state('latency-band'), 'OK');
  });

  test('composite alarms follow their children; DescribeAlarms with types, parents and children', async () => {
    await cw.send(new PutMetricAlarmCommand(simple('cpu-high', { TreatMissingData: 'notBreaching' })));
    await cw.send(new PutMetricAlarmCommand(simple('net-low', { TreatMissingData: 'notBreaching' })));
    await expectAwsError(cw.send(new PutCompositeAlarmCommand({ AlarmName: 'noisy', AlarmRule: 'ALARM(cpu-high) AND ALARM(ghost)' })), { name: 'ValidationException', message: 'Could not save the composite alarm as alarms [ghost] in the alarm rule do not exist' });
    await expectAwsError(cw.send(new PutCompositeAlarmCommand({ AlarmName: 'noisy', AlarmRule: 'ALARM(cpu-high) AND' })), { name: 'ValidationException' });

    await cw.send(
      new PutCompositeAlarmCommand({
        AlarmName: 'cpu-but-not-net',
        AlarmRule: 'ALARM("cpu-high") AND NOT ALARM(arn:aws:cloudwatch:us-east-1:000000000000:alarm:net-low)',
        AlarmActions: [TOPIC],
      }),
    );
    let composite = await alarm('cpu-but-not-net');
    assert.equal(composite.StateValue, 'OK', 'evaluated at once against its children');

    await cw.send(new SetAlarmStateCommand({ AlarmName: 'cpu-high', StateValue: 'ALARM', StateReason: 'load' }));
    composite = await alarm('cpu-but-not-net');
    assert.equal(composite.StateValue, 'ALARM');
    assert.match(composite.StateReason!, /^arn:aws:cloudwatch:us-east-1:000000000000:alarm:cpu-high transitioned to ALARM at \w+day \d+ \w+, \d{4} \d\d:\d\d:\d\d UTC$/);
    assert.deepEqual(JSON.parse(composite.StateReasonData!).triggeringAlarms.map((a: { arn: string; state: { value: string } }) => [a.arn.split(':').pop(), a.state.value]), [
      ['cpu-high', 'ALARM'],
      ['net-low', 'INSUFFICIENT_DATA'],
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(published.at(-1)?.subject, 'ALARM: "cpu-but-not-net" in US East (N. Virginia)');
    assert.equal(JSON.parse(published.at(-1)!.message).AlarmRule, (composite as { AlarmRule?: string }).AlarmRule);

    await cw.send(new SetAlarmStateCommand({ AlarmName: 'net-low', StateValue: 'ALARM', StateReason: 'quiet network' }));
    assert.equal(await state('cpu-but-not-net'), 'OK');

    const metricOnly = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'cpu' }));
    assert.deepEqual(metricOnly.MetricAlarms?.map((a) => a.AlarmName), ['cpu-high']);
    assert.deepEqual(metricOnly.CompositeAlarms, []);
    const both = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'cpu', AlarmTypes: ['CompositeAlarm', 'MetricAlarm'] }));
    assert.deepEqual(both.CompositeAlarms?.map((a) => a.AlarmName), ['cpu-but-not-net']);
    const children = await cw.send(new DescribeAlarmsCommand({ ChildrenOfAlarmName: 'cpu-but-not-net' }));
    assert.deepEqual(children.MetricAlarms?.map((a) => a.AlarmName), ['cpu-high', 'net-low']);
    const parents = await cw.send(new DescribeAlarmsCommand({ ParentsOfAlarmName: 'net-low' }));
    assert.deepEqual(parents.CompositeAlarms?.map((a) => a.AlarmName), ['cpu-but-not-net']);

    await expectAwsError(cw.send(new DeleteAlarmsCommand({ AlarmNames: ['cpu-high'] })), { name: 'ValidationException' });
    const history = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'cpu-but-not-net', AlarmTypes: ['CompositeAlarm'], HistoryItemType: 'StateUpdate' }));
    assert.deepEqual(history.AlarmHistoryItems?.map((h) => h.HistorySummary), [
      'Alarm updated from ALARM to OK',
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK',
    ]);
    assert.ok(history.AlarmHistoryItems!.every((h) => h.AlarmType === 'CompositeAlarm'));
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['cpu-but-not-net', 'cpu-high'] }));
  });

  test('DescribeAlarms filters and pages; DescribeAlarmsForMetric; history filters; tags; delete', async () => {
    for (const name of ['page-a', 'page-b', 'page-c']) {
      await cw.send(new PutMetricAlarmCommand(simple(name, { MetricName: 'Paged', Dimensions: [{ Name: 'Host', Value: name }], OKActions: name === 'page-b' ? [FUNCTION] : [] })));
    }
    const first = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'page-', MaxRecords: 2 }));
    assert.deepEqual(first.MetricAlarms?.map((a) => a.AlarmName), ['page-a', 'page-b']);
    const second = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'page-', MaxRecords: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.MetricAlarms?.map((a) => a.AlarmName), ['page-c']);
    assert.equal(second.NextToken, undefined);
    const byAction = await cw.send(new DescribeAlarmsCommand({ ActionPrefix: 'arn:aws:lambda:' , AlarmNamePrefix: 'page-' }));
    assert.deepEqual(byAction.MetricAlarms?.map((a) => a.AlarmName), ['page-b']);
    const byState = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'page-', StateValue: 'ALARM' }));
    assert.deepEqual(byState.MetricAlarms, []);
    const described = first.MetricAlarms![0];
    assert.equal(described.AlarmArn, 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:page-a');
    assert.equal(described.StateValue, 'INSUFFICIENT_DATA');
    assert.ok(described.AlarmConfigurationUpdatedTimestamp instanceof Date);
    assert.deepEqual(described.Dimensions, [{ Name: 'Host', Value: 'page-a' }]);

    const forMetric = await cw.send(new DescribeAlarmsForMetricCommand({ Namespace: 'Svc', MetricName: 'Paged', Dimensions: [{ Name: 'Host', Value: 'page-c' }] }));
    assert.deepEqual(forMetric.MetricAlarms?.map((a) => a.AlarmName), ['page-c']);
    const allForMetric = await cw.send(new DescribeAlarmsForMetricCommand({ Namespace: 'Svc', MetricName: 'Paged', Statistic: 'Maximum', Period: 60 }));
    assert.equal(allForMetric.MetricAlarms?.length, 3);

    await cw.send(new PutMetricAlarmCommand(simple('page-a', { MetricName: 'Paged', Threshold: 99, Dimensions: [{ Name: 'Host', Value: 'page-a' }] })));
    const configuration = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'page-a', HistoryItemType: 'ConfigurationUpdate' }));
    assert.deepEqual(configuration.AlarmHistoryItems?.map((h) => h.HistorySummary), ['Alarm "page-a" updated', 'Alarm "page-a" created']);
    const created = JSON.parse(configuration.AlarmHistoryItems![1].HistoryData!);
    assert.equal(created.type, 'Create');
    assert.equal(created.createdAlarm.threshold, 10);
    const ranged = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'page-a', StartDate: new Date(cloud.clock.now() + 60_000) }));
    assert.deepEqual(ranged.AlarmHistoryItems, []);

    const arn = 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:page-a';
    await cw.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'team', Value: 'sre' }, { Key: 'tier', Value: '1' }] }));
    await cw.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['tier'] }));
    assert.deepEqual((await cw.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags, [{ Key: 'team', Value: 'sre' }]);
    await expectAwsError(cw.send(new ListTagsForResourceCommand({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:none' })), { name: 'ResourceNotFoundException' });

    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['page-a', 'page-b', 'page-c'] }));
    assert.deepEqual((await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'page-' }))).MetricAlarms, []);
    await expectAwsError(cw.send(new DeleteAlarmsCommand({ AlarmNames: ['page-a'] })), { name: 'ResourceNotFound' });
  });
});
