/**
 * When an alarm mute rule mutes: its schedule (cron(Minutes Hours
 * Day-of-month Month Day-of-week) for recurring windows, at(yyyy-MM-ddThh:mm)
 * for one), each window lasting an ISO 8601 duration (PT1M to P15D), read in
 * the rule's time zone (UTC by default).
 */

export class ScheduleError extends Error {}

export type MuteSchedule =
  | { kind: 'cron'; minutes: Set<number>; hours: Set<number>; days: Set<number> | null; months: Set<number>; weekdays: Set<number> | null }
  | { kind: 'at'; year: number; month: number; day: number; hour: number; minute: number };

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MINUTE_MS = 60_000;
export const MIN_DURATION_MS = MINUTE_MS;
export const MAX_DURATION_MS = 15 * 86_400_000;

/** One cron field: *, values, ranges a-b and lists of them; names where the field has them. */
function cronField(text: string, min: number, max: number, names: string[] = [], nameBase = min): Set<number> | null {
  if (text === '*') return null;
  const value = (part: string): number => {
    const index = names.indexOf(part.toUpperCase());
    const n = index >= 0 ? index + nameBase : /^\d+$/.test(part) ? Number(part) : Number.NaN;
    if (!(n >= min && n <= max)) throw new ScheduleError(`${part} is not a valid value in the cron field ${text}`);
    return n;
  };
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const [from, to, extra] = item.split('-');
    if (extra !== undefined || !from) throw new ScheduleError(`${item} is not a valid cron field`);
    const a = value(from);
    const b = to === undefined ? a : value(to);
    if (b < a) throw new ScheduleError(`${item} is not a valid range`);
    for (let n = a; n <= b; n++) out.add(n);
  }
  return out;
}

export function parseMuteSchedule(expression: string): MuteSchedule {
  const cron = /^cron\((.*)\)$/.exec(expression.trim());
  if (cron) {
    const fields = cron[1].trim().split(/\s+/);
    if (fields.length !== 5) throw new ScheduleError('A cron expression has five fields: Minutes Hours Day-of-month Month Day-of-week');
    const weekdays = cronField(fields[4], 0, 7, WEEKDAYS, 0);
    if (weekdays?.has(7)) weekdays.add(0);
    return {
      kind: 'cron',
      minutes: cronField(fields[0], 0, 59) ?? range(0, 59),
      hours: cronField(fields[1], 0, 23) ?? range(0, 23),
      days: cronField(fields[2], 1, 31),
      months: cronField(fields[3], 1, 12, MONTHS, 1) ?? range(1, 12),
      weekdays,
    };
  }
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})\)$/.exec(expression.trim());
  if (at) {
    const [year, month, day, hour, minute] = at.slice(1).map(Number);
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59) throw new ScheduleError(`${expression} is not a valid date and time`);
    return { kind: 'at', year, month, day, hour, minute };
  }
  throw new ScheduleError('The schedule expression must be cron(Minutes Hours Day-of-month Month Day-of-week) or at(yyyy-MM-ddThh:mm)');
}

function range(a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let n = a; n <= b; n++) out.add(n);
  return out;
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

/** The zone's offset from UTC at instant `t`, in milliseconds. */
export function zoneOffset(zone: string, t: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return local - Math.floor(t / MINUTE_MS) * MINUTE_MS;
}

/** Whether `now` falls in a window of the schedule: an occurrence at or before it, less than `durationMs` ago. */
export function inMuteWindow(schedule: MuteSchedule, durationMs: number, zone: string, now: number): boolean {
  if (schedule.kind === 'at') {
    const start = oneTimeStart(schedule, zone);
    return now >= start && now < start + durationMs;
  }
  // Each minute back over the last duration (at most 15 days of minutes), offsets worked out once an hour.
  const offsets = new Map<number, number>();
  const offsetAt = (t: number) => {
    const hour = Math.floor(t / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) offsets.set(hour, (offset = zoneOffset(zone, t)));
    return offset;
  };
  const last = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  for (let t = last; t > now - durationMs; t -= MINUTE_MS) {
    const local = new Date(t + offsetAt(t));
    if (!schedule.minutes.has(local.getUTCMinutes()) || !schedule.hours.has(local.getUTCHours()) || !schedule.months.has(local.getUTCMonth() + 1)) continue;
    const dayOk = schedule.days?.has(local.getUTCDate());
    const weekdayOk = schedule.weekdays?.has(local.getUTCDay());
    // As in cron: with both day fields restricted, either may match.
    const matches = schedule.days && schedule.weekdays ? dayOk || weekdayOk : schedule.days ? dayOk : schedule.weekdays ? weekdayOk : true;
    if (matches) return true;
  }
  return false;
}

/** The start of a one-time window, for telling a window yet to come from one gone by. */
export function oneTimeStart(schedule: MuteSchedule & { kind: 'at' }, zone: string): number {
  const local = Date.UTC(schedule.year, schedule.month - 1, schedule.day, schedule.hour, schedule.minute);
  return local - zoneOffset(zone, local);
}
