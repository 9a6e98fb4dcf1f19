/**
 * A policy statement's Condition block, as IAM evaluates it: every operator must hold; within one
 * operator, every key; for one key, any of the listed values. Operators: String*, Numeric*, Date*
 * (ISO 8601 or epoch seconds), Bool, BinaryEquals, IpAddress/NotIpAddress (IPv4 and IPv6 CIDR),
 * Arn*, Null, each with ...IfExists and the ForAllValues:/ForAnyValue: set qualifiers.
 *
 * A missing key (AWS's "Condition operators" page): a positive operator is false, a negated one
 * (StringNotEquals, NotIpAddress, ...) true, ...IfExists true; ForAllValues is true for a missing key
 * or an empty set, ForAnyValue false.
 */
import { BlockList, isIP } from 'node:net';
import { arnLike, substituteVariables, wildcardMatch, type ContextKeys } from './policy-patterns.js';

const BASE_OPERATORS = new Set([
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
]);

const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress']);

export interface ParsedOperator {
  base: string;
  ifExists: boolean;
  set?: 'any' | 'all';
}

/** The operator without its ForAnyValue:/ForAllValues: prefix and IfExists suffix. */
export function parseOperator(operator: string): ParsedOperator {
  let name = operator;
  let set: 'any' | 'all' | undefined;
  if (name.startsWith('ForAnyValue:')) {
    set = 'any';
    name = name.slice('ForAnyValue:'.length);
  } else if (name.startsWith('ForAllValues:')) {
    set = 'all';
    name = name.slice('ForAllValues:'.length);
  }
  const ifExists = name.endsWith('IfExists') && name !== 'IfExists';
  if (ifExists) name = name.slice(0, -'IfExists'.length);
  return { base: name, ifExists, set };
}

/** An operator IAM knows (Null takes no IfExists). */
export function isKnownConditionOperator(operator: string): boolean {
  const { base, ifExists } = parseOperator(operator);
  return BASE_OPERATORS.has(base) && !(base === 'Null' && ifExists);
}

export function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

/** Operators whose values may hold policy variables (AWS: string and ARN operators). */
function takesVariables(base: string): boolean {
  return base.startsWith('String') || base.startsWith('Arn');
}

function isPatternOperator(base: string): boolean {
  return base === 'StringLike' || base === 'StringNotLike' || base.startsWith('Arn');
}

function compareOne(base: string, expected: string, actual: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      return expected === actual;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return expected.toLowerCase() === actual.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return wildcardMatch(expected, actual);
    case 'ArnEquals':
    case 'ArnNotEquals':
    case 'ArnLike':
    case 'ArnNotLike':
      // AWS documents ArnEquals like ArnLike: part by part, wildcards allowed.
      return arnLike(expected, actual);
    case 'Bool':
      return expected.toLowerCase() === actual.toLowerCase();
    case 'BinaryEquals':
      return expected === actual;
    case 'IpAddress':
    case 'NotIpAddress':
      return ipInCidr(actual, expected);
    default: {
      if (base.startsWith('Numeric')) {
        const a = toNumber(actual);
        const e = toNumber(expected);
        if (a === undefined || e === undefined) return false;
        return compareNumbers(base.slice('Numeric'.length), a, e);
      }
      if (base.startsWith('Date')) {
        const a = toEpochMillis(actual);
        const e = toEpochMillis(expected);
        if (a === undefined || e === undefined) return false;
        return compareNumbers(base.slice('Date'.length), a, e);
      }
      return false;
    }
  }
}

function toNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}

/** Equality for the negated forms too: the caller negates. */
function compareNumbers(relation: string, actual: number, expected: number): boolean {
  switch (relation) {
    case 'Equals':
    case 'NotEquals':
      return actual === expected;
    case 'LessThan':
      return actual < expected;
    case 'LessThanEquals':
      return actual <= expected;
    case 'GreaterThan':
      return actual > expected;
    case 'GreaterThanEquals':
      return actual >= expected;
    default:
      return false;
  }
}

/** ISO 8601 (date or date-time) or epoch seconds, as IAM's Date operators take them. */
export function toEpochMillis(value: string): number | undefined {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** CIDR blocks as Node's BlockList holds them (a bare address is a /32 or /128), made once per block a policy names. */
const cidrBlocks = new Map<string, { list: BlockList; family: 'ipv4' | 'ipv6' } | null>();

function cidrBlock(cidr: string): { list: BlockList; family: 'ipv4' | 'ipv6' } | null {
  let block = cidrBlocks.get(cidr);
  if (block !== undefined) return block;
  block = null;
  const slash = cidr.indexOf('/');
  const network = slash === -1 ? cidr : cidr.slice(0, slash);
  const version = isIP(network);
  if (version) {
    const bits = version === 4 ? 32 : 128;
    const prefixText = slash === -1 ? String(bits) : cidr.slice(slash + 1);
    const prefix = Number(prefixText);
    if (/^\d{1,3}$/.test(prefixText) && prefix <= bits) {
      const family = version === 4 ? 'ipv4' : 'ipv6';
      const list = new BlockList();
      list.addSubnet(network, prefix, family);
      block = { list, family };
    }
  }
  // Policies name a bounded set of blocks; a flood of made-up ones is not kept.
  if (cidrBlocks.size < 10_000) cidrBlocks.set(cidr, block);
  return block;
}

/** IpAddress: the address within the CIDR block; IPv4 and IPv6 never mix. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const block = cidrBlock(cidr);
  const version = isIP(ip);
  if (!block || !version || (version === 4 ? 'ipv4' : 'ipv6') !== block.family) return false;
  return block.list.check(ip, block.family);
}

/**
 * Evaluates one operator on one key. `variables` enables `${...}` in the values (policies of
 * Version 2012-10-17). A key the request lacks is added to `missing` (the simulator reports it).
 */
export function conditionHolds(operator: string, key: string, expectedRaw: unknown, keys: ContextKeys, variables: boolean, missing?: Set<string>): boolean {
  const { base, ifExists, set } = parseOperator(operator);
  if (!BASE_OPERATORS.has(base)) return false;
  const actual = keys.get(key.toLowerCase());
  const absent = actual === undefined || actual.length === 0;
  if (absent && actual === undefined) missing?.add(key);
  let expected = asList(expectedRaw);
  if (base === 'Null') {
    const wantsAbsent = expected.some((e) => e.toLowerCase() === 'true');
    return wantsAbsent ? absent : !absent;
  }
  const negated = NEGATED.has(base);
  if (absent) {
    if (ifExists) return true;
    if (set === 'all') return true;
    if (set === 'any') return false;
    return negated;
  }
  if (variables && takesVariables(base)) {
    const pattern = isPatternOperator(base);
    expected = expected.flatMap((value) => {
      const filled = substituteVariables(value, keys, pattern);
      return filled === undefined ? [] : [filled];
    });
  }
  const matchesAny = (value: string) => expected.some((e) => compareOne(base, e, value));
  const values = actual!;
  if (set === 'all') return values.every((value) => (negated ? !matchesAny(value) : matchesAny(value)));
  if (set === 'any') return values.some((value) => (negated ? !matchesAny(value) : matchesAny(value)));
  return negated ? !values.some(matchesAny) : values.some(matchesAny);
}

/** Every operator block holds, every key in each. */
export function conditionBlockHolds(condition: Record<string, Record<string, unknown>> | undefined, keys: ContextKeys, variables: boolean, missing?: Set<string>): boolean {
  if (!condition) return true;
  let holds = true;
  for (const [operator, block] of Object.entries(condition)) {
    if (!block || typeof block !== 'object') return false;
    for (const [key, expected] of Object.entries(block)) {
      if (!conditionHolds(operator, key, expected, keys, variables, missing)) {
        holds = false;
        // The simulator wants every missing key, so only it walks on.
        if (!missing) return false;
      }
    }
  }
  return holds;
}

/** The keys a Condition block names, as written (GetContextKeysFor*Policy). */
export function conditionKeys(condition: Record<string, Record<string, unknown>> | undefined): string[] {
  const keys: string[] = [];
  for (const block of Object.values(condition ?? {})) {
    if (block && typeof block === 'object') keys.push(...Object.keys(block));
  }
  return keys;
}
