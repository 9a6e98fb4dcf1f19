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

/** One formatter a zone: making one costs far more than using it, and schedules ask often. */
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    // Zone names come from requests: keep the map small.
    if (zoneFormatters.size >= 200) zoneFormatters.clear();
    zoneFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at instant `t`, in milliseconds. */
export function zoneOffset(zone: string, t: number): number {
  const parts = zoneFormatter(zone).formatToParts(new Date(t));
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

/**
 * A day rule of AWS's cron that plain cron fields cannot say: the last day of the month (L), the
 * weekday nearest a day (15W, LW), the last given weekday of the month (6L), the nth one (3#2).
 */
export type AwsCronDayRule =
  | { kind: 'last-day' }
  | { kind: 'nearest-weekday'; day: number | 'last' }
  | { kind: 'last-weekday'; weekday: number }
  | { kind: 'nth-weekday'; weekday: number; nth: number };

/** AWS's six-field cron (EventBridge rules, EventBridge Scheduler): the five fields above, the years allowed (null: any), and a day rule if any. */
export interface AwsCronSchedule {
  cron: CronSchedule;
  years: Set<number> | null;
  dayRule?: AwsCronDayRule;
}

const FIRST_CRON_YEAR = 1970;
const LAST_CRON_YEAR = 2199;

/**
 * cron(Minutes Hours Day-of-month Month Day-of-week Year) without the wrapper, as AWS reads it:
 * exactly one of the two day fields is `?`; Day-of-week counts 1-7 from Sunday (not cron's 0-6);
 * L, W and # as AWS documents; Year is *, years, ranges or steps in 1970-2199.
 */
export function parseAwsCron(body: string): AwsCronSchedule {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) throw new ScheduleError('An AWS cron expression has six fields: Minutes Hours Day-of-month Month Day-of-week Year');
  let [minutes, hours, days, months, weekdays] = fields;
  if ((days === '?') === (weekdays === '?')) throw new ScheduleError('One of Day-of-month and Day-of-week must be ?');
  let dayRule: AwsCronDayRule | undefined;
  const dayOfMonth = /^(?:(L)|(L)W|(\d{1,2})W)$/.exec(days);
  const weekdaySpecial = /^(?:([1-7]|[A-Za-z]{3})?L|([1-7]|[A-Za-z]{3})#([1-5]))$/.exec(weekdays);
  if (dayOfMonth) {
    const day = dayOfMonth[3] === undefined ? undefined : Number(dayOfMonth[3]);
    if (day !== undefined && (day < 1 || day > 31)) throw new ScheduleError(`${days} is not a day of the month`);
    dayRule = dayOfMonth[1] ? { kind: 'last-day' } : { kind: 'nearest-weekday', day: day ?? 'last' };
    days = '*';
  } else if (weekdaySpecial) {
    dayRule = weekdaySpecial[3] === undefined
      ? { kind: 'last-weekday', weekday: awsWeekday(weekdaySpecial[1] ?? '7') }
      : { kind: 'nth-weekday', weekday: awsWeekday(weekdaySpecial[2]), nth: Number(weekdaySpecial[3]) };
    weekdays = '?';
  } else if (weekdays !== '?') {
    weekdays = cronWeekdays(weekdays);
  }
  return { cron: parseCronFields([minutes, hours, days, months, weekdays].join(' ')), years: cronYears(fields[5]), dayRule };
}

/** One AWS day of the week (1-7 from Sunday, or a name) as cron's 0-6. */
function awsWeekday(text: string): number {
  const named = WEEKDAYS.indexOf(text.toUpperCase());
  if (named >= 0) return named;
  const n = Number(text);
  if (!(Number.isInteger(n) && n >= 1 && n <= 7)) throw new ScheduleError(`${text} is not a day of the week`);
  return n - 1;
}

/** An AWS Day-of-week field in cron's numbering: each value moves down one, steps stay as they are. */
function cronWeekdays(field: string): string {
  return field
    .split(',')
    .map((item) => {
      const [span, step] = item.split('/');
      const moved = span === '*' ? span : span.split('-').map((value) => (/^\d+$/.test(value) ? String(awsWeekday(value)) : value)).join('-');
      return step === undefined ? moved : `${moved}/${step}`;
    })
    .join(',');
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

/** Whether a local date (read in UTC fields) keeps the day rule. */
function keepsDayRule(rule: AwsCronDayRule, local: Date): boolean {
  const date = local.getUTCDate();
  const weekday = local.getUTCDay();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  switch (rule.kind) {
    case 'last-day':
      return date === daysInMonth;
    case 'last-weekday':
      return weekday === rule.weekday && date + 7 > daysInMonth;
    case 'nth-weekday':
      return weekday === rule.weekday && Math.ceil(date / 7) === rule.nth;
    case 'nearest-weekday': {
      const target = rule.day === 'last' ? daysInMonth : rule.day;
      if (target > daysInMonth) return false;
      const targetWeekday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), target)).getUTCDay();
      // A Saturday moves to Friday and a Sunday to Monday, never out of the month.
      let nearest = target;
      if (targetWeekday === 6) nearest = target === 1 ? 3 : target - 1;
      if (targetWeekday === 0) nearest = target === daysInMonth ? target - 2 : target + 1;
      return date === nearest;
    }
  }
}

/**
 * Days and years nextAwsCronTime turns away before it gives up on a rule that never holds (31W in
 * February): enough for the rarest that does (a fifth Monday in February, 812 days turned away).
 */
const AWS_CRON_ATTEMPTS = 1_000;

/** The first occurrence strictly after `after`, read in `zone`, in a year and on a day the schedule allows. */
export function nextAwsCronTime(schedule: AwsCronSchedule, zone: string, after: number): number | undefined {
  const { cron, years, dayRule } = schedule;
  let from = after;
  for (let attempt = 0; attempt < AWS_CRON_ATTEMPTS; attempt++) {
    const next = nextCronTime(cron, zone, from);
    if (next === undefined) return undefined;
    const local = new Date(next + zoneOffset(zone, next));
    const year = local.getUTCFullYear();
    if (years && !years.has(year)) {
      let later: number | undefined;
      for (const y of years) if (y > year && (later === undefined || y < later)) later = y;
      if (later === undefined) return undefined;
      // Just before local midnight on 1 January of that year.
      const newYear = Date.UTC(later, 0, 1);
      from = newYear - zoneOffset(zone, newYear) - 1;
      continue;
    }
    if (!dayRule || keepsDayRule(dayRule, local)) return next;
    // Just before the next local midnight.
    const nextDay = Date.UTC(year, local.getUTCMonth(), local.getUTCDate() + 1);
    from = Math.max(next, nextDay - zoneOffset(zone, nextDay) - 1);
  }
  return undefined;
}
