import { createHash } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import type { SignatureV4 } from '@smithy/signature-v4';
import type { Cloud } from '../../src/index.js';
import { clientConfig } from '../support/cloud.js';
import { rawRequest, type RawResponse } from '../support/raw-http.js';
import { signerFor } from '../support/signing.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** An S3 client against the cloud: path style (virtual hosts are tested with raw Host headers). */
export function s3Client(cloud: Cloud, region = 'us-east-1', extra: Record<string, unknown> = {}): S3Client {
  return new S3Client({ ...clientConfig(cloud, region), forcePathStyle: true, ...extra });
}

export async function text(body: unknown): Promise<string> {
  return (body as { transformToString(): Promise<string> }).transformToString();
}

export function s3Signer(region = 'us-east-1', credentials = { accessKeyId: 'test', secretAccessKey: 'test' }): SignatureV4 {
  return signerFor('s3', region, credentials, { uriEscapePath: false });
}

/** A presigned URL for a path-style S3 request (what @aws-sdk/s3-request-presigner would make). */
export async function presign(cloud: Cloud, method: string, path: string, expiresIn: number, options: { region?: string; signingDate?: Date; headers?: Record<string, string> } = {}): Promise<string> {
  const url = new URL(path, cloud.endpoint);
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const signed = await s3Signer(options.region).presign(
    // As @aws-sdk/s3-request-presigner does: the payload is unsigned (the header is hoisted into the query).
    { method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query, headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', ...(options.headers ?? {}) } },
    { expiresIn, signingDate: options.signingDate },
  );
  const search = new URLSearchParams(signed.query as Record<string, string>).toString();
  return `${cloud.endpoint}${signed.path}?${search}`;
}

/** fetch with a SigV4 Authorization header for S3 in a region (for requests the SDK would rewrite). */
export async function signedFetch(cloud: Cloud, method: string, path: string, body: string, region: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(path, cloud.endpoint);
  const payloadHash = createHash('sha256').update(body).digest('hex');
  const signed = await s3Signer(region).sign({
    method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, 'x-amz-content-sha256': payloadHash, ...headers },
    body,
  });
  return fetch(`${cloud.endpoint}${url.pathname}${url.search}`, { method, headers: signed.headers as Record<string, string>, body: body || undefined });
}

/** A plain HTTP request with full control of the headers (Host included), for virtual hosts and browsers' requests. */
export function raw(cloud: Cloud, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawResponse> {
  return rawRequest(cloud, { method, path, headers, body });
}
