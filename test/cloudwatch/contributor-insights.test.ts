import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteInsightRulesCommand,
  DescribeInsightRulesCommand,
  DisableInsightRulesCommand,
  EnableInsightRulesCommand,
  GetInsightRuleReportCommand,
  ListManagedInsightRulesCommand,
  ListTagsForResourceCommand,
  PutInsightRuleCommand,
  PutManagedInsightRulesCommand,
  TagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clfFields } from '../../src/services/cloudwatch/insight-rule-definition.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const jsonRule = (overrides: Record<string, unknown> = {}, contribution: Record<string, unknown> = {}) =>
  JSON.stringify({
    Schema: { Name: 'CloudWatchLogRule', Version: 1 },
    LogGroupNames: ['web-*'],
    LogFormat: 'JSON',
    Contribution: { Keys: ['$.ip'], ValueOf: '$.bytes', Filters: [{ Match: '$.method', In: ['PUT', 'POST'] }], ...contribution },
    AggregateOn: 'Sum',
    ...overrides,
  });

describe('Contributor Insights rules (SDK v3)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  let logs: CloudWatchLogsClient;
  const put = async (group: string, messages: string[]) => {
    const timestamp = cloud.clock.now();
    await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: 's', logEvents: messages.map((message) => ({ timestamp, message })) }));
  };
  const reportOf = (name: string, extra: Partial<ConstructorParameters<typeof GetInsightRuleReportCommand>[0]> = {}) =>
    cw.send(
      new GetInsightRuleReportCommand({
        RuleName: name,
        StartTime: new Date(cloud.clock.now() - 3_600_000),
        EndTime: new Date(cloud.clock.now() + 60_000),
        Period: 60,
        ...extra,
      }),
    );

  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    for (const group of ['web-a', 'web-b', 'other', 'access']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
      await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 's' }));
    }
    // Before any rule exists: no rule ever sees these.
    await put('web-a', [JSON.stringify({ ip: '10.0.0.9', method: 'PUT', bytes: 1e6 })]);
  });
  after(async () => {
    cw.destroy();
    logs.destroy();
    await cloud.close();
  });

  test('a JSON rule summing a field per contributor over the log groups its wildcard names', async () => {
    await cw.send(new PutInsightRuleCommand({ RuleName: 'top-uploaders', RuleDefinition: jsonRule(), Tags: [{ Key: 'team', Value: 'web' }] }));
    await put('web-a', [
      JSON.stringify({ ip: '10.0.0.1', method: 'PUT', bytes: 100 }),
      JSON.stringify({ ip: '10.0.0.1', method: 'POST', bytes: 50 }),
      JSON.stringify({ ip: '10.0.0.2', method: 'PUT', bytes: 120 }),
      JSON.stringify({ ip: '10.0.0.3', method: 'GET', bytes: 999 }),
      'not json',
      JSON.stringify({ method: 'PUT', bytes: 5 }),
    ]);
    await put('web-b', [JSON.stringify({ ip: '10.0.0.2', method: 'PUT', bytes: 60 })]);
    await put('other', [JSON.stringify({ ip: '10.0.0.7', method: 'PUT', bytes: 5000 })]);

    const report = await reportOf('top-uploaders', { Metrics: ['UniqueContributors', 'MaxContributorValue', 'SampleCount', 'Sum', 'Minimum', 'Maximum', 'Average'] });
    assert.deepEqual(report.KeyLabels, ['$.ip']);
    assert.equal(report.AggregationStatistic, 'Sum');
    assert.equal(report.AggregateValue, 330);
    assert.equal(report.ApproximateUniqueCount, 2);
    assert.deepEqual(report.Contributors!.map((c) => [c.Keys, c.ApproximateAggregateValue, c.Datapoints!.map((d) => d.ApproximateValue)]), [
      [['10.0.0.2'], 180, [180]],
      [['10.0.0.1'], 150, [150]],
    ]);
    const [point] = report.MetricDatapoints!;
    assert.equal(report.MetricDatapoints!.length, 1);
    assert.deepEqual(
      { ...point, Timestamp: undefined },
      { Timestamp: undefined, UniqueContributors: 2, MaxContributorValue: 180, SampleCount: 4, Sum: 330, Minimum: 50, Maximum: 120, Average: 82.5 },
    );
    assert.equal(point.Timestamp!.getTime() % 60_000, 0);

    const one = await reportOf('top-uploaders', { MaxContributorCount: 1, OrderBy: 'Maximum' });
    assert.deepEqual(one.Contributors!.map((c) => c.Keys), [['10.0.0.2']]);
    assert.deepEqual(one.MetricDatapoints, [], 'no metrics asked for, none returned');
    const tags = await cw.send(new ListTagsForResourceCommand({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:000000000000:insight-rule/top-uploaders' }));
    assert.deepEqual(tags.Tags, [{ Key: 'team', Value: 'web' }]);
  });

  test('a CLF rule counting with Fields aliases and numeric filters', async () => {
    const definition = JSON.stringify({
      Schema: { Name: 'CloudWatchLogRule', Version: 1 },
      LogGroupNames: ['access'],
      LogFormat: 'CLF',
      Fields: { '1': 'IpAddress', '6': 'StatusCode' },
      Contribution: { Keys: ['IpAddress', '5'], Filters: [{ Match: 'StatusCode', GreaterThan: 399 }] },
      AggregateOn: 'Count',
    });
    await cw.send(new PutInsightRuleCommand({ RuleName: 'errors-by-client', RuleDefinition: definition, RuleState: 'ENABLED' }));
    const line = (ip: string, request: string, status: number) => `${ip} - - [02/Dec/2026:10:00:00 +0000] "${request}" ${status} 512`;
    await put('access', [line('1.1.1.1', 'GET /a HTTP/1.1', 500), line('1.1.1.1', 'GET /a HTTP/1.1', 503), line('2.2.2.2', 'GET /b HTTP/1.1', 404), line('3.3.3.3', 'GET /c HTTP/1.1', 200)]);
    const report = await reportOf('errors-by-client', { Metrics: ['SampleCount', 'Average', 'Minimum', 'Maximum'] });
    assert.equal(report.AggregationStatistic, 'Count');
    assert.deepEqual(report.KeyLabels, ['IpAddress', '5']);
    assert.deepEqual(report.Contributors!.map((c) => [c.Keys, c.ApproximateAggregateValue]), [
      [['1.1.1.1', 'GET /a HTTP/1.1'], 2],
      [['2.2.2.2', 'GET /b HTTP/1.1'], 1],
    ]);
    assert.deepEqual(report.MetricDatapoints!.map((p) => [p.SampleCount, p.Average, p.Minimum, p.Maximum]), [[3, 1, 1, 1]]);
    assert.deepEqual(clfFields('1.1.1.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /x HTTP/1.0" 200 2326'), ['1.1.1.1', '-', 'frank', '10/Oct/2000:13:55:36 -0700', 'GET /x HTTP/1.0', '200', '2326']);
  });

  test('a disabled rule sees nothing that arrives while it is disabled; enabling and describing', async () => {
    await cw.send(new PutInsightRuleCommand({ RuleName: 'paused', RuleDefinition: jsonRule({ LogGroupNames: ['other'] }), RuleState: 'DISABLED' }));
    await put('other', [JSON.stringify({ ip: '10.9.9.9', method: 'PUT', bytes: 7 })]);
    assert.deepEqual((await reportOf('paused')).Contributors, []);
    const enabled = await cw.send(new EnableInsightRulesCommand({ RuleNames: ['paused', 'ghost'] }));
    assert.deepEqual(enabled.Failures, [{ FailureResource: 'ghost', ExceptionType: 'ResourceNotFoundException', FailureCode: '404', FailureDescription: 'Rule ghost does not exist.' }]);
    await put('other', [JSON.stringify({ ip: '10.8.8.8', method: 'PUT', bytes: 3 })]);
    assert.deepEqual((await reportOf('paused')).Contributors!.map((c) => c.Keys), [['10.8.8.8']]);
    await cw.send(new DisableInsightRulesCommand({ RuleNames: ['paused'] }));

    const described = await cw.send(new DescribeInsightRulesCommand({ MaxResults: 2 }));
    assert.deepEqual(described.InsightRules!.map((r) => [r.Name, r.State, r.Schema, r.ManagedRule]), [
      ['errors-by-client', 'ENABLED', 'CloudWatchLogRule/1', false],
      ['paused', 'DISABLED', 'CloudWatchLogRule/1', false],
    ]);
    const rest = await cw.send(new DescribeInsightRulesCommand({ MaxResults: 2, NextToken: described.NextToken }));
    assert.deepEqual(rest.InsightRules!.map((r) => r.Name), ['top-uploaders']);
    assert.equal(rest.NextToken, undefined);
    await expectAwsError(cw.send(new DescribeInsightRulesCommand({ NextToken: 'bogus' })), { name: 'InvalidNextToken', status: 400 });
  });

  test('errors: bad definitions and states (InvalidParameterValue), a missing rule (ResourceNotFoundException), report parameters', async () => {
    const bad: Array<[string, string]> = [
      ['{', 'The rule definition is not valid: it is not valid JSON.'],
      [jsonRule({ Schema: { Name: 'CloudWatchLogRule', Version: 2 } }), 'The rule definition is not valid: Schema must be {"Name": "CloudWatchLogRule", "Version": 1}.'],
      [jsonRule({ LogFormat: 'XML' }), 'The rule definition is not valid: LogFormat must be JSON or CLF.'],
      [jsonRule({}, { Keys: ['$.a', '$.b', '$.c', '$.d', '$.e'] }), 'The rule definition is not valid: Contribution.Keys must have between 1 and 4 members.'],
      [jsonRule({}, { Keys: ['ip'] }), 'The rule definition is not valid: Each of Contribution.Keys ip is not in JSON property format ($.name).'],
      [jsonRule({}, { ValueOf: undefined }), 'The rule definition is not valid: Contribution.ValueOf is required when AggregateOn is Sum.'],
      [jsonRule({}, { Filters: [{ Match: '$.x', Like: ['a'] }] }), 'The rule definition is not valid: A filter needs exactly one operator of In, NotIn, StartsWith, GreaterThan, LessThan, EqualTo, NotEqualTo, IsPresent.'],
      [jsonRule({}, { Filters: [{ Match: '$.x', GreaterThan: '5' }] }), 'The rule definition is not valid: GreaterThan takes a number.'],
      [jsonRule({ AggregateOn: 'Avg' }), 'The rule definition is not valid: AggregateOn must be Count or Sum.'],
    ];
    for (const [definition, message] of bad) {
      await expectAwsError(cw.send(new PutInsightRuleCommand({ RuleName: 'bad', RuleDefinition: definition })), { name: 'InvalidParameterValueException', message, status: 400 });
    }
    await expectAwsError(cw.send(new PutInsightRuleCommand({ RuleName: 'bad', RuleDefinition: jsonRule(), RuleState: 'PAUSED' })), {
      name: 'InvalidParameterValueException',
      message: 'The value PAUSED for parameter RuleState is not valid. Valid values are: ENABLED, DISABLED.',
    });
    await expectAwsError(reportOf('nope'), { name: 'ResourceNotFoundException', message: 'Rule nope does not exist.', status: 404 });
    await expectAwsError(reportOf('top-uploaders', { MaxContributorCount: 101 }), { name: 'InvalidParameterValueException', message: 'The parameter MaxContributorCount must be between 1 and 100.', status: 400 });
    await expectAwsError(reportOf('top-uploaders', { OrderBy: 'Average' }), { name: 'InvalidParameterValueException', message: 'The value Average for parameter OrderBy is not valid. Valid values are: Sum, Maximum.' });
    await expectAwsError(reportOf('top-uploaders', { Metrics: ['P99'] }), { name: 'InvalidParameterValueException', status: 400 });
    await expectAwsError(reportOf('top-uploaders', { StartTime: new Date(cloud.clock.now()), EndTime: new Date(cloud.clock.now() - 1) }), {
      name: 'InvalidParameterValueException',
      message: 'The parameter StartTime must be less than the parameter EndTime.',
    });
    assert.equal((await reportOf('top-uploaders')).AggregateValue, 330, 'the server still answers a normal report');
  });

  test('DeleteInsightRules lists what it could not delete; 100 rules a Region (LimitExceededException); managed rules', async () => {
    const deleted = await cw.send(new DeleteInsightRulesCommand({ RuleNames: ['paused', 'never-was'] }));
    assert.deepEqual(deleted.Failures!.map((f) => [f.FailureResource, f.ExceptionType]), [['never-was', 'ResourceNotFoundException']]);
    await expectAwsError(reportOf('paused'), { name: 'ResourceNotFoundException', status: 404 });
    await expectAwsError(cw.send(new TagResourceCommand({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:000000000000:insight-rule/paused', Tags: [{ Key: 'a', Value: 'b' }] })), {
      name: 'ResourceNotFoundException',
      status: 404,
    });

    const existing = (await cw.send(new DescribeInsightRulesCommand({}))).InsightRules!.length;
    for (let i = existing; i < 100; i++) await cw.send(new PutInsightRuleCommand({ RuleName: `filler-${i}`, RuleDefinition: jsonRule(), RuleState: 'DISABLED' }));
    await expectAwsError(cw.send(new PutInsightRuleCommand({ RuleName: 'one-too-many', RuleDefinition: jsonRule() })), {
      name: 'LimitExceededException',
      message: 'The maximum number of Contributor Insights rules (100) in this Region has been reached.',
      status: 400,
    });
    await cw.send(new PutInsightRuleCommand({ RuleName: 'top-uploaders', RuleDefinition: jsonRule() }));

    const table = 'arn:aws:dynamodb:us-east-1:000000000000:table/orders';
    assert.deepEqual((await cw.send(new ListManagedInsightRulesCommand({ ResourceARN: table }))).ManagedRules, []);
    await expectAwsError(cw.send(new ListManagedInsightRulesCommand({ ResourceARN: 'orders' })), { name: 'InvalidParameterValueException', status: 400 });
    const managed = await cw.send(new PutManagedInsightRulesCommand({ ManagedRules: [{ TemplateName: 'DynamoDBContributorInsights-PKC', ResourceARN: table }] }));
    assert.deepEqual(managed.Failures!.map((f) => [f.FailureResource, f.ExceptionType]), [[table, 'InvalidParameterValueException']]);
  });
});
