import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import { validationError } from './errors.js';

/** IAM's listings: MaxItems (1–1000, 100 by default), Marker from the last page, IsTruncated. */
export const DEFAULT_MAX_ITEMS = 100;

export interface PageRequest {
  Marker?: string;
  MaxItems?: number;
}

export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

/** One page of `items` (already in IAM's order, keyed uniquely by `key`). */
export function pageOf<T>(items: readonly T[], key: (item: T) => string, request: PageRequest): Page<T> {
  const limit = request.MaxItems ?? DEFAULT_MAX_ITEMS;
  let start = 0;
  if (request.Marker !== undefined) {
    const after = decodePageToken(request.Marker, isAfterKey, () => validationError('Invalid Marker.')).after;
    const index = items.findIndex((item) => key(item) === after);
    start = index >= 0 ? index + 1 : items.findIndex((item) => key(item) > after);
    if (start < 0) start = items.length;
  }
  const chosen = items.slice(start, start + limit);
  const truncated = start + limit < items.length;
  return { items: chosen, IsTruncated: truncated, Marker: truncated ? encodePageToken({ after: key(chosen[chosen.length - 1]!) }) : undefined };
}

/** Items whose path starts with the prefix (IAM's PathPrefix filter). */
export function underPath<T extends { path: string }>(items: T[], prefix: string | undefined): T[] {
  return prefix ? items.filter((item) => item.path.startsWith(prefix)) : items;
}
