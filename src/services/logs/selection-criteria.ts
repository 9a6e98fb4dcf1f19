import { invalidParameter } from './errors.js';

/**
 * The selectionCriteria of an account policy: `LogGroupName NOT IN ["a", "b"]`,
 * `LogGroupNamePrefix IN ["a"]`, or `DataSourceName = "x" AND DataSourceType = "y"`, as
 * PutAccountPolicy documents them (at most 25 KB, at most 50 values a list).
 */

export type SelectionCriteria =
  | { kind: 'list'; field: 'LogGroupName' | 'LogGroupNamePrefix'; negated: boolean; values: string[] }
  | { kind: 'dataSource'; name: string; type: string };

const MAX_BYTES = 25 * 1024;
const MAX_VALUES = 50;
const LIST = /^\s*(LogGroupName|LogGroupNamePrefix)\s+(NOT\s+IN|IN)\s*(\[.*\])\s*$/s;
const DATA_SOURCE = /^\s*DataSourceName\s*=\s*("(?:[^"\\]|\\.)*")\s+AND\s+DataSourceType\s*=\s*("(?:[^"\\]|\\.)*")\s*$/s;

export function parseSelectionCriteria(text: string): SelectionCriteria {
  if (Buffer.byteLength(text) > MAX_BYTES) throw invalidParameter('selectionCriteria can be at most 25 KB long.');
  const list = LIST.exec(text);
  if (list) {
    let values: unknown;
    try {
      values = JSON.parse(list[3]);
    } catch {
      values = undefined;
    }
    if (!Array.isArray(values) || !values.length || !values.every((v) => typeof v === 'string' && v.length > 0)) {
      throw invalidParameter(`Invalid selectionCriteria: ${text}. The list must hold one or more quoted log group names.`);
    }
    if (values.length > MAX_VALUES) throw invalidParameter(`Invalid selectionCriteria: a list can hold at most ${MAX_VALUES} values.`);
    return { kind: 'list', field: list[1] as 'LogGroupName' | 'LogGroupNamePrefix', negated: /^NOT/.test(list[2]), values: values as string[] };
  }
  const source = DATA_SOURCE.exec(text);
  if (source) return { kind: 'dataSource', name: JSON.parse(source[1]) as string, type: JSON.parse(source[2]) as string };
  throw invalidParameter(`Invalid selectionCriteria: ${text}`);
}

/** Whether a log group falls under the criteria (a data-source criterion names no log group). */
export function selectsGroup(criteria: SelectionCriteria | undefined, groupName: string): boolean {
  if (!criteria) return true;
  if (criteria.kind === 'dataSource') return false;
  const hit = criteria.field === 'LogGroupName' ? criteria.values.includes(groupName) : criteria.values.some((prefix) => groupName.startsWith(prefix));
  return criteria.negated ? !hit : hit;
}
