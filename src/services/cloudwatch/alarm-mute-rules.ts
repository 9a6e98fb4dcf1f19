import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { invalidNextToken, validationError } from './errors.js';
import { ScheduleError } from '../../core/schedule.js';
import { inMuteWindow, oneTimeStart, parseMuteDuration, parseMuteSchedule } from './mute-schedule.js';
import type { CloudWatchService } from './service.js';
import type { CloudWatchState } from './state.js';

/**
 * Alarm mute rules (PutAlarmMuteRule, GetAlarmMuteRule, ListAlarmMuteRules,
 * DeleteAlarmMuteRule): while a rule is active its alarms still evaluate and
 * change state, but their actions are not run. Deleting a rule that mutes an
 * alarm in ALARM runs that alarm's ALARM actions, as AWS documents.
 */

type Operations = Pick<Cw.CloudwatchOperations, 'PutAlarmMuteRule' | 'GetAlarmMuteRule' | 'ListAlarmMuteRules' | 'DeleteAlarmMuteRule'>;

const DEFAULT_PAGE = 50;
const STATUSES = ['SCHEDULED', 'ACTIVE', 'EXPIRED'];

interface MuteRuleDocument {
  Name: string;
  AlarmMuteRuleArn: string;
  Description?: string;
  Rule: Cw.Rule;
  MuteTargets?: Cw.MuteTargets;
  StartDate?: number;
  ExpireDate?: number;
  LastUpdatedTimestamp: number;
}

function muteRuleArn(context: { accountId: string; region: string }, name: string): string {
  return arn({ service: 'cloudwatch', region: context.region, account: context.accountId, resource: `alarm-mute-rule:${name}` });
}

function muteType(rule: MuteRuleDocument): 'ONE_TIME' | 'RECURRING' {
  return rule.Rule.Schedule.Expression.trim().startsWith('at(') ? 'ONE_TIME' : 'RECURRING';
}

/** SCHEDULED, ACTIVE or EXPIRED at `now`: expired past ExpireDate (or, for a one-time window, once it has passed). */
function statusOf(rule: MuteRuleDocument, now: number): 'SCHEDULED' | 'ACTIVE' | 'EXPIRED' {
  if (rule.ExpireDate !== undefined && now >= rule.ExpireDate) return 'EXPIRED';
  const schedule = parseMuteSchedule(rule.Rule.Schedule.Expression);
  const duration = parseMuteDuration(rule.Rule.Schedule.Duration);
  const zone = rule.Rule.Schedule.Timezone ?? 'UTC';
  if (schedule.kind === 'at' && now >= oneTimeStart(schedule, zone) + duration) return 'EXPIRED';
  if (rule.StartDate !== undefined && now < rule.StartDate) return 'SCHEDULED';
  return inMuteWindow(schedule, duration, zone, now) ? 'ACTIVE' : 'SCHEDULED';
}

/** Whether an active mute rule names the alarm at `now`: what the alarm engine asks before running actions. */
export function alarmActionsMuted(state: CloudWatchState, account: string, region: string, alarmName: string, now: number): boolean {
  return state
    .resources<MuteRuleDocument>(account, region, 'mute-rule')
    .some((rule) => rule.MuteTargets?.AlarmNames.includes(alarmName) && statusOf(rule, now) === 'ACTIVE');
}

export function alarmMuteRuleOperations(service: CloudWatchService): Operations {
  const { state, clock, alarms: engine } = service;
  const load = (context: RequestContext, name: string) => state.resource<MuteRuleDocument>(context.accountId, context.region, 'mute-rule', name);

  return {
    PutAlarmMuteRule(input, context) {
      const schedule = input.Rule.Schedule;
      try {
        parseMuteSchedule(schedule.Expression);
        parseMuteDuration(schedule.Duration);
      } catch (error) {
        if (error instanceof ScheduleError) throw validationError(error.message);
        throw error;
      }
      if (schedule.Timezone !== undefined) {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: schedule.Timezone });
        } catch {
          throw validationError(`The value ${schedule.Timezone} for parameter Rule.Schedule.Timezone is not a valid time zone.`);
        }
      }
      if (input.StartDate && input.ExpireDate && input.StartDate.getTime() >= input.ExpireDate.getTime()) {
        throw validationError('The StartDate of a mute rule must be before its ExpireDate.');
      }
      const existing = load(context, input.Name);
      const rule: MuteRuleDocument = {
        Name: input.Name,
        AlarmMuteRuleArn: muteRuleArn(context, input.Name),
        Description: input.Description,
        Rule: input.Rule,
        MuteTargets: input.MuteTargets,
        StartDate: input.StartDate?.getTime(),
        ExpireDate: input.ExpireDate?.getTime(),
        LastUpdatedTimestamp: clock.now(),
      };
      state.putResource(context.accountId, context.region, 'mute-rule', rule.Name, rule);
      if (!existing && input.Tags?.length) state.setTags(rule.AlarmMuteRuleArn, Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
    },

    GetAlarmMuteRule(input, context) {
      const rule = load(context, input.AlarmMuteRuleName);
      if (!rule) throw new AwsError('ResourceNotFoundException', `Alarm mute rule ${input.AlarmMuteRuleName} does not exist.`, 404);
      return {
        Name: rule.Name,
        AlarmMuteRuleArn: rule.AlarmMuteRuleArn,
        Description: rule.Description,
        Rule: rule.Rule,
        MuteTargets: rule.MuteTargets,
        StartDate: rule.StartDate === undefined ? undefined : new Date(rule.StartDate),
        ExpireDate: rule.ExpireDate === undefined ? undefined : new Date(rule.ExpireDate),
        Status: statusOf(rule, clock.now()),
        LastUpdatedTimestamp: new Date(rule.LastUpdatedTimestamp),
        MuteType: muteType(rule),
      };
    },

    ListAlarmMuteRules(input, context) {
      for (const status of input.Statuses ?? []) {
        if (!STATUSES.includes(status)) throw validationError(`The value ${status} for parameter Statuses is not valid. Valid values are: ${STATUSES.join(', ')}.`);
      }
      if (input.AlarmName !== undefined && !state.alarm(context.accountId, context.region, input.AlarmName)) {
        throw new AwsError('ResourceNotFoundException', `Alarm ${input.AlarmName} does not exist.`, 404);
      }
      const now = clock.now();
      const rules = state
        .resources<MuteRuleDocument>(context.accountId, context.region, 'mute-rule')
        .map((rule) => ({ rule, status: statusOf(rule, now) }))
        .filter(({ rule, status }) => (input.AlarmName === undefined || rule.MuteTargets?.AlarmNames.includes(input.AlarmName)) && (!input.Statuses?.length || input.Statuses.includes(status)));
      const page = pageAfterKey(rules, (r) => r.rule.Name, input.MaxRecords ?? DEFAULT_PAGE, input.NextToken, invalidNextToken);
      return {
        AlarmMuteRuleSummaries: page.items.map(({ rule, status }) => ({
          AlarmMuteRuleArn: rule.AlarmMuteRuleArn,
          ExpireDate: rule.ExpireDate === undefined ? undefined : new Date(rule.ExpireDate),
          Status: status,
          MuteType: muteType(rule),
          LastUpdatedTimestamp: new Date(rule.LastUpdatedTimestamp),
        })),
        NextToken: page.nextToken,
      };
    },

    DeleteAlarmMuteRule(input, context) {
      const rule = load(context, input.AlarmMuteRuleName);
      // Deleting a rule that does not exist succeeds (the operation is idempotent).
      if (!rule) return;
      const now = clock.now();
      const wasActive = statusOf(rule, now) === 'ACTIVE';
      state.deleteResource(context.accountId, context.region, 'mute-rule', rule.Name);
      state.setTags(rule.AlarmMuteRuleArn, {});
      // Alarms this rule muted while in ALARM run their ALARM actions once unmuted.
      if (!wasActive) return;
      for (const name of rule.MuteTargets?.AlarmNames ?? []) {
        const alarm = state.alarm(context.accountId, context.region, name);
        if (alarm?.document.StateValue === 'ALARM' && !alarmActionsMuted(state, context.accountId, context.region, name, now)) engine.runActions(alarm, now);
      }
    },
  };
}

/** OTel enrichment of vended metrics: a switch per account and Region (Nimbus vends no EC2-style resource metrics to enrich). */
export function otelEnrichmentOperations(service: CloudWatchService): Pick<Cw.CloudwatchOperations, 'StartOTelEnrichment' | 'StopOTelEnrichment' | 'GetOTelEnrichment'> {
  const { state } = service;
  const set = (context: RequestContext, status: 'Running' | 'Stopped') => state.putResource(context.accountId, context.region, 'otel-enrichment', 'account', { Status: status });
  return {
    StartOTelEnrichment(_input, context) {
      set(context, 'Running');
      return {};
    },
    StopOTelEnrichment(_input, context) {
      set(context, 'Stopped');
      return {};
    },
    GetOTelEnrichment(_input, context) {
      return { Status: state.resource<{ Status: 'Running' | 'Stopped' }>(context.accountId, context.region, 'otel-enrichment', 'account')?.Status ?? 'Stopped' };
    },
  };
}
