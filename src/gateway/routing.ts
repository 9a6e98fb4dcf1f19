import type { ServiceAddressing } from '../core/runtime.js';
import type { ProtocolName } from '../core/wire.js';
import { SERVICE_ROUTING, type ServiceRouting } from '../generated/catalog.js';

/**
 * Which service a request is for, in the order the design gives: the SigV4 signing name, then
 * X-Amz-Target, then the host, then the path, then a query `Action`; the catch-all (S3) last.
 * What the models say comes from the generated catalog; what they do not (S3's virtual hosts,
 * function URL hosts, SQS queue-URL paths) each service registers as its addressing, so the
 * gateway names no service.
 */
export interface RouteHints {
  signingName?: string;
  target?: string;
  host: string;
  path: string;
  contentType: string;
  /** Reads the form `Action` (query protocol) only when nothing else decided. */
  action?: () => string | undefined;
}

export class Router {
  private readonly bySigningName = new Map<string, ServiceRouting[]>();
  private readonly byTargetPrefix = new Map<string, ServiceRouting>();
  private readonly byEndpointPrefix = new Map<string, ServiceRouting>();
  private readonly byModel = new Map<string, ServiceRouting>();
  /** Literal URI starts of REST services; one claimed by two services (/tags) decides nothing. */
  private readonly byPathPrefix = new Map<string, ServiceRouting | null>();
  /** Query actions; several services may share one (ListTagsForResource), served ones first. */
  private readonly byAction = new Map<string, ServiceRouting[]>();
  private readonly addressing = new Map<string, ServiceAddressing>();
  private readonly catchAll: ServiceRouting | undefined;

  constructor(addressing: readonly ServiceAddressing[], implemented: (model: string) => boolean) {
    for (const route of SERVICE_ROUTING) {
      const list = this.bySigningName.get(route.signingName) ?? [];
      list.push(route);
      this.bySigningName.set(route.signingName, list);
      if (route.targetPrefix) this.byTargetPrefix.set(route.targetPrefix, route);
      this.byEndpointPrefix.set(route.endpointPrefix, route);
      this.byModel.set(route.model, route);
      for (const prefix of route.pathPrefixes ?? []) this.byPathPrefix.set(prefix, this.byPathPrefix.has(prefix) ? null : route);
      for (const action of route.queryActions ?? []) {
        const routes = this.byAction.get(action) ?? [];
        routes.push(route);
        this.byAction.set(action, routes);
      }
    }
    for (const routes of this.byAction.values()) routes.sort((a, b) => Number(implemented(b.model)) - Number(implemented(a.model)));
    for (const entry of addressing) this.addressing.set(entry.service, entry);
    const catchAll = addressing.find((entry) => entry.catchAll);
    this.catchAll = catchAll ? this.byModel.get(catchAll.service) : undefined;
  }

  resolve(hints: RouteHints): ServiceRouting | undefined {
    const targetPrefix = hints.target ? hints.target.slice(0, hints.target.lastIndexOf('.')) : undefined;
    if (hints.signingName) {
      const candidates = this.bySigningName.get(hints.signingName);
      if (candidates?.length === 1) return candidates[0];
      if (candidates && candidates.length > 1) {
        const byTarget = candidates.find((c) => c.targetPrefix === targetPrefix);
        if (byTarget) return byTarget;
        const byHost = candidates.find((c) => hints.host.startsWith(`${c.endpointPrefix}.`));
        return byHost ?? candidates[0];
      }
    }
    if (targetPrefix && this.byTargetPrefix.has(targetPrefix)) return this.byTargetPrefix.get(targetPrefix);
    // Smithy RPC v2 (CBOR): /service/<ServiceName>/operation/<Operation>, the service named as its target prefix.
    const rpcV2 = /^\/service\/([^/]+)\/operation\/[^/]+$/.exec(hints.path);
    if (rpcV2 && this.byTargetPrefix.has(rpcV2[1])) return this.byTargetPrefix.get(rpcV2[1]);
    const byHost = this.routeByHost(hints.host);
    if (byHost) return byHost;
    const byPath = this.routeByPath(hints.path);
    if (byPath) return byPath;
    for (const entry of this.addressing.values()) {
      if (entry.claimsPath?.(hints.path, hints.contentType)) return this.byModel.get(entry.service);
    }
    const action = hints.contentType.startsWith('application/x-www-form-urlencoded') || hints.path === '/' ? hints.action?.() : undefined;
    if (action) return this.byAction.get(action)?.[0];
    return hints.signingName ? undefined : this.catchAll;
  }

  /** The path the service's model expects (S3 virtual-host requests become path style). */
  modelPath(route: ServiceRouting, host: string, path: string): string {
    return this.addressing.get(route.model)?.modelPath?.(host, path) ?? path;
  }

  /** `sqs.us-east-1.localhost` by endpoint prefix; registered hosts (`<id>.lambda-url.<region>.localhost`, `<bucket>.s3.localhost`) first. */
  private routeByHost(host: string): ServiceRouting | undefined {
    const lower = host.toLowerCase();
    if (!lower.includes('.')) return undefined;
    for (const entry of this.addressing.values()) if (entry.claimsHost?.(lower)) return this.byModel.get(entry.service);
    const route = this.byEndpointPrefix.get(lower.slice(0, lower.indexOf('.')));
    return route && route !== this.catchAll ? route : undefined;
  }

  private routeByPath(path: string): ServiceRouting | undefined {
    const second = path.indexOf('/', 1);
    const first = second < 0 ? path : path.slice(0, second);
    if (second > 0) {
      const third = path.indexOf('/', second + 1);
      const two = this.byPathPrefix.get(third < 0 ? path : path.slice(0, third));
      if (two) return two;
    }
    return this.byPathPrefix.get(first) ?? undefined;
  }
}

/** Which of its protocols the service is spoken to in, from the request itself. */
export function chooseProtocol(route: ServiceRouting, headers: Record<string, string>): ProtocolName {
  const protocols = route.queryCompatible ? [...route.protocols, 'query'] : route.protocols;
  const contentType = headers['content-type'] ?? '';
  if (protocols.includes('smithy-rpc-v2-cbor') && headers['smithy-protocol'] === 'rpc-v2-cbor') return 'smithy-rpc-v2-cbor';
  if (protocols.includes('json') && (headers['x-amz-target'] || contentType.startsWith('application/x-amz-json'))) return 'json';
  if (protocols.includes('query') && (contentType.startsWith('application/x-www-form-urlencoded') || !headers['x-amz-target'])) {
    if (!protocols.includes('json') || !contentType.startsWith('application/x-amz-json')) return 'query';
  }
  return (protocols.find((p) => p !== 'smithy-rpc-v2-cbor') ?? protocols[0]) as ProtocolName;
}
