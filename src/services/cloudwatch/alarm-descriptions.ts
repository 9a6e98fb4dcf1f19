import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { AwsError } from '../../core/errors.js';
import type { StoredContributor } from './alarm-judgement.js';
import { parseAlarmRule, ruleAlarms } from './alarm-rule.js';
import { invalidNextToken, invalidParameterCombination } from './errors.js';
import type { CloudWatchService } from './service.js';
import { canonicalDimensions, type AlarmRecord, type DimensionPair } from './state.js';

/** Reading alarms: DescribeAlarms (with composites' children and parents), DescribeAlarmsForMetric and DescribeAlarmContributors. */

const CONTRIBUTOR_PAGE = 100;

export function alarmDescriptionOperations(service: CloudWatchService): Pick<Cw.CloudwatchOperations, 'DescribeAlarms' | 'DescribeAlarmsForMetric' | 'DescribeAlarmContributors'> {
  const { state } = service;
  return {
    DescribeAlarms(input, context) {
      const all = state.alarms(context.accountId, context.region);
      let selected: AlarmRecord[];
      if (input.ChildrenOfAlarmName) {
        const parent = all.find((a) => a.name === input.ChildrenOfAlarmName);
        selected = parent ? childrenOf(parent, all) : [];
      } else if (input.ParentsOfAlarmName) {
        const child = all.find((a) => a.name === input.ParentsOfAlarmName);
        selected = child ? all.filter((a) => refersTo(a, child)) : [];
      } else {
        if (input.AlarmNames?.length && input.AlarmNamePrefix) {
          throw invalidParameterCombination('The parameters AlarmNames and AlarmNamePrefix are mutually exclusive and you have specified both.');
        }
        const types = input.AlarmTypes?.length ? input.AlarmTypes : ['MetricAlarm'];
        selected = all.filter((a) => {
          if (!types.includes(a.kind)) return false;
          if (input.AlarmNames?.length && !input.AlarmNames.includes(a.name)) return false;
          if (input.AlarmNamePrefix && !a.name.startsWith(input.AlarmNamePrefix)) return false;
          if (input.StateValue && a.document.StateValue !== input.StateValue) return false;
          if (input.ActionPrefix) {
            const actions = [...((a.document.AlarmActions as string[]) ?? []), ...((a.document.OKActions as string[]) ?? []), ...((a.document.InsufficientDataActions as string[]) ?? [])];
            if (!actions.some((action) => action.startsWith(input.ActionPrefix!))) return false;
          }
          return true;
        });
      }
      selected.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const offset = input.NextToken ? decodePageToken(input.NextToken, isOffset, invalidNextToken).offset : 0;
      const max = input.MaxRecords ?? 50;
      const page = selected.slice(offset, offset + max);
      return {
        MetricAlarms: page.filter((a) => a.kind === 'MetricAlarm').map(describeAlarm) as Cw.MetricAlarm[],
        CompositeAlarms: page.filter((a) => a.kind === 'CompositeAlarm').map(describeAlarm) as Cw.CompositeAlarm[],
        NextToken: offset + max < selected.length ? encodePageToken({ offset: offset + max }) : undefined,
      };
    },

    DescribeAlarmsForMetric(input, context) {
      const wanted = input.Dimensions ? JSON.stringify(canonicalDimensions(input.Dimensions as DimensionPair[])) : undefined;
      const alarms = state.alarms(context.accountId, context.region).filter((a) => {
        const doc = a.document;
        if (a.kind !== 'MetricAlarm' || doc.MetricName !== input.MetricName || doc.Namespace !== input.Namespace) return false;
        if (input.Statistic && doc.Statistic !== input.Statistic) return false;
        if (input.ExtendedStatistic && doc.ExtendedStatistic !== input.ExtendedStatistic) return false;
        if (input.Period && doc.Period !== input.Period) return false;
        if (input.Unit && doc.Unit !== input.Unit) return false;
        if (wanted !== undefined && JSON.stringify(doc.Dimensions ?? []) !== wanted) return false;
        return true;
      });
      return { MetricAlarms: alarms.map(describeAlarm) as Cw.MetricAlarm[] };
    },

    DescribeAlarmContributors(input, context) {
      const alarm = state.alarm(context.accountId, context.region, input.AlarmName);
      if (!alarm) throw new AwsError('ResourceNotFoundException', `Alarm ${input.AlarmName} does not exist.`, 404);
      // Contributors in ALARM, kept by the alarm engine for alarms on several time series (none for others).
      const contributors = (alarm.document.alarmContributors as StoredContributor[] | undefined) ?? [];
      const offset = input.NextToken ? decodePageToken(input.NextToken, isOffset, invalidNextToken).offset : 0;
      const page = contributors.slice(offset, offset + CONTRIBUTOR_PAGE);
      return {
        AlarmContributors: page.map((c) => ({ ...c, StateTransitionedTimestamp: new Date(c.StateTransitionedTimestamp) })),
        NextToken: offset + CONTRIBUTOR_PAGE < contributors.length ? encodePageToken({ offset: offset + CONTRIBUTOR_PAGE }) : undefined,
      };
    },
  };
}

function describeAlarm(record: AlarmRecord): Record<string, unknown> {
  const { alarmContributors: _contributors, ...doc } = record.document;
  for (const key of ['AlarmConfigurationUpdatedTimestamp', 'StateUpdatedTimestamp', 'StateTransitionedTimestamp']) {
    if (typeof doc[key] === 'number') doc[key] = new Date(doc[key] as number);
  }
  return doc;
}

/** The names and ARNs a composite alarm's rule refers to (none for a metric alarm). */
function ruleNames(record: AlarmRecord): Set<string> {
  if (record.kind !== 'CompositeAlarm') return new Set();
  try {
    return ruleAlarms(parseAlarmRule(String(record.document.AlarmRule)));
  } catch {
    return new Set();
  }
}

function childrenOf(record: AlarmRecord, all: AlarmRecord[]): AlarmRecord[] {
  const names = ruleNames(record);
  return names.size ? all.filter((a) => names.has(a.name) || names.has(String(a.document.AlarmArn))) : [];
}

/** Whether a composite's rule names the alarm: its rule is read, not the whole list of alarms matched against it. */
export function refersTo(record: AlarmRecord, alarm: AlarmRecord): boolean {
  const names = ruleNames(record);
  return names.has(alarm.name) || names.has(String(alarm.document.AlarmArn));
}
