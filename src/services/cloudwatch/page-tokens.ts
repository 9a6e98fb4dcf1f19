import { invalidNextToken } from './errors.js';

/** CloudWatch's NextTokens: opaque base64 JSON that the next call checks before trusting. */

export function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64');
}

/** The token's value, or InvalidNextToken when it is not one this service gave out. */
export function decodeToken<T>(token: string, check: (value: unknown) => value is T): T {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as unknown;
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw invalidNextToken();
}

export const isOffset = (value: unknown): value is { offset: number } => typeof (value as { offset?: unknown })?.offset === 'number';
