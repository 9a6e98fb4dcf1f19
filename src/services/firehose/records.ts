import { randomBytes } from 'node:crypto';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type * as Firehose from '../../generated/firehose.js';
import { invalidArgument, streamNotFound } from './errors.js';
import type { DeliveryStream } from './model.js';
import type { FirehoseService } from './service.js';

/** 1,000 KiB a record; 4 MiB and 500 records a PutRecordBatch. */
export const MAX_RECORD_BYTES = 1_024_000;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Record ids as Firehose makes them: long opaque base64 strings (56 bytes), unique and in the order
 * records were accepted: the time, a counter, and random bytes drawn once a request.
 */
let recordSequence = 0n;
function recordIds(now: number, count: number): string[] {
  const bytes = Buffer.alloc(56);
  bytes.writeBigUInt64BE(BigInt(now), 0);
  randomBytes(40).copy(bytes, 16);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    recordSequence += 1n;
    bytes.writeBigUInt64BE(recordSequence, 8);
    ids.push(bytes.toString('base64'));
  }
  return ids;
}

/** Only DirectPut streams take records from producers. */
function checkDirectPut(stream: DeliveryStream): void {
  if (stream.type !== 'DirectPut') throw invalidArgument(`This operation is not permitted on ${stream.type} delivery stream type.`);
}

/** Puts records into a stream's buffer; the caller has checked their sizes. */
export function acceptRecords(service: FirehoseService, stream: DeliveryStream, data: Buffer[]): string[] {
  const now = service.clock.now();
  service.state.bufferRecords(stream.arn, data.map((d) => ({ data: d, arrivedAt: now })));
  const bytes = data.reduce((n, d) => n + d.length, 0);
  service.metrics.record(stream, 'IncomingPutRequests', 1);
  service.metrics.record(stream, 'IncomingRecords', data.length);
  service.metrics.record(stream, 'IncomingBytes', bytes);
  service.buffers.added(stream, bytes);
  return recordIds(now, data.length);
}

export function recordOperations(service: FirehoseService): Partial<Firehose.FirehoseOperations> {
  return {
    PutRecord(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      checkDirectPut(stream);
      const data = Buffer.from(input.Record.Data);
      const [RecordId] = acceptRecords(service, stream, [data]);
      service.metrics.record(stream, 'PutRecord.Requests', 1);
      service.metrics.record(stream, 'PutRecord.Bytes', data.length);
      return { RecordId: RecordId!, Encrypted: stream.encryption.Status === 'ENABLED' };
    },

    PutRecordBatch(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      checkDirectPut(stream);
      const data = input.Records.map((r) => Buffer.from(r.Data));
      const total = data.reduce((n, d) => n + d.length, 0);
      if (total > MAX_BATCH_BYTES) {
        throw invalidArgument(`Records size exceeds 4 MB limit: the records of this request have ${total} bytes in all.`);
      }
      const ids = acceptRecords(service, stream, data);
      service.metrics.record(stream, 'PutRecordBatch.Requests', 1);
      service.metrics.record(stream, 'PutRecordBatch.Records', data.length);
      service.metrics.record(stream, 'PutRecordBatch.Bytes', total);
      return { FailedPutCount: 0, Encrypted: stream.encryption.Status === 'ENABLED', RequestResponses: ids.map((RecordId) => ({ RecordId })) };
    },
  };
}

/** FirehoseApi.putRecord: PutRecord's rules, for other services (Logs, SNS, EventBridge, Scheduler, Pipes). */
export function putRecordFromService(service: FirehoseService, request: { deliveryStreamArn: string; data: Buffer }): { recordId: string } {
  const parsed = parseArn(request.deliveryStreamArn);
  const stream = service.state.stream(request.deliveryStreamArn);
  if (!stream) {
    const name = parsed?.resource.startsWith('deliverystream/') ? parsed.resource.slice('deliverystream/'.length) : request.deliveryStreamArn;
    throw streamNotFound(name, parsed?.account ?? '');
  }
  checkDirectPut(stream);
  if (request.data.length > MAX_RECORD_BYTES) {
    throw new AwsError('ValidationException', `1 validation error detected: Value at 'record.data' failed to satisfy constraint: Member must have length less than or equal to ${MAX_RECORD_BYTES}`, 400);
  }
  const [recordId] = acceptRecords(service, stream, [request.data]);
  return { recordId: recordId! };
}
