import type { AttributeValue } from '../attribute-values.js';
import { typeOf } from '../attribute-values.js';
import { AwsError } from '../../../core/errors.js';
import { validation } from '../errors.js';
import { compareValuesForBetween } from './evaluate.js';
import { renderPath, type Comparator, type Condition, type FunctionNode, type Operand, type PathElement, type PathNode, type SetAction, type UpdateActions, type ValueNode } from './ast.js';
import { isReserved } from './reserved-words.js';
import { tokenize, type Token } from './tokenizer.js';

export type ExpressionKind = 'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression' | 'UpdateExpression' | 'ProjectionExpression';

/** The request's ExpressionAttributeNames/Values, and which of them the expressions used. */
export interface ExpressionContext {
  names?: Record<string, string>;
  values?: Record<string, AttributeValue>;
  usedNames: Set<string>;
  usedValues: Set<string>;
  /** Set by prepareExpressions: operand and function-use errors wait in `lateError` until the paths are compared. */
  deferLate?: boolean;
  lateError?: AwsError;
}

export function newContext(names?: Record<string, string>, values?: Record<string, AttributeValue>): ExpressionContext {
  return { names, values, usedNames: new Set(), usedValues: new Set() };
}

/** DynamoDB's limits on one expression. */
export const MAX_EXPRESSION_LENGTH = 4096;
const MAX_OPERATORS = 300;
const MAX_IN_OPERANDS = 100;
const MAX_PATH_DEPTH = 32;
const MAX_NESTING = 100;

const CONDITION_FUNCTIONS: Record<string, { arity: number; pathArg?: boolean }> = {
  attribute_exists: { arity: 1, pathArg: true },
  attribute_not_exists: { arity: 1, pathArg: true },
  attribute_type: { arity: 2, pathArg: true },
  begins_with: { arity: 2 },
  contains: { arity: 2 },
};
const OPERAND_FUNCTIONS: Record<string, { arity: number; pathArg?: boolean }> = {
  size: { arity: 1 },
  if_not_exists: { arity: 2, pathArg: true },
  list_append: { arity: 2 },
};
const COMPARATORS = new Set(['=', '<>', '<', '<=', '>', '>=']);
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN']);
const CLAUSES = ['SET', 'REMOVE', 'ADD', 'DELETE'] as const;

export const LONG_TYPE_NAMES: Record<string, string> = {
  S: 'STRING', N: 'NUMBER', B: 'BINARY', BOOL: 'BOOLEAN', NULL: 'NULL', L: 'LIST', M: 'MAP', SS: 'SS', NS: 'NS', BS: 'BS',
};

/** Which deferred error AWS reports first (lower first); `late` ones after overlapping paths. */
const RANK = { functionName: 1, reservedWord: 2, repeatedSection: 3, undefinedName: 4, sameOperand: 5, undefinedValue: 6, late: 9 } as const;

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private operators = 0;
  private depth = 0;
  /**
   * AWS reads the whole expression before it judges what is in it: a syntax error anywhere
   * wins, then an unknown function, a reserved word, a repeated update section, an undefined
   * #name, an undefined :value; operand and function-use errors come after overlapping paths.
   */
  private deferred?: { rank: number; error: AwsError };

  private defer(rank: number, detail: string): void {
    if (!this.deferred || rank < this.deferred.rank) this.deferred = { rank, error: this.error(detail) };
  }

  /** AWS refuses a comparison or function whose first operand is the same path as another (a = a). */
  private checkDistinct(operator: string, first: Operand, rest: Operand[]): void {
    if (first.kind !== 'path') return;
    const text = renderPath(first);
    if (rest.some((operand) => operand.kind === 'path' && renderPath(operand) === text)) {
      this.defer(RANK.sameOperand, `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${text}`);
    }
  }

  /** Runs a check whose error AWS reports only once the expression has been read and its paths compared. */
  private late(check: () => void): void {
    try {
      check();
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      if (!this.deferred || RANK.late < this.deferred.rank) this.deferred = { rank: RANK.late, error };
    }
  }

  constructor(
    private readonly text: string,
    private readonly kind: ExpressionKind,
    private readonly context: ExpressionContext,
  ) {
    if (!text.trim()) throw this.error('The expression can not be empty;');
    // Measured in bytes of the expression as sent, before any #name is substituted.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_EXPRESSION_LENGTH) {
      throw this.error(`Expression size has exceeded the maximum allowed size; expression size: ${bytes}`);
    }
    this.tokens = tokenize(text);
    const invalid = this.tokens.findIndex((t) => t.type === 'invalid');
    if (invalid >= 0) {
      this.pos = invalid;
      throw this.syntaxError();
    }
  }

  error(detail: string) {
    return validation(`Invalid ${this.kind}: ${detail}`);
  }

  private get token(): Token {
    return this.tokens[this.pos];
  }

  private syntaxError() {
    const token = this.token;
    const previous = this.tokens[this.pos - 1];
    const next = this.tokens[this.pos + 1];
    const from = previous ? previous.start : token.start;
    const to = next && next.type !== 'eof' ? next.end : token.end;
    return this.error(`Syntax error; token: "${token.text}", near: "${this.text.slice(from, to)}"`);
  }

  private isPunct(text: string): boolean {
    return this.token.type === 'punct' && this.token.text === text;
  }

  private isKeyword(word: string): boolean {
    return this.token.type === 'identifier' && this.token.text.toUpperCase() === word;
  }

  private expectPunct(text: string): void {
    if (!this.isPunct(text)) throw this.syntaxError();
    this.pos++;
  }

  expectEnd(): void {
    if (this.token.type !== 'eof') throw this.syntaxError();
    if (!this.deferred) return;
    if (this.deferred.rank < RANK.late || !this.context.deferLate) throw this.deferred.error;
    this.context.lateError ??= this.deferred.error;
  }

  private countOperator(): void {
    if (++this.operators > MAX_OPERATORS) {
      throw this.error(`The expression contains too many operators; operator count: ${this.operators}`);
    }
  }

  // condition := or
  parseCondition(): Condition {
    return this.parseOr();
  }

  private parseOr(): Condition {
    let left = this.parseAnd();
    while (this.isKeyword('OR')) {
      this.pos++;
      this.countOperator();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Condition {
    let left = this.parseNot();
    while (this.isKeyword('AND')) {
      this.pos++;
      this.countOperator();
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Condition {
    if (this.isKeyword('NOT')) {
      this.pos++;
      this.countOperator();
      return { kind: 'not', operand: this.parseNot() };
    }
    return this.parsePredicate();
  }

  private parsePredicate(): Condition {
    if (this.isPunct('(')) {
      if (++this.depth > MAX_NESTING) throw this.error('The expression has too many nested levels');
      this.pos++;
      const inner = this.parseOr();
      this.expectPunct(')');
      this.depth--;
      return inner;
    }
    const left = this.parseOperand(false);
    const token = this.token;
    if (token.type === 'punct' && COMPARATORS.has(token.text)) {
      this.pos++;
      this.countOperator();
      const right = this.parseOperand(false);
      this.checkDistinct(token.text, left, [right]);
      this.late(() => {
        this.checkComparisonOperand(left);
        this.checkComparisonOperand(right);
      });
      return { kind: 'compare', operator: token.text as Comparator, left, right };
    }
    if (this.isKeyword('BETWEEN')) {
      this.pos++;
      this.countOperator();
      const low = this.parseOperand(false);
      if (!this.isKeyword('AND')) throw this.syntaxError();
      this.pos++;
      const high = this.parseOperand(false);
      this.late(() => {
        for (const operand of [left, low, high]) this.checkComparisonOperand(operand);
        if (low.kind === 'value' && high.kind === 'value' && typeOf(low.value) !== typeOf(high.value)) {
          throw this.error(
            `The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {${describeValue(low.value)}}, upper bound operand: AttributeValue: {${describeValue(high.value)}}`,
          );
        }
        if (low.kind === 'value' && high.kind === 'value' && compareValuesForBetween(low.value, high.value) > 0) {
          throw this.error(
            `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {${describeValue(low.value)}}, upper bound operand: AttributeValue: {${describeValue(high.value)}}`,
          );
        }
      });
      return { kind: 'between', operand: left, low, high };
    }
    if (this.isKeyword('IN')) {
      this.pos++;
      this.countOperator();
      this.expectPunct('(');
      const list: Operand[] = [this.parseOperand(false)];
      while (this.isPunct(',')) {
        this.pos++;
        list.push(this.parseOperand(false));
      }
      this.expectPunct(')');
      if (list.length > MAX_IN_OPERANDS) {
        throw this.error(`The IN operator accepts at most ${MAX_IN_OPERANDS} operands; number of operands: ${list.length}`);
      }
      this.late(() => {
        this.checkComparisonOperand(left);
        list.forEach((operand) => this.checkComparisonOperand(operand));
      });
      return { kind: 'in', operand: left, list };
    }
    if (left.kind === 'function') {
      // An unknown function's own error is already waiting for the end of the expression.
      if (CONDITION_FUNCTIONS[left.name] || !OPERAND_FUNCTIONS[left.name]) return { kind: 'call', call: left };
      throw this.error(`The function is not allowed to be used this way in an expression; function: ${left.name}`);
    }
    throw this.syntaxError();
  }

  private checkComparisonOperand(operand: Operand): void {
    if (operand.kind === 'function' && CONDITION_FUNCTIONS[operand.name]) {
      throw this.error(`The function is not allowed to be used this way in an expression; function: ${operand.name}`);
    }
  }

  /** An operand: a path, a :value, or a function call. In SET values, also + and −. */
  parseOperand(update: boolean): Operand {
    const token = this.token;
    if (token.type === 'value') {
      this.pos++;
      return this.resolveValue(token.text);
    }
    if (token.type === 'identifier' && this.tokens[this.pos + 1].type === 'punct' && this.tokens[this.pos + 1].text === '(') {
      return this.parseFunction(update);
    }
    if (token.type === 'identifier' || token.type === 'name') return this.parsePath();
    throw this.syntaxError();
  }

  private parseFunction(update: boolean): FunctionNode {
    const name = this.token.text;
    const known = CONDITION_FUNCTIONS[name] ?? OPERAND_FUNCTIONS[name];
    if (!known) this.defer(RANK.functionName, `Invalid function name; function: ${name}`);
    this.pos += 2;
    this.countOperator();
    const args: Operand[] = [];
    if (!this.isPunct(')')) {
      if (++this.depth > MAX_NESTING) throw this.error('The expression has too many nested levels');
      args.push(update ? this.parseSetValue() : this.parseOperand(false));
      while (this.isPunct(',')) {
        this.pos++;
        args.push(update ? this.parseSetValue() : this.parseOperand(false));
      }
      this.depth--;
    }
    this.expectPunct(')');
    const call: FunctionNode = { kind: 'function', name, args };
    if (!known) return call;
    if (['contains', 'begins_with', 'attribute_type'].includes(name) && args.length > 1) this.checkDistinct(name, args[0], args.slice(1));
    this.late(() => {
      if (update) {
        if (name !== 'if_not_exists' && name !== 'list_append') {
          throw this.error(`The function is not allowed in an update expression; function: ${name}`);
        }
      } else if (name === 'if_not_exists' || name === 'list_append') {
        throw this.error(`The function is not allowed in a condition expression; function: ${name}`);
      }
      if (args.length !== known.arity) {
        throw this.error(`Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`);
      }
      if (known.pathArg && args[0].kind !== 'path') {
        throw this.error(`Operator or function requires a document path; operator or function: ${name}`);
      }
      this.checkFunctionOperands(call);
    });
    return call;
  }

  /** Literal operands whose type can never suit the function are rejected up front, as AWS does. */
  private checkFunctionOperands(call: FunctionNode): void {
    const literal = (operand: Operand) => (operand.kind === 'value' ? typeOf(operand.value) : undefined);
    const wrong = (type: string) =>
      this.error(`Incorrect operand type for operator or function; operator or function: ${call.name}, operand type: ${type}`);
    switch (call.name) {
      case 'begins_with':
        for (const arg of call.args) {
          const type = literal(arg);
          if (type && type !== 'S' && type !== 'B') throw wrong(type);
        }
        break;
      case 'attribute_type': {
        const type = literal(call.args[1]);
        if (type && type !== 'S') throw wrong(type);
        if (type === 'S') {
          const name = (call.args[1] as ValueNode).value.S!;
          if (!LONG_TYPE_NAMES[name]) {
            throw this.error(`Invalid attribute type name found; type: ${name}, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}`);
          }
        }
        break;
      }
      case 'size': {
        // size() takes a path or a value; a value (or a nested size()) of a type without a size is refused up front.
        const arg = call.args[0];
        const type = arg.kind === 'function' && arg.name === 'size' ? 'N' : literal(arg);
        if (type === 'N' || type === 'BOOL' || type === 'NULL') throw wrong(type);
        if (arg.kind === 'arithmetic' || (arg.kind === 'function' && arg.name !== 'size')) {
          throw this.error(`Operator or function requires a document path; operator or function: ${call.name}`);
        }
        break;
      }
      case 'list_append':
        for (const arg of call.args) {
          const type = literal(arg);
          if (type && type !== 'L') throw wrong(type);
        }
        break;
    }
  }

  parsePath(): PathNode {
    const elements: PathElement[] = [this.pathName()];
    for (;;) {
      if (this.isPunct('.')) {
        this.pos++;
        elements.push(this.pathName());
      } else if (this.isPunct('[')) {
        this.pos++;
        const token = this.token;
        if (token.type !== 'number') throw this.syntaxError();
        this.pos++;
        this.expectPunct(']');
        const index = Number(token.text);
        if (!Number.isSafeInteger(index) || index > 2 ** 31 - 1) throw this.error(`List index is out of range; index: ${token.text}`);
        elements.push(index);
      } else break;
      if (elements.length > MAX_PATH_DEPTH) {
        throw this.error(`The document path has too many nesting levels; nesting levels: ${elements.length}`);
      }
    }
    return { kind: 'path', elements };
  }

  private pathName(): string {
    const token = this.token;
    if (token.type === 'name') {
      this.pos++;
      const names = this.context.names;
      if (!names || !Object.prototype.hasOwnProperty.call(names, token.text)) {
        this.defer(RANK.undefinedName, `An expression attribute name used in the document path is not defined; attribute name: ${token.text}`);
        return token.text;
      }
      this.context.usedNames.add(token.text);
      return names[token.text];
    }
    if (token.type === 'identifier') {
      const upper = token.text.toUpperCase();
      if (KEYWORDS.has(upper) || (this.kind === 'UpdateExpression' && (CLAUSES as readonly string[]).includes(upper))) throw this.syntaxError();
      if (isReserved(token.text)) this.defer(RANK.reservedWord, `Attribute name is a reserved keyword; reserved keyword: ${token.text}`);
      this.pos++;
      return token.text;
    }
    throw this.syntaxError();
  }

  private resolveValue(name: string): ValueNode {
    const values = this.context.values;
    if (!values || !Object.prototype.hasOwnProperty.call(values, name)) {
      this.defer(RANK.undefinedValue, `An expression attribute value used in expression is not defined; attribute value: ${name}`);
      // A stand-in that every operand check accepts, so the rest of the expression is still read.
      return { kind: 'value', name, value: { S: 'placeholder' } };
    }
    this.context.usedValues.add(name);
    return { kind: 'value', name, value: values[name] };
  }

  // update := (SET ... | REMOVE ... | ADD ... | DELETE ...)+
  parseUpdate(): UpdateActions {
    const actions: UpdateActions = { set: [], remove: [], add: [], delete: [] };
    const seen = new Set<string>();
    while (this.token.type !== 'eof') {
      const clause = this.token.type === 'identifier' ? this.token.text.toUpperCase() : '';
      if (!(CLAUSES as readonly string[]).includes(clause)) throw this.syntaxError();
      if (seen.has(clause)) this.defer(RANK.repeatedSection, `The "${clause}" section can only be used once in an update expression;`);
      seen.add(clause);
      this.pos++;
      for (;;) {
        this.countOperator();
        switch (clause) {
          case 'SET':
            actions.set.push(this.parseSetAction());
            break;
          case 'REMOVE':
            actions.remove.push(this.parsePath());
            break;
          case 'ADD':
          case 'DELETE': {
            const path = this.parsePath();
            if (this.token.type !== 'value') throw this.syntaxError();
            const value = this.resolveValue(this.token.text);
            this.pos++;
            const type = typeOf(value.value);
            const allowed = clause === 'ADD' ? ['N', 'SS', 'NS', 'BS'] : ['SS', 'NS', 'BS'];
            if (!allowed.includes(type)) {
              this.defer(RANK.late, `Incorrect operand type for operator or function; operator: ${clause}, operand type: ${LONG_TYPE_NAMES[type]}`);
            }
            (clause === 'ADD' ? actions.add : actions.delete).push({ path, value });
            break;
          }
        }
        if (!this.isPunct(',')) break;
        this.pos++;
      }
    }
    return actions;
  }

  private parseSetAction(): SetAction {
    const path = this.parsePath();
    this.expectPunct('=');
    return { path, value: this.parseSetValue() };
  }

  private parseSetValue(): Operand {
    const left = this.parseOperand(true);
    if (this.isPunct('+') || this.isPunct('-')) {
      const operator = this.token.text as '+' | '-';
      this.pos++;
      this.countOperator();
      const right = this.parseOperand(true);
      for (const side of [left, right]) {
        if (side.kind === 'value' && typeOf(side.value) !== 'N') {
          this.defer(RANK.late, `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${typeOf(side.value)}`);
        }
      }
      return { kind: 'arithmetic', operator, left, right };
    }
    return left;
  }

  // projection := path (',' path)*
  parseProjection(): PathNode[] {
    const paths = [this.parsePath()];
    while (this.isPunct(',')) {
      this.pos++;
      paths.push(this.parsePath());
    }
    return paths;
  }
}

function describeValue(value: AttributeValue): string {
  const type = typeOf(value);
  const raw = (value as Record<string, unknown>)[type];
  return `${type}:${Buffer.isBuffer(raw) ? raw.toString('base64') : String(raw)}`;
}

export function parseCondition(text: string, kind: ExpressionKind, context: ExpressionContext): Condition {
  const parser = new Parser(text, kind, context);
  const condition = parser.parseCondition();
  parser.expectEnd();
  return condition;
}

export function parseUpdate(text: string, context: ExpressionContext): UpdateActions {
  const parser = new Parser(text, 'UpdateExpression', context);
  const actions = parser.parseUpdate();
  parser.expectEnd();
  return actions;
}

export function parseProjection(text: string, context: ExpressionContext): PathNode[] {
  const parser = new Parser(text, 'ProjectionExpression', context);
  const paths = parser.parseProjection();
  parser.expectEnd();
  return paths;
}

/** ExpressionAttributeNames/Values that no expression used are an error. */
export function checkAllUsed(context: ExpressionContext): void {
  const unusedNames = Object.keys(context.names ?? {}).filter((n) => !context.usedNames.has(n));
  if (unusedNames.length) throw validation(`Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(', ')}}`);
  const unusedValues = Object.keys(context.values ?? {}).filter((n) => !context.usedValues.has(n));
  if (unusedValues.length) throw validation(`Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(', ')}}`);
}
