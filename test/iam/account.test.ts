import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  AddClientIDToOpenIDConnectProviderCommand, AddRoleToInstanceProfileCommand, CreateAccessKeyCommand, CreateAccountAliasCommand, CreateInstanceProfileCommand,
  CreateLoginProfileCommand, CreateOpenIDConnectProviderCommand, CreateRoleCommand, CreateSAMLProviderCommand, CreateServiceLinkedRoleCommand, CreateUserCommand,
  DeleteAccountAliasCommand, DeleteInstanceProfileCommand, DeleteOpenIDConnectProviderCommand, DeleteRoleCommand, DeleteServiceLinkedRoleCommand,
  GenerateCredentialReportCommand, GetAccountAuthorizationDetailsCommand, GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, GetCredentialReportCommand,
  GetInstanceProfileCommand, GetOpenIDConnectProviderCommand, GetRoleCommand, GetSAMLProviderCommand, GetServiceLinkedRoleDeletionStatusCommand, IAMClient,
  ListAccountAliasesCommand, ListAttachedRolePoliciesCommand, ListInstanceProfilesForRoleCommand, ListPoliciesCommand, ListOpenIDConnectProvidersCommand, ListRoleTagsCommand, ListUserTagsCommand, PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand, TagRoleCommand, TagUserCommand, UntagUserCommand, UpdateAccountPasswordPolicyCommand, UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import type { IamApi } from '../../src/services/iam/api.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

describe('IAM instance profiles, service-linked roles, providers, tags and the account', () => {
  let cloud: Cloud;
  let iam: IAMClient;
  before(async () => {
    cloud = await startTestCloud();
    iam = new IAMClient(clientConfig(cloud));
  });
  after(async () => {
    iam.destroy();
    await cloud.close();
  });

  test('instance profiles hold one role, and keep it from being deleted', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'web', AssumeRolePolicyDocument: TRUST }));
    const profile = (await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web-profile', Tags: [{ Key: 'a', Value: 'b' }] }))).InstanceProfile!;
    assert.equal(profile.Arn, `arn:aws:iam::${ACCOUNT}:instance-profile/web-profile`);
    assert.match(profile.InstanceProfileId!, /^AIPA[A-Z2-7]{17}$/);
    await expectAwsError(iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web-profile' })), { name: 'EntityAlreadyExistsException', message: 'Instance Profile web-profile already exists.', status: 409 });
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web-profile', RoleName: 'web' }));
    await expectAwsError(iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web-profile', RoleName: 'web' })), {
      name: 'LimitExceededException', message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1', status: 409,
    });
    assert.deepEqual((await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'web-profile' }))).InstanceProfile!.Roles!.map((r) => r.RoleName), ['web']);
    assert.deepEqual((await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'web' }))).InstanceProfiles!.map((p) => p.InstanceProfileName), ['web-profile']);
    await expectAwsError(iam.send(new DeleteRoleCommand({ RoleName: 'web' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must remove roles from instance profile first.', status: 409 });
    await expectAwsError(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'web-profile' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must remove roles from instance profile first.', status: 409 });
    await iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: 'web-profile', RoleName: 'web' }));
    await iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'web-profile' }));
    await expectAwsError(iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'web-profile' })), { name: 'NoSuchEntityException', message: 'Instance Profile web-profile cannot be found.', status: 404 });
  });

  test('service-linked roles: AWS path, protected from ordinary changes, deleted through their task', async () => {
    const role = (await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'elasticbeanstalk.amazonaws.com' }))).Role!;
    assert.equal(role.RoleName, 'AWSServiceRoleForElasticBeanstalk');
    assert.equal(role.Path, '/aws-service-role/elasticbeanstalk.amazonaws.com/');
    assert.equal(role.Arn, `arn:aws:iam::${ACCOUNT}:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk`);
    await expectAwsError(iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'elasticbeanstalk.amazonaws.com' })), {
      name: 'InvalidInputException', message: 'Service role name AWSServiceRoleForElasticBeanstalk has been taken in this account, please try a different suffix.', status: 400,
    });
    const protectedMessage = "Cannot perform the operation on the protected role 'AWSServiceRoleForElasticBeanstalk' - this role is only modifiable by AWS";
    await expectAwsError(iam.send(new DeleteRoleCommand({ RoleName: role.RoleName })), { name: 'UnmodifiableEntityException', message: protectedMessage, status: 400 });
    await expectAwsError(iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: role.RoleName, PolicyDocument: TRUST })), { name: 'UnmodifiableEntityException', message: protectedMessage, status: 400 });
    await expectAwsError(iam.send(new PutRolePolicyCommand({ RoleName: role.RoleName, PolicyName: 'x', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }) })), {
      name: 'UnmodifiableEntityException', message: protectedMessage, status: 400,
    });
    const { DeletionTaskId } = await iam.send(new DeleteServiceLinkedRoleCommand({ RoleName: role.RoleName }));
    assert.match(DeletionTaskId!, /^task\/aws-service-role\/elasticbeanstalk\.amazonaws\.com\/AWSServiceRoleForElasticBeanstalk\//);
    assert.equal((await iam.send(new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId }))).Status, 'SUCCEEDED');
    await expectAwsError(iam.send(new GetRoleCommand({ RoleName: role.RoleName })), { name: 'NoSuchEntityException', status: 404 });
  });

  test('OIDC and SAML providers are kept for STS, with their client ids, thumbprints and metadata', async () => {
    const { OpenIDConnectProviderArn: oidc } = await iam.send(new CreateOpenIDConnectProviderCommand({
      Url: 'https://token.actions.githubusercontent.com', ClientIDList: ['sts.amazonaws.com'], ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
    }));
    assert.equal(oidc, `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`);
    await expectAwsError(iam.send(new CreateOpenIDConnectProviderCommand({ Url: 'https://token.actions.githubusercontent.com', ThumbprintList: [] })), {
      name: 'EntityAlreadyExistsException', message: 'Provider with url https://token.actions.githubusercontent.com already exists.', status: 409,
    });
    await iam.send(new AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidc, ClientID: 'my-app' }));
    const got = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidc }));
    assert.equal(got.Url, 'token.actions.githubusercontent.com');
    assert.deepEqual(got.ClientIDList, ['sts.amazonaws.com', 'my-app']);
    assert.deepEqual((await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList, [{ Arn: oidc }]);
    const metadata = '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"></EntityDescriptor>'.padEnd(1000, ' ');
    const { SAMLProviderArn: saml } = await iam.send(new CreateSAMLProviderCommand({ Name: 'corp', SAMLMetadataDocument: metadata }));
    assert.equal((await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: saml }))).SAMLMetadataDocument, metadata);

    const api = await cloud.runtime.api<IamApi>('iam');
    assert.deepEqual(api.identityProvider(oidc!), { kind: 'oidc', url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com', 'my-app'], thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'] });
    assert.deepEqual(api.identityProvider(saml!), { kind: 'saml', metadataDocument: metadata });
    await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidc }));
    await expectAwsError(iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidc })), {
      name: 'NoSuchEntityException', message: `OpenIDConnect Provider not found for arn ${oidc}`, status: 404,
    });
  });

  test('tags: case-insensitive keys, 50 at most, and the caller identity sees a user\'s tags', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'tagged' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'tagged' }))).AccessKey!;
    await iam.send(new TagUserCommand({ UserName: 'tagged', Tags: [{ Key: 'Team', Value: 'a' }, { Key: 'env', Value: 'dev' }] }));
    await iam.send(new TagUserCommand({ UserName: 'tagged', Tags: [{ Key: 'team', Value: 'b' }] }));
    assert.deepEqual((await iam.send(new ListUserTagsCommand({ UserName: 'tagged' }))).Tags, [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'b' }]);
    assert.deepEqual(cloud.runtime.identities.resolve(key.AccessKeyId)!.tags, { env: 'dev', team: 'b' });
    await iam.send(new UntagUserCommand({ UserName: 'tagged', TagKeys: ['ENV'] }));
    assert.deepEqual((await iam.send(new ListUserTagsCommand({ UserName: 'tagged' }))).Tags, [{ Key: 'team', Value: 'b' }]);
    await iam.send(new CreateRoleCommand({ RoleName: 'tag-role', AssumeRolePolicyDocument: TRUST }));
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await iam.send(new TagRoleCommand({ RoleName: 'tag-role', Tags: fifty }));
    assert.equal((await iam.send(new ListRoleTagsCommand({ RoleName: 'tag-role' }))).Tags!.length, 50);
    await expectAwsError(iam.send(new TagRoleCommand({ RoleName: 'tag-role', Tags: [{ Key: 'one-more', Value: 'v' }] })), {
      name: 'LimitExceededException', message: 'The number of tags has reached the maximum limit.', status: 409,
    });
  });

  test('account alias, password policy, summary and authorization details', async () => {
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: 'my-team' }));
    assert.deepEqual((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases, ['my-team']);
    const other = new IAMClient({ ...clientConfig(cloud), credentials: { accessKeyId: '111111111111', secretAccessKey: 'test' } });
    try {
      await expectAwsError(other.send(new CreateAccountAliasCommand({ AccountAlias: 'my-team' })), { name: 'EntityAlreadyExistsException', message: 'The account alias my-team already exists.', status: 409 });
      // IAM is global: another account's state is its own, whatever the region.
      assert.deepEqual((await other.send(new ListAccountAliasesCommand({}))).AccountAliases, []);
    } finally {
      other.destroy();
    }
    const elsewhere = new IAMClient(clientConfig(cloud, 'eu-west-1'));
    assert.deepEqual((await elsewhere.send(new ListAccountAliasesCommand({}))).AccountAliases, ['my-team']);
    elsewhere.destroy();
    await expectAwsError(iam.send(new DeleteAccountAliasCommand({ AccountAlias: 'other' })), { name: 'NoSuchEntityException', message: 'The account alias other cannot be found.', status: 404 });

    await expectAwsError(iam.send(new GetAccountPasswordPolicyCommand({})), {
      name: 'NoSuchEntityException', message: `The Password Policy with domain name ${ACCOUNT} cannot be found.`, status: 404,
    });
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 12, RequireNumbers: true }));
    const policy = (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy!;
    assert.equal(policy.MinimumPasswordLength, 12);
    assert.equal(policy.RequireNumbers, true);
    await iam.send(new CreateUserCommand({ UserName: 'console' }));
    await expectAwsError(iam.send(new CreateLoginProfileCommand({ UserName: 'console', Password: 'short1' })), {
      name: 'PasswordPolicyViolationException', message: 'Password does not conform to the account password policy.', status: 400,
    });
    await iam.send(new CreateLoginProfileCommand({ UserName: 'console', Password: 'long-enough-123' }));

    const summary = (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap!;
    assert.equal(summary.Users, 2);
    assert.equal(summary.AccessKeysPerUserQuota, 2);
    assert.equal(summary.VersionsPerPolicyQuota, 5);

    const details = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Role'] }));
    assert.deepEqual(details.UserDetailList!.map((u) => u.UserName), ['console', 'tagged']);
    assert.ok(details.RoleDetailList!.some((r) => r.RoleName === 'tag-role' && decodeURIComponent(r.AssumeRolePolicyDocument!) === TRUST));
    assert.deepEqual(details.Policies, []);
    const paged = await iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1 }));
    assert.equal(paged.IsTruncated, true);
    assert.equal(paged.UserDetailList!.length, 1);
  });

  test('credential reports: STARTED, then the CSV as AWS lays it out, expired after 4 hours', async () => {
    await expectAwsError(iam.send(new GetCredentialReportCommand({})), { name: 'CredentialReportNotPresentException', status: 410 });
    assert.deepEqual(await iam.send(new GenerateCredentialReportCommand({})).then((r) => [r.State, r.Description]), ['STARTED', 'No report exists. Starting a new report generation task']);
    assert.equal((await iam.send(new GenerateCredentialReportCommand({}))).State, 'COMPLETE');
    const report = await iam.send(new GetCredentialReportCommand({}));
    assert.equal(report.ReportFormat, 'text/csv');
    const lines = Buffer.from(report.Content!).toString('utf8').split('\n');
    assert.equal(lines[0], 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated');
    assert.match(lines[1]!, new RegExp(`^<root_account>,arn:aws:iam::${ACCOUNT}:root,`));
    const tagged = lines.find((l) => l.startsWith('tagged,'))!.split(',');
    assert.equal(tagged[3], 'false');
    assert.equal(tagged[8], 'true');
    assert.match(tagged[9]!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    const console = lines.find((l) => l.startsWith('console,'))!.split(',');
    assert.equal(console[3], 'true');
    await advanceClock(cloud, '4h');
    await expectAwsError(iam.send(new GetCredentialReportCommand({})), { name: 'CredentialReportExpiredException', status: 410 });
  });

  test('the AWS CLI and boto3 speak to it (URL-encoded documents decoded by the clients)', async () => {
    const created = await aws(cloud, ['iam', 'create-role', '--role-name', 'cli-role', '--assume-role-policy-document', TRUST, '--max-session-duration', '7200']);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.Role.Arn, `arn:aws:iam::${ACCOUNT}:role/cli-role`);
    assert.deepEqual(created.json.Role.AssumeRolePolicyDocument, JSON.parse(TRUST));
    const attach = await aws(cloud, ['iam', 'attach-role-policy', '--role-name', 'cli-role', '--policy-arn', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
    assert.equal(attach.code, 0, attach.stderr);
    assert.deepEqual((await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'cli-role' }))).AttachedPolicies!.map((p) => p.PolicyName), ['AWSLambdaBasicExecutionRole']);
    const missing = await aws(cloud, ['iam', 'get-user', '--user-name', 'ghost']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /An error occurred \(NoSuchEntity\) when calling the GetUser operation( \(reached max retries: 0\))?: The user with name ghost cannot be found\./);

    const script = `
import boto3, json, sys
iam = boto3.client('iam', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
out = {}
iam.create_user(UserName='py-user')
out['key'] = iam.create_access_key(UserName='py-user')['AccessKey']['AccessKeyId']
arn = iam.create_policy(PolicyName='py-policy', PolicyDocument=json.dumps({'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': 's3:GetObject', 'Resource': '*'}]}))['Policy']['Arn']
out['document'] = iam.get_policy_version(PolicyArn=arn, VersionId='v1')['PolicyVersion']['Document']
pages = iam.get_paginator('list_policies').paginate(Scope='AWS', PaginationConfig={'PageSize': 4})
out['aws_policies'] = sum(len(page['Policies']) for page in pages)
try:
    iam.delete_user(UserName='py-user')
except iam.exceptions.DeleteConflictException as e:
    out['error'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
print(json.dumps(out))
`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('python3', ['-c', script, cloud.endpoint], { timeout: 60_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    const answer = JSON.parse(stdout);
    assert.match(answer.key, /^AKIA/);
    assert.deepEqual(answer.document, { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    const awsCount = (await iam.send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 1000 }))).Policies!.length;
    assert.equal(answer.aws_policies, awsCount);
    assert.deepEqual(answer.error, ['DeleteConflict', 'Cannot delete entity, must delete access keys first.', 409]);
  });
});

describe('IAM state across a restart', () => {
  test('users, policies and access keys survive; the key resolves again once IAM starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-iam-'));
    try {
      let cloud = await startTestCloud({ dataDir });
      let iam = new IAMClient(clientConfig(cloud));
      await iam.send(new CreateUserCommand({ UserName: 'kept' }));
      const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'kept' }))).AccessKey!;
      iam.destroy();
      await cloud.close();

      cloud = await startTestCloud({ dataDir });
      iam = new IAMClient(clientConfig(cloud));
      try {
        await cloud.runtime.api<IamApi>('iam');
        const identity = cloud.runtime.identities.resolve(key.AccessKeyId)!;
        assert.equal(identity.arn, `arn:aws:iam::${ACCOUNT}:user/kept`);
        assert.equal(identity.secretAccessKey, key.SecretAccessKey);
      } finally {
        iam.destroy();
        await cloud.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
