import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a secret a caller gave (a signature, a token) is the expected one, compared in constant
 * time: how fast a wrong one is refused tells nothing of the right one.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
