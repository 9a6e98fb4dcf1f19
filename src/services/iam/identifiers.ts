import { randomBytes } from 'node:crypto';

/**
 * IAM's unique ids and access keys, shaped as AWS's: a four-letter prefix that says what the id
 * is (AIDA user, AGPA group, AROA role, ANPA policy, AIPA instance profile, AKIA access key) and
 * upper-case letters and digits 2–7 (base32), 21 characters for ids and 20 for access key ids.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

export type IdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'AIPA';

export function uniqueId(prefix: IdPrefix): string {
  return prefix + randomFrom(BASE32, 17);
}

export function accessKeyId(): string {
  return 'AKIA' + randomFrom(BASE32, 16);
}

/** A 40-character secret access key. */
export function secretAccessKey(): string {
  return randomFrom(SECRET_ALPHABET, 40);
}

