import { parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type { LambdaApi } from '../lambda/api.js';
import type { SnsApi } from '../sns/api.js';
import { awsTime, regionName } from './alarm-reasons.js';

/**
 * Alarm actions: on a state change, each action of the new state is handed
 * to runtime.delivery, which calls the target service's module API (SNS
 * publish, Lambda async invoke), through the contracts those services define
 * (SnsApi, LambdaApi). The outcome lands in the alarm's history as an Action
 * item, as on AWS. Targets whose service Nimbus lacks (SNS, until it is
 * served) or that do not exist fail, and that is recorded too.
 */

export interface AlarmTransition {
  account: string;
  region: string;
  alarm: Record<string, unknown>;
  kind: 'MetricAlarm' | 'CompositeAlarm';
  oldState: { value: string; reason: string; reasonData?: string; timestamp: number };
  newState: { value: string; reason: string; reasonData?: string; timestamp: number };
}

export interface ActionOutcome {
  action: string;
  succeeded: boolean;
  message: string;
  error?: string;
  timestamp: number;
}

export class AlarmActions {
  constructor(
    private readonly runtime: Runtime,
    private readonly record: (transition: AlarmTransition, outcome: ActionOutcome) => void,
  ) {}

  /** Dispatches the actions configured for the transition's new state (when the alarm's actions are enabled). */
  dispatch(transition: AlarmTransition): void {
    const alarm = transition.alarm;
    if (alarm.ActionsEnabled === false) return;
    const key = transition.newState.value === 'ALARM' ? 'AlarmActions' : transition.newState.value === 'OK' ? 'OKActions' : 'InsufficientDataActions';
    const actions = (alarm[key] as string[] | undefined) ?? [];
    for (const action of actions) this.send(action, transition);
  }

  private send(action: string, transition: AlarmTransition): void {
    const parsed = parseArn(action);
    const service = parsed?.service;
    let message = '';
    const attempt = async (): Promise<void> => {
      if (service === 'sns') {
        const sns = await this.runtime.optionalApi<SnsApi>('sns');
        if (!sns) throw new Error('Nimbus has no sns service, or it offers no api to other services');
        message = snsMessage(transition);
        await sns.publish({ topicArn: action, subject: snsSubject(transition), message, account: transition.account, region: transition.region });
        return;
      }
      if (service === 'lambda') {
        const lambda = await this.runtime.api<LambdaApi>('lambda');
        message = lambdaEvent(transition);
        lambda.invokeAsync({ functionArn: action, payload: message, sourceArn: String(transition.alarm.AlarmArn), sourceAccount: transition.account });
        return;
      }
      throw new Error(`Nimbus does not run ${service ?? 'unknown'} alarm actions`);
    };
    this.runtime.delivery.send({
      description: `cloudwatch→${action}`,
      attempt,
      onSuccess: () => this.record(transition, { action, succeeded: true, message, timestamp: this.runtime.clock.now() }),
      onGiveUp: (error) =>
        this.record(transition, { action, succeeded: false, message, error: error instanceof Error ? error.message : String(error), timestamp: this.runtime.clock.now() }),
    });
  }
}

function snsSubject(transition: AlarmTransition): string {
  return `${transition.newState.value}: "${String(transition.alarm.AlarmName)}" in ${regionName(transition.region)}`;
}

/** The JSON message AWS publishes to SNS for an alarm state change. */
export function snsMessage(transition: AlarmTransition): string {
  const alarm = transition.alarm;
  const body: Record<string, unknown> = {
    AlarmName: alarm.AlarmName,
    AlarmDescription: alarm.AlarmDescription ?? null,
    AWSAccountId: transition.account,
    AlarmConfigurationUpdatedTimestamp: awsTime(Number(alarm.AlarmConfigurationUpdatedTimestamp)),
    NewStateValue: transition.newState.value,
    NewStateReason: transition.newState.reason,
    StateChangeTime: awsTime(transition.newState.timestamp),
    Region: regionName(transition.region),
    AlarmArn: alarm.AlarmArn,
    OldStateValue: transition.oldState.value,
    OKActions: alarm.OKActions ?? [],
    AlarmActions: alarm.AlarmActions ?? [],
    InsufficientDataActions: alarm.InsufficientDataActions ?? [],
  };
  if (transition.kind === 'CompositeAlarm') {
    body.AlarmRule = alarm.AlarmRule;
  } else if (alarm.MetricName) {
    body.Trigger = {
      MetricName: alarm.MetricName,
      Namespace: alarm.Namespace,
      StatisticType: alarm.ExtendedStatistic ? 'ExtendedStatistic' : 'Statistic',
      Statistic: alarm.ExtendedStatistic ?? String(alarm.Statistic ?? '').toUpperCase(),
      Unit: alarm.Unit ?? null,
      Dimensions: ((alarm.Dimensions as Array<{ Name: string; Value: string }>) ?? []).map((d) => ({ value: d.Value, name: d.Name })),
      Period: alarm.Period,
      EvaluationPeriods: alarm.EvaluationPeriods,
      DatapointsToAlarm: alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods,
      ComparisonOperator: alarm.ComparisonOperator,
      Threshold: alarm.Threshold,
      TreatMissingData: alarm.TreatMissingData ?? 'missing',
      EvaluateLowSampleCountPercentile: alarm.EvaluateLowSampleCountPercentile ?? '',
    };
  } else {
    body.Trigger = {
      Period: alarm.Period,
      EvaluationPeriods: alarm.EvaluationPeriods,
      DatapointsToAlarm: alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods,
      ComparisonOperator: alarm.ComparisonOperator,
      Threshold: alarm.Threshold,
      TreatMissingData: alarm.TreatMissingData ?? 'missing',
      Metrics: alarm.Metrics,
    };
  }
  return JSON.stringify(body);
}

/** The event AWS sends a Lambda function an alarm invokes. */
export function lambdaEvent(transition: AlarmTransition): string {
  const alarm = transition.alarm;
  const state = (s: AlarmTransition['newState']) => ({
    value: s.value,
    reason: s.reason,
    ...(s.reasonData ? { reasonData: s.reasonData } : {}),
    timestamp: awsTime(s.timestamp),
  });
  const configuration: Record<string, unknown> = { description: alarm.AlarmDescription };
  if (transition.kind === 'CompositeAlarm') {
    configuration.alarmRule = alarm.AlarmRule;
  } else if (alarm.MetricName) {
    const dimensions = Object.fromEntries(((alarm.Dimensions as Array<{ Name: string; Value: string }>) ?? []).map((d) => [d.Name, d.Value]));
    configuration.metrics = [
      {
        id: 'm1',
        metricStat: {
          metric: { namespace: alarm.Namespace, name: alarm.MetricName, dimensions },
          period: alarm.Period,
          stat: alarm.ExtendedStatistic ?? alarm.Statistic,
          ...(alarm.Unit ? { unit: alarm.Unit } : {}),
        },
        returnData: true,
      },
    ];
  } else {
    configuration.metrics = alarm.Metrics;
  }
  return JSON.stringify({
    source: 'aws.cloudwatch',
    alarmArn: alarm.AlarmArn,
    accountId: transition.account,
    time: awsTime(transition.newState.timestamp),
    region: transition.region,
    alarmData: {
      alarmName: alarm.AlarmName,
      state: state(transition.newState),
      previousState: state(transition.oldState),
      configuration,
    },
  });
}
