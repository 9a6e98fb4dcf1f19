import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteAnomalyDetectorCommand,
  DeleteMetricStreamCommand,
  DescribeAnomalyDetectorsCommand,
  GetMetricStreamCommand,
  ListMetricStreamsCommand,
  ListTagsForResourceCommand,
  PutAnomalyDetectorCommand,
  PutMetricStreamCommand,
  type PutMetricStreamCommandInput,
  StartMetricStreamsCommand,
  StopMetricStreamsCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const FIREHOSE = 'arn:aws:firehose:us-east-1:000000000000:deliverystream/metrics';
const ROLE = 'arn:aws:iam::000000000000:role/stream-writer';

describe('anomaly detectors and metric streams (SDK v3)', () => {
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

  test('anomaly detectors: single-metric (both ways of naming it) and metric math, described with filters, deleted', async () => {
    await cw.send(new PutAnomalyDetectorCommand({ Namespace: 'App', MetricName: 'Latency', Stat: 'Average', Dimensions: [{ Name: 'Host', Value: 'a' }] }));
    await cw.send(
      new PutAnomalyDetectorCommand({
        SingleMetricAnomalyDetector: { Namespace: 'App', MetricName: 'Errors', Stat: 'Sum' },
        Configuration: { ExcludedTimeRanges: [{ StartTime: new Date('2026-11-01T00:00:00Z'), EndTime: new Date('2026-11-02T00:00:00Z') }], MetricTimezone: 'Europe/Paris' },
      }),
    );
    await cw.send(
      new PutAnomalyDetectorCommand({
        MetricMathAnomalyDetector: {
          MetricDataQueries: [
            { Id: 'm1', MetricStat: { Metric: { Namespace: 'App', MetricName: 'Errors' }, Period: 300, Stat: 'Sum' }, ReturnData: false },
            { Id: 'e1', Expression: 'm1 * 2', ReturnData: true },
          ],
        },
      }),
    );
    const single = (await cw.send(new DescribeAnomalyDetectorsCommand({}))).AnomalyDetectors!;
    assert.deepEqual(single.map((d) => [d.SingleMetricAnomalyDetector?.MetricName, d.MetricName, d.StateValue]), [
      ['Errors', 'Errors', 'PENDING_TRAINING'],
      ['Latency', 'Latency', 'PENDING_TRAINING'],
    ]);
    assert.equal(single[0].Configuration?.MetricTimezone, 'Europe/Paris');
    const byDimension = await cw.send(new DescribeAnomalyDetectorsCommand({ Dimensions: [{ Name: 'Host', Value: 'a' }] }));
    assert.deepEqual(byDimension.AnomalyDetectors!.map((d) => d.MetricName), ['Latency']);
    const math = await cw.send(new DescribeAnomalyDetectorsCommand({ AnomalyDetectorTypes: ['METRIC_MATH'] }));
    assert.deepEqual(math.AnomalyDetectors!.map((d) => d.MetricMathAnomalyDetector?.MetricDataQueries?.map((q) => q.Id)), [['m1', 'e1']]);
    const paged = await cw.send(new DescribeAnomalyDetectorsCommand({ MaxResults: 1, AnomalyDetectorTypes: ['SINGLE_METRIC', 'METRIC_MATH'] }));
    assert.equal(paged.AnomalyDetectors!.length, 1);
    const next = await cw.send(new DescribeAnomalyDetectorsCommand({ MaxResults: 5, AnomalyDetectorTypes: ['SINGLE_METRIC', 'METRIC_MATH'], NextToken: paged.NextToken }));
    assert.equal(next.AnomalyDetectors!.length, 2);

    await cw.send(new DeleteAnomalyDetectorCommand({ SingleMetricAnomalyDetector: { Namespace: 'App', MetricName: 'Latency', Stat: 'Average', Dimensions: [{ Name: 'Host', Value: 'a' }] } }));
    await expectAwsError(cw.send(new DeleteAnomalyDetectorCommand({ Namespace: 'App', MetricName: 'Latency', Stat: 'Average', Dimensions: [{ Name: 'Host', Value: 'a' }] })), {
      name: 'ResourceNotFoundException',
      message: 'This anomaly detection model does not exist.',
      status: 404,
    });
  });

  test('anomaly detector errors: both ways at once, missing members, a bad statistic, a bad time zone, math without one result', async () => {
    await expectAwsError(cw.send(new PutAnomalyDetectorCommand({ Namespace: 'App', MetricName: 'X', Stat: 'Sum', SingleMetricAnomalyDetector: { Namespace: 'App', MetricName: 'X', Stat: 'Sum' } })), {
      name: 'InvalidParameterCombinationException',
      status: 400,
    });
    await expectAwsError(cw.send(new PutAnomalyDetectorCommand({ Namespace: 'App', Stat: 'Sum' })), { name: 'MissingRequiredParameterException', message: 'The parameter MetricName is required.', status: 400 });
    await expectAwsError(cw.send(new PutAnomalyDetectorCommand({ Namespace: 'App', MetricName: 'X', Stat: 'p' as string })), { name: 'ValidationException', status: 400 });
    await expectAwsError(cw.send(new PutAnomalyDetectorCommand({ Namespace: 'App', MetricName: 'X', Stat: 'p50', Configuration: { MetricTimezone: 'Mars/Olympus' } })), {
      name: 'InvalidParameterValueException',
      message: 'The value Mars/Olympus for parameter Configuration.MetricTimezone is not a valid time zone.',
    });
    await expectAwsError(
      cw.send(new PutAnomalyDetectorCommand({ MetricMathAnomalyDetector: { MetricDataQueries: [{ Id: 'a', Expression: 'TIME_SERIES(1)' }, { Id: 'b', Expression: 'TIME_SERIES(2)' }] } })),
      { name: 'InvalidParameterValueException', message: 'Exactly one element of the MetricDataQueries list must return data.' },
    );
    await expectAwsError(cw.send(new DescribeAnomalyDetectorsCommand({ MaxResults: 101 })), { name: 'InvalidParameterValueException', message: 'The parameter MaxResults must be between 1 and 100.' });
    await expectAwsError(cw.send(new DescribeAnomalyDetectorsCommand({ NextToken: 'x' })), { name: 'InvalidNextToken', status: 400 });
    assert.equal((await cw.send(new DescribeAnomalyDetectorsCommand({}))).AnomalyDetectors!.length, 1, 'the server still answers');
  });

  test('metric streams: created running, updated without changing state, stopped and started, listed, tagged, deleted', async () => {
    const stream = (name: string, extra: Partial<PutMetricStreamCommandInput> = {}): PutMetricStreamCommandInput => ({
      Name: name,
      FirehoseArn: FIREHOSE,
      RoleArn: ROLE,
      OutputFormat: 'json',
      ...extra,
    });
    const created = await cw.send(new PutMetricStreamCommand(stream('all-app', { IncludeFilters: [{ Namespace: 'App' }], Tags: [{ Key: 'env', Value: 'test' }] })));
    assert.equal(created.Arn, 'arn:aws:cloudwatch:us-east-1:000000000000:metric-stream/all-app');
    await cw.send(new PutMetricStreamCommand(stream('otel', { OutputFormat: 'opentelemetry1.0', StatisticsConfigurations: [{ IncludeMetrics: [{ Namespace: 'App', MetricName: 'Latency' }], AdditionalStatistics: ['p99'] }] })));
    let got = await cw.send(new GetMetricStreamCommand({ Name: 'all-app' }));
    assert.equal(got.State, 'running');
    assert.deepEqual(got.IncludeFilters, [{ Namespace: 'App' }]);
    assert.ok(got.CreationDate instanceof Date);

    await cw.send(new StopMetricStreamsCommand({ Names: ['all-app'] }));
    await cw.send(new PutMetricStreamCommand(stream('all-app', { ExcludeFilters: [{ Namespace: 'Noise' }] })));
    got = await cw.send(new GetMetricStreamCommand({ Name: 'all-app' }));
    assert.equal(got.State, 'stopped', 'an update leaves the state as it was');
    assert.deepEqual(got.ExcludeFilters, [{ Namespace: 'Noise' }]);
    await cw.send(new StartMetricStreamsCommand({ Names: ['all-app', 'otel'] }));
    const list = await cw.send(new ListMetricStreamsCommand({ MaxResults: 1 }));
    assert.deepEqual(list.Entries!.map((e) => [e.Name, e.State, e.OutputFormat]), [['all-app', 'running', 'json']]);
    const rest = await cw.send(new ListMetricStreamsCommand({ NextToken: list.NextToken }));
    assert.deepEqual(rest.Entries!.map((e) => e.Name), ['otel']);
    const tags = await cw.send(new ListTagsForResourceCommand({ ResourceARN: created.Arn }));
    assert.deepEqual(tags.Tags, [{ Key: 'env', Value: 'test' }]);

    await cw.send(new DeleteMetricStreamCommand({ Name: 'otel' }));
    await cw.send(new DeleteMetricStreamCommand({ Name: 'otel' }));
    await expectAwsError(cw.send(new GetMetricStreamCommand({ Name: 'otel' })), { name: 'ResourceNotFoundException', message: 'Metric stream otel does not exist.', status: 404 });
  });

  test('metric stream errors: both filter kinds, a target that is not a Firehose stream, a role that is not a role, statistics the format cannot carry, start all or nothing', async () => {
    const put = (extra: Partial<PutMetricStreamCommandInput>) => cw.send(new PutMetricStreamCommand({ Name: 'bad', FirehoseArn: FIREHOSE, RoleArn: ROLE, OutputFormat: 'json', ...extra }));
    await expectAwsError(put({ IncludeFilters: [{ Namespace: 'A' }], ExcludeFilters: [{ Namespace: 'B' }] }), {
      name: 'InvalidParameterCombinationException',
      message: 'The parameters IncludeFilters and ExcludeFilters are mutually exclusive and you have specified both.',
      status: 400,
    });
    await expectAwsError(put({ FirehoseArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/metrics' }), {
      name: 'InvalidParameterValueException',
      message: 'The value arn:aws:kinesis:us-east-1:000000000000:stream/metrics for parameter FirehoseArn is not a valid Amazon Kinesis Data Firehose delivery stream ARN.',
    });
    await expectAwsError(put({ FirehoseArn: 'arn:aws:firehose:eu-west-1:000000000000:deliverystream/metrics' }), {
      name: 'InvalidParameterValueException',
      message: 'The Firehose delivery stream must be in the same account and Region as the metric stream.',
    });
    await expectAwsError(put({ RoleArn: 'arn:aws:iam::000000000000:user/bob' }), { name: 'InvalidParameterValueException', message: 'The value arn:aws:iam::000000000000:user/bob for parameter RoleArn is not a valid IAM role ARN.' });
    await expectAwsError(put({ Name: 'has space' }), { name: 'InvalidParameterValueException', status: 400 });
    await expectAwsError(put({ OutputFormat: 'opentelemetry0.7', StatisticsConfigurations: [{ IncludeMetrics: [{ Namespace: 'A', MetricName: 'B' }], AdditionalStatistics: ['tm90'] }] }), {
      name: 'InvalidParameterValueException',
      message: 'The statistic tm90 is not supported as an additional statistic for the output format opentelemetry0.7.',
    });
    await expectAwsError(cw.send(new StopMetricStreamsCommand({ Names: ['all-app', 'nope'] })), { name: 'InvalidParameterValueException', message: 'The metric streams nope do not exist.' });
    assert.equal((await cw.send(new GetMetricStreamCommand({ Name: 'all-app' }))).State, 'running', 'nothing stopped');
  });
});
