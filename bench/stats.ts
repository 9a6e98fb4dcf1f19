// Small statistics and reporting helpers shared by the scenarios and bench/run.ts.

/**
 * The q-th quantile (0..1) by linear interpolation between closest ranks
 * (numpy's default), so the median of an even count is the mean of the middle two.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Rounds to `digits` decimals (for JSON output and the table). */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** One line of the printed table (and of `rows` in the JSON). */
export interface Row {
  scenario: string;
  subject: string;
  metric: string;
  value: number;
  unit: string;
  /** e.g. "≤ 300 ms"; absent when the number is for information only. */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  met?: boolean;
}

/** What each scenario module's `run` returns: table rows plus every raw number it took. */
export interface ScenarioResult {
  rows: Row[];
  data: Record<string, unknown>;
}

export interface ScenarioOptions {
  quick: boolean;
  /** Progress notes (to stderr, so stdout stays the table). */
  log: (line: string) => void;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
