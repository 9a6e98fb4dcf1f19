import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, DescribeLogStreamsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, encode, eventually } from './support.js';

/** Function logs in CloudWatch Logs (/aws/lambda/<name>) and AWS/Lambda metrics in CloudWatch. */
describe('Lambda logs and metrics', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  let cloudwatch: CloudWatchClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    lambda.destroy();
    logs.destroy();
    cloudwatch.destroy();
    await cloud.close();
  });

  test('START, the function output, END and REPORT land in the environment\'s log stream', async () => {
    await createFunction(lambda, 'logged', { 'index.js': 'exports.handler = async (e) => { console.log("event", JSON.stringify(e)); if (e.fail) throw new Error("x"); return 1; };' });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'logged', Payload: encode({ a: 1 }) }));
    await lambda.send(new InvokeCommand({ FunctionName: 'logged', Payload: encode({ fail: true }) }));
    const streams = await eventually(async () => (await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/logged' }))).logStreams?.length ? (await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/logged' }))).logStreams : undefined, 5000, 'the log stream');
    assert.equal(streams.length, 1, 'one warm environment, one stream');
    assert.match(streams[0].logStreamName!, /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    const events = await eventually(async () => {
      const got = await logs.send(new GetLogEventsCommand({ logGroupName: '/aws/lambda/logged', logStreamName: streams[0].logStreamName!, startFromHead: true }));
      return (got.events?.length ?? 0) >= 9 ? got.events : undefined;
    }, 5000, 'the log events');
    const all = events.map((e) => e.message!);
    const id = out.$metadata.requestId;
    // A cold start's first line says which runtime started, on what.
    assert.match(all[0], /^INIT_START Runtime Version: nodejs20\.x on Node\.js v\d+\.\d+\.\d+ \(/);
    const messages = all.slice(1);
    assert.equal(messages[0], `START RequestId: ${id} Version: $LATEST`);
    assert.match(messages[1], new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${id}\\tINFO\\tevent {"a":1}$`));
    assert.equal(messages[2], `END RequestId: ${id}`);
    assert.match(messages[3], new RegExp(`^REPORT RequestId: ${id}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: [\\d.]+ ms`));
    assert.ok(messages.some((m) => m.includes('\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"x"')));
  });

  test('AWS/Lambda Invocations, Errors and Duration by FunctionName', async () => {
    await createFunction(lambda, 'measured', { 'index.js': 'exports.handler = async (e) => { if (e.fail) throw new Error("x"); return 1; };' });
    for (const fail of [false, false, true]) await lambda.send(new InvokeCommand({ FunctionName: 'measured', Payload: encode({ fail }) }));
    const now = cloud.clock.now();
    const stat = async (metric: string, statistic: 'Sum' | 'Maximum') => {
      const got = await cloudwatch.send(new GetMetricStatisticsCommand({
        Namespace: 'AWS/Lambda', MetricName: metric, Dimensions: [{ Name: 'FunctionName', Value: 'measured' }],
        StartTime: new Date(now - 600_000), EndTime: new Date(now + 60_000), Period: 60, Statistics: [statistic],
      }));
      return (got.Datapoints ?? []).reduce((sum, d) => sum + (d[statistic] ?? 0), 0);
    };
    await eventually(async () => (await stat('Invocations', 'Sum')) === 3 || undefined, 5000, 'Invocations = 3');
    assert.equal(await stat('Errors', 'Sum'), 1);
    assert.ok((await stat('Duration', 'Maximum')) > 0);
  });
});
