/**
 * Page tokens, one way for every service: an opaque base64url of a small JSON position, which
 * the next call checks with the service's own guard before trusting it (a token a client made up
 * or took from another operation gets the service's own "invalid token" error, never a crash).
 */
export function encodePageToken(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position in a token, or the service's error when the token is not one of its own. */
export function decodePageToken<T>(token: string, isPosition: (value: unknown) => value is T, invalid: () => Error): T {
  try {
    // base64url decoding also reads the older '+/=' alphabet, so tokens given out before stay good.
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (isPosition(value)) return value;
  } catch {
    // not JSON: not ours
  }
  throw invalid();
}

/** A position after a named item: the common form of a listing's token. */
export interface AfterKey {
  after: string;
}

export const isAfterKey = (value: unknown): value is AfterKey => typeof (value as { after?: unknown } | null)?.after === 'string';

/** A numeric offset into a computed result (a metric query's points, a listing computed whole). */
export interface Offset {
  offset: number;
}

export const isOffset = (value: unknown): value is Offset =>
  Number.isSafeInteger((value as { offset?: unknown } | null)?.offset) && ((value as Offset).offset >= 0);

/**
 * One page of `items` (sorted by `key`), from just after the token's key: an item deleted between
 * calls does not lose the place. Answers the page and the token of the next one, if any.
 */
export function pageAfterKey<T>(
  items: readonly T[],
  key: (item: T) => string,
  limit: number,
  token: string | undefined,
  invalid: () => Error,
): { items: T[]; nextToken?: string } {
  let rest = items;
  if (token) {
    const after = decodePageToken(token, isAfterKey, invalid).after;
    const index = items.findIndex((item) => key(item) === after);
    rest = index >= 0 ? items.slice(index + 1) : items.filter((item) => key(item) > after);
  }
  const chosen = rest.slice(0, limit);
  return { items: chosen, nextToken: rest.length > limit ? encodePageToken({ after: key(chosen[chosen.length - 1]!) }) : undefined };
}
