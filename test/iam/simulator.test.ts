import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import {
  AddUserToGroupCommand, AttachUserPolicyCommand, CreateGroupCommand, CreatePolicyCommand, CreateRoleCommand, CreateUserCommand, GetContextKeysForCustomPolicyCommand,
  GetContextKeysForPrincipalPolicyCommand, IAMClient, PutGroupPolicyCommand, PutRolePermissionsBoundaryCommand, PutRolePolicyCommand, PutUserPolicyCommand,
  SimulateCustomPolicyCommand, SimulatePrincipalPolicyCommand, type EvaluationResult,
} from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`;
const json = (value: object) => JSON.stringify(value);

describe('IAM policy simulator', () => {
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

  test('SimulateCustomPolicy: positions of the deciding statements, per-resource results, missing context keys', async () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "sqs:*", "Resource": "*"},\n    {"Sid": "NoDelete", "Effect": "Deny", "Action": "sqs:DeleteQueue", "Resource": "*",\n     "Condition": {"StringEquals": {"aws:RequestedRegion": "us-east-1"}}}\n  ]\n}';
    const output = await iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: [text], ActionNames: ['sqs:SendMessage', 'sqs:DeleteQueue'], ResourceArns: [QUEUE] }));
    const [send, del] = output.EvaluationResults!;
    assert.equal(send!.EvalDecision, 'allowed');
    assert.equal(send!.EvalResourceName, QUEUE);
    assert.deepEqual(send!.MatchedStatements, [{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 4, Column: 5 }, EndPosition: { Line: 4, Column: 60 } }]);
    assert.deepEqual(send!.EvalDecisionDetails, {});
    assert.deepEqual(send!.ResourceSpecificResults?.map((r) => [r.EvalResourceName, r.EvalResourceDecision]), [[QUEUE, 'allowed']]);
    // Without aws:RequestedRegion the Deny's condition cannot hold: the key is reported missing.
    assert.equal(del!.EvalDecision, 'allowed');
    assert.deepEqual(del!.MissingContextValues, ['aws:RequestedRegion']);
    const denied = await iam.send(
      new SimulateCustomPolicyCommand({ PolicyInputList: [text], ActionNames: ['sqs:DeleteQueue'], ContextEntries: [{ ContextKeyName: 'aws:RequestedRegion', ContextKeyType: 'string', ContextKeyValues: ['us-east-1'] }] }),
    );
    const [result] = denied.EvaluationResults!;
    assert.equal(result!.EvalDecision, 'explicitDeny');
    assert.equal(result!.EvalResourceName, '*');
    assert.equal(result!.EvalDecisionDetails, undefined);
    assert.equal(result!.ResourceSpecificResults, undefined);
    assert.deepEqual(result!.MatchedStatements, [{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy', StartPosition: { Line: 5, Column: 5 }, EndPosition: { Line: 6, Column: 74 } }]);
  });

  test('SimulateCustomPolicy: one result per action with the most restrictive decision across resources; boundary detail', async () => {
    const output = await iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: QUEUE }] })],
        PermissionsBoundaryPolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] })],
        ActionNames: ['sqs:SendMessage'],
        ResourceArns: [QUEUE, `${QUEUE}-2`],
      }),
    );
    const [result] = output.EvaluationResults!;
    assert.equal(result!.EvalDecision, 'implicitDeny');
    assert.equal(result!.EvalResourceName, '*');
    assert.deepEqual(result!.ResourceSpecificResults?.map((r) => r.EvalResourceDecision), ['allowed', 'implicitDeny']);
    assert.deepEqual(result!.PermissionsBoundaryDecisionDetail, { AllowedByPermissionsBoundary: true });
    assert.deepEqual(result!.ResourceSpecificResults?.[0]?.MatchedStatements?.map((s) => s.SourcePolicyId), ['PolicyInputList.1', 'PermissionsBoundaryPolicyInputList.1']);
  });

  test('SimulateCustomPolicy: cross-account resource policy and EvalDecisionDetails', async () => {
    const foreignQueue = 'arn:aws:sqs:us-east-1:444455556666:inbox';
    const caller = `arn:aws:iam::${ACCOUNT}:user/alice`;
    const output = await iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] })],
        ResourcePolicy: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: caller }, Action: 'sqs:SendMessage', Resource: foreignQueue }] }),
        CallerArn: caller,
        ActionNames: ['sqs:SendMessage'],
        ResourceArns: [foreignQueue],
      }),
    );
    const [result] = output.EvaluationResults!;
    assert.equal(result!.EvalDecision, 'allowed');
    assert.deepEqual(result!.EvalDecisionDetails, { 'IAM Policy': 'allowed', 'Resource Policy': 'allowed' });
    assert.deepEqual(result!.MatchedStatements?.map((s) => [s.SourcePolicyId, s.SourcePolicyType]), [['ResourcePolicy', 'resource'], ['PolicyInputList.1', 'IAM Policy']]);
  });

  test('SimulateCustomPolicy: paging with MaxItems and Marker', async () => {
    const actions = ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:PurgeQueue', 'sqs:ListQueues'];
    const seen: string[] = [];
    let Marker: string | undefined;
    let pages = 0;
    do {
      const page = await iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*Message', Resource: '*' }] })], ActionNames: actions, MaxItems: 2, Marker }));
      seen.push(...page.EvaluationResults!.map((r) => `${r.EvalActionName}=${r.EvalDecision}`));
      Marker = page.IsTruncated ? page.Marker : undefined;
      assert.equal(page.IsTruncated, Marker !== undefined);
      pages++;
    } while (Marker);
    assert.equal(pages, 3);
    assert.deepEqual(seen, ['sqs:SendMessage=allowed', 'sqs:ReceiveMessage=allowed', 'sqs:DeleteMessage=allowed', 'sqs:PurgeQueue=implicitDeny', 'sqs:ListQueues=implicitDeny']);
  });

  test('SimulateCustomPolicy: malformed input gets InvalidInput', async () => {
    await expectAwsError(iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: ['{"Version": "2012-10-17", "Statement": ['], ActionNames: ['sqs:SendMessage'] })), {
      name: 'InvalidInputException', message: 'PolicyInputList.1: Syntax errors in policy.', status: 400,
    });
    await expectAwsError(
      iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] })], ActionNames: ['sqs:SendMessage'], ResourceArns: ['jobs'] })),
      { name: 'InvalidInputException', message: 'ResourceNames are not in a valid ARN format: jobs.', status: 400 },
    );
    await expectAwsError(
      iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: [], ActionNames: ['sqs:SendMessage'], ResourceOwner: '123456789012' })),
      { name: 'InvalidInputException', message: "'123456789012' is not a valid as a Resource Owner.", status: 400 },
    );
  });

  test('SimulatePrincipalPolicy: a user\'s inline, managed and group policies, a role with its boundary', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'sim-alice' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'sim-alice', PolicyName: 'send-jobs', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: QUEUE }] }) }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'sim-alice', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'sim-ops' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'sim-ops', UserName: 'sim-alice' }));
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'sim-ops', PolicyName: 'no-purge', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sqs:PurgeQueue', Resource: '*' }, { Effect: 'Allow', Action: 'sqs:PurgeQueue', Resource: '*' }] }) }));
    const userArn = `arn:aws:iam::${ACCOUNT}:user/sim-alice`;
    const output = await iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: userArn, ActionNames: ['sqs:SendMessage', 's3:GetObject', 'sqs:PurgeQueue', 'dynamodb:PutItem'], ResourceArns: [QUEUE] }));
    const byAction: Record<string, EvaluationResult> = Object.fromEntries(output.EvaluationResults!.map((r) => [r.EvalActionName!, r]));
    assert.equal(byAction['sqs:SendMessage']!.EvalDecision, 'allowed');
    assert.deepEqual(byAction['sqs:SendMessage']!.MatchedStatements?.map((s) => [s.SourcePolicyId, s.SourcePolicyType]), [['send-jobs', 'user']]);
    assert.equal(byAction['s3:GetObject']!.EvalDecision, 'allowed');
    assert.deepEqual(byAction['s3:GetObject']!.MatchedStatements?.map((s) => [s.SourcePolicyId, s.SourcePolicyType]), [['AmazonS3ReadOnlyAccess', 'aws-managed']]);
    assert.equal(byAction['sqs:PurgeQueue']!.EvalDecision, 'explicitDeny');
    assert.deepEqual(byAction['sqs:PurgeQueue']!.MatchedStatements?.map((s) => [s.SourcePolicyId, s.SourcePolicyType]), [['no-purge', 'group']]);
    assert.equal(byAction['dynamodb:PutItem']!.EvalDecision, 'implicitDeny');

    // A group simulated alone: its own policies only.
    const group = await iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCOUNT}:group/sim-ops`, ActionNames: ['sqs:PurgeQueue', 'sqs:SendMessage'], ResourceArns: [QUEUE] }));
    assert.deepEqual(group.EvaluationResults!.map((r) => [r.EvalActionName, r.EvalDecision]), [['sqs:PurgeQueue', 'explicitDeny'], ['sqs:SendMessage', 'implicitDeny']]);

    // A policy given in the input is added to the user's own.
    const extra = await iam.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: userArn, PolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: '*' }] })], ActionNames: ['dynamodb:PutItem'] }),
    );
    assert.deepEqual(extra.EvaluationResults!.map((r) => [r.EvalDecision, r.MatchedStatements?.[0]?.SourcePolicyId]), [['allowed', 'PolicyInputList.1']]);

    const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: 'sim-boundary', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] }) }));
    await iam.send(new CreateRoleCommand({ RoleName: 'sim-role', AssumeRolePolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'sim-role', PolicyName: 'all', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'sim-role', PermissionsBoundary: Policy!.Arn! }));
    const role = await iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/sim-role`, ActionNames: ['dynamodb:PutItem', 'sqs:SendMessage'] }));
    assert.deepEqual(role.EvaluationResults!.map((r) => [r.EvalActionName, r.EvalDecision, r.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary]), [
      ['dynamodb:PutItem', 'allowed', true],
      ['sqs:SendMessage', 'implicitDeny', false],
    ]);

    const keys = await iam.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: userArn, PolicyInputList: [json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }] })] }));
    assert.deepEqual(keys.ContextKeyNames, ['aws:SourceIp', 'aws:username']);
  });

  test('SimulatePrincipalPolicy and GetContextKeysForPrincipalPolicy: unknown principal is NoSuchEntity', async () => {
    await expectAwsError(iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/nobody`, ActionNames: ['sqs:SendMessage'] })), {
      name: 'NoSuchEntityException', message: 'The user with name nobody cannot be found.', status: 404,
    });
    await expectAwsError(iam.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/nobody` })), {
      name: 'NoSuchEntityException', message: 'The role with name nobody cannot be found.', status: 404,
    });
  });

  test('GetContextKeysForCustomPolicy: condition keys and variables, each once', async () => {
    const output = await iam.send(
      new GetContextKeysForCustomPolicyCommand({
        PolicyInputList: [
          json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1', 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' }, Bool: { 'aws:SecureTransport': 'true' } } }] }),
          json({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sqs:*', Resource: '*', Condition: { StringNotEquals: { 'AWS:RequestedRegion': 'us-east-1' } } }] }),
        ],
      }),
    );
    assert.deepEqual(output.ContextKeyNames, ['aws:RequestedRegion', 'aws:ResourceTag/team', 'aws:SecureTransport', 'aws:PrincipalTag/team']);
  });

  test('the AWS CLI simulates a custom policy', async () => {
    const policy = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:Send*', Resource: '*' }] });
    const result = await aws(cloud, ['iam', 'simulate-custom-policy', '--policy-input-list', policy, '--action-names', 'sqs:SendMessage', 'sqs:DeleteQueue']);
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout) as { EvaluationResults: Array<{ EvalActionName: string; EvalDecision: string }> };
    assert.deepEqual(output.EvaluationResults.map((r) => [r.EvalActionName, r.EvalDecision]), [['sqs:SendMessage', 'allowed'], ['sqs:DeleteQueue', 'implicitDeny']]);
  });

  test('boto3: simulate_principal_policy with its paginator, and InvalidInput as a modelled exception', async () => {
    const script = `
import boto3, json, sys
iam = boto3.client('iam', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
out = {}
iam.create_user(UserName='py-sim')
iam.put_user_policy(UserName='py-sim', PolicyName='reads', PolicyDocument=json.dumps({'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': 'dynamodb:Get*', 'Resource': '*'}]}))
pages = iam.get_paginator('simulate_principal_policy').paginate(PolicySourceArn='arn:aws:iam::000000000000:user/py-sim', ActionNames=['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:GetRecords'], PaginationConfig={'PageSize': 2})
out['decisions'] = [[r['EvalActionName'], r['EvalDecision']] for page in pages for r in page['EvaluationResults']]
try:
    iam.simulate_custom_policy(PolicyInputList=['{"Statement": '], ActionNames=['sqs:SendMessage'])
except iam.exceptions.InvalidInputException as e:
    out['error'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
print(json.dumps(out))
`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('python3', ['-c', script, cloud.endpoint], { timeout: 60_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    assert.deepEqual(JSON.parse(stdout), {
      decisions: [['dynamodb:GetItem', 'allowed'], ['dynamodb:PutItem', 'implicitDeny'], ['dynamodb:GetRecords', 'allowed']],
      error: ['InvalidInput', 'PolicyInputList.1: Syntax errors in policy.', 400],
    });
  });
});
