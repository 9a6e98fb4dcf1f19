/**
 * ImportTable, DescribeImport, ListImports: a new table filled from the objects under an S3
 * prefix (DynamoDB JSON, CSV or Ion; GZIP or uncompressed). Items that cannot be imported are
 * counted and logged to CloudWatch Logs (/aws-dynamodb/imports, a stream per import), as AWS does.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { isAwsError } from '../../../core/errors.js';
import { arn } from '../../../core/ids.js';
import { WorkSlices } from '../../../core/work-slices.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { LogsApi } from '../../logs/api.js';
import type { S3Api } from '../../s3/api.js';
import { checkItem, itemSize, MAX_ITEM_SIZE, type Item } from '../attribute-values.js';
import type { EncodedKey } from '../engine.js';
import { invalidParameter, resourceInUse, validation } from '../errors.js';
import type { TableDef } from '../state.js';
import { tableArn, tableFromCreate } from '../tables.js';
import { importConflict, importNotFound, s3Failure } from './errors.js';
import { CLIENT_TOKEN_MS, type ImportExportService } from './service.js';
import { csvRecords, dynamoJsonRecords, ionRecords, type SourceRecord } from './source-formats.js';
import type { ImportRecord } from './state.js';

const gunzipAsync = promisify(gunzip);

export const IMPORT_LOG_GROUP = '/aws-dynamodb/imports';
/** AWS logs the first 10,000 errors of an import; the rest are only counted. */
const MAX_LOGGED_ERRORS = 10_000;
/** Objects an import reads at most (AWS: 50,000 S3 objects an import). */
const MAX_SOURCE_OBJECTS = 50_000;
const WRITE_BATCH = 500;
const DEFAULT_PAGE_SIZE = 25;

function logGroupArn(record: ImportRecord): string {
  return arn({ service: 'logs', region: record.region, account: record.account, resource: `log-group:${IMPORT_LOG_GROUP}:*` });
}

export function describeImport(record: ImportRecord): Ddb.ImportTableDescription {
  return {
    ImportArn: record.arn,
    ImportStatus: record.status,
    TableArn: record.tableArn,
    TableId: record.tableId,
    ClientToken: record.clientToken,
    S3BucketSource: record.source,
    ErrorCount: record.errorCount,
    CloudWatchLogGroupArn: logGroupArn(record),
    InputFormat: record.format,
    InputFormatOptions: record.csv ? { Csv: record.csv } : undefined,
    InputCompressionType: record.compression,
    TableCreationParameters: record.creation as unknown as Ddb.TableCreationParameters,
    StartTime: new Date(record.startTime),
    EndTime: record.endTime !== undefined ? new Date(record.endTime) : undefined,
    ProcessedSizeBytes: record.processedSizeBytes,
    ProcessedItemCount: record.processedItemCount,
    ImportedItemCount: record.importedItemCount,
    FailureCode: record.failureCode,
    FailureMessage: record.failureMessage,
  };
}


export function importOperations(service: ImportExportService): Partial<Ddb.DynamodbOperations> {
  const { state, clock, engine } = service;

  function currentTable(record: ImportRecord): TableDef | undefined {
    const table = engine.state.findTable(record.account, record.region, record.tableName);
    return table && table.tableId === record.tableId ? table : undefined;
  }

  function recordsOf(record: ImportRecord, table: TableDef, text: string): Generator<SourceRecord> {
    if (record.format === 'CSV') {
      const keyNames = new Set(table.keySchema.map((k) => k.AttributeName));
      return csvRecords(text, {
        delimiter: record.csv?.Delimiter ?? ',',
        headerList: record.csv?.HeaderList,
        keyTypes: table.attributeDefinitions.filter((d) => keyNames.has(d.AttributeName)),
      });
    }
    return record.format === 'ION' ? ionRecords(text) : dynamoJsonRecords(text);
  }

  /** A source item checked as a PutItem would check it: its values, its key, its index keys, its size. */
  function checked(table: TableDef, given: Record<string, unknown>): { key: EncodedKey; item: Item; size: number } {
    const item = checkItem(given);
    const size = itemSize(item);
    if (size > MAX_ITEM_SIZE) throw validation('Item size has exceeded the maximum allowed size');
    const key = engine.keyFromItem(table, item);
    engine.checkIndexKeys(table, item);
    return { key, item, size };
  }

  function finish(record: ImportRecord, outcome: Partial<ImportRecord>, failed: boolean): void {
    service.finishAfterMinimum(record.startTime, (endTime) => {
      const table = currentTable(record);
      if (failed) {
        // A failed import leaves no table behind.
        if (table) engine.state.deleteTable(table);
      } else if (table) {
        engine.state.saveTable({ ...table, status: 'ACTIVE' });
      }
      state.saveImport({ ...record, ...outcome, status: failed ? 'FAILED' : 'COMPLETED', endTime });
    });
  }

  async function runImport(record: ImportRecord): Promise<void> {
    const counts = { processedItemCount: 0, importedItemCount: 0, errorCount: 0, processedSizeBytes: 0 };
    const logStreamName = record.arn.slice(record.arn.lastIndexOf('/') + 1);
    let logs: LogsApi | undefined;
    const logError = (key: string, itemIndex: number, message: string) => {
      counts.errorCount++;
      if (counts.errorCount > MAX_LOGGED_ERRORS || !logs) return;
      logs.putLogEvents({
        account: record.account,
        region: record.region,
        logGroupName: IMPORT_LOG_GROUP,
        logStreamName,
        events: [{ timestamp: clock.now(), message: JSON.stringify({ itemS3Pointer: { bucket: record.source.S3Bucket, key, itemIndex }, importArn: record.arn, errorMessages: [message] }) }],
      });
    };
    try {
      const s3 = await service.runtime.api<S3Api>('s3');
      logs = await service.runtime.optionalApi<LogsApi>('logs');
      const objects = s3
        .listObjects({ account: record.account, region: record.region, bucket: record.source.S3Bucket, prefix: record.source.S3KeyPrefix, maxKeys: MAX_SOURCE_OBJECTS + 1 })
        .filter((object) => !object.key.endsWith('/'));
      if (objects.length > MAX_SOURCE_OBJECTS) throw Object.assign(new Error(`The import source holds more than ${MAX_SOURCE_OBJECTS} S3 objects`), { failureCode: 'LimitExceeded' });
      const slices = new WorkSlices();
      for (const object of objects) {
        const body = await s3.readObject({ account: record.account, region: record.region, bucket: record.source.S3Bucket, key: object.key });
        counts.processedSizeBytes += body.length;
        let text: string;
        try {
          text = (record.compression === 'GZIP' ? await gunzipAsync(body) : body).toString('utf8');
        } catch (error) {
          logError(object.key, 0, `Unable to decompress the object as GZIP: ${(error as Error).message}`);
          continue;
        }
        let table = currentTable(record);
        if (!table) throw Object.assign(new Error('The table being imported into was deleted'), { failureCode: 'TableNotFound' });
        let batch: Array<{ key: EncodedKey; item: Item; size: number }> = [];
        const write = () => {
          const rows = batch;
          batch = [];
          engine.state.transaction(() => {
            for (const row of rows) engine.commit(table!, row.key, engine.load(table!, row.key, engine.needsOldImage(table!)), row.item, undefined, row.size);
          });
          counts.importedItemCount += rows.length;
        };
        for (const source of recordsOf(record, table, text)) {
          counts.processedItemCount++;
          if (source.error !== undefined) {
            logError(object.key, source.index, source.error);
            continue;
          }
          try {
            batch.push(checked(table, source.item));
          } catch (error) {
            logError(object.key, source.index, isAwsError(error) ? error.message : String((error as Error).message));
          }
          if (batch.length >= WRITE_BATCH) write();
          if (slices.due()) {
            if (batch.length) write();
            await slices.pause();
            table = currentTable(record);
            if (!table) throw Object.assign(new Error('The table being imported into was deleted'), { failureCode: 'TableNotFound' });
          }
        }
        if (batch.length) write();
      }
      finish(record, counts, false);
    } catch (error) {
      const failure = (error as { failureCode?: string }).failureCode
        ? { code: (error as { failureCode: string }).failureCode, message: (error as Error).message }
        : s3Failure(error);
      finish(record, { ...counts, failureCode: failure.code, failureMessage: failure.message }, true);
    }
  }

  // Imports a restart interrupted start again into their (emptied) table.
  for (const record of state.unfinishedImports()) {
    const table = currentTable(record);
    if (table) {
      engine.state.deleteTable(table);
      const { id: _id, ...definition } = table;
      engine.state.createTable({ ...definition, status: 'CREATING' });
    }
    void runImport(record);
  }

  return {
    ImportTable(input, context) {
      const creation = input.TableCreationParameters;
      if (input.InputCompressionType === 'ZSTD') {
        throw validation('Nimbus cannot read ZSTD-compressed input (Node.js 20 has no ZSTD): use GZIP or NONE');
      }
      if (input.InputFormatOptions?.Csv && input.InputFormat !== 'CSV') throw invalidParameter('InputFormatOptions can only be specified with InputFormat CSV');
      const definition = tableFromCreate(
        {
          TableName: creation.TableName,
          AttributeDefinitions: creation.AttributeDefinitions,
          KeySchema: creation.KeySchema,
          BillingMode: creation.BillingMode,
          ProvisionedThroughput: creation.ProvisionedThroughput,
          OnDemandThroughput: creation.OnDemandThroughput,
          GlobalSecondaryIndexes: creation.GlobalSecondaryIndexes,
          SSESpecification: creation.SSESpecification,
        },
        context.accountId,
        context.region,
        clock.now(),
      );
      const requestKey = JSON.stringify([input.S3BucketSource, input.InputFormat, input.InputFormatOptions ?? null, input.InputCompressionType ?? 'NONE', creation]);
      const now = clock.now();
      if (input.ClientToken !== undefined) {
        const earlier = state.importByToken(context.accountId, context.region, input.ClientToken);
        if (earlier && now - earlier.startTime < CLIENT_TOKEN_MS) {
          if (earlier.requestKey !== requestKey) throw importConflict();
          return { ImportTableDescription: describeImport(earlier) };
        }
      }
      if (engine.state.findTable(context.accountId, context.region, definition.name)) throw resourceInUse(`Table already exists: ${definition.name}`);
      // The table is CREATING while the import runs: requests for its items are refused until it is ACTIVE.
      const table = engine.state.createTable({ ...definition, status: 'CREATING' });
      const record: ImportRecord = {
        arn: `${tableArn(table)}/import/${service.taskId()}`,
        account: context.accountId,
        region: context.region,
        tableArn: tableArn(table),
        tableId: table.tableId,
        tableName: table.name,
        clientToken: input.ClientToken,
        requestKey,
        status: 'IN_PROGRESS',
        format: input.InputFormat,
        compression: input.InputCompressionType ?? 'NONE',
        csv: input.InputFormatOptions?.Csv,
        source: input.S3BucketSource,
        creation: creation as unknown as Record<string, unknown>,
        startTime: now,
        processedItemCount: 0,
        importedItemCount: 0,
        errorCount: 0,
        processedSizeBytes: 0,
      };
      state.addImport(record);
      void runImport(record);
      return { ImportTableDescription: describeImport(record) };
    },

    DescribeImport(input) {
      const record = state.importByArn(input.ImportArn);
      if (!record) throw importNotFound(input.ImportArn);
      return { ImportTableDescription: describeImport(record) };
    },

    ListImports(input, context) {
      const limit = input.PageSize ?? DEFAULT_PAGE_SIZE;
      const after = input.NextToken !== undefined ? importTokenPosition(input.NextToken) : 0;
      const rows = state.importPage(context.accountId, context.region, input.TableArn, after, limit + 1);
      const page = rows.slice(0, limit);
      return {
        ImportSummaryList: page.map(({ record }) => ({
          ImportArn: record.arn,
          ImportStatus: record.status,
          TableArn: record.tableArn,
          S3BucketSource: record.source,
          CloudWatchLogGroupArn: logGroupArn(record),
          InputFormat: record.format,
          StartTime: new Date(record.startTime),
          EndTime: record.endTime !== undefined ? new Date(record.endTime) : undefined,
        })),
        NextToken: rows.length > limit ? importToken(page[page.length - 1].seq) : undefined,
      };
    },
  };
}

/**
 * ListImports' tokens must be hex in 16-digit groups, at least 112 digits (the model's pattern):
 * the position (the last row listed) as 16 hex digits, repeated 7 times.
 */
function importToken(seq: number): string {
  return seq.toString(16).padStart(16, '0').repeat(7);
}

function importTokenPosition(token: string): number {
  const group = token.slice(0, 16);
  if (token.length !== 112 || group.repeat(7) !== token) throw validation('Invalid NextToken');
  return parseInt(group, 16);
}
