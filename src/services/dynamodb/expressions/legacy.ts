import { checkValue, typeOf, type AttributeValue } from '../attribute-values.js';
import { invalidParameter, validation } from '../errors.js';
import type { Condition, Operand, PathNode, UpdateActions, ValueNode } from './ast.js';
import { compareValuesForBetween } from './evaluate.js';

/**
 * The parameters DynamoDB had before expressions (Expected, QueryFilter,
 * ScanFilter, AttributeUpdates, AttributesToGet), turned into the same
 * trees the expression parser builds, so one evaluator serves both.
 */
export interface LegacyCondition {
  ComparisonOperator?: string;
  AttributeValueList?: AttributeValue[];
  Value?: AttributeValue;
  Exists?: boolean;
}

const ARITY: Record<string, number | [number, number]> = {
  EQ: 1, NE: 1, LE: 1, LT: 1, GE: 1, GT: 1, NOT_NULL: 0, NULL: 0, CONTAINS: 1, NOT_CONTAINS: 1, BEGINS_WITH: 1, IN: [1, Infinity], BETWEEN: 2,
};

const path = (name: string): PathNode => ({ kind: 'path', elements: [name] });
const value = (v: AttributeValue): ValueNode => ({ kind: 'value', name: '', value: v });

function comparison(name: string, operator: string, list: AttributeValue[]): Condition {
  const arity = ARITY[operator];
  if (arity === undefined) throw validation(`1 validation error detected: Value '${operator}' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]`);
  // The values are read before their number is judged.
  const values = list.map((v) => checkValue(v));
  const [min, max] = typeof arity === 'number' ? [arity, arity] : arity;
  if (list.length < min || list.length > max) {
    throw invalidParameter(`Invalid number of argument(s) for the ${operator} ComparisonOperator`);
  }
  if (values.length > 1 && values.some((v) => typeOf(v) !== typeOf(values[0]))) {
    throw invalidParameter('AttributeValues inside AttributeValueList must be of same type');
  }
  if (operator === 'BETWEEN' && compareValuesForBetween(values[0], values[1]) > 0) {
    throw validation('The BETWEEN condition was provided a range where the lower bound is greater than the upper bound');
  }
  for (const v of values) {
    const type = typeOf(v);
    const scalarOnly = ['LE', 'LT', 'GE', 'GT', 'BETWEEN', 'BEGINS_WITH', 'CONTAINS', 'NOT_CONTAINS', 'IN'].includes(operator);
    const allowed = operator === 'BEGINS_WITH' ? ['S', 'B'] : ['S', 'N', 'B'];
    if (scalarOnly && !allowed.includes(type)) {
      throw invalidParameter(`ComparisonOperator ${operator} is not valid for ${type} AttributeValue type`);
    }
  }
  const target: Operand = path(name);
  const call = (fn: string, args: Operand[]): Condition => ({ kind: 'call', call: { kind: 'function', name: fn, args } });
  switch (operator) {
    case 'EQ':
      return { kind: 'compare', operator: '=', left: target, right: value(values[0]) };
    case 'NE':
      return { kind: 'compare', operator: '<>', left: target, right: value(values[0]) };
    case 'LE':
      return { kind: 'compare', operator: '<=', left: target, right: value(values[0]) };
    case 'LT':
      return { kind: 'compare', operator: '<', left: target, right: value(values[0]) };
    case 'GE':
      return { kind: 'compare', operator: '>=', left: target, right: value(values[0]) };
    case 'GT':
      return { kind: 'compare', operator: '>', left: target, right: value(values[0]) };
    case 'NOT_NULL':
      return call('attribute_exists', [target]);
    case 'NULL':
      return call('attribute_not_exists', [target]);
    case 'CONTAINS':
      return call('contains', [target, value(values[0])]);
    case 'NOT_CONTAINS':
      return { kind: 'and', left: call('attribute_exists', [target]), right: { kind: 'not', operand: call('contains', [target, value(values[0])]) } };
    case 'BEGINS_WITH':
      return call('begins_with', [target, value(values[0])]);
    case 'IN':
      return { kind: 'in', operand: target, list: values.map(value) };
    default:
      return { kind: 'between', operand: target, low: value(values[0]), high: value(values[1]) };
  }
}

function combine(conditions: Condition[], operator: string | undefined): Condition | undefined {
  if (!conditions.length) return undefined;
  const kind = operator === 'OR' ? 'or' : 'and';
  return conditions.reduce((left, right) => ({ kind, left, right }));
}

/** Expected (with Value/Exists or ComparisonOperator/AttributeValueList). */
export function expectedToCondition(expected: Record<string, LegacyCondition>, operator?: string): Condition | undefined {
  const conditions: Condition[] = [];
  for (const [name, entry] of Object.entries(expected)) {
    if (entry.Value !== undefined && entry.AttributeValueList !== undefined) {
      throw invalidParameter(`Value and AttributeValueList cannot be used together for Attribute: ${name}`);
    }
    if (entry.ComparisonOperator !== undefined) {
      if (entry.Exists !== undefined) {
        throw invalidParameter(`Exists and ComparisonOperator cannot be used together for Attribute: ${name}`);
      }
      // With a ComparisonOperator, Value stands for a one-element AttributeValueList.
      const list = entry.AttributeValueList ?? (entry.Value !== undefined ? [entry.Value] : ARITY[entry.ComparisonOperator] === 0 ? [] : undefined);
      if (!list) {
        throw invalidParameter(`Value or AttributeValueList must be used with ComparisonOperator: ${entry.ComparisonOperator} for Attribute: ${name}`);
      }
      conditions.push(comparison(name, entry.ComparisonOperator, list));
    } else if (entry.AttributeValueList !== undefined) {
      throw invalidParameter(`AttributeValueList can only be used with a ComparisonOperator for Attribute: ${name}`);
    } else if (entry.Exists === false) {
      if (entry.Value !== undefined) throw invalidParameter(`Value cannot be used when Exists is false for Attribute: ${name}`);
      conditions.push({ kind: 'call', call: { kind: 'function', name: 'attribute_not_exists', args: [path(name)] } });
    } else {
      if (entry.Value === undefined) throw invalidParameter(`Value must be provided when Exists is ${entry.Exists === true ? 'true' : 'null'} for Attribute: ${name}`);
      conditions.push({ kind: 'compare', operator: '=', left: path(name), right: value(checkValue(entry.Value)) });
    }
  }
  return combine(conditions, operator);
}

/** QueryFilter / ScanFilter. */
export function filterToCondition(filter: Record<string, LegacyCondition>, operator?: string): Condition | undefined {
  const conditions = Object.entries(filter).map(([name, entry]) => comparison(name, entry.ComparisonOperator!, entry.AttributeValueList ?? []));
  return combine(conditions, operator);
}

/** AttributeUpdates: PUT, ADD (numbers, sets, lists) and DELETE. */
export function attributeUpdatesToActions(updates: Record<string, { Value?: AttributeValue; Action?: string }>): UpdateActions {
  const actions: UpdateActions = { set: [], remove: [], add: [], delete: [] };
  for (const [name, update] of Object.entries(updates)) {
    const action = update.Action ?? 'PUT';
    const given = update.Value === undefined ? undefined : checkValue(update.Value);
    if (action === 'DELETE') {
      if (!given) actions.remove.push(path(name));
      else {
        const type = typeOf(given);
        if (type !== 'SS' && type !== 'NS' && type !== 'BS') throw invalidParameter(`DELETE action with value is not supported for the type ${type}`);
        actions.delete.push({ path: path(name), value: value(given) });
      }
      continue;
    }
    if (!given) throw invalidParameter('Only DELETE action is allowed when no attribute value is specified');
    if (action === 'PUT') {
      actions.set.push({ path: path(name), value: value(given) });
      continue;
    }
    const type = typeOf(given);
    if (type === 'N' || type === 'SS' || type === 'NS' || type === 'BS') actions.add.push({ path: path(name), value: value(given) });
    else if (type === 'L') {
      const existing: Operand = { kind: 'function', name: 'if_not_exists', args: [path(name), value({ L: [] })] };
      actions.set.push({ path: path(name), value: { kind: 'function', name: 'list_append', args: [existing, value(given)] } });
    } else throw invalidParameter(`ADD action is not supported for the type ${type}`);
  }
  return actions;
}

export function attributesToGet(names: string[]): PathNode[] {
  if (new Set(names).size !== names.length) throw invalidParameter(`Duplicate value in attribute name: ${names.find((n, i) => names.indexOf(n) !== i)}`);
  return names.map(path);
}
