import type { AwsError } from '../../core/errors.js';
import type * as Kinesis from '../../generated/kinesis.js';
import {
  expiredIterator,
  invalidArgument,
  invalidShardIterator,
  readThrottled,
  shardNotFound,
  streamNotFound,
  validation,
  writeThrottled,
} from './errors.js';
import { decodeIterator, encodeIterator, hashKeyOf, MAX_HASH_KEY, parseSequenceNumber, shardId, shardIndexOf } from './sequence.js';
import type { KinesisService } from './service.js';
import type { ShardRow, StoredRecord, StreamRow } from './state.js';
import type { ShardPosition } from './api.js';

const HOUR_MS = 3_600_000;
export const ITERATOR_LIFETIME_MS = 300_000;
const MAX_PUT_RECORDS_BYTES = 5 * 1024 * 1024;
const MAX_GET_RECORDS_BYTES = 10 * 1024 * 1024;

export interface RecordToPut {
  data: Buffer;
  partitionKey: string;
  explicitHashKey?: string;
}

export type PutOutcome = { shard: ShardRow; counter: number } | { shard: ShardRow; error: AwsError };

/** Streams take records while ACTIVE or UPDATING; one being made or deleted is "not found", as on AWS. */
export function requireWritable(stream: StreamRow): void {
  if (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING') throw streamNotFound(stream.name, stream.account);
}

/** The open shard whose hash-key range holds a record's hash key. */
function shardFor(service: KinesisService, stream: StreamRow, record: RecordToPut): ShardRow {
  let hashKey: bigint;
  if (record.explicitHashKey !== undefined) {
    hashKey = BigInt(record.explicitHashKey);
    if (hashKey > MAX_HASH_KEY) {
      throw invalidArgument(`Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${record.explicitHashKey}`);
    }
  } else {
    hashKey = hashKeyOf(record.partitionKey);
  }
  const shard = service.openShards(stream).find((s) => hashKey >= s.startHash && hashKey <= s.endHash);
  if (!shard) throw new Error(`no open shard of ${stream.arn} covers hash key ${hashKey}`);
  return shard;
}

function recordSizeError(stream: StreamRow, record: RecordToPut, path: string): AwsError | undefined {
  const limit = stream.maxRecordKib * 1024;
  if (record.data.length > limit) {
    // AWS's service is Java: it prints the blob as the ByteBuffer it holds.
    const n = record.data.length;
    return validation(`1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=${n} cap=${n}]' at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${limit}`);
  }
  const size = record.data.length + Buffer.byteLength(record.partitionKey, 'utf8');
  if (size > limit) return invalidArgument(`Record size of ${size} bytes, data and partition key together, exceeds the limit of ${limit} bytes.`);
  return undefined;
}

/**
 * Appends records to a stream, each to the shard its hash key falls in, in one transaction.
 * Each answers its shard and counter or its own error (a throttled shard), as PutRecords reports
 * them; a record that is invalid fails the whole request, as on AWS.
 */
export function appendRecords(service: KinesisService, stream: StreamRow, records: RecordToPut[], operation: 'PutRecord' | 'PutRecords'): PutOutcome[] {
  requireWritable(stream);
  let total = 0;
  records.forEach((record, i) => {
    const error = recordSizeError(stream, record, operation === 'PutRecord' ? 'data' : `records.${i + 1}.member.data`);
    if (error) throw error;
    total += record.data.length + Buffer.byteLength(record.partitionKey, 'utf8');
  });
  if (operation === 'PutRecords' && total > MAX_PUT_RECORDS_BYTES) throw invalidArgument('Records size exceeds 5 MB limit');
  const targets = records.map((record) => shardFor(service, stream, record));
  const now = service.clock.now();
  const append = () =>
    records.map((record, i): PutOutcome => {
      const shard = targets[i]!;
      const bytes = record.data.length + Buffer.byteLength(record.partitionKey, 'utf8');
      if (!service.throttle.admitWrite(`${stream.id}/${shard.index}`, bytes, now)) return { shard, error: writeThrottled(shardId(shard.index), stream.name, stream.account) };
      return { shard, counter: service.state.appendRecord(shard, record.partitionKey, record.data, now) };
    });
  // One record is one statement, atomic by itself; several go in one transaction.
  const outcomes = records.length === 1 ? append() : service.state.transaction(append);
  recordPutMetrics(service, stream, records, outcomes, operation);
  if (outcomes.some((o) => 'counter' in o)) service.notify(stream.arn);
  return outcomes;
}

function recordPutMetrics(service: KinesisService, stream: StreamRow, records: RecordToPut[], outcomes: PutOutcome[], operation: string): void {
  const metric = service.metrics.record.bind(service.metrics, stream.account, stream.region, stream.name);
  let okRecords = 0;
  let okBytes = 0;
  let throttled = 0;
  outcomes.forEach((outcome, i) => {
    if ('counter' in outcome) {
      okRecords += 1;
      okBytes += records[i]!.data.length;
    } else throttled += 1;
  });
  if (okRecords) {
    metric('IncomingRecords', okRecords);
    metric('IncomingBytes', okBytes);
  }
  if (throttled) metric('WriteProvisionedThroughputExceeded', throttled);
  if (stream.shardMetrics.length) recordShardPutMetrics(service, stream, records, outcomes);
  if (operation === 'PutRecord') {
    metric('PutRecord.Success', okRecords ? 1 : 0);
    if (okRecords) metric('PutRecord.Bytes', okBytes);
  } else {
    metric('PutRecords.Success', okRecords ? 1 : 0);
    metric('PutRecords.TotalRecords', records.length);
    metric('PutRecords.SuccessfulRecords', okRecords);
    metric('PutRecords.FailedRecords', 0);
    metric('PutRecords.ThrottledRecords', throttled);
    if (okRecords) {
      metric('PutRecords.Records', okRecords);
      metric('PutRecords.Bytes', okBytes);
    }
  }
}

/** Shard-level metrics of a put, for those EnableEnhancedMonitoring named. */
function recordShardPutMetrics(service: KinesisService, stream: StreamRow, records: RecordToPut[], outcomes: PutOutcome[]): void {
  const perShard = new Map<string, { records: number; bytes: number }>();
  outcomes.forEach((outcome, i) => {
    if (!('counter' in outcome)) return;
    const id = shardId(outcome.shard.index);
    const tally = perShard.get(id) ?? { records: 0, bytes: 0 };
    tally.records += 1;
    tally.bytes += records[i]!.data.length;
    perShard.set(id, tally);
  });
  const wanted = new Set(stream.shardMetrics);
  for (const [id, tally] of perShard) {
    if (wanted.has('IncomingRecords')) service.metrics.record(stream.account, stream.region, stream.name, 'IncomingRecords', tally.records, id);
    if (wanted.has('IncomingBytes')) service.metrics.record(stream.account, stream.region, stream.name, 'IncomingBytes', tally.bytes, id);
  }
  if (wanted.has('WriteProvisionedThroughputExceeded')) {
    const throttledShards = new Map<string, number>();
    for (const outcome of outcomes) {
      if (!('error' in outcome)) continue;
      const id = shardId(outcome.shard.index);
      throttledShards.set(id, (throttledShards.get(id) ?? 0) + 1);
    }
    for (const [id, count] of throttledShards) service.metrics.record(stream.account, stream.region, stream.name, 'WriteProvisionedThroughputExceeded', count, id);
  }
}

/** The counter a reader starting at `position` reads after. */
export function counterBefore(service: KinesisService, stream: StreamRow, shard: ShardRow, position: ShardPosition, context: { operation: string }): number {
  switch (position.type) {
    case 'TRIM_HORIZON':
      return 0;
    case 'LATEST':
      return shard.lastCounter;
    case 'AT_TIMESTAMP': {
      const found = service.state.firstRecordSince(shard, position.timestamp);
      return found === undefined ? shard.lastCounter : found - 1;
    }
    default: {
      const parsed = parseSequenceNumber(position.sequenceNumber);
      const id = shardId(shard.index);
      if (!parsed) {
        throw invalidArgument(`StartingSequenceNumber ${position.sequenceNumber} used in ${context.operation} on shard ${id} in stream ${stream.name} under account ${stream.account} is invalid.`);
      }
      if (parsed.shardIndex !== shard.index) {
        throw invalidArgument(`Invalid StartingSequenceNumber. It encodes ${shardId(parsed.shardIndex)}, while it was used in a call to a shard with ${id}`);
      }
      if (parsed.shardCreatedSeconds !== Math.floor(shard.createdAt / 1000)) {
        throw invalidArgument(
          `StartingSequenceNumber ${position.sequenceNumber} used in ${context.operation} on shard ${id} in stream ${stream.name} under account ${stream.account} is invalid because it did not come from this stream.`,
        );
      }
      return position.type === 'AT_SEQUENCE_NUMBER' ? Math.max(0, parsed.counter - 1) : parsed.counter;
    }
  }
}

export interface ShardRead {
  records: StoredRecord[];
  /** The counter the next read starts after. */
  afterCounter: number;
  endOfShard: boolean;
  millisBehindLatest: number;
  bytes: number;
}

/** Up to `limit` records (and 10 MiB) of a shard after a counter, none past the stream's retention. */
export function readAfter(service: KinesisService, stream: StreamRow, shard: ShardRow, afterCounter: number, limit: number): ShardRead {
  const now = service.clock.now();
  const rows = afterCounter >= shard.lastCounter ? [] : service.state.readRecords(shard, afterCounter, now - stream.retentionHours * HOUR_MS, limit);
  let bytes = 0;
  let taken = 0;
  for (const row of rows) {
    const size = row.data.length + Buffer.byteLength(row.partitionKey, 'utf8');
    if (taken > 0 && bytes + size > MAX_GET_RECORDS_BYTES) break;
    bytes += size;
    taken += 1;
  }
  const records = taken === rows.length ? rows : rows.slice(0, taken);
  const last = records[records.length - 1];
  // Nothing left to read after the counter: whatever follows it (if anything) is past retention.
  const next = last ? last.counter : Math.max(afterCounter, shard.lastCounter);
  const caughtUp = next >= shard.lastCounter;
  return {
    records,
    afterCounter: next,
    endOfShard: shard.closedAt !== undefined && caughtUp,
    millisBehindLatest: caughtUp || !last ? 0 : Math.max(0, now - last.arrivedAt),
    bytes,
  };
}

export function recordShape(service: KinesisService, stream: StreamRow, shard: ShardRow, record: StoredRecord): Kinesis.RecordShape {
  return {
    SequenceNumber: service.sequenceOf(shard, record.counter),
    ApproximateArrivalTimestamp: new Date(record.arrivedAt),
    Data: record.data,
    PartitionKey: record.partitionKey,
    EncryptionType: stream.encryptionType === 'KMS' ? 'KMS' : undefined,
  };
}

/** PutRecord, PutRecords, GetShardIterator, GetRecords. */
export function recordOperations(service: KinesisService): Partial<Kinesis.KinesisOperations> {
  return {
    PutRecord(input, context) {
      const stream = service.requireStream(input, context);
      if (input.SequenceNumberForOrdering !== undefined && !parseSequenceNumber(input.SequenceNumberForOrdering)) {
        throw invalidArgument(`ExclusiveMinimumSequenceNumber ${input.SequenceNumberForOrdering} used in PutRecord on stream ${stream.name} under account ${stream.account} is invalid.`);
      }
      const [outcome] = appendRecords(service, stream, [{ data: input.Data, partitionKey: input.PartitionKey, explicitHashKey: input.ExplicitHashKey }], 'PutRecord');
      if ('error' in outcome!) throw outcome.error;
      return {
        ShardId: shardId(outcome!.shard.index),
        SequenceNumber: service.sequenceOf(outcome!.shard, outcome!.counter),
        EncryptionType: stream.encryptionType,
      };
    },

    PutRecords(input, context) {
      const stream = service.requireStream(input, context);
      const outcomes = appendRecords(
        service,
        stream,
        input.Records.map((r) => ({ data: r.Data, partitionKey: r.PartitionKey, explicitHashKey: r.ExplicitHashKey })),
        'PutRecords',
      );
      let failed = 0;
      const records = outcomes.map((outcome) => {
        if ('error' in outcome) {
          failed += 1;
          return { ErrorCode: outcome.error.code, ErrorMessage: outcome.error.message };
        }
        return { ShardId: shardId(outcome.shard.index), SequenceNumber: service.sequenceOf(outcome.shard, outcome.counter) };
      });
      return { FailedRecordCount: failed, Records: records, EncryptionType: stream.encryptionType };
    },

    GetShardIterator(input, context) {
      const stream = service.requireStream(input, context);
      const index = shardIndexOf(input.ShardId);
      const shard = index === undefined ? undefined : service.shard(stream, index);
      if (!shard) throw shardNotFound(input.ShardId, stream.name, stream.account);
      const type = input.ShardIteratorType;
      const hasSequence = input.StartingSequenceNumber !== undefined;
      if ((type === 'TRIM_HORIZON' || type === 'LATEST' || type === 'AT_TIMESTAMP') && hasSequence) {
        throw invalidArgument(
          `Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified ${type} and also a StartingSequenceNumber.`,
        );
      }
      if ((type === 'AT_SEQUENCE_NUMBER' || type === 'AFTER_SEQUENCE_NUMBER') && !hasSequence) {
        throw invalidArgument(
          `Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified ${type} and no StartingSequenceNumber.`,
        );
      }
      const now = service.clock.now();
      let position: ShardPosition;
      if (type === 'AT_TIMESTAMP') {
        if (!input.Timestamp) {
          throw invalidArgument('Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.');
        }
        const millis = input.Timestamp.getTime();
        if (millis > now) {
          throw invalidArgument(`The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${millis}, currentTimestampInMillis: ${now}`);
        }
        position = { type, timestamp: millis };
      } else if (type === 'AT_SEQUENCE_NUMBER' || type === 'AFTER_SEQUENCE_NUMBER') {
        position = { type, sequenceNumber: input.StartingSequenceNumber! };
      } else {
        position = { type };
      }
      const afterCounter = counterBefore(service, stream, shard, position, { operation: 'GetShardIterator' });
      return {
        ShardIterator: encodeIterator({
          account: stream.account,
          region: stream.region,
          stream: stream.name,
          streamCreatedAt: stream.createdAt,
          shardIndex: shard.index,
          afterCounter,
          createdAt: now,
        }),
      };
    },

    GetRecords(input) {
      const position = decodeIterator(input.ShardIterator);
      if (!position) throw invalidShardIterator();
      const now = service.clock.now();
      if (now - position.createdAt > ITERATOR_LIFETIME_MS) throw expiredIterator(position.createdAt, now);
      const id = shardId(position.shardIndex);
      const stream = service.state.stream(position.account, position.region, position.stream);
      if (!stream || stream.createdAt !== position.streamCreatedAt) throw shardNotFound(id, position.stream, position.account);
      if (input.StreamARN !== undefined && input.StreamARN !== stream.arn) throw invalidShardIterator();
      const shard = service.shard(stream, position.shardIndex);
      if (!shard) throw shardNotFound(id, stream.name, stream.account);
      const key = `${stream.id}/${shard.index}`;
      const metric = service.metrics.record.bind(service.metrics, stream.account, stream.region, stream.name);
      const shardMetric = (name: 'OutgoingBytes' | 'OutgoingRecords' | 'IteratorAgeMilliseconds' | 'ReadProvisionedThroughputExceeded', value: number) => {
        if (stream.shardMetrics.includes(name)) service.metrics.record(stream.account, stream.region, stream.name, name, value, id);
      };
      if (!service.throttle.admitRead(key, now)) {
        metric('ReadProvisionedThroughputExceeded', 1);
        shardMetric('ReadProvisionedThroughputExceeded', 1);
        throw readThrottled(id, stream.name, stream.account);
      }
      const read = readAfter(service, stream, shard, position.afterCounter, input.Limit ?? 10_000);
      service.throttle.countRead(key, read.bytes, now);
      metric('GetRecords.Success', 1);
      metric('GetRecords.Records', read.records.length);
      metric('GetRecords.Bytes', read.bytes);
      // The iterator's age is that of the last record it returned, as AWS measures it.
      const last = read.records[read.records.length - 1];
      const age = last ? Math.max(0, now - last.arrivedAt) : 0;
      metric('GetRecords.IteratorAgeMilliseconds', age);
      shardMetric('OutgoingRecords', read.records.length);
      shardMetric('OutgoingBytes', read.bytes);
      shardMetric('IteratorAgeMilliseconds', age);
      return {
        Records: read.records.map((record) => recordShape(service, stream, shard, record)),
        MillisBehindLatest: read.millisBehindLatest,
        NextShardIterator: read.endOfShard ? undefined : encodeIterator({ ...position, afterCounter: read.afterCounter, createdAt: now }),
        ChildShards: read.endOfShard ? service.childShards(stream, shard) : undefined,
      };
    },
  };
}
