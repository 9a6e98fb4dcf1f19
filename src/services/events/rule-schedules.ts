import type { Timer } from '../../core/clock.js';
import { nextAwsCronTime, parseAwsCron, ScheduleError, type AwsCronSchedule } from '../../core/schedule.js';
import { validation } from './errors.js';
import { envelope } from './put-events.js';
import type { EventsService } from './service.js';
import type { RuleRow } from './state.js';

const MINUTE_MS = 60_000;
const UNIT_MS: Record<string, number> = { minute: MINUTE_MS, hour: 60 * MINUTE_MS, day: 24 * 60 * MINUTE_MS };

/** A rule's schedule, read: a fixed period, or AWS's six-field cron (in UTC for rules). */
type RuleSchedule = { kind: 'rate'; periodMs: number } | { kind: 'cron'; cron: AwsCronSchedule };

const invalidSchedule = () => validation('Parameter ScheduleExpression is not valid.');

/**
 * rate(N unit) — singular unit for 1, plural above, as AWS requires — or
 * cron(Minutes Hours Day-of-month Month Day-of-week Year), read by core/schedule's AWS cron.
 */
export function parseRuleSchedule(expression: string): RuleSchedule {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2]!;
    const plural = unit.endsWith('s');
    if (n < 1 || (n === 1) === plural) throw invalidSchedule();
    return { kind: 'rate', periodMs: n * UNIT_MS[plural ? unit.slice(0, -1) : unit]! };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (!cron) throw invalidSchedule();
  try {
    return { kind: 'cron', cron: parseAwsCron(cron[1]!) };
  } catch (error) {
    if (error instanceof ScheduleError) throw invalidSchedule();
    throw error;
  }
}

export function checkScheduleExpression(expression: string): void {
  parseRuleSchedule(expression);
}

/**
 * Schedule rules on the clock: each enabled rule with a ScheduleExpression has one timer, which
 * puts the Scheduled Event to the rule's targets. Rules live in the store, so the timers are armed
 * again when the provider starts.
 */
export class RuleSchedules {
  private readonly timers = new Map<string, Timer>();

  constructor(private readonly service: EventsService) {}

  /** Arms every stored schedule rule (provider start). */
  start(): void {
    for (const rule of this.service.state.scheduledRules()) this.arm(rule);
  }

  /** (Re)arms a rule's timer from its current definition; a disabled or unscheduled rule has none. */
  arm(rule: RuleRow): void {
    this.disarm(rule.arn);
    if (!rule.schedule || rule.state === 'DISABLED') return;
    let schedule: RuleSchedule;
    try {
      schedule = parseRuleSchedule(rule.schedule);
    } catch {
      return;
    }
    const clock = this.service.clock;
    if (schedule.kind === 'rate') {
      const now = clock.now();
      const periods = Math.max(1, Math.floor((now - rule.scheduleAnchor) / schedule.periodMs) + 1);
      this.timers.set(rule.arn, clock.every(schedule.periodMs, (due) => this.fire(rule.arn, due), rule.scheduleAnchor + periods * schedule.periodMs));
      return;
    }
    const next = nextAwsCronTime(schedule.cron, 'UTC', clock.now());
    if (next === undefined) return;
    this.timers.set(
      rule.arn,
      clock.at(next, () => {
        try {
          this.fire(rule.arn, next);
        } finally {
          // The next occurrence is armed even if this one's dispatch failed.
          const current = this.service.state.ruleByArn(rule.arn);
          if (current) this.arm(current);
        }
      }),
    );
  }

  disarm(ruleArn: string): void {
    this.timers.get(ruleArn)?.cancel();
    this.timers.delete(ruleArn);
  }

  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private fire(ruleArn: string, due: number): void {
    const rule = this.service.state.ruleByArn(ruleArn);
    if (!rule || rule.state === 'DISABLED') return;
    const event = envelope({ source: 'aws.events', detailType: 'Scheduled Event', detail: {}, account: rule.account, region: rule.region, resources: [rule.arn], time: due });
    this.service.engine.dispatch(this.service.ruleRef(rule), event);
  }
}
