import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateCodeSigningConfigCommand,
  DeleteCodeSigningConfigCommand,
  DeleteFunctionCodeSigningConfigCommand,
  GetCodeSigningConfigCommand,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionRecursionConfigCommand,
  GetRuntimeManagementConfigCommand,
  InvokeAsyncCommand,
  LambdaClient,
  ListCodeSigningConfigsCommand,
  ListFunctionsByCodeSigningConfigCommand,
  PublishVersionCommand,
  PutFunctionCodeSigningConfigCommand,
  PutFunctionRecursionConfigCommand,
  PutRuntimeManagementConfigCommand,
  UpdateCodeSigningConfigCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, eventually } from './support.js';

const PROFILE = 'arn:aws:signer:us-east-1:000000000000:/signing-profiles/release/abcdefghij';
const RUNTIME_VERSION = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

/** Code signing configurations, recursion and runtime management settings, and InvokeAsync. */
describe('Lambda function settings', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    await createFunction(lambda, 'configured', { 'index.js': 'exports.handler = async () => 1;' });
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
  });

  test('code signing configs: create, get, update, list, attach to a function, list its functions, detach, delete', async () => {
    const created = (await lambda.send(new CreateCodeSigningConfigCommand({ Description: 'release builds', AllowedPublishers: { SigningProfileVersionArns: [PROFILE] } }))).CodeSigningConfig!;
    assert.match(created.CodeSigningConfigId!, /^csc-[a-z0-9]{17}$/);
    assert.equal(created.CodeSigningConfigArn, `arn:aws:lambda:us-east-1:000000000000:code-signing-config:${created.CodeSigningConfigId}`);
    assert.deepEqual(created.CodeSigningPolicies, { UntrustedArtifactOnDeployment: 'Warn' });
    assert.match(created.LastModified!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    const arnText = created.CodeSigningConfigArn!;

    const updated = (await lambda.send(new UpdateCodeSigningConfigCommand({ CodeSigningConfigArn: arnText, CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Enforce' } }))).CodeSigningConfig!;
    assert.equal(updated.CodeSigningPolicies?.UntrustedArtifactOnDeployment, 'Enforce');
    assert.equal(updated.Description, 'release builds');
    assert.deepEqual((await lambda.send(new GetCodeSigningConfigCommand({ CodeSigningConfigArn: arnText }))).CodeSigningConfig, updated);
    assert.deepEqual((await lambda.send(new ListCodeSigningConfigsCommand({}))).CodeSigningConfigs?.map((c) => c.CodeSigningConfigArn), [arnText]);

    assert.deepEqual(await lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: 'configured' })).then(({ $metadata, ...rest }) => rest), { CodeSigningConfigArn: '', FunctionName: 'configured' });
    const put = await lambda.send(new PutFunctionCodeSigningConfigCommand({ FunctionName: 'configured', CodeSigningConfigArn: arnText }));
    assert.equal(put.CodeSigningConfigArn, arnText);
    assert.equal((await lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: 'configured' }))).CodeSigningConfigArn, arnText);
    assert.deepEqual((await lambda.send(new ListFunctionsByCodeSigningConfigCommand({ CodeSigningConfigArn: arnText }))).FunctionArns, ['arn:aws:lambda:us-east-1:000000000000:function:configured']);

    await expectAwsError(lambda.send(new DeleteCodeSigningConfigCommand({ CodeSigningConfigArn: arnText })), { name: 'ResourceConflictException', status: 409 });
    await lambda.send(new DeleteFunctionCodeSigningConfigCommand({ FunctionName: 'configured' }));
    assert.deepEqual((await lambda.send(new ListFunctionsByCodeSigningConfigCommand({ CodeSigningConfigArn: arnText }))).FunctionArns, []);
    await lambda.send(new DeleteCodeSigningConfigCommand({ CodeSigningConfigArn: arnText }));
    await expectAwsError(lambda.send(new GetCodeSigningConfigCommand({ CodeSigningConfigArn: arnText })), {
      name: 'ResourceNotFoundException',
      message: `The code signing configuration cannot be found. Check that the provided configuration is not deleted: ${arnText}.`,
      status: 404,
    });
    await expectAwsError(lambda.send(new PutFunctionCodeSigningConfigCommand({ FunctionName: 'configured', CodeSigningConfigArn: arnText })), {
      name: 'CodeSigningConfigNotFoundException',
      message: `The code signing configuration cannot be found. Check that the provided configuration is not deleted: ${arnText}.`,
      status: 404,
    });
  });

  test('code signing configs: the model\'s validation and unknown functions', async () => {
    await expectAwsError(lambda.send(new CreateCodeSigningConfigCommand({ AllowedPublishers: { SigningProfileVersionArns: [] } })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '[]' at 'allowedPublishers.signingProfileVersionArns' failed to satisfy constraint: Member must have length greater than or equal to 1",
      status: 400,
    });
    await expectAwsError(lambda.send(new GetCodeSigningConfigCommand({ CodeSigningConfigArn: 'arn:aws:lambda:us-east-1:000000000000:code-signing-config:nope' })), { name: 'ValidationException', status: 400 });
    await expectAwsError(lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: 'missing' })), {
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing', status: 404,
    });
  });

  test('recursion config: Terminate by default, Allow when put', async () => {
    assert.equal((await lambda.send(new GetFunctionRecursionConfigCommand({ FunctionName: 'configured' }))).RecursiveLoop, 'Terminate');
    assert.equal((await lambda.send(new PutFunctionRecursionConfigCommand({ FunctionName: 'configured', RecursiveLoop: 'Allow' }))).RecursiveLoop, 'Allow');
    assert.equal((await lambda.send(new GetFunctionRecursionConfigCommand({ FunctionName: 'configured' }))).RecursiveLoop, 'Allow');
    await expectAwsError(lambda.send(new PutFunctionRecursionConfigCommand({ FunctionName: 'configured', RecursiveLoop: 'Sometimes' as 'Allow' })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'Sometimes' at 'recursiveLoop' failed to satisfy constraint: Member must satisfy enum value set: [Allow, Terminate]",
      status: 400,
    });
    await expectAwsError(lambda.send(new GetFunctionRecursionConfigCommand({ FunctionName: 'missing' })), { name: 'ResourceNotFoundException', status: 404 });
  });

  test('runtime management config: Auto by default, per version, Manual with a runtime version', async () => {
    const auto = await lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'configured' }));
    assert.equal(auto.UpdateRuntimeOn, 'Auto');
    assert.equal(auto.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:configured:$LATEST');
    assert.equal(auto.RuntimeVersionArn, undefined);
    await lambda.send(new PublishVersionCommand({ FunctionName: 'configured' }));
    const manual = await lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'configured', Qualifier: '1', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: RUNTIME_VERSION }));
    assert.deepEqual({ on: manual.UpdateRuntimeOn, arn: manual.FunctionArn, version: manual.RuntimeVersionArn }, { on: 'Manual', arn: 'arn:aws:lambda:us-east-1:000000000000:function:configured:1', version: RUNTIME_VERSION });
    const read = await lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'configured', Qualifier: '1' }));
    assert.equal(read.RuntimeVersionArn, RUNTIME_VERSION);
    assert.equal((await lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'configured' }))).UpdateRuntimeOn, 'Auto');
    await lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'configured', UpdateRuntimeOn: 'FunctionUpdate' }));
    assert.equal((await lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'configured' }))).UpdateRuntimeOn, 'FunctionUpdate');

    await expectAwsError(lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'configured', UpdateRuntimeOn: 'Manual' })), { name: 'InvalidParameterValueException', status: 400 });
    await expectAwsError(lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'configured', Qualifier: '9', UpdateRuntimeOn: 'Auto' })), {
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:configured:9', status: 404,
    });
  });

  test('InvokeAsync (deprecated, still served): Status 202 and the event runs; a bad payload or function is refused', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'invoked-async' }));
    await createFunction(lambda, 'async-old-style', {
      'index.mjs': `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        export const handler = async (event) => { await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: ${JSON.stringify(QueueUrl)}, MessageBody: event.note })); };`,
    }, { Runtime: 'nodejs20.x', Timeout: 30 });
    const out = await lambda.send(new InvokeAsyncCommand({ FunctionName: 'async-old-style', InvokeArgs: JSON.stringify({ note: 'hello from InvokeAsync' }) }));
    assert.equal(out.Status, 202);
    const body = await eventually(async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }))).Messages?.[0]?.Body, 60_000, 'the async invocation');
    assert.equal(body, 'hello from InvokeAsync');

    await expectAwsError(lambda.send(new InvokeAsyncCommand({ FunctionName: 'async-old-style', InvokeArgs: '{not json' })), { name: 'InvalidRequestContentException', status: 400 });
    await expectAwsError(lambda.send(new InvokeAsyncCommand({ FunctionName: 'missing', InvokeArgs: '{}' })), {
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing', status: 404,
    });
  });
});
