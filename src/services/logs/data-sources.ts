import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { invalidToken, notFound } from './errors.js';
import { nameMatcher } from './log-groups.js';
import type { LogsService } from './service.js';

/**
 * Data sources: the AWS services and formats that vend logs into groups (VPC flow logs, CloudTrail...).
 * Nimbus's log groups are all written by callers, so none has a data source: their fields are not
 * known per data source, a data-source filter selects no group, and the aggregate summary counts them
 * under no grouping identifiers at all.
 */
export function dataSourceOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    GetLogFields(input) {
      throw notFound(`The data source ${input.dataSourceName} of type ${input.dataSourceType} does not exist.`);
    },

    ListAggregateLogGroupSummaries(input, context) {
      const names = input.logGroupNamePattern ? nameMatcher(input.logGroupNamePattern) : undefined;
      const count = state
        .groups(context.accountId, context.region)
        .filter((g) => (!names || names(g.name)) && (!input.logGroupClass || g.groupClass === input.logGroupClass) && !input.dataSources?.length).length;
      const summaries: Logs.AggregateLogGroupSummary[] = count ? [{ groupingIdentifiers: [], logGroupCount: count }] : [];
      const page = pageAfterKey(summaries, (s) => JSON.stringify(s.groupingIdentifiers), input.limit ?? 50, input.nextToken, invalidToken);
      return { aggregateLogGroupSummaries: page.items, nextToken: page.nextToken };
    },
  };
}
