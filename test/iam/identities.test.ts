import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddUserToGroupCommand, AttachRolePolicyCommand, ChangePasswordCommand, GetLoginProfileCommand, AttachUserPolicyCommand, CreateAccessKeyCommand, CreateGroupCommand, CreateLoginProfileCommand,
  CreateRoleCommand, CreateUserCommand, DeleteAccessKeyCommand, DeleteGroupCommand, DeleteLoginProfileCommand, DeleteRoleCommand, DeleteRolePolicyCommand,
  DeleteUserCommand, DetachRolePolicyCommand, DetachUserPolicyCommand, GetAccessKeyLastUsedCommand, GetGroupCommand, GetRoleCommand, GetRolePolicyCommand,
  GetUserCommand, IAMClient, ListAccessKeysCommand, ListAttachedRolePoliciesCommand, ListGroupsForUserCommand, ListRolePoliciesCommand, ListRolesCommand,
  ListUsersCommand, PutRolePolicyCommand, PutUserPermissionsBoundaryCommand, RemoveUserFromGroupCommand, UpdateAccessKeyCommand, UpdateRoleCommand, UpdateUserCommand,
} from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import type { IamApi } from '../../src/services/iam/api.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const SEND = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:000000000000:orders' }] });

describe('IAM users, groups, roles and access keys', () => {
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

  test('users: create, get, list with paging, rename, and AWS errors', async () => {
    const created = (await iam.send(new CreateUserCommand({ UserName: 'alice', Path: '/team/', Tags: [{ Key: 'team', Value: 'a' }] }))).User!;
    assert.equal(created.Arn, `arn:aws:iam::${ACCOUNT}:user/team/alice`);
    assert.match(created.UserId!, /^AIDA[A-Z2-7]{17}$/);
    assert.deepEqual(created.Tags, [{ Key: 'team', Value: 'a' }]);
    await expectAwsError(iam.send(new CreateUserCommand({ UserName: 'ALICE' })), { name: 'EntityAlreadyExistsException', message: 'User with name ALICE already exists.', status: 409 });
    await expectAwsError(iam.send(new GetUserCommand({ UserName: 'nobody' })), { name: 'NoSuchEntityException', message: 'The user with name nobody cannot be found.', status: 404 });
    for (const name of ['bob', 'carol']) await iam.send(new CreateUserCommand({ UserName: name }));
    const first = await iam.send(new ListUsersCommand({ MaxItems: 2 }));
    assert.deepEqual(first.Users!.map((u) => u.UserName), ['alice', 'bob']);
    assert.equal(first.IsTruncated, true);
    const second = await iam.send(new ListUsersCommand({ MaxItems: 2, Marker: first.Marker }));
    assert.deepEqual(second.Users!.map((u) => u.UserName), ['carol']);
    assert.equal(second.IsTruncated, false);
    assert.deepEqual((await iam.send(new ListUsersCommand({ PathPrefix: '/team/' }))).Users!.map((u) => u.UserName), ['alice']);
    await iam.send(new UpdateUserCommand({ UserName: 'carol', NewUserName: 'caroline', NewPath: '/ops/' }));
    assert.equal((await iam.send(new GetUserCommand({ UserName: 'caroline' }))).User!.Arn, `arn:aws:iam::${ACCOUNT}:user/ops/caroline`);
    // Root and default keys: GetUser without a name answers the account's root user.
    const root = (await iam.send(new GetUserCommand({}))).User!;
    assert.equal(root.Arn, `arn:aws:iam::${ACCOUNT}:root`);
    assert.equal(root.UserId, ACCOUNT);
    assert.equal(root.UserName, undefined);
    // The root user's CreateDate is when IAM first served the account, and stays so.
    await advanceClock(cloud, '1d');
    assert.equal((await iam.send(new GetUserCommand({}))).User!.CreateDate!.getTime(), root.CreateDate!.getTime());
  });

  test('groups: membership, and DeleteConflict until the users are removed', async () => {
    await iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'bob' }));
    const group = await iam.send(new GetGroupCommand({ GroupName: 'devs' }));
    assert.match(group.Group!.GroupId!, /^AGPA[A-Z2-7]{17}$/);
    assert.deepEqual(group.Users!.map((u) => u.UserName), ['bob']);
    assert.deepEqual((await iam.send(new ListGroupsForUserCommand({ UserName: 'bob' }))).Groups!.map((g) => g.GroupName), ['devs']);
    await expectAwsError(iam.send(new DeleteGroupCommand({ GroupName: 'devs' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must remove users from group first.', status: 409 });
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'devs', UserName: 'bob' }));
    await iam.send(new DeleteGroupCommand({ GroupName: 'devs' }));
    await expectAwsError(iam.send(new GetGroupCommand({ GroupName: 'devs' })), { name: 'NoSuchEntityException', message: 'The group with name devs cannot be found.', status: 404 });
  });

  test('roles: trust policy, session duration, inline and attached policies, delete order', async () => {
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'worker', AssumeRolePolicyDocument: TRUST, Description: 'runs', MaxSessionDuration: 7200 }))).Role!;
    assert.equal(role.Arn, `arn:aws:iam::${ACCOUNT}:role/worker`);
    assert.match(role.RoleId!, /^AROA[A-Z2-7]{17}$/);
    assert.equal(decodeURIComponent(role.AssumeRolePolicyDocument!), TRUST);
    await expectAwsError(iam.send(new CreateRoleCommand({ RoleName: 'short', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 100 })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
      status: 400,
    });
    await expectAwsError(iam.send(new CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{"Statement": [' })), { name: 'MalformedPolicyDocumentException', message: 'Syntax errors in policy.', status: 400 });
    await iam.send(new UpdateRoleCommand({ RoleName: 'worker', MaxSessionDuration: 43200 }));
    const got = (await iam.send(new GetRoleCommand({ RoleName: 'worker' }))).Role!;
    assert.equal(got.MaxSessionDuration, 43200);
    assert.equal(got.Description, 'runs');
    assert.equal((await iam.send(new ListRolesCommand({}))).Roles!.some((r) => r.RoleName === 'worker'), true);

    await iam.send(new PutRolePolicyCommand({ RoleName: 'worker', PolicyName: 'send', PolicyDocument: SEND }));
    assert.equal(decodeURIComponent((await iam.send(new GetRolePolicyCommand({ RoleName: 'worker', PolicyName: 'send' }))).PolicyDocument!), SEND);
    assert.deepEqual((await iam.send(new ListRolePoliciesCommand({ RoleName: 'worker' }))).PolicyNames, ['send']);
    await expectAwsError(iam.send(new GetRolePolicyCommand({ RoleName: 'worker', PolicyName: 'none' })), { name: 'NoSuchEntityException', message: 'The role policy with name none cannot be found.', status: 404 });
    const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'worker', PolicyArn: basic }));
    assert.deepEqual((await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'worker' }))).AttachedPolicies, [{ PolicyArn: basic, PolicyName: 'AWSLambdaBasicExecutionRole' }]);
    await expectAwsError(iam.send(new AttachRolePolicyCommand({ RoleName: 'worker', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/missing` })), {
      name: 'NoSuchEntityException', message: `Policy arn:aws:iam::${ACCOUNT}:policy/missing does not exist or is not attachable.`, status: 404,
    });

    // What enforcement and STS read: the role, its policies (inline + attached).
    const api = await cloud.runtime.api<IamApi>('iam');
    assert.equal(api.role(`arn:aws:iam::${ACCOUNT}:role/worker`)?.maxSessionDurationSeconds, 43200);
    assert.equal(api.role(`arn:aws:iam::${ACCOUNT}:role/nope`), undefined);
    const policies = api.policiesOf(`arn:aws:iam::${ACCOUNT}:role/worker`)!;
    assert.deepEqual(policies.identityPolicies.map((p) => p.id), [`role/worker/send`, basic]);
    assert.equal(api.managedPolicyDocument(basic), policies.identityPolicies[1]!.document);

    await expectAwsError(iam.send(new DeleteRoleCommand({ RoleName: 'worker' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must delete policies first.', status: 409 });
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'worker', PolicyName: 'send' }));
    await expectAwsError(iam.send(new DeleteRoleCommand({ RoleName: 'worker' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must detach all policies first.', status: 409 });
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'worker', PolicyArn: basic }));
    await iam.send(new DeleteRoleCommand({ RoleName: 'worker' }));
    await expectAwsError(iam.send(new GetRoleCommand({ RoleName: 'worker' })), { name: 'NoSuchEntityException', message: 'The role with name worker cannot be found.', status: 404 });
  });

  test('access keys: two a user, the identity behind a key, Inactive keys, deletion order', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'dave', Tags: [{ Key: 'dept', Value: 'eng' }] }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'dave' }))).AccessKey!;
    assert.match(key.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
    assert.equal(key.SecretAccessKey!.length, 40);
    assert.equal(key.Status, 'Active');
    await iam.send(new CreateAccessKeyCommand({ UserName: 'dave' }));
    await expectAwsError(iam.send(new CreateAccessKeyCommand({ UserName: 'dave' })), { name: 'LimitExceededException', message: 'Cannot exceed quota for AccessKeysPerUser: 2', status: 409 });
    assert.equal((await iam.send(new ListAccessKeysCommand({ UserName: 'dave' }))).AccessKeyMetadata!.length, 2);

    const identity = cloud.runtime.identities.resolve(key.AccessKeyId)!;
    assert.equal(identity.kind, 'user');
    assert.equal(identity.arn, `arn:aws:iam::${ACCOUNT}:user/dave`);
    assert.equal(identity.principalArn, identity.arn);
    assert.equal(identity.secretAccessKey, key.SecretAccessKey);
    assert.equal(identity.userName, 'dave');
    assert.match(identity.userId, /^AIDA/);
    assert.deepEqual(identity.tags, { dept: 'eng' });
    assert.equal(identity.active, true);
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'dave', AccessKeyId: key.AccessKeyId, Status: 'Inactive' }));
    assert.equal(cloud.runtime.identities.resolve(key.AccessKeyId)!.active, false);
    const lastUsed = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }));
    assert.equal(lastUsed.UserName, 'dave');

    // A user with a key, a boundary and a group is deleted only once they are gone.
    await iam.send(new PutUserPermissionsBoundaryCommand({ UserName: 'dave', PermissionsBoundary: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
    assert.equal((await iam.send(new GetUserCommand({ UserName: 'dave' }))).User!.PermissionsBoundary?.PermissionsBoundaryArn, 'arn:aws:iam::aws:policy/AdministratorAccess');
    await iam.send(new CreateLoginProfileCommand({ UserName: 'dave', Password: 'Secret-123' }));
    await expectAwsError(iam.send(new DeleteUserCommand({ UserName: 'dave' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must delete login profile first.', status: 409 });
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'dave' }));
    await expectAwsError(iam.send(new DeleteUserCommand({ UserName: 'dave' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must delete access keys first.', status: 409 });
    for (const k of (await iam.send(new ListAccessKeysCommand({ UserName: 'dave' }))).AccessKeyMetadata!) {
      await iam.send(new DeleteAccessKeyCommand({ UserName: 'dave', AccessKeyId: k.AccessKeyId }));
    }
    await expectAwsError(iam.send(new DeleteAccessKeyCommand({ UserName: 'dave', AccessKeyId: key.AccessKeyId })), { name: 'NoSuchEntityException', message: `The Access Key with id ${key.AccessKeyId} cannot be found.`, status: 404 });
    assert.equal(cloud.runtime.identities.resolve(key.AccessKeyId), undefined);
    await iam.send(new AttachUserPolicyCommand({ UserName: 'dave', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
    await expectAwsError(iam.send(new DeleteUserCommand({ UserName: 'dave' })), { name: 'DeleteConflictException', message: 'Cannot delete entity, must detach all policies first.', status: 409 });
    await iam.send(new DetachUserPolicyCommand({ UserName: 'dave', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
    await iam.send(new DeleteUserCommand({ UserName: 'dave' }));
  });

  test('GetUser without a name answers for the user whose key signed the request', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'erin' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'erin' }))).AccessKey!;
    const asErin = new IAMClient({ ...clientConfig(cloud), credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    try {
      const me = (await asErin.send(new GetUserCommand({}))).User!;
      assert.equal(me.UserName, 'erin');
      assert.equal(me.Arn, `arn:aws:iam::${ACCOUNT}:user/erin`);
      // A user changes their own console password; the reset flag clears.
      await iam.send(new CreateLoginProfileCommand({ UserName: 'erin', Password: 'First-pass-1', PasswordResetRequired: true }));
      await asErin.send(new ChangePasswordCommand({ OldPassword: 'First-pass-1', NewPassword: 'Second-pass-2' }));
      assert.equal((await iam.send(new GetLoginProfileCommand({ UserName: 'erin' }))).LoginProfile!.PasswordResetRequired, false);
      // The user's own keys are listed without a UserName.
      assert.deepEqual((await asErin.send(new ListAccessKeysCommand({}))).AccessKeyMetadata!.map((k) => k.AccessKeyId), [key.AccessKeyId]);
    } finally {
      asErin.destroy();
    }
  });
});
