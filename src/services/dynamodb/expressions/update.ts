import { cloneItem, typeOf, valuesEqual, type AttributeValue, type Item } from '../attribute-values.js';
import { validation } from '../errors.js';
import { addNumbers } from '../numbers.js';
import type { Operand, PathElement, PathNode, UpdateActions } from './ast.js';
import { resolvePath } from './evaluate.js';
import { setOwnValue } from '../../../core/keyed-record.js';

function incorrectType(): never {
  throw validation('An operand in the update expression has an incorrect data type');
}

function invalidPath(): never {
  throw validation('The document path provided in the update expression is invalid for update');
}

/** A SET value, computed from the item as it was before the update. */
function setValue(operand: Operand, original: Item): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path': {
      const value = resolvePath(original, operand.elements);
      if (value === undefined) throw validation('The provided expression refers to an attribute that does not exist in the item');
      return value;
    }
    case 'arithmetic': {
      const left = setValue(operand.left, original);
      const right = setValue(operand.right, original);
      if (left.N === undefined || right.N === undefined) incorrectType();
      return { N: addNumbers(left.N, right.N, operand.operator === '-') };
    }
    case 'function': {
      if (operand.name === 'if_not_exists') {
        const existing = resolvePath(original, (operand.args[0] as PathNode).elements);
        return existing ?? setValue(operand.args[1], original);
      }
      // list_append
      const first = setValue(operand.args[0], original);
      const second = setValue(operand.args[1], original);
      if (!first.L || !second.L) incorrectType();
      return { L: [...first.L, ...second.L] };
    }
  }
}

/** The container holding the last element of a path, in the working item. */
function parentOf(item: Item, elements: PathElement[]): AttributeValue | undefined {
  if (elements.length === 1) return undefined;
  return resolvePath(item, elements.slice(0, -1));
}

function assign(item: Item, elements: PathElement[], value: AttributeValue): void {
  if (elements.length === 1) {
    setOwnValue(item, elements[0] as string, value);
    return;
  }
  const parent = parentOf(item, elements);
  const last = elements[elements.length - 1];
  if (typeof last === 'number') {
    if (!parent?.L) invalidPath();
    if (last >= parent.L.length) parent.L.push(value);
    else parent.L[last] = value;
  } else {
    if (!parent?.M) invalidPath();
    setOwnValue(parent.M, last, value);
  }
}

function remove(item: Item, elements: PathElement[]): void {
  if (elements.length === 1) {
    delete item[elements[0] as string];
    return;
  }
  const parent = parentOf(item, elements);
  if (!parent) return;
  const last = elements[elements.length - 1];
  if (typeof last === 'number') {
    if (!parent.L) invalidPath();
    if (last < parent.L.length) parent.L.splice(last, 1);
  } else {
    if (!parent.M) invalidPath();
    delete parent.M[last];
  }
}

function setType(value: AttributeValue): 'SS' | 'NS' | 'BS' | undefined {
  const type = typeOf(value);
  return type === 'SS' || type === 'NS' || type === 'BS' ? type : undefined;
}

function union(type: 'SS' | 'NS' | 'BS', current: AttributeValue, added: AttributeValue): AttributeValue {
  const out = [...(current[type] as unknown[])];
  for (const member of added[type] as unknown[]) {
    if (!out.some((existing) => valuesEqual({ [type[0]]: existing } as AttributeValue, { [type[0]]: member } as AttributeValue))) out.push(member);
  }
  return { [type]: out } as AttributeValue;
}

function difference(type: 'SS' | 'NS' | 'BS', current: AttributeValue, removed: AttributeValue): unknown[] {
  const scalar = type[0];
  return (current[type] as unknown[]).filter(
    (existing) => !(removed[type] as unknown[]).some((member) => valuesEqual({ [scalar]: existing } as AttributeValue, { [scalar]: member } as AttributeValue)),
  );
}

/** Applies an UpdateExpression's actions to a copy of the item. */
export function applyUpdate(original: Item, actions: UpdateActions): Item {
  const item = cloneItem(original);
  // Every SET value is computed from the item before the update.
  const values = actions.set.map((action) => setValue(action.value, original));
  actions.set.forEach((action, i) => assign(item, action.path.elements, values[i]));

  // List elements go from the highest index down, so each index means the original element.
  const removals = [...actions.remove].sort((a, b) => {
    const x = a.elements[a.elements.length - 1];
    const y = b.elements[b.elements.length - 1];
    return typeof x === 'number' && typeof y === 'number' ? y - x : 0;
  });
  for (const path of removals) remove(item, path.elements);

  for (const { path, value } of actions.add) {
    const current = resolvePath(item, path.elements);
    const added = value.value;
    if (current === undefined) {
      assign(item, path.elements, added);
    } else if (added.N !== undefined) {
      if (current.N === undefined) incorrectType();
      assign(item, path.elements, { N: addNumbers(current.N, added.N) });
    } else {
      const type = setType(added)!;
      if (setType(current) !== type) incorrectType();
      assign(item, path.elements, union(type, current, added));
    }
  }

  for (const { path, value } of actions.delete) {
    const current = resolvePath(item, path.elements);
    if (current === undefined) continue;
    const type = setType(value.value)!;
    if (setType(current) !== type) incorrectType();
    const left = difference(type, current, value.value);
    if (left.length) assign(item, path.elements, { [type]: left } as AttributeValue);
    else remove(item, path.elements);
  }
  return item;
}

/** Every path an update writes, for overlap checks, key protection and UPDATED_* answers. */
export function updatedPaths(actions: UpdateActions): PathNode[] {
  return [...actions.set.map((a) => a.path), ...actions.remove, ...actions.add.map((a) => a.path), ...actions.delete.map((a) => a.path)];
}
