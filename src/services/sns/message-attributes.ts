import type * as Sns from '../../generated/sns.js';
import { invalidParameterValue } from './errors.js';

export type MessageAttributes = Record<string, Sns.MessageAttributeValue>;

const MAX_ATTRIBUTES = 10;
const NAME = /^[A-Za-z0-9_.-]{1,256}$/;

/** Checks a publish's message attributes as SNS does; answers them (empty when none). */
export function checkMessageAttributes(attributes: MessageAttributes | undefined): MessageAttributes {
  const entries = Object.entries(attributes ?? {});
  if (entries.length > MAX_ATTRIBUTES) {
    throw invalidParameterValue(`Number of message attributes [${entries.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`);
  }
  for (const [name, attribute] of entries) {
    if (!NAME.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
      throw invalidParameterValue(`The message attribute name '${name}' is invalid.`);
    }
    if (/^(aws|amazon)\./i.test(name)) throw invalidParameterValue(`The message attribute name '${name}' is reserved.`);
    const type = attribute.DataType ?? '';
    const base = type === 'String.Array' ? 'String.Array' : type.split('.')[0];
    if (base !== 'String' && base !== 'Number' && base !== 'Binary' && base !== 'String.Array') {
      throw invalidParameterValue(`The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
    }
    if (base === 'Binary') {
      if (attribute.BinaryValue === undefined || attribute.BinaryValue.length === 0) {
        throw invalidParameterValue(`The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
      }
      continue;
    }
    const value = attribute.StringValue;
    if (value === undefined || value === '') {
      throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
    }
    if (base === 'Number' && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) {
      throw invalidParameterValue(`Could not cast message attribute '${name}' value to number.`);
    }
    if (base === 'String.Array' && !isStringArray(value)) {
      throw invalidParameterValue(`The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
    }
  }
  return Object.fromEntries(entries);
}

/** A JSON array of strings, numbers, booleans and nulls, as String.Array carries. */
function isStringArray(value: string): boolean {
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) && parsed.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item));
  } catch {
    return false;
  }
}

/** The bytes attributes count toward the 256 KB message limit: name, type and value. */
export function attributesSize(attributes: MessageAttributes): number {
  let size = 0;
  for (const [name, attribute] of Object.entries(attributes)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(attribute.DataType);
    size += attribute.BinaryValue ? attribute.BinaryValue.length : Buffer.byteLength(attribute.StringValue ?? '');
  }
  return size;
}

/** The notification JSON's MessageAttributes: {Type, Value}, binary values in base64. */
export function envelopeAttributes(attributes: MessageAttributes): Record<string, { Type: string; Value: string }> | undefined {
  const entries = Object.entries(attributes);
  if (!entries.length) return undefined;
  return Object.fromEntries(
    entries.map(([name, a]) => [name, { Type: a.DataType, Value: a.BinaryValue ? Buffer.from(a.BinaryValue).toString('base64') : (a.StringValue ?? '') }]),
  );
}
