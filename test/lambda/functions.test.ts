import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetAccountSettingsCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionActiveV2,
} from '@aws-sdk/client-lambda';
import { unzipSync } from 'fflate';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, ROLE, zip } from './support.js';
import { expectAwsError } from '../support/errors.js';

/** Functions' control plane through the SDK v3: create, read, update, list, delete, and AWS's validation. */
describe('Lambda functions', () => {
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

  test('create, get (with a code location that downloads the zip), update, list and delete', async () => {
    const code = zip({ 'index.js': 'exports.handler = async () => "v1";' });
    const created = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'demo',
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Role: ROLE,
        Code: { ZipFile: code },
        Description: 'a demo',
        MemorySize: 512,
        Timeout: 30,
        Environment: { Variables: { STAGE: 'test' } },
        EphemeralStorage: { Size: 1024 },
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Tags: { team: 'core' },
      }),
    );
    assert.equal(created.FunctionName, 'demo');
    assert.equal(created.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:demo');
    assert.equal(created.CodeSha256, createHash('sha256').update(code).digest('base64'));
    assert.equal(created.CodeSize, code.length);
    assert.equal(created.State, 'Pending');
    assert.equal(created.StateReasonCode, 'Creating');
    assert.equal(created.Version, '$LATEST');
    assert.equal(created.MemorySize, 512);
    assert.equal(created.Timeout, 30);
    assert.deepEqual(created.Environment?.Variables, { STAGE: 'test' });
    assert.deepEqual(created.EphemeralStorage, { Size: 1024 });
    assert.deepEqual(created.Architectures, ['arm64']);
    assert.deepEqual(created.TracingConfig, { Mode: 'Active' });
    assert.equal(created.PackageType, 'Zip');
    assert.match(created.LastModified!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    assert.match(created.RevisionId!, /^[0-9a-f-]{36}$/);

    await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 5 }, { FunctionName: 'demo' });
    const got = await lambda.send(new GetFunctionCommand({ FunctionName: 'demo' }));
    assert.equal(got.Configuration?.State, 'Active');
    assert.equal(got.Configuration?.LastUpdateStatus, 'Successful');
    assert.deepEqual(got.Tags, { team: 'core' });
    assert.equal(got.Code?.RepositoryType, 'S3');
    const download = await fetch(got.Code!.Location!);
    assert.equal(download.status, 200);
    const files = unzipSync(new Uint8Array(await download.arrayBuffer()));
    assert.equal(new TextDecoder().decode(files['index.js']), 'exports.handler = async () => "v1";');
    assert.equal((await fetch(got.Code!.Location!.replace(/signature=[0-9a-f]+/, 'signature=00'))).status, 403);

    const code2 = zip({ 'index.js': 'exports.handler = async () => "v2";' });
    const updated = await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'demo', ZipFile: code2 }));
    assert.equal(updated.LastUpdateStatus, 'InProgress');
    assert.equal(updated.CodeSha256, createHash('sha256').update(code2).digest('base64'));
    assert.notEqual(updated.RevisionId, created.RevisionId);
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'demo' }))).Payload), 'v2');

    const reconfigured = await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'demo', MemorySize: 1024, Description: 'changed' }));
    assert.equal(reconfigured.MemorySize, 1024);
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:demo' }));
    assert.equal(config.Description, 'changed');
    assert.equal(config.LastUpdateStatus, 'Successful');

    await expectAwsError(
      lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'demo', Timeout: 5, RevisionId: created.RevisionId })),
      { name: 'PreconditionFailedException', message: 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id', status: 412 },
    );

    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'demo' }));
    await expectAwsError(lambda.send(new GetFunctionCommand({ FunctionName: 'demo' })), { name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:demo', status: 404 });
  });

  test('ListFunctions pages with MaxItems and Marker', async () => {
    for (const name of ['page-a', 'page-b', 'page-c', 'page-d', 'page-e']) await createFunction(lambda, name, { 'index.js': 'exports.handler = async () => 1;' });
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await lambda.send(new ListFunctionsCommand({ MaxItems: 2, Marker: marker }));
      seen.push(...page.Functions!.map((f) => f.FunctionName!));
      marker = page.NextMarker;
      pages++;
    } while (marker);
    assert.deepEqual(seen, ['page-a', 'page-b', 'page-c', 'page-d', 'page-e']);
    assert.equal(pages, 3);
    const settings = await lambda.send(new GetAccountSettingsCommand({}));
    assert.equal(settings.AccountLimit?.ConcurrentExecutions, 1000);
    assert.equal(settings.AccountUsage?.FunctionCount, 5);
  });

  test('tags', async () => {
    await createFunction(lambda, 'tagged', { 'index.js': 'exports.handler = async () => 1;' });
    const arn = 'arn:aws:lambda:us-east-1:000000000000:function:tagged';
    await lambda.send(new TagResourceCommand({ Resource: arn, Tags: { a: '1', b: '2' } }));
    await lambda.send(new UntagResourceCommand({ Resource: arn, TagKeys: ['a'] }));
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource: arn }))).Tags, { b: '2' });
  });

  test('validation as AWS words it', async () => {
    const code = { ZipFile: zip({ 'index.js': 'exports.handler = async () => 1;' }) };
    const base = { Runtime: 'nodejs20.x' as const, Handler: 'index.handler', Role: ROLE, Code: code };
    await createFunction(lambda, 'exists', { 'index.js': '' });
    await expectAwsError(lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'exists' })), { name: 'ResourceConflictException', message: 'Function already exist: exists', status: 409 });
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'small', MemorySize: 64 })),
      { name: 'ValidationException', message: "1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128", status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'big', MemorySize: 10241 })),
      { name: 'ValidationException', message: "1 validation error detected: Value '10241' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240", status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'long', Timeout: 901 })),
      { name: 'ValidationException', message: "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900", status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'old', Runtime: 'nodejs14.x' })),
      { name: 'InvalidParameterValueException', message: 'The runtime parameter of nodejs14.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.', status: 400 },
    );
    const bigValue = 'x'.repeat(4100);
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'env', Environment: { Variables: { BIG: bigValue } } })),
      { name: 'InvalidParameterValueException', message: `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: {"BIG":"${bigValue}"}`, status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'reserved', Environment: { Variables: { AWS_REGION: 'x' } } })),
      { name: 'InvalidParameterValueException', message: 'Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION', status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'badzip', Code: { ZipFile: new TextEncoder().encode('not a zip') } })),
      { name: 'InvalidParameterValueException', message: 'Could not unzip uploaded file. Please check your file, then try to upload again.', status: 400 },
    );
    // A path that escapes the code directory is refused.
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'escape', Code: { ZipFile: zip({ '../../evil.js': 'x' }) } })),
      { name: 'InvalidParameterValueException', message: 'Could not unzip uploaded file. Please check your file, then try to upload again.', status: 400 },
    );
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'image', PackageType: 'Image', Code: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/x:latest' } })),
      { name: 'InvalidParameterValueException', message: /container engine/, status: 400 },
    );
    await expectAwsError(lambda.send(new InvokeCommand({ FunctionName: 'nope' })), { name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope', status: 404 });
    await expectAwsError(
      lambda.send(new InvokeCommand({ FunctionName: 'exists', Payload: new TextEncoder().encode('{not json') })),
      { name: 'InvalidRequestContentException', message: /^Could not parse request body into json: Could not parse payload into json: /, status: 400 },
    );
  });

  test('zip size limits: 50 MB direct, 250 MB unzipped', async () => {
    const base = { Runtime: 'nodejs20.x' as const, Handler: 'index.handler', Role: ROLE };
    // Random bytes do not compress: a zip just over 50 MB. (Its base64 request is larger than the
    // gateway's default 64 MiB body limit, so this cloud takes larger bodies.)
    const roomy = await startTestCloud({ maxBodyBytes: 96 * 1024 * 1024 });
    const roomyLambda = new LambdaClient(clientConfig(roomy));
    try {
      const over = zip({ 'blob.bin': randomBytes(50 * 1024 * 1024 + 4096) });
      await expectAwsError(
        roomyLambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'too-big', Code: { ZipFile: over } })),
        { name: 'RequestTooLargeException', message: 'Request must be smaller than 69905067 bytes for the CreateFunction operation', status: 413 },
      );
    } finally {
      roomyLambda.destroy();
      await roomy.close();
    }
    // Zeros compress well: 260 MB unzipped in a small zip.
    const zeros = new Uint8Array(260 * 1024 * 1024);
    const bomb = zip({ 'zeros.bin': zeros });
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FunctionName: 'too-wide', Code: { ZipFile: bomb } })),
      { name: 'InvalidParameterValueException', message: 'Unzipped size must be smaller than 262144000 bytes', status: 400 },
    );
  });
});
