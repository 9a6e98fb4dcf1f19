import { randomUUID } from 'node:crypto';
import type { Timer } from '../../core/clock.js';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import { atInstant, isTimeZone, nextCronTime, parseAt, parseCronFields, parseRate, ScheduleError } from '../../core/schedule.js';
import type * as Logs from '../../generated/logs.js';
import type { S3Api } from '../s3/api.js';
import { conflict, notFound, validation } from './errors.js';
import { runInsightsQuery } from './insights-queries.js';
import { parseQuery, QueryError } from './insights/parser.js';
import type { LogsService, Scope } from './service.js';
import type { QueryRow } from './state.js';

/**
 * Scheduled queries: a Logs Insights query run on a schedule (cron, rate or at, in a time zone) on
 * the clock, each run over the `startTimeOffset` seconds before it, its rows written as JSON to the
 * S3 URI of its destination, and every run kept in its history.
 */

const KIND = 'scheduled-query';
const RUN_KIND = 'scheduled-query-run';
/** How far back a run looks when startTimeOffset is not given (seconds). */
const DEFAULT_START_OFFSET_S = 3600;
type Status = NonNullable<Logs.TriggerHistoryRecord['executionStatus']>;

interface StoredScheduledQuery {
  description?: string;
  destinationConfiguration?: Logs.DestinationConfiguration;
  executionRoleArn: string;
  logGroupIdentifiers: string[];
  queryLanguage: Logs.CreateScheduledQueryRequest['queryLanguage'];
  queryString: string;
  scheduleExpression: string;
  timezone?: string;
  startTimeOffset?: number;
  scheduleStartTime?: number;
  scheduleEndTime?: number;
  state: 'ENABLED' | 'DISABLED';
  tags: Record<string, string>;
  creationTime: number;
  lastUpdatedTime: number;
  lastTriggeredTime?: number;
  lastExecutionStatus?: Status;
}

interface StoredRun {
  scheduledQuery: string;
  record: Logs.TriggerHistoryRecord;
}

type Definition = Omit<Logs.CreateScheduledQueryRequest, 'name' | 'tags'>;

/** The next time a schedule fires strictly after `after`, within its start and end times; undefined when it never will. */
export function nextRunTime(query: Pick<StoredScheduledQuery, 'scheduleExpression' | 'timezone' | 'scheduleStartTime' | 'scheduleEndTime' | 'creationTime'>, after: number): number | undefined {
  const zone = query.timezone ?? 'UTC';
  const from = Math.max(after, (query.scheduleStartTime ?? 0) - 1);
  const expression = query.scheduleExpression.trim();
  let next: number | undefined;
  const rate = parseRate(expression);
  const at = rate ? undefined : parseAt(expression);
  if (rate) {
    // A rate counts from the schedule's start (or its creation), on whole periods.
    const origin = query.scheduleStartTime ?? query.creationTime;
    next = from < origin ? origin : origin + (Math.floor((from - origin) / rate.periodMs) + 1) * rate.periodMs;
  } else if (at) {
    const instant = atInstant(at, zone);
    next = instant > from ? instant : undefined;
  } else {
    const fields = cronFields(expression);
    next = fields === undefined ? undefined : nextCronTime(parseCronFields(fields), zone, from);
  }
  if (next !== undefined && query.scheduleEndTime !== undefined && next > query.scheduleEndTime) return undefined;
  return next;
}

/** The five fields of a cron schedule, written bare (standard cron, as AWS documents) or as cron(...). */
function cronFields(expression: string): string | undefined {
  const wrapped = /^cron\((.*)\)$/.exec(expression);
  if (wrapped) return wrapped[1];
  return /^[\w*?,/-]+(\s+[\w*?,/-]+){4}$/.test(expression) ? expression : undefined;
}

/** The S3 URI of a destination, split: s3://bucket[/prefix]. */
function s3Location(uri: string): { bucket: string; prefix: string } | undefined {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  return match ? { bucket: match[1], prefix: (match[2] ?? '').replace(/\/+$/, '') } : undefined;
}

function checkDefinition(service: LogsService, scope: Scope, input: Definition): void {
  const expression = input.scheduleExpression.trim();
  try {
    const fields = cronFields(expression);
    if (fields !== undefined) parseCronFields(fields);
    else if (!parseRate(expression) && !parseAt(expression)) throw new ScheduleError('');
  } catch (error) {
    if (error instanceof ScheduleError) throw validation(`Invalid schedule expression: ${input.scheduleExpression}`);
    throw error;
  }
  if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw validation(`Invalid timezone: ${input.timezone}`);
  if (input.startTimeOffset !== undefined && input.startTimeOffset < 0) throw validation('startTimeOffset must be a non-negative number of seconds.');
  if (input.scheduleStartTime !== undefined && input.scheduleEndTime !== undefined && input.scheduleEndTime <= input.scheduleStartTime) {
    throw validation('scheduleEndTime must be after scheduleStartTime.');
  }
  if (input.queryLanguage !== 'CWLI') throw validation(`Nimbus runs Logs Insights QL (CWLI) scheduled queries only, not ${input.queryLanguage}.`);
  try {
    parseQuery(input.queryString);
  } catch (error) {
    if (error instanceof QueryError) throw validation(`Invalid query string: ${error.message}`);
    throw error;
  }
  if (!input.logGroupIdentifiers?.length) throw validation('logGroupIdentifiers must name at least one log group.');
  for (const identifier of input.logGroupIdentifiers) {
    if (!service.resolveGroup(scope, identifier)) throw notFound(`Log group '${identifier.replace(/:\*$/, '')}' does not exist for account ID '${scope.accountId}'`);
  }
  const s3 = input.destinationConfiguration?.s3Configuration;
  if (s3 && !s3Location(s3.destinationIdentifier)) throw validation(`Invalid S3 destination identifier: ${s3.destinationIdentifier}. It must be an S3 URI such as s3://bucket/prefix.`);
}

/** Arms and runs the schedules; one timer per enabled scheduled query. */
export class ScheduledQueryRunner {
  private readonly timers = new Map<string, Timer>();

  constructor(private readonly service: LogsService) {
    // Schedules outlive a restart: only the store does.
    for (const row of service.state.configurationsOfKind<StoredScheduledQuery>(KIND)) this.arm({ accountId: row.account, region: row.region }, row.name);
  }

  private key(scope: Scope, name: string): string {
    return `${scope.accountId}/${scope.region}/${name}`;
  }

  /** (Re)arms a scheduled query's next run from now, or disarms it when disabled, deleted or finished. */
  arm(scope: Scope, name: string): void {
    const key = this.key(scope, name);
    this.timers.get(key)?.cancel();
    this.timers.delete(key);
    const query = this.service.state.configuration<StoredScheduledQuery>(scope.accountId, scope.region, KIND, name)?.body;
    if (!query || query.state !== 'ENABLED') return;
    const due = nextRunTime(query, this.service.clock.now());
    if (due === undefined) return;
    const runAt = (at: number) =>
      this.run(scope, name, at).catch((error: unknown) => this.service.runtime.log.warn({ err: String(error), scheduledQuery: name }, 'scheduled query could not run'));
    const rate = parseRate(query.scheduleExpression);
    if (rate) {
      // A recurring clock timer: an advance over many periods fast-forwards instead of running each.
      const timer = this.service.clock.every(
        rate.periodMs,
        (at) => {
          if (query.scheduleEndTime !== undefined && at > query.scheduleEndTime) {
            timer.cancel();
            this.timers.delete(key);
            return;
          }
          void runAt(at);
        },
        due,
      );
      this.timers.set(key, timer);
      return;
    }
    this.timers.set(
      key,
      this.service.clock.at(due, () => {
        this.timers.delete(key);
        void runAt(due);
        this.arm(scope, name);
      }),
    );
  }

  private async run(scope: Scope, name: string, triggeredAt: number): Promise<void> {
    const { state } = this.service;
    const stored = state.configuration<StoredScheduledQuery>(scope.accountId, scope.region, KIND, name);
    if (!stored) return;
    const query = stored.body;
    const queryId = randomUUID();
    const runName = `${String(triggeredAt).padStart(15, '0')}:${queryId}`;
    const record: Logs.TriggerHistoryRecord = { queryId, executionStatus: 'Running', triggeredTimestamp: triggeredAt };
    const save = () => {
      // A query deleted (or deleted and made again) while this run went on keeps no record of it.
      const current = state.configuration<StoredScheduledQuery>(scope.accountId, scope.region, KIND, name);
      if (!current || current.body.creationTime !== query.creationTime) return;
      state.putConfiguration(scope.accountId, scope.region, RUN_KIND, runName, { scheduledQuery: name, record } satisfies StoredRun, this.service.clock.now());
      const body = { ...current.body, lastTriggeredTime: triggeredAt, lastExecutionStatus: record.executionStatus };
      state.putConfiguration(scope.accountId, scope.region, KIND, name, body, current.updatedAt);
    };
    save();
    const startS = Math.floor(triggeredAt / 1000) - (query.startTimeOffset ?? DEFAULT_START_OFFSET_S);
    const row: QueryRow = {
      id: queryId,
      account: scope.accountId,
      region: scope.region,
      queryString: query.queryString,
      groups: query.logGroupIdentifiers,
      start: startS,
      end: Math.floor(triggeredAt / 1000),
      limit: null,
      status: 'Running',
      createdAt: triggeredAt,
      results: null,
      statistics: null,
      language: 'CWLI',
    };
    const finished = await runInsightsQuery(this.service, row);
    if (finished.status !== 'Complete') {
      record.executionStatus = 'Failed';
      record.errorMessage = 'The query failed to run.';
      save();
      return;
    }
    const s3Config = query.destinationConfiguration?.s3Configuration;
    const location = s3Config ? s3Location(s3Config.destinationIdentifier) : undefined;
    if (s3Config && location) {
      const key = `${location.prefix ? `${location.prefix}/` : ''}${name}/${queryId}.json`;
      const destination: Logs.ScheduledQueryDestination = { destinationType: 'S3', destinationIdentifier: s3Config.destinationIdentifier };
      try {
        const s3 = await this.service.runtime.api<S3Api>('s3');
        const rows = (finished.results ?? []).map((fields) => Object.fromEntries(fields.map((f) => [f.field, f.value])));
        await s3.putObject({
          account: s3Config.ownerAccountId ?? scope.accountId,
          region: scope.region,
          bucket: location.bucket,
          key,
          body: Buffer.from(JSON.stringify(rows), 'utf8'),
          contentType: 'application/json',
        });
        destination.status = 'COMPLETE';
        destination.processedIdentifier = `s3://${location.bucket}/${key}`;
      } catch (error) {
        destination.status = 'CLIENT_ERROR';
        destination.errorMessage = error instanceof Error ? error.message : String(error);
      }
      record.destinations = [destination];
    }
    record.executionStatus = 'Complete';
    save();
  }

  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }
}

export function scheduledQueryOperations(service: LogsService, runner: ScheduledQueryRunner): Partial<Logs.LogsOperations> {
  const { state } = service;
  const queryArn = (scope: Scope, name: string) => arn({ service: 'logs', region: scope.region, account: scope.accountId, resource: `scheduled-query:${name}` });

  /** A scheduled query named by name or ARN. */
  function requireQuery(scope: Scope, identifier: string): { name: string; query: StoredScheduledQuery } {
    let name = identifier;
    if (identifier.startsWith('arn:')) {
      const parsed = parseArn(identifier);
      const ours = parsed?.service === 'logs' && parsed.account === scope.accountId && parsed.region === scope.region && parsed.resource.startsWith('scheduled-query:');
      name = ours ? parsed.resource.slice('scheduled-query:'.length) : '';
    }
    const row = name ? state.configuration<StoredScheduledQuery>(scope.accountId, scope.region, KIND, name) : undefined;
    if (!row) throw notFound(`Scheduled query '${identifier}' does not exist.`);
    return { name: row.name, query: row.body };
  }

  function describe(scope: Scope, name: string, query: StoredScheduledQuery): Logs.GetScheduledQueryResponse {
    const { tags: _tags, ...shown } = query;
    return { ...shown, name, scheduledQueryArn: queryArn(scope, name) };
  }

  function define(input: Definition, previous?: StoredScheduledQuery): Omit<StoredScheduledQuery, 'tags' | 'creationTime' | 'lastUpdatedTime'> {
    return {
      description: input.description,
      destinationConfiguration: input.destinationConfiguration,
      executionRoleArn: input.executionRoleArn,
      logGroupIdentifiers: input.logGroupIdentifiers ?? [],
      queryLanguage: input.queryLanguage,
      queryString: input.queryString,
      scheduleExpression: input.scheduleExpression,
      timezone: input.timezone,
      startTimeOffset: input.startTimeOffset,
      scheduleStartTime: input.scheduleStartTime,
      scheduleEndTime: input.scheduleEndTime,
      state: input.state ?? previous?.state ?? 'ENABLED',
      lastTriggeredTime: previous?.lastTriggeredTime,
      lastExecutionStatus: previous?.lastExecutionStatus,
    };
  }

  function runsOf(scope: Scope, name: string): Logs.TriggerHistoryRecord[] {
    return state
      .configurations<StoredRun>(scope.accountId, scope.region, RUN_KIND)
      .filter((row) => row.body.scheduledQuery === name)
      .map((row) => row.body.record);
  }

  return {
    CreateScheduledQuery(input, context) {
      if (state.configuration(context.accountId, context.region, KIND, input.name)) throw conflict(`A scheduled query named ${input.name} already exists.`);
      checkDefinition(service, context, input);
      const now = service.clock.now();
      const query: StoredScheduledQuery = { ...define(input), tags: input.tags ?? {}, creationTime: now, lastUpdatedTime: now };
      state.putConfiguration(context.accountId, context.region, KIND, input.name, query, now);
      runner.arm(context, input.name);
      return { scheduledQueryArn: queryArn(context, input.name), state: query.state };
    },

    GetScheduledQuery(input, context) {
      const { name, query } = requireQuery(context, input.identifier);
      return describe(context, name, query);
    },

    UpdateScheduledQuery(input, context) {
      const { name, query: previous } = requireQuery(context, input.identifier);
      checkDefinition(service, context, input);
      const now = service.clock.now();
      const query: StoredScheduledQuery = { ...define(input, previous), tags: previous.tags, creationTime: previous.creationTime, lastUpdatedTime: now };
      state.putConfiguration(context.accountId, context.region, KIND, name, query, now);
      runner.arm(context, name);
      return describe(context, name, query);
    },

    DeleteScheduledQuery(input, context) {
      const { name } = requireQuery(context, input.identifier);
      state.deleteConfiguration(context.accountId, context.region, KIND, name);
      for (const row of state.configurations<StoredRun>(context.accountId, context.region, RUN_KIND)) {
        if (row.body.scheduledQuery === name) state.deleteConfiguration(context.accountId, context.region, RUN_KIND, row.name);
      }
      runner.arm(context, name);
      return {};
    },

    ListScheduledQueries(input, context) {
      const rows = state.configurations<StoredScheduledQuery>(context.accountId, context.region, KIND).filter((row) => !input.state || row.body.state === input.state);
      const page = pageAfterKey(rows, (row) => row.name, input.maxResults ?? 1000, input.nextToken, () => validation('The specified nextToken is invalid.'));
      return {
        scheduledQueries: page.items.map((row) => ({
          name: row.name,
          scheduledQueryArn: queryArn(context, row.name),
          state: row.body.state,
          scheduleExpression: row.body.scheduleExpression,
          timezone: row.body.timezone,
          destinationConfiguration: row.body.destinationConfiguration,
          creationTime: row.body.creationTime,
          lastUpdatedTime: row.body.lastUpdatedTime,
          lastTriggeredTime: row.body.lastTriggeredTime,
          lastExecutionStatus: row.body.lastExecutionStatus,
        })),
        nextToken: page.nextToken,
      };
    },

    GetScheduledQueryHistory(input, context) {
      const { name } = requireQuery(context, input.identifier);
      if (input.endTime < input.startTime) throw validation('endTime must not be before startTime.');
      const statuses = input.executionStatuses?.length ? new Set(input.executionStatuses) : undefined;
      const records = runsOf(context, name)
        .filter((r) => r.triggeredTimestamp! >= input.startTime && r.triggeredTimestamp! <= input.endTime && (!statuses || statuses.has(r.executionStatus!)))
        .sort((a, b) => b.triggeredTimestamp! - a.triggeredTimestamp! || a.queryId!.localeCompare(b.queryId!));
      const page = pageAfterKey(records, (r) => r.queryId!, input.maxResults ?? 1000, input.nextToken, () => validation('The specified nextToken is invalid.'));
      return { name, scheduledQueryArn: queryArn(context, name), triggerHistory: page.items, nextToken: page.nextToken };
    },
  };
}
