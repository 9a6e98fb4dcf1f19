import { createHash } from 'node:crypto';
import { arch, hostname, platform } from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import { SnapshotError } from '../core/snapshot.js';
import type { EventsApi } from '../services/events/api.js';
import type { SnsApi } from '../services/sns/api.js';
import { localStackInitReport, type InitProgress } from '../core/init-scripts.js';
import { parseDuration } from '../core/clock.js';
import type { Runtime } from '../core/runtime.js';
import { SERVICE_ROUTING } from '../generated/catalog.js';
import type { WireResponse } from '../protocol/types.js';
import { VERSION } from '../version.js';
import { checkRequestTime, verifySignature } from './signature-check.js';
import { parseSigV4, SigV4Error } from './sigv4.js';

export interface InternalRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  /** The unread body, for the one route that streams it (a state snapshot to load). */
  bodyStream?: Readable;
}

/** The route whose body is streamed rather than read whole (a snapshot may be larger than any request). */
export function streamsBody(method: string, path: string): boolean {
  return method === 'POST' && path.replace(/\/+$/, '') === '/_nimbus/state/load';
}

/** The latest time the clock may show: the end of year 9999, as far as ISO 8601 dates (and AWS's) go. */
const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** /_nimbus/health, /_nimbus/reset, /_nimbus/clock, and /_localstack/health|init|info for LocalStack-era tools. */
export async function handleInternalRoute(runtime: Runtime, request: InternalRequest): Promise<WireResponse> {
  const { method, path, query, body } = request;
  const route = path.replace(/\/+$/, '');
  if (method === 'POST') {
    const refused = refuseStateChange(runtime, request);
    if (refused) return refused;
  }
  if (route === '/_nimbus/health' || route === '/_localstack/health') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET');
    // Probes poll health every second: the resource counts (a COUNT over each service's tables) only when asked, as `nimbus status` does.
    return json(200, health(runtime, query.has('resources')));
  }
  if (route === '/_localstack/init' || route.startsWith('/_localstack/init/')) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET');
    const stage = route.slice('/_localstack/init/'.length) || undefined;
    if (stage && !['boot', 'start', 'ready', 'shutdown'].includes(stage.toLowerCase())) return json(404, { error: `No init stage ${stage}` });
    return json(200, localStackInitReport(runtime.initProgress, stage));
  }
  if (route === '/_localstack/info') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET');
    return json(200, localStackInfo(runtime));
  }
  if (route === '/_nimbus/state/save') {
    if (method !== 'POST') return methodNotAllowed('POST');
    const archive = new PassThrough();
    runtime.saveState(archive).catch((error: unknown) => {
      runtime.log.error({ err: error instanceof Error ? error.stack : String(error) }, 'state snapshot failed');
      archive.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return { status: 200, headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="nimbus-state.gz"' }, body: archive };
  }
  if (route === '/_nimbus/state/load') {
    if (method !== 'POST') return methodNotAllowed('POST');
    try {
      const header = await runtime.loadState(request.bodyStream ?? Readable.from([body]));
      return json(200, { loaded: true, format: header.format, nimbus: header.nimbus, createdAt: header.createdAt });
    } catch (error) {
      if (error instanceof SnapshotError) return json(400, { error: error.message });
      throw error;
    }
  }
  if (route === '/_nimbus/sns/messages') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET');
    // What SNS "sent" where Nimbus cannot deliver (email, SMS, mobile push, Firehose): ?protocol=&endpoint=
    const sns = runtime.implements('sns') ? await runtime.optionalApi<SnsApi>('sns') : undefined;
    if (!sns?.sentMessages) return json(404, { error: 'SNS is not served by this Nimbus' });
    const filter = { protocol: query.get('protocol') ?? undefined, endpoint: query.get('endpoint') ?? undefined };
    return json(200, { messages: sns.sentMessages(filter) });
  }
  if (route === '/_nimbus/events/deliveries') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed('GET');
    // What EventBridge rules, Scheduler and Pipes delivered to targets Nimbus does not run (ECS, Step Functions...): ?target=
    const events = runtime.implements('events') ? await runtime.optionalApi<EventsApi>('events') : undefined;
    if (!events) return json(404, { error: 'EventBridge is not served by this Nimbus' });
    return json(200, { deliveries: events.recordedDeliveries({ targetArn: query.get('target') ?? undefined }) });
  }
  if (route === '/_nimbus/reset') {
    if (method !== 'POST') return methodNotAllowed('POST');
    // {"services": ["sqs", "s3"]} forgets only those; no body (or no list) forgets everything.
    let services: unknown;
    if (body.length) {
      try {
        services = (JSON.parse(body.toString('utf8')) as { services?: unknown } | null)?.services;
      } catch {
        return json(400, { error: 'The body must be JSON: {} or {"services": ["sqs", "s3"]}' });
      }
    }
    if (services === undefined) {
      await runtime.reset();
      return json(200, { reset: true });
    }
    const known = Object.keys(runtime.stateLayout.tablePrefixes);
    if (!Array.isArray(services) || services.some((name) => typeof name !== 'string' || !known.includes(name))) {
      return json(400, { error: `services must be a list of ${known.join(', ')}; got ${JSON.stringify(services)}` });
    }
    for (const service of services as string[]) await runtime.resetService(service);
    return json(200, { reset: true, services });
  }
  if (route === '/_nimbus/clock') {
    if (method === 'GET') return json(200, clockState(runtime));
    if (method !== 'POST') return methodNotAllowed('GET, POST');
    let clockRequest: Record<string, unknown> = Object.fromEntries(query);
    if (body.length) {
      try {
        const parsed: unknown = JSON.parse(body.toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        clockRequest = { ...clockRequest, ...(parsed as Record<string, unknown>) };
      } catch {
        return json(400, { error: 'The body must be JSON: {"advance": "5m"} or {"set": "2030-01-01T00:00:00Z"}' });
      }
    }
    const now = runtime.clock.now();
    if (clockRequest.advance !== undefined) {
      const ms = parseDuration(clockRequest.advance);
      if (ms === undefined || ms < 0) return json(400, { error: `advance must be a duration such as 1500, "90s", "5m", "2h" or "14d"; got ${JSON.stringify(clockRequest.advance)}` });
      if (now + ms > LATEST_TIME) return json(400, { error: `advance would take the clock past ${new Date(LATEST_TIME).toISOString()}; the most it can move now is ${LATEST_TIME - now} ms` });
      await runtime.clock.advance(ms);
    } else if (clockRequest.set !== undefined) {
      const target = typeof clockRequest.set === 'number' ? clockRequest.set : Date.parse(String(clockRequest.set));
      if (!Number.isFinite(target)) return json(400, { error: `set must be an ISO 8601 time or epoch milliseconds; got ${JSON.stringify(clockRequest.set)}` });
      if (target > LATEST_TIME) return json(400, { error: `set must be no later than ${new Date(LATEST_TIME).toISOString()}; got ${JSON.stringify(clockRequest.set)}` });
      // Timers already fired, messages already expired: moving back would leave state that could never have been.
      if (target < now) return json(400, { error: `The clock only moves forward: ${new Date(target).toISOString()} is before its time now, ${new Date(now).toISOString()}` });
      await runtime.clock.set(target);
    } else {
      return json(400, { error: 'Give "advance" (a duration) or "set" (a time).' });
    }
    return json(200, clockState(runtime));
  }
  return json(404, { error: `No internal route ${path}` });
}

/**
 * Routes that change state take only requests a web page cannot send without a preflight (which
 * the gateway refuses for origins the user did not allow): a JSON body or an X-Nimbus-Request
 * header. With --verify-signatures they must be SigV4-signed with the secret, like any AWS call.
 */
function refuseStateChange(runtime: Runtime, request: InternalRequest): WireResponse | undefined {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (contentType !== 'application/json' && request.headers['x-nimbus-request'] === undefined) {
    return json(415, {
      error: `${request.path} changes state, so it takes only requests a web page cannot forge: send Content-Type: application/json (or an X-Nimbus-Request header), e.g. curl -X POST -H 'content-type: application/json' -d '{}' ...`,
    });
  }
  if (!runtime.options.verifySignatures) return undefined;
  try {
    const signature = parseSigV4(request.headers, request.query);
    if (!signature) return json(403, { error: `${request.path} needs a SigV4-signed request while Nimbus runs with --verify-signatures` });
    checkRequestTime(signature, runtime.clock.now());
    const payloadHash = createHash('sha256').update(request.body).digest('hex');
    verifySignature({ method: request.method, path: request.path, query: request.query, headers: request.headers, payloadHash }, signature, runtime.options.secretAccessKey);
  } catch (error) {
    if (error instanceof SigV4Error) return json(403, { error: `${error.code}: ${error.message}` });
    throw error;
  }
  return undefined;
}

function health(runtime: Runtime, withResources: boolean) {
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
    ...(withResources ? { resources: runtime.resourceCounts() } : {}),
    clock: clockState(runtime),
    // True once the --init scripts have all run (at once without any); `init` says how each went.
    initialized: !runtime.initProgress || runtime.initProgress.status !== 'running',
    ...(runtime.initProgress ? { init: initState(runtime.initProgress) } : {}),
  };
}

function initState(progress: InitProgress) {
  return {
    dir: progress.dir,
    status: progress.status,
    scripts: progress.scripts.map((script) => ({ name: script.name, stage: script.stage, status: script.status, exitCode: script.exitCode, reason: script.reason })),
  };
}

/** LocalStack's /_localstack/info, for tools that read it: what this is, how long it has run. */
function localStackInfo(runtime: Runtime) {
  return {
    version: `nimbus-${VERSION}`,
    edition: 'community',
    is_license_activated: false,
    session_id: runtime.sessionId,
    machine_id: hostname(),
    system: `${platform()}-${arch()}`,
    is_docker: false,
    server_time_utc: new Date().toISOString().replace('Z', ''),
    uptime: Math.floor(process.uptime()),
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
