/**
 * How CloudWatch words an alarm's state: the StateReason sentences, the
 * StateReasonData JSON, and the time formats they use.
 */

/** A double as Java prints it, which is how AWS writes numbers in reasons: 5.0, 0.25, 1.0E-5, 1.5E10. */
export function javaDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa, exponent] = value.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${Number(exponent)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 26/11/26 17:53:00 — the datapoint time in threshold reasons (UTC). */
export function reasonTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** 2026-11-26T17:53:00.000+0000 — the time format of reason data, history data and notifications. */
export function awsTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Thursday 26 November, 2026 17:53:00 UTC — the time in composite alarm reasons. */
export function longTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

export const COMPARISON_TEXT: Record<string, string> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

export interface EvaluatedPoint {
  timestamp: number;
  value?: number;
  sampleCount?: number;
  breaching: boolean;
}

/** "Threshold Crossed: 1 datapoint [5.0 (26/11/26 17:53:00)] was greater than or equal to the threshold (5.0)." */
export function thresholdReason(options: {
  state: 'ALARM' | 'OK';
  points: EvaluatedPoint[];
  evaluationPeriods: number;
  datapointsToAlarm: number;
  comparison: string;
  threshold?: number;
  band: boolean;
}): string {
  const { state, points, evaluationPeriods, datapointsToAlarm } = options;
  if (points.every((p) => p.value === undefined)) {
    const n = points.length;
    return `Threshold Crossed: no datapoints were received for ${n} period${n === 1 ? '' : 's'} and ${n} missing datapoint${n === 1 ? ' was' : 's were'} treated as [${state === 'ALARM' ? 'Breaching' : 'NonBreaching'}].`;
  }
  const shown = points.filter((p) => p.value !== undefined && (state === 'ALARM' ? p.breaching : !p.breaching));
  const list = `[${shown.map((p) => `${javaDouble(p.value!)} (${reasonTime(p.timestamp)})`).join(', ')}]`;
  if (options.band) {
    const relation = state === 'ALARM' ? 'was outside the band' : 'was not outside the band';
    return `Thresholds Crossed: ${countText(shown.length, evaluationPeriods)} ${list} ${plural(shown.length, relation)} (thresholds computed by the anomaly detection model).`;
  }
  const text = COMPARISON_TEXT[options.comparison] ?? options.comparison;
  const relation = `${state === 'OK' ? 'not ' : ''}${text}`;
  const transition =
    evaluationPeriods > 1
      ? state === 'ALARM'
        ? ` (minimum ${datapointsToAlarm} datapoint${datapointsToAlarm === 1 ? '' : 's'} for OK -> ALARM transition)`
        : ` (minimum ${evaluationPeriods - datapointsToAlarm + 1} datapoint${evaluationPeriods - datapointsToAlarm + 1 === 1 ? '' : 's'} for ALARM -> OK transition)`
      : '';
  return `Threshold Crossed: ${countText(shown.length, evaluationPeriods)} ${list} ${shown.length === 1 ? 'was' : 'were'} ${relation} the threshold (${javaDouble(options.threshold ?? 0)})${transition}.`;
}

function countText(count: number, of: number): string {
  if (of <= 1) return `${count} datapoint`;
  return `${count} out of the last ${of} datapoints`;
}

function plural(count: number, relation: string): string {
  return count === 1 ? relation : relation.replace(/^was/, 'were');
}

export function insufficientReason(evaluationPeriods: number): string {
  return evaluationPeriods === 1 ? 'Insufficient Data: 1 datapoint was unknown.' : `Insufficient Data: ${evaluationPeriods} datapoints were unknown.`;
}

const REGION_NAMES: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'ca-central-1': 'Canada (Central)',
  'eu-west-1': 'EU (Ireland)',
  'eu-west-2': 'EU (London)',
  'eu-west-3': 'EU (Paris)',
  'eu-central-1': 'EU (Frankfurt)',
  'eu-north-1': 'EU (Stockholm)',
  'eu-south-1': 'EU (Milan)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-northeast-3': 'Asia Pacific (Osaka)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-east-1': 'Asia Pacific (Hong Kong)',
  'sa-east-1': 'South America (Sao Paulo)',
  'me-south-1': 'Middle East (Bahrain)',
  'af-south-1': 'Africa (Cape Town)',
};

export function regionName(region: string): string {
  return REGION_NAMES[region] ?? region;
}
