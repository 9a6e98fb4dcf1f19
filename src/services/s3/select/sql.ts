/**
 * The SQL of S3 Select, parsed by recursive descent into a small tree (no regular expressions):
 *
 *   SELECT (* | item [, item]...) FROM S3Object [[AS] alias] [WHERE condition] [LIMIT n]
 *   item       := expression [[AS] name]
 *   expression := OR / AND / NOT, comparisons (= != <> < <= > >=), [NOT] LIKE pattern [ESCAPE c],
 *                 IS [NOT] NULL, [NOT] BETWEEN a AND b, [NOT] IN (list), + - * / % and ||,
 *                 CAST(expression AS type), functions (LOWER, UPPER, CHAR_LENGTH, TRIM, SUBSTRING,
 *                 COALESCE, NULLIF), aggregates (COUNT, SUM, AVG, MIN, MAX), literals, and paths
 *                 (s._1, s.name, s."Quoted Name", s.a.b[0]).
 *
 * Failures are S3's Select error codes (ParseUnexpectedToken, ParseSelectMissingFrom, ...).
 */
import { AwsError } from '../../../core/errors.js';

export type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'path'; steps: Array<string | number>; quoted: boolean[] }
  | { kind: 'unary'; op: '-' | 'NOT'; arg: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'like'; arg: Expr; pattern: Expr; escape?: Expr; negated: boolean }
  | { kind: 'isNull'; arg: Expr; negated: boolean }
  | { kind: 'between'; arg: Expr; low: Expr; high: Expr; negated: boolean }
  | { kind: 'in'; arg: Expr; list: Expr[]; negated: boolean }
  | { kind: 'cast'; arg: Expr; type: string }
  | { kind: 'call'; name: string; args: Expr[]; star?: boolean };

export interface SelectItem {
  expr: Expr;
  alias?: string;
}

export interface SelectQuery {
  /** undefined for SELECT *. */
  items?: SelectItem[];
  alias?: string;
  where?: Expr;
  limit?: number;
}

export const AGGREGATES = new Set(['COUNT', 'SUM', 'AVG', 'MIN', 'MAX']);
const FUNCTIONS = new Set(['LOWER', 'UPPER', 'CHAR_LENGTH', 'CHARACTER_LENGTH', 'TRIM', 'SUBSTRING', 'COALESCE', 'NULLIF', ...AGGREGATES]);
const TYPES = new Set(['INT', 'INTEGER', 'FLOAT', 'DECIMAL', 'NUMERIC', 'STRING', 'VARCHAR', 'CHAR', 'BOOL', 'BOOLEAN', 'TIMESTAMP']);
const KEYWORDS = new Set(['SELECT', 'FROM', 'WHERE', 'LIMIT', 'AS', 'AND', 'OR', 'NOT', 'LIKE', 'ESCAPE', 'IS', 'NULL', 'TRUE', 'FALSE', 'BETWEEN', 'IN', 'CAST', 'MISSING']);

/** S3 Select's errors, with the descriptions of S3's error table. */
const SELECT_ERRORS: Record<string, string> = {
  ParseUnexpectedToken: 'The SQL expression contains an unexpected token.',
  ParseSelectMissingFrom: 'The SQL expression contains a missing FROM after the SELECT list.',
  ParseEmptySelect: 'The SQL expression contains an empty SELECT clause.',
  ParseExpectedExpression: 'The expected SQL expression was not found.',
  ParseExpectedTypeName: 'The expected type name in the SQL expression was not found.',
  ParseExpectedNumber: 'The expected number in the SQL expression was not found.',
  ParseAsteriskIsNotAloneInSelectList: 'Other expressions are not allowed in the SELECT list when * is used without dot notation in the SQL expression.',
  ParseUnsupportedCallWithStar: 'Only COUNT with (*) as a parameter is supported in the SQL expression.',
  ParseExpectedKeyword: 'The expected keyword in the SQL expression was not found.',
  LexerInvalidChar: 'The SQL expression contains a character that is not valid.',
  UnsupportedFunction: 'S3 encountered an unsupported SQL function.',
  InvalidTableAlias: 'The SQL expression contains a table alias that is not valid.',
  InvalidCast: 'An attempt to convert from one data type to another using CAST failed in the SQL expression.',
  InvalidColumnIndex: 'The column index in the SQL expression is not valid.',
  EvaluatorNegativeLimit: 'LIMIT must not be negative.',
  IncorrectSqlFunctionArgumentType: 'An incorrect argument type was specified in a function call in the SQL expression.',
  LikeInvalidInputs: 'The argument given to the LIKE clause in the SQL expression is not valid.',
  UnsupportedSqlStructure: 'S3 encountered an unsupported SQL structure. Check the SQL Reference.',
  ParseNonUnaryAgregateFunctionCall: 'Only one argument is supported for aggregate functions in the SQL expression.',
};

export function selectError(code: keyof typeof SELECT_ERRORS | string): AwsError {
  return new AwsError(code, SELECT_ERRORS[code] ?? code, 400);
}

type Token = { type: 'word' | 'quoted' | 'string' | 'number' | 'op'; text: string };

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const isWordStart = (c: string) => /[A-Za-z_]/.test(c);
  const isWord = (c: string) => /[A-Za-z0-9_]/.test(c);
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isWordStart(c)) {
      let j = i + 1;
      while (j < sql.length && isWord(sql[j]!)) j++;
      tokens.push({ type: 'word', text: sql.slice(i, j) });
      i = j;
    } else if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < sql.length && ((sql[j]! >= '0' && sql[j]! <= '9') || sql[j] === '.')) j++;
      tokens.push({ type: 'number', text: sql.slice(i, j) });
      i = j;
    } else if (c === "'" || c === '"') {
      // '' inside a string and "" inside a quoted name stand for the quote itself.
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= sql.length) throw selectError('ParseUnexpectedToken');
        if (sql[j] === c) {
          if (sql[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j];
        j++;
      }
      tokens.push({ type: c === "'" ? 'string' : 'quoted', text });
      i = j + 1;
    } else {
      const two = sql.slice(i, i + 2);
      if (['<=', '>=', '<>', '!=', '||'].includes(two)) {
        tokens.push({ type: 'op', text: two });
        i += 2;
      } else if ('=<>+-*/%(),.[]'.includes(c)) {
        tokens.push({ type: 'op', text: c });
        i++;
      } else {
        throw selectError('LexerInvalidChar');
      }
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  private isKeyword(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.type === 'word' && t.text.toUpperCase() === word;
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t?.type === 'op' && t.text === op;
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.at++;
    return true;
  }

  private acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.at++;
    return true;
  }

  private expectOp(op: string): void {
    if (!this.acceptOp(op)) throw selectError('ParseUnexpectedToken');
  }

  query(): SelectQuery {
    if (!this.acceptKeyword('SELECT')) throw selectError('ParseUnexpectedToken');
    const query: SelectQuery = {};
    if (this.isKeyword('FROM')) throw selectError('ParseEmptySelect');
    if (this.acceptOp('*')) {
      if (this.isOp(',')) throw selectError('ParseAsteriskIsNotAloneInSelectList');
    } else {
      query.items = [];
      do {
        if (this.isOp('*')) throw selectError('ParseAsteriskIsNotAloneInSelectList');
        const expr = this.expression();
        let alias: string | undefined;
        if (this.acceptKeyword('AS')) alias = this.identifier();
        else if (this.peek()?.type === 'quoted' || (this.peek()?.type === 'word' && !KEYWORDS.has(this.peek()!.text.toUpperCase()))) alias = this.identifier();
        query.items.push({ expr, alias });
      } while (this.acceptOp(','));
    }
    if (!this.acceptKeyword('FROM')) throw selectError('ParseSelectMissingFrom');
    const source = this.peek();
    if (source?.type !== 'word' || source.text.toUpperCase() !== 'S3OBJECT') throw selectError('InvalidTableAlias');
    this.at++;
    // FROM S3Object[*] for JSON arrays at the top level is accepted as S3Object.
    if (this.acceptOp('[')) {
      this.expectOp('*');
      this.expectOp(']');
    }
    if (this.acceptKeyword('AS')) query.alias = this.identifier();
    else if (this.peek()?.type === 'word' && !KEYWORDS.has(this.peek()!.text.toUpperCase())) query.alias = this.identifier();
    if (this.acceptKeyword('WHERE')) query.where = this.expression();
    if (this.acceptKeyword('LIMIT')) {
      const negative = this.acceptOp('-');
      const t = this.peek();
      if (t?.type !== 'number' || t.text.includes('.')) throw selectError('ParseExpectedNumber');
      this.at++;
      if (negative) throw selectError('EvaluatorNegativeLimit');
      query.limit = Number(t.text);
    }
    if (this.peek()) throw selectError('ParseUnexpectedToken');
    return query;
  }

  private identifier(): string {
    const t = this.peek();
    if (t?.type !== 'word' && t?.type !== 'quoted') throw selectError('ParseUnexpectedToken');
    this.at++;
    return t.text;
  }

  expression(): Expr {
    let left = this.andExpr();
    while (this.acceptKeyword('OR')) left = { kind: 'binary', op: 'OR', left, right: this.andExpr() };
    return left;
  }

  private andExpr(): Expr {
    let left = this.notExpr();
    while (this.acceptKeyword('AND')) left = { kind: 'binary', op: 'AND', left, right: this.notExpr() };
    return left;
  }

  private notExpr(): Expr {
    if (this.acceptKeyword('NOT')) return { kind: 'unary', op: 'NOT', arg: this.notExpr() };
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.additive();
    const t = this.peek();
    if (t?.type === 'op' && ['=', '!=', '<>', '<', '<=', '>', '>='].includes(t.text)) {
      this.at++;
      return { kind: 'binary', op: t.text === '<>' ? '!=' : t.text, left, right: this.additive() };
    }
    if (this.acceptKeyword('IS')) {
      const negated = this.acceptKeyword('NOT');
      if (!this.acceptKeyword('NULL') && !this.acceptKeyword('MISSING')) throw selectError('ParseExpectedKeyword');
      return { kind: 'isNull', arg: left, negated };
    }
    const negated = this.isKeyword('NOT') && (this.isKeyword('LIKE', 1) || this.isKeyword('BETWEEN', 1) || this.isKeyword('IN', 1));
    if (negated) this.at++;
    if (this.acceptKeyword('LIKE')) {
      const pattern = this.additive();
      const escape = this.acceptKeyword('ESCAPE') ? this.additive() : undefined;
      return { kind: 'like', arg: left, pattern, escape, negated };
    }
    if (this.acceptKeyword('BETWEEN')) {
      const low = this.additive();
      if (!this.acceptKeyword('AND')) throw selectError('ParseExpectedKeyword');
      return { kind: 'between', arg: left, low, high: this.additive(), negated };
    }
    if (this.acceptKeyword('IN')) {
      this.expectOp('(');
      const list = [this.expression()];
      while (this.acceptOp(',')) list.push(this.expression());
      this.expectOp(')');
      return { kind: 'in', arg: left, list, negated };
    }
    if (negated) throw selectError('ParseUnexpectedToken');
    return left;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    for (;;) {
      const t = this.peek();
      if (t?.type !== 'op' || !['+', '-', '||'].includes(t.text)) return left;
      this.at++;
      left = { kind: 'binary', op: t.text, left, right: this.multiplicative() };
    }
  }

  private multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t?.type !== 'op' || !['*', '/', '%'].includes(t.text)) return left;
      this.at++;
      left = { kind: 'binary', op: t.text, left, right: this.unary() };
    }
  }

  private unary(): Expr {
    if (this.acceptOp('-')) return { kind: 'unary', op: '-', arg: this.unary() };
    return this.primary();
  }

  private primary(): Expr {
    const t = this.peek();
    if (!t) throw selectError('ParseExpectedExpression');
    if (t.type === 'number') {
      this.at++;
      return { kind: 'literal', value: Number(t.text) };
    }
    if (t.type === 'string') {
      this.at++;
      return { kind: 'literal', value: t.text };
    }
    if (this.acceptOp('(')) {
      const inner = this.expression();
      this.expectOp(')');
      return inner;
    }
    if (t.type === 'word') {
      const upper = t.text.toUpperCase();
      if (upper === 'NULL' || upper === 'MISSING') {
        this.at++;
        return { kind: 'literal', value: null };
      }
      if (upper === 'TRUE' || upper === 'FALSE') {
        this.at++;
        return { kind: 'literal', value: upper === 'TRUE' };
      }
      if (upper === 'CAST') {
        this.at++;
        this.expectOp('(');
        const arg = this.expression();
        if (!this.acceptKeyword('AS')) throw selectError('ParseExpectedKeyword');
        const type = this.peek();
        if (type?.type !== 'word' || !TYPES.has(type.text.toUpperCase())) throw selectError('ParseExpectedTypeName');
        this.at++;
        this.expectOp(')');
        return { kind: 'cast', arg, type: type.text.toUpperCase() };
      }
      if (this.tokens[this.at + 1]?.type === 'op' && this.tokens[this.at + 1]!.text === '(') {
        this.at += 2;
        if (!FUNCTIONS.has(upper)) throw selectError('UnsupportedFunction');
        if (this.acceptOp('*')) {
          if (upper !== 'COUNT') throw selectError('ParseUnsupportedCallWithStar');
          this.expectOp(')');
          return { kind: 'call', name: upper, args: [], star: true };
        }
        const args: Expr[] = [];
        if (!this.isOp(')')) {
          args.push(this.expression());
          while (this.acceptOp(',')) args.push(this.expression());
        }
        this.expectOp(')');
        return { kind: 'call', name: upper, args };
      }
      if (KEYWORDS.has(upper)) throw selectError('ParseUnexpectedToken');
    }
    if (t.type === 'word' || t.type === 'quoted') return this.path();
    throw selectError('ParseUnexpectedToken');
  }

  private path(): Expr {
    const steps: Array<string | number> = [];
    const quoted: boolean[] = [];
    const first = this.peek()!;
    this.at++;
    steps.push(first.text);
    quoted.push(first.type === 'quoted');
    for (;;) {
      if (this.acceptOp('.')) {
        const t = this.peek();
        if (t?.type !== 'word' && t?.type !== 'quoted') throw selectError('ParseUnexpectedToken');
        this.at++;
        steps.push(t.text);
        quoted.push(t.type === 'quoted');
      } else if (this.acceptOp('[')) {
        const t = this.peek();
        if (t?.type === 'number') steps.push(Number(t.text));
        else if (t?.type === 'string') steps.push(t.text);
        else throw selectError('ParseUnexpectedToken');
        quoted.push(t.type === 'string');
        this.at++;
        this.expectOp(']');
      } else {
        return { kind: 'path', steps, quoted };
      }
    }
  }
}

export const MAX_EXPRESSION_BYTES = 256 * 1024;

export function parseSelect(sql: string): SelectQuery {
  if (Buffer.byteLength(sql, 'utf8') > MAX_EXPRESSION_BYTES) {
    throw new AwsError('ExpressionTooLong', 'The SQL expression is too long. The maximum byte-length for an SQL expression is 256 KB.', 400);
  }
  return new Parser(tokenize(sql)).query();
}
