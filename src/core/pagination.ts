import { createHash } from 'node:crypto';

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

/**
 * An opaque token that must come back unchanged (a shard iterator): the value as JSON with a
 * digest of it and its purpose, so a token that was edited, made up or minted for something
 * else is refused (undefined) rather than read. Not a secret: it guards against mistakes.
 */
export function sealToken(purpose: string, value: unknown): string {
  const body = Buffer.from(JSON.stringify(value));
  return Buffer.concat([sealDigest(purpose, body), body]).toString('base64');
}

/** The value sealed in a token for this purpose, or undefined when the token is not one. */
export function openToken(purpose: string, token: string): unknown {
  const raw = Buffer.from(token, 'base64');
  if (raw.length <= SEAL_DIGEST_BYTES) return undefined;
  const body = raw.subarray(SEAL_DIGEST_BYTES);
  if (!raw.subarray(0, SEAL_DIGEST_BYTES).equals(sealDigest(purpose, body))) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const SEAL_DIGEST_BYTES = 12;

function sealDigest(purpose: string, body: Buffer): Buffer {
  return createHash('sha256').update(purpose).update('\u0000').update(body).digest().subarray(0, SEAL_DIGEST_BYTES);
}
