import { performance } from 'node:perf_hooks';
import { compileSafeRegex, RegexSyntaxError } from '../../core/safe-regex.js';
import { WorkSlices } from '../../core/work-slices.js';
import type * as Logs from '../../generated/logs.js';
import { invalidOperation, invalidParameter } from './errors.js';

/**
 * Log transformers' processors: AWS's rules for a transformer's list (PutTransformer, account
 * TRANSFORMER_POLICY) and the processors Nimbus runs for TestTransformer. Runs: parseJSON,
 * parseKeyValue, csv, addKeys, copyValue, deleteKeys, moveKeys, renameKeys, lowerCaseString,
 * upperCaseString, trimString, splitString, substituteString, typeConverter. Accepted in a
 * transformer but not run: grok, the vended-log parsers, parseToOCSF, dateTimeConverter, listToMap.
 */

const CONFIGURABLE_PARSERS = ['parseJSON', 'parseKeyValue', 'csv', 'grok'];
const VENDED_PARSERS = ['parseCloudfront', 'parseVPC', 'parseRoute53', 'parsePostgres', 'parseWAF', 'parseToOCSF'];
const OTHERS = [
  'addKeys', 'copyValue', 'deleteKeys', 'moveKeys', 'renameKeys', 'listToMap', 'lowerCaseString', 'upperCaseString', 'trimString',
  'splitString', 'substituteString', 'typeConverter', 'dateTimeConverter',
];
const KNOWN = new Set([...CONFIGURABLE_PARSERS, ...VENDED_PARSERS, ...OTHERS]);
const NOT_RUN = new Set(['grok', ...VENDED_PARSERS, 'dateTimeConverter', 'listToMap']);
/** AWS: at most 20 processors, 1 to 5 parsers, one each of grok, addKeys and copyValue, a vended parser only first. */
const MAX_PROCESSORS = 20;
const MAX_PARSERS = 5;
const ONE_ONLY = ['grok', 'addKeys', 'copyValue'];

const processorName = (processor: Record<string, unknown>): string => Object.keys(processor).find((key) => processor[key] !== undefined && processor[key] !== null) ?? '';

/** AWS's rules for a transformer's processors; throws InvalidParameterException naming the first broken one. */
export function checkTransformerConfig(config: unknown): asserts config is Logs.Processor[] {
  if (!Array.isArray(config) || !config.length) throw invalidParameter('A transformer must have at least one processor.');
  if (config.length > MAX_PROCESSORS) throw invalidParameter(`A transformer can have at most ${MAX_PROCESSORS} processors.`);
  const names = config.map((processor, index) => {
    if (!processor || typeof processor !== 'object' || Array.isArray(processor)) throw invalidParameter(`Processor ${index + 1} is not an object.`);
    const keys = Object.keys(processor as object).filter((key) => (processor as Record<string, unknown>)[key] !== undefined && (processor as Record<string, unknown>)[key] !== null);
    if (keys.length !== 1) throw invalidParameter(`Processor ${index + 1} must configure exactly one processor.`);
    if (!KNOWN.has(keys[0])) throw invalidParameter(`Unknown processor: ${keys[0]}`);
    return keys[0];
  });
  const isParser = (name: string) => CONFIGURABLE_PARSERS.includes(name) || VENDED_PARSERS.includes(name);
  if (!isParser(names[0])) throw invalidParameter('The first processor in a transformer must be a parser.');
  const parsers = names.filter(isParser).length;
  if (parsers > MAX_PARSERS) throw invalidParameter(`A transformer can have at most ${MAX_PARSERS} parser processors.`);
  const vended = names.filter((name) => VENDED_PARSERS.includes(name));
  if (vended.length > 1 || (vended.length === 1 && !VENDED_PARSERS.includes(names[0]))) {
    throw invalidParameter('A parser for AWS vended logs must be the first processor, and a transformer can include only one.');
  }
  for (const name of ONE_ONLY) {
    if (names.filter((n) => n === name).length > 1) throw invalidParameter(`A transformer can include only one ${name} processor.`);
  }
  config.forEach((processor, index) => checkSettings(names[index], (processor as Record<string, unknown>)[names[index]], index + 1));
}

/** The settings a processor needs (the model checks members' shapes on the wire; documents do not pass through it). */
function checkSettings(name: string, settings: unknown, position: number): void {
  if (!settings || typeof settings !== 'object') throw invalidParameter(`Processor ${position} (${name}) has no settings.`);
  const s = settings as Record<string, unknown>;
  const needsList = (key: string) => {
    if (!Array.isArray(s[key]) || !(s[key] as unknown[]).length) throw invalidParameter(`Processor ${position} (${name}) needs a non-empty ${key} list.`);
  };
  if (['addKeys', 'copyValue', 'moveKeys', 'renameKeys', 'splitString', 'substituteString', 'typeConverter'].includes(name)) needsList('entries');
  if (['deleteKeys', 'lowerCaseString', 'upperCaseString', 'trimString'].includes(name)) needsList('withKeys');
  if (name === 'substituteString') {
    for (const entry of s.entries as Array<{ from?: unknown }>) {
      try {
        compileSafeRegex(String(entry.from));
      } catch (error) {
        if (error instanceof RegexSyntaxError) throw invalidParameter(`Processor ${position} (substituteString): invalid regular expression ${String(entry.from)}`);
        throw error;
      }
    }
  }
}

// ---------------------------------------------------------------- running

type Doc = Record<string, unknown>;

function getPath(doc: Doc, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Doc)[part];
  }
  return node;
}

function setPath(doc: Doc, path: string, value: unknown, overwrite = true): void {
  const parts = path.split('.');
  let node = doc;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== 'object') node[part] = {};
    node = node[part] as Doc;
  }
  const last = parts[parts.length - 1];
  if (!overwrite && last in node) return;
  node[last] = value;
}

function deletePath(doc: Doc, path: string): unknown {
  const parts = path.split('.');
  const parent = parts.length > 1 ? getPath(doc, parts.slice(0, -1).join('.')) : doc;
  if (!parent || typeof parent !== 'object') return undefined;
  const value = (parent as Doc)[parts[parts.length - 1]];
  delete (parent as Doc)[parts[parts.length - 1]];
  return value;
}

/** The text a parser reads: the raw message for @message (or no source), else a field's value. */
const sourceText = (doc: Doc, message: string, source?: string) => (!source || source === '@message' ? message : getPath(doc, source));

function place(doc: Doc, destination: string | undefined, values: Doc, overwrite = true): void {
  if (destination) setPath(doc, destination, values, overwrite);
  else for (const [key, value] of Object.entries(values)) if (overwrite || !(key in doc)) doc[key] = value;
}

function splitCsv(line: string, delimiter: string, quote: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (quoted) {
      if (line[i] === quote && line[i + 1] === quote) (cell += quote), i++;
      else if (line[i] === quote) quoted = false;
      else cell += line[i];
    } else if (line[i] === quote && cell === '') quoted = true;
    else if (line.startsWith(delimiter, i)) (cells.push(cell), (cell = ''), (i += delimiter.length - 1));
    else cell += line[i];
  }
  cells.push(cell);
  return cells;
}

function convert(value: unknown, type: string): unknown {
  const text = String(value);
  switch (type) {
    case 'integer': {
      const n = Number.parseInt(text, 10);
      if (Number.isNaN(n)) throw new Error(`cannot convert ${text} to integer`);
      return n;
    }
    case 'double': {
      const n = Number(text);
      if (Number.isNaN(n)) throw new Error(`cannot convert ${text} to double`);
      return n;
    }
    case 'boolean':
      if (/^true$/i.test(text)) return true;
      if (/^false$/i.test(text)) return false;
      throw new Error(`cannot convert ${text} to boolean`);
    default:
      return text;
  }
}

/**
 * substituteString's bounds. Each regex search is linear, but one whose leftmost match needs a scan
 * to the end (`a[^z]*z|a` over "aaa…") costs that scan for every match, and a capturing search runs
 * at ~1.5 µs a character: a value longer than MAX_SUBSTITUTE_CHARS is left as it is (one search
 * stays well under the event loop's budget), searches yield between slices, and a request's
 * searching stops after SUBSTITUTE_WALL_MS of wall time; either way the event comes out unchanged.
 */
const MAX_SUBSTITUTE_CHARS = 64 * 1024;
const SUBSTITUTE_WALL_MS = 2000;

interface ScanBudget {
  deadline: number;
  slices: WorkSlices;
}

async function replaceAllMatches(text: string, pattern: string, replacement: string, budget: ScanBudget): Promise<string> {
  if (text.length > MAX_SUBSTITUTE_CHARS) throw new Error('value too long for substituteString');
  const regex = compileSafeRegex(pattern);
  let out = '';
  let rest = text;
  for (let guard = 0; guard <= text.length; guard++) {
    if (budget.slices.due()) await budget.slices.pause();
    if (performance.now() > budget.deadline) throw new Error('substituteString ran past its time');
    const match = regex.exec(rest);
    if (!match || match[0] === undefined) break;
    out += rest.slice(0, match.index) + replacement;
    const advance = match.index + Math.max(match[0].length, 1);
    if (match[0].length === 0) out += rest.slice(match.index, advance);
    rest = rest.slice(advance);
    if (!rest.length) break;
  }
  return out + rest;
}

/** One processor over the event; throws when the event does not fit it (the event then stays as it was). */
async function runProcessor(name: string, s: Record<string, any>, doc: Doc, message: string, budget: ScanBudget): Promise<void> {
  const strings = (keys: string[], change: (text: string) => string) => {
    for (const key of keys) {
      const value = getPath(doc, key);
      if (typeof value === 'string') setPath(doc, key, change(value));
    }
  };
  switch (name) {
    case 'parseJSON': {
      const parsed = JSON.parse(String(sourceText(doc, message, s.source))) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      place(doc, s.destination, parsed as Doc);
      return;
    }
    case 'parseKeyValue': {
      const values: Doc = {};
      for (const pair of String(sourceText(doc, message, s.source) ?? '').split(s.fieldDelimiter ?? '&')) {
        if (!pair) continue;
        const at = pair.indexOf(s.keyValueDelimiter ?? '=');
        const key = at < 0 ? pair : pair.slice(0, at);
        const value = at < 0 ? s.nonMatchValue : pair.slice(at + (s.keyValueDelimiter ?? '=').length);
        if (value === undefined) continue;
        values[`${s.keyPrefix ?? ''}${key}`] = value;
      }
      place(doc, s.destination, values, s.overwriteIfExists ?? false);
      return;
    }
    case 'csv': {
      const cells = splitCsv(String(sourceText(doc, message, s.source) ?? ''), s.delimiter ?? ',', s.quoteCharacter ?? '"');
      const values: Doc = {};
      cells.forEach((cell, i) => (values[(s.columns as string[] | undefined)?.[i] ?? `column_${i + 1}`] = cell));
      place(doc, s.destination, values);
      return;
    }
    case 'addKeys':
      for (const entry of s.entries) setPath(doc, entry.key, entry.value, entry.overwriteIfExists ?? false);
      return;
    case 'copyValue':
      for (const entry of s.entries) {
        const value = getPath(doc, entry.source);
        if (value !== undefined) setPath(doc, entry.target, structuredClone(value), entry.overwriteIfExists ?? false);
      }
      return;
    case 'deleteKeys':
      for (const key of s.withKeys) deletePath(doc, key);
      return;
    case 'moveKeys':
      for (const entry of s.entries) {
        if (getPath(doc, entry.source) === undefined) continue;
        if (!(entry.overwriteIfExists ?? false) && getPath(doc, entry.target) !== undefined) continue;
        setPath(doc, entry.target, deletePath(doc, entry.source));
      }
      return;
    case 'renameKeys':
      for (const entry of s.entries) {
        if (getPath(doc, entry.key) === undefined) continue;
        const parent = entry.key.includes('.') ? `${entry.key.slice(0, entry.key.lastIndexOf('.'))}.` : '';
        const target = `${parent}${entry.renameTo}`;
        if (!(entry.overwriteIfExists ?? false) && getPath(doc, target) !== undefined) continue;
        setPath(doc, target, deletePath(doc, entry.key));
      }
      return;
    case 'lowerCaseString':
      return strings(s.withKeys, (text) => text.toLowerCase());
    case 'upperCaseString':
      return strings(s.withKeys, (text) => text.toUpperCase());
    case 'trimString':
      return strings(s.withKeys, (text) => text.trim());
    case 'splitString':
      for (const entry of s.entries) {
        const value = getPath(doc, entry.source);
        if (typeof value === 'string') setPath(doc, entry.source, value.split(entry.delimiter));
      }
      return;
    case 'substituteString':
      for (const entry of s.entries) {
        const value = getPath(doc, entry.source);
        if (typeof value === 'string') setPath(doc, entry.source, await replaceAllMatches(value, entry.from, entry.to, budget));
      }
      return;
    case 'typeConverter':
      for (const entry of s.entries) {
        const value = getPath(doc, entry.key);
        if (value !== undefined) setPath(doc, entry.key, convert(value, entry.type));
      }
      return;
    default:
      throw invalidOperation(`Nimbus does not run the ${name} processor in TestTransformer; it runs ${[...KNOWN].filter((n) => !NOT_RUN.has(n)).join(', ')}.`);
  }
}

/** TestTransformer: each message through the processors; an event a processor cannot take comes out unchanged. */
export async function runTransformer(config: Logs.Processor[], messages: string[]): Promise<Logs.TransformedLogRecord[]> {
  const budget: ScanBudget = { deadline: performance.now() + SUBSTITUTE_WALL_MS, slices: new WorkSlices() };
  for (const processor of config) {
    const name = processorName(processor as Record<string, unknown>);
    if (NOT_RUN.has(name)) await runProcessor(name, {}, {}, '', budget);
  }
  const records: Logs.TransformedLogRecord[] = [];
  for (const [index, message] of messages.entries()) {
    const doc: Doc = {};
    try {
      for (const processor of config) {
        const name = processorName(processor as Record<string, unknown>);
        await runProcessor(name, (processor as Record<string, any>)[name], doc, message, budget);
      }
      records.push({ eventNumber: index + 1, eventMessage: message, transformedEventMessage: JSON.stringify(doc) });
    } catch {
      records.push({ eventNumber: index + 1, eventMessage: message, transformedEventMessage: message });
    }
  }
  return records;
}
