import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { aws, AWS_CLI, startTestCloud } from '../support/cloud.js';
import { expectHealthyWithin } from './support.js';

/**
 * The main work limit of issue #11 through the AWS CLI and the query
 * protocol: 500 TIME_SERIES(1) queries at Period 1 over 28 hours answer at
 * once with a bounded PartialData page instead of taking the server down.
 */

const HOUR = 3_600_000;

describe('CloudWatch metrics: work limits through the AWS CLI and the query protocol', () => {
  let cloud: Cloud;
  let dir: string;
  let end: number;
  const queries = Array.from({ length: 500 }, (_, i) => ({ Id: `q${i}`, Expression: 'TIME_SERIES(1)', Period: 1 }));

  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package (or set NIMBUS_AWS_CLI)`);
    cloud = await startTestCloud();
    dir = mkdtempSync(join(tmpdir(), 'nimbus-cw-limits-'));
    end = Math.floor(cloud.clock.now() / HOUR) * HOUR;
  });

  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await cloud.close();
  });

  test('aws cloudwatch get-metric-data: 500 × TIME_SERIES(1) over 28 hours', async () => {
    const file = join(dir, 'queries.json');
    writeFileSync(file, JSON.stringify(queries));
    let slowestHealthMs = 0;
    let running = true;
    const probes = (async () => {
      while (running) {
        const started = performance.now();
        await (await fetch(`${cloud.endpoint}/_nimbus/health`)).arrayBuffer();
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const started = performance.now();
    // The answer is summarised by --query: its 100,000 datapoints would overflow the helper's output buffer.
    const result = await aws(cloud, [
      'cloudwatch', 'get-metric-data',
      '--metric-data-queries', `file://${file}`,
      '--start-time', new Date(end - 28 * HOUR).toISOString(),
      '--end-time', new Date(end).toISOString(),
      '--query', '[length(MetricDataResults), sum(MetricDataResults[].length(Values)), MetricDataResults[0].StatusCode, MetricDataResults[0].Values[0], NextToken]',
    ]);
    const ms = performance.now() - started;
    running = false;
    await probes;
    console.log(`# CLI: ${ms.toFixed(0)} ms (the CLI's own parsing included), slowest health meanwhile ${slowestHealthMs.toFixed(0)} ms`);
    assert.equal(result.code, 0, result.stderr);
    const [count, datapoints, status, value, token] = result.json as [number, number, string, number, string | null];
    assert.equal(count, 500);
    assert.ok(datapoints > 0 && datapoints <= 100_800, `${datapoints} datapoints`);
    assert.equal(status, 'PartialData');
    assert.equal(value, 1);
    assert.equal(token, null);
    assert.ok(slowestHealthMs < 1000, `health answered within ${slowestHealthMs.toFixed(0)} ms during the request`);
    await expectHealthyWithin(cloud, 100);
  });

  test('query protocol (Action=GetMetricData, unsigned form POST): the same request answers a bounded page in XML', async () => {
    const form = new URLSearchParams({ Action: 'GetMetricData', Version: '2010-08-01', StartTime: new Date(end - 28 * HOUR).toISOString(), EndTime: new Date(end).toISOString() });
    queries.forEach((q, i) => {
      form.set(`MetricDataQueries.member.${i + 1}.Id`, q.Id);
      form.set(`MetricDataQueries.member.${i + 1}.Expression`, q.Expression);
      form.set(`MetricDataQueries.member.${i + 1}.Period`, String(q.Period));
    });
    const started = performance.now();
    const response = await fetch(cloud.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: form.toString() });
    const xml = await response.text();
    const ms = performance.now() - started;
    console.log(`# query protocol: ${ms.toFixed(0)} ms, ${(form.toString().length / 1024).toFixed(0)} KB asked, ${(xml.length / 1024 / 1024).toFixed(1)} MB answered`);
    assert.equal(response.status, 200, xml.slice(0, 300));
    assert.match(xml, /<GetMetricDataResponse/);
    assert.equal(xml.match(/<StatusCode>PartialData<\/StatusCode>/g)?.length, 500);
    const datapoints = xml.match(/<member>1(\.0)?<\/member>/g)?.length ?? 0;
    assert.ok(datapoints > 0 && datapoints <= 100_800, `${datapoints} datapoints`);
    assert.doesNotMatch(xml, /<NextToken>/);
    assert.ok(ms < 5000, `answered in ${ms.toFixed(0)} ms`);
    await expectHealthyWithin(cloud, 100);
  });
});
