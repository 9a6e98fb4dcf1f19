import { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline as pipeStreams } from 'node:stream/promises';
import type { WireResponse } from '../core/wire.js';
import type { NodeResponse } from './pipeline.js';

/** Writes an answer: whole bodies in one go, streams piped. */
export async function send(res: NodeResponse, method: string, response: WireResponse): Promise<void> {
  const body = response.body;
  if (res instanceof ServerResponse && method !== 'HEAD' && (typeof body === 'string' || Buffer.isBuffer(body))) {
    sendWhole(res, response, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
    return;
  }
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (method === 'HEAD' || body === undefined) {
    if (body instanceof Readable) body.destroy();
    res.end();
    return;
  }
  if (body instanceof Readable) {
    await pipeStreams(body, res as unknown as NodeJS.WritableStream);
    return;
  }
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (!res.hasHeader('content-length')) res.setHeader('content-length', buffer.length);
  res.end(buffer);
}

/** An HTTP/1.1 answer held whole: status and headers in one writeHead, as a flat list (cheaper than a setHeader each). */
function sendWhole(res: ServerResponse, response: WireResponse, body: Buffer): void {
  const flat: string[] = [];
  let hasLength = false;
  for (const name in response.headers) {
    flat.push(name, response.headers[name]);
    if (name.length === 14 && name.toLowerCase() === 'content-length') hasLength = true;
  }
  if (!hasLength) flat.push('content-length', String(body.length));
  res.writeHead(response.status, flat);
  res.end(body);
}
