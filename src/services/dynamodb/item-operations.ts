import type * as Ddb from '../../generated/dynamodb.js';
import { checkItem, itemSize, MAX_ITEM_SIZE, type Item } from './attribute-values.js';
import { CapacityTally, readUnits, writeUnits } from './capacity.js';
import type { EncodedKey, Engine, StoredItem } from './engine.js';
import { conditionalCheckFailed, invalidParameter, validation } from './errors.js';
import type { Condition, PathNode, UpdateActions } from './expressions/ast.js';
import { evaluate } from './expressions/evaluate.js';
import { project } from './expressions/paths.js';
import { checkExpressionMembers, prepareExpressions, type ExpressionInput } from './expressions/request.js';
import { applyUpdate, updatedPaths } from './expressions/update.js';
import type { TableDef } from './state.js';

type Operations = Partial<Ddb.DynamodbOperations>;

export function checkCondition(condition: Condition | undefined, old: StoredItem | undefined, onFailure: string | undefined): void {
  if (!condition) return;
  if (!evaluate(condition, old?.item ?? {})) throw conditionalCheckFailed(onFailure === 'ALL_OLD' && old ? old.item : undefined);
}

export function checkItemSize(item: Item, update = false): number {
  const size = itemSize(item);
  if (size > MAX_ITEM_SIZE) {
    throw validation(update ? 'Item size to update has exceeded the maximum allowed size' : 'Item size has exceeded the maximum allowed size');
  }
  return size;
}

export function collectionMetrics(engine: Engine, table: TableDef, key: EncodedKey, mode: string | undefined): Ddb.ItemCollectionMetrics | undefined {
  if (mode !== 'SIZE' || !table.indexes.some((i) => !i.global)) return undefined;
  const hashName = table.keySchema[0].AttributeName;
  const gigabytes = engine.state.collectionSize(table, key.hk, key.pk) / 1024 ** 3;
  const lower = Math.floor(gigabytes);
  return { ItemCollectionKey: { [hashName]: key.key[hashName] }, SizeEstimateRangeGB: [lower, lower + 1] };
}

/** An update may not touch a key attribute. */
export function checkKeyNotUpdated(table: TableDef, actions: UpdateActions): void {
  const keys = new Set(table.keySchema.map((k) => k.AttributeName));
  for (const path of updatedPaths(actions)) {
    const name = path.elements[0] as string;
    if (keys.has(name)) throw invalidParameter(`Cannot update attribute ${name}. This attribute is part of the key`);
  }
}

/** What an update produces from the item before it (an absent item starts as its key). */
export function updatedItem(engine: Engine, table: TableDef, key: EncodedKey, old: StoredItem | undefined, actions: UpdateActions | undefined): Item {
  const base = old?.item ?? { ...key.key };
  const next = actions ? applyUpdate(base, actions) : { ...base };
  checkItemSize(next, true);
  engine.checkIndexKeys(table, next);
  return next;
}

/** UPDATED_OLD shows every path the update touched; UPDATED_NEW leaves out what it removed. */
export function updateReturnValues(mode: string | undefined, actions: UpdateActions | undefined, old: Item | undefined, next: Item): Item | undefined {
  const paths: PathNode[] = actions ? updatedPaths(actions) : [];
  switch (mode) {
    case 'ALL_OLD':
      return old;
    case 'ALL_NEW':
      return next;
    case 'UPDATED_OLD': {
      if (!old) return undefined;
      const out = project(old, paths);
      return Object.keys(out).length ? out : undefined;
    }
    case 'UPDATED_NEW': {
      const written = actions ? paths.filter((path) => !actions.remove.includes(path)) : [];
      const out = project(next, written);
      return Object.keys(out).length ? out : undefined;
    }
    default:
      return undefined;
  }
}

export function itemOperations(engine: Engine): Operations {
  const { state } = engine;
  return {
    PutItem(input, context) {
      if (input.ReturnValues && input.ReturnValues !== 'NONE' && input.ReturnValues !== 'ALL_OLD') {
        throw validation('ReturnValues can only be ALL_OLD or NONE');
      }
      checkExpressionMembers(input as ExpressionInput, 'PutItem');
      const item = checkItem(input.Item);
      const size = checkItemSize(item);
      const prepared = prepareExpressions(input as ExpressionInput, 'PutItem');
      const table = engine.requireTable(context, input.TableName);
      const key = engine.keyFromItem(table, item);
      engine.checkIndexKeys(table, item);
      const tally = new CapacityTally(table.name);
      const parseOld = prepared.condition !== undefined || input.ReturnValues === 'ALL_OLD' || engine.needsOldImage(table);
      const capacity = input.ReturnConsumedCapacity === 'TOTAL' || input.ReturnConsumedCapacity === 'INDEXES';
      let old: StoredItem | undefined;
      if (!parseOld && !capacity) {
        // Nothing looks at the item being replaced (no condition, index, listener or capacity): one blind write.
        engine.commit(table, key, undefined, item, tally, size);
      } else {
        old = state.transaction(() => {
          const existing = engine.load(table, key, parseOld);
          checkCondition(prepared.condition, existing, input.ReturnValuesOnConditionCheckFailure);
          engine.commit(table, key, existing, item, tally, size);
          return existing;
        });
      }
      tally.table += writeUnits(Math.max(size, old?.size ?? 0));
      return {
        Attributes: input.ReturnValues === 'ALL_OLD' && old ? old.item : undefined,
        ConsumedCapacity: tally.report(input.ReturnConsumedCapacity),
        ItemCollectionMetrics: collectionMetrics(engine, table, key, input.ReturnItemCollectionMetrics),
      };
    },

    GetItem(input, context) {
      checkExpressionMembers(input as ExpressionInput, 'GetItem');
      const given = engine.checkKey(input.Key);
      const prepared = prepareExpressions(input as ExpressionInput, 'GetItem');
      const table = engine.requireTable(context, input.TableName);
      const key = engine.keyFromInput(table, given);
      const stored = engine.load(table, key);
      const tally = new CapacityTally(table.name);
      tally.table = readUnits(stored?.size ?? 0, input.ConsistentRead === true);
      return {
        Item: stored ? (prepared.projection ? project(stored.item, prepared.projection) : stored.item) : undefined,
        ConsumedCapacity: tally.report(input.ReturnConsumedCapacity),
      };
    },

    UpdateItem(input, context) {
      checkExpressionMembers(input as ExpressionInput, 'UpdateItem');
      const given = engine.checkKey(input.Key);
      const prepared = prepareExpressions(input as ExpressionInput, 'UpdateItem');
      const table = engine.requireTable(context, input.TableName);
      const key = engine.keyFromInput(table, given);
      if (prepared.update) checkKeyNotUpdated(table, prepared.update);
      const tally = new CapacityTally(table.name);
      const { old, next } = state.transaction(() => {
        const existing = engine.load(table, key);
        checkCondition(prepared.condition, existing, input.ReturnValuesOnConditionCheckFailure);
        const result = updatedItem(engine, table, key, existing, prepared.update);
        engine.commit(table, key, existing, result, tally);
        return { old: existing, next: result };
      });
      tally.table += writeUnits(Math.max(itemSize(next), old?.size ?? 0));
      return {
        Attributes: updateReturnValues(input.ReturnValues, prepared.update, old?.item, next),
        ConsumedCapacity: tally.report(input.ReturnConsumedCapacity),
        ItemCollectionMetrics: collectionMetrics(engine, table, key, input.ReturnItemCollectionMetrics),
      };
    },

    DeleteItem(input, context) {
      if (input.ReturnValues && input.ReturnValues !== 'NONE' && input.ReturnValues !== 'ALL_OLD') {
        throw validation('ReturnValues can only be ALL_OLD or NONE');
      }
      checkExpressionMembers(input as ExpressionInput, 'DeleteItem');
      const given = engine.checkKey(input.Key);
      const prepared = prepareExpressions(input as ExpressionInput, 'DeleteItem');
      const table = engine.requireTable(context, input.TableName);
      const key = engine.keyFromInput(table, given);
      const tally = new CapacityTally(table.name);
      const parseOld = prepared.condition !== undefined || input.ReturnValues === 'ALL_OLD' || engine.needsOldImage(table);
      const old = state.transaction(() => {
        const existing = engine.load(table, key, parseOld);
        checkCondition(prepared.condition, existing, input.ReturnValuesOnConditionCheckFailure);
        engine.commit(table, key, existing, undefined, tally);
        return existing;
      });
      tally.table += writeUnits(old?.size ?? 0);
      return {
        Attributes: input.ReturnValues === 'ALL_OLD' && old ? old.item : undefined,
        ConsumedCapacity: tally.report(input.ReturnConsumedCapacity),
        ItemCollectionMetrics: collectionMetrics(engine, table, key, input.ReturnItemCollectionMetrics),
      };
    },
  };
}
