import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

describe('unsigned compressed query requests', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('a gzip PutMetricData without a signature reaches CloudWatch (it used to be taken for S3)', async () => {
    const form = 'Action=PutMetricData&Version=2010-08-01&Namespace=Gz&MetricData.member.1.MetricName=Zipped&MetricData.member.1.Value=3';
    const response = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'content-encoding': 'gzip' },
      body: gzipSync(form),
    });
    const text = await response.text();
    assert.equal(response.status, 200, text);
    assert.match(text, /<PutMetricDataResponse xmlns="http:\/\/monitoring\.amazonaws\.com\/doc\/2010-08-01\/">/);
    const cw = new CloudWatchClient(clientConfig(cloud));
    const { Metrics } = await cw.send(new ListMetricsCommand({ Namespace: 'Gz' }));
    cw.destroy();
    assert.deepEqual(Metrics?.map((m) => m.MetricName), ['Zipped']);

    // A body that claims gzip but is not: an AWS error, not a crash.
    const broken = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
      body: 'Action=ListMetrics&Version=2010-08-01',
    });
    assert.ok(broken.status >= 400 && broken.status < 500, `status ${broken.status}`);
    assert.match(await broken.text(), /<Code>[A-Za-z.]+<\/Code>/);
  });
});
