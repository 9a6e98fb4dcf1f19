import { parseArn } from '../../core/ids.js';
import type { SchemasApi } from './api.js';
import { componentName, infer, merge, renderOpenApi, shapeFromStore, storedShape, type Inferred } from './schema-inference.js';
import { DISCOVERED_REGISTRY, type SchemasService } from './service.js';
import type { SchemaRow, Scope } from './state.js';

/**
 * Discovery from a bus: each event type (source and detail-type) a started discoverer sees gets a
 * schema `<source>@<DetailType>` in discovered-schemas, as AWS names them. The discoverer keeps the
 * merged shape of everything it has seen of that type; a new version is made only when an event
 * brings something the shape lacked (a new member, a member no longer always there).
 */
export function busDiscovery(service: SchemasService): SchemasApi['eventsOnBus'] {
  return ({ busArn, events }) => {
    const bus = parseArn(busArn);
    if (!bus || bus.service !== 'events') return;
    const scope: Scope = { account: bus.account, region: bus.region };
    const discoverers = service.state.discoverersOf(scope, busArn).filter((d) => d.state === 'STARTED');
    if (discoverers.length === 0) return;
    const crossAccount = discoverers.some((d) => d.crossAccount);
    // A batch's events of one type are merged first: one version a batch at most.
    const seen = new Map<string, { shape: Inferred; detailType: string; source: string }>();
    for (const { event: text } of events) {
      let event: Record<string, unknown>;
      try {
        event = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (typeof event !== 'object' || event === null || Array.isArray(event)) continue;
      const source = event.source;
      const detailType = event['detail-type'];
      if (typeof source !== 'string' || typeof detailType !== 'string' || !source || !detailType) continue;
      if (!crossAccount && event.account !== undefined && event.account !== scope.account) continue;
      const name = `${source}@${componentName(detailType)}`;
      const earlier = seen.get(name);
      seen.set(name, { shape: earlier ? merge(earlier.shape, infer(event)) : infer(event), detailType, source });
    }
    for (const [name, { shape, detailType, source }] of seen) record(service, scope, name, shape as Extract<Inferred, { kind: 'object' }>, detailType, source);
  };
}

function record(service: SchemasService, scope: Scope, name: string, seen: Extract<Inferred, { kind: 'object' }>, detailType: string, source: string): void {
  const stored = service.state.discoveredShape(scope, name);
  const shape = (stored === undefined ? seen : merge(shapeFromStore(stored), seen)) as Extract<Inferred, { kind: 'object' }>;
  const content = renderOpenApi(shape, detailType, source);
  service.state.putDiscoveredShape(scope, name, storedShape(shape));
  const now = service.now();
  const existing = service.state.schema(scope, DISCOVERED_REGISTRY, name);
  if (!existing) {
    service.registry(scope, DISCOVERED_REGISTRY, 'write');
    const schema: SchemaRow = { registry: DISCOVERED_REGISTRY, name, tags: {}, lastVersion: 1, lastModified: now };
    service.state.insertSchema(scope, schema, { registry: DISCOVERED_REGISTRY, schemaName: name, version: 1, type: 'OpenApi3', content, createdAt: now });
    return;
  }
  const latest = service.state.latestVersion(scope, DISCOVERED_REGISTRY, name);
  if (latest?.content === content) return;
  const version = existing.lastVersion + 1;
  service.state.updateSchema(scope, { ...existing, lastVersion: version, lastModified: now }, {
    registry: DISCOVERED_REGISTRY, schemaName: name, version, type: 'OpenApi3', content, createdAt: now,
  });
}
