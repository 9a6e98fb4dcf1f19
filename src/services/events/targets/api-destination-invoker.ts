import type { Runtime } from '../../../core/runtime.js';
import type * as Events from '../../../generated/events.js';
import type { TargetDelivery } from '../api.js';
import { TargetDeliveryError, targetNotFound } from './errors.js';
import type { ApiDestinationRow, ConnectionRow, TargetsState } from './state.js';

/** AWS's default InvocationRateLimitPerSecond. */
export const DEFAULT_INVOCATION_RATE_LIMIT = 300;

/** EventBridge gives an endpoint 5 seconds to answer (a network guard, not behaviour on the clock). */
const RESPONSE_TIMEOUT_MS = 5_000;

interface OAuthToken {
  accessToken: string;
  /** Clock time after which it is fetched again. */
  expiresAt: number;
}

/**
 * Calls an API destination's HTTP endpoint for one delivery, as EventBridge does: the connection's
 * authorization (API key header, Basic, or an OAuth client-credentials token fetched from its
 * authorization endpoint and kept until it expires or the endpoint answers 401/407), its
 * invocation parameters, the target's HttpParameters (`*` in the endpoint filled in order from
 * PathParameterValues), EventBridge's headers, and the destination's rate limit on the clock.
 * 429 and 5xx answers (and timeouts) are retried by the caller; other answers are not.
 */
export class ApiDestinationInvoker {
  private readonly tokens = new Map<string, OAuthToken>();
  /** Per destination: the clock second being filled and how many calls it has had. */
  private readonly windows = new Map<string, { second: number; used: number }>();

  constructor(
    private readonly runtime: Runtime,
    private readonly state: TargetsState,
  ) {}

  async invoke(delivery: TargetDelivery): Promise<void> {
    const destination = this.state.apiDestinationByArn(delivery.arn);
    if (!destination) throw targetNotFound(`API destination ${delivery.arn} does not exist.`);
    if (destination.state !== 'ACTIVE') throw new TargetDeliveryError('SDK_CLIENT_ERROR', `API destination ${destination.name} is not ACTIVE.`, false);
    const connection = this.state.connectionByArn(destination.connectionArn);
    if (!connection) throw targetNotFound(`Connection ${destination.connectionArn} does not exist.`);
    if (connection.state !== 'AUTHORIZED') {
      throw new TargetDeliveryError('SDK_CLIENT_ERROR', `Connection ${connection.name} is not authorized (its state is ${connection.state}).`, false);
    }
    await this.takeRateSlot(destination);
    let response = await this.call(destination, connection, delivery, false);
    if ((response.status === 401 || response.status === 407) && connection.authorizationType === 'OAUTH_CLIENT_CREDENTIALS') {
      // OAuth tokens are refreshed when the endpoint refuses the one held.
      response = await this.call(destination, connection, delivery, true);
    }
    if (response.status >= 200 && response.status < 300) return;
    const message = `Received a ${response.status} response from the API destination endpoint ${destination.endpoint}.`;
    const retryAfter = response.retryAfterMs;
    // A negative Retry-After tells EventBridge to stop retrying the event.
    if (retryAfter !== undefined && retryAfter < 0) throw new TargetDeliveryError('SDK_CLIENT_ERROR', message, false);
    throw new TargetDeliveryError('SDK_CLIENT_ERROR', message, response.status === 429 || response.status >= 500, retryAfter);
  }

  /** Fetches a fresh token for an OAuth connection (its authorization); rejects with why it failed. */
  async authorize(connection: ConnectionRow): Promise<void> {
    if (connection.auth.OAuthParameters) await this.oauthToken(connection, true);
  }

  close(): void {
    this.tokens.clear();
    this.windows.clear();
  }

  /** Waits, on the clock, for a call slot within the destination's invocations per second. */
  private async takeRateSlot(destination: ApiDestinationRow): Promise<void> {
    const limit = destination.rateLimit ?? DEFAULT_INVOCATION_RATE_LIMIT;
    for (;;) {
      const second = Math.floor(this.runtime.clock.now() / 1000);
      const window = this.windows.get(destination.arn);
      if (!window || window.second !== second) {
        this.windows.set(destination.arn, { second, used: 1 });
        return;
      }
      if (window.used < limit) {
        window.used++;
        return;
      }
      await this.runtime.clock.sleep((second + 1) * 1000 - this.runtime.clock.now());
    }
  }

  private async call(destination: ApiDestinationRow, connection: ConnectionRow, delivery: TargetDelivery, freshToken: boolean): Promise<{ status: number; retryAfterMs?: number }> {
    const http = delivery.httpParameters;
    let path = destination.endpoint;
    for (const value of http?.PathParameterValues ?? []) path = path.replace('*', encodeURIComponent(value));
    const url = new URL(path);
    const headers: Record<string, string> = {
      'user-agent': 'Amazon/EventBridge/ApiDestinations',
      'content-type': 'application/json; charset=utf-8',
      range: 'bytes=0-1048575',
      'accept-encoding': 'gzip,deflate',
    };
    let body: string | undefined = delivery.input;
    const invocation = connection.auth.InvocationHttpParameters;
    applyParameters(invocation, url, headers);
    for (const [name, value] of Object.entries(http?.HeaderParameters ?? {})) headers[name.toLowerCase()] = value;
    for (const [name, value] of Object.entries(http?.QueryStringParameters ?? {})) url.searchParams.set(name, value);
    if (invocation?.BodyParameters?.length) body = withBodyParameters(body, invocation.BodyParameters);
    Object.assign(headers, await this.authorization(connection, freshToken));
    if (destination.httpMethod === 'GET' || destination.httpMethod === 'HEAD') body = undefined;
    try {
      const response = await fetch(url, { method: destination.httpMethod, headers, body, signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS) });
      await response.arrayBuffer();
      return { status: response.status, retryAfterMs: retryAfterMs(response.headers.get('retry-after'), this.runtime.clock.now()) };
    } catch (error) {
      throw new TargetDeliveryError('SDK_CLIENT_ERROR', `The API destination endpoint ${destination.endpoint} could not be reached: ${(error as Error).message}`, true);
    }
  }

  private async authorization(connection: ConnectionRow, freshToken: boolean): Promise<Record<string, string>> {
    const auth = connection.auth;
    if (auth.ApiKeyAuthParameters) return { [auth.ApiKeyAuthParameters.ApiKeyName.toLowerCase()]: auth.ApiKeyAuthParameters.ApiKeyValue };
    if (auth.BasicAuthParameters) {
      const { Username, Password } = auth.BasicAuthParameters;
      return { authorization: `Basic ${Buffer.from(`${Username}:${Password}`).toString('base64')}` };
    }
    if (auth.OAuthParameters) return { authorization: `Bearer ${await this.oauthToken(connection, freshToken)}` };
    return {};
  }

  /** A client-credentials token from the connection's authorization endpoint, kept until it expires. */
  private async oauthToken(connection: ConnectionRow, fresh: boolean): Promise<string> {
    const held = this.tokens.get(connection.arn);
    if (held && !fresh && held.expiresAt > this.runtime.clock.now()) return held.accessToken;
    const oauth = connection.auth.OAuthParameters!;
    const url = new URL(oauth.AuthorizationEndpoint);
    const { ClientID, ClientSecret } = oauth.ClientParameters;
    const headers: Record<string, string> = {
      authorization: `Basic ${Buffer.from(`${ClientID}:${ClientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'Amazon/EventBridge/ApiDestinations',
    };
    applyParameters(oauth.OAuthHttpParameters, url, headers);
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    for (const parameter of oauth.OAuthHttpParameters?.BodyParameters ?? []) if (parameter.Key) form.set(parameter.Key, parameter.Value ?? '');
    let response: Response;
    try {
      response = await fetch(url, {
        method: oauth.HttpMethod,
        headers,
        body: oauth.HttpMethod === 'GET' ? undefined : form.toString(),
        signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
      });
    } catch (error) {
      throw new TargetDeliveryError('SDK_CLIENT_ERROR', `The OAuth authorization endpoint ${oauth.AuthorizationEndpoint} could not be reached: ${(error as Error).message}`, true);
    }
    const text = await response.text();
    let token: { access_token?: unknown; expires_in?: unknown } = {};
    try {
      token = JSON.parse(text) as typeof token;
    } catch {
      token = {};
    }
    if (!response.ok || typeof token.access_token !== 'string') {
      throw new TargetDeliveryError('SDK_CLIENT_ERROR', `The OAuth authorization endpoint ${oauth.AuthorizationEndpoint} answered ${response.status} without an access_token.`, response.status >= 500 || response.status === 429);
    }
    const lifetime = typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in * 1000 : 3_600_000;
    this.tokens.set(connection.arn, { accessToken: token.access_token, expiresAt: this.runtime.clock.now() + lifetime });
    return token.access_token;
  }
}

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from now; undefined without one. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^-?\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) ? date - now : undefined;
}

/** A connection's header and query-string parameters onto a request. */
function applyParameters(parameters: Events.ConnectionHttpParameters | undefined, url: URL, headers: Record<string, string>): void {
  for (const header of parameters?.HeaderParameters ?? []) if (header.Key) headers[header.Key.toLowerCase()] = header.Value ?? '';
  for (const query of parameters?.QueryStringParameters ?? []) if (query.Key) url.searchParams.set(query.Key, query.Value ?? '');
}

/** A connection's body parameters merged into a JSON object body (a body that is not an object is sent as it is). */
function withBodyParameters(body: string, parameters: Events.ConnectionBodyParameter[]): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return body;
  const merged = parsed as Record<string, unknown>;
  for (const parameter of parameters) if (parameter.Key) merged[parameter.Key] = parameter.Value ?? '';
  return JSON.stringify(merged);
}
