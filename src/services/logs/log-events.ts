import { decodePageToken, encodePageToken } from '../../core/pagination.js';
import { WorkSlices } from '../../core/work-slices.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, invalidToken } from './errors.js';
import { eventId, eventToken, parseEventToken, seqOf, sequenceToken } from './event-ids.js';
import { EVENT_OVERHEAD, type Ingestion } from './ingestion.js';
import { compileRequestPattern } from './filter-pattern.js';
import type { LogsService } from './service.js';
import type { EventRow } from './state.js';

/** GetLogEvents and FilterLogEvents answer with at most 1 MB of events (AWS), counted as PutLogEvents counts a batch. */
const MAX_RESPONSE_BYTES = 1_048_576;
/** Message bytes one FilterLogEvents call examines before it answers with what it found and a nextToken (AWS also stops a search early). */
const MAX_FILTER_SCAN_BYTES = 8 * 1_048_576;
/** And searches at most this long (wall time) before answering so: the event loop is shared. */
const FILTER_SEARCH_MS = 250;

/** Where a FilterLogEvents page resumes: after this event. */
interface FilterPosition {
  ts: number;
  seq: number;
}

const isFilterPosition = (value: unknown): value is FilterPosition =>
  typeof (value as { ts?: unknown } | null)?.ts === 'number' && typeof (value as { seq?: unknown } | null)?.seq === 'number';

/** Log events: put, read a stream forward or backward, and search a group. */
export function logEventOperations(service: LogsService, ingestion: Ingestion): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    async PutLogEvents(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      const stream = service.requireStream(group, input.logStreamName);
      const now = service.clock.now();
      const { accepted, rejected } = ingestion.screenRequest(group, input.logEvents, now);
      await ingestion.store(group, stream, accepted, now);
      const current = state.stream(group.id, stream.name) ?? stream;
      return { nextSequenceToken: sequenceToken(current), rejectedLogEventsInfo: rejected };
    },

    GetLogEvents(input, context) {
      const group = service.requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      const stream = service.requireStream(group, input.logStreamName);
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
      const group = service.requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      if (input.logStreamNames && input.logStreamNamePrefix) throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
      const pattern = compileRequestPattern(input.filterPattern);
      const limit = input.limit ?? 10_000;
      const start = input.startTime ?? Number.MIN_SAFE_INTEGER;
      const end = input.endTime ?? Number.MAX_SAFE_INTEGER;
      const names = input.logStreamNames ? new Set(input.logStreamNames) : undefined;
      if (names) for (const name of names) service.requireStream(group, name);
      const position = input.nextToken ? decodePageToken(input.nextToken, isFilterPosition, invalidToken) : { ts: start - 1, seq: Number.MAX_SAFE_INTEGER };
      const streamNames = new Map(state.streams(group.id).map((s) => [s.id, s.name]));
      const out: Logs.FilteredLogEvent[] = [];
      // Where the next page starts: after the last event returned, or after the last one examined when the scan budget ran out.
      let resume: FilterPosition | undefined;
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
      return { events: out, nextToken: resume ? encodePageToken(resume) : undefined, searchedLogStreams: [] };
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
