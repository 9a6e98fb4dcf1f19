/**
 * The pieces of CloudWatch Logs filter-pattern syntax the pattern forms share:
 * quoted phrases, %regex% terms in AWS's regex subset (on the linear-time
 * engine), literal values and comparisons, and the tokenizer and token stream
 * of JSON and space-delimited patterns.
 */
import { compileSafeRegex, RegexSyntaxError, type SafeRegex } from '../../core/safe-regex.js';
import { compileGlob, type Glob } from './glob.js';

export class FilterPatternError extends Error {
  constructor(
    message: string,
    /** The message is AWS's own wording, to be sent as is. */
    readonly exact = false,
  ) {
    super(message);
  }
}

/** AWS: at most two %regex% terms in one filter pattern. */
export const MAX_REGEXES_PER_PATTERN = 2;

/** How deeply JSON pattern groups and negations may nest (the pattern is at most 1,024 characters). */
export const MAX_NESTING = 100;

export function findClosingQuote(source: string, open: number): number {
  for (let j = open + 1; j < source.length; j++) {
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source[j] === '"') return j;
  }
  throw new FilterPatternError('Invalid filter pattern: a quoted term is not closed.');
}

export function unescapeQuoted(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/**
 * AWS's regex subset for filter patterns: letters, digits, the symbols
 * : _ # = @ / ; , - and the operators ^ $ ? [ ] { } | \\ * + . (no groups,
 * no multibyte characters). Spaces pass: AWS accepts them (`%^REPORT\\s.+\\sStatus: timeout%`).
 */
const REGEX_CHARACTERS = /^[A-Za-z0-9:_#=@/;,\- ^$?[\]{}|\\*+.]*$/;

export function compileRegex(source: string): SafeRegex {
  if (!REGEX_CHARACTERS.test(source)) throw new FilterPatternError('Invalid character(s) in term', true);
  try {
    return compileSafeRegex(source);
  } catch (error) {
    if (error instanceof RegexSyntaxError && error.tooComplex) throw new FilterPatternError('Regular expression evaluation time exceeded allowed limit', true);
    throw new FilterPatternError(`Invalid regular expression: ${source}`);
  }
}

export class RegexCounter {
  count = 0;
  add(): void {
    if (++this.count > MAX_REGEXES_PER_PATTERN) throw new FilterPatternError(`A filter pattern can contain at most ${MAX_REGEXES_PER_PATTERN} regular expressions.`);
  }
}


// ---------------------------------------------------------------- values and comparisons

export type Literal = { kind: 'number'; value: number } | { kind: 'string'; value: string; quoted: boolean; glob?: Glob } | { kind: 'regex'; regex: SafeRegex };

export type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>=';

export function compareValue(actual: unknown, op: Comparison, literal: Literal): boolean {
  if (actual === undefined || actual === null) return false;
  if (literal.kind === 'regex') {
    const text = typeof actual === 'string' ? actual : typeof actual === 'number' || typeof actual === 'boolean' ? String(actual) : undefined;
    if (text === undefined) return false;
    const hit = literal.regex.test(text);
    return op === '!=' ? !hit : op === '=' ? hit : false;
  }
  if (literal.kind === 'number') {
    const number = typeof actual === 'number' ? actual : typeof actual === 'string' && actual.trim() !== '' && !Number.isNaN(Number(actual)) ? Number(actual) : undefined;
    if (number === undefined) return op === '!=';
    switch (op) {
      case '=':
        return number === literal.value;
      case '!=':
        return number !== literal.value;
      case '<':
        return number < literal.value;
      case '<=':
        return number <= literal.value;
      case '>':
        return number > literal.value;
      case '>=':
        return number >= literal.value;
    }
  }
  const text = typeof actual === 'string' ? actual : typeof actual === 'number' || typeof actual === 'boolean' ? String(actual) : undefined;
  if (text === undefined) return op === '!=';
  const hit = literal.glob ? literal.glob.test(text) : text === literal.value;
  if (op === '=') return hit;
  if (op === '!=') return !hit;
  // < and > with a string compare numerically when both sides are numbers, else not at all.
  const a = Number(text);
  const b = Number(literal.value);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return compareValue(a, op, { kind: 'number', value: b });
}

// ---------------------------------------------------------------- tokenizer for JSON and delimited patterns

export interface Token {
  kind: 'selector' | 'word' | 'string' | 'regex' | 'op' | 'end';
  text: string;
  position: number;
}

const OPERATOR_TOKENS = ['&&', '||', '!=', '<=', '>=', '=', '<', '>', '(', ')', '{', '}', '[', ']', ',', '!'];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '"') {
      const end = findClosingQuote(source, i);
      tokens.push({ kind: 'string', text: unescapeQuoted(source.slice(i + 1, end)), position: i });
      i = end + 1;
      continue;
    }
    if (char === '%') {
      const end = source.indexOf('%', i + 1);
      if (end < 0) throw new FilterPatternError('Invalid regular expression: the closing % is missing.');
      tokens.push({ kind: 'regex', text: source.slice(i + 1, end), position: i });
      i = end + 1;
      continue;
    }
    if (char === '$' && source[i + 1] === '.') {
      let j = i + 2;
      while (j < source.length && /[A-Za-z0-9_.\-[\]*@$]/.test(source[j])) {
        if (source[j] === '[') {
          const close = source.indexOf(']', j);
          if (close < 0) throw new FilterPatternError(`Invalid selector at position ${i + 1}`);
          j = close + 1;
        } else j++;
      }
      tokens.push({ kind: 'selector', text: source.slice(i, j), position: i });
      i = j;
      continue;
    }
    if (source.startsWith('...', i)) {
      tokens.push({ kind: 'word', text: '...', position: i });
      i += 3;
      continue;
    }
    const op = OPERATOR_TOKENS.find((candidate) => source.startsWith(candidate, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, position: i });
      i += op.length;
      continue;
    }
    let j = i;
    while (j < source.length && !/[\s"=!<>&|(),{}[\]]/.test(source[j])) j++;
    if (j === i) throw new FilterPatternError(`Invalid character '${char}' at position ${i + 1}`);
    tokens.push({ kind: 'word', text: source.slice(i, j), position: i });
    i = j;
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

export class TokenStream {
  index = 0;
  depth = 0;
  readonly regexes = new RegexCounter();
  constructor(readonly tokens: Token[]) {}
  /** Runs a nested parse, refusing nesting deeper than MAX_NESTING instead of overflowing the stack. */
  nested<T>(parse: () => T): T {
    if (++this.depth > MAX_NESTING) throw new FilterPatternError(`The filter pattern nests more than ${MAX_NESTING} levels deep at position ${this.peek().position + 1}`);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
  peek(): Token {
    return this.tokens[this.index];
  }
  next(): Token {
    return this.tokens[this.index++];
  }
  isOp(text: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.text === text;
  }
  isWord(text: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text.toUpperCase() === text;
  }
  expectOp(text: string): void {
    const token = this.next();
    if (token.kind !== 'op' || token.text !== text) {
      throw new FilterPatternError(`Expected '${text}' at position ${token.position + 1} of the filter pattern`);
    }
  }
}

export function readLiteral(stream: TokenStream): Literal {
  const token = stream.next();
  if (token.kind === 'string') return stringLiteral(token.text, true);
  if (token.kind === 'regex') {
    stream.regexes.add();
    return { kind: 'regex', regex: compileRegex(token.text) };
  }
  if (token.kind === 'word') {
    if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(token.text)) return { kind: 'number', value: Number(token.text) };
    return stringLiteral(token.text, false);
  }
  throw new FilterPatternError(`Expected a value at position ${token.position + 1} of the filter pattern`);
}

function stringLiteral(value: string, quoted: boolean): Literal {
  return { kind: 'string', value, quoted, glob: value.includes('*') ? compileGlob(value) : undefined };
}

export function readComparison(stream: TokenStream): Comparison {
  const token = stream.next();
  if (token.kind === 'op' && ['=', '!=', '<', '<=', '>', '>='].includes(token.text)) return token.text as Comparison;
  throw new FilterPatternError(`Expected a comparison operator at position ${token.position + 1} of the filter pattern`);
}
