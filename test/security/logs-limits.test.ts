// Finding: an Insights query of 4,990 nested parentheses answered 500 (the parser overflowed the
// stack), and how much work one Logs request did was up to the caller. Parsers now bound their
// nesting with AWS's errors, the request limits of AWS's model apply, and GetLogEvents and
// FilterLogEvents answer with at most 1 MB and page on through huge groups.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  StartQueryCommand,
  type FilteredLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectHealthyWithin, longestStall, REQUEST_BUDGET_MS } from './support.js';
import { expectAwsError } from '../support/errors.js';

const ONE_MB = 1_048_576;

describe('Logs request limits and bounded work (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'limits' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'limits', logStreamName: 'main' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  const startQuery = (queryString: string) => {
    const now = Math.floor(cloud.clock.now() / 1000);
    return logs.send(new StartQueryCommand({ logGroupName: 'limits', startTime: now - 3600, endTime: now, queryString }));
  };

  test('Insights: 4,990 nested parentheses, a 5,000-term chain and 2,400 nots are MalformedQueryException, not 500', async () => {
    const hostile = {
      parentheses: `filter ${'('.repeat(4990)}1${')'.repeat(4990)}`,
      chain: `fields ${Array(4990).fill('1').join('+')} as x`,
      nots: `filter ${'not '.repeat(2400)}1`,
      calls: `fields ${'abs('.repeat(1900)}1${')'.repeat(1900)}`,
    };
    for (const [name, queryString] of Object.entries(hostile)) {
      assert.ok(queryString.length <= 10_000, name);
      const { result: error, stallMs } = await longestStall(() => expectAwsError(startQuery(queryString)));
      assert.equal(error.name, 'MalformedQueryException', name);
      assert.equal(error.$metadata.httpStatusCode, 400, name);
      assert.ok(stallMs < REQUEST_BUDGET_MS, `${name}: the loop stalled ${stallMs.toFixed(0)} ms`);
    }
    // What a person writes still parses: 50 levels of parentheses, a 500-term chain.
    await startQuery(`filter ${'('.repeat(50)}@message like /a/${')'.repeat(50)}`);
    await startQuery(`fields ${Array(500).fill('1').join('+')} as x`);
    await expectHealthyWithin(cloud);
  });

  test('Insights: the query string is at most 10,000 characters, and limit at most 100,000', async () => {
    await expectAwsError(startQuery(`fields @message | filter @message like "${'x'.repeat(10_000)}"`), { name: 'InvalidParameterException', message: /at 'queryString' failed to satisfy constraint: Member must have length less than or equal to 10000/, status: 400 });
    await expectAwsError(startQuery('fields @message | limit 100001'), { name: 'MalformedQueryException' });
    await startQuery('fields @message | limit 100000');
  });

  test('filter patterns: at most 1,024 characters; JSON nesting bounded; limit 1..10,000', async () => {
    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'limits', filterPattern: `"${'x'.repeat(1100)}"` })), { name: 'InvalidParameterException', message: /at 'filterPattern' failed to satisfy constraint: Member must have length less than or equal to 1024/ });
    const nested = `{ ${'('.repeat(500)}$.a = 1${')'.repeat(500)} }`;
    assert.ok(nested.length <= 1024);
    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'limits', filterPattern: nested })), { name: 'InvalidParameterException', message: /nests more than 100 levels deep/ });
    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'limits', filterPattern: `{ ${'!'.repeat(900)}$.a = 1 }` })), { name: 'InvalidParameterException' });
    for (const limit of [0, 10_001]) {
      const error = await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'limits', limit })));
      assert.equal(error.name, 'InvalidParameterException', String(limit));
      assert.match(error.message, /at 'limit' failed to satisfy constraint/);
    }
  });

  test('GetLogEvents and FilterLogEvents answer with at most 1 MB and page through the rest', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'limits', logStreamName: 'big' }));
    const now = cloud.clock.now();
    // Eight events of 300,000 bytes: 2.4 MB in all, in three batches under 1 MB.
    for (let batch = 0; batch < 4; batch++) {
      const logEvents = [0, 1].map((i) => ({ timestamp: now - 10_000 + batch * 2 + i, message: `big-${batch * 2 + i} `.padEnd(300_000, 'z') }));
      await logs.send(new PutLogEventsCommand({ logGroupName: 'limits', logStreamName: 'big', logEvents }));
    }
    const seen: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 10; page++) {
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: 'limits', logStreamNames: ['big'], nextToken: token }));
      const bytes = (out.events ?? []).reduce((total, e) => total + Buffer.byteLength(e.message!) + 26, 0);
      assert.ok(bytes <= ONE_MB, `a page of ${bytes} bytes`);
      seen.push(...(out.events ?? []).map((e) => e.message!.split(' ')[0]));
      token = out.nextToken;
      if (!token) break;
    }
    assert.deepEqual(seen, Array.from({ length: 8 }, (_, i) => `big-${i}`));

    const forward: string[] = [];
    let forwardToken: string | undefined;
    for (let page = 0; page < 10; page++) {
      const out = await logs.send(new GetLogEventsCommand({ logGroupName: 'limits', logStreamName: 'big', startFromHead: true, nextToken: forwardToken }));
      const bytes = (out.events ?? []).reduce((total, e) => total + Buffer.byteLength(e.message!) + 26, 0);
      assert.ok(bytes <= ONE_MB, `a page of ${bytes} bytes`);
      if (!out.events?.length) break;
      forward.push(...out.events.map((e) => e.message!.split(' ')[0]));
      forwardToken = out.nextForwardToken;
    }
    assert.deepEqual(forward, Array.from({ length: 8 }, (_, i) => `big-${i}`));
    const newest = await logs.send(new GetLogEventsCommand({ logGroupName: 'limits', logStreamName: 'big' }));
    assert.deepEqual(newest.events?.map((e) => e.message!.split(' ')[0]), ['big-5', 'big-6', 'big-7']);
  });

  test('FilterLogEvents over a huge group examines a bounded slice a call, answers with a nextToken, and finds everything by paging', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'huge' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'huge', logStreamName: 'main' }));
    const now = cloud.clock.now();
    // 12 MB in 12 batches of four 250,000-byte events; the needle is in the very last event, and the
    // pattern (all classes) gives the store no literal text to skip events by: every event is examined.
    for (let batch = 0; batch < 12; batch++) {
      const logEvents = [0, 1, 2, 3].map((i) => ({
        timestamp: now - 100_000 + batch * 4 + i,
        message: (batch === 11 && i === 3 ? 'needle ' : 'hay ').padEnd(250_000, 'y'),
      }));
      await logs.send(new PutLogEventsCommand({ logGroupName: 'huge', logStreamName: 'main', logEvents }));
    }
    const found: FilteredLogEvent[] = [];
    let token: string | undefined;
    let calls = 0;
    let worstStall = 0;
    do {
      const { result, stallMs } = await longestStall(() => logs.send(new FilterLogEventsCommand({ logGroupName: 'huge', filterPattern: '%^[n][e][e][d][l][e] %', nextToken: token })));
      worstStall = Math.max(worstStall, stallMs);
      found.push(...(result.events ?? []));
      token = result.nextToken;
      calls++;
    } while (token && calls < 20);
    assert.ok(calls >= 2, `one call scanned all 12 MB (${calls} calls)`);
    assert.equal(found.length, 1);
    assert.ok(found[0].message!.startsWith('needle '));
    assert.ok(worstStall < REQUEST_BUDGET_MS, `the loop stalled ${worstStall.toFixed(0)} ms`);
    await expectHealthyWithin(cloud);
  });
});
