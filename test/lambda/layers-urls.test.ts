import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteLayerVersionCommand,
  GetFunctionUrlConfigCommand,
  GetLayerVersionCommand,
  GetPolicyCommand,
  InvokeCommand,
  LambdaClient,
  ListLayersCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  RemovePermissionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, zip } from './support.js';
import { expectAwsError } from '../support/errors.js';
import { rawRequest, type RawRequest, type RawResponse } from '../support/raw-http.js';

/** An HTTP request to a function URL host, sent to Nimbus's port (*.localhost need not resolve here). */
function call(cloud: Cloud, url: string, options: RawRequest = {}): Promise<RawResponse> {
  return rawRequest(cloud, { ...options, headers: { host: new URL(url).host, ...options.headers } });
}

/** Layers under /opt, resource policies, and function URLs (payload format 2.0, auth, CORS). */
describe('Lambda layers, permissions and function URLs', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
  });
  after(async () => {
    lambda.destroy();
    await cloud.close();
  });

  test('layers: publish, get, list; their contents on NODE_PATH and PYTHONPATH; at most 5', async () => {
    const nodeLayer = await lambda.send(new PublishLayerVersionCommand({
      LayerName: 'shared',
      Description: 'helpers',
      CompatibleRuntimes: ['nodejs20.x'],
      Content: { ZipFile: zip({ 'nodejs/node_modules/greeter/index.js': 'module.exports = (n) => `hi ${n} from a layer`;' }) },
    }));
    assert.equal(nodeLayer.Version, 1);
    assert.equal(nodeLayer.LayerVersionArn, 'arn:aws:lambda:us-east-1:000000000000:layer:shared:1');
    assert.equal(nodeLayer.LayerArn, 'arn:aws:lambda:us-east-1:000000000000:layer:shared');
    const pyLayer = await lambda.send(new PublishLayerVersionCommand({
      LayerName: 'shared',
      Content: { ZipFile: zip({ 'python/greeter.py': 'def greet(n):\n    return "hi %s from a python layer" % n\n' }) },
    }));
    assert.equal(pyLayer.Version, 2);
    assert.equal((await lambda.send(new GetLayerVersionCommand({ LayerName: 'shared', VersionNumber: 1 }))).Description, 'helpers');
    assert.deepEqual((await lambda.send(new ListLayerVersionsCommand({ LayerName: 'shared' }))).LayerVersions?.map((v) => v.Version), [2, 1]);
    assert.equal((await lambda.send(new ListLayersCommand({}))).Layers?.[0]?.LatestMatchingVersion?.Version, 2);

    const created = await createFunction(lambda, 'with-layer', { 'index.js': 'const greet = require("greeter"); exports.handler = async (e) => greet(e.name);' }, { Layers: [nodeLayer.LayerVersionArn!] });
    assert.deepEqual(created.Layers, [{ Arn: nodeLayer.LayerVersionArn, CodeSize: nodeLayer.Content?.CodeSize }]);
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'with-layer', Payload: new TextEncoder().encode('{"name":"ann"}') }));
    assert.equal(decode(out.Payload), 'hi ann from a layer');

    await createFunction(lambda, 'py-layer', { 'lambda_function.py': 'from greeter import greet\ndef handler(e, c):\n    return greet(e["name"])\n' }, {
      Runtime: 'python3.11', Handler: 'lambda_function.handler', Layers: [pyLayer.LayerVersionArn!],
    });
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'py-layer', Payload: new TextEncoder().encode('{"name":"bo"}') }))).Payload), 'hi bo from a python layer');

    // A deleted layer version keeps working for the functions that use it.
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: 'shared', VersionNumber: 1 }));
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'with-layer', Description: 'still works' }));
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'with-layer', Payload: new TextEncoder().encode('{"name":"cy"}') }))).Payload), 'hi cy from a layer');
    await expectAwsError(lambda.send(new GetLayerVersionCommand({ LayerName: 'shared', VersionNumber: 1 })), { name: 'ResourceNotFoundException' });

    const six = Array.from({ length: 6 }, () => pyLayer.LayerVersionArn!);
    await expectAwsError(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'py-layer', Layers: six })), { name: 'InvalidParameterValueException', message: 'Cannot reference more than 5 layers.' });
    await expectAwsError(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'py-layer', Layers: ['arn:aws:lambda:us-east-1:000000000000:layer:nope:1'] })), { message: 'Layer version arn:aws:lambda:us-east-1:000000000000:layer:nope:1 does not exist.' });
  });

  test('permissions: AddPermission, GetPolicy, RemovePermission', async () => {
    await createFunction(lambda, 'guarded', { 'index.js': 'exports.handler = async () => 1;' });
    const added = await lambda.send(new AddPermissionCommand({
      FunctionName: 'guarded',
      StatementId: 's3-invoke',
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      SourceArn: 'arn:aws:s3:::my-bucket',
      SourceAccount: '000000000000',
    }));
    const statement = {
      Sid: 's3-invoke',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: 'arn:aws:lambda:us-east-1:000000000000:function:guarded',
      Condition: { StringEquals: { 'AWS:SourceAccount': '000000000000' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::my-bucket' } },
    };
    assert.deepEqual(JSON.parse(added.Statement!), statement);
    await lambda.send(new AddPermissionCommand({ FunctionName: 'guarded', StatementId: 'account', Action: 'lambda:InvokeFunction', Principal: '111122223333' }));
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: 'guarded' }));
    const document = JSON.parse(policy.Policy!);
    assert.equal(document.Version, '2012-10-17');
    assert.equal(document.Id, 'default');
    assert.deepEqual(document.Statement[0], statement);
    assert.deepEqual(document.Statement[1].Principal, { AWS: 'arn:aws:iam::111122223333:root' });
    assert.match(policy.RevisionId!, /^[0-9a-f-]{36}$/);
    await expectAwsError(lambda.send(new AddPermissionCommand({ FunctionName: 'guarded', StatementId: 'account', Action: 'lambda:InvokeFunction', Principal: '*' })), { name: 'ResourceConflictException', message: 'The statement id (sid) provided already exists. Please choose a new statement id, or remove the existing statement.' });
    await lambda.send(new RemovePermissionCommand({ FunctionName: 'guarded', StatementId: 's3-invoke' }));
    await lambda.send(new RemovePermissionCommand({ FunctionName: 'guarded', StatementId: 'account' }));
    await expectAwsError(lambda.send(new GetPolicyCommand({ FunctionName: 'guarded' })), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.' });
  });

  test('function URLs: payload format 2.0 in, HTTP out; AuthType NONE needs a public permission', async () => {
    await createFunction(lambda, 'web', {
      'index.js': `exports.handler = async (event) => {
        if (event.rawPath === '/plain') return { hello: 'world' };
        return { statusCode: 201, headers: { 'content-type': 'text/plain', 'x-custom': 'yes' }, cookies: ['a=1'], body: JSON.stringify({
          version: event.version, routeKey: event.routeKey, rawPath: event.rawPath, rawQueryString: event.rawQueryString,
          query: event.queryStringParameters, method: event.requestContext.http.method, accountId: event.requestContext.accountId,
          body: event.body, isBase64Encoded: event.isBase64Encoded, cookies: event.cookies, header: event.headers['x-test'],
          apiId: event.requestContext.apiId, domainName: event.requestContext.domainName }) };
      };`,
    });
    const config = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'NONE' }));
    assert.match(config.FunctionUrl!, new RegExp(`^http://[a-z0-9]{32}\\.lambda-url\\.us-east-1\\.localhost:${cloud.port}/$`));
    assert.equal(config.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:web');
    await expectAwsError(lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'NONE' })), { name: 'ResourceConflictException' });
    assert.equal((await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'web' }))).FunctionUrl, config.FunctionUrl);

    assert.equal((await call(cloud, config.FunctionUrl!)).status, 403, 'no resource policy allows the public');
    await lambda.send(new AddPermissionCommand({ FunctionName: 'web', StatementId: 'public', Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' }));

    const response = await call(cloud, config.FunctionUrl!, {
      method: 'POST',
      path: '/items/7?color=red&size=L',
      headers: { 'content-type': 'application/json', 'x-test': 'present', cookie: 'session=abc; theme=dark' },
      body: '{"n":1}',
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers['content-type'], 'text/plain');
    assert.equal(response.headers['x-custom'], 'yes');
    assert.deepEqual(response.headers['set-cookie'], ['a=1']);
    const seen = JSON.parse(response.body);
    const urlId = new URL(config.FunctionUrl!).hostname.split('.')[0];
    assert.deepEqual(seen, {
      version: '2.0', routeKey: '$default', rawPath: '/items/7', rawQueryString: 'color=red&size=L', query: { color: 'red', size: 'L' },
      method: 'POST', accountId: 'anonymous', body: '{"n":1}', isBase64Encoded: false, cookies: ['session=abc', 'theme=dark'], header: 'present',
      apiId: urlId, domainName: new URL(config.FunctionUrl!).hostname,
    });
    const plain = await call(cloud, config.FunctionUrl!, { path: '/plain' });
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(plain.body), { hello: 'world' });
  });

  test('function URLs on an alias, AWS_IAM auth and CORS', async () => {
    await createFunction(lambda, 'api', { 'index.js': 'exports.handler = async (e) => ({ statusCode: 200, body: e.requestContext.http.method });' });
    await lambda.send(new PublishVersionCommand({ FunctionName: 'api' }));
    await lambda.send(new CreateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '1' }));
    const config = await lambda.send(new CreateFunctionUrlConfigCommand({
      FunctionName: 'api',
      Qualifier: 'live',
      AuthType: 'AWS_IAM',
      Cors: { AllowOrigins: ['https://app.example.com'], AllowMethods: ['GET', 'POST'], AllowHeaders: ['content-type'], MaxAge: 300 },
    }));
    assert.equal(config.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:api:live');
    const unsigned = await call(cloud, config.FunctionUrl!);
    assert.equal(unsigned.status, 403);
    assert.deepEqual(JSON.parse(unsigned.body), { Message: 'Forbidden' });
    const signed = await call(cloud, config.FunctionUrl!, { headers: { authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=abc', origin: 'https://app.example.com' } });
    assert.equal(signed.status, 200);
    assert.equal(signed.body, 'GET');
    assert.equal(signed.headers['access-control-allow-origin'], 'https://app.example.com');

    const preflight = await call(cloud, config.FunctionUrl!, { method: 'OPTIONS', headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://app.example.com');
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, POST');
    assert.equal(preflight.headers['access-control-max-age'], '300');
    const stranger = await call(cloud, config.FunctionUrl!, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);

    await expectAwsError(lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'api', Qualifier: '1', AuthType: 'NONE' })), { name: 'ValidationException' });
  });
});
