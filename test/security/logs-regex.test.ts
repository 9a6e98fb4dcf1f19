// Finding: user-supplied regular expressions in Logs (FilterLogEvents %regex%, metric filters,
// Insights like/=~/parse) ran on V8's backtracking RegExp: `(a+)+b` over 29 characters held the
// whole server ~6 s, doubling per character. They now run on the linear-time engine
// (src/core/safe-regex.ts), and filter patterns keep to AWS's regex subset (no groups).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
  PutLogEventsCommand,
  PutMetricFilterCommand,
  PutSubscriptionFilterCommand,
  StartQueryCommand,
  TestMetricFilterCommand,
  type GetQueryResultsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectHealthyWithin, longestStall, REQUEST_BUDGET_MS } from './support.js';
import { expectAwsError } from '../support/errors.js';

const HOSTILE_SUBJECT = 'a'.repeat(40);
/** AWS-legal (no groups) yet polynomial for a backtracking engine: 12 stars over 40 a's is ~10^11 paths. */
const LEGAL_HOSTILE_REGEX = 'a*a*a*a*a*a*a*a*a*a*a*a*c';

describe('Logs regular expressions run in linear time (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let cloudwatch: CloudWatchClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'regex' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'regex', logStreamName: 'main' }));
    const now = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'regex',
        logStreamName: 'main',
        logEvents: [
          ...Array.from({ length: 20 }, (_, i) => ({ timestamp: now - 1000 + i, message: HOSTILE_SUBJECT })),
          { timestamp: now - 500, message: `${'a'.repeat(200_000)}` },
          { timestamp: now - 400, message: 'xaab' },
          { timestamp: now - 300, message: 'aaac' },
        ],
      }),
    );
  });
  after(async () => {
    logs.destroy();
    cloudwatch.destroy();
    await cloud.close();
  });

  test('FilterLogEvents with %(a+)+b% is refused as AWS refuses groups in filter-pattern regexes, at once', async () => {
    const { result: error, stallMs } = await longestStall(() => expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern: '%(a+)+b%' }))));
    assert.equal(error.name, 'InvalidParameterException');
    assert.equal(error.message, 'Invalid character(s) in term');
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.ok(stallMs < REQUEST_BUDGET_MS, `the loop stalled ${stallMs.toFixed(0)} ms`);
    // The same inside a JSON and a space-delimited pattern, and characters outside AWS's subset.
    for (const filterPattern of ['{ $.message = %(a+)+b% }', '[w = %(a+)+b%]', '%something!%', '%\\(%', '%é%']) {
      const refused = await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern })));
      assert.equal(refused.name, 'InvalidParameterException', filterPattern);
      assert.equal(refused.message, 'Invalid character(s) in term', filterPattern);
    }
    await expectHealthyWithin(cloud);
  });

  test('an AWS-legal regex that backtracking would take hours over answers fast and right, over long subjects too', async () => {
    const { result, stallMs } = await longestStall(() => logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern: `%${LEGAL_HOSTILE_REGEX}%` })));
    assert.deepEqual(result.events?.map((e) => e.message), ['aaac']);
    assert.ok(stallMs < REQUEST_BUDGET_MS, `the loop stalled ${stallMs.toFixed(0)} ms`);
    // AWS's hex escapes for characters it refuses literally, and \s classes, still work.
    const hex = await logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern: '%^x\\x61+b$%' }));
    assert.deepEqual(hex.events?.map((e) => e.message), ['xaab']);
    await expectHealthyWithin(cloud);
  });

  test('at most two regexes in one filter pattern; a regex too costly to evaluate is refused with AWS’s message', async () => {
    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern: '%a% %b% %c%' })), { name: 'InvalidParameterException', message: /at most 2 regular expressions/ });
    const two = await logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern: '%x% %b$%' }));
    assert.deepEqual(two.events?.map((e) => e.message), ['xaab']);
    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'regex', filterPattern: '%[ab]{1000}[ab]{1000}%' })), { name: 'InvalidParameterException', message: 'Regular expression evaluation time exceeded allowed limit', status: 400 });
  });

  test('PutMetricFilter refuses %(a+)+b%; a legal hostile regex as a metric filter leaves PutLogEvents fast and counts right', async () => {
    await expectAwsError(
      logs.send(
        new PutMetricFilterCommand({
          logGroupName: 'regex',
          filterName: 'evil',
          filterPattern: '%(a+)+b%',
          metricTransformations: [{ metricName: 'Evil', metricNamespace: 'Regex', metricValue: '1' }],
        }),
      ),
      { name: 'InvalidParameterException', message: 'Invalid character(s) in term' },
    );
    await expectAwsError(
      logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'regex', filterName: 'evil', filterPattern: '%(a+)+b%', destinationArn: 'arn:aws:lambda:us-east-1:000000000000:function:none' })),
      { name: 'InvalidParameterException', message: 'Invalid character(s) in term' },
    );

    await logs.send(new CreateLogGroupCommand({ logGroupName: 'regex-metric' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'regex-metric', logStreamName: 'main' }));
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: 'regex-metric',
        filterName: 'slow-if-backtracking',
        filterPattern: `%${LEGAL_HOSTILE_REGEX}%`,
        metricTransformations: [{ metricName: 'Hits', metricNamespace: 'Regex', metricValue: '1' }],
      }),
    );
    const now = cloud.clock.now();
    const logEvents = [...Array.from({ length: 50 }, (_, i) => ({ timestamp: now + i, message: HOSTILE_SUBJECT })), { timestamp: now + 60, message: 'aaaac' }];
    const { stallMs } = await longestStall(() => logs.send(new PutLogEventsCommand({ logGroupName: 'regex-metric', logStreamName: 'main', logEvents })));
    assert.ok(stallMs < REQUEST_BUDGET_MS, `the loop stalled ${stallMs.toFixed(0)} ms`);
    const stats = await cloudwatch.send(
      new GetMetricStatisticsCommand({ Namespace: 'Regex', MetricName: 'Hits', StartTime: new Date(now - 3_600_000), EndTime: new Date(now + 3_600_000), Period: 3600, Statistics: ['Sum'] }),
    );
    assert.equal(stats.Datapoints?.reduce((total, d) => total + (d.Sum ?? 0), 0), 1);
    const tested = await logs.send(new TestMetricFilterCommand({ filterPattern: `%${LEGAL_HOSTILE_REGEX}%`, logEventMessages: [HOSTILE_SUBJECT, 'aaac'] }));
    assert.deepEqual(tested.matches?.map((m) => m.eventNumber), [2]);
    await expectHealthyWithin(cloud);
  });

  async function queryResults(queryString: string): Promise<GetQueryResultsCommandOutput> {
    const now = Math.floor(cloud.clock.now() / 1000);
    const { queryId } = await logs.send(new StartQueryCommand({ logGroupName: 'regex', startTime: now - 3600, endTime: now + 3600, queryString }));
    for (let i = 0; i < 20; i++) {
      const out = await logs.send(new GetQueryResultsCommand({ queryId }));
      if (out.status !== 'Scheduled' && out.status !== 'Running') return out;
      await advanceClock(cloud, '100ms');
    }
    throw new Error('the query did not finish');
  }

  test('Insights like /(a+)+b/, =~ and parse with nested quantifiers answer fast and right', async () => {
    const { result, stallMs } = await longestStall(() => queryResults('filter @message like /(a+)+b/ | fields @message'));
    assert.equal(result.status, 'Complete');
    assert.deepEqual(
      result.results?.map((row) => row.find((cell) => cell.field === '@message')?.value),
      ['xaab'],
    );
    assert.ok(stallMs < REQUEST_BUDGET_MS, `the loop stalled ${stallMs.toFixed(0)} ms`);
    const tilde = await queryResults('filter @message =~ /^(a|aa)+c$/ | fields @message');
    assert.deepEqual(tilde.results?.map((row) => row.find((cell) => cell.field === '@message')?.value), ['aaac']);
    const parsed = await queryResults('parse @message /x(?<run>(a+)+)b/ | filter ispresent(run) | fields run');
    assert.deepEqual(parsed.results?.map((row) => row.find((cell) => cell.field === 'run')?.value), ['aa']);
    await expectHealthyWithin(cloud);
  });

  test('Insights regexes the linear engine cannot run (backreferences, lookahead) are MalformedQueryException, not a crash', async () => {
    const now = Math.floor(cloud.clock.now() / 1000);
    for (const queryString of ['filter @message like /(a)\\1/', 'filter @message =~ /a(?=b)/']) {
      const error = await expectAwsError(logs.send(new StartQueryCommand({ logGroupName: 'regex', startTime: now - 3600, endTime: now, queryString })));
      assert.equal(error.name, 'MalformedQueryException', queryString);
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.match(error.message, /^Invalid regular expression/);
    }
  });
});
