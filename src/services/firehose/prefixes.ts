/**
 * S3 object keys as Firehose makes them: `<evaluated prefix><stream>-<version>-<yyyy-MM-dd-HH-mm-ss>-<uuid><ext>`,
 * where a prefix may hold `!{timestamp:<Java DateTimeFormatter pattern>}`, `!{firehose:random-string}`,
 * `!{firehose:error-output-type}`, `!{partitionKeyFromQuery:<key>}` and `!{partitionKeyFromLambda:<key>}`.
 * A prefix with no expression gets the default `yyyy/MM/dd/HH/` time folders after it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { invalidArgument } from './errors.js';

type Part = { literal: string } | { namespace: string; value: string; source: string };

export interface ParsedPrefix {
  parts: Part[];
  hasExpressions: boolean;
}

const NAMESPACES = new Set(['timestamp', 'firehose', 'partitionKeyFromQuery', 'partitionKeyFromLambda']);
const FIREHOSE_VALUES = new Set(['error-output-type', 'random-string']);
/** The pattern letters Nimbus formats (the date and time fields prefixes use). */
const PATTERN_LETTERS = new Set(['y', 'u', 'M', 'L', 'd', 'D', 'H', 'h', 'k', 'K', 'm', 's', 'S', 'a', 'E', 'w']);

export function parsePrefix(prefix: string | undefined, member: 'Prefix' | 'ErrorOutputPrefix'): ParsedPrefix {
  const parts: Part[] = [];
  let hasExpressions = false;
  const text = prefix ?? '';
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('!{', at);
    if (start < 0) {
      parts.push({ literal: text.slice(at) });
      break;
    }
    if (start > at) parts.push({ literal: text.slice(at, start) });
    const end = text.indexOf('}', start);
    const source = end < 0 ? text.slice(start) : text.slice(start, end + 1);
    if (end < 0 || text.slice(start + 2, end).includes('!{')) throw invalidArgument(`${member} contains an invalid expression: ${source}`);
    const body = text.slice(start + 2, end);
    const colon = body.indexOf(':');
    const namespace = colon < 0 ? body : body.slice(0, colon);
    const value = colon < 0 ? '' : body.slice(colon + 1);
    if (!NAMESPACES.has(namespace)) throw invalidArgument(`The expression ${source} in ${member} is not supported: the namespace must be one of timestamp, firehose, partitionKeyFromQuery, partitionKeyFromLambda.`);
    if (!value) throw invalidArgument(`The expression ${source} in ${member} has no value.`);
    if (namespace === 'firehose' && !FIREHOSE_VALUES.has(value)) throw invalidArgument(`The expression ${source} in ${member} is not supported: firehose expressions are !{firehose:error-output-type} and !{firehose:random-string}.`);
    if (namespace === 'timestamp') checkTimestampPattern(value, source, member);
    parts.push({ namespace, value, source });
    hasExpressions = true;
    at = end + 1;
  }
  return { parts, hasExpressions };
}

/** AWS's rules for a destination's two prefixes, checked when it is created or updated. */
export function checkPrefixes(prefix: string | undefined, errorOutputPrefix: string | undefined, dynamicPartitioning: boolean): void {
  const main = parsePrefix(prefix, 'Prefix');
  const error = parsePrefix(errorOutputPrefix, 'ErrorOutputPrefix');
  const expressions = (parsed: ParsedPrefix) => parsed.parts.filter((p): p is Extract<Part, { namespace: string }> => 'namespace' in p);
  if (expressions(main).some((e) => e.namespace === 'firehose' && e.value === 'error-output-type')) {
    throw invalidArgument('The expression !{firehose:error-output-type} is only allowed in ErrorOutputPrefix.');
  }
  if (expressions(error).some((e) => e.namespace.startsWith('partitionKeyFrom'))) {
    throw invalidArgument('partitionKeyFromQuery and partitionKeyFromLambda expressions are not allowed in ErrorOutputPrefix.');
  }
  const partitionExpressions = expressions(main).filter((e) => e.namespace.startsWith('partitionKeyFrom'));
  if (!dynamicPartitioning && partitionExpressions.length > 0) {
    throw invalidArgument('Dynamic Partitioning Namespaces can only be part of a prefix expression when Dynamic Partitioning is enabled.');
  }
  if (dynamicPartitioning && partitionExpressions.length === 0) {
    throw invalidArgument('S3 Prefix should contain Dynamic Partitioning namespaces when Dynamic Partitioning is enabled');
  }
  if ((main.hasExpressions || dynamicPartitioning) && !errorOutputPrefix) {
    throw invalidArgument('ErrorOutputPrefix cannot be null or empty when Prefix contains expressions.');
  }
  if (error.hasExpressions && !expressions(error).some((e) => e.namespace === 'firehose' && e.value === 'error-output-type')) {
    throw invalidArgument('ErrorOutputPrefix must contain !{firehose:error-output-type} when it contains expressions.');
  }
}

function checkTimestampPattern(pattern: string, source: string, member: string): void {
  let quoted = false;
  for (const ch of pattern) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && /[A-Za-z]/.test(ch) && !PATTERN_LETTERS.has(ch)) {
      throw invalidArgument(`The expression ${source} in ${member} has an invalid timestamp pattern: unknown pattern letter '${ch}'.`);
    }
  }
  if (quoted) throw invalidArgument(`The expression ${source} in ${member} has an invalid timestamp pattern: unclosed quote.`);
}

/** What an instant reads as in a time zone (UTC unless the destination names one). */
interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  dayOfYear: number;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

export function zonedFields(epochMs: number, timeZone = 'UTC'): ZonedFields {
  let utc = new Date(epochMs);
  if (timeZone && timeZone !== 'UTC') {
    let format = zoneFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      zoneFormats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(utc).map((p) => [p.type, p.value]));
    utc = new Date(Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!, epochMs % 1000));
  }
  const startOfYear = Date.UTC(utc.getUTCFullYear(), 0, 1);
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
    millisecond: utc.getUTCMilliseconds(),
    weekday: utc.getUTCDay(),
    dayOfYear: Math.floor((utc.getTime() - startOfYear) / 86_400_000) + 1,
  };
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A Java DateTimeFormatter pattern's common letters, applied to zoned fields. */
export function formatTimestamp(pattern: string, fields: ZonedFields): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, close < 0 ? pattern.length : close);
      out += literal === '' ? "'" : literal;
      i = close < 0 ? pattern.length : close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === ch) count++;
    i += count;
    out += field(ch, count, fields);
  }
  return out;
}

function field(letter: string, count: number, f: ZonedFields): string {
  const pad = (n: number, width = count) => String(n).padStart(width, '0');
  switch (letter) {
    case 'y':
    case 'u':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year);
    case 'M':
    case 'L':
      return count >= 4 ? MONTH_NAMES[f.month - 1]! : count === 3 ? MONTH_NAMES[f.month - 1]!.slice(0, 3) : pad(f.month);
    case 'd':
      return pad(f.day);
    case 'D':
      return pad(f.dayOfYear);
    case 'H':
      return pad(f.hour);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12);
    case 'K':
      return pad(f.hour % 12);
    case 'm':
      return pad(f.minute);
    case 's':
      return pad(f.second);
    case 'S':
      return pad(f.millisecond, 3).slice(0, count).padEnd(count, '0');
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'E':
      return count >= 4 ? DAY_NAMES[f.weekday]! : DAY_NAMES[f.weekday]!.slice(0, 3);
    case 'w':
      return pad(Math.ceil(f.dayOfYear / 7));
    default:
      return '';
  }
}

const RANDOM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomString(length = 11): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += RANDOM_ALPHABET[byte % RANDOM_ALPHABET.length];
  return out;
}

export interface PrefixValues {
  /** The approximate arrival time of the oldest record in the object. */
  timestamp: number;
  timeZone?: string;
  errorOutputType?: string;
  partitionKeys?: Record<string, string>;
}

/** The prefix an object is written under, expressions evaluated (a prefix without any gets the time folders). */
export function evaluatePrefix(parsed: ParsedPrefix, values: PrefixValues): string {
  const fields = zonedFields(values.timestamp, values.timeZone);
  let out = '';
  for (const part of parsed.parts) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    switch (part.namespace) {
      case 'timestamp':
        out += formatTimestamp(part.value, fields);
        break;
      case 'firehose':
        out += part.value === 'random-string' ? randomString() : (values.errorOutputType ?? '');
        break;
      default:
        out += values.partitionKeys?.[part.value] ?? '';
    }
  }
  if (!parsed.hasExpressions) out += formatTimestamp("yyyy/MM/dd/HH/", fields);
  return out;
}

/** The error prefix: a static one (or none) is followed by the error type, then the time folders. */
export function evaluateErrorPrefix(parsed: ParsedPrefix, values: PrefixValues & { errorOutputType: string }): string {
  if (parsed.hasExpressions) return evaluatePrefix(parsed, values);
  const literal = parsed.parts.map((p) => ('literal' in p ? p.literal : '')).join('');
  return `${literal}${values.errorOutputType}/${formatTimestamp('yyyy/MM/dd/HH/', zonedFields(values.timestamp, values.timeZone))}`;
}

/** The part of the key Firehose always adds: `<stream>-<version>-<yyyy-MM-dd-HH-mm-ss>-<uuid><ext>`. */
export function objectSuffix(streamName: string, versionId: number, timestamp: number, timeZone: string | undefined, extension: string): string {
  const time = formatTimestamp('yyyy-MM-dd-HH-mm-ss', zonedFields(timestamp, timeZone));
  return `${streamName}-${versionId}-${time}-${randomUUID()}${extension}`;
}
