import type { Timer } from '../../core/clock.js';
import type { Runtime } from '../../core/runtime.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { AlarmActions, type ActionOutcome, type AlarmTransition } from './alarm-actions.js';
import { sendAlarmStateChange } from './alarm-events.js';
import { awsTime, insufficientReason, longTime, thresholdReason } from './alarm-reasons.js';
import { contributorId, contributorsReason, judge, MAX_ALARM_CONTRIBUTORS, type JudgementRules, type StoredContributor, type WindowValue } from './alarm-judgement.js';
import { evaluateRule, parseAlarmRule, ruleAlarms, type AlarmState } from './alarm-rule.js';
import { MathError } from './metric-math.js';
import { MAX_DATAPOINTS_PER_CALL, SearchSession, type MetricReader } from './metric-queries.js';
import { isInsightsQuery } from './metrics-insights.js';
import { aggregate, parseStatistic, statisticValue } from './statistics.js';
import type { AlarmRecord, CloudWatchState, SampleRow } from './state.js';

/**
 * Alarm evaluation on the clock. Every metric alarm is evaluated at each
 * boundary of its evaluation interval (its period, at most a minute) over an
 * evaluation range of EvaluationPeriods + 2 complete periods, judged as
 * alarm-judgement.ts says (M of N breaching datapoints, missing data as
 * TreatMissingData says; each contributor alone for alarms on several time
 * series), and each state change is recorded in history and fires the new
 * state's actions unless a mute rule mutes them. Composite alarms follow the
 * alarms their rule names.
 */

/** What an alarm's queries give for each window of its evaluation range: one series, or one per contributor. */
interface EvaluatedSeries {
  values: WindowValue[];
  contributors?: Array<{ attributes: Record<string, string>; values: WindowValue[] }>;
  /** A Metrics Insights query processed only part of the metrics it matched. */
  partial: boolean;
}

/** Passes of composite re-evaluation after a change: enough for any chain, and an end for a cycle that never settles. */
const MAX_COMPOSITE_PASSES = 10;
/** How far back an alarm on a Metrics Insights query reads: AWS's three hours. */
const INSIGHTS_ALARM_RANGE_MS = 3 * 3_600_000;
/** Periods read beyond EvaluationPeriods: AWS's documented example reads 5 datapoints for 3 evaluation periods. */
const EXTRA_RANGE_PERIODS = 2;
const BAND_OPERATORS = new Set(['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold']);

export class AlarmEngine {
  private readonly timers = new Map<string, Timer>();
  /** Account/regions whose composites are being settled, and whether a change asked for another pass. */
  private readonly settling = new Map<string, boolean>();
  private readonly actions: AlarmActions;
  /** Whether an alarm's actions are muted at a time (alarm mute rules): its state still changes, its actions do not run. */
  actionsMuted: (account: string, region: string, alarmName: string, at: number) => boolean = () => false;

  constructor(
    private readonly runtime: Runtime,
    private readonly state: CloudWatchState,
    private readonly reader: MetricReader,
  ) {
    this.actions = new AlarmActions(runtime, (transition, outcome) => this.recordAction(transition, outcome));
  }

  /** Arms the timers of alarms already in the store (a durable data directory). */
  start(): void {
    for (const alarm of this.state.allAlarms()) if (alarm.kind === 'MetricAlarm') this.schedule(alarm);
  }

  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private key(account: string, region: string, name: string): string {
    return `${account}/${region}/${name}`;
  }

  /**
   * (Re)arms a metric alarm's evaluation, every interval on its boundaries. A recurring clock timer:
   * advancing the clock by a year evaluates it at the first and last boundaries, not at each minute.
   */
  schedule(alarm: AlarmRecord): void {
    const key = this.key(alarm.account, alarm.region, alarm.name);
    this.timers.get(key)?.cancel();
    const intervalMs = evaluationInterval(alarm.document) * 1000;
    const now = this.runtime.clock.now();
    const first = Math.floor(now / intervalMs) * intervalMs + intervalMs;
    const timer = this.runtime.clock.every(
      intervalMs,
      (due) => {
        const current = this.state.alarm(alarm.account, alarm.region, alarm.name);
        if (!current || current.kind !== 'MetricAlarm') {
          this.unschedule(alarm.account, alarm.region, alarm.name);
          return;
        }
        this.evaluate(current, due);
        // An alarm whose period changed without a new schedule keeps its own rhythm.
        if (evaluationInterval(current.document) * 1000 !== intervalMs) this.schedule(current);
      },
      first,
    );
    this.timers.set(key, timer);
  }

  unschedule(account: string, region: string, name: string): void {
    const key = this.key(account, region, name);
    this.timers.get(key)?.cancel();
    this.timers.delete(key);
  }

  /** Evaluates a metric alarm as of `at` (an interval boundary) and applies any state change (the rules are alarm-judgement.ts's). */
  evaluate(alarm: AlarmRecord, at: number): void {
    const doc = alarm.document;
    const periodSeconds = alarmPeriod(doc);
    const periodMs = periodSeconds * 1000;
    const n = Number(doc.EvaluationPeriods);
    const m = Number(doc.DatapointsToAlarm ?? n);
    const end = Math.floor(at / periodMs) * periodMs;
    const rangePeriods = n + EXTRA_RANGE_PERIODS;
    const start = end - rangePeriods * periodMs;
    const windows: number[] = [];
    for (let i = 0; i < rangePeriods; i++) windows.push(start + i * periodMs);

    let evaluated: EvaluatedSeries;
    try {
      evaluated = this.windowValues(alarm, doc, windows, periodMs, start, end, at);
    } catch (error) {
      if (error instanceof MathError) return; // an expression that cannot be evaluated leaves the state as it is
      throw error;
    }

    const operator = String(doc.ComparisonOperator);
    const threshold = doc.Threshold as number | undefined;
    const rules: JudgementRules = {
      evaluationPeriods: n,
      datapointsToAlarm: m,
      // Alarms on AWS/DynamoDB metrics always ignore missing data, whatever TreatMissingData says.
      treatMissingData: String(doc.Namespace ?? '').startsWith('AWS/DynamoDB') ? 'ignore' : String(doc.TreatMissingData ?? 'missing'),
      comparisonOperator: operator,
      threshold,
    };
    if (evaluated.contributors) {
      this.evaluateContributors(alarm, windows, evaluated.contributors, rules, evaluated.partial, at);
      return;
    }
    const { next, points } = judge(windows, evaluated.values, rules);
    if (next === undefined || next === doc.StateValue) return;
    const band = BAND_OPERATORS.has(operator);
    const reason = next === 'INSUFFICIENT_DATA' ? insufficientReason(n) : thresholdReason({ state: next, points, evaluationPeriods: n, datapointsToAlarm: m, comparison: operator, threshold, band });
    const reasonData = JSON.stringify({
      version: '1.0',
      queryDate: awsTime(at),
      startDate: awsTime(points[0]?.timestamp ?? start),
      ...(doc.Statistic ? { statistic: doc.Statistic } : {}),
      ...(doc.ExtendedStatistic ? { statistic: doc.ExtendedStatistic } : {}),
      ...(doc.Unit ? { unit: doc.Unit } : {}),
      period: periodSeconds,
      recentDatapoints: points.filter((p) => p.value !== undefined).map((p) => p.value),
      ...(threshold !== undefined ? { threshold } : {}),
      evaluatedDatapoints: [...points]
        .reverse()
        .map((p) => ({ timestamp: awsTime(p.timestamp), ...(p.sampleCount !== undefined ? { sampleCount: p.sampleCount } : {}), ...(p.value !== undefined ? { value: p.value } : {}) })),
    });
    this.transition(alarm, next, reason, reasonData, at);
  }

  /**
   * An alarm on several time series (a Metrics Insights query with GROUP BY): each series, a
   * contributor, is judged alone and is in ALARM or OK (a series exists only while it has data);
   * the alarm is in ALARM while any contributor is, and keeps the first 100 of them.
   */
  private evaluateContributors(alarm: AlarmRecord, windows: number[], contributors: Array<{ attributes: Record<string, string>; values: WindowValue[] }>, rules: JudgementRules, partial: boolean, at: number): void {
    const doc = alarm.document;
    const before = new Map(((doc.alarmContributors as StoredContributor[] | undefined) ?? []).map((c) => [c.ContributorId, c]));
    const inAlarm: StoredContributor[] = [];
    for (const contributor of contributors) {
      const id = contributorId(contributor.attributes);
      const { next, points } = judge(windows, contributor.values, rules);
      const alarming = next === 'ALARM' || (next === undefined && before.has(id));
      if (!alarming) continue;
      inAlarm.push({
        ContributorId: id,
        ContributorAttributes: contributor.attributes,
        StateReason: thresholdReason({ state: 'ALARM', points, evaluationPeriods: rules.evaluationPeriods, datapointsToAlarm: rules.datapointsToAlarm, comparison: rules.comparisonOperator, threshold: rules.threshold, band: false }),
        StateTransitionedTimestamp: before.get(id)?.StateTransitionedTimestamp ?? at,
      });
    }
    let next: AlarmState | undefined;
    if (inAlarm.length) next = 'ALARM';
    else if (contributors.length) next = 'OK';
    else next = judge(windows, [], rules).next;
    doc.alarmContributors = inAlarm.slice(0, MAX_ALARM_CONTRIBUTORS);
    if (partial) doc.EvaluationState = 'PARTIAL_DATA';
    else delete doc.EvaluationState;
    const reason = next === 'INSUFFICIENT_DATA' ? insufficientReason(rules.evaluationPeriods) : contributorsReason(inAlarm.length, contributors.length);
    if (next === undefined || (next === doc.StateValue && reason === doc.StateReason)) {
      this.state.putAlarm(alarm);
      return;
    }
    if (next === doc.StateValue) {
      // The same state with other contributors: the reason follows, without a transition.
      doc.StateReason = reason;
      doc.StateUpdatedTimestamp = at;
      this.state.putAlarm(alarm);
      return;
    }
    this.transition(alarm, next, reason, JSON.stringify({ version: '1.0', queryDate: awsTime(at), contributorsInAlarm: inAlarm.length, timeSeries: contributors.length }), at);
  }

  private windowValues(
    alarm: AlarmRecord,
    doc: Record<string, unknown>,
    windows: number[],
    periodMs: number,
    start: number,
    end: number,
    at: number,
  ): EvaluatedSeries {
    if (doc.MetricName) {
      const statName = String(doc.ExtendedStatistic ?? doc.Statistic);
      const spec = parseStatistic(statName)!;
      const row = this.state.findMetric(alarm.account, alarm.region, String(doc.Namespace), String(doc.MetricName), doc.Dimensions as Cw.Dimension[]);
      // One pass over the samples into their windows (not a scan of every sample for every window).
      const byWindow: SampleRow[][] = windows.map(() => []);
      if (row) {
        for (const sample of this.state.iterateSamples(row.id, start, end, false)) {
          if (doc.Unit && sample.unit !== doc.Unit) continue;
          byWindow[Math.floor((sample.timestamp - start) / periodMs)]?.push(sample);
        }
      }
      return {
        values: windows.map((_, i) => {
          const agg = aggregate(byWindow[i]);
          if (!agg) return {};
          const value = statisticValue(agg, spec);
          return value === undefined ? {} : { value, sampleCount: agg.count };
        }),
        partial: false,
      };
    }
    const queries = doc.Metrics as Cw.MetricDataQuery[];
    // Math sized past what one GetMetricData call may build over the alarm's range is not evaluated at all:
    // an alarm runs every interval, and would pay for it every time.
    const session = new SearchSession();
    const plan = this.reader.plan(alarm.account, alarm.region, queries, start, end, at, { returnCap: MAX_DATAPOINTS_PER_CALL, newestFirst: true, session });
    if (plan.truncated) throw new MathError('The metric math of the alarm needs more data points than one evaluation may build');
    // Alarms on Metrics Insights queries evaluate only the latest three hours of data.
    const onInsights = queries.some((q) => q.Expression !== undefined && isInsightsQuery(q.Expression));
    const queryStart = onInsights ? Math.max(start, end - INSIGHTS_ALARM_RANGE_MS) : start;
    const { results, messages } = this.reader.runQueries(alarm.account, alarm.region, queries, queryStart, end, at, session);
    const partial = messages.some((message) => message.Code === 'MaxMetricsExceeded');
    const thresholdId = doc.ThresholdMetricId as string | undefined;
    const mains = results.filter((r) => r.returnData && r.id !== thresholdId);
    if (mains.some((r) => r.series.dimensions)) {
      const contributors = mains.map((r) => ({ attributes: r.series.dimensions ?? {}, values: windows.map((t) => ({ value: r.series.points.get(t) })) }));
      return { values: [], contributors, partial };
    }
    const main = mains[0];
    const bands = thresholdId ? results.filter((r) => r.id === thresholdId) : [];
    return {
      values: windows.map((windowStart) => {
        const value = main?.series.points.get(windowStart);
        if (value === undefined) return {};
        if (!bands.length) return { value };
        const lower = bands[0]?.series.points.get(windowStart);
        const upper = bands[bands.length - 1]?.series.points.get(windowStart);
        return { value, lower, upper };
      }),
      partial,
    };
  }

  /** Moves an alarm to a new state: record, history, actions, and the composites that watch it. */
  transition(alarm: AlarmRecord, next: AlarmState, reason: string, reasonData: string | undefined, now: number): void {
    const doc = alarm.document;
    const old = {
      value: String(doc.StateValue),
      reason: String(doc.StateReason ?? ''),
      reasonData: doc.StateReasonData as string | undefined,
      timestamp: Number(doc.StateUpdatedTimestamp ?? now),
    };
    doc.StateValue = next;
    doc.StateReason = reason;
    if (reasonData !== undefined) doc.StateReasonData = reasonData;
    else delete doc.StateReasonData;
    doc.StateUpdatedTimestamp = now;
    doc.StateTransitionedTimestamp = now;
    this.state.putAlarm(alarm);
    this.runtime.log.info({ alarm: alarm.name, from: old.value, to: next }, 'cloudwatch: alarm state changed');
    const newState = { value: next, reason, reasonData, timestamp: now };
    this.state.addHistory({
      account: alarm.account,
      region: alarm.region,
      alarmName: alarm.name,
      alarmType: alarm.kind,
      timestamp: now,
      itemType: 'StateUpdate',
      summary: `Alarm updated from ${old.value} to ${next}`,
      data: JSON.stringify({
        version: '1.0',
        oldState: { stateValue: old.value, stateReason: old.reason, ...(old.reasonData ? { stateReasonData: safeJson(old.reasonData) } : {}) },
        newState: { stateValue: next, stateReason: reason, ...(reasonData ? { stateReasonData: safeJson(reasonData) } : {}) },
      }),
    });
    const transition: AlarmTransition = { account: alarm.account, region: alarm.region, alarm: doc, kind: alarm.kind, oldState: old, newState };
    if (!this.actionsMuted(alarm.account, alarm.region, alarm.name, now)) this.actions.dispatch(transition);
    sendAlarmStateChange(this.runtime, transition);
    this.updateComposites(alarm.account, alarm.region, now);
  }

  /** Runs the actions of the alarm's current state again (an alarm in ALARM whose mute ended). */
  runActions(alarm: AlarmRecord, now: number): void {
    const doc = alarm.document;
    const current = { value: String(doc.StateValue), reason: String(doc.StateReason ?? ''), reasonData: doc.StateReasonData as string | undefined, timestamp: Number(doc.StateUpdatedTimestamp ?? now) };
    this.actions.dispatch({ account: alarm.account, region: alarm.region, alarm: doc, kind: alarm.kind, oldState: current, newState: current });
  }

  /**
   * Re-evaluates every composite alarm of the account and region (their rules
   * may name the alarm that changed), pass after pass while any changes. A
   * change made while passes run (a composite's own transition) asks for
   * another pass instead of starting passes of its own inside this one; and
   * since AWS lets composites form a cycle, which may never settle, the
   * passes stop at MAX_COMPOSITE_PASSES.
   */
  updateComposites(account: string, region: string, now: number): void {
    const key = `${account}/${region}`;
    if (this.settling.has(key)) {
      this.settling.set(key, true);
      return;
    }
    this.settling.set(key, false);
    try {
      for (let pass = 0; pass < MAX_COMPOSITE_PASSES; pass++) {
        this.settling.set(key, false);
        const all = this.state.alarms(account, region);
        const byName = alarmIndex(all);
        for (const composite of all) {
          if (composite.kind === 'CompositeAlarm') this.evaluateComposite(composite, all, now, byName);
        }
        if (!this.settling.get(key)) return;
      }
    } finally {
      this.settling.delete(key);
    }
  }

  /** Evaluates one composite alarm against the current states; true when its state changed. */
  evaluateComposite(composite: AlarmRecord, all: AlarmRecord[], now: number, byName = alarmIndex(all)): boolean {
    const doc = composite.document;
    let rule;
    try {
      rule = parseAlarmRule(String(doc.AlarmRule));
    } catch {
      return false;
    }
    const lookup = (nameOrArn: string) => byName.get(nameOrArn);
    const stateOf = (nameOrArn: string) => lookup(nameOrArn)?.document.StateValue as AlarmState | undefined;
    const next: AlarmState = evaluateRule(rule, stateOf) ? 'ALARM' : 'OK';
    if (next === doc.StateValue) return false;
    // The reason names the most recent change among the alarms the rule refers to.
    const children = [...ruleAlarms(rule)].map(lookup).filter((a): a is AlarmRecord => Boolean(a));
    const latest = children.sort((a, b) => Number(b.document.StateUpdatedTimestamp ?? 0) - Number(a.document.StateUpdatedTimestamp ?? 0))[0];
    const reason = latest
      ? `${String(latest.document.AlarmArn)} transitioned to ${String(latest.document.StateValue)} at ${longTime(Number(latest.document.StateUpdatedTimestamp ?? now))}`
      : 'The alarm rule evaluated without referring to other alarms';
    const reasonData = JSON.stringify({
      triggeringAlarms: children.map((child) => ({
        arn: child.document.AlarmArn,
        state: { value: child.document.StateValue, timestamp: awsTime(Number(child.document.StateUpdatedTimestamp ?? now)) },
      })),
    });
    this.transition(composite, next, reason, reasonData, now);
    return true;
  }

  private recordAction(transition: AlarmTransition, outcome: ActionOutcome): void {
    const name = String(transition.alarm.AlarmName);
    this.state.addHistory({
      account: transition.account,
      region: transition.region,
      alarmName: name,
      alarmType: transition.kind,
      timestamp: outcome.timestamp,
      itemType: 'Action',
      summary: outcome.succeeded ? `Successfully executed action ${outcome.action}` : `Failed to execute action ${outcome.action}. Received error: "${outcome.error ?? 'unknown'}"`,
      data: JSON.stringify({
        actionState: outcome.succeeded ? 'Succeeded' : 'Failed',
        stateUpdateTimestamp: transition.newState.timestamp,
        notificationResource: outcome.action,
        ...(outcome.succeeded ? { publishedMessage: outcome.message } : { error: outcome.error ?? 'unknown' }),
      }),
    });
  }
}

/** Alarms by name and by ARN, as alarm rules name them. */
function alarmIndex(all: AlarmRecord[]): Map<string, AlarmRecord> {
  const byName = new Map<string, AlarmRecord>();
  for (const alarm of all) {
    byName.set(alarm.name, alarm);
    byName.set(String(alarm.document.AlarmArn), alarm);
  }
  return byName;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The period a metric alarm evaluates: its own, or that of its metric-math queries. */
export function alarmPeriod(doc: Record<string, unknown>): number {
  if (doc.Period) return Number(doc.Period);
  const queries = (doc.Metrics as Cw.MetricDataQuery[] | undefined) ?? [];
  return queries.find((q) => q.MetricStat)?.MetricStat?.Period ?? queries.find((q) => q.Period)?.Period ?? 60;
}

/** How often the alarm is evaluated: EvaluationInterval if given, else its period, at most every minute. */
export function evaluationInterval(doc: Record<string, unknown>): number {
  if (doc.EvaluationInterval) return Number(doc.EvaluationInterval);
  return Math.min(alarmPeriod(doc), 60);
}
