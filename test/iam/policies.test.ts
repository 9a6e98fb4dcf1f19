import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AttachGroupPolicyCommand, AttachRolePolicyCommand, AttachUserPolicyCommand, CreateGroupCommand, CreatePolicyCommand, CreatePolicyVersionCommand, CreateRoleCommand,
  CreateUserCommand, DeletePolicyCommand, DeletePolicyVersionCommand, DeleteUserPolicyCommand, DetachGroupPolicyCommand, DetachRolePolicyCommand, DetachUserPolicyCommand,
  GetPolicyCommand, GetPolicyVersionCommand, GetUserPolicyCommand, IAMClient, ListAttachedUserPoliciesCommand, ListEntitiesForPolicyCommand, ListPoliciesCommand,
  ListPolicyTagsCommand, ListPolicyVersionsCommand, ListUserPoliciesCommand, PutGroupPolicyCommand, PutUserPolicyCommand, SetDefaultPolicyVersionCommand, TagPolicyCommand,
  UntagPolicyCommand, AddUserToGroupCommand, PutRolePermissionsBoundaryCommand, GetRoleCommand,
} from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import type { IamApi } from '../../src/services/iam/api.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const doc = (action: string, resource = '*') => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] });
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

/** As https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html publishes it. */
const BASIC_EXECUTION_PUBLISHED = `{
  "Version" : "2012-10-17",
  "Statement" : [
    {
      "Effect" : "Allow",
      "Action" : [
        "logs:CreateLogGroup",
        "logs:CreateLogStream",
        "logs:PutLogEvents"
      ],
      "Resource" : "*"
    }
  ]
}`;

/** As https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaRole.html publishes it. */
const LAMBDA_ROLE_PUBLISHED = `{
  "Version" : "2012-10-17",
  "Statement" : [
    {
      "Effect" : "Allow",
      "Action" : [
        "lambda:InvokeFunction"
      ],
      "Resource" : [
        "*"
      ]
    }
  ]
}`;

describe('IAM managed and inline policies', () => {
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

  test('AWS-managed policies: listed with Scope=AWS, their documents exactly as AWS publishes them, not deletable', async () => {
    const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: basic }))).Policy!;
    assert.equal(policy.PolicyName, 'AWSLambdaBasicExecutionRole');
    assert.equal(policy.Path, '/service-role/');
    assert.equal(policy.DefaultVersionId, 'v1');
    assert.equal(policy.IsAttachable, true);
    assert.match(policy.PolicyId!, /^ANPA[A-Z2-7]{17}$/);
    const version = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: basic, VersionId: 'v1' }))).PolicyVersion!;
    assert.equal(decodeURIComponent(version.Document!), BASIC_EXECUTION_PUBLISHED);
    const lambdaRole = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaRole', VersionId: 'v1' }))).PolicyVersion!;
    assert.equal(decodeURIComponent(lambdaRole.Document!), LAMBDA_ROLE_PUBLISHED);

    const aws = (await iam.send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 1000 }))).Policies!.map((p) => p.Arn);
    for (const name of [
      'AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'IAMFullAccess', 'AmazonS3ReadOnlyAccess', 'AmazonS3FullAccess', 'AmazonDynamoDBFullAccess',
      'AmazonDynamoDBReadOnlyAccess', 'AmazonSQSFullAccess', 'AmazonSNSFullAccess', 'CloudWatchLogsFullAccess', 'AWSXRayDaemonWriteAccess',
    ]) {
      assert.ok(aws.includes(`arn:aws:iam::aws:policy/${name}`), name);
    }
    for (const name of ['AWSLambdaKinesisExecutionRole', 'AWSLambdaSQSQueueExecutionRole', 'AWSLambdaDynamoDBExecutionRole', 'AWSLambdaRole', 'AWSCodeDeployRoleForLambda']) {
      assert.ok(aws.includes(`arn:aws:iam::aws:policy/service-role/${name}`), name);
    }
    assert.equal((await iam.send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }))).Policy!.PolicyId, 'ANPAIWMBCKSKIEE64ZLYK');
    assert.deepEqual((await iam.send(new ListPoliciesCommand({ Scope: 'AWS', PathPrefix: '/service-role/' }))).Policies!.every((p) => p.Path === '/service-role/'), true);
    await expectAwsError(iam.send(new DeletePolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' })), { name: 'AccessDenied', status: 403 });
    await expectAwsError(iam.send(new GetPolicyVersionCommand({ PolicyArn: basic, VersionId: 'v2' })), {
      name: 'NoSuchEntityException', message: `Policy ${basic} version v2 does not exist or is not attachable.`, status: 404,
    });
  });

  test('customer policies: five versions at most, the default version, deletion order', async () => {
    const created = (await iam.send(new CreatePolicyCommand({ PolicyName: 'queue-send', Path: '/app/', PolicyDocument: doc('sqs:SendMessage'), Description: 'send', Tags: [{ Key: 'k', Value: 'v' }] }))).Policy!;
    const arn = `arn:aws:iam::${ACCOUNT}:policy/app/queue-send`;
    assert.equal(created.Arn, arn);
    assert.equal(created.DefaultVersionId, 'v1');
    assert.equal(created.AttachmentCount, 0);
    await expectAwsError(iam.send(new CreatePolicyCommand({ PolicyName: 'queue-send', PolicyDocument: doc('sqs:SendMessage') })), {
      name: 'EntityAlreadyExistsException', message: 'A policy called queue-send already exists. Duplicate names are not allowed.', status: 409,
    });
    for (let i = 2; i <= 5; i++) await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc(`sqs:Action${i}`), SetAsDefault: i === 3 }));
    await expectAwsError(iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('sqs:Six') })), {
      name: 'LimitExceededException', message: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.', status: 409,
    });
    assert.equal((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!.DefaultVersionId, 'v3');
    const versions = (await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions!;
    assert.deepEqual(versions.map((v) => v.VersionId), ['v5', 'v4', 'v3', 'v2', 'v1']);
    assert.deepEqual(versions.filter((v) => v.IsDefaultVersion).map((v) => v.VersionId), ['v3']);
    await expectAwsError(iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' })), { name: 'DeleteConflictException', message: 'Cannot delete the default version of a policy.', status: 409 });
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' }));
    assert.equal(decodeURIComponent((await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' }))).PolicyVersion!.Document!), doc('sqs:Action5'));
    const api = await cloud.runtime.api<IamApi>('iam');
    assert.equal(api.managedPolicyDocument(arn), doc('sqs:Action5'));

    await iam.send(new TagPolicyCommand({ PolicyArn: arn, Tags: [{ Key: 'team', Value: 'x' }] }));
    await iam.send(new UntagPolicyCommand({ PolicyArn: arn, TagKeys: ['k'] }));
    assert.deepEqual((await iam.send(new ListPolicyTagsCommand({ PolicyArn: arn }))).Tags, [{ Key: 'team', Value: 'x' }]);

    await iam.send(new CreateUserCommand({ UserName: 'pat' }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'pat', PolicyArn: arn }));
    assert.equal((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!.AttachmentCount, 1);
    await expectAwsError(iam.send(new DeletePolicyCommand({ PolicyArn: arn })), { name: 'DeleteConflictException', message: 'Cannot delete a policy attached to entities.', status: 409 });
    await iam.send(new DetachUserPolicyCommand({ UserName: 'pat', PolicyArn: arn }));
    await expectAwsError(iam.send(new DetachUserPolicyCommand({ UserName: 'pat', PolicyArn: arn })), { name: 'NoSuchEntityException', message: `Policy ${arn} was not found.`, status: 404 });
    await expectAwsError(iam.send(new DeletePolicyCommand({ PolicyArn: arn })), {
      name: 'DeleteConflictException',
      message: "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      status: 409,
    });
    for (const v of ['v1', 'v2', 'v3', 'v4']) await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: v }));
    await iam.send(new DeletePolicyCommand({ PolicyArn: arn }));
    await expectAwsError(iam.send(new GetPolicyCommand({ PolicyArn: arn })), { name: 'NoSuchEntityException', message: `Policy ${arn} was not found.`, status: 404 });
  });

  test('policy documents are checked with IAM wording (MalformedPolicyDocument)', async () => {
    const cases: Array<[string, string]> = [
      ['not json', 'Syntax errors in policy.'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] }), 'Policy statement must contain resources.'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }), 'Policy statement must contain actions.'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] }), 'Policy document should not specify a principal.'],
      [JSON.stringify({ Version: '2001-01-01', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }), 'The policy failed legacy parsing'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'GetObject', Resource: '*' }] }), 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'],
    ];
    for (const [document, message] of cases) {
      await expectAwsError(iam.send(new CreatePolicyCommand({ PolicyName: 'bad', PolicyDocument: document })), { name: 'MalformedPolicyDocumentException', message, status: 400 });
    }
    await expectAwsError(iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'x.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }] }) })), {
      name: 'MalformedPolicyDocumentException', message: 'Has prohibited field Resource', status: 400,
    });
    await expectAwsError(iam.send(new CreatePolicyCommand({ PolicyName: 'huge', PolicyDocument: doc('s3:GetObject', 'arn:aws:s3:::' + 'b'.repeat(6200)) })), {
      name: 'LimitExceededException', message: 'Cannot exceed quota for PolicySize: 6144', status: 409,
    });
  });

  test('inline policies, groups and boundaries: what policiesOf gives enforcement for a user', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'quinn', Tags: [{ Key: 'team', Value: 'blue' }] }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'quinn', PolicyName: 'own', PolicyDocument: doc('sqs:SendMessage') }));
    assert.deepEqual((await iam.send(new ListUserPoliciesCommand({ UserName: 'quinn' }))).PolicyNames, ['own']);
    assert.equal(decodeURIComponent((await iam.send(new GetUserPolicyCommand({ UserName: 'quinn', PolicyName: 'own' }))).PolicyDocument!), doc('sqs:SendMessage'));
    await expectAwsError(iam.send(new DeleteUserPolicyCommand({ UserName: 'quinn', PolicyName: 'other' })), { name: 'NoSuchEntityException', message: 'The user policy with name other cannot be found.', status: 404 });
    await iam.send(new CreateGroupCommand({ GroupName: 'readers' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'quinn' }));
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'readers', PolicyName: 'read', PolicyDocument: doc('s3:GetObject') }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'readers', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'quinn', PolicyArn: 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess' }));
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'none', PermissionsBoundary: 'arn:aws:iam::aws:policy/AdministratorAccess' })).then(
      () => assert.fail('a boundary on a missing role'), (e) => assert.equal(e.name, 'NoSuchEntityException'));

    const api = await cloud.runtime.api<IamApi>('iam');
    const policies = api.policiesOf(`arn:aws:iam::${ACCOUNT}:user/quinn`)!;
    assert.deepEqual(policies.identityPolicies.map((p) => p.id), [
      'user/quinn/own', 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess', 'group/readers/read', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    ]);
    assert.deepEqual(policies.tags, { team: 'blue' });
    assert.equal(policies.permissionsBoundary, undefined);
    assert.equal(api.policiesOf(`arn:aws:iam::${ACCOUNT}:user/nobody`), undefined);

    const attached = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'quinn' }));
    assert.deepEqual(attached.AttachedPolicies, [{ PolicyArn: 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess', PolicyName: 'AWSXRayDaemonWriteAccess' }]);
    const entities = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    assert.deepEqual(entities.PolicyGroups!.map((g) => g.GroupName), ['readers']);
    assert.deepEqual(entities.PolicyUsers, []);
    assert.deepEqual((await iam.send(new ListPoliciesCommand({ OnlyAttached: true }))).Policies!.map((p) => p.PolicyName).sort(), ['AWSXRayDaemonWriteAccess', 'AmazonS3ReadOnlyAccess']);
    await iam.send(new DetachGroupPolicyCommand({ GroupName: 'readers', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
  });

  test('a role has at most 10 managed policies attached', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'crowded', AssumeRolePolicyDocument: TRUST }));
    for (let i = 0; i < 10; i++) {
      const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: `p${i}`, PolicyDocument: doc('s3:GetObject') }));
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'crowded', PolicyArn: Policy!.Arn }));
    }
    await expectAwsError(iam.send(new AttachRolePolicyCommand({ RoleName: 'crowded', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' })), {
      name: 'LimitExceededException', message: 'Cannot exceed quota for PoliciesPerRole: 10', status: 409,
    });
    const api = await cloud.runtime.api<IamApi>('iam');
    assert.equal(api.policiesOf(`arn:aws:iam::${ACCOUNT}:role/crowded`)!.identityPolicies.length, 10);
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'crowded', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/p0` }));

    // A boundary: listed by ListEntitiesForPolicy's PermissionsBoundary filter, and given to enforcement.
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'crowded', PermissionsBoundary: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    const bounded = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', PolicyUsageFilter: 'PermissionsBoundary' }));
    assert.deepEqual(bounded.PolicyRoles!.map((r) => r.RoleName), ['crowded']);
    assert.equal((await iam.send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }))).Policy!.PermissionsBoundaryUsageCount, 1);
    assert.equal(api.policiesOf(`arn:aws:iam::${ACCOUNT}:role/crowded`)!.permissionsBoundary, api.managedPolicyDocument('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'));
    await expectAwsError(iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'crowded', PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/none` })), {
      name: 'NoSuchEntityException', message: `Scope ARN: arn:aws:iam::${ACCOUNT}:policy/none does not exist or is not attachable.`, status: 404,
    });

    // STS records a role's use; GetRole shows it (on the virtual clock).
    api.roleUsed!(`arn:aws:iam::${ACCOUNT}:role/crowded`, 'eu-west-1');
    const lastUsed = (await iam.send(new GetRoleCommand({ RoleName: 'crowded' }))).Role!.RoleLastUsed!;
    assert.equal(lastUsed.Region, 'eu-west-1');
    assert.ok(Math.abs(lastUsed.LastUsedDate!.getTime() - cloud.clock.now()) < 2_000, 'used now on the clock');
  });
});
