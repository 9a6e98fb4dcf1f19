/**
 * SelectObjectContent (AWS closed S3 Select to new customers in 2024; existing users keep it): SQL
 * over one CSV or JSON object (optionally GZIP-compressed), answered as an event stream of Records
 * (64 KiB of output each), an optional Progress, Stats and End. The whole result is computed
 * before the stream starts, so every failure is an ordinary S3 error with its Select code.
 * Parquet input, BZIP2 compression and ScanRange are refused as not implemented.
 */
import { gunzipSync } from 'node:zlib';
import { AwsError } from '../../../core/errors.js';
import type * as S3 from '../../../generated/s3.js';
import { SMALL_BLOB } from '../blobs.js';
import type { S3Service } from '../service.js';
import type { OutputRow, Row } from './evaluate.js';
import { runQuery } from './evaluate.js';
import { csvRows, jsonRows, writeCsv, writeJson } from './records.js';
import { parseSelect } from './sql.js';

type Operations = Partial<S3.S3Operations>;

const RECORDS_CHUNK = 64 * 1024;
const UNSUPPORTED_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE']);

function notImplemented(what: string): AwsError {
  return new AwsError('NotImplemented', `Nimbus does not implement ${what} for SelectObjectContent`, 501);
}

function serializationConflict(): AwsError {
  return new AwsError(
    'ObjectSerializationConflict',
    'InputSerialization specifies more than one format (CSV, JSON, or Parquet), or OutputSerialization specifies more than one format (CSV or JSON). For InputSerialization and OutputSerialization, you can specify only one format for each.',
    400,
  );
}

function checkRequest(input: S3.SelectObjectContentRequest): void {
  if (input.ExpressionType !== 'SQL') throw new AwsError('InvalidExpressionType', 'The ExpressionType value is not valid. Only SQL expressions are supported.', 400);
  const source = input.InputSerialization;
  const formats = [source.CSV, source.JSON, source.Parquet].filter((f) => f !== undefined).length;
  const outputs = [input.OutputSerialization.CSV, input.OutputSerialization.JSON].filter((f) => f !== undefined).length;
  if (formats > 1 || outputs > 1) throw serializationConflict();
  if (formats === 0 || outputs === 0) {
    throw new AwsError('MissingRequiredParameter', 'The SelectRequest entity is missing a required parameter. Check the service documentation and try again.', 400);
  }
  if (source.Parquet) throw notImplemented('Parquet input');
  const compression = source.CompressionType ?? 'NONE';
  if (compression === 'BZIP2') throw notImplemented('BZIP2 compression');
  if (compression !== 'NONE' && compression !== 'GZIP') throw new AwsError('InvalidCompressionFormat', 'The file is not in a supported compression format. Only GZIP and BZIP2 are supported.', 400);
  if (source.CSV?.FileHeaderInfo !== undefined && !['USE', 'IGNORE', 'NONE'].includes(source.CSV.FileHeaderInfo)) {
    throw new AwsError('InvalidFileHeaderInfo', 'The FileHeaderInfo value is not valid. Only NONE, USE, and IGNORE are supported.', 400);
  }
  if (source.JSON?.Type !== undefined && !['DOCUMENT', 'LINES'].includes(source.JSON.Type)) {
    throw new AwsError('InvalidJsonType', 'The JsonType value is not valid. Only DOCUMENT and LINES are supported.', 400);
  }
  const quoteFields = input.OutputSerialization.CSV?.QuoteFields;
  if (quoteFields !== undefined && quoteFields !== 'ALWAYS' && quoteFields !== 'ASNEEDED') {
    throw new AwsError('InvalidQuoteFields', 'The QuoteFields value is not valid. Only ALWAYS and ASNEEDED are supported.', 400);
  }
  if (input.ScanRange) throw notImplemented('ScanRange');
}

async function objectBytes(service: S3Service, segments: Parameters<S3Service['blobs']['readSmall']>[0], size: number): Promise<Buffer> {
  if (size <= SMALL_BLOB) return service.blobs.readSmall(segments);
  const chunks: Buffer[] = [];
  for await (const chunk of await service.blobs.read(segments, 0, size - 1)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What SELECT * gives for one input row. */
function starRow(row: Row): OutputRow {
  if (row.kind === 'csv') return row.fields.map((value, i) => [row.header?.[i] ?? `_${i + 1}`, value]);
  if (row.value !== null && typeof row.value === 'object' && !Array.isArray(row.value)) return Object.entries(row.value as Record<string, unknown>);
  return [['_1', row.value]];
}

export function selectOperations(service: S3Service): Operations {
  return {
    async SelectObjectContent(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetObject', input.Key);
      const object = service.object(bucket, input.Key, undefined, 'GET');
      checkRequest(input);
      if (UNSUPPORTED_CLASSES.has(object.storageClass)) {
        throw new AwsError('UnsupportedStorageClass', 'The storage class is not supported. Only STANDARD, STANDARD_IA, and ONEZONE_IA storage classes are supported.', 400);
      }
      const query = parseSelect(input.Expression);
      let bytes = await objectBytes(service, object.segments, object.size);
      if ((input.InputSerialization.CompressionType ?? 'NONE') === 'GZIP') {
        try {
          bytes = gunzipSync(bytes);
        } catch {
          throw new AwsError('TruncatedInput', 'Object decompression failed. Check that the object is properly compressed using the format specified in the request.', 400);
        }
      }
      const text = bytes.toString('utf8');
      const csv = input.InputSerialization.CSV;
      const rows = csv ? csvRows(text, csv) : jsonRows(text, input.InputSerialization.JSON!, /FROM\s+S3Object\s*\[\s*\*\s*\]/i.test(input.Expression));
      const result = await runQuery(query, rows, starRow);
      const output = input.OutputSerialization.CSV ? writeCsv(result, input.OutputSerialization.CSV) : writeJson(result, input.OutputSerialization.JSON!);
      const payload = Buffer.from(output, 'utf8');
      const stats = { BytesScanned: object.size, BytesProcessed: bytes.length, BytesReturned: payload.length };
      const progress = Boolean(input.RequestProgress?.Enabled);
      async function* events(): AsyncGenerator<S3.SelectObjectContentEventStream> {
        for (let at = 0; at < payload.length; at += RECORDS_CHUNK) yield { Records: { Payload: payload.subarray(at, at + RECORDS_CHUNK) } };
        if (progress) yield { Progress: { Details: stats } };
        yield { Stats: { Details: stats } };
        yield { End: {} };
      }
      return { Payload: events() as unknown as S3.SelectObjectContentEventStream };
    },
  };
}
