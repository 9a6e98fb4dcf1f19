import { randomUUID } from 'node:crypto';
import { WorkSlices } from '../../core/work-slices.js';
import { decodePageToken, encodePageToken, isOffset, pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, invalidToken, malformedQuery, notFound } from './errors.js';
import { formatValue, recordOf, runQueryInSlices, Time, type InputEvent } from './insights/engine.js';
import { parseQuery, QueryError } from './insights/parser.js';
import { DAY_MS } from './retention.js';
import { groupArn, type LogsService } from './service.js';
import type { GroupRow, QueryRow } from './state.js';

const QUERY_RESULT_LIFETIME_MS = 7 * DAY_MS;
/** How long (clock time) a query stays Running before it is Complete. */
const QUERY_RUN_MS = 200;
/** Rows a query returns when neither StartQuery's limit nor a `limit` command says (AWS: 10,000). */
const DEFAULT_RESULT_LIMIT = 10_000;

/** Runs the query over its groups; the row it returns carries the outcome (Complete or Failed), results and statistics. */
export async function runInsightsQuery(service: LogsService, query: QueryRow): Promise<QueryRow> {
  const slices = new WorkSlices();
  let commands;
  try {
    commands = parseQuery(query.queryString);
  } catch {
    return { ...query, status: 'Failed' };
  }
  const events: InputEvent[] = [];
  let recordsScanned = 0;
  let bytesScanned = 0;
  const start = query.start * 1000;
  const end = query.end * 1000 + 999;
  const scope = { accountId: query.account, region: query.region };
  const groups = query.groups.map((name) => service.resolveGroup(scope, name)).filter((g): g is GroupRow => Boolean(g));
  for (const group of groups) {
    service.retention.expire(group);
    for (const event of service.groupEvents(group.id, start, end)) {
      if (slices.due()) await slices.pause();
      recordsScanned++;
      bytesScanned += Buffer.byteLength(event.message);
      events.push({
        timestamp: event.timestamp,
        ingestionTime: event.ingestedAt,
        message: event.message,
        logStream: event.streamName,
        log: `${group.account}:${group.name}`,
        ptr: Buffer.from(`${group.id}:${event.seq}`).toString('base64'),
      });
    }
  }
  events.sort((a, b) => b.timestamp - a.timestamp);
  try {
    const output = await runQueryInSlices(commands, events, query.limit ?? DEFAULT_RESULT_LIMIT);
    return {
      ...query,
      status: 'Complete',
      results: output.rows,
      statistics: { recordsMatched: output.recordsMatched, recordsScanned, bytesScanned, logGroupsScanned: groups.length },
    };
  } catch (error) {
    service.runtime.log.debug({ err: String(error), query: query.id }, 'insights query failed');
    return { ...query, status: 'Failed', statistics: { recordsMatched: 0, recordsScanned, bytesScanned, logGroupsScanned: groups.length } };
  }
}

/** Logs Insights queries: start, poll for results, stop, list. */
export function insightsQueryOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  /**
   * A query is Scheduled when started, Running once the clock moves on (its
   * results are computed then), and Complete QUERY_RUN_MS of clock time later,
   * so clients see the transitions they poll for.
   */
  function scheduleQuery(query: QueryRow): void {
    const start = async () => {
      const current = state.query(query.id);
      if (!current || current.status !== 'Scheduled') return;
      const finished = await runInsightsQuery(service, current);
      // StopQuery may have cancelled it while it ran.
      if (state.query(query.id)?.status !== 'Scheduled') return;
      state.putQuery({ ...finished, status: 'Running' });
      service.later(QUERY_RUN_MS, () => {
        const latest = state.query(query.id);
        if (latest?.status === 'Running') state.putQuery({ ...latest, status: finished.status });
      });
    };
    service.later(0, () => {
      start().catch((error: unknown) => service.runtime.log.warn({ err: String(error), query: query.id }, 'insights query could not run'));
    });
  }

  // Queries a stopped process left Scheduled or Running run again: only the store outlives it.
  for (const query of state.unfinishedQueries()) {
    const rescheduled = { ...query, status: 'Scheduled' };
    state.putQuery(rescheduled);
    scheduleQuery(rescheduled);
  }

  return {
    StartQuery(input, context) {
      const given = [input.logGroupName, input.logGroupNames, input.logGroupIdentifiers].filter((v) => v !== undefined && (!Array.isArray(v) || v.length));
      if (given.length !== 1) throw invalidParameter('Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.');
      if (input.endTime < input.startTime) throw invalidParameter('End time cannot be less than Start time');
      if (input.queryLanguage && input.queryLanguage !== 'CWLI') throw invalidParameter(`Nimbus runs Logs Insights QL queries only, not ${input.queryLanguage}.`);
      const names = input.logGroupName ? [input.logGroupName] : (input.logGroupNames ?? input.logGroupIdentifiers ?? []);
      for (const name of names) {
        const group = service.resolveGroup(context, name);
        if (!group) throw notFound(`Log group '${name.replace(/:\*$/, '')}' does not exist for account ID '${context.accountId}'`);
      }
      try {
        parseQuery(input.queryString);
      } catch (error) {
        if (error instanceof QueryError) throw malformedQuery(error.message, error.start, error.end);
        throw error;
      }
      const now = service.clock.now();
      state.pruneQueries(now - QUERY_RESULT_LIFETIME_MS);
      const query: QueryRow = {
        id: randomUUID(),
        account: context.accountId,
        region: context.region,
        queryString: input.queryString,
        groups: names,
        start: input.startTime,
        end: input.endTime,
        limit: input.limit ?? null,
        status: 'Scheduled',
        createdAt: now,
        results: null,
        statistics: null,
        language: 'CWLI',
      };
      state.putQuery(query);
      scheduleQuery(query);
      return { queryId: query.id };
    },

    GetQueryResults(input, context) {
      const query = state.query(input.queryId);
      if (!query || query.account !== context.accountId || query.region !== context.region) throw notFound('The specified query does not exist.');
      return {
        queryLanguage: 'CWLI',
        status: query.status as Logs.GetQueryResultsResponse['status'],
        results: query.results ?? [],
        statistics: query.statistics ?? { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
      };
    },

    StopQuery(input, context) {
      const query = state.query(input.queryId);
      if (!query || query.account !== context.accountId || query.region !== context.region) throw notFound('The specified query does not exist.');
      if (query.status !== 'Scheduled' && query.status !== 'Running') return { success: false };
      state.putQuery({ ...query, status: 'Cancelled' });
      return { success: true };
    },

    GetLogRecord(input, context) {
      // A pointer is what @ptr gave out: base64 of "<group id>:<event seq>"; another account's group is not found.
      const [groupId, seq] = Buffer.from(input.logRecordPointer, 'base64').toString('utf8').split(':').map(Number);
      const group = Number.isSafeInteger(groupId) ? state.groupById(groupId) : undefined;
      if (!group || group.account !== context.accountId || group.region !== context.region || !Number.isSafeInteger(seq)) {
        throw invalidParameter('The specified log record pointer is not valid.');
      }
      service.retention.expire(group);
      const event = state.eventInGroup(group.id, seq);
      if (!event) throw notFound('The specified log record does not exist.');
      const record = recordOf({
        timestamp: event.timestamp,
        ingestionTime: event.ingestedAt,
        message: event.message,
        logStream: event.streamName,
        log: `${group.account}:${group.name}`,
        ptr: input.logRecordPointer,
      });
      record.delete('@ptr');
      const logRecord: Record<string, string> = {};
      for (const [field, value] of record) logRecord[field] = value instanceof Time ? String(value.ms) : formatValue(value);
      return { logRecord };
    },

    GetLogObject(input) {
      // A log object pointer is what a query gives out for a large log object (an event too big to
      // hold inline); Nimbus stores every event inline, so it never gives one out.
      throw invalidParameter(`The specified log object pointer is not valid: ${input.logObjectPointer}`);
    },

    ListLogGroupsForQuery(input, context) {
      const query = state.query(input.queryId);
      if (!query || query.account !== context.accountId || query.region !== context.region) throw notFound('The specified query does not exist.');
      const scope = { accountId: query.account, region: query.region };
      const identifiers = query.groups.map((name) => {
        const group = service.resolveGroup(scope, name);
        return group ? groupArn(group) : name;
      });
      // A query's groups are a fixed list, in the order given: pages are offsets into it.
      const offset = input.nextToken ? decodePageToken(input.nextToken, isOffset, invalidToken).offset : 0;
      const limit = input.maxResults ?? 50;
      const end = offset + limit;
      return { logGroupIdentifiers: identifiers.slice(offset, end), nextToken: end < identifiers.length ? encodePageToken({ offset: end }) : undefined };
    },

    DescribeQueries(input, context) {
      const queries = state.queries(context.accountId, context.region).filter((q) => {
        if (input.status && q.status !== input.status) return false;
        if (input.logGroupName && !q.groups.includes(input.logGroupName)) return false;
        return true;
      });
      const result = pageAfterKey(queries, (q) => q.id, input.maxResults ?? 1000, input.nextToken, invalidToken);
      return {
        queries: result.items.map((q) => ({
          queryId: q.id,
          queryString: q.queryString,
          status: q.status as Logs.QueryInfo['status'],
          createTime: q.createdAt,
          logGroupName: q.groups[0],
          queryLanguage: 'CWLI',
          bytesScanned: q.statistics?.bytesScanned,
        })),
        nextToken: result.nextToken,
      };
    },
  };
}
