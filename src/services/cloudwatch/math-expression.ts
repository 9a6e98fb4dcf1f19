/**
 * CloudWatch metric math expressions: a hand-written tokenizer and a
 * recursive-descent parser into a tree that metric-math.ts evaluates.
 *
 *   expr       := or
 *   or         := and (('OR' | '||') and)*
 *   and        := not (('AND' | '&&') not)*
 *   not        := ('NOT' | '!') not | comparison
 *   comparison := additive (('<' | '<=' | '>' | '>=' | '==' | '!=') additive)?
 *   additive   := term (('+' | '-') term)*
 *   term       := power (('*' | '/') power)*
 *   power      := unary ('^' power)?
 *   unary      := '-' unary | primary
 *   primary    := number | string | id | FUNCTION '(' args ')' | '(' expr ')' | '[' expr (',' expr)* ']'
 */

export type Node =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'id'; name: string }
  | { type: 'keyword'; name: string }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'array'; items: Node[] }
  | { type: 'unary'; op: '-' | 'NOT'; operand: Node }
  | { type: 'binary'; op: string; left: Node; right: Node };

export class MathError extends Error {}

interface Token {
  kind: 'number' | 'string' | 'name' | 'op' | 'end';
  text: string;
  position: number;
}

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '^', '<', '>', '(', ')', '[', ']', ',', '!'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (/[0-9.]/.test(char)) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(i));
      if (!match) throw new MathError(`Unexpected character '${char}' at position ${i + 1}`);
      tokens.push({ kind: 'number', text: match[0], position: i });
      i += match[0].length;
      continue;
    }
    if (char === '"' || char === "'") {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== char) {
        if (source[j] === '\\' && j + 1 < source.length) {
          text += source[j + 1];
          j += 2;
        } else {
          text += source[j++];
        }
      }
      if (j >= source.length) throw new MathError(`Unterminated string starting at position ${i + 1}`);
      tokens.push({ kind: 'string', text, position: i });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'name', text: match[0], position: i });
      i += match[0].length;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
    if (!op) throw new MathError(`Unexpected character '${char}' at position ${i + 1}`);
    tokens.push({ kind: 'op', text: op, position: i });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

export function parseExpression(source: string): Node {
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const isOp = (text: string) => peek().kind === 'op' && peek().text === text;
  const isWord = (text: string) => peek().kind === 'name' && peek().text === text;
  const expect = (text: string) => {
    const token = next();
    if (token.text !== text) throw new MathError(`Expected '${text}' at position ${token.position + 1} but found ${describe(token)}`);
  };

  const expression = (): Node => or();
  const or = (): Node => {
    let left = and();
    while (isOp('||') || isWord('OR')) {
      next();
      left = { type: 'binary', op: 'OR', left, right: and() };
    }
    return left;
  };
  const and = (): Node => {
    let left = not();
    while (isOp('&&') || isWord('AND')) {
      next();
      left = { type: 'binary', op: 'AND', left, right: not() };
    }
    return left;
  };
  const not = (): Node => {
    if (isOp('!') || isWord('NOT')) {
      next();
      return { type: 'unary', op: 'NOT', operand: not() };
    }
    return comparison();
  };
  const comparison = (): Node => {
    const left = additive();
    const token = peek();
    if (token.kind === 'op' && ['<', '<=', '>', '>=', '==', '!='].includes(token.text)) {
      next();
      return { type: 'binary', op: token.text, left, right: additive() };
    }
    return left;
  };
  const additive = (): Node => {
    let left = term();
    while (isOp('+') || isOp('-')) {
      const op = next().text;
      left = { type: 'binary', op, left, right: term() };
    }
    return left;
  };
  const term = (): Node => {
    let left = power();
    while (isOp('*') || isOp('/')) {
      const op = next().text;
      left = { type: 'binary', op, left, right: power() };
    }
    return left;
  };
  const power = (): Node => {
    const base = unary();
    if (isOp('^')) {
      next();
      return { type: 'binary', op: '^', left: base, right: power() };
    }
    return base;
  };
  const unary = (): Node => {
    if (isOp('-')) {
      next();
      return { type: 'unary', op: '-', operand: unary() };
    }
    if (isOp('+')) {
      next();
      return unary();
    }
    return primary();
  };
  const primary = (): Node => {
    const token = next();
    if (token.kind === 'number') return { type: 'number', value: Number(token.text) };
    if (token.kind === 'string') return { type: 'string', value: token.text };
    if (token.kind === 'op' && token.text === '(') {
      const inner = expression();
      expect(')');
      return inner;
    }
    if (token.kind === 'op' && token.text === '[') {
      const items: Node[] = [];
      if (!isOp(']')) {
        items.push(expression());
        while (isOp(',')) {
          next();
          items.push(expression());
        }
      }
      expect(']');
      return { type: 'array', items };
    }
    if (token.kind === 'name') {
      if (isOp('(')) {
        next();
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(expression());
          while (isOp(',')) {
            next();
            args.push(expression());
          }
        }
        expect(')');
        const name = token.text.toUpperCase();
        if (!FUNCTIONS.has(name)) throw new MathError(`Unrecognized function ${token.text}`);
        return { type: 'call', name, args };
      }
      if (/^[A-Z][A-Z_]*$/.test(token.text) && KEYWORDS.has(token.text)) return { type: 'keyword', name: token.text };
      if (!/^[a-z][a-zA-Z0-9_]*$/.test(token.text)) throw new MathError(`Unrecognized identifier ${token.text}`);
      return { type: 'id', name: token.text };
    }
    throw new MathError(`Unexpected ${describe(token)} at position ${token.position + 1}`);
  };

  const tree = expression();
  if (peek().kind !== 'end') throw new MathError(`Unexpected ${describe(peek())} at position ${peek().position + 1}`);
  return tree;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'end of expression' : `'${token.text}'`;
}

const KEYWORDS = new Set(['REPEAT', 'LINEAR']);
const FUNCTIONS = new Set([
  'ABS', 'ANOMALY_DETECTION_BAND', 'AVG', 'CEIL', 'DATAPOINT_COUNT', 'DIFF', 'DIFF_TIME', 'FILL', 'FIRST', 'FLOOR', 'IF', 'LAST', 'LOG', 'LOG10',
  'MAX', 'METRICS', 'MIN', 'PERIOD', 'RATE', 'REMOVE_EMPTY', 'RUNNING_SUM', 'SEARCH', 'SORT', 'STDDEV', 'SUM', 'TIME_SERIES',
]);

/** The ids of other queries an expression refers to. */
export function referencedIds(node: Node, out = new Set<string>()): Set<string> {
  switch (node.type) {
    case 'id':
      out.add(node.name);
      break;
    case 'call':
    case 'array':
      for (const child of node.type === 'call' ? node.args : node.items) referencedIds(child, out);
      break;
    case 'unary':
      referencedIds(node.operand, out);
      break;
    case 'binary':
      referencedIds(node.left, out);
      referencedIds(node.right, out);
      break;
    default:
      break;
  }
  return out;
}

export function usesMetricsFunction(node: Node): boolean {
  if (node.type === 'call') return node.name === 'METRICS' || node.args.some(usesMetricsFunction);
  if (node.type === 'array') return node.items.some(usesMetricsFunction);
  if (node.type === 'unary') return usesMetricsFunction(node.operand);
  if (node.type === 'binary') return usesMetricsFunction(node.left) || usesMetricsFunction(node.right);
  return false;
}
