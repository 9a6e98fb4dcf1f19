import { AwsError } from '../../core/errors.js';
import type * as Ddb from '../../generated/dynamodb.js';
import { checkItem, itemSize, type Item } from './attribute-values.js';
import { CapacityTally, readUnits, writeUnits } from './capacity.js';
import { keyId } from './batch.js';
import type { EncodedKey, Engine, StoredItem } from './engine.js';
import { validation } from './errors.js';
import type { Condition, PathNode, UpdateActions } from './expressions/ast.js';
import { evaluate } from './expressions/evaluate.js';
import { project } from './expressions/paths.js';
import { prepareExpressions, type ExpressionInput } from './expressions/request.js';
import { checkItemSize, checkKeyNotUpdated, collectionMetrics, updatedItem } from './item-operations.js';
import type { TableDef } from './state.js';

type Operations = Partial<Ddb.DynamodbOperations>;

/** A ClientRequestToken makes TransactWriteItems idempotent for 10 minutes. */
export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;
/** The items of one TransactWriteItems request may add up to 4 MB. */
export const TRANSACTION_LIMIT_BYTES = 4 * 1024 * 1024;
/** Inside a transaction every read and write costs twice as much. */
const TRANSACTION_FACTOR = 2;

interface WritePlan {
  kind: 'ConditionCheck' | 'Put' | 'Delete' | 'Update';
  /** What the action carries toward the 4 MB limit: the item put, or the key and the values it names. */
  requestBytes: number;
  tableName: string;
  table: TableDef;
  key: EncodedKey;
  item?: Item;
  condition?: Condition;
  update?: UpdateActions;
  onFailure?: string;
}

interface Reason {
  Code: string;
  Message?: string;
  Item?: Item;
}

function fingerprint(input: Ddb.TransactWriteItemsInput): string {
  return JSON.stringify(input.TransactItems, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return Buffer.isBuffer(raw) ? raw.toString('base64') : value;
  });
}

export function transactionOperations(engine: Engine): Operations {
  const { state, clock } = engine;
  const tokens = new Map<string, { at: number; fingerprint: string; output: Ddb.TransactWriteItemsOutput }>();

  function checkUnique(keys: Array<{ table: TableDef; key: EncodedKey }>): void {
    const seen = new Set<string>();
    for (const { table, key } of keys) {
      const id = `${table.id}/${keyId(key)}`;
      if (seen.has(id)) throw validation('Transaction request cannot include multiple operations on one item');
      seen.add(id);
    }
  }

  /** An action's parameters, checked before any table is looked up. */
  function checkWrite(entry: Ddb.TransactWriteItem) {
    const present = (['ConditionCheck', 'Put', 'Delete', 'Update'] as const).filter((kind) => entry[kind] !== undefined);
    if (present.length !== 1) throw validation('TransactItems can only contain one of Check, Put, Update or Delete');
    const kind = present[0];
    const request = entry[kind]! as { TableName: string; ReturnValuesOnConditionCheckFailure?: string; Key?: Record<string, unknown> } & ExpressionInput;
    const prepared = prepareExpressions(request, kind);
    const item = kind === 'Put' ? checkItem((entry.Put as Ddb.Put).Item) : undefined;
    const key = kind === 'Put' ? undefined : engine.checkKey(request.Key);
    return { kind, request, prepared, item, key };
  }

  function planWrite(checked: ReturnType<typeof checkWrite>, context: Parameters<NonNullable<Operations['TransactWriteItems']>>[1]): WritePlan {
    const { kind, request, prepared } = checked;
    const table = engine.requireTable(context, request.TableName);
    const base = { kind, tableName: request.TableName, table, condition: prepared.condition, onFailure: request.ReturnValuesOnConditionCheckFailure };
    const values = (request as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues;
    const valueBytes = values ? itemSize(values as Item) : 0;
    if (kind === 'Put') {
      const item = checked.item!;
      const key = engine.keyFromItem(table, item);
      engine.checkIndexKeys(table, item);
      const size = checkItemSize(item);
      return { ...base, key, item, requestBytes: size + valueBytes };
    }
    const key = engine.keyFromInput(table, checked.key!);
    if (kind === 'Update' && prepared.update) checkKeyNotUpdated(table, prepared.update);
    return { ...base, key, update: kind === 'Update' ? prepared.update : undefined, requestBytes: itemSize(key.key) + valueBytes };
  }

  return {
    TransactWriteItems(input, context) {
      const tokenKey = input.ClientRequestToken ? `${context.accountId}/${context.region}/${input.ClientRequestToken}` : undefined;
      const print = fingerprint(input);
      const now = clock.now();
      if (tokenKey) {
        for (const [key, entry] of tokens) if (now - entry.at >= IDEMPOTENCY_WINDOW_MS) tokens.delete(key);
        const previous = tokens.get(tokenKey);
        if (previous) {
          if (previous.fingerprint !== print) {
            throw new AwsError('IdempotentParameterMismatchException', 'The request uses the same client token as a previous, but non-identical request.', 400);
          }
          return previous.output;
        }
      }
      const plans = input.TransactItems.map(checkWrite).map((checked) => planWrite(checked, context));
      checkUnique(plans);
      if (plans.reduce((sum, plan) => sum + plan.requestBytes, 0) > TRANSACTION_LIMIT_BYTES) {
        throw validation('Transaction request cannot be larger than 4 MB');
      }
      const tallies = new Map<TableDef, CapacityTally>();
      const tallyOf = (table: TableDef) => {
        let tally = tallies.get(table);
        if (!tally) tallies.set(table, (tally = new CapacityTally(table.name)));
        return tally;
      };
      state.transaction(() => {
        const olds: Array<StoredItem | undefined> = [];
        const nexts: Array<Item | undefined> = [];
        const reasons: Reason[] = plans.map((plan, i) => {
          const old = engine.load(plan.table, plan.key);
          olds[i] = old;
          if (plan.condition && !evaluate(plan.condition, old?.item ?? {})) {
            const reason: Reason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' };
            if (plan.onFailure === 'ALL_OLD' && old) reason.Item = old.item;
            return reason;
          }
          try {
            if (plan.kind === 'Update') nexts[i] = updatedItem(engine, plan.table, plan.key, old, plan.update);
            else if (plan.kind === 'Put') nexts[i] = plan.item;
          } catch (error) {
            if (error instanceof AwsError && error.code === 'ValidationException') return { Code: 'ValidationError', Message: error.message };
            throw error;
          }
          return { Code: 'None' };
        });
        if (reasons.some((r) => r.Code !== 'None')) {
          throw new AwsError(
            'TransactionCanceledException',
            `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
            400,
            { fields: { CancellationReasons: reasons } },
          );
        }
        plans.forEach((plan, i) => {
          const tally = tallyOf(plan.table);
          const old = olds[i];
          if (plan.kind === 'ConditionCheck') {
            tally.table += writeUnits(old?.size ?? 0) * TRANSACTION_FACTOR;
            return;
          }
          const indexTally = new CapacityTally(plan.table.name);
          engine.commit(plan.table, plan.key, old, plan.kind === 'Delete' ? undefined : nexts[i], indexTally);
          indexTally.scale(TRANSACTION_FACTOR);
          for (const [name, units] of indexTally.gsis) tally.addIndex(name, true, units);
          for (const [name, units] of indexTally.lsis) tally.addIndex(name, false, units);
          const size = nexts[i] ? itemSize(nexts[i]!) : 0;
          tally.table += writeUnits(Math.max(size, old?.size ?? 0)) * TRANSACTION_FACTOR;
        });
      });
      const mode = input.ReturnConsumedCapacity;
      const output: Ddb.TransactWriteItemsOutput = {
        ConsumedCapacity: mode === 'TOTAL' || mode === 'INDEXES' ? [...tallies.values()].map((t) => t.report(mode)!) : undefined,
      };
      if (input.ReturnItemCollectionMetrics === 'SIZE') {
        const metrics: Record<string, Ddb.ItemCollectionMetrics[]> = {};
        for (const plan of plans) {
          const m = collectionMetrics(engine, plan.table, plan.key, 'SIZE');
          if (m) (metrics[plan.tableName] ??= []).push(m);
        }
        if (Object.keys(metrics).length) output.ItemCollectionMetrics = metrics;
      }
      if (tokenKey) tokens.set(tokenKey, { at: now, fingerprint: print, output });
      return output;
    },

    TransactGetItems(input, context) {
      const checked = input.TransactItems.map(({ Get: get }) => ({ get, prepared: prepareExpressions(get as ExpressionInput, 'Get'), key: engine.checkKey(get.Key) }));
      const plans = checked.map(({ get, prepared, key }) => {
        const table = engine.requireTable(context, get.TableName);
        return { table, key: engine.keyFromInput(table, key), projection: prepared.projection as PathNode[] | undefined };
      });
      checkUnique(plans);
      const tallies = new Map<TableDef, CapacityTally>();
      const responses = plans.map((plan) => {
        const stored = engine.load(plan.table, plan.key);
        let tally = tallies.get(plan.table);
        if (!tally) tallies.set(plan.table, (tally = new CapacityTally(plan.table.name)));
        tally.table += readUnits(stored?.size ?? 0, true) * TRANSACTION_FACTOR;
        if (!stored) return {};
        return { Item: plan.projection ? project(stored.item, plan.projection) : stored.item };
      });
      const mode = input.ReturnConsumedCapacity;
      return {
        Responses: responses,
        ConsumedCapacity: mode === 'TOTAL' || mode === 'INDEXES' ? [...tallies.values()].map((t) => t.report(mode)!) : undefined,
      };
    },
  };
}
