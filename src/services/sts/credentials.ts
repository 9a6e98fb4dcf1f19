import { createHash, randomBytes } from 'node:crypto';

/**
 * The shapes of what STS issues: temporary access key ids (ASIA + 16 base-32 characters, 20 in
 * all, as AWS's), 40-character secrets, opaque session tokens, and the unique ids AWS gives
 * roles (AROA…) and users.
 */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function fromAlphabet(alphabet: string, bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export function newTemporaryCredentials(): IssuedCredentials {
  return {
    accessKeyId: `ASIA${fromAlphabet(BASE32, randomBytes(16))}`,
    secretAccessKey: fromAlphabet(SECRET_ALPHABET, randomBytes(40)),
    // Opaque to clients; AWS's run to several hundred base64 characters.
    sessionToken: randomBytes(264).toString('base64'),
  };
}

/**
 * A role's unique id when IAM does not know the role (enforcement off): derived from its ARN, so
 * every session of the same role names the same AROA… id.
 */
export function derivedRoleId(roleArn: string): string {
  return `AROA${fromAlphabet(ID_ALPHABET, createHash('sha256').update(roleArn).digest()).slice(0, 17)}`;
}
