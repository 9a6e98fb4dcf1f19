import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetDashboardCommand,
  ListDashboardsCommand,
  ListMetricsCommand,
  ListTagsForResourceCommand,
  PutCompositeAlarmCommand,
  PutDashboardCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  TagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** A token as CloudWatch gave them out before page tokens moved to core: standard base64 ('+', '/', '=') of the same JSON. */
const oldStyleToken = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64');

describe('CloudWatch: page tokens, dashboard ARNs, alarms a composite depends on', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  let cwChina: CloudWatchClient;
  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
    cwChina = new CloudWatchClient(clientConfig(cloud, 'cn-north-1'));
  });
  after(async () => {
    cw.destroy();
    cwChina.destroy();
    await cloud.close();
  });

  const metricAlarm = (name: string) =>
    cw.send(new PutMetricAlarmCommand({ AlarmName: name, Namespace: 'Deps', MetricName: name, Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' }));

  test('tokens given out in the old base64 alphabet still page; new tokens are base64url', async () => {
    for (const name of ['tok-a', 'tok-b', 'tok-c']) await metricAlarm(name);
    const first = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'tok-', MaxRecords: 1 }));
    assert.deepEqual(first.MetricAlarms?.map((a) => a.AlarmName), ['tok-a']);
    assert.match(first.NextToken!, /^[A-Za-z0-9_-]+$/);
    // '{"offset":1 }' encodes with '=' padding, which base64url never writes.
    const old = Buffer.from('{"offset":1 }').toString('base64');
    assert.ok(old.endsWith('='), old);
    const second = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'tok-', MaxRecords: 1, NextToken: old }));
    assert.deepEqual(second.MetricAlarms?.map((a) => a.AlarmName), ['tok-b']);

    // ListMetrics' token names the last metric: '?>' in a name puts '/' and '+' into standard base64.
    const namespace = 'Tok?>>';
    for (const name of ['m1?>', 'm2?>']) await cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: name, Value: 1 }] }));
    const token = oldStyleToken({ namespace, name: 'm1?>', dimensions: [] });
    assert.match(token, /[+/]/);
    const after = await cw.send(new ListMetricsCommand({ Namespace: namespace, NextToken: token }));
    assert.deepEqual(after.Metrics?.map((m) => m.MetricName), ['m2?>']);

    await expectAwsError(cw.send(new DescribeAlarmsCommand({ NextToken: oldStyleToken({ after: 'x' }) })), {
      name: 'InvalidNextToken',
      message: 'The service cannot process the NextToken. The token is invalid or has expired.',
      status: 400,
    });
  });

  test("a dashboard's ARN has no region, and its partition follows the caller's region", async () => {
    const body = JSON.stringify({ widgets: [{ type: 'text', properties: { markdown: 'hi' } }] });
    await cwChina.send(new PutDashboardCommand({ DashboardName: 'partitioned', DashboardBody: body }));
    const china = await cwChina.send(new GetDashboardCommand({ DashboardName: 'partitioned' }));
    assert.equal(china.DashboardArn, 'arn:aws-cn:cloudwatch::000000000000:dashboard/partitioned');
    const listed = await cwChina.send(new ListDashboardsCommand({ DashboardNamePrefix: 'partitioned' }));
    assert.deepEqual(listed.DashboardEntries?.map((d) => d.DashboardArn), ['arn:aws-cn:cloudwatch::000000000000:dashboard/partitioned']);
    await cwChina.send(new TagResourceCommand({ ResourceARN: china.DashboardArn, Tags: [{ Key: 'team', Value: 'ops' }] }));
    assert.deepEqual((await cwChina.send(new ListTagsForResourceCommand({ ResourceARN: china.DashboardArn }))).Tags, [{ Key: 'team', Value: 'ops' }]);
    // Dashboards are global: the same one, asked for from a commercial region, has the aws partition.
    const commercial = await cw.send(new GetDashboardCommand({ DashboardName: 'partitioned' }));
    assert.equal(commercial.DashboardArn, 'arn:aws:cloudwatch::000000000000:dashboard/partitioned');
  });

  test('DeleteAlarms refuses alarms a composite depends on, in AWS words, and deletes none of them', async () => {
    for (const name of ['dep-cpu', 'dep-disk', 'dep-free']) await metricAlarm(name);
    await cw.send(new PutCompositeAlarmCommand({ AlarmName: 'dep-both', AlarmRule: 'ALARM(dep-cpu) OR ALARM("dep-disk")' }));

    await expectAwsError(cw.send(new DeleteAlarmsCommand({ AlarmNames: ['dep-cpu'] })), {
      name: 'ValidationException',
      message: 'Cannot delete dep-cpu as there are composite alarm(s) depending on it.',
      status: 400,
    });
    await expectAwsError(cw.send(new DeleteAlarmsCommand({ AlarmNames: ['dep-free', 'dep-cpu', 'dep-disk'] })), {
      name: 'ValidationException',
      message: 'Cannot delete dep-cpu,dep-disk as there are composite alarm(s) depending on them.',
      status: 400,
    });
    const left = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'dep-', AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }));
    assert.deepEqual(left.MetricAlarms?.map((a) => a.AlarmName), ['dep-cpu', 'dep-disk', 'dep-free']);

    // The query protocol (the Debian CLI) carries the same words under the query code.
    const cli = await aws(cloud, ['cloudwatch', 'delete-alarms', '--alarm-names', 'dep-disk']);
    assert.equal(cli.code, 254);
    assert.match(cli.stderr, /An error occurred \(ValidationError\) when calling the DeleteAlarms operation.*: Cannot delete dep-disk as there are composite alarm\(s\) depending on it\./);

    // With the composite in the same call, nothing depends on them any more.
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['dep-both', 'dep-cpu', 'dep-disk', 'dep-free'] }));
    const gone = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'dep-', AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }));
    assert.deepEqual([...(gone.MetricAlarms ?? []), ...(gone.CompositeAlarms ?? [])], []);
  });
});
