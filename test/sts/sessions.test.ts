import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AssumeRoleCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import type { StsApi } from '../../src/services/sts/api.js';
import { encodeAuthorizationMessage } from '../../src/services/sts/authorization-messages.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const TRUST_ACCOUNT = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }] });

/** Sessions of roles IAM knows, of users and federated users, and what STS says of keys and messages (enforcement off). */
describe('STS sessions', () => {
  let cloud: Cloud;
  let sts: STSClient;
  let iam: IAMClient;
  const clients: Array<{ destroy(): void }> = [];
  let roleArn: string;
  let user: { AccessKeyId: string; SecretAccessKey: string; arn: string; userId: string };

  before(async () => {
    cloud = await startTestCloud();
    sts = new STSClient(clientConfig(cloud));
    iam = new IAMClient(clientConfig(cloud));
    clients.push(sts, iam);
    const role = await iam.send(new CreateRoleCommand({ RoleName: 'worker', Path: '/apps/', AssumeRolePolicyDocument: TRUST_ACCOUNT, MaxSessionDuration: 7200, Tags: [{ Key: 'team', Value: 'core' }] }));
    roleArn = role.Role!.Arn!;
    const created = await iam.send(new CreateUserCommand({ UserName: 'alice' }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
    user = { AccessKeyId: key.AccessKey!.AccessKeyId!, SecretAccessKey: key.AccessKey!.SecretAccessKey!, arn: created.User!.Arn!, userId: created.User!.UserId! };
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await cloud.close();
  });

  function stsWith(credentials: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string }): STSClient {
    const client = new STSClient({ ...clientConfig(cloud), credentials: { accessKeyId: credentials.AccessKeyId!, secretAccessKey: credentials.SecretAccessKey!, sessionToken: credentials.SessionToken } });
    clients.push(client);
    return client;
  }

  test("a known role's session: its role id, its MaxSessionDuration, the path left out of the session ARN", async () => {
    const result = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'job-1', DurationSeconds: 7200 }));
    assert.equal(result.AssumedRoleUser!.Arn, 'arn:aws:sts::000000000000:assumed-role/worker/job-1');
    const roleId = (await iam.send(new CreateRoleCommand({ RoleName: 'other', AssumeRolePolicyDocument: TRUST_ACCOUNT }))).Role!.RoleId!;
    assert.match(roleId, /^AROA/);
    assert.match(result.AssumedRoleUser!.AssumedRoleId!, /^AROA[A-Z0-9]+:job-1$/);
    // IAM's RoleLastUsed says when and where the role was last assumed.
    const lastUsed = (await iam.send(new GetRoleCommand({ RoleName: 'worker' }))).Role!.RoleLastUsed!;
    assert.equal(lastUsed.Region, 'us-east-1');
    assert.ok(lastUsed.LastUsedDate instanceof Date && Math.abs(lastUsed.LastUsedDate.getTime() - result.Credentials!.Expiration!.getTime() + 7200_000) < 5_000);
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'job-2', DurationSeconds: 7201 })), {
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      status: 400,
    });
  });

  test('session policies and tags: PackedPolicySize, and the limits AWS keeps', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] });
    const result = await sts.send(new AssumeRoleCommand({
      RoleArn: roleArn,
      RoleSessionName: 'scoped',
      Policy: policy,
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
      Tags: [{ Key: 'project', Value: 'pegasus' }],
      TransitiveTagKeys: ['project'],
    }));
    assert.ok(result.PackedPolicySize! > 0 && result.PackedPolicySize! <= 100, `PackedPolicySize ${result.PackedPolicySize}`);
    const session = cloud.runtime.identities.resolve(result.Credentials!.AccessKeyId)!;
    assert.equal(session.kind, 'assumed-role');
    assert.equal(session.principalArn, roleArn);
    assert.deepEqual(session.tags, { team: 'core', project: 'pegasus' });
    assert.equal(session.sessionPolicies!.length, 2);
    assert.equal(session.sessionPolicies![0], policy);
    assert.match(session.sessionPolicies![1]!, /"Action" : "\*"/);

    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Policy: '{"Version":' })), {
      name: 'MalformedPolicyDocumentException',
      message: 'The policy is not in the valid JSON format.',
      status: 400,
      code: 'MalformedPolicyDocument',
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] }) })), {
      name: 'MalformedPolicyDocumentException',
      message: 'Policy document should not specify a principal.',
      status: 400,
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Policy: 'x'.repeat(2049) })), {
      name: 'ValidationError',
      message: /^1 validation error detected: Value '.*' at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048$/,
      status: 400,
    });
    const tenArns = Array.from({ length: 11 }, (_, i) => ({ arn: `arn:aws:iam::000000000000:policy/p${i}` }));
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', PolicyArns: tenArns })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10",
    });
    const bigTags = Array.from({ length: 9 }, (_, i) => ({ Key: `T${i + 1}`, Value: 'a'.repeat(250) }));
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Tags: bigTags })), {
      name: 'PackedPolicyTooLargeException',
      message: 'Packed size of session tags consumes 498% of allotted space.',
      status: 400,
      code: 'PackedPolicyTooLarge',
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Tags: [{ Key: 'Env', Value: 'a' }, { Key: 'env', Value: 'b' }] })), {
      name: 'ValidationError',
      message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Tags: [{ Key: 'a', Value: 'b' }], TransitiveTagKeys: ['c'] })), {
      name: 'ValidationError',
      message: 'The specified transitive tag key must be included in the requested tags.',
    });
  });

  test('role chaining: transitive tags pass on, and a chained session lasts at most an hour', async () => {
    const first = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'first', Tags: [{ Key: 'project', Value: 'pegasus' }, { Key: 'stage', Value: 'dev' }], TransitiveTagKeys: ['project'] }));
    const chained = stsWith(first.Credentials!);
    await expectAwsError(chained.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'second', DurationSeconds: 3601 })), {
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    const second = await chained.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/unknown-elsewhere', RoleSessionName: 'second' }));
    assert.deepEqual(cloud.runtime.identities.resolve(second.Credentials!.AccessKeyId)!.tags, { project: 'pegasus' });
  });

  test("GetSessionToken: the user's own identity on temporary keys; refused to sessions; root gets an hour at most", async () => {
    const alice = stsWith(user);
    assert.equal((await alice.send(new GetCallerIdentityCommand({}))).Arn, user.arn);
    const result = await alice.send(new GetSessionTokenCommand({ DurationSeconds: 129_600 }));
    const now = cloud.clock.now();
    assert.ok(Math.abs(result.Credentials!.Expiration!.getTime() - (now + 129_600_000)) < 5_000);
    const temporary = stsWith(result.Credentials!);
    const identity = await temporary.send(new GetCallerIdentityCommand({}));
    assert.deepEqual([identity.Arn, identity.UserId, identity.Account], [user.arn, user.userId, '000000000000']);
    await expectAwsError(temporary.send(new GetSessionTokenCommand({})), { name: 'AccessDenied', message: 'Cannot call GetSessionToken with session credentials', status: 403 });
    await expectAwsError(temporary.send(new GetFederationTokenCommand({ Name: 'bob' })), { name: 'AccessDenied', message: 'Cannot call GetFederationToken with session credentials', status: 403 });
    await expectAwsError(alice.send(new GetSessionTokenCommand({ DurationSeconds: 129_601 })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600",
    });

    const root = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 7200 }));
    assert.ok(Math.abs(root.Credentials!.Expiration!.getTime() - (cloud.clock.now() + 3_600_000)) < 5_000);
    assert.equal((await stsWith(root.Credentials!).send(new GetCallerIdentityCommand({}))).Arn, 'arn:aws:iam::000000000000:root');
  });

  test('GetFederationToken: a federated user whose permissions are cut to its session policies', async () => {
    const alice = stsWith(user);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] });
    const result = await alice.send(new GetFederationTokenCommand({ Name: 'bob', Policy: policy, DurationSeconds: 900 }));
    assert.equal(result.FederatedUser!.Arn, 'arn:aws:sts::000000000000:federated-user/bob');
    assert.equal(result.FederatedUser!.FederatedUserId, '000000000000:bob');
    assert.ok(result.PackedPolicySize! > 0);
    const identity = await stsWith(result.Credentials!).send(new GetCallerIdentityCommand({}));
    assert.deepEqual([identity.Arn, identity.UserId], ['arn:aws:sts::000000000000:federated-user/bob', '000000000000:bob']);
    const session = cloud.runtime.identities.resolve(result.Credentials!.AccessKeyId)!;
    assert.equal(session.kind, 'federated-user');
    assert.equal(session.principalArn, user.arn);
    assert.deepEqual(session.sessionPolicies, [policy]);
    // Without a policy the federated user is given none: nothing is allowed.
    const bare = await alice.send(new GetFederationTokenCommand({ Name: 'carol' }));
    assert.deepEqual(cloud.runtime.identities.resolve(bare.Credentials!.AccessKeyId)!.sessionPolicies, []);
    await expectAwsError(alice.send(new GetFederationTokenCommand({ Name: 'x' })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value 'x' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2",
    });
  });

  test("GetAccessKeyInfo: IAM's and STS's keys by lookup, others the default account", async () => {
    const session = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::444455556666:role/any', RoleSessionName: 'info' }));
    assert.equal((await sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: session.Credentials!.AccessKeyId! }))).Account, '444455556666');
    assert.equal((await sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: user.AccessKeyId }))).Account, '000000000000');
    assert.equal((await sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' }))).Account, '000000000000');
  });

  test('DecodeAuthorizationMessage decodes what Nimbus encoded and refuses anything else', async () => {
    const encoded = encodeAuthorizationMessage({
      allowed: false,
      explicitDeny: false,
      matchedStatements: [],
      failures: [],
      principal: { id: user.userId, name: 'alice', arn: user.arn },
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:us-east-1:000000000000:instance/*',
      conditions: { 'aws:RequestedRegion': 'us-east-1' },
    });
    assert.match(encoded, /^[A-Za-z0-9_-]+$/);
    const decoded = JSON.parse((await sts.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: encoded }))).DecodedMessage!);
    assert.deepEqual(decoded, {
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      failures: { items: [] },
      context: {
        principal: { id: user.userId, name: 'alice', arn: user.arn },
        action: 'ec2:RunInstances',
        resource: 'arn:aws:ec2:us-east-1:000000000000:instance/*',
        conditions: { items: [{ key: 'aws:RequestedRegion', values: { items: [{ value: 'us-east-1' }] } }] },
      },
    });
    await expectAwsError(sts.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: `${encoded.slice(0, -4)}AAAA` })), {
      name: 'InvalidAuthorizationMessageException',
      message: 'The encoded authorization message is invalid.',
      status: 400,
    });
  });

  test("StsApi.credentialsForService: a session of the role for the service, reused while it has time left", async () => {
    const api = await cloud.runtime.api<StsApi>('sts');
    const first = await api.credentialsForService({ roleArn, sessionName: 'my-function', servicePrincipal: 'lambda.amazonaws.com' });
    assert.match(first.accessKeyId, /^ASIA/);
    const identity = cloud.runtime.identities.resolve(first.accessKeyId)!;
    assert.equal(identity.arn, 'arn:aws:sts::000000000000:assumed-role/worker/my-function');
    assert.equal(first.expiration, identity.expiresAt);
    const again = await api.credentialsForService({ roleArn, sessionName: 'my-function', servicePrincipal: 'lambda.amazonaws.com' });
    assert.equal(again.accessKeyId, first.accessKeyId);
    await advanceClock(cloud, '50m');
    const renewed = await api.credentialsForService({ roleArn, sessionName: 'my-function', servicePrincipal: 'lambda.amazonaws.com' });
    assert.notEqual(renewed.accessKeyId, first.accessKeyId);
  });

  test('expired sessions stay resolvable (ExpiredToken) for a day, then are swept from the store', async () => {
    const result = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/brief', RoleSessionName: 'brief', DurationSeconds: 900 }));
    const key = result.Credentials!.AccessKeyId!;
    const session = stsWith(result.Credentials!);
    await advanceClock(cloud, '16m');
    await expectAwsError(session.send(new GetCallerIdentityCommand({})), { name: 'ExpiredToken', message: 'The security token included in the request is expired', status: 403 });
    assert.ok(cloud.runtime.identities.resolve(key));
    await advanceClock(cloud, '25h');
    assert.equal(cloud.runtime.identities.resolve(key), undefined);
    const rows = cloud.runtime.store.db.prepare('SELECT COUNT(*) AS n FROM sts_sessions WHERE access_key_id = ?').get(key) as { n: number };
    assert.equal(rows.n, 0);
  });
});
