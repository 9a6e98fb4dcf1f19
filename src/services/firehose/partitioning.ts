/**
 * Dynamic partitioning's MetadataExtractionQuery: the JQ forms AWS's examples use, an object of keys to
 * paths (`{customer_id: .customer_id, device: .device.type}`), each path optionally piped through
 * `tostring`, `ascii_downcase`, `ascii_upcase` or `strftime("%Y")` (of epoch seconds). A record whose
 * key is missing or is not a scalar fails partitioning.
 */
import { invalidArgument } from './errors.js';

type Step = { key: string } | { index: number };
type Filter = { kind: 'tostring' | 'ascii_downcase' | 'ascii_upcase' } | { kind: 'strftime'; format: string };

export interface ExtractionQuery {
  keys: Array<{ name: string; path: Step[]; filters: Filter[] }>;
}

const cache = new Map<string, ExtractionQuery>();

export function parseExtractionQuery(query: string): ExtractionQuery {
  const known = cache.get(query);
  if (known) return known;
  const text = query.trim();
  const bad = (why: string) => invalidArgument(`MetadataExtractionQuery ${query} is not supported: ${why}.`);
  if (!text.startsWith('{') || !text.endsWith('}')) throw bad('it must be an object such as {key: .field}');
  const body = text.slice(1, -1).trim();
  if (!body) throw bad('it names no key');
  const keys: ExtractionQuery['keys'] = [];
  for (const entry of splitTopLevel(body, ',')) {
    const colon = entry.indexOf(':');
    if (colon < 0) throw bad(`"${entry.trim()}" is not key: .path`);
    const name = entry.slice(0, colon).trim().replace(/^"(.*)"$/, '$1');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw bad(`"${name}" is not a key name`);
    const [pathText, ...filterTexts] = splitTopLevel(entry.slice(colon + 1), '|').map((s) => s.trim());
    keys.push({ name, path: parsePath(pathText ?? '', bad), filters: filterTexts.map((f) => parseFilter(f, bad)) });
  }
  if (keys.length > 50) throw bad('it has more than 50 keys');
  const parsed = { keys };
  if (cache.size > 1000) cache.clear();
  cache.set(query, parsed);
  return parsed;
}

function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' && text[i - 1] !== '\\') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function parsePath(text: string, bad: (why: string) => Error): Step[] {
  if (!text.startsWith('.')) throw bad(`"${text}" is not a path such as .field`);
  const steps: Step[] = [];
  const pattern = /\.([A-Za-z_][A-Za-z0-9_]*)|\.?\["((?:[^"\\]|\\.)*)"\]|\.?\[(\d+)\]/y;
  let at = 0;
  if (text === '.') return steps;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) throw bad(`"${text}" is not a path such as .field`);
    if (match[1] !== undefined) steps.push({ key: match[1] });
    else if (match[2] !== undefined) steps.push({ key: JSON.parse(`"${match[2]}"`) as string });
    else steps.push({ index: Number(match[3]) });
    at = pattern.lastIndex;
  }
  return steps;
}

function parseFilter(text: string, bad: (why: string) => Error): Filter {
  if (text === 'tostring' || text === 'ascii_downcase' || text === 'ascii_upcase') return { kind: text };
  const strftime = /^strftime\(\s*"((?:[^"\\]|\\.)*)"\s*\)$/.exec(text);
  if (strftime) return { kind: 'strftime', format: strftime[1]! };
  throw bad(`the filter "${text}" is not one Nimbus evaluates (tostring, ascii_downcase, ascii_upcase, strftime)`);
}

/** The partition keys of one record, or the reason it cannot be partitioned. */
export function extractPartitionKeys(query: ExtractionQuery, data: Buffer): { keys: Record<string, string> } | { error: string } {
  let document: unknown;
  try {
    document = JSON.parse(data.toString('utf8'));
  } catch {
    return { error: 'Non JSON record provided' };
  }
  const keys: Record<string, string> = {};
  for (const key of query.keys) {
    let value: unknown = document;
    for (const step of key.path) {
      if (value === null || typeof value !== 'object') {
        value = undefined;
        break;
      }
      value = 'key' in step ? (value as Record<string, unknown>)[step.key] : (value as unknown[])[step.index];
    }
    for (const filter of key.filters) value = applyFilter(filter, value);
    if (value === undefined || value === null || typeof value === 'object') {
      return { error: `The partition key ${key.name} was not found in the record, or is not a scalar value.` };
    }
    keys[key.name] = String(value);
  }
  return { keys };
}

function applyFilter(filter: Filter, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (filter.kind) {
    case 'tostring':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'ascii_downcase':
      return typeof value === 'string' ? value.replace(/[A-Z]/g, (c) => c.toLowerCase()) : undefined;
    case 'ascii_upcase':
      return typeof value === 'string' ? value.replace(/[a-z]/g, (c) => c.toUpperCase()) : undefined;
    case 'strftime': {
      const seconds = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(seconds)) return undefined;
      return strftime(filter.format, new Date(seconds * 1000));
    }
  }
}

function strftime(format: string, date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return format.replace(/%([YmdHMSjyeZsz%])/g, (_, c: string) => {
    switch (c) {
      case 'Y': return String(date.getUTCFullYear());
      case 'y': return pad(date.getUTCFullYear() % 100);
      case 'm': return pad(date.getUTCMonth() + 1);
      case 'd': return pad(date.getUTCDate());
      case 'e': return String(date.getUTCDate()).padStart(2, ' ');
      case 'H': return pad(date.getUTCHours());
      case 'M': return pad(date.getUTCMinutes());
      case 'S': return pad(date.getUTCSeconds());
      case 'j': return pad(Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1, 3);
      case 's': return String(Math.floor(date.getTime() / 1000));
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      default: return '%';
    }
  });
}
