import { checkValue, type AttributeValue, type Item } from '../attribute-values.js';
import type { Comparator, PathElement } from '../expressions/ast.js';
import { validation } from '../errors.js';
import { malformed } from './errors.js';
import { tokenize, type Token } from './tokenizer.js';

/** A PartiQL expression, with `?` parameters already replaced by their values. */
export type Expr =
  | { kind: 'path'; elements: PathElement[] }
  | { kind: 'value'; value: AttributeValue }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'arithmetic'; operator: '+' | '-'; left: Expr; right: Expr }
  | { kind: 'compare'; operator: Comparator; left: Expr; right: Expr }
  | { kind: 'between'; operand: Expr; low: Expr; high: Expr; negated: boolean }
  | { kind: 'in'; operand: Expr; list: Expr[]; negated: boolean }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr }
  | { kind: 'is'; operand: Expr; what: 'MISSING' | 'NULL'; negated: boolean };

export type PathExpr = Extract<Expr, { kind: 'path' }>;

export interface SelectStatement {
  kind: 'select';
  /** Undefined for `*`. */
  projection?: PathExpr[];
  table: string;
  index?: string;
  where?: Expr;
  orderBy: Array<{ name: string; descending: boolean }>;
}
export interface InsertStatement {
  kind: 'insert';
  table: string;
  item: Item;
}
export interface UpdateStatement {
  kind: 'update';
  table: string;
  set: Array<{ path: PathExpr; value: Expr }>;
  remove: PathExpr[];
  where: Expr;
  returning?: 'ALL_OLD' | 'ALL_NEW' | 'UPDATED_OLD' | 'UPDATED_NEW';
}
export interface DeleteStatement {
  kind: 'delete';
  table: string;
  where: Expr;
  returning?: 'ALL_OLD';
}
/** `EXISTS(SELECT ...)`: a condition check, only inside ExecuteTransaction. */
export interface ExistsStatement {
  kind: 'exists';
  select: SelectStatement;
}
export type Statement = SelectStatement | InsertStatement | UpdateStatement | DeleteStatement | ExistsStatement;

const KEYWORDS = new Set([
  'SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'IS', 'BETWEEN', 'MISSING', 'NULL', 'TRUE', 'FALSE', 'SET', 'REMOVE',
  'RETURNING', 'VALUE', 'VALUES', 'INTO', 'ORDER', 'BY', 'ASC', 'DESC', 'INSERT', 'UPDATE', 'DELETE', 'EXISTS', 'ALL', 'OLD', 'NEW', 'MODIFIED',
]);
const COMPARATORS: Record<string, Comparator> = { '=': '=', '<>': '<>', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private usedParameters = 0;

  constructor(private readonly text: string, private readonly parameters: AttributeValue[]) {
    this.tokens = tokenize(text);
  }

  private get token(): Token {
    return this.tokens[this.pos];
  }

  private isKeyword(word: string, token = this.token): boolean {
    return token.kind === 'identifier' && token.text.toUpperCase() === word;
  }

  private isSymbol(symbol: string, token = this.token): boolean {
    return token.kind === 'symbol' && token.text === symbol;
  }

  private unexpected(): never {
    const token = this.token;
    if (token.kind === 'end') throw malformed('Unexpected end of statement');
    const before = this.text.slice(0, token.at).split('\n');
    const where = `at line ${before.length}, column ${before[before.length - 1].length + 1}`;
    if (token.kind === 'identifier' && KEYWORDS.has(token.text.toUpperCase())) throw malformed(`Unexpected keyword ${where}`);
    throw malformed(`Unexpected token ${where}`);
  }

  private keyword(word: string): void {
    if (!this.isKeyword(word)) this.unexpected();
    this.pos++;
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.pos++;
    return true;
  }

  private symbol(symbol: string): void {
    if (!this.isSymbol(symbol)) this.unexpected();
    this.pos++;
  }

  private acceptSymbol(symbol: string): boolean {
    if (!this.isSymbol(symbol)) return false;
    this.pos++;
    return true;
  }

  /** A table, index or attribute name: "quoted" or a bare word that is not a keyword. */
  private name(): string {
    const token = this.token;
    // An empty "" names nothing.
    if ((token.kind === 'quoted' && token.text !== '') || (token.kind === 'identifier' && !KEYWORDS.has(token.text.toUpperCase()))) {
      this.pos++;
      return token.text;
    }
    return this.unexpected();
  }

  statement(allowExists: boolean): Statement {
    let statement: Statement;
    if (this.isKeyword('SELECT')) statement = this.select();
    else if (this.isKeyword('INSERT')) statement = this.insert();
    else if (this.isKeyword('UPDATE')) statement = this.update();
    else if (this.isKeyword('DELETE')) statement = this.delete();
    else if (allowExists && this.isKeyword('EXISTS')) {
      this.pos++;
      this.symbol('(');
      const select = this.select();
      this.symbol(')');
      statement = { kind: 'exists', select };
    } else throw malformed('Expected data manipulation');
    this.acceptSymbol(';');
    if (this.token.kind !== 'end') this.unexpected();
    if (this.usedParameters !== this.parameters.length) throw validation("Number of parameters in request and statement don't match.");
    return statement;
  }

  private select(): SelectStatement {
    this.keyword('SELECT');
    let projection: PathExpr[] | undefined;
    if (!this.acceptSymbol('*')) {
      projection = [this.path()];
      while (this.acceptSymbol(',')) projection.push(this.path());
    }
    this.keyword('FROM');
    const table = this.name();
    const index = this.acceptSymbol('.') ? this.name() : undefined;
    const where = this.acceptKeyword('WHERE') ? this.expression() : undefined;
    const orderBy: SelectStatement['orderBy'] = [];
    if (this.acceptKeyword('ORDER')) {
      this.keyword('BY');
      do {
        const name = this.name();
        const descending = this.acceptKeyword('DESC');
        if (!descending) this.acceptKeyword('ASC');
        orderBy.push({ name, descending });
      } while (this.acceptSymbol(','));
    }
    return { kind: 'select', projection, table, index, where, orderBy };
  }

  private insert(): InsertStatement {
    this.keyword('INSERT');
    this.keyword('INTO');
    const table = this.name();
    this.keyword('VALUE');
    const start = this.token;
    const value = this.literal();
    if (!value.M) {
      this.pos = this.tokens.indexOf(start);
      this.unexpected();
    }
    return { kind: 'insert', table, item: value.M };
  }

  private update(): UpdateStatement {
    this.keyword('UPDATE');
    const table = this.name();
    const set: UpdateStatement['set'] = [];
    const remove: PathExpr[] = [];
    do {
      if (this.acceptKeyword('SET')) {
        do {
          const path = this.path();
          this.symbol('=');
          set.push({ path, value: this.additive() });
        } while (this.acceptSymbol(','));
      } else if (this.acceptKeyword('REMOVE')) {
        do remove.push(this.path());
        while (this.acceptSymbol(','));
      } else this.unexpected();
    } while (this.isKeyword('SET') || this.isKeyword('REMOVE'));
    this.keyword('WHERE');
    const where = this.expression();
    let returning: UpdateStatement['returning'];
    if (this.acceptKeyword('RETURNING')) {
      const which = this.acceptKeyword('ALL') ? 'ALL' : (this.keyword('MODIFIED'), 'UPDATED');
      const image = this.acceptKeyword('OLD') ? 'OLD' : (this.keyword('NEW'), 'NEW');
      this.symbol('*');
      returning = `${which}_${image}` as UpdateStatement['returning'];
    }
    return { kind: 'update', table, set, remove, where, returning };
  }

  private delete(): DeleteStatement {
    this.keyword('DELETE');
    this.keyword('FROM');
    const table = this.name();
    this.keyword('WHERE');
    const where = this.expression();
    let returning: DeleteStatement['returning'];
    if (this.acceptKeyword('RETURNING')) {
      this.keyword('ALL');
      this.keyword('OLD');
      this.symbol('*');
      returning = 'ALL_OLD';
    }
    return { kind: 'delete', table, where, returning };
  }

  /** a.b[0]."c d" */
  private path(): PathExpr {
    const elements: PathElement[] = [this.name()];
    for (;;) {
      if (this.acceptSymbol('.')) elements.push(this.name());
      else if (this.acceptSymbol('[')) {
        const token = this.token;
        if (token.kind === 'number' && /^\d+$/.test(token.text)) elements.push(Number(token.text));
        else if (token.kind === 'string') elements.push(token.text);
        else this.unexpected();
        this.pos++;
        this.symbol(']');
      } else return { kind: 'path', elements };
    }
  }

  expression(): Expr {
    let left = this.conjunction();
    while (this.acceptKeyword('OR')) left = { kind: 'or', left, right: this.conjunction() };
    return left;
  }

  private conjunction(): Expr {
    let left = this.negation();
    while (this.acceptKeyword('AND')) left = { kind: 'and', left, right: this.negation() };
    return left;
  }

  private negation(): Expr {
    if (this.acceptKeyword('NOT')) return { kind: 'not', operand: this.negation() };
    return this.predicate();
  }

  private predicate(): Expr {
    const operand = this.additive();
    const token = this.token;
    if (token.kind === 'symbol' && COMPARATORS[token.text]) {
      this.pos++;
      return { kind: 'compare', operator: COMPARATORS[token.text], left: operand, right: this.additive() };
    }
    if (this.acceptKeyword('IS')) {
      const negated = this.acceptKeyword('NOT');
      if (this.acceptKeyword('MISSING')) return { kind: 'is', operand, what: 'MISSING', negated };
      this.keyword('NULL');
      return { kind: 'is', operand, what: 'NULL', negated };
    }
    const negated = this.isKeyword('NOT') && (this.isKeyword('BETWEEN', this.tokens[this.pos + 1]) || this.isKeyword('IN', this.tokens[this.pos + 1]));
    if (negated) this.pos++;
    if (this.acceptKeyword('BETWEEN')) {
      const low = this.additive();
      this.keyword('AND');
      return { kind: 'between', operand, low, high: this.additive(), negated };
    }
    if (this.acceptKeyword('IN')) {
      const close = this.acceptSymbol('[') ? ']' : (this.symbol('('), ')');
      const list: Expr[] = [this.additive()];
      while (this.acceptSymbol(',')) list.push(this.additive());
      this.symbol(close);
      return { kind: 'in', operand, list, negated };
    }
    return operand;
  }

  private additive(): Expr {
    let left = this.primary();
    for (;;) {
      const token = this.token;
      if (!this.isSymbol('+') && !this.isSymbol('-')) return left;
      this.pos++;
      left = { kind: 'arithmetic', operator: token.text as '+' | '-', left, right: this.primary() };
    }
  }

  private primary(): Expr {
    const token = this.token;
    if (this.acceptSymbol('(')) {
      const inner = this.expression();
      this.symbol(')');
      return inner;
    }
    const next = this.tokens[this.pos + 1];
    // exists(path) is a function here, though EXISTS is a keyword.
    const callable = token.kind === 'identifier' && (!KEYWORDS.has(token.text.toUpperCase()) || token.text.toUpperCase() === 'EXISTS');
    if (callable && this.isSymbol('(', next)) {
      this.pos += 2;
      const args: Expr[] = [];
      if (!this.acceptSymbol(')')) {
        do args.push(this.additive());
        while (this.acceptSymbol(','));
        this.symbol(')');
      }
      return { kind: 'call', name: token.text.toLowerCase(), args };
    }
    if (token.kind === 'quoted' || (token.kind === 'identifier' && !KEYWORDS.has(token.text.toUpperCase()))) return this.path();
    return { kind: 'value', value: this.literal() };
  }

  /** A value: 'text', 12.5, TRUE, NULL, [list], {'map': ...}, <<set>>, or a ? parameter. */
  private literal(): AttributeValue {
    const token = this.token;
    if (token.kind === 'parameter') {
      this.pos++;
      const value = this.parameters[this.usedParameters++];
      if (value === undefined) throw validation("Number of parameters in request and statement don't match.");
      return value;
    }
    if (token.kind === 'string') {
      this.pos++;
      return { S: token.text };
    }
    if (token.kind === 'number' || (this.isSymbol('-') && this.tokens[this.pos + 1].kind === 'number')) {
      const negative = this.acceptSymbol('-');
      const text = (negative ? '-' : '') + this.token.text;
      this.pos++;
      return checkValue({ N: text });
    }
    if (this.acceptKeyword('TRUE')) return { BOOL: true };
    if (this.acceptKeyword('FALSE')) return { BOOL: false };
    if (this.acceptKeyword('NULL')) return { NULL: true };
    if (this.acceptSymbol('[')) {
      const list: AttributeValue[] = [];
      if (!this.acceptSymbol(']')) {
        do list.push(this.literal());
        while (this.acceptSymbol(','));
        this.symbol(']');
      }
      return { L: list };
    }
    if (this.acceptSymbol('{')) {
      const map: Record<string, AttributeValue> = {};
      if (!this.acceptSymbol('}')) {
        do {
          const key = this.token;
          if (key.kind !== 'string') this.unexpected();
          this.pos++;
          this.symbol(':');
          map[key.text] = this.literal();
        } while (this.acceptSymbol(','));
        this.symbol('}');
      }
      return { M: map };
    }
    if (this.acceptSymbol('<<')) {
      const members: AttributeValue[] = [];
      do members.push(this.literal());
      while (this.acceptSymbol(','));
      this.symbol('>>');
      return setOf(members);
    }
    return this.unexpected();
  }
}

/** A <<...>> literal: a string, number or binary set of one type. */
function setOf(members: AttributeValue[]): AttributeValue {
  if (members.every((m) => m.S !== undefined)) return checkValue({ SS: members.map((m) => m.S) });
  if (members.every((m) => m.N !== undefined)) return checkValue({ NS: members.map((m) => m.N) });
  if (members.every((m) => m.B !== undefined)) return checkValue({ BS: members.map((m) => m.B) });
  throw validation('Unsupported type passed as argument for set, only String, Number, Binary are supported');
}

/** Parses one statement; `?` marks take the given parameters in order. */
export function parseStatement(text: string, parameters: AttributeValue[] = [], allowExists = false): Statement {
  return new Parser(text, parameters).statement(allowExists);
}
