import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, PutInsightRuleCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { aws, AWS_CLI, clientConfig, startTestCloud } from '../support/cloud.js';

/**
 * Metrics Insights and Contributor Insights reports through the Debian AWS CLI
 * v2 (2.9), which speaks the query protocol to CloudWatch (set-up through the
 * SDK: each CLI run costs seconds).
 */
describe('CloudWatch insights through the AWS CLI v2 (query protocol)', () => {
  let cloud: Cloud;
  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package`);
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('a Metrics Insights query in get-metric-data, grouped; a malformed one is a ValidationError', async () => {
    const cw = new CloudWatchClient(clientConfig(cloud));
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'Site',
        MetricData: [
          { MetricName: 'Hits', Dimensions: [{ Name: 'Page', Value: 'home' }], Value: 3 },
          { MetricName: 'Hits', Dimensions: [{ Name: 'Page', Value: 'cart' }], Value: 5 },
        ],
      }),
    );
    cw.destroy();
    const now = cloud.clock.now();
    const range = ['--start-time', new Date(now - 600_000).toISOString(), '--end-time', new Date(now + 60_000).toISOString()];
    const query = (expression: string) => JSON.stringify([{ Id: 'q', Expression: expression, Period: 300 }]);
    const result = await aws(cloud, ['cloudwatch', 'get-metric-data', '--metric-data-queries', query('SELECT SUM(Hits) FROM Site GROUP BY Page ORDER BY SUM() DESC'), ...range]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.json.MetricDataResults.map((r: { Label: string; Values: number[] }) => [r.Label, r.Values]), [
      ['cart', [5]],
      ['home', [3]],
    ]);
    const bad = await aws(cloud, ['cloudwatch', 'get-metric-data', '--metric-data-queries', query('SELECT SUM(Hits) FROM Site LIMIT 900'), ...range]);
    assert.equal(bad.code, 254);
    assert.match(bad.stderr, /\(ValidationError\).*Error in expression q: The LIMIT 900 must be between 1 and 500/);
  });

  test('get-insight-rule-report over a rule and events made with the SDK', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    const cw = new CloudWatchClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'api' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'api', logStreamName: 's' }));
    const definition = JSON.stringify({ Schema: { Name: 'CloudWatchLogRule', Version: 1 }, LogGroupNames: ['api'], LogFormat: 'JSON', Contribution: { Keys: ['$.user'] }, AggregateOn: 'Count' });
    await cw.send(new PutInsightRuleCommand({ RuleName: 'busy-users', RuleDefinition: definition }));
    const timestamp = cloud.clock.now();
    await logs.send(new PutLogEventsCommand({ logGroupName: 'api', logStreamName: 's', logEvents: ['ann', 'bob', 'ann'].map((user) => ({ timestamp, message: JSON.stringify({ user }) })) }));
    logs.destroy();
    cw.destroy();
    const now = cloud.clock.now();
    const report = await aws(cloud, [
      'cloudwatch', 'get-insight-rule-report', '--rule-name', 'busy-users', '--period', '60',
      '--start-time', new Date(now - 600_000).toISOString(), '--end-time', new Date(now + 60_000).toISOString(), '--metrics', 'UniqueContributors',
    ]);
    assert.equal(report.code, 0, report.stderr);
    assert.deepEqual(report.json.Contributors.map((c: { Keys: string[]; ApproximateAggregateValue: number }) => [c.Keys, c.ApproximateAggregateValue]), [[['ann'], 2], [['bob'], 1]]);
    assert.equal(report.json.MetricDatapoints[0].UniqueContributors, 2);
  });
});
