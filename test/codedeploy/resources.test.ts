import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  BatchGetApplicationsCommand,
  BatchGetDeploymentGroupsCommand,
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  CreateDeploymentGroupCommand,
  DeleteApplicationCommand,
  DeleteDeploymentConfigCommand,
  DeleteDeploymentGroupCommand,
  BatchGetApplicationRevisionsCommand,
  GetApplicationCommand,
  GetApplicationRevisionCommand,
  ListApplicationRevisionsCommand,
  RegisterApplicationRevisionCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  ListApplicationsCommand,
  ListDeploymentConfigsCommand,
  ListDeploymentGroupsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateApplicationCommand,
  UpdateDeploymentGroupCommand,
} from '@aws-sdk/client-codedeploy';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { appSpec, revision, SERVICE_ROLE } from './support.js';

const LAMBDA_CONFIGS = [
  'CodeDeployDefault.LambdaAllAtOnce',
  'CodeDeployDefault.LambdaCanary10Percent10Minutes',
  'CodeDeployDefault.LambdaCanary10Percent15Minutes',
  'CodeDeployDefault.LambdaCanary10Percent30Minutes',
  'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
  'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
];

/** Applications, deployment configs and groups: what they hold, AWS's validation and errors. */
describe('CodeDeploy applications, configs and groups', () => {
  let cloud: Cloud;
  let codedeploy: CodeDeployClient;

  before(async () => {
    cloud = await startTestCloud();
    codedeploy = new CodeDeployClient(clientConfig(cloud));
  });
  after(async () => {
    codedeploy.destroy();
    await cloud.close();
  });

  test('applications: create, get, list, batch get, rename, delete, with AWS\'s errors', async () => {
    const { applicationId } = await codedeploy.send(new CreateApplicationCommand({ applicationName: 'orders', computePlatform: 'Lambda', tags: [{ Key: 'team', Value: 'a' }] }));
    assert.match(applicationId!, /^[0-9a-f-]{36}$/);
    await codedeploy.send(new CreateApplicationCommand({ applicationName: 'servers' }));
    await codedeploy.send(new CreateApplicationCommand({ applicationName: 'containers', computePlatform: 'ECS' }));
    const { application } = await codedeploy.send(new GetApplicationCommand({ applicationName: 'orders' }));
    assert.equal(application!.applicationId, applicationId);
    assert.equal(application!.computePlatform, 'Lambda');
    assert.equal(application!.linkedToGitHub, false);
    assert.ok(application!.createTime instanceof Date);
    assert.equal((await codedeploy.send(new GetApplicationCommand({ applicationName: 'servers' }))).application!.computePlatform, 'Server');

    await expectAwsError(codedeploy.send(new CreateApplicationCommand({ applicationName: 'orders', computePlatform: 'Lambda' })), {
      name: 'ApplicationAlreadyExistsException', message: 'orders already exists in your account', status: 400,
    });
    await expectAwsError(codedeploy.send(new GetApplicationCommand({ applicationName: 'nope' })), {
      name: 'ApplicationDoesNotExistException', message: 'No application found for name: nope', status: 400,
    });
    await expectAwsError(codedeploy.send(new GetApplicationCommand({ applicationName: '' })), {
      name: 'ApplicationNameRequiredException', message: 'The minimum number of required application names was not specified.', status: 400,
    });
    await expectAwsError(codedeploy.send(new CreateApplicationCommand({ applicationName: 'x'.repeat(101) })), {
      name: 'InvalidApplicationNameException', message: 'The application name was specified in an invalid format.', status: 400,
    });

    assert.deepEqual((await codedeploy.send(new ListApplicationsCommand({}))).applications, ['containers', 'orders', 'servers']);
    const batch = await codedeploy.send(new BatchGetApplicationsCommand({ applicationNames: ['orders', 'servers'] }));
    assert.deepEqual(batch.applicationsInfo!.map((a) => a.applicationName), ['orders', 'servers']);
    await expectAwsError(codedeploy.send(new BatchGetApplicationsCommand({ applicationNames: ['orders', 'nope'] })), { name: 'ApplicationDoesNotExistException', status: 400 });

    await codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'servers', deploymentGroupName: 'fleet', serviceRoleArn: SERVICE_ROLE }));
    await codedeploy.send(new UpdateApplicationCommand({ applicationName: 'servers', newApplicationName: 'hosts' }));
    assert.deepEqual((await codedeploy.send(new ListDeploymentGroupsCommand({ applicationName: 'hosts' }))).deploymentGroups, ['fleet']);
    await expectAwsError(codedeploy.send(new UpdateApplicationCommand({ applicationName: 'hosts', newApplicationName: 'orders' })), { name: 'ApplicationAlreadyExistsException', status: 400 });
    await codedeploy.send(new DeleteApplicationCommand({ applicationName: 'hosts' }));
    await codedeploy.send(new DeleteApplicationCommand({ applicationName: 'containers' }));
    assert.deepEqual((await codedeploy.send(new ListApplicationsCommand({}))).applications, ['orders']);
  });

  test('tags on applications and deployment groups', async () => {
    const appArn = 'arn:aws:codedeploy:us-east-1:000000000000:application:orders';
    assert.deepEqual((await codedeploy.send(new ListTagsForResourceCommand({ ResourceArn: appArn }))).Tags, [{ Key: 'team', Value: 'a' }]);
    await codedeploy.send(new TagResourceCommand({ ResourceArn: appArn, Tags: [{ Key: 'team', Value: 'b' }, { Key: 'env', Value: 'prod' }] }));
    await codedeploy.send(new UntagResourceCommand({ ResourceArn: appArn, TagKeys: ['env'] }));
    assert.deepEqual((await codedeploy.send(new ListTagsForResourceCommand({ ResourceArn: appArn }))).Tags, [{ Key: 'team', Value: 'b' }]);

    await codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'tagged', serviceRoleArn: SERVICE_ROLE, tags: [{ Key: 'tier', Value: '1' }] }));
    const groupArn = 'arn:aws:codedeploy:us-east-1:000000000000:deploymentgroup:orders/tagged';
    assert.deepEqual((await codedeploy.send(new ListTagsForResourceCommand({ ResourceArn: groupArn }))).Tags, [{ Key: 'tier', Value: '1' }]);
    await codedeploy.send(new DeleteDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'tagged' }));
    await expectAwsError(codedeploy.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sqs:us-east-1:000000000000:queue' })), {
      name: 'InvalidArnException', message: 'The specified ARN is not in a valid format: arn:aws:sqs:us-east-1:000000000000:queue', status: 400,
    });
  });

  test('deployment configs: the predefined ones, custom ones with AWS\'s validation, and what cannot be deleted', async () => {
    const { deploymentConfigInfo: linear } = await codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' }));
    assert.equal(linear!.computePlatform, 'Lambda');
    assert.deepEqual(linear!.trafficRoutingConfig, { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 10, linearInterval: 1 } });
    const { deploymentConfigInfo: canary } = await codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent30Minutes' }));
    assert.deepEqual(canary!.trafficRoutingConfig, { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 30 } });
    const listed = (await codedeploy.send(new ListDeploymentConfigsCommand({}))).deploymentConfigsList!;
    for (const name of [...LAMBDA_CONFIGS, 'CodeDeployDefault.OneAtATime', 'CodeDeployDefault.HalfAtATime', 'CodeDeployDefault.AllAtOnce', 'CodeDeployDefault.ECSAllAtOnce']) {
      assert.ok(listed.includes(name), name);
    }

    const { deploymentConfigId } = await codedeploy.send(new CreateDeploymentConfigCommand({
      deploymentConfigName: 'Canary25Percent2Minutes', computePlatform: 'Lambda',
      trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 25, canaryInterval: 2 } },
    }));
    const { deploymentConfigInfo: custom } = await codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent2Minutes' }));
    assert.equal(custom!.deploymentConfigId, deploymentConfigId);
    assert.deepEqual(custom!.trafficRoutingConfig, { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 25, canaryInterval: 2 } });
    assert.ok((await codedeploy.send(new ListDeploymentConfigsCommand({}))).deploymentConfigsList!.includes('Canary25Percent2Minutes'));

    await expectAwsError(codedeploy.send(new CreateDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent2Minutes', computePlatform: 'Lambda', trafficRoutingConfig: { type: 'AllAtOnce' } })), {
      name: 'DeploymentConfigAlreadyExistsException', message: 'A deployment configuration already exists with name Canary25Percent2Minutes', status: 400,
    });
    await expectAwsError(codedeploy.send(new CreateDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.Mine', computePlatform: 'Lambda' })), {
      name: 'InvalidDeploymentConfigNameException', status: 400,
    });
    await expectAwsError(codedeploy.send(new CreateDeploymentConfigCommand({
      deploymentConfigName: 'TooMuch', computePlatform: 'Lambda', trafficRoutingConfig: { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 100, linearInterval: 1 } },
    })), { name: 'InvalidTrafficRoutingConfigurationException', message: 'The linear percentage must be an integer from 1 to 99.', status: 400 });
    await expectAwsError(codedeploy.send(new CreateDeploymentConfigCommand({
      deploymentConfigName: 'Mismatched', computePlatform: 'Lambda', trafficRoutingConfig: { type: 'TimeBasedLinear', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 1 } },
    })), { name: 'InvalidTrafficRoutingConfigurationException', status: 400 });
    await expectAwsError(codedeploy.send(new CreateDeploymentConfigCommand({ deploymentConfigName: 'NoHosts', computePlatform: 'Server' })), {
      name: 'InvalidMinimumHealthyHostValueException', message: 'The minimum healthy instance value was specified in an invalid format.', status: 400,
    });
    await codedeploy.send(new CreateDeploymentConfigCommand({ deploymentConfigName: 'Half', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 } }));
    assert.equal((await codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Half' }))).deploymentConfigInfo!.computePlatform, 'Server');

    await expectAwsError(codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Missing' })), {
      name: 'DeploymentConfigDoesNotExistException', message: 'No deployment configuration found for name: Missing', status: 400,
    });
    await expectAwsError(codedeploy.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' })), {
      name: 'InvalidOperationException', message: 'The default deployment configurations cannot be deleted.', status: 400,
    });
    await codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'uses-custom', serviceRoleArn: SERVICE_ROLE, deploymentConfigName: 'Canary25Percent2Minutes' }));
    await expectAwsError(codedeploy.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent2Minutes' })), { name: 'DeploymentConfigInUseException', status: 400 });
    await codedeploy.send(new DeleteDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'uses-custom' }));
    await codedeploy.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent2Minutes' }));
    await expectAwsError(codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent2Minutes' })), { name: 'DeploymentConfigDoesNotExistException' });
  });

  test('deployment groups: defaults for Lambda, AWS\'s validation, update and rename, batch get', async () => {
    const { deploymentGroupId } = await codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'prod', serviceRoleArn: SERVICE_ROLE }));
    const { deploymentGroupInfo: prod } = await codedeploy.send(new GetDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'prod' }));
    assert.equal(prod!.deploymentGroupId, deploymentGroupId);
    assert.equal(prod!.computePlatform, 'Lambda');
    assert.equal(prod!.deploymentConfigName, 'CodeDeployDefault.LambdaAllAtOnce');
    assert.deepEqual(prod!.deploymentStyle, { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' });
    assert.equal(prod!.serviceRoleArn, SERVICE_ROLE);

    const create = (extra: Record<string, unknown>) =>
      codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'other', serviceRoleArn: SERVICE_ROLE, ...extra }));
    await expectAwsError(codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'prod', serviceRoleArn: SERVICE_ROLE })), {
      name: 'DeploymentGroupAlreadyExistsException', message: 'Deployment Group already exists with name prod', status: 400,
    });
    await expectAwsError(codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'nope', deploymentGroupName: 'prod', serviceRoleArn: SERVICE_ROLE })), {
      name: 'ApplicationDoesNotExistException', message: 'No application found for name: nope', status: 400,
    });
    await expectAwsError(create({ serviceRoleArn: 'not-a-role' }), { name: 'InvalidRoleException', status: 400 });
    await expectAwsError(create({ serviceRoleArn: undefined }), { name: 'RoleRequiredException', message: 'The role ID was not specified.', status: 400 });
    await expectAwsError(create({ deploymentConfigName: 'CodeDeployDefault.OneAtATime' }), {
      name: 'InvalidDeploymentConfigNameException',
      message: 'Deployment configuration CodeDeployDefault.OneAtATime is for the Server compute platform; application orders uses Lambda.',
      status: 400,
    });
    await expectAwsError(create({ deploymentConfigName: 'Nope' }), { name: 'DeploymentConfigDoesNotExistException', message: 'No deployment configuration found for name: Nope', status: 400 });
    await expectAwsError(create({ deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' } }), { name: 'InvalidDeploymentStyleException', status: 400 });
    await expectAwsError(create({ autoRollbackConfiguration: { enabled: true, events: [] } }), {
      name: 'InvalidAutoRollbackConfigException',
      message: 'The automatic rollback configuration was specified in an invalid format. For example, automatic rollback is enabled, but an invalid triggering event type or no event types were listed.',
      status: 400,
    });
    await expectAwsError(create({ alarmConfiguration: { enabled: true, alarms: [] } }), { name: 'InvalidAlarmConfigException', status: 400 });
    await expectAwsError(create({ alarmConfiguration: { enabled: true, alarms: Array.from({ length: 11 }, (_, i) => ({ name: `alarm-${i}` })) } }), {
      name: 'AlarmsLimitExceededException', message: 'The maximum number of alarms for a deployment group (10) was exceeded.', status: 400,
    });
    await expectAwsError(create({ triggerConfigurations: [{ triggerName: 't', triggerTargetArn: 'arn:aws:sqs:us-east-1:000000000000:q', triggerEvents: ['DeploymentFailure'] }] }), {
      name: 'InvalidTriggerConfigException', message: 'The trigger was specified in an invalid format.', status: 400,
    });
    await expectAwsError(create({
      triggerConfigurations: Array.from({ length: 11 }, (_, i) => ({ triggerName: `t${i}`, triggerTargetArn: 'arn:aws:sns:us-east-1:000000000000:topic', triggerEvents: ['DeploymentFailure'] })),
    }), { name: 'TriggerTargetsLimitExceededException', message: 'The maximum allowed number of triggers was exceeded.', status: 400 });
    await expectAwsError(codedeploy.send(new GetDeploymentGroupCommand({ applicationName: 'orders', deploymentGroupName: 'nope' })), {
      name: 'DeploymentGroupDoesNotExistException', message: 'No Deployment Group found for name: nope', status: 400,
    });

    await codedeploy.send(new UpdateDeploymentGroupCommand({
      applicationName: 'orders', currentDeploymentGroupName: 'prod', newDeploymentGroupName: 'production',
      deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'errors' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    }));
    const { deploymentGroupsInfo, errorMessage } = await codedeploy.send(new BatchGetDeploymentGroupsCommand({ applicationName: 'orders', deploymentGroupNames: ['production', 'prod'] }));
    assert.equal(deploymentGroupsInfo!.length, 1);
    assert.match(errorMessage!, /prod/);
    const production = deploymentGroupsInfo![0]!;
    assert.equal(production.deploymentGroupId, deploymentGroupId);
    assert.equal(production.deploymentConfigName, 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    assert.deepEqual(production.alarmConfiguration, { enabled: true, ignorePollAlarmFailure: false, alarms: [{ name: 'errors' }] });
    assert.deepEqual(production.autoRollbackConfiguration, { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] });
    assert.deepEqual((await codedeploy.send(new ListDeploymentGroupsCommand({ applicationName: 'orders' }))).deploymentGroups, ['production']);
  });

  test('CreateDeployment checks the group, the revision and the AppSpec before anything runs', async () => {
    const content = appSpec('fn', 1, 2);
    const send = (input: Record<string, unknown>) =>
      codedeploy.send(new CreateDeploymentCommand({ applicationName: 'orders', deploymentGroupName: 'production', revision: revision(content), ...input }));
    await expectAwsError(send({ deploymentGroupName: undefined }), { name: 'DeploymentGroupNameRequiredException', status: 400 });
    await expectAwsError(send({ deploymentGroupName: 'nope' }), { name: 'DeploymentGroupDoesNotExistException', message: 'No Deployment Group found for name: nope', status: 400 });
    await expectAwsError(send({ revision: undefined }), { name: 'RevisionRequiredException', status: 400 });
    await expectAwsError(send({ deploymentConfigName: 'Nope' }), { name: 'DeploymentConfigDoesNotExistException', status: 400 });
    await expectAwsError(send({ revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256: '0'.repeat(64) } } }), {
      name: 'InvalidRevisionException', message: 'The SHA256 hash of the revision content does not match the sha256 given.', status: 400,
    });
    await expectAwsError(send({ revision: revision(content.replace('AWS::Lambda::Function', 'AWS::ECS::Service')) }), {
      name: 'InvalidRevisionException', message: 'The AppSpec file is invalid: resource myFunction must be of Type AWS::Lambda::Function.', status: 400,
    });
    await expectAwsError(send({ revision: revision(`${content}Hooks:\n  - BeforeInstall: "fn"\n`) }), {
      name: 'InvalidRevisionException',
      message: 'The AppSpec file is invalid: BeforeInstall is not a lifecycle event of a Lambda deployment (BeforeAllowTraffic, AfterAllowTraffic).',
      status: 400,
    });
    await expectAwsError(send({ revision: { revisionType: 'S3', s3Location: { bucket: 'b', key: 'k', bundleType: 'YAML' } } }), { name: 'InvalidRevisionException', status: 400 });
    await expectAwsError(codedeploy.send(new GetDeploymentCommand({ deploymentId: 'nope' })), {
      name: 'InvalidDeploymentIdException', message: 'Specified DeploymentId is not in the valid format: nope', status: 400,
    });
    await expectAwsError(codedeploy.send(new GetDeploymentCommand({ deploymentId: 'd-AAAAAAAAA' })), {
      name: 'DeploymentDoesNotExistException', message: 'The deployment d-AAAAAAAAA could not be found.', status: 400,
    });
  });

  test('application revisions: registered, described, listed with filters and order, batch got', async () => {
    const bundle = { revisionType: 'S3' as const, s3Location: { bucket: 'bundles', key: 'v1/app.zip', bundleType: 'zip' as const } };
    const other = { revisionType: 'S3' as const, s3Location: { bucket: 'other', key: 'v1/app.zip', bundleType: 'zip' as const } };
    const inline = { revisionType: 'String' as const, string: { content: appSpec('fn', 1, 2) } };
    await codedeploy.send(new RegisterApplicationRevisionCommand({ applicationName: 'orders', description: 'first bundle', revision: bundle }));
    await codedeploy.send(new RegisterApplicationRevisionCommand({ applicationName: 'orders', revision: other }));
    await codedeploy.send(new RegisterApplicationRevisionCommand({ applicationName: 'orders', revision: inline }));

    const got = await codedeploy.send(new GetApplicationRevisionCommand({ applicationName: 'orders', revision: bundle }));
    assert.deepEqual(got.revision, bundle);
    assert.equal(got.revisionInfo!.description, 'first bundle');
    assert.deepEqual(got.revisionInfo!.deploymentGroups, []);
    assert.ok(got.revisionInfo!.registerTime instanceof Date);
    assert.equal(got.revisionInfo!.firstUsedTime, undefined);
    const stored = await codedeploy.send(new GetApplicationRevisionCommand({ applicationName: 'orders', revision: inline }));
    assert.equal(stored.revision!.string!.sha256, createHash('sha256').update(inline.string.content).digest('hex'), 'inline content is kept with its sha256');

    assert.deepEqual((await codedeploy.send(new ListApplicationRevisionsCommand({ applicationName: 'orders', s3Bucket: 'bundles', s3KeyPrefix: 'v1/' }))).revisions, [bundle]);
    const newestFirst = (await codedeploy.send(new ListApplicationRevisionsCommand({ applicationName: 'orders', sortBy: 'registerTime', sortOrder: 'descending' }))).revisions!;
    assert.equal(newestFirst.length, 3);
    assert.equal(newestFirst[0]!.revisionType, 'String');
    assert.deepEqual((await codedeploy.send(new ListApplicationRevisionsCommand({ applicationName: 'orders', deployed: 'include' }))).revisions, []);
    await expectAwsError(codedeploy.send(new ListApplicationRevisionsCommand({ applicationName: 'orders', s3KeyPrefix: 'v1/' })), {
      name: 'BucketNameFilterRequiredException', message: 'A bucket name is required, but was not provided.', status: 400,
    });

    const batch = await codedeploy.send(new BatchGetApplicationRevisionsCommand({ applicationName: 'orders', revisions: [bundle, { ...other, s3Location: { ...other.s3Location, key: 'v2/app.zip' } }] }));
    assert.deepEqual(batch.revisions!.map((r) => r.revisionLocation), [bundle]);
    assert.match(batch.errorMessage!, /1 of the revisions/);
    await expectAwsError(codedeploy.send(new GetApplicationRevisionCommand({ applicationName: 'orders', revision: { revisionType: 'GitHub', gitHubLocation: { repository: 'me/app', commitId: 'abc' } } })), {
      name: 'RevisionDoesNotExistException', message: 'The named revision does not exist with the applicable IAM user or AWS account.', status: 400,
    });
    await expectAwsError(codedeploy.send(new RegisterApplicationRevisionCommand({ applicationName: 'orders', revision: { revisionType: 'S3', s3Location: { bucket: 'bundles' } } })), {
      name: 'InvalidRevisionException', message: 'An S3 revision needs the bucket and the key of the bundle.', status: 400,
    });
    await expectAwsError(codedeploy.send(new RegisterApplicationRevisionCommand({ applicationName: 'nope', revision: bundle })), { name: 'ApplicationDoesNotExistException', status: 400 });
  });

  test('an account holds at most 50 custom deployment configurations', async () => {
    const existing = (await codedeploy.send(new ListDeploymentConfigsCommand({}))).deploymentConfigsList!.filter((name) => !name.startsWith('CodeDeployDefault.')).length;
    for (let i = existing; i < 50; i++) {
      await codedeploy.send(new CreateDeploymentConfigCommand({ deploymentConfigName: `config-${i}`, computePlatform: 'Lambda', trafficRoutingConfig: { type: 'AllAtOnce' } }));
    }
    await expectAwsError(codedeploy.send(new CreateDeploymentConfigCommand({ deploymentConfigName: 'one-too-many', computePlatform: 'Lambda' })), {
      name: 'DeploymentConfigLimitExceededException', message: 'The deployment configurations limit was exceeded.', status: 400,
    });
  });

  test('the AWS CLI: aws deploy create-application, get-deployment-config, and an error', async () => {
    const created = await aws(cloud, ['deploy', 'create-application', '--application-name', 'from-cli', '--compute-platform', 'Lambda']);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.json.applicationId, /^[0-9a-f-]{36}$/);
    const config = await aws(cloud, ['deploy', 'get-deployment-config', '--deployment-config-name', 'CodeDeployDefault.LambdaCanary10Percent5Minutes']);
    assert.equal(config.code, 0, config.stderr);
    assert.deepEqual(config.json.deploymentConfigInfo.trafficRoutingConfig, { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 } });
    const missing = await aws(cloud, ['deploy', 'get-deployment-group', '--application-name', 'from-cli', '--deployment-group-name', 'nope']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /DeploymentGroupDoesNotExistException.*No Deployment Group found for name: nope/);
  });
});
