/** Tokens of DynamoDB's expression language. */
export type TokenType =
  | 'identifier'
  | 'name' // #name
  | 'value' // :value
  | 'number' // list index
  | 'punct'
  | 'eof'
  | 'invalid';

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
}

const PUNCTUATION = ['<=', '>=', '<>', '=', '<', '>', '(', ')', '[', ']', ',', '.', '+', '-'];

function isIdentifierStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isIdentifierPart(c: string): boolean {
  return isIdentifierStart(c) || (c >= '0' && c <= '9');
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (isIdentifierStart(c)) {
      while (i < text.length && isIdentifierPart(text[i])) i++;
      tokens.push({ type: 'identifier', text: text.slice(start, i), start, end: i });
    } else if (c === '#' || c === ':') {
      i++;
      while (i < text.length && isIdentifierPart(text[i])) i++;
      tokens.push({ type: i - start > 1 ? (c === '#' ? 'name' : 'value') : 'invalid', text: text.slice(start, i), start, end: i });
    } else if (isDigit(c)) {
      while (i < text.length && isDigit(text[i])) i++;
      // A digit run glued to letters is not a token DynamoDB knows.
      if (i < text.length && isIdentifierStart(text[i])) {
        while (i < text.length && isIdentifierPart(text[i])) i++;
        tokens.push({ type: 'invalid', text: text.slice(start, i), start, end: i });
      } else tokens.push({ type: 'number', text: text.slice(start, i), start, end: i });
    } else {
      const punct = PUNCTUATION.find((p) => text.startsWith(p, i));
      if (punct) {
        i += punct.length;
        tokens.push({ type: 'punct', text: punct, start, end: i });
      } else {
        const code = text.codePointAt(i)!;
        i += code > 0xffff ? 2 : 1;
        tokens.push({ type: 'invalid', text: text.slice(start, i), start, end: i });
      }
    }
  }
  tokens.push({ type: 'eof', text: '<EOF>', start: text.length, end: text.length });
  return tokens;
}
