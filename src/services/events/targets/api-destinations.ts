import { randomUUID } from 'node:crypto';
import { arn } from '../../../core/ids.js';
import { pageAfterKey } from '../../../core/pagination.js';
import type * as Events from '../../../generated/events.js';
import type { TargetsEngine } from './engine.js';
import { apiDestinationNotFound, invalidNextToken, resourceAlreadyExists, resourceNotFound, validationException } from './errors.js';
import type { ApiDestinationRow } from './state.js';

/** API destinations: an HTTP endpoint, a method and a rate limit, called with a connection's authorization. */
export function apiDestinationOperations(engine: TargetsEngine): Partial<Events.EventsOperations> {
  const state = engine.state;
  const clock = engine.runtime.clock;

  const find = (account: string, region: string, name: string): ApiDestinationRow => {
    const row = state.apiDestination(account, region, name);
    if (!row) throw apiDestinationNotFound(name);
    return row;
  };

  const checkConnection = (account: string, region: string, connectionArn: string): void => {
    const connection = state.connectionByArn(connectionArn);
    if (!connection || connection.account !== account || connection.region !== region) {
      const name = connectionArn.split('/')[1] ?? connectionArn;
      throw resourceNotFound(`Connection '${name}' does not exist.`);
    }
  };

  const checkEndpoint = (endpoint: string): void => {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw validationException(`1 validation error detected: Value '${endpoint}' at 'invocationEndpoint' failed to satisfy constraint: Member must be a valid URL`);
    }
    // AWS wants HTTPS; Nimbus also takes http:// so that endpoints on this machine can be called.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw validationException(`Invocation endpoint ${endpoint} must use HTTPS.`);
  };

  const view = (row: ApiDestinationRow): Events.ApiDestination => ({
    ApiDestinationArn: row.arn,
    Name: row.name,
    ApiDestinationState: row.state,
    ConnectionArn: row.connectionArn,
    InvocationEndpoint: row.endpoint,
    HttpMethod: row.httpMethod,
    InvocationRateLimitPerSecond: row.rateLimit ?? 300,
    CreationTime: new Date(row.createdAt),
    LastModifiedTime: new Date(row.modifiedAt),
  });

  return {
    CreateApiDestination(input, context) {
      if (state.apiDestination(context.accountId, context.region, input.Name)) throw resourceAlreadyExists(`An api-destination '${input.Name}' already exists.`);
      checkConnection(context.accountId, context.region, input.ConnectionArn);
      checkEndpoint(input.InvocationEndpoint);
      const now = clock.now();
      const row: ApiDestinationRow = {
        account: context.accountId,
        region: context.region,
        name: input.Name,
        arn: arn({ service: 'events', region: context.region, account: context.accountId, resource: `api-destination/${input.Name}/${randomUUID()}` }),
        connectionArn: input.ConnectionArn,
        endpoint: input.InvocationEndpoint,
        httpMethod: input.HttpMethod,
        rateLimit: input.InvocationRateLimitPerSecond,
        description: input.Description,
        state: 'ACTIVE',
        createdAt: now,
        modifiedAt: now,
      };
      state.saveApiDestination(row);
      return { ApiDestinationArn: row.arn, ApiDestinationState: row.state, CreationTime: new Date(now), LastModifiedTime: new Date(now) };
    },

    DescribeApiDestination(input, context) {
      const row = find(context.accountId, context.region, input.Name);
      return { ...view(row), Description: row.description };
    },

    ListApiDestinations(input, context) {
      const rows = state
        .apiDestinations(context.accountId, context.region)
        .filter((row) => (!input.NamePrefix || row.name.startsWith(input.NamePrefix)) && (!input.ConnectionArn || row.connectionArn === input.ConnectionArn));
      const page = pageAfterKey(rows, (row) => row.name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return { ApiDestinations: page.items.map(view), NextToken: page.nextToken };
    },

    UpdateApiDestination(input, context) {
      const row = find(context.accountId, context.region, input.Name);
      if (input.ConnectionArn !== undefined) checkConnection(context.accountId, context.region, input.ConnectionArn);
      if (input.InvocationEndpoint !== undefined) checkEndpoint(input.InvocationEndpoint);
      const updated: ApiDestinationRow = {
        ...row,
        connectionArn: input.ConnectionArn ?? row.connectionArn,
        endpoint: input.InvocationEndpoint ?? row.endpoint,
        httpMethod: input.HttpMethod ?? row.httpMethod,
        rateLimit: input.InvocationRateLimitPerSecond ?? row.rateLimit,
        description: input.Description ?? row.description,
        modifiedAt: clock.now(),
      };
      state.saveApiDestination(updated);
      return { ApiDestinationArn: updated.arn, ApiDestinationState: updated.state, CreationTime: new Date(updated.createdAt), LastModifiedTime: new Date(updated.modifiedAt) };
    },

    DeleteApiDestination(input, context) {
      find(context.accountId, context.region, input.Name);
      state.deleteApiDestination(context.accountId, context.region, input.Name);
      return {};
    },
  };
}
