import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteQueryDefinitionCommand,
  DescribeQueriesCommand,
  DescribeQueryDefinitionsCommand,
  GetQueryResultsCommand,
  type GetQueryResultsCommandOutput,
  PutLogEventsCommand,
  PutQueryDefinitionCommand,
  StartQueryCommand,
  StopQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { naturalCompare, runQuery, type InputEvent } from '../../src/services/logs/insights/engine.js';
import { parseQuery, QueryError } from '../../src/services/logs/insights/parser.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const T0 = Date.UTC(2026, 0, 15, 10, 0, 0);

function event(offsetMs: number, message: string, logStream = 'web-1'): InputEvent {
  return { timestamp: T0 + offsetMs, ingestionTime: T0 + offsetMs + 5, message, logStream, log: '000000000000:app', ptr: `p${offsetMs}` };
}

const EVENTS: InputEvent[] = [
  event(0, JSON.stringify({ level: 'INFO', latency: 20, path: '/a', user: { id: 'u1' } })),
  event(10_000, JSON.stringify({ level: 'ERROR', latency: 300, path: '/b', user: { id: 'u2' } })),
  event(20_000, JSON.stringify({ level: 'ERROR', latency: 500, path: '/a', user: { id: 'u1' } }), 'web-2'),
  event(65_000, JSON.stringify({ level: 'WARN', latency: 120, path: '/c', user: { id: 'u3' } }), 'web-2'),
  event(70_000, JSON.stringify({ level: 'ERROR', latency: 90, path: '/a', user: { id: 'u1' } })),
  event(130_000, 'user=bob action=login took 35ms'),
  event(140_000, 'user=eve action=logout took 12ms', 'web-2'),
];

function run(query: string, limit = 1000) {
  return runQuery(parseQuery(query), [...EVENTS].reverse(), limit);
}

function table(rows: Array<Array<{ field: string; value: string }>>): Array<Record<string, string>> {
  return rows.map((row) => Object.fromEntries(row.map((cell) => [cell.field, cell.value])));
}

describe('Logs Insights query language (unit)', () => {
  test('fields, filter with comparisons, like, regex, in and boolean logic', () => {
    let out = table(run('fields @timestamp, level, latency | filter level = "ERROR" and latency > 100 | sort @timestamp asc').rows);
    assert.deepEqual(out.map((r) => [r['@timestamp'], r.level, r.latency]), [
      ['2026-01-15 10:00:10.000', 'ERROR', '300'],
      ['2026-01-15 10:00:20.000', 'ERROR', '500'],
    ]);
    assert.ok(out.every((r) => r['@ptr']), 'rows of a non-aggregating query carry @ptr');
    out = table(run('fields path | filter level in ["WARN", "INFO"] or latency < 100 | sort path').rows);
    assert.deepEqual(out.map((r) => r.path), ['/c', '/a', '/a']);
    out = table(run('filter @message like /action=log(in|out)/ | fields @logStream | sort @timestamp asc').rows);
    assert.deepEqual(out.map((r) => r['@logStream']), ['web-1', 'web-2']);
    out = table(run('filter @message like "logout" | display @message').rows);
    assert.deepEqual(out, [{ '@message': 'user=eve action=logout took 12ms', '@ptr': 'p140000' }]);
    out = table(run('filter not (level = "ERROR") and ispresent(level) | fields level').rows);
    assert.deepEqual(out.map((r) => r.level).sort(), ['INFO', 'WARN']);
    out = table(run('filter `user.id` = "u1" | stats count(*) as n').rows);
    assert.deepEqual(out, [{ n: '3' }]);
  });

  test('stats: count, sum, avg, min, max, count_distinct, pct, by fields and bin()', () => {
    let out = table(run('filter ispresent(level) | stats count(*), sum(latency), avg(latency), min(latency), max(latency), count_distinct(path) by level | sort level asc').rows);
    assert.deepEqual(out, [
      { level: 'ERROR', 'count(*)': '3', 'sum(latency)': '890', 'avg(latency)': '296.666666666667', 'min(latency)': '90', 'max(latency)': '500', 'count_distinct(path)': '2' },
      { level: 'INFO', 'count(*)': '1', 'sum(latency)': '20', 'avg(latency)': '20', 'min(latency)': '20', 'max(latency)': '20', 'count_distinct(path)': '1' },
      { level: 'WARN', 'count(*)': '1', 'sum(latency)': '120', 'avg(latency)': '120', 'min(latency)': '120', 'max(latency)': '120', 'count_distinct(path)': '1' },
    ]);
    out = table(run('stats count(*) by bin(1m) | sort bin(1m) asc').rows);
    assert.deepEqual(out, [
      { 'bin(1m)': '2026-01-15 10:00:00.000', 'count(*)': '3' },
      { 'bin(1m)': '2026-01-15 10:01:00.000', 'count(*)': '2' },
      { 'bin(1m)': '2026-01-15 10:02:00.000', 'count(*)': '2' },
    ]);
    out = table(run('filter ispresent(latency) | stats pct(latency, 50) as p50, pct(latency, 90) as p90, sum(latency) / count(*) as mean').rows);
    assert.deepEqual(out, [{ p50: '120', p90: '500', mean: '206' }]);
    const result = run('filter level = "ERROR" | stats count(*) by path');
    assert.equal(result.recordsMatched, 3);
  });

  test('parse with a glob and with a regex, then aggregate what was parsed', () => {
    let out = table(run('parse @message "user=* action=* took *ms" as who, what, ms | filter ispresent(who) | fields who, what, ms | sort who asc').rows);
    assert.deepEqual(out.map((r) => [r.who, r.what, r.ms]), [
      ['bob', 'login', '35'],
      ['eve', 'logout', '12'],
    ]);
    out = table(run('parse @message /user=(?<who>\\w+) action=(?<what>\\w+)/ | filter what = "login" | display who').rows);
    assert.deepEqual(out, [{ who: 'bob', '@ptr': 'p130000' }]);
    out = table(run('parse @message "took *ms" as ms | stats sum(ms) as total').rows);
    assert.deepEqual(out, [{ total: '47' }]);
  });

  test('sort, limit, dedup and functions', () => {
    let out = table(run('filter ispresent(path) | sort latency desc | limit 2 | fields latency').rows);
    assert.deepEqual(out.map((r) => r.latency), ['500', '300']);
    out = table(run('filter ispresent(path) | sort @timestamp asc | dedup path | fields path').rows);
    assert.deepEqual(out.map((r) => r.path), ['/a', '/b', '/c']);
    out = table(run('filter level = "WARN" | fields toupper(path) as p, strlen(level) as n, concat(level, "-", path) as c, latency * 2 + 1 as x').rows);
    assert.deepEqual(out.map(({ p, n, c, x }) => ({ p, n, c, x })), [{ p: '/C', n: '4', c: 'WARN-/c', x: '241' }]);
    assert.equal(run('fields @message', 3).rows.length, 3, 'the StartQuery limit caps the rows');
    assert.ok(naturalCompare('a2', 'a10') < 0);
    assert.ok(naturalCompare('zzz', '5') < 0, 'non-numbers sort before numbers');
  });

  test('malformed queries are reported with their position', () => {
    for (const bad of ['fields', 'filter level =', 'stats latency by level', 'bogus command', 'fields a | limit x', 'parse @message "a * b" as x, y']) {
      assert.throws(() => parseQuery(bad), QueryError, bad);
    }
    try {
      parseQuery('fields a | sortt a');
      assert.fail('expected a QueryError');
    } catch (error) {
      assert.ok(error instanceof QueryError);
      assert.equal(error.start, 11);
    }
  });
});

describe('Logs Insights through the SDK v3', () => {
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

  /** Polls as a client does, moving the clock on between polls instead of sleeping. */
  async function results(queryId: string): Promise<GetQueryResultsCommandOutput> {
    for (let i = 0; i < 20; i++) {
      const out = await logs.send(new GetQueryResultsCommand({ queryId }));
      if (out.status !== 'Scheduled' && out.status !== 'Running') return out;
      await advanceClock(cloud, '100ms');
    }
    throw new Error('the query did not finish');
  }

  test('stats count(*) by bin(1m) over JSON logs gives the right counts, with statistics', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/json' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/app/json', logStreamName: 'i-1' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/app/json', logStreamName: 'i-2' }));
    const minute = Math.floor(cloud.clock.now() / 60_000) * 60_000 - 5 * 60_000;
    // 4 events in the first minute, 2 in the second, 3 in the fourth (none in the third).
    const plan = [
      [0, 'i-1'], [5_000, 'i-2'], [30_000, 'i-1'], [59_999, 'i-2'],
      [60_000, 'i-1'], [90_000, 'i-2'],
      [180_000, 'i-1'], [200_000, 'i-1'], [239_000, 'i-2'],
    ] as const;
    for (const stream of ['i-1', 'i-2']) {
      const logEvents = plan
        .filter(([, s]) => s === stream)
        .map(([offset], i) => ({ timestamp: minute + offset, message: JSON.stringify({ level: i % 2 ? 'INFO' : 'ERROR', n: offset }) }));
      await logs.send(new PutLogEventsCommand({ logGroupName: '/app/json', logStreamName: stream, logEvents }));
    }
    const started = await logs.send(
      new StartQueryCommand({
        logGroupName: '/app/json',
        startTime: Math.floor(minute / 1000) - 60,
        endTime: Math.floor(cloud.clock.now() / 1000),
        queryString: 'stats count(*) by bin(1m)',
      }),
    );
    assert.match(started.queryId!, /^[0-9a-f-]{36}$/);
    const out = await results(started.queryId!);
    assert.equal(out.status, 'Complete');
    const counts = Object.fromEntries(out.results!.map((row) => [row.find((c) => c.field === 'bin(1m)')!.value, row.find((c) => c.field === 'count(*)')!.value]));
    const label = (offset: number) => new Date(minute + offset).toISOString().replace('T', ' ').replace('Z', '');
    assert.deepEqual(counts, { [label(0)]: '4', [label(60_000)]: '2', [label(180_000)]: '3' });
    assert.equal(out.statistics?.recordsMatched, 9);
    assert.equal(out.statistics?.recordsScanned, 9);
    assert.ok(out.statistics!.bytesScanned! > 100);

    const json = await logs.send(
      new StartQueryCommand({
        logGroupNames: ['/app/json'],
        startTime: Math.floor(minute / 1000) - 60,
        endTime: Math.floor(cloud.clock.now() / 1000),
        queryString: 'filter level = "ERROR" | stats count(*) as errors by @logStream | sort @logStream asc',
      }),
    );
    const errors = await results(json.queryId!);
    assert.deepEqual(errors.results, [
      [
        { field: '@logStream', value: 'i-1' },
        { field: 'errors', value: '3' },
      ],
      [
        { field: '@logStream', value: 'i-2' },
        { field: 'errors', value: '2' },
      ],
    ]);
  });

  test('status transitions: Scheduled, then Complete; StopQuery cancels; DescribeQueries lists', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/stop' }));
    const now = Math.floor(cloud.clock.now() / 1000);
    const started = await logs.send(new StartQueryCommand({ logGroupName: '/app/stop', startTime: now - 3600, endTime: now, queryString: 'fields @message' }));
    const stopped = await logs.send(new StopQueryCommand({ queryId: started.queryId }));
    assert.equal(stopped.success, true);
    assert.equal((await logs.send(new GetQueryResultsCommand({ queryId: started.queryId }))).status, 'Cancelled');
    assert.equal((await logs.send(new StopQueryCommand({ queryId: started.queryId }))).success, false);

    const second = await logs.send(new StartQueryCommand({ logGroupName: '/app/stop', startTime: now - 3600, endTime: now, queryString: 'fields @message | limit 5' }));
    const first = await logs.send(new GetQueryResultsCommand({ queryId: second.queryId }));
    assert.ok(['Scheduled', 'Running'].includes(first.status!), first.status);
    await advanceClock(cloud, '1ms');
    assert.equal((await logs.send(new GetQueryResultsCommand({ queryId: second.queryId }))).status, 'Running');
    await advanceClock(cloud, '200ms');
    assert.equal((await logs.send(new GetQueryResultsCommand({ queryId: second.queryId }))).status, 'Complete');
    const listed = await logs.send(new DescribeQueriesCommand({ logGroupName: '/app/stop' }));
    assert.deepEqual(listed.queries?.map((q) => [q.queryId, q.status]).sort(), [
      [started.queryId, 'Cancelled'],
      [second.queryId, 'Complete'],
    ].sort());
    const cancelled = await logs.send(new DescribeQueriesCommand({ status: 'Cancelled' }));
    assert.deepEqual(cancelled.queries?.map((q) => q.queryString), ['fields @message']);
  });

  test('errors: malformed queries, unknown groups, bad time ranges', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/errors' }));
    const malformed = await expectAwsError<Error & { name: string; queryCompileError?: { location?: { startCharOffset?: number } } }>(
      logs.send(new StartQueryCommand({ logGroupName: '/app/errors', startTime: 1, endTime: 2, queryString: 'fields a | nonsense' })),
      { name: 'MalformedQueryException' },
    );
    assert.equal(malformed.queryCompileError?.location?.startCharOffset, 11);
    await expectAwsError(logs.send(new StartQueryCommand({ logGroupName: '/nope', startTime: 1, endTime: 2, queryString: 'fields a' })), { name: 'ResourceNotFoundException', message: "Log group '/nope' does not exist for account ID '000000000000'" });
    await expectAwsError(logs.send(new StartQueryCommand({ logGroupName: '/app/errors', startTime: 10, endTime: 2, queryString: 'fields a' })), { name: 'InvalidParameterException', message: 'End time cannot be less than Start time' });
  });

  test('query definitions: put, update, describe by prefix, delete', async () => {
    const created = await logs.send(new PutQueryDefinitionCommand({ name: 'errors/by-stream', queryString: 'filter level = "ERROR" | stats count(*) by @logStream', logGroupNames: ['/app/json'] }));
    await logs.send(new PutQueryDefinitionCommand({ name: 'latency', queryString: 'stats avg(latency)' }));
    await logs.send(new PutQueryDefinitionCommand({ queryDefinitionId: created.queryDefinitionId, name: 'errors/by-stream', queryString: 'filter level = "ERROR" | stats count(*)' }));
    const listed = await logs.send(new DescribeQueryDefinitionsCommand({ queryDefinitionNamePrefix: 'errors/' }));
    assert.equal(listed.queryDefinitions?.length, 1);
    assert.equal(listed.queryDefinitions![0].queryString, 'filter level = "ERROR" | stats count(*)');
    assert.equal(listed.queryDefinitions![0].queryDefinitionId, created.queryDefinitionId);
    assert.equal((await logs.send(new DescribeQueryDefinitionsCommand({}))).queryDefinitions?.length, 2);
    assert.equal((await logs.send(new DeleteQueryDefinitionCommand({ queryDefinitionId: created.queryDefinitionId }))).success, true);
    await expectAwsError(logs.send(new DeleteQueryDefinitionCommand({ queryDefinitionId: created.queryDefinitionId })), { name: 'ResourceNotFoundException' });
  });
});
