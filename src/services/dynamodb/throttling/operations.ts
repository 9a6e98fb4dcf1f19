import { AwsError } from '../../../core/errors.js';
import type { RequestContext } from '../../../core/context.js';
import type { Runtime } from '../../../core/runtime.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import { checkItem, checkValue, itemSize } from '../attribute-values.js';
import { writeUnits } from '../capacity.js';
import type { Engine } from '../engine.js';
import { keyConditionParts, keyRangeFromParts } from '../expressions/key-condition.js';
import { prepareExpressions, type ExpressionInput } from '../expressions/request.js';
import { encodeKeyParts, hashKey } from '../key-encoding.js';
import { parseStatement } from '../partiql/parser.js';
import type { TableDef } from '../state.js';
import { tableNameOf } from '../tables.js';
import type { Kind } from './capacity-pool.js';
import { throttled, transactionThrottled, type ThrottleCause } from './errors.js';
import { ControlPlaneLimits } from './control-plane-limits.js';
import { CapacityMetrics } from './metrics.js';
import { TableThrottle, type Ticket } from './table-throttle.js';

type Operations = Partial<Ddb.DynamodbOperations>;
type Handler = (input: never, context: RequestContext) => unknown;
/** Inside a transaction every read and write costs twice as much. */
const TRANSACTION_FACTOR = 2;

/** Runs `then` on a handler's answer, whether it came at once or as a promise. */
function after<T>(result: T | Promise<T>, then: (value: T) => T, failed: (error: unknown) => void): T | Promise<T> {
  if (result instanceof Promise) {
    return result.then(then, (error: unknown) => {
      failed(error);
      throw error;
    });
  }
  return then(result);
}

/** The ConsumedCapacity the caller asked for, from the INDEXES one the throttle needed. */
function asAsked(consumed: Ddb.ConsumedCapacity | undefined, mode: string | undefined): Ddb.ConsumedCapacity | undefined {
  if (!consumed || mode === 'INDEXES') return consumed;
  if (mode !== 'TOTAL') return undefined;
  return { TableName: consumed.TableName, CapacityUnits: consumed.CapacityUnits };
}

function allAsAsked(consumed: Ddb.ConsumedCapacity[] | undefined, mode: string | undefined): Ddb.ConsumedCapacity[] | undefined {
  if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
  return consumed?.map((c) => asAsked(c, mode)!);
}

function failureOf(error: unknown): 'condition' | 'error' {
  return error instanceof AwsError && error.code === 'ConditionalCheckFailedException' ? 'condition' : 'error';
}

/**
 * Capacity throttling around DynamoDB's data-plane operations (when the switch or a table's tag
 * turns it on): each request is admitted against its partition's bucket before it runs, then
 * charged the capacity it consumed, so every operation is metered in this one place.
 * `applyThrottling(operations, engine, runtime)` wraps the handlers in place.
 */
export function applyThrottling(operations: Operations, engine: Engine, runtime: Runtime): { close(): void } {
  const metrics = new CapacityMetrics(runtime);
  const throttle = new TableThrottle(runtime.store, engine.state, engine.clock, runtime.options.dynamodbThrottling ?? false, metrics);

  function throttledTable(context: RequestContext, name: string | undefined): TableDef | undefined {
    if (!name) return undefined;
    let table: TableDef | undefined;
    try {
      table = engine.state.findTable(context.accountId, context.region, tableNameOf(name));
    } catch {
      return undefined;
    }
    return table && table.status !== 'CREATING' && throttle.enabled(table) ? table : undefined;
  }

  /** The partition-key hash of a Key or Item, or undefined when it is malformed (the operation then reports that). */
  function hashOf(table: TableDef, given: { Key?: unknown; Item?: unknown }): number | undefined {
    try {
      if (given.Item) return engine.keyFromItem(table, checkItem(given.Item as Record<string, unknown>)).hk;
      return engine.keyFromInput(table, engine.checkKey(given.Key as Record<string, unknown>)).hk;
    } catch {
      return undefined;
    }
  }

  function putEstimate(item: unknown): number {
    try {
      return writeUnits(itemSize(checkItem(item as Record<string, unknown>)));
    } catch {
      return 1;
    }
  }

  function wrap<K extends keyof Ddb.DynamodbOperations>(name: K, around: (input: Parameters<Ddb.DynamodbOperations[K]>[0], context: RequestContext, inner: Ddb.DynamodbOperations[K]) => unknown): void {
    const inner = operations[name];
    if (!inner) return;
    operations[name] = ((input: never, context: RequestContext) => around(input, context, inner as Ddb.DynamodbOperations[K])) as unknown as Operations[K];
  }

  type Single = { TableName: string; ReturnConsumedCapacity?: string; ConsistentRead?: boolean; Key?: unknown; Item?: unknown };
  function single(name: 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem', kind: Kind): void {
    wrap(name, (input, context, inner) => {
      const given = input as Single;
      const call = inner as unknown as Handler;
      const table = throttledTable(context, given.TableName);
      const hash = table && hashOf(table, given);
      if (!table || hash === undefined) return call(input as never, context);
      const estimate = kind === 'read' ? (given.ConsistentRead ? 1 : 0.5) : name === 'PutItem' ? putEstimate(given.Item) : 1;
      const ticket = throttle.admit(name, table, kind, hash, estimate);
      return after(
        call({ ...given, ReturnConsumedCapacity: 'INDEXES' } as never, context) as { ConsumedCapacity?: Ddb.ConsumedCapacity },
        (out) => {
          throttle.settle(ticket, out.ConsumedCapacity);
          return { ...out, ConsumedCapacity: asAsked(out.ConsumedCapacity, given.ReturnConsumedCapacity) };
        },
        (error) => throttle.settle(ticket, undefined, 1, failureOf(error)),
      );
    });
  }
  single('GetItem', 'read');
  single('PutItem', 'write');
  single('UpdateItem', 'write');
  single('DeleteItem', 'write');

  /** Query: the partition its key condition names (a GSI's reads are spread over the GSI's partitions). */
  function queryHash(table: TableDef, input: Ddb.QueryInput): number | undefined {
    try {
      const prepared = prepareExpressions(input as ExpressionInput, 'Query');
      if (!prepared.keyCondition) return undefined;
      const range = keyRangeFromParts(keyConditionParts(prepared.keyCondition), engine.schemaOf(table, table));
      return hashKey(encodeKeyParts(range.partition));
    } catch {
      return undefined;
    }
  }

  for (const name of ['Query', 'Scan'] as const) {
    wrap(name, (input, context, inner) => {
      const call = inner as unknown as Handler;
      const table = throttledTable(context, input.TableName);
      if (!table) return call(input as never, context);
      const index = input.IndexName ? table.indexes.find((i) => i.name === input.IndexName) : undefined;
      if (input.IndexName && !index) return call(input as never, context);
      const hash = name === 'Query' && !index?.global ? queryHash(table, input as Ddb.QueryInput) : undefined;
      const ticket = throttle.admit(name, table, 'read', hash, input.ConsistentRead ? 1 : 0.5, index);
      return after(
        call({ ...input, ReturnConsumedCapacity: 'INDEXES' } as never, context) as { ConsumedCapacity?: Ddb.ConsumedCapacity },
        (out) => {
          throttle.settle(ticket, out.ConsumedCapacity);
          return { ...out, ConsumedCapacity: asAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
        },
        (error) => throttle.settle(ticket, undefined, 1, failureOf(error)),
      );
    });
  }

  /** Settles a batch's tickets: each table's consumed capacity shared evenly by its admitted items. */
  function settleBatch(tickets: Ticket[], consumed: Ddb.ConsumedCapacity[] | undefined, failure?: 'condition' | 'error'): void {
    const byTable = new Map<string, Ticket[]>();
    for (const ticket of tickets) byTable.set(ticket.table.name, [...(byTable.get(ticket.table.name) ?? []), ticket]);
    for (const [tableName, group] of byTable) {
      const report = consumed?.find((c) => c.TableName === tableName);
      for (const ticket of group) throttle.settle(ticket, report, 1 / group.length, failure ?? (consumed ? undefined : 'error'));
    }
  }

  function refuseWhole(operation: string, causes: Array<{ table: TableDef; cause: ThrottleCause }>): never {
    for (const { table } of new Map(causes.map((c) => [c.table.id, c])).values()) metrics.throttledRequest(table, operation);
    throw throttled(causes[0].cause);
  }

  wrap('BatchGetItem', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const admitted: Record<string, Ddb.KeysAndAttributes> = {};
    const unprocessed: Record<string, Ddb.KeysAndAttributes> = {};
    const tickets: Ticket[] = [];
    const causes: Array<{ table: TableDef; cause: ThrottleCause }> = [];
    let any = false;
    for (const [name, request] of Object.entries(input.RequestItems ?? {})) {
      const table = throttledTable(context, name);
      const hashes = table ? request.Keys.map((key) => hashOf(table, { Key: key })) : [];
      if (!table || hashes.some((h) => h === undefined)) {
        admitted[name] = request;
        continue;
      }
      any = true;
      request.Keys.forEach((key, at) => {
        const result = throttle.tryAdmit(table, 'read', hashes[at], request.ConsistentRead ? 1 : 0.5);
        const into = 'limit' in result ? unprocessed : admitted;
        into[name] ??= { ...request, Keys: [] };
        into[name].Keys.push(key);
        if ('limit' in result) {
          causes.push({ table, cause: result });
          metrics.throttleEvent(table, 'read');
        } else tickets.push(result);
      });
    }
    if (!any) return call(input as never, context);
    if (!Object.keys(admitted).length) refuseWhole('BatchGetItem', causes);
    if (causes.length) for (const { table } of new Map(causes.map((c) => [c.table.id, c])).values()) metrics.throttledRequest(table, 'BatchGetItem');
    return after(
      call({ ...input, RequestItems: admitted, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.BatchGetItemOutput,
      (out) => {
        settleBatch(tickets, out.ConsumedCapacity);
        const merged = { ...(out.UnprocessedKeys ?? {}) };
        for (const [name, request] of Object.entries(unprocessed)) {
          merged[name] = merged[name] ? { ...merged[name], Keys: [...merged[name].Keys, ...request.Keys] } : request;
        }
        return { ...out, UnprocessedKeys: merged, ConsumedCapacity: allAsAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
      },
      (error) => settleBatch(tickets, undefined, failureOf(error)),
    );
  });

  wrap('BatchWriteItem', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const admitted: Record<string, Ddb.WriteRequest[]> = {};
    const unprocessed: Record<string, Ddb.WriteRequest[]> = {};
    const tickets: Ticket[] = [];
    const causes: Array<{ table: TableDef; cause: ThrottleCause }> = [];
    let any = false;
    for (const [name, requests] of Object.entries(input.RequestItems ?? {})) {
      const table = throttledTable(context, name);
      const hashes = table ? requests.map((r) => (r.PutRequest ? hashOf(table, { Item: r.PutRequest.Item }) : hashOf(table, { Key: r.DeleteRequest?.Key }))) : [];
      if (!table || hashes.some((h) => h === undefined)) {
        admitted[name] = requests;
        continue;
      }
      any = true;
      requests.forEach((request, at) => {
        const estimate = request.PutRequest ? putEstimate(request.PutRequest.Item) : 1;
        const result = throttle.tryAdmit(table, 'write', hashes[at], estimate);
        if ('limit' in result) {
          (unprocessed[name] ??= []).push(request);
          causes.push({ table, cause: result });
          metrics.throttleEvent(table, 'write', result.index);
        } else {
          (admitted[name] ??= []).push(request);
          tickets.push(result);
        }
      });
    }
    if (!any) return call(input as never, context);
    if (!Object.keys(admitted).length) refuseWhole('BatchWriteItem', causes);
    if (causes.length) for (const { table } of new Map(causes.map((c) => [c.table.id, c])).values()) metrics.throttledRequest(table, 'BatchWriteItem');
    return after(
      call({ ...input, RequestItems: admitted, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.BatchWriteItemOutput,
      (out) => {
        settleBatch(tickets, out.ConsumedCapacity);
        const merged = { ...(out.UnprocessedItems ?? {}) };
        for (const [name, requests] of Object.entries(unprocessed)) merged[name] = [...(merged[name] ?? []), ...requests];
        return { ...out, UnprocessedItems: merged, ConsumedCapacity: allAsAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
      },
      (error) => settleBatch(tickets, undefined, failureOf(error)),
    );
  });

  /** A transaction is admitted whole or cancelled with ThrottlingError for the items that found no capacity. */
  function transaction(operation: string, kind: Kind, entries: Array<{ TableName?: string; Key?: unknown; Item?: unknown } | undefined>, context: RequestContext): Ticket[] | undefined {
    const tables = entries.map((entry) => throttledTable(context, entry?.TableName));
    if (!tables.some(Boolean)) return undefined;
    const hashes = entries.map((entry, at) => (tables[at] ? hashOf(tables[at]!, entry!) : undefined));
    if (tables.some((table, at) => table && hashes[at] === undefined)) return undefined;
    const tickets: Ticket[] = [];
    const codes: Array<'None' | 'ThrottlingError'> = [];
    for (const [at, table] of tables.entries()) {
      if (!table) {
        codes.push('None');
        continue;
      }
      const estimate = (kind === 'write' && entries[at]?.Item ? putEstimate(entries[at]!.Item) : 1) * TRANSACTION_FACTOR;
      const result = throttle.tryAdmit(table, kind, hashes[at], estimate);
      if ('limit' in result) {
        codes.push('ThrottlingError');
        metrics.throttleEvent(table, kind, result.index);
      } else {
        codes.push('None');
        tickets.push(result);
      }
    }
    if (codes.includes('ThrottlingError')) {
      for (const ticket of tickets) throttle.settle(ticket, undefined, 1, 'error');
      for (const [at, table] of tables.entries()) if (table && codes[at] === 'ThrottlingError') metrics.throttledRequest(table, operation);
      throw transactionThrottled(codes);
    }
    return tickets;
  }

  wrap('TransactWriteItems', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const entries = (input.TransactItems ?? []).map((item) => item.Put ?? item.Update ?? item.Delete ?? item.ConditionCheck);
    const tickets = transaction('TransactWriteItems', 'write', entries, context);
    if (!tickets) return call(input as never, context);
    return after(
      call({ ...input, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.TransactWriteItemsOutput,
      (out) => {
        settleBatch(tickets, out.ConsumedCapacity);
        return { ...out, ConsumedCapacity: allAsAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
      },
      (error) => settleBatch(tickets, undefined, failureOf(error)),
    );
  });

  wrap('TransactGetItems', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const tickets = transaction('TransactGetItems', 'read', (input.TransactItems ?? []).map((item) => item.Get), context);
    if (!tickets) return call(input as never, context);
    return after(
      call({ ...input, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.TransactGetItemsOutput,
      (out) => {
        settleBatch(tickets, out.ConsumedCapacity);
        return { ...out, ConsumedCapacity: allAsAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
      },
      (error) => settleBatch(tickets, undefined, failureOf(error)),
    );
  });

  /**
   * PartiQL: a statement is admitted on its table (or the GSI a SELECT names), its units spread
   * over the partitions (the key is inside the statement); what it consumed is charged after.
   */
  function statementTarget(context: RequestContext, text: string, parameters: unknown[] | undefined, consistent: boolean | undefined) {
    try {
      const statement = parseStatement(text, (parameters ?? []).map((value) => checkValue(value)), true);
      const select = statement.kind === 'exists' ? statement.select : statement.kind === 'select' ? statement : undefined;
      const table = throttledTable(context, select ? select.table : (statement as { table: string }).table);
      if (!table) return undefined;
      const index = select?.index !== undefined ? table.indexes.find((i) => i.name === select.index) : undefined;
      const kind: Kind = statement.kind === 'select' ? 'read' : 'write';
      return { table, kind, index, estimate: kind === 'read' ? (consistent ? 1 : 0.5) : 1 };
    } catch {
      return undefined;
    }
  }

  wrap('ExecuteStatement', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const target = statementTarget(context, input.Statement, input.Parameters, input.ConsistentRead);
    if (!target) return call(input as never, context);
    const ticket = throttle.admit('ExecuteStatement', target.table, target.kind, undefined, target.estimate, target.index);
    return after(
      call({ ...input, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.ExecuteStatementOutput,
      (out) => {
        throttle.settle(ticket, out.ConsumedCapacity);
        return { ...out, ConsumedCapacity: asAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
      },
      (error) => throttle.settle(ticket, undefined, 1, failureOf(error)),
    );
  });

  // Each statement of a batch stands alone: a throttled one answers ProvisionedThroughputExceeded in its place.
  wrap('BatchExecuteStatement', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const statements = input.Statements ?? [];
    const targets = statements.map((request) => statementTarget(context, request.Statement, request.Parameters, request.ConsistentRead));
    if (!targets.some(Boolean)) return call(input as never, context);
    const tickets: Ticket[] = [];
    const refused = new Map<number, ThrottleCause>();
    targets.forEach((target, at) => {
      if (!target) return;
      const result = throttle.tryAdmit(target.table, target.kind, undefined, target.estimate, target.index);
      if ('limit' in result) {
        refused.set(at, result);
        metrics.throttleEvent(target.table, target.kind, result.index);
        metrics.throttledRequest(target.table, 'BatchExecuteStatement');
      } else tickets.push(result);
    });
    const kept = statements.filter((_, at) => !refused.has(at));
    const merge = (out: Ddb.BatchExecuteStatementOutput): Ddb.BatchExecuteStatementOutput => {
      const answers = [...(out.Responses ?? [])];
      const responses = statements.map((_, at) => {
        const cause = refused.get(at);
        if (!cause) return answers.shift()!;
        const error = throttled(cause);
        return { TableName: targets[at]!.table.name, Error: { Code: 'ProvisionedThroughputExceeded' as const, Message: error.message } };
      });
      return { ...out, Responses: responses, ConsumedCapacity: allAsAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
    };
    if (!kept.length) return merge({ Responses: [] });
    return after(
      call({ ...input, Statements: kept, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.BatchExecuteStatementOutput,
      (out) => {
        settleBatch(tickets, out.ConsumedCapacity);
        return merge(out);
      },
      (error) => settleBatch(tickets, undefined, failureOf(error)),
    );
  });

  wrap('ExecuteTransaction', (input, context, inner) => {
    const call = inner as unknown as Handler;
    const targets = (input.TransactStatements ?? []).map((request) => statementTarget(context, request.Statement, request.Parameters, true));
    if (!targets.some(Boolean)) return call(input as never, context);
    const tickets: Ticket[] = [];
    const codes = targets.map((target) => {
      if (!target) return 'None' as const;
      const result = throttle.tryAdmit(target.table, target.kind, undefined, target.estimate * TRANSACTION_FACTOR);
      if ('limit' in result) {
        metrics.throttleEvent(target.table, target.kind, result.index);
        metrics.throttledRequest(target.table, 'ExecuteTransaction');
        return 'ThrottlingError' as const;
      }
      tickets.push(result);
      return 'None' as const;
    });
    if (codes.includes('ThrottlingError')) {
      for (const ticket of tickets) throttle.settle(ticket, undefined, 1, 'error');
      throw transactionThrottled(codes);
    }
    return after(
      call({ ...input, ReturnConsumedCapacity: 'INDEXES' } as never, context) as Ddb.ExecuteTransactionOutput,
      (out) => {
        settleBatch(tickets, out.ConsumedCapacity);
        return { ...out, ConsumedCapacity: allAsAsked(out.ConsumedCapacity, input.ReturnConsumedCapacity) };
      },
      (error) => settleBatch(tickets, undefined, failureOf(error)),
    );
  });

  // Partitions are allocated when a table is created or its capacity raised, and stay when it is lowered.
  // UpdateTable also keeps AWS's limits on billing-mode switches and capacity decreases.
  const limits = new ControlPlaneLimits(() => throttle.partitionStore());
  for (const name of ['CreateTable', 'UpdateTable'] as const) {
    wrap(name, (input, context, inner) => {
      const call = inner as unknown as Handler;
      const before = throttledTable(context, input.TableName);
      if (before) throttle.pool(before);
      if (before && name === 'UpdateTable') limits.check(before, input as Ddb.UpdateTableInput, engine.clock.now());
      return after(
        call(input as never, context) as Ddb.CreateTableOutput,
        (out) => {
          const table = throttledTable(context, input.TableName);
          if (before && name === 'UpdateTable') limits.record(before, input as Ddb.UpdateTableInput, engine.clock.now());
          if (table) {
            throttle.pool(table);
            for (const index of table.indexes) if (index.global) throttle.pool(table, index);
          }
          return out;
        },
        () => undefined,
      );
    });
  }

  // A deleted table's buckets go with it (a table created again under the name starts afresh).
  wrap('DeleteTable', (input, context, inner) => {
    const table = engine.state.findTable(context.accountId, context.region, tableNameOf(input.TableName));
    const call = inner as unknown as Handler;
    return after(
      call(input as never, context) as Ddb.DeleteTableOutput,
      (out) => {
        if (table) throttle.forget(table);
        return out;
      },
      () => undefined,
    );
  });

  return { close: () => metrics.close() };
}
