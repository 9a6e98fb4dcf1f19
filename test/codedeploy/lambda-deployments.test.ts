import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BatchGetDeploymentTargetsCommand,
  BatchGetDeploymentsCommand,
  CodeDeployClient,
  ContinueDeploymentCommand,
  CreateApplicationCommand,
  CreateDeploymentCommand,
  CreateDeploymentGroupCommand,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  GetDeploymentTargetCommand,
  ListApplicationRevisionsCommand,
  ListDeploymentInstancesCommand,
  ListDeploymentTargetsCommand,
  ListDeploymentsCommand,
  PutLifecycleEventHookExecutionStatusCommand,
  StopDeploymentCommand,
} from '@aws-sdk/client-codedeploy';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction } from '../lambda/support.js';
import { appSpec, deploymentReaches, functionWithVersions, revision, SERVICE_ROLE } from './support.js';

const HOOK_CODE = [
  'import os, boto3',
  '',
  'def handler(event, context):',
  '    boto3.client("codedeploy").put_lifecycle_event_hook_execution_status(',
  '        deploymentId=event["DeploymentId"],',
  '        lifecycleEventHookExecutionId=event["LifecycleEventHookExecutionId"],',
  '        status=os.environ["REPORT"])',
  '    return "reported"',
].join('\n');

/** Lambda deployments: an alias moved on the clock, hooks, alarms, rollbacks and stops. */
describe('CodeDeploy Lambda deployments', () => {
  let cloud: Cloud;
  let codedeploy: CodeDeployClient;
  let lambda: LambdaClient;
  let cloudwatch: CloudWatchClient;

  const routing = async () => {
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: 'shifted', Name: 'live' }));
    return { version: alias.FunctionVersion, weights: alias.RoutingConfig?.AdditionalVersionWeights };
  };

  const group = (name: string, extra: Partial<ConstructorParameters<typeof CreateDeploymentGroupCommand>[0]> = {}) =>
    codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'app', deploymentGroupName: name, serviceRoleArn: SERVICE_ROLE, ...extra }));

  const deploy = async (groupName: string, from: number, to: number, hooks = {}) => {
    const out = await codedeploy.send(new CreateDeploymentCommand({ applicationName: 'app', deploymentGroupName: groupName, revision: revision(appSpec('shifted', from, to, hooks)) }));
    return out.deploymentId!;
  };

  before(async () => {
    cloud = await startTestCloud();
    codedeploy = new CodeDeployClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
    await functionWithVersions(lambda, 'shifted', 4);
    for (const [name, report] of [['hook-ok', 'Succeeded'], ['hook-fail', 'Failed']]) {
      await createFunction(lambda, name!, { 'lambda_function.py': HOOK_CODE }, { Runtime: 'python3.12', Handler: 'lambda_function.handler', Timeout: 30, Environment: { Variables: { REPORT: report! } } });
    }
    await codedeploy.send(new CreateApplicationCommand({ applicationName: 'app', computePlatform: 'Lambda' }));
  });
  after(async () => {
    codedeploy.destroy();
    lambda.destroy();
    cloudwatch.destroy();
    await cloud.close();
  });

  test('Linear10PercentEvery1Minute moves the alias 10% a minute, then onto the target version', async () => {
    await group('linear', { deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' });
    const id = await deploy('linear', 1, 2);
    assert.match(id, /^d-[A-Z0-9]{9}$/);
    await deploymentReaches(codedeploy, id, ['InProgress']);
    assert.deepEqual(await routing(), { version: '1', weights: { '2': 0.1 } });
    const seen: Array<number | undefined> = [];
    for (let minute = 1; minute <= 9; minute++) {
      await advanceClock(cloud, '1m');
      const now = await routing();
      seen.push(now.weights?.['2']);
      if (minute < 9) assert.equal(now.version, '1');
    }
    assert.deepEqual(seen, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, undefined]);
    assert.deepEqual(await routing(), { version: '2', weights: undefined });

    const info = await deploymentReaches(codedeploy, id, ['Succeeded']);
    assert.equal(info.deploymentConfigName, 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
    assert.equal(info.computePlatform, 'Lambda');
    assert.equal(info.creator, 'user');
    assert.deepEqual(info.deploymentOverview, { Pending: 0, InProgress: 0, Succeeded: 1, Failed: 0, Skipped: 0, Ready: 0 });
    assert.equal(info.completeTime!.getTime() - info.startTime!.getTime() >= 9 * 60_000, true, 'nine minutes of clock time');

    const { targetIds } = await codedeploy.send(new ListDeploymentTargetsCommand({ deploymentId: id }));
    assert.deepEqual(targetIds, ['shifted:live']);
    const { deploymentTarget } = await codedeploy.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId: 'shifted:live' }));
    const target = deploymentTarget!.lambdaTarget!;
    assert.equal(deploymentTarget!.deploymentTargetType, 'LambdaTarget');
    assert.equal(target.status, 'Succeeded');
    assert.deepEqual(target.lambdaFunctionInfo, { functionName: 'shifted', functionAlias: 'live', currentVersion: '1', targetVersion: '2', targetVersionWeight: 1 });
    assert.deepEqual(target.lifecycleEvents!.map((e) => [e.lifecycleEventName, e.status]), [['BeforeAllowTraffic', 'Skipped'], ['AllowTraffic', 'Succeeded'], ['AfterAllowTraffic', 'Skipped']]);
    const batch = await codedeploy.send(new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds: ['shifted:live'] }));
    assert.deepEqual(batch.deploymentTargets, [deploymentTarget]);
    await expectAwsError(codedeploy.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId: 'other:live' })), {
      name: 'DeploymentTargetDoesNotExistException', message: 'The deployment target other:live does not exist.', status: 400,
    });
    const { deploymentsInfo } = await codedeploy.send(new BatchGetDeploymentsCommand({ deploymentIds: [id, 'd-AAAAAAAAA'] }));
    assert.deepEqual(deploymentsInfo!.map((d) => [d.deploymentId, d.status]), [[id, 'Succeeded']]);
    const { deploymentGroupInfo } = await codedeploy.send(new GetDeploymentGroupCommand({ applicationName: 'app', deploymentGroupName: 'linear' }));
    assert.equal(deploymentGroupInfo!.lastSuccessfulDeployment!.deploymentId, id);
  });

  test('a canary deployment stops and rolls back when the group\'s alarm goes to ALARM; its triggers publish to SNS', async () => {
    const sns = new SNSClient(clientConfig(cloud));
    const sqs = new SQSClient(clientConfig(cloud));
    const { TopicArn: topicArn } = await sns.send(new CreateTopicCommand({ Name: 'deployments' }));
    const { QueueUrl: queueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'deployment-events' }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
    const queueArn = Attributes!.QueueArn!;
    await sqs.send(new SetQueueAttributesCommand({
      QueueUrl: queueUrl,
      Attributes: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queueArn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] }) },
    }));
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queueArn }));

    await cloudwatch.send(new PutMetricAlarmCommand({
      AlarmName: 'errors-high', Namespace: 'Shop', MetricName: 'CheckoutErrors', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'ignore',
    }));
    await group('canary', {
      deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'errors-high' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_STOP_ON_ALARM'] },
      triggerConfigurations: [{ triggerName: 'to-sns', triggerTargetArn: topicArn, triggerEvents: ['DeploymentStart', 'DeploymentStop', 'DeploymentRollback', 'DeploymentSuccess'] }],
    });
    const id = await deploy('canary', 2, 3);
    await deploymentReaches(codedeploy, id, ['InProgress']);
    assert.deepEqual(await routing(), { version: '2', weights: { '3': 0.1 } });
    await advanceClock(cloud, '2m');
    assert.deepEqual(await routing(), { version: '2', weights: { '3': 0.1 } }, 'the canary holds for five minutes');

    // With missing data ignored, the alarm's next evaluation keeps the state set here; the deployment's next poll (within 15 s) sees it.
    await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'errors-high', StateValue: 'ALARM', StateReason: 'errors in the canary' }));
    await advanceClock(cloud, '15s');
    const info = await deploymentReaches(codedeploy, id, ['Stopped']);
    assert.equal(info.errorInformation!.code, 'ALARM_ACTIVE');
    assert.match(info.errorInformation!.message!, /errors-high/);
    assert.deepEqual(await routing(), { version: '2', weights: undefined }, 'traffic is back on the current version');
    const rollbackId = info.rollbackInfo!.rollbackDeploymentId!;
    assert.match(rollbackId, /^d-[A-Z0-9]{9}$/);
    const rollback = (await codedeploy.send(new GetDeploymentCommand({ deploymentId: rollbackId }))).deploymentInfo!;
    assert.equal(rollback.creator, 'codeDeployRollback');
    assert.equal(rollback.status, 'Succeeded');
    assert.equal(rollback.rollbackInfo!.rollbackTriggeringDeploymentId, id);
    await advanceClock(cloud, '10m');
    assert.deepEqual(await routing(), { version: '2', weights: undefined }, 'a stopped deployment moves nothing later');
    await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'errors-high', StateValue: 'OK', StateReason: 'quiet' }));

    const notes: Array<{ Subject: string; Message: string }> = [];
    for (let attempt = 0; attempt < 20 && notes.length < 3; attempt++) {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
      for (const message of Messages ?? []) notes.push(JSON.parse(message.Body!));
      if (notes.length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    sns.destroy();
    sqs.destroy();
    const events = notes.map((note) => [note.Subject, JSON.parse(note.Message)] as const);
    const byDeployment = (deploymentId: string, status: string) => events.find(([, body]) => body.deploymentId === deploymentId && body.status === status);
    const started = byDeployment(id, 'InProgress');
    assert.ok(started, JSON.stringify(events));
    assert.equal(started[0], `INPROGRESS: AWS CodeDeploy ${id} in us-east-1 to app`);
    const [stopSubject, stop] = byDeployment(id, 'Stopped')!;
    assert.equal(stopSubject, `STOPPED: AWS CodeDeploy ${id} in us-east-1 to app`);
    assert.deepEqual({ ...stop, createTime: undefined, completeTime: undefined }, {
      region: 'us-east-1', accountId: '000000000000', eventTriggerName: 'to-sns', applicationName: 'app', deploymentId: id, deploymentGroupName: 'canary',
      createTime: undefined, completeTime: undefined,
      deploymentOverview: { Failed: '1', InProgress: '0', Pending: '0', Skipped: '0', Succeeded: '0' },
      status: 'Stopped',
      errorInformation: { ErrorCode: 'ALARM_ACTIVE', ErrorMessage: info.errorInformation!.message },
    });
    assert.match(stop.completeTime, /^\d+\.\d{3}$/);
    assert.ok(byDeployment(rollbackId, 'Succeeded'), 'the rollback deployment is announced too');
  });

  test('hooks are invoked with the deployment and execution ids, and one reporting Succeeded lets the deployment go on', async () => {
    await group('hooks', { autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] } });
    const id = await deploy('hooks', 2, 3, { BeforeAllowTraffic: 'hook-ok', AfterAllowTraffic: 'hook-ok' });
    const info = await deploymentReaches(codedeploy, id, ['Succeeded', 'Failed', 'Stopped'], 30_000);
    assert.equal(info.status, 'Succeeded', JSON.stringify(info.errorInformation));
    assert.equal(info.deploymentConfigName, 'CodeDeployDefault.LambdaAllAtOnce');
    assert.deepEqual(await routing(), { version: '3', weights: undefined });
    const target = (await codedeploy.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId: 'shifted:live' }))).deploymentTarget!.lambdaTarget!;
    assert.deepEqual(target.lifecycleEvents!.map((e) => [e.lifecycleEventName, e.status]), [['BeforeAllowTraffic', 'Succeeded'], ['AllowTraffic', 'Succeeded'], ['AfterAllowTraffic', 'Succeeded']]);
  });

  test('a hook reporting Failed fails the deployment, and the group\'s rollback puts the alias back', async () => {
    const id = await deploy('hooks', 3, 4, { AfterAllowTraffic: 'hook-fail' });
    const info = await deploymentReaches(codedeploy, id, ['Succeeded', 'Failed', 'Stopped'], 30_000);
    assert.equal(info.status, 'Failed');
    assert.equal(info.errorInformation!.code, 'HOOK_EXECUTION_FAILURE');
    assert.match(info.errorInformation!.message!, /AfterAllowTraffic.*hook-fail/);
    assert.ok(info.rollbackInfo!.rollbackDeploymentId);
    assert.deepEqual(await routing(), { version: '3', weights: undefined });
    const target = (await codedeploy.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId: 'shifted:live' }))).deploymentTarget!.lambdaTarget!;
    assert.equal(target.status, 'Failed');
    assert.deepEqual(target.lifecycleEvents!.map((e) => [e.lifecycleEventName, e.status]), [['BeforeAllowTraffic', 'Skipped'], ['AllowTraffic', 'Succeeded'], ['AfterAllowTraffic', 'Failed']]);

    // The execution id is spent: a late report is refused.
    await expectAwsError(codedeploy.send(new PutLifecycleEventHookExecutionStatusCommand({ deploymentId: id, lifecycleEventHookExecutionId: 'not-an-execution', status: 'Succeeded' })), {
      name: 'InvalidLifecycleEventHookExecutionIdException',
      message: 'The lifecycle event hook execution ID not-an-execution is not valid for this deployment.',
      status: 400,
    });
  });

  test('a hook that never reports fails its deployment after an hour', async () => {
    // `shifted` itself is no hook: it answers its invocation and never reports.
    const id = await deploy('hooks', 3, 4, { BeforeAllowTraffic: 'shifted' });
    await deploymentReaches(codedeploy, id, ['InProgress']);
    await advanceClock(cloud, '59m');
    assert.equal((await codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!.status, 'InProgress');
    await advanceClock(cloud, '1m');
    const info = await deploymentReaches(codedeploy, id, ['Failed']);
    assert.equal(info.errorInformation!.code, 'TIMEOUT');
    assert.deepEqual(await routing(), { version: '3', weights: undefined }, 'no traffic had moved');
  });

  test('one deployment at a time per group; StopDeployment with autoRollbackEnabled puts the traffic back', async () => {
    const id = await deploy('linear', 3, 4);
    await deploymentReaches(codedeploy, id, ['InProgress']);
    await expectAwsError(codedeploy.send(new CreateDeploymentCommand({ applicationName: 'app', deploymentGroupName: 'linear', revision: revision(appSpec('shifted', 3, 4)) })), {
      name: 'DeploymentLimitExceededException',
      message: `The Deployment Group 'linear' already has an active Deployment '${id}'`,
      status: 400,
    });
    await advanceClock(cloud, '1m');
    assert.deepEqual(await routing(), { version: '3', weights: { '4': 0.2 } });
    const stopped = await codedeploy.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }));
    assert.equal(stopped.status, 'Succeeded');
    const info = (await codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
    assert.equal(info.status, 'Stopped');
    assert.equal(info.errorInformation!.code, 'MANUAL_STOP');
    assert.deepEqual(await routing(), { version: '3', weights: undefined });
    await expectAwsError(codedeploy.send(new StopDeploymentCommand({ deploymentId: id })), {
      name: 'DeploymentAlreadyCompletedException', message: `Deployment ${id} has already completed.`, status: 400,
    });

    await expectAwsError(codedeploy.send(new ContinueDeploymentCommand({ deploymentId: id })), {
      name: 'DeploymentAlreadyCompletedException', message: `Deployment ${id} has already completed.`, status: 400,
    });
    await expectAwsError(codedeploy.send(new ListDeploymentInstancesCommand({ deploymentId: id })), { name: 'InvalidComputePlatformException', status: 400 });

    const { deployments } = await codedeploy.send(new ListDeploymentsCommand({ applicationName: 'app', deploymentGroupName: 'linear', includeOnlyStatuses: ['Stopped'] }));
    assert.deepEqual(deployments, [id]);
  });

  test('a deployment whose alias is not on CurrentVersion fails with the reason', async () => {
    const id = await deploy('hooks', 1, 4);
    const info = await deploymentReaches(codedeploy, id, ['Failed']);
    assert.equal(info.errorInformation!.code, 'INVALID_LAMBDA_CONFIGURATION');
    assert.equal(info.errorInformation!.message, "The alias live of shifted points to version 3, not to the AppSpec's CurrentVersion 1.");
  });

  test('an AppSpec kept in S3 (bundleType YAML) deploys too, and every revision used is listed with its groups', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'appspecs' }));
      await s3.send(new PutObjectCommand({ Bucket: 'appspecs', Key: 'shifted/3-to-4.yaml', Body: appSpec('shifted', 3, 4) }));
    } finally {
      s3.destroy();
    }
    const { deploymentId } = await codedeploy.send(new CreateDeploymentCommand({
      applicationName: 'app', deploymentGroupName: 'hooks',
      revision: { revisionType: 'S3', s3Location: { bucket: 'appspecs', key: 'shifted/3-to-4.yaml', bundleType: 'YAML' } },
    }));
    await deploymentReaches(codedeploy, deploymentId!, ['Succeeded']);
    assert.deepEqual(await routing(), { version: '4', weights: undefined });
    await expectAwsError(codedeploy.send(new CreateDeploymentCommand({
      applicationName: 'app', deploymentGroupName: 'hooks',
      revision: { revisionType: 'S3', s3Location: { bucket: 'appspecs', key: 'missing.yaml', bundleType: 'YAML' } },
    })), { name: 'InvalidRevisionException', message: 'The AppSpec file s3://appspecs/missing.yaml could not be read (NoSuchKey).', status: 400 });

    const { revisions } = await codedeploy.send(new ListApplicationRevisionsCommand({ applicationName: 'app', s3Bucket: 'appspecs', deployed: 'include' }));
    assert.deepEqual(revisions, [{ revisionType: 'S3', s3Location: { bucket: 'appspecs', key: 'shifted/3-to-4.yaml', bundleType: 'YAML' } }]);
    const all = await codedeploy.send(new ListApplicationRevisionsCommand({ applicationName: 'app' }));
    assert.ok(all.revisions!.length >= 8, `${all.revisions!.length} revisions`);
  });
});
