import { SERVICE_ROUTING, type ServiceRouting } from '../generated/catalog.js';
import { loadModel } from '../protocol/model.js';
import type { ProtocolName } from '../protocol/types.js';

/**
 * Which service a request is for, in the order the design gives: the SigV4
 * signing name, then X-Amz-Target, then the host, then the path, then a
 * query `Action`; S3 last.
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

const bySigningName = new Map<string, ServiceRouting[]>();
const byTargetPrefix = new Map<string, ServiceRouting>();
const byEndpointPrefix = new Map<string, ServiceRouting>();
const byModel = new Map<string, ServiceRouting>();
for (const route of SERVICE_ROUTING) {
  const list = bySigningName.get(route.signingName) ?? [];
  list.push(route);
  bySigningName.set(route.signingName, list);
  if (route.targetPrefix) byTargetPrefix.set(route.targetPrefix, route);
  byEndpointPrefix.set(route.endpointPrefix, route);
  byModel.set(route.model, route);
}

/** Unsigned REST requests are told apart by their path. */
const PATH_PREFIXES: Array<[RegExp, string]> = [
  [/^\/20\d\d-\d\d-\d\d\/(functions|layers|event-source-mappings|tags|account-settings|code-signing-configs)/, 'lambda'],
  [/^\/2020-05-31\//, 'cloudfront'],
  [/^\/schedules|^\/schedule-groups/, 'scheduler'],
  [/^\/v1\/pipes/, 'pipes'],
  [/^\/(TraceSegments|Traces|TraceSummaries|TraceGraph|ServiceGraph|GetSamplingRules|SamplingTargets|TelemetryRecords|EncryptionConfig|Groups|GetGroup|CreateGroup|TimeSeriesServiceStatistics|InsightSummaries)/, 'xray'],
];

/** Services that kept the query protocol alongside JSON; their actions, for unsigned form requests. */
const QUERY_SERVICES = SERVICE_ROUTING.filter((r) => r.protocols.includes('query') || r.queryCompatible);

export function routeByModel(model: string): ServiceRouting | undefined {
  return byModel.get(model);
}

export function resolveService(hints: RouteHints): ServiceRouting | undefined {
  const targetPrefix = hints.target ? hints.target.slice(0, hints.target.lastIndexOf('.')) : undefined;
  if (hints.signingName) {
    const candidates = bySigningName.get(hints.signingName);
    if (candidates?.length === 1) return candidates[0];
    if (candidates && candidates.length > 1) {
      const byTarget = candidates.find((c) => c.targetPrefix === targetPrefix);
      if (byTarget) return byTarget;
      const byHost = candidates.find((c) => hints.host.startsWith(`${c.endpointPrefix}.`));
      return byHost ?? candidates[0];
    }
  }
  if (targetPrefix && byTargetPrefix.has(targetPrefix)) return byTargetPrefix.get(targetPrefix);
  // Smithy RPC v2 (CBOR): /service/<ServiceName>/operation/<Operation>, the service named as its target prefix.
  const rpcV2 = /^\/service\/([^/]+)\/operation\/[^/]+$/.exec(hints.path);
  if (rpcV2 && byTargetPrefix.has(rpcV2[1])) return byTargetPrefix.get(rpcV2[1]);
  const hostRoute = routeByHost(hints.host);
  if (hostRoute) return hostRoute;
  for (const [pattern, model] of PATH_PREFIXES) if (pattern.test(hints.path)) return byModel.get(model);
  // SQS queue URLs: /<account>/<queue>
  if (/^\/\d{12}\/[^/]+\/?$/.test(hints.path) && hints.contentType.startsWith('application/x-www-form-urlencoded')) {
    return byModel.get('sqs');
  }
  const action = hints.contentType.startsWith('application/x-www-form-urlencoded') || hints.path === '/' ? hints.action?.() : undefined;
  if (action) {
    for (const route of QUERY_SERVICES) if (loadModel(route.model).operation(action)) return route;
    return undefined;
  }
  return hints.signingName ? undefined : byModel.get('s3');
}

/** `sqs.us-east-1.localhost`, `<id>.lambda-url.<region>.localhost`, `<bucket>.s3.localhost`. */
function routeByHost(host: string): ServiceRouting | undefined {
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return undefined;
  if (labels[1] === 'lambda-url') return byModel.get('lambda');
  if (labels.includes('s3') || labels.some((l) => l.startsWith('s3-'))) return byModel.get('s3');
  const route = byEndpointPrefix.get(labels[0]);
  return route && route.model !== 's3' ? route : undefined;
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
