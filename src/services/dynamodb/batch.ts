import type * as Ddb from '../../generated/dynamodb.js';
import { checkItem, type Item } from './attribute-values.js';
import { CapacityTally, readUnits, writeUnits } from './capacity.js';
import type { EncodedKey, Engine } from './engine.js';
import { invalidParameter, validation } from './errors.js';
import type { PathNode } from './expressions/ast.js';
import { project } from './expressions/paths.js';
import { prepareExpressions, type ExpressionInput } from './expressions/request.js';
import { checkItemSize, collectionMetrics } from './item-operations.js';
import type { TableDef } from './state.js';

type Operations = Partial<Ddb.DynamodbOperations>;

export const MAX_BATCH_GET_KEYS = 100;
export const MAX_BATCH_WRITES = 25;
/** A BatchGetItem answer carries at most 16 MB of items; the rest come back as UnprocessedKeys. */
export const BATCH_GET_LIMIT_BYTES = 16 * 1024 * 1024;

export function keyId(key: EncodedKey): string {
  return `${key.pk.toString('hex')}:${key.sk.toString('hex')}`;
}

function duplicates(): never {
  throw validation('Provided list of item keys contains duplicates');
}

function reportAll(tallies: CapacityTally[], mode: string | undefined): Ddb.ConsumedCapacity[] | undefined {
  if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
  return tallies.map((t) => t.report(mode)!);
}

export function batchOperations(engine: Engine): Operations {
  const { state } = engine;
  return {
    BatchGetItem(input, context) {
      const entries = Object.entries(input.RequestItems);
      const total = entries.reduce((sum, [, request]) => sum + (request.Keys?.length ?? 0), 0);
      if (total > MAX_BATCH_GET_KEYS) throw validation('Too many items requested for the BatchGetItem call');
      // Every table's request is checked before any table is looked up.
      const checked = entries.map(([tableName, request]) => {
        const prepared = prepareExpressions(request as ExpressionInput, 'BatchGetItem');
        const given = request.Keys.map((key) => engine.checkKey(key));
        // The same key twice is seen without the table (attribute order aside).
        const texts = given.map((key) => JSON.stringify(Object.keys(key).sort().map((name) => [name, key[name]])));
        if (new Set(texts).size !== texts.length) duplicates();
        return { tableName, request, prepared, given };
      });
      const plans = checked.map(({ tableName, request, prepared, given: checkedKeys }) => {
        const table = engine.requireTable(context, tableName);
        const seen = new Set<string>();
        const keys = checkedKeys.map((checkedKey, at) => {
          const given = request.Keys[at];
          const key = engine.keyFromInput(table, checkedKey);
          const id = keyId(key);
          if (seen.has(id)) duplicates();
          seen.add(id);
          return { key, given };
        });
        return { tableName, table, request, projection: prepared.projection as PathNode[] | undefined, keys };
      });
      const responses: Record<string, Item[]> = {};
      const unprocessed: Record<string, Ddb.KeysAndAttributes> = {};
      const tallies: CapacityTally[] = [];
      let bytes = 0;
      let full = false;
      for (const plan of plans) {
        const items: Item[] = [];
        responses[plan.tableName] = items;
        const tally = new CapacityTally(plan.table.name);
        tallies.push(tally);
        for (const { key, given } of plan.keys) {
          // Once an item would take the answer past 16 MB, it and every key after it are left for the caller to retry.
          const stored = full ? undefined : engine.load(plan.table, key);
          if (full || (stored && bytes + stored.size > BATCH_GET_LIMIT_BYTES)) {
            full = true;
            const { Keys: _keys, ...rest } = plan.request;
            unprocessed[plan.tableName] ??= { ...rest, Keys: [] };
            unprocessed[plan.tableName].Keys.push(given);
            continue;
          }
          tally.table += readUnits(stored?.size ?? 0, plan.request.ConsistentRead === true);
          if (!stored) continue;
          bytes += stored.size;
          items.push(plan.projection ? project(stored.item, plan.projection) : stored.item);
        }
      }
      return { Responses: responses, UnprocessedKeys: unprocessed, ConsumedCapacity: reportAll(tallies, input.ReturnConsumedCapacity) };
    },

    BatchWriteItem(input, context) {
      const entries = Object.entries(input.RequestItems);
      const total = entries.reduce((sum, [, requests]) => sum + requests.length, 0);
      if (total > MAX_BATCH_WRITES) throw validation('Too many items requested for the BatchWriteItem call');
      // Every request's items and keys are checked before any table is looked up.
      const checked = entries.map(([tableName, requests]) => ({
        tableName,
        requests: requests.map((request) => {
          if ((request.PutRequest === undefined) === (request.DeleteRequest === undefined)) {
            throw invalidParameter('Supplied WriteRequest must contain exactly one of PutRequest or DeleteRequest');
          }
          if (!request.PutRequest) return { key: engine.checkKey(request.DeleteRequest!.Key) };
          const item = checkItem(request.PutRequest.Item);
          return { item, size: checkItemSize(item) };
        }),
      }));
      const plans = checked.map(({ tableName, requests }) => {
        const table = engine.requireTable(context, tableName);
        const seen = new Set<string>();
        const writes = requests.map((request) => {
          let key: EncodedKey;
          const { item, size = 0 } = request;
          if (item) {
            key = engine.keyFromItem(table, item, true);
            engine.checkIndexKeys(table, item);
          } else key = engine.keyFromInput(table, request.key!);
          const id = keyId(key);
          if (seen.has(id)) duplicates();
          seen.add(id);
          return { key, item, size };
        });
        return { tableName, table, writes };
      });
      const tallies: CapacityTally[] = [];
      state.transaction(() => {
        for (const plan of plans) {
          const tally = new CapacityTally(plan.table.name);
          tallies.push(tally);
          const parseOld = engine.needsOldImage(plan.table);
          // Without indexes, listeners or a capacity report, nothing needs the items a put replaces.
          const blind = !parseOld && input.ReturnConsumedCapacity !== 'TOTAL' && input.ReturnConsumedCapacity !== 'INDEXES';
          for (const write of plan.writes) {
            const old = blind && write.item ? undefined : engine.load(plan.table, write.key, parseOld);
            engine.commit(plan.table, write.key, old, write.item, tally, write.size);
            tally.table += writeUnits(Math.max(write.size, old?.size ?? 0));
          }
        }
      });
      let metrics: Record<string, Ddb.ItemCollectionMetrics[]> | undefined;
      if (input.ReturnItemCollectionMetrics === 'SIZE') {
        for (const plan of plans) {
          const list = plan.writes.map((w) => collectionMetrics(engine, plan.table as TableDef, w.key, 'SIZE')).filter((m) => m !== undefined);
          if (list.length) (metrics ??= {})[plan.tableName] = list;
        }
      }
      return { UnprocessedItems: {}, ConsumedCapacity: reportAll(tallies, input.ReturnConsumedCapacity), ItemCollectionMetrics: metrics };
    },
  };
}
