import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteResourcePolicyCommand,
  DescribeResourcePoliciesCommand,
  PutResourcePolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const policy = (service: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: 'arn:aws:logs:us-east-1:000000000000:log-group:*' }],
  });

describe('Logs resource policies (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('account-scoped policies are stored, replaced by name, listed and deleted', async () => {
    const put = await logs.send(new PutResourcePolicyCommand({ policyName: 'route53', policyDocument: policy('route53.amazonaws.com') }));
    assert.equal(put.resourcePolicy?.policyName, 'route53');
    assert.equal(put.resourcePolicy?.policyScope, 'ACCOUNT');
    assert.equal(put.resourcePolicy?.policyDocument, policy('route53.amazonaws.com'));
    assert.equal(typeof put.resourcePolicy?.lastUpdatedTime, 'number');
    await logs.send(new PutResourcePolicyCommand({ policyName: 'route53', policyDocument: policy('delivery.logs.amazonaws.com') }));
    const listed = await logs.send(new DescribeResourcePoliciesCommand({}));
    assert.deepEqual(listed.resourcePolicies?.map((p) => [p.policyName, p.policyDocument]), [['route53', policy('delivery.logs.amazonaws.com')]]);
    await logs.send(new DeleteResourcePolicyCommand({ policyName: 'route53' }));
    assert.deepEqual((await logs.send(new DescribeResourcePoliciesCommand({}))).resourcePolicies, []);
    await expectAwsError(logs.send(new DeleteResourcePolicyCommand({ policyName: 'route53' })), {
      name: 'ResourceNotFoundException',
      message: 'Policy with name [route53] does not exist.',
      status: 400,
    });
  });

  test('ten policies a region at most; 5,120 characters at most; a document must be a policy', async () => {
    for (let i = 0; i < 10; i++) await logs.send(new PutResourcePolicyCommand({ policyName: `p${i}`, policyDocument: policy('es.amazonaws.com') }));
    await expectAwsError(logs.send(new PutResourcePolicyCommand({ policyName: 'p10', policyDocument: policy('es.amazonaws.com') })), {
      name: 'LimitExceededException',
      message: 'Resource limit exceeded.',
      status: 400,
    });
    // Replacing one of the ten is not a new policy.
    await logs.send(new PutResourcePolicyCommand({ policyName: 'p3', policyDocument: policy('events.amazonaws.com') }));
    const west = new CloudWatchLogsClient(clientConfig(cloud, 'us-west-2'));
    await west.send(new PutResourcePolicyCommand({ policyName: 'p10', policyDocument: policy('es.amazonaws.com') }));
    west.destroy();
    const page = await logs.send(new DescribeResourcePoliciesCommand({ limit: 4 }));
    assert.deepEqual(page.resourcePolicies?.map((p) => p.policyName), ['p0', 'p1', 'p2', 'p3']);
    const rest = await logs.send(new DescribeResourcePoliciesCommand({ nextToken: page.nextToken }));
    assert.equal(rest.resourcePolicies?.length, 6);
    for (let i = 0; i < 10; i++) await logs.send(new DeleteResourcePolicyCommand({ policyName: `p${i}` }));

    const long = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(5200), Effect: 'Allow', Principal: '*', Action: 'logs:PutLogEvents', Resource: '*' }] });
    await expectAwsError(logs.send(new PutResourcePolicyCommand({ policyName: 'long', policyDocument: long })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(logs.send(new PutResourcePolicyCommand({ policyName: 'bad', policyDocument: 'not json' })), { name: 'InvalidParameterException', status: 400 });
    assert.deepEqual((await logs.send(new DescribeResourcePoliciesCommand({}))).resourcePolicies, []);
  });

  test('a resource-scoped policy on a log group is guarded by its revision id', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'audited' }));
    const groupArn = 'arn:aws:logs:us-east-1:000000000000:log-group:audited';
    const first = await logs.send(new PutResourcePolicyCommand({ resourceArn: groupArn, policyDocument: policy('delivery.logs.amazonaws.com') }));
    assert.equal(first.resourcePolicy?.policyScope, 'RESOURCE');
    assert.equal(first.resourcePolicy?.resourceArn, groupArn);
    assert.ok(first.revisionId);
    await expectAwsError(logs.send(new PutResourcePolicyCommand({ resourceArn: groupArn, policyDocument: policy('es.amazonaws.com') })), {
      name: 'OperationAbortedException',
      status: 400,
    });
    const second = await logs.send(new PutResourcePolicyCommand({ resourceArn: groupArn, policyDocument: policy('es.amazonaws.com'), expectedRevisionId: first.revisionId }));
    assert.notEqual(second.revisionId, first.revisionId);
    const scoped = await logs.send(new DescribeResourcePoliciesCommand({ policyScope: 'RESOURCE', resourceArn: groupArn }));
    assert.deepEqual(scoped.resourcePolicies?.map((p) => [p.resourceArn, p.revisionId]), [[groupArn, second.revisionId]]);
    assert.deepEqual((await logs.send(new DescribeResourcePoliciesCommand({}))).resourcePolicies, [], 'the account scope does not list it');
    await expectAwsError(
      logs.send(new PutResourcePolicyCommand({ resourceArn: 'arn:aws:logs:us-east-1:000000000000:log-group:missing', policyDocument: policy('es.amazonaws.com') })),
      { name: 'ResourceNotFoundException', message: 'The specified log group does not exist.', status: 400 },
    );
    await logs.send(new DeleteResourcePolicyCommand({ resourceArn: groupArn, expectedRevisionId: second.revisionId }));
    assert.deepEqual((await logs.send(new DescribeResourcePoliciesCommand({ policyScope: 'RESOURCE' }))).resourcePolicies, []);
  });
});
