import type { AttributeValue } from '../attribute-values.js';

/** One step of a document path: an attribute name or a list index. */
export type PathElement = string | number;

export interface PathNode {
  kind: 'path';
  elements: PathElement[];
}
export interface ValueNode {
  kind: 'value';
  name: string;
  value: AttributeValue;
}
export interface FunctionNode {
  kind: 'function';
  name: string;
  args: Operand[];
}
export interface ArithmeticNode {
  kind: 'arithmetic';
  operator: '+' | '-';
  left: Operand;
  right: Operand;
}
export type Operand = PathNode | ValueNode | FunctionNode | ArithmeticNode;

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'compare'; operator: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; operand: Operand; low: Operand; high: Operand }
  | { kind: 'in'; operand: Operand; list: Operand[] }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'call'; call: FunctionNode };

export interface SetAction {
  path: PathNode;
  value: Operand;
}
export interface UpdateActions {
  set: SetAction[];
  remove: PathNode[];
  add: Array<{ path: PathNode; value: ValueNode }>;
  delete: Array<{ path: PathNode; value: ValueNode }>;
}

/** How a path prints in AWS's messages: [a, b, [2]]. */
export function renderPath(path: PathNode): string {
  return `[${path.elements.map((e) => (typeof e === 'number' ? `[${e}]` : e)).join(', ')}]`;
}
