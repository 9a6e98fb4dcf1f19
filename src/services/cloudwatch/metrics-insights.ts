import { MathError } from './math-expression.js';
import type { DimensionPair } from './state.js';

/**
 * The Metrics Insights query language, as AWS documents it: a tokenizer and a
 * recursive-descent parser.
 *
 *   query   := SELECT func '(' name ')' FROM source
 *              [WHERE cond (AND cond)*] [GROUP BY name (',' name)*]
 *              [ORDER BY func '(' ')' [ASC | DESC]] [LIMIT integer]
 *   source  := SCHEMA '(' name (',' name)* ')' | name
 *   cond    := name ('=' | '!=') 'label value'
 *   func    := AVG | COUNT | MAX | MIN | SUM
 *   name    := bare identifier (letters, digits, _) | "double-quoted, \-escaped"
 *
 * Keywords are case-insensitive; names and values are not. A reserved word is a
 * name only in double quotes.
 */

export type InsightsFunction = 'AVG' | 'COUNT' | 'MAX' | 'MIN' | 'SUM';

export interface InsightsCondition {
  key: string;
  operator: '=' | '!=';
  value: string;
}

export interface InsightsQuery {
  fn: InsightsFunction;
  metricName: string;
  namespace: string;
  /** With SCHEMA: the exact set of dimension names a metric must have (empty: none at all). */
  schema?: string[];
  where: InsightsCondition[];
  groupBy: string[];
  orderBy?: { fn: InsightsFunction; descending: boolean };
  limit?: number;
}

/** A query returns at most this many time series, and LIMIT may ask for no more. */
export const MAX_INSIGHTS_SERIES = 500;
/** A query looks at no more than this many metrics: the first it finds. */
export const MAX_INSIGHTS_METRICS = 10_000;
/** The group name of metrics that lack a GROUP BY key. */
export const OTHER_GROUP = 'Other';

const FUNCTIONS = new Set<string>(['AVG', 'COUNT', 'MAX', 'MIN', 'SUM']);
const RESERVED = new Set([
  'SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'GROUP', 'BY', 'ORDER', 'ASC', 'DESC', 'LIMIT', 'SCHEMA', 'AS', 'IN', 'LIKE',
  'BETWEEN', 'IS', 'NULL', 'TRUE', 'FALSE', 'HAVING', 'JOIN', 'ON', 'UNION', 'DISTINCT', ...FUNCTIONS,
]);

/** Whether an Expression is a Metrics Insights query rather than metric math. */
export function isInsightsQuery(expression: string): boolean {
  return /^\s*select\b/i.test(expression);
}

interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'end';
  text: string;
  /** 1-based column, for messages. */
  column: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
    } else if (/[A-Za-z_]/.test(char)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_]/.test(source[j])) j++;
      tokens.push({ kind: 'word', text: source.slice(i, j), column: i + 1 });
      i = j;
    } else if (/[0-9]/.test(char)) {
      let j = i + 1;
      while (j < source.length && /[0-9]/.test(source[j])) j++;
      tokens.push({ kind: 'number', text: source.slice(i, j), column: i + 1 });
      i = j;
    } else if (char === '"' || char === "'") {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= source.length) throw new MathError(`Unterminated ${char === '"' ? 'quoted name' : 'label value'} starting at column ${i + 1} of the query`);
        if (source[j] === '\\' && j + 1 < source.length) {
          text += source[j + 1];
          j += 2;
        } else if (source[j] === char) {
          break;
        } else {
          text += source[j++];
        }
      }
      tokens.push({ kind: char === '"' ? 'quoted' : 'string', text, column: i + 1 });
      i = j + 1;
    } else if (source.startsWith('!=', i)) {
      tokens.push({ kind: 'punct', text: '!=', column: i + 1 });
      i += 2;
    } else if ('(),='.includes(char)) {
      tokens.push({ kind: 'punct', text: char, column: i + 1 });
      i++;
    } else {
      throw new MathError(`Unexpected character '${char}' at column ${i + 1} of the query`);
    }
  }
  tokens.push({ kind: 'end', text: '', column: source.length + 1 });
  return tokens;
}

export function parseInsightsQuery(source: string): InsightsQuery {
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const describe = (token: Token) => (token.kind === 'end' ? 'the end of the query' : `'${token.text}' at column ${token.column}`);
  const fail = (expected: string): never => {
    throw new MathError(`Expected ${expected} but found ${describe(peek())} in the query`);
  };
  const isKeyword = (word: string) => peek().kind === 'word' && peek().text.toUpperCase() === word;
  const keyword = (word: string) => {
    if (!isKeyword(word)) fail(word);
    index++;
  };
  const punct = (text: string) => {
    if (peek().kind !== 'punct' || peek().text !== text) fail(`'${text}'`);
    index++;
  };
  const name = (what: string): string => {
    const token = peek();
    if (token.kind === 'quoted') {
      index++;
      if (!token.text) throw new MathError(`The ${what} at column ${token.column} of the query is empty`);
      return token.text;
    }
    if (token.kind === 'word' && !RESERVED.has(token.text.toUpperCase())) {
      index++;
      return token.text;
    }
    if (token.kind === 'word') throw new MathError(`${token.text} at column ${token.column} is a reserved keyword: put the ${what} in double quotes`);
    return fail(`a ${what}`);
  };
  const fn = (): InsightsFunction => {
    const token = peek();
    if (token.kind !== 'word' || !FUNCTIONS.has(token.text.toUpperCase())) {
      throw new MathError(`Expected one of the functions AVG, COUNT, MAX, MIN, SUM but found ${describe(token)} in the query`);
    }
    index++;
    return token.text.toUpperCase() as InsightsFunction;
  };

  keyword('SELECT');
  const selected = fn();
  punct('(');
  const metricName = name('metric name');
  punct(')');
  keyword('FROM');
  let namespace: string;
  let schema: string[] | undefined;
  if (isKeyword('SCHEMA')) {
    index++;
    punct('(');
    namespace = name('namespace');
    schema = [];
    while (peek().text === ',' && peek().kind === 'punct') {
      index++;
      schema.push(name('label key'));
    }
    punct(')');
  } else {
    namespace = name('namespace');
  }
  const where: InsightsCondition[] = [];
  if (isKeyword('WHERE')) {
    index++;
    do {
      if (where.length) index++; // AND
      const key = name('label key');
      const op = peek();
      if (op.kind !== 'punct' || (op.text !== '=' && op.text !== '!=')) fail(`'=' or '!='`);
      index++;
      const value = peek();
      if (value.kind !== 'string') fail('a label value in single quotes');
      index++;
      where.push({ key, operator: op.text as '=' | '!=', value: value.text });
    } while (isKeyword('AND'));
    if (isKeyword('OR')) throw new MathError(`OR at column ${peek().column} is not supported in a WHERE clause: only AND`);
  }
  const groupBy: string[] = [];
  if (isKeyword('GROUP')) {
    index++;
    keyword('BY');
    groupBy.push(name('label key'));
    while (peek().kind === 'punct' && peek().text === ',') {
      index++;
      groupBy.push(name('label key'));
    }
  }
  let orderBy: InsightsQuery['orderBy'];
  if (isKeyword('ORDER')) {
    index++;
    keyword('BY');
    const order = fn();
    punct('(');
    punct(')');
    let descending = false;
    if (isKeyword('DESC')) {
      descending = true;
      index++;
    } else if (isKeyword('ASC')) {
      index++;
    }
    orderBy = { fn: order, descending };
  }
  let limit: number | undefined;
  if (isKeyword('LIMIT')) {
    index++;
    const token = peek();
    if (token.kind !== 'number') fail('a number after LIMIT');
    index++;
    limit = Number(token.text);
    if (limit < 1 || limit > MAX_INSIGHTS_SERIES) throw new MathError(`The LIMIT ${token.text} must be between 1 and ${MAX_INSIGHTS_SERIES}`);
  }
  if (peek().kind !== 'end') throw new MathError(`Unexpected ${describe(peek())} in the query`);
  return { fn: selected, metricName, namespace, schema, where, groupBy, orderBy, limit };
}

/** Whether a metric's namespace, name and dimensions are what the query's SELECT, FROM and WHERE ask for. */
export function matchesInsightsQuery(query: InsightsQuery, metric: { namespace: string; name: string; dimensions: DimensionPair[] }): boolean {
  if (metric.namespace !== query.namespace || metric.name !== query.metricName) return false;
  if (query.schema) {
    if (metric.dimensions.length !== query.schema.length) return false;
    const names = new Set(metric.dimensions.map((d) => d.Name));
    if (query.schema.some((key) => !names.has(key))) return false;
  }
  for (const condition of query.where) {
    const value = metric.dimensions.find((d) => d.Name === condition.key)?.Value;
    if (condition.operator === '=' ? value !== condition.value : value === condition.value) return false;
  }
  return true;
}

/** The GROUP BY values of a metric: its dimension value for each key, Other where it has none. */
export function groupValues(query: InsightsQuery, dimensions: DimensionPair[]): string[] {
  return query.groupBy.map((key) => dimensions.find((d) => d.Name === key)?.Value ?? OTHER_GROUP);
}

/** The value of an aggregate function over observations (count, sum, min, max) of a period. */
export function observationValue(fn: InsightsFunction, agg: { count: number; sum: number; min: number; max: number }): number {
  switch (fn) {
    case 'AVG':
      return agg.sum / agg.count;
    case 'COUNT':
      return agg.count;
    case 'MAX':
      return agg.max;
    case 'MIN':
      return agg.min;
    case 'SUM':
      return agg.sum;
  }
}

/** ORDER BY's value of a whole series: the function over its datapoints. */
export function seriesScore(fn: InsightsFunction, values: number[]): number {
  if (!values.length) return Number.NaN;
  switch (fn) {
    case 'AVG':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'COUNT':
      return values.length;
    case 'MAX':
      return values.reduce((a, b) => (b > a ? b : a), -Infinity);
    case 'MIN':
      return values.reduce((a, b) => (b < a ? b : a), Infinity);
    case 'SUM':
      return values.reduce((a, b) => a + b, 0);
  }
}
