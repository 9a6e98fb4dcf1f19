/** Object and bucket tag sets, with S3's limits and messages. */
import { AwsError } from '../../core/errors.js';

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function invalidTag(message: string): AwsError {
  return new AwsError('InvalidTag', message, 400);
}

export function validateTags(tags: Array<{ Key?: string; Value?: string }>, kind: 'object' | 'bucket'): Record<string, string> {
  const max = kind === 'object' ? 10 : 50;
  if (tags.length > max) {
    throw kind === 'object'
      ? new AwsError('BadRequest', 'Object tags cannot be greater than 10', 400)
      : invalidTag('Bucket tag count cannot be greater than 50');
  }
  const out: Record<string, string> = {};
  for (const tag of tags) {
    const key = tag.Key ?? '';
    const value = tag.Value ?? '';
    if ([...key].length > 128) throw invalidTag('The TagKey you have provided is too long, max 128');
    if ([...value].length > 256) throw invalidTag('The TagValue you have provided is too long, max 256');
    if (key === '' || !TAG_TEXT.test(key)) throw invalidTag('The TagKey you have provided is invalid');
    if (!TAG_TEXT.test(value)) throw invalidTag('The TagValue you have provided is invalid');
    if (key.toLowerCase().startsWith('aws:')) throw invalidTag('Your TagKey cannot be prefixed with aws:');
    if (Object.prototype.hasOwnProperty.call(out, key)) throw invalidTag('Cannot provide multiple Tags with the same key');
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The x-amz-tagging header: a URL query string of tags. */
export function parseTaggingHeader(header: string | undefined): Record<string, string> {
  if (header === undefined || header === '') return {};
  const params = new URLSearchParams(header);
  const tags = [...params].map(([Key, Value]) => ({ Key, Value }));
  return validateTags(tags, 'object');
}

export function tagSet(tags: Record<string, string>): Array<{ Key: string; Value: string }> {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
