import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
  LambdaServiceException,
  ListFunctionsCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-lambda';
import { AwsError } from '../../src/core/errors.js';
import { loadModel } from '../../src/protocol/model.js';
import { restJsonCodec } from '../../src/protocol/rest-json.js';
import { codecTransport, HARNESS_CLIENT, requestFromTemplate, wireRequest, type FakeService } from '../support/codec-harness.js';
import { expectAwsError } from '../support/errors.js';

const lambdaModel = loadModel('lambda');
const REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';

/** A Lambda client whose transport runs the codec: operationName → parse → service → serialize. */
function lambdaHarness(service: FakeService) {
  const { requestHandler, exchange } = codecTransport(lambdaModel, restJsonCodec, service, REQUEST_ID);
  return { client: new LambdaClient({ ...HARNESS_CLIENT, requestHandler }), exchange };
}

const functionConfiguration = {
  FunctionName: 'my-fn',
  FunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:my-fn',
  Runtime: 'nodejs20.x',
  Role: 'arn:aws:iam::000000000000:role/r',
  Handler: 'index.handler',
  CodeSize: 1234,
  Timeout: 30,
  MemorySize: 256,
  LastModified: '2024-01-02T03:04:05.000+0000',
  Version: '$LATEST',
  Environment: { Variables: { A: '1', B: 'two' } },
  Architectures: ['arm64'],
  State: 'Active',
};

// ---------------------------------------------------------------------------

describe('rest-json: operation matching (Lambda)', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['POST', '/2015-03-31/functions', 'CreateFunction'],
    ['GET', '/2015-03-31/functions', 'ListFunctions'],
    ['GET', '/2015-03-31/functions/', 'ListFunctions'],
    ['GET', '/2015-03-31/functions/my-fn', 'GetFunction'],
    ['GET', '/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Amy-fn%3Aprod', 'GetFunction'],
    ['GET', '/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:my-fn', 'GetFunction'],
    ['GET', '/2015-03-31/functions/my-fn/configuration', 'GetFunctionConfiguration'],
    ['POST', '/2015-03-31/functions/my-fn/invocations', 'Invoke'],
    ['DELETE', '/2015-03-31/functions/my-fn', 'DeleteFunction'],
    ['GET', '/2019-09-30/functions/my-fn/provisioned-concurrency?List=ALL', 'ListProvisionedConcurrencyConfigs'],
    ['GET', '/2019-09-30/functions/my-fn/provisioned-concurrency?Qualifier=1', 'GetProvisionedConcurrencyConfig'],
    ['GET', '/2018-10-31/layers?find=LayerVersion&Arn=x', 'GetLayerVersionByArn'],
    ['GET', '/2018-10-31/layers', 'ListLayers'],
    ['GET', '/2015-03-31/nope', undefined],
    ['PATCH', '/2015-03-31/functions', undefined],
    ['GET', '/2015-03-31/functions/a/b', undefined],
  ];
  for (const [method, url, expected] of cases) {
    it(`${method} ${url} → ${expected}`, () => {
      assert.equal(restJsonCodec.operationName(lambdaModel, wireRequest(method, url)), expected);
    });
  }

  it('every Lambda operation is reached from its own template', () => {
    for (const name of Object.keys(lambdaModel.operations)) {
      assert.equal(restJsonCodec.operationName(lambdaModel, requestFromTemplate(lambdaModel, name)), name, name);
    }
  });
});

describe('rest-json: Lambda through the SDK', () => {
  it('CreateFunction: JSON body, nested structures, maps, base64 blob; 201 output', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x10]);
    const { client, exchange } = lambdaHarness(() => functionConfiguration);
    const out = await client.send(
      new CreateFunctionCommand({
        FunctionName: 'my-fn',
        Runtime: 'nodejs20.x',
        Role: 'arn:aws:iam::000000000000:role/r',
        Handler: 'index.handler',
        Code: { ZipFile: zip },
        Timeout: 30,
        MemorySize: 256,
        Publish: true,
        Environment: { Variables: { A: '1', B: 'two' } },
        Tags: { team: 'core' },
        Architectures: ['arm64'],
        VpcConfig: { SubnetIds: ['s-1', 's-2'], SecurityGroupIds: [] },
      }),
    );
    assert.equal(exchange.operation, 'CreateFunction');
    assert.deepEqual(exchange.input, {
      FunctionName: 'my-fn',
      Runtime: 'nodejs20.x',
      Role: 'arn:aws:iam::000000000000:role/r',
      Handler: 'index.handler',
      Code: { ZipFile: zip },
      Timeout: 30,
      MemorySize: 256,
      Publish: true,
      Environment: { Variables: { A: '1', B: 'two' } },
      Tags: { team: 'core' },
      Architectures: ['arm64'],
      VpcConfig: { SubnetIds: ['s-1', 's-2'], SecurityGroupIds: [] },
    });
    assert.ok(Buffer.isBuffer((exchange.input!.Code as { ZipFile: unknown }).ZipFile));
    assert.equal(exchange.response!.status, 201);
    assert.equal(exchange.response!.headers['Content-Type'], 'application/json');
    assert.equal(exchange.response!.headers['x-amzn-RequestId'], REQUEST_ID);
    assert.equal(out.$metadata.httpStatusCode, 201);
    assert.equal(out.$metadata.requestId, REQUEST_ID);
    assert.equal(out.FunctionArn, functionConfiguration.FunctionArn);
    assert.equal(out.CodeSize, 1234);
    assert.deepEqual(out.Environment, { Variables: { A: '1', B: 'two' } });
    assert.deepEqual(out.Architectures, ['arm64']);
    assert.equal(out.State, 'Active');
  });

  it('Invoke: blob payload, headers in; StatusCode member, FunctionError header, raw payload out', async () => {
    const { client, exchange } = lambdaHarness(() => ({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      ExecutedVersion: '$LATEST',
      LogResult: Buffer.from('log tail').toString('base64'),
      Payload: Buffer.from('{"errorMessage":"boom"}'),
    }));
    const out = await client.send(
      new InvokeCommand({
        FunctionName: 'my-fn',
        Qualifier: 'prod',
        InvocationType: 'RequestResponse',
        LogType: 'Tail',
        ClientContext: Buffer.from('{"custom":1}').toString('base64'),
        Payload: Buffer.from('{"hello":"world"}'),
      }),
    );
    assert.equal(exchange.operation, 'Invoke');
    const input = exchange.input!;
    assert.equal(input.FunctionName, 'my-fn');
    assert.equal(input.Qualifier, 'prod');
    assert.equal(input.InvocationType, 'RequestResponse');
    assert.equal(input.LogType, 'Tail');
    assert.equal(input.ClientContext, Buffer.from('{"custom":1}').toString('base64'));
    assert.ok(Buffer.isBuffer(input.Payload));
    assert.equal((input.Payload as Buffer).toString(), '{"hello":"world"}');
    assert.equal(exchange.response!.status, 200);
    assert.equal(exchange.response!.headers['X-Amz-Function-Error'], 'Unhandled');
    assert.equal(out.StatusCode, 200);
    assert.equal(out.FunctionError, 'Unhandled');
    assert.equal(out.ExecutedVersion, '$LATEST');
    assert.equal(out.LogResult, Buffer.from('log tail').toString('base64'));
    assert.equal(Buffer.from(out.Payload!).toString(), '{"errorMessage":"boom"}');
  });

  it('Invoke as Event: the StatusCode member sets the HTTP status', async () => {
    const { client, exchange } = lambdaHarness(() => ({ StatusCode: 202 }));
    const out = await client.send(new InvokeCommand({ FunctionName: 'my-fn', InvocationType: 'Event', Payload: Buffer.from('{}') }));
    assert.equal(exchange.input!.InvocationType, 'Event');
    assert.equal(exchange.response!.status, 202);
    assert.equal(exchange.response!.body, undefined);
    assert.equal(out.StatusCode, 202);
  });

  it('Invoke without a payload leaves Payload out', async () => {
    const { client, exchange } = lambdaHarness(() => ({ StatusCode: 200, Payload: Buffer.from('null') }));
    await client.send(new InvokeCommand({ FunctionName: 'my-fn' }));
    assert.deepEqual(exchange.input, { FunctionName: 'my-fn' });
  });

  it('ListFunctions: querystring Marker/MaxItems in, list and NextMarker out', async () => {
    const { client, exchange } = lambdaHarness(() => ({ Functions: [functionConfiguration], NextMarker: 'next page' }));
    const out = await client.send(new ListFunctionsCommand({ Marker: 'a b&c=d', MaxItems: 10, FunctionVersion: 'ALL' }));
    assert.equal(exchange.operation, 'ListFunctions');
    assert.deepEqual(exchange.input, { Marker: 'a b&c=d', MaxItems: 10, FunctionVersion: 'ALL' });
    assert.equal(out.NextMarker, 'next page');
    assert.equal(out.Functions?.length, 1);
    assert.equal(out.Functions?.[0].FunctionName, 'my-fn');
    assert.equal(out.Functions?.[0].Timeout, 30);
  });

  it('ListFunctions with nothing to list still writes a JSON body', async () => {
    const { client, exchange } = lambdaHarness(() => ({ Functions: [] }));
    const out = await client.send(new ListFunctionsCommand({}));
    assert.deepEqual(exchange.input, {});
    assert.equal(exchange.response!.body, '{"Functions":[]}');
    assert.deepEqual(out.Functions, []);
  });

  it('GetFunction with an ARN (colons) and a qualifier', async () => {
    const arn = 'arn:aws:lambda:us-east-1:000000000000:function:my-fn:prod';
    const { client, exchange } = lambdaHarness(() => ({
      Configuration: functionConfiguration,
      Code: { RepositoryType: 'S3', Location: 'https://example.com/code.zip?a=1&b=2' },
      Tags: { team: 'core' },
    }));
    const out = await client.send(new GetFunctionCommand({ FunctionName: arn, Qualifier: '3' }));
    assert.equal(exchange.operation, 'GetFunction');
    assert.match(exchange.wire!.path, /%3A/);
    assert.deepEqual(exchange.input, { FunctionName: arn, Qualifier: '3' });
    assert.equal(out.Configuration?.FunctionName, 'my-fn');
    assert.equal(out.Code?.Location, 'https://example.com/code.zip?a=1&b=2');
    assert.deepEqual(out.Tags, { team: 'core' });
  });

  it('TagResource / UntagResource: 204 without a body; query list as repeated keys', async () => {
    const { client, exchange } = lambdaHarness(() => undefined);
    const arn = 'arn:aws:lambda:us-east-1:000000000000:function:my-fn';
    const tagged = await client.send(new TagResourceCommand({ Resource: arn, Tags: { a: '1' } }));
    assert.deepEqual(exchange.input, { Resource: arn, Tags: { a: '1' } });
    assert.equal(tagged.$metadata.httpStatusCode, 204);
    assert.equal(exchange.response!.body, undefined);
    assert.equal(exchange.response!.headers['Content-Type'], undefined);
    await client.send(new UntagResourceCommand({ Resource: arn, TagKeys: ['a', 'b c'] }));
    assert.equal(exchange.operation, 'UntagResource');
    assert.deepEqual(exchange.input, { Resource: arn, TagKeys: ['a', 'b c'] });
  });

  it('ResourceNotFoundException: Lambda error body and x-amzn-ErrorType', async () => {
    const { client, exchange } = lambdaHarness(() => {
      throw new AwsError('ResourceNotFoundException', 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope', 404);
    });
    const error: unknown = await expectAwsError(client.send(new GetFunctionCommand({ FunctionName: 'nope' })), { name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope', status: 404 });
    assert.ok(error instanceof LambdaServiceException);
    assert.equal(error.$metadata.requestId, REQUEST_ID);
    assert.equal(error.$fault, 'client');
    assert.equal((error as unknown as { Type?: string }).Type, 'User');
    assert.equal(exchange.response!.headers['x-amzn-ErrorType'], 'ResourceNotFoundException');
    assert.deepEqual(JSON.parse(String(exchange.response!.body)), {
      Type: 'User',
      Message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope',
    });
  });

  it('error members bound to headers and lowercase `message` (TooManyRequestsException)', async () => {
    const { client, exchange } = lambdaHarness(() => {
      throw new AwsError('TooManyRequestsException', 'Rate exceeded', 429, {
        fields: { retryAfterSeconds: '5', Reason: 'CallerRateLimitExceeded' },
      });
    });
    const error: unknown = await expectAwsError(client.send(new ListFunctionsCommand({})), { name: 'TooManyRequestsException', message: 'Rate exceeded' });
    assert.ok(error instanceof LambdaServiceException);
    assert.equal((error as unknown as { retryAfterSeconds?: string }).retryAfterSeconds, '5');
    assert.equal((error as unknown as { Reason?: string }).Reason, 'CallerRateLimitExceeded');
    assert.equal(exchange.response!.headers['Retry-After'], '5');
    assert.deepEqual(JSON.parse(String(exchange.response!.body)), { Reason: 'CallerRateLimitExceeded', Type: 'User', message: 'Rate exceeded' });
  });

  it('an error code the model does not define still reaches the client by name', async () => {
    const { client } = lambdaHarness(() => {
      throw new AwsError('ValidationException', '1 validation error detected', 400);
    });
    const error: unknown = await expectAwsError(client.send(new ListFunctionsCommand({})), { name: 'ValidationException', message: '1 validation error detected' });
    assert.ok(error instanceof Error);
  });
});

describe('rest-json: malformed input', () => {
  const createFunction = lambdaModel.operation('CreateFunction')!;

  it('malformed JSON → SerializationException', () => {
    assert.throws(
      () => restJsonCodec.parse(lambdaModel, createFunction, wireRequest('POST', '/2015-03-31/functions', {}, '{"FunctionName": ')),
      (error: unknown) => error instanceof AwsError && error.code === 'SerializationException' && error.status === 400,
    );
    assert.throws(() => restJsonCodec.parse(lambdaModel, createFunction, wireRequest('POST', '/2015-03-31/functions', {}, '[1,2]')), {
      code: 'SerializationException',
    });
  });

  it('type mismatches → SerializationException', () => {
    for (const body of [
      '{"FunctionName": 12}',
      '{"Timeout": "thirty"}',
      '{"Timeout": 1.5}',
      '{"Publish": "yes"}',
      '{"Code": {"ZipFile": "not base64!"}}',
      '{"Environment": {"Variables": ["A"]}}',
      '{"Architectures": "arm64"}',
    ]) {
      assert.throws(() => restJsonCodec.parse(lambdaModel, createFunction, wireRequest('POST', '/2015-03-31/functions', {}, body)), {
        code: 'SerializationException',
        status: 400,
      }, body);
    }
  });

  it('bad query values → SerializationException; empty body is no input', () => {
    const list = lambdaModel.operation('ListFunctions')!;
    assert.throws(() => restJsonCodec.parse(lambdaModel, list, wireRequest('GET', '/2015-03-31/functions?MaxItems=ten')), {
      code: 'SerializationException',
    });
    assert.deepEqual(restJsonCodec.parse(lambdaModel, createFunction, wireRequest('POST', '/2015-03-31/functions')), {});
  });

  it('map keys such as __proto__ stay plain data', () => {
    const input = restJsonCodec.parse(
      lambdaModel,
      createFunction,
      wireRequest('POST', '/2015-03-31/functions', {}, '{"Tags": {"__proto__": "x", "k": "v"}}'),
    );
    const tags = input.Tags as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(tags), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(tags, '__proto__')?.value, 'x');
    assert.equal(tags.k, 'v');
  });

  it('a Readable payload passes through serialize unbuffered', () => {
    const stream = Readable.from([Buffer.from('x')]);
    const response = restJsonCodec.serialize(lambdaModel, lambdaModel.operation('Invoke')!, { StatusCode: 200, Payload: stream }, { requestId: 'r' });
    assert.equal(response.body, stream);
    assert.equal(response.headers['Content-Type'], 'application/octet-stream');
  });
});
