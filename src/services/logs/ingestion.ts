import type * as Logs from '../../generated/logs.js';
import { WorkSlices } from '../../core/work-slices.js';
import type { CloudWatchApi } from '../cloudwatch/api.js';
import { accountPoliciesForGroup } from './account-policy-store.js';
import type { LogsApi } from './api.js';
import { invalidParameter } from './errors.js';
import { eventId } from './event-ids.js';
import { compileFilterPattern, type FilterPattern } from './filter-pattern.js';
import { metricDataFor } from './metric-filters.js';
import { DAY_MS } from './retention.js';
import { groupArn, type LogsService } from './service.js';
import type { GroupRow, NewEvent, StreamRow } from './state.js';

/** The bytes AWS counts for an event beyond its message, in a batch and in a response. */
export const EVENT_OVERHEAD = 26;
const MAX_BATCH_BYTES = 1_048_576;
const TOO_OLD_MS = 14 * DAY_MS;
const TOO_NEW_MS = 2 * 3_600_000;
const MAX_SPAN_MS = DAY_MS;

interface Screened {
  accepted: NewEvent[];
  rejected: Logs.RejectedLogEventsInfo | undefined;
}

/**
 * The one way events get in, for PutLogEvents and for other services (Lambda's function logs):
 * the time rules that set events aside, then storage and the fan-out to metric filters,
 * subscriptions and Live Tail.
 */
export class Ingestion {
  constructor(private readonly service: LogsService) {}

  /** PutLogEvents' checks of a request: sizes, order and span refuse it; events too old, too new or expired are set aside. */
  screenRequest(group: GroupRow, events: Array<{ timestamp: number; message: string }>, now: number): Screened {
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
    const screened = setAside(group, events, now);
    const { accepted } = screened;
    if (accepted.length && accepted[accepted.length - 1].timestamp - accepted[0].timestamp > MAX_SPAN_MS) {
      throw invalidParameter('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
    }
    return screened;
  }

  /**
   * Events from another service: they need not be sorted, and nothing refuses the batch; empty
   * messages and events the time rules set aside are dropped. Answers how many were kept.
   */
  putFromService(group: GroupRow, stream: StreamRow, events: Array<{ timestamp: number; message: string }>): number {
    const now = this.service.clock.now();
    const sorted = events.filter((e) => e.message.length > 0).sort((a, b) => a.timestamp - b.timestamp);
    const { accepted } = setAside(group, sorted, now);
    void this.store(group, stream, accepted, now).catch((error: unknown) => this.service.runtime.log.warn({ err: String(error) }, 'logs ingestion side effects failed'));
    return accepted.length;
  }

  /** Stores accepted events, then feeds metric filters, subscriptions and Live Tail. */
  async store(group: GroupRow, stream: StreamRow, accepted: NewEvent[], now: number): Promise<void> {
    if (!accepted.length) return;
    const { state, runtime } = this.service;
    const seqs = state.insertEvents(group.id, stream.id, accepted, now);
    this.service.retention.armIfNeeded(group);
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
    for (const filter of [...state.subscriptionFilters(group.id), ...accountSubscriptionFilters(state, group)]) {
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
      this.service.subscriptions.deliver(filter.destinationArn, groupArn(group), {
        messageType: 'DATA_MESSAGE',
        owner: group.account,
        logGroup: group.name,
        logStream: stream.name,
        subscriptionFilters: [filter.name],
        logEvents,
      });
    }
    this.service.liveTail.publish(
      accepted.map((event) => ({ groupId: group.id, logGroupIdentifier: '', logStreamName: stream.name, timestamp: event.timestamp, ingestionTime: now, message: event.message })),
    );
  }
}

/** The account's subscription filter policy, as a filter of this group when its selection criteria take the group in. */
function accountSubscriptionFilters(state: LogsService['state'], group: GroupRow): Array<{ name: string; pattern: string; destinationArn: string }> {
  return accountPoliciesForGroup(state, group.account, group.region, 'SUBSCRIPTION_FILTER_POLICY', group.name).map((row) => {
    const doc = JSON.parse(row.body.document) as { DestinationArn: string; FilterPattern?: string };
    return { name: row.name, pattern: doc.FilterPattern ?? '', destinationArn: doc.DestinationArn };
  });
}

/** Which events of a chronological batch are kept: those older than 14 days or the group's retention, or over 2 hours ahead, are not. */
function setAside(group: GroupRow, events: Array<{ timestamp: number; message: string }>, now: number): Screened {
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
  const rejected: Logs.RejectedLogEventsInfo = {};
  if (tooOldEnd !== undefined) rejected.tooOldLogEventEndIndex = tooOldEnd;
  if (expiredEnd !== undefined) rejected.expiredLogEventEndIndex = expiredEnd;
  if (tooNewStart !== undefined) rejected.tooNewLogEventStartIndex = tooNewStart;
  return { accepted, rejected: Object.keys(rejected).length ? rejected : undefined };
}

/** What other services call: Lambda's function logs and the like, through the same ingestion as PutLogEvents. */
export function logsApi(service: LogsService, ingestion: Ingestion): LogsApi {
  const { state } = service;
  const api: LogsApi = {
    ensureStream(request) {
      const now = service.clock.now();
      let group = state.group(request.account, request.region, request.logGroupName);
      group ??= state.createGroup(request.account, request.region, request.logGroupName, now, null, 'STANDARD', {}, false);
      if (!state.stream(group.id, request.logStreamName)) state.createStream(group.id, request.logStreamName, now);
    },
    putLogEvents(request) {
      api.ensureStream(request);
      const group = state.group(request.account, request.region, request.logGroupName)!;
      const stream = state.stream(group.id, request.logStreamName)!;
      return { accepted: ingestion.putFromService(group, stream, request.events) };
    },
    readEvents(request) {
      const group = state.group(request.account, request.region, request.logGroupName);
      if (!group) return undefined;
      const after = request.after ?? { timestamp: request.start - 1, seq: Number.MAX_SAFE_INTEGER };
      return state.groupEventsAfter(group.id, request.start, request.end, after.timestamp, after.seq, request.limit).map((e) => ({ timestamp: e.timestamp, seq: e.seq, ingestedAt: e.ingestedAt, message: e.message }));
    },
    logGroupNames(request) {
      return state.groups(request.account, request.region).map((g) => g.name).filter((name) => name.startsWith(request.prefix ?? '')).sort();
    },
  };
  return api;
}
