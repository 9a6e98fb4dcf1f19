import { createHash } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import type { SignatureV4 } from '@smithy/signature-v4';
import { decodeCbor } from '../../../src/protocol/cbor.js';
import { signerFor } from '../../support/signing.js';
import type { WireCall } from './wire.js';

const signers = new Map<string, SignatureV4>();

/** One signer a signing name, kept for the whole run (S3 signs its path as it is, as the SDK does). */
function cachedSigner(service: string): SignatureV4 {
  let signer = signers.get(service);
  if (!signer) {
    signer = signerFor(service, 'us-east-1', undefined, { uriEscapePath: service !== 's3' });
    signers.set(service, signer);
  }
  return signer;
}

/** Adds a SigV4 Authorization header for `signingName`, as an SDK would; a request the signer cannot take gets a hand-written one. */
export async function sign(call: WireCall, signingName: string, host: string): Promise<WireCall> {
  const q = call.target.indexOf('?');
  const path = q < 0 ? call.target : call.target.slice(0, q);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(q < 0 ? '' : call.target.slice(q + 1))) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  try {
    const signed = await cachedSigner(signingName).sign({
      method: call.method,
      protocol: 'http:',
      hostname: host.replace(/:\d+$/, ''),
      port: Number(host.split(':')[1]),
      path,
      query,
      headers: { ...call.headers, host, 'x-amz-content-sha256': createHash('sha256').update(call.body).digest('hex') },
      body: call.body,
    });
    return { ...call, headers: signed.headers as Record<string, string> };
  } catch {
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return {
      ...call,
      headers: {
        ...call.headers,
        'x-amz-date': `${day}T000000Z`,
        authorization: `AWS4-HMAC-SHA256 Credential=test/${day}/us-east-1/${signingName}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
      },
    };
  }
}

export interface Answer {
  status: number;
  /** The AWS error code the answer carries, if any (from x-amzn-errortype, __type, or <Code>). */
  code?: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** True when the body was cut off after the headers (event streams, very large answers). */
  cut: boolean;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });
/** Enough of any error answer; a bigger (successful) body is not needed to judge the call. */
const MAX_BODY = 1 << 20;

/** Header values Node's client refuses (control characters, code points past 0xff) are sent with those characters replaced by '?'. */
function sendableHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) continue;
    out[name] = String(value).replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
  }
  return out;
}

/** Sends a call; rejects with `timeout` if no complete answer comes within `timeoutMs`. */
export function send(endpoint: string, call: WireCall, timeoutMs: number, cutAfterHeaders = false): Promise<Answer> {
  const url = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const headers = sendableHeaders({ ...call.headers, 'content-length': String(call.body.length) });
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: call.method, path: call.target, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let cut = false;
        const finish = () => {
          clearTimeout(timer);
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, code: errorCode(res.headers, body), headers: res.headers, body, cut });
        };
        if (cutAfterHeaders && (res.statusCode ?? 0) < 300) {
          cut = true;
          res.destroy();
          finish();
          return;
        }
        res.on('data', (chunk: Buffer) => {
          if (cut) return;
          size += chunk.length;
          if (size > MAX_BODY) {
            cut = true;
            res.destroy();
            finish();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (!cut) finish();
        });
        res.on('error', (error) => {
          if (!cut) {
            clearTimeout(timer);
            reject(error);
          }
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(Object.assign(new Error(`no answer in ${timeoutMs} ms`), { code: 'timeout' }));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(call.body);
  });
}

/** The error code of an answer in any of the five protocols. */
function errorCode(headers: Record<string, string | string[] | undefined>, body: Buffer): string | undefined {
  const header = headers['x-amzn-errortype'];
  if (typeof header === 'string' && header) return header.split(':')[0].split('#').pop();
  if (!body.length) return undefined;
  const type = String(headers['content-type'] ?? '');
  if (type.includes('cbor')) {
    try {
      const doc = decodeCbor(body) as Record<string, unknown>;
      if (typeof doc?.__type === 'string') return doc.__type.split('#').pop();
    } catch {
      return undefined;
    }
    return undefined;
  }
  const text = body.toString('utf8');
  if (text.trimStart().startsWith('{')) {
    try {
      const doc = JSON.parse(text) as Record<string, unknown>;
      const code = doc.__type ?? doc.code ?? doc.Code ?? doc.Type;
      if (typeof code === 'string') return code.split(':')[0].split('#').pop();
    } catch {
      // An answer cut at MAX_BODY (an error echoing a huge value) still names its type up front.
      return /^\{"__type":"([^"]+)"/.exec(text)?.[1]?.split('#').pop();
    }
    return undefined;
  }
  return /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
}
