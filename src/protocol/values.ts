import { AwsError } from '../core/errors.js';
import type { MemberPath } from './member-path.js';
import type { TimestampFormat } from './model.js';

/**
 * The values providers see and return, whatever the wire:
 * string, number, boolean, Date (timestamp), Buffer (blob; a Readable for
 * streaming payloads), arrays, plain objects (structures and maps).
 */

/** Reads a timestamp in any of the forms AWS clients send. */
export function parseTimestamp(value: unknown, format?: TimestampFormat): Date | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value * 1000);
  else if (typeof value === 'string') {
    const trimmed = value.trim();
    if (format === 'unixTimestamp' || /^-?\d+(\.\d+)?$/.test(trimmed)) date = new Date(Number(trimmed) * 1000);
    else date = new Date(trimmed);
  }
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date;
}

/** Accepts what providers hand back: Date, epoch seconds, or an ISO string. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value * 1000);
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${String(value)}`);
  return date;
}

/** ISO 8601 as AWS writes it: milliseconds only when there are some. */
export function iso8601(date: Date): string {
  const text = date.toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

export function formatTimestamp(value: unknown, format: TimestampFormat): string | number {
  const date = toDate(value);
  switch (format) {
    case 'unixTimestamp':
      return date.getTime() / 1000;
    case 'rfc822':
      return date.toUTCString();
    default:
      return iso8601(date);
  }
}

export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return Buffer.from(String(value), 'utf8');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Strict base64, as AWS validates blobs. `where` names the value in the error
 * (a member path is written out only then; an empty one is the payload).
 */
export function decodeBase64(value: string, where: string | MemberPath): Buffer {
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new AwsError('SerializationException', `Base64 encoded value for ${String(where) || 'the payload'} is invalid.`, 400);
  }
  return Buffer.from(compact, 'base64');
}

/** Own-property assignment that is safe for keys such as `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Entries of a map value as services hand it back (plain object or Map). */
export function mapEntries(value: unknown): Array<[string, unknown]> {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v]);
  if (value && typeof value === 'object') return Object.entries(value as Record<string, unknown>);
  return [];
}
