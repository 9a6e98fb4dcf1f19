import { AwsError } from '../../../core/errors.js';
import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import { checkValue, type AttributeValue } from '../attribute-values.js';
import type { Engine } from '../engine.js';
import { validation } from '../errors.js';
import { evaluate } from '../expressions/evaluate.js';
import { project } from '../expressions/paths.js';
import { itemOperations } from '../item-operations.js';
import { readOperations } from '../reads.js';
import { transactionOperations } from '../transactions.js';
import { duplicateItem } from './errors.js';
import { parseStatement, type SelectStatement, type Statement } from './parser.js';
import { runSelect } from './select.js';
import { ExpressionWriter, keyAndRest } from './translate.js';
import { planWrite, type WritePlan, type WriteStatement } from './writes.js';

type Operations = Partial<Ddb.DynamodbOperations>;

const BATCH_STATEMENT_CODES: Record<string, NonNullable<Ddb.BatchStatementError['Code']>> = {
  ConditionalCheckFailedException: 'ConditionalCheckFailed',
  DuplicateItemException: 'DuplicateItem',
  ValidationException: 'ValidationError',
  ResourceNotFoundException: 'ResourceNotFound',
  ItemCollectionSizeLimitExceededException: 'ItemCollectionSizeLimitExceeded',
  TransactionConflictException: 'TransactionConflict',
  ProvisionedThroughputExceededException: 'ProvisionedThroughputExceeded',
  ThrottlingException: 'ThrottlingError',
  RequestLimitExceeded: 'RequestLimitExceeded',
};

function checkParameters(parameters: unknown[] | undefined): AttributeValue[] {
  return (parameters ?? []).map((value) => checkValue(value));
}

function tableOf(statement: Statement): string {
  return statement.kind === 'exists' ? statement.select.table : statement.table;
}

/** ExecuteStatement, BatchExecuteStatement and ExecuteTransaction: PartiQL over the expression API's operations. */
export function partiqlOperations(engine: Engine): Operations {
  const items = itemOperations(engine);
  const reads = readOperations(engine);
  const transactions = transactionOperations(engine);
  /** What a SELECT reads with: Query and Scan, and GetItem for a whole key. */
  const selectReads: Operations = { ...reads, GetItem: items.GetItem };

  /** Runs one write through PutItem/UpdateItem/DeleteItem; answers the RETURNING item, if any. */
  async function runWrite(plan: WritePlan, capacity: Ddb.ExecuteStatementInput['ReturnConsumedCapacity'], context: RequestContext) {
    switch (plan.kind) {
      case 'Put':
        try {
          const output = await items.PutItem!({ ...plan.request, ReturnConsumedCapacity: capacity }, context);
          return { consumed: output.ConsumedCapacity };
        } catch (error) {
          if (error instanceof AwsError && error.code === 'ConditionalCheckFailedException') throw duplicateItem();
          throw error;
        }
      case 'Update': {
        const output = await items.UpdateItem!({ ...plan.request, ReturnValues: plan.returning ?? 'NONE', ReturnConsumedCapacity: capacity }, context);
        return { item: plan.returning ? (output.Attributes ?? {}) : undefined, consumed: output.ConsumedCapacity };
      }
      case 'Delete': {
        const output = await items.DeleteItem!({ ...plan.request, ReturnValues: plan.returning ?? 'NONE', ReturnConsumedCapacity: capacity }, context);
        return { item: plan.returning ? output.Attributes : undefined, consumed: output.ConsumedCapacity };
      }
      case 'ConditionCheck':
        throw validation('EXISTS is supported only within ExecuteTransaction');
    }
  }

  /** A SELECT by its whole primary key, as GetItem (batches and transactions read only these). */
  function keyedRead(statement: SelectStatement, context: RequestContext) {
    const table = engine.requireTable(context, statement.table);
    if (statement.index !== undefined) throw validation('Index is not supported in this statement; name the table only');
    const { key, rest } = keyAndRest(statement.where, table.keySchema.map((k) => k.AttributeName));
    const writer = new ExpressionWriter();
    const filter = rest ? writer.parsedCondition(writer.condition(rest)) : undefined;
    const projection = statement.projection ? writer.parsedProjection(statement.projection) : undefined;
    return { table, key, filter, projection };
  }

  return {
    async ExecuteStatement(input, context) {
      const statement = parseStatement(input.Statement, checkParameters(input.Parameters));
      if (statement.kind === 'select') {
        return runSelect(engine, selectReads, statement, {
          limit: input.Limit,
          nextToken: input.NextToken,
          consistent: input.ConsistentRead,
          capacity: input.ReturnConsumedCapacity,
        }, context);
      }
      const table = engine.requireTable(context, tableOf(statement));
      const result = await runWrite(planWrite(statement as WriteStatement, table, input.ReturnValuesOnConditionCheckFailure), input.ReturnConsumedCapacity, context);
      return { Items: result.item ? [result.item] : [], ConsumedCapacity: result.consumed };
    },

    async BatchExecuteStatement(input, context) {
      // Each statement stands alone: one failing does not stop the others.
      const parsed = input.Statements.map((request) => {
        try {
          return { request, statement: parseStatement(request.Statement, checkParameters(request.Parameters)) };
        } catch (error) {
          return { request, error };
        }
      });
      const kinds = new Set(parsed.filter((p) => p.statement).map((p) => (p.statement!.kind === 'select' ? 'read' : 'write')));
      if (kinds.size > 1) throw validation('Batch statements must be either all reads or all writes');
      const consumed = new Map<string, Ddb.ConsumedCapacity>();
      const tally = (capacity: Ddb.ConsumedCapacity | undefined) => {
        if (!capacity?.TableName) return;
        const total = consumed.get(capacity.TableName);
        if (!total) consumed.set(capacity.TableName, { ...capacity });
        else total.CapacityUnits = (total.CapacityUnits ?? 0) + (capacity.CapacityUnits ?? 0);
      };
      const capacity = input.ReturnConsumedCapacity;
      const responses: Ddb.BatchStatementResponse[] = [];
      for (const { request, statement, error } of parsed) {
        const tableName = statement ? tableOf(statement) : undefined;
        try {
          if (error) throw error;
          if (statement!.kind === 'select') {
            const read = keyedRead(statement as SelectStatement, context);
            const output = await items.GetItem!({ TableName: read.table.name, Key: read.key, ConsistentRead: request.ConsistentRead, ReturnConsumedCapacity: capacity }, context);
            tally(output.ConsumedCapacity);
            const item = output.Item && (!read.filter || evaluate(read.filter, output.Item)) ? output.Item : undefined;
            responses.push({ TableName: tableName, Item: item && read.projection ? project(item, read.projection) : item });
          } else {
            const table = engine.requireTable(context, tableName!);
            const result = await runWrite(planWrite(statement as WriteStatement, table, request.ReturnValuesOnConditionCheckFailure), capacity, context);
            tally(result.consumed);
            responses.push({ TableName: tableName });
          }
        } catch (failure) {
          if (!(failure instanceof AwsError)) throw failure;
          const item = failure.fields.Item as Ddb.BatchStatementError['Item'];
          responses.push({ TableName: tableName, Error: { Code: BATCH_STATEMENT_CODES[failure.code] ?? 'InternalServerError', Message: failure.message, Item: item } });
        }
      }
      return { Responses: responses, ConsumedCapacity: capacity === 'TOTAL' || capacity === 'INDEXES' ? [...consumed.values()] : undefined };
    },

    async ExecuteTransaction(input, context) {
      const statements = input.TransactStatements.map((request) => parseStatement(request.Statement, checkParameters(request.Parameters), true));
      const reading = statements.filter((s) => s.kind === 'select').length;
      if (reading && reading !== statements.length) throw validation('Transaction statements must be either all reads or all writes');
      if (reading) {
        const gets = (statements as SelectStatement[]).map((statement) => {
          const read = keyedRead(statement, context);
          if (read.filter) throw validation('A SELECT within ExecuteTransaction takes only equalities on the key attributes');
          const writer = new ExpressionWriter();
          const projection = statement.projection?.map((p) => writer.path(p)).join(', ');
          return { Get: { TableName: statement.table, Key: read.key, ProjectionExpression: projection, ...writer.members() } };
        });
        const output = await transactions.TransactGetItems!({ TransactItems: gets, ReturnConsumedCapacity: input.ReturnConsumedCapacity }, context);
        return { Responses: output.Responses?.map((r) => (r.Item ? { Item: r.Item } : {})), ConsumedCapacity: output.ConsumedCapacity };
      }
      const plans = statements.map((statement, at) =>
        planWrite(statement as WriteStatement, engine.requireTable(context, tableOf(statement)), input.TransactStatements[at].ReturnValuesOnConditionCheckFailure),
      );
      if (plans.some((plan) => (plan.kind === 'Update' || plan.kind === 'Delete') && plan.returning)) {
        throw validation('RETURNING is not supported within ExecuteTransaction');
      }
      try {
        const output = await transactions.TransactWriteItems!(
          {
            TransactItems: plans.map((plan) => ({ [plan.kind]: plan.request }) as Ddb.TransactWriteItem),
            ClientRequestToken: input.ClientRequestToken,
            ReturnConsumedCapacity: input.ReturnConsumedCapacity,
          },
          context,
        );
        return { ConsumedCapacity: output.ConsumedCapacity };
      } catch (error) {
        if (!(error instanceof AwsError) || error.code !== 'TransactionCanceledException') throw error;
        // An INSERT fails on an existing item as DuplicateItem, not as a failed condition.
        const reasons = (error.fields.CancellationReasons as Ddb.CancellationReason[]).map((reason, at) =>
          plans[at].kind === 'Put' && reason.Code === 'ConditionalCheckFailed' ? { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' } : reason,
        );
        throw new AwsError(
          'TransactionCanceledException',
          `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
          400,
          { fields: { CancellationReasons: reasons } },
        );
      }
    },
  };
}
