import { isIP } from 'node:net';
import { hostname } from 'node:os';
import type { WireResponse } from '../protocol/types.js';

/**
 * What a web page the user visits may do with Nimbus: nothing, unless the user or a resource
 * allows it. Nimbus needs no credentials by default, so a browser is the way in for an attacker:
 * - DNS rebinding (a name of the attacker's that resolves to 127.0.0.1) is stopped by the Host
 *   check: only IP literals, localhost, *.localhost, this machine's name, host.docker.internal and
 *   the names given to --allowed-hosts are served (a rebinding attack needs a name of its own).
 * - A cross-origin request (an Origin that is not Nimbus's own, or Sec-Fetch-Site saying the page
 *   is another site) is served only when --cors-origins lists the origin, or a resource's own CORS
 *   configuration allows it (S3 bucket CORS, function URL CORS), or it is a GET/HEAD to such a
 *   resource (a read a browser does not show the page without CORS headers).
 */
export interface BrowserPolicy {
  /** Exact origins (`http://localhost:3000`), or '*' for any. */
  corsOrigins: string[];
  /** Extra host names (`my-service`, `*.example.test`), or '*' for any. */
  allowedHosts: string[];
}

const EXPOSED_HEADERS = [
  'etag', 'x-amz-request-id', 'x-amz-id-2', 'x-amzn-requestid', 'x-amzn-errortype', 'x-amz-version-id',
  'x-amz-delete-marker', 'x-amz-server-side-encryption', 'x-amz-function-error', 'x-amz-log-result',
  'x-amz-executed-version', 'x-amzn-query-error', 'content-length', 'content-type', 'date', 'last-modified',
].join(', ');

const machineNames = (() => {
  const name = hostname().toLowerCase();
  return new Set([name, name.split('.')[0]]);
})();

/** The host name of a Host or :authority header, without port or IPv6 brackets, lowercased. */
export function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') > 0 ? value.indexOf(']') : undefined);
  const colon = value.lastIndexOf(':');
  return colon > 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

/** Answers per policy and Host header: nearly every request of a run names the same host. */
const hostAnswers = new WeakMap<BrowserPolicy, Map<string, boolean>>();

export function hostAllowed(policy: BrowserPolicy, hostHeader: string | undefined): boolean {
  // HTTP/1.0 clients may send no Host; browsers always send one.
  if (hostHeader === undefined || hostHeader === '') return true;
  let answers = hostAnswers.get(policy);
  if (!answers) hostAnswers.set(policy, (answers = new Map()));
  let answer = answers.get(hostHeader);
  if (answer === undefined) {
    answer = decideHost(policy, hostHeader);
    if (answers.size >= 256) answers.clear();
    answers.set(hostHeader, answer);
  }
  return answer;
}

function decideHost(policy: BrowserPolicy, hostHeader: string): boolean {
  const name = hostNameOf(hostHeader).replace(/\.$/, '');
  if (isIP(name)) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (machineNames.has(name) || name === 'host.docker.internal') return true;
  for (const allowed of policy.allowedHosts) {
    const pattern = allowed.toLowerCase();
    if (pattern === '*' || pattern === name) return true;
    if (pattern.startsWith('*.') && name.endsWith(pattern.slice(1))) return true;
  }
  return false;
}

export function hostRefusalMessage(hostHeader: string): string {
  const name = hostNameOf(hostHeader);
  return (
    `Nimbus does not answer requests for the host '${name}': it answers IP addresses, localhost, *.localhost, ` +
    `this machine's name, host.docker.internal and the names you allow, so that a web page cannot reach it through ` +
    `a DNS name of its own. To allow this name, start Nimbus with --allowed-hosts ${name} ` +
    `(or NIMBUS_ALLOWED_HOSTS=${name}; '*' allows every name).`
  );
}

/**
 * The origin of a cross-origin browser request, or undefined for a same-origin one or a
 * non-browser client. A page's navigations and no-cors fetches may carry no Origin; then
 * Sec-Fetch-Site (sent by every current browser) says the request comes from another site.
 */
export function crossOrigin(headers: Record<string, string>, hostHeader: string | undefined): string | undefined {
  const origin = headers.origin;
  if (origin !== undefined) {
    if (hostHeader && sameOrigin(origin, hostHeader)) return undefined;
    return origin;
  }
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return headers.referer ? safeOrigin(headers.referer) : 'null';
  return undefined;
}

function sameOrigin(origin: string, hostHeader: string): boolean {
  const match = /^https?:\/\/([^/]+)$/i.exec(origin.trim());
  return Boolean(match) && match![1].toLowerCase() === hostHeader.trim().toLowerCase();
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

export function originAllowed(policy: BrowserPolicy, origin: string): boolean {
  // 'null' (sandboxed frames, file: pages) is anyone's origin: only an explicit 'null' lets it in, never '*'.
  if (origin === 'null') return policy.corsOrigins.includes('null');
  return policy.corsOrigins.some((allowed) => allowed === '*' || allowed.toLowerCase() === origin.toLowerCase());
}

export function originRefusalMessage(origin: string): string {
  return (
    `Nimbus does not serve cross-origin requests from ${origin}. To let a web application at that origin call ` +
    `Nimbus's AWS APIs, start Nimbus with --cors-origins ${origin === 'null' ? "'<origin>'" : origin} ` +
    `(or NIMBUS_CORS_ORIGINS); S3 buckets and Lambda function URLs also follow their own CORS configuration.`
  );
}

export function isPreflight(method: string, headers: Record<string, string>): boolean {
  return method === 'OPTIONS' && Boolean(headers.origin) && Boolean(headers['access-control-request-method']);
}

/** The answer to a preflight from an origin the user allowed. */
export function preflightResponse(headers: Record<string, string>): WireResponse {
  return {
    status: 200,
    headers: {
      'access-control-allow-origin': headers.origin,
      'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD, PATCH, OPTIONS',
      'access-control-allow-headers': headers['access-control-request-headers'] ?? '*',
      'access-control-expose-headers': EXPOSED_HEADERS,
      'access-control-max-age': '86400',
      vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
    },
  };
}

/** The CORS headers of an answer to an origin the user allowed. */
export function applyCors(origin: string, response: WireResponse): WireResponse {
  response.headers['access-control-allow-origin'] ??= origin;
  response.headers['access-control-expose-headers'] ??= EXPOSED_HEADERS;
  response.headers.vary ??= 'Origin';
  return response;
}

/** A refused request: 403 without CORS headers, so the page cannot read even the refusal. */
export function refusal(message: string, contentType = 'text/plain; charset=utf-8'): WireResponse {
  return { status: 403, headers: { 'content-type': contentType }, body: contentType.includes('json') ? JSON.stringify({ error: message }) : message };
}
