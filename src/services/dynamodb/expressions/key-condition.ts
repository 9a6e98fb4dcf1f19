import { typeOf, type AttributeValue } from '../attribute-values.js';
import { invalidParameter, validation } from '../errors.js';
import { compareNumbers } from '../numbers.js';
import type { Condition, Operand } from './ast.js';

export type ScalarType = 'S' | 'N' | 'B';
export interface KeyAttribute {
  name: string;
  type: ScalarType;
}
export interface KeySchemaInfo {
  /** The first (for tables and most indexes, the only) partition-key and sort-key attributes. */
  hash: KeyAttribute;
  range?: KeyAttribute;
  /** Every partition-key and sort-key attribute in key-schema order (a GSI has up to four of each). */
  hashKeys: KeyAttribute[];
  rangeKeys: KeyAttribute[];
}

export type SortOperator = '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'BEGINS_WITH';
/**
 * What a Query reads: one partition (a value for every partition-key attribute), and
 * optionally a range of sort keys: equalities on the leading sort-key attributes of a
 * multi-attribute sort key (`sortPrefix`), then one condition on the last attribute named.
 */
export interface KeyRange {
  partition: AttributeValue[];
  sortPrefix: AttributeValue[];
  sort?: { operator: SortOperator; values: AttributeValue[] };
}

export interface KeyPart {
  name: string;
  operator: SortOperator;
  values: AttributeValue[];
}

const FLIPPED: Record<string, SortOperator> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** AWS words these without the "Invalid KeyConditionExpression:" prefix its parser errors carry. */
function invalidOperator(operator: string) {
  return validation(`Invalid operator used in KeyConditionExpression: ${operator}`);
}

const NESTED_ATTRIBUTE = 'KeyConditionExpressions cannot have conditions on nested attributes';
const NESTED_OPERATION = 'KeyConditionExpressions cannot contain nested operations';
const MULTIPLE_NAMES = 'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition';

/** The key attribute a condition names first (a top-level path), or why it cannot be one. */
function keyName(operand: Operand): string {
  if (operand.kind === 'function' || operand.kind === 'arithmetic') throw validation(NESTED_OPERATION);
  if (operand.kind !== 'path') throw validation('Invalid condition in KeyConditionExpression: No key attribute specified');
  if (operand.elements.length !== 1) throw validation(NESTED_ATTRIBUTE);
  return operand.elements[0] as string;
}

/** The operands after the key attribute: values only (another path or a function is refused). */
function keyValues(operands: Operand[]): AttributeValue[] {
  if (operands.some((operand) => operand.kind === 'path')) throw validation(MULTIPLE_NAMES);
  if (operands.some((operand) => operand.kind !== 'value')) throw validation(NESTED_OPERATION);
  return operands.map((operand) => (operand as { value: AttributeValue }).value);
}

function firstOperand(operator: string) {
  return validation(`Invalid condition in KeyConditionExpression: ${operator} operator must have the key attribute as its first operand`);
}

function flatten(condition: Condition, out: KeyPart[]): void {
  switch (condition.kind) {
    case 'and':
      flatten(condition.left, out);
      flatten(condition.right, out);
      return;
    case 'or':
      throw invalidOperator('OR');
    case 'not':
      throw invalidOperator('NOT');
    case 'in':
      throw invalidOperator('IN');
    case 'compare': {
      if (condition.operator === '<>') throw invalidOperator('<>');
      const { left, right } = condition;
      if (left.kind === 'value') {
        // :v < key reads as key > :v.
        if (right.kind === 'value') throw validation('Invalid condition in KeyConditionExpression: No key attribute specified');
        out.push({ name: keyName(right), operator: FLIPPED[condition.operator], values: [left.value] });
        return;
      }
      out.push({ name: keyName(left), operator: condition.operator, values: keyValues([right]) });
      return;
    }
    case 'between': {
      if (condition.operand.kind === 'value') throw firstOperand('BETWEEN');
      out.push({ name: keyName(condition.operand), operator: 'BETWEEN', values: keyValues([condition.low, condition.high]) });
      return;
    }
    case 'call': {
      const call = condition.call;
      if (call.name !== 'begins_with') throw invalidOperator(call.name);
      if (call.args[0].kind === 'value') throw firstOperand('begins_with');
      out.push({ name: keyName(call.args[0]), operator: 'BEGINS_WITH', values: keyValues([call.args[1]]) });
      return;
    }
  }
}

function toRange(parts: KeyPart[], schema: KeySchemaInfo): KeyRange {
  const seen = new Set<string>();
  for (const part of parts) {
    if (seen.has(part.name)) throw validation('KeyConditionExpressions must only contain one condition per key');
    seen.add(part.name);
  }
  const multiAttribute = schema.hashKeys.length > 1 || schema.rangeKeys.length > 1;
  if (multiAttribute) return toMultiAttributeRange(parts, schema);
  const hash = parts.find((p) => p.name === schema.hash.name);
  if (!hash) throw validation(`Query condition missed key schema element: ${schema.hash.name}`);
  const range = schema.range ? parts.find((p) => p.name === schema.range!.name) : undefined;
  if (parts.length > (range ? 2 : 1)) {
    if (schema.range && !range) throw validation(`Query condition missed key schema element: ${schema.range.name}`);
    throw validation('Query key condition not supported');
  }
  if (hash.operator !== '=') throw validation('Query key condition not supported');
  checkType(hash.values, schema.hash.type);
  if (!range) return { partition: hash.values, sortPrefix: [] };
  checkSortCondition(range, schema.range!);
  return { partition: hash.values, sortPrefix: [], sort: { operator: range.operator, values: range.values } };
}

/**
 * A GSI key of up to four partition-key and four sort-key attributes: every partition-key
 * attribute with an equality; sort-key attributes left to right, equalities on a prefix
 * and any condition on the last one named.
 */
function toMultiAttributeRange(parts: KeyPart[], schema: KeySchemaInfo): KeyRange {
  const byName = new Map(parts.map((p) => [p.name, p]));
  const keyNames = new Set([...schema.hashKeys, ...schema.rangeKeys].map((k) => k.name));
  if (parts.some((p) => !keyNames.has(p.name))) {
    if (!schema.rangeKeys.some((k) => byName.has(k.name)) && schema.rangeKeys.length) {
      throw validation(`Query condition missed key schema element: ${schema.rangeKeys[0].name}`);
    }
    throw validation('Query key condition not supported');
  }
  for (const attribute of schema.hashKeys) {
    const part = byName.get(attribute.name);
    if (!part || part.operator !== '=') throw validation(`HASH key attributes ${attribute.name} must have equality conditions specified in the query`);
    checkType(part.values, attribute.type);
  }
  // Sort-key attributes are read left to right: every one before a named one needs an equality.
  const named = schema.rangeKeys.map((k) => byName.get(k.name));
  for (let later = 1; later < named.length; later++) {
    if (!named[later]) continue;
    for (let prior = 0; prior < later; prior++) {
      if (named[prior]?.operator !== '=') {
        throw validation(
          `RANGE key attributes ${schema.rangeKeys[prior].name} must have equality conditions specified in the query because a condition is present on key attribute ${schema.rangeKeys[later].name}`,
        );
      }
    }
  }
  const used = named.filter((p): p is KeyPart => p !== undefined);
  used.forEach((part, at) => checkSortCondition(part, schema.rangeKeys[at]));
  const partition = schema.hashKeys.map((k) => byName.get(k.name)!.values[0]);
  const last = used.at(-1);
  return {
    partition,
    sortPrefix: used.slice(0, -1).map((p) => p.values[0]),
    sort: last && { operator: last.operator, values: last.values },
  };
}

function checkSortCondition(part: KeyPart, attribute: KeyAttribute): void {
  checkType(part.values, attribute.type);
  if (part.operator === 'BEGINS_WITH' && attribute.type === 'N') {
    throw validation('Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
  }
  if (part.operator === 'BETWEEN') {
    const [low, high] = part.values;
    if (compareKeyValues(low, high) > 0) {
      throw validation(
        `Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {${describe(low)}}, upper bound operand: AttributeValue: {${describe(high)}}`,
      );
    }
  }
}

function describe(value: AttributeValue): string {
  const type = typeOf(value);
  const raw = (value as Record<string, unknown>)[type];
  return `${type}:${Buffer.isBuffer(raw) ? raw.toString('base64') : String(raw)}`;
}

function compareKeyValues(a: AttributeValue, b: AttributeValue): number {
  if (a.N !== undefined) return compareNumbers(a.N, b.N!);
  if (a.S !== undefined) return Buffer.compare(Buffer.from(a.S), Buffer.from(b.S!));
  return Buffer.compare(a.B!, b.B!);
}

function checkType(values: AttributeValue[], type: ScalarType): void {
  for (const value of values) {
    if (typeOf(value) !== type) throw invalidParameter('Condition parameter type does not match schema type');
  }
}

/** A KeyConditionExpression's conditions, checked for their shape before the table is looked up. */
export function keyConditionParts(condition: Condition): KeyPart[] {
  const parts: KeyPart[] = [];
  flatten(condition, parts);
  const names = parts.map((part) => part.name);
  if (new Set(names).size !== names.length) throw validation('KeyConditionExpressions must only contain one condition per key');
  return parts;
}

/** Conditions checked against the key schema of the table or index queried. */
export function keyRangeFromParts(parts: KeyPart[], schema: KeySchemaInfo): KeyRange {
  return toRange(parts, schema);
}

/** A KeyConditionExpression, checked against the key schema of the table or index queried. */
export function keyRangeFromCondition(condition: Condition, schema: KeySchemaInfo): KeyRange {
  return toRange(keyConditionParts(condition), schema);
}

const NON_INDEXABLE = new Set(['NE', 'NOT_NULL', 'NULL', 'CONTAINS', 'NOT_CONTAINS', 'IN']);

const LEGACY_OPERATORS: Record<string, { operator: SortOperator; arity: number }> = {
  EQ: { operator: '=', arity: 1 },
  LT: { operator: '<', arity: 1 },
  LE: { operator: '<=', arity: 1 },
  GT: { operator: '>', arity: 1 },
  GE: { operator: '>=', arity: 1 },
  BETWEEN: { operator: 'BETWEEN', arity: 2 },
  BEGINS_WITH: { operator: 'BEGINS_WITH', arity: 1 },
};

/** The legacy KeyConditions parameter. */
export function keyRangeFromLegacy(
  conditions: Record<string, { ComparisonOperator: string; AttributeValueList?: AttributeValue[] }>,
  schema: KeySchemaInfo,
): KeyRange {
  const parts: KeyPart[] = [];
  for (const [name, condition] of Object.entries(conditions)) {
    const known = LEGACY_OPERATORS[condition.ComparisonOperator];
    if (!known) {
      // A comparison DynamoDB knows but cannot read an index range with.
      if (NON_INDEXABLE.has(condition.ComparisonOperator)) throw validation('Attempted conditional constraint is not an indexable operation');
      throw validation(`Unsupported operator on KeyCondition: ${condition.ComparisonOperator}`);
    }
    const values = condition.AttributeValueList ?? [];
    if (values.length !== known.arity) {
      throw invalidParameter(`Invalid number of argument(s) for the ${condition.ComparisonOperator} ComparisonOperator`);
    }
    parts.push({ name, operator: known.operator, values });
  }
  // A multi-attribute GSI key takes a condition for each of its attributes.
  const multiAttribute = schema.hashKeys.length > 1 || schema.rangeKeys.length > 1;
  if (parts.length > 2 && !multiAttribute) throw validation('Conditions can be of length 1 or 2 only');
  return toRange(parts, schema);
}
