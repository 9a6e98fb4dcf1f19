/**
 * The Logs Insights query language, parsed by hand: commands separated by
 * `|`, each with its own clause syntax, over one expression grammar.
 *
 *   query      := command ('|' command)*
 *   command    := fields | display | filter | stats | sort | limit | parse | dedup
 *   expr       := or
 *   or         := and (('or' | '||') and)*
 *   and        := not (('and' | '&&') not)*
 *   not        := ('not' | '!') not | comparison
 *   comparison := additive (op additive | ['not'] 'like' pattern | '=~' pattern | ['not'] 'in' '[' list ']')?
 *   additive   := term (('+' | '-') term)*
 *   term       := unary (('*' | '/' | '%') unary)*
 *   unary      := '-' unary | primary
 *   primary    := number | duration | string | regex | field | function '(' args ')' | '(' expr ')'
 */

import { compileSafeRegex, escapeRegex, RegexSyntaxError, type SafeRegex } from '../../../core/safe-regex.js';

/** How deeply expressions may nest (parentheses, calls, not, unary minus) before the query is refused instead of overflowing the stack. */
export const MAX_QUERY_NESTING = 100;

/** How deep an expression tree may grow (a chain of 1,000 operators is one 1,000 deep). */
export const MAX_EXPRESSION_DEPTH = 1000;
/** The largest `limit` AWS accepts in a query. */
const MAX_LIMIT = 100_000;

export class QueryError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

export type Expr =
  | { type: 'number'; value: number }
  | { type: 'duration'; ms: number; text: string }
  | { type: 'string'; value: string }
  | { type: 'regex'; regex: SafeRegex }
  | { type: 'field'; name: string }
  | { type: 'star' }
  | { type: 'call'; name: string; args: Expr[] }
  | { type: 'unary'; op: '-' | 'not'; operand: Expr }
  | { type: 'binary'; op: string; left: Expr; right: Expr }
  | { type: 'like'; negate: boolean; subject: Expr; pattern: Expr }
  | { type: 'in'; negate: boolean; subject: Expr; list: Expr[] };

export interface Projection {
  expr: Expr;
  /** The name the value appears under: the alias, or the expression's own text. */
  name: string;
}

export type Command =
  | { kind: 'fields'; items: Projection[] }
  | { kind: 'display'; items: Projection[] }
  | { kind: 'filter'; condition: Expr }
  | { kind: 'stats'; aggregates: Projection[]; groups: Projection[] }
  | { kind: 'sort'; keys: Array<{ expr: Expr; name: string; descending: boolean }> }
  | { kind: 'limit'; count: number }
  | { kind: 'parse'; source: Expr; regex: SafeRegex; names: string[] }
  | { kind: 'dedup'; fields: string[] };

interface Token {
  kind: 'number' | 'duration' | 'string' | 'regex' | 'word' | 'field' | 'op' | 'end';
  text: string;
  start: number;
  end: number;
  value?: number;
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  mo: 2_592_000_000,
  q: 7_776_000_000,
  y: 31_536_000_000,
};

const OPERATORS = ['=~', '==', '!=', '<=', '>=', '&&', '||', '=', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']', ',', '|', '!', '^'];

/**
 * Regex literals, on the linear-time engine. `(?i)` (Java style, as AWS
 * accepts it) is RE2 syntax too; trailing i, m and s flags map to RE2's.
 */
export function compileQueryRegex(body: string, flags = ''): SafeRegex {
  const unknown = flags.replace(/[ims]/g, '');
  if (unknown) throw new RegexSyntaxError(`Unknown regular expression flag ${unknown[0]}`);
  return compileSafeRegex(body, { caseInsensitive: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let previous: Token | undefined;
  const push = (token: Token) => {
    tokens.push(token);
    previous = token;
  };
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (char === '"' || char === "'") {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== char) {
        if (source[j] === '\\' && j + 1 < source.length) {
          const next = source[j + 1];
          text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          j += 2;
        } else text += source[j++];
      }
      if (j >= source.length) throw new QueryError('Unterminated string literal', i, source.length);
      push({ kind: 'string', text, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (char === '`') {
      const end = source.indexOf('`', i + 1);
      if (end < 0) throw new QueryError('Unterminated field name', i, source.length);
      push({ kind: 'field', text: source.slice(i + 1, end), start: i, end: end + 1 });
      i = end + 1;
      continue;
    }
    // A slash starts a regex literal where an operand is expected, and divides elsewhere.
    const beforePrevious = tokens[tokens.length - 2];
    const operandExpected =
      !previous ||
      (previous.kind === 'op' && previous.text !== ')' && previous.text !== ']') ||
      (previous.kind === 'word' && ['like', 'and', 'or', 'not', 'in', 'parse'].includes(previous.text.toLowerCase())) ||
      // parse <field> /regex/
      ((previous.kind === 'word' || previous.kind === 'field') && beforePrevious?.kind === 'word' && beforePrevious.text.toLowerCase() === 'parse');
    if (char === '/' && operandExpected) {
      let j = i + 1;
      while (j < source.length && source[j] !== '/') {
        if (source[j] === '\\') j++;
        j++;
      }
      if (j >= source.length) throw new QueryError('Unterminated regular expression', i, source.length);
      const body = source.slice(i + 1, j);
      let k = j + 1;
      while (k < source.length && /[a-z]/.test(source[k])) k++;
      push({ kind: 'regex', text: body + '\u0000' + source.slice(j + 1, k), start: i, end: k });
      i = k;
      continue;
    }
    if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(i))!;
      let end = i + match[0].length;
      const unit = /^[a-z]+/.exec(source.slice(end));
      if (unit && DURATION_UNITS[unit[0]] !== undefined) {
        end += unit[0].length;
        push({ kind: 'duration', text: source.slice(i, end), start: i, end, value: Number(match[0]) * DURATION_UNITS[unit[0]] });
      } else {
        push({ kind: 'number', text: match[0], start: i, end, value: Number(match[0]) });
      }
      i = end;
      continue;
    }
    if (/[A-Za-z_@$]/.test(char)) {
      const match = /^[A-Za-z_@$][A-Za-z0-9_@$.]*/.exec(source.slice(i))!;
      let text = match[0];
      // A trailing dot is punctuation, not part of the name.
      while (text.endsWith(".")) text = text.slice(0, -1);
      push({ kind: 'word', text, start: i, end: i + text.length });
      i += text.length;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
    if (!op) throw new QueryError(`Unexpected character '${char}'`, i, i + 1);
    push({ kind: 'op', text: op, start: i, end: i + op.length });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', start: source.length, end: source.length });
  return tokens;
}

const COMMANDS = new Set(['fields', 'display', 'filter', 'stats', 'sort', 'limit', 'parse', 'dedup']);
const AGGREGATES = new Set(['count', 'count_distinct', 'sum', 'avg', 'min', 'max', 'pct', 'percentile', 'stddev', 'earliest', 'latest', 'sortsfirst', 'sortslast']);

export function isAggregate(name: string): boolean {
  return AGGREGATES.has(name.toLowerCase());
}

export function parseQuery(source: string): Command[] {
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const isOp = (text: string) => peek().kind === 'op' && peek().text === text;
  const isWord = (text: string) => peek().kind === 'word' && peek().text.toLowerCase() === text;
  const fail = (message: string, token = peek()): never => {
    throw new QueryError(message, token.start, token.end);
  };
  const expectOp = (text: string) => {
    if (!isOp(text)) fail(`Expected '${text}' but found ${describe(peek())}`);
    next();
  };
  const textOf = (from: number, to: number) => source.slice(tokens[from].start, tokens[to - 1].end).trim();

  let depth = 0;
  /** Runs a nested parse, refusing nesting deeper than MAX_QUERY_NESTING. */
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_QUERY_NESTING) fail(`The query nests expressions more than ${MAX_QUERY_NESTING} levels deep`);
    try {
      return parse();
    } finally {
      depth--;
    }
  };
  // Chains (a + b + c ..., x and y and ...) build trees as deep as they are long, and evaluation recurses through them.
  const depths = new WeakMap<Expr, number>();
  const built = (expr: Expr): Expr => {
    const children = expr.type === 'binary' ? [expr.left, expr.right] : expr.type === 'unary' ? [expr.operand] : expr.type === 'like' ? [expr.subject, expr.pattern] : expr.type === 'in' ? [expr.subject, ...expr.list] : expr.type === 'call' ? expr.args : [];
    const treeDepth = 1 + Math.max(0, ...children.map((child) => depths.get(child) ?? 1));
    if (treeDepth > MAX_EXPRESSION_DEPTH) fail(`The query's expression is more than ${MAX_EXPRESSION_DEPTH} operations deep`);
    depths.set(expr, treeDepth);
    return expr;
  };
  const expression = (): Expr => nested(or);
  const or = (): Expr => {
    let left = and();
    while (isWord('or') || isOp('||')) {
      next();
      left = built({ type: 'binary', op: 'or', left, right: and() });
    }
    return left;
  };
  const and = (): Expr => {
    let left = not();
    while (isWord('and') || isOp('&&')) {
      next();
      left = built({ type: 'binary', op: 'and', left, right: not() });
    }
    return left;
  };
  const not = (): Expr => {
    if (isWord('not') || isOp('!')) {
      next();
      return built({ type: 'unary', op: 'not', operand: nested(not) });
    }
    return comparison();
  };
  const comparison = (): Expr => {
    const left = additive();
    let negate = false;
    if (isWord('not') && ['like', 'in'].includes(tokens[index + 1]?.text.toLowerCase())) {
      next();
      negate = true;
    }
    if (isWord('like')) {
      next();
      return built({ type: 'like', negate, subject: left, pattern: primary() });
    }
    if (isOp('=~')) {
      next();
      return built({ type: 'like', negate: false, subject: left, pattern: primary() });
    }
    if (isWord('in')) {
      next();
      expectOp('[');
      const list: Expr[] = [];
      if (!isOp(']')) {
        list.push(expression());
        while (isOp(',')) {
          next();
          list.push(expression());
        }
      }
      expectOp(']');
      return built({ type: 'in', negate, subject: left, list });
    }
    const token = peek();
    if (token.kind === 'op' && ['=', '==', '!=', '<', '<=', '>', '>='].includes(token.text)) {
      next();
      return built({ type: 'binary', op: token.text === '==' ? '=' : token.text, left, right: additive() });
    }
    return left;
  };
  const additive = (): Expr => {
    let left = term();
    while (isOp('+') || isOp('-')) {
      const op = next().text;
      left = built({ type: 'binary', op, left, right: term() });
    }
    return left;
  };
  const term = (): Expr => {
    let left = unary();
    while (isOp('*') || isOp('/') || isOp('%') || isOp('^')) {
      const op = next().text;
      left = built({ type: 'binary', op, left, right: unary() });
    }
    return left;
  };
  const unary = (): Expr => {
    if (isOp('-')) {
      next();
      return built({ type: 'unary', op: '-', operand: nested(unary) });
    }
    return primary();
  };
  const primary = (): Expr => {
    const token = next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value! };
      case 'duration':
        return { type: 'duration', ms: token.value!, text: token.text };
      case 'string':
        return { type: 'string', value: token.text };
      case 'regex': {
        const [body, flags] = token.text.split('\u0000');
        try {
          return { type: 'regex', regex: compileQueryRegex(body, flags) };
        } catch {
          return fail(`Invalid regular expression /${body}/`, token);
        }
      }
      case 'field':
        return { type: 'field', name: token.text };
      case 'op':
        if (token.text === '(') {
          const inner = expression();
          expectOp(')');
          return inner;
        }
        if (token.text === '*') return { type: 'star' };
        return fail(`Unexpected ${describe(token)}`, token);
      case 'word': {
        if (isOp('(')) {
          next();
          const args: Expr[] = [];
          if (!isOp(')')) {
            args.push(expression());
            while (isOp(',')) {
              next();
              args.push(expression());
            }
          }
          expectOp(')');
          return built({ type: 'call', name: token.text.toLowerCase(), args });
        }
        const lower = token.text.toLowerCase();
        if (lower === 'true' || lower === 'false') return { type: 'number', value: lower === 'true' ? 1 : 0 };
        return { type: 'field', name: token.text };
      }
      default:
        return fail(`Unexpected ${describe(token)}`, token);
    }
  };

  const projection = (): Projection => {
    const from = index;
    const expr = expression();
    const to = index;
    if (isWord('as')) {
      next();
      const alias = next();
      if (alias.kind !== 'word' && alias.kind !== 'field') fail('Expected a name after as', alias);
      return { expr, name: alias.text };
    }
    return { expr, name: expr.type === 'field' ? expr.name : textOf(from, to) };
  };
  const projections = (stopWords: string[] = []): Projection[] => {
    const items = [projection()];
    while (isOp(',')) {
      next();
      items.push(projection());
    }
    if (!isOp('|') && peek().kind !== 'end' && !stopWords.some((w) => isWord(w))) fail(`Unexpected ${describe(peek())}`);
    return items;
  };

  const command = (): Command => {
    const token = next();
    const name = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (!COMMANDS.has(name)) fail(`Unexpected ${describe(token)}; a command (fields, filter, stats, sort, limit, parse, display, dedup) is expected`, token);
    switch (name) {
      case 'fields':
        return { kind: 'fields', items: projections() };
      case 'display':
        return { kind: 'display', items: projections() };
      case 'filter':
        return { kind: 'filter', condition: expression() };
      case 'stats': {
        const aggregates = projections(['by']);
        for (const item of aggregates) {
          if (!containsAggregate(item.expr)) fail(`stats needs an aggregate function such as count(), but found ${item.name}`, token);
        }
        let groups: Projection[] = [];
        if (isWord('by')) {
          next();
          groups = projections();
        }
        return { kind: 'stats', aggregates, groups };
      }
      case 'sort': {
        const keys: Array<{ expr: Expr; name: string; descending: boolean }> = [];
        for (;;) {
          const from = index;
          const expr = expression();
          const keyName = expr.type === 'field' ? expr.name : textOf(from, index);
          let descending = true;
          if (isWord('asc')) {
            next();
            descending = false;
          } else if (isWord('desc')) next();
          keys.push({ expr, name: keyName, descending });
          if (!isOp(',')) break;
          next();
        }
        return { kind: 'sort', keys };
      }
      case 'limit': {
        const count = next();
        if (count.kind !== 'number' || !Number.isInteger(count.value) || count.value! < 1) fail('limit needs a positive whole number', count);
        if (count.value! > MAX_LIMIT) fail(`limit can be at most ${MAX_LIMIT}`, count);
        return { kind: 'limit', count: count.value! };
      }
      case 'dedup': {
        const fields: string[] = [];
        for (;;) {
          const field = next();
          if (field.kind !== 'word' && field.kind !== 'field') fail('dedup needs field names', field);
          fields.push(field.text);
          if (!isOp(',')) break;
          next();
        }
        return { kind: 'dedup', fields };
      }
      case 'parse': {
        let sourceExpr: Expr = { type: 'field', name: '@message' };
        if (peek().kind === 'word' || peek().kind === 'field') {
          const field = next();
          sourceExpr = { type: 'field', name: field.text };
        }
        const pattern = next();
        if (pattern.kind === 'regex') {
          const [body, flags] = pattern.text.split('\u0000');
          let regex: SafeRegex;
          try {
            regex = compileQueryRegex(body, flags);
          } catch {
            return fail(`Invalid regular expression /${body}/`, pattern);
          }
          const names = regex.groupNames;
          if (!names.length) fail('A parse regular expression needs named groups such as (?<name>...)', pattern);
          return { kind: 'parse', source: sourceExpr, regex, names };
        }
        if (pattern.kind !== 'string') return fail('parse needs a glob string or a regular expression', pattern);
        if (!isWord('as')) fail('A parse glob needs "as" and field names');
        next();
        const names: string[] = [];
        for (;;) {
          const field = next();
          if (field.kind !== 'word' && field.kind !== 'field') fail('Expected a field name', field);
          names.push(field.text);
          if (!isOp(',')) break;
          next();
        }
        const stars = pattern.text.split('*').length - 1;
        if (stars !== names.length) fail(`The glob has ${stars} wildcard${stars === 1 ? '' : 's'} but ${names.length} field name${names.length === 1 ? '' : 's'}`, pattern);
        let glob: SafeRegex;
        try {
          glob = globRegex(pattern.text);
        } catch {
          return fail('The parse glob has too many wildcards', pattern);
        }
        return { kind: 'parse', source: sourceExpr, regex: glob, names };
      }
      default:
        return fail(`Unknown command ${token.text}`, token);
    }
  };

  const commands: Command[] = [];
  if (peek().kind === 'end') throw new QueryError('The query is empty', 0, 0);
  for (;;) {
    commands.push(command());
    if (peek().kind === 'end') break;
    expectOp('|');
  }
  return commands;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'end of query' : `'${token.text}'`;
}

function containsAggregate(expr: Expr): boolean {
  switch (expr.type) {
    case 'call':
      return isAggregate(expr.name) || expr.args.some(containsAggregate);
    case 'unary':
      return containsAggregate(expr.operand);
    case 'binary':
      return containsAggregate(expr.left) || containsAggregate(expr.right);
    default:
      return false;
  }
}

/** A parse glob: each * captures (lazily, the last one greedily); the rest matches literally, anywhere in the value. */
function globRegex(glob: string): SafeRegex {
  const parts = glob.split('*').map(escapeRegex);
  let source = parts[0];
  for (let i = 1; i < parts.length; i++) source += (i === parts.length - 1 ? '(.*)' : '(.*?)') + parts[i];
  return compileSafeRegex(source, { dotAll: true });
}
