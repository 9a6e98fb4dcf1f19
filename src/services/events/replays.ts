import type { Timer } from '../../core/clock.js';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Events from '../../generated/events.js';
import { alreadyExists, illegalStatus, invalidNextToken, replayNotFound, validation } from './errors.js';
import type { EventEnvelope, EventRouter } from './put-events.js';
import type { EventsService } from './service.js';
import type { ReplayRow } from './state.js';

/** Archived events a replay puts back on the bus at a time, and the clock time between two batches. */
const REPLAY_BATCH = 100;
const BATCH_INTERVAL_MS = 1000;

type ReplayState = NonNullable<Events.DescribeReplayResponse['State']>;

function describeReplay(replay: ReplayRow): Events.DescribeReplayResponse {
  const d = replay.document;
  return {
    ReplayName: replay.name,
    ReplayArn: replay.arn,
    Description: d.Description,
    State: replay.state as ReplayState,
    StateReason: d.StateReason,
    EventSourceArn: replay.sourceArn,
    Destination: d.Destination,
    EventStartTime: new Date(d.EventStartTime),
    EventEndTime: new Date(d.EventEndTime),
    EventLastReplayedTime: d.EventLastReplayedTime === undefined ? undefined : new Date(d.EventLastReplayedTime),
    ReplayStartTime: new Date(d.ReplayStartTime),
    ReplayEndTime: d.ReplayEndTime === undefined ? undefined : new Date(d.ReplayEndTime),
  };
}

/**
 * Replays run on the clock: STARTING, then RUNNING while archived events from the time range go
 * back on the bus, 100 a second of clock time (each with `replay-name`, only to the destination's rules, never
 * archived again), then COMPLETED; CancelReplay turns a running replay to CANCELLING, and the next
 * turn to CANCELLED. Replays are in the store: one under way when Nimbus stopped goes on at start.
 */
export class ReplayRunner {
  private readonly timers = new Set<Timer>();

  constructor(
    private readonly service: EventsService,
    private readonly router: EventRouter,
  ) {}

  start(): void {
    for (const replay of this.service.state.activeReplays()) this.schedule(replay.account, replay.region, replay.name);
  }

  schedule(account: string, region: string, name: string, delayMs = 0): void {
    const timer = this.service.clock.setTimeout(() => {
      this.timers.delete(timer);
      this.step(account, region, name);
    }, delayMs);
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) timer.cancel();
    this.timers.clear();
  }

  private step(account: string, region: string, name: string): void {
    const { state, clock } = this.service;
    const replay = state.replay(account, region, name);
    if (!replay) return;
    const d = replay.document;
    if (replay.state === 'CANCELLING') {
      state.updateReplay({ ...replay, state: 'CANCELLED', document: { ...d, ReplayEndTime: clock.now() } });
      return;
    }
    if (replay.state !== 'STARTING' && replay.state !== 'RUNNING') return;
    const bus = this.service.findBus(account, region, d.Destination.Arn);
    const archive = state.archiveByArn(replay.sourceArn);
    if (!bus || !archive) {
      state.updateReplay({ ...replay, state: 'FAILED', document: { ...d, StateReason: bus ? 'The archive was deleted.' : 'The destination event bus was deleted.', ReplayEndTime: clock.now() } });
      return;
    }
    const onlyRules = d.Destination.FilterArns?.length ? new Set(d.Destination.FilterArns) : undefined;
    const batch = state.archivedEvents(archive.arn, d.EventStartTime, d.EventEndTime, d.afterSeq, REPLAY_BATCH);
    const document = { ...d };
    for (const archived of batch) {
      const event = { ...(JSON.parse(archived.event) as EventEnvelope), 'replay-name': replay.name };
      this.router.route(bus, event, { replayName: replay.name, onlyRules });
      document.afterSeq = archived.seq;
      document.EventLastReplayedTime = archived.time;
    }
    if (batch.length < REPLAY_BATCH) {
      state.updateReplay({ ...replay, state: 'COMPLETED', document: { ...document, ReplayEndTime: clock.now() } });
      return;
    }
    state.updateReplay({ ...replay, state: 'RUNNING', document });
    this.schedule(account, region, name, BATCH_INTERVAL_MS);
  }
}

/** StartReplay, DescribeReplay, ListReplays, CancelReplay. */
export function replayOperations(service: EventsService, runner: ReplayRunner): Partial<Events.EventsOperations> {
  const { state } = service;
  return {
    StartReplay(input, context) {
      const { accountId: account, region } = context;
      const destination = parseArn(input.Destination.Arn);
      if (!destination || destination.service !== 'events' || !destination.resource.startsWith('event-bus/') || !/^\d{12}$/.test(destination.account)) {
        throw validation('Parameter Destination.Arn is not valid. Reason: Must contain an event bus ARN.');
      }
      const source = parseArn(input.EventSourceArn);
      const archiveName = source?.resource.startsWith('archive/') ? source.resource.slice('archive/'.length) : input.EventSourceArn;
      const archive = source && source.account === account && source.region === region ? state.archive(account, region, archiveName) : undefined;
      if (!archive) throw validation(`Parameter EventSourceArn is not valid. Reason: Archive ${archiveName} does not exist.`);
      if (input.Destination.Arn !== archive.sourceArn) throw validation('Parameter Destination.Arn is not valid. Reason: Cross event bus replay is not permitted.');
      const start = input.EventStartTime.getTime();
      const end = input.EventEndTime.getTime();
      if (start > end) throw validation('Parameter EventEndTime is not valid. Reason: EventStartTime must be before EventEndTime.');
      const now = service.clock.now();
      for (const filter of input.Destination.FilterArns ?? []) {
        const rule = state.ruleByArn(filter);
        if (!rule || service.busArn(rule.account, rule.region, rule.bus) !== archive.sourceArn) {
          throw validation(`Parameter Destination.FilterArns is not valid. Reason: Rule ${filter} does not exist on the destination event bus.`);
        }
      }
      if (state.replay(account, region, input.ReplayName)) throw alreadyExists(`Replay ${input.ReplayName} already exists.`);
      const replay: ReplayRow = {
        account,
        region,
        name: input.ReplayName,
        arn: arn({ service: 'events', region, account, resource: `replay/${input.ReplayName}` }),
        sourceArn: archive.arn,
        state: 'STARTING',
        document: { Description: input.Description, Destination: input.Destination, EventStartTime: start, EventEndTime: end, ReplayStartTime: now, afterSeq: 0 },
        createdAt: now,
      };
      state.insertReplay(replay);
      runner.schedule(account, region, replay.name);
      return { ReplayArn: replay.arn, State: 'STARTING', ReplayStartTime: new Date(now) };
    },

    DescribeReplay(input, context) {
      const replay = state.replay(context.accountId, context.region, input.ReplayName);
      if (!replay) throw replayNotFound(input.ReplayName);
      return describeReplay(replay);
    },

    ListReplays(input, context) {
      const filters = [input.NamePrefix, input.EventSourceArn, input.State].filter((f) => f !== undefined);
      if (filters.length > 1) throw validation('At most one filter is allowed for ListReplays. Use either : State, EventSourceArn, or NamePrefix.');
      const replays = state
        .replays(context.accountId, context.region)
        .filter((r) => (!input.NamePrefix || r.name.startsWith(input.NamePrefix)) && (!input.EventSourceArn || r.sourceArn === input.EventSourceArn) && (!input.State || r.state === input.State));
      const page = pageAfterKey(replays, (r) => r.name, input.Limit ?? 50, input.NextToken, invalidNextToken);
      return {
        Replays: page.items.map((r) => {
          const { ReplayName, EventSourceArn, State, StateReason, EventStartTime, EventEndTime, EventLastReplayedTime, ReplayStartTime, ReplayEndTime } = describeReplay(r);
          return { ReplayName, EventSourceArn, State, StateReason, EventStartTime, EventEndTime, EventLastReplayedTime, ReplayStartTime, ReplayEndTime };
        }),
        NextToken: page.nextToken,
      };
    },

    CancelReplay(input, context) {
      const replay = state.replay(context.accountId, context.region, input.ReplayName);
      if (!replay) throw replayNotFound(input.ReplayName);
      if (replay.state !== 'STARTING' && replay.state !== 'RUNNING') throw illegalStatus(`Replay ${replay.name} is not in a valid state for this operation.`);
      state.updateReplay({ ...replay, state: 'CANCELLING' });
      return { ReplayArn: replay.arn, State: 'CANCELLING' };
    },
  };
}
