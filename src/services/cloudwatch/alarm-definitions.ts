import type { RequestContext } from '../../core/context.js';
import { arn } from '../../core/ids.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { refersTo } from './alarm-descriptions.js';
import { recordConfigurationUpdate } from './alarm-history.js';
import { parseAlarmRule, ruleAlarms, RuleError } from './alarm-rule.js';
import { checkActions, checkMetricAlarm } from './alarm-validation.js';
import { alarmLimitExceeded, alarmNotFound, validationError } from './errors.js';
import { isInsightsQuery } from './metrics-insights.js';
import type { CloudWatchService } from './service.js';
import { canonicalDimensions, type AlarmRecord, type DimensionPair } from './state.js';

/** Defining alarms: PutMetricAlarm, PutCompositeAlarm and DeleteAlarms. */

/** Alarms on Metrics Insights queries an account may have in a Region (AWS's default quota). */
const MAX_INSIGHTS_ALARMS = 200;

type Operations = Pick<Cw.CloudwatchOperations, 'PutMetricAlarm' | 'PutCompositeAlarm' | 'DeleteAlarms'>;

export function alarmDefinitionOperations(service: CloudWatchService): Operations {
  const { state, clock, alarms: engine } = service;

  /** Stores a new or updated alarm (members left unset are left out), its tags (on creation only, as AWS) and its ConfigurationUpdate history item. */
  function save(
    kind: AlarmRecord['kind'],
    doc: Record<string, unknown>,
    context: RequestContext,
    existing: AlarmRecord | undefined,
    tags: Cw.TagShape[] | undefined,
    now: number,
  ): AlarmRecord {
    for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
    const record: AlarmRecord = { account: context.accountId, region: context.region, name: String(doc.AlarmName), kind, document: doc };
    state.putAlarm(record);
    if (!existing && tags?.length) state.setTags(String(record.document.AlarmArn), Object.fromEntries(tags.map((t) => [t.Key, t.Value])));
    recordConfigurationUpdate(state, record, Boolean(existing), now);
    return record;
  }

  return {
    PutMetricAlarm(input, context) {
      checkMetricAlarm(input, context.region);
      const now = clock.now();
      const existing = state.alarm(context.accountId, context.region, input.AlarmName);
      if (existing && existing.kind !== 'MetricAlarm') throw validationError(`The alarm ${input.AlarmName} is a composite alarm; a metric alarm cannot replace it.`);
      // Alarms on Metrics Insights queries: 200 an account and Region.
      const onInsights = (doc: { Metrics?: unknown }) => ((doc.Metrics as Cw.MetricDataQuery[] | undefined) ?? []).some((q) => q.Expression !== undefined && isInsightsQuery(q.Expression));
      if (onInsights(input) && !(existing && onInsights(existing.document))) {
        if (state.insightsAlarmCount(context.accountId, context.region) >= MAX_INSIGHTS_ALARMS) throw alarmLimitExceeded();
      }
      const doc: Record<string, unknown> = {
        ...alarmBase(input, context, existing, now),
        MetricName: input.MetricName,
        Namespace: input.Namespace,
        Statistic: input.Statistic,
        ExtendedStatistic: input.ExtendedStatistic,
        Dimensions: input.Metrics?.length ? undefined : canonicalDimensions(input.Dimensions as DimensionPair[] | undefined),
        Period: input.Period,
        Unit: input.Unit,
        EvaluationPeriods: input.EvaluationPeriods,
        DatapointsToAlarm: input.DatapointsToAlarm,
        Threshold: input.Threshold,
        ComparisonOperator: input.ComparisonOperator,
        TreatMissingData: input.TreatMissingData,
        EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
        Metrics: input.Metrics,
        ThresholdMetricId: input.ThresholdMetricId,
        EvaluationInterval: input.EvaluationInterval,
      };
      engine.schedule(save('MetricAlarm', doc, context, existing, input.Tags, now));
    },

    PutCompositeAlarm(input, context) {
      let rule;
      try {
        rule = parseAlarmRule(input.AlarmRule);
      } catch (error) {
        if (error instanceof RuleError) throw validationError(`Error in alarm rule: ${error.message}`);
        throw error;
      }
      checkActions(input.AlarmActions, context.region);
      checkActions(input.OKActions, context.region);
      checkActions(input.InsufficientDataActions, context.region);
      const all = state.alarms(context.accountId, context.region);
      const referenced = [...ruleAlarms(rule)];
      if (referenced.includes(input.AlarmName) || referenced.includes(alarmArn(context, input.AlarmName))) {
        throw validationError('The alarm rule of a composite alarm cannot refer to the composite alarm itself.');
      }
      const missing = referenced.filter((name) => !all.some((a) => a.name === name || a.document.AlarmArn === name));
      if (missing.length) throw validationError(`Could not save the composite alarm as alarms [${missing.join(', ')}] in the alarm rule do not exist`);
      const now = clock.now();
      const existing = all.find((a) => a.name === input.AlarmName);
      if (existing && existing.kind !== 'CompositeAlarm') throw validationError(`The alarm ${input.AlarmName} is a metric alarm; a composite alarm cannot replace it.`);
      const doc: Record<string, unknown> = {
        ...alarmBase(input, context, existing, now),
        AlarmRule: input.AlarmRule,
        ActionsSuppressor: input.ActionsSuppressor,
        ActionsSuppressorWaitPeriod: input.ActionsSuppressorWaitPeriod,
        ActionsSuppressorExtensionPeriod: input.ActionsSuppressorExtensionPeriod,
      };
      const record = save('CompositeAlarm', doc, context, existing, input.Tags, now);
      // A composite alarm is evaluated at once against its children's current states.
      engine.evaluateComposite(record, state.alarms(context.accountId, context.region), now);
      engine.updateComposites(context.accountId, context.region, now);
    },

    DeleteAlarms(input, context) {
      const missing = input.AlarmNames.filter((name) => !state.alarm(context.accountId, context.region, name));
      if (missing.length) throw alarmNotFound(`${missing.length > 1 ? 'Alarms' : 'Alarm'} ${missing.join(', ')} not found`);
      const all = state.alarms(context.accountId, context.region);
      // Nothing is deleted while a composite that stays names one of them (a composite deleted in the same call does not count).
      const dependedOn = [...new Set(input.AlarmNames)].filter((name) => {
        const alarm = all.find((a) => a.name === name)!;
        return all.some((a) => !input.AlarmNames.includes(a.name) && refersTo(a, alarm));
      });
      if (dependedOn.length) {
        throw validationError(`Cannot delete ${dependedOn.join(',')} as there are composite alarm(s) depending on ${dependedOn.length > 1 ? 'them' : 'it'}.`);
      }
      state.transaction(() => {
        for (const name of new Set(input.AlarmNames)) {
          const alarm = state.alarm(context.accountId, context.region, name)!;
          state.deleteAlarm(context.accountId, context.region, name);
          state.setTags(String(alarm.document.AlarmArn), {});
          engine.unschedule(context.accountId, context.region, name);
        }
      });
    },
  };
}

function alarmArn(context: { accountId: string; region: string }, name: string): string {
  return arn({ service: 'cloudwatch', region: context.region, account: context.accountId, resource: `alarm:${name}` });
}

/** What metric and composite alarms share: identity, actions, and the state carried over from the alarm they replace. */
function alarmBase(
  input: { AlarmName: string; AlarmDescription?: string; ActionsEnabled?: boolean; OKActions?: string[]; AlarmActions?: string[]; InsufficientDataActions?: string[] },
  context: RequestContext,
  existing: AlarmRecord | undefined,
  now: number,
): Record<string, unknown> {
  return {
    AlarmName: input.AlarmName,
    AlarmArn: alarmArn(context, input.AlarmName),
    AlarmDescription: input.AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: now,
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    StateValue: existing?.document.StateValue ?? 'INSUFFICIENT_DATA',
    StateReason: existing?.document.StateReason ?? 'Unchecked: Initial alarm creation',
    StateReasonData: existing?.document.StateReasonData,
    StateUpdatedTimestamp: existing?.document.StateUpdatedTimestamp ?? now,
    StateTransitionedTimestamp: existing?.document.StateTransitionedTimestamp ?? now,
  };
}
