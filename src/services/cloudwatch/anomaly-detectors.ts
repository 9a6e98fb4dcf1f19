import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { decodePageToken, encodePageToken, isOffset } from '../../core/pagination.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { invalidNextToken, invalidParameterCombination, invalidParameterValue, missingParameter } from './errors.js';
import { MathError, parseExpression } from './metric-math.js';
import { isInsightsQuery, parseInsightsQuery } from './metrics-insights.js';
import type { CloudWatchService } from './service.js';
import { canonicalDimensions } from './state.js';
import { isValidStatistic } from './statistics.js';

/**
 * Anomaly detectors: PutAnomalyDetector, DescribeAnomalyDetectors and
 * DeleteAnomalyDetector, stored with AWS's checks. Nimbus trains no model: a
 * detector is reported PENDING_TRAINING, and the band ANOMALY_DETECTION_BAND
 * draws (in GetMetricData and alarms) is the series' mean ± k standard
 * deviations over the range queried, whether a detector exists or not.
 */

type Operations = Pick<Cw.CloudwatchOperations, 'PutAnomalyDetector' | 'DescribeAnomalyDetectors' | 'DeleteAnomalyDetector'>;

const MAX_EXCLUDED_RANGES = 10;
const MAX_PAGE = 100;

interface DetectorDocument {
  single?: Cw.SingleMetricAnomalyDetector;
  math?: Cw.MetricMathAnomalyDetector;
  Configuration?: Cw.AnomalyDetectorConfiguration;
  MetricCharacteristics?: Cw.MetricCharacteristics;
}

const notFound = () => new AwsError('ResourceNotFoundException', 'This anomaly detection model does not exist.', 404);

/** The detector a request names: the legacy top-level members, SingleMetricAnomalyDetector or MetricMathAnomalyDetector, one way only. */
function detectorOf(input: Cw.PutAnomalyDetectorInput | Cw.DeleteAnomalyDetectorInput): Pick<DetectorDocument, 'single' | 'math'> {
  const legacy = input.Namespace !== undefined || input.MetricName !== undefined || input.Stat !== undefined || input.Dimensions !== undefined;
  const given = [legacy, input.SingleMetricAnomalyDetector !== undefined, input.MetricMathAnomalyDetector !== undefined].filter(Boolean).length;
  if (given > 1) {
    throw invalidParameterCombination(
      'The parameters Namespace, MetricName, Dimensions and Stat, SingleMetricAnomalyDetector and MetricMathAnomalyDetector are mutually exclusive; specify only one of them.',
    );
  }
  if (input.MetricMathAnomalyDetector) {
    const queries = input.MetricMathAnomalyDetector.MetricDataQueries ?? [];
    if (!queries.length) throw missingParameter('The parameter MetricMathAnomalyDetector.MetricDataQueries is required.');
    if (queries.filter((q) => q.ReturnData !== false).length !== 1) throw invalidParameterValue('Exactly one element of the MetricDataQueries list must return data.');
    for (const query of queries) {
      if (Boolean(query.MetricStat) === Boolean(query.Expression)) throw invalidParameterValue(`Exactly one of MetricStat and Expression must be set in query ${query.Id}.`);
      if (query.MetricStat && !isValidStatistic(query.MetricStat.Stat)) throw invalidParameterValue(`The value for parameter MetricStat.Stat of query ${query.Id} is not a valid statistic.`);
      try {
        if (query.Expression) isInsightsQuery(query.Expression) ? parseInsightsQuery(query.Expression) : parseExpression(query.Expression);
      } catch (error) {
        if (error instanceof MathError) throw invalidParameterValue(`Error in expression ${query.Id}: ${error.message}`);
        throw error;
      }
    }
    return { math: { MetricDataQueries: queries } };
  }
  const single = input.SingleMetricAnomalyDetector ?? { Namespace: input.Namespace, MetricName: input.MetricName, Dimensions: input.Dimensions, Stat: input.Stat };
  if (!single.Namespace) throw missingParameter('The parameter Namespace is required.');
  if (!single.MetricName) throw missingParameter('The parameter MetricName is required.');
  if (!single.Stat) throw missingParameter('The parameter Stat is required.');
  if (!isValidStatistic(single.Stat)) throw invalidParameterValue(`The value ${single.Stat} for parameter Stat is not a valid statistic.`);
  return { single: { ...single, Dimensions: canonicalDimensions(single.Dimensions as Array<{ Name: string; Value: string }> | undefined) } };
}

/** Detectors are one per metric and statistic (or per math query set): the identity they are stored under. */
function detectorKey(detector: Pick<DetectorDocument, 'single' | 'math'>): string {
  if (detector.math) return `math:${JSON.stringify(detector.math.MetricDataQueries!.map((q) => [q.Id, q.Expression ?? null, q.MetricStat ?? null, q.ReturnData ?? true, q.Period ?? null]))}`;
  const s = detector.single!;
  return `single:${JSON.stringify([s.Namespace, s.MetricName, s.Dimensions ?? [], s.Stat])}`;
}

export function anomalyDetectorOperations(service: CloudWatchService): Operations {
  const { state } = service;
  const all = (context: RequestContext) => state.resources<DetectorDocument>(context.accountId, context.region, 'anomaly-detector');

  return {
    PutAnomalyDetector(input, context) {
      const detector = detectorOf(input);
      const ranges = input.Configuration?.ExcludedTimeRanges ?? [];
      if (ranges.length > MAX_EXCLUDED_RANGES) throw invalidParameterValue(`The parameter Configuration.ExcludedTimeRanges must not have more than ${MAX_EXCLUDED_RANGES} ranges.`);
      for (const range of ranges) {
        if (range.StartTime.getTime() >= range.EndTime.getTime()) throw invalidParameterValue('The StartTime of an excluded time range must be before its EndTime.');
      }
      const timezone = input.Configuration?.MetricTimezone;
      if (timezone !== undefined && !isTimeZone(timezone)) throw invalidParameterValue(`The value ${timezone} for parameter Configuration.MetricTimezone is not a valid time zone.`);
      const document: DetectorDocument = { ...detector, Configuration: input.Configuration, MetricCharacteristics: input.MetricCharacteristics };
      state.putResource(context.accountId, context.region, 'anomaly-detector', detectorKey(detector), document);
      return {};
    },

    DescribeAnomalyDetectors(input, context) {
      const max = input.MaxResults ?? MAX_PAGE;
      if (max > MAX_PAGE) throw invalidParameterValue(`The parameter MaxResults must be between 1 and ${MAX_PAGE}.`);
      const types = input.AnomalyDetectorTypes?.length ? input.AnomalyDetectorTypes : ['SINGLE_METRIC'];
      for (const type of types) {
        if (type !== 'SINGLE_METRIC' && type !== 'METRIC_MATH') throw invalidParameterValue(`The value ${type} for parameter AnomalyDetectorTypes is not valid. Valid values are: SINGLE_METRIC, METRIC_MATH.`);
      }
      const filtered = input.Namespace !== undefined || input.MetricName !== undefined || input.Dimensions !== undefined;
      if (filtered && types.includes('METRIC_MATH')) {
        throw invalidParameterCombination('The parameters Namespace, MetricName and Dimensions cannot be used to filter METRIC_MATH anomaly detectors.');
      }
      const matches = all(context).filter((d) => {
        if (d.math) return types.includes('METRIC_MATH');
        if (!types.includes('SINGLE_METRIC')) return false;
        const s = d.single!;
        if (input.Namespace !== undefined && s.Namespace !== input.Namespace) return false;
        if (input.MetricName !== undefined && s.MetricName !== input.MetricName) return false;
        return (input.Dimensions ?? []).every((f) => s.Dimensions?.some((dim) => dim.Name === f.Name && dim.Value === f.Value));
      });
      const offset = input.NextToken ? decodePageToken(input.NextToken, isOffset, invalidNextToken).offset : 0;
      const page = matches.slice(offset, offset + max);
      return {
        AnomalyDetectors: page.map((d) => ({
          ...(d.single ? { Namespace: d.single.Namespace, MetricName: d.single.MetricName, Dimensions: d.single.Dimensions, Stat: d.single.Stat, SingleMetricAnomalyDetector: d.single } : {}),
          ...(d.math ? { MetricMathAnomalyDetector: d.math } : {}),
          Configuration: d.Configuration ?? { ExcludedTimeRanges: [] },
          MetricCharacteristics: d.MetricCharacteristics,
          StateValue: 'PENDING_TRAINING',
        })),
        NextToken: offset + max < matches.length ? encodePageToken({ offset: offset + max }) : undefined,
      };
    },

    DeleteAnomalyDetector(input, context) {
      if (!state.deleteResource(context.accountId, context.region, 'anomaly-detector', detectorKey(detectorOf(input)))) throw notFound();
      return {};
    },
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
