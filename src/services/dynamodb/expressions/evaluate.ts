import { compareScalars, typeOf, valuesEqual, type AttributeValue, type Item } from '../attribute-values.js';
import { validation } from '../errors.js';
import type { Condition, FunctionNode, Operand, PathElement } from './ast.js';
import { ownValue } from '../../../core/keyed-record.js';

/** The value at a document path, or undefined where the path leads nowhere. */
export function resolvePath(item: Item, elements: PathElement[]): AttributeValue | undefined {
  let current: AttributeValue | undefined = ownValue(item, elements[0] as string);
  for (let i = 1; i < elements.length && current; i++) {
    const element = elements[i];
    if (typeof element === 'number') current = current.L ? current.L[element] : undefined;
    else current = ownValue(current.M, element);
  }
  return current;
}

function isOrdered(type: string): boolean {
  return type === 'S' || type === 'N' || type === 'B';
}

/** Orders two literal bounds (used to reject BETWEEN with its bounds reversed). */
export function compareValuesForBetween(a: AttributeValue, b: AttributeValue): number {
  const type = typeOf(a);
  if (type !== typeOf(b) || !isOrdered(type)) return 0;
  return compareScalars(a, b);
}

function sizeOf(value: AttributeValue | undefined): AttributeValue | undefined {
  if (!value) return undefined;
  let size: number;
  // Strings are measured in UTF-16 code units, as DynamoDB measures them.
  if (value.S !== undefined) size = value.S.length;
  else if (value.B !== undefined) size = value.B.length;
  else if (value.L !== undefined) size = value.L.length;
  else if (value.M !== undefined) size = Object.keys(value.M).length;
  else if (value.SS !== undefined) size = value.SS.length;
  else if (value.NS !== undefined) size = value.NS.length;
  else if (value.BS !== undefined) size = value.BS.length;
  else return undefined;
  return { N: String(size) };
}

/** Evaluates an operand of a condition (paths, values, size()). */
export function operandValue(operand: Operand, item: Item): AttributeValue | undefined {
  switch (operand.kind) {
    case 'path':
      return resolvePath(item, operand.elements);
    case 'value':
      return operand.value;
    case 'function':
      if (operand.name === 'size') return sizeOf(operandValue(operand.args[0], item));
      throw validation(`The function is not allowed to be used this way in an expression; function: ${operand.name}`);
    case 'arithmetic':
      throw validation('Syntax error; arithmetic is only allowed in an update expression');
  }
}

function ordered(left: AttributeValue | undefined, right: AttributeValue | undefined): number | undefined {
  if (!left || !right) return undefined;
  const type = typeOf(left);
  if (type !== typeOf(right) || !isOrdered(type)) return undefined;
  return compareScalars(left, right);
}

function callFunction(call: FunctionNode, item: Item): boolean {
  const [first, second] = call.args;
  switch (call.name) {
    case 'attribute_exists':
      return operandValue(first, item) !== undefined;
    case 'attribute_not_exists':
      return operandValue(first, item) === undefined;
    case 'attribute_type': {
      const value = operandValue(first, item);
      const type = operandValue(second, item);
      return value !== undefined && type?.S !== undefined && typeOf(value) === type.S;
    }
    case 'begins_with': {
      const value = operandValue(first, item);
      const prefix = operandValue(second, item);
      if (!value || !prefix) return false;
      if (value.S !== undefined && prefix.S !== undefined) return value.S.startsWith(prefix.S);
      if (value.B !== undefined && prefix.B !== undefined) return value.B.subarray(0, prefix.B.length).equals(prefix.B);
      return false;
    }
    case 'contains': {
      const value = operandValue(first, item);
      const part = operandValue(second, item);
      if (!value || !part) return false;
      if (value.S !== undefined) return part.S !== undefined && value.S.includes(part.S);
      if (value.B !== undefined) return part.B !== undefined && value.B.includes(part.B);
      if (value.SS !== undefined) return part.S !== undefined && value.SS.includes(part.S);
      if (value.NS !== undefined) return part.N !== undefined && value.NS.some((n) => valuesEqual({ N: n }, part));
      if (value.BS !== undefined) return part.B !== undefined && value.BS.some((b) => b.equals(part.B!));
      if (value.L !== undefined) return value.L.some((element) => valuesEqual(element, part));
      return false;
    }
    default:
      throw validation(`The function is not allowed to be used this way in an expression; function: ${call.name}`);
  }
}

/** Evaluates a condition against an item (an absent item is {}). */
export function evaluate(condition: Condition, item: Item): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluate(condition.left, item) && evaluate(condition.right, item);
    case 'or':
      return evaluate(condition.left, item) || evaluate(condition.right, item);
    case 'not':
      return !evaluate(condition.operand, item);
    case 'call':
      return callFunction(condition.call, item);
    case 'compare': {
      const left = operandValue(condition.left, item);
      const right = operandValue(condition.right, item);
      switch (condition.operator) {
        case '=':
          return left !== undefined && right !== undefined && valuesEqual(left, right);
        case '<>':
          return !(left !== undefined && right !== undefined && valuesEqual(left, right));
        default: {
          const order = ordered(left, right);
          if (order === undefined) return false;
          if (condition.operator === '<') return order < 0;
          if (condition.operator === '<=') return order <= 0;
          if (condition.operator === '>') return order > 0;
          return order >= 0;
        }
      }
    }
    case 'between': {
      const value = operandValue(condition.operand, item);
      const low = ordered(value, operandValue(condition.low, item));
      const high = ordered(value, operandValue(condition.high, item));
      return low !== undefined && high !== undefined && low >= 0 && high <= 0;
    }
    case 'in': {
      const value = operandValue(condition.operand, item);
      if (value === undefined) return false;
      return condition.list.some((operand) => {
        const candidate = operandValue(operand, item);
        return candidate !== undefined && valuesEqual(value, candidate);
      });
    }
  }
}
