import { WorkSlices } from '../../core/work-slices.js';
import type * as Logs from '../../generated/logs.js';
import { recordOf } from './insights/engine.js';
import type { LogsService } from './service.js';
import type { EventRow, GroupRow } from './state.js';

/**
 * GetLogGroupFields: the fields Logs Insights discovers in a group's events (the system fields
 * and the keys of JSON messages, nested ones joined with dots) with the percentage of events
 * that carry each, over 15 minutes up to now or 8 minutes either side of a given time.
 */

const WINDOW_BEFORE_MS = 8 * 60_000;
const RECENT_MS = 15 * 60_000;
/** AWS samples; Nimbus reads the newest events of the window, at most this many and this many bytes of messages. */
const MAX_SAMPLED_EVENTS = 10_000;
const MAX_SAMPLED_BYTES = 16 * 1024 * 1024;
const PAGE = 500;

export interface DiscoveredField {
  name: string;
  percent: number;
  firstEventTime: number;
  lastEventTime: number;
}

/** Fields of a group's events in [start, end], by how many events carry them (most first, then by name); parsing yields between slices. */
export async function discoverFields(
  service: LogsService,
  group: GroupRow,
  start: number,
  end: number,
  /** The share of one request's sample this group gets (a request naming many groups splits it). */
  share = 1,
): Promise<DiscoveredField[]> {
  const maxEvents = Math.max(1, Math.floor(MAX_SAMPLED_EVENTS * share));
  const maxBytes = MAX_SAMPLED_BYTES * share;
  const seen = new Map<string, { count: number; first: number; last: number }>();
  const slices = new WorkSlices();
  let sampled = 0;
  let bytes = 0;
  let before = { ts: end + 1, seq: 0 };
  while (sampled < maxEvents && bytes < maxBytes) {
    // A page at a time, no statement held open across a pause (another request may write meanwhile).
    const page = service.state.groupEventsBefore(group.id, start, end, before.ts, before.seq, Math.min(PAGE, maxEvents - sampled));
    if (!page.length) break;
    before = { ts: page[page.length - 1].timestamp, seq: page[page.length - 1].seq };
    for (const event of page) {
      if (bytes >= maxBytes) break;
      sampled++;
      bytes += event.message.length;
      if (slices.due()) await slices.pause();
      count(event);
    }
  }
  return [...seen.entries()]
    .map(([name, entry]) => ({ name, percent: Math.round((entry.count * 100) / sampled), firstEventTime: entry.first, lastEventTime: entry.last }))
    .sort((a, b) => b.percent - a.percent || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  function count(event: EventRow): void {
    const row = recordOf({ timestamp: event.timestamp, ingestionTime: event.ingestedAt, message: event.message, logStream: event.streamName, log: '', ptr: '' });
    row.delete('@ptr');
    for (const name of row.keys()) {
      const entry = seen.get(name);
      if (entry) {
        entry.count++;
        entry.first = Math.min(entry.first, event.timestamp);
        entry.last = Math.max(entry.last, event.timestamp);
      } else {
        seen.set(name, { count: 1, first: event.timestamp, last: event.timestamp });
      }
    }
  }
}

export function logGroupFieldOperations(service: LogsService): Partial<Logs.LogsOperations> {
  return {
    async GetLogGroupFields(input, context) {
      const group = service.requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      const [start, end] = input.time !== undefined ? [input.time * 1000 - WINDOW_BEFORE_MS, input.time * 1000 + WINDOW_BEFORE_MS] : [service.clock.now() - RECENT_MS, service.clock.now()];
      return { logGroupFields: (await discoverFields(service, group, start, end)).map(({ name, percent }) => ({ name, percent })) };
    },
  };
}
