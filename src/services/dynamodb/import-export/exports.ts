/**
 * ExportTableToPointInTime, DescribeExport, ListExports: a table's items written to S3 in the
 * layout AWS writes (`<prefix>/AWSDynamoDB/<export-id>/`: `_started`, `data/*.json.gz` or
 * `*.ion.gz`, `manifest-files.json`, `manifest-summary.json` and their `.checksum`s).
 */
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { decodePageToken, encodePageToken, isOffset } from '../../../core/pagination.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { S3Api } from '../../s3/api.js';
import { validation } from '../errors.js';
import { tableArn, tableNameOf } from '../tables.js';
import { exportConflict, exportNotFound, invalidExportTime, pitrNotEnabled, s3Failure, tableNotFoundForExport } from './errors.js';
import { CLIENT_TOKEN_MS, type ImportExportService } from './service.js';
import { pitrEnabledAt, type ExportRecord } from './state.js';
import { dataFileText, exportLine } from './source-formats.js';
import { fullExportRecords, incrementalExportRecords, type ExportedRecord } from './export-sources.js';

const gzipAsync = promisify(gzip);

/** Items a data file holds at most (AWS writes one or more files a partition). */
const ITEMS_PER_DATA_FILE = 10_000;
const DEFAULT_LIST_RESULTS = 25;
/** An incremental export covers at least 15 minutes and at most 24 hours. */
const MIN_INCREMENTAL_MS = 15 * 60_000;
const MAX_INCREMENTAL_MS = 24 * 3600_000;

export function describeExport(record: ExportRecord): Ddb.ExportDescription {
  return {
    ExportArn: record.arn,
    ExportStatus: record.status,
    StartTime: new Date(record.startTime),
    EndTime: record.endTime !== undefined ? new Date(record.endTime) : undefined,
    ExportManifest: record.manifest,
    TableArn: record.tableArn,
    TableId: record.tableId,
    ExportTime: new Date(record.exportTime),
    ClientToken: record.clientToken,
    S3Bucket: record.s3Bucket,
    S3BucketOwner: record.s3BucketOwner,
    S3Prefix: record.s3Prefix,
    S3SseAlgorithm: record.s3SseAlgorithm,
    S3SseKmsKeyId: record.s3SseKmsKeyId,
    FailureCode: record.failureCode,
    FailureMessage: record.failureMessage,
    ExportFormat: record.format,
    ExportType: record.type,
    BilledSizeBytes: record.billedSizeBytes,
    ItemCount: record.itemCount,
    IncrementalExportSpecification: record.incremental
      ? { ExportFromTime: new Date(record.incremental.from), ExportToTime: new Date(record.incremental.to), ExportViewType: record.incremental.viewType }
      : undefined,
  };
}

/** A random data-file name as AWS's look: 26 lowercase base-32 characters. */
function dataFileName(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(26)].map((b) => alphabet[b & 31]).join('');
}


export function exportOperations(service: ImportExportService): Partial<Ddb.DynamodbOperations> {
  const { state, clock } = service;

  /** Writes the export's objects; the record ends COMPLETED or FAILED once the minimum duration has passed. */
  async function runExport(record: ExportRecord): Promise<void> {
    let s3: S3Api | undefined;
    const base = `${record.s3Prefix ? `${record.s3Prefix.replace(/\/+$/, '')}/` : ''}AWSDynamoDB/${record.arn.slice(record.arn.lastIndexOf('/') + 1)}/`;
    const put = (key: string, body: Buffer | string, contentType = 'application/json') =>
      s3!.putObject({ account: record.account, region: record.region, bucket: record.s3Bucket, key, body: Buffer.from(body), contentType });
    let outcome: Partial<ExportRecord>;
    try {
      s3 = await service.runtime.api<S3Api>('s3');
      await put(`${base}_started`, '', 'application/octet-stream');
      const table = service.tableByArn(record.tableArn);
      if (!table || table.tableId !== record.tableId) throw Object.assign(new Error('The table was deleted during the export'), { tableGone: true });
      const files: Array<{ itemCount: number; md5Checksum: string; etag: string; dataFileS3Key: string }> = [];
      let itemCount = 0;
      let billedSizeBytes = 0;
      let batch: string[] = [];
      const flush = async () => {
        const body = await gzipAsync(Buffer.from(dataFileText(record.format, batch)));
        const key = `${base}data/${dataFileName()}.${record.format === 'ION' ? 'ion' : 'json'}.gz`;
        const { etag } = await put(key, body, 'application/x-gzip');
        files.push({ itemCount: batch.length, md5Checksum: createHash('md5').update(body).digest('base64'), etag: etag.replace(/"/g, ''), dataFileS3Key: key });
        batch = [];
      };
      const source: AsyncGenerator<ExportedRecord> = record.incremental
        ? incrementalExportRecords(service.runtime.store, record.tableId, record.incremental)
        : fullExportRecords(service.engine, service.runtime.store, table, record.exportTime, record.startTime);
      for await (const exported of source) {
        batch.push(exportLine(record.format, exported.record));
        itemCount++;
        billedSizeBytes += exported.size;
        if (batch.length >= ITEMS_PER_DATA_FILE) await flush();
      }
      // An empty table still gets one (empty) data file, as an empty partition does.
      if (batch.length || !files.length) await flush();
      const filesText = files.map((file) => JSON.stringify(file)).join('\n') + '\n';
      const filesKey = `${base}manifest-files.json`;
      await put(filesKey, filesText);
      await put(`${base}manifest-files.checksum`, createHash('md5').update(filesText).digest('hex'), 'text/plain');
      outcome = { itemCount, billedSizeBytes, manifest: `${base}manifest-summary.json` };
      service.finishAfterMinimum(record.startTime, (endTime) => {
        void (async () => {
          const summary = JSON.stringify({
            version: '2020-06-30',
            exportArn: record.arn,
            startTime: new Date(record.startTime).toISOString(),
            endTime: new Date(endTime).toISOString(),
            tableArn: record.tableArn,
            tableId: record.tableId,
            exportTime: new Date(record.exportTime).toISOString(),
            s3Bucket: record.s3Bucket,
            s3Prefix: record.s3Prefix ?? null,
            s3SseAlgorithm: record.s3SseAlgorithm ?? 'AES256',
            s3SseKmsKeyId: record.s3SseKmsKeyId ?? null,
            manifestFilesS3Key: filesKey,
            billedSizeBytes,
            itemCount,
            outputFormat: record.format,
            exportType: record.type,
            ...(record.incremental
              ? { exportFromTime: new Date(record.incremental.from).toISOString(), exportToTime: new Date(record.incremental.to).toISOString(), exportViewType: record.incremental.viewType }
              : {}),
          });
          try {
            await put(`${base}manifest-summary.json`, summary);
            await put(`${base}manifest-summary.checksum`, createHash('md5').update(summary).digest('hex'), 'text/plain');
            state.saveExport({ ...record, ...outcome, status: 'COMPLETED', endTime });
          } catch (error) {
            const failure = s3Failure(error);
            state.saveExport({ ...record, status: 'FAILED', endTime, failureCode: failure.code, failureMessage: failure.message });
          }
        })();
      });
    } catch (error) {
      const failure = (error as { tableGone?: boolean }).tableGone ? { code: 'TableNotFound', message: (error as Error).message } : s3Failure(error);
      service.finishAfterMinimum(record.startTime, (endTime) => {
        state.saveExport({ ...record, status: 'FAILED', endTime, failureCode: failure.code, failureMessage: failure.message });
      });
    }
  }

  // Exports a restart interrupted run again from the start.
  for (const record of state.unfinishedExports()) void runExport(record);

  return {
    ExportTableToPointInTime(input, context) {
      const match = /^arn:aws[a-z-]*:dynamodb:[^:]*:[^:]*:table\/([^/]+)$/.exec(input.TableArn);
      if (!match) throw validation(`Invalid TableArn: ${input.TableArn}`);
      const table = service.tableByArn(input.TableArn);
      if (!table || table.account !== context.accountId || table.region !== context.region) throw tableNotFoundForExport(tableNameOf(match[1]));
      const pitrSince = pitrEnabledAt(service.runtime.store, table.tableId);
      if (pitrSince === undefined) throw pitrNotEnabled(table.name);
      const type = input.ExportType ?? 'FULL_EXPORT';
      const now = clock.now();
      let incremental: ExportRecord['incremental'];
      if (type === 'INCREMENTAL_EXPORT') {
        const spec = input.IncrementalExportSpecification;
        if (!spec?.ExportFromTime || !spec.ExportToTime) throw validation('IncrementalExportSpecification with ExportFromTime and ExportToTime is required for an INCREMENTAL_EXPORT');
        if (input.ExportTime !== undefined) throw validation('ExportTime cannot be specified for an INCREMENTAL_EXPORT');
        incremental = { from: spec.ExportFromTime.getTime(), to: spec.ExportToTime.getTime(), viewType: spec.ExportViewType ?? 'NEW_AND_OLD_IMAGES' };
        const span = incremental.to - incremental.from;
        if (span < MIN_INCREMENTAL_MS || span > MAX_INCREMENTAL_MS) throw validation('The incremental export period must be at least 15 minutes and at most 24 hours');
        if (incremental.to > now) throw invalidExportTime('ExportToTime cannot be in the future');
        if (incremental.from < pitrSince) throw invalidExportTime('ExportFromTime is outside of the point in time recovery window');
      } else if (input.IncrementalExportSpecification) {
        throw validation('IncrementalExportSpecification can only be specified for an INCREMENTAL_EXPORT');
      }
      const exportTime = incremental ? incremental.to : input.ExportTime !== undefined ? input.ExportTime.getTime() : now;
      if (exportTime > now) throw invalidExportTime('Export time cannot be in the future');
      if (exportTime < pitrSince) throw invalidExportTime('Export time is outside of the point in time recovery window');
      const requestKey = JSON.stringify([input.TableArn, input.S3Bucket, input.S3Prefix, input.S3BucketOwner, input.ExportFormat ?? 'DYNAMODB_JSON', type, input.S3SseAlgorithm, input.S3SseKmsKeyId, incremental ?? null]);
      if (input.ClientToken !== undefined) {
        const earlier = state.exportByToken(context.accountId, context.region, input.ClientToken);
        if (earlier && now - earlier.startTime < CLIENT_TOKEN_MS) {
          if (earlier.requestKey !== requestKey) throw exportConflict();
          return { ExportDescription: describeExport(earlier) };
        }
      }
      const record: ExportRecord = {
        arn: `${tableArn(table)}/export/${service.taskId()}`,
        account: context.accountId,
        region: context.region,
        tableArn: tableArn(table),
        tableId: table.tableId,
        clientToken: input.ClientToken,
        requestKey,
        status: 'IN_PROGRESS',
        format: input.ExportFormat ?? 'DYNAMODB_JSON',
        type,
        exportTime,
        startTime: now,
        s3Bucket: input.S3Bucket,
        s3Prefix: input.S3Prefix,
        s3BucketOwner: input.S3BucketOwner,
        s3SseAlgorithm: input.S3SseAlgorithm,
        s3SseKmsKeyId: input.S3SseKmsKeyId,
        incremental,
      };
      state.addExport(record);
      void runExport(record);
      return { ExportDescription: describeExport(record) };
    },

    DescribeExport(input) {
      const record = state.exportByArn(input.ExportArn);
      if (!record) throw exportNotFound(input.ExportArn);
      return { ExportDescription: describeExport(record) };
    },

    ListExports(input, context) {
      const limit = input.MaxResults ?? DEFAULT_LIST_RESULTS;
      const after = input.NextToken !== undefined ? decodePageToken(input.NextToken, isOffset, () => validation('Invalid NextToken')).offset : 0;
      const rows = state.exportPage(context.accountId, context.region, input.TableArn, after, limit + 1);
      const page = rows.slice(0, limit);
      return {
        ExportSummaries: page.map(({ record }) => ({ ExportArn: record.arn, ExportStatus: record.status, ExportType: record.type })),
        NextToken: rows.length > limit ? encodePageToken({ offset: page[page.length - 1].seq }) : undefined,
      };
    },
  };
}
