import { randomBytes } from 'node:crypto';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Events from '../../generated/events.js';
import { alreadyExists, endpointNotFound, invalidNextToken, validation } from './errors.js';
import type { EventsService } from './service.js';
import type { EndpointRow } from './state.js';

/** A global endpoint as stored: its definition and the id AWS gives it. */
interface EndpointDocument {
  Name: string;
  Description?: string;
  RoutingConfig: Events.RoutingConfig;
  ReplicationConfig: Events.ReplicationConfig;
  EventBuses: Events.EndpointEventBus[];
  RoleArn?: string;
  EndpointId: string;
  EndpointUrl: string;
  CreationTime: number;
  LastModifiedTime: number;
}

function describeEndpoint(endpoint: EndpointRow): Events.DescribeEndpointResponse & Events.Endpoint {
  const d = endpoint.document as unknown as EndpointDocument;
  return {
    Name: d.Name,
    Arn: endpoint.arn,
    Description: d.Description,
    RoutingConfig: d.RoutingConfig,
    ReplicationConfig: d.ReplicationConfig,
    EventBuses: d.EventBuses,
    RoleArn: d.RoleArn,
    EndpointId: d.EndpointId,
    EndpointUrl: d.EndpointUrl,
    State: 'ACTIVE',
    CreationTime: new Date(d.CreationTime),
    LastModifiedTime: new Date(d.LastModifiedTime),
  };
}

/** A global endpoint routes between one bus name in two regions, the secondary region being the failover Route. */
function checkDefinition(buses: Events.EndpointEventBus[], routing: Events.RoutingConfig, account: string): void {
  const parsed = buses.map((bus) => parseArn(bus.EventBusArn));
  if (parsed.some((p) => !p || p.service !== 'events' || !p.resource.startsWith('event-bus/'))) {
    throw validation('Parameter EventBuses is not valid. Reason: Provided Arn is not in correct format.');
  }
  const [first, second] = parsed as [NonNullable<(typeof parsed)[0]>, NonNullable<(typeof parsed)[0]>];
  if (first.account !== account || second.account !== account) throw validation('Parameter EventBuses is not valid. Reason: The event buses must be in the account of the endpoint.');
  if (first.resource !== second.resource) throw validation('Parameter EventBuses is not valid. Reason: The event buses must have the same name.');
  if (first.region === second.region) throw validation('Parameter EventBuses is not valid. Reason: The event buses must be in different Regions.');
  const route = routing.FailoverConfig.Secondary.Route;
  if (route !== first.region && route !== second.region) {
    throw validation('Parameter RoutingConfig.FailoverConfig.Secondary.Route is not valid. Reason: The Route must be the Region of one of the event buses.');
  }
  const healthCheck = parseArn(routing.FailoverConfig.Primary.HealthCheck);
  if (!healthCheck || healthCheck.service !== 'route53' || !healthCheck.resource.startsWith('healthcheck/')) {
    throw validation('Parameter RoutingConfig.FailoverConfig.Primary.HealthCheck is not valid. Reason: Provided Arn is not in correct format.');
  }
}

/** An endpoint id as AWS makes them: two short lowercase words, e.g. "abcde.xyz". */
function endpointId(): string {
  const letters = (n: number) => Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters(5)}.${letters(3)}`;
}

/** Global endpoints (CreateEndpoint ... DeleteEndpoint): stored with AWS's checks; PutEvents routes by bus, not by endpoint. */
export function endpointOperations(service: EventsService): Partial<Events.EventsOperations> {
  const { state } = service;

  function requireEndpoint(account: string, region: string, name: string): EndpointRow {
    const endpoint = state.endpoint(account, region, name);
    if (!endpoint) throw endpointNotFound(name);
    return endpoint;
  }

  return {
    CreateEndpoint(input, context) {
      const { accountId: account, region } = context;
      checkDefinition(input.EventBuses, input.RoutingConfig, account);
      if (state.endpoint(account, region, input.Name)) throw alreadyExists(`Endpoint ${input.Name} already exists.`);
      const now = service.clock.now();
      const id = endpointId();
      const document: EndpointDocument = {
        Name: input.Name,
        Description: input.Description,
        RoutingConfig: input.RoutingConfig,
        ReplicationConfig: input.ReplicationConfig ?? { State: 'ENABLED' },
        EventBuses: input.EventBuses,
        RoleArn: input.RoleArn,
        EndpointId: id,
        EndpointUrl: `https://${id}.endpoint.events.amazonaws.com`,
        CreationTime: now,
        LastModifiedTime: now,
      };
      const endpoint: EndpointRow = { account, region, name: input.Name, arn: arn({ service: 'events', region, account, resource: `endpoint/${input.Name}` }), document: document as unknown as Record<string, unknown> };
      state.putEndpoint(endpoint);
      return { Name: input.Name, Arn: endpoint.arn, RoutingConfig: document.RoutingConfig, ReplicationConfig: document.ReplicationConfig, EventBuses: document.EventBuses, RoleArn: document.RoleArn, State: 'CREATING' };
    },

    DescribeEndpoint(input, context) {
      return describeEndpoint(requireEndpoint(context.accountId, input.HomeRegion ?? context.region, input.Name));
    },

    ListEndpoints(input, context) {
      const endpoints = state.endpoints(context.accountId, input.HomeRegion ?? context.region).filter((e) => !input.NamePrefix || e.name.startsWith(input.NamePrefix));
      const page = pageAfterKey(endpoints, (e) => e.name, input.MaxResults ?? 100, input.NextToken, invalidNextToken);
      return { Endpoints: page.items.map(describeEndpoint), NextToken: page.nextToken };
    },

    UpdateEndpoint(input, context) {
      const endpoint = requireEndpoint(context.accountId, context.region, input.Name);
      const current = endpoint.document as unknown as EndpointDocument;
      const document: EndpointDocument = {
        ...current,
        Description: input.Description ?? current.Description,
        RoutingConfig: input.RoutingConfig ?? current.RoutingConfig,
        ReplicationConfig: input.ReplicationConfig ?? current.ReplicationConfig,
        EventBuses: input.EventBuses ?? current.EventBuses,
        RoleArn: input.RoleArn ?? current.RoleArn,
        LastModifiedTime: service.clock.now(),
      };
      checkDefinition(document.EventBuses, document.RoutingConfig, context.accountId);
      state.putEndpoint({ ...endpoint, document: document as unknown as Record<string, unknown> });
      return {
        Name: document.Name, Arn: endpoint.arn, RoutingConfig: document.RoutingConfig, ReplicationConfig: document.ReplicationConfig, EventBuses: document.EventBuses,
        RoleArn: document.RoleArn, EndpointId: document.EndpointId, EndpointUrl: document.EndpointUrl, State: 'UPDATING',
      };
    },

    DeleteEndpoint(input, context) {
      requireEndpoint(context.accountId, context.region, input.Name);
      state.deleteEndpoint(context.accountId, context.region, input.Name);
      return {};
    },
  };
}
