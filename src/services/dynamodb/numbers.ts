import { validation } from './errors.js';

/**
 * DynamoDB numbers: decimals of up to 38 significant digits, magnitudes from
 * 1E-130 to 9.9999999999999999999999999999999999999E+125, negative or zero.
 *
 * A number is held as sign × coefficient × 10^exponent, the coefficient a
 * string of digits without leading or trailing zeros ('' for zero).
 */
export interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
export const MAX_PRECISION = 38;
const MAX_MAGNITUDE = 125;
const MIN_MAGNITUDE = -130;

export const ZERO: Decimal = { negative: false, digits: '', exponent: 0 };

/** AWS names the text it could not read, unless it is empty. */
export function notANumber(text = ''): never {
  throw validation(`The parameter cannot be converted to a numeric value${text ? `: ${text}` : ''}`);
}

/** Parses text as DynamoDB does, enforcing precision and range. */
export function parseNumber(text: string): Decimal {
  const match = NUMBER.exec(text);
  if (!match) notANumber(text);
  const [, sign, whole = '', fraction = '', exp] = match;
  if (!whole && !fraction) notANumber(text);
  let digits = whole + fraction;
  let exponent = (exp ? Number(exp) : 0) - fraction.length;
  if (!Number.isFinite(exponent) || Math.abs(exponent) > 1e9) {
    if (/^0*\.?0*$/.test(whole + '.' + fraction)) return ZERO;
    throw exponent > 0 ? overflow() : underflow();
  }
  digits = digits.replace(/^0+/, '');
  const trimmed = digits.replace(/0+$/, '');
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  if (!digits) return ZERO;
  return checked({ negative: sign === '-', digits, exponent });
}

function overflow() {
  return validation('Number overflow. Attempting to store a number with magnitude larger than supported range');
}
function underflow() {
  return validation('Number underflow. Attempting to store a number with magnitude smaller than supported range');
}

/** Position of the most significant digit: 10^magnitude ≤ |n| < 10^(magnitude+1). */
export function magnitude(n: Decimal): number {
  return n.digits.length - 1 + n.exponent;
}

function checked(n: Decimal): Decimal {
  if (!n.digits) return ZERO;
  if (n.digits.length > MAX_PRECISION) throw validation('Attempting to store more than 38 significant digits in a Number');
  const m = magnitude(n);
  if (m > MAX_MAGNITUDE) throw overflow();
  if (m < MIN_MAGNITUDE) throw underflow();
  return n;
}

/** The canonical text DynamoDB answers with: plain notation, no superfluous zeros. */
export function formatNumber(n: Decimal): string {
  if (!n.digits) return '0';
  const sign = n.negative ? '-' : '';
  if (n.exponent >= 0) return sign + n.digits + '0'.repeat(n.exponent);
  const point = n.digits.length + n.exponent;
  if (point > 0) return `${sign}${n.digits.slice(0, point)}.${n.digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${n.digits}`;
}

/** Normalizes number text (throws AWS's errors for invalid numbers). */
export function normalizeNumber(text: string): string {
  return formatNumber(parseNumber(text));
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const signA = a.digits ? (a.negative ? -1 : 1) : 0;
  const signB = b.digits ? (b.negative ? -1 : 1) : 0;
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  let result: number;
  const ma = magnitude(a);
  const mb = magnitude(b);
  if (ma !== mb) result = ma < mb ? -1 : 1;
  else result = a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
  return signA < 0 ? -result : result;
}

export function compareNumbers(a: string, b: string): number {
  return compareDecimal(parseNumber(a), parseNumber(b));
}

function toBig(n: Decimal, exponent: number): bigint {
  if (!n.digits) return 0n;
  const value = BigInt(n.digits) * 10n ** BigInt(n.exponent - exponent);
  return n.negative ? -value : value;
}

function fromBig(value: bigint, exponent: number): Decimal {
  if (value === 0n) return ZERO;
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString();
  const trimmed = digits.replace(/0+$/, '');
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  return { negative, digits, exponent };
}

/** a + b (or a − b), with DynamoDB's precision and range checks on the result. */
export function addNumbers(a: string, b: string, subtract = false): string {
  const x = parseNumber(a);
  const y = parseNumber(b);
  const exponent = Math.min(x.digits ? x.exponent : Infinity, y.digits ? y.exponent : Infinity);
  if (exponent === Infinity) return '0';
  const sum = toBig(x, exponent) + (subtract ? -toBig(y, exponent) : toBig(y, exponent));
  return formatNumber(checked(fromBig(sum, exponent)));
}
