import type * as Ddb from '../../../generated/dynamodb.js';
import type { Item } from '../attribute-values.js';
import type { TableDef } from '../state.js';
import type { DeleteStatement, ExistsStatement, InsertStatement, UpdateStatement } from './parser.js';
import { ExpressionWriter, keyAndRest } from './translate.js';

/** A PartiQL write as the expression API's request: what a TransactWriteItems entry would carry. */
export type WritePlan =
  | { kind: 'Put'; request: Ddb.Put }
  | { kind: 'Update'; request: Ddb.Update; returning?: UpdateStatement['returning'] }
  | { kind: 'Delete'; request: Ddb.Delete; returning?: DeleteStatement['returning'] }
  | { kind: 'ConditionCheck'; request: Ddb.ConditionCheck };

export type WriteStatement = InsertStatement | UpdateStatement | DeleteStatement | ExistsStatement;

function keyNames(table: TableDef): string[] {
  return table.keySchema.map((k) => k.AttributeName);
}

/**
 * INSERT refuses an item that exists; UPDATE and EXISTS need the item to exist (UPDATE is no
 * upsert); DELETE of an absent item does nothing. Other WHERE conditions become the write's
 * ConditionExpression.
 */
export function planWrite(statement: WriteStatement, table: TableDef, onFailure: 'ALL_OLD' | 'NONE' | undefined): WritePlan {
  const writer = new ExpressionWriter();
  const hashName = () => writer.name(table.keySchema[0].AttributeName);
  switch (statement.kind) {
    case 'insert':
      return {
        kind: 'Put',
        request: {
          TableName: statement.table,
          Item: statement.item as Item,
          ConditionExpression: `attribute_not_exists(${hashName()})`,
          ...writer.members(),
          ReturnValuesOnConditionCheckFailure: onFailure,
        },
      };
    case 'update': {
      const { key, rest } = keyAndRest(statement.where, keyNames(table));
      const update = writer.update(statement);
      const condition = `attribute_exists(${hashName()})${rest ? ` AND (${writer.condition(rest)})` : ''}`;
      return {
        kind: 'Update',
        returning: statement.returning,
        request: { TableName: statement.table, Key: key, UpdateExpression: update, ConditionExpression: condition, ...writer.members(), ReturnValuesOnConditionCheckFailure: onFailure },
      };
    }
    case 'delete': {
      const { key, rest } = keyAndRest(statement.where, keyNames(table));
      const request: Ddb.Delete = { TableName: statement.table, Key: key, ReturnValuesOnConditionCheckFailure: onFailure };
      if (rest) Object.assign(request, { ConditionExpression: writer.condition(rest) }, writer.members());
      return { kind: 'Delete', returning: statement.returning, request };
    }
    case 'exists': {
      const { key, rest } = keyAndRest(statement.select.where, keyNames(table));
      const condition = `attribute_exists(${hashName()})${rest ? ` AND (${writer.condition(rest)})` : ''}`;
      return {
        kind: 'ConditionCheck',
        request: { TableName: statement.select.table, Key: key, ConditionExpression: condition, ...writer.members(), ReturnValuesOnConditionCheckFailure: onFailure },
      };
    }
  }
}
