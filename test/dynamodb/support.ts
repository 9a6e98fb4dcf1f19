import assert from 'node:assert/strict';
import { CreateTableCommand, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Awaits a rejection and checks AWS's error name, exact message and status. */
export async function expectError(promise: Promise<unknown>, name: string, message?: string | RegExp, status = 400): Promise<any> {
  const error = await promise.then(
    () => assert.fail(`expected ${name}${message ? `: ${message}` : ''}`),
    (e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } },
  );
  assert.equal(error.name, name, `error name (message: ${error.message})`);
  if (typeof message === 'string') assert.equal(error.message, message);
  else if (message) assert.match(error.message, message);
  assert.equal(error.$metadata?.httpStatusCode, status);
  return error;
}

export function validation(promise: Promise<unknown>, message: string | RegExp): Promise<any> {
  return expectError(promise, 'ValidationException', message);
}

/** A table keyed pk (S) + sk (N) unless told otherwise. */
export async function createTable(ddb: DynamoDBClient, name: string, extra: Partial<CreateTableCommandInput> = {}, rangeType: 'S' | 'N' | 'B' | null = 'N') {
  const keySchema: CreateTableCommandInput['KeySchema'] = [{ AttributeName: 'pk', KeyType: 'HASH' }];
  const definitions: CreateTableCommandInput['AttributeDefinitions'] = [{ AttributeName: 'pk', AttributeType: 'S' }];
  if (rangeType) {
    keySchema.push({ AttributeName: 'sk', KeyType: 'RANGE' });
    definitions.push({ AttributeName: 'sk', AttributeType: rangeType });
  }
  return ddb.send(
    new CreateTableCommand({
      TableName: name,
      KeySchema: keySchema,
      AttributeDefinitions: definitions,
      BillingMode: 'PAY_PER_REQUEST',
      ...extra,
    }),
  );
}
