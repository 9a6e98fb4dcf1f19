import { invalidToken } from './errors.js';
import type { StreamRow } from './state.js';

/**
 * Event ids and GetLogEvents tokens: 56 digits, the timestamp (20) then the sequence number (36).
 * A GetLogEvents token is `f/<position>/s` reading forward, `b/<position>/s` backward.
 */
function position(ts: number, seq: number): string {
  return `${String(Math.max(0, ts)).padStart(20, '0')}${String(Math.max(0, seq)).padStart(36, '0')}`;
}

export function eventId(ts: number, seq: number): string {
  return position(ts, seq);
}

export function seqOf(id: string): number {
  return Number(id.slice(20));
}

export function eventToken(direction: 'f' | 'b', ts: number, seq: number): string {
  return `${direction}/${position(ts, seq)}/s`;
}

export function parseEventToken(token: string): { direction: 'f' | 'b'; ts: number; seq: number } {
  const match = /^([fb])\/(\d{56})(\/s)?$/.exec(token);
  if (!match) throw invalidToken();
  return { direction: match[1] as 'f' | 'b', ts: Number(match[2].slice(0, 20)), seq: Number(match[2].slice(20)) };
}

/** The (ignored) sequence token PutLogEvents and DescribeLogStreams still report. */
export function sequenceToken(stream: StreamRow): string {
  return String(49_000_000_000 + stream.id).padStart(20, '0') + String(stream.lastIngestion ?? stream.createdAt).padStart(36, '0');
}
