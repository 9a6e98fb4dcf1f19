import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

describe('GetMetricData result labels (SDK v3)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  let now: number;
  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
    now = cloud.clock.now();
    const at = (minutesAgo: number) => new Date(Math.floor(now / 60_000) * 60_000 - minutesAgo * 60_000 + 1_000);
    for (const [host, values] of [
      ['web-1', [4, 8]],
      ['web-2', [1, 3]],
    ] as const) {
      await cw.send(
        new PutMetricDataCommand({
          Namespace: 'Fleet',
          MetricData: values.map((v, i) => ({ MetricName: 'Load', Dimensions: [{ Name: 'Host', Value: host }, { Name: 'Zone', Value: 'z1' }], Value: v, Timestamp: at(2 - i) })),
        }),
      );
    }
    await cw.send(new PutMetricDataCommand({ Namespace: 'Fleet', MetricData: [{ MetricName: 'Queue', Value: 9, Timestamp: at(1) }] }));
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  const stat = (id: string, metric: string, host?: string, label?: string): MetricDataQuery => ({
    Id: id,
    Label: label,
    MetricStat: {
      Metric: { Namespace: 'Fleet', MetricName: metric, Dimensions: host ? [{ Name: 'Host', Value: host }, { Name: 'Zone', Value: 'z1' }] : undefined },
      Period: 60,
      Stat: 'Maximum',
    },
  });
  const labels = async (queries: MetricDataQuery[]) =>
    (await cw.send(new GetMetricDataCommand({ StartTime: new Date(now - 3_600_000), EndTime: new Date(now + 60_000), MetricDataQueries: queries, ScanBy: 'TimestampAscending' }))).MetricDataResults!.map(
      (r) => r.Label,
    );

  test('a MetricStat without a Label is labelled with its metric name, and its dimension values first when several queries read that name', async () => {
    assert.deepEqual(await labels([stat('a', 'Load', 'web-1')]), ['Load']);
    assert.deepEqual(await labels([stat('a', 'Load', 'web-1'), stat('b', 'Load', 'web-2'), stat('c', 'Queue')]), ['web-1 z1 Load', 'web-2 z1 Load', 'Queue']);
    // The same with math in the request (evaluated, not paged).
    assert.deepEqual(await labels([stat('a', 'Load', 'web-1'), stat('b', 'Load', 'web-2'), { Id: 'e1', Expression: 'a + b' }]), ['web-1 z1 Load', 'web-2 z1 Load', 'e1']);
    assert.deepEqual(await labels([stat('a', 'Load', 'web-1', 'front door')]), ['front door']);
  });

  test('dynamic labels: ${LABEL}, ${PROP(...)} and values of the returned datapoints', async () => {
    assert.deepEqual(
      await labels([stat('a', 'Load', 'web-1', "${PROP('Dim.Host')} ${PROP('MetricName')} ${PROP('Stat')}/${PROP('Period')}s in ${PROP('Namespace')} ${PROP('Region')}: max ${MAX}, avg ${AVG}, last ${LAST} of ${DATAPOINT_COUNT}")]),
      ['web-1 Load Maximum/60s in Fleet us-east-1: max 8, avg 6, last 8 of 2'],
    );
    assert.deepEqual(await labels([stat('a', 'Load', 'web-2', '[${LABEL}] sum ${SUM} range ${MIN_MAX_RANGE}'), stat('b', 'Load', 'web-1')]), ['[web-2 z1 Load] sum 4 range 2', 'web-1 z1 Load']);
    // In a SEARCH, the dynamic label applies to every series it finds.
    assert.deepEqual(await labels([{ Id: 's', Expression: "SEARCH('{Fleet,Host,Zone} Load', 'Maximum', 60)", Label: '${LABEL} peaked at ${MAX}' }]), ['web-1 z1 peaked at 8', 'web-2 z1 peaked at 3']);
    assert.deepEqual(await labels([stat('a', 'Load', 'web-1', "${PROP('Dim.Rack')} ${UNKNOWN}")]), ["${PROP('Dim.Rack')} ${UNKNOWN}"], 'what does not apply stays as written');
  });
});
