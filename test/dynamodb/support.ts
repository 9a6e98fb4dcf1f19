import { CreateTableCommand, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { expectAwsError, type AwsError } from '../support/errors.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** DynamoDB's ValidationException (400) with its exact message or a pattern. */
export function validation(promise: Promise<unknown>, message: string | RegExp): Promise<AwsError> {
  return expectAwsError(promise, { name: 'ValidationException', message, status: 400 });
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
