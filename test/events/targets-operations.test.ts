import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateEventBusCommand,
  EventBridgeClient,
  ListRuleNamesByTargetCommand,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type Target,
} from '@aws-sdk/client-eventbridge';
import type { RequestContext } from '../../src/core/context.js';
import type { Cloud } from '../../src/index.js';
import { TargetsEngine } from '../../src/services/events/targets/engine.js';
import { targetOperations } from '../../src/services/events/targets/operations.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const QUEUE = (name: string) => `arn:aws:sqs:us-east-1:000000000000:${name}`;

describe('EventBridge PutTargets, RemoveTargets and ListTargetsByRule', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    await events.send(new PutRuleCommand({ Name: 'r', EventPattern: JSON.stringify({ source: ['app'] }) }));
  });

  after(async () => {
    await cloud.close();
  });

  const putTargets = (targets: Target[], rule = 'r', bus?: string) => events.send(new PutTargetsCommand({ Rule: rule, EventBusName: bus, Targets: targets }));

  test('a rule that does not exist', async () => {
    await expectAwsError(putTargets([{ Id: 'a', Arn: QUEUE('a') }], 'nope'), {
      name: 'ResourceNotFoundException',
      message: 'Rule nope does not exist on EventBus default.',
      status: 400,
    });
    await expectAwsError(events.send(new ListTargetsByRuleCommand({ Rule: 'nope', EventBusName: 'other' })), {
      name: 'ResourceNotFoundException',
      message: 'Rule nope does not exist on EventBus other.',
    });
    await expectAwsError(events.send(new RemoveTargetsCommand({ Rule: 'nope', Ids: ['a'] })), { name: 'ResourceNotFoundException' });
  });

  test('five targets a rule at most; an Id already there is replaced in place', async () => {
    await events.send(new PutRuleCommand({ Name: 'five', EventPattern: JSON.stringify({ source: ['app'] }) }));
    const out = await putTargets([1, 2, 3, 4, 5].map((n) => ({ Id: `t${n}`, Arn: QUEUE(`q${n}`) })), 'five');
    assert.deepEqual({ count: out.FailedEntryCount, entries: out.FailedEntries }, { count: 0, entries: [] });
    await expectAwsError(putTargets([{ Id: 't6', Arn: QUEUE('q6') }], 'five'), {
      name: 'LimitExceededException',
      message: 'The requested resource exceeds the maximum number allowed.',
      status: 400,
    });
    await putTargets([{ Id: 't2', Arn: QUEUE('q2-new'), Input: '{"n":2}' }], 'five');

    const first = await events.send(new ListTargetsByRuleCommand({ Rule: 'five', Limit: 2 }));
    assert.deepEqual(first.Targets!.map((t) => t.Id), ['t1', 't2']);
    assert.deepEqual(first.Targets![1], { Id: 't2', Arn: QUEUE('q2-new'), Input: '{"n":2}' });
    const second = await events.send(new ListTargetsByRuleCommand({ Rule: 'five', Limit: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.Targets!.map((t) => t.Id), ['t3', 't4']);
    const third = await events.send(new ListTargetsByRuleCommand({ Rule: 'five', Limit: 2, NextToken: second.NextToken }));
    assert.deepEqual(third.Targets!.map((t) => t.Id), ['t5']);
    assert.equal(third.NextToken, undefined);
    await expectAwsError(events.send(new ListTargetsByRuleCommand({ Rule: 'five', NextToken: 'bogus' })), {
      name: 'ValidationException',
      message: 'The NextToken provided is not valid.',
    });

    const names = await events.send(new ListRuleNamesByTargetCommand({ TargetArn: QUEUE('q3') }));
    assert.deepEqual(names.RuleNames, ['five']);
  });

  test('targets with bad ARNs or parameters are refused with AWS\'s messages', async () => {
    const cases: Array<[Target, string]> = [
      [{ Id: 'bad', Arn: 'not-an-arn' }, 'Parameter not-an-arn is not valid. Reason: Provided Arn is not in correct format.'],
      [{ Id: 'fifo', Arn: QUEUE('jobs.fifo') }, 'Parameter(s) SqsParameters must be specified for target: fifo.'],
      [{ Id: 'both', Arn: QUEUE('q'), Input: '{}', InputPath: '$.detail' }, 'Only one of Input, InputPath, or InputTransformer must be provided for target both.'],
      [
        { Id: 'tpl', Arn: QUEUE('q'), InputTransformer: { InputPathsMap: { a: '$.detail.a' }, InputTemplate: '{"a": <a>, "b": <nope>}' } },
        'InputTemplate for target tpl contains invalid placeholder nope.',
      ],
      [{ Id: 'json', Arn: QUEUE('q'), Input: '{not json' }, 'Input for target json is not valid JSON text.'],
      [{ Id: 'stream', Arn: 'arn:aws:kinesis:us-east-1:000000000000:stream/s' }, 'RoleArn is required for target arn:aws:kinesis:us-east-1:000000000000:stream/s.'],
      [
        { Id: 'far-bus', Arn: 'arn:aws:events:us-west-2:000000000000:event-bus/default' },
        'RoleArn is required for target arn:aws:events:us-west-2:000000000000:event-bus/default.',
      ],
      [{ Id: 'dlq', Arn: QUEUE('q'), DeadLetterConfig: { Arn: 'arn:aws:sns:us-east-1:000000000000:t' } }, 'Parameter arn:aws:sns:us-east-1:000000000000:t is not valid. Reason: Provided Arn is not in correct format.'],
    ];
    for (const [target, message] of cases) {
      await expectAwsError(putTargets([target]), { name: 'ValidationException', message, status: 400 });
    }
    // What the model says: an Id's pattern, the retry policy's ranges.
    await expectAwsError(putTargets([{ Id: 'no spaces', Arn: QUEUE('q') }]), { name: 'ValidationException', status: 400 });
    await expectAwsError(putTargets([{ Id: 'r', Arn: QUEUE('q'), RetryPolicy: { MaximumRetryAttempts: 186 } }]), { name: 'ValidationException', status: 400 });
    await expectAwsError(putTargets([{ Id: 'r', Arn: QUEUE('q'), RetryPolicy: { MaximumEventAgeInSeconds: 59 } }]), { name: 'ValidationException', status: 400 });
    assert.deepEqual((await events.send(new ListTargetsByRuleCommand({ Rule: 'r' }))).Targets, []);
  });

  test('a target EventBridge cannot send to is a failed entry; the others are added', async () => {
    const out = await putTargets([
      { Id: 'bucket', Arn: 'arn:aws:s3:::my-bucket' },
      { Id: 'ok', Arn: QUEUE('fine') },
    ]);
    assert.equal(out.FailedEntryCount, 1);
    assert.deepEqual(out.FailedEntries, [{ TargetId: 'bucket', ErrorCode: 'ValidationException', ErrorMessage: 'Target arn:aws:s3:::my-bucket is not a supported target type.' }]);
    assert.deepEqual((await events.send(new ListTargetsByRuleCommand({ Rule: 'r' }))).Targets!.map((t) => t.Id), ['ok']);
  });

  test('RemoveTargets removes what it names and reports the Ids it does not know', async () => {
    await events.send(new CreateEventBusCommand({ Name: 'custom' }));
    const busArn = 'arn:aws:events:us-east-1:000000000000:event-bus/custom';
    await events.send(new PutRuleCommand({ Name: 'on-custom', EventBusName: 'custom', EventPattern: JSON.stringify({ source: ['app'] }) }));
    await putTargets([{ Id: 'a', Arn: QUEUE('a') }, { Id: 'b', Arn: QUEUE('b') }], 'on-custom', busArn);
    const out = await events.send(new RemoveTargetsCommand({ Rule: 'on-custom', EventBusName: busArn, Ids: ['a', 'zzz'] }));
    assert.equal(out.FailedEntryCount, 1);
    assert.deepEqual(out.FailedEntries, [{ TargetId: 'zzz', ErrorCode: 'ResourceNotFoundException', ErrorMessage: "Rule 'on-custom' does not have a target with the Id 'zzz'." }]);
    assert.deepEqual((await events.send(new ListTargetsByRuleCommand({ Rule: 'on-custom', EventBusName: 'custom' }))).Targets!.map((t) => t.Id), ['b']);
  });

  test('a managed rule\'s targets change only with Force', async () => {
    // No API makes a managed rule: AWS services do. A directory that knows one stands in for them.
    const rule = { account: '000000000000', region: 'us-east-1', busName: 'default', ruleName: 'svc-managed', ruleArn: 'arn:aws:events:us-east-1:000000000000:rule/svc-managed', managedBy: 'ecs.amazonaws.com' };
    const engine = new TargetsEngine(cloud.runtime, { rule: (_a, _r, _b, name) => (name === rule.ruleName ? rule : undefined), putOnBus: () => undefined });
    const operations = targetOperations(engine);
    const context = { accountId: '000000000000', region: 'us-east-1' } as RequestContext;
    engine.state.putTargets(rule, [{ Id: 'svc', Arn: QUEUE('svc') }]);
    assert.throws(() => operations.PutTargets!({ Rule: 'svc-managed', Targets: [{ Id: 'x', Arn: QUEUE('x') }] }, context), {
      code: 'ManagedRuleException',
      message: 'svc-managed is a managed rule and its targets cannot be changed.',
    });
    assert.throws(() => operations.RemoveTargets!({ Rule: 'svc-managed', Ids: ['svc'] }, context), {
      code: 'ManagedRuleException',
      message: "svc-managed is a managed rule. Set 'force' parameter to true to override.",
    });
    const out = await operations.RemoveTargets!({ Rule: 'svc-managed', Ids: ['svc'], Force: true }, context);
    assert.equal(out.FailedEntryCount, 0);
    assert.equal(engine.targetCount(rule), 0);
  });

  test('the AWS CLI puts, lists and removes targets', async () => {
    const put = await aws(cloud, [
      'events', 'put-targets', '--rule', 'r',
      '--targets', JSON.stringify([{ Id: 'cli', Arn: QUEUE('cli'), InputTransformer: { InputPathsMap: { s: '$.source' }, InputTemplate: '"from <s>"' }, RetryPolicy: { MaximumRetryAttempts: 3 } }]),
    ]);
    assert.equal(put.code, 0, put.stderr);
    assert.deepEqual(put.json, { FailedEntryCount: 0, FailedEntries: [] });
    const listed = await aws(cloud, ['events', 'list-targets-by-rule', '--rule', 'r']);
    assert.equal(listed.code, 0, listed.stderr);
    const cli = listed.json.Targets.find((t: Target) => t.Id === 'cli');
    assert.deepEqual(cli.RetryPolicy, { MaximumRetryAttempts: 3 });
    assert.equal(cli.InputTransformer.InputTemplate, '"from <s>"');
    const removed = await aws(cloud, ['events', 'remove-targets', '--rule', 'r', '--ids', 'cli']);
    assert.equal(removed.code, 0, removed.stderr);
    const missing = await aws(cloud, ['events', 'put-targets', '--rule', 'missing', '--targets', `Id=x,Arn=${QUEUE('x')}`]);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /ResourceNotFoundException.*Rule missing does not exist on EventBus default\./);
  });
});
