import { randomBytes } from 'node:crypto';

/**
 * Receipt handles: opaque to clients, naming the queue, the message and the
 * receive that produced it. A later receive of the same message issues a new
 * token, so an older handle can be told apart from the current one.
 */
export interface ReceiptHandle {
  queueId: number;
  seq: number;
  token: string;
}

export function newReceiptToken(): string {
  return randomBytes(16).toString('hex');
}

export function encodeReceiptHandle(handle: ReceiptHandle): string {
  return Buffer.from(`${handle.queueId}:${handle.seq}:${handle.token}`).toString('base64');
}

export function decodeReceiptHandle(text: string): ReceiptHandle | undefined {
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  const parts = decoded.split(':');
  if (parts.length !== 3 || !/^\d+$/.test(parts[0]) || !/^\d+$/.test(parts[1]) || !/^[0-9a-f]{32}$/.test(parts[2])) return undefined;
  return { queueId: Number(parts[0]), seq: Number(parts[1]), token: parts[2] };
}
