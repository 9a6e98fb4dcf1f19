import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddApplicationCloudWatchLoggingOptionCommand,
  AddApplicationVpcConfigurationCommand,
  CreateApplicationCommand,
  CreateApplicationPresignedUrlCommand,
  CreateApplicationSnapshotCommand,
  DeleteApplicationCommand,
  DeleteApplicationCloudWatchLoggingOptionCommand,
  DeleteApplicationSnapshotCommand,
  DeleteApplicationVpcConfigurationCommand,
  DescribeApplicationCommand,
  DescribeApplicationOperationCommand,
  DescribeApplicationSnapshotCommand,
  DescribeApplicationVersionCommand,
  KinesisAnalyticsV2Client,
  ListApplicationOperationsCommand,
  ListApplicationsCommand,
  ListApplicationSnapshotsCommand,
  ListApplicationVersionsCommand,
  ListTagsForResourceCommand,
  RollbackApplicationCommand,
  StartApplicationCommand,
  StopApplicationCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateApplicationCommand,
  UpdateApplicationMaintenanceConfigurationCommand,
} from '@aws-sdk/client-kinesis-analytics-v2';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/kda-role';
const CODE = { ApplicationCodeConfiguration: { CodeContentType: 'ZIPFILE' as const, CodeContent: { S3ContentLocation: { BucketARN: 'arn:aws:s3:::code', FileKey: 'app.jar' } } } };

describe('Kinesis Data Analytics v2: Flink applications', () => {
  let cloud: Cloud;
  let kda: KinesisAnalyticsV2Client;
  before(async () => {
    cloud = await startTestCloud();
    kda = new KinesisAnalyticsV2Client(clientConfig(cloud));
  });
  after(async () => {
    kda.destroy();
    await cloud.close();
  });

  const status = async (name: string) => (await kda.send(new DescribeApplicationCommand({ ApplicationName: name }))).ApplicationDetail!.ApplicationStatus;

  test('created with AWS defaults, started and stopped as states on the clock, deleted with its CreateTimestamp', async () => {
    const { ApplicationDetail: created } = await kda.send(new CreateApplicationCommand({
      ApplicationName: 'clicks', RuntimeEnvironment: 'FLINK-1_18', ServiceExecutionRole: ROLE, ApplicationDescription: 'click counts',
      ApplicationConfiguration: { ...CODE, EnvironmentProperties: { PropertyGroups: [{ PropertyGroupId: 'app', PropertyMap: { window: '60' } }] } },
    }));
    assert.equal(created!.ApplicationARN, 'arn:aws:kinesisanalytics:us-east-1:000000000000:application/clicks');
    assert.deepEqual([created!.ApplicationStatus, created!.ApplicationVersionId, created!.ApplicationMode], ['READY', 1, 'STREAMING']);
    const flink = created!.ApplicationConfigurationDescription!.FlinkApplicationConfigurationDescription!;
    assert.deepEqual(flink.CheckpointConfigurationDescription, { ConfigurationType: 'DEFAULT', CheckpointingEnabled: true, CheckpointInterval: 60000, MinPauseBetweenCheckpoints: 5000 });
    assert.deepEqual(flink.ParallelismConfigurationDescription, { ConfigurationType: 'DEFAULT', Parallelism: 1, ParallelismPerKPU: 1, CurrentParallelism: 1, AutoScalingEnabled: false });
    assert.deepEqual(created!.ApplicationConfigurationDescription!.ApplicationCodeConfigurationDescription!.CodeContentDescription!.S3ApplicationCodeLocationDescription, {
      BucketARN: 'arn:aws:s3:::code', FileKey: 'app.jar',
    });
    assert.ok(created!.ConditionalToken);
    await expectAwsError(kda.send(new CreateApplicationCommand({ ApplicationName: 'clicks', RuntimeEnvironment: 'FLINK-1_18', ServiceExecutionRole: ROLE })), {
      name: 'ResourceInUseException', message: 'Application clicks already exists.', status: 400,
    });

    const started = await kda.send(new StartApplicationCommand({ ApplicationName: 'clicks' }));
    assert.ok(started.OperationId);
    assert.equal(await status('clicks'), 'STARTING');
    await expectAwsError(kda.send(new StartApplicationCommand({ ApplicationName: 'clicks' })), {
      name: 'ResourceInUseException', message: 'Application clicks is in STARTING status. It must be in READY status to be started.',
    });
    await advanceClock(cloud, '30s');
    assert.equal(await status('clicks'), 'RUNNING');
    const running = (await kda.send(new DescribeApplicationCommand({ ApplicationName: 'clicks' }))).ApplicationDetail!;
    assert.deepEqual(running.ApplicationConfigurationDescription!.RunConfigurationDescription, {
      ApplicationRestoreConfigurationDescription: { ApplicationRestoreType: 'RESTORE_FROM_LATEST_SNAPSHOT' }, FlinkRunConfigurationDescription: { AllowNonRestoredState: false },
    });
    const { ApplicationSummaries } = await kda.send(new ListApplicationsCommand({}));
    assert.deepEqual(ApplicationSummaries!.map((s) => [s.ApplicationName, s.ApplicationStatus, s.ApplicationVersionId, s.RuntimeEnvironment]), [['clicks', 'RUNNING', 1, 'FLINK-1_18']]);

    await kda.send(new StopApplicationCommand({ ApplicationName: 'clicks' }));
    assert.equal(await status('clicks'), 'STOPPING');
    await advanceClock(cloud, '15s');
    assert.equal(await status('clicks'), 'READY');
    await expectAwsError(kda.send(new StopApplicationCommand({ ApplicationName: 'clicks' })), {
      name: 'ResourceInUseException', message: 'Application clicks is in READY status. It must be in RUNNING status to be stopped.',
    });
    const operations = await kda.send(new ListApplicationOperationsCommand({ ApplicationName: 'clicks' }));
    assert.deepEqual(operations.ApplicationOperationInfoList!.map((o) => [o.Operation, o.OperationStatus]).sort(), [['StartApplication', 'SUCCESSFUL'], ['StopApplication', 'SUCCESSFUL']]);
    const start = await kda.send(new DescribeApplicationOperationCommand({ ApplicationName: 'clicks', OperationId: started.OperationId }));
    assert.equal(start.ApplicationOperationInfoDetails!.Operation, 'StartApplication');
    assert.equal(start.ApplicationOperationInfoDetails!.EndTime!.getTime() - start.ApplicationOperationInfoDetails!.StartTime!.getTime(), 30_000);
    await expectAwsError(kda.send(new DescribeApplicationOperationCommand({ ApplicationName: 'clicks', OperationId: 'nope' })), { name: 'ResourceNotFoundException' });

    await expectAwsError(kda.send(new DeleteApplicationCommand({ ApplicationName: 'clicks', CreateTimestamp: new Date(created!.CreateTimestamp!.getTime() - 5000) })), {
      name: 'InvalidArgumentException', message: 'CreateTimestamp does not match the creation time of application clicks.',
    });
    await kda.send(new DeleteApplicationCommand({ ApplicationName: 'clicks', CreateTimestamp: created!.CreateTimestamp }));
    assert.equal(await status('clicks'), 'DELETING');
    await advanceClock(cloud, '10s');
    await expectAwsError(kda.send(new DescribeApplicationCommand({ ApplicationName: 'clicks' })), {
      name: 'ResourceNotFoundException', message: 'Application clicks is not found.', status: 400,
    });
  });

  test('updates make versions, checked by CurrentApplicationVersionId or ConditionalToken; rollback; versions listed', async () => {
    await kda.send(new CreateApplicationCommand({ ApplicationName: 'orders', RuntimeEnvironment: 'FLINK-1_19', ServiceExecutionRole: ROLE, ApplicationConfiguration: CODE }));
    await expectAwsError(kda.send(new UpdateApplicationCommand({ ApplicationName: 'orders', ServiceExecutionRoleUpdate: ROLE })), {
      name: 'InvalidArgumentException', message: 'Either CurrentApplicationVersionId or ConditionalToken must be provided.',
    });
    await expectAwsError(kda.send(new UpdateApplicationCommand({ ApplicationName: 'orders', CurrentApplicationVersionId: 7, ServiceExecutionRoleUpdate: ROLE })), {
      name: 'ConcurrentModificationException', message: 'Current application version is 1. Provided application version 7 does not match the current version.',
    });
    await expectAwsError(kda.send(new UpdateApplicationCommand({ ApplicationName: 'orders', ConditionalToken: 'stale', ServiceExecutionRoleUpdate: ROLE })), {
      name: 'ConcurrentModificationException',
    });
    const v2 = await kda.send(new UpdateApplicationCommand({
      ApplicationName: 'orders', CurrentApplicationVersionId: 1,
      ApplicationConfigurationUpdate: { FlinkApplicationConfigurationUpdate: { ParallelismConfigurationUpdate: { ConfigurationTypeUpdate: 'CUSTOM', ParallelismUpdate: 4 } } },
    }));
    assert.equal(v2.ApplicationDetail!.ApplicationVersionId, 2);
    assert.equal(v2.ApplicationDetail!.ApplicationVersionUpdatedFrom, 1);
    assert.equal(v2.ApplicationDetail!.ApplicationConfigurationDescription!.FlinkApplicationConfigurationDescription!.ParallelismConfigurationDescription!.Parallelism, 4);

    await kda.send(new StartApplicationCommand({ ApplicationName: 'orders' }));
    await advanceClock(cloud, '30s');
    const v3 = await kda.send(new UpdateApplicationCommand({
      ApplicationName: 'orders', ConditionalToken: v2.ApplicationDetail!.ConditionalToken,
      ApplicationConfigurationUpdate: { EnvironmentPropertyUpdates: { PropertyGroups: [{ PropertyGroupId: 'g', PropertyMap: { k: 'v' } }] } },
    }));
    assert.deepEqual([v3.ApplicationDetail!.ApplicationVersionId, v3.ApplicationDetail!.ApplicationStatus], [3, 'UPDATING']);
    assert.ok(v3.OperationId);
    await advanceClock(cloud, '20s');
    assert.equal(await status('orders'), 'RUNNING');

    const rolled = await kda.send(new RollbackApplicationCommand({ ApplicationName: 'orders', CurrentApplicationVersionId: 3 }));
    const detail = rolled.ApplicationDetail!;
    assert.deepEqual([detail.ApplicationVersionId, detail.ApplicationVersionRolledBackFrom, detail.ApplicationVersionRolledBackTo, detail.ApplicationStatus], [4, 3, 2, 'ROLLING_BACK']);
    assert.deepEqual(detail.ApplicationConfigurationDescription!.EnvironmentPropertyDescriptions!.PropertyGroupDescriptions, []);
    await advanceClock(cloud, '20s');
    const versions = await kda.send(new ListApplicationVersionsCommand({ ApplicationName: 'orders' }));
    assert.deepEqual(versions.ApplicationVersionSummaries!.map((v) => [v.ApplicationVersionId, v.ApplicationStatus]), [[4, 'RUNNING'], [3, 'RUNNING'], [2, 'RUNNING'], [1, 'READY']]);
    const first = await kda.send(new DescribeApplicationVersionCommand({ ApplicationName: 'orders', ApplicationVersionId: 1 }));
    assert.equal(first.ApplicationVersionDetail!.ApplicationConfigurationDescription!.FlinkApplicationConfigurationDescription!.ParallelismConfigurationDescription!.Parallelism, 1);
    await expectAwsError(kda.send(new DescribeApplicationVersionCommand({ ApplicationName: 'orders', ApplicationVersionId: 99 })), { name: 'ResourceNotFoundException' });
    const updates = await kda.send(new ListApplicationOperationsCommand({ ApplicationName: 'orders', Operation: 'RollbackApplication' }));
    assert.equal(updates.ApplicationOperationInfoList!.length, 1);
    const rollbackOp = await kda.send(new DescribeApplicationOperationCommand({ ApplicationName: 'orders', OperationId: rolled.OperationId }));
    assert.deepEqual(rollbackOp.ApplicationOperationInfoDetails!.ApplicationVersionChangeDetails, { ApplicationVersionUpdatedFrom: 3, ApplicationVersionUpdatedTo: 4 });

    await kda.send(new StopApplicationCommand({ ApplicationName: 'orders', Force: true }));
    assert.equal(await status('orders'), 'FORCE_STOPPING');
    await advanceClock(cloud, '5s');
    await expectAwsError(kda.send(new RollbackApplicationCommand({ ApplicationName: 'orders', CurrentApplicationVersionId: 4 })), { name: 'ResourceInUseException' });
  });

  test('snapshots of a running application: CREATING then READY; deleted with their creation time', async () => {
    await kda.send(new CreateApplicationCommand({ ApplicationName: 'snappy', RuntimeEnvironment: 'FLINK-1_20', ServiceExecutionRole: ROLE, ApplicationConfiguration: CODE }));
    await expectAwsError(kda.send(new CreateApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1' })), {
      name: 'InvalidApplicationConfigurationException', message: 'Snapshots are not enabled for application snappy.',
    });
    await kda.send(new UpdateApplicationCommand({ ApplicationName: 'snappy', CurrentApplicationVersionId: 1, ApplicationConfigurationUpdate: { ApplicationSnapshotConfigurationUpdate: { SnapshotsEnabledUpdate: true } } }));
    await expectAwsError(kda.send(new CreateApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1' })), {
      name: 'ResourceInUseException', message: 'Application snappy is in READY status. It must be in RUNNING status to create a snapshot.',
    });
    await kda.send(new StartApplicationCommand({ ApplicationName: 'snappy' }));
    await advanceClock(cloud, '30s');
    await kda.send(new CreateApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1' }));
    const creating = await kda.send(new DescribeApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1' }));
    assert.deepEqual([creating.SnapshotDetails!.SnapshotStatus, creating.SnapshotDetails!.ApplicationVersionId, creating.SnapshotDetails!.RuntimeEnvironment], ['CREATING', 2, 'FLINK-1_20']);
    await expectAwsError(kda.send(new CreateApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1' })), { name: 'ResourceInUseException' });
    await advanceClock(cloud, '10s');
    const listed = await kda.send(new ListApplicationSnapshotsCommand({ ApplicationName: 'snappy' }));
    assert.deepEqual(listed.SnapshotSummaries!.map((s) => [s.SnapshotName, s.SnapshotStatus]), [['s1', 'READY']]);
    await expectAwsError(kda.send(new DeleteApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1', SnapshotCreationTimestamp: new Date(0) })), { name: 'InvalidArgumentException' });
    await kda.send(new DeleteApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1', SnapshotCreationTimestamp: creating.SnapshotDetails!.SnapshotCreationTimestamp }));
    await expectAwsError(kda.send(new DescribeApplicationSnapshotCommand({ ApplicationName: 'snappy', SnapshotName: 's1' })), {
      name: 'ResourceNotFoundException', message: 'Snapshot s1 does not exist for application snappy.',
    });
    const url = await kda.send(new CreateApplicationPresignedUrlCommand({ ApplicationName: 'snappy', UrlType: 'FLINK_DASHBOARD_URL', SessionExpirationDurationInSeconds: 1800 }));
    assert.match(url.AuthorizedUrl!, /^https:\/\/snappy\.us-east-1\.kinesisanalytics\.aws\.amazon\.com\/flinkdashboard\/\?authToken=[\w-]+&expires=\d+$/);
    await expectAwsError(kda.send(new CreateApplicationPresignedUrlCommand({ ApplicationName: 'snappy', UrlType: 'ZEPPELIN_UI_URL' })), { name: 'InvalidArgumentException' });
  });

  test('logging options, VPC configurations, maintenance window and tags', async () => {
    const { ApplicationDetail } = await kda.send(new CreateApplicationCommand({
      ApplicationName: 'wired', RuntimeEnvironment: 'FLINK-1_18', ServiceExecutionRole: ROLE, Tags: [{ Key: 'team', Value: 'data' }],
    }));
    const arn = ApplicationDetail!.ApplicationARN;
    const logging = await kda.send(new AddApplicationCloudWatchLoggingOptionCommand({
      ApplicationName: 'wired', CurrentApplicationVersionId: 1, CloudWatchLoggingOption: { LogStreamARN: 'arn:aws:logs:us-east-1:000000000000:log-group:kda:log-stream:app' },
    }));
    assert.equal(logging.ApplicationVersionId, 2);
    assert.deepEqual(logging.CloudWatchLoggingOptionDescriptions, [{ CloudWatchLoggingOptionId: '1.1', LogStreamARN: 'arn:aws:logs:us-east-1:000000000000:log-group:kda:log-stream:app' }]);
    assert.ok(logging.OperationId);
    await expectAwsError(kda.send(new AddApplicationCloudWatchLoggingOptionCommand({
      ApplicationName: 'wired', CurrentApplicationVersionId: 2, CloudWatchLoggingOption: { LogStreamARN: 'arn:aws:logs:us-east-1:000000000000:log-group:kda:log-stream:two' },
    })), { name: 'InvalidArgumentException', message: 'An application can have at most 1 CloudWatch logging option.' });
    await kda.send(new DeleteApplicationCloudWatchLoggingOptionCommand({ ApplicationName: 'wired', CurrentApplicationVersionId: 2, CloudWatchLoggingOptionId: '1.1' }));
    const vpc = await kda.send(new AddApplicationVpcConfigurationCommand({
      ApplicationName: 'wired', CurrentApplicationVersionId: 3, VpcConfiguration: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
    }));
    assert.equal(vpc.ApplicationVersionId, 4);
    assert.equal(vpc.VpcConfigurationDescription!.VpcConfigurationId, '1.1');
    assert.match(vpc.VpcConfigurationDescription!.VpcId!, /^vpc-[0-9a-f]{17}$/);
    await expectAwsError(kda.send(new DeleteApplicationVpcConfigurationCommand({ ApplicationName: 'wired', CurrentApplicationVersionId: 4, VpcConfigurationId: '9.9' })), {
      name: 'ResourceNotFoundException', message: 'VPC configuration 9.9 does not exist.',
    });
    await kda.send(new DeleteApplicationVpcConfigurationCommand({ ApplicationName: 'wired', CurrentApplicationVersionId: 4, VpcConfigurationId: '1.1' }));
    const maintenance = await kda.send(new UpdateApplicationMaintenanceConfigurationCommand({
      ApplicationName: 'wired', ApplicationMaintenanceConfigurationUpdate: { ApplicationMaintenanceWindowStartTimeUpdate: '20:30' },
    }));
    assert.deepEqual(maintenance.ApplicationMaintenanceConfigurationDescription, { ApplicationMaintenanceWindowStartTime: '20:30', ApplicationMaintenanceWindowEndTime: '04:30' });

    await kda.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'env', Value: 'dev' }] }));
    await kda.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['team'] }));
    assert.deepEqual((await kda.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags, [{ Key: 'env', Value: 'dev' }]);
    const many = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await expectAwsError(kda.send(new TagResourceCommand({ ResourceARN: arn, Tags: many })), { name: 'TooManyTagsException', message: 'Application can have at most 50 tags.' });
    await expectAwsError(kda.send(new ListTagsForResourceCommand({ ResourceARN: 'arn:aws:kinesisanalytics:us-east-1:000000000000:application/ghost' })), {
      name: 'ResourceNotFoundException', message: 'Application ghost is not found.',
    });
  });

  test('the AWS CLI creates an application; a missing one is ResourceNotFoundException', async () => {
    const created = await aws(cloud, ['kinesisanalyticsv2', 'create-application', '--application-name', 'cli-app', '--runtime-environment', 'FLINK-1_18', '--service-execution-role', ROLE]);
    assert.equal(created.code, 0, created.stderr);
    assert.deepEqual([created.json.ApplicationDetail.ApplicationVersionId, created.json.ApplicationDetail.ApplicationStatus], [1, 'READY']);
    const missing = await aws(cloud, ['kinesisanalyticsv2', 'describe-application', '--application-name', 'nope']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /ResourceNotFoundException.*Application nope is not found\./);
  });
});
