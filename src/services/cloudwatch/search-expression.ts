import { MathError } from './metric-math.js';
import type { DimensionPair } from './state.js';

/**
 * The search expression language of SEARCH('...', 'Stat', period):
 *
 *   {AWS/EC2,InstanceId} MetricName="CPUUtilization" NOT InstanceId=i-0 (Errors OR Faults)
 *
 * An optional schema in braces names the namespace and the exact set of
 * dimension names; terms are free text (partial, case-insensitive), quoted
 * text (exact), or Property=value pairs (Namespace, MetricName or a dimension
 * name; quoted values match exactly). Terms are ANDed unless joined by OR;
 * NOT negates; parentheses group.
 */
export interface SearchableMetric {
  namespace: string;
  name: string;
  dimensions: DimensionPair[];
}

type Term =
  | { type: 'text'; value: string; exact: boolean }
  | { type: 'property'; name: string; value: string; exact: boolean }
  | { type: 'and' | 'or'; left: Term; right: Term }
  | { type: 'not'; operand: Term };

interface Schema {
  namespace: string;
  dimensionNames: string[];
}

interface Token {
  kind: 'word' | 'quoted' | '(' | ')' | '=' | 'end';
  text: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === '=') {
      tokens.push({ kind: char, text: char });
      i++;
    } else if (char === '"') {
      const end = source.indexOf('"', i + 1);
      if (end < 0) throw new MathError('Unterminated quote in search expression');
      tokens.push({ kind: 'quoted', text: source.slice(i + 1, end) });
      i = end + 1;
    } else {
      let j = i;
      while (j < source.length && !/[\s()="]/.test(source[j])) j++;
      tokens.push({ kind: 'word', text: source.slice(i, j) });
      i = j;
    }
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}

export interface CompiledSearch {
  schema?: Schema;
  term?: Term;
}

export function compileSearch(source: string): CompiledSearch {
  let text = source.trim();
  let schema: Schema | undefined;
  const braces = /\{([^}]*)\}/.exec(text);
  if (braces) {
    const parts = braces[1].split(',').map((p) => p.trim().replace(/^"(.*)"$/, '$1'));
    if (!parts[0]) throw new MathError('A search schema must start with a namespace');
    schema = { namespace: parts[0], dimensionNames: parts.slice(1).filter(Boolean) };
    text = (text.slice(0, braces.index) + ' ' + text.slice(braces.index + braces[0].length)).trim();
  }
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const isWord = (word: string) => peek().kind === 'word' && peek().text.toUpperCase() === word;

  const or = (): Term => {
    let left = and();
    while (isWord('OR')) {
      next();
      left = { type: 'or', left, right: and() };
    }
    return left;
  };
  const startsTerm = () => peek().kind !== 'end' && peek().kind !== ')' && !isWord('OR');
  const and = (): Term => {
    let left = unary();
    for (;;) {
      if (isWord('AND')) next();
      else if (!startsTerm()) break;
      left = { type: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): Term => {
    if (isWord('NOT')) {
      next();
      return { type: 'not', operand: unary() };
    }
    return primary();
  };
  const primary = (): Term => {
    const token = next();
    if (token.kind === '(') {
      const inner = or();
      if (next().kind !== ')') throw new MathError('Missing ) in search expression');
      return inner;
    }
    if (token.kind === 'quoted') return { type: 'text', value: token.text, exact: true };
    if (token.kind === 'word') {
      if (peek().kind === '=') {
        next();
        const value = next();
        if (value.kind !== 'word' && value.kind !== 'quoted') throw new MathError(`Missing value for ${token.text} in search expression`);
        return { type: 'property', name: token.text, value: value.text, exact: value.kind === 'quoted' };
      }
      return { type: 'text', value: token.text, exact: false };
    }
    throw new MathError('Unexpected end of search expression');
  };

  const term = peek().kind === 'end' ? undefined : or();
  if (peek().kind !== 'end') throw new MathError(`Unexpected '${peek().text}' in search expression`);
  if (!schema && !term) throw new MathError('The search expression is empty');
  return { schema, term };
}

export function matchesSearch(search: CompiledSearch, metric: SearchableMetric): boolean {
  if (search.schema) {
    if (metric.namespace !== search.schema.namespace) return false;
    const names = metric.dimensions.map((d) => d.Name).sort();
    const wanted = [...search.schema.dimensionNames].sort();
    if (names.length !== wanted.length || names.some((n, i) => n !== wanted[i])) return false;
  }
  return search.term ? matchTerm(search.term, metric) : true;
}

function matchText(candidate: string, value: string, exact: boolean): boolean {
  return exact ? candidate === value : candidate.toLowerCase().includes(value.toLowerCase());
}

function matchTerm(term: Term, metric: SearchableMetric): boolean {
  switch (term.type) {
    case 'and':
      return matchTerm(term.left, metric) && matchTerm(term.right, metric);
    case 'or':
      return matchTerm(term.left, metric) || matchTerm(term.right, metric);
    case 'not':
      return !matchTerm(term.operand, metric);
    case 'text': {
      const fields = [metric.namespace, metric.name, ...metric.dimensions.flatMap((d) => [d.Name, d.Value])];
      return fields.some((field) => matchText(field, term.value, term.exact));
    }
    case 'property': {
      if (term.name === 'Namespace') return matchText(metric.namespace, term.value, term.exact);
      if (term.name === 'MetricName') return matchText(metric.name, term.value, term.exact);
      const dimension = metric.dimensions.find((d) => d.Name === term.name);
      return dimension ? matchText(dimension.Value, term.value, term.exact) : false;
    }
  }
}
