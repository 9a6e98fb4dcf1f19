import type * as Cw from '../../generated/cloudwatch.js';
import { parseArn, partitionOf } from '../../core/ids.js';
import { alarmPeriod } from './alarm-engine.js';
import { invalidParameterCombination, invalidParameterValue, missingParameter, validationError } from './errors.js';
import { MathError, parseExpression } from './metric-math.js';
import { METRIC_ID } from './metric-reads.js';
import { isInsightsQuery, parseInsightsQuery } from './metrics-insights.js';
import { BASIC_STATISTICS, isValidStatistic } from './statistics.js';

/** PutMetricAlarm's checks beyond the model's, in AWS's order and words; and the action ARNs both kinds of alarm carry. */

const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];

/** Each action an ARN in the caller's partition (AWS: "Invalid partition aws specified. Only aws-us-gov is supported."). */
export function checkActions(actions: string[] | undefined, region: string): void {
  for (const action of actions ?? []) {
    const parsed = parseArn(action);
    if (!parsed) throw validationError(`Invalid arn syntax: ${action}`);
    if (parsed.partition !== partitionOf(region)) throw validationError(`Invalid partition ${parsed.partition} specified. Only ${partitionOf(region)} is supported.`);
  }
}

export function checkMetricAlarm(input: Cw.PutMetricAlarmInput, region: string): void {
  if (input.EvaluationPeriods === undefined) throw missingParameter('The parameter EvaluationPeriods is required.');
  if (input.Metrics?.length) {
    if (input.MetricName || input.Namespace || input.Statistic || input.ExtendedStatistic || input.Dimensions?.length || input.Period !== undefined) {
      throw invalidParameterCombination('The parameters Metrics and MetricName, Namespace, Statistic, ExtendedStatistic, Dimensions, Period are mutually exclusive and you have specified both.');
    }
    const ids = new Set<string>();
    input.Metrics.forEach((query, i) => {
      const where = `Metrics.member.${i + 1}`;
      if (!METRIC_ID.test(query.Id)) throw validationError(`The value ${query.Id} for parameter ${where}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.`);
      if (ids.has(query.Id)) throw validationError('The values for parameter id in Metrics are not unique.');
      ids.add(query.Id);
      if (Boolean(query.MetricStat) === Boolean(query.Expression)) throw validationError(`Exactly one of MetricStat and Expression must be set in ${where}.`);
      if (query.MetricStat) {
        if (!isValidStatistic(query.MetricStat.Stat)) throw validationError(`The value for parameter ${where}.MetricStat.Stat is not a valid statistic.`);
        checkAlarmPeriod(query.MetricStat.Period, `${where}.MetricStat.Period`);
      }
      if (query.Expression) {
        try {
          if (isInsightsQuery(query.Expression)) {
            parseInsightsQuery(query.Expression);
            if (query.Period === undefined) throw missingParameter(`The parameter ${where}.Period is required for a Metrics Insights query.`);
          } else parseExpression(query.Expression);
        } catch (error) {
          if (error instanceof MathError) throw validationError(`Error in expression ${query.Id}: ${error.message}`);
          throw error;
        }
      }
    });
    const returning = input.Metrics.filter((q) => q.ReturnData !== false && q.Id !== input.ThresholdMetricId);
    if (returning.length !== 1) throw validationError('Exactly one element of the metrics list should return data.');
    if (input.ThresholdMetricId && !ids.has(input.ThresholdMetricId)) throw validationError(`The ThresholdMetricId ${input.ThresholdMetricId} does not match any metric in the Metrics list.`);
  } else {
    if (!input.MetricName) throw missingParameter('The parameter MetricName is required.');
    if (!input.Namespace) throw missingParameter('The parameter Namespace is required.');
    if (input.Statistic && input.ExtendedStatistic) throw invalidParameterCombination('The parameters Statistic and ExtendedStatistic are mutually exclusive and you have specified both.');
    if (!input.Statistic && !input.ExtendedStatistic) throw missingParameter('The parameter Statistic or ExtendedStatistic is required.');
    if (input.ExtendedStatistic && (!isValidStatistic(input.ExtendedStatistic) || (BASIC_STATISTICS as readonly string[]).includes(input.ExtendedStatistic))) {
      throw invalidParameterValue(`The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported.`);
    }
    if (input.Period === undefined) throw missingParameter('The parameter Period is required.');
    checkAlarmPeriod(input.Period, 'Period');
  }
  const period = input.Period ?? alarmPeriod(input as unknown as Record<string, unknown>);
  if (period * input.EvaluationPeriods > (period >= 3600 ? 7 * 86400 : 86400)) {
    throw validationError(
      period >= 3600
        ? 'Metrics cannot be checked across more than a week (EvaluationPeriods * Period must be <= 604800).'
        : 'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).',
    );
  }
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods) {
    throw validationError('DatapointsToAlarm must be less than or equal to EvaluationPeriods');
  }
  if (!input.ComparisonOperator) throw missingParameter('The parameter ComparisonOperator is required.');
  const band = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'].includes(input.ComparisonOperator);
  if (band && !input.ThresholdMetricId) throw validationError('ThresholdMetricId is required for the comparison operator ' + input.ComparisonOperator + '.');
  if (!band && input.ThresholdMetricId) throw validationError('ThresholdMetricId can only be used with the anomaly detection comparison operators.');
  if (!band && input.Threshold === undefined) throw missingParameter('The parameter Threshold is required.');
  if (input.TreatMissingData !== undefined && !TREAT_MISSING.includes(input.TreatMissingData)) {
    throw validationError(`The value ${input.TreatMissingData} for parameter TreatMissingData is not valid. Valid values are: ${TREAT_MISSING.join(', ')}.`);
  }
  if (input.EvaluateLowSampleCountPercentile !== undefined && !['evaluate', 'ignore'].includes(input.EvaluateLowSampleCountPercentile)) {
    throw validationError(`The value ${input.EvaluateLowSampleCountPercentile} for parameter EvaluateLowSampleCountPercentile is not valid. Valid values are: evaluate, ignore.`);
  }
  checkActions(input.AlarmActions, region);
  checkActions(input.OKActions, region);
  checkActions(input.InsufficientDataActions, region);
}

function checkAlarmPeriod(period: number, name: string): void {
  if (![10, 20, 30].includes(period) && period % 60 !== 0) {
    throw validationError(`The parameter ${name} must be 10, 20, 30 or a multiple of 60.`);
  }
}
