import type { Runtime } from '../../core/runtime.js';
import type { EventsApi } from '../events/api.js';
import { lambdaEvent, type AlarmTransition } from './alarm-actions.js';

/**
 * Every alarm state change goes to EventBridge's default bus as a "CloudWatch Alarm State Change"
 * event (source aws.cloudwatch), whose detail is the alarm data a Lambda action receives: name,
 * state, previous state and configuration. Nothing is sent where Nimbus serves no EventBridge.
 */
export function sendAlarmStateChange(runtime: Runtime, transition: AlarmTransition): void {
  if (!runtime.implements('events')) return;
  const alarmData = (JSON.parse(lambdaEvent(transition)) as { alarmData: unknown }).alarmData;
  runtime
    .optionalApi<EventsApi>('events')
    .then((events) =>
      events?.putEventsFromService([
        {
          source: 'aws.cloudwatch',
          detailType: 'CloudWatch Alarm State Change',
          detail: JSON.stringify(alarmData),
          resources: [String(transition.alarm.AlarmArn)],
          account: transition.account,
          region: transition.region,
          time: new Date(transition.newState.timestamp),
        },
      ]),
    )
    .catch((error: unknown) => runtime.log.warn({ err: String(error) }, 'cloudwatch: the alarm state change event was not put on the bus'));
}
