import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteDashboardsCommand,
  DescribeAlarmsCommand,
  GetDashboardCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListTagsForResourceCommand,
  PutDashboardCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  PutMetricDataCommand,
  type MetricDatum,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { aws, AWS_CLI, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/**
 * AWS's error codes, messages and statuses for the older CloudWatch operations, through the SDK v3
 * (JSON wire: the shape name) and the AWS CLI (query wire: the query code).
 */
describe('CloudWatch error wording (SDK v3 and AWS CLI)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing`);
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  const put = (data: MetricDatum[], namespace = 'Wording') => cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: data }));
  /** The CLI's error line: "An error occurred (<query code>) when calling the <Op> operation: <message>". */
  async function cliError(args: string[]): Promise<{ code: string; message: string }> {
    const result = await aws(cloud, ['cloudwatch', ...args]);
    assert.notEqual(result.code, 0, `the CLI call succeeded: ${result.stdout}`);
    const match = /An error occurred \(([^)]+)\) when calling the \w+ operation(?: \(reached max retries: \d+\))?: ([\s\S]*)$/.exec(result.stderr.trim());
    assert.ok(match, `unexpected CLI output: ${result.stderr}`);
    return { code: match[1]!, message: match[2]! };
  }

  test('PutMetricData: values outside ±2^360, below 2^-360 in magnitude, NaN: refused, the number printed as AWS prints it; the edges are stored', async () => {
    const huge = '4,697,085,165,547,666,500' + ',000'.repeat(30);
    await expectAwsError(put([{ MetricName: 'm', Value: 2 ** 361 }]), {
      name: 'InvalidParameterValueException',
      message: `The value ${huge} for parameter MetricData.member.1.Value is invalid.`,
      status: 400,
    });
    await expectAwsError(put([{ MetricName: 'm', Value: 1 }, { MetricName: 'm', Values: [1, -(2 ** 361)] }]), {
      name: 'InvalidParameterValueException',
      message: `The value -${huge} for parameter MetricData.member.2.Values.member.2 is invalid.`,
    });
    // Seen on AWS: a value of 2.1289799200040754E-109 is refused as "The value 0 ...", NaN as "The value ? ..." (U+FFFD).
    await expectAwsError(put([{ MetricName: 'm', Value: 2.1289799200040754e-109 }]), {
      name: 'InvalidParameterValueException',
      message: 'The value 0 for parameter MetricData.member.1.Value is invalid.',
    });
    await expectAwsError(put([{ MetricName: 'm', Value: Number.NaN }]), { name: 'InvalidParameterValueException', message: 'The value \uFFFD for parameter MetricData.member.1.Value is invalid.' });
    await expectAwsError(put([{ MetricName: 'm', StatisticValues: { SampleCount: 1, Sum: 2 ** 361, Minimum: 1, Maximum: 1 } }]), {
      name: 'InvalidParameterValueException',
      message: `The value ${huge} for parameter MetricData.member.1.StatisticValues.Sum is invalid.`,
    });
    await put([{ MetricName: 'edges', Values: [2 ** 360, -(2 ** 360), 0, 2 ** -360] }]);
    const end = new Date(Math.floor(cloud.clock.now() / 60_000) * 60_000 + 60_000);
    const stats = await cw.send(new GetMetricStatisticsCommand({ Namespace: 'Wording', MetricName: 'edges', StartTime: new Date(end.getTime() - 300_000), EndTime: end, Period: 60, Statistics: ['SampleCount', 'Maximum'] }));
    assert.deepEqual(stats.Datapoints!.map((p) => [p.SampleCount, p.Maximum]), [[4, 2 ** 360]]);
    const cli = await cliError(['put-metric-data', '--namespace', 'Wording', '--metric-data', JSON.stringify([{ MetricName: 'm', Value: 1e109 }])]);
    assert.deepEqual(cli, { code: 'InvalidParameterValue', message: `The value 10${',000'.repeat(36)} for parameter MetricData.member.1.Value is invalid.` });
  });

  test('PutMetricData: every out-of-range timestamp is named, one line each, as AWS lists them', async () => {
    const old = new Date(cloud.clock.now() - 15 * 86_400_000);
    const ahead = new Date(cloud.clock.now() + 3 * 3_600_000);
    await expectAwsError(put([{ MetricName: 'm', Value: 1, Timestamp: old }, { MetricName: 'm', Value: 1 }, { MetricName: 'm', Value: 1, Timestamp: old }]), {
      name: 'InvalidParameterValueException',
      message: 'The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.\nThe parameter MetricData.member.3.Timestamp must specify a time within the past two weeks.',
      status: 400,
    });
    await expectAwsError(put([{ MetricName: 'm', Value: 1, Timestamp: ahead }]), {
      name: 'InvalidParameterValueException',
      message: 'The parameter MetricData.member.1.Timestamp must specify a time no more than two hours in the future.',
    });
    const cli = await cliError(['put-metric-data', '--namespace', 'Wording', '--metric-data', JSON.stringify([{ MetricName: 'm', Value: 1, Timestamp: old.toISOString() }])]);
    assert.deepEqual(cli, { code: 'InvalidParameterValue', message: 'The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.' });
  });

  test('enums: every unknown Unit is named with the set, one line each; a list element of Statistics is "<list element>"', async () => {
    const units = 'Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes, Gigabytes, Terabytes, Bits, Kilobits, Megabits, Gigabits, Terabits, Percent, Count, Bytes/Second, Kilobytes/Second, Megabytes/Second, Gigabytes/Second, Terabytes/Second, Bits/Second, Kilobits/Second, Megabits/Second, Gigabits/Second, Terabits/Second, Count/Second, None';
    const expected = [1, 2].map((n) => `The parameter MetricData.member.${n}.Unit must be a value in the set [${units}].`).join('\n');
    const bogus = 'active' as MetricDatum['Unit'];
    await expectAwsError(put([{ MetricName: 'm', Value: 1, Unit: bogus }, { MetricName: 'm', Value: 1, Unit: bogus }]), { name: 'InvalidParameterValueException', message: expected, status: 400 });
    const cli = await cliError(['put-metric-data', '--namespace', 'Wording', '--metric-data', JSON.stringify([{ MetricName: 'm', Value: 1, Unit: 'active' }, { MetricName: 'm', Value: 1, Unit: 'active' }])]);
    assert.deepEqual(cli, { code: 'InvalidParameterValue', message: expected });
    const end = new Date(Math.floor(cloud.clock.now() / 60_000) * 60_000);
    const statistics = await cliError([
      'get-metric-statistics', '--namespace', 'Wording', '--metric-name', 'm', '--start-time', new Date(end.getTime() - 600_000).toISOString(), '--end-time', end.toISOString(), '--period', '60', '--statistics', 'p99',
    ]);
    assert.deepEqual(statistics, { code: 'InvalidParameterValue', message: 'The parameter Statistics.member.1.<list element> must be a value in the set [SampleCount, Average, Sum, Minimum, Maximum].' });
  });

  test('PutMetricData: a dimension name twice in a metric is refused once per such metric, in AWS words', async () => {
    const twice = [{ Name: 'Host', Value: 'a' }, { Name: 'Host', Value: 'b' }];
    const line = 'No metric may specify the same dimension name twice.';
    await expectAwsError(put([{ MetricName: 'm', Value: 1, Dimensions: twice }, { MetricName: 'm', Value: 1 }, { MetricName: 'n', Value: 2, Dimensions: twice }]), {
      name: 'InvalidParameterValueException',
      message: `${line}\n${line}`,
      status: 400,
    });
    const cli = await cliError(['put-metric-data', '--namespace', 'Wording', '--metric-data', JSON.stringify([{ MetricName: 'm', Value: 1, Dimensions: twice }])]);
    assert.deepEqual(cli, { code: 'InvalidParameterValue', message: line });
  });

  test('PutMetricData: collection sizes, reserved namespaces, Values and Counts', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ MetricName: `m${i}`, Value: i }));
    await expectAwsError(put(many), { name: 'InvalidParameterValueException', message: 'The collection MetricData must not have a size greater than 1000.', status: 400 });
    await expectAwsError(put([{ MetricName: 'm', Values: Array.from({ length: 151 }, (_, i) => i) }]), {
      name: 'InvalidParameterValueException',
      message: 'The collection MetricData.member.1.Values must not have a size greater than 150.',
    });
    await expectAwsError(put([{ MetricName: 'm' }]), {
      name: 'InvalidParameterCombinationException',
      message: 'At least one of the parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues must be specified.',
      status: 400,
    });
    await expectAwsError(put([{ MetricName: 'm', Value: 1 }, { MetricName: 'm', Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }]), {
      name: 'InvalidParameterCombinationException',
      message: 'The parameters MetricData.member.2.Value and MetricData.member.2.StatisticValues are mutually exclusive and you have specified both.',
    });
    await expectAwsError(put([{ MetricName: 'm', Value: 1 }], 'AWS/EC2'), { name: 'InvalidParameterValueException', message: 'The value AWS/EC2 for parameter Namespace is invalid.', status: 400 });
    const cli = await cliError(['put-metric-data', '--namespace', 'AWS/EC2', '--metric-name', 'm', '--value', '1']);
    assert.deepEqual(cli, { code: 'InvalidParameterValue', message: 'The value AWS/EC2 for parameter Namespace is invalid.' });
  });

  test('GetMetricStatistics: the 1,440-datapoint limit, 20-second periods, Statistics vs ExtendedStatistics', async () => {
    const end = new Date(Math.floor(cloud.clock.now() / 60_000) * 60_000);
    const start = new Date(end.getTime() - 86_400_000);
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ Namespace: 'Wording', MetricName: 'm', StartTime: start, EndTime: end, Period: 1, Statistics: ['Sum'] })), {
      name: 'InvalidParameterCombinationException',
      message: 'You have requested up to 86400 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
      status: 400,
    });
    const cli = await cliError([
      'get-metric-statistics', '--namespace', 'Wording', '--metric-name', 'm', '--start-time', start.toISOString(), '--end-time', end.toISOString(), '--period', '1', '--statistics', 'Sum',
    ]);
    assert.deepEqual(cli, {
      code: 'InvalidParameterCombination',
      message: 'You have requested up to 86400 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    });
    // The API reference lists 20 among the high-resolution periods: accepted, 45 refused.
    await put([{ MetricName: 'fast', Value: 3, StorageResolution: 1, Timestamp: new Date(end.getTime() - 30_000) }]);
    const twenty = await cw.send(new GetMetricStatisticsCommand({ Namespace: 'Wording', MetricName: 'fast', StartTime: new Date(end.getTime() - 60_000), EndTime: end, Period: 20, Statistics: ['Sum'] }));
    assert.deepEqual(twenty.Datapoints!.map((p) => [p.Timestamp!.getTime() - end.getTime(), p.Sum]), [[-40_000, 3]]);
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ Namespace: 'Wording', MetricName: 'fast', StartTime: start, EndTime: end, Period: 45, Statistics: ['Sum'] })), {
      name: 'InvalidParameterValueException',
      message: 'The parameter Period must be 1, 5, 10, 20, 30, or a multiple of 60.',
      status: 400,
    });
    await expectAwsError(cw.send(new GetMetricStatisticsCommand({ Namespace: 'Wording', MetricName: 'm', StartTime: start, EndTime: end, Period: 60 })), {
      name: 'InvalidParameterCombinationException',
      message: 'Must specify either Statistics or ExtendedStatistics, but not both.',
    });
  });

  test('GetMetricData: ids must start lower-case, StartTime before (and not equal to) EndTime, every bad statistic named', async () => {
    const end = new Date(Math.floor(cloud.clock.now() / 60_000) * 60_000);
    const metricStat = { Metric: { Namespace: 'Wording', MetricName: 'm' }, Period: 60, Stat: 'Sum' };
    await expectAwsError(cw.send(new GetMetricDataCommand({ MetricDataQueries: [{ Id: 'Upper', MetricStat: metricStat }], StartTime: new Date(end.getTime() - 600_000), EndTime: end })), {
      name: 'ValidationException',
      message: 'The value Upper for parameter MetricDataQueries.member.1.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.',
      status: 400,
    });
    // Seen on AWS: equal times are a ValidationError of their own; a later StartTime keeps InvalidParameterValue.
    await expectAwsError(cw.send(new GetMetricDataCommand({ MetricDataQueries: [{ Id: 'a', MetricStat: metricStat }], StartTime: end, EndTime: end })), {
      name: 'ValidationException',
      message: 'The parameter StartTime must not equal parameter EndTime.',
      status: 400,
    });
    const equal = await cliError(['get-metric-data', '--metric-data-queries', JSON.stringify([{ Id: 'a', MetricStat: metricStat }]), '--start-time', end.toISOString(), '--end-time', end.toISOString()]);
    assert.deepEqual(equal, { code: 'ValidationError', message: 'The parameter StartTime must not equal parameter EndTime.' });
    const later = await cliError([
      'get-metric-data', '--metric-data-queries', JSON.stringify([{ Id: 'a', MetricStat: metricStat }]), '--start-time', end.toISOString(), '--end-time', new Date(end.getTime() - 60_000).toISOString(),
    ]);
    assert.deepEqual(later, { code: 'InvalidParameterValue', message: 'The parameter StartTime must be less than the parameter EndTime.' });
    // Every query with a bad statistic is named, one line each.
    const queries = [
      { Id: 'a', MetricStat: { ...metricStat, Stat: 'Median' } },
      { Id: 'b', MetricStat: metricStat },
      { Id: 'c', MetricStat: { ...metricStat, Stat: 'p1000' } },
    ];
    const badStats = 'The value for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.\nThe value for parameter MetricDataQueries.member.3.MetricStat.Stat is not a valid statistic.';
    await expectAwsError(cw.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: new Date(end.getTime() - 600_000), EndTime: end })), {
      name: 'ValidationException',
      message: badStats,
      status: 400,
    });
    const cliStats = await cliError(['get-metric-data', '--metric-data-queries', JSON.stringify(queries), '--start-time', new Date(end.getTime() - 600_000).toISOString(), '--end-time', end.toISOString()]);
    assert.deepEqual(cliStats, { code: 'ValidationError', message: badStats });
  });

  const alarm = (over: Partial<PutMetricAlarmCommandInput>): PutMetricAlarmCommandInput => ({
    AlarmName: 'wording', Namespace: 'Wording', MetricName: 'm', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', ...over,
  });

  test('PutMetricAlarm: DatapointsToAlarm, the day-long evaluation window, in AWS words', async () => {
    await expectAwsError(cw.send(new PutMetricAlarmCommand(alarm({ EvaluationPeriods: 1, DatapointsToAlarm: 15 }))), {
      name: 'ValidationException',
      message: 'DatapointsToAlarm must be less than or equal to EvaluationPeriods',
      status: 400,
    });
    await expectAwsError(cw.send(new PutMetricAlarmCommand(alarm({ Period: 60, EvaluationPeriods: 1441 }))), {
      name: 'ValidationException',
      message: 'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).',
      status: 400,
    });
    const cli = await cliError([
      'put-metric-alarm', '--alarm-name', 'wording', '--namespace', 'Wording', '--metric-name', 'm', '--statistic', 'Sum', '--period', '60',
      '--evaluation-periods', '1', '--datapoints-to-alarm', '2', '--threshold', '1', '--comparison-operator', 'GreaterThanThreshold',
    ]);
    assert.deepEqual(cli, { code: 'ValidationError', message: 'DatapointsToAlarm must be less than or equal to EvaluationPeriods' });
  });

  test('PutMetricAlarm and PutCompositeAlarm: an action in another partition is refused as AWS words it', async () => {
    const govCloud = new CloudWatchClient(clientConfig(cloud, 'us-gov-west-1'));
    try {
      await expectAwsError(govCloud.send(new PutMetricAlarmCommand(alarm({ AlarmActions: ['arn:aws:sns:us-gov-west-1:000000000000:alerts'] }))), {
        name: 'ValidationException',
        message: 'Invalid partition aws specified. Only aws-us-gov is supported.',
        status: 400,
      });
      await govCloud.send(new PutMetricAlarmCommand(alarm({ AlarmName: 'gov', AlarmActions: ['arn:aws-us-gov:sns:us-gov-west-1:000000000000:alerts'] })));
    } finally {
      govCloud.destroy();
    }
    await expectAwsError(cw.send(new PutCompositeAlarmCommand({ AlarmName: 'c', AlarmRule: 'TRUE', OKActions: ['arn:aws-cn:sns:cn-north-1:000000000000:alerts'] })), {
      name: 'ValidationException',
      message: 'Invalid partition aws-cn specified. Only aws is supported.',
    });
    const cli = await cliError([
      'put-metric-alarm', '--alarm-name', 'wording', '--namespace', 'Wording', '--metric-name', 'm', '--statistic', 'Sum', '--period', '60',
      '--evaluation-periods', '1', '--threshold', '1', '--comparison-operator', 'GreaterThanThreshold', '--alarm-actions', 'arn:aws-cn:sns:cn-north-1:000000000000:alerts',
    ]);
    assert.deepEqual(cli, { code: 'ValidationError', message: 'Invalid partition aws-cn specified. Only aws is supported.' });
  });

  test('alarms and tags that do not exist: SetAlarmState, ListTagsForResource; DescribeAlarms StateValue enum', async () => {
    await expectAwsError(cw.send(new SetAlarmStateCommand({ AlarmName: 'ghost', StateValue: 'OK', StateReason: 'x' })), { name: 'ResourceNotFound', message: 'Alarm ghost not found', status: 404 });
    const tags = await expectAwsError(cw.send(new ListTagsForResourceCommand({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:ghost' })), {
      name: 'ResourceNotFoundException',
      status: 404,
    });
    assert.equal(tags.ResourceType, 'Alarm');
    assert.equal(tags.ResourceId, 'ghost');
    const cli = await cliError(['describe-alarms', '--state-value', 'BROKEN']);
    assert.deepEqual(cli, { code: 'InvalidParameterValue', message: 'The parameter StateValue must be a value in the set [OK, ALARM, INSUFFICIENT_DATA].' });
    const cliTags = await cliError(['list-tags-for-resource', '--resource-arn', 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:ghost']);
    assert.equal(cliTags.code, 'ResourceNotFoundException');
    // The server still answers a good request.
    const listed = await cw.send(new DescribeAlarmsCommand({}));
    assert.deepEqual(listed.MetricAlarms, []);
  });

  test('boto3 over the CBOR wire (smithy-rpc-v2-cbor): the same codes, messages and statuses', async () => {
    const script = `
import boto3, botocore, json, sys, datetime
from botocore.config import Config
cw = boto3.client('cloudwatch', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test', config=Config(retries={'max_attempts': 1}))
now = datetime.datetime.fromtimestamp(int(sys.argv[2]) / 1000, datetime.timezone.utc)
out = {'protocol': cw.meta.service_model.protocol, 'errors': []}
def attempt(call):
    try:
        call()
        out['errors'].append(None)
    except botocore.exceptions.ClientError as e:
        out['errors'].append([e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']])
attempt(lambda: cw.put_metric_data(Namespace='Wording', MetricData=[{'MetricName': 'm', 'Value': 1e109}]))
attempt(lambda: cw.put_metric_data(Namespace='Wording', MetricData=[{'MetricName': 'm', 'Value': 1, 'Dimensions': [{'Name': 'a', 'Value': '1'}, {'Name': 'a', 'Value': '2'}]}]))
attempt(lambda: cw.get_metric_data(MetricDataQueries=[{'Id': 'a', 'MetricStat': {'Metric': {'Namespace': 'N', 'MetricName': 'm'}, 'Period': 60, 'Stat': 'Sum'}}], StartTime=now, EndTime=now))
attempt(lambda: cw.put_metric_alarm(AlarmName='a', Namespace='N', MetricName='m', Statistic='Sum', Period=60, EvaluationPeriods=1, DatapointsToAlarm=2, Threshold=1, ComparisonOperator='GreaterThanThreshold'))
attempt(lambda: cw.get_dashboard(DashboardName='ghost'))
print(json.dumps(out))
`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('python3', ['-c', script, cloud.endpoint, String(Math.floor(cloud.clock.now() / 60_000) * 60_000)], { timeout: 60_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    const answer = JSON.parse(stdout);
    assert.equal(answer.protocol, 'smithy-rpc-v2-cbor');
    assert.deepEqual(answer.errors, [
      ['InvalidParameterValue', `The value 10${',000'.repeat(36)} for parameter MetricData.member.1.Value is invalid.`, 400],
      ['InvalidParameterValue', 'No metric may specify the same dimension name twice.', 400],
      ['ValidationError', 'The parameter StartTime must not equal parameter EndTime.', 400],
      ['ValidationError', 'DatapointsToAlarm must be less than or equal to EvaluationPeriods', 400],
      ['ResourceNotFound', 'Dashboard ghost does not exist', 404],
    ]);
  });

  test('dashboards: a missing one is ResourceNotFound on the query wire, a bad body is InvalidParameterInput with its messages', async () => {
    await expectAwsError(cw.send(new GetDashboardCommand({ DashboardName: 'ghost' })), { name: 'ResourceNotFound', message: 'Dashboard ghost does not exist', status: 404 });
    const missing = await cliError(['get-dashboard', '--dashboard-name', 'ghost']);
    assert.deepEqual(missing, { code: 'ResourceNotFound', message: 'Dashboard ghost does not exist' });
    const bad = await expectAwsError(cw.send(new PutDashboardCommand({ DashboardName: 'd', DashboardBody: '{"widgets":[{}]}' })), { name: 'DashboardInvalidInputError', status: 400 });
    assert.deepEqual(bad.dashboardValidationMessages, [{ DataPath: '/widgets/0', Message: "Should have required property 'type'" }]);
    const body = JSON.stringify({ widgets: [{ type: 'text', properties: { markdown: 'x' } }, { type: 'metric', properties: { title: 'empty' } }] });
    const messages = [
      { dataPath: '/widgets/1/properties', message: "Should have required property 'metrics'" },
      { dataPath: '/widgets/1/properties', message: 'The metric widget should have specified a region and a data source or an alarm annotation' },
      { dataPath: '/widgets/1/properties', message: "Should have required property 'annotations'" },
    ];
    const wording = `The dashboard body is invalid, there are 3 validation errors:\n${JSON.stringify(messages, null, 2)}`;
    const empty = await expectAwsError(cw.send(new PutDashboardCommand({ DashboardName: 'd', DashboardBody: body })), { name: 'DashboardInvalidInputError', message: wording, status: 400 });
    assert.deepEqual(empty.dashboardValidationMessages, messages.map((m) => ({ DataPath: m.dataPath, Message: m.message })));
    const cliBad = await cliError(['put-dashboard', '--dashboard-name', 'd', '--dashboard-body', body]);
    assert.deepEqual(cliBad, { code: 'InvalidParameterInput', message: wording });
    await expectAwsError(cw.send(new GetDashboardCommand({ DashboardName: 'd' })), { name: 'ResourceNotFound', status: 404 });
    await expectAwsError(cw.send(new DeleteDashboardsCommand({ DashboardNames: ['ghost'] })), { name: 'ResourceNotFound', message: 'Dashboard ghost does not exist', status: 404 });
  });
});
