/**
 * Schedule expressions, shared by the services that run things on a schedule (CloudWatch alarm
 * mute rules, Logs scheduled queries): cron(Minutes Hours Day-of-month Month Day-of-week),
 * at(yyyy-MM-ddThh:mm) and rate(N unit), read in an IANA time zone, with the next occurrence
 * after an instant worked out on whatever clock the caller keeps (the virtual one).
 */

export class ScheduleError extends Error {}

export interface CronSchedule {
  kind: 'cron';
  minutes: Set<number>;
  hours: Set<number>;
  /** null: any day of the month. */
  days: Set<number> | null;
  months: Set<number>;
  /** null: any day of the week (0 = Sunday). */
  weekdays: Set<number> | null;
}

export interface AtSchedule {
  kind: 'at';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface RateSchedule {
  kind: 'rate';
  periodMs: number;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
export const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** One cron field: *, values, ranges a-b, steps (*\/n, a-b/n) and lists of them; names where the field has them. */
function cronField(text: string, min: number, max: number, names: string[] = [], nameBase = min): Set<number> | null {
  if (text === '*' || text === '?') return null;
  const value = (part: string): number => {
    const index = names.indexOf(part.toUpperCase());
    const n = index >= 0 ? index + nameBase : /^\d+$/.test(part) ? Number(part) : Number.NaN;
    if (!(n >= min && n <= max)) throw new ScheduleError(`${part} is not a valid value in the cron field ${text}`);
    return n;
  };
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const [span, stepText, extraStep] = item.split('/');
    if (extraStep !== undefined) throw new ScheduleError(`${item} is not a valid cron field`);
    const step = stepText === undefined ? 1 : /^\d+$/.test(stepText) && Number(stepText) > 0 ? Number(stepText) : Number.NaN;
    if (Number.isNaN(step)) throw new ScheduleError(`${item} is not a valid step`);
    let a: number;
    let b: number;
    if (span === '*') {
      a = min;
      b = max;
    } else {
      const [from, to, extra] = span.split('-');
      if (extra !== undefined || !from) throw new ScheduleError(`${item} is not a valid cron field`);
      a = value(from);
      b = to === undefined ? (stepText === undefined ? a : max) : value(to);
    }
    if (b < a) throw new ScheduleError(`${item} is not a valid range`);
    for (let n = a; n <= b; n += step) out.add(n);
  }
  return out;
}

function range(a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let n = a; n <= b; n++) out.add(n);
  return out;
}

/** The five fields of cron(...) (without the wrapper). */
export function parseCronFields(body: string): CronSchedule {
  const fields = body.trim().split(/\s+/);
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

/** at(yyyy-MM-ddThh:mm), or undefined when the text is not of that form. */
export function parseAt(expression: string): AtSchedule | undefined {
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})\)$/.exec(expression.trim());
  if (!at) return undefined;
  const [year, month, day, hour, minute] = at.slice(1).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59) throw new ScheduleError(`${expression} is not a valid date and time`);
  return { kind: 'at', year, month, day, hour, minute };
}

/** rate(N minute|minutes|hour|hours|day|days), or undefined when the text is not of that form. */
export function parseRate(expression: string): RateSchedule | undefined {
  const rate = /^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$/.exec(expression.trim());
  if (!rate) return undefined;
  const n = Number(rate[1]);
  if (n < 1) throw new ScheduleError(`${expression} must name a period of at least 1`);
  const unit = rate[2].startsWith('minute') ? MINUTE_MS : rate[2].startsWith('hour') ? HOUR_MS : DAY_MS;
  return { kind: 'rate', periodMs: n * unit };
}

/** Whether an IANA zone name is one the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at instant `t`, in milliseconds. */
export function zoneOffset(zone: string, t: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return local - Math.floor(t / MINUTE_MS) * MINUTE_MS;
}

/** Offsets of a zone, worked out once an hour of instants (a scan over many minutes asks often). */
function offsetCache(zone: string): (t: number) => number {
  const offsets = new Map<number, number>();
  return (t) => {
    const hour = Math.floor(t / HOUR_MS);
    let offset = offsets.get(hour);
    if (offset === undefined) offsets.set(hour, (offset = zoneOffset(zone, t)));
    return offset;
  };
}

function dayMatches(schedule: CronSchedule, local: Date): boolean {
  if (!schedule.months.has(local.getUTCMonth() + 1)) return false;
  const dayOk = schedule.days?.has(local.getUTCDate());
  const weekdayOk = schedule.weekdays?.has(local.getUTCDay());
  // As in cron: with both day fields restricted, either may match.
  if (schedule.days && schedule.weekdays) return Boolean(dayOk || weekdayOk);
  if (schedule.days) return Boolean(dayOk);
  if (schedule.weekdays) return Boolean(weekdayOk);
  return true;
}

/** Whether the minute starting at local wall-clock time `local` (a Date read in UTC fields) is an occurrence. */
export function cronMatches(schedule: CronSchedule, local: Date): boolean {
  return schedule.minutes.has(local.getUTCMinutes()) && schedule.hours.has(local.getUTCHours()) && dayMatches(schedule, local);
}

/** Whether some occurrence of the cron schedule falls in (now - durationMs, now], read in `zone`. */
export function cronOccurredWithin(schedule: CronSchedule, durationMs: number, zone: string, now: number): boolean {
  const offsetAt = offsetCache(zone);
  const last = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  for (let t = last; t > now - durationMs; t -= MINUTE_MS) {
    if (cronMatches(schedule, new Date(t + offsetAt(t)))) return true;
  }
  return false;
}

/** The instant a one-time schedule names, read in `zone`. */
export function atInstant(schedule: AtSchedule, zone: string): number {
  const local = Date.UTC(schedule.year, schedule.month - 1, schedule.day, schedule.hour, schedule.minute);
  return local - zoneOffset(zone, local);
}

/** How far ahead nextCronTime looks before it gives up (a 31 February never comes). */
const CRON_HORIZON_MS = 5 * 366 * DAY_MS;

/**
 * The first occurrence of the cron schedule strictly after `after`, read in `zone`, or undefined
 * when none comes within five years. Days and hours that cannot match are skipped whole.
 */
export function nextCronTime(schedule: CronSchedule, zone: string, after: number): number | undefined {
  const offsetAt = offsetCache(zone);
  let t = Math.floor(after / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  const limit = after + CRON_HORIZON_MS;
  while (t <= limit) {
    const local = new Date(t + offsetAt(t));
    if (!dayMatches(schedule, local)) {
      // To the next local midnight (at least a minute on, whatever the zone does).
      const intoDay = local.getUTCHours() * HOUR_MS + local.getUTCMinutes() * MINUTE_MS;
      t += Math.max(MINUTE_MS, DAY_MS - intoDay);
      continue;
    }
    if (!schedule.hours.has(local.getUTCHours())) {
      t += Math.max(MINUTE_MS, HOUR_MS - local.getUTCMinutes() * MINUTE_MS);
      continue;
    }
    if (schedule.minutes.has(local.getUTCMinutes())) return t;
    t += MINUTE_MS;
  }
  return undefined;
}

/** AWS's six-field cron (EventBridge rules, EventBridge Scheduler): the five fields above and the years allowed (null: any). */
export interface AwsCronSchedule {
  cron: CronSchedule;
  years: Set<number> | null;
}

const FIRST_CRON_YEAR = 1970;
const LAST_CRON_YEAR = 2199;

/**
 * cron(Minutes Hours Day-of-month Month Day-of-week Year) without the wrapper, as AWS reads it:
 * exactly one of the two day fields is `?`, and Year is *, years, ranges or steps in 1970-2199.
 */
export function parseAwsCron(body: string): AwsCronSchedule {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) throw new ScheduleError('An AWS cron expression has six fields: Minutes Hours Day-of-month Month Day-of-week Year');
  if ((fields[2] === '?') === (fields[4] === '?')) throw new ScheduleError('One of Day-of-month and Day-of-week must be ?');
  return { cron: parseCronFields(fields.slice(0, 5).join(' ')), years: cronYears(fields[5]) };
}

function cronYears(text: string): Set<number> | null {
  if (text === '*' || text === '?') return null;
  const years = new Set<number>();
  for (const item of text.split(',')) {
    const match = /^(\*|\d{4})(?:-(\d{4}))?(?:\/(\d+))?$/.exec(item);
    if (!match) throw new ScheduleError(`${item} is not a year`);
    const from = match[1] === '*' ? FIRST_CRON_YEAR : Number(match[1]);
    const to = match[2] !== undefined ? Number(match[2]) : match[1] === '*' || match[3] !== undefined ? LAST_CRON_YEAR : from;
    const step = match[3] === undefined ? 1 : Number(match[3]);
    if (from < FIRST_CRON_YEAR || to > LAST_CRON_YEAR || to < from || step < 1) throw new ScheduleError(`${item} is not a year`);
    for (let year = from; year <= to; year += step) years.add(year);
  }
  return years;
}

/** The first occurrence strictly after `after`, read in `zone`, in a year the schedule allows (jumping over the others whole). */
export function nextAwsCronTime(schedule: AwsCronSchedule, zone: string, after: number): number | undefined {
  const { cron, years } = schedule;
  let from = after;
  for (;;) {
    const next = nextCronTime(cron, zone, from);
    if (next === undefined) return undefined;
    const year = new Date(next + zoneOffset(zone, next)).getUTCFullYear();
    if (!years || years.has(year)) return next;
    let later: number | undefined;
    for (const y of years) if (y > year && (later === undefined || y < later)) later = y;
    if (later === undefined) return undefined;
    // Just before local midnight on 1 January of that year.
    const newYear = Date.UTC(later, 0, 1);
    from = newYear - zoneOffset(zone, newYear) - 1;
  }
}
