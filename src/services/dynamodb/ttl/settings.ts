import type { TtlSetting } from './state.js';

/**
 * How long a TTL change shows ENABLING or DISABLING. AWS documents "up to one hour" for the change to
 * process, but the settled status shows within a couple of seconds; a short transition keeps
 * DescribeTimeToLive honest without making every test wait.
 */
export const TRANSITION_MS = 2_000;

/** AWS refuses a second UpdateTimeToLive on a table within this interval of the last change (documented: one hour). */
export const CHANGE_INTERVAL_MS = 60 * 60_000;

export type TtlStatus = 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED';

/** A setting's status at a clock time: the transition runs from the change, so no timer is needed and a restart keeps it. */
export function statusAt(setting: TtlSetting | undefined, now: number): TtlStatus {
  if (!setting) return 'DISABLED';
  const settled = now >= setting.changedAt + TRANSITION_MS;
  if (setting.enabled) return settled ? 'ENABLED' : 'ENABLING';
  return settled ? 'DISABLED' : 'DISABLING';
}

/** Items whose TTL is more than five years in the past are never deleted, as AWS documents. */
export const MAX_PAST_SECONDS = 5 * 365 * 24 * 60 * 60;

/**
 * Whether a TTL attribute's Number (epoch seconds) has expired at `nowMs` and is still within the
 * five years TTL looks back. A value that is not a finite number never expires.
 */
export function isExpired(value: string | null | undefined, nowMs: number): boolean {
  if (value === null || value === undefined) return false;
  const seconds = Number(value);
  if (!Number.isFinite(seconds)) return false;
  const now = nowMs / 1000;
  return seconds < now && seconds >= now - MAX_PAST_SECONDS;
}
