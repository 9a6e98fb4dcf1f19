/**
 * --enforce-iam for DynamoDB: item and table operations act on the table (a Query or Scan of an
 * index on the index), batches and transactions on each table they touch with each item's own
 * action, PartiQL statements as dynamodb:PartiQL<Verb> on the table they name; a table's resource
 * policy can let another account in. Denials are AccessDeniedException, 400.
 */
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { resourceArn, textOf, type ResourceAccess, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { DynamoDbApi } from './api.js';

function tableArn(name: string, context: RequestContext): string {
  return name.startsWith('arn:') ? name : resourceArn(context, 'dynamodb', `table/${name}`);
}

/** The verb and table of a PartiQL statement: `SELECT ... FROM "t"`, `INSERT INTO "t"`, `UPDATE "t"`, `DELETE FROM "t"`. */
function partiql(statement: string, context: RequestContext): ResourceAccess {
  const verb = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase() ?? 'SELECT';
  const table = /(?:\bFROM|\bINTO|^\s*UPDATE)\s+("([^"]+)"|[A-Za-z0-9_.-]+)/i.exec(statement);
  const name = table ? (table[2] ?? table[1]) : undefined;
  const action = verb === 'INSERT' ? 'PartiQLInsert' : verb === 'UPDATE' ? 'PartiQLUpdate' : verb === 'DELETE' ? 'PartiQLDelete' : 'PartiQLSelect';
  // "table"."index" reads an index.
  const [tableName, indexName] = (name ?? '').split('"."');
  const resource = tableName ? tableArn(tableName, context) + (indexName ? `/index/${indexName}` : '') : '*';
  return { action: `dynamodb:${action}`, resource };
}

const TRANSACT_ACTIONS: Record<string, string> = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem', Get: 'GetItem' };

function accesses(operation: string, input: Record<string, unknown>, context: RequestContext): ResourceAccess[] {
  const action = `dynamodb:${operation}`;
  switch (operation) {
    case 'BatchGetItem':
    case 'BatchWriteItem':
      return Object.keys((input.RequestItems as Record<string, unknown>) ?? {}).map((name) => ({ action, resource: tableArn(name, context) }));
    case 'TransactWriteItems':
    case 'TransactGetItems': {
      const items = (input.TransactItems as Array<Record<string, { TableName?: string }>>) ?? [];
      return items.flatMap((item) =>
        Object.entries(item)
          .filter(([kind, body]) => TRANSACT_ACTIONS[kind] && body?.TableName)
          .map(([kind, body]) => ({ action: `dynamodb:${TRANSACT_ACTIONS[kind]}`, resource: tableArn(body.TableName!, context) })),
      );
    }
    case 'ExecuteStatement':
      return [partiql(String(input.Statement ?? ''), context)];
    case 'BatchExecuteStatement':
      return ((input.Statements as Array<{ Statement?: string }>) ?? []).map((entry) => partiql(String(entry.Statement ?? ''), context));
    case 'ExecuteTransaction':
      return ((input.TransactStatements as Array<{ Statement?: string }>) ?? []).map((entry) => partiql(String(entry.Statement ?? ''), context));
  }
  const table = textOf(input, 'TableName') ?? textOf(input, 'TargetTableName') ?? (input.TableCreationParameters as { TableName?: string } | undefined)?.TableName;
  if (table) {
    const index = textOf(input, 'IndexName');
    return [{ action, resource: tableArn(table, context) + (index && (operation === 'Query' || operation === 'Scan') ? `/index/${index}` : '') }];
  }
  const global = textOf(input, 'GlobalTableName');
  if (global) return [{ action, resource: resourceArn(context, 'dynamodb', `global-table/${global}`, context.accountId, '') }];
  const arn = textOf(input, 'ResourceArn') ?? textOf(input, 'TableArn') ?? textOf(input, 'StreamArn') ?? textOf(input, 'BackupArn') ?? textOf(input, 'ExportArn') ?? textOf(input, 'ImportArn') ?? textOf(input, 'SourceBackupArn');
  return [{ action, resource: arn ?? '*' }];
}

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses,
    async resourceFacts(resource) {
      if (!resource.includes(':table/')) return undefined;
      const dynamodb = (runtime.startedProvider('dynamodb')?.api as DynamoDbApi | undefined) ?? (await runtime.optionalApi<DynamoDbApi>('dynamodb'));
      const policy = dynamodb?.resourcePolicy?.(resource);
      return policy ? { policy } : undefined;
    },
    factsChangedBy: /^(CreateTable|DeleteTable|PutResourcePolicy|DeleteResourcePolicy|RestoreTableFromBackup|RestoreTableToPointInTime|ImportTable)$/,
    // DynamoDB's model defines no AccessDeniedException shape; AWS answers this code with 400.
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
