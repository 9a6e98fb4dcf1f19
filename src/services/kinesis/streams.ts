import { decodePageToken, encodePageToken } from '../../core/pagination.js';
import type * as Kinesis from '../../generated/kinesis.js';
import { invalidArgument, resourceInUse, shardLimitExceeded, streamExists, streamNotActive, limitExceeded } from './errors.js';
import { shardIndexOf, uniformRanges } from './sequence.js';
import { DEFAULT_RETENTION_HOURS, ON_DEMAND_DEFAULT_SHARDS, ON_DEMAND_STREAM_LIMIT, SHARD_LIMIT, type KinesisService } from './service.js';
import type { StreamRow } from './state.js';

const MAX_RETENTION_HOURS = 8760;
export const MAX_TAGS = 50;

interface StreamPageToken {
  after: string;
}
const isStreamPageToken = (v: unknown): v is StreamPageToken => typeof (v as StreamPageToken | null)?.after === 'string';

export function requireActive(stream: StreamRow): void {
  if (stream.status !== 'ACTIVE') throw streamNotActive(stream.name, stream.account, stream.status);
}

/** CreateStream, DeleteStream, DescribeStream(Summary), ListStreams, retention, stream mode. */
export function streamOperations(service: KinesisService): Partial<Kinesis.KinesisOperations> {
  const summary = (stream: StreamRow): Kinesis.StreamDescriptionSummary => ({
    StreamName: stream.name,
    StreamARN: stream.arn,
    StreamStatus: stream.status,
    StreamModeDetails: { StreamMode: stream.mode },
    RetentionPeriodHours: stream.retentionHours,
    StreamCreationTimestamp: new Date(stream.createdAt),
    EnhancedMonitoring: [{ ShardLevelMetrics: stream.shardMetrics as Kinesis.EnhancedMetrics['ShardLevelMetrics'] }],
    EncryptionType: stream.encryptionType,
    KeyId: stream.keyId,
    OpenShardCount: service.openShards(stream).length,
    ConsumerCount: service.state.consumers(stream.id).length,
    MaxRecordSizeInKiB: stream.maxRecordKib,
  });

  return {
    CreateStream(input, context) {
      const account = context.accountId;
      const region = context.region;
      const mode = input.StreamModeDetails?.StreamMode ?? (input.ShardCount === undefined ? 'ON_DEMAND' : 'PROVISIONED');
      if (mode === 'PROVISIONED' && input.ShardCount === undefined) throw invalidArgument('ShardCount must be specified for a stream in PROVISIONED mode.');
      if (mode === 'ON_DEMAND' && input.ShardCount !== undefined) throw invalidArgument('ShardCount cannot be specified for a stream in ON_DEMAND mode.');
      if (input.Tags && Object.keys(input.Tags).length > MAX_TAGS) throw invalidArgument(`A stream cannot have more than ${MAX_TAGS} tags associated with it.`);
      if (service.state.stream(account, region, input.StreamName)) throw streamExists(input.StreamName, account);
      const count = input.ShardCount ?? ON_DEMAND_DEFAULT_SHARDS;
      const current = service.state.openShardCount(account, region);
      if (current + count > SHARD_LIMIT) throw shardLimitExceeded(account, region, current, SHARD_LIMIT, count);
      if (mode === 'ON_DEMAND' && service.state.onDemandStreamCount(account, region) >= ON_DEMAND_STREAM_LIMIT) {
        throw limitExceeded(`This request would exceed the on-demand stream limit for the account ${account} in ${region}. Limit: ${ON_DEMAND_STREAM_LIMIT}.`);
      }
      const now = service.clock.now();
      const stream = service.state.insertStream(
        {
          account,
          region,
          name: input.StreamName,
          arn: service.streamArn(account, region, input.StreamName),
          status: 'CREATING',
          mode,
          retentionHours: DEFAULT_RETENTION_HOURS,
          createdAt: now,
          encryptionType: 'NONE',
          keyId: undefined,
          tags: { ...(input.Tags ?? {}) },
          shardMetrics: [],
          maxRecordKib: input.MaxRecordSizeInKiB ?? 1024,
          nextShardIndex: count,
          scalings: [],
        },
        uniformRanges(count).map((range, index) => ({
          index,
          parentIndex: undefined,
          adjacentParentIndex: undefined,
          startHash: range.start,
          endHash: range.end,
          createdAt: now,
          closedAt: undefined,
          lastCounter: 0,
        })),
      );
      service.transition(stream, 'CREATING');
      service.startSweeping();
    },

    DeleteStream(input, context) {
      const stream = service.requireStream(input, context);
      const consumers = service.state.consumers(stream.id);
      if (consumers.length && !input.EnforceConsumerDeletion) {
        throw resourceInUse(`Stream ${stream.name} under account ${stream.account} has registered consumers. Deregister them first, or set EnforceConsumerDeletion.`);
      }
      service.transition(stream, 'DELETING');
    },

    DescribeStream(input, context) {
      const stream = service.requireStream(input, context);
      const limit = input.Limit ?? 100;
      const after = input.ExclusiveStartShardId === undefined ? -1 : (shardIndexOf(input.ExclusiveStartShardId) ?? -1);
      const shards = service.liveShards(stream).filter((shard) => shard.index > after);
      const page = shards.slice(0, limit);
      return {
        StreamDescription: {
          StreamName: stream.name,
          StreamARN: stream.arn,
          StreamStatus: stream.status,
          StreamModeDetails: { StreamMode: stream.mode },
          Shards: page.map((shard) => service.describeShard(shard)),
          HasMoreShards: shards.length > limit,
          RetentionPeriodHours: stream.retentionHours,
          StreamCreationTimestamp: new Date(stream.createdAt),
          EnhancedMonitoring: [{ ShardLevelMetrics: stream.shardMetrics as Kinesis.EnhancedMetrics['ShardLevelMetrics'] }],
          EncryptionType: stream.encryptionType,
          KeyId: stream.keyId,
        },
      };
    },

    DescribeStreamSummary(input, context) {
      return { StreamDescriptionSummary: summary(service.requireStream(input, context)) };
    },

    ListStreams(input, context) {
      const limit = input.Limit ?? 100;
      let streams = service.state.streams(context.accountId, context.region);
      const after = input.NextToken !== undefined ? decodePageToken(input.NextToken, isStreamPageToken, () => invalidArgument('Invalid NextToken.')).after : input.ExclusiveStartStreamName;
      if (after !== undefined) streams = streams.filter((stream) => stream.name > after);
      const page = streams.slice(0, limit);
      const more = streams.length > limit;
      return {
        StreamNames: page.map((stream) => stream.name),
        StreamSummaries: page.map((stream) => ({
          StreamName: stream.name,
          StreamARN: stream.arn,
          StreamStatus: stream.status,
          StreamModeDetails: { StreamMode: stream.mode },
          StreamCreationTimestamp: new Date(stream.createdAt),
        })),
        HasMoreStreams: more,
        NextToken: more ? encodePageToken({ after: page[page.length - 1]!.name }) : undefined,
      };
    },

    IncreaseStreamRetentionPeriod(input, context) {
      const stream = service.requireStream(input, context);
      const hours = input.RetentionPeriodHours;
      if (hours < 24) throw invalidArgument(`Minimum allowed retention period is 24 hours. Requested retention period (${hours} hours) is too short.`);
      if (hours > MAX_RETENTION_HOURS) throw invalidArgument(`Maximum allowed retention period is ${MAX_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too long.`);
      if (hours < stream.retentionHours) {
        throw invalidArgument(
          `Requested retention period (${hours} hours) for stream ${stream.name} can not be shorter than existing retention period (${stream.retentionHours} hours). Use DecreaseRetentionPeriod API.`,
        );
      }
      requireActive(stream);
      stream.retentionHours = hours;
      service.state.updateStream(stream);
    },

    DecreaseStreamRetentionPeriod(input, context) {
      const stream = service.requireStream(input, context);
      const hours = input.RetentionPeriodHours;
      if (hours < 24) throw invalidArgument(`Minimum allowed retention period is 24 hours. Requested retention period (${hours} hours) is too short.`);
      if (hours > stream.retentionHours) {
        throw invalidArgument(
          `Requested retention period (${hours} hours) for stream ${stream.name} can not be longer than existing retention period (${stream.retentionHours} hours). Use IncreaseRetentionPeriod API.`,
        );
      }
      requireActive(stream);
      stream.retentionHours = hours;
      service.state.updateStream(stream);
    },

    UpdateStreamMode(input, context) {
      const stream = service.requireStream({ StreamARN: input.StreamARN }, context);
      requireActive(stream);
      const mode = input.StreamModeDetails.StreamMode;
      if (mode === stream.mode) throw invalidArgument(`Stream ${stream.name} under account ${stream.account} is already in ${mode} mode.`);
      stream.mode = mode;
      service.transition(stream, 'UPDATING');
    },

    UpdateMaxRecordSize(input, context) {
      const stream = service.requireStream({ StreamARN: input.StreamARN }, context);
      requireActive(stream);
      stream.maxRecordKib = input.MaxRecordSizeInKiB;
      service.transition(stream, 'UPDATING');
    },

    UpdateStreamWarmThroughput(input, context) {
      const stream = service.requireStream(input, context);
      if (stream.mode !== 'ON_DEMAND') throw invalidArgument(`Warm throughput can only be set on a stream in ON_DEMAND mode; stream ${stream.name} is PROVISIONED.`);
      requireActive(stream);
      return { StreamARN: stream.arn, StreamName: stream.name, WarmThroughput: { TargetMiBps: input.WarmThroughputMiBps, CurrentMiBps: input.WarmThroughputMiBps } };
    },

    DescribeLimits(_input, context) {
      return {
        ShardLimit: SHARD_LIMIT,
        OpenShardCount: service.state.openShardCount(context.accountId, context.region),
        OnDemandStreamCount: service.state.onDemandStreamCount(context.accountId, context.region),
        OnDemandStreamCountLimit: ON_DEMAND_STREAM_LIMIT,
      };
    },
  };
}
