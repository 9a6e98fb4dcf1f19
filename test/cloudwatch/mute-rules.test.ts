import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteAlarmMuteRuleCommand,
  DescribeAlarmsCommand,
  GetAlarmMuteRuleCommand,
  GetOTelEnrichmentCommand,
  ListAlarmMuteRulesCommand,
  ListTagsForResourceCommand,
  PutAlarmMuteRuleCommand,
  PutMetricAlarmCommand,
  StartOTelEnrichmentCommand,
  StopOTelEnrichmentCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Provider, ServiceModule } from '../../src/core/runtime.js';
import type { Cloud } from '../../src/index.js';
import { inMuteWindow, parseMuteDuration, parseMuteSchedule, ScheduleError } from '../../src/services/cloudwatch/mute-schedule.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import type { SnsApi, SnsPublishRequest } from '../../src/services/sns/api.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const TOPIC = 'arn:aws:sns:us-east-1:000000000000:pager';
const published: SnsPublishRequest[] = [];
const fakeSns: SnsApi = { publish: (request) => ({ messageId: `m-${published.push(request)}` }) };
const HOUR = 3_600_000;

describe('mute schedules (unit)', () => {
  test('cron fields with names, ranges and lists; at(); durations; time zones', () => {
    const weekdays = parseMuteSchedule('cron(30 2 * JAN-MAR MON,WED-FRI)');
    const at = (iso: string) => Date.parse(iso);
    // Wednesday 2026-01-07 02:30 UTC opens a window.
    assert.equal(inMuteWindow(weekdays, HOUR, 'UTC', at('2026-01-07T02:59:00Z')), true);
    assert.equal(inMuteWindow(weekdays, HOUR, 'UTC', at('2026-01-07T03:30:00Z')), false);
    assert.equal(inMuteWindow(weekdays, HOUR, 'UTC', at('2026-01-06T02:45:00Z')), false, 'Tuesday is not named');
    assert.equal(inMuteWindow(weekdays, HOUR, 'UTC', at('2026-04-01T02:45:00Z')), false, 'April is not named');
    // 02:00 in Tokyo is 17:00 UTC the day before.
    const tokyo = parseMuteSchedule('cron(0 2 * * *)');
    assert.equal(inMuteWindow(tokyo, HOUR, 'Asia/Tokyo', at('2026-01-06T17:10:00Z')), true);
    assert.equal(inMuteWindow(tokyo, HOUR, 'Asia/Tokyo', at('2026-01-07T02:10:00Z')), false);
    const once = parseMuteSchedule('at(2026-05-10T14:00)');
    assert.equal(inMuteWindow(once, parseMuteDuration('P2DT12H'), 'UTC', at('2026-05-12T23:00:00Z')), true);
    assert.equal(inMuteWindow(once, parseMuteDuration('P2DT12H'), 'UTC', at('2026-05-13T02:00:00Z')), false);
    for (const bad of ['cron(0 2 * *)', 'cron(61 2 * * *)', 'cron(0 2 * * FUNDAY)', 'rate(5 minutes)', 'at(2026-02-30T10:00)']) assert.throws(() => parseMuteSchedule(bad), ScheduleError, bad);
    for (const bad of ['PT30S', 'P16D', '4H', 'PT']) assert.throws(() => parseMuteDuration(bad), ScheduleError, bad);
    assert.equal(parseMuteDuration('P1W'), 7 * 24 * HOUR);
  });
});

describe('alarm mute rules and OTel enrichment (SDK v3, virtual clock)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  const saved = { ...SERVICE_LOADERS };
  before(async () => {
    SERVICE_LOADERS.sns = async (): Promise<ServiceModule> => ({ createProvider: (): Provider => ({ operations: {}, api: fakeSns }) });
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
    for (const key of Object.keys(SERVICE_LOADERS)) delete SERVICE_LOADERS[key];
    Object.assign(SERVICE_LOADERS, saved);
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  test('an active rule mutes the actions of the alarms it names (they still change state); deleting it runs the ALARM actions', async () => {
    // To 02:00:30 UTC, inside the nightly window.
    const now = cloud.clock.now();
    const day = 24 * HOUR;
    const target = Math.floor(now / day) * day + 2 * HOUR + 30_000;
    await advanceClock(cloud, target > now ? target - now : target + day - now);
    await cw.send(
      new PutAlarmMuteRuleCommand({
        Name: 'nightly-backup',
        Description: 'backups make the disks busy',
        Rule: { Schedule: { Expression: 'cron(0 2 * * *)', Duration: 'PT2H' } },
        MuteTargets: { AlarmNames: ['disk-busy'] },
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    );
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'disk-busy',
        Namespace: 'Host',
        MetricName: 'DiskBusy',
        Statistic: 'Maximum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 90,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'breaching',
        AlarmActions: [TOPIC],
      }),
    );
    await advanceClock(cloud, 60_000);
    await settle();
    assert.equal((await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['disk-busy'] }))).MetricAlarms![0].StateValue, 'ALARM');
    assert.equal(published.length, 0, 'the ALARM action was muted');

    const rule = await cw.send(new GetAlarmMuteRuleCommand({ AlarmMuteRuleName: 'nightly-backup' }));
    assert.equal(rule.Status, 'ACTIVE');
    assert.equal(rule.MuteType, 'RECURRING');
    assert.equal(rule.AlarmMuteRuleArn, 'arn:aws:cloudwatch:us-east-1:000000000000:alarm-mute-rule:nightly-backup');
    assert.deepEqual(rule.MuteTargets, { AlarmNames: ['disk-busy'] });
    assert.deepEqual((await cw.send(new ListTagsForResourceCommand({ ResourceARN: rule.AlarmMuteRuleArn }))).Tags, [{ Key: 'team', Value: 'ops' }]);

    await cw.send(new DeleteAlarmMuteRuleCommand({ AlarmMuteRuleName: 'nightly-backup' }));
    await settle();
    assert.equal(published.length, 1, 'unmuted in ALARM: the ALARM action ran');
    assert.equal(published[0].topicArn, TOPIC);
    await cw.send(new DeleteAlarmMuteRuleCommand({ AlarmMuteRuleName: 'nightly-backup' }));
    await expectAwsError(cw.send(new GetAlarmMuteRuleCommand({ AlarmMuteRuleName: 'nightly-backup' })), {
      name: 'ResourceNotFoundException',
      message: 'Alarm mute rule nightly-backup does not exist.',
      status: 404,
    });
  });

  test('statuses (SCHEDULED, ACTIVE, EXPIRED), one-time windows, listing filtered and paged', async () => {
    const now = cloud.clock.now();
    const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
    await cw.send(new PutAlarmMuteRuleCommand({ Name: 'a-later', Rule: { Schedule: { Expression: `at(${iso(now + 5 * HOUR)})`, Duration: 'PT1H' } }, MuteTargets: { AlarmNames: ['disk-busy'] } }));
    await cw.send(new PutAlarmMuteRuleCommand({ Name: 'b-now', Rule: { Schedule: { Expression: `at(${iso(now - 60_000)})`, Duration: 'PT1H' } }, MuteTargets: { AlarmNames: ['other'] } }));
    await cw.send(
      new PutAlarmMuteRuleCommand({ Name: 'c-expired', Rule: { Schedule: { Expression: 'cron(* * * * *)', Duration: 'PT1M' } }, ExpireDate: new Date(now - 1000), MuteTargets: { AlarmNames: ['disk-busy'] } }),
    );
    const all = await cw.send(new ListAlarmMuteRulesCommand({}));
    assert.deepEqual(all.AlarmMuteRuleSummaries!.map((s) => [s.AlarmMuteRuleArn!.split(':').pop(), s.Status, s.MuteType]), [
      ['a-later', 'SCHEDULED', 'ONE_TIME'],
      ['b-now', 'ACTIVE', 'ONE_TIME'],
      ['c-expired', 'EXPIRED', 'RECURRING'],
    ]);
    const forDisk = await cw.send(new ListAlarmMuteRulesCommand({ AlarmName: 'disk-busy', Statuses: ['SCHEDULED', 'EXPIRED'], MaxRecords: 1 }));
    assert.equal(forDisk.AlarmMuteRuleSummaries!.length, 1);
    const next = await cw.send(new ListAlarmMuteRulesCommand({ AlarmName: 'disk-busy', Statuses: ['SCHEDULED', 'EXPIRED'], MaxRecords: 1, NextToken: forDisk.NextToken }));
    assert.deepEqual([...forDisk.AlarmMuteRuleSummaries!, ...next.AlarmMuteRuleSummaries!].map((s) => s.Status), ['SCHEDULED', 'EXPIRED']);
    await advanceClock(cloud, HOUR + 60_000);
    assert.equal((await cw.send(new GetAlarmMuteRuleCommand({ AlarmMuteRuleName: 'b-now' }))).Status, 'EXPIRED', 'a one-time window that has passed');
  });

  test('errors: schedule, duration, time zone and dates (ValidationError), unknown alarm filter, bad token', async () => {
    const put = (schedule: { Expression: string; Duration: string; Timezone?: string }, extra: Record<string, unknown> = {}) =>
      cw.send(new PutAlarmMuteRuleCommand({ Name: 'bad', Rule: { Schedule: schedule }, MuteTargets: { AlarmNames: ['x'] }, ...extra }));
    await expectAwsError(put({ Expression: 'rate(1 hour)', Duration: 'PT1H' }), {
      name: 'ValidationException',
      message: 'The schedule expression must be cron(Minutes Hours Day-of-month Month Day-of-week) or at(yyyy-MM-ddThh:mm)',
      status: 400,
    });
    await expectAwsError(put({ Expression: 'cron(0 2 * * *)', Duration: 'P16D' }), { name: 'ValidationException', message: 'The duration P16D must be between PT1M and P15D' });
    await expectAwsError(put({ Expression: 'cron(0 2 * * *)', Duration: 'PT1H', Timezone: 'Moon/Base' }), {
      name: 'ValidationException',
      message: 'The value Moon/Base for parameter Rule.Schedule.Timezone is not a valid time zone.',
    });
    await expectAwsError(put({ Expression: 'cron(0 2 * * *)', Duration: 'PT1H' }, { StartDate: new Date(2_000_000_000_000), ExpireDate: new Date(1_900_000_000_000) }), {
      name: 'ValidationException',
      message: 'The StartDate of a mute rule must be before its ExpireDate.',
    });
    await expectAwsError(cw.send(new ListAlarmMuteRulesCommand({ AlarmName: 'no-such-alarm' })), { name: 'ResourceNotFoundException', message: 'Alarm no-such-alarm does not exist.', status: 404 });
    await expectAwsError(cw.send(new ListAlarmMuteRulesCommand({ NextToken: 'nope' })), { name: 'InvalidNextToken', status: 400 });
    assert.equal((await cw.send(new ListAlarmMuteRulesCommand({}))).AlarmMuteRuleSummaries!.length, 3, 'the server still answers');
  });

  test('OTel enrichment: Stopped until started, and stopped again', async () => {
    assert.equal((await cw.send(new GetOTelEnrichmentCommand({}))).Status, 'Stopped');
    await cw.send(new StartOTelEnrichmentCommand({}));
    assert.equal((await cw.send(new GetOTelEnrichmentCommand({}))).Status, 'Running');
    await cw.send(new StopOTelEnrichmentCommand({}));
    assert.equal((await cw.send(new GetOTelEnrichmentCommand({}))).Status, 'Stopped');
  });
});
