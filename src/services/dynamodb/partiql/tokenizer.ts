import { malformed } from './errors.js';

/** One lexical element of a PartiQL statement. */
export interface Token {
  kind: 'identifier' | 'quoted' | 'string' | 'number' | 'symbol' | 'parameter' | 'end';
  text: string;
  /** Offset in the statement, for error messages. */
  at: number;
}

/** Symbols, longest first so `<=` is read before `<`. */
const SYMBOLS = ['<<', '>>', '<=', '>=', '<>', '!=', '=', '<', '>', '(', ')', '[', ']', '{', '}', ',', '.', '*', '+', '-', ':', ';'];

function isIdentifierStart(ch: string): boolean {
  return /[A-Za-z_$]/.test(ch);
}

/** Reads a quoted run ('...' or "...") where a doubled quote stands for one. */
function readQuoted(text: string, start: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw malformed('Unexpected end of statement');
    const ch = text[i];
    if (ch === quote) {
      if (text[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i++;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // PartiQL comments: -- to the end of the line.
    if (ch === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const { value, end } = readQuoted(text, i, ch);
      tokens.push({ kind: ch === "'" ? 'string' : 'quoted', text: value, at: i });
      i = end;
      continue;
    }
    if (ch === '?') {
      tokens.push({ kind: 'parameter', text: '?', at: i });
      i++;
      continue;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && (ch !== '.' || /\d/.test(text[i + 1] ?? ''))) {
      tokens.push({ kind: 'number', text: number[0], at: i });
      i += number[0].length;
      continue;
    }
    if (isIdentifierStart(ch)) {
      const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i))![0];
      tokens.push({ kind: 'identifier', text: word, at: i });
      i += word.length;
      continue;
    }
    const symbol = SYMBOLS.find((s) => text.startsWith(s, i));
    if (!symbol) throw malformed(`Unexpected character: '${ch}'`);
    tokens.push({ kind: 'symbol', text: symbol, at: i });
    i += symbol.length;
  }
  tokens.push({ kind: 'end', text: '', at: text.length });
  return tokens;
}
