import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import type { KinesisApi, ShardPosition } from '../kinesis/api.js';
import type { LambdaApi } from '../lambda/api.js';
import type { S3Api } from '../s3/api.js';
import { invalidArgument, unableToDetectSchema } from './errors.js';
import type { KdaService } from './service.js';

/** How many records DiscoverInputSchema samples, as AWS does. */
const SAMPLE_RECORDS = 100;

/**
 * DiscoverInputSchema: samples up to 100 records of a Kinesis stream (from TRIM_HORIZON, or NOW)
 * or the lines of an S3 object, and infers the columns a SQL application's input would have:
 * JSON records give one column a top-level member (nested objects flattened, mapped by JSON path),
 * other text is read as comma-separated values. A Firehose source cannot be sampled in Nimbus.
 * With an InputProcessingConfiguration the records first go through its Lambda function, in the
 * preprocessing format SQL applications use (base64 data in, `Ok` records kept).
 */
export function inputSchemaDiscoveryOperations(service: KdaService): Partial<Kda.Kinesisanalyticsv2Operations> {
  return {
    async DiscoverInputSchema(input, context) {
      if ((input.ResourceARN === undefined) === (input.S3Configuration === undefined)) {
        throw invalidArgument('Exactly one of ResourceARN or S3Configuration must be specified.');
      }
      const raw = input.S3Configuration
        ? await s3Records(service, input.S3Configuration, context.accountId, context.region)
        : await streamRecords(service, input.ResourceARN!, input.InputStartingPositionConfiguration?.InputStartingPosition);
      if (raw.length === 0) throw unableToDetectSchema('Unable to detect schema: no records were found in the source.', [], []);
      const lambda = input.InputProcessingConfiguration?.InputLambdaProcessor.ResourceARN;
      const processed = lambda ? await preprocess(service, lambda, raw, input.ResourceARN ?? input.S3Configuration!.BucketARN, context.accountId) : raw;
      if (processed.length === 0) throw unableToDetectSchema('Unable to detect schema: the input processing function kept no records.', raw, []);
      const inferred = inferSchema(processed);
      if (!inferred) throw unableToDetectSchema('Unable to detect schema: the records are neither JSON objects nor delimited text.', raw, processed);
      return { InputSchema: inferred.schema, RawInputRecords: raw, ProcessedInputRecords: processed, ParsedInputRecords: inferred.parsed };
    },
  };
}

async function s3Records(service: KdaService, s3: Kda.S3Configuration, account: string, region: string): Promise<string[]> {
  const parsed = parseArn(s3.BucketARN);
  if (!parsed || parsed.service !== 's3' || !parsed.resource) throw invalidArgument(`Invalid BucketARN ${s3.BucketARN}.`);
  const api = await service.runtime.api<S3Api>('s3');
  let body: Buffer;
  try {
    body = await api.readObject({ account, region, bucket: parsed.resource, key: s3.FileKey, maxBytes: 10 * 1024 * 1024 });
  } catch (error) {
    if (isAwsError(error)) throw invalidArgument(`Unable to read s3://${parsed.resource}/${s3.FileKey}: ${error.message}`);
    throw error;
  }
  return body.toString('utf8').split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, SAMPLE_RECORDS);
}

async function streamRecords(service: KdaService, resourceArn: string, startingPosition: string | undefined): Promise<string[]> {
  const parsed = parseArn(resourceArn);
  if (parsed?.service === 'firehose') {
    throw unableToDetectSchema('Unable to detect schema: records of a Firehose delivery stream cannot be sampled.', [], []);
  }
  if (parsed?.service !== 'kinesis' || !parsed.resource.startsWith('stream/')) throw invalidArgument(`Invalid ResourceARN ${resourceArn}.`);
  const kinesis = await service.runtime.api<KinesisApi>('kinesis');
  if (!kinesis.streamExists(resourceArn)) throw invalidArgument(`Stream ${resourceArn} does not exist.`);
  const position: ShardPosition = startingPosition === 'NOW' ? { type: 'LATEST' } : { type: 'TRIM_HORIZON' };
  const records: string[] = [];
  for (const shard of kinesis.shards(resourceArn)) {
    if (records.length >= SAMPLE_RECORDS) break;
    const read = kinesis.readShard({ streamArn: resourceArn, shardId: shard.shardId, position, limit: SAMPLE_RECORDS - records.length });
    for (const record of read.records) records.push(record.data.toString('utf8'));
  }
  return records;
}

/** The records after the input processing function: it answers each recordId with a result and base64 data. */
async function preprocess(service: KdaService, functionArn: string, raw: string[], sourceArn: string, account: string): Promise<string[]> {
  const lambda = await service.runtime.api<LambdaApi>('lambda');
  const payload = {
    invocationId: randomUUID(),
    applicationArn: sourceArn,
    streamArn: sourceArn,
    records: raw.map((text, i) => ({ recordId: String(i + 1), data: Buffer.from(text).toString('base64') })),
  };
  let answer: { payload: Buffer; functionError?: string };
  try {
    answer = await lambda.invoke({ functionArn, payload: JSON.stringify(payload), account });
  } catch (error) {
    if (isAwsError(error)) throw invalidArgument(`Unable to invoke the input processing function ${functionArn}: ${error.message}`);
    throw error;
  }
  if (answer.functionError) throw unableToDetectSchema(`The input processing function ${functionArn} failed: ${answer.payload.toString('utf8')}`, raw, []);
  let records: unknown;
  try {
    records = (JSON.parse(answer.payload.toString('utf8')) as { records?: unknown }).records;
  } catch {
    records = undefined;
  }
  if (!Array.isArray(records)) throw unableToDetectSchema(`The input processing function ${functionArn} did not answer with a records list.`, raw, []);
  return records
    .filter((r): r is { result: string; data: string } => typeof r === 'object' && r !== null && (r as { result?: unknown }).result === 'Ok' && typeof (r as { data?: unknown }).data === 'string')
    .map((r) => Buffer.from(r.data, 'base64').toString('utf8'));
}

interface Column {
  name: string;
  mapping?: string;
  values: unknown[];
}

/** The SQL type AWS's discovery gives a column from its sampled values. */
function sqlType(values: unknown[]): string {
  const present = values.filter((v) => v !== undefined && v !== null && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'boolean' || v === 'true' || v === 'false')) return 'BOOLEAN';
  const numbers = present.map((v) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v) ? Number(v) : undefined));
  if (present.length > 0 && numbers.every((n) => n !== undefined)) {
    if (numbers.every((n) => Number.isInteger(n))) return numbers.every((n) => Math.abs(n!) < 2 ** 31) ? 'INTEGER' : 'BIGINT';
    return 'REAL';
  }
  const longest = Math.max(1, ...present.map((v) => String(v).length));
  let size = 1;
  while (size < longest) size *= 2;
  return `VARCHAR(${size})`;
}

function flatten(value: Record<string, unknown>, path: string, name: string, into: Map<string, { mapping: string; value: unknown }>): void {
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key}`;
    const childName = name ? `${name}_${key}` : key;
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) flatten(child as Record<string, unknown>, childPath, childName, into);
    else into.set(childName, { mapping: childPath, value: Array.isArray(child) ? JSON.stringify(child) : child });
  }
}

function inferSchema(records: string[]): { schema: Kda.SourceSchema; parsed: string[][] } | undefined {
  const objects = records.map((r) => {
    try {
      const value = JSON.parse(r) as unknown;
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  });
  if (objects.every((o) => o !== undefined)) {
    const columns = new Map<string, Column>();
    const rows = objects.map((o) => {
      const flat = new Map<string, { mapping: string; value: unknown }>();
      flatten(o!, '$', '', flat);
      for (const [name, { mapping }] of flat) if (!columns.has(name)) columns.set(name, { name, mapping, values: [] });
      return flat;
    });
    for (const column of columns.values()) column.values = rows.map((row) => row.get(column.name)?.value);
    const list = [...columns.values()];
    return {
      schema: {
        RecordFormat: { RecordFormatType: 'JSON', MappingParameters: { JSONMappingParameters: { RecordRowPath: '$' } } },
        RecordEncoding: 'UTF-8',
        RecordColumns: list.map((c) => ({ Name: c.name, Mapping: c.mapping, SqlType: sqlType(c.values) })),
      },
      parsed: rows.map((row) => list.map((c) => (row.get(c.name)?.value === undefined ? '' : String(row.get(c.name)!.value)))),
    };
  }
  const split = records.map((r) => r.split(','));
  const width = split[0]!.length;
  if (width < 2 || !split.every((fields) => fields.length === width)) return undefined;
  const list: Column[] = Array.from({ length: width }, (_, i) => ({ name: `COL${i + 1}`, values: split.map((fields) => fields[i]) }));
  return {
    schema: {
      RecordFormat: { RecordFormatType: 'CSV', MappingParameters: { CSVMappingParameters: { RecordColumnDelimiter: ',', RecordRowDelimiter: '\n' } } },
      RecordEncoding: 'UTF-8',
      RecordColumns: list.map((c) => ({ Name: c.name, SqlType: sqlType(c.values) })),
    },
    parsed: split,
  };
}
