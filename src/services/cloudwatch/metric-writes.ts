import { AwsError } from '../../core/errors.js';
import type * as Cw from '../../generated/cloudwatch.js';
import type { ServiceMetricData } from './api.js';
import { invalidParameterCombination, invalidParameterValue, missingParameter } from './errors.js';
import type { CloudWatchService } from './service.js';
import type { CloudWatchState, NewSample } from './state.js';

/**
 * Writing metrics: PutMetricData from users, and the same path for the
 * AWS/<Service> metrics other services publish through CloudWatchApi.
 */

const TWO_WEEKS_MS = 14 * 86_400_000;
const TWO_HOURS_MS = 2 * 3_600_000;
const DAY_MS = 86_400_000;
const RETENTION_MS = 455 * DAY_MS;
/** CloudWatch stores magnitudes from 2^-360 to 2^360 (and zero); NaN and the infinities are refused too. */
const LARGEST_VALUE = 2 ** 360;
const SMALLEST_VALUE = 2 ** -360;

function isStorableValue(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const magnitude = Math.abs(value);
  return magnitude === 0 || (magnitude >= SMALLEST_VALUE && magnitude <= LARGEST_VALUE);
}

/**
 * A refused number as CloudWatch's messages print it: grouped digits and at most three decimals
 * (rounded half to even), so a value too small to store reads "0", NaN reads U+FFFD, infinities "∞".
 */
export function numberFormatText(value: number): string {
  if (Number.isNaN(value)) return '\uFFFD';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const whole = exponent >= 0 ? digits.slice(0, exponent + 1).padEnd(exponent + 1, '0') : '0';
  const fraction = exponent >= 0 ? digits.slice(exponent + 1) : '0'.repeat(-exponent - 1) + digits;
  let scaled = BigInt(whole + fraction.slice(0, 3).padEnd(3, '0'));
  const rest = fraction.slice(3);
  const roundUp = rest.length > 0 && (rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || scaled % 2n === 1n)));
  if (roundUp) scaled += 1n;
  const text = scaled.toString().padStart(4, '0');
  const grouped = text.slice(0, -3).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = text.slice(-3).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

export class MetricWriter {
  constructor(
    private readonly state: CloudWatchState,
    private lastPrune: number,
  ) {}

  /** Checks every datum, then stores them all in one transaction (a bad datum stores none). */
  store(account: string, region: string, namespace: string, data: Cw.MetricDatum[], now: number, where = 'MetricData'): void {
    // AWS keeps data points for 15 months (at coarser resolutions as they age); older ones go, checked daily.
    if (now - this.lastPrune > DAY_MS) {
      this.state.pruneSamples(now - RETENTION_MS);
      this.lastPrune = now;
    }
    const samples: Array<{ datum: Cw.MetricDatum; sample: NewSample }> = [];
    const refusals: AwsError[] = [];
    data.forEach((datum, index) => {
      const name = `${where}.member.${index + 1}`;
      try {
        samples.push({ datum, sample: toSample(datum, name, now) });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        refusals.push(error);
      }
    });
    // AWS names every datum refused for the same reason, one line each (e.g. each stale Timestamp).
    if (refusals.length) {
      const first = refusals[0];
      const lines = refusals.filter((e) => e.code === first.code).map((e) => e.message);
      throw new AwsError(first.code, lines.join('\n'), first.status);
    }
    this.state.transaction(() => {
      for (const { datum, sample } of samples) {
        const metric = this.state.upsertMetric(account, region, namespace, datum.MetricName, datum.Dimensions ?? [], now);
        this.state.insertSample(metric.id, sample);
      }
    });
  }
}

export function metricWriteOperations(service: CloudWatchService): Pick<Cw.CloudwatchOperations, 'PutMetricData'> {
  return {
    PutMetricData(input, context) {
      if (input.Namespace.startsWith('AWS/')) throw invalidParameterValue(`The value ${input.Namespace} for parameter Namespace is invalid.`);
      const data = input.MetricData ?? [];
      const entity = input.EntityMetricData ?? [];
      if (!data.length && !entity.some((e) => e.MetricData?.length)) throw missingParameter('The parameter MetricData is required.');
      if (data.length > 1000) throw invalidParameterValue('The collection MetricData must not have a size greater than 1000.');
      // AWS's limit of 1000 metrics a call counts MetricData and EntityMetricData together.
      const total = entity.reduce((n, e) => n + (e.MetricData?.length ?? 0), data.length);
      if (total > 1000) throw invalidParameterValue(`The collection MetricData must not have a size greater than 1000.`);
      const now = service.clock.now();
      service.writer.store(context.accountId, context.region, input.Namespace, data, now);
      entity.forEach((e, i) =>
        service.writer.store(context.accountId, context.region, input.Namespace, e.MetricData ?? [], now, `EntityMetricData.member.${i + 1}.MetricData`),
      );
    },
  };
}

/** CloudWatchApi.putMetricData: another service's AWS/<Service> metrics, stored as PutMetricData stores them (without its reserved-namespace check). */
export function putServiceMetricData(service: CloudWatchService, request: ServiceMetricData): void {
  service.writer.store(
    request.account,
    request.region,
    request.namespace,
    request.metricData.map((d) => ({
      MetricName: d.metricName,
      Dimensions: d.dimensions?.map((x) => ({ Name: x.name, Value: x.value })),
      Value: d.value,
      Values: d.values,
      Counts: d.counts,
      StatisticValues: d.statistics ? { SampleCount: d.statistics.sampleCount, Sum: d.statistics.sum, Minimum: d.statistics.minimum, Maximum: d.statistics.maximum } : undefined,
      Unit: d.unit,
      Timestamp: d.timestamp !== undefined ? new Date(d.timestamp) : undefined,
      StorageResolution: d.storageResolution,
    })),
    service.clock.now(),
  );
}

function toSample(datum: Cw.MetricDatum, name: string, now: number): NewSample {
  const kinds = [datum.Value !== undefined, datum.StatisticValues !== undefined, datum.Values !== undefined && datum.Values.length > 0].filter(Boolean).length;
  if (kinds === 0) {
    throw invalidParameterCombination(`At least one of the parameters ${name}.Value and ${name}.StatisticValues must be specified.`);
  }
  if (datum.Value !== undefined && datum.StatisticValues !== undefined) {
    throw invalidParameterCombination(`The parameters ${name}.Value and ${name}.StatisticValues are mutually exclusive and you have specified both.`);
  }
  if (datum.Values?.length && (datum.Value !== undefined || datum.StatisticValues !== undefined)) {
    throw invalidParameterCombination(`The parameters ${name}.Values and ${name}.${datum.Value !== undefined ? 'Value' : 'StatisticValues'} are mutually exclusive and you have specified both.`);
  }
  const names = new Set<string>();
  for (const dimension of datum.Dimensions ?? []) {
    if (names.has(dimension.Name)) throw invalidParameterValue('No metric may specify the same dimension name twice.');
    names.add(dimension.Name);
  }
  const resolution = datum.StorageResolution ?? 60;
  if (resolution !== 1 && resolution !== 60) {
    throw invalidParameterValue(`The parameter ${name}.StorageResolution must be either 1 or 60.`);
  }
  const given = datum.Timestamp ? datum.Timestamp.getTime() : now;
  if (given < now - TWO_WEEKS_MS) throw invalidParameterValue(`The parameter ${name}.Timestamp must specify a time within the past two weeks.`);
  if (given > now + TWO_HOURS_MS) throw invalidParameterValue(`The parameter ${name}.Timestamp must specify a time no more than two hours in the future.`);
  const granularity = resolution === 1 ? 1000 : 60_000;
  const timestamp = Math.floor(given / granularity) * granularity;
  const unit = datum.Unit ?? 'None';
  const checkNumber = (value: number, field: string) => {
    if (!isStorableValue(value)) throw invalidParameterValue(`The value ${numberFormatText(value)} for parameter ${name}.${field} is invalid.`);
  };
  if (datum.Value !== undefined) {
    checkNumber(datum.Value, 'Value');
    return { timestamp, unit, count: 1, sum: datum.Value, min: datum.Value, max: datum.Value, values: [[datum.Value, 1]] };
  }
  if (datum.StatisticValues) {
    const s = datum.StatisticValues;
    for (const field of ['SampleCount', 'Sum', 'Minimum', 'Maximum'] as const) checkNumber(s[field], `StatisticValues.${field}`);
    if (s.SampleCount <= 0) throw invalidParameterValue(`The parameter ${name}.StatisticValues.SampleCount must be greater than 0.`);
    if (s.Minimum > s.Maximum) throw invalidParameterValue(`The parameter ${name}.StatisticValues.Maximum must be greater than ${name}.StatisticValues.Minimum.`);
    return { timestamp, unit, count: s.SampleCount, sum: s.Sum, min: s.Minimum, max: s.Maximum, values: null };
  }
  const values = datum.Values!;
  const counts = datum.Counts;
  if (values.length > 150) throw invalidParameterValue(`The collection ${name}.Values must not have a size greater than 150.`);
  if (counts && counts.length !== values.length) throw invalidParameterValue(`The parameters ${name}.Values and ${name}.Counts must be of the same size.`);
  const pairs: Array<[number, number]> = values.map((value, i) => {
    checkNumber(value, `Values.member.${i + 1}`);
    const count = counts ? counts[i] : 1;
    if (!Number.isFinite(count)) throw invalidParameterValue(`The value ${numberFormatText(count)} for parameter ${name}.Counts.member.${i + 1} is invalid.`);
    return [value, count];
  });
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const [value, weight] of pairs) {
    count += weight;
    sum += value * weight;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return { timestamp, unit, count, sum, min, max, values: pairs };
}
