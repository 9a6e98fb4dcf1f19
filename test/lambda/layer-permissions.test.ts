import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddLayerVersionPermissionCommand,
  GetLayerVersionByArnCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  InvokeCommand,
  LambdaClient,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  RemoveLayerVersionPermissionCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, decode, zip } from './support.js';

const OWNER = '000000000000';
const OTHER = '111122223333';

/** Layer version permissions: AddLayerVersionPermission, GetLayerVersionPolicy, RemoveLayerVersionPermission, and who may use a layer. */
describe('Lambda layer version permissions', () => {
  let cloud: Cloud;
  let owner: LambdaClient;
  let other: LambdaClient;
  let layerArn: string;

  before(async () => {
    cloud = await startTestCloud();
    owner = new LambdaClient(clientConfig(cloud));
    // A 12-digit access key id is that account.
    other = new LambdaClient({ ...clientConfig(cloud), credentials: { accessKeyId: OTHER, secretAccessKey: 'test' } });
    const published = await owner.send(new PublishLayerVersionCommand({
      LayerName: 'shared-lib',
      Content: { ZipFile: zip({ 'nodejs/node_modules/shared-lib/index.js': 'module.exports = () => "from a shared layer";' }) },
    }));
    layerArn = published.LayerVersionArn!;
  });
  after(async () => {
    owner.destroy();
    other.destroy();
    await cloud.close();
  });

  test('another account cannot read or use a layer version until a permission allows it', async () => {
    const denied = `User: arn:aws:iam::${OTHER}:root is not authorized to perform: lambda:GetLayerVersion on resource: ${layerArn} because no resource-based policy allows the lambda:GetLayerVersion action`;
    await expectAwsError(other.send(new GetLayerVersionByArnCommand({ Arn: layerArn })), { name: 'AccessDeniedException', message: denied, status: 403 });
    await expectAwsError(other.send(new GetLayerVersionCommand({ LayerName: layerArn.replace(/:1$/, ''), VersionNumber: 1 })), { name: 'AccessDeniedException', message: denied, status: 403 });
    await expectAwsError(
      createFunction(other, 'borrower', { 'index.js': 'exports.handler = async () => require("shared-lib")();' }, { Role: `arn:aws:iam::${OTHER}:role/r`, Layers: [layerArn] }),
      { name: 'AccessDeniedException', message: denied, status: 403 },
    );
    // Listing another account's versions is never granted by layer permissions.
    await expectAwsError(other.send(new ListLayerVersionsCommand({ LayerName: layerArn.replace(/:1$/, '') })), {
      name: 'AccessDeniedException',
      message: `User: arn:aws:iam::${OTHER}:root is not authorized to perform: lambda:ListLayerVersions on resource: ${layerArn.replace(/:1$/, '')} because no resource-based policy allows the lambda:ListLayerVersions action`,
      status: 403,
    });
  });

  test('AddLayerVersionPermission for one account: the statement, the policy, and that account may now use the layer', async () => {
    const added = await owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'share-with-other', Action: 'lambda:GetLayerVersion', Principal: OTHER,
    }));
    assert.deepEqual(JSON.parse(added.Statement!), {
      Sid: 'share-with-other', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'lambda:GetLayerVersion', Resource: layerArn,
    });
    assert.ok(added.RevisionId);
    const policy = await owner.send(new GetLayerVersionPolicyCommand({ LayerName: 'shared-lib', VersionNumber: 1 }));
    assert.equal(policy.RevisionId, added.RevisionId);
    assert.deepEqual(JSON.parse(policy.Policy!), { Version: '2012-10-17', Id: 'default', Statement: [JSON.parse(added.Statement!)] });

    assert.equal((await other.send(new GetLayerVersionByArnCommand({ Arn: layerArn }))).LayerVersionArn, layerArn);
    await createFunction(other, 'borrower', { 'index.js': 'exports.handler = async () => require("shared-lib")();' }, { Role: `arn:aws:iam::${OTHER}:role/r`, Layers: [layerArn] });
    const out = await other.send(new InvokeCommand({ FunctionName: 'borrower' }));
    assert.equal(out.FunctionError, undefined, JSON.stringify(decode(out.Payload)));
    assert.equal(decode(out.Payload), 'from a shared layer');
  });

  test('errors: duplicate statement id, stale RevisionId, unknown version, a principal or action the model refuses, another account managing the policy', async () => {
    await expectAwsError(owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'share-with-other', Action: 'lambda:GetLayerVersion', Principal: '*',
    })), { name: 'ResourceConflictException', message: 'The statement id (sid) provided already exists. Please choose a new statement id, or remove the existing statement.', status: 409 });
    await expectAwsError(owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'everyone', Action: 'lambda:GetLayerVersion', Principal: '*', RevisionId: 'stale',
    })), { name: 'PreconditionFailedException', message: 'The Revision Id provided does not match the latest Revision Id. Call the GetLayerVersionPolicy API to retrieve the latest Revision Id', status: 412 });
    await expectAwsError(owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'shared-lib', VersionNumber: 9, StatementId: 'x', Action: 'lambda:GetLayerVersion', Principal: '*',
    })), { name: 'ResourceNotFoundException', message: `Layer version arn:aws:lambda:us-east-1:${OWNER}:layer:shared-lib:9 does not exist.`, status: 404 });
    await expectAwsError(owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'x', Action: 'lambda:InvokeFunction', Principal: '*',
    })), { name: 'ValidationException', message: "1 validation error detected: Value 'lambda:InvokeFunction' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: lambda:GetLayerVersion", status: 400 });
    await expectAwsError(owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'x', Action: 'lambda:GetLayerVersion', Principal: 'lambda.amazonaws.com',
    })), { name: 'ValidationException', status: 400 });
    await expectAwsError(other.send(new AddLayerVersionPermissionCommand({
      LayerName: layerArn.replace(/:1$/, ''), VersionNumber: 1, StatementId: 'x', Action: 'lambda:GetLayerVersion', Principal: '*',
    })), { name: 'AccessDeniedException', status: 403 });
    await expectAwsError(owner.send(new RemoveLayerVersionPermissionCommand({ LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'nope' })), {
      name: 'ResourceNotFoundException', message: 'Statement nope is not found in resource policy.', status: 404,
    });
    await expectAwsError(owner.send(new RemoveLayerVersionPermissionCommand({ LayerName: 'shared-lib', VersionNumber: 1, StatementId: 'share-with-other', RevisionId: 'stale' })), {
      name: 'PreconditionFailedException', status: 412,
    });
  });

  test('an organization-limited statement lets no Nimbus account in; "*" lets everyone in; removing the statements closes it again', async () => {
    const second = await owner.send(new PublishLayerVersionCommand({ LayerName: 'org-lib', Content: { ZipFile: zip({ 'nodejs/a.js': '' }) } }));
    await owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'org-lib', VersionNumber: 1, StatementId: 'org', Action: 'lambda:GetLayerVersion', Principal: '*', OrganizationId: 'o-abcdefghij',
    }));
    const policy = JSON.parse((await owner.send(new GetLayerVersionPolicyCommand({ LayerName: 'org-lib', VersionNumber: 1 }))).Policy!);
    assert.deepEqual(policy.Statement[0].Condition, { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } });
    await expectAwsError(other.send(new GetLayerVersionByArnCommand({ Arn: second.LayerVersionArn! })), { name: 'AccessDeniedException', status: 403 });

    const { RevisionId } = await owner.send(new AddLayerVersionPermissionCommand({
      LayerName: 'org-lib', VersionNumber: 1, StatementId: 'public', Action: 'lambda:GetLayerVersion', Principal: '*',
    }));
    assert.equal((await other.send(new GetLayerVersionByArnCommand({ Arn: second.LayerVersionArn! }))).Version, 1);

    await owner.send(new RemoveLayerVersionPermissionCommand({ LayerName: 'org-lib', VersionNumber: 1, StatementId: 'public', RevisionId }));
    await owner.send(new RemoveLayerVersionPermissionCommand({ LayerName: 'org-lib', VersionNumber: 1, StatementId: 'org' }));
    await expectAwsError(owner.send(new GetLayerVersionPolicyCommand({ LayerName: 'org-lib', VersionNumber: 1 })), {
      name: 'ResourceNotFoundException', message: 'No policy is associated with the given resource.', status: 404,
    });
    await expectAwsError(other.send(new GetLayerVersionByArnCommand({ Arn: second.LayerVersionArn! })), { name: 'AccessDeniedException', status: 403 });
  });

  test('the AWS CLI: add-layer-version-permission, and its error for a duplicate statement', async () => {
    await owner.send(new PublishLayerVersionCommand({ LayerName: 'cli-lib', Content: { ZipFile: zip({ 'python/cli_lib.py': 'X = 1\n' }) } }));
    const added = await aws(cloud, ['lambda', 'add-layer-version-permission', '--layer-name', 'cli-lib', '--version-number', '1', '--statement-id', 'all', '--action', 'lambda:GetLayerVersion', '--principal', '*']);
    assert.equal(added.code, 0, added.stderr);
    assert.deepEqual(JSON.parse(added.json.Statement).Principal, '*');
    assert.equal((await owner.send(new GetLayerVersionPolicyCommand({ LayerName: 'cli-lib', VersionNumber: 1 }))).RevisionId, added.json.RevisionId);
    const again = await aws(cloud, ['lambda', 'add-layer-version-permission', '--layer-name', 'cli-lib', '--version-number', '1', '--statement-id', 'all', '--action', 'lambda:GetLayerVersion', '--principal', '*']);
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /An error occurred \(ResourceConflictException\) when calling the AddLayerVersionPermission operation( \(reached max retries: 0\))?: The statement id \(sid\) provided already exists/);
  });
});
