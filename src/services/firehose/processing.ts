/**
 * Data transformation between the buffer and the destination, in AWS's order: Decompression,
 * CloudWatchLogProcessing, RecordDeAggregation, Lambda, MetadataExtraction, AppendDelimiterToRecord.
 * The Lambda contract is AWS's: {invocationId, deliveryStreamArn, region, records:[{recordId,
 * approximateArrivalTimestamp, data}]} in, {records:[{recordId, result, data, metadata}]} out, every
 * record answered once with Ok, Dropped or ProcessingFailed; a failed invocation is retried
 * NumberOfRetries times (default 3), then its records go to the processing-failed error output.
 */
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type * as Firehose from '../../generated/firehose.js';
import type { LambdaApi } from '../lambda/api.js';
import type { DeliveryStream } from './model.js';
import type { KinesisRecordMetadata } from './state.js';
import { extractPartitionKeys, parseExtractionQuery } from './partitioning.js';
import { delimiterBytes, parameter } from './processing-config.js';

export interface SourceRecord {
  data: Buffer;
  arrivedAt: number;
  /** Set for records read from a Kinesis source stream: the Lambda transformation is given it. */
  kinesis?: KinesisRecordMetadata;
}

export interface ProcessedRecord extends SourceRecord {
  partitionKeys?: Record<string, string>;
}

/** A record that could not be processed, written to the error output as AWS writes it. */
export interface FailedRecord {
  raw: Buffer;
  arrivedAt: number;
  errorCode: string;
  errorMessage: string;
  attemptsMade: number;
  attemptEndingTimestamp: number;
  lambdaArn?: string;
}

export interface ProcessingOutcome {
  ok: ProcessedRecord[];
  failed: FailedRecord[];
  /** How many Lambda invocations succeeded and failed (for ExecuteProcessing.Success). */
  invocations: { succeeded: number; failed: number };
}

/** The Lambda payload limit (6 MB a synchronous invocation) caps what one invocation carries. */
const LAMBDA_PAYLOAD_LIMIT = 6 * 1024 * 1024;
const MIB = 1024 * 1024;

interface Context {
  stream: DeliveryStream;
  now: () => number;
  lambda: () => Promise<LambdaApi | undefined>;
}

export function processingEnabled(config: Firehose.ProcessingConfiguration | undefined): boolean {
  return !!config && config.Enabled !== false && (config.Processors?.length ?? 0) > 0;
}

export async function processRecords(context: Context, config: Firehose.ProcessingConfiguration | undefined, records: SourceRecord[]): Promise<ProcessingOutcome> {
  const outcome: ProcessingOutcome = { ok: [], failed: [], invocations: { succeeded: 0, failed: 0 } };
  const processors = processingEnabled(config) ? config!.Processors! : [];
  const find = (type: Firehose.Processor['Type']) => processors.find((p) => p.Type === type);
  let current: ProcessedRecord[] = records.map((r) => (r.kinesis ? { data: r.data, arrivedAt: r.arrivedAt, kinesis: r.kinesis } : { data: r.data, arrivedAt: r.arrivedAt }));
  const fail = (record: SourceRecord, errorCode: string, errorMessage: string, extra: Partial<FailedRecord> = {}) =>
    outcome.failed.push({ raw: record.data, arrivedAt: record.arrivedAt, errorCode, errorMessage, attemptsMade: 1, attemptEndingTimestamp: context.now(), ...extra });

  if (find('Decompression')) {
    current = current.flatMap((record) => {
      try {
        return [{ ...record, data: gunzipSync(record.data) }];
      } catch {
        fail(record, 'Decompression.Failed', 'The record could not be decompressed as GZIP.');
        return [];
      }
    });
  }
  const logProcessing = find('CloudWatchLogProcessing');
  if (logProcessing && parameter(logProcessing, 'DataMessageExtraction') === 'true') {
    current = current.flatMap((record) => extractLogMessages(record, fail));
  }
  const deaggregation = find('RecordDeAggregation');
  if (deaggregation) current = current.flatMap((record) => deaggregate(record, deaggregation, fail));
  const lambda = find('Lambda');
  if (lambda) current = await transformWithLambda(context, lambda, current, outcome);
  const extraction = find('MetadataExtraction');
  if (extraction) {
    const query = parseExtractionQuery(parameter(extraction, 'MetadataExtractionQuery')!);
    current = current.flatMap((record) => {
      const extracted = extractPartitionKeys(query, record.data);
      if ('error' in extracted) {
        fail(record, 'DynamicPartitioning.MetadataExtractionFailed', extracted.error);
        return [];
      }
      return [{ ...record, partitionKeys: { ...record.partitionKeys, ...extracted.keys } }];
    });
  }
  const append = find('AppendDelimiterToRecord');
  if (append) {
    const delimiter = delimiterBytes(parameter(append, 'Delimiter'));
    current = current.map((record) => ({ ...record, data: Buffer.concat([record.data, delimiter]) }));
  }
  outcome.ok = current;
  return outcome;
}

function extractLogMessages(record: ProcessedRecord, fail: (r: SourceRecord, code: string, message: string) => void): ProcessedRecord[] {
  let payload: { messageType?: string; logEvents?: Array<{ message?: string }> };
  try {
    payload = JSON.parse(record.data.toString('utf8'));
  } catch {
    fail(record, 'CloudWatchLogProcessing.InvalidRecord', 'The record is not a CloudWatch Logs subscription payload.');
    return [];
  }
  if (payload.messageType === 'CONTROL_MESSAGE') return [];
  return (payload.logEvents ?? []).map((event) => ({ ...record, data: Buffer.from(event.message ?? '') }));
}

function deaggregate(record: ProcessedRecord, processor: Firehose.Processor, fail: (r: SourceRecord, code: string, message: string) => void): ProcessedRecord[] {
  if (parameter(processor, 'SubRecordType') === 'DELIMITED') {
    const delimiter = delimiterBytes(parameter(processor, 'Delimiter'));
    const parts: ProcessedRecord[] = [];
    let start = 0;
    for (let at = record.data.indexOf(delimiter); at >= 0; at = record.data.indexOf(delimiter, start)) {
      if (at > start) parts.push({ ...record, data: record.data.subarray(start, at) });
      start = at + delimiter.length;
    }
    if (start < record.data.length) parts.push({ ...record, data: record.data.subarray(start) });
    return parts;
  }
  // JSON: concatenated (or newline-separated) JSON objects, split where each top-level object ends.
  const text = record.data.toString('utf8');
  const parts: ProcessedRecord[] = [];
  let depth = 0;
  let quoted = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && --depth === 0) parts.push({ ...record, data: Buffer.from(text.slice(start, i + 1)) });
    else if (depth === 0 && !/\s/.test(ch)) {
      fail(record, 'RecordDeAggregation.Failed', 'The record is not a sequence of JSON objects.');
      return [];
    }
  }
  if (depth !== 0 || quoted) {
    fail(record, 'RecordDeAggregation.Failed', 'The record is not a sequence of JSON objects.');
    return [];
  }
  return parts;
}

interface LambdaResult {
  recordId?: unknown;
  result?: unknown;
  data?: unknown;
  metadata?: { partitionKeys?: Record<string, unknown> };
}

async function transformWithLambda(context: Context, processor: Firehose.Processor, records: ProcessedRecord[], outcome: ProcessingOutcome): Promise<ProcessedRecord[]> {
  const functionArn = parameter(processor, 'LambdaArn')!;
  const retries = Number(parameter(processor, 'NumberOfRetries') ?? 3);
  const bufferBytes = Math.min(LAMBDA_PAYLOAD_LIMIT, Number(parameter(processor, 'BufferSizeInMBs') ?? 1) * MIB);
  const out: ProcessedRecord[] = [];
  // Invocations carry up to the processor's buffer size of data (base64 grows it by a third).
  let batch: ProcessedRecord[] = [];
  let batchBytes = 0;
  const batches: ProcessedRecord[][] = [];
  for (const record of records) {
    const size = Math.ceil(record.data.length / 3) * 4 + 200;
    if (batch.length > 0 && batchBytes + size > bufferBytes) {
      batches.push(batch);
      batch = [];
      batchBytes = 0;
    }
    batch.push(record);
    batchBytes += size;
  }
  if (batch.length) batches.push(batch);
  for (const group of batches) out.push(...(await invokeOnce(context, functionArn, retries, group, outcome)));
  return out;
}

async function invokeOnce(context: Context, functionArn: string, retries: number, records: ProcessedRecord[], outcome: ProcessingOutcome): Promise<ProcessedRecord[]> {
  const ids = records.map(() => randomUUID());
  const payload = JSON.stringify({
    invocationId: randomUUID(),
    deliveryStreamArn: context.stream.arn,
    region: context.stream.region,
    records: records.map((record, i) => ({
      recordId: ids[i],
      approximateArrivalTimestamp: record.arrivedAt,
      data: record.data.toString('base64'),
      ...(record.kinesis ? { kinesisRecordMetadata: record.kinesis } : {}),
    })),
  });
  let lastError = { code: 'Lambda.InvokeFailed', message: 'The Lambda function could not be invoked.' };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const answer = await invokeFunction(context, functionArn, payload);
    if ('error' in answer) {
      lastError = answer.error;
      continue;
    }
    const parsed = parseResults(answer.payload, ids);
    if ('error' in parsed) {
      lastError = parsed.error;
      continue;
    }
    outcome.invocations.succeeded++;
    const out: ProcessedRecord[] = [];
    records.forEach((record, i) => {
      const result = parsed.results.get(ids[i]!)!;
      if (result.result === 'Dropped') return;
      if (result.result === 'ProcessingFailed') {
        outcome.failed.push({ raw: record.data, arrivedAt: record.arrivedAt, errorCode: 'Lambda.ProcessingFailedStatus', errorMessage: 'ProcessingFailed status set for record', attemptsMade: attempt, attemptEndingTimestamp: context.now(), lambdaArn: functionArn });
        return;
      }
      const partitionKeys = result.metadata?.partitionKeys ? Object.fromEntries(Object.entries(result.metadata.partitionKeys).map(([k, v]) => [k, String(v)])) : undefined;
      out.push({ data: Buffer.from(String(result.data ?? ''), 'base64'), arrivedAt: record.arrivedAt, ...(partitionKeys ? { partitionKeys } : {}) });
    });
    return out;
  }
  outcome.invocations.failed++;
  for (const record of records) {
    outcome.failed.push({ raw: record.data, arrivedAt: record.arrivedAt, errorCode: lastError.code, errorMessage: lastError.message, attemptsMade: retries + 1, attemptEndingTimestamp: context.now(), lambdaArn: functionArn });
  }
  return [];
}

async function invokeFunction(context: Context, functionArn: string, payload: string): Promise<{ payload: Buffer } | { error: { code: string; message: string } }> {
  const lambda = await context.lambda();
  if (!lambda || !lambda.functionExists(functionArn)) {
    return { error: { code: 'Lambda.FunctionNotFound', message: `The Lambda function ${functionArn} could not be found.` } };
  }
  try {
    const result = await lambda.invoke({ functionArn, payload, account: context.stream.account });
    if (result.functionError) return { error: { code: 'Lambda.FunctionError', message: 'The Lambda function was successfully invoked but it returned an error result.' } };
    return { payload: result.payload };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { error: { code: code === 'TooManyRequestsException' ? 'Lambda.TooManyRequestsException' : 'Lambda.InvokeFailed', message: (error as Error).message } };
  }
}

function parseResults(payload: Buffer, ids: string[]): { results: Map<string, LambdaResult> } | { error: { code: string; message: string } } {
  let body: { records?: LambdaResult[] };
  try {
    body = JSON.parse(payload.toString('utf8'));
  } catch {
    return { error: { code: 'Lambda.JsonProcessingException', message: 'The Lambda function returned a response that is not valid JSON.' } };
  }
  if (!body || !Array.isArray(body.records)) {
    return { error: { code: 'Lambda.InvalidReturnFormat', message: 'The Lambda function response has no records list.' } };
  }
  const expected = new Set(ids);
  const results = new Map<string, LambdaResult>();
  for (const result of body.records) {
    const id = typeof result?.recordId === 'string' ? result.recordId : undefined;
    if (!id || !expected.has(id)) return { error: { code: 'Lambda.MissingRecordId', message: 'The Lambda function returned a record ID that was not in the request.' } };
    if (results.has(id)) return { error: { code: 'Lambda.DuplicatedRecordId', message: 'The Lambda function returned the same record ID more than once.' } };
    if (result.result !== 'Ok' && result.result !== 'Dropped' && result.result !== 'ProcessingFailed') {
      return { error: { code: 'Lambda.InvalidReturnFormat', message: 'The result field must be one of Ok, Dropped or ProcessingFailed.' } };
    }
    if (result.result === 'Ok' && typeof result.data !== 'string') {
      return { error: { code: 'Lambda.InvalidReturnFormat', message: 'A record with result Ok must have base64 data.' } };
    }
    results.set(id, result);
  }
  if (results.size !== ids.length) return { error: { code: 'Lambda.MissingRecordId', message: 'The Lambda function did not return every record ID it was given.' } };
  return { results };
}
