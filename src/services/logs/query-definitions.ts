import { randomUUID } from 'node:crypto';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, invalidToken, notFound } from './errors.js';
import type { LogsService } from './service.js';

/** Saved Logs Insights queries. */
export function queryDefinitionOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    PutQueryDefinition(input, context) {
      if (input.queryLanguage && input.queryLanguage !== 'CWLI') throw invalidParameter(`Nimbus stores Logs Insights QL query definitions only, not ${input.queryLanguage}.`);
      let id = input.queryDefinitionId;
      if (id) {
        if (!state.definition(id, context.accountId, context.region)) throw notFound('The specified query definition does not exist.');
      } else {
        id = randomUUID();
      }
      state.putDefinition({
        id,
        account: context.accountId,
        region: context.region,
        name: input.name,
        queryString: input.queryString,
        groups: input.logGroupNames ?? [],
        modified: service.clock.now(),
        language: 'CWLI',
      });
      return { queryDefinitionId: id };
    },

    DescribeQueryDefinitions(input, context) {
      const definitions = state.definitions(context.accountId, context.region).filter((d) => !input.queryDefinitionNamePrefix || d.name.startsWith(input.queryDefinitionNamePrefix));
      const result = pageAfterKey(definitions, (d) => `${d.name}\u0000${d.id}`, input.maxResults ?? 1000, input.nextToken, invalidToken);
      return {
        queryDefinitions: result.items.map((d) => ({
          queryDefinitionId: d.id,
          name: d.name,
          queryString: d.queryString,
          lastModified: d.modified,
          logGroupNames: d.groups.length ? d.groups : undefined,
          queryLanguage: 'CWLI',
        })),
        nextToken: result.nextToken,
      };
    },

    DeleteQueryDefinition(input, context) {
      if (!state.definition(input.queryDefinitionId, context.accountId, context.region)) throw notFound('The specified query definition does not exist.');
      state.deleteDefinition(input.queryDefinitionId);
      return { success: true };
    },
  };
}
