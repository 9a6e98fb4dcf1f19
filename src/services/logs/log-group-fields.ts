import type * as Logs from '../../generated/logs.js';
import { recordOf } from './insights/engine.js';
import type { LogsService } from './service.js';
import type { GroupRow } from './state.js';

/**
 * GetLogGroupFields: the fields Logs Insights discovers in a group's events (the system fields
 * and the keys of JSON messages, nested ones joined with dots) with the percentage of events
 * that carry each, over 15 minutes up to now or 8 minutes either side of a given time.
 */

const WINDOW_BEFORE_MS = 8 * 60_000;
const RECENT_MS = 15 * 60_000;
/** AWS samples; Nimbus reads at most this many events of the window, the newest. */
const MAX_SAMPLED_EVENTS = 10_000;

export interface DiscoveredField {
  name: string;
  percent: number;
  firstEventTime: number;
  lastEventTime: number;
}

/** Fields of a group's events in [start, end], by how many events carry them (most first, then by name). */
export function discoverFields(service: LogsService, group: GroupRow, start: number, end: number): DiscoveredField[] {
  const events = service.state.newestGroupEvents(group.id, start, end, MAX_SAMPLED_EVENTS);
  const seen = new Map<string, { count: number; first: number; last: number }>();
  for (const event of events) {
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
  return [...seen.entries()]
    .map(([name, entry]) => ({ name, percent: Math.round((entry.count * 100) / events.length), firstEventTime: entry.first, lastEventTime: entry.last }))
    .sort((a, b) => b.percent - a.percent || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function logGroupFieldOperations(service: LogsService): Partial<Logs.LogsOperations> {
  return {
    GetLogGroupFields(input, context) {
      const group = service.requireGroup(context, input.logGroupName, input.logGroupIdentifier);
      const [start, end] = input.time !== undefined ? [input.time * 1000 - WINDOW_BEFORE_MS, input.time * 1000 + WINDOW_BEFORE_MS] : [service.clock.now() - RECENT_MS, service.clock.now()];
      return { logGroupFields: discoverFields(service, group, start, end).map(({ name, percent }) => ({ name, percent })) };
    },
  };
}
