/**
 * The JSONPath subset EventBridge evaluates (InputPath, InputTransformer's InputPathsMap,
 * KinesisParameters.PartitionKeyPath, dynamic HTTP parameters; Pipes and Scheduler take the
 * same): `$`, dot notation with names of letters, digits, `_`, `-`, `/`, `:`, `@` and spaces,
 * array indices `[0]` and wildcards (`.*`, `[*]`). A path with a wildcard selects a list.
 */
export type JsonPathSegment = { key: string } | { index: number } | { wildcard: true };

export interface JsonPath {
  readonly text: string;
  readonly segments: readonly JsonPathSegment[];
  /** True when a wildcard makes the path select a list of values. */
  readonly multiple: boolean;
}

const NAME = /^[^.[\]*]+/;

/** The path, or undefined when it is not one EventBridge accepts. */
export function parseJsonPath(text: string): JsonPath | undefined {
  if (!text.startsWith('$')) return undefined;
  const segments: JsonPathSegment[] = [];
  let rest = text.slice(1);
  while (rest.length > 0) {
    if (rest.startsWith('.')) {
      rest = rest.slice(1);
      if (rest.startsWith('*')) {
        segments.push({ wildcard: true });
        rest = rest.slice(1);
        continue;
      }
      const name = NAME.exec(rest)?.[0];
      if (!name) return undefined;
      segments.push({ key: name });
      rest = rest.slice(name.length);
    } else if (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close < 0) return undefined;
      const inner = rest.slice(1, close).trim();
      if (inner === '*') segments.push({ wildcard: true });
      else if (/^\d+$/.test(inner)) segments.push({ index: Number(inner) });
      else return undefined;
      rest = rest.slice(close + 1);
    } else {
      return undefined;
    }
  }
  return { text, segments, multiple: segments.some((segment) => 'wildcard' in segment) };
}

/** What the path selects in `value`: undefined when nothing is there; a list for a wildcard path. */
export function evaluateJsonPath(path: JsonPath, value: unknown): unknown {
  let current: unknown[] = [value];
  for (const segment of path.segments) {
    const next: unknown[] = [];
    for (const item of current) {
      if ('key' in segment) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.prototype.hasOwnProperty.call(item, segment.key)) {
          next.push((item as Record<string, unknown>)[segment.key]);
        }
      } else if ('index' in segment) {
        if (Array.isArray(item) && segment.index < item.length) next.push(item[segment.index]);
      } else if (Array.isArray(item)) {
        next.push(...item);
      } else if (item !== null && typeof item === 'object') {
        next.push(...Object.values(item));
      }
    }
    current = next;
  }
  if (path.multiple) return current;
  return current[0];
}
