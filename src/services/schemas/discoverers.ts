import type * as Schemas from '../../generated/schemas.js';
import { badRequest, conflict, discovererNotFound } from './errors.js';
import type { SchemasService } from './service.js';
import type { DiscovererRow, Scope } from './state.js';

const EVENT_BUS_ARN = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/([A-Za-z0-9._\-/]+)$/;

/**
 * Discoverers: one per event bus, stored with their state (STARTED on creation). A started one
 * infers the schemas of the events EventBridge hands over through SchemasApi (bus-discovery.ts).
 */
export function discovererOperations(service: SchemasService): Partial<Schemas.SchemasOperations> {
  const find = (scope: Scope, id: string): DiscovererRow => {
    const row = service.state.discoverer(scope, id);
    if (!row) throw discovererNotFound(id);
    return row;
  };
  const described = (scope: Scope, d: DiscovererRow) => ({
    DiscovererId: d.id,
    DiscovererArn: service.discovererArn(scope, d.id),
    SourceArn: d.sourceArn,
    Description: d.description,
    CrossAccount: d.crossAccount,
    State: d.state,
    Tags: d.tags,
  });

  return {
    CreateDiscoverer(input, context) {
      const scope = service.scope(context);
      const bus = EVENT_BUS_ARN.exec(input.SourceArn);
      if (!bus) throw badRequest(`Invalid SourceArn ${input.SourceArn}. It must be the ARN of an event bus.`);
      // AWS names a discoverer for its bus (the default bus's is events-event-bus-default).
      const id = `events-event-bus-${bus[1]!.replace(/\//g, '-')}`;
      if (service.state.discoverer(scope, id)) throw conflict(`Discoverer for the source ${input.SourceArn} already exists.`);
      const row: DiscovererRow = {
        id,
        sourceArn: input.SourceArn,
        description: input.Description,
        crossAccount: input.CrossAccount ?? true,
        state: 'STARTED',
        tags: input.Tags ?? {},
        createdAt: service.now(),
      };
      service.state.insertDiscoverer(scope, row);
      return described(scope, row);
    },

    DescribeDiscoverer(input, context) {
      const scope = service.scope(context);
      return described(scope, find(scope, input.DiscovererId));
    },

    UpdateDiscoverer(input, context) {
      const scope = service.scope(context);
      const row = find(scope, input.DiscovererId);
      const updated = { ...row, description: input.Description ?? row.description, crossAccount: input.CrossAccount ?? row.crossAccount };
      service.state.updateDiscoverer(scope, updated);
      return described(scope, updated);
    },

    DeleteDiscoverer(input, context) {
      const scope = service.scope(context);
      find(scope, input.DiscovererId);
      service.state.deleteDiscoverer(scope, input.DiscovererId);
    },

    StartDiscoverer(input, context) {
      const scope = service.scope(context);
      const row = find(scope, input.DiscovererId);
      service.state.updateDiscoverer(scope, { ...row, state: 'STARTED' });
      return { DiscovererId: row.id, State: 'STARTED' };
    },

    StopDiscoverer(input, context) {
      const scope = service.scope(context);
      const row = find(scope, input.DiscovererId);
      service.state.updateDiscoverer(scope, { ...row, state: 'STOPPED' });
      return { DiscovererId: row.id, State: 'STOPPED' };
    },

    ListDiscoverers(input, context) {
      const scope = service.scope(context);
      const chosen = service.state
        .discoverers(scope)
        .filter((d) => d.id.startsWith(input.DiscovererIdPrefix ?? '') && d.sourceArn.startsWith(input.SourceArnPrefix ?? ''));
      const page = service.page(chosen, (d) => d.id, input.Limit, input.NextToken);
      return {
        Discoverers: page.items.map((d) => ({
          DiscovererId: d.id,
          DiscovererArn: service.discovererArn(scope, d.id),
          SourceArn: d.sourceArn,
          CrossAccount: d.crossAccount,
          State: d.state,
          Tags: d.tags,
        })),
        NextToken: page.nextToken,
      };
    },
  };
}
