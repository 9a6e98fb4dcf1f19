/**
 * One engine for AWS's event patterns: SNS filter policies, EventBridge rules, Pipes filters and
 * Lambda event-source FilterCriteria. A pattern is compiled once (validated, with AWS's reasons
 * for what is malformed) into a matcher that tests parsed events without looking at the pattern's
 * text again.
 *
 *   const pattern = compilePattern(JSON.parse(text));        // throws PatternError
 *   pattern.matches({ source: 'orders', detail: { amount: 30 } });
 */
import { PatternError } from './errors.js';
import { compileLeaf, type LeafMatcher } from './value-matchers.js';

export { PatternError } from './errors.js';

export interface CompiledPattern {
  /** Whether a parsed JSON event (an object) matches. */
  matches(event: unknown): boolean;
  /** Keys that name fields, counted as SNS counts them (nested keys and those inside $or each count). */
  readonly keyCount: number;
  /** The number of value combinations the pattern describes (SNS allows at most 150). */
  readonly combinations: number;
  /** How deep fields are nested (1 for a flat pattern). */
  readonly depth: number;
}

export interface PatternLimits {
  /** At most this many field keys (SNS: 5 for attribute policies... see the service). */
  maxKeys?: number;
  /** At most this many combinations of values (SNS: 150). */
  maxCombinations?: number;
  /** At most this many levels of nested objects. */
  maxDepth?: number;
}

type ObjectTest = (event: Record<string, unknown>) => boolean;

interface Compiled {
  test: ObjectTest;
  keyCount: number;
  combinations: number;
  depth: number;
}

/** Validates and compiles a parsed pattern. Throws PatternError with AWS's reason when malformed. */
export function compilePattern(pattern: unknown, limits: PatternLimits = {}): CompiledPattern {
  if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) throw new PatternError('Filter policy must be a JSON object');
  const compiled = compileObject(pattern as Record<string, unknown>, '');
  if (limits.maxKeys !== undefined && compiled.keyCount > limits.maxKeys) throw new PatternError(`Filter policy can not have more than ${limits.maxKeys} keys`);
  if (limits.maxCombinations !== undefined && compiled.combinations > limits.maxCombinations) throw new PatternError('Filter policy is too complex');
  if (limits.maxDepth !== undefined && compiled.depth > limits.maxDepth) throw new PatternError(`Filter policy can not have more than ${limits.maxDepth} levels of nesting`);
  const { test } = compiled;
  return {
    matches: (event) => event !== null && typeof event === 'object' && !Array.isArray(event) && test(event as Record<string, unknown>),
    keyCount: compiled.keyCount,
    combinations: compiled.combinations,
    depth: compiled.depth,
  };
}

function compileObject(pattern: Record<string, unknown>, path: string): Compiled {
  const keys = Object.keys(pattern);
  if (keys.length === 0) throw new PatternError('Empty objects are not allowed', path);
  const tests: ObjectTest[] = [];
  let keyCount = 0;
  let combinations = 1;
  let depth = 1;
  for (const key of keys) {
    const value = pattern[key];
    const at = path ? `${path}.${key}` : key;
    if (key === '$or') {
      const branches = compileOr(value, at);
      tests.push(branches.test);
      keyCount += branches.keyCount;
      combinations *= branches.combinations;
      depth = Math.max(depth, branches.depth);
    } else if (Array.isArray(value)) {
      tests.push(fieldTest(key, compileLeaf(value, at)));
      keyCount += 1;
      combinations *= value.length;
    } else if (value !== null && typeof value === 'object') {
      const nested = compileObject(value as Record<string, unknown>, at);
      tests.push(nestedTest(key, nested.test));
      keyCount += nested.keyCount;
      combinations *= nested.combinations;
      depth = Math.max(depth, nested.depth + 1);
    } else {
      throw new PatternError(`Match value must be an array or an object, at ${at}`, at);
    }
  }
  const test: ObjectTest = tests.length === 1 ? tests[0]! : (event) => tests.every((one) => one(event));
  return { test, keyCount, combinations, depth };
}

/** `"$or": [pattern, pattern, ...]`: at least two alternatives, each an object pattern. */
function compileOr(value: unknown, path: string): Compiled {
  if (!Array.isArray(value) || value.length < 2) throw new PatternError('$or must be an array of at least two patterns', path);
  const branches = value.map((branch, i) => {
    if (branch === null || typeof branch !== 'object' || Array.isArray(branch)) throw new PatternError('Each $or alternative must be an object', `${path}[${i}]`);
    return compileObject(branch as Record<string, unknown>, `${path}[${i}]`);
  });
  const tests = branches.map((branch) => branch.test);
  return {
    test: (event) => tests.some((test) => test(event)),
    keyCount: branches.reduce((sum, branch) => sum + branch.keyCount, 0),
    // Alternatives add up rather than multiply: an event matches one of them.
    combinations: branches.reduce((sum, branch) => sum + branch.combinations, 0),
    depth: Math.max(...branches.map((branch) => branch.depth)),
  };
}

/** A field against its leaf: absent fields match only `exists: false`; arrays match when any element does. */
function fieldTest(key: string, leaf: LeafMatcher): ObjectTest {
  if (leaf.exists !== undefined) {
    const wanted = leaf.exists;
    // A field exists when present with a value that is not an object (AWS counts leaves, not containers).
    return (event) => {
      const value = event[key];
      const present = value !== undefined && !(Array.isArray(value) && value.length === 0) && (value === null || typeof value !== 'object' || Array.isArray(value));
      return present === wanted;
    };
  }
  const { test } = leaf;
  return (event) => {
    const value = event[key];
    if (value === undefined) return false;
    if (Array.isArray(value)) return value.some((element) => test(element));
    if (value !== null && typeof value === 'object') return false;
    return test(value);
  };
}

/** A nested pattern against an object field, or against each object of an array field. */
function nestedTest(key: string, test: ObjectTest): ObjectTest {
  return (event) => {
    const value = event[key];
    if (Array.isArray(value)) return value.some((element) => element !== null && typeof element === 'object' && !Array.isArray(element) && test(element as Record<string, unknown>));
    if (value === null || typeof value !== 'object') {
      // A nested `exists: false` matches when the whole branch is missing.
      return test({});
    }
    return test(value as Record<string, unknown>);
  };
}
