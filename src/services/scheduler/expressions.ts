import { atInstant, nextAwsCronTime, parseAt, parseAwsCron, parseRate, ScheduleError, type AwsCronSchedule } from '../../core/schedule.js';

/**
 * Scheduler's schedule expressions, read with core/schedule.ts: at(yyyy-mm-ddThh:mm:ss) (seconds on
 * top of core's minutes), rate(value unit), and AWS's six-field cron.
 */
export type SchedulerExpression =
  | { kind: 'at'; instant: number }
  | { kind: 'rate'; periodMs: number }
  | { kind: 'cron'; cron: AwsCronSchedule; zone: string };

/** The expression in `zone`, or a ScheduleError when it is not one Scheduler accepts. */
export function parseExpression(expression: string, zone: string): SchedulerExpression {
  // AWS refuses surrounding blanks rather than trimming them.
  if (expression !== expression.trim()) throw new ScheduleError(`${expression} has surrounding blanks`);
  const at = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):(\d{2})\)$/.exec(expression);
  if (at) {
    const seconds = Number(at[2]);
    if (seconds > 59) throw new ScheduleError(`${expression} names no valid time`);
    return { kind: 'at', instant: atInstant(parseAt(`at(${at[1]})`)!, zone) + seconds * 1000 };
  }
  if (expression.startsWith('rate(')) {
    const rate = parseRate(expression);
    if (!rate) throw new ScheduleError(`${expression} is not a rate`);
    return { kind: 'rate', periodMs: rate.periodMs };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return { kind: 'cron', cron: parseAwsCron(cron[1]), zone };
  throw new ScheduleError(`${expression} is no schedule expression`);
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
    next = nextAwsCronTime(expression.cron, expression.zone, Math.max(after, (startDate ?? 0) - 1));
  }
  if (next !== undefined && endDate !== undefined && next > endDate) return undefined;
  return next;
}
