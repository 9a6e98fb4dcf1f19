import { AwsError } from '../../core/errors.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { alarmNotFound } from './errors.js';
import type { CloudWatchService } from './service.js';

/** An alarm's state and whether it acts: SetAlarmState, EnableAlarmActions, DisableAlarmActions. */

type Operations = Pick<Cw.CloudwatchOperations, 'SetAlarmState' | 'EnableAlarmActions' | 'DisableAlarmActions'>;

export function alarmStateOperations(service: CloudWatchService): Operations {
  const { state, clock, alarms: engine } = service;

  /** Sets ActionsEnabled on the named alarms; names of alarms that do not exist are passed over, as on AWS. */
  function setActionsEnabled(names: string[], account: string, region: string, enabled: boolean): void {
    for (const name of names) {
      const alarm = state.alarm(account, region, name);
      if (!alarm) continue;
      alarm.document.ActionsEnabled = enabled;
      state.putAlarm(alarm);
    }
  }

  return {
    SetAlarmState(input, context) {
      const alarm = state.alarm(context.accountId, context.region, input.AlarmName);
      if (!alarm) throw alarmNotFound(`Alarm ${input.AlarmName} not found`);
      if (input.StateReasonData !== undefined) {
        try {
          JSON.parse(input.StateReasonData);
        } catch {
          throw new AwsError('InvalidFormatFault', 'The value for StateReasonData must be valid JSON.', 400);
        }
      }
      const now = clock.now();
      if (alarm.document.StateValue === input.StateValue) {
        alarm.document.StateReason = input.StateReason;
        if (input.StateReasonData !== undefined) alarm.document.StateReasonData = input.StateReasonData;
        alarm.document.StateUpdatedTimestamp = now;
        state.putAlarm(alarm);
        return;
      }
      engine.transition(alarm, input.StateValue, input.StateReason, input.StateReasonData, now);
    },

    EnableAlarmActions(input, context) {
      setActionsEnabled(input.AlarmNames, context.accountId, context.region, true);
    },

    DisableAlarmActions(input, context) {
      setActionsEnabled(input.AlarmNames, context.accountId, context.region, false);
    },
  };
}
