import type * as Ddb from '../../generated/dynamodb.js';
import { checkValue, deserializeItem, typeOf, type AttributeValue, type Item } from './attribute-values.js';
import { CapacityTally, readUnits } from './capacity.js';
import type { Engine } from './engine.js';
import { invalidParameter, validation } from './errors.js';
import type { Condition, PathNode } from './expressions/ast.js';
import { evaluate } from './expressions/evaluate.js';
import { keyConditionParts, keyRangeFromLegacy, keyRangeFromParts, type KeyRange, type KeySchemaInfo } from './expressions/key-condition.js';
import { project } from './expressions/paths.js';
import { checkExpressionMembers, prepareExpressions, type ExpressionInput } from './expressions/request.js';
import { encodeKey, encodeKeyParts, encodeKeyPrefix, escapeKeyPart, hashKey } from './key-encoding.js';
import type { IndexDef, SortBounds, StoredRow, TableDef } from './state.js';
import { ownValue, setOwnValue } from '../../core/keyed-record.js';

type Operations = Partial<Ddb.DynamodbOperations>;

/** A Query or Scan page stops after 1 MB of items read (before any filter). */
export const PAGE_LIMIT_BYTES = 1024 * 1024;
/** Rows read from SQLite at a time while filling a page. */
const ROWS_PER_FETCH = 200;

interface Source {
  table: TableDef;
  index?: IndexDef;
  schema: KeySchemaInfo;
}

function successor(prefix: Buffer): Buffer | undefined {
  const bytes = Buffer.from(prefix);
  for (let i = bytes.length - 1; i >= 0; i--) {
    if (bytes[i] < 0xff) {
      bytes[i]++;
      return bytes.subarray(0, i + 1);
    }
  }
  return undefined;
}

function sortBounds(range: KeyRange, schema: KeySchemaInfo): SortBounds {
  if (schema.rangeKeys.length > 1) return multiAttributeSortBounds(range);
  const sort = range.sort;
  if (!sort) return {};
  const [first, second] = sort.values.map(encodeKey);
  switch (sort.operator) {
    case '=':
      return { lower: { value: first, inclusive: true }, upper: { value: first, inclusive: true } };
    case '<':
      return { upper: { value: first, inclusive: false } };
    case '<=':
      return { upper: { value: first, inclusive: true } };
    case '>':
      return { lower: { value: first, inclusive: false } };
    case '>=':
      return { lower: { value: first, inclusive: true } };
    case 'BETWEEN':
      return { lower: { value: first, inclusive: true }, upper: { value: second, inclusive: true } };
    case 'BEGINS_WITH': {
      const next = successor(first);
      return { lower: { value: first, inclusive: true }, upper: next ? { value: next, inclusive: false } : undefined };
    }
  }
}

/**
 * A multi-attribute sort key is stored as whole escaped parts (key-encoding.ts), so the keys
 * with a given run of leading values are exactly those beginning with its bytes, and a
 * condition on the next attribute is a byte range within that run.
 */
function multiAttributeSortBounds(range: KeyRange): SortBounds {
  const prefix = encodeKeyPrefix(range.sortPrefix);
  const within = (from: Buffer, to: Buffer | undefined): SortBounds => ({
    lower: { value: from, inclusive: true },
    upper: to ? { value: to, inclusive: false } : undefined,
  });
  const all = within(prefix, successor(prefix));
  const sort = range.sort;
  if (!sort) return prefix.length ? all : {};
  const [first, second] = sort.values.map((value) => encodeKeyPrefix([value]));
  const at = Buffer.concat([prefix, first]);
  switch (sort.operator) {
    case '=':
      return within(at, successor(at));
    case '<':
      return within(prefix, at);
    case '<=':
      return within(prefix, successor(at));
    case '>':
      return within(successor(at) ?? at, all.upper?.value);
    case '>=':
      return within(at, all.upper?.value);
    case 'BETWEEN': {
      const high = Buffer.concat([prefix, second]);
      return within(at, successor(high));
    }
    case 'BEGINS_WITH': {
      const start = Buffer.concat([prefix, escapeKeyPart(encodeKey(sort.values[0]))]);
      return within(start, successor(start));
    }
  }
}

function topLevelNames(condition: Condition, out: Set<string>): void {
  const visit = (operand: unknown) => {
    const node = operand as { kind: string; elements?: unknown[]; args?: unknown[]; left?: unknown; right?: unknown };
    if (node.kind === 'path') out.add(node.elements![0] as string);
    else if (node.kind === 'function') node.args!.forEach(visit);
    else if (node.kind === 'arithmetic') [node.left, node.right].forEach(visit);
  };
  switch (condition.kind) {
    case 'and':
    case 'or':
      topLevelNames(condition.left, out);
      topLevelNames(condition.right, out);
      return;
    case 'not':
      topLevelNames(condition.operand, out);
      return;
    case 'compare':
      visit(condition.left);
      visit(condition.right);
      return;
    case 'between':
      [condition.operand, condition.low, condition.high].forEach(visit);
      return;
    case 'in':
      [condition.operand, ...condition.list].forEach(visit);
      return;
    case 'call':
      visit(condition.call);
  }
}

/** Value errors AWS reports inside "The provided starting key is invalid: ..." (the others it reports bare). */
const WRAPPED_START_KEY_ERRORS = [
  'Supplied AttributeValue',
  'One or more parameter values were invalid: Null attribute value types',
  'One or more parameter values were invalid: An string set  may not be empty',
  'One or more parameter values were invalid: Binary sets should not be empty',
];

/** An ExclusiveStartKey's values, read first of all (after the kinds of parameters are checked). */
function checkStartKeyValues(engine: Engine, given: Record<string, unknown>): void {
  try {
    engine.checkKey(given);
  } catch (error) {
    const message = (error as Error).message;
    if (WRAPPED_START_KEY_ERRORS.some((start) => message.startsWith(start))) throw validation(`The provided starting key is invalid: ${message}`);
    throw error;
  }
}

export function readOperations(engine: Engine): Operations {
  const { state } = engine;

  function sourceOf(table: TableDef, indexName: string | undefined, consistent: boolean | undefined): Source {
    if (indexName === undefined) return { table, schema: engine.schemaOf(table, table) };
    const index = table.indexes.find((i) => i.name === indexName);
    if (!index) throw validation(`The table does not have the specified index: ${indexName}`);
    if (index.global && consistent) throw validation('Consistent reads are not supported on global secondary indexes');
    return { table, index, schema: engine.schemaOf(index, table) };
  }

  /** Key attributes that identify an item in the source: the index's keys, then the table's. */
  function keyNames(source: Source): string[] {
    const names = source.index ? source.index.keySchema.map((k) => k.AttributeName) : [];
    for (const k of source.table.keySchema) if (!names.includes(k.AttributeName)) names.push(k.AttributeName);
    return names;
  }

  function lastKey(source: Source, item: Item): Item {
    const key: Item = {};
    for (const name of keyNames(source)) {
      const value = ownValue(item, name);
      if (value !== undefined) setOwnValue(key, name, value);
    }
    return key;
  }

  /** ExclusiveStartKey → the encoded position it names. */
  function startPosition(source: Source, given: Record<string, unknown>, scan: boolean): { hk: number; pk: Buffer; sk: Buffer; tpk: Buffer; tsk: Buffer; values: Item } {
    // Query and Scan word a malformed ExclusiveStartKey differently.
    const invalid = () => validation(scan ? 'The provided starting key is invalid: The provided key element does not match the schema' : 'The provided starting key is invalid');
    const values: Item = {};
    for (const [name, raw] of Object.entries(given)) values[name] = checkValue(raw);
    const names = keyNames(source);
    if (Object.keys(values).length !== names.length || names.some((n) => values[n] === undefined)) throw invalid();
    const tableInfo = engine.schemaOf(source.table, source.table);
    for (const attribute of [...source.schema.hashKeys, ...source.schema.rangeKeys, ...tableInfo.hashKeys, ...tableInfo.rangeKeys]) {
      if (typeOf(values[attribute.name]) !== attribute.type) throw invalid();
    }
    return { ...position(source, values), values };
  }

  interface Selection {
    select: string;
    projection?: PathNode[];
    fetchFromTable: boolean;
  }

  function selection(source: Source, select: string | undefined, projection: PathNode[] | undefined, usedAttributesToGet: boolean): Selection {
    const projectionName = usedAttributesToGet ? 'AttributesToGet' : 'ProjectionExpression';
    const chosen = select ?? (projection ? 'SPECIFIC_ATTRIBUTES' : source.index ? 'ALL_PROJECTED_ATTRIBUTES' : 'ALL_ATTRIBUTES');
    // AWS words these without the "One or more parameter values were invalid" preamble, and says "Querying" on a Scan too.
    if (projection && chosen !== 'SPECIFIC_ATTRIBUTES') {
      throw validation(`Cannot specify the ${projectionName} when choosing to get ${chosen === 'COUNT' ? 'only the Count' : chosen}`);
    }
    if (chosen === 'SPECIFIC_ATTRIBUTES' && !projection) {
      throw validation('Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES');
    }
    if (chosen === 'ALL_PROJECTED_ATTRIBUTES' && !source.index) {
      throw validation('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
    }
    const index = source.index;
    let fetchFromTable = false;
    if (index && index.projection.ProjectionType !== 'ALL') {
      if (chosen === 'ALL_ATTRIBUTES') {
        if (index.global) {
          throw invalidParameter(`Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.name} because its projection type is not ALL`);
        }
        fetchFromTable = true;
      } else if (chosen === 'SPECIFIC_ATTRIBUTES' && !index.global) {
        const projected = new Set([...source.table.keySchema, ...index.keySchema].map((k) => k.AttributeName));
        for (const name of index.projection.NonKeyAttributes ?? []) projected.add(name);
        fetchFromTable = projection!.some((path) => !projected.has(path.elements[0] as string));
      }
    }
    return { select: chosen, projection, fetchFromTable };
  }

  interface Page {
    items: Item[];
    count: number;
    scanned: number;
    lastEvaluatedKey?: Item;
    tally: CapacityTally;
  }

  /** Rows in chunks: `fetch(after, n)` answers up to n rows after the item `after`. */
  type Fetch = (after: Item | undefined, count: number) => StoredRow[];

  /** Where an item of the source sits in its key order: index keys, then table keys. */
  function position(source: Source, item: Item): { hk: number; pk: Buffer; sk: Buffer; tpk: Buffer; tsk: Buffer } {
    const at = engine.keyBytes(source.schema, item)!;
    const table = engine.keyBytes(engine.schemaOf(source.table, source.table), item)!;
    return { hk: hashKey(at.pk), pk: at.pk, sk: at.sk, tpk: table.pk, tsk: table.sk };
  }

  function readPage(source: Source, fetch: Fetch, filter: Condition | undefined, chosen: Selection, limit: number | undefined, consistent: boolean): Page {
    // First the rows the page covers (Limit and 1 MB apply before any filter), then their items.
    const taken: StoredRow[] = [];
    let bytes = 0;
    let stopped = false;
    let after: Item | undefined;
    for (;;) {
      const wanted = Math.min(ROWS_PER_FETCH, limit !== undefined ? limit - taken.length : ROWS_PER_FETCH);
      const rows = fetch(after, wanted);
      for (const row of rows) {
        taken.push(row);
        bytes += row.size;
        if ((limit !== undefined && taken.length >= limit) || bytes >= PAGE_LIMIT_BYTES) {
          stopped = true;
          break;
        }
      }
      if (stopped || rows.length < wanted) break;
      after = deserializeItem(rows[rows.length - 1].item);
    }
    const items: Item[] = [];
    let count = 0;
    let tableBytes = 0;
    let last: Item | undefined;
    for (const row of taken) {
      let item = deserializeItem(row.item);
      last = item;
      if (chosen.fetchFromTable) {
        const at = position(source, item);
        const full = state.getRow(source.table.id, hashKey(at.tpk), at.tpk, at.tsk);
        if (full) {
          item = deserializeItem(full.item);
          tableBytes += full.size;
        }
      }
      if (!filter || evaluate(filter, item)) {
        count++;
        if (chosen.select !== 'COUNT') items.push(chosen.projection ? project(item, chosen.projection) : item);
      }
    }
    const scanned = taken.length;
    const tally = new CapacityTally(source.table.name);
    const units = readUnits(bytes, consistent);
    if (source.index) {
      tally.addIndex(source.index.name, source.index.global, units);
      if (tableBytes) tally.table += readUnits(tableBytes, consistent);
    } else tally.table = units;
    return { items, count, scanned, lastEvaluatedKey: stopped && last ? lastKey(source, last) : undefined, tally };
  }

  return {
    Query(input, context) {
      checkExpressionMembers(input as ExpressionInput, 'Query');
      if (input.ExclusiveStartKey) checkStartKeyValues(engine, input.ExclusiveStartKey);
      const prepared = prepareExpressions(input as ExpressionInput, 'Query');
      // The values of KeyConditions and ExclusiveStartKey are read before the table is looked up.
      let legacy: Record<string, { ComparisonOperator: string; AttributeValueList?: AttributeValue[] }> | undefined;
      if (!prepared.keyCondition && input.KeyConditions) {
        legacy = {};
        for (const [name, condition] of Object.entries(input.KeyConditions)) {
          legacy[name] = {
            ComparisonOperator: condition.ComparisonOperator,
            AttributeValueList: condition.AttributeValueList?.map((v) => checkValue(v)),
          };
        }
      }
      if (!prepared.keyCondition && !legacy) throw validation('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
      // The shape of the key condition is judged before the table is looked up; its key names after.
      const parts = prepared.keyCondition ? keyConditionParts(prepared.keyCondition) : undefined;
      const table = engine.requireTable(context, input.TableName);
      const source = sourceOf(table, input.IndexName, input.ConsistentRead);
      const range: KeyRange = parts ? keyRangeFromParts(parts, source.schema) : keyRangeFromLegacy(legacy!, source.schema);
      range.partition.forEach((value, at) => {
        if (value.S === '' || value.B?.length === 0) {
          throw validation(
            `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${value.S === '' ? 'string' : 'binary'} value. Key: ${source.schema.hashKeys[at].name}`,
          );
        }
      });
      if (prepared.filter) {
        const names = new Set<string>();
        topLevelNames(prepared.filter, names);
        for (const key of [...source.schema.hashKeys, ...source.schema.rangeKeys]) {
          if (names.has(key.name)) {
            const what = input.QueryFilter ? 'QueryFilter' : 'Filter Expression';
            throw validation(`${what} can only contain non-primary key attributes: Primary key attribute: ${key.name}`);
          }
        }
      }
      const chosen = selection(source, input.Select, prepared.projection, input.AttributesToGet !== undefined);
      const forward = input.ScanIndexForward !== false;
      const pk = encodeKeyParts(range.partition);
      const hk = hashKey(pk);
      let start: unknown[] | undefined;
      if (input.ExclusiveStartKey) {
        const position = startPosition(source, input.ExclusiveStartKey, false);
        if (!position.pk.equals(pk)) throw validation('The provided starting key is outside query boundaries based on provided conditions');
        start = source.index ? [position.sk, position.tpk, position.tsk] : [position.sk];
      }
      const from = source.index ? { indexId: source.index.id } : { tableId: table.id };
      const bounds = sortBounds(range, source.schema);
      const fetch: Fetch = (after, count) => {
        const at = after && position(source, after);
        return state.queryRows(from, hk, pk, bounds, forward, at ? (source.index ? [at.sk, at.tpk, at.tsk] : [at.sk]) : start, count);
      };
      const page = readPage(source, fetch, prepared.filter, chosen, input.Limit, input.ConsistentRead === true);
      return {
        Items: chosen.select === 'COUNT' ? undefined : page.items,
        Count: page.count,
        ScannedCount: page.scanned,
        LastEvaluatedKey: page.lastEvaluatedKey,
        ConsumedCapacity: page.tally.report(input.ReturnConsumedCapacity),
      };
    },

    Scan(input, context) {
      checkExpressionMembers(input as ExpressionInput, 'Scan');
      if (input.ExclusiveStartKey) checkStartKeyValues(engine, input.ExclusiveStartKey);
      const { Segment: segment, TotalSegments: total } = input;
      if (segment !== undefined && total === undefined) {
        throw validation('The TotalSegments parameter is required but was not present in the request when Segment parameter is present');
      }
      if (total !== undefined && segment === undefined) {
        throw validation('The Segment parameter is required but was not present in the request when parameter TotalSegments is present');
      }
      if (segment !== undefined && total !== undefined && segment >= total) {
        throw validation(`The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`);
      }
      const prepared = prepareExpressions(input as ExpressionInput, 'Scan');
      const table = engine.requireTable(context, input.TableName);
      const source = sourceOf(table, input.IndexName, input.ConsistentRead);
      const chosen = selection(source, input.Select, prepared.projection, input.AttributesToGet !== undefined);
      const hashRange =
        segment !== undefined && total !== undefined ? { from: Math.floor((segment * 2 ** 32) / total), to: Math.floor(((segment + 1) * 2 ** 32) / total) } : undefined;
      let start: unknown[] | undefined;
      if (input.ExclusiveStartKey) {
        const position = startPosition(source, input.ExclusiveStartKey, true);
        if (hashRange && (position.hk < hashRange.from || position.hk >= hashRange.to)) {
          throw validation(
            `The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: ${total} Segment: ${segment}`,
          );
        }
        start = source.index ? [position.hk, position.pk, position.sk, position.tpk, position.tsk] : [position.hk, position.pk, position.sk];
      }
      const from = source.index ? { indexId: source.index.id } : { tableId: table.id };
      const fetch: Fetch = (after, count) => {
        const at = after && position(source, after);
        return state.scanRows(from, hashRange, at ? (source.index ? [at.hk, at.pk, at.sk, at.tpk, at.tsk] : [at.hk, at.pk, at.sk]) : start, count);
      };
      const page = readPage(source, fetch, prepared.filter, chosen, input.Limit, input.ConsistentRead === true);
      return {
        Items: chosen.select === 'COUNT' ? undefined : page.items,
        Count: page.count,
        ScannedCount: page.scanned,
        LastEvaluatedKey: page.lastEvaluatedKey,
        ConsumedCapacity: page.tally.report(input.ReturnConsumedCapacity),
      };
    },
  };
}
