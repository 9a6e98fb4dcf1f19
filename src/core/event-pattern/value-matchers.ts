/**
 * The matchers of one field's value in an event pattern: the elements of a pattern's leaf array
 * (`["a", 5, {"prefix": "x"}, {"numeric": [">", 0]}]`), each compiled once into a test of a
 * single JSON value. A leaf matches a field when any of its matchers accepts the field's value,
 * or, for an array value, any of its elements.
 */
import { PatternError } from './errors.js';

/** A test of one scalar value from an event (string, number, boolean or null). */
export type ValueTest = (value: unknown) => boolean;

/** What a leaf compiles to. `exists` is separate: it is about the field, not a value. */
export interface LeafMatcher {
  /** `{"exists": true|false}` when the leaf is only that; undefined otherwise. */
  exists?: boolean;
  test: ValueTest;
  /** How many values the leaf lists (SNS counts them towards its 150 combinations). */
  values: number;
}

const MATCH_TYPES = new Set(['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr']);

/** Compiles the array that is a pattern's leaf. `path` names it in error reasons. */
export function compileLeaf(elements: unknown[], path: string): LeafMatcher {
  if (elements.length === 0) throw new PatternError('Empty arrays are not allowed', path);
  const exact = new Set<unknown>();
  const numbers = new Set<number>();
  const tests: ValueTest[] = [];
  let exists: boolean | undefined;
  for (const element of elements) {
    if (element === null || typeof element === 'string' || typeof element === 'boolean') {
      exact.add(element);
    } else if (typeof element === 'number') {
      if (!Number.isFinite(element)) throw new PatternError('Match value must be String, number, true, false, or null', path);
      numbers.add(element);
    } else if (typeof element === 'object' && !Array.isArray(element)) {
      const rule = element as Record<string, unknown>;
      const keys = Object.keys(rule);
      if (keys.length !== 1) throw new PatternError(keys.length === 0 ? 'Empty objects are not allowed' : `Only one match type is allowed in an object, got ${keys.join(', ')}`, path);
      const type = keys[0]!;
      if (!MATCH_TYPES.has(type)) throw new PatternError(`Unrecognized match type ${type}`, path);
      if (type === 'exists') {
        if (typeof rule.exists !== 'boolean') throw new PatternError('exists match pattern must be either true or false.', path);
        if (elements.length > 1) throw new PatternError('exists cannot be combined with other match values in the same array', path);
        exists = rule.exists;
        continue;
      }
      tests.push(compileRule(type, rule[type], path));
    } else {
      throw new PatternError('Match value must be String, number, true, false, or null', path);
    }
  }
  if (exact.size) tests.push((value) => exact.has(value));
  // 5 and 5.0 are the same number in JSON: compared by value, not by text.
  if (numbers.size) tests.push((value) => typeof value === 'number' && numbers.has(value));
  const test: ValueTest = tests.length === 1 ? tests[0]! : (value) => tests.some((one) => one(value));
  return { exists, test, values: elements.length };
}

function compileRule(type: string, operand: unknown, path: string): ValueTest {
  switch (type) {
    case 'prefix':
    case 'suffix':
      return affix(type, operand, path);
    case 'equals-ignore-case': {
      const wanted = stringOperand(type, operand, path).toLowerCase();
      return (value) => typeof value === 'string' && value.toLowerCase() === wanted;
    }
    case 'wildcard':
      return wildcard(stringOperand(type, operand, path), path);
    case 'numeric':
      return numeric(operand, path);
    case 'cidr':
      return cidr(operand, path);
    case 'anything-but':
      return anythingBut(operand, path);
  }
  throw new PatternError(`Unrecognized match type ${type}`, path);
}

function stringOperand(type: string, operand: unknown, path: string): string {
  if (typeof operand !== 'string') throw new PatternError(`Value of ${type} must be a string`, path);
  return operand;
}

/** `{"prefix": "ab"}`, or `{"prefix": {"equals-ignore-case": "ab"}}`; the same for suffix. */
function affix(type: 'prefix' | 'suffix', operand: unknown, path: string): ValueTest {
  let text: string;
  let ignoreCase = false;
  if (operand !== null && typeof operand === 'object' && !Array.isArray(operand)) {
    const inner = operand as Record<string, unknown>;
    if (Object.keys(inner).length !== 1 || !('equals-ignore-case' in inner)) throw new PatternError(`Value of ${type} must be a string or an equals-ignore-case object`, path);
    text = stringOperand('equals-ignore-case', inner['equals-ignore-case'], path).toLowerCase();
    ignoreCase = true;
  } else {
    text = stringOperand(type, operand, path);
  }
  const at = type === 'prefix' ? (value: string) => value.startsWith(text) : (value: string) => value.endsWith(text);
  return (value) => typeof value === 'string' && at(ignoreCase ? value.toLowerCase() : value);
}

/** `*` stands for any run of characters, `\*` for a star; two stars in a row are refused (as AWS does). */
function wildcard(text: string, path: string): ValueTest {
  const parts: string[] = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === '*' || text[i + 1] === '\\')) {
      parts[parts.length - 1] += text[++i];
    } else if (c === '*') {
      if (text[i + 1] === '*') throw new PatternError(`Consecutive wildcard characters at pos ${i + 1}`, path);
      parts.push('');
    } else {
      parts[parts.length - 1] += c;
    }
  }
  if (parts.length === 1) return (value) => value === parts[0];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1);
  return (value) => {
    if (typeof value !== 'string' || value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
    // Leftmost placement of each middle part is enough: a later placement never helps the rest fit.
    let at = first.length;
    const end = value.length - last.length;
    for (const part of middle) {
      const found = value.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}

const COMPARISONS: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** `{"numeric": [">", 0, "<=", 5]}`: one or two comparisons (a lower and an upper bound), or `["=", n]`. */
function numeric(operand: unknown, path: string): ValueTest {
  if (!Array.isArray(operand) || operand.length === 0) throw new PatternError('Value of numeric must be an array.', path);
  if (operand.length % 2 !== 0 || operand.length > 4) throw new PatternError('Too many elements in numeric expression', path);
  const checks: Array<(value: number) => boolean> = [];
  let lower = false;
  let upper = false;
  for (let i = 0; i < operand.length; i += 2) {
    const op = operand[i];
    const bound = operand[i + 1];
    if (typeof op !== 'string' || !(op in COMPARISONS)) throw new PatternError(`Unrecognized numeric range operator: ${JSON.stringify(op)}`, path);
    if (typeof bound !== 'number' || !Number.isFinite(bound)) throw new PatternError(`Value of ${op} must be numeric`, path);
    if (op === '=') {
      if (operand.length !== 2) throw new PatternError('= cannot be combined with another comparison', path);
    } else if (op.startsWith('>')) {
      if (lower) throw new PatternError('Bad numeric range: two lower bounds', path);
      lower = true;
    } else {
      if (upper) throw new PatternError('Bad numeric range: two upper bounds', path);
      upper = true;
    }
    const compare = COMPARISONS[op]!;
    checks.push((value) => compare(value, bound));
  }
  if (operand.length === 4) {
    const low = operand[0] as string;
    if (!low.startsWith('>')) throw new PatternError('Bad numeric range operator: the lower bound comes first', path);
    if ((operand[1] as number) >= (operand[3] as number)) throw new PatternError('Bad numeric range: the lower bound must be below the upper bound', path);
  }
  return (value) => typeof value === 'number' && checks.every((check) => check(value));
}

/** `{"anything-but": value | [values] | {"prefix"|"suffix"|"wildcard"|"equals-ignore-case": ...}}`. */
function anythingBut(operand: unknown, path: string): ValueTest {
  if (operand !== null && typeof operand === 'object' && !Array.isArray(operand)) {
    const inner = operand as Record<string, unknown>;
    const keys = Object.keys(inner);
    if (keys.length !== 1 || !['prefix', 'suffix', 'wildcard', 'equals-ignore-case'].includes(keys[0]!)) {
      throw new PatternError(`Unsupported anything-but pattern: ${keys.join(', ') || 'empty object'}`, path);
    }
    const type = keys[0]!;
    const given = inner[type];
    // equals-ignore-case and wildcard inside anything-but may list several values.
    const values = Array.isArray(given) && (type === 'equals-ignore-case' || type === 'wildcard') ? given : [given];
    if (values.length === 0) throw new PatternError('Empty arrays are not allowed', path);
    const tests = values.map((one) => compileRule(type, one, path));
    return (value) => typeof value === 'string' && !tests.some((test) => test(value));
  }
  const values = Array.isArray(operand) ? operand : [operand];
  if (values.length === 0) throw new PatternError('Empty arrays are not allowed', path);
  for (const one of values) {
    if (typeof one !== 'string' && typeof one !== 'number') throw new PatternError('Inside anything but list, start|null|boolean is not supported.', path);
  }
  const excluded = new Set<unknown>(values);
  // anything-but matches a value of its own kind that is not listed (a string list says nothing of numbers).
  const kinds = new Set(values.map((one) => typeof one));
  return (value) => (typeof value === 'string' || typeof value === 'number') && kinds.has(typeof value) && !excluded.has(value);
}

/** `{"cidr": "10.0.0.0/24"}` or an IPv6 prefix; the event's value is an address as text. */
function cidr(operand: unknown, path: string): ValueTest {
  if (typeof operand !== 'string') throw new PatternError('Value of cidr must be a string', path);
  const slash = operand.indexOf('/');
  const network = parseAddress(slash < 0 ? operand : operand.slice(0, slash));
  const bitsText = slash < 0 ? undefined : operand.slice(slash + 1);
  if (!network || (bitsText !== undefined && !/^\d{1,3}$/.test(bitsText))) throw new PatternError(`Nonstandard IP address: ${operand}`, path);
  const width = network.bytes.length * 8;
  const bits = bitsText === undefined ? width : Number(bitsText);
  if (bits > width) throw new PatternError(`Nonstandard IP address: ${operand}`, path);
  return (value) => {
    if (typeof value !== 'string') return false;
    const address = parseAddress(value);
    if (!address || address.bytes.length !== network.bytes.length) return false;
    for (let bit = 0; bit < bits; bit += 8) {
      const take = Math.min(8, bits - bit);
      const mask = (0xff << (8 - take)) & 0xff;
      if ((address.bytes[bit / 8]! & mask) !== (network.bytes[bit / 8]! & mask)) return false;
    }
    return true;
  };
}

/** An IPv4 (4 bytes) or IPv6 (16 bytes) address, or undefined. */
function parseAddress(text: string): { bytes: number[] } | undefined {
  if (text.includes('.') && !text.includes(':')) {
    const parts = text.split('.');
    if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
    return { bytes: parts.map(Number) };
  }
  if (!text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  return { bytes: all.flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]) };
}
