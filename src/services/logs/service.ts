import type { Clock, Timer } from '../../core/clock.js';
import type { RequestContext } from '../../core/context.js';
import { arn, parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { groupNotFound, invalidParameter, limitExceeded, streamNotFound } from './errors.js';
import { countRegexPatterns, MAX_REGEX_PATTERNS_PER_GROUP, type FilterPattern } from './filter-pattern.js';
import { LiveTail } from './live-tail.js';
import { RetentionTimers } from './retention.js';
import { LogsState, type EventRow, type GroupRow, type StreamRow } from './state.js';
import { SubscriptionDispatcher } from './subscriptions.js';

/** Who is asking, as far as naming a log group goes: a request, or a stored query or task. */
export type Scope = Pick<RequestContext, 'accountId' | 'region'>;

/** What every CloudWatch Logs operation group shares: the state, the clock, lookups and timers. */
export class LogsService {
  readonly state: LogsState;
  readonly clock: Clock;
  readonly liveTail: LiveTail;
  readonly subscriptions: SubscriptionDispatcher;
  readonly retention: RetentionTimers;
  /** Query and export-task steps still to run, cancelled at close. */
  private readonly pendingTimers = new Set<Timer>();

  constructor(readonly runtime: Runtime) {
    this.state = new LogsState(runtime.store);
    this.clock = runtime.clock;
    this.liveTail = new LiveTail(this.clock);
    this.subscriptions = new SubscriptionDispatcher(runtime, this.state);
    this.retention = new RetentionTimers(this.state, this.clock);
  }

  /** A log group named by name or ARN (with or without the trailing :*). */
  resolveGroup(scope: Scope, identifier: string): GroupRow | undefined {
    if (identifier.startsWith('arn:')) {
      const parsed = parseArn(identifier);
      if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('log-group:')) return undefined;
      const name = parsed.resource.slice('log-group:'.length).replace(/:\*$/, '');
      return this.state.group(parsed.account, parsed.region, name);
    }
    return this.state.group(scope.accountId, scope.region, identifier);
  }

  /** The group a request names (by name or identifier, not both), with its expired events dropped. */
  requireGroup(context: Scope, name?: string, identifier?: string): GroupRow {
    if (name && identifier) throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
    const key = name ?? identifier;
    if (!key) throw invalidParameter('Either logGroupName or logGroupIdentifier must be specified.');
    const group = this.resolveGroup(context, key);
    if (!group) throw groupNotFound();
    this.retention.expire(group);
    return group;
  }

  requireStream(group: GroupRow, name: string): StreamRow {
    const stream = this.state.stream(group.id, name);
    if (!stream) throw streamNotFound();
    return stream;
  }

  /** A group's events in [start, end], oldest first, read from the store a thousand at a time. */
  *groupEvents(groupId: number, start: number, end: number): Generator<EventRow> {
    let afterTs = start - 1;
    let afterSeq = 0;
    for (;;) {
      const batch = this.state.groupEventsAfter(groupId, start, end, afterTs, afterSeq, 1000);
      if (!batch.length) return;
      yield* batch;
      const last = batch[batch.length - 1];
      afterTs = last.timestamp;
      afterSeq = last.seq;
    }
  }

  /** Every PutLogEvents runs a group's filters, so AWS caps the regex ones at five a group (metric and subscription filters together). */
  checkRegexQuota(group: GroupRow, pattern: FilterPattern, replacing: { metric?: string; subscription?: string }): void {
    if (!pattern.regexCount) return;
    const others = [
      ...this.state.metricFilters(group.id).filter((f) => f.name !== replacing.metric).map((f) => f.pattern),
      ...this.state.subscriptionFilters(group.id).filter((f) => f.name !== replacing.subscription).map((f) => f.pattern),
    ];
    if (countRegexPatterns(others) >= MAX_REGEX_PATTERNS_PER_GROUP) {
      throw limitExceeded(`A log group can have at most ${MAX_REGEX_PATTERNS_PER_GROUP} metric and subscription filters whose filter patterns contain regular expressions.`);
    }
  }

  /** Runs a step of a query or export task after `delayMs` of clock time, unless the service closes first. */
  later(delayMs: number, step: () => void): void {
    const timer = this.clock.setTimeout(() => {
      this.pendingTimers.delete(timer);
      step();
    }, delayMs);
    this.pendingTimers.add(timer);
  }

  close(): void {
    this.retention.close();
    for (const timer of this.pendingTimers) timer.cancel();
    this.pendingTimers.clear();
    this.liveTail.closeAll();
  }
}

export function groupArn(group: Pick<GroupRow, 'account' | 'region' | 'name'>): string {
  return arn({ service: 'logs', region: group.region, account: group.account, resource: `log-group:${group.name}` });
}

export function streamArn(group: GroupRow, stream: StreamRow): string {
  return `${groupArn(group)}:log-stream:${stream.name}`;
}
