import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AddPermissionCommand, GetFunctionCommand, GetPolicyCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction } from './support.js';

/** Every ARN Lambda writes takes its partition from the region: functions, runtime versions, account principals. */
let cloud: Cloud;
let lambda: LambdaClient;

before(async () => {
  cloud = await startTestCloud();
  lambda = new LambdaClient(clientConfig(cloud, 'cn-north-1'));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
});

test('in cn-north-1 the function, its runtime version and an account principal are aws-cn ARNs', async () => {
  const created = await createFunction(lambda, 'china', { 'index.js': 'exports.handler = async () => 1;' }, { Role: 'arn:aws-cn:iam::000000000000:role/lambda-role' });
  assert.equal(created.FunctionArn, 'arn:aws-cn:lambda:cn-north-1:000000000000:function:china');
  const described = await lambda.send(new GetFunctionCommand({ FunctionName: 'china' }));
  assert.match(described.Configuration!.RuntimeVersionConfig!.RuntimeVersionArn!, /^arn:aws-cn:lambda:cn-north-1::runtime:[0-9a-f]{64}$/);
  await lambda.send(new AddPermissionCommand({ FunctionName: 'china', StatementId: 'account', Action: 'lambda:InvokeFunction', Principal: '123456789012' }));
  const policy = JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: 'china' }))).Policy!);
  assert.deepEqual(policy.Statement[0].Principal, { AWS: 'arn:aws-cn:iam::123456789012:root' });
  assert.equal(policy.Statement[0].Resource, 'arn:aws-cn:lambda:cn-north-1:000000000000:function:china');
});
