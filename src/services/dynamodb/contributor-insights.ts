import type { Clock } from '../../core/clock.js';
import type { RequestContext } from '../../core/context.js';
import { decodePageToken, encodePageToken } from '../../core/pagination.js';
import type * as Ddb from '../../generated/dynamodb.js';
import type { Engine } from './engine.js';
import { resourceNotFound, tableNotFound, validation } from './errors.js';
import type { InsightsRow, ResourceSettingsState } from './resource-settings-state.js';
import type { TableDef } from './state.js';
import { tableNameOf } from './tables.js';

/** ListContributorInsights pages: AWS's default and maximum page size. */
const MAX_RESULTS = 100;

type Status = NonNullable<Ddb.DescribeContributorInsightsOutput['ContributorInsightsStatus']>;

/** ENABLING/DISABLING until the status delay has passed on the clock since the change, then ENABLED/DISABLED. */
function statusOf(row: InsightsRow | undefined, clock: Clock, delayMs: number): Status {
  if (!row) return 'DISABLED';
  const settled = clock.now() >= row.changedAt + delayMs;
  if (row.enabled) return settled ? 'ENABLED' : 'ENABLING';
  return settled ? 'DISABLED' : 'DISABLING';
}

/**
 * The CloudWatch Contributor Insights rules DynamoDB creates for a table or index: most accessed (C) and
 * most throttled (T) partition keys (PK), and sort keys (SK) when the key schema has one. THROTTLED_KEYS
 * mode has only the throttled rules.
 */
function ruleNames(table: TableDef, indexName: string, row: InsightsRow): string[] {
  const keySchema = indexName ? table.indexes.find((i) => i.name === indexName)?.keySchema ?? [] : table.keySchema;
  const kinds = row.mode === 'THROTTLED_KEYS' ? ['T'] : ['C', 'T'];
  const parts = keySchema.some((k) => k.KeyType === 'RANGE') ? ['PK', 'SK'] : ['PK'];
  const subject = indexName ? `${table.name}-${indexName}` : table.name;
  return parts.flatMap((part) => kinds.map((kind) => `DynamoDBContributorInsights-${part}${kind}-${subject}-${row.changedAt}`));
}

/**
 * UpdateContributorInsights / DescribeContributorInsights / ListContributorInsights: the setting per table
 * or index, moving through ENABLING and DISABLING on the clock (DynamoDB's status delay). Access counts are
 * not collected: the rules are named, not evaluated.
 */
export function contributorInsightsOperations(engine: Engine, state: ResourceSettingsState, options: { statusDelayMs: number }): Partial<Ddb.DynamodbOperations> {
  const { clock } = engine;

  function target(context: RequestContext, tableName: string, indexName: string | undefined): TableDef {
    const name = tableNameOf(tableName);
    const table = engine.state.findTable(context.accountId, context.region, name);
    if (!table) throw tableNotFound(name);
    if (indexName !== undefined && !table.indexes.some((i) => i.name === indexName)) {
      throw resourceNotFound(`Requested resource not found: Index: ${indexName} not found`);
    }
    return table;
  }

  return {
    UpdateContributorInsights(input, context) {
      const table = target(context, input.TableName, input.IndexName);
      const indexName = input.IndexName ?? '';
      const current = state.insights(table.tableId, indexName);
      const status = statusOf(current, clock, options.statusDelayMs);
      const enable = input.ContributorInsightsAction === 'ENABLE';
      if (status === 'ENABLING' || status === 'DISABLING') {
        throw validation(`Cannot ${enable ? 'enable' : 'disable'} contributor insights while it is ${status.toLowerCase()}`);
      }
      const mode = input.ContributorInsightsMode ?? current?.mode ?? 'ACCESSED_AND_THROTTLED_KEYS';
      const row: InsightsRow = {
        tableId: table.tableId, indexName, account: table.account, region: table.region, tableName: table.name, enabled: enable, mode, changedAt: clock.now(),
      };
      // Asking for the state it is already in changes nothing (a mode change on an enabled table does).
      const unchanged = current ? current.enabled === enable && (!enable || current.mode === mode) : !enable;
      if (!unchanged) state.putInsights(row);
      return {
        TableName: table.name,
        IndexName: input.IndexName,
        ContributorInsightsStatus: unchanged ? status : enable ? 'ENABLING' : 'DISABLING',
        ContributorInsightsMode: enable ? mode : undefined,
      };
    },

    DescribeContributorInsights(input, context) {
      const table = target(context, input.TableName, input.IndexName);
      const indexName = input.IndexName ?? '';
      const row = state.insights(table.tableId, indexName);
      const status = statusOf(row, clock, options.statusDelayMs);
      const output: Ddb.DescribeContributorInsightsOutput = { TableName: table.name, IndexName: input.IndexName, ContributorInsightsStatus: status };
      if (row) {
        output.LastUpdateDateTime = new Date(row.changedAt);
        output.ContributorInsightsMode = row.mode;
        output.ContributorInsightsRuleList = status === 'ENABLED' || status === 'ENABLING' ? ruleNames(table, indexName, row) : [];
      }
      return output;
    },

    ListContributorInsights(input, context) {
      const maxResults = input.MaxResults ?? MAX_RESULTS;
      if (maxResults > MAX_RESULTS) {
        throw validation(`1 validation error detected: Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_RESULTS}`);
      }
      let tableId: string | undefined;
      if (input.TableName !== undefined) tableId = target(context, input.TableName, undefined).tableId;
      const rows = state.insightsOf(context.accountId, context.region).filter((row) => {
        if (tableId !== undefined && row.tableId !== tableId) return false;
        const table = engine.state.findTable(row.account, row.region, row.tableName);
        return table?.tableId === row.tableId;
      });
      const start = input.NextToken
        ? decodePageToken(input.NextToken, (v): v is number => Number.isInteger(v) && (v as number) >= 0, () => validation('Invalid NextToken'))
        : 0;
      const page = rows.slice(start, start + maxResults);
      return {
        ContributorInsightsSummaries: page.map((row) => ({
          TableName: row.tableName,
          IndexName: row.indexName || undefined,
          ContributorInsightsStatus: statusOf(row, clock, options.statusDelayMs),
          ContributorInsightsMode: row.mode,
        })),
        NextToken: start + maxResults < rows.length ? encodePageToken(start + maxResults) : undefined,
      };
    },
  };
}
