import type * as Streams from '../../generated/dynamodbstreams.js';
import type { DynamoStreams } from '../dynamodb/streams/dynamo-streams.js';
import { parseSequenceNumber, sequenceNumberText } from '../dynamodb/streams/stream-records.js';
import type { ShardRow } from '../dynamodb/streams/stream-state.js';
import { checkLimit, expiredIterator, invalidSequenceNumber, invalidShardIterator, invalidStreamArn, streamNotFound, trimmedData, validation } from './errors.js';
import { decodeIterator, encodeIterator, ITERATOR_LIFETIME_MS } from './shard-iterators.js';
import { apiRecord, requireShard, requireStream } from './stream-reader.js';

type Operations = Partial<Streams.DynamodbstreamsOperations>;

const DEFAULT_LIST_LIMIT = 100;
const DEFAULT_SHARD_LIMIT = 100;
const DEFAULT_RECORD_LIMIT = 1000;
/** GetRecords returns at most 1 MB. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** ListStreams, DescribeStream, GetShardIterator and GetRecords. */
export function streamOperations(streams: DynamoStreams): Operations {
  const shardView = (shard: ShardRow): Streams.Shard => ({
    ShardId: shard.shard_id,
    ParentShardId: shard.parent_shard_id ?? undefined,
    SequenceNumberRange: {
      StartingSequenceNumber: sequenceNumberText(shard.starting_seq),
      EndingSequenceNumber: shard.ending_seq === null ? undefined : sequenceNumberText(shard.ending_seq),
    },
  });

  return {
    ListStreams(input, context) {
      checkLimit(input.Limit, DEFAULT_LIST_LIMIT);
      const limit = input.Limit ?? DEFAULT_LIST_LIMIT;
      if (input.ExclusiveStartStreamArn !== undefined && !/^arn:aws[a-z-]*:dynamodb:[^:]+:\d{12}:table\/[^/]+\/stream\/[^/]+$/.test(input.ExclusiveStartStreamArn)) {
        throw invalidStreamArn();
      }
      const rows = streams.listStreams(context.accountId, context.region, input.TableName, input.ExclusiveStartStreamArn, limit + 1);
      const page = rows.slice(0, limit);
      return {
        Streams: page.map((s) => ({ StreamArn: s.arn, TableName: s.table_name, StreamLabel: s.label })),
        LastEvaluatedStreamArn: rows.length > limit ? page[page.length - 1]!.arn : undefined,
      };
    },

    DescribeStream(input, context) {
      checkLimit(input.Limit, DEFAULT_SHARD_LIMIT);
      const stream = requireStream(streams, input.StreamArn, context);
      const limit = input.Limit ?? DEFAULT_SHARD_LIMIT;
      let shards: ShardRow[];
      let more = false;
      if (input.ShardFilter?.Type === 'CHILD_SHARDS') {
        if (!input.ShardFilter.ShardId) throw validation('ShardFilter.ShardId must be specified when ShardFilter.Type is CHILD_SHARDS');
        // Children of one shard: few, so no paging.
        shards = streams.shards(stream, undefined, Number.MAX_SAFE_INTEGER).filter((s) => s.parent_shard_id === input.ShardFilter!.ShardId);
      } else {
        const rows = streams.shards(stream, input.ExclusiveStartShardId, limit + 1);
        more = rows.length > limit;
        shards = rows.slice(0, limit);
      }
      return {
        StreamDescription: {
          StreamArn: stream.arn,
          StreamLabel: stream.label,
          StreamStatus: streams.status(stream),
          StreamViewType: stream.view_type,
          CreationRequestDateTime: new Date(stream.created_at),
          TableName: stream.table_name,
          KeySchema: JSON.parse(stream.key_schema) as Streams.KeySchemaElement[],
          Shards: shards.map(shardView),
          LastEvaluatedShardId: more ? shards[shards.length - 1]!.shard_id : undefined,
        },
      };
    },

    GetShardIterator(input, context) {
      const stream = requireStream(streams, input.StreamArn, context);
      const type = input.ShardIteratorType;
      const bySequence = type === 'AT_SEQUENCE_NUMBER' || type === 'AFTER_SEQUENCE_NUMBER';
      if (bySequence && input.SequenceNumber === undefined) throw validation(`SequenceNumber is required for ShardIteratorType ${type}`);
      if (!bySequence && input.SequenceNumber !== undefined) throw validation(`SequenceNumber must not be specified for ShardIteratorType ${type}`);
      const shard = requireShard(streams, stream, input.ShardId);
      const now = streams.clock.now();
      let afterSeq: number;
      if (type === 'TRIM_HORIZON') afterSeq = shard.starting_seq - 1;
      else if (type === 'LATEST') afterSeq = streams.latestSeq(shard);
      else {
        const seq = parseSequenceNumber(input.SequenceNumber!);
        if (seq === undefined || seq < shard.starting_seq || (shard.ending_seq !== null && seq > shard.ending_seq)) throw invalidSequenceNumber(input.SequenceNumber!);
        if (streams.isTrimmed(shard, seq)) throw trimmedData();
        afterSeq = type === 'AT_SEQUENCE_NUMBER' ? seq - 1 : seq;
      }
      return { ShardIterator: encodeIterator({ streamArn: stream.arn, shardId: shard.shard_id, afterSeq, trimHorizon: type === 'TRIM_HORIZON', issuedAt: now }) };
    },

    GetRecords(input, context) {
      checkLimit(input.Limit, DEFAULT_RECORD_LIMIT);
      const position = decodeIterator(input.ShardIterator);
      if (!position) throw invalidShardIterator();
      const now = streams.clock.now();
      if (now - position.issuedAt > ITERATOR_LIFETIME_MS) throw expiredIterator();
      const stream = streams.stream(position.streamArn);
      if (!stream || stream.account !== context.accountId || stream.region !== context.region) throw streamNotFound(position.streamArn);
      const shard = requireShard(streams, stream, position.shardId);
      const read = streams.read(shard, position.afterSeq, input.Limit ?? DEFAULT_RECORD_LIMIT, MAX_RECORD_BYTES, position.trimHorizon);
      if (read.trimmed) throw trimmedData();
      const last = read.records.length ? read.records[read.records.length - 1]!.seq : position.afterSeq;
      // Re-read: a shard closed while this read ran is reported closed from the next call on.
      const current = streams.shard(stream, shard.shard_id) ?? shard;
      const finished = read.records.length === 0 && current.closed_at !== null;
      return {
        Records: read.records.map((record) => apiRecord(stream, record)),
        NextShardIterator: finished
          ? undefined
          : encodeIterator({ streamArn: stream.arn, shardId: shard.shard_id, afterSeq: last, trimHorizon: position.trimHorizon && !read.records.length, issuedAt: now }),
      };
    },
  };
}
