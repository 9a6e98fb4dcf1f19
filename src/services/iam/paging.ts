import { pageAfterKey } from '../../core/pagination.js';
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

/** One page of `items` (already in IAM's order, keyed uniquely by `key`), by core's pageAfterKey in IAM's words. */
export function pageOf<T>(items: readonly T[], key: (item: T) => string, request: PageRequest): Page<T> {
  const page = pageAfterKey(items, key, request.MaxItems ?? DEFAULT_MAX_ITEMS, request.Marker, () => validationError('Invalid Marker.'));
  return { items: page.items, IsTruncated: page.nextToken !== undefined, Marker: page.nextToken };
}

/** Items whose path starts with the prefix (IAM's PathPrefix filter). */
export function underPath<T extends { path: string }>(items: T[], prefix: string | undefined): T[] {
  return prefix ? items.filter((item) => item.path.startsWith(prefix)) : items;
}
