import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Kinesis from '../../generated/kinesis.js';
import type { KinesisApi } from './api.js';
import { Consumers } from './consumers.js';
import { shardNotFound, streamNotFound } from './errors.js';
import { appendRecords, counterBefore, readAfter, recordOperations } from './records.js';
import { reshardingOperations } from './resharding.js';
import { shardId, shardIndexOf } from './sequence.js';
import { KinesisService } from './service.js';
import { streamSettingOperations } from './stream-settings.js';
import { streamOperations } from './streams.js';

/** Kinesis Data Streams: streams of shards, records in order per shard, resharding, enhanced fan-out, AWS/Kinesis metrics. */
export function createProvider(runtime: Runtime): Provider {
  const service = new KinesisService(runtime);
  const consumers = new Consumers(service);
  const operations: Partial<Kinesis.KinesisOperations> = {
    ...streamOperations(service),
    ...streamSettingOperations(service),
    ...recordOperations(service),
    ...reshardingOperations(service),
    ...consumers.operations(),
  };

  const requireStream = (streamArn: string) => {
    const stream = service.streamByArn(streamArn);
    if (!stream || stream.status === 'DELETING') throw streamNotFound(streamArn.replace(/^.*:stream\//, ''), streamArn.split(':')[4] ?? '');
    return stream;
  };

  const api: KinesisApi = {
    resourcePolicy: (resourceArn) => service.state.policy(resourceArn),
    streamExists(streamArn) {
      const stream = service.streamByArn(streamArn);
      return Boolean(stream && stream.status !== 'DELETING');
    },
    putRecord({ streamArn, data, partitionKey, explicitHashKey }) {
      const [outcome] = appendRecords(service, requireStream(streamArn), [{ data, partitionKey, explicitHashKey }], 'PutRecord');
      if ('error' in outcome!) throw outcome.error;
      return { shardId: shardId(outcome!.shard.index), sequenceNumber: service.sequenceOf(outcome!.shard, outcome!.counter) };
    },
    shards(streamArn) {
      return service.liveShards(requireStream(streamArn)).map((shard) => ({
        shardId: shardId(shard.index),
        parentShardId: shard.parentIndex === undefined ? undefined : shardId(shard.parentIndex),
        adjacentParentShardId: shard.adjacentParentIndex === undefined ? undefined : shardId(shard.adjacentParentIndex),
        closed: shard.closedAt !== undefined,
      }));
    },
    readShard({ streamArn, shardId: id, position, limit }) {
      const stream = requireStream(streamArn);
      const index = shardIndexOf(id);
      const shard = index === undefined ? undefined : service.shard(stream, index);
      if (!shard) throw shardNotFound(id, stream.name, stream.account);
      const read = readAfter(service, stream, shard, counterBefore(service, stream, shard, position, { operation: 'GetShardIterator' }), limit);
      return {
        records: read.records.map((record) => ({
          sequenceNumber: service.sequenceOf(shard, record.counter),
          partitionKey: record.partitionKey,
          data: record.data,
          approximateArrivalTimestamp: record.arrivedAt,
          encryptionType: stream.encryptionType,
        })),
        endOfShard: read.endOfShard,
        millisBehindLatest: read.millisBehindLatest,
      };
    },
    onRecords: (streamArn, listener) => service.onRecords(streamArn, listener),
  };

  return {
    operations: operations as Provider['operations'],
    api,
    close: () => {
      consumers.close();
      service.close();
    },
  };
}
