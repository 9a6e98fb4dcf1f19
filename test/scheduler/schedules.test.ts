import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  DeleteScheduleGroupCommand,
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListScheduleGroupsCommand,
  ListSchedulesCommand,
  ListTagsForResourceCommand,
  SchedulerClient,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateScheduleCommand,
  type CreateScheduleCommandInput,
} from '@aws-sdk/client-scheduler';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/scheduler-role';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:some-queue';

let cloud: Cloud;
let scheduler: SchedulerClient;

const schedule = (name: string, extra: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput => ({
  Name: name,
  ScheduleExpression: 'rate(5 minutes)',
  FlexibleTimeWindow: { Mode: 'OFF' },
  Target: { Arn: QUEUE_ARN, RoleArn: ROLE },
  ...extra,
});

before(async () => {
  cloud = await startTestCloud();
  scheduler = new SchedulerClient(clientConfig(cloud));
});

after(async () => {
  scheduler.destroy();
  await cloud.close();
});

describe('schedule groups', () => {
  test('default exists implicitly; groups are created, read, listed, tagged and deleted through DELETING', async () => {
    const defaultGroup = await scheduler.send(new GetScheduleGroupCommand({ Name: 'default' }));
    assert.equal(defaultGroup.Arn, 'arn:aws:scheduler:us-east-1:000000000000:schedule-group/default');
    assert.equal(defaultGroup.State, 'ACTIVE');

    const created = await scheduler.send(new CreateScheduleGroupCommand({ Name: 'team-a', Tags: [{ Key: 'owner', Value: 'a' }] }));
    assert.equal(created.ScheduleGroupArn, 'arn:aws:scheduler:us-east-1:000000000000:schedule-group/team-a');
    await scheduler.send(new CreateScheduleGroupCommand({ Name: 'team-b' }));

    const listed = await scheduler.send(new ListScheduleGroupsCommand({}));
    assert.deepEqual(listed.ScheduleGroups!.map((g) => g.Name), ['default', 'team-a', 'team-b']);
    const prefixed = await scheduler.send(new ListScheduleGroupsCommand({ NamePrefix: 'team', MaxResults: 1 }));
    assert.deepEqual(prefixed.ScheduleGroups!.map((g) => g.Name), ['team-a']);
    const next = await scheduler.send(new ListScheduleGroupsCommand({ NamePrefix: 'team', MaxResults: 1, NextToken: prefixed.NextToken }));
    assert.deepEqual(next.ScheduleGroups!.map((g) => g.Name), ['team-b']);
    assert.equal(next.NextToken, undefined);

    await scheduler.send(new TagResourceCommand({ ResourceArn: created.ScheduleGroupArn, Tags: [{ Key: 'stage', Value: 'dev' }, { Key: 'owner', Value: 'b' }] }));
    await scheduler.send(new UntagResourceCommand({ ResourceArn: created.ScheduleGroupArn, TagKeys: ['stage'] }));
    const tags = await scheduler.send(new ListTagsForResourceCommand({ ResourceArn: created.ScheduleGroupArn }));
    assert.deepEqual(tags.Tags, [{ Key: 'owner', Value: 'b' }]);

    // Deleting a group deletes its schedules: DELETING at once, gone on the clock.
    await scheduler.send(new CreateScheduleCommand(schedule('in-b', { GroupName: 'team-b' })));
    await scheduler.send(new DeleteScheduleGroupCommand({ Name: 'team-b' }));
    assert.equal((await scheduler.send(new GetScheduleGroupCommand({ Name: 'team-b' }))).State, 'DELETING');
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('late', { GroupName: 'team-b' }))), {
      name: 'ConflictException',
      message: 'Schedule group team-b is being deleted.',
      status: 409,
    });
    await advanceClock(cloud, '10s');
    await expectAwsError(scheduler.send(new GetScheduleGroupCommand({ Name: 'team-b' })), {
      name: 'ResourceNotFoundException',
      message: 'Schedule group team-b does not exist.',
      status: 404,
    });
    const left = await scheduler.send(new ListSchedulesCommand({}));
    assert.equal(left.Schedules!.some((s) => s.Name === 'in-b'), false);
  });

  test("AWS's errors for groups", async () => {
    await expectAwsError(scheduler.send(new CreateScheduleGroupCommand({ Name: 'team-a' })), {
      name: 'ConflictException',
      message: 'Schedule group team-a already exists.',
      status: 409,
    });
    for (const call of [
      new CreateScheduleGroupCommand({ Name: 'default' }),
      new DeleteScheduleGroupCommand({ Name: 'default' }),
      new TagResourceCommand({ ResourceArn: 'arn:aws:scheduler:us-east-1:000000000000:schedule-group/default', Tags: [{ Key: 'k', Value: 'v' }] }),
    ]) {
      await expectAwsError(scheduler.send(call as never), { name: 'ValidationException', message: 'This operation cannot be performed on schedule group default.', status: 400 });
    }
    await expectAwsError(scheduler.send(new DeleteScheduleGroupCommand({ Name: 'nope' })), {
      name: 'ResourceNotFoundException',
      message: 'Schedule group nope does not exist.',
      status: 404,
    });
    await expectAwsError(scheduler.send(new CreateScheduleGroupCommand({ Name: 'bad name!' })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'bad name!' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z-_.]+$",
      status: 400,
    });
    // Schedules take no tags: only a group's ARN is taggable.
    await expectAwsError(
      scheduler.send(new TagResourceCommand({ ResourceArn: 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/x', Tags: [{ Key: 'k', Value: 'v' }] })),
      { name: 'ValidationException', status: 400 },
    );
    await expectAwsError(
      scheduler.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:scheduler:us-east-1:000000000000:schedule-group/ghost' })),
      { name: 'ResourceNotFoundException', message: 'Schedule group ghost does not exist.', status: 404 },
    );
    // A retry with the same client token is answered as the first call was.
    const first = await scheduler.send(new CreateScheduleGroupCommand({ Name: 'idem', ClientToken: 'token-1' }));
    const again = await scheduler.send(new CreateScheduleGroupCommand({ Name: 'idem', ClientToken: 'token-1' }));
    assert.equal(again.ScheduleGroupArn, first.ScheduleGroupArn);
  });
});

describe('schedules', () => {
  test('create, get with AWS defaults, update, list with filters and pages, delete', async () => {
    const arn = (await scheduler.send(new CreateScheduleCommand(schedule('nightly', {
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      Description: 'every night',
      KmsKeyArn: 'arn:aws:kms:us-east-1:000000000000:key/abc-123',
      Target: { Arn: QUEUE_ARN, RoleArn: ROLE, Input: '{"a":1}', DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:000000000000:dlq' } },
    })))).ScheduleArn;
    assert.equal(arn, 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/nightly');

    const got = await scheduler.send(new GetScheduleCommand({ Name: 'nightly' }));
    assert.equal(got.Arn, arn);
    assert.equal(got.GroupName, 'default');
    assert.equal(got.State, 'ENABLED');
    assert.equal(got.ActionAfterCompletion, 'NONE');
    assert.equal(got.ScheduleExpressionTimezone, 'Europe/Paris');
    assert.equal(got.Description, 'every night');
    assert.equal(got.KmsKeyArn, 'arn:aws:kms:us-east-1:000000000000:key/abc-123');
    assert.deepEqual(got.Target!.RetryPolicy, { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 });
    assert.equal(got.Target!.Input, '{"a":1}');
    assert.ok(got.CreationDate instanceof Date);

    await scheduler.send(new UpdateScheduleCommand({ ...schedule('nightly'), State: 'DISABLED', ScheduleExpression: 'rate(1 hour)' }));
    const updated = await scheduler.send(new GetScheduleCommand({ Name: 'nightly' }));
    assert.equal(updated.State, 'DISABLED');
    assert.equal(updated.ScheduleExpression, 'rate(1 hour)');
    assert.equal(updated.Description, undefined, 'UpdateSchedule replaces the whole definition');
    assert.equal(updated.ScheduleExpressionTimezone, 'UTC', 'the time zone AWS reports when none was given');
    assert.equal(updated.CreationDate!.getTime(), got.CreationDate!.getTime());

    await scheduler.send(new CreateScheduleCommand(schedule('hourly-1')));
    await scheduler.send(new CreateScheduleCommand(schedule('hourly-2')));
    await scheduler.send(new CreateScheduleCommand(schedule('in-a', { GroupName: 'team-a' })));
    const all = await scheduler.send(new ListSchedulesCommand({}));
    assert.deepEqual(all.Schedules!.map((s) => `${s.GroupName}/${s.Name}`), ['default/hourly-1', 'default/hourly-2', 'default/nightly', 'team-a/in-a']);
    assert.deepEqual(all.Schedules![0].Target, { Arn: QUEUE_ARN });
    const disabled = await scheduler.send(new ListSchedulesCommand({ State: 'DISABLED' }));
    assert.deepEqual(disabled.Schedules!.map((s) => s.Name), ['nightly']);
    const inGroup = await scheduler.send(new ListSchedulesCommand({ GroupName: 'team-a' }));
    assert.deepEqual(inGroup.Schedules!.map((s) => s.Name), ['in-a']);
    const page1 = await scheduler.send(new ListSchedulesCommand({ NamePrefix: 'hourly', MaxResults: 1 }));
    const page2 = await scheduler.send(new ListSchedulesCommand({ NamePrefix: 'hourly', MaxResults: 1, NextToken: page1.NextToken }));
    assert.deepEqual([...page1.Schedules!, ...page2.Schedules!].map((s) => s.Name), ['hourly-1', 'hourly-2']);
    assert.equal(page2.NextToken, undefined);

    await scheduler.send(new DeleteScheduleCommand({ Name: 'hourly-2' }));
    await expectAwsError(scheduler.send(new GetScheduleCommand({ Name: 'hourly-2' })), {
      name: 'ResourceNotFoundException',
      message: 'Schedule hourly-2 does not exist.',
      status: 404,
    });
    for (const name of ['nightly', 'hourly-1']) await scheduler.send(new DeleteScheduleCommand({ Name: name }));
    await scheduler.send(new DeleteScheduleCommand({ Name: 'in-a', GroupName: 'team-a' }));
  });

  test("duplicate names, client tokens and missing groups get AWS's errors", async () => {
    await scheduler.send(new CreateScheduleCommand(schedule('dup', { ClientToken: 'tok' })));
    const again = await scheduler.send(new CreateScheduleCommand(schedule('dup', { ClientToken: 'tok' })));
    assert.equal(again.ScheduleArn, 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/dup');
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('dup'))), {
      name: 'ConflictException',
      message: 'Schedule dup already exists.',
      status: 409,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('x', { GroupName: 'ghost' }))), {
      name: 'ResourceNotFoundException',
      message: 'Schedule group ghost does not exist.',
      status: 404,
    });
    await expectAwsError(scheduler.send(new UpdateScheduleCommand(schedule('never-made'))), {
      name: 'ResourceNotFoundException',
      message: 'Schedule never-made does not exist.',
      status: 404,
    });
    await expectAwsError(scheduler.send(new ListSchedulesCommand({ GroupName: 'ghost' })), {
      name: 'ResourceNotFoundException',
      message: 'Schedule group ghost does not exist.',
      status: 404,
    });
    await expectAwsError(scheduler.send(new ListSchedulesCommand({ NextToken: 'not-a-token' })), { name: 'ValidationException', message: 'Invalid NextToken.', status: 400 });
    await scheduler.send(new DeleteScheduleCommand({ Name: 'dup' }));
  });

  test("bad expressions, time zones, windows, dates and ARNs get ValidationException with AWS's words", async () => {
    for (const expression of [' rate(10 minutes)', 'rate( 10 minutes )', 'rate(10 seconds)', 'at(2021-12-31T23:59:59Z)', 'rate(0 minutes)', 'rate(5 weeks)', 'cron(0 2 * * *)', 'cron(0 2 * * MON *)', 'cron(0 25 * * ? *)', 'at(2030-02-30T10:00:00)', 'at(2030-01-01T10:00)', 'every day']) {
      await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { ScheduleExpression: expression }))), {
        name: 'ValidationException',
        message: `Invalid Schedule Expression ${expression}.`,
        status: 400,
      });
    }
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { ScheduleExpressionTimezone: 'Mars/Olympus' }))), {
      name: 'ValidationException',
      message: 'Invalid Schedule Expression Timezone Mars/Olympus.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { FlexibleTimeWindow: { Mode: 'FLEXIBLE' } }))), {
      name: 'ValidationException',
      message: 'MaximumWindowInMinutes must be provided when FlexibleTimeWindow Mode is FLEXIBLE.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 1441 } }))), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '1441' at 'flexibleTimeWindow.maximumWindowInMinutes' failed to satisfy constraint: Member must have value less than or equal to 1440",
      status: 400,
    });
    const soon = Date.now() + 3_600_000;
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { StartDate: new Date(soon), EndDate: new Date(soon - 60_000) }))), {
      name: 'ValidationException',
      message: 'The EndDate you specify must be later than the StartDate.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { StartDate: new Date(Date.now() - 3_600_000) }))), {
      name: 'ValidationException',
      message: 'The StartDate you specify cannot be earlier than 5 minutes prior to the current time.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'not-an-arn', RoleArn: ROLE } }))), {
      name: 'ValidationException',
      message: 'Provided Arn is not in correct format.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'arn:aws:rds:us-east-1:000000000000:db:x', RoleArn: ROLE } }))), {
      name: 'ValidationException',
      message: 'rds is not a supported service for a target.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'arn:aws:scheduler:::aws-sdk:rds:stopDBInstance', RoleArn: ROLE, Input: '{}' } }))), {
      name: 'ValidationException',
      message: 'rds is not a supported service for a target.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'arn:aws:scheduler:::aws-sdk:sqs:getQueueUrl', RoleArn: ROLE, Input: '{}' } }))), {
      name: 'ValidationException',
      message: 'Unsupported action: getQueueUrl is a read-only API action.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'arn:aws:scheduler:::aws-sdk:sqs:launchRocket', RoleArn: ROLE, Input: '{}' } }))), {
      name: 'ValidationException',
      message: 'Unsupported action: launchRocket is not an action of sqs.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'arn:aws:scheduler:::aws-sdk:sqs:sendMessage', RoleArn: ROLE, Input: 'not json' } }))), {
      name: 'ValidationException',
      message: 'Invalid RequestJson provided. Reason Input must be a well-formed JSON object.',
      status: 400,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: QUEUE_ARN, RoleArn: 'arn:aws:iam::000000000000:user/bob' } }))), {
      name: 'ValidationException',
      status: 400,
      message: /at 'target.roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    });
    await expectAwsError(scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: 'arn:aws:events:us-east-1:000000000000:event-bus/default', RoleArn: ROLE } }))), {
      name: 'ValidationException',
      message: 'EventBridgeParameters is required for an EventBridge PutEvents target.',
      status: 400,
    });
    await expectAwsError(
      scheduler.send(new CreateScheduleCommand(schedule('bad', { Target: { Arn: QUEUE_ARN, RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 186 } } }))),
      { name: 'ValidationException', status: 400, message: /Member must have value less than or equal to 185/ },
    );
    const listed = await scheduler.send(new ListSchedulesCommand({}));
    assert.equal(listed.Schedules!.length, 0, 'nothing was created by a refused call');
  });
});
