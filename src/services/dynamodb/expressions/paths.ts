import type { AttributeValue, Item } from '../attribute-values.js';
import { validation } from '../errors.js';
import { renderPath, type PathNode } from './ast.js';
import type { ExpressionKind } from './parser.js';
import { resolvePath } from './evaluate.js';
import { ownValue, setOwnValue } from '../../../core/keyed-record.js';

/**
 * Two paths of one expression may not overlap (one a prefix of the other,
 * or equal) nor conflict (a list index where the other has a map key).
 */
export function checkOverlaps(paths: PathNode[], kind: ExpressionKind): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i].elements;
      const b = paths[j].elements;
      const shared = Math.min(a.length, b.length);
      let relation: 'overlap' | 'conflict' | 'apart' = 'overlap';
      for (let k = 0; k < shared; k++) {
        if (a[k] === b[k]) continue;
        relation = typeof a[k] !== typeof b[k] ? 'conflict' : 'apart';
        break;
      }
      if (relation === 'apart') continue;
      throw validation(
        `Invalid ${kind}: Two document paths ${relation} with each other; must remove or rewrite one of these paths; path one: ${renderPath(paths[i])}, path two: ${renderPath(paths[j])}`,
      );
    }
  }
}

interface Node {
  value?: AttributeValue;
  children?: Map<string | number, Node>;
}

/** The item reduced to the given paths (list elements keep their order, compacted). */
export function project(item: Item, paths: PathNode[]): Item {
  const root = new Map<string | number, Node>();
  for (const path of paths) {
    const value = resolvePath(item, path.elements);
    if (value === undefined) continue;
    let level = root;
    const { elements } = path;
    for (let i = 0; i < elements.length - 1; i++) {
      let node = level.get(elements[i]);
      if (!node) {
        node = { children: new Map() };
        level.set(elements[i], node);
      }
      node.children ??= new Map();
      level = node.children;
    }
    level.set(elements[elements.length - 1], { value });
  }
  const out: Item = {};
  for (const [name, node] of root) setOwnValue(out, name as string, materialize(node, ownValue(item, name as string)));
  return out;
}

function materialize(node: Node, source: AttributeValue | undefined): AttributeValue {
  if (node.value) return node.value;
  const children = node.children!;
  if (source?.L) {
    const indexes = [...children.keys()].sort((x, y) => (x as number) - (y as number));
    return { L: indexes.map((index) => materialize(children.get(index)!, source.L![index as number])) };
  }
  const map: Record<string, AttributeValue> = {};
  for (const [key, child] of children) setOwnValue(map, key as string, materialize(child, ownValue(source?.M, key as string)));
  return { M: map };
}
