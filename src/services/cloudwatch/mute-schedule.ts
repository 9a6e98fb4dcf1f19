/**
 * When an alarm mute rule mutes: its schedule (cron(Minutes Hours
 * Day-of-month Month Day-of-week) for recurring windows, at(yyyy-MM-ddThh:mm)
 * for one), each window lasting an ISO 8601 duration (PT1M to P15D), read in
 * the rule's time zone (UTC by default). The expressions themselves are read by
 * the shared engine in core/schedule.ts.
 */
import { atInstant, cronOccurredWithin, MINUTE_MS, parseAt, parseCronFields, ScheduleError, type AtSchedule, type CronSchedule } from '../../core/schedule.js';

export { ScheduleError, zoneOffset } from '../../core/schedule.js';

export type MuteSchedule = CronSchedule | AtSchedule;

export const MIN_DURATION_MS = MINUTE_MS;
export const MAX_DURATION_MS = 15 * 86_400_000;

export function parseMuteSchedule(expression: string): MuteSchedule {
  const cron = /^cron\((.*)\)$/.exec(expression.trim());
  if (cron) return parseCronFields(cron[1]);
  const at = parseAt(expression);
  if (at) return at;
  throw new ScheduleError('The schedule expression must be cron(Minutes Hours Day-of-month Month Day-of-week) or at(yyyy-MM-ddThh:mm)');
}

/** An ISO 8601 duration (PnDTnHnMnS, PnW) in milliseconds, between one minute and 15 days. */
export function parseMuteDuration(text: string): number {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) throw new ScheduleError(`${text} is not an ISO 8601 duration`);
  const [w, d, h, m, s] = match.slice(1).map((v) => Number(v ?? 0));
  const ms = ((((w * 7 + d) * 24 + h) * 60 + m) * 60 + s) * 1000;
  if (ms < MIN_DURATION_MS || ms > MAX_DURATION_MS) throw new ScheduleError(`The duration ${text} must be between PT1M and P15D`);
  return ms;
}

/** Whether `now` falls in a window of the schedule: an occurrence at or before it, less than `durationMs` ago. */
export function inMuteWindow(schedule: MuteSchedule, durationMs: number, zone: string, now: number): boolean {
  if (schedule.kind === 'at') {
    const start = oneTimeStart(schedule, zone);
    return now >= start && now < start + durationMs;
  }
  return cronOccurredWithin(schedule, durationMs, zone, now);
}

/** The start of a one-time window, for telling a window yet to come from one gone by. */
export function oneTimeStart(schedule: AtSchedule, zone: string): number {
  return atInstant(schedule, zone);
}
