import type { WireResponse } from '../protocol/types.js';

/**
 * CORS for browser clients: preflights are answered for every origin, and
 * responses to requests with an Origin carry the allow/expose headers the
 * SDKs need to read (request ids, ETag, x-amz-*). A service with CORS rules
 * of its own (S3 bucket CORS) replaces this default through Provider.cors.
 */
const EXPOSED_HEADERS = [
  'etag', 'x-amz-request-id', 'x-amz-id-2', 'x-amzn-requestid', 'x-amzn-errortype', 'x-amz-version-id',
  'x-amz-delete-marker', 'x-amz-server-side-encryption', 'x-amz-function-error', 'x-amz-log-result',
  'x-amz-executed-version', 'x-amzn-query-error', 'content-length', 'content-type', 'date', 'last-modified',
].join(', ');

export function isPreflight(method: string, headers: Record<string, string>): boolean {
  return method === 'OPTIONS' && Boolean(headers.origin) && Boolean(headers['access-control-request-method']);
}

export function preflightResponse(headers: Record<string, string>): WireResponse {
  return {
    status: 200,
    headers: {
      'access-control-allow-origin': headers.origin ?? '*',
      'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD, PATCH, OPTIONS',
      'access-control-allow-headers': headers['access-control-request-headers'] ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': EXPOSED_HEADERS,
      'access-control-max-age': '86400',
      vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
    },
  };
}

export function applyCors(headers: Record<string, string>, response: WireResponse): WireResponse {
  if (!headers.origin) return response;
  response.headers['access-control-allow-origin'] ??= headers.origin;
  response.headers['access-control-allow-credentials'] ??= 'true';
  response.headers['access-control-expose-headers'] ??= EXPOSED_HEADERS;
  response.headers.vary ??= 'Origin';
  return response;
}
