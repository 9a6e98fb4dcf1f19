import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, decode, encode } from '../lambda/support.js';

const trust = (service: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });

/** --enforce-iam: a function's calls carry its execution role's session, and the role's policies decide. */
describe('IAM enforcement: Lambda execution roles', () => {
  let cloud: Cloud;
  let iam: IAMClient;
  let lambda: LambdaClient;
  let dynamodb: DynamoDBClient;

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true });
    iam = new IAMClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    dynamodb = new DynamoDBClient(clientConfig(cloud));
  });
  after(async () => {
    iam.destroy();
    lambda.destroy();
    dynamodb.destroy();
    await cloud.close();
  });

  test('CreateFunction refuses a role that does not exist or does not trust Lambda', async () => {
    const files = { 'index.mjs': 'export const handler = async () => 1;' };
    const cannot = { name: 'InvalidParameterValueException', status: 400, message: 'The role defined for the function cannot be assumed by Lambda.' };
    await expectAwsError(createFunction(lambda, 'orphan', files, { Role: 'arn:aws:iam::000000000000:role/missing' }), cannot);
    await iam.send(new CreateRoleCommand({ RoleName: 'ec2-only', AssumeRolePolicyDocument: trust('ec2.amazonaws.com') }));
    await expectAwsError(createFunction(lambda, 'orphan', files, { Role: 'arn:aws:iam::000000000000:role/ec2-only' }), cannot);
  });

  test('a function whose role lacks dynamodb:PutItem is refused by DynamoDB, and succeeds once the policy is attached', async () => {
    await dynamodb.send(
      new CreateTableCommand({ TableName: 'visits', KeySchema: [{ AttributeName: 'page', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'page', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }),
    );
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'writer-role', AssumeRolePolicyDocument: trust('lambda.amazonaws.com') }))).Role!;
    await createFunction(
      lambda,
      'writer',
      {
        'index.mjs': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
          const db = new DynamoDBClient({});
          export const handler = async (event) => {
            const key = process.env.AWS_ACCESS_KEY_ID;
            try {
              await db.send(new PutItemCommand({ TableName: 'visits', Item: { page: { S: event.page } } }));
              return { ok: true, key };
            } catch (error) {
              return { ok: false, key, name: error.name, status: error.$metadata?.httpStatusCode, message: error.message };
            }
          };`,
      },
      { Role: role.Arn, Timeout: 10 },
    );
    const refused = await lambda.send(new InvokeCommand({ FunctionName: 'writer', Payload: encode({ page: '/a' }) }));
    assert.equal(refused.FunctionError, undefined, new TextDecoder().decode(refused.Payload));
    const answer = decode(refused.Payload);
    assert.match(answer.key, /^ASIA/);
    assert.deepEqual(
      { ok: answer.ok, name: answer.name, status: answer.status, message: answer.message },
      {
        ok: false,
        name: 'AccessDeniedException',
        status: 400,
        message:
          'User: arn:aws:sts::000000000000:assumed-role/writer-role/writer is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:000000000000:table/visits because no identity-based policy allows the dynamodb:PutItem action',
      },
    );

    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'writer-role',
        PolicyName: 'put',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: 'arn:aws:dynamodb:*:*:table/visits' }] }),
      }),
    );
    const allowed = decode((await lambda.send(new InvokeCommand({ FunctionName: 'writer', Payload: encode({ page: '/b' }) }))).Payload);
    assert.equal(allowed.ok, true, allowed.message);
    const item = await dynamodb.send(new GetItemCommand({ TableName: 'visits', Key: { page: { S: '/b' } } }));
    assert.equal(item.Item?.page?.S, '/b');

    // Hours later the first session has expired: the function runs with renewed credentials, not refused ones.
    await advanceClock(cloud, '3h');
    const renewed = decode((await lambda.send(new InvokeCommand({ FunctionName: 'writer', Payload: encode({ page: '/c' }) }))).Payload);
    assert.equal(renewed.ok, true, renewed.message);
    assert.match(renewed.key, /^ASIA/);
    assert.notEqual(renewed.key, allowed.key);
  });
});
