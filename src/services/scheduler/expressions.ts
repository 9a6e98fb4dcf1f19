import { atInstant, nextCronTime, parseAt, parseCronFields, parseRate, ScheduleError, zoneOffset, type CronSchedule } from '../../core/schedule.js';

/**
 * Scheduler's schedule expressions, read with core/schedule.ts: at(yyyy-mm-ddThh:mm:ss) (seconds on
 * top of core's minutes), rate(value unit), and cron with six fields (core's five plus Year, and
 * AWS's rule that one of the two day fields is `?`).
 */
export type SchedulerExpression =
  | { kind: 'at'; instant: number }
  | { kind: 'rate'; periodMs: number }
  | { kind: 'cron'; cron: CronSchedule; years: Set<number> | null; zone: string };

const FIRST_YEAR = 1970;
const LAST_YEAR = 2199;

/** The expression in `zone`, or a ScheduleError when it is not one Scheduler accepts. */
export function parseExpression(expression: string, zone: string): SchedulerExpression {
  // AWS refuses surrounding blanks rather than trimming them.
  if (expression !== expression.trim()) throw new ScheduleError(`${expression} has surrounding blanks`);
  const text = expression;
  const at = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):(\d{2})\)$/.exec(text);
  if (at) {
    const seconds = Number(at[2]);
    if (seconds > 59) throw new ScheduleError(`${expression} names no valid time`);
    return { kind: 'at', instant: atInstant(parseAt(`at(${at[1]})`)!, zone) + seconds * 1000 };
  }
  if (text.startsWith('rate(')) {
    const rate = parseRate(text);
    if (!rate) throw new ScheduleError(`${expression} is not a rate`);
    return { kind: 'rate', periodMs: rate.periodMs };
  }
  const cron = /^cron\((.*)\)$/.exec(text);
  if (cron) {
    const fields = cron[1].trim().split(/\s+/);
    if (fields.length !== 6) throw new ScheduleError('cron takes six fields');
    const [dayOfMonth, dayOfWeek] = [fields[2], fields[4]];
    // Exactly one of the day fields is `?`, as AWS requires.
    if ((dayOfMonth === '?') === (dayOfWeek === '?')) throw new ScheduleError('one of day-of-month and day-of-week must be ?');
    return { kind: 'cron', cron: parseCronFields(fields.slice(0, 5).join(' ')), years: yearField(fields[5]), zone };
  }
  throw new ScheduleError(`${expression} is no schedule expression`);
}

/** The Year field: *, years, ranges and steps between 1970 and 2199. */
function yearField(text: string): Set<number> | null {
  if (text === '*') return null;
  const years = new Set<number>();
  for (const item of text.split(',')) {
    const match = /^(\*|\d{4})(?:-(\d{4}))?(?:\/(\d+))?$/.exec(item);
    if (!match) throw new ScheduleError(`${item} is not a year`);
    const from = match[1] === '*' ? FIRST_YEAR : Number(match[1]);
    const to = match[2] !== undefined ? Number(match[2]) : match[1] === '*' || match[3] !== undefined ? LAST_YEAR : from;
    const step = match[3] === undefined ? 1 : Number(match[3]);
    if (from < FIRST_YEAR || to > LAST_YEAR || to < from || step < 1) throw new ScheduleError(`${item} is not a year`);
    for (let year = from; year <= to; year += step) years.add(year);
  }
  return years;
}

/** When a schedule may run: its expression within its start and end dates. */
export interface Occurrences {
  expression: SchedulerExpression;
  /** Epoch ms. */
  startDate?: number;
  endDate?: number;
  /** When the schedule was created or last updated: where a rate without StartDate counts from. */
  origin: number;
}

/** The first occurrence strictly after `after`, or undefined when none is to come. */
export function nextOccurrence(occurrences: Occurrences, after: number): number | undefined {
  const { expression, startDate, endDate, origin } = occurrences;
  let next: number | undefined;
  if (expression.kind === 'at') {
    // A one-time schedule ignores its start and end dates, as AWS documents.
    return expression.instant > after ? expression.instant : undefined;
  }
  if (expression.kind === 'rate') {
    // From StartDate its first run is at StartDate; without one, a period after creation.
    const base = startDate ?? origin;
    const first = startDate !== undefined ? base : base + expression.periodMs;
    next = after < first ? first : first + (Math.floor((after - first) / expression.periodMs) + 1) * expression.periodMs;
  } else {
    next = nextCronInYears(expression, Math.max(after, (startDate ?? 0) - 1));
  }
  if (next !== undefined && endDate !== undefined && next > endDate) return undefined;
  return next;
}

/** The next cron occurrence in one of the Year field's years (jumping to the next such year when need be). */
function nextCronInYears(expression: Extract<SchedulerExpression, { kind: 'cron' }>, after: number): number | undefined {
  const { cron, years, zone } = expression;
  let from = after;
  for (let guard = 0; guard < 300; guard++) {
    const next = nextCronTime(cron, zone, from);
    if (next === undefined) return undefined;
    const year = new Date(next + zoneOffset(zone, next)).getUTCFullYear();
    if (!years || years.has(year)) return next;
    const later = [...years].filter((y) => y > year).sort((a, b) => a - b)[0];
    if (later === undefined) return undefined;
    // To just before local midnight on 1 January of that year.
    const localNewYear = Date.UTC(later, 0, 1);
    from = localNewYear - zoneOffset(zone, localNewYear) - 1;
  }
  return undefined;
}
