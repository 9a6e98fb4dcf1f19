import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import { alreadyExists, invalidParameter, invalidToken, notFound } from './errors.js';
import type { LogsService, Scope } from './service.js';

/**
 * Lookup tables: CSV reference data (a header row of column names, UTF-8, at most 10 MB, which
 * the model enforces) kept by name, replaced whole by UpdateLookupTable. Nimbus's Insights
 * engine has no `lookup` command yet, so queries cannot join them.
 */

const KIND = 'lookup-table';

interface StoredLookupTable {
  body: string;
  description?: string;
  kmsKeyId?: string;
  fields: string[];
  records: number;
  tags: Record<string, string>;
  createdAt: number;
  lastUpdated: number;
}

/** The header's column names and the number of records after it (blank lines are not records). */
function readCsv(body: string): { fields: string[]; records: number } {
  const lines = body.split(/\r?\n/);
  const header = lines[0]?.trim() ?? '';
  const fields = header.split(',').map((field) => field.trim().replace(/^"(.*)"$/, '$1'));
  if (!header || fields.some((field) => !field)) throw invalidParameter('The table body must start with a header row of column names.');
  if (new Set(fields).size !== fields.length) throw invalidParameter('The header row of the table body names a column more than once.');
  return { fields, records: lines.slice(1).filter((line) => line.trim()).length };
}

export function lookupTableOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  const tableArn = (scope: Scope, name: string) => arn({ service: 'logs', region: scope.region, account: scope.accountId, resource: `lookup-table:${name}` });

  function requireTable(scope: Scope, value: string): { name: string; table: StoredLookupTable } {
    const parsed = parseArn(value);
    const name = parsed?.service === 'logs' && parsed.resource.startsWith('lookup-table:') && parsed.account === scope.accountId && parsed.region === scope.region
      ? parsed.resource.slice('lookup-table:'.length)
      : undefined;
    const row = name ? state.configuration<StoredLookupTable>(scope.accountId, scope.region, KIND, name) : undefined;
    if (!row) throw notFound('The specified lookup table does not exist.');
    return { name: row.name, table: row.body };
  }

  function checkKmsKey(key: string | undefined): void {
    if (key && !/^arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/.test(key)) throw invalidParameter(`Specified KMS key ARN is not valid: ${key}`);
  }

  return {
    CreateLookupTable(input, context) {
      if (state.configuration(context.accountId, context.region, KIND, input.lookupTableName)) throw alreadyExists('The specified lookup table already exists.');
      checkKmsKey(input.kmsKeyId);
      const now = service.clock.now();
      const table: StoredLookupTable = {
        body: input.tableBody,
        description: input.description,
        kmsKeyId: input.kmsKeyId,
        ...readCsv(input.tableBody),
        tags: input.tags ?? {},
        createdAt: now,
        lastUpdated: now,
      };
      state.putConfiguration(context.accountId, context.region, KIND, input.lookupTableName, table, now);
      return { lookupTableArn: tableArn(context, input.lookupTableName), createdAt: now };
    },

    GetLookupTable(input, context) {
      const { name, table } = requireTable(context, input.lookupTableArn);
      return {
        lookupTableArn: tableArn(context, name),
        lookupTableName: name,
        description: table.description,
        kmsKeyId: table.kmsKeyId,
        tableBody: table.body,
        sizeBytes: Buffer.byteLength(table.body),
        lastUpdatedTime: table.lastUpdated,
      };
    },

    DescribeLookupTables(input, context) {
      const rows = state.configurations<StoredLookupTable>(context.accountId, context.region, KIND).filter((row) => !input.lookupTableNamePrefix || row.name.startsWith(input.lookupTableNamePrefix));
      const page = pageAfterKey(rows, (row) => row.name, input.maxResults ?? 50, input.nextToken, invalidToken);
      return {
        lookupTables: page.items.map((row) => ({
          lookupTableArn: tableArn(context, row.name),
          lookupTableName: row.name,
          description: row.body.description,
          kmsKeyId: row.body.kmsKeyId,
          tableFields: row.body.fields,
          recordsCount: row.body.records,
          sizeBytes: Buffer.byteLength(row.body.body),
          lastUpdatedTime: row.body.lastUpdated,
        })),
        nextToken: page.nextToken,
      };
    },

    UpdateLookupTable(input, context) {
      const { name, table } = requireTable(context, input.lookupTableArn);
      checkKmsKey(input.kmsKeyId);
      const now = service.clock.now();
      const updated: StoredLookupTable = {
        ...table,
        body: input.tableBody,
        ...readCsv(input.tableBody),
        description: input.description ?? table.description,
        kmsKeyId: input.kmsKeyId ?? table.kmsKeyId,
        lastUpdated: now,
      };
      state.putConfiguration(context.accountId, context.region, KIND, name, updated, now);
      return { lookupTableArn: tableArn(context, name), lastUpdatedTime: now };
    },

    DeleteLookupTable(input, context) {
      const { name } = requireTable(context, input.lookupTableArn);
      state.deleteConfiguration(context.accountId, context.region, KIND, name);
    },
  };
}
