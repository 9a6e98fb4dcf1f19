import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { invalidNextToken } from './errors.js';
import type { CloudWatchService } from './service.js';
import type { AlarmRecord, CloudWatchState } from './state.js';

/** Alarm history: DescribeAlarmHistory, and the ConfigurationUpdate items PutMetricAlarm and PutCompositeAlarm record. */

export function alarmHistoryOperations(service: CloudWatchService): Pick<Cw.CloudwatchOperations, 'DescribeAlarmHistory'> {
  const { state } = service;
  return {
    DescribeAlarmHistory(input, context) {
      const offset = input.NextToken ? decodePageToken(input.NextToken, isOffset, invalidNextToken).offset : 0;
      const max = input.MaxRecords ?? 100;
      // Filtered and paged in SQL, one row past the page to know whether another follows: a long history is never read whole.
      const items = state.historyPage({
        account: context.accountId,
        region: context.region,
        types: input.AlarmTypes?.length ? input.AlarmTypes : ['MetricAlarm'],
        alarmName: input.AlarmName,
        itemType: input.HistoryItemType,
        start: input.StartDate?.getTime() ?? -Infinity,
        end: input.EndDate?.getTime() ?? Infinity,
        descending: (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending',
        offset,
        limit: max + 1,
      });
      const page = items.slice(0, max);
      return {
        AlarmHistoryItems: page.map((h) => ({
          AlarmName: h.alarmName,
          AlarmType: h.alarmType,
          Timestamp: new Date(h.timestamp),
          HistoryItemType: h.itemType,
          HistorySummary: h.summary,
          HistoryData: h.data,
        })),
        NextToken: items.length > max ? encodePageToken({ offset: offset + max }) : undefined,
      };
    },
  };
}

/** The ConfigurationUpdate item of an alarm just created or updated. */
export function recordConfigurationUpdate(state: CloudWatchState, alarm: AlarmRecord, updated: boolean, now: number): void {
  const data = { version: '1.0', type: updated ? 'Update' : 'Create', [updated ? 'updatedAlarm' : 'createdAlarm']: alarmHistoryDoc(alarm.document) };
  state.addHistory({
    account: alarm.account,
    region: alarm.region,
    alarmName: alarm.name,
    alarmType: alarm.kind,
    timestamp: now,
    itemType: 'ConfigurationUpdate',
    summary: `Alarm "${alarm.name}" ${updated ? 'updated' : 'created'}`,
    data: JSON.stringify(data),
  });
}

/** The alarm's configuration as history data shows it. */
function alarmHistoryDoc(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('State')) continue;
    out[key.charAt(0).toLowerCase() + key.slice(1)] = key === 'AlarmConfigurationUpdatedTimestamp' ? new Date(value as number).toISOString().replace('Z', '+0000') : value;
  }
  return out;
}
