/**
 * CloudWatch Logs filter patterns (FilterLogEvents, metric and subscription
 * filters, Live Tail), parsed by hand into one of three forms:
 *
 *   terms:           ERROR "exact phrase" ?WARN ?FAIL -DEBUG %regex%
 *                    (all plain terms must appear; any ?term must; no -term may)
 *   JSON:            { $.level = "ERROR" && ($.latency > 100 || $.user = "ad*") }
 *                    with = != < <= > >=, IS NULL, NOT EXISTS, IS TRUE/FALSE,
 *                    wildcards and %regex% values, $.a.b[0] selectors
 *   space-delimited: [ip, user, ..., status = 4* || status = 5*, bytes > 1000]
 *
 * A compiled pattern matches a message and reports the fields it extracted
 * (space-delimited: $name → value), which metric filters use for values and
 * dimensions.
 */

import {
  compareValue,
  compileRegex,
  findClosingQuote,
  FilterPatternError,
  readComparison,
  readLiteral,
  RegexCounter,
  tokenize,
  TokenStream,
  unescapeQuoted,
  type Comparison,
  type Literal,
} from './filter-syntax.js';
import { invalidParameter } from './errors.js';

export { FilterPatternError } from './filter-syntax.js';

/** Steps a space-delimited pattern may take to place one message's fields before the message counts as not matching. */
const MAX_DELIMITED_STEPS = 200_000;

export interface MatchResult {
  matched: boolean;
  /** Space-delimited fields by `$name`, JSON values by `$.path`. */
  fields: Record<string, string>;
  /** The parsed JSON document when the pattern is a JSON pattern. */
  json?: unknown;
}

export interface FilterPattern {
  kind: 'all' | 'terms' | 'json' | 'delimited';
  test(message: string): MatchResult;
  /**
   * Text every matching message contains, for a store to skip events before
   * `test` sees them. When `unlessBackslash`, the hint holds only for messages
   * without a backslash (JSON escapes could hide the text).
   */
  required: { texts: string[]; unlessBackslash: boolean };
  /** How many %regex% terms the pattern holds (AWS limits them per pattern and per log group). */
  regexCount: number;
}

// ---------------------------------------------------------------- terms

type TermMatcher = (message: string) => boolean;

interface TermSet {
  /** Text every match contains: each plain and quoted required term, and the literals of required regexes. */
  requiredTexts: string[];
  required: TermMatcher[];
  optional: TermMatcher[];
  excluded: TermMatcher[];
}

function compileTerms(source: string): FilterPattern {
  const regexes = new RegexCounter();
  const set: TermSet = { requiredTexts: [], required: [], optional: [], excluded: [] };
  let i = 0;
  while (i < source.length) {
    while (i < source.length && /\s/.test(source[i])) i++;
    if (i >= source.length) break;
    let prefix: '' | '?' | '-' = '';
    if (source[i] === '?' || source[i] === '-') {
      prefix = source[i] as '?' | '-';
      i++;
    }
    let matcher: TermMatcher;
    if (source[i] === '"') {
      const end = findClosingQuote(source, i);
      const phrase = unescapeQuoted(source.slice(i + 1, end));
      i = end + 1;
      matcher = (message) => message.includes(phrase);
      if (prefix === '') set.requiredTexts.push(phrase);
    } else if (source[i] === '%') {
      const end = source.indexOf('%', i + 1);
      if (end < 0) throw new FilterPatternError('Invalid regular expression: the closing % is missing.');
      regexes.add();
      const regex = compileRegex(source.slice(i + 1, end));
      i = end + 1;
      matcher = (message) => regex.test(message);
      if (prefix === '') set.requiredTexts.push(...regex.literals);
    } else {
      let j = i;
      while (j < source.length && !/\s/.test(source[j])) j++;
      const word = source.slice(i, j);
      i = j;
      if (!word) throw new FilterPatternError('Invalid character(s) in term');
      matcher = (message) => message.includes(word);
      if (prefix === '') set.requiredTexts.push(word);
    }
    if (prefix === '?') set.optional.push(matcher);
    else if (prefix === '-') set.excluded.push(matcher);
    else set.required.push(matcher);
  }
  return {
    kind: 'terms',
    regexCount: regexes.count,
    required: { texts: set.requiredTexts, unlessBackslash: false },
    test(message) {
      const matched =
        set.required.every((m) => m(message)) &&
        (set.optional.length === 0 || set.optional.some((m) => m(message))) &&
        !set.excluded.some((m) => m(message));
      return { matched, fields: {} };
    },
  };
}


// ---------------------------------------------------------------- JSON patterns

type JsonNode =
  | { type: 'compare'; selector: string; op: Comparison; literal: Literal }
  | { type: 'exists'; selector: string; negate: boolean }
  | { type: 'null'; selector: string; negate: boolean }
  | { type: 'bool'; selector: string; value: boolean }
  | { type: 'and' | 'or'; left: JsonNode; right: JsonNode }
  | { type: 'not'; operand: JsonNode };

function parseJsonPattern(source: string): { tree: JsonNode; regexCount: number } {
  const stream = new TokenStream(tokenize(source));
  stream.expectOp('{');
  const tree = jsonOr(stream);
  stream.expectOp('}');
  if (stream.peek().kind !== 'end') throw new FilterPatternError(`Unexpected '${stream.peek().text}' after the end of the JSON filter pattern`);
  return { tree, regexCount: stream.regexes.count };
}

function jsonOr(stream: TokenStream): JsonNode {
  let left = jsonAnd(stream);
  while (stream.isOp('||')) {
    stream.next();
    left = { type: 'or', left, right: jsonAnd(stream) };
  }
  return left;
}

function jsonAnd(stream: TokenStream): JsonNode {
  let left = jsonUnary(stream);
  while (stream.isOp('&&')) {
    stream.next();
    left = { type: 'and', left, right: jsonUnary(stream) };
  }
  return left;
}

function jsonUnary(stream: TokenStream): JsonNode {
  if (stream.isOp('!')) {
    stream.next();
    return { type: 'not', operand: stream.nested(() => jsonUnary(stream)) };
  }
  if (stream.isOp('(')) {
    stream.next();
    const inner = stream.nested(() => jsonOr(stream));
    stream.expectOp(')');
    return inner;
  }
  const token = stream.next();
  if (token.kind !== 'selector') throw new FilterPatternError(`Expected a $. selector at position ${token.position + 1} of the filter pattern`);
  const selector = token.text;
  if (stream.isWord('IS')) {
    stream.next();
    const negate = stream.isWord('NOT');
    if (negate) stream.next();
    const what = stream.next();
    const word = what.text.toUpperCase();
    if (word === 'NULL') return { type: 'null', selector, negate };
    if (word === 'TRUE' || word === 'FALSE') {
      const node: JsonNode = { type: 'bool', selector, value: word === 'TRUE' };
      return negate ? { type: 'not', operand: node } : node;
    }
    throw new FilterPatternError(`Expected NULL, TRUE or FALSE after IS at position ${what.position + 1}`);
  }
  if (stream.isWord('NOT')) {
    stream.next();
    const what = stream.next();
    if (what.text.toUpperCase() !== 'EXISTS') throw new FilterPatternError(`Expected EXISTS after NOT at position ${what.position + 1}`);
    return { type: 'exists', selector, negate: true };
  }
  if (stream.isWord('EXISTS')) {
    stream.next();
    return { type: 'exists', selector, negate: false };
  }
  const op = readComparison(stream);
  return { type: 'compare', selector, op, literal: readLiteral(stream) };
}

/** $.a.b[0].c → the value inside a parsed JSON document (undefined when absent). */
export function selectJson(document: unknown, selector: string): unknown {
  const path = selector.replace(/^\$\.?/, '');
  if (!path) return document;
  const parts: Array<string | number> = [];
  for (const segment of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return undefined;
    if (match[1]) parts.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  let current: unknown = document;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/**
 * Text every matching message must contain, as JSON writes it: the literal
 * of an equality with a plain string (no wildcard), through ANDs. Messages
 * with escapes are exempt (an escaped character would hide the literal).
 */
function requiredText(node: JsonNode): string[] {
  switch (node.type) {
    case 'and':
      return [...requiredText(node.left), ...requiredText(node.right)];
    case 'compare':
      if (node.op === '=' && node.literal.kind === 'string' && !node.literal.value.includes('*')) return [JSON.stringify(node.literal.value).slice(1, -1)];
      return [];
    default:
      return [];
  }
}

function evaluateJson(node: JsonNode, document: unknown): boolean {
  switch (node.type) {
    case 'and':
      return evaluateJson(node.left, document) && evaluateJson(node.right, document);
    case 'or':
      return evaluateJson(node.left, document) || evaluateJson(node.right, document);
    case 'not':
      return !evaluateJson(node.operand, document);
    case 'exists': {
      const present = selectJson(document, node.selector) !== undefined;
      return node.negate ? !present : present;
    }
    case 'null': {
      const value = selectJson(document, node.selector);
      const isNull = value === null;
      return node.negate ? value !== undefined && !isNull : isNull;
    }
    case 'bool':
      return selectJson(document, node.selector) === node.value;
    case 'compare': {
      const value = selectJson(document, node.selector);
      if (value === undefined) return false;
      if (Array.isArray(value)) return value.some((item) => compareValue(item, node.op, node.literal));
      if (typeof value === 'object' && value !== null) return false;
      return compareValue(value, node.op, node.literal);
    }
  }
}

// ---------------------------------------------------------------- space-delimited patterns

interface DelimitedField {
  name?: string;
  ellipsis: boolean;
  condition?: DelimitedCondition;
}

type DelimitedCondition =
  | { type: 'compare'; field: string; op: Comparison; literal: Literal }
  | { type: 'and' | 'or'; left: DelimitedCondition; right: DelimitedCondition };

function parseDelimitedPattern(source: string): { fields: DelimitedField[]; regexCount: number } {
  const stream = new TokenStream(tokenize(source));
  stream.expectOp('[');
  const fields: DelimitedField[] = [];
  if (!stream.isOp(']')) {
    for (;;) {
      fields.push(delimitedField(stream));
      if (stream.isOp(',')) {
        stream.next();
        continue;
      }
      break;
    }
  }
  stream.expectOp(']');
  if (stream.peek().kind !== 'end') throw new FilterPatternError(`Unexpected '${stream.peek().text}' after the end of the filter pattern`);
  return { fields, regexCount: stream.regexes.count };
}

function delimitedField(stream: TokenStream): DelimitedField {
  const token = stream.peek();
  if (token.kind === 'word' && token.text === '...') {
    stream.next();
    return { ellipsis: true };
  }
  if (token.kind !== 'word') throw new FilterPatternError(`Expected a field name at position ${token.position + 1} of the filter pattern`);
  const name = token.text;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new FilterPatternError(`Invalid field name '${name}' at position ${token.position + 1}`);
  stream.next();
  const field: DelimitedField = { name, ellipsis: false };
  if (stream.isOp(',') || stream.isOp(']')) return field;
  const first: DelimitedCondition = { type: 'compare', field: name, op: readComparison(stream), literal: readLiteral(stream) };
  field.condition = delimitedConditionTail(stream, first);
  return field;
}

function delimitedConditionTail(stream: TokenStream, first: DelimitedCondition): DelimitedCondition {
  let condition = first;
  while (stream.isOp('&&') || stream.isOp('||')) {
    const op = stream.next().text === '&&' ? 'and' : 'or';
    const nameToken = stream.next();
    if (nameToken.kind !== 'word') throw new FilterPatternError(`Expected a field name at position ${nameToken.position + 1}`);
    const right: DelimitedCondition = { type: 'compare', field: nameToken.text, op: readComparison(stream), literal: readLiteral(stream) };
    condition = { type: op, left: condition, right };
  }
  return condition;
}

/** Splits a message into fields on spaces, keeping "quoted" and [bracketed] text together (without the delimiters). */
export function splitDelimited(message: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < message.length) {
    while (i < message.length && message[i] === ' ') i++;
    if (i >= message.length) break;
    const open = message[i];
    if (open === '"' || open === '[') {
      const close = open === '"' ? '"' : ']';
      const end = message.indexOf(close, i + 1);
      if (end >= 0) {
        fields.push(message.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    let j = i;
    while (j < message.length && message[j] !== ' ') j++;
    fields.push(message.slice(i, j));
    i = j;
  }
  return fields;
}

function evaluateDelimitedCondition(condition: DelimitedCondition, values: Record<string, string>): boolean {
  if (condition.type === 'and') return evaluateDelimitedCondition(condition.left, values) && evaluateDelimitedCondition(condition.right, values);
  if (condition.type === 'or') return evaluateDelimitedCondition(condition.left, values) || evaluateDelimitedCondition(condition.right, values);
  if (condition.type !== 'compare') return false;
  const value = values[condition.field];
  if (value === undefined) return false;
  return compareValue(value, condition.op, condition.literal);
}

/**
 * Assigns message fields to pattern fields, with each ellipsis absorbing zero
 * or more fields, leftmost first. Backtracking over several ellipses could
 * try every split of a long message, so failures are remembered: a (field,
 * token) pair that failed fails again, and an ellipsis that failed from token
 * t fails from any later token (it has fewer choices), which keeps the search
 * to fields x tokens steps. Remembering is exact when each condition reads
 * only its own field; a condition that reads a field placed after an
 * ellipsis may see it placed once only. A step bound caps the rest.
 */
function matchDelimited(pattern: DelimitedField[], tokens: string[]): Record<string, string> | undefined {
  const assigned: Record<string, string> = {};
  const width = tokens.length + 1;
  const failed = new Set<number>();
  const ellipsisFailsFrom = new Array<number>(pattern.length).fill(Number.POSITIVE_INFINITY);
  let steps = 0;
  const attempt = (p: number, t: number): boolean => {
    if (p === pattern.length) return t === tokens.length;
    if (++steps > MAX_DELIMITED_STEPS) return false;
    const field = pattern[p];
    if (field.ellipsis) {
      const stop = Math.min(tokens.length, ellipsisFailsFrom[p] - 1);
      for (let next = t; next <= stop; next++) if (attempt(p + 1, next)) return true;
      ellipsisFailsFrom[p] = Math.min(ellipsisFailsFrom[p], t);
      return false;
    }
    const key = p * width + t;
    if (t >= tokens.length || failed.has(key)) return false;
    if (field.name) assigned[field.name] = tokens[t];
    const ok = (!field.condition || evaluateDelimitedCondition(field.condition, assigned)) && attempt(p + 1, t + 1);
    if (!ok) failed.add(key);
    return ok;
  };
  return attempt(0, 0) ? assigned : undefined;
}

// ---------------------------------------------------------------- compile

/**
 * Messages parsed as JSON lately, shared by every JSON filter that reads
 * them: a batch runs through up to 100 metric filters, and parsing each
 * message once instead of once a filter is most of their cost. Bounded by
 * message bytes; documents are only read, never changed.
 */
const parsedDocuments = new Map<string, unknown>();
let parsedBytes = 0;
const MAX_PARSED_BYTES = 4 * 1_048_576;
const NOT_JSON = Symbol('not JSON');

function parsedJson(message: string): unknown {
  let document = parsedDocuments.get(message);
  if (document === undefined) {
    try {
      document = JSON.parse(message) as unknown;
    } catch {
      document = NOT_JSON;
    }
    if (parsedBytes + message.length > MAX_PARSED_BYTES) {
      parsedDocuments.clear();
      parsedBytes = 0;
    }
    parsedDocuments.set(message, document);
    parsedBytes += message.length;
  }
  return document === NOT_JSON ? undefined : document;
}

const cache = new Map<string, FilterPattern>();

export function compileFilterPattern(source: string | undefined): FilterPattern {
  const text = (source ?? '').trim();
  const cached = cache.get(text);
  if (cached) return cached;
  let pattern: FilterPattern;
  if (text === '' || text === '""') {
    pattern = { kind: 'all', regexCount: 0, required: { texts: [], unlessBackslash: false }, test: () => ({ matched: true, fields: {} }) };
  } else if (text.startsWith('{')) {
    const { tree, regexCount } = parseJsonPattern(text);
    const required = requiredText(tree);
    pattern = {
      kind: 'json',
      regexCount,
      required: { texts: required, unlessBackslash: true },
      test(message) {
        // A cheap necessary condition first: most events of a busy group fail it without being parsed.
        if (required.length && !message.includes('\\') && !required.every((piece) => message.includes(piece))) return { matched: false, fields: {} };
        const document = parsedJson(message);
        if (typeof document !== 'object' || document === null) return { matched: false, fields: {} };
        return { matched: evaluateJson(tree, document), fields: {}, json: document };
      },
    };
  } else if (text.startsWith('[')) {
    const { fields, regexCount } = parseDelimitedPattern(text);
    pattern = {
      kind: 'delimited',
      regexCount,
      required: { texts: [], unlessBackslash: false },
      test(message) {
        const assigned = matchDelimited(fields, splitDelimited(message));
        if (!assigned) return { matched: false, fields: {} };
        const out: Record<string, string> = {};
        let position = 0;
        for (const field of fields) {
          if (field.ellipsis) continue;
          position++;
          if (field.name) out[`$${field.name}`] = assigned[field.name];
          else out[`$${position}`] = assigned[String(position)];
        }
        return { matched: true, fields: out };
      },
    };
  } else {
    pattern = compileTerms(text);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(text, pattern);
  return pattern;
}

/** A filter pattern a request gives: one that does not compile is the request's InvalidParameterException. */
export function compileRequestPattern(source: string | undefined): FilterPattern {
  try {
    return compileFilterPattern(source);
  } catch (error) {
    if (error instanceof FilterPatternError) throw invalidParameter(error.exact ? error.message : `Invalid filter pattern: ${error.message}`);
    throw error;
  }
}

/** AWS: at most five filter patterns with regexes among one log group's metric and subscription filters. */
export const MAX_REGEX_PATTERNS_PER_GROUP = 5;

/** How many of these stored patterns hold a %regex% term. */
export function countRegexPatterns(patterns: string[]): number {
  let count = 0;
  for (const source of patterns) {
    try {
      if (compileFilterPattern(source).regexCount > 0) count++;
    } catch {
      // a stored pattern that no longer compiles holds nothing to count
    }
  }
  return count;
}

/** The value a metric transformation reads: a number, `$field` (space-delimited) or `$.path` (JSON). */
export function resolveFieldReference(reference: string, result: MatchResult): string | undefined {
  if (reference.startsWith('$.')) {
    const value = selectJson(result.json, reference);
    if (value === undefined || value === null || typeof value === 'object') return undefined;
    return String(value);
  }
  if (reference.startsWith('$')) return result.fields[reference];
  return reference;
}
