// The per-request budget: no single Logs request may hold the event loop (which every service
// shares) for more than 1 s, and a normal request answers within 100 ms right after. Each hostile
// request here is at AWS's limits: batches of 10,000 events / 1,048,576 bytes, the most costly
// regexes the engine accepts in every regex slot a log group allows, long subjects, deep nesting.
import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
  PutLogEventsCommand,
  PutMetricFilterCommand,
  StartQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { healthLatency, HEALTHY_ANSWER_MS, longestStall, REQUEST_BUDGET_MS } from './support.js';
import { expectAwsError } from '../support/errors.js';

const MAX_EVENTS = 10_000;
const MAX_BATCH_BYTES = 1_048_576;
const EVENT_OVERHEAD = 26;
/** Near the engine's program-size cap, and hostile to its DFA: two per pattern, five patterns a group. */
const COSTLY_REGEXES = ['[ab]*a[ab]{900}[cd][cd]', '[ab]*b[ab]{450}[ab]{450}c[cd]'];

/** A full batch: 10,000 events filling 1,048,576 bytes with AWS's 26-byte overhead each. */
function fullBatch(now: number, make: (i: number, size: number) => string): Array<{ timestamp: number; message: string }> {
  const size = Math.floor(MAX_BATCH_BYTES / MAX_EVENTS) - EVENT_OVERHEAD;
  return Array.from({ length: MAX_EVENTS }, (_, i) => ({ timestamp: now + Math.floor(i / 100), message: make(i, size) }));
}

const abText = (size: number) => 'ab'.repeat(size).slice(0, size);

describe('Logs: no request holds the event loop past its budget (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  async function withinBudget<T>(t: TestContext, name: string, work: () => Promise<T>): Promise<T> {
    const { result, stallMs, wallMs } = await longestStall(work);
    const health = await healthLatency(cloud);
    t.diagnostic(`${name}: longest stall ${stallMs.toFixed(0)} ms, wall ${wallMs.toFixed(0)} ms, health after ${health.toFixed(1)} ms`);
    assert.ok(stallMs < REQUEST_BUDGET_MS, `${name}: the loop stalled ${stallMs.toFixed(0)} ms`);
    assert.ok(health < HEALTHY_ANSWER_MS, `${name}: health answered in ${health.toFixed(0)} ms`);
    return result;
  }

  async function group(name: string): Promise<void> {
    await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: name, logStreamName: 'main' }));
  }

  test('PutLogEvents at 10,000 events / 1 MiB through five costly regex metric filters and 95 JSON ones', async (t) => {
    await group('loop-metrics');
    for (let i = 0; i < 5; i++) {
      await logs.send(
        new PutMetricFilterCommand({
          logGroupName: 'loop-metrics',
          filterName: `regex-${i}`,
          filterPattern: COSTLY_REGEXES.map((regex) => `?%${regex}%`).join(' '),
          metricTransformations: [{ metricName: `Regex${i}`, metricNamespace: 'Loop', metricValue: '1' }],
        }),
      );
    }
    // A sixth regex pattern is over AWS's quota for the group.
    await expectAwsError(
      logs.send(new PutMetricFilterCommand({ logGroupName: 'loop-metrics', filterName: 'regex-5', filterPattern: '%a%', metricTransformations: [{ metricName: 'R', metricNamespace: 'Loop', metricValue: '1' }] })),
      { name: 'LimitExceededException', status: 400 },
    );
    for (let i = 0; i < 95; i++) {
      await logs.send(
        new PutMetricFilterCommand({
          logGroupName: 'loop-metrics',
          filterName: `json-${i}`,
          filterPattern: `{ $.n > ${i} && $.s = "*b*" }`,
          metricTransformations: [{ metricName: `Json${i}`, metricNamespace: 'Loop', metricValue: '$.n' }],
        }),
      );
    }
    const now = cloud.clock.now();
    const json = fullBatch(now, (i, size) => {
      const head = `{"n":${i % 97},"s":"`;
      return `${head}${abText(size - head.length - 2)}"}`;
    });
    assert.equal(json.reduce((total, e) => total + Buffer.byteLength(e.message) + EVENT_OVERHEAD, 0) <= MAX_BATCH_BYTES, true);
    await withinBudget(t, 'PutLogEvents, 10,000 JSON events', () => logs.send(new PutLogEventsCommand({ logGroupName: 'loop-metrics', logStreamName: 'main', logEvents: json })));
    // Long subjects: four events of ~262 KB of a/b text, each regex's worst.
    const long = [0, 1, 2, 3].map((i) => ({ timestamp: now + 200 + i, message: abText(262_000) }));
    await withinBudget(t, 'PutLogEvents, four 262 KB events', () => logs.send(new PutLogEventsCommand({ logGroupName: 'loop-metrics', logStreamName: 'main', logEvents: long })));
  });

  test('PutLogEvents at the limits through a space-delimited pattern with several ellipses', async (t) => {
    await group('loop-delimited');
    // A condition that reads another field keeps the matcher from remembering failures: the step bound has to hold.
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: 'loop-delimited',
        filterName: 'ellipses',
        filterPattern: '[a, ..., b, ..., c, ..., d = 1 || a = 2, e]',
        metricTransformations: [{ metricName: 'Delimited', metricNamespace: 'Loop', metricValue: '1' }],
      }),
    );
    const now = cloud.clock.now();
    const words = fullBatch(now, (_, size) => 'x '.repeat(size / 2).slice(0, size));
    await withinBudget(t, 'PutLogEvents, 10,000 events of 39 words', () => logs.send(new PutLogEventsCommand({ logGroupName: 'loop-delimited', logStreamName: 'main', logEvents: words })));
  });

  test('FilterLogEvents with the costliest regexes over 12 MB, and an Insights like over the same group', async (t) => {
    await group('loop-scan');
    const now = cloud.clock.now();
    for (let batch = 0; batch < 12; batch++) {
      const logEvents = [0, 1, 2, 3].map((i) => ({ timestamp: now - 100_000 + batch * 4 + i, message: abText(262_000) }));
      await logs.send(new PutLogEventsCommand({ logGroupName: 'loop-scan', logStreamName: 'main', logEvents }));
    }
    const pattern = COSTLY_REGEXES.map((regex) => `?%${regex}%`).join(' ');
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await withinBudget(t, `FilterLogEvents page ${pages + 1}`, () => logs.send(new FilterLogEventsCommand({ logGroupName: 'loop-scan', filterPattern: pattern, nextToken: token })));
      assert.equal(out.events?.length, 0);
      token = out.nextToken;
      pages++;
    } while (token && pages < 20);
    assert.ok(pages >= 2);

    // The query runs on the clock after StartQuery answers: the budget covers the run too.
    const seconds = Math.floor(now / 1000);
    const queryId = await withinBudget(t, 'StartQuery, and the Insights query running', async () => {
      const started = await logs.send(new StartQueryCommand({ logGroupName: 'loop-scan', startTime: seconds - 3600, endTime: seconds + 60, queryString: `filter @message like /(a|b|ab|ba)+[cd]/ | stats count(*) as n` }));
      // It runs in slices on the real event loop, so this waits (briefly, on real time) for it to finish.
      for (let i = 0; i < 200; i++) {
        const out = await logs.send(new GetQueryResultsCommand({ queryId: started.queryId }));
        if (out.status !== 'Scheduled') break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return started.queryId;
    });
    await advanceClock(cloud, '300ms');
    const results = await logs.send(new GetQueryResultsCommand({ queryId }));
    assert.equal(results.status, 'Complete');
    assert.deepEqual(results.results, [[{ field: 'n', value: '0' }]]);
  });

  test('Insights and filter-pattern nesting at the length limits', async (t) => {
    await group('loop-parse');
    const seconds = Math.floor(cloud.clock.now() / 1000);
    const error = await withinBudget(t, 'StartQuery, 4,990 parentheses', () =>
      expectAwsError(logs.send(new StartQueryCommand({ logGroupName: 'loop-parse', startTime: seconds - 60, endTime: seconds, queryString: `filter ${'('.repeat(4990)}1${')'.repeat(4990)}` }))),
    );
    assert.equal(error.name, 'MalformedQueryException');
    const deep = await withinBudget(t, 'FilterLogEvents, 500 nested groups', () =>
      expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'loop-parse', filterPattern: `{ ${'('.repeat(500)}$.a = 1${')'.repeat(500)} }` }))),
    );
    assert.equal(deep.name, 'InvalidParameterException');
  });
});
