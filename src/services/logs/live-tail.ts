import { randomUUID } from 'node:crypto';
import type { Clock, Timer } from '../../core/clock.js';
import type * as Logs from '../../generated/logs.js';
import { invalidOperation, invalidParameter, notFound } from './errors.js';
import { compileRequestPattern, type FilterPattern } from './filter-pattern.js';
import type { LogsService } from './service.js';

/**
 * Live Tail sessions: StartLiveTail answers with an event stream that opens
 * with sessionStart and then, about once a second, a sessionUpdate with the
 * new events of the watched groups (at most 500 an update; beyond that the
 * update is marked sampled). A session ends after three hours with
 * SessionTimeoutException, or when the client goes away.
 */

export const SESSION_LIMIT_MS = 3 * 3_600_000;
const UPDATE_INTERVAL_MS = 1000;
const MAX_EVENTS_PER_UPDATE = 500;

export interface TailedEvent {
  groupId: number;
  logGroupIdentifier: string;
  logStreamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
}

export interface SessionFilter {
  /** Group id → the identifier the client named it by. */
  groups: Map<number, string>;
  streamNames?: string[];
  streamPrefixes?: string[];
  pattern: FilterPattern;
}

interface Session {
  id: string;
  filter: SessionFilter;
  buffer: TailedEvent[];
  sampled: boolean;
  wake?: () => void;
  closed: boolean;
}

export class LiveTail {
  private readonly sessions = new Set<Session>();

  constructor(private readonly clock: Clock) {}

  /** Offers newly ingested events to every open session watching their group. */
  publish(events: TailedEvent[]): void {
    if (!this.sessions.size || !events.length) return;
    for (const session of this.sessions) {
      const { groups, streamNames, streamPrefixes, pattern } = session.filter;
      for (const event of events) {
        if (!groups.has(event.groupId)) continue;
        if (streamNames && !streamNames.includes(event.logStreamName)) continue;
        if (streamPrefixes && !streamPrefixes.some((p) => event.logStreamName.startsWith(p))) continue;
        if (!pattern.test(event.message).matched) continue;
        if (session.buffer.length >= MAX_EVENTS_PER_UPDATE) {
          session.sampled = true;
          continue;
        }
        session.buffer.push({ ...event, logGroupIdentifier: groups.get(event.groupId)! });
      }
    }
  }

  /** Open sessions (for tests and health). */
  count(): number {
    return this.sessions.size;
  }

  closeAll(): void {
    for (const session of this.sessions) {
      session.closed = true;
      session.wake?.();
    }
    this.sessions.clear();
  }

  /** The events of one session, as the StartLiveTail response stream carries them. */
  open(filter: SessionFilter, requestId: string, start: Record<string, unknown>): AsyncIterable<Record<string, unknown>> {
    const session: Session = { id: randomUUID(), filter, buffer: [], sampled: false, closed: false };
    this.sessions.add(session);
    const clock = this.clock;
    const sessions = this.sessions;
    const startedAt = clock.now();
    return {
      async *[Symbol.asyncIterator]() {
        try {
          yield { sessionStart: { ...start, requestId, sessionId: session.id } };
          for (;;) {
            let timer: Timer | undefined;
            await new Promise<void>((resolve) => {
              session.wake = resolve;
              timer = clock.setTimeout(resolve, UPDATE_INTERVAL_MS);
            });
            timer?.cancel();
            session.wake = undefined;
            if (session.closed) return;
            const events = session.buffer.splice(0, session.buffer.length);
            const sampled = session.sampled;
            session.sampled = false;
            yield {
              sessionUpdate: {
                sessionMetadata: { sampled },
                sessionResults: events.map((e) => ({
                  logGroupIdentifier: e.logGroupIdentifier,
                  logStreamName: e.logStreamName,
                  timestamp: e.timestamp,
                  ingestionTime: e.ingestionTime,
                  message: e.message,
                })),
              },
            };
            if (clock.now() - startedAt >= SESSION_LIMIT_MS) {
              yield { SessionTimeoutException: { message: 'Session timed out' } };
              return;
            }
          }
        } finally {
          session.closed = true;
          sessions.delete(session);
        }
      },
    };
  }
}

/** StartLiveTail: checks the request, then opens a session on the event stream it answers with. */
export function liveTailOperations(service: LogsService): Partial<Logs.LogsOperations> {
  return {
    StartLiveTail(input, context) {
      if (input.logStreamNames && input.logStreamNamePrefixes) throw invalidParameter('logStreamNames and logStreamNamePrefixes are mutually exclusive parameters.');
      if ((input.logStreamNames || input.logStreamNamePrefixes) && input.logGroupIdentifiers.length !== 1) {
        throw invalidParameter('logStreamNames and logStreamNamePrefixes can only be used with a single log group.');
      }
      const groups = new Map<number, string>();
      for (const identifier of input.logGroupIdentifiers) {
        const group = service.resolveGroup(context, identifier);
        if (!group) throw notFound(`Log group ${identifier} does not exist.`);
        if (group.groupClass === 'INFREQUENT_ACCESS') throw invalidOperation('Live Tail is not supported for log groups of the INFREQUENT_ACCESS class.');
        groups.set(group.id, identifier.replace(/:\*$/, ''));
      }
      const pattern = compileRequestPattern(input.logEventFilterPattern);
      const responseStream = service.liveTail.open(
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
  };
}
