import type { AttributeValue, Item } from '../attribute-values.js';
import { validation } from '../errors.js';
import type { Condition, PathNode } from '../expressions/ast.js';
import { newContext, parseCondition, parseProjection } from '../expressions/parser.js';
import { missingKeyEquality } from './errors.js';
import type { Expr, PathExpr, UpdateStatement } from './parser.js';

/**
 * PartiQL expressions become the expression API's inputs (expression text with #names and
 * :values), so the one expression parser and evaluator judge them.
 */
export class ExpressionWriter {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, AttributeValue> = {};
  private readonly nameKeys = new Map<string, string>();
  private valueCount = 0;

  name(attribute: string): string {
    let key = this.nameKeys.get(attribute);
    if (!key) {
      key = `#n${this.nameKeys.size}`;
      this.nameKeys.set(attribute, key);
      this.names[key] = attribute;
    }
    return key;
  }

  value(value: AttributeValue): string {
    const key = `:v${this.valueCount++}`;
    this.values[key] = value;
    return key;
  }

  path(path: PathExpr): string {
    return path.elements.map((e, i) => (typeof e === 'number' ? `[${e}]` : `${i ? '.' : ''}${this.name(e)}`)).join('');
  }

  /** The ExpressionAttributeNames/Values members, left out when empty (AWS refuses empty maps). */
  members(): { ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, AttributeValue> } {
    return {
      ExpressionAttributeNames: Object.keys(this.names).length ? this.names : undefined,
      ExpressionAttributeValues: this.valueCount ? this.values : undefined,
    };
  }

  operand(expr: Expr): string {
    switch (expr.kind) {
      case 'path':
        return this.path(expr);
      case 'value':
        return this.value(expr.value);
      case 'arithmetic':
        return `${this.operand(expr.left)} ${expr.operator} ${this.operand(expr.right)}`;
      case 'call':
        if (expr.name === 'size' || expr.name === 'list_append' || expr.name === 'if_not_exists') {
          return `${expr.name}(${expr.args.map((a) => this.operand(a)).join(', ')})`;
        }
        throw validation(`Unsupported function in this position: ${expr.name}`);
      default:
        throw validation('Unsupported operand: a condition is used where a value is expected');
    }
  }

  condition(expr: Expr): string {
    switch (expr.kind) {
      case 'and':
      case 'or':
        return `(${this.condition(expr.left)}) ${expr.kind.toUpperCase()} (${this.condition(expr.right)})`;
      case 'not':
        return `NOT (${this.condition(expr.operand)})`;
      case 'compare':
        return `${this.operand(expr.left)} ${expr.operator} ${this.operand(expr.right)}`;
      case 'between': {
        const text = `${this.operand(expr.operand)} BETWEEN ${this.operand(expr.low)} AND ${this.operand(expr.high)}`;
        return expr.negated ? `NOT (${text})` : text;
      }
      case 'in': {
        const text = `${this.operand(expr.operand)} IN (${expr.list.map((e) => this.operand(e)).join(', ')})`;
        return expr.negated ? `NOT (${text})` : text;
      }
      case 'is': {
        if (expr.operand.kind !== 'path') throw validation('IS MISSING and IS NULL apply to an attribute path');
        const path = this.path(expr.operand);
        // PartiQL's NULL takes in MISSING: an absent attribute IS NULL too.
        const text = expr.what === 'MISSING' ? `attribute_not_exists(${path})` : `(attribute_not_exists(${path}) OR attribute_type(${path}, ${this.value({ S: 'NULL' })}))`;
        return expr.negated ? `NOT ${text}` : text;
      }
      case 'call': {
        const args = expr.args.map((a) => this.operand(a)).join(', ');
        if (expr.name === 'exists') return `attribute_exists(${args})`;
        if (expr.name === 'begins_with' || expr.name === 'contains' || expr.name === 'attribute_type') return `${expr.name}(${args})`;
        throw validation(`Unsupported function in condition: ${expr.name}`);
      }
      default:
        throw validation('Unsupported condition: a value is used where a condition is expected');
    }
  }

  /** SET and REMOVE as an UpdateExpression: set_add/set_delete become ADD/DELETE actions. */
  update(statement: UpdateStatement): string {
    const set: string[] = [];
    const add: string[] = [];
    const remove: string[] = [];
    const del: string[] = [];
    for (const { path, value } of statement.set) {
      if (value.kind === 'call' && (value.name === 'set_add' || value.name === 'set_delete')) {
        const [target, members] = value.args;
        if (value.args.length !== 2 || target.kind !== 'path' || members.kind !== 'value' || this.path(target) !== this.path(path)) {
          throw validation(`${value.name} takes the updated attribute and a set of values`);
        }
        (value.name === 'set_add' ? add : del).push(`${this.path(path)} ${this.value(members.value)}`);
      } else set.push(`${this.path(path)} = ${this.operand(value)}`);
    }
    for (const path of statement.remove) remove.push(this.path(path));
    const clauses: string[] = [];
    if (set.length) clauses.push(`SET ${set.join(', ')}`);
    if (remove.length) clauses.push(`REMOVE ${remove.join(', ')}`);
    if (add.length) clauses.push(`ADD ${add.join(', ')}`);
    if (del.length) clauses.push(`DELETE ${del.join(', ')}`);
    return clauses.join(' ');
  }

  /** The expression text parsed into the evaluator's AST (for filters evaluated here). */
  parsedCondition(text: string): Condition {
    return parseCondition(text, 'FilterExpression', newContext(this.names, this.values));
  }

  parsedProjection(paths: PathExpr[]): PathNode[] {
    const text = paths.map((p) => this.path(p)).join(', ');
    return parseProjection(text, newContext(this.names, this.values));
  }
}

/** The AND-ed parts of a condition. */
export function conjuncts(expr: Expr | undefined): Expr[] {
  if (!expr) return [];
  if (expr.kind === 'and') return [...conjuncts(expr.left), ...conjuncts(expr.right)];
  return [expr];
}

export function joinConjuncts(parts: Expr[]): Expr | undefined {
  return parts.reduce<Expr | undefined>((left, right) => (left ? { kind: 'and', left, right } : right), undefined);
}

/** `name = value` (either way round): the value, else undefined. */
export function equalityOn(expr: Expr, name: string): AttributeValue | undefined {
  if (expr.kind !== 'compare' || expr.operator !== '=') return undefined;
  const isName = (e: Expr) => e.kind === 'path' && e.elements.length === 1 && e.elements[0] === name;
  if (isName(expr.left) && expr.right.kind === 'value') return expr.right.value;
  if (isName(expr.right) && expr.left.kind === 'value') return expr.left.value;
  return undefined;
}

/** A WHERE that names the whole primary key by equalities: the key, and what else it says. */
export function keyAndRest(where: Expr | undefined, keyNames: string[]): { key: Item; rest?: Expr } {
  const parts = conjuncts(where);
  const key: Item = {};
  for (const name of keyNames) {
    const at = parts.findIndex((part) => equalityOn(part, name) !== undefined);
    if (at < 0) throw missingKeyEquality();
    key[name] = equalityOn(parts[at], name)!;
    parts.splice(at, 1);
  }
  return { key, rest: joinConjuncts(parts) };
}
