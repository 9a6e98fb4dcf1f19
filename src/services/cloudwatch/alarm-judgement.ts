import { createHash } from 'node:crypto';
import type { EvaluatedPoint } from './alarm-reasons.js';
import type { AlarmState } from './alarm-rule.js';

/**
 * How one series of datapoints decides an alarm's state, as AWS documents it
 * ("How alarm state is evaluated when data is missing"): the datapoints of an
 * evaluation range wider than EvaluationPeriods are read; with at least N real
 * datapoints the newest N decide; with fewer, every real one counts and missing
 * ones are filled in, as few as possible, as TreatMissingData says. Alarms on
 * multiple time series (Metrics Insights with GROUP BY) judge each series, a
 * contributor, the same way.
 */

export interface WindowValue {
  value?: number;
  sampleCount?: number;
  lower?: number;
  upper?: number;
}

export interface Judgement {
  /** The state the datapoints call for; undefined when the alarm keeps the state it has. */
  next: AlarmState | undefined;
  /** The N datapoints evaluated, oldest first (filled-in ones have no value). */
  points: EvaluatedPoint[];
}

export interface JudgementRules {
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: string;
  comparisonOperator: string;
  threshold?: number;
}

/** Contributors in ALARM an alarm keeps and reports: AWS's limit. */
export const MAX_ALARM_CONTRIBUTORS = 100;

export function judge(windows: number[], values: WindowValue[], rules: JudgementRules): Judgement {
  const { evaluationPeriods: n, datapointsToAlarm: m, treatMissingData: treat, comparisonOperator: operator, threshold } = rules;
  const real: EvaluatedPoint[] = [];
  const missing: number[] = [];
  windows.forEach((timestamp, i) => {
    const { value, sampleCount, lower, upper } = values[i] ?? {};
    if (value === undefined) missing.push(timestamp);
    else real.push({ timestamp, value, sampleCount, breaching: breaches(operator, value, threshold, lower, upper) });
  });
  const points: EvaluatedPoint[] =
    real.length >= n
      ? real.slice(-n)
      : [...real, ...missing.slice(real.length - n).map((timestamp) => ({ timestamp, breaching: treat === 'breaching' }))].sort((a, b) => a.timestamp - b.timestamp);
  const breachingCount = points.filter((p) => p.breaching).length;

  if (real.length === 0 && treat === 'missing') return { next: 'INSUFFICIENT_DATA', points };
  if (real.length === 0 && treat === 'ignore') return { next: undefined, points };
  if (breachingCount >= m) return { next: 'ALARM', points };
  if (real.length < n && (treat === 'missing' || treat === 'ignore') && real.every((p) => p.breaching)) {
    // Only breaching datapoints, too few to alarm: ignore keeps the state; missing waits while the
    // newest period has data (no early ALARM), and alarms once data stopped after breaching.
    if (treat === 'ignore') return { next: undefined, points };
    return { next: real[real.length - 1].timestamp === windows[windows.length - 1] ? 'INSUFFICIENT_DATA' : 'ALARM', points };
  }
  return { next: 'OK', points };
}

export function breaches(operator: string, value: number, threshold: number | undefined, lower?: number, upper?: number): boolean {
  switch (operator) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold!;
    case 'GreaterThanThreshold':
      return value > threshold!;
    case 'LessThanThreshold':
      return value < threshold!;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold!;
    case 'LessThanLowerOrGreaterThanUpperThreshold':
      return (lower !== undefined && value < lower) || (upper !== undefined && value > upper);
    case 'LessThanLowerThreshold':
      return lower !== undefined && value < lower;
    case 'GreaterThanUpperThreshold':
      return upper !== undefined && value > upper;
    default:
      return false;
  }
}

/** A contributor in ALARM, as DescribeAlarmContributors reports it (the timestamp as epoch ms). */
export interface StoredContributor {
  ContributorId: string;
  ContributorAttributes: Record<string, string>;
  StateReason: string;
  StateTransitionedTimestamp: number;
}

/** A contributor's id: 16 hex characters derived from its attributes, the same at every evaluation. */
export function contributorId(attributes: Record<string, string>): string {
  const canonical = JSON.stringify(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The alarm's reason when it evaluates several time series: how many are in ALARM, "100+" past AWS's limit. */
export function contributorsReason(inAlarm: number, total: number): string {
  return inAlarm > MAX_ALARM_CONTRIBUTORS ? `${MAX_ALARM_CONTRIBUTORS}+ time series evaluated to ALARM` : `${inAlarm} out of ${total} time series evaluated to ALARM`;
}
