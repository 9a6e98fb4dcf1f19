import { parseDuration } from '../core/clock.js';
import type { Runtime } from '../core/runtime.js';
import { SERVICE_ROUTING } from '../generated/catalog.js';
import type { WireResponse } from '../protocol/types.js';
import { VERSION } from '../version.js';

/** /_nimbus/health, /_nimbus/reset, /_nimbus/clock, and /_localstack/health for LocalStack-era tools. */
export async function handleInternalRoute(
  runtime: Runtime,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Buffer,
): Promise<WireResponse> {
  const route = path.replace(/\/+$/, '');
  if (route === '/_nimbus/health' || route === '/_localstack/health') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET');
    return json(200, health(runtime));
  }
  if (route === '/_nimbus/reset') {
    if (method !== 'POST') return methodNotAllowed('POST');
    await runtime.reset();
    return json(200, { reset: true });
  }
  if (route === '/_nimbus/clock') {
    if (method === 'GET') return json(200, clockState(runtime));
    if (method !== 'POST') return methodNotAllowed('GET, POST');
    let request: Record<string, unknown> = Object.fromEntries(query);
    if (body.length) {
      try {
        request = { ...request, ...(JSON.parse(body.toString('utf8')) as Record<string, unknown>) };
      } catch {
        return json(400, { error: 'The body must be JSON: {"advance": "5m"} or {"set": "2030-01-01T00:00:00Z"}' });
      }
    }
    if (request.advance !== undefined) {
      const ms = parseDuration(request.advance);
      if (ms === undefined || ms < 0) return json(400, { error: `advance must be a duration such as 1500, "90s", "5m", "2h" or "14d"; got ${JSON.stringify(request.advance)}` });
      await runtime.clock.advance(ms);
    } else if (request.set !== undefined) {
      const target = typeof request.set === 'number' ? request.set : Date.parse(String(request.set));
      if (!Number.isFinite(target)) return json(400, { error: `set must be an ISO 8601 time or epoch milliseconds; got ${JSON.stringify(request.set)}` });
      await runtime.clock.set(target);
    } else {
      return json(400, { error: 'Give "advance" (a duration) or "set" (a time).' });
    }
    return json(200, clockState(runtime));
  }
  return json(404, { error: `No internal route ${path}` });
}

function health(runtime: Runtime) {
  const started = new Set(runtime.started());
  const services: Record<string, string> = {};
  for (const route of SERVICE_ROUTING) {
    services[route.model] = !runtime.implements(route.model) ? 'disabled' : started.has(route.model) ? 'running' : 'available';
  }
  return {
    status: 'running',
    edition: 'community',
    version: VERSION,
    services,
    store: runtime.store.describe(),
    clock: clockState(runtime),
  };
}

function clockState(runtime: Runtime) {
  const now = runtime.clock.now();
  return { now, iso: new Date(now).toISOString(), offsetMs: runtime.clock.offset(), pendingTimers: runtime.clock.pending() };
}

function json(status: number, value: unknown): WireResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

function methodNotAllowed(allowed: string): WireResponse {
  return { status: 405, headers: { 'content-type': 'application/json', allow: allowed }, body: JSON.stringify({ error: `Use ${allowed}` }) };
}
