import { createHash } from 'node:crypto';
import type { Timer } from '../../core/clock.js';
import { arn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { nextOccurrence, parseExpression, type Occurrences } from './expressions.js';
import { Invoker } from './invocation.js';
import { SchedulerMetrics } from './metrics.js';
import { SchedulerState, type GroupRow, type ScheduleRow } from './state.js';

export const DEFAULT_GROUP = 'default';
/** How long a deleted group stays DELETING (with its schedules no longer running) before it is gone. */
export const GROUP_DELETION_MS = 5_000;
const MINUTE_MS = 60_000;

/**
 * What every Scheduler operation group shares: the state, and the timers that run schedules on the
 * clock. A schedule's next occurrence is in the store (next_fire), so a restart re-arms it.
 */
export class SchedulerService {
  readonly state: SchedulerState;
  private readonly timers = new Map<string, Timer>();
  private readonly deletions = new Map<string, Timer>();
  private readonly invoker: Invoker;
  private readonly metrics: SchedulerMetrics;

  constructor(readonly runtime: Runtime) {
    this.state = new SchedulerState(runtime.store);
    this.metrics = new SchedulerMetrics(runtime);
    this.invoker = new Invoker(this, this.metrics);
  }

  /** Arms every stored schedule with an occurrence to come, and finishes deletions under way. */
  start(): void {
    for (const schedule of this.state.armedSchedules()) this.arm(schedule);
    for (const group of this.state.deletingGroups()) this.finishDeletion(group);
  }

  groupArn(account: string, region: string, name: string): string {
    return arn({ service: 'scheduler', region, account, resource: `schedule-group/${name}` });
  }

  scheduleArn(account: string, region: string, group: string, name: string): string {
    return arn({ service: 'scheduler', region, account, resource: `schedule/${group}/${name}` });
  }

  /** A group by name; `default` exists in every account and region from its first use. */
  group(account: string, region: string, name: string): GroupRow | undefined {
    const group = this.state.group(account, region, name);
    if (group || name !== DEFAULT_GROUP) return group;
    return this.ensureDefaultGroup(account, region);
  }

  ensureDefaultGroup(account: string, region: string): GroupRow {
    const existing = this.state.group(account, region, DEFAULT_GROUP);
    if (existing) return existing;
    const now = this.runtime.clock.now();
    const group: GroupRow = { account, region, name: DEFAULT_GROUP, arn: this.groupArn(account, region, DEFAULT_GROUP), state: 'ACTIVE', tags: [], clientToken: null, createdAt: now, modifiedAt: now };
    this.state.putGroup(group);
    return group;
  }

  /** When the schedule runs next after `after` (a scheduled time), or null when it never will again. */
  nextFire(schedule: ScheduleRow, after: number): number | null {
    const definition = schedule.definition;
    const occurrences: Occurrences = {
      expression: parseExpression(definition.ScheduleExpression, definition.ScheduleExpressionTimezone ?? 'UTC'),
      startDate: definition.StartDate,
      endDate: definition.EndDate,
      origin: schedule.modifiedAt,
    };
    return nextOccurrence(occurrences, after) ?? null;
  }

  /** Sets the schedule's timer for its next occurrence (replacing any it had). */
  arm(schedule: ScheduleRow): void {
    this.disarm(schedule.arn);
    if (schedule.state !== 'ENABLED' || schedule.nextFire === null) return;
    const scheduledTime = schedule.nextFire;
    const timer = this.runtime.clock.at(scheduledTime + flexibleOffset(schedule, scheduledTime), () => this.fire(schedule.arn, scheduledTime));
    this.timers.set(schedule.arn, timer);
  }

  disarm(scheduleArn: string): void {
    this.timers.get(scheduleArn)?.cancel();
    this.timers.delete(scheduleArn);
  }

  /** A group goes DELETING at once (its schedules stop) and is gone, with its schedules, a little later. */
  deleteGroup(group: GroupRow): void {
    for (const schedule of this.state.schedules(group.account, group.region, group.name)) this.disarm(schedule.arn);
    this.state.putGroup({ ...group, state: 'DELETING', modifiedAt: this.runtime.clock.now() });
    this.finishDeletion(group);
  }

  private finishDeletion(group: GroupRow): void {
    const key = group.arn;
    if (this.deletions.has(key)) return;
    const timer = this.runtime.clock.setTimeout(() => {
      this.deletions.delete(key);
      for (const schedule of this.state.schedules(group.account, group.region, group.name)) this.disarm(schedule.arn);
      this.state.deleteGroup(group.account, group.region, group.name);
    }, GROUP_DELETION_MS);
    this.deletions.set(key, timer);
  }

  private fire(scheduleArn: string, scheduledTime: number): void {
    this.timers.delete(scheduleArn);
    const schedule = this.state.scheduleByArn(scheduleArn);
    if (!schedule || schedule.state !== 'ENABLED' || schedule.nextFire !== scheduledTime) return;
    if (this.state.group(schedule.account, schedule.region, schedule.groupName)?.state !== 'ACTIVE') return;
    // Occurrences missed while Nimbus was stopped are skipped, not run in a burst.
    const now = this.runtime.clock.now();
    const late = now - (scheduledTime + flexibleOffset(schedule, scheduledTime)) > MINUTE_MS;
    const next = this.nextFire(schedule, late ? now : scheduledTime);
    this.invoker.invoke(schedule, scheduledTime);
    if (next === null && schedule.definition.ActionAfterCompletion === 'DELETE') {
      this.state.deleteSchedule(schedule.arn);
      return;
    }
    this.state.setNextFire(schedule.arn, next);
    if (next !== null) this.arm({ ...schedule, nextFire: next });
  }

  close(): void {
    this.metrics.close();
    for (const timer of this.timers.values()) timer.cancel();
    for (const timer of this.deletions.values()) timer.cancel();
    this.timers.clear();
    this.deletions.clear();
  }
}

/**
 * Where in its flexible time window an occurrence runs: spread over the window as AWS spreads
 * invocations, but fixed by the schedule and the occurrence, so a test can know it.
 */
export function flexibleOffset(schedule: ScheduleRow, scheduledTime: number): number {
  const window = schedule.definition.FlexibleTimeWindow;
  if (window.Mode !== 'FLEXIBLE' || !window.MaximumWindowInMinutes) return 0;
  const digest = createHash('sha256').update(`${schedule.arn}@${scheduledTime}`).digest();
  return (digest.readUInt32BE(0) % (window.MaximumWindowInMinutes * 60)) * 1000;
}
