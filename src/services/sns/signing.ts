import { createHash, createPrivateKey, generateKeyPair, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { selfSignedCertificate } from './certificate.js';
import type { SnsState } from './state.js';

/** The fields of a message SNS signs, in the order AWS's canonical string takes them. */
const NOTIFICATION_FIELDS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
const CONFIRMATION_FIELDS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const;

/** The string AWS signs: each present field's name and value, each on its own line. */
export function canonicalString(message: Record<string, unknown>): string {
  const fields = message.Type === 'Notification' ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
  let text = '';
  for (const field of fields) {
    const value = message[field];
    if (value === undefined || value === null) continue;
    text += `${field}\n${String(value)}\n`;
  }
  return text;
}

/**
 * The key deliveries are signed with and its certificate, made at first use and kept in the
 * store; the certificate is served at SigningCertURL.
 */
export class MessageSigner {
  private key: KeyObject | undefined;
  private cert: { pem: string; id: string } | undefined;

  constructor(private readonly state: SnsState, private readonly now: () => number) {}

  /**
   * Makes the key off the event loop (an RSA key takes 100-200 ms) when the store has none yet, so
   * the first delivery seldom waits for it; load() makes one itself if it comes first.
   */
  prepare(): void {
    if (this.state.signing()) return;
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, privateKey) => {
      if (error) return;
      try {
        if (!this.state.signing()) this.keep(privateKey);
      } catch {
        // the store closed meanwhile (Nimbus stopped): load() makes a key when one is needed
      }
    });
  }

  private keep(privateKey: KeyObject): void {
    const certPem = selfSignedCertificate(privateKey, 'sns.amazonaws.com', new Date(this.now() - 86_400_000));
    const certId = createHash('md5').update(certPem).digest('hex');
    this.state.putSigning(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), certPem, certId);
  }

  private load(): { key: KeyObject; pem: string; id: string } {
    if (!this.key || !this.cert) {
      let stored = this.state.signing();
      if (!stored) {
        this.keep(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
        stored = this.state.signing()!;
      }
      this.key = createPrivateKey(stored.keyPem);
      this.cert = { pem: stored.certPem, id: stored.certId };
    }
    return { key: this.key, ...this.cert };
  }

  /** The certificate's file name, as AWS names it: SimpleNotificationService-<id>.pem. */
  certificateFile(): string {
    return `SimpleNotificationService-${this.load().id}.pem`;
  }

  certificatePem(): string {
    return this.load().pem;
  }

  /** Base64 signature of the message's canonical string: version 1 is SHA1withRSA, 2 SHA256withRSA. */
  sign(message: Record<string, unknown>, version: '1' | '2'): string {
    return sign(version === '2' ? 'sha256' : 'sha1', Buffer.from(canonicalString(message)), this.load().key).toString('base64');
  }
}
