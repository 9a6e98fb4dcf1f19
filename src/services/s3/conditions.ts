/**
 * Conditional requests (RFC 7232 as S3 applies them): If-Match / If-Unmodified-Since fail
 * with 412, If-None-Match / If-Modified-Since answer 304 on reads. If-Match that holds
 * overrides a failing If-Unmodified-Since; If-None-Match that fails to match overrides
 * If-Modified-Since.
 */
import type { AwsError } from '../../core/errors.js';
import { notModified, preconditionFailed } from './errors.js';

export interface Conditions {
  ifMatch?: string;
  ifNoneMatch?: string;
  ifModifiedSince?: Date;
  ifUnmodifiedSince?: Date;
}

function unquote(etag: string): string {
  const trimmed = etag.trim().replace(/^W\//, '');
  return trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
}

/** True when the header's list (or `*`) names this ETag. */
export function etagMatches(header: string, etag: string): boolean {
  const target = unquote(etag);
  return header.split(',').some((item) => {
    const value = item.trim();
    return value === '*' || unquote(value) === target;
  });
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** For GET and HEAD: throws PreconditionFailed or NotModified. */
export function checkReadConditions(c: Conditions, etag: string, lastModified: number, now: number, headers: Record<string, string>): void {
  const error = readConditionError(c, etag, lastModified, now, headers, { ifMatch: 'If-Match', ifUnmodifiedSince: 'If-Unmodified-Since' }, true);
  if (error) throw error;
}

/** For CopyObject / UploadPartCopy's x-amz-copy-source-if-*: every failure is a 412. */
export function checkCopySourceConditions(c: Conditions, etag: string, lastModified: number, now: number): void {
  const error = readConditionError(
    c,
    etag,
    lastModified,
    now,
    {},
    { ifMatch: 'x-amz-copy-source-If-Match', ifUnmodifiedSince: 'x-amz-copy-source-If-Unmodified-Since', ifNoneMatch: 'x-amz-copy-source-If-None-Match', ifModifiedSince: 'x-amz-copy-source-If-Modified-Since' },
    false,
  );
  if (error) throw error;
}

function readConditionError(
  c: Conditions,
  etag: string,
  lastModified: number,
  now: number,
  notModifiedHeaders: Record<string, string>,
  names: { ifMatch: string; ifUnmodifiedSince: string; ifNoneMatch?: string; ifModifiedSince?: string },
  allow304: boolean,
): AwsError | undefined {
  const modified = seconds(lastModified);
  const matchHolds = c.ifMatch !== undefined ? etagMatches(c.ifMatch, etag) : undefined;
  if (matchHolds === false) return preconditionFailed(names.ifMatch);
  if (matchHolds === undefined && c.ifUnmodifiedSince && modified > seconds(c.ifUnmodifiedSince.getTime())) {
    return preconditionFailed(names.ifUnmodifiedSince);
  }
  const noneMatchHolds = c.ifNoneMatch !== undefined ? !etagMatches(c.ifNoneMatch, etag) : undefined;
  const fail = (name: string | undefined): AwsError => (allow304 ? notModified(notModifiedHeaders) : preconditionFailed(name ?? ''));
  if (noneMatchHolds === false) return fail(names.ifNoneMatch);
  if (noneMatchHolds === undefined && c.ifModifiedSince) {
    const since = c.ifModifiedSince.getTime();
    // A date in the future is ignored, as HTTP says.
    if (since <= now && modified <= seconds(since)) return fail(names.ifModifiedSince);
  }
  return undefined;
}
