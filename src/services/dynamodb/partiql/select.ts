import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import { compareScalars, deserializeItem, serializeItem, valuesEqual, type AttributeValue, type Item } from '../attribute-values.js';
import type { Engine } from '../engine.js';
import { validation } from '../errors.js';
import type { Condition, PathNode } from '../expressions/ast.js';
import { evaluate } from '../expressions/evaluate.js';
import { project } from '../expressions/paths.js';
import type { Expr, SelectStatement } from './parser.js';
import { conjuncts, equalityOn, ExpressionWriter } from './translate.js';

type Operations = Partial<Ddb.DynamodbOperations>;

export interface SelectOptions {
  limit?: number;
  nextToken?: string;
  consistent?: boolean;
  capacity?: Ddb.ExecuteStatementInput['ReturnConsumedCapacity'];
}

/** Where a paged SELECT resumes: which partition of its list, and after which key. */
interface Resume {
  partition: number;
  after?: Item;
}

function encodeToken(resume: Resume): string {
  return Buffer.from(JSON.stringify({ p: resume.partition, k: resume.after ? serializeItem(resume.after) : undefined })).toString('base64');
}

function decodeToken(token: string): Resume {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { p: unknown; k?: unknown };
    if (typeof parsed.p !== 'number' || !Number.isInteger(parsed.p) || parsed.p < 0) throw new Error('partition');
    return { partition: parsed.p, after: typeof parsed.k === 'string' ? deserializeItem(parsed.k) : undefined };
  } catch {
    throw validation('Invalid NextToken');
  }
}

/** The partition-key values a WHERE pins (`pk = v`, `pk IN [...]`, `pk = a OR pk = b`), or undefined. */
function pinnedPartitions(where: Expr | undefined, hash: string): AttributeValue[] | undefined {
  const orValues = (expr: Expr): AttributeValue[] | undefined => {
    if (expr.kind === 'or') {
      const left = orValues(expr.left);
      const right = left && orValues(expr.right);
      return right && [...left!, ...right];
    }
    const value = equalityOn(expr, hash);
    return value ? [value] : undefined;
  };
  for (const part of conjuncts(where)) {
    const single = orValues(part);
    if (single) return single;
    if (part.kind === 'in' && !part.negated && part.operand.kind === 'path' && part.operand.elements.length === 1 && part.operand.elements[0] === hash) {
      if (part.list.every((e) => e.kind === 'value')) return part.list.map((e) => (e as { value: AttributeValue }).value);
    }
  }
  return undefined;
}

/** The first condition on the sort key a Query can read a range with, as KeyConditionExpression text. */
function sortCondition(where: Expr | undefined, range: string, writer: ExpressionWriter): string | undefined {
  const isRange = (e: Expr) => e.kind === 'path' && e.elements.length === 1 && e.elements[0] === range;
  for (const part of conjuncts(where)) {
    if (part.kind === 'compare' && part.operator !== '<>' && isRange(part.left) && part.right.kind === 'value') return writer.condition(part);
    if (part.kind === 'between' && !part.negated && isRange(part.operand) && part.low.kind === 'value' && part.high.kind === 'value') return writer.condition(part);
    if (part.kind === 'call' && part.name === 'begins_with' && part.args.length === 2 && isRange(part.args[0]) && part.args[1].kind === 'value') {
      return writer.condition(part);
    }
  }
  return undefined;
}

function addCapacity(total: Ddb.ConsumedCapacity | undefined, next: Ddb.ConsumedCapacity | undefined): Ddb.ConsumedCapacity | undefined {
  if (!total || !next) return total ?? next;
  const sum = (a?: { CapacityUnits?: number }, b?: { CapacityUnits?: number }) => (a || b ? { CapacityUnits: (a?.CapacityUnits ?? 0) + (b?.CapacityUnits ?? 0) } : undefined);
  const indexes = (a?: Record<string, { CapacityUnits?: number }>, b?: Record<string, { CapacityUnits?: number }>) => {
    if (!a && !b) return undefined;
    const out: Record<string, { CapacityUnits?: number }> = { ...a };
    for (const [name, units] of Object.entries(b ?? {})) out[name] = sum(out[name], units)!;
    return out;
  };
  return {
    TableName: total.TableName,
    CapacityUnits: (total.CapacityUnits ?? 0) + (next.CapacityUnits ?? 0),
    Table: sum(total.Table, next.Table),
    GlobalSecondaryIndexes: indexes(total.GlobalSecondaryIndexes, next.GlobalSecondaryIndexes),
    LocalSecondaryIndexes: indexes(total.LocalSecondaryIndexes, next.LocalSecondaryIndexes),
  };
}

/**
 * A SELECT: a Query per pinned partition-key value when the WHERE pins one (its sort-key
 * condition as the key condition), otherwise a Scan. The whole WHERE is evaluated on every
 * item read, after Limit counted it, as Query and Scan do with a FilterExpression.
 */
export async function runSelect(engine: Engine, reads: Operations, statement: SelectStatement, options: SelectOptions, context: RequestContext): Promise<Ddb.ExecuteStatementOutput> {
  const table = engine.requireTable(context, statement.table);
  const index = statement.index === undefined ? undefined : table.indexes.find((i) => i.name === statement.index);
  if (statement.index !== undefined && !index) throw validation(`The table does not have the specified index: ${statement.index}`);
  const schema = engine.schemaOf(index ?? table, table);

  const writer = new ExpressionWriter();
  const filter: Condition | undefined = statement.where ? writer.parsedCondition(writer.condition(statement.where)) : undefined;
  const projection: PathNode[] | undefined = statement.projection ? writer.parsedProjection(statement.projection) : undefined;

  const hash = schema.hashKeys.length === 1 ? schema.hash.name : undefined;
  const range = schema.rangeKeys.length === 1 ? schema.range?.name : undefined;
  let partitions = hash ? pinnedPartitions(statement.where, hash) : undefined;
  if (partitions) partitions = partitions.filter((value, at) => partitions!.findIndex((other) => valuesEqual(other, value)) === at);

  let forward = true;
  if (statement.orderBy.length) {
    if (!statement.where) throw validation('Must have WHERE clause in the statement when using ORDER BY clause.');
    if (!partitions) throw validation('Must have a partition key equality or IN condition in the WHERE clause when using ORDER BY clause.');
    for (const order of statement.orderBy) {
      if (order.name !== hash && order.name !== range) throw validation(`Unsupported ORDER BY attribute: ${order.name}; ORDER BY takes only the key attributes`);
    }
    const byHash = statement.orderBy.find((o) => o.name === hash);
    if (partitions.length > 1 && !byHash) {
      throw validation('Must have hash key in ORDER BY clause when more than one hash key condition specified in WHERE clause.');
    }
    if (byHash) partitions.sort((a, b) => (byHash.descending ? -1 : 1) * compareScalars(a, b));
    const byRange = statement.orderBy.find((o) => o.name === range);
    if (byRange) forward = !byRange.descending;
  }

  // The whole primary key pinned by equalities reads one item, as GetItem does.
  const sortValue = range ? conjuncts(statement.where).map((part) => equalityOn(part, range)).find((v) => v !== undefined) : undefined;
  if (!index && partitions?.length === 1 && (!schema.range || sortValue) && options.nextToken === undefined) {
    const key: Item = { [schema.hash.name]: partitions[0] };
    if (schema.range) key[schema.range.name] = sortValue!;
    const output = await reads.GetItem!(
      { TableName: statement.table, Key: key, ConsistentRead: options.consistent, ReturnConsumedCapacity: options.capacity },
      context,
    );
    const found: Item[] = [];
    if (output.Item && (!filter || evaluate(filter, output.Item))) found.push(projection ? project(output.Item, projection) : output.Item);
    return { Items: found, ConsumedCapacity: output.ConsumedCapacity };
  }

  const resume: Resume = options.nextToken ? decodeToken(options.nextToken) : { partition: 0 };
  const items: Item[] = [];
  let consumed: Ddb.ConsumedCapacity | undefined;
  let evaluated = 0;
  let next: Resume | undefined;
  let lastKey: Item | undefined;
  const keep = (found: Item[] | undefined) => {
    for (const item of found ?? []) {
      if (filter && !evaluate(filter, item)) continue;
      items.push(projection ? project(item, projection) : item);
    }
  };

  if (!partitions) {
    const output = await reads.Scan!(
      {
        TableName: statement.table,
        IndexName: statement.index,
        Limit: options.limit,
        ConsistentRead: options.consistent,
        ExclusiveStartKey: resume.after,
        ReturnConsumedCapacity: options.capacity,
      },
      context,
    );
    keep(output.Items);
    consumed = output.ConsumedCapacity;
    lastKey = output.LastEvaluatedKey;
    if (lastKey) next = { partition: 0, after: lastKey };
  } else {
    if (resume.partition >= partitions.length) throw validation('Invalid NextToken');
    for (let at = resume.partition; at < partitions.length; at++) {
      const remaining = options.limit === undefined ? undefined : options.limit - evaluated;
      if (remaining === 0) {
        next = { partition: at };
        break;
      }
      const keys = new ExpressionWriter();
      let keyCondition = `${keys.name(hash!)} = ${keys.value(partitions[at])}`;
      const sort = range ? sortCondition(statement.where, range, keys) : undefined;
      if (sort) keyCondition += ` AND ${sort}`;
      const output = await reads.Query!(
        {
          TableName: statement.table,
          IndexName: statement.index,
          KeyConditionExpression: keyCondition,
          ...keys.members(),
          Limit: remaining,
          ConsistentRead: options.consistent,
          ScanIndexForward: forward,
          ExclusiveStartKey: at === resume.partition ? resume.after : undefined,
          ReturnConsumedCapacity: options.capacity,
        },
        context,
      );
      keep(output.Items);
      evaluated += output.ScannedCount ?? 0;
      consumed = addCapacity(consumed, output.ConsumedCapacity);
      if (output.LastEvaluatedKey) {
        lastKey = output.LastEvaluatedKey;
        next = { partition: at, after: lastKey };
        break;
      }
    }
  }
  return {
    Items: items,
    NextToken: next ? encodeToken(next) : undefined,
    LastEvaluatedKey: lastKey,
    ConsumedCapacity: consumed,
  };
}
