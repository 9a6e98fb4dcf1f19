import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

/** The hash constructor @smithy/signature-v4 wants, on node:crypto. */
export class NodeSha256 {
  private readonly hash;
  constructor(secret?: string | Uint8Array) {
    this.hash = secret ? createHmac('sha256', Buffer.from(secret as Uint8Array)) : createHash('sha256');
  }
  update(data: string | Uint8Array): void {
    this.hash.update(typeof data === 'string' ? Buffer.from(data) : data);
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
}

/** A SigV4 signer for hand-built requests. */
export function signerFor(service: string, region = 'us-east-1', credentials = { accessKeyId: 'test', secretAccessKey: 'test' }, options: { uriEscapePath?: boolean } = {}): SignatureV4 {
  return new SignatureV4({ service, region, credentials, sha256: NodeSha256 as never, uriEscapePath: options.uriEscapePath ?? true });
}
