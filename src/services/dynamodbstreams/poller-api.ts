import type { DynamoStreams } from '../dynamodb/streams/dynamo-streams.js';
import { parseSequenceNumber, sequenceNumberText } from '../dynamodb/streams/stream-records.js';
import type { DynamoDbShardPosition, DynamoDbStreamsApi } from './api.js';
import { invalidSequenceNumber, trimmedData } from './errors.js';
import { requireShard, requireStream, wireRecord } from './stream-reader.js';

/** GetRecords' 1 MB, for pollers too. */
const MAX_READ_BYTES = 1024 * 1024;

/** The reading side pollers use (see api.ts): GetShardIterator and GetRecords without iterators. */
export function streamPollerApi(streams: DynamoStreams): DynamoDbStreamsApi {
  return {
    streamExists(streamArn) {
      return streams.stream(streamArn) !== undefined;
    },

    shards(streamArn) {
      const stream = requireStream(streams, streamArn);
      return streams.shards(stream, undefined, Number.MAX_SAFE_INTEGER).map((shard) => ({
        shardId: shard.shard_id,
        parentShardId: shard.parent_shard_id ?? undefined,
        closed: shard.closed_at !== null,
      }));
    },

    latestPosition(streamArn, shardId) {
      const stream = requireStream(streams, streamArn);
      return { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: sequenceNumberText(streams.latestSeq(requireShard(streams, stream, shardId))) };
    },

    readShard({ streamArn, shardId, position, limit }) {
      const stream = requireStream(streams, streamArn);
      const shard = requireShard(streams, stream, shardId);
      const afterSeq = startAfter(shard.starting_seq, position);
      const read = streams.read(shard, afterSeq, limit, MAX_READ_BYTES, position.type === 'TRIM_HORIZON');
      if (read.trimmed) throw trimmedData();
      return {
        records: read.records.map((record) => ({ sequenceNumber: sequenceNumberText(record.seq), approximateCreationTime: record.at, record: wireRecord(stream, record) })),
        endOfShard: !read.records.length && shard.closed_at !== null,
      };
    },

    onRecords(streamArn, listener) {
      return streams.onRecords(streamArn, listener);
    },
  };
}

function startAfter(startingSeq: number, position: DynamoDbShardPosition): number {
  if (position.type === 'TRIM_HORIZON') return startingSeq - 1;
  const seq = parseSequenceNumber(position.sequenceNumber);
  if (seq === undefined) throw invalidSequenceNumber(position.sequenceNumber);
  return position.type === 'AT_SEQUENCE_NUMBER' ? seq - 1 : seq;
}
