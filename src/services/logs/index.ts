import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Timer } from '../../core/clock.js';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import { WorkSlices } from '../../core/work-slices.js';
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Logs from '../../generated/logs.js';
import { validationException } from '../../protocol/validate.js';
import type { CloudWatchApi } from '../cloudwatch/api.js';
import type { LogsApi, LogsS3Target } from './api.js';
import { alreadyExists, groupNotFound, invalidOperation, invalidParameter, invalidToken, limitExceeded, notFound, streamNotFound } from './errors.js';
import { compileFilterPattern, countRegexPatterns, FilterPatternError, MAX_REGEX_PATTERNS_PER_GROUP, type FilterPattern } from './filter-pattern.js';
import { runQueryInSlices, type InputEvent } from './insights/engine.js';
import { parseQuery, QueryError } from './insights/parser.js';
import { LiveTail } from './live-tail.js';
import { checkTransformation, metricDataFor, type Transformation } from './metric-filters.js';
import { LogsState, type EventRow, type GroupRow, type NewEvent, type QueryRow, type StreamRow } from './state.js';
import { SubscriptionDispatcher } from './subscriptions.js';

type Operations = Partial<Logs.LogsOperations>;

export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
const DAY_MS = 86_400_000;
const MAX_BATCH_BYTES = 1_048_576;
const EVENT_OVERHEAD = 26;
const TOO_OLD_MS = 14 * DAY_MS;
const TOO_NEW_MS = 2 * 3_600_000;
const MAX_SPAN_MS = DAY_MS;
/** GetLogEvents and FilterLogEvents answer with at most 1 MB of events (AWS), counted as PutLogEvents counts a batch. */
const MAX_RESPONSE_BYTES = 1_048_576;
/** Message bytes one FilterLogEvents call examines before it answers with what it found and a nextToken (AWS also stops a search early). */
const MAX_FILTER_SCAN_BYTES = 8 * 1_048_576;
/** And searches at most this long (wall time) before answering so: the event loop is shared. */
const FILTER_SEARCH_MS = 250;
const MAX_METRIC_FILTERS = 100;
const MAX_SUBSCRIPTION_FILTERS = 2;
const QUERY_RESULT_LIFETIME_MS = 7 * DAY_MS;
/** How long (clock time) a query stays Running before it is Complete. */
const QUERY_RUN_MS = 200;
/** How long (clock time) an export task stays RUNNING. */
const EXPORT_RUN_MS = 1000;

export function createProvider(runtime: Runtime): Provider {
  const state = new LogsState(runtime.store);
  const clock = runtime.clock;
  const liveTail = new LiveTail(clock);
  const subscriptions = new SubscriptionDispatcher(runtime);
  const expiryTimers = new Map<number, Timer>();
  const pendingTimers = new Set<Timer>();

  const groupArn = (group: GroupRow) => `arn:aws:logs:${group.region}:${group.account}:log-group:${group.name}`;
  const streamArn = (group: GroupRow, stream: StreamRow) => `${groupArn(group)}:log-stream:${stream.name}`;

  // ------------------------------------------------------------------ lookups

  /** A log group named by name or ARN (with or without the trailing :*). */
  function resolveGroup(context: RequestContext, identifier: string): GroupRow | undefined {
    if (identifier.startsWith('arn:')) {
      const parsed = parseArn(identifier);
      if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('log-group:')) return undefined;
      const name = parsed.resource.slice('log-group:'.length).replace(/:\*$/, '');
      return state.group(parsed.account, parsed.region, name);
    }
    return state.group(context.accountId, context.region, identifier);
  }

  function requireGroup(context: RequestContext, name?: string, identifier?: string): GroupRow {
    if (name && identifier) throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
    const key = name ?? identifier;
    if (!key) throw invalidParameter('Either logGroupName or logGroupIdentifier must be specified.');
    const group = resolveGroup(context, key);
    if (!group) throw groupNotFound();
    expire(group);
    return group;
  }

  function requireStream(group: GroupRow, name: string): StreamRow {
    const stream = state.stream(group.id, name);
    if (!stream) throw streamNotFound();
    return stream;
  }

  // ------------------------------------------------------------------ retention

  /** Drops events older than the group's retention, and arms the timer for the next ones to expire. */
  function expire(group: GroupRow): void {
    if (group.retentionDays === null) return;
    const retentionMs = group.retentionDays * DAY_MS;
    state.expireEvents(group.id, clock.now() - retentionMs);
    armExpiry(group);
  }

  function armExpiry(group: GroupRow): void {
    expiryTimers.get(group.id)?.cancel();
    expiryTimers.delete(group.id);
    if (group.retentionDays === null) return;
    const oldest = state.oldestEvent(group.id);
    if (oldest === undefined) return;
    const due = oldest + group.retentionDays * DAY_MS;
    const timer = clock.at(due + 1, () => {
      expiryTimers.delete(group.id);
      const current = state.groupById(group.id);
      if (current) expire(current);
    });
    expiryTimers.set(group.id, timer);
  }

  for (const group of state.groupsWithRetention()) armExpiry(group);

  // ------------------------------------------------------------------ ingestion

  interface IngestResult {
    accepted: NewEvent[];
    rejected: Logs.RejectedLogEventsInfo | undefined;
  }

  /** PutLogEvents' checks: sizes, order, span, and which events are too old, too new or expired. */
  function screen(group: GroupRow, events: Array<{ timestamp: number; message: string }>, now: number): IngestResult {
    let bytes = 0;
    for (const event of events) {
      const size = Buffer.byteLength(event.message) + EVENT_OVERHEAD;
      if (size > MAX_BATCH_BYTES) throw invalidParameter(`Log event too large: ${size} bytes exceeds limit of ${MAX_BATCH_BYTES}`);
      bytes += size;
    }
    if (bytes > MAX_BATCH_BYTES) throw invalidParameter(`Upload too large: ${bytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`);
    for (let i = 1; i < events.length; i++) {
      if (events[i].timestamp < events[i - 1].timestamp) throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
    const retentionLimit = group.retentionDays === null ? -Infinity : now - group.retentionDays * DAY_MS;
    let tooOldEnd: number | undefined;
    let expiredEnd: number | undefined;
    let tooNewStart: number | undefined;
    events.forEach((event, index) => {
      if (event.timestamp < now - TOO_OLD_MS) tooOldEnd = index;
      else if (event.timestamp < retentionLimit) expiredEnd = index;
      if (event.timestamp > now + TOO_NEW_MS && tooNewStart === undefined) tooNewStart = index;
    });
    const firstValid = Math.max(tooOldEnd ?? -1, expiredEnd ?? -1) + 1;
    const endValid = tooNewStart ?? events.length;
    const accepted = events.slice(firstValid, Math.max(firstValid, endValid));
    if (accepted.length && accepted[accepted.length - 1].timestamp - accepted[0].timestamp > MAX_SPAN_MS) {
      throw invalidParameter('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
    }
    const rejected: Logs.RejectedLogEventsInfo = {};
    if (tooOldEnd !== undefined) rejected.tooOldLogEventEndIndex = tooOldEnd;
    if (expiredEnd !== undefined) rejected.expiredLogEventEndIndex = expiredEnd;
    if (tooNewStart !== undefined) rejected.tooNewLogEventStartIndex = tooNewStart;
    return { accepted, rejected: Object.keys(rejected).length ? rejected : undefined };
  }

  /** Stores accepted events, then feeds metric filters, subscriptions and Live Tail. */
  async function ingest(group: GroupRow, stream: StreamRow, accepted: NewEvent[], now: number): Promise<void> {
    if (!accepted.length) return;
    const seqs = state.insertEvents(group.id, stream.id, accepted, now);
    armExpiryIfNeeded(group);
    const filters = state.metricFilters(group.id);
    if (filters.length) {
      const data = await metricDataFor(filters, accepted, group.account, group.region);
      if (data.length) {
        const cloudwatch = await runtime.api<CloudWatchApi>('cloudwatch');
        for (const request of data) {
          try {
            cloudwatch.putMetricData(request);
          } catch (error) {
            runtime.log.warn({ err: String(error), namespace: request.namespace }, 'metric filter could not publish');
          }
        }
      }
    }
    const slices = new WorkSlices();
    for (const filter of state.subscriptionFilters(group.id)) {
      let pattern: FilterPattern;
      try {
        pattern = compileFilterPattern(filter.pattern);
      } catch {
        continue;
      }
      const logEvents: Array<{ id: string; timestamp: number; message: string }> = [];
      for (const [i, event] of accepted.entries()) {
        if (slices.due()) await slices.pause();
        if (pattern.test(event.message).matched) logEvents.push({ id: eventId(event.timestamp, seqs[i]), timestamp: event.timestamp, message: event.message });
      }
      if (!logEvents.length) continue;
      subscriptions.deliver(filter.destinationArn, groupArn(group), {
        messageType: 'DATA_MESSAGE',
        owner: group.account,
        logGroup: group.name,
        logStream: stream.name,
        subscriptionFilters: [filter.name],
        logEvents,
      });
    }
    liveTail.publish(accepted.map((event) => ({ groupId: group.id, logGroupIdentifier: '', logStreamName: stream.name, timestamp: event.timestamp, ingestionTime: now, message: event.message })));
  }

  /** Every PutLogEvents runs a group's filters, so AWS caps the regex ones at five a group (metric and subscription filters together). */
  function checkRegexQuota(group: GroupRow, pattern: FilterPattern, replacing: { metric?: string; subscription?: string }): void {
    if (!pattern.regexCount) return;
    const others = [
      ...state.metricFilters(group.id).filter((f) => f.name !== replacing.metric).map((f) => f.pattern),
      ...state.subscriptionFilters(group.id).filter((f) => f.name !== replacing.subscription).map((f) => f.pattern),
    ];
    if (countRegexPatterns(others) >= MAX_REGEX_PATTERNS_PER_GROUP) {
      throw limitExceeded(`A log group can have at most ${MAX_REGEX_PATTERNS_PER_GROUP} metric and subscription filters whose filter patterns contain regular expressions.`);
    }
  }

  function armExpiryIfNeeded(group: GroupRow): void {
    if (group.retentionDays !== null && !expiryTimers.has(group.id)) armExpiry(group);
  }

  // ------------------------------------------------------------------ tokens

  const encodeToken = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  function decodeToken<T>(token: string, check: (value: unknown) => value is T): T {
    try {
      const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
      if (check(value)) return value;
    } catch {
      // fall through
    }
    throw invalidToken();
  }
  const isAfter = (value: unknown): value is { after: string } => typeof (value as { after?: unknown })?.after === 'string';
  const isPosition = (value: unknown): value is { ts: number; seq: number } =>
    typeof (value as { ts?: unknown })?.ts === 'number' && typeof (value as { seq?: unknown })?.seq === 'number';

  function page<T>(items: T[], key: (item: T) => string, limit: number, token: string | undefined): { items: T[]; nextToken?: string } {
    let rest = items;
    if (token) {
      const after = decodeToken(token, isAfter).after;
      const index = items.findIndex((item) => key(item) === after);
      rest = index >= 0 ? items.slice(index + 1) : items.filter((item) => key(item) > after);
    }
    const chosen = rest.slice(0, limit);
    return { items: chosen, nextToken: rest.length > limit ? encodeToken({ after: key(chosen[chosen.length - 1]) }) : undefined };
  }

  // ------------------------------------------------------------------ describe shapes

  function describeGroup(group: GroupRow): Logs.LogGroup {
    return {
      logGroupName: group.name,
      creationTime: group.createdAt,
      retentionInDays: group.retentionDays ?? undefined,
      metricFilterCount: state.metricFilterCount(group.id),
      arn: `${groupArn(group)}:*`,
      logGroupArn: groupArn(group),
      storedBytes: state.storedBytes(group.id),
      kmsKeyId: group.kmsKeyId ?? undefined,
      logGroupClass: group.groupClass as Logs.LogGroup['logGroupClass'],
      deletionProtectionEnabled: group.deletionProtection,
    };
  }

  function describeStream(group: GroupRow, stream: StreamRow): Logs.LogStream {
    return {
      logStreamName: stream.name,
      creationTime: stream.createdAt,
      firstEventTimestamp: stream.firstEvent ?? undefined,
      lastEventTimestamp: stream.lastEvent ?? undefined,
      lastIngestionTime: stream.lastIngestion ?? undefined,
      uploadSequenceToken: sequenceToken(stream),
      arn: streamArn(group, stream),
      storedBytes: 0,
    };
  }

  function checkTags(tags: Record<string, string> | undefined, resource: string): void {
    if (tags && Object.keys(tags).length > 50) {
      throw new AwsError('TooManyTagsException', 'A resource can have no more than 50 tags.', 400, { fields: { resourceName: resource } });
    }
  }

  function checkKmsKey(key: string): void {
    if (!/^arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/.test(key)) throw invalidParameter(`Specified KMS key ARN is not valid: ${key}`);
  }

  // ------------------------------------------------------------------ queries

  /**
   * A query is Scheduled when started, Running once the clock moves on (its
   * results are computed then), and Complete QUERY_RUN_MS of clock time later,
   * so clients see the transitions they poll for.
   */
  function scheduleQuery(query: QueryRow): void {
    const start = async () => {
      const current = state.query(query.id);
      if (!current || current.status !== 'Scheduled') return;
      const finished = await runInsightsQuery(current);
      // StopQuery may have cancelled it while it ran.
      if (state.query(query.id)?.status !== 'Scheduled') return;
      state.putQuery({ ...finished, status: 'Running' });
      const complete = clock.setTimeout(() => {
        pendingTimers.delete(complete);
        const latest = state.query(query.id);
        if (latest?.status === 'Running') state.putQuery({ ...latest, status: finished.status });
      }, QUERY_RUN_MS);
      pendingTimers.add(complete);
    };
    const run = clock.setTimeout(() => {
      pendingTimers.delete(run);
      start().catch((error: unknown) => runtime.log.warn({ err: String(error), query: query.id }, 'insights query could not run'));
    }, 0);
    pendingTimers.add(run);
  }

  /** Runs the query over its groups; the row it returns carries the outcome (Complete or Failed), results and statistics. */
  async function runInsightsQuery(query: QueryRow): Promise<QueryRow> {
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
    const groups = query.groups.map((name) => resolveGroupByArnOrName(query.account, query.region, name)).filter((g): g is GroupRow => Boolean(g));
    for (const group of groups) {
      expire(group);
      for (const event of allGroupEvents(group.id, start, end)) {
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
      const output = await runQueryInSlices(commands, events, query.limit ?? 1000);
      return {
        ...query,
        status: 'Complete',
        results: output.rows,
        statistics: { recordsMatched: output.recordsMatched, recordsScanned, bytesScanned, logGroupsScanned: groups.length },
      };
    } catch (error) {
      runtime.log.debug({ err: String(error), query: query.id }, 'insights query failed');
      return { ...query, status: 'Failed', statistics: { recordsMatched: 0, recordsScanned, bytesScanned, logGroupsScanned: groups.length } };
    }
  }

  function resolveGroupByArnOrName(account: string, region: string, identifier: string): GroupRow | undefined {
    return resolveGroup({ accountId: account, region } as RequestContext, identifier);
  }

  function* allGroupEvents(groupId: number, start: number, end: number): Generator<EventRow> {
    let afterTs = -Infinity;
    let afterSeq = 0;
    for (;;) {
      const batch = state.groupEventsAfter(groupId, start, end, afterTs === -Infinity ? start - 1 : afterTs, afterSeq, 1000);
      if (!batch.length) return;
      yield* batch;
      const last = batch[batch.length - 1];
      afterTs = last.timestamp;
      afterSeq = last.seq;
    }
  }

  // ------------------------------------------------------------------ export tasks

  function scheduleExport(taskId: string): void {
    const timer = clock.setTimeout(() => {
      pendingTimers.delete(timer);
      void runExport(taskId);
    }, 0);
    pendingTimers.add(timer);
  }

  async function runExport(taskId: string): Promise<void> {
    const task = state.exportTask(taskId);
    if (!task || task.status !== 'PENDING') return;
    state.putExportTask({ ...task, status: 'RUNNING', message: 'Running' });
    // The outcome is known at once; the task reports it EXPORT_RUN_MS of clock time later, as a task that ran.
    const finish = (status: string, message: string) => {
      const timer = clock.setTimeout(() => {
        pendingTimers.delete(timer);
        const current = state.exportTask(taskId);
        if (!current || current.status !== 'RUNNING') return;
        state.putExportTask({ ...current, status, message, completedAt: clock.now() });
      }, EXPORT_RUN_MS);
      pendingTimers.add(timer);
    };
    const s3Provider = runtime.implements('s3') ? await runtime.provider('s3') : undefined;
    const s3 = s3Provider?.api as LogsS3Target | undefined;
    if (!s3 || typeof s3.putObject !== 'function') {
      finish('FAILED', 'Nimbus has no S3 module API (putObject) to export to yet.');
      return;
    }
    if (s3.bucketExists && !s3.bucketExists({ account: task.account, region: task.region, bucket: task.destination })) {
      finish('FAILED', 'The specified bucket does not exist.');
      return;
    }
    const group = state.group(task.account, task.region, task.groupName);
    if (!group) {
      finish('FAILED', 'The specified log group does not exist.');
      return;
    }
    try {
      const servicePrincipal = `logs.${task.region}.amazonaws.com`;
      await s3.putObject({ account: task.account, region: task.region, bucket: task.destination, key: `${task.prefix}/aws-logs-write-test`, body: Buffer.from('Permission Check Successful'), servicePrincipal });
      const byStream = new Map<string, string[]>();
      for (const event of allGroupEvents(group.id, task.from, task.to - 1)) {
        if (task.streamPrefix && !event.streamName.startsWith(task.streamPrefix)) continue;
        const lines = byStream.get(event.streamName) ?? [];
        lines.push(`${new Date(event.timestamp).toISOString()} ${event.message}\n`);
        byStream.set(event.streamName, lines);
      }
      for (const [streamName, lines] of byStream) {
        await s3.putObject({
          account: task.account,
          region: task.region,
          bucket: task.destination,
          key: `${task.prefix}/${task.id}/${streamName}/000000.gz`,
          body: gzipSync(Buffer.from(lines.join(''), 'utf8')),
          contentType: 'application/octet-stream',
          contentEncoding: 'gzip',
          servicePrincipal,
        });
      }
      finish('COMPLETED', 'Completed successfully');
    } catch (error) {
      finish('FAILED', error instanceof Error ? error.message : String(error));
    }
  }

  // ------------------------------------------------------------------ api

  const api: LogsApi = {
    ensureStream(request) {
      const now = clock.now();
      let group = state.group(request.account, request.region, request.logGroupName);
      group ??= state.createGroup(request.account, request.region, request.logGroupName, now, null, 'STANDARD', {}, false);
      if (!state.stream(group.id, request.logStreamName)) state.createStream(group.id, request.logStreamName, now);
    },
    putLogEvents(request) {
      api.ensureStream(request);
      const group = state.group(request.account, request.region, request.logGroupName)!;
      const stream = state.stream(group.id, request.logStreamName)!;
      const now = clock.now();
      const sorted = [...request.events].sort((a, b) => a.timestamp - b.timestamp);
      const retentionLimit = group.retentionDays === null ? -Infinity : now - group.retentionDays * DAY_MS;
      const accepted = sorted.filter((e) => e.message.length > 0 && e.timestamp >= now - TOO_OLD_MS && e.timestamp >= retentionLimit && e.timestamp <= now + TOO_NEW_MS);
      void ingest(group, stream, accepted, now).catch((error: unknown) => runtime.log.warn({ err: String(error) }, 'logs ingestion side effects failed'));
      return { accepted: accepted.length };
    },
  };

  // ------------------------------------------------------------------ operations

  const operations: Operations = {
    CreateLogGroup(input, context) {
      if (input.logGroupName.toLowerCase().startsWith('aws/')) throw invalidParameter('Log groups starting with AWS/ are reserved for AWS.');
      if (input.kmsKeyId) checkKmsKey(input.kmsKeyId);
      checkTags(input.tags, input.logGroupName);
      if (state.group(context.accountId, context.region, input.logGroupName)) throw alreadyExists('The specified log group already exists');
      state.createGroup(
        context.accountId,
        context.region,
        input.logGroupName,
        clock.now(),
        input.kmsKeyId ?? null,
        input.logGroupClass ?? 'STANDARD',
        input.tags ?? {},
        input.deletionProtectionEnabled ?? false,
      );
    },

    DeleteLogGroup(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (group.deletionProtection) throw invalidOperation('The log group has deletion protection enabled. Disable deletion protection before deleting the log group.');
      expiryTimers.get(group.id)?.cancel();
      expiryTimers.delete(group.id);
      state.deleteGroup(group.id);
    },

    PutLogGroupDeletionProtection(input, context) {
      const group = requireGroup(context, undefined, input.logGroupIdentifier);
      state.setDeletionProtection(group.id, input.deletionProtectionEnabled);
    },

    DescribeLogGroups(input, context) {
      if (input.logGroupNamePrefix && input.logGroupNamePattern) {
        throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
      }
      if (input.logGroupIdentifiers && (input.logGroupNamePrefix || input.logGroupNamePattern)) {
        throw invalidParameter('logGroupIdentifiers is mutually exclusive with logGroupNamePrefix and logGroupNamePattern.');
      }
      const pattern = input.logGroupNamePattern?.toLowerCase();
      const identifiers = input.logGroupIdentifiers ? new Set(input.logGroupIdentifiers.map((id) => id.replace(/:\*$/, ''))) : undefined;
      const groups = state.groups(context.accountId, context.region).filter((g) => {
        if (input.logGroupNamePrefix && !g.name.startsWith(input.logGroupNamePrefix)) return false;
        if (pattern && !g.name.toLowerCase().includes(pattern)) return false;
        if (input.logGroupClass && g.groupClass !== input.logGroupClass) return false;
        if (identifiers && !identifiers.has(g.name) && !identifiers.has(groupArn(g))) return false;
        return true;
      });
      const result = page(groups, (g) => g.name, input.limit ?? 50, input.nextToken);
      for (const group of result.items) expire(group);
      return { logGroups: result.items.map(describeGroup), nextToken: result.nextToken };
    },

    PutRetentionPolicy(input, context) {
      if (!RETENTION_DAYS.includes(input.retentionInDays)) {
        throw validationException(
          [
            {
              path: 'retentionInDays',
              memberName: 'retentionInDays',
              kind: 'enum',
              value: String(input.retentionInDays),
              constraint: `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
            },
          ],
          'InvalidParameterException',
        );
      }
      const group = requireGroup(context, input.logGroupName);
      state.setRetention(group.id, input.retentionInDays);
      expire({ ...group, retentionDays: input.retentionInDays });
    },

    DeleteRetentionPolicy(input, context) {
      const group = requireGroup(context, input.logGroupName);
      state.setRetention(group.id, null);
      expiryTimers.get(group.id)?.cancel();
      expiryTimers.delete(group.id);
    },

    AssociateKmsKey(input, context) {
      checkKmsKey(input.kmsKeyId);
      if (input.resourceIdentifier && !input.logGroupName) {
        if (!input.resourceIdentifier.includes(':log-group:')) throw invalidParameter('Only log group ARNs can be associated with a KMS key by Nimbus.');
      }
      const group = requireGroup(context, input.logGroupName, input.logGroupName ? undefined : input.resourceIdentifier);
      state.setKmsKey(group.id, input.kmsKeyId);
    },

    DisassociateKmsKey(input, context) {
      const group = requireGroup(context, input.logGroupName, input.logGroupName ? undefined : input.resourceIdentifier);
      state.setKmsKey(group.id, null);
    },

    TagLogGroup(input, context) {
      const group = requireGroup(context, input.logGroupName);
      const tags = { ...group.tags, ...input.tags };
      checkTags(tags, group.name);
      state.setTags(group.id, tags);
    },

    UntagLogGroup(input, context) {
      const group = requireGroup(context, input.logGroupName);
      const tags = { ...group.tags };
      for (const key of input.tags) delete tags[key];
      state.setTags(group.id, tags);
    },

    ListTagsLogGroup(input, context) {
      const group = requireGroup(context, input.logGroupName);
      return { tags: group.tags };
    },

    TagResource(input, context) {
      const group = groupForTagging(context, input.resourceArn);
      const tags = { ...group.tags, ...input.tags };
      checkTags(tags, input.resourceArn);
      state.setTags(group.id, tags);
    },

    UntagResource(input, context) {
      const group = groupForTagging(context, input.resourceArn);
      const tags = { ...group.tags };
      for (const key of input.tagKeys) delete tags[key];
      state.setTags(group.id, tags);
    },

    ListTagsForResource(input, context) {
      return { tags: groupForTagging(context, input.resourceArn).tags };
    },

    CreateLogStream(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (state.stream(group.id, input.logStreamName)) throw alreadyExists('The specified log stream already exists');
      state.createStream(group.id, input.logStreamName, clock.now());
    },

    DeleteLogStream(input, context) {
      const group = requireGroup(context, input.logGroupName);
      state.deleteStream(requireStream(group, input.logStreamName).id);
    },

    DescribeLogStreams(input, context) {
      const group = requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      const orderBy = input.orderBy ?? 'LogStreamName';
      if (orderBy === 'LastEventTime' && input.logStreamNamePrefix) throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
      let streams = state.streams(group.id).filter((s) => !input.logStreamNamePrefix || s.name.startsWith(input.logStreamNamePrefix));
      const byName = (a: StreamRow, b: StreamRow) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      if (orderBy === 'LastEventTime') streams.sort((a, b) => (a.lastEvent ?? 0) - (b.lastEvent ?? 0) || byName(a, b));
      else streams.sort(byName);
      if (input.descending) streams = streams.reverse();
      const key = (s: StreamRow) => String(s.id);
      const offset = input.nextToken ? streams.findIndex((s) => key(s) === decodeToken(input.nextToken!, isAfter).after) + 1 : 0;
      if (input.nextToken && offset === 0) throw invalidToken();
      const limit = input.limit ?? 50;
      const chosen = streams.slice(offset, offset + limit);
      return {
        logStreams: chosen.map((s) => describeStream(group, s)),
        nextToken: offset + limit < streams.length ? encodeToken({ after: key(chosen[chosen.length - 1]) }) : undefined,
      };
    },

    async PutLogEvents(input, context) {
      const group = requireGroup(context, input.logGroupName);
      const stream = requireStream(group, input.logStreamName);
      const now = clock.now();
      const { accepted, rejected } = screen(group, input.logEvents, now);
      await ingest(group, stream, accepted, now);
      const current = state.stream(group.id, stream.name) ?? stream;
      return { nextSequenceToken: sequenceToken(current), rejectedLogEventsInfo: rejected };
    },

    GetLogEvents(input, context) {
      const group = requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      const stream = requireStream(group, input.logStreamName);
      const start = input.startTime ?? -Infinity;
      const end = input.endTime ?? Infinity;
      const limit = input.limit ?? 10_000;
      const sqlStart = Number.isFinite(start) ? start : Number.MIN_SAFE_INTEGER;
      const sqlEnd = Number.isFinite(end) ? end : Number.MAX_SAFE_INTEGER;
      let events: EventRow[];
      let token = input.nextToken ? parseEventToken(input.nextToken) : undefined;
      const forward = token?.direction === 'f' || (!token && input.startFromHead === true);
      if (forward) {
        const after = token ?? { ts: Number.MIN_SAFE_INTEGER, seq: 0 };
        events = state.streamEventsAfter(stream.id, sqlStart, sqlEnd, after.ts, after.seq, limit);
      } else {
        const before = token ?? { ts: Number.MAX_SAFE_INTEGER, seq: Number.MAX_SAFE_INTEGER };
        events = state.streamEventsBefore(stream.id, sqlStart, sqlEnd, before.ts, before.seq, limit).reverse();
      }
      if (!token) token = { direction: 'f', ts: 0, seq: 0 };
      events = withinResponseSize(events, forward);
      const first = events[0];
      const last = events[events.length - 1];
      return {
        events: events.map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestedAt })),
        nextForwardToken: last ? eventToken('f', last.timestamp, last.seq) : input.nextToken?.startsWith('f/') ? input.nextToken : eventToken('f', token.ts, token.seq),
        nextBackwardToken: first ? eventToken('b', first.timestamp, first.seq) : input.nextToken?.startsWith('b/') ? input.nextToken : eventToken('b', token.ts, token.seq),
      };
    },

    FilterLogEvents(input, context) {
      const group = requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      if (input.logStreamNames && input.logStreamNamePrefix) throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
      const pattern = compilePattern(input.filterPattern);
      const limit = input.limit ?? 10_000;
      const start = input.startTime ?? Number.MIN_SAFE_INTEGER;
      const end = input.endTime ?? Number.MAX_SAFE_INTEGER;
      const names = input.logStreamNames ? new Set(input.logStreamNames) : undefined;
      if (names) for (const name of names) requireStream(group, name);
      const position = input.nextToken ? decodeToken(input.nextToken, isPosition) : { ts: start - 1, seq: Number.MAX_SAFE_INTEGER };
      const streamNames = new Map(state.streams(group.id).map((s) => [s.id, s.name]));
      const out: Logs.FilteredLogEvent[] = [];
      // Where the next page starts: after the last event returned, or after the last one examined when the scan budget ran out.
      let resume: { ts: number; seq: number } | undefined;
      let scannedBytes = 0;
      let outBytes = 0;
      const slice = new WorkSlices();
      for (const event of state.scanGroup(group.id, start, end, position.ts, position.seq, pattern.required.texts, pattern.required.unlessBackslash)) {
        if (scannedBytes >= MAX_FILTER_SCAN_BYTES || (scannedBytes > 0 && slice.due(FILTER_SEARCH_MS))) {
          resume = { ts: event.timestamp, seq: event.seq - 1 };
          break;
        }
        scannedBytes += event.message.length;
        const streamName = streamNames.get(event.streamId) ?? '';
        if (names && !names.has(streamName)) continue;
        if (input.logStreamNamePrefix && !streamName.startsWith(input.logStreamNamePrefix)) continue;
        if (!pattern.test(event.message).matched) continue;
        const size = Buffer.byteLength(event.message) + EVENT_OVERHEAD;
        if (out.length === limit || (outBytes + size > MAX_RESPONSE_BYTES && out.length > 0)) {
          const last = out[out.length - 1];
          resume = { ts: last.timestamp!, seq: seqOf(last.eventId!) };
          break;
        }
        outBytes += size;
        out.push({ logStreamName: streamName, timestamp: event.timestamp, message: event.message, ingestionTime: event.ingestedAt, eventId: eventId(event.timestamp, event.seq) });
      }
      return { events: out, nextToken: resume ? encodeToken(resume) : undefined, searchedLogStreams: [] };
    },

    PutMetricFilter(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (group.groupClass === 'INFREQUENT_ACCESS') throw invalidOperation('Metric filters are not supported for log groups of the INFREQUENT_ACCESS class.');
      const pattern = compilePattern(input.filterPattern);
      for (const transformation of input.metricTransformations) checkTransformation(transformation as Transformation, pattern.kind);
      const existing = state.metricFilters(group.id);
      const current = existing.find((f) => f.name === input.filterName);
      if (!current && existing.length >= MAX_METRIC_FILTERS) throw limitExceeded();
      checkRegexQuota(group, pattern, { metric: input.filterName });
      state.putMetricFilter({
        groupId: group.id,
        name: input.filterName,
        pattern: input.filterPattern,
        transformations: input.metricTransformations as unknown as Array<Record<string, unknown>>,
        createdAt: current?.createdAt ?? clock.now(),
        applyOnTransformedLogs: input.applyOnTransformedLogs ?? false,
      });
    },

    DescribeMetricFilters(input, context) {
      if ((input.metricName === undefined) !== (input.metricNamespace === undefined)) {
        throw invalidParameter('metricName and metricNamespace must be specified together.');
      }
      if (input.filterNamePrefix && !input.logGroupName) throw invalidParameter('logGroupName is required when filterNamePrefix is specified.');
      let filters = input.logGroupName
        ? state.metricFilters(requireGroup(context, input.logGroupName).id).map((f) => ({ ...f, groupName: input.logGroupName! }))
        : state.allMetricFilters(context.accountId, context.region);
      filters = filters.filter((f) => {
        if (input.filterNamePrefix && !f.name.startsWith(input.filterNamePrefix)) return false;
        if (input.metricName) {
          return (f.transformations as unknown as Transformation[]).some((t) => t.metricName === input.metricName && t.metricNamespace === input.metricNamespace);
        }
        return true;
      });
      const result = page(filters, (f) => `${f.groupName}\u0000${f.name}`, input.limit ?? 50, input.nextToken);
      return {
        metricFilters: result.items.map((f) => ({
          filterName: f.name,
          filterPattern: f.pattern,
          metricTransformations: f.transformations as unknown as Logs.MetricTransformation[],
          creationTime: f.createdAt,
          logGroupName: f.groupName,
          applyOnTransformedLogs: f.applyOnTransformedLogs,
        })),
        nextToken: result.nextToken,
      };
    },

    DeleteMetricFilter(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (!state.deleteMetricFilter(group.id, input.filterName)) throw notFound('The specified metric filter does not exist.');
    },

    TestMetricFilter(input) {
      const pattern = compilePattern(input.filterPattern);
      const matches: Logs.MetricFilterMatchRecord[] = [];
      input.logEventMessages.forEach((message, index) => {
        const result = pattern.test(message);
        if (result.matched) matches.push({ eventNumber: index + 1, eventMessage: message, extractedValues: result.fields });
      });
      return { matches };
    },

    async PutSubscriptionFilter(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (group.groupClass === 'INFREQUENT_ACCESS') throw invalidOperation('Subscription filters are not supported for log groups of the INFREQUENT_ACCESS class.');
      checkRegexQuota(group, compilePattern(input.filterPattern), { subscription: input.filterName });
      await subscriptions.validate(input.destinationArn);
      const existing = state.subscriptionFilters(group.id);
      const current = existing.find((f) => f.name === input.filterName);
      if (!current && existing.length >= MAX_SUBSCRIPTION_FILTERS) throw limitExceeded();
      state.putSubscriptionFilter({
        groupId: group.id,
        name: input.filterName,
        pattern: input.filterPattern,
        destinationArn: input.destinationArn,
        roleArn: input.roleArn ?? null,
        distribution: input.distribution ?? 'ByLogStream',
        createdAt: current?.createdAt ?? clock.now(),
      });
    },

    DescribeSubscriptionFilters(input, context) {
      const group = requireGroup(context, input.logGroupName);
      const filters = state.subscriptionFilters(group.id).filter((f) => !input.filterNamePrefix || f.name.startsWith(input.filterNamePrefix));
      const result = page(filters, (f) => f.name, input.limit ?? 50, input.nextToken);
      return {
        subscriptionFilters: result.items.map((f) => ({
          filterName: f.name,
          logGroupName: group.name,
          filterPattern: f.pattern,
          destinationArn: f.destinationArn,
          roleArn: f.roleArn ?? undefined,
          distribution: f.distribution as Logs.SubscriptionFilter['distribution'],
          creationTime: f.createdAt,
        })),
        nextToken: result.nextToken,
      };
    },

    DeleteSubscriptionFilter(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (!state.deleteSubscriptionFilter(group.id, input.filterName)) throw notFound('The specified subscription filter does not exist.');
    },

    StartQuery(input, context) {
      const given = [input.logGroupName, input.logGroupNames, input.logGroupIdentifiers].filter((v) => v !== undefined && (!Array.isArray(v) || v.length));
      if (given.length !== 1) throw invalidParameter('Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.');
      if (input.endTime < input.startTime) throw invalidParameter('End time cannot be less than Start time');
      if (input.queryLanguage && input.queryLanguage !== 'CWLI') throw invalidParameter(`Nimbus runs Logs Insights QL queries only, not ${input.queryLanguage}.`);
      const names = input.logGroupName ? [input.logGroupName] : (input.logGroupNames ?? input.logGroupIdentifiers ?? []);
      for (const name of names) {
        const group = resolveGroup(context, name);
        if (!group) throw notFound(`Log group '${name.replace(/:\*$/, '')}' does not exist for account ID '${context.accountId}'`);
      }
      try {
        parseQuery(input.queryString);
      } catch (error) {
        if (error instanceof QueryError) {
          throw new AwsError('MalformedQueryException', error.message, 400, {
            fields: { queryCompileError: { location: { startCharOffset: error.start, endCharOffset: error.end }, message: error.message } },
          });
        }
        throw error;
      }
      const now = clock.now();
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

    DescribeQueries(input, context) {
      const queries = state.queries(context.accountId, context.region).filter((q) => {
        if (input.status && q.status !== input.status) return false;
        if (input.logGroupName && !q.groups.includes(input.logGroupName)) return false;
        return true;
      });
      const result = page(queries, (q) => q.id, input.maxResults ?? 1000, input.nextToken);
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

    PutQueryDefinition(input, context) {
      if (input.queryLanguage && input.queryLanguage !== 'CWLI') throw invalidParameter(`Nimbus stores Logs Insights QL query definitions only, not ${input.queryLanguage}.`);
      let id = input.queryDefinitionId;
      if (id) {
        if (!state.definition(id, context.accountId, context.region)) throw notFound('The specified query definition does not exist.');
      } else {
        id = randomUUID();
      }
      state.putDefinition({
        id,
        account: context.accountId,
        region: context.region,
        name: input.name,
        queryString: input.queryString,
        groups: input.logGroupNames ?? [],
        modified: clock.now(),
        language: 'CWLI',
      });
      return { queryDefinitionId: id };
    },

    DescribeQueryDefinitions(input, context) {
      const definitions = state.definitions(context.accountId, context.region).filter((d) => !input.queryDefinitionNamePrefix || d.name.startsWith(input.queryDefinitionNamePrefix));
      const result = page(definitions, (d) => `${d.name}\u0000${d.id}`, input.maxResults ?? 1000, input.nextToken);
      return {
        queryDefinitions: result.items.map((d) => ({
          queryDefinitionId: d.id,
          name: d.name,
          queryString: d.queryString,
          lastModified: d.modified,
          logGroupNames: d.groups.length ? d.groups : undefined,
          queryLanguage: 'CWLI',
        })),
        nextToken: result.nextToken,
      };
    },

    DeleteQueryDefinition(input, context) {
      if (!state.definition(input.queryDefinitionId, context.accountId, context.region)) throw notFound('The specified query definition does not exist.');
      state.deleteDefinition(input.queryDefinitionId);
      return { success: true };
    },

    StartLiveTail(input, context) {
      if (input.logStreamNames && input.logStreamNamePrefixes) throw invalidParameter('logStreamNames and logStreamNamePrefixes are mutually exclusive parameters.');
      if ((input.logStreamNames || input.logStreamNamePrefixes) && input.logGroupIdentifiers.length !== 1) {
        throw invalidParameter('logStreamNames and logStreamNamePrefixes can only be used with a single log group.');
      }
      const groups = new Map<number, string>();
      for (const identifier of input.logGroupIdentifiers) {
        const group = resolveGroup(context, identifier);
        if (!group) throw notFound(`Log group ${identifier} does not exist.`);
        if (group.groupClass === 'INFREQUENT_ACCESS') throw invalidOperation('Live Tail is not supported for log groups of the INFREQUENT_ACCESS class.');
        groups.set(group.id, identifier.replace(/:\*$/, ''));
      }
      const pattern = compilePattern(input.logEventFilterPattern);
      const responseStream = liveTail.open(
        { groups, streamNames: input.logStreamNames, streamPrefixes: input.logStreamNamePrefixes, pattern },
        context.requestId,
        {
          logGroupIdentifiers: input.logGroupIdentifiers,
          logStreamNames: input.logStreamNames,
          logStreamNamePrefixes: input.logStreamNamePrefixes,
          logEventFilterPattern: input.logEventFilterPattern,
        },
      );
      return { responseStream } as unknown as Logs.StartLiveTailResponse;
    },

    CreateExportTask(input, context) {
      const group = requireGroup(context, input.logGroupName);
      if (input.from >= input.to) {
        throw invalidParameter(
          `Specified time range of '${input.from}' and '${input.to}' is not valid. Please make sure the values are within the retention period of the log group and from value is less than the to values`,
        );
      }
      if (state.exportTasks(context.accountId, context.region).some((t) => t.status === 'PENDING' || t.status === 'RUNNING')) throw limitExceeded();
      const task = {
        id: randomUUID(),
        account: context.accountId,
        region: context.region,
        name: input.taskName ?? null,
        groupName: group.name,
        from: input.from,
        to: input.to,
        destination: input.destination,
        prefix: input.destinationPrefix ?? 'exportedlogs',
        streamPrefix: input.logStreamNamePrefix ?? null,
        status: 'PENDING',
        message: 'Pending',
        createdAt: clock.now(),
        completedAt: null,
      };
      state.putExportTask(task);
      scheduleExport(task.id);
      return { taskId: task.id };
    },

    DescribeExportTasks(input, context) {
      const tasks = state.exportTasks(context.accountId, context.region).filter((t) => (!input.taskId || t.id === input.taskId) && (!input.statusCode || t.status === input.statusCode));
      const result = page(tasks, (t) => t.id, input.limit ?? 50, input.nextToken);
      return {
        exportTasks: result.items.map((t) => ({
          taskId: t.id,
          taskName: t.name ?? undefined,
          logGroupName: t.groupName,
          from: t.from,
          to: t.to,
          destination: t.destination,
          destinationPrefix: t.prefix,
          status: { code: t.status as NonNullable<Logs.ExportTaskStatus['code']>, message: t.message ?? undefined },
          executionInfo: { creationTime: t.createdAt, completionTime: t.completedAt ?? undefined },
        })),
        nextToken: result.nextToken,
      };
    },

    CancelExportTask(input, context) {
      const task = state.exportTask(input.taskId);
      if (!task || task.account !== context.accountId || task.region !== context.region) throw notFound('The specified export task does not exist.');
      if (task.status !== 'PENDING' && task.status !== 'RUNNING') throw invalidOperation(`The specified export task has already finished; its status is ${task.status}.`);
      state.putExportTask({ ...task, status: 'CANCELLED', message: 'Cancelled by user', completedAt: clock.now() });
    },
  };

  function groupForTagging(context: RequestContext, resourceArn: string): GroupRow {
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'logs') throw invalidParameter(`Invalid resource ARN: ${resourceArn}`);
    if (!parsed.resource.startsWith('log-group:')) throw notFound(`The specified resource ${resourceArn} does not exist.`);
    const group = resolveGroup(context, resourceArn);
    if (!group) throw notFound(`The specified resource ${resourceArn} does not exist.`);
    return group;
  }

  return {
    operations: operations as Provider['operations'],
    api,
    validationError: (violations) => validationException(violations, 'InvalidParameterException'),
    close() {
      for (const timer of expiryTimers.values()) timer.cancel();
      expiryTimers.clear();
      for (const timer of pendingTimers) timer.cancel();
      pendingTimers.clear();
      liveTail.closeAll();
    },
  };
}

/** The events that fit in one response: the oldest of them reading forward, the newest reading backward. */
function withinResponseSize(events: EventRow[], forward: boolean): EventRow[] {
  let bytes = 0;
  const ordered = forward ? events : [...events].reverse();
  let count = 0;
  for (const event of ordered) {
    bytes += Buffer.byteLength(event.message) + EVENT_OVERHEAD;
    if (bytes > MAX_RESPONSE_BYTES && count > 0) break;
    count++;
  }
  if (count === events.length) return events;
  return forward ? events.slice(0, count) : events.slice(events.length - count);
}

function compilePattern(pattern: string | undefined): FilterPattern {
  try {
    return compileFilterPattern(pattern);
  } catch (error) {
    if (error instanceof FilterPatternError) throw invalidParameter(error.exact ? error.message : `Invalid filter pattern: ${error.message}`);
    throw error;
  }
}

/** Event ids and GetLogEvents tokens: 56 digits, the timestamp (20) then the sequence number (36). */
function position(ts: number, seq: number): string {
  return `${String(Math.max(0, ts)).padStart(20, '0')}${String(Math.max(0, seq)).padStart(36, '0')}`;
}

function eventId(ts: number, seq: number): string {
  return position(ts, seq);
}

function seqOf(id: string): number {
  return Number(id.slice(20));
}

function eventToken(direction: 'f' | 'b', ts: number, seq: number): string {
  return `${direction}/${position(ts, seq)}/s`;
}

function parseEventToken(token: string): { direction: 'f' | 'b'; ts: number; seq: number } {
  const match = /^([fb])\/(\d{56})(\/s)?$/.exec(token);
  if (!match) throw invalidToken();
  return { direction: match[1] as 'f' | 'b', ts: Number(match[2].slice(0, 20)), seq: Number(match[2].slice(20)) };
}

/** The (ignored) sequence token PutLogEvents and DescribeLogStreams still report. */
function sequenceToken(stream: StreamRow): string {
  return String(49_000_000_000 + stream.id).padStart(20, '0') + String(stream.lastIngestion ?? stream.createdAt).padStart(36, '0');
}
