/**
 * A self-signed X.509 certificate for SNS's signing key, written in DER by hand: node:crypto
 * makes keys and signs, but cannot issue a certificate, and a few ASN.1 elements are all it takes.
 */
import { createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const element = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const sequence = (...items: Buffer[]) => element(0x30, ...items);
const set = (...items: Buffer[]) => element(0x31, ...items);
const nullValue = () => Buffer.from([0x05, 0x00]);

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const bytes = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let rest = part;
    do {
      chunk.unshift(rest & 0x7f);
      rest >>= 7;
    } while (rest > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i]! |= 0x80;
    bytes.push(...chunk);
  }
  return element(0x06, Buffer.from(bytes));
}

function integer(value: Buffer): Buffer {
  // A leading 1 bit would read as negative.
  return element(0x02, value[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

/** UTCTime for years before 2050, GeneralizedTime after, as RFC 5280 asks. */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  return date.getUTCFullYear() < 2050 ? element(0x17, Buffer.from(iso.slice(2))) : element(0x18, Buffer.from(iso));
}

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const COMMON_NAME = '2.5.4.3';

/** A PEM certificate for the key, valid from `notBefore` for ten years, named `commonName`. */
export function selfSignedCertificate(privateKey: KeyObject, commonName: string, notBefore: Date): string {
  const name = sequence(set(sequence(oid(COMMON_NAME), element(0x0c, Buffer.from(commonName)))));
  const algorithm = sequence(oid(SHA256_WITH_RSA), nullValue());
  const notAfter = new Date(notBefore.getTime() + 10 * 365 * 86_400_000);
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const tbs = sequence(
    element(0xa0, integer(Buffer.from([2]))),
    integer(randomBytes(16)),
    algorithm,
    name,
    sequence(time(notBefore), time(notAfter)),
    name,
    spki,
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, algorithm, element(0x03, Buffer.from([0]), signature));
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
