import { invalidParameterValue } from './errors.js';

/**
 * Contributor Insights rule definitions, as AWS documents their syntax
 * (Schema CloudWatchLogRule version 1): which log groups, JSON or CLF events,
 * the contributor Keys, an optional ValueOf, up to four Filters, and
 * AggregateOn Count or Sum; and what one log event contributes under a rule.
 */

export interface RuleFilter {
  match: string;
  operator: 'In' | 'NotIn' | 'StartsWith' | 'GreaterThan' | 'LessThan' | 'EqualTo' | 'NotEqualTo' | 'IsPresent';
  operand: string[] | number | boolean;
}

export interface RuleDefinition {
  logGroupNames: string[];
  logFormat: 'JSON' | 'CLF';
  /** CLF field aliases: name → 1-based position. */
  fields: Map<string, number>;
  keys: string[];
  valueOf?: string;
  filters: RuleFilter[];
  aggregateOn: 'Count' | 'Sum';
}

/** A log event's contribution: the contributor (its key values) and the value it adds. */
export interface Contribution {
  keys: string[];
  value: number;
}

const MAX_KEYS = 4;
const MAX_FILTERS = 4;
const MAX_FILTER_VALUES = 10;
const LIST_OPERATORS = ['In', 'NotIn', 'StartsWith'] as const;
const NUMBER_OPERATORS = ['GreaterThan', 'LessThan', 'EqualTo', 'NotEqualTo'] as const;
const OPERATORS = [...LIST_OPERATORS, ...NUMBER_OPERATORS, 'IsPresent'] as const;
/** JSON property format: $ then .name or [index] steps. */
const JSON_PATH = /^\$((\.[^.[\]]+)|(\[\d+\]))+$/;

const invalid = (reason: string) => invalidParameterValue(`The rule definition is not valid: ${reason}`);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Parses and checks a rule definition, throwing InvalidParameterValueException with what is wrong. */
export function parseRuleDefinition(text: string): RuleDefinition {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid('it is not valid JSON.');
  }
  if (!isObject(body)) throw invalid('it must be a JSON object.');
  const schema = body.Schema;
  if (!isObject(schema) || schema.Name !== 'CloudWatchLogRule' || schema.Version !== 1) throw invalid('Schema must be {"Name": "CloudWatchLogRule", "Version": 1}.');
  const groups = body.LogGroupNames;
  if (!isStringArray(groups) || groups.length === 0 || groups.some((g) => !g || (g.includes('*') && g.indexOf('*') !== g.length - 1))) {
    throw invalid('LogGroupNames must be a non-empty array of log group names, each with * only at its end.');
  }
  const logFormat = body.LogFormat;
  if (logFormat !== 'JSON' && logFormat !== 'CLF') throw invalid('LogFormat must be JSON or CLF.');
  const fields = new Map<string, number>();
  if (body.Fields !== undefined) {
    if (logFormat !== 'CLF' || !isObject(body.Fields)) throw invalid('Fields may only be given for CLF logs, as an object of positions to names.');
    for (const [position, name] of Object.entries(body.Fields)) {
      if (!/^[1-9]\d*$/.test(position) || typeof name !== 'string' || !name) throw invalid(`Fields maps positions (1, 2, ...) to names; ${position} is not valid.`);
      fields.set(name, Number(position));
    }
  }
  const checkField = (field: unknown, where: string): string => {
    if (typeof field !== 'string' || !field) throw invalid(`${where} must be a log field.`);
    const ok = logFormat === 'JSON' ? JSON_PATH.test(field) : /^[1-9]\d*$/.test(field) || fields.has(field);
    if (!ok) throw invalid(logFormat === 'JSON' ? `${where} ${field} is not in JSON property format ($.name).` : `${where} ${field} is neither a field position nor a name given in Fields.`);
    return field;
  };
  const contribution = body.Contribution;
  if (!isObject(contribution)) throw invalid('Contribution is required.');
  const keys = contribution.Keys;
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > MAX_KEYS) throw invalid(`Contribution.Keys must have between 1 and ${MAX_KEYS} members.`);
  keys.forEach((key) => checkField(key, 'Each of Contribution.Keys'));
  const aggregateOn = body.AggregateOn;
  if (aggregateOn !== 'Count' && aggregateOn !== 'Sum') throw invalid('AggregateOn must be Count or Sum.');
  const valueOf = contribution.ValueOf === undefined ? undefined : checkField(contribution.ValueOf, 'Contribution.ValueOf');
  if (aggregateOn === 'Sum' && valueOf === undefined) throw invalid('Contribution.ValueOf is required when AggregateOn is Sum.');
  const rawFilters = contribution.Filters ?? [];
  if (!Array.isArray(rawFilters) || rawFilters.length > MAX_FILTERS) throw invalid(`Contribution.Filters may have at most ${MAX_FILTERS} members.`);
  const filters = rawFilters.map((filter): RuleFilter => {
    if (!isObject(filter)) throw invalid('Each filter must be an object with Match and one operator.');
    const match = checkField(filter.Match, 'Match');
    const operators = Object.keys(filter).filter((k) => k !== 'Match');
    if (operators.length !== 1 || !(OPERATORS as readonly string[]).includes(operators[0])) {
      throw invalid(`A filter needs exactly one operator of ${OPERATORS.join(', ')}.`);
    }
    const operator = operators[0] as RuleFilter['operator'];
    const operand = filter[operator];
    if ((LIST_OPERATORS as readonly string[]).includes(operator)) {
      if (!isStringArray(operand) || operand.length === 0 || operand.length > MAX_FILTER_VALUES) throw invalid(`${operator} takes an array of 1 to ${MAX_FILTER_VALUES} strings.`);
    } else if (operator === 'IsPresent') {
      if (typeof operand !== 'boolean') throw invalid('IsPresent takes true or false.');
    } else if (typeof operand !== 'number' || !Number.isFinite(operand)) {
      throw invalid(`${operator} takes a number.`);
    }
    return { match, operator, operand: operand as RuleFilter['operand'] };
  });
  return { logGroupNames: groups, logFormat, fields, keys: keys as string[], valueOf, filters, aggregateOn };
}

/** The value at a JSON property path ($.a.b[0]); undefined when absent. */
function jsonField(event: unknown, path: string): unknown {
  let current = event;
  for (const step of path.slice(1).match(/\.[^.[\]]+|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = step.startsWith('.') ? step.slice(1) : Number(step.slice(1, -1));
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Common Log Format fields: separated by spaces, with "quoted" and [bracketed] fields kept whole. */
export function clfFields(message: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < message.length) {
    if (message[i] === ' ') {
      i++;
      continue;
    }
    const close = message[i] === '"' ? '"' : message[i] === '[' ? ']' : undefined;
    if (close) {
      const end = message.indexOf(close, i + 1);
      const stop = end < 0 ? message.length : end;
      fields.push(message.slice(i + 1, stop));
      i = stop + 1;
    } else {
      const end = message.indexOf(' ', i);
      const stop = end < 0 ? message.length : end;
      fields.push(message.slice(i, stop));
      i = stop;
    }
  }
  return fields;
}

/** What an event contributes under the rule, or undefined when it does not match (a filter fails, a key or the value is missing). */
export function contributionOf(rule: RuleDefinition, message: string): Contribution | undefined {
  let read: (field: string) => unknown;
  if (rule.logFormat === 'JSON') {
    let event: unknown;
    try {
      event = JSON.parse(message);
    } catch {
      return undefined;
    }
    if (event === null || typeof event !== 'object') return undefined;
    read = (field) => jsonField(event, field);
  } else {
    const fields = clfFields(message);
    read = (field) => fields[(rule.fields.get(field) ?? Number(field)) - 1];
  }
  for (const filter of rule.filters) if (!passes(filter, read(filter.match))) return undefined;
  const keys: string[] = [];
  for (const key of rule.keys) {
    const value = read(key);
    if (value === undefined || value === null || typeof value === 'object') return undefined;
    keys.push(String(value));
  }
  if (rule.aggregateOn === 'Count') return { keys, value: 1 };
  const value = Number(read(rule.valueOf!));
  return read(rule.valueOf!) === undefined || !Number.isFinite(value) ? undefined : { keys, value };
}

function passes(filter: RuleFilter, value: unknown): boolean {
  const present = value !== undefined && value !== null && typeof value !== 'object';
  switch (filter.operator) {
    case 'IsPresent':
      return present === filter.operand;
    case 'In':
      return present && (filter.operand as string[]).includes(String(value));
    case 'NotIn':
      return !present || !(filter.operand as string[]).includes(String(value));
    case 'StartsWith':
      return present && (filter.operand as string[]).some((prefix) => String(value).startsWith(prefix));
    default: {
      const number = present ? Number(value) : Number.NaN;
      if (!Number.isFinite(number)) return filter.operator === 'NotEqualTo' && present;
      const operand = filter.operand as number;
      if (filter.operator === 'GreaterThan') return number > operand;
      if (filter.operator === 'LessThan') return number < operand;
      if (filter.operator === 'EqualTo') return number === operand;
      return number !== operand;
    }
  }
}

/** Whether a log group is one the rule names (a name, or a prefix ending in *). */
export function ruleCoversGroup(rule: RuleDefinition, groupName: string): boolean {
  return rule.logGroupNames.some((pattern) => (pattern.endsWith('*') ? groupName.startsWith(pattern.slice(0, -1)) : groupName === pattern));
}
